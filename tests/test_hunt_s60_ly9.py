"""Hunt ly9 (session 60): 自评表 / 评分表 layouts, leftovers of session 59 and new ones. Fixtures
tests/fixtures/review/ct_s60_ly9_* (made by tests/fixtures/review/make_s60_ly9.py); each reading was written down by
hand before jixiao was run.

Decided:
- a score column named by an outside party before a bare 评分 / 打分 (`自评分 | 主管部门评分`, `财政评分 | 自评分`, either
  order) is a column of scores given: the party's the score, the unit's each row's self_score and its 合计 kept in
  other_fields under its head (main: the 主管部门's column lost, the unit's 97 the score); the body evaluated's own
  column (`被评价单位自评分 | 评价组评分`, s41 ra's fixture) is the unit's;
- a 评分表's 合计 states the unit's own column's total too: its rows' self_score are checked against it
  (total_row_mismatch; rv65's strict xfail now plain) — not when the column is left empty on a row;
- a `总分：90分` line under the 评分表's `合计 | 100 | 94`: the form states its score twice (score_stated_twice, the
  table's 94 kept, the line's 90 under 总分), as a `自评得分：90分` line is (main: the line dropped without a word).
Guards (read right on main too): the same line agreeing; 分值 before the targets with 偏差原因 | 改进措施 columns; two
indicator tables side by side; points at each level; a 是否完成 column.
Left then (a strict xfail, read since hunt ly14): a report listing its indicators as numbered sentences (hunt ng3
decided a 评价报告's sentences give nothing; a 自评报告's stating their scores are read).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"


def _scores(r, *keys):
    return [tuple(x.get(k) for k in keys) for x in r.tables["scores"]]


def _inds(r, *keys):
    return [tuple(x.get(k) for k in keys) for x in r.tables["indicators"]]


def test_party_named_score_column_after_the_units(read):
    """`自评分 | 主管部门评分` under a whole 自评表: the 主管部门's 92 the score, the unit's 97 kept, each row's own."""
    r = read("ct_s60_ly9_scorer_after_self.txt")
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("自评分") == "97"
    assert _scores(r, "level3", "weight", "score", "self_score") == [
        ("立项依据充分性", 10, 9, 10), ("预算执行率", 20, 18, 19), ("新建供水工程数量", 40, 38, 40),
        ("受益群众满意度", 30, 27, 28)]
    assert len(r.tables["indicators"]) == 4
    assert not {"total_row_mismatch", "weights_not_100"} & set(warning_codes(r))


def test_party_named_score_column_before_the_units(read):
    """`财政评分 | 自评分`: the 财政's 92 the score wherever it stands, the unit's 97 kept."""
    r = read("ct_s60_ly9_scorer_before_self.txt")
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("自评分") == "97"
    assert _scores(r, "level1", "level2", "level3", "weight", "score", "self_score") == [
        ("决策", "项目立项", "立项依据充分性", 10, 9, 10), ("过程", "资金管理", "预算执行率", 20, 18, 19),
        ("过程", "资金管理", "资金使用合规性", 10, 10, 10), ("产出", "产出数量", "硬化道路里程", 30, 28, 30),
        ("效益", "满意度", "群众满意度", 30, 27, 28)]
    assert not {"total_row_mismatch", "weights_not_100"} & set(warning_codes(r))


def test_party_named_columns_over_two_pages(read):
    """A laid-out 评分表 over two pages, its head printed again, `自评分 | 主管部门评分`: the level carried over the page."""
    r = read("ct_s60_ly9_scorer_pages_laid.txt")
    p = only_project(r)
    assert p["score"] == 93.5 and other_fields(p).get("自评分") == "97.5"
    assert _scores(r, "level1", "level3", "weight", "score", "self_score") == [
        ("决策", "立项依据充分性", 5, 5, 5), ("决策", "立项程序规范性", 5, 4, 5), ("决策", "绩效目标合理性", 5, 5, 5),
        ("过程", "预算执行率", 10, 9.5, 9.5), ("过程", "资金使用合规性", 10, 8, 10), ("过程", "管理制度健全性", 5, 5, 5),
        ("产出", "硬化道路里程", 30, 30, 30), ("效益", "群众满意度", 30, 27, 28)]
    assert not {"total_row_mismatch", "weights_not_100"} & set(warning_codes(r))


def test_unit_rows_short_of_their_total(read):
    """`自评分 | 主管部门评分`, the unit's rows making 95 under its 合计 of 97: total_row_mismatch (the 主管部门's add up)."""
    r = read("ct_s60_ly9_self_rows_short.txt")
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("自评分") == "97"
    assert warning_codes(r).count("total_row_mismatch") == 1
    assert "weights_not_100" not in warning_codes(r)


def test_unit_column_blank_on_a_row_says_nothing(read):
    """(guard) `自评得分 | 复核得分`, the unit's cell empty on a row: its 合计 not checked."""
    r = read("ct_s60_ly9_self_row_blank.txt")
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("自评得分") == "97"
    assert [x["self_score"] for x in r.tables["scores"]] == [10, None, 40, 28]
    assert not {"total_row_mismatch", "weights_not_100"} & set(warning_codes(r))


def test_total_line_under_the_sum_differs(read):
    """`合计 | 100 | 94` then a line `总分：90分`: said twice, the table's 94 kept, the 90 under 总分."""
    r = read("ct_s60_ly9_total_line_differs.txt")
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p).get("总分") == "90分"
    assert "score_stated_twice" in warning_codes(r)


