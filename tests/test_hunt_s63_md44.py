"""Mend md44 (session 63) of review rd63's group G (hunt nw9, review rv102) and review rv104's pipe finding, with
fixtures ct_s63_md44_* (from tests/fixtures/review/make_s63_md44.py); each reading was written down by hand before
jixiao was run.
Decided: the dashed-level lines and head records are rewritten as rows in the text's own way: with tabs when the
form's other lines hold no cells of their own (`label：value` lines), with a wide gap when they are a table flattened
by blanks, not at all when they are one cell a line (the one-cell reader splits a dashed line itself) — main wrote
tabs into any text, which sent a whole form down the tab path: `layout_unknown`. A Markdown row of one cell is read
as `_split_pipe` reads a cell, its `|---|` rule no `---` text line (main: the goal under `| 年度绩效目标 |` lost).
Kept: a WeChat post of many `label：value` lines with dashed lines read as nw9 read it (a guard: passes on main).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes


def _levels(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


def test_single_cell_form_with_dashed_line(read):
    """One cell a line, the satisfaction row typed as `满意度指标－服务对象满意度指标－受益群众满意度：≥90%`: the form
    read one cell a line, the dashed line its levels (main: no project, `layout_unknown`)."""
    r = read("ct_s63_md44_single_cell_dashed.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_total"]) == (
        "通江县农村饮水安全巩固提升工程", "通江县水利局", "通江县农村供水服务中心", 4800000.0)
    assert _levels(r) == [("产出指标", "数量指标", "新建集中供水工程", "6处"),
                          ("产出指标", "质量指标", "水质达标率", "≥95%"),
                          ("效益指标", "社会效益指标", "受益人口", "≥1.2万人"),
                          ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%")]
    assert "layout_unknown" not in warning_codes(r)


def test_flattened_form_with_dashed_lines(read):
    """A `pdftotext -layout` form over two dashed lines (a colon's target, a blank's): the form read from its gaps,
    each dashed line its levels, name and target (main: `layout_unknown`)."""
    r = read("ct_s63_md44_flat_dashed.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_total"], p["goal_annual"]) == (
        "遂川县农村公路安全生命防护工程", "遂川县交通运输局", "遂川县公路事业发展中心", 3560000.0,
        "完成农村公路安防工程42公里，消除重点路段安全隐患。")
    assert _levels(r) == [("产出指标", "数量指标", "安防工程实施里程", "≥42公里"),
                          ("产出指标", "质量指标", "工程验收合格率", "100%"),
                          ("产出指标", "时效指标", "完工时间", "2025年11月底前"),
                          ("效益指标", "社会效益指标", "道路交通事故发生率", "较上年下降"),
                          ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")]


def test_flattened_form_with_head_records(read):
    """A flattened form whose last rows are records (`二级指标：社会效益指标` / `三级指标：居住环境` / `指标值：明显改善`,
    `三级指标：小区居民满意度` / `指标值：≥90%`): the form's fields and its table's three indicators, the records two
    more (main: department, unit, money and the table's indicators lost)."""
    r = read("ct_s63_md44_flat_records.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_total"]) == (
        "崇义县中心城区老旧小区改造工程", "崇义县住房和城乡建设局", "崇义县城市建设服务中心", 12000000.0)
    got = r.tables["indicators"]
    assert _levels(r)[:3] == [("产出指标", "数量指标", "改造老旧小区数量", "≥8个"),
                              ("产出指标", "数量指标", "惠及居民户数", "≥1600户"),
                              ("产出指标", "质量指标", "竣工验收合格率", "100%")]
    assert [(i["level3"], i["target_raw"]) for i in got[3:]] == [("居住环境", "明显改善"), ("小区居民满意度", "≥90%")]
    assert got[3]["level2"] == "社会效益指标"


def test_markdown_one_column_table_rule(read):
    """`| 年度绩效目标 |` over `|---|` over the goal's row: the goal read (main: a `---` text line between the label
    and its value, the goal lost)."""
    r = read("ct_s63_md44_pipe_one_cell_rule.md")
    p = only_project(r)
    assert p["goal_annual"] == "完成园区道路硬化3.2公里，新建灌溉管网12公里，带动脐橙种植户增收。"
    assert [i["level3"] for i in r.tables["indicators"]] == ["园区道路硬化里程", "新建灌溉管网", "种植户满意度"]


def test_wechat_many_pairs_dashed_kept(read):
    """Guard: a post of thirteen `label：value` lines (one cell a line by count, but pairs: no cells of their own) and
    four numbered dashed lines: read as nw9 read it, each line its levels, name and target."""
    r = read("ct_s63_md44_wechat_long_pairs.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_total"]) == (
        "醴陵市城区背街小巷提质改造", "醴陵市住房和城乡建设局", "醴陵市市政设施维护中心", 8600000.0)
    assert _levels(r) == [("产出指标", "数量指标", "改造背街小巷数量", "35条"),
                          ("产出指标", "质量指标", "工程验收合格率", "100%"),
                          ("效益指标", "社会效益指标", "居民出行条件", "明显改善"),
                          ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%")]
