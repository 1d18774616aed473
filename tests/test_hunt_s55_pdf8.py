"""Hunt pdf8 (session 55): PDFs, web pages, office files and a scan as their makers save and print them —
tests/fixtures/review/ct_s55_pdf8_* (made by tests/fixtures/review/make_s55_pdf8.py with reportlab, python-docx,
openpyxl and PIL), each reading written down by hand before the run.

Decided (wrong on main, fixed):
- a PDF's fields printed as plain lines above a table, each label then its value 80 points right with no colon
  (`项目名称      城区背街小巷改造工程`), the table of indicators drawn as one stroked box per cell or as dark boxes
  with no rule: the lines are the form's fields, name, department, unit and goal read (main: none of them, the
  lines read as text, `项目名称 城区背街小巷改造工程`); a value wrapped to the margin goes on under its start;
- a web page's own anchored caption `<a name="table1"><h2>表1：<em>2025年度…项目绩效目标表</em></h2></a>` is the
  form's title (its year the form's); only LibreOffice Calc's sheet caption (`Sheet 2: <em>name</em>`, its anchor
  `table1`, its word Calc's) is the program's (main: dropped as Calc's, no title, no year);
- a scan of a form with no rules whose indicator columns are 1.2 to 1.5 characters apart: the 一级指标 and 二级指标
  are cells of their own (main: `产出指标数量指标` a level 1, no level 2);
- a PDF table going on to page 2 under `续表：` (a colon after it) and its head printed again: the mark is no row
  (main: an indicator `续表：` with no target, target_missing).
Kept (read right on main, guards):
- the same PDF with the fields written `项目名称：…` (label and value one line, a colon);
- a DOCX whose last row is `绩效指标 | <the indicators' table nested in the cell>`;
- an XLSX whose 满意度指标 cell is merged over the 一级 and 二级 columns (level 2 null: none written), 产出指标
  merged down three rows and 数量指标 down two;
- a ruled PDF table going on to page 2 with its head printed again and 产出指标's cell blank there; a DOCX whose row
  `绩效指标` goes across, the nested table in the row under it; `满意度指标` merged over two columns and two rows.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T = "数量指标", "质量指标", "时效指标"
SO, SAT, ECO = "社会效益指标", "服务对象满意度指标", "经济效益指标"
W = 10000.0


def _top(p, *keys):
    return tuple(p[k] for k in keys)


KEYS = ("name", "department", "unit", "budget_year", "goal_annual", "year")
BOXED_TOP = ("城区背街小巷改造工程", "某县住房和城乡建设局", "某县市政设施维护中心", 320 * W,
             "改造背街小巷18条，改善沿线居民出行条件。", 2025)
BOXED = [(P, N, "改造背街小巷条数", ">=", 18.0, "条"), (P, Q, "工程验收合格率", "=", 100.0, "%"),
         (P, T, "项目完工时间", None, None, None), (E, SO, "改善居民出行条件户数", ">=", 2600.0, "户"),
         (S, SAT, "沿线居民满意度", ">=", 90.0, "%")]


def test_colon_label_lines_above_a_table_of_boxes(read):
    """Guard: `项目名称：…` lines above a table of stroked cell boxes."""
    r = read("ct_s55_pdf8_labels_above_boxes.pdf")
    assert _top(only_project(r), *KEYS) == BOXED_TOP
    assert indicator_targets(r) == BOXED


def test_label_lines_with_no_colon_above_a_table_of_boxes(read):
    """`项目名称` then its value 80 points right. Main: name, department, unit and goal null."""
    r = read("ct_s55_pdf8_label_lines_boxes.pdf")
    assert _top(only_project(r), *KEYS) == BOXED_TOP
    assert indicator_targets(r) == BOXED


def test_label_lines_with_no_colon_above_a_table_of_dark_boxes(read):
    """The same above a table of dark boxes with no rule. Main: name, department, unit and goal null."""
    r = read("ct_s55_pdf8_label_lines_dark.pdf")
    assert _top(only_project(r), *KEYS) == BOXED_TOP
    assert indicator_targets(r) == BOXED


def test_label_lines_with_a_value_wrapped_under_its_start(read):
    """The goal's value wrapped to the margin and on under its start. Main: no field but the money."""
    r = read("ct_s55_pdf8_label_lines_wrapped.pdf")
    assert _top(only_project(r), *KEYS) == BOXED_TOP[:4] + (
        "改造背街小巷18条，改善沿线居民出行条件，提升城区人居环境和群众获得感。", 2025)
    assert indicator_targets(r) == BOXED


def test_an_authors_anchored_table1_caption_is_the_title(read):
    """`<a name="table1"><h2>表1：<em>2025年度…绩效目标表</em></h2></a>`. Main: dropped as Calc's, title and year null."""
    r = read("ct_s55_pdf8_table1_heading.html")
    p = only_project(r)
    assert "2025年度农村养老服务站建设项目绩效目标表" in (p["title"] or "")
    assert _top(p, "name", "department", "unit", "budget_year", "year") == (
        "农村养老服务站建设项目", "某县民政局", "某县养老服务中心", 360 * W, 2025)
    assert len(indicator_targets(r)) == 4


