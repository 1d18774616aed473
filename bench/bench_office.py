"""Benchmark: DOCX and XLSX (and HTML) files/s through `jixiao extract`, beside opening them with their library.

Copies the office fixtures (tests/fixtures/office, the five samples) until each
format has at least --files files, then times in one run, per format: the
library alone opening every file (python-docx / openpyxl / lxml) and
`jixiao extract` (one process, writing included).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from unique import unique_copy  # noqa: E402
SRC = ROOT / "tests" / "fixtures" / "office"
WORK = ROOT / "bench" / "office_data"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=200)
    args = ap.parse_args()
    import io

    import docx
    import lxml.html
    import openpyxl
    openers = {".docx": lambda b: docx.Document(io.BytesIO(b)),
               ".xlsx": lambda b: openpyxl.load_workbook(io.BytesIO(b), data_only=True),
               ".html": lambda b: lxml.html.document_fromstring(b)}
    exe = Path(sys.executable).with_name("jixiao")
    for ext, opener in openers.items():
        srcs = sorted(SRC.glob(f"0*{ext}"))
        folder = WORK / ext.strip(".")
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        files = []
        k = 0
        while len(files) < args.files:
            k += 1
            for s in srcs:
                dst = folder / f"{s.stem}_{k:04d}{ext}"
                dst.write_bytes(unique_copy(s.read_bytes(), ext, k))   # distinct documents
                files.append(dst)
        t0 = time.perf_counter()
        for f in files:
            opener(f.read_bytes())
        lib = time.perf_counter() - t0
        out = WORK / f"out_{ext.strip('.')}"
        if out.exists():
            shutil.rmtree(out)
        t0 = time.perf_counter()
        proc = subprocess.run([str(exe), "extract", str(folder), "-o", str(out), "-q", "-j", "1"],
                              capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        print(f"{ext:6} {len(files)} files: library open {len(files) / lib:8.1f} files/s   "
              f"jixiao extract {len(files) / wall:7.1f} files/s   ({wall / lib:4.1f}x the library's time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
