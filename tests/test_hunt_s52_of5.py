"""Hunt of5 (session 52): office files, PDFs and HTML as archives hold them — ct_z01 and
tests/fixtures/review/ct_s52_of5_* (made by tests/fixtures/review/make_s52_of5.py with reportlab, openpyxl and Word's
XML by hand), each expectation written down by hand before the run.

Decided and read:
- a PDF table printed with its outer frame and its column rules only (no row rule) is read as aligned text; a cell's
  text never goes on over a vertical rule drawn across its line: the line is cut at a rule standing in the blank
  between two glyphs (ct_z01: `社会效益指标` | `书房年接待读者人次`, a level 2 wider than its fellows centred 16 points
  before the level 3, was read as one level 3; ct_s52_of5_column_rules: `项目名称` | `农村供水保障工程` 20 points apart
  lost the name, `可持续影响指标工程设计使用年限` and `满意度指标服务对象满意度指标受益群众满意度` were level 3s);
- a target wrapped over two lines with its row's other cells centred between them, its first line sharing a line
  with a label centred on the whole block (ct_z01: `绩效指标` beside `2024年10月底`, then `时效指标 | 书房投入使用时间`,
  then `前`): the two lines are the row's target `2024年10月底前` (main: an indicator `2024年10月底` with no target,
  the row's indicator with none, `前` lost);
- read right on main and kept so: a Word document attached as an icon in a table cell (read after the table, taken
  out as a copy of the form typed: attachment_copy), a Word table whose level 1 and level 2 are merged down
  (vMerge) with a tracked change in a target (`≥80%` deleted, `≥85%` inserted), a workbook whose form is on its
  second sheet after a sheet of filling notes, with a hidden draft row, a hidden helper column and the level 1
  merged over a manual page break, and an HTML export whose levels and money label are `td rowspan`, its values
  `td colspan`.
"""
from __future__ import annotations

import os
import sys

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SO, SAT, EC, SU = "社会效益指标", "服务对象满意度指标", "生态效益指标", "可持续影响指标"
W = 10000.0
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))


def _levels(r) -> list[tuple]:
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


def test_frame_and_column_rules_ct_z01(read):
    r = read("ct_z01_frame_and_vertical_rules.pdf")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "城市书房建设项目", "某区文化和旅游局", "某区图书馆", 300 * W)
    assert _levels(r) == [
        (P, N, "新建城市书房数量", "5个"),
        (P, N, "新增馆藏图书", "≥2.5万册"),
        (P, Q, "书房建设验收合格率", "100%"),
        (P, T, "书房投入使用时间", "2024年10月底前"),
        (E, SO, "书房年接待读者人次", "≥20,000人次"),
        (S, SAT, "读者满意度", "≥90%")]
    assert warning_codes(r) == []


def test_frame_and_column_rules_cut_a_line_at_a_rule(read):
    from make_s45_pq2 import WATER
    r = read("ct_s52_of5_column_rules.pdf")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "农村供水保障工程", "某县水利局", "某县农村供水管理站", 1350 * W)
    want = []
    for a, b, c, d in WATER:
        want.append((a or want[-1][0], b or want[-1][1], c, d))
    assert _levels(r) == want
    assert warning_codes(r) == []


def test_rule_cut_in_words_grid():
    # the grid itself: a level 2 and a level 3 either side of a column rule are cells apart
    from extract.pdf import extract_pdf
    from tests.conftest import REVIEW
    ex = extract_pdf((REVIEW / "ct_z01_frame_and_vertical_rules.pdf").read_bytes(), "x")
    texts = {c.text for g in ex.grids for c in g.cells}
    assert {"社会效益指标", "书房年接待读者人次", "2024年10月底前"} <= texts
    assert "社会效益指标书房年接待读者人次" not in texts


SHOWN_TARGETS = [
    (P, N, "少年宫运行数量", "=", 12.0, "所"),
    (P, N, "受益学生人数", ">=", 4800.0, "人"),
    (P, Q, "活动开展达标率", ">=", 95.0, "%"),
    (P, T, "资金拨付时间", None, None, None),
    (P, C, "单个少年宫运行补助", "<=", 30000.0, "元"),
    (E, SO, "学生综合素质提升", None, None, None),
    (S, SAT, "学生及家长满意度", ">=", 90.0, "%")]


def test_word_document_attached_as_an_icon_in_a_cell(read):
    r = read("ct_s52_of5_word_icon_in_cell.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["phone"]) == (
        "乡村学校少年宫运行补助", "邵阳县教育局", "邵阳县塘渡口镇中心学校", 36 * W, "0739-6821234")
    assert indicator_targets(r) == SHOWN_TARGETS
    assert warning_codes(r) == ["attachment_copy", "vague_target"]


def test_levels_merged_down_and_a_tracked_change_in_a_target(read):
    r = read("ct_s52_of5_vmerge_tracked.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["phone"]) == (
        "农村生活污水治理", "某县生态环境局", "某县农村环境整治中心", 640 * W, "0731-5566123")
    assert indicator_targets(r) == [
        (P, N, "完成治理行政村数", "=", 18.0, "个"),
        (P, N, "新建污水处理设施", "=", 18.0, "座"),
        (P, Q, "设施正常运行率", ">=", 85.0, "%"),
        (P, Q, "出水水质达标率", ">=", 90.0, "%"),
        (E, EC, "农村生活污水治理率", ">=", 45.0, "%"),
        (S, SAT, "村民满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_form_on_the_second_sheet_with_hidden_row_and_column(read):
    r = read("ct_s52_of5_second_sheet_hidden.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["year"]) == (
        "城乡义务教育学生资助", "某县教育局", "某县学生资助管理中心", 520 * W, 2025)
    assert indicator_targets(r) == [
        (P, N, "资助学生人数", ">=", 2600.0, "人"),
        (P, Q, "资助对象认定准确率", "=", 100.0, "%"),
        (P, T, "资助资金发放时间", None, None, None),
        (E, SO, "因贫失学辍学学生人数", "=", 0.0, "人"),
        (S, SAT, "受助学生满意度", ">=", 95.0, "%")]
    assert not any("草稿" in str(v) or "备用" in str(v) for t in r.tables.values() for row in t for v in row.values())
    assert warning_codes(r) == []


def test_html_export_of_td_rowspan_and_colspan(read):
    r = read("ct_s52_of5_td_spans.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        "全民健身设施补短板工程", "某县体育局", "某县全民健身服务中心", 380 * W, 350 * W, 30 * W)
    assert indicator_targets(r) == [
        (P, N, "新建社区健身路径", "=", 25.0, "处"),
        (P, N, "新建多功能运动场", "=", 2.0, "个"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"),
        (P, T, "项目完工时间", None, None, None),
        (E, SO, "受益群众人数", ">=", 3.0, "万人"),
        (E, SO, "设施免费开放率", "=", 100.0, "%"),
        (S, SAT, "健身群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []
