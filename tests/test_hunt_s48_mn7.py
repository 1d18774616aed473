"""Hunt mn7 (money, after mn6): a form's year's `资金总额` with the whole project's `项目总投资` two rows away (either
order), a 合计-headed source table's notes (`上级补助：200`, no unit), a 小计 under a class heading that its lines do
not make, and money by year — columns `2024年 | 2025年` under a title of no year, year heads with their unit
(`2024年（万元）`), a year's amount after its year in its cell (`2024年：600`) or beside it (`2024年 | 600`). Each reading
was written down by hand before jixiao was run; the comments say what main gave. tests/fixtures/make_s48_mn7.py makes
the .xlsx files. (Read right on main already, no test: `1 200.50` / `１２００` / `１，２００．５０` amounts, `300万元` in
cells of a form in 元, a blank `省级补助` sub-row under 其中, and a plain 合计 its lines do not make.)"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0
MONEY = ("budget_total", "budget_year", "budget_fiscal", "budget_other")


def money_of(p: dict) -> tuple:
    return tuple(p[k] for k in MONEY)


@pytest.mark.parametrize("name", ["ct_s48_mn7_total_investment_after.txt", "ct_s48_mn7_total_investment_after.xlsx",
                                  "ct_s48_mn7_total_investment_before.txt"])
def test_total_investment_beside_the_years_money(read, name):
    # `资金总额 | 5,000` (其中：财政拨款 4,000, 其他资金 1,000) and `项目总投资 | 1.2亿元` below it (or above it): one form,
    # the form's money its total, the whole project's investment kept under its label
    r = read(name)
    p = only_project(r)
    # (main: two projects, the second nameless (header_missing, no_indicators) holding the 1.2亿 as its budget_total;
    # with 项目总投资 first, the 1.2亿 the form's and the split a fragment's, read in 元)
    assert money_of(p) == (5000 * WAN, None, 4000 * WAN, 1000 * WAN)
    assert other_fields(p).get("项目总投资") == "1.2亿元"
    assert "header_missing" not in warning_codes(r)


def test_sources_of_a_sum_headed_table_in_its_unit(read):
    # `序号 | 建设内容 | 资金合计 | 中央补助 | 县级配套 | 群众自筹` under `金额单位：万元`: each line's sources in the note
    # with the table's unit
    r = read("ct_s48_mn7_sources_unit.txt")
    # (main: `中央补助：100；县级配套：50；群众自筹：10`, no unit)
    assert [b[3] for b in budget_lines(r)] == ["composition", "composition"]
    assert [b["note"] for b in r.tables["budget_items"]] == [
        "中央补助：100万元；县级配套：50万元；群众自筹：10万元", "中央补助：60万元；县级配套：35万元；群众自筹：5万元"]
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_other"]) == (245 * WAN, 15 * WAN)


def test_mn6_sources_table_notes_in_the_forms_unit(read):
    # mn6's `子项目名称 | 合计 | 上级补助 | 本级配套 | 自筹` (txt and docx): the notes' figures in 万元
    for name in ("ct_s48_mn6_sources_columns.txt", "ct_s48_mn6_sources_columns.docx"):
        r = read(name)
        # (main: `上级补助：200；本级配套：80；自筹：20`)
        assert r.tables["budget_items"][0]["note"] == "上级补助：200万元；本级配套：80万元；自筹：20万元"


def test_class_subtotal_its_lines_do_not_make(read):
    # `一 | 日常养护` over `路面修补 200`, `路肩整治 100` and `小计 | 320`, `二 | 桥涵维护` over `桥梁检测 180`, `小计 | 180`,
    # `合计 | 480` (the form's 资金总额 480): the first 小计 is not the sum of its lines
    r = read("ct_s48_mn7_class_subtotal_wrong.txt")
    # (main: no warning — the class heading, made the lines' group, left the 小计's rows not all kept: unchecked)
    assert budget_lines(r) == [("日常养护", "路面修补", 200 * WAN, "composition"),
                               ("日常养护", "路肩整治", 100 * WAN, "composition"),
                               ("桥涵维护", "桥梁检测", 180 * WAN, "composition")]
    found = [w["message"] for w in r.tables["warnings"] if w["code"] == "total_row_mismatch"]
    assert len(found) == 1 and "小计" in found[0] and "3,200,000" in found[0]


def test_year_columns_under_a_title_of_no_year(read):
    # `项目资金 | 资金来源 | 2024年 | 2025年` over 资金总额 600 / 400, 财政拨款 500 / 300, 其他资金 100 / 100; no year in
    # the title, the goal `2025年完成平台二期上线。`: the form's year is 2025, its column the year's money
    r = read("ct_s48_mn7_two_year_columns.txt")
    p = only_project(r)
    # (main: year 2025 but no money at all, without a word)
    assert p["year"] == 2025
    # (hunt mn8: no total stated, the years' sum 1000 is budget_total, 2024's amounts kept in other_fields)
    assert money_of(p) == (1000 * WAN, 400 * WAN, 300 * WAN, 100 * WAN)


@pytest.mark.parametrize("name", ["ct_s48_mn7_year_columns_unit.txt", "ct_s48_mn7_year_columns_unit.xlsx"])
def test_year_heads_with_their_unit(read, name):
    # `资金来源 | 2024年（万元） | 2025年（万元）` (txt of a 2025 form; xlsx of no title year, its goal 2025's)
    r = read(name)
    p = only_project(r)
    # (main: 600 / 500 / 100 in both — 2024's column read as budget_total and the split)
    # (hunt mn8: no total stated, the years' sum 1000 is budget_total, 2024's amounts kept in other_fields)
    assert money_of(p) == (1000 * WAN, 400 * WAN, 300 * WAN, 100 * WAN)


def test_years_amount_after_its_year_in_the_cell(read):
    # `资金总额 | 2024年：600 | 2025年：400`, `其中：财政拨款 | 2024年：500 | 2025年：300`, `其他资金 | 2024年：100 | 2025年：100`
    r = read("ct_s48_mn7_year_in_cells.txt")
    p = only_project(r)
    # (main: no money, no warning)
    # (hunt mn8: no total stated, the years' sum 1000 is budget_total, 2024's amounts kept in other_fields)
    assert money_of(p) == (1000 * WAN, 400 * WAN, 300 * WAN, 100 * WAN)


def test_years_beside_their_amounts(read):
    # `项目资金 | 2024年 | 600 | 2025年 | 400` in a 2025 form: the year's money 400
    r = read("ct_s48_mn7_year_pairs.txt")
    p = only_project(r)
    # (main: no money, two source lines `2024年` 600万 and `2025年` 400万)
    assert p["budget_year"] == 400 * WAN
    assert budget_lines(r) == []
