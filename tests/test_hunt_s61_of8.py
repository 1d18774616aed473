"""Hunt of8 (session 61): office and web inputs (tests/fixtures/review/ct_s61_of8_*, made by
tests/fixtures/review/make_s61_of8.py with openpyxl and a written single file web page; each read by hand before
the run).

Decided:
- a hidden form whose name shares no word with a shown one's is a version of it, not another project, when more
  than half of its indicators are shown and its money is a shown project's (`智慧平安校区建设`, 3 of 4 indicators and
  86.5 万元 as the shown `校园安全监控改造`: main said `a form of another project`); with money of its own it is still
  said (nothing tells a version), and of7's half shared (`学生营养餐改善`, the same money) too;
- a workbook saved as a web page names the hidden sheet its lost form was read from (`sheet 3 (营养餐)`): main
  named the hidden lookup list before it (`sheet 2 (下拉)`), its cells' page being the tables' count, not the sheet.
Kept (main already): formulas without cached values (openpyxl's) are computed, a cached value is what is read (the
cells summed since cleared), a formula not computed (`=INDIRECT("F4")`) says `formula_not_computed` and is read
empty; a frozen head, an autofilter and head cells merged over two and four columns read as plain cells; an XLSX
renamed .et (WPS) is read by its content.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s61_of8_"
SCHOOL = ("校园安全监控改造", "市教育局", "市第一中学")
SCHOOL_INDS = ["新增监控点位", "设备验收合格率", "校园安全事件发生率", "师生满意度"]


def _school(r) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == SCHOOL
    assert (p["budget_year"], p["budget_fiscal"]) == (865000, 865000)
    assert [t[2] for t in indicator_targets(r)] == SCHOOL_INDS
    return p


def _hidden_messages(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"]


def test_renamed_old_version_sharing_money_and_most_indicators_is_silent(read):
    # main: `… a form of another project (智慧平安校区建设)`, status partial
    r = read(P + "renamed_old.xlsx")
    _school(r)
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_renamed_form_with_money_of_its_own_is_still_another_project(read):
    r = read(P + "renamed_other_money.xlsx")
    _school(r)
    assert _hidden_messages(r) == ["sheet 2 (旧表) is hidden and not read (what Excel shows is read), and it reads as "
                                   "a form of another project (智慧平安校区建设): unhide it to read the form"]


def test_web_page_workbook_names_only_the_sheet_of_the_lost_form(read):
    # main: `sheet 2 (下拉) is hidden …`, the lookup list named for the form's sheet
    r = read(P + "three_sheets.mht")
    _school(r)
    assert _hidden_messages(r) == ["sheet 3 (营养餐) is hidden and not read (what Excel shows is read), and it reads as "
                                   "a form of another project (学生营养餐改善): unhide it to read the form"]
    assert [w["page"] for w in r.tables["warnings"]] == [3]


def test_formulas_without_cached_values_are_computed(read):
    r = read(P + "formulas.xlsx")
    _school(r)
    assert "formula_not_computed" not in warning_codes(r)


def test_frozen_head_autofilter_and_merged_head_cells(read):
    r = read(P + "frozen_filter.xlsx")
    _school(r)
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥120个", "100%", "较上年下降", "≥90%"]
    assert warning_codes(r) == []


def test_xlsx_renamed_et_is_read_by_its_content(read):
    r = read(P + "renamed.et")
    _school(r)


def test_formulas_cached_values_are_what_is_read(read):
    # the cells the formula sums were cleared after Excel cached its value: 86.5 is what Excel shows
    r = read(P + "cached.xlsx")
    _school(r)
    assert warning_codes(r) == []


def test_formula_not_computed_is_said_and_read_empty(read):
    r = read(P + "not_computed.xlsx")
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["budget_fiscal"]) == ("校园安全监控改造", None, 865000)
    msgs = [w["message"] for w in r.tables["warnings"] if w["code"] == "formula_not_computed"]
    assert len(msgs) == 1 and "B4" in msgs[0] and "INDIRECT" in msgs[0]
