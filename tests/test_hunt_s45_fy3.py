"""Hunt fy3 (form families and their layouts): a 申报表 followed in its file by its 调整申请表 of no money unit of its own;
score cells `得分（分值）` written `8（10）`; a 预算执行进度表 titled neither 监控 nor 自评; a goal written by level over rows
(`年度绩效目标 | 产出目标 | …` over `| 效益目标 | …`); a bare `表2` or `项目二` line between two forms; a 自评表 and a 评分表
of one project in one file, either order (weights_not_100 summed their scores together); a 专项资金绩效目标表 with its
区域绩效目标 list over the indicator table; a project's 绩效评价指标体系 with 权重 beside each level and a 评价标准 column;
levels numbered `（一）产出指标` under no head; a 监控表's 原因分析 column; a 项目支出进度表's 全年预算 / 累计支出. Text dumps (tabs between
cells, as samples/). Each reading was written down by hand before jixiao was run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


def test_adjustment_after_its_declaration_in_the_same_unit(read):
    """A 2024 申报表 (`金额单位：万元`) then, in the same file, its 调整申请表 of the same project with no unit line of its
    own (`项目资金 | 调整前预算数 | 3,000.00 | 调整后预算数 | 2,400.00`): the adjustment's money is in 万元 as the
    declaration's (its 调整前 is the declaration's 3,000). Main: budget_initial 3,000 元 and budget_year 2,400 元."""
    r = read("ct_s45_fy3_target_then_adjust.txt")
    first, adj = r.tables["projects"]
    assert (first["name"], first["budget_year"]) == ("新化县高标准农田建设项目", 3000 * W)
    assert (adj["name"], adj["title"]) == ("新化县高标准农田建设项目", "2024年度项目支出绩效目标调整申请表")
    assert (adj["budget_initial"], adj["budget_year"]) == (3000 * W, 2400 * W)
    adj_ind = [i for i in r.tables["indicators"] if i["project_id"] == adj["project_id"]]
    assert [(i["level3"], i["target_raw"]) for i in adj_ind][0] == ("建成高标准农田面积", "≥2.4万亩")
    assert adj_ind[0]["note"] == "调整理由：资金减少；调整前指标值：≥3万亩"
    assert warning_codes(r) == []


def test_score_with_its_points_in_brackets(read):
    """`得分（分值）` heads a column of `20（20）`, `8（10）` (the score, its points in brackets), beside 执行率 in the money
    row (`9.5（10）`) and on the 总分 row (`96.5（100）`): weight and score apart. Main: the cells taken for the
    偏差原因 (`20（20）` as a deviation), no weight, the money row's `9.5（10）` an unplaced_cell and the 总分 read only
    as the score."""
    r = read("ct_s45_fy3_score_weight_brackets.txt")
    p = only_project(r)
    assert (p["name"], p["score"], p["execution_rate"], p["budget_year"]) == (
        "涟源市农村饮水安全维修养护项目", 96.5, 0.95, 300 * W)
    got = [(i["level3"], i["weight"], i["score"], i["deviation"]) for i in r.tables["indicators"]]
    assert got == [("维修养护工程数量", 20, 20, None), ("维修工程验收合格率", 15, 15, None),
                   ("维修完成及时率", 10, 8, "汛期影响部分工程延后"), ("巩固受益人口", 15, 15, None),
                   ("工程正常运行率", 15, 14, None), ("受益群众满意度", 15, 15, None)]
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10, 9.5)]
    assert warning_codes(r) == []


def test_scoring_sheet_with_points_in_brackets(read):
    """A 评分表 `一级指标 | 二级指标 | 三级指标 | 得分（分值）` of cells `4（5）`, closed by `合计 | 95（100）`: six scores with
    their points, the form's score 95. Main: no score (each row `score-table row without points`, `no_indicators`)."""
    r = read("ct_s45_fy3_score_sheet_brackets.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("城步县城区道路改造项目", 95.0)
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("立项依据充分性", 5, 5), ("立项程序规范性", 5, 4), ("资金到位率", 10, 10), ("道路改造长度", 30, 28),
        ("社会效益", 30, 30), ("群众满意度", 20, 18)]
    assert warning_codes(r) == []


