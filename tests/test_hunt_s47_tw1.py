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
