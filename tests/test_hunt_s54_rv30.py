"""Review rv30 (session 54) of hunt sc10 (score tables). Fixtures ct_s54_rv30_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s54_rv30.py: whole 自评表 forms with their 评分表, and two 绩效目标申报表); each reading was
written down by hand before jixiao was run.

Decided (wrong on main after sc10):
- `最终得分` a score head of the 评分表 (sc10) and not of the indicator table: a 目标申报表's `… | 指标值 | 分值 | 最终得分`
  (a column left for the later scoring) tied the two and the 评分表 won — the targets lost, the form a 自评表. It is an
  indicator table's score head too (as `得分` is): the form a target form, its four indicators with their targets;
- a 合计's note saying there is none (`合计 | … | 94 | 无 | 无` under `扣分原因 | 备注`): no other field (sc10 kept
  `{"扣分原因": "无", "备注": "无"}`);
- `复核得分 | 86 | 复核等级 | 良` written above the 评分表, its 合计 `92 | 优` under `得分 | 等级` after: the reviewer's 86 and
  良 the form's, the table's kept, `{"总分": "92", "等级": "优"}` (the 总分 took the score, the 86 and the 优 lost without a
  word — sc10's leftover);
- a 加分项's cap written on its first item's row, in the 分值 column (the group's merged cell, `加分项 | 工作创新 | … |
  最高加5分 | … | 3`), more items under it: the group's cap, the items' level 1 `加分项（最高加5分）`, no points of the
  item (they were 5); alone it stays the item's points (rv22's `加分项 | … | | 最高加5分 | 3`, weight 5; its test kept).
Kept (right, guards): `减分项 | 扣分上限10分` over its items (`减分项（扣分上限10分）`, sc10's rule for 减分项 too); a number in
the 备注 column on the 合计 (`{"备注": "91"}`, the score 94); `得分 | 最终得分` columns of a 自评表's indicator table (the
最终得分 each indicator's score, the 得分 total kept); a `指标类别` column of `A` / `B` (no grade); `复核等级 | 自评等级`
columns in that order and labelled `复核等级：良好 | 自评等级：优秀` (the reviewer's the grade); 不合格 under 等级 then
`复核等级 | 合格`; a 目标申报表 with a `得分` column.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def _targets(r):
    return [(i["level3"], i["target_raw"], i["weight"]) for i in r.tables["indicators"]]


_TARGETS = [("新增停车泊位数", "≥900个", 30), ("完工时间", "2025年12月底前", 20), ("中心城区停车难缓解程度", "明显缓解", 30),
            ("市民满意度", "≥90%", 20)]


def test_target_form_final_score_column(read):
    """`… | 指标值 | 分值 | 最终得分` on a 目标申报表: its indicators with their targets, no scores. Main: a 评分表."""
    r = read("ct_s54_rv30_target_final_column.txt")
    assert _targets(r) == _TARGETS and r.tables["scores"] == []
    assert only_project(r)["form"] == "target" and warning_codes(r) == []


def test_target_form_score_column(read):
    """The same form with a `得分` column: the same reading (guard)."""
    r = read("ct_s54_rv30_target_score_column.txt")
    assert _targets(r) == _TARGETS and r.tables["scores"] == []
    assert only_project(r)["form"] == "target" and warning_codes(r) == []


def test_indicator_table_final_score_column(read):
    """`分值 | 得分 | 最终得分` in the 自评表's indicator table: each indicator's 最终得分, the form's 84, the 87 kept."""
    r = read("ct_s54_rv30_final_column_indicator_table.txt")
    assert [(i["weight"], i["score"]) for i in r.tables["indicators"]] == [(20, 20), (20, 18), (30, 30), (20, 16)]
    p = only_project(r)
    assert p["score"] == 84 and other_fields(p) == {"得分": "87"}
    assert warning_codes(r) == ["weights_not_100"]     # (the points as written add up to 90)


