"""Hunt ti7 (session 52): project names, codes and titles. Fixtures ct_s52_ti7_* (text dumps, tab-separated cells,
from tests/fixtures/review/make_s52_ti7.py); each reading was written down by hand before jixiao was run.

Decided:
- six digits that are a year and its month before a name (`202403-邵阳县城区路灯维护项目`) are no project code: a
  project library's codes are longer or lettered (the fixtures' 项目编码: `43012424000012`, `JYJ-001`,
  `2023ZYD0045`, `SY-DK-2024-0031`), a month before a name is a date whose meaning the form does not say, as a day's
  (left out, kept nowhere); under a label asking a code (`项目名称及编码 | 202401 …`) they are the code it asks, and
  so when their year is more than 3 years from the form's (`203001 …` under a 2024 title: a unit's code);
- `A工程；B工程；` in one 项目名称 cell, one money and one indicator table for both: one project whose name lists its
  works, as written without the list's closing mark;
- `附件3：武冈市2024年资江防洪堤加固工程` over `项目绩效目标表`: the annex's number no word of the title, the words
  after it the title's first line (the works' name, `…工程项目`, as ti6's without the annex);
- a `…绩效目标审核表` carrying the project's indicators is the target form the reviewers signed off (a target form,
  its 审核意见 lines in other_fields); one of 审核内容 | 审核要点 | 审核意见 rows and no indicator stays no project;
- the 项目名称 pair beside the title, in a cell of the title's row or past a wide gap on the title's line, is the
  form's name (the title the words before it);
- a name's cell: a blank between two of its characters is no part of it (a PDF's), lenticular brackets round the
  whole name are no part of it, the form's year in brackets after it (`…项目（2024年度）`) is the form's year;
- a title's name keeps a roman numeral's phase as written (`（Ⅱ期）`, not `（II期）`);
- a page's running head naming the project beside the form's title (`隆回县农村公路危桥改造项目 | 2024年度项目
  支出绩效目标表 | 第2页`) inside the indicator table is no indicator.
Kept (right on main): a lettered code with dashes before the name; a body's title with `（2024年度）` after it.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _p(read, name):
    p = only_project(read(f"ct_s52_ti7_{name}.txt"))
    return p["name"], p["project_code"], p["year"]


def test_a_month_before_the_name_is_no_code(read):
    """Main: project_code `202403`."""
    assert _p(read, "month_code") == ("邵阳县城区路灯维护项目", None, 2024)


def test_a_month_under_a_label_asking_a_code_is_the_code(read):
    """Right on main (guards): `项目名称及编码 | 202401 …` gives the code; `203001 …` under a 2024 title, no month of
    the form's years (more than 3 from 2024), is a code still."""
    assert _p(read, "month_code_asked") == ("隆回县中小学校舍维修项目", "202401", 2024)
    assert _p(read, "unit_code_six") == ("新邵县城区路灯维护项目", "203001", 2024)


def test_works_listed_in_one_name_cell_are_one_project(read):
    """Main: the name kept the closing `；`."""
    r = read("ct_s52_ti7_semicolon_names.txt")
    p = only_project(r)
    assert p["name"] == "城步县茅坪镇集镇供水工程；城步县儒林镇管网延伸工程"
    assert p["budget_year"] == 3680000 and len(r.tables["indicators"]) == 4
    assert all(i["project_id"] == p["project_id"] for i in r.tables["indicators"])


def test_an_annex_head_on_the_titles_first_line(read):
    """Main: the name null (the annex line not joined)."""
    assert _p(read, "annex_works_title") == ("武冈市资江防洪堤加固工程项目", None, 2024)


def test_a_review_table_of_targets_is_a_target_form(read):
    """Main: not_a_form, no project."""
    r = read("ct_s52_ti7_review_targets.txt")
    p = only_project(r)
    assert (p["name"], p["form"], p["year"]) == ("邵东市农村人居环境整治项目", "target", 2024)
    assert [i["level3"] for i in r.tables["indicators"]] == ["整治行政村数量", "卫生厕所普及率", "村庄环境面貌", "村民满意度"]
    assert other_fields(p) == {"主管部门审核意见": "同意申报", "财政部门审核意见": "经审核，绩效目标明确，指标细化量化，同意。"}
    assert "not_a_form" not in warning_codes(r)


def test_a_review_checklist_stays_no_project(read):
    """Right on main (guard): 审核内容 | 审核要点 | 审核意见 rows, no indicator."""
    r = read("ct_s52_ti7_review_checklist.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []


def test_the_name_pair_beside_the_title(read):
    """Main: the name null (a cell beside the title on its row; past a wide gap on the title's line)."""
    assert _p(read, "name_on_title_row") == ("新宁县崀山景区游步道提升项目", None, 2024)
    assert _p(read, "name_on_title_line") == ("绥宁县森林防火能力提升项目", None, 2024)


def test_a_name_cells_blank_brackets_and_year(read):
    """Main: `新邵县酿溪镇 污水处理厂…`, `【…项目】`, `…项目（2024年度）` with the year null."""
    assert _p(read, "name_spaces") == ("新邵县酿溪镇污水处理厂提标改造工程", None, 2024)
    assert _p(read, "name_lenticular") == ("邵阳市双清区老旧小区改造项目", None, 2024)
    assert _p(read, "name_year_after") == ("隆回县高标准农田建设项目", None, 2024)


def test_a_roman_phase_in_the_titles_name(read):
    """Main: `（II期）`."""
    assert _p(read, "roman_title") == ("城步县城区污水管网改造工程（Ⅱ期）项目", None, None)


def test_a_running_head_naming_the_project_is_no_indicator(read):
    """Main: an indicator `隆回县农村公路危桥改造项目` (6 indicators)."""
    r = read("ct_s52_ti7_running_head.txt")
    assert only_project(r)["name"] == "隆回县农村公路危桥改造项目"
    assert [i["level3"] for i in r.tables["indicators"]] == [
        "改造危桥数量", "交工验收合格率", "完工时间", "群众出行安全", "沿线群众满意度"]


def test_kept_lettered_code_and_body_title_year(read):
    """Right on main (guards)."""
    assert _p(read, "letter_code") == ("洞口县乡村道路安保工程", "SY-DK-2024-0031", 2024)
    p = only_project(read("ct_s52_ti7_dept_year_title.txt"))
    assert (p["name"], p["year"], p["department"]) == ("洞口县学前教育资助项目", 2024, "洞口县教育局")
