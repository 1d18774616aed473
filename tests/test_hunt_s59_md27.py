"""Mend md27 (session 59) of review rv64: a normalizer's error met on a cell, in a run not strict, is said — a
`normalizer_failed` warning at the cell's record (file, page, line), the file `partial` (as `truncated_cell`,
`low_confidence`: a cell's figure not read) — and the cell reads as a text cell reads (cleaned, width folded). Each
answer written by hand before the run; the form is tests/fixtures/review/ct_s59_rv64_targets.txt (make_s59_rv64.py),
one cell of it spoiled by a marker a monkeypatched reader fails on.

tests/conftest.py makes normalizers strict in every test; these tests turn that off (the `lenient` fixture).
"""
from __future__ import annotations

import pytest

from jixiao.pipeline import process_file
from normalize import targets
from normalize import text as T
from normalize.targets import Target, split_target
from tests.conftest import REVIEW

_BAD = "坏格md27"
_FORM = REVIEW / "ct_s59_rv64_targets.txt"
_BAD_LINE = 17     # `		排污口整治率	≥98	%	10`, the fixture's 17th line


@pytest.fixture
def lenient(monkeypatch):
    """Normalizers not strict (a normal run): conftest's STRICT_NORMALIZERS off, no JIXIAO_STRICT_NORMALIZERS."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = T.STRICT_NORMALIZERS.set(False)
    yield
    T.STRICT_NORMALIZERS.reset(token)


@pytest.fixture
def broken_read(monkeypatch):
    """targets._read raising on a text holding _BAD (a bug one cell meets); other texts read as before."""
    real = targets._read

    def read(written):
        if _BAD in written:
            raise RuntimeError("a bug in a target's reading")
        return real(written)
    monkeypatch.setattr(targets, "_read", read)


def _spoiled(tmp_path, tag: str, name: str | None = None):
    text = _FORM.read_text(encoding="utf-8")
    assert text.count("≥98\t%") == 1
    p = tmp_path / (name or f"md27_{tag}.txt")
    p.write_text(text.replace("≥98\t%", f"≥98（{_BAD}{tag}）\t%"), encoding="utf-8")
    return p


def _failed(r) -> list[dict]:
    return [w for w in r.tables["warnings"] if w["code"] == "normalizer_failed"]


def test_fallback_is_a_text_cells_reading(broken_read, lenient):
    """The bad cell's text cleaned and width folded, as a cell of no figure reads (main: `（` kept full width)."""
    assert split_target(f"≥９６％（{_BAD}甲）") == Target(target_text=f"≥96%({_BAD}甲)")
    assert split_target(f"全年，７×24小时{_BAD}") == Target(target_text=f"全年,7×24小时{_BAD}")
    # (a text cell of the same signs, unbroken, reads so)
    assert split_target("全年，７×24小时") == Target(target_text="全年,7×24小时")


def test_failure_noted_not_cached(broken_read, lenient):
    """Each call of a failing text noted, the second too (main: nothing noted, the fallback cached)."""
    token = T.NORMALIZER_FAILURES.set(noted := [])
    try:
        split_target(f"≥96%（{_BAD}乙）")
        split_target(f"≥96%（{_BAD}乙）")
    finally:
        T.NORMALIZER_FAILURES.reset(token)
    assert noted == [("split_target", f"≥96%（{_BAD}乙）", "RuntimeError")] * 2


def test_nested_failure_noted_by_the_outer_normalizer(broken_read, lenient):
    """split_target failing inside split_by_year: the error goes up to split_by_year's guard (None, no target per
    year), noted as its own, and again on a second call — not a result cached on the inner fallback (main: nothing
    noted)."""
    cell = f"2024年：≥95%；2025年：≥98%（{_BAD}）"
    token = T.NORMALIZER_FAILURES.set(noted := [])
    try:
        assert targets.split_by_year(cell, 2024) is None
        assert targets.split_by_year(cell, 2024) is None
    finally:
        T.NORMALIZER_FAILURES.reset(token)
    assert noted == [("split_by_year", cell, "RuntimeError")] * 2


