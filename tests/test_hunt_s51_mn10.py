"""Hunt mn10 (session 51): money layouts — the unit said once over a money block, budget_fiscal of a self-evaluation
of 中央补助 / 省级补助 rows, a place-per-row table with its total row above the places, an adjustment's 其中 rows, and
amounts spelled in other ways (tests/fixtures/review/ct_s51_mn10_*; the .xlsx made by
tests/fixtures/review/make_s51_mn10.py; each reading written by hand before the run).

Decided:
- A self-evaluation's money rows that are all some level's fiscal money (`中央补助资金 | 省级补助资金 | 市县配套`, no
  total row): the year's budget is their sum (as before), budget_fiscal the same sum (all of it fiscal money), and
  budget_initial the sum of their 年初预算数. With a total row (`年度资金总额`), budget_fiscal the levels' sum when it
  makes the total (as before). execution_rate is not computed when no row states it.
- A place-per-row table whose 合计 row stands right under the head, over the places: the table's total all the same
  (budget_total, and the fiscal sources' columns' sum budget_fiscal), the places its lines.
- An adjustment's money rows (`调整前预算数 | 调整数 | 调整后预算数` over `其中：财政拨款 | 1000 | -150 | 850`): the
  line's amount the adjusted one (as before), its amount before and its change in its note, under their heads.
- A bare amount in a form of no declared unit under a notice that says the same figure in 万元
  (`…其中:一般公共预算资金50.29万元…` over `其中:中央补助 | 50.29`): in 万元.
- Flattened text: a table word printed letter-spaced (`合 计`, `项 目`) is one cell; a row of a label and its figures
  under a head of more labels (`项目资金情况 项目资金申请(万元) 项 目 上年度安排资金 本年度申请资金` over `合 计 130 300`):
  the figures under the heads in order. A block label ending in 支出明细(预算) heads uses (composition lines).
- `（500.00万元）` under 金额: below zero in its unit (-5,000,000; the line was named by the figure, no amount).
Kept: `¥60,000,000.00`, `4500万元`, `1.2亿元`, `壹亿元整`, `贰仟万元整` (read right on main); `上年结转 | 本年安排` beside
`其他资金` are source lines, no budget_fiscal (上年结转 may be any money carried over).
"""
from __future__ import annotations

W = 10000.0


def _p(r) -> dict:
    assert len(r.tables["projects"]) == 1
    return r.tables["projects"][0]


def _money(p: dict, *keys: str) -> tuple:
    return tuple(p[k] for k in keys)


def _lines(r) -> list[tuple]:
    return [(b["name"], b["amount"], b["kind"], b["note"]) for b in r.tables["budget_items"]]


def _codes(r) -> list[str]:
    return sorted({w["code"] for w in r.tables["warnings"]})


KEYS = ("budget_total", "budget_year", "budget_fiscal", "budget_other", "budget_initial", "spent", "execution_rate")


# ---------------------------------------------------------------- (1) self-evaluations of subsidies by level
def test_self_eval_levels_with_a_total_row(read):
    """(right on main) `年度资金总额 | 800 | 820 | 779` over the three levels' rows."""
    r = read("ct_s51_mn10_selfeval_subsidy.txt")
    assert _money(_p(r), *KEYS) == (None, 820 * W, 820 * W, None, 800 * W, 779 * W, 0.95)
    assert _lines(r) == [("中央补助资金", 500 * W, "source", "全年执行数：480万元；执行率：96%"),
                         ("省级补助资金", 200 * W, "source", "全年执行数：190万元；执行率：95%"),
                         ("市县配套资金", 120 * W, "source", "全年执行数：109万元；执行率：90.83%")]
    assert _codes(r) == []


def test_self_eval_levels_without_a_total_row(read):
    """main: budget_fiscal and budget_initial None (the year's budget and the spending were summed already)."""
    r = read("ct_s51_mn10_selfeval_levels_no_total.txt")
    assert _money(_p(r), *KEYS) == (None, 530 * W, 530 * W, None, 500 * W, 496 * W, None)
    assert [x[:3] for x in _lines(r)] == [("中央补助资金", 300 * W, "source"), ("省级补助资金", 180 * W, "source"),
                                          ("市县配套", 50 * W, "source")]
    assert _p(r)["score"] == 99.0
    assert _codes(r) == []


# ---------------------------------------------------------------- (2) places by row, the total above them
def test_place_rows_total_above(read):
    """main: budget_total and budget_fiscal None (the 合计 row right under the head was skipped as a line)."""
    r = read("ct_s51_mn10_place_rows.txt")
    assert _money(_p(r), *KEYS) == (1000 * W, None, 1000 * W, None, None, None, None)
    assert _lines(r) == [
        ("东城县", 400 * W, "composition", "中央资金：240万元；省级资金：120万元；市级资金：40万元"),
        ("西河县", 350 * W, "composition", "中央资金：210万元；省级资金：105万元；市级资金：35万元"),
        ("南山县", 250 * W, "composition", "中央资金：150万元；省级资金：75万元；市级资金：25万元")]
    assert _codes(r) == []


