"""Hunt LF (session 46): leftovers of hunts pf, fam and ls (tests/fixtures/review/ct_s46_lf_*, each read by hand
before the run).

A period whose end is written without its year in the start's dots or slashes (`2023.1.1-12.31`, `2023/3/1—11/30`)
ends in the start's year; `2023年全年` is that whole year; options written as bare words apart by spaces with a tick
after one (`新增项目  延续项目√`, `常年性项目　一次性项目√　延续性项目`) give the ticked one, not the run; a row of a
`绩效目标调整情况` table under the form, noted with the form's target as its `调整前指标值`, is that indicator's adjustment,
no duplicate_indicator (a copied row still is one); a self-evaluation's `项目实施内容及过程概述` alone on a line
over its text is kept in other_fields as beside it."""
from __future__ import annotations

import datetime as dt

from tests.hunt_tools import only_project, other_fields


def test_periods_with_an_end_of_no_year_and_the_whole_year(read):
    # main: no dates for any of the three (`12.31` alone was no date token, `全年` no year period)
    r = read("ct_s46_lf_periods.txt")
    got = [(p["year"], p["period_raw"], p["start_date"], p["end_date"]) for p in r.tables["projects"]]
    assert got == [(2023, "2023.1.1-12.31", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
                   (2023, "2023年全年", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
                   (2023, "2023/3/1—11/30", dt.date(2023, 3, 1), dt.date(2023, 11, 30))]


def test_options_as_bare_words_with_a_tick_after_one(read):
    # main: category `新增项目 延续项目` and `常年性项目 一次性项目` (the run before the tick whole)
    r = read("ct_s46_lf_bare_ticks.txt")
    assert [p["category"] for p in r.tables["projects"]] == ["延续项目", "一次性项目"]
    assert [p["name"] for p in r.tables["projects"]] == ["平江县乡村教师培训项目", "平江县农村危桥改造项目"]


def test_period_spellings_by_the_date_reader():
    # main: (None, None) for each but the last two, which stay as they were (an end before its start has no date; a
    # whole-year run of years is read as before)
    from normalize.dates import parse_period
    assert parse_period("2023.1.1—12.31") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert parse_period("2023.1.1至12.31止") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert parse_period("2023年度全年") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert parse_period("2023.12.1-3.31") == (dt.date(2023, 12, 1), None)
    assert parse_period("2024年-2026年") == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))


def test_a_ticked_option_among_bare_words_by_the_reader():
    # main: ["新增项目 延续项目"]; an option with a bracket or a number keeps its own reading
    from parsers.core import ticked_options
    assert ticked_options("新增项目  延续项目√") == ["延续项目"]
    assert ticked_options("新增项目√  延续项目") == ["新增项目"]
    assert ticked_options("新建项目（含改扩建）√") == ["新建项目（含改扩建）"]


def test_an_adjustment_table_s_rows_are_no_duplicates(read):
    # main: duplicate_indicator on both adjusted rows of the first form (lines 13, 14: `新建标准化茶园面积`, `培训茶农人次`,
    # each noted `调整前指标值：` the form's own target); the rows themselves read as on main (hunt fam: the target in
    # force, the one before and the reason in note). The second form's copied `低改面积` row stays a duplicate, and so
    # does its `林农满意度` adjusted from `≥85%`, a target the form did not state (≥90%)
    r = read("ct_s46_lf_adjustment_rows.txt")
    first, second = (p["project_id"] for p in r.tables["projects"])
    ind = [i for i in r.tables["indicators"] if i["project_id"] == first]
    # (session 47, hunt fam2: each adjusted row merged into the form's indicator it adjusts — four indicators, not six)
    assert [(i["level3"], i["target_raw"]) for i in ind][:2] == [("新建标准化茶园面积", "≥2500亩"), ("培训茶农人次", "≥1200人次")]
    assert len(ind) == 4
    assert ind[0]["note"] == "调整理由：资金压减；调整前指标值：≥3000亩"
    assert [(w["code"], w["project_id"], w["line"]) for w in r.tables["warnings"]] == [
        ("duplicate_indicator", second, 23), ("duplicate_indicator", second, 27)]


def test_a_summary_label_alone_over_its_text_in_a_self_evaluation(read):
    # main: other_fields null, the `项目实施内容及过程概述` line and its text under it lost without a word (beside its
    # value, `项目实施内容及过程概述 | 全年完成…`, main kept it in other_fields already); the rest reads as before
    p = only_project(read("ct_s46_lf_self_eval_overview.txt"))
    assert other_fields(p) == {"项目实施内容及过程概述": "全年完成城区及12个乡镇生活垃圾清运，新增垃圾中转站2座，实行市场化运营。"}
    assert (p["name"], p["unit"], p["overview"]) == ("城乡环卫一体化运营项目", "岳阳县环境卫生服务中心", None)
