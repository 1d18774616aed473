"""Hunt mn26 (session 64): money, with fixtures ct_s64_mn26_* (text dumps, tab-separated cells, a layout dump's `|`
bars, one cell a line, from tests/fixtures/review/make_s64_mn26.py); each reading was written down by hand before
jixiao was run.

Decided:
- a bound or a range on the money, then its parts after a comma or a semicolon on one line or in one cell
  (`资金总额：不超过150万元，其中财政资金100万元`, `预算金额：约50-80万元，其中财政资金50万元`): the bound kept as written
  under its label, as on a line of its own, and the parts read (budget_fiscal 100万) — the line was kept whole or lost
  without a word (hunt mn25's and review rv105's leftovers).
- one cell a line, a two-cell budget head naming its lines by what they are for (`支出内容 | 金额（万元）`, as
  `子项目名称 | 预算金额（元）` was) over name / amount pairs: the rows read, the 合计 checked (they were lost).
- a one-cell row of no figure closing a budget breakdown right over the next table's head (`项目组成员分工` over
  `序号 | 姓名 | 职务 | 分工`) is that table's caption, no budget line (review md46's leftover); in the table's first
  column and no sentence (a footnote under the 测算依据 column stays an unparsed_row, ct_s30_rv_budget_footnote).
Kept (checked, as on main; fixtures without a test): the years as columns of a 三年滚动 project (the 合计 column's
合计 the total, the form's year's the year's budget), `120（大写：壹佰贰拾万元整）` and the capitals in a cell of their
own, `350000元` under `金额（万元）`, `-12.5` and `（12.5）` in an adjustment row, lines off their 合计 warned in bars,
lines making it rounded to 2 decimals not warned in tabs.
"""
from __future__ import annotations

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


# ------------------------------------------------------------------ one cell a line

def test_lines_making_their_total_once_rounded(read):
    """main: the breakdown lost (one cell a line). 12.345 + 20.123 = 32.468, the 合计 32.47: no mismatch (as in tabs)."""
    r = read("ct_s64_mn26_sum_rounded_cells.txt")
    assert _lines(r) == [("路面硬化", 12.345 * W), ("排水边沟", 20.123 * W)]
    assert not SUM_CODES & set(warning_codes(r))


def test_lines_off_their_total_one_cell_a_line_warned(read):
    """main: the breakdown lost (one cell a line, `支出内容 | 金额（万元）` no pair head), no warning of the sum."""
    r = read("ct_s64_mn26_sum_off_cells.txt")
    assert _lines(r) == [("路面硬化", 100 * W), ("排水边沟", 30 * W)]
    assert SUM_CODES & set(warning_codes(r))


# ------------------------------------------------------------------ a caption under the breakdown

def test_caption_under_the_budget_no_line(read):
    """main: `项目组成员分工` a budget line of no amount (review md46's leftover, in bars)."""
    r = read("ct_s64_mn26_caption_under_budget_bars.txt")
    assert _lines(r) == [("护栏采购", 60 * W), ("安装施工", 25 * W)]
    assert other_fields(only_project(r)).get("项目组成员分工") == "王建国（局长，总负责）；李明（股长，资金管理）"
