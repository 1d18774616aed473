"""Review rv14 (session 51) of the merged hunt fam6 (new form families): text dumps probing its rules for over-reach and
under-reach. Each reading was written down by hand before jixiao was run; the docstrings say what main gave.

Decided: a 评价结果 公示 list of many projects' grades and a 评价结果应用情况表 stay lists (no form: main read them so, a
guard on the `评价结果…表` title rule); a `评价结果反馈意见书` (or 通知书) is a 评价结果反馈表 by another name — read as one;
`原目标值 | 新目标值` under `指标值` is a stage pair as `调整前 | 调整后` is (新 a stage only before 指标 / 目标), the target
the new value; sub-heads that are years stay the target and a note (a guard); a `专家意见` column of a target form with
no scores stays each indicator's note (a guard); `部门职能` as a plain field is no task column (a guard);
`申请财政资金占比（%）` is no budget (a guard); a box list wrapped over two lines (`☑予以支持  □部分支持` then
`□不予支持 | 评估日期 | …`) is one cell, the wrapped options no row of their own."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


def test_result_notice_list_is_no_form(read):
    """A 评价结果 公示 with a `…评价结果汇总表` listing four projects' grades: a list, no form (a guard)."""
    r = read("ct_s51_rv14_result_notice.txt")
    assert r.tables["projects"] == [] and r.tables["scores"] == []
    assert warning_codes(r) == ["project_list"]


def test_result_use_list_is_no_form(read):
    """A 评价结果应用情况表 (`序号 | 评价项目 | … | 评价得分 | 评价等级 | 2024年预算安排 | 应用方式`): a list (a guard)."""
    r = read("ct_s51_rv14_result_use_list.txt")
    assert r.tables["projects"] == []
    assert "project_list" in warning_codes(r)


def test_feedback_opinion_letter_form(read):
    """A `绩效评价结果反馈意见书` with the fields of a 反馈表: read as one. Main: layout_unknown, nothing read."""
    r = read("ct_s51_rv14_feedback_opinion.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["year"]) == ("2023年度市级现代农业发展专项资金", "温州市农业农村局", 2023)
    assert (p["budget_year"], p["spent"], p["score"], p["grade"]) == (2400 * W, 2196 * W, 76.0, "中")
    assert p["title"] == "绩效评价结果反馈意见书"
    assert other_fields(p)["整改要求"] == "请于2024年9月30日前将整改情况书面报送市财政局。"
    assert r.tables["indicators"] == [] and r.tables["scores"] == []
    assert warning_codes(r) == []


def test_adjustment_old_and_new_target_under_one_head(read):
    """`指标值 | | 调整说明` over `| 原目标值 | 新目标值 |`: the new value the target, the old one a note. Main: the old
    value the target, the one in force a note `新目标值：≥10处`."""
    r = read("ct_s51_rv14_adjust_old_new_target.txt")
    got = [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got == [
        ("新建集中供水工程", "≥10处", "调整说明：上级资金下达减少；调整前指标值：≥12处"),
        ("水质达标率", "≥95%", "调整前指标值：≥95%"),
        ("受益人口", "≥3万人", "调整说明：工程数量调减；调整前指标值：≥3.5万人")]
    assert [i[3:] for i in indicator_targets(r)][2] == (">=", 3.0, "万人")


def test_adjustment_before_after_value_spelling(read):
    """`调整前值 | 调整后值` under `指标值`: the value after the target (main read it so, a guard)."""
    r = read("ct_s51_rv14_adjust_near_spellings.txt")
    got = [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]
    assert got[0] == ("改造小区数量", "≥16个", "调整原因：部分小区居民意见未统一；调整前指标值：≥20个")
    assert got[1] == ("完工时间", "2024年12月底前", "调整原因：雨季影响施工；调整前指标值：2024年10月底前")


def test_year_sub_heads_are_no_stages(read):
    """`指标值` over `2024年 | 2025年`: no stages (a guard on `_stage_parts`) — a record a year, as under a one-row
    `2024年指标值 | 2025年指标值` head (review rv66; it was the first year's value the target, the next a note)."""
    r = read("ct_s51_rv14_year_subheads.txt")
    got = [(i["level3"], i["target_raw"], i["target_year"], i["note"]) for i in r.tables["indicators"]]
    assert got == [("运维系统数量", "≥15个", 2024, None), ("运维系统数量", "≥18个", 2025, None),
                   ("系统正常运行率", "≥99%", 2024, None), ("系统正常运行率", "≥99.5%", 2025, None),
                   ("使用单位满意度", "≥90%", 2024, None), ("使用单位满意度", "≥92%", 2025, None)]


def test_expert_opinion_without_scores_is_indicator_note(read):
    """A target form's `专家意见` column, no score column: each indicator's note, no scores (a guard)."""
    r = read("ct_s51_rv14_expert_opinion_no_score.txt")
    assert r.tables["scores"] == []
    assert [i["note"] for i in r.tables["indicators"]] == [
        "专家意见：指标值偏低，建议提高", None, "专家意见：建议明确测算口径", None]
    assert warning_codes(r) == []


def test_duty_as_plain_field_is_no_task_column(read):
    """`部门职能 | 负责全市…` as a field over a plain indicator table: no indicator's note names it (a guard)."""
    r = read("ct_s51_rv14_duty_field.txt")
    p = only_project(r)
    assert (p["department"], p["budget_year"]) == ("某某市民政局", 6800 * W)
    assert [i["note"] for i in r.tables["indicators"]] == [None] * 4


def test_apply_ratio_is_no_budget(read):
    """`申请财政资金占比（%） | 24`: no money; the year's budget is 年度预算 1,200 (a guard)."""
    r = read("ct_s51_rv14_apply_ratio.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (5000 * W, 1200 * W)
    assert [s["score"] for s in r.tables["scores"]] == [18.0, 25.0, 24.0, 17.0]


def test_box_list_wrapped_over_two_lines(read):
    """`评估结论 | ☑予以支持  □部分支持` then `□不予支持 | 评估日期 | 2024年11月5日`: the options one cell, the date read.
    Main: `□不予支持` lost, two unparsed_row."""
    r = read("ct_s51_rv14_choices_wrap.txt")
    p = only_project(r)
    # (the ticked option since hunt fam7, session 52: `予以支持`, the boxes' list whole before it is read)
    assert other_fields(p) == {"评估结论": "予以支持", "评估日期": "2024年11月5日",
                               "评估机构": "某某县财政局预算评审中心"}
    assert (p["budget_total"], p["budget_year"]) == (900 * W, 600 * W)
    assert warning_codes(r) == []
