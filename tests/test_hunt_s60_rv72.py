"""Review rv72 (session 60) of hunt of7: hidden forms of another project told by their names' words, a web page's
workbook whose frameset marks a sheet hidden, very hidden sheets' message (tests/fixtures/review/ct_s60_rv72_*,
made by tests/fixtures/review/make_s60_rv72.py; each read by hand before the run).

Decided:
- two projects' names are compared once the words naming no project are out — parsers.forms' generic words of a
  project's name (GENERIC_PROJECT's: `建设`, `重点`, `专项` …, the one list) and `项目`, `工程`, `经费`, a year:
  `农村公路建设项目` and `城区道路建设工程` share `路建设` only, no word (main: taken for a version, nothing said);
  two names whose whole remainder is one word of two characters share it (`县城建设项目`, `2024年县城建设工程`);
- with no shown project's name (its 项目名称 lost) no name tells a hidden form's project: the indicators alone do, as
  before of7 (main: a hidden old version, three of four indicators shown, said as another project's);
- a frameset's `<x:WorksheetSource HRef=…>` names its sheet's page as the tab's `<link id="shLink">` does whatever the
  writing: by its file name, `./` before it, the page's full address, other letter case or no folder (main: the
  sheet read as shown);
- a sheet the frameset's entry marks hidden and its own page very hidden is very hidden (main: `unhide it`);
- beside a very hidden sheet, the plainly hidden ones named to unhide, not `the others` (main: `unhide the others` of one sheet), and
  two other projects' forms are `forms of other projects (…)` `to read the forms` (main: `a form of another
  project (A, B)`).
Kept (main already): an XLS's very hidden sheet (BOUNDSHEET state 2) says how to show it.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, warning_codes

P = "ct_s60_rv72_"
VERY = ("very hidden, which Excel's 取消隐藏 (Unhide) does not list — set its Visible property to xlSheetVisible in "
        "the VBA editor (Alt+F11)")
NUTRITION = ("sheet 2 (营养餐) is hidden and not read (what Excel shows is read), and it reads as a form of another "
             "project (学生营养餐改善): ")


def _hidden(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"]


def test_names_sharing_only_generic_words_are_two_projects(read):
    # main: `路建设` shared (建设 a generic word), taken for a version of the shown form, nothing said
    r = read(P + "road_city.xlsx")
    assert only_project(r)["name"] == "农村公路建设项目"
    assert _hidden(r) == ["sheet 2 (城区道路) is hidden and not read (what Excel shows is read), and it reads as a form "
                          "of another project (城区道路建设工程): unhide it to read the form"]
    assert warning_codes(r) == ["hidden_form_unread"] and r.document["status"] == "partial"


def test_another_year_of_the_project_sharing_a_two_character_name_is_a_version(read):
    # (passes on main: `县城建设` shared; guards the generic words left out of both names, `县城` whole in each)
    r = read(P + "county_old.xlsx")
    assert only_project(r)["name"] == "县城建设项目"
    assert warning_codes(r) == []


def test_hidden_old_version_beside_a_form_whose_name_is_lost(read):
    # main: no shown name to share a word with: `another project (校园安全监控改造)`, three of four indicators shown
    r = read(P + "noname_old.xlsx")
    p = only_project(r)
    assert p["name"] is None and (p["department"], p["unit"]) == ("市教育局", "市第一中学")
    assert len(r.tables["indicators"]) == 4 and _hidden(r) == []


def test_two_other_projects_one_very_hidden(read):
    # main: `they read as a form of another project (学生营养餐改善, 农村公路建设项目): unhide the others; …`
    r = read(P + "two_others.xlsx")
    assert only_project(r)["name"] == "校园安全监控改造"
    assert _hidden(r) == ["sheets 2 (营养餐), 3 (公路) are hidden and not read (what Excel shows is read), and they "
                          "read as forms of other projects (学生营养餐改善, 农村公路建设项目): unhide sheet 2 (营养餐); "
                          "sheet 3 (公路) is " + VERY + " to read the forms"]
    assert r.tables["warnings"][0]["page"] == 2


def test_very_hidden_sheet_of_an_xls(read):
    r = read(P + "very_hidden.xls")
    assert only_project(r)["name"] == "校园安全监控改造"
    assert _hidden(r) == [NUTRITION + "it is " + VERY + " to read the form"]


@pytest.mark.parametrize("name", ["entry_dotslash.mht", "entry_absolute.mht", "entry_case.mht", "entry_bare.mht"])
def test_frameset_entry_naming_its_page_otherwise(read, name):
    # main: the entry's source not the link's text, the sheet read as shown (学生营养餐改善 a second project)
    r = read(P + name)
    assert only_project(r)["name"] == "校园安全监控改造"
    assert _hidden(r) == [NUTRITION + "unhide it to read the form"]
    assert warning_codes(r) == ["hidden_form_unread"] and r.tables["warnings"][0]["page"] == 2


def test_frameset_entry_hidden_and_page_very_hidden(read):
    # main: the entry's `SheetHidden` taken, the page's `SheetVeryHidden` not read: `unhide it`
    r = read(P + "entry_page_very.mht")
    assert only_project(r)["name"] == "校园安全监控改造"
    assert _hidden(r) == [NUTRITION + "it is " + VERY + " to read the form"]
