"""Hunt mn21 (session 59): money leftovers of the session's reviews, with fixtures ct_s59_mn21_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s59_mn21.py); each reading was written down by hand before jixiao
was run.

Decided:
- a money cell whose thousands comma is put off its place (`12,5000`: 125000, or 12.5 with a decimal comma?) is
  ambiguous: no amount, and an `amount_unreadable` warning naming the cell (it went without a word).
- a total run into its 其中 with no comma between (`资金总额：960其中：中央800，县级160` beside 项目资金（万元）) is read
  as the comma'd form reads: the total and its source lines.
- a bare total, no unit declared (`年度资金总额 | 600`), beside its parts written in a unit of their own that add up to
  it in that unit (`资金来源 | 财政资金500万元、其他资金100万元`): the total in that unit, 600万元 (it was 600 元 and a
  false fiscal_other_mismatch).
- source lines of no group in a project of no budget_fiscal / budget_other (a `年初 | 调整后` table's 其中 rows 中央 80,
  县级 30, 上年结转 20 under its 资金总额 120) are checked as a 资金来源 block's: more than the whole money is a
  source_sum_mismatch (130 of 120 went unflagged).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_comma_off_place_warned(read):
    """main: no amount and no word of the two cells."""
    r = read("ct_s59_mn21_comma_off.txt")
    assert _money(only_project(r)) == (None, None, None, None)
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "amount_unreadable"]
    assert len(said) == 2 and all("12,5000" in m for m in said)
    assert other_fields(only_project(r)) == {"资金总额": "12,5000", "财政资金": "12,5000"}


def test_total_run_into_its_parts(read):
    """main: nothing read, no word."""
    r = read("ct_s59_mn21_run_into.txt")
    p = only_project(r)
    assert p["budget_total"] == 960 * W
    assert [(n, a, k) for _g, n, a, k in budget_lines(r)] == [("中央", 800 * W, "source"), ("县级", 160 * W, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_adjusted_table_rows_summed(read):
    """main: the three lines (130) beside budget_year 120, no word."""
    r = read("ct_s59_mn21_adjusted_rows.txt")
    assert only_project(r)["budget_year"] == 120 * W
    assert warning_codes(r).count("source_sum_mismatch") == 1


def test_bare_total_in_its_parts_unit(read):
    """main: budget_year 600 元 and a false fiscal_other_mismatch."""
    r = read("ct_s59_mn21_bare_total.txt")
    assert _money(only_project(r)) == (None, 600 * W, 500 * W, 100 * W)
    assert "fiscal_other_mismatch" not in warning_codes(r)
