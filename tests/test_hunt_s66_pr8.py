"""Hunt pr8 (session 66): label/value pairs, other_fields, sign-offs and 评分表 totals (fixtures ct_s66_pr8_*, from
tests/fixtures/review/make_s66_pr8.py; each reading written down by hand before jixiao was run).

Decided: an organ wrapped onto the line under the unit's colon pair (`实施单位：临澧县人民政府` / `办公室`) or into a tab
dump's value cell under the department's (`主管部门\t临澧县人民政府` / `\t办公室`) is the name's end, as under the
department's colon pair (review rv127's two leftovers; one _organ_wrapped for the three); a named signer after an
opinion's words in its cell (`同意。审核人：张三`) kept under the place's label, the opinion `同意。` (it stayed inside);
a person's post in brackets (`刘志强（科长）`) off the name, kept as `项目负责人职务`; a `| 备注 | … |` row of two cells
between the indicators' rows, a row naming a level under it, is the form's remark, the table going on (it ended the
table, the 满意度 row lost); a `扣分情况` head with no 得分 is the 评分表's deduction column (the table was none, its rows
indicators; beside a 得分 it stays the cut's facts); `复核得分：85（扣3分）` beside the 合计 is the form's score, 85 (it
was a remark under 备注, the score 88).
Kept: a colon line's opinion with its named signer (`经审核，同意申报。经办人：李明`), a contact line of two phones and an
email, the sign-off roles in one row (`填报人：陈丽 | 审核人：王海 | 负责人：刘志强`), fill dates in words and in dots,
scores and grades in words, half points, a grade band under a 等级 head, 分值 making 100 or not (weights_not_100), a
total over 100 by a typo kept as written with weights_not_100 naming the rows' 93 — each as on BASE.
Left: review rv129's one-cell-a-line 评分表 whose only empty cell a row is its 扣分原因 (its strict xfail stands); a
two-cell foot row of another label mid-table (`| 填报日期 | … |`, `| 说明 | 100% |`) still ends the table.
"""
from __future__ import annotations

import datetime

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s66_pr8_"
NAME, DEPT, UNIT = "农村饮水安全巩固提升工程", "临澧县水利局", "临澧县农村供水服务中心"
LEVELS = [("产出指标", "数量指标", "新建集中供水工程"), ("产出指标", "质量指标", "水质检测合格率"),
          ("效益指标", "社会效益指标", "受益人口"), ("满意度指标", "服务对象满意度指标", "受益群众满意度")]
PEOPLE = ("刘志强", "陈丽", "0736-5221368")
ROWS = ["立项依据充分性", "预算执行率", "购置医疗设备", "门诊量增长率", "患者满意度"]


def _project(r, dept: str = DEPT, unit: str = UNIT) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, dept, unit)
    assert [t[:3] for t in indicator_targets(r)] == LEVELS
    assert p["budget_year"] == 8600000
    return p


def _scores(r) -> list[tuple]:
    return [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]


# ------------------------------------------------------------------ head and foot pairs

def test_an_organ_wrapped_under_the_units_colon_pair(read):
    p = _project(read(P + "unit_organ_colon.txt"), unit="临澧县人民政府办公室")
    assert other_fields(p) == {}


def test_an_organ_wrapped_in_a_tab_dumps_value_cell(read):
    p = _project(read(P + "dept_organ_tab.txt"), dept="临澧县人民政府办公室")
    assert other_fields(p) == {}


def test_a_named_signer_inside_an_opinions_cell(read):
    # BASE: {"财政部门审核意见": "同意。审核人：张三"}
    p = _project(read(P + "opinion_named_signer_tab.txt"))
    assert other_fields(p) == {"财政部门审核意见": "同意。", "审核人": "张三"}
    # on a colon line of its own (as on BASE)
    p = _project(read(P + "opinion_named_signer_colon.txt"))
    assert other_fields(p) == {"主管部门审核意见": "经审核，同意申报。", "经办人": "李明"}


