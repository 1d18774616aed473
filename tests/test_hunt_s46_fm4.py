"""Hunt fm4 (office and web formats): an .xls whose 项目类型, 项目属性 and 核心指标 are form-control check boxes
(BIFF8 OBJ records of type check box, which xlrd does not read); an Excel workbook of two sheets saved as a single
file web page (.mht: a frameset showing one sheet, the others named by `<link id="shLink">`). Made by
tests/fixtures/make_s46_fm4.py (openpyxl, hand-written VML as Excel writes it, LibreOffice; Python's email package
writing Excel's MIME parts). Each reading was written down by hand before jixiao was run; the
comments say what main gave where it was wrong."""
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
