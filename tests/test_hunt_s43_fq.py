"""Hunt fq (input formats: the extract/ layer feeding the parsers): targets typed with Word's equation editor (Office
Math, m:oMath) in a .docx and in Word's web page of it (the equations in `msEquation` conditional comments);
LibreOffice's .doc of a form whose indicator table is nested in a cell (LibreOffice reads it back as text, antiword
flattens the nested table); Word's and Excel's Strict Open XML; an .xls whose formulas cached errors (#DIV/0!, #N/A);
an unruled PDF (Writer's of a Word table drawing no line) with a cell wrapped and centred on its row; an .xlsx whose
title and 金额单位 are its page header. Made by tests/fixtures/make_s43_fq.py (OOXML written by hand as
tests/fixtures/make_docx_quirks.py does, openpyxl, LibreOffice). Each reading was written down by hand before jixiao
was run; the comments say what main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

WAN = 10_000.0


def test_targets_typed_as_equations(read):
    r = read("ct_s43_fq_equation_targets.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城区老旧小区改造提升", "永州市住房和城乡建设局", "永州市城市建设投资发展中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (1280 * WAN, 1280 * WAN)
    # main: the equations' text lost — 新增绿化面积, 竣工验收合格率 and 超预算项目占比 without a target (three target_missing
    # warnings), 居民居住条件改善率 `不低于` (no number)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "改造小区数量", "=", 12.0, "个"),
        ("产出指标", "数量指标", "新增绿化面积", ">=", 3000.0, "m²"),       # `≥3000` + m:sSup(m, 2)
        ("产出指标", "质量指标", "竣工验收合格率", ">=", 95.0, "%"),         # one math run `≥95%`
        ("产出指标", "成本指标", "超预算项目占比", "<=", None, None),        # `≤` + m:f(1, 3): a fraction, kept as text
        ("效益指标", "社会效益指标", "居民居住条件改善率", ">=", 90.0, "%"),  # `不低于` + equation `90%`
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", ">=", 90.0, "%"),
    ]
    assert [i["target_raw"] for i in r.tables["indicators"]][1:5] == ["≥3000m²", "≥95%", "≤1/3", "不低于90%"]
    assert warning_codes(r) == []


def test_doc_with_a_nested_indicator_table_written_by_libreoffice(read):
    # LibreOffice's .doc of a form ending in its table reads back (in LibreOffice) as text; antiword writes the table
    # nested in the 绩效指标 cell one cell a line: main read 0 indicators (no_indicators, four unparsed_row `绩 | 一级指标`…)
    r = read("ct_s43_fq_nested_lo.doc")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "偏远山区巡回医疗服务", "通道侗族自治县卫生健康局", "通道侗族自治县疾病预防控制中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (56 * WAN, 50 * WAN, 6 * WAN)
    assert (p["contact"], p["phone"]) == ("杨秀梅", "0745-8621357")
    # the nested table's merged level cells; its tracked change kept in the .doc (`≥30次` deleted, `≥36次` inserted)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "开展巡回诊疗次数", ">=", 36.0, "次"),
        ("产出指标", "数量指标", "覆盖行政村数量", ">=", 42.0, "个"),
        ("产出指标", "质量指标", "诊疗规范执行率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "年度任务完成时间", None, None, None),
        ("效益指标", "社会效益指标", "偏远村群众就医距离缩短", None, None, None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", ">=", 90.0, "%"),
    ]
    assert r.tables["indicators"][0]["target_raw"] == "≥36次"
    assert warning_codes(r) == ["converted"]
    assert r.document["status"] == "ok"


def test_word_strict_open_xml_document(read):
    r = read("ct_s43_fq_strict.docx")
    # main: failed, `damaged DOCX: cannot be opened as a Word document (KeyError)` (python-docx finds no main part
    # under strict's relationship type http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument)
    assert r.document["status"] == "ok"
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "基层农技推广体系改革与建设补助", "湘潭市农业农村局", "湘潭市农业技术推广中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["contact"], p["phone"]) == (
        215 * WAN, 215 * WAN, "周建华", "0731-58226410")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "培训基层农技人员人次", ">=", 800.0, "人次"),
        ("产出指标", "质量指标", "培训考核合格率", ">=", 90.0, "%"),
        ("产出指标", "时效指标", "培训完成时间", None, None, None),
        ("效益指标", "社会效益指标", "主推技术到位率", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", ">=", 90.0, "%"),
    ]
    assert warning_codes(r) == []


def test_excel_strict_open_xml_spreadsheet(read):
    r = read("ct_s43_fq_strict.xlsx")
    # main: status ok and 0 projects, no warning at all (openpyxl finds no sheet under strict's names: the loss silent)
    p = only_project(r)
    assert (p["form"], p["name"], p["department"], p["unit"], p["year"]) == (
        "self_eval", "城乡居民基本医疗保险补助", "株洲市医疗保障局", "株洲市医疗保障事务中心", 2024)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        5600 * WAN, 5600 * WAN, 5488 * WAN, 0.98, 97.8)
    assert [(i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]] == [
        ("参保人数", "≥62万人", "63.4万人", 30.0, 30.0),
        ("政策范围内住院费用报销比例", "≥70%", "71.2%", 20.0, 20.0),
        ("参保群众医疗费用负担减轻", "有效减轻", "有效减轻", 30.0, 28.0),
        ("参保群众满意度", "≥90%", "93%", 10.0, 10.0),
    ]
    assert warning_codes(r) == []


def test_xls_error_values_are_no_figures(read):
    r = read("ct_s43_fq_error_values.xls")
    p = only_project(r)
    assert (p["form"], p["name"], p["department"], p["unit"], p["year"]) == (
        "self_eval", "农村饮水安全巩固提升工程", "衡阳县水利局", "衡阳县农村供水服务中心", 2024)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        860 * WAN, 860 * WAN, 817 * WAN, 0.95)
    # main: xlrd's codes of the cached errors read as numbers — the 总分's `#N/A` as the score 42, 水质达标率's `#N/A` as
    # its score 42 (score_over_weight), the 其他资金 row's `#DIV/0!` as a rate 7; with the codes read as the errors'
    # text (as openpyxl gives an .xlsx's), the 总分 row `总分 | 100 | #N/A` read its 100 (the full marks) as the score
    assert p["score"] is None
    assert [(i["level3"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]] == [
        ("新建集中供水工程处数", "完成", 30.0, 30.0),
        ("水质达标率", "基本完成", 20.0, None),
        ("受益人口", "完成", 30.0, 30.0),
        ("受益群众满意度", "完成", 10.0, 10.0),
    ]
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10.0, 9.5)]
    assert "score_over_weight" not in warning_codes(r) and "weights_not_100" not in warning_codes(r)
    # the `#DIV/0!` rate of the 其他资金 row is named, as an .xlsx's is (tests/fixtures/xlsx_quirks/16_error_values.xlsx)
    assert [w["message"] for w in r.tables["warnings"] if w["code"] == "unplaced_cell"] == [
        "money-matrix value is no number, not kept: '#DIV/0!'"]


def test_unruled_pdf_cell_wrapped_and_centred_on_its_row(read):
    r = read("ct_s43_fq_unruled_wrapped.pdf")
    p = only_project(r)
    # main: unit `心` — the value's two lines (`湘潭市农业技术推广中` above the row's line, `心` below it, centred on the
    # 主管部门 | … | 实施单位 row, nothing else on their lines) each read as a label merged over two rows
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "基层农技推广体系改革与建设补助", "湘潭市农业农村局", "湘潭市农业技术推广中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["contact"], p["phone"]) == (
        215 * WAN, 215 * WAN, "周建华", "0731-58226410")
    assert p["goal_annual"] == "培训基层农技人员800人次以上，推广主推技术10项，建设农业科技示范基地5个。"
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "培训基层农技人员人次", "≥800人次"),
        ("产出指标", "质量指标", "培训考核合格率", "≥90%"),
        ("产出指标", "时效指标", "培训完成时间", "2025年10月底前"),
        ("效益指标", "社会效益指标", "主推技术到位率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ]
    assert warning_codes(r) == []


def test_xlsx_title_and_unit_in_the_page_header(read):
    r = read("ct_s43_fq_page_header.xlsx")
    p = only_project(r)
    # main: the page header and footer not read — year and title None, the amounts read as 元 (320, 280, 40: the
    # 金额单位：万元 is the header's right part), contact and phone None (the footer's left part)
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "乡镇污水处理设施运维补助", "岳阳县生态环境局", "岳阳县污水处理运营中心", 2025, "2025年度项目支出绩效目标表")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (320 * WAN, 280 * WAN, 40 * WAN)
    assert (p["contact"], p["phone"]) == ("彭丽君", "0730-7612285")
    assert indicator_targets(r)[2] == ("产出指标", "成本指标", "单座设施年运维成本", "<=", 26.7 * WAN, "元")
    assert len(r.tables["indicators"]) == 5
    assert warning_codes(r) == []


def test_word_web_page_with_equations(read):
    r = read("ct_s43_fq_word_equations.htm")
    p = only_project(r)
    assert (p["name"], p["unit"], p["year"], p["budget_year"]) == (
        "城区老旧小区改造提升", "永州市城市建设投资发展中心", 2025, 1280 * WAN)
    # main: each equation in Word's conditional comment (`<!--[if gte msEquation 12]>`) dropped with the comments, only
    # its fallback picture left — three target_missing warnings, `不低于` with no number (as the .docx read on main)
    assert [i["target_raw"] for i in r.tables["indicators"]] == [
        "12个", "≥3000m²", "≥95%", "≤1/3", "不低于90%", "≥90%"]
    assert indicator_targets(r)[1:3] == [
        ("产出指标", "数量指标", "新增绿化面积", ">=", 3000.0, "m²"),
        ("产出指标", "质量指标", "竣工验收合格率", ">=", 95.0, "%"),
    ]
    assert warning_codes(r) == []
