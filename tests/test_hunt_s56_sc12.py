"""Hunt sc12 (session 56): scores (评分表 under a whole 项目支出绩效自评表). Fixtures ct_s56_sc12_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s56_sc12.py: each a whole form, its fields, money, goal and
indicators, then its 评分表); each reading was written down by hand before jixiao was run.

Decided:
- `扣2分` / `扣1.5分` / `扣2分（资金拨付滞后）` in the 得分 column, the row's points known (`20`): the points less the
  deduction, 18, the cell as written the row's note (the score was lost without a word); no points on the row: as it was;
- on a 加分项's / 减分项's / 加减分项's row `加2分` its 2, `扣3分` its -3 (they were no score);
- `加减分项` (a bonus and a deduction in one section outside the 100, each row's sign saying which, `+2`, `-1`): a
  level of the table as 加分项 / 减分项 are (its rows were unparsed_row), the 合计 plus their scores the form's score (96);
  its plain figure as written (no sign taken for it);
- `合计 | 100 | 自评得分：94，财政评价得分：90` (or `自评得分94分；复核得分91分`) in one cell: each its own labelled score, as
  in two cells (sc11), the outside party's / reviewer's the score, the unit's under its label (`{"自评得分": "94"}`);
  the rows make the unit's 94 (sc8 kept a weights_not_100 there; hunt ly7 of session 59: none, the table adds up);
- `三级指标 | 评分标准 | 得分` whose 评分标准 cells are each only points (`10分`, the 合计's `100分`), no 分值 head: that
  column the points (the table was an indicator table, the points and scores lost, duplicate_indicator warnings);
- `满分10分` under the 分值 (its 合计 `满分100分`): the points (they were lost, the 合计 an unparsed_row);
- a 扣分项's / 减分项's plain figure beside its cap with no total after it (the rule): below the cap, taken off (`5 | 2`:
  -2, sc11's reading); the whole cap, kept (`5 | 5`: nothing taken off — a row scored its full points is the common case;
  it was -5, the form's score 89); either way a `deduction_unsure` warning naming the other reading. No cap (sc11's
  `| | 2`), or a total after that settles it (rv37's), no warning.
Kept (right on main, guards): `权重（%）` with `10.00` / `93.50`; a 合计 that is not the rows' sum (96 against 94) flagged
by weights_not_100.
"""
from __future__ import annotations

from jixiao.checks import BONUS_LEVEL, EXTRA_LEVEL, MIXED_LEVEL
from parsers.tables import scores_in_cell
from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_kou_in_score_cell(read):
    """`扣2分` / `扣1.5分` under the 得分 beside 20 / 30 points: 18 / 28.5, the cells the notes. Main: no scores."""
    r = read("ct_s56_sc12_kou_in_score_cell.txt")
    assert _rows(r, "weight", "score", "note") == [(10, 10, None), (20, 18, "扣2分"), (40, 40, None),
                                                   (30, 28.5, "扣1.5分")]
    assert only_project(r)["score"] == 96.5 and warning_codes(r) == []


def test_kou_with_reason_in_score_cell(read):
    """`扣2分（资金拨付滞后）` under the 得分 beside 20 points: 18, the cell the note. Main: no score."""
    r = read("ct_s56_sc12_kou_with_reason_in_score_cell.txt")
    assert _rows(r, "level3", "weight", "score", "note")[1] == ("资金拨付及时性", 20, 18, "扣2分（资金拨付滞后）")
    assert only_project(r)["score"] == 98 and warning_codes(r) == []


def test_bonus_penalty_rows(read):
    """`加减分项 | … | +2` and `加减分项 | … | -1` under the 合计's 95: two rows, score 96. Main: unparsed_row each, 95."""
    r = read("ct_s56_sc12_bonus_penalty_rows.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score")[4:] == [
        ("加减分项", "工作创新", "获评省级示范项目", None, 2), ("加减分项", "违规违纪", "审计发现问题", None, -1)]
    assert only_project(r)["score"] == 96 and warning_codes(r) == []


