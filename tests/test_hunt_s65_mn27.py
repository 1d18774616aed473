"""Hunt mn27 (session 65): money shapes not yet among the fixtures — a 监控表's half-year and forecast columns (money
spent so far apart from money planned), money in 元 with `￥` and thousands separators, a total and its parts as
label / amount pairs on one row, 政府性基金 / 国有资本经营预算 / 上级转移支付 sources, a budget table of 小计 rows per
category over its 合计. Fixtures ct_s65_mn27_* from tests/fixtures/review/make_s65_mn27.py; each answer written down
by hand before jixiao was run. Read right before this hunt, so no test here (the snapshot keeps them): a 监控表 of
`全年预计执行数` alone or of `上半年执行数 | 下半年预计执行数`, money in 元 under `￥` / `¥` (with its capitals), the three
budgets and 上级转移支付 as sources, 小计 rows atop or under their categories (and one its lines do not make: said),
a 国有资本经营预算 WeChat copy, the total and its parts on one `label：value` line.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

W = 10_000


def _money(p):
    """The year's money as the form states it: its 年度资金总额 (budget_year) or its one total (budget_total)."""
    return {p["budget_year"], p["budget_total"]} - {None}


def test_second_half_forecast_is_no_money_spent(read):
    """`1-6月执行数 | 7-12月执行数（预计） | 全年预计执行数`: spent the first half's 210, not the second half's 300 nor the
    year's forecast 510; the year's budget its 全年预算数, the parts their own row's."""
    p = only_project(read("ct_s65_mn27_monitor_second_half_tabs.txt"))
    assert (p["name"], p["year"]) == ("岳塘区老旧管网改造项目", 2025)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (500 * W, 520 * W, 210 * W)
    assert (p["budget_fiscal"], p["budget_other"]) == (500 * W, 20 * W)


def test_total_and_parts_as_pairs_on_one_row(read):
    """`2025年项目资金（万元） | 资金总额 | 100.5 | 其中：财政拨款 | 80 | 其他资金 | 20.5`."""
    p = only_project(read("ct_s65_mn27_pairs_one_row_tabs.txt"))
    assert (p["name"], p["year"]) == ("湘乡市农村公路安防工程", 2025)
    assert _money(p) == {100.5 * W}
    assert (p["budget_fiscal"], p["budget_other"]) == (80 * W, 20.5 * W)


# (a strict xfail here, mended by hunt mn30 of session 67: a `<kind>小计` line whose next lines of its group add up to
# it exactly is their subtotal, no line — it was a source line beside them, a false total_row_mismatch)
def test_subtotal_glued_to_its_head_is_no_line(read):
    """`财政资金小计 | 1,500.00` over `其中：一般公共预算 | 1,200.00`, `政府性基金预算 | 300.00`, then `其他资金 | 200.00` and
    `合计 | 1,700.00`: the subtotal no source line (counted twice, a false total_row_mismatch); the split as written."""
    r = read("ct_s65_mn27_fiscal_subtotal_sources_tabs.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1_700 * W, 1_500 * W, 200 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("一般公共预算", 1_200 * W), ("政府性基金预算", 300 * W),
                                                        ("其他资金", 200 * W)]
    assert not any("mismatch" in c for c in warning_codes(r))


def test_stage_pairs_rows_forecast_is_a_note(read):
    """`年度资金总额（万元） | 年初预算数 | 1,380.00 | 1-6月执行数 | 552.00 | 全年预计执行数 | 1,380.00` over the same pairs of
    `其中：财政拨款` (hunt nw10's 监控表): the forecast no spent line but a note, the part the fiscal money."""
    r = read("ct_s64_nw10_xizang_monitor_lo_tabs.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_fiscal"], p["spent"]) == (1_380 * W, 1_380 * W, 552 * W)
    assert [b for b in budget_lines(r) if b[3] == "spent"] == []
    assert "全年预计执行数：1380万元" in (p["other_notes"] or "")
