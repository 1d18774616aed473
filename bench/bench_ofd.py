"""Benchmark: the OFD reader on a 20-page OFD beside the PDF reader on the PDF it was converted from, in one run.

The source PDF is tests/fixtures/pdf/003_… (11 pages) followed by 001_… (9 pages), joined with pypdf; the OFD is
written from it by tests/fixtures/ofd/make_ofd.py's converter (one TextObject per run of characters, one
PathObject per ruling line). Both are read with `process_file` (reading, parsing, normalizing: a whole
documents row), best of --repeat runs, and their records compared (they are the same).

    PYTHONPATH=. .venv/bin/python bench/bench_ofd.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "ofd"))
from make_ofd import pdf_to_ofd  # noqa: E402

SOURCES = ["tests/fixtures/pdf/003_f4b4bf660a847d7d.pdf", "tests/fixtures/pdf/001_8fa2eebab90b1003.pdf"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from pypdf import PdfReader, PdfWriter

    from extract.ofd import extract_ofd
    from extract.pdf import extract_pdf
    from jixiao.pipeline import process_file

    w = PdfWriter()
    for s in SOURCES:
        for p in PdfReader(ROOT / s).pages:
            w.add_page(p)
    buf = io.BytesIO()
    w.write(buf)
    pdf = buf.getvalue()
    ofd = pdf_to_ofd(pdf, "bench")
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path, ofd_path = Path(tmp) / "bench20.pdf", Path(tmp) / "bench20.ofd"
        pdf_path.write_bytes(pdf)
        ofd_path.write_bytes(ofd)
        print(f"source PDF: {len(PdfReader(pdf_path).pages)} pages, {len(pdf)} bytes; OFD: {len(ofd)} bytes")
        rows = {}
        for name, path, extract in (("pdf", pdf_path, extract_pdf), ("ofd", ofd_path, extract_ofd)):
            data = path.read_bytes()
            ext_t, full_t = [], []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                extract(data, "x", str(path))
                ext_t.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                res = process_file(path)
                full_t.append(time.perf_counter() - t0)
            rows[name] = res
            print(f"{name}: extract {min(ext_t):.3f} s, process_file {min(full_t):.3f} s (best of {args.repeat}); "
                  f"{res.document['n_projects']} projects, {res.document['n_indicators']} indicators, "
                  f"{len(res.tables['budget_items'])} budget items")
            rows[name + "_t"] = (min(ext_t), min(full_t))
        (pe, pf), (oe, of) = rows["pdf_t"], rows["ofd_t"]
        print(f"OFD / PDF: extract {oe / pe:.2f}x, process_file {of / pf:.2f}x")
        same = all([{k: v for k, v in r.items() if k not in ("doc_id", "project_id")} for r in rows["pdf"].tables[t]]
                   == [{k: v for k, v in r.items() if k not in ("doc_id", "project_id")} for r in rows["ofd"].tables[t]]
                   for t in ("projects", "indicators", "budget_items", "scores", "warnings"))
        print("records the same:", same)
    return 0


if __name__ == "__main__":
    sys.exit(main())