def test_bonus_penalty_words(read):
    """`加分项 | … | 5 | … | 加2分`, `减分项 | … | 5 | … | 扣3分` under the 合计's 95: 2 and -3, score 94. Main: no
    scores, 95."""
    r = read("ct_s56_sc12_bonus_penalty_words.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("加分项", 5, 2), ("减分项", 5, -3)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_total_two_scores_one_cell(read):
    """`合计 | 100 | 自评得分：94，财政评价得分：90`: score 90, `{"自评得分": "94"}`. Main: no score (the cell lost)."""
    r = read("ct_s56_sc12_total_two_scores_one_cell.txt")
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p) == {"自评得分": "94"}
    assert warning_codes(r) == ["weights_not_100"]     # (the rows make the unit's 94)


def test_total_two_scores_no_colon(read):
    """`合计 | 100 | 自评得分94分；复核得分91分`: score 91, `{"自评得分": "94"}`. Main: an unparsed_row, no score."""
    r = read("ct_s56_sc12_total_two_scores_no_colon.txt")
    p = only_project(r)
    assert p["score"] == 91 and other_fields(p) == {"自评得分": "94"}
    assert warning_codes(r) == ["weights_not_100"]


def test_rule_column_points(read):
    """`三级指标 | 评分标准 | 得分` over `… | 10分 | 10`: the 评分标准 the points, a 评分表, score 94. Main: an indicator table
    of no targets (duplicate_indicator twice), no scores rows."""
    r = read("ct_s56_sc12_rule_column_points.txt")
    assert _rows(r, "level1", "weight", "score", "requirement") == [
        ("决策", 10, 10, None), ("过程", 20, 19, None), ("产出", 40, 38, None), ("效益", 30, 27, None)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_full_marks_points(read):
    """`满分10分` under the 分值, `10分` under the 得分, `合计 | 满分100分 | 97分`: the points, score 97. Main: no
    points, the 合计 an unparsed_row, no score."""
    r = read("ct_s56_sc12_full_marks_points.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 19), (40, 40), (30, 28)]
    assert only_project(r)["score"] == 97 and warning_codes(r) == []


def test_deduction_cap_equal_no_total(read):
    """`扣分项 | … | 5 | 发生安全事故扣5分 | 5` under the 合计's 94, nothing after: kept (nothing taken off), score 94, a
    deduction_unsure warning. Main: -5, score 89, no word."""
    r = read("ct_s56_sc12_deduction_cap_equal_no_total.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("扣分项", 5, 5)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == ["deduction_unsure"]
    assert "read as kept" in r.tables["warnings"][0]["message"]


def test_deduction_below_cap_no_total(read):
    """`减分项 | … | 5 | … | 2` under the 合计's 96, nothing after: taken off, -2, score 94, a deduction_unsure warning.
    Main: the same, no word."""
    r = read("ct_s56_sc12_deduction_below_cap_no_total.txt")
    assert _rows(r, "level1", "weight", "score")[4:] == [("减分项", 5, -2)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == ["deduction_unsure"]
    assert "read as taken off" in r.tables["warnings"][0]["message"]


def test_weight_two_decimals(read):
    """`权重（%）` over `10.00`, `合计 | 100.00 | 93.50` (guard)."""
    r = read("ct_s56_sc12_weight_two_decimals.txt")
    assert _rows(r, "weight", "score") == [(10, 10), (20, 19), (40, 40), (30, 24.5)]
    assert only_project(r)["score"] == 93.5 and warning_codes(r) == []


def test_total_not_sum(read):
    """`合计 | 100 | 96` over rows making 94: the form's 96, weights_not_100 says the difference (guard)."""
    r = read("ct_s56_sc12_total_not_sum.txt")
    assert only_project(r)["score"] == 96 and warning_codes(r) == ["weights_not_100"]
    assert "94" in r.tables["warnings"][0]["message"]


def test_mixed_level_and_scores_in_cell():
    """`加减分项` / `加扣分项` / `三、加减分项目` an extra level (no bonus only); a cell of two labelled scores split."""
    for k in ("加减分项", "加扣分项", "三、加减分项目", "加减分项（最高5分）"):
        assert EXTRA_LEVEL.match(k) and MIXED_LEVEL.match(k) and not BONUS_LEVEL.match(k), k
    assert not MIXED_LEVEL.match("加分项") and not MIXED_LEVEL.match("减分项")
    assert scores_in_cell("自评得分：94，财政评价得分：90") == [("自评得分", "94"), ("财政评价得分", "90")]
    assert scores_in_cell("自评得分94分；复核得分91分") == [("自评得分", "94"), ("复核得分", "91")]
    assert scores_in_cell("自评得分：94") is None and scores_in_cell("自评得分：94，较上年提高") is None
