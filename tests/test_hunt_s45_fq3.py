"""Hunt fq3 (office formats): an .xlsx's and an .xls's 是否核心指标 typed as 1 / 0 and shown as 是 / 否 by
conditional and word-only number formats (`[=1]"是";[=0]"否"`, `"是";"是";"否"`, `"是";;"否"`); an .xls whose title,
金额单位 and 填报人 are text boxes (BIFF8 OBJ / TXO records, which xlrd does not read); an .xlsx whose 项目类型, 项目属性
and 核心指标 are form-control check boxes (VML shapes, which openpyxl does not read); a .docx whose values are
content controls bound to a custom XML part (Word shows the part's values, not the controls' stale content). Made by
tests/fixtures/make_s45_fq3.py (openpyxl, xlwt, LibreOffice, hand-written OOXML as Excel writes it). Each reading was
written down by hand before jixiao was run; the comments say what main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

WAN = 10_000.0

_RESERVOIR_TARGETS = [
    ("产出指标", "数量指标", "除险加固小型水库数量", ">=", 6.0, "座"),
    ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
    ("产出指标", "时效指标", "工程完工时间", None, None, None),
    ("产出指标", "成本指标", "单座水库平均加固成本", "<=", 55 * WAN, "元"),
    ("效益指标", "社会效益指标", "下游受保护人口", ">=", 1.2, "万人"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%"),
]


def _reservoir(r) -> None:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "小型水库除险加固", "临湘市水利局", "临湘市水利工程建设服务中心", 2025, "2025年度项目支出绩效目标表")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (320 * WAN, 300 * WAN, 20 * WAN)
    assert indicator_targets(r) == _RESERVOIR_TARGETS
    # main: every indicator core False — the cells read as stored, `1` / `0` (a format of words and no digit, or of
    # conditions, was no "plain number format": the number written as stored), where Excel shows 是 / 否
    assert [i["core"] for i in r.tables["indicators"]] == [True, True, False, False, True, True]
    assert warning_codes(r) == []


def test_xlsx_yes_no_shown_by_number_formats(read):
    _reservoir(read("ct_s45_fq3_yes_no_formats.xlsx"))


def test_xls_yes_no_shown_by_number_formats(read):
    # main: as the .xlsx (the .xls's FORMAT records hold the same codes)
    _reservoir(read("ct_s45_fq3_yes_no_formats.xls"))


def test_number_formats_of_words_and_conditions():
    from extract.office import _num_text
    # what Excel shows: the section whose condition holds, the words of a section of no digit, the zero section's word
    assert [_num_text(v, f) for v, f in [
        (1, '[=1]"是";[=0]"否"'), (0, '[=1]"是";[=0]"否"'), (0, '"是";"是";"否"'), (0, '"是";;"否"'),
        (3, '[>0]"是";"否"'), (0, '[>0]"是";"否"'), (85, '[Red][>=60]"合格";[Blue]"不合格"'),
        (75, '[>=60]0"分";0'), (1, '"★"')]] == ["是", "否", "否", "否", "是", "否", "合格", "75分", "★"]
    # unchanged: a zero shown as a dash is the stored 0; a number no condition shows is written as stored
    assert [_num_text(v, f) for v, f in [(0, '#,##0;-#,##0;"-"'), (0, '0.00;-0.00;"—"'), (2, '[=1]"是";[=0]"否"'),
                                          (-5, '#,##0;(#,##0)')]] == ["0", "0", "2", "-5"]


def test_xls_title_unit_and_contact_in_text_boxes(read):
    r = read("ct_s45_fq3_text_boxes.xls")
    p = only_project(r)
    # main: the text boxes not read (xlrd reads no drawing: the OBJ / TXO records) — title and year None, the amounts
    # read as 元 (275, 240, 35: the 金额单位：万元 is a box over the rows above the table), contact and phone None (a box
    # under it); the .xlsx it was saved from read them (hunt fq2)
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "农村饮水安全巩固提升", "安化县水利局", "安化县农村供水服务中心", 2025, "2025年度项目支出绩效目标表")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (275 * WAN, 240 * WAN, 35 * WAN)
    assert (p["contact"], p["phone"]) == ("龚建华", "0737-7221946")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建改造集中供水工程", ">=", 14.0, "处"),
        ("产出指标", "质量指标", "水质检测达标率", ">=", 95.0, "%"),
        ("效益指标", "社会效益指标", "受益农村人口", ">=", 3.6, "万人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%"),
    ]
    assert warning_codes(r) == []


def test_xlsx_form_control_check_boxes(read):
    r = read("ct_s45_fq3_check_boxes.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "乡村学校少年宫建设", "衡东县教育局", "衡东县青少年活动中心", 2025, "2025年度项目支出绩效目标申报表")
    assert (p["budget_year"], p["budget_fiscal"]) == (150 * WAN, 150 * WAN)
    # main: the form controls not read (openpyxl reads none: the boxes are VML shapes of the sheet's legacy drawing) —
    # category None and no 项目属性 (the ticked 新增项目 / 一次性项目), and the 核心指标 of the three unlinked boxes
    # False; the two linked to the cell under them read by that cell's TRUE / FALSE
    assert p["category"] == "新增项目"
    assert other_fields(p) == {"项目属性": "一次性项目"}
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建乡村学校少年宫", "=", 5.0, "所"),
        ("产出指标", "质量指标", "少年宫建设验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "项目完成时间", None, None, None),
        ("效益指标", "社会效益指标", "受益农村学生人数", ">=", 3000.0, "人"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", ">=", 90.0, "%"),
    ]
    assert [i["core"] for i in r.tables["indicators"]] == [True, False, True, False, True]
    assert warning_codes(r) == []


def test_docx_content_controls_bound_to_custom_xml(read):
    r = read("ct_s45_fq3_bound_controls.docx")
    p = only_project(r)
    # main: the controls' own content read, the template's (what Word replaces by the bound part's values on
    # opening) — year 2024 and title `2024年度…`, name, unit, contact and phone None (placeholders), 90 万元, and last
    # year's targets ≥8个, ≥2公里, ≥85%, the deadline missing (`target_missing`)
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "村级综合服务站建设", "桃江县民政局", "桃江县社会救助服务中心", 2025, "2025年度项目支出绩效目标表")
    assert p["budget_year"] == 120 * WAN
    assert (p["contact"], p["phone"]) == ("刘伟", "0737-8821456")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建村级综合服务站", ">=", 12.0, "个"),
        ("产出指标", "质量指标", "服务站建设验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "项目完成时间", None, None, None),
        ("效益指标", "社会效益指标", "村民办事平均往返距离缩短", ">=", 3.0, "公里"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", ">=", 90.0, "%"),
    ]
    # (the date control's value in its format, yyyy年M月d日; the drop-down's value 90 as its item, ≥90%)
    assert [i["target_raw"] for i in r.tables["indicators"]][2:] == ["2025年11月30日", "≥3公里", "≥90%"]
    assert warning_codes(r) == []
