"""Hunt rb1 (session 67): nothing already extracted is lost when one form of a file raises.

Hunted: an exception raised while one form of a file was read (parsers.layouts.base's read_form of one segment) or
its records normalized (pipeline._parse_forms, one form's loop), or while the audit checks ran (jixiao.checks), failed
the whole file: every table emptied, its warnings too, the other forms (read fine) lost, no row saying which form.

Decided: one form's error is that form's — its records all left out (no half records: its project, indicators,
  scores, budget lines and warnings rolled back; the next forms' project ids go on without a gap), one
  `internal_error` warning at the form's first line naming its title and the exception's type and message, the
  document `partial`, the other forms kept. The audit checks' error keeps every record read: one `internal_error`
  warning, no finding, `partial`. With strict (process_file(strict=True), --strict) the error is raised, as before.
  Fixtures: samples/003 (11 forms) and make_s67_rb1.py's three forms of a 湖南 county, a tab dump and a workbook of
  one form a sheet (the third sheet stating no year keeps the first's when the second is dropped).
Kept: a file whose extraction fails (ExtractError) is still `failed`, its error named; a read with no error gives no
  `internal_error` and keeps its status.
Left: an error inside a layout's own parse outside one form's read (split_forms, the registry's detection, the
  packed_list layout's row loop, generic's places after the forms) still fails the whole file; the failing form's
  normalizer failures noted before its error may still be said as `normalizer_failed`.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import parsers.layouts.base as base
from jixiao import checks, pipeline
from normalize import records as N_records
from normalize.text import STRICT_NORMALIZERS
from tests.conftest import REVIEW

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
S003 = str(SAMPLES / "003_f4b4bf660a847d7d.txt")      # 11 forms (minhang_2022_target), `ok`
SECOND = "东西部扶贫协作和对口支援"                        # its second form's project, from line 34 to 71


@pytest.fixture
def lenient(monkeypatch):
    """Strict off (the conftest switches it on for the tests): as a run without --strict."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = STRICT_NORMALIZERS.set(False)
    yield
    STRICT_NORMALIZERS.reset(token)


@pytest.fixture(scope="module")
def whole():
    return pipeline.process_file(S003)


def _second_read_raises(monkeypatch):
    real, calls = base.read_form, []

    def read_form(seg):
        calls.append(seg)
        if len(calls) == 2:
            raise ZeroDivisionError("boom in the second form")
        return real(seg)
    monkeypatch.setattr(base, "read_form", read_form)


def _second_indicator_raises(monkeypatch):
    real = N_records.normalize_indicator

    def normalize_indicator(rec, *args, **kwargs):
        if 34 <= (rec.get("line") or 0) < 72 and rec.get("level3"):
            raise KeyError("no such unit")
        return real(rec, *args, **kwargs)
    monkeypatch.setattr(pipeline.N, "normalize_indicator", normalize_indicator)


def _internal(res) -> list[dict]:
    return [w for w in res.tables["warnings"] if w["code"] == "internal_error"]


def _kept_like_whole(res, whole) -> None:
    """RES holds WHOLE's records bar the second form's, the project ids without a gap."""
    names = [p["name"] for p in whole.tables["projects"]]
    assert whole.document["status"] == "ok" and len(names) == 11 and names[1] == SECOND
    assert res.document["status"] == "partial" and res.document["error"] is None
    assert [p["name"] for p in res.tables["projects"]] == names[:1] + names[2:]
    pids = [p["project_id"] for p in res.tables["projects"]]
    assert [pid.rsplit("-", 1)[1] for pid in pids] == [str(k) for k in range(1, 11)]
    lost = whole.tables["projects"][1]["project_id"]
    kept = [(i["level3"], i["target_raw"]) for i in whole.tables["indicators"] if i["project_id"] != lost]
    assert [(i["level3"], i["target_raw"]) for i in res.tables["indicators"]] == kept
    assert {i["project_id"] for i in res.tables["indicators"]} <= set(pids)
    assert res.document["n_projects"] == 10


def test_a_form_whose_read_raises_leaves_the_others(lenient, monkeypatch, whole):
    _second_read_raises(monkeypatch)
    res = pipeline.process_file(S003)
    _kept_like_whole(res, whole)
    (w,) = _internal(res)
    assert w["line"] == 34 and "ZeroDivisionError" in w["message"] and "boom in the second form" in w["message"]
    assert SECOND in w["message"]


