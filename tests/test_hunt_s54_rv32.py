"""Review rv32 (session 54) of hunt pdf7's rules (last-row wraps measured on bounded cells, a wrapped line's lead
piece, tiled dark boxes, Calc's Overview and sheet captions) on files it had not met —
tests/fixtures/review/ct_s54_rv32_* (made by tests/fixtures/review/make_s54_rv32.py with python-docx, openpyxl,
reportlab and LibreOffice), each reading written down by hand before the run.

Decided (wrong on main, fixed):
- a Word table with no borders printed by LibreOffice, its last row's 指标值 in the LAST column wrapped over three
  lines (`≥90%（以第三方` / `问卷调查结果为` / `准）`) beside a wrapped 二级指标 (`服务对象满意度指` / `标`): one cell
  each (main: an indicator `问卷调查结果为` with no name, unparsed_row, and one `准）`, target_missing). The last
  column's room was unknown (no text across the columns reaches the page's right end of text: only this cell does),
  so no cell of it was ever full; a cell of a few characters there reaching as far as any of its column's is full;
- a web page's paragraph `立项依据：<a href="#fj1">《…规划》</a>、<a href="#fj2">《…方案》</a>` (the documents linked
  to the page's attachments): the project's basis (main: dropped as a table of contents, basis null). In-page links
  beside a field's label or a list's separators (`：`, `、`, `，`, `；`) are no table of contents.
Kept (read right on main, guards):
- new rows whose 三级指标 start with a figure or Latin letters (`5G基站新建数量`, `2025年新增宽带用户数`, `GDP贡献率`)
  under a wrapped 三级指标: rows of their own;
- a reportlab table with no rules, alternate rows shaded light, a wrapped 三级指标 in a shaded row: no rows merged;
- a page's real table of contents (`目录` over in-page links) is not read as the title; Calc's web page of a one-sheet
  workbook (no Overview, no caption): read whole.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T = "数量指标", "质量指标", "时效指标"
SO, SAT, ECO = "社会效益指标", "服务对象满意度指标", "经济效益指标"
W = 10000.0
TOP = ("乡村数字化服务提升项目", "某县工业和信息化局", "某县信息中心", 620 * W, "完成农村宽带和5G网络覆盖，提升乡村数字化服务水平。")
KEYS = ("name", "department", "unit", "budget_year", "goal_annual")


def _top(p, *keys):
    return tuple(p[k] for k in keys)


def test_last_row_wrapped_in_the_last_column(read):
    """Main: `问卷调查结果为` an indicator with no name (unparsed_row) and `准）` one with no target."""
    r = read("ct_s54_rv32_lo_wrap_lastcol.pdf")
    assert _top(only_project(r), *KEYS) == TOP
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        (P, N, "新建5G基站", "≥40个"), (P, Q, "网络验收合格率", "100%"), (E, SO, "行政村宽带通达率", "100%"),
        (S, SAT, "村民满意度", "≥90%（以第三方问卷调查结果为准）")]
    assert indicator_targets(r)[-1][3:] == (">=", 90.0, "%")
    assert warning_codes(r) == []


def test_the_last_column_cell_in_the_words_grid():
    from extract.pdf import extract_pdf
    from tests.conftest import REVIEW
    ex = extract_pdf((REVIEW / "ct_s54_rv32_lo_wrap_lastcol.pdf").read_bytes(), "x")
    texts = [c.text for g in ex.grids for c in g.cells]
    assert "≥90%（以第三方问卷调查结果为准）" in texts
    assert "100%" in texts and texts.count("100%") == 2       # (one-line cells of the last column: no wraps)
    assert not any(t.text.strip() == "准）" for t in ex.lines)


def test_new_rows_starting_with_a_figure_or_latin_letters(read):
    r = read("ct_s54_rv32_lo_latin_rows.pdf")
    assert _top(only_project(r), *KEYS) == TOP
    assert indicator_targets(r) == [
        (P, N, "新建农村千兆光纤宽带接入及入户改造户数", ">=", 12000.0, "户"), (P, N, "5G基站新建数量", ">=", 40.0, "个"),
        (P, N, "2025年新增宽带用户数", ">=", 3000.0, "户"), (E, ECO, "GDP贡献率", ">=", 0.5, "%"),
        (S, SAT, "村民满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_zebra_rows_shaded_light_stay_apart(read):
    r = read("ct_s54_rv32_zebra.pdf")
    assert _top(only_project(r), *KEYS) == (
        "农产品流通体系建设项目", "某县商务局", "某县商务服务中心", 980 * W, "改造提升农贸市场6个，新建冷链物流仓储设施2000平方米。")
    assert indicator_targets(r) == [
        (P, N, "改造提升农贸市场数量", ">=", 6.0, "个"), (P, N, "新建冷链物流仓储设施及配套分拣包装中心面积", ">=", 2000.0, "平方米"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"), (P, T, "项目完工时间", None, None, None),
        (E, ECO, "带动农产品销售额增长", ">=", 15.0, "%"), (E, SO, "新增就业岗位", ">=", 120.0, "个"),
        (S, SAT, "商户满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_a_field_of_in_page_links_is_no_table_of_contents(read):
    """Main: the 立项依据 paragraph dropped, basis null."""
    r = read("ct_s54_rv32_links_page.html")
    p = only_project(r)
    assert p["basis"] == "《某省农村供水保障规划》、《某县农村饮水安全巩固提升实施方案》"
    assert _top(p, "name", "department", "unit", "budget_year", "title") == (
        "农村饮水安全巩固提升工程", "某县水利局", "某县农村供水管理站", 860 * W, "某县农村饮水安全巩固提升工程项目支出绩效目标表")
    assert [i["level3"] for i in r.tables["indicators"]] == ["新建改造供水管网长度", "水质达标率", "受益农村人口", "受益群众满意度"]
    assert warning_codes(r) == []


def test_contents_block_rules():
    from lxml import html as lh

    from extract.office import _drop_page_furniture
    root = lh.fromstring('<html><body><div id="x"><p>目录</p><a href="#a">一、基本情况</a> <a href="#b">二、绩效目标</a>'
                         '</div><p id="y">立项依据：<a href="#f1">《甲》</a>、<a href="#f2">《乙》</a></p></body></html>')
    _drop_page_furniture(root)
    assert root.xpath('//*[@id="x"]') == [] and len(root.xpath('//*[@id="y"]')) == 1


def test_calc_web_page_of_one_sheet(read):
    r = read("ct_s54_rv32_calc_one_sheet.html")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year", "title") == (
        "高标准农田建设项目", "某县农业农村局", "某县农田建设服务中心", 1500 * W, "项目支出绩效目标表")
    assert indicator_targets(r) == [
        (P, N, "新建标准化农田", ">=", 5000.0, "亩"), (P, Q, "工程验收合格率", "=", 100.0, "%"),
        (E, ECO, "亩均增产粮食", ">=", 50.0, "公斤"), (S, SAT, "农户满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []
