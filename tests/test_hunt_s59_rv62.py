"""Review rv62 (session 59) of hunt of6: hidden sheets of a workbook (tests/fixtures/review/ct_s59_rv62_*, made by
tests/fixtures/review/make_s59_rv62.py with openpyxl and LibreOffice; each read by hand before the run).

Decided: `hidden_form_unread` names the hidden sheets the lost form was read from, not every hidden sheet holding
cells — a 下拉 sheet (a data validation's lists) or the shown project's old version hidden beside it are no form
lost (of6 said `sheets 2 (下拉), 3 (2024年), 4 (营养餐) are hidden …, and they read as a form of another project`,
its page the lookup list's); so does the warning of a workbook that shows no form (of5's).
Kept (of6 already): an .ods (read through LibreOffice as XLSX) says it as an XLSX does; a very hidden sheet is a
hidden one; the project's form of another year hidden beside it (same name, other indicators) says nothing.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s59_rv62_"


def _hidden_warning(r) -> dict:
    ws = [w for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"]
    assert len(ws) == 1
    return ws[0]


def _school(r) -> None:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == ("校园安全监控改造", "市教育局", "市第一中学",
                                                                         865000)
    assert [t[2] for t in indicator_targets(r)] == ["新增监控点位", "设备验收合格率", "校园安全事件发生率", "师生满意度"]


@pytest.mark.parametrize("ext", ["xlsx", "xls", "ods"])
def test_the_sheet_of_the_other_project_is_named_not_the_lookup_nor_the_old_version(read, ext):
    # of6: `sheets 2 (下拉), 3 (2024年), 4 (营养餐) are hidden … they read as a form of another project`, page 2
    r = read(P + "two_hidden." + ext)
    _school(r)
    w = _hidden_warning(r)
    assert w["message"].startswith("sheet 4 (营养餐) is hidden and not read (what Excel shows is read), and it reads "
                                   "as a form of another project (学生营养餐改善): unhide it")
    assert w["page"] == 4 and r.document["status"] == "partial"
    assert [c for c in warning_codes(r) if c != "converted"] == ["hidden_form_unread"]


def test_a_very_hidden_sheet_beside_a_hidden_lookup_list(read):
    r = read(P + "very_hidden.xlsx")
    _school(r)
    w = _hidden_warning(r)
    assert w["message"].startswith("sheet 3 (营养餐) is hidden and not read") and "学生营养餐改善" in w["message"]
    assert w["page"] == 3 and warning_codes(r) == ["hidden_form_unread"]


def test_no_form_shown_the_hidden_form_named_not_the_lookup_list(read):
    # of5 / of6: `sheets 2 (下拉), 3 (绩效目标表) are hidden …, and they read as a form (generic)`, page 2
    r = read(P + "lookup_and_form.xlsx")
    assert r.tables["projects"] == [] and r.document["status"] == "partial"
    assert warning_codes(r) == ["layout_unknown", "hidden_form_unread"]
    w = _hidden_warning(r)
    assert w["message"].startswith("sheet 3 (绩效目标表) is hidden and not read") and w["page"] == 3
