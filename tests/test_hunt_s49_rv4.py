"""Review rv4 (session 49): the edges of hunts sc5, ls4 and tg7's rules (tests/fixtures/review/ct_s49_rv4_*, each
read by hand before the run).

tg7's `近` (about) fired before a span of time with words after it (`近3年平均水平`: `~` 3 of a unit `年平均水平`, the
recent years); its measure's symbol then words missed the electric ones (`≥10kV线路`, `≥500kVA变压器`, `≥2MWh储能`:
the units `kV线路` …, text); its score over a top missed a top with its tenths (`≥4.5/5.0`: text); `两月` as months
was read after a slash only (`两月内完成`: text, `两个月内完成` <= 2 个月); its quarter periods missed `2024Q3-Q4`
(no dates).
"""
from __future__ import annotations

import datetime as dt

import pytest

from jixiao.checks import _deadlines
from normalize.dates import parse_period
from normalize.targets import split_target
from tests.hunt_tools import only_project, other_fields, warning_codes


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


# ---------------------------------------------------------------- (1) a rural grid and storage form
def test_grid_storage(read):
    r = read("ct_s49_rv4_grid_storage.txt")
    got = _ind(r)
    assert len(got) == 9
    # main: the units `MWh储能`, `kV线路`; `500kVA变压器` text
    assert got["新增储能容量"] == (">=", 2.0, None, "MWh", "储能", None)
    assert got["改造配电线路电压等级"] == (">=", 10.0, None, "kV", "线路", None)
    assert got["新增配电变压器容量"] == (">=", 500.0, None, "kVA", "变压器", None)
    # main: `~` 3 of a unit `年平均水平`
    assert got["设备故障率"] == (None, None, None, None, None, "近3年平均水平")
    # main: text
    assert got["故障抢修完成时限"] == ("<=", 2.0, None, "个月", "完成", None)
    # main: `>=` and the text `4.5/5.0`
    assert got["用电户满意度"] == (">=", 4.5, None, "分", "5分", None)
    # right on main (kept as guards)
    assert got["新建光伏装机容量"] == (">=", 2.0, None, "MW", "光伏", None)
    assert got["受益农户"] == ("~", 1.0, None, "万户", None, None)
    assert got["线路验收合格率"] == ("=", 100.0, None, "%", None, None)
    # main: no dates (`2024Q3-Q4`)
    p = r.tables["projects"][0]
    assert (p["start_date"], p["end_date"]) == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))


@pytest.mark.parametrize("raw, want", [
    ("近2年平均", (None, None, None, "近2年平均")),                 # main: `~` 2 `年平均`
    ("近3年累计", (None, None, None, "近3年累计")),                 # main: `~` 3 `年累计`
    ("近1万人", ("~", 1.0, "万人", None)),                         # (tg7's, kept)
    ("近5年", (None, None, None, "近5年")),                         # (tg7's, kept)
    ("≥35kV变电站", (">=", 35.0, "kV", None)),                     # main: unit `kV变电站`
    ("≥8.5/10.0", (">=", 8.5, "分", None)),                        # main: text
    ("≥4/5.0", (">=", None, None, "4/5.0")),                       # (a whole figure: a share as often, text)
    ("≤两月", ("<=", 2.0, "个月", None)),                          # main: text `两月`
    ("两月一次", ("=", 1.0, "次/2个月", None)),                      # (tg7's, kept)
])
def test_target_edges(raw, want):
    t = split_target(raw)
    assert (t.op, t.value, t.unit, t.target_text) == want


@pytest.mark.parametrize("raw, want", [
    ("2024年Q3", (dt.date(2024, 7, 1), dt.date(2024, 9, 30))),                # main: none
    ("2024Q1-Q4", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),              # main: none
    ("2024年Q4至2025年Q2", (dt.date(2024, 10, 1), dt.date(2025, 6, 30))),      # main: none
    ("2024年第四季度", (dt.date(2024, 10, 1), dt.date(2024, 12, 31))),         # (tg7's, kept)
    ("2024年Q3末", (None, None)),                                             # (a point in time, as 四季度末)
])
def test_quarter_periods_in_q(raw, want):
    assert parse_period(raw, 2024) == want