def test_total_line_under_the_sum_agrees(read):
    """(guard) the same line stating 94: nothing said, nothing kept aside."""
    r = read("ct_s60_ly9_total_line_agrees.txt")
    p = only_project(r)
    assert p["score"] == 94 and "总分" not in other_fields(p)
    assert not {"score_stated_twice", "weights_not_100", "total_row_mismatch"} & set(warning_codes(r))


def test_narrative_indicators(read):
    """Left by ly9 (a strict xfail), read since hunt ly14: a 自评报告 listing its indicators as numbered sentences each
    stating its score (`（1）数量指标：培训人数1200人，实际完成1250人，得分10分。`) is the unit's own scoring, read as its
    自评表's; a 评价报告's sentences of no score still give nothing (hunt ng3's ct_s57_ng3_neg_eval_report_prose)."""
    r = read("ct_s60_ly9_narrative_indicators.txt")
    assert _inds(r, "level2", "level3", "actual_raw", "score") == [
        ("数量指标", "培训人数", "1250人", 10), ("质量指标", "培训考核合格率", "98%", 10),
        ("时效指标", "培训完成时间", "2024年9月", 5), ("满意度指标", "参训教师满意度", "93%", 10)]


def test_points_before_targets_reason_and_measures(read):
    """(guard) `分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因 | 改进措施`, merged levels left empty."""
    r = read("ct_s60_ly9_points_first.txt")
    p = only_project(r)
    assert p["score"] == 96
    assert _inds(r, "level1", "level2", "level3", "target_raw", "actual_raw", "weight", "score") == [
        (P, "数量指标", "硬化道路里程", "≥35公里", "36.2公里", 30, 30),
        (P, "质量指标", "工程验收合格率", "100%", "100%", 15, 15),
        (P, "时效指标", "完工时间", "2024年10月底前", "2024年12月", 15, 12),
        (E, "社会效益指标", "沿线群众出行时间缩短", "≥15分钟", "18分钟", 20, 20),
        (S, "服务对象满意度指标", "沿线群众满意度", "≥90%", "92%", 20, 19)]
    assert [i.get("deviation") for i in r.tables["indicators"]] == [
        None, None, "征地协调滞后；改进措施：提前做好前期工作", None, "个别路段排水不畅；改进措施：汛前疏通边沟"]
    assert "weights_not_100" not in warning_codes(r)


def test_two_indicator_tables_side_by_side(read):
    """(guard) two `一级指标 … 得分` tables on one grid: the left one's rows, then the right one's."""
    r = read("ct_s60_ly9_side_by_side.txt")
    assert _inds(r, "level1", "level2", "level3", "target_raw", "actual_raw", "score") == [
        (P, "数量指标", "硬化道路里程", "≥35公里", "36.2公里", 20), (P, "质量指标", "工程验收合格率", "100%", "100%", 15),
        (P, "时效指标", "完工时间", "2024年10月底前", "2024年12月", 12),
        (E, "社会效益指标", "沿线群众出行时间缩短", "≥15分钟", "18分钟", 20),
        (S, "服务对象满意度指标", "沿线群众满意度", "≥90%", "92%", 20)]


def test_points_at_each_level(read):
    """(guard) `一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分`: the level 3's points the weight."""
    r = read("ct_s60_ly9_level_points.txt")
    p = only_project(r)
    assert p["score"] == 96.5
    assert _scores(r, "level1", "level2", "level3", "weight", "score") == [
        ("决策", "项目立项", "立项依据充分性", 5, 5), ("决策", "项目立项", "立项程序规范性", 5, 5),
        ("决策", "绩效目标", "绩效目标合理性", 5, 4), ("过程", "资金管理", "预算执行率", 10, 9.5),
        ("过程", "资金管理", "资金使用合规性", 10, 10), ("过程", "组织实施", "管理制度健全性", 5, 5),
        ("产出", "产出数量", "硬化道路里程", 30, 30), ("效益", "满意度", "群众满意度", 30, 28)]
    assert not {"weights_not_100", "total_row_mismatch"} & set(warning_codes(r))


def test_done_column(read):
    """(guard) a `是否完成` column between the values and the points: each row's note, the reason its deviation."""
    r = read("ct_s60_ly9_done_column.txt")
    p = only_project(r)
    assert p["score"] == 96
    assert _inds(r, "level3", "actual_raw", "weight", "score", "note", "deviation") == [
        ("新建供水工程数量", "3处", 30, 30, "是否完成：是", None),
        ("工程完工时间", "2024年12月", 20, 16, "是否完成：否", "受雨季影响工期顺延"),
        ("巩固提升饮水安全人口", "1.25万人", 30, 30, "是否完成：是", None),
        ("受益群众满意度", "93%", 20, 20, "是否完成：是", None)]


def test_evaluated_units_own_column(read):
    """s41 ra's `被评价单位自评分 | 评价组评分`: the 评价组's 94 the score (as before), the body evaluated's column each
    row's self_score and its 合计 kept (main: neither, the 评价组评分 no scorer's head)."""
    r = read("ct_s41_ra_eval_score_two_cols.txt")
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p).get("被评价单位自评分") == "100"
    assert [x["self_score"] for x in r.tables["scores"]] == [5, 5, 10, 40, 30, 10]
    assert not {"total_row_mismatch", "weights_not_100"} & set(warning_codes(r))