def test_contact_line_of_two_phones_and_an_email(read):
    p = _project(read(P + "contact_two_phones_email.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == ("刘志强", "陈丽", "0736-5221368、13907362288")
    assert other_fields(p) == {"电子邮箱": "llsl_gs@163.com"}


def test_signoff_roles_in_one_row_and_fill_dates(read):
    p = _project(read(P + "signoff_one_row.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == PEOPLE
    assert p["fill_date"] == datetime.date(2024, 3, 5)
    assert other_fields(p) == {"审核人": "王海"}
    p = _project(read(P + "fill_date_dots.txt"))
    assert p["fill_date"] == datetime.date(2024, 3, 5) and other_fields(p) == {}


def test_a_leaders_title_after_his_name(read):
    # BASE: leader `刘志强（科长）`
    p = _project(read(P + "leader_title.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == PEOPLE
    assert other_fields(p) == {"项目负责人职务": "科长"}


def test_a_remarks_two_cell_row_between_the_indicators(read):
    # BASE: the table ended at `| 备注 | … |`, the 满意度 row an unparsed_row (its pair in other_fields)
    r = read(P + "foot_row_mid_table_pipe.txt")
    p = _project(r)
    assert (p["leader"], p["contact"], p["phone"]) == PEOPLE
    assert p["other_notes"] == "受益人口以第七次全国人口普查数据为准" and other_fields(p) == {}
    assert warning_codes(r) == []


# ------------------------------------------------------------------ 评分表

def test_deduction_heading(read):
    """`分值 | 评分标准 | 扣分情况` and no 得分: each row's score its points less the cut (BASE: no score rows, the rows
    read as indicators, an unparsed_row)."""
    r = read(P + "deduct_heading.txt")
    assert _scores(r) == list(zip(ROWS, [10, 20, 30, 20, 20], [10, 19, 30, 18, 19]))
    assert only_project(r)["score"] == 96
    assert "unparsed_row" not in warning_codes(r)


def test_grade_band_under_a_grade_head(read):
    r = read(P + "grade_band_head.txt")
    p = only_project(r)
    assert (p["score"], p["grade"]) == (91, "优") and other_fields(p) == {}


def test_reviewer_score_with_its_cut_beside_the_total(read):
    """`合计 | 100 | 88 | 复核得分：85（扣3分）` under a 备注: 85 the score, the 88 kept under 总分 (BASE: 88, the cell
    kept under 备注)."""
    r = read(P + "review_cut_beside_total.txt")
    p = only_project(r)
    assert p["score"] == 85 and other_fields(p).get("总分") == "88"


def test_score_and_grade_in_words(read):
    p = only_project(read(P + "score_grade_words.txt"))
    assert (p["score"], p["grade"]) == (93, "优秀")


def test_half_points(read):
    r = read(P + "half_points.txt")
    assert _scores(r) == list(zip(ROWS, [10, 20, 30, 20, 20], [9.5, 18.5, 27.5, 17, 18]))
    assert only_project(r)["score"] == 90.5 and warning_codes(r) == []


def test_total_over_100_by_a_typo(read):
    """`合计 | 100 | 193` over rows making 93: the total as written (no guess at the typo), weights_not_100 saying the
    rows make 93 (as on BASE)."""
    r = read(P + "total_typo.txt")
    assert only_project(r)["score"] == 193
    assert [w["message"] for w in r.tables["warnings"] if w["code"] == "weights_not_100"] == [
        "the scores add up to 93 but the total score is 193 (difference -100): scoring table 93 (5 rows)"]


def test_weights_summing_to_100_or_not(read):
    r = read(P + "weights_short.txt")
    assert [s[1] for s in _scores(r)] == [10, 20, 25, 20, 20] and "weights_not_100" in warning_codes(r)
    r = read(P + "weights_full.txt")
    assert only_project(r)["score"] == 93 and warning_codes(r) == []
