"""Review rv9 (session 50): the edges of two rules merged this session — ng4's `_no_project` (a news page's dateline
`来源：` / `发布日期：` over a table of figures under no form's title; a statistic's title …监测表 over indicators of no
产出 / 效益 level: not_a_form) and fam5's `_transposed_indicator_tables` (indicators as columns, one row a year).
Fixtures tests/fixtures/review/ct_s50_rv9_* (text dumps with tabs, as samples/; one HTML page), each read by hand
before jixiao was run; the comments say what main (2021980f) gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


@pytest.mark.parametrize("name", ["ct_s50_rv9_web_dateline_title_goal.txt", "ct_s50_rv9_web_dateline_title_goal.html"])
def test_a_projects_targets_published_on_a_website_are_kept(read, name):
    """`来源：新化县财政局　发布日期：2024-03-01` over `2024年农村公路养护项目绩效目标` (a government site's page of one
    project's published targets, the word 表 left out) and 三级指标 | 指标值 with three rows: a real form — one
    project, three indicators. Main: not_a_form (ng4's news-page rule: a dateline, no field, no title ending 表) —
    the form lost."""
    r = read(name)
    assert r.document["n_projects"] == 1, r.tables["warnings"]
    assert "not_a_form" not in warning_codes(r)
    assert [i[2:] for i in indicator_targets(r)] == [
        ("日常养护里程", ">=", 500.0, "公里"), ("路况优良率", ">=", 80.0, "%"), ("沿线群众满意度", ">=", 90.0, "%")]


def test_a_money_by_year_table_of_sources_is_no_indicator_table(read):
    """`资金来源` over `年度 | 中央补助 | 省级配套 | 县级配套` and `2025年 | 1200 | 500 | 300`: the project's money by
    source (no 万元 or 资金 in the heads), no indicators — the one indicator is the 绩效指标 table's
    新建高标准农田面积. Main: fam5's transposed reading made three indicators 中央补助 `1200`, 省级配套 `500`, 县级配套
    `300`. (The money itself is still not read as budget lines, as before fam5.)"""
    r = read("ct_s50_rv9_money_by_year_no_unit.txt")
    only_project(r)
    assert [i[2:] for i in indicator_targets(r)] == [("新建高标准农田面积", ">=", 20000.0, "亩")]


def test_a_transposed_table_of_counted_years(read):
    """A 中期绩效目标表's `年度 | 新建高标准农田面积（亩） | 工程验收合格率（%） | 项目区群众满意度（%）` over `第一年 | ≥20000
    | 100 | ≥90` and `第二年 | ≥20000 | 100 | ≥92`: three indicators, each its first year's target annual and its second
    year's long-term (no calendar year, so no target_year). Main: no indicator (no_indicators, two unparsed_rows)."""
    r = read("ct_s50_rv9_transposed_ordinal_years.txt")
    only_project(r)
    got = [(i["level3"], i["target_raw"], i["horizon"], i["target_year"]) for i in r.tables["indicators"]]
    assert got == [
        ("新建高标准农田面积", "≥20000亩", "annual", None), ("新建高标准农田面积", "≥20000亩", "long_term", None),
        ("工程验收合格率", "100%", "annual", None), ("工程验收合格率", "100%", "long_term", None),
        ("项目区群众满意度", "≥90%", "annual", None), ("项目区群众满意度", "≥92%", "long_term", None)]
    assert "no_indicators" not in warning_codes(r)


def test_an_upright_table_of_counted_years_keeps_each_years_targets(read, tmp_path):
    """`三级指标 | 第一年指标值 | 第二年指标值`: both years' targets, the second long-term. Main: the second column
    dropped silently (two indicators of the first year's targets only)."""
    f = tmp_path / "ordinal.txt"
    f.write_text("\n".join([
        "新化县高标准农田建设项目中期绩效目标表", "项目名称\t高标准农田建设项目", "项目资金（万元）\t资金总额\t6,000.00",
        "三级指标\t第一年指标值\t第二年指标值", "新建高标准农田面积\t≥20000亩\t≥25000亩",
        "项目区群众满意度\t≥90%\t≥92%"]) + "\n", encoding="utf-8")
    r = read(str(f))
    got = [(i["level3"], i["target_raw"], i["horizon"]) for i in r.tables["indicators"]]
    assert got == [("新建高标准农田面积", "≥20000亩", "annual"), ("新建高标准农田面积", "≥25000亩", "long_term"),
                   ("项目区群众满意度", "≥90%", "annual"), ("项目区群众满意度", "≥92%", "long_term")]


@pytest.mark.parametrize("name, n", [
    # guards, read right on main already
    ("ct_s50_rv9_web_dateline_goal_form.txt", 4),   # dateline over a real 项目支出绩效目标表 (fields, levels)
    ("ct_s50_rv9_web_dateline_bare_goal.txt", 3),   # dateline, no 表 in the title, but 项目名称 | …
    ("ct_s50_rv9_web_self_eval_levels.txt", 4),     # dateline over a 自评表 of levels 决策 / 过程 / 产出 / 效益
    ("ct_s50_rv9_monitor_no_levels.txt", 3),        # …绩效监测表 (statistic-like title) of indicators with no level
    ("ct_s50_rv9_transposed_year_du.txt", 3),       # a transposed table's year cell `2025年度`
    ("ct_s50_rv9_monitor_name_only.txt", 3),        # …绩效监测指标表, only 项目名称, indicators of no level
    ("ct_s50_rv9_plan_year_name_content.txt", 1),   # 年度 | 项目名称 | 建设内容 (a plan, not transposed) + 绩效指标
])
def test_real_forms_near_the_new_rules_are_kept(read, name, n):
    r = read(name)
    assert r.document["n_projects"] == 1 and "not_a_form" not in warning_codes(r)
    assert len(r.tables["indicators"]) == n
