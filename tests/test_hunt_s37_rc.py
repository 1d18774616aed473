"""Review RC (session 37): the session's department / unit rules (fix-dp) tried on forms other than their own
(tests/fixtures/review/ct_s37_rc_*). Each expectation was written by hand before the run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from normalize.orgs import facility_like, org_kind, township

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _projects(name):
    return [(p["name"], p["department"], p["unit"], json.loads(p["other_fields"]) if p["other_fields"] else {})
            for p in process_file(str(REVIEW / name)).tables["projects"]]


@pytest.mark.parametrize("name, proj, dept, unit", [
    ("ct_s37_rc_tongshang_project_unit.txt", "校舍维修", "某县教育局", "某县第一中学"),
    ("ct_s37_rc_tongshang_apply_unit.txt", "水库除险加固", "某县水利局", "某县水库管理站"),
    ("ct_s37_rc_prov_county_tongshang.txt", "动物防疫补助", "某省农业农村厅", "某县农业农村局")])
def test_tongshang_is_the_unit_above(name, proj, dept, unit):
    # `实施单位 | 同上` under a 项目单位 / 申报单位 / 县级主管部门 row: that body (the fix-dp rule gave the department's name,
    # the province's under a 县级主管部门)
    [(n, d, u, _)] = _projects(name)
    assert (n, d, u) == (proj, dept, unit)


def test_classes_of_towns_are_no_unit():
    # `一、中心镇` / `二、一般乡镇`: sections of the list, no town (fix-dp made them the units; the start read the first
    # as a second head row, `{"一、中心镇": "1"}` in every project)
    got = _projects("ct_s37_rc_town_classes.txt")
    assert [(n, u, o) for n, _, u, o in got] == [("东村道路硬化", None, {}), ("西村饮水安全提升", None, {})]
    # (建设内容 is the project's overview since hunt lh, s41: it was kept in other_fields)
    assert [p["overview"] for p in process_file(str(REVIEW / "ct_s37_rc_town_classes.txt")).tables["projects"]] == [
        "硬化道路2公里", "铺设管网3公里"]


def test_a_heading_of_no_body_ends_a_town():
    got = _projects("ct_s37_rc_town_then_class.txt")
    assert [(n, u) for n, _, u, _ in got] == [("东村道路硬化", "城关镇"), ("县城路灯改造", None)]


@pytest.mark.parametrize("name, yes", [("中心镇", False), ("重点镇", False), ("一般乡镇", False), ("重点街道", False),
                                       ("建制镇", False), ("城关镇", True), ("永安乡", True), ("城东街道", True),
                                       ("某县城关镇", True), ("老城街道", True)])
def test_township_classes(name, yes):
    assert township(name) is yes


# ---------------------------------------------------------------- both trees wrong, fixed

def test_list_unit_column_plural_and_tongshang():
    # a list's 实施单位 column: `各乡镇人民政府` many bodies (kept under the head, as a form's 实施单位 is), `同上` the row
    # above's unit (both were the unit as written)
    got = _projects("ct_s37_rc_plural_list_col.txt")
    assert [(n, u, o.get("实施单位")) for n, _, u, o in got] == [("村庄道路硬化", None, "各乡镇人民政府"),
                                                               ("茶叶加工厂", "某县农业农村局", None)]
    got = _projects("ct_s37_rc_tongshang_list.txt")
    assert [u for _, _, u, _ in got] == ["某县第一中学", "某县第一中学", "某县第二中学"]


def test_market_centre_file_name_is_no_unit():
    # `东门市场`, `农贸市场`: a market, no place (`门市` / `贸市` before 场 were read as 门市 / a city)
    [(_, d, u, _)] = _projects("ct_s37_rc_files/东门市场管理服务中心.txt")
    assert (d, u) == (None, None)
    assert facility_like("农贸市场服务中心") and not facility_like("某市市场服务中心")
    assert org_kind("厦门市图书馆") == ("厦门市图书馆", "unit")


def test_tongshang_with_no_body_above_names_no_unit(read):
    # `实施单位 | 同上` on the form's first row, the 主管部门 cell empty: no body to repeat, so no unit (was `同上`)
    p = read("ct_s37_end_tongshang_nothing_above.txt").tables["projects"]
    assert [(x["name"], x["department"], x["unit"]) for x in p] == [("乡村道路养护", None, None)]
