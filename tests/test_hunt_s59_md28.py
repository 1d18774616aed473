"""Mend md28 (session 59) of three findings of the read-only review rd (of rv68, ly7 and ti15), with fixtures
ct_s59_md28_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s59_md28.py); each reading was written
down by hand before jixiao was run.

Decided (wrong on main, fixed):
- a `label：value` line of a known field between two indicator rows (`实施单位：…`, `资金总额：640万元`,
  `项目负责人：…`) is read as the form's field, the table going on (rv68 dropped it without a word; before rv68 the
  table ended there, its last rows lost);
- a running head's value is compared with the field read after the field's own cleaning: `实施单位：…中心（盖章）`
  over the head printed again names the unit `…中心` read (it was kept in other_fields as another value), and an
  other value is kept without its stamp's place;
- a remark that only declares the money's unit (`备注：单位：万元` over the form) is no note (it was other_notes
  `单位：万元`).
Kept (guards, right on main): a `备注：…` line between indicator rows is the form's note, the rows all kept;
`附注：金额单位：万元` under the form is no note, the `备注：…` after it is.
Left (strict xfail): a `说明：…` line between indicator rows is dropped, as under the form (a 说明 line is the
template's instructions, ti15), the rows all kept.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

W = 10000.0
NAMES = ["隆回县农村公路养护里程", "路况优良率", "群众出行平均时间缩短", "沿线群众满意度"]
LEVEL1 = ["产出指标", "产出指标", "效益指标", "满意度指标"]


def _names(r):
    return [i["level3"] for i in r.tables["indicators"]]


def _all_rows(r, first="隆回县农村公路养护里程"):
    """The four rows kept, in order, of their own level 1."""
    assert _names(r) == [first] + NAMES[1:]
    assert [t[0] for t in indicator_targets(r)] == LEVEL1


def test_unit_line_between_rows_read(read):
    """main (rv68): unit None, the line dropped without a word."""
    r = read("ct_s59_md28_unit_between.txt")
    p = only_project(r)
    assert p["unit"] == "隆回县公路建设养护中心"
    assert p["department"] == "隆回县交通运输局"
    assert other_fields(p) == {}
    assert p["other_notes"] is None
    _all_rows(r)
    assert warning_codes(r) == []


def test_total_line_between_rows_read(read):
    """main (rv68): budget_total None."""
    r = read("ct_s59_md28_total_between.txt")
    p = only_project(r)
    assert p["budget_total"] == 640 * W
    assert p["unit"] is None
    _all_rows(r)
    assert warning_codes(r) == []


def test_leader_line_between_rows_read(read):
    """main (rv68): leader None."""
    r = read("ct_s59_md28_leader_between.txt")
    p = only_project(r)
    assert p["leader"] == "刘建华"
    assert p["department"] == "新化县交通运输局"
    _all_rows(r, "新化县农村公路养护里程")
    assert warning_codes(r) == []


def test_remark_line_between_rows_kept(read):
    """Guard (right on main, rv68): a 备注 line between the rows is the form's note, the table going on."""
    r = read("ct_s59_md28_remark_between.txt")
    p = only_project(r)
    assert p["other_notes"] == "养护里程含村道，以县交通局验收为准。"
    assert other_fields(p) == {}
    _all_rows(r)


@pytest.mark.xfail(strict=True, reason="left: a 说明 line between indicator rows is dropped as one under the form is "
                   "(ti15: a 填表说明 / 说明 / 注 line is the template's instructions, not kept); keeping it there alone "
                   "would make the two places disagree, and a 说明 is as often an instruction — fine to leave")
def test_note_line_between_rows(read):
    """A `说明：…` line between the rows: kept as a note as a 备注 is (the rows all kept, right on main)."""
    r = read("ct_s59_md28_note_between.txt")
    _all_rows(r)
    assert only_project(r)["other_notes"] == "效益指标由第三方机构评估。"


def test_running_unit_with_seal_same_unit(read):
    """main (ly7): other_fields `{"实施单位": "隆回县公路建设养护中心（盖章）"}`."""
    r = read("ct_s59_md28_running_seal.txt")
    p = only_project(r)
    assert p["unit"] == "隆回县公路建设养护中心"
    assert other_fields(p) == {}
    _all_rows(r)
    assert warning_codes(r) == []


def test_running_unit_seal_on_first(read):
    """main (ly7): other_fields `{"实施单位": "隆回县公路建设养护中心"}` (the seal on the field read first)."""
    r = read("ct_s59_md28_running_seal_first.txt")
    p = only_project(r)
    assert p["unit"] == "隆回县公路建设养护中心"
    assert other_fields(p) == {}
    _all_rows(r)


def test_running_other_unit_kept_without_seal(read):
    """main: `{"实施单位": "隆回县农村公路管理站（盖章）"}`: another unit, kept, its stamp's place no part of it."""
    r = read("ct_s59_md28_running_seal_other.txt")
    p = only_project(r)
    assert p["unit"] == "隆回县公路建设养护中心"
    assert other_fields(p) == {"实施单位": "隆回县农村公路管理站"}
    _all_rows(r)


def test_unit_remark_over_form_no_note(read):
    """main (ti15): other_notes `单位：万元`."""
    r = read("ct_s59_md28_unit_remark.txt")
    p = only_project(r)
    assert p["other_notes"] is None
    assert p["budget_total"] == 640 * W
    assert p["unit"] == "隆回县公路建设养护中心"
    _all_rows(r)
    assert warning_codes(r) == []


def test_unit_remark_under_form_no_note(read):
    """Guard (right on main: a unit line under the form is read as such before any remark): only the real remark is a
    note."""
    r = read("ct_s59_md28_unit_remark_under.txt")
    p = only_project(r)
    assert p["other_notes"] == "项目资金已纳入2024年部门预算。"
    assert p["budget_total"] == 640 * W
    _all_rows(r)
