"""Hunt mn8 (money, after mn6 / mn7): a money sentence's clause of a level's fiscal money named by what it is for
(`其中县级财政救助资金400万元，社会投资100万元`), a total written `合计：叁佰万元整`, amounts hedged without a colon
(`约800`, `预计750`) or after (`50左右`), money by year in columns with no 合计 (the other years' amounts, the project's
total), and the year's money planned by quarter. Each reading was written down by hand before jixiao was run; the
comments say what main gave. tests/fixtures/make_s49_mn8.py makes the .xlsx. (Read right on main already, no test:
`12,000元` in a cell of a form in 万元, `0.00` (zero) beside `—` / blank (null), `其中：` source lines adding up to more
than their total (source_sum_mismatch).)"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0
MONEY = ("budget_total", "budget_year", "budget_fiscal", "budget_other")


def money_of(p: dict) -> tuple:
    return tuple(p[k] for k in MONEY)


def test_level_fiscal_clause_named_by_its_purpose(read):
    # `项目资金 | 资金总额500万元，其中县级财政救助资金400万元，社会投资100万元。`: 500 / fiscal 400 / other 100, the
    # county's money a source line under the total
    r = read("ct_s49_mn8_level_fiscal_clause.txt")
    p = only_project(r)
    # (main: budget_fiscal null without a word — the clause taken for a use; 500 / None / 100)
    assert money_of(p) == (500 * WAN, None, 400 * WAN, 100 * WAN)
    assert budget_lines(r) == [("资金总额", "县级财政救助资金", 400 * WAN, "source")]


def test_total_in_capital_numerals_after_its_sum_word(read):
    # `项目资金总额 | 合计：叁佰万元整` over `其中：财政拨款 | 250`, `其他资金 | 50` (金额单位：万元)
    r = read("ct_s49_mn8_capital_total.txt")
    p = only_project(r)
    # (main: budget_total null, no warning)
    assert money_of(p) == (300 * WAN, None, 250 * WAN, 50 * WAN)


def test_amounts_hedged_without_a_colon(read):
    # `项目资金总额 | 约800`, `其中：财政拨款 | 预计750`, `其他资金 | 50左右` (金额单位：万元): the amounts
    r = read("ct_s49_mn8_hedged.txt")
    p = only_project(r)
    # (main: no money at all, no warning)
    assert money_of(p) == (800 * WAN, None, 750 * WAN, 50 * WAN)
    assert "fiscal_other_mismatch" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s49_mn8_two_years.txt", "ct_s49_mn8_years_quarters.xlsx"])
def test_other_years_kept_and_the_years_sum_the_total(read, name):
    # `资金来源 | 2025年 | 2026年` over 资金总额 / 其中：财政拨款 / 其他资金 in a 2025 form, no 合计: 2025's column the
    # year's money, 2026's kept in other_fields under its year and label, the two years' sum the project's total
    r = read(name)
    p = only_project(r)
    year, fiscal, other, nxt = ((400, 300, 100, (600, 500, 100)) if name.endswith(".txt")
                                else (800, 700, 100, (1200, 1000, 200)))
    # (main: budget_total null, 2026's amounts kept nowhere)
    assert money_of(p) == ((year + nxt[0]) * WAN, year * WAN, fiscal * WAN, other * WAN)
    of = other_fields(p)
    assert {k: of[k] for k in ("2026年资金总额", "2026年财政拨款", "2026年其他资金")} == {
        "2026年资金总额": f"{nxt[0]}万元", "2026年财政拨款": f"{nxt[1]}万元", "2026年其他资金": f"{nxt[2]}万元"}


@pytest.mark.parametrize("name", ["ct_s49_mn8_quarters.txt", "ct_s49_mn8_years_quarters.xlsx"])
def test_money_planned_by_quarter(read, name):
    # `分季度用款计划 | 一季度 | 二季度 | 三季度 | 四季度` over the quarters' amounts: kept under the label
    r = read(name)
    p = only_project(r)
    # (main: two unparsed_row warnings, the plan kept nowhere)
    want = ("一季度：100万元；二季度：120万元；三季度：80万元；四季度：100万元" if name.endswith(".txt")
            else "一季度：200万元；二季度：200万元；三季度：250万元；四季度：150万元")
    assert other_fields(p).get("分季度用款计划") == want
    assert "unparsed_row" not in warning_codes(r)
