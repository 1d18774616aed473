"""Hunt sc13 (session 57): scores (评分表 under a whole 项目支出绩效自评表). Fixtures ct_s57_sc13_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s57_sc13.py: each a whole form, its fields, money, goal and
indicators, then its 评分表); each reading was written down by hand before jixiao was run.

Decided:
- one score and a grade in the one 得分 cell of the 合计 (`自评得分：86，评价等级：良`, `得分94分 等级：优`; beside
  `合计：100` too), or on a line of its own under the table (`自评得分：95分，评价等级：优`): the score the form's, the
  grade the form's grade (the row was lost, or an unparsed_row: no score, no grade; the line's grade lost);
- a figure under the 得分 on such a second line (`| | | | 每降低1%扣1分 | 19`, already the row's score): the rule's
  rest joined to the row's requirement (it was lost);
- `扣1分` under the 得分 on the second line of a row whose 分值 (and 得分) cell is merged over both lines (the 评分标准, or
  the 三级 too, cut by a line break, the second line's 分值 empty): the points of the merged cell above less the 1, as
  on one line, the cell the row's note (the score was lost; a 三级's cut rest an unparsed_row);
- `一级指标 | 二级指标 | 三级指标 | 评分标准 | 得分` whose 评分标准 holds real rules (`完成得满分，每降低1%扣1分`), no 分值
  column: a 评分表 of points unknown (weight null), each rule the row's requirement, the 合计 the form's score (it was
  read as an indicator table of no targets, duplicate_indicator warnings, no scores rows);
- `第三方评价得分：90分` on a line of its own under the 评分表: the outside party's score, the form's (settled after the
  unit's own as `财政评价得分 | 89` and `主管部门评价得分：91` were), the 合计's kept under its label (`{"总分": "94"}`);
- `满分10` / `满分 20` (no 分) under the 分值, the 合计 `满分100`: the points (sc12 took `满分10分` only; they were lost,
  the 合计 an unparsed_row).
Kept (right on main, guards): `财政评价得分 | 89 | 评价等级 | 良` and `主管部门评价得分：91` below the table; `权重（%）`
over `10%` beside a 得分率 column; half points (`17.5`) with a 扣分原因 column, the reasons the notes; a 合计 of 94 over
rows making 93.5 flagged by weights_not_100, not changed.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_score_grade_one_cell(read):
    """`合计 | 100 | 自评得分：86，评价等级：良`: score 86, grade 良. Main: neither (the cell lost)."""
    r = read("ct_s57_sc13_score_grade_one_cell.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (86, "良") and warning_codes(r) == []


def test_score_grade_no_colon(read):
    """`合计 | 100 | 得分94分 等级：优`: score 94, grade 优. Main: an unparsed_row, neither."""
    r = read("ct_s57_sc13_score_grade_no_colon.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (94, "优") and warning_codes(r) == []


def test_kou_merged_points(read):
    """`预算执行率 | 20 | 执行率100%得满分，| ` then `| | | | 每降低1%扣1分 | 扣1分`: 19, the note 扣1分. Main: no score."""
    r = read("ct_s57_sc13_kou_merged_points.txt")
    assert _rows(r, "level3", "weight", "score", "note") == [
        ("立项依据充分性", 10, 10, None), ("预算执行率", 20, 19, "扣1分"), ("道路硬化里程", 40, 40, None),
        ("沿线群众满意度", 30, 28, "扣2分")]
    assert only_project(r)["score"] == 97 and warning_codes(r) == []


def test_kou_merged_points_name_cut(read):
    """`资金拨付及时 | 20 | …` then `| | 性 | | … | 扣1.5分`: the name whole, 18.5. Main: no score, `性` an unparsed_row."""
    r = read("ct_s57_sc13_kou_merged_points_name_cut.txt")
    assert _rows(r, "level3", "weight", "score", "note")[1] == ("资金拨付及时性", 20, 18.5, "扣1.5分")
    assert only_project(r)["score"] == 96.5 and warning_codes(r) == []


def test_rule_column_rules(read):
    """`三级指标 | 评分标准 | 得分`, the 评分标准 rules, no 分值: a 评分表 of no points, the rules kept. Main: indicators."""
    r = read("ct_s57_sc13_rule_column_rules.txt")
    assert _rows(r, "level1", "level3", "weight", "score", "requirement") == [
        ("决策", "立项依据充分性", None, 10, "依据充分得满分，否则扣2分"),
        ("过程", "预算执行率", None, 18, "完成得满分，每降低1%扣1分"),
        ("产出", "道路硬化里程", None, 40, "完成得满分，每少1公里扣2分"),
        ("效益", "沿线群众满意度", None, 27, "≥90%得满分，每降低1个百分点扣1分")]
    assert len(r.tables["indicators"]) == 4 and only_project(r)["score"] == 95
    assert "duplicate_indicator" not in warning_codes(r)


def test_third_party_field(read):
    """`第三方评价得分：90分` under the 评分表: score 90, the 合计's kept. Main: 94, the 90 lost."""
    r = read("ct_s57_sc13_third_party_field.txt")
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p).get("总分") == "94"


