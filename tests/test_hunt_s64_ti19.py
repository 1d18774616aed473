"""Hunt ti19 (session 64): a project's head — its name, year, department, unit and code — in near shapes not yet met.
Fixtures ct_s64_ti19_* (text dumps from tests/fixtures/review/make_s64_ti19.py); each reading was written down by hand
before jixiao was run.

Decided:
- a title's name quoted whole before its closing 项目 (`2025年《宁乡市农村饮水安全巩固提升工程》项目绩效目标表`, `“…”项目`):
  the marks no part of the name, `宁乡市农村饮水安全巩固提升工程项目` as the title of no quotes reads (it was
  `《…》项目`); quotes round a part of it (`宁乡市“雪亮工程”建设项目`) kept;
- a label ending in 名称 is a label of an attribute, its short value a name (`子项目名称 | 道林镇供水管网延伸工程`: kept
  in other_fields under its label; it was an unparsed row);
- two labels of the unit naming two bodies (`项目单位 | 宁乡市水利工程建设中心` beside `实施单位 | …`, a sign-off's
  `填报单位（盖章）：宁乡市水利事务中心`): the better-ranked label's the unit, the other kept in other_fields under its
  label (it was dropped without a word); not when it is the department's name (`单位名称 | 宁乡市水利局` under that
  主管部门: nothing lost).
Kept (guards): a 项目名称 cell over a title naming the project otherwise (the cell's); a title's name with no cell; a
name cut over two lines in a narrow cell in tab, `|` and blank-padded dumps, joined; bracketed `（一期）`, `（续建）`,
`（2024-2026年）` and a repeated 项目 as written; a 预算年度 beside a span of years (the 预算年度's); a fill date's year
no form's year; a stamp's 填报单位 line over the table; `…（本级）` as written; a project code beside a phone.
Left (strict xfails): a wrapped name's rest padded with ideographic blanks; a second 项目名称 under a 子项目 head.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes

NAME = "宁乡市农村饮水安全巩固提升工程"
DEPT = "宁乡市水利局"
UNIT = "宁乡市农村供水服务站"


def _read(read, name):
    return read(f"ct_s64_ti19_{name}.txt")


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"]


# ------------------------------------------------------------------ names from titles

@pytest.mark.parametrize("name", ["title_book_quotes", "title_curly_quotes"])
def test_title_name_quoted_whole(read, name):
    r = _read(read, name)
    assert _head(only_project(r)) == (2025, NAME + "项目", DEPT, UNIT)
    assert warning_codes(r) == []


def test_title_name_quoted_in_part(read):
    """Guard: as on main (the quotes round a part of the name are the name's)."""
    assert _head(only_project(_read(read, "title_quoted_part"))) == (2025, "宁乡市“雪亮工程”建设项目", DEPT, UNIT)


def test_title_name_no_cell(read):
    """Guard: as on main."""
    p = only_project(_read(read, "title_only_name"))
    assert _head(p) == (2025, NAME + "项目", DEPT, UNIT)


def test_cell_over_title(read):
    """Guard: as on main (SCHEMA: the name is 项目名称 as the form states it; the title's only where none does)."""
    p = only_project(_read(read, "title_and_cell_differ"))
    assert _head(p) == (2025, "农村供水保障提质工程", DEPT, UNIT)
    assert p["title"] == "2025年宁乡市农村饮水安全巩固提升工程项目支出绩效目标申报表"


# ------------------------------------------------------------------ names in cells

@pytest.mark.parametrize("name", ["name_cut_tabs", "name_cut_pipes", "name_cut_spaced"])
def test_name_cut_over_two_lines(read, name):
    """Guards: as on main."""
    assert _head(only_project(_read(read, name))) == (2025, "道林镇人居环境整治提升项目", DEPT, UNIT)


@pytest.mark.parametrize("name, written", [
    ("name_phase", "宁乡市城区污水管网改造工程（一期）"),
    ("name_continued", "宁乡市城区污水管网改造工程（续建）"),
    ("name_span", "宁乡市高标准农田建设项目（2024-2026年）"),
    ("name_project_twice", "宁乡市重点项目前期工作经费项目"),
])
def test_names_as_written(read, name, written):
    """Guards: as on main."""
    r = _read(read, name)
    assert _head(only_project(r)) == (2025, written, DEPT, UNIT)
    assert warning_codes(r) == []


def test_span_in_the_name_is_the_period_not_the_year(read):
    """Guard: as on main."""
    p = only_project(_read(read, "name_span"))
    assert (p["start_date"], p["end_date"]) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))


def test_sub_project_kept(read):
    r = _read(read, "sub_project")
    p = only_project(r)
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert other_fields(p) == {"子项目名称": "道林镇供水管网延伸工程"}
    assert warning_codes(r) == []


# ------------------------------------------------------------------ years

def test_year_not_the_fill_dates(read):
    """Guard: as on main (SCHEMA: a 填报日期's year is the filing's, never the form's)."""
    p = only_project(_read(read, "year_fill_date_only"))
    assert (p["year"], p["fill_date"]) == (None, dt.date(2025, 1, 10))


def test_budget_year_beside_a_span(read):
    """Guard: as on main."""
    p = only_project(_read(read, "year_budget_vs_span"))
    assert (p["year"], p["start_date"], p["end_date"]) == (2025, dt.date(2024, 1, 1), dt.date(2026, 12, 31))


# ------------------------------------------------------------------ units and departments

def test_unit_on_a_stamp_line(read):
    """Guard: as on main."""
    assert _head(only_project(_read(read, "unit_stamp_line"))) == (2025, NAME, DEPT, DEPT)


def test_three_unit_labels(read):
    p = only_project(_read(read, "unit_three_labels"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert other_fields(p) == {"项目单位": "宁乡市水利工程建设中心"}


def test_filer_other_than_the_unit(read):
    p = only_project(_read(read, "unit_filer_differs"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert other_fields(p) == {"填报单位": "宁乡市水利事务中心"}


def test_filer_the_unit_again(read):
    """Guard: as on main (the unit again with its province and seal's note: one body, nothing kept aside)."""
    p = only_project(_read(read, "unit_filer_same_sealed"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert other_fields(p) == {}


def test_department_own_level(read):
    """Guard: as on main."""
    p = only_project(_read(read, "dept_benji"))
    assert _head(p) == (2025, NAME, "宁乡市水利局（本级）", "宁乡市水利局（本级）")


def test_code_beside_a_phone(read):
    """Guard: as on main."""
    p = only_project(_read(read, "code_and_phone"))
    assert (p["year"], p["project_code"], p["phone"]) == (2025, "2025-430124-01-000123", "0731-87812365")


def test_name_cut_ideographic_padding(read):
    """A wrapped name's rest on a line padded with ideographic blanks (U+3000): joined (hunt ti20 — the goal's line
    starting where the name starts, wider than its column, no measure of the name's column)."""
    assert only_project(_read(read, "name_cut_ideographic"))["name"] == "道林镇人居环境整治提升项目"


def test_sub_project_as_a_second_name(read):
    """A second 项目名称 under a 子项目 cell (`子项目 | 项目名称 | …`): the sub-project's name, kept under `子项目名称`;
    one form (hunt ti20; it parted the form in two)."""
    r = _read(read, "sub_project_second_name")
    p = only_project(r)
    assert p["name"] == NAME
    assert other_fields(p) == {"子项目名称": "道林镇供水管网延伸工程"}
    assert "no_indicators" not in warning_codes(r)
