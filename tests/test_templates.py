"""Forms of templates the parser was not written for, against hand-written expectations.

Each folder of `tests/templates/<id>/` holds `form.txt` (a text dump of one or two
forms of some template) and `expected.json`, written by hand from a reading of the
form (never by running jixiao). Only the keys listed in `expected.json` are
checked:

- `n_projects`: number of projects found;
- `projects[k]`: the listed columns of the k-th project (floats within 1e-6,
  dates as ISO strings, null means the value must be null);
- `indicators`, `budget_items`, `scores`: lists of `[project_index, {columns}]` in
  document order; for each project the produced rows must match in order and in
  number, on the listed columns;
- `assessment_items`: a plain list of `{columns}` (assessment items belong to the
  document, not to a project), compared in document order and in number on the
  listed columns (`responsible` as a list of strings).

Budget lines: `budget_items` rows whose extension column `kind` is `source` or
`spent` (funding lines under a money field, which the expectations check through
the project's `budget_*` / `spent` columns) are left out of the comparison; the
expectations list breakdown lines (子项目 / 明细 / 成本构成 / 主要任务).

The layout id of each document is recorded (`record_property`), not asserted.

`KNOWN_GAPS` lists the checks that fail on a fixture today (a parser gap, with the reason); they are
marked `xfail(strict=True)`, so a parser fix shows up as XPASS and the entry must then be removed.
The expectations themselves are never weakened to make a check pass.

    python -m tests.test_templates      # per-template summary of the differences
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests.compare import expected, norm as _norm, same

TEMPLATES = Path(__file__).resolve().parent / "templates"
TABLES = ("indicators", "budget_items", "scores", "assessment_items")
DOC_TABLES = {"assessment_items"}  # rows of the document: expected as a plain list of {columns}
# budget_items kinds that are funding lines, not breakdown lines (see the module docstring)
FUNDING_KINDS = {"source", "spent"}

# template id -> {check: reason} for the checks the general parser fails today (parser gaps, not fixture
# errors). check is "document" (test_document_read), "projects" (test_projects) or a table of TABLES
# (test_rows). Strict: once the parser is fixed the test XPASSes, fails, and the entry must go.
KNOWN_GAPS: dict[str, dict[str, str]] = {
    'real_ningxia_yinchuan_school_2021_ocr_eval_levels_self_eval': {
        'projects': 'OCR damage: the label `实施第位` (a dump of OCR text, so no OCR confidence on its cells: jixiao reads a label one character off only on OCR\'d cells) gives no unit (expected 银川市第六中学); the 项Fl资金(万兀) matrix gives no spent / execution_rate: its garbled 年初预匏数 header cell, left of the clean 全年执行数(B) / 执行率(B/A), names no column, so the row 年度资金总额 | 64.8 | 64.8 | 64.8 | 100% is not read as a matrix row (expected 648,000 元, 1.0)',
        'indicators': 'the OCR-scrambled 参考分值 header `考值参分` is not taken as the 分值 column (weight null on every row, expected 4, 2, 2 …) and with an empty 指标值 its number becomes target_raw (`2` on 可行性 / 适当性, expected null); a non-numeric 得分 `IO` is moved to deviation (expected null); the OCR slot `指标L` with nothing else on its row is read as an indicator (expected no row, as an unfilled `指标2:`)',
    },
}


def template_ids() -> list[str]:
    return sorted(p.name for p in TEMPLATES.iterdir()
                  if p.is_dir() and (p / "form.txt").exists() and (p / "expected.json").exists())


def _marks(tid: str, check: str) -> list:
    why = KNOWN_GAPS.get(tid, {}).get(check)
    return [pytest.mark.xfail(strict=True, reason=why)] if why else []


def _params(check: str) -> list:
    """pytest params of the template ids, a strict xfail where `check` is a known gap of the template."""
    return [pytest.param(tid, marks=_marks(tid, check), id=tid) for tid in template_ids()]


def _row_params() -> list:
    return [pytest.param(tid, table, marks=_marks(tid, table), id=f"{tid}-{table}")
            for tid in template_ids() for table in TABLES]


@lru_cache(maxsize=None)
def produced(tid: str):
    # issue 3: these templates are read by the general parser alone, no template-specific layout
    return process_file(TEMPLATES / tid / "form.txt", layouts={"generic"})


def compare_fields(where: str, want: dict, got: dict) -> list[str]:
    return [f"{where} {col}: expected {v!r}, got {_norm(got.get(col))!r}"
            for col, v in want.items() if not same(v, got.get(col))]


def project_diffs(tid: str) -> list[str]:
    exp, res = expected(tid), produced(tid)
    projects = res.tables["projects"]
    diffs = []
    if "n_projects" in exp and len(projects) != exp["n_projects"]:
        names = [p.get("name") for p in projects]
        diffs.append(f"{tid}: n_projects expected {exp['n_projects']}, got {len(projects)} {names}")
    for k, want in enumerate(exp.get("projects", [])):
        if k >= len(projects):
            diffs.append(f"{tid} project[{k}] ({want.get('name')}): missing")
            continue
        diffs += compare_fields(f"{tid} project[{k}]", want, projects[k])
    return diffs


def rows_of(tid: str, table: str) -> dict[int, list[dict]]:
    """Given a template and a table, return project index -> its produced rows in order."""
    res = produced(tid)
    index = {p["project_id"]: k for k, p in enumerate(res.tables["projects"])}
    out: dict[int, list[dict]] = {}
    for r in res.tables[table]:
        if table == "budget_items" and r.get("kind") in FUNDING_KINDS:
            continue
        out.setdefault(index.get(r.get("project_id"), -1), []).append(r)
    return out


def _norm_list(v):
    # list<string> columns may come back as tuples / arrays: compare as a list
    return list(v) if isinstance(v, (tuple,)) or type(v).__name__ == "ndarray" else v


def doc_table_diffs(tid: str, table: str) -> list[str]:
    """Rows of a document-level table (assessment_items): expected as a plain list of {columns}."""
    want = expected(tid)[table]
    got = [{k: _norm_list(v) for k, v in r.items()} for r in produced(tid).tables[table]]
    diffs = []
    if len(want) != len(got):
        shown = [(r.get("item_no"), (r.get("content") or "")[:12]) for r in got]
        diffs.append(f"{tid} {table}: expected {len(want)} rows, got {len(got)} {shown}")
    for i, (w, g) in enumerate(zip(want, got)):
        diffs += compare_fields(f"{tid} {table} row {i}", w, g)
    return diffs


def table_diffs(tid: str, table: str) -> list[str]:
    exp = expected(tid)
    if table not in exp:
        return []
    if table in DOC_TABLES:
        return doc_table_diffs(tid, table)
    want_by: dict[int, list[dict]] = {}
    for k, row in exp[table]:
        want_by.setdefault(k, []).append(row)
    got_by = rows_of(tid, table)
    diffs = []
    for k in sorted(set(want_by) | set(got_by)):
        want, got = want_by.get(k, []), got_by.get(k, [])
        label = f"{tid} {table} project[{k}]" if k >= 0 else f"{tid} {table} (rows of no project)"
        if len(want) != len(got):
            shown = [r.get("level3") or r.get("name") or r.get("level1") for r in got]
            diffs.append(f"{label}: expected {len(want)} rows, got {len(got)} {shown}")
        for i, (w, g) in enumerate(zip(want, got)):
            diffs += compare_fields(f"{label} row {i}", w, g)
    return diffs


def _fail(diffs: list[str]) -> None:
    if diffs:
        pytest.fail(f"{len(diffs)} differences:\n  " + "\n  ".join(diffs[:40])
                    + (f"\n  … and {len(diffs) - 40} more" if len(diffs) > 40 else ""), pytrace=False)


@pytest.mark.parametrize("tid", _params("document"))
def test_document_read(tid, record_property):
    doc = produced(tid).document
    record_property("layout", doc.get("layout"))
    assert doc["status"] != "failed", f"{tid}: status failed: {doc.get('error')}"
    if expected(tid).get("n_projects"):
        assert doc["layout"].startswith("generic:"), doc["layout"]


@pytest.mark.parametrize("tid", _params("projects"))
def test_projects(tid):
    _fail(project_diffs(tid))


@pytest.mark.parametrize("tid, table", _row_params())
def test_rows(tid, table):
    _fail(table_diffs(tid, table))


def summary() -> None:
    """Print, per template, the layout, the number of differing fields and the first differences."""
    for tid in template_ids():
        doc = produced(tid).document
        diffs = project_diffs(tid)
        for t in TABLES:
            diffs += table_diffs(tid, t)
        gaps = ",".join(KNOWN_GAPS.get(tid, {}))
        print(f"== {tid}: layout={doc.get('layout')} status={doc.get('status')} differences={len(diffs)}"
              + (f" known_gaps={gaps}" if gaps else ""))
        for d in diffs[:6]:
            print("   ", d)


if __name__ == "__main__":
    summary()
