"""Review rv4 of the rules merged in the session's second wave (hunts fy3, lq3, review rv3, refactor rf, speed sp2),
read for their edges: siblings a rule misses, twins of a rule that exists, rules that fire where they should not.
Text dumps ct_s45_rv4_*.txt (tabs between cells, as samples/). Each reading was written down by hand before jixiao
was run; the comments say what main gave. Findings and what was left: /tmp/s45/rv4-REVIEW.md."""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


# ---------------------------------------------------------------- fy3's name from a 指标体系 title: its siblings

def test_project_spending_evaluation_index_title_names_the_project(read):
    """`2024年度隆回县农村公路养护项目支出绩效评价指标体系` over a scored 一级指标 | 权重 | … | 得分 table: the project the
    title names is `隆回县农村公路养护项目` (项目支出绩效评价 is the evaluation's kind, 支出 no part of the name), six
    scores, its 合计 92. Main: no project (`not_a_form`: fy3's rule wanted 项目 right before 绩效)."""
    r = read("ct_s45_rv4_tixi_spending.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["score"]) == ("self_eval", "隆回县农村公路养护项目", 2024, 92)
    s = r.tables["scores"]
    assert len(s) == 6 and sum(x["weight"] for x in s) == 100 and sum(x["score"] for x in s) == 92
    assert warning_codes(r) == []


def test_evaluation_index_table_title_names_the_project(read):
    """`附表3` over `2023年度邵东市城区排水管网改造项目绩效评价指标体系表` (the title ending 指标体系表) over a scored table
    of six rows: the project `邵东市城区排水管网改造项目`, its 合计 94. Main: no project (`not_a_form`)."""
    r = read("ct_s45_rv4_tixi_table_word.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["score"]) == ("邵东市城区排水管网改造项目", 2023, 94)
    assert len(r.tables["scores"]) == 6
    assert warning_codes(r) == []


# ---------------------------------------------------------------- fy3's numbered levels: one outline number, its siblings

def test_levels_numbered_with_a_half_bracket(read):
    """`三、年度绩效指标` over rows `1）产出指标 | 数量指标 | 购置设备数量 | ≥40台（套）` with no head row (levels numbered
    `1）`, `2）`, as Word's outline numbering writes them): four indicators, each level 1 without its number, as fy3's
    `（一）产出指标` rows. Main: no indicator (`no_indicators`, the three numbered rows `unparsed_row`; fy3's level number
    took `（一）`, `一、`, `1.` only, a twin of the report-heading number in parsers/forms)."""
    r = read("ct_s45_rv4_levels_half_paren.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("武冈市乡镇卫生院设备购置项目", 260 * 10_000.0)
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [("产出指标", "数量指标", "购置设备数量", "≥40台（套）"),
                   ("产出指标", "质量指标", "设备验收合格率", "100%"),
                   ("效益指标", "社会效益指标", "基层就诊人次增长率", "≥5%"),
                   ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]
    assert warning_codes(r) == ["table_header_implied"]


# ---------------------------------------------------------------- fy3's 执行进度 as execution_rate: words under it

def test_progress_in_words_under_execution_progress_kept(read):
    """A `2024年度县重点项目建设进度表` (`总投资 | 年度计划投资 | 1-9月完成投资 | 执行进度 | 存在问题`) whose 执行进度 is the works'
    progress in words (`主体结构完工，完成形象进度70%`, `完成管网5公里`) and once a share (`90%`): the words are no execution
    rate, kept under their head; the share is the rate. Main: the words lost (fy3 made `执行进度` the list's
    execution_rate; a cell it cannot read was dropped, neither the rate nor an other field)."""
    r = read("ct_s45_rv4_progress_physical.txt")
    got = [(p["name"], p["execution_rate"], other_fields(p).get("执行进度")) for p in r.tables["projects"]]
    assert got == [("县第二中学教学楼建设项目", None, "主体结构完工，完成形象进度70%"),
                   ("城区污水管网改造工程", None, "完成管网5公里"),
                   ("县人民医院门诊楼装修项目", 0.9, None)]


# ---------------------------------------------------------------- fy3's goal by level: two levels on a row

def test_goal_by_level_two_levels_on_a_row(read):
    """`年度绩效目标 | 产出目标 | 开展职业技能培训3000人次 | 效益目标 | 培训后就业率不低于70%` over `| 满意度目标 | 学员满意度达到90%以上`:
    the goal written by level, two levels on the first row — all three levels' texts the goal, none an other field.
    Main: goal_annual `产出目标：…；满意度目标：…` and `效益目标` an other field (fy3's rule took one level a row)."""
    r = read("ct_s45_rv4_goal_levels_one_row.txt")
    p = only_project(r)
    assert p["goal_annual"] == ("产出目标：开展职业技能培训3000人次；效益目标：培训后就业率不低于70%；"
                                "满意度目标：学员满意度达到90%以上")
    assert other_fields(p) == {}
    assert len(r.tables["indicators"]) == 3 and warning_codes(r) == []


# ---------------------------------------------------------------- fy3's `得分（分值）`: its sibling, the points first

def test_points_then_score_in_brackets_self_eval(read):
    """fy3's 自评表 with the head written the other way, `分值（得分）`, its cells `20（20）`, `10（8）` (the points, the score
    in brackets), the money row's `10（9.5）` beside 执行率 and the 总分 `100（96.5）`: weight and score apart, the
    project's score 96.5. Main: no weight nor score (`20（20）` the 偏差原因, `10（8）` lost), the money row's pair an
    unplaced_cell, the project's score 100 (the points)."""
    r = read("ct_s45_rv4_points_then_score.txt")
    p = only_project(r)
    assert (p["name"], p["score"], p["execution_rate"]) == ("涟源市农村饮水安全维修养护项目", 96.5, 0.95)
    got = [(i["level3"], i["weight"], i["score"], i["deviation"]) for i in r.tables["indicators"]]
    assert got == [("维修养护工程数量", 20, 20, None), ("维修工程验收合格率", 15, 15, None),
                   ("维修完成及时率", 10, 8, "汛期影响部分工程延后"), ("巩固受益人口", 15, 15, None),
                   ("工程正常运行率", 15, 14, None), ("受益群众满意度", 15, 15, None)]
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10, 9.5)]
    assert warning_codes(r) == []


def test_points_then_score_in_brackets_score_sheet(read):
    """A 评分表 `一级指标 | 二级指标 | 三级指标 | 分值（得分）` of cells `5（4）`, `30（27）`, closed by `合计 | 100（92）`: six
    scores with their points, the form's score 92."""
    r = read("ct_s45_rv4_score_sheet_points_first.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == ("绥宁县乡镇污水处理设施建设项目", 92)
    got = [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 5, 5), ("立项程序规范性", 5, 4), ("资金到位率", 10, 10),
                   ("污水管网建设长度", 30, 27), ("污水处理率", 30, 28), ("群众满意度", 20, 18)]
    assert warning_codes(r) == []
