"""Hunt XT (session 39): what office tools print and save, read before any parser — the last note's extraction
leftovers and more producers. Inputs tests/fixtures/review/ct_s39_xt_* (made by tests/fixtures/make_s39_xt.py, in the
geometry and markup of the tools that make them: LibreOffice, chromium and antiword are not installed here); each test
asserts what the form shows, written down before the run."""
from pathlib import Path

from tests.hunt_tools import indicator_targets, warning_codes

REVIEW = Path(__file__).parent / "fixtures" / "review"
W = 10000

DOWN_ACROSS = [
    ("产出指标", "数量指标", "运维乡镇污水处理站", ">=", 18.0, "个"),
    ("产出指标", "数量指标", "运维配套管网", ">=", 65.0, "公里"),
    ("产出指标", "数量指标", "设备维修更换", ">=", 30.0, "台套"),
    ("产出指标", "数量指标", "污泥清运处置量", ">=", 1200.0, "吨"),
    ("产出指标", "数量指标", "水质检测次数", ">=", 216.0, "次"),
    ("产出指标", "质量指标", "出水水质达标率", ">=", 95.0, "%"),
    ("产出指标", "质量指标", "设施正常运行率", ">=", 98.0, "%"),
    ("产出指标", "时效指标", "故障响应时间", "<=", 24.0, "小时"),
    ("产出指标", "成本指标", "单站年均运维成本", "<=", 23.3 * W, "元"),
    ("效益指标", "生态效益指标", "化学需氧量削减量", ">=", 520.0, "吨"),
    ("效益指标", "生态效益指标", "氨氮削减量", ">=", 60.0, "吨"),
    ("效益指标", "社会效益指标", "受益人口", ">=", 8.6, "万人"),
    ("效益指标", "可持续影响指标", "运维服务年限", ">=", 3.0, "年"),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", ">=", 90.0, "%"),
]


def test_calc_sheet_printed_down_then_across(read):
    # a sheet two pages wide and two long printed "top to bottom, then right" (Calc's default page order): columns
    # A–B (labels, levels) of the first 18 rows on page 1, of the rest on page 2, columns C–E (names, 指标值, 备注)
    # on pages 3 and 4; the fonts not embedded (main: pages 1+2 and 3+4 read apart, every indicator without its
    # levels, 4 unparsed_rows, status partial)
    r = read("ct_s39_xt_calc_down_then_across.pdf")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("乡镇污水处理设施运维项目", "县生态环境局", "县污水处理运营中心")
    assert p["budget_year"] == 420 * W
    assert p["goal_annual"] == "完成18个乡镇污水处理站运行维护，出水水质稳定达标。"
    assert indicator_targets(r) == DOWN_ACROSS
    assert [i["page"] for i in r.tables["indicators"]] == [1] * 10 + [2] * 4
    assert "unparsed_row" not in warning_codes(r)


def test_pages_down_then_across_joined_in_order():
    from extract.pdf import extract_pdf
    ex = extract_pdf((REVIEW / "ct_s39_xt_calc_down_then_across.pdf").read_bytes(), "x")
    assert ex.pages == 4
    rows = [[c.text for c in row] for g in ex.grids for row in g.rows() if row]
    assert ["一级指标", "二级指标", "三级指标", "指标值", "备注"] in rows
    # (a row's cells with text; main: the page-4 rows `氨氮削减量 | ≥60吨` alone, their levels on page 2)
    assert ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"] in rows
    assert ["年度目标", "完成18个乡镇污水处理站运行维护，出水水质稳定达标。"] in rows


