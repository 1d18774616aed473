"""Hunt ti11 (session 56): periods and days in numerals, a sign-off's day under a form, a form's own title printed again
under it, a second period after a body's name, fill dates in other spellings. Fixtures ct_s56_ti11_* (text dumps from
tests/fixtures/review/make_s56_ti11.py); each reading was written down by hand before jixiao was run.

Decided:
- a period in numerals is a period (`二〇二四年一月至十二月`, `二〇二四年度`, `二零二四年三月—二零二四年十二月`, a zero
  `〇` / `零` / `○`): its first and last day, as in digits (they were none; only two days in numerals were read);
- a sign-off's day on a line of its own under the form's table is its fill_date when none is stated: a day alone
  (`2024年3月15日`), after a seal's note (`（盖章）  二〇二四年三月十五日`: that line was an indicator), after a
  `填报单位（盖章）：…中心` pair under a form that states its 实施单位 (hunt ti10's leftover: the pair's day was lost
  with its unit); not a body's name and a day with no seal's note (`洞口县财政局  2024年3月15日`: a published page's or
  a notice's sign-off, the paper's day) nor a day under a joint paper's bodies (hunt ti10's sign-offs);
- one spelling of a day: dates' A_DAY (digits, or numerals after a year in digits or numerals, `2024年三月十五日`) and
  CN_MONTH for parsers.core's day under a body, orgs' SIGNED_DAY, parsers.forms' day line and parsers.tables' sign-off
  lines (`2024年三月十五日` under a joint paper's bodies was an indicator);
- a form's late review titles are kept by their places in its titles, not their texts: a `…绩效目标评审表` carrying its
  indicators, its title printed again under them, keeps its title (both prints were dropped: title null);
- a period in brackets after a body's name that is not the form's own (`实施单位 | …中心（2023年9月-2024年8月）` over
  `项目期限 | 2024年1月-12月`) is kept as written in other_fields under `实施单位所注期限` / `主管部门所注期限` (it was
  taken off the name and kept nowhere); one the same as the form's is said already (nothing kept);
- fill dates: `填表时间` / `填报时间` / `填写日期` are the 填报日期's labels (they were other fields, the day lost);
  `2024.3.15`, `2024/03/15` right on main; a month alone (`填报日期 | 2024年3月`) is no day: fill_date null, the month
  kept as written under its label in other_fields (it was lost).
Kept (guards): a body's name and a day with no seal; the same period after the unit's name as the form's; hunt ti10's
joint sign-offs give no fill_date.
Left: `评审专家（签字）： | 日期：` under a review form is an unparsed_row (its labels no sign-off's).
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period
from normalize.orgs import SIGNED_DAY
from parsers.core import signoff_line
from tests.hunt_tools import only_project, other_fields, warning_codes

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]


def _one(read, name):
    return only_project(read(f"ct_s56_ti11_{name}.txt"))


@pytest.mark.parametrize("text, span", [
    ("二〇二四年一月至十二月", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("二〇二四年度", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("二零二四年三月—二零二四年十二月", (dt.date(2024, 3, 1), dt.date(2024, 12, 31))),
    ("二○二四年十一月至二○二五年三月", (dt.date(2024, 11, 1), dt.date(2025, 3, 31))),
    ("自二〇二四年一月起至十二月止", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("2024年一月至十二月", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("二〇二四年至二〇二六年", (dt.date(2024, 1, 1), dt.date(2026, 12, 31))),
    ("二〇二四年十二月至一月", (None, None)),
    ("2024年1月—2024年12月", (dt.date(2024, 1, 1), dt.date(2024, 12, 31)))])
def test_a_period_in_numerals(text, span):
    """Main: (None, None) for each in numerals (the last two right on main: guards)."""
    assert parse_period(text) == span


@pytest.mark.parametrize("name, raw, start, end", [
    ("period_cn_months", "二〇二四年一月至十二月", "2024-01-01", "2024-12-31"),
    ("period_cn_year", "二〇二四年度", "2024-01-01", "2024-12-31"),
    ("period_cn_dash", "二零二四年三月—二零二四年十二月", "2024-03-01", "2024-12-31"),
    ("period_cn_days", "二○二四年一月一日至二○二四年十二月三十一日", "2024-01-01", "2024-12-31")])
def test_a_forms_period_in_numerals(read, name, raw, start, end):
    """Main: start and end null (`period_cn_days` right on main: a guard)."""
    p = _one(read, name)
    assert (p["period_raw"], str(p["start_date"]), str(p["end_date"])) == (raw, start, end)


@pytest.mark.parametrize("name", ["signoff_seal_cn_day", "signoff_day_alone", "signoff_unit_line"])
def test_a_signoff_day_under_a_form_stating_its_unit(read, name):
    """Main: fill_date null (`signoff_seal_cn_day`: the line an indicator too)."""
    r = read(f"ct_s56_ti11_{name}.txt")
    p = only_project(r)
    assert (p["unit"], str(p["fill_date"])) == ("洞口县学生资助管理中心", "2024-03-15")
    assert [i["level3"] for i in r.tables["indicators"]] == AID and warning_codes(r) == []


@pytest.mark.parametrize("name", ["signoff_body_day", "signoff_bodies_row_day", "signoff_company_day"])
def test_a_day_signed_by_others_is_no_fill_date(read, name):
    """Right on main (guards): a published page's, a notice's bodies', an evaluator's sign-off."""
    assert _one(read, name)["fill_date"] is None


@pytest.mark.parametrize("name", ["signoff_plain", "signoff_copy_to", "signoff_printed"])
def test_a_joint_papers_day_is_no_fill_date(read, name):
    """Right on main (guards): hunt ti10's joint papers signed off under the form."""
    assert only_project(read(f"ct_s55_ti10_{name}.txt"))["fill_date"] is None


