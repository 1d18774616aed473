"""Mend md67 (session 67) of read-only review rd69's groups B, D, E, C and G: fixtures ct_s67_md67_* from
tests/fixtures/review/make_s67_md67.py; each reading was written down by hand before jixiao was run.

Decided:
- B: a label ending in an officer's post (normalize.text's ROLE_POST: `…校长`, `…书记`, `…经理`) names a person of the
  sign-off only when its value may be a person's: a value opening with a figure or a comparison (`≥150人`, `10名`) is
  a target, the row an indicator's (`培训中小学校长 | ≥150人`, `乡镇中心学校校长 | ≥25人` under blank merged levels went
  to other_fields and the table after them broke: _signoff_pairs and _ends_table's foot-label row both ask it). A
  deed's words before the post (`培训…`, `轮训…`, `表彰…`, `慰问…`, `聘请…`) make no body's officer: no role label.
- D: a post after a leader's name past a space is the leader's only when the words before the post are a rank's or a
  body's (`办公室主任`, `县教育局副局长`), not a surname and a rank (`张副主任`: a second person, the cell as written).
- E: a title's own year is left out of the fund's name outside brackets only: `邵东市2025年…资金（2024年续建）` names
  `邵东市…资金（2024年续建）` (it was `…（续建）`, a name no document writes).
- C: the period's word of mn30's period split is labels' period words (rv143's `政策期`, `项目实施期`, `项目周期` …) with
  `中期` / `三年`: one list.
- G: the period split orders its cells by their rows' place in the form's rows, not by a grid row that restarts in
  each Word table / PDF page (a period block closing one table, the year block opening the next: the year's split was
  lost).
Kept: the sign-off's `财务科长：王芳` and `分管副局长 | 张强` in other_fields; a contact's post after a body's word.
Left: extract/txt.py's person labels (ROLE_POST too) are not gated here (another helper's files).
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s67_md67_"


def test_post_ending_indicator_rows_stay_indicators(read):
    """BASE: the rows after 培训乡村教师 went to other_fields, the rest of the table an unparsed_row."""
    r = read(P + "post_targets.txt")
    got = [(i[2], i[3], i[4], i[5]) for i in indicator_targets(r)]
    assert got == [("培训乡村教师", ">=", 800, "人"), ("培训中小学校长", ">=", 150, "人"),
                   ("乡镇中心学校校长", ">=", 25, "人"),
                   ("轮训村党支部书记", ">=", 60, "人次"), ("表彰优秀校长", "=", 10, "名"),
                   ("培训合格率", ">=", 95, "%"), ("参训学员满意度", ">=", 90, "%")]
    assert "unparsed_row" not in warning_codes(r)


def test_signoff_posts_kept(read):
    """(guard) The sign-off's officers stay people of other_fields."""
    p = only_project(read(P + "post_targets.txt"))
    of = other_fields(p)
    assert of.get("单位负责人") == "刘永红" and of.get("财务科长") == "王芳" and of.get("分管副局长") == "张强"
    assert not any(k.startswith(("培训", "轮训", "表彰")) for k in of)


def test_role_label_gate():
    from parsers.core import is_role_label
    assert not any(is_role_label(x) for x in ("培训中小学校长", "表彰优秀校长", "慰问村党支部书记", "聘请项目经理"))
    assert all(is_role_label(x) for x in ("财务科长", "分管副局长", "办公室主任", "党委书记", "主管会计"))


def test_second_person_by_surname_and_rank_kept_as_written(read):
    """BASE: leader `王建国`, 项目负责人职务 `张副主任`."""
    p = only_project(read(P + "leader_posts.txt"))
    assert p["leader"] == "王建国 张副主任"
    assert "项目负责人职务" not in other_fields(p)


def test_post_after_a_body_word_kept(read):
    """(guard) `周敏 办公室主任`: the contact and the post."""
    p = only_project(read(P + "leader_posts.txt"))
    assert p["contact"] == "周敏" and other_fields(p).get("联系人职务") == "办公室主任"


def test_spaced_post_pattern():
    import parsers.forms as F
    assert F._PERSON_POST_SPACED.match("王建国 李副局长") is None
    assert F._PERSON_POST_SPACED.match("王建国 张副主任") is None
    assert F._PERSON_POST_SPACED.match("王建国 县教育局副局长").group("title") == "县教育局副局长"
    assert F._PERSON_POST_SPACED.match("周敏 副主任").group("title") == "副主任"


def test_title_year_in_bracket_kept(read):
    """BASE: `邵东市农村饮水安全巩固提升资金（续建）`."""
    p = only_project(read(P + "bracket_year.txt"))
    assert p["name"] == "邵东市农村饮水安全巩固提升资金（2024年续建）"


def _year_split(p):
    return p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]


def test_policy_period_split(read):
    """BASE: budget_fiscal / budget_other the period's 1,000 / 200 under a year of 400."""
    p = only_project(read(P + "policy_period.txt"))
    assert _year_split(p) == (12_000_000, 4_000_000, 3_500_000, 500_000)
    assert any(k.startswith("政策期") for k in other_fields(p))


def test_project_implementation_period_split(read):
    p = only_project(read(P + "project_period.txt"))
    assert _year_split(p) == (12_000_000, 4_000_000, 3_500_000, 500_000)
    assert any(k.startswith("项目实施期") for k in other_fields(p))


def test_period_block_in_another_word_table(read):
    """BASE: the period's parts (800 / 100) kept as the year's under a year of 300."""
    p = only_project(read(P + "two_tables.docx"))
    assert _year_split(p) == (9_000_000, 3_000_000, 2_600_000, 400_000)
    assert any(k.startswith("实施期") for k in other_fields(p))
