"""Hunt mn17 (session 57): money leftovers of review rv48, with new fixtures ct_s57_mn17_* (text dumps, tab-separated
cells, from tests/fixtures/review/make_s57_mn17.py) and rv48's own (tests/test_hunt_s57_rv48.py, its three xfails
now passing); each reading was written down by hand before jixiao was run.

Decided (wrong on 1110de8b, fixed):
- `其中：` alone on its line between a total and its parts (`年度资金总额（万元） | 600.00`, `其中：`, `当年财政拨款 |
  500.00`, `上年结转资金 | 60.00`, `其他资金 | 40.00`): the rows after it are the total's parts, read as with an inline
  `其中：当年财政拨款` (上年结转资金 a source line; it was an unparsed row, a false fiscal_other_mismatch).
- a split in brackets alone on the row after its total (`项目资金（万元） | 120` over `| （其中中央80，县级30）`): joined
  to the amount and read as `120（其中中央80，县级30）` is (lines, short of the total: flagged); it was lost silently.
- a bracket in a row's second pair (`项目总投资 | 500 | 年度资金 | 120（其中中央80，县级40）`): read as in the first pair
  (budget_year 120 and its split; the note of `（含结转资金30）`); they were lost silently.
- a one-cell source list opening with a field's label (`财政资金：550；其他资金：50`) is a list as one opening with
  `中央资金：` is (it read nothing: the cell was taken for budget_fiscal's value `550；其他资金：50`).
- `其他资金（万元） | 50` after a one-cell list naming `其他资金：50`: one source named twice is one line (there were
  two, the lines 650 against 600, nothing flagged, budget_fiscal lost).
- `其他财政资金：150` in a list is fiscal money (it went to budget_other).
Kept (guards): the list opening with `中央资金：` as before.
Left: a source named twice with two amounts stays two lines (a conflict of the form's own).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _lines(r):
    return [(n, a) for _, n, a, _k in budget_lines(r)]


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_lone_qizhong_three_parts(read):
    """1110de8b: 上年结转资金 an unparsed row, a false fiscal_other_mismatch."""
    r = read("ct_s57_mn17_lone_qizhong_three.txt")
    p = only_project(r)
    assert _money(p) == (None, 600 * W, 500 * W, 40 * W)
    assert ("上年结转资金", 60 * W) in _lines(r)
    assert other_fields(p) == {}
    assert not {"unparsed_row", "fiscal_other_mismatch", "fiscal_total_gap"} & set(warning_codes(r))


def test_bracket_split_next_row_short_flagged(read):
    """1110de8b: the split lost without a word."""
    r = read("ct_s57_mn17_bracket_next_row_short.txt")
    assert _money(only_project(r))[0] == 120 * W
    assert _lines(r) == [("中央", 80 * W), ("县级", 30 * W)]
    assert "source_sum_mismatch" in warning_codes(r)


def test_bracket_split_in_second_pair(read):
    """1110de8b: budget_year and its split lost without a word."""
    r = read("ct_s57_mn17_bracket_second_pair_split.txt")
    assert _money(only_project(r)) == (500 * W, 120 * W, 120 * W, None)
    assert _lines(r) == [("中央", 80 * W), ("县级", 40 * W)]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_one_cell_list_opening_with_fiscal(read):
    """1110de8b: nothing read but the total."""
    r = read("ct_s57_mn17_list_fiscal_first.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert _lines(r) == [("财政资金", 550 * W), ("其他资金", 50 * W)]


def test_one_cell_list_opening_with_central(read):
    """Guard: as before."""
    r = read("ct_s57_mn17_list_central_first.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert _lines(r) == [("中央资金", 400 * W), ("县级资金", 150 * W), ("其他资金", 50 * W)]


def test_source_named_twice_is_one_line(read):
    """1110de8b: 其他资金 twice, the lines 650 against 600, budget_fiscal null, nothing flagged."""
    r = read("ct_s57_mn17_list_then_other_row.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert _lines(r) == [("中央资金", 400 * W), ("县级资金", 150 * W), ("其他资金", 50 * W)]


def test_other_fiscal_money_in_a_list_is_fiscal(read):
    """1110de8b: budget_fiscal 400, budget_other 200 (其他财政资金 counted as other money)."""
    r = read("ct_s57_mn17_list_other_fiscal.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert len(_lines(r)) == 3
