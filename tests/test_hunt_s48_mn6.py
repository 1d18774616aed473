"""Hunt mn6 (money): a money row writing each side's amount after its word (`资金总额 | 中期：3000 | 年度：1000`), a
money sentence naming another year's part (`其中2024年安排300万元` in a form of 2025), a label's amount followed by
clauses of no money (`项目总投资 | 500万元，建设期2年，分年度实施`), a 差额 beside the money spent (the budget's unspent
rest), `无` in a money block's amount cell, a budget table heading each line's money 合计 beside its sources
(`子项目名称 | 合计 | 上级补助 | 本级配套 | 自筹`), a currency written as a word before a figure under 万元
(`人民币1,200,000.00`), and a numbered class of no amount over its lines (`一 | 设备购置` … `小计`). Each reading was
written down by hand before jixiao was run; the comments say what main gave. tests/fixtures/make_s48_mn6.py makes the
.xlsx and the .docx."""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0
MONEY = ("budget_total", "budget_year", "budget_fiscal", "budget_other")


def money_of(p: dict) -> tuple:
    return tuple(p[k] for k in MONEY)


@pytest.mark.parametrize("name", ["ct_s48_mn6_period_year_cell.txt", "ct_s48_mn6_period_year_cell.xlsx"])
def test_period_and_year_amounts_after_their_words(read, name):
    # `项目资金（万元） | 资金总额 | 中期：3000 | 年度：1000` over `其中：财政拨款 | 中期：2600 | 年度：900`, `其他资金 |
    # 中期：400 | 年度：100`: the period's total, the year's, and the year's split
    r = read(name)
    p = only_project(r)
    # (main: no money at all, `中期: 3000；2600；400` an other field)
    assert money_of(p) == (3000 * WAN, 1000 * WAN, 900 * WAN, 100 * WAN)
    assert "中期" not in other_fields(p)


def test_other_years_part_is_no_budget_year(read):
    # 2025 form, `项目资金 | 项目总预算500万元，其中2024年安排300万元，2025年安排200万元。`: the year's budget is 2025's
    r = read("ct_s48_mn6_prior_year_part.txt")
    p = only_project(r)
    # (main: an unparsed row, no money; as one cell, `项目资金：…`, budget_year 300万 — 2024's)
    assert (p["budget_total"], p["budget_year"]) == (500 * WAN, 200 * WAN)
    assert other_fields(p).get("2024年安排") == "300万元"
    assert "unparsed_row" not in warning_codes(r)


def test_other_years_part_alone_beside_total(read):
    # 2025 form, `项目资金 | 资金总额500万元，其中2024年安排300万元。`: the total; 2024's part no budget of 2025
    r = read("ct_s48_mn6_prior_year_only.txt")
    p = only_project(r)
    # (main: an unparsed row, no money)
    assert (p["budget_total"], p["budget_year"]) == (500 * WAN, None)
    assert other_fields(p).get("2024年安排") == "300万元"


def test_investment_amount_before_clauses_of_no_money(read):
    # `项目总投资 | 500万元，建设期2年，分年度实施` and `年度资金申请总额 | 300万元`
    r = read("ct_s48_mn6_investment_sentence.txt")
    p = only_project(r)
    # (main: budget_total null, the row dropped without a word)
    assert (p["budget_total"], p["budget_year"]) == (500 * WAN, 300 * WAN)
    assert "unplaced_cell" in warning_codes(r)


def test_difference_beside_spent_is_no_spent_line(read):
    # 自评表 `项目资金 | 预算数 | 200 | 执行数 | 180 | 差额 | 20`: 差额 the unspent rest, no line (nor a gap kept: review
    # rvc's reading of `执行数 | 80 | 差额 | 20`)
    r = read("ct_s48_mn6_spent_gap.txt")
    p = only_project(r)
    # (main: a budget line (执行数, 差额, 20万, spent))
    assert budget_lines(r) == []
    assert (p["budget_year"], p["spent"]) == (200 * WAN, 180 * WAN)
    assert "差额" not in other_fields(p)


