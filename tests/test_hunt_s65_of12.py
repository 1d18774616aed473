"""Hunt of12 (session 65): office files and web pages made by the tools that make them — a workbook of three forms
with a chart sheet between them, a merged 产出指标 whose first row is hidden beside a hidden column and a cached
formula (.xlsx, and xlwt's .xls), 满意度指标 merged across the level columns, a Word table split by a page break inside
a vertical merge, a name and its target both wrapped in their cells, the form's fields as Word paragraphs (`项目名称：…`, or label and value parted by tabs) above an
indicator table, tracked row deletions and insertions, and an old CMS page whose sign-off row sits in a `<tfoot>`
written before its `<tbody>` (tests/fixtures/review/ct_s65_of12_*, made by tests/fixtures/review/make_s65_of12.py).
Each reading was written down by hand before the run.

Decided (wrong on main, fixed):
- an XLSX's sheet number counts its every tab, chart sheets too, as Excel numbers its sheets: a chart sheet
  `资金结构图` between the first form and the second puts the second on sheet 3, the third on sheet 4, `pages` 4
  (main: 1, 2, 3 and `pages` 3 — sheet 2, as a reader opens it, the chart);
- Word paragraphs parting a form's labels and values by tabs, every line two fields or more and two of them three or
  more (`项目名称<tab>…`, `主管部门<tab>…<tab>实施单位<tab>…`, `年度资金总额（万元）<tab>66<tab>其中：财政拨款<tab>60`,
  `年度绩效目标<tab>…`), are read as a table's rows, as a text dump's (main: each tab a space, the goal lost).
- a name and its target both broken over lines in their cells, the target's last line a unit alone after a figure
  (`≥600` over `盏`, any unit a bracket writes after a number: BRACKET_UNITS), are one indicator, its name joined:
  `安装太阳能路灯（含灯杆基础施工）` `≥600盏` (main: two, the second's target `盏`; `≥12` over `条` was read so).
Kept (read right on main, guards): a merged 产出指标 whose own first row is hidden carried to the shown rows under
it, the hidden column and row not read, the formula's cached 150 read (.xlsx; the .xls the same, its money typed);
满意度指标 merged across the level-1 and level-2 columns: level 2 null; a split table's orphan `w:vMerge` continuing
产出指标 over the page break; `项目名称：…` paragraphs and `其中：财政拨款60万元，其他资金6万元`; a tracked row deletion
not read and a tracked insertion read, `≥<del>10</del><ins>12</ins>公里` read `≥12公里`; a `<tfoot>` before the
`<tbody>` (its contact and fill date read), `<br>` in a level's and a target's cell, `&nbsp;` cells.
"""
from __future__ import annotations

import datetime

import pytest

from tests.hunt_tools import indicator_targets, only_project

PRE = "ct_s65_of12_"
W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"


def _pages(r) -> list:
    return [(i["page"], i["line"]) for i in r.tables["indicators"]]


def test_chart_sheet_between_forms_counts_as_a_sheet(read):
    """Tabs: 村组道路硬化工程, 资金结构图 (a chart sheet), 乡镇街道路灯安装, 山塘清淤整治 — each form on its tab's number:
    1, 3, 4; the workbook's pages 4; each form's first indicator on its sheet's row 7."""
    r = read(PRE + "chart_sheets.xlsx")
    ps = r.tables["projects"]
    assert [(p["name"], p["page"], p["line"]) for p in ps] == [
        ("村组道路硬化工程", 1, 1), ("乡镇街道路灯安装", 3, 1), ("山塘清淤整治", 4, 1)]
    assert [(p["budget_year"], p["budget_fiscal"]) for p in ps] == [(150 * W, 150 * W), (42.8 * W, 42.8 * W),
                                                                    (66 * W, 66 * W)]
    assert r.document["pages"] == 4
    inds = r.tables["indicators"]
    assert [(i["page"], i["line"], i["level3"]) for i in inds[::4]] == [
        (1, 7, "硬化道路里程"), (3, 7, "安装太阳能路灯"), (4, 7, "清淤整治山塘")]
    assert [i["project_id"] for i in inds] == [p["project_id"] for p in ps for _ in range(4)]
    assert indicator_targets(r)[5] == (P, "时效指标", "完工时间", None, None, None)
    assert r.tables["warnings"] == []


