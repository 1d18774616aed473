"""Review rv29 (session 54) of hunt mn13's money readings: the unit of bare budget lines found by their sum, a money
cell's amount followed by words, the fiscal levels beside lines of spending, an adjustment form's money before and
after. Fixtures ct_s54_rv29_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s54_rv29.py); each
reading was written down by hand before jixiao was run.

Decided (wrong after mn13, fixed):
- The sum that tells the lines' unit allows for rounding: a total is precise to half the last digit it is written
  with and so is each line (`33.33` in 万元 is 333,300 元 give or take 50). Lines `111,111.00` x 3 under a 万元 total
  `33.33` are 元 (they were 1,111,110,000 元 each, the total 0.5 元 from their sum in 元 asked); lines `33.33` x 3
  under `项目资金（元） | 1,000,000.00` are 万元 (they were 33.33 元; 999,900 元 is still a mismatch of 100 元, said).
- `预算金额（万元） | 120 2025年`, an amount then a year: 120万, the year kept under 预算金额说明 (it was lost without a
  word, as `120 用于…` was before mn13).
Kept (right after mn13, guards): lines in 元 a cent off a 万元 total are 元; lines adding up in neither unit (850,000
and 35 under a 120万 合计) stay in the form's unit and the mismatch is said; one line with its own 元 and a bare one
adding up to the 合计 with it: the bare one in 万元; a count then words under `购置数量` is no money; an amount then its
purpose in brackets (`120（用于…）`); two levels and 单位自筹 beside lines of spending: budget_fiscal 500万,
budget_other 100万; an adjustment form's money on one row (`调整金额 | -200.00` kept in other_fields) and in a
`调整前 | 调整后` matrix: budget_initial 1,200万, budget_year 1,000万; labels with 调整后 of no money (`调整后金额占原预算
比例`, `调整后实施期限`) stay other fields.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _amounts(r):
    return [(n, a) for _, n, a, _ in budget_lines(r)]


def test_wan_lines_rounded_under_a_total_in_yuan(read):
    """after mn13: 33.33 元 each (the rounding of 万 kept them from adding up in 万元)."""
    r = read("ct_s54_rv29_wan_lines_rounded_under_yuan.txt")
    assert only_project(r)["budget_year"] == 1000000.0
    assert _amounts(r) == [("彩超设备", 333300.0), ("心电图机", 333300.0), ("生化分析仪", 333300.0)]
    assert "budget_sum_mismatch" in warning_codes(r)       # 999,900 against 1,000,000: 100 元 short, said


def test_yuan_lines_under_a_rounded_wan_total(read):
    """after mn13: 111,111万 each and a budget_sum_mismatch."""
    r = read("ct_s54_rv29_yuan_lines_under_rounded_wan.txt")
    assert only_project(r)["budget_year"] == 333300.0
    assert _amounts(r) == [("彩超设备", 111111.0), ("心电图机", 111111.0), ("生化分析仪", 111111.0)]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_yuan_lines_a_cent_off_stay_yuan(read):
    """Guard."""
    r = read("ct_s54_rv29_yuan_lines_cent_off_under_wan.txt")
    assert _amounts(r) == [("彩超设备", 850000.0), ("心电图机", 349999.99)]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_lines_in_neither_unit_stay(read):
    """Guard: no unit makes 850,000 and 35 the 120万; the form's unit kept, the mismatch said."""
    r = read("ct_s54_rv29_lines_in_neither_unit.txt")
    assert _amounts(r) == [("彩超设备", 850000 * W), ("心电图机", 35 * W)]
    assert "budget_sum_mismatch" in warning_codes(r)


def test_mixed_units_adding_up(read):
    """Guard: `85.00` bare and `350,000元` make the 合计 120 (万元)."""
    r = read("ct_s54_rv29_mixed_units_total_equal.txt")
    assert _amounts(r) == [("彩超设备", 85 * W), ("心电图机", 35 * W)]
    assert not {"total_row_mismatch", "budget_sum_mismatch"} & set(warning_codes(r))


def test_count_then_words_is_no_money(read):
    """Guard."""
    r = read("ct_s54_rv29_count_then_words.txt")
    p = only_project(r)
    assert p["budget_year"] == 120 * W
    assert "购置数量说明" not in other_fields(p)


def test_amount_then_year(read):
    """after mn13: no money, no word."""
    r = read("ct_s54_rv29_amount_then_year.txt")
    p = only_project(r)
    assert p["budget_year"] == 120 * W
    assert other_fields(p) == {"预算金额说明": "2025年"}


def test_amount_then_purpose_in_brackets(read):
    """Guard."""
    r = read("ct_s54_rv29_amount_purpose_in_brackets.txt")
    p = only_project(r)
    assert p["budget_year"] == 120 * W
    assert other_fields(p) == {"预算金额说明": "用于购置音响桌椅等设备"}


def test_two_levels_with_self_raised(read):
    """Guard."""
    r = read("ct_s54_rv29_two_levels_with_self_raised.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, 500 * W, 100 * W)


def test_adjustment_on_one_row(read):
    """Guard."""
    r = read("ct_s54_rv29_adjustment_one_row.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1200 * W, 1000 * W)
    assert other_fields(p).get("调整金额（万元）") == "-200.00"


def test_adjustment_matrix(read):
    """Guard."""
    r = read("ct_s54_rv29_adjustment_matrix.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1200 * W, 1000 * W)


def test_adjusted_labels_of_no_money(read):
    """Guard."""
    r = read("ct_s54_rv29_adjusted_non_money_labels.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1200 * W, 1000 * W)
    assert other_fields(p) == {"调整后金额占原预算比例": "83.33%", "调整后实施期限": "2025年1月至2026年6月"}
