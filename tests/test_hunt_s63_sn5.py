"""Scans of kinds not scanned before (session 63 hunt `sn5`): a scan 3.2° askew whose seal carries a code under its
star, a page photographed as a trapezoid with a hand's shadow, a form beside a note in a second column, a table over
two pages with no head on the second, a faint blue handwritten name and date across a cell, a JPEG at quality 30.
The images are drawn by tests/fixtures/review/make_s63_sn5.py (prefix ct_s63_sn5_ in tests/fixtures/review); each
is read once (the session's `read` fixture caches it).

Decided (extract/scan.py):
- A glyph drawn in a full square frame (囗: 园 国 图 团 …) that the recognizer read surely (0.9 or more) is no tick
  box, though its frame and what stands inside pass for a ticked one (`_enclosed_glyph`; main read the goal
  `保障公办幼儿园正常运转，在园幼儿…` as `保障公办幼儿 ☑正常运转，在 ☑幼儿…`).
- A seal's letters read along the top of its arc, where the arc runs nearly level, are the seal's when they are a
  part of a name another line of the page spells whole (`自来水有限` over the unit's `晋江市自来水有限公司`:
  `_seal_arc` by `_spelled_elsewhere`); main put them after the project's name.
- A word of 10-18 figures centred on a seal's foot, below its centre, is the seal's code (`drop_seal_codes`): main
  read the 财政拨款 cell under the seal as `2,450.00 3505820012` and lost the sum.
Left (strict xfail): the seal's rim glyph `司` read at the end of the unit's first line, before its wrapped `司`
(`晋江市自来水有限公司司`); the faint blue handwriting read into the goal (`…以下。主建国2025.3.12`: the page is
read grey, the ink's colour is gone before the text is placed).

The expectations were written by hand from the forms before jixiao read them (money in 元, as jixiao writes it).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project

W = 10_000.0


def _fields(p: dict, *keys: str) -> tuple:
    return tuple(p[k] for k in keys)


def _rows(r) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


JINJIANG = [
    ("output", "数量指标", "改造老旧供水管网长度", ">=", 38.0, "公里"),
    ("output", "质量指标", "管网水压合格率", ">=", 98.0, "%"),
    ("output", "时效指标", "工程完工时间", None, None, None),
    ("output", "成本指标", "每公里管网改造成本", "<=", 600_000.0, "元"),
    ("outcome", "社会效益指标", "管网漏损率", "<=", 9.0, "%"),
    ("satisfaction", "服务对象满意度指标", "用水户满意度", ">=", 90.0, "%"),
]
JINJIANG_GOAL = "改造老旧供水管网38公里，管网漏损率降至9%以下。"
ZHANGGONG = [
    ("output", "数量指标", "补助公办幼儿园数", "=", 28.0, "所"),
    ("output", "数量指标", "受益在园幼儿人数", ">=", 9000.0, "人"),
    ("output", "质量指标", "经费使用合规率", "=", 100.0, "%"),
    ("output", "时效指标", "资金拨付时间", None, None, None),
    ("output", "成本指标", "生均公用经费标准", ">=", 600.0, "元"),
    ("outcome", "社会效益指标", "学前三年毛入园率", ">=", 92.0, "%"),
    ("satisfaction", "服务对象满意度指标", "家长满意度", ">=", 90.0, "%"),
]


def _zhanggong(r) -> None:
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "goal_annual") == (
        "章贡区学前教育公用经费补助", "赣州市章贡区教育科技体育局", "章贡区各公办幼儿园", 2025, 540 * W,
        "保障公办幼儿园正常运转，在园幼儿生均公用经费不低于600元。")
    assert _rows(r) == ZHANGGONG


# --- read right on main (guards of kinds scanned for the first time) ---

def test_photo_trapezoid(read):
    """A photo taken from beyond the page's foot (its top 17% narrower), a hand's shadow over its right half."""
    r = read("ct_s63_sn5_photo_trapezoid.jpg")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "goal_annual") == (
        "钟山区老旧小区改造项目", "六盘水市钟山区住房和城乡建设局", "钟山区城市建设投资有限公司", 2025, 1_260 * W,
        "完成老旧小区改造12个，惠及居民3400户。")
    assert _rows(r) == [
        ("output", "数量指标", "改造老旧小区", "=", 12.0, "个"),
        ("output", "质量指标", "竣工验收合格率", "=", 100.0, "%"),
        ("output", "时效指标", "改造完成时间", None, None, None),
        ("outcome", "社会效益指标", "受益居民户数", ">=", 3400.0, "户"),
        ("satisfaction", "服务对象满意度指标", "居民满意度", ">=", 85.0, "%"),
    ]


def test_two_column_note_beside(read):
    """The form on the left two thirds, a boxed 填报说明 beside it: nothing of the note in the form's fields."""
    r = read("ct_s63_sn5_two_column.jpg")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "goal_annual") == (
        "阿克苏地区棉花良种推广补贴", "阿克苏地区农业农村局", "阿克苏地区农业技术推广中心", 2025, 860 * W,
        "推广棉花良种面积120万亩，良种覆盖率达到98%。")
    assert _rows(r) == [
        ("output", "数量指标", "良种推广面积", ">=", 120.0, "万亩"),
        ("output", "质量指标", "良种覆盖率", ">=", 98.0, "%"),
        ("output", "成本指标", "亩均补贴标准", "<=", 7.0, "元/亩"),
        ("outcome", "经济效益指标", "亩均增产籽棉", ">=", 15.0, "公斤"),
        ("satisfaction", "服务对象满意度指标", "植棉户满意度", ">=", 90.0, "%"),
    ]