def test_bad_cell_warned_at_its_line(broken_read, lenient, tmp_path):
    """One cell broken: it reads as text, the other nine indicators as without it, one normalizer_failed warning at
    the cell's line, the file partial (main: `ok`, no warning)."""
    good = process_file(_FORM)
    r = process_file(_spoiled(tmp_path, "丙"))
    got = {i["level3"]: i for i in r.tables["indicators"]}
    bad = got.pop("排污口整治率")
    assert (bad["op"], bad["value"], bad["unit"], bad["target_text"]) == (None, None, None, f"≥98%({_BAD}丙)")
    want = {i["level3"]: i for i in good.tables["indicators"] if i["level3"] != "排污口整治率"}
    keys = ("op", "value", "value_max", "unit", "qualifier", "target_text", "line")
    assert {k: tuple(v[c] for c in keys) for k, v in got.items()} == \
        {k: tuple(v[c] for c in keys) for k, v in want.items()}
    [w] = _failed(r)
    assert (w["page"], w["line"], w["indicator_seq"]) == (None, _BAD_LINE, bad["seq"])
    assert w["message"].startswith(f"split_target raised RuntimeError on `≥98%（{_BAD}丙）`")
    assert r.document["status"] == "partial" and r.document["error"] is None
    assert good.document["status"] == "ok" and not _failed(good)


def test_long_cell_cut_in_the_message(broken_read, lenient, tmp_path):
    """The message names the cell's text cut at 40 characters (main: no warning)."""
    long = "监测" * 30
    p = tmp_path / "md27_long.txt"
    p.write_text(_FORM.read_text(encoding="utf-8").replace("≥98\t%", f"≥98（{_BAD}{long}）\t%"), encoding="utf-8")
    [w] = _failed(process_file(p))
    shown = f"≥98%（{_BAD}{long}"[:40]     # (the cell and its unit, as the record reads them)
    assert f"`{shown}…`" in w["message"] and long not in w["message"]


def test_ocr_mend_failure_warned(monkeypatch, lenient, tmp_path):
    """mend_ocr_digits failing on a cell (its pattern broken for one text): that cell's warning names it, the target
    read as text; the other cells read (main: no warning, `ok`)."""
    real = T._OCR_RUN

    class Broken:
        def sub(self, repl, s):
            if _BAD in s:
                raise ValueError("a bug in the OCR mend")
            return real.sub(repl, s)
    monkeypatch.setattr(T, "_OCR_RUN", Broken())
    text = _FORM.read_text(encoding="utf-8").replace("≥98\t%", f"≥9O（{_BAD}丁）\t%")
    p = tmp_path / "md27_ocr.txt"
    p.write_text(text, encoding="utf-8")
    r = process_file(p)
    got = {i["level3"]: i for i in r.tables["indicators"]}
    assert got["排污口整治率"]["value"] is None and _BAD in got["排污口整治率"]["target_text"]
    assert got["沿岸群众满意度"]["value"] == 90.0 and len(got) == 10
    ws = _failed(r)
    assert len(ws) == 1 and ws[0]["line"] == _BAD_LINE and "ValueError" in ws[0]["message"]
    assert r.document["status"] == "partial"


def test_no_failure_leaks_to_the_next_file(broken_read, lenient, tmp_path):
    """A clean file read after a bad one has no warning of it (main: none either way — no warnings at all)."""
    bad = process_file(_spoiled(tmp_path, "戊"))
    clean = process_file(_FORM)
    assert len(_failed(bad)) == 1 and not _failed(clean) and clean.document["status"] == "ok"


def test_batch_goes_on(broken_read, lenient, tmp_path):
    """`jixiao extract` of a folder, one file with a broken cell: every file read, that one partial with the warning
    naming it, the other ok (main: both ok, no warning)."""
    import pyarrow.parquet as pq

    from jixiao.cli import main
    src = tmp_path / "in"
    src.mkdir()
    _spoiled(src, "己", name="a_bad.txt")
    (src / "b_good.txt").write_text(_FORM.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-j", "1", "--no-index"]) == 0
    docs = {d["path"].rsplit("/", 1)[-1]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert {k: (d["status"], d["n_indicators"]) for k, d in docs.items()} == \
        {"a_bad.txt": ("partial", 10), "b_good.txt": ("ok", 10)}
    warnings = pq.read_table(out / "warnings.parquet").to_pylist()
    failed = [(w["doc_id"], w["line"]) for w in warnings if w["code"] == "normalizer_failed"]
    assert failed == [(docs["a_bad.txt"]["doc_id"], _BAD_LINE)]
