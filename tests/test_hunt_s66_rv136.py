"""Review rv136 (session 66) of hunt of13 (merged as b5d23fba): its two rules — Excel's 万元 number format `0!.0000`
as LibreOffice rewrites it in the .xls it saves (`0\\!.0000`), and a total's own head (资金总额 / 总额 / 总金额) under a
label naming the year's total read as the year's budget — tried on forms the hunt did not make
(tests/fixtures/review/ct_s66_rv136_*, made by tests/fixtures/review/make_s66_rv136.py). Each reading was written
down by hand before the run.

Decided (wrong on BASE, fixed):
- money in 元 with its 分 shown in 万元 by `0!.0000` (or LibreOffice's `0\\!.0000`): 1,234,567.89 was shown
  `123.4567.89` (the digits the format does not show put after a second point), the money row an `unparsed_row` and
  the form's money all null; now `123.456789` (the digits kept after the shown ones, as an amount of more digits than
  its format shows keeps them), 1,234,567.89 元 — in the .xlsx and its LibreOffice .xls alike;
- a total's head of the 合计 family in another spelling — `资金合计`, `金额合计`, `小计` — is read as a `合计` head
  is: under a label naming the year's money the year's budget (`年度资金总额（万元） | 资金合计 | 财政拨款 | 其他资金`
  over `| 360.00 | 300.00 | 60.00`: 360), under a project's money label the total (`项目资金（万元） | 资金合计 | …`),
  under a 部门整体 form's `年度预算申请（万元） | 资金合计 | 基本支出 | 项目支出` the year's with its uses as lines
  (as its `合计` is); the figure was lost without a word (the two rows `unparsed_row` in the 部门整体 form);
- under a label naming the year's total, `预算总额` (a total's own label as 资金总额 is, `项目资金总额` /
  `预算总金额` alike) is the year's budget too (it stayed budget_total, budget_year null).
Kept (read right on BASE, guards): a Word form's `年度资金总额（万元）` merged down over `资金总额 | 财政拨款 | 其他资金`
and their figures (the year's 168, no total); a `小计` of two sources beside the block's `合计` (`中央资金 | 省级资金 |
小计 | 县级配套 | 合计`) is not taken for the total (the block stays unread, its rows flagged, as on BASE).
Left (strict xfail; read since hunt mn30 of session 67, the period's parts in other_fields): a period's block over a
year's, both `<label> | 资金总额 | 财政拨款 | 其他资金` — `中期资金总额` the
total 1000 and `年度资金总额` the year's 360 are read, but the split is the period's (800 / 200, set first), not the
year's 300 / 60. Also left: `年度资金（万元） | 资金总额 | …` (a year's label naming no 总额) keeps budget_total, as
of13 decided for a 部门整体 form's `年度预算申请`; a LibreOffice page or PDF of such a workbook shows the figure as
LibreOffice does, `1500000!.0000`, and is not read as 万元.
"""
from __future__ import annotations

import json

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

PRE = "ct_s66_rv136_"
W = 10000.0


@pytest.mark.parametrize("name", ["cents.xlsx", "cents.xls"])
def test_yuan_with_fen_shown_in_wan(read, name):
    """1,234,567.89 / 1,034,567.78 / 200,000.11 元 shown in 万元 by `0!.0000_ ` (the .xls: `0\\!.0000_ `)."""
    r = read(PRE + name)
    p = only_project(r)
    assert p["name"] == "农村生活污水治理"
    assert p["budget_total"] is None
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == pytest.approx(
        (1234567.89, 1034567.78, 200000.11), abs=0.001)
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "完成污水治理行政村", ">=", 15.0, "个")
    assert r.tables["warnings"] == []


@pytest.mark.parametrize("what", ["budget_head", "money_sum", "subtotal", "amount_sum"])
def test_year_total_label_over_a_total_head_of_another_spelling(read, what):
    """`年度资金总额（万元） | 预算总额 / 资金合计 / 小计 / 金额合计 | 财政拨款 | 其他资金` over `| 360.00 | 300.00 | 60.00`."""
    r = read(PRE + "year_" + what + ".txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        None, 360 * W, 300 * W, 60 * W)
    assert warning_codes(r) == []


def test_project_money_label_over_a_money_sum_head(read):
    """`项目资金（万元） | 资金合计 | 财政拨款 | 其他资金`: 资金合计 the total, as 合计 there is."""
    r = read(PRE + "project_money_sum.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        360 * W, None, 300 * W, 60 * W)
    assert warning_codes(r) == []


def test_dept_year_request_over_a_money_sum_head(read):
    """部门整体: `年度预算申请（万元） | 资金合计 | 基本支出 | 项目支出` read as its `合计` is: the year's, uses lines."""
    r = read(PRE + "dept_money_sum.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (None, 1826.5 * W)
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [("基本支出", 986.5 * W, "use"), ("项目支出", 840 * W, "use")]
    assert warning_codes(r) == []


def test_subtotal_beside_a_total_is_no_total(read):
    """`资金来源（万元） | 中央资金 | 省级资金 | 小计 | 县级配套 | 合计` over `| 200 | 100 | 300 | 60 | 360`: the 小计 (of the
    two sources left of it) is not the project's total — left unread with its rows flagged, as on BASE."""
    r = read(PRE + "subtotal_beside_total.txt")
    p = only_project(r)
    assert p["budget_total"] != 300 * W and p["budget_year"] is None
    assert p["budget_total"] == 360 * W or warning_codes(r).count("unparsed_row") == 2


def test_word_form_year_label_merged_over_total_head(read):
    r = read(PRE + "year_merged.docx")
    p = only_project(r)
    assert (p["name"], p["unit"]) == ("乡镇综合文化站免费开放", "某市群众艺术馆")
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        None, 168 * W, 150 * W, 18 * W)
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == []


# (a strict xfail here, mended by hunt mn30 of session 67: the period's block, read first, set budget_fiscal /
# budget_other 800 / 200 and the year's block kept them, its 300 / 60 lost; the period's parts now in other_fields)
def test_period_block_over_year_block(read):
    """`中期资金总额（万元） | 资金总额 | 财政拨款 | 其他资金` over `| 1,000.00 | 800.00 | 200.00`, then the same under
    `年度资金总额（万元）` over `| 360.00 | 300.00 | 60.00`: total the period's, the year's budget and split the year's."""
    r = read(PRE + "period_then_year.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        1000 * W, 360 * W, 300 * W, 60 * W)
    assert warning_codes(r) == []
    assert json.loads(p["other_fields"]) == {"中期财政拨款": "800.00万元", "中期其他资金": "200.00万元"}
