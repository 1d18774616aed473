"""Hunt ti14 (session 58): titles' and dates' leftovers — a period in short years, a cut-off over a title of two lines,
a signer's line set apart by single spaces, a schedule's rows under a form; then more spellings of days and titles.
Fixtures ct_s58_ti14_* (text dumps from tests/fixtures/review/make_s58_ti14.py); each reading was written down by hand
before jixiao was run.

Decided:
- a period between two days of short years (`24.7.1-25.6.30`, `24/7/1—25/6/30`) is read with its century (2024-07-01
  to 2025-06-30; it was none) when the form's year is within one of its span (`18.7.1-19.6.30` in a form of 2024:
  none); months of short years (`24.7-25.6`) stay none (a figure's range as well); `2024.7-2025.6` was read (guard);
- a cut-off line (`截至2024年`, `截止2024年`) over a title of two lines is no first line of it (it was joined into the
  title); `（截至2024年12月31日）` was left out already (guard);
- a sign-off line of labels and values set apart by single spaces (`填报人 张三 联系电话 13812345678 填报日期 2024 年 3 月
  5 日`) is read as with its colons (fill_date, contact, phone; it was an indicator of no target);
- a schedule's rows under the indicator table (`项目启动 | 2024年3月1日`, `完成验收 | 2024年11月`, in the level 1 and
  level 2 columns; also under a caption `实施进度安排`) are the form's `plan`, steps apart by `；` as a schedule table's
  (they were indicators of the last levels, the days their targets); under a form stating its plan already, each kept
  in other_fields under its stage; a time indicator in the name and target columns stays one (guard);
- a blank day under a form (`填报日期：    年  月  日`) is no row of the table (it was an indicator 填报日期 of target 日);
- a title typed over the cells of one row (`2024年 | 学生资助项目 | 绩效目标表`) is one title (it was an unparsed row,
  the form of no title and no year).
Kept (guards): days `二〇二四年三月五日`, `2024-03-05`, `2024/3/5`; a blank day in its cell; `（2024年度）` on its own line
above the title; a form titled only by its project's name (title null, year null: no form title is written); the year
only in the file's name (2024).
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period
from tests.hunt_tools import only_project, other_fields

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]
D = dt.date


def _read(read, name):
    return read(f"ct_s58_ti14_{name}.txt")


def _one(read, name):
    return only_project(_read(read, name))


@pytest.mark.parametrize("name, start, end", [
    ("period_short", D(2024, 7, 1), D(2025, 6, 30)),
    ("period_short_slash", D(2024, 7, 1), D(2025, 6, 30)),
    ("period_months_dotted", D(2024, 7, 1), D(2025, 6, 30)),     # right on main (guard)
    ("period_short_far", None, None),                            # none on main (guard): far from the form's year
])
def test_a_period_in_short_years(read, name, start, end):
    """Main: none for `24.7.1-25.6.30` and `24/7/1—25/6/30`."""
    p = _one(read, name)
    assert (p["start_date"], p["end_date"]) == (start, end)


@pytest.mark.parametrize("text, year, start, end", [
    ("24.7.1-25.6.30", None, D(2024, 7, 1), D(2025, 6, 30)),
    ("24-7-1-25-6-30", 2024, D(2024, 7, 1), D(2025, 6, 30)),
    ("自24.7.1起至25.6.30止", 2025, D(2024, 7, 1), D(2025, 6, 30)),
    ("24.1.1至24.12.31", 2024, D(2024, 1, 1), D(2024, 12, 31)),
])
def test_parse_period_of_short_years(text, year, start, end):
    assert parse_period(text, year) == (start, end)


@pytest.mark.parametrize("text, year", [
    ("24.7-25.6", 2024),            # months of short years: a figure's range as well (kept none)
    ("25.7.1-24.6.30", 2024),       # the end before the start
    ("24.7.1-25.6.30", 2019),       # far from the form's year
])
def test_parse_period_of_short_years_not_read(text, year):
    """Guards: none on main and now."""
    assert parse_period(text, year) == (None, None)


@pytest.mark.parametrize("name", ["cutoff_year_title", "cutoff_day_title",
                                  "cutoff_title"])            # (right on main: guard)
def test_a_cutoff_over_a_title_of_two_lines(read, name):
    """Main: `截至2024年洞口县学生资助项目绩效目标表`."""
    p = _one(read, name)
    assert (p["title"], p["year"], p["name"]) == ("洞口县学生资助项目绩效目标表", 2024, "学生资助项目")


@pytest.mark.parametrize("name, contact, phone, other", [
    ("signer_spaces", "张三", "13812345678", {}),
    ("signer_spaces_leader", "王芳", None, {"单位负责人": "李明"}),
    ("signer_spaces_colon", "张三", "13812345678", {}),         # right on main (guard)
])
def test_a_signer_line_of_single_spaces(read, name, contact, phone, other):
    """Main: no fill_date, no contact, the line an indicator of no target."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["fill_date"], p["contact"], p["phone"]) == (D(2024, 3, 5), contact, phone)
    assert other_fields(p) == other
    assert [i["level3"] for i in r.tables["indicators"]] == AID


