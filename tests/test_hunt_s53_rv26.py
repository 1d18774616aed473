"""Review rv26 (session 53) of hunt ti8 (titles): letterheads, running heads, division codes, a title's body before
its project. Fixtures ct_s53_rv26_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s53_rv26.py);
each reading was written down by hand before jixiao was run.

Decided:
- a title's words before its project's name are its filer (title_org's rule of ti8, `洞口县教育局学生资助项目…`) only
  when they name a government body of a place (`洞口县教育局`, `县教育局`, `湖南省教育厅`): `教育局长培训项目` (a
  training of bureau heads), `教师办公室改造项目` (a room) name no body — no department, the name whole (ti8 gave
  `教育局` / `教师办公室` the department);
- a 村民委员会 / 居民委员会 (a village's or a neighbourhood's own committee, no government body) before a project's
  name is a word of the name: `村民委员会办公楼建设项目` whole (it was `办公楼建设项目`, since hunt fam4);
- six digits of a division's code before the name under a label asking the name and its code (`项目名称及编码 |
  430525 学生资助项目`) are the project code the form gives (as a day's digits are there, review rv12; ti8 kept them as
  a 行政区划代码, no code).
Kept (right on main, guards): two forms under the same printed title with no page break between (the second title is
no running head of the first's table: two forms, each its year and indicators); the first form's 实施单位 alone on the
line over the second form's title (no letterhead of the second: no department); a county's name alone over the title
(no body); six digits under a `项目编码` label (the project code the form gives, no division code).
"""
from __future__ import annotations

from tests.hunt_tools import only_project


def _p(read, name):
    p = only_project(read(f"ct_s53_rv26_{name}.txt"))
    return p["name"], p["project_code"], p["year"], p["department"], p["unit"]


def test_no_body_of_a_place_before_the_project_is_no_filer(read):
    """Main (ti8): the department `教育局`, `教师办公室`."""
    assert _p(read, "title_bureau_heads") == ("教育局长培训项目", None, 2024, None, "洞口县教师进修学校")
    assert _p(read, "title_teachers_office") == ("教师办公室改造项目", None, 2024, None, "洞口县第一中学")


def test_a_village_committee_is_a_word_of_the_name(read):
    """Main: the name `办公楼建设项目`."""
    assert _p(read, "title_village_committee") == ("村民委员会办公楼建设项目", None, 2024, None, "洞口县高沙镇人民政府")


def test_two_forms_under_the_same_title(read):
    """Right on main (guard)."""
    r = read("ct_s53_rv26_same_title_two_forms.txt")
    assert [(p["name"], p["year"], p["department"]) for p in r.tables["projects"]] == [
        ("农村公路养护项目", 2024, "洞口县交通运输局"), ("学生资助项目", 2024, "洞口县教育局")]
    assert len(r.tables["indicators"]) == 8


def test_no_letterhead_from_a_sign_off_or_a_county(read):
    """Right on main (guards)."""
    r = read("ct_s53_rv26_signoff_over_next_title.txt")
    assert [(p["name"], p["department"], p["unit"]) for p in r.tables["projects"]] == [
        ("农村公路养护项目", "洞口县交通运输局", "洞口县公路建设养护中心"), ("学生资助项目", None, "洞口县学生资助管理中心")]
    assert _p(read, "county_over_title") == ("学生资助项目", None, 2024, None, "洞口县学生资助管理中心")


def test_six_digits_under_a_code_label_are_the_code(read):
    """Right on main (guard)."""
    assert _p(read, "code_label_six_digits") == ("学生资助项目", "430525", 2024, "洞口县教育局", "洞口县学生资助管理中心")


def test_six_digits_under_a_label_asking_the_name_and_code_are_the_code(read):
    """Main (ti8): no project code, the digits kept as a 行政区划代码."""
    assert _p(read, "name_and_code_label") == ("学生资助项目", "430525", 2024, "洞口县教育局", "洞口县学生资助管理中心")
