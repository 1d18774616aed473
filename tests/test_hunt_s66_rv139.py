"""Review rv139 (session 66) of hunt mn29 (money sentences: a source's bracket of parts, a budget named again, budgets
qualified in brackets, spaced thousands, rate labels), with fixtures ct_s66_rv139_* (text dumps, tab-separated cells,
from tests/fixtures/review/make_s66_rv139.py); each reading was written down by hand before jixiao was run.

Decided:
- a source's bracket no `）` closes (`中央补助资金300万元（含上年结转50万元，县级配套资金100万元`) holds its clauses as far
  as they add up to the source's amount (`一般公共预算：800万元（其中：本年预算拨款600万元，上年结转200万元；其他资金100万元`:
  the two), else its first alone: mn29 ran it to the sentence's end, swallowing the sources after it into the note
  (budget_fiscal lost without a word; 其他资金 lost, a fiscal_total_gap).
- spaces parting thousands are joined after a bound too (`资金总额：不超过1 250万元，其中财政资金1 000万元，…`: budget_fiscal
  was lost without a word; one place, _parts_parted, for both readers) and in a bare figure before the comma a folded
  `，` is (`资金总额（万元）：1 500，其中：财政拨款1 200，…`: mn29's pattern forbade that comma; the sentence read nothing).
- a bracket of no amount right after a source's, `中央补助资金300万元（2025年第一批）`, `（占60%）`, holds no label's pair:
  the sentence is read, the bracket the source's note `中央补助资金说明` (the sentence was dropped without a word, before
  mn29 as after; a last clause `县级资金200万元（已于2025年3月到位）` read whole is no clause of no amount: no warning).
Kept: a bracket never closed at the sentence's end, all its clauses the source's note (mn29's); `一般公共预算资金：500万元
  （其中：当年一般公共预算拨款：350万元，…）` its note, one line; a 政府性基金预算's bracket opened by 包括, parts split by
  `、`; 资金执行率 / 预算完成率 as three-level indicators stay indicators, no execution_rate.
Left: a one-cell `资金总额：…；…` row is re-spaced by the text reader (`一般公共 预算资金`), and a bracket after a fiscal
  field's amount rather than a source's, not hunted.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_fiscal"], p["budget_other"])


def _mismatch(r):
    return [c for c in warning_codes(r) if "mismatch" in c or "gap" in c]


def test_unclosed_bracket_holds_its_first_clause(read):
    """BASE: 县级配套资金 swallowed into 中央补助资金's note, budget_fiscal null, no warning."""
    r = read("ct_s66_rv139_unclosed_mid.txt")
    p = only_project(r)
    assert _money(p) == (400 * W, 400 * W, None)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("中央补助资金", 300 * W), ("县级配套资金", 100 * W)]
    assert other_fields(p) == {"中央补助资金说明": "上年结转50万元"}
    assert _mismatch(r) == []


def test_unclosed_bracket_closes_where_its_parts_add_up(read):
    """BASE: 其他资金100万元 in 一般公共预算's note, budget_other null, a fiscal_total_gap."""
    r = read("ct_s66_rv139_unclosed_adds_up.txt")
    p = only_project(r)
    assert _money(p) == (900 * W, 800 * W, 100 * W)
    assert other_fields(p) == {"一般公共预算说明": "本年预算拨款600万元，上年结转200万元"}
    assert _mismatch(r) == []


def test_unclosed_bracket_at_the_end_kept(read):
    """Kept (mn29's reading): the bracket's clauses to the sentence's end the source's note."""
    r = read("ct_s66_rv139_unclosed_end.txt")
    p = only_project(r)
    assert _money(p) == (900 * W, 800 * W, 100 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("一般公共预算", 800 * W)]
    assert other_fields(p) == {"一般公共预算说明": "本年预算拨款600万元，上年结转200万元"}
    assert _mismatch(r) == [] and "unplaced_cell" not in warning_codes(r)


