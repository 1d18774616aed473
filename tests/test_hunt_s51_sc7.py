"""Hunt sc7 (session 51): score tables (评分表). Fixtures ct_s51_sc7_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s51_sc7.py); each reading was written down by hand before jixiao was run.

Decided:
- a 评分表's 备注 column (`备注`, `说明`, `备注说明`) is each row's `note` as written; beside a 扣分原因 column (the note's
  own) the remark goes after the reason under its head, `2处未完工；备注：已于次年3月完工` (scores has no other_fields);
- `加分项 | … | 3` and `减分项 | … | -2` rows below the 合计 are rows of the table (level 1 加分项 / 减分项, their points
  and score as written); the 合计 checks the rows above it only, and a `最终得分` / `总分` row after them is the form's
  score (the 合计's the table's part);
- a bonus or deduction level named with a word before it, `特色加分（5分）`, `其他扣分项（10分）`, is a 加分项 / 扣分项:
  its points are no share of the 100 (kept whole in level1, no level1_weight);
- `指标 | 分值 | 评分标准 | 得分 | 扣分原因` (no level heads): the 评分标准 between the points is no level, the 指标 the
  level 3; points written `10.00` read as 10;
- `9.5/10` under a plain 得分 head in a table of no 分值 column: 9.5 of 10 points (the smaller figure the score, as a
  bracket's); the 合计 `93.5/100` the form's score;
- `评价等级 | 优（90分及以上）、良（…）… | | 优`: the scale kept as 考核等次, the grade the 优 written after it.
Kept (right on main): `自评得分 | 复核得分` (the reviewer's the score, the unit's self_score), a 评分表 over two pages
with its head printed again and its level 1 merged over the page's end.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def test_a_remark_column_is_each_rows_note(read):
    """`… | 得分 | 备注`: the 备注 each row's note. Main: dropped without a word."""
    r = read("ct_s51_sc7_remark_column.txt")
    assert _rows(r, "level3", "weight", "score", "note") == [
        ("立项依据充分性", 10, 10, None), ("预算执行率", 20, 18, "执行率90%"),
        ("改造背街小巷条数", 40, 37, "1条未完工"), ("居民满意度", 30, 27, "抽样满意度87%")]
    assert only_project(r)["score"] == 92 and warning_codes(r) == []


