"""Hunt CQ (session of 2026-12-03, third): web pages that are no plain <table> form — a budget / performance system's
entry or print view whose values sit in form controls (text boxes, lists, text areas, ticks, `data-value`, an inline
JSON object), pages converted from PDF (pdf2htmlEX, `pdftohtml -c`, a viewer's text layer: every line a positioned
box), pages whose form is in a frame (MHTML, Chrome's "save as complete") and pages hiding part of what they hold
(`display:none` by class rules, a `展开` toggle). Inputs in tests/fixtures/review/ct_s35_cq_*."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"

WATER = ("农村饮水安全工程维修养护", "某县水利局", 2024, 1_200_000.0, [
    ("产出指标", "数量指标", "维修养护供水工程处数", "≥45处"),
    ("产出指标", "质量指标", "工程维修验收合格率", "100%"),
    ("产出指标", "时效指标", "维修任务完成时间", "2024年11月底前"),
    ("效益指标", "社会效益指标", "受益农村人口", "≥3.2万人"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%")])
HEALTH = ("城乡居民医保参保补助", "某区医疗保障局", 2025, 8_605_000.0, [
    ("产出指标", "数量指标", "资助参保人数", "≥12000人"),
    ("产出指标", "质量指标", "参保率", "≥95%"),
    ("效益指标", "社会效益指标", "群众看病负担", "有效减轻"),
    ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥85%")])
SCHOOL = ("中小学校舍维修改造", "某市教育局", 2023, 3_568_000.0, [
    ("产出指标", "数量指标", "维修改造学校数量", "12所"),
    ("产出指标", "数量指标", "维修改造面积", "≥8600平方米"),
    ("产出指标", "质量指标", "工程验收合格率", "100%"),
    ("效益指标", "社会效益指标", "校舍安全隐患消除率", "100%"),
    ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%")])
CULTURE = ("公共文化服务体系建设补助", "某县文化广电和旅游局", 2024, 850_000.0, [
    ("产出指标", "数量指标", "送戏下乡场次", "≥60场"),
    ("产出指标", "数量指标", "开展公益性文化艺术培训班期数", "≥20期"),
    ("产出指标", "时效指标", "活动完成时间", "2024年12月底前"),
    ("效益指标", "社会效益指标", "惠及基层群众人次", "≥5万人次"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")])

CASES = [
    # form controls
    ("ct_s35_cq_inputs_selects.html", WATER),
    ("ct_s35_cq_operator_select_placeholder.html", HEALTH),
    ("ct_s35_cq_disabled_print_radio.html", WATER),
    ("ct_s35_cq_data_value.html", HEALTH),
    ("ct_s35_cq_textareas_select_bare.html", WATER),
    ("ct_s35_cq_layui_div_labels.html", SCHOOL),
    ("ct_s35_cq_inline_json.html", CULTURE),
    # positioned text
    ("ct_s35_cq_pdf2htmlex_classes.html", WATER),
    ("ct_s35_cq_pdf2htmlex_two_pages.html", HEALTH),
    ("ct_s35_cq_pdf2htmlex_row_divs_rules.html", SCHOOL),
    ("ct_s35_cq_viewer_text_layer.html", WATER),
    ("ct_s35_cq_pdftohtml_c.html", CULTURE),
    # frames, hidden parts
    ("ct_s35_cq_mhtml_iframe.mhtml", HEALTH),
    ("ct_s35_cq_mhtml_frameset_gbk.mht", SCHOOL),
    ("ct_s35_cq_chrome_complete_iframe.html", WATER),
    ("ct_s35_cq_toggle_template.html", WATER),
    ("ct_s35_cq_class_hidden.html", HEALTH),
    ("ct_s35_cq_floating_boxes.html", CULTURE),
]


@pytest.mark.parametrize("name,want", CASES, ids=[c[0][10:] for c in CASES])
def test_form_read_as_the_browser_shows_it(name, want):
    r = process_file(REVIEW / name)
    t = r.tables
    pname, dept, year, money, inds = want
    (p,) = t["projects"]
    assert (p["name"], p["department"], p["year"]) == (pname, dept, year)
    assert (p["budget_year"] if p["budget_year"] is not None else p["budget_total"]) == money
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]] == inds
    assert r.document["status"] == "ok"


def test_a_target_of_an_operator_list_a_number_box_and_a_unit_list():
    t = process_file(REVIEW / "ct_s35_cq_operator_select_placeholder.html").tables
    got = [(i["op"], i["value"], i["unit"]) for i in t["indicators"]]
    assert got[0] == (">=", 12000.0, "人") and got[1] == (">=", 95.0, "%") and got[3] == (">=", 85.0, "%")
    (p,) = t["projects"]
    assert p["leader"] is None and p["contact"] is None and p["phone"] is None      # placeholders are no values


def test_print_view_ticks_and_hidden_inputs():
    t = process_file(REVIEW / "ct_s35_cq_disabled_print_radio.html").tables
    (p,) = t["projects"]
    assert p["category"] == "常年性"
    assert json.loads(p["other_fields"]) == {"项目属性": "延续项目"}
    assert "4401230000123" not in json.dumps(t, ensure_ascii=False, default=str)    # <input type="hidden">


def test_an_unfilled_template_value_is_no_value():
    t = process_file(REVIEW / "av_jilin_eval_page_labels_run_together.html").tables
    assert not any("${" in (i["note"] or "") for i in t["indicators"])


def test_hidden_rows_and_old_version_not_read():
    t = process_file(REVIEW / "ct_s35_cq_class_hidden.html").tables
    assert "已删除指标" not in {i["level3"] for i in t["indicators"]}
    assert not any(w["code"] == "duplicate_indicator" for w in t["warnings"])
    assert t["projects"][0]["budget_fiscal"] == 8_000_000.0


def test_positioned_pages_keep_merged_levels_and_pages():
    r = process_file(REVIEW / "ct_s35_cq_pdf2htmlex_row_divs_rules.html")
    assert r.tables["projects"][0]["goal_annual"] == \
        "完成全市12所中小学校舍维修改造任务，消除校舍安全隐患，改善办学条件，保障师生安全。"
    pages = {i["page"] for i in process_file(REVIEW / "ct_s35_cq_pdf2htmlex_two_pages.html").tables["indicators"]}
    assert pages == {2}


def test_ticks_in_lines_outside_a_table():
    (p,) = process_file(REVIEW / "ct_s35_cq_ticks_in_lines.html").tables["projects"]
    assert (p["name"], p["department"], p["budget_year"]) == ("老年人助餐服务补贴", "某区民政局", 3_000_000.0)
    assert p["category"] == "常年性项目"
    assert json.loads(p["other_fields"]) == {"项目属性": "延续项目"}


def test_script_json_fills_cells_boxes_and_chooses_options():
    t = process_file(REVIEW / "ct_s35_cq_json_block_select_cells.html").tables
    (p,) = t["projects"]
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["category"]) == (
        "老旧小区改造配套设施建设", "某市住房和城乡建设局", "某市住房保障中心", 26_000_000.0, "一次性项目")
    assert len(t["indicators"]) == 3


def test_letter_spaced_labels_keep_the_columns():
    """`项目名称` spaced out by letter-spacing: the cells after it stand where the page shows them, in the column of
    the indicator table's second column (they were a column of their own, 24 px left of it)."""
    from extract.office import extract_html
    path = REVIEW / "ct_s35_cq_pdf2htmlex_letter_spacing.html"
    (g,) = extract_html(path.read_bytes(), "x", str(path)).grids
    col = {c.text: c.col for c in g.cells}
    assert g.n_cols == 4 and col["公共文化服务体系建设补助"] == col["二级指标"] == 1
