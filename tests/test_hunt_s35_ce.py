"""Hunt CE (session of 2026-12-03, third): special-purpose funding forms — 地方政府专项债券项目绩效目标表 / 自评表,
中央对地方转移支付区域绩效目标表, 省对下专项转移支付, PPP 项目 and 政府投资基金 目标表 (inputs in
tests/fixtures/review/ct_s35_ce_*, and the template tests/templates/special_bond_target)."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests.hunt_tools import other_fields

HERE = Path(__file__).parent
REVIEW = HERE / "fixtures" / "review"
WAN = 10_000.0


def _lines(t):
    return sorted((b["kind"], b["name"], b["amount"]) for b in t["budget_items"])


def _codes(t, *codes):
    return [(w["code"], w["message"]) for w in t["warnings"] if w["code"] in codes]


@pytest.mark.parametrize("name, parts", [
    # `其中 | 专项债券资金 | 20000` then `其中 | 项目资本金 | 10000`, `其中 | 市场化融资 | 20000` (a text dump)
    ("ct_s35_ce_bond_qizhong_cell.txt", [("专项债券资金", 20000), ("项目资本金", 10000), ("市场化融资", 20000)]),
    # the same with `其中` merged down over the three parts (Word), and that Word table printed to PDF
    ("ct_s35_ce_bond_qizhong_merged.docx", [("专项债券资金", 24000), ("项目资本金", 7200), ("银行贷款", 4800)]),
    ("ct_s35_ce_bond_qizhong_merged.pdf", [("专项债券资金", 15000), ("项目资本金", 5000), ("市场化融资", 5000)]),
])
def test_parts_under_a_lone_qizhong_cell_are_the_totals_source_lines(name, parts):
    """项目总投资（万元） | 50000 over `其中 | 专项债券资金 | 20000` and more parts: the first part was a line of 20,000 元
    (the total's 万元 lost), the others unparsed rows kept as other fields; now each part is a source line in 万元."""
    r = process_file(REVIEW / name)
    t = r.tables
    assert r.document["status"] == "ok"
    assert _lines(t) == sorted(("source", n, a * WAN) for n, a in parts)
    p = t["projects"][0]
    assert p["budget_total"] == sum(a for _, a in parts) * WAN
    assert not _codes(t, "unparsed_row", "fiscal_total_gap", "fiscal_other_mismatch")
    assert not {n for n, _ in parts} & set(other_fields(p))


def test_parts_under_a_qizhong_written_once_rows_blank_below():
    """`其中： | 专项债券资金 | 300,000,000.00` then `| 项目资本金 | 80,000,000.00` (the 其中 cell blank on the second
    part's row): the second part was an unparsed row; `偿债资金来源 | 供水收费收入` was an unparsed row too (a money
    label beside a short text was taken for two heads side by side)."""
    r = process_file(REVIEW / "ct_s35_ce_bond_yuan_qizhong_blank.txt")
    t = r.tables
    assert r.document["status"] == "ok"
    assert _lines(t) == [("source", "专项债券资金", 3e8), ("source", "项目资本金", 8e7)]
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (3.8e8, 1.2e8)
    assert other_fields(p)["偿债资金来源"] == "供水收费收入"
    assert not _codes(t, "unparsed_row")


def test_repayment_source_beside_the_bond_term_is_kept():
    """`债券期限 | 15年 | 偿债资金来源 | 园区租金及物业收入`: the repayment source was dropped without a word."""
    p = process_file(REVIEW / "ct_s35_ce_bond_qizhong_cell.txt").tables["projects"][0]
    assert other_fields(p)["偿债资金来源"] == "园区租金及物业收入"
    assert other_fields(p)["债券期限"] == "15年"


def test_qizhong_parts_that_are_fields_keep_the_group_going():
    """`其中：专项债券资金（万元）`, `其中：财政资金（万元）`, `其中：市场化融资（万元）` under 项目总投资: 市场化融资 was an
    unparsed row, so the form looked 200,000,000 元 short (fiscal_total_gap); it is a source line now, and the form
    adds up."""
    r = process_file(REVIEW / "ct_s35_ce_bond_parts_fields.txt")
    t = r.tables
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_year"]) == (5e8, 1e8, 8e7)
    assert _lines(t) == [("source", "专项债券资金", 2e8), ("source", "市场化融资", 2e8)]
    assert not _codes(t, "unparsed_row", "fiscal_total_gap")


def test_fiscal_total_gap_names_what_it_added():
    """A bond form whose parts fall short of its total (50,000 万元 of which 20,000 bonds and 10,000 fiscal): the gap
    is real, and its message called the fiscal part plus the bonds `budget_fiscal is 300,000,000 元`; it names the
    fiscal part and each line added now."""
    t = process_file(REVIEW / "ct_s35_ce_bond_real_gap.txt").tables
    [(code, msg)] = _codes(t, "fiscal_total_gap")
    assert "budget_fiscal) 100,000,000 元 + 专项债券资金 200,000,000 元 = 300,000,000 元" in msg
    assert "200,000,000 元 have no stated source" in msg


@pytest.mark.parametrize("fmt", ["txt", "docx", "xlsx", "pdf"])
def test_special_bond_template_adds_up(fmt):
    """tests/templates/special_bond_target: 项目总投资 68,000 | 其中 | 专项债券资金 40,000 over 财政预算资金 8,000 /
    市场化融资 15,000 / 项目单位自筹 5,000, and 2024年度计划投资 22,000 | 其中 | 债券资金 16,000. 市场化融资 and 自筹 were
    unparsed rows and the check said `budget_fiscal is 640,000,000 元 … 40,000,000 元 have no stated source` (the
    year's bonds added to the total's parts); now every part is a line and the check is silent."""
    r = process_file(HERE / "templates" / "special_bond_target" / f"form.{fmt}")
    t = r.tables
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (6.8e8, 2.2e8, 8e7)
    assert _lines(t) == sorted([("source", "专项债券资金", 4e8), ("source", "债券资金", 1.6e8),
                                ("source", "市场化融资", 1.5e8), ("source", "项目单位自筹", 5e7)])
    assert not _codes(t, "fiscal_total_gap", "fiscal_other_mismatch")
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row" and ("市场化融资" in w["message"]
                                                                            or "自筹" in w["message"])]


