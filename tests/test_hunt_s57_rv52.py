"""Review rv52 (session 57) of hunt of4's formula changes (extract/xlformula.py nesting, extract/office.py stack reset
and warnings placed after all sheets), probed with XLSX written by openpyxl (tests/fixtures/review/make_s57_rv52.py).

Decided (fixed):
- of4 counted parentheses and signs with functions toward Excel's 64 levels: `IF(…,"≥"&(-(-(95)))&"%")` under 60
  IFs (65 "levels", 60 functions) was not computed, its cell read empty, though Excel computes it (only functions
  nest in Excel; grouping parentheses and signs are no levels). Now 64 functions nest at most (`nested more than 64
  functions`), and functions, parentheses and signs 100 levels in all (Python's stack: 64 functions and 36
  parentheses fit 150 frames deeper than the pipeline's); of4's `=((((…1…))))` 2,000 deep is refused by the
  second (`nested more than 100 levels`, its test's wording changed).
Kept (guards, pass on the base): 64 nested IFs, `=-(-(-1))`, brackets inside strings (`="((("&A1`) computed; a chain
of 100 cells each 60 IFs deep is computed from fresh stacks (each cell evaluated about twice, linear); a cycle
through 50 deep cells ends, every cell `circular reference`; one failing root feeding shown cells on three sheets
gives one warning at the root (page 4 line 2, the others named), another root its own (page 3 line 5), the
document `partial`; two workbooks read in one run keep their own warnings (no memo shared).
"""
from __future__ import annotations

import io
import sys

import openpyxl
import pytest

from extract import xlformula
from extract.office import _formula_values


def _inds(r):
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def _fnc(r):
    return [w for w in r.tables["warnings"] if w["code"] == "formula_not_computed"]


def _calc(build):
    wb = openpyxl.Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    values = openpyxl.load_workbook(io.BytesIO(buf.getvalue()), data_only=True)
    formulas = openpyxl.load_workbook(io.BytesIO(buf.getvalue()), data_only=False)
    return _formula_values(values, formulas, {ws.title.lower(): i for i, ws in enumerate(values.worksheets)})


def _ifs(n: int, inner: str) -> str:
    for k in range(n):
        inner = f"IF(A1>{k},{inner},0)"
    return "=" + inner


def test_sixty_ifs_around_signs_and_brackets_are_read(read):
    r = read("ct_s57_rv52_grades.xlsx")
    assert _inds(r)[1] == ("产出指标", "质量指标", "水质达标率", ">=", 95.0, "%")
    assert not _fnc(r) and r.document["status"] == "ok"


@pytest.mark.parametrize("formula, want", [
    (_ifs(64, "7"), 7),                                   # (Excel's 64 functions)
    (_ifs(60, "-(-(-(-(7))))"), 7),                       # (60 functions; its parentheses and signs no levels)
    (_ifs(63, "ROUND((A1+1)/2,0)"), 51),
    ("=" + "(" * 100 + "A1" + ")" * 100, 100),
    ("=-(-(-1))", -1),
    ('="((("&A1', "(((100"),
    ('=")))"&"((("&-(A1)', ")))(((-100"),
])
def test_nesting_excel_computes_is_computed(formula, want):
    assert xlformula.evaluate(formula, lambda *a: 100) == want


@pytest.mark.parametrize("formula, why", [
    (_ifs(65, "7"), "nested more than 64 functions"),
    ("=" + "(" * 101 + "1" + ")" * 101, "nested more than 100 levels"),
    ("=" + "-" * 2000 + "1", "nested more than 100 levels"),
])
def test_nesting_past_the_limits_is_refused(formula, why):
    with pytest.raises(xlformula.Unsupported, match=why):
        xlformula.evaluate(formula, lambda *a: 100)


def test_the_limits_fit_python_stack_well_below_the_pipeline():
    # (64 functions and 36 parentheses, the deepest formula computed, evaluated 150 frames down: no RecursionError;
    # the pipeline evaluates about 20 frames down, 70 under pytest)
    f = "=" + "IF(1," * 63 + "(" * 36 + "ABS(A1)" + ")" * 36 + ",0)" * 63
    here, frame = 0, sys._getframe()
    while frame is not None:
        here, frame = here + 1, frame.f_back

    def at(depth):
        return xlformula.evaluate(f, lambda *a: -7) if depth <= 0 else at(depth - 1)
    assert sys.getrecursionlimit() >= 1000
    assert at(150 - here) == 7


def test_a_chain_of_deep_cells_is_computed_linearly(monkeypatch):
    n = []
    real = xlformula.evaluate

    def spy(*a, **k):
        n.append(1)
        return real(*a, **k)
    monkeypatch.setattr(xlformula, "evaluate", spy)

    def build(wb):
        ws = wb.active
        ws["A1"] = 100
        for r in range(2, 102):
            ws.cell(r, 3, _ifs(60, (f"C{r + 1}" if r < 101 else "1") + "+1"))
    calc = _calc(build)
    assert calc(0, 2, 3) == 101 and calc(0, 101, 3) == 2
    assert calc.unread == {}
    assert len(n) <= 3 * 100


def test_a_cycle_through_deep_cells_ends_all_circular():
    def build(wb):
        ws = wb.active
        ws["A1"] = 100
        for r in range(2, 52):
            ws.cell(r, 3, _ifs(60, f"C{r + 1 if r < 51 else 2}+1"))
    calc = _calc(build)
    assert [calc(0, r, 3) for r in range(2, 52)] == [None] * 50
    assert {why for _, why, _ in calc.unread.values()} == {"circular reference"}


def test_one_root_on_three_sheets_one_warning_at_the_root(read):
    r = read("ct_s57_rv52_three.xlsx")
    ws = [(w["page"], w["line"], w["message"]) for w in _fnc(r)]
    assert [(p, ln) for p, ln, _ in ws] == [(3, 5), (4, 2)], ws
    assert ws[0][2].startswith("sheet 3 (附表) cell B5: the formula =NOW()") and "depend" not in ws[0][2]
    assert ws[1][2].startswith("sheet 4 (参数) cell B2:") and "function TODAY" in ws[1][2]
    assert "3 cells that depend on it read empty too (绩效目标表!B11, 汇总!B2, 附表!B3)" in ws[1][2]
    assert r.document["status"] == "partial"
    p = r.tables["projects"][0]
    assert (p["name"], p["fill_date"]) == ("农村饮水安全巩固提升工程", None)


def test_two_workbooks_in_one_run_keep_their_own_warnings(read):
    a = [w["message"] for w in _fnc(read("ct_s57_rv52_three.xlsx"))]
    b = [w["message"] for w in _fnc(read("ct_s57_of4_roots.xlsx"))]
    c = [w["message"] for w in _fnc(read("ct_s57_rv52_grades.xlsx"))]
    assert len(a) == 2 and len(b) == 1 and c == []
    assert "测算" in b[0] and "参数" not in b[0] and "附表" not in b[0]
    assert all("测算" not in m for m in a)
