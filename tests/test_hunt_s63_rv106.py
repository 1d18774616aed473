"""Review rv106 (session 63) of hunt ng6 (negatives): its worked-case rule fired on one way of heading a handout and
numbering a case only, and its audit line was taken from a cover letter's attachment list (fixtures ct_s63_rv106_*,
made by tests/fixtures/review/make_s63_rv106.py; each reading written down by hand before the run).

Decided:
- a worked case is one however its case line is set (`案例一 项目支出绩效目标表` with a space, `【案例一】…`) and
  whatever the handout's title (`全面实施预算绩效管理培训`, `预算绩效管理业务培训（第二讲）`): no project (main: a project
  `某县农村公路养护项目` with 4 indicators each);
- a course's name beginning with a case word (`案例分析能力提升专题培训班`) is no case line: its form is read (main:
  not_a_form, the project lost);
- a cover letter's line naming an attachment (`附件2.县审计局审计报告`, `附件2.县政府第12次常务会议纪要`) is not the
  document's own name: its list of projects with their goals is read (main: a project_list, three projects lost).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s63_rv106_"


@pytest.mark.parametrize("name", ["case_space", "case_bracket", "handout_management", "handout_lecture"])
def test_a_worked_case_however_headed_is_no_project(read, name):
    r = read(P + name + ".txt")
    t = r.tables
    assert r.document["status"] == "ok"
    assert t["projects"] == [] and t["indicators"] == [] and t["budget_items"] == []
    assert r.document["layout"] == "unknown"
    assert warning_codes(r) == ["not_a_form"]
    assert "worked case in a training handout" in t["warnings"][0]["message"]


def test_a_course_named_after_case_analysis_is_read(read):
    r = read(P + "keep_case_course.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("案例分析能力提升专题培训班", "某县交通运输局", "某县公路养护中心")
    got = indicator_targets(r)
    assert [g[2] for g in got] == ["日常养护里程", "优良路率", "群众出行条件改善", "沿线群众满意度"]
    assert got[0][3:] == (">=", 500.0, "公里") and got[1][3:] == (">=", 80.0, "%") and got[3][3:] == (">=", 90.0, "%")
    assert "not_a_form" not in warning_codes(r)


@pytest.mark.parametrize("name", ["keep_list_audit_attached", "keep_list_minutes_attached"])
def test_a_list_under_a_cover_naming_an_attachment_is_read(read, name):
    r = read(P + name + ".txt")
    assert r.document["layout"] == "packed_list"
    assert [p["name"] for p in r.tables["projects"]] == ["农村饮水安全巩固提升工程", "乡村道路硬化工程", "农田水利设施维修项目"]
    assert "project_list" not in warning_codes(r)


# (a strict xfail until hunt pr7 (session 65): a procurement paper's title at the document's head gives no form)
def test_an_evaluation_services_procurement_need_gives_no_project(read):
    r = read(P + "neg_eval_service_need.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []
