"""Hunt CW (funding sources and money written as `name：amount` pairs, money labels of no field):
tests/fixtures/review/ct_s35_cw_*."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"
W = 10000


def _review(name):
    return process_file(REVIEW / name)


def _lines(t, pid=None):
    return [(b["group"], b["name"], b["amount"], b["kind"]) for b in t["budget_items"]
            if pid is None or b["project_id"] == pid]


def _codes(t):
    return [w["code"] for w in t["warnings"]]


@pytest.mark.parametrize("name, group", [
    ("ct_s35_cw_lone_pair_lines.txt", "资金总额"),          # `中央资金（万元）：300` on a line of its own
    ("ct_s35_cw_source_row_pairs.txt", "资金来源"),         # `资金来源 | 中央资金（万元）：300 | 县级资金（万元）：200`
    ("ct_s35_cw_pairs_form_unit.txt", "资金总额"),          # `中央资金：300 | 县级资金：200` under `单位：万元`
    ("ct_s35_cw_pairs_beside_total.txt", "资金总额"),       # `资金总额（万元） | 500 | 中央资金：300 | 县级资金：200`
    ("ct_s35_cw_pairs_own_unit_yuan.txt", "资金来源"),      # `中央资金：3,000,000元` in a form of 万元
    ("ct_s35_cw_pairs_bare_wan.txt", "资金来源"),           # `中央资金：300万`
    ("ct_s35_cw_numbered_pairs.docx", "资金来源"),          # `1.中央资金：300万元` / `2.县级资金：200万元` in one cell
])
def test_source_pairs_are_source_lines(name, group):
    """Sources each written with their amount in one cell: two lines of kind source, in 元 (they were dropped without a
    word — a lone `中央资金（万元）：300` was taken for a money block's label — or unparsed rows)."""
    r = _review(name)
    (p,) = r.tables["projects"]
    assert p["budget_total"] == 500 * W
    assert _lines(r.tables) == [(group, "中央资金", 300 * W, "source"), (group, "县级资金", 200 * W, "source")]
    assert not {"unparsed_row", "unplaced_cell", "source_sum_mismatch", "fiscal_total_gap"} & set(_codes(r.tables))
    assert r.document["status"] == "ok"


def test_sources_in_a_sentence_after_their_label():
    """`资金来源：争取上级资金80万元、县财政安排20万元` on a line of its own (dropped without a word): each source as written."""
    r = _review("ct_s35_cw_sentence_sources.txt")
    assert [(b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]] == [
        ("争取上级资金", 80 * W, "source"), ("县财政安排", 20 * W, "source")]
    assert r.tables["projects"][0]["budget_total"] == 100 * W


def test_qizhong_sentence_in_the_sources_cell():
    """`资金来源 | 其中：中央补助50万元，省级配套30万元，县级自筹20万元`: three sources (an unparsed row)."""
    r = _review("ct_s35_cw_qizhong_sentence_cell.txt")
    assert _lines(r.tables) == [("资金来源", "中央补助", 50 * W, "source"), ("资金来源", "省级配套", 30 * W, "source"),
                                ("资金来源", "县级自筹", 20 * W, "source")]
    assert "unparsed_row" not in _codes(r.tables)


def test_pairs_in_cells_of_docx_and_xlsx():
    r = _review("ct_s35_cw_cell_paragraph_pairs.docx")      # the cell's two paragraphs `省级资金（万元）：150`
    assert r.tables["projects"][0]["budget_year"] == 200 * W
    assert _lines(r.tables) == [("资金来源", "省级资金", 150 * W, "source"), ("资金来源", "县级资金", 50 * W, "source")]
    r = _review("ct_s35_cw_paragraph_pairs.docx")           # `其中：中央资金：50万元；县级资金：30万元` under `资金总额：80万元`
    assert _lines(r.tables) == [("资金总额", "中央资金", 50 * W, "source"), ("资金总额", "县级资金", 30 * W, "source")]
    r = _review("ct_s35_cw_three_pairs.xlsx")               # under `单位：万元`
    assert _lines(r.tables) == [("资金来源", "中央资金", 800 * W, "source"), ("资金来源", "省级资金", 300 * W, "source"),
                                ("资金来源", "县级资金", 100 * W, "source")]
    r = _review("ct_s35_cw_pairs_one_cell_yuan.xlsx")       # `上级补助资金：400000元、县级配套资金：200000元` under 万元
    assert r.tables["projects"][0]["budget_total"] == 60 * W
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("上级补助资金", 400000.0),
                                                                           ("县级配套资金", 200000.0)]
    for t in ("ct_s35_cw_cell_paragraph_pairs.docx", "ct_s35_cw_three_pairs.xlsx", "ct_s35_cw_pairs_one_cell_yuan.xlsx"):
        assert "unparsed_row" not in _codes(_review(t).tables)


