"""Hunt mq2 (money): an adjustment form's `调整金额` that does not take 年初预算 to 调整后预算 (no check said so), an
accounting negative `（50.00）` as the adjustment, a yuan sign's amount under a `金额单位：万元` head (`¥1,200,000.00`
multiplied by the head: 120亿), and money spellings the form reader dropped without a word: `1.2千万`, `约100万元`,
`￥20万`, `300.00万元整`, `120（万元）`, `100万元人民币`, `共计20万元`. Each reading was written down by hand before
jixiao was run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

WAN = 10_000.0


def test_adjustment_that_does_not_add_up_is_flagged(read):
    # 年初预算 100.00 + 调增 15.00 is 115.00, the form's 调整后预算 says 120.00 (万元)
    r = read("ct_s44_mq2_adjust_up_mismatch.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (100 * WAN, 120 * WAN)
    assert other_fields(p)["调整金额（万元）"] == "调增 15.00"
    # (main: no warning — no check of 年初预算 + 调整 = 调整后)
    [w] = [w for w in r.tables["warnings"] if w["code"] == "budget_adjustment_mismatch"]
    assert "调增 15.00" in w["message"] and "50,000" in w["message"]


def test_adjustment_that_adds_up_is_quiet(read):
    # 100.00 调减-20.00 -> 80.00 (hunt mq's fixture) and 300.00 with the accounting negative （50.00） -> 250.00
    for name, before, after in (("ct_s43_mq_adjust_down.txt", 100, 80), ("ct_s44_mq2_adjust_paren.txt", 300, 250)):
        r = read(name)
        p = only_project(r)
        assert (p["budget_initial"], p["budget_year"]) == (before * WAN, after * WAN)
        assert "budget_adjustment_mismatch" not in warning_codes(r)


def test_adjustment_amounts_parse():
    # (main: no parse_adjustment; `（50.00）` and `调减-20.00` no amount)
    from normalize.amounts import parse_adjustment
    assert parse_adjustment("调减-20.00", "万元") == (-200_000.0, True)
    assert parse_adjustment("调减20.00", "万元") == (-200_000.0, True)
    assert parse_adjustment("调增 15.00", "万元") == (150_000.0, True)
    assert parse_adjustment("（50.00）", "万元") == (-500_000.0, True)
    assert parse_adjustment("20.00", "万元") == (200_000.0, False)     # (no sign, no word: either way)
    assert parse_adjustment("调增-5", "万元") is None                    # (up and below zero: two things said)
    assert parse_adjustment("见说明", "万元") is None


def test_accounting_negatives():
    from normalize.amounts import parse_amount
    # (main: None for the brackets and △)
    assert parse_amount("(200.00)", "万元") == -2_000_000.0
    assert parse_amount("（1,200）") == -1_200.0
    assert parse_amount("△200", "万元") == -2_000_000.0
    assert parse_amount("（1）") is None            # (a number's mark, no amount)


def test_yuan_sign_under_wan_head_is_yuan(read):
    r = read("ct_s44_mq2_yen_under_wan.txt")
    p = only_project(r)
    # (main: 12,000,000,000 / 10,000,000,000 — `¥1,200,000.00` multiplied by the head's 万元 — and budget_other null,
    # `￥20万` dropped, a fiscal_total_gap warning)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1_200_000.0, 1_000_000.0, 200_000.0)
    assert "fiscal_total_gap" not in warning_codes(r)


def test_qianwan_hedged_and_tax_noted_amounts(read):
    p = only_project(read("ct_s44_mq2_spellings.txt"))
    # 项目总投资 1.2千万, 本年度预算 120万元（含税）, 财政拨款 约100万元, 其他资金 20万元
    # (main: budget_total and budget_fiscal null — `1.2千万` and `约100万元` dropped without a word)
    assert (p["budget_total"], p["budget_year"]) == (12_000_000.0, 1_200_000.0)
    assert (p["budget_fiscal"], p["budget_other"]) == (1_000_000.0, 200_000.0)


def test_unit_words_around_the_figure(read):
    p = only_project(read("ct_s44_mq2_unit_words.txt"))
    # `300.00万元整`, `120（万元）`, `100万元人民币`, `共计20万元` (main: all four null, no warning)
    assert (p["budget_total"], p["budget_year"]) == (300 * WAN, 120 * WAN)
    assert (p["budget_fiscal"], p["budget_other"]) == (100 * WAN, 20 * WAN)


def test_money_spellings_parse():
    from normalize.amounts import parse_amount
    # (main: None each, and `¥1,200,000.00` under 万元 12,000,000,000)
    assert parse_amount("¥1,200,000.00", "万元") == 1_200_000.0
    assert parse_amount("1.2千万") == 12_000_000.0
    assert parse_amount("1.2千万元", "万元") == 12_000_000.0
    assert parse_amount("120万元（含税）") == 1_200_000.0
    assert parse_amount("约50万元") == 500_000.0
    assert parse_amount("120.00万元整") == 1_200_000.0
    assert parse_amount("120（万元）") == 1_200_000.0
    assert parse_amount("50万元以内") is None        # (a cap, no amount: as on main)


def test_bare_rate_of_one_or_less_under_percent_head(read):
    # a 监控表's `执行率（%） | 0.50` beside 1-6月执行数 4.00 of 800.00 万元: 0.5%, as the head and the money say
    r = read("ct_s44_mq2_rate_under_one_pct.txt")
    p = only_project(r)
    assert p["spent"] == 4 * WAN
    # (main: 0.5, i.e. 50%, and an execution_rate_mismatch error of +49.50 points)
    assert p["execution_rate"] == 0.005
    assert "execution_rate_mismatch" not in warning_codes(r)


def test_bare_level_after_a_source_line_on_its_row(read):
    # `资金总额 | 100.00` over `其中：中央资金 | 50.00 | 省级资金 | 20.00` and `市县资金 | 18.00 | 乡镇 | 12.00` (万元)
    r = read("ct_s44_mq2_level_rows.txt")
    p = only_project(r)
    lines = [(b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]]
    # (main: 乡镇 dropped without a word — 3 lines of 4, budget_fiscal null)
    assert lines == [("中央资金", 50 * WAN, "source"), ("省级资金", 20 * WAN, "source"),
                     ("市县资金", 18 * WAN, "source"), ("乡镇", 12 * WAN, "source")]
    assert (p["budget_total"], p["budget_fiscal"]) == (100 * WAN, 100 * WAN)
