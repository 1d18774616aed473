"""Review rv66 (session 59) of hunt nw3: near variants of its rules (tests/fixtures/review/make_s59_rv66.py).

Decided: a 部门职能's items named in cells of their own whose texts are short (`职能一 | 负责全区群众体育工作。`), or
written `职能一：负责…` in one cell, are the overview (main: the overview lost — the joined `职能一：…` taken for a pair
of its own — the later items other fields or lost), in a dump, a workbook and a Word table; `指标值` over `2025年 |
2026年 | 2027年` (a head of two rows) gives a record a year as a one-row `2025年指标值 | …` head does (main: the first
year's target, the later years a note), in a workbook and a Word table.
Kept (guards, right on main): a 元 block beside a sentence in 万元; a 元 block beside bare figures; a 序号 column
of an indicator table and a budget table of numbered rows after the goal are no items of the goal.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000
DUTIES = "职能一：负责全区公共文化服务体系建设。职能二：负责全区旅游市场监管与宣传。职能三：负责全区群众体育工作。"


@pytest.mark.parametrize("name", ["ct_s59_rv66_duties_short.txt", "ct_s59_rv66_duties_short.xlsx",
                                  "ct_s59_rv66_duties_short.docx"])
def test_short_duties_then_a_field(read, name):
    """`部门职能 | 职能一 | 负责全区…。` (short texts) over two more, then `年度总体目标 | …`: one overview."""
    r = read(name)
    p = only_project(r)
    assert (p["department"], p["overview"], p["goal_annual"]) == (
        "某某区文化广电旅游体育局", DUTIES, "建成城市书房3家，举办文化惠民演出120场。")
    assert not {"职能一", "职能二", "职能三"} & set(other_fields(p))
    assert [i[2] for i in indicator_targets(r)] == ["新建城市书房", "文化惠民演出场次", "群众满意度"]
    assert not {"unparsed_row", "unplaced_cell"} & set(warning_codes(r))


def test_duties_named_in_their_text_cell(read):
    """`部门职能 | 职能一：负责全县群众体育工作。` then `| 职能二：…`: the overview both (main: both lost, no word)."""
    r = read("ct_s59_rv66_duties_one_cell.txt")
    p = only_project(r)
    assert (p["department"], p["overview"], p["goal_annual"]) == (
        "某某县体育局", "职能一：负责全县群众体育工作。职能二：负责全县竞技体育训练。", "举办全民健身赛事20场，新建健身路径30条。")
    assert not {"职能一", "职能二"} & set(other_fields(p))


@pytest.mark.parametrize("name", ["ct_s59_rv66_midterm_two_row.xlsx", "ct_s59_rv66_midterm_two_row.docx"])
def test_midterm_two_row_head_office(read, name):
    """`指标值` merged over `2025年 | 2026年 | 2027年`: a record a year, the first annual, no note."""
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_total"]) == ("县域医共体信息化建设", "某某县卫生健康局", 2_400 * W)
    got = [(i["level3"], i["target_raw"], i["target_year"], i["horizon"], i["note"]) for i in r.tables["indicators"]]
    assert got == [
        ("接入基层医疗机构数", "≥10家", 2025, "annual", None), ("接入基层医疗机构数", "≥20家", 2026, "long_term", None),
        ("接入基层医疗机构数", "≥30家", 2027, "long_term", None),
        ("检查结果互认率", "≥70%", 2025, "annual", None), ("检查结果互认率", "≥80%", 2026, "long_term", None),
        ("检查结果互认率", "≥90%", 2027, "long_term", None),
        ("患者满意度", "≥85%", 2025, "annual", None), ("患者满意度", "≥88%", 2026, "long_term", None),
        ("患者满意度", "≥90%", 2027, "long_term", None)]


def test_yuan_block_sentence_in_wan(read):
    """`项目资金（元） | 年度资金总额：3,280万元，其中：…`: the sentence's own 万元 holds (a guard)."""
    p = only_project(read("ct_s59_rv66_yuan_block_wan_inside.txt"))
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (3_280 * W, 2_800 * W, 480 * W)


def test_yuan_block_bare_sentence(read):
    """`项目资金（元） | 年度资金总额：1,260,000.00，其中：…`: bare figures in 元 (a guard)."""
    p = only_project(read("ct_s59_rv66_yuan_block_bare.txt"))
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1_260_000, 1_200_000, 60_000)


def test_seq_column_no_goal_item(read):
    """`序号 | 一级指标 | …` over `1 | 产出指标 | …` after the goal: indicators, the goal as written (a guard)."""
    r = read("ct_s59_rv66_seq_indicators.txt")
    p = only_project(r)
    assert p["goal_annual"] == "完成城区道路养护12公里，道路完好率达到95%。"
    assert [i[:3] for i in indicator_targets(r)] == [("产出指标", "数量指标", "道路养护里程"),
                                                     ("产出指标", "质量指标", "道路完好率"),
                                                     ("满意度指标", "服务对象满意度指标", "群众满意度")]


def test_numbered_budget_no_goal_item(read):
    """`序号 | 支出内容 | 金额（万元）` over `1 | 设备购置 | 300` after the goal: budget lines (a guard)."""
    r = read("ct_s59_rv66_numbered_budget.txt")
    p = only_project(r)
    assert (p["goal_annual"], p["budget_total"]) == ("完成城区道路养护12公里，道路完好率达到95%。", 500 * W)
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("设备购置", 300 * W), ("道路维修材料费用", 200 * W)]