def test_a_form_whose_records_raise_leaves_no_half_records(lenient, monkeypatch, whole):
    _second_indicator_raises(monkeypatch)
    res = pipeline.process_file(S003)
    _kept_like_whole(res, whole)
    (w,) = _internal(res)
    assert w["line"] == 34 and "KeyError" in w["message"] and "no such unit" in w["message"]
    # (no warning of the dropped form's own, no budget line or score of it)
    lost = whole.tables["projects"][1]["project_id"]
    n_lost = sum(1 for b in whole.tables["budget_items"] if b["project_id"] == lost)
    assert len(res.tables["budget_items"]) == len(whole.tables["budget_items"]) - n_lost


def test_a_forms_error_is_raised_when_strict(lenient, monkeypatch):
    _second_read_raises(monkeypatch)
    with pytest.raises(ZeroDivisionError):
        pipeline.process_file(S003, strict=True)


def test_a_forms_records_error_is_raised_when_strict(lenient, monkeypatch):
    _second_indicator_raises(monkeypatch)
    with pytest.raises(KeyError):
        pipeline.process_file(S003, strict=True)


def _checks_raise(monkeypatch):
    def run_checks(*args, **kwargs):
        raise ValueError("a check met a bug")
    monkeypatch.setattr(checks, "run_checks", run_checks)


def test_an_error_of_the_checks_keeps_the_records(lenient, monkeypatch, whole):
    _checks_raise(monkeypatch)
    res = pipeline.process_file(S003)
    assert res.document["status"] == "partial" and res.document["error"] is None
    assert [p["name"] for p in res.tables["projects"]] == [p["name"] for p in whole.tables["projects"]]
    assert len(res.tables["indicators"]) == len(whole.tables["indicators"])
    (w,) = _internal(res)
    assert "ValueError" in w["message"] and "a check met a bug" in w["message"] and w["project_id"] is None
    assert res.tables["findings"] == []


def test_an_error_of_the_checks_is_raised_when_strict(lenient, monkeypatch):
    _checks_raise(monkeypatch)
    with pytest.raises(ValueError):
        pipeline.process_file(S003, strict=True)


def test_no_error_no_internal_warning(whole):
    assert not _internal(whole) and whole.document["status"] == "ok"


# the fixtures of make_s67_rb1.py: three forms of a 湖南 county's 2024 budget, in a tab dump and a workbook's sheets
NAMES = ["农村饮水安全巩固提升工程", "中小学校舍维修改造", "基层公共文化服务补助"]


def test_three_forms_read_whole(read):
    for name in ("ct_s67_rb1_three_forms.txt", "ct_s67_rb1_three_sheets.xlsx"):
        res = read(name)
        assert res.document["status"] == "ok" and not _internal(res)
        assert [(p["name"], p["year"], p["budget_year"]) for p in res.tables["projects"]] == [
            (NAMES[0], 2024, 8500000.0), (NAMES[1], 2024, 4200000.0), (NAMES[2], 2024, 1360000.0)]
        assert len(res.tables["indicators"]) == 12


@pytest.mark.parametrize("name, page, line", [("ct_s67_rb1_three_forms.txt", None, 13),
                                              ("ct_s67_rb1_three_sheets.xlsx", 2, 1)])
def test_the_second_of_three_forms_raising_keeps_the_first_and_third(lenient, monkeypatch, name, page, line):
    _second_read_raises(monkeypatch)
    res = pipeline.process_file(str(REVIEW / name))
    assert res.document["status"] == "partial" and res.document["error"] is None
    # (the third sheet states no year: the first's, as the second's was)
    assert [(p["name"], p["year"]) for p in res.tables["projects"]] == [(NAMES[0], 2024), (NAMES[2], 2024)]
    assert [i["level3"] for i in res.tables["indicators"]] == [
        "改造集中供水工程", "水质检测合格率", "受益人口", "受益群众满意度",
        "送戏下乡场次", "文化站免费开放率", "惠及群众人次", "群众满意度"]
    (w,) = _internal(res)
    assert (w["page"], w["line"]) == (page, line) and NAMES[1] in w["message"] and "ZeroDivisionError" in w["message"]


def test_a_project_field_raising_drops_that_form_only(lenient, monkeypatch):
    real = N_records.normalize_project

    def normalize_project(fields, *args, **kwargs):
        if "name" in fields and fields["name"].text == NAMES[1]:
            raise IndexError("list index out of range")
        return real(fields, *args, **kwargs)
    monkeypatch.setattr(pipeline.N, "normalize_project", normalize_project)
    res = pipeline.process_file(str(REVIEW / "ct_s67_rb1_three_forms.txt"))
    assert [p["name"] for p in res.tables["projects"]] == [NAMES[0], NAMES[2]]
    assert [p["project_id"][-2:] for p in res.tables["projects"]] == ["-1", "-2"]
    assert len(res.tables["indicators"]) == 8 and res.document["status"] == "partial"
    (w,) = _internal(res)
    assert w["line"] == 13 and "IndexError" in w["message"] and NAMES[1] in w["message"]
