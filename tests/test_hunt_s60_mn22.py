"""Hunt mn22 (session 60): money leftovers of the last session, with fixtures ct_s60_mn22_* (text dumps, tab-separated
cells, from tests/fixtures/review/make_s60_mn22.py); each reading was written down by hand before jixiao was run.

Decided:
- a year's total on a line of its own, its label led by a year (`2025年资金总额：1,260.00`, `金额单位：万元` after it): kept
  by its year as a `2025年资金总额 | 1,260.00` row's is — the form's year's, budget_year (the line was dropped without a
  word).
- a total's sentence under `金额单位：元` whose lead figure is bare and whose 其中 parts write 万元 (`年度资金总额：32800000，
  其中：财政拨款：2,800万元，其他资金：480万元`): the lead in the declared 元, each part in its own unit (the total was lost,
  and with 其他资金 in it the line was cut at that label, its first part dropped too).
- a money figure whose commas group no thousands on a line or in a sentence (`资金总额：12,5000万元，其中：财政资金
  12,5000万元`): no amount, kept as written under its label and an amount_unreadable naming the label (mn21 said so of a
  pair's cell only; the line went without a word).
- a total's 其中 rows in 亿元 (`其中：中央资金 | 0.8亿元`) are its lines as rows in 万元 are (they were other fields).
- a 资金来源 list whose every piece is a level's fiscal money (`中央资金300万元、县级资金200万元`) beside the form's
  `其中：财政资金（万元） | 450`: part of the fiscal money, never more than it — 500 of 450 a source_sum_mismatch against
  budget_fiscal (it went without a word); less (400 of 450) may be some levels only: no word, as before.
- a part's row whose amount is split in brackets under a total's label declaring its unit (`其中：财政资金 |
  120（其中上年结转10）` under `资金总额（万元） | 150`): in the total's unit, its note kept as `财政资金说明` (it was 120 元
  under `说明`, a false fiscal_other_mismatch); so on a line, `其中：财政资金120万元（其中上年结转10万元），…` (the bracket
  was a source line of no group beside the part). budget_fiscal is the 财政资金 written, 120: money carried over from an
  earlier year's budget is fiscal money within it (the contract's 财政资金 / 财政拨款).
- a 资金构成 list mixing a use and a source (`设备购置80万元、省级补助100万元`): each piece a line of its own kind, the use
  `composition`, the source `source` (both were source lines).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_year_led_total_on_its_line(read):
    """main: nothing read, no word."""
    r = read("ct_s60_mn22_year_line.txt")
    assert _money(only_project(r)) == (None, 1260 * W, None, None)


def test_bare_total_in_declared_yuan_beside_parts_in_wan(read):
    """main: budget_other alone (the line cut at 其他资金, its first part and the total lost)."""
    r = read("ct_s60_mn22_yuan_sentence.txt")
    assert _money(only_project(r)) == (None, 32_800_000.0, 28_000_000.0, 4_800_000.0)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_bare_total_in_declared_yuan_fiscal_short(read):
    """main: nothing read, no word."""
    r = read("ct_s60_mn22_yuan_short.txt")
    assert _money(only_project(r)) == (None, 32_800_000.0, 28_000_000.0, None)
    assert warning_codes(r).count("fiscal_total_gap") == 1


def test_misgrouped_figures_in_a_sentence_said(read):
    """main: nothing read, no word."""
    r = read("ct_s60_mn22_comma_line.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, None)
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "amount_unreadable"]
    assert len(said) == 2
    assert said[0].startswith("资金总额: 12,5000万元") and said[1].startswith("财政资金: 12,5000万元")
    assert other_fields(p) == {"资金总额": "12,5000万元", "财政资金": "12,5000万元"}


def test_misgrouped_figure_on_its_line_said(read):
    """main: nothing read, no word."""
    r = read("ct_s60_mn22_comma_alone.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, None)
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "amount_unreadable"]
    assert len(said) == 1 and said[0].startswith("资金总额: 12,5000")
    assert other_fields(p) == {"资金总额": "12,5000"}


def test_parts_in_yi_are_lines(read):
    """main: the parts kept in other_fields as `0.8亿元`, no line."""
    r = read("ct_s60_mn22_yi_rows.txt")
    p = only_project(r)
    assert p["budget_total"] == 1.2e8
    assert [(n, a, k) for _g, n, a, k in budget_lines(r)] == [("中央资金", 8e7, "source"), ("地方配套", 4e7, "source")]
    assert "中央资金" not in other_fields(p) and "地方配套" not in other_fields(p)


def test_makeup_mixing_a_use_and_a_source(read):
    """main: two source lines."""
    r = read("ct_s60_mn22_mixed_makeup.txt")
    assert budget_lines(r) == [("资金构成", "设备购置", 80 * W, "composition"), ("资金构成", "省级补助", 100 * W, "source")]


def test_levels_over_the_fiscal_money_flagged(read):
    """main: no word of 500 against 450."""
    r = read("ct_s60_mn22_levels_over_fiscal.txt")
    assert only_project(r)["budget_fiscal"] == 450 * W
    assert [(g, n, a) for g, n, a, _k in budget_lines(r)] == [("资金来源", "中央资金", 300 * W), ("资金来源", "县级资金", 200 * W)]
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "source_sum_mismatch"]
    assert len(said) == 1 and "budget_fiscal" in said[0]
    assert "source_sum_mismatch" not in warning_codes(read("ct_s60_mn22_levels_under_fiscal.txt"))


def test_part_split_in_brackets_in_the_totals_unit(read):
    """main: budget_fiscal 120 元, the note under `说明`, a false fiscal_other_mismatch."""
    r = read("ct_s60_mn22_fiscal_carried.txt")
    p = only_project(r)
    assert _money(p) == (150 * W, None, 120 * W, 30 * W)
    assert other_fields(p) == {"财政资金说明": "其中上年结转10"}
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_part_split_in_brackets_on_a_line(read):
    """main: a source line 上年结转 10 of no group beside the fiscal part, no note."""
    r = read("ct_s60_mn22_fiscal_carried_line.txt")
    p = only_project(r)
    assert _money(p) == (150 * W, None, 120 * W, 30 * W)
    assert budget_lines(r) == []
    assert other_fields(p) == {"财政资金说明": "其中上年结转10万元"}


@pytest.mark.xfail(strict=True, reason="left: numbered use items beside 资金用途 (`资金用途 | 1 | 用于管网铺设200万元`) are "
                   "dropped (the second an unparsed_row); 资金用途 is the fund_use field of ticked options and a list of "
                   "uses with amounts beside it no reading of its own yet — fine for now, the total is read")
def test_numbered_use_items_left(read):
    r = read("ct_s60_mn22_use_items.txt")
    assert [(a, k) for _g, _n, a, k in budget_lines(r)] == [(200 * W, "composition"), (100 * W, "composition")]


@pytest.mark.xfail(strict=True, reason="left: 其中 rows of no 年初 | 调整后 heads mixing sources and a use (中央 80, 县级 30, "
                   "设备购置 40 under 资金总额 120) stay source lines in two groups (资金总额, 资金情况); no finding — fine: "
                   "no check sums them, nothing false is said")
def test_mixed_rows_left(read):
    r = read("ct_s60_mn22_mixed_rows.txt")
    assert budget_lines(r) == [("资金总额", "中央", 80 * W, "source"), ("资金总额", "县级", 30 * W, "source"),
                               ("资金总额", "设备购置", 40 * W, "composition")]
