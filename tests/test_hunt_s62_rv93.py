"""Review rv93 (session 62, of hunt mn24): near cases of mn24's money rules, with fixtures ct_s62_rv93_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s62_rv93.py); each reading was written down by hand before
jixiao was run.

Decided:
- the catch-all `其他资金 | 10` right under two other-money rows summed by mn24's rule (`企业自筹资金 | 20`, `群众自筹 |
  30`) is the last of the total's other parts, summed too: budget_other 60 (it replaced their sum: 10, the two lines
  under 资金总额 adding up to 50 beside it).
- a procurement's budget kept aside beside the year's money only when it is less than it, a part of it (`采购预算 |
  80万元` under 120); `采购预算 | 300万元` over a year's 100 (a service bought for three years) is the project's total
  again, as on the session's base (mn24 made it an other field, budget_total null).
- a share table's row of another year is kept aside only when a year cell of the block names the form's year: not
  when every row names 2024 in a form of 2025 (mn24 found the form's year in `项目期限 | 2025年1月-2025年12月` above it,
  in the same column: all the rows went to other_fields, the form's money lost).
- the twin `_MATRIX_AMOUNTS` mn24 defined again at the end of parsers/forms.py (the same roles as the one at its top)
  is dropped.
Left (a strict xfail): a change column's figure written with its unit (`调整数 | -40万元`) is no change read (as on base).
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


@pytest.mark.xfail(strict=True, reason="left: a change column's figure with its unit (`调整数 | -40万元`) is no change "
                   "read (mn24's rule takes bare figures only; base read it so too, its note `-40万元万元`) — fine: rare, "
                   "the bare `-40.00` is read, and the unit may differ from the matrix's")
def test_change_figure_with_its_unit_left(read):
    r = read("ct_s62_rv93_change_with_unit.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (300 * W, 260 * W, 247 * W)
    assert "execution_rate_mismatch" not in warning_codes(r)
