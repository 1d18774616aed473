"""Hunt mq3 (money): an amount written after a sum's word in a value cell (`总计：120万元`, `合计：350.00`), amounts in
common Chinese numerals (`一百二十万元`, as the capital `壹佰贰拾万元` are read), … Each reading was written down by hand
before jixiao was run; the comments say what main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_sum_word_before_the_amount_in_a_money_blocks_cell(read):
    # `项目资金 | 总计：120万元 | 其中：财政资金：100万元 | 自筹资金：20万元`: the block's total, then its parts
    p = only_project(read("ct_s45_mq3_sum_word_cells.txt"))
    # (main: budget_total null — `总计：120万元` taken for a label's pair of its own and dropped without a word)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (120 * WAN, 100 * WAN, 20 * WAN)


def test_sum_word_before_a_bare_figure_beside_the_total_label(read):
    # `金额单位：万元` over `项目资金总额 | 合计：350.00`, `其中：财政资金 | 300.00`, `其他资金 | 50.00`
    r = read("ct_s45_mq3_sum_word_field.txt")
    p = only_project(r)
    # (main: budget_total null, no warning)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (350 * WAN, 300 * WAN, 50 * WAN)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_amounts_in_common_chinese_numerals(read):
    # `项目资金总额 | 一百二十万元`, `其中：财政拨款 | 一百万元`, `其他资金 | 二十万元`
    p = only_project(read("ct_s45_mq3_lower_numerals.txt"))
    # (main: all three null, no warning)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (120 * WAN, 100 * WAN, 20 * WAN)


def test_common_numerals_parse():
    from normalize.amounts import parse_amount
    # (main: None each)
    assert parse_amount("一百二十万元") == 1_200_000.0
    assert parse_amount("一千二百万元整", "万元") == 12_000_000.0      # (yuan written out, whatever the head)
    assert parse_amount("两百万元") == 2_000_000.0
    assert parse_amount("一亿二千万元") == 120_000_000.0
    assert parse_amount("三十五万元（¥350,000.00）") == 350_000.0
    assert parse_amount("十元店") is None and parse_amount("第一百元") is None


def test_level_lines_under_a_total_of_no_money_block_are_checked(read):
    # `项目总投资 | 300.00` over `中央 | 150.00`, `省级 | 80.00`, `市级 | 50.00`, `县级 | 30.00` (万元): 310 against 300
    r = read("ct_s45_mq3_levels_below_total_off.txt")
    assert budget_lines(r) == [("项目总投资", "中央", 150 * WAN, "source"), ("项目总投资", "省级", 80 * WAN, "source"),
                               ("项目总投资", "市级", 50 * WAN, "source"), ("项目总投资", "县级", 30 * WAN, "source")]
    # (main: the four lines of no group, no check: no warning)
    [w] = [w for w in r.tables["warnings"] if w["code"] == "source_sum_mismatch"]
    assert "3,100,000" in w["message"] and "3,000,000" in w["message"]
    assert only_project(r)["budget_fiscal"] is None      # (the levels do not make up the total: no fiscal sum)


def test_money_line_of_bare_figures_under_a_unit_label(read):
    # a text dump's line `资金总额（万元）：120 其中：财政拨款 100 自筹 20`: 120 / 100 / 20 万元, 自筹 the other money
    r = read("ct_s45_mq3_money_line_bare.txt")
    p = only_project(r)
    # (main: budget_fiscal and budget_other null — the parts, no unit of their own, dropped without a word)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (120 * WAN, 100 * WAN, 20 * WAN)
    assert not {"fiscal_total_gap", "fiscal_other_mismatch"} & set(warning_codes(r))


def test_parts_of_bare_figures_in_a_cell_beside_the_total(read):
    # `资金总额（万元） | 86.5 | 其中：财政拨款 80 自筹 6.5` (a table's row, not a dump's line)
    p = only_project(read("ct_s45_mq3_parts_cell.txt"))
    # (main: budget_fiscal and budget_other null, the cell dropped without a word)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (86.5 * WAN, 80 * WAN, 6.5 * WAN)


def test_money_sentence_of_bare_figures_under_a_unit_label(read):
    # `资金总额（万元）：260.5，其中：财政拨款240.5，自筹20` in a cell of its own
    p = only_project(read("ct_s45_mq3_money_sentence_unit_head.txt"))
    # (main: all three null — the sentence, its figures written without a unit, dropped without a word)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (260.5 * WAN, 240.5 * WAN, 20 * WAN)


def test_money_written_as_a_bound_is_kept_as_written(read):
    # `项目资金总额 | 50万元以内`: a cap on the money, no amount (parse_amount None, as hunt mq2 decided) — kept under its
    # label in other_fields, budget_total null
    r = read("ct_s45_mq3_bound.txt")
    p = only_project(r)
    assert p["budget_total"] is None
    # (main: lost without a word — the label taken for the head of money lines, no other_fields, no warning)
    assert other_fields(p) == {"项目资金总额": "50万元以内"}


def test_bounds_parse():
    from normalize.amounts import amount_bound, parse_amount
    assert amount_bound("50万元以内") == amount_bound("不超过50万元") == amount_bound("50万元（含）以内") == 500_000.0
    assert amount_bound("50万元") is None and parse_amount("50万元以内") is None


def test_unit_in_the_cell_after_the_figure(read):
    # `项目总金额 | 120 | 万元`, `其中：财政资金 | 100 | 万元`, `其他资金 | 20 | 万元` (no unit declared elsewhere); the sheet's
    # `1,200.50 | 万元` the same
    for name, total, fiscal, other in (("ct_s45_mq3_unit_cell.txt", 120, 100, 20),
                                       ("ct_s45_mq3_unit_cell.xlsx", 1_200.5, 1_000.5, 200)):
        p = only_project(read(name))
        # (main: 120 / 100 / 20 元 and 1,200.50 / 1,000.50 / 200 元 — the unit's cell not read with its figure)
        assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (total * WAN, fiscal * WAN, other * WAN), name


def test_three_pairs_adding_up_to_the_total_are_its_sources(read):
    # `资金总额 | 116.00` over `其中：市县资金 | 18.00 | 乡镇 | 12.00 | 行政村 | 86.00` (万元): 18 + 12 + 86 = 116, the
    # money's three parts (beside a total they do not make up, hunt ry's `年度资金总额 | 500 | 乡镇 | 12 | 行政村 | 86`
    # counts places: unchanged)
    r = read("ct_s45_mq3_level_three_pairs.txt")
    p = only_project(r)
    # (main: 乡镇 dropped without a word, 行政村 kept in other_fields as `86.00`)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("市县资金", 18 * WAN, "source"), ("乡镇", 12 * WAN, "source"),
                                                            ("行政村", 86 * WAN, "source")]
    assert not other_fields(p)
    assert budget_lines(read("ct_s43_ry_level_counts.txt")) == []
