"""Hunt sc9 (session 53): score tables (评分表 / 自评表). Fixtures ct_s53_sc9_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s53_sc9.py); each reading was written down by hand before jixiao was run.

Decided:
- `自评等级 | 优 | 复核等级 | 良` (a row of pairs under the 评分表, as `自评得分 | 92 | 复核得分 | 88` above it): the
  reviewer's grade the form's, settled after the unit's as its 复核得分 is, the unit's kept in other_fields under its label
  (`{"自评等级": "优"}`); so `合计 | 100 | 96 | 88 | 优 | 良` under `自评得分 | 复核得分 | 自评等级 | 复核等级` (that 合计 left
  the table: an unparsed_row, both scores and grades lost);
- `减分项 | 扣分上限10分` below the 合计 (a cap where the points go: `最高扣10分`, `加分不超过5分`, `10分封顶`), no score: a
  row of the table, level 1 `减分项`, the cap its weight, its score null (it was an other field `{"减分项": …}`);
- a `复核` column of the reviewer's words (no figure in it; or `复核意见` / `复核情况`): each row's note under its head,
  after the 扣分原因 (`执行率90%；复核：执行率核实为90%`; alone `复核：属实`) — it was dropped without a word;
- `合计：100 | 得分：87.5` (the total row's cells carrying their labels): the 合计, points 100, the form's score 87.5 (an
  unparsed_row, the score lost);
- `18（扣2分）` under a plain 得分: the score 18, the bracket the row's note (the score was lost without a word);
- `合计 | 100 | 87.5 | 共扣12.5分` under `… | 得分 | 扣分原因`: the 合计 (its 扣分原因 words no label of the row; the row left
  the table, the score lost);
- a 综合评分 block under the table, `综合评分 | 总分 | 得分 | 等级` over `| 100 | 87.5 | 良`: the table's total and the form's
  grade; of `自评得分 | 复核得分 | 自评等级 | 复核等级` the reviewer's, the unit's under their heads (they were unparsed_row,
  or read as fields with the unit's 92 lost).
Kept (right on main, guards): `指标 | 分值 | 自评得分 | 扣分原因` with a reason wrapped onto the next line (joined); a
`综合评分` caption over `总分 | 100 | 得分 | 87.5 | 评价等级 | 良`; a `减分项 | | | 5 | rule |` row with its points and no
score right under the 合计.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_review_grade_pair(read):
    """`自评等级 | 优 | 复核等级 | 良` under `自评得分 | 92 | 复核得分 | 88`: grade 良, the 优 under 自评等级. Main: grade 优, the 良 an
    unplaced_cell, a grade_mismatch beside the 88."""
    r = read("ct_s53_sc9_review_grade_pair.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (88, "良")
    assert other_fields(p) == {"自评得分": "92", "自评等级": "优"}
    # (the rows make the table's own total, the score another party's: no weights_not_100 — hunt ly7)
    assert warning_codes(r) == []


def test_review_grade_columns_on_total(read):
    """`合计 | 100 | 96 | 88 | 优 | 良` under `自评得分 | 复核得分 | 自评等级 | 复核等级`: score 88, grade 良, the unit's 96 and 优
    under their heads. Main: no score, no grade, an unparsed_row."""
    r = read("ct_s53_sc9_review_grade_columns.txt")
    assert _rows(r, "weight", "score", "self_score") == [(10, 10, 10), (20, 18, 20), (40, 36, 38), (30, 24, 28)]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (88, "良")
    assert other_fields(p) == {"自评得分": "96", "自评等级": "优"}
    assert warning_codes(r) == []


def test_deduction_cap_only(read):
    """`减分项 | 扣分上限10分` below the 合计: a row, weight 10, no score; the score the 合计's 93. Main: an other field."""
    r = read("ct_s53_sc9_deduction_cap_only.txt")
    assert _rows(r, "level1", "level3", "weight", "score")[4:] == [("减分项", None, 10, None)]
    p = only_project(r)
    assert p["score"] == 93 and other_fields(p) == {} and warning_codes(r) == []


