"""Hunt EX (session 36): cells that came out wrong before any parser saw them. Vertical writing in PDFs printed by
LibreOffice from DOCX (w:textDirection tbRl, 竖排) and XLSX (textRotation 255, stacked text taller than its merged
cell); web pages (a PDF.js text layer saved as HTML, `<template>` content, a table body a script fills from a JSON
array); text exports of a .doc (antiword's cells of two paragraphs, rows of different widths in one table). Inputs
tests/fixtures/review/ct_s36_ex_*, made with the real tools; each test asserts what the form shows, written down
before the run."""
import json

from extract.pdf import mark_vertical_runs, text_of
from tests.hunt_tools import other_fields, warning_codes


def _p(r, k=0):
    return r.tables["projects"][k]


def _inds(r):
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


# ---------------------------------------------------------------- vertical writing in PDFs

def test_docx_tbrl_cell_of_one_row_reads_in_order(read):
    # LibreOffice prints a tbRl cell one glyph at a time, its columns right to left; in a cell one row high each
    # column holds one glyph: 满意度指标 came out 标指度意满 (so did the level of the satisfaction indicator)
    r = read("ct_s36_ex_docx_tbrl_one_row.pdf")
    p = _p(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("乡村道路养护项目", "县交通运输局", "县公路事业发展中心", 2024)
    assert _inds(r) == [
        ("产出指标", "数量指标", "养护道路里程", ">=", 120.0, "公里"),
        ("产出指标", "质量指标", "路面优良率", ">=", 85.0, "%"),
        ("产出指标", "时效指标", "完成时间", None, None, None),
        ("效益指标", "社会效益指标", "群众出行条件", None, None, None),
        ("效益指标", "可持续影响指标", "道路使用年限", ">=", 5.0, "年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90.0, "%"),
    ]
    assert r.tables["indicators"][2]["target_raw"] == "2024年12月底前"


def test_docx_tbrl_cell_of_two_columns(read):
    # `年度主要任务` set tbRl in a cell two rows high: its columns 年度主要任 and 务, right to left (was 务年度主要任);
    # 效益指标 / 满意度指标 in cells one row high and too narrow: LibreOffice prints the columns that fit (效益指,
    # 满意度), in their order (were 指益效, 度意满)
    r = read("ct_s36_ex_docx_tbrl_two_columns.pdf")
    rows = [[c.text for c in row] for row in _grid_rows(r)]
    assert ["年度主要任务", "任务名称", "主要内容"] in rows
    assert ["效益指", "食品安全事故发生率", "≤0.5%"] in rows
    assert ["满意度", "群众满意度", "≥90%"] in rows


def _extracted(r):
    from pathlib import Path

    from extract.pdf import extract_pdf
    path = Path(__file__).parent / "fixtures" / "review" / r.document["path"].split("/")[-1]
    return extract_pdf(path.read_bytes(), "x", str(path))


def _grid_rows(r):
    return [row for g in _extracted(r).grids for row in g.rows() if row]


def test_xlsx_stacked_text_taller_than_its_cell(read):
    # `年度绩效指标` stacked (textRotation 255) in a merged cell of five rows 11 pt high: Calc prints it centred on the
    # cell, 年 over the row above and 标 under the table: the cell read 度绩效指, 标 a line of text under the form
    r = read("ct_s36_ex_xlsx_stacked_overflow.pdf")
    ex = _extracted(r)
    rows = [[c.text for c in row] for g in ex.grids for row in g.rows() if row]
    assert rows[2][0] == "年度绩效指标"
    assert rows[1][0] == "主管部门"
    assert [t.text for t in ex.lines] == ["项目绩效目标表（2024年度）"]
    p = _p(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("社区居家养老服务补助", "区民政局", "区养老服务指导中心", 2024)
    assert _inds(r) == [
        ("产出指标", "数量指标", "服务老人人次", ">=", 3000.0, "人次"),
        ("产出指标", "质量指标", "服务合格率", ">=", 95.0, "%"),
        ("效益指标", "社会效益指标", "老年人生活质量", None, None, None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 90.0, "%"),
    ]


def _glyph(t, x0, top, w=9.0, **kw):
    return {"text": t, "x0": x0, "x1": x0 + w, "top": top, "bottom": top + w, "upright": True, **kw}


def test_vertical_runs_read_in_their_drawing_order():
    # one row of tbRl columns of a glyph each, drawn right to left
    row = [_glyph(t, 178.3 - 10.5 * k, 235.0) for k, t in enumerate("满意度指标")]
    mark_vertical_runs(row)
    assert text_of(row).replace("\n", "") == "满意度指标"
    # two columns: 服务对象 / 满意度指, then 标
    cols = [_glyph(t, 178.3 - 10.5 * (k // 4), 100.0 + 9.0 * (k % 4)) for k, t in enumerate("服务对象满意度指标")]
    mark_vertical_runs(cols)
    assert text_of(cols).replace("\n", "") == "服务对象满意度指标"
    # a line of text across, drawn left to right: no run, read as before
    line = [_glyph(t, 100.0 + 9.0 * k, 50.0) for k, t in enumerate("项目名称")]
    mark_vertical_runs(line)
    assert not any("vrun" in c for c in line) and text_of(line) == "项目名称"
    # glyphs of a line drawn out of order (a producer writing a run's pieces backwards) are no column: read by place
    back = [_glyph("名", 118.0, 50.0), _glyph("称", 127.0, 50.0), _glyph("项", 100.0, 50.0), _glyph("目", 109.0, 50.0)]
    mark_vertical_runs(back)
    assert text_of(back) == "项目名称"


# ---------------------------------------------------------------- web pages

def test_pdfjs_text_layer_saved_as_html(read):
    # a PDF.js viewer's page saved with its CSS inlined: spans placed `left: 9.24%; top: 10.55%` with
    # `font-size: calc(var(--scale-factor)*10.01px)` (and `.textLayer :is(span,br){position:absolute}`): nothing was
    # read (layout_unknown); it reads as the PDF it shows
    r = read("ct_s36_ex_pdfjs_text_layer.html")
    assert "layout_unknown" not in warning_codes(r)
    p = _p(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("农村饮水安全巩固提升工程", "县水利局", "县农村供水管理站", 2025)
    assert p["budget_fiscal"] == 4500000.0
    assert _inds(r) == [
        ("产出指标", "数量指标", "新建供水管网长度", ">=", 35.0, "公里"),
        ("产出指标", "质量指标", "水质达标率", ">=", 98.0, "%"),
        ("产出指标", "时效指标", "工程完工时间", None, None, None),
        ("效益指标", "社会效益指标", "受益人口", ">=", 1.2, "万人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 95.0, "%"),
    ]


def test_template_content_is_not_shown(read):
    # a <template> holding a row and a sample form (示例项目（请删除）, XX局): read as a second project
    r = read("ct_s36_ex_template_content.html")
    assert [p["name"] for p in r.tables["projects"]] == ["城区公共厕所提升改造"]
    p = _p(r)
    assert (p["department"], p["unit"], p["year"]) == ("县城市管理局", "县环境卫生服务中心", 2024)
    assert _inds(r) == [
        ("产出指标", "数量指标", "改造公厕数量", ">=", 12.0, "座"),
        ("产出指标", "质量指标", "验收合格率", "=", 100.0, "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", ">=", 90.0, "%"),
    ]
    assert "示例" not in json.dumps(r.tables, ensure_ascii=False, default=str)


def test_table_body_built_by_a_script_from_json(read):
    # `var zbList = [{"yjzb": "产出指标", …}]` and `html += "<tr><td>" + r.yjzb + …` into `#zbBody`: the page showed
    # the indicators, the saved file had none (no_indicators)
    r = read("ct_s36_ex_rows_from_json.html")
    assert "no_indicators" not in warning_codes(r)
    p = _p(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("老旧小区改造配套基础设施", "市住房和城乡建设局",
                                                                  "市城市更新服务中心", 2025)
    assert p["budget_total"] == 12000000.0
    assert _inds(r) == [
        ("产出指标", "数量指标", "改造小区数量", ">=", 18.0, "个"),
        ("产出指标", "质量指标", "竣工验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "惠及居民户数", ">=", 5600.0, "户"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%"),
    ]


# ---------------------------------------------------------------- text exports of a .doc

def test_antiword_cell_of_two_paragraphs(read):
    # `|实施单位 |县卫生健康局 |` over `|  |（各乡镇卫生院具体实施）|`: the note was lost; `|  |  |  |（按验收报告）|` under
    # a target was an indicator of no name (unparsed_row). Read as the .doc's own DOCX reads
    r = read("ct_s36_ex_antiword_two_paragraphs.txt")
    p = _p(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("乡镇卫生院医疗设备购置", "县卫生健康局",
                                                                  "县卫生健康局（各乡镇卫生院具体实施）", 2024)
    assert p["goal_annual"] == "为12所乡镇卫生院配备DR、彩超等设备，提升基层医疗服务能力。"
    assert (p["budget_year"], p["budget_fiscal"]) == (3600000.0, 3000000.0)
    assert "unparsed_row" not in warning_codes(r)
    assert _inds(r) == [
        ("产出指标", "数量指标", "购置设备台数", ">=", 48.0, "台"),
        ("产出指标", "质量指标", "设备验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "基层就诊率", "=", 5.0, "个百分点"),  # percentage points (hunt tq4, s45)
        ("满意度指标", "服务对象满意度指标", "患者满意度", ">=", 90.0, "%"),
    ]
    assert r.tables["indicators"][1]["target_raw"] == "100%（按验收报告）"


def test_antiword_two_column_rows_over_a_four_column_table(read):
    # `|年度主要任务 |1.完成土地变更调查；|` over `|  |2.完成耕地保护督察整改。|`: the second task was lost; the table's
    # two-column rows were put in its last two columns (`部门预算（万元）` in the 三级指标 column: unparsed_row, no
    # money); `（含卫片执法）` under a name an indicator of its own (target_missing)
    r = read("ct_s36_ex_antiword_dept_paragraphs.txt")
    p = _p(r)
    assert (p["department"], p["year"]) == ("县自然资源局", 2025)
    assert other_fields(p)["年度主要任务"] == "1.完成土地变更调查； 2.完成耕地保护督察整改。"
    assert p["goal_annual"] == "目标1：耕地保有量不低于上级下达任务。目标2：违法用地案件查处率100%。"
    assert p["budget_year"] == 26805000.0
    assert warning_codes(r) == []
    assert _inds(r) == [
        ("产出指标", "数量指标", "土地变更调查图斑数", ">=", 3500.0, "个"),
        ("产出指标", "数量指标", "耕地保护督察整改问题数", ">=", 24.0, "个"),
        ("产出指标", "质量指标", "违法用地查处率（含卫片执法）", "=", 100.0, "%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%"),
    ]


def test_catdoc_cell_of_two_paragraphs(read):
    # catdoc's text of the same .doc: every row followed by a blank line, a cell's second paragraph a line of its own
    # with no tab after the row (`实施单位⇥县卫生健康局` / `（各乡镇卫生院具体实施）`): the note was a loose line, the goal
    # cut at its first paragraph (`…彩超等设备，`). (catdoc itself breaks off after `设备验收合格率⇥100%`, writing `/Ö`:
    # the dump holds no more indicators)
    r = read("ct_s36_ex_catdoc_two_paragraphs.txt")
    p = _p(r)
    assert p["unit"] == "县卫生健康局（各乡镇卫生院具体实施）"
    assert p["goal_annual"] == "为12所乡镇卫生院配备DR、彩超等设备，提升基层医疗服务能力。"
    assert (p["budget_year"], p["budget_fiscal"]) == (3600000.0, 3000000.0)
    assert _inds(r)[:2] == [
        ("产出指标", "数量指标", "购置设备台数", ">=", 48.0, "台"),
        ("产出指标", "质量指标", "设备验收合格率", "=", 100.0, "%"),
    ]


def test_catdoc_list_of_two_paragraphs(read):
    # `年度主要任务⇥1.完成土地变更调查；` then `2.完成耕地保护督察整改。` on a line of its own: the second task was lost
    r = read("ct_s36_ex_catdoc_dept_paragraphs.txt")
    p = _p(r)
    assert other_fields(p)["年度主要任务"] == "1.完成土地变更调查； 2.完成耕地保护督察整改。"
    assert p["goal_annual"] == "目标1：耕地保有量不低于上级下达任务。目标2：违法用地案件查处率100%。"
    assert p["budget_year"] == 26805000.0
    assert _inds(r)[:2] == [
        ("产出指标", "数量指标", "土地变更调查图斑数", ">=", 3500.0, "个"),
        ("产出指标", "数量指标", "耕地保护督察整改问题数", ">=", 24.0, "个"),
    ]


def test_docx_tbrl_self_evaluation(read):
    # a self-evaluation whose level cells are tbRl, `产出指标（50分）` over three rows in two columns: it came out
    # `标产 分（出 ）指 50`, 满意度指标 `标度满指意`; 效益指标（30分） in a cell one row high prints as far as it fits (效益指)
    r = read("ct_s36_ex_docx_tbrl_self_eval.pdf")
    rows = [(i["level1"], i["level1_weight"], i["level3"], i["actual_raw"], i["weight"], i["score"])
            for i in r.tables["indicators"]]
    assert rows == [
        ("产出指标（50分）", 50.0, "培训人次", "2150人次", 20.0, 20.0),
        ("产出指标（50分）", 50.0, "培训合格率", "96.5%", 20.0, 20.0),
        ("产出指标（50分）", 50.0, "完成时限", "11月25日", 10.0, 10.0),
        ("效益指", None, "就业率", "78%", 30.0, 27.0),
        ("满意度指标", None, "学员满意度", "93%", 10.0, 10.0),
    ]


def test_rows_a_browser_built_are_not_built_twice(read):
    # the same page as a browser saves it (chromium's DOM, the rows in `#zbBody`, the script still there): the rows
    # once (the script's JSON is only read into an element left empty)
    r = read("ct_s36_ex_rows_from_json_saved_dom.html")
    assert [i[2] for i in _inds(r)] == ["改造小区数量", "竣工验收合格率", "惠及居民户数", "居民满意度"]


def test_catdoc_tab_after_every_cell(read):
    # the same dump with a tab after every cell, the last one too: the row's last cell is the one before that tab
    r = read("ct_s36_ex_catdoc_tab_after_cells.txt")
    p = _p(r)
    assert p["unit"] == "县卫生健康局（各乡镇卫生院具体实施）"
    assert p["goal_annual"] == "为12所乡镇卫生院配备DR、彩超等设备，提升基层医疗服务能力。"
    assert _inds(r) == [
        ("产出指标", "数量指标", "购置设备台数", ">=", 48.0, "台"),
        ("产出指标", "质量指标", "设备验收合格率", "=", 100.0, "%"),
    ]
