"""Speed PG (issue #2): the parse's cheap first tests give the answers of the work they skip.

`_detect_header` leaves a row of no table's head word after one pass over its cells (it built every row's list of
(cell, matches) pairs first); `detect_header` reads a row's memo without comparing a Header to 0 (a dataclass __eq__
call on every ask of a header row); a form's unit is asked of a row in plain loops (`_row_unit`, `_row_footnote_unit`,
the generators they replace written out below), the unit cell's half of `_unit_pair` memoised per text
(`_unit_word`). Each is checked against what it replaces, on cells with the real mess of forms: full-width colons and
brackets, OCR'd cells (a confidence, a look-alike character), cells of 20 and 40 characters at the edges."""
import itertools

import parsers.core as core
from extract.grid import Cell, Grid
from parsers.core import Row, _detect_header, _header_cell_matches, _header_gate, detect_header
from parsers.forms import (_footnote_unit, _row_footnote_unit, _row_unit, _UNIT_LABEL, _UNIT_WORDS, _unit_cell,
                           _unit_pair, declared_unit)
from parsers.core import fold

_GRID = Grid(cells=[], n_rows=1, n_cols=6, origin="txt")

# head words of every table kind, a level name, values, a sentence spilling into a head cell, cells at 20 / 21 / 40 /
# 41 characters, OCR readings (自标值 for 目标值)
_TEXTS = ["一级指标", "二级指标", "三级指标", "指标值", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析",
          "产出指标", "≥95%", "100", "年初预算数", "全年预算数", "全年执行数", "资金来源", "金额（万元）", "考核内容",
          "评分标准", "保障措施", "项目名称", "…维护及日常办公等。三级指标", "自标值", "待分", "指" * 20, "标" * 21,
          "目标值" + "x" * 37, "目标值" + "x" * 38, ""]


def _old_gate(row: Row) -> bool:
    """The tests main made before the row's roles: a cell of 20 characters at most, and some cell of 40 at most naming
    a table's head (the list of pairs built for every row)."""
    if row.is_text_line or len(row.cells) < 2 or not any(len(c.text) <= 20 for c in row.cells):
        return False
    named = [(c, _header_cell_matches(c)) for c in row.cells if len(c.text) <= 40]
    return any(m for _, m in named)


def _rows():
    for n in (1, 2, 3):
        for texts in itertools.product(_TEXTS, repeat=n):
            for conf in (None, 0.8):
                yield Row([Cell(0, k, t, conf=conf) for k, t in enumerate(texts)], _GRID, 0, 0.0)


def test_detect_header_rejects_exactly_the_rows_the_old_gate_rejected():
    # both ways (review finding 14: the old-accepts side only counted headers, so a gate that rejected more rows
    # passed): the gate, factored out of _detect_header, says what the old one said of every row; a row it rejects
    # has no header
    checked = headers = 0
    for row in _rows():
        old = _old_gate(row)
        assert _header_gate(row) is old, [c.text for c in row.cells]
        got = _detect_header(row)
        if not old:
            assert got is None, [c.text for c in row.cells]
        else:
            headers += got is not None
        checked += 1
    assert checked > 40000 and headers > 1000


def test_detect_header_edges():
    # (a header of one short head word and one of 40 characters: the short cell lets the row be asked)
    assert _detect_header(Row([Cell(0, 0, "一级指标"), Cell(0, 1, "二级指标"), Cell(0, 2, "三级指标"),
                               Cell(0, 3, "指标值")], _GRID, 0, 0.0)).kind == "indicator"
    # no cell of 20 characters at most: no header, whatever the cells name
    long = "目标值（以下各项均按照本年度实际完成情况填列）"
    assert 20 < len(long) <= 40
    assert _detect_header(Row([Cell(0, 0, long), Cell(0, 1, long)], _GRID, 0, 0.0)) is None
    # an OCR'd head word (自标值 for 目标值, a confidence on the cell) is still looked up with its look-alike put back
    ocr = Row([Cell(0, 0, "一级指标", conf=0.7), Cell(0, 1, "二级指标", conf=0.7), Cell(0, 2, "三级指标", conf=0.7),
               Cell(0, 3, "自标值", conf=0.7)], _GRID, 0, 0.0)
    assert _detect_header(ocr) is not None and "target" in _detect_header(ocr).cols
    # a text line is no header
    assert _detect_header(Row([Cell(0, 0, "一级指标"), Cell(0, 1, "二级指标")], None, 0, 0.0)) is None


def test_detect_header_memo(monkeypatch):
    calls = []
    real = core._detect_header
    monkeypatch.setattr(core, "_detect_header", lambda row: calls.append(row) or real(row))
    head = Row([Cell(0, 0, "一级指标"), Cell(0, 1, "二级指标"), Cell(0, 2, "三级指标"), Cell(0, 3, "指标值")],
               _GRID, 0, 0.0)
    plain = Row([Cell(0, 0, "产出指标"), Cell(0, 1, "≥95%")], _GRID, 0, 0.0)
    h = detect_header(head)
    assert h is not None and detect_header(head) is h and detect_header(head) is h
    assert detect_header(plain) is None and detect_header(plain) is None
    assert len(calls) == 2                   # once a row, a header row's memo (a Header) and a None one read as kept


def _old_row_unit(row: Row):
    """The generators main asked of a row for the form's unit."""
    return next((u for c in row.cells if len(c.text) < 80
                 for u in [declared_unit(c.text) if row.is_text_line else _unit_cell(c.text)] if u), None) or next(
        filter(None, (_old_unit_pair(a, b) for a, b in zip(row.cells, row.cells[1:]))), None)


def _old_unit_pair(label: Cell, value: Cell):
    unit = fold(value.text).strip()
    return unit if unit in _UNIT_WORDS and _UNIT_LABEL.match(fold(label.text)) else None


def _old_footnote_unit(row: Row):
    return next((u for c in row.cells if len(c.text) < 80 for u in [_footnote_unit(c.text)] if u), None)


_UNIT_TEXTS = ["金额单位：万元", "单位:元", "金额单位：", "金额单位:", "单位", "万元", " 万元 ", "元", "亿元", "万 元",
               "（单位：万元）", "注：表中金额单位为万元。", "说明：本表金额单位为元", "填报单位：某县水利局", "项目名称",
               "2024年", "金额单位：万元" + "。" * 80, "100", ""]


def test_row_unit_is_the_generators():
    checked = found = 0
    for n in (1, 2, 3):
        for texts in itertools.product(_UNIT_TEXTS, repeat=n):
            cells = [Cell(0, k, t) for k, t in enumerate(texts)]
            for grid in (_GRID, None):
                row = Row(cells, grid, 0, 0.0)
                got = _row_unit(row)
                assert got == _old_row_unit(row), (texts, grid)
                assert _row_footnote_unit(row) == _old_footnote_unit(row), texts
                found += got is not None
                checked += 1
    assert checked > 10000 and found > 1000


def test_unit_pair_is_the_old_one():
    for a, b in itertools.product(_UNIT_TEXTS, repeat=2):
        assert _unit_pair(Cell(0, 0, a), Cell(0, 1, b)) == _old_unit_pair(Cell(0, 0, a), Cell(0, 1, b)), (a, b)
    assert _unit_pair(Cell(0, 0, "金额单位："), Cell(0, 1, " 万元 ")) == "万元"
    assert _unit_pair(Cell(0, 0, "项目名称"), Cell(0, 1, "万元")) is None
