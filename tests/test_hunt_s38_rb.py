"""Review RB (session 38): the Hunt DL rules on other forms (tests/fixtures/review/ct_s38_rb_*). Each expectation was
written by hand before the run."""
from __future__ import annotations

import json

import pytest

from normalize.orgs import district

P = "ct_s38_rb_"


def _ps(r):
    return [(p["name"], p["department"], p["unit"], p["budget_total"], p["budget_year"],
             json.loads(p["other_fields"]) if p["other_fields"] else {}) for p in r.tables["projects"]]


def test_form_with_contact_row_reads(read):
    # main failed it whole: NameError 'heads' in packed_list (the speed merge took the name the 部门整体 test used)
    r = read(P + "unit_contact.txt")
    assert r.document["status"] == "ok"
    assert _ps(r) == [("农村人居环境整治项目", "县人民政府办公室", "县农业农村局", None, 3000000.0, {})]


def test_list_money_head_over_fund_names(read):
    assert _ps(read(P + "list_source_col.txt")) == [
        ("村道硬化项目", None, None, None, None, {"资金": "中央衔接资金"}),
        ("饮水安全项目", None, None, None, None, {"资金": "省级财政资金"})]


@pytest.mark.parametrize("name, n", [("class_headings.txt", 3), ("class_headings.xlsx", 2)])
def test_class_headings_no_unit(read, name, n):
    got = _ps(read(P + name))
    assert [p[0] for p in got] == ["红旗渠灌区节水改造项目", "高标准农田建设项目", "农村饮水巩固提升项目"][:n]
    assert all(p[1] is None and p[2] is None for p in got)
    assert got[0][4] == 5000000.0


@pytest.mark.parametrize("name, names", [
    ("area_headings.txt", ["村道硬化项目", "生态修复项目"]),
    ("oldtown_heading.txt", ["老旧小区综合整治项目", "背街小巷环境整治项目"])])
def test_bare_area_headings_list_read_no_unit(read, name, names):
    got = _ps(read(P + name))
    assert [p[0] for p in got] == names
    assert all(p[1] is None and p[2] is None for p in got)


@pytest.mark.parametrize("name", ["unit_office.txt", "unit_office.docx"])
def test_unit_part_row_no_second_unit(read, name):
    assert _ps(read(P + name))[0][2] == "县农业农村局"


@pytest.mark.parametrize("name, other", [("money_beside_then_total.txt", {"金额（万元）": "50"}),
                                         ("amount_before_total.txt", {"金额（万元）": "30"})])
def test_bare_money_word_not_total_beside_labelled_money(read, name, other):
    p = _ps(read(P + name))[0]
    assert (p[3], p[4], p[5]) == (None, 3000000.0, other)


@pytest.mark.parametrize("name, yes", [("大型灌区", False), ("产粮大县", False), ("国家级贫困县", False),
                                       ("农村地区", False), ("自然保护区", False), ("革命老区", False), ("郊区", False),
                                       ("海淀区", True), ("浦东新区", True), ("阿克苏地区", True), ("龙泉驿区", True)])
def test_district_classes(name, yes):
    assert district(name) is yes


def test_two_forms_on_two_pages_not_joined_across(read):
    # (pages_across joined them: one project named by page 1, its unit and money from page 2)
    got = _ps(read(P + "two_forms_pages.pdf"))
    assert [(p[0], p[1], p[2], p[4]) for p in got] == [
        ("农村人居环境整治项目", "县农业农村局", "县农村环境服务中心", 3000000.0),
        ("校舍维修项目", "县教育局", "县第二中学", 800000.0)]
