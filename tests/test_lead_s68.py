"""The lead's mends of session 68 (read-only review rd70's group C, extract/txt.py).

Decided: when a text dump's whole pass raises and its forms' blocks are read one by one (hunt rb2), the warnings the
failed whole pass had already said are dropped — one of them may name a line of the block then left out (rd70: an
`unparsed_row` at line 16 kept beside the `internal_error` of lines 14-25, the block that holds line 16). When no
block can be kept apart (a dump of one block) the file fails as before, its error named.
Kept: the blocks' own warnings and the one `internal_error` of the left-out block (tests/test_hunt_s68_rb2.py).
"""
from __future__ import annotations

import pytest

import extract.txt as txt
from extract.grid import ParseWarning
from jixiao import pipeline
from normalize.text import STRICT_NORMALIZERS
from tests.conftest import REVIEW

TEXT = str(REVIEW / "ct_s68_rb2_three_forms.txt")
SECOND = "农村公路养护"


@pytest.fixture
def lenient(monkeypatch):
    """Strict off (the conftest switches it on for the tests): as a run without --strict."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = STRICT_NORMALIZERS.set(False)
    yield
    STRICT_NORMALIZERS.reset(token)


def _second_form_says_then_raises(monkeypatch):
    """build_grids of any lines holding the second form says a warning at its title's line, then raises (as a bug
    part-way through a pass would)."""
    real = txt.build_grids

    def build_grids(lines, warnings, *args, **kwargs):
        at = next((k for k, ln in enumerate(lines) if SECOND in ln), None)
        if at is not None:
            warnings.append(ParseWarning("unparsed_row", "said before the error", None, at + 1))
            raise ZeroDivisionError("boom in the second form")
        return real(lines, warnings, *args, **kwargs)
    monkeypatch.setattr(txt, "build_grids", build_grids)


def test_a_failed_whole_pass_leaves_no_warning_of_its_own(lenient, monkeypatch):
    # before the mend: the `unparsed_row` said by the failed whole pass stayed, naming a line of the left-out block
    _second_form_says_then_raises(monkeypatch)
    res = pipeline.process_file(TEXT)
    assert res.document["status"] == "partial"
    assert [p["name"] for p in res.tables["projects"]] == ["洮河流域水土保持综合治理", "困难残疾人生活补贴"]
    codes = [(w["code"], w["message"]) for w in res.tables["warnings"]]
    assert ("unparsed_row", "said before the error") not in codes
    (w,) = [w for w in res.tables["warnings"] if w["code"] == "internal_error"]
    assert w["line"] == 14 and "ZeroDivisionError: boom in the second form" in w["message"]


def test_a_dump_of_one_block_still_fails_with_its_error(lenient, monkeypatch):
    def build_grids(lines, warnings, *args, **kwargs):
        warnings.append(ParseWarning("unparsed_row", "said before the error", None, 1))
        raise ZeroDivisionError("boom")
    monkeypatch.setattr(txt, "build_grids", build_grids)
    res = pipeline.process_file(str(REVIEW / "ct_s68_rb2_cover_titled.txt"))
    assert res.document["status"] == "failed" and "ZeroDivisionError" in res.document["error"]