def test_check_leaves_out_difference_that_is_budget_less_spent():
    from jixiao.checks import ProjectView, check_project
    # a 自评表's project: 年度资金总额 200万, 财政 170万 + 其他 10万, spent 180万, other_fields `差额: 20` (万元 form)
    base = {"project_id": "p-1", "doc_id": "d", "page": None, "line": 1, "budget_year": 2_000_000.0,
            "budget_fiscal": 1_700_000.0, "budget_other": 100_000.0, "other_fields": {"差额": "20"}}
    codes = [f.code for f in check_project(ProjectView(dict(base, spent=1_800_000.0), [], [], []))]
    # (main: none — the 差额 read as a stated funding gap closing the split)
    assert "fiscal_other_mismatch" in codes
    # a 差额 the money spent does not explain is the form's stated gap, as before (hunt mn5)
    codes = [f.code for f in check_project(ProjectView(dict(base, spent=1_950_000.0), [], [], []))]
    assert "fiscal_other_mismatch" not in codes


def test_none_said_in_money_block(read):
    # `其他资金 | －` and `上年结转资金 | 无`: no amount stated (null, as `—`), nothing to report
    r = read("ct_s48_mn6_none_cells.txt")
    p = only_project(r)
    # (main: `上年结转资金 | 无` an unparsed_row)
    assert money_of(p) == (120 * WAN, None, 120 * WAN, None)
    assert "unparsed_row" not in warning_codes(r)
    assert budget_lines(r) == []


@pytest.mark.parametrize("name", ["ct_s48_mn6_sources_columns.txt", "ct_s48_mn6_sources_columns.docx"])
def test_lines_total_beside_source_columns(read, name):
    # `序号 | 子项目名称 | 合计 | 上级补助 | 本级配套 | 自筹` over 道路硬化 300 (200 / 80 / 20), 路灯安装 200 (100 / 70 /
    # 30), 合计 500 (300 / 150 / 50): two composition lines, their sources in the note; fiscal 450, other 50
    r = read(name)
    p = only_project(r)
    # (main: the head an unparsed_row, the lines of kind source under 项目资金, no budget_fiscal / budget_other)
    assert money_of(p) == (500 * WAN, None, 450 * WAN, 50 * WAN)
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [("道路硬化", 300 * WAN, "composition"),
                                                             ("路灯安装", 200 * WAN, "composition")]
    assert "unparsed_row" not in warning_codes(r)


def test_currency_word_before_figure_under_wan(read):
    # `金额单位：万元`, `项目资金总额 | 人民币1,200,000.00`, `其中：财政资金 | 人民币1,000,000.00`, `其他资金 | RMB
    # 200,000.00`: yuan, as `¥1,200,000.00` reads
    r = read("ct_s48_mn6_currency_word.txt")
    p = only_project(r)
    # (main: 1,200,000 万元 = 12,000,000,000 元 and so on)
    assert money_of(p) == (1_200_000.0, None, 1_000_000.0, 200_000.0)


def test_currency_word_parse_amount():
    from normalize.amounts import parse_amount
    # (main: 12,000,000,000 / 12,000,000,000; the ¥ rule's threshold kept: `人民币50` under 万元 is 50万, as `¥50.00`)
    assert parse_amount("人民币1,200,000.00", "万元") == 1_200_000.0
    assert parse_amount("RMB 1,200,000", "万元") == 1_200_000.0
    assert parse_amount("人民币50", "万元") == 500_000.0 == parse_amount("¥50.00", "万元")


def test_numbered_class_of_no_amount_groups_lines(read):
    # `一 | 设备购置 | |` over `1 | 服务器 | 60`, `2 | 存储设备 | 40`, `| 小计 | 100`; `二 | 运维服务` over 系统运维 30,
    # 安全服务 20, 小计 50; 合计 150
    r = read("ct_s48_mn6_class_subtotals.txt")
    # (main: 设备购置 and 运维服务 lines of no amount beside the four, no groups)
    assert [(b[0], b[1], b[2]) for b in budget_lines(r)] == [
        ("设备购置", "服务器", 60 * WAN), ("设备购置", "存储设备", 40 * WAN),
        ("运维服务", "系统运维", 30 * WAN), ("运维服务", "安全服务", 20 * WAN)]
