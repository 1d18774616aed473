"""Hunt ti5 (session 50: titles, project names and filers): a title whose filer is a body's part or an institution
before the year (`新化县公安局交通警察大队2024年道路安全设施项目绩效目标表`), a project's short name in its title
(`干部培训项目绩效目标表`), a title printed over two lines, a name cut by dots in its cell under a title naming it whole,
a project library's code before the name (`[2024-017]…`, `43112224T000000001234 …`) and a code and its dash before
the department's name under `主管部门及代码` (`102-…`). Text dumps (tabs between cells, as samples/) and a Word file
made by tests/fixtures/make_s50_ti5.py. Each reading was written down by hand before jixiao was run; the comments say
what main gave."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project

W = 10_000.0


def test_filer_part_before_the_year_is_no_word_of_the_project(read):
    """`新化县公安局交通警察大队2024年道路安全设施项目绩效目标表` over a form of no 项目名称: the filer is the whole
    `新化县公安局交通警察大队` (the bureau's brigade, the form's unit) up to the year, the project the words after it.
    Main: `交通警察大队道路安全设施项目` (only the 局 was taken for the filer)."""
    p = only_project(read("ct_s50_ti5_subbody_title.txt"))
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "道路安全设施项目", "新化县公安局", "新化县公安局交通警察大队", 2024, 85 * W)
    assert len(read("ct_s50_ti5_subbody_title.txt").tables["indicators"]) == 4


def test_short_project_name_in_the_title(read):
    """`干部培训项目绩效目标表` over a form of no 项目名称: the project is `干部培训项目` (six characters with its 项目, four
    before it, as a title's project name may be). Main: no project at all (`not_a_form`: the title's name needed six
    characters before 项目)."""
    r = read("ct_s50_ti5_short_title.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "干部培训项目", "中共新化县委组织部", "中共新化县委党校", 2024, 30 * W)
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "举办培训班次", ">=", 12.0, "期")


def test_title_over_two_lines(read):
    """`新化县2024年农村公路安全生命防护` over `工程项目绩效目标表` (a title cut where the page's width ended): the project
    `新化县农村公路安全生命防护工程项目`. Main: name null (the second line alone names no project)."""
    p = only_project(read("ct_s50_ti5_two_line_title.txt"))
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "新化县农村公路安全生命防护工程项目", "新化县交通运输局", "新化县公路建设养护中心", 2024, 420 * W)


def test_name_cut_by_dots_takes_the_titles_whole_name(read):
    """`项目名称 | 新化县农村公路安全生命防护工...` (a system's export cut the name at its cell's width) under the title
    `新化县2024年农村公路安全生命防护工程项目绩效目标表`: the title's whole name, which opens with the cell's words.
    Main: `新化县农村公路安全生命防护工...`, dots and all."""
    p = only_project(read("ct_s50_ti5_cut_name.txt"))
    assert p["name"] == "新化县农村公路安全生命防护工程项目"
    assert (p["department"], p["unit"], p["budget_year"]) == ("新化县交通运输局", "新化县公路建设养护中心", 420 * W)


def test_codes_before_names(read):
    """`项目名称 | [2024-017]农村公路日常养护`, `主管部门及代码 | 102-新化县交通运输局`: the name without the library's code
    (its project_code), the department without the code and its dash (the code department_code, as `[102]…` and
    `169国家林业局` were read under such a label). A unit's code stays as written (`[102001]…`: the contract has no
    column for it, tests/templates/README round 9). Main: name `[2024-017]农村公路日常养护` (project_code null),
    department `-新化县交通运输局`."""
    p = only_project(read("ct_s50_ti5_codes.txt"))
    assert (p["name"], p["project_code"], p["department"], p["department_code"], p["unit"]) == (
        "农村公路日常养护", "2024-017", "新化县交通运输局", "102", "[102001]新化县公路建设养护中心")


def test_codes_before_names_in_a_word_table(read):
    """The same in a Word table (`【XH2024-031】城区学校校舍维修改造工程` under `主管部门及代码 | [108]新化县教育局`).
    Main: the name with its code, project_code null."""
    p = only_project(read("ct_s50_ti5_codes.docx"))
    assert (p["name"], p["project_code"], p["department"], p["department_code"], p["year"]) == (
        "城区学校校舍维修改造工程", "XH2024-031", "新化县教育局", "108", 2024)


def test_long_library_code_before_the_name(read):
    """`项目名称 | 43112224T000000001234 城区排水管网改造` (a 预算管理一体化 export's project code, a space, the name): the
    name `城区排水管网改造`, the code its project_code. Main: the code in the name, project_code null."""
    p = only_project(read("ct_s50_ti5_library_code.txt"))
    assert (p["name"], p["project_code"], p["unit"]) == (
        "城区排水管网改造", "43112224T000000001234", "新化县市政设施维护中心")


def test_a_class_of_institutions_is_no_unit(read):
    """`乡镇卫生院2024年基本公共卫生服务项目绩效目标表` (a county's form for all its township health centres): `乡镇卫生院`
    names a class of institutions, no one body — no unit (normalize.orgs.org_kind: only words of a kind before the
    ending, no place's or town's name; `城关镇卫生院`, `县人民医院` are bodies still). Main: unit `乡镇卫生院` from the
    title (`department_from_title`)."""
    r = read("ct_s50_ti5_class_title.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "基本公共卫生服务项目", "新化县卫生健康局", None, 2024, 1260 * W)
    assert "department_from_title" not in [w["code"] for w in r.tables["warnings"]]
