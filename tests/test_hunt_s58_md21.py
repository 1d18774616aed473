"""Mend md21 (session 58) of the read-only review rd2 of hunt ht3: which stale HTML rowspan a full row ends, and a
DOCX paragraph whose mark is deleted running on past the text box it anchors — tests/fixtures/review/ct_s58_md21_*
(made by tests/fixtures/review/make_s58_md21.py), each expectation written down by hand before the run."""
from __future__ import annotations

from extract.office import extract_docx, extract_html
from tests.conftest import REVIEW
from tests.hunt_tools import only_project


def _cells(name: str):
    path = REVIEW / name
    read = extract_html if path.suffix == ".html" else extract_docx
    (grid,) = [g for g in read(path.read_bytes(), "x", str(path)).grids if g.cells]
    return {(c.row, c.col): (c.rowspan, c.colspan, c.text.strip()) for c in grid.cells}


def test_stale_level_one_span_ends_not_the_right_remark_span():
    """产出指标 rowspan="4" over three rows (the fourth carries its own 效益指标) ends on row 6; 备注 on the right
    keeps its four rows, and the 效益 row's `0` stays in the 指标值 column."""
    cells = _cells("ct_s58_md21_stale_right.html")
    assert cells[(4, 0)] == (3, 1, "产出指标")
    assert cells[(4, 4)] == (4, 1, "按学期核定")
    assert [cells.get((7, c)) for c in range(5)] == [
        (1, 1, "效益指标"), (1, 1, "社会效益指标"), (1, 1, "家庭经济困难学生辍学率"), (1, 1, "0"), None]
    assert cells[(8, 3)] == (1, 1, "≥95%")


def test_deleted_mark_joins_the_next_paragraph_past_its_text_box():
    """The goal cell: its first line (mark deleted) goes on with `里程350公里。`, not with the box's `审核意见：同意`."""
    cells = _cells("ct_s58_md21_box_glue.docx")
    assert cells[(2, 1)][2] == "目标1：完成农村公路日常养护里程350公里。\n审核意见：同意\n目标2：完成危桥改造3座。"


def test_deleted_mark_goal_reads_whole(read):
    goal = only_project(read("ct_s58_md21_box_glue.docx"))["goal_annual"]
    assert "目标1：完成农村公路日常养护里程350公里。" in goal
    assert "养护审核意见" not in goal
