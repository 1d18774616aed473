"""Mend md18 (session 58) of four findings of the read-only review rd, in rules of hunt ti14 and review rv56. Fixtures
ct_s58_md18_* (text dumps from tests/fixtures/review/make_s58_md18.py); each reading was written down by hand before
jixiao was run.

Decided:
- a row under the indicator table of a sign-off's place and its day (`单位负责人签字 | 2024年3月15日`, `审核 | …`,
  `填报单位盖章 | …`, `经办人 | …`, `填表人 | …`) is no step of the schedule: its day the fill_date, a person's place
  kept in other_fields with its day as a signer's is (`审核人 | 2024年3月15日`); a seal's place and a bare `日期 | …`
  the fill_date alone, as `填报单位（盖章） | …` was (ti14 made the first three the plan; `经办人`, `填表人` vanished
  with no word, `日期` was in other_fields);
- a spaced signer line's value ends at a whole day, a phone number or a person's name: a day after the signers the
  line's day (`经办人 张三 审核人 李四 2024年3月5日`: 审核人 李四, fill_date 2024-03-05), a word of no label with a value
  after a whole one a pair of its own (`… 联系电话 0739-1234567 传真 0739-7654321`: phone 0739-1234567), two names
  joined by `、` (`填报人 张三 李四`: contact 张三、李四);
- a title over cells: a table's number in the first cell dropped every time (`附件一 |`, `附件 1 |` too), and a last
  cell that is a whole title taken alone after a word of no title (`表名 | 2024年…绩效目标表`); a year's cell kept;
- a period of short years with one end's year whole (`2024.7.1-25.6.30`, `24.7.1-2025.6.30`) read as one of short
  years (ti14's guards: the form's year within one of the span; one ending before it starts named by period_reversed).
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period
from tests.hunt_tools import only_project, other_fields, warning_codes

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]
TITLE = "2024年学生资助项目绩效目标表"
D = dt.date


def _read(read, name):
    return read(f"ct_s58_md18_{name}.txt")


@pytest.mark.parametrize("name, other", [
    ("signed_leader", {"单位负责人签字": "2024年3月15日"}),
    ("signed_audit", {"审核": "2024年3月15日"}),
    ("signed_seal", {}),
    ("signed_handler", {"经办人": "2024年3月15日"}),
    ("signed_filler", {"填表人": "2024年3月15日"}),
    ("bare_date", {}),
])
def test_a_signoff_place_and_its_day_under_the_table(read, name, other):
    """On main: the plan `单位负责人签字 2024年3月15日` (the first three), nothing (经办人, 填表人), other_fields 日期."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["plan"], p["fill_date"], p["contact"]) == (None, D(2024, 3, 15), None)
    assert other_fields(p) == other
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert warning_codes(r) == []


def test_a_schedule_then_a_signoff_place(read):
    """On main: the sign-off a third step of the plan, no fill_date."""
    p = only_project(_read(read, "schedule_then_signed"))
    assert (p["plan"], p["fill_date"]) == ("项目启动 2024年3月1日；完成验收 2024年11月", D(2024, 3, 15))
    assert other_fields(p) == {"单位负责人签字": "2024年3月15日"}


@pytest.mark.parametrize("name", ["spaced_day_after", "spaced_day_pieces"])
def test_a_day_after_spaced_signers(read, name):
    """On main: 审核人 `李四2024年3月5日`, no fill_date."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["contact"], p["fill_date"]) == ("张三", D(2024, 3, 5))
    assert other_fields(p) == {"审核人": "李四"}
    assert warning_codes(r) == []


def test_a_fax_after_the_phone_on_a_spaced_line(read):
    """On main: phone `0739-1234567传真0739-7654321`."""
    p = only_project(_read(read, "spaced_fax"))
    assert (p["contact"], p["phone"]) == ("张三", "0739-1234567")


def test_the_fax_kept(read):
    """On main: the fax dropped with no word (a strict xfail here until mend md26 kept it)."""
    p = only_project(_read(read, "spaced_fax"))
    assert other_fields(p) == {"传真": "0739-7654321"}


def test_two_names_on_a_spaced_line(read):
    """On main: contact `张三李四`."""
    p = only_project(_read(read, "spaced_two_names"))
    assert (p["contact"], p["phone"], p["fill_date"]) == ("张三、李四", "13812345678", D(2024, 3, 5))


@pytest.mark.parametrize("name", ["title_label", "title_annex_numeral", "title_annex_spaced", "title_annex_cells"])
def test_a_title_over_cells_after_a_label_or_a_number(read, name):
    """On main: `表名2024年…`, `附件一2024年…`, `附件 1 2024年…`."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["title"], p["year"], p["name"]) == (TITLE, 2024, "学生资助项目")
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    # (a guard: a year's cell is the title's first word)
    assert only_project(_read(read, "title_year_cell"))["title"] == TITLE


@pytest.mark.parametrize("name, raw", [
    ("period_long_start", "2024.7.1-25.6.30"),
    ("period_long_end", "24.7.1-2025.6.30"),
])
def test_a_short_year_period_with_one_whole_year(read, name, raw):
    """On main: no dates."""
    p = only_project(_read(read, name))
    assert (p["period_raw"], p["start_date"], p["end_date"]) == (raw, D(2024, 7, 1), D(2025, 6, 30))
    assert parse_period(raw, 2024) == (D(2024, 7, 1), D(2025, 6, 30))
    assert parse_period(raw, 2030) == (None, None)            # (far from the form's year: none)
    assert parse_period("2024.7.1-2025.6.30", 2030) == (D(2024, 7, 1), D(2025, 6, 30))   # (two whole years: as ever)


def test_a_period_with_one_whole_year_ending_before_it_starts(read):
    """On main: dropped with no word."""
    r = _read(read, "period_long_reversed")
    p = only_project(r)
    assert (p["start_date"], p["end_date"]) == (None, None)
    assert "period_reversed" in warning_codes(r)
    # (a guard: one far from the form's year gives no dates and is no reversed period)
    r = _read(read, "period_long_far")
    assert (only_project(r)["start_date"], only_project(r)["end_date"]) == (None, None)
    assert "period_reversed" not in warning_codes(r)
