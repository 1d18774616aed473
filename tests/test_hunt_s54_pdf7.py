"""Hunt pdf7 (session 54): digital PDFs and office files as their makers save and print them —
tests/fixtures/review/ct_s54_pdf7_* (made by tests/fixtures/review/make_s54_pdf7.py with python-docx, openpyxl,
reportlab and LibreOffice), each reading written down by hand before the run.

Decided (wrong on main, fixed):
- a Word table with no borders printed by LibreOffice, the last row's 二级指标 wrapped in its cell
  (`服务对象满意度指` over `标`): one cell (main: a new row, an indicator `标` with no target, target_missing). The
  farthest a column's text reaches is measured on cells bounded by the next column's cell on their line, not on the
  last cell of a shorter line (the 项目名称 row's value merged over three columns, `某县文化广电旅游局`, ran a
  character past where the 二级指标 column's text can reach, so the wrapped cell seemed not full);
- the same at 10.5 points, the label `年度资金总额（万元）` wrapped as `年度资金总额（万` over `元）` (a line starts with no
  `）`: `元` came down with it, the line above a character's width short of its edge): one label, the money read
  (main: `元）` a line outside the table, the row `年度资金总额（万 | 450.00` unparsed, no budget). The room a wrapped
  line's first piece needs is that piece's width (its first character and the closing signs after it; a Latin
  word whole), not one character's;
- a 绩效目标表 whose every cell is shaded dark one line tall, white text, white gaps of 2 points between the boxes and
  no border (each column as wide as its longest text, the indicators centred): the boxes' sides are its column rules
  (main: dropped as a highlight's, the last row run together, `满意度指标服务对象满意度指标沿线群众满意度` a level 3
  under 效益指标). Boxes that tile (a box beside in the row and one of the same sides over or under it) are a
  table's cells, no highlight;
- LibreOffice Calc's web page of a workbook (`Overview` over links to the sheets, each sheet's table under
  `Sheet N: <em>name</em>`): the form's title is the sheet's own `项目支出绩效目标表` (main: `Overview 申报表 绩效目标表`;
  with the overview out, `Sheet 2: 绩效目标表`). A block of in-page links beside a heading's few words is a table of
  contents and Calc's sheet caption is the program's: neither is read.
Kept (read right on main, guards):
- a landscape page whose one Word table (fields, the indicators' head mid-table, a 评（扣）分标准 column) goes on over
  two pages, `效益指标` merged down over the break: the rows on page 2 under it, the scoring rule each a note;
- a workbook of a 申报表 sheet and a 绩效目标表 sheet, as XLSX and as LibreOffice's XLS: one project, the 申报表's
  项目类别, 负责人, 立项依据 and money lines with the 绩效目标表's goal and indicators.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SO, SAT, ECO, SU = "社会效益指标", "服务对象满意度指标", "经济效益指标", "可持续影响指标"
W = 10000.0


def _top(p, *keys):
    return tuple(p[k] for k in keys)


WRAP = [(P, N, "新建村级文化广场", ">=", 15.0, "个"), (P, Q, "广场建设验收合格率", "=", 100.0, "%"),
        (P, T, "项目完工时间", None, None, None), (E, SO, "群众文化活动参与人次", ">=", 3.0, "万人次"),
        (S, SAT, "村民满意度", ">=", 90.0, "%")]


def test_last_row_level2_wrapped_in_a_borderless_table(read):
    """Main: `服务对象满意度指` and an indicator `标` (target_missing)."""
    r = read("ct_s54_pdf7_lo_wrap_last.pdf")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year") == (
        "乡村文化广场建设项目", "某县文化广电旅游局", "某县文化馆", 450 * W)
    assert indicator_targets(r) == WRAP
    assert warning_codes(r) == []


def test_label_wrapped_before_its_closing_bracket(read):
    """Main: `元）` a line of its own, the money row unparsed, no budget."""
    r = read("ct_s54_pdf7_lo_wrap_label.pdf")
    p = only_project(r)
    assert _top(p, "name", "budget_year", "goal_annual") == (
        "乡村文化广场建设项目", 450 * W, "新建村级文化广场15个，丰富群众文化生活。")
    assert indicator_targets(r) == WRAP
    assert warning_codes(r) == []


def test_the_wrapped_cells_in_the_words_grid():
    from extract.pdf import extract_pdf
    from tests.conftest import REVIEW
    for name, whole in (("ct_s54_pdf7_lo_wrap_label.pdf", "年度资金总额（万元）"),
                        ("ct_s54_pdf7_lo_wrap_last.pdf", "服务对象满意度指标")):
        ex = extract_pdf((REVIEW / name).read_bytes(), "x")
        texts = [c.text for g in ex.grids for c in g.cells]
        assert whole in texts, name
        assert not any(t.text.strip() in ("元）", "标") for t in ex.lines), name
        assert "标" not in texts, name


def test_cells_shaded_dark_one_line_tall_keep_their_columns(read):
    """Main: the last row run together, `满意度指标服务对象满意度指标沿线群众满意度` a level 3 under 效益指标."""
    r = read("ct_s54_pdf7_dark_cells.pdf")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year", "goal_annual") == (
        "农村公路提档升级工程", "某县交通运输局", "某县公路建设养护中心", 2880 * W, "新建改建农村公路36公里，通达24个行政村。")
    assert indicator_targets(r) == [
        (P, N, "新建农村公路里程", ">=", 36.0, "公里"), (P, Q, "工程交工验收合格率", "=", 100.0, "%"),
        (P, T, "项目完工时间", None, None, None), (E, SO, "受益行政村数量", ">=", 24.0, "个"),
        (S, SAT, "沿线群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_the_dark_boxes_are_rules():
    from extract.pdf import highlights_dropped
    boxes = [(10, 10, 50, 22), (52, 10, 90, 22), (10, 24, 50, 36), (52, 24, 90, 36)]
    edges = [{"area": b, "fill": (50, 60, 90, 255), "orientation": "v", "x0": b[0]} for b in boxes]
    chars = [{"text": "字", "top": b[1] + 1, "bottom": b[3] - 1, "x0": b[0] + 3, "x1": b[0] + 13} for b in boxes]
    assert highlights_dropped(edges, chars) == edges
    # (one box alone behind a part of a line: a highlight, its sides dropped)
    assert highlights_dropped(edges[:1], chars[:1]) == []


TWO = [(P, N, "新建配水管网长度", ">=", 86.0, "公里"), (P, N, "新增受益人口", ">=", 5.2, "万人"),
       (P, Q, "管网水压合格率", ">=", 95.0, "%"), (P, T, "工程完工时间", None, None, None),
       (P, C, "每公里管网造价", "<=", 380000.0, "元"), (E, SO, "农村自来水普及率", ">=", 92.0, "%"),
       (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
TOP = ("城乡供水一体化管网延伸工程", "某县水利局", "某县城乡供水服务中心", "延续项目", "刘军", 3268 * W, 2800 * W, 468 * W,
       "项目支出绩效目标表")
KEYS = ("name", "department", "unit", "category", "leader", "budget_year", "budget_fiscal", "budget_other", "title")


def test_calc_web_page_of_two_sheets(read):
    """Main: the title `Overview 申报表 绩效目标表`."""
    r = read("ct_s54_pdf7_two_sheets_calc.html")
    p = only_project(r)
    assert _top(p, *KEYS) == TOP
    assert indicator_targets(r) == TWO
    assert warning_codes(r) == []


def test_workbook_of_two_sheets_xlsx_and_xls(read):
    for name in ("ct_s54_pdf7_two_sheets.xlsx", "ct_s54_pdf7_two_sheets_old.xls"):
        r = read(name)
        p = only_project(r)
        assert _top(p, *KEYS) == TOP, name
        assert indicator_targets(r) == TWO, name
        assert warning_codes(r) == [], name


def test_landscape_table_over_two_pages_level1_merged_over_the_break(read):
    r = read("ct_s54_pdf7_lo_landscape.pdf")
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "budget_year") == (
        "高素质农民培育", "某县农业农村局", "某县农业广播电视学校", 560 * W)
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]] == [
        (P, N, "培训高素质农民人数", "≥1500人", "每少50人扣1分"), (P, N, "建设田间学校", "≥10个", "每少1个扣1分"),
        (P, N, "开展线上培训课程", "≥40节", "每少5节扣1分"), (P, Q, "培训合格率", "≥95%", "每低1个百分点扣1分"),
        (P, T, "培训任务完成时间", "2025年10月底前", "每延迟1个月扣2分"), (P, C, "人均培训成本", "≤3000元", "超出不得分"),
        (E, ECO, "学员人均增收", "≥2000元", "未达到不得分"), (E, SO, "带动周边农户发展产业", "≥3000户", "每少100户扣1分"),
        (E, SU, "培育农业经营主体带头人", "≥200人", "每少20人扣1分"),
        (S, SAT, "参训学员满意度", "≥90%", "每低1个百分点扣1分")]
    assert warning_codes(r) == []
