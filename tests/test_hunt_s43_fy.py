"""Hunt fy (form families the fixtures held little of): a 财政局's 事前绩效评估表 (the project's 绩效目标 and 指标, then
评估内容 | 评估要点 | 分值 | 得分), a 国有资本经营预算项目绩效目标表 of an enterprise with 年度 | 中长期 indicator values, a
社会保险基金预算绩效目标表 run by its 经办机构, a 政府采购项目绩效目标表, a PPP项目绩效运行监控表, a 第三方 evaluation's
绩效评价指标体系及评分表 of a fund, a 乡镇's 部门整体支出绩效自评表, and a 项目绩效目标调整申请表 whose indicators stand
调整前 | 调整后 side by side (dump and Word). Text dumps, and tests/fixtures/make_s43_fy.py (python-docx, openpyxl) for
the Word and Excel ones. Each reading was written down by hand before jixiao was run; the comments say what main gave
where it was wrong."""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0
P, E, S = "产出指标", "效益指标", "满意度指标"


@pytest.mark.parametrize("name,year_budget,weights,scores,total", [
    ("ct_s43_fy_preassess_table.txt", 900 * W, [15, 10, 20, 20, 20, 15], [14, 9, 16, 17, 16, 13], 85.0),
    ("ct_s43_fy_preassess_table.xlsx", 1200 * W, [15, 10, 20, 20, 20, 15], [15, 9, 15, 16, 17, 14], 86.0)])
def test_pre_assessment_table(read, name, year_budget, weights, scores, total):
    """事前绩效评估表: `项目总金额 | 1,350.00 | 其中：2025年申请预算 | 900.00`, the indicators, the 评估内容 | 评估要点 | 分值 |
    得分 rows. Main: budget_year None (`2025年申请预算` / `2025年申请资金`, the year's own money under its year, was no
    label: lost in the dump, a source line `2025年申请资金` in the workbook)."""
    r = read(name)
    p = only_project(r)
    assert (p["form"], p["year"], p["score"]) == ("target", 2025, total)
    assert p["budget_year"] == year_budget
    assert not any(n and "申请" in n for _, n, _, _ in budget_lines(r))
    assert len(r.tables["indicators"]) == 5
    assert [x["weight"] for x in r.tables["scores"]] == weights
    assert [x["score"] for x in r.tables["scores"]] == scores


