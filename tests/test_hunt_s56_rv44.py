"""Review rv44 (session 56) of hunt ti11 (titles and dates: periods in numerals, sign-off days as fill_date, late
titles by place, a second period kept, 填表时间). Fixtures ct_s56_rv44_* (text dumps from
tests/fixtures/review/make_s56_rv44.py); each reading was written down by hand before jixiao was run.

Decided:
- a sealed body's day on a line under the form is its fill_date only when the body is the form's own (its stated
  实施单位 or 主管部门, or the form states neither): `洞口县财政局（盖章）  2024年4月2日` under a unit's form is the
  finance bureau's approval (it was the fill_date since ti11); the unit's or the department's seal keeps its day;
- a fill date with its hour (`填表时间 | 2024年3月15日 10:30`, `…15日10时30分`) is the day (it was none, and since
  ti11 made 填表时间 / 填报时间 fill_date labels the cell was lost: it had been an other field);
- a fill_date cell that reads as no day but writes figures (`报送日期：2024年3月20日前`, a deadline; `2024年13月45日`, a
  slip) is kept as written under its label in other_fields, as ti11 kept a month alone (they were lost);
- a period in numerals whose 年 is written once after both years (`二〇二四—二〇二六年`, `…年度`) or whose months
  share one 月 (`二〇二四年一至十二月`) is read as in digits (`2024—2026年`, `2024年1至12月` were; these were none).
Kept (guards): the unit's or the department's own seal and day; 审核日期, 打印日期, a day under 评审专家（签字） or
under the finance bureau's opinion give no fill_date; numerals that are no period (`第二〇二四号`, a plan's
`（二〇二四—二〇二六年）` in 立项依据) give none; a second period after the department's name kept under
`主管部门所注期限`; a month alone in numerals kept under 填报日期; a title printed again over a form's second page keeps
the form one, titled, its indicators not doubled.
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import field_date, parse_period
from tests.hunt_tools import only_project, other_fields, warning_codes

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]
DAY = dt.date(2024, 3, 15)


def _one(read, name):
    return only_project(read(f"ct_s56_rv44_{name}.txt"))


def _names(read, name):
    return [i["level3"] for i in read(f"ct_s56_rv44_{name}.txt").tables["indicators"]]


def _day(v):
    return v if v is None or isinstance(v, dt.date) else dt.date.fromisoformat(str(v))


@pytest.mark.parametrize("name", ["finance_seal_day", "finance_seal_cn_day"])
def test_a_finance_bureaus_seal_and_day_is_no_fill_date(read, name):
    """Main (0c7178ad): fill_date 2024-04-02, the bureau's approval day."""
    p = _one(read, name)
    assert p["fill_date"] is None
    assert _names(read, name) == AID


@pytest.mark.parametrize("name", ["unit_seal_day", "dept_seal_day"])
def test_the_forms_own_seal_and_day_is_its_fill_date(read, name):
    """Right on main (a guard)."""
    assert _day(_one(read, name)["fill_date"]) == DAY
    assert _names(read, name) == AID


@pytest.mark.parametrize("name", ["audit_opinion_day", "audit_day_line", "print_day_line", "expert_signed_day"])
def test_other_days_under_the_form_are_no_fill_date(read, name):
    """Right on main (guards): an approval's, a review's, a print's day."""
    assert _one(read, name)["fill_date"] is None


@pytest.mark.parametrize("name", ["fill_time_clock", "fill_time_hour_cn"])
def test_a_fill_day_with_its_hour(read, name):
    """Main: fill_date null and the cell kept nowhere."""
    p = _one(read, name)
    assert _day(p["fill_date"]) == DAY
    assert not other_fields(p)


@pytest.mark.parametrize("name, label, text", [("sent_by_deadline", "报送日期", "2024年3月20日前"),
                                               ("fill_no_such_day", "填报日期", "2024年13月45日"),
                                               ("fill_month_cn", "填报日期", "二〇二四年三月")])
def test_a_fill_cell_of_no_day_is_kept_as_written(read, name, label, text):
    """Main: the first two lost (the third right on main: a guard)."""
    p = _one(read, name)
    assert p["fill_date"] is None
    assert other_fields(p) == {label: text}


@pytest.mark.parametrize("name, span", [("period_cn_years", (dt.date(2024, 1, 1), dt.date(2026, 12, 31))),
                                        ("period_cn_month_span", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
                                        ("numeral_paper_no", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
                                        ("plan_years_basis", (None, None))])
def test_periods_in_numerals_in_a_form(read, name, span):
    """Main: the first two (None, None); the last two right (guards)."""
    p = _one(read, name)
    assert (_day(p["start_date"]), _day(p["end_date"])) == span


@pytest.mark.parametrize("text, span", [
    ("二〇二四—二〇二六年", (dt.date(2024, 1, 1), dt.date(2026, 12, 31))),
    ("二〇二四—二〇二六年度", (dt.date(2024, 1, 1), dt.date(2026, 12, 31))),
    ("二〇二四年一至十二月", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("二〇二四年三至五月", (dt.date(2024, 3, 1), dt.date(2024, 5, 31))),
    ("第二〇二四号", (None, None)),
    ("三年行动计划（二〇二四—二〇二六年）", (None, None)),
    ("二〇二四—二〇二六", (None, None)),
    ("2024—2026年", (dt.date(2024, 1, 1), dt.date(2026, 12, 31)))])
def test_parse_period_in_numerals(text, span):
    """Main: (None, None) for the first four; the rest right (guards)."""
    assert parse_period(text) == span


@pytest.mark.parametrize("text, day", [("2024年3月15日 10:30", DAY), ("2024年3月15日10时30分", DAY),
                                       ("2024年3月15日上午", DAY), ("二〇二四年三月十五日 9:05", DAY),
                                       ("2024-03-15 10:30:00", DAY), ("2024年3月15日前", None),
                                       ("2024年3月", None), ("2024年3月15日10", None)])
def test_field_date_with_an_hour(text, day):
    """Main: None for the first four; the rest right (guards: a figure after the day with no hour's mark is no hour)."""
    assert field_date(text) == day


def test_a_second_period_after_the_departments_name(read):
    """Right on main (a guard)."""
    p = _one(read, "dept_second_period")
    assert p["department"] == "洞口县教育局"
    assert other_fields(p) == {"主管部门所注期限": "2023年9月-2024年8月"}
    assert (_day(p["start_date"]), _day(p["end_date"])) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_title_printed_again_over_the_second_page(read):
    """Right on main (a guard)."""
    res = read("ct_s56_rv44_title_each_page.txt")
    p = only_project(res)
    assert p["title"] == "2024年学生资助项目绩效目标表"
    assert _names(read, "title_each_page") == AID
    assert "duplicate_indicator" not in warning_codes(res)
