"""Review rv27 (session 53) of hunt of6's highlight rule: a filled, unstroked box no taller than 1.5 times the text
on it is a highlight, its sides no rules (nor a sliver under 3 points between two such boxes). Fixtures
tests/fixtures/review/ct_s53_rv27_*.pdf (reportlab, tests/fixtures/review/make_s53_rv27.py): one form (项目名称 …
年度绩效目标, then the indicator table) drawn as Word/WPS and report generators draw tables; each reading written
down by hand before the run.

Decided (wrong after of6, right before it; fixed):
- Word's export draws every cell border as a 0.5-point black rectangle filled, not stroked, one per cell side, and a
  shaded cell's fill inside its borders: in a head row shaded grey one line tall, the black border between two grey
  cells was a sliver between two highlight boxes and was dropped, the head row one cell
  `绩效指标 一级指标 二级指标 三级指标 指标值` (table_header_implied, unparsed_row); with the indicator rows banded
  the same way every indicator was lost (no_indicators). A sliver goes with the boxes beside it only when it has
  their colour (LibreOffice's piece of a highlight behind a blank is as yellow as the boxes; a border is not).
Kept (right before and after of6, guards): the head row one dark blue box with white text and the rules long filled
rectangles; a rule-less table with its head row shaded one line tall; a rule-less table striped every other row;
a yellow highlight behind a target in a table ruled with stroked lines.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
W = 10000.0
TARGETS = [
    (P, "数量指标", "改造路灯数量", ">=", 3600.0, "盏"),
    (P, "数量指标", "新建智能控制箱", ">=", 120.0, "台"),
    (P, "质量指标", "路灯亮灯率", ">=", 98.0, "%"),
    (P, "时效指标", "工程完工时间", None, None, None),
    (E, "社会效益指标", "夜间交通事故下降率", ">=", 10.0, "%"),
    (S, "服务对象满意度指标", "市民满意度", ">=", 90.0, "%"),
]
HEAD = ("城区道路照明改造工程", "某市城市管理局", "某市路灯管理所", 860 * W, "改造城区道路路灯3600盏，亮灯率达到98%以上。")


def _form(r):
    p = only_project(r)
    assert tuple(p[k] for k in ("name", "department", "unit", "budget_year", "goal_annual")) == HEAD
    assert indicator_targets(r) == TARGETS
    assert warning_codes(r) == []


def _head_cells(name):
    from extract.pdf import extract_pdf
    from tests.conftest import REVIEW
    ex = extract_pdf((REVIEW / name).read_bytes(), "x")
    return [c.text for g in ex.grids for c in g.cells if "指标值" in c.text or "一级指标" in c.text]


def test_word_borders_between_shaded_head_cells_stay(read):
    """After of6: the head row one cell (its black borders dropped as slivers of a highlight), two warnings."""
    _form(read("ct_s53_rv27_word_borders.pdf"))


def test_word_borders_head_row_cells():
    assert _head_cells("ct_s53_rv27_word_borders.pdf") == ["一级指标", "指标值"]


def test_word_borders_banded_rows_keep_their_columns(read):
    """After of6: every banded row one cell, no indicator (no_indicators, unparsed_row)."""
    _form(read("ct_s53_rv27_word_banded.pdf"))


def test_a_dark_head_box_with_long_filled_rules(read):
    _form(read("ct_s53_rv27_blue_head.pdf"))


def test_a_shaded_head_row_in_a_rule_less_table(read):
    _form(read("ct_s53_rv27_head_no_lines.pdf"))


def test_a_striped_rule_less_table(read):
    _form(read("ct_s53_rv27_zebra.pdf"))


def test_a_highlight_in_a_ruled_table(read):
    _form(read("ct_s53_rv27_hl_ruled.pdf"))
