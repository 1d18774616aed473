"""Review rv11 (session 51) of the merged hunts ng5 (non-forms: minutes, writing guides, published pages) and sc7 (score
tables). Fixtures ct_s51_rv11_* (text dumps, tab-separated cells); each reading was written down by hand before jixiao
was run.

Decided (faults found):
- a notice approving targets (`关于批复…绩效目标的通知`) whose head cites the minutes it rests on (`依据：县人民政府第12次
  常务会议纪要`) declares its list's targets: one project a row (ng5's minutes rule dropped it as a project_list); a
  line only names minutes when it is their own name, no label's value;
- a meeting's `…常务会议决定事项` (and `…会议决议`) is minutes as `议定事项` is: its list no projects (a project_list);
- 加分项 / 减分项 rows below a 评分表's 合计 are the table's rows too when a 序号 column numbers them (`5 | 加分项 | …`)
  and when their section is named on a line of its own (`加分项（5分）` over `| 工作创新 | … | 5 | 3`; the level 1 kept
  whole, as sc7 keeps `特色加分（5分）`); a 最终得分 after them the form's score;
- with no 最终得分 after such rows the 合计 is the form's score, and it is no mismatch that the rows above it alone add
  up to it (weights_not_100 said "the scores add up to 96 but the total score is 93"); (hunt sc8, session 52: the
  form's score is now the 合计 plus those rows' scores, 96);
- `最终得分 | 90` after a 合计 of 92 (a 复核 cut 2 points): the form's score, the 合计's 92 kept under its label (the 90
  was dropped without a word); the rows still add up to 92, which weights_not_100 says;
- a `备注` column between the points (`分值 | 评分标准 | 备注 | 得分`) or left of them (`三级指标 | 备注 | 分值 | 得分`): each
  row's note (dropped without a word); a `指标说明` left of the points stays no note;
- `9.5/10` under a 得分 head in a table whose 分值 column is left empty on the rows: 9.5 of 10 points, as sc7 reads it
  where there is no 分值 column (it was 9.5 points scored 10, three score_over_weight).
Kept (no fault found; guards): a form of a project whose name holds 指南 (`…办事指南编印项目绩效目标表`, no 项目名称 row)
is a form; minutes with their issue number on the next line; `扣分` / `附加分` rows after a 总分 and a 一票否决 row after a
合计; a grade in the 合计's 备注 cell (`自评等级：优`) the form's grade, no note.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _rows(r, *keys):
    return [tuple(s.get(k) for k in keys) for s in r.tables["scores"]]


def _names(r):
    return [p["name"] for p in r.tables["projects"]]


def test_a_notice_citing_minutes_declares_its_targets(read):
    """Main: no project, a project_list warning."""
    r = read("ct_s51_rv11_notice_cites_minutes.txt")
    assert _names(r) == ["城乡居民医疗救助", "农村饮水安全维修养护"]
    assert "project_list" not in warning_codes(r)


def test_a_meetings_decided_items_are_no_forms(read):
    """`县人民政府2024年第3次常务会议决定事项`. Main: two projects."""
    r = read("ct_s51_rv11_minutes_decision_items.txt")
    assert _names(r) == [] and warning_codes(r) == ["project_list"]


def test_bonus_rows_numbered_in_a_seq_column(read):
    """`5 | 加分项 | …` below the 合计, `最终得分 | 94`. Main: two unparsed_row, the score 93, the 94 aside."""
    r = read("ct_s51_rv11_bonus_seq_column.txt")
    assert _rows(r, "level1", "level3", "weight", "score") == [
        ("决策", "立项程序规范性", 10, 10), ("过程", "预算执行率", 20, 19), ("产出", "改造户厕数量", 40, 38),
        ("效益", "农户满意度", 30, 26), ("加分项", "获评省级示范村", 5, 2), ("减分项", "审计发现问题", 5, -1)]
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {}
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_bonus_section_named_on_a_line_of_its_own(read):
    """`加分项（5分）` over `| 工作创新 | 获评省级先进 | 5 | 3`. Main: unparsed rows, the extras read as 效益's."""
    r = read("ct_s51_rv11_bonus_section_line.txt")
    assert _rows(r, "level1", "level2", "level3", "weight", "score")[4:] == [
        ("加分项（5分）", "工作创新", "获评省级先进", 5, 3), ("减分项（5分）", "违规违纪", "审计发现问题", 5, -2)]
    assert len(r.tables["scores"]) == 6
    assert only_project(r)["score"] == 96 and warning_codes(r) == []


