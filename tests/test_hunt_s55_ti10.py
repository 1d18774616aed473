"""Hunt ti10 (session 55): running headers, a sign-off's paper foot, days in numerals, a period after a body's name, a
paper's number past a cover letter. Fixtures ct_s55_ti10_* (text dumps from tests/fixtures/review/make_s55_ti10.py);
each reading was written down by hand before jixiao was run.

Decided:
- a running header (`洞口县财政局` printed at the top of each page, no year or form named in it) over a paper's own head
  of two lines or more (its letterhead, number, title) is the page's furniture wherever it is printed: the text reader
  drops its first print too once it meets it again at a later page's top inside the form's table (it was read as a
  co-issuer of the letterhead under it: 发文机关 `洞口县财政局、洞口县教育局`, hunt ti9's xfail). A body's name printed
  over each page right over the title stays the letterhead (the department where no field names one: a guard);
- a joint paper's sign-off (its bodies one a line, then its day) with the paper's foot under the day (`抄送：…`, `…办公室
  2024年3月16日印发`) is the sign-off still: the bodies repeated there are no running header, the co-issuers kept (the
  first was dropped);
- a day in numerals (`二〇二四年三月十五日`, `二〇二三年十二月三十一日`) is a day: the 填报日期's (it was null), and a
  sign-off's after a body's name is off the name (it was kept in it); a day alone in a body's or a person's cell is no
  name (`实施单位 | 二〇二四年三月十五日`, `项目负责人 | …`: null; a body's the fill_date when none is stated, as a day
  after its name is); a title's year in numerals is no word of the project's name (`二〇二四年学生资助项目…`);
- a period in brackets after a body's name (`…中心（2024年1月-12月）`, `…局(2024.1-2024.12)`) is the form's period
  (period_raw and its days when none is stated), no part of the name; a bracket that is no span (`（本级）`) is kept;
- a paper's number over the title past the 12th row is read when only text lines stand above it (a cover letter on the
  page before: it was lost);
- a body of government given only as its form's 实施单位 (no 主管部门 row) gives no department: kept, as hunt ti9 and the
  contract's real form (tests/templates/real_anhui_tianchang_flood_self_eval) read it.
Kept (guards): a sign-off with no foot; a body's header over the title; a `填报单位：…` line over each page (a field,
no header dropped); a bracket that is no period; the body that is its own unit.
Left: a sign-off line's day (`填报单位（盖章）：… 2024年3月15日`) under a form that states its 实施单位 gives no fill_date
(in digits or numerals: the line is the unit's, the unit stated already).
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_date
from tests.hunt_tools import only_project, other_fields

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]


def _one(read, name):
    return only_project(read(f"ct_s55_ti10_{name}.txt"))


def test_a_running_header_over_three_pages(read):
    """Main: 发文机关 `洞口县财政局、洞口县教育局`."""
    r = read("ct_s55_ti10_running_header_pages.txt")
    p = only_project(r)
    assert (p["department"], other_fields(p).get("发文机关"), other_fields(p).get("发文字号")) == (
        "洞口县教育局", "洞口县教育局", "洞教发〔2024〕12号")
    assert [i["level3"] for i in r.tables["indicators"]] == AID


def test_a_bodys_header_over_the_title_is_the_letterhead(read):
    """Right on main (guard)."""
    r = read("ct_s55_ti10_body_header_over_title.txt")
    assert only_project(r)["department"] == "洞口县教育局"
    assert [i["level3"] for i in r.tables["indicators"]] == AID


@pytest.mark.parametrize("name", ["signoff_copy_to", "signoff_printed", "signoff_plain"])
def test_a_joint_papers_signoff_with_its_foot(read, name):
    """Main: `洞口县教育局` alone under a foot (`抄送：…`); `signoff_plain` right on main (guard)."""
    assert other_fields(_one(read, name)).get("发文机关") == "洞口县财政局、洞口县教育局"


@pytest.mark.parametrize("text, day", [("二〇二四年三月十五日", dt.date(2024, 3, 15)),
                                       ("二〇二三年十二月三十一日", dt.date(2023, 12, 31)),
                                       ("二○二四年十月一日", dt.date(2024, 10, 1)),
                                       ("二零二四年二月二十日", dt.date(2024, 2, 20)),
                                       ("二〇二四年二月三十日", None), ("二〇二四年三月", None), ("2024年3月15日", dt.date(2024, 3, 15))])
def test_a_day_in_numerals(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize("name", ["cn_fill_cell", "cn_fill_line"])
def test_a_fill_date_in_numerals(read, name):
    """Main: fill_date null."""
    assert str(_one(read, name)["fill_date"]) == "2024-03-15"


@pytest.mark.parametrize("name, day", [("cn_unit_seal", "2024-03-15"), ("cn_signoff_line", "2023-12-31")])
def test_a_signoff_day_in_numerals_after_the_units_name(read, name, day):
    """Main: the day kept in the unit's name, fill_date null."""
    p = _one(read, name)
    assert (p["department"], p["unit"], str(p["fill_date"])) == ("洞口县教育局", "洞口县学生资助管理中心", day)


def test_a_day_alone_in_the_units_cell(read):
    """Main: the unit `二〇二四年三月十五日`."""
    p = _one(read, "cn_unit_day_only")
    assert (p["unit"], str(p["fill_date"])) == (None, "2024-03-15")


def test_a_day_in_the_leaders_cell(read):
    """Main: the leader `二〇二四年三月十五日`."""
    p = _one(read, "leader_day")
    assert (p["leader"], p["phone"]) == (None, "0739-7222222")


def test_a_titles_year_in_numerals(read):
    """Main: the name `二〇二四年学生资助项目`."""
    p = _one(read, "cn_title_year")
    assert (p["name"], p["year"]) == ("学生资助项目", 2024)


@pytest.mark.parametrize("name, raw", [("unit_period", "2024年1月-12月"), ("department_period", "2024.1-2024.12")])
def test_a_period_after_a_bodys_name(read, name, raw):
    """Main: the period kept in the name, period_raw null."""
    p = _one(read, name)
    assert (p["department"], p["unit"], p["period_raw"], str(p["start_date"]), str(p["end_date"])) == (
        "洞口县教育局", "洞口县学生资助管理中心", raw, "2024-01-01", "2024-12-31")


def test_a_bracket_that_is_no_period_kept(read):
    """Right on main (guard)."""
    p = _one(read, "unit_own_bracket")
    assert (p["unit"], p["period_raw"]) == ("洞口县教育局（本级）", None)


def test_a_papers_number_past_a_cover_letter(read):
    """Main: no 发文字号 (the number on the 15th row)."""
    p = _one(read, "docno_after_letter")
    assert (p["name"], other_fields(p).get("发文字号")) == ("学生资助项目", "洞教发〔2024〕12号")


def test_a_body_its_own_unit_no_department(read):
    """Right on main (guard), as hunt ti9 decided."""
    p = _one(read, "body_unit_only")
    assert (p["department"], p["unit"]) == (None, "洞口县教育局")


def test_a_field_printed_over_each_page_is_kept(read):
    """A `填报单位：…` line printed over each page names a field: no running header dropped (guard, right on main)."""
    r = read("ct_s55_ti10_field_header_pages.txt")
    assert only_project(r)["unit"] == "洞口县学生资助管理中心"
    assert [i["level3"] for i in r.tables["indicators"]] == AID
