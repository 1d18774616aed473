"""Benchmark: the scan path beside RapidOCR alone on the same page images, in one run.

On the scan fixtures of tests/fixtures/scan (image-only PDFs, PNG, JPEG, TIFF;
the mixed PDF's digital pages are left out by taking only its scanned page):
  1. RapidOCR alone (det + rec, the engine jixiao uses, one thread) on every
     page image as jixiao sees it: the floor of this path,
  2. `jixiao extract -j 1` on the same files in a child process (rendering,
     deskew, ruling lines, OCR, cell placement, parsing, writing).
Prints wall and CPU seconds, pages/s, the ratio (targets: jixiao adds at most
25% to the OCR time; at most 3 s per 150-dpi page on one core) and the peak
memory of each. CPU seconds are printed because the machine may be shared:
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
    s150 = per_dpi.get(150, 0.0) / max(1, n150) * ratio
    print(f"estimated whole path per 150-dpi page on one core: {s150:.2f} cpu s (target at most 3 s: "
          f"{'met' if s150 <= 3 else 'NOT met'})")
    print(f"peak memory: RapidOCR alone {ocr_peak:.0f} MiB, jixiao run {jx_peak:.0f} MiB (max RSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
