"""Hunt sp7 (session 62): answers at the edges of the row shapes the text path's field reader meets.

The hunt built a reader that dispatches on a row's shape (each reader's own first test asked at its call site) and
a cache of a row's label pairs by its texts. Measured: -3.2% Python calls, 0.98x CPU (within the host's noise); the
lead did not merge the code, as each gate repeated its reader's first test. These tests pin the answers the hunt
picked at the edge of each shape (tests/fixtures/review/make_s62_sp7.py), for whoever tries the next reader design.
"""
from __future__ import annotations

import datetime as dt

from parsers.core import Row, _row_fields_of
from extract.grid import Cell
from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

W = 10000.0


def test_heads_over_values_read_in_four_cells(read):
    # (four heads over four values: `_heads_over_values`, behind the row's shape test — two cells at least, a grid)
    r = read("ct_s62_sp7_heads_over_values.txt")
    p = only_project(r)
    assert p["budget_total"] == 45_600 * W
    assert other_fields(p).get("债券期限") == "10年"
    assert "unparsed_row" not in warning_codes(r)


def test_place_to_sign_on_its_line_gives_the_day(read):
    # (one cell on a text line: `_signed_place_row` is asked of rows of one cell or two)
    r = read("ct_s62_sp7_signed_place_line.txt")
    p = only_project(r)
    assert p["fill_date"] in (dt.date(2024, 3, 15), "2024-03-15")
    assert len(indicator_targets(r)) == 4
    assert not any("签字" in (i["level3"] or "") for i in r.tables["indicators"])


def test_conclusions_a_wide_row_ends_the_table(read):
    # (a table of conclusions open: its rows asked whatever their width — a row of five cells ends it, so the row
    # after it is no conclusion; were the wide row not asked, the table would go on)
    r = read("ct_s62_sp7_verdicts.txt")
    of = other_fields(only_project(r))
    assert of == {"立项必要性": "项目列入县2024年民生实事，立项必要"}
    unparsed = [w["message"] for w in r.tables["warnings"] if w["code"] == "unparsed_row"]
    assert any("投入经济性" in m for m in unparsed) and any("实施可行性" in m for m in unparsed)
    assert len(indicator_targets(r)) == 4


def test_money_by_year_in_three_cells(read):
    # (three cells exactly: the money readers' shape)
    r = read("ct_s62_sp7_money_by_year.txt")
    p = only_project(r)
    assert p["budget_year"] == 300 * W
    assert "unparsed_row" not in warning_codes(r)


def test_rate_points_of_the_matrix_row(read):
    # (the points and score of a matrix written label：value in one row of six cells)
    r = read("ct_s62_sp7_rate_points.txt")
    rate = [s for s in r.tables["scores"] if s["level3"] == "预算执行率"]
    assert [(s["weight"], s["score"]) for s in rate] == [(10.0, 8.87)]


def test_two_forms_of_one_template(read):
    # (the same label rows in both forms: their pairs read once, shared by the rows of the same texts)
    r = read("ct_s62_sp7_two_forms.txt")
    got = [(p["name"], p["department"], p["unit"], p["budget_year"] or p["budget_total"])
           for p in r.tables["projects"]]
    assert got == [("村级道路建设项目", "县交通运输局", "县公路事务中心", 360 * W),
                   ("农村公路养护项目", "县交通运输局", "县公路事务中心", 120 * W)]
    assert len(r.tables["indicators"]) == 8


def test_pairs_in_a_row_of_the_indicator_table(read):
    # (a row of pairs inside the table, its shape that of an indicator row: the form's contact and phone, no indicator)
    r = read("ct_s62_sp7_pairs_inside.txt")
    p = only_project(r)
    assert (p["contact"], p["phone"]) == ("王芳", "0739-5551234")
    assert [i[2] for i in indicator_targets(r)] == ["新建村级道路里程", "工程验收合格率", "群众出行便利度", "沿线群众满意度"]


def _row(*texts: str, grid_row: bool = True) -> Row:
    from extract.grid import Grid
    cells = [Cell(0, k, t) for k, t in enumerate(texts)]
    return Row(cells, Grid(list(cells), 1, len(cells), "txt_cells") if grid_row else None, 0, 0.0)


def test_row_fields_by_text_same_as_a_row_read_alone():
    # (the pairs of a row read by its texts: a label and its value, a label and a label, an inline pair, an indicator
    # named like a field with its target; a header row of the same kind of words none)
    rows = [_row("项目名称", "村级道路建设项目", "主管部门", "县交通运输局"),
            _row("项目名称", "主管部门"),
            _row("项目负责人：李强"),
            _row("项目总投资", "≤1.2亿元"),
            _row("项目二：农村公路养护项目", grid_row=False)]
    got = [_row_fields_of(r) for r in rows]
    assert got == [[("name", "村级道路建设项目"), ("department", "县交通运输局")],
                   [("name", None), ("department", None)],
                   [("leader", "李强")],
                   [],
                   [("name", "农村公路养护项目")]]
    head = _row("一级指标", "二级指标", "三级指标", "指标值")
    assert _row_fields_of(head) == []
