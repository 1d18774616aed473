"""Hunt NG2 (session 45): documents that are no performance form (tests/fixtures/review/ct_s45_ng2_*, the Word and
Excel ones made by tests/fixtures/make_s45_ng2.py; each read by hand before the run) and near-misses that are forms.

A document of no form gives no project, indicator, budget line, score or assessment item, and its row says so one
way: layout `unknown` and a warning saying why (`layout_unknown` when nothing looked like a form, `not_a_form` when
rows read like a form's) — as the real negatives of ../shared/negatives (tests/test_negatives.py) say. A body's
目标管理 assessment (a town's 镇直部门目标管理责任制考核表, a bureau's 股室目标管理考核评分表) is no project's form: written
as a 考核任务分解表 (考核项目 | 考核内容 | 分值 | 考核标准 | 责任单位) its rows are assessment items, as the contract's
assessment_items are (the 浦江镇 sample is a town's); written otherwise, not_a_form — never a project."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def _no_form(r, why: str = "not_a_form") -> None:
    d = r.document
    assert d["status"] == "ok", r.tables["warnings"]
    assert d["n_projects"] == 0 and r.tables["projects"] == []
    assert r.tables["indicators"] == [] and r.tables["budget_items"] == []
    assert r.tables["assessment_items"] == [] and r.tables["scores"] == []
    assert d["layout"] == "unknown"
    assert why in warning_codes(r)


@pytest.mark.parametrize("name", [
    "ct_s44_ng_plan_main_indicators.txt", "ct_s44_ng_staff_appraisal.txt", "ct_s44_ng_staff_appraisal.docx",
    "ct_s44_ng_school_pay_plan.txt", "ct_s45_ng2_project_review_sheet.txt"])
def test_rows_read_like_a_forms_in_a_non_form_give_layout_unknown(read, name):
    # main: layout generic:target (0 projects, not_a_form): a layout's id on a document of no form, while the real
    # negatives (no form evidence) say `unknown`. The last, a 项目入库审核表 (项目名称 | … | 申请金额 over 审核内容 |
    # 审核要点 | 审核结果), is a review of a project: 0 projects, not_a_form, as on main
    _no_form(read(name))


NON_FORMS = {
    # what archives hold beside the forms; each 0 projects by hand. On main all but the last read so already (layout
    # unknown, layout_unknown): they guard the rule; the last, a 项目入库审核表 in Word, was layout generic:target
    "ct_s45_ng2_budget_explanation_sangong.txt": "layout_unknown",    # 预算公开说明, a 三公经费 table, 绩效 in prose
    "ct_s45_ng2_budget_explanation.docx": "layout_unknown",
    "ct_s45_ng2_procurement_plan.txt": "layout_unknown",              # 政府采购计划表: 项目名称 | 采购品目 | 预算金额
    "ct_s45_ng2_procurement_plan.xlsx": "layout_unknown",             # … | 主要技术指标 (`检测速度≥800测试/小时`)
    "ct_s45_ng2_dept_budget_tables.txt": "layout_unknown",            # 一般公共预算支出表 (功能分类科目编码), 项目支出表
    "ct_s45_ng2_dept_budget_workbook.xlsx": "layout_unknown",         # 收支总表, 支出表, 三公经费表, 项目支出表 sheets
    "ct_s45_ng2_meeting_notice_agenda.txt": "layout_unknown",         # 会议通知, 议程 table naming 绩效目标申报表
    "ct_s45_ng2_meeting_notice.docx": "layout_unknown",               # 培训通知: 日程 and 参训回执 (单位名称 | 姓名) tables
    "ct_s45_ng2_eval_report_prose.txt": "layout_unknown",             # 绩效评价报告 in prose, no table
    "ct_s45_ng2_eval_report_labelled.txt": "layout_unknown",          # … its 项目名称： / 综合得分： / 产出指标： lines
    "ct_s45_ng2_asset_allocation.txt": "layout_unknown",              # 新增资产配置预算表 (配置标准 `≤0.6万元/台`)
    "ct_s45_ng2_staff_pay_budget.txt": "layout_unknown",              # 人员工资预算表 (科目编码 | … | 绩效工资)
    "ct_s45_ng2_pay_with_appraisal_grade.txt": "layout_unknown",      # 年度考核及绩效奖励发放表 (考核等次 | 考核得分)
    "ct_s45_ng2_project_library_checklist.txt": "layout_unknown",     # 项目库入库申报材料审核清单 (材料 | 是否提供)
    "ct_s45_ng2_project_review_sheet.docx": "not_a_form",
}


def test_non_forms_filed_beside_the_forms_give_no_form_and_say_so(read):
    for name, why in NON_FORMS.items():
        _no_form(read(name), why)


def test_a_bodys_target_assessment_is_no_project_and_a_breakdown_table_gives_items(read):
    # main: the bureau's office appraisal (txt and docx) was 1 project of form self_eval named null, score 100, with
    # 4 scores whose levels were the row's item, target and result (部门预算编制 / 1月15日前完成 / 按时完成):
    # `考核指标 | 分值 | 年度目标 | 完成情况 | 得分` under `某县财政局2024年度股室目标管理考核评分表` (the employer's 财政局
    # taken for a fiscal title). The town's table written as a 考核任务分解表 gave its 5 items on main already
    for name in ("ct_s45_ng2_office_target_assessment.txt", "ct_s45_ng2_office_target_assessment.docx"):
        r = read(name)
        _no_form(r)
        assert any("目标管理" in w["message"] for w in r.tables["warnings"] if w["code"] == "not_a_form")
    r = read("ct_s45_ng2_town_target_responsibility.txt")
    assert r.document["n_projects"] == 0 and r.document["layout"] == "generic:assessment"
    got = [(a["section_no"], a["item_no"], a["points"], a["responsible"], a["self_score"], a["score"])
           for a in r.tables["assessment_items"]]
    assert got == [("一", 1, 20.0, ["农业综合服务中心"], 20.0, 19.0),
                   ("一", 2, 20.0, ["农业综合服务中心", "财政所"], 20.0, 20.0),
                   ("一", 3, 20.0, ["农业综合服务中心", "各村"], 18.0, 17.0),
                   ("二", 4, 20.0, ["各部门"], 20.0, 20.0), ("二", 5, 20.0, ["各部门"], 20.0, 20.0)]


def test_near_misses_that_are_forms_stay_read(read):
    # main: the 绩效目标表 whose title is missing and whose indicators stand under a bare `指标 | 指标值` head (txt and
    # docx) gave 0 projects, layout unknown, layout_unknown (`绩效指标 | 指标值` and `指标名称 | 指标值` named the
    # indicator column, `指标` did not; under a title it gave 1 project of 0 indicators). The others (a form with no
    # title under 一级指标 … 指标值, a 自评表 of three indicators) were read on main already
    for name in ("ct_s45_ng2_target_form_bare_indicator_head.txt", "ct_s45_ng2_target_form_bare_indicator_head.docx"):
        r = read(name)
        p = only_project(r)
        assert (p["form"], p["name"], p["unit"], p["budget_total"]) == ("target", "困难群众临时救助", "某县民政局", 800000.0)
        assert p["goal_annual"].startswith("对遭遇突发性")
        assert indicator_targets(r) == [(None, None, "救助人次", ">=", 1200.0, "人次"),
                                        (None, None, "救助资金及时发放率", "=", 100.0, "%"),
                                        (None, None, "救助对象满意度", ">=", 90.0, "%")]
        assert r.document["status"] == "ok" and "not_a_form" not in warning_codes(r)
    for name in ("ct_s45_ng2_target_form_no_title.txt", "ct_s45_ng2_target_form_no_title.docx"):
        p = only_project(r := read(name))
        assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
            "农村公路养护工程", "某县交通运输局", "某县公路养护中心", 3500000.0)
        assert len(r.tables["indicators"]) == (7 if name.endswith(".txt") else 5)
        assert r.document["layout"] == "generic:target"
    r = read("ct_s45_ng2_self_eval_three_indicators.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["score"], p["spent"], p["execution_rate"]) == (
        "self_eval", "困难群众临时救助", 99.5, 760000.0, 0.95)
    assert [i["level3"] for i in r.tables["indicators"]] == ["救助人次", "困难群众基本生活保障", "救助对象满意度"]
