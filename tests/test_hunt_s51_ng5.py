"""Hunt NG5 (session 51): documents that look like forms but are none, and the real forms they resemble —
tests/fixtures/review/ct_s51_ng5_*.txt (tab dumps) and two HTML pages; each read by hand before the run.

Decided and read wrong on main:
- A meeting's minutes listing projects with their money and goals (`序号 | 项目名称 | 责任单位 | 安排资金（万元） | 绩效目标`
  under `县人民政府第25次常务会议纪要`, `项目 | 主管部门 | 预算金额 | 年度绩效目标` under `…局长办公会议记录`) is what a meeting
  agreed on, no declaration of targets: 0 projects (a project_list or nothing), whichever word heads the goals. Main:
  packed_list, 3 and 2 projects, while the same minutes headed `主要绩效目标` (ct_s50_ng4_minutes_project_table.txt,
  kept untested last session) gave none.
- A guide to writing forms (`项目支出绩效目标编制指引（试行）` over example rows `指标值示例`) names no project: not_a_form.
  Main: a project named null with 5 indicators.
- A government site's page of one project's published targets, titled without 表 (`2024年农村公路养护项目绩效目标`,
  `2025年城乡居民医疗救助项目支出绩效目标公开`), is the project the title names, as under a form's own title. Main:
  the project named null.
Read right on main, kept (guards and decisions): a 预算公开 说明 with its “三公”经费预算表, a 政府采购合同's 合同标的, a tender's
技术参数 table (`≥4个`, `≤1%`), a 项目库 list of names and money (project_list), a training course's 课程安排, a 统计公报's
主要经济指标, an 审计报告's 问题 table, a 整改清单, an 执行进度 通报 of units, a 政府工作报告's 主要预期目标, a 中标结果公告, an
index of links to forms (dump and HTML), a 采购意向, a 工作方案's task table, a 满意度调查结果, a 第三方评价 委托合同, a 绩效评价报告
quoting `指标 | 年度目标值 | 实际完成值` (not_a_form): each 0 projects, indicators, budget lines and scores. A 绩效评价指标体系框架
with its 得分 empty stays a blank template (blank_form, 0 projects), and a 政务公开工作考核细则 (考核内容 | 分值 | 评分标准) stays a
考核 breakdown's assessment items (as the 考核细则 layout reads them), no project. The forms beside them still read: a
minutes' attached 申报表, a 批复 notice's list of targets (packed_list), a 三公 table then a form, a 政府采购 project's form, a
form of 设备故障率 / 售后响应时间, a 项目库 list with 年度绩效目标 (one project a row), a 培训 project's, a 统计局's 普查 project's,
an 审计 fund's 自评表, a 自评报告 with its 自评表, a 申报指南 with its attached form, an HTML page publishing a form with 项目名称.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def _nothing(r) -> None:
    t = r.tables
    assert r.document["status"] == "ok", t["warnings"]
    assert r.document["n_projects"] == 0 and t["projects"] == []
    assert t["indicators"] == [] and t["budget_items"] == [] and t["scores"] == []
    assert t["assessment_items"] == [] and r.document["layout"] == "unknown"


@pytest.mark.parametrize("name", ["ct_s51_ng5_minutes_goal_head.txt", "ct_s50_ng4_minutes_project_table.txt"])
def test_minutes_listing_projects_and_goals_give_no_project_whichever_head(read, name):
    # main: the `绩效目标` head packed_list, 3 projects (城乡居民医疗救助 600万元 …); the `主要绩效目标` head project_list
    r = read(name)
    _nothing(r)
    assert warning_codes(r) == ["project_list"]
    assert "list of 3 projects" in r.tables["warnings"][0]["message"]


def test_an_office_meetings_record_of_goals_gives_no_project(read):
    # main: packed_list, 2 projects (智慧城管平台运维 区城管局 120万元, 社区养老服务补贴)
    _nothing(read("ct_s51_ng5_office_meeting_minutes.txt"))


def test_a_guide_to_writing_forms_gives_no_project(read):
    # main: generic:target, a project named null with the 5 example rows as indicators
    r = read("ct_s51_ng5_policy_writing_guide.txt")
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"]
    assert "编制指引" in r.tables["warnings"][0]["message"]


@pytest.mark.parametrize("name, project, first", [
    ("ct_s50_rv9_web_dateline_title_goal.txt", "农村公路养护项目", (None, None, "日常养护里程", ">=", 500.0, "公里")),
    ("ct_s50_rv9_web_dateline_title_goal.html", "农村公路养护项目", (None, None, "日常养护里程", ">=", 500.0, "公里")),
    ("ct_s51_ng5_guard_published_title_zhichu.txt", "城乡居民医疗救助项目",
     ("产出指标", "数量指标", "救助困难群众人次", ">=", 3000.0, "人次")),
])
def test_a_published_targets_page_names_its_project_from_its_title(read, name, project, first):
    # main: the project named null (its indicators read)
    r = read(name)
    p = only_project(r)
    assert p["name"] == project
    assert indicator_targets(r)[0] == first
    assert "not_a_form" not in warning_codes(r)


NON_FORMS = [
    "ct_s51_ng5_sangong_explanation.txt",          # 部门预算公开说明 with its “三公”经费预算表
    "ct_s51_ng5_purchase_contract_goods.txt",      # 政府采购货物合同: 货物名称 | 规格型号 | 数量 | 单价 | 金额
    "ct_s51_ng5_tender_tech_specs.txt",            # 招标公告: 参数名称 | 技术指标 (≥4个, ≤1%) | 是否为实质性要求
    "ct_s51_ng5_project_library_amounts.txt",      # 项目库 入库项目清单: 项目名称 | 主管部门 | 项目金额 (project_list)
    "ct_s51_ng5_training_outline.txt",             # 培训班课程安排: 时间 | 课程内容 | 授课人
    "ct_s51_ng5_stat_bulletin_table.txt",          # 统计公报: 指标 | 单位 | 绝对数 | 比上年增长
    "ct_s51_ng5_audit_issues.txt",                 # 审计报告: 问题类型 | 问题描述 | 涉及金额 | 整改要求
    "ct_s51_ng5_rectification_list.txt",           # 整改清单: 项目名称 | 存在问题 | 整改措施 | 责任单位 | 完成时限
    "ct_s51_ng5_execution_ranking.txt",            # 执行进度 通报: 单位名称 | 全年预算 | 已支出 | 执行进度 | 排名
    "ct_s51_ng5_govt_work_report_targets.txt",     # 政府工作报告: 指标 | 单位 | 2024年目标 | 增长
    "ct_s51_ng5_bid_result_notice.txt",            # 中标结果公告 (dateline): 中标供应商名称 | 中标金额
    "ct_s51_ng5_index_links.txt",                  # 公开目录: 文件名称 (…项目支出绩效目标表) | 发布日期
    "ct_s51_ng5_index_links.html",                 # the same as a page of links
    "ct_s51_ng5_procurement_intention.txt",        # 采购意向: 采购项目名称 | 采购需求概况 | 预算金额 (project_list)
    "ct_s51_ng5_work_plan_tasks.txt",              # 工作方案: 工作任务 | 目标要求 (≤1个工作日) | 牵头单位 | 完成时限
    "ct_s51_ng5_survey_results.txt",               # 满意度调查结果: 调查项目 | 满意 | 基本满意 | 不满意 | 满意率
    "ct_s51_ng5_third_party_contract.txt",         # 绩效评价委托服务合同: 评价项目名称 | 项目资金 | 评价费用
    "ct_s51_ng5_eval_report_quoted_table.txt",     # 绩效评价报告 quoting 指标 | 年度目标值 | 实际完成值 (not_a_form)
]


@pytest.mark.parametrize("name", NON_FORMS)
def test_documents_of_no_form_give_nothing(read, name):
    r = read(name)
    _nothing(r)
    assert set(warning_codes(r)) <= {"layout_unknown", "not_a_form", "project_list"} and warning_codes(r)


def test_a_blank_framework_template_stays_a_blank_form(read):
    # decision kept: a 绩效评价指标体系框架（参考） with its 得分 empty is a blank template (blank_form), no project
    r = read("ct_s51_ng5_framework_template_blank.txt")
    assert r.document["n_projects"] == 0 and r.tables["indicators"] == [] and r.tables["scores"] == []
    assert warning_codes(r) == ["blank_form"]


def test_a_body_work_assessment_rules_stay_assessment_items(read):
    # decision kept: a 政务公开工作考核细则 (考核内容 | 分值 | 评分标准) is read as a 考核 breakdown's items, no project
    r = read("ct_s51_ng5_gov_affairs_assessment.txt")
    assert r.document["n_projects"] == 0 and r.tables["indicators"] == [] and r.tables["scores"] == []
    assert [(a["content"], a["points"]) for a in r.tables["assessment_items"]][:2] == [("组织领导", 10.0), ("主动公开", 40.0)]


FORMS = [
    # (file, name, department, n indicators, first indicator)
    ("ct_s51_ng5_guard_minutes_then_form.txt", "城区排水管网改造项目", "县住房和城乡建设局", 4,
     ("产出指标", "数量指标", "改造排水管网长度", ">=", 12.0, "公里")),
    ("ct_s51_ng5_guard_sangong_then_form.txt", "城乡低保资金", "某县民政局", 4,
     ("产出指标", "数量指标", "保障城乡低保对象人数", ">=", 5200.0, "人")),
    ("ct_s51_ng5_guard_procurement_project_form.txt", "第一中学智慧教室建设（政府采购）", "某县教育局", 6,
     ("产出指标", "数量指标", "采购交互式智能平板", "=", 30.0, "台")),
    ("ct_s51_ng5_guard_equipment_specs_form.txt", "医疗设备购置项目", None, 5,
     ("产出指标", "数量指标", "购置彩色多普勒超声诊断仪", "=", 1.0, "台")),
    ("ct_s51_ng5_guard_training_project_form.txt", "干部教育培训", None, 5,
     ("产出指标", "数量指标", "举办培训班期数", "=", 12.0, "期")),
    ("ct_s51_ng5_guard_census_project_form.txt", "第五次全国经济普查", "某县统计局", 5,
     ("产出指标", "数量指标", "普查登记单位数", ">=", 8600.0, "个")),
    ("ct_s51_ng5_guard_audit_fund_selfeval.txt", "审计业务经费", "某县审计局", 4,
     ("产出指标", "数量指标", "完成审计项目数", ">=", 20.0, "个")),
    ("ct_s51_ng5_guard_report_with_selfeval.txt", "农村公路养护项目", "某县交通运输局", 4,
     ("产出指标", "数量指标", "日常养护里程", ">=", 860.0, "公里")),
    ("ct_s51_ng5_guard_guide_then_form.txt", "文化产业园公共服务平台建设", "某县文化旅游广电局", 4,
     ("产出指标", "数量指标", "建成公共服务平台", "=", 1.0, "个")),
    ("ct_s51_ng5_guard_published_page_form.html", "学生资助", "某县教育局", 4,
     ("产出指标", "数量指标", "资助家庭经济困难学生人次", ">=", 3500.0, "人次")),
]


@pytest.mark.parametrize("name, project, department, n, first", FORMS, ids=[f[0] for f in FORMS])
def test_forms_beside_non_forms_still_read(read, name, project, department, n, first):
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"]) == (project, department)
    assert len(r.tables["indicators"]) == n
    assert indicator_targets(r)[0] == first
    assert "not_a_form" not in warning_codes(r) or name.endswith("sangong_then_form.txt")


@pytest.mark.parametrize("name, names", [
    ("ct_s51_ng5_guard_approval_notice_goals.txt", ["高标准农田建设", "农机购置补贴"]),
    ("ct_s51_ng5_guard_library_goals_list.txt", ["县城污水管网改造", "农村公路安全生命防护工程", "中小学校舍维修改造"]),
])
def test_lists_declaring_targets_stay_one_project_a_row(read, name, names):
    # a 批复 notice's list of the targets it approves, a 项目库 list with 年度绩效目标: one project a row (not minutes)
    r = read(name)
    assert r.document["layout"] == "packed_list"
    assert [p["name"] for p in r.tables["projects"]] == names
    assert all(p["goal_annual"] for p in r.tables["projects"])
