"""Hunt ly2 (session 55): layouts not yet seen. Fixtures ct_s55_ly2_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s55_ly2.py); each reading was written down by hand before jixiao was run.

Decided:
- a self-evaluation whose 年度指标值 and 实际完成值 each have a 单位 column of their own (`≥12 | 所 | 12 | 所`): the
  second 单位 is the actual's unit, joined to it as the first is to the target (`12所`, `93%`); no note `单位：所`;
- `部门职责 | 年度履职目标` over rows of a duty and its goal (a 部门整体 form): the duties are the overview, joined by
  `；`, the goals kept in other_fields under 年度履职目标 (the head was the overview, each duty a label of no field).
Kept (right on main, guards): a target table with 上年实际值 and 指标值设定依据 columns (the basis the note, the
previous value after it); a target table with 权重 and 评（扣）分标准 (weight, the rule the note); a 中期 table of
one column per year (one record per year, target_year, the first year annual); a 专项债券 project's form (总投资 and
the year's bonds, 债券期限 / 利率 in other_fields).
Left: `项目资本金（万元） | 3,600.00` standing loose beside the year's bonds is kept in other_fields with an
unplaced_cell (the document partial); a loose part of the 总投资 is not read as a line.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10000


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


def test_self_eval_actual_has_its_own_unit_column(read):
    """`年度指标值 | 单位 | 实际完成值 | 单位`: the actual joined with its unit. Main: `12`, note `单位：所`."""
    r = read("ct_s55_ly2_self_eval_split_units.txt")
    assert _ind(r, "target_raw", "actual_raw", "note") == [
        ("≥12所", "12所", None), ("=100%", "100%", None), ("≤8月", "9月", None), ("≥6000人", "6200人", None),
        ("≥90%", "93%", None)]
    assert _ind(r, "weight", "score")[2] == (15, 12) and r.tables["indicators"][2]["deviation"] == "雨季延误工期"
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        500 * W, 480 * W, 456 * W, 0.95, 96.5)
    assert warning_codes(r) == []


def test_duties_with_their_goals(read):
    """`部门职责 | 年度履职目标` over three duty | goal rows. Main: overview `年度履职目标`, each duty a label."""
    r = read("ct_s55_ly2_dept_duties.txt")
    p = only_project(r)
    assert p["overview"] == "负责市场主体登记注册；负责食品安全监督管理；负责特种设备安全监察"
    assert other_fields(p) == {"年度履职目标": "全年新增市场主体3000户以上；完成食品抽检1200批次；特种设备定期检验率达到98%"}
    assert (p["name"], p["department"]) == (None, "某某县市场监督管理局")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (2460 * W, 2300 * W, 160 * W)
    assert p["goal_annual"] == "强化市场监管，守住食品药品安全底线，优化营商环境"
    assert len(r.tables["indicators"]) == 5 and warning_codes(r) == []


def test_previous_value_and_basis_columns(read):
    """A guard: 上年实际值 and 指标值设定依据 beside the target and its unit."""
    r = read("ct_s55_ly2_history_basis.txt")
    assert _ind(r, "target_raw", "op", "value", "unit", "note")[:2] == [
        ("≥12处", ">=", 12, "处", "计划标准；上年实际值：10处"), ("≥95%", ">=", 95, "%", "行业标准；上年实际值：93%")]
    assert len(r.tables["indicators"]) == 5 and warning_codes(r) == []
    assert only_project(r)["budget_year"] == 860 * W


def test_weight_and_scoring_rule_in_a_target_table(read):
    """A guard: 权重 the weight, 评（扣）分标准 the note, in a target form."""
    r = read("ct_s55_ly2_weight_rule.txt")
    assert _ind(r, "level3", "target_raw", "weight", "note")[0] == ("运营站点数量", "≥150个", 20, "每少1个扣0.5分")
    assert sum(w for (w,) in _ind(r, "weight")) == 100 and len(r.tables["indicators"]) == 6
    assert only_project(r)["form"] == "target" and r.tables["scores"] == [] and warning_codes(r) == []


def test_three_year_columns(read):
    """A guard: 2025年 | 2026年 | 2027年 one record each, the first year annual."""
    r = read("ct_s55_ly2_three_years.txt")
    got = _ind(r, "level3", "target_raw", "horizon", "target_year")
    assert len(got) == 12
    assert got[6:9] == [("亩均粮食增产", "≥50公斤", "annual", 2025), ("亩均粮食增产", "≥60公斤", "long_term", 2026),
                        ("亩均粮食增产", "≥80公斤", "long_term", 2027)]
    assert only_project(r)["budget_total"] == 4500 * W and warning_codes(r) == []


def test_bond_project_form(read):
    """A guard: a 专项债券 project's 总投资, the year's bonds, the bond's terms kept."""
    r = read("ct_s55_ly2_bond_fields.txt")
    p = only_project(r)
    assert (p["name"], p["budget_total"], p["budget_year"]) == ("长丰产业园区标准厂房建设项目", 18000 * W, 5000 * W)
    assert {k: v for k, v in other_fields(p).items() if k.startswith("债券")} == {"债券期限": "15年", "债券利率": "2.85%"}
    assert len(r.tables["indicators"]) == 7
    assert _ind(r, "target_raw", "op", "value", "unit")[4] == ("≥960万元", ">=", 960 * W, "元")