def test_bonus_below_the_total_with_no_final_score(read):
    """`合计 | 100 | 93`, `加分项 | … | 3`, no 最终得分. Main: weights_not_100 (the scores add up to 96). (Hunt sc8,
    session 52: the form's score is the 合计's and the bonus's, 96 — it was the 合计's 93, the bonus left out.)"""
    r = read("ct_s51_rv11_bonus_no_final.txt")
    assert _rows(r, "level1", "weight", "score")[-1] == ("加分项", 5, 3)
    assert len(r.tables["scores"]) == 5
    p = only_project(r)
    assert p["score"] == 96 and p["grade"] == "优"
    assert warning_codes(r) == []


def test_final_score_after_a_review_wins(read):
    """`合计 | 100 | 92`, `复核意见 | …核减2分`, `最终得分 | 90 | 评价等级 | 优`. Main: the score 92, the 90 lost."""
    r = read("ct_s51_rv11_final_after_review.txt")
    p = only_project(r)
    assert p["score"] == 90 and p["grade"] == "优"
    assert other_fields(p) == {"复核意见": "经复核，村庄保洁覆盖率未达目标，核减2分。", "总分": "92"}
    # (the rows make the table's own total, the score another party's: no weights_not_100 — hunt ly7)
    assert warning_codes(r) == []


def test_a_remark_column_between_the_points(read):
    """`分值 | 评分标准 | 备注 | 得分`. Main: the remarks dropped."""
    r = read("ct_s51_rv11_remark_between_points.txt")
    assert _rows(r, "level3", "weight", "score", "note") == [
        ("立项依据充分性", 10, 10, None), ("预算执行率", 20, 18, "执行率90%"),
        ("维修校舍面积", 40, 37, "1所学校未完工"), ("师生满意度", 30, 28, "抽样满意度88%")]
    assert only_project(r)["score"] == 93 and warning_codes(r) == []


def test_a_remark_column_left_of_the_points(read):
    """`三级指标 | 备注 | 分值 | 得分`. Main: the remarks dropped."""
    r = read("ct_s51_rv11_remark_left_of_points.txt")
    assert _rows(r, "level3", "weight", "score", "note") == [
        ("立项程序规范性", 10, 10, None), ("预算执行率", 20, 18, "执行率92%"),
        ("改造危房户数", 40, 37, "3户未完工"), ("住房安全保障率", 30, 30, None)]
    assert only_project(r)["score"] == 95 and warning_codes(r) == []


def test_score_slash_points_under_an_empty_points_column(read):
    """`| 分值 | 得分` with the 分值 cells empty and `9.5/10` under 得分. Main: 9.5 points scored 10."""
    r = read("ct_s51_rv11_slash_points_blank.txt")
    assert _rows(r, "level2", "weight", "score") == [
        ("绩效目标合理性", 10, 9.5), ("预算执行率", 20, 18), ("养护里程", 40, 40), ("群众满意度", 30, 26)]
    assert only_project(r)["score"] == 93.5 and warning_codes(r) == []


# guards: right on main, kept


def test_guard_a_project_named_for_a_guide_is_a_form(read):
    r = read("ct_s51_rv11_guard_guide_project_title.txt")
    p = only_project(r)
    assert p["name"] == "政务服务办事指南编印项目" and len(r.tables["indicators"]) == 4
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_guard_an_indicator_explanation_left_of_the_points_is_no_note(read):
    r = read("ct_s51_rv11_guard_explain_left.txt")
    assert _rows(r, "level3", "note") == [("立项程序规范性", None), ("预算执行率", None), ("改造危房户数", None),
                                          ("住房安全保障率", None)]


def test_guard_a_grade_in_the_totals_remark(read):
    r = read("ct_s51_rv11_guard_total_remark_grade.txt")
    p = only_project(r)
    assert p["score"] == 92 and p["grade"] == "优"
    assert [s["note"] for s in r.tables["scores"]] == [None, "执行率95%", "2处未完工", None]


def test_guard_minutes_with_their_issue_number(read):
    r = read("ct_s51_rv11_guard_minutes_issue.txt")
    assert _names(r) == [] and warning_codes(r) == ["project_list"]


def test_guard_deduction_and_extra_points_after_a_total(read):
    r = read("ct_s51_rv11_guard_deduct_after_total.txt")
    assert _rows(r, "level1", "score")[4:] == [("扣分", -3), ("附加分", 2)]
    assert only_project(r)["score"] == 94 and warning_codes(r) == []


def test_guard_a_veto_row_after_a_total(read):
    r = read("ct_s51_rv11_guard_veto_after_total.txt")
    assert _rows(r, "level1", "weight", "score")[-1] == ("一票否决", 0, 0)
    assert only_project(r)["score"] == 96 and warning_codes(r) == []
