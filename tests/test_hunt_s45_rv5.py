"""Review s45 rv5: the rules merged in this session's third wave (hunts lo, ts, pq2, review rv4), looked at for
where they fire and should not. Each expected reading was written by hand before running jixiao; what main gave is
said beside each."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes


def test_money_sentence_last_clause_in_wan_is_money(read):
    # `项目资金：资金总额300万元，其中财政拨款250万元，自筹资金50万。`: `50万` is 50 万元 (元 left out), the other money
    # (main: budget_other null and an unplaced_cell warning calling `自筹资金50万` a clause of no amount — the tail
    # rule of review lo took `万` for a count's word)
    r = read("ct_s45_rv5_money_wan.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (3000000.0, 2500000.0, 500000.0)
    assert "unplaced_cell" not in warning_codes(r)


def test_money_sentence_of_bare_figures_last_in_wan(read):
    # `资金总额（万元）：300，其中：财政拨款250，自筹50万。`: the same in a sentence of bare figures in the declared unit
    # (main: total and fiscal read, budget_other null, `自筹50万` in an unplaced_cell warning as no amount)
    r = read("ct_s45_rv5_money_wan_bare.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (3000000.0, 2500000.0, 500000.0)
    assert "unplaced_cell" not in warning_codes(r)


def test_self_evaluation_matrix_spent_said_cumulative(read):
    # a 自评表's money matrix `年度资金总额 | 300 | 300 | 累计：285` under 年初预算数 | 全年预算数 | 全年执行数 (万元): the money
    # spent is 285 万元, `累计：` its word as `合计：` (HEDGE_WORDS, review lo) — main: spent null, an unplaced_cell
    # warning `money-matrix value is no number, not kept: '累计：285'`
    r = read("ct_s45_rv5_matrix_cumulative.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (3000000.0, 3000000.0, 2850000.0)
    assert "unplaced_cell" not in warning_codes(r)
