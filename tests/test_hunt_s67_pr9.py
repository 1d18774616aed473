"""Hunt pr9 (session 67): label/value pairs, sign-offs, contacts and 评分表 checks (fixtures ct_s67_pr9_*, from
tests/fixtures/review/make_s67_pr9.py; each reading written down by hand before jixiao was run).

Decided: a post after a name past a space (`王建国 科长`, `周敏 副主任`) is off the name, kept as `项目负责人职务` /
`联系人职务` as a post in brackets is — a word a post's only (`…主任`, `…书记`, `…会计`, an office's `[科局站…]长`), so
two names past a space (`周敏 李娟`) stay a list (review rv138's leftover); a named signer with the day signed after
the name inside an opinion's cell (`同意申报。审核人：赵立新 2024.3.5`, `…  2024年3月5日`) is the opinion, the signer
and the day under the place's day label (`审核日期`; rv138's leftover); a placeholder where the signer's name goes
(`审核人：待定`, `经办人：无`, `审核人：/`) names nobody: the opinion's words alone (`待定` was kept as a person, `无` and
`/` inside the opinion); a body's officer named by the post on a colon line of the head (`办公室主任：陈晓东`) is kept
in other_fields as a role's (`分管领导：…`) is (it was dropped: a post is a role's label, core.ROLE_POST).
Kept: a phone with its extension and a mobile (`0571-8888888转123，13757112345`, as written); 单位负责人 / 财务负责人 /
项目负责人 in one row; fill dates `2024-03-05` and `二〇二四年三月五日`; seals glued to an organ (`…农业农村局（盖章）`,
`（公章）…人民政府`); a 评分表 of 权重 in percent; a 得分 over its 分值 (score_over_weight), a 合计 not the rows' sum
(weights_not_100), a grade its score contradicts in the 合计's row or on a line under it (grade_mismatch) — each as on
BASE.
A placeholder after an opinion on a colon line (`…。经办人：无`, a second contact's label) names nobody either (it was
kept as `{"经办人": "无"}`); a row of officers by their posts (`财务科长 | 李明 | 分管副局长 | 张强`) is the sign-off's
(it was dropped).
Left: a placeholder as the form's only contact (`联系人：无`) was not tried.
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s67_pr9_"
NAME, DEPT, UNIT = "西湖区美丽乡村精品线建设项目", "杭州市西湖区农业农村局", "杭州市西湖区双浦镇人民政府"
LEVELS = [("产出指标", "数量指标", "建成精品线"), ("产出指标", "质量指标", "工程验收合格率"),
          ("效益指标", "社会效益指标", "带动农户增收户数"), ("满意度指标", "服务对象满意度指标", "村民满意度")]


def _project(r, dept: str = DEPT, unit: str = UNIT) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, dept, unit)
    assert [t[:3] for t in indicator_targets(r)] == LEVELS
    assert p["budget_year"] == 12500000
    return p


def _scored(r) -> tuple[dict, list[tuple]]:
    p = only_project(r)
    return p, [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]


# ------------------------------------------------------------------ people and their posts

def test_a_post_after_the_name_past_a_space(read):
    p = _project(read(P + "post_space.txt"))
    assert (p["leader"], p["contact"]) == ("王建国", "周敏")
    assert other_fields(p) == {"项目负责人职务": "科长", "联系人职务": "副主任"}


def test_two_names_past_a_space_are_no_post(read):
    p = _project(read(P + "two_names_space.txt"))
    assert p["leader"] == "王建国" and "周敏" in p["contact"] and "李娟" in p["contact"]
    assert not any(k.endswith("职务") for k in other_fields(p))


def test_a_named_signer_with_the_day_in_dots(read):
    p = _project(read(P + "signer_day_dots.txt"))
    # BASE: {"主管部门审核意见": "同意申报。审核人：赵立新 2024.3.5"}
    assert other_fields(p) == {"主管部门审核意见": "同意申报。", "审核人": "赵立新", "审核日期": "2024.3.5"}


def test_a_signers_placeholder_is_no_person(read):
    p = _project(read(P + "signer_pending.txt"))
    assert other_fields(p) == {"财政部门审核意见": "同意。", "主管部门审核意见": "同意申报。"}
    p = _project(read(P + "signer_slash.txt"))
    assert other_fields(p) == {"财政部门审核意见": "同意。"}


def test_signers_on_colon_lines_of_their_own(read):
    # BASE: {…, "经办人": "无", …} (a second contact's label: `无` kept as a person)
    p = _project(read(P + "signer_colon_lines.txt"))
    assert (p["leader"], p["contact"]) == ("王建国", "周敏")
    assert other_fields(p) == {"主管部门审核意见": "同意申报。", "财政部门审核意见": "同意。", "审核人": "钱进",
                               "审核日期": "2024年3月5日"}


def test_posts_of_other_words_and_officers_by_their_posts(read):
    # BASE: the posts kept in the names, the officers' row dropped
    p = _project(read(P + "posts_more.txt"))
    assert (p["leader"], p["contact"]) == ("王建国", "周敏")
    assert other_fields(p) == {"财务科长": "李明", "分管副局长": "张强", "项目负责人职务": "站长", "联系人职务": "会计"}


def test_an_office_directors_line_in_the_head(read):
    p = _project(read(P + "office_director.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == ("王建国", "周敏", "0571-87654321")
    assert other_fields(p) == {"办公室主任": "陈晓东"}


def test_a_phone_with_its_extension_and_a_mobile(read):
    p = _project(read(P + "phone_extension.txt"))
    assert p["phone"] == "0571-8888888转123，13757112345"     # (as written: the extension kept with its number)
    assert other_fields(p) == {}


def test_three_heads_in_one_row(read):
    p = _project(read(P + "three_heads_row.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == ("王建国", "周敏", "0571-87654321")
    assert other_fields(p) == {"单位负责人": "孙志刚", "财务负责人": "钱丽华"}


def test_fill_dates_in_iso_and_in_numerals(read):
    for f in ("fill_date_iso.txt", "fill_date_numerals.txt"):
        p = _project(read(P + f))
        assert p["fill_date"] == datetime.date(2024, 3, 5), f
        assert other_fields(p) == {}, f


def test_seals_glued_to_the_organs(read):
    p = _project(read(P + "seal_glued.txt"))
    assert other_fields(p) == {}


# ------------------------------------------------------------------ 评分表 checks

ROWS = ["立项依据充分性", "预算执行率", "建成文化礼堂", "年开展文化活动", "群众满意度"]


def test_weights_in_percent(read):
    r = read(P + "weights_percent.txt")
    p, rows = _scored(r)
    assert rows == list(zip(ROWS, [10, 20, 30, 20, 20], [10, 19, 28, 18, 18]))
    assert p["score"] == 93
    assert "weights_not_100" not in warning_codes(r)


def test_a_score_over_its_points_is_flagged(read):
    r = read(P + "score_over_points.txt")
    p, rows = _scored(r)
    assert rows[1] == ("预算执行率", 20, 22) and p["score"] == 96
    assert "score_over_weight" in warning_codes(r)


def test_a_total_not_the_rows_sum_is_flagged(read):
    r = read(P + "total_not_sum.txt")
    p, rows = _scored(r)
    assert sum(s for _, _, s in rows) == 93 and p["score"] == 95
    assert "weights_not_100" in warning_codes(r)


def test_a_grade_its_score_contradicts_is_flagged(read):
    r = read(P + "grade_contradicts.txt")
    p, _ = _scored(r)
    assert (p["score"], p["grade"]) == (93, "中") and "grade_mismatch" in warning_codes(r)
    r = read(P + "grade_contradicts_line.txt")
    p, _ = _scored(r)
    assert (p["score"], p["grade"]) == (72, "优") and "grade_mismatch" in warning_codes(r)
    r = read(P + "grade_agrees.txt")
    p, _ = _scored(r)
    assert (p["score"], p["grade"]) == (93, "优") and "grade_mismatch" not in warning_codes(r)
