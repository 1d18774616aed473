"""Hunt mn24 (session 62): money, with fixtures ct_s62_mn24_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s62_mn24.py); each reading was written down by hand before jixiao was run.

Decided:
- a self-raised row over a sibling of other money (`村集体自筹 | 20` over `群众自筹 | 30` under `其中：财政资金`) is the
  first of the total's other parts, summed with it (mn23's rule): budget_other 50 (it was 30, the first a line of no
  group); not over the catch-all `其他资金`, which replaces it as the field (rv73's rule stands).
- a part's cell with its split in brackets (`其中：财政资金 | 120（含上年结转10）`) keeps the total's parts going: the
  other rows below it are parts too (`企业自筹 | 20`, `群众自筹 | 10`: budget_other 30, both lines under 资金总额).
- a procurement's budget (`采购预算 | 80万元`) beside the year's money and no total is kept in other_fields as
  written (it was budget_total, a false annual_exceeds_total).
- a money matrix's `调整预算` column is the year's budget in force, as the field label 调整预算数 is (`年初预算 | 调整预算
  | 执行数` over `300 | 260 | 247`: budget_year 260, it was 300 and a false execution_rate_mismatch); a figure below
  zero under it (`（40）`, `-40`) is the change: the year's budget 300 - 40; so the figure under a column of the change
  (`年初预算数 | 调整数 | 执行数` over `300.00 | -40.00 | 247.00`) when no column states the budget after it.
- a share table's row of another year than the form's (`中央补助资金 | 2024年 | 500` beside `| 2025年 | 600` in a form
  of 2025) is that year's money, kept as another year's is (`2024年中央补助资金: 500万元`), when a row names the form's
  year (rv84's leftover: the first row was read, the form's year's lost).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_self_raised_rows_summed(read):
    """main: budget_other 30 (群众自筹 alone), 村集体自筹 a line of no group."""
    r = read("ct_s62_mn24_village_then_people.txt")
    assert _money(only_project(r)) == (200 * W, None, 150 * W, 50 * W)
    assert budget_lines(r) == [("资金总额", "村集体自筹", 20 * W, "source"), ("资金总额", "群众自筹", 30 * W, "source")]
    assert not {"fiscal_other_mismatch", "source_sum_mismatch"} & set(warning_codes(r))


def test_other_rows_after_a_bracketed_fiscal_part(read):
    """main: budget_other null, both lines of no group."""
    r = read("ct_s62_mn24_carried_then_raised.txt")
    p = only_project(r)
    assert _money(p) == (150 * W, None, 120 * W, 30 * W)
    assert budget_lines(r) == [("资金总额", "企业自筹", 20 * W, "source"), ("资金总额", "群众自筹", 10 * W, "source")]
    assert other_fields(p) == {"财政资金说明": "含上年结转资金10"}
    assert not {"fiscal_other_mismatch", "source_sum_mismatch"} & set(warning_codes(r))


def test_purchase_budget_beside_the_years_money_kept(read):
    """main: budget_total 80万 (the procurement's), a false annual_exceeds_total."""
    r = read("ct_s62_mn24_purchase_beside_year.txt")
    p = only_project(r)
    assert _money(p) == (None, 120 * W, 100 * W, 20 * W)
    assert other_fields(p) == {"采购预算": "80万元", "采购方式": "公开招标"}
    assert "annual_exceeds_total" not in warning_codes(r)


def test_adjusted_budget_column(read):
    """main: budget_year 300 (年初预算's), the 调整预算 column lost, a false execution_rate_mismatch."""
    r = read("ct_s62_mn24_adjusted_column.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (300 * W, 260 * W, 247 * W, 0.95)
    assert [(n, a) for _g, n, a, _k in budget_lines(r)] == [("财政拨款", 260 * W)]
    assert r.tables["budget_items"][0]["note"].startswith("年初预算：300万元")
    assert "execution_rate_mismatch" not in warning_codes(r)


def test_adjusted_budget_column_below_zero(read):
    """main: budget_year 300 (年初预算's), the column lost, a false execution_rate_mismatch."""
    r = read("ct_s62_mn24_adjusted_negative.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (300 * W, 260 * W, 247 * W)
    assert [(n, a) for _g, n, a, _k in budget_lines(r)] == [("财政拨款", 260 * W)]
    assert not {"execution_rate_mismatch", "unplaced_cell"} & set(warning_codes(r))


def test_share_table_row_of_another_year_kept(read):
    """main: both years' 中央补助资金 rows lines (500 and 600), no budget_fiscal nor budget_other."""
    r = read("ct_s62_mn24_share_by_year.txt")
    p = only_project(r)
    assert _money(p) == (None, None, 720 * W, 80 * W)
    assert budget_lines(r) == [("资金来源", "中央补助资金", 600 * W, "source"), ("资金来源", "县级配套资金", 120 * W, "source"),
                               ("资金来源", "群众自筹", 80 * W, "source")]
    assert other_fields(p) == {"2024年中央补助资金": "500万元"}


def test_change_column_with_no_budget_after_it(read):
    """main: budget_year 300 (the first budget's), the change a note only, false execution_rate_mismatch and
    budget_adjustment_mismatch."""
    r = read("ct_s62_mn24_change_column.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (300 * W, 260 * W, 247 * W)
    assert [(n, a) for _g, n, a, _k in budget_lines(r)] == [("财政拨款", 260 * W)]
    assert not {"execution_rate_mismatch", "budget_adjustment_mismatch"} & set(warning_codes(r))
