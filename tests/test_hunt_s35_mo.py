"""Review of today's money and grade rules (session of 2026-12-03, third): a lone money label's amount taken for a
source or the project's money when it is past years' money, a rate or a spending item; `name：amount` pairs read as
sources on a row of the money's progress (到位); an unfilled scale read as a filled grade (_grade_scale).
Inputs in tests/fixtures/review/ct_s35_mo_*."""

import pytest
from tests.hunt_tools import other_fields

W = 10000


def _lines(r):
    return [(b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]]


def _codes(r):
    return [w["code"] for w in r.tables["warnings"]]


@pytest.mark.parametrize("name, label, value, total", [
    ("ct_s35_mo_prior_lone.txt", "上年度财政投入（万元）", "80", None),     # was a source line of 800,000
    ("ct_s35_mo_price.txt", "亩均投资（元）", "1500", None),               # was budget_total 1500 (+ annual_exceeds_total)
    ("ct_s35_mo_standard.txt", "人均补助资金（元）", "1200", None),         # was a source line of 1200
    ("ct_s35_mo_unit_cost.txt", "单位成本投资（万元）", "5", None),         # was budget_total 50,000
])
def test_past_years_money_and_rates_are_no_budget(read, name, label, value, total):
    r = read(name)
    p = r.tables["projects"][0]
    assert r.tables["budget_items"] == []
    assert p["budget_total"] == total
    assert other_fields(p).get(label) == value
    assert "annual_exceeds_total" not in _codes(r)


@pytest.mark.parametrize("name, want", [
    ("ct_s35_mo_spending_items.txt", {"培训经费（万元）": "30", "设备购置经费（万元）": "90"}),
    # (one such label beside a total is no breakdown of it: as a composition line it was a budget_sum_mismatch error)
    ("ct_s35_mo_one_spending_item.txt", {"培训经费（万元）": "30"})])
def test_spending_items_are_kept_as_written_no_budget_lines(read, name, want):
    # `培训经费（万元） | 30`, `设备购置经费（万元） | 90`: what some money is spent on (they were two source lines)
    r = read(name)
    assert _lines(r) == []
    p = r.tables["projects"][0]
    assert {k: v for k, v in other_fields(p).items() if k in want} == want
    assert "budget_sum_mismatch" not in _codes(r)


@pytest.mark.parametrize("name, label", [("ct_s35_mo_pairs_progress.txt", "资金到位情况"),
                                         ("ct_s35_mo_pairs_daowei.txt", "实际到位")])
def test_progress_pairs_kept_whole(read, name, label):
    # `资金到位情况 | 中央资金：100万元 | 省级资金：20万元`: the money arrived, no sources of the budget (the first pair
    # was kept alone in other_fields, the second read as a source line: half the row lost, no warning)
    r = read(name)
    assert r.tables["budget_items"] == []
    assert other_fields(r.tables["projects"][0]) == {label: "中央资金：100万元；省级资金：20万元"}


def test_unfilled_scale_with_points_at_both_ends(read):
    # `评价等级 | 优（90分以上）、良（80分-89分）、…`: the scale, no grade filled in (it was grade = the whole cell and a
    # cut legend `90分以上）、良（…` as 考核等次)
    p = read("ct_s35_mo_grade_scale_unfilled.txt").tables["projects"][0]
    assert p["grade"] is None
    assert other_fields(p) == {"考核等次": "优（90分以上）、良（80分-89分）、中（60分-79分）、差（60分以下）"}
