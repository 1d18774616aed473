"""Hunt DP (session 37): departments, units and short names. The last note's faults reproduced, then forms whose
主管部门 / 实施单位 cells are messy (stamps, codes, two bodies, several units, 预算单位 / 项目单位 / 填报单位 / 申报单位
labels, a unit cut over two rows, the department in the title only) and an auditor's questions by department on a
small archive (tests/fixtures/review/ct_s37_dp_*). Each expectation was written by hand before the run."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from jixiao.cli import main
from jixiao.search import _closest_bodies, abbreviates
from jixiao.pipeline import process_file
from normalize.orgs import org_kind
from tests.hunt_tools import warning_codes

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _p(r):
    assert len(r.tables["projects"]) == 1
    return r.tables["projects"][0]


def _other(p):
    return json.loads(p["other_fields"]) if p["other_fields"] else {}


# ---------------------------------------------------------------- 1. a county's department beside a province's

@pytest.mark.parametrize("name, dept, label, local", [
    ("ct_s37_dp_prov_county_no_unit.txt", "某省交通运输厅", "县级主管部门", "某县交通运输局"),
    ("ct_s37_dp_prov_local_dept.txt", "某省农业农村厅", "地方主管部门", "某县农业农村局")])
def test_lower_department_is_no_unit(read, name, dept, label, local):
    # 县级主管部门 after 省级主管部门 was the unit (地方主管部门 was not): a department of the county, no implementing unit
    p = _p(read(name))
    assert (p["department"], p["unit"]) == (dept, None)
    assert _other(p) == {label: local}


def test_local_department_alone_is_the_department(read):
    # 地方主管部门 with no other department: the department; 实施单位 | 各乡镇人民政府 many bodies, no unit
    p = _p(read("ct_s37_dp_28_county_local_only.txt"))
    assert (p["department"], p["unit"]) == ("某县农业农村局", None)
    assert _other(p) == {"实施单位": "各乡镇人民政府"}


def test_plural_unit_is_none(read):
    p = _p(read("ct_s37_dp_plural_unit.txt"))
    assert (p["department"], p["unit"]) == ("某县农业农村局", None)
    assert _other(p) == {"实施单位": "各乡镇人民政府"}


# ---------------------------------------------------------------- 2. township headings in a county's list

@pytest.mark.parametrize("name, last", [("ct_s37_dp_township_heads_seq_col.txt", ("永安乡", None)),
                                        ("ct_s37_dp_township_heads_name_col.txt", ("永安乡", None)),
                                        # (the town's government, a body: their department, as `一 | 县农业农村局`)
                                        ("ct_s37_dp_township_heads_with_sums.txt", (None, "永安乡人民政府")),
                                        ("ct_s37_dp_township_heads_merged.xlsx", ("永安乡", None))])
def test_township_headings_are_the_projects_units(read, name, last):
    # a township named as a place heading a county's projects: where they are done, their unit
    ps = read(name).tables["projects"]
    assert [(p["name"], p["unit"], p["department"]) for p in ps] == [
        ("东村道路硬化", "城关镇", None), ("西村饮水安全提升", "城关镇", None), ("永安乡茶叶加工厂", *last)]
    assert [p["budget_year"] or p["budget_total"] for p in ps] == [600000.0, 400000.0, 1200000.0]
    # (the heading was no head of the 序号 column: `一、城关镇` was a key of every project's other_fields)
    assert all("一、城关镇" not in _other(p) for p in ps)


# ---------------------------------------------------------------- 3. a centre named in the file's name

@pytest.mark.parametrize("name, unit", [
    ("农村电商公共服务中心.txt", None), ("游客服务中心.txt", None), ("智慧城市运营指挥中心.txt", None),
    ("县智慧城市运营指挥中心.txt", "县智慧城市运营指挥中心"), ("县便民服务中心.txt", "县便民服务中心"),
    ("县为民服务中心.txt", "县为民服务中心"), ("县应急指挥中心.txt", None)])
def test_centre_in_a_file_name(name, unit):
    r = process_file(str(REVIEW / "ct_s37_dp_files" / name))
    assert _p(r)["unit"] == unit
    assert ("department_from_name" in warning_codes(r)) is (unit is not None)


# ---------------------------------------------------------------- 4. short names

@pytest.mark.parametrize("short, name, yes", [
    ("城管局", "县城乡建设管理局", False), ("市监局", "县市政工程监理局", False), ("人社局", "县人口和社会事务局", False),
    ("城管局", "县城市管理局", True), ("城管局", "县城市管理综合执法局", True), ("城管局", "某市城市管理和综合执法局", True),
    ("市监局", "县市场监督管理局", True), ("人社局", "县人力资源和社会保障局", True), ("县人社局", "宁都县人力资源和社会保障局", True),
    ("交通局", "县交通运输局", True), ("应急局", "县应急管理局", True), ("农业局", "县农业农村局", True),
    ("退役军人局", "县退役军人事务局", True), ("数据局", "县数据资源管理局", True), ("农委", "县农业农村委员会", True),
    ("农委", "县农村工作委员会", False), ("农委", "县农业农村局", False), ("农业局", "县农业机械管理局", False),
    ("交通局", "县交通战备办公室", False), ("应急局", "县应急指挥中心", False), ("数据局", "县大数据管理局", True),
    ("教育局", "县教育和体育局", False), ("林业局", "县林业和草原局", False), ("自然资源局", "县自然资源和规划局", False),
    ("卫健委", "成都市卫生健康委员会", True), ("卫健委", "厦门市卫生健康委员会", True), ("卫健委", "石门县卫生健康委员会", True),
    ("住建局", "阳泉市矿区住房和城乡建设局", True), ("卫健委", "牧区卫生健康委员会", False)])
def test_short_names(short, name, yes):
    assert abbreviates(short, name) is yes


def test_closest_body_of_a_conventional_short_name():
    assert _closest_bodies("人社局", [x for x in ("县人力资源和社会保障局", "县人口和社会事务局")
                                     if abbreviates("人社局", x)]) == ["县人力资源和社会保障局"]


@pytest.mark.parametrize("name, yes", [("厦门市图书馆", True), ("成都市图书馆", True), ("荆门市文化馆", True),
                                       ("石门县图书馆", True), ("某市图书馆", True), ("城市图书馆", False),
                                       ("都市文化馆", False), ("超市文化站", False), ("矿区文化馆", False)])
def test_one_place_pattern_for_bodies(name, yes):
    # (`厦门市` / `成都市` were no place: 门市 / 都市 before 市)
    assert (org_kind(name) is not None) is yes


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    d = tmp_path_factory.mktemp("dp") / "out"
    assert main(["extract", str(REVIEW / "ct_s37_dp_archive"), "-o", str(d), "-q", "-j", "1"]) == 0
    return d


def _search(capsys, out, *args):
    capsys.readouterr()
    assert main(["search", str(out), "", *args, "--kind", "project", "--format", "csv"]) == 0
    return sorted(r["project_name"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out)))


@pytest.mark.parametrize("short, names", [
    ("交通局", ["农村公路养护"]), ("城管局", ["城区道路清扫保洁"]), ("市监局", ["食品安全抽检"]),
    ("人社局", ["职业技能提升培训"]), ("县人社局", ["职业技能提升培训"]), ("应急局", ["森林防火物资储备"]),
    ("农委", ["高标准农田建设"]), ("农业局", []), ("交通", ["农村公路养护"])])
def test_auditor_asks_by_department(out, capsys, short, names):
    assert _search(capsys, out, "--department", short) == names


# ---------------------------------------------------------------- 5. messy department / unit cells

@pytest.mark.parametrize("name, dept, code, unit", [
    ("ct_s37_dp_01_unit_stamp_label.txt", "某县水利局", None, "某县水利工程管理站"),
    ("ct_s37_dp_02_unit_gongzhang.txt", "某县卫生健康局", None, "某县人民医院"),
    ("ct_s37_dp_03_two_depts_one_cell.txt", "某县教育局、某县财政局", None, "某县第一中学"),
    ("ct_s37_dp_04_code_bracket.txt", "某县教育局", "101", "某县第一中学"),
    ("ct_s37_dp_05_code_glued.txt", "某县教育局", "101", "某县第一中学"),
    ("ct_s37_dp_06_several_units.txt", "某县教育局", None, "某县第一中学、某县第二中学、某县实验小学"),
    ("ct_s37_dp_07_budget_and_project_unit.txt", "某县交通运输局", None, "某县公路事务中心"),
    ("ct_s37_dp_08_fill_unit_header.txt", "某县民政局", None, "某县民政局"),
    ("ct_s37_dp_09_apply_unit.txt", "某县农业农村局", None, "某县农业技术推广中心"),
    ("ct_s37_dp_10_unit_two_lines.txt", "某县农业农村局", None, "某县农业农村局农村经营管理站"),
    ("ct_s37_dp_11_dept_title_only.txt", "某县市场监督管理局", None, None),
    ("ct_s37_dp_12_dept_unit_name.txt", "某县审计局", None, None),
    ("ct_s37_dp_13_dept_gaizhang.txt", "某县教育局", None, "某县第一中学"),
    ("ct_s37_dp_14_fill_line_date.txt", None, None, "某县统计局"),
    ("ct_s37_dp_15_fill_and_money_unit.txt", None, None, "某县林业局"),
    ("ct_s37_dp_16_project_unit.txt", "某县住房和城乡建设局", None, "某县城市管理局"),
    ("ct_s37_dp_17_short_names.txt", "县卫健委", None, "县疾控中心"),
    ("ct_s37_dp_18_same_row.txt", "县卫健委", None, "县疾控中心"),
    ("ct_s37_dp_19_stamp_only.txt", None, None, "某县第一中学"),
    ("ct_s37_dp_20_slash.txt", "某县教育局", None, None),
    ("ct_s37_dp_21_tongshang.txt", "某县教育局", None, "某县教育局"),
    ("ct_s37_dp_22_budget_unit_alone.txt", None, None, "某县科学技术局"),
    ("ct_s37_dp_23_colon_line.txt", "某县司法局", None, "某县公共法律服务中心"),
    ("ct_s37_dp_24_level_budget_units.txt", "某县教育局", None, "某县第三中学"),
    ("ct_s37_dp_26_dept_name_sign.txt", "某县商务局", None, "某县电子商务服务中心"),
    ("ct_s37_dp_27_fill_unit_in_table.txt", None, None, "某县应急管理局"),
    ("ct_s37_dp_dept_cell_broken.docx", "某县自然资源和规划局", "118", "某县不动产登记中心")])
def test_messy_owner_cells(read, name, dept, code, unit):
    r = read(name)
    p = _p(r)
    assert (p["department"], p["department_code"], p["unit"]) == (dept, code, unit)
    assert p["budget_year"] or p["budget_total"]
    assert len(r.tables["indicators"]) >= 1
    assert "not_a_form" not in warning_codes(r)       # (14: the 填报单位 line with its date was a notice's line)
