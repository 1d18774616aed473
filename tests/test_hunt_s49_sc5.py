"""Hunt sc5: score tables (评分表 of 自评表 and 评价 reports) and assessment tables (考核评分表 / 考核细则). A 评分表 row whose
评分标准 names a head word (`达到目标值得满分`); a section's points in a cell of their own (`经济发展 | 40分 | …`) or in
a 权重 column after its level. Fixtures ct_s49_sc5_* (text dumps with tabs between cells, as samples/, from
tests/fixtures/make_s49_sc5.py). Each reading was written down by hand before jixiao was run; the comments say what
main gave."""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def test_a_rule_naming_a_head_word_is_no_header(read):
    """`分值 | 评分标准 | 自评得分 | 复核得分 | 扣分原因`, the row `效益 | 社会效益 | 受益人口 | 30 | 达到目标值得满分 | 满分 |
    满分`: a row of the 评分表 (its rule gives points; `满分` is its 分值, 30) — 5 scores, 复核得分 the score (5, 9.5, 32.5,
    30, 18.5: 95.5), 自评得分 each row's self_score (5, 10, 35, 30, 19; 合计 99). Main: the row taken for an indicator
    table's header (`目标值` in the rule, `满分` a 分值 head): 3 scores, the last row an indicator, two unparsed_row,
    the file partial."""
    r = read("ct_s49_sc5_review_score_full_marks.txt")
    p = only_project(r)
    assert (p["score"], other_fields(p)["自评得分"]) == (95.5, "99")
    got = [(s["level3"], s["weight"], s["self_score"], s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 5, 5, 5), ("预算执行率", 10, 10, 9.5), ("新建供水工程处数", 35, 35, 32.5),
                   ("受益人口", 30, 30, 30), ("群众满意度", 20, 19, 18.5)]
    assert r.tables["indicators"] == [] and warning_codes(r) == [] and r.document["status"] == "ok"


def test_section_points_in_a_cell_of_their_own(read):
    """`考核项目 | 项目分值 | 考核内容 | 分值 | 考核标准 | 得分` over `经济发展 | 40分 | 固定资产投资增长 | 20 | … | 18`: the
    section 经济发展, its section_points 40 (社会事业 30), the items' own points 20 / 15 and scores. Main: section_points
    null, the 40分 read as the items' cap text and lost."""
    r = read("ct_s49_sc5_section_points_cell.txt")
    got = [(a["section"], a["section_points"], a["content"], a["points"], a["score"])
           for a in r.tables["assessment_items"]]
    assert got == [("经济发展", 40, "固定资产投资增长", 20, 18), ("经济发展", 40, "招商引资到位资金", 20, 20),
                   ("社会事业", 30, "义务教育巩固率", 15, 15), ("社会事业", 30, "城乡居民医保参保率", 15, 14)]
    assert warning_codes(r) == []


def test_section_weight_merged_down_is_the_sections_points(read):
    """`考核类别 | 类别权重 | 考核内容 | 分值 | …`, the section and its 类别权重 written on its first row only: 党的建设 30,
    平安建设 20 on each of their items. Main: section_points null; the 30 / 20 read as nothing (the column had no
    role)."""
    r = read("ct_s49_sc5_section_points_merged.txt")
    got = [(a["section"], a["section_points"], a["content"], a["points"], a["score"])
           for a in r.tables["assessment_items"]]
    assert got == [("党的建设", 30, "基层党组织建设", 15, 14), ("党的建设", 30, "党风廉政建设", 15, 12),
                   ("平安建设", 20, "信访维稳", 10, 10), ("平安建设", 20, "安全生产", 10, 5)]


def test_a_weight_after_each_level_fills_section_points(read):
    """`一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 分值 | …` (s40 cw's framework): the level 1's 权重 is its section's
    points, section 决策 with section_points 20 (the level 2's stays in its text, `项目立项（权重8）`: no field). Main:
    section `决策（权重20）`, section_points null."""
    r = read("ct_s40_cw_weighted_framework.xlsx")
    got = {(a["section"], a["section_points"]) for a in r.tables["assessment_items"]}
    assert got == {("决策", 20), ("过程", 20), ("产出", 40), ("效益", 20)}
    assert r.tables["assessment_items"][0]["group"] == "项目立项（权重8）"


