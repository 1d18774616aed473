"""Hunt fm6 (HTML / DOC / DOCX layouts): a Word document whose form is an Excel worksheet embedded as an object
(Insert > Object, 选择性粘贴 > Microsoft Excel 工作表 对象): Word shows a picture of the workbook's active sheet, the cells
are only in the embedded workbook (`word/embeddings/*.xlsx` for Excel.Sheet.12, an .xls compound file in
`oleObject1.bin` for Excel.Sheet.8), and the same document saved as Word 97-2003 (.doc, read through LibreOffice).
The workbook holds another project's form on a sheet Word does not show. Made by tests/fixtures/make_s48_fm6.py
(openpyxl, LibreOffice, the Word package written by hand as Word writes an embedded object). Each reading was
written down by hand before jixiao was run; the comments say what main gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

WAN = 10_000.0


@pytest.mark.parametrize("name", ["ct_s48_fm6_ole_xlsx_object.docx", "ct_s48_fm6_ole_xls_object.docx",
                                  "ct_s48_fm6_ole_object_embed_element.docx", "ct_s48_fm6_ole_object_word97.doc"])
def test_excel_sheet_embedded_as_an_object_is_the_form(read, name):
    r = read(name)
    # main: 0 projects, no indicators, `layout_unknown` (the object is a picture in document.xml, its cells unread)
    p = only_project(r)          # the active sheet 项目2 only: not 项目1's 农村义务教育营养改善计划, which Word does not show
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "乡村学校少年宫运行补助", "邵阳县教育局", "邵阳县塘渡口镇中心学校", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (36 * WAN, 30 * WAN, 6 * WAN)
    assert p["goal_annual"].startswith("保障全县12所乡村学校少年宫正常运行")
    # the title and the contact line are Word's paragraphs around the object
    assert p["title"] == "邵阳县塘渡口镇中心学校2025年度项目支出绩效目标"
    assert (p["contact"], p["phone"]) == ("刘芳", "0739-6821234")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "少年宫运行数量", "=", 12.0, "所"),
        ("产出指标", "数量指标", "受益学生人数", ">=", 4800.0, "人"),
        ("产出指标", "质量指标", "活动开展达标率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "资金拨付时间", None, None, None),
        ("产出指标", "成本指标", "单个少年宫运行补助", "<=", 3 * WAN, "元"),
        ("效益指标", "社会效益指标", "学生综合素质提升", None, None, None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", ">=", 90.0, "%"),
    ]
    assert "layout_unknown" not in warning_codes(r)


def test_indicator_block_embedded_as_an_object_in_the_forms_cell(read):
    r = read("ct_s48_fm6_ole_object_in_cell.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城区污水管网提质改造", "冷水江市住房和城乡建设局", "冷水江市市政设施维护中心", 2025)
    assert p["budget_year"] == 2600 * WAN
    assert (p["contact"], p["phone"]) == ("曾志军", "0738-5221188")
    # main: no indicators and a `no_indicators` warning (the 绩效指标 cell holds an embedded workbook, read as nothing)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建污水管网长度", ">=", 18.0, "公里"),
        ("产出指标", "数量指标", "新增污水处理能力", ">=", 5000.0, "吨/日"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "工程完工时间", None, None, None),
        ("效益指标", "生态效益指标", "城区污水集中收集率", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%"),
    ]
    assert warning_codes(r) == []


def test_word_form_embedded_as_an_object_in_a_covering_letter(read):
    r = read("ct_s48_fm6_ole_word_object.docx")
    # main: 0 projects, `layout_unknown` (the letter's 附件 is a Word document embedded as an object, read as nothing)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城乡居民基本医疗保险参保补助", "涟源市医疗保障局", "涟源市医疗保障事务中心", 2025)
    assert p["budget_year"] == 480 * WAN
    assert p["goal_annual"] == "完成城乡居民医保参保缴费补助，参保率稳定在95%以上。"
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "资助参保人数", ">=", 12000.0, "人"),
        ("产出指标", "质量指标", "参保率", ">=", 95.0, "%"),
        ("效益指标", "社会效益指标", "困难群众医疗费用负担", None, None, None),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", ">=", 90.0, "%"),
    ]
    assert warning_codes(r) == []
