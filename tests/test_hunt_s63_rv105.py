"""Review rv105 (session 63, of hunt mn25): money, with fixtures ct_s63_rv105_* (text dumps from
tests/fixtures/review/make_s63_rv105.py); each reading was written down by hand before jixiao was run.

Decided:
- a range of money with a hedge before or after it (`约50-80万元`, `50-80万元左右`, `约80～100`) is a bound as the
  range without one is (amount_bound, as amount_range reads the hedge): kept as written under its label on a line,
  in a pair's cell and beside the block label 项目资金 (mn25's rule reached the bare range only: these were lost
  without a word).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_hedged_range_on_a_line_kept(read):
    """main: lost without a word."""
    p = only_project(read("ct_s63_rv105_hedged_range_line.txt"))
    assert _money(p) == (None, None, None, None)
    assert other_fields(p) == {"资金总额": "约50-80万元"}


def test_range_hedged_after_in_a_pair_kept(read):
    """main: lost without a word (the pair's cell of a bare range was kept)."""
    p = only_project(read("ct_s63_rv105_hedged_range_pair.txt"))
    assert _money(p) == (None, None, None, None)
    assert other_fields(p).get("资金总额") == "50-80万元左右"


def test_hedged_range_beside_the_block_label_in_bars_kept(read):
    """main: lost without a word."""
    p = only_project(read("ct_s63_rv105_hedged_range_block_bars.txt"))
    assert _money(p) == (None, None, None, None)
    assert other_fields(p) == {"项目资金（万元）": "约80～100"}


def test_bound_then_its_part_on_a_line_left(read):
    p = only_project(read("ct_s63_rv105_bound_then_part_line.txt"))
    assert _money(p) == (None, None, 100 * W, None)
    assert other_fields(p) == {"资金总额": "不超过150万元"}
