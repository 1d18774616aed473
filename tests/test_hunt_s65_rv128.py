"""Review rv128 (session 65) of hunt mn27 (money): near cases of its rules and its two leftovers. Fixtures
ct_s65_rv128_* from tests/fixtures/review/make_s65_rv128.py (and mn27's ct_s65_mn27_*); each answer written down by
hand before jixiao was run.

Decided:
- a currency before a money sentence's or a source pair's figure (`其中：国有资本经营预算：￥6,800,000.00元`,
  `人民币 680万元`) is the amount's, as parse_amount reads it (the line gave nothing: mn27's leftover);
- a `其中：` line's second budget (`其中：一般公共预算：…，国有资本经营预算：…`) is a sibling of its first, and a money
  sentence's budget line counts in budget_fiscal as the line of its own does;
- a level's fiscal line (`上级转移支付 | 500`) in the list of the three budgets' lines is fiscal money when only
  together they make up the stated total (mn27's leftover); a split by budget beside one by level, each whole, once;
- a 监控表's part row of stage / amount pairs named by its source (`其中：中央资金 | 年初预算数 | 1,000.00 | …`) is its
  source line, and `执行率 | 40%` ends such a row (mn27's rule read neither);
- period heads led by `2024–2026年` (an en dash) or `2024年-2026年` are heads (SPAN_DASH, not a copy of it);
- `上年结余资金：12万元` on a line of its own stays a source line (mn27's `label：amount` rule lost it);
- a bracketed footnote under a budget's last line that speaks of the lines above (`（以上单价均含税）`) is no part of
  that line's 测算依据 (mn27's aside rule glued it on).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

W = 10_000


def test_yen_before_budgets_on_one_parts_line(read):
    """`四、年度资金总额：￥6,800,000.00元` over `其中：一般公共预算：￥4,800,000.00元，国有资本经营预算：￥2,000,000.00元`."""
    r = read("ct_s65_rv128_state_capital_yen_wechat.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (6_800_000, 6_800_000)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("一般公共预算", 4_800_000, "source"),
                                                            ("国有资本经营预算", 2_000_000, "source")]
    assert "fiscal_total_gap" not in warning_codes(r)


def test_mn27_state_capital_wechat_leftover(read):
    """mn27's fixture: `其中：国有资本经营预算：￥6,800,000.00元` under its total is the fiscal money and its line."""
    r = read("ct_s65_mn27_state_capital_wechat.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (6_800_000, 6_800_000)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("国有资本经营预算", 6_800_000)]


def test_rmb_total_and_part_in_one_sentence(read):
    """`年度资金总额：人民币 680万元，其中：国有资本经营预算：人民币 680万元。`"""
    r = read("ct_s65_rv128_state_capital_rmb_one_line_wechat.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (680 * W, 680 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("国有资本经营预算", 680 * W)]


def test_transfer_beside_budgets_is_fiscal(read):
    """mn27's `上级转移支付 | 500` beside the three budgets making 3,000 with them; rv128's with 其他资金 200 of 3,200;
    a split by budget beside one by level (each 3,000) counted once."""
    p = only_project(read("ct_s65_mn27_fund_sources_tabs.txt"))
    assert (p["budget_total"], p["budget_fiscal"]) == (3_000 * W, 3_000 * W)
    r = read("ct_s65_rv128_transfer_with_budgets_tabs.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (3_200 * W, 3_000 * W, 200 * W)
    assert "fiscal_total_gap" not in warning_codes(r)
    p = only_project(read("ct_s65_rv128_budgets_and_levels_tabs.txt"))
    assert (p["budget_total"], p["budget_fiscal"]) == (3_000 * W, 3_000 * W)


def test_monitor_parts_by_source_as_pairs(read):
    """`其中：中央资金 | 年初预算数 | 1,000.00 | 1-6月执行数 | 400.00 | 全年预计执行数 | 1,000.00`, `地方资金 | …380.00…`."""
    r = read("ct_s65_rv128_monitor_levels_pairs_tabs.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["spent"], p["budget_fiscal"]) == (1_380 * W, 552 * W, 1_380 * W)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("中央资金", 1_000 * W, "source"),
                                                            ("地方资金", 380 * W, "source")]
    assert (p["other_notes"] or "").count("全年预计执行数") == 1


def test_monitor_pairs_ending_in_rate(read):
    """`… | 全年预计执行数 | 1,380.00 | 执行率 | 40%` on the total's row and its 财政拨款's."""
    r = read("ct_s65_rv128_monitor_pairs_rate_tabs.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_fiscal"], p["spent"], p["execution_rate"]) \
        == (1_380 * W, 1_380 * W, 552 * W, 0.4)
    assert [b for b in budget_lines(r) if b[3] == "spent"] == []


def test_period_heads_led_by_years_other_dashes(read):
    """`2024–2026年中期资金总额` and `2024年-2026年中期资金总额` beside `2025年度资金总额`."""
    for name in ("ct_s65_rv128_mid_heads_en_dash.csv", "ct_s65_rv128_mid_heads_two_years.csv"):
        p = only_project(read(name))
        assert (p["year"], p["budget_total"], p["budget_year"], p["budget_fiscal"]) \
            == (2025, 2_700 * W, 900 * W, 900 * W), name


def test_carried_balance_line_kept(read):
    """`上年结余资金：12万元` after the total and its parts: a source line, as before mn27."""
    r = read("ct_s65_rv128_carried_balance_wechat.txt")
    p = only_project(r)
    assert p["budget_total"] == 100.5 * W
    assert ("上年结余资金", 12 * W) in [(n, a) for _, n, a, _ in budget_lines(r)]


def test_bracketed_footnote_is_no_aside_of_the_last_line(read):
    """`（以上单价均含税）` alone in the 测算依据 column under `交通标志 | 40 | 80块×0.5万元`."""
    r = read("ct_s65_rv128_budget_footnote_tabs.txt")
    assert [(b["name"], b["amount"], b["note"]) for b in r.tables["budget_items"]] == [
        ("波形护栏", 200 * W, "20万元/公里×10公里"), ("交通标志", 40 * W, "80块×0.5万元")]
