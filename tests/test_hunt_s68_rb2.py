"""Hunt rb2 (session 68): nothing already extracted is lost when code outside one form's read fails.

Hunted: since rb1 an error raised reading one form drops that form only; an error raised outside one form's read
still failed the whole file, every table emptied: one sheet's cells read by extract_xlsx / extract_xls, a layout's
detection (parsers.registry.detect_layout), the cutting of the rows into forms (split_forms), one project of a
packed list (packed_list's row loop). And a dropped form's normalizer failures noted while it was read were still
said as `normalizer_failed`, at cells whose records were left out.

Decided: the smallest part is isolated, its error said by one `internal_error` warning (its page and line; the
  file is the warning's document) naming the part and the exception's type and message, the document `partial`,
  the other parts read; strict (process_file(strict=True), --strict) raises, as before:
  - a sheet of a workbook (.xlsx, .xls): its cells and lines left out (`sheet 2 (农村公路养护) could not be read …`);
    the hidden sheets' read still raises, said by pipeline._hidden_form (`page_unreadable`);
  - a layout whose detection raises: no candidate, the others asked (one warning naming the layouts of one error);
  - split_forms raising: the rows cut again in blocks (a page or sheet each, else from one form's title to the
    next's), each cut on its own, a block whose cut raises left out (`lines 14-25 (…) could not be read …`);
  - one project of a packed list (its row's form), at its name's cell;
  - one table of a DOCX or a web page (`table 2 could not be read …`), generic's places list after its forms;
  - a text dump's rows (extract/txt.py's build_grids) raising: read again a block each, from a form's title line
    after a blank line to the next's (`lines 14-25 (…) could not be read …`); a dump of one block, or whose every
    block raises, still `failed`.
  A cover naming a dropped form whose title alone names its project (no 项目名称 row) is no project (rv150's Left).
  A form left out (its read or its records raised) takes its noted normalizer failures with it: no
  `normalizer_failed` pointing at records that do not exist (docs/SCHEMA.md says so).
  Fixtures: make_s68_rb2.py's three forms of a 甘肃 county (a tab dump, a workbook of one form a sheet) and a 天水
  city bureau's packed list of three projects.
Kept: PDF pages were already isolated (`page_unreadable` names the page and the error); a read with no error
  gives no `internal_error` and keeps its status; a cover naming a form further on is no project (as before).
Left: an error in document_rows, base._inherit_preamble or a layout's parse as a whole, in a DOCX's paragraphs
  or a web page's lines outside tables, in a text dump's block cut by no title line, still fails the whole file.
"""
from __future__ import annotations

import pytest

import extract.office as office
import parsers.layouts.base as base
import parsers.layouts.packed_list as packed
from jixiao import pipeline
from normalize import records as N_records
from normalize.text import NORMALIZER_FAILURES, STRICT_NORMALIZERS
from parsers import registry
from tests.conftest import REVIEW

NAMES = ["洮河流域水土保持综合治理", "农村公路养护", "困难残疾人生活补贴"]
TEXT, BOOK, PACKED = (str(REVIEW / f"ct_s68_rb2_{n}") for n in ("three_forms.txt", "three_sheets.xlsx",
                                                                 "packed_list.txt"))
LISTED = ["天水市城区背街小巷改造提升项目", "天水市城区公厕运维管护项目", "天水市城区园林绿化养护项目"]


