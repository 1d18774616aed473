"""Review rv155 (session 68) of hunt rb2: an error outside one form's read loses only its part.

Hunted: rb2's fallbacks on forms it did not test — the cut of a PDF's rows again a page each when split_forms
raises, with a form running over a page break; a text dump read again a block each when build_grids raises, with
titles that write the year after the form's kind (`项目支出绩效目标表（2025年度）`) or forms stacked with no blank
line between them (a sheet's dump); a workbook whose sheets all raise (a part of the workbook each sheet asks).

Decided:
  - the rows cut again when split_forms raised are cut at a page or sheet only where the page opens a form (a form's
    title, or its 项目名称 row, among its first rows): a page continuing the form above it (its indicator rows under
    the page break) stays that form's — cut a page each it was read as a form of its own, the form above losing its
    last indicators (7 of 34: two `unparsed_row`, a `no_satisfaction_indicator` of a form that has one);
  - a text dump read again block by block begins a block at a form's title line whose year, or another word, is
    bracketed after the form's kind (`项目支出绩效目标表（2025年度）`, `…自评表(调整)`), and at a title line alone
    on its line (no other cell) with no blank line before it (forms stacked as a sheet's dump writes them): such a
    dump was one block, its whole file `failed`;
  - a workbook whose every sheet read raises (one part they all ask raising, the workbook's text boxes) is `failed`,
    its error named, as a dump of one block is: it came out `partial` and empty, an `internal_error` a sheet saying
    `the file's other sheets read` (none was) and a `layout_unknown`.
Kept: the fixtures read whole with no error (bar two `vague_target`): every project, money and indicator, status
  `ok`; a workbook's one sheet raising leaves the other (rb2's reading); a stacked dump's error raised when strict.
Left: a form whose continuation page repeats the form's title (`项目支出绩效目标表（续）`) is still cut there;
  base._lost_names reads `泰和县2025年度` out of a title `泰和县2025年度项目支出绩效目标表` as a lost project's name
  (a cover naming a project under that prefix would be dropped when such a form, with no 项目名称 row, raises);
  a DOCX or web page whose every table raises stays `partial` (its paragraphs read, which may hold a form).
"""
from __future__ import annotations

import pytest

import parsers.layouts.base as base
from jixiao import pipeline
from normalize.text import STRICT_NORMALIZERS
from tests.conftest import REVIEW

PDF, YEARS, STACKED = (str(REVIEW / f"ct_s68_rv155_{n}") for n in ("run_over.pdf", "year_titles.txt", "stacked.txt"))
PDF_NAMES = ["农村饮水安全巩固提升工程", "城市道路照明设施维护", "城区绿化养护项目"]
NAMES = ["赣江支流河道清淤疏浚", "城乡居民基本医疗保险财政补助", "农村生活垃圾收运处置"]


