"""Hunt pr6 (session 64): the head block's `label | value` pairs whose value is none of its label's
(tests/fixtures/review/ct_s64_pr6_*, made by tests/fixtures/review/make_s64_pr6.py; each expectation written down by
hand before the run).

Decided: a month and a stamp's place under an opinion's label (`二〇二四年三月（公章）`) is no opinion (it was kept as
one); a year or a span of years in a code's box (`项目名称编码 | 2024-2026`, `项目编码 | 2024—2026年`) is no
project_code: kept under its label (it was the code, or dropped without a word); two phones each on the row of its person: the contact's the form's `phone`, the leader's kept as
`项目负责人电话` (the leader's was the column's when its row came first — review rv100); a body alone on the line under
the department's colon pair is kept under `主管部门` (it was dropped without a word — review rv100).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s64_pr6_"
NAME, DEPT, UNIT = "农村公路建设养护项目", "县交通运输局", "县公路事业发展中心"


def _project(r) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, DEPT, UNIT)
    assert len(indicator_targets(r)) == 4 and "not_a_form" not in warning_codes(r)
    return p


@pytest.mark.parametrize("name, label", [("opinion_month_tab", "主管部门审核意见"),
                                         ("opinion_month_pipe", "主管部门意见")])
def test_a_month_before_the_stamp_is_no_opinion(read, name, label):
    p = _project(read(P + name + ".txt"))
    assert label not in other_fields(p)
    assert not any("二〇二四" in str(v) for v in other_fields(p).values())
    assert (p["contact"], p["phone"]) == ("李红", "0564-3312345")
    # an opinion's words beside the stamp and a month stay the opinion (as before)
    words = _project(read(P + "opinion_words_pipe.txt"))
    assert other_fields(words)["主管部门审核意见"] == "同意申报。"


@pytest.mark.parametrize("name, label, value", [("code_years_colon", "项目名称编码", "2024-2026"),
                                                ("code_years_pipe", "项目名称编码", "2024-2026"),
                                                ("code_years_lines", "项目编码", "2024—2026年")])
def test_a_span_of_years_in_the_code_box_is_no_code(read, name, label, value):
    p = _project(read(P + name + ".txt"))
    assert p["project_code"] is None
    assert other_fields(p)[label] == value
    # a real code in the box stays the code (as before)
    assert _project(read(P + "code_real_tab.txt"))["project_code"] == "34152224R000000456"


@pytest.mark.parametrize("name", ["phones_leader_first_tab", "phones_contact_first_pipe"])
def test_the_contacts_phone_is_the_forms_the_leaders_kept(read, name):
    p = _project(read(P + name + ".txt"))
    assert (p["leader"], p["contact"], p["phone"]) == ("王建国", "李红", "0564-3312345")
    assert other_fields(p)["项目负责人电话"] == "13905641234"
    assert "联系电话" not in other_fields(p)
    # the leader's phone alone is the form's (as before)
    alone = _project(read(P + "phones_leader_only_tab.txt"))
    assert alone["phone"] == "13905641234" and "项目负责人电话" not in other_fields(alone)


def test_a_body_under_the_departments_pair_is_kept(read):
    p = _project(read(P + "dept_second_body_colon.txt"))
    assert other_fields(p)["主管部门"] == "县城市建设投资有限公司"
    assert (p["contact"], p["phone"]) == ("李红", "0564-3312345")


# (a strict xfail until hunt pr7 (session 65): a `|` row of two cells naming a foot's label ends the table)
def test_an_opinion_row_of_two_pipe_cells_ends_the_indicators(read):
    p = _project(read(P + "opinion_two_cells_pipe.txt"))
    assert other_fields(p)["主管部门审核意见"] == "同意申报。"


# (a strict xfail until hunt pr7 (session 65): an opinion's colon line is kept as its cell is)
def test_an_opinion_on_a_colon_line_keeps_its_words(read):
    p = _project(read(P + "opinion_words_colon.txt"))
    assert other_fields(p)["主管部门意见"] == "同意申报。"