def test_spaced_thousands_after_a_bound(read):
    """BASE: the bound kept, 财政资金1 000万元 lost without a word (自筹 read)."""
    p = only_project(read("ct_s66_rv139_bound_spaced.txt"))
    assert (p["budget_fiscal"], p["budget_other"]) == (1_000 * W, 250 * W)
    assert other_fields(p) == {"资金总额": "不超过1 250万元"}


def test_spaced_thousands_bare_before_a_comma(read):
    """BASE: `资金总额（万元）：1 500，其中：财政拨款1 200，自筹资金300` read nothing, without a word."""
    r = read("ct_s66_rv139_bare_spaced.txt")
    assert _money(only_project(r)) == (1_500 * W, 1_200 * W, 300 * W)
    assert _mismatch(r) == []


def test_year_in_a_sources_bracket(read):
    """BASE: `中央补助资金300万元（2025年第一批）` made the whole sentence unread, without a word."""
    r = read("ct_s66_rv139_year_bracket.txt")
    p = only_project(r)
    assert _money(p) == (400 * W, 400 * W, None)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("中央补助资金", 300 * W), ("县级配套资金", 100 * W)]
    assert other_fields(p) == {"中央补助资金说明": "2025年第一批"}
    assert _mismatch(r) == []


def test_share_in_a_sources_bracket(read):
    """BASE: `中央资金300万元（占60%），县级资金200万元（占40%）` made the whole sentence unread, without a word."""
    r = read("ct_s66_rv139_share_bracket.txt")
    p = only_project(r)
    assert _money(p) == (500 * W, 500 * W, None)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("中央资金", 300 * W), ("县级资金", 200 * W)]
    assert other_fields(p) == {"中央资金说明": "占60%", "县级资金说明": "占40%"}
    assert _mismatch(r) == [] and "unplaced_cell" not in warning_codes(r)


def test_budget_named_again_in_its_bracket_kept(read):
    """Kept: `一般公共预算资金：500万元（其中：当年一般公共预算拨款：350万元，上年结转150万元）` one line, its note."""
    r = read("ct_s66_rv139_same_kind_bracket.txt")
    p = only_project(r)
    assert _money(p) == (650 * W, 500 * W, 150 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("一般公共预算资金", 500 * W)]
    assert other_fields(p) == {"一般公共预算资金说明": "当年一般公共预算拨款350万元，上年结转150万元"}
    assert _mismatch(r) == []


def test_fund_budget_bracket_kept(read):
    """Kept: a 政府性基金预算's bracket opened by 包括, its parts split by `、`: the note, two lines under the total."""
    r = read("ct_s66_rv139_fund_bracket.txt")
    p = only_project(r)
    assert _money(p) == (900 * W, 900 * W, None)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("政府性基金预算", 600 * W), ("一般公共预算", 300 * W)]
    assert other_fields(p) == {"政府性基金预算说明": "土地出让收入安排400万元，专项债券200万元"}
    assert _mismatch(r) == []


def test_rate_labels_as_indicators_kept(read):
    """Kept: mn29's labels 资金执行率 / 预算完成率 as three-level indicators stay indicators, no execution_rate."""
    r = read("ct_s66_rv139_rate_indicators.txt")
    p = only_project(r)
    assert p["execution_rate"] is None
    got = indicator_targets(r)
    assert ("产出指标", "时效指标", "资金执行率", ">=", 90.0, "%") in got
    assert ("成本指标", "经济成本指标", "预算完成率", "=", 100.0, "%") in got


def test_date_in_the_last_sources_bracket(read):
    """BASE: 县级资金200万元 lost, the clause warned of as one of no amount (unplaced_cell)."""
    r = read("ct_s66_rv139_arrived_bracket.txt")
    p = only_project(r)
    assert _money(p) == (500 * W, 500 * W, None)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("中央资金", 300 * W), ("县级资金", 200 * W)]
    assert other_fields(p) == {"县级资金说明": "已于2025年3月到位"}
    assert "unplaced_cell" not in warning_codes(r) and _mismatch(r) == []
