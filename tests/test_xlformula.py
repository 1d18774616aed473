"""Formulas without a cached value, computed as Excel computes them on opening (extract.xlformula), and the
sheets read around them (extract.office: working sheets, summary sheets)."""
from __future__ import annotations

import io

import openpyxl
import pytest

from extract.xlformula import Unsupported, XlError, evaluate, sheet_refs
from jixiao.pipeline import process_file

SHEETS = {
    None: {(1, 1): 10, (2, 1): 20, (3, 1): 30.5, (1, 2): 0, (2, 2): "text", (1, 3): None},
    "测算表": {(3, 6): 189, (4, 6): 58},
    "Cost's": {(1, 1): 7},
}


def get(sheet, r, c):
    return SHEETS[sheet].get((r, c))


@pytest.mark.parametrize("formula,value", [
    ("=SUM(A1:A3)", 60.5),
    ("=A1+A2*2", 50),
    ("=(A1+A2)*2", 60),
    ("=A1/A2", 0.5),
    ("=2^3-1", 7),
    ("=-A1+5", -5),
    ("=50%", 0.5),
    ("=ROUND(10/3,2)", 3.33),
    ("=ROUND(2.5,0)", 3),                         # half away from zero, as Excel
    ("=ROUNDDOWN(2.59,1)", 2.5),
    ("=ROUNDUP(2.51,1)", 2.6),
    ("=IFERROR(A1/B1,\"—\")", "—"),               # #DIV/0! caught
    ("=A1/B1", XlError("#DIV/0!")),
    ("=IF(A1>=10,\"优\",\"良\")", "优"),
    ("=IF(A1>100,\"优\",IF(A1>5,\"良\",\"差\"))", "良"),
    ("=MIN(1,152/150)", 1),
    ("=MAX(A1:A3)", 30.5),
    ("=AVERAGE(A1:A2)", 15),
    ("=COUNT(A1:B2)", 3),                          # text not counted
    ("=A1&\"万元\"", "10万元"),
    ("='测算表'!F3+测算表!F4", 247),
    ("='Cost''s'!A1", 7),
    ("=$A$1*C1", 0),                               # an empty cell is 0
    ("=ABS(-3)+INT(2.7)", 5),
    ("=AND(A1>1,A2>1)", True),
    ("=A1<>A2", True),
])
def test_formula_value(formula, value):
    assert evaluate(formula, get) == value


@pytest.mark.parametrize("formula", ["=OFFSET(A1,1,0)", "=A1+B2", "=SUM(", "=A1 A2", "=A1:A3",
                                     "=INDIRECT(\"A1\")", "=[1]Sheet1!A1"])
def test_what_is_not_computed_raises(formula):
    with pytest.raises(Unsupported):
        evaluate(formula, get)


def test_sheet_refs_reads_quoted_and_plain_names_not_strings():
    assert sheet_refs("='测算表'!F3+Sheet2!$A$1+\"x!A1\"") == {"测算表", "Sheet2"}
    assert sheet_refs("='Cost''s'!A1") == {"Cost's"}
    assert sheet_refs("=SUM(A1:A3)") == set()


def _book(tmp_path, build) -> object:
    wb = openpyxl.Workbook()
    build(wb)
    p = tmp_path / "book.xlsx"
    wb.save(p)
    return process_file(p)


NAME = "农村公路安全生命防护工程"


def test_form_sheets_a_summary_sheet_reads_are_kept(tmp_path):
    """The working-sheet rule skips a referenced sheet only when it holds no label of a form: a summary sheet
    reading the forms' totals (`='项目A'!B2`) leaves the forms read."""
    src = openpyxl.load_workbook("tests/templates/central_self_eval_matrix/form.xlsx")

    def build(wb):
        summary = wb.active
        summary.title = "汇总"
        summary["A1"], summary["B1"] = "项目", "金额"
        for n, name in enumerate(("项目A", "项目B"), 2):
            ws = wb.create_sheet(name)
            for row in src.active.iter_rows():
                for c in row:
                    if c.value is not None:     # two projects: the name of the second one changed
                        ws.cell(c.row, c.column, c.value.replace(NAME, NAME + "二期")
                                if n == 3 and isinstance(c.value, str) else c.value)
            for rng in src.active.merged_cells.ranges:
                ws.merge_cells(str(rng))
            summary.cell(n, 1, name)
            summary.cell(n, 2, f"='{name}'!C9")

    got = _book(tmp_path, build)
    assert [p["name"] for p in got.tables["projects"]] == [NAME, NAME + "二期"]
    one = process_file("tests/templates/central_self_eval_matrix/form.xlsx").tables["indicators"]
    assert len(got.tables["indicators"]) == 2 * len(one)


