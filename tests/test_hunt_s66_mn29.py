"""Hunt mn29 (session 66): money on forms not yet seen — earlier sessions' leftovers and new spellings of amounts and
units, with fixtures ct_s66_mn29_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s66_mn29.py);
each reading was written down by hand before jixiao was run.

Decided:
- `资金执行率 | 98%`, `资金支出率`, `预算完成率 | 95.5%` are labels of execution_rate, as 预算执行率 is (they were other
  fields, hunt mn28's leftover).
- the clauses inside a bracket right after a source's amount (`一般公共预算：800万元（其中：本年预算拨款：600万元，
  上年结转：200万元）`, `（含…、…）`) are that source's parts: its note `一般公共预算说明`, no lines (上年结转 was a line
  beside its budget, 本年预算拨款 dropped with a warning); a budget named again after it (`一般公共预算资金：500万元，
  其中：当年一般公共预算拨款：350万元`, md59's) is its part too: the note, no second line (a false source_sum_mismatch).
- `一般公共预算（上年结转）60万元，一般公共预算（本年拨款）200万元` in a money sentence: a name's bracket it closes is
  its qualifier, no opener (the second clause was cut to `本年拨款）`, a use, dropped); two budgets qualified apart are
  siblings, both of budget_fiscal (the second was taken for the first's part: 200 of 260 lost).
- spaces as thousands separators in a money sentence (`资金总额：1 250.50万元，其中财政资金1 000万元，…`) are one figure
  before its unit or the clause's end (the sentence read nothing, without a word); `…，资金支出率85%` closing a sentence
  is the execution_rate.
Kept: 年初预算数 / 调整后预算数 / 执行数 / 执行率 rows; 中央 / 省级 / 市级 / 县级 columns under their 合计 (510 of 500
  flagged, 500 not); a total alone in a cell after its block label then a period (mn28's, read); `财政资金小计 | 1,500` beside its
  其中 lines gives the right split, no mismatch; `单位：元` (amounts with thousands commas, `¥`, spaces as thousands
  separators) read in 元; the unit in the title's brackets; `1.2亿元` with its parts in 万元; full-width digits;
  `其中：1.财政拨款 | 450`, `2.其他资金 | 50`; parts short of the total flagged (fiscal_other_mismatch), parts that add up
  not.
Left: `部门预算：` read as budget_year, rv109's three-column table
  under the indicators, not hunted for want of time (the 年初/调整后/执行数 and 中央/省/市/县 matrices are Kept above).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _mismatch(r):
    return [c for c in warning_codes(r) if "mismatch" in c or "gap" in c]


def test_budget_with_its_parts_in_brackets(read):
    """BASE: 上年结转 a source line beside its budget, 本年预算拨款 dropped with an unplaced_cell warning."""
    r = read("ct_s66_mn29_bracket_parts.txt")
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_other"]) == (800 * W, 100 * W)
    assert [(n, a) for _, n, a, k in budget_lines(r) if k == "source"] == [("一般公共预算", 800 * W)]
    assert other_fields(p) == {"一般公共预算说明": "本年预算拨款600万元，上年结转200万元"}
    assert "unplaced_cell" not in warning_codes(r)


def test_total_then_budget_with_its_parts_in_brackets(read):
    """`年度资金总额：900万元，其中：一般公共预算：800万元（含本年预算拨款600万元、上年结转200万元），其他资金：100万元`
    BASE: 上年结转 the total's note, 本年预算拨款 dropped with an unplaced_cell warning."""
    r = read("ct_s66_mn29_total_bracket_parts.txt")
    p = only_project(r)
    assert _money(p) == (None, 900 * W, 800 * W, 100 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("一般公共预算", 800 * W)]
    assert other_fields(p) == {"一般公共预算说明": "本年预算拨款600万元，上年结转200万元"}
    assert _mismatch(r) == [] and "unplaced_cell" not in warning_codes(r)


def test_budget_named_again_after_second_qizhong(read):
    """hunt md59's `年度资金总额：650万元，其中：一般公共预算资金：500万元，其中：当年一般公共预算拨款：350万元；单位自筹
    资金：150万元。` BASE: the part a second line under the total, a false source_sum_mismatch (850 of 650)."""
    r = read("ct_s65_md59_part_after_second_qizhong.txt")
    p = only_project(r)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("一般公共预算资金", 500 * W)]
    assert other_fields(p)["一般公共预算资金说明"] == "当年一般公共预算拨款350万元"
    assert _mismatch(r) == []


def test_fund_execution_rate_label(read):
    """BASE: kept in other_fields as 资金执行率."""
    p = only_project(read("ct_s66_mn29_fund_exec_rate.txt"))
    assert p["execution_rate"] == 0.98
    assert other_fields(p) == {}
    assert _money(p) == (None, 150 * W, 150 * W, None)


