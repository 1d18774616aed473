"""Word documents with the quirks real Word / WPS files have, read like the template form they hold.

Fixtures: tests/fixtures/docx_quirks/ (README.md there lists each file and its quirk), written by
tests/fixtures/make_docx_quirks.py from the template forms tests/templates/<id>/form.txt; the `*.lo.*`
files are LibreOffice conversions of them. Each file is read with `jixiao.pipeline.process_file` (default
layouts) and its records are compared with those of the same template's form.txt read the same way, on
the columns the template's expected.json lists: the number of projects, the listed project columns, and
for indicators / budget_items / scores the rows of each project in order and in number (funding lines,
budget_items `kind` source / spent, left out as tests/test_templates.py does). Strings are compared as
written (no whitespace folding) unless a test says otherwise.

Where a quirk changes the content, the expected values are written by hand in the test. Where jixiao
reads the file wrongly today, the test is a strict xfail whose reason says what is expected, what jixiao
gives and which element causes it; a fix shows up as XPASS.
"""
from __future__ import annotations

import json
import math
import shutil
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import pytest

from jixiao.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
QUIRKS = ROOT / "tests" / "fixtures" / "docx_quirks"
TEMPLATES = ROOT / "tests" / "templates"
ROW_TABLES = ("indicators", "budget_items", "scores")
FUNDING_KINDS = {"source", "spent"}

T1 = "central_target_midterm"
T2 = "ticks_header_placement"
T3 = "central_self_eval_matrix"


@lru_cache(maxsize=None)
def read(path: Path):
    return process_file(path)


@lru_cache(maxsize=None)
def expected(tid: str) -> dict:
    return json.loads((TEMPLATES / tid / "expected.json").read_text(encoding="utf-8"))


def columns(tid: str) -> dict[str, list[str]]:
    """The columns expected.json lists, per table (in the order first met)."""
    exp = expected(tid)
    out: dict[str, list[str]] = {"projects": []}
    for pr in exp.get("projects", []):
        out["projects"] += [k for k in pr if k not in out["projects"]]
    for table in ROW_TABLES:
        out[table] = []
        for _, row in exp.get(table, []):
            out[table] += [k for k in row if k not in out[table]]
    return out


def _norm(v):
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return v


def same(a, b) -> bool:
    a, b = _norm(a), _norm(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-6)
    return a == b


def rows_by_project(res, table: str) -> dict[int, list[dict]]:
    index = {pr["project_id"]: k for k, pr in enumerate(res.tables["projects"])}
    out: dict[int, list[dict]] = {}
    for r in res.tables[table]:
        if table == "budget_items" and r.get("kind") in FUNDING_KINDS:
            continue
        out.setdefault(index.get(r.get("project_id"), -1), []).append(r)
    return out


def differences(tid: str, got, overrides: dict | None = None) -> list[str]:
    """What differs between the records of `got` and those of the template's form.txt, on the columns of
    its expected.json. `overrides` = {(table, project index, row index or None, column): value} would give a
    hand-written expected value where a quirk changes the content (none of the present fixtures does: each
    holds its form's content unchanged)."""
    overrides = overrides or {}
    ref = read(TEMPLATES / tid / "form.txt")
    cols = columns(tid)
    diffs = []
    if got.document["status"] == "failed":
        return [f"status failed: {got.document['error']}"]
    a, b = ref.tables["projects"], got.tables["projects"]
    if len(a) != len(b):
        diffs.append(f"projects: {len(a)} from form.txt, {len(b)} from the docx {[x.get('name') for x in b]}")
    for k, (x, y) in enumerate(zip(a, b)):
        for col in cols["projects"]:
            want = overrides.get(("projects", k, None, col), x.get(col))
            if not same(want, y.get(col)):
                diffs.append(f"project[{k}] {col}: expected {_norm(want)!r}, got {_norm(y.get(col))!r}")
    for table in ROW_TABLES:
        if not cols[table]:
            continue
        ra, rb = rows_by_project(ref, table), rows_by_project(got, table)
        for k in sorted(set(ra) | set(rb)):
            xa, xb = ra.get(k, []), rb.get(k, [])
            if len(xa) != len(xb):
                diffs.append(f"{table} project[{k}]: {len(xa)} rows from form.txt, {len(xb)} from the docx "
                             f"{[r.get('level3') or r.get('name') for r in xb]}")
            for i, (x, y) in enumerate(zip(xa, xb)):
                for col in cols[table]:
                    want = overrides.get((table, k, i, col), x.get(col))
                    if not same(want, y.get(col)):
                        diffs.append(f"{table} project[{k}] row {i} {col}: expected {_norm(want)!r}, "
                                     f"got {_norm(y.get(col))!r}")
    return diffs


