"""Session of 2026-12-03 (second), hunt BP: 项目支出绩效自评表 of 2022–2026 as provinces, cities and counties fill them
(the 财政部 2020 template and its local variants): a money matrix whose 全年预算数 / 全年执行数 are split into
`中央 | 省级 | 市县 | 合计` under a labelled total row, a 评分表 on a second page repeating the 预算执行率 row under its
levels, a date a narrow column cut in a flattened PDF text, a total score with its grade in brackets; guards for the
messes read right (`已完成` / `95.6%（截至12月31日）` actual values, `全年预算数（A）` heads, negative scores written
`－2` / `-2分`, a score over its points, 中央 / 省级 / 市县 rows and 调整后预算数 in a workbook). Inputs in
tests/fixtures/review/ct_s34_bp_*."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"
W = 10_000


def _review(name):
    return process_file(REVIEW / name).tables


def _codes(t):
    return [w["code"] for w in t["warnings"]]


def test_money_columns_split_into_bare_levels_under_a_total_row():
    # 全年预算数 | | | | 全年执行数 | | | | 执行率 | 分值 | 得分 over `| 中央 | 省级 | 市县 | 合计 | 中央 | …`, then
    # `年度资金总额 | 680.00 | 220.00 | 100.00 | 1,000.00 | …`: the 合计 is the year's budget and what was spent (the
    # 中央 column was taken for the year's budget, in 元, and the rest lost)
    t = _review("ct_s34_bp_level_subheads_total_row.txt")
    (p,) = t["projects"]
    assert p["budget_year"] == pytest.approx(1000 * W)
    assert p["spent"] == pytest.approx(982 * W)
    assert p["execution_rate"] == pytest.approx(0.982)
    assert p["score"] == pytest.approx(97.82)
    assert [(s["level3"], s["weight"], s["score"]) for s in t["scores"]] == [("预算执行率", 10.0, 9.82)]
    sources = [(b["name"], b["amount"]) for b in t["budget_items"] if b.get("kind") == "source"]
    assert sources == [("中央", 680 * W), ("省级", 220 * W), ("市县", 100 * W)]
    assert "weights_not_100" not in _codes(t)


@pytest.mark.parametrize(("name", "process_points"), [
    ("ct_s34_bp_score_sheet_rate_row.txt", 25.0),    # 评分表 after the form's footer `第 1 页，共 2 页`
    ("ct_s34_bp_score_sheet_page2.pdf", 20.0),       # a Word form printed to PDF, the 评分表 on page 2
])
def test_score_sheet_keeps_its_own_rate_row_under_its_levels(name, process_points):
    # the money matrix's `分值 10 | 得分 10` and the 评分表's `过程 | 资金管理 | 预算执行率 | 10 | 10`: the 评分表's row
    # is kept at its place with its levels (the bare copy was kept first and the 评分表's dropped, so 过程's points
    # added up short)
    t = _review(name)
    scores = t["scores"]
    rate = [s for s in scores if s["level3"] == "预算执行率"]
    assert len(rate) == 1
    assert rate[0]["level1"].startswith("过程") and rate[0]["level2"] == "资金管理"
    assert scores[0]["level1"].startswith("决策")
    assert sum(s["weight"] for s in scores if s["level1"].startswith("过程")) == process_points
    assert sum(s["weight"] for s in scores) == 100.0


def test_flattened_text_date_cut_in_a_narrow_value_column():
    # `2023年12月` over `底前` under 年度指标值 and `2023年12月` over `15日` under 实际完成值: the cut date's rest, no
    # row of its own (an indicator without a name was made of it, the target cut short)
    t = _review("ct_s34_bp_layout_date_cut.txt")
    inds = t["indicators"]
    assert [i["level3"] for i in inds] == ["补贴社区居家养老服务中心数量", "服务中心星级评定达标率", "补贴资金拨付时间",
                                           "老年人助餐服务人次", "服务老人满意度"]
    timely = inds[2]
    assert (timely["target_raw"], timely["actual_raw"]) == ("2023年12月底前", "2023年12月15日")
    assert (timely["weight"], timely["score"]) == (10.0, 10.0)
    assert inds[1]["deviation"].replace(" ", "") == "部分中心服务设施老化，评定未达标，已督促整改"
    assert "unparsed_row" not in _codes(t)
    (p,) = t["projects"]
    assert p["score"] == pytest.approx(95.5) and p["grade"] == "优"


def test_total_score_with_its_grade_in_brackets():
    # `总分 | … | 100 | 99.06（优秀）`: the score and the grade (the full marks 100 was taken for the score)
    t = _review("ct_s34_bp_total_score_grade_brackets.txt")
    (p,) = t["projects"]
    assert p["score"] == pytest.approx(99.06)
    assert p["grade"] == "优秀"
    assert "weights_not_100" not in _codes(t)


# ---------------------------------------------------------------- guards: read right before, kept so
def test_guard_ab_heads_and_actual_words():
    t = _review("ct_s34_bp_ab_rate_actual_words_guard.txt")
    (p,) = t["projects"]
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (320 * W, 350 * W, pytest.approx(334.6 * W))
    assert p["execution_rate"] == pytest.approx(0.956) and p["score"] == pytest.approx(97.56) and p["grade"] == "优"
    assert [i["actual_raw"] for i in t["indicators"]][:4] == ["已完成", "完成", "100%", "95.6%（截至12月31日）"]


def test_guard_negative_scores_and_score_over_points():
    t = _review("ct_s34_bp_minus_scores_guard.txt")
    assert [i["score"] for i in t["indicators"]] == [20.0, -2.0, -2.0, 30.0, 10.0]
    assert t["projects"][0]["score"] == 68.0 and t["projects"][0]["grade"] == "中"
    assert "score_over_weight" in _codes(t)           # 得分 12 for the money's 10 points


def test_guard_workbook_levels_rows_and_adjusted_budget():
    t = _review("ct_s34_bp_prov_split_adjusted_guard.xlsx")
    (p,) = t["projects"]
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (2400 * W, 2650 * W, 2597 * W)
    assert p["execution_rate"] == pytest.approx(0.98) and p["score"] == pytest.approx(97.3) and p["grade"] == "优"
    assert [i["actual_raw"] for i in t["indicators"]][1] == "100%"
