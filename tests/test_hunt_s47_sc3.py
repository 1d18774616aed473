"""Hunt sc3: score columns. A 评分表 / 自评表 of two columns of scores given (`自评得分 | 评价得分`, `自评得分 | 复核得分`,
`评价得分 | 单位自评得分`): the outside party's column is the score wherever it stands, the unit's own total kept in
other_fields under its head; `自评得分` and `评价得分` label rows on a 第三方 / 绩效评价 form (an 评价机构 named on it): the
evaluator's the form's score; 扣分 cells in words or with a sign; `全得` full marks. Fixtures ct_s47_sc3_* (text dumps
with tabs between cells, as samples/, from tests/fixtures/make_s47_sc3.py). Each reading was written down by hand
before jixiao was run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def test_evaluator_column_first_self_score_after(read):
    """A 第三方绩效评价指标评分表 `分值 | 评价得分 | 单位自评得分`: the evaluator's 8, 17.5, 36, 26 the scores, its 87.5 the
    project's score, the unit's 99 kept as `单位自评得分`. Main: the last column read, every score the unit's own and the
    project's score 99."""
    r = read("ct_s47_sc3_evaluator_first.txt")
    p = only_project(r)
    assert (p["score"], other_fields(p)) == (87.5, {"单位自评得分": "99"})
    got = [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got == [("立项依据充分性", 10, 8), ("资金到位率", 20, 17.5), ("道路提质改造里程", 40, 36), ("市民满意度", 30, 26)]
    assert warning_codes(r) == []


def test_self_score_column_kept_beside_evaluator_and_reviewer(read):
    """`分值 | 自评得分 | 评价得分` (an 评价机构 named) and `分值 | 自评得分 | 复核得分`: the last column's scores, as main read
    them, and the 合计 row's 自评得分 (99, 100) kept in other_fields. Main: the 自评得分 column lost without a word."""
    r = read("ct_s47_sc3_evaluator_two_columns.txt")
    p = only_project(r)
    assert (p["score"], other_fields(p)) == (90, {"评价机构": "湖南正信会计师事务所有限公司", "自评得分": "99"})
    assert [s["score"] for s in r.tables["scores"]] == [9, 18, 36, 27]
    r = read("ct_s47_sc3_review_column.txt")
    p = only_project(r)
    assert (p["score"], other_fields(p)) == (93, {"自评得分": "100"})
    assert [s["score"] for s in r.tables["scores"]] == [10, 17, 38, 28]
    assert warning_codes(r) == []


def test_self_eval_indicator_table_with_a_review_column(read):
    """A 自评表's indicator table `… | 分值 | 自评得分 | 复核得分`, `总分 | … | 100 | 99 | 94`: the reviewer's 38, 19, 20,
    17 the indicators' scores, 94 the project's, the unit's 99 kept as `自评得分`. Main: the 自评得分 read (40, 20, 20,
    19; 99), the 复核得分 column lost."""
    r = read("ct_s47_sc3_self_eval_review_column.txt")
    p = only_project(r)
    assert (p["score"], other_fields(p)) == (94, {"自评得分": "99"})
    got = [(i["level3"], i["weight"], i["score"]) for i in r.tables["indicators"]]
    assert got == [("脐橙标准园建设面积", 40, 38), ("苗木成活率", 20, 19), ("带动农户增收", 20, 20), ("果农满意度", 20, 17)]
    assert warning_codes(r) == []


def test_evaluator_score_label_wins_on_a_third_party_form(read):
    """A 第三方绩效评价评分表 (an 评价机构 row) closing `自评得分 | 98 | 评价得分 | 90`: the evaluator's 90 the project's
    score (the rows' scores add up to it), the unit's 98 kept as `自评得分`. Main: 98 (自评得分 ranks first, as on a
    自评表), `评价得分: 90` aside and `the scores add up to 90 but the total score is 98`."""
    r = read("ct_s47_sc3_evaluator_labels.txt")
    p = only_project(r)
    assert p["score"] == 90
    assert other_fields(p) == {"评价机构": "湖南天平正大有限责任会计师事务所", "自评得分": "98"}
    assert warning_codes(r) == []


def test_score_words_and_half_points(read):
    """得分 cells `全得`, `7.5`, `不得分`, `满分`, `0`, `20` beside a 得分率 column: 10, 7.5, 0, 40, 0, 20 (77.5, the 合计).
    Main: `全得` no score (None), the sum short of the total with no word."""
    r = read("ct_s47_sc3_score_words_rate.txt")
    assert only_project(r)["score"] == 77.5
    assert [(s["weight"], s["score"]) for s in r.tables["scores"]] == [(10, 10), (15, 7.5), (5, 0), (40, 40), (10, 0),
                                                                       (20, 20)]
    assert warning_codes(r) == []


def test_deduction_cells_in_words_or_with_a_sign(read):
    """`分值 | 扣分 | 扣分原因` of 扣分 cells `不扣分`, `扣2.5分`, `-4`, `无`, `1.5分`: the scores 10, 17.5, 36, 10, 18.5 (the
    points less the deduction), the 合计's 8 taken off 100: 92. Main: `不扣分`, `扣2.5分`, `无` no score, `-4` added on
    (44 of 40 points, a score_over_weight)."""
    r = read("ct_s47_sc3_deduction_words.txt")
    assert only_project(r)["score"] == 92
    assert [(s["weight"], s["score"]) for s in r.tables["scores"]] == [(10, 10), (20, 17.5), (40, 36), (10, 10),
                                                                       (20, 18.5)]
    assert warning_codes(r) == []


def test_evaluator_column_first_in_a_word_table(read):
    """The same in a Word 第三方绩效评价评分表 (`分值 | 评价得分 | 自评得分`, a merged `合计` over the level columns): the
    evaluator's 9, 16, 40, 27.5 and 92.5, the unit's 99 kept as `自评得分`. Main: every score the unit's, 99."""
    r = read("ct_s47_sc3_evaluator_first.docx")
    p = only_project(r)
    assert (p["score"], other_fields(p).get("自评得分")) == (92.5, "99")
    assert [(s["weight"], s["score"]) for s in r.tables["scores"]] == [(10, 9), (20, 16), (40, 40), (30, 27.5)]
    assert warning_codes(r) == []
