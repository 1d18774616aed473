"""Hunt fam8 (session 52): a 部门整体 / 单位整体 form's key projects in a table of their own. Fixtures ct_s52_fam8_* (text
dumps, tab-separated cells, from tests/fixtures/review/make_s52_fam8.py); each reading was written down by hand before
jixiao was run.

Decided: a table of projects with their money and goals (`重点项目 | 项目名称 | 预算金额（万元） | 年度绩效目标`,
`序号 | 项目名称 | 资金（万元） | 绩效目标`, `… | 项目金额 | 主要绩效目标`) over an indicator table
(`一级指标 | 二级指标 | 三级指标 | 指标值`) in one run of rows, under a title naming a 部门整体 / 单位整体 form, is that
form's table of its key projects, no list of projects: one form (name null, its body, its money, its indicators),
each key project a `composition` budget line (its name and money, its goal in the line's note as `head：goal`, as a
部门整体 form's task lines keep their 主要内容). Main: a project_list of the key projects, the form lost.
Kept: a list of projects under a title naming no 整体 form stays a list with an indicator table in its run of rows.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project


def _notes(r) -> list[str]:
    return [b["note"] for b in r.tables["budget_items"]]


def test_unit_whole_form_key_projects_are_its_lines(read):
    """`2025年度单位整体支出绩效目标表`, key projects right over the indicators: one form of the 疾控中心, 860万元."""
    r = read("ct_s52_fam8_unit_whole_key_projects.txt")
    p = only_project(r)
    assert p["name"] is None and p["layout"].startswith("generic")
    assert (p["unit"], p["budget_total"]) == ("某县疾病预防控制中心", 860 * 10_000.0)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("免疫规划专项", 320 * 10_000.0, "composition"),
                                                            ("传染病监测预警", 150 * 10_000.0, "composition")]
    assert _notes(r) == ["年度绩效目标：适龄儿童免疫规划疫苗接种率≥95%", "年度绩效目标：法定传染病报告及时率100%"]
    assert [i["level3"] for i in r.tables["indicators"]] == ["开展传染病监测点数", "突发公共卫生事件处置及时率", "群众满意度"]


def test_dept_whole_form_numbered_key_projects(read):
    """`部门（单位）整体支出绩效目标申报表`, `重点项目` alone on a row over a numbered table, the indicators under a
    block label: one form of the 农业农村局, 5,400万元, three key projects, three indicators."""
    r = read("ct_s52_fam8_dept_whole_numbered_key_projects.txt")
    p = only_project(r)
    assert p["name"] is None and (p["department"], p["budget_total"]) == ("某县农业农村局", 5400 * 10_000.0)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("高标准农田建设", 2600 * 10_000.0),
                                                          ("耕地地力保护补贴", 1200 * 10_000.0),
                                                          ("农村人居环境整治", 400 * 10_000.0)]
    assert _notes(r)[0] == "绩效目标：新建高标准农田1.5万亩"
    assert len(r.tables["indicators"]) == 3


def test_project_list_with_indicators_stays_a_list(read):
    """Guard: `…项目支出绩效目标汇总表` (no 整体) listing two projects over an indicator table: the two projects."""
    r = read("ct_s52_fam8_project_list_then_indicators.txt")
    assert [(p["name"], p["budget_year"]) for p in r.tables["projects"]] == [("城乡供水一体化改造", 900 * 10_000.0),
                                                                          ("农村公路养护", 480 * 10_000.0)]
    assert {p["layout"] for p in r.tables["projects"]} == {"packed_list"}
