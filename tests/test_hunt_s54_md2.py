"""Helper md2 (session 54): two faults a code review found in the score tables (评分表 under a whole 项目支出绩效自评表).
Fixtures ct_s54_md2_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s54_md2.py); each reading was
written down by hand before jixiao was run.

Decided:
- a labelled grade closing a labelled 合计 row (`合计：100分 | 得分：87.5分 | 等级：良`, `… | 复核得分：88 | 复核等级：良`) is
  the form's grade though a `扣分原因` / `备注` column stands right after the scores: the grade's made-up cell was given the
  column after the last cell's, the note's, and was filed as `{"扣分原因": "良"}`, grade None; it now stands past every
  head's column;
- one list of a reviewer's / final score's spellings (tables.FINAL_SCORE_HEADS) for a labelled 合计, a 综合评分 block and
  forms' `_FINAL_SCORE`: `复核评分`, `复核综合得分`, `复核总得分` read alike everywhere (`复核评分：88` on the 合计 was an
  unparsed_row, the score lost; a block's `复核评分` head no block); a reviewer's score labelled otherwise than its
  column's head (`复核评分：88` under `复核得分`) is that column's, the unit's own kept under its label.
Kept (guard): `合计：100 | 得分：95 | 等级：优` with a 备注 column after 得分, the cells packed to the left.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_grade_beside_reason_column(read):
    """`合计：100分 | … | 得分：87.5分 | 等级：良` under `… | 得分 | 扣分原因`: score 87.5, grade 良, no other field; the rows'
    reasons their notes. Main: `{"扣分原因": "良"}`, grade None."""
    r = read("ct_s54_md2_grade_beside_reason.txt")
    assert _rows(r, "weight", "score", "note") == [(10, 10, None), (20, 18, "执行率95%"), (40, 35.5, "未完成年度里程"),
                                                  (30, 24, "未达标")]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (87.5, "良") and other_fields(p) == {} and warning_codes(r) == []


def test_grade_beside_remark_packed(read):
    """`合计：100 | 得分：95 | 等级：优` packed left under `… | 得分 | 备注`: score 95, grade 优 (guard)."""
    r = read("ct_s54_md2_grade_beside_remark.txt")
    assert _rows(r, "score", "note")[-1] == (26, "满意度88%")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (95, "优") and other_fields(p) == {} and warning_codes(r) == []


def test_review_grade_beside_reason_column(read):
    """`自评得分：95 | 复核得分：88 | 复核等级：良` under `自评得分 | 复核得分 | 扣分原因`: score 88, grade 良, the unit's 95 kept.
    Main: `{"扣分原因": "良"}`, grade None."""
    r = read("ct_s54_md2_review_grade_beside_reason.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (88, "良") and other_fields(p) == {"自评得分": "95"} and warning_codes(r) == []


def test_review_rating_label_on_total(read):
    """`合计：100 | … | 自评得分：96 | 复核评分：88` under `自评得分 | 复核得分`: score 88, `{"自评得分": "96"}`. Main: an
    unparsed_row, score None."""
    r = read("ct_s54_md2_review_rating_label.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18), (40, 36), (30, 24)]
    p = only_project(r)
    assert p["score"] == 88 and other_fields(p) == {"自评得分": "96"} and warning_codes(r) == []


def test_review_composite_label_on_total(read):
    """`得分：96 | 复核综合得分：91` under `得分 | 复核得分`: score 91, `{"得分": "96"}`. Main: an unparsed_row."""
    r = read("ct_s54_md2_review_composite_label.txt")
    p = only_project(r)
    assert p["score"] == 91 and other_fields(p) == {"得分": "96"} and warning_codes(r) == []


def test_review_total_label_on_total(read):
    """`自评得分：98 | 复核总得分：96` under `自评得分 | 复核得分`: score 96, `{"自评得分": "98"}`. Main: an unparsed_row."""
    r = read("ct_s54_md2_review_total_label.txt")
    p = only_project(r)
    assert p["score"] == 96 and other_fields(p) == {"自评得分": "98"} and warning_codes(r) == []


def test_review_rating_summary_block(read):
    """`综合评分 | 总分 | 自评得分 | 复核评分` over `| 100 | 95 | 89`: score 89, `{"自评得分": "95"}`; the table's rows as
    written. Main: no block, an unparsed_row, score None."""
    r = read("ct_s54_md2_review_rating_block.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18), (40, 35), (30, 26)]
    p = only_project(r)
    assert p["score"] == 89 and other_fields(p) == {"自评得分": "95"} and warning_codes(r) == []


def test_final_score_spellings_agree():
    """Every reviewer's / final score spelling is a score head of the 评分表 and a final score of a form's fields."""
    from parsers.forms import _FINAL_SCORE
    from parsers.tables import _SUMMARY_SCORE, _SCORE_LABELLED
    for k in ("复核得分", "复核分", "复核总分", "复核总得分", "复核评分", "复核综合得分", "财政复核得分", "复评得分", "最终得分",
              "最终评分"):
        assert _FINAL_SCORE.match(k) and _SUMMARY_SCORE.match(k) and _SCORE_LABELLED.match(f"{k}：88"), k
    assert not _FINAL_SCORE.match("自评得分") and _SUMMARY_SCORE.match("自评得分")
