"""Hunt mn20 (session 59): money leftovers of hunt mn19, review rv61 and mend md24, with fixtures ct_s59_mn20_* (text
dumps, tab-separated cells, and two DOCX, from tests/fixtures/review/make_s59_mn20.py); each reading was written down
by hand before jixiao was run.

Decided:
- a colon-less list of the fields (`资金来源 | 财政资金500万元、其他资金100万元`) beside labelled rows of the same field
  with another amount (`其中：财政资金 | 450`), in either order: the row's the field, the list's line kept, and a
  `source_named_twice` (the list's 500 beside the row's 450 went unflagged); one that agrees in another unit
  (`5,000,000.00` under 元 beside `500万元`) says nothing.
- a total's bracket of sources with a carried-over part (`120（中央90，县级20，2024年结转10）`): lines of kind source when
  all the pieces add up to the total (it was a note); when the others alone make the total
  (`120（中央100，县级20，2024年结转10）`) the 结转 is inside them: their lines, the 结转 piece the total's note; when
  neither adds up, all the pieces' lines, source_sum_mismatch flags them.
- a lone use beside 投资构成 (`建安工程费500万元`, `建安工程费：500万元`): a composition line (dropped without a word).
- uses beside 资金构成 (`建安工程费300万元、设备购置费200万元`): composition lines as beside 投资构成 (they were source
  lines); sources beside it stay source lines.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _lines(r):
    return [(name, amount, kind) for _g, name, amount, kind in budget_lines(r)]


@pytest.mark.parametrize("name", ["ct_s59_mn20_list_rows_differ.txt", "ct_s59_mn20_list_rows_differ.docx"])
def test_list_beside_rows_of_other_amounts(read, name):
    """main: the rows' fields, the list's lines, no word of the two amounts."""
    r = read(name)
    assert _money(only_project(r)) == (600 * W, None, 450 * W, 150 * W)
    assert budget_lines(r) == [("资金来源", "财政资金", 500 * W, "source"), ("资金来源", "其他资金", 100 * W, "source")]
    codes = warning_codes(r)
    assert codes.count("source_named_twice") == 2 and "fiscal_other_mismatch" not in codes
    said = " ".join(w["message"] for w in r.tables["warnings"] if w["code"] == "source_named_twice")
    assert "450" in said and "500" in said


def test_list_beside_rows_in_yuan(read):
    """main: no word of 100万元 beside 1,200,000.00 (the 500万元 beside 5,000,000.00 agrees: no word)."""
    r = read("ct_s59_mn20_list_rows_yuan.txt")
    assert _money(only_project(r)) == (6_000_000, None, 5_000_000, 1_200_000)
    codes = warning_codes(r)
    assert codes.count("source_named_twice") == 1 and "fiscal_other_mismatch" in codes


def test_rows_then_list(read):
    """main: the rows' fields, the list's lines after them, no word."""
    r = read("ct_s59_mn20_rows_then_list.txt")
    assert _money(only_project(r)) == (600 * W, None, 450 * W, 150 * W)
    assert _lines(r) == [("财政资金", 500 * W, "source"), ("其他资金", 100 * W, "source")]
    assert warning_codes(r).count("source_named_twice") == 2


# (the note with the label's unit, `2024年结转10万元`: read by the money sentence as its written twin is, review rv63)
@pytest.mark.parametrize("name, note", [("ct_s59_mn20_carry_inside.txt", "2024年结转10万元"),
                                        ("ct_s59_mn20_carry_inside_prev.txt", "上年结转10万元")])
def test_carry_inside(read, name, note):
    """main: the bracket a note, no line (2024年结转); three lines, 130 of 120 flagged (上年结转)."""
    r = read(name)
    p = only_project(r)
    assert _money(p) == (120 * W, None, 120 * W, None)
    assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 20 * W, "source")]
    assert other_fields(p) == {"资金总额说明": note}
    assert "source_sum_mismatch" not in warning_codes(r)


def test_carry_extra(read):
    """main: the bracket a note, no line."""
    r = read("ct_s59_mn20_carry_extra.txt")
    p = only_project(r)
    assert p["budget_total"] == 120 * W
    assert _lines(r) == [("中央", 90 * W, "source"), ("县级", 20 * W, "source"), ("2024年结转", 10 * W, "source")]
    assert other_fields(p) == {}
    assert "source_sum_mismatch" not in warning_codes(r)
    # (kept, right on main: nothing adding up either way, all the lines, flagged; 元 with its own figures)
    r = read("ct_s59_mn20_carry_off.txt")
    assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 30 * W, "source"), ("上年结转", 10 * W, "source")]
    assert "source_sum_mismatch" in warning_codes(r)
    r = read("ct_s59_mn20_carry_yuan.txt")
    assert only_project(r)["budget_total"] == 1_200_000
    assert _lines(r) == [("中央财政", 900_000, "source"), ("县级财政", 200_000, "source"), ("上年结转", 100_000, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_carry_sentence(read):
    """main: the 结转 clause dropped without a word, the two lines 110 of 120 flagged."""
    r = read("ct_s59_mn20_carry_sentence.txt")
    assert only_project(r)["budget_total"] == 120 * W
    assert _lines(r) == [("中央", 90 * W, "source"), ("县级", 20 * W, "source"), ("2024年结转", 10 * W, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_makeup_one(read):
    """main: the use dropped without a word."""
    r = read("ct_s59_mn20_makeup_one.txt")
    assert only_project(r)["budget_total"] == 500 * W
    assert budget_lines(r) == [("投资构成", "建安工程费", 500 * W, "composition")]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_makeup_one_colon_short(read):
    """main: the use dropped without a word (500 of 600 unchecked)."""
    r = read("ct_s59_mn20_makeup_one_colon.txt")
    assert only_project(r)["budget_total"] == 600 * W
    assert budget_lines(r) == [("投资构成", "建安工程费", 500 * W, "composition")]
    assert "budget_sum_mismatch" in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s59_mn20_makeup_uses.txt", "ct_s59_mn20_makeup_uses.docx"])
def test_uses_beside_zijin_goucheng(read, name):
    """main: source lines (the uses read as where the money comes from)."""
    r = read(name)
    assert _money(only_project(r)) == (500 * W, None, None, None)
    assert budget_lines(r) == [("资金构成", "建安工程费", 300 * W, "composition"),
                               ("资金构成", "设备购置费", 200 * W, "composition")]
    assert "budget_sum_mismatch" not in warning_codes(r)
    # (sources beside the same label stay sources)
    s = read("ct_s59_mn20_makeup_sources.txt")
    assert [(n, a, k) for _g, n, a, k in budget_lines(s)] == [("中央资金", 300 * W, "source"), ("县级资金", 200 * W, "source")]
    assert only_project(s)["budget_fiscal"] == 500 * W


def test_uses_beside_zijin_goucheng_short(read):
    """main: source lines, the 100 short flagged as a gap of sources."""
    r = read("ct_s59_mn20_makeup_uses_short.txt")
    assert only_project(r)["budget_total"] == 600 * W
    assert _lines(r) == [("建安工程费", 300 * W, "composition"), ("设备购置费", 200 * W, "composition")]
    codes = warning_codes(r)
    assert "budget_sum_mismatch" in codes and "source_sum_mismatch" not in codes