def _docx_of_lines(lines: list[str]) -> bytes:
    import io

    import docx
    d = docx.Document()
    for t in lines:
        d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_doc_tables_read_as_text_without_antiword_said(tmp_path, monkeypatch):
    # a .doc whose table LibreOffice reads as text (one paragraph a cell), on a machine without antiword: main read
    # it with no word of the tool that would have read its table (only `converted`); now a `converted` warning says
    # antiword is missing
    import shutil

    from extract import office
    from jixiao.pipeline import OLE_MAGIC, process_file
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name == "antiword" else real_which(name, *a, **k))
    monkeypatch.setattr(office, "convert_with_soffice", lambda data, ext, target: _docx_of_lines(
        ["2025年度项目支出绩效目标表", "项目名称", "乡村道路养护项目", "主管部门", "县交通运输局"]))
    f = tmp_path / "道路养护.doc"
    f.write_bytes(OLE_MAGIC + bytes(504))
    r = process_file(str(f))
    assert r.document["format"] == "docx"
    msgs = [w["message"] for w in r.tables["warnings"] if w["code"] == "converted"]
    assert any("antiword" in m and "not installed" in m for m in msgs), msgs


ELDER = [
    ("产出指标", "数量指标", "居家养老服务对象", ">=", 12000.0, "人"),
    ("产出指标", "数量指标", "新建社区养老服务站", ">=", 15.0, "个"),
    ("产出指标", "数量指标", "上门服务人次", ">=", 36.0, "万人次"),
    ("产出指标", "质量指标", "服务合格率", ">=", 95.0, "%"),
    ("产出指标", "时效指标", "补助资金发放及时率", "=", 100.0, "%"),
    ("产出指标", "成本指标", "人均服务补助标准", "<=", 250.0, "元/月"),
    ("效益指标", "社会效益指标", "困难老人生活质量改善", None, None, None),
    ("效益指标", "可持续影响指标", "养老服务体系覆盖率", ">=", 90.0, "%"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 90.0, "%"),
]


