"""Hunt ng3 (session 57, negatives): documents a fiscal archive files beside the performance forms, sharing their
words, that hold none (tests/fixtures/review/ct_s57_ng3_*, made by tests/fixtures/review/make_s57_ng3.py; each read
by hand before the run), and near-miss forms that must still read.

Decided:
- a procurement's 评分标准 under a performance framework's heads (`一级指标 | 二级指标 | 分值 | 评分标准`) is no
  考核 breakdown when the document is a tender's (`…磋商文件`, `…招标文件`, `评标办法`) or a cell scores the bid price
  (`评标基准价`, `投标报价`, `磋商报价`) — even under a title naming 绩效 (a 绩效评价服务's 磋商文件) or no 招标 word
  (`某县政府采购项目评分标准`), unless a performance form's title (…绩效目标表, …绩效自评表) is among the titles: layout
  unknown, no assessment items (main: generic:assessment, 5-6 items of the bidders' criteria);
- a notice of an assessment's results (`关于…考核情况的通报`, `…结果公示`) over `序号 | 单位 | 考核内容 | 分值 | 得分`,
  one body a row, is no breakdown of tasks: not_a_form (main: generic:assessment, partial, 1 item, `二` / `三`
  unparsed);
- a person's 绩效考核表 (`姓名 | 岗位`, 考核指标 | 分值 | 得分), under a 财政局's title too, is an employee's appraisal,
  no fiscal project's form and no 考核任务分解表: no form, no items (main already).
Kept: a 资金分配表 whose 备注 writes each project's `绩效目标：…` declares them (packed_list, one project a row); a
考核细则 of the bodies' procurement work (`2024年度政府采购项目管理工作考核细则`, 招标 in its rows) is read as items;
the 预算公开 收支总表, the 评价报告 in prose, the 纪要's `项目名称：` lines and table, the 工作总结's `完成率达95%`, the
考核结果 of `名次 | 单位 | 得分` give no form (main already); a 绩效目标表 in a report's appendix or closing a 预算公开,
a 自评表 whose title is cut off or that follows a 工作总结's prose are read as the forms they are.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s57_ng3_"


def _nothing(r) -> None:
    t = r.tables
    assert r.document["status"] == "ok", t["warnings"]
    assert r.document["n_projects"] == 0 and t["projects"] == []
    assert t["indicators"] == [] and t["budget_items"] == [] and t["scores"] == []
    assert t["assessment_items"] == [] and r.document["layout"] == "unknown"
    assert warning_codes(r) and set(warning_codes(r)) <= {"layout_unknown", "not_a_form", "project_list"}


@pytest.mark.parametrize("name", ["neg_tender_levels", "neg_tender_perf_service"])
def test_a_tenders_scoring_under_a_frameworks_heads_is_no_assessment(read, name):
    # main: generic:assessment, the bidders' criteria (投标报价 / 企业业绩 / 技术方案 …) read as 考核 items
    r = read(P + name + ".txt")
    _nothing(r)
    assert warning_codes(r) == ["layout_unknown"]


def test_a_notice_of_assessment_results_by_body_is_no_breakdown(read):
    # main: generic:assessment, partial: `一 | 县教育局 | 预算绩效管理 | 100 | 95.5` one item, `二` / `三` unparsed
    r = read(P + "neg_assessment_notice_units.txt")
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"]
    assert "notice of an assessment's results" in r.tables["warnings"][0]["message"]


@pytest.mark.parametrize("name", ["neg_staff_appraisal", "neg_staff_appraisal_levels"])
def test_a_persons_appraisal_is_no_form(read, name):
    # decided: an employee's 绩效考核表 (姓名 | 岗位, 考核指标 | 分值 | 得分) is no fiscal project's form, no task breakdown
    r = read(P + name + ".txt")
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"] and "personnel appraisal" in r.tables["warnings"][0]["message"]


NON_FORMS = [
    "neg_budget_public_totals",       # 部门收支总表: 项目 | 预算数 | 项目 | 预算数, 绩效目标覆盖率100% in prose
    "neg_tender_scoring_parts",       # 序号 | 评分因素 | 分值 | 评分标准 under 价格 / 商务 / 技术部分
    "neg_eval_report_prose",          # 绩效评价报告: 年度绩效目标, 数量指标, 完成率100% in sentences
    "neg_fund_allocation",            # 资金分配表: 序号 | 单位 | 项目 | 金额 | 备注 (no goal)
    "neg_minutes_items",              # 会议纪要: `项目名称：…；安排资金：…；绩效目标：…` lines
    "neg_minutes_table",              # 纪要's table 序号 | 项目名称 | 实施单位 | 安排资金 | 绩效目标: project_list
    "neg_assessment_result_notice",   # 考核结果的通报: 名次 | 单位 | 得分 | 等次
    "neg_work_summary",               # 工作总结: 完成率达95%, 普及率达到98%
]


@pytest.mark.parametrize("name", NON_FORMS)
def test_documents_beside_the_forms_give_nothing(read, name):
    _nothing(read(P + name + ".txt"))


def test_a_minutes_table_of_projects_says_project_list(read):
    r = read(P + "neg_minutes_table.txt")
    assert warning_codes(r) == ["project_list"]


def test_an_allocation_whose_remarks_write_goals_is_read_as_targets(read):
    # kept (packed_list's 备注 of goal-labelled cells): the 分配表 declares each project's 绩效目标
    r = read(P + "kept_allocation_remark_goals.txt")
    ps = r.tables["projects"]
    assert r.document["layout"] == "packed_list"
    assert [(p["name"], p["budget_year"], p["goal_annual"]) for p in ps] == [
        ("产业路建设项目", 1200000.0, "新建产业路3公里"), ("农产品冷库建设项目", 850000.0, None),
        ("饮水安全巩固提升项目", 600000.0, "受益人口≥1200人")]


def test_a_procurement_works_assessment_is_still_read(read):
    # guard of the tender rule: 招标 / 采购项目 in a 考核细则's title and rows, no tender's document or bid price
    r = read(P + "pos_procurement_work_assessment.txt")
    items = r.tables["assessment_items"]
    assert r.document["status"] == "ok" and r.tables["warnings"] == []
    assert [(a["content"], a["points"]) for a in items] == [
        ("按规定编制政府采购预算", 20.0), ("依法组织公开招标，规范签订采购合同", 30.0),
        ("采购项目验收合格率100%", 25.0), ("按时公开采购意向和中标结果", 25.0)]


TARGETS = [("产出指标", "数量指标", "新建供水管网长度", ">=", 45.0, "公里"),
           ("产出指标", "数量指标", "改造老旧管网长度", ">=", 12.0, "公里"),
           ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%")]


@pytest.mark.parametrize("name,codes", [("pos_report_appendix_target", []),
                                        ("pos_budget_public_with_target", ["not_a_form"])])
def test_a_target_form_inside_a_report_or_a_disclosure_is_read(read, name, codes):
    # the report's prose (完成率达100%, 评估得分88分) and the 预算公开's 收支总表 (said once, not_a_form) are no form's
    r = read(P + name + ".txt")
    p = only_project(r)
    assert r.document["layout"] == "generic:target" and warning_codes(r) == codes
    assert (p["name"], p["form"], p["year"], p["budget_year"], p["department"], p["unit"]) == (
        "城乡供水一体化建设项目", "target", 2025, 8600000.0, "某县水利局", "某县水务服务中心")
    assert p["goal_annual"].startswith("新建供水管网45公里")
    assert len(r.tables["indicators"]) == 6 and indicator_targets(r)[:3] == TARGETS


@pytest.mark.parametrize("name", ["pos_self_eval_no_title", "pos_summary_then_self_eval"])
def test_a_self_eval_with_its_title_cut_or_after_a_summary_is_read(read, name):
    r = read(P + name + ".txt")
    p = only_project(r)
    assert r.document["layout"] == "generic:self_eval" and warning_codes(r) == ["vague_target"]
    assert (p["name"], p["form"], p["year"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        "农村饮水安全巩固提升工程", "self_eval", 2024, 3000000.0, 2850000.0, 0.95)
    assert p["goal_actual"] == "完成改造供水工程15处，保障2.1万人饮水安全。"
    assert len(r.tables["indicators"]) == 6
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "改造供水工程数量", "=", 15.0, "处")
