"""Review md1 (session 54) of parsers/forms.py. Fixtures ct_s54_md1_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s54_md1.py); each reading was written down by hand before jixiao was run.

Decided:
- `_VERDICT_CRITERIA` (a 要点 written as the template's nouns, `实施方案的完整性、可行性`) is read in one pass: `必要性`
  many times then `，详见附件1` took minutes (its runs could take 性/度 too, the pattern backtracked exponentially);
  it reads the same strings (a run of this file hangs if it regresses);
- a joint paper's issuers printed again in its sign-off, one a line over the day that ends it, are no running header:
  both are the paper's 发文机关 (the upper was dropped);
- a row of bodies side by side over a third body over a title (three bodies: no letterhead of one) is kept as warned
  (`unparsed_row`): its warning was deleted while the bodies were not kept.
Kept: a running header printed again lower (no sign-off) is no co-issuer (tests of ti9, rv31, fam9, rv23).
"""
from __future__ import annotations

from parsers.forms import _VERDICT_CRITERIA
from tests.hunt_tools import only_project, other_fields, warning_codes


def test_criteria_nouns_many_times_are_read_at_once():
    """`必要性` 66 times then `，详见附件1` (200 characters): no criteria (a figure in it); the nouns alone are."""
    assert _VERDICT_CRITERIA.match("必要性" * 66 + "，详见附件1") is None
    assert _VERDICT_CRITERIA.match("性" * 200 + "x") is None
    assert _VERDICT_CRITERIA.match("必要性、" * 50) is not None
    assert _VERDICT_CRITERIA.match("立项依据的充分性、与部门职能的相关性") is not None
    assert _VERDICT_CRITERIA.match("实施方案的完整性及可行性。") is not None
    assert _VERDICT_CRITERIA.match("具有紧迫性") is None


def test_joint_issuers_signed_again_are_both_issuers(read):
    """Both issuers over the number, again in the sign-off over the day. Main: the upper one dropped."""
    r = read("ct_s54_md1_joint_signoff.txt")
    o = other_fields(only_project(r))
    assert o["发文机关"] == "某某省财政厅、某某省农业农村厅" and o["发文字号"] == "某财农〔2024〕35号"
    assert only_project(r)["score"] == 91 and warning_codes(r) == []


def test_joint_issuers_signed_over_a_day_in_numerals(read):
    """The sign-off's day `二〇二四年六月三日`. Main: the upper one dropped."""
    r = read("ct_s54_md1_joint_signoff_cn_day.txt")
    o = other_fields(only_project(r))
    assert o["发文机关"] == "某某市财政局、某某市教育局" and o["发文字号"] == "某财教〔2024〕8号"


def test_bodies_side_by_side_over_a_third_are_warned(read):
    """`某某省财政厅 | 某某省农业农村厅` over `某某省林业局` over the title: no letterhead of one body, no 发文机关 — the
    row is warned as unread. Main: neither kept nor warned."""
    r = read("ct_s54_md1_head_three.txt")
    assert "发文机关" not in other_fields(only_project(r))
    assert warning_codes(r).count("unparsed_row") == 1
