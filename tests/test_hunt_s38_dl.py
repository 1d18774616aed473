"""Hunt DL (session 38): departments, units and project lists. The last note's leftovers reproduced (市级 then 县级
主管部门, a second 实施单位 on the row under it, `资金（万元）` beside 实施单位, a bare `城关镇` line in a dump's list, 西城区 as a
place, 数据局 / 工信局 in search, a `采购项目名称` row above the 项目名称, a 乡镇部门整体 批复 notice), then lists and forms
of county and township offices as txt, XLSX and DOCX (tests/fixtures/review/ct_s38_dl_*, made by
tests/fixtures/make_s38_dl.py). Each expectation was written by hand before the run."""
from __future__ import annotations

import datetime
import json

import pytest

from jixiao.search import abbreviates
from normalize.orgs import district, org_kind
from tests.hunt_tools import warning_codes

P = "ct_s38_dl_"


def _p(r):
    assert len(r.tables["projects"]) == 1
    return r.tables["projects"][0]


def _other(p):
    return json.loads(p["other_fields"]) if p["other_fields"] else {}


def _inds(r, p):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]
            if i["project_id"] == p["project_id"]]


# ---------------------------------------------------------------- 1. departments of two levels

@pytest.mark.parametrize("name", ["city_then_county.txt", "county_then_city.txt"])
def test_city_department_over_county_whichever_first(read, name):
    # 市级主管部门 then 县级主管部门 made the county's the department and the city's an other field (省级 then 县级 kept the
    # province's): the higher level is the department, the lower one kept under its label, no unit
    p = _p(read(P + name))
    assert (p["department"], p["unit"]) == ("市农业农村局", None)
    assert _other(p) == {"县级主管部门": "县农业农村局"}


def test_city_county_side_by_side_docx(read):
    p = _p(read(P + "w06_city_county.docx"))
    assert (p["department"], p["unit"]) == ("市水利局", "县水利工程管理站")
    assert _other(p) == {"县级主管部门": "县水利局"}


def test_county_department_alone(read):
    p = _p(read(P + "w15_county_dept_alone.txt"))
    assert (p["department"], p["unit"], p["other_fields"]) == ("县教育局", "县第一幼儿园", None)


# ---------------------------------------------------------------- 2. implementing units

@pytest.mark.parametrize("name, unit", [
    ("second_unit_row.txt", "县农业农村局、县住房和城乡建设局"),
    ("w05_two_units.docx", "县住房和城乡建设局、县水利局")])
def test_second_unit_on_the_row_below(read, name, unit):
    # `实施单位 | 县农业农村局` over `| 县住房和城乡建设局` (the label merged over both): the second unit was lost
    r = read(P + name)
    p = _p(r)
    assert p["unit"] == unit
    assert p["department"] == "县人民政府办公室"
    assert "unparsed_row" not in warning_codes(r)


def test_two_bodies_in_a_list_cell(read):
    ps = read(P + "w13_two_bodies_list.txt").tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"]) for p in ps] == [
        ("农村人居环境整治", "县农业农村局、县财政局", 3000000.0), ("城区绿化提升", "县城市管理局", 1500000.0)]


# ---------------------------------------------------------------- 3. a bare money word

def test_money_beside_the_unit(read):
    # `实施单位 | … | 资金（万元） | 300` over `其中：财政拨款 | 300`: the 300 was an other field, the part 300 元
    r = read(P + "money_beside_unit.txt")
    p = _p(r)
    assert (p["unit"], p["budget_total"], p["budget_fiscal"]) == ("县农村环境服务中心", 3000000.0, 3000000.0)
    assert p["other_fields"] is None
    assert "unplaced_cell" not in warning_codes(r)


def test_money_row_alone(read):
    # `资金（万元） | 300` alone on its row: the project's money, no source line named 资金
    r = read(P + "w16_bare_money_row.txt")
    assert _p(r)["budget_total"] == 3000000.0
    assert r.tables["budget_items"] == []


# ---------------------------------------------------------------- 4. lists cut by headings, places

def test_town_lines_in_a_dump(read):
    # `城关镇` alone on a line between the rows (no tab): the list gave nothing
    ps = read(P + "town_lines.txt").tables["projects"]
    assert [(p["name"], p["unit"], p["budget_total"]) for p in ps] == [
        ("东关村道路硬化项目", "城关镇", 600000.0), ("西关村饮水安全巩固提升项目", "城关镇", 400000.0),
        ("永安村光伏产业项目", "永安乡", 800000.0)]


