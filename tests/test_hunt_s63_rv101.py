"""Review rv101 (session 63) of hunt sn5 (extract/scan.py: `_enclosed_glyph`, `_seal_arc` by `_spelled_elsewhere`,
`drop_seal_codes`): near cases of its three rules (fixtures ct_s63_rv101_*, made by
tests/fixtures/review/make_s63_rv101.py; each reading written down by hand before the run).

Decided (extract/scan.py):
- a seal's arc piece is the middle of a name another line spells, a Chinese glyph on either side (`自来水有限` in
  `晋江市自来水有限公司`); a name written level across the seal's top and again after a label
  (`填报单位（盖章）：南安市水利局`) is the 主管部门 cell's value, kept (main dropped it as the seal's letters); the
  name is looked for with its blanks out (`晋江市自来水 有限公司`);
- a telephone number (normalize.records.PHONE_NUMBER: `13805951234`) centred on a seal's foot is the 联系电话
  cell's value, not the seal's code (main dropped it);
- a square within half a glyph of a 口 the recognizer read is that box, though a framed glyph stands beside it
  (`口国有 口集体`: main took the first box for 国's frame);
- the glyphs' places along a line are guessed by one helper, `_glyph_spans` (sn5 wrote the computation twice more).
Left (strict xfail): the seal's rim letter `局` and a `T` for `1` read into the 年度资金总额 cell under the same seal.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project

P = "ct_s63_rv101_"
W = 10_000.0
NANAN = [
    ("数量指标", "巩固提升供水工程", "=", 15.0, "处"),
    ("质量指标", "水质达标率", ">=", 95.0, "%"),
    ("服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%"),
]


def _rows(r) -> list[tuple]:
    return [(i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def test_phone_at_seal_foot_kept(read):
    """The seal's foot centred on the mobile number of the 联系电话 cell (main: dropped as the seal's code)."""
    r = read(P + "seal_phone.jpg")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["contact"], p["phone"], p["budget_year"]) == (
        "南安市农村饮水安全巩固提升工程", "南安市水利局", "南安市供水有限公司", "陈志明", "13805951234", 1_380 * W)
    assert _rows(r) == NANAN
    assert not any("13805951234" in w["message"] and "seal" in w["message"] for w in r.tables["warnings"])


def test_value_across_seal_top_kept(read):
    """The 主管部门 value written level across the seal's top, spelled again after 填报单位（盖章）： under the table
    (main: dropped as the seal's arc letters, the department empty)."""
    r = read(P + "seal_top_value.jpg")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("南安市农村饮水安全巩固提升工程", "南安市水利局", "南安市供水有限公司")
    assert _rows(r) == NANAN


@pytest.mark.xfail(strict=True, reason="the seal lies over the 年度资金总额 cell too: its rim letter 局 and a T for the "
                   "sum's 1 are read into it (`T,380.00 局`), the sum lost (on main as before sn5); left")
def test_value_across_seal_top_sum(read):
    assert only_project(read(P + "seal_top_value.jpg"))["budget_year"] == 1_380 * W


def test_rules_unit():
    """The rules alone, on lines placed by hand (a ring of radius 92 at (1001, 185), 40 px lines)."""
    from extract.ocr import OcrLine
    from extract.scan import _enclosed_glyph, _seal_arc, drop_seal_codes
    ring = [(1001.0, 185.0, 92.0)]
    value = OcrLine("晋江市水利局", (930, 95, 1072, 133), 0.98)                # level, across the ring's top
    for other in ("填报单位（盖章）：晋江市水利局", "晋江市水利局（盖章）", "主管部门 晋江市水利局"):
        assert _seal_arc(value, ring, 40.0, [value, OcrLine(other, (300, 600, 700, 638), 0.98)]) is False, other
    top = OcrLine("自来水有限", (942, 97, 1063, 143), 0.94)                   # sn5's piece: still the seal's
    assert _seal_arc(top, ring, 40.0, [top, OcrLine("晋江市自来水有限公司", (836, 140, 1077, 177), 0.98)]) is True
    for phone in ("13805951234", "05958812345"):                            # a mobile, a landline with its area code
        line = OcrLine(phone, (940, 217, 1062, 265), 0.99)
        assert drop_seal_codes([line], ring) == ([line], []), phone
    code = OcrLine("3505820012345", (930, 217, 1072, 265), 0.99)           # a seal's 13 figures: dropped
    kept, codes = drop_seal_codes([code], ring)
    assert kept == [] and [c.text for c in codes] == [code.text]
    g = 24.0                                                                  # a line of options, boxes read as 口
    options = OcrLine("口国有企业 口集体企业", (296, 100, 300 + g * 10.55 + 4, 124), 0.95)
    assert _enclosed_glyph(options, (300, 101, 22, 22, True)) is False
    assert _enclosed_glyph(options, (300 + g * 6.55, 101, 22, 22, True)) is False
    goal = OcrLine("保障公办幼儿园正常运转，在园幼儿", (307, 266, 689, 302), 0.996)  # sn5's 园: still a glyph
    assert _enclosed_glyph(goal, (462, 273, 22, 23, True)) is True


def test_seal_arc_name_read_with_a_gap():
    """The name the seal's top piece is the middle of, read with a blank inside (a name spaced out in its cell;
    main: not found, the piece kept as a value)."""
    from extract.ocr import OcrLine
    from extract.scan import _seal_arc
    ring = [(1001.0, 185.0, 92.0)]
    top = OcrLine("自来水有限", (942, 97, 1063, 143), 0.94)
    for unit in ("晋江市自来水 有限公司", "晋江市 自来水有限 公司"):
        assert _seal_arc(top, ring, 40.0, [top, OcrLine(unit, (836, 140, 1077, 177), 0.98)]) is True, unit
