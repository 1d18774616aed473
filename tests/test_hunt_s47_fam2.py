"""Hunt fam2 (session 47: form families and project-level fields): a form named only by its title
(`新化县2024年农村公路养护项目绩效目标表`, no 项目名称 row), in a text dump and stacked two to a worksheet; a form of no
year in its title stating it by its money's label (`2024年度资金总额`) or its annual goal (`2024年度，…`), its
填报日期's year not the budget's; a `绩效目标调整情况` table (`原目标值 | 调整后目标值`) under the form's indicators read
into the indicators it adjusts. Text dumps (tabs between cells, as samples/) and an XLSX made by
tests/fixtures/make_s47_fam2.py. Each reading was written down by hand before jixiao was run; the comments say what
main gave."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


def test_title_names_the_project(read):
    """`新化县2024年农村公路养护项目绩效目标表` over a form of no 项目名称: the project the title names, without its year
    (`新化县农村公路养护项目`), year 2024. Main: name null."""
    r = read("ct_s47_fam2_title_name.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["department"], p["budget_year"]) == (
        "新化县农村公路养护项目", 2024, "新化县交通运输局", 300 * W)
    assert len(r.tables["indicators"]) == 3
    assert warning_codes(r) == []


def test_title_with_its_year_in_brackets_names_the_works(read):
    """`新化县城区排水管网改造工程绩效目标表（2024年度）` over a form of no 项目名称: the works the title names
    (`新化县城区排水管网改造工程`), the year in brackets the form's. Main: name null."""
    r = read("ct_s47_fam2_title_bracket.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["unit"], p["budget_year"]) == (
        "新化县城区排水管网改造工程", 2024, "新化县市政设施维护中心", 1500 * W)
    assert warning_codes(r) == []


def test_stacked_forms_named_by_their_titles_xlsx(read):
    """One worksheet, two forms one under the other (no blank row between), each named only by its title: two
    projects, each named and with its own two indicators. Main: two projects, both names null."""
    r = read("ct_s47_fam2_stacked_titled.xlsx")
    ps = r.tables["projects"]
    assert [(p["name"], p["year"], p["department"], p["budget_year"]) for p in ps] == [
        ("新化县农村危房改造项目", 2025, "新化县住房和城乡建设局", 200 * W),
        ("新化县农村公路养护项目", 2025, "新化县交通运输局", 300 * W)]
    assert [[i["level3"] for i in r.tables["indicators"] if i["project_id"] == p["project_id"]] for p in ps] == [
        ["危房改造户数", "改造户满意度"], ["养护里程", "群众满意度"]]


def test_year_from_the_money_label(read):
    """A title of no year (`项目支出绩效目标表`), `填报日期：2023年12月20日` (the filing's year, not the budget's) and
    `项目资金（万元） | 2024年度资金总额 | 500.00`: year 2024, the label's. Main: year null (the 500万 read as the
    year's budget all the same)."""
    r = read("ct_s47_fam2_year_money.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_year"]) == ("新化县高标准农田建设项目", 2024, 500 * W)
    assert other_fields(p) == {}


def test_year_from_the_annual_goal(read):
    """A title of no year, `填报日期：2023年12月18日`, and `年度绩效目标 | 2024年度，为全县居民…`: year 2024, the
    goal's (not 2023, the filing's). Main: year null."""
    r = read("ct_s47_fam2_year_goal.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_year"], p["budget_fiscal"]) == (
        "新化县基本公共卫生服务项目", 2024, 800 * W, 800 * W)
    assert len(r.tables["indicators"]) == 3


def test_adjusted_targets_merged_into_their_indicators(read):
    """`绩效目标调整情况` over `一级指标 | 二级指标 | 三级指标 | 原目标值 | 调整后目标值 | 调整原因` under the form's four
    indicators, two rows adjusting two of them: four indicators, the adjusted two with the target in force and the
    one before and the reason in the note. Main: six indicators (each adjusted one twice, the form's row and the
    adjustment's)."""
    r = read("ct_s47_fam2_adjusted_targets.txt")
    only_project(r)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "维修改造农村供水工程", ">=", 45.0, "处"), ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "农村自来水普及率", ">=", 88.0, "%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%")]
    notes = [i["note"] for i in r.tables["indicators"]]
    assert notes == ["调整原因：上级资金压减150万元；调整前指标值：≥60处", None, "调整原因：工程数量减少；调整前指标值：≥90%", None]
    assert [i["target_raw"] for i in r.tables["indicators"]][:3] == ["≥45处", "100%", "≥88%"]
    assert warning_codes(r) == []


def test_region_form_places_and_their_money(read):
    """A 省级专项资金区域绩效目标表's `区域 | 长沙市 | 株洲市 | 湘潭市 | 合计` over `资金（万元） | 1,200.00 | 800.00 | 600.00 |
    2,600.00`: the fund shared out among the places, a composition line each (group 区域), the 合计 the form's budget
    (it states none else); the indicators by place keep the province's target, each place's in the note. Main: both
    rows `unparsed_row`, no money at all."""
    r = read("ct_s47_fam2_region_by_county.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_total"]) == ("农村人居环境整治专项资金", "湖南省农业农村厅", 2600 * W)
    assert [(b["group"], b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]] == [
        ("区域", "长沙市", 1200 * W, "composition"), ("区域", "株洲市", 800 * W, "composition"),
        ("区域", "湘潭市", 600 * W, "composition")]
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "农村户厕改造户数", ">=", 20000.0, "户")
    assert r.tables["indicators"][0]["note"] == "长沙市：≥9000户；株洲市：≥6000户；湘潭市：≥5000户"
    assert warning_codes(r) == []


def test_region_form_places_and_their_money_xlsx(read):
    """The same on a sheet (a 市对县 transfer's `区域 | 岳塘区 | 雨湖区 | 湘潭县 | 合计` over `资金（万元） | 500.00 | …`): a
    composition line a county, the 合计 the budget. Main: both rows `unparsed_row`, no money."""
    r = read("ct_s47_fam2_region_by_county.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_total"]) == ("城乡居民基本医疗保险补助资金", "湘潭市医疗保障局", 1600 * W)
    assert [(b["group"], b["name"], b["amount"]) for b in r.tables["budget_items"]] == [
        ("区域", "岳塘区", 500 * W), ("区域", "雨湖区", 400 * W), ("区域", "湘潭县", 700 * W)]
    assert r.tables["indicators"][0]["note"] == "岳塘区：≥95%；雨湖区：≥95%；湘潭县：≥96%"
    assert warning_codes(r) == []