def test_calc_sheet_caption_is_still_not_read():
    """Guard of pdf7's fix: Calc's `Sheet 2: <em>绩效目标表</em>` in its anchor `table1` is no line of the form."""
    from lxml import html as lh

    from extract.office import _sheet_caption
    page = lh.fromstring('<div><a name="table1"><h1>Sheet 2: <em>绩效目标表</em></h1></a>'
                         '<a name="table0"><h1>工作表 1: <em>申报表</em></h1></a>'
                         '<a name="table1"><h2>表1：<em>项目绩效目标表</em></h2></a>'
                         '<a name="t2"><h2>附表2：<em>项目绩效目标表</em></h2></a></div>')
    assert [_sheet_caption(h) for h in page.xpath("//h1|//h2")] == [True, True, False, False]


def test_scan_without_rules_columns_close_together(read):
    """Columns 1.2-1.5 characters apart, none a label. Main: `产出指标数量指标` one level 1, level 2 null."""
    r = read("ct_s55_pdf8_no_rules_close.png")
    assert _top(only_project(r), "name", "department", "unit", "budget_year") == (
        "乡村公厕改造提升项目", "某县农业农村局", "某县乡村振兴服务中心", 240 * W)
    assert indicator_targets(r) == [
        (P, N, "新建乡村公厕", ">=", 40.0, "座"), (P, Q, "公厕验收合格率", "=", 100.0, "%"),
        (E, SO, "受益农户", ">=", 6000.0, "户"), (S, SAT, "农户满意度", ">=", 90.0, "%")]


def test_docx_indicators_nested_in_the_last_row(read):
    """Guard: `绩效指标 | <nested table>`."""
    r = read("ct_s55_pdf8_nested.docx")
    assert _top(only_project(r), "name", "department", "unit", "budget_year", "goal_annual") == (
        "高素质农民培育项目", "某县农业农村局", "某县农业技术推广中心", 150 * W, "开展农技培训30期，培育高素质农民1500人。")
    assert indicator_targets(r) == [
        (P, N, "开展农技培训期数", ">=", 30.0, "期"), (P, Q, "培训合格率", ">=", 95.0, "%"),
        (E, ECO, "参训农户亩均增收", ">=", 200.0, "元"), (S, SAT, "参训农户满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_xlsx_level1_merged_over_level2(read):
    """Guard: `满意度指标` merged over the 一级 and 二级 columns (no level 2 written: null)."""
    r = read("ct_s55_pdf8_merged_levels.xlsx")
    assert _top(only_project(r), "name", "budget_year") == ("城乡环卫一体化项目", 560 * W)
    assert indicator_targets(r) == [
        (P, N, "配置垃圾收运车辆", ">=", 24.0, "辆"), (P, N, "新建垃圾中转站", ">=", 3.0, "座"),
        (P, Q, "垃圾无害化处理率", "=", 100.0, "%"), (E, SO, "农村人居环境改善", None, None, None),
        (S, None, "群众满意度", ">=", 90.0, "%")]


def test_pdf_table_going_on_to_page_two_with_its_head_again(read):
    """Guard: the head printed again on page 2, 产出指标's cell blank there."""
    r = read("ct_s55_pdf8_two_pages.pdf")
    assert _top(only_project(r), "name", "department", "unit", "budget_year") == (
        "高标准农田建设项目", "某县农业农村局", "某县农田建设服务中心", 2400 * W)
    assert indicator_targets(r) == [
        (P, N, "新建高标准农田面积", ">=", 1.2, "万亩"), (P, N, "新建灌排渠道长度", ">=", 36.0, "公里"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"), (P, T, "项目完工时间", None, None, None),
        (E, ECO, "亩均粮食产能提高", ">=", 50.0, "公斤"), (S, SAT, "项目区农户满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_pdf_table_going_on_under_a_continued_mark_with_a_colon(read):
    """`续表：` over the head printed again on page 2 (产出指标 printed again there). Main: an indicator `续表：` under
    质量指标 with no target, target_missing."""
    r = read("ct_s55_pdf8_two_pages_again.pdf")
    assert indicator_targets(r) == [
        (P, N, "新建高标准农田面积", ">=", 1.2, "万亩"), (P, N, "新建灌排渠道长度", ">=", 36.0, "公里"),
        (P, Q, "工程验收合格率", "=", 100.0, "%"), (P, T, "项目完工时间", None, None, None),
        (E, ECO, "亩均粮食产能提高", ">=", 50.0, "公斤"), (S, SAT, "项目区农户满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_docx_indicators_nested_in_a_row_across(read):
    """Guard: a row `绩效指标` across, the nested table in the row under it, 产出指标 merged down in it."""
    r = read("ct_s55_pdf8_nested_spanned.docx")
    assert _top(only_project(r), "name", "budget_year") == ("高素质农民培育项目", 150 * W)
    assert indicator_targets(r) == [
        (P, N, "开展农技培训期数", ">=", 30.0, "期"), (P, Q, "培训合格率", ">=", 95.0, "%"),
        (E, ECO, "参训农户亩均增收", ">=", 200.0, "元"), (S, SAT, "参训农户满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_xlsx_level1_merged_over_level2_and_two_rows(read):
    """Guard: `满意度指标` merged over the 一级 and 二级 columns and two rows: both rows its indicators."""
    r = read("ct_s55_pdf8_merged_square.xlsx")
    assert indicator_targets(r)[-2:] == [(S, None, "群众满意度", ">=", 90.0, "%"), (S, None, "商户满意度", ">=", 85.0, "%")]
