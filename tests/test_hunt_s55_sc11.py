"""Hunt sc11 (session 55): scores (评分表 under a whole 项目支出绩效自评表, a 自评表's own score fields). Fixtures
ct_s55_sc11_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s55_sc11.py: each a whole form, its
fields, money, goal and indicators, then its 评分表); each reading was written down by hand before jixiao was run.

Decided:
- `合计：100 | 得分：92 | 最终得分：88` under the one 得分 column: the score the form settles on (a 最终得分, a reviewer's,
  an outside party's) that column's, 88, the unit's 92 kept under its label (`{"得分": "92"}`), as sc10's `自评得分：94 |
  最终得分：88` under two columns (it was an unparsed_row, the score lost); the rows are the unit's 92, so the
  weights_not_100 sc8 kept for a reviewer's total stays;
- `部门评价得分` / `主管部门评价得分` / `财政评价得分` (an outside party's evaluation of the unit's work) a score settled
  after the unit's own, as a 复核得分 (tables.FINAL_SCORE_HEADS, forms' field labels): `自评得分：95分 | 财政评价得分：89分`
  on a 合计 (an unparsed_row) and `自评得分 | 95 | 主管部门评价得分 | 90` among a form's fields (the 90 lost);
- `复核总得分 | 88 | 复核等级 | 良` under a 自评表's `总分 | 100 | 95`: a form field, the reviewer's 88 the score, the 95 under
  总分 as `复核得分` gives (it was `{"复核总得分": "88"}`, the score 95, a grade_mismatch);
- a 扣分项's / 减分项's figure under the 得分 written with no minus (`扣分项 | … | 2`): the points taken off, the row's
  score -2, as `-2` reads (the 2 was added to the rows' sum: a false weights_not_100 before a 最终得分; with none the
  form's score was the 合计's 94, not 92);
- `三级指标 | 自评得分 | 分值 | 评分标准` (the score before the points): each figure its column's (the score was read as the
  points: score_over_weight, weights_not_100);
- `标准分 | 评分标准 | 实得分`: 实得分 a score head (the table was no 评分表, the score lost).
Kept (right on main, guards): a `部门评价得分` column beside 自评得分; `10分 | 8.5分` and a 得分率 column with levels; a
评分表 over two pages, its head repeated (its 减分项 now signed).
"""
from __future__ import annotations

import re

