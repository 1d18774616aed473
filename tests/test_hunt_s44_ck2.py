"""Session 44 hunt `ck2`: auditors' checks of a form's dates — a project period written ending before it starts
(`period_reversed`) and a form's year outside the period it states (`year_out_of_period`). Main read such periods
without a word: `2025年12月至2025年1月` and `2025-2023年` gave no dates and no warning, and a 2025 form of a project run
`2022年1月至2024年12月` none either. Fixtures tests/fixtures/review/ct_s44_ck2_*; their readings were written by hand
before jixiao read them.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hunt_tools import only_project, other_fields


def _found(r, *codes) -> list[tuple]:
    return [(w["code"], w["line"], w["message"]) for w in r.tables["warnings"] if w["code"] in codes]


_DATES = ("period_reversed", "year_out_of_period")


@pytest.mark.parametrize("text, want", [
    ("2025年12月至2025年1月", (dt.date(2025, 12, 1), dt.date(2025, 1, 31))),
    ("2025-2023年", (dt.date(2025, 1, 1), dt.date(2023, 12, 31))),
    ("202512-202501", (dt.date(2025, 12, 1), dt.date(2025, 1, 31))),
    ("2025.12.01-2025.01.31", (dt.date(2025, 12, 1), dt.date(2025, 1, 31))),
    ("2025年12月至2024年3月", (dt.date(2025, 12, 1), dt.date(2024, 3, 31))),
    ("2025年11月至3月", None),          # a winter's work into the next year: no slip
    ("2024年1月-12月", None),
    ("2022年1月至2024年12月", None),
    ("2024年-2026年", None),
    ("3年", None),
    (None, None),
])
def test_reversed_period(text, want):
    from normalize.dates import parse_period, reversed_period      # main: no reversed_period (ImportError)
    assert reversed_period(text, 2025) == want
    if want is not None:
        assert parse_period(text, 2025) == (None, None)              # no dates read from a reversed period


def test_months_reversed(read):
    """`实施期限 | 2025年12月至2025年1月` in a 2025 申报表: the period ends before it starts; no dates. Main: no warning."""
    r = read("ct_s44_ck2_period_months_reversed.txt")
    p = only_project(r)
    assert (p["period_raw"], p["start_date"], p["end_date"]) == ("2025年12月至2025年1月", None, None)
    assert _found(r, *_DATES) == [("period_reversed", 6, "the project period '2025年12月至2025年1月' ends (2025-01-31) "
                                   "before it starts (2025-12-01): a slip in one of its years or months?")]
    # no false alarm: `2025年11月至3月` (a winter's 除雪保通 into the next year: no dates, no slip)
    assert _found(read("ct_s44_ck2_period_ok.txt"), *_DATES) == []


def test_years_reversed(read):
    """`项目期 | 2025-2023年`: whole years, the last before the first. Main: no warning."""
    r = read("ct_s44_ck2_period_years_reversed.txt")
    assert _found(r, *_DATES) == [("period_reversed", 6, "the project period '2025-2023年' ends (2023-12-31) before it "
                                   "starts (2025-01-01): a slip in one of its years or months?")]


def test_year_outside_period(read):
    """A 2025 申报表 of a project run `2022年1月至2024年12月` (its dates read). Main: no warning."""
    r = read("ct_s44_ck2_year_outside_period.txt")
    p = only_project(r)
    assert (p["year"], str(p["start_date"]), str(p["end_date"])) == (2025, "2022-01-01", "2024-12-31")
    assert _found(r, *_DATES) == [("year_out_of_period", 6, "the form's year 2025 is outside the project period "
                                   "'2022年1月至2024年12月' (2022-01-01 to 2024-12-31): copied from another year's form?")]
    # no false alarm: a 2025 form of a project run `2024年3月至2026年12月`
    ok = read("ct_s44_ck2_period_multi_ok.txt")
    assert (str(only_project(ok)["start_date"]), _found(ok, *_DATES)) == ("2024-03-01", [])


# ---------------------------------------------------------------- a total's parts by level on the rows below it

def _sources(r) -> list[tuple]:
    return [(b["group"], b["name"], b["amount"]) for b in r.tables["budget_items"] if b["kind"] == "source"]


def test_level_opening_row_under_total(read):
    """`资金总额（万元） | 100` over `中央 | 50 | 省级 | 20` and `市县资金 | 18 | 乡镇 | 12`: four source lines, 中央 among
    them (main: 中央 dropped without a word, 3 lines of 800,000 under a total of 1,000,000)."""
    r = read("ct_s44_ck2_levels_below_total.txt")
    assert [(n, a) for _, n, a in _sources(r)] == [("中央", 500_000.0), ("省级", 200_000.0), ("市县资金", 180_000.0),
                                                   ("乡镇", 120_000.0)]
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (1_000_000.0, 1_000_000.0)


def test_level_opening_row_in_money_block(read):
    """`项目资金（万元） | 资金总额 | 100` over the same rows: all four lines under 资金总额, adding up to it — no warning
    (main: 中央 under 项目资金 apart from the others, a false source_sum_mismatch 500,000 against 1,000,000)."""
    r = read("ct_s44_ck2_levels_in_block.txt")
    assert _sources(r) == [("资金总额", "中央", 500_000.0), ("资金总额", "省级", 200_000.0),
                           ("资金总额", "市县资金", 180_000.0), ("资金总额", "乡镇", 120_000.0)]
    assert [w["code"] for w in r.tables["warnings"] if w["code"] == "source_sum_mismatch"] == []


def test_level_pairs_after_parts_on_total_row(read):
    """`资金总额（万元） | 100 | 其中：中央资金 | 50 | 省级资金 | 20` over `市县资金 | 18 | 乡镇 | 12`: the row below goes on
    with the total's parts (main: 市县资金 and 乡镇 of no group, a false source_sum_mismatch 700,000 against 1,000,000);
    the same form with 乡镇 22 is a real mismatch, all four lines in it (main: the same false one, 700,000)."""
    r = read("ct_s44_ck2_levels_after_parts.txt")
    assert {g for g, _, _ in _sources(r)} == {"资金总额"} and len(_sources(r)) == 4
    assert [w for w in r.tables["warnings"] if w["code"] == "source_sum_mismatch"] == []
    off = read("ct_s44_ck2_levels_after_parts_off.txt")
    assert [w["message"] for w in off.tables["warnings"] if w["code"] == "source_sum_mismatch"] == [
        "funding lines under 资金总额: 中央资金 500,000 + 省级资金 200,000 + 市县资金 180,000 + 乡镇 220,000 = 1,100,000 元 "
        "but 项目资金总额 (budget_total) is 1,000,000 元 (difference 100,000); lines 6–7"]


# ---------------------------------------------------------------- a list's 合计 under a level's share columns

def _totals(r) -> list[tuple]:
    return [(w["line"], w["message"]) for w in r.tables["warnings"] if w["code"] == "total_row_mismatch"]


def test_list_total_of_level_shares(read):
    """A 转移支付 分配表 (`下达资金 | 其中：中央 | 省级`, 单位：万元) whose 合计 row says 中央 520 and 省级 280 where its three
    places' shares add up to 500 and 300 (下达资金 800, right): two mismatches at the 合计 row (main: none — the row's
    figures were not read at all, a share's column among them); the same list with 500 | 300: none."""
    r = read("ct_s44_ck2_list_level_total_off.txt")
    assert _totals(r) == [
        (8, "the list's 合计 row states 中央（万元） 5,200,000 元 but its 3 projects' 中央（万元） add up to 5,000,000 元 "
            "(difference -200,000)"),
        (8, "the list's 合计 row states 省级（万元） 2,800,000 元 but its 3 projects' 省级（万元） add up to 3,000,000 元 "
            "(difference 200,000)")]
    assert _totals(read("ct_s44_ck2_list_level_total_ok.txt")) == []


