"""Hunt fam9 (session 53): form families other than the plain target form, and fam7's leftovers. Fixtures
ct_s53_fam9_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s53_fam9.py); each reading was written
down by hand before jixiao was run.

Decided:
- a table of an assessment's conclusions with no points (`评估内容 | 评估要点 | 评估结论`, `审核内容 | 审核要点 | 审核意见`)
  is no indicator or score table (nothing is scored) and no 考核任务分解表: each row's conclusion is a field of the form,
  kept in other_fields under what was assessed (`{"立项必要性": "…，立项必要"}`); the 要点 is the template's question,
  the same on every form, not kept (the rows were fields: the 要点 taken for the value, `立项必要性` the project's
  necessity, the conclusions lost, four unparsed_row);
- a field of boxed options none ticked (`评估结论 | [ ]通过  [ ]不通过`, `□通过 □不通过`) keeps its label in other_fields
  with a null value and says its options in a warning `no_option_ticked` (the first was dropped, the second kept as
  written as if it were the answer: review rv16's guard follows);
- bare options with the tick after one (`通过√  不通过`) are the option ticked, `通过`, and the row is whole in a dump
  (it was glued to the `合计 | 100 | 84` above, the score lost);
- a joint paper's letterhead (two bodies in one line apart by spaces, in two cells, or one a line) gives every body
  as `发文机关`, joined by `、` (none, or the last line's alone).
- a 项目支出绩效目标审核意见表 (no indicator table, a review's conclusions) is a review, no form (the contract's
  not_a_form); it was layout_unknown, no word of a review.
Kept (guards): a 1-7月 监控表 headed `年度指标值 | 1-7月执行情况 | 全年预计完成 | 偏差原因分析`.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10_000.0


def test_preassessment_conclusions_table(read):
    """`评估内容 | 评估要点 | 评估结论`: each conclusion under what was assessed, then the ticked 综合评估结论. Main: the
    要点 as values (立项必要性 the necessity), the conclusions lost, five unparsed_row."""
    r = read("ct_s53_fam9_preassess_conclusions.txt")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_total"], p["budget_year"]) == (
        "城区老旧小区雨污分流改造工程", "某某市排水管理中心", 4800 * W, 1600 * W)
    assert p["necessity"] is None
    assert other_fields(p) == {
        "立项必要性": "符合海绵城市建设规划，立项必要", "投入经济性": "部分管材单价偏高，建议核减预算120万元",
        "绩效目标合理性": "目标基本明确，满意度指标需补充调查方式", "实施方案可行性": "实施方案可行",
        "筹资合规性": "资金来源合规", "综合评估结论": "予以支持", "评估机构": "某某市财政局预算评审中心",
        "评估日期": "2024年11月5日"}
    assert "unparsed_row" not in warning_codes(r)


def test_unticked_null_and_tick_after_option(read):
    """`专家组意见 | 通过√  不通过` the ticked `通过`, its row apart from `合计 | 100 | 84` (the score 84); `评估结论 |
    [ ]通过  [ ]不通过` null with a no_option_ticked warning naming the options. Main: glued, the score lost; dropped."""
    r = read("ct_s53_fam9_preassess_unticked_and_tick_after.txt")
    p = only_project(r)
    assert (p["score"], p["budget_year"]) == (84.0, 180 * W)
    assert other_fields(p) == {"专家组意见": "通过", "评估结论": None}
    assert warning_codes(r) == ["no_option_ticked"]
    assert "通过、不通过" in r.tables["warnings"][0]["message"]
    assert [s["score"] for s in r.tables["scores"]] == [26.0, 33.0, 25.0]


@pytest.mark.parametrize("name, issuer, number", [
    ("ct_s53_fam9_joint_issuers_one_line.txt", "某某市财政局、某某市发展和改革委员会", "某财绩〔2024〕21号"),
    ("ct_s53_fam9_joint_issuers_two_lines.txt", "某某省财政厅、某某省农业农村厅", "某财农〔2024〕35号"),
    ("ct_s53_fam9_joint_issuers_side_by_side.txt", "某某县财政局、某某县教育局", "某县财教〔2024〕8号")])
def test_joint_letterhead_issuers(read, name, issuer, number):
    """A joint paper's bodies, in one line, one a line, or in two cells: all of them the 发文机关. Main: none, or the
    last line's alone."""
    r = read(name)
    of = other_fields(only_project(r))
    assert (of.get("发文机关"), of.get("发文字号")) == (issuer, number)
    assert warning_codes(r) == []


def test_monitor_forecast_and_reason_analysis(read):
    """A 1-7月 监控表 headed `年度指标值 | 1-7月执行情况 | 全年预计完成 | 偏差原因分析`: 396 of 900 spent (44%), each
    indicator's progress, the forecast in its note, the reason its deviation (a guard)."""
    r = read("ct_s53_fam9_monitor_forecast_reason_analysis.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (860 * W, 900 * W, 396 * W, 0.44)
    got = [(i["target_raw"], i["progress_raw"], i["deviation"], i["note"]) for i in r.tables["indicators"]]
    assert got[0] == ("≥40条", "18条", "部分选址尚未确定", "全年预计完成：40条")
    assert got[3] == ("≥42%", None, "年底统计", "全年预计完成：43%")
    assert warning_codes(r) == []


def test_target_review_opinion_is_a_review(read):
    """A 项目支出绩效目标审核意见表 (审核内容 | 审核要点 | 审核意见, the 审核结果 ticked) is a review of a project's
    targets, no form of the project, as the contract has it (SCHEMA `not_a_form`, hunt BT): no project, not_a_form
    saying so. Main: layout_unknown, `no form evidence` — no word that it was a review."""
    r = read("ct_s53_fam9_target_review_opinion.txt")
    assert r.tables["projects"] == []
    assert warning_codes(r) == ["not_a_form"] and "审核意见表" in r.tables["warnings"][0]["message"]