from parsers.tables import FINAL_SCORE_HEADS
from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_total_labels_one_score_head(read):
    """`合计：100 | 得分：92 | 最终得分：88` under one 得分 column: score 88, `{"得分": "92"}`. Main: an unparsed_row, no
    score."""
    r = read("ct_s55_sc11_total_labels_one_score_head.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 19), (40, 38), (30, 25)]
    p = only_project(r)
    assert p["score"] == 88 and other_fields(p) == {"得分": "92"}
    assert warning_codes(r) == ["weights_not_100"]     # (the rows make the unit's 92, as sc8 decided)


def test_fiscal_eval_labelled_total(read):
    """`合计：100分 | 自评得分：95分 | 财政评价得分：89分` under one 得分 column: score 89, `{"自评得分": "95"}`. Main: an
    unparsed_row, no score."""
    r = read("ct_s55_sc11_fiscal_eval_labelled_total.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18.8), (40, 40), (30, 26.2)]
    p = only_project(r)
    assert p["score"] == 89 and other_fields(p) == {"自评得分": "95"}
    assert warning_codes(r) == ["weights_not_100"]


def test_dept_eval_score_column(read):
    """`分值 | 自评得分 | 部门评价得分` columns: the department's the score, the unit's the self_score (guard)."""
    r = read("ct_s55_sc11_dept_eval_score_column.txt")
    assert _rows(r, "weight", "score", "self_score") == [(10, 10, 10), (20, 19, 19), (40, 37, 40), (30, 25, 28)]
    p = only_project(r)
    assert p["score"] == 91 and other_fields(p) == {"自评得分": "97"} and warning_codes(r) == []


def test_dept_eval_fields(read):
    """`自评得分 | 95 | | 主管部门评价得分 | 90` among a 自评表's fields: score 90, `{"自评得分": "95"}`. Main: no score, the 90
    lost."""
    r = read("ct_s55_sc11_dept_eval_fields.txt")
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p) == {"自评得分": "95"} and warning_codes(r) == []


def test_review_total_field(read):
    """`复核总得分 | 88 | | 复核等级 | 良` under a 自评表's `总分 | 100 | 95`: score 88, grade 良, `{"总分": "95"}` (as
    `复核得分` reads). Main: score 95, `{"复核总得分": "88"}`, a grade_mismatch."""
    r = read("ct_s55_sc11_review_total_field.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (88, "良") and other_fields(p) == {"总分": "95"}
    assert warning_codes(r) == ["weights_not_100"]     # (the indicators' points make the unit's 95)


def test_deduction_plain_no_final(read):
    """`扣分项 | 违规违纪 | 审计发现问题 | | … | 2` under the 合计's 94, nothing after: the row -2, the score 92. Main: the
    row 2, the score 94."""
    r = read("ct_s55_sc11_deduction_plain_no_final.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("扣分项", None, -2)]
    assert only_project(r)["score"] == 92 and warning_codes(r) == []


def test_deduction_plain_with_final(read):
    """`减分项 | … | 5 | … | 3` between the 合计's 97 and the 最终得分 94: the row -3, no warning. Main: the row 3, a
    weights_not_100 (`the scores add up to 100`)."""
    r = read("ct_s55_sc11_deduction_plain_with_final.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("减分项", 5, -3)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_two_pages_deduction_final(read):
    """A 评分表 over two pages (`- 2 -`, its head again), its 减分项 `1` before the 最终得分 95: the rows whole, the
    减分项 -1. Main: the row 1."""
    r = read("ct_s55_sc11_two_pages_deduction_final.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 10, 10), ("预算执行率", 20, 19), ("改造排水管渠长度", 40, 40), ("古城居民满意度", 30, 27),
        ("施工安全事故", 5, -1)]
    assert only_project(r)["score"] == 95 and warning_codes(r) == []


def test_score_before_points(read):
    """`三级指标 | 自评得分 | 分值 | 评分标准`: the points and the scores each their column's, score 93.5. Main: the two
    swapped (score_over_weight, weights_not_100), score 100."""
    r = read("ct_s55_sc11_score_before_points.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18.5), (40, 40), (30, 25)]
    assert only_project(r)["score"] == 93.5 and warning_codes(r) == []


def test_standard_actual_points(read):
    """`标准分 | 评分标准 | 实得分`, half points: the 评分表's rows, score 97.5. Main: no 评分表, an unparsed_row."""
    r = read("ct_s55_sc11_standard_actual_points.txt")
    assert _rows(r, "level3", "weight", "score") == [("立项依据充分性", 10, 9.5), ("预算执行率", 20, 19.5),
                                                     ("改造消防管网长度", 40, 40), ("寨民满意度", 30, 28.5)]
    assert only_project(r)["score"] == 97.5 and warning_codes(r) == []


def test_fen_suffix_rate_column(read):
    """`10分 | 8.5分 | 85%` under `分值 | 得分 | 得分率` with levels: the figures, score 94.3 (guard)."""
    r = read("ct_s55_sc11_fen_suffix_rate_column.txt")
    assert _rows(r, "level1", "weight", "score") == [("决策", 10, 10), ("过程", 20, 18.8), ("产出", 40, 40),
                                                     ("效益", 30, 25.5)]
    assert only_project(r)["score"] == 94.3 and warning_codes(r) == []


def test_final_score_spellings():
    """The outside party's score spellings settle after the unit's; the unit's own and a plain 评价得分 do not."""
    final = re.compile(rf"^{FINAL_SCORE_HEADS}$")
    for k in ("部门评价得分", "主管部门评价得分", "财政评价得分", "财政部门评价得分", "部门综合评价得分", "复核总得分"):
        assert final.match(k), k
    for k in ("部门自评得分", "评价得分", "自评得分", "得分", "综合评价得分"):
        assert not final.match(k), k
