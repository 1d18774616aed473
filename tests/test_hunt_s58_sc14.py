"""Hunt sc14 (session 58): scores and choices (评分表 under a 项目支出绩效自评表, radio-marked options). Fixtures
ct_s58_sc14_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s58_sc14.py); each reading was written
down by hand before jixiao was run.

Decided:
- `合计 | 100 | 94` and a line `自评得分：95分`, under the table or over it (the form's own score twice, two figures,
  neither a reviewer's): the 合计's (总分, ranked better) stays the score, the 95 kept in other_fields under its label,
  and a `score_stated_twice` warning (the 95 was dropped without a word); the same figure twice says nothing;
- `评价机构：某某会计师事务所` on a line of its own under the 评分表: kept in other_fields under its label, as the cell
  pair `评价机构 | …` is (it was lost);
- `评价等级：90分以上为优，80-89分为良，…` on a line of its own under the 评分表: the scale (`考核等次`), no grade (the
  whole scale was the form's grade); `等级 | 优 | 良 | 中 | 差` over `分数 | 90分以上 | 80-89分 | …` (laid across) the
  same, `优：90分以上；良：80-89分；…` (the grade was 优, the bands an unparsed_row);
- `综合评分 | 总分 | 得分 | 等级` over `| 100 | 94 | 优` right under the 合计: the summary block, as above a table of no
  合计 (two unparsed_row, the grade lost);
- a figure is one in either script among radio marks: `●三年 ◎五年` things listed as `●10人 ◎20人` are (it was a
  choice), `◎1类 ●2类` a rank chosen as `◎一类 ●二类` is (it was kept with its marks);
- `◐` (a half-filled circle) is a marked radio button: `○新增项目 ◐延续项目` -> 延续项目 (kept with its marks).
Kept (right on main, guards): points at every level (`一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | …`: the
last level's points each row's weight, no subtotal rows); a 扣分说明 column with half points and 分 in the cells; a
评价等级 table (`优 | 90分以上（含90分）`) under the scores, no score rows; a 自评表 whose 得分 column is blank (scores
null, not 0, no score); `总分 | 100.0 | 95.5`; each score row's provenance (doc_id, line).
"""
from __future__ import annotations

import pytest

from parsers.core import radio_boxes
from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


_STD = [("立项依据充分性", 10), ("预算执行率", 20), ("道路硬化里程", 40), ("沿线群众满意度", 30)]


def test_stated_score_not_the_total(read):
    """`合计 | 100 | 94` then `自评得分：95分`: score 94, `{"自评得分": "95分"}`, score_stated_twice. Main: the 95 lost."""
    r = read("ct_s58_sc14_stated_not_total.txt")
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {"自评得分": "95分"}
    assert warning_codes(r) == ["score_stated_twice"]
    w = r.tables["warnings"][0]
    assert "94" in w["message"] and "95" in w["message"] and w["line"] is not None


def test_stated_score_above_the_total(read):
    """`自评得分：95分` over the 评分表, its 合计 94 read after it: the same (the 合计's better-ranked 总分 replaced the 95
    without a word on main)."""
    r = read("ct_s58_sc14_stated_above_total.txt")
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {"自评得分": "95分"}
    assert warning_codes(r) == ["score_stated_twice"]


def test_stated_score_is_the_total(read):
    """(guard) `合计 | 100 | 94` then `自评得分：94分`: one score, nothing kept aside, no warning."""
    r = read("ct_s58_sc14_stated_is_total.txt")
    p = only_project(r)
    assert (p["score"], other_fields(p), warning_codes(r)) == (94, {}, [])


def test_evaluator_line_kept(read):
    """`评价机构：湖南天职会计师事务所有限公司` under the table: kept. Main: lost."""
    r = read("ct_s58_sc14_evaluator_line.txt")
    p = only_project(r)
    assert other_fields(p).get("评价机构") == "湖南天职会计师事务所有限公司" and p["score"] == 94


