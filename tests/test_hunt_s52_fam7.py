"""Hunt fam7 (session 52): form families and their leftovers. Fixtures ct_s52_fam7_* (text dumps, tab-separated
cells, from tests/fixtures/review/make_s52_fam7.py); each reading was written down by hand before jixiao was run.

Decided:
- an official paper's number by a form's title (`云财绩〔2024〕12号` on its own line, or `贵州省财政厅 | 黔财绩〔2024〕7号`)
  is kept in other_fields as `发文字号`, its issuer as `发文机关` (the body beside it, else the letterhead's line alone
  right above the title) — GB/T 9704's names of the two; no contract column (a 评价结果反馈表's issuer is no party of the
  project: the 被评价单位 is its department);
- a value of no column that is only a list of boxed options (`评估结论 | ☑通过  □不通过`) is the option ticked (`通过`;
  several ticked joined by `、`; none ticked: kept as written);
- a row `label | boxed options` after a row ending in a figure (`合计 | 100 | 74` then `评估结论 | □予以支持 ☑部分支持 …`)
  is a row of its own in a dump, no cut cell's piece (it was glued to the 74, the score lost);
- `主要绩效目标` heads a list's goals as `年度绩效目标` does: a 项目库 list so headed declares one project a row
  (packed_list); minutes so headed stay what the meeting agreed on (ct_s50_ng4_minutes_project_table.txt, 0 projects);
- `基金名称 | 江西省…发展基金（政府投资基金）` (the kind in brackets after it, on a row of its own) names the fund's form;
  `年度出资额` is the year's budget, as `年度出资计划`.
Kept (read right on main, guards): a 部门整体 form's `部门职能` its overview (rv14's leftover: read since), its
`整体绩效目标` the goal and `年度履职目标` in other_fields; a 1-7月 监控表's 偏差原因 / 纠偏措施 columns; a 部门整体 自评表; a
中期 form's targets by year (the first year's the target, the later ones a note); a 省对下 区域 form; a letterhead with no
paper's number is no issuer.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


def test_feedback_issuer_and_number_lines(read):
    """`云南省财政厅` over the title, `云财绩〔2024〕12号` under it: 发文机关 and 发文字号 first in other_fields. Main: lost."""
    r = read("ct_s52_fam7_feedback_issuer_docno.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["score"], p["grade"]) == (
        "2023年度森林生态效益补偿资金", "云南省林业和草原局", 86.0, "良")
    assert (p["budget_year"], p["spent"]) == (8200 * W, 7790 * W)
    assert other_fields(p) == {"发文机关": "云南省财政厅", "发文字号": "云财绩〔2024〕12号",
                               "评价机构": "云南某某资产评估有限公司", "评价发现的主要问题": "部分县区补偿资金兑付滞后。",
                               "整改要求": "请于2024年12月31日前报送整改情况。"}
    assert warning_codes(r) == []


def test_feedback_issuer_beside_number(read):
    """`贵州省财政厅 | 黔财绩〔2024〕7号` under the title: the issuer and the number. Main: `{"贵州省财政厅": "黔财绩…"}`."""
    r = read("ct_s52_fam7_feedback_docno_after_title.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["score"], p["grade"]) == (
        "2023年度农村公路养护补助资金", "贵州省交通运输厅", 78.5, "中")
    of = other_fields(p)
    assert list(of.items())[:2] == [("发文机关", "贵州省财政厅"), ("发文字号", "黔财绩〔2024〕7号")]
    assert "贵州省财政厅" not in of and warning_codes(r) == []


def test_letterhead_without_number_is_no_issuer(read):
    """A body's letterhead over a target form with no paper's number: no 发文机关 (a guard). Since hunt ti8 (session
    53) the letterhead is the form's department, no field naming one (`department_from_title`; it was null)."""
    r = read("ct_s52_fam7_letterhead_no_docno.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["department"]) == ("农村人居环境整治提升项目", 320 * W, "新化县农业农村局")
    assert other_fields(p) == {} and warning_codes(r) == ["department_from_title"]


def test_policy_preassessment_ticked_pass(read):
    """A 新增重大政策 事前绩效评估表: 政策名称 the name, 申请财政资金 the year's budget, 4 scored rows with their 评估意见, 合计
    85; `评估结论 | ☑通过  □不通过` the ticked `通过`. Main: kept as `☑通过 □不通过`."""
    r = read("ct_s52_fam7_policy_preassess_pass.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"], p["score"]) == (
        "城乡居民基本养老保险缴费补贴提标政策", "某某市人力资源和社会保障局", 2400 * W, 85.0)
    assert other_fields(p) == {"评估结论": "通过", "评估机构": "某某市财政局绩效评价中心"}
    assert [(s["weight"], s["score"], s["note"]) for s in r.tables["scores"]] == [
        (20.0, 18.0, "符合国家养老保险政策导向"), (30.0, 24.0, "提标幅度略高于周边地市"), (25.0, 22.0, None),
        (25.0, 21.0, "资金筹措渠道需进一步明确")]
    assert warning_codes(r) == []


