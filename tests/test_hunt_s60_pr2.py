"""Hunt pr2 (session 60): the label-value pairs of a form's head in shapes not yet read
(tests/fixtures/review/ct_s60_pr2_*.txt, made by tests/fixtures/review/make_s60_pr2.py; each expectation written down
by hand before the run).

Decided: a contact's pair in the brackets closing a value is the next pair (`项目负责人：王建国（联系电话：138…）`, the
leader and the phone; main: `王建国（` and `138…）` on a line, the leader with the brackets in a cell); a time of day
after a date is no label (`填报日期：2024-03-01 10:30，审核人：李四`: main cut at `10:`, the 审核人 lost); a sign-off's
pair on a line between indicator rows, the rows going on under it, is the form's field and the table goes on (main:
the table ended there, the rows after it unparsed); a value cell beside its label holding the next pair after a comma
or a semicolon is cut as a line of pairs is (`主管部门 | 市教育局；实施单位：市第一中学`); a head's label, a space and its
value, no colon (`项目名称 校园安全监控改造`, `主管部门 市教育局 实施单位 市第一中学`), is the pair (main: lost without a
word); a summary's compiler (`填报单位：县财政局绩效管理股` over a 汇总表 of several projects, no project's unit) is
kept in each project's other_fields beside the 截止时间 (main: dropped).
Kept (guard): spaced labels (`项 目 名 称`), seal notes (`主管部门（盖章）：`, `市第一中学（盖章）`), `单位：万元` beside the
name (the amounts' unit), half-width colons.
"""
from __future__ import annotations

import datetime

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s60_pr2_"
LEVELS = [("产出指标", "数量指标", "新增监控点位"), ("产出指标", "质量指标", "设备验收合格率"),
          ("效益指标", "社会效益指标", "校园安全事件发生率"), ("满意度指标", "服务对象满意度指标", "师生满意度")]


def _project(r, budget: float = 865000) -> dict:
    p = only_project(r)
    assert p["budget_year"] == budget and [t[:3] for t in indicator_targets(r)] == LEVELS
    assert warning_codes(r) == []
    return p


def _head(p) -> tuple:
    return p["name"], p["department"], p["unit"]


def test_a_phone_in_the_leaders_brackets_in_a_cell(read):
    # main: leader `王建国（联系电话：13800000000）`, no phone
    p = _project(read(P + "contact_cell.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["leader"], p["phone"], p["category"]) == ("王建国", "13800000000", "新增项目")


def test_a_phone_in_the_contacts_brackets_on_a_line(read):
    # main: contact `赵丽(`, phone `0731-8823456)`
    p = _project(read(P + "contact_line.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == ("王建国", "赵丽", "0731-8823456")


@pytest.mark.parametrize("name", ["fill_time", "fill_time_gap"])
def test_a_fill_day_with_its_time_then_a_pair(read, name):
    # main: the line cut at `10:`, `审核人：李四` lost
    p = _project(read(P + name + ".txt"))
    assert p["fill_date"] == datetime.date(2024, 3, 1)
    assert other_fields(p) == {"审核人": "李四"}
    assert p["leader"] == "王建国"


def test_a_phone_line_between_indicator_rows(read):
    # main: the table ended at the line, the two rows under it unparsed_row, 师生满意度 in other_fields
    p = _project(read(P + "phone_between.txt"))
    assert (p["leader"], p["phone"]) == ("王建国", "0731-8823456")
    assert other_fields(p) == {}


def test_the_next_pair_in_a_value_cell(read):
    # main: department `市教育局；实施单位：市第一中学`, leader `王建国，联系电话：13800000000`
    p = _project(read(P + "value_cell.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["leader"], p["phone"]) == ("王建国", "13800000000")


def test_labels_and_values_set_apart_by_spaces(read):
    # main: name, department and unit lost without a word
    p = _project(read(P + "spaced.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["leader"], p["phone"]) == ("王建国", "13800000000")


def test_one_spaced_pair_a_line(read):
    # main: all four lost
    p = _project(read(P + "spaced_one.txt"))
    assert _head(p) == ("校园安全监控改造工程", "市教育局", "市第一中学")
    assert p["leader"] == "王建国"


def test_a_sign_offs_spaced_words_are_no_values(read):
    # `主管部门 审核意见`, `实施单位 盖章` under the form: no department nor unit (the head's stay)
    p = _project(read(P + "spaced_guard.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert p["leader"] == "王建国" and "盖章" not in str(other_fields(p))


@pytest.mark.parametrize("fixture", ["ct_s59_ti15_summary_cutoff.txt", "ct_s59_ti15_summary_cutoff_cells.txt",
                                     "ct_s59_rv68_summary_cutoff_row.txt"])
def test_a_summarys_compiler_in_each_project(read, fixture):
    # main: `填报单位：县财政局绩效管理股` over a summary of three projects dropped (no project's unit)
    projects = read(fixture).tables["projects"]
    assert [other_fields(p).get("填报单位") for p in projects] == ["县财政局绩效管理股"] * 3
    assert [p["unit"] for p in projects] == [None] * 3


def test_labels_wrapped_over_two_lines(read):
    # main: `项目 | 校园安全监控改造` over `名称` a row of no label (unparsed_row); put back by the dump reader (hunt ly10)
    r = read(P + "two_lines.txt")
    assert _head(only_project(r)) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert warning_codes(r) == []


def test_head_shapes_read_already(read):
    # guard: right on main
    p = _project(read(P + "shapes.txt"), budget=8650000000)
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["leader"], p["phone"]) == ("王建国", "13800000000")
    assert other_fields(p) == {}
