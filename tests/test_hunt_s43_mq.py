"""Hunt mq (money): a special bond form's `申请债券资金 | 15,000` with no unit of its own under the form's `单位：万元`, a
fund sheet's `市级财政出资` / `区级财政出资` parts in 亿元, a total in a unit of its own (`项目总投资（亿元）`) above the year's
money in the form's 万元, amounts in capital numerals (`人民币壹佰贰拾万元整（¥1,200,000.00）`), an adjustment form's
`年初预算`, bare levels (`中央 | 8,000.00 | 市县 | 3,000.00`) on a total's row in 千元, a stated 执行率 under a `（%）` head
that disagrees with 执行数 / 预算数, and the year's money split into `本年安排` / `上年结转`. Each reading was written
down by hand before jixiao was run; the comments say what main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_bond_whole_without_unit_read_in_the_forms_unit(read):
    # (tests/fixtures/review/ct_s42_mn_bond_year_issue.txt: `单位：万元` over `申请债券资金 | 15,000 | 其中：2025年发行额度
    # | 6,000`, as `申请债券资金（万元）` is read: the year's 6,000 the budget, the whole kept as written)
    r = read("ct_s42_mn_bond_year_issue.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (42_800 * WAN, 6_000 * WAN)
    assert other_fields(p)["申请债券资金"] == "15,000"
    assert "unplaced_cell" not in warning_codes(r)       # (main: unplaced_cell `申请债券资金 | 15,000`)


def test_fund_level_parts_in_yi_give_fiscal_money(read):
    # (tests/fixtures/review/ct_s35_ce_fund_qizhong_merged.xlsx: 金额单位：亿元, 基金规模 20 over 其中 市级财政出资 4,
    # 区级财政出资 2, 社会资本出资 14)
    p = only_project(read("ct_s35_ce_fund_qizhong_merged.xlsx"))
    assert (p["budget_total"], p["budget_other"]) == (2e9, 1.4e9)
    assert p["budget_fiscal"] == 6e8                    # (main: null — the parts summed as 元 against 20 亿元)


def test_total_in_its_own_unit_leaves_the_year_in_the_forms(read):
    r = read("ct_s43_mq_mixed_units.txt")
    p = only_project(r)
    assert p["budget_total"] == 1.2e8                   # 项目总投资（亿元） | 1.2
    # (main: 本年度预算 3,000 and its parts 2,400 / 600 read in 亿元, an annual_exceeds_total error)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (3_000 * WAN, 2_400 * WAN, 600 * WAN)
    assert "annual_exceeds_total" not in warning_codes(r)


def test_capital_numerals_with_renminbi_and_figure(read):
    p = only_project(read("ct_s43_mq_capital_numerals.txt"))
    # (main: budget_total and budget_fiscal null — `人民币…整（¥1,200,000.00）` and `人民币壹佰万元整` no number to the form)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1_200_000.0, 1_000_000.0, 200_000.0)


def test_capital_numerals_paired_parse():
    from normalize.amounts import parse_amount
    assert parse_amount("人民币壹佰贰拾万元整（¥1,200,000.00）", "万元") == 1_200_000.0
    assert parse_amount("120万元（大写：壹佰贰拾万元整）") == 1_200_000.0
    assert parse_amount("120（壹佰贰拾万元整）", "万元") == 1_200_000.0
    assert parse_amount("壹佰贰拾万元整（¥1,300,000.00）") is None     # (the two disagree: which is meant is not told)


def test_adjustment_forms_initial_budget(read):
    p = only_project(read("ct_s43_mq_adjust_down.txt"))
    assert p["budget_year"] == 80 * WAN
    assert p["budget_initial"] == 100 * WAN             # (main: null, `年初预算（万元） | 100.00` dropped)
    assert other_fields(p)["调整金额（万元）"] == "调减-20.00"


def test_bare_levels_beside_the_total_in_qianyuan(read):
    r = read("ct_s43_mq_level_pairs_qianyuan.txt")
    p = only_project(r)
    assert p["budget_total"] == 15_000_000.0            # 金额单位：千元
    # (main: only 省级 a line, 中央 and 市县 lost without a word, budget_fiscal null)
    # (grouped under the total's label since hunt mq3, as a total's `其中：中央资金 | 50` parts are: were of no group)
    assert budget_lines(r) == [("资金总额", "中央", 8_000_000.0, "source"), ("资金总额", "省级", 4_000_000.0, "source"),
                               ("资金总额", "市县", 3_000_000.0, "source")]
    assert p["budget_fiscal"] == 15_000_000.0


def test_rate_under_a_percent_head_is_checked(read):
    for name, budget in (("ct_s43_mq_rate_pct_head.txt", 1_500 * WAN), ("ct_s43_mq_rate_pct_label.txt", 1_600 * WAN),
                         ("ct_s43_mq_rate_pct_sheet.xlsx", 1_500 * WAN)):
        r = read(name)
        p = only_project(r)
        assert (p["budget_year"], p["spent"]) == (budget, 1_200 * WAN), name
        # (main: null — `95.00` under 执行率（%） read only when it agreed with 执行数 / 预算数, so no check)
        assert p["execution_rate"] == 0.95, name
        assert "execution_rate_mismatch" in warning_codes(r), name


def test_year_money_split_into_new_and_carried_over(read):
    r = read("ct_s43_mq_carry_cols.txt")
    p = only_project(r)
    # (main: both rows unparsed, the money lost)
    assert p["budget_total"] == 350 * WAN
    assert budget_lines(r) == [(None, "本年安排", 300 * WAN, "source"), (None, "上年结转", 50 * WAN, "source")]
    r = read("ct_s43_mq_carry_row.txt")
    p = only_project(r)
    assert p["budget_year"] == 350 * WAN
    # (main: both parts in other_fields, each an unplaced_cell)
    assert budget_lines(r) == [("年度资金总额", "本年安排", 300 * WAN, "source"),
                               ("年度资金总额", "上年结转结余", 50 * WAN, "source")]
    assert not other_fields(p) and "unplaced_cell" not in warning_codes(r)


def test_wan_without_its_yuan_declares_the_unit(read):
    # `金额单位：万` over the form, or `年度资金总额（万）` on the label: 万元 (main: 1,800 元, its parts 1,500 / 300 元)
    for name in ("ct_s43_mq_unit_wan_bare.txt", "ct_s43_mq_label_wan_bare.txt"):
        p = only_project(read(name))
        assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1_800 * WAN, 1_500 * WAN, 300 * WAN), name
