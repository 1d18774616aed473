"""Hunt sp3 (session 58): the speed of the per-row checks this session's rules added to the text path, no reading
changed. Fixtures ct_s58_sp3_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s58_sp3.py); each
reading was written down by hand before jixiao was run. These tests pin the gates: they pass on main too (a gate
changes no answer; the speed is measured with the session's calls tool, no timed assertion here).

Decided (each gate answers as the check it guards did, on every row of the fixtures below):
- `_grade_scale` asks `_grades_under_bands` only where a row of a head and two grades at least follows (`评价等级 | 优
  | 良`), not of a text line; it takes the row's filled cells only past its head's test;
- `_values_cut_below` is asked only where a row of the same grid follows (its own first test);
- `_unit_cut_below` tests the row above (grid, column, a text line) before folding the piece (`（万元）`);
- `_sources_block` is asked only where a test reads it (a fiscal field's list, a cell of sources' pairs);
- `core._offices_name_lines` returns a row of fewer than two named cells at once (an office and an amount at least).
"""
from __future__ import annotations

import datetime as dt

import pytest

from jixiao.pipeline import process_file
from parsers import core, forms
from tests.hunt_tools import budget_lines, only_project, other_fields

W = 10_000
REVIEW = "tests/fixtures/review/"
# the fixtures whose rows the gates are checked on: this hunt's, and the session's own of the guarded rules
ROWS_OF = ["ct_s58_sp3_values_cut.txt", "ct_s58_sp3_unit_cut.txt", "ct_s58_sp3_bands_first.txt",
           "ct_s58_rv59_grade_across_bands_first.txt", "ct_s58_rv59_grade_across_words.txt",
           "ct_s58_rv59_grade_line.txt", "ct_s58_rv57_unit_cut_yuan.txt", "ct_s58_rv57_unit_row_values.txt",
           "ct_s58_md20_loan_list.txt", "ct_s58_md17_units.txt", "ct_s58_md17_roster.txt"]


@pytest.fixture(scope="module")
def readers():
    """Every FormReader the pipeline made over ROWS_OF, once its form was read (its rows as it read them)."""
    made: list = []
    init = forms.FormReader.__init__

    def spy(self, *a, **k):
        init(self, *a, **k)
        made.append(self)
    forms.FormReader.__init__ = spy
    try:
        for name in ROWS_OF:
            process_file(REVIEW + name)
    finally:
        forms.FormReader.__init__ = init
    assert made
    return made


def test_values_cut(read):
    """`年度资金总额 | | 其中：财政拨款 |` over `（万元） | 120.00 | | 120.00`: 120 万 each; the spaced sign-off read."""
    r = read("ct_s58_sp3_values_cut.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (120 * W, 120 * W)
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [("中央资金", 80 * W, "source"),
                                                             ("县级资金", 40 * W, "source")]
    assert (p["contact"], p["phone"], p["fill_date"]) == ("李红", "13807381234", dt.date(2025, 1, 8))


def test_unit_cut(read):
    """`资金总额 | 960 | 其中：中央资金 | 720` over `（万元） | | 地方配套 | 240`: 960 万, the two its sources' lines in 万.
    (Written first as fiscal 720 万: the reader takes the county's matching money as fiscal too, 960 万, on main the
    same — a reading this hunt keeps.)"""
    r = read("ct_s58_sp3_unit_cut.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (960 * W, 960 * W)
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [("中央资金", 720 * W, "source"),
                                                             ("地方配套", 240 * W, "source")]


def test_bands_first(read):
    """`分值 | ≥90 | 80-89 | …` over `评价等级 | 优 | 良 | 中 | 差` under the 评分表: the scale 考核等次, no grade."""
    p = only_project(read("ct_s58_sp3_bands_first.txt"))
    assert other_fields(p) == {"考核等次": "优：≥90；良：80-89；中：60-79；差：<60"}
    assert (p["score"], p["grade"]) == (96, None)


def test_grades_under_bands_gate(readers):
    """Where `_grade_scale` skips `_grades_under_bands` (a text line, no row below, a row below of fewer than three
    cells), the check itself answers None; and it is asked (answers an index) where the fixtures' scales stand."""
    skipped = found = 0
    for fr in readers:
        for i, row in enumerate(fr.rows):
            if row.is_text_line or i + 1 >= len(fr.rows) or len(fr.rows[i + 1].cells) < 3:
                skipped += 1
                assert fr._grades_under_bands(i, row) is None, (i, [c.text for c in row.cells])
            elif not forms._grade_scale_head(row.cells[0].text) and fr._grades_under_bands(i, row) is not None:
                found += 1
    assert skipped > 20 and found >= 1       # (the scales read: asked again, the check still finds them)


def test_values_cut_below_gate(readers):
    """Where `_read_fields` skips `_values_cut_below` (no row of the same grid below), the check gives its cells back."""
    skipped = 0
    for fr in readers:
        for i, row in enumerate(fr.rows):
            if row.grid is None or i + 1 >= len(fr.rows) or fr.rows[i + 1].grid is not row.grid:
                skipped += 1
                assert fr._values_cut_below(i, row, row.cells) is row.cells
    assert skipped > 20


def test_unit_cut_below_order(readers):
    """`_unit_cut_below` asks the row above first, the piece's fold after: where the piece is no bare unit, or the
    row above no label of its column in its grid, the cells come back as they were, on every row (the first too)."""
    checked = 0
    for fr in readers:
        for i, row in enumerate(fr.rows):
            above = fr.rows[i - 1] if i else None
            fits = above is not None and above.cells and row.cells and above.grid is row.grid \
                and not above.is_text_line and above.cells[0].col == row.cells[0].col
            if not fits or not forms._bare_unit(row.cells[0].text):
                checked += 1
                assert fr._unit_cut_below(i, row, row.cells) is row.cells
    assert checked > 20


def test_sources_block_asked_when_read(readers, monkeypatch):
    """`_sources_block` answers as it did wherever it is now asked: the same for the money section the form ends in."""
    for fr in readers:
        section = fr.money_section
        want = section is not None and ("来源" in section[0] or core.label_key(section[0]) in forms._SOURCES_HEAD)
        assert fr._sources_block() is want


@pytest.mark.parametrize("roles", [[], [{"budget": ("amount", 1.0)}], [{"people": ("office", 1.0)}],
                                   [{"budget": ("seq", 1.0)}]])
def test_offices_short_rows(roles):
    """A row of fewer than two named cells comes back as it is (no office beside an amount can stand in it)."""
    cell = core.Cell(0, 0, "单位")
    named = [(cell, m) for m in roles]
    assert core._offices_name_lines(named) is named


def test_offices_named():
    """`序号 | 单位 | 金额（万元）`: the office names the lines — the check still reads rows of two or more."""
    cells = [core.Cell(0, k, t) for k, t in enumerate(["序号", "单位", "金额（万元）"])]
    named = [(cells[0], {"budget": ("seq", 1.0)}), (cells[1], {"people": ("office", 1.0)}),
             (cells[2], {"budget": ("amount", 1.0)})]
    got = core._offices_name_lines(named)
    assert got[1][1]["budget"] == ("name", 1.0) and got[0] is named[0] and got[2] is named[2]