def test_chromium_print_headers_and_footers(read):
    # chromium's header (print date, <title>) and footer (file address, `1/2`) on each page are no part of the form
    # (main read this one right: a guard)
    r = read("ct_s39_xt_chromium_print_headers.pdf")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("社区居家养老服务补助项目", "市民政局", "市社会福利中心",
                                                                  2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (300 * W, 300 * W)
    assert (p["contact"], p["phone"], str(p["fill_date"])) == ("王丽", "0871-63125678", "2025-01-10")
    assert indicator_targets(r) == ELDER
    assert [i["page"] for i in r.tables["indicators"]] == [1, 1, 1, 2, 2, 2, 2, 2, 2]
    assert warning_codes(r) == ["vague_target"]


def test_chromium_print_date_gives_no_year(read):
    # the form states no year, its <title> the file's name: the header's print date (2026/12/3) is no year
    r = read("ct_s39_xt_chromium_header_no_year.pdf")
    [p] = r.tables["projects"]
    assert (p["name"], p["title"], p["year"]) == ("社区居家养老服务补助项目", "项目支出绩效目标表", None)
    assert indicator_targets(r) == ELDER


def test_antiword_level_cut_over_two_rows(read):
    # antiword's text of a .doc whose 二级指标 `服务对象满意度指标` is typed over two rows (`服务对象满意` / `度指标`),
    # each row with its own indicator; 资金 labels and the goal wrapped in their cells (main read it right: a guard)
    r = read("ct_s39_xt_antiword_level_cut_rows.txt")
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("高标准农田建设项目", "县农业农村局", "县农田建设服务中心")
    assert p["budget_year"] == 1250 * W
    assert p["goal_annual"] == "新建高标准农田1.5万亩，配套灌溉排水、田间道路等设施，项目区粮食综合生产能力明显提升。"
    got = indicator_targets(r)
    assert got[-2:] == [("满意度指标", "服务对象满意度指标", "受益农户满意度", ">=", 90.0, "%"),
                        ("满意度指标", "服务对象满意度指标", "新型经营主体满意度", ">=", 90.0, "%")]
    assert got[3][:3] == ("产出指标", "时效指标", "项目完工时间")
    assert r.tables["indicators"][3]["target_raw"] == "2025年11月底前"
    assert len(got) == 10


def test_xls_binary_number_formats_hidden(read):
    # an Excel 2003 .xls: 指标性质 column before numeric 指标值 (0.95 shown `95%`), money `#,##0.00`, a hidden column of
    # last year's values and a hidden draft row (main read it right: a guard)
    r = read("ct_s39_xt_xls_number_formats.xls")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("城乡居民医保财政补助", "县医疗保障局", "县医疗保障事务中心")
    assert (p["budget_total"], p["budget_year"]) == (5680.5 * W, 5680.5 * W)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "参保人数", ">=", 28.6, "万人"),
        ("产出指标", "数量指标", "财政补助标准", ">=", 670.0, "元/人·年"),
        ("产出指标", "质量指标", "参保率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "补助资金拨付及时率", "=", 100.0, "%"),
        ("产出指标", "成本指标", "县级配套资金", "<=", 5680.5 * W, "元"),
        ("效益指标", "社会效益指标", "群众就医负担减轻", None, None, None),
        ("效益指标", "可持续影响指标", "医保制度持续运行", None, None, None),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", ">=", 90.0, "%")]
    assert [i["target_text"] for i in r.tables["indicators"]][5:7] == ["有效减轻", "长期"]


def test_excel_save_as_web_page(read):
    # Excel's 发布为网页: GBK bytes under charset=gb2312 (`·`), a display:none column (上年值) and row (作废), <br> in
    # a label, x:num rates (main read it right but for `80元/人&nbsp;·月`, a space in the unit: read since review fa)
    r = read("ct_s39_xt_excel_web_page.htm")
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("困难残疾人生活补贴和重度残疾人护理补贴", "县残疾人联合会", "县残疾人联合会")
    assert p["budget_year"] == 186.4 * W
    assert p["goal_annual"] == "1.发放困难残疾人生活补贴3100人；2.发放重度残疾人护理补贴2600人。"
    got = indicator_targets(r)
    assert [g[2] for g in got] == ["困难残疾人生活补贴人数", "重度残疾人护理补贴人数", "补贴发放准确率", "补贴发放时间",
                                   "困难残疾人生活补贴标准", "残疾人生活质量", "受助残疾人满意度"]
    assert got[0] == ("产出指标", "数量指标", "困难残疾人生活补贴人数", ">=", 3100.0, "人")
    assert got[2] == ("产出指标", "质量指标", "补贴发放准确率", "=", 100.0, "%")
    assert got[5][:3] == ("效益指标", "社会效益指标", "残疾人生活质量")
    assert got[6] == ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", ">=", 90.0, "%")
    # (review fa: the space a web page put by the unit's dot is no break of the unit; main: the target text alone)
    i = r.tables["indicators"][4]
    assert (i["target_raw"], i["op"], i["value"], i["unit"], i["target_text"]) == ("80元/人 ·月", "=", 80.0, "元/人·月", None)


def test_word_save_as_web_page(read):
    # Word's 另存为网页: cells of MsoNormal paragraphs (`举办“村晚”示范` / `活动场次`, `2025年2月` / `底前`, the goal of two
    # paragraphs), rowspan levels (main read it right: a guard)
    r = read("ct_s39_xt_word_web_page.htm")
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("乡村文化振兴“村晚”示范活动", "县文化和旅游局", "县文化馆",
                                                                  2025)
    assert (p["budget_year"], p["contact"], p["phone"]) == (68 * W, "赵敏", "0912-3325101")
    assert p["goal_annual"] == "举办“村晚”示范活动40场，培育乡村文艺团队25支；丰富农村群众精神文化生活。"
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "举办“村晚”示范活动场次", ">=", 40.0, "场"),
        ("产出指标", "数量指标", "培育乡村文艺团队", ">=", 25.0, "支"),
        ("产出指标", "质量指标", "节目原创率", ">=", 30.0, "%"),
        ("产出指标", "时效指标", "活动完成时间", None, None, None),
        ("效益指标", "社会效益指标", "现场观众人次", ">=", 6.0, "万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", ">=", 95.0, "%")]
    assert r.tables["indicators"][3]["target_text"] == "2025年2月底前"


