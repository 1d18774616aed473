"""Hunt NG (session 44): documents filed beside the forms that hold no fiscal performance form and that jixiao took for
one (tests/fixtures/review/ct_s44_ng_*, the DOCX made by tests/fixtures/make_s44_ng.py): a city's 国民经济和社会发展计划
主要指标表 (指标名称 | 单位 | 2023年完成 | 2024年预期目标 | 指标属性), a bureau's appraisal of one of its staff
(某县财政局机关工作人员个人绩效考核表: 一级指标 | 二级指标 | 考核指标 | 分值 | 评分标准 | 自评得分 | 考核得分) and a school's
奖励性绩效工资分配方案 (考核项目 | 考核指标 | 分值 | 评分标准). None names a project, fund or 部门 whose money and
绩效目标 are stated: one document row, status ok, 0 projects, no indicator, budget line, assessment item or score, and
a not_a_form warning saying why (as for the KPI sheets and work plans of earlier hunts)."""
from __future__ import annotations

import pytest

from tests.hunt_tools import warning_codes


def _no_form(r) -> None:
    d = r.document
    assert d["status"] == "ok", r.tables["warnings"]
    assert d["n_projects"] == 0 and r.tables["projects"] == []
    assert r.tables["indicators"] == [] and r.tables["budget_items"] == []
    assert r.tables["assessment_items"] == [] and r.tables["scores"] == []
    assert "not_a_form" in warning_codes(r)


def test_plan_main_indicator_table_is_no_form(read):
    # main: status partial, 1 project named null with 12 indicators (the section rows 经济发展 / 民生福祉 / 绿色生态
    # among them), a header_missing warning: the title's 指标表 was taken for a performance form's
    r = read("ct_s44_ng_plan_main_indicators.txt")
    _no_form(r)
    assert any("社会发展计划" in w["message"] for w in r.tables["warnings"] if w["code"] == "not_a_form")


@pytest.mark.parametrize("name", ["ct_s44_ng_staff_appraisal.txt", "ct_s44_ng_staff_appraisal.docx"])
def test_staff_appraisal_under_a_finance_bureaus_name_is_no_form(read, name):
    # main: status partial, 1 project named null with 7 scores (完成年度工作任务数量 30 / 28 …) and header_missing
    # (txt: 2 unparsed_row too): the employer's 财政局 in the title kept it from being a personnel appraisal, and
    # `…个人绩效考核表` (考核 then 表) was no personnel title at all
    _no_form(read(name))


def test_school_pay_plan_is_no_form(read):
    # main: layout generic:assessment, 4 assessment items (工作量 / 教学质量 / 师德师风 / 出勤, 100 points): a staff pay
    # plan's 考核项目 | 考核指标 | 分值 | 评分标准 read as a fiscal 评分表
    _no_form(read("ct_s44_ng_school_pay_plan.txt"))
