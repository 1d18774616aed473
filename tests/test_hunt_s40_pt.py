"""Speed PT (issue #2): the text reader's cheap first tests give the answers of the work they skip.

`_one_cell` (one field with text in a line, told from the line stripped) and `_line_table_width` (a line's table width
from its tabs counted, split only when needed) stand for a split line's fields; `build_grids`' bar search runs over the
lines joined. Each is checked against the split it replaces, on lines with the real mess of dumps: full-width and
no-break spaces, a carriage return left at the end, blank fields of tabs and spaces, trailing empty cells."""
import itertools

from extract.txt import _line_table_width, _one_cell, _table_width, build_grids, strip_inline_pinyin

_PIECES = ["", " ", "\u3000", "\xa0", "产出指标", " ≥95% ", "\r", "（万元）", "1,536.80", " \u3000 "]


def _lines():
    """Lines of 1 to 4 fields made of the pieces above (every combination), each also with a CR at its end."""
    for n in range(1, 5):
        for fields in itertools.product(_PIECES, repeat=n):
            line = "\t".join(fields)
            yield line
            yield line + "\r"


def _filled(line: str) -> int:
    return len([f for f in line.split("\t") if f.strip()])


def test_one_cell_is_one_field_with_text():
    checked = 0
    for line in _lines():
        assert _one_cell(line) == (_filled(line) == 1), repr(line)
        checked += 1
    assert checked > 20000


def test_one_cell_edges():
    assert _one_cell("\t\t（2023年12月\t")                 # one cell at a row's full width
    assert _one_cell("底前）")                              # a line without a tab
    assert not _one_cell("\t\t\u3000\t ")                  # blank fields only (full-width space)
    assert not _one_cell("")
    assert not _one_cell("效益指标\t\u3000\t满意度")        # two cells, a blank one between
    assert _one_cell("\u3000满意度 \u3000\t\xa0\r")        # spaces of all kinds around one cell


def test_line_table_width_is_the_split_lines():
    tables_cases = [[], [3], [9, 8], [7, 5, 3], [4]]
    for tables in tables_cases:
        for line in _lines():
            assert _line_table_width(line, tables) == _table_width(line.split("\t"), tables), (line, tables)
    # trailing empty cells after the table's width count for none (`…|实际完成情况||||` of 10 over a head of 9)
    assert _line_table_width("年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t", [9]) == 9
    assert _line_table_width("a\tb\tc\td\t\t", [4]) == 4
    assert _line_table_width("a\tb\tc\td\te\t", [4]) == 0          # a field with text after the 4th
    assert _line_table_width("a\tb", [4, 3]) == 0                  # narrower than any table


def test_bars_found_in_joined_lines():
    # a bar on one line of a cell-bar dump is found as it was line by line (the rows read from the bars)
    lines = ["项目名称 |", "某县农村道路养护项目 |", "主管部门 |", "某县交通运输局 |", "||", "资金总额 |",
             "120 |", "||", "一级指标 |", "产出指标 |", "||", "二级指标 |", "数量指标 |", "||"]
    got = build_grids(lines)
    assert [c.text for g in got[0] for c in g.cells][:2] == ["项目名称", "某县农村道路养护项目"]


def test_pinyin_needs_a_bracket():
    text = "一級(jí)指標(biāo)\t二級(jí)指標(biāo)"
    assert strip_inline_pinyin(text) == "一級指標\t二級指標"
    # full-width brackets are no mirror site's pinyin: the text is left as it is (no ASCII bracket in it)
    same = "一級（jí）指標（biāo）\t二級（jí）指標（biāo）"
    assert strip_inline_pinyin(same) is same
