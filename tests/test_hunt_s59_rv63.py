"""Review rv63 (session 59) of hunt mn20, with fixtures ct_s59_rv63_* (text dumps, tab-separated cells, one DOCX and
one XLSX, from tests/fixtures/review/make_s59_rv63.py); each reading was written down by hand before jixiao was run.

Decided:
- a carried-over piece inside the levels is the total's note by the sum wherever the split is read — written with its
  units (`120万元（中央100万元，县级20万元，2024年结转10万元）`) or as a sentence (`资金总额120万元，其中中央100万元，县级
  20万元，上年结转10万元`), not only as bare figures in brackets (those were three lines, 130 of 120 flagged, budget_fiscal
  lost); the note with its unit (`2024年结转10万元`).
- `上年结转结余10` / `2024年结转结余10` in a total's brackets is a carried piece as `上年结转10` is (its 结余 made the
  bracket a note); `2024年度结转资金` keeps its 度 in the line's name.
- a source list's piece named by a year's 结转 (`…,2024年结转资金500万元`) is a source line (the list was an unparsed
  row).
- a bank loan beside 投资构成 (`银行贷款500万元`) is a source line, no use (mn20 made it a composition line); a list mixing
  it with a use stays an unparsed row.
- source_named_twice shows the row's amount with its unit (`450万元`, it said `450`).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _lines(r):
    return [(name, amount, kind) for _g, name, amount, kind in budget_lines(r)]


@pytest.mark.parametrize("name", ["ct_s59_rv63_carry_written.txt", "ct_s59_rv63_carry_written.docx"])
def test_carry_inside_written_with_units(read, name):
    """main: three lines, 130 of 120 flagged, no budget_fiscal."""
    r = read(name)
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (120 * W, 120 * W)
    assert budget_lines(r) == [("资金总额", "中央", 100 * W, "source"), ("资金总额", "县级", 20 * W, "source")]
    assert other_fields(p) == {"资金总额说明": "2024年结转10万元"}
    assert "source_sum_mismatch" not in warning_codes(r)


def test_carry_inside_sentence(read):
    """main: three lines, 130 of 120 flagged."""
    r = read("ct_s59_rv63_carry_sentence_inside.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (120 * W, 120 * W)
    assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 20 * W, "source")]
    assert other_fields(p) == {"项目资金说明": "上年结转10万元"}
    assert "source_sum_mismatch" not in warning_codes(r)


def test_carry_jieyu_inside(read):
    """main: the whole bracket a note, no line."""
    r = read("ct_s59_rv63_carry_jieyu.txt")
    p = only_project(r)
    assert budget_lines(r) == [("资金总额", "中央", 100 * W, "source"), ("资金总额", "县级", 20 * W, "source")]
    assert other_fields(p) == {"资金总额说明": "上年结转结余10万元"}


def test_carry_jieyu_extra(read):
    """main: the whole bracket a note, no line."""
    r = read("ct_s59_rv63_carry_jieyu_extra.txt")
    assert _lines(r) == [("中央", 90 * W, "source"), ("县级", 20 * W, "source"), ("2024年结转结余", 10 * W, "source")]
    assert other_fields(only_project(r)) == {}
    assert "source_sum_mismatch" not in warning_codes(r)


def test_carry_year_du_named_as_written(read):
    """main: the line named 2024年结转资金 (its 度 dropped)."""
    r = read("ct_s59_rv63_carry_year_du.txt")
    assert _lines(r) == [("中央", 90 * W, "source"), ("县级", 20 * W, "source"), ("2024年度结转资金", 10 * W, "source")]


def test_carry_beside_adjusted(read):
    """main: the note `上年结转10` without its unit (the lines as here)."""
    r = read("ct_s59_rv63_carry_adjusted.txt")
    p = only_project(r)
    assert p["budget_year"] == 120 * W
    assert budget_lines(r) == [("调整后预算数", "中央", 100 * W, "source"), ("调整后预算数", "县级", 20 * W, "source")]
    assert other_fields(p).get("调整后预算数说明") == "上年结转10万元"


@pytest.mark.parametrize("name", ["ct_s59_rv63_list_carry_year.txt", "ct_s59_rv63_list_carry_year.xlsx"])
def test_list_names_a_years_carry(read, name):
    """main: the list an unparsed row, no line."""
    r = read(name)
    assert budget_lines(r) == [("资金来源", "中央资金", 1000 * W, "source"), ("资金来源", "县级资金", 2000 * W, "source"),
                               ("资金来源", "2024年结转资金", 500 * W, "source")]
    assert "unparsed_row" not in warning_codes(r)


def test_loan_beside_touzi_goucheng(read):
    """main: a composition line (a loan read as a use)."""
    r = read("ct_s59_rv63_makeup_loan.txt")
    assert budget_lines(r) == [("投资构成", "银行贷款", 500 * W, "source")]


def test_loan_and_use_beside_touzi_goucheng(read):
    """main: two composition lines (the loan read as a use)."""
    r = read("ct_s59_rv63_makeup_loan_mixed.txt")
    assert budget_lines(r) == []
    assert "unparsed_row" in warning_codes(r)


def test_named_twice_message_gives_the_rows_unit(read):
    """main: `500万元 in the list and 450 on its own row`."""
    r = read("ct_s59_mn20_list_rows_differ.txt")
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "source_named_twice"]
    assert len(said) == 2 and "500万元 in the list and 450万元 on its own row" in said[0]
