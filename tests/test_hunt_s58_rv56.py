"""Review rv56 (session 58) of hunt ti14: near variants of its forms. Fixtures ct_s58_rv56_* (text dumps from
tests/fixtures/review/make_s58_rv56.py); each reading was written down by hand before jixiao was run.

Decided:
- a row under the indicator table of a day's label or a body's name then a day (`审核日期 | 2024年3月20日`, `批复时间 |
  2024年3月`, `洞口县学生资助管理中心 | 2024年3月15日` — a sign-off's cells with no seal) is no step of the project's
  schedule: kept in other_fields under its first cell (ti14 made it the plan; before ti14 an indicator);
- a stage in words a 评价's level also is (`组织实施 | 2024年9月`), after a step, is one step more (it was kept in
  other_fields, the schedule cut in two);
- a table's number in a cell of its own before the title (`附件2 | 2024年学生资助项目绩效目标表`) is no word of it (ti14
  read `附件2 2024年学生资助项目绩效目标表`; before it no title, no year);
- a period between two days of short years ending before it starts (`25.7.1-24.6.30`) is spelled with its centuries
  as one that starts first is, so it gives no dates and the check `period_reversed` names it (it was dropped silently).
Kept (guards, right after ti14): a time indicator's month target and actual in a self-evaluation; time indicators of
a table of two levels; a row of three cells above the table naming no title; a spaced signer line naming the unit.
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period, reversed_period
from tests.hunt_tools import only_project, other_fields, warning_codes

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]
D = dt.date


def _read(read, name):
    return read(f"ct_s58_rv56_{name}.txt")


@pytest.mark.parametrize("name, other", [
    ("audit_date", {"审核日期": "2024年3月20日"}),
    ("approve_time", {"批复时间": "2024年3月"}),
    ("signoff_cells", {"洞口县学生资助管理中心": "2024年3月15日"}),
])
def test_a_dated_label_under_the_table_is_no_plan(read, name, other):
    """After ti14: the row the form's plan (`审核日期 2024年3月20日`)."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["plan"], p["fill_date"]) == (None, None)
    assert other_fields(p) == other
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert warning_codes(r) == []


def test_a_stage_in_level_words_inside_a_schedule(read):
    """After ti14: `组织实施 | 2024年9月` in other_fields, the plan the two steps around it."""
    r = _read(read, "schedule_other")
    p = only_project(r)
    assert p["plan"] == "前期准备 2024年2月；组织实施 2024年9月；总结评价 2024年12月"
    assert other_fields(p) == {}
    assert [i["level3"] for i in r.tables["indicators"]] == AID


def test_a_table_number_before_a_title_in_cells(read):
    """After ti14: title `附件2 2024年学生资助项目绩效目标表`."""
    p = only_project(_read(read, "title_annex"))
    assert (p["title"], p["year"], p["name"]) == ("2024年学生资助项目绩效目标表", 2024, "学生资助项目")


def test_a_short_year_period_ending_before_it_starts(read):
    """After ti14: no dates and no warning, the slip unnamed."""
    r = _read(read, "period_short_reversed")
    p = only_project(r)
    assert (p["period_raw"], p["start_date"], p["end_date"]) == ("25.7.1-24.6.30", None, None)
    assert "period_reversed" in warning_codes(r)
    assert reversed_period("25.7.1-24.6.30", 2024) == (D(2025, 7, 1), D(2024, 6, 30))
    assert parse_period("25.7.1-24.6.30", 2024) == (None, None)
    assert reversed_period("25.7.1-24.6.30", 2019) is None          # far from the form's year: as written


def test_guard_time_indicators_of_a_self_evaluation(read):
    r = _read(read, "self_time")
    assert only_project(r)["plan"] is None
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == \
        [("资助学生人次", "≥5200人次"), ("项目完成时间", "2024年11月"), ("受助学生满意度", "≥95%")]


def test_guard_time_indicators_of_two_levels(read):
    r = _read(read, "time_two_levels")
    assert only_project(r)["plan"] is None
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == \
        [("数量指标", "资助学生人次", "≥5200人次"), ("时效指标", "项目开工时间", "2024年3月"),
         ("时效指标", "项目完成时间", "2024年11月")]


def test_guard_cells_above_the_table_are_no_title(read):
    p = only_project(_read(read, "title_not_cells"))
    assert (p["title"], p["year"]) == ("2024年学生资助项目绩效目标表", 2024)


def test_guard_a_spaced_signer_line_naming_the_unit(read):
    r = _read(read, "signer_spaces_unit")
    p = only_project(r)
    assert (p["unit"], p["contact"], p["phone"]) == ("洞口县学生资助管理中心", "张三", "13812345678")
    assert [i["level3"] for i in r.tables["indicators"]] == AID


@pytest.mark.parametrize("name, plan", [
    ("schedule_parts", "项目启动 2024年3月上旬；资金拨付 2024年6月底前；完成验收 2024年11月"),
    ("schedule_span", "项目启动 2024年3月1日至3月31日；资金拨付 2024年6月；完成验收 2024年11月"),
    ("schedule_dotted", "项目启动 2024.3.1；资金拨付 2024.6；完成验收 2024.11"),      # right after ti14 (guard)
])
def test_a_schedule_of_other_times(read, name, plan):
    """After ti14: a step at a month's part or deadline, or over a span, an indicator (the caption too), the schedule
    cut."""
    r = _read(read, name)
    p = only_project(r)
    assert p["plan"] == plan
    assert other_fields(p) == {}
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert warning_codes(r) == []
