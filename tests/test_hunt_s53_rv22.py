"""Review rv22 (session 53) of hunt sc9's score-table rules. Fixtures ct_s53_rv22_* (text dumps, tab-separated cells,
from tests/fixtures/review/make_s53_rv22.py); each reading was written down by hand before jixiao was run.

Decided:
- `合计：100分 | 得分：87.5分 | 等级：良` (sc9's labelled total with the grade labelled after it): score 87.5, grade 良 (an
  unparsed_row, the score and the grade lost);
- `合计：100 | 自评得分：96 | 复核得分：88` under `分值 | 自评得分 | 复核得分`: each figure under the column its label heads,
  the score 88, the unit's 96 in other_fields under `自评得分` (an unparsed_row, both lost);
- `项目 | 总分 | 得分 | 等级` over `综合评分 | 100 | 87.5 | 良` (sc9's 综合评分 block, its caption in the values' row): the
  table's total and grade, no unparsed_row for the heads.
Kept (right on 861d9344, guards against sc9's rules read too wide):
- a 加分项 row whose 评分标准 states its cap (`最高加5分`) and whose 得分 is given: a scored row, weight 5, score 3; a
  减分项 whose 分值 cell says `最高扣10分`, score -5: weight 10, score -5, the 最终得分 the form's;
- `复核等级 |` / `复核得分 |` left blank: the unit's 92 and 优 the form's, nothing in other_fields;
- `自评 | 复核` columns of scores, the reviewer's written `18（扣2分）`: the reviewer's 18 the score (note `扣2分`), the
  unit's each row's self_score, its 合计 in other_fields (the 复核 column is no column of notes);
- a `复核意见` column of notes (the table's note column, its notes as written) whose 合计 cell holds words (`经复核，自评结果属实`): the 合计 still the table's, score 93.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_total_labels_with_grade(read):
    """`合计：100分 | 得分：87.5分 | 等级：良`: score 87.5, grade 良. 861d9344: neither, an unparsed_row."""
    r = read("ct_s53_rv22_total_labels_with_grade.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18), (40, 35.5), (30, 24)]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (87.5, "良") and warning_codes(r) == []


def test_total_labels_two_scores(read):
    """`合计：100 | 自评得分：96 | 复核得分：88`: score 88, `{"自评得分": "96"}`. 861d9344: no score, an unparsed_row."""
    r = read("ct_s53_rv22_total_labels_two_scores.txt")
    assert _rows(r, "weight", "score", "self_score") == [(10, 10, 10), (20, 18, 20), (40, 36, 38), (30, 24, 28)]
    p = only_project(r)
    assert p["score"] == 88 and other_fields(p) == {"自评得分": "96"} and warning_codes(r) == []


def test_summary_caption_in_values(read):
    """`项目 | 总分 | 得分 | 等级` over `综合评分 | 100 | 87.5 | 良`: score 87.5, grade 良, no warning. 861d9344: the heads an
    unparsed_row."""
    r = read("ct_s53_rv22_summary_caption_in_values.txt")
    assert len(r.tables["scores"]) == 4
    p = only_project(r)
    assert (p["score"], p["grade"]) == (87.5, "良") and warning_codes(r) == []


def test_bonus_rule_cap_scored(read):
    """`加分项 | 获得表彰 | 获省级以上表彰 | | 最高加5分 | 3`: a scored row, weight 5, score 3 (guard)."""
    r = read("ct_s53_rv22_bonus_rule_cap_scored.txt")
    assert _rows(r, "level1", "level3", "weight", "score")[4:] == [("加分项", "获省级以上表彰", 5, 3)]
    assert only_project(r)["score"] == 93 and warning_codes(r) == []


def test_deduction_cap_scored(read):
    """`减分项 | | | 最高扣10分 | rule | -5`: weight 10, score -5; the 最终得分 88 the form's (guard)."""
    r = read("ct_s53_rv22_deduction_cap_scored.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("减分项", 10, -5)]
    assert only_project(r)["score"] == 88 and warning_codes(r) == []


def test_review_grade_blank(read):
    """`自评等级 | 优 | 复核等级 |` and `复核得分 |` blank: score 92, grade 优, no other field (guard)."""
    r = read("ct_s53_rv22_review_grade_blank.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (92, "优") and other_fields(p) == {} and warning_codes(r) == []


def test_review_scores_with_cut(read):
    """`分值 | 自评 | 复核`, the 复核 `18（扣2分）`: the reviewer's scores, the unit's self_score (guard)."""
    r = read("ct_s53_rv22_review_scores_with_cut.txt")
    assert _rows(r, "weight", "score", "self_score", "note") == [
        (10, 10, 10, None), (20, 18, 20, "扣2分"), (40, 36, 40, "扣4分"), (30, 28, 28, None)]
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p) == {"自评": "98"} and warning_codes(r) == []


def test_review_notes_on_total(read):
    """A `复核意见` column of notes (the table's one note column: as written, as a 扣分原因's), words on the 合计 too:
    the rows' notes, the form's score 93 (guard)."""
    r = read("ct_s53_rv22_review_notes_on_total.txt")
    assert _rows(r, "score", "note") == [(10, "属实"), (18, "执行率核实为90%"), (38, "已现场核实"), (27, None)]
    assert only_project(r)["score"] == 93 and warning_codes(r) == []
