"""Hunt mn23 (session 61): money leftovers of the last session and new money layouts, with fixtures ct_s61_mn23_* (text
dumps, tab-separated cells, from tests/fixtures/review/make_s61_mn23.py); each reading was written down by hand before
jixiao was run.

Decided:
- an amount cell of full-width figures with a full-width point (`资金总额 | １．２亿元`) is read as `1.2亿元` is (the
  form reader's amount pattern took full-width digits but not the point: the total was lost without a word).
- money under a label naming another year than the form's (`2023年资金总额 | 500万元` beside `2024年资金总额 | 600万元`
  in a form of 2024) is kept in other_fields under its label, as `2023年申请资金 | 500` is (it was dropped without a
  word; alone, it was said to be of a form of no year).
- a money block's head naming its amount's column beside the year's and the share's (`资金来源 | 年度 | 金额（万元） |
  占比`): its rows' amounts are those under 金额, the years and percentages no amount (2024 was read as 2024万元, the
  budget_fiscal and budget_other both 20,240,000 元, a false fiscal_other_mismatch); the head's `占比` no unparsed_row.
- two rows of other money right under the fiscal part of a total (`其中：财政资金 | 100`, `单位自筹 | 20`, `社会资金 | 30`
  under `资金总额（万元） | 150`): budget_other their sum, each a source line under the total, as a sentence's several
  other sources are (budget_other was 单位自筹's 20 alone, 社会资金 a line of no group); not the parts of a catch-all
  `其他资金` row over them.
- a budget table's 合计 row right under its head (`支出内容 | 金额` over `合计 | 180`, then the lines): the table goes on,
  its lines `composition` and checked against it as under a total last (the 合计 ended the table, the lines read as
  sources of the block above, the total unchecked).
- levels' lines beside money of no fiscal kind in one 资金来源 list (`中央资金300万元、县级资金220万元、群众自筹50万元`
  beside `其中：财政资金（万元） | 450`): the levels alone checked against budget_fiscal (520 of 450 went unsaid).
- a 资金构成 list naming the fiscal money beside a use (`财政资金100万元、设备购置80万元`): still two source lines (rv75's
  rule), its 财政资金 budget_fiscal, as its 其他资金 is budget_other (md37's leftover).
- a misgrouped figure in a places list's money column (`1,20,000` among `120,000`): kept under its head, said by
  amount_unreadable naming the head and the figure at its row's line (the place's money was null without a word).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_full_width_point_in_an_amount(read):
    """main: budget_total null (the cell `１．２亿元` no amount)."""
    r = read("ct_s61_mn23_fullwidth.txt")
    assert _money(only_project(r)) == (1.2e8, None, 9000 * W, 3000 * W)
    assert not {"fiscal_other_mismatch", "fiscal_total_gap"} & set(warning_codes(r))


def test_other_years_total_kept(read):
    """main: 2023's 500万元 dropped without a word."""
    r = read("ct_s61_mn23_two_years.txt")
    p = only_project(r)
    assert _money(p) == (None, 600 * W, None, None)
    assert other_fields(p) == {"2023年资金总额": "500万元"}


def test_other_years_total_alone_kept(read):
    """main: not kept, an unplaced_cell saying the form's own year is not known (it is 2024)."""
    r = read("ct_s61_mn23_other_year_only.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, None)
    assert other_fields(p) == {"2023年资金总额": "500万元"}
    assert "unplaced_cell" not in warning_codes(r)


def test_year_and_share_columns_are_no_money(read):
    """main: budget_fiscal and budget_other 2024万元 each, a false fiscal_other_mismatch."""
    r = read("ct_s61_mn23_share_table.txt")
    assert _money(only_project(r)) == (500 * W, None, 400 * W, 100 * W)
    assert not {"fiscal_other_mismatch", "unparsed_row"} & set(warning_codes(r))


def test_share_head_no_unparsed_row(read):
    """main: the head row's `金额（万元） | 占比（%）` an unparsed_row."""
    r = read("ct_s61_mn23_share_only.txt")
    assert _money(only_project(r)) == (500 * W, None, 400 * W, 100 * W)
    assert "unparsed_row" not in warning_codes(r)


def test_two_other_money_rows_summed(read):
    """main: budget_other 单位自筹's 20 alone, 社会资金 a source line of no group."""
    r = read("ct_s61_mn23_two_others.txt")
    assert _money(only_project(r)) == (150 * W, None, 100 * W, 50 * W)
    assert budget_lines(r) == [("资金总额", "单位自筹", 20 * W, "source"), ("资金总额", "社会资金", 30 * W, "source")]
    assert not {"fiscal_other_mismatch", "source_sum_mismatch"} & set(warning_codes(r))


def test_total_row_first_keeps_the_table(read):
    """main: the lines sources grouped under 项目预算明细 (the 合计 ended the table)."""
    r = read("ct_s61_mn23_total_first.txt")
    assert only_project(r)["budget_total"] == 180 * W
    assert budget_lines(r) == [(None, "土地平整", 100 * W, "composition"), (None, "灌溉渠系", 60 * W, "composition"),
                               (None, "田间道路", 20 * W, "composition")]
    assert warning_codes(r) == []


def test_total_row_first_checked(read):
    """main: 190 against lines of 180 said nothing."""
    r = read("ct_s61_mn23_total_first_off.txt")
    assert only_project(r)["budget_total"] == 190 * W
    assert [k for _g, _n, _a, k in budget_lines(r)] == ["composition"] * 3
    assert warning_codes(r) == ["budget_sum_mismatch"]


def test_levels_beside_self_raised_money_over_the_fiscal(read):
    """main: no word of the levels' 520 against the fiscal 450 (the block's 群众自筹 left it unchecked)."""
    r = read("ct_s61_mn23_levels_self_over.txt")
    assert only_project(r)["budget_fiscal"] == 450 * W
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "source_sum_mismatch"]
    assert len(said) == 1 and "budget_fiscal" in said[0] and "群众自筹" not in said[0]


def test_fiscal_money_beside_a_use_in_a_makeup_list(read):
    """main: no budget_fiscal (the list's 其他资金 was budget_other, its 财政资金 nothing)."""
    r = read("ct_s61_mn23_use_then_fiscal.txt")
    assert _money(only_project(r)) == (180 * W, None, 100 * W, None)
    assert budget_lines(r) == [("资金构成", "财政资金", 100 * W, "source"), ("资金构成", "设备购置", 80 * W, "source")]
    assert not {"source_sum_mismatch", "budget_sum_mismatch"} & set(warning_codes(r))


def test_misgrouped_figure_in_a_places_list_said(read):
    """main: 石桥镇's money null, nothing kept, no word."""
    r = read("ct_s61_mn23_place_misgrouped.txt")
    money = {other_fields(p)["地区"]: p["budget_year"] for p in r.tables["projects"]}
    assert money == {"城关镇": 120_000.0, "石桥镇": None, "东山乡": 80_000.0}
    odd = [p for p in r.tables["projects"] if other_fields(p)["地区"] == "石桥镇"][0]
    assert other_fields(odd)["分配资金"] == "1,20,000"
    said = [w for w in r.tables["warnings"] if w["code"] == "amount_unreadable"]
    assert len(said) == 1 and said[0]["message"].startswith("分配资金: 1,20,000") and said[0]["line"] == 5
