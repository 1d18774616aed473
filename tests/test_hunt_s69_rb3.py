"""Hunt rb3 (session 69): nothing already extracted is lost when one part of a file fails.

Hunted: the stages rb1, rb2 and rv155 left unguarded — one grid's rows (parsers.core.document_rows) and the mending
passes over a document's rows, the passing on of a preamble to the forms under it (base._inherit_preamble), a
layout's reading as a whole, a PDF page that raises half-way, a DOCX or web page whose every table raises, and a
form's continuation page titled `…表（续）` when the rows are cut again after split_forms raised. Each test makes
one function raise on one unit of a fixture or sample (its second call, or the unit named).

Decided:
  - a grid whose rows raise in document_rows is left out (its rows rolled back) with one `internal_error` naming its
    sheet, its page's table or its lines; the other grids and the text lines read (it failed the whole file);
  - a mending pass of document_rows that raises leaves the rows as they were before it, one `internal_error` naming
    the pass;
  - a form whose preamble inheriting raises keeps its own money unit and fields (what the step gave rolled back),
    one `internal_error` at the form; the forms after it still inherit (the whole file failed);
  - a layout of its own whose whole reading raises gives way to the general layout, one `internal_error` naming
    the layout (the whole file failed); the general layout's own error still fails the file;
  - a PDF page that raises half-way keeps nothing it had added (tables, lines, warnings): its `page_unreadable`
    alone (its first tables stayed, read as a form of a page that `could not be read`);
  - a file of which nothing was read (no project, no assessment item) whose parts raised — every table of a DOCX
    or web page — is `failed` with the first part's error, as any file that gave nothing (it was `partial` and
    empty, a `layout_unknown` beside the error);
  - a page or a dump's block whose title is marked as the form's continuation (`项目支出绩效目标表（续表）`,
    `…（续）`) does not open a form when the rows are cut again (a page or title each) after split_forms raised:
    it was cut off as a form of its own, the form above losing its last indicators;
  - a DOCX's page header or footer part, a text box or an object embedded in a paragraph that raises is left out
    alone (what it added rolled back), one `internal_error` naming it (the whole file failed);
  - strict (process_file(strict=True), --strict): each of these raised.
Kept: the fixtures read whole (a form over two pages under a `（续）` title is one form when nothing raises);
  rb2's and rv155's readings (a sheet, a table, a form, a block, a packed project each its own).
Left: a DOCX paragraph's own text (not a table, a text box or an embedded object in it) that raises still fails
  the file (a try per paragraph would be one per row); a PDF page's hints for the rows a page break cuts (the
  running headers) are not rolled back with the page.
"""
from __future__ import annotations

import pytest

import extract.office as office
import extract.pdf as pdf
import parsers.core as core
import parsers.layouts.base as base
from extract.grid import Grid
from jixiao import pipeline
from normalize.text import STRICT_NORMALIZERS
from parsers import registry
from tests.conftest import REVIEW

SAMPLES = REVIEW.parents[2] / "samples"
CONT_TXT, CONT_PDF, PREAMBLE = (str(REVIEW / f"ct_s69_rb3_{n}") for n in ("continued.txt", "continued.pdf",
                                                                          "preamble.txt"))
THREE_DOCX, THREE_HTML, THREE_TXT, THREE_XLSX = (str(REVIEW / f"ct_s68_rb2_three_{n}") for n in (
    "tables.docx", "tables.html", "forms.txt", "sheets.xlsx"))
CONT = [("高标准农田建设补助", 18600000.0, 7), ("城区公共自行车运营补助", 3260000.0, 4), ("畲族文化保护传承", 955000.0, 4)]
HEADER = str(REVIEW / "ct_s69_rb3_header.docx")
PDF_NAMES = ["农村饮水安全巩固提升工程", "城市道路照明设施维护", "城区绿化养护项目"]
SCHOOL = [("学前教育幼儿资助", 4128000.0), ("中小学教师培训", 2680000.0), ("校园安全设施改造", 5375000.0)]
RB2 = ["洮河流域水土保持综合治理", "农村公路养护", "困难残疾人生活补贴"]