def test_a_slash_in_an_assessment_tables_deduction_column_is_nothing_taken_off(read):
    """A 考核评分表 `分值 | 考核标准 | 扣分 | 扣分原因` (no 得分 column) with `/`, `4`, `—`, `/ | 本单位不涉及`: scores 20, 26,
    30 and null (the row that does not apply), as a 评分表's 扣分 dash reads (hunt sc4, review rv2). Main: the `/` and
    `—` rows no score (null, null), one reading in a 评分表 and another here."""
    r = read("ct_s49_sc5_kaohe_deduction_slash.txt")
    got = [(a["content"], a["points"], a["score"]) for a in r.tables["assessment_items"]]
    assert got == [("平安建设组织领导", 20, 20), ("矛盾纠纷排查化解", 30, 26), ("社会治安防控", 30, 30), ("禁毒宣传教育", 20, None)]
    assert r.tables["assessment_items"][1]["score_note"] == "2起纠纷未及时化解"
    assert warning_codes(r) == []


def test_a_table_of_90_points_the_rate_row_above_and_the_stated_total(read):
    """`预算执行率得分（10分） | 9.2` above a 评分表 whose 合计 is `90 | 84.5`, then `自评总分 | 93.7 | 自评等级 | 优` and
    `综合评价结论 | …`: 5 scores (预算执行率 10 / 9.2 first), the project's score the stated 93.7, grade 优, the
    conclusion kept under its label; no warning (the weights 100, the scores 93.7). Main: grade `优综合评价结论` (the
    next row's label glued to the grade as a cut cell), score 84.5 (the table's part), the rate row an unparsed_row,
    weights_not_100 and a grade_mismatch."""
    r = read("ct_s49_sc5_total_90_grade_conclusion.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (93.7, "优")
    assert other_fields(p)["综合评价结论"] == "项目资金使用规范，完成了年度建设任务，亩均增产未达预期。"
    got = [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("预算执行率", 10, 9.2), ("新建高标准农田面积", 30, 30), ("工程验收合格率", 20, 18),
                   ("亩均增产粮食", 20, 17.5), ("受益农户满意度", 20, 19)]
    assert warning_codes(r) == [] and r.document["status"] == "ok"



def test_a_score_rows_name_cut_over_two_lines(read):
    """`过程 | 资金管理 | 资金按季度拨付至 | 20 | 18` then `| | 项目实施单位 | |`, `… | 保洁人员持证上岗 | 40 | 38` then
    `| | 率 | |`: the 三级 cells a line break cut, `资金按季度拨付至项目实施单位` and `保洁人员持证上岗率`; 4 scores, no
    warning. Main: the names cut, their rests two `score-table row without points` unparsed_row, the file partial."""
    r = read("ct_s49_sc5_wrapped_score_rows.txt")
    got = [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 10, 10), ("资金按季度拨付至项目实施单位", 20, 18), ("保洁人员持证上岗率", 40, 38),
                   ("群众满意度", 30, 27)]
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_a_region_forms_total_row_mismatch_is_the_funds(read):
    """A 区域绩效目标表 of 省级水利发展资金 over 3 counties' shares (1,200 + 800 + 1,500 = 3,500 万元) under `合计 |
    3,600.00`: 4 projects (the fund's form, then a county each), one total_row_mismatch, located on the fund's form
    whose 合计 it is. Main: on the first county's project (邵东市)."""
    r = read("ct_s49_sc5_region_total_on_fund.txt")
    names = {p["project_id"]: p["name"] for p in r.tables["projects"]}
    assert list(names.values()) == ["省级水利发展资金", "省级水利发展资金（邵东市）", "省级水利发展资金（新邵县）",
                                    "省级水利发展资金（隆回县）"]
    got = [(w["code"], names.get(w["project_id"])) for w in r.tables["warnings"]]
    # (the places are the fund's composition lines since hunt fam4: budget_sum_mismatch compares them with its
    # 3,600, once; the 合计 row's total_row_mismatch would say the same again)
    assert got == [("budget_sum_mismatch", "省级水利发展资金")]