def test_uncached_formula_that_cannot_be_computed_is_read_empty_and_said(tmp_path):
    """A formula of a function not computed is no value: its cell is read empty with a `formula_not_computed`
    warning naming the cell (session 56, hunt of3: it kept its formula text, `=VLOOKUP(…)` read as a value; VLOOKUP
    is computed now)."""
    from extract.office import extract_xlsx
    wb = openpyxl.Workbook()
    wb.active["A1"] = "=OFFSET(B1,1,0)"
    wb.active["A2"] = "=SUM(B1:B2)"
    wb.active["A3"] = "=VLOOKUP(3,B1:C2,2,0)"
    wb.active["B1"], wb.active["B2"], wb.active["C1"] = 3, 4, "三"
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_xlsx(buf.getvalue(), "d")
    texts = {(c.row, c.col): c.text for g in ex.grids for c in g.cells}
    assert (0, 0) not in texts and texts[(1, 0)] == "7" and texts[(2, 0)] == "三"
    [w] = [w for w in ex.warnings if w.code == "formula_not_computed"]
    assert "cell A1" in w.message and "OFFSET" in w.message


def test_a_constant_typed_with_its_sign_stays_text(tmp_path):
    """`=100%` in a target cell, never calculated, is a target typed with its sign, not a formula to compute;
    `=42*4.5` is computed."""
    from extract.office import extract_xlsx
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["A2"], wb.active["A3"] = "=100%", "=0", "=42*4.5"
    buf = io.BytesIO()
    wb.save(buf)
    texts = [c.text for g in extract_xlsx(buf.getvalue(), "d").grids for c in g.cells]
    assert texts == ["=100%", "=0", "189"]


def _cells(wb) -> dict[tuple[int, int, int], str]:
    from extract.office import extract_xlsx
    buf = io.BytesIO()
    wb.save(buf)
    return {(c.page, c.line, c.col): c.text for g in extract_xlsx(buf.getvalue(), "d").grids for c in g.cells}


def test_rows_hidden_by_a_group_or_a_filter_are_read_a_hidden_draft_row_is_not():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in range(1, 8):
        ws.cell(r, 1, f"行{r}")
    ws.row_dimensions[2].hidden = True                    # a draft the author hid
    ws.row_dimensions[3].hidden = True                    # detail of a collapsed group
    ws.row_dimensions[3].outlineLevel = 1
    ws.auto_filter.ref = "A5:A7"
    ws.row_dimensions[6].hidden = True                    # hidden by the filter
    texts = set(_cells(wb).values())
    assert "行2" not in texts and {"行1", "行3", "行6"} <= texts


def test_an_instruction_sheet_beside_empty_default_sheets_is_read():
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "项目名称"
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    assert "项目名称" in _cells(wb).values()


def test_a_sheet_read_only_by_a_hidden_sheet_or_holding_an_indicator_header_is_read():
    wb = openpyxl.Workbook()
    wb.active.title = "表"
    wb.active["A1"] = "=SUM(指标!B2:B3)"
    ind = wb.create_sheet("指标")
    ind["A1"], ind["B1"] = "三级指标", "指标值"
    ind["A2"], ind["B2"] = "培训人次", 120
    helper = wb.create_sheet("导入")
    helper["A1"] = "='数据'!A1"
    helper.sheet_state = "hidden"
    data = wb.create_sheet("数据")
    data["A1"] = 5
    got = _cells(wb)
    assert "培训人次" in got.values() and got[(4, 1, 0)] == "5"
    from jixiao.pipeline import FileResult, _parse_into
    from extract.office import extract_xlsx
    buf = io.BytesIO()
    wb.save(buf)
    res = FileResult({"doc_id": "d"})
    _parse_into(extract_xlsx(buf.getvalue(), "d"), res)
    assert not [w for w in res.tables["warnings"] if w["code"] == "working_sheet_skipped"]
