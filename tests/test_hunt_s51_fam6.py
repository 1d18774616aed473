"""Hunt fam6 (session 51: form families not yet in the fixtures): eight text dumps (tabs between cells, as samples/) of
families and provinces the review set lacked — a 项目支出绩效目标调整表 with `原指标值 | 调整后指标值 | 调整理由` columns
(吉林) and one with `指标值` over `调整前 | 调整后` (甘肃), a 绩效评价结果反馈表 (海南), a 部门整体支出绩效目标表 with
`部门职能 | 重点工作任务 | 预算金额` columns left of its indicators (青海), a 政府性基金 (彩票公益金) 自评表 (宁夏), a 中央对地方
专项转移支付区域绩效目标表 with 分地区 money (西藏), a 1-7月 绩效运行监控表 (黑龙江) and a 事前绩效评估表 with 评估意见 and a
ticked 评估结论 (湖北). Each reading was written down by hand before jixiao was run; the docstrings say what main gave.

Decided: a 评价结果反馈表 is a form of the project it names (评价项目), its score, grade and money read, the problems,
整改要求 and 整改时限 in other_fields, no no_indicators (it has no indicator table by design); `部门职能` heads the
context column an indicator's note names (as 部门职责); `指标值` over `调整前 | 调整后` reads as `调整前指标值 |
调整后指标值` does, the target the value in force; a 评分表's 评估意见 column is each row's note; a row ending in a list of
boxed options (`☑予以支持 □部分支持 □不予支持`) is whole in a dump, the next row's label no piece of it; 申请财政资金 is
the year's budget."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


def test_adjustment_form_old_and_new_columns(read):
    """`原指标值 | 调整后指标值 | 调整理由`: the target the value after, the one before and the reason in the note; the money
    before and after the adjustment. Main read it so already (a guard)."""
    r = read("ct_s51_fam6_adjust_old_new.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_initial"], p["budget_year"]) == ("高标准农田建设项目", 2024, 1500 * W, 1200 * W)
    assert (p["department"], p["unit"]) == ("长春市朝阳区农业农村局", "朝阳区农业技术推广中心")
    got = [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got[0] == ("新建高标准农田面积", "≥8000亩", "调整理由：部分地块汛期无法施工；调整前指标值：≥10000亩")
    assert got[2] == ("工程完工时间", "2024年12月底前", "调整理由：工期顺延；调整前指标值：2024年10月底前")
    assert [i[3:] for i in indicator_targets(r)][:2] == [(">=", 8000.0, "亩"), ("=", 100.0, "%")]
    assert warning_codes(r) == []


def test_adjustment_form_stages_under_one_value_head(read):
    """`指标值 | | 调整理由` over `| 调整前 | 调整后 |`: the value after the adjustment the target, the one before a note
    (`调整前指标值：≥12000人次`), as the columns of their own read. Main: the value before was the target, the one in
    force a note `调整后：≥10000人次`."""
    r = read("ct_s51_fam6_adjust_two_row_head.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["other_notes"]) == (2600 * W, 2340 * W, "调整金额：-260万元")
    assert p["goal_annual"] == "完成中小学教师培训10000人次，培训合格率达到95%以上。"
    got = [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got == [
        ("培训教师人次", "≥10000人次", "调整理由：中央财政资金下达减少；调整前指标值：≥12000人次"),
        ("培训合格率", "≥95%", "调整前指标值：≥95%"),
        ("人均培训成本", "≤2340元", "调整理由：培训周期延长；调整前指标值：≤2200元"),
        ("参训教师教学能力提升率", "≥80%", "调整前指标值：≥80%"),
        ("参训教师满意度", "≥90%", "调整前指标值：≥90%")]
    assert [i[3:] for i in indicator_targets(r)][2] == ("<=", 2340.0, "元")
    assert warning_codes(r) == []


def test_evaluation_result_feedback_form(read):
    """A 财政重点绩效评价结果反馈表: the project evaluated (评价项目), the body evaluated its department, its budget and
    spending, 评价得分 82.5 and 等级 良; the evaluator, problems, 整改要求 / 时限 and 结果应用 in other_fields; no
    indicator table, no warning. Main: layout_unknown, nothing read."""
    r = read("ct_s51_fam6_feedback.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["year"]) == ("2023年度省级文化产业发展专项资金", "海南省旅游和文化广电体育厅", 2023)
    assert (p["budget_year"], p["spent"], p["score"], p["grade"]) == (5000 * W, 4350 * W, 82.5, "良")
    assert p["title"] == "财政重点绩效评价结果反馈表"
    # (the issuer's letterhead and the paper's number kept since hunt fam7, session 52: they were lost)
    assert other_fields(p) == {
        "发文机关": "海南省财政厅", "发文字号": "琼财绩〔2024〕12号",
        "评价机构": "海南某某会计师事务所有限公司",
        "评价发现的主要问题": "1.部分子项目绩效目标设置不够细化；2.资金支出进度偏慢，执行率87%。",
        "整改要求": "请于2024年10月31日前将整改情况书面报送省财政厅。",
        "整改时限": "2024年10月31日",
        "评价结果应用": "评价结果作为2025年预算安排的重要依据，按评价等级相应压减预算。"}
    assert r.tables["indicators"] == [] and r.tables["scores"] == []
    assert warning_codes(r) == []


def test_department_form_duty_column_in_notes(read):
    """`部门职能 | 重点工作任务 | 预算金额（万元） | 一级指标 …`: each indicator's note names its duty and task (the
    amount on the task's first row). Main: the duties 社会救助 / 养老服务 / 社会组织管理 three unplaced cells, lost."""
    r = read("ct_s51_fam6_dept_duties.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_total"]) == (None, "青海省西宁市城东区民政局", 3260 * W)
    assert budget_lines(r) == [("支出", "基本支出", 1180 * W, "use"), ("支出", "项目支出", 2080 * W, "use")]
    notes = [i["note"] for i in r.tables["indicators"]]
    assert notes == [
        "部门职能：社会救助；重点工作任务：城乡低保及特困供养；预算金额（万元）：1,500.00",
        "部门职能：社会救助；重点工作任务：城乡低保及特困供养",
        "部门职能：社会救助；重点工作任务：城乡低保及特困供养",
        "部门职能：养老服务；重点工作任务：社区居家养老服务；预算金额（万元）：480.00",
        "部门职能：养老服务；重点工作任务：社区居家养老服务",
        "部门职能：社会组织管理；重点工作任务：社会组织年检；预算金额（万元）：100.00",
        "部门职能：社会组织管理；重点工作任务：社会组织年检"]
    assert [i[2:] for i in indicator_targets(r)][::3] == [
        ("城乡低保保障人数", ">=", 3200.0, "人"), ("社区养老服务站点数", ">=", 12.0, "个"),
        ("群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_government_fund_self_evaluation(read):
    """A 政府性基金 (体育彩票公益金) 自评表: its money matrix (800 / 820 / 779, 95%, 9.5 of 10), the fund's line, each
    indicator's target and what it reached, 总分 98. Main read it so already (a guard)."""
    r = read("ct_s51_fam6_lottery_selfeval.txt")
    p = only_project(r)
    assert (p["form"], p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        "self_eval", 800 * W, 820 * W, 779 * W, 0.95, 98.0)
    assert budget_lines(r) == [(None, "政府性基金", 820 * W, "source"), (None, "其他资金", 0.0, "source")]
    got = [(i["level3"], i["target_raw"], i["actual_raw"], i["deviation"]) for i in r.tables["indicators"]]
    assert got[1] == ("新建健身路径", "≥50条", "45条", "部分选址未落实")
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10.0, 9.5)]
    assert warning_codes(r) == []


