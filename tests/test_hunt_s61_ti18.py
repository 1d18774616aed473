"""Hunt ti18 (session 61): periods, fill dates, years and titles left by the last session and met again. Fixtures
ct_s61_ti18_* (text dumps from tests/fixtures/review/make_s61_ti18.py); each reading was written down by hand before
jixiao was run.

Decided:
- a report's cover page of another year over the form (`2023年度部门项目支出绩效自评报告` then `2024年度项目支出绩效自评表`):
  the form's year is its own title's and year lines' (2024; it was the cover's 2023, and the fill date of 2025 was
  said to be two years after it); the cover's year only where the form's own lines state none;
- a short year's dotted month beside a whole year's day (`24.7-2025.6.30`, `2024.7.1-25.6`) is a period's end as it is
  beside a whole year's dotted month (2024-07-01 to 2025-06-30; they were none, or the start alone); beside a short
  year's day (`24.7-25.6.30`) it stays none;
- a period's length said as a term (`三年期（2024-2026）`) or with a note of no figure after a comma in the bracket
  (`三年（2024-2026年，分期实施）`) is the bracket's period (it was none);
- a fill date with the stamp's place after it (`2024年3月1日（盖章）`) is the day (it was none, the cell kept in
  other_fields).
Kept (guards): periods written whole (`2024年1月至2024年12月`, `2024.01—2024.12`); an open start (`自2024年3月起`),
`长期`, `常年` no period, as written; `持续性项目` a category; fill dates in numerals, slashes, eight digits; titles
with a full-width year or a draft's or revision's note, as written, their year read; two forms of two years, two
projects, each of its year, the second's copied period and fill date warned once each at their lines.
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import field_date, parse_period
from tests.hunt_tools import only_project, other_fields, warning_codes

D = dt.date
YEAR_TO_JUNE = (D(2024, 7, 1), D(2025, 6, 30))
THREE_YEARS = (D(2024, 1, 1), D(2026, 12, 31))
YEAR_2024 = (D(2024, 1, 1), D(2024, 12, 31))


def _read(read, name):
    return read(f"ct_s61_ti18_{name}.txt")


def _dates(p):
    return p["start_date"], p["end_date"]


# ------------------------------------------------------------------ the cover's year

def test_cover_of_another_year(read):
    r = _read(read, "cover_other_year")
    p = only_project(r)
    assert (p["year"], p["title"], p["fill_date"]) == (2024, "2024年度项目支出绩效自评表", D(2025, 3, 10))
    assert "fill_date_out_of_year" not in warning_codes(r)


def test_cover_year_where_the_form_states_none(read):
    """Guard: passes on main and now."""
    p = only_project(_read(read, "cover_year_only"))
    assert (p["year"], p["title"]) == (2024, "项目支出绩效自评表")


# ------------------------------------------------------------------ periods

def test_short_month_beside_a_whole_day(read):
    p = only_project(_read(read, "period_short_month_whole_day"))
    assert (p["year"], p["period_raw"], *_dates(p)) == (2024, "24.7-2025.6.30", *YEAR_TO_JUNE)


@pytest.mark.parametrize("text, year", [
    ("24.7-2025.6.30", 2024),
    ("24.7-2025.6.30", None),
    ("2024.7.1-25.6", 2024),     # (main read its start alone)
    ("自24.7起至2025.6.30止", 2025),
])
def test_short_month_beside_a_whole_day_read(text, year):
    assert parse_period(text, year) == YEAR_TO_JUNE


@pytest.mark.parametrize("text", ["24.7-25.6.30", "24.7.1-25.6", "24.7-2026.6.30", "25.7-2024.6.30"])
def test_short_month_beside_a_short_day_not_read(text):
    """Guards: none on main and now (a short day beside a short month; years not following; reversed)."""
    assert parse_period(text, 2024) == (None, None)


@pytest.mark.parametrize("name, raw", [
    ("period_length_noted", "三年（2024-2026年，分期实施）"),
    ("period_length_qi", "三年期（2024-2026）"),
])
def test_length_before_a_bracket_with_more(read, name, raw):
    p = only_project(_read(read, name))
    assert (p["year"], p["period_raw"], *_dates(p)) == (2024, raw, *THREE_YEARS)


@pytest.mark.parametrize("text, got", [
    ("3年期(2024年-2026年；滚动实施)", THREE_YEARS),
    ("两年期（2024年1月-2025年12月）", (D(2024, 1, 1), D(2025, 12, 31))),
])
def test_length_before_a_bracket_with_more_read(text, got):
    assert parse_period(text, 2024) == got


@pytest.mark.parametrize("text", ["三年（2024-2026年，共投资300万元）", "三年（2024，2026）", "三年（分期实施）"])
def test_length_before_a_bracket_not_read(text):
    """Guards: none on main and now (a note with a figure; two years listed, no span; no dates)."""
    assert parse_period(text, 2024) == (None, None)


@pytest.mark.parametrize("name, raw, dates", [
    ("period_months_whole", "2024年1月至2024年12月", YEAR_2024),
    ("period_dotted_dash", "2024.01—2024.12", YEAR_2024),
    ("period_open_start", "自2024年3月起", (None, None)),
    ("period_long_running", "长期", (None, None)),
    ("period_every_year", "常年", (None, None)),
])
def test_periods_kept(read, name, raw, dates):
    """Guards: as on main."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["year"], p["period_raw"], *_dates(p)) == (2024, raw, *dates)
    assert warning_codes(r) == []


