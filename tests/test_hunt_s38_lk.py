"""Hunt LK (session 38): assessment tables whose items are numbered 一、 二、 in their content cell, and a filled
考核评分表's 得分 / 考核得分 column: tests/fixtures/review/ct_s38_lk_*, each reading written down by hand before the run."""
from __future__ import annotations

import pytest


def _items(r) -> list[tuple]:
    return [(a["section"], a["item_no"], a["content"], a["points"], a["requirement"], a["kind"], a["self_score"])
            for a in r.tables["assessment_items"]]


def test_items_numbered_as_sections_in_the_content_cell(read):
    """`考核内容 | 分值 | 评分标准` over `一、组织建设 | 20 | 未成立领导小组扣5分…` … (no section rows: every row has its
    points and its rule): each row an item, numbered by its numeral (main: no item, four unparsed rows)."""
    r = read("ct_s38_lk_numbered_content.txt")
    assert _items(r) == [
        (None, 1, "组织建设", 20.0, "未成立领导小组扣5分；未制定年度工作计划扣5分；未按季度召开专题会议的，每少一次扣2分。",
         "base", None),
        (None, 2, "资金管理", 30.0, "资金未按时拨付的，每笔扣3分；挤占挪用资金的不得分。", "base", None),
        (None, 3, "项目实施", 30.0, "项目按期开工完工得满分，每延期一个项目扣5分。", "base", None),
        (None, 4, "档案管理", 20.0, "档案资料齐全规范得满分，缺一项扣2分。", "base", None),
    ]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_an_assessors_score_column_is_kept_as_score(read):
    """`序号 | 考核内容 | 分值 | 评分标准 | 考核得分` (a filled 考核评分表): the score given each item is
    assessment_items.score (schema 11; session 38 named its figures in an unplaced_cell warning, the file partial),
    never taken for the unit's self score nor a cap."""
    r = read("ct_s38_lk_assessor_score.txt")
    assert _items(r) == [
        (None, 1, "建立安全生产责任制", 10.0, "未建立的不得分", "base", None),
        (None, 2, "开展隐患排查整治", 20.0, "每月开展一次，每少一次扣2分", "base", None),
        (None, 3, "组织应急演练", 10.0, "全年开展不少于2次，每少一次扣5分", "base", None),
    ]
    assert [a["score"] for a in r.tables["assessment_items"]] == [10.0, 16.0, 5.0]
    assert [a["cap"] for a in r.tables["assessment_items"]] == [None, None, None]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_a_workbooks_numbered_items_and_their_scores(read):
    """The same in a workbook: `考核内容 | 分值 | 评分标准 | 得分` over `一、矛盾纠纷排查化解 | 20 | … | 18` …"""
    r = read("ct_s38_lk_numbered_scored.xlsx")
    assert [(a["item_no"], a["content"], a["points"], a["score"]) for a in r.tables["assessment_items"]] == [
        (1, "矛盾纠纷排查化解", 20.0, 18.0), (2, "社会治安防控", 30.0, 25.0), (3, "网格化管理", 10.0, 9.0)]
    assert r.tables["assessment_items"][1]["requirement"] == "发生刑事案件的，每起扣2分。"
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


@pytest.mark.parametrize("name", ["ct_s38_ra_bracketed_groups.txt", "ct_s38_ak_w16_section_points_cell.txt"])
def test_real_section_rows_stay_sections(read, name):
    """`一、党的建设 | | 20` (no rule) over finer items: still a section, its rows the items."""
    got = read(name).tables["assessment_items"]
    assert got and all(a["section_no"] in ("一", "二") and a["section"] and a["item_no"] is None for a in got)
    assert not [w for w in read(name).tables["warnings"] if w["code"] == "unparsed_row"]