def test_a_remark_beside_a_reason_goes_after_it(read):
    """`… | 得分 | 扣分原因 | 备注`: the reason the note, the remark after it under its head. Main: the remark dropped."""
    r = read("ct_s51_sc7_reason_and_remark.txt")
    assert _rows(r, "level3", "score", "note") == [
        ("绩效目标合理性", 8, "目标未细化"), ("资金使用合规性", 20, "备注：审计无问题"),
        ("新建供水工程处数", 36, "2处未完工；备注：已于次年3月完工"), ("受益群众满意度", 30, None)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_bonus_and_deduction_rows_below_the_total(read):
    """`加分项 | 工作创新 | 获评省级示范项目 | 5 | … | 3` and `减分项 | … | 5 | … | -2` under `合计 | 100 | 92`, then
    `最终得分 | 93`: 6 score rows, the score 93, no warning. Main: the two rows unparsed_row, the score 92 and
    `{"最终得分": "93"}` in other_fields."""
    r = read("ct_s51_sc7_bonus_below_total.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score") == [
        ("决策", "项目立项", "立项程序规范性", 10, 10), ("过程", "资金管理", "预算执行率", 20, 19),
        ("产出", "产出数量", "新建高标准农田面积", 40, 38), ("效益", "经济效益", "亩均粮食产能提高", 30, 25),
        ("加分项", "工作创新", "获评省级示范项目", 5, 3), ("减分项", "违规违纪", "审计发现问题", 5, -2)]
    p = only_project(r)
    assert p["score"] == 93 and other_fields(p) == {}
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_special_bonus_and_other_deduction_levels(read):
    """`特色加分（5分）` and `其他扣分项（10分）`: levels kept whole, no level1_weight, their points out of the 100: no
    warning (the scores 96, the 总分's). Main: level1 `特色加分` / `其他扣分项` with level1_weight 5 / 10, a
    weights_not_100 (`the weights add up to 115`)."""
    r = read("ct_s51_sc7_special_bonus_words.txt")
    assert _rows(r, "level1", "level1_weight", "weight", "score")[4:] == [
        ("特色加分（5分）", None, 5, 5), ("其他扣分项（10分）", None, 10, -5)]
    assert only_project(r)["score"] == 96 and warning_codes(r) == []


def test_flat_indicator_column_with_rule_and_decimal_points(read):
    """`指标 | 分值 | 评分标准 | 得分 | 扣分原因`, points `10.00`, `综合得分 | 100.00 | | 92.50 | 等级 | 优`: each 指标 the
    level 3 (levels 1 and 2 null), the 评分标准 no level, the score 92.5, the grade 优. Main: the 指标 the level 2, the
    评分标准 the level 3."""
    r = read("ct_s51_sc7_flat_points_decimals.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score", "note") == [
        (None, None, "立项依据充分性", 10, 10, None), (None, None, "预算执行率", 20, 18.5, "执行率92.5%"),
        (None, None, "垃圾清运量", 30, 30, None), (None, None, "垃圾无害化处理率", 20, 17, "处理率90%"),
        (None, None, "群众满意度", 20, 17, "满意度85%")]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (92.5, "优") and warning_codes(r) == []


def test_self_and_review_scores_side_by_side(read):
    """`自评得分 | 复核得分`: the 复核得分 the score, the 自评得分 each row's self_score and its 合计 in other_fields; the
    last row `综合得分 | 94 | 等级 | 优` the score and grade (right on main)."""
    r = read("ct_s51_sc7_self_and_review.txt")
    assert _rows(r, "level3", "weight", "score", "self_score", "note") == [
        ("立项依据充分性", 10, 10, 10, None), ("预算执行率", 20, 18, 20, "执行率90%"),
        ("改造校舍面积", 40, 38, 40, "1所学校未完工"), ("师生满意度", 30, 28, 29, "满意度88%")]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (94, "优") and other_fields(p) == {"自评得分": "99"}
    assert warning_codes(r) == []


def test_score_over_points_under_a_plain_score_head(read):
    """`9.5/10` under `得分`, no 分值 column: weight 10, score 9.5 (`18/20`, `40/40`, `26/30` alike); `合计 | 93.5/100`
    the score 93.5; the grade 优 written after the printed scale, the scale 考核等次. Main: weight 9.5 score 10 (three
    score_over_weight), the score 100, the grade lost into the scale (`…；优`)."""
    r = read("ct_s51_sc7_score_slash_points.txt")
    assert _rows(r, "level1", "level2", "weight", "score") == [
        ("决策", "绩效目标合理性", 10, 9.5), ("过程", "预算执行率", 20, 18), ("产出", "养护里程", 40, 40),
        ("效益", "群众满意度", 30, 26)]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (93.5, "优")
    assert other_fields(p) == {"考核等次": "优（90分及以上）、良（80-89分）、中（60-79分）、差（60分以下）"}
    assert warning_codes(r) == []


def test_two_pages_head_printed_again(read):
    """A 评分表 over two pages, `— 1 —` and its head again, the level 1 merged over the page's end: 8 rows, 管理制度健全性
    under 过程, the score 95 (right on main)."""
    r = read("ct_s51_sc7_two_pages_head_again.txt")
    got = _rows(r, "level1", "level2", "level3", "weight", "score")
    assert len(got) == 8 and got[4] == ("过程", "组织实施", "管理制度健全性", 10, 8)
    assert got[7] == ("效益", "满意度", "林区群众满意度", 10, 9)
    assert only_project(r)["score"] == 95 and warning_codes(r) == []