def test_grade_scale_line_no_grade(read):
    """`评价等级：90分以上为优，80-89分为良，…` under the table: no grade, the scale 考核等次. Main: the scale the grade."""
    r = read("ct_s58_sc14_kou_reason_scale_line.txt")
    p = only_project(r)
    assert p["grade"] is None and p["score"] == 94
    assert other_fields(p) == {"考核等次": "90分以上为优，80-89分为良，60-79分为中，60分以下为差"}
    assert _rows(r, "level3", "score", "note") == [
        ("立项依据充分性", 10, None), ("预算执行率", 19, "执行率95%"), ("道路硬化里程", 40, None),
        ("沿线群众满意度", 25, "满意度85%")]


def test_summary_block_under_total(read):
    """`综合评分 | 总分 | 得分 | 等级` over `| 100 | 94 | 优` right under the 合计: grade 优, score 94, no warning. Main:
    two unparsed_row, the grade lost."""
    r = read("ct_s58_sc14_summary_under_total.txt")
    p = only_project(r)
    assert (p["score"], p["grade"], other_fields(p)) == (94, "优", {}) and warning_codes(r) == []
    assert [(s["level3"], s["weight"]) for s in r.tables["scores"]] == _STD


def test_grade_scale_across(read):
    """`等级 | 优 | 良 | 中 | 差` over `分数 | 90分以上 | …` under the 合计: the scale, no grade. Main: grade 优, the bands
    an unparsed_row."""
    r = read("ct_s58_sc14_grade_scale_across.txt")
    p = only_project(r)
    assert p["grade"] is None and p["score"] == 94
    assert other_fields(p) == {"考核等次": "优：90分以上；良：80-89分；中：60-79分；差：60分以下"}
    assert warning_codes(r) == []


@pytest.mark.parametrize("text, want", [
    ("●三年 ◎五年", None), ("●3年 ◎5年", None), ("◎两年 ●三年", None), ("●10人 ◎20人", None),
    ("◎1类 ●2类 ◎3类", "□1类 ☑2类 □3类"), ("◎一类 ●二类", "□一类 ☑二类"), ("◎1档 ●2档", "□1档 ☑2档"),
    ("◎一级 ●二级", "□一级 ☑二级"), ("◎10级 ●11级", "□10级 ☑11级"), ("◎十一类 ●十二类", "□十一类 ☑十二类"),
    # (guards: words of one ending with no figure, an empty circle beside a filled one)
    ("◎单年度 ●跨年度", "□单年度 ☑跨年度"), ("◎一次性 ●经常性", "□一次性 ☑经常性"), ("○三年 ●五年", "□三年 ☑五年"),
])
def test_figures_one_rule_in_either_script(text, want):
    assert radio_boxes(text) == (want or text)


@pytest.mark.parametrize("text, want", [
    ("○新增项目 ◐延续项目", "□新增项目 ☑延续项目"), ("◐是 ○否", "☑是 □否"), ("◎合理 ◑不合理", "□合理 ☑不合理"),
])
def test_half_marks_are_radio_marks(text, want):
    assert radio_boxes(text) == want


def test_numeral_options_on_a_form(read):
    """`实施周期 | ●三年 ◎五年`, `管护人员 | ●10人 ◎20人`: both as written. Main: the period `●三年 ◎五年` kept (a choice
    read by radio_boxes, `☑三年 □五年`, where a field's options are read)."""
    r = read("ct_s58_sc14_numeral_options.txt")
    p = only_project(r)
    assert p["period_raw"] == "●三年 ◎五年" and other_fields(p) == {"管护人员": "●10人 ◎20人"}
    assert radio_boxes("●三年 ◎五年") == "●三年 ◎五年"