def test_preassessment_middle_option_ticked_after_total(read):
    """`合计 | 100 | 74` then `评估结论 | □予以支持  ☑部分支持  □不予支持`: the score 74, the conclusion `部分支持`. Main: the
    two rows glued (`74评估结论`), an unparsed_row, the score and the conclusion lost."""
    r = read("ct_s52_fam7_preassess_partial_tick.txt")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_year"], p["score"]) == (
        "智慧停车信息平台建设", "某某市城市管理综合服务中心", 600 * W, 74.0)
    assert other_fields(p) == {"评估结论": "部分支持"}
    assert [(s["level1"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("项目必要性", 30.0, 24.0), ("投入经济性", 40.0, 28.0), ("绩效目标合理性", 30.0, 22.0)]
    assert warning_codes(r) == []


def test_library_list_headed_main_goals(read):
    """`序号 | 项目名称 | 主管部门 | 项目金额 | 主要绩效目标` under a 项目库 title: one project a row, its goal and money.
    Main: a project_list, no project."""
    r = read("ct_s52_fam7_library_main_goals.txt")
    assert r.document["layout"] == "packed_list"
    got = [(p["name"], p["department"], p["budget_total"], p["goal_annual"]) for p in r.tables["projects"]]
    assert got == [("县城雨污分流改造", "县住建局", 1600 * W, "新建雨污分流管网10公里，污水收集率≥85%"),
                   ("农村饮水安全巩固提升", "县水利局", 720 * W, "新建改造供水工程30处，农村自来水普及率≥92%"),
                   ("乡镇卫生院设备更新", "县卫生健康局", 380 * W, "更新医疗设备60台（套），设备完好率≥95%")]
    assert warning_codes(r) == []


def test_minutes_headed_main_goals_stay_no_projects(read):
    """The minutes' twin (`…常务会议纪要` over `… | 主要绩效目标`): still what the meeting agreed on (a guard)."""
    r = read("ct_s50_ng4_minutes_project_table.txt")
    assert r.tables["projects"] == [] and warning_codes(r) == ["project_list"]


def test_investment_fund_named_with_its_kind(read):
    """A 政府投资基金绩效目标表: `基金名称 | 江西省现代农业产业发展基金（政府投资基金）` its name, 基金规模 the total,
    `年度出资额（万元） | 20,000.00` the year's budget. Main: the name null (kept in other_fields), the 出资额 an
    unparsed_row."""
    r = read("ct_s52_fam7_investment_fund_target.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_total"], p["budget_year"]) == (
        "江西省现代农业产业发展基金（政府投资基金）", "江西省农业农村厅", 200000 * W, 20000 * W)
    assert other_fields(p) == {"基金管理机构": "江西省农业投资管理有限公司"}
    assert indicator_targets(r)[1][2:] == ("撬动社会资本", ">=", 6e8, "元")
    assert warning_codes(r) == []


def test_department_form_duty_and_two_goals(read):
    """`部门职能 | 负责…` the overview, `整体绩效目标` the year's goal, `年度履职目标` in other_fields (a guard)."""
    r = read("ct_s52_fam7_dept_whole_duty_goals.txt")
    p = only_project(r)
    assert (p["name"], p["department"]) == (None, "某县农业农村局")
    assert p["overview"] == "负责全县农业农村发展规划、高标准农田建设、农产品质量安全监管等工作。"
    assert p["goal_annual"] == "稳定粮食生产，提升农产品质量安全水平，促进农民持续增收。"
    assert other_fields(p) == {"年度履职目标": "完成高标准农田建设2万亩，农产品质量安全抽检合格率达到98%以上。"}
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (2450 * W, 2300 * W, 150 * W)
    assert len(r.tables["indicators"]) == 4 and warning_codes(r) == []


def test_monitor_july_reasons_and_measures(read):
    """A 1-7月 监控表: 1-7月执行情况 each indicator's progress, 偏差原因 its deviation, the forecast and 纠偏措施 its note;
    540 of 1,200 spent, 45% (a guard)."""
    r = read("ct_s52_fam7_monitor_july_measures.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (1200 * W, 540 * W, 0.45)
    got = [(i["progress_raw"], i["deviation"], i["note"]) for i in r.tables["indicators"]]
    assert got[0] == ("1200盏", "灯具招标延迟", "全年预计完成情况：3000盏；纠偏措施：加快安装进度")
    assert got[2] == ("35%", "改造路段尚未全部完成", "全年预计完成情况：42%；纠偏措施：完工后复测")
    assert got[3] == (None, None, "全年预计完成情况：92%")
    assert warning_codes(r) == []


def test_department_self_evaluation(read):
    """A 部门整体支出绩效自评表: the money matrix (1,860 / 1,920 / 1,824, 95%, 9.5 of 10), the goal and what was done,
    each indicator's result, 总分 97.5 (a guard)."""
    r = read("ct_s52_fam7_dept_whole_self_eval.txt")
    p = only_project(r)
    assert (p["form"], p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        "self_eval", 1860 * W, 1920 * W, 1824 * W, 0.95, 97.5)
    assert p["goal_actual"] == "举办群众文化活动126场，文物安全巡查覆盖率100%。"
    assert [(i["actual_raw"], i["deviation"]) for i in r.tables["indicators"]][2] == ("46万人次", "受天气影响部分户外活动取消")
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10.0, 9.5)]
    assert warning_codes(r) == []