def test_this_years_bond_issue_is_the_years_budget():
    """`本年度发行债券资金 | 15000` (单位：万元) was an unparsed row: the year's budget of a bond project."""
    r = process_file(REVIEW / "ct_s35_ce_bond_year_issue.txt")
    p = r.tables["projects"][0]
    assert p["budget_year"] == 15000 * WAN
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (8e8, 2e8, 2e8)
    assert not _codes(r.tables, "unparsed_row")


def test_fund_parts_under_a_merged_qizhong_in_a_sheet():
    """A 政府投资基金 sheet (金额单位：亿元): `基金规模 | 20` over `其中 | 市级财政出资 | 4` with `其中` merged down over
    区级财政出资 and 社会资本出资: the parts were other fields and unparsed rows; now lines in 亿元 and budget_other."""
    r = process_file(REVIEW / "ct_s35_ce_fund_qizhong_merged.xlsx")
    t = r.tables
    p = t["projects"][0]
    assert (p["name"], p["budget_total"], p["budget_other"]) == ("市科技创新创业投资基金", 2e9, 1.4e9)
    # (社会资本出资, budget_other, is the last of the parts a line too — hunt s42 mn: the parts add up to the 基金规模,
    # each source a budget line as CONTRACT.md's budget_items are the breakdown's lines; it was the field alone)
    assert _lines(t) == [("source", "区级财政出资", 2e8), ("source", "市级财政出资", 4e8), ("source", "社会资本出资", 1.4e9)]
    assert not _codes(t, "unparsed_row", "fiscal_total_gap", "fiscal_other_mismatch")


def test_an_attribute_label_beside_a_name_holding_a_money_word():
    """`主管部门 | 省工业和信息化厅 | 管理机构 | 省产业投资集团` (a fund's form): the managing body was dropped without a word
    (`投资` in its name made label and value two money heads side by side)."""
    p = process_file(REVIEW / "ct_s35_ce_fund_manager.txt").tables["projects"][0]
    assert other_fields(p)["管理机构"] == "省产业投资集团"
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (5e9, 1e9, 4e9)


def test_ppp_payment_mechanism_kept():
    """A PPP form's `运作方式 | BOT | 回报机制 | 可行性缺口补助`: 回报机制 and its value were lost, the row reported unparsed;
    `本年度政府支出责任 | 6200` over `其中：可行性缺口补助 | 5200`, `其中：政府付费 | 1000` are the year's budget and its
    parts."""
    r = process_file(REVIEW / "ct_s35_ce_ppp_payments.docx")
    t = r.tables
    p = t["projects"][0]
    assert other_fields(p)["回报机制"] == "可行性缺口补助"
    assert other_fields(p)["运作方式"] == "BOT"
    assert (p["budget_total"], p["budget_year"]) == (9.8e8, 6.2e7)
    assert _lines(t) == [("source", "可行性缺口补助", 5.2e7), ("source", "政府付费", 1e7)]
    assert not _codes(t, "unparsed_row")


@pytest.mark.parametrize("fmt", ["txt", "xlsx"])
def test_bond_issue_head_before_its_pairs(fmt):
    """`债券发行情况 | 债券名称 | 2024年江西省政府专项债券（十二期） | 债券期限 | 15年`: the head took 债券名称 for its value and
    the bond's name was lost (an unparsed row); the head stands over the pairs after it now."""
    t = process_file(HERE / "templates" / "special_bond_target" / f"form.{fmt}").tables
    o = other_fields(t["projects"][0])
    assert o["债券名称"] == "2024年江西省政府专项债券（十二期）"
    assert o["债券期限"] == "15年"
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row" and "债券名称" in w["message"]]
