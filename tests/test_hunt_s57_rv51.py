"""Review rv51 (session 57) of hunt sc13 (scores). Fixtures ct_s57_rv51_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s57_rv51.py: whole 项目支出绩效自评表 forms, make_s57_sc13.py's form, then a 评分表); each
reading was written down by hand before jixiao was run.

Decided:
- a 评分表 row of only `扣1分` under the 得分 on the line under a row left unscored joins that row only when the name
  beside it is a piece of the name above (one character, `性`, or what `_name_goes_on` takes): `时效`, `质量` are
  indicators of their own (sc13 took any two characters: `道路硬化里程时效`, 40 points less their 扣1分; now the row
  above unscored, the short one an unparsed_row as before sc13);
- `第三方评价得分：82分，评价等级：良` on a line under a 评分表 whose 合计 holds `自评得分：94，评价等级：优`: the outside
  party's score and grade the form's (sc13 left the form no score at all, the 94 put aside as 总分 and the 82 lost,
  the grade the unit's 优);
- `自评得分：94分（满分100分），评价等级：优`: the full marks in brackets after a score, the grade read (it was lost).
Kept (guards): `预算执行率：95%，评价等级：良`, `得分率94%，等级：良`, `上年度自评得分：88分，评价等级：良` give no grade;
`第三方评价得分` / `第三方检测合格率` as indicators' names stay indicators, no score; `满分10` points beside a rule
`满分2024年度执行率100%`; a `评价标准` column of targets with rules (`≥95%，每降低1%扣1分`) beside a 自评得分, no
分值: a 评分表 of points unknown, the rules its requirements, the indicators the 自评表's.
Kept: the rows adding up to the unit's 合计 under an outside party's score (`第三方评价得分：90`) say weights_not_100, as
sc8 decided of a 复核得分.
Noticed, left: `自评得分：95分，评价等级：优` under a 合计 of 94: the form's score 94, the 95 said lost without a word.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_short_name_next_not_joined(read):
    """`道路硬化里程 | 40 | 完成得满分。 | ` then `| | 时效 | | 按期完成得满分，… | 扣1分`: 时效 no piece of the name.
    90d9b5df: `道路硬化里程时效`, 39."""
    r = read("ct_s57_rv51_short_name_next.txt")
    assert [s[0] for s in _rows(r, "level3")] == ["立项依据充分性", "道路硬化里程", "沿线群众满意度"]
    assert _rows(r, "weight", "score")[1] == (40, None)
    assert "unparsed_row" in warning_codes(r)


def test_short_name_quality_not_joined(read):
    """The same with `质量` (its 二级 merged, left empty). 90d9b5df: `道路硬化里程质量`, 38."""
    r = read("ct_s57_rv51_short_name_quality.txt")
    assert [s[0] for s in _rows(r, "level3")] == ["立项依据充分性", "道路硬化里程", "沿线群众满意度"]
    assert all("质量" not in (s["requirement"] or "") for s in r.tables["scores"])


def test_third_party_grade_line(read):
    """`合计 | 100 | 自评得分：94，评价等级：优`, then `第三方评价得分：82分，评价等级：良`: 82, 良, 总分 94; the rows the
    unit's 94, weights_not_100 says so (as sc8 decided of a 复核得分). 90d9b5df: no score, 优."""
    r = read("ct_s57_rv51_third_party_grade.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (82, "良") and other_fields(p).get("总分") == "94"
    # (the rows make the table's own total, the score another party's: no weights_not_100 — hunt ly7)
    assert warning_codes(r) == []


def test_score_full_marks_grade_line(read):
    """`自评得分：94分（满分100分），评价等级：优` under the 评分表: grade 优. 90d9b5df: no grade."""
    r = read("ct_s57_rv51_score_full_grade_line.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (94, "优") and warning_codes(r) == []


def test_scores_in_cell_full_marks():
    """The full marks in brackets after each score of a cell."""
    from parsers.tables import scores_in_cell
    tail: list = []
    assert scores_in_cell("自评得分：94分(满分100分)；复核得分：90分（满分100分）", tail) == [
        ("自评得分", "94"), ("复核得分", "90")] and tail == []
    assert scores_in_cell("完成率94%，等级：良", tail) is None and tail == []


def test_rate_grade_line(read):
    """`预算执行率：95%，评价等级：良` under the 评分表: no grade, the score the 合计's (guard)."""
    r = read("ct_s57_rv51_rate_grade_line.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (94, None) and warning_codes(r) == []


def test_score_rate_grade_line(read):
    """`得分率94%，等级：良`: no grade (guard)."""
    r = read("ct_s57_rv51_score_rate_grade_line.txt")
    assert only_project(r)["grade"] is None and warning_codes(r) == []


def test_last_year_grade_line(read):
    """`上年度自评得分：88分，评价等级：良`: last year's, no grade, the score the 合计's (guard)."""
    r = read("ct_s57_rv51_last_year_grade_line.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (94, None)


def test_third_party_indicator(read):
    """`第三方评价得分 | ≥85分 | 88分`, `第三方检测合格率 | 100%` in the indicator table: indicators, no score (guard)."""
    r = read("ct_s57_rv51_third_party_indicator.txt")
    names = [i["level3"] for i in r.tables["indicators"]]
    assert "第三方评价得分" in names and "第三方检测合格率" in names
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {} and warning_codes(r) == []


def test_full_marks_count(read):
    """`满分10` … under the 分值, `满分2024年度执行率100%` a rule: the points, the rule kept (guard)."""
    r = read("ct_s57_rv51_full_marks_count.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 19), (40, 40), (30, 25)]
    assert _rows(r, "requirement")[1] == ("满分2024年度执行率100%",)
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_rule_target_column(read):
    """`三级指标 | 评价标准 | 自评得分`, targets with rules: a 评分表 of points unknown; indicators the 自评表's (guard)."""
    r = read("ct_s57_rv51_rule_target_column.txt")
    assert _rows(r, "weight", "score", "requirement")[1] == (None, 18, "≥95%，每降低1%扣1分")
    assert len(r.tables["indicators"]) == 4 and only_project(r)["score"] == 95 and warning_codes(r) == []


def test_line_disagrees_kept(read):
    """`自评得分：95分，评价等级：优` under a 合计 of 94: 94, 优 (kept as it is; the 95 lost, noticed and left)."""
    r = read("ct_s57_rv51_line_disagrees.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (94, "优")
