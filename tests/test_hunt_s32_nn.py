"""Faults the last session's hunts (AN, AQ, AR) and reviews noticed and left: tests/fixtures/review/ct_s32_nn_*
(README there), each read as the form says."""
from __future__ import annotations

import json

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name).tables


def _indicators(t):
    return [(i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"]) for i in t["indicators"]]


_OLD_QUARTERS = [("改造老旧小区数量", "≥12个", "12个", 20, 20), ("改造工程验收合格率", "100%", "100%", 20, 20),
                 ("年底前完工率", "≥95%", "91%", 20, 18.12), ("受益居民户数", "≥3600户", "3650户", 20, 20),
                 ("居民满意度", "≥90%", "93%", 10, 10)]


def test_total_row_score_before_the_full_marks():
    """`总分 | | | | | 97.7 | 100 |` under 实际完成值 | 分值 | 得分 (the score a column early, the full marks under 分值):
    the full marks is the figure that is the weights' sum (90 in the table + 10 for 预算执行率) or 100, the score the
    other one, whichever column it lands in (the score was lost)."""
    t = _review("ct_s32_nn_total_score_before_points.txt")
    (p,) = t["projects"]
    assert (p["score"], p["execution_rate"], p["budget_year"], p["spent"]) == (97.7, 0.9583, 12_000_000, 11_500_000)
    assert _indicators(t) == _OLD_QUARTERS
    assert [(s["level3"], s["weight"], s["score"]) for s in t["scores"]] == [("预算执行率", 10, 9.58)]


def test_total_row_completion_share_is_no_indicator():
    """`总分 | | | | | 100% | 100 |`: the 100% under 实际完成值 is the table's completion share and 100 the full marks;
    no score is written (it was an indicator named 总分 with target 100%); the five indicators as written."""
    t = _review("ct_s32_nn_total_share_then_points.txt")
    (p,) = t["projects"]
    assert p["score"] is None
    assert _indicators(t) == _OLD_QUARTERS
    assert not [w for w in t["warnings"] if w["code"] == "weights_not_100"]


def test_monitoring_money_year_and_half_year():
    """A 绩效运行监控表's money `资金情况（万元） | 年度 | 中期（1-6月）`: 中期（1-6月） is the year so far, not a period of
    years; the year's 1,000万 is budget_year (it was budget_total, read by the row's label 资金总额) and 450万 what
    was spent by June (it was lost); the sources' lines keep their half-year amounts in the note."""
    t = _review("ct_s32_nn_monitor_money_midyear.txt")
    (p,) = t["projects"]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"], p["spent"]) == (
        None, 10_000_000, 8_000_000, 2_000_000, 4_500_000)
    assert [(b["name"], b["amount"], b["note"], b["kind"]) for b in t["budget_items"]] == [
        ("财政拨款", 8_000_000, "中期（1-6月）：400万元", "source"), ("其他资金", 2_000_000, "中期（1-6月）：50万元", "source")]
    assert [(i["level3"], i["target_raw"], i["progress_raw"], i["deviation"]) for i in t["indicators"]] == [
        ("公交线路数", "≥50条", "48条", "2条新线6月底开通"), ("公交准点率", "≥90%", "92%", None),
        ("乘客满意度", "≥85%", "87%", None)]
    assert not [w for w in t["warnings"] if w["code"] == "fiscal_total_gap"]


def test_period_total_fiscal_gap_is_the_years():
    """`中期（2024-2026年） | 年度（2024年）` money with 其中：财政拨款 2,500万 of the year's 3,000万 and no 其他资金: the
    fiscal part is the year's, its gap the year's 500万 (it was 6,500万 of the period's 9,000万)."""
    t = _review("ct_s32_nn_period_total_fiscal_gap.txt")
    (p,) = t["projects"]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        90_000_000, 30_000_000, 25_000_000, None)
    (w,) = [w for w in t["warnings"] if w["code"] == "fiscal_total_gap"]
    assert "年度资金总额 (budget_year) of 30,000,000 元" in w["message"] and "5,000,000 元 have no stated source" in w["message"]


