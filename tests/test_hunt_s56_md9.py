"""Mend md9 (session 56) of review findings on XLSX formulas with no cached value (extract/office.py
`_formula_values`, extract/xlformula.py; written by hunt of3 and review rv45). Workbooks made with openpyxl here
(formulas with no cached value, as a program writes them); each reading decided by hand first.

Decided (fixed):
- a formula reading a real date cell (`=TEXT(B1,"yyyy年m月d日")`, `=B1+1`) was never computed (openpyxl gives the
  cell as a datetime, no number): a date cell is the serial Excel holds, in the workbook's date system.
- in a 1904-system workbook `=DATE(2025,1,10)` in a date cell read 2029-01-11 (the evaluator counted from 1900,
  the reader from 1904): the evaluator counts in the workbook's system (`evaluate(..., date1904=True)`).
- a WPS picture cell `=_xlfn.DISPIMG("ID_…",1)` with no cached value raised a false `formula_not_computed`: none.
- RIGHT("abc",5) gave `bc` (all of `abc`); LEFT / MID with a negative count gave `` (Excel's #VALUE!).
- TEXT kept a locale prefix (`[$-804]yyyy年m月d日` -> `[$-804]2024年3月15日`): stripped (a currency's `[$¥-804]` its
  symbol), any other section in brackets (`[Red]`) not computed; TEXT(5,"0\\d") read `\\d` as a day (`04`): quoted
  and escaped text is shown as written (`5d`).
- a failed formula was computed again from every cell reading it (`=TODAY()` under a chain of 600 `=C1+1`: seconds,
  599 warnings of one cause): the failure is kept, one `formula_not_computed` per cell whose own formula failed,
  naming the cells that depend on it.
Kept: a formula of a function not computed reads empty with its warning; `=20个` stays as typed.
"""
from __future__ import annotations

import datetime
import io

import openpyxl
import pytest

from extract.office import extract_xlsx
from extract.xlformula import Unsupported, XlError, evaluate


def _read(wb):
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_xlsx(buf.getvalue(), "d")
    texts = {(c.row + 1, c.col + 1): c.text for g in ex.grids for c in g.cells}
    return texts, [w.message for w in ex.warnings if w.code == "formula_not_computed"]


def _none(*_):
    return None


@pytest.mark.parametrize("date1904", [False, True])
def test_formula_reading_a_date_cell_is_computed(date1904):
    wb = openpyxl.Workbook()
    if date1904:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws["B1"] = datetime.datetime(2024, 3, 15)
    ws["B1"].number_format = "yyyy-mm-dd"
    ws["B2"] = '=TEXT(B1,"yyyy年m月d日")'
    ws["B3"] = "=B1+1"
    ws["B3"].number_format = "yyyy-mm-dd"
    texts, warns = _read(wb)
    assert (texts[(2, 2)], texts[(3, 2)]) == ("2024年3月15日", "2024-03-16")
    assert warns == []


def test_date_in_a_1904_workbook_is_the_day_written():
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws["A1"] = "=DATE(2025,1,10)"
    ws["A1"].number_format = "yyyy-mm-dd"
    ws["A2"] = '=TEXT(DATE(2025,1,10),"yyyy-m-d")'
    texts, warns = _read(wb)
    assert (texts[(1, 1)], texts[(2, 1)]) == ("2025-01-10", "2025-1-10")
    assert warns == []
    assert evaluate("=DATE(2025,1,10)", _none, date1904=True) == 45667 - 1462
    assert evaluate("=DATE(1903,1,1)", _none, date1904=True) == XlError("#NUM!")


def test_wps_picture_cell_is_no_formula_not_computed():
    wb = openpyxl.Workbook()
    wb.active["A1"] = "项目负责人签字"
    wb.active["B1"] = '=_xlfn.DISPIMG("ID_3F2A9C",1)'
    texts, warns = _read(wb)
    assert texts == {(1, 1): "项目负责人签字"} and warns == []


@pytest.mark.parametrize("formula,want", [
    ('=RIGHT("abc",5)', "abc"),
    ('=RIGHT("abc",3)', "abc"),
    ('=RIGHT("abc",2)', "bc"),
    ('=RIGHT("abc",0)', ""),
    ('=LEFT("abc",5)', "abc"),
    ('=LEFT("abc",-1)', XlError("#VALUE!")),
    ('=RIGHT("abc",-1)', XlError("#VALUE!")),
    ('=MID("abc",2,-1)', XlError("#VALUE!")),
    ('=IFERROR(LEFT("abc",-1),"无")', "无"),
    ('=MID("绩效目标",3,9)', "目标"),
])
def test_left_right_mid_counts(formula, want):
    got = evaluate(formula, _none)
    assert got == want and type(got) is type(want)


@pytest.mark.parametrize("formula,want", [
    ('=TEXT(DATE(2024,3,15),"[$-804]yyyy年m月d日")', "2024年3月15日"),
    ('=TEXT(DATE(2024,3,15),"[$-zh-CN]yyyy/m/d")', "2024/3/15"),
    ('=TEXT(1280.5,"[$¥-804]#,##0.00")', "¥1,280.50"),
    ('=TEXT(5,"0\\d")', "5d"),
    ('=TEXT(5,"0""d""")', "5d"),
    ('=TEXT(DATE(2024,3,5),"yyyy""年""m""月""d""日""")', "2024年3月5日"),
    ('=TEXT(DATE(2024,3,5),"""截至""yyyy-mm-dd")', "截至2024-03-05"),
    ('=TEXT(DATE(2024,3,5),"yy/m/d")', "24/3/5"),
    ('=TEXT(DATE(2024,3,5),"yyyy/m/d;@")', "2024/3/5"),                # (a section for text after `;`)
])
def test_text_formats(formula, want):
    assert evaluate(formula, _none) == want


@pytest.mark.parametrize("formula", ['=TEXT(5,"[Red]0")', '=TEXT(DATE(2024,3,15),"[DBNum1]yyyy年m月d日")',
                                     '=TEXT(DATE(2024,3,15),"yyyy-mm-dd hh:mm")'])
def test_text_formats_not_computed(formula):
    with pytest.raises(Unsupported):
        evaluate(formula, _none)


def test_a_failure_is_kept_and_said_once_for_its_cell():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C1"] = "=TODAY()"
    for k in range(2, 601):
        ws[f"C{k}"] = f"=C{k - 1}+1"
    ws["E1"] = "=OFFSET(A1,1,0)"
    ws["E2"] = "=SUM(1,2)"
    texts, warns = _read(wb)
    assert texts == {(2, 5): "3"}
    assert len(warns) == 2
    assert warns[0].startswith("sheet 1 (Sheet) cell C1: the formula =TODAY()") and "599 cells that depend" in warns[0]
    assert "C600" in warns[0]
    assert warns[1].startswith("sheet 1 (Sheet) cell E1:") and "depend" not in warns[1]


def test_docstrings_say_the_cell_is_read_empty():
    from extract import office, xlformula
    assert "keeps its text" not in xlformula.Unsupported.__doc__
    assert "read empty" in office._formula_values.__doc__