def test_docx_nested_indicator_table_and_text_box(read):
    # WPS-like: the indicator table nested in the `绩效指标` cell (levels vMerge'd, names gridSpan'd), the 填报单位 in
    # a text box written twice (wps:txbx and its VML fallback) (main read it right: a guard)
    r = read("ct_s39_xt_docx_nested_textbox.docx")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("城市道路照明设施维护", "县住房和城乡建设局",
                                                                  "县市政设施管理所", 2025)
    assert (p["budget_year"], p["contact"], p["phone"]) == (156 * W, "孙强", "0745-2236618")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "维护路灯数量", ">=", 8600.0, "盏"),
        ("产出指标", "数量指标", "更换LED灯具", ">=", 1200.0, "套"),
        ("产出指标", "质量指标", "路灯亮灯率", ">=", 98.0, "%"),
        ("产出指标", "时效指标", "故障修复时限", "<=", 48.0, "小时"),
        ("效益指标", "社会效益指标", "夜间出行安全保障", None, None, None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", ">=", 90.0, "%")]


def test_pdf_landscape_page_by_rotate(read):
    # the indicator page a portrait page turned by /Rotate 90, its content drawn sideways (upright as shown), fonts not
    # embedded (main read it right: a guard; the first version of this input was drawn off its page, my mistake)
    r = read("ct_s39_xt_rotated_landscape_page.pdf")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("河道保洁及水环境治理项目", "县水务局", "县河道管理所")
    assert (p["budget_year"], p["goal_annual"]) == (210 * W, "完成86公里河道日常保洁，主要断面水质达标率达到90%。")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "河道保洁长度", ">=", 86.0, "公里"),
        ("产出指标", "数量指标", "清理水面漂浮物", ">=", 1500.0, "吨"),
        ("产出指标", "质量指标", "河面保洁达标率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "汛期巡查频次", ">=", 2.0, "次/周"),
        ("效益指标", "生态效益指标", "断面水质达标率", ">=", 90.0, "%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", ">=", 90.0, "%")]
    assert {i["page"] for i in r.tables["indicators"]} == {2}


def test_scan_150dpi_askew_noisy(read):
    # the health template printed and scanned at 150 dpi, 1.2° askew, grey noise, JPEG q50 (main read it right: a
    # guard; `≤0.5‰` read `≤0.5%0` by OCR, taken as ‰ and reported). A noisier version (σ 9, q70, uncropped) had the
    # ‰ read `%` even in its tail re-read (left: the engine reads `5%` at 1×, 2× and 3×)
    from tests.test_hunt_s37_sc import HEALTH
    r = read("ct_s39_xt_scan_150dpi_health.jpg")
    assert r.document["format"] == "image"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("国家基本公共卫生服务项目县级配套", "临泉县卫生健康委员会",
                                                       "临泉县疾病预防控制中心")
    assert p["budget_year"] == 13865200.0
    got = [(i["level1_std"], i["level2"], i["level3"], i["target_raw"], i["unit"]) for i in r.tables["indicators"]]
    assert len(got) == len(HEALTH)
    for g, e in zip(got, HEALTH):
        assert g == e if e[3] is not None else g[:3] + g[4:] == e[:3] + e[4:]
    assert [w["code"] for w in r.tables["warnings"]] == ["low_confidence"]


def test_calc_sheet_printed_across_then_down_fonts_not_embedded(read):
    # the same sheet printed "left to right, then down": A–B and C–E of rows 1–18 on pages 1–2, of the rest on pages
    # 3–4, the fonts not embedded (main: pages never joined when PDFium lost glyphs of a font not embedded, restored
    # from pdfminer only after the join: no project name, the first 10 indicators under 可持续影响指标 without
    # level 2, the last 4 under 满意度指标, status partial)
    r = read("ct_s39_xt_calc_across_then_down.pdf")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("乡镇污水处理设施运维项目", "县生态环境局", "县污水处理运营中心")
    assert p["goal_annual"] == "完成18个乡镇污水处理站运行维护，出水水质稳定达标。"
    assert indicator_targets(r) == DOWN_ACROSS
    assert [i["page"] for i in r.tables["indicators"]] == [1] * 10 + [3] * 4


