"""Hunt CC (indicator tables with many columns, as sector departments and the central framework write them: the
operator, the unit, the direction, the weight, the year's and the medium-term values each in a column of its own):
tests/fixtures/review/ct_s35_cc_*."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _targets(t, horizon=None):
    return [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["weight"])
            for i in t["indicators"] if horizon is None or i["horizon"] == horizon]


@pytest.mark.parametrize("ext", ["txt", "xlsx", "docx"])
def test_year_and_medium_term_heads_each_over_sign_value_unit(ext):
    """`年度指标值` and `中期指标值` each over `指标性质 | 指标值 | 度量单位` (a two-row head): the medium-term group's parts
    took the table's operator, value and unit columns, so every target was the medium-term one, the year's cells were
    `unplaced_cell`s (16) and the level columns were shifted (`购置学生课桌椅 | = | 套` as levels)."""
    r = _review(f"ct_s35_cc_two_groups_annual_mid.{ext}")
    assert r.document["status"] == "ok"
    t = r.tables
    assert [i["level1"] for i in t["indicators"] if i["horizon"] == "annual"] == \
        ["产出指标"] * 4 + ["效益指标", "满意度指标"]
    assert _targets(t, "annual") == [
        ("改造校舍面积", "≥6000平方米", ">=", 6000.0, "平方米", 20.0),
        ("购置学生课桌椅", "=1200套", "=", 1200.0, "套", 10.0),
        ("工程验收合格率", "=100%", "=", 100.0, "%", 20.0),
        ("生均改造成本", "≤5000元/生", "<=", 5000.0, "元/生", 10.0),
        ("大班额比例", "≤5%", "<=", 5.0, "%", 20.0),
        ("师生满意度", "≥90%", ">=", 90.0, "%", 20.0)]
    assert [x[1:5] for x in _targets(t, "long_term")] == [
        ("≥18000平方米", ">=", 18000.0, "平方米"), ("=3600套", "=", 3600.0, "套"), ("=100%", "=", 100.0, "%"),
        ("≤5000元/生", "<=", 5000.0, "元/生"), ("≤2%", "<=", 2.0, "%"), ("≥95%", ">=", 95.0, "%")]
    codes = [w["code"] for w in t["warnings"]]
    assert "unplaced_cell" not in codes
    assert "weights_not_100" not in codes          # (each row's weight counted once, not with its medium-term record)


def test_medium_term_records_do_not_double_the_weights():
    """`年度目标值（2024年） | 中期目标值（2024-2026年） | … | 权重`: the weights add up to 100 over the year's records; the
    medium-term records carry the same weight and were counted too (`the weights add up to 200`)."""
    r = _review("ct_s35_cc_mid_annual_weights.xlsx")
    t = r.tables
    assert _targets(t, "annual")[0] == ("补贴发放人数", "≥3200人", ">=", 3200.0, "人", 30.0)
    assert _targets(t, "long_term")[0] == ("补贴发放人数", "≥3300人", ">=", 3300.0, "人", 30.0)
    assert "weights_not_100" not in [w["code"] for w in t["warnings"]]


def test_money_unit_in_the_value_and_the_unit_column():
    """`≤ | 1.2万元 | 万元/张`: the value's own 万元 and the unit column's `万元/张` were joined (`1.2万元万元/张`: value 1.2,
    unit `万元万元/张`); the unit column completes the value's: 12,000 元/张."""
    r = _review("ct_s35_cc_money_unit_twice.txt")
    got = {i["level3"]: (i["target_raw"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]}
    assert got["床位建设补助"] == ("≤1.2万元/张", "<=", 12000.0, "元/张")
    assert got["新增养老床位"] == ("≥300张", ">=", 300.0, "张")
    assert got["护理型床位占比"] == ("≥55%", ">=", 55.0, "%")


@pytest.mark.parametrize("ext", ["txt", "docx"])
def test_an_unnamed_column_of_operators_is_the_operator_column(ext):
    """`比较方式 | 本年指标值 | 上年指标值 | 计量单位`: `不低于` / `不高于` / `等于` under a head no synonym names were
    notes (`比较方式：不低于`) and every target `=`; a column whose every cell is an operator is the operator's."""
    r = _review(f"ct_s35_cc_compare_column.{ext}")
    t = r.tables
    assert [x[:5] for x in _targets(t)] == [
        ("培训专业教师人次", "不低于300人次", ">=", 300.0, "人次"),
        ("毕业生双证书获取率", "不低于90%", ">=", 90.0, "%"),
        ("生师比", "不高于18", "<=", 18.0, None),
        ("生均公用经费", "等于1500元/生·年", "=", 1500.0, "元/生·年"),
        ("毕业生就业率", "不低于95%", ">=", 95.0, "%"),
        ("用人单位满意度", "不低于90%", ">=", 90.0, "%")]
    assert [i["weight"] for i in t["indicators"]] == [20.0, 20.0, 10.0, 10.0, 20.0, 20.0]
    # (last year's bare figure with the row's 计量单位: session 36, hunt OL)
    assert t["indicators"][0]["note"] == "上年指标值：260人次"


def test_a_direction_word_is_noted_under_its_own_head():
    """`指标类型 | 指标方向 | 年度目标值`: the 指标方向 column's `正向` was noted `指标性质：正向`, a head the form does not
    have; the note names the column the word is under."""
    r = _review("ct_s35_cc_direction_head_note.txt")
    t = r.tables
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["core"], i["note"]) for i in t["indicators"]]
    assert got[0] == ("开通城乡客运线路", ">=", 28.0, "条", True, "指标类型：定量；指标方向：正向")
    assert got[2] == ("安全责任事故", "<=", 0.0, "起", False, "指标类型：定量；指标方向：反向")
    assert got[4][1:3] == (None, None) and got[4][5] == "指标类型：定性；指标方向：正向"


def test_an_equals_sign_column_before_a_range():
    """`= | 90-95 | %` (the 指标性质 column's `=` before a range under 指标值): `=90-95%` was op `=` with no value; the
    range it states is read (`range` 90–95 %), as `90-95%` is."""
    r = _review("ct_s35_cc_eq_range.txt")
    got = {i["level3"]: (i["target_raw"], i["op"], i["value"], i["value_max"], i["unit"]) for i in r.tables["indicators"]}
    assert got["强制免疫密度"] == ("=90-95%", "range", 90.0, 95.0, "%")
    assert got["疫情处置时限"] == ("≤24小时", "<=", 24.0, None, "小时")
    assert got["重大动物疫情发生"] == ("=0起", "=", 0.0, None, "起")


@pytest.mark.parametrize("raw, want", [("=90-95%", ("range", 90.0, 95.0, "%")), ("＝2～4小时", ("range", 2.0, 4.0, "小时")),
                                       ("≥90-95%", (">=", None, None, None))])
def test_split_target_equals_before_a_range(raw, want):
    from normalize.targets import split_target
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit) == want
