"""Hunt of4 (session 51): office files, PDFs and HTML as archives hold them — tests/fixtures/review/ct_s51_of4_*
(made by tests/fixtures/review/make_s51_of4.py with reportlab, python-docx, openpyxl and LibreOffice), each
expectation written down by hand before the run.

Decided and read:
- a rule-less PDF whose 序号, 分值 and 得分 columns are three characters wide: the narrow column's cell and the next
  column's text run together in a line (`1产出指标`, `序号一级指标`, `分值得分`, a blank of about one character between
  glyphs set tight). The place after such a blank counts as a cell's start for the column edges (three lines or
  more), and a line is cut at such a blank when a column edge lies after it, inside the next glyph — the levels
  are read without the 序号, the 分值 and 得分 are each indicator's weight and score (main: level 1 `1产出指标`, the
  weights and scores dropped as unplaced cells);
- a workbook attached as an icon in a table cell (`附件 | <icon>`) is read after the table as one attached under it
  in a paragraph is, and taken out when it is a copy of the form typed in the table (`attachment_copy`); the
  `附件` row is no indicator (main: 15 indicators, each read twice, 7 duplicate_indicator, an indicator `附件`);
- two landscape pages of two rule-less forms side by side under a running head at the left margin and a page
  number at the right: the head (the same text at the same place on both pages, over the forms' larger titles)
  is page furniture, as on a page of one form (main: the second page's head read as an indicator of the first
  page's right form);
- read right on main and kept so: a table nested in a Word cell, the same saved as Word 97-2003 by LibreOffice, a
  workbook whose head is merged across a hidden column (the merged value's cell the hidden one), an HTML head of
  `th colspan` / `rowspan`, and a landscape form printed on a portrait page turned by /Rotate 90.
"""
from __future__ import annotations

import os
import sys

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SO, SAT, EC = "社会效益指标", "服务对象满意度指标", "生态效益指标"
W = 10000.0
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))


def test_rule_less_pdf_with_columns_three_characters_wide(read):
    r = read("ct_s51_of4_narrow_columns.pdf")
    p = only_project(r)
    assert (p["form"], p["year"], p["name"], p["department"], p["unit"]) == (
        "self_eval", 2024, "农村公路养护工程", "某县交通运输局", "某县公路建设养护中心")
    assert (p["budget_year"], p["spent"], p["score"]) == (896 * W, 871.5 * W, 95.0)
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"])
           for i in r.tables["indicators"]]
    assert got == [
        (P, N, "全县农村公路养护里程", "≥1280公里", "1295公里", 15.0, 15.0),
        (P, N, "危桥改造数量", "≥6座", "6座", 15.0, 15.0),
        (P, Q, "养护路段优良路率", "≥85%", "86.2%", 10.0, 10.0),
        (P, T, "危桥改造完成时间", "2024年11月底前", "2024年12月20日", 10.0, 8.0),
        (P, C, "每公里养护补助标准", "≤7000元", "6850元", 10.0, 10.0),
        (E, SO, "群众出行条件改善", "明显改善", "明显改善", 20.0, 18.0),
        (S, SAT, "沿线群众满意度", "≥90%", "93%", 20.0, 19.0)]
    assert warning_codes(r) == ["vague_target"]


def test_narrow_column_cut_in_words_grid():
    # the grid itself: `序号 | 一级指标`, `分值 | 得分` and `1 | 产出指标` are cells apart
    from extract.pdf import extract_pdf
    from tests.conftest import REVIEW
    ex = extract_pdf((REVIEW / "ct_s51_of4_narrow_columns.pdf").read_bytes(), "x")
    texts = {c.text for g in ex.grids for c in g.cells}
    assert {"序号", "一级指标", "分值", "得分", "1", "产出指标", "7", "满意度指标"} <= texts
    assert not {"序号一级指标", "分值得分", "1产出指标"} & texts


SHOWN_TARGETS = [
    (P, N, "少年宫运行数量", "=", 12.0, "所"),
    (P, N, "受益学生人数", ">=", 4800.0, "人"),
    (P, Q, "活动开展达标率", ">=", 95.0, "%"),
    (P, T, "资金拨付时间", None, None, None),
    (P, C, "单个少年宫运行补助", "<=", 30000.0, "元"),
    (E, SO, "学生综合素质提升", None, None, None),
    (S, SAT, "学生及家长满意度", ">=", 90.0, "%")]


def test_form_typed_and_attached_as_an_icon_in_a_cell(read):
    r = read("ct_s51_of4_icon_in_cell.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"],
            p["phone"], p["title"]) == ("乡村学校少年宫运行补助", "邵阳县教育局", "邵阳县塘渡口镇中心学校", 36 * W,
                                        30 * W, 6 * W, "0739-6821234", "2025年度项目支出绩效目标表")
    assert indicator_targets(r) == SHOWN_TARGETS
    assert warning_codes(r) == ["attachment_copy", "vague_target"]