def test_ongoing_a_category(read):
    """Guard: as on main."""
    p = only_project(_read(read, "period_ongoing"))
    assert (p["category"], p["period_raw"], *_dates(p)) == ("持续性项目", None, None, None)


# ------------------------------------------------------------------ fill dates

def test_fill_date_with_the_stamp(read):
    p = only_project(_read(read, "fill_sealed"))
    assert p["fill_date"] == D(2024, 3, 1)
    assert "填报日期" not in other_fields(p)


@pytest.mark.parametrize("text", ["2024年3月1日（盖章）", "2024.3.1(单位盖章)", "2024-03-01 （签字）"])
def test_fill_date_with_the_stamp_read(text):
    assert field_date(text, 2024) == D(2024, 3, 1)


@pytest.mark.parametrize("text", ["2024年3月（盖章）", "（盖章）"])
def test_stamp_without_a_day(text):
    """Guards: none on main and now (a month is no day)."""
    assert field_date(text, 2024) is None


@pytest.mark.parametrize("name", ["fill_numerals", "fill_slashes", "fill_eight_digits"])
def test_fill_dates_kept(read, name):
    """Guards: as on main."""
    r = _read(read, name)
    assert only_project(r)["fill_date"] == D(2024, 3, 1)
    assert warning_codes(r) == []


# ------------------------------------------------------------------ titles and two forms

@pytest.mark.parametrize("name, title", [
    ("title_fullwidth_year", "宁乡市２０２４年农村饮水安全工程维修养护项目绩效目标表"),
    ("title_draft", "2024年农村饮水安全工程维修养护绩效目标表（草稿）"),
    ("title_revised", "2024年农村饮水安全工程维修养护绩效目标表（修订版）"),
])
def test_titles_kept(read, name, title):
    """Guards: as on main (a title as written; its year read)."""
    p = only_project(_read(read, name))
    assert (p["title"], p["year"], p["name"]) == (title, 2024, "农村饮水安全工程维修养护")


def test_two_forms_of_two_years(read):
    """Guard: as on main — two projects, each of its year."""
    r = _read(read, "two_years_one_project")
    got = [(p["year"], *_dates(p)) for p in r.tables["projects"]]
    assert got == [(2024, *YEAR_2024), (2025, D(2025, 1, 1), D(2025, 12, 31))]
    assert warning_codes(r) == []


def test_two_forms_the_second_copied(read):
    """Guard: as on main — the 2026 form's copied period and fill date said once each, at their lines."""
    r = _read(read, "two_years_copied")
    second = r.tables["projects"][1]["project_id"]
    got = sorted((w["code"], w["project_id"], w["line"]) for w in r.tables["warnings"])
    assert got == [("fill_date_out_of_year", second, 28), ("year_out_of_period", second, 18)]