def test_a_day_of_an_arabic_year_and_numerals(read):
    """Main: `2024年三月十五日` under the joint paper's bodies an indicator (target_missing)."""
    r = read("ct_s56_ti11_signoff_mixed_day.txt")
    p = only_project(r)
    assert other_fields(p).get("发文机关") == "洞口县财政局、洞口县教育局"
    assert [i["level3"] for i in r.tables["indicators"]] == AID and warning_codes(r) == []


@pytest.mark.parametrize("text, above", [("2024年三月十五日", "洞口县教育局"), ("洞口县教育局 2024年三月十五日", None),
                                         ("二〇二四年三月十五日", "洞口县教育局"), ("2024年3月15日", "洞口县教育局")])
def test_one_spelling_of_a_signoff_day(text, above):
    """Main: the first two no sign-off (orgs.SIGNED_DAY and core's day took no `2024年三月…`)."""
    assert signoff_line(text, above) and SIGNED_DAY.search(text) is not None


def test_a_titles_second_print_under_the_form(read):
    """Main: title null (the late print dropped the head's by its text)."""
    r = read("ct_s56_ti11_review_title_again.txt")
    p = only_project(r)
    assert (p["name"], p["title"]) == ("基层医疗卫生机构能力提升", "2025年度项目支出绩效目标评审表")
    assert [i["level3"] for i in r.tables["indicators"]] == ["配置设备卫生院数量", "患者满意度"]
    assert "not_a_form" not in warning_codes(r)


def test_a_second_period_after_the_units_name(read):
    """Main: `2023年9月-2024年8月` taken off the name and kept nowhere."""
    p = _one(read, "unit_second_period")
    assert (p["unit"], p["period_raw"], str(p["start_date"]), str(p["end_date"])) == (
        "洞口县学生资助管理中心", "2024年1月-12月", "2024-01-01", "2024-12-31")
    assert other_fields(p) == {"实施单位所注期限": "2023年9月-2024年8月"}


def test_the_same_period_after_the_units_name(read):
    """Right on main (guard): said once."""
    p = _one(read, "unit_same_period")
    assert (p["unit"], p["period_raw"], other_fields(p)) == ("洞口县学生资助管理中心", "2024年1月-12月", {})


@pytest.mark.parametrize("name", ["fill_dotted", "fill_slashed", "fill_line_dotted", "fill_time_label",
                                  "fill_line_spaced"])
def test_fill_dates_as_forms_write_them(read, name):
    """Main: `fill_time_label` (`填表时间`) an other field and `fill_line_spaced` (`填报时间：…`) lost, fill_date null;
    the dotted and slashed days right on main (guards)."""
    p = _one(read, name)
    assert (str(p["fill_date"]), other_fields(p)) == ("2024-03-15", {})


def test_a_fill_date_of_a_month(read):
    """Main: the month lost (fill_date null, nothing kept)."""
    p = _one(read, "fill_month_only")
    assert (p["fill_date"], other_fields(p)) == (None, {"填报日期": "2024年3月"})
