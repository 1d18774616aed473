"""Mend md12 (session 56): XLSX formulas without cached values (extract/xlformula.py, extract/office.py
_formula_values), two findings of a review.

Decided (fixed):
- a chain of formulas pointing down (`B{r} = B{r+1}+1` over 300 rows, no cached values, as a program writes them)
  hit Python's recursion limit: 209 cells read empty with 209 `formula_not_computed` warnings, where Excel computes
  all. A chain deeper than extract.office._DEEP cells is now computed from its far end back (an explicit stack of
  the cells waiting, each on the next): every cell has its value.
- whole-column lookups (`VLOOKUP(x,项目库!A:B,2,0)` in 200 cells over 3,000 rows) built the whole range again for
  each formula and scanned it: quadratic. The range is built once for a workbook's formulas (`cache` of
  `evaluate`, keyed by sheet, columns and rows) and an exact match without wildcards looks its key up (the first
  row, text in any case and trimmed, numbers as numbers: what the scan found).
Kept (guards): a real cycle (A1 = A2, A2 = A1; a ring of 100 cells) reads empty with a warning; wildcards,
approximate matches and HLOOKUP give what they gave; a cached and an uncached evaluation agree.
"""
from __future__ import annotations

import openpyxl
import pytest

from extract import xlformula
from extract.office import _formula_values


def _calc(tmp_path, build):
    wb = openpyxl.Workbook()
    build(wb)
    path = tmp_path / "f.xlsx"
    wb.save(path)
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path, data_only=False)
    names = {ws.title.lower(): i for i, ws in enumerate(values.worksheets)}
    return _formula_values(values, formulas, names)


def test_a_chain_of_300_formulas_pointing_down_is_computed(tmp_path):
    def build(wb):
        ws = wb.active
        for r in range(1, 300):
            ws.cell(r, 2, f"=B{r + 1}+1")
        ws.cell(300, 2, 1)
    calc = _calc(tmp_path, build)
    assert [calc(0, r, 2) for r in range(1, 300)] == list(range(300, 1, -1))
    assert calc.unread == {}


def test_a_chain_down_over_two_sheets_and_a_sum_is_computed(tmp_path):
    def build(wb):
        ws = wb.active
        ws.title = "表"
        calc_ws = wb.create_sheet("测算")
        for r in range(1, 150):
            calc_ws.cell(r, 1, f"=A{r + 1}+1")
        calc_ws.cell(150, 1, 0)
        for r in range(1, 150):
            ws.cell(r, 3, f"=C{r + 1}+'测算'!A{r}")
        ws.cell(150, 3, "=SUM('测算'!A1:A2)")
    calc = _calc(tmp_path, build)
    assert calc(1, 1, 1) == 149
    assert calc(0, 150, 3) == 149 + 148
    assert calc(0, 1, 3) == 149 + 148 + sum(150 - r for r in range(1, 150))
    assert calc.unread == {}


def test_a_chain_pointing_up_still_computed(tmp_path):
    def build(wb):
        ws = wb.active
        ws.cell(1, 1, 5)
        for r in range(2, 301):
            ws.cell(r, 1, f"=A{r - 1}*1+1")
    calc = _calc(tmp_path, build)
    assert calc(0, 300, 1) == 304
    assert calc.unread == {}


def test_a_short_cycle_reads_empty_with_its_warning(tmp_path):
    def build(wb):
        ws = wb.active
        ws["A1"], ws["A2"], ws["A3"] = "=A2", "=A1", "=A1+1"
    calc = _calc(tmp_path, build)
    assert [calc(0, r, 1) for r in (1, 2, 3)] == [None, None, None]
    assert set(calc.unread) == {(0, 1, 1), (0, 2, 1), (0, 3, 1)}
    assert all("circular" in why for _, why, _ in calc.unread.values())


def test_a_ring_of_100_cells_reads_empty_with_warnings(tmp_path):
    def build(wb):
        ws = wb.active
        for r in range(1, 100):
            ws.cell(r, 1, f"=A{r + 1}")
        ws.cell(100, 1, "=A1")
        ws.cell(1, 2, "=A50+1")
    calc = _calc(tmp_path, build)
    assert [calc(0, r, 1) for r in range(1, 101)] == [None] * 100
    assert calc(0, 1, 2) is None
    assert len(calc.unread) == 101


