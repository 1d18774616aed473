"""Hunt mn15 (session 56): money — a total with its split by level in brackets of bare figures, one level of government
(县级/市级/区级财政) with an 其他资金 line beside lines of spending, 块 in a money cell, a sum per year, a change of the
money read as the money, a 资金来源 block with a catch-all 其他资金 line short of the total. Fixtures ct_s56_mn15_* (text
dumps, tab-separated cells, from tests/fixtures/review/make_s56_mn15.py); each reading was written down by hand before
jixiao was run.

Decided (wrong on main, fixed):
- `项目资金（万元） | 120（其中中央100，县级20）` (and `（其中：中央100、县级20）`): the total and its split, bare figures in
  the label's unit — read as the sentence `项目资金：120万元，其中中央100万元，县级20万元` is: budget_total 120万, the two
  levels source lines, budget_fiscal their sum (nothing was read, an unparsed_row). A split not adding up keeps the
  total and the lines as written, no fiscal sum.
- `县级财政 | 580` (市级/区级) and `其他资金 | 20` making up the 合计 600 beside lines of spending: budget_fiscal 580 (it
  was null: one level with the form's 其他资金 field was refused beside spending; the sum is still checked — 560 + 20
  of 600 gives none).
- `120 块` in a money cell: 块 is colloquial 元 there — the code already counts 块 among the 人民币 words (not_money), so
  the reading is made consistent: 120 元, no stray `预算金额说明: 块` (under `预算金额（万元）`, `5000块` is 5,000 元,
  the cell's own unit as `元` is).
- `年度资金总额 | 50万元/年`: a sum per year in the field of the year's money is the year's money, 50万 (it was no
  amount with a "price per thing" warning); `项目总预算 | 50万元/年` stays no amount, its amount_not_money message now
  naming the rate (a sum per year, not the sum the field asks). `5000元/台` stays a price per thing.
- `预算调整（万元） | -50.00` (a change of the money, no field of its own): kept in other_fields as written (it was
  budget_year -50万, or budget_total -50万 alone, or an unplaced_cell).
- `资金来源（万元） | 合计 | 600` over 中央财政 300, 县级财政 200, 其他资金 20: a list ending in a catch-all 其他资金 line
  lists all the sources, so 520 of 600 is flagged source_sum_mismatch (a 资金来源 block was checked only when over the
  total); the amounts are kept as written, nothing fixed.
Kept (right on main, guards): `1.2亿元` with `12，000.00` full-width thousands lines; `元` in the cells under a `（万元）`
head; `其中：财政资金` / `其他资金` indented under 项目总预算; `—` for none (budget_other null); `5000元/台` no amount.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0
SPENDING = [("设备购置", 200 * W, "composition"), ("工程建设", 380 * W, "composition"), ("劳务费", 20 * W, "composition")]


def _lines(r):
    return [(n, a, k) for _, n, a, k in budget_lines(r)]


def test_total_split_in_bare_brackets(read):
    """main: nothing read, an unparsed_row."""
    r = read("ct_s56_mn15_total_split_bare_brackets.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (120 * W, 120 * W)
    assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 20 * W, "source")]
    assert "unparsed_row" not in warning_codes(r)


def test_total_split_in_bare_brackets_colon(read):
    """main: nothing read."""
    r = read("ct_s56_mn15_total_split_bare_brackets_colon.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (120 * W, 120 * W)
    assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 20 * W, "source")]


def test_total_split_short_keeps_what_is_written(read):
    """main: nothing read. The total and the lines as written, no fiscal sum made of them."""
    r = read("ct_s56_mn15_total_split_bare_brackets_short.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (120 * W, None)
    assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 10 * W, "source")]


def _one_level_other(r, level):
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, 580 * W, 20 * W)
    assert _lines(r) == [(level, 580 * W, "source"), ("其他资金", 20 * W, "source")] + SPENDING


def test_county_and_other_beside_spending(read):
    """main: budget_fiscal null."""
    _one_level_other(read("ct_s56_mn15_county_and_other_with_spending.txt"), "县级财政")


def test_city_and_other_beside_spending(read):
    """main: budget_fiscal null."""
    _one_level_other(read("ct_s56_mn15_city_and_other_with_spending.txt"), "市级财政")


def test_district_and_other_beside_spending(read):
    """main: budget_fiscal null."""
    _one_level_other(read("ct_s56_mn15_district_and_other_with_spending.txt"), "区级财政")


def test_county_short_and_other_gives_no_fiscal(read):
    """Guard: 560 + 20 of a 合计 600: no fiscal sum."""
    p = only_project(read("ct_s56_mn15_county_short_and_other_with_spending.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, None, 20 * W)


def test_kuai_is_yuan(read):
    """main: 120 元 with `块` kept as 预算金额说明."""
    r = read("ct_s56_mn15_amount_in_kuai.txt")
    p = only_project(r)
    assert p["budget_year"] == 120.0
    assert other_fields(p) == {}
    assert "amount_not_money" not in warning_codes(r)


def test_kuai_under_wan_label_is_yuan(read):
    """main: 5000万 (the label's unit), `块` a note."""
    p = only_project(read("ct_s56_mn15_amount_in_kuai_under_wan.txt"))
    assert p["budget_year"] == 5000.0
    assert other_fields(p) == {}


def test_year_money_per_year_is_the_years(read):
    """main: no amount, an amount_not_money warning of a price per thing."""
    r = read("ct_s56_mn15_amount_per_year.txt")
    p = only_project(r)
    assert p["budget_year"] == 50 * W
    assert other_fields(p) == {}
    assert "amount_not_money" not in warning_codes(r)


def test_total_per_year_said_as_a_rate(read):
    """main: amount_not_money saying `a price per thing`. Now the message names the rate."""
    r = read("ct_s56_mn15_total_per_year.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (None, None)
    assert other_fields(p) == {"项目总预算": "50万元/年"}
    msg = next(w["message"] for w in r.tables["warnings"] if w["code"] == "amount_not_money")
    assert "per year" in msg and "per thing" not in msg


def test_price_per_set_stays_no_amount(read):
    """Guard: `5000元/台` no amount, said."""
    r = read("ct_s56_mn15_amount_per_set.txt")
    p = only_project(r)
    assert p["budget_year"] is None
    assert other_fields(p) == {"年度资金总额": "5000元/台"}
    assert "amount_not_money" in warning_codes(r)


def test_change_of_the_money_is_no_budget(read):
    """main: budget_year -50万. `—` for none: budget_other null (kept)."""
    r = read("ct_s56_mn15_dash_and_negative.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (600 * W, None, 600 * W, None)
    assert other_fields(p) == {"预算调整（万元）": "-50.00"}


def test_sources_with_catch_all_short_of_total_flagged(read):
    """main: no warning (a 资金来源 block was checked only when over the total). Flagged, nothing fixed."""
    r = read("ct_s56_mn15_sources_not_adding_up.txt")
    p = only_project(r)
    assert p["budget_total"] == 600 * W
    assert _lines(r) == [("中央财政", 300 * W, "source"), ("县级财政", 200 * W, "source"), ("其他资金", 20 * W, "source")]
    assert "source_sum_mismatch" in warning_codes(r)
    msg = next(w["message"] for w in r.tables["warnings"] if w["code"] == "source_sum_mismatch")
    assert "5,200,000" in msg and "6,000,000" in msg


def test_yi_total_with_fullwidth_thousands_lines(read):
    """Guard: `1.2亿元` over `12，000.00` / `10，000.00` / `2，000.00` in 万元."""
    r = read("ct_s56_mn15_yi_total_fullwidth_lines.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (1.2e8, 1.2e8)
    assert _lines(r) == [("中央财政", 1e8, "source"), ("县级财政", 2e7, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_cell_yuan_under_head_wan(read):
    """Guard: `1200000元` under a `（万元）` head: the cell's own unit."""
    p = only_project(read("ct_s56_mn15_cell_yuan_under_head_wan.txt"))
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1200000.0, 1000000.0, 200000.0)


def test_qizhong_indented_under_total(read):
    """Guard: `其中：财政资金 | 580` and `其他资金 | 20` indented under 项目总预算 600."""
    r = read("ct_s56_mn15_qizhong_indented_under_total.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, 580 * W, 20 * W)
    assert not {"fiscal_other_mismatch", "unparsed_row"} & set(warning_codes(r))
