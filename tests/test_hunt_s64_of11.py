"""Hunt of11 (session 64): office files made by the tools that make them — a Word form whose value cells hold tables
with merged cells (the money's `年度资金总额` across two columns and `其中` down over two rows; the indicators with
产出指标 merged down), the same as LibreOffice's .doc, a people table under a Word form's indicators (in its table or
a table of its own under a caption), and a workbook of a 填表说明 sheet, two forms and a hidden sheet of drop-down
lists, its numbers stored as numbers with formats (`#,##0.00`, `0.00%`, date serials for 实施期限), as .xlsx and
xlwt's .xls (tests/fixtures/review/ct_s64_of11_*, made by tests/fixtures/review/make_s64_of11.py). Each reading was
written down by hand before the run.

Decided (wrong on main, fixed):
- a table of columns merging cells (gridSpan, vMerge) that is all a Word cell holds is read in the outer table's rows,
  its merges kept, when it fits its cell (grid.fitting_nest, one rule for the DOCX, .doc and web-page readers):
  `年度资金总额` across two and `其中` down over 财政拨款 | 270.00 and 其他资金 | 30.00 in the 项目资金（万元） cell
  (main: a grid of its own after the form, the amounts read apart from the label's 万元: 300 yuan);
- a row of one cell across a table under the indicators over another table's head (`项目组成员` over `姓名 | 职务 |
  分工`, a Word table of its own) is that table's caption, as on a line of its own (main: an indicator of no target);
- an .xls formula of figures (`=B15`, `=SUM(B13:B14)`) whose cached value is an empty text, as xlwt writes it, is
  said `formula_not_computed` once a sheet naming its cells (main: read empty with no word); `=IF(B5="","","")` not.
Kept (read right on main, guards): a Word indicator table in a cell with 产出指标 merged down; the people going on in
the form's table with no caption (under 项目人员, as the text path, hunt ly16) and a sheet's captioned people table;
a workbook's 填表说明 sheet and hidden drop-down list sheet not read, `#,##0.00`, `0.00%` and date serials as shown,
in .xlsx and xlwt's .xls.
Left: an .xls formula's value is not computed (its tokens are not decoded for extract.xlformula); a program caching
0 for a formula it did not compute is read 0 (nothing tells it apart).
"""
from __future__ import annotations

import datetime

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

PRE = "ct_s64_of11_"
W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"
NAME, DEPT, UNIT = "城区排水管网改造工程", "某县住房和城乡建设局", "某县市政设施管理所"
INDS = [(P, "数量指标", "改造排水管网长度", ">=", 12.0, "公里"), (P, "数量指标", "新建雨水篦子", "=", 300.0, "个"),
        (P, "质量指标", "工程验收合格率", "=", 100.0, "%"), (E, "社会效益指标", "消除城区内涝点", "=", 5.0, "处"),
        (S, "服务对象满意度指标", "沿线居民满意度", ">=", 90.0, "%")]
PEOPLE = "赵立军（所长，项目总负责）；孙红梅（工程师，施工质量监督）"


def _head(p, year, fiscal, other=None):
    assert (p["name"], p["department"], p["unit"]) == (NAME, DEPT, UNIT)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (year, fiscal, other)


@pytest.mark.parametrize("name", ["nested_merged.docx", "nested_merged.doc"])
def test_money_table_with_merged_cells_in_a_cell(read, name):
    """The 项目资金（万元） value cell holds `年度资金总额 (across two) | 300.00`, `其中 (down over two) | 财政拨款 |
    270.00`, `| 其他资金 | 30.00`: the three amounts in 万元, the five indicators, nothing said (main: the nested
    table a grid of its own after the form, its amounts read apart from the label's 万元: 300 yuan)."""
    r = read(PRE + name)
    _head(only_project(r), 300 * W, 270 * W, 30 * W)
    assert indicator_targets(r) == INDS
    assert [c for c in warning_codes(r) if c != "converted"] == []     # (a .doc's reading is said)


