"""Hunt ht3 (session 58): the STRUCTURE of HTML and DOCX forms — the grid of cells with their spans that
extract/office.py builds, and the records the parsers read from it — against the same form written as a text
dump (its twin `*.txt`, read by the text path): tests/fixtures/review/ct_s58_ht3_* (made by
tests/fixtures/review/make_s58_ht3.py), each expectation written down by hand before the run."""
from __future__ import annotations

import pytest

from extract.office import extract_docx, extract_html
from tests.conftest import REVIEW
from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T = "数量指标", "质量指标", "时效指标"
SO, EC, SAT = "社会效益指标", "经济效益指标", "服务对象满意度指标"
W = 10000.0
FIELDS = ("name", "department", "unit", "leader", "phone", "year", "budget_year", "budget_fiscal", "budget_other",
          "goal_annual")


def _grid_of(name: str, first: str):
    """(row, col, rowspan, colspan, text) of the cells of the page's grid whose first cell reads FIRST."""
    path = REVIEW / name
    read = extract_html if path.suffix == ".html" else extract_docx
    for g in read(path.read_bytes(), "x", str(path)).grids:
        cells = sorted(g.cells, key=lambda c: (c.row, c.col))
        if cells and cells[0].text == first:
            return [(c.row, c.col, c.rowspan, c.colspan, c.text) for c in cells]
    raise AssertionError(f"no grid opening with {first!r}")


def _same_as_twin(read, name: str) -> None:
    """The page and its text dump give the same project, indicators, budget lines and warnings."""
    a, b = read(name), read(name.rsplit(".", 1)[0] + ".txt")
    assert {k: only_project(a)[k] for k in FIELDS} == {k: only_project(b)[k] for k in FIELDS}
    assert indicator_targets(a) == indicator_targets(b)
    assert budget_lines(a) == budget_lines(b)
    assert warning_codes(a) == warning_codes(b)


