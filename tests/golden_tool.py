"""Golden files: the expected rows of every table for every sample, as reviewed CSV text.

    python -m tests.golden_tool regenerate     # rewrite tests/golden/<sample>/<table>.csv (make golden)
    python -m tests.golden_tool diff            # show what differs, without writing

Regenerating is a deliberate act: the test suite only compares (a missing
golden file fails). Review `git diff tests/golden` before committing.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

from jixiao.pipeline import process_file
from jixiao.schema import columns

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
TABLES = ("documents", "projects", "indicators", "budget_items", "scores", "assessment_items",
          "safeguards", "warnings", "findings")
# Columns that change from run to run or machine to machine.
VOLATILE = {"documents": {"seconds", "parser_version", "path", "aliases"}}   # aliases: the run's other inputs


def fmt(v) -> str:
    """Given a value, return its golden text: '' for null, shortest float, ISO date, JSON list."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v) if v != int(v) or abs(v) >= 1e15 else str(int(v))
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return json.dumps(list(v), ensure_ascii=False)
    return str(v)


def sample_tables(path: Path) -> dict[str, list[list[str]]]:
    """Given a sample file, return table -> rows of golden text (header first)."""
    res = process_file(path)
    tables = dict(res.tables)
    tables["documents"] = [res.document]
    out = {}
    for t in TABLES:
        cols = [c for c in columns(t) if c not in VOLATILE.get(t, ())]
        rows = [cols] + [[fmt(r.get(c)) for c in cols] for r in tables[t]]
        out[t] = rows
    return out


def to_csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix == ".txt")


def regenerate() -> None:
    for s in samples():
        d = GOLDEN / s.stem
        d.mkdir(parents=True, exist_ok=True)
        for t, rows in sample_tables(s).items():
            (d / f"{t}.csv").write_text(to_csv(rows), encoding="utf-8")
        print(f"wrote {d}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "diff"
    if cmd == "regenerate":
        regenerate()
    else:
        import difflib
        for s in samples():
            for t, rows in sample_tables(s).items():
                p = GOLDEN / s.stem / f"{t}.csv"
                old = p.read_text(encoding="utf-8") if p.exists() else ""
                new = to_csv(rows)
                if old != new:
                    sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), str(p), "now"))