def test_total_note_none(read):
    """`合计 | … | 94 | 无 | 无` under `扣分原因 | 备注`: score 94, no other field. Main: `{"扣分原因": "无", "备注": "无"}`."""
    r = read("ct_s54_rv30_total_note_none.txt")
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {} and warning_codes(r) == []


def test_total_remark_number(read):
    """`合计 | … | 94 | 91` under `得分 | 备注`: score 94, `{"备注": "91"}` (guard)."""
    r = read("ct_s54_rv30_remark_number_on_total.txt")
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {"备注": "91"} and warning_codes(r) == []


def test_review_pair_before_table_grade(read):
    """`复核得分 | 86 | 复核等级 | 良` above the 评分表, its 合计 `92 | 优`: 86, 良, the table's kept. Main: 92 and 良, the 86
    and the 优 lost."""
    r = read("ct_s54_rv30_review_before_table_grade.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (86, "良")
    assert other_fields(p) == {"总分": "92", "等级": "优"}
    # (the rows make the table's own total, the score another party's: no weights_not_100 — hunt ly7)
    assert warning_codes(r) == []


def test_fail_grade_then_review(read):
    """`合计 | … | 58 | 不合格` under `等级`, then `复核得分 | 62 | 复核等级 | 合格`: 62, 合格, the unit's kept (guard)."""
    r = read("ct_s54_rv30_fail_grade_then_review.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (62, "合格")
    assert other_fields(p) == {"总分": "58", "等级": "不合格"}
    # (the rows make the table's own total, the score another party's: no weights_not_100 — hunt ly7)
    assert warning_codes(r) == []


def test_review_grade_column_first(read):
    """`复核等级 | 自评等级` columns, `良好 | 优秀` on the 合计: 良好, the unit's kept (guard)."""
    r = read("ct_s54_rv30_review_grade_column_first.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (88, "良好")
    assert other_fields(p) == {"自评得分": "96", "自评等级": "优秀"} and warning_codes(r) == []


def test_labelled_review_grade_first(read):
    """`合计：100分 | 得分：94分 | 复核等级：良好 | 自评等级：优秀`: 94, 良好, the unit's grade kept (guard; the grade given
    disagrees with the 94, a grade_mismatch)."""
    r = read("ct_s54_rv30_labelled_review_grade_first.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (94, "良好") and other_fields(p) == {"自评等级": "优秀"}
    assert warning_codes(r) == ["grade_mismatch"]


def test_letter_category_no_grade(read):
    """A `指标类别` column of `A` / `B`: no grade, the rows and the 94 (guard)."""
    r = read("ct_s54_rv30_letter_category_column.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 19), (40, 40), (30, 25)]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (94, None) and other_fields(p) == {} and warning_codes(r) == []


def test_bonus_cap_on_item_row(read):
    """`加分项 | 工作创新 | … | 最高加5分 | … | 3`, then `| 获得表彰 | … | | … | 2`: both under `加分项（最高加5分）`, no points
    of their own. Main: the first item's points 5, level 1 `加分项`."""
    r = read("ct_s54_rv30_bonus_cap_on_item_row.txt")
    assert _rows(r, "level1", "level2", "weight", "score")[4:] == [("加分项（最高加5分）", "工作创新", None, 3),
                                                                  ("加分项（最高加5分）", "获得表彰", None, 2)]
    assert only_project(r)["score"] == 99 and warning_codes(r) == []


def test_deduction_head_over_items(read):
    """`减分项 | 扣分上限10分` over two items: their level 1 `减分项（扣分上限10分）`, no row of its own (guard)."""
    r = read("ct_s54_rv30_deduction_head_items.txt")
    assert _rows(r, "level1", "level2", "weight", "score")[4:] == [("减分项（扣分上限10分）", "安全生产", 5, 0),
                                                                  ("减分项（扣分上限10分）", "审计问题", 5, -2)]
    assert only_project(r)["score"] == 92 and warning_codes(r) == []
