"""Review rv58 (session 58) of hunt of5: near variants of its workbooks (tests/fixtures/review/ct_s58_rv58_*, made by
tests/fixtures/review/make_s58_rv58.py; each read by hand before the run).

Decided:
- a list of projects on a workbook sheet of its own whose lines add up to the form's money is the form's breakdown,
  its lines kept: a 专项资金's 绩效目标表 (年度资金总额 800 万元) and its 资金分配表 `序号 | 项目名称 | 金额` (300 + 260 +
  240) on the sheet after or before (of5 dropped them as a project_list: a budget line lost); a 部门's list not
  adding up to the form's money (620 + 150 + 85 beside a form of 860) stays no line of the form's, its
  project_list now saying `list of 3 projects on sheet 2 (not the form's sheet)` (it said `list of the project
  shared out in 3 rows (a notice's allocation)`);
- in a list whose other rows write goals, one row's 绩效目标 cell that only points elsewhere (`另行下达`, of5's
  pointer words) is no goal: kept in other_fields under its head (it was the row's goal_annual).
Kept (of5 already): `县区 | 分配金额` on the next sheet the fund's lines; a cover sheet shown and the form hidden
says hidden_form_unread; goals naming 批复 / 下达 (`按批复要求完成…`) stay goals.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

P = "ct_s58_rv58_"
SPLIT = [(None, "县道X012线养护工程", 3000000.0, "composition"), (None, "乡道Y105线养护工程", 2600000.0, "composition"),
         (None, "村道安保设施完善", 2400000.0, "composition")]
COUNTIES = [(None, "城关区", 3000000.0, "composition"), (None, "东山县", 2600000.0, "composition"),
            (None, "西河县", 2400000.0, "composition")]


@pytest.mark.parametrize("name,lines", [("fund_split.xlsx", SPLIT), ("fund_split_before.xlsx", SPLIT),
                                        ("county_split.xlsx", COUNTIES)])
def test_a_funds_allocation_sheet_adding_up_to_its_money_is_its_lines(read, name, lines):
    # of5: the 分配表's three projects dropped (a project_list), the fund's budget lines lost; the counties kept
    r = read(P + name)
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["budget_fiscal"]) == ("2025年农村公路养护专项资金", 8000000.0, 8000000.0)
    assert budget_lines(r) == lines and "project_list" not in warning_codes(r)
    assert len(r.tables["indicators"]) == 4 and r.document["status"] == "ok"


def test_a_list_on_another_sheet_not_the_forms_money_is_dropped_and_said(read):
    # of5: dropped, but said as `list of the project shared out in 3 rows (a notice's allocation)`
    r = read(P + "dept_list_after.xlsx")
    assert only_project(r)["name"] == "农村公路安全生命防护工程" and budget_lines(r) == []
    assert only_project(r)["budget_total"] is None and only_project(r)["budget_year"] == 8600000.0
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "project_list"]
    assert len(said) == 1 and said[0].startswith("list of 3 projects on sheet 2 (not the form's sheet)")


def test_a_shown_cover_over_a_hidden_form_is_said(read):
    # (guard, of5 already: a cover sheet of three lines shown, the 绩效目标表 hidden)
    r = read(P + "cover_hidden.xlsx")
    assert "hidden_form_unread" in warning_codes(r) and r.document["status"] == "partial"
    w = next(w for w in r.tables["warnings"] if w["code"] == "hidden_form_unread")
    assert w["message"].startswith("sheet 2 (绩效目标表) is hidden")


def test_goals_naming_pifu_or_xiada_stay_goals(read):
    # (guard, of5 already: `另行下达` is a pointer only as the whole cell)
    r = read(P + "goals_mixed.xlsx")
    goals = {p["name"]: p["goal_annual"] for p in r.tables["projects"]}
    assert goals["农村公路养护经费"] == "按批复要求完成农村公路养护120公里，养护合格率≥95%"
    assert goals["治超站运行经费"] == "完成省厅下达的治超检测任务，检测车辆≥5万辆次"


def test_a_pointer_goal_in_a_mixed_list_is_no_goal(read):
    r = read(P + "goals_mixed.xlsx")
    goals = {p["name"]: p["goal_annual"] for p in r.tables["projects"]}
    # of5: its goal_annual `另行下达`; now no goal, the pointer kept under its head
    assert goals["农村客运站运营补助"] is None and len(goals) == 3
    p = next(p for p in r.tables["projects"] if p["name"] == "农村客运站运营补助")
    assert other_fields(p).get("绩效目标") == "另行下达" and p["budget_year"] == 1500000.0
