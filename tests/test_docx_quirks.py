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

import shutil
from functools import lru_cache
from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests.compare import expected, norm as _norm, same

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


def test_a_legacy_form_field_checkbox():
    """Word 2003 form fields (`FORMCHECKBOX`: <w:fldChar><w:ffData><w:checkBox><w:checked/>), the boxes of a 项目类别 row
    (tests/fixtures/review/z_legacy_checkbox.docx): the ticked option is the category (every option was read as chosen:
    `新增项目 经常性项目 一次性项目`)."""
    from jixiao.pipeline import process_file
    p = process_file(Path(__file__).parent / "fixtures" / "review" / "z_legacy_checkbox.docx").tables["projects"][0]
    assert p["category"] == "经常性项目"


def test_a_form_laid_out_with_tabs():
    """A form written as paragraphs aligned with tabs, no table (tests/fixtures/review/z_tab_aligned.docx): read as the
    text dump it is (it gave no form, silently, status ok)."""
    from jixiao.pipeline import process_file
    t = process_file(Path(__file__).parent / "fixtures" / "review" / "z_tab_aligned.docx").tables
    p = t["projects"][0]
    assert (p["name"], p["year"], p["budget_year"], p["budget_fiscal"]) == ("乡村道路养护工程", 2018, 1_500_000, 1_200_000)
    assert [i["level3"] for i in t["indicators"]][:2] == ["养护道路里程", "路面完好率"] and len(t["indicators"]) == 6
