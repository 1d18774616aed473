"""Review rv31 (session 54) of hunt ti9 (titles, letterheads, departments). Fixtures ct_s54_rv31_* (text dumps from
tests/fixtures/review/make_s54_rv31.py); each reading was written down by hand before jixiao was run.

Decided:
- a joint 两办 letterhead, `中共洞口县委办公室` over `洞口县人民政府办公室` over the number: both bodies the 发文机关 and
  no department (a joint paper: whose form, not plain). Main: the party's office, opening with `中共` and not the
  place, was no co-issuer: the government's office alone the issuer and the department. A party committee itself
  (`中共洞口县委` over `洞口县教育局`) is a header, as a government is (a guard: the bureau's alone);
- a second paper in one dump, its letterhead over its number over its title under the first form's sign-off (body
  and day): the letterhead and number are the second form's (a number is no sign-off's): department
  `洞口县教育局`, its 发文机关 / 发文字号 kept. Main: both lines stayed in the first form, the number an indicator
  (target_missing), the second's department null;
- a day between the number and the title (`洞教发〔2024〕12号` / `2024年3月15日` / title): the number is the paper's
  still (main: 发文机关 / 发文字号 lost; the department read already);
- a seal's note and a blank day after a body's name (`…中心（盖章）    年  月  日`): neither part of the name, no
  fill_date (main: kept in the unit).
Kept (guards, right on main): bodies ending in 办公室 with no place (`党委办公室`, `人大常委会办公室`, `县委办公室`,
`防汛抗旱指挥部办公室`) are departments; `县邮政分公司` is none (a company); such an office as a letterhead over a number
or a day is the department; `主管部门 | 县委办公室` as written; a period after a unit's name gives no fill_date; a whole
or a cut 主管部门 over a separate value under it (`局属单位`) is not glued to it; a cut 实施单位 beside the 主管部门 pair
is joined; a letterhead over a number over the title and a subtitle.
"""
from __future__ import annotations

import pytest

from normalize.orgs import org_kind
from tests.hunt_tools import only_project, other_fields, warning_codes


def _p(read, name):
    p = only_project(read(f"ct_s54_rv31_{name}.txt"))
    return p["name"], p["year"], p["department"], p["unit"]


def _issued(read, name):
    of = other_fields(only_project(read(f"ct_s54_rv31_{name}.txt")))
    return of.get("发文机关"), of.get("发文字号")


@pytest.mark.parametrize("name, kind", [
    ("党委办公室", "department"), ("人大常委会办公室", "department"), ("县委办公室", "department"),
    ("防汛抗旱指挥部办公室", "department"), ("中共洞口县委办公室", "department"), ("县人民医院办公室", None),
    ("县邮政分公司", None), ("洞口县邮政管理局", "department"), ("党政综合办公室", None)])
def test_offices_that_are_bodies(name, kind):
    """Right on main (guards)."""
    got = org_kind(name)
    assert (got[1] if got else None) == kind


def test_an_office_letterhead_over_a_number(read):
    assert _p(read, "flood_office_letterhead") == ("防汛抗旱工作经费项目", 2024, "洞口县防汛抗旱指挥部办公室",
                                                   "洞口县水旱灾害防御事务中心")
    assert _issued(read, "flood_office_letterhead") == ("洞口县防汛抗旱指挥部办公室", "洞防办发〔2024〕5号")


def test_an_office_letterhead_over_a_day(read):
    assert _p(read, "congress_office_letterhead") == ("人大代表履职保障项目", 2024, "洞口县人大常委会办公室",
                                                      "洞口县人大常委会机关服务中心")


def test_a_party_office_as_department(read):
    assert _p(read, "party_office_department")[2:] == ("县委办公室", "县委机关事务服务中心")


def test_a_seal_and_a_blank_day_after_the_names(read):
    """Main: unit `洞口县学生资助管理中心（盖章） 年 月 日`."""
    p = only_project(read("ct_s54_rv31_stamp_no_date.txt"))
    assert (p["department"], p["unit"], p["fill_date"]) == ("洞口县教育局", "洞口县学生资助管理中心", None)


def test_a_period_after_the_unit_is_no_fill_date(read):
    assert only_project(read("ct_s54_rv31_unit_period_after.txt"))["fill_date"] is None


def test_a_separate_value_under_the_department_is_not_glued(read):
    assert _p(read, "department_then_separate")[2:] == ("洞口县教育局", "洞口县学生资助管理中心")
    # a cut name over a word that makes no body with it: as written, the word not taken in
    assert _p(read, "department_cut_separate")[2:] == ("湖南省洞口县教育", "洞口县学生资助管理中心")


def test_a_cut_unit_beside_the_department_pair(read):
    assert _p(read, "unit_cut_first_pair")[2:] == ("洞口县教育局", "洞口县学生资助管理中心")


def test_a_letterhead_a_number_a_title_and_a_subtitle(read):
    assert _p(read, "letterhead_docno_subtitle") == ("学生资助项目", 2024, "洞口县教育局", "洞口县学生资助管理中心")
    assert _issued(read, "letterhead_docno_subtitle") == ("洞口县教育局", "洞教发〔2024〕12号")


def test_a_number_over_a_day_over_the_title(read):
    """Main: 发文机关 / 发文字号 lost (the department read)."""
    assert _p(read, "letterhead_docno_date")[2] == "洞口县教育局"
    assert _issued(read, "letterhead_docno_date") == ("洞口县教育局", "洞教发〔2024〕12号")


def test_a_second_papers_letterhead_under_the_first_form(read):
    """Main: the second's department null, its number an indicator of the first (target_missing)."""
    r = read("ct_s54_rv31_two_forms_second_letterhead.txt")
    assert [(p["name"], p["department"]) for p in r.tables["projects"]] == [
        ("防汛抗旱工作经费项目", "洞口县水利局"), ("学生资助项目", "洞口县教育局")]
    assert "target_missing" not in warning_codes(r)
    of = other_fields(r.tables["projects"][1])
    assert (of.get("发文机关"), of.get("发文字号")) == ("洞口县教育局", "洞教发〔2024〕12号")
    assert not any("洞教发" in (i["level3"] or "") for i in r.tables["indicators"])


def test_a_joint_two_offices_letterhead(read):
    """Main: 发文机关 `洞口县人民政府办公室` alone, the department it."""
    assert _p(read, "joint_two_offices")[2] is None
    assert _issued(read, "joint_two_offices") == ("中共洞口县委办公室、洞口县人民政府办公室", "洞办发〔2024〕8号")


def test_a_party_committee_over_a_letterhead_is_a_header(read):
    """Right on main (guard)."""
    assert _p(read, "party_committee_header")[2] == "洞口县教育局"
    assert _issued(read, "party_committee_header") == ("洞口县教育局", "洞教发〔2024〕12号")
