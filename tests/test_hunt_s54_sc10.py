"""Hunt sc10 (session 54): score tables (评分表 under a whole 项目支出绩效自评表). Fixtures ct_s54_sc10_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s54_sc10.py: each a whole form, its fields, money, goal and
indicators, then its 评分表); each reading was written down by hand before jixiao was run.

Decided:
- `加分项 | 最高加5分` over its items (`| 工作创新 | … | 3 | … | 3`): the cap of the group its items make, no row of its
  own: their level 1, written whole as the head written in one cell is, `加分项（最高加5分）` (it was a row of weight 5
  and no score beside them); a cap with no item under it stays sc9's row (`减分项 | 扣分上限10分`: weight 10, no score);
- words in a remark column (`备注`, `说明`, a 扣分原因 or 复核意见 column) on the 合计 row: the form's words on its total,
  kept in other_fields under the column's head as the 合计's other cells are (`{"备注": "较上年提高3分"}`; the row left the
  table, an unparsed_row, the form's score lost);
- a grade the 评分表 gives with no label of rank (`合计 | … | 92 | 优` under an `等级` column), then `复核等级 | 良`: the
  reviewer's the form's grade, the unit's kept under the head it stood under (`{"等级": "优"}`; it was lost);
- one set of score heads for a labelled 合计 and a 综合评分 block: `最终得分：88` beside `自评得分：94` (each under the
  column its label heads, the score 88; an unparsed_row), `自评分 | 复核分` heads of a 综合评分 block (the reviewer's 91,
  the unit's under its head; the block was read as a row of the table, the score lost); a labelled total's grade
  labelled as the reviewer's, `复核等级：良` (as `等级：良`; an unparsed_row);
- letter grades under `自评等级 | 复核等级` columns on the 合计 (`合计 | 100 | 95 | 87 | A | B`): the reviewer's B the
  form's grade, the unit's A in other_fields (the row left the table, an unparsed_row: scores and grades lost).
Kept (right on main, guards): `加分项（最高加5分）` on a line of its own over its items; a flat `序号 | 评价指标 | 分值 |
自评得分 | 复核得分 | 扣分原因` list with `自评等级：优 | 复核等级：良` under it.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


_BONUS = [("加分项（最高加5分）", "工作创新", "管护机制被市级推广", 3, 3), ("加分项（最高加5分）", "获得表彰", "获县级以上表彰", 2, 0)]


def test_bonus_head_cap_over_items(read):
    """`加分项 | 最高加5分` over two items: their level 1 `加分项（最高加5分）`, no row of its own. Main: a row, weight 5."""
    r = read("ct_s54_sc10_bonus_head_cap.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score")[4:] == _BONUS
    assert only_project(r)["score"] == 93 and warning_codes(r) == []


def test_bonus_line_cap_over_items(read):
    """`加分项（最高加5分）` on a line of its own over the same items: the same rows (guard)."""
    r = read("ct_s54_sc10_bonus_line_cap.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score")[4:] == _BONUS
    assert only_project(r)["score"] == 93 and warning_codes(r) == []


def test_total_remark_kept(read):
    """`合计 | | | 100 | | 94 | 较上年提高3分` under a 备注 column: score 94, `{"备注": "较上年提高3分"}`, the rows' notes as
    written. Main: the 合计 an unparsed_row, no score."""
    r = read("ct_s54_sc10_total_remark.txt")
    assert _rows(r, "weight", "score", "note") == [(10, 10, None), (20, 19, "执行率95.5%"), (40, 40, None),
                                                  (30, 25, "满意度91.5%")]
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {"备注": "较上年提高3分"} and warning_codes(r) == []


def test_table_grade_then_review_grade(read):
    """`合计 | … | 92 | 优` under `… | 得分 | 等级`, then `复核得分 | 86 | 复核等级 | 良`: score 86, grade 良, the 92 and the 优
    kept. Main: the 优 lost."""
    r = read("ct_s54_sc10_table_grade_then_review.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (86, "良")
    assert other_fields(p) == {"总分": "92", "等级": "优"}
    # (the rows make the table's own total, the score another party's: no weights_not_100 — hunt ly7)
    assert warning_codes(r) == []


def test_total_labels_final_score(read):
    """`合计：100 | 自评得分：94 | 最终得分：88` under `自评得分 | 最终得分`: score 88, the 94 under its head. Main: an
    unparsed_row, no score."""
    r = read("ct_s54_sc10_total_labels_final.txt")
    assert _rows(r, "weight", "score", "self_score") == [(10, 10, 10), (20, 19, 19), (40, 35, 38), (30, 24, 27)]
    p = only_project(r)
    assert p["score"] == 88 and other_fields(p) == {"自评得分": "94"}
    assert warning_codes(r) == ["vague_target"]


def test_total_labels_review_grade(read):
    """`合计：100分 | 得分：88分 | 复核等级：良`: score 88, grade 良. Main: an unparsed_row, neither."""
    r = read("ct_s54_sc10_total_labels_review_grade.txt")
    assert len(r.tables["scores"]) == 4
    p = only_project(r)
    assert (p["score"], p["grade"]) == (88, "良") and other_fields(p) == {} and warning_codes(r) == []


def test_summary_review_points(read):
    """`综合评分 | 满分 | 自评分 | 复核分 | 等级` over `| 100 | 96 | 91 | 优`: score 91, grade 优, `{"自评分": "96"}`. Main:
    the values a row of the table (level3 `优`), no score."""
    r = read("ct_s54_sc10_summary_review_points.txt")
    assert len(r.tables["scores"]) == 4
    p = only_project(r)
    assert (p["score"], p["grade"]) == (91, "优") and other_fields(p) == {"自评分": "96"}
    assert warning_codes(r) == ["vague_target", "weights_not_100"]   # (the rows make the unit's 96, as sc8 decided)


def test_flat_review_reason_grades(read):
    """A flat list of 自评得分 / 复核得分 / 扣分原因, `自评等级：优 | 复核等级：良` under it (guard)."""
    r = read("ct_s54_sc10_flat_review_reason_grades.txt")
    assert _rows(r, "level3", "weight", "score", "self_score", "note") == [
        ("立项依据充分性", 10, 10, 10, None), ("预算执行率", 20, 17.8, 18, "执行率89%"),
        ("新建污水管网长度", 30, 30, 30, None), ("集镇污水收集率", 20, 13, 18, "收集率82%，未达目标"),
        ("集镇居民满意度", 20, 18, 19, "满意度91%")]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (88.8, "良") and other_fields(p) == {"自评得分": "95", "自评等级": "优"}
    assert warning_codes(r) == []


def test_letter_grade_columns(read):
    """`合计 | 100 | 95 | 87 | A | B` under `自评得分 | 复核得分 | 自评等级 | 复核等级`: score 87, grade B, the unit's 95 and
    A under their heads. Main: an unparsed_row, no score."""
    r = read("ct_s54_sc10_letter_grade_columns.txt")
    assert _rows(r, "weight", "score", "self_score") == [(10, 10, 10), (20, 19, 19), (40, 36, 40), (30, 22, 26)]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (87, "B") and other_fields(p) == {"自评得分": "95", "自评等级": "A"}
    assert warning_codes(r) == []
