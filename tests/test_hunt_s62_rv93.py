"""Review rv93 (session 62, of hunt mn24): near cases of mn24's money rules, with fixtures ct_s62_rv93_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s62_rv93.py); each reading was written down by hand before
jixiao was run.

Decided:
- the catch-all `其他资金 | 10` right under two other-money rows summed by mn24's rule (`企业自筹资金 | 20`, `群众自筹 |
  30`) is the last of the total's other parts, summed too: budget_other 60 (it replaced their sum: 10, the two lines
  under 资金总额 adding up to 50 beside it); so a third named one (`社会捐赠 | 30` under them: budget_other 80, it was
  a line of their group, 50, a false fiscal_other_mismatch).
- mn24's self-raised row over a sibling takes budget_other only when a total is read, the sum of which it is a part:
  under `资金来源 | 金额（万元）` with its 合计 below the rows, `企业自筹 | 20` took budget_other alone, 群众自筹 a line.
- a procurement's budget kept aside beside the year's money only when it is less than it, a part of it (`采购预算 |
  80万元` under 120); `采购预算 | 300万元` over a year's 100 (a service bought for three years) is the project's total
  again, as on the session's base (mn24 made it an other field, budget_total null).
- a share table's row of another year is kept aside only when a year cell of the block names the form's year: not
  when every row names 2024 in a form of 2025 (mn24 found the form's year in `项目期限 | 2025年1月-2025年12月` above it,
  in the same column: all the rows went to other_fields, the form's money lost).
- the twin `_MATRIX_AMOUNTS` mn24 defined again at the end of parsers/forms.py (the same roles as the one at its top)
  is dropped.
Left (strict xfail): a source block's other rows over its 合计 not summed (as on base). (A change column's figure written
with its unit, `调整数 | -40万元`, is read since mend md42: budget_year 260.)
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_catch_all_after_summed_siblings(read):
    """main: budget_other 10 (其他资金 replaced the sum of the two rows above it), no line of it."""
    r = read("ct_s62_rv93_catchall_after_siblings.txt")
    assert _money(only_project(r)) == (210 * W, None, 150 * W, 60 * W)
    assert budget_lines(r) == [("资金总额", "企业自筹资金", 20 * W, "source"), ("资金总额", "群众自筹", 30 * W, "source"),
                               ("资金总额", "其他资金", 10 * W, "source")]
    assert not {"fiscal_other_mismatch", "source_sum_mismatch"} & set(warning_codes(r))


def test_third_named_other_row_summed(read):
    """main: budget_other 50 (the first two), 社会捐赠 a line under 资金总额 beside them, a false fiscal_other_mismatch."""
    r = read("ct_s62_rv93_three_other_rows.txt")
    assert _money(only_project(r)) == (230 * W, None, 150 * W, 80 * W)
    assert [(g, n, a) for g, n, a, _k in budget_lines(r)] == [("资金总额", "企业自筹", 20 * W), ("资金总额", "群众自筹", 30 * W),
                                                              ("资金总额", "社会捐赠", 30 * W)]
    assert not {"fiscal_other_mismatch", "source_sum_mismatch"} & set(warning_codes(r))


def test_other_rows_over_a_total_below_both_lines(read):
    """main: budget_other 20 (企业自筹's alone, no line of it), 群众自筹 a line: the sum cut short without a word."""
    r = read("ct_s62_rv93_source_block_total_below.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (200 * W, 150 * W)
    assert p["budget_other"] is None       # (no field of a part: both rows lines of the block, as on base)
    assert budget_lines(r) == [("资金来源", "企业自筹", 20 * W, "source"), ("资金来源", "群众自筹", 30 * W, "source")]


@pytest.mark.xfail(strict=True, reason="left: the other rows of a source block whose 合计 is below them are not summed "
                   "(budget_other null, the fiscal row no line) — fine for now: the sum needs the total, read only after "
                   "the rows")
def test_other_rows_over_a_total_below_summed_left(read):
    r = read("ct_s62_rv93_source_block_total_below.txt")
    assert only_project(r)["budget_other"] == 50 * W


def test_other_rows_over_a_total_below_not_flagged(read):
    """The fiscal row read as budget_fiscal 150, no line, completes the lines' 50 to the 合计's 200: no
    total_row_mismatch (it was flagged, 200 against 50, until hunt mn31 of session 68)."""
    assert "total_row_mismatch" not in warning_codes(read("ct_s62_rv93_source_block_total_below.txt"))


def test_purchase_budget_over_the_years_money_is_the_total(read):
    """main: budget_total null, `采购预算: 300万元` in other_fields (base: budget_total 300万)."""
    r = read("ct_s62_rv93_purchase_over_year.txt")
    p = only_project(r)
    assert _money(p) == (300 * W, 100 * W, 100 * W, None)
    assert other_fields(p) == {"填报日期": "2025年3月", "采购方式": "公开招标"}
    assert "annual_exceeds_total" not in warning_codes(r)


def test_share_table_of_last_year_only_read_as_before(read):
    """main: every row in other_fields (`2024年中央补助资金` …), no money, no line."""
    r = read("ct_s62_rv93_share_last_year.txt")
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_other"]) == (720 * W, 80 * W)
    assert budget_lines(r) == [("资金来源", "中央补助资金", 600 * W, "source"), ("资金来源", "县级配套资金", 120 * W, "source"),
                               ("资金来源", "群众自筹", 80 * W, "source")]
    assert not [k for k in other_fields(p) if k.startswith("2024年")]


def test_change_figure_with_its_unit_read(read):
    """main before mend md42: budget_year 300万 (the change with its unit no figure), a false execution_rate_mismatch."""
    r = read("ct_s62_rv93_change_with_unit.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (300 * W, 260 * W, 247 * W)
    assert "execution_rate_mismatch" not in warning_codes(r)
