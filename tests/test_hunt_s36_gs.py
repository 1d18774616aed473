"""Hunt GS (session of 2026-12-03, fourth): grades, scores and summary tables — scales of grades printed where the grade
goes, 自评结果汇总表 (one project a row), 合计 / 小计 rows checked against their rows, score tables of no level heads, grade
lines and sentences (inputs in tests/fixtures/review/ct_s36_gs_*; the expectations were written by hand before the run)."""
from __future__ import annotations

import json

from tests.hunt_tools import warning_codes

SCALE = "优（90分以上）、良（80-90分）、中（60-80分）、差（60分以下）"


def _warnings(r, code):
    return [w for w in r.tables["warnings"] if w["code"] == code]


def test_scale_where_the_grade_goes_gives_no_grade(read):
    """`绩效评价等级 | 优（90分以上）、良（80-90分）、中…` (a label the scale rule did not know: 绩效 + 评价 + 等级) gave the
    whole scale as the grade; so did the scale beside an empty grade cell. Now no grade, the scale kept as 考核等次; a grade
    written beside the scale, or a box ticked in it, is the grade."""
    for name in ("ct_s36_gs_scale_unknown_label.txt", "ct_s36_gs_scale_empty_grade.txt"):
        r = read(name)
        [p] = r.tables["projects"]
        assert p["grade"] is None, name
        assert json.loads(p["other_fields"]) == {"考核等次": SCALE}, name
        assert p["score"] == 95.5 and p["form"] == "self_eval" and p["year"] == 2023, name
        assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == \
            (2000000.0, 2000000.0, 1900000.0, 0.95), name
        assert warning_codes(r) == ["vague_target"], name
    [p] = read("ct_s36_gs_scale_written_grade.txt").tables["projects"]
    assert p["grade"] == "优" and json.loads(p["other_fields"]) == {"考核等次": SCALE}
    [p] = read("ct_s36_gs_scale_ticked.txt").tables["projects"]
    assert p["grade"] == "良" and p["score"] == 85.5


def test_results_list_is_one_self_evaluation_a_row(read):
    """A 自评结果汇总表 (`序号 | 项目名称 | 主管部门 | 预算数 | 执行数 | 执行率 | 自评得分 | 等级`) gave no project (a
    `project_list` and `not_a_form`): each row is now a project of form self_eval with its money, rate, score and
    grade; the 合计 row none. Its XLSX (a 合计 merged over three columns) reads alike."""
    r = read("ct_s36_gs_results_list.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"]) for p in ps] == [
        ("城区道路维修改造", "县住房和城乡建设局"), ("农村饮水安全巩固提升", "县水利局"), ("全民健身设施建设", "县文化体育局")]
    assert all(p["form"] == "self_eval" and p["year"] == 2023 for p in ps)
    assert [p["budget_year"] for p in ps] == [2000000.0, 3505000.0, 800000.0]
    assert [p["spent"] for p in ps] == [1900000.0, 3000000.0, 480000.0]
    assert [p["execution_rate"] for p in ps] == [0.95, 0.8559, 0.6]
    assert [(p["score"], p["grade"]) for p in ps] == [(95.5, "优"), (86.0, "良"), (72.5, "中")]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"
    r = read("ct_s36_gs_results_list.xlsx")
    ps = r.tables["projects"]
    assert [p["name"] for p in ps] == ["城区供水管网改造", "农村寄宿制学校运转补助", "基层医疗机构能力建设"]
    assert [p["budget_year"] for p in ps] == [8600000.0, 2400000.0, 3106000.0]
    assert [p["spent"] for p in ps] == [8125000.0, 2400000.0, 2500000.0]
    assert [(p["score"], p["grade"]) for p in ps] == [(93.5, "优"), (97.0, "优"), (82.0, "良")]
    assert r.tables["warnings"] == []


def test_results_list_heads_and_headings(read):
    """`预算执行情况` over `预算数 | 执行数 | 执行率` (a second head row) gave the money as other_fields; department
    headings (`一 | 县教育局`) are the departments of the rows under them, and their 小计 / 合计 rows no project."""
    ps = read("ct_s36_gs_results_two_row_heads.txt").tables["projects"]
    assert [p["unit"] for p in ps] == ["县医疗保障局", "县民政局", "县退役军人事务局"]
    assert [p["budget_year"] for p in ps] == [23000000.0, 1800000.0, 950000.0]
    assert [p["spent"] for p in ps] == [23000000.0, 1710000.0, 800000.0]
    assert [p["execution_rate"] for p in ps] == [1.0, 0.95, 0.8421]
    assert all(p["other_fields"] is None for p in ps)
    ps = read("ct_s36_gs_results_list_subtotals.txt").tables["projects"]
    # (a body of government heading its rows is their department, an institution their unit: hunt OL's rule)
    assert [(p["name"], p["department"], p["unit"]) for p in ps] == [
        ("学前教育保教费补助", "县教育局", None), ("教师培训经费", "县教育局", None),
        ("基本公共卫生服务", "县卫生健康局", None), ("计划生育家庭扶助", "县卫生健康局", None)]
    assert [(p["score"], p["grade"]) for p in ps] == [(97.0, "优"), (88.0, "良"), (95.0, "优"), (92.0, "优")]


