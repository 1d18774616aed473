"""Field-level F1 of the scan fixtures against the records of their digital versions.

    python -m tests.scan_eval          # prints F1 per fixture and overall (make eval-scans)

The reference of each scan is the digital PDF of the same pages
(tests/fixtures/pdf/*.pdf, or the template's form.pdf), read by jixiao: those
records are the golden files' (tests/test_pdf.py, tests/test_template_pdf.py).
A field is one non-null value of one column of one row in projects, indicators,
budget_items, scores, assessment_items or safeguards (provenance and seq left
out; amounts, operators and target values are columns, so they count). Rows are
aligned table by table in order (difflib on whole rows, then changed rows
paired in order); strings are compared without whitespace, as in
tests/crossformat.py. A wrong value is a false positive and a false negative.
"""
from __future__ import annotations

import difflib
import io
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jixiao.pipeline import process_file
from tests.crossformat import PROVENANCE, TABLES, norm

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT / "tests" / "fixtures" / "scan"
PDF = ROOT / "tests" / "fixtures" / "pdf"
TPL = ROOT / "tests" / "templates"
SKIP = PROVENANCE | {"seq"}
FLOOR = 0.95

# scan fixture -> (digital source, its pages (None = all), read with the general parser only)
SCANS = {
    "scan_000.pdf": (PDF / "000_db5194b345e21d4a.pdf", None, False),
    "scan_002.pdf": (PDF / "002_0f3bf4a98361c936.pdf", None, False),
    "scan_004.pdf": (PDF / "004_84f93315a99e5296.pdf", None, False),
    "scan_003_p1.png": (PDF / "003_f4b4bf660a847d7d.pdf", [1], False),
    "scan_003_p4.jpg": (PDF / "003_f4b4bf660a847d7d.pdf", [4], False),
    "scan_001_p1-3.tif": (PDF / "001_8fa2eebab90b1003.pdf", [1, 2, 3], False),
    "scan_ticks.pdf": (TPL / "ticks_header_placement" / "form.pdf", None, True),
    "mixed_000.pdf": (PDF / "000_db5194b345e21d4a.pdf", None, False),
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: list | None = None

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def _fields(row: dict) -> dict:
    return {k: norm(v) for k, v in row.items() if k not in SKIP and v is not None and v != ""}


def field_score(ref, got) -> Score:
    """Given the FileResults of a digital form and of its scan, return the field counts."""
    s = Score(wrong=[])
    for table in TABLES:
        a = [_fields(r) for r in ref.tables[table]]
        b = [_fields(r) for r in got.tables[table]]
        ka = [repr(sorted(x.items())) for x in a]
        kb = [repr(sorted(x.items())) for x in b]
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
            if op == "equal":
                s.tp += sum(len(x) for x in a[i1:i2])
                continue
            pairs = list(zip(range(i1, i2), range(j1, j2)))
            for i, j in pairs:
                x, y = a[i], b[j]
                for k in x.keys() | y.keys():
                    if k in x and k in y and x[k] == y[k]:
                        s.tp += 1
                        continue
                    if k in x:
                        s.fn += 1
                    if k in y:
                        s.fp += 1
                    s.wrong.append((table, i, k, x.get(k), y.get(k)))
            for i in range(i1 + len(pairs), i2):
                s.fn += len(a[i])
                s.wrong.append((table, i, "(row missing)", a[i].get("level3") or a[i].get("name"), None))
            for j in range(j1 + len(pairs), j2):
                s.fp += len(b[j])
                s.wrong.append((table, j, "(row extra)", None, b[j].get("level3") or b[j].get("name")))
    return s


def reference(name: str):
    """Given a scan fixture's name, return the FileResult of its digital version (same pages)."""
    src, pages, generic = SCANS[name]
    layouts = {"generic"} if generic else None
    if pages is None:
        return process_file(src, layouts=layouts)
    import pypdfium2 as pdfium
    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(str(src)), [p - 1 for p in pages])
    buf = io.BytesIO()
    out.save(buf)
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / f"{src.stem}_p{'-'.join(map(str, pages))}.pdf"
        f.write_bytes(buf.getvalue())
        return process_file(f, layouts=layouts)


def evaluate(name: str):
    """Given a scan fixture's name, return (its FileResult, the reference's, the Score)."""
    generic = SCANS[name][2]
    got = process_file(SCAN / name, layouts={"generic"} if generic else None)
    ref = reference(name)
    return got, ref, field_score(ref, got)


def main(argv: list[str]) -> int:
    import time
    names = argv or list(SCANS)
    total = Score()
    for name in names:
        t0 = time.perf_counter()
        got, ref, s = evaluate(name)
        total.add(s)
        print(f"{name:20} F1 {s.f1:.4f}  (precision {s.precision:.4f}, recall {s.recall:.4f}; "
              f"{s.tp} right, {s.fp} extra or wrong, {s.fn} missed) {got.document['format']} "
              f"{got.document['status']} {time.perf_counter() - t0:.1f} s")
        for w in s.wrong[:40]:
            print("    ", w)
    print(f"{'overall':20} F1 {total.f1:.4f}  (floor {FLOOR})")
    return 0 if total.f1 >= FLOOR else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