@pytest.fixture
def lenient(monkeypatch):
    """Strict off (the conftest switches it on for the tests): as a run without --strict."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = STRICT_NORMALIZERS.set(False)
    yield
    STRICT_NORMALIZERS.reset(token)


def _counts(res) -> list[tuple]:
    return [(p["name"], p["budget_year"], sum(1 for i in res.tables["indicators"] if i["project_id"] == p["project_id"]))
            for p in res.tables["projects"]]


def _codes(res) -> list[tuple]:
    return [(w["code"], w["page"], w["line"]) for w in res.tables["warnings"]]


def test_the_fixtures_read_whole():
    res = pipeline.process_file(PDF)
    assert res.document["status"] == "ok" and not res.tables["warnings"]
    assert _counts(res) == [(PDF_NAMES[0], 12500000.0, 34), (PDF_NAMES[1], 2600000.0, 4), (PDF_NAMES[2], 4100000.0, 4)]
    for path in (YEARS, STACKED):
        res = pipeline.process_file(path)
        assert res.document["status"] == "ok" and [w["code"] for w in res.tables["warnings"]] == ["vague_target"] * 2
        assert [(p["name"], p["year"], p["budget_year"], p["unit"]) for p in res.tables["projects"]] == [
            (NAMES[0], 2025, 4800000.0, "泰和县河道管理所"), (NAMES[1], 2025, 21500000.0, "泰和县医疗保险服务中心"),
            (NAMES[2], 2025, 7360000.0, "泰和县环境卫生服务中心")]
        assert len(res.tables["indicators"]) == 12


def test_a_page_continuing_a_form_stays_its_when_the_cut_is_made_again(lenient, monkeypatch):
    # BASE: page 2 cut off as a form of its own: the water project kept 27 of its 34 indicators, two rows said as
    # unparsed_row, a no_satisfaction_indicator of a form whose 满意度 row was on page 2
    real = base.split_forms

    def split_forms(rows):
        if any(PDF_NAMES[1] in c.text for r in rows for c in r.cells):
            raise IndexError("list index out of range")
        return real(rows)
    monkeypatch.setattr(base, "split_forms", split_forms)
    res = pipeline.process_file(PDF)
    assert res.document["status"] == "partial"
    assert _counts(res) == [(PDF_NAMES[0], 12500000.0, 34), (PDF_NAMES[2], 4100000.0, 4)]
    (w,) = res.tables["warnings"]
    assert w["code"] == "internal_error" and w["page"] == 3 and w["message"].startswith(
        "page 3 (`项目支出绩效目标表`) could not be read (IndexError: list index out of range): its rows left out")


def _rows_raise_on_the_second_form(monkeypatch):
    import extract.txt as txt
    real = txt._build_horizontal

    def build_horizontal(rows, *args, **kwargs):
        if any(NAMES[1] in r for r in rows if isinstance(r, str)):
            raise RecursionError("maximum recursion depth exceeded")
        return real(rows, *args, **kwargs)
    monkeypatch.setattr(txt, "_build_horizontal", build_horizontal)


@pytest.mark.parametrize("path, title, lines", [(YEARS, "项目支出绩效目标表（2025年度）", "14-25"),
                                                (STACKED, "2025年度项目支出绩效目标表", "13-24")])
def test_a_dumps_block_under_another_title_whose_rows_raise_leaves_the_others(lenient, monkeypatch, path, title,
                                                                              lines):
    # BASE: one block (no title line matched, or none after a blank line): the whole dump `failed`
    _rows_raise_on_the_second_form(monkeypatch)
    res = pipeline.process_file(path)
    assert res.document["status"] == "partial" and res.document["error"] is None
    assert [(p["name"], p["budget_year"]) for p in res.tables["projects"]] == [(NAMES[0], 4800000.0),
                                                                                (NAMES[2], 7360000.0)]
    assert [i["level3"] for i in res.tables["indicators"]] == [
        "清淤疏浚河道长度", "工程验收合格率", "河道行洪能力提升", "沿河群众满意度",
        "收运处置农村生活垃圾量", "无害化处理率", "村庄环境卫生改善", "村民满意度"]
    (w,) = [w for w in res.tables["warnings"] if w["code"] != "vague_target"]
    first = int(lines.split("-")[0])
    assert (w["code"], w["page"], w["line"]) == ("internal_error", None, first) and w["message"] == (
        f"lines {lines} (`{title}`) could not be read (RecursionError: maximum recursion depth exceeded): its rows "
        "left out, the file's other lines read")


def test_a_stacked_dumps_error_is_raised_when_strict(lenient, monkeypatch):
    _rows_raise_on_the_second_form(monkeypatch)
    with pytest.raises(RecursionError):
        pipeline.process_file(STACKED, strict=True)


BOOK = str(REVIEW / "ct_s68_rv155_two_sheets.xlsx")


def test_the_workbook_reads_whole():
    res = pipeline.process_file(BOOK)
    assert res.document["status"] == "ok" and [w["code"] for w in res.tables["warnings"]] == ["vague_target"] * 2
    assert [(p["name"], p["budget_year"]) for p in res.tables["projects"]] == [(NAMES[0], 4800000.0),
                                                                                (NAMES[2], 7360000.0)]


def test_a_workbook_whose_every_sheet_raises_is_failed(lenient, monkeypatch):
    # BASE: `partial`, no project, an internal_error a sheet each saying `the file's other sheets read` and a
    # layout_unknown: the workbook's text boxes (a part every sheet's read asks) raising emptied the file
    import extract.office as office

    def text_boxes(data):
        raise KeyError("xl/drawings/drawing1.xml")
    monkeypatch.setattr(office, "_sheet_text_boxes", text_boxes)
    res = pipeline.process_file(BOOK)
    assert res.document["status"] == "failed" and "KeyError" in res.document["error"]
    assert not res.tables["projects"] and not res.tables["warnings"]


def test_a_workbooks_one_sheet_that_raises_leaves_the_other(lenient, monkeypatch):
    # (kept: rb2's reading, on this workbook)
    import extract.office as office
    real, calls = office._hidden_rows, []

    def hidden_rows(ws):
        calls.append(1)
        if len(calls) == 2:
            raise ZeroDivisionError("boom in the second sheet")
        return real(ws)
    monkeypatch.setattr(office, "_hidden_rows", hidden_rows)
    res = pipeline.process_file(BOOK)
    assert res.document["status"] == "partial"
    assert [p["name"] for p in res.tables["projects"]] == [NAMES[0]]
    assert sorted((w["code"], w["page"]) for w in res.tables["warnings"]) == [("internal_error", 2), ("vague_target", 1)]
