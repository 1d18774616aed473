"""Mend md56 (session 65, of review rd65's group 4): a workbook's `pages` and sheet numbers count its every tab,
chart sheets too, as docs/SCHEMA.md says — an .xlsx's chart sheet after its last worksheet, and an .xls's chart
sheets, which xlrd leaves out of its sheet list (tests/fixtures/review/ct_s65_md56_*, made by
tests/fixtures/review/make_s65_md56.py). Each reading was written down by hand before the run.

Decided (wrong on main, fixed):
- an .xlsx of a form then a chart sheet (`绩效目标表`, `资金结构图`) has `pages` 2 (main: 1, the last worksheet's tab);
- an .xls of tabs 村组道路硬化工程, 资金结构图 (chart), 乡镇街道路灯安装, 路灯分布图 (chart): the forms on sheets 1 and
  3, `pages` 4, the second form's uncomputed formula said on sheet 3 (main: sheets 1 and 2, `pages` 2).
Kept: the form on its sheet's row numbers; an .xlsx's chart sheet between forms (hunt of12's tests).
"""
from __future__ import annotations

from tests.hunt_tools import only_project

PRE = "ct_s65_md56_"
W = 10000.0


def test_xlsx_chart_sheet_after_the_last_worksheet_counts(read):
    """Tabs 绩效目标表, 资金结构图 (a chart sheet): the form on sheet 1, the workbook's pages 2."""
    r = read(PRE + "chart_last.xlsx")
    p = only_project(r)
    assert (p["name"], p["page"], p["budget_year"]) == ("村组道路硬化工程", 1, 150 * W)
    assert r.document["pages"] == 2
    assert [(i["page"], i["line"]) for i in r.tables["indicators"]][:1] == [(1, 7)]
    assert r.tables["warnings"] == []


def test_xls_chart_sheets_count_as_tabs(read):
    """Tabs 村组道路硬化工程, 资金结构图 (chart), 乡镇街道路灯安装, 路灯分布图 (chart): the forms on sheets 1 and 3,
    each first indicator on row 7, the workbook's pages 4."""
    r = read(PRE + "chart_tabs.xls")
    ps = r.tables["projects"]
    assert [(p["name"], p["page"], p["line"], p["budget_year"]) for p in ps] == [
        ("村组道路硬化工程", 1, 1, 150 * W), ("乡镇街道路灯安装", 3, 1, 42.8 * W)]
    assert r.document["pages"] == 4
    inds = r.tables["indicators"]
    assert [(i["page"], i["line"], i["level3"]) for i in inds[::4]] == [(1, 7, "硬化道路里程"), (3, 7, "安装太阳能路灯")]


def test_xls_formula_warning_names_the_sheet_by_tab(read):
    """The second form's 其中：财政拨款 `=B4`, no value cached by xlwt: the warning on sheet 3, named so."""
    r = read(PRE + "chart_tabs.xls")
    ws = [w for w in r.tables["warnings"] if w["code"] == "formula_not_computed"]
    assert [(w["page"], w["line"], w["message"].startswith("sheet 3 (乡镇街道路灯安装) cell D4:")) for w in ws] == [
        (3, 4, True)]