@pytest.fixture
def lenient(monkeypatch):
    """Strict off (the conftest switches it on for the tests): as a run without --strict."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = STRICT_NORMALIZERS.set(False)
    yield
    STRICT_NORMALIZERS.reset(token)


def _counts(res) -> list[tuple]:
    return [(p["name"], p["budget_year"],
             sum(1 for i in res.tables["indicators"] if i["project_id"] == p["project_id"]))
            for p in res.tables["projects"]]


def _internal(res) -> list[dict]:
    return [w for w in res.tables["warnings"] if w["code"] == "internal_error"]


def _call_raises(monkeypatch, owner, name, at=2, error=None):
    """owner.name raising on its AT-th call (the others as ever)."""
    real, calls = getattr(owner, name), []

    def fn(*args, **kwargs):
        calls.append(1)
        if len(calls) == at:
            raise error or ZeroDivisionError("boom in one part")
        return real(*args, **kwargs)
    monkeypatch.setattr(owner, name, fn)


def test_the_fixtures_read_whole():
    res = pipeline.process_file(CONT_TXT)
    assert res.document["status"] == "ok" and not res.tables["warnings"] and _counts(res) == CONT
    assert {p["year"] for p in res.tables["projects"]} == {2025}
    res = pipeline.process_file(CONT_PDF)
    assert res.document["status"] == "ok" and not res.tables["warnings"]
    assert _counts(res) == [(PDF_NAMES[0], 12500000.0, 34), (PDF_NAMES[1], 2600000.0, 4), (PDF_NAMES[2], 4100000.0, 4)]
    res = pipeline.process_file(PREAMBLE)
    assert res.document["status"] == "ok" and [w["code"] for w in res.tables["warnings"]] == ["vague_target"]
    assert [(p["name"], p["budget_year"]) for p in res.tables["projects"]] == SCHOOL
    assert {p["department"] for p in res.tables["projects"]} == {"宁德市教育局"}


# ---------------------------------------------------------------- document_rows: one grid, one pass

def test_a_grid_whose_rows_raise_leaves_the_others(lenient, monkeypatch):
    # BASE: the whole document `failed` (document_rows raised: every layout's detection, then the file)
    _call_raises(monkeypatch, Grid, "refold_filled")
    res = pipeline.process_file(THREE_DOCX)
    assert res.document["status"] == "partial" and res.document["error"] is None
    assert [p["name"] for p in res.tables["projects"]] == [RB2[0], RB2[2]]
    assert len(res.tables["indicators"]) == 8
    (w,) = _internal(res)
    assert w["message"].startswith("table 2 ") and "could not be read (ZeroDivisionError: boom in one part): its " \
        "rows left out, the file's other tables and lines read" in w["message"]


def test_a_sheet_whose_rows_raise_is_named(lenient, monkeypatch):
    # BASE: the whole workbook `failed`
    _call_raises(monkeypatch, Grid, "without_empty_columns")
    res = pipeline.process_file(THREE_XLSX)
    assert res.document["status"] == "partial" and [p["name"] for p in res.tables["projects"]] == [RB2[0], RB2[2]]
    (w,) = _internal(res)
    assert w["page"] == 2 and w["message"].startswith("sheet 2 could not be read (ZeroDivisionError")


def test_a_mending_pass_that_raises_leaves_the_rows_as_they_were(lenient, monkeypatch):
    # BASE: the whole file `failed`
    def outline(rows):
        raise KeyError("level")
    monkeypatch.setattr(core, "_outline_tables", outline)
    res = pipeline.process_file(THREE_TXT)
    assert res.document["status"] == "partial" and [p["name"] for p in res.tables["projects"]] == RB2
    assert len(res.tables["indicators"]) == 12
    (w,) = _internal(res)
    assert w["message"].startswith("the rows' mending `outline` could not be run (KeyError: 'level')")


def test_document_rows_errors_are_raised_when_strict(lenient, monkeypatch):
    _call_raises(monkeypatch, Grid, "refold_filled")
    with pytest.raises(ZeroDivisionError):
        pipeline.process_file(THREE_DOCX, strict=True)


# ---------------------------------------------------------------- the preamble passed on

def test_a_form_whose_preamble_raises_keeps_its_own_and_the_others_inherit(lenient, monkeypatch):
    # BASE (no step of its own: _inherit_preamble raised as a whole): the whole file `failed`
    _call_raises(monkeypatch, base, "_inherit_one", at=1)
    res = pipeline.process_file(PREAMBLE)
    assert res.document["status"] == "partial"
    # (the second form read in its own unit, none stated: 元; the third given the preamble's 万元 as ever)
    assert [(p["name"], p["budget_year"]) for p in res.tables["projects"]] == [
        SCHOOL[0], (SCHOOL[1][0], 268.0), SCHOOL[2]]
    (w,) = _internal(res)
    assert "中小学教师培训" in w["message"] and "could not be given the preamble above it (ZeroDivisionError" in \
        w["message"] and w["message"].endswith("read with its own money unit and fields only")


def test_a_preambles_error_is_raised_when_strict(lenient, monkeypatch):
    _call_raises(monkeypatch, base, "_inherit_one", at=1)
    with pytest.raises(ZeroDivisionError):
        pipeline.process_file(PREAMBLE, strict=True)


# ---------------------------------------------------------------- a layout's whole reading

def _layout_raises(monkeypatch, lid):
    cls = type(registry.get(lid))

    def parse(self, doc):
        raise AttributeError("'NoneType' object has no attribute 'cells'")
    monkeypatch.setattr(cls, "parse", parse)


def test_a_layout_whose_reading_raises_gives_way_to_the_general_one(lenient, monkeypatch):
    # BASE: the whole file `failed`
    path = str(SAMPLES / "001_8fa2eebab90b1003.txt")
    assert pipeline.process_file(path).document["layout"] == "shanghai_2019_target"
    _layout_raises(monkeypatch, "shanghai_2019_target")
    res = pipeline.process_file(path)
    assert res.document["status"] == "partial" and res.document["layout"].startswith("generic")
    assert len(res.tables["projects"]) >= 4 and res.tables["indicators"]
    (w,) = _internal(res)
    assert w["message"] == ("the layout shanghai_2019_target could not read the file (AttributeError: 'NoneType' "
                            "object has no attribute 'cells'): read with the general layout instead")


def test_the_general_layouts_own_error_fails_the_file(lenient, monkeypatch):
    _layout_raises(monkeypatch, "generic")
    res = pipeline.process_file(THREE_TXT)
    assert res.document["status"] == "failed" and "AttributeError" in res.document["error"]


def test_a_layouts_error_is_raised_when_strict(lenient, monkeypatch):
    _layout_raises(monkeypatch, "shanghai_2019_target")
    with pytest.raises(AttributeError):
        pipeline.process_file(str(SAMPLES / "001_8fa2eebab90b1003.txt"), strict=True)


# ---------------------------------------------------------------- a PDF page raising half-way

def test_a_pdf_page_that_raises_half_way_keeps_nothing(lenient, monkeypatch):
    # BASE: page 3's table, read before the error, stayed: 城市道路照明设施维护 a project of a page that
    # `could not be read`
    _call_raises(monkeypatch, pdf, "table_pictures", at=3)
    res = pipeline.process_file(CONT_PDF)
    assert res.document["status"] == "partial"
    assert _counts(res) == [(PDF_NAMES[0], 12500000.0, 34), (PDF_NAMES[2], 4100000.0, 4)]
    (w,) = [w for w in res.tables["warnings"] if w["code"] == "page_unreadable"]
    assert w["page"] == 3 and "ZeroDivisionError" in w["message"]


# ---------------------------------------------------------------- a document whose every table raises

@pytest.mark.parametrize("path, reader", [(THREE_DOCX, "_docx_table"), (THREE_HTML, "_html_table")])
def test_a_document_whose_every_table_raises_is_failed(lenient, monkeypatch, path, reader):
    # BASE: `partial`, no project, three internal_error saying `the file's other tables and paragraphs read` and a
    # layout_unknown
    def table(*args):
        raise IndexError("list index out of range")
    monkeypatch.setattr(office, reader, table)
    res = pipeline.process_file(path)
    assert res.document["status"] == "failed" and not res.tables["projects"] and not res.tables["warnings"]
    assert res.document["error"].endswith("internal error while reading: table 1: IndexError: list index out of range")


def test_a_documents_one_table_that_raises_leaves_the_others(lenient, monkeypatch):
    # (kept: rb2's reading)
    _call_raises(monkeypatch, office, "_docx_table")
    res = pipeline.process_file(THREE_DOCX)
    assert res.document["status"] == "partial" and [p["name"] for p in res.tables["projects"]] == [RB2[0], RB2[2]]


# ---------------------------------------------------------------- a continuation page when the cut is made again

def _split_raises_on_the_whole(monkeypatch, names):
    real = base.split_forms

    def split_forms(rows):
        text = "".join(c.text for r in rows for c in r.cells)
        if all(n in text for n in names):
            raise IndexError("list index out of range")
        return real(rows)
    monkeypatch.setattr(base, "split_forms", split_forms)


def test_a_dumps_continued_title_stays_with_its_form_when_the_cut_is_made_again(lenient, monkeypatch):
    # BASE: the `（续）` page a block of its own: the farmland project kept 3 of its 7 indicators, a fragment read
    _split_raises_on_the_whole(monkeypatch, [n for n, _, _ in CONT])
    res = pipeline.process_file(CONT_TXT)
    assert _counts(res) == CONT and not _internal(res)


def test_a_pdfs_continued_page_stays_with_its_form_when_the_cut_is_made_again(lenient, monkeypatch):
    # BASE: page 2, titled `项目支出绩效目标表（续表）`, cut off as a form of its own
    _split_raises_on_the_whole(monkeypatch, PDF_NAMES)
    res = pipeline.process_file(CONT_PDF)
    assert _counts(res) == [(PDF_NAMES[0], 12500000.0, 34), (PDF_NAMES[1], 2600000.0, 4), (PDF_NAMES[2], 4100000.0, 4)]
    assert not _internal(res)


# ---------------------------------------------------------------- a DOCX's part other than a table

def _header_raises(monkeypatch):
    real = office._docx_blocks

    def blocks(parent, *args, **kwargs):
        if str(parent.tag).endswith("}hdr"):
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        return real(parent, *args, **kwargs)
    monkeypatch.setattr(office, "_docx_blocks", blocks)


def test_a_docx_page_header_that_raises_leaves_the_forms(lenient, monkeypatch):
    # BASE: the whole document `failed`
    assert _counts(pipeline.process_file(HEADER)) == [CONT[0], CONT[1]]
    _header_raises(monkeypatch)
    res = pipeline.process_file(HEADER)
    assert res.document["status"] == "partial" and _counts(res) == [CONT[0], CONT[1]]
    (w,) = _internal(res)
    assert w["message"].startswith("the page header part could not be read (UnicodeDecodeError: ") and \
        w["message"].endswith("its text left out, the file's other tables and paragraphs read")


def test_a_docx_parts_error_is_raised_when_strict(lenient, monkeypatch):
    _header_raises(monkeypatch)
    with pytest.raises(UnicodeDecodeError):
        pipeline.process_file(HEADER, strict=True)
