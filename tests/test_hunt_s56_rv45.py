"""Review rv45 (session 56) of hunt of3's formulas, apostrophes and OCR joins. Fixture ct_s56_rv45_lookups.xlsx made by
tests/fixtures/review/make_s56_rv45.py (openpyxl, formulas with no cached value); each reading decided by hand first.

Decided (fixed):
- a whole-column range (`项目库!A:B`, the way VLOOKUP's table is written most) did not read as a formula at all:
  the text was kept as the cell's value (`=VLOOKUP("XM-07",项目库!A:B,2,FALSE)` the project's name). A column
  range now reads the sheet's rows down to its last one (xlformula.evaluate's `height`).
- `xlformula.Unreadable` (text that is no formula, kept as typed: `=20个`) was also raised for a broken formula
  (`=ROUND(C5-C6,2`, `=SUM(B1:B3)个`): its text was read as the value. Text is "no formula" only when nothing of
  a formula (a function call, a cell reference) was read before it fails; else the cell is read empty with
  `formula_not_computed`.
- `formula_not_computed` marks the document `partial`: a cell's value lost, as `truncated_cell` (read empty, its
  value lost) and `activex_unread` (states not read) do.
- VLOOKUP's approximate match on a first column not in ascending order: Excel's binary search finds what depends
  on where it looks (`VLOOKUP(2,{3;1;2},…)` is the third row in Excel, #N/A here): not computed. An exact match
  on a key with Excel's wildcards (`"*数量*"`, `?`, `~*`) matches as Excel does (was #N/A).
- TEXT with a weekday or a month name (`dddd`, `ddd`, `mmmm`) gave digits (`dddd` -> `0606`): not computed. TEXT
  of a text with a number format gives the text (Excel), not "not computed".
Kept (checked, right; guards): DATE's month 13 and day 0 overflow into the next year / the month before; LEFT / MID
/ LEN on Chinese text count characters; `=A1&"万元"` with A1 1280.5 joins `1280.5` (the value, not its format);
`=0.1+0.2&""` is `0.3`; a cell whose text starts with a real apostrophe and has another (`'试点'县…`) kept
whole; OCR joins `GB/T 1234`, `ISO 9001` (a space), `A级`, `3号楼`, `12.5万元` (none).
"""
from __future__ import annotations

import datetime
import io
import re

import pytest

from extract.ocr import OcrLine
from extract.scan import join_lines
from extract.xlformula import Unreadable, Unsupported, evaluate

NAME = "ct_s56_rv45_lookups.xlsx"

CELLS = {(None, 1, 1): 1280.5, (None, 2, 1): "项目支出绩效", (None, 5, 1): 0.1,
         (None, 1, 2): 3.0, (None, 2, 2): 1.0, (None, 3, 2): 2.0, (None, 1, 3): "a", (None, 2, 3): "b",
         (None, 3, 3): "c", ("指标库", 1, 1): "质量指标", ("指标库", 2, 1): "数量指标", ("指标库", 3, 1): "时效指标",
         ("指标库", 1, 2): 10.0, ("指标库", 2, 2): 20.0, ("指标库", 3, 2): 30.0}


def _get(sheet, r, c):
    return CELLS.get((sheet, r, c))


def _height(sheet):
    return max(r for s, r, _ in CELLS if s == sheet)


def _ev(formula):
    """evaluate, given the sheets' heights where the formula reads whole columns (`A:B`)."""
    return evaluate(formula, _get, _height) if re.search(r"![$]?[A-Z]+:", formula) else evaluate(formula, _get)


def _inds(r):
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


# ------------------------------------------------------------------ the workbook

def test_whole_column_lookups_and_joined_text(read):
    [p] = read(NAME).tables["projects"]
    assert p["name"] == "乡村公厕改造提升项目"
    assert (p["budget_year"], p["budget_fiscal"]) == (12805000.0, 12000000.0)
    assert p["goal_annual"] == "改造提升乡村公厕40座，年度资金1280.5万元。"
    assert p["fill_date"] == datetime.date(2025, 1, 6)


def test_indicators_wildcard_apostrophe_text_percent(read):
    assert _inds(read(NAME)) == [
        ("产出指标", "数量指标", "改造提升乡村公厕", ">=", 40.0, "座"),
        ("产出指标", "质量指标", "'试点'县公厕验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "农村人居环境改善", None, None, None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%"),
    ]


def test_broken_formula_and_weekday_read_empty_and_partial(read):
    r = read(NAME)
    [p] = r.tables["projects"]
    assert p["budget_other"] is None
    texts = [v for rows in r.tables.values() for row in rows for v in row.values() if isinstance(v, str)]
    assert not [t for t in texts if t.startswith("=") and len(t) > 1 or "0606" in t]
    ws = [w["message"].split(":")[0] for w in r.tables["warnings"] if w["code"] == "formula_not_computed"]
    assert ws == ["sheet 1 (绩效目标表) cell C7", "sheet 1 (绩效目标表) cell E14"]
    assert r.document["status"] == "partial"


