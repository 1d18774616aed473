"""Review rv169 (session 69) of hunt pd15's two rules of extract/pdf.py (`watermark_glyphs`, `_keep_overflow_up`),
on digital PDFs (tests/fixtures/review/ct_s69_rv169_*, reportlab, by tests/fixtures/review/make_s69_rv169.py). Each
reading was written down by hand before the run: the form's year, the goal, the water form's 8 indicators, no
warning.

Decided: a large title set in a ruled row too low for it (a sheet's 18-point first row holding
`2024年度项目支出绩效目标表` in 28 points, printed unclipped: the row's rules run through its glyphs) is the row's
own text, not a watermark: a line of large crossed glyphs none of which holds the centre of a glyph of the usual
size is kept (`watermark_glyphs`); on BASE the title was dropped and the form's year lost without a warning
(`year` None).
Decided too: a tall cell whose first line is set from its top rule (half a point under it, as Word's cells of no
top margin print) with a blank paragraph under it, below a row whose text is centred in it, keeps its first line
(`农村供水工程长效运行机制（县级统筹管护）` | `健全`): `_keep_overflow_up` now leaves a cell above whose text is as far
from its top rule as from its bottom one (within 1.2 points: centred, whole); on BASE the line went up
(`群众饮水安全意识农村供水工程长效运行机制`, the lower indicator named `（县级统筹管护）`). pd11's and pd15's overflows
(their cell above set from the top: 3.3 points from its top rule, 0.7 from its bottom one) still go up.
Kept: a 26-point title underlined by a rule under its baseline; a red `审核通过` stamp in 30 points set level
over the table's foot (its glyphs over no rule through their middle); pd15's flat `征求意见稿` watermark still
dropped (tests/test_hunt_s69_pd15.py).
Left: a true overflow under a cell whose own text happens to sit as far from both its rules (within 1.2 points)
stays in the lower cell, as before pd15; not probed on LibreOffice / WPS / Word prints of real sheets (time).
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes
from tests.test_hunt_s69_pd15 import _texts
from tests.test_hunt_s67_pd13 import WATER, WATER_GOAL


def _water(r, year):
    p = only_project(r)
    assert p["year"] == year and p["goal_annual"] == WATER_GOAL
    assert indicator_targets(r) == WATER
    assert warning_codes(r) == []


def test_title_in_too_low_ruled_row_kept(read):
    """The 28-point title crossed by its row's rules: the year 2024 read from it, the title kept whole (as the
    underlined one's)."""
    r = read("ct_s69_rv169_title_framed.pdf")
    _water(r, 2024)
    assert "2024年度项目支出绩效目标表" in _texts(r)


def test_underlined_large_title_kept(read):
    r = read("ct_s69_rv169_title_underlined.pdf")
    _water(r, 2024)
    assert "2024年度项目支出绩效目标表" in _texts(r)


def test_red_stamp_over_table_foot(read):
    """The stamp's glyphs join no indicator's cell."""
    r = read("ct_s69_rv169_stamp.pdf")
    _water(r, 2024)
    assert not any("审核" in t or "通过" in t for t in _texts(r))


def test_tall_cell_first_line_set_high_is_its_own(read):
    """Under a centred one-line row, the tall cell's first line (set from its top rule, a blank paragraph under
    it) stays in its cell: 10 indicators, the last two as drawn."""
    r = read("ct_s69_rv169_tall_cell.pdf")
    p = only_project(r)
    assert p["year"] == 2024 and p["goal_annual"] == WATER_GOAL
    assert indicator_targets(r)[:8] == WATER
    tail = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"][8:]]
    assert tail == [("效益指标", "社会效益指标", "群众饮水安全意识", "明显提高"),
                    ("效益指标", "社会效益指标", "农村供水工程长效运行机制（县级统筹管护）", "健全")]
    assert warning_codes(r) == ["vague_target", "vague_target"]
