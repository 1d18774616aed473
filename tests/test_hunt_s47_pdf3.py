"""Hunt pdf3 (session 47): letter-spaced digital PDFs drawn by reportlab (tests/fixtures/make_s47_pdf3.py) — a
项目支出绩效目标表 whose level 2 `服务对象满意度指标`, spaced 4 or 5 points, runs to its column's line or past it, a few
points before the level-3 cell's `受益群众满意度`, with no rule, each cell's rules or one rule across each row. Each
expectation below was written by hand from the form before jixiao was run: the form's 8 indicators (hunt pq2's WATER)
under their levels, its name, department, unit, money and goal, no warning."""
from tests.test_hunt_s46_pdf2 import _read_right


def test_5pt_level2_past_its_column_no_rules(read):
    # 5 points apart, no rule: `服务对象满意度指标` (133-254) a point past its column's line, 2 points before
    # `受益群众满意度`. main: level2 None, level3 `服务对象满意度指标受益群众满意度` (7 of 8 indicators right)
    _read_right(read("ct_s47_pdf3_spaced_5pt_past_column_no_rules.pdf"))


def test_5pt_level2_past_its_column_cell_rules(read):
    # the same with each cell's top and bottom rule (the columns where the rules end; `标` across the line at 253).
    # main: level2 None, level3 `服 务 对 象 满 意 度 指 标受 益 群 众 满 意 度`
    _read_right(read("ct_s47_pdf3_spaced_5pt_past_column_cell_rules.pdf"))


def test_5pt_level2_past_its_column_whole_rules(read):
    # the same with one rule across each row. main: level2 None, level3 `服 务 对 象 满 意 度 指 标受 益 群 众 满 意 度`
    _read_right(read("ct_s47_pdf3_spaced_5pt_past_column_whole_rules.pdf"))


def test_5pt_level2_filling_its_column_no_rules(read):
    # 5 points apart, no rule, the text filling its column: 7 points before the level 3. main: level2 None, level3
    # `服务对象满意度指标受益群众满意度`
    _read_right(read("ct_s47_pdf3_spaced_5pt_full_cell_no_rules.pdf"))


def test_4pt_level2_to_its_column_line_no_rules(read):
    # 4 points apart, no rule, the text drawn to its column's line, 3 points before the level 3. main: level2 None,
    # level3 `服务对象满意度指标受益群众满意度`
    _read_right(read("ct_s47_pdf3_spaced_4pt_to_column_line_no_rules.pdf"))


def _glyphs(spec: list[tuple[str, float]], top: float = 100.0, size: float = 9.0) -> list[dict]:
    """Glyphs set left to right: each (text, the blank before it)."""
    out, x = [], 0.0
    for text, blank in spec:
        x += blank
        out.append({"text": text, "x0": x, "x1": x + size, "top": top, "bottom": top + size, "height": size,
                    "upright": True})
        x += size
    return out


def test_one_rule_for_letter_spacing():
    # one rule answers "are these glyphs one word spaced out?" for the three tests that had their own thresholds
    # (main: `_spaced_across` 0.5 point, `_evenly_set` a point, `_letter_gap` a tenth of the glyphs' height; main has
    # no `_spaced_flags` / `_spacing_breaks`)
    from extract.pdf import _letter_gap, _spaced_across, _spaced_flags, _spacing_breaks
    line = _glyphs([("服", 0), ("务", 5), ("对", 5), ("象", 5), ("受", 2), ("益", 5), ("群", 5)])
    assert _spaced_flags(line) == [True, True, True, False, True, True]
    assert _spacing_breaks(line) == [3]              # `象` | `受`: 2 points in a line set 5 apart
    assert _letter_gap(line) == 0.0                  # not one word
    assert _spaced_across(line, 63.0) and not _spaced_across(line, 52.0)
    assert _letter_gap(_glyphs([("农", 0), ("村", 4), ("供", 4), ("水", 4.5)])) == 4.5
