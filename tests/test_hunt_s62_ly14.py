"""Hunt ly14 (session 62): a table of another kind right under a form's indicator table in the same grid — an 事前评估
table of conclusions (`评估内容 | 评估要点 | 评估结论`), a 风险分析 (`风险点 | 应对措施`), a 实施计划 (`时间节点 | 工作内容`)
with its caption in the label column, a 资金测算明细 (`测算依据 | 单价 | 数量 | 金额`) — in tab, `|` and pdftotext -layout
dumps (fixtures ct_s62_ly14_* from tests/fixtures/review/make_s62_ly14.py); each reading was written down by hand
before jixiao was run.
Decided: the other table's head ends the indicator table and its rows are read as that table's: the conclusions and
the risks in other_fields under what was assessed or the risk, the plan the form's plan (main: every row an
indicator of the last level 1, `评估内容` a level 1 or the head a level 3 of target `评估结论`).
Guard (read right on main too): the 资金测算明细 under the indicators, its lines budget_items.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10_000
ROADS = ["新建村级道路里程", "工程验收合格率", "群众出行便利度", "沿线群众满意度"]
WATER = ["改造供水管网长度", "完工时间", "受益人口", "受益群众满意度"]


def _names(r):
    return [i["level3"] for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["ct_s62_ly14_verdicts_under.txt", "ct_s62_ly14_verdicts_under_pipe.txt"])
def test_conclusions_under_the_indicators(read, name):
    """`评估内容 | 评估要点 | 评估结论` right under the indicators: the four indicators only; each conclusion kept under
    what was assessed, the 要点 (a question) not kept."""
    r = read(name)
    assert _names(r) == ROADS
    assert [i["level1"] for i in r.tables["indicators"]] == ["产出指标", "产出指标", "效益指标", "满意度指标"]
    assert other_fields(only_project(r)) == {
        "立项必要性": "项目列入县2024年民生实事，立项必要", "投入经济性": "单价参照市信息价，成本合理", "实施可行性": "具备实施条件"}


@pytest.mark.parametrize("name", ["ct_s62_ly14_risks_under.txt", "ct_s62_ly14_risks_under_layout.txt"])
def test_risks_under_the_indicators(read, name):
    """`风险分析 | 风险点 | 应对措施` (its caption in the label column): the four indicators only; each risk kept with
    its measure."""
    r = read(name)
    assert _names(r) == ROADS
    assert other_fields(only_project(r)) == {"雨季施工延误": "合理安排工期，雨季前完成路基",
                                             "原材料价格上涨": "签订固定单价合同"}


@pytest.mark.parametrize("name", ["ct_s62_ly14_schedule_under.txt", "ct_s62_ly14_schedule_under_pipe.txt"])
def test_schedule_with_its_caption_under_the_indicators(read, name):
    """`年度工作安排 | 时间 | 工作内容` under the indicators, its caption in the label column: the form's plan, no
    indicator (main: the head and the steps indicators of the last level 1, level 2 `年度工作安排`)."""
    r = read(name)
    assert _names(r) == WATER
    assert only_project(r)["plan"] == "2024年3月 完成招标；2024年6月 管网铺设过半；2024年10月 完工验收"


@pytest.mark.parametrize("name", ["ct_s62_ly14_costing_under.txt", "ct_s62_ly14_costing_under_layout.txt"])
def test_guard_costing(read, name):
    """(guard) the 资金测算明细 under the indicators, its lines budget_items (read on main already)."""
    r = read(name)
    assert _names(r) == WATER
    assert [(a, k) for _g, _n, a, k in budget_lines(r)] == [(160 * W, "composition"), (20 * W, "composition")]


# ---- indicators written as sentences (md39's leftover B2; ly13's time name run into its day)

ROAD_SENTENCES = [("数量指标", "新建村级道路", "12公里", "12.5公里", 30),
                  ("时效指标", "竣工时间", "2024年11月30日前", "2024年11月20日", 20),
                  ("满意度指标", "沿线群众满意度", "≥90%", "93%", 20)]


def _narrated(r):
    return [(i.get("level2") or i.get("level1"), i["level3"], i["target_raw"], i["actual_raw"], i["score"])
            for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["ct_s62_ly14_narrated_time_label.txt", "ct_s62_ly14_narrated_time_label_pipe.txt",
                                  "ct_s62_ly14_narrated_time_label_layout.txt"])
def test_time_name_run_into_its_day(read, name):
    """`（2）时效指标：竣工时间2024年11月30日前，实际完成2024年11月20日，得分20分。` under `绩效指标完成情况`: the time's
    name and its day apart, one indicator as the other two sentences (main: the sentence unread)."""
    r = read(name)
    assert _narrated(r) == ROAD_SENTENCES


@pytest.mark.parametrize("name", ["ct_s62_ly14_sentences_alone.txt", "ct_s62_ly14_sentences_alone_layout.txt"])
def test_scored_sentences_alone(read, name):
    """The same sentences alone on their lines, no label's cell: each states its score, the form's indicators (main:
    none read, no_indicators)."""
    r = read(name)
    assert _narrated(r) == ROAD_SENTENCES
    assert only_project(r)["score"] == 70


def test_scored_sentences_alone_over_a_table(read):
    """Two scored sentences alone over the form's indicator table: its summary, the table's three rows only, each
    sentence an unparsed_row as under a label (main: the table's rows, the sentences dropped without a word)."""
    r = read("ct_s62_ly14_sentences_alone_over_table.txt")
    assert [i["level3"] for i in r.tables["indicators"]] == ["新建村级道路", "竣工时间", "沿线群众满意度"]
    assert warning_codes(r).count("unparsed_row") == 2


def test_guard_unscored_sentences_alone(read):
    """(guard) sentences alone stating no score: a note's, no indicator (as on main)."""
    r = read("ct_s62_ly14_sentences_alone_unscored.txt")
    assert r.tables["indicators"] == []


def test_self_report_of_scored_sentences(read):
    """A 自评报告 of no table, `1.数量指标：改造供水管网8公里，实际完成8.3公里，得分30分。` and two more (one done
    `实际于2024年9月完成`): a self-evaluation's three indicators (main: layout_unknown, nothing)."""
    r = read("ct_s62_ly14_self_report_scored.txt")
    assert _narrated(r) == [("数量指标", "改造供水管网", "8公里", "8.3公里", 30),
                            ("时效指标", "完工时间", "2024年10月底前", "2024年9月", 20),
                            ("满意度指标", "受益群众满意度", "≥90%", "94%", 20)]
    p = only_project(r)
    assert p["name"] == "农村饮水安全巩固提升工程" and p["form"] == "self_eval"


def test_guard_self_report_of_unscored_sentences(read):
    """(guard) the same report's sentences stating no score: no form read (as on main; ng3's 评价报告 alike)."""
    r = read("ct_s62_ly14_self_report_unscored.txt")
    assert r.tables["indicators"] == [] and "layout_unknown" in warning_codes(r)


# ---- a merged 绩效指标 centred over 二级指标 (md36's leftover)

def _placed(r):
    return [(i["level1"], i["level3"], i["target_raw"], i["actual_raw"]) for i in r.tables["indicators"]]


CENTRED = [("产出指标", "新建村级道路", "12公里", "12.5公里"), ("产出指标", "工程验收合格率", "100%", "100%"),
           ("满意度指标", "沿线群众满意度", "≥90%", "93%")]


@pytest.mark.parametrize("name", ["ct_s62_ly14_centred_head.txt", "ct_s62_ly14_centred_head_pipe.txt"])
def test_centred_merged_head(read, name):
    """`| 绩效指标 | | 年度指标值 | 实际完成值 | 偏差原因` over `一级指标 | 二级指标 | 三级指标`: the levels the merged
    head's parts, one head, each target placed (main: the level row a head of its own, nine unplaced_cell)."""
    r = read(name)
    assert _placed(r) == CENTRED
    assert "unplaced_cell" not in warning_codes(r)


def test_centred_merged_head_layout(read):
    r = read("ct_s62_ly14_centred_head_layout.txt")
    assert _placed(r) == CENTRED
