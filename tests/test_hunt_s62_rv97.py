"""Review rv97 (session 62) of hunt ly14: indicators written as numbered sentences and a table of risks under the
indicators, with fixtures ct_s62_rv97_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s62_rv97.py); each reading was written down by hand before jixiao was run.
Decided: a 自评报告 is read as a self-evaluation by its own title only, not by a 评价报告's line citing the unit's
自评报告 (main: the third party's report read as the unit's self_eval, its 综合得分 the unit's score); sentences in one
cell numbered `1.` or `2、` are split as `（2）` ones are (main: the cell an unparsed_row, no indicator).
A caption before a table's heads is one rule for the captioned heads and the verdict heads (forms._table_caption):
not a column's head, so `序号 | 评估内容 | 评估要点 | 评估结论` is no verdict head under a caption `序号` (main: the
head row dropped without a word, as it was reported before ly14).
A scored sentence broken over two lines (a strict xfail here: read since hunt ly16, session 63, the line's rest joined
in extract/txt.py); a 风险分析 or 评估 table with a 序号 column (read since hunt ly15).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes


def _narrated(r):
    return [(i.get("level2") or i.get("level1"), i["level3"], i["target_raw"], i["actual_raw"], i["score"])
            for i in r.tables["indicators"]]


def test_eval_report_citing_a_self_report_is_none(read):
    """A 绩效评价报告 whose text says the evaluators read the unit's 自评报告, its sentences scored by the evaluators:
    a 评价报告, nothing read as ng3's (main: the unit's self_eval of 85, two indicators)."""
    r = read("ct_s62_rv97_eval_report_cites_self_report.txt")
    assert r.tables["indicators"] == []
    assert "layout_unknown" in warning_codes(r)
    assert not [p for p in r.tables["projects"] if p.get("form") == "self_eval"]


@pytest.mark.parametrize("name", ["ct_s62_rv97_onecell_numbered_dot.txt", "ct_s62_rv97_onecell_numbered_comma.txt"])
def test_sentences_numbered_in_one_cell(read, name):
    """`1.数量指标：…得分30分。2.满意度指标：…` (or `1、` / `2、`) in the label's one cell: two indicators, the figure's
    decimal `12.5公里` no sentence's start (main: the cell an unparsed_row, no indicator)."""
    r = read(name)
    assert _narrated(r) == [("数量指标", "新建村级道路", "12公里", "12.5公里", 30),
                            ("满意度指标", "沿线群众满意度", "≥90%", "93%", 20)]
    assert "unparsed_row" not in warning_codes(r)
    assert only_project(r)["score"] == 50


def test_sentence_broken_over_two_lines(read):
    r = read("ct_s62_rv97_sentence_broken.txt")
    assert _narrated(r) == [("数量指标", "新建村级道路", "12公里", "12.5公里", 30),
                            ("时效指标", "竣工时间", "2024年11月30日前", "2024年11月20日", 20),
                            ("满意度指标", "沿线群众满意度", "≥90%", "93%", 20)]


def test_risks_with_a_number_column(read):
    r = read("ct_s62_rv97_risks_numbered.txt")
    assert [i["level3"] for i in r.tables["indicators"]] == ["新建村级道路里程", "工程验收合格率", "群众出行便利度",
                                                             "沿线群众满意度"]
    assert other_fields(only_project(r)) == {"雨季施工延误": "合理安排工期", "原材料价格上涨": "签订固定单价合同"}


def test_numbered_verdict_head_not_dropped(read):
    """`序号 | 评估内容 | 评估要点 | 评估结论` in an 事前评估表: 序号 is the table's own column, no caption — not taken as
    a verdict head of its last three cells with its first row dropped without a word (main before rv97); since hunt
    ly15 (session 63) the table read whole, its numbers dropped (test_numbered_verdicts_read), nothing unparsed."""
    r = read("ct_s62_rv97_verdicts_numbered.txt")
    assert "unparsed_row" not in warning_codes(r)
    assert "立项必要性" in other_fields(only_project(r))


def test_numbered_verdicts_read(read):
    r = read("ct_s62_rv97_verdicts_numbered.txt")
    assert other_fields(only_project(r)) == {"立项必要性": "项目列入民生实事，立项必要", "实施可行性": "具备实施条件",
                                             "评估结论": "予以支持"}
