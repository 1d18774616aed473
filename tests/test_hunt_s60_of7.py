"""Hunt of7 (session 60): office and web inputs (tests/fixtures/review/ct_s60_of7_*, made by
tests/fixtures/review/make_s60_of7.py with openpyxl, python-docx, a written single file web page and LibreOffice;
each read by hand before the run).

Decided:
- a hidden form of another project half of whose indicators the shown form names too (a template's common ones,
  `设备验收合格率`, `师生满意度`) is another project's when its name shares no word with a shown one's (`学生营养餐改善`
  beside `校园安全监控改造`): `hidden_form_unread` names it (main: taken for an old version, nothing said); a renamed
  old version keeping its indicators (of4's `旧版校舍维修项目`) still says nothing;
- a workbook saved as a web page whose frameset marks a sheet hidden in its `<x:ExcelWorksheet>` entry (its own page
  silent) does not read that sheet (main: read as shown, a second project), as one whose page says so;
- a very hidden sheet's warning says Excel's 取消隐藏 does not list it and how to show it (main: `unhide it`), in an
  XLSX and in a web page's workbook (`SheetVeryHidden`).
Kept (main already): 一级 / 二级指标 merged down over empty cells and line breaks inside cells (XLSX); numbers with
number formats (`#,##0.00`, an accounting format, `0%` / `0.00%` fractions, `0"个"`, date serials), in XLSX and in
the XLS LibreOffice makes of it, also with the sign and the unit in their own columns; tracked changes in DOCX
(deleted and moved-away text and a deleted row not read, inserted ones read); a DOCX indicator table continued in a
second table after a page break with its head repeated; a DOCX form in a table nested in a frame table's cell.
"""
from __future__ import annotations

import datetime

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s60_of7_"
SCHOOL = ("校园安全监控改造", "市教育局", "市第一中学")


def _school(r, budget: float = 865000) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == SCHOOL and p["budget_year"] == budget
    return p


