"""Mend md7 (session 55; review rd's finding on hunt sc11). Fixtures ct_s55_md7_* (text dumps, from
tests/fixtures/review/make_s55_md7.py: hunt sc11's forms under other spellings).

Decided: the score a form settles on after the unit's own (a reviewer's, an outside party's, a 最终得分) is one list of
parts in parsers/labels.py: tables' FINAL_SCORE_HEADS (and forms' `_FINAL_SCORE`) is its regex, and each of its 74
spellings is a `score` field label, ranked after the unit's own. Before, the regex took `财政部门评价得分`, `复评总分`,
`主管部门复核得分`, `部门评价总得分` that no label list held: a 合计 row's cell was read, the same label in a form's row was
lost. `实得分` (a 评分表's score head since sc11) is a score in a labelled total and a field label too.
"""
from __future__ import annotations

import regex

from parsers import labels as L
from parsers.core import match_field
from tests.hunt_tools import only_project, other_fields, warning_codes


def _p(read, name):
    r = read(f"ct_s55_md7_{name}.txt")
    return r, only_project(r)


def test_every_final_spelling_is_a_score_label_and_the_regex_takes_no_other():
    final = regex.compile(rf"^{L.FINAL_SCORE_HEADS}$")
    # (82 since hunt sc13: an outside party's `第三方评价得分` / `第三方机构综合评价总得分` … among the evaluations, 74 before;
    # 158 since hunt tg25: every SCORE_PARTY's evaluation, `专家评价得分`, and plain score, `财政评分` / `专家组打分`;
    # 185 since hunt sc7: a 复审 reviewer's 27, `复审得分`, `财政复审总分`, `主管部门复审综合评分` …)
    assert len(set(L.FINAL_SCORE_SPELLINGS)) == 185
    for s in L.FINAL_SCORE_SPELLINGS:
        assert final.match(s) and match_field(s) == ("score", None), s
    for s in ("复分", "单位评分", "部门得分", "最终分", "综评价得分"):    # (`财政评分` one since hunt tg25)
        assert not final.match(s), s


def test_a_fiscal_department_s_evaluation_among_the_fields(read):
    """Main: no score, the 90 lost."""
    r, p = _p(read, "fiscal_dept_eval_fields")
    assert p["score"] == 90 and other_fields(p) == {"自评得分": "95"} and warning_codes(r) == []


def test_a_department_s_review_among_the_fields(read):
    """Main: no score, the 90 lost."""
    r, p = _p(read, "dept_review_field")
    assert p["score"] == 90 and other_fields(p) == {"自评得分": "95"} and warning_codes(r) == []


def test_a_short_review_total_field(read):
    """`复评总分 | 88` as sc11's `复核总得分`. Main: score 95, `{"复评总分": "88"}`, a grade_mismatch."""
    r, p = _p(read, "review_total_short_field")
    assert (p["score"], p["grade"]) == (88, "良") and other_fields(p) == {"总分": "95"}
    assert warning_codes(r) == ["weights_not_100"]


def test_an_actual_score_in_a_labelled_total(read):
    """`合计：100 | 实得分：92 | 最终得分：88`, as sc11's with 得分. Main: an unparsed_row, no score."""
    r, p = _p(read, "actual_labelled_total")
    assert p["score"] == 88 and other_fields(p) == {"实得分": "92"}
    assert warning_codes(r) == ["weights_not_100"]