def test_budget_progress_list(read):
    """`2025年1-9月项目支出预算执行进度表` over `序号 | 项目名称 | 主管部门 | 年初预算数 | 调整后预算数 | 1-9月支出数 | 执行进度 |
    未达序时进度原因` (no 监控 nor 自评 in it): one project a row, its money, spent and execution_rate, the reason an
    other field. Main: layout_unknown, no project."""
    r = read("ct_s45_fy3_progress_list.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"])
            for p in ps] == [
        ("冷水江市城区污水管网改造工程", "冷水江市住房和城乡建设局", 2000 * W, 1800 * W, 1260 * W, 0.70),
        ("冷水江市中小学校舍维修项目", "冷水江市教育局", 600 * W, 600 * W, 330 * W, 0.55),
        ("冷水江市农村公路养护项目", "冷水江市交通运输局", 450 * W, 450 * W, 382.5 * W, 0.85)]
    assert {p["form"] for p in ps} == {"self_eval"} and {p["year"] for p in ps} == {2025}
    assert other_fields(ps[1]) == {"未达序时进度原因": "暑期集中施工，结算未完成"}
    assert warning_codes(r) == []


def test_spending_progress_list(read):
    """`2024年项目支出进度表` over `序号 | 项目名称 | 预算单位 | 全年预算 | 累计支出 | 支出进度 | 备注` (单位：万元): one project a
    row, 全年预算 its budget_year, 累计支出 (the money spent so far beside its share) its spent. Main: layout_unknown, no
    project (支出进度 named no column; read as one, the two money heads were other fields)."""
    r = read("ct_s45_fy3_spending_progress_list.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"], p["spent"], p["execution_rate"]) for p in ps] == [
        ("绥宁县农村公路安防工程", "绥宁县交通运输局", 500 * W, 420 * W, 0.84),
        ("绥宁县中小学校舍维修", "绥宁县教育局", 300 * W, 150 * W, 0.5)]
    assert other_fields(ps[1]) == {"备注": "暑期施工"}
    assert warning_codes(r) == []


def test_monitor_reason_analysis_column(read):
    """A 绩效运行监控表 `… | 1-6月完成值 | 完成进度 | 是否偏离目标 | 原因分析 | 纠偏措施`: the 原因分析 is the row's deviation (as
    偏差原因), the 纠偏措施 in the note. Main: deviation null, `原因分析：部分工程未完工` in the note."""
    r = read("ct_s45_fy3_monitor_reason_analysis.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["spent"], p["execution_rate"]) == (
        "self_eval", "隆回县农村饮水提质增效工程", 480 * W, 0.4)
    t = r.tables["indicators"][2]
    assert (t["level3"], t["progress_raw"], t["deviation"]) == ("受益人口", "40%", "部分工程未完工")
    assert t["note"] == "1-6月完成值：1.2万人；是否偏离目标：是；纠偏措施：加快施工进度"
    assert [i["deviation"] for i in r.tables["indicators"]] == [None, None, "部分工程未完工", None]
    assert warning_codes(r) == []


def test_goal_written_by_level_over_rows(read):
    """`年度绩效目标 | 产出目标 | 开展…` over `| 效益目标 | …` and `| 满意度目标 | …`: the goal is the three levels' texts,
    each after its level's name. Main: goal_annual `产出目标` (the level's name, its text lost), the other two levels
    in other_fields."""
    r = read("ct_s45_fy3_goal_by_level_rows.txt")
    p = only_project(r)
    assert p["goal_annual"] == ("产出目标：开展职业技能培训3000人次，培训合格率达到90%以上。效益目标：培训后就业率不低于70%。"
                                "满意度目标：参训人员满意度达到90%以上。")
    assert other_fields(p) == {}
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == []


