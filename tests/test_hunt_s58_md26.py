"""Mend md26 (session 58) of losses under a form's table left by hunt ti14, review rv56 and mend md18. Fixtures
ct_s58_md26_* (text dumps from tests/fixtures/review/make_s58_md26.py); each reading was written down by hand before
jixiao was run.

Decided:
- a pair of no sign-off label on a sign-off line or alone under the table, a contact's of no column (`传真：0739-7654321`,
  `单位地址：…`, 邮编, 邮箱), is kept in other_fields as written, as `审核人：李四` is (it was dropped with no word);
- a day of no column (`评价日期：2024年3月20日`, `评价时间：…`) on a line under a 评分表 is kept in other_fields under its
  label; it is never the fill_date (the evaluators' day, no form's filling day: a form with no 填报日期 has none);
- a body's or a person's label and a month under the indicator table (`编制单位 | 2024年3月`, `编制部门`, `编制人`) is
  no schedule step: kept in other_fields under it, as rv56's dated labels (`编制实施方案 | 2024年3月` stays a step);
- a sign-off's place and its day on one line, spaces between (`单位负责人签字  2024年3月15日`), reads as in two cells
  (md18): fill_date 2024-03-15, the person's place kept in other_fields, a seal's place the fill_date alone.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]
D = dt.date


def _read(read, name):
    return read(f"ct_s58_md26_{name}.txt")


@pytest.mark.parametrize("name, contact, phone, other", [
    ("fax_colon", "张三", "0739-1234567", {"传真": "0739-7654321"}),
    ("address_alone", None, None, {"单位地址": "湖南省洞口县文昌路12号"}),
])
def test_a_contact_pair_of_no_column_under_the_table(read, name, contact, phone, other):
    """On main: the fax or the address dropped with no word."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["contact"], p["phone"]) == (contact, phone)
    assert other_fields(p) == other
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert warning_codes(r) == []
    # (a guard: the address in a cell of its own beside the signer's was kept, and is)
    p = only_project(_read(read, "address_after_signer"))
    assert (p["contact"], other_fields(p)) == ("张三", {"单位地址": "洞口县文昌路12号"})


@pytest.mark.parametrize("name, fill, other", [
    ("eval_day_and_fill", D(2024, 3, 25), {"评价日期": "2024年3月20日"}),
    ("eval_day_alone", None, {"评价日期": "2024年3月20日"}),
    ("eval_time", D(2024, 3, 25), {"评价时间": "2024年3月20日"}),
])
def test_a_day_of_evaluation_under_the_score_table(read, name, fill, other):
    """On main: the day of evaluation lost with no word."""
    r = _read(read, name)
    p = only_project(r)
    assert p["fill_date"] == fill
    assert other_fields(p) == other
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert warning_codes(r) == []
    # (a guard: in cells of its own it was kept, and is)
    p = only_project(_read(read, "eval_day_cells"))
    assert (p["fill_date"], other_fields(p)) == (D(2024, 3, 25), {"评价日期": "2024年3月20日"})


@pytest.mark.parametrize("name, plan, other", [
    ("compiler_unit", None, {"编制单位": "2024年3月"}),
    ("compiler_dept_after_step", "项目启动 2024年3月1日；完成验收 2024年11月", {"编制部门": "2024年3月"}),
    ("compiler_person", None, {"编制人": "2024年3月"}),
])
def test_a_body_label_and_a_month_is_no_step(read, name, plan, other):
    """On main: the plan `编制单位 2024年3月` (a step more after a schedule); `编制人` an indicator."""
    r = _read(read, name)
    p = only_project(r)
    assert p["plan"] == plan
    assert other_fields(p) == other
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    # (a guard: a stage of 编制 is a step)
    assert only_project(_read(read, "compile_step"))["plan"] == "编制实施方案 2024年3月；完成验收 2024年11月"


@pytest.mark.parametrize("name, other", [
    ("leader_spaced", {"单位负责人签字": "2024年3月15日"}),
    ("leader_one_space", {"单位负责人签字": "2024年3月15日"}),
    ("seal_spaced", {}),
    ("leader_colon_gap", {"单位负责人签字": "2024年3月15日"}),
])
def test_a_signoff_place_and_its_day_on_one_line(read, name, other):
    """On main: fill_date, and an indicator `单位负责人签字 2024年3月15日` of no target (with its colon: the place lost)."""
    r = _read(read, name)
    p = only_project(r)
    assert (p["plan"], p["fill_date"]) == (None, D(2024, 3, 15))
    assert other_fields(p) == other
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert warning_codes(r) == []
