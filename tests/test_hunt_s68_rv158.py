"""Review rv158 (session 68) of hunt of15: its UTF-16 sniffing (jixiao.pipeline._utf16_content) met with UTF-16
files under office names that are no tab text (tests/fixtures/review/ct_s68_rv158_*, made by
tests/fixtures/review/make_s68_rv158.py). Each reading was written down by hand before the run.

Decided (wrong on BASE, fixed):
- an Excel 2003 XML Spreadsheet in UTF-16 with its mark (`<?xml … encoding="utf-16"?>`, as .NET exporters write
  it) named .xls was taken for a web page (`_utf16_content` answered `html` for any `<?xml`): read `ok` with no
  project and only `layout_unknown` (before hunt of15 it failed, `not an Excel workbook`). Now the markup of a
  UTF-16 file is told apart as UTF-8 markup is (`_markup_kind`, shared with `_renamed_content`, which now
  sniffs a UTF-16 file with its mark as the text it is), and the XML is given to LibreOffice as UTF-8 (it gives
  nothing of it in UTF-16): read as the workbook it is; a Word 2003 XML so written, named .doc, likewise;
- a UTF-16 web page named .xlsx was read as a page; a web page under an OOXML name is a download's error page
  by the rule `_renamed_content` follows for UTF-8 / GBK pages: it fails as the damaged package it is, as
  before hunt of15;
- a .docx package holding a Word document's other parts (word/styles.xml …) but no word/document.xml failed
  `… holds no Word document part (word/document.xml), only a Word document's parts` (a contradiction): its parts
  are listed, as for a package of no known kind.
Kept (read right on BASE, guards): a UTF-16 web page with its mark named .xls (html); Notepad's "Unicode" tab
text named .xlsx (UTF-16LE, mark) and its "Unicode big endian" named .et (UTF-16BE, mark), read as text dumps.
Left: nothing found in the cut-RTF path of the hunt in this short review (escaped braces `\\\\{` counted right by
`_rtf_cut`).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

PRE = "ct_s68_rv158_"
W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"
TARGETS = [
    (P, "数量指标", "服务老年人数", ">=", 2600.0, "人"),
    (P, "质量指标", "服务合格率", ">=", 95.0, "%"),
    (E, "社会效益指标", "老年人生活质量改善率", ">=", 80.0, "%"),
    (S, "服务对象满意度指标", "服务对象满意度", ">=", 90.0, "%")]
FIELDS = ("城市社区居家养老服务补助", "柳州市民政局", "柳北区社会福利服务中心", 138 * W)


def _fields(p) -> tuple:
    return p["name"], p["department"], p["unit"], p["budget_year"]


@pytest.mark.parametrize("name, fmt", [("xml16.xls", "xlsx"), ("word16.doc", "docx")])
def test_utf16_office_2003_xml_read_as_what_it_is(read, name, fmt):
    r = read(PRE + name)
    assert (r.document["status"], r.document["format"]) == ("ok", fmt)
    assert "converted" in warning_codes(r) and "layout_unknown" not in warning_codes(r)
    assert _fields(only_project(r)) == FIELDS
    assert indicator_targets(r) == TARGETS


def test_utf16_web_page_named_xlsx_fails_as_a_damaged_package(read):
    r = read(PRE + "web16.xlsx")
    assert r.document["status"] == "failed"
    assert "not an Excel workbook (.xlsx)" in r.document["error"]


def test_utf16_web_page_named_xls(read):
    r = read(PRE + "web16.xls")
    assert (r.document["status"], r.document["format"]) == ("ok", "html")
    assert _fields(only_project(r)) == FIELDS
    assert indicator_targets(r) == TARGETS


@pytest.mark.parametrize("name, enc", [("tabs16.xlsx", "utf-16-le (BOM)"), ("tabs16be.et", "utf-16-be (BOM)")])
def test_utf16_tab_text_under_other_office_names(read, name, enc):
    r = read(PRE + name)
    assert (r.document["status"], r.document["format"], r.document["encoding"]) == ("ok", "txt", enc)
    assert _fields(only_project(r)) == FIELDS
    assert indicator_targets(r) == TARGETS


def test_word_package_without_its_document_lists_its_parts(read):
    r = read(PRE + "nodoc.docx")
    assert r.document["status"] == "failed"
    assert r.document["error"].endswith(
        ": damaged DOCX: its zip package holds no Word document part (word/document.xml), only 5 parts: "
        "[Content_Types].xml, _rels/.rels, word/styles.xml, word/settings.xml …")
