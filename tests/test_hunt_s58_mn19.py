"""Hunt mn19 (session 58): money leftovers of hunt mn18 and review rv61, with fixtures ct_s58_mn19_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s58_mn19.py); each reading was written down by hand before
jixiao was run.

Decided (wrong on 6681b845, fixed):
- a 资金来源 block's own 合计 row (`中央资金 | 400`, `省级资金 | 100`, `县级资金 | 150`, `合计 | 600`) is stated as the
  block's total as well as read as budget_total: its lines are checked against it (total_row_mismatch, once; 650
  of 600 was source_sum_mismatch, 297.50 of 300.00 unflagged); mn18's xfail a plain test.
- `投资构成 | 建安工程费500万元、设备购置费100万元`: composition lines under the label, checked against the total
  (an unparsed row).
Kept (guards): a block adding up to its 合计; a 项目总投资 under a block listing some sources only (no 合计 of it:
unchecked); sources beside 投资构成 (`中央资金400万元、县级资金200万元`: source lines, budget_fiscal); beside 资金情况 a
list of the fields (`财政资金400万元、银行贷款100万元`) a money sentence, the fields and no lines (hunt tw2's decision:
资金情况 heads no sources; names of no field there give lines as any money sentence's do).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_total_row_over(read):
    """6681b845: source_sum_mismatch (the block's lines over budget_total), no total row."""
    r = read("ct_s58_mn19_total_row_over.txt")
    assert _money(only_project(r)) == (600 * W, None, None, None)
    assert budget_lines(r) == [("资金来源", "中央资金", 400 * W, "source"), ("资金来源", "省级资金", 100 * W, "source"),
                               ("资金来源", "县级资金", 150 * W, "source")]
    codes = warning_codes(r)
    assert codes.count("total_row_mismatch") == 1 and "source_sum_mismatch" not in codes


def test_total_row_short_spaced(read):
    """6681b845: 297.50 of 300.00 unflagged."""
    r = read("ct_s58_mn19_total_row_short_spaced.txt")
    assert _money(only_project(r)) == (300 * W, None, None, None)
    assert budget_lines(r) == [("项目资金来源", "中央补助资金", 180 * W, "source"),
                               ("项目资金来源", "省级补助资金", 60 * W, "source"),
                               ("项目资金来源", "县级配套资金", 57.5 * W, "source")]
    codes = warning_codes(r)
    assert codes.count("total_row_mismatch") == 1 and "source_sum_mismatch" not in codes
    w = next(w for w in r.tables["warnings"] if w["code"] == "total_row_mismatch")
    assert "-25,000" in w["message"]


def test_total_row_adds_up(read):
    """Guard: lines adding up to their 合计, nothing said."""
    r = read("ct_s58_mn19_total_row_adds_up.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)     # (the levels fiscal, as before)
    assert [a for _, _, a, _ in budget_lines(r)] == [400 * W, 150 * W, 50 * W]
    assert not {"total_row_mismatch", "source_sum_mismatch"} & set(warning_codes(r))


def test_invest_under_block(read):
    """Guard: a 项目总投资 under a block of some sources only is no 合计 of it."""
    r = read("ct_s58_mn19_invest_under_block.txt")
    assert _money(only_project(r)) == (600 * W, None, None, None)
    assert [a for _, _, a, _ in budget_lines(r)] == [400 * W, 150 * W]
    assert not {"total_row_mismatch", "source_sum_mismatch"} & set(warning_codes(r))


def test_invest_makeup(read):
    """6681b845: an unparsed row, no line."""
    r = read("ct_s58_mn19_invest_makeup.txt")
    assert _money(only_project(r)) == (600 * W, None, None, None)
    assert budget_lines(r) == [("投资构成", "建安工程费", 500 * W, "composition"),
                               ("投资构成", "设备购置费", 100 * W, "composition")]
    codes = warning_codes(r)
    assert "unparsed_row" not in codes and "budget_sum_mismatch" not in codes


def test_invest_makeup_off(read):
    """6681b845: an unparsed row, the 50 short unflagged."""
    r = read("ct_s58_mn19_invest_makeup_off.txt")
    assert _money(only_project(r)) == (600 * W, None, None, None)
    assert budget_lines(r) == [("项目投资构成", "建安工程费", 450 * W, "composition"),
                               ("项目投资构成", "设备购置费", 100 * W, "composition")]
    codes = warning_codes(r)
    assert "budget_sum_mismatch" in codes and "unparsed_row" not in codes


def test_invest_makeup_sources(read):
    """Guard: sources beside 投资构成 stay source lines."""
    r = read("ct_s58_mn19_invest_makeup_sources.txt")
    assert _money(only_project(r)) == (600 * W, None, 600 * W, None)
    assert budget_lines(r) == [("投资构成", "中央资金", 400 * W, "source"), ("投资构成", "县级资金", 200 * W, "source")]


def test_situation_loan(read):
    """Guard (tw2): beside 资金情况 the fields' list a sentence, no lines."""
    r = read("ct_s58_mn19_situation_loan.txt")
    assert _money(only_project(r)) == (500 * W, None, 400 * W, 100 * W)
    assert budget_lines(r) == []
    assert "unparsed_row" not in warning_codes(r)
