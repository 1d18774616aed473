"""Hunt BT (session 34): documents that sit in the archive folders beside the forms but are no forms (a 统计公报, a
form's 填表说明, a blank template, an expert's 事前绩效评估 score sheet, an audit report, minutes, a work summary, an
indicator library …), written by hand (tests/fixtures/review/ct_s34_bt_*, README there): no project, no row, the
document `ok`; a real form under a report's cover still reads.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"
ROWS = ("projects", "indicators", "budget_items", "scores", "assessment_items", "safeguards")


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _codes(name: str) -> list[str]:
    return [w["code"] for w in _read(name).tables["warnings"]]


def _nothing(name: str) -> None:
    r = _read(name)
    assert r.document["status"] == "ok" and r.document["n_projects"] == 0, (name, _codes(name))
    assert not any(r.tables[t] for t in ROWS), name


def test_statistical_bulletin_table_of_plan_and_actual_is_no_form():
    """A 统计公报 (a PDF, ruleless tables): `指标名称 | 计划目标 | 实际完成 | 完成率` under `表6 …指标完成情况` gave a
    nameless self-evaluation (4 indicators, a header_missing, 6 unparsed rows of the `指标 | 单位 | 绝对数` table above
    it, partial): the bulletin's title names a report, no project."""
    name = "ct_s34_bt_stat_bulletin.pdf"
    _nothing(name)
    assert _codes(name) == ["not_a_form"]
    assert "统计公报" in _read(name).tables["warnings"][0]["message"]


@pytest.mark.parametrize("name", ["ct_s34_bt_fill_instructions.txt", "ct_s34_bt_fill_instructions_table.docx"])
def test_a_forms_filling_instructions_are_no_project(name):
    """`…申报表填表说明` (`一、项目名称：按照预算管理一体化系统中的项目名称填写。` …) and a `…自评表填报说明` table
    (`栏目 | 填报要求`, `项目名称 | 按照预算批复的项目名称填写`): each gave a project named by the instruction, its
    department `填写项目主管部门的全称…`, with a no_indicators (partial)."""
    _nothing(name)
    assert _codes(name) == ["not_a_form"]
    assert "填表说明" in _read(name).tables["warnings"][0]["message"]


def test_blank_template_with_only_preprinted_levels_is_a_blank_form():
    """A 申报表 template whose indicator rows print only their levels (`产出指标 | 数量指标 | | `), every value cell
    empty: a blank_form (it was no_form_read and partial: a loss said where nothing was lost)."""
    name = "ct_s34_bt_blank_target_levels_only.docx"
    _nothing(name)
    assert _codes(name) == ["blank_form"]


def test_an_experts_ex_ante_score_sheet_is_no_project():
    """`…事前绩效评估专家评分表` (项目名称 and 申报单位 beside it, 评估内容 | 评估要点 | 分值 | 评分标准 | 专家评分): an
    expert's review of a project, no form of it; it gave an assessment project with 8 unparsed rows (partial)."""
    name = "ct_s34_bt_expert_scoring.xlsx"
    _nothing(name)
    assert _codes(name) == ["not_a_form"]


@pytest.mark.parametrize("name", ["ct_s34_bt_audit_report_guard.docx", "ct_s34_bt_meeting_minutes_guard.txt",
                                  "ct_s34_bt_work_summary_guard.docx", "ct_s34_bt_indicator_library_guard.xlsx"])
def test_other_non_forms_stay_no_project(name):
    """Guards that read right before: an 审计报告 quoting budget figures over a table of problems, a 会议纪要 with a
    任务分工 table (no 考核任务分解表), a 工作总结 with `任务 | 目标 | 完成情况`, an indicator library of two sheets."""
    _nothing(name)
    assert set(_codes(name)) <= {"not_a_form", "layout_unknown"}


