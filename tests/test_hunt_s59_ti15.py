"""Hunt ti15 (session 59): titles, dates, periods and lines around the table — a document's head line over a summary
of several projects, periods of two date styles, remarks on a text line under a form's table, a title cut over two
lines with its year on the second; then probes of a 项目名称 opening with its year, a fill date in numerals and a span
of three years. Fixtures ct_s59_ti15_* (text dumps from tests/fixtures/review/make_s59_ti15.py); each reading was
written down by hand before jixiao was run.

Decided:
- a pair of no column on the line above a summary of several projects each naming its own department
  (`填报单位：县财政局绩效管理股    截止时间：2024年12月31日`, the line `compiled_above` marks, whose 填报单位 is no
  project's unit) is the summary's: ti15 kept it once, on its first project; review rv68 keeps it in each project
  again (a later project's cut-off was lost to a user); over one project's form it is that form's (guard);
- a period of two date styles (`2024年7月1日-25.6.30`, `24.7.1-2025年6月30日`, `24年7月-2025.6`, `2024年7月-25年6月`):
  read as the short years' periods are, each short year its century's within one of the form's year (they were none);
  `2024.7.1-2025年6月30日` was read (guard); `24.7-25.6` stays none;
- `备注：…` / `附注：…` on a text line under the form (alone, beside 填报说明, or among a sign-off's pairs) is the form's
  closing remark, in other_notes as a `备注 | …` row is (it was lost); `填报说明：…` stays unkept (the template's);
- a title's second line opening with the year (`隆回县交通运输局农村公路养护项目` over `2024年度绩效目标表`) takes the
  first line as its start, as `绩效目标表（2024年度）` does (the title was the second line alone).
Kept (guards): `（2024年度）` under a title; a 项目名称 `2024年度农村公路养护项目` as written, its year the form's where the
title has none; a fill date `二〇二四年三月` (a month, no day) kept in other_fields as `2024年3月` is, `二〇二四年三月十二日`
the fill_date; `2024-2026年` the period 2024-01-01 to 2026-12-31 under a 中期 title of year 2024.
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period
from tests.hunt_tools import indicator_targets, only_project, other_fields

D = dt.date
ROAD = ["农村公路养护里程", "路况优良率", "群众出行条件改善", "沿线群众满意度"]


def _read(read, name):
    return read(f"ct_s59_ti15_{name}.txt")


def _one(read, name):
    return only_project(_read(read, name))


@pytest.mark.parametrize("name", ["summary_cutoff", "summary_cutoff_cells"])
def test_a_head_line_over_a_summary_in_each(read, name):
    """`截止时间` in each of the three projects' other_fields (review rv68: ti15 kept it on the first only)."""
    projects = _read(read, name).tables["projects"]
    assert [p["name"] for p in projects] == ["学生营养改善计划", "基本公共卫生服务", "耕地地力保护补贴"]
    assert [other_fields(p).get("截止时间") for p in projects] == ["2024年12月31日"] * 3
    assert [p["unit"] for p in projects] == [None, None, None]          # (the compiler's, as before)


def test_a_head_line_over_one_form_is_the_forms(read):
    """Guard (right on main): over one project's form the cut-off is its own."""
    p = _one(read, "form_cutoff")
    assert other_fields(p) == {"截止时间": "2024年12月31日"}
    assert p["unit"] == "隆回县公路建设养护中心"


@pytest.mark.parametrize("name", ["period_day_short_dotted", "period_short_dotted_day", "period_short_month",
                                  "period_month_short",
                                  "period_dotted_day"])                  # (right on main: guard)
def test_a_period_of_two_styles(read, name):
    """Main: none for all but the guard."""
    p = _one(read, name)
    assert (p["start_date"], p["end_date"]) == (D(2024, 7, 1), D(2025, 6, 30))


@pytest.mark.parametrize("text, year, start, end", [
    ("2024年7月1日-25.6.30", 2024, D(2024, 7, 1), D(2025, 6, 30)),
    ("24年7月-2025.6", 2024, D(2024, 7, 1), D(2025, 6, 30)),
    ("24.7.1-2025年6月30日", None, D(2024, 7, 1), D(2025, 6, 30)),
    ("24年7月1日-25年6月30日", 2025, D(2024, 7, 1), D(2025, 6, 30)),
    ("24.7.1-2025.6", 2024, D(2024, 7, 1), D(2025, 6, 30)),
    ("自2024年7月起至25年6月止", 2024, D(2024, 7, 1), D(2025, 6, 30)),
])
def test_parse_period_of_two_styles(text, year, start, end):
    assert parse_period(text, year) == (start, end)


@pytest.mark.parametrize("text, year", [
    ("24.7-25.6", 2024),                # months of short years: a figure's range as well (kept none)
    ("2024.7-26.6", 2024),              # years not following (`2024.7-25.6` is read since hunt ti17)
    ("2024年7月1日-25.6.30", 2019),     # far from the form's year
    ("2025年7月1日-24.6.30", 2024),     # the end before the start
])
def test_parse_period_of_two_styles_not_read(text, year):
    """Guards: none on main and now."""
    assert parse_period(text, year) == (None, None)


@pytest.mark.parametrize("name, notes", [
    ("notes_line", "本表金额单位为万元。"),
    ("notes_one", "路况优良率按省交通运输厅评定标准计算。"),
    ("notes_contact", "养护里程含村道。"),
])
def test_a_remark_under_the_table(read, name, notes):
    """Main: the remark lost (other_notes null)."""
    p = _one(read, name)
    assert p["other_notes"] == notes
    assert "填报说明" not in other_fields(p)
    assert [t[2] for t in indicator_targets(_read(read, name))] == ROAD


def test_a_remark_beside_the_contact(read):
    """Guard (right on main): the contact's pairs on the line with the remark."""
    p = _one(read, "notes_contact")
    assert (p["contact"], p["phone"]) == ("刘洋", "0739-8221234")


@pytest.mark.parametrize("name", ["title_year_second", "title_year_second_no_name"])
def test_a_title_with_its_year_on_the_second_line(read, name):
    """Main: the title `2024年度绩效目标表` alone."""
    p = _one(read, name)
    assert p["title"] == "隆回县交通运输局农村公路养护项目2024年度绩效目标表"
    assert (p["year"], p["name"], p["department"]) == (2024, "农村公路养护项目", "隆回县交通运输局")


def test_a_title_with_its_year_bracketed_under_it(read):
    """Guard (right on main)."""
    p = _one(read, "title_year_bracket_second")
    assert (p["title"], p["year"]) == ("隆回县农村公路养护项目绩效目标表", 2024)


@pytest.mark.parametrize("name", ["name_year", "name_year_no_title_year"])
def test_a_name_opening_with_its_year(read, name):
    """Guard (right on main): the name as written, the year 2024 (from the name where the title states none)."""
    p = _one(read, name)
    assert (p["name"], p["year"]) == ("2024年度农村公路养护项目", 2024)


@pytest.mark.parametrize("name, fill, kept", [
    ("fill_cn_month", None, "二〇二四年三月"),
    ("fill_month", None, "2024年3月"),
    ("fill_cn_day", D(2024, 3, 12), None),
])
def test_a_fill_date_in_numerals(read, name, fill, kept):
    """Guard (right on main): a month is no day, kept as written."""
    p = _one(read, name)
    assert (p["fill_date"], other_fields(p).get("填报日期")) == (fill, kept)


def test_a_span_of_three_years(read):
    """Guard (right on main)."""
    p = _one(read, "period_years")
    assert (p["start_date"], p["end_date"], p["year"]) == (D(2024, 1, 1), D(2026, 12, 31), 2024)
