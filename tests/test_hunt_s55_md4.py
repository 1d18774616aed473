"""Mend md4 (session 55): findings of the last session's code read. Fixtures ct_s55_md4_* (text dumps, from
tests/fixtures/review/make_s55_md4.py); the readings were written down by hand before jixiao was run.

Decided:
- parsers/forms `_doc_number`: only a DAY (`_DAY_LINE`) is stepped over between a paper's number and the title under
  it (review rv31's case). A second paper's number there was stepped over too (`_BETWEEN_HEAD`), the two numbers
  joined as one 发文字号; a paper has one number (GB/T 9704: a joint paper the lead issuer's), the one right over the
  title: it is the 发文字号 alone.
- the rule "an empty circle right after a numeral is a zero" is one pattern, normalize.text.ZERO_CIRCLE, used by
  extract/txt `_ZERO_CIRCLE` and parsers/core `_RADIO_EMPTY` (as `(?!ZERO_CIRCLE)[○◯]`); it was written twice.
- extract/pdf `_tiled` compares each box only with the boxes whose top (for its row mates) or left side (for its column
  mates) is within a point, found by bisection: the same set as every box against every other.
- one test of "a money unit alone in brackets", parsers/forms `_bare_unit` (folded and stripped): forms had
  `_UNIT_ONLY` too (full-width brackets as written, no 百万元, no Traditional 萬元) and the amounts' row label tested
  `_BARE_UNIT` on unstripped text. `_unit_alone` stays wider on purpose (a head of its own, `万元`, `单位：万元`, `（万）`)
  and parsers/tables `_UNIT_ONLY` is an indicator's unit (`万亩`, `%`), another thing.
- `declared_unit(x) or declared_unit("金额" + x)` for the amounts' row label: the right side never decides (the row's
  label is a bare money word, its unit in brackets after it, or a unit alone in brackets: both read by the left), so
  it is gone.
Kept: a number, a day, the title (rv31); `_spaced_labels` simplified, output the same (snapshot identical).
"""
from __future__ import annotations

import itertools
import random

from tests.hunt_tools import only_project, other_fields


def _issued(read, name):
    of = other_fields(only_project(read(f"ct_s55_md4_{name}.txt")))
    return of.get("发文机关"), of.get("发文字号")


# --- 1. a day only between a paper's number and the title

def test_a_second_number_between_a_number_and_the_title_is_not_stepped_over(read):
    """Main: `洞财发〔2024〕5号；洞教发〔2024〕12号`, the line above stepped over as if a day."""
    assert _issued(read, "two_numbers")[1] == "洞教发〔2024〕12号"


def test_a_day_between_the_number_and_the_title_is_stepped_over(read):
    """Right on main (guard, review rv31's case with a day in Chinese numerals)."""
    assert _issued(read, "number_day") == ("洞口县教育局", "洞教发〔2024〕12号")
    assert only_project(read("ct_s55_md4_number_day.txt"))["department"] == "洞口县教育局"


def test_doc_number_asks_the_day_line():
    """Main: `_BETWEEN_HEAD` (a number or a day) asked of the line between the number and the title."""
    import inspect

    from parsers.forms import FormReader
    src = inspect.getsource(FormReader._doc_number)
    assert "_DAY_LINE.match" in src and "_BETWEEN_HEAD" not in src


# --- 2. one zero-circle pattern

def test_the_zero_circle_is_one_pattern():
    """Main: no normalize.text.ZERO_CIRCLE (extract/txt mirrored parsers/core's lookbehind by hand)."""
    from extract import txt
    from normalize import text
    from parsers import core
    assert txt._ZERO_CIRCLE.pattern == text.ZERO_CIRCLE
    assert text.ZERO_CIRCLE in core._RADIO_EMPTY.pattern


def test_the_zero_circle_reads_as_before():
    """The circles after a numeral are zeros, the others boxes (both modules, as on main)."""
    from extract.txt import _ZERO_CIRCLE, _ends_in_choices
    from parsers.core import _RADIO_EMPTY, radio_boxes
    assert radio_boxes("○通过 ●不通过") == "□通过 ☑不通过"
    assert radio_boxes("●二○二三年三月") == "●二○二三年三月"
    assert _ZERO_CIRCLE.sub("0", "二○二○年") == "二0二0年" and _ZERO_CIRCLE.sub("0", "○通过") == "○通过"
    assert not _ends_in_choices(["填报日期", "二○二○年十二月三十一日"])
    rng = random.Random(4)
    for _ in range(3000):
        s = "".join(rng.choice("○◯一二〇零百1 a通过●") for _ in range(rng.randint(0, 8)))
        zeros = {m.start() for m in _ZERO_CIRCLE.finditer(s)}
        boxes = {m.start() for m in _RADIO_EMPTY.finditer(s)}
        assert zeros.isdisjoint(boxes) and zeros | boxes == {i for i, ch in enumerate(s) if ch in "○◯"}, s


# --- 3. _tiled by bisection

