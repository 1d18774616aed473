"""Hunt mn25 (session 63): money, with fixtures ct_s63_mn25_* (text dumps, tab-separated cells or a layout dump's `|`
bars, and a workbook, from tests/fixtures/review/make_s63_mn25.py); each reading was written down by hand before jixiao
was run.

Decided:
- a total's cell with one part in a 其中 bracket that names a field of the total's parts (`860.00（其中：财政拨款
  860.00）`, `126.5（其中自筹资金26.5）`) is that field, as the same text on a line reads it (it was the note
  `资金总额说明`, budget_fiscal / budget_other lost); one part of no field (`其中结转资金30`) stays the note (rv43).
  The rows of parts under such a total's cell are in its label's unit, as under a total of no bracket (`项目资金（万元）
  | 126.5（…）` over `其中：财政资金 | 100`: 100万, it was 100 元).
- a bound or a range written for the money on a line (`资金总额：50-80万元`) or beside the block's label 项目资金
  (`项目资金：不超过150万元`, `项目资金（万元） | 80-100`) is kept as written under its label, as a field's pair cell is
  (it was lost without a word).
- a count among the rows under `资金来源 | 金额` (`受益人口 | 1200`, `补助户数 | 120`) is no money line: kept as written
  under its label (it was a source line of 1200万).
- a self-raised row over the catch-all 其他资金 (`单位自筹 | 30`, `其他资金 | 20` beside `其中：财政资金 | 150` of 200)
  are the rest's two parts when the three make the total and the catch-all alone does not: budget_other 50, each a
  source line (it was 20, a false fiscal_other_mismatch); `50` and `50` stay rv73's (the catch-all the field); so on
  lines with colons (`单位自筹：30`, `其他资金：20`: the money sentence dropped the catch-all, the field read).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_total_bracket_of_the_fiscal_part(read):
    """main: budget_fiscal null, the bracket kept as 资金总额说明."""
    r = read("ct_s63_mn25_total_bracket_fiscal.txt")
    p = only_project(r)
    assert _money(p) == (860 * W, None, 860 * W, None)
    assert "资金总额说明" not in other_fields(p)
    assert budget_lines(r) == []


def test_total_bracket_of_the_raised_part(read):
    """main: budget_other null, the bracket kept as 项目资金说明."""
    r = read("ct_s63_mn25_total_bracket_raised.txt")
    p = only_project(r)
    assert _money(p) == (126.5 * W, None, 100 * W, 26.5 * W)
    assert "项目资金说明" not in other_fields(p)
    assert not {"fiscal_other_mismatch", "fiscal_total_gap"} & set(warning_codes(r))


def test_range_on_a_line_kept(read):
    """main: lost without a word."""
    r = read("ct_s63_mn25_range_line.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, None)
    assert other_fields(p) == {"资金总额": "50-80万元"}


def test_bound_beside_the_block_label_on_a_line_kept(read):
    """main: lost without a word."""
    r = read("ct_s63_mn25_bound_block_line.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, None)
    assert other_fields(p) == {"项目资金": "不超过150万元（以财政评审为准）"}


def test_range_beside_the_block_label_in_bars_kept(read):
    """main: lost without a word."""
    r = read("ct_s63_mn25_range_block_bars.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, None)
    assert other_fields(p) == {"项目资金（万元）": "80-100"}


def test_people_among_source_rows_no_money(read):
    """main: a source line 受益人口 of 12,000,000 元."""
    r = read("ct_s63_mn25_people_among_sources.txt")
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_other"]) == (150 * W, 50 * W)
    assert budget_lines(r) == []
    assert other_fields(p) == {"受益人口": "1200"}


def test_households_among_source_rows_in_bars_no_money(read):
    """main: a source line 补助户数 of 1,200,000 元 between the levels, a false source_sum_mismatch."""
    r = read("ct_s63_mn25_count_among_sources_bars.txt")
    p = only_project(r)
    assert p["budget_total"] == 200 * W
    assert budget_lines(r) == [("资金来源", "中央资金", 150 * W, "source"), ("资金来源", "县级资金", 50 * W, "source")]
    assert other_fields(p) == {"补助户数": "120"}
    assert "source_sum_mismatch" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s63_mn25_raised_then_rest.txt", "ct_s63_mn25_raised_then_rest.xlsx"])
def test_raised_row_over_the_catch_all_rest(read, name):
    """main: budget_other 20 (其他资金 replaced 单位自筹's 30), a false fiscal_other_mismatch."""
    r = read(name)
    p = only_project(r)
    assert _money(p) == (200 * W, None, 150 * W, 50 * W)
    assert budget_lines(r) == [("资金总额", "单位自筹", 30 * W, "source"), ("资金总额", "其他资金", 20 * W, "source")]
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_raised_line_over_the_catch_all_rest_line(read):
    """main: budget_other 30 (the money sentence dropped `其他资金：20`, the field read), a false fiscal_other_mismatch."""
    r = read("ct_s63_mn25_raised_then_rest_lines.txt")
    p = only_project(r)
    assert _money(p) == (200 * W, None, 150 * W, 50 * W)
    assert budget_lines(r) == [("资金总额", "单位自筹", 30 * W, "source"), ("资金总额", "其他资金", 20 * W, "source")]
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_range_in_a_money_sentence_left(read):
    p = only_project(read("ct_s63_mn25_range_sentence.txt"))
    assert p["budget_fiscal"] == 50 * W
    assert other_fields(p) == {"预算金额": "约50-80万元"}
