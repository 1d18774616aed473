"""Review rv19 (session 52) of hunt sc8 (score tables). Fixtures ct_s52_rv19_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s52_rv19.py); each reading was written down by hand before jixiao was run.

Decided (wrong after sc8, fixed):
- a 自评表's `分值 | 评分 | 复核` where the 复核 column holds the reviewer's notes (`执行率90%属实`, `3座已核实`): the
  评分 column is the scores, the 95 the score. sc8's scorer heads (SCORER_HEAD, bare `复核` / `评价` …) made the
  notes column a column of scores given because its cells held a digit: it won as the outside party's, every row's
  score lost and the 95 put in other_fields under 评分. A column counts as scores only where a cell is a figure
  (`18`, `18.5分`), tables.score_columns' `_points_given`.
Kept (right after sc8, guards):
- `自评得分 | 92 | 复核得分 |` (and `自评得分：91分 | 财政复核得分：`), the reviewer's figure not filled in: the unit's
  score stays the score, nothing in other_fields;
- `分值 | 部门自评 | 财政复核` with the 财政复核 column blank, and `评分` over `自评 | 复核` with the 复核 blank: the unit's
  column the scores and its 合计 the score, no self_score;
- a `复核得分` column filled row by row, its 合计 blank (`合计 | 100 | 94 |`): the rows' scores the reviewer's, the
  unit's 94 kept under 自评得分, no score invented (the reviewer's total is not written);
- 加分项 / 减分项 rows below the 合计 that are rules with no points given: the score stays the 合计's 92;
- a 分值 merged over two rows (the cell below empty): the second row's lone figure under 得分 is its score, no weight;
- `扣分原因` / `扣分说明` heads beside the 得分: notes, the 得分 column the scores.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_self_table_review_notes_column_is_no_scores(read):
    """`分值 | 评分 | 复核` (the 复核 the reviewer's notes, `执行率90%属实`): the 评分 the scores, 95 the score. Main: no
    row scored, no score, `{"评分": "95"}`."""
    r = read("ct_s52_rv19_self_table_review_notes.txt")
    assert _rows(r, "weight", "score", "self_score") == [(10, 10, None), (20, 18, None), (40, 40, None),
                                                          (30, 27, None)]
    p = only_project(r)
    assert p["score"] == 95 and other_fields(p) == {} and warning_codes(r) == []


def test_review_pair_not_filled_in(read):
    """`自评得分 | 92 | 复核得分 |`: the 92 the score (guard)."""
    r = read("ct_s52_rv19_review_pair_empty.txt")
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p) == {} and warning_codes(r) == []


def test_review_inline_not_filled_in(read):
    """`自评得分：91分 | 财政复核得分：`: the 91 the score (guard)."""
    r = read("ct_s52_rv19_review_inline_empty.txt")
    p = only_project(r)
    assert p["score"] == 91 and other_fields(p) == {} and warning_codes(r) == []


def test_scorer_columns_review_blank(read):
    """`分值 | 部门自评 | 财政复核`, the 财政复核 blank: the 部门自评 the scores, 94 the score (guard)."""
    r = read("ct_s52_rv19_scorers_review_blank.txt")
    assert _rows(r, "score", "self_score") == [(10, None), (19, None), (38, None), (27, None)]
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {} and warning_codes(r) == []


def test_scorer_sub_heads_review_blank(read):
    """`评分` over `自评 | 复核`, the 复核 blank: the 自评 the scores, 95 the score (guard)."""
    r = read("ct_s52_rv19_self_table_review_sub_blank.txt")
    assert _rows(r, "weight", "score", "self_score") == [(10, 10, None), (20, 19, None), (40, 38, None),
                                                          (30, 28, None)]
    p = only_project(r)
    assert p["score"] == 95 and other_fields(p) == {} and warning_codes(r) == []


def test_review_column_total_blank(read):
    """`自评得分 | 复核得分` filled per row, the 复核's 合计 blank: the rows the reviewer's, the unit's 94 under its head,
    no score invented (guard)."""
    r = read("ct_s52_rv19_review_column_total_blank.txt")
    assert _rows(r, "weight", "score", "self_score") == [(10, 10, 10), (20, 18, 19), (40, 36, 38), (30, 26, 27)]
    p = only_project(r)
    assert p["score"] is None and other_fields(p) == {"自评得分": "94"}


def test_bonus_rules_without_points(read):
    """加分项 / 减分项 rules below the 合计, no points given: the score the 合计's 92 (guard)."""
    r = read("ct_s52_rv19_bonus_rule_no_points.txt")
    assert _rows(r, "score") == [(10,), (18,), (38,), (26,)]
    assert only_project(r)["score"] == 92
    assert "weights_not_100" not in warning_codes(r)


def test_weight_merged_over_two_rows(read):
    """分值 40 merged over two rows: the second row's 18 its score, no weight (guard)."""
    r = read("ct_s52_rv19_weight_merged_two_rows.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 10, 10), ("预算执行率", 20, 18), ("新建种植基地面积", 40, 19), ("带动种植农户数", None, 18),
        ("农户满意度", 30, 27)]
    # (its sharing of the merged 分值 said as an item sharing both is: note and warning — hunt ly7)
    assert [s["note"] for s in r.tables["scores"] if s["level3"] == "带动种植农户数"] == ["与“新建种植基地面积”共用分值"]
    assert only_project(r)["score"] == 92 and warning_codes(r) == ["points_shared_assumed"]


def test_deduction_reason_and_note_heads(read):
    """`得分 | 扣分原因` and `评分 | 扣分说明`: the 得分 / 评分 the scores (guard)."""
    r = read("ct_s52_rv19_deduction_reason_heads.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 18), (40, 37), (30, 28)]
    assert only_project(r)["score"] == 93 and warning_codes(r) == []
    r = read("ct_s52_rv19_deduction_note_head.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 17), (40, 40), (30, 28)]
    assert only_project(r)["score"] == 95 and warning_codes(r) == []
