"""Mend md57 (session 65) of mend md53's left trade-off: in a text of a cell a line, a money label of no 其中 over its
figure past a field's row (`联系电话` / `139…`, then `乡镇自筹资金` / `30.00`) is no part's sibling (md53) — but its figure
is not lost without a word: an unparsed_row, as the form reader gives a row of no known label. Fixtures ct_s65_md57_*
from tests/fixtures/review/make_s65_md57.py; each answer was written by hand, field by field, before jixiao was run.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project

W = 10_000
P = "ct_s65_md57_"


def _parts(r):
    return [(b[1], b[2]) for b in budget_lines(r)]


def _unparsed(r):
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "unparsed_row"]


def test_town_money_past_phone_said_mutool(read):
    """mutool: `其中：中央财政资金` / `400.00`, `省级财政资金` / `100.00` (the sibling right after the part, a line as
    nw12 reads it), `联系电话` / `13908731234`, then `乡镇自筹资金` / `30.00`: no third part, and one unparsed_row
    naming the pair (it was dropped with no word)."""
    r = read(P + "phone_then_town_mutool.txt")
    p = only_project(r)
    assert p["budget_year"] == 500 * W
    assert _parts(r) == [("中央财政资金", 400 * W), ("省级财政资金", 100 * W)]
    assert _unparsed(r) == ["row without a known label: 乡镇自筹资金 | 30.00"]


def test_town_money_past_leader_and_phone_said_plain(read):
    """pdftotext plain, no part: `资金总额（万元）` / `1,200.00`, `项目负责人` / `杨`, `联系电话` / `0873-7652218`, then
    `乡镇配套资金` / `1,060.00`: no source line, an unparsed_row naming the pair with its figure as written."""
    r = read(P + "leader_then_town_plain.txt")
    p = only_project(r)
    assert p["budget_total"] == 1_200 * W
    assert _parts(r) == []
    assert _unparsed(r) == ["row without a known label: 乡镇配套资金 | 1,060.00"]


def test_text_and_table_say_the_town_money_alike(read):
    """The same form as a `|` table: the form reader keeps `乡镇自筹资金 | 30.00` in other_fields with an unparsed_row;
    the text of a cell a line now gives that same unparsed_row (it said nothing), and both read the parts and the
    contact's phone alike."""
    table, text = read(P + "phone_then_town_pipe.txt"), read(P + "phone_then_town_mutool.txt")
    assert _unparsed(table) == _unparsed(text) == ["row without a known label: 乡镇自筹资金 | 30.00"]
    assert _parts(table) == _parts(text) == [("中央财政资金", 400 * W), ("省级财政资金", 100 * W)]
    assert only_project(table)["phone"] == only_project(text)["phone"] == "13908731234"