def test_pairs_that_do_not_add_up_are_reported():
    """`资金总额（万元） | 500` over `中央资金（万元）：300` and `县级资金（万元）：100`: the form contradicts itself."""
    r = _review("ct_s35_cw_pairs_mismatch.txt")
    assert _lines(r.tables) == [("资金总额", "中央资金", 300 * W, "source"), ("资金总额", "县级资金", 100 * W, "source")]
    assert _codes(r.tables).count("source_sum_mismatch") == 1


def test_shares_are_no_amounts():
    """`中央资金：60% | 县级资金：40%`: shares of the money, no lines."""
    r = _review("ct_s35_cw_shares_percent.txt")
    assert r.tables["budget_items"] == []
    assert r.tables["projects"][0]["budget_total"] == 500 * W


def test_summary_table_source_columns_are_source_lines():
    """`资金规模（万元）` over `合计 | 中央资金 | 县级资金`: each project's source figures (they were dropped silently)."""
    r = _review("ct_s35_cn_money_sub_heads.txt")
    p1, p2 = r.tables["projects"]
    assert (p1["budget_total"], p2["budget_total"]) == (860 * W, 420.5 * W)
    assert [(n, a) for _, n, a, _ in _lines(r.tables, p1["project_id"])] == [("中央资金", 600 * W), ("县级资金", 260 * W)]
    assert [(n, a) for _, n, a, _ in _lines(r.tables, p2["project_id"])] == [("中央资金", 300 * W),
                                                                            ("县级资金", 120.5 * W)]


def test_bond_issue_and_revenue_kept_without_noise():
    """`债券发行总额（万元） | 40000` beside the total investment, `发行金额（万元） | 16,000.00`, `预期收益总额（万元） |
    96,500.00`: a bond's issue and the project's revenue, no money of the budget: kept in other_fields as written (they
    were an unplaced_cell and two unparsed rows)."""
    r = _review("ct_s35_cw_bond_issue_revenue.txt")
    (p,) = r.tables["projects"]
    assert p["budget_total"] == 64000 * W
    assert json.loads(p["other_fields"]) == {"债券发行总额（万元）": "40000", "发行利率": "2.47%",
                                             "发行金额（万元）": "16,000.00", "预期收益总额（万元）": "96,500.00",
                                             "本息覆盖倍数": "1.42"}
    assert r.tables["budget_items"] == []
    assert r.tables["warnings"] == []
    assert r.document["status"] == "ok"


def test_sources_in_the_total_s_sentence():
    """`资金总额：500万元（其中中央资金300万元、县级资金200万元）`: the total and its two sources (dropped without a word)."""
    r = _review("ct_s35_cw_total_sentence_sources.txt")
    assert r.tables["projects"][0]["budget_total"] == 500 * W
    assert _lines(r.tables) == [("资金总额", "中央资金", 300 * W, "source"), ("资金总额", "县级资金", 200 * W, "source")]


def test_sum_word_among_the_pairs_is_no_source():
    """`资金来源：中央资金300万元、县级资金200万元，合计500万元`: two sources; the 合计 is their sum, no third source."""
    r = _review("ct_s35_cw_sources_sum_word.txt")
    assert [(n, a) for _, n, a, _ in _lines(r.tables)] == [("中央资金", 300 * W), ("县级资金", 200 * W)]


def test_a_source_among_the_fields_parts_sentence():
    """`其中：财政拨款80万元，其他资金20万元，中央资金50万元。`: the two fields, and 中央资金 a source line (it was dropped)."""
    r = _review("ct_s35_cw_parts_sentence_source.txt")
    (p,) = r.tables["projects"]
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (100 * W, 80 * W, 20 * W)
    assert [(n, a, k) for _, n, a, k in _lines(r.tables)] == [("中央资金", 50 * W, "source")]


def test_money_label_of_no_field_with_its_amount():
    """`整合涉农资金（万元） | 300` (a fund's name) and `项目资金需求（万元） | 300` (the form's only money): the amount was
    dropped without a word (the label taken for a money block's); now a source line, and the project's money."""
    r = _review("ct_s35_cw_fund_label_amount.txt")
    assert [(n, a, k) for _, n, a, k in _lines(r.tables)] == [("整合涉农资金", 300 * W, "source")]
    r = _review("ct_s35_cw_need_label_amount.txt")
    assert r.tables["projects"][0]["budget_total"] == 300 * W
    assert r.tables["budget_items"] == []
