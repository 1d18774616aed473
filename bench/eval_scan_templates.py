"""Field-level F1 of the OCR path on scans of every template form (tests/templates/*/form.pdf).

    python bench/eval_scan_templates.py [-j N] [-v] [TEMPLATE ...]

The committed scan fixtures (tests/fixtures/scan, `make eval-scans`) cover the
five samples and one template. This measures the scan path on the ~70 template
layouts the general parser is tested on: each template's digital PDF is
rendered at 150 dpi, degraded as tests/fixtures/make_scan_fixtures.py does
(rotated by up to ±1.5°, blurred, noisy, dust; then gray JPEG quality 40 or
bilevel at threshold 190, alternately), wrapped as an image-only PDF and read
by jixiao; its records are scored field by field against the records of the
digital PDF with tests/scan_eval.field_score (strings width-folded). The scans
are made on the fly into bench/scan_tpl_data (deterministic: seeded by the
template id) and are not committed. Prints F1 per template, the overall F1 and
the CPU seconds per page.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
TPL = ROOT / "tests" / "templates"
DATA = ROOT / "bench" / "scan_tpl_data"
DPI = 150


def make_scan(tid: str) -> Path:
    """The scan of a template's form.pdf (made once, then reused)."""
    import pypdfium2 as pdfium
    from make_scan_fixtures import bilevel, degrade, image_pdf, render
    out = DATA / f"{tid}.pdf"
    if out.exists():
        return out
    src = TPL / tid / "form.pdf"
    seed = int(hashlib.sha256(tid.encode()).hexdigest()[:8], 16)
    n = len(pdfium.PdfDocument(str(src)))
    angles = [((seed >> (4 * i)) % 31 - 15) / 10 for i in range(n)]     # -1.5 .. 1.5 degrees
    ims = [degrade(render(src, p, DPI), angles[p - 1], seed=seed + p) for p in range(1, n + 1)]
    if seed % 2:
        ims = [bilevel(im) for im in ims]
    DATA.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(image_pdf(ims, DPI))
    os.replace(tmp, out)
    return out


def evaluate(tid: str) -> tuple[str, int, int, int, float, int, list, str]:
    from jixiao.pipeline import process_file
    from tests.scan_eval import field_score
    scan = make_scan(tid)
    t0 = time.process_time()
    got = process_file(scan)
    cpu = time.process_time() - t0
    ref = process_file(TPL / tid / "form.pdf")
    s = field_score(ref, got)
    return tid, s.tp, s.fp, s.fn, cpu, got.document["pages"] or 0, s.wrong or [], got.document["status"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("templates", nargs="*", help="template ids (default: every template with a form.pdf)")
    ap.add_argument("-j", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("-v", action="store_true", help="print every wrong field, not the first 6")
    args = ap.parse_args()
    tids = args.templates or sorted(p.parent.name for p in TPL.glob("*/form.pdf"))
    tp = fp = fn = pages = 0
    cpu = 0.0
    rows = []
    with ProcessPoolExecutor(args.j) as ex:
        for tid, a, b, c, sec, n, wrong, status in ex.map(evaluate, tids):
            f1 = 2 * a / (2 * a + b + c) if a + b + c else 1.0
            rows.append((f1, tid))
            tp, fp, fn, cpu, pages = tp + a, fp + b, fn + c, cpu + sec, pages + n
            print(f"{tid:45} F1 {f1:.3f}  ({a} right, {b} extra or wrong, {c} missed) {n} p {sec:5.1f} s {status}",
                  flush=True)
            for w in wrong[: None if args.v else 6]:
                print("     ", w)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    print(f"{'overall':45} F1 {f1:.4f}  ({tp} right, {fp} extra or wrong, {fn} missed); "
          f"{len(tids)} templates, {pages} pages, {cpu / max(pages, 1):.2f} CPU s per page")
    print("weakest:", ", ".join(f"{t} {f:.3f}" for f, t in sorted(rows)[:8]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