def test_budget_done_rate_label(read):
    """BASE: kept in other_fields as 预算完成率."""
    p = only_project(read("ct_s66_mn29_budget_done_rate.txt"))
    assert p["execution_rate"] == pytest.approx(0.955)
    assert other_fields(p) == {}


def test_block_total_then_period(read):
    """Kept (passes on BASE)."""
    r = read("ct_s66_mn29_block_total_period.txt")
    assert _money(only_project(r)) == (300 * W, None, None, None)
    assert any("建设期2年" in w["message"] for w in r.tables["warnings"] if w["code"] == "unplaced_cell")


def test_budget_qualified_in_brackets_siblings(read):
    """BASE: budget_fiscal 60万 (the 200万 clause cut to `本年拨款）`, dropped), a fiscal_total_gap."""
    r = read("ct_s66_mn29_source_carry_bracket.txt")
    p = only_project(r)
    assert _money(p) == (260 * W, None, 260 * W, None)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("一般公共预算(上年结转)", 60 * W),
                                                        ("一般公共预算(本年拨款)", 200 * W)]
    assert _mismatch(r) == []
    assert "unplaced_cell" not in warning_codes(r)


def test_glued_subtotal_split(read):
    """Kept (passes on BASE): the split right, no mismatch (the subtotal row itself stays unparsed, mn27's xfail)."""
    r = read("ct_s66_mn29_glued_subtotal.txt")
    p = only_project(r)
    assert _money(p) == (1_800 * W, None, 1_500 * W, 300 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("中央补助", 1_200 * W), ("市级配套", 300 * W)]
    assert _mismatch(r) == []


@pytest.mark.parametrize("name, money", [
    ("yuan_unit", (None, 856_000.0, 856_000.0, None)),
    ("yen_sign", (None, 350_000.0, 350_000.0, None)),
    ("space_thousands", (None, 1_250_000.0, 1_000_000.0, 250_000.0)),
    ("title_unit", (None, 420 * W, 400 * W, 20 * W)),
    ("yi_amount", (12_000 * W, None, 8_000 * W, 4_000 * W)),
    ("fullwidth_digits", (None, 120 * W, 100 * W, 20 * W)),
    ("numbered_parts", (None, 500 * W, 450 * W, 50 * W)),
])
def test_amount_spellings_kept(read, name, money):
    """Kept (pass on BASE): units in 元 and in the title, 亿, full-width digits, ¥, spaced thousands, numbered parts;
    lines that add up are not flagged."""
    r = read(f"ct_s66_mn29_{name}.txt")
    assert _money(only_project(r)) == money
    assert _mismatch(r) == []
    assert "amount_unreadable" not in warning_codes(r)


def test_parts_short_flagged(read):
    """Kept (passes on BASE): 150 + 30 of 200 flagged."""
    r = read("ct_s66_mn29_parts_short.txt")
    assert _money(only_project(r)) == (None, 200 * W, 150 * W, 30 * W)
    assert "fiscal_other_mismatch" in warning_codes(r)


def test_spaced_thousands_in_a_sentence(read):
    """BASE: `资金总额：1 250.50万元，其中财政资金1 000万元，…` read nothing, without a word."""
    p = only_project(read("ct_s66_mn29_space_sentence.txt"))
    assert _money(p) == (1_250.5 * W, None, 1_000 * W, 250.5 * W)


def test_spent_rate_closing_a_sentence(read):
    """BASE: `…，资金支出率85%` kept in other_fields as written."""
    p = only_project(read("ct_s66_mn29_sentence_spent_rate.txt"))
    assert p["execution_rate"] == 0.85
    assert other_fields(p) == {}


def test_adjusted_matrix_kept(read):
    """Kept (passes on BASE): 年初预算数 / 调整后预算数 / 执行数 / 执行率 rows."""
    r = read("ct_s66_mn29_adjusted_matrix.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (300 * W, 280 * W, 266 * W, 0.95)
    assert (p["budget_fiscal"], p["budget_other"]) == (230 * W, 50 * W)
    assert _mismatch(r) == []


def test_level_columns_add_up_or_are_flagged(read):
    """Kept (passes on BASE): 中央 / 省级 / 市级 / 县级 columns under their 合计; 510 of 500 flagged, 500 not."""
    good, bad = read("ct_s66_mn29_level_columns.txt"), read("ct_s66_mn29_level_columns_short.txt")
    assert [(n, a) for _, n, a, _ in budget_lines(good)] == [("中央", 200 * W), ("省级", 150 * W), ("市级", 100 * W),
                                                           ("县级", 50 * W)]
    assert only_project(good)["budget_fiscal"] == 500 * W
    assert _mismatch(good) == []
    assert "source_sum_mismatch" in warning_codes(bad)