def test_midterm_targets_by_year(read):
    """A 中期绩效目标表, `指标值` over `2025年 | 2026年 | 2027年`: a record a year, as under a one-row head (review rv66;
    it was the form's year's the target, the later years' a note);
    the 中期 goal its goal_total, 9,000 / 3,000 its money (a guard; no 满意度 indicator, said)."""
    r = read("ct_s52_fam7_midterm_year_columns.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_total"], p["budget_year"]) == ("农村公路提质改造工程", 2025, 9000 * W, 3000 * W)
    assert p["goal_total"].startswith("三年完成")
    got = [(i["target_raw"], i["note"], i["target_year"]) for i in r.tables["indicators"]]
    assert got[6:] == [("≥70%", None, 2025), ("≥75%", None, 2026), ("≥80%", None, 2027)]
    assert warning_codes(r) == ["no_satisfaction_indicator"]


def test_province_transfer_region_form(read):
    """A 省对下 转移支付区域绩效目标表: 转移支付名称 its name, 省级主管部门 the department, the 省级财政部门 in other_fields, the
    year's money and its 省级 source (a guard)."""
    r = read("ct_s52_fam7_transfer_province_region.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"], p["budget_fiscal"]) == (
        "农村人居环境整治专项资金", "江西省农业农村厅", 6000 * W, 6000 * W)
    assert other_fields(p) == {"省级财政部门": "江西省财政厅"}
    assert budget_lines(r) == [(None, "省级资金", 6000 * W, "source")]
    assert len(r.tables["indicators"]) == 4 and warning_codes(r) == []
