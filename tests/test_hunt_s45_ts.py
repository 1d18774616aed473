"""Hunt ts (text dumps whose cells are set apart by runs of spaces: `pdftotext -layout` of forms drawn as PDFs,
tests/fixtures/make_s45_ts.py): tests/fixtures/review/ct_s45_ts_*, each read as the form says."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

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


GOAL = ("对城区主次干道老旧路灯进行节能改造，更换LED灯具1200盏，新建智能控制终端30套，实现主干道亮灯率不低于98%，"
        "年节约电费约40万元，提升市民夜间出行安全感。")


def test_target_form_goal_centred_by_height_under_a_money_row(read):
    # 年度绩效目标 printed at the middle line of its three-line goal, the goal's first line right under the money
    # block's last row `其他资金  60`. main: goal_annual = the last two lines only (`建智能控制终端30套，…`): the first
    # line was taken for a row under the label 其他资金 (an `unparsed_row` warning)
    r = read("ct_s45_ts_target_wrapped_drift.txt")
    p = only_project(r)
    assert p["goal_annual"] == GOAL
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("城区道路照明提升改造", "某市城市管理局", "某市路灯管理所",
                                                              2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (8600000.0, 8000000.0, 600000.0)
    assert "unparsed_row" not in warning_codes(r)
    # the indicator table, its cells a character off between rows: read as main read it
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "更换LED灯具数量", ">=", 1200.0, "盏"),
        ("产出指标", "数量指标", "新建智能控制终端", "=", 30.0, "套"),
        ("产出指标", "质量指标", "主干道亮灯率", ">=", 98.0, "%"),
        ("产出指标", "时效指标", "改造完成时间", None, None, None),
        ("产出指标", "成本指标", "单盏灯具改造成本", "<=", 5000.0, "元"),
        ("效益指标", "经济效益指标", "年节约电费", ">=", 400000.0, "元"),
        ("效益指标", "社会效益指标", "夜间交通事故发生率", None, None, None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", ">=", 90.0, "%")]


def test_list_rows_with_empty_cells_keep_their_columns(read):
    # 序号 | 项目名称 | 实施单位 | 资金规模（万元） | 绩效目标 | 完成时限, row 2 without 实施单位, row 3 without an amount,
    # row 4 without 完成时限. main: row 2's cells shifted left (unit `45.5`, goal `2025年12月`, no amount), row 3's too
    # (goal `2025年8月`): `序号` is no label, so the head set no columns and each row's cells went as they came
    r = read("ct_s45_ts_list_empty_cells.txt")
    assert [(p["name"], p["unit"], p["budget_total"], p["goal_annual"], p["period_raw"])
            for p in r.tables["projects"]] == [
        ("校园安全设施改造", "县教育局", 1200000.0, "安装监控设备300套", "2025年9月"),
        ("教师培训", None, 455000.0, "培训教师≥1200人次", "2025年12月"),
        ("校车购置", "县教育局", None, "购置校车6辆", "2025年8月"),
        ("课后服务补助", "各中小学", 800000.0, "覆盖学生≥5000人", None)]


def test_score_table_level_two_that_is_a_form_label(read):
    # 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分, the level 1 printed on its block's first row only; the level
    # 2 `绩效目标` (also a form's label) on a row whose level 1 is merged. main: 2 score rows of 7 (and 4
    # unparsed_row warnings): the row `绩效目标  绩效目标合理性  5 …` was taken for a new head, the rows under it placed
    # in its columns (goal_annual `绩效目标合理性`, other_fields 实际完成率 / 满意度)
    r = read("ct_s45_ts_score_table_label_level.txt")
    assert [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("决策", "项目立项", "立项依据充分性", 5.0, 5.0), ("决策", "项目立项", "立项程序规范性", 5.0, 4.0),
        ("决策", "绩效目标", "绩效目标合理性", 5.0, 5.0), ("过程", "资金管理", "资金到位率", 5.0, 5.0),
        ("过程", "资金管理", "预算执行率", 10.0, 9.5), ("产出", "产出数量", "实际完成率", 40.0, 38.0),
        ("效益", "项目效益", "满意度", 30.0, 28.0)]
    p = only_project(r)
    assert p["score"] == 94.5 and p["goal_annual"] is None
    assert "unparsed_row" not in warning_codes(r)