def test_fiscal_eval_field(read):
    """`财政评价得分 | 89 | 评价等级 | 良` under the 评分表: score 89, grade 良, `{"总分": "94"}` (guard)."""
    r = read("ct_s57_sc13_fiscal_eval_field.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (89, "良") and other_fields(p) == {"总分": "94"}


def test_dept_eval_field(read):
    """`主管部门评价得分：91 | | | 审核人：彭志刚` under the 评分表: score 91 (guard)."""
    r = read("ct_s57_sc13_dept_eval_field.txt")
    p = only_project(r)
    assert p["score"] == 91 and other_fields(p).get("总分") == "94"


def test_full_marks_no_fen(read):
    """`满分10` / `满分 20` under the 分值, `合计 | 满分100 | 94`: the points, score 94. Main: no points, no score."""
    r = read("ct_s57_sc13_full_marks_no_fen.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 19), (40, 38), (30, 27)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_points_cell():
    """A points cell: `满分10`, `满分 10`, `10分`, `10.00`, `满分10分`; not a year, a count, words. (Main: no
    points_cell.)"""
    from parsers.core import points_cell
    for t, v in (("满分10", "10"), ("满分 10", "10"), ("10分", "10"), ("10.00", "10.00"), ("满分10分", "10"),
                 ("满分100", "100"), ("共10分", "10"), ("满分7.5", "7.5")):
        assert points_cell(t) == v, t
    for t in ("满分2024", "2024年", "10个", "10人", "满分", "得满分", "10%以上", "满分10人"):
        assert points_cell(t) is None, t


def test_weight_percent_rate(read):
    """`权重（%）` over `10%`, a 得分率 column beside the 得分 (guard)."""
    r = read("ct_s57_sc13_weight_percent_rate.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18), (40, 40), (30, 27)]
    assert only_project(r)["score"] == 95 and warning_codes(r) == []


def test_half_points_reason(read):
    """`17.5` / `27.5` with their 扣分原因: the notes (guard)."""
    r = read("ct_s57_sc13_half_points_reason.txt")
    assert _rows(r, "score", "note") == [(10, None), (17.5, "执行率87.5%"), (40, None), (27.5, "满意度88%")]
    assert only_project(r)["score"] == 95 and warning_codes(r) == []


def test_half_total_not_sum(read):
    """`合计 | 100 | 94` over rows making 93.5: the form's 94, weights_not_100 says it (guard)."""
    r = read("ct_s57_sc13_half_total_not_sum.txt")
    assert only_project(r)["score"] == 94 and warning_codes(r) == ["weights_not_100"]
    assert "93.5" in r.tables["warnings"][0]["message"]


def test_score_grade_line(read):
    """`自评得分：95分，评价等级：优` on a line of its own under the 评分表: grade 优, score 95. Main: no grade."""
    r = read("ct_s57_sc13_score_grade_line.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (95, "优") and warning_codes(r) == []


def test_merged_points_figure(read):
    """`预算执行率 | 20 | 执行率100%得满分，| ` then `| | | | 每降低1%扣1分 | 19`: 19, the rule whole. Main: the rule's
    rest lost."""
    r = read("ct_s57_sc13_merged_points_figure.txt")
    assert _rows(r, "weight", "score", "requirement")[1] == (20, 19, "执行率100%得满分，每降低1%扣1分")
    assert only_project(r)["score"] == 97 and warning_codes(r) == []


def test_labelled_total_grade(read):
    """`合计：100 | 自评得分：95，评价等级：优`: score 95, grade 优. Main: neither."""
    r = read("ct_s57_sc13_labelled_total_grade.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (95, "优") and warning_codes(r) == []
