"""Hunt ti17 (session 60): periods, fill dates, titles and the lines of normalizers' failures, left by the last
session. Fixtures ct_s60_ti17_* (text dumps from tests/fixtures/review/make_s60_ti17.py); each reading was written
down by hand before jixiao was run.

Decided:
- a short year's dotted month beside a whole year's (`24.7-2025.6`, `2024.7-25.6`) is a period's end, its years the
  same or the next, within one of the form's year (2024-07-01 to 2025-06-30): a whole year beside `24.7` is no range
  of one measure (ti15 and ti16 kept `2024.7-25.6` none, and their guards of it now read it); two short years'
  dotted months (`24.7-25.6`) stay none, a figure's range as well;
- a period's length said before its dates in brackets (`三年（2024-2026）`, `3年(2024年-2026年)`) is the bracket's
  period (it was none);
- a report's heading on a cover page (`2024年度部门项目支出绩效自评报告`) over the form's own title is passed over as a
  covering letter's is: the title is the form's (`项目支出绩效自评表`);
- a fill date two calendar years or more from the form's year (`填报日期：2021年3月15日` under a 2024 form) is said by
  the audit check `fill_date_out_of_year` at the date's line (one year either way says nothing);
- a normalizer's failure no record holds (a money cell, a title) is warned at the line of the cell or text line
  holding it (it had no line).
"""
from __future__ import annotations

import datetime as dt

import pytest

from jixiao.pipeline import process_file
from normalize import targets
from normalize import text as T
from normalize.dates import parse_period
from tests.conftest import REVIEW
from tests.hunt_tools import only_project, other_fields, warning_codes

D = dt.date
YEAR_TO_JUNE = (D(2024, 7, 1), D(2025, 6, 30))
THREE_YEARS = (D(2024, 1, 1), D(2026, 12, 31))


def _read(read, name):
    return read(f"ct_s60_ti17_{name}.txt")


def _dates(p):
    return p["start_date"], p["end_date"]


# ------------------------------------------------------------------ periods

@pytest.mark.parametrize("name, raw", [
    ("period_short_then_whole", "24.7-2025.6"),
    ("period_whole_then_short", "2024.7-25.6"),
])
def test_short_year_beside_a_whole_one(read, name, raw):
    p = only_project(_read(read, name))
    assert (p["year"], p["period_raw"], *_dates(p)) == (2024, raw, *YEAR_TO_JUNE)


@pytest.mark.parametrize("text, year", [
    ("24.7-2025.6", 2024),
    ("24.7-2025.6", 2025),
    ("24.7-2025.6", None),
    ("自24.7起至2025.6止", 2024),
    ("2024.7-25.6", 2025),
])
def test_short_year_beside_a_whole_one_read(text, year):
    assert parse_period(text, year) == YEAR_TO_JUNE


@pytest.mark.parametrize("text, year", [
    ("24.7-25.6", 2024),         # two short years: a figure's range as well (ti14's, ti15's, ti16's guard)
    ("24.7-2026.6", 2024),       # the years do not follow
    ("2025.7-24.6", 2024),       # reversed
    ("24.7-2025.6", 2019),       # far from the form's year
    ("12.5-2013.6", 2024),
])
def test_short_year_beside_a_whole_one_not_read(text, year):
    """Guards: none on main and now."""
    assert parse_period(text, year) == (None, None)


@pytest.mark.parametrize("name, raw", [
    ("period_length_before", "三年（2024-2026）"),
    ("period_length_before_years", "3年(2024年-2026年)"),
])
def test_length_before_the_bracketed_period(read, name, raw):
    p = only_project(_read(read, name))
    assert (p["year"], p["period_raw"], *_dates(p)) == (2024, raw, *THREE_YEARS)


@pytest.mark.parametrize("text, year, got", [
    ("为期两年（2024年1月-2025年12月）", 2024, (D(2024, 1, 1), D(2025, 12, 31))),
    ("12个月(2024.7-2025.6)", 2024, YEAR_TO_JUNE),
    ("共3年（2024—2026年）", None, THREE_YEARS),
    ("三年（2024年第一季度至2026年第四季度）", 2024, THREE_YEARS),    # (quarters read once the length is off)
])
def test_length_before_read(text, year, got):
    assert parse_period(text, year) == got


@pytest.mark.parametrize("text", ["3年", "三年（分期实施）", "三年（2026-2024）"])
def test_length_before_not_read(text):
    """Guards: a length alone, a bracket of no dates, a reversed bracket — none on main and now."""
    assert parse_period(text, 2024) == (None, None)


# ------------------------------------------------------------------ titles