STEPS = "项目启动 2024年3月1日；资金拨付 2024年6月；完成验收 2024年11月"


@pytest.mark.parametrize("name", ["schedule", "schedule_head"])
def test_a_schedule_under_the_form_is_its_plan(read, name):
    """Main: three indicators `项目启动` … of the last levels, their days the targets (under a caption, one glued)."""
    r = _read(read, name)
    p = only_project(r)
    assert p["plan"] == STEPS
    assert other_fields(p) == {}
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert r.tables["warnings"] == []


def test_a_schedule_under_a_form_stating_its_plan(read):
    """Main: three indicators; now each step kept under its stage, the plan the form's own."""
    r = _read(read, "schedule_with_plan")
    p = only_project(r)
    assert p["plan"] == "3月启动，6月拨付资金，11月完成验收。"
    assert other_fields(p) == {"项目启动": "2024年3月1日", "资金拨付": "2024年6月", "完成验收": "2024年11月"}
    assert [i["level3"] for i in r.tables["indicators"]] == AID


def test_a_time_indicator_stays_one(read):
    """Guard (right on main): `| 时效指标 | 项目完成时间 | 2024年11月` in the name and target columns."""
    r = _read(read, "time_indicator")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]][-1] == \
        ("时效指标", "项目完成时间", "2024年11月")
    assert only_project(r)["plan"] is None


@pytest.mark.parametrize("name", ["fill_blank", "fill_blank_cell"])      # (the cell right on main: guard)
def test_a_blank_day_is_no_row(read, name):
    """Main: `填报日期：    年  月  日` under the table an indicator 填报日期 of target 日."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["fill_date"], other_fields(p)) == (None, {})
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert r.tables["warnings"] == []


@pytest.mark.parametrize("name, title", [
    ("title_cells", "2024年学生资助项目绩效目标表"),
    ("title_cells_county", "洞口县2024年学生资助项目绩效目标表"),
])
def test_a_title_over_the_cells_of_one_row(read, name, title):
    """Main: no title, no year, an unparsed row (`洞口县` kept as a label of `2024年学生资助项目`)."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["title"], p["year"], p["name"], other_fields(p)) == (title, 2024, "学生资助项目", {})
    assert r.tables["warnings"] == []


@pytest.mark.parametrize("name, title, year, day", [
    ("fill_cn", "2024年学生资助项目绩效目标表", 2024, D(2024, 3, 5)),
    ("fill_iso", "2024年学生资助项目绩效目标表", 2024, D(2024, 3, 5)),
    ("fill_slash", "2024年学生资助项目绩效目标表", 2024, D(2024, 3, 5)),
    ("year_line_above", "学生资助项目绩效目标表", 2024, None),
    ("title_name_only", None, None, None),
    ("2024年_year_in_name", "学生资助项目绩效目标表", 2024, None),
])
def test_other_spellings_read_already(read, name, title, year, day):
    """Guards (right on main)."""
    p = _one(read, name)
    assert (p["title"], p["year"], p["fill_date"], p["name"]) == (title, year, day, "学生资助项目")
