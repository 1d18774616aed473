"""Review rvb: edges of the rules merged in the session of 2026-12-05 (second) — twins tw1 / tw2 and hunt fam2
(fixtures tests/fixtures/review/ct_s47_rvb_*). Each test states the right reading, written down by hand before the
run, and in a comment what main (94cbcd1b) gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, warning_codes


@pytest.mark.parametrize("fixture, name", [
    # `新化县2024年农贸市场建设项目绩效目标表` (no 项目名称): fam2's place lead took any characters up to 市, so
    # `新化县农贸市` was the place and `场建设` too short a name. main: name null
    ("ct_s47_rvb_title_market.txt", "新化县农贸市场建设项目"),
    # `新化县2024年智慧城市建设项目绩效目标表`: the lead took `新化县智慧城市` as a place, `建设项目` left, generic.
    # main: name null
    ("ct_s47_rvb_title_smart_city.txt", "新化县智慧城市建设项目"),
    # `新化县2024年融媒体中心建设项目绩效目标表`: the body lead `融媒体中心` left `建设项目` (GENERIC_PROJECT with tw1's
    # 建设): a body's own building is a project, no body's forms. main: name null
    ("ct_s47_rvb_title_center_building.txt", "新化县融媒体中心建设项目"),
])
def test_a_title_naming_its_project_with_place_words_in_it(read, fixture, name):
    p = only_project(read(fixture))
    assert (p["name"], p["year"]) == (name, 2024)


def test_a_title_naming_a_class_of_funds_projects_names_no_project(read):
    # `湖南省2024年度省级财政专项资金项目绩效目标表` over a form of no 项目名称: the title names the kind of the money
    # (省级财政专项资金), as `…县级预算项目绩效目标表` does, no project. main: name `湖南省省级财政专项资金项目`
    p = only_project(read("ct_s47_rvb_title_fund_class.txt"))
    assert p["name"] is None
    assert (p["department"], p["budget_year"]) == ("湖南省农业农村厅", 8_000_000.0)


def test_a_scored_index_of_a_class_of_projects_keeps_its_scores(read):
    # tw1's fixture `2024年度县级重点建设项目绩效评价指标体系`, its 得分 filled (合计 94.1): the title names no project
    # (a class of them) but the scores are data — one project, name null, 12 scores, the total 94.1 (tw1's test
    # changed). main: no project, not_a_form, the scores lost
    r = read("ct_s47_tw1_eval_index_generic_name.txt")
    p = only_project(r)
    assert (p["name"], p["score"]) == (None, 94.1)
    assert [s["score"] for s in r.tables["scores"]][:3] == [3.0, 2.0, 4.0] and len(r.tables["scores"]) == 12
    assert "not_a_form" not in warning_codes(r)


def test_a_caption_number_before_the_titles_year(read):
    # `表1.2024年新化县农村公路养护项目绩效目标表`: TABLE_NO's sub-number took `.20` of the year, so YEAR_WORD found no
    # year and the name kept `24年`. main: name `24年新化县农村公路养护项目`
    p = only_project(read("ct_s47_rvb_title_table_no.txt"))
    assert (p["name"], p["year"]) == ("新化县农村公路养护项目", 2024)


def test_a_line_up_name_leaves_a_span_of_years_out_whole():
    # jixiao.history's norm_name had its own `\d{4}年度?` (a twin of tw1's YEAR_WORD, which takes a span whole): a
    # name `2023-2025年高标准农田建设项目` kept `2023-`, so it lined up with neither the bare name nor the next phase's.
    # main: `2023-高标准农田建设项目`
    from jixiao import history as H
    assert H.norm_name("2023-2025年高标准农田建设项目") == H.norm_name("高标准农田建设项目") \
        == H.norm_name("2024－2026年度高标准农田建设项目") == "高标准农田建设项目"
    assert H.norm_name("党建经费（2023年）") == "党建经费"


def test_a_region_forms_second_row_of_amounts_by_place(read):
    # fam2's `区域 | 长沙市 | 株洲市 | 合计` over `预算数（万元） | 1200 | 800 | 2000`, then `执行数（万元） | 1000 | 700 | 1700`:
    # the second row is the places' spending, its whole the 合计's figure; each place's in its line's note. main:
    # spent 10,000,000 (长沙市's 1000 read as the label's value), 700 and 1700 lost without a word
    r = read("ct_s47_rvb_region_spent.txt")
    p = only_project(r)
    assert (p["budget_total"], p["spent"]) == (20_000_000.0, 17_000_000.0)
    assert [(b["name"], b["amount"], b["note"]) for b in r.tables["budget_items"]] == [
        ("长沙市", 12_000_000.0, "执行数：1000万元"), ("株洲市", 8_000_000.0, "执行数：700万元")]


def test_a_monitoring_goals_short_reason_and_its_measures(read):
    # a 监控表's goal row `年度总体目标 | 年初目标 | 1-7月实际完成情况 | 全年预计完成情况 | 偏差原因 | 改进措施` over
    # `| 养护… | 已养护… | 能完成。 | 雨季施工受阻 | 增加作业班组`: tw2 / fam read the reason head, but a short reason was
    # taken for a head beside a head (_keep_other) and the measures' head was none: both lost without a word. main:
    # other_fields null
    from tests.hunt_tools import other_fields
    p = only_project(read("ct_s47_rvb_monitor_goal_measures.txt"))
    assert (p["goal_annual"], p["goal_actual"], p["goal_forecast"]) == ("养护农村公路200公里。", "已养护110公里。", "能完成。")
    assert other_fields(p) == {"偏差原因": "雨季施工受阻", "改进措施": "增加作业班组"}
    assert (p["budget_year"], p["spent"]) == (3_000_000.0, 1_500_000.0)


def test_a_monitoring_forms_own_title_names_its_project(read):
    # `新化县2024年农村公路养护项目绩效监控表` over a 监控表 of no 项目名称: fam2's title ending knew 绩效运行监控表, not
    # its siblings 绩效监控表 / 绩效运行监控情况表 / 绩效评价表 / 绩效目标调整表. main: name null
    p = only_project(read("ct_s47_rvb_title_monitor.txt"))
    assert (p["name"], p["year"], p["spent"]) == ("新化县农村公路养护项目", 2024, 1_500_000.0)
