"""Twins tw5 (review-final #11): the points written after a level's name were read by three patterns with different
words — a score table's level 1 (满分|共|计|分值), an indicator's level 1 (no word, 分 required) and a 预算执行率 row's
label (分值|满分|权重, 分 required). One pattern now (parsers.tables.points_said), the union of the words. Fixtures
ct_s50_tw5_* (text dumps with tabs between cells, as samples/). Each reading was written down by hand before jixiao
was run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import warning_codes


def test_indicator_level1_points_with_a_word_before_them(read):
    """A 自评表's level 1s `产出指标（满分50分）`, `效益指标（共30分）`, `满意度指标（权重10分）`: level1_weight 50 / 30 / 10
    (the names kept as written), as a score table's. Main: level1_weight null on every row (only `（50分）` read)."""
    r = read("ct_s50_tw5_selfeval_level1_points_words.txt")
    assert [(i["level1"], i["level1_weight"], i["level3"]) for i in r.tables["indicators"]] == [
        ("产出指标（满分50分）", 50, "安防设施里程"), ("产出指标（满分50分）", 50, "工程验收合格率"),
        ("效益指标（共30分）", 30, "农村公路交通事故率"), ("满意度指标（权重10分）", 10, "沿线群众满意度")]


def test_rate_row_with_its_points_in_brackets_without_fen(read):
    """`预算执行率(10) | | … | 9.5` below the indicators' 合计 90 (the points' 分 left out, as `决策(10)`): a score
    row 预算执行率 10 / 9.5, the weights 100, the total 96.5 agreeing, no warning. Main: the row not read, two
    weights_not_100 (the weights 90; the scores 87 against the total 96.5)."""
    r = read("ct_s50_tw5_selfeval_level1_points_words.txt")
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10, 9.5)]
    assert r.tables["projects"][0]["score"] == 96.5 and warning_codes(r) == []


def test_score_level1_points_after_quanzhong(read):
    """A 评分表's `决策（权重：15分）` … `效益（权重：30分）`: level 1 `决策` … `效益`, 15 / 15 / 40 / 30 their rows'
    level1_weight, as `决策（满分15分）`. Main: level1 `决策（权重：15分）` (a level of its own), level1_weight null."""
    r = read("ct_s50_tw5_scores_level1_weight_word.txt")
    assert [(s["level1"], s["level1_weight"], s["level3"]) for s in r.tables["scores"]] == [
        ("决策", 15, "立项程序规范性"), ("决策", 15, "绩效目标合理性"), ("过程", 15, "资金使用合规性"),
        ("产出", 40, "新建高标准农田面积"), ("效益", 30, "粮食综合生产能力提升")]
    assert warning_codes(r) == []