def test_transfer_region_form_places(read):
    """A 中央对地方专项转移支付区域绩效目标表: the 专项 its name, the year's money 12,000万元 with its sources, the three
    places' shares as composition lines, four indicators. Main read it so already (a guard)."""
    r = read("ct_s51_fam6_transfer_regions.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("农村综合改革转移支付", "财政部", 12000 * W)
    assert other_fields(p) == {"地方主管部门": "西藏自治区财政厅"}
    assert budget_lines(r)[2:] == [(None, "拉萨市", 3200 * W, "composition"), (None, "日喀则市", 4100 * W, "composition"),
                                   (None, "昌都市", 4700 * W, "composition")]
    assert indicator_targets(r)[2][2:] == ("受益农牧民人数", ">=", 8.0, "万人")
    assert warning_codes(r) == []


def test_monitor_form_of_seven_months(read):
    """A 1-7月 绩效运行监控表: spent 9,540万元 (53%), each indicator's value so far (progress; `—` none), the forecast and the
    likelihood in its note, its 偏差原因 its deviation. Main read it so already (a guard)."""
    r = read("ct_s51_fam6_monitor_july.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (18000 * W, 9540 * W, 0.53)
    assert p["other_notes"] == "偏差原因：补贴资金按作业季节集中兑付"
    got = [(i["target_raw"], i["progress_raw"], i["deviation"], i["note"]) for i in r.tables["indicators"]]
    assert got[1] == ("≥95%", "92%", "部分市县审核滞后", "全年预计完成值：96%；完成目标可能性：有可能")
    assert got[3] == ("≥90%", None, "年底开展调查", "全年预计完成值：92%；完成目标可能性：确定能")
    assert warning_codes(r) == []


def test_pre_assessment_form_opinions_and_conclusion(read):
    """An 事前绩效评估表: 申请财政资金 the year's budget beside 项目总投资; each 评分 row its 评估意见 as note; the ticked
    评估结论 whole, the 评估机构 row after it a field of its own. Main: 申请财政资金 an unplaced_cell, the opinions lost
    without a word, `评估机构` glued to the conclusion (`…□不予支持评估机构`) and the row unparsed."""
    r = read("ct_s51_fam6_preassess_ticks.txt")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_total"], p["budget_year"], p["score"]) == (
        "城市内涝治理二期工程", "襄阳市排水管理处", 8600 * W, 3000 * W, 85.0)
    # (the ticked option since hunt fam7, session 52: it was kept with its boxes)
    assert other_fields(p) == {"评估结论": "予以支持", "评估机构": "襄阳市财政局预算评审中心",
                               "评估日期": "2024年10月20日"}
    got = [(s["level1"], s["level2"], s["weight"], s["score"], s["note"]) for s in r.tables["scores"]]
    assert len(got) == 8
    assert got[0] == ("项目必要性", "政策相关性", 10.0, 9.0, "符合国家海绵城市建设政策")
    assert got[1] == ("项目必要性", "需求迫切性", 10.0, 10.0, None)
    assert got[4] == ("投入经济性", "成本合理性", 20.0, 14.0, "部分单价高于市场价")
    assert warning_codes(r) == []
