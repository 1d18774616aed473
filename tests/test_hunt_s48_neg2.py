"""Hunt NEG2 (session 48): documents a fiscal archive files beside the performance forms that hold none
(tests/fixtures/review/ct_s48_neg2_*, the Word, Excel and HTML ones made by tests/fixtures/make_s48_neg2.py; each
read by hand before the run): 预算公开 and 决算 tables, 三公经费 tables, 政府采购 plans and 意向, a contract's price list, a
statistical table, a 项目库 list and card, a payroll, an audit's 整改清单, meeting minutes, a 评价工作方案 with its
indicator framework, and notices quoting a blank form with its 填报说明.

A notice's blank 申报表 / 自评表 / 监控表 gives no project whatever its 填报说明 under it says to write in a box
(`2.年度资金总额：填写项目年度预算安排的资金总额…`, `5.总分：各指标得分加总填写。`, `6.自评等级：在“优、良、中、差”中选择。`,
`4.执行率：全年执行数/全年预算数。`, `二、年度绩效目标：填写项目在本年度内预期达到的产出和效果…`, `3.实际完成值：根据年度
实际完成情况填写。`): what to write, no value — a blank template (blank_form, its layout kept). A 工作方案's 评价指标体系 is read as assessment items (hunt ap) and ends at
the plan's next chapter (`四、评价方法` under its 合计)."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def _nothing(r) -> None:
    t = r.tables
    assert r.document["status"] == "ok", t["warnings"]
    assert r.document["n_projects"] == 0 and t["projects"] == []
    assert t["indicators"] == [] and t["budget_items"] == [] and t["scores"] == []


@pytest.mark.parametrize("name,layout", [
    ("ct_s48_neg2_notice_target_template.txt", "generic:target"),
    ("ct_s48_neg2_notice_target_template.docx", "generic:target"),
    ("ct_s48_neg2_notice_goal_instructions.txt", "generic:target"),
    ("ct_s48_neg2_notice_self_eval_instructions.txt", "generic:self_eval"),
    ("ct_s48_neg2_monitor_template_instructions.txt", "generic:self_eval"),
    ("ct_s48_neg2_notice_dept_self_eval.txt", "generic:self_eval"),     # `3.实际完成值：根据年度实际完成情况填写。`
    # guards, blank templates on main already: a 自评表 whose 填表说明 says `按预算批复的项目名称填写。`, and a fund's
    # 评价指标体系 with its 得分 column empty
    ("ct_s48_neg2_notice_blank_template.txt", "generic:self_eval"),
    ("ct_s48_neg2_eval_plan_framework_blank_scores.txt", "generic:self_eval"),
])
def test_a_notices_blank_form_and_its_filling_instructions_give_no_project(read, name, layout):
    # main: 1 project named null, partial (no_indicators) — its 年度资金总额 / 年度绩效目标 / 项目期限 / 全年执行数 /
    # 总分 / 自评等级 / 实际完成值 the 填报说明's lines (the self-eval one: status ok, grade `在“优、良、中、差”中选择。` and a
    # 预算执行率 score row of the template's); by hand: a blank template, no project
    r = read(name)
    _nothing(r)
    assert r.tables["assessment_items"] == []
    assert r.document["layout"] == layout and "blank_form" in warning_codes(r)


def test_a_filled_form_keeps_its_values_over_its_filling_instructions(read):
    # guard of the rule above: the form's own 项目期限, goal and money stand; its 填报说明 lines under it give no
    # field (main: the same project, and a not_a_form warning calling those lines `a field read from the text above a
    # form (a notice's numbered paragraphs)`, as if a second form's fields had been read from them)
    r = read("ct_s48_neg2_filled_form_with_instructions.txt")
    p = only_project(r)
    assert (p["name"], p["category"], p["period_raw"], p["budget_year"]) == (
        "农村公路养护", "延续项目", "2025年1月至2025年12月", 3500000.0)
    assert p["goal_annual"] == "完成农村公路日常养护1200公里，优良路率达到80%以上。"
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "日常养护里程", ">=", 1200.0, "公里")
    assert warning_codes(r) == ["vague_target"]


@pytest.mark.parametrize("name,n", [("ct_s48_neg2_eval_plan_framework.txt", 10),
                                    ("ct_s48_neg2_eval_plan_framework.docx", 4)])
def test_a_work_plans_framework_ends_at_the_plans_next_chapter(read, name, n):
    # main: status partial, 2 unparsed_row (`采用成本效益分析法、比较法和公众评判法。`, `2024年5月至8月。`: the plan's
    # chapters 四、评价方法 / 五、时间安排 under the table's 合计 read as its rows, `评价方法` a section of no item)
    r = read(name)
    _nothing(r)
    assert r.tables["warnings"] == []
    items = r.tables["assessment_items"]
    assert len(items) == n and sum(a["points"] for a in items) == 100
    assert items[-1]["content"] == "群众满意度" and items[-1]["requirement"] == "≥90%得满分"
    assert {a["section"] for a in items} == {"决策", "过程", "产出", "效益"}


NON_FORMS = [
    # guards, each no form by hand and on main already (layout unknown): the budget office's tables and the rest of
    # what an archive files beside the forms
    "ct_s48_neg2_dept_income_total.txt",          # 部门收入总表 / 部门支出总表 by 科目编码
    "ct_s48_neg2_sangong_change.txt",             # 三公经费 2023 | 2024 | 增减率
    "ct_s48_neg2_final_accounts_projects.txt",    # 项目支出决算表: 年初预算 | 调整预算 | 决算数 | 执行率
    "ct_s48_neg2_final_accounts_by_function.txt",  # 一般公共预算财政拨款支出决算表 (栏次 row)
    "ct_s48_neg2_final_accounts_workbook.xlsx",
    "ct_s48_neg2_budget_disclosure.html",         # 预算公开 web page: 功能分类科目 and 三公 tables
    "ct_s48_neg2_budget_reply_targets.txt",       # 预算批复 with 执行率应达到95% in its prose
    "ct_s48_neg2_procurement_intent.txt",         # 政府采购意向: 采购需求概况 `合格率≥95%`
    "ct_s48_neg2_procurement_intent.html",
    "ct_s48_neg2_contract_price_list.txt",        # 分项报价表
    "ct_s48_neg2_price_schedule_specs.txt",       # 技术指标 `作业效率≥150亩/小时` | 单价 | 金额
    "ct_s48_neg2_tender_tech_params.txt",         # 参数名称 | 技术指标 `≥65kW`
    "ct_s48_neg2_yearbook.txt",                   # 指标 | 单位 | 2023年 | 2024年 | 增长%
    "ct_s48_neg2_stat_audit_workbook.xlsx",       # the same, and an audit's 整改清单
    "ct_s48_neg2_project_library.txt",            # 项目库: 项目名称 | 项目编码 | 申报单位 | 申报金额
    "ct_s48_neg2_project_library_entry.txt",      # … as 项目名称： / 申报金额： lines
    "ct_s48_neg2_project_library_card.txt",       # … as a register's card
    "ct_s48_neg2_project_library_card.docx",
    "ct_s48_neg2_library_pay_workbook.xlsx",      # 储备项目 and 工资发放表 sheets
    "ct_s48_neg2_salary_table.txt",               # 工资发放表 with 绩效工资
    "ct_s48_neg2_audit_findings.txt",             # 问题 | 整改措施 | 责任单位 | 整改时限
    "ct_s48_neg2_audit_sections.txt",             # … under numbered 问题类别 sections
    "ct_s48_neg2_audit_perf_findings.txt",        # an audit report's table of 绩效 problems
    "ct_s48_neg2_meeting_minutes_funds.txt",      # 常务会议纪要 with its table of funds agreed
    "ct_s48_neg2_meeting_minutes_funds.docx",
    "ct_s48_neg2_minutes_project_lines.txt",      # 党组会议纪要: 项目名称： / 申请金额： lines
    "ct_s48_neg2_stat_table_plan_done.txt",       # 主要经济指标完成情况表 (年度目标 | 完成): not_a_form
]


@pytest.mark.parametrize("name", NON_FORMS)
def test_documents_of_no_form_give_nothing(read, name):
    r = read(name)
    _nothing(r)
    assert r.tables["assessment_items"] == [] and r.document["layout"] == "unknown"
    # (a document of a list of projects and no form, `序号 | 项目名称 | …` over numbered rows — a 项目库 清单, a 决算表's
    # projects, a 纪要's or a 采购意向's list — says `project_list` instead of `layout_unknown` since hunt fam4)
    assert set(warning_codes(r)) <= {"layout_unknown", "not_a_form", "project_list"} and warning_codes(r)
