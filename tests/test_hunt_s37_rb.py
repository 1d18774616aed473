"""Review RB (session of 2026-12-03, fifth): inputs where the session's money, extraction and form-splitting rules
could misfire on forms other than those they were written for. Inputs in tests/fixtures/review/ct_s37_rb_*; each
expectation written by hand before the run."""

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000


@pytest.mark.parametrize("name", ["ct_s37_rb_place_years_counts.txt", "ct_s37_rb_place_years_counts.xlsx"])
def test_households_by_place_and_year_are_no_money(read, name):
    # `改造任务分配表（户）` over `县（市、区） | 2024年 | 2025年 | 合计`: households to rebuild per county and year, no
    # money (the rule for money by place with year columns made each county a line of 200万元 / 150万元)
    r = read(name)
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_total"]) == (500 * W, 500 * W, None)
    assert budget_lines(r) == []
    assert other_fields(p)["甲县"] == "2024年：120户；2025年：80户；合计：200户"
    assert "budget_sum_mismatch" not in warning_codes(r) and "unparsed_row" not in warning_codes(r)
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]][0] == ("危房改造户数", "350户")


def test_people_by_place_after_money_by_place(read):
    # `资金分配表（万元）` by county and year, then `受益人数（人）` under the same heads: the money a line per county, the
    # people no money (start: 4 source lines, the people 3,000万 / 2,000万; main: the people two composition lines of
    # 4,000万 / 3,000万, budget_sum_mismatch)
    r = read("ct_s37_rb_money_then_people.xlsx")
    p = only_project(r)
    assert p["budget_total"] == 700 * W
    assert budget_lines(r) == [("资金分配表", "甲县", 400 * W, "composition"), ("资金分配表", "乙县", 300 * W, "composition")]
    assert other_fields(p)["甲县"] == "2024年：3000人；2025年：1000人；合计：4000人"


def test_merged_name_over_a_slash_row(read):
    # `培训乡村医生` merged down over `≥300人次` and a row whose 指标值 is `/`: one indicator (the rule naming each row
    # under a merged name made a second of no target: target_missing, duplicate_indicator)
    r = read("ct_s37_rb_merged_name_slash.docx")
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("培训乡村医生", "≥300人次"), ("考核合格率", "≥95%"), ("学员满意度", "≥90%")]
    assert "duplicate_indicator" not in warning_codes(r) and "target_missing" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s37_rb_goal_per_glyph.pdf", "ct_s37_rb_all_per_glyph.pdf"])
def test_glyph_by_glyph_line_not_cut_at_column_edges(read, name):
    # a page without rules whose goal line is drawn one text object per glyph and crosses the indicator table's column
    # edges (a glyph starting on each): the cut at a new text object between Chinese glyphs split it in three, the
    # goal `完成农村公路日常养护` and an other_fields pair of the rest
    r = read(name)
    p = only_project(r)
    assert p["goal_annual"] == "完成农村公路日常养护里程二百公里优良中等路率达到百分之八十五以上确保道路安全畅通"
    assert not other_fields(p)
    assert (p["name"], p["department"], p["budget_year"]) == ("农村公路养护", "某县交通运输局", 300 * W)
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("养护里程", "≥200公里"), ("优良中等路率", "≥85%"), ("沿线群众满意度", "≥90%")]


def test_spaced_line_not_cut_at_column_edges(read):
    # the goal line set with 0.35 em between its glyphs (justified, spaced) crossing two column edges: the cut where two
    # Chinese glyphs stand 0.3 glyph widths apart split it (goal `完成农村公路日常`, an other_fields pair of the rest)
    r = read("ct_s37_rb_goal_spaced.pdf")
    p = only_project(r)
    assert not other_fields(p)
    assert any("完成农村公路日常养护里程二百公里优良中等路率达到八成五以上" in (t or "")
               for t in [p["goal_annual"]] + [b["name"] for b in r.tables["budget_items"]])
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("养护里程", "≥200公里"), ("优良中等路率", "≥85%"), ("沿线群众满意度", "≥90%")]


def test_spaced_goal_is_the_goal(read):
    p = only_project(read("ct_s37_rb_goal_spaced.pdf"))
    assert p["goal_annual"] == "完成农村公路日常养护里程二百公里优良中等路率达到八成五以上"
    assert p["budget_year"] == 300 * W


def test_rates_by_place_and_year_are_no_money(read):
    # `农村自来水普及率目标（%）` over `县（市、区） | 2024年 | 2025年 | 合计` under the money block: rates, no money (main:
    # composition lines of 95万 / 94万, budget_sum_mismatch; start: source lines of 92万 / 90万)
    r = read("ct_s37_rb_place_years_percent.txt")
    p = only_project(r)
    assert budget_lines(r) == [] and p["budget_year"] == 800 * W
    assert other_fields(p)["甲县"] == "2024年：92%；2025年：95%；合计：95%"
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_caption_naming_no_money_over_place_table(read):
    # `救助对象分布` (no unit, no money word) over the same heads as the `资金分配表（万元）` above it: people, no money
    # (main: two composition lines of 4,000万 / 3,000万; start: source lines)
    r = read("ct_s37_rb_money_then_people.txt")
    p = only_project(r)
    assert p["budget_total"] == 700 * W
    assert budget_lines(r) == [("资金分配表", "甲县", 400 * W, "composition"), ("资金分配表", "乙县", 300 * W, "composition")]
    assert other_fields(p)["乙县"] == "2024年：2000；2025年：1000；合计：3000"
    assert "budget_sum_mismatch" not in warning_codes(r)
