"""Mend md53 (session 65) of read-only review rd65's group 2 (hunt nw12's money sibling in a text of a cell a line)
and of review rv123's strict xfail (`小计` over the year plan's amount). Fixtures ct_s65_md53_* from
tests/fixtures/review/make_s65_md53.py; each answer was written by hand, field by field, before jixiao was run.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project

W = 10_000
P = "ct_s65_md53_"


def _parts(r):
    return [(b[1], b[2]) for b in budget_lines(r)]


def test_money_line_past_leader_row_no_part(read):
    """`其中：中央预算内投资` / `240.00`, then `项目负责人` / `李建国`, then `乡镇配套资金` / `60.00`: the sibling of a part only on
    the row right after the part's; past the leader's row the two lines stay text (no source line of no group)."""
    r = read(P + "leader_between_mutool.txt")
    p = only_project(r)
    assert p["budget_year"] == 300 * W
    assert p["leader"] == "李建国"
    assert _parts(r) == [("中央预算内投资", 240 * W)]


def test_sibling_kept_then_field_rows_end_the_parts(read):
    """`其中：中央财政补助资金` / `360.00` / `省级补助资金` / `90.00`: both parts (the sibling right after the part); `建设地点`
    and `联系电话` rows end them, so `县级配套资金` / `30.00` after them is no third part (it made the sources 480 of
    the total 450, and budget_fiscal, their sum, was lost)."""
    r = read(P + "place_between_plain.txt")
    p = only_project(r)
    assert _parts(r) == [("中央财政补助资金", 360 * W), ("省级补助资金", 90 * W)]
    assert p["budget_fiscal"] == 450 * W


def test_year_plan_subtotal_spaced_one_cell_a_line(read):
    """`年度投资计划（万元）` / `小 计` / `4,200.00` (a cell a line, the word spaced): the year's money; its three parts
    after `其中：…` lines of their own."""
    r = read(P + "year_plan_subtotal_spaced_mutool.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (9_600 * W, 4_200 * W)
    assert _parts(r) == [("中央预算内投资", 2_500 * W), ("省级补助资金", 1_000 * W), ("市级配套资金", 700 * W)]


def test_year_plan_subtotal_in_a_table(read):
    """`| 年度投资计划（万元） | 小计 | 5,100.00 |`: the subtotal's word beside the money label on its row is the label's
    amount, the year's (it was a line named 小计, budget_year the sum of it and its parts, 10,200)."""
    r = read(P + "year_plan_subtotal_pipe.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (11_200 * W, 5_100 * W)
    assert _parts(r) == [("中央预算内投资", 3_600 * W), ("地方财政资金", 1_500 * W)]