def test_state_capital_enterprise_and_horizons(read):
    """国有资本经营预算项目绩效目标表: `项目实施企业 | 株洲市产业发展投资集团有限公司` beside 主管部门, the 填报单位 the 国资委
    above; indicators under 年度指标值 | 中长期指标值. Main: unit the 国资委 (填报单位), the enterprise in other_fields."""
    r = read("ct_s43_fy_soe_capital_longterm.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "株洲市产业发展投资集团资本金注入", "株洲市人民政府国有资产监督管理委员会", "株洲市产业发展投资集团有限公司", 2025)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (3000 * W, 3000 * W, 0.0)
    assert "项目实施企业" not in other_fields(p)
    ind = r.tables["indicators"]
    assert [i["horizon"] for i in ind].count("annual") == 6 and [i["horizon"] for i in ind].count("long_term") == 5
    assert (ind[0]["level3"], ind[0]["value"], ind[0]["unit"]) == ("资本金注入金额", 3000 * W, "元")


def test_social_insurance_fund_agency(read):
    """社会保险基金预算绩效目标表: `经办机构 | 衡阳市医疗保障事务中心 | 统筹层次 | 市级统筹`, 编报单位 the 医保局 above. Main:
    unit 衡阳市医疗保障局 (the 编报单位), the row an unparsed_row (统筹层次 lost)."""
    r = read("ct_s43_fy_social_fund_target.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        "城乡居民基本医疗保险基金", "衡阳市医疗保障局", "衡阳市医疗保障事务中心")
    of = other_fields(p)
    assert of["统筹层次"] == "市级统筹" and of["本年收入"] == "586,000.00"
    assert p["budget_year"] is None
    assert [t[3:] for t in indicator_targets(r)] == [
        (">=", 560.0, "万人"), (">=", 95.0, "%"), ("~", 70.0, "%"), ("<=", 30.0, "个工作日"), ("range", 6.0, "个月"),
        (">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_procurement_overview(read):
    """政府采购项目绩效目标表: 采购需求概况 the overview (main: kept in other_fields, overview None)."""
    r = read("ct_s43_fy_procurement_target.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("邵阳市第一中学智慧教室设备采购", "邵阳市教育局", "邵阳市第一中学")
    assert (p["budget_total"], p["budget_fiscal"]) == (1_680_000.0, 1_680_000.0)
    assert p["overview"] == "采购智慧教室设备24套，含交互式智能平板、录播系统及学生终端。"
    assert "采购需求概况" not in other_fields(p)
    assert indicator_targets(r)[3][2:] == ("单套设备采购成本", "<=", 70_000.0, "元")


def test_ppp_monitoring_form(read):
    """PPP项目绩效运行监控表: `项目资金 | 年度预算数 | 1-6月执行数 | 执行率 | 全年预计执行数 | 偏差原因` over `年度政府支出责任
    | 1,520.00 | 600.00 | 39.47% | 1,520.00 | …`; `项目公司 | 益阳资源水务有限公司`. Main: no spent / execution_rate
    (年度预算数 no head of the matrix), the forecast and its reason lost, 项目公司 an unplaced_cell."""
    r = read("ct_s43_fy_ppp_monitor.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["unit"]) == ("self_eval", "资阳区城乡供水一体化PPP项目", "益阳市资阳区住房和城乡建设局")
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (1520 * W, 600 * W, 0.3947)
    assert budget_lines(r) == []
    assert p["other_notes"] == "全年预计执行数：1520万元；偏差原因：按季度绩效考核结果付费，第二季度考核未完成"
    assert other_fields(p)["项目公司"] == "益阳资源水务有限公司"
    leak = r.tables["indicators"][2]
    assert (leak["level3"], leak["progress_raw"], leak["deviation"]) == ("管网漏损率", "11.2%", "部分老旧管网尚未改造")
    assert warning_codes(r) == []


def test_scored_index_system_of_a_fund(read):
    """A 第三方 report's `农村公路养护专项资金绩效评价指标体系及评分表` with its 得分 filled in (89 of 100). Main: no project,
    no score (`not_a_form`: a 指标体系 under a title naming a 专项资金, not a 项目, taken for a library)."""
    r = read("ct_s43_fy_third_party_index.txt")
    p = only_project(r)
    assert (p["form"], p["year"], p["score"]) == ("self_eval", 2024, 89.0)
    s = r.tables["scores"]
    assert len(s) == 14 and sum(x["weight"] for x in s) == 100 and round(sum(x["score"] for x in s), 2) == 89
    assert (s[9]["level1"], s[9]["level2"], s[9]["level3"]) == ("产出", "产出质量", "优良中等路率")
    assert "not_a_form" not in warning_codes(r)


def test_town_department_whole_self_eval(read):
    """A 乡镇's 部门整体支出绩效自评表: `年度预算申请 | 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`,
    年度履职目标 as 年初设定目标 | 全年实际完成情况, indicators with 分值 / 得分, 总分. Main read it so: a control."""
    r = read("ct_s43_fy_town_dept_whole.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["department"], p["year"]) == ("self_eval", None, "攸县网岭镇人民政府", 2024)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        12_365_000.0, 14_182_000.0, 13_726_400.0, 0.9679, 98.18)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("基本支出", 9_021_000.0, "use"), ("项目支出", 5_161_000.0, "use")]
    assert p["goal_actual"].startswith("保障了镇村两级正常运转")
    assert [(i["weight"], i["score"]) for i in r.tables["indicators"]][1] == (10.0, 9.5)
    assert warning_codes(r) == []


def test_adjustment_side_by_side_dump(read):
    """项目绩效目标调整申请表: `绩效指标 | 调整前 | | | 调整后` over `一级指标 | 二级指标 | 三级指标 | 指标值 | 三级指标 | 指标值 |
    调整理由`. By the contract an indicator's target is the one in force, the 调整后 one; the 调整前 one goes to its
    note (`调整前指标值：…`, as under a 调整前指标值 column, tests/test_hunt_s42_nf.py), with the 调整理由. `项目资金 |
    调整前 | 4,500.00 | 调整后 | 3,600.00`: budget_initial and budget_year. Main: ten indicators (the halves stacked,
    each twice, duplicate_indicator), 调整理由 unplaced, the money two source lines named 调整前 / 调整后."""
    r = read("ct_s43_fy_adjust_side_by_side.txt")
    p = only_project(r)
    assert (p["name"], p["unit"], p["year"]) == ("常宁市高标准农田建设项目", "常宁市农田建设服务中心", 2024)
    assert (p["budget_initial"], p["budget_year"]) == (4500 * W, 3600 * W)
    assert budget_lines(r) == []
    assert p["goal_annual"].startswith("新建高标准农田2.4万亩")
    assert indicator_targets(r) == [
        (P, "数量指标", "新建高标准农田面积", ">=", 2.4, "万亩"), (P, "数量指标", "新建改造灌排渠道", ">=", 48.0, "公里"),
        (P, "质量指标", "工程验收合格率", "=", 100.0, "%"), (E, "经济效益指标", "项目区粮食亩产提高", ">=", 50.0, "公斤"),
        (S, "服务对象满意度指标", "项目区农户满意度", ">=", 90.0, "%")]
    notes = [i["note"] for i in r.tables["indicators"]]
    assert notes[0] == "调整理由：上级下达资金减少；调整前指标值：≥3万亩"
    assert notes[4] == "调整理由：提高服务要求；调整前指标值：≥85%"
    assert warning_codes(r) == []


def test_adjustment_side_by_side_word(read):
    """The same in Word: `调整前` / `调整后` merged over the halves' 三级指标 | 指标值, beside 一级指标 | 二级指标 | 调整理由
    merged down (a head of two rows); a renamed indicator (its old name in the note, `调整前指标：…`) and a dropped one
    (its 调整后 name `—`: the old name kept, the target `取消` as written). Main: ten indicators, the right half's under
    满意度指标, two 调整理由 unplaced, the money two source lines."""
    r = read("ct_s43_fy_adjust_side_by_side.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        "耒阳市基层医疗卫生人才培训项目", "耒阳市卫生健康局", "耒阳市卫生健康教育培训中心")
    assert (p["budget_initial"], p["budget_year"]) == (180 * W, 150 * W)
    assert budget_lines(r) == []
    got = [(i["level2"], i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got == [
        ("数量指标", "培训基层医务人员人次", "≥1500人次", "调整理由：线上培训扩大覆盖面；调整前指标值：≥1200人次"),
        ("数量指标", "集中面授培训期数", "取消", "调整理由：改为线上培训，取消面授；调整前指标值：≥6期"),
        ("质量指标", "线上培训考核合格率", "≥95%", "调整理由：考核方式调整；调整前指标：培训考核合格率；调整前指标值：≥90%"),
        ("社会效益指标", "基层诊疗服务能力", "明显提升", "调整前指标值：明显提升"),
        ("服务对象满意度指标", "参训人员满意度", "≥90%", "调整前指标值：≥90%")]
    assert "duplicate_indicator" not in warning_codes(r) and "unplaced_cell" not in warning_codes(r)


def test_adjustment_stage_in_each_head(read):
    """`一级指标 | 二级指标 | 调整前三级指标 | 调整前指标值 | 调整后三级指标 | 调整后指标值`: the name and the target after the
    adjustment the indicator's, the name before in the note only when it was another (`调整前三级指标：工程验收合格率`).
    Main: the names before (`工程验收合格率`), the one after in the note as `调整后三级指标：…`."""
    r = read("ct_s43_fy_adjust_stage_heads.txt")
    p = only_project(r)
    assert (p["name"], p["unit"]) == ("祁东县农村公路提质改造工程", "祁东县公路建设养护中心")
    got = [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got == [
        ("提质改造里程", "≥32公里", "调整前指标值：≥40公里"),
        ("交工验收合格率", "100%", "调整前三级指标：工程验收合格率；调整前指标值：100%"),
        ("沿线群众满意度", "≥90%", "调整前指标值：≥90%")]