def test_word_head_repeated_level_merged_over_the_break(read):
    # Word: the head row repeated on page 2, 产出指标 / 数量指标 merged down over the break (drawn once on page 1), a
    # `第 1 页 共 2 页` footer (main read it right: a guard)
    r = read("ct_s39_xt_word_repeated_head.pdf")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("学生营养改善计划膳食补助", "县教育体育局", "县学生资助管理中心")
    assert p["budget_year"] == 1536 * W
    got = indicator_targets(r)
    assert len(got) == 20
    assert all(g[:2] == ("产出指标", "数量指标") for g in got[:16])
    assert got[6] == ("产出指标", "数量指标", "营养膳食补助标准", "=", 5.0, "元/生/天")
    assert got[15] == ("产出指标", "数量指标", "学校配餐营养师", ">=", 10.0, "人")
    assert got[16:] == [("产出指标", "质量指标", "补助资金足额发放率", "=", 100.0, "%"),
                        ("产出指标", "时效指标", "资金拨付及时率", "=", 100.0, "%"),
                        ("效益指标", "社会效益指标", "学生营养健康状况", None, None, None),
                        ("满意度指标", "服务对象满意度指标", "学生家长满意度", ">=", 90.0, "%")]
    assert [i["page"] for i in r.tables["indicators"]] == [1] * 15 + [2] * 5
    assert warning_codes(r) == ["vague_target"]


def test_xlsx_page_break_in_a_merge_hidden_parts(read):
    # print titles, a manual page break inside 产出指标's merge, a hidden draft row in the merge, a hidden column of
    # last year's values, an Alt+Enter name (main read it right: a guard)
    r = read("ct_s39_xt_xlsx_breaks_hidden.xlsx")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("农村人居环境整治提升项目", "县农业农村局", "县农村人居环境服务中心")
    assert p["budget_year"] == 2350 * W
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "农村生活污水治理行政村数量", ">=", 45.0, "个"),
        ("产出指标", "数量指标", "改造农村户厕", ">=", 3200.0, "户"),
        ("产出指标", "数量指标", "生活垃圾收运处置体系覆盖自然村比例", ">=", 98.0, "%"),
        ("产出指标", "质量指标", "改厕工程验收合格率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "项目完成时间", None, None, None),
        ("产出指标", "成本指标", "户厕改造补助标准", "<=", 1500.0, "元/户"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", ">=", 45.0, "%"),
        ("效益指标", "社会效益指标", "受益农户", ">=", 3200.0, "户"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]


def test_antiword_name_and_target_wrapped_then_a_row_under_merged_levels(read):
    # antiword's text of a .doc: `农村公路列养率达到省定标准` / `比例` with `≥95%（含95%` / `）` (both cells wrapped),
    # then `优良中等路比例 | ≥75%` under the merged levels (main: the next row joined to the wrapped one as the
    # cells' next paragraphs: one indicator `农村公路列养率达到省定标准比例优良中等路比例`, target `≥95%（含95%）≥75%`)
    r = read("ct_s39_xt_antiword_name_and_target_wrapped.txt")
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("农村公路养护工程", "县交通运输局", "县公路事业发展中心")
    assert p["budget_year"] == 480 * W
    got = indicator_targets(r)
    assert got[:4] == [("产出指标", "数量指标", "农村公路日常养护里程", ">=", 1260.0, "公里"),
                       ("产出指标", "数量指标", "危桥改造", ">=", 6.0, "座"),
                       ("产出指标", "质量指标", "农村公路列养率达到省定标准比例", ">=", 95.0, "%"),
                       ("产出指标", "质量指标", "优良中等路比例", ">=", 75.0, "%")]
    assert [i["target_raw"] for i in r.tables["indicators"]][2:5] == ["≥95%（含95%）", "≥75%", "2025年10月31日前"]
    assert got[4:] == [("产出指标", "时效指标", "养护工程完工时间", None, None, None),
                       ("效益指标", "社会效益指标", "群众出行条件改善", None, None, None),
                       ("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90.0, "%")]