def _library(wb):
    ws = wb.active
    ws.title = "表"
    lib = wb.create_sheet("项目库")
    rows = [("Abc", "first"), ("x", "x1"), (" abc ", "second"), (3, "three"), ("3", "text three"),
            (True, "true"), (1, "one"), ("项目甲", "甲1"), ("项目甲", "甲2"), ("a*b", "star")]
    rows += [(f"K{i:04d}", i) for i in range(3000)]
    for r, (k, v) in enumerate(rows, 1):
        lib.cell(r, 1, k)
        lib.cell(r, 2, v)
    keys = ['"ABC"', '"abc"', "3", '"3"', "1", "TRUE", '"项目甲"', '" 项目甲"', '"a~*b"', '"a*"', '"K2999"',
            '"k0007"', '"none"', "4", '"K1*"']
    formulas = [f"=VLOOKUP({k},项目库!A:B,2,0)" for k in keys]
    formulas += [f"=VLOOKUP({k},项目库!A:B,2,FALSE)" for k in keys]
    formulas += ["=VLOOKUP(\"K2000\",项目库!A:B,2,0)+VLOOKUP(\"K1000\",项目库!$A:$B,2,0)",
                 "=HLOOKUP(\"甲\",A:C,2,0)", "=IFERROR(VLOOKUP(\"zz\",项目库!A:B,2,0),\"无\")"]
    formulas += [f"=VLOOKUP(\"K{i:04d}\",项目库!A:B,2,0)" for i in range(0, 3000, 15)]
    ws["A1"], ws["B1"], ws["C1"] = "乙", "甲", "丙"
    ws["A2"], ws["B2"], ws["C2"] = 1, 2, 3
    for r, f in enumerate(formulas, 1):
        ws.cell(r, 5, f)
    return formulas


def test_whole_column_lookups_cached_give_what_the_scan_gives(tmp_path):
    got = {}

    def build(wb):
        got["formulas"] = _library(wb)
    calc = _calc(tmp_path, build)
    formulas = got["formulas"]
    values = [calc(0, r, 5) for r in range(1, len(formulas) + 1)]
    assert values[:15] == ["first", "first", "three", "text three", "true", "true", "甲1", "甲1", "star",
                           "first", 2999, 7, "#N/A", "#N/A", 1000]
    assert values[15:30] == values[:15]
    assert values[30:33] == [3000, 2, "无"]
    assert values[33:] == list(range(0, 3000, 15))
    assert calc.unread == {}


def test_an_evaluation_with_a_cache_agrees_with_one_without_and_reads_the_range_once(tmp_path):
    wb = openpyxl.Workbook()
    formulas = _library(wb)[:40]
    sheets = {ws.title: ws for ws in wb.worksheets}
    cells = {(ws.title, c.row, c.column): c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if not (isinstance(c.value, str) and c.value.startswith("="))}
    reads = []

    def get(name, r, c):
        reads.append((name, r, c))
        return cells.get(("表" if name is None else name, r, c))

    def height(name):
        return sheets["表" if name is None else name].max_row

    plain = [xlformula.evaluate(f, get, height) for f in formulas]
    cache: dict = {}
    reads.clear()
    cached = [xlformula.evaluate(f, get, height, cache=cache, here=0) for f in formulas]
    assert cached == plain
    rows = sheets["项目库"].max_row
    assert len([x for x in reads if x[0] == "项目库"]) == 2 * rows     # (A:B and $A:$B: one key)
    # approximate matches and wildcards on the cached range too
    for f in ["=VLOOKUP(\"K0500\",项目库!A:B,2,0)", "=VLOOKUP(\"K05*\",项目库!A:B,2,0)"]:
        assert xlformula.evaluate(f, get, height, cache=cache, here=0) == xlformula.evaluate(f, get, height)


@pytest.mark.parametrize("key, want", [("2.5", "b"), ("10", "d"), ("0", "#N/A")])
def test_an_approximate_lookup_on_a_cached_sorted_column(key, want):
    cells = {(1, 1): 1, (1, 2): "a", (2, 1): 2, (2, 2): "b", (3, 1): 5, (3, 2): "c", (4, 1): 9, (4, 2): "d"}
    cache: dict = {}
    for _ in range(2):
        got = xlformula.evaluate(f"=VLOOKUP({key},A:B,2)", lambda s, r, c: cells.get((r, c)), lambda s: 4,
                                 cache=cache, here=0)
        assert got == want