def test_numeral_ranks_on_a_form(read):
    """`工程类别 | ◎1类 ●2类 ◎3类`: 2类, as `项目级次 | ◎一级 ●二级` is 二级. Main: kept with its marks."""
    r = read("ct_s58_sc14_numeral_ranks.txt")
    assert other_fields(only_project(r)) == {"工程类别": "2类", "项目级次": "二级"}


def test_half_mark_on_a_form(read):
    """`项目类型 | ○新增项目 ◐延续项目`: category 延续项目; `是否政府采购 | ◐是 ○否`: 是. Main: both with their marks."""
    r = read("ct_s58_sc14_half_mark.txt")
    p = only_project(r)
    assert p["category"] == "延续项目" and other_fields(p) == {"是否政府采购": "是"}


def test_points_every_level(read):
    """(guard) a 分值 after each level: each row's weight the last level's, no subtotal row, score 96."""
    r = read("ct_s58_sc14_points_every_level.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score", "is_subtotal") == [
        ("决策", "项目立项", "立项依据充分性", 10, 10, False), ("过程", "资金管理", "预算执行率", 20, 19, False),
        ("产出", "产出数量", "道路硬化里程", 20, 20, False), ("产出", "产出质量", "工程验收合格率", 20, 20, False),
        ("效益", "满意度", "沿线群众满意度", 30, 27, False)]
    assert only_project(r)["score"] == 96 and warning_codes(r) == []


def test_kou_note_half_points_fen(read):
    """(guard) `18.5分` under the 得分, a 扣分说明 column: the half points, the notes."""
    r = read("ct_s58_sc14_kou_note_half_fen.txt")
    assert _rows(r, "level3", "weight", "score", "note") == [
        ("立项依据充分性", 10, 10, None), ("预算执行率", 20, 18.5, "执行率92.5%，扣1.5分"), ("道路硬化里程", 40, 40, None),
        ("沿线群众满意度", 30, 27.5, "满意度88%，扣2.5分")]
    assert only_project(r)["score"] == 96 and warning_codes(r) == []


def test_grade_table_under_scores(read):
    """(guard) a `评价等级 | 分值区间` table under the 合计: the scale, no score rows."""
    r = read("ct_s58_sc14_grade_scale_under.txt")
    p = only_project(r)
    assert [(s["level3"], s["weight"]) for s in r.tables["scores"]] == _STD
    assert p["score"] == 94 and p["grade"] is None
    assert other_fields(p) == {"考核等次": "优：90分以上（含90分）；良：80-89分；中：60-79分；差：60分以下"}


def test_blank_scores(read):
    """(guard) a 得分 column left blank: the points kept, every score null (not 0), no project score."""
    r = read("ct_s58_sc14_blank_scores.txt")
    assert _rows(r, "level3", "weight", "score") == [(n, w, None) for n, w in _STD]
    assert only_project(r)["score"] is None and warning_codes(r) == []


def test_total_decimal(read):
    """(guard) `总分 | | | 100.0 | | 95.5`: score 95.5, weights 10.0 … read."""
    r = read("ct_s58_sc14_total_decimal.txt")
    assert _rows(r, "level3", "weight", "score") == [
        ("立项依据充分性", 10, 10), ("预算执行率", 20, 19), ("道路硬化里程", 40, 40), ("沿线群众满意度", 30, 26.5)]
    assert only_project(r)["score"] == 95.5 and warning_codes(r) == []


@pytest.mark.parametrize("name", ["stated_not_total", "points_every_level", "kou_note_half_fen", "blank_scores",
                                  "total_decimal", "grade_scale_under"])
def test_score_rows_keep_provenance(read, name):
    """(guard) every score row its document and line, lines in the order of the rows."""
    r = read(f"ct_s58_sc14_{name}.txt")
    rows = r.tables["scores"]
    assert rows and all(s["doc_id"] == r.document["doc_id"] and s["line"] for s in rows)
    assert [s["line"] for s in rows] == sorted({s["line"] for s in rows})
