"""Mend md42 (session 62) of hunt mn24's money matrix: the rd review's group E and review rv93's notes
(tests/fixtures/review/ct_s62_md42_*.txt, made by tests/fixtures/review/make_s62_md42.py; each expectation written
down by hand before the run).

Decided: a figure above zero under a head that may be the budget after an adjustment or the change it made
(`调整预算`, `调整预算数`) is the change when the row's own 执行率 says so (`100 | 20 | 96 | 80%`: 96 / 120 = 80%, the
budget 120), else the budget as written (`300 | 260 | 247 | 95%`; no rate: 20, spent_exceeds_budget says the rest);
`调整后预算数` is never the change; a change read under the budget's column is noted as a `调整数` column's is
(`调整预算：-40万元`); a bracketed figure is below zero only under that column (`（1）` under 执行数: unplaced_cell);
a figure below zero under it with no first budget is no budget (null, noted); a change written with the matrix's
unit (`调整数 | -40万元`) is read, its note not `-40万元万元`.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

W = 10000.0
P = "ct_s62_md42_"
FALSE_RATE = {"execution_rate_mismatch", "spent_exceeds_budget"}


def _money(p):
    return (p["budget_initial"], p["budget_year"], p["budget_fiscal"], p["spent"])


def _line_notes(r) -> list[str]:
    return [b.get("note") or "" for b in r.tables["budget_items"]]


def test_positive_change_under_adjusted_budget_read_by_the_rate(read):
    """main: budget_year 20万 (a change read as the budget), a false 480% execution_rate_mismatch and
    spent_exceeds_budget."""
    r = read(P + "adjust_up_rate.txt")
    p = only_project(r)
    assert _money(p) == (100 * W, 120 * W, 120 * W, 96 * W)
    assert "调整预算：20万元" in (p["other_notes"] or "")
    assert [a for _g, _n, a, _k in budget_lines(r)] == [120 * W]
    assert not FALSE_RATE & set(warning_codes(r))
    r = read(P + "adjust_up_rate_fraction.txt")          # 调整预算数, the line's rate `0.9`
    assert _money(only_project(r)) == (500 * W, 550 * W, 550 * W, 495 * W)
    assert not FALSE_RATE & set(warning_codes(r))
    # kept (as on main): the budget after the change as its rate says, no rate to tell, a head naming the after
    assert _money(only_project(read(P + "adjust_down_kept.txt"))) == (300 * W, 260 * W, 260 * W, 247 * W)
    r = read(P + "adjust_up_no_rate.txt")
    assert only_project(r)["budget_year"] == 20 * W and "spent_exceeds_budget" in warning_codes(r)
    assert only_project(read(P + "after_head_kept.txt"))["budget_year"] == 20 * W


def test_bracketed_change_under_adjusted_budget_noted(read):
    """main: budget_year 260万 but the change lost (no note; a 调整数 column's is kept)."""
    r = read(P + "adjust_paren_noted.txt")
    p = only_project(r)
    assert _money(p) == (300 * W, 260 * W, 260 * W, 247 * W)
    assert "调整预算：-40万元" in (p["other_notes"] or "")
    assert ["调整预算：-40万元" in n for n in _line_notes(r)] == [True]


def test_bracketed_figure_under_spent_is_no_negative_spent(read):
    """main: spent -1万 with no word (base: unplaced_cell)."""
    r = read(P + "spent_paren.txt")
    p = only_project(r)
    assert _money(p) == (300 * W, 300 * W, 300 * W, None)
    assert "unplaced_cell" in warning_codes(r)


def test_negative_change_with_no_first_budget_is_no_budget(read):
    """main: budget_year and budget_fiscal -40万, a line of -40万, spent_exceeds_budget."""
    r = read(P + "adjust_neg_no_first.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, 247 * W)
    assert "调整预算：-40万元" in (p["other_notes"] or "")
    assert not [a for _g, _n, a, _k in budget_lines(r) if a is not None and a < 0]
    assert "spent_exceeds_budget" not in warning_codes(r)


def test_change_with_its_unit_noted_once(read):
    """main: the line's note `调整数：-40万元万元` (rv93's fixture; its strict xfail now passes)."""
    r = read("ct_s62_rv93_change_with_unit.txt")
    assert [n.split("；")[1] for n in _line_notes(r)] == ["调整数：-40万元"]