FORMS = [  # (name, department, unit, budget_year, fiscal, other, page)
    ("农村供水保障工程", "某县水利局", "某县农村供水管理站", 1350 * W, 1200 * W, 150 * W, 1),
    ("薄弱学校校舍改造", "某县教育局", "某县第二中学", 480 * W, 450 * W, 30 * W, 1),
    ("天然林保护修复", "某县林业局", "某县国有林场", 236 * W, 236 * W, 0.0, 2),
    ("农村公路安全生命防护工程", "某县交通运输局", "某县公路建设养护中心", 520 * W, 480 * W, 40 * W, 2)]


def test_running_head_over_side_by_side_forms(read):
    r = read("ct_s51_of4_side_by_side_running_head.pdf")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"],
             p["page"]) for p in ps] == FORMS
    assert all(p["title"] == "项目支出绩效目标表" for p in ps)
    per = [[i["level3"] for i in r.tables["indicators"] if i["project_id"] == p["project_id"]] for p in ps]
    assert per == [
        ["新建供水管网长度", "改造入户水表数量", "水质检测合格率", "工程完工时间", "管网每公里造价", "受益农村人口",
         "工程设计使用年限", "受益群众满意度"],
        ["改造校舍面积", "工程验收合格率", "项目完成时间", "受益学生人数", "师生满意度"],
        ["森林管护面积", "森林火灾受害率", "森林覆盖率", "护林员满意度"],
        ["农村公路安防工程里程", "工程完工时间", "农村公路交通事故率", "沿线群众满意度"]]
    assert not any("预算公开" in str(v) for t in r.tables.values() for row in t for v in row.values())
    assert warning_codes(r) == []


NESTED = [
    (P, N, "培训基层卫生人员人数", ">=", 600.0, "人次"),
    (P, Q, "培训考核合格率", ">=", 95.0, "%"),
    (P, T, "培训完成时间", None, None, None),
    (E, SO, "基层医疗服务能力", None, None, None),
    (S, SAT, "参训人员满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["ct_s51_of4_nested_table.docx", "ct_s51_of4_nested_table.doc"])
def test_indicators_in_a_table_nested_in_a_cell(read, name):
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["contact"], p["phone"]) == (
        "基层卫生人才能力提升培训", "某县卫生健康局", "某县卫生健康事务中心", 72 * W, "王红", "0738-3216688")
    assert p["goal_annual"] == "完成基层卫生人员培训600人次，考核合格率不低于95%，提升基层医疗服务能力。"
    assert indicator_targets(r) == NESTED
    assert [c for c in warning_codes(r) if c != "converted"] == ["vague_target"]


def test_head_merged_across_a_hidden_column(read):
    # the 2024 column (D) hidden: the 2025 targets read; `实施单位 | 某市环境卫生管理处` merged D3:E3 (the value in the
    # hidden D3, shown across E) is the unit
    r = read("ct_s51_of4_merged_hidden.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["year"]) == (
        "城区生活垃圾清运处置", "某市城市管理局", "某市环境卫生管理处", 1260 * W, 2025)
    assert indicator_targets(r) == [
        (P, N, "生活垃圾日清运量", ">=", 420.0, "吨"),
        (P, Q, "生活垃圾无害化处理率", "=", 100.0, "%"),
        (P, T, "垃圾清运及时率", ">=", 98.0, "%"),
        (E, EC, "城区环境卫生状况", None, None, None),
        (S, SAT, "市民满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == ["vague_target"]


def test_html_head_of_th_rowspan_and_colspan(read):
    r = read("ct_s51_of4_th_spans.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "公共文化服务体系建设", "某县文化旅游广电局", "某县文化馆", 215 * W)
    assert indicator_targets(r) == [
        (P, N, "送戏下乡场次", ">=", 120.0, "场"),
        (P, N, "免费开放场馆数量", "=", 3.0, "个"),
        (P, T, "送戏下乡完成时间", None, None, None),
        (E, SO, "惠及群众人次", ">=", 5.0, "万人次"),
        (S, SAT, "群众满意度", ">=", 90.0, "%")]
    assert [i["note"] for i in r.tables["indicators"]][1] == "文化馆、图书馆、博物馆"
    assert warning_codes(r) == []


def test_landscape_form_on_a_page_turned_by_rotate_90(read):
    from make_s45_pq2 import WATER
    r = read("ct_s51_of4_rotated.pdf")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["title"]) == (
        "农村供水保障工程", "某县水利局", "某县农村供水管理站", 1350 * W, "2025年度项目支出绩效目标表")
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [(x[2], x[3]) for x in WATER]
    assert warning_codes(r) == []