ROADS = [(P, "数量指标", "硬化道路里程", ">=", 18.0, "公里"), (P, "质量指标", "工程验收合格率", "=", 100.0, "%"),
         (E, "社会效益指标", "受益群众人数", ">=", 8000.0, "人"), (S, "服务对象满意度指标", "群众满意度", ">=", 95.0, "%")]


@pytest.mark.parametrize("name", ["hidden_top.xlsx", "hidden_top.xls"])
def test_merged_level_whose_first_row_is_hidden(read, name):
    """产出指标 merged down over rows 7-9, row 7 (an old `≥15公里`) hidden: the level still over rows 8 and 9, the
    hidden row and the hidden column C (`上年指标值`, `12公里`) not read; the money's formula `=SUM(G4:H4)` read as
    its cached 150 (the .xls: typed)."""
    r = read(PRE + name)
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["budget_fiscal"]) == ("村组道路硬化工程", 150 * W, 150 * W)
    assert indicator_targets(r) == ROADS
    assert _pages(r) == [(1, 8), (1, 9), (1, 10), (1, 11)]
    assert r.tables["warnings"] == []


def test_satisfaction_merged_across_the_level_columns(read):
    """`满意度指标` merged across A11:B11 (no level 2 of its own): level 2 null; 效益指标 merged down over two rows."""
    r = read(PRE + "across.xlsx")
    assert indicator_targets(r) == [
        (P, "数量指标", "清淤整治山塘", "=", 40.0, "口"), (P, "成本指标", "单口山塘清淤成本", "<=", 16500.0, "元"),
        (E, "经济效益指标", "恢复灌溉面积", "=", 3000.0, "亩"), (E, "生态效益指标", "改善水环境面积", ">=", 50.0, "亩"),
        (S, None, "受益农户满意度", ">=", 90.0, "%")]
    assert r.tables["warnings"] == []


def test_split_table_continuing_a_vertical_merge(read):
    """The second table after the page break opens with a `w:vMerge` cell continuing 产出指标: its rows under it,
    their provenance the second table's rows."""
    r = read(PRE + "split_orphan.docx")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("乡镇街道路灯安装", 42.8 * W)
    assert indicator_targets(r) == [
        (P, "数量指标", "安装太阳能路灯", "=", 600.0, "盏"), (P, "数量指标", "更换灯杆", "=", 120.0, "根"),
        (P, "质量指标", "路灯验收合格率", "=", 100.0, "%"), (P, "时效指标", "完工时间", None, None, None),
        (E, "社会效益指标", "夜间亮灯率", ">=", 98.0, "%"), (S, "服务对象满意度指标", "居民满意度", ">=", 90.0, "%")]
    assert _pages(r) == [(1, 6), (1, 7), (2, 1), (2, 2), (2, 3), (2, 4)]


WATER = [(P, "数量指标", "清淤整治山塘", "=", 40.0, "口"), (P, "成本指标", "单口山塘清淤成本", "<=", 16500.0, "元"),
         (E, "经济效益指标", "恢复灌溉面积", "=", 3000.0, "亩"), (S, "服务对象满意度指标", "受益农户满意度", ">=", 90.0, "%")]
GOAL = "清淤整治山塘40口，恢复灌溉面积3000亩。"


def test_fields_as_paragraphs_above_the_indicator_table(read):
    """`项目名称：…`, `主管部门：…<tab><tab>实施单位：…`, `年度资金总额：66万元`, `其中：财政拨款60万元，其他资金6万元`,
    `年度绩效目标：` over the goal's paragraph, then the indicators' table."""
    r = read(PRE + "paras.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("山塘清淤整治", "某县水利局", "某县水利工程管理站")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"], p["goal_annual"]) == (66 * W, 60 * W, 6 * W, GOAL)
    assert indicator_targets(r) == WATER
    assert _pages(r) == [(1, 2), (1, 3), (1, 4), (1, 5)]


