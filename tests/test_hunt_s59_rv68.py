"""Review rv68 (session 59) of hunt ti15: a summary's head line, remarks under and inside a form's indicator table,
periods of two styles and a title's year on its second line. Fixtures ct_s59_rv68_* (text dumps from
tests/fixtures/review/make_s59_rv68.py) and ti15's ct_s59_ti15_summary_cutoff(_cells); each reading was written down
by hand before jixiao was run.

Decided:
- a pair of no column on the head line or row over a summary of several projects (`截止时间：2024年12月31日`) is
  every project's, in each one's other_fields, as a remark under the summary is in each one's other_notes (ti15 kept
  it on the first project only: a warehouse user asking a later project for its cut-off got none; the documents
  table has no column for it, and the contract's columns do not change);
- `备注：…` on a dump's line between two rows of the indicator table, the table's rows going on under it: the form's
  remark, the table going on (ti15's rule ended the table there: its later rows were lost, one as other_fields);
- the labels of a remark are those tables.REMARK_LABEL says (`备注`, `附注`, `备注说明`; ti15 spelled two of them
  again in forms._REMARK_KEYS): `备注说明：…` under the table is the form's remark (it was lost).
Kept (guard): `备注：…` over the table's head printed again: the table's rows after the head read as before.
Left (strict xfail): a period cut over two lines (`2024年7月-` over `| 2025.6.30`) is read from the first line only.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields

ROAD = ["农村公路养护里程", "路况优良率", "群众出行条件改善", "沿线群众满意度"]
NAMES = ["学生营养改善计划", "基本公共卫生服务", "耕地地力保护补贴"]


@pytest.mark.parametrize("fixture", ["ct_s59_rv68_summary_cutoff_only.txt", "ct_s59_rv68_summary_cutoff_row.txt",
                                     "ct_s59_ti15_summary_cutoff.txt", "ct_s59_ti15_summary_cutoff_cells.txt"])
def test_a_summarys_cut_off_in_each_project(read, fixture):
    """Main: 截止时间 in the first project's other_fields only."""
    projects = read(fixture).tables["projects"]
    assert [p["name"] for p in projects] == NAMES
    # (the compiler's 填报单位 kept beside it in each, hunt pr2 of session 60; it was dropped)
    compiler = {} if "cutoff_only" in fixture else {"填报单位": "县财政局绩效管理股"}
    assert [other_fields(p) for p in projects] == [{"截止时间": "2024年12月31日", **compiler}] * 3
    assert [p["unit"] for p in projects] == [None, None, None]          # (the compiler's: no project's unit)


def test_a_remark_between_two_rows(read):
    """Main: the table ended at the remark; 群众出行条件改善 lost, 沿线群众满意度 in other_fields."""
    res = read("ct_s59_rv68_remark_between.txt")
    p = only_project(res)
    assert [t[2] for t in indicator_targets(res)] == ROAD
    assert p["other_notes"] == "养护里程含村道。"
    assert other_fields(p) == {}


def test_a_remark_of_the_label_remark_note(read):
    """Main: the remark lost."""
    res = read("ct_s59_rv68_remark_label.txt")
    assert only_project(res)["other_notes"] == "路况优良率按省交通运输厅评定标准计算。"
    assert [t[2] for t in indicator_targets(res)] == ROAD


def test_a_remark_over_the_head_again(read):
    """Guard (right on main): the table goes on under its head printed again."""
    res = read("ct_s59_rv68_remark_head_again.txt")
    assert [t[2] for t in indicator_targets(res)] == ROAD
    assert only_project(res)["other_notes"] == "见下页。"


def test_a_period_cut_over_two_lines(read):
    """A period cut over two lines, its end in the next line's cell (`2024年7月-` over `2025.6.30`): joined by the text
    reader (hunt ti16; a strict xfail here before)."""
    p = only_project(read("ct_s59_rv68_period_cut.txt"))
    assert (p["start_date"], p["end_date"]) == (dt.date(2024, 7, 1), dt.date(2025, 6, 30))
