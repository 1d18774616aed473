"""Review rv100 (session 63) of hunt pr5 (tests/fixtures/review/ct_s63_rv100_*, made by
tests/fixtures/review/make_s63_rv100.py; each expectation written down by hand before the run).

Decided (the lead's call on pr5's open question): a second implementing body joins the first in the unit's column
with `、`, whatever either's kind — a firm under a firm (pr5: kept in other_fields), a firm under an institution and
an institution under a firm (pr5: dropped without a word), a third body too; a firm's branch on the line under the
firm (`中国电信股份有限公司` / `六安市裕安区分公司`) is the rest of the one name (pr5: a second body); an opinion whose
stamp's place comes before its words (`（公章）同意申报。`) keeps them (pr5: dropped); a day alone before the stamp's
place (`2024年3月1日（公章）`) is no opinion (pr5: kept as one); `段` ends a body's name only after the works it keeps
(`县公路管理段`, `县公路段`; pr5: `县后段`, `某县片段` were bodies).
"""
from __future__ import annotations

import datetime

from normalize.orgs import org_kind
from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s63_rv100_"
NAME, DEPT, LEADER = "农村饮水安全巩固提升", "县水利局", "孙海涛"


def _project(r) -> dict:
    p = only_project(r)
    assert len(indicator_targets(r)) == 4 and warning_codes(r) == []
    assert p["fill_date"] == datetime.date(2024, 2, 26)
    return p


def _head(p) -> tuple:
    return p["name"], p["department"], p["unit"], p["leader"]


def test_three_firms_one_a_line(read):
    # pr5: the first the unit, the second in other_fields (the third's fate aside)
    p = _project(read(P + "firm_three.txt"))
    assert _head(p) == (NAME, DEPT, "裕安区城市建设投资有限公司、裕安区供水有限责任公司、裕安区燃气有限公司", LEADER)
    assert other_fields(p) == {}


def test_a_firms_branch_on_the_line_below(read):
    # pr5: `中国电信股份有限公司、六安市裕安区分公司`, two bodies
    p = _project(read(P + "firm_branch.txt"))
    assert _head(p) == (NAME, DEPT, "中国电信股份有限公司六安市裕安区分公司", LEADER) and other_fields(p) == {}


def test_a_firm_under_an_institution(read):
    # pr5: the firm dropped without a word
    p = _project(read(P + "inst_firm.txt"))
    assert _head(p) == (NAME, DEPT, "县农村供水服务中心、裕安区供水有限责任公司", LEADER) and other_fields(p) == {}


def test_an_institution_under_a_firm_on_the_row_below(read):
    # pr5: the institution dropped without a word
    p = _project(read(P + "firm_inst_row.txt"))
    assert _head(p) == (NAME, DEPT, "裕安区供水有限责任公司、县农村供水服务中心", LEADER) and other_fields(p) == {}


def test_an_opinion_after_its_stamps_place(read):
    # pr5: the row dropped whole; the finance bureau's stamp's place alone stays dropped
    p = _project(read(P + "opinion_seal_first.txt"))
    assert other_fields(p) == {"主管部门审核意见": "同意申报。"}


def test_a_day_before_the_stamps_place_is_no_opinion(read):
    # pr5: {"主管部门审核意见": "2024年3月1日"}
    p = _project(read(P + "opinion_day_seal.txt"))
    assert _head(p) == (NAME, DEPT, "县农村供水服务中心", LEADER) and other_fields(p) == {}


def test_duan_ends_a_body_only_after_the_works_it_keeps():
    # pr5: every name ending in 段 under a place a body's
    assert [org_kind(t) for t in ("县后段", "某县片段", "县城关段")] == [None, None, None]
    assert org_kind("青山县公路管理段") == ("青山县公路管理段", "unit") and org_kind("县公路段") == ("县公路段", "unit")
