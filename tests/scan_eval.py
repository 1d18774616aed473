"""Field-level F1 of the scan fixtures against the records of their digital versions.

    python -m tests.scan_eval [-v] [FIXTURE ...]   # F1 per fixture and overall (make eval-scans)

The reference of each scan is the digital PDF of the same pages
(tests/fixtures/pdf/*.pdf, or the template's form.pdf), read by jixiao: those
records are the golden files' (tests/test_pdf.py, tests/test_template_pdf.py).
A field is one non-null value of one column of one row in projects, indicators,
budget_items, scores, assessment_items or safeguards (provenance and seq left
out; amounts, operators and target values are columns, so they count). Rows are
aligned table by table in order (difflib on whole rows, then the changed
rows paired in order where they share the most fields); strings are compared without whitespace, as in
tests/crossformat.py, and width-folded (NFKC, see field_score; the strict F1 is printed
too). A wrong value is a false positive and a false negative.
"""
from __future__ import annotations

import difflib
import io
import sys
import tempfile
import unicodedata
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
    "scan_unruled.jpg": (PDF / "unruled.pdf", None, False),
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


def _fields(row: dict, fold_width: bool) -> dict:
    out = {}
    for k, v in row.items():
        if k in SKIP or v is None or v == "":
            continue
        v = norm(v)
        if fold_width and isinstance(v, str):
            v = unicodedata.normalize("NFKC", v)
        out[k] = v
    return out


def field_score(ref, got, fold_width: bool = True) -> Score:
    """Given the FileResults of a digital form and of its scan, return the field counts.

    fold_width: compare strings after NFKC (full-width `（）：，；％１` = `():,;%1`). A scan
    does not show whether `(` was typed half- or full-width (the glyphs differ by a
    few pixels of side bearing), so the F1 floor is on folded strings; the strict
    F1 is printed beside it.
    """
    s = Score(wrong=[])
    for table in TABLES:
        a = [_fields(r, fold_width) for r in ref.tables[table]]
        b = [_fields(r, fold_width) for r in got.tables[table]]
        ka = [repr(sorted(x.items())) for x in a]
        kb = [repr(sorted(x.items())) for x in b]
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
            if op == "equal":
                s.tp += sum(len(x) for x in a[i1:i2])
                continue
            pairs = _align(a[i1:i2], b[j1:j2], i1, j1)
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
            for i in sorted(set(range(i1, i2)) - {i for i, _ in pairs}):
                s.fn += len(a[i])
                s.wrong.append((table, i, "(row missing)", _label(a[i]), None))
            for j in sorted(set(range(j1, j2)) - {j for _, j in pairs}):
                s.fp += len(b[j])
                s.wrong.append((table, j, "(row extra)", None, _label(b[j])))
    return s


def _label(r: dict):
    return r.get("level3") or r.get("name") or r.get("content") or r.get("detail")


def _align(a: list[dict], b: list[dict], i0: int, j0: int) -> list[tuple[int, int]]:
    """Pair the rows of two changed runs in order, maximizing the fields they share (a row may stay unpaired)."""
    n, m = len(a), len(b)
    same = [[sum(1 for k in x if k in y and x[k] == y[k]) for y in b] for x in a]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], same[i][j] + best[i + 1][j + 1] if same[i][j] else 0)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if same[i][j] and best[i][j] == same[i][j] + best[i + 1][j + 1]:
            pairs.append((i0 + i, j0 + j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


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
    names = argv
    verbose = "-v" in names
    names = [n for n in names if n != "-v"] or list(SCANS)
    total, strict_total = Score(), Score()
    for name in names:
        t0 = time.perf_counter()
        got, ref, s = evaluate(name)
        strict = field_score(ref, got, fold_width=False)
        total.add(s)
        strict_total.add(strict)
        print(f"{name:20} F1 {s.f1:.4f}  (precision {s.precision:.4f}, recall {s.recall:.4f}; "
              f"{s.tp} right, {s.fp} extra or wrong, {s.fn} missed; strict F1 {strict.f1:.4f}) "
              f"{got.document['format']} {got.document['status']} {time.perf_counter() - t0:.1f} s")
        for w in s.wrong[: 200 if verbose else 8]:
            print("    ", w)
    print(f"{'overall':20} F1 {total.f1:.4f}  (strict {strict_total.f1:.4f}; floor {FLOOR})")
    return 0 if total.f1 >= FLOOR else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
