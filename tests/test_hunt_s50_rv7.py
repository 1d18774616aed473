"""Review rv7 (session 50): the edges of hunt ti5's title rules (two-line titles, short titles, codes before names,
classes of institutions) and hunt sn1's scan rules. Text dumps (tabs between cells, as samples/). Each reading was
written down by hand before jixiao was run; the comments say what main (85705779) gave."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

W = 10_000.0


def test_a_heading_above_a_whole_form_title_is_no_half_of_it(read):
    """`新化县交通运输局2024年部门预算公开` (a budget disclosure's heading) over `项目支出绩效目标表` (a form's whole title,
    naming no project) over a form of no 项目名称: no project's name — the heading is no first line of a title cut at
    the page's width. Main: `部门预算公开项目` (the two lines joined as one title, hunt ti5; null before it)."""
    p = only_project(read("ct_s50_rv7_heading_above_title.txt"))
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        None, "新化县交通运输局", "新化县公路建设养护中心", 85 * W)


def test_a_budget_kind_of_projects_names_no_project(read):
    """`新化县教育局2024年特定目标类项目绩效目标表`: 特定目标类项目 is the budget system's kind of projects (as 人员类 /
    运转类), no project's name. Main: name `特定目标类项目`."""
    p = only_project(read("ct_s50_rv7_kind_title.txt"))
    assert (p["name"], p["department"], p["budget_year"]) == (None, "新化县教育局", 150 * W)


def test_a_span_of_years_before_the_name_is_no_code(read):
    """`项目名称 | 2024-2025 年度农村公路日常养护` (a PDF's space before 年): the years are the name's, no library code.
    Main: project_code `2024-2025`, name `年度农村公路日常养护`."""
    p = only_project(read("ct_s50_rv7_year_span_name.txt"))
    assert (p["name"], p["project_code"], p["unit"]) == (
        "2024-2025 年度农村公路日常养护", None, "新化县公路建设养护中心")


def test_community_health_centres_are_a_class_no_unit(read):
    """`社区卫生服务中心2024年基本公共卫生服务项目绩效目标表` under `主管部门 | 长沙市天心区卫生健康局` (a district's form
    for all its community health centres, the sibling of ti5's `乡镇卫生院2024年…`): no unit. Main: unit
    `社区卫生服务中心`, department_from_title."""
    r = read("ct_s50_rv7_class_community.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "基本公共卫生服务项目", "长沙市天心区卫生健康局", None, 860 * W)
    assert "department_from_title" not in warning_codes(r)


def test_a_places_class_of_institutions_before_the_year_is_no_filer(read):
    """`新化县乡镇卫生院2024年医疗设备购置项目绩效目标表` under `主管部门 | 新化县卫生健康局`: the county's township health
    centres (many) are the institutions the project equips, no one filer — the name keeps them
    (`新化县乡镇卫生院医疗设备购置项目`), no unit (the class is no body, as `乡镇卫生院` alone, hunt ti5). Main: name
    `医疗设备购置项目` (the class taken for the filer before the year), unit `新化县乡镇卫生院`, department_from_title."""
    r = read("ct_s50_rv7_class_filer_title.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "新化县乡镇卫生院医疗设备购置项目", "新化县卫生健康局", None, 380 * W)
    assert "department_from_title" not in warning_codes(r)