def check(name: str, tid: str, overrides: dict | None = None):
    path = QUIRKS / name
    got = read(path)
    assert got.document["format"] == "docx", got.document         # a .doc is read as the DOCX it converts to
    diffs = differences(tid, got, overrides)
    if diffs:
        pytest.fail(f"{name} ({tid}): {len(diffs)} differences:\n  " + "\n  ".join(diffs[:30]), pytrace=False)
    return got


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# file -> why jixiao reads it wrongly today (strict xfail: a fix shows up as XPASS and the entry must go)
KNOWN: dict[str, str] = {
    "layout_cell_whole_form.docx":
        "expected budget_total / budget_year / budget_fiscal 1,500,000 元 (150.00 万元); jixiao gives 150.0: the "
        "title, year and `填报单位：… 金额单位：万元` paragraphs sit in the one cell of the outer layout w:tbl, read "
        "as one multi-line cell of a 1x1 grid before the nested form grid, and the 金额单位 in it is not applied",
    "checkbox_wingdings2_text.docx":
        "expected category 经常性项目 and fund_use 专项业务; jixiao gives the whole cells `R经常性项目 £一次性项目 "
        "£跨年度项目` / `£基本建设 R专项业务 …`: the boxes are the letters R (ticked) / £ (empty) in runs whose "
        "w:rFonts is Wingdings 2, read as plain letters",
    "tracked_move.docx":
        "expected goal_annual `目标1：…120公里；目标2：…98%。`; jixiao gives `目标2：…98%。` only: the moved sentence "
        "目标1 is inside w:moveTo, which extract.office._w_text does not walk (the w:moveFrom copy is rightly skipped)",
    "sdt_placeholder.docx":
        "expected note null on the 8 indicators whose 备注 cell is empty; jixiao gives `单击或点击此处输入文字。`: "
        "the cell's w:sdt has w:showingPlcHdr (its content is the control's placeholder, not a value) and its "
        "runs are read as text",
    "sdt_repeating_rows.docx":
        "expected the 22 indicator records of form.txt; jixiao gives 0: the indicator rows are w:tr inside "
        "w:sdt / w:sdtContent (w15:repeatingSection / repeatingSectionItem) in the w:tbl, and "
        "extract.office._docx_table only iterates the w:tr children of w:tbl",
    "sdt_around_table.docx":
        "expected 1 project (农村公路安全生命防护工程) with 9 indicators; jixiao gives 0 projects: the form's w:tbl is "
        "inside a body-level w:sdt, and extract_docx reads a body w:sdt as paragraphs only (child.iter(w:p)), so "
        "every cell becomes a text line and no table grid is made",
    "textbox_title_unit.docx":
        "expected year 2022 and budget_total / budget_year / budget_fiscal 1,500,000 元; jixiao gives year null "
        "and 150.0: the title, `（2022年度）` and the 金额单位：万元 line are in a w:txbxContent (mc:AlternateContent "
        "> wps:txbx, VML v:textbox fallback) inside a run, which _w_text does not walk",
    "header_unit_line.docx":
        "expected budget_total / budget_year / budget_fiscal 1,500,000 元; jixiao gives 150.0: the `填报单位：… "
        "金额单位：万元` line is in the page header part (word/header1.xml via w:headerReference), and extract_docx "
        "reads the document body only",
    "footer_contact_line.docx":
        "expected phone 0933-3321456; jixiao gives null: the `填表人：… 联系电话：0933-3321456 …` line is in the page "
        "footer part (word/footer1.xml via w:footerReference), and extract_docx reads the document body only",
    "symbol_font_signs.docx":
        "expected target_raw `≥360公里` / op `>=` on the 14 targets written with ≥; jixiao gives `360公里` / `=`: the "
        "≥ is a w:sym w:font=Symbol w:char=F0B3, and _w_text maps w:sym only for the Wingdings box codes, "
        "dropping every other symbol",
    "hidden_instructions.docx":
        "expected name `内河高等级航道养护与监测`, unit `交通运输部长江航道局` and goal_annual as in form.txt; jixiao "
        "appends the hidden `（填写说明：…）` runs: runs whose w:rPr has w:vanish (hidden text, not shown or "
        "printed) are read",
    "altchunk_html.docx":
        "expected 1 project with 9 indicators; jixiao gives 0 projects (layout unknown): the body holds only a "
        "w:altChunk whose HTML part (word/afchunk.html, relationship aFChunk) holds the form, and extract_docx "
        "does not read alternative format chunks",
}

