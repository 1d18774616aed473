"""Hunt fq2 (input formats: office files, HTML, PDF quirks): an Excel 97-2003 workbook's page header and footer (its
HEADER / FOOTER records, which xlrd does not read) holding the form's title, 填报单位, 金额单位 and 填报人; an .xls's
boolean cells (a 是否核心指标 column of TRUE / FALSE); counts shown in Chinese numerals with their units
(`[DBNum1][$-804]G/通用格式"辆"`, `[DBNum1]0"座"`) in an .xls and an .xlsx; an .xls date in a built-in CJK date
format (id 31, no code in the file). Made by tests/fixtures/make_s44_fq2.py
(xlwt, openpyxl). Each reading was written down by hand before jixiao was run; the comments say what main gave where
it was wrong."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

WAN = 10_000.0


def test_xls_title_unit_and_contact_in_the_page_header(read):
    r = read("ct_s44_fq2_page_header.xls")
    p = only_project(r)
    # main: the page header and footer not read — year and title None, the amounts read as 元 (450, 400, 50: the
    # 金额单位：万元 is the header's right part), contact and phone None (the footer's left part)
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "农村生活垃圾收运处置补助", "浏阳市城市管理和综合执法局", "浏阳市环境卫生服务中心", 2025, "2025年度项目支出绩效目标表")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (450 * WAN, 400 * WAN, 50 * WAN)
    assert (p["contact"], p["phone"]) == ("罗志刚", "0731-83612478")
    assert warning_codes(r) == ["vague_target"]          # (明显改善)


def test_xls_boolean_cells_and_chinese_numeral_formats(read):
    r = read("ct_s44_fq2_page_header.xls")
    # main: `12` (the format `[DBNum1][$-804]G/通用格式"辆"`: Excel shows 十二辆; the unit lost) and the 是否核心指标
    # column's TRUE / FALSE read as 1 / 0, every indicator core False; the deadline `2025-06-30` (a date in the built-in
    # format 31 of a Chinese Excel, which the file names by its id only: Excel shows 2025年6月30日, as the .xlsx reads)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新增垃圾收运车辆", "=", 12.0, "辆"),
        ("产出指标", "质量指标", "垃圾无害化处理率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "车辆采购完成时间", None, None, None),
        ("产出指标", "成本指标", "单吨垃圾处置成本", "<=", 180.0, "元/吨"),
        ("效益指标", "社会效益指标", "农村人居环境", None, None, None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", ">=", 90.0, "%"),
    ]
    assert [i["target_raw"] for i in r.tables["indicators"]][:3] == ["12辆", "≥95%", "2025年6月30日"]
    assert [i["core"] for i in r.tables["indicators"]] == [True, True, False, False, False, True]


def test_xlsx_chinese_numeral_formats_keep_their_units(read):
    r = read("ct_s44_fq2_dbnum.xlsx")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_year"]) == ("农村生活垃圾收运处置补助", 2025, 450 * WAN)
    # main: `12` and `3`, no unit (the `[DBNum1]` formats were written as stored, their literals 辆 / 座 lost)
    assert indicator_targets(r)[:2] == [
        ("产出指标", "数量指标", "新增垃圾收运车辆", "=", 12.0, "辆"),
        ("产出指标", "数量指标", "新建垃圾中转站", "=", 3.0, "座"),
    ]
    assert [i["target_raw"] for i in r.tables["indicators"]][:2] == ["12辆", "3座"]
    assert [i["core"] for i in r.tables["indicators"]] == [True, False, False, False, False, True]


_FORM_FIELD_LEVELS = [
    ("产出指标", "数量指标", "维修加固校舍面积", ">=", 12000.0, "平方米"),
    ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
    ("产出指标", "时效指标", "工程完工时间", None, None, None),
    ("效益指标", "社会效益指标", "校舍安全隐患消除率", "=", 100.0, "%"),
    ("满意度指标", "服务对象满意度指标", "师生满意度", ">=", 90.0, "%"),
]


def test_docx_legacy_drop_down_form_fields(read):
    r = read("ct_s44_fq2_form_fields.docx")
    p = only_project(r)
    # main: the drop-downs' chosen entries not read (a FORMDROPDOWN has no result runs) — title `年度项目支出绩效目标表`,
    # year None, every indicator's level1 and level2 None
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "中小学校舍安全保障工程", "华容县教育局", "华容县教育基建服务中心", 2025, "2025年度项目支出绩效目标表")
    assert (p["budget_year"], p["budget_fiscal"], p["contact"], p["phone"]) == (
        380 * WAN, 380 * WAN, "何建新", "0730-4521806")
    # (the 时效 row's level 1 chose nothing: the list's first entry, as Word shows it; the 效益 row's level 2 its
    # default, the 6th entry)
    assert indicator_targets(r) == _FORM_FIELD_LEVELS
    assert warning_codes(r) == []


def test_doc_legacy_drop_down_form_fields(read):
    r = read("ct_s44_fq2_form_fields.doc")
    p = only_project(r)
    # main: as the .docx (LibreOffice reads the .doc's FORMDROPDOWN fields back as such): year None, levels None
    assert (p["year"], p["title"], p["unit"]) == (2025, "2025年度项目支出绩效目标表", "华容县教育基建服务中心")
    assert indicator_targets(r) == _FORM_FIELD_LEVELS
    assert warning_codes(r) == ["converted"]


def _shrunk_reading(r) -> None:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "农村公路安全生命防护工程", "平江县交通运输局", "平江县公路建设养护中心", 2025, 520 * WAN)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "安装波形护栏长度", ">=", 85.0, "公里"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "工程完工时间", None, None, None),
        ("效益指标", "社会效益指标", "农村公路交通事故下降率", ">=", 10.0, "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90.0, "%"),
    ]
    assert [i["note"] for i in r.tables["indicators"]] == [None] * 5
    assert warning_codes(r) == []


def test_xlsx_column_and_row_of_width_and_height_zero(read):
    # main: the 上年指标值 column dragged to width 0 read as each indicator's note (`上年指标值：≥60公里`) and the
    # draft row dragged to height 0 as a sixth indicator (`（暂不填报）新增警示标志`, ≥200块): Excel shows neither
    _shrunk_reading(read("ct_s44_fq2_shrunk.xlsx"))


def test_xls_column_and_row_of_width_and_height_zero(read):
    # main: as the .xlsx — 6 indicators, the notes `上年指标值：…`
    _shrunk_reading(read("ct_s44_fq2_shrunk.xls"))


def test_xlsx_title_unit_and_contact_in_text_boxes(read):
    r = read("ct_s44_fq2_text_boxes.xlsx")
    p = only_project(r)
    # main: the text boxes not read (openpyxl reads no shape) — title and year None, the amounts read as 元 (186:
    # the 金额单位：万元 is a box over the rows above the table), contact and phone None (a box under it)
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "社区居家养老服务补助", "湘乡市民政局", "湘乡市社会福利中心", 2025, "2025年度项目支出绩效目标表")
    assert (p["budget_year"], p["budget_fiscal"]) == (186 * WAN, 186 * WAN)
    assert (p["contact"], p["phone"]) == ("谭志强", "0731-56762213")
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "享受居家养老服务老年人数", ">=", 2600.0, "人")
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == ["vague_target"]          # (有效改善)
