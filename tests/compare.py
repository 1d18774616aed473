"""Comparing records: a value jixiao produced with one written by hand in a template's expected.json, or
with the value another reading of the same form produced (tests/test_templates.py and the quirk tests of
DOCX, HTML, PDF and XLSX files)."""
from __future__ import annotations

import json
import math
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=None)
def expected(tid: str) -> dict:
    """The hand-written expectations of template `tid` (tests/templates/<tid>/expected.json)."""
    return json.loads((TEMPLATES / tid / "expected.json").read_text(encoding="utf-8"))


def norm(v):
    """Dates as ISO strings (a datetime as its date), tuples and arrays as lists; anything else as is."""
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple) or type(v).__name__ == "ndarray":
        return list(v)
    return v


def same(a, b) -> bool:
    """Equal as records mean it: null only with null, a boolean only with a boolean, numbers within 1e-9
    relative (1e-6 absolute), the rest exactly."""
    a, b = norm(a), norm(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) \
            and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-6)
    return a == b


# ---------------------------------------------------------------- one-quirk files against their template's dump
# (tests/test_xlsx_quirks.py, tests/test_pdf_quirks.py: a file holding a template form with one quirk must give
# the records the template's form.txt gives, on the columns its expected.json lists)

QUIRK_TABLES = ("indicators", "budget_items", "scores")
QUIRK_CHECKS = ("document", "projects") + QUIRK_TABLES


def columns(tid: str, check: str) -> list[str]:
    """The columns template `tid`'s expected.json lists for `check` (projects or a table)."""
    exp = expected(tid)
    if check == "projects":
        return sorted({k for p in exp.get("projects", []) for k in p})
    return sorted({k for _, r in exp.get(check, []) for k in r})


def summary(res, tid: str, skip_funding: bool = False) -> dict:
    """What the comparison needs of a FileResult: document facts, and the listed columns of every table (with
    skip_funding, budget_items without the funding lines, kind source / spent, as tests/test_templates.py)."""
    index = {p["project_id"]: k for k, p in enumerate(res.tables["projects"])}
    out = {"document": {"status": res.document["status"], "layout": res.document["layout"],
                        "n_projects": len(res.tables["projects"]),
                        "warnings": sorted(w["code"] for w in res.tables["warnings"])}}
    cols = columns(tid, "projects")
    out["projects"] = [{k: p.get(k) for k in cols} for p in res.tables["projects"]]
    for t in QUIRK_TABLES:
        cols = columns(tid, t)
        out[t] = [dict({k: r.get(k) for k in cols}, project=index.get(r.get("project_id")))
                  for r in res.tables[t]
                  if not (skip_funding and t == "budget_items" and r.get("kind") in ("source", "spent"))]
    return out


def diffs(want, got, check: str, label: str, changes: dict, what: str) -> list[str]:
    """The differences of the file's summary `got` from the dump's `want` for one check; `changes`: file ->
    (extra warning codes, statuses accepted), the hand-written changes where the quirk changes content."""
    if check == "document":
        want = dict(want)
        extra, statuses = changes.get(label, ([], set()))
        want["warnings"] = sorted(want["warnings"] + extra)
        if got["status"] in statuses:
            want["status"] = got["status"]
        return [f"{label} document {k}: dump {want[k]!r}, {what} {got[k]!r}" for k in want if want[k] != got[k]]
    out = []
    if len(want) != len(got):
        out.append(f"{label} {check}: {len(want)} rows from the dump, {len(got)} from the {what}")
    for i, (a, b) in enumerate(zip(want, got)):
        out += [f"{label} {check}[{i}] {k}: dump {a[k]!r}, {what} {b.get(k)!r}" for k in a if not same(a[k], b.get(k))]
    return out


def fail_on(found: list[str]) -> None:
    import pytest
    if found:
        pytest.fail(f"{len(found)} differences:\n  " + "\n  ".join(found[:30]), pytrace=False)


def quirk_params(files: dict, known: dict) -> list:
    """pytest params (file, template, check) for every check a template lists; `known` (file, check) -> reason
    marks the strict xfails."""
    import pytest
    out = []
    for name, tid in files.items():
        for check in QUIRK_CHECKS:
            if check in QUIRK_TABLES + ("projects",) and not columns(tid, check):
                continue
            why = known.get((name, check))
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            out.append(pytest.param(name, tid, check, marks=marks, id=f"{name}-{check}"))
    return out


def expected_diffs(tid: str, res) -> list[str]:
    """The differences of template `tid`'s dump (a FileResult) from its hand-written expected.json, on the
    columns it lists (budget_items: the breakdown lines only, as expected.json lists them)."""
    exp = expected(tid)
    found = []
    if len(res.tables["projects"]) != exp["n_projects"]:
        found.append(f"{tid}: {len(res.tables['projects'])} projects, expected {exp['n_projects']}")
    for k, want in enumerate(exp["projects"]):
        got = res.tables["projects"][k]
        found += [f"{tid} project[{k}] {c}: {got.get(c)!r}, expected {v!r}" for c, v in want.items()
                  if not same(v, got.get(c))]
    s = summary(res, tid, skip_funding=True)
    for t in (t for t in QUIRK_TABLES if t in exp):      # a table expected.json does not list is not checked
        want, got = exp[t], s[t]
        if len(want) != len(got):
            found.append(f"{tid} {t}: {len(got)} rows, expected {len(want)}")
        for i, ((k, w), g) in enumerate(zip(want, got)):
            found += [f"{tid} {t}[{i}] {c}: {g.get(c)!r}, expected {v!r}" for c, v in w.items() if not same(v, g.get(c))]
            if g["project"] != k:
                found.append(f"{tid} {t}[{i}]: project {g['project']}, expected {k}")
    return found


class QuirkSuite:
    """A folder of one-quirk files, each compared with the dump of the template it was made from (pdf_quirks,
    xlsx_quirks): the readings cached, the summaries, the differences and the pytest params of one suite."""

    def __init__(self, fixtures: Path, known: dict, changes: dict, what: str, skip_funding: bool):
        from jixiao.pipeline import process_file
        self.fixtures, self.known, self.changes, self.what, self.skip_funding = \
            fixtures, known, changes, what, skip_funding
        self.dump = lru_cache(maxsize=None)(lambda tid: process_file(TEMPLATES / tid / "form.txt"))
        self.read = lru_cache(maxsize=None)(lambda name: process_file(fixtures / name))

    def summary(self, res, tid: str) -> dict:
        return summary(res, tid, skip_funding=self.skip_funding)

    def diffs(self, want, got, check: str, label: str) -> list[str]:
        return diffs(want, got, check, label, self.changes, self.what)

    def params(self, files: dict) -> list:
        return quirk_params(files, self.known)
