"""Review rv87 (session 61) of hunt ly11 (tests/fixtures/review/ct_s61_rv87_*.txt, made by
tests/fixtures/review/make_s61_rv87.py; each expectation written down by hand before the run).

Decided: the sentences read as indicators (ly11's rule) give way to an indicator table read after them in the form
(`绩效指标完成情况 | （1）数量指标：…` over the table: each indicator was read twice); indicators joined to the 评分表's
rows by name (ly11's rule) not when two indicators bear one name, and names compared without their spaces
(`优良 路率` is `优良路率`). Left: a 评分表 name with its unit in brackets (`沿线群众满意度（%）`), a strict xfail.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

P = "ct_s61_rv87_"
NAMES = ["养护里程", "优良路率", "群众出行条件", "沿线群众满意度"]


def _col(r, table: str, key: str) -> list:
    return [row[key] for row in r.tables[table]]


def test_sentences_over_the_indicator_table_give_way_to_it(read):
    # main: six indicators, the two sentences' and the table's four, duplicate_indicator twice
    r = read(P + "narrative_before_table.txt")
    p = only_project(r)
    assert (p["name"], p["unit"]) == ("慈利县农村公路日常养护项目", "慈利县公路建设养护中心")
    assert _col(r, "indicators", "level3") == NAMES
    assert _col(r, "indicators", "level1") == ["产出指标", "产出指标", "效益指标", "满意度指标"]
    assert _col(r, "indicators", "target_raw") == ["≥300公里", "≥85%", "明显改善", "≥90%"]
    assert "duplicate_indicator" not in warning_codes(r)


def test_two_indicators_of_one_name_take_no_row_of_the_scores(read):
    # main: both 养护里程 indicators given the one row's 30 and 30 (the 质量指标's own points are 20 of the row
    # 优良路率, which no indicator names)
    r = read(P + "scores_name_repeats.txt")
    assert only_project(r)["score"] == 94.0
    assert _col(r, "indicators", "level3") == ["养护里程", "养护里程", "群众出行条件", "沿线群众满意度"]
    assert _col(r, "indicators", "weight") == [None, None, None, None]
    assert _col(r, "indicators", "score") == [None, None, None, None]
    assert _col(r, "scores", "weight") == [30.0, 20.0, 30.0, 20.0]


def test_a_spaced_name_in_the_scores_is_the_indicator(read):
    # main: `优良 路率` no indicator's name, every indicator left unscored
    r = read(P + "scores_name_spaced.txt")
    assert only_project(r)["score"] == 94.0
    assert _col(r, "indicators", "level3") == NAMES
    assert _col(r, "indicators", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "indicators", "score") == [30.0, 18.0, 28.0, 18.0]
    assert "weights_not_100" not in warning_codes(r)
    assert "scores_not_sum" not in warning_codes(r)


def test_a_total_under_a_scored_indicator_tables_head(read):
    # main: the 合计 closed the table right under its head, its four rows unparsed_row, no_indicators
    r = read(P + "total_atop_indicator_table.txt")
    assert only_project(r)["score"] == 94.0
    assert _col(r, "indicators", "level3") == NAMES
    assert _col(r, "indicators", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "indicators", "score") == [30.0, 18.0, 28.0, 18.0]
    assert warning_codes(r) == ["vague_target"]      # (明显改善, the fixture's own)


# (a plain test since hunt tg24 (session 63): a row's name is compared without the unit it states in brackets when no
# indicator bears it so, `jixiao.pipeline.scores_by_name`; a bracket of no unit, `满意度（群众）`, still tells two apart)
def test_a_bracketed_name_in_the_scores_is_the_indicator(read):
    r = read(P + "scores_name_bracket.txt")
    assert _col(r, "indicators", "weight") == [30.0, 20.0, 30.0, 20.0]
    assert _col(r, "indicators", "score") == [30.0, 18.0, 28.0, 18.0]


# (a plain test since hunt ly13 (session 62): a label's value ending in `，` goes on on the line under it, that line's
# one field in the value's column: `extract.txt._value_goes_on`)
def test_a_sentence_indicator_broken_over_two_lines(read):
    r = read(P + "narrative_broken_row.txt")
    assert _col(r, "indicators", "level3") == ["养护里程", "优良路率"]
    assert _col(r, "indicators", "score") == [30.0, 20.0]
    assert "unparsed_row" not in warning_codes(r)
