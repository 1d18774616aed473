"""Hunt mn9 (money, after mn8): the other years of a source's row of money by year (`中央预算内投资 | 2000 | 1500 |
1000` under `资金来源 | 2025年 | 2026年 | 2027年`), a plan of the year's money by quarter not adding up to the year's
budget, a level's fiscal clause alone (`项目资金 | 其中县级财政救助资金400万元。`), and an adjustment form's 调整金额 column
in a money matrix (lost where the rows' labels stand in the head's first value column; checked against the budgets
nowhere). Each reading was written down by hand before jixiao was run; the comments say what main gave. (Read right on main already, no test: `项目资金（亿元）` over
`资金总额 | 1.2`, `800（万元）` in each cell, `其中：中央补助` lines indented by spaces, `金额单位：千元` over `上年结转 | 300`,
a place-per-row table `地区 | 中央资金 | 省级资金 | 市级资金 | 合计` — a composition line per place, its sources in the
note, as fam4 decided.)"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_source_rows_by_year_keep_their_other_years(read):
    # `资金来源 | 2025年 | 2026年 | 2027年` over 资金总额 5000 / 3000 / 2000, 中央预算内投资 2000 / 1500 / 1000 and
    # 地方政府专项债券 3000 / 1500 / 1000 in a 2025 form: 2025's amounts the year's money and its source lines, the
    # other years' kept in other_fields under their year and the row's label, the years' sum the total
    r = read("ct_s50_mn9_source_years.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (10_000 * WAN, 5000 * WAN)
    assert budget_lines(r) == [(None, "中央预算内投资", 2000 * WAN, "source"),
                               (None, "地方政府专项债券", 3000 * WAN, "source")]
    of = other_fields(p)
    # (main: the sources' 2026 and 2027 amounts kept nowhere, only `2026年资金总额` / `2027年资金总额`)
    assert {k: v for k, v in of.items() if k[:4] in ("2026", "2027")} == {
        "2026年资金总额": "3000万元", "2027年资金总额": "2000万元",
        "2026年中央预算内投资": "1500万元", "2027年中央预算内投资": "1000万元",
        "2026年地方政府专项债券": "1500万元", "2027年地方政府专项债券": "1000万元"}


def test_quarters_not_adding_up_to_the_years_money(read):
    # `项目资金总额 | 500 | 财政拨款 | 500` over `分季度用款计划 | 一季度 | … | 四季度` and `| 100 | 120 | 80 | 100`: the
    # plan kept, and its sum 400万 against the 500万 of the year: a quarter_plan_mismatch (severity error)
    r = read("ct_s50_mn9_quarters_short.txt")
    p = only_project(r)
    assert other_fields(p)["分季度用款计划"] == "一季度：100万元；二季度：120万元；三季度：80万元；四季度：100万元"
    # (main: no warning)
    [w] = [w for w in r.tables["warnings"] if w["code"] == "quarter_plan_mismatch"]
    assert "4,000,000" in w["message"] and "5,000,000" in w["message"]
    # and none where they add up: mn8's plan, 100 + 120 + 80 + 100 = 400 of a 400万 total; 200 + 200 + 250 + 150 = 800
    # of a year's 800万 (the project's total 2000万 over two years)
    for name in ("ct_s49_mn8_quarters.txt", "ct_s49_mn8_years_quarters.xlsx"):
        assert "quarter_plan_mismatch" not in warning_codes(read(name))


def test_a_levels_fiscal_clause_alone(read):
    # `项目资金 | 其中县级财政救助资金400万元。`, the form's only money: a source line under 项目资金, budget_fiscal 400万 (no
    # total stated: budget_total null)
    r = read("ct_s50_mn9_lone_clause.txt")
    p = only_project(r)
    # (main: an unparsed_row, no money at all)
    assert budget_lines(r) == [("项目资金", "县级财政救助资金", 400 * WAN, "source")]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (None, 400 * WAN, None)
    assert "unparsed_row" not in warning_codes(r)


def test_adjustment_column_of_a_shifted_matrix(read):
    # `资金情况（万元） | 年初预算数 | 调整金额 | 调整后预算数` over `| 资金总额 | 300 | -20 | 280` and `| 其中：财政拨款 | 300 |
    # -20 | 280` (the rows' labels in the head's first value column): 300 before, 280 after, the change kept in the
    # notes as a label-less total row's is (`调整金额：-20万元`, ct_s39_sc_adjust_money_before)
    r = read("ct_s50_mn9_adjust_negative.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["budget_fiscal"]) == (300 * WAN, 280 * WAN, 280 * WAN)
    # (main: the -20 lost without a word)
    assert p["other_notes"] == "调整金额：-20万元"


def test_a_matrix_adjustment_column_checked(read):
    # `资金情况（万元） | 调整前预算数 | 调整后预算数 | 调整金额` over `| 500 | 420 | -60`: 500 - 60 is 440, not the 420
    # after: a budget_adjustment_mismatch (the change in other_notes, `调整金额：-60万元`, read in its own 万元)
    r = read("ct_s50_mn9_adjust_column_wrong.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (500 * WAN, 420 * WAN)
    # (main: no warning — the column's change in other_notes, which the check did not read)
    [w] = [w for w in r.tables["warnings"] if w["code"] == "budget_adjustment_mismatch"]
    assert "-600,000.00 元" in w["message"] and "4,400,000" in w["message"]
    # and none where it adds up: 500 - 80 = 420 (ct_s39_sc_adjust_money_before), 800 调减 150 = 650 (ct_s40_ax)
    for name in ("ct_s39_sc_adjust_money_before.txt", "ct_s40_ax_adjust_cut.txt"):
        assert "budget_adjustment_mismatch" not in warning_codes(read(name))
