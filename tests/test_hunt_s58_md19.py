"""Mend md19 (session 58) of the read-only review rd: two shared-points rules of this session (hunt ly5 in 评分表s,
review rv55 in indicator tables). Fixtures ct_s58_md19_* (text dumps from tests/fixtures/review/make_s58_md19.py);
each reading written by hand before the run.

Decided:
- an indicator with no 分值 nor 得分 under a scored one shares its merged points only under the same level 1 and
  level 2, its actual value holding a figure: `时效指标 | 资金发放及时率 | 100% | 未统计 | | | 数据未汇总，本项不计分` under a
  scored 质量指标 row is an indicator left unscored (it was noted as sharing the row above's points);
- a 评分表 item with no 分值 nor 得分 of its own under a scored item stays an item sharing the merged cells (ly5),
  and the sharing, assumed, is said in a warning `points_shared_assumed` (a dump cannot tell it from an item left
  blank; before ly5 the row was an unparsed_row, after it the reading was silent).
"""
from __future__ import annotations

from tests.hunt_tools import warning_codes


def _notes(r):
    return [(i["level3"], i["weight"], i["score"], i["note"]) for i in r.tables["indicators"]]


def test_unscored_indicator_of_another_level2_shares_nothing(read):
    r = read("ct_s58_md19_unscored_other_level2.txt")
    got = {name: note for name, _, _, note in _notes(r)}
    assert got["资金发放及时率"] is None
    assert all(note is None for note in got.values())


def test_shared_points_under_the_same_level2_kept(read):
    """rv55's reading stays where the row shares its level 2 and has a figure; a row of another level 2, its actual
    value no figure (`未完工`), shares nothing."""
    r = read("ct_s58_md19_shared_same_level2.txt")
    got = {name: (w, s, note) for name, w, s, note in _notes(r)}
    assert got["标志标牌设置数量"] == (None, None, "与“防护栏安装长度”共用分值、得分")
    assert got["完工及时率"] == (None, None, None)


def test_score_item_without_points_warned(read):
    r = read("ct_s58_md19_score_item_blank.txt")
    items = [(s["level3"], s["weight"], s["score"], s["note"]) for s in r.tables["scores"] if not s["is_subtotal"]]
    assert ("绩效指标明确性", None, None, "与“绩效目标合理性”共用分值、得分") in items
    w = [x for x in r.tables["warnings"] if x["code"] == "points_shared_assumed"]
    assert len(w) == 1 and "绩效指标明确性" in w[0]["message"] and "绩效目标合理性" in w[0]["message"]
    assert w[0]["line"] == 7


def test_ly5_fixture_says_each_assumed_sharing(read):
    r = read("ct_s58_ly5_score_shared_points.txt")
    assert warning_codes(r).count("points_shared_assumed") == 3
    assert "unparsed_row" not in warning_codes(r)
