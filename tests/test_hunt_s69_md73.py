"""Mend md73 (session 69) of read-only review rd73, groups A-E (fixtures ct_s69_md73_* from
tests/fixtures/review/make_s69_md73.py; each reading written down by hand before jixiao was run).
Decided: (A) a span of years before a part's amount on a line (`财政资金：2024年-2026年2,000万元`) is kept as written in
other_fields, as the same row's cell is (rv163's reading): only the whole budget's lead (`资金总额：2024-2026年…`) drops
the span and reads the period's amount (the line read 2,000万 fiscal, the cell nothing); (B) an annex's or table's
number glued to a title's span of years (`附件12024～2026年…`, `表22024年-2026年…`) is taken off the title (it stayed,
`12024～2026年…`); (C) `（续上页）`, `（续前页）`, `附表2续` mark a form's continuation again (rv166 had dropped them), while
`（续建）`, `（延续）`, `持续` stay words of a title; (D) a printer's footer `四川省财政厅监制 | 2025年度` or a body's section's
`瑞金市财政局绩效股制 | （2024年度）` gives the year when the form states none (md72 had lost it).
Kept: an indicator row ending in 编制 (`健全…预算编制 | 2026年`) gives no year; `表12025年…`, `附件2025年…` as rv167 read them.
(E) a sheet's name loses its caption number by _number_off, as a title does (`附件1…项目`, `表一…`, `附表1–2…`: TABLE_NO
kept `附件1`, `表一`, `–2` in the name read from the sheet); TABLE_NO, left unused, dropped.
Left: nothing of rd73 open.
"""
from __future__ import annotations

import json

import pytest

from parsers.core import _CONTINUED_TITLE
from parsers.forms import _number_off, _printer_year
from tests.hunt_tools import only_project

P = "ct_s69_md73_"
W = 10_000


@pytest.mark.parametrize("what", ["span_parts_line", "span_parts_cell"])
def test_parts_after_a_span_kept_as_written_on_a_line_and_in_a_cell(read, what):
    p = only_project(read(P + what + ".txt"))
    assert p["budget_total"] == 2400 * W
    assert (p["budget_fiscal"], p["budget_other"], p["budget_year"]) == (None, None, None)
    assert json.loads(p["other_fields"]) == {"财政资金": "2024年-2026年2,000万元", "其他资金": "2024～2026年400万元"}


@pytest.mark.parametrize("what,title", [
    ("annex_span", "2024～2026年播州区农村公路提质改造项目中期绩效目标表"),
    ("table_span", "2024年-2026年播州区农村公路提质改造项目中期绩效目标表")])
def test_number_glued_to_a_span_of_years_off_the_title(read, what, title):
    p = only_project(read(P + what + ".txt"))
    assert (p["title"], p["year"], p["name"]) == (title, 2024, "农村公路提质改造项目")


@pytest.mark.parametrize("text,rest", [
    ("表12025—2027年新化县项目中期绩效目标表", "2025—2027年新化县项目中期绩效目标表"),
    ("附件12025-2027年新化县项目中期绩效目标表", "2025-2027年新化县项目中期绩效目标表"),
    ("附件3 2025至2027年新化县项目中期绩效目标表", "2025至2027年新化县项目中期绩效目标表"),
    ("表12025年新化县项目绩效目标表", "2025年新化县项目绩效目标表"),
    ("附件2025-2027年新化县项目中期绩效目标表", "2025-2027年新化县项目中期绩效目标表")])
def test_number_off_a_span(text, rest):
    assert _number_off(text) == rest


@pytest.mark.parametrize("title,marked", [
    ("项目支出绩效目标表（续上页）", True), ("项目支出绩效目标表（续前页）", True), ("附表2续", True),
    ("项目支出绩效目标表（续表1）", True), ("项目支出绩效目标表（续）", True),
    ("农村公路项目绩效目标表（续建）", False), ("农村公路项目绩效目标表（延续）", False),
    ("持续推进农村公路养护项目绩效目标表", False)])
def test_continuation_marks(title, marked):
    assert (_CONTINUED_TITLE.search(title) is not None) is marked


@pytest.mark.parametrize("what,year", [("footer_jianzhi", 2025), ("footer_section", 2024), ("indicator_bianzhi", None)])
def test_printer_footer_year(read, what, year):
    assert only_project(read(P + what + ".txt"))["year"] == year


def _row(*texts):
    from extract.grid import Cell
    from parsers.core import Row
    return Row(cells=[Cell(0, j, t) for j, t in enumerate(texts)], grid=None)


@pytest.mark.parametrize("first,got", [
    ("湖南省财政厅监制", "2025年度"), ("瑞金市财政局绩效股制", "2025年度"), ("广元市财政局预算科印制", "2025年度"),
    ("健全农村公路管养体制", None), ("完善河长制工作机制", None), ("加强项目成本控制", None),
    ("规范项目预算编制", None)])
def test_printer_year_rule(first, got):
    assert _printer_year(_row(first, "2025年度")) == got


@pytest.mark.parametrize("sheet,name", [
    ("附件1农村公路养护项目", "农村公路养护项目"), ("表一农村公路养护项目", "农村公路养护项目"),
    ("附表1–2农村公路养护项目", "农村公路养护项目"), ("附表1-1-2农村公路养护项目", "农村公路养护项目"),
    ("表2 2025年农村公路养护项目绩效目标表", "农村公路养护项目"), ("表1", None), ("Sheet1", None)])
def test_sheet_name_number_off(sheet, name):
    """E: a sheet's caption number read off by _number_off, as a title's (TABLE_NO kept `附件1`, `表一`, `–2`)."""
    from types import SimpleNamespace as NS

    from jixiao.pipeline import _sheet_project
    form = NS(first=NS(page=1))
    got = _sheet_project(NS(sheet_names=[sheet]), form, [form])
    assert (got[0] if got else None) == name
