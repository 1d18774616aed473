"""Hunt nw4 (session 59): WHOLE forms as DOCX (python-docx), hand-written government HTML and LibreOffice-printed
PDF, in layouts not covered before: tests/fixtures/review/ct_s59_nw4_* (made by
tests/fixtures/review/make_s59_nw4.py). Every expectation was written down by hand, field by field, before the run."""
from __future__ import annotations

import pytest

from extract.pdf import extract_pdf
from tests.conftest import REVIEW
from tests.hunt_tools import budget_lines, indicator_targets, only_project

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SO, SAT, ECO, SUS = "社会效益指标", "服务对象满意度指标", "生态效益指标", "可持续影响指标"
W = 10000.0


def _head(p, *keys):
    return tuple(p[k] for k in keys)


def _self(r):
    return [(i["level3"], i["actual_raw"], i["weight"], i["score"], i["deviation"]) for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["ct_s59_nw4_selfeval_two_tables.docx", "ct_s59_nw4_selfeval_two_tables_nr.pdf"])
def test_selfeval_score_sheet_a_second_table(read, name):
    """A 绩效自评表: the head one table, a paragraph of text, the 评分表 a second table (the PDF printed without
    ruling lines)."""
    r = read(name)
    p = only_project(r)
    assert _head(p, "form", "name", "department", "unit", "year") == (
        "self_eval", "农村饮水安全巩固提升工程", "某某县水利局", "某某县农村供水管理站", 2024)
    assert _head(p, "budget_initial", "budget_year", "spent", "execution_rate", "score") == (
        300 * W, 320 * W, 304 * W, 0.95, 97.5)
    assert indicator_targets(r) == [
        (P, N, "新建供水工程数量", ">=", 12.0, "处"),
        (P, N, "改造供水管网长度", ">=", 40.0, "公里"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"),
        (P, T, "工程完工时间", None, None, None),
        (E, SO, "受益人口", ">=", 2.1, "万人"),
        (E, SUS, "工程运行年限", ">=", 15.0, "年"),
        (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
    assert _self(r) == [
        ("新建供水工程数量", "12处", 15.0, 15.0, None),
        ("改造供水管网长度", "41.5公里", 15.0, 15.0, None),
        ("工程验收合格率", "100%", 10.0, 10.0, None),
        ("工程完工时间", "2024年12月", 10.0, 8.0, "雨季影响施工进度，已加强调度"),
        ("受益人口", "2.1万人", 15.0, 15.0, None),
        ("工程运行年限", "15年", 15.0, 15.0, None),
        ("受益群众满意度", "93%", 10.0, 10.0, None)]


def _pdf_rows(name: str, first: str) -> list[list[tuple]]:
    """The rows, from the one reading FIRST on, of a PDF's grid: (column, rowspan, text) of each cell."""
    g = extract_pdf((REVIEW / name).read_bytes(), "x", name).grids[0]
    rows: dict[int, list] = {}
    for c in sorted(g.cells, key=lambda c: (c.row, c.col)):
        rows.setdefault(c.row, []).append((c.col, c.rowspan, c.text))
    out = [rows[k] for k in sorted(rows)]
    return out[next(i for i, r in enumerate(out) if r[0][2] == first):]


def test_rule_less_wraps_and_top_aligned_levels():
    """The rule-less 评分表, cells wrapped at 5 characters: a name one character short of its column (less the pad)
    wrapped (`新建供水工` / `程数量`); the last column's lines, the page's text reaching past the table
    (`偏差原因分` / `析及改进措` / `施`); `效益指标` at the top of its two rows, as `产出指标` is at the top of its four,
    not centred over the 时效指标 row above it. Main: `析及改进措` an indicator, 效益指标 over 时效指标."""
    rows = _pdf_rows("ct_s59_nw4_selfeval_two_tables_nr.pdf", "一级指标")
    assert rows[0][-1] == (7, 1, "偏差原因分析及改进措施")
    assert rows[1][:3] == [(0, 1, "产出指标"), (1, 1, "数量指标"), (2, 1, "新建供水工程数量")]
    assert rows[4][0] == (1, 1, "时效指标") and rows[4][-1] == (7, 1, "雨季影响施工进度，已加强调度")
    assert rows[5][:2] == [(0, 1, "效益指标"), (1, 1, "社会效益指标")]    # (its rows below: carried down)


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_one_indicator_a_row_levels_as_section_rows(read, ext):
    """`指标 | 指标值 | 权重 | 实际完成值 | 得分 | 偏差原因`, one indicator a row; the levels full-width section rows
    `一、产出指标` / `（一）数量指标`."""
    r = read(f"ct_s59_nw4_indicator_rows.{ext}")
    p = only_project(r)
    assert _head(p, "name", "department", "unit", "leader", "year", "budget_year", "budget_fiscal") == (
        "城区生活垃圾分类处理", "某某市住房和城乡建设局", "某某市城市管理局", "王芳", 2024, 680 * W, 680 * W)
    assert indicator_targets(r) == [
        (P, N, "新增分类投放点", ">=", 150.0, "个"),
        (P, N, "配置分类运输车辆", ">=", 12.0, "辆"),
        (P, Q, "生活垃圾回收利用率", ">=", 35.0, "%"),
        (E, ECO, "生活垃圾无害化处理率", "=", 100.0, "%"),
        (S, SAT, "居民满意度", ">=", 85.0, "%")]
    assert _self(r) == [
        ("新增分类投放点", "156个", 20.0, 20.0, None),
        ("配置分类运输车辆", "12辆", 10.0, 10.0, None),
        ("生活垃圾回收利用率", "33.8%", 20.0, 18.0, "居民分类习惯尚在养成，将加强宣传督导"),
        ("生活垃圾无害化处理率", "100%", 30.0, 30.0, None),
        ("居民满意度", "88%", 10.0, 10.0, None)]


def test_gov_page_form_nested_in_layout_tables(read):
    """A site's article page: the form's table inside three layout tables (nav column beside it), the 附件 list
    of two links after it — one project, no budget lines."""
    r = read("ct_s59_nw4_gov_nested.html")
    p = only_project(r)
    assert _head(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal", "budget_other") == (
        "基本公共卫生服务项目", "某某县卫生健康局", "某某县疾病预防控制中心", 2025, 1580 * W, 1580 * W, None)
    assert p["goal_annual"] == "为辖区常住居民免费提供12类基本公共卫生服务，居民电子健康档案建档率达到90%以上。"
    assert indicator_targets(r) == [
        (P, N, "居民电子健康档案建档率", ">=", 90.0, "%"),
        (P, N, "65岁及以上老年人健康管理率", ">=", 62.0, "%"),
        (P, Q, "高血压患者规范管理率", ">=", 65.0, "%"),
        (E, SO, "居民健康素养水平", None, None, None),
        (S, SAT, "居民满意度", ">=", 85.0, "%")]
    assert budget_lines(r) == []


def test_head_as_numbered_paragraphs(read):
    """`一、项目名称：…` … `六、年度绩效目标：…` as paragraphs, the money in a sentence, only the indicators a table."""
    r = read("ct_s59_nw4_head_numbered.docx")
    p = only_project(r)
    assert _head(p, "name", "department", "unit", "leader", "phone", "year") == (
        "农村学校校舍维修改造", "某某县教育局", "某某县教育基建服务中心", "陈明", "0736-2233XXXX", 2025)
    assert _head(p, "budget_year", "budget_fiscal", "budget_other") == (420 * W, 400 * W, 20 * W)
    assert p["goal_annual"] == "完成12所农村学校校舍维修改造，消除校舍安全隐患，改善办学条件。"
    assert indicator_targets(r) == [
        (P, N, "维修改造学校数量", ">=", 12.0, "所"),
        (P, N, "维修改造校舍面积", ">=", 8600.0, "平方米"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"),
        (P, C, "单位面积改造成本", "<=", 480.0, "元/平方米"),
        (E, SO, "受益学生人数", ">=", 5200.0, "人"),
        (S, SAT, "师生满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_level1_written_down_its_cell(read, ext):
    """一级指标 a character a line in a narrow merged cell (`产\\n出\\n指\\n标`), one turned by text direction."""
    r = read(f"ct_s59_nw4_vertical_level1.{ext}")
    p = only_project(r)
    assert _head(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal") == (
        "社区居家养老服务补助", "某某区民政局", "某某区养老服务指导中心", 2025, 260 * W, 260 * W)
    assert p["goal_annual"] == "为2000名以上居家老人提供助餐、助洁等上门服务，提升居家养老服务质量。"
    assert indicator_targets(r) == [
        (P, N, "服务老人人数", ">=", 2000.0, "人"),
        (P, N, "上门服务次数", ">=", 36000.0, "人次"),
        (P, Q, "服务投诉处理率", "=", 100.0, "%"),
        (P, T, "补助资金拨付时间", None, None, None),
        (E, SO, "老年人生活质量改善", None, None, None),
        (S, SAT, "服务对象满意度", ">=", 92.0, "%")]
    assert [i["note"] for i in r.tables["indicators"]] == [None] * 4 + ["定性", None]


@pytest.mark.parametrize("name", ["two_projects.docx", "two_projects.pdf", "two_projects_nr.pdf"])
def test_two_projects_split_by_page_break(read, name):
    """Two 绩效目标申报表 in one document, a page break between them: two projects, each its own indicators (the
    PDF also printed without ruling lines)."""
    r = read(f"ct_s59_nw4_{name}")
    got = [_head(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal", "goal_annual")
           for p in r.tables["projects"]]
    assert got == [
        ("乡村道路养护", "某某县交通运输局", "某某县农村公路管理所", 2025, 150 * W, 150 * W,
         "养护农村公路320公里，优良中等路率保持在80%以上。"),
        ("农村客运站点建设", "某某县交通运输局", "某某县道路运输服务中心", 2025, 90 * W, 80 * W,
         "新建农村客运招呼站30个，建制村通客车率100%。")]
    ids = [p["project_id"] for p in r.tables["projects"]]
    by = [[(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"])
           for i in r.tables["indicators"] if i["project_id"] == k] for k in ids]
    assert by == [
        [(P, N, "养护里程", ">=", 320.0, "公里"), (P, Q, "优良中等路率", ">=", 80.0, "%"),
         (E, SO, "公路安全通行保障", None, None, None), (S, SAT, "沿线群众满意度", ">=", 88.0, "%")],
        [(P, N, "新建招呼站数量", ">=", 30.0, "个"), (P, T, "完工时间", None, None, None),
         (E, SO, "建制村通客车率", "=", 100.0, "%"), (S, SAT, "乘客满意度", ">=", 90.0, "%")]]


def test_word_web_page_vertical_level1(read):
    """Word's "save as web page": mso markup, `<o:p>`, 一级指标 cells in vertical-ideographic flow a character a line
    (`产<br>出<br>指<br>标`), Word's trailing row of empty width cells."""
    r = read("ct_s59_nw4_word_web_page.html")
    p = only_project(r)
    assert _head(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal", "budget_other") == (
        "城乡居民医保参保补助", "某某县医疗保障局", "某某县医疗保障事务中心", 2025, 2350 * W, 2350 * W, None)
    assert p["goal_annual"] == "按标准落实城乡居民医保参保财政补助，参保率稳定在95%以上。"
    assert indicator_targets(r) == [
        (P, N, "补助参保人数", ">=", 46.0, "万人"),
        (P, N, "参保率", ">=", 95.0, "%"),
        (P, T, "补助资金拨付时限", None, None, None),
        (E, SO, "减轻群众医疗负担", None, None, None),
        (S, SAT, "参保群众满意度", ">=", 90.0, "%")]
    assert budget_lines(r) == []


@pytest.mark.parametrize("name", ["ct_s59_nw4_score_head_two_rows.docx", "ct_s59_nw4_score_head_two_rows_nr.pdf"])
def test_score_sheet_two_row_head(read, name):
    """The 评分表 after a line of text, its head two rows: `绩效指标` over 一级 / 二级 / 三级指标, 年度指标值 … 偏差原因
    merged down both."""
    r = read(name)
    p = only_project(r)
    assert _head(p, "form", "name", "department", "unit", "year", "budget_initial", "spent", "execution_rate") == (
        "self_eval", "中小学教师培训", "某某市教育局", "某某市教师发展中心", 2024, 180 * W, 171 * W, 0.95)
    assert indicator_targets(r) == [
        (P, N, "培训教师人次", ">=", 3000.0, "人次"),
        (P, Q, "培训考核合格率", ">=", 95.0, "%"),
        (P, C, "人均培训成本", "<=", 600.0, "元"),
        (E, SO, "参训教师教学能力提升", None, None, None),
        (S, SAT, "参训教师满意度", ">=", 90.0, "%")]
    assert _self(r) == [
        ("培训教师人次", "3120人次", 20.0, 20.0, None),
        ("培训考核合格率", "97%", 20.0, 20.0, None),
        ("人均培训成本", "548元", 10.0, 10.0, None),
        ("参训教师教学能力提升", "达到预期", 30.0, 28.0, "部分课程实践环节偏少，下年度增加跟岗研修"),
        ("参训教师满意度", "95%", 10.0, 10.0, None)]


def test_centred_labels_under_a_head_guard(read):
    """Guard of the top-aligned rule: a pdf.js page whose 二级指标 head has two empty rows under it, `数量指标`
    centred on five rows below (as many empty under it as over it): the table centres its labels, `质量指标` over
    工程验收合格率 too (a first try of the rule gave that row 数量指标)."""
    got = indicator_targets(read("ct_s37_ex_pdfjs_merged_levels.html"))
    assert [g[1] for g in got[:8]] == [N] * 5 + [Q] * 3