def test_fields_parted_by_tabs_above_the_indicator_table(read):
    """`项目名称<tab>…`, `主管部门<tab>…<tab>实施单位<tab>…`, `年度资金总额（万元）<tab>66<tab>其中：财政拨款<tab>60`,
    `年度绩效目标<tab>…`: a table's rows, as a text dump's — the goal read (main: lost), the money's other part unstated
    (said, as the dump's)."""
    r = read(PRE + "tab_fields.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("山塘清淤整治", "某县水利局", "某县水利工程管理站")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"], p["goal_annual"]) == (66 * W, 60 * W, None, GOAL)
    assert p["title"] == "2025年度项目支出绩效目标表"
    assert indicator_targets(r) == WATER
    assert [w["code"] for w in r.tables["warnings"]] == ["fiscal_total_gap"]


def test_tracked_rows_deleted_and_inserted(read):
    """`新建错车道 | 30处` deleted as a row (`w:trPr/w:del`, its runs `w:del`): not read; `完工时间` inserted as a row:
    read; `≥<del>10</del><ins>12</ins>公里`: `≥12公里`."""
    r = read(PRE + "tracked_rows.docx")
    assert only_project(r)["name"] == "村组道路硬化工程"
    assert indicator_targets(r) == [(P, "数量指标", "硬化道路里程", ">=", 12.0, "公里"), ROADS[1],
                                    (P, "时效指标", "完工时间", None, None, None)] + ROADS[2:]
    assert [i["line"] for i in r.tables["indicators"]] == [6, 8, 9, 10, 11]
    assert r.tables["warnings"] == []


def test_cms_page_with_tfoot_before_tbody(read):
    """The form in layout tables, its title in `<thead>`, its sign-off row in a `<tfoot>` written before the
    `<tbody>` (a browser shows it last): the contact, phone and fill date read; `产出<br>指标` over two rows
    (rowspan), `2025年10月<br>底前`, `600盏&nbsp;`, a row of `&nbsp;` cells."""
    r = read(PRE + "tfoot.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("乡镇街道路灯安装", "某县城市管理局", "某县路灯管理所")
    assert (p["budget_year"], p["budget_fiscal"]) == (42.8 * W, 42.8 * W)
    assert p["goal_annual"] == "1.在5个乡镇主街安装太阳能路灯600盏；2.亮灯率达到98%以上。"
    assert (p["contact"], p["phone"], p["fill_date"]) == ("陈晓", "0739-5326688", datetime.date(2025, 1, 10))
    assert indicator_targets(r) == [
        (P, "数量指标", "安装太阳能路灯", "=", 600.0, "盏"), (P, "时效指标", "完工时间", None, None, None),
        (E, "社会效益指标", "夜间亮灯率", ">=", 98.0, "%"), (S, "服务对象满意度指标", "居民满意度", ">=", 90.0, "%")]
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["600盏", "2025年10月底前", "≥98%", "≥90%"]
    assert r.tables["warnings"] == []


@pytest.mark.parametrize("name", ["wrapped.xlsx", "wrapped.docx"])
def test_name_and_target_both_wrapped_in_their_cells(read, name):
    """`安装太阳能路灯（含灯杆` over `基础施工）` beside `≥600` over `盏` (Alt+Enter lines; a Word cell's paragraphs): one
    indicator, its name joined, `≥600盏` (main: two, the second `盏` its target); `路灯验收合格率` over `夜间亮灯率`
    beside `100%` over `≥98%`: two indicators on one row, as before."""
    r = read(PRE + name)
    assert only_project(r)["name"] == "乡镇街道路灯安装"
    assert indicator_targets(r) == [
        (P, "数量指标", "安装太阳能路灯（含灯杆基础施工）", ">=", 600.0, "盏"), (P, "质量指标", "路灯验收合格率", "=", 100.0, "%"),
        (P, "质量指标", "夜间亮灯率", ">=", 98.0, "%"), (E, "社会效益指标", "夜间出行安全事故", None, None, None),
        (S, "服务对象满意度指标", "居民满意度", ">=", 90.0, "%")]
    first = 7 if name.endswith("xlsx") else 6
    assert [i["line"] for i in r.tables["indicators"]] == [first, first + 1, first + 1, first + 2, first + 3]
    assert r.tables["warnings"] == []
