"""Twins pass tw3: rules written twice or three times made one; where the copies read a spelling differently, the
reading the one rule gives (fixtures tests/fixtures/review/ct_s48_tw3_*)."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

WAN = 10_000.0


def test_other_self_raised_money_after_a_use_is_other_money(read):
    # `资金总额300万元，其中财政拨款250万元，主要用于设备购置300万元，其他自筹资金50万元`: 其他自筹资金 names a source
    # (自筹), not the rest of the uses as a bare `其他` does after a use (labels.REST_MONEY, now matched whole).
    # main: budget_other None (the clause refused for its 其他), a fiscal_total_gap of 50万
    r = read("ct_s48_tw3_other_self_raised_after_use.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (300 * WAN, 250 * WAN, 50 * WAN)
    assert "fiscal_total_gap" not in warning_codes(r)


def test_levels_beside_a_gift_line_make_the_fiscal_money(read):
    # 资金总额 450 over 中央补助资金 300 / 市级财政配套 100 / 企业捐助 50: the levels are the fiscal money, the gift the
    # other (one list of other-money words, labels.OTHER_SOURCE_WORDS; forms' own list lacked 捐助).
    # main: budget_fiscal None, budget_other None
    p = only_project(read("ct_s48_tw3_levels_with_gift.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (450 * WAN, 400 * WAN, 50 * WAN)


def test_social_input_in_a_money_sentence_is_other_money(read):
    # `资金总额200万元，其中县级财政资金150万元，社会投入50万元`: 社会投入 is money of no government (bare 社会 with a
    # money word after it; labels.OTHER_MONEY knew 社会资本 / 社会资金 / 社会投资 / 社会融资 only).
    # main: budget_fiscal None, budget_other None (the sentence not read)
    p = only_project(read("ct_s48_tw3_social_input_sentence.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (200 * WAN, 150 * WAN, 50 * WAN)


def test_region_form_places_under_a_quhua_head(read):
    # a 区域绩效目标表's `区划 | 衡南县 | 衡阳县 | 祁东县 | 合计` over `资金（万元） | 900.00 | …`: the places and their money
    # as under `区域` (one list of place words, forms' _PLACE_WORDS: the region block's own lacked 区划 / 地域, which the
    # place labels' list held). main: both rows unparsed_row, budget_total None, no budget lines
    r = read("ct_s48_tw3_region_block_quhua.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_total"]) == ("城乡供水一体化专项资金", "衡阳市水利局", 2000 * WAN)
    assert [(b["group"], b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]] == [
        ("区划", "衡南县", 900 * WAN, "composition"), ("区划", "衡阳县", 700 * WAN, "composition"),
        ("区划", "祁东县", 400 * WAN, "composition")]
    assert warning_codes(r) == []


def test_money_by_place_and_year_under_a_region_name_head(read):
    # `资金分配（万元）` over `地区名称 | 2024年 | 2025年 | 2026年` and a row per place: each place a composition line of
    # its years' sum, as under `县（区）` (forms' _PLACE_HEADS now holds every place word, _PLACE_WORDS; it lacked
    # 地区名称 / 区域名称 / 地域 / 区划). main: the head row an unparsed_row, each place a `source` line of its first year
    r = read("ct_s48_tw3_place_years_region_name.txt")
    assert [(b["group"], b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]] == [
        ("资金分配", "珠晖区", 250 * WAN, "composition"), ("资金分配", "衡南县", 180 * WAN, "composition")]
    assert "unparsed_row" not in warning_codes(r)


def test_year_from_an_annual_goal_with_a_figure_after_its_year(read):
    # no year in the title, `填报日期：2023年12月20日` (the filing's), `年度绩效目标 | 2024年10个乡镇完成…`: year 2024, the
    # goal's — one rule of a text's leading year (normalize.dates LEAD_YEAR, the money label's and the goal's).
    # main: year None (the goal's own rule refused any figure after 年, taking `2024年10` for a day's start)
    p = only_project(read("ct_s48_tw3_goal_year_count.txt"))
    assert (p["name"], p["year"], p["budget_year"]) == ("隆回县农村人居环境整治项目", 2024, 600 * WAN)


def test_no_year_from_an_annual_goal_opening_with_a_span(read):
    # `年度绩效目标 | 2024年至2026年，完成中小河流治理…`: a span of years opens the goal, no one year of it the form's (as
    # `2024-2026年` gives none). main: year 2024, the span's first year
    p = only_project(read("ct_s48_tw3_goal_year_span.txt"))
    assert (p["name"], p["year"], p["budget_year"]) == ("隆回县中小河流治理项目", None, 900 * WAN)


# form-title endings: one vocabulary in parsers.forms (_TITLE_PROJ, _FORM_KIND, _FORM_WORDS …) from which the scored
# index's (_SCORE_TITLE_END), the form title's (_PROJECT_TITLE_END) and the sheet names' (FORM_TITLE_END) endings are
# built; each hand list had words the others lacked

def test_title_name_before_a_performance_application_ending(read):
    # title `新化县2025年农村饮水安全巩固提升项目绩效申报表`, no 项目名称: the project the title names, its year left out.
    # main: name None (the title rule knew 绩效目标申报表, not 绩效申报表, which the sheet names' rule and labels.FORM_TITLE did)
    p = only_project(read("ct_s48_tw3_title_name_apply.txt"))
    assert (p["name"], p["year"], p["department"], p["budget_year"]) == (
        "新化县农村饮水安全巩固提升项目", 2025, "新化县水利局", 450 * WAN)


def test_title_name_before_an_assessment_ending(read):
    # title `邵东市2024年城区背街小巷改造项目支出绩效考核表`: the project it names (考核, a scored kind the index rule knew).
    # main: name None
    p = only_project(read("ct_s48_tw3_title_name_kaohe.txt"))
    assert (p["name"], p["year"], p["budget_year"]) == ("邵东市城区背街小巷改造项目", 2024, 520 * WAN)


def test_sheet_name_before_a_run_monitoring_ending(read):
    # a workbook of no 项目名称 on a sheet named `2025年农村公路养护项目绩效运行监控表` (tests/fixtures/make_s48_tw3.py): the
    # project the sheet's name gives, as from a title (运行监控, which the title rule knew). main: name None
    r = read("ct_s48_tw3_sheet_run_monitor.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_total"]) == ("农村公路养护项目", "某县交通运输局", 300 * WAN)
    assert warning_codes(r).count("name_from_sheet") == 1
