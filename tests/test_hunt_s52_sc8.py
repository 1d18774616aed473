"""Hunt sc8 (session 52): score tables (评分表). Fixtures ct_s52_sc8_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s52_sc8.py); each reading was written down by hand before jixiao was run.

Decided:
- `自评得分 | 92 | 复核得分 | 90` on one row (or `自评得分：91分 | 财政复核得分：88分`): two scores, the reviewer's (复核得分,
  复核分, 财政复核得分 …, now score labels) the form's score, settled after the unit's as a 最终得分 is, wherever it stands;
  the unit's kept in other_fields under its label (`{"自评得分": "92"}`), as a `自评得分 | 复核得分` head is read; the
  rows (the unit's, adding up to its 92) do not make the form's score: weights_not_100 says it, as it does of rv11's
  `最终得分 | 90` after a 合计 of 92;
- a 加分项 row scored with its 分值 left empty (`加分项 | | | | 获省级以上表彰加3分 | 3`): the figure under the 得分 the
  score, no weight (it was the weight, no score) — any row's lone figure under the 得分 of a table with a 分值 column;
- 加分项 / 减分项 rows below the 合计 with no 最终得分 / 总分 after them: the form's score is the 合计 plus their scores
  (92 + 5 - 1 = 96; the 合计 is the 100 points' part), as the rows outside a 合计 of 90 are added to it; only where each
  row's sign says what it does (a bonus ≥ 0, a deduction ≤ 0; else the 合计 stays the score);
- bonus levels named with a word before 加分 (`工作加分`, `特色工作加分`, as `创新加分`): no share of the 100;
- `分值 | 部门自评 | 财政复核 | 第三方评价` (each column named by whoever scored, no 得分 in the heads; or under one `评分`
  head over two rows, `单位自评 | 主管部门复核 | 财政评价`): columns of scores given, as `自评得分 | 复核得分` are — the last
  outside party's the score, the unit's own each row's self_score, the other columns' 合计 in other_fields;
- `合计 | 100 | 89 | 89% | 良` under `… | 得分 | 得分率 | 等级`: the rate is no word of the row, the 良 the form's grade.
Kept (right on main): 权重（%） for 分值, a 得分率 column, `10分` / `18分` figures under a 满分 head, `分值 | 扣分` (the
points less the deduction). Row grades (`等级` per row, derived from the rate) are not kept: the scores table has no
column for them.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_self_and_review_score_pairs_on_one_row(read):
    """`自评得分 | 92 | 复核得分 | 90` under the 合计: the score 90, the 92 under 自评得分. Main: the score 92, the 90
    lost."""
    r = read("ct_s52_sc8_self_review_pairs.txt")
    assert len(r.tables["scores"]) == 4
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p) == {"自评得分": "92"}
    # (the rows make the table's own total, the score another party's: no weights_not_100 — hunt ly7)
    assert warning_codes(r) == []


def test_self_and_review_scores_inline(read):
    """`自评得分：91分 | 财政复核得分：88分`: the score 88, the 91 under 自评得分. Main: the score 91, the 88 lost."""
    r = read("ct_s52_sc8_self_review_inline.txt")
    p = only_project(r)
    assert p["score"] == 88 and other_fields(p) == {"自评得分": "91"}
    # (the rows make the table's own total, the score another party's: no weights_not_100 — hunt ly7)
    assert warning_codes(r) == []


def test_bonus_scored_with_no_points(read):
    """`加分项 | | | | … | 3` below `合计 | 100 | 92`: score 3, no weight; the form's score 95. Main: weight 3, no score,
    the score 92."""
    r = read("ct_s52_sc8_bonus_score_only.txt")
    assert _rows(r, "level1", "level3", "weight", "score")[4] == ("加分项", None, None, 3)
    assert only_project(r)["score"] == 95 and warning_codes(r) == []


def test_bonus_and_deduction_below_total_no_final_row(read):
    """`合计 | 100 | 92`, `加分项 | … | 5 | 5`, `减分项 | … | 5 | -1`, nothing after: the score 96. Main: 92."""
    r = read("ct_s52_sc8_bonus_and_deduction_no_final.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("加分项", 5, 5), ("减分项", 5, -1)]
    assert only_project(r)["score"] == 96 and warning_codes(r) == []


def test_work_and_special_work_bonus_levels(read):
    """`工作加分`, `创新加分`, `特色工作加分` rows above the 总分 98: no share of the 100, no warning. Main: weights_not_100
    (`the weights add up to 105`)."""
    r = read("ct_s52_sc8_work_bonus_words.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("工作加分", 3, 3), ("创新加分", 2, 2), ("特色工作加分", 2, 0)]
    assert only_project(r)["score"] == 98 and warning_codes(r) == []


def test_three_scorers_named_columns(read):
    """`分值 | 部门自评 | 财政复核 | 第三方评价`: the 第三方's the score, the 部门自评 each row's self_score, the 合计's 99 and
    93 under their heads. Main: the same scores, the 部门自评 and 财政复核 columns lost without a word."""
    r = read("ct_s52_sc8_three_scorers_flat.txt")
    assert _rows(r, "level3", "weight", "score", "self_score") == [
        ("立项依据充分性", 10, 9, 10), ("预算执行率", 20, 18, 20), ("保护传承项目个数", 40, 36, 40),
        ("群众文化满意度", 30, 27, 29)]
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p) == {"部门自评": "99", "财政复核": "93"}
    assert warning_codes(r) == []


def test_three_scorers_under_one_score_head(read):
    """`评分` over `单位自评 | 主管部门复核 | 财政评价`: the 财政评价 the score, the 单位自评 the self_score, the 合计's 100 and
    94 under their heads. Main: the two columns lost without a word."""
    r = read("ct_s52_sc8_three_scorers_under_head.txt")
    assert _rows(r, "level3", "weight", "score", "self_score") == [
        ("立项依据充分性", 10, 9, 10), ("资金使用合规性", 20, 19, 20), ("扶持卤菜企业数", 40, 38, 40),
        ("产业产值增长率", 30, 26, 30)]
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p) == {"单位自评": "100", "主管部门复核": "94"}
    assert warning_codes(r) == []


def test_weight_percent_rate_and_row_grades(read):
    """`权重（%） | 得分 | 得分率 | 等级`: weights and scores as written, the 合计's 良 the grade. Main: the grade lost."""
    r = read("ct_s52_sc8_weight_rate_grade.txt")
    assert _rows(r, "level3", "weight", "score", "note") == [
        ("立项依据充分性", 10, 10, None), ("预算执行率", 20, 18, None), ("森林抚育面积", 40, 34, None),
        ("森林覆盖率", 30, 27, None)]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (89, "良") and warning_codes(r) == []


def test_full_marks_head_and_fen_figures(read):
    """`满分 | 评分标准 | 得分`, figures `10分` (right on main)."""
    r = read("ct_s52_sc8_full_marks_fen.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18), (40, 36), (30, 28)]
    assert only_project(r)["score"] == 92 and warning_codes(r) == []


def test_deduction_column_no_score_column(read):
    """`分值 | 评分标准 | 扣分 | 扣分原因`: the points less the deduction, the reason the note (right on main)."""
    r = read("ct_s52_sc8_deduction_column.txt")
    assert _rows(r, "weight", "score", "note") == [
        (10, 10, None), (20, 18, "执行率90%"), (40, 36, "2处未完工"), (30, 27, "满意度87%")]
    assert only_project(r)["score"] == 91 and warning_codes(r) == []
