"""Hunt ts (text dumps whose cells are set apart by runs of spaces: `pdftotext -layout` of forms drawn as PDFs,
tests/fixtures/make_s45_ts.py): tests/fixtures/review/ct_s45_ts_*, each read as the form says."""
from __future__ import annotations

import pytest

from tests.hunt_tools import warning_codes

LIST = [("薄弱学校改造", "县教育局", 3500000.0, "改造校舍12000平方米", "义务教育类"),
        ("营养改善计划", "各中小学", 2105000.0, "惠及学生≥8000人", "义务教育类"),
        ("公办幼儿园建设", "县教育局", 4800000.0, "新建公办幼儿园2所", "学前教育类"),
        ("学前资助", "各幼儿园", 650000.0, "资助幼儿≥600人次", "学前教育类")]


def _list(r):
    return [(p["name"], p["unit"], p["budget_year"], p["goal_annual"], p["category"]) for p in r.tables["projects"]]


def test_project_list_class_heads_on_lines_of_their_own(read):
    # 序号 | 项目名称 | 实施单位 | 预算金额（万元） | 年度绩效目标 | 备注, its rows under class heads `一、义务教育类` /
    # `二、学前教育类` on lines of their own. main: no project at all (layout_unknown): each head line ended the
    # table, the list was cut into three grids of two or three rows
    r = read("ct_s45_ts_project_list.txt")
    assert _list(r) == LIST
    assert "layout_unknown" not in warning_codes(r)
    assert all(p["year"] == 2025 for p in r.tables["projects"])


@pytest.mark.parametrize("name", ["ct_s45_ts_project_list_runin.txt", "ct_s45_ts_project_list_onespace.txt"])
def test_project_list_class_head_on_the_line_of_the_row_under_it(read, name):
    # the class head in the margin a point above the row under it: pdftotext sets it on that row's line
    # (`二、学前教育类   3   公办幼儿园建设 …`, or one space apart). main: the four projects, no category (the head
    # was a cell of the row before its number); after the first fix alone: two projects, the later rows shifted
    r = read(name)
    assert _list(r) == LIST
