"""Hunt fm4 (office and web formats): an .xls whose 项目类型 and 核心指标 are form-control check boxes and 项目属性
option buttons (BIFF8 OBJ records of those types, which xlrd does not read); an Excel workbook of two sheets saved as
a single file web page (.mht: a frameset showing one sheet, the others named by `<link id="shLink">`); an .xlsx and an
.xls whose start, end and deadline are dates shown by formats of no day (`yyyy.mm`); a .docx whose 项目类型 is ticked
in ActiveX check boxes (not read: said by a warning). Made by tests/fixtures/make_s46_fm4.py (openpyxl, hand-written
VML as Excel writes it, LibreOffice; Python's email package writing Excel's MIME parts; hand-written OOXML as Word
writes ActiveX controls). Each reading was written down by hand before jixiao was run; the comments say what main
gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_xls_form_control_check_boxes(read):
    r = read("ct_s46_fm4_check_boxes.xls")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["title"]) == (
        "农村公路安全生命防护工程", "攸县交通运输局", "攸县公路建设养护中心", 2025, "2025年度项目支出绩效目标申报表")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (260 * WAN, 260 * WAN, 0.0)
    # main: the check boxes not read (xlrd reads no OBJ record) — category None and no 项目属性 (the ticked 延续项目 /
    # 经常性项目); the 核心指标 of the three unlinked boxes False, the two linked read by their cells' FALSE / TRUE
    assert p["category"] == "延续项目"
    assert other_fields(p) == {"项目属性": "经常性项目"}
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "安全生命防护工程里程", ">=", 120.0, "公里"),
        ("产出指标", "质量指标", "工程交工验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "工程完工时间", None, None, None),
        ("效益指标", "社会效益指标", "农村公路交通事故下降率", ">=", 10.0, "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90.0, "%"),
    ]
    assert [i["core"] for i in r.tables["indicators"]] == [False, True, True, False, True]
    assert warning_codes(r) == []


def test_xls_check_box_cells():
    from pathlib import Path

    from extract.office import extract_xls
    data = (Path(__file__).parent / "fixtures" / "review" / "ct_s46_fm4_check_boxes.xls").read_bytes()
    cells = {(c.row, c.col): c.text for g in extract_xls(data, "x").grids for c in g.cells}
    # the boxes in the cells under them, as Excel shows them; a linked cell's TRUE / FALSE (hidden under its box, or
    # in a hidden column) not read besides; main: (4, 1) and (5, 1) empty, (11, 4) `否`, (12, 4) `是`
    assert (cells[(4, 1)], cells[(5, 1)]) == ("☐新增项目 ☑延续项目", "☑经常性项目 ☐一次性项目")
    assert [cells[(r, 4)] for r in range(11, 16)] == ["☐", "☑", "☑", "☐", "☑"]
    assert not any(t in ("是", "否", "TRUE", "FALSE") for t in cells.values())


def test_excel_workbook_web_page_every_sheet(read):
    r = read("ct_s46_fm4_workbook_sheets.mht")
    # main: the first sheet only (the one the frameset's frame shows; the others, named by `<link id="shLink">`, lost:
    # 1 project of 2), and the sheet tabs' page read under it as a fourth indicator `背街小巷` with target `雨污分流`
    assert [(p["name"], p["unit"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("城区背街小巷改造", "醴陵市市政设施维护中心", 560 * WAN), ("老旧小区雨污分流改造", "醴陵市排水事务中心", 380 * WAN)]
    assert all((p["department"], p["year"]) == ("醴陵市住房和城乡建设局", 2025) for p in r.tables["projects"])
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "改造背街小巷条数", ">=", 35.0, "条"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%"),
        ("产出指标", "数量指标", "改造小区个数", ">=", 12.0, "个"),
        ("效益指标", "生态效益指标", "雨污混流点消除率", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", ">=", 85.0, "%"),
    ]
    assert warning_codes(r) == []


def _months(r) -> None:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "高标准农田建设后续管护", "双峰县农业农村局", "双峰县农田建设服务中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (180 * WAN, 180 * WAN)
    # main: the dates read as the days Excel stores (`2025-03-01至2025-11-01`), where the sheet shows `2025.03` and
    # `2025-11`: the period ended 2025-11-01, a month early; the 时效 target `2025-10-01` where it shows `2025/10`
    assert p["period_raw"] == "2025年3月至2025年11月"
    assert (str(p["start_date"]), str(p["end_date"])) == ("2025-03-01", "2025-11-30")
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥5.2万亩", "2025年10月", "≥50公斤", "≥90%"]
    assert warning_codes(r) == []


def test_xlsx_dates_shown_as_months(read):
    _months(read("ct_s46_fm4_month_dates.xlsx"))


def test_xls_dates_shown_as_months(read):
    # main: as the .xlsx (xlrd gives the same dates, the FORMAT records the same codes)
    _months(read("ct_s46_fm4_month_dates.xls"))


def test_date_formats_of_no_day():
    import datetime as dt

    from extract.office import _value_text
    d = dt.datetime(2025, 11, 1)
    # main: every one `2025-11-01`, but the Chinese ones (`yyyy"年"m"月"` was read as shown already)
    assert [_value_text(d, f) for f in ("yyyy.mm", "yyyy-mm", "yyyy/m;@", "mmm-yy", "[$-804]yyyy.m", "yyyy")] == [
        "2025年11月", "2025年11月", "2025年11月", "2025年11月", "2025年11月", "2025年"]
    # unchanged: a format showing the day, or a time, is the day (or the moment)
    assert [_value_text(d, f) for f in ("yyyy.m.d", "m/d/yy", "yyyy-mm-dd hh:mm", 'm"月"d"日"', 'yyyy"年"m"月"')] == [
        "2025-11-01", "2025-11-01", "2025-11-01", "2025-11-01", "2025年11月"]


def test_excel_workbook_web_page_htm_with_its_folder(tmp_path):
    import email
    from pathlib import Path

    from jixiao.pipeline import process_file
    # the same workbook saved as a web page (.htm) with its `book.files` folder beside it: the .mht's parts as files
    mht = (Path(__file__).parent / "fixtures" / "review" / "ct_s46_fm4_workbook_sheets.mht").read_bytes()
    for part in email.message_from_bytes(mht).walk():
        if not part.is_multipart():
            target = tmp_path / part["Content-Location"].removeprefix("file:///C:/6D8F1A2B/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(part.get_payload(decode=True))
    r = process_file(str(tmp_path / "book.htm"))
    # main: the first sheet only (1 project of 2) and the tabs' row read as a 4th indicator, as the .mht
    assert [p["name"] for p in r.tables["projects"]] == ["城区背街小巷改造", "老旧小区雨污分流改造"]
    assert [i["level3"] for i in r.tables["indicators"]] == [
        "改造背街小巷条数", "工程验收合格率", "居民满意度", "改造小区个数", "雨污混流点消除率", "小区居民满意度"]


def test_docx_activex_check_boxes_said_unread(read):
    r = read("ct_s46_fm4_activex_boxes.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "城乡居民养老服务补助", "汝城县民政局", "汝城县社会福利中心", 95 * WAN)
    # the 项目类型 ticked in two ActiveX check boxes: their labels and states are in binary parts (Microsoft Forms'
    # format), not read — no category, as on main; main said nothing of it (no warning, status ok)
    assert p["category"] is None
    assert warning_codes(r) == ["activex_unread"]
    assert "2 check boxes" in r.tables["warnings"][0]["message"]
    assert r.document["status"] == "partial"


def test_xlsx_activex_controls_said_unread():
    import io
    import zipfile

    from extract.office import _activex_unread
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, clsid in enumerate(("8BD21D40-EC42-11CE-9E0D-00AA006002F3", "8BD21D50-EC42-11CE-9E0D-00AA006002F3",
                                   "8BD21D50-EC42-11CE-9E0D-00AA006002F3", "D7053240-CE69-11CD-A777-00DD01143C57"), 1):
            z.writestr(f"xl/activeX/activeX{n}.xml", '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/'
                       f'activeX" ax:classid="{{{clsid}}}" ax:persistence="persistStreamInit"/>')
    # a check box and two option buttons (a command button, D7053240, is no option); main: no such warning
    [w] = _activex_unread(buf.getvalue(), "xl/")
    assert w.code == "activex_unread" and w.message.startswith("1 check box, 2 option buttons (ActiveX controls)")
    assert _activex_unread(buf.getvalue(), "word/") == []
