"""Mend md31 (session 59) of review rd2 (of mend md27): a normalizer's error caught in a run not strict is said each
time its cell is read — no cache of a parser's helper keeps a result built on it (a worker process reads file after
file with the same caches) — once per cell, at the cell's line where a record holds it, not hidden by another failing
cell that holds its text; a project field's failure at that field's line, worded for a field. Each answer written by
hand before the run; the form is tests/fixtures/review/ct_s59_rv64_targets.txt (make_s59_rv64.py), a cell of it
spoiled by a marker a monkeypatched reader fails on (as tests/test_hunt_s59_md27.py does).

tests/conftest.py makes normalizers strict in every test; these tests turn that off (the `lenient` fixture).
"""
from __future__ import annotations

import pytest

from jixiao.pipeline import process_file
from normalize import targets
from normalize import text as T
from parsers import core, tables
from tests.conftest import REVIEW

_BAD = "坏格md31"
_FORM = REVIEW / "ct_s59_rv64_targets.txt"
_TARGET_LINE = 17     # `		排污口整治率	≥98	%	10`
_UNIT_LINE = 5        # `实施单位	某县生态环境分局`


@pytest.fixture
def lenient(monkeypatch):
    """Normalizers not strict (a normal run): conftest's STRICT_NORMALIZERS off, no JIXIAO_STRICT_NORMALIZERS."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = T.STRICT_NORMALIZERS.set(False)
    yield
    T.STRICT_NORMALIZERS.reset(token)


@pytest.fixture
def broken(monkeypatch):
    """mend_ocr_digits's pattern and split_target's reader raising on a text holding _BAD (a bug one cell meets)."""
    real_ocr, real_read = T._OCR_RUN, targets._read

    class Ocr:
        def sub(self, repl, s):
            if _BAD in s:
                raise ValueError("a bug in the OCR mend")
            return real_ocr.sub(repl, s)

    def read(written):
        if _BAD in written:
            raise RuntimeError("a bug in a target's reading")
        return real_read(written)
    monkeypatch.setattr(T, "_OCR_RUN", Ocr())
    monkeypatch.setattr(targets, "_read", read)


def _spoiled(tmp_path, old: str, new: str, name: str):
    text = _FORM.read_text(encoding="utf-8")
    assert text.count(old) == 1
    p = tmp_path / name
    p.write_text(text.replace(old, new.replace("BAD", _BAD)), encoding="utf-8")
    return p


def _failed(r) -> list[tuple]:
    return [(w["line"], w["message"]) for w in r.tables["warnings"] if w["code"] == "normalizer_failed"]


def _noted(fn, text: str) -> list:
    token = T.NORMALIZER_FAILURES.set(noted := [])
    try:
        fn(text)
    finally:
        T.NORMALIZER_FAILURES.reset(token)
    return noted


@pytest.mark.parametrize("fn, text, name", [
    (tables.is_number, "9O{}甲", "mend_ocr_digits"),
    (tables.cell_features, "8O{}乙", "split_target"),      # (its target_strength first)
    (tables.target_strength, "3个{}丙", "split_target"),     # (at most 16 characters: a quantity's length)
    (tables._with_own_unit, "90人{}丁", "split_target"),
    (core._is_year_text, "2O23年度{}戊", "mend_ocr_digits"),
])
def test_helper_notes_each_call(broken, lenient, fn, text, name):
    """A parser's cached helper over a failing normalizer: the second call notes the failure as the first (main: the
    fallback's answer cached, the second call noted nothing)."""
    text = text.format(_BAD)
    first, second = _noted(fn, text), _noted(fn, text)
    assert first and first[0][0] == name
    assert second == first


def test_same_file_twice_warned_twice(broken, lenient, tmp_path):
    """Two identical files read one after the other in one process (a worker's): both partial with the same warning
    for the broken weight `1O坏格` at its line (main: the second `ok`, no warning — parse_number's cache)."""
    got = []
    for n in ("a", "b"):
        r = process_file(_spoiled(tmp_path, "≥98\t%\t10", "≥98\t%\t1OBAD", f"md31_twice_{n}.txt"))
        got.append((r.document["status"], [line for line, _ in _failed(r)]))
    assert got == [("partial", [_TARGET_LINE]), ("partial", [_TARGET_LINE])]


def test_field_failure_not_hidden_by_a_target_holding_its_text(broken, lenient, tmp_path):
    """The 实施单位 cell `I坏格` broken and a target cell `≥98（I坏格）` holding that text broken too: two warnings,
    the field's at its line and the target's at its line (main: the field's hidden, its text held in the target's)."""
    p = tmp_path / "md31_held.txt"
    text = _FORM.read_text(encoding="utf-8").replace("实施单位\t某县生态环境分局", "实施单位\tIBAD") \
        .replace("≥98\t%", "≥98（IBAD）\t%")
    p.write_text(text.replace("BAD", _BAD), encoding="utf-8")
    r = process_file(p)
    assert sorted(line for line, _ in _failed(r)) == [_UNIT_LINE, _TARGET_LINE]


def test_project_field_failure_at_its_line_worded_for_a_field(broken, lenient, tmp_path):
    """A failing 主管部门 value: the warning at that field's line, saying the field is kept as written (main: no line,
    `read as text, not as a figure`, said of a name)."""
    r = process_file(_spoiled(tmp_path, "主管部门\t某县生态环境分局", "主管部门\t某县生态环境分局9OBAD", "md31_dept.txt"))
    assert _failed(r) == [(4, f"mend_ocr_digits raised ValueError on `某县生态环境分局9O{_BAD}`: the field kept as "
                              "written")]
    assert r.tables["projects"][0]["department"] == f"某县生态环境分局9O{_BAD}"


def test_one_warning_for_a_cell_two_normalizers_fail_on(broken, lenient, tmp_path):
    """The money cell `42O坏格` failing in mend_ocr_digits and in split_target: one warning, the first normalizer's
    (main: two)."""
    r = process_file(_spoiled(tmp_path, "年度资金总额\t420", "年度资金总额\t42OBAD", "md31_money.txt"))
    assert [m.split(" raised ")[0] for _, m in _failed(r)] == ["mend_ocr_digits"]


def test_one_warning_for_a_cell_and_its_row_at_its_record(broken, lenient, tmp_path):
    """An indicator's name `排污口整治率9O坏格` failing, read as its row's text and as its own: one warning, at the
    line of the indicator it names (main: three, the row's, the name's in two normalizers, none with a line)."""
    r = process_file(_spoiled(tmp_path, "\t排污口整治率\t", "\t排污口整治率9OBAD\t", "md31_name.txt"))
    assert _failed(r) == [(_TARGET_LINE, f"mend_ocr_digits raised ValueError on `排污口整治率9O{_BAD}`: read as "
                                         "text, not as a figure")]


def test_fallback_text_shared_with_split_target(broken, lenient):
    """split_target's fallback reads a cell's text as split_target reads a cell of no figure: one helper (main: two
    copies of the lines, `_as_text` and split_target's first)."""
    assert targets._as_text(f"≥９６％（{_BAD}甲）").target_text == targets._written(f"≥９６％（{_BAD}甲）")
    assert targets._written("——") is None and targets._written(None) is None
