"""Hunt NG (session 44): documents beside the forms that hold no fiscal performance form and that the general parser
took for one (tests/fixtures/review/ct_s44_ng_*, binaries made by tests/fixtures/make_s44_ng.py): a city's
国民经济和社会发展计划 主要指标表 (指标名称 | 单位 | 2023年完成 | 2024年预期目标), a town's 目标管理责任制考核表
(考核项目 | 考核内容 | 目标值 | 分值 | 考核部门) and a school's 奖励性绩效工资分配方案 (考核项目 | 考核指标 | 分值 |
评分标准). Each names no project, fund or 部门 whose money and 绩效目标 are stated: one document row, status ok,
layout unknown, 0 projects and no indicator, budget line, assessment item or score."""
from __future__ import annotations

import pytest


def _no_form(r) -> None:
    d = r.document
    assert d["status"] == "ok", r.tables["warnings"]
    assert d["layout"] == "unknown"
    assert d["n_projects"] == 0 and r.tables["projects"] == []
    assert r.tables["indicators"] == [] and r.tables["budget_items"] == []
    assert r.tables["assessment_items"] == [] and r.tables["scores"] == []


def test_plan_main_indicator_table_text_is_no_form(read):
    # main: status partial, layout generic:target, 1 project (no name) with 12 indicators (地区生产总值增长 under
    # 经济发展 …, six duplicate_indicator and five unplaced_cell warnings)
    _no_form(read("ct_s44_ng_plan_main_indicators.txt"))


def test_plan_main_indicator_table_xlsx_is_no_form(read):
    # main: layout generic:target with a not_a_form warning (0 projects): the sheet was taken for a target form
    _no_form(read("ct_s44_ng_plan_main_indicators.xlsx"))


@pytest.mark.parametrize("name", ["ct_s44_ng_town_target_duty.txt", "ct_s44_ng_town_target_duty.docx"])
def test_town_target_duty_sheet_is_no_form(read, name):
    # main: layout generic:assessment, 6 (txt, status partial, 18 unplaced_cell) / 5 (docx) assessment items of the
    # town's 经济发展 / 招商引资 … rows, as if a fiscal 评分表
    _no_form(read(name))


def test_school_pay_plan_is_no_form(read):
    # main: status partial, layout generic:assessment, 3 assessment items (工作量 / 教学质量 / 师德师风 …) and an
    # unparsed_row: a staff pay plan's 考核指标 | 分值 | 评分标准 read as a fiscal 评分表
    _no_form(read("ct_s44_ng_school_pay_plan.txt"))
