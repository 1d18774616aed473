"""Review rv142 (session 66) of mend md61: the widened header_missing (a titled form naming nothing gets it when its
title says 项目 / 资金 / 经费 / 专项 / 转移支付, or it names no body). Text dumps ct_s66_rv142_*.txt from
make_s66_rv142.py (tabs between cells, as samples/); each reading written down by hand before jixiao was run.

Hunted: a sample of the 36 fixtures md61 made partial, read by eye (ct_s48 centre titles, ct_s50 letterheads, ct_s51
rv12 kinds of money, ak_* 部门整体 / 转移支付 self-evaluations, ct_s46 / ct_s47 / ct_s60 sheets of a default name).

Decided:
- A form whose title names a body's running money alone (`…2025年人员经费绩效目标表`, `…民政局公用经费绩效目标表`,
  `…機關運行保障經費績效目標表`, rv12's `日常公用经费`, `机关运行经费`, `基本支出保障资金`, `部门工作经费`) names no
  project by design, as a 部门整体 form does (review rv12 decided so): no header_missing when it names its body (md61
  flagged it for its 经费 / 资金, the document partial). `running_money_title` in parsers/forms.py.
Kept:
- A body's 专项资金 form of no 项目名称 (`…交通运输局2025年专项资金绩效目标表`) and a 项目支出 form whose 项目名称 row
  is blank stay header_missing (md61's reading); a transfer's or matching money's form (`上级转移支付资金`,
  `县级配套资金`) too: they are of a fund or project they should name.
Left:
- A 部门整体 form naming no body (ak_chongqing_weight_score_heads_dept_self_eval) is header_missing: its body, not a
  project, is what is lost; the message still says 项目名称.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

BODY = "广元市利州区民政局"


def _read(read, fixture):
    r = read(fixture)
    p = only_project(r)
    return r, p


def test_a_body_s_staff_money_form_names_no_project(read):
    """Base (md61): header_missing True, the document partial."""
    r, p = _read(read, "ct_s66_rv142_staff_money.txt")
    assert (p["name"], p["department"], p["header_missing"]) == (None, BODY, False)
    assert "header_missing" not in warning_codes(r)
    assert r.document["status"] != "partial"


def test_a_body_s_office_money_after_its_name(read):
    """`广元市利州区民政局公用经费绩效目标表`, the year in brackets below. Base (md61): header_missing True."""
    r, p = _read(read, "ct_s66_rv142_office_money_body_first.txt")
    assert (p["name"], p["department"], p["budget_year"] is not None, p["header_missing"]) == (None, BODY, True, False)
    assert "header_missing" not in warning_codes(r)


def test_running_money_in_traditional_characters(read):
    """`廣元市利州區2025年機關運行保障經費績效目標表`. Base (md61): header_missing True."""
    r, p = _read(read, "ct_s66_rv142_running_money_trad.txt")
    assert (p["name"], p["header_missing"]) == (None, False)
    assert "header_missing" not in warning_codes(r)


def test_rv12_kinds_of_running_money_are_complete(read):
    """rv12's forms of a body's running money. Base (md61): header_missing True for each."""
    for kind in ("basic", "office", "running", "work"):
        r, p = _read(read, f"ct_s51_rv12_kind_{kind}.txt")
        assert (p["name"], p["header_missing"]) == (None, False), kind
        assert "header_missing" not in warning_codes(r), kind


def test_forms_that_should_name_a_project_stay_header_missing(read):
    """Kept from md61: a body's 专项资金 form, a 项目支出 form of a blank 项目名称, a transfer's and matching money's."""
    for fixture in ("ct_s66_rv142_special_fund_no_name.txt", "ct_s66_rv142_project_blank_name.txt",
                    "ct_s51_rv12_kind_transfer.txt", "ct_s51_rv12_kind_match.txt"):
        r, p = _read(read, fixture)
        assert (p["name"], p["header_missing"]) == (None, True), fixture
        assert "header_missing" in warning_codes(r), fixture


def test_running_money_title_words():
    """The title test alone: a body's running money, not a named fund's, a transfer's or a project's."""
    from parsers.forms import running_money_title
    assert running_money_title("新化县2024年日常公用经费绩效目标表")
    assert running_money_title("广元市利州区民政局公用经费绩效目标表")
    assert not running_money_title("新化县2024年村级组织运转经费绩效目标表")
    assert not running_money_title("第三次全国土壤普查工作经费绩效目标表")
    assert not running_money_title("新化县交通运输局2024年专项资金绩效目标表")
    assert not running_money_title("2024年上级转移支付资金绩效目标表")
    assert not running_money_title("新化县2024年项目支出绩效目标表")