def _tiled_reference(boxes: set) -> set:
    """Every box against every other (main's `_tiled`)."""
    def near(a, b):
        return abs(a - b) <= 1.0

    def apart(a, b):
        return -1.0 <= b - a <= 4.0
    return {b for b in boxes
            if any(near(o[1], b[1]) and near(o[3], b[3]) and (apart(b[2], o[0]) or apart(o[2], b[0]))
                   for o in boxes if o != b)
            and any(near(o[0], b[0]) and near(o[2], b[2]) and (apart(b[3], o[1]) or apart(o[3], b[1]))
                    for o in boxes if o != b)}


def test_tiled_is_the_brute_force_reading():
    from extract.pdf import _tiled
    rng = random.Random(55)
    for n in (0, 1, 2, 5, 40, 300):
        boxes = set()
        while len(boxes) < n:
            r, c = rng.randrange(max(1, n // 8)), rng.randrange(12)
            x0 = c * 30 + rng.choice([0, 0.5, 1.0, 1.0001, 1.5, 3, rng.random() * 4])
            top = r * 14 + rng.choice([0, 0.5, 1.0, 0.9999, 2, rng.random() * 3])
            boxes.add((x0, top, x0 + 28 + rng.choice([0, 0.5, 1.0, 2, 5]), top + 12 + rng.choice([0, 0.5, 1.0, 1.5])))
        assert _tiled(boxes) == _tiled_reference(boxes), n
    grid = {(c * 30.0, r * 14.0, c * 30.0 + 28, r * 14.0 + 12) for r in range(3) for c in range(3)}
    assert _tiled(grid) == grid and _tiled({(0.0, 0.0, 28.0, 12.0), (30.0, 0.0, 58.0, 12.0)}) == set()


# --- 4. one test of a money unit alone in brackets

def test_a_bare_unit_is_one_test():
    """Main: forms had `_UNIT_ONLY` besides `_BARE_UNIT`, no `_bare_unit`."""
    from parsers import forms
    assert not hasattr(forms, "_UNIT_ONLY")
    for t in ("（万元）", "(元)", " (元) ", "（ 千元 ）", "（百万元）", "（萬元）", "﹙万元﹚", "(亿元)\u3000"):
        assert forms._bare_unit(t), t
    for t in ("万元", "单位：万元", "（万）", "（万亩）", "金额（万元）", "(万元", "（万元）（元）", ""):
        assert not forms._bare_unit(t), t


def test_the_cases_where_the_three_disagreed():
    """`（百万元）` and `（萬元）` were no unit to the matrix's `_UNIT_ONLY`, `（万元） ` (a blank after it) none to the
    amounts' row label's `_BARE_UNIT.match(fold(…))`; `_unit_alone` is wider on purpose (a head of its own)."""
    import re

    from parsers import forms
    from parsers.core import fold
    main_matrix = re.compile(r"^\s*[(（]\s*(?:万元|元|千元|亿元)\s*[)）]\s*$")
    for t in ("（百万元）", "（萬元）"):
        assert not main_matrix.match(t) and forms._bare_unit(t) and forms.declared_unit(t)
    assert not forms._BARE_UNIT.match(fold("（万元） ")) and forms._bare_unit("（万元） ")
    assert [forms._unit_alone(t) for t in ("万元", "单位：万元", "（万）", "（万元）")] == ["万元"] * 4
    assert forms._unit_alone("（万亩）") is None and forms._unit_alone("项目资金（万元）") is None


# --- 5. the amounts' row label's unit: `declared_unit("金额" + …)` never decided

def test_the_money_word_fallback_never_decides():
    """Every label that reaches the branch (a money word of _AMOUNT_ROW_LABELS with what label_key drops around it,
    or a unit alone in brackets) has its unit read by declared_unit itself, or none either way."""
    from parsers.core import fold, label_key
    from parsers.forms import _AMOUNT_ROW_LABELS, _BARE_UNIT, declared_unit
    labels = ["金额", "资金", "资金数额", "预算数", "预算金额", "资金额", "数额", "年度预算", "本年预算", "预算安排", "",
              "1.金额", "（一）资金", "*金额", "金 额", "金額", "2024年金额"]
    units = ["", "万元", "元", "千元", "亿元", "百万元", "万", "亿", "萬元"]
    wraps = ["{}", "({})", "（{}）", "({}", "〔{}〕", "[{}]", " {}", "：{}", "/{}", "单位：{}", "(单位:{})", "{})",
             "（{}）：", "（{} ）", "({}) ", "({})(必填)"]
    reached = 0
    for lab, u, w in itertools.product(labels, units, wraps):
        for t in (lab + w.format(u), w.format(u) + lab):
            if t.strip() and (label_key(t) in _AMOUNT_ROW_LABELS or _BARE_UNIT.match(fold(t).strip())):
                reached += 1
                assert declared_unit(t) or not declared_unit("金额" + t.strip()), t
    assert reached > 100
