"""Hunt mn5 (money): an accounting negative written as a whole figure in brackets in a budget table's amount column
(`上年结余抵减 | （50）` under `金额（万元）`), a money sentence made only of sources (`资金来源：中央补助200万元，省级配套
100万元，县级自筹50万元。`, no total), a form's stated funding gap (`资金缺口 | 30`, `差额 | 30`) beside a split that falls
short of the total by it, and a money label beside a sentence that opens on its amount (`项目资金 | 150万元，其中自筹
30万元`). Each reading was written down by hand before jixiao was run; the comments say what main gave.
tests/fixtures/make_s47_mn5.py makes the .xlsx."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_bracketed_whole_figure_in_amount_column_is_negative(read):
    # 序号 | 支出内容 | 金额（万元） | 测算依据 over （1） 轮换费用 120, （2） 保管费用 30, （3） 上年结余抵减 `（50）`, 合计 100
    r = read("ct_s47_mn5_bracket_negative.txt")
    # (main: 上年结余抵减's amount null — `（50）` taken for a number's mark — and a budget_sum_mismatch of 150 against 100)
    assert budget_lines(r) == [(None, "轮换费用", 120 * WAN, "composition"), (None, "保管费用", 30 * WAN, "composition"),
                               (None, "上年结余抵减", -50 * WAN, "composition")]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_bracketed_whole_figure_alone_is_no_amount():
    from normalize.amounts import column_negative, parse_amount
    # (as main: alone, `（50）` / `（1）` is a number's mark; only the amount column makes it a negative)
    assert parse_amount("（50）", "万元") is None
    assert column_negative("（50）") == "-50" and column_negative("(3)") == "-3"
    # (a figure with decimals in brackets, which parse_amount reads as the negative anywhere, written as one by the
    # column too since mend md42 — the same amount, -50.00, either way)
    assert column_negative("（50.00）") == "-50.00" and column_negative("120") == "120"
    assert parse_amount("（50.00）", "万元") == parse_amount(column_negative("（50.00）"), "万元") == -50 * WAN


def test_sources_only_sentence_gives_fiscal_and_other(read):
    # `资金来源：中央补助200万元，省级配套100万元，县级自筹50万元。` and no total: fiscal 300, other 50 (自筹), total null —
    # the form states none (CONTRACT: never a guess; the sources' sum is not written as the project's money)
    r = read("ct_s47_mn5_sources_only.txt")
    p = only_project(r)
    # (main: budget_other null, 县级自筹 a source line alone)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (None, 300 * WAN, 50 * WAN)
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("中央补助", 200 * WAN), ("省级配套", 100 * WAN),
                                                       ("县级自筹", 50 * WAN)]


def test_level_source_beside_self_raised_field_in_sentence(read):
    # `资金来源：省级补助资金80万元，单位自筹20万元`: 单位自筹 is the budget_other field's label (20), 省级补助资金 a level's
    # money, the fiscal part (80)
    r = read("ct_s47_mn5_sources_unit_self.txt")
    p = only_project(r)
    # (main: budget_fiscal null — the sentence's one source line taken for the budget_other field's own, its cell
    # being the field's)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (None, 80 * WAN, 20 * WAN)
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [("省级补助资金", 80 * WAN, "source")]


def test_bracketed_whole_figure_in_amount_column_xlsx(read):
    # the same table in Excel (tests/fixtures/make_s47_mn5.py), `（50）` typed as text, `（1）` … in its 序号 column
    r = read("ct_s47_mn5_bracket_negative.xlsx")
    # (main: 上年结余抵减 null, a budget_sum_mismatch)
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("轮换费用", 120 * WAN), ("保管费用", 30 * WAN),
                                                       ("上年结余抵减", -50 * WAN)]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_money_label_beside_sentence_opening_on_its_amount(read):
    # `项目资金 | 150万元，其中自筹30万元`: the project's 150 万元, of it 自筹 30 (budget_other)
    r = read("ct_s47_mn5_label_sentence.txt")
    p = only_project(r)
    # (main: an unparsed row, budget_total and budget_other null)
    assert (p["budget_total"], p["budget_other"]) == (150 * WAN, 30 * WAN)
    assert "unparsed_row" not in warning_codes(r)


def test_money_field_beside_sentence_docx(read):
    # Word: `资金总额 | 150万元，其中财政资金120万元，自筹30万元。`
    r = read("ct_s47_mn5_label_sentence.docx")
    p = only_project(r)
    # (main: all three null, without a word)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (150 * WAN, 120 * WAN, 30 * WAN)


def test_stated_difference_closes_the_split(read):
    # `项目总金额 | 500 | 其中：财政资金 | 420 | 其他资金 | 50 | 差额 | 30` (万元): the form states its 30 short itself
    r = read("ct_s47_mn5_gap_stated.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (500 * WAN, 420 * WAN, 50 * WAN)
    # (main: 差额 dropped without a word and a fiscal_other_mismatch of -300,000)
    assert other_fields(p) == {"差额": "30"}
    assert not warning_codes(r)


def test_stated_gap_is_no_source_line(read):
    # 项目总金额 800 over a lone `其中：`, 财政资金 650, 其他资金 `/`, 资金缺口 150 (万元)
    r = read("ct_s47_mn5_gap_rows.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (800 * WAN, 650 * WAN, None)
    # (main: 资金缺口 a budget line of kind source — money no source gives, read as one)
    assert budget_lines(r) == [] and other_fields(p) == {"资金缺口": "150"}
    assert not warning_codes(r)


def test_stated_gap_that_does_not_close_is_still_flagged(read):
    # 420 + 50 + a stated gap of 20 is 490, not 500: flagged as before (as main), the gap kept
    r = read("ct_s47_mn5_gap_short.txt")
    assert other_fields(only_project(r)) == {"资金缺口": "20"}
    assert warning_codes(r) == ["fiscal_other_mismatch"]


def test_range_in_budget_cell_kept_and_bounds_checked(read):
    # 序号 | 支出内容 | 金额（万元） under 年度资金总额 2000: 硬件购置 `800-1000`, 软件开发 `—`, 运维服务 `/`, 平台集成 1000,
    # 合计 2000; the range no amount (null, never a guess) but kept, and 1000 + 800…1000 can make 2000
    r = read("ct_s47_mn5_range_cell.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (5_000 * WAN, 2_000 * WAN)      # (`0.5亿元` under 万元 heads)
    [hw] = [b for b in r.tables["budget_items"] if b["name"] == "硬件购置"]
    # (main: the range lost without a word — note `按询价` — and a budget_sum_mismatch of 1,000 against 2,000)
    assert hw["amount"] is None and hw["note"] == "按询价；金额：800-1000万元"
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_amount_range_bounds():
    from normalize.amounts import amount_range
    assert amount_range("800-1000", "万元") == (8_000_000.0, 10_000_000.0)
    assert amount_range("50-80万元") == (500_000.0, 800_000.0)
    assert amount_range("120", "万元") is None and amount_range("≤50万元") is None


def test_lone_parts_row_inside_period_money(read):
    # 项目资金（万元） | | 中期资金总额 | 年度资金总额 over 资金总额 3000 / 1000, a lone `其中：` row, 财政拨款 2800 / 900, 其他资金
    # 200 / 100: the split is the year's (as without the `其中：` row)
    for name in ("ct_s47_mn5_period_parts_row.txt", "ct_s47_mn5_period_parts_row.xlsx"):
        p = only_project(read(name))
        assert (p["budget_total"], p["budget_year"]) == (3_000 * WAN, 1_000 * WAN)
        # (main: 2,800 / 200, the period's — the `其中：` row ended the period block)
        assert (p["budget_fiscal"], p["budget_other"]) == (900 * WAN, 100 * WAN), name


def test_sources_sentence_with_its_sum(read):
    # `资金来源：中央补助200万元，省级配套100万元，县级自筹50万元，合计350万元。`: the form states the sum, the project's 350
    r = read("ct_s47_mn5_sources_sum.txt")
    p = only_project(r)
    # (main: all three null — the 合计 dropped without a word, and so the split)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (350 * WAN, 300 * WAN, 50 * WAN)
    assert len(budget_lines(r)) == 3 and not warning_codes(r)
