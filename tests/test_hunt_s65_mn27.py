"""Hunt mn27 (session 65): money shapes not yet among the fixtures — a 监控表's half-year and forecast columns (money
spent so far apart from money planned), money in 元 with `￥` and thousands separators, a total and its parts as
label / amount pairs on one row, 政府性基金 / 国有资本经营预算 / 上级转移支付 sources, a budget table of 小计 rows per
category over its 合计. Fixtures ct_s65_mn27_* from tests/fixtures/review/make_s65_mn27.py; each answer written down
by hand before jixiao was run.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

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


def test_forecast_alone_is_no_money_spent(read):
    """`全年预计执行数 | 预计执行率` with no half-year column: a forecast, no spent."""
    p = only_project(read("ct_s65_mn27_monitor_forecast_only_tabs.txt"))
    assert (p["budget_initial"], p["budget_year"], p["budget_fiscal"]) == (300 * W, 300 * W, 300 * W)
    assert p["spent"] is None


def test_yuan_with_yen_sign(read):
    """`￥1,250,000.00` under `金额单位：元`: 1,250,000 yuan, its parts too."""
    p = only_project(read("ct_s65_mn27_yuan_yen_tabs.txt"))
    assert _money(p) == {1_250_000}
    assert (p["budget_fiscal"], p["budget_other"]) == (1_000_000, 250_000)


def test_total_and_parts_as_pairs_on_one_row(read):
    """`2025年项目资金（万元） | 资金总额 | 100.5 | 其中：财政拨款 | 80 | 其他资金 | 20.5`."""
    p = only_project(read("ct_s65_mn27_pairs_one_row_tabs.txt"))
    assert (p["name"], p["year"]) == ("湘乡市农村公路安防工程", 2025)
    assert _money(p) == {100.5 * W}
    assert (p["budget_fiscal"], p["budget_other"]) == (80 * W, 20.5 * W)


def test_three_budgets_and_a_transfer_as_sources(read):
    """一般公共预算 1,200 + 政府性基金预算 1,000 + 国有资本经营预算 300 + 上级转移支付 500 = 3,000: four source
    lines, no mismatch."""
    r = read("ct_s65_mn27_fund_sources_tabs.txt")
    p = only_project(r)
    assert _money(p) == {3_000 * W}
    lines = [(n.replace("其中：", ""), a) for _, n, a, k in budget_lines(r) if k == "source"]
    assert lines == [("一般公共预算", 1_200 * W), ("政府性基金预算", 1_000 * W), ("国有资本经营预算", 300 * W),
                     ("上级转移支付", 500 * W)]
    assert not any("mismatch" in c for c in warning_codes(r))


def test_subtotals_are_not_counted_twice(read):
    """Two categories each under its 小计 row, then 合计 200: the four detail lines, no 小计 line, no mismatch."""
    r = read("ct_s65_mn27_subtotals_tabs.txt")
    p = only_project(r)
    assert p["budget_year"] == 200 * W
    assert [(n, a) for _, n, a, k in budget_lines(r) if k != "source"] == [
        ("监控摄像机", 90 * W), ("存储服务器", 60 * W), ("布线施工", 30 * W), ("系统调试", 20 * W)]
    assert not any("mismatch" in c for c in warning_codes(r))


def test_a_subtotal_its_lines_do_not_make_is_said(read):
    """安装工程's 小计 60 over 30 + 20: a mismatch said (the 合计 200 still the lines' sum)."""
    r = read("ct_s65_mn27_subtotals_off_tabs.txt")
    assert [a for _, _, a, k in budget_lines(r) if k != "source"] == [90 * W, 60 * W, 30 * W, 20 * W]
    assert any("mismatch" in c for c in warning_codes(r))


def test_state_capital_wechat_yuan(read):
    """A WeChat copy of a 国有资本经营预算 project: `年度资金总额：￥6,800,000.00元`, its indicators."""
    r = read("ct_s65_mn27_state_capital_wechat.txt")
    p = only_project(r)
    assert (p["name"], p["year"]) == ("湘潭市国有企业退休人员社会化管理补助", 2025)
    assert _money(p) == {6_800_000}
    assert [t[2:] for t in indicator_targets(r)] == [("移交退休人员人数", ">=", 3200.0, "人"),
                                                    ("退休人员满意度", ">=", 90.0, "%")]
