"""Review rv145 (session 67) of hunt pr9: its people, posts and signers on forms it did not try (fixtures
ct_s67_rv145_*, from tests/fixtures/review/make_s67_rv145.py; each reading written down by hand before jixiao was run).

Decided: a signer's day after the name under its own label (`同意申报。审核人：赵立新  日期：2024年3月5日`) or glued to it
(`审核人：钱进2024.3.8`) is the signer and `审核日期`, as pr9's day past a space is (both were kept whole in the opinion); on
a colon line of its own a dump cuts the signer and the day into cells after the opinion (`财政部门审核意见：同意。 | 审核人：钱进 |
日期：2024.3.8`): read with it (both were dropped without a word, the opinion kept alone); a 单位负责人's day is `单位负责人日期`
(pr9's rule made `单位负责日期`); a placeholder signer's day (`审核人：待定 2024年3月5日`) kept as `审核日期` (pr9 dropped it without a
word); a second person by surname and post past a space (`王建国 李校长`, `周敏 刘会计`) is no post of the first: as written
(pr9 made `李校长` the post); a long post past a space (`王建国 县教育局副局长`) is the post, as in brackets (pr9's four
characters before the post kept it in the name); a placeholder as the form's only person (`联系人 | 无`, `项目负责人 | 待定`)
is nobody, as `/` was (pr9's leftover).
Kept: a post after a rank's or a body's one character (`王建国 大队长`, `周敏 副校长`); indicators named by a post (`培训中小学校长`,
`选派驻村第一书记`, `培训农村会计`: pr9's post labels take none as a sign-off); a foot row `项目经理 | 张强 | 技术负责人 | 李明` in
other_fields; an opinion's `整改意见：无` as written. Left: a 分管领导 signing an opinion (`同意申报。分管领导：赵立新`) stays in the
opinion (no signing word in the label: _signed_place, as before pr9); a post's duty row (`办公室主任 | 负责资料收集和报送`) is
kept under the post since pr9 (it was an unparsed_row): a duty, not a person — untested.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s67_rv145_"
NAME, DEPT, UNIT = "长沙县义务教育薄弱学校改善项目", "长沙县教育局", "长沙县星沙街道中心学校"
LEVEL3 = ["改造校舍面积", "工程验收合格率", "惠及学生人数", "师生满意度"]


def _project(r, level3: list[str] = LEVEL3) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, DEPT, UNIT)
    assert [t[2] for t in indicator_targets(r)] == level3
    assert p["budget_year"] == 4800000 and p["phone"] == "0731-84011234"
    return p


# ------------------------------------------------------------------ signers in an opinion

def test_a_signers_day_under_its_own_label(read):
    p = _project(read(P + "signer_day_label.txt"))
    # BASE: {"主管部门审核意见": "同意申报。审核人：赵立新 日期：2024年3月5日"}
    assert other_fields(p) == {"主管部门审核意见": "同意申报。", "审核人": "赵立新", "审核日期": "2024年3月5日"}


def test_a_signer_and_day_cut_into_cells_on_a_colon_line(read):
    p = _project(read(P + "signer_day_label_colon.txt"))
    # BASE: {"财政部门审核意见": "同意。"} (the signer and the day dropped without a word)
    assert other_fields(p) == {"财政部门审核意见": "同意。", "审核人": "钱进", "审核日期": "2024.3.8"}
    assert (p["leader"], p["contact"]) == ("王建国", "周敏")


def test_a_signers_day_glued_to_the_name(read):
    p = _project(read(P + "signer_day_glued.txt"))
    assert other_fields(p) == {"财政部门审核意见": "同意。", "审核人": "钱进", "审核日期": "2024.3.8"}


def test_a_unit_heads_day(read):
    p = _project(read(P + "signer_head_day.txt"))
    # BASE: {…, "单位负责日期": "2024年3月5日"}
    assert other_fields(p) == {"主管部门审核意见": "同意申报。", "单位负责人": "赵立新", "单位负责人日期": "2024年3月5日"}


def test_a_placeholder_signers_day(read):
    p = _project(read(P + "signer_pending_day.txt"))
    # BASE: {"主管部门审核意见": "同意申报。"} (the day dropped without a word)
    assert other_fields(p) == {"主管部门审核意见": "同意申报。", "审核日期": "2024年3月5日"}


# ------------------------------------------------------------------ people and posts

def test_a_second_person_by_surname_and_post_is_no_post(read):
    p = _project(read(P + "post_surname.txt"))
    # BASE: leader 王建国 with {"项目负责人职务": "李校长"}, contact 周敏 with {"联系人职务": "刘会计"}
    assert (p["leader"], p["contact"]) == ("王建国 李校长", "周敏 刘会计")
    assert other_fields(p) == {}


def test_a_post_after_a_rank_word(read):
    p = _project(read(P + "post_rank.txt"))
    assert (p["leader"], p["contact"]) == ("王建国", "周敏")
    assert other_fields(p) == {"项目负责人职务": "大队长", "联系人职务": "副校长"}


def test_a_long_post_past_a_space(read):
    p = _project(read(P + "post_long.txt"))
    # BASE: leader `王建国 县教育局副局长`
    assert (p["leader"], p["contact"]) == ("王建国", "周敏")
    assert other_fields(p) == {"项目负责人职务": "县教育局副局长", "联系人职务": "计财股股长"}


def test_a_placeholder_for_the_forms_people(read):
    r = read(P + "people_none.txt")
    p = _project(r)
    # BASE: leader `待定`, contact `无`
    assert (p["leader"], p["contact"]) == (None, None)
    assert other_fields(p) == {} and warning_codes(r) == []


def test_posts_in_indicators_and_a_foot_row_of_officers(read):
    r = read(P + "posts_held.txt")
    p = _project(r, ["培训中小学校长", "选派驻村第一书记", "工程验收合格率", "培训农村会计", "师生满意度"])
    assert (p["leader"], p["contact"]) == ("王建国", "周敏")
    assert other_fields(p) == {"财政部门审核意见": "同意。整改意见：无", "项目经理": "张强", "技术负责人": "李明"}
    assert [t[3:] for t in indicator_targets(r)][:2] == [(">=", 200.0, "人"), ("=", 30.0, "人")]


def test_signers_and_a_post_in_a_workbook(read):
    p = _project(read(P + "signers_book.xlsx"))
    # BASE: the first opinion kept whole, the 单位负责人's day under `单位负责日期`
    assert (p["leader"], p["contact"]) == ("王建国", "周敏")
    assert other_fields(p) == {"主管部门审核意见": "同意申报。", "审核人": "赵立新", "审核日期": "2024年3月5日",
                               "财政部门审核意见": "同意。", "单位负责人": "钱进", "单位负责人日期": "2024.3.8",
                               "项目负责人职务": "副局长"}
