"""Mend md39 (session 61): review rd's groups B and C on hunt ly11 — indicators written as sentences beside an
indicator table or under a label that is a field, and a 合计 right under its table's head — with fixtures
ct_s61_md39_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s61_md39.py); each reading was
written down by hand before jixiao was run.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


def test_sentence_over_the_indicator_table_is_its_summary(read):
    """B1: `绩效指标完成情况 | （1）数量指标：…，得分25分。` over the form's indicator table: the table's 4 rows only, the
    sentence an unparsed_row as one under the table is (main: 5 indicators, the first twice, a duplicate_indicator)."""
    r = read("ct_s61_md39_sentence_over_table.txt")
    assert _ind(r, "level1", "level3", "weight") == [
        ("产出指标", "维修改造供水工程", 25), ("产出指标", "工程验收合格率", 25),
        ("效益指标", "受益人口", 30), ("满意度指标", "受益群众满意度", 20)]
    codes = warning_codes(r)
    assert "duplicate_indicator" not in codes and "unparsed_row" in codes
    assert only_project(r)["score"] == 98


def test_sentences_under_a_field_label_all_read(read):
    """B3: `主要绩效指标 | （1）数量指标：…` then two rows of sentences, the label's cell empty: three indicators, the
    first too, none kept in other_fields (main: the first in other_fields, two of three read)."""
    r = read("ct_s61_md39_field_label_sentences.txt")
    # (the level's label in level1 or level2 as ly11 files it: `满意度指标` names both, level2)
    assert [(i.get("level1") or i.get("level2"), i["level3"], i["target_raw"], i["actual_raw"])
            for i in r.tables["indicators"]] == [
        ("数量指标", "培训乡村教师", "1200人次", "1250人次"),
        ("质量指标", "培训合格率", "≥95%", "98%"),
        ("满意度指标", "参训教师满意度", "≥90%", "95%")]
    assert "主要绩效指标" not in other_fields(only_project(r))


def test_sentences_alone_on_their_lines(read):
    """Left by review rd B2 (a strict xfail), read since hunt ly14: a sentence alone on a line, no label's cell beside
    it, that states its score is the form's indicator; the time's name run into its day split (`完工时间2024年10月底前`)."""
    r = read("ct_s61_md39_sentences_alone.txt")
    assert _ind(r, "level2", "level3") == [("数量指标", "改造路灯"), ("时效指标", "完工时间")]


def test_indicator_table_total_right_under_its_head(read):
    """C2: an indicator table with a 得分 column, its `合计 | … | 100 | 94` right under the head: the rows below are
    its indicators, the 合计 the form's score (main: no indicator, three unparsed_row)."""
    r = read("ct_s61_md39_indicator_total_atop.txt")
    assert _ind(r, "level3", "weight", "score") == [
        ("补贴发放面积", 40, 40), ("补贴发放及时率", 20, 16), ("种粮农民增收", 40, 38)]
    assert only_project(r)["score"] == 94 and "unparsed_row" not in warning_codes(r)


def test_score_total_atop_a_money_row_closes_the_table(read):
    """C1: a 评分表 that is only its `合计 | 100 | 91`, then `财政资金 | 150 | 140 | 93.3`: the 合计 closes the table,
    the row the money's (main: a score row 财政资金 of weight 140, budget_fiscal lost, two weights_not_100)."""
    r = read("ct_s61_md39_score_total_money_below.txt")
    p = only_project(r)
    assert p["budget_fiscal"] == 1_500_000 and p["score"] == 91
    assert r.tables["scores"] == [] and "weights_not_100" not in warning_codes(r)
