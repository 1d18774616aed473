"""Hunt sp13 (session 69): the speed of the text path (issue #2), no reading changed.

Hunted: the same pure question asked of the same row by several readers — cProfile with callers over 25 bench
dumps: `sub_project_head(row)` asked 2,075 times of 1,275 rows (by _row_fields_of, the reader's _sub_project_row,
_ends_table and _sub_project_inside), and the memoised `detect_header` / `is_title` / `is_year_line` entered as
Python calls only to read their row's memo (4,750 + 3,500 + 2,900 calls, most of them hits).

Decided: `sub_project_head` is computed once a row (`Row._sub`, 0 until asked, as `_header` is); the one place that
rewrites a cell of a row once built (tables' cut 四级 name joined onto the row above) forgets it. The hot callers
(FormReader.read, split_forms, _implied_indicator_header, _half_split, _level_pair_tables, split_summary_table) read
the row's memo first and call only when it is unset, as `profile` already did for detect_header.
Kept: every reading (the full snapshot against BASE; here the memo's answers are the uncached function's).
Left: the profile stays flat (_read_fields' own time, one long chain of tests a row, is the largest item); 1,000
forms per CPU-second needs fewer readers a row, not fewer calls of memo reads.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.txt import extract_txt
from parsers import core
from parsers.core import Row, document_rows, sub_project_head

ROOT = Path(__file__).resolve().parent.parent
# (dumps with 子项目 rows: heading their own row, and merged down over the rows below, reached leftwards)
DUMPS = ["tests/fixtures/review/ct_s64_ti19_sub_project_second_name.txt",
         "tests/fixtures/review/ct_s65_md54_dump_fields.txt",
         "tests/fixtures/review/ct_s65_rv125_sub_project_merged.txt",
         "tests/fixtures/review/ct_s65_rv132_sub_no_head.txt"]


def _rows(path: str) -> list[Row]:
    return document_rows(extract_txt((ROOT / path).read_bytes(), "x"))


@pytest.mark.parametrize("path", DUMPS)
def test_sub_project_head_memo_is_the_function(path):
    rows = _rows(path)
    heads = [sub_project_head(r) for r in rows]
    assert any(h is not None for h in heads)           # (each dump has a 子项目 row: the memo holds cells too)
    for r, h in zip(rows, heads):
        assert r._sub is h                              # (stored on the row: None as well as a cell)
        assert core._sub_project_head(r) is h           # (the uncached function gives the same cell)
        assert sub_project_head(r) is h


def test_sub_project_head_asked_once_a_row(monkeypatch):
    rows = _rows(DUMPS[0])
    calls = []
    real = core._sub_project_head
    monkeypatch.setattr(core, "_sub_project_head", lambda row: calls.append(row) or real(row))
    for _ in range(3):
        for r in rows:
            sub_project_head(r)
    assert len(calls) == len(rows)


def test_memo_forgotten_when_a_cell_is_rewritten():
    # (tables' cut 四级 name rewrites a cell of a built row and sets `_sub` back to 0: asked again, it is worked out
    # from the row's cells as they are now)
    rows = _rows(DUMPS[0])
    row = next(r for r in rows if sub_project_head(r) is not None and sub_project_head(r) is r.cells[0])
    from dataclasses import replace
    row.cells[0] = replace(row.cells[0], text="实施单位")
    row._sub = 0
    assert sub_project_head(row) is None


@pytest.mark.parametrize("path", DUMPS)
def test_memo_reads_give_the_functions_answers(path):
    # the callers' `row._title if row._title is not None else is_title(row)` (and _year's, _header's) are the calls'
    # answers, whether the memo was set before or not
    for r in _rows(path):
        fresh = Row(r.cells, r.grid, r.r, r.order, r.page_break)
        assert (r._title if r._title is not None else core.is_title(r)) == core.is_title(fresh)
        assert (r._year if r._year is not None else core.is_year_line(r)) == core.is_year_line(fresh)
        assert (r._header if r._header.__class__ is not int else core.detect_header(r)) == core.detect_header(fresh)
