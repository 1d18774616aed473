"""Review rv41 (session 56) of hunt sc12 (scores). Fixtures ct_s56_rv41_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s56_rv41.py: each a whole 项目支出绩效自评表 and its 评分表); each reading was written down by
hand before jixiao was run.

Decided:
- a 扣分项's / 减分项's figures after the 合计 with no total after them are one column, read one way: sc12 read a row at
  its cap (`5 | 5`) as kept and one below (`5 | 2`) as taken off, each on its own — beside `5 | 0` (nothing taken off;
  kept, the whole cap lost, the rare case) or `5 | 2` the column holds the points taken off, so `5 | 5` is -5 too
  (score 89 / 87, not 94). A row of 0 settles it (no deduction_unsure); rows all at their caps stay kept and said so;
- a 加减分项's plain figure (`1`, no sign) takes its sign from the row's own words: `每发现1个问题扣1分` -1 (it was +1,
  the score 2 over); `获省级表彰加2分` 2; both or neither as written; `＋2` / `－1` as signed;
- two scores in the 合计's cell with other labels and separators — `单位自评得分94分；主管部门评分90分`,
  `自评得分：94分/财政评价得分：90分`, `自评得分：94，第三方评价得分：90`, `单位自评：94；第三方评价：90`,
  `自评94分，复核91分`, a grade after them `…，评价等级：优` — the outside party's the score, the unit's in other_fields,
  the grade the project's (the score was lost: None).
Kept (guards): `扣2分` with the 分值 after the 评分标准 (18); `加2分` on an ordinary row no score; a 评分标准 column of
`N分` in some rows only, rules in the others, no points made of it.
"""
from __future__ import annotations

from parsers.tables import scores_in_cell
from tests.hunt_tools import only_project, other_fields, warning_codes


def _extra(r):
    return [(s["level1"], s["weight"], s["score"]) for s in r.tables["scores"][4:]]


def test_deduction_cap_beside_zero(read):
    """`扣分项 5 | 5` beside `扣分项 5 | 0` under the 合计's 94: -5 and 0, score 89, no warning. 07533d50: 5 kept, 94."""
    r = read("ct_s56_rv41_ded_cap_and_zero.txt")
    assert _extra(r) == [("扣分项", 5, -5), ("扣分项", 5, 0)]
    assert only_project(r)["score"] == 89 and warning_codes(r) == []


def test_deduction_cap_beside_below(read):
    """`扣分项 5 | 5` beside `减分项 5 | 2`: both taken off, -5 and -2, score 87, each said unsure. 07533d50: 5 and -2."""
    r = read("ct_s56_rv41_ded_cap_and_below.txt")
    assert _extra(r) == [("扣分项", 5, -5), ("减分项", 5, -2)]
    assert only_project(r)["score"] == 87 and warning_codes(r) == ["deduction_unsure"] * 2
    assert all("read as taken off" in w["message"] for w in r.tables["warnings"])


def test_deduction_all_at_cap_kept(read):
    """Guard: `5 | 5` and `3 | 3`, nothing else: kept (sc12's reading), score 94, each said unsure."""
    r = read("ct_s56_rv41_ded_all_at_cap.txt")
    assert _extra(r) == [("扣分项", 5, 5), ("扣分项", 3, 3)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == ["deduction_unsure"] * 2


def test_mixed_plain_figure_by_words(read):
    """`加减分项 | … | 获省级表彰加2分 | 2`, `加减分项 | … | 每发现1个问题扣1分 | 1` under the 合计's 95: 2 and -1, score 96.
    07533d50: +1, 98."""
    r = read("ct_s56_rv41_mixed_plain_words.txt")
    assert _extra(r) == [("加减分项", None, 2), ("加减分项", None, -1)]
    assert only_project(r)["score"] == 96 and warning_codes(r) == []


def test_mixed_fullwidth_signs(read):
    """Guard: `＋2`, `－1`: 2 and -1, score 96."""
    r = read("ct_s56_rv41_mixed_fullwidth_signs.txt")
    assert _extra(r) == [("加减分项", None, 2), ("加减分项", None, -1)]
    assert only_project(r)["score"] == 96


def _two(r, unit_label):
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p) == {unit_label: "94"}
    assert warning_codes(r) == ["weights_not_100"]      # (the rows make the unit's 94, as sc12's)


def test_two_scores_unit_and_dept_score(read):
    """`单位自评得分94分；主管部门评分90分`: 90, the unit's 94 kept. 07533d50: no score, an unparsed_row."""
    _two(read("ct_s56_rv41_two_scores_unit_dept.txt"), "单位自评得分")


def test_two_scores_slash(read):
    """`自评得分：94分/财政评价得分：90分`: 90. 07533d50: no score."""
    _two(read("ct_s56_rv41_two_scores_slash.txt"), "自评得分")


def test_two_scores_third_party(read):
    """`自评得分：94，第三方评价得分：90`: 90. 07533d50: no score."""
    _two(read("ct_s56_rv41_two_scores_third_party.txt"), "自评得分")


def test_two_scores_and_grade(read):
    """`自评得分：94，财政评价得分：90，评价等级：优`: 90, grade 优. 07533d50: no score, no grade."""
    r = read("ct_s56_rv41_two_scores_and_grade.txt")
    _two(r, "自评得分")
    assert only_project(r)["grade"] == "优"


def test_kou_points_after_rule(read):
    """Guard: `评分标准 | 分值 | 得分` over `… | 20 | 扣2分`, `… | 30 | 扣3分`: 18 and 27, score 95."""
    r = read("ct_s56_rv41_kou_points_after_rule.txt")
    assert [(s["weight"], s["score"], s["note"]) for s in r.tables["scores"]] == [
        (10, 10, None), (20, 18, "扣2分"), (40, 40, None), (30, 27, "扣3分")]
    assert only_project(r)["score"] == 95 and warning_codes(r) == []


def test_jia_on_plain_row_no_score(read):
    """Guard: `加2分` under the 得分 of an ordinary row (no 加分项): no score made of it (not 2, not 32)."""
    r = read("ct_s56_rv41_jia_on_plain_row.txt")
    assert [s["score"] for s in r.tables["scores"]] == [10, 19, 40, None]


def test_rule_points_some_rows_not_points(read):
    """Guard: a 评分标准 column of `10分` / `40分` in two rows and rules in the others: no points made of it."""
    r = read("ct_s56_rv41_rule_points_some_rows.txt")
    assert not any(s.get("weight") for s in r.tables["scores"])


def test_scores_in_cell_labels():
    """Labels of an outside party, bare ones, a `/`, a closing grade; near-misses not split."""
    assert scores_in_cell("单位自评：94；第三方评价：90") == [("单位自评", "94"), ("第三方评价", "90")]
    assert scores_in_cell("自评94分，复核91分") == [("自评", "94"), ("复核", "91")]
    g: list = []
    assert scores_in_cell("自评得分：94，财政评价得分：90，评价等级：优", g) == [("自评得分", "94"), ("财政评价得分", "90")]
    assert g == [("评价等级", "优")]
    assert scores_in_cell("自评得分：94，财政评价得分：90，评价等级：优") is None     # (no list: no grade taken)
    assert scores_in_cell("自评得分：94，较上年提高") is None
    # (one score and its grade, with a list for the grade: the score — hunt sc13 decided it, the cell was lost; None
    # before)
    assert scores_in_cell("自评得分：94，评价等级：良", g2 := []) == [("自评得分", "94")] and g2 == [("评价等级", "良")]
    assert scores_in_cell("自评得分：94，财政评价得分：90，较上年提高", []) is None