# ---------------------------------------------------------------- (2) sc5's score tables: heads, grades, weights, totals
def test_a_score_head_of_defen_qingkuang_and_a_bare_dengji(read):
    # `评分标准（满分10分） | 分值 | 得分情况` (sc5's scoring-rule words in a real head: no harm) over four rows, then
    # `等级 | 良 | 评价结论 | …`. main: `得分情况` named no column, the 评分表 no table — a blank_form, 0 scores, no score;
    # (with `得分` there) the grade lost, `等级 | 良 | …` an unparsed_row
    r = read("ct_s49_rv4_score_heads_defen_qingkuang.txt")
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("新建高标准农田面积", 30, 30), ("工程验收合格率", 30, 26), ("亩均增产粮食", 20, 12.5), ("受益农户满意度", 20, 18)]
    p = only_project(r)
    assert (p["score"], p["grade"]) == (86.5, "良")
    assert other_fields(p)["评价结论"] == "项目总体完成较好，亩均增产未达预期。"
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_a_section_weight_written_in_percent(read):
    # `考核类别 | 类别权重 | …` over `党的建设 | 30% | …` (sc5 read `30`): the section's points 30. main: `30%` and `20%`
    # two unplaced_cell, section_points null
    r = read("ct_s49_rv4_assess_weight_percent.txt")
    assert [(a["section"], a["section_points"], a["content"], a["points"], a["score"])
            for a in r.tables["assessment_items"]] == [
        ("党的建设", 30, "基层党组织建设", 15, 14), ("党的建设", 30, "党风廉政建设", 15, 12),
        ("平安建设", 20, "信访维稳", 10, 10), ("平安建设", 20, "安全生产", 10, 5)]
    assert warning_codes(r) == []


def test_a_table_of_90_points_the_rate_row_above_no_total_stated(read):
    # sc5's fixture without its `自评总分 | 93.7`: `预算执行率得分（10分） | 9.2` over a 评分表 whose 合计 is `90 | 84.5`,
    # graded 优. The score is the whole, 84.5 + 9.2 = 93.7. main: 84.5, weights_not_100 (`the scores add up to 93.7
    # but the total score is 84.5`) and a false grade_mismatch
    r = read("ct_s49_rv4_score_90_rate_row_no_total.txt")
    assert (only_project(r)["score"], only_project(r)["grade"]) == (93.7, "优")
    assert warning_codes(r) == [] and r.document["status"] == "ok"
    # (a total the form states that is not the sum, `自评总分 | 92`, is still the form's score, the sum said: as main)
    r = read("ct_s49_rv4_score_90_rate_row_total_92.txt")
    assert only_project(r)["score"] == 92 and warning_codes(r) == ["weights_not_100"]


@pytest.mark.parametrize("text, want", [
    ("2024年Q3前完成", [(2024, 9)]),            # main: none
    ("2025年q2前", [(2025, 6)]),                # main: none
    ("2025年第二季度前完成", [(2025, 6)]),       # (tg7's, kept)
    ("2024年3前", []),                          # (no month, no quarter)
])
def test_quarter_deadlines_in_q(text, want):
    assert list(_deadlines(text)) == want


def test_a_frameworks_level_weights_in_percent(read):
    # `一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 分值 | 评分标准 | 得分` with the levels' weights in percent (`决策 | 15% |
    # 项目立项 | 8% | …`), read as whole weights are (`15`: level 1 决策). main: `15%` / `8%` read as names, every level
    # one column off: level 1 `项目立项`, level 2 `8%`, 决策 lost without a word
    r = read("ct_s49_rv4_framework_level_weights_percent.txt")
    assert [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("决策", "项目立项", "立项依据充分性", 4, 4), ("决策", "项目立项", "立项程序规范性", 4, 3),
        ("决策", "绩效目标", "绩效目标合理性", 7, 6), ("过程", "资金管理", "预算执行率", 20, 18),
        ("产出", "产出数量", "改造公厕数量", 40, 40), ("效益", "社会效益", "群众满意度", 25, 23)]
