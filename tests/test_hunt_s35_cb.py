"""Hunt CB (session of 2026-12-03, third): digital PDFs as offices print them — pages turned (/Rotate, or a landscape
form drawn sideways with no /Rotate), text layers mapped into the private-use area, a sheet's text overflowing its
row's rule, tables without rules whose cells wrap (inputs in tests/fixtures/review/ct_s35_cb_*)."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["op"], i["value"], i["unit"])
            for i in t["indicators"]]


TRAINING = [
    ("产出指标", "数量指标", "培训人数", "≥500人次", ">=", 500.0, "人次"),
    ("产出指标", "质量指标", "培训合格率", "≥95%", ">=", 95.0, "%"),
    ("产出指标", "时效指标", "培训完成时间", "2024年12月底前"),
    ("效益指标", "社会效益指标", "带动农民增收", "≥2000元/人", ">=", 2000.0, "元/人"),
    ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", ">=", 90.0, "%"),
]


def _same(got, want):
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g[:len(w)] == w


def _project(t, name, dept, unit, year, total):
    (p,) = t["projects"]
    assert (p["name"], p["department"], p["unit"], p["year"]) == (name, dept, unit, year)
    assert p["budget_year"] == total


def test_an_upright_page_given_a_rotate_is_read_turned_back():
    """A portrait form drawn upright on its page, the page given /Rotate 90 (turned in a viewer and saved): shown
    sideways, every glyph read turned, the grid read across (the first indicator `满意度指标 / 服务对象满意度指标`, no
    unit, no budget, 3 of 5 indicators). The page is now read as a person turns the sheet: its text upright."""
    r = _review("ct_s35_cb_upright_page_rotate90.pdf")
    t = r.tables
    assert r.document["status"] == "ok"
    _project(t, "农村实用人才培训项目", "县农业农村局", "县农业技术推广中心", 2024, 1200000.0)
    assert t["projects"][0]["budget_fiscal"] == 1000000.0
    _same(_inds(t), TRAINING)


def test_a_landscape_form_drawn_sideways_with_no_rotate():
    """A landscape form a driver printed sideways on a portrait page and gave no /Rotate: no project at all
    (layout_unknown). Now read turned, as the same form with /Rotate 90 is."""
    r = _review("ct_s35_cb_sideways_no_rotate.pdf")
    t = r.tables
    assert r.document["status"] == "ok"
    _project(t, "城区道路保洁服务", "市城市管理局", "市环境卫生管理处", 2023, 3568000.0)
    _same(_inds(t), [
        ("产出指标", "数量指标", "道路保洁面积", "≥180万平方米", ">=", 180.0, "万平方米"),
        ("产出指标", "数量指标", "垃圾清运量", "≥3.5万吨", ">=", 3.5, "万吨"),
        ("产出指标", "质量指标", "保洁质量达标率", "≥98%", ">=", 98.0, "%"),
        ("产出指标", "成本指标", "每平方米保洁成本", "≤2元", "<=", 2.0, "元"),
        ("效益指标", "生态效益指标", "城区环境改善情况", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", ">=", 85.0, "%"),
    ])


def test_an_upright_cover_page_and_a_sideways_form_page():
    """Page 1 an upright cover, page 2 a landscape form drawn clockwise on a portrait page (no /Rotate): the form
    was read across (first indicator `满意度指标`, no budget). Each page is turned on its own: the cover as it is, the
    form turned back."""
    r = _review("ct_s35_cb_cover_then_sideways.pdf")
    t = r.tables
    _project(t, "基层医疗卫生机构设备购置", "县卫生健康委员会", "县人民医院", 2024, 455000.0)
    _same(_inds(t), [
        ("产出指标", "数量指标", "配备卫生院数量", "15个", "=", 15.0, "个"),
        ("产出指标", "质量指标", "设备验收合格率", "≥98%", ">=", 98.0, "%"),
        ("效益指标", "社会效益指标", "基层诊疗人次增长率", "≥5%", ">=", 5.0, "%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥85%", ">=", 85.0, "%"),
    ])
    assert t["indicators"][0]["page"] == 2


def test_a_line_overflowing_its_row_keeps_its_latin_glyphs():
    """A sheet printed by Calc fit to its page: the goal's second line `，参保率稳定在95%以上。` overflows its row and
    is drawn across the rule below. The Chinese glyphs' centres are above the rule, `95%` (a Latin font, lower) below:
    the goal read `参保率稳定在 以上` and `95%` went to the header row under it. A glyph the rule crosses now goes to
    the cell holding most of its line."""
    r = _review("ct_s35_cb_goal_line_over_rule.pdf")
    (p,) = r.tables["projects"]
    assert p["goal_annual"] == ("做好城乡居民养老保险参保登记、待遇发放等经办服务工作，确保待遇按时足额发放，"
                                "参保率稳定在95%以上。")
    assert p["budget_year"] == 680000.0
    assert [i["level3"] for i in r.tables["indicators"]] == [
        "城乡居民养老保险参保登记及待遇核定人数", "养老金按时足额发放率", "待遇发放及时性", "城乡居民基本养老保险参保率",
        "参保群众满意度"]


def test_a_text_layer_in_the_private_use_area_is_read_by_ocr():
    """A font whose ToUnicode map sends every glyph into the private-use area (`\\ue001\\ue002…` for 项目…): the page
    was read as that text, no project, status ok and only `layout_unknown`. Such a page is now read by OCR from its
    image, as a page of unmapped glyphs ((cid:NN)) is, with a `text_layer_unreadable` warning."""
    r = _review("ct_s35_cb_pua_tounicode.pdf")
    t = r.tables
    assert r.document["status"] == "partial"
    assert "text_layer_unreadable" in {w["code"] for w in t["warnings"]}
    (p,) = t["projects"]
    assert p["name"] == "农村实用人才培训项目"
    assert p["budget_year"] == 1200000.0
    assert [i["level3"] for i in t["indicators"]] == [x[2] for x in TRAINING]
    assert not any("\ue000" <= ch <= "\uf8ff" for i in t["indicators"] for ch in (i["level3"] or ""))


def test_a_table_without_rules_whose_cells_wrap():
    """A form laid out without rules, its cells wrapped and centred in their rows: `年度绩效目标` stands between the
    goal's two lines (the first line was lost, the goal `保待遇按时…`), and the level 2 `服务对象满意度指` / `标` of
    the last row, centred on it, stood above and below the table's last line (an indicator `服务对象满意度指` with no
    target, another `标`). The label and the wrapped cell are now one row; a centred label's lines below the last
    row are joined to it."""
    r = _review("ct_s35_cb_no_rules_wrapped.pdf")
    t = r.tables
    (p,) = t["projects"]
    assert p["goal_annual"] == ("做好城乡居民养老保险参保登记、待遇发放等经办服务工作，确保待遇按时足额发放，"
                                "参保率稳定在95%以上。")
    _same(_inds(t), [
        ("产出指标", "数量指标", "城乡居民养老保险参保登记及待遇核定人数", "≥12.5万人", ">=", 12.5, "万人"),
        ("产出指标", "质量指标", "养老金按时足额发放率", "100%", "=", 100.0, "%"),
        ("产出指标", "时效指标", "待遇发放及时性", "每月10日前"),
        ("效益指标", "社会效益指标", "城乡居民基本养老保险参保率", "≥95%", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", ">=", 90.0, "%"),
    ])
    assert "target_missing" not in {w["code"] for w in t["warnings"]}