def test_deduction_points_no_score(read):
    """`减分项 | | | 5 | rule |` right under the 合计: a row of weight 5 and no score (guard)."""
    r = read("ct_s53_sc9_deduction_points_no_score.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("减分项", 5, None)]
    assert only_project(r)["score"] == 91 and warning_codes(r) == []


def test_review_notes_column_kept(read):
    """`得分 | 扣分原因 | 复核` (the 复核 the reviewer's words): each row's note the reason, then `复核：…`. Main: the 复核
    words dropped."""
    r = read("ct_s53_sc9_review_notes_with_reason.txt")
    assert _rows(r, "weight", "score", "note") == [
        (10, 10, "复核：属实"), (20, 18, "执行率90%；复核：执行率核实为90%"), (40, 38, "1处未验收；复核：已现场核实"),
        (30, 27, "满意度87%")]
    assert only_project(r)["score"] == 93 and warning_codes(r) == []


def test_review_notes_column_alone(read):
    """rv19's `分值 | 评分 | 复核` (the 复核 the reviewer's words): the scores as rv19 read them, each 复核 its row's note.
    Main: the notes dropped."""
    r = read("ct_s52_rv19_self_table_review_notes.txt")
    assert _rows(r, "score", "note") == [(10, "复核：属实"), (18, "复核：执行率90%属实"), (40, "复核：3座已核实"),
                                         (27, "复核：属实")]
    assert only_project(r)["score"] == 95


def test_total_labels_in_cells(read):
    """`合计：100 | 得分：87.5`: the form's score 87.5. Main: no score, an unparsed_row."""
    r = read("ct_s53_sc9_total_labels_in_cells.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18), (40, 35.5), (30, 24)]
    assert only_project(r)["score"] == 87.5 and warning_codes(r) == []


def test_score_with_cut_in_brackets(read):
    """`18（扣2分）` under 得分: score 18, note `扣2分`. Main: the scores lost."""
    r = read("ct_s53_sc9_score_with_cut.txt")
    assert _rows(r, "weight", "score", "note") == [(10, 10, None), (20, 18, "扣2分"), (40, 36, "扣4分"),
                                                  (30, 28, "扣2分")]
    assert only_project(r)["score"] == 92 and warning_codes(r) == []


def test_total_row_reason_words(read):
    """`合计 | 100 | 87.5 | 共扣12.5分` under a 扣分原因 column: the form's score 87.5. Main: none, an unparsed_row."""
    r = read("ct_s53_sc9_total_reason_words.txt")
    assert _rows(r, "score", "note") == [(10, None), (18, "执行率90%"), (36, "1处未完工"), (23.5, "满意度78%")]
    assert only_project(r)["score"] == 87.5 and warning_codes(r) == []


def test_summary_heads_over_values(read):
    """`综合评分 | 总分 | 得分 | 等级` over `| 100 | 87.5 | 良`: score 87.5, grade 良. Main: neither, two unparsed_row."""
    r = read("ct_s53_sc9_summary_heads_over_values.txt")
    assert len(r.tables["scores"]) == 4
    p = only_project(r)
    assert (p["score"], p["grade"]) == (87.5, "良") and warning_codes(r) == []


def test_summary_self_and_review(read):
    """`综合评分 | 自评得分 | 复核得分 | 自评等级 | 复核等级` over `| 92 | 88 | 优 | 良`: score 88, grade 良, the unit's 92 and
    优 under their heads. Main: the 92 lost."""
    r = read("ct_s53_sc9_summary_self_and_review.txt")
    assert len(r.tables["scores"]) == 4
    p = only_project(r)
    assert (p["score"], p["grade"]) == (88, "良")
    assert other_fields(p) == {"自评得分": "92", "自评等级": "优"}
    assert warning_codes(r) == []


def test_summary_label_value_row(read):
    """`综合评分` over `总分 | 100 | 得分 | 87.5 | 评价等级 | 良` (guard)."""
    r = read("ct_s53_sc9_summary_block.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (87.5, "良") and warning_codes(r) == []


def test_flat_reason_wrapped(read):
    """`序号 | 指标 | 分值 | 自评得分 | 扣分原因`, reasons wrapped onto the next line: joined (guard)."""
    r = read("ct_s53_sc9_flat_reason_wrapped.txt")
    assert _rows(r, "level3", "weight", "score", "note") == [
        ("立项依据充分性", 10, 10, None), ("预算执行率", 20, 17, "资金拨付滞后，执行率85%"),
        ("改造背街小巷条数", 40, 36, "2条未完成竣工验收，扣4分"), ("居民满意度", 30, 28, "满意度93%")]
    assert only_project(r)["score"] == 91 and warning_codes(r) == []
