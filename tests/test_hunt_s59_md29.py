"""Mend md29 (session 59, of read-only review rd): money — a list of sources and the fields' own rows stating the
same amounts with no unit declared, the twin lead of _money_sentence_in_unit, and a money sentence ending in a rate;
fixtures ct_s59_md29_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s59_md29.py). Each reading
was written down by hand before jixiao was run.

Decided:
- `资金来源 | 财政资金500万元、其他资金100万元` and `其中：财政资金 | 500`, `其他资金 | 100` (no unit declared), in either
  order: the rows' bare figures read in the unit the list writes beside the same figure, as the stored field is — no
  source_named_twice (two were given, `500万元 in the list and 500 on its own row`); `450` beside `500万元` still one.
- `项目资金（万元） | 资金总额（含结转）：96000，其中：…`: the lead as _money_sentence_read finds it (its twin _BARE_LEAD
  is gone), read in the block's 万元 (it was lost); `资金总额（元）：…` read in its own 元, as before.
- `资金总额：640，已拨付：320，支付进度50%` (beside `项目资金（万元）`, or with the units written out): the total, and the
  paid part and the rate kept in other_fields as written (nothing was read; the first gave no warning at all);
  `执行率50%` the execution_rate field.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _twice(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "source_named_twice"]


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_list_then_rows_agree(read):
    """rd: two source_named_twice of amounts that agree."""
    r = read("ct_s59_md29_list_then_rows_agree.txt")
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_other"]) == (500 * W, 100 * W)
    assert [(g, n, a) for g, n, a, _k in budget_lines(r)] == [("资金来源", "财政资金", 500 * W),
                                                               ("资金来源", "其他资金", 100 * W)]
    assert _twice(r) == []


def test_rows_then_list_agree(read):
    """rd (l2): the same, the rows first."""
    r = read("ct_s59_md29_rows_then_list_agree.txt")
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_other"]) == (500 * W, 100 * W)
    assert _twice(r) == []


def test_list_short_unit_agree(read):
    """rd: the list's `500万` (a short unit) beside the row's bare 500 — flagged too."""
    r = read("ct_s59_md29_list_short_unit_agree.txt")
    assert (only_project(r)["budget_fiscal"], only_project(r)["budget_other"]) == (500 * W, 100 * W)
    assert _twice(r) == []


def test_list_then_rows_differ(read):
    """The fiscal row's 450 beside the list's 500万元 is still said; the agreeing 其他资金 no longer is."""
    r = read("ct_s59_md29_list_then_rows_differ.txt")
    msgs = _twice(r)
    assert len(msgs) == 1
    assert "财政资金" in msgs[0] and "500万元 in the list and 450 on its own row" in msgs[0]


def test_lead_bracket(read):
    """nw3/rd: a lead with a bracket of no unit (`资金总额（含结转）：96000`) was lost beside `项目资金（万元）`; a lead
    stating its own 元 stays in 元."""
    p = only_project(read("ct_s59_md29_lead_bracket.txt"))
    assert _money(p) == (96000 * W, None, 90000 * W, 6000 * W)
    own = only_project(read("ct_s59_md29_lead_own_unit.txt"))
    assert _money(own) == (96000.0, None, 90000.0, 6000.0)


def test_paid_bare(read):
    """rd: `资金总额：640，已拨付：320，支付进度50%` beside `项目资金（万元）` read nothing, without a word."""
    r = read("ct_s59_md29_paid_bare.txt")
    p = only_project(r)
    assert _money(p) == (640 * W, None, None, None)
    assert other_fields(p) == {"已拨付": "320万元", "支付进度": "50%"}
    assert "unparsed_row" not in warning_codes(r)


def test_paid_units(read):
    """rd: the same with the units written out was an unparsed_row, the total lost."""
    r = read("ct_s59_md29_paid_units.txt")
    p = only_project(r)
    assert _money(p) == (640 * W, None, None, None)
    assert other_fields(p) == {"已拨付": "320万元", "支付进度": "50%"}
    assert "unparsed_row" not in warning_codes(r)


def test_paid_rate_field(read):
    """`…，已拨付320万元，执行率50%`: the rate the execution_rate field (the sentence was an unparsed_row)."""
    r = read("ct_s59_md29_paid_rate_field.txt")
    p = only_project(r)
    assert _money(p) == (640 * W, None, 640 * W, None)
    assert p["execution_rate"] == 0.5     # (a fraction, as the schema says: `96%` -> 0.96)
    assert other_fields(p) == {"已拨付": "320万元"}
