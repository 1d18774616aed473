"""Review mend2 (session 50): mends of hunt ti5's title and code rules after the final review (findings #1, #4, #5): a
figure with its unit (`220kV-110kV`, `【110kV】`) or a span of dates (`20240101-20241231`, `202401-202412`) before a
project's name is no library code; a letterhead (a body's name by itself, or its seal's line) over a short title is no
first half of it; a title of class words only before 项目 (`二级预算项目`, `其他专项项目`) names no project. Text dumps
(tabs between cells, as samples/), copies of the reviewer's inputs and siblings. Each reading was written down by hand
before jixiao was run; the comments say what main (499e6048) gave."""
from __future__ import annotations

from tests.hunt_tools import only_project

W = 10_000.0


def test_a_voltage_before_the_name_is_no_code(read):
    """`项目名称 | 220kV-110kV 输变电线路迁改工程`: the voltages are the line's, words of the name; no library code.
    Main: project_code `220kV-110kV`, name `输变电线路迁改工程`."""
    p = only_project(read("ct_s50_mend2_code_kv.txt"))
    assert (p["name"], p["project_code"], p["department"], p["budget_year"]) == (
        "220kV-110kV 输变电线路迁改工程", None, "新化县发展和改革局", 260 * W)


def test_a_bracketed_voltage_before_the_name_is_no_code(read):
    """`项目名称 | 【110kV】城关变电站改造工程`: the substation's voltage in brackets, the name's (as rv7's `【2024-2026】…`
    keeps its years). Main: project_code `110kV`, name `城关变电站改造工程`."""
    p = only_project(read("ct_s50_mend2_code_kv_bracket.txt"))
    assert (p["name"], p["project_code"], p["department"]) == (
        "【110kV】城关变电站改造工程", None, "国网新化县供电公司")


def test_a_span_of_dates_before_the_name_is_no_code(read):
    """`项目名称 | 20240101-20241231 农村公路日常养护` and `202401-202412 农村公路日常养护`: the project's period (days or
    months), no code and no word of the name — left out, the name `农村公路日常养护`. Main: project_code
    `20240101-20241231` / `202401-202412` (the name was already without them)."""
    for fixture in ("ct_s50_mend2_code_date.txt", "ct_s50_mend2_code_month.txt"):
        p = only_project(read(fixture))
        assert (p["name"], p["project_code"], p["department"], p["budget_year"]) == (
            "农村公路日常养护", None, "新化县交通运输局", 260 * W), fixture


def test_a_letterhead_is_no_first_line_of_the_title(read):
    """`新化县农业农村局` (the body's name alone, a letterhead) over `农田项目绩效目标表`: no title cut over two lines —
    the name is the short title's (`农田项目`, four characters, too short to be sure of: null), never the body glued
    before it. A seal's line over a title (`新化县交通运输局（盖章）`, a previous form's stamp, over `农田项目绩效目标表`)
    likewise. Main: `新化县农业农村局农田项目`, `(盖章)农田项目` (the body cut off as the filer, its seal left)."""
    for fixture in ("ct_s50_mend2_letterhead.txt", "ct_s50_mend2_letterhead_seal.txt"):
        p = only_project(read(fixture))
        assert p["name"] in (None, "农田项目"), fixture
        assert (p["department"], p["budget_year"]) == ("新化县农业农村局", 260 * W), fixture


def test_class_words_before_project_name_none(read):
    """`二级预算项目绩效目标表`, `其他专项项目绩效目标表` over forms of no 项目名称: the budget's classes of projects (a
    second-level budget item, other special items), as `部门预算项目` / `一般性项目` / `延续性项目` — no project's name.
    Main: names `二级预算项目`, `其他专项项目`."""
    for fixture in ("ct_s50_mend2_gen_second_level.txt", "ct_s50_mend2_gen_other_special.txt"):
        p = only_project(read(fixture))
        assert (p["name"], p["department"], p["budget_year"]) == (None, "新化县交通运输局", 260 * W), fixture
