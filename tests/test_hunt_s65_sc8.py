"""Hunt sc8 (session 65): 评分表 shapes of a 项目支出绩效自评表 not read before (fixtures ct_s65_sc8_*, text dumps of
tab-separated cells, from tests/fixtures/review/make_s65_sc8.py; each reading written down by hand before jixiao was
run): a score's label cut over two lines, a reviewer's score beside the 合计, points taken off said in words, a 得分
column of mixed spellings, wrapped 指标解释 / 评分标准 cells, a grade written with its band.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

_NAMES = ("立项依据充分性", "预算执行率", "改造食堂", "保障就餐学生", "学生满意度")
_FULL = [10, 19, 30, 20, 19]


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def _scores(r):
    return [s["score"] for s in r.tables["scores"]]


# ------------------------------------------------------------------ a label cut over two lines

def test_label_cut_expert(read):
    """`专家组评` / `分：93分` under `合计 | 100 | 98`: the experts' 93 the form's score, the 合计's 98 kept aside."""
    r = read("ct_s65_sc8_label_cut.txt")
    assert _scores(r) == _FULL
    p = only_project(r)
    assert p["score"] == 93 and other_fields(p).get("总分") == "98"
    assert "unparsed_row" not in warning_codes(r)


def test_label_cut_review(read):
    """`财政复核得` / `分：90分` after `自评等级：优`: 90 the score, the grade 优, the 合计's 98 kept aside."""
    r = read("ct_s65_sc8_label_cut_review.txt")
    assert _scores(r) == _FULL
    p = only_project(r)
    assert p["score"] == 90 and p["grade"] == "优" and other_fields(p).get("总分") == "98"


# ------------------------------------------------------------------ a reviewer's score beside the 合计

def test_review_beside_total(read):
    """`合计 | 100 | 98 | 复核得分：95` (under a 备注): 95 the form's score, 98 the unit's, kept under 总分."""
    r = read("ct_s65_sc8_review_beside_total.txt")
    assert _rows(r, "level3", "weight", "score") == list(zip(_NAMES, [10, 20, 30, 20, 20], _FULL))
    p = only_project(r)
    assert p["score"] == 95 and other_fields(p).get("总分") == "98"
    assert "score_stated_twice" not in warning_codes(r)


def test_review_line_after_total(read):
    """(guard) `复核得分：95分` a line of its own under `合计 | 100 | 98`: 95, the 98 kept under 总分."""
    r = read("ct_s65_sc8_review_line_after_total.txt")
    assert _scores(r) == _FULL
    p = only_project(r)
    assert p["score"] == 95 and other_fields(p).get("总分") == "98"


def test_review_in_rule_cell(read):
    """`合计 | 100 | 复核得分：95 | 98` (the reviewer's in the 评分标准's cell): 95 the score, 98 under 总分."""
    r = read("ct_s65_sc8_review_in_rule_cell.txt")
    assert _scores(r) == _FULL
    p = only_project(r)
    assert p["score"] == 95 and other_fields(p).get("总分") == "98"


# ------------------------------------------------------------------ points taken off, in words

_CUT_ROWS = [("立项依据充分性", 10, 10), ("立项程序规范性", 10, 10), ("预算执行率", 20, 18), ("改造食堂", 20, 20),
             ("保障就餐学生", 20, 20), ("学生满意度", 20, 20)]


def test_deduct_words_column(read):
    """A 扣分 column of no 得分: `未扣分。` / `不扣分` / `扣0分` / `全部得分` / `得满分` the points, `扣2分` 18."""
    r = read("ct_s65_sc8_deduct_words_column.txt")
    assert _rows(r, "level3", "weight", "score") == _CUT_ROWS
    assert only_project(r)["score"] == 98