def test_row_groups_bound_rowspans(read):
    """A 公示 page, the form in three tables with text between them; the indicator table's levels each a <tbody>:
    产出指标 `rowspan="0"` (to its <tbody>'s end: three rows), 效益指标 rowspan="4" over its two-row <tbody> (a
    browser stops it there), 满意度指标's row then starts at column 0, and the <tfoot> 备注 too; the 资金支出明细's
    工程费 rowspan="3" over its two-row <tbody>, the next <tbody>'s 设备购置费 at column 0, the <tfoot> 合计 too. Main
    read rowspan="0" as 1 (the 新增灌溉面积 and 质量指标 rows pushed left a column) and ran both spans on into the next
    group (满意度指标's row and 设备购置费's pushed right, `≥90%` in a fifth column the head has not)."""
    assert _grid_of("ct_s58_ht3_groups.html", "一级指标")[4:] == [
        (1, 0, 3, 1, "产出指标"), (1, 1, 2, 1, "数量指标"), (1, 2, 1, 1, "新建高标准农田面积"), (1, 3, 1, 1, "≥2万亩"),
        (2, 2, 1, 1, "新增灌溉面积"), (2, 3, 1, 1, "≥1.2万亩"),
        (3, 1, 1, 1, "质量指标"), (3, 2, 1, 1, "工程验收合格率"), (3, 3, 1, 1, "100%"),
        (4, 0, 2, 1, "效益指标"), (4, 1, 1, 1, "经济效益指标"), (4, 2, 1, 1, "亩均增产粮食"), (4, 3, 1, 1, "≥50公斤"),
        (5, 1, 1, 1, "社会效益指标"), (5, 2, 1, 1, "受益农户数"), (5, 3, 1, 1, "≥3000户"),
        (6, 0, 1, 1, "满意度指标"), (6, 1, 1, 1, "服务对象满意度指标"), (6, 2, 1, 1, "受益农户满意度"), (6, 3, 1, 1, "≥90%"),
        (7, 0, 1, 4, "备注：指标值以项目竣工验收结果为准。")]
    assert _grid_of("ct_s58_ht3_groups.html", "项目内容")[3:] == [
        (1, 0, 2, 1, "工程费"), (1, 1, 1, 1, "田间道路及土地平整"), (1, 2, 1, 1, "600.00"),
        (2, 1, 1, 1, "灌溉与排水设施"), (2, 2, 1, 1, "400.00"),
        (3, 0, 1, 1, "设备购置费"), (3, 1, 1, 1, "水泵及控制设备"), (3, 2, 1, 1, "200.00"),
        (4, 0, 1, 2, "合计"), (4, 2, 1, 1, "1200.00")]
    r = read("ct_s58_ht3_groups.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["leader"], p["phone"], p["year"]) == (
        "高标准农田建设", "某某县农业农村局", "某某县农田建设服务中心", "李强", "0731-5566XXXX", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1200 * W, 1000 * W, 200 * W)
    assert p["goal_annual"] == "目标1：新建高标准农田2万亩；目标2：新增灌溉面积1.2万亩。"
    assert budget_lines(r) == [("工程费", "田间道路及土地平整", 600 * W, "composition"),
                               ("工程费", "灌溉与排水设施", 400 * W, "composition"),
                               ("设备购置费", "水泵及控制设备", 200 * W, "composition")]
    assert indicator_targets(r) == [
        (P, N, "新建高标准农田面积", ">=", 2.0, "万亩"),
        (P, N, "新增灌溉面积", ">=", 1.2, "万亩"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"),
        (E, EC, "亩均增产粮食", ">=", 50.0, "公斤"),
        (E, SO, "受益农户数", ">=", 3000.0, "户"),
        (S, SAT, "受益农户满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []
    _same_as_twin(read, "ct_s58_ht3_groups.html")


def test_full_row_ends_a_stale_rowspan(read):
    """A CMS table: 数量指标 rowspan="3" over a group of two rows, the third row carrying its own 时效指标 cell (with
    产出指标's rowspan="3" running down beside it, its cells are one more than the table's four columns): the stale
    span ends above that row, whose cells stand in columns 1-3. Main pushed them into columns 2-4 (`2025年11月底前`
    in a fifth column). Cells of <p> / <br> / <span> pieces and &nbsp; padding read as the dump's text."""
    assert [c for c in _grid_of("ct_s58_ht3_stale_rowspan.html", "项目名称") if 6 <= c[0] <= 8] == [
        (6, 0, 3, 1, "产出指标"), (6, 1, 2, 1, "数量指标"), (6, 2, 1, 1, "改造供水管网长度"), (6, 3, 1, 1, "≥35公里"),
        (7, 2, 1, 1, "新建加压泵站"), (7, 3, 1, 1, "≥2座"),
        (8, 1, 1, 1, "时效指标"), (8, 2, 1, 1, "工程完工时间"), (8, 3, 1, 1, "2025年11月底前")]
    r = read("ct_s58_ht3_stale_rowspan.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城乡供水一体化管网改造", "某某县水利局", "某某县供水服务中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (860 * W, 860 * W)
    assert p["goal_annual"] == "改造供水管网35公里，农村自来水普及率达到98%。"
    assert indicator_targets(r) == [
        (P, N, "改造供水管网长度", ">=", 35.0, "公里"),
        (P, N, "新建加压泵站", ">=", 2.0, "座"),
        (P, T, "工程完工时间", None, None, None),
        (E, SO, "农村自来水普及率", ">=", 98.0, "%"),
        (S, SAT, "用水群众满意度", ">=", 90.0, "%")]
    assert r.tables["indicators"][2]["target_raw"] == "2025年11月底前"
    assert warning_codes(r) == []
    _same_as_twin(read, "ct_s58_ht3_stale_rowspan.html")


def test_deleted_paragraph_mark_joins_label_and_value(read):
    """Head fields as paragraphs above the table: `项目名称：` with its paragraph mark deleted (tracked) over the name
    in a content control — Word shows `项目名称：乡村公路安全生命防护工程` on one line —, 主管部门 / 实施单位 in a
    text box, the leader `张伟` deleted and `刘洋` inserted; a row of the table leaving out its continued 一级指标 by
    w:gridBefore, vMerge on the others, a 三级指标 cell's two lines joined the same way. Main lost the name (null:
    `项目名称：` a line alone, the name another)."""
    r = read("ct_s58_ht3_head_paras.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["leader"], p["phone"], p["year"]) == (
        "乡村公路安全生命防护工程", "某某县交通运输局", "某某县公路事业发展中心", "刘洋", "0745-3322XXXX", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (500 * W, 450 * W, 50 * W)
    assert p["goal_annual"] == "完成县乡道安全生命防护工程120公里，消除急弯陡坡等隐患路段45处。"
    assert indicator_targets(r) == [
        (P, N, "安防工程实施里程", ">=", 120.0, "公里"),
        (P, N, "整治隐患路段", ">=", 45.0, "处"),
        (P, Q, "交工验收合格率", "=", 100.0, "%"),
        (E, SO, "事故多发路段事故下降率", ">=", 20.0, "%"),
        (S, SAT, "沿线群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []
    assert ("事故多发路段事故下降率" in [c[4] for c in _grid_of("ct_s58_ht3_head_paras.docx", "项目资金（万元）")])
    _same_as_twin(read, "ct_s58_ht3_head_paras.docx")


@pytest.mark.parametrize("name", ["ct_s58_ht3_goal_lines.html", "ct_s58_ht3_goal_lines.docx"])
def test_goal_lines_in_a_one_column_nested_table(read, name):
    """The 年度绩效目标's 目标1 / 目标2 in a one-column table nested in its value cell (the page's cells also spanning
    colspan="12" in a table of four columns): the lines are the cell's, as the browser / Word shows them. Main read
    the nested table as a grid of its own and left the cell empty: goal_annual null; the rest as now."""
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "全民健身场地设施建设", "某某市体育局", "某某市体育事业发展中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (450 * W, 450 * W, None)
    assert p["goal_annual"] == "目标1：新建社区健身路径30处；目标2：新建笼式多功能运动场5个。"
    assert indicator_targets(r) == [
        (P, N, "新建健身路径", ">=", 30.0, "处"),
        (P, N, "新建笼式多功能运动场", ">=", 5.0, "个"),
        (S, SAT, "群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []
    _same_as_twin(read, name)
