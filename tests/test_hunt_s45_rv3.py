"""Review s45 rv3: the edges of the rules merged this session (hunts tq4, mq3, fq3, ng2, sp). Each expected reading was
written by hand before running jixiao; what main (b6e17623) gave is said beside each."""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes


# ---------------------------------------------------------------- mq3's amount_bound: its obvious siblings

@pytest.mark.parametrize("raw", ["≤50万元", "50万元及以下", "最高不超过50万元", "50万元以下（含）", "<50万元", "不低于50万元",
                                 "50万元以上", "50-80万元", "上限为50万元"])
def test_amount_bound_siblings(raw):
    # a money cell written as a bound (or bounds) is no amount: amount_bound gives the (lower) bound; main's own regex
    # knew only `以内 / 以下 / 之内` after and `不超过 …` before, none of these (main: None)
    from normalize.amounts import amount_bound, parse_amount
    assert parse_amount(raw, "万元") is None
    assert amount_bound(raw, "万元") == 500_000.0


@pytest.mark.parametrize("raw", ["50万元以内", "不超过五十万元", "五十万元以内", "控制在50万元以内"])
def test_amount_bound_right_on_main(raw):
    # guard: read by main's regex already (the comparison now split_target's, the one reader of bounds)
    from normalize.amounts import amount_bound
    assert amount_bound(raw, "万元") == 500_000.0


@pytest.mark.parametrize("raw", ["50万元", "约50万元", "≤5%", "2024年底前", "100", "最高分"])
def test_amount_bound_guards(raw):
    # an amount, a share, a date, a bare figure, a word: no bound (right on main too)
    from normalize.amounts import amount_bound
    assert amount_bound(raw, "万元") is None


def test_money_bounds_kept_as_written(read):
    # `项目资金总额 | ≤50万元`, `其中：财政资金 | 最高不超过45万元`: bounds, no amounts — the fields null, each cell kept as
    # written under its label, as `50万元以内` is (main: both lost without a word, no other_fields, no warning)
    p = only_project(read("ct_s45_rv3_money_bounds.txt"))
    assert (p["budget_total"], p["budget_fiscal"]) == (None, None)
    assert other_fields(p) == {"项目资金总额": "≤50万元", "财政资金": "最高不超过45万元"}


# ---------------------------------------------------------------- fq3's conditional number formats: a negative's sign

@pytest.mark.parametrize("fmt,v,want", [
    ("[红色][<0]-0.00;0.00", -20, "-20"),          # main: `--20`
    ("[Red][>0]0.00;[Blue]-0.00", -3, "-3"),         # main: `--3`
    ("[>=0]0;(0)", -4, "-4"),                        # main: `-(4)`
    ("[红色][<0]-#,##0.00;#,##0.00", -1234.5, "-1,234.50"),   # main: `--1,234.50`
    ("[红色][<0]-0.00;0.00", 20, "20"),              # guard
    ('[>0]"+"0.00;[<0]-0.00;0', 5, "+5"),            # guard
    ('[<0]"减少";[>0]"增加";"持平"', -1, "减少"),     # guard: words
    ('[=1]"是";[=0]"否"', 2, None),                  # guard: no section shows 2, written as stored
])
def test_conditional_format_negative(fmt, v, want):
    # a number's format of conditions whose section for a negative writes its own minus or brackets: one `-`, as the
    # formats of no condition are written (`#,##0;(#,##0)` -> -1,234)
    from extract.office import _render_number
    assert _render_number(v, fmt) == want


def test_adjustment_cut_in_conditional_format(read):
    # an .xlsx 调整申报表 whose 调整金额 -20 is shown by `[红色][<0]-0.00;0.00`: the change read as -20 (main: `--20`,
    # which parse_adjustment cannot read: budget_adjustment_mismatch could not check 100 + change = 80)
    r = read("ct_s45_rv3_adjust_cut_format.xlsx")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1_000_000.0, 800_000.0)
    assert other_fields(p) == {"调整金额（万元）": "-20"}
    from normalize.amounts import parse_adjustment
    assert parse_adjustment(other_fields(p)["调整金额（万元）"], "万元") is not None
