"""Hunt mn13 (session 54): money — the unit of bare budget lines, a money cell's amount followed by what it is for,
the fiscal levels' sum beside lines of spending, a budget unit's six-digit code, an adjustment form's money before
and after. Fixtures ct_s54_mn13_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s54_mn13.py); each
reading was written down by hand before jixiao was run.

Decided (wrong on main, fixed):
- Bare budget lines that add up to the form's total in 元 or 万元, and not in the unit the form or its money labels
  state, are in that unit: `彩超设备 | 850,000.00`, `心电图机 | 350,000.00`, `合计 | 1,200,000.00` under `金额单位：万元`
  and `年度资金总额 | 120.00` are 元 (they were 8,500,000,000 元, the mismatch only warned); `| 85.00`, `| 35.00` under
  `项目资金（元） | 1,200,000.00` are 万元 (they were 85 元). The 合计 row of such lines is read in their unit.
- `预算金额（万元） | 120 用于购置设备` (and `项目资金 | 120万元，用于购置…`): the amount is the money, the words kept in
  other_fields under the label (`预算金额说明`); the money was lost without a word (the label taken for a head of money
  lines) or the row unparsed.
- Four levels' lines (中央 / 省级 / 市级 / 县级财政) and a 社会资金 / 群众自筹 line that add up to the 合计, beside lines of
  spending (支出明细): budget_fiscal the levels' sum, budget_other the rest (both were null).
- Six digits before the project's name that the form states as the budget unit's code (`预算单位编码 | 412001`) are
  that code, no 行政区划代码 (412001 fits the division pattern, 41 a province's two digits).
- An adjustment request's `原预算金额（万元） | 1,200.00 | 调整金额（万元） | （200.00）` over `调整后预算金额（万元） |
  1,000.00`: budget_initial 1,200万, budget_year 1,000万 (the 1,000 was an unplaced_cell, the 1,200 the year's).
Kept (right on main, guards): lines in 元 short of a total in 万元 stay 元 and the mismatch is said; a big 部门整体
budget's bare key projects no more than it stay in its 万元 (mn12; lines of a few thousand 元 there cannot be told from
万 by anything the form writes — left as the leftover said); `50 万元以内` a bound kept as written; the levels and
社会资金 short of the 合计 give no fiscal sum; a county's code before the name beside another budget-unit code stays a
行政区划代码.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def test_detail_in_yuan_under_a_form_in_wan(read):
    """main: the lines 850,000万 and 350,000万, a total_row_mismatch and a budget_sum_mismatch."""
    r = read("ct_s54_mn13_detail_yuan_under_form_wan.txt")
    assert only_project(r)["budget_year"] == 120 * W
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("彩超设备", 850000.0), ("心电图机", 350000.0)]
    assert not {"total_row_mismatch", "budget_sum_mismatch"} & set(warning_codes(r))


def test_detail_in_wan_under_a_label_in_yuan(read):
    """main: the lines 85 元 and 35 元 and a budget_sum_mismatch."""
    r = read("ct_s54_mn13_detail_wan_under_label_yuan.txt")
    assert only_project(r)["budget_year"] == 120 * W
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("彩超设备", 85 * W), ("心电图机", 35 * W)]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_detail_in_yuan_short_of_the_total_stays_yuan(read):
    """Guard: 850,000 + 120,000 元 under 年度资金总额（万元） 1,200: 元, the mismatch said."""
    r = read("ct_s54_mn13_detail_yuan_short_of_wan.txt")
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("彩超设备", 850000.0), ("心电图机", 120000.0)]
    assert "budget_sum_mismatch" in warning_codes(r)


def test_key_projects_under_a_big_total_stay_in_its_unit(read):
    """Guard: 3,000 and 5,000 under a 52,000万 部门整体 budget: 万元."""
    r = read("ct_s54_mn13_dept_key_projects_big_total.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (52000 * W, 50000 * W, 2000 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("教师培训", 3000 * W), ("校园安全", 5000 * W)]


def test_amount_then_purpose(read):
    """main: no money at all (the row dropped without a word)."""
    r = read("ct_s54_mn13_amount_then_purpose.txt")
    p = only_project(r)
    assert p["budget_year"] == 120 * W
    assert other_fields(p) == {"预算金额说明": "用于购置设备"}
    assert "unparsed_row" not in warning_codes(r)


def test_amount_with_unit_comma_purpose(read):
    """main: an unparsed_row, no money."""
    r = read("ct_s54_mn13_amount_unit_comma_purpose.txt")
    p = only_project(r)
    assert p["budget_total"] == 120 * W
    assert other_fields(p) == {"项目资金说明": "用于购置音响桌椅等设备"}
    assert "unparsed_row" not in warning_codes(r)


def test_amount_bound_stays_a_bound(read):
    """Guard: `项目资金总额 | 50 万元以内`, no amount; kept as written."""
    p = only_project(read("ct_s54_mn13_amount_bound_kept.txt"))
    assert (p["budget_total"], p["budget_year"]) == (None, None)
    assert other_fields(p) == {"项目资金总额": "50 万元以内"}


def test_levels_and_social_money_beside_spending(read):
    """main: budget_fiscal and budget_other null."""
    r = read("ct_s54_mn13_levels_and_social_with_spending.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, 580 * W, 20 * W)
    assert [n for _, n, _, k in budget_lines(r) if k == "composition"] == ["设备购置", "工程建设", "劳务费"]


def test_levels_and_villagers_money_beside_spending(read):
    """main: budget_fiscal and budget_other null."""
    p = only_project(read("ct_s54_mn13_levels_and_villagers_with_spending.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, 580 * W, 20 * W)


def test_levels_short_of_the_total_give_no_fiscal_sum(read):
    """Guard: 300 + 150 + 40 + 80 + 20 = 590 of a 合计 600: no budget_fiscal."""
    p = only_project(read("ct_s54_mn13_levels_short_with_spending.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, None, None)


def test_budget_unit_code_before_the_name_is_no_division(read):
    """main: other_fields also held 行政区划代码 412001."""
    p = only_project(read("ct_s54_mn13_budget_unit_code_before_name.txt"))
    assert p["name"] == "村级文化活动室设备购置"
    assert other_fields(p) == {"预算单位编码": "412001"}
    assert p["project_code"] is None


def test_division_code_beside_another_unit_code(read):
    """Guard: 430525 before the name, the budget unit's code 101001: the county's code kept."""
    p = only_project(read("ct_s54_mn13_division_code_beside_unit_code.txt"))
    assert other_fields(p) == {"预算单位编码": "101001", "行政区划代码": "430525"}


def test_adjustment_money_before_and_after(read):
    """main: budget_year 1,200万 (the 原预算金额), the 调整后预算金额 an unplaced_cell."""
    r = read("ct_s54_mn13_adjustment_before_after.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1200 * W, 1000 * W)
    assert other_fields(p) == {"调整金额（万元）": "（200.00）"}
    assert "unplaced_cell" not in warning_codes(r)
    assert "budget_adjustment_mismatch" not in warning_codes(r)
