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
    its expected.json. `overrides` = {(table, project index, row index or None, column): value} gives a
    hand-written expected value where the quirk changes the content."""
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
    assert got.document["format"] == "docx", got.document
    diffs = differences(tid, got, overrides)
    if diffs:
        pytest.fail(f"{name} ({tid}): {len(diffs)} differences:\n  " + "\n  ".join(diffs[:30]), pytrace=False)
    return got


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# (file, template, xfail reason or None); the hand-written expectations are in the tests below
CASES = [
    ("nested_indicator_table.docx", T1, None),
    ("layout_cell_whole_form.docx", T2, None),
    ("header_repeat_page_break.docx", T3, None),
    ("table_split_by_paragraph.docx", T1, None),
    ("checkbox_wingdings_sym.docx", T2, None),
    ("checkbox_w14_sdt.docx", T2, None),
    ("checkbox_glyph_runs.docx", T2, None),
    ("checkbox_wingdings2_text.docx", T2, None),
    ("tracked_changes.docx", T1, None),
    ("tracked_move.docx", T1, None),
    ("sdt_inline_and_cells.docx", T3, None),
    ("sdt_placeholder.docx", T2, None),
    ("sdt_repeating_rows.docx", T1, None),
    ("sdt_around_table.docx", T3, None),
    ("fields_date_formula.docx", T3, None),
]


@pytest.mark.parametrize("name, tid", [pytest.param(n, t, marks=[xfail(r)] if r else [], id=n)
                                       for n, t, r in CASES])
def test_quirk_gives_the_records_of_the_form(name, tid):
    check(name, tid)


def test_every_fixture_has_a_test_and_a_readme_entry():
    readme = (QUIRKS / "README.md").read_text(encoding="utf-8")
    tested = {n for n, _, _ in CASES} | set(HAND_WRITTEN)
    for p in sorted(QUIRKS.iterdir()):
        if p.suffix in (".docx", ".doc"):
            assert p.name in tested, f"{p.name} has no test"
            assert f"`{p.name}`" in readme, f"{p.name} is not in README.md"


HAND_WRITTEN: list[str] = []