def test_district_lines_in_a_dump(read):
    # `西城区` / `海淀区` lines: the list gave nothing; a district heads its projects as a township does; 补助金额 is
    # their money (it was an other field)
    r = read(P + "district_lines.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"]) for p in ps] == [
        ("老旧小区综合整治项目", "西城区", 5000000.0), ("背街小巷环境整治项目", "海淀区", 3000000.0)]
    assert _inds(r, ps[0]) == [("产出指标", None, "改造小区数量", "≥3个"), ("效益指标", None, "居民满意度", "≥90%")]


def test_district_headings_merged_xlsx(read):
    ps = read(P + "w10_district_merged.xlsx").tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"]) for p in ps] == [
        ("老旧小区综合整治项目", "海淀区", 5000000.0), ("历史街区保护修缮项目", "东城区", 2000000.0)]


def test_class_heading_lines_give_no_unit(read):
    ps = read(P + "w07_class_lines.txt").tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"]) for p in ps] == [
        ("茶叶产业提质增效项目", "县农业农村局", 1200000.0), ("食用菌基地建设项目", "县农业农村局", 800000.0),
        ("高标准农田建设项目", "县农业农村局", 6000000.0)]


def test_township_merged_headings_xlsx(read):
    ps = read(P + "w02_xmk_merged.xlsx").tables["projects"]
    assert [(p["name"], p["unit"], p["budget_total"]) for p in ps] == [
        ("东关村产业路硬化", "城关镇", 450000.0), ("西关村蔬菜大棚建设", "城关镇", 600000.0),
        ("永安村茶叶加工厂改造", "永安乡", 900000.0)]
    assert _other(ps[0]) == {"建设地点": "东关村"}
    assert ps[0]["overview"] == "硬化产业路1.5公里"   # (建设内容: other_fields before hunt lh, s41)


def test_unit_column_before_headings_docx(read):
    # the 实施单位 column names each project's unit; the township heading does not replace it
    ps = read(P + "w12_list_units.docx").tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"]) for p in ps] == [
        ("东村道路硬化", "城关镇人民政府", 600000.0), ("永安乡茶叶加工厂", "县农业农村局", 1200000.0)]


def test_list_without_goals_stays_unread(read):
    # no goal nor indicator column: a 项目库 of names and money only, no declaration (as before)
    r = read(P + "w11_town_lines_nogoal.txt")
    assert r.tables["projects"] == []


@pytest.mark.parametrize("name, kind", [
    ("西城区文化馆", "unit"), ("东城区图书馆", "unit"), ("西城区人民政府", "department"), ("汝城县文化馆", "unit"),
    ("老城区改造中心", None), ("城区文化馆", None), ("中心城区", None)])
def test_city_district_places(name, kind):
    got = org_kind(name)
    assert (got[1] if got else None) == kind


@pytest.mark.parametrize("name, yes", [("海淀区", True), ("西城区", True), ("汝城县", True), ("重点县", False),
                                       ("其他区", False), ("老城区", False), ("县本级", False), ("全县", False)])
def test_district_names(name, yes):
    assert district(name) is yes


# ---------------------------------------------------------------- 5. short names in search

@pytest.mark.parametrize("short, name, yes", [
    ("数据局", "县大数据发展管理局", True), ("数据局", "县数据资源局", True), ("数据局", "县政务服务和数据管理局", True),
    ("数据局", "县统计局", False), ("数据局", "县数据资源中心", False), ("数据局", "县数字经济发展局", False),
    ("工信局", "县科学技术和工业信息化局", True), ("工信局", "县科技和工业信息化局", True),
    ("工信局", "县工业和信息化局", True), ("工信局", "县经济和信息化局", False), ("工信局", "县工商局", False),
    ("工信局", "县工业园区管理委员会", False), ("科工局", "县科学技术和工业信息化局", True),
    ("人社局", "县人口和社会事务局", False), ("城管局", "县城乡建设管理局", False)])
def test_short_names(short, name, yes):
    assert abbreviates(short, name) is yes


# ---------------------------------------------------------------- 6. forms and lists of other shapes

