"""Hunt of6 (session 59): office files (tests/fixtures/review/ct_s59_of6_*, made by
tests/fixtures/review/make_s59_of6.py with openpyxl, python-docx, LibreOffice and a written single file web page;
each read by hand before the run).

Decided:
- a shown form beside a hidden sheet that reads as another project's form (`学生营养餐改善` hidden beside the shown
  `校园安全监控改造`, none of its indicators shown) says `hidden_form_unread` naming that project (partial); the
  hidden sheet is still not read (what Excel shows); a hidden old version of a shown form (its indicators kept, even
  renamed `旧版校舍维修项目`, of4's fixture) says nothing, as of5 decided;
- a workbook saved as a web page reads the sheets Excel shows: a sheet whose page says
  `<x:Visible>SheetHidden</x:Visible>` is not read (main: read as shown, the hidden project a second one), and a
  form hidden so says `hidden_form_unread` as a workbook's does;
- the hidden sheets of a workbook are read from the workbook already loaded (of5 loaded the file again).
Kept (main already): label pairs sharing one office cell or paragraph (`主管部门：市教育局    实施单位：市第一中学`,
a merged cell across the form or a Word paragraph over its table; one space, an ideographic space, a line break
too) are split as a text line's are; an Excel 97 XLS's merged cells; a Word table nested in a cell holding the
indicators; a form laid over two sheets (目标 and 指标).
Left: pairs set apart by a comma or glued (`市教育局，实施单位：…`, `市教育局实施单位：…`), as in a text line (xfail;
split since hunt pr1).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s59_of6_"
LEVELS = [("产出指标", "数量指标", "新增监控点位"), ("产出指标", "质量指标", "设备验收合格率"),
          ("效益指标", "社会效益指标", "校园安全事件发生率"), ("满意度指标", "服务对象满意度指标", "师生满意度")]


def _the_school_form(r) -> None:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert p["budget_year"] == 865000
    assert p["goal_annual"].startswith("完成校园监控系统改造")
    assert [t[:3] for t in indicator_targets(r)] == LEVELS
    assert indicator_targets(r)[0][3:] == (">=", 120.0, "个")


def test_pairs_in_one_merged_cell_split(read):
    # main: department `市教育局    实施单位：市第一中学`, no unit
    r = read(P + "pairs_cell.xlsx")
    _the_school_form(r)
    assert warning_codes(r) == []


def test_pairs_in_one_paragraph_split(read):
    r = read(P + "pairs_para.docx")
    _the_school_form(r)
    assert warning_codes(r) == []


@pytest.mark.parametrize("ext", ["xlsx", "xls"])
def test_hidden_form_of_another_project_beside_a_shown_form_is_named(read, ext):
    # main: the shown form alone, no word of the hidden one
    r = read(P + "hidden_other." + ext)
    _the_school_form(r)
    msgs = [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"]
    assert len(msgs) == 1 and "学生营养餐改善" in msgs[0] and "sheet 2 (营养餐)" in msgs[0]
    assert warning_codes(r) == ["hidden_form_unread"] and r.document["status"] == "partial"


def test_hidden_sheet_of_a_workbook_saved_as_web_page_is_not_read(read):
    # main: both sheets read, two projects (the hidden 学生营养餐改善 too)
    r = read(P + "hidden_sheets.mht")
    _the_school_form(r)
    assert warning_codes(r) == ["hidden_form_unread"]
    w = r.tables["warnings"][0]
    assert "学生营养餐改善" in w["message"]


def test_hidden_sheets_read_from_the_loaded_workbook(monkeypatch):
    # the hidden sheets' reading loads no workbook again (main: a second openpyxl.load_workbook)
    import openpyxl
    from pathlib import Path
    from extract.office import extract_xlsx
    data = (Path(__file__).parent / "fixtures" / "review" / (P + "hidden_other.xlsx")).read_bytes()
    ex = extract_xlsx(data, "d")
    loads = []
    real = openpyxl.load_workbook
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: loads.append(1) or real(*a, **k))
    hidden = ex.unshown[1]()
    assert loads == [] and ex.unshown[0] == (2,)
    assert any("学生营养餐改善" in c.text for g in hidden.grids for c in g.cells)
    assert not any("学生营养餐改善" in c.text for g in ex.grids for c in g.cells)


def test_hidden_sheets_of_an_xls_read_from_the_loaded_book(monkeypatch):
    import xlrd
    from pathlib import Path
    from extract.office import extract_xls
    ex = extract_xls((Path(__file__).parent / "fixtures" / "review" / (P + "hidden_other.xls")).read_bytes(), "d")
    loads = []
    real = xlrd.open_workbook
    monkeypatch.setattr(xlrd, "open_workbook", lambda *a, **k: loads.append(1) or real(*a, **k))
    hidden = ex.unshown[1]()
    assert loads == [] and any("学生营养餐改善" in c.text for g in hidden.grids for c in g.cells)


def test_xls_with_merged_cells(read):
    r = read(P + "merged.xls")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == ("校园安全监控改造", "市教育局", "市第一中学",
                                                                         865000)
    assert [t[:3] for t in indicator_targets(r)] == LEVELS and warning_codes(r) == []


def test_docx_indicators_in_a_table_nested_in_a_cell(read):
    r = read(P + "nested.docx")
    _the_school_form(r)
    assert warning_codes(r) == []


def test_form_over_two_sheets(read):
    r = read(P + "two_sheets.xlsx")
    _the_school_form(r)
    assert warning_codes(r) == []


def test_only_form_hidden_in_a_workbook_saved_as_web_page_is_said(read):
    # main: the hidden form read as if shown (a project, status ok); now as the XLSX of5 made: not read, said
    r = read(P + "hidden_only.mht")
    assert r.tables["projects"] == [] and r.document["status"] == "partial"
    assert warning_codes(r) == ["layout_unknown", "hidden_form_unread"]
    msg = r.tables["warnings"][1]["message"]
    assert msg.startswith("sheet 2 (绩效目标表) is hidden and not read")


def test_pairs_set_apart_by_a_comma_split(read):
    # (left by of6, a strict xfail; split since hunt pr1 cuts a line's pairs before a field's label after a comma)
    _the_school_form(read(P + "pairs_comma.xlsx"))
