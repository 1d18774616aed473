"""Hunt fam (session 46: form families and levels not yet read): level-2s lettered on past H (`I.服务对象满意度指标`),
levels numbered `第一节 产出指标` / `第一类 产出指标`, indicator cells each holding its head (`一级指标：产出指标 | … |
指标值：≥3000亩`); a 部门整体支出绩效目标表's tasks under `序号 | 任务名称 | 主要内容 | 任务对应的预算（万元）`; a 转移支付区域绩效目标表's
`区域 | 湖南省`; a works' progress list (`工作任务 | 执行进度 | 完成时间`, no money) read as self-evaluations, and such a table
under a 自评表's indicators read as indicators; captions `项目一：…` / `项目二：…` naming the forms, `绩效目标调整情况` over an
adjustment's indicator table. Text dumps (tabs between cells, as samples/), a DOCX and an XLSX made by
tests/fixtures/make_s46_fam.py. Each reading was written down by hand before jixiao was run; the comments say what
main gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


def test_level2_letters_past_h(read):
    """Level 2s lettered A. to I. through the table under no head row (`满意度指标 | I.服务对象满意度指标 | …`): each
    level 2 without its letter. Main: the ninth kept as `I.服务对象满意度指标` (letters stopped at H)."""
    r = read("ct_s46_fam_levels_letter_i.txt")
    only_project(r)
    got = [(i["level1"], i["level2"]) for i in r.tables["indicators"]]
    assert len(got) == 9
    assert got[0] == ("产出指标", "数量指标") and got[7] == ("效益指标", "可持续影响指标")
    assert got[8] == ("满意度指标", "服务对象满意度指标")
    assert r.tables["indicators"][8]["level1_std"] == "satisfaction"
    assert warning_codes(r) == ["table_header_implied"]


@pytest.mark.parametrize("fixture, name", [
    ("ct_s46_fam_levels_section.txt", "新化县油茶低产林改造项目"),    # 第一节 产出指标 / 第二节 效益指标 / 第三节 …
    ("ct_s46_fam_levels_class.txt", "新化县油茶新造林项目"),          # 第一类 产出指标 / 第二类 …
])
def test_levels_numbered_by_section_or_class(read, fixture, name):
    """`第一节 产出指标 | 数量指标 | 低产林改造面积 | ≥3000亩` (or `第一类 …`) under `三、年度绩效指标` and no head row: four
    indicators, the level 1 named without its number. Main: no indicator (`no_indicators`, three `unparsed_row`, the
    质量 row's target an other field)."""
    r = read(fixture)
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == (name, 180 * W)
    assert [t[:3] for t in indicator_targets(r)] == [
        ("产出指标", "数量指标", "低产林改造面积"), ("产出指标", "质量指标", "改造验收合格率"),
        ("效益指标", "经济效益指标", "亩均增产油茶籽"), ("满意度指标", "服务对象满意度指标", "林农满意度")]
    assert [i["level1_std"] for i in r.tables["indicators"]] == ["output", "output", "outcome", "satisfaction"]
    assert other_fields(p) == {}
    assert warning_codes(r) == ["table_header_implied"]


def test_indicator_cells_holding_their_heads(read):
    """Rows `一级指标：产出指标 | 二级指标：数量指标 | 三级指标：低产林改造面积 | 指标值：≥3000亩` (each cell its head and its
    value; the second row's level 1 left empty, merged down): an indicator table, four indicators with their targets.
    Main: no indicator (`no_indicators`)."""
    r = read("ct_s46_fam_levels_labelled.txt")
    only_project(r)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "低产林改造面积", ">=", 3000.0, "亩"), ("产出指标", "质量指标", "改造验收合格率", ">=", 95.0, "%"),
        ("效益指标", "经济效益指标", "亩均增收", ">=", 200.0, "元"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_department_overall_tasks_with_their_budget(read):
    """A 部门整体支出绩效目标表: `年度主要任务 | 序号 | 任务名称 | 主要内容 | 任务对应的预算（万元）` over three tasks: each task a
    budget line (its 主要内容 the note), 2,350万 in all as the form's 资金总额; the department, the goal, four indicators.
    Main: the head row unparsed (`年度主要任务` kept as `序号`), the lines named by their 主要内容 and of kind source."""
    r = read("ct_s46_fam_dept_overall.txt")
    p = only_project(r)
    assert (p["department"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (
        "新化县水利局", 2350 * W, 2100 * W, 250 * W)
    assert budget_lines(r) == [(None, "农村饮水安全巩固提升", 800 * W, "composition"),
                               (None, "水旱灾害防御", 350 * W, "composition"),
                               (None, "机关运行保障", 1200 * W, "composition")]
    assert r.tables["budget_items"][0]["note"] == "主要内容：维修改造农村供水工程50处"
    assert other_fields(p) == {}
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == []


def test_transfer_region_form_names_its_region(read):
    """A 中央对地方转移支付区域绩效目标表's `区域 | 湖南省` (a label of two characters): kept in other_fields beside the
    省级 bodies. Main: `unparsed_row` (row without a known label), the region lost."""
    r = read("ct_s46_fam_transfer_region.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("农业经营主体能力提升资金", "农业农村部", 120000 * W)
    assert other_fields(p) == {"省级主管部门": "湖南省农业农村厅", "省级财政部门": "湖南省财政厅", "区域": "湖南省"}
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == []


def test_works_progress_list_is_no_self_evaluation(read):
    """`2025年度重点工作任务完成情况表` over `序号 | 项目名称 | 工作任务 | 执行进度 | 完成时间` (no money, no goal, no
    indicator): the works' progress, no self-evaluation of a budget — no project. Main: two self_eval projects of the
    packed_list layout, execution_rate 1.0 and 0.8 (the works' progress read as the budget's)."""
    r = read("ct_s46_fam_works_progress.txt")
    assert r.tables["projects"] == []
    assert warning_codes(r) == ["layout_unknown"]


def test_works_table_under_self_eval_indicators(read):
    """A 自评表's indicators, then `工作任务 | 执行进度 | 完成时间` over two tasks: a schedule of the work (the plan, each
    task with its time and how far it got), not indicators. Main: three indicators more, `工作任务` (target `执行进度`),
    `日常养护巡查` and `水毁修复`, under the last level."""
    r = read("ct_s46_fam_works_under_self_eval.txt")
    p = only_project(r)
    assert p["plan"] == "日常养护巡查 2025年12月 已完成；水毁修复 2025年9月 已完成"
    assert [i["level3"] for i in r.tables["indicators"]] == ["养护里程", "道路优良率", "群众满意度"]
    assert warning_codes(r) == []


def test_captions_naming_the_forms(read):
    """Two forms of one file, each under a caption `项目一：新化县农村危房改造项目` / `项目二：…` and no 项目名称: each form named
    by its caption. Main: both names null, the second form `header_missing`."""
    r = read("ct_s46_fam_caption_names.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_year"]) for p in ps] == [
        ("新化县农村危房改造项目", "新化县住房和城乡建设局", 200 * W), ("新化县农村公路养护项目", "新化县交通运输局", 300 * W)]
    assert [len([i for i in r.tables["indicators"] if i["project_id"] == p["project_id"]]) for p in ps] == [3, 3]
    assert warning_codes(r) == []


def test_adjustment_caption_is_no_indicator(read):
    """`绩效目标调整情况` alone on its line between the form's indicators and `一级指标 | … | 调整前指标值 | 调整后指标值 |
    调整理由`: the adjustment table's caption, no indicator; the adjusted row reads its target in force and the note.
    Main: an indicator named `绩效目标调整情况` of no target (`target_missing`)."""
    r = read("ct_s46_fam_adjustment_caption.txt")
    only_project(r)
    # (session 47, hunt fam2: the adjusted row merged into the indicator it adjusts — one record, not two)
    assert [i["level3"] for i in r.tables["indicators"]] == ["养护里程", "道路优良率", "群众满意度"]
    first = r.tables["indicators"][0]
    assert (first["target_raw"], first["note"]) == ("≥180公里", "调整理由：资金压减；调整前指标值：≥200公里")
    assert "target_missing" not in warning_codes(r)


def test_department_overall_tasks_docx(read):
    """The same 部门整体 form as a Word table, `年度主要任务` merged down over the task rows (no 其他资金 stated): the
    three tasks budget lines of kind composition, named by 任务名称. Main: the head row unparsed, the lines named by
    their 主要内容, of kind source, and fiscal_total_gap adding them to 财政拨款 (44,500,000 元 over the total)."""
    r = read("ct_s46_fam_dept_overall.docx")
    p = only_project(r)
    assert (p["department"], p["budget_total"], p["budget_fiscal"]) == ("新化县水利局", 2350 * W, 2100 * W)
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [
        ("农村饮水安全巩固提升", 800 * W, "composition"), ("水旱灾害防御", 350 * W, "composition"),
        ("机关运行保障", 1200 * W, "composition")]
    assert other_fields(p) == {}
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == ["fiscal_total_gap"]      # (2,500,000 元 of no stated source: the form's own gap)


def test_transfer_region_xlsx_labelled_indicator_cells(read):
    """A 区域绩效目标表 on a sheet: `区域 | 湖南省` kept, and the indicator rows whose cells each hold their head read as
    an indicator table. Main: `区域 | 湖南省` unparsed, no indicator (`no_indicators`)."""
    r = read("ct_s46_fam_transfer_region.xlsx")
    p = only_project(r)
    assert other_fields(p)["区域"] == "湖南省"
    assert [t[2:] for t in indicator_targets(r)] == [
        ("支持家庭农场数量", ">=", 3000.0, "个"), ("高素质农民培训合格率", ">=", 90.0, "%"),
        ("经营主体收入增长率", ">=", 5.0, "%"), ("经营主体满意度", ">=", 85.0, "%")]
    assert warning_codes(r) == []


def test_government_fund_named_by_its_revenue(read):
    """A 政府性基金预算绩效目标表 of no 项目名称: `基金名称 | 新化县城市基础设施配套费` (a fund named by the revenue it is, a
    费) names the form; `基金收入预算（万元） | 3,000.00 | 基金支出预算（万元） | 2,800.00`: the spending the year's budget, the
    income kept in other_fields. Main: name null (基金名称 an other field), budget_year 30,000,000 元 (the income) and a
    budget line `基金支出预算` under a group `基金收入预算`."""
    r = read("ct_s46_fam_gov_fund_revenue.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("新化县城市基础设施配套费", "新化县住房和城乡建设局", 2800 * W)
    assert other_fields(p) == {"基金收入预算（万元）": "3,000.00"}
    assert budget_lines(r) == []
    assert len(r.tables["indicators"]) == 3
    assert warning_codes(r) == ["vague_target"]          # (明显提升: the form's own vague target)


def test_monitor_goal_heads_with_a_reason_column(read):
    """A 绩效运行监控表's `年度总体目标 | 年初目标 | 1-7月实际完成情况 | 全年预计完成情况 | 偏差原因` over the texts: the goal, what
    was done by July, the year's forecast, and the reason kept in other_fields. Main: goal_forecast `偏差原因` (the
    head), the goal and the rest lost in an unparsed_row."""
    r = read("ct_s46_fam_monitor_goal_reason.txt")
    p = only_project(r)
    assert (p["goal_annual"], p["goal_actual"], p["goal_forecast"]) == (
        "维修养护供水工程50处，保障5万人饮水安全。", "完成维修养护30处。", "全年可完成目标。")
    assert other_fields(p) == {"偏差原因": "汛期影响部分工程施工进度"}
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (500 * W, 280 * W, 0.56)
    assert [(i["level3"], i["progress_raw"], i["deviation"]) for i in r.tables["indicators"]] == [
        ("维修养护供水工程", "30处", None), ("受益人口", "2.8万人", "汛期施工受阻"), ("受益群众满意度", "92%", None)]
    assert warning_codes(r) == []
