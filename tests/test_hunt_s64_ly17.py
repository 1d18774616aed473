"""Hunt ly17 (session 64): an indicator table's head cut with one cell on its second line (`一级指标 | 二级指标 |
三级指标 | 年度` over a line `指标值`; `指标值` over `（目标值）` or `单位`), in tab, `|` and pdftotext -layout dumps, a text of
one cell a line, and a 指标值 cell holding a line break inside an export's quotes (fixtures ct_s64_ly17_* from
tests/fixtures/review/make_s64_ly17.py); each reading was written down by hand before jixiao was run.
Decided: a head's one piece under its cut cell joins it when the head then names more columns (`年度` + `指标值`,
forms._wrapped_header took two pieces at least: the targets lost), and a piece in brackets or a unit word under a
head of the same role is its rest (`指标值` over `（目标值）`, over `单位` read `指标值（单位）`: the line was an
indicator of no name); in -layout, a head word alone right under the head's line stays in its column (it was a
line of no table, read as an indicator `指标值`). One cell a line: a short word target right after a name is its
target, a figure after it a stray (`群众出行条件` / `明显改善` / `95%`); a dashed line of one level is split into its
cells (`时效指标-养护任务完成时间：2025年12月底前`, its level 1 implied).
Guard (read right on main too): the quoted cell of two lines in a CSV and in an Excel tab export.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, warning_codes

ROWS = [("产出指标", "数量指标", "养护乡村道路里程", "≥42公里"),
        ("产出指标", "质量指标", "路面完好率", "≥90%"),
        ("产出指标", "时效指标", "养护任务完成时间", "2025年12月底前"),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥92%")]


def _rows(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


@pytest.mark.parametrize("cut", ["year", "target", "unit"])
@pytest.mark.parametrize("dump", ["", "_pipe", "_layout"])
def test_head_cut_with_one_cell_on_its_second_line(read, cut, dump):
    """`年度` over `指标值`, `指标值` over `（目标值）` / `单位`: one head, the five indicators each with its target, no
    row of the head's piece (main: no target at all for `年度`, else an indicator of no name `（目标值）` / `单位`)."""
    r = read(f"ct_s64_ly17_head_{cut}{dump}.txt")
    assert only_project(r)["name"] == "乡村道路养护项目"
    assert _rows(r) == ROWS
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s64_ly17_cell_break.csv", "ct_s64_ly17_cell_break_tab.txt"])
def test_guard_quoted_cell_of_two_lines(read, name):
    """(guard) `"≥90%⏎（年底前）"` in an export's quotes: one cell, its row whole, the rows after it their own."""
    r = read(name)
    got = _rows(r)
    assert [g[:3] for g in got] == [x[:3] for x in ROWS]
    assert got[1][3].replace("\n", "") == "≥90%（年底前）"
    ind = r.tables["indicators"][1]
    assert (ind["op"], ind["value"], ind["unit"]) == (">=", 90.0, "%")
    assert [g[3] for g in got[2:]] == [x[3] for x in ROWS[2:]]


def test_single_cells_word_target_over_a_stray_figure(read):
    """One cell a line, `群众出行条件` / `明显改善` / `95%`: the word the name's target, the figure a row of no name,
    said (main: `明显改善` the next row's name of target 95%, 群众出行条件 of no target)."""
    r = read("ct_s64_ly17_single_word_target.txt")
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("养护乡村道路里程", "≥42公里"), ("路面完好率", "≥90%"), ("养护任务完成时间", "2025年12月底前"),
        ("群众出行条件", "明显改善"), (None, "95%"), ("沿线群众满意度", "≥92%")]
    assert "unparsed_row" in warning_codes(r)


def test_single_cells_dashed_lines_of_one_level(read):
    """One cell a line, then `时效指标-养护任务完成时间：2025年12月底前` and two more dashed lines of one level: each
    an indicator under the level 1 its level 2 implies (main: the three lost)."""
    assert _rows(read("ct_s64_ly17_single_dashed.txt")) == ROWS
