"""Hunt mn26 (session 64): money, with fixtures ct_s64_mn26_* (text dumps, tab-separated cells, a layout dump's `|`
bars, one cell a line, from tests/fixtures/review/make_s64_mn26.py); each reading was written down by hand before
jixiao was run.

Decided:
- a bound or a range on the money, then its parts after a comma or a semicolon on one line or in one cell
  (`资金总额：不超过150万元，其中财政资金100万元`, `预算金额：约50-80万元，其中财政资金50万元`): the bound kept as written
  under its label, as on a line of its own, and the parts read (budget_fiscal 100万) — the line was kept whole or lost
  without a word (hunt mn25's and review rv105's leftovers).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0
SUM_CODES = {"total_row_mismatch", "budget_sum_mismatch"}


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _lines(r):
    return [(name, amount) for _, name, amount, _ in budget_lines(r)]


# ------------------------------------------------------------------ a bound or a range before its parts

def test_bound_then_part_in_a_pair_of_cells(read):
    """main: the cell kept whole under 资金总额, budget_fiscal null."""
    p = only_project(read("ct_s64_mn26_bound_parts_bars.txt"))
    assert _money(p) == (None, None, 100 * W, None)
    assert other_fields(p) == {"资金总额": "不超过150万元"}


def test_range_then_parts_after_a_semicolon(read):
    """main: the line lost without a word."""
    r = read("ct_s64_mn26_range_parts_line.txt")
    p = only_project(r)
    assert _money(p) == (None, None, 60 * W, 20 * W)
    assert other_fields(p) == {"项目资金": "80～100万元"}
    assert budget_lines(r) == []


# ------------------------------------------------------------------ new shapes

def test_years_as_columns(read):
    """A 三年滚动 project's money with the years as columns: the 合计 column's 合计 the total, the form's year's the
    year's budget."""
    r = read("ct_s64_mn26_years_columns.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (360 * W, 150 * W)
    assert "annual_exceeds_total" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s64_mn26_capital_beside.txt", "ct_s64_mn26_capital_cell.txt"])
def test_capital_numerals_beside_the_figure(read, name):
    """`120（大写：壹佰贰拾万元整）`: the figure in the label's unit, the capitals the same amount again."""
    r = read(name)
    p = only_project(r)
    assert _money(p) == (120 * W, None, 100 * W, 20 * W)
    assert not {"amount_unreadable", "unparsed_row", "fiscal_other_mismatch"} & set(warning_codes(r))


def test_yuan_cell_under_a_head_in_wan(read):
    """`350000元` under `金额（万元）`: the cell's own unit."""
    r = read("ct_s64_mn26_yuan_cell_wan_head.txt")
    assert _lines(r) == [("管网铺设", 85 * W), ("设备购置", 350000.0)]
    assert not SUM_CODES & set(warning_codes(r))


@pytest.mark.parametrize("name", ["ct_s64_mn26_negative_minus.txt", "ct_s64_mn26_negative_brackets.txt"])
def test_negative_adjustment_row(read, name):
    r = read(name)
    assert _lines(r) == [("路面硬化", 100 * W), ("排水边沟", 32.5 * W), ("调减（上年结余抵扣）", -12.5 * W)]
    assert not SUM_CODES & set(warning_codes(r))


def test_lines_off_their_total_warned(read):
    r = read("ct_s64_mn26_sum_off_bars.txt")
    assert _lines(r) == [("路面硬化", 100 * W), ("排水边沟", 30 * W)]
    assert SUM_CODES & set(warning_codes(r))


def test_lines_making_their_total_once_rounded(read):
    """12.345 + 20.123 = 32.468, the 合计 32.47: no mismatch."""
    r = read("ct_s64_mn26_sum_rounded_cells.txt")
    assert _lines(r) == [("路面硬化", 12.345 * W), ("排水边沟", 20.123 * W)]
    assert not SUM_CODES & set(warning_codes(r))
