"""Review rv70 (session 59) of hunt pr1's cuts of a line's or a cell's `label：value` pairs (parsers/core.py
`_field_cuts`): tests/fixtures/review/ct_s59_rv70_*.txt, made by tests/fixtures/review/make_s59_rv70.py; each
expectation written down by hand before the run.

Decided: a field's label inside the value's brackets or quotes notes the value, no next pair
(`主管部门：市教育局（实施单位：各中小学）`; pr1: department `市教育局（`, unit `各中小学）`); a prose field's label glued on a
value with no comma between is the value's own words (`项目名称：校园安全监控改造项目实施方案：二期`; pr1: the name
`校园安全监控改造`).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s59_rv70_"
LEVELS = [("产出指标", "数量指标", "新增监控点位"), ("产出指标", "质量指标", "设备验收合格率"),
          ("效益指标", "社会效益指标", "校园安全事件发生率"), ("满意度指标", "服务对象满意度指标", "师生满意度")]


def _project(r) -> dict:
    p = only_project(r)
    assert p["budget_year"] == 865000 and [t[:3] for t in indicator_targets(r)] == LEVELS
    assert warning_codes(r) == []
    return p


def test_a_pair_in_the_departments_brackets_is_its_note(read):
    # pr1: department `市教育局（`, unit `各中小学）`
    p = _project(read(P + "bracket_cell.txt"))
    assert (p["department"], p["unit"]) == ("市教育局（实施单位：各中小学）", None)
    assert (p["leader"], p["phone"]) == ("李明", "0731-8823456")


def test_a_pair_in_the_units_brackets_is_its_note(read):
    # pr1: unit `市第一中学（`, category `新增项目）`
    p = _project(read(P + "bracket_unit.txt"))
    assert (p["department"], p["unit"], p["category"]) == ("市教育局", "市第一中学（项目属性：新增项目）", None)


@pytest.mark.parametrize("name, title", [("name_plan", "校园安全监控改造项目实施方案：二期"),
                                         ("name_overview", "城区学校建设项目概况：新建教学楼")])
def test_a_name_ending_in_a_prose_label_before_its_subtitle(read, name, title):
    # pr1: the name cut before 实施方案 / 项目概况 (`校园安全监控改造`, `城区学校建设`)
    p = _project(read(P + name + ".txt"))
    assert (p["name"], p["department"], p["unit"]) == (title, "市教育局", "市第一中学")


def test_a_phone_in_the_leaders_brackets(read):
    # (a strict xfail here, mended by hunt pr2 of session 60: core.bracketed_contact)
    p = _project(read(P + "contact_bracket.txt"))
    assert (p["leader"], p["phone"]) == ("李明", "0731-8823456")
