"""Hunt fam3 (session 48: form families and project-level fields): a title naming a centre's project
(`新化县2024年县域医疗次中心项目绩效目标表`, no 项目名称 row) — not the centre's own forms (`新化县疾病预防控制中心2024年项目支出
…`, or its name over its own form); a 绩效目标批复表's `核心绩效指标 | 指标值` columns, one project a row; a 财政支出项目
绩效评价报告 whose 项目基本情况 is a table (`项目名称 | …`, its money) over its level-1 scores; a 转移支付区域绩效目标表
whose fund's name stands in the same run of table rows as its counties (`县市区 | 资金额度（万元） | 区域绩效目标`) and its
indicators (txt, and an XLSX by tests/fixtures/make_s48_fam3.py). Text dumps (tabs between cells, as samples/). Each
reading was written down by hand before jixiao was run; the comments say what main gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


def test_title_names_a_centres_project(read):
    """`新化县2024年县域医疗次中心项目绩效目标表` over a form of no 项目名称, its unit a 卫生院: the project is the centre
    the title names (`新化县县域医疗次中心项目`). Main: name null (a centre's name before 项目 read as a body's forms).
    The centre's own forms name none, as on main: `新化县疾病预防控制中心2024年项目支出绩效目标表` (a year between the
    body and 项目) and `新化县疾病预防控制中心项目支出绩效目标表（2024年度）` under that centre as the form's unit."""
    p = only_project(read("ct_s48_fam3_center_title.txt"))
    assert (p["name"], p["year"], p["department"], p["unit"], p["budget_year"]) == (
        "新化县县域医疗次中心项目", 2024, "新化县卫生健康局", "新化县洋溪镇中心卫生院", 850 * W)
    for name in ("ct_s48_fam3_center_own_title.txt", "ct_s48_fam3_center_own_bracket.txt"):
        p = only_project(read(name))
        assert (p["name"], p["unit"], p["year"]) == (None, "新化县疾病预防控制中心", 2024)


def test_approval_list_core_indicators(read):
    """A 绩效目标批复表, `序号 | 项目名称 | 预算金额 | 年度绩效目标 | 核心绩效指标 | 指标值` under `金额单位：万元`: three
    projects, each with its one core indicator (core true), no other field, and no `no_satisfaction_indicator` (the
    approval names only the core ones). Main: the indicator and its target two other fields of each project, no
    indicator."""
    r = read("ct_s48_fam3_approval_list.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["budget_year"], p["department"]) for p in ps] == [
        ("高标准农田建设", 1500 * W, "新化县农业农村局"), ("动物疫病防控", 120 * W, "新化县农业农村局"),
        ("农村人居环境整治", 300 * W, "新化县农业农村局")]
    assert [other_fields(p) for p in ps] == [{}, {}, {}]
    assert [(i["level3"], i["op"], i["value"], i["unit"], i["core"]) for i in r.tables["indicators"]] == [
        ("新建高标准农田面积", ">=", 2.0, "万亩", True), ("重大动物疫病免疫密度", ">=", 90.0, "%", True),
        ("农村户厕改造户数", ">=", 3000.0, "户", True)]
    assert [i["project_id"] for i in r.tables["indicators"]] == [p["project_id"] for p in ps]
    assert warning_codes(r) == []


