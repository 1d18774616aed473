"""Hunt ng6 (session 63, negatives): documents an archive of 绩效 files holds beside the forms, as a converter gives
them, that must give no form (tests/fixtures/review/ct_s63_ng6_*, made by tests/fixtures/review/make_s63_ng6.py;
each read by hand before the run), and near misses that must still read.

Decided:
- a form presented as a worked case in a training handout (`预算绩效目标编制实务培训课件` among the document's first
  lines, a line `案例一：项目支出绩效目标表` over the form) is the teacher's example, no project, however real its name
  (main: generic:target, a project `某县农村公路养护项目` with 4 indicators); a form of a training project
  (`…职业技能提升培训项目`, no handout's word, no case line) is read as before;
- a list of projects with their targets under an audit's or an inspection's report (`某县审计局关于…的审计报告`, `…审计
  结果公告`, `…检查情况的通报`) is what the auditors found, as under a meeting's minutes: a project_list, no project
  (main: packed_list, three projects);
- a procurement's own papers (`…采购需求`, `…采购公告`, `…采购意向`, `…采购合同`) give no form when no 绩效 word is
  among their titles: their 技术指标 table `指标名称 | 指标值` is the goods' parameters, their 采购预算 no project's
  money (main: generic:target, a project of 320万元 with 4 indicators).
Kept (main already): a 部门预算公开说明's 项目支出 table, a 预算绩效管理办法's articles, a 评价报告's level-1 score table
(ng3), a 政府采购 / 工程招标 notice, a 中标结果公告 and an 工程验收 record of label | value rows, a 统计公报's 完成率, a
部门决算 table, a 批复 notice's 项目支出预算表, an 审计报告's idle-money list, a 监控 notice, a 会议通知 quoting a form's
title, a 可研 summary, a 拨付申请表, a 项目库 of 100 projects (XLSX) or in pdftotext -layout, a 采购意向 web page: no
project; an empty 申报表 of `（填写说明）` cells and a 管理办法's 附件 of heads only (DOCX) are blank forms; an
evaluation framework template's rows are assessment items (hunt ap, s40), no project.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s63_ng6_"
QUIET = {"layout_unknown", "not_a_form", "project_list"}


def _nothing(r, allowed=QUIET) -> None:
    t = r.tables
    assert r.document["status"] == "ok", t["warnings"]
    assert r.document["n_projects"] == 0 and t["projects"] == []
    assert t["indicators"] == [] and t["budget_items"] == [] and t["scores"] == []
    assert t["assessment_items"] == [] and r.document["layout"] == "unknown"
    assert warning_codes(r) and set(warning_codes(r)) <= allowed


def test_a_worked_case_in_a_training_handout_is_no_project(read):
    # main: generic:target, 某县农村公路养护项目 with 日常养护里程 ≥500公里 … as a project of the archive
    r = read(P + "neg_training_case.txt")
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"]
    assert "worked case in a training handout ('预算绩效目标编制实务培训课件')" in r.tables["warnings"][0]["message"]


def test_a_training_projects_form_still_reads(read):
    # near miss: 培训 in the project's name and the lines above, no handout's word, no case line
    r = read(P + "keep_training_project.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        "2025年职业技能提升培训项目", "某县人力资源和社会保障局", "某县职业技能培训中心")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "培训人次", ">=", 1200.0, "人次"),
        ("产出指标", "质量指标", "培训合格率", ">=", 90.0, "%"),
        ("效益指标", "社会效益指标", "参训人员就业率", ">=", 70.0, "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", ">=", 90.0, "%")]
    assert "not_a_form" not in warning_codes(r)


def test_an_audits_list_of_projects_and_targets_is_no_declaration(read):
    # main: packed_list, 农村公路养护 / 中小学校舍维修 / 农村饮水提升 as three projects of the auditors' findings
    r = read(P + "neg_audit_goals.txt")
    _nothing(r)
    assert warning_codes(r) == ["project_list"]
    assert "list of 3 projects" in r.tables["warnings"][0]["message"]


def test_a_procurements_technical_table_is_no_form(read):
    # main: generic:target, 某县人民医院信息化建设项目 of 320万元 with 服务器CPU核数 ≥32核 … as its indicators
    r = read(P + "neg_procurement_need.txt")
    _nothing(r)
    assert warning_codes(r) == ["layout_unknown"]


NON_FORMS = [
    "neg_budget_public_projects",    # 部门预算公开说明: 序号 | 项目名称 | 功能科目 | 预算数 | 主要用途 (project_list)
    "neg_measures_articles",         # 管理办法: 第十条 指标值…“培训人次≥500人次”, 第十一条 项目名称：按…填写
    "neg_eval_report_levels",        # 评价报告: 一级指标 | 分值 | 得分 | 得分率 (ng3: not_a_form)
    "neg_procurement_notice",        # 公开招标公告: 预算金额, 技术指标 column
    "neg_works_tender",              # 施工招标公告: 建设地点 | …, 质量要求 | 合格, 招标控制价
    "neg_stats_bulletin",            # 统计公报: 指标 | 单位 | 年度目标 | 完成数 | 完成率（%）
    "neg_final_accounts",            # 部门决算 项目支出决算表: 年初预算数 | 调整预算数 | 决算数 | 完成预算%
    "neg_training_ppt",              # 培训 handout: 项目名称：某某培训项目 over an example table
    "neg_meeting_notice",            # 会议通知 quoting 项目支出绩效目标表, a 回执 table
    "neg_budget_approval",           # 批复 notice: 项目支出预算表 of 序号 | 项目名称 | 项目类别 | 合计 …
    "neg_audit_report",              # 审计报告: 序号 | 项目名称 | 预算单位 | 闲置金额 | 闲置时间
    "neg_monitor_notice",            # 监控 notice naming 项目支出绩效运行监控表
    "neg_library_layout",            # 项目库 入库项目清单 in pdftotext -layout
    "neg_award_notice",              # 中标结果公告: 项目名称 | …, 预算金额 | 860.00万元, 中标金额
    "neg_payment_request",           # 拨付申请表: 项目名称, 批复金额, 本次申请金额
    "neg_acceptance_record",         # 竣工验收鉴定书: 项目名称, 合同金额, 验收结论
    "neg_feasibility_summary",       # 可研 summary: 项目名称, 总投资, 建设规模
]


@pytest.mark.parametrize("name", NON_FORMS)
def test_documents_beside_the_forms_give_nothing(read, name):
    # (the 管理办法's lines, `第一章 总则`, are told flattened text: noise left, see the CHANGELOG)
    _nothing(read(P + name + ".txt"), QUIET | {"text_flattened"})


@pytest.mark.parametrize("name", ["neg_project_library.xlsx", "neg_procurement_intention.html"])
def test_lists_of_projects_with_money_only_give_nothing(read, name):
    # a 项目库 workbook of 100 projects (申请金额, no goal), a 采购意向 page's list: a project_list, no project
    r = read(P + name)
    _nothing(r)
    assert warning_codes(r) == ["project_list"]


@pytest.mark.parametrize("name", ["blank_fill_notes.txt", "neg_fund_measures.docx"])
def test_empty_templates_are_blank_forms(read, name):
    # every value cell `（填写说明）` or empty: a blank template keeps its form's layout, no project
    r = read(P + name)
    t = r.tables
    assert t["projects"] == [] and t["indicators"] == [] and t["budget_items"] == []
    assert warning_codes(r) == ["blank_form"]


def test_an_evaluation_framework_template_is_items_not_a_project(read):
    # 一级指标 | 二级指标 | 三级指标 | 分值 | 指标解释 | 评分标准 under `…指标体系（参考模板）`: a framework (hunt ap)
    r = read(P + "neg_indicator_template.txt")
    t = r.tables
    assert t["projects"] == [] and t["indicators"] == [] and t["scores"] == []
    assert [a["section"] for a in t["assessment_items"]] == ["决策", "决策", "决策", "过程", "过程", "产出", "效益"]
    assert sum(a["points"] for a in t["assessment_items"]) == 39


@pytest.mark.xfail(strict=True, reason=(
    "left, fine as it is: a 评价报告 naming its project in prose (`项目名称：…`, its money) over the full three-level "
    "score table is read as that project's self_eval record (5 scores) — the scores are data; ng3 decided only a "
    "level-1 summary quoted under a report gives nothing, and dropping this would lose real evaluations"))
def test_a_report_naming_its_project_in_prose_over_full_scores(read):
    _nothing(read(P + "report_prose_scores.txt"))
