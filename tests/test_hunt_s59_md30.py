"""Mend md30 (session 59) of review rd: of6's hidden sheets' read and rv64's strict switch (no new fixture: of6's and
of4's workbooks, tests/fixtures/review/ct_s59_of6_hidden_other.xlsx and ct_s57_of4_onlyhidden.xlsx).

Decided:
- an error met reading a workbook's hidden sheets (read only to tell whether they hide a form, `hidden_form_unread`)
  fails no file: not strict, a `page_unreadable` warning names the hidden sheet and the error, and the shown sheets'
  reading is kept (main: `failed … internal error … IndexError`, every table emptied); strict, it is raised; a
  normalizer's error met in a hidden sheet is not noted as the file's (`normalizer_failed`: the sheet is not read);
- JIXIAO_STRICT_NORMALIZERS is on for `1`, `true`, `yes` in any case only (main: any value, `0` and `false` too).
"""
from __future__ import annotations

import pytest

import jixiao.pipeline as pipeline
from normalize.text import STRICT_NORMALIZERS, reraise_if_strict
from tests.conftest import REVIEW
from tests.hunt_tools import indicator_targets, only_project, warning_codes


@pytest.fixture
def lenient(monkeypatch):
    """Strict off (the conftest switches it on for the tests): as a run without --strict."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = STRICT_NORMALIZERS.set(False)
    yield
    STRICT_NORMALIZERS.reset(token)


@pytest.fixture
def hidden_read_raises(monkeypatch):
    """The hidden sheets' reader raises (a bug met on an odd hidden sheet); the shown sheets read as they are."""
    extract = pipeline.extract_file

    def boom():
        raise IndexError("a bug reading an odd hidden sheet")

    def extract_file(*args, **kwargs):
        ex = extract(*args, **kwargs)
        assert ex.unshown, "the fixture's workbook hides a sheet"
        ex.unshown = (ex.unshown[0], boom)
        return ex
    monkeypatch.setattr(pipeline, "extract_file", extract_file)


def _unreadable(r) -> str:
    ws = [w for w in r.tables["warnings"] if w["code"] == "page_unreadable"]
    assert len(ws) == 1 and ws[0]["page"] == 2
    return ws[0]["message"]


def test_hidden_sheet_read_error_beside_a_shown_form_keeps_the_form(lenient, hidden_read_raises):
    # main: failed, `internal error while reading: IndexError`, no project and no indicator
    r = pipeline.process_file(str(REVIEW / "ct_s59_of6_hidden_other.xlsx"))
    assert r.document["status"] == "partial" and r.document["error"] is None
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert len(indicator_targets(r)) == 4 and indicator_targets(r)[0][3:] == (">=", 120.0, "个")
    assert warning_codes(r) == ["page_unreadable"]
    msg = _unreadable(r)
    assert "sheet 2 (营养餐)" in msg and "IndexError: a bug reading an odd hidden sheet" in msg


def test_hidden_sheet_read_error_with_no_shown_form_fails_no_file(lenient, hidden_read_raises):
    # main: failed, `internal error …` (its shown sheet's `layout_unknown` lost)
    r = pipeline.process_file(str(REVIEW / "ct_s57_of4_onlyhidden.xlsx"))
    assert r.document["status"] == "partial" and r.document["layout"] == "unknown"
    assert sorted(warning_codes(r)) == ["layout_unknown", "page_unreadable"]
    assert "sheet 2 (绩效目标表)" in _unreadable(r)


def test_hidden_sheet_read_error_raised_when_strict(lenient, hidden_read_raises):
    # strict (process_file(strict=True), --strict): the bug is raised, as before
    with pytest.raises(IndexError):
        pipeline.process_file(str(REVIEW / "ct_s59_of6_hidden_other.xlsx"), strict=True)


def test_normalizer_error_in_a_hidden_sheet_is_not_the_files(lenient, monkeypatch):
    # a guarded normalizer failing on a hidden sheet's text (not read): no `normalizer_failed` of the shown file
    # (main: `normalizer_failed` of the document, as if a cell of the shown form had failed)
    from normalize.text import guarded

    @guarded(lambda text: text)
    def odd_normalizer(text):
        raise IndexError("a bug met on a hidden sheet's cell")

    extract = pipeline.extract_file

    def extract_file(*args, **kwargs):
        ex = extract(*args, **kwargs)
        numbers, read = ex.unshown

        def noisy():
            odd_normalizer("≥9O（x）")
            return read()
        ex.unshown = (numbers, noisy)
        return ex
    monkeypatch.setattr(pipeline, "extract_file", extract_file)
    r = pipeline.process_file(str(REVIEW / "ct_s59_of6_hidden_other.xlsx"))
    assert warning_codes(r) == ["hidden_form_unread"] and len(indicator_targets(r)) == 4


def _raised(value: str, monkeypatch) -> bool:
    monkeypatch.setenv("JIXIAO_STRICT_NORMALIZERS", value)
    try:
        try:
            raise ValueError("a normalizer's bug")
        except ValueError:
            reraise_if_strict()
    except ValueError:
        return True
    return False


@pytest.mark.parametrize("value", ["0", "false", "False", "no", "off", " "])
def test_strict_switch_off_values(lenient, monkeypatch, value):
    # main: any value non-empty turned strict on (`=0`, `=false` raised)
    assert not _raised(value, monkeypatch)


@pytest.mark.parametrize("value", ["1", "true", "TRUE", "yes", "Yes"])
def test_strict_switch_on_values(lenient, monkeypatch, value):
    assert _raised(value, monkeypatch)