def test_table_number_line_between_forms(read):
    """`表2` alone on a line between a 自评表's last indicator row and the next 自评表's title: a caption's number, no
    indicator. Main: an indicator named `表2` in the first form (and a target_missing)."""
    r = read("ct_s45_fy3_table_number_line.txt")
    assert [p["name"] for p in r.tables["projects"]] == ["隆回县农村危房改造项目", "隆回县农村公路养护项目"]
    assert [i["level3"] for i in r.tables["indicators"]][3:5] == ["改造户满意度", "养护里程"]
    assert len(r.tables["indicators"]) == 8
    assert warning_codes(r) == []


def test_caption_line_between_forms(read):
    """`项目二` alone on a line between a 自评表's last indicator row and the next form's `项目名称 | …` (no title of its
    own): the next form's caption, no indicator of the first. Main: an indicator named `项目二` (and a target_missing)."""
    r = read("ct_s45_fy3_caption_between_forms.txt")
    assert [p["name"] for p in r.tables["projects"]] == ["隆回县农村危房改造项目", "隆回县农村公路养护项目"]
    assert [i["level3"] for i in r.tables["indicators"]][3:5] == ["改造户满意度", "养护里程"]
    assert len(r.tables["indicators"]) == 8
    assert warning_codes(r) == []


