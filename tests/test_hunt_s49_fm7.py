"""Hunt fm7 (office files and embedded objects): hunt fm6's leftovers and new office mess. A Word 97-2003 form
embedded in a covering letter (Word.Document.8, a .doc compound file in `oleObject1.bin`), a Word document embedded
in a form's 绩效指标 cell, an embedded workbook whose first sheet is a chart sheet, a workbook object in a text box
(Word writes the box twice: DrawingML and its VML fallback), a form titled by its covering letter; a level 2 merged
over the 二级 and 三级 columns on a sheet whose hidden row and column hold last year's targets; Office 97-2003 files
under the other kind's name (.wps, .et). Made by tests/fixtures/make_s49_fm7.py (openpyxl, LibreOffice, the Word
packages written by hand). Each reading was written down by hand before jixiao was run; the comments say what main
gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

WAN = 10_000.0

LETTER_FORM = [
    ("产出指标", "数量指标", "资助参保人数", ">=", 12000.0, "人"),
    ("产出指标", "质量指标", "参保率", ">=", 95.0, "%"),
    ("效益指标", "社会效益指标", "困难群众医疗费用负担", None, None, None),
    ("满意度指标", "服务对象满意度指标", "参保群众满意度", ">=", 90.0, "%"),
]
SCHOOL_FORM = [
    ("产出指标", "数量指标", "少年宫运行数量", "=", 12.0, "所"),
    ("产出指标", "数量指标", "受益学生人数", ">=", 4800.0, "人"),
    ("产出指标", "质量指标", "活动开展达标率", ">=", 95.0, "%"),
    ("产出指标", "时效指标", "资金拨付时间", None, None, None),
    ("产出指标", "成本指标", "单个少年宫运行补助", "<=", 3 * WAN, "元"),
    ("效益指标", "社会效益指标", "学生综合素质提升", None, None, None),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", ">=", 90.0, "%"),
]
SEWER_FORM = [
    ("产出指标", "数量指标", "新建污水管网长度", ">=", 18.0, "公里"),
    ("产出指标", "数量指标", "新增污水处理能力", ">=", 5000.0, "吨/日"),
    ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
    ("产出指标", "时效指标", "工程完工时间", None, None, None),
    ("效益指标", "生态效益指标", "城区污水集中收集率", ">=", 95.0, "%"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%"),
]


def test_word97_form_embedded_in_a_covering_letter(read):
    r = read("ct_s49_fm7_ole_word97_object.docx")
    # main: 0 projects, `layout_unknown` (a Word.Document.8 object's .doc compound file was not read)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城乡居民基本医疗保险参保补助", "涟源市医疗保障局", "涟源市医疗保障事务中心", 2025)
    assert p["budget_year"] == 480 * WAN
    assert (p["contact"], p["phone"]) == ("李敏", "0738-4012345")
    # the form's own title, not the letter's `…关于报送2025年度项目支出绩效目标的报告`
    assert p["title"] == "2025年度项目支出绩效目标申报表"
    assert indicator_targets(r) == LETTER_FORM
    assert warning_codes(r) == []


def test_word_form_object_titled_by_its_own_title_not_the_letters(read):
    r = read("ct_s48_fm6_ole_word_object.docx")
    # main: title `涟源市医疗保障事务中心关于报送2025年度项目支出绩效目标的报告` (the covering letter's heading)
    assert only_project(r)["title"] == "2025年度项目支出绩效目标申报表"


def test_word_document_embedded_in_the_forms_indicator_cell(read):
    r = read("ct_s49_fm7_ole_word_object_in_cell.docx")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_year"]) == ("城区污水管网提质改造", "冷水江市市政设施维护中心", 2600 * WAN)
    # main: no indicators and `no_indicators` (a Word object in a cell was passed over)
    assert indicator_targets(r) == SEWER_FORM
    assert warning_codes(r) == []


def test_embedded_workbook_whose_first_sheet_is_a_chart_sheet(read):
    r = read("ct_s49_fm7_ole_chart_sheet_first.docx")
    # main: 0 projects, `layout_unknown` (activeTab 1 counts the chart sheet; the reader's page 2 does not exist)
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_year"]) == ("乡村学校少年宫运行补助", "邵阳县塘渡口镇中心学校", 36 * WAN)
    assert (p["contact"], p["phone"]) == ("刘芳", "0739-6821234")
    assert indicator_targets(r) == SCHOOL_FORM


def test_workbook_object_in_a_text_box_read_once(read):
    r = read("ct_s49_fm7_ole_in_text_box.docx")
    # main: 21 indicators (the object read three times: the box's blocks, then the paragraph's DrawingML and VML
    # copies), 14 `duplicate_indicator` warnings
    p = only_project(r)
    assert p["name"] == "乡村学校少年宫运行补助"
    assert indicator_targets(r) == SCHOOL_FORM
    assert "duplicate_indicator" not in warning_codes(r)


def test_level2_merged_over_the_name_column_and_hidden_old_targets(read):
    r = read("ct_s49_fm7_merged_levels_hidden_rows.xlsx")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("乡村学校少年宫运行补助", 36 * WAN)
    # hidden row 7 (last year's 10所) and hidden column E (2024年指标值) are not read, as Excel neither shows nor
    # prints them; `成本指标` merged over the 二级 and 三级 columns is its row's level 2 (main: level 2 数量指标, the
    # one above carried onto it)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "少年宫运行数量", "=", 12.0, "所"),
        ("产出指标", "数量指标", "受益学生人数", ">=", 4800.0, "人"),
        ("产出指标", "成本指标", "成本指标", "<=", 3 * WAN, "元"),
        ("效益指标", "社会效益指标", "学生综合素质提升", None, None, None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", ">=", 90.0, "%"),
    ]


@pytest.mark.parametrize("name, indicators", [("ct_s49_fm7_workbook_named.wps", SEWER_FORM),
                                              ("ct_s49_fm7_word97_named.et", LETTER_FORM)])
def test_office_97_file_under_the_other_kinds_name(read, name, indicators):
    r = read(name)
    # main: failed, `LibreOffice could not convert the .wps file (no output)` (a workbook handed to Writer; a Word
    # file named .et to Calc), 0 projects
    assert r.document["status"] == "ok"
    only_project(r)
    assert indicator_targets(r) == indicators
    # a conversion says the name and the kind read: `.et (a .doc) file converted by LibreOffice before reading`
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "converted"]
    assert said == ([] if name.endswith(".wps") else [".et (a .doc) file converted by LibreOffice before reading"])
