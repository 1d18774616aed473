"""Mend md48 (session 64): money leftovers of reviews rv113 and rv110, with fixtures ct_s64_md48_* (text dumps from
tests/fixtures/review/make_s64_md48.py); each reading was written down by hand before jixiao was run.

Decided:
- a hedged amount before its parts (`资金总额：约80万元，其中：财政资金60万元，自筹资金20万元`): the amount as `约80万元`
  alone reads (budget_total 80万), the parts read (the line was lost whole without a word).
- a bound's parts in bare figures under a label stating the unit (`资金总额（万元）：不超过150，其中财政资金100`): in the
  label's unit (kept whole, the part not read).
- a bound's parts in brackets (`不超过150万元（其中财政资金100万元）`): read as after a comma (kept whole).
- a use after the parts (`…，其中财政资金100万元，设备购置50万元`), after a bound or an amount: an unplaced_cell
  warning naming it (dropped without a word).
- the months so far spelled once (normalize.dates SO_FAR_PERIOD) for parsers.core's label keys and forms'
  _TO_DATE_HEAD: `1月-6月执行数` heads the spent column as `1-6月执行数` does (the money spent lost).
- a 监控表's line `（截至2025年6月30日）` under a title of no year gives the form's year (none).
Left here, read since hunt mn27: a numbered caption under a budget (`3.项目组成员分工`), glued to the last line's amount
by the tab reader (`253.项目组成员分工`).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _unplaced(r):
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "unplaced_cell"]


@pytest.mark.parametrize("name", ["hedge_parts_line.txt", "hedge_parts_bars.txt"])
def test_hedged_amount_then_parts(read, name):
    """main: the line lost whole without a word."""
    r = read("ct_s64_md48_" + name)
    p = only_project(r)
    assert _money(p) == (80 * W, None, 60 * W, 20 * W)
    assert other_fields(p) == {}
    assert "unplaced_cell" not in warning_codes(r)


@pytest.mark.parametrize("name, label", [("unit_bound_line.txt", "资金总额（万元）"),
                                         ("unit_bound_tabs.txt", "资金总额（万元）")])
def test_bound_parts_in_the_labels_unit(read, name, label):
    """main: kept whole under the label, the part not read."""
    p = only_project(read("ct_s64_md48_" + name))
    assert _money(p) == (None, None, 100 * W, None)
    assert other_fields(p) == {label: "不超过150"}


def test_bound_parts_in_brackets_on_a_line(read):
    """main: kept whole under the label, the part not read."""
    p = only_project(read("ct_s64_md48_bound_bracket_line.txt"))
    assert _money(p) == (None, None, 100 * W, None)
    assert other_fields(p) == {"资金总额": "不超过150万元"}


def test_use_after_a_bounds_parts_warned(read):
    """main: `设备购置50万元` dropped without a word."""
    r = read("ct_s64_md48_bound_use_bars.txt")
    p = only_project(r)
    assert _money(p) == (None, None, 100 * W, None)
    assert other_fields(p) == {"资金总额": "不超过150万元"}
    assert any("设备购置50万元" in m for m in _unplaced(r))


def test_use_after_an_amounts_parts_warned(read):
    """main: `设备购置50万元` dropped without a word."""
    r = read("ct_s64_md48_amount_use_line.txt")
    p = only_project(r)
    assert _money(p) == (150 * W, None, 100 * W, None)
    assert any("设备购置50万元" in m for m in _unplaced(r))
    assert budget_lines(r) == []


@pytest.mark.parametrize("name", ["month_span_matrix_tabs.txt", "month_span_block_bars.txt"])
def test_months_so_far_with_month_on_both_ends(read, name):
    """main: no spent (`1月-6月执行数` no head of the spent column); in the block, a source line and a false
    source_sum_mismatch."""
    r = read("ct_s64_md48_" + name)
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (960 * W, 960 * W, 310 * W)
    assert p["year"] == 2025
    assert "source_sum_mismatch" not in warning_codes(r)


def test_as_of_line_under_the_title_gives_the_year(read):
    """main: year None."""
    p = only_project(read("ct_s64_md48_as_of_line_lo_tabs.txt"))
    assert p["year"] == 2025
    assert p["name"] == "那曲市色尼区牧区道路养护项目"


def test_numbered_caption_under_a_budget_left(read):
    """`3.项目组成员分工` under `安装施工 | 25`: a caption of its own, no rest of the figure nor a line (mn27)."""
    r = read("ct_s64_md48_numbered_caption_tabs.txt")
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("护栏采购", 60 * W), ("安装施工", 25 * W)]
    assert "budget_sum_mismatch" not in warning_codes(r)