def test_a_form_under_a_reports_cover_still_reads():
    """`…关于报送2024年度项目绩效目标的报告` (a cover letter) over the form with its own title: the form's project."""
    t = _read("ct_s34_bt_report_then_form_guard.txt").tables
    (p,) = t["projects"]
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "公共文化服务免费开放", "XX县文化和旅游局", "XX县文化馆", 2024, 600_000)
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in t["indicators"]] == [
        ("公益文化活动场次", ">=", 120, "场"), ("活动安全事故发生率", "=", 0, None),
        ("年接待群众人次", ">=", 8, "万人次"), ("群众满意度", ">=", 90, "%")]


def test_a_third_party_evaluation_report_naming_its_project_is_read_as_before():
    """A 第三方 绩效评价报告 naming its project (`项目名称：…` lines, 评价指标 | 权重 | 得分): the contract has no kind for
    it; the established reading (tests/test_generic.py, the be_* / bg_* reports' grades) keeps it a self-evaluation
    project with its scores, and the scores adding up to 89.35 against the stated 86.35 are said."""
    t = _read("ct_s34_bt_third_party_eval_report.txt").tables
    (p,) = t["projects"]
    assert (p["form"], p["name"], p["score"]) == ("self_eval", "2023年城区老旧小区改造项目", 86.35)
    assert len(t["scores"]) == 17 and "weights_not_100" in _codes("ct_s34_bt_third_party_eval_report.txt")


LAMP = [("维护路灯数量", "≥6500盏"), ("亮灯率", "≥98%"), ("故障修复时限", "≤24小时"), ("夜间出行安全保障", "有效提升"),
        ("市民满意度", "≥90%")]


def test_a_forms_filling_notes_under_it_are_no_second_project():
    """A form, then its `填表说明：` lines (`1.项目名称：按照预算管理一体化系统中的项目名称填写。`, `2.主管部门：填写主管
    部门全称。`): the note's 项目名称 started a second project named by the instruction (no_indicators, partial)."""
    name = "ct_s34_bt_form_then_fill_notes.txt"
    t = _read(name).tables
    assert [(p["name"], p["department"]) for p in t["projects"]] == [("城区道路照明设施维护", "XX县城市管理局")]
    assert [(i["level3"], i["target_raw"]) for i in t["indicators"]] == LAMP
    assert _read(name).document["status"] == "ok" and "no_indicators" not in _codes(name)


def test_a_template_with_instructions_in_its_value_cells_is_a_blank_form():
    """`项目名称 | （按预算批复的项目名称填写）` over level-only indicator rows: a blank template (it gave a project named
    `（按预算批复的项目名称填写）`, no_indicators, partial)."""
    name = "ct_s34_bt_template_instruction_cells.txt"
    _nothing(name)
    assert _codes(name) == ["blank_form"]


def test_an_indicator_library_after_the_form_is_none_of_its_rows():
    """A workbook (填表说明 sheet, the form's sheet, a `…指标参考库` sheet) and a text dump (the form, then `附：…共性指标
    参考库` with its 指标值): the library's title and rows were read as the form's indicators (its title an indicator
    with no target, duplicate_indicator warnings); in the dump, once split off, a nameless project of them. Now the form
    reads alone and the library gives no project."""
    t = _read("ct_s34_bt_workbook_notes_form_library.xlsx").tables
    assert [(p["name"], p["budget_year"]) for p in t["projects"]] == [("乡镇综合文化站免费开放", 480_000)]
    assert [i["level3"] for i in t["indicators"]] == ["免费开放文化站数量", "开展文化活动场次", "资金拨付及时率",
                                                      "群众参与文化活动人次", "群众满意度"]
    assert "duplicate_indicator" not in _codes("ct_s34_bt_workbook_notes_form_library.xlsx")
    name = "ct_s34_bt_form_then_library.txt"
    t = _read(name).tables
    assert [p["name"] for p in t["projects"]] == ["城区道路照明设施维护"]
    assert [(i["level3"], i["target_raw"]) for i in t["indicators"]] == LAMP
    assert "not_a_form" in _codes(name) and "duplicate_indicator" not in _codes(name)