def test_list_totals_checked(read):
    """A list's 合计 (and 小计) row against the sum of its projects' money: 执行数 12,460,000 over rows of 12,560,000 —
    said once, at the 合计 row, on the list's first project (the 预算数 total agrees: nothing said)."""
    r = read("ct_s36_gs_results_list_total_off.txt")
    [w] = _warnings(r, "total_row_mismatch")
    assert w["line"] == 7 and w["project_id"] == r.tables["projects"][0]["project_id"]
    assert "12,460,000" in w["message"] and "12,560,000" in w["message"] and "spent" in w["message"]
    r = read("ct_s36_gs_results_list_subtotals.txt")
    assert sorted(w["line"] for w in _warnings(r, "total_row_mismatch")) == [11, 12]    # the 2nd 小计's and the 合计's
    r = read("ct_s36_gs_results_two_row_heads.txt")
    [w] = _warnings(r, "total_row_mismatch")
    assert w["line"] == 8 and "25,410,000" in w["message"]


def test_score_and_budget_totals_checked(read):
    """A 评分表's `合计 | 100 | 95` over rows of 93 (the form's 综合得分 93: weights_not_100 is silent) and a breakdown's
    `合计 | 125` over lines of 115 (the budget 120: budget_sum_mismatch says only that) were read and forgotten; a wrong
    `小计` too. Each is now a total_row_mismatch at its row; a 合计 equal to the budget its lines miss is left to
    budget_sum_mismatch (one fault, one finding)."""
    r = read("ct_s36_gs_score_total_row.txt")
    [p] = r.tables["projects"]
    assert (p["score"], p["grade"]) == (93.0, "优")
    assert len(r.tables["scores"]) == 10
    [w] = _warnings(r, "total_row_mismatch")
    assert w["line"] == 15 and "95" in w["message"] and "93" in w["message"]
    assert "weights_not_100" not in warning_codes(r)
    r = read("ct_s36_gs_budget_total_row.txt")
    assert sorted(warning_codes(r)) == ["budget_sum_mismatch", "total_row_mismatch"]
    [w] = _warnings(r, "total_row_mismatch")
    assert w["line"] == 12 and "1,250,000" in w["message"] and "1,150,000" in w["message"]
    r = read("ct_s36_gs_budget_subtotals.txt")
    assert [b["amount"] for b in r.tables["budget_items"]] == [1200000.0, 600000.0, 2000000.0, 800000.0]
    assert [(w["line"], w["code"]) for w in r.tables["warnings"]] == [(12, "total_row_mismatch"),
                                                                      (13, "total_row_mismatch")]


def test_score_tables_of_no_level_heads(read):
    """`评价指标 | 权重 | 得分` listing `产出数量 | 30 | 30` … `效益 | 30 | 27`, `满意度 | 10 | 9`: 效益 was the subtotal of
    满意度 (two subtotal_mismatch, two weights_not_100); `评价指标 | 权重（%） | 得分 | 评分说明`: the notes right of the
    points were the rows' names (`执行率92%`), the names their level 2."""
    r = read("ct_s36_gs_flat_score_list.txt")
    assert [(s["level1"], s["level3"], s["weight"], s["score"], s["is_subtotal"]) for s in r.tables["scores"]] == [
        (None, "产出数量", 30.0, 30.0, False), (None, "产出质量", 20.0, 18.0, False),
        (None, "产出时效", 10.0, 8.0, False), ("效益", None, 30.0, 27.0, False),
        ("满意度", None, 10.0, 9.0, False)]      # (a level 1 as 效益 before it, hunt s58 pdf6; was level3)
    assert r.tables["warnings"] == []
    r = read("ct_s36_gs_weights_percent_notes.txt")
    assert [(s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        (None, "预算执行率", 10.0, 9.2), (None, "产出数量", 30.0, 30.0), (None, "产出质量", 20.0, 18.0),
        (None, "产出时效", 10.0, 10.0), (None, "社会效益", 20.0, 19.0), (None, "服务对象满意度", 10.0, 9.0)]
    [p] = r.tables["projects"]
    assert (p["score"], p["grade"]) == (95.2, "优秀") and r.tables["warnings"] == []


def test_grades_written_every_way(read):
    """A letter grade beside its scale (`A | A：90分（含）以上；B：…`: the scale kept), a DOCX's ■ before 优 in a printed
    scale, an XLSX's `√优秀 □良好`, `考核等次：良好（92分）` on a line under the table (an unparsed_row, grade and score
    lost: now both, and grade_mismatch says 92 earns 优), `综合评分87分，评价等级为良。` (the score lost: no 为)."""
    [p] = read("ct_s36_gs_letter_grade_scale.txt").tables["projects"]
    assert (p["grade"], p["score"]) == ("A", 95.0)
    assert json.loads(p["other_fields"]) == {"考核等次": "A：90分（含）以上；B：80-89分；C：60-79分；D：60分以下"}
    r = read("ct_s36_gs_grade_ticks.docx")
    [p] = r.tables["projects"]
    assert (p["grade"], p["score"], p["unit"]) == ("优", 92.0, "县养老服务中心")
    assert [s["score"] for s in r.tables["scores"]] == [30.0, 20.0, 16.0, 18.0, 8.0]
    r = read("ct_s36_gs_score_sheet.xlsx")
    [p] = r.tables["projects"]
    assert (p["grade"], p["score"], p["year"]) == ("优秀", 93.0, 2022)
    assert [s["level1"] for s in r.tables["scores"]] == ["决策"] * 3 + ["过程"] * 2 + ["产出"] * 2 + ["效益"] * 2
    assert sum(s["weight"] for s in r.tables["scores"]) == 100.0 and r.tables["warnings"] == []
    r = read("ct_s36_gs_grade_line_with_score.txt")
    [p] = r.tables["projects"]
    assert (p["grade"], p["score"]) == ("良好", 92.0)
    assert warning_codes(r) == ["grade_mismatch"] and r.document["status"] == "ok"
    [p] = read("ct_s36_gs_prose_score.txt").tables["projects"]
    assert (p["grade"], p["score"]) == ("良", 87.0)
