"""Hunt ti6 (session 51): titles and project names — last session's leftovers and more layouts. Text dumps (tabs
between cells, as samples/). Each reading was written down by hand before jixiao was run; the comments say what the
base (932aacc5) gave.

Decided:
- One day's date before a name (`20240101 农村公路养护项目`, `20240315-…`, a valid yyyymmdd) is no library code: the
  date is left out of the name and put nowhere, as a span of dates is (review mend2) — the form does not say what the
  date is (the project's start, its entry in the library), so no column can hold it. Eight digits of no date
  (`20241301`) stay a code.
- A year alone before a body's name (`主管部门及代码 | 2024 新化县交通运输局`) is no code of it: left out.
- A name cut with dots in its cell and no title naming it whole: the cell's words without the dots, and a
  `truncated_cell` warning (its end is lost: the document is `partial`).
- A title's first line ending in a works' whole name (`新化县2024年农村饮水安全巩固提升工程`) over `项目绩效目标表` is
  joined (the second line alone is a whole form title of no name, which rv7 kept apart from a heading over it).
- A name read from a title is as the title writes it: `（一期）`, `《…（2001-2020）》` keep their full-width brackets,
  a Traditional title its Traditional characters (the title's words were folded: `(一期)`, Simplified).
- A form's own title naming a fund (…资金 / …经费 / …补助, no 项目) over a form of no 项目名称: the fund, without
  the year — not a body's money (`新化县交通运输局专项资金`) nor a kind of money (`县级财政专项资金`).
- Read right already, pinned: a phase in a cell (`…工程（二期）`), a name in 《》 in a cell, two names in one cell
  apart by `；` (as written: the form is one form for both), a title with a year over a cell without it (the cell's
  name, the title's year), a Traditional form (its fields as written).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

W = 10_000.0


def test_a_days_date_before_the_name_is_no_code(read):
    """Base: project_code `20240101` / `20240315`."""
    for fixture in ("ct_s51_ti6_date_name.txt", "ct_s51_ti6_date_dash_name.txt"):
        p = only_project(read(fixture))
        assert (p["name"], p["project_code"], p["budget_year"]) == ("农村公路养护项目", None, 260 * W), fixture


def test_eight_digits_of_no_date_stay_a_code(read):
    p = only_project(read("ct_s51_ti6_not_date_code.txt"))
    assert (p["name"], p["project_code"]) == ("农村公路养护项目", "20241301")


def test_a_year_before_the_department_is_no_code(read):
    """Base: department_code `2024`."""
    p = only_project(read("ct_s51_ti6_dept_year.txt"))
    assert (p["name"], p["department"], p["department_code"], p["unit"]) == (
        "农村公路养护项目", "新化县交通运输局", None, "新化县公路建设养护中心")


def test_a_cut_name_of_no_title_loses_its_dots_and_is_flagged(read):
    """Base: `新化县农村公路安全生命防护工...`, no warning."""
    r = read("ct_s51_ti6_cut_no_title.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("新化县农村公路安全生命防护工", 260 * W)
    assert "truncated_cell" in warning_codes(r)


def test_a_title_cut_before_its_project_word_is_joined(read):
    """`新化县2024年农村饮水安全巩固提升工程` over `项目绩效目标表`. Base: null. The cut one word earlier
    (`…巩固提升` over `工程项目绩效目标表`) read right already."""
    for fixture in ("ct_s51_ti6_cut_before_proj.txt", "ct_s51_ti6_cut_year_first.txt"):
        p = only_project(read(fixture))
        assert (p["name"], p["year"], p["budget_year"]) == ("新化县农村饮水安全巩固提升工程项目", 2024, 260 * W), fixture


def test_a_titles_name_is_as_the_title_writes_it(read):
    """Base: `…工程(一期)项目`, `《新化县志(2001-2020)》编纂出版项目`, `新化县农村公路养护项目`."""
    got = {f: only_project(read(f))["name"] for f in (
        "ct_s51_ti6_phase_title.txt", "ct_s51_ti6_book_title.txt", "ct_s51_ti6_traditional_title.txt")}
    assert got == {"ct_s51_ti6_phase_title.txt": "新化县城区污水管网改造工程（一期）项目",
                   "ct_s51_ti6_book_title.txt": "《新化县志（2001-2020）》编纂出版项目",
                   "ct_s51_ti6_traditional_title.txt": "新化縣農村公路養護項目"}


def test_a_funds_title_names_the_form(read):
    """Base: null for all three."""
    got = {f: only_project(read(f))["name"] for f in (
        "ct_s51_ti6_fund_title.txt", "ct_s51_ti6_funds_title.txt", "ct_s51_ti6_subsidy_title.txt")}
    assert got == {"ct_s51_ti6_fund_title.txt": "新化县农村义务教育学生营养改善计划补助资金",
                   "ct_s51_ti6_funds_title.txt": "新化县村级组织运转经费",
                   "ct_s51_ti6_subsidy_title.txt": "新化县城乡居民医疗保险参保补助"}


def test_a_bodys_or_a_kinds_money_names_no_fund(read):
    for fixture in ("ct_s51_ti6_body_fund_title.txt", "ct_s51_ti6_kind_fund_title.txt"):
        p = only_project(read(fixture))
        assert (p["name"], p["department"], p["budget_year"]) == (None, "新化县交通运输局", 260 * W), fixture


def test_names_read_right_already(read):
    got = {f: only_project(read(f))["name"] for f in (
        "ct_s51_ti6_phase_cell.txt", "ct_s51_ti6_book_cell.txt", "ct_s51_ti6_two_names.txt",
        "ct_s51_ti6_title_cell_year.txt", "ct_s51_ti6_traditional.txt")}
    assert got == {"ct_s51_ti6_phase_cell.txt": "新化县城区污水管网改造工程（二期）",
                   "ct_s51_ti6_book_cell.txt": "《新化县志（2001-2020）》编纂出版项目",
                   "ct_s51_ti6_two_names.txt": "农村公路日常养护项目；农村公路安全生命防护工程",
                   "ct_s51_ti6_title_cell_year.txt": "新化县农村公路日常养护项目",
                   "ct_s51_ti6_traditional.txt": "新化縣農村公路養護項目"}
    p = only_project(read("ct_s51_ti6_title_cell_year.txt"))
    assert p["year"] == 2024
    t = only_project(read("ct_s51_ti6_traditional.txt"))
    assert (t["department"], t["unit"], t["budget_year"]) == ("新化縣交通運輸局", "新化縣公路建設養護中心", 260 * W)