def test_cells_dept_money_parts():
    """A 部门整体支出绩效目标表 copied from a web page, one cell per line: `其中：一般公共预算` / `1,826.45`, `政府性基金` /
    `0`, `其中：基本支出` / `1,502.13`, `项目支出` / `324.32` under 年度预算申请 | 资金总额 | 1,826.45 are parts of the
    money with their amounts, rows of their own (they were values of no label, lost): budget_fiscal 1,826.45万, the
    sources and the uses as lines, as the tab dump of the same table gives them."""
    t = _review("ct_s32_nn_cells_dept_money_parts.txt")
    (p,) = t["projects"]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (18_264_500, 18_264_500, None)
    assert [(b["group"], b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [
        ("年度预算申请", "一般公共预算", 18_264_500, "source"), ("支出", "基本支出", 15_021_300, "use"),
        ("年度预算申请", "政府性基金", 0, "source"), ("支出", "项目支出", 3_243_200, "use")]
    assert [(i["level3"], i["target_raw"]) for i in t["indicators"]] == [
        ("食品安全抽检批次", "≥2400批次"), ("特种设备定期检验率", "≥98%"), ("市场主体满意度", "≥90%")]


def test_cells_project_fiscal_part():
    """A 项目支出绩效目标表, one cell per line: `其中：一般公共预算拨款` / `450` under 年度资金总额 / 500 is budget_fiscal
    (it was lost silently; 其他资金 / 50 beside it was read)."""
    t = _review("ct_s32_nn_cells_project_fiscal_part.txt")
    (p,) = t["projects"]
    assert (p["name"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        "城区道路保洁服务", 5_000_000, 4_500_000, 500_000)
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [("一般公共预算拨款", 4_500_000, "source")]
    assert len(t["indicators"]) == 3


def _unparsed(t):
    return [w["message"] for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_heads_over_rows_by_year():
    """`年度 | 项目总投资（万元） | 专项债券资金（万元） | 项目预期收益（万元） | 债券期限` over a row for 2023年 and one for
    2024年, in a form of 2023: a careful reader takes the form's year's row as the one row under the heads is read
    (the total, the bond money a source line, the revenue reported) and reports the other year's row (the figures
    were money lines named 2023年 / 2024年, the other columns lost)."""
    t = _review("ct_s32_nn_heads_over_year_rows.txt")
    (p,) = t["projects"]
    assert (p["year"], p["budget_total"], p["budget_year"]) == (2023, 456_000_000, None)
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [("专项债券资金", 300_000_000, "source")]
    assert _unparsed(t) == [
        "a row of figures under heads of several rows, not read: 2024年: 项目总投资（万元） 20,000 | 专项债券资金（万元） "
        "15,000 | 项目预期收益（万元） 26,000 | 债券期限 10年"]
    assert json.loads(p["other_fields"])["项目预期收益（万元）"] == "52,318"     # (revenue, no budget money: hunt CW)
    assert len(t["indicators"]) == 3


def test_heads_over_two_rows_without_labels():
    """The same heads (`年度资金总额（万元） | 项目总投资（万元） | 受益人口 | 设计规模`) over two rows of figures and nothing
    telling which is the project's: neither is taken for it (the first was, silently), both are reported with
    each figure's head."""
    t = _review("ct_s32_nn_heads_over_two_rows.txt")
    (p,) = t["projects"]
    assert (p["name"], p["budget_total"], p["budget_year"]) == ("城乡供水一体化工程", None, None)
    assert t["budget_items"] == []
    assert _unparsed(t) == [
        "a row of figures under heads of several rows, not read: 年度资金总额（万元） 1,200 | 项目总投资（万元） 3,500 | "
        "受益人口 2.3万人 | 设计规模 1万吨/日",
        "a row of figures under heads of several rows, not read: 年度资金总额（万元） 2,000 | 项目总投资（万元） 5,000 | "
        "受益人口 3万人 | 设计规模 2万吨/日"]
    assert [i["level3"] for i in t["indicators"]] == ["新建水厂", "受益群众满意度"]


def test_heads_over_rows_before_and_after_adjustment():
    """The heads over a `调整前` row and a `调整后` row: the figures after the adjustment are the ones in force (read as
    the one row under the heads), the row before is reported (they were money lines named 调整前 / 调整后)."""
    t = _review("ct_s32_nn_heads_over_adjusted_rows.txt")
    (p,) = t["projects"]
    assert p["budget_total"] == 480_000_000
    assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [("专项债券资金", 320_000_000)]
    assert _unparsed(t) == [
        "a row of figures under heads of several rows, not read: 调整前: 项目总投资（万元） 45,600 | 专项债券资金（万元） "
        "30,000 | 项目预期收益（万元） 52,318 | 债券期限 10年"]
    assert json.loads(p["other_fields"])["项目预期收益（万元）"] == "55,000"


def _not_a_form(t):
    return [w["message"] for w in t["warnings"] if w["code"] == "not_a_form"]


def test_work_plan_targets_are_no_form():
    """A 财政局's `重点工作目标任务分工表` (序号 | 指标名称 | 目标值 | 责任科室 | 完成时限): a work plan's targets, who does
    them and by when — no project (it was a nameless target form with 4 indicators; its title names 财政, which kept
    the rule for targets under no performance title from applying)."""
    t = _review("ct_s32_nn_work_plan_targets.txt")
    assert t["projects"] == [] and t["indicators"] == []
    assert _not_a_form(t) == ["rows read like a form's, but it is a work plan's table of targets "
                              "('××市财政局2024年度重点工作目标任务分工表'), no performance form: no project"]


def test_hospital_appraisal_is_no_project():
    """A hospital's `三级公立医院绩效考核自评表` (医疗质量 / 运营效率 / 持续发展 / 满意度评价, 分值 | 得分): an
    institution's 绩效考核, not a project's 自评 — no project (it was a nameless self_eval with score 18.3)."""
    t = _review("ct_s32_nn_hospital_appraisal.txt")
    assert t["projects"] == [] and t["scores"] == []
    assert _not_a_form(t) == ["rows read like a form's, but it is an institution's 绩效考核 "
                              "('××市人民医院2023年度三级公立医院绩效考核自评表'), not a project's 自评: no project"]


def test_notice_allocation_of_the_forms_own_project():
    """A notice's 资金分配表 (`序号 | 市 | 项目名称 | 金额（万元）`, every row naming 非遗保护传承) before the form of that
    project: the notice's allocation among places, not read (SCHEMA: project_list); it gave the form two
    composition lines. The form itself is read whole."""
    t = _review("ct_s32_nn_notice_allocation_own_project.txt")
    (p,) = t["projects"]
    assert (p["name"], p["department"], p["budget_total"], p["year"]) == ("非遗保护传承", "××省文化和旅游厅", 2_400_000, 2024)
    assert t["budget_items"] == []
    assert [i["level3"] for i in t["indicators"]] == ["传承活动场次", "非遗项目传承人数", "群众满意度"]
    assert [w["message"] for w in t["warnings"] if w["code"] == "project_list"] == [
        "list of the project shared out in 2 rows (a notice's allocation) read as no form's fields: "
        "序号 | 市 | 项目名称 | 金额（万元）"]
    assert not _not_a_form(t)


def _deviations(t):
    return [(i["level3"], i["deviation"]) for i in t["indicators"]]


def test_ocr_seal_is_no_deviation():
    """An OCR'd 自评表 whose last row carries the seal's text before the reason (`… 10 9 长安区财政局 部分公园设施老化`):
    the office's name where the 偏差原因 goes is the seal, no deviation; the reason is the deviation (it was dropped
    with an unplaced_cell warning, the seal kept as the deviation)."""
    t = _review("ct_s32_nn_ocr_seal_in_deviation.txt")
    assert _deviations(t)[-1] == ("市民满意度", "部分公园设施老化")
    assert [d for _, d in _deviations(t)[:-1]] == [None] * 6
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]
    (p,) = t["projects"]
    assert p["score"] == 98.6


def test_seal_text_in_deviation_cells():
    """A tab dump whose 偏差原因分析及改进措施 cells hold only a seal's text (`石家庄市长安区财政局（盖章）`,
    `长安区财政局绩效管理专用章`): no deviation on those rows (the seal was the deviation)."""
    t = _review("ct_s32_nn_seal_text_in_deviation_cells.txt")
    assert _deviations(t) == [("公园绿地养护面积", None), ("养护作业按时完成率", None), ("市民满意度", None)]
    assert [(i["weight"], i["score"]) for i in t["indicators"]] == [(20, 20), (20, 20), (10, 9)]
    (p,) = t["projects"]
    assert p["score"] == 49
