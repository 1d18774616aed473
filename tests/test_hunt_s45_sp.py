"""Speed pass sp (session of 2026-12-04, sixth): the text memo's one-argument wrapper and the plain-loop helpers that
replaced per-row any()/all() generators keep every reading. No timing is asserted: each test states what the
memoized function or the helper must give, and that a memo keys on every input it reads."""
from __future__ import annotations

from extract.grid import Cell
from normalize._cache import text_cache
from normalize.targets import split_target
from normalize.text import clean_text
from parsers.forms import _slot_cell, _slot_rows
from parsers.core import Row
from parsers.tables import (IndicatorRow, _any_under, _dropped, _in_upper_level, _last_with_body, _sign_kind,
                            _signoff_cells, _under_col)


def test_text_cache_one_argument_memo_keys_on_the_text():
    calls = []

    @text_cache()
    def shout(text):
        calls.append(text)
        return None if text is None else str(text).upper()

    assert shout("ab") == "AB" and shout("ab") == "AB"
    assert calls == ["ab"]                       # the same text: computed once
    assert shout("ac") == "AC"                   # a text differing in one character: its own entry
    assert shout(None) is None and shout(None) is None
    assert calls == ["ab", "ac", None]
    assert shout(5) == "5" and shout(5) == "5"   # an int is cached as before
    assert calls == ["ab", "ac", None, 5]
    assert shout(5.0) == "5.0" and shout(5.0) == "5.0"   # a float passes through, uncached (as before)
    assert calls[-2:] == [5.0, 5.0]
    assert shout(["x"]) == "['X']"               # an unhashable argument passes through, no TypeError
    assert shout.cache_info().hits == 3


def test_text_cache_keeps_the_general_wrapper_for_several_arguments():
    @text_cache()
    def join(a, b=None):
        return f"{a}|{b}"

    assert join("a") == "a|None" and join("a", "b") == "a|b" and join("a", b="c") == "a|c"


def test_memoized_text_functions_read_as_before():
    # one-argument text functions now behind the one-argument wrapper: equal texts, equal readings; texts that
    # differ, their own
    assert split_target("≥95%") == split_target("≥95%")
    assert split_target("≥95%").value == 95 and split_target("≥96%").value == 96
    assert split_target(None) == split_target(None)
    assert clean_text("  健全 ") == "健全" and clean_text(None) is None


def _cells(*texts, cols=None):
    return [Cell(0, cols[k] if cols else k, t) for k, t in enumerate(texts)]


def test_signoff_cells_as_all_and_any():
    for texts in [("XX区民政局（盖章）",), ("填表人：李四",), ("填表人：李四", "填报日期：2021年3月15日"),
                  ("产出指标", "填报日期：2021年3月15日"), ()]:
        cells = _cells(*texts)
        want = all(_sign_kind(c.text) for c in cells) and any(_sign_kind(c.text) == 2 for c in cells)
        assert _signoff_cells(cells) == want


def test_any_under_as_under_col():
    cells = _cells("a", "b", "c", cols=[1, 4, 6])
    for span in [None, (0, 0), (2, 3), (4, 5), (6, 9), 4, 5]:
        assert _any_under(span, cells) == any(_under_col(span, c.col) for c in cells)


def test_last_with_body_and_upper_level():
    row = Row([], None, 0)
    c = Cell(0, 0, "x")
    a = IndicatorRow({"level1": c}, row)
    b = IndicatorRow({"level1": c, "level2": c, "level3": c}, row)
    d = IndicatorRow({"level2": c}, row)
    for entries in [[], [a], [a, b], [b, a, d], [b, IndicatorRow({"target": c}, row), d]]:
        want = next((e for e in reversed(entries) if set(e.roles) - {"level1", "level2"}), None)
        assert _last_with_body(entries) is want
    level_at = {0: "level1", 1: "level2", 2: "level3"}
    for cols in [[2], [2, 3], [1, 2], [0], [3, 4], []]:
        cells = [Cell(0, k, "x") for k in cols]
        want = any(x.col in level_at and level_at[x.col] != "level3" for x in cells)
        assert _in_upper_level(cells, level_at) == want


def test_dropped_and_slot_rows():
    c = Cell(0, 3, "删除")
    assert _dropped({"col:调整类型": c}) and not _dropped({"note": c}) and not _dropped({})
    grid_rows = [Row(_cells("指标1：", "——"), object(), 0), Row(_cells("——", ""), object(), 1),
                 Row(_cells("产出指标", "≥95%"), object(), 2), Row(_cells("数量指标"), None, 3)]
    want = sum(1 for r in grid_rows if not r.is_text_line and r.cells and all(_slot_cell(x.text) for x in r.cells)
               and any(_slot_cell(x.text) == 2 for x in r.cells))
    assert _slot_rows(grid_rows) == want == 1


def test_layout_signature_memo_keys_on_titles_and_labels():
    from parsers.core import label_key
    from parsers.layouts.base import _signature
    a = _signature(("绩效自评表",), ("项目名称", "主管部门"))
    assert a == _signature(("绩效自评表",), ("项目名称", "主管部门"))
    assert a[1] == (label_key("项目名称"), label_key("主管部门"))
    assert a[0][0].search("2024年度绩效自评表") and not a[0][0].search("绩效目标表")
    b = _signature(("绩效目标表",), ("项目名称", "主管部门"))       # the titles differ: patterns of their own
    assert b[0][0].search("绩效目标表") and not b[0][0].search("绩效自评表")
    c = _signature(("绩效自评表",), ("项目名称（盖章）",))          # the labels differ: keys of their own
    assert c[1] == (label_key("项目名称（盖章）"),) and c[1] != a[1]