def test_formula_not_computed_is_a_loss():
    from jixiao.pipeline import LOSS_CODES
    assert "formula_not_computed" in LOSS_CODES


def test_broken_formula_is_no_text_typed_target_is():
    import openpyxl

    from extract.office import extract_xlsx
    wb = openpyxl.Workbook()
    ws = wb.active
    for k, v in enumerate(("=SUM(A5:A6", "=SUM(A5:A6)个", "=20个", "=1,200", "=≥95%", "=A级"), 1):
        ws.cell(k, 1, v)
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_xlsx(buf.getvalue(), "d")
    texts = {c.row: c.text for g in ex.grids for c in g.cells}
    assert texts == {2: "=20个", 3: "=1,200", 4: "=≥95%", 5: "=A级"}
    assert [w.message.split(":")[0] for w in ex.warnings if w.code == "formula_not_computed"] == [
        "sheet 1 (Sheet) cell A1", "sheet 1 (Sheet) cell A2"]


# ------------------------------------------------------------------ the evaluator

@pytest.mark.parametrize("formula,want", [
    ('=VLOOKUP("数量指标",指标库!A:B,2,FALSE)', 20),                 # a whole-column range of another sheet
    ("=VLOOKUP(\"时效指标\",'指标库'!$A:$B,2,0)", 30),
    ('=VLOOKUP("*数量*",指标库!A1:B3,2,FALSE)', 20),                 # Excel's wildcards in an exact match
    ('=VLOOKUP("?量指标",指标库!A1:B3,2,FALSE)', 10),
    ('=VLOOKUP("数量~*",指标库!A1:B3,2,FALSE)', "#N/A"),              # `~*` a star itself
    ('=TEXT("待定","0.00")', "待定"),                                  # a text keeps itself
    ('=A1&"万元"', "1280.5万元"),                                      # the value, as Excel joins it
    ('=A5+0.2&""', "0.3"),
    ("=DATE(2024,13,6)", 45663),                                      # 2025-01-06
    ("=DATE(2025,3,0)", 45716),                                       # 2025-02-28
    ("=DATE(2025,0,15)", 45641),                                      # 2024-12-15
    ('=TEXT(DATE(2024,13,6),"yyyy年m月d日")', "2025年1月6日"),
    ("=LEFT(A2,2)&MID(A2,3,2)&LEN(A2)", "项目支出6"),
    ("=LEFT(A1,3)", "128"),
])
def test_evaluate(formula, want):
    assert _ev(formula) == want


@pytest.mark.parametrize("formula", [
    "=VLOOKUP(2,B1:C3,2)",                  # approximate on 3, 1, 2: not sorted
    "=VLOOKUP(2,B1:C3,2,TRUE)",
    '=TEXT(45663,"dddd")', '=TEXT(45663,"ddd")', '=TEXT(45663,"mmmm")',
    "=SUM(A1:A3", "=SUM(B1:B3)个", "=A1+",
])
def test_not_computed(formula):
    with pytest.raises(Unsupported) as e:
        _ev(formula)
    assert not isinstance(e.value, Unreadable)


def test_whole_column_needs_the_height():
    with pytest.raises(Unsupported):
        evaluate('=VLOOKUP("数量指标",指标库!A:B,2,FALSE)', _get)


@pytest.mark.parametrize("formula", ["=20个", "=5元/人·天", "=1,200", "=≥95%", "=A级"])
def test_no_formula(formula):
    with pytest.raises(Unreadable):
        _ev(formula)


def test_approximate_on_sorted_still_computed():
    cells = {(1, 1): 0.0, (2, 1): 60.0, (3, 1): 80.0, (1, 2): "差", (2, 2): "合格", (3, 2): "良好"}
    assert evaluate("=VLOOKUP(75,A1:B3,2)", lambda s, r, c: cells.get((r, c))) == "合格"


def test_sheet_refs_sees_whole_columns():
    from extract.xlformula import sheet_refs
    assert sheet_refs("=VLOOKUP(A1,指标库!A:C,2,0)&'项目 库'!$B:$B") == {"指标库", "项目 库"}


# ------------------------------------------------------------------ OCR pieces of one line (guards)

def _line(text, x0, x1, top=10.0, h=20.0):
    return OcrLine(text, (x0, top, x1, top + h), 0.95)


@pytest.mark.parametrize("pieces,want", [
    ([("GB/T", 0, 50), ("1234", 62, 110)], "GB/T 1234"),
    ([("ISO", 0, 40), ("9001", 52, 100)], "ISO 9001"),
    ([("A", 0, 12), ("级", 18, 38)], "A级"),
    ([("3", 0, 12), ("号楼", 20, 60)], "3号楼"),
    ([("12.5", 0, 40), ("万元", 46, 86)], "12.5万元"),
    ([("新建", 0, 40), ("40", 110, 130)], "新建 40"),     # 3.5 characters apart: two runs
])
def test_ocr_joins(pieces, want):
    assert join_lines([_line(t, a, b) for t, a, b in pieces]) == want
