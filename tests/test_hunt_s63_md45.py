"""Mend md45 (session 63) of the read-only review rd63, groups A, B and L1 (hunt pr5's and review rv100's code, unit
and opinion rules firing too wide). Fixtures ct_s63_md45_* from tests/fixtures/review/make_s63_md45.py; each reading
was written down by hand before jixiao was run.

Decided:
- only the project's name label takes a code word after it (`项目名称 编码 | 名称 代码`); a row asking the code alone
  (`项目名称编码 | 34152224R000000456`) gives the project_code, no second project; `单位名称编码 | 341524001` is no unit
  label: kept in other_fields as written (it was dropped);
- a firm's branch is glued onto the firm above only when bare (a place and 分公司, `六安市裕安区分公司`); a branch with
  its own firm's name (`中国电信股份有限公司六安分公司`) is a second body, joined with `、`;
- a stamp's place with a day in Chinese numerals (`二〇二四年三月一日（公章）`) or with the stamping body's name
  (`叶集区财政局（公章）`) is no opinion;
- a span of years or of dates after the name (`农村公路养护工程 2024-2026`) is no project_code;
- a road's stretch between two places (`县城区至机场公路段`) is no body.
"""
from __future__ import annotations

import json

from normalize.orgs import org_kind
from tests.hunt_tools import only_project, other_fields, warning_codes

P = "ct_s63_md45_"


def test_name_code_row_is_the_code(read):
    r = read(P + "name_code_row.txt")
    p = only_project(r)
    assert p["name"] == "霍邱县农村饮水安全巩固提升工程"
    assert p["project_code"] == "34152224R000000456"
    assert p["unit"] == "霍邱县农村供水服务中心"
    assert "no_indicators" not in warning_codes(r)


def test_unit_code_row_kept(read):
    p = only_project(read(P + "unit_code_row.txt"))
    assert p["unit"] == "金寨县公路事业发展中心"
    assert other_fields(p).get("单位名称编码") == "341524001"


def test_branch_with_its_firm_name_is_a_second_body(read):
    p = only_project(read(P + "branch_second_firm.txt"))
    assert p["unit"] == "中国移动通信集团安徽有限公司、中国电信股份有限公司六安分公司"
    # kept: a bare branch under its firm is the rest of the one name
    assert only_project(read(P + "branch_bare.txt"))["unit"] == "中国电信股份有限公司六安市裕安区分公司"


def test_seal_day_or_body_is_no_opinion(read):
    p = only_project(read(P + "seal_day_body.txt"))
    others = other_fields(p)
    for label in ("主管部门审核意见", "财政部门审核意见", "单位意见"):
        assert label not in others, json.dumps(others, ensure_ascii=False)
    # kept: an opinion's words before the stamp's place
    assert others.get("项目单位意见") == "同意申报。"


def test_span_after_name_is_no_code(read):
    years = only_project(read(P + "name_years_after.txt"))
    assert years["project_code"] is None
    assert years["name"] == "农村公路养护工程 2024-2026"
    dates = only_project(read(P + "name_dates_after.txt"))
    assert dates["project_code"] is None
    assert dates["name"].startswith("农村公路养护工程")
    # kept: a code after the name, the label asking it
    coded = only_project(read(P + "name_code_after.txt"))
    assert (coded["name"], coded["project_code"]) == ("农村公路养护工程", "JT-2025-017")


def test_road_stretch_between_places_is_no_body():
    assert org_kind("县城区至机场公路段") is None
    assert org_kind("城关镇到火车站公路段") is None
    # kept: a road body under its place
    assert org_kind("青山县公路管理段") is not None
    assert org_kind("县公路段") is not None
