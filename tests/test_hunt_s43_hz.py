"""Hunt hz (monitoring money matrix): a 绩效运行监控表 whose money matrix names the year's budget `本年安排` beside
`1-6月执行数 | 执行率 | 全年预计执行数`; and the spellings `全年预算 | 截至6月底执行数 | 执行进度`, `年度预算数 | 1-9月执行数 |
预计全年执行数 | 执行率` (read right already; kept as guards). Each reading was written down by hand before jixiao was
run; the comments say what main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project

WAN = 10_000.0


def test_bennian_anpai_beside_spent_is_the_budget(read):
    # 项目资金（万元） | 本年安排 | 1-6月执行数 | 执行率 | 全年预计执行数 | 偏差原因 over 年度资金总额 | 400 | 180 | 45% | 400
    r = read("ct_s43_hz_mon_bennian.txt")
    p = only_project(r)
    # (main: budget_year / budget_fiscal null, spent 400万 — the forecast — and no rate, no budget line)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (400 * WAN, 400 * WAN, 0.0)
    assert (p["spent"], p["execution_rate"]) == (180 * WAN, 0.45)
    assert budget_lines(r) == [(None, "财政拨款", 400 * WAN, "source"), (None, "其他资金", 0.0, "source")]


def test_other_monitoring_spellings_keep_budget_and_spent(read):
    for name, budget, spent, rate in (("ct_s43_hz_mon_quannian_jindu.txt", 250, 100, 0.4),
                                      ("ct_s43_hz_mon_nine.txt", 600, 420, 0.7)):
        p = only_project(read(name))
        assert (p["budget_year"], p["spent"], p["execution_rate"]) == (budget * WAN, spent * WAN, rate), name