def test_deduct_words_score(read):
    """The same words under the 得分 itself: the points, and 18 of `扣2分`; the 合计 98."""
    r = read("ct_s65_sc8_deduct_words_score.txt")
    assert _rows(r, "level3", "weight", "score") == _CUT_ROWS
    assert only_project(r)["score"] == 98
    assert "total_row_mismatch" not in warning_codes(r)


def test_deduct_in_score_guard(read):
    """(guard) `扣2分` of 20 points 18, `扣1.5分` of 20 points 18.5."""
    r = read("ct_s65_sc8_deduct_in_score_guard.txt")
    assert _scores(r) == [10, 18, 30, 18.5, 20]
    assert only_project(r)["score"] == 96.5


# ------------------------------------------------------------------ a 得分 column of mixed spellings

def test_score_cells(read):
    """(guard) `10.0` 10, `9.5分` 9.5, `满分` the row's 30, a blank no score, `19` 19; the 合计 68.5."""
    r = read("ct_s65_sc8_score_cells.txt")
    assert _rows(r, "level3", "weight", "score") == list(zip(_NAMES, [10, 20, 30, 20, 20], [10, 9.5, 30, None, 19]))
    assert only_project(r)["score"] == 68.5


# ------------------------------------------------------------------ wrapped 指标解释 / 评分标准 cells

def test_wrapped_rules(read):
    """(guard) The 指标解释 and 评分标准 cells wrapped onto the next line: five rows, each cell's two parts joined."""
    r = read("ct_s65_sc8_wrapped_rules.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score") == [
        ("决策", "项目立项", "立项依据充分性", 10, 10), ("过程", "资金管理", "预算执行率", 20, 19),
        ("产出", "产出数量", "改造食堂", 30, 30), ("效益", "社会效益", "保障就餐学生", 20, 20),
        ("效益", "满意度", "学生满意度", 20, 19)]
    assert _rows(r, "explanation", "requirement") == [
        ("项目立项是否符合法律法规、相关政策和发展规划。", "立项依据充分得10分，否则酌情扣分。"),
        ("项目预算资金是否按照计划执行。", "执行率×20分。"),
        ("改造食堂数量。", "完成1处得满分，未完成不得分。"),
        ("保障就餐学生人数。", "≥600人得满分。"),
        ("学生对食堂改造的满意程度。", "≥90%得满分，每低1个百分点扣1分。")]
    assert only_project(r)["score"] == 98
    assert "unparsed_row" not in warning_codes(r)


# ------------------------------------------------------------------ a grade with its band

def test_grade_band_line(read):
    """`自评等级：“优”（90分以上）` under the table: the grade 优, the quotes and the band no part of it."""
    p = only_project(read("ct_s65_sc8_grade_band_line.txt"))
    assert p["score"] == 98 and p["grade"] == "优"


def test_grade_band_cell(read):
    """`合计 | 100 | 88 | 良（80-89分）` (the grade and its band right of the score, under no head): the 合计 the
    table's, the score 88, the grade 良."""
    r = read("ct_s65_sc8_grade_band_cell.txt")
    p = only_project(r)
    assert p["score"] == 88 and p["grade"] == "良"
    assert "unparsed_row" not in warning_codes(r)


# ------------------------------------------------------------------ a reviewer's 评分表 after the unit's

def test_review_sheet_by_title(read):
    """`…复核评分表` (a plain 得分 head) after the unit's 评分表 of the same rows: five rows, the reviewer's scores
    theirs, the unit's their self_score; 92 the form's score, the unit's 98 under 自评得分."""
    r = read("ct_s65_sc8_review_sheet_by_title.txt")
    assert _rows(r, "level3", "weight", "self_score", "score") == list(
        zip(_NAMES, [10, 20, 30, 20, 20], _FULL, [9, 18, 28, 19, 18]))
    p = only_project(r)
    assert p["score"] == 92 and other_fields(p).get("自评得分") == "98"
    assert not {"weights_not_100", "total_row_mismatch"} & set(warning_codes(r))
