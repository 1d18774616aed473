"""Hunt LM (session 39): money in lists and forms, the reviewers' leftovers — a list's `资金来源（万元）` over `中央 | 省级 |
县级` with no total column, a money block's head over stages (`下达数 | 已拨付数`), a 支出明细 table's 数量 and 单价 columns
(tests/fixtures/review/ct_s39_lm_*; the .xlsx made by tests/fixtures/make_s39_lm.py). Each expectation was written by
hand before the run."""
from __future__ import annotations

import json

from tests.hunt_tools import only_project, warning_codes

P = "ct_s39_lm_"


def _ps(r, *cols):
    return [tuple(p[c] for c in cols) for p in r.tables["projects"]]


def _lines(r):
    return [(b["name"], b["amount"], b["price"], b["quantity"], b["kind"]) for b in r.tables["budget_items"]]


def _other(p):
    return json.loads(p["other_fields"]) if p["other_fields"] else {}


# ---------------------------------------------------------------- lists: a money block's head over its parts

def test_list_source_levels_txt(read):
    # main: no money at all, other_fields {"中央": "80", "省级": "15", "县级": "5"} (the 资金来源 head had no role)
    r = read(P + "list_levels.txt")
    assert _ps(r, "name", "unit", "budget_total", "budget_fiscal", "goal_annual") == [
        ("柳溪村肉牛养殖小区建设项目", "柳溪镇人民政府", 1000000.0, 1000000.0, "新建标准化牛舍2000平方米，带动脱贫户30户"),
        ("石门村灌溉渠道维修项目", "石门乡人民政府", 400000.0, 400000.0, "维修灌溉渠道4.5公里，改善灌溉面积800亩")]
    assert [_other(p) for p in r.tables["projects"]] == [
        {"中央（万元）": "80", "省级（万元）": "15", "县级（万元）": "5"}, {"中央（万元）": "30", "县级（万元）": "10"}]


def test_list_source_levels_xlsx(read):
    # main: no money, other_fields {"建设地点": "青山村", "中央": "20", "县级": "5"} (merged 资金来源（万元） over the three)
    r = read(P + "list_levels.xlsx")
    assert _ps(r, "name", "budget_total", "budget_fiscal") == [("青山村光伏电站运维项目", 250000.0, 250000.0),
                                                               ("龙潭村产业道路硬化项目", 600000.0, 600000.0)]
    assert [_other(p) for p in r.tables["projects"]] == [
        {"建设地点": "青山村", "中央（万元）": "20", "县级（万元）": "5"},
        {"建设地点": "龙潭村", "中央（万元）": "50", "省级（万元）": "10"}]


def test_list_money_block_over_stages_not_summed(read):
    # main: no money, other_fields {"下达数": "120", "已拨付数": "60"}. 下达数 | 已拨付数 are two measures of one sum (the
    # rb rule): not parts, nothing summed (120 + 60 would be 180); the first the project's money, no fiscal split
    r = read(P + "list_stages.txt")
    assert _ps(r, "name", "budget_total", "budget_fiscal") == [("东坪村道路硬化项目", 1200000.0, None),
                                                               ("西河村饮水安全巩固提升项目", 450000.0, None)]


# ---------------------------------------------------------------- 支出明细 | 数量 | 单价 | 金额

def test_detail_price_per_thing_in_yuan(read):
    # main: price 5,000,000 and 150,000,000 元 (单价（元/套） read in the table's 万元); 500 and 15000 元 a set
    r = read(P + "detail_per_unit.xlsx")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (600000.0, 600000.0, 0.0)
    assert _lines(r) == [("学生课桌椅", 300000.0, 500.0, 600.0, "composition"),
                         ("多媒体教学设备", 300000.0, 15000.0, 20.0, "composition")]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_detail_quantity_is_no_amount(read):
    # main already right: 数量 a count, 单价（元） in 元, 金额（万元） the line's amount
    r = read(P + "detail_qty_price.txt")
    assert _lines(r) == [("电子琴", 90000.0, 3000.0, 30.0, "composition"),
                         ("图书", 150000.0, 50.0, 3000.0, "composition"),
                         ("体育器材", 120000.0, 2000.0, 60.0, "composition")]
    assert only_project(r)["budget_year"] == 360000.0


def test_detail_no_units_in_block_unit(read):
    # main already right: no unit in the table's heads, the 万元 block's above (the lines add up to its 180)
    r = read(P + "detail_no_units.txt")
    assert _lines(r) == [("波形护栏（米）", 600000.0, 200.0, 3000.0, "composition"),
                         ("警示标志（块）", 600000.0, 1500.0, 400.0, "composition"),
                         ("减速带（处）", 600000.0, 5000.0, 120.0, "composition")]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_form_levels_are_source_lines(read):
    # main already right (the form's reading the list now follows): 中央 | 省级 | 县级 source lines, budget_fiscal all
    r = read(P + "form_levels.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (960000.0, 960000.0)
    assert _lines(r) == [("中央", 400000.0, None, None, "source"), ("省级", 200000.0, None, None, "source"),
                         ("县级", 360000.0, None, None, "source")]


def test_rb_known_fault_source_head_now_read(read):
    # main: no money (rb kept it as a known fault), other_fields {"中央资金": "100", "省级资金": "50", "县级资金": "20"}
    r = read("ct_s39_rb_parts_source_head.txt")
    assert _ps(r, "name", "budget_total", "budget_fiscal") == [("农村人居环境整治项目", 1700000.0, 1700000.0),
                                                               ("村级综合服务设施项目", 500000.0, 500000.0)]
    assert _other(r.tables["projects"][1]) == {"中央资金（万元）": "40", "县级资金（万元）": "10"}


def test_execution_head_over_fields_no_group(read):
    # a regression the first snapshot caught (not on main): `预算执行情况` over `预算数 | 执行数 | 执行率` lost its
    # execution_rate when read as a money group; each sub-head is its own field
    r = read("ct_s36_gs_results_two_row_heads.txt")
    assert [p["execution_rate"] for p in r.tables["projects"]] == [1.0, 0.95, 0.8421]