def test_indicator_table_with_merged_levels_in_a_cell(read):
    """The 绩效指标 value cell holds the indicators' table, 产出指标 merged down over three rows and 数量指标 over
    two: each indicator under its levels, as Word shows them."""
    r = read(PRE + "nested_inds.docx")
    _head(only_project(r), 300 * W, None)
    assert indicator_targets(r) == INDS
    assert warning_codes(r) == []


def test_people_rows_in_the_form_table(read):
    """`姓名 | 职务 | 分工` going on in the form's table under the indicators, no caption: the five indicators only,
    the people kept under 项目人员 as the text path keeps them (hunt ly16)."""
    r = read(PRE + "people.docx")
    p = only_project(r)
    _head(p, 300 * W, 270 * W)
    assert indicator_targets(r) == INDS
    assert other_fields(p).get("项目人员") == PEOPLE


@pytest.mark.parametrize("name", ["people_caption.docx", "people_caption.xlsx"])
def test_people_table_under_a_caption(read, name):
    """A table of its own under the form, `项目组成员` across its first row over `姓名 | 职务 | 分工`: the people kept
    under the caption, no indicator of it (main: the Word table's caption row an indicator `项目组成员` of no target
    under 满意度指标; a sheet's, under a blank row, read right: a guard)."""
    r = read(PRE + name)
    p = only_project(r)
    _head(p, 300 * W, 270 * W)
    assert indicator_targets(r) == INDS
    assert other_fields(p).get("项目组成员") == PEOPLE


# the first sheet's 满意度 typed 0.9 with no sign (`90.00%` shown): equal, not at least
DRAINS = INDS[:4] + [(S, "服务对象满意度指标", "沿线居民满意度", "=", 90.0, "%")]
LAMPS = [(P, "数量指标", "更换LED路灯", "=", 1200.0, "盏"), (P, "质量指标", "路灯亮灯率", "=", 98.0, "%"),
         (E, "经济效益指标", "年节约用电量", ">=", 30.0, "万千瓦时"), (S, "服务对象满意度指标", "市民满意度", "=", 90.0, "%")]


@pytest.mark.parametrize("name", ["sheets.xlsx", "sheets.xls"])
def test_workbook_of_notes_two_forms_and_hidden_lists(read, name):
    """`填表说明` (no form), two forms, a hidden sheet of drop-down lists (`一级指标 | 二级指标` over their names): two
    projects, each its money as shown (`1,234.50`), its rates as shown (`100.00%`, `90.00%`), its 实施期限 the days
    shown; the notes and the lists no project, no indicator, nothing said."""
    r = read(PRE + name)
    ps = r.tables["projects"]
    assert [p["name"] for p in ps] == [NAME, "城区路灯节能改造"]
    assert [(p["budget_year"], p["budget_fiscal"]) for p in ps] == [(1234.5 * W, 1234.5 * W), (85.6 * W, 85.6 * W)]
    assert [(p["start_date"], p["end_date"]) for p in ps] == [(datetime.date(2025, 3, 1), datetime.date(2025, 11, 30))] * 2
    got = [(i["project_id"],) + t for i, t in zip(r.tables["indicators"], indicator_targets(r))]
    assert got == [(ps[0]["project_id"],) + t for t in DRAINS] + [(ps[1]["project_id"],) + t for t in LAMPS]
    assert warning_codes(r) == []


def test_xls_formulas_of_figures_with_no_cached_value_are_said(read):
    """xlwt's .xls: the 年度资金总额 `=B15` and the budget's 合计 `=SUM(B13:B14)` with no cached value (Excel shows
    300): read empty, never 0, and said, one warning naming both cells; the 备注 `=IF(B5="","","")`, an empty text that
    may be its value, not named (main: both blank with no word)."""
    r = read(PRE + "formula.xls")
    _head(only_project(r), None, None)
    assert indicator_targets(r) == INDS
    assert budget_lines(r) == [(None, "管网改造", 180 * W, "composition"), (None, "雨水篦子", 120 * W, "composition")]
    assert warning_codes(r) == ["formula_not_computed"]
    msg = r.tables["warnings"][0]["message"]
    assert "cell B4:" in msg and "(B15)" in msg and "D4" not in msg
