"""Hunt pd11 (session 65): digital PDFs of page shapes the fixtures had not (tests/fixtures/review/ct_s65_pd11_*,
made with reportlab by tests/fixtures/review/make_s65_pd11.py). Each reading was written down by hand before the
run: the project's name, year and money, the indicators (count, levels, op / value / unit) and their pages.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SAT = "服务对象满意度指标"
W = 10000.0
LIGHT = [(P, N, "维护路灯数量", ">=", 8600.0, "盏"), (P, Q, "路灯亮灯率", ">=", 98.0, "%"),
         (E, "社会效益指标", "夜间出行安全保障", None, None, None), (S, SAT, "市民满意度", ">=", 90.0, "%")]
WATER = [(P, N, "新建改造农村供水管网长度", ">=", 35.0, "公里"), (P, N, "受益农村人口", ">=", 1.8, "万人"),
         (P, Q, "水质检测达标率", ">=", 95.0, "%"), (P, T, "工程完工时间", None, None, None),
         (P, C, "每公里管网建设成本", "<=", 300000.0, "元"), (E, "社会效益指标", "农村集中供水率", ">=", 90.0, "%"),
         (E, "可持续影响指标", "工程设计使用年限", ">=", 20.0, "年"), (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
FILL = [(P, N, f"第{k}片区新建供水管网长度", ">=", float(k + 1), "公里") for k in range(1, 21)]


def _who(p):
    return (p["name"], p["year"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


LIGHT_WHO = ("城市道路照明设施维护", 2025, "某县城市管理局", "某县路灯管理所", 260 * W, 260 * W, 0.0)
WATER_WHO = ("农村饮水安全巩固提升工程", 2025, "某县水利局", "某县农村供水管理站", 1250 * W, 1100 * W, 150 * W)


def _two_pages(r):
    """LONG over two pages: one project on page 1, 28 indicators, page 1 then page 2 in order, the last on 2."""
    p = only_project(r)
    assert _who(p) == WATER_WHO and p["page"] == 1
    assert indicator_targets(r) == FILL + WATER
    pages = [i["page"] for i in r.tables["indicators"]]
    assert pages[0] == 1 and pages[-1] == 2 and pages == sorted(pages)
    assert warning_codes(r) == []


def test_head_row_repeated_on_page_two(read):
    """Guard (read right on main): the head `一级指标 | 二级指标 | 三级指标 | 指标值` printed again on page 2 over the
    table's rest: no indicator of it, the rows under it the form's (in their blocks: 产出指标 / 数量指标 go on)."""
    r = read("ct_s65_pd11_head_repeat.pdf")
    _two_pages(r)
    assert not any("指标" == (i["level3"] or "")[-2:] and i["op"] is None for i in r.tables["indicators"])


def test_page_numbers_at_the_foot(read):
    """Guard (read right on main): `第 1 页 共 2 页` at each page's foot, the table running over the break: in no
    cell, no field, no warning."""
    r = read("ct_s65_pd11_page_numbers.pdf")
    _two_pages(r)
    p = only_project(r)
    assert not any("页" in str(v) for v in list(p.values()) + list(other_fields(p).values()))
    assert not any("页" in str(v) for i in r.tables["indicators"] for v in i.values())


@pytest.mark.parametrize("stem", ["mixed_rules", "mixed_rules_b"])
def test_rule_less_block_beside_a_ruled_table(read, stem):
    """The fields in columns with no rule over a ruled indicator table (`mixed_rules`), or ruled fields over a
    rule-less table (`_b`): both read, the goal whole, four indicators on page 1 (main: no budget_year, the line
    `项目资金（万元） 年度资金总额 260.00` left as text; no indicator, the rule-less table read as lines)."""
    r = read(f"ct_s65_pd11_{stem}.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO
    assert p["goal_annual"] == "维护城区路灯8600盏，亮灯率保持98%以上。"
    assert indicator_targets(r) == LIGHT
    assert {i["page"] for i in r.tables["indicators"]} == {1}


def test_form_turned_on_a_portrait_page(read):
    """Guard (read right on main): a portrait page, no /Rotate, the form drawn turned a quarter (text running up):
    read upright."""
    r = read("ct_s65_pd11_turned.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO and p["title"] == "项目支出绩效目标表"
    assert indicator_targets(r) == LIGHT
    assert {i["page"] for i in r.tables["indicators"]} == {1}


def test_each_glyph_drawn_alone(read):
    """Guard (read right on main): labels spread over their cells (`项 目 名 称`), values set 4 points apart
    (`2 6 0 . 0 0`): the words joined."""
    r = read("ct_s65_pd11_spaced.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO
    assert p["goal_annual"] == "维护城区路灯8600盏，亮灯率保持98%以上。"
    assert indicator_targets(r) == LIGHT
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥8600盏", "≥98%", "有效保障", "≥90%"]


def test_every_cell_spread_over_its_width(read):
    """Every short cell spread over its cell (分散对齐), the blanks wider than a glyph: `某 县 路 灯 管 理 所`, `2 6 0 . 0 0`,
    `≥ 8 6 0 0 盏` read as written with no blank (main: the unit spaced, no money, the level names and targets
    spaced, no op or value)."""
    r = read("ct_s65_pd11_spread.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO
    assert indicator_targets(r) == LIGHT
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥8600盏", "≥98%", "有效保障", "≥90%"]


def test_cell_overflowing_into_the_next_rows_cell(read):
    """A cell's last line printed past its row's bottom rule at the top of the next row's cell, that cell's own text
    centred lower: the line back with its cell (hunt pd15, extract.pdf `_keep_overflow_up`; an xfail until then)."""
    r = read("ct_s65_pd11_overflow.pdf")
    assert [i["level3"] for i in r.tables["indicators"]][1:3] == ["维修改造工程竣工验收一次性合格率", "项目完成时间"]


def test_overflow_leaves_the_other_rows(read):
    """Guard (read right on main): the overflowing row aside, the form reads: its name, money, 5 indicators on page
    1, the rows' targets."""
    r = read("ct_s65_pd11_overflow.pdf")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_year"]) == ("中小学校舍维修改造及安全隐患整治项目", 2025, 860 * W)
    rows = r.tables["indicators"]
    assert [(i["level2"], i["op"], i["value"], i["unit"]) for i in rows] == [
        (N, ">=", 32.0, "所"), (Q, "=", 100.0, "%"), (T, None, None, None), ("社会效益指标", "=", 100.0, "%"),
        (SAT, ">=", 90.0, "%")]
    assert rows[3]["level3"] == "校舍安全隐患整改到位率（按排查台账逐项销号）"
    assert {i["page"] for i in rows} == {1}


def test_sign_off_block_and_seal_under_the_form(read):
    """The form, then `单位负责人（签字）：张建国  财务负责人（签字）：李红` and `填表人：王小明  联系电话：0371-65432198  填报日期：…`
    under a seal (an image): the indicators the form's eight, the filler the contact with the phone, the sign-off's
    people in other_fields (main: none, `财务负责人（签字）：` nine characters, no next pair)."""
    r = read("ct_s65_pd11_signature.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO
    assert indicator_targets(r) == WATER
    assert (p["contact"], p["phone"]) == ("王小明", "0371-65432198")
    of = other_fields(p)
    assert (of.get("单位负责人"), of.get("财务负责人")) == ("张建国", "李红")
    assert "unparsed_row" not in warning_codes(r)