@pytest.fixture
def lenient(monkeypatch):
    """Strict off (the conftest switches it on for the tests): as a run without --strict."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = STRICT_NORMALIZERS.set(False)
    yield
    STRICT_NORMALIZERS.reset(token)


def _internal(res) -> list[dict]:
    return [w for w in res.tables["warnings"] if w["code"] == "internal_error"]


def _second_call_raises(monkeypatch, owner, name, error=ZeroDivisionError("boom in the second part")):
    real, calls = getattr(owner, name), []

    def fn(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise error
        return real(*args, **kwargs)
    monkeypatch.setattr(owner, name, fn)


def test_the_fixtures_read_whole():
    for path in (TEXT, BOOK):
        res = pipeline.process_file(path)
        assert res.document["status"] == "ok" and not _internal(res)
        assert [(p["name"], p["year"], p["budget_year"]) for p in res.tables["projects"]] == [
            (NAMES[0], 2025, 6200000.0), (NAMES[1], 2025, 3850000.0), (NAMES[2], 2025, 2124000.0)]
        assert len(res.tables["indicators"]) == 12
    res = pipeline.process_file(PACKED)
    assert res.document["status"] == "ok" and res.document["layout"] == "packed_list"
    assert [(p["name"], p["budget_year"]) for p in res.tables["projects"]] == [
        (LISTED[0], 5600000.0), (LISTED[1], 1380000.0), (LISTED[2], 2750000.0)]
    assert len(res.tables["indicators"]) == 12


def _first_and_third(res) -> None:
    assert res.document["status"] == "partial" and res.document["error"] is None
    assert [(p["name"], p["year"]) for p in res.tables["projects"]] == [(NAMES[0], 2025), (NAMES[2], 2025)]
    assert [i["level3"] for i in res.tables["indicators"]] == [
        "治理水土流失面积", "工程验收合格率", "林草覆盖率提高", "受益群众满意度",
        "补贴发放人数", "补贴按月发放率", "困难残疾人基本生活保障", "补贴对象满意度"]


def test_a_sheet_whose_reading_raises_leaves_the_others(lenient, monkeypatch):
    # BASE: the whole workbook `failed`, no project
    _second_call_raises(monkeypatch, office, "_hidden_rows")
    res = pipeline.process_file(BOOK)
    _first_and_third(res)
    (w,) = _internal(res)
    assert w["page"] == 2 and w["message"].startswith("sheet 2 (农村公路养护) could not be read (ZeroDivisionError: "
                                                      "boom in the second part): its cells left out")


def test_a_sheets_error_is_raised_when_strict(lenient, monkeypatch):
    _second_call_raises(monkeypatch, office, "_hidden_rows")
    with pytest.raises(ZeroDivisionError):
        pipeline.process_file(BOOK, strict=True)


def _second_layout_detect_raises(monkeypatch):
    lid = "minhang_2020_target"           # (asked of every document: no cap on its score)
    layout = registry.get(lid)

    def detect(doc):
        raise AttributeError("'NoneType' object has no attribute 'text'")
    monkeypatch.setattr(layout, "detect", detect)
    return lid


def test_a_layout_whose_detection_raises_is_no_candidate(lenient, monkeypatch):
    # BASE: the whole file `failed`
    lid = _second_layout_detect_raises(monkeypatch)
    res = pipeline.process_file(TEXT)
    assert [p["name"] for p in res.tables["projects"]] == NAMES and len(res.tables["indicators"]) == 12
    assert res.document["status"] == "partial" and res.document["layout"] == "generic:target"
    (w,) = _internal(res)
    assert f"the detection of layout {lid} could not be run (AttributeError:" in w["message"]


def test_a_detections_error_is_raised_when_strict(lenient, monkeypatch):
    _second_layout_detect_raises(monkeypatch)
    with pytest.raises(AttributeError):
        pipeline.process_file(TEXT, strict=True)


def _cut_raises_on_the_second_form(monkeypatch):
    real = base.split_forms

    def split_forms(rows):
        if any(NAMES[1] in c.text for r in rows for c in r.cells):
            raise IndexError("list index out of range")
        return real(rows)
    monkeypatch.setattr(base, "split_forms", split_forms)


def test_a_block_whose_cutting_raises_leaves_the_others(lenient, monkeypatch):
    # BASE: the whole file `failed`
    _cut_raises_on_the_second_form(monkeypatch)
    res = pipeline.process_file(TEXT)
    _first_and_third(res)
    (w,) = _internal(res)
    assert w["line"] == 14 and w["message"].startswith("lines 14-25 (`2025年度项目支出绩效目标申报表`) could not be "
                                                       "read (IndexError: list index out of range): its rows left out")


def test_a_sheet_whose_cutting_raises_leaves_the_others(lenient, monkeypatch):
    _cut_raises_on_the_second_form(monkeypatch)
    res = pipeline.process_file(BOOK)
    _first_and_third(res)
    (w,) = _internal(res)
    assert (w["page"], w["line"]) == (2, 1) and w["message"].startswith("page 2 (`2025年度项目支出绩效目标申报表`)")


def test_a_cuts_error_is_raised_when_strict(lenient, monkeypatch):
    _cut_raises_on_the_second_form(monkeypatch)
    with pytest.raises(IndexError):
        pipeline.process_file(TEXT, strict=True)


def _second_project_raises(monkeypatch):
    real = packed.RawValue

    def raw_value(text, *args, **kwargs):
        if text == LISTED[1]:
            raise ValueError("not enough values to unpack")
        return real(text, *args, **kwargs)
    monkeypatch.setattr(packed, "RawValue", raw_value)


def test_a_packed_project_whose_reading_raises_leaves_the_others(lenient, monkeypatch):
    # BASE: the whole list `failed`
    _second_project_raises(monkeypatch)
    res = pipeline.process_file(PACKED)
    assert [p["name"] for p in res.tables["projects"]] == [LISTED[0], LISTED[2]]
    assert [p["project_id"][-2:] for p in res.tables["projects"]] == ["-1", "-2"]
    assert len(res.tables["indicators"]) == 8 and res.document["status"] == "partial"
    (w,) = _internal(res)
    assert w["line"] == 6 and w["message"].startswith(f"the project `{LISTED[1]}` of a packed list could not be "
                                                      "read (ValueError: not enough values to unpack)")


def test_a_packed_projects_error_is_raised_when_strict(lenient, monkeypatch):
    _second_project_raises(monkeypatch)
    with pytest.raises(ValueError):
        pipeline.process_file(PACKED, strict=True)


def _second_read_notes(monkeypatch, then_raise: bool):
    """read_form of the second form notes a normalizer failure on its target `不低于85%` (as a guarded normalizer
    does), then raises (THEN_RAISE) or returns its form."""
    real, calls = base.read_form, []

    def read_form(seg):
        calls.append(seg)
        form = real(seg)
        if len(calls) == 2:
            NORMALIZER_FAILURES.get().append(("split_target", "不低于85%", "ValueError"))
            if then_raise:
                raise ZeroDivisionError("boom in the second form")
        return form
    monkeypatch.setattr(base, "read_form", read_form)


def test_a_dropped_forms_normalizer_failures_go_with_it(lenient, monkeypatch):
    # BASE: `normalize_failed` at the line of 不低于85%, a record left out
    _second_read_notes(monkeypatch, then_raise=True)
    res = pipeline.process_file(TEXT)
    _first_and_third(res)
    assert [w["code"] for w in res.tables["warnings"] if w["code"] != "vague_target"] == ["internal_error"]


def test_a_form_whose_records_raise_takes_its_failures_with_it(lenient, monkeypatch):
    # BASE: `normalize_failed` of the form's read said, its records rolled back
    _second_read_notes(monkeypatch, then_raise=False)
    real = N_records.normalize_project

    def normalize_project(fields, *args, **kwargs):
        if "name" in fields and fields["name"].text == NAMES[1]:
            raise KeyError("no such field")
        return real(fields, *args, **kwargs)
    monkeypatch.setattr(pipeline.N, "normalize_project", normalize_project)
    res = pipeline.process_file(TEXT)
    _first_and_third(res)
    assert [w["code"] for w in res.tables["warnings"] if w["code"] != "vague_target"] == ["internal_error"]


def test_a_kept_forms_normalizer_failure_is_still_said(lenient, monkeypatch):
    _second_read_notes(monkeypatch, then_raise=False)
    res = pipeline.process_file(TEXT)
    assert [p["name"] for p in res.tables["projects"]] == NAMES
    (w,) = [w for w in res.tables["warnings"] if w["code"] == "normalizer_failed"]
    assert "不低于85%" in w["message"] and not _internal(res)


@pytest.mark.parametrize("name, reader", [("three_tables.docx", "_docx_table"), ("three_tables.html", "_html_table")])
def test_a_table_whose_reading_raises_leaves_the_others(lenient, monkeypatch, name, reader):
    # BASE: the whole document `failed`
    _second_call_raises(monkeypatch, office, reader)
    res = pipeline.process_file(str(REVIEW / f"ct_s68_rb2_{name}"))
    _first_and_third(res)
    (w,) = _internal(res)
    assert w["message"].startswith("table 2 could not be read (ZeroDivisionError: boom in the second part): its "
                                   "cells left out, the file's other tables and paragraphs read")


@pytest.mark.parametrize("name, reader", [("three_tables.docx", "_docx_table"), ("three_tables.html", "_html_table")])
def test_a_tables_error_is_raised_when_strict(lenient, monkeypatch, name, reader):
    _second_call_raises(monkeypatch, office, reader)
    with pytest.raises(ZeroDivisionError):
        pipeline.process_file(str(REVIEW / f"ct_s68_rb2_{name}"), strict=True)


def test_an_error_reading_the_places_after_the_forms_keeps_the_forms(lenient, monkeypatch):
    # BASE: the whole file `failed` (generic reads a list of places' shares after its forms, region_forms)
    import parsers.layouts.generic as generic

    def region_forms(doc, fund=None):
        raise TypeError("'NoneType' object is not subscriptable")
    monkeypatch.setattr(generic, "region_forms", region_forms)
    res = pipeline.process_file(TEXT)
    assert [p["name"] for p in res.tables["projects"]] == NAMES and len(res.tables["indicators"]) == 12
    assert res.document["status"] == "partial"
    (w,) = _internal(res)
    assert w["message"].startswith("the list of places' shares of a fund (区域绩效目标) beside the forms could not be "
                                   "read (TypeError: 'NoneType' object is not subscriptable): its places left out")


def test_a_cover_naming_a_form_titled_with_its_project_that_raised_is_no_project(lenient, monkeypatch):
    # BASE: the cover came out as the project (`安定区城区集中供热管网改造`, no money, the cover's contact 杨建军, no
    # indicator): a half record of the dropped form, whose title alone names it (no 项目名称 row)
    real = base.read_form

    def read_form(seg):
        if any("改造供热管网长度" in c.text for r in seg.rows for c in r.cells):
            raise ZeroDivisionError("boom in the covered form")
        return real(seg)
    monkeypatch.setattr(base, "read_form", read_form)
    res = pipeline.process_file(str(REVIEW / "ct_s68_rb2_cover_titled.txt"))
    assert [(p["name"], p["unit"], p["budget_year"], p["contact"]) for p in res.tables["projects"]] == [
        ("安定区农村户用卫生厕所改造", "定西市安定区农村能源站", 3250000.0, "王丽娟")]
    assert [(w["code"], w["line"]) for w in res.tables["warnings"]] == [("internal_error", 8), ("not_a_form", 1)]
    assert res.document["status"] == "partial"


def test_the_cover_and_its_titled_form_read_whole(read):
    res = read("ct_s68_rb2_cover_titled.txt")
    assert res.document["status"] == "ok"
    assert [(p["name"], p["unit"], p["budget_year"]) for p in res.tables["projects"]] == [
        ("安定区城区集中供热管网改造项目", "定西市安定区热力公司", 14600000.0),
        ("安定区农村户用卫生厕所改造", "定西市安定区农村能源站", 3250000.0)]
    assert [w["code"] for w in res.tables["warnings"]] == ["not_a_form"]


def _rows_raise_on_the_second_form(monkeypatch):
    import extract.txt as txt
    real = txt._build_horizontal

    def build_horizontal(rows, *args, **kwargs):
        if any(NAMES[1] in r for r in rows if isinstance(r, str)):
            raise RecursionError("maximum recursion depth exceeded")
        return real(rows, *args, **kwargs)
    monkeypatch.setattr(txt, "_build_horizontal", build_horizontal)


def test_a_dumps_block_whose_rows_raise_leaves_the_others(lenient, monkeypatch):
    # BASE: the whole dump `failed`
    _rows_raise_on_the_second_form(monkeypatch)
    res = pipeline.process_file(TEXT)
    _first_and_third(res)
    (w,) = _internal(res)
    assert (w["page"], w["line"]) == (None, 14) and w["message"] == (
        "lines 14-25 (`2025年度项目支出绩效目标申报表`) could not be read (RecursionError: maximum recursion depth "
        "exceeded): its rows left out, the file's other lines read")


def test_a_dumps_rows_error_is_raised_when_strict(lenient, monkeypatch):
    _rows_raise_on_the_second_form(monkeypatch)
    with pytest.raises(RecursionError):
        pipeline.process_file(TEXT, strict=True)


def test_a_dump_of_one_block_whose_rows_raise_is_failed(lenient, monkeypatch):
    # (nothing to keep apart: the file `failed`, its error named, as before)
    import extract.txt as txt

    def build_horizontal(rows, *args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")
    monkeypatch.setattr(txt, "_build_horizontal", build_horizontal)
    res = pipeline.process_file(str(REVIEW / "ct_s68_rb2_cover_titled.txt"))
    assert res.document["status"] == "failed" and "RecursionError" in res.document["error"]
