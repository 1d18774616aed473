"""Twins pass tw1: rules written twice made one; where the two copies read a spelling differently, the reading the
one rule gives (fixtures tests/fixtures/review/ct_s47_tw1_*)."""
from __future__ import annotations

import datetime as dt

from tests.hunt_tools import only_project, warning_codes


def test_money_label_unit_of_millions_on_the_line_under_it(read):
    # a space-aligned 申报表: `项目资金` over `（百万元）` (a blank line, the layout's rounding, between) beside 年度资金总额 /
    # 其中：财政拨款 / 其他资金. The dump reader joined a label's bracketed unit from its own hand list (万元, 元, 亿元,
    # 千元), not normalize.amounts' DECLARED_UNIT_WORDS: main read 12.5 / 12.0 / 0.5 yuan, the unit lost
    r = read("ct_s47_tw1_label_unit_million.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("省级重点河湖生态修复工程", "某省水利厅", "某省河湖保护中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (12_500_000.0, 12_000_000.0, 500_000.0)
    assert len(r.tables["indicators"]) == 4
    assert "unparsed_row" not in warning_codes(r)


def test_period_end_without_year_after_a_start_of_no_such_day_written_with_dots(read):
    # 项目期限 `2024.2.30-12.31` (a slip: no 30 February): the end, its year not written, is the year the start is
    # written in, as any end without a year reads (normalize.dates `_parse_end`). main: a branch of its own for the
    # dotted spelling gave no end at all when the start was no date (start None, end None)
    p = only_project(read("ct_s47_tw1_period_dots_bad_start.txt"))
    assert (p["year"], p["period_raw"]) == (2024, "2024.2.30-12.31")
    assert (p["start_date"], p["end_date"]) == (None, dt.date(2024, 12, 31))


def test_period_end_without_year_takes_the_year_written_in_its_start_not_the_forms(read):
    # a 2025 自评表 of a project whose 项目期限 is `2024年2月30日至12月31日` (the start no date): the end is 31 December
    # of 2024, the year the start is written in. main: the form's year, 2025-12-31 (a year after the period)
    p = only_project(read("ct_s47_tw1_period_written_year_bad_start.txt"))
    assert (p["year"], p["name"]) == (2025, "乡镇中心幼儿园保教设备购置项目")
    assert (p["start_date"], p["end_date"]) == (None, dt.date(2024, 12, 31))


def test_adjustment_said_with_a_sum_word_before_a_decrease(read):
    # an adjustment form: 年初预算 100.00, 调整金额 `合计：-20.00`, 调整后预算 70.00 (100 - 20 is 80: a slip the audit
    # names). A word of HEDGE_WORDS before a figure below zero: parse_amount's copy of the rule looked for a digit or a
    # yuan sign after the word, the form reader's (money matrices) allowed a sign — one rule now, the sign allowed.
    # main: `合计：-20.00` no amount, the adjustment unread and nothing said
    r = read("ct_s47_tw1_adjustment_sum_word_negative.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1_000_000.0, 700_000.0)
    found = [w for w in r.tables["warnings"] if w["code"] == "budget_adjustment_mismatch"]
    assert len(found) == 1 and "-200,000.00 元" in found[0]["message"]


# a form of no 项目名称 on a sheet named for its project (tests/fixtures/make_s47_tw1.py): the sheet's name is read with
# parsers.forms' rules for a title's project name (TABLE_NO, YEAR_WORD, FORM_TITLE_END, GENERIC_PROJECT,
# PLACEHOLDER_NAME; jixiao.pipeline kept a copy of each, with small differences)

def test_sheet_name_after_a_span_of_years(read):
    # sheet `2023-2025年高标准农田建设项目`: the span of years left out, as a single year before the name is.
    # main: `2023-2025年高标准农田建设项目` (its copy left out a year only when it was one, at the start)
    r = read("ct_s47_tw1_sheet_year_span.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_total"]) == ("高标准农田建设项目", "某县农业农村局", 8_000_000.0)
    assert warning_codes(r).count("name_from_sheet") == 1


def test_sheet_name_of_a_filled_in_example(read):
    # sheet `＊＊项目绩效目标表`: a filled-in example's name (PLACEHOLDER_NAME: XX, 某某, ＊＊), no project's.
    # main: name `＊＊项目` from the sheet (its copy knew XX and 某某 only)
    r = read("ct_s47_tw1_sheet_placeholder.xlsx")
    p = only_project(r)
    assert p["name"] is None and p["department"] == "某县农业农村局"
    assert "name_from_sheet" not in warning_codes(r)


def test_evaluation_index_title_after_a_span_of_years(read):
    # `2022-2024年度县域义务教育薄弱环节改善项目绩效评价指标体系` over its scored rows: the project the title names,
    # the span of years left out whole. main: `2022-县域义务教育薄弱环节改善项目` (the year word taken from the span's end)
    r = read("ct_s47_tw1_eval_index_year_span.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["score"]) == ("self_eval", "县域义务教育薄弱环节改善项目", 94.1)
    assert len(r.tables["scores"]) == 12


def test_evaluation_index_title_naming_a_class_of_projects(read):
    # `2024年度县级重点建设项目绩效评价指标体系`: 县级重点建设项目 names a class of projects, no project (GENERIC_PROJECT, as
    # 县级重点项目 was; the sheet's copy of the rule knew 建设 and 工程, the title's did not): no form of a project, as for
    # any 指标体系 naming none. main: a project named `县级重点建设项目`. Review rvb: its 得分 column is filled (合计 94.1),
    # and filled scores are data — a project of no name keeps them (tw1 made it not_a_form, the 12 scores lost); a
    # template of standards, 得分 empty, stays not_a_form
    r = read("ct_s47_tw1_eval_index_generic_name.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["score"]) == (None, 2024, 94.1)
    assert len(r.tables["scores"]) == 12
    assert "not_a_form" not in warning_codes(r)


def test_allocation_table_before_a_monitoring_form_of_its_fund(read):
    # `甲县2024年省级农田水利专项资金安排表` (属地 | 金额 | 项目) before the fund's `…专项资金绩效监控表`, whose 项目名称 is
    # another wording: the caption names the fund the form's title names (FORM_TITLE_END, one rule with the sheet names'
    # now: 监控表, 情况表, 申报表 too), so its lines are the form's. main: the title's words known only as
    # 绩效目标 / 自评 / 评价 …表, the two lines lost as three unparsed_row warnings
    r = read("ct_s47_tw1_allocation_before_monitor_form.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("东西镇农田水利设施修复", "甲县水利局", 350_000.0)
    assert [(b["kind"], b["name"], b["amount"]) for b in r.tables["budget_items"]] == [
        ("composition", "东镇渠道修复工程", 200_000.0), ("composition", "西镇泵站改造工程", 150_000.0)]
    assert "unparsed_row" not in warning_codes(r)


def test_list_unit_line_of_millions_under_a_body_heading(read):
    # a list by department: `二、县水利局` / `单位：百万元` / the list's head, glued by the dump reader into the head's 序号
    # cell unless the middle line reads as a unit caption (extract/txt `_CAPTION_PIECE`, its units now DECLARED_UNIT_WORDS:
    # it hand-listed 亿元 / 万元 / 千元 / 元). main: 河道清淤项目 of no department, other_fields
    # {"二、县水利局单位：百万元序号": "1"}
    r = read("ct_s47_tw1_list_unit_millions_heading.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_year"]) for p in ps] == [
        ("耕地地力保护项目", "县农业农村局", 2_100_000.0), ("动物防疫项目", "县农业农村局", 360_000.0),
        ("农机购置补贴项目", "县农业农村局", 1_500_000.0), ("河道清淤项目", "县水利局", 750_000.0)]
    assert [p["other_fields"] for p in ps] == [None] * 4