def test_list_money_total_beside_level_shares(read):
    """The same list whose 合计 says 下达资金 810 (its places' 800), the shares right: the money's mismatch (main: none,
    the 合计's figures unread beside the share columns)."""
    r = read("ct_s44_ck2_list_money_total_off.txt")
    assert _totals(r) == [
        (8, "the list's 合计 row states 预算下达资金 (budget_issued) 8,100,000 元 but its 3 projects' 预算下达资金 "
            "(budget_issued) add up to 8,000,000 元 (difference -100,000)")]


# ---------------------------------------------------------------- a period's length beside its dates

def test_period_length_beside_dates(read):
    """`项目期 | 3年 | 实施期限 | 2024年3月至2026年12月` on one row: the dated period is the project's, `3年` kept under
    项目期 (main: period_raw `3年`, no dates — the better-ranked 项目期 won, the dates lost without a word)."""
    p = only_project(read("ct_s44_ck2_period_length_beside.txt"))
    assert (p["period_raw"], str(p["start_date"]), str(p["end_date"])) == ("2024年3月至2026年12月", "2024-03-01",
                                                                           "2026-12-31")
    assert other_fields(p)["项目期"] == "3年"


def test_period_length_after_copied_dates(read):
    """`实施期限 | 2023年1月至2023年12月 | 项目期 | 1年` in a 2025 form: the dates read, and the year outside them said
    (main: period_raw `1年`, no dates, no warning)."""
    r = read("ct_s44_ck2_period_length_copied.txt")
    assert other_fields(only_project(r)) == {"项目期": "1年"}
    assert _found(r, *_DATES) == [("year_out_of_period", 6, "the form's year 2025 is outside the project period "
                                   "'2023年1月至2023年12月' (2023-01-01 to 2023-12-31): copied from another year's form?")]