@pytest.mark.parametrize("name, lines", [
    ("purchase_first.txt", [("办公电脑", 300000.0)]),
    ("purchases_first.txt", [("办公电脑", 300000.0), ("多媒体一体机", 200000.0)])])
def test_purchases_above_the_project_name(read, name, lines):
    # `采购项目名称 | 办公电脑 | 采购预算（万元） | 30` above the 项目名称: a form of its own (办公电脑, 300,000 its total)
    r = read(P + name)
    p = _p(r)
    assert (p["name"], p["budget_year"], p["budget_total"]) == ("县第一中学信息化设备更新项目", 800000.0, None)
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == lines
    assert {(b["kind"], b["group"]) for b in r.tables["budget_items"]} == {("composition", "政府采购")}


def test_town_whole_approval_notice(read):
    # `关于批复2024年度乡镇部门整体支出绩效目标的通知` over `单位名称 | 预算金额 | 年度绩效目标 | 产出指标 …`: nothing
    r = read(P + "town_whole_notice.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_year"]) for p in ps] == [
        (None, "城关镇人民政府", 12000000.0), (None, "永安乡人民政府", 8000000.0)]
    assert ps[0]["goal_annual"] == "保障机关正常运转，完成人居环境整治任务"
    assert _inds(r, ps[1]) == [("产出指标", None, "新增茶园面积", "≥500亩"), ("效益指标", None, "茶农增收", "≥5%"),
                               ("满意度指标", None, "群众满意度", "≥90%")]


def test_whole_list_of_departments_xlsx(read):
    r = read(P + "w14_whole_list.xlsx")
    ps = r.tables["projects"]
    assert [(p["department"], p["unit"], p["budget_year"]) for p in ps] == [
        ("县教育局", None, 56000000.0), (None, "县疾病预防控制中心", 9000000.0)]
    assert [i["level3"] for i in r.tables["indicators"]] == ["义务教育巩固率", "家长满意度", "免疫规划疫苗接种率"]


@pytest.mark.parametrize("name, dept, total, fiscal", [
    ("w01_town_whole.xlsx", "城关镇人民政府", 15000000.0, 14500000.0),
    ("w09_street_whole.txt", "城东街道办事处", 9000000.0, 8800000.0)])
def test_township_whole_forms(read, name, dept, total, fiscal):
    r = read(P + name)
    p = _p(r)
    assert (p["name"], p["department"], p["budget_total"], p["budget_fiscal"]) == (None, dept, total, fiscal)
    assert len(r.tables["indicators"]) == (4 if name.endswith("xlsx") else 2)


def test_town_whole_xlsx_levels(read):
    r = read(P + "w01_town_whole.xlsx")
    assert _inds(r, _p(r)) == [("产出指标", "数量指标", "人居环境整治村数", "≥12个"),
                               ("产出指标", "数量指标", "森林防火巡查次数", "≥48次"),
                               ("产出指标", "时效指标", "任务完成及时率", "100%"),
                               ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]


def test_town_project_form_one_year_period(read):
    # `实施期限 | 2024年`: a period of one whole year, as `2024年度` (docs/SCHEMA.md period_raw)
    p = _p(read(P + "w08_town_project_form.txt"))
    assert (p["department"], p["unit"]) == ("城关镇人民政府", "城关镇村镇建设服务中心")
    assert (p["start_date"], p["end_date"]) == (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    assert (p["budget_year"], p["budget_fiscal"]) == (600000.0, 600000.0)


def test_allocation_notice_gives_nothing(read):
    # `关于下达…补助资金的通知` over its 分配表 (with a 绩效目标 column): an allocation, no declarations (as before)
    assert read(P + "w03_alloc_notice.txt").tables["projects"] == []


def test_target_notice_township_column(read):
    # a `乡镇` column names where the project is done: its unit, as a township heading's (s39 dl; it was kept as an
    # other field, the unit null); `资金（万元）` the money
    r = read(P + "w04_target_notice_towns.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"], _other(p)) for p in ps] == [
        ("东关村产业路硬化", "城关镇", 450000.0, {}), ("永安村茶叶加工厂改造", "永安乡", 900000.0, {})]
    assert _inds(r, ps[0]) == [(None, None, "硬化道路长度", "≥1.5公里"), (None, None, "受益群众满意度", "≥90%")]