# (file, template): every fixture with the template whose form.txt it holds
CASES = [
    ("nested_indicator_table.docx", T1),
    ("layout_cell_whole_form.docx", T2),
    ("header_repeat_page_break.docx", T3),
    ("table_split_by_paragraph.docx", T1),
    ("checkbox_wingdings_sym.docx", T2),
    ("checkbox_w14_sdt.docx", T2),
    ("checkbox_glyph_runs.docx", T2),
    ("checkbox_wingdings2_text.docx", T2),
    ("tracked_changes.docx", T1),
    ("tracked_move.docx", T1),
    ("sdt_inline_and_cells.docx", T3),
    ("sdt_placeholder.docx", T2),
    ("sdt_repeating_rows.docx", T1),
    ("sdt_around_table.docx", T3),
    ("fields_date_formula.docx", T3),
    ("irregular_grid.docx", T1),
    ("hmerge_legacy.docx", T3),
    ("runs_proof_bookmarks.docx", T2),
    ("textbox_title_unit.docx", T2),
    ("header_unit_line.docx", T2),
    ("footer_contact_line.docx", T3),
    ("breaks_and_tabs.docx", T2),
    ("fullwidth_spaced_labels.docx", T2),
    ("symbol_font_signs.docx", T1),
    ("hidden_instructions.docx", T1),
    ("altchunk_html.docx", T2),
]
# LibreOffice conversions of hand-written fixtures: (file, template)
CONVERTED = [
    ("tracked_changes.lo.doc", T1),
    ("checkbox_w14_sdt.lo.docx", T2),
]


@pytest.mark.parametrize("name, tid", [pytest.param(n, t, marks=[xfail(KNOWN[n])] if n in KNOWN else [], id=n)
                                       for n, t in CASES])
def test_quirk_gives_the_records_of_the_form(name, tid):
    check(name, tid)


@pytest.mark.parametrize("name, tid", [pytest.param(n, t, marks=[xfail(KNOWN[n])] if n in KNOWN else [], id=n)
                                       for n, t in CONVERTED])
def test_libreoffice_output_gives_the_records_of_the_form(name, tid):
    """A .doc written by LibreOffice (Word 97, revisions kept) is converted back by LibreOffice when read; a
    DOCX written by LibreOffice carries its own markup (nested w:sdt around the w14:checkbox controls,
    w:tcBorders on every cell, styles and settings parts)."""
    if name.endswith(".doc") and shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: .doc files are read by converting them")
    got = check(name, tid)
    converted = any(w["code"] == "converted" for w in got.tables["warnings"])
    assert converted == name.endswith(".doc")


def test_fixtures_are_small_and_hand_written_ones_hold_their_quirk():
    """Each hand-written file is a few KB and holds the element its quirk is about (so a regenerated
    fixture cannot silently lose it)."""
    import zipfile
    marks = {
        "nested_indicator_table.docx": "<w:tc><w:tcPr><w:tcW w:w=", "layout_cell_whole_form.docx": "<w:tbl>",
        "header_repeat_page_break.docx": "<w:tblHeader/>", "table_split_by_paragraph.docx": "</w:tbl><w:p>",
        "checkbox_wingdings_sym.docx": 'w:char="F0FE"', "checkbox_w14_sdt.docx": "<w14:checkbox>",
        "checkbox_glyph_runs.docx": "☒", "checkbox_wingdings2_text.docx": "Wingdings 2",
        "tracked_changes.docx": "<w:delText", "tracked_move.docx": "<w:moveTo ",
        "sdt_inline_and_cells.docx": "<w:sdtContent><w:tc>", "sdt_placeholder.docx": "<w:showingPlcHdr/>",
        "sdt_repeating_rows.docx": "<w15:repeatingSection/>", "sdt_around_table.docx": "<w:sdtContent><w:tbl>",
        "fields_date_formula.docx": "<w:instrText", "irregular_grid.docx": '<w:gridSpan w:val="3"/>',
        "hmerge_legacy.docx": '<w:hMerge w:val="restart"/>', "runs_proof_bookmarks.docx": "<w:proofErr",
        "textbox_title_unit.docx": "<w:txbxContent>", "header_unit_line.docx": "<w:headerReference",
        "footer_contact_line.docx": "<w:footerReference", "breaks_and_tabs.docx": "<w:tab/>",
        "fullwidth_spaced_labels.docx": "项　目　名　称", "symbol_font_signs.docx": 'w:char="F0B3"',
        "hidden_instructions.docx": "<w:vanish/>", "altchunk_html.docx": "<w:altChunk",
    }
    assert set(marks) == {n for n, _ in CASES}
    for name, mark in marks.items():
        data = (QUIRKS / name).read_bytes()
        assert len(data) < 8000, (name, len(data))
        xml = zipfile.ZipFile(QUIRKS / name).read("word/document.xml").decode("utf-8")
        assert mark in xml, (name, mark)


def test_every_fixture_has_a_test_and_a_readme_entry():
    readme = (QUIRKS / "README.md").read_text(encoding="utf-8")
    tested = {n for n, _ in CASES + CONVERTED}
    for p in sorted(QUIRKS.iterdir()):
        if p.suffix in (".docx", ".doc"):
            assert p.name in tested, f"{p.name} has no test"
            assert f"`{p.name}`" in readme, f"{p.name} is not in README.md"
    assert set(KNOWN) <= tested