# ---------------------------------------------------------------- (3) an adjustment's 其中 rows
def test_adjustment_rows_keep_their_change(read):
    """main: the lines' notes None (only the total's 调整数 was kept, in the project's notes)."""
    r = read("ct_s51_mn10_adjust_parts.txt")
    p = _p(r)
    assert _money(p, *KEYS) == (None, 1050 * W, 850 * W, 200 * W, 1200 * W, None, None)
    assert p["other_notes"] == "上级补助资金下达减少150万元。调整数：-150万元"
    assert _lines(r) == [("财政拨款", 850 * W, "source", "调整前预算数：1000万元；调整数：-150万元"),
                         ("其他资金", 200 * W, "source", "调整前预算数：200万元；调整数：0万元")]


# ---------------------------------------------------------------- (4) the unit said once
def test_unit_line_over_the_form(read):
    """(right on main) `金额单位：万元` on a line of its own under the title."""
    r = read("ct_s51_mn10_unit_above.txt")
    assert _money(_p(r), *KEYS) == (None, 150.5 * W, 120.5 * W, 30 * W, None, None, None)


def test_unit_said_by_the_notice_above(read):
    """main: 50.29 元 (the notice says `一般公共预算资金50.29万元`)."""
    r = read("ak_chencang_head_without_indicator_table.txt")
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("中央补助", 50.29 * W)]


def test_flattened_money_head_over_spaced_total(read):
    """main: `区级资金` 130 元, the 合计 rows unparsed, the 支出明细 lines lost."""
    r = read("ct_rv_spaced_bullets_and_sources.txt")
    p = _p(r)
    assert (p["budget_year"], p["prior_budget"], p["budget_total"]) == (300 * W, 130 * W, None)
    assert [x[:3] for x in _lines(r)] == [
        ("区级资金", 300 * W, "source"), ("办公及加班用餐费", 40 * W, "composition"),
        ("打字复印及资料印刷费", 55 * W, "composition"), ("编制咨询费", 160 * W, "composition"),
        ("其他", 45 * W, "composition")]
    assert "unparsed_row" not in [w["code"] for w in r.tables["warnings"] if "合" in w["message"]]


# ---------------------------------------------------------------- (5) amounts spelled in other ways
def test_spelled_amounts(read):
    """main: `上年结余抵减 | （500.00万元）` a line named `（500.00万元）` of no amount; the rest right."""
    r = read("ct_s51_mn10_spelled_amounts.txt")
    assert _money(_p(r), *KEYS) == (None, 12000 * W, 10000 * W, 2000 * W, None, None, None)
    assert _lines(r) == [("网络设备购置", 6000 * W, "composition", "按采购预算"),
                         ("机房改造", 4500 * W, "composition", "按设计概算"),
                         ("上年结余抵减", -500 * W, "composition", "上年结余冲抵"),
                         ("软件平台", 2000 * W, "composition", "按合同")]
    assert _codes(r) == []


def test_carryover_and_quarters_xlsx(read):
    """(right on main) a sheet: `金额单位：万元` merged over the form, `资金总额 | 上年结转 | 本年安排 | 其他资金`, the money by
    quarter kept in other_fields."""
    r = read("ct_s51_mn10_carryover_quarters.xlsx")
    p = _p(r)
    assert _money(p, *KEYS) == (260 * W, None, None, 20 * W, None, None, None)
    assert [x[:3] for x in _lines(r)] == [("上年结转", 40 * W, "source"), ("本年安排", 200 * W, "source")]
    assert p["other_fields"] == '{"分季度用款计划": "第一季度：50万元；第二季度：70万元；第三季度：80万元；第四季度：60万元"}'
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("补贴养老服务中心数量", "=", 12.0, "家"), ("补贴资金拨付时间", None, None, None),
        ("助餐服务老年人人次", ">=", 3.0, "万人次"), ("老年人满意度", ">=", 90.0, "%")]


# ---------------------------------------------------------------- (6) the normalizer alone
def test_bracketed_negative_with_its_unit():
    """main: None for the first three (a figure in brackets with its unit)."""
    from normalize.amounts import column_negative, parse_amount
    assert parse_amount("（500.00万元）") == -500 * W
    assert parse_amount("(5,000元)") == -5000.0
    assert parse_amount("（500万元）") == -500 * W
    assert column_negative("（500.00万元）") == "-500.00万元"
    # kept: a number's mark, an accounting negative of no unit
    assert (parse_amount("（1）"), parse_amount("（2024）"), parse_amount("(200.00)")) == (None, None, -200.0)
    assert column_negative("（50）") == "-50"
