"""Snapshot every fixture's parsed tables, to compare a change's readings against a base.

    python bench/snapshot.py OUT.jsonl [--no-scans] [-j N] [ROOT ...]
    python bench/snapshot.py --compare A.jsonl B.jsonl

Each line holds one file's path and its tables with timings dropped; --compare prints the files whose
tables differ (and those only in one snapshot). Run from a checkout's root: paths are relative to it.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

SCAN_EXT = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".gif"}
DROP = {"seconds", "path"}


def _files(roots: list[str], no_scans: bool) -> list[str]:
    out = []
    for root in roots:
        for p in sorted(Path(root).rglob("*")):
            if not p.is_file() and not p.is_symlink():
                continue
            if p.suffix in {".py", ".json", ".jsonl", ".md"} or "__pycache__" in p.parts:
                continue
            if no_scans and p.suffix.lower() in SCAN_EXT:
                continue
            out.append(str(p))
    return out


def _one(path: str) -> str:
    from jixiao.pipeline import process_file
    try:
        res = process_file(path)
        doc = {k: v for k, v in res.document.items() if k not in DROP}
        tables = {t: [{k: v for k, v in r.items() if k not in DROP} for r in rows] for t, rows in res.tables.items()}
        body = {"document": doc, "tables": tables}
    except Exception as e:  # noqa: BLE001 - a snapshot records, never stops
        body = {"crash": f"{type(e).__name__}: {e}"}
    return json.dumps({"path": path, **body}, ensure_ascii=False, sort_keys=True, default=str)


def _load(p: str) -> dict[str, str]:
    out = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out[d.pop("path")] = json.dumps(d, sort_keys=True, ensure_ascii=False)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?")
    ap.add_argument("roots", nargs="*")
    ap.add_argument("--no-scans", action="store_true")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--compare", nargs=2, metavar=("A", "B"))
    a = ap.parse_args()
    if a.compare:
        x, y = (_load(p) for p in a.compare)
        diff = sorted(k for k in x.keys() & y.keys() if x[k] != y[k])
        for k in diff:
            print("differs", k)
        for k in sorted(x.keys() - y.keys()):
            print("only in A", k)
        for k in sorted(y.keys() - x.keys()):
            print("only in B", k)
        print(f"{len(diff)} of {len(x.keys() & y.keys())} differ", file=sys.stderr)
        return 0
    sys.path.insert(0, os.getcwd())
    files = _files(a.roots or ["tests/fixtures", "samples"], a.no_scans)
    with open(a.out, "w", encoding="utf-8") as f, ProcessPoolExecutor(a.j) as ex:
        for line in ex.map(_one, files, chunksize=8):
            f.write(line + "\n")
    print(f"{len(files)} files -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
