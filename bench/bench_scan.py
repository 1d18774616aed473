"""Benchmark: the scan path beside RapidOCR alone on the same page images, in one run.

On the scan fixtures of tests/fixtures/scan (image-only PDFs, PNG, JPEG, TIFF;
the mixed PDF's digital pages are left out by taking only its scanned page):
  1. RapidOCR alone: `RapidOcrEngine.read` (extract/ocr.py) on every page image
     as jixiao sees it, one thread: RapidOCR's PP-OCRv6 small detector on the
     box around the page's ink, then its recognizer on each line alone at the
     line's own width (jixiao's settings, not RapidOCR's default pipeline, which
     pads lines to 320 px: 5.7 CPU s a page on the old fixtures): the
     floor of this path, the OCR work the page needs,
  2. `jixiao extract -j 1` on the same files in a child process (rendering,
     deskew, ruling lines, OCR, cell placement, parsing, writing).
Prints wall and CPU seconds, pages/s, the ratio (targets: jixiao adds at most
25% to the OCR time; at most 3 s per 150-dpi page on one core) and the peak
memory of each. jixiao's run includes its start-up (imports, model loading),
which the floor does not; it is measured alone in a third child process and
the ratio printed with and without it (on 14 pages it is a few tenths of a
second a page; a worker of a large batch pays it once). CPU seconds are printed because the machine may be shared:
wall time then counts other people's work.
"""
from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SRC = ROOT / "tests" / "fixtures" / "scan"
DATA = ROOT / "bench" / "scan_data"
OUT = ROOT / "bench" / "scan_out"
STARTUP = ("import numpy as np; import jixiao.cli, jixiao.batch, jixiao.pipeline, jixiao.store; "
           "from extract.ocr import default_engine; "
           "default_engine().read(np.full((96, 96), 255, np.uint8))")
FILES = ["scan_000.pdf", "scan_002.pdf", "scan_004.pdf", "scan_003_p1.png", "scan_003_p4.jpg",
         "scan_001_p1-3.tif", "scan_ticks.pdf"]


def page_images() -> list[tuple[str, object, float]]:
    """Return (file, gray page image, dpi) for every page of the bench files, as jixiao renders them."""
    import pypdfium2 as pdfium

    from extract.pdf import open_pdf, page_image
    from extract.scan import open_image_pages
    out = []
    for name in FILES:
        data = (SRC / name).read_bytes()
        if name.endswith(".pdf"):
            pdf = open_pdf(data)
            doc = pdfium.PdfDocument(data)
            for pno, page in enumerate(pdf.pages, 1):
                g, scale = page_image(doc, page, pno)
                out.append((name, g, 72.0 / scale))
            pdf.close()
        else:
            out += [(name, g, dpi) for g, dpi in open_image_pages(data)]
    return out


def main() -> int:
    if DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(parents=True)
    for name in FILES:
        shutil.copyfile(SRC / name, DATA / name)
    pages = page_images()
    n = len(pages)
    n150 = sum(1 for _, _, d in pages if abs(d - 150) < 5)

    # jixiao first: a child forked from a big process inherits its peak RSS in ru_maxrss
    if OUT.exists():
        shutil.rmtree(OUT)
    exe = Path(sys.executable).with_name("jixiao")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([str(exe), "extract", str(DATA), "-o", str(OUT), "-q", "-j", "1"],
                          capture_output=True, text=True)
    jx_wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return 1
    jx_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # what a worker process pays once, whatever the number of pages: Python, jixiao's and RapidOCR's
    # imports, both models loaded (one tiny page read); a batch of thousands of pages pays it once a worker
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", STARTUP], check=True, cwd=str(ROOT))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    start_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    jx_peak = after.ru_maxrss / 1024

    from extract.ocr import RapidOcrEngine
    eng = RapidOcrEngine()
    eng.read(pages[0][1][:200, :200])                   # load the models before timing
    t0, c0 = time.perf_counter(), time.process_time()
    per_dpi: dict[int, float] = {}
    for _, g, dpi in pages:
        c = time.process_time()
        eng.read(g)
        per_dpi[round(dpi)] = per_dpi.get(round(dpi), 0.0) + time.process_time() - c
    ocr_wall, ocr_cpu = time.perf_counter() - t0, time.process_time() - c0
    ocr_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"scan archive: {len(FILES)} files, {n} pages ({n150} at 150 dpi, {n - n150} at 200 dpi)")
    print("floor = RapidOcrEngine.read: PP-OCRv6 small det on the ink box + rec of each line at its own width")
    print(f"{'RapidOCR alone (floor)':30} wall {ocr_wall:7.1f} s  cpu {ocr_cpu:7.1f} s  "
          f"{n / ocr_wall:6.3f} pages/s  {ocr_cpu / n:5.2f} cpu s/page")
    print(f"{'jixiao extract -j 1':30} wall {jx_wall:7.1f} s  cpu {jx_cpu:7.1f} s  "
          f"{n / jx_wall:6.3f} pages/s  {jx_cpu / n:5.2f} cpu s/page")
    for dpi, sec in sorted(per_dpi.items()):
        k = sum(1 for _, _, d in pages if round(d) == dpi)
        print(f"  RapidOCR alone at {dpi} dpi: {sec / k:5.2f} cpu s/page over {k} pages")
    ratio = jx_cpu / ocr_cpu
    print(f"jixiao / OCR alone: {ratio:.2f}x cpu ({jx_wall / ocr_wall:.2f}x wall); "
          f"table and parsing work adds {100 * (ratio - 1):.0f}% (target at most 25%: "
          f"{'met' if ratio <= 1.25 else 'NOT met'})")
    ratio_w = (jx_cpu - start_cpu) / ocr_cpu
    print(f"jixiao's start-up (imports, models loaded; once a worker process): {start_cpu:.1f} cpu s; without "
          f"it jixiao / OCR alone: {ratio_w:.2f}x cpu, {(jx_cpu - start_cpu) / n:.2f} cpu s/page, the table "
          f"and parsing work adds {100 * (ratio_w - 1):.0f}% (target at most 25%: "
          f"{'met' if ratio_w <= 1.25 else 'NOT met'})")
    s150 = per_dpi.get(150, 0.0) / max(1, n150) * ratio
    print(f"estimated whole path per 150-dpi page on one core: {s150:.2f} cpu s with the start-up spread over "
          f"these {n} pages, {per_dpi.get(150, 0.0) / max(1, n150) * ratio_w:.2f} without (target at most 3 s: "
          f"{'met' if s150 <= 3 else 'NOT met'})")
    print(f"peak memory: RapidOCR alone {ocr_peak:.0f} MiB, jixiao run {jx_peak:.0f} MiB (max RSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
