"""Review rv98 of hunt sn4 (extract/scan.py: a seal's arc read as a run of letters, a unit's `%` read as two figures or
after its cell's ruling). The rules alone, on cells and OCR lines written by hand (the grids of the sn4 scans: a
目标表 whose 指标值 | 计量单位 are two columns, a 自评表 whose 总分 row sits under the indicators in the same grid):

- `mend_unit_percent` took `%` for a pair read under a unit's head anywhere above in its column: a later section's
  head (得分 over a 总分 row's `90`) now decides for the cells under it (the nearest head above, `_column_role`);
  and only when the row's 指标值 cell holds a figure (a `90` drifted into the unit's cell beside an empty 指标值 is
  the value, not a `%`).
- `_seal_arc` dropped any tall line of ideographs centred in a seal's upper half: a value whose box the seal's ink
  made taller, reaching past the ring's sides, is no letter of the seal (they lie inside its ring) and stays.
- `mend_leading_rule` took `[%` for `%` but not the full-width `[％` (nor `[95％`), which a recognizer also gives.

The expectations were written by hand from the cells before the code ran.
"""
from __future__ import annotations

from extract.grid import Cell
from extract.ocr import OcrLine
from extract.scan import _seal_arc, mend_leading_rule, mend_unit_percent

RING = [(911.0, 189.0, 93.0)]    # the sn4 gray scan's seal: centre (911, 189), radius 93 px; its lines 40 px high


def _target_table(unit: Cell, value: str = "≥90") -> list[Cell]:
    """A 目标表's head and one satisfaction row: 三级指标 | 指标值 | 计量单位."""
    return [Cell(0, 0, "三级指标"), Cell(0, 1, "指标值"), Cell(0, 2, "计量单位"),
            Cell(unit.row, 0, "乘客满意度"), Cell(unit.row, 1, value), unit]


def test_unit_percent_not_under_a_later_head():
    """A 自评表's grid: the indicators' 计量单位 column holds, further down, the 得分 of the 总分 row (its own head row
    above it): `90` read at 0.8 there is a score, not a `%`."""
    score = Cell(4, 2, "90", conf=0.8)
    cells = _target_table(Cell(1, 2, "%", conf=0.95)) + [
        Cell(2, 0, "满意度"), Cell(2, 1, "≥95%"), Cell(2, 2, "%"),
        Cell(3, 0, "项目"), Cell(3, 1, "分值"), Cell(3, 2, "得分"),
        Cell(4, 0, "总分"), Cell(4, 1, "100"), score]
    assert mend_unit_percent(score, cells) == "90"


def test_unit_percent_not_a_value_drifted_into_the_unit_cell():
    """A photo whose `90` lies over the ruling between 指标值 and 计量单位, put in the unit's cell: the 指标值 cell empty
    (or holding the sign alone) — the pair is the value, kept as read for the parser, not made `%`."""
    unit = Cell(1, 2, "90", conf=0.7)
    assert mend_unit_percent(unit, _target_table(unit, "")) == "90"
    unit = Cell(1, 2, "90", conf=0.7)
    assert mend_unit_percent(unit, _target_table(unit, "≥")) == "90"
    # kept: the sn4 case (`90` | `06`), and a spaced head, give `%`
    unit = Cell(1, 2, "06", conf=0.66)
    assert mend_unit_percent(unit, _target_table(unit, "90")) == "%"
    unit = Cell(1, 2, "0/0", conf=0.7)
    cells = _target_table(unit)
    cells[2] = Cell(0, 2, "计 量 单 位")
    assert mend_unit_percent(unit, cells) == "%"


def test_seal_arc_not_a_value_reaching_past_the_ring():
    """A project name written across the seal whose box the arc's ink made taller (80 px, two lines high, its top in
    the rim's band, centred in the ring's upper half) runs past the ring's sides (750..1070 against 818..1004): a value,
    kept."""
    assert _seal_arc(OcrLine("文化服务提升工程", (750, 95, 1070, 175), 0.93), RING, 40.0) is False
    # kept: the sn4 arc `区文化` (tall, in the rim's band, inside the ring) is the seal's
    assert _seal_arc(OcrLine("区文化", (860, 85, 995, 171), 0.98), RING, 40.0) is True


def test_leading_rule_full_width_percent():
    """`[％` (the full-width sign) and `[95％` with the cell's left ruling read as a bracket, as `[%` and `[95%`."""
    assert mend_leading_rule("[％") == ("％", True)
    assert mend_leading_rule("[95％") == ("95％", True)
    assert mend_leading_rule("[%]") == ("[%]", False)
    assert mend_leading_rule("[备注") == ("[备注", False)