def test_cover_report_passed_over(read):
    r = _read(read, "cover_report")
    p = only_project(r)
    assert (p["title"], p["year"], p["form"], p["name"]) == ("项目支出绩效自评表", 2024, "self_eval",
                                                             "城乡义务教育学生营养改善计划")
    assert p["fill_date"] == D(2025, 3, 12)                # the year after a self-evaluation's: its own
    assert "fill_date_out_of_year" not in warning_codes(r)


def test_cover_report_then_form_titled_with_its_year(read):
    p = only_project(_read(read, "cover_report_dated"))
    assert (p["title"], p["year"]) == ("2024年度项目支出绩效自评表", 2024)


@pytest.mark.parametrize("name, title, year, dates", [
    ("title_unit_first", "新化县教育局2025年项目支出绩效目标表", 2025, (D(2025, 1, 1), D(2025, 12, 31))),
    ("title_annex_table_no", "新化县2024年乡村学校少年宫运转经费项目绩效目标表", 2024, THREE_YEARS),
    ("title_split_by_spaces", "新化县2024年乡村学校少年宫运转经费项目绩效目标表", 2024, (D(2024, 1, 1), D(2024, 12, 31))),
    ("title_running_head", "新化县2024年乡村学校少年宫运转经费项目绩效目标表", 2024, (D(2024, 1, 1), D(2024, 12, 31))),
])
def test_titles_kept(read, name, title, year, dates):
    """Guards: read so on main and now (the unit before the year; `附件3` and `表3-2` over the title; a line of spaces
    between its two lines; the title again over the next page's rows, which stay the form's)."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["title"], p["year"], *_dates(p)) == (title, year, *dates)
    assert len(r.tables["indicators"]) == 4


# ------------------------------------------------------------------ fill dates

def test_fill_date_years_away(read):
    r = _read(read, "fill_date_far")
    assert only_project(r)["fill_date"] == D(2021, 3, 15)
    got = [(w["line"], w["message"]) for w in r.tables["warnings"] if w["code"] == "fill_date_out_of_year"]
    assert got == [(14, "the form's fill date 2021-03-15 is 3 years before its year 2024: copied from another "
                        "year's form?")]


def test_fill_month_only_kept_as_written(read):
    """Guard: a month is no day — no fill_date, the month in other_fields as written, no finding (main and now)."""
    r = _read(read, "fill_month_only")
    p = only_project(r)
    assert (p["fill_date"], other_fields(p).get("填报日期")) == (None, "2024年3月")
    assert "fill_date_out_of_year" not in warning_codes(r)


def test_fill_date_the_year_before(read):
    """Guard: a 2025 target form filled in October 2024 says nothing."""
    r = _read(read, "fill_year_before")
    assert only_project(r)["fill_date"] == D(2024, 10, 20)
    assert "fill_date_out_of_year" not in warning_codes(r)


# ------------------------------------------------------------------ a normalizer's failure at its line

_BAD = "坏格ti17"
_FORM = REVIEW / "ct_s59_rv64_targets.txt"


@pytest.fixture
def broken_lenient(monkeypatch):
    """mend_ocr_digits's pattern and split_target's reader raising on a text holding _BAD (a bug one cell meets), in
    a run not strict (as tests/test_hunt_s59_md31.py does)."""
    real_ocr, real_read = T._OCR_RUN, targets._read

    class Ocr:
        def sub(self, repl, s):
            if _BAD in s:
                raise ValueError("a bug in the OCR mend")
            return real_ocr.sub(repl, s)

    def read_target(written):
        if _BAD in written:
            raise RuntimeError("a bug in a target's reading")
        return real_read(written)
    monkeypatch.setattr(T, "_OCR_RUN", Ocr())
    monkeypatch.setattr(targets, "_read", read_target)
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = T.STRICT_NORMALIZERS.set(False)
    yield
    T.STRICT_NORMALIZERS.reset(token)


@pytest.mark.parametrize("old, new, line, shown", [
    ("年度资金总额\t420", "年度资金总额\t42OBAD", 6, "42OBAD"),                      # a money cell
    ("项目支出绩效目标表\n", "2O24BAD项目支出绩效目标表\n", 1, "2O24BAD项目支出绩效目标表"),   # the title's line
])
def test_failure_outside_records_at_its_line(broken_lenient, tmp_path, old, new, line, shown):
    text = _FORM.read_text(encoding="utf-8")
    assert text.count(old) == 1
    p = tmp_path / "ti17_failed.txt"
    p.write_text(text.replace(old, new.replace("BAD", _BAD)), encoding="utf-8")
    r = process_file(p)
    got = [(w["line"], w["message"]) for w in r.tables["warnings"] if w["code"] == "normalizer_failed"]
    assert got == [(line, f"mend_ocr_digits raised ValueError on `{shown.replace('BAD', _BAD)}`: read as text, "
                          "not as a figure")]
