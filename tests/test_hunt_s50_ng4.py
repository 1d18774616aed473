"""Hunt NG4 (session 50): documents of a fiscal archive that are no performance forms, after this session loosened
some rules (ti5's short titles, tg8's negation zeros, mn9's lone fiscal clause) — tests/fixtures/review/ct_s50_ng4_*,
the Word ones made by tests/fixtures/make_s50_ng4.py; each read by hand before the run: 0 projects, no indicator,
budget line or score.

Read wrong on main: a 统计监测表 of a place's figures by levels of its own (一级指标 | 二级指标 | 三级指标 | 计量单位 |
2023年 | 2024年 | 增长（%） over 经济发展 / 民生福祉 …) under a title saying 绩效评价, and a 财政局 news page (HTML, or its
text dump) quoting 指标 | 目标值 | 完成值 under its dateline (`发布日期：…`, `浏览次数：…`): each a project named null.
Now not_a_form. Read right on main already (guards): a 通知 下达 funds with its 资金分配表, a notice listing its attached
forms by title (ti5's short titles: `干部培训项目绩效目标表（样表）`), a 部门预算 book's 目录 naming 项目绩效目标表, a
绩效评价报告 with its chapter 二、项目绩效目标 in prose, a 预算公开 说明 with its 收入支出预算总表 / 一般公共预算支出表, minutes
listing projects and amounts in prose, a 政府采购 公告 (colon lines, a key / value table in a dump and in
Word), a 招标文件's 评分标准 (分值 | 评分标准, with 商务 / 技术 / 价格 sections), a news page with a table of counts, a
统计表 of targets with no level, a 重点项目 progress table, a 安全生产目标管理责任书 (`杜绝`, `无重大火灾事故`), a
收入支出决算总表, a 申报指南 with its 绩效目标： and `其中县级财政资金…` lines, a 采购合同, a 议题审批单, a 满意度调查问卷, a 审核结果汇总表; and forms mixed with them still read (a 批复 notice with its
申报表 attached; a project's 实施方案 quoting its targets, no dateline, kept as on main)."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def _nothing(r) -> None:
    t = r.tables
    assert r.document["status"] == "ok", t["warnings"]
    assert r.document["n_projects"] == 0 and t["projects"] == []
    assert t["indicators"] == [] and t["budget_items"] == [] and t["scores"] == []
    assert t["assessment_items"] == [] and r.document["layout"] == "unknown"


@pytest.mark.parametrize("name", ["ct_s50_ng4_stat_indicator_levels.txt", "ct_s50_ng4_stat_indicator_levels.docx"])
def test_a_statistics_table_of_indicators_by_levels_gives_no_project(read, name):
    # main: partial, layout generic:target, 1 project named null (header_missing), 12 indicators — each of the six
    # figures twice, its 2023年 value the annual target and its 2024年 value a long-term one (`= 245.3亿元`), and
    # no_output / no_satisfaction warnings; by hand: a statistic of a city's economy (its levels 经济发展 / 经济总量,
    # no 产出 / 效益), no form — not_a_form
    r = read(name)
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"]
    assert "统计监测表" in r.tables["warnings"][0]["message"]


@pytest.mark.parametrize("name", ["ct_s50_ng4_news_indicator_table.html", "ct_s50_ng4_news_indicator_table.txt"])
def test_a_news_page_quoting_figures_gives_no_project(read, name):
    # main: partial, layout generic:self_eval, 1 project named null with 3 indicators (`抽查项目数量` `>=` 20 个,
    # `复核覆盖资金` under a level 1 `抽查项目数量`, `审核项目覆盖率` …), three unparsed_row warnings (the txt's dateline
    # row one of them); by hand: a 财政局 news article about forms, its table the review's figures — no form
    r = read(name)
    _nothing(r)
    assert warning_codes(r) == ["not_a_form"]


NON_FORMS = [
    # guards, each no form by hand and on main already
    "ct_s50_ng4_notice_training_funds.txt",        # 关于下达2024年干部培训项目资金的通知 + 资金分配表 (单位名称 rows)
    "ct_s50_ng4_notice_attachment_list.txt",       # 附件：1.干部培训项目绩效目标表（样表） … (no form attached)
    "ct_s50_ng4_budget_book_contents.txt",         # 目录: 九、干部培训项目绩效目标表 …
    "ct_s50_ng4_eval_report_goal_chapter.txt",     # 绩效评价报告, 二、项目绩效目标 in prose
    "ct_s50_ng4_budget_disclosure_explanation.txt",  # 收入支出预算总表, 一般公共预算支出表, 绩效目标设置情况
    "ct_s50_ng4_minutes_projects_amounts.txt",     # 镇长办公会议纪要: 1.人居环境整治项目，安排资金45万元 …
    "ct_s50_ng4_procurement_notice.txt",           # 公开招标公告: 项目名称： / 预算金额： / 采购需求：
    "ct_s50_ng4_procurement_kv_table.txt",         # … as a key / value table
    "ct_s50_ng4_procurement_kv_table.docx",
    "ct_s50_ng4_tender_scoring.txt",               # 评分因素 | 分值 | 评分标准
    "ct_s50_ng4_tender_scoring_items.txt",         # 序号 | 评分项目 | 分值 | 评分标准
    "ct_s50_ng4_tender_scoring_sections.txt",      # 评审项目 | 评审内容 | 分值 | 评分标准 under 商务部分（20分）…
    "ct_s50_ng4_news_page.html",                   # 推进会 news: 项目类别 | 项目个数 | 资金 | 审核通过
    "ct_s50_ng4_indicator_stat_table.txt",         # 主要指标统计表: 指标名称 | 计量单位 | 2024年目标 | 1-12月完成 (not_a_form)
    "ct_s50_ng4_key_project_progress.txt",         # 重点项目建设进度统计表 (project_list)
    "ct_s50_ng4_safety_responsibility.txt",        # 安全生产目标管理责任书: 目标内容 | 目标值 (`杜绝`, `无重大火灾事故`: tg8)
    "ct_s50_ng4_final_accounts_total.txt",         # 收入支出决算总表 (行次)
    "ct_s50_ng4_application_guide.txt",            # 申报指南: 补助标准： / 绩效目标： lines, `其中县级财政资金安排300万元。` (mn9)
    "ct_s50_ng4_procurement_contract.txt",         # 政府采购合同: 项目名称 | … / 合同金额 | … and its 货物清单
    "ct_s50_ng4_minutes_topic_sheet.txt",          # 常务会议议题审批单: 项目名称 | … / 申请金额 | 1,500万元 | 资金来源 | …
    "ct_s50_ng4_satisfaction_survey.txt",          # 满意度调查问卷: 调查内容 | 非常满意 | 满意 | 基本满意 | 不满意
    "ct_s50_ng4_review_results_list.txt",          # 绩效目标审核结果汇总表: 项目名称 | … | 审核意见 | 审核结果 (project_list)
]


@pytest.mark.parametrize("name", NON_FORMS)
def test_documents_of_no_form_give_nothing(read, name):
    r = read(name)
    _nothing(r)
    assert set(warning_codes(r)) <= {"layout_unknown", "not_a_form", "project_list"} and warning_codes(r)


def test_a_notice_with_its_form_attached_reads_the_form(read):
    # guard: the 批复 notice's prose above gives nothing, the attached 申报表 its project (as on main)
    r = read("ct_s50_ng4_notice_with_form.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("农村公路日常养护项目", "某县交通运输局", 4200000.0)
    assert len(r.tables["indicators"]) == 6
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "日常养护里程", ">=", 860.0, "公里")


def test_a_notices_allocation_list_with_goals_is_read_as_designed(read):
    # guard: a 下达 notice's 分配表 `序号 | 项目名称 | 实施单位 | 分配资金 | 绩效目标` is a list of target declarations
    # (SCHEMA's packed_list: one project a row, its goal the row's), so with one row too (as on main)
    r = read("ct_s50_ng4_notice_one_project_allocation.txt")
    p = only_project(r)
    assert r.document["layout"] == "packed_list"
    assert (p["name"], p["budget_year"]) == ("农村公路日常养护", 2800000.0)
    assert p["goal_annual"] == "完成农村公路日常养护860公里，优良中等路率达到85%以上"


def test_a_plans_quoted_targets_without_a_dateline_stay_read(read):
    # guard of the news page's rule: a project's 实施方案 quoting `指标 | 目标值` under its prose, no dateline, is read
    # as on main (a project, its three targets; its name from `…项目实施方案` not taken, left)
    r = read("ct_s50_ng4_plan_indicators_guard.txt")
    assert r.document["n_projects"] == 1
    assert [t[2:] for t in indicator_targets(r)] == [("日常养护里程", ">=", 860.0, "公里"), ("优良中等路率", ">=", 85.0, "%"),
                                                     ("沿线群众满意度", ">=", 90.0, "%")]