def test_indicator_rows_of_numbered_levels_under_a_heading(read):
    """`三、年度绩效指标` over rows `（一）产出指标 | 数量指标 | 改造游步道长度 | ≥12公里` with no head row (the levels numbered
    as outline items): an indicator table whose head is implied, four indicators, each level 1 without its number.
    Main: no indicator (`no_indicators`, three rows `row without a known label`; `（一）产出指标` was no level's name)."""
    r = read("ct_s45_fy3_numbered_levels_no_head.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("新宁县崀山景区游步道改造项目", 450 * W)
    assert [t[:3] for t in indicator_targets(r)] == [
        ("产出指标", "数量指标", "改造游步道长度"), ("产出指标", "质量指标", "工程验收合格率"),
        ("效益指标", "社会效益指标", "年接待游客增长率"), ("满意度指标", "服务对象满意度指标", "游客满意度")]
    assert [i["level1_std"] for i in r.tables["indicators"]] == ["output", "output", "outcome", "satisfaction"]
    assert warning_codes(r) == ["table_header_implied"]


def test_self_eval_and_scoring_table_of_one_project(read):
    """A 自评表 (indicators 90 points, the money row's 预算执行率 10, `总分 | 100 | 97.5`) then a 评分表 of the same project
    (`合计 | 100 | 95.5`): one project, score 97.5 (the first stated), each table's points adding up to its own total.
    Main: weights_not_100 `the scores add up to 193 but the total score is 97.5` (both tables summed)."""
    r = read("ct_s45_fy3_self_eval_and_scores.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("武冈市城区供水管网改造项目", 97.5)
    s = r.tables["scores"]
    assert len(s) == 13 and sum(x["score"] for x in s[1:]) == 95.5
    assert sum(i["score"] for i in r.tables["indicators"]) + s[0]["score"] == 97.5
    assert warning_codes(r) == []


def test_self_eval_and_scoring_table_still_checked(read):
    """The same file with one indicator's score 19 of 20 (its 总分 still 97.5): the indicators with the 预算执行率 row
    add up to 96.5, not their 总分 — weights_not_100 still says so, the 评分表 (adding up to its own 合计) left out of
    the sum. Main: `the scores add up to 192`, both tables summed."""
    r = read("ct_s45_fy3_self_eval_and_scores_off.txt")
    assert warning_codes(r) == ["weights_not_100"]
    assert "the scores add up to 96.5 but the total score is 97.5" in r.tables["warnings"][0]["message"]


def test_scoring_table_then_self_eval_of_one_project(read):
    """The same two forms the other way round, the 评分表 (`合计 | 100 | 95.5`) first: the project's score the first
    stated, 95.5; the 自评表's indicators with its money row's 预算执行率 make its own `总分 | 100 | 97.5`. Main:
    weights_not_100 `the scores add up to 193 but the total score is 95.5`."""
    r = read("ct_s45_fy3_scores_then_self_eval.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("武冈市城区供水管网改造项目", 95.5)
    assert len(r.tables["scores"]) == 13 and len(r.tables["indicators"]) == 6
    assert warning_codes(r) == []


def test_scoring_table_then_self_eval_still_checked(read):
    """…and with one indicator's score 19 of 20 there: the 自评表's 总分 97.5 is not what its rows make (96.5) —
    total_row_mismatch says so, at the 总分 row (no weights_not_100 comparing them with the 评分表's 95.5). Main:
    weights_not_100 `the scores add up to 192`."""
    r = read("ct_s45_fy3_scores_then_self_eval_off.txt")
    assert warning_codes(r) == ["total_row_mismatch"]
    w = r.tables["warnings"][0]
    assert "states scores of 97.5" in w["message"] and "add up to 96.5" in w["message"] and w["line"] == 29


def test_fund_target_with_its_regional_goals(read):
    """A 专项资金绩效目标表 (`专项资金名称 | …`, 资金总额 with its 中央 / 省级 parts, 总体绩效目标) with a `区域绩效目标` list
    (`市州 | 资金（万元） | 绩效目标`) over its indicator table in one frame: the fund's project with its four indicators,
    then one project a 市州 named by the fund and the place. Main: layout packed_list — seven projects named 长沙市 …
    and 一级指标 / 产出指标 … (the indicator table's rows read as places), the fund's own form lost."""
    r = read("ct_s45_fy3_fund_region_target.txt")
    ps = r.tables["projects"]
    assert [p["name"] for p in ps] == ["湖南省农村人居环境整治专项资金", "湖南省农村人居环境整治专项资金（长沙市）",
                                       "湖南省农村人居环境整治专项资金（衡阳市）", "湖南省农村人居环境整治专项资金（邵阳市）"]
    fund = ps[0]
    assert (fund["department"], fund["budget_total"], fund["goal_total"]) == (
        "湖南省农业农村厅", 30000 * W, "支持全省农村厕所改造和生活垃圾治理，改善农村人居环境。")
    assert [(p["budget_year"], other_fields(p)) for p in ps[1:]][0] == (9000 * W, {"市州": "长沙市"})
    assert ps[3]["goal_annual"] == "改造农村户厕2万户，生活垃圾收运处置体系覆盖率≥90%"
    assert {i["project_id"] for i in r.tables["indicators"]} == {fund["project_id"]}
    assert [t[2:] for t in indicator_targets(r)] == [
        ("改造农村户厕数量", ">=", 10.0, "万户"), ("户厕改造验收合格率", ">=", 95.0, "%"),
        ("农村生活垃圾收运处置体系覆盖率", ">=", 90.0, "%"), ("农户满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_project_evaluation_index_with_weights_by_level(read):
    """`2024年度新宁县义务教育薄弱环节改善项目绩效评价指标体系` over `一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重 | 评价标准 |
    得分`, its 得分 filled in: the project the title names (its year left out), twelve scores, each weight the 三级's.
    Main: no project (`not_a_form`: a 指标体系 naming no project)."""
    r = read("ct_s45_fy3_eval_index_weights.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["score"]) == ("self_eval", "新宁县义务教育薄弱环节改善项目", 2024, 94.1)
    s = r.tables["scores"]
    assert len(s) == 12 and sum(x["weight"] for x in s) == 100
    assert (s[5]["level1"], s[5]["level2"], s[5]["level3"], s[5]["weight"], s[5]["score"]) == (
        "过程", "资金管理", "预算执行率", 5, 4.6)
    assert round(sum(x["score"] for x in s), 2) == 94.1
    assert warning_codes(r) == []