def test_evaluation_report_with_a_table_of_its_project(read):
    """`新化县2023年度农村公路养护项目绩效评价报告`: `项目名称 | …`, `主管部门 | … | 实施单位 | …` and a money table
    (`年初预算数 | 全年预算数 | 全年执行数 | 执行率`) over `一级指标 | 分值 | 得分 | 得分率` and its 合计, the conclusion
    `综合得分89分，评价等级为“良”`: one self-evaluated project, its money, its four level-1 scores, score 89, grade 良.
    Main: no project (not_a_form: `a table of level-1 scores quoted under a title that names no form`)."""
    r = read("ct_s48_fam3_eval_report_scores.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["year"], p["department"], p["unit"]) == (
        "self_eval", "新化县农村公路养护项目", 2023, "新化县交通运输局", "新化县公路建设养护中心")
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"], p["grade"]) == (
        300 * W, 320 * W, 304 * W, 0.95, 89.0, "良")
    assert [(s["level1"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("决策", 15.0, 13.0), ("过程", 20.0, 18.0), ("产出", 40.0, 36.0), ("效益", 25.0, 22.0)]
    assert "not_a_form" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s48_fam3_region_rows.txt", "ct_s48_fam3_region_rows.xlsx"])
def test_region_form_with_its_counties_in_one_table(read, name):
    """A 区域绩效目标表 in one run of table rows: `资金名称 | 省级财政衔接推进乡村振兴补助资金`, its departments, its
    counties one a row with their money and goals, 合计 10,000万, then its four indicators: the fund's form (named,
    its department, the 合计 its money, the counties its lines, its four indicators) and each county's share a project
    of its own as a 分配表's places are (region_forms). Main: the counties' three projects only — the fund's form,
    its department and its four indicators lost (the list claimed the document: its form's rows were skipped as the
    list's grid's)."""
    r = read(name)
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_total"]) for p in ps] == [
        ("省级财政衔接推进乡村振兴补助资金", "湖南省农业农村厅", 10000 * W),
        ("省级财政衔接推进乡村振兴补助资金（新化县）", None, 5000 * W),
        ("省级财政衔接推进乡村振兴补助资金（冷水江市）", None, 2000 * W),
        ("省级财政衔接推进乡村振兴补助资金（涟源市）", None, 3000 * W)]
    assert [g for p in ps for g in [p["goal_annual"]]][1:] == [
        "支持产业发展项目40个，带动脱贫人口增收。", "支持产业发展项目15个，完善农村基础设施。", "支持产业发展项目25个，带动脱贫人口就业。"]
    first = ps[0]["project_id"]
    assert [i[2:] for i in indicator_targets(r)] == [
        ("支持产业发展项目", ">=", 80.0, "个"), ("项目验收合格率", ">=", 95.0, "%"), ("脱贫人口人均纯收入增幅", ">=", 8.0, "%"),
        ("受益群众满意度", ">=", 90.0, "%")]
    assert {i["project_id"] for i in r.tables["indicators"]} == {first}
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("新化县", 5000 * W), ("冷水江市", 2000 * W), ("涟源市", 3000 * W)]


def test_approval_list_core_head_over_names_and_values_xlsx(read):
    """A 绩效目标批复表 (XLSX) whose `核心绩效指标` head is merged over a second head row `指标名称 | 指标值`, each
    project's 序号 / 项目名称 / 预算金额 / 年度绩效目标 merged down its two rows of core indicators: two projects, two
    core indicators each. Main: one form of no name, the projects read as levels 1 and 2 of its indicators (`1 |
    基本公共卫生服务`), their money and goals four unplaced_cell warnings."""
    r = read("ct_s48_fam3_approval_core.xlsx")
    ps = r.tables["projects"]
    assert [(p["name"], p["budget_year"], p["goal_annual"], p["department"]) for p in ps] == [
        ("基本公共卫生服务", 1200 * W, "为全县居民提供基本公共卫生服务", "新化县卫生健康局"),
        ("家庭医生签约服务", 300 * W, "重点人群签约服务覆盖率达到75%", "新化县卫生健康局")]
    got = [(i["project_id"], i["level1"], i["level3"], i["op"], i["value"], i["unit"], i["core"])
           for i in r.tables["indicators"]]
    a, b = ps[0]["project_id"], ps[1]["project_id"]
    assert got == [(a, None, "居民电子健康档案建档率", ">=", 90.0, "%", True), (a, None, "高血压患者规范管理率", ">=", 65.0, "%", True),
                   (b, None, "重点人群签约服务覆盖率", ">=", 75.0, "%", True), (b, None, "签约居民满意度", ">=", 85.0, "%", True)]
    assert warning_codes(r) == []
