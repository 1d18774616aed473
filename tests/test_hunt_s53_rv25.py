"""Review rv25 (session 53) of hunt mn12's money: a form's unit for bare money heads (`lines_unit`), `资金性质` as the
fund type, one level's line that is all of the money beside lines of spending, letter-spaced words in single-spaced
text, and mn12's leftovers. Fixtures ct_s53_rv25_* (text dumps from tests/fixtures/review/make_s53_rv25.py); each
reading was written down by hand before jixiao was run.

Decided (wrong on main, fixed):
- `资金性质 | 财政拨款 | 自筹资金` over `金额（万元） | 45 | 5`: a head of sources over their amounts — fund_type is no
  `金额（万元）` (the amounts' row label was taken for the label's value below it), and the money is in the row label's
  万元: budget_fiscal 45万, budget_other 5万 (they were 45 元 and 5 元).
- `资金来源 | 合计 | 财政拨款 | 自筹资金 | 万元` over `| 100 | 80 | 20`: the bare unit closing the heads is the
  amounts' (they were 元).
- Single spaces: `项 目 金 额 50 万元以内`: the word after the figure opens with its unit, so it is the figure's own,
  no next cell — the bound kept as written under 项目金额 (mn12 made it budget_total 50 元).
- Single spaces: `联 系 人 张 三 单 位 电 话`: characters of no word after a label are its value, joined — contact
  张三 (mn12 joined them to the 单位 after them, `张三单位`; before mn12 it was `张`, the 三 lost).
Kept (right on main, guards): lines under two units on labels stay as written (元); a 自筹资金 line that is all of
the total beside a 支出明细 is no budget_fiscal; a 自评表's bare 支出明细 adding up to its money in 万元 is in 万.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields

W = 10000.0


def test_fund_type_head_over_amounts(read):
    """main: fund_type `金额（万元）`, budget_fiscal 45.0 and budget_other 5.0 (元)."""
    p = only_project(read("ct_s53_rv25_fund_type_head_over_amounts.txt"))
    assert (p["fund_type"], p["budget_fiscal"], p["budget_other"]) == (None, 45 * W, 5 * W)


def test_bare_wan_closing_a_matrix_head(read):
    """main: 100 / 80 / 20 元 (the `万元` cell at the right end of the heads was not their unit)."""
    p = only_project(read("ct_s53_rv25_matrix_wan_at_right_end.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (100 * W, 80 * W, 20 * W)


def test_spaced_figure_then_its_unit_word(read):
    """main: budget_total 50 元 (`万元以内` taken for the next cell)."""
    p = only_project(read("ct_s53_rv25_spaced_amount_wan_within.txt"))
    assert p["budget_total"] is None and p["fund_type"] == "财政拨款"
    assert other_fields(p).get("项目金额") == "50 万元以内"


def test_spaced_name_after_a_label(read):
    """main: contact `张三单位`."""
    p = only_project(read("ct_s53_rv25_spaced_name_before_unit.txt"))
    assert (p["contact"], p["phone"], p["budget_total"]) == ("张三", "0731-1234567", 360 * W)


def test_two_units_on_labels_lines_as_written(read):
    """Guard: `项目总金额（万元）` and `其中：财政拨款（元）`; bare lines 300,000 and 150,000 stay 元."""
    r = read("ct_s53_rv25_two_units_bare_detail.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (50 * W, 45 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("设备购置", 300000.0), ("培训费", 150000.0)]


def test_own_funds_all_of_the_total_is_not_fiscal(read):
    """Guard: `自筹资金 | 300` under `合计 | 300` beside a 支出明细: budget_other, no budget_fiscal."""
    r = read("ct_s53_rv25_own_funds_whole_with_spending.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (300 * W, None, 300 * W)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("工程费", 250 * W, "composition"),
                                                            ("设计监理费", 50 * W, "composition")]


def test_self_eval_bare_detail_in_the_forms_unit(read):
    """Guard: a 自评表 in 万元, its 支出明细 under a bare 金额 adding up to the 5万: 3万 and 2万."""
    r = read("ct_s53_rv25_self_eval_detail_bare.txt")
    p = only_project(r)
    assert (p["budget_year"], p["spent"]) == (5 * W, 4.8 * W)
    assert [(n, a) for _, n, a, k in budget_lines(r) if k == "composition"] == [("宣传折页印制", 3 * W),
                                                                              ("活动室标牌", 2 * W)]
