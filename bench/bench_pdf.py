"""Benchmark: the PDF path beside the libraries under it, on the same pages, in one run.

Builds bench/pdf_data (the sample fixture PDFs of tests/fixtures/pdf copied
until they hold at least --pages pages), then times, each over all pages:
  1. pypdfium2 plain text extraction (the practical floor),
  2. pdfplumber `find_tables()` + `extract()` on every page (tables only),
  3. camelot lattice (`read_pdf(..., flavor="lattice")`), if camelot is installed,
  4. `jixiao extract -j 1` (tables, text, parsing, writing) in a child process,
     on one core like the libraries beside it,
and prints pages/s and the ratios. Each line gives wall time and CPU time
(user + system; for the child, from its rusage): this machine is shared, and
CPU time is what another process's load disturbs least, so the ratios are
taken on CPU time.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from unique import unique_copy  # noqa: E402
SRC = ROOT / "tests" / "fixtures" / "pdf"
DATA = ROOT / "bench" / "pdf_data"
OUT = ROOT / "bench" / "pdf_out"


def build(pages: int) -> tuple[list[Path], int]:
    import pypdfium2 as pdfium
    srcs = sorted(SRC.glob("0*.pdf"))
    if DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(parents=True)
    files, total, k = [], 0, 0
    while total < pages:
        k += 1
        for s in srcs:
            dst = DATA / f"{s.stem}_{k:03d}.pdf"
            dst.write_bytes(unique_copy(s.read_bytes(), ".pdf", k))   # distinct documents
            files.append(dst)
            total += len(pdfium.PdfDocument(str(dst)))
    return files, total


def timed(fn) -> tuple[float, float]:
    """Run fn in this process; return (wall seconds, CPU seconds)."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=200)
    args = ap.parse_args()
    files, pages = build(args.pages)

    import pdfplumber
    import pypdfium2 as pdfium

    def pdfium_text():
        for f in files:
            doc = pdfium.PdfDocument(str(f))
            for i in range(len(doc)):
                doc[i].get_textpage().get_text_range()

    def plumber_tables():
        for f in files:
            with pdfplumber.open(f) as pdf:
                for p in pdf.pages:
                    for t in p.find_tables():
                        t.extract()

    def camelot_lattice():
        import camelot
        for f in files:
            camelot.read_pdf(str(f), pages="all", flavor="lattice")

    results = {"pypdfium2 text (floor)": timed(pdfium_text),
               "pdfplumber find_tables+extract": timed(plumber_tables)}
    try:
        import camelot  # noqa: F401
        results["camelot lattice"] = timed(camelot_lattice)
    except ImportError:
        print("camelot not installed: its line is left out")
    if OUT.exists():
        shutil.rmtree(OUT)
    exe = Path(sys.executable).with_name("jixiao")
    t0, c0 = time.perf_counter(), child_cpu()
    proc = subprocess.run([str(exe), "extract", str(DATA), "-o", str(OUT), "-q", "-j", "1"], capture_output=True, text=True)
    results["jixiao extract (whole path)"] = (time.perf_counter() - t0, child_cpu() - c0)
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return 1
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    floor = results["pypdfium2 text (floor)"][1]
    plumber = results["pdfplumber find_tables+extract"][1]
    print(f"PDF archive: {len(files)} files, {pages} pages; ratios on CPU time")
    for name, (wall, cpu) in results.items():
        print(f"{name:34} wall {wall:7.2f} s  CPU {cpu:7.2f} s {pages / cpu:7.1f} pages/CPU-s  "
              f"{cpu / floor:6.1f}x the floor  {plumber / cpu:5.2f}x pdfplumber's speed")
    print(f"peak memory of the jixiao run: {peak:.0f} MiB (max RSS)")
    speed = plumber / results["jixiao extract (whole path)"][1]
    print(f"target: jixiao at least 2x as fast as pdfplumber find_tables alone: "
          f"{'met' if speed >= 2 else 'NOT met'} ({speed:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
