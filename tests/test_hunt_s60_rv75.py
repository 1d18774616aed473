"""Review rv75 (session 60) of hunt mn22, with hunt nw6's money rules beside it: near cases of mn22's rules, fixtures
ct_s60_rv75_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s60_rv75.py); each reading was written
down by hand before jixiao was run.

Decided:
- a 资金构成 list is split into a composition and a source line only when every piece is an expense or a source's name
  and none names a money field: `设备购置80万元、人员培训100万元` (two uses, 人员培训 known as neither) stays lines of one
  kind — mn22 made 人员培训 a source, the uses a false budget_sum_mismatch; `设备购置80万元、其他资金100万元` gives
  budget_other 100 as any source list's 其他资金 does (mn22 lost it).
- a misgrouped figure (`12,5000`) is kept under the name the form writes — a sentence's clause's (`项目资金：12,5000万元`:
  `项目资金`, mn22 kept it under `项目总预算`, a label the form does not write), a matrix's head (`全年预算数`, mn22:
  `项目当年预算`) — and as written under a label stating its unit (`资金总额（万元） | 12,5000`: `12,5000`, mn21's; mn22
  made it `12,5000万元`); a part's row's (a budget line's, `其中：中央资金 | 12,00`) is said too (it went without a word).
- a bracket after an amount opened by 含 / 包括 / 包含 is read as one opened by 其中, as in a cell (_BARE_SPLIT): a fiscal
  part's `（含上年结转资金10万元）` its note (it was lost), a total's `（包括中央资金100万元，县级资金50万元）` its sources (the
  first was lost); so a fiscal part's bracket of money carried over named by its year (`财政资金120万元（其中2024年结转
  10万元）`: the note `财政资金说明`, as `（其中上年结转10万元）` is — it was a source line 2024年结转 of no group).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _unreadable(r):
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "amount_unreadable"]


def test_makeup_of_two_uses_not_split(read):
    """main: 设备购置 a composition line, 人员培训 a source line, budget_sum_mismatch (80 of 180)."""
    r = read("ct_s60_rv75_makeup_two_uses.txt")
    assert only_project(r)["budget_total"] == 180 * W
    lines = budget_lines(r)
    assert [(n, a) for _g, n, a, _k in lines] == [("设备购置", 80 * W), ("人员培训", 100 * W)]
    assert len({k for _g, _n, _a, k in lines}) == 1
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_makeup_with_the_other_money_field(read):
    """main: budget_other null, a false budget_sum_mismatch."""
    r = read("ct_s60_rv75_makeup_other_field.txt")
    assert _money(only_project(r)) == (180 * W, None, None, 100 * W)
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_misgrouped_kept_under_the_sentences_names(read):
    """main: kept under 项目总预算 (no name of the form's), both warnings naming it."""
    r = read("ct_s60_rv75_comma_named_total.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, 1000 * W)
    assert other_fields(p) == {"项目资金": "12,5000万元", "财政资金": "12,5000万元"}
    said = _unreadable(r)
    assert len(said) == 2 and said[0].startswith("项目资金: 12,5000万元") and said[1].startswith("财政资金: 12,5000万元")


def test_misgrouped_in_a_matrix_kept_under_its_head(read):
    """main: kept under 项目当年预算."""
    r = read("ct_s60_rv75_comma_matrix.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (120 * W, None, 118 * W)
    assert other_fields(p) == {"全年预算数": "1,20.00万元"}
    said = _unreadable(r)
    assert len(said) == 1 and said[0].startswith("全年预算数: 1,20.00万元")


def test_misgrouped_under_a_label_stating_its_unit_as_written(read):
    """main: `12,5000万元` under `资金总额（万元）` (the unit said twice)."""
    r = read("ct_s60_rv75_comma_cell_unit.txt")
    p = only_project(r)
    assert _money(p) == (None, None, None, None)
    assert other_fields(p) == {"资金总额（万元）": "12,5000", "财政资金": "10,0000万元"}
    assert len(_unreadable(r)) == 2


def test_misgrouped_part_row_said(read):
    """main: the line's amount null without a word."""
    r = read("ct_s60_rv75_comma_line_part.txt")
    assert only_project(r)["budget_total"] == 150 * W
    assert [(n, a) for _g, n, a, _k in budget_lines(r)] == [("中央资金", None), ("县级资金", 30 * W)]
    said = _unreadable(r)
    assert len(said) == 1 and said[0].startswith("中央资金: 12,00")


def test_carried_bracket_opened_by_han_on_a_line(read):
    """main: the bracket dropped without a word."""
    r = read("ct_s60_rv75_carried_han_line.txt")
    p = only_project(r)
    assert _money(p) == (150 * W, None, 120 * W, 30 * W)
    assert budget_lines(r) == []
    assert other_fields(p) == {"财政资金说明": "含上年结转资金10万元"}


def test_split_opened_by_baokuo_on_a_line(read):
    """main: 中央资金 dropped, 县级资金 alone a line."""
    r = read("ct_s60_rv75_including_levels.txt")
    p = only_project(r)
    assert p["budget_total"] == 150 * W
    assert [(n, a, k) for _g, n, a, k in budget_lines(r)] == [("中央资金", 100 * W, "source"), ("县级资金", 50 * W, "source")]


def test_carried_bracket_named_by_its_year_on_a_line(read):
    """main: a source line 2024年结转 of no group beside the fiscal part, no note."""
    r = read("ct_s60_rv75_carried_year_line.txt")
    p = only_project(r)
    assert _money(p) == (150 * W, None, 120 * W, 30 * W)
    assert budget_lines(r) == []
    assert other_fields(p) == {"财政资金说明": "其中2024年结转10万元"}


def test_levels_beside_self_raised_over_fiscal_left(read):
    """Left by rv75 (a strict xfail), said since hunt mn23: the levels' lines (中央 300, 县级 200) picked out of a
    资金来源 list beside 群众自筹 50 are checked against the form's 财政资金 450 (500 of 450 went unsaid)."""
    r = read("ct_s60_rv75_levels_self_raised.txt")
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "source_sum_mismatch"]
    assert len(said) == 1 and "budget_fiscal" in said[0]


def test_year_led_sentence_left(read):
    """Left by rv75 (a strict xfail), read since mend md33: a year-led total's sentence with parts
    (`2025年资金总额：1,260.00万元，其中：…`) is the year's budget and its parts (it was dropped without a word)."""
    r = read("ct_s60_rv75_year_sentence.txt")
    assert _money(only_project(r)) == (None, 1260 * W, 1000 * W, 260 * W)


def test_self_raised_after_a_bracketed_fiscal_part_left(read):
    """Left by rv75 (a strict xfail), read since hunt mn24: `企业自筹 | 30` after `其中：财政资金 | 120（其中上年结转10）` is
    budget_other, the bracket no end of the total's parts (it was a source line of no group, budget_other null)."""
    r = read("ct_s60_rv75_carried_cell_self_raised.txt")
    assert _money(only_project(r)) == (150 * W, None, 120 * W, 30 * W)


@pytest.mark.xfail(strict=True, reason="left: places beside a money label (hunt nw6) with one place's figure misgrouped "
                   "(`8,00`): the 合计 is no longer checked against the places and becomes a place's line, budget_total "
                   "null — the misgrouped figure is said (amount_unreadable); fine for now")
def test_places_with_a_misgrouped_figure_left(read):
    r = read("ct_s60_rv75_places_misgrouped.txt")
    assert only_project(r)["budget_total"] == 2000 * W
    assert "合计" not in [n for _g, n, _a, _k in budget_lines(r)]
