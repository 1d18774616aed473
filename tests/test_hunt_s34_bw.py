"""Hunt BW (files as WPS Office writes them: .et / .wps, OOXML saved by WPS 表格 / WPS 文字, cell pictures, content
controls, text boxes): tests/fixtures/review/ct_s34_bw_*, each read as the form says."""
from __future__ import annotations

import json
from pathlib import Path

from extract import office
from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def test_filled_content_controls_with_showingplchdr_off_are_read():
    """WPS writes `<w:showingPlcHdr w:val="0"/>` on filled content controls: the off value was taken for a placeholder
    and every such cell dropped (1 project of 2, the first form's name, money and goal lost)."""
    t = _review("ct_s34_bw_sdt_showingplchdr_off.docx").tables
    assert [p["name"] for p in t["projects"]] == ["省级非物质文化遗产保护传承专项", "非遗数字化保护工程"]
    assert [(p["budget_year"], p["budget_fiscal"]) for p in t["projects"]] == [(8600000.0, 8600000.0),
                                                                               (3200000.0, 3000000.0)]
    assert t["projects"][0]["goal_annual"].startswith("支持省级非遗代表性传承人开展传习活动")
    first = [i["level3"] for i in t["indicators"] if i["project_id"] == t["projects"][0]["project_id"]]
    assert len(first) == 11 and first[:3] == ["资助省级代表性传承人人数", "开展非遗展示展演活动场次", "新建非遗工坊数量"]


def test_placeholder_content_control_still_dropped():
    """The on/off reading: `<w:showingPlcHdr/>` and `w:val="1"` / `true` are placeholders, `0` / `false` / `off` not."""
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    def sdt(attr):
        return etree.fromstring(f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:showingPlcHdr {attr}/></w:sdtPr></w:sdt>')
    assert [office._is_placeholder_sdt(sdt(a)) for a in ("", 'w:val="1"', 'w:val="true"', 'w:val="0"',
                                                          'w:val="false"', 'w:val="off"')] == [True] * 3 + [False] * 3


def test_wps_cell_pictures_give_no_text():
    """`=DISPIMG("ID_…",1)` (a WPS picture in a cell) was read as the cell's text: the indicator's deviation and the
    project's leader were the formula text; a picture is no value."""
    r = _review("ct_s34_bw_dispimg_cells.et")
    t = r.tables
    p = t["projects"][0]
    assert p["name"] == "农村公路安全生命防护工程" and p["leader"] is None and p["contact"] == "赵丽"
    dev = {i["level3"]: i["deviation"] for i in t["indicators"]}
    assert dev["设置波形护栏长度"] is None
    assert dev["实施防护工程里程"] == "个别路段因征地协调延后，已纳入下年度计划"
    assert "DISPIMG" not in json.dumps(t, default=str, ensure_ascii=False)


def test_ooxml_et_is_read_as_xlsx_without_libreoffice(monkeypatch):
    """An `.et` that is an OOXML package (WPS 表格 saves .et so by default) went through LibreOffice (a `converted`
    warning; a failure where LibreOffice is missing): it is an XLSX, read directly."""
    def no_soffice(*a, **k):
        raise AssertionError("LibreOffice called")
    monkeypatch.setattr(office, "convert_with_soffice", no_soffice)
    r = _review("ct_s34_bw_ooxml_saved_as.et")
    assert r.document["status"] == "ok" and r.document["format"] == "xlsx"
    assert not [w for w in r.tables["warnings"] if w["code"] == "converted"]
    assert [(p["name"], p["budget_year"]) for p in r.tables["projects"]] == [("农村公路安全生命防护工程", 5200000.0)]
    assert len(r.tables["indicators"]) == 9


def test_guards_text_box_table_and_zero_grid_widths():
    t = _review("ct_s34_bw_textbox_table.docx").tables
    assert len(t["projects"]) == 1 and len(t["indicators"]) == len({i["level3"] for i in t["indicators"]})
    g = _review("ct_s34_bw_grid_widths_0.docx").tables
    assert [p["name"] for p in g["projects"]] == ["农村公路安全生命防护工程"] and len(g["indicators"]) == 9


def test_rows_and_tables_in_filled_content_controls_are_read():
    """Every table and row in a content control with `<w:showingPlcHdr w:val="false"/>` (filled): all were dropped as
    placeholders (no project, layout unknown)."""
    t = _review("ct_s34_bw_sdt_rows_tables.docx").tables
    assert [(p["year"], p["budget_total"], p["budget_fiscal"]) for p in t["projects"]] == [(2023, 11800000.0, 11800000.0)]
    assert t["projects"][0]["goal_annual"].startswith("按时完成国家、省、市各项统计调查任务")
    assert len(t["indicators"]) == 8 and t["indicators"][0]["level3"] == "完成统计调查项目数"