def test_jpeg_q30(read):
    """章贡's form at 130 dpi saved at JPEG quality 30."""
    _zhanggong(read("ct_s63_sn5_q30.jpg"))


def test_blue_sign_rest(read):
    """The faint blue handwriting over the goal's cell leaves the other fields and the indicators as printed."""
    r = read("ct_s63_sn5_blue_sign.jpg")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit", "year", "budget_year", "budget_fiscal") == (
        "晋江市城乡供水管网改造工程", "晋江市水利局", "晋江市自来水有限公司", 2025, 2_450 * W, 2_450 * W)
    assert _rows(r) == JINJIANG


# --- read wrong on main ---

def test_two_page_nohead_enclosed_glyph(read):
    """The table over two pages, no head on the second; main took each 园 of the goal for a ticked box."""
    _zhanggong(read("ct_s63_sn5_two_page_nohead.pdf"))


def test_skew3_seal_arc_top_and_code(read):
    """A 3.2° scan whose seal lies over the 实施单位 cell: its arc's top `自来水有限` (main: after the project's name)
    and its code `3505820012` under the star (main: after the 财政拨款 sum, lost) dropped and reported."""
    r = read("ct_s63_sn5_skew3_seal.jpg")
    p = only_project(r)
    assert _fields(p, "name", "department", "year", "budget_year", "budget_fiscal", "goal_annual") == (
        "晋江市城乡供水管网改造工程", "晋江市水利局", 2025, 2_450 * W, 2_450 * W, JINJIANG_GOAL)
    assert _rows(r) == JINJIANG
    rim = [w["message"] for w in r.tables["warnings"] if "seal's rim" in w["message"]]
    assert len(rim) == 1 and "'自来水有限'" in rim[0] and "'3505820012'" in rim[0]


@pytest.mark.xfail(strict=True, reason="the seal's rim glyph 司 is read at the end of the unit's first line, before "
                   "the value's own wrapped 司 (`晋江市自来水有限公司司`): one glyph inside a line, no rule tells it; left")
def test_skew3_seal_unit(read):
    assert only_project(read("ct_s63_sn5_skew3_seal.jpg"))["unit"] == "晋江市自来水有限公司"


@pytest.mark.xfail(strict=True, reason="faint blue handwriting across the goal's cell is read into the goal "
                   "(`…以下。主建国2025.3.12`): the page is read grey, its ink's colour gone before the text is placed; "
                   "a blue-ink rule would also drop the values of a form filled in by hand; left")
def test_blue_sign_goal(read):
    assert only_project(read("ct_s63_sn5_blue_sign.jpg"))["goal_annual"] == JINJIANG_GOAL


def test_rules_unit():
    """The rules alone: an enclosed glyph read surely under a square; a level run of a seal's letters that another
    line spells whole; a seal's code at its foot, and what stays."""
    from extract.ocr import OcrLine
    from extract.scan import _enclosed_glyph, _seal_arc, drop_seal_codes
    goal = OcrLine("保障公办幼儿园正常运转，在园幼儿", (307, 266, 689, 302), 0.996)     # 23.9 px a glyph
    assert _enclosed_glyph(goal, (462, 273, 22, 23, True)) is True        # over 园 (the 7th glyph)
    assert _enclosed_glyph(goal, (385, 273, 22, 23, True)) is False       # over 办 (the 4th)
    assert _enclosed_glyph(OcrLine(goal.text, goal.box, 0.6), (462, 273, 22, 23, True)) is False
    ring = [(1001.0, 185.0, 92.0)]
    top = OcrLine("自来水有限", (942, 97, 1063, 143), 0.94)
    unit = OcrLine("晋江市自来水有限公司", (836, 140, 1077, 177), 0.98)
    assert _seal_arc(top, ring, 40.0, [top, unit]) is True
    assert _seal_arc(top, ring, 40.0, [top]) is False                     # nothing spells it whole: a value
    same = OcrLine("晋江市自来水有限公司", (850, 97, 1060, 143), 0.98)        # the name written twice: both kept
    assert _seal_arc(same, ring, 40.0, [same, unit]) is False
    sums = OcrLine("2,450.00 3505820012", (829, 217, 1057, 265), 0.97)
    kept, codes = drop_seal_codes([sums], ring)
    assert [o.text for o in kept] == ["2,450.00"] and [o.text for o in codes] == ["3505820012"]
    assert kept[0].box[2] < 940
    phone = OcrLine("13805951234", (1040, 217, 1180, 265), 0.99)           # off the seal's middle: kept
    money = OcrLine("24500000.00", (940, 217, 1060, 265), 0.99)             # a sum with its decimals: kept
    above = OcrLine("3505820012", (940, 100, 1060, 140), 0.99)              # above the centre: kept
    assert drop_seal_codes([phone, money, above], ring) == ([phone, money, above], [])
