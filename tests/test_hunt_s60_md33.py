"""Mend md33 (session 60): review rd's findings A1-A6 on the money rules of hunts mn22 and nw6, with fixtures
ct_s60_md33_* (text dumps, from tests/fixtures/review/make_s60_md33.py); each reading was written down by hand before
jixiao was run.

Decided:
- A1: a money sentence on a line the dump cut into cells ends before a cell opening with the label of a field of no
  money (`…，其他资金60万元          项目负责人：刘建军          联系电话：…`): the cells after it are read as fields
  (the leader and the phone were joined into the sentence and lost without a word).
- A2: a year's total whose commas group no thousands (`2024年资金总额：26,0000`, on its line or its row) is said under
  the label written (`2024年资金总额`), not the field's first label (`项目当年预算`).
- A3: a year's money sentence (`2024年资金总额：260万元，其中：财政资金200万元，其他资金60万元`) is read as the sentence
  under the year's word (`年度资金总额：…`): budget_year and its parts, when the year is the form's; another year's stays
  unread, as its lone amount does (mn22).
Mended on main by the reviews merged meanwhile (guards here): A4 by rv73 (`群众自筹 | 30`, `银行贷款 | 30` after the fiscal
part: no budget_other, both source lines), A5 by rv75 (`（含上年结转30万元）` the part's note), A6 by rv75 (one piece of
the two patterns).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _said(r, code):
    return [w["message"] for w in r.tables["warnings"] if w["code"] == code]


def test_sentence_then_leader_and_phone_on_its_line(read):
    """main: the money read, the leader and the phone lost without a word."""
    r = read("ct_s60_md33_cut_leader.txt")
    p = only_project(r)
    assert _money(p) == (260 * W, None, 200 * W, 60 * W)
    assert (p["leader"], p["phone"]) == ("刘建军", "0746-5221234")
    assert "unplaced_cell" not in warning_codes(r) and other_fields(p) == {}


def test_sentence_then_unit_on_its_line(read):
    """main: the unit lost without a word."""
    r = read("ct_s60_md33_cut_unit.txt")
    p = only_project(r)
    assert _money(p) == (260 * W, None, 200 * W, 60 * W)
    assert p["unit"] == "某县公路养护中心"


@pytest.mark.parametrize("name", ["ct_s60_md33_year_comma_line.txt", "ct_s60_md33_year_comma_row.txt"])
def test_year_total_misgrouped_said_under_its_label(read, name):
    """main: said and kept under `项目当年预算`, a label the form does not write."""
    r = read(name)
    p = only_project(r)
    assert _money(p) == (None, None, None, None)
    assert other_fields(p) == {"2024年资金总额": "26,0000"}
    said = _said(r, "amount_unreadable")
    assert len(said) == 1 and said[0].startswith("2024年资金总额: 26,0000")


def test_year_money_sentence_read(read):
    """main: nothing read, no word."""
    r = read("ct_s60_md33_year_sentence.txt")
    p = only_project(r)
    assert _money(p) == (None, 260 * W, 200 * W, 60 * W)
    assert "fiscal_other_mismatch" not in warning_codes(r) and budget_lines(r) == []


def test_another_years_money_sentence_not_the_forms(read):
    """Guard (as main): 2023's money in a 2024 form is no money of the form's year."""
    p = only_project(read("ct_s60_md33_year_sentence_other.txt"))
    assert _money(p) == (None, None, None, None)


def test_carried_over_note_opened_by_han(read):
    """Guard of review rv75's reading (main at f0ae0574: the bracket dropped without a word)."""
    r = read("ct_s60_md33_carried_han.txt")
    p = only_project(r)
    assert _money(p) == (260 * W, None, 200 * W, 60 * W)
    assert other_fields(p) == {"财政资金说明": "含上年结转30万元"}
    assert budget_lines(r) == []


def test_two_kinds_of_other_money_rows(read):
    """Guard of review rv73's reading (main at f0ae0574: budget_other the 自筹 alone, 30 of the 60 other money, the loan
    a line making up the total): the 自筹 row not closing the block is no budget_other, both rows source lines adding
    up with the fiscal part to the total, nothing said. Since hunt mn24 the two rows are the total's other parts summed
    (mn23's rule, as `单位自筹 | 20` over `社会资金 | 30`): budget_other 60, both lines under 资金总额 (the 自筹 row over a
    sibling of other money takes the field, the catch-all `其他资金` below it would replace it, rv73's case)."""
    r = read("ct_s60_md33_other_rows.txt")
    p = only_project(r)
    assert _money(p) == (260 * W, None, 200 * W, 60 * W)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("群众自筹", 30 * W, "source"), ("银行贷款", 30 * W, "source")]
    assert not {"fiscal_other_mismatch", "fiscal_total_gap"} & set(warning_codes(r))
