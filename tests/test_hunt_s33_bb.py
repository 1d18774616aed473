"""Hunt BB (PDFs as budget systems print them: running headers, forms over pages, side-by-side 中期 | 年度 tables,
AcroForm fields …): tests/fixtures/review/ct_s33_bb_*, each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _projects(t, *cols):
    return [tuple(p[c] for c in cols) for p in t["projects"]]


def _codes(t):
    return [w["code"] for w in t["warnings"]]


def test_each_form_takes_its_own_unit_line():
    """A 部门预算公开 printing each project's form under its own caption and `单位：万元` (no title of its own): the second
    form's unit line was taken by the form above it, so the second's `26.50` was read in 元 (26.5), silently; in the
    PDF and in its text dump alike."""
    for name in ("ct_s33_bb_second_form_unit.pdf", "ct_s33_bb_second_form_unit.txt"):
        t = _review(name).tables
        assert _projects(t, "name", "budget_year", "budget_fiscal") == [
            ("档案数字化加工经费", 480000.0, 480000.0), ("档案安全保管运维经费", 265000.0, 265000.0)], name


def test_a_unit_line_over_the_second_form_is_not_the_first_forms():
    """Form 1 in 元 with no unit line, then `金额单位：万元` over form 2: form 1's 480000 was read in 万元 (4.8 billion)
    and form 2's 26.50 in 元."""
    t = _review("ct_s33_bb_unit_line_of_the_form_below.txt").tables
    assert _projects(t, "name", "budget_year") == [("档案数字化加工经费", 480000.0), ("档案安全保管运维经费", 265000.0)]


def test_side_by_side_midterm_and_annual_indicators_before_review_rows():
    """The 2015 财政部 申报表: `一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值` (the 中期 half left, the
    年度 half right, under `中期目标 | 年度目标`), then `主管部门审核意见 | 经审核，同意申报。` and `财政部门审核意见` in the same
    table: the 年度 half was 8 unparsed rows (4 of them in other_fields), the 中期 half without a horizon."""
    t = _review("ct_s33_bb_side_by_side_review_rows.pdf").tables
    ind = t["indicators"]
    assert [i["horizon"] for i in ind] == ["long_term"] * 8 + ["annual"] * 8
    assert [(i["level3"], i["target_raw"]) for i in ind if i["horizon"] == "annual"][:2] == [
        ("接入部门业务系统数量", "≥35个"), ("城市运行体征指标", "≥180项")]
    assert ind[4]["level3"] == "项目总投资控制" and ind[12]["level3"] == "年度投资控制"
    assert "unparsed_row" not in _codes(t)
    assert "接入部门业务系统数量" not in (t["projects"][0]["other_fields"] or "")


def test_money_label_and_amount_in_one_cell_beside_the_years():
    """`中期资金总额：4,200.00 | 年度资金总额：2,600.00` over `其中：财政拨款 4,200.00 | 其中：财政拨款 2,400.00` and `其他资金 0.00
    | 其他资金 200.00` (a label and its amount in one cell, a space between): two unparsed rows, budget_fiscal and
    budget_other null. They are the year's (right side), as with the amounts in cells of their own."""
    r = _review("ct_s33_bb_money_label_value_cells.pdf")
    t = r.tables
    assert _projects(t, "budget_total", "budget_year", "budget_fiscal", "budget_other") == [
        (42_000_000.0, 26_000_000.0, 24_000_000.0, 2_000_000.0)]
    assert "unparsed_row" not in _codes(t)
    assert r.document["status"] == "ok"


def test_a_row_a_page_break_cut_is_joined_under_a_page_of_other_columns():
    """Page 1's table holds the form's top part (the money matrix, its columns cut elsewhere) and the indicator rows,
    the last one cut by the page break (`控制在批复`); page 2 repeats the head row and goes on with `概算内` alone: the
    tail was lost without a warning."""
    t = _review("ct_s33_bb_row_broken_across_pages.pdf").tables
    got = {i["level3"]: i["target_raw"] for i in t["indicators"]}
    assert got["工程建设成本控制"] == "控制在批复概算内"
    assert [i["level3"] for i in t["indicators"]] == ["新建集中供水工程", "工程完工及时率", "工程建设成本控制", "受益群众满意度"]


def test_a_running_page_header_naming_the_report_is_no_title():
    """`上饶市财政局 预算编制系统 报表：项目绩效目标表（表7） 打印时间：2024-01-09 11:35:50` over the form's own title: it was
    the title."""
    t = _review("ct_s33_bb_running_header_title.pdf").tables
    assert _projects(t, "title", "year", "name") == [("2024年度项目支出绩效目标表", 2024, "基层医疗卫生机构能力提升项目")]


def test_a_goal_cell_holding_what_was_done_is_split():
    """`年度总体目标 | 预期目标：全年完成…900批次以上。实际完成：全年完成抽检936批次。` (a simplified self-evaluation): the
    whole was the goal, goal_actual null."""
    t = _review("ct_s33_bb_goal_inline_actual.pdf").tables
    assert _projects(t, "goal_annual", "goal_actual") == [("全年完成食品安全监督抽检900批次以上。", "全年完成抽检936批次。")]


def test_points_written_in_the_score_head_of_the_money_matrix():
    """`项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分（分值10分）`: the 预算执行率 score row had no
    weight, and weights_not_100 said the weights add up to 90."""
    t = _review("ct_s33_bb_points_in_score_head.pdf").tables
    assert [(s["level3"], s["weight"], s["score"]) for s in t["scores"]] == [("预算执行率", 10.0, 9.8)]
    assert "weights_not_100" not in _codes(t)


def test_a_money_sentence_row_under_the_matrix_gives_the_parts():
    """`其中：财政拨款45.00万元，其他资金0万元。` in a row of its own under the money matrix: an unparsed row, the document
    partial, budget_fiscal null."""
    r = _review("ct_s33_bb_fiscal_sentence_row.pdf")
    assert _projects(r.tables, "budget_year", "budget_fiscal", "budget_other") == [(450000.0, 450000.0, 0.0)]
    assert r.document["status"] == "ok"


def test_filled_acroform_fields_are_read():
    """A fillable form filled in and saved without flattening: the labels and rules printed, the values only in the
    AcroForm fields (and a ticked check box). It gave no project (no_form_read)."""
    r = _review("ct_s33_bb_acroform_fields.pdf")
    t = r.tables
    assert _projects(t, "name", "department", "unit", "leader", "phone", "budget_year", "category", "goal_annual") == [
        ("公共法律服务体系建设经费", "萍乡市司法局", "萍乡市公共法律服务中心", "刘建国", "0799-6832217", 1560000.0,
         "经常性项目", "完成法律援助案件1200件以上，实现公共法律服务站点全覆盖。")]
    assert [(i["level1"], i["level3"], i["target_raw"]) for i in t["indicators"]] == [
        ("产出指标", "法律援助案件办理数量", "≥1200件"), ("满意度指标", "受援人满意度", "≥95%")]
    assert r.document["status"] == "ok"
