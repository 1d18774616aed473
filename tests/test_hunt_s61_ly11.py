"""Hunt ly11 (session 61): layouts of 项目支出绩效自评表 indicator tables and 评分表 (tests/fixtures/review/
ct_s61_ly11_*.txt, made by tests/fixtures/review/make_s61_ly11.py; each expectation written down by hand before the
run).

Decided: an indicator written as a sentence in a self-evaluation form of no indicator table is one indicator
(`（1）数量指标：培训人数1200人次，实际完成1250人次，得分20分。`; a 自评报告's narrative is no form, nothing read); `总分` before a
score of its full marks in brackets is a score (`总分：90分（满分100分），等级：优`, `总分90分（满分100分）。`); 评价单位 / 主管单位
are outside parties scoring (`自评分 | 评价单位评分`: the second the score); `全得` an indicator's full marks; a bare 指标
heads the names before the 权重 right before the target, and a weak target head (`年度目标`) before a 完成值 in a scored
table is the target; a 评分表's 合计 right under its head goes on to the rows; indicators of no points each named once
in the 评分表 take that row's weight and score; 履职效能 is an output level.
Kept (guards): sentences under an indicator table; a report's narrative; `总分：90分（满分100分）` alone; `分值/得分` in one
cell; long 评分标准 rules.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s61_ly11_"
NAMES = ["培训人数", "培训合格率", "培训后就业率", "学员满意度"]
TARGETS = [("产出指标", "数量指标", "培训人数", ">=", 1200.0, "人次"),
           ("产出指标", "质量指标", "培训合格率", ">=", 95.0, "%"),
           ("效益指标", "社会效益指标", "培训后就业率", ">=", 80.0, "%"),
           ("满意度指标", "服务对象满意度指标", "学员满意度", ">=", 90.0, "%")]


def _col(r, table: str, key: str) -> list:
    return [row[key] for row in r.tables[table]]


def _form(r, county: str) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        f"{county}农村劳动力职业技能培训项目", f"{county}人力资源和社会保障局", f"{county}就业服务中心")
    return p


def test_narrative_indicators_inside_a_form(read):
    # main: four unparsed_row and no_indicators
    r = read(P + "narrative_in_form.txt")
    p = _form(r, "吉首市")
    assert (p["score"], p["grade"]) == (90.0, "优")
    assert [t[1:] for t in indicator_targets(r)] == [
        ("数量指标", "培训人数", "=", 1200.0, "人次"), ("质量指标", "培训合格率", ">=", 95.0, "%"),
        ("社会效益指标", "培训后就业率", ">=", 80.0, "%"), ("满意度指标", "学员满意度", ">=", 90.0, "%")]
    assert _col(r, "indicators", "level1_std") == ["output", "output", "outcome", "satisfaction"]
    assert warning_codes(r) == []
    assert _col(r, "indicators", "actual_raw") == ["1250人次", "97%", "82%", "94%"]
    assert _col(r, "indicators", "score") == [20.0, 20.0, 30.0, 20.0]


def test_narrative_after_an_indicator_table(read):
    # guard: the sentences under a form's indicator table are its summary, no indicator twice
    r = read(P + "narrative_after_table.txt")
    _form(r, "龙山县")
    assert indicator_targets(r) == TARGETS


def test_narrative_report_gives_no_indicators(read):
    # guard: a 自评报告's narrative of the same sentences (no form) is no indicator table
    assert read(P + "narrative_report.txt").tables["indicators"] == []


@pytest.mark.parametrize("name, county, grade", [
    ("total_full_marks_line", "凤凰县", None),          # (guard: read already)
    ("total_full_marks_grade", "吉首市", "优"),          # main: no score, no grade
    ("total_full_marks_glued", "泸溪县", None),          # main: no score
])
def test_total_line_with_full_marks_in_brackets(read, name, county, grade):
    # `总分：90分（满分100分）` under the indicator table, its grade after it, or its label glued to it and a 。 closing it
    r = read(P + name + ".txt")
    p = _form(r, county)
    assert (p["score"], p["grade"]) == (90.0, grade)
    assert indicator_targets(r) == TARGETS
    assert _col(r, "indicators", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "indicators", "score") == [30.0, 18.0, 25.0, 17.0]
    assert "score_stated_twice" not in warning_codes(r)


@pytest.mark.parametrize("name, county", [("self_then_unit_cols", "花垣县"), ("self_then_supervisor_cols", "凤凰县")])
def test_self_score_then_evaluating_unit_column(read, name, county):
    # main: `自评分 | 评价单位评分` / `自评分 | 主管单位评分`, the outside party's column lost, the unit's own taken for the
    # score
    r = read(f"{P}{name}.txt")
    p = _form(r, county)
    assert _col(r, "indicators", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "indicators", "score") == [28.0, 18.0, 26.0, 18.0]
    assert p["score"] == 90.0 and other_fields(p).get("自评分") == "97"


def test_weight_target_done_score_reason_no_levels(read):
    # main: read as a 评分表's rows, the targets and what was done lost, no indicator
    _weight_before_target(read(P + "weight_reason_no_levels.txt"), "保靖县")


def test_weight_between_bare_name_and_target(read):
    # main: `指标 | 权重 | 年度指标值 | …`, the bare 指标 not the names' head, each row unparsed, no name read
    _weight_before_target(read(P + "weight_before_target.txt"), "永定区")


def _weight_before_target(r, county: str) -> None:
    p = _form(r, county)
    assert p["score"] == 97.0
    assert [t[2:] for t in indicator_targets(r)] == [t[2:] for t in TARGETS]
    assert _col(r, "indicators", "actual_raw") == ["1250人次", "97%", "76%", "94%"]
    assert _col(r, "indicators", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "indicators", "score") == [30.0, 20.0, 27.0, 20.0]
    third = r.tables["indicators"][2]
    assert "部分学员外出务工未登记" in (third["deviation"] or third["note"] or "")


def test_points_and_score_in_one_cell(read):
    # guard: `分值/得分` over `30/30`, read already
    r = read(P + "points_slash_score.txt")
    p = _form(r, "永顺县")
    assert indicator_targets(r) == TARGETS
    assert _col(r, "indicators", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "indicators", "score") == [30.0, 19.0, 27.0, 18.0]
    assert p["score"] == 94.0


def test_score_written_full_marks(read):
    # main: `全得` no score (`满分` read)
    r = read(P + "score_full_words.txt")
    p = _form(r, "龙山县")
    assert _col(r, "indicators", "score") == [30.0, 20.0, 27.0, 20.0]
    assert p["score"] == 97.0


def test_score_sheet_of_long_rules(read):
    # guard: 评分标准 rules full of figures, read already
    r = read(P + "rules_long_text.txt")
    p = _form(r, "泸溪县")
    assert indicator_targets(r) == TARGETS
    assert _col(r, "scores", "level3") == NAMES
    assert _col(r, "scores", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "scores", "score") == [30.0, 20.0, 30.0, 20.0]
    assert p["score"] == 100.0


def test_total_row_before_the_rows(read):
    # main: the 合计 right under the head closed the table, its rows unparsed, no scores
    r = read(P + "total_before_rows.txt")
    p = _form(r, "古丈县")
    assert _col(r, "scores", "level3") == NAMES
    assert _col(r, "scores", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "scores", "score") == [30.0, 18.0, 27.0, 18.0]
    assert p["score"] == 93.0
    assert "weights_not_100" not in warning_codes(r)


def test_scores_table_after_the_indicators_joined_by_name(read):
    # main: the indicators unscored, their points and scores only in `scores`
    r = read(P + "scores_joined_by_name.txt")
    p = _form(r, "桑植县")
    assert indicator_targets(r) == TARGETS
    assert _col(r, "indicators", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "indicators", "score") == [30.0, 19.0, 26.0, 18.0]
    assert p["score"] == 93.0


def test_dept_duty_levels_are_outputs(read):
    # main: 履职效能 of no standard level, the form warned no_output_indicator
    r = read(P + "dept_duty_levels.txt")
    assert _col(r, "indicators", "level1_std") == ["output", "output", "input", "outcome", "satisfaction"]
    assert "no_output_indicator" not in warning_codes(r)