def _hidden_message(r) -> str:
    msgs = [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"]
    assert len(msgs) == 1
    return msgs[0]


def test_hidden_form_sharing_half_its_indicators_is_another_project(read):
    # main: 2 of its 4 indicators shown (设备验收合格率, 师生满意度): taken for a version, no warning, status ok
    r = read(P + "hidden_half.xlsx")
    _school(r)
    assert [t[2] for t in indicator_targets(r)] == ["新增监控点位", "设备验收合格率", "校园安全事件发生率", "师生满意度"]
    assert _hidden_message(r) == ("sheet 2 (营养餐) is hidden and not read (what Excel shows is read), and it reads as "
                                  "a form of another project (学生营养餐改善): unhide it to read the form")
    assert warning_codes(r) == ["hidden_form_unread"] and r.document["status"] == "partial"


def test_sheet_hidden_by_the_frameset_entry_is_not_read(read):
    # main: the sheet the frameset marks hidden read as shown, 学生营养餐改善 a second project
    r = read(P + "frameset_hidden.mht")
    _school(r)
    assert len(indicator_targets(r)) == 4
    assert "学生营养餐改善" in _hidden_message(r) and _hidden_message(r).endswith("unhide it to read the form")
    assert warning_codes(r) == ["hidden_form_unread"] and r.tables["warnings"][0]["page"] == 2


VERY = ("is very hidden, which Excel's 取消隐藏 (Unhide) does not list — set its Visible property to xlSheetVisible "
        "in the VBA editor (Alt+F11) to read the form")


def test_very_hidden_sheet_says_how_to_show_it(read):
    # main: `…(学生营养餐改善): unhide it to read the form` — 取消隐藏 does not list a very hidden sheet
    r = read("ct_s59_rv62_very_hidden.xlsx")
    msg = _hidden_message(r)
    assert msg.startswith("sheet 3 (营养餐) is hidden and not read")
    assert msg.endswith("(学生营养餐改善): it " + VERY) and "unhide" not in msg


def test_very_hidden_sheets_name_the_very_hidden_ones_among_others():
    # (two sheets named, one very hidden: the other unhidden as any, each named — review rv72: `unhide the others`
    # was said of one)
    from types import SimpleNamespace
    from jixiao.pipeline import _how_to_show
    ex = SimpleNamespace(very_hidden=(3,), sheet_names=["表", "公路", "客运"])
    assert _how_to_show(ex, (2, 3)) == "unhide sheet 2 (公路); sheet 3 (客运) " + VERY[:-len(" to read the form")]
    assert _how_to_show(SimpleNamespace(very_hidden=(2, 3), sheet_names=[]), (2, 3)).startswith("they are very hidden")


def test_very_hidden_sheet_of_a_web_page_workbook(read):
    # main: read as shown (a second project)
    r = read(P + "very_hidden.mht")
    _school(r)
    assert _hidden_message(r).endswith("(学生营养餐改善): it " + VERY)


def test_first_level_merged_down_and_line_breaks_in_cells(read):
    r = read(P + "merged_down.xlsx")
    p = _school(r)
    assert p["goal_annual"] == "1.完成校园监控系统改造；2.新增监控点位120个；3.实现校园重点区域全覆盖。"
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新增监控点位", ">=", 120.0, "个"), ("产出指标", "数量指标", "更换老旧摄像头", ">=", 40.0, "台"),
        ("产出指标", "质量指标", "设备验收合格率", "=", 100.0, "%"), ("效益指标", "社会效益指标", "校园安全事件发生率", None, None, None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


@pytest.mark.parametrize("ext", ["xlsx", "xls"])
def test_numbers_with_number_formats(read, ext):
    r = read(P + "numbers." + ext)
    p = _school(r, 12865000)
    assert p["budget_fiscal"] == 12865000
    assert (p["start_date"], p["end_date"]) == (datetime.date(2025, 3, 1), datetime.date(2025, 12, 31))
    assert [(i["target_raw"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("120个", "=", 120.0, "个"), ("100%", "=", 100.0, "%"), ("95.50%", "=", 95.5, "%"), ("90%", "=", 90.0, "%")]
    assert [c for c in warning_codes(r) if c != "converted"] == []


@pytest.mark.parametrize("ext", ["xlsx", "xls"])
def test_sign_value_and_unit_columns_with_stored_numbers(read, ext):
    r = read(P + "columns." + ext)
    _school(r)
    rows = [(i["level3"], i["op"], i["value"], i["unit"], i["target_text"]) for i in r.tables["indicators"]]
    assert rows == [("新增监控点位", ">=", 120.0, "个", None), ("设备验收合格率", "=", 100.0, "%", None),
                    ("完成时间", "<=", None, None, "2025年6月30日"), ("监控覆盖率", ">=", 95.5, "%", None),
                    ("师生满意度", ">=", 90.0, "%", None)]


@pytest.mark.parametrize("name", ["tracked.docx", "tracked_more.docx"])
def test_tracked_changes_deleted_text_not_read(read, name):
    r = read(P + name)
    p = _school(r)
    assert p["year"] == 2025
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新增监控点位", ">=", 120.0, "个"), ("产出指标", "质量指标", "设备验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "校园安全事件发生率", None, None, None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", ">=", 90.0, "%")]
    assert r.tables["indicators"][2]["target_text"] == "较上年下降" and warning_codes(r) == []


@pytest.mark.parametrize("name", ["continued.docx", "framed.docx"])
def test_docx_table_continued_or_nested_in_a_frame(read, name):
    r = read(P + name)
    _school(r)
    got = [t[:3] for t in indicator_targets(r)]
    assert ("产出指标", "质量指标", "设备验收合格率") in got and got[-1] == ("满意度指标", "服务对象满意度指标", "师生满意度")
    assert len(got) == (5 if name == "continued.docx" else 4) and warning_codes(r) == []
