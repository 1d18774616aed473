"""Review RB (session of 2026-12-03, fifth): inputs where the session's money, extraction and form-splitting rules
could misfire on forms other than those they were written for. Inputs in tests/fixtures/review/ct_s37_rb_*; each
expectation written by hand before the run."""
import json

W = 10000


def _other(p):
    of = p["other_fields"]
    return json.loads(of) if isinstance(of, str) else (of or {})


def _lines(r):
    return [(b["group"], b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]]


def _codes(r):
    return [w["code"] for w in r.tables["warnings"]]


def _one(r):
    assert len(r.tables["projects"]) == 1
    return r.tables["projects"][0]


def test_households_by_place_and_year_are_no_money(read):
    # `改造任务分配表（户）` over `县（市、区） | 2024年 | 2025年 | 合计`: households to rebuild per county and year, no
    # money (the rule for money by place with year columns made each county a line of 200万元 / 150万元)
    r = read("ct_s37_rb_place_years_counts.txt")
    p = _one(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_total"]) == (500 * W, 500 * W, None)
    assert _lines(r) == []
    assert _other(p)["甲县"] == "2024年：120户；2025年：80户；合计：200户"
    assert "budget_sum_mismatch" not in _codes(r) and "unparsed_row" not in _codes(r)
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("危房改造户数", "350户"), ("受益群众满意度", "≥90%")]
