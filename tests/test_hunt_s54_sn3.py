"""Scans: red print beside a red seal, values joined to the next label on unruled pages (session 54 hunt `sn3`). The
images are drawn by tests/fixtures/review/make_s54_sn3.py (prefix ct_s54_sn3_ in tests/fixtures/review).

Decided:
- Red ink is turned to paper before OCR only where it is a seal: a red blob (its strokes joined) about as tall as
  wide and big (its shorter side a twentieth of the page's shorter side or more, its sides within 1:2.2), with any
  red inside its box (the seal's star and words). Red ink elsewhere (a line of print, a value set in red on a revised
  form) is read as print. Before, every red pixel of a page holding 50 or more was paper: a red 年度总体目标 and two
  red 指标值 cells were lost (the goal empty, the two indicators without a target).
- With no rulings, a cell starts (words_grid: a char marked `cut`) where, in the OCR's boxes, a field's label of 4
  characters or more starts after a value (after a blank, `德江县文体广电旅游局 实施单位`; with none, a label ending the
  box, `王小明联系电话`; a label's box overlapping the value's), and where a value starts after such a label (after a
  blank, `项目负责人 王小明`; a figure right after it, `年度资金总额(万元)75.00`; the next box, `实施单位` | `余庆县
  农技站` 1.6 characters apart) — extract/scan.py `_label_cuts`, `_fake_text_lines`. No cut inside a label (`项目 实施
  单位` letter-spaced, `项目实施单位`), before a bracket (`年度资金总额 (万元)`), in a sentence. (This also passes the
  strict xfail of tests/test_hunt_s51_sn2.py.)
- Left: the s32 `aw` fax's `≥320处` still reads `320处`. The recognizer drops the sign, it does not misread it (the
  blob alone, at three paddings, reads nothing or `于` 0.06): there is no misread glyph to repair, and a sign put
  in from nothing would be invented. No rewrite of `2320处`-like digits either: a leading 2 is as often a real digit.

The expectations were written by hand from the forms before jixiao read them (money in 元, as jixiao writes it).
"""
from __future__ import annotations

import numpy as np

from tests.hunt_tools import only_project


def _rows(r) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def test_red_print_beside_a_seal(read):
    r = read("ct_s54_sn3_red_print_seal.jpg")
    p = only_project(r)
    assert (p["name"], p["year"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"]) == (
        "乡村道路养护补助", 2026, "沿河县交通运输局", "沿河县公路管理段", 960000.0, 960000.0)
    assert p["goal_annual"] == "养护农村公路420公里，路况优良率达到85%以上。"
    assert _rows(r) == [
        ("output", "数量指标", "养护里程", ">=", 420.0, "公里"),
        ("output", "质量指标", "路况优良率", ">=", 85.0, "%"),
        ("outcome", "社会效益指标", "群众出行时间缩短", ">=", 10.0, "%"),
        ("satisfaction", "服务对象满意度指标", "沿线群众满意度", ">=", 90.0, "%"),
    ]


def test_no_rules_values_then_labels(read):
    """No rulings; values filling their columns one character before the next label. The OCR read
    `余庆县农业农村局实施单位` | `余庆县农技站` (1.6 characters apart), `一般公共预算资金 项目负责人 王小明` and
    `年度资金总额(万元)` | `75.00`: main's unit and leader were lost, the money line left as text (no budget)."""
    r = read("ct_s54_sn3_no_rules_leader.jpg")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["leader"], p["budget_year"]) == (
        "高标准农田建设管护", "余庆县农业农村局", "余庆县农技站", "王小明", 750000.0)
    assert p["goal_annual"] == "完成高标准农田管护3.2万亩。"
    assert _rows(r) == [
        ("output", "数量指标", "农田管护面积", ">=", 3.2, "万亩"),
        ("outcome", "经济效益指标", "亩均增收", ">=", 120.0, "元"),
        ("satisfaction", "服务对象满意度指标", "农户满意度", ">=", 90.0, "%"),
    ]


def test_label_cuts_unit():
    """The rule alone (the indexes where a cell starts): before a label after a value, after a label before its
    value; none inside a letter-spaced label, before a label's unit in brackets, or in a sentence."""
    from extract.scan import _label_cuts
    assert _label_cuts("德江县文体广电旅游局 实施单位") == [11]
    assert _label_cuts("德江县文体广电旅游局 实施单位：德江县文化馆") == [11]
    assert _label_cuts("王小明联系电话") == [3]
    assert _label_cuts("一般公共预算资金 项目负责人 王小明") == [9, 15]
    assert _label_cuts("年度资金总额(万元)75.00") == [10]
    assert _label_cuts("项目 实施单位") == []
    assert _label_cuts("项目实施单位") == []
    assert _label_cuts("年度资金总额 (万元)") == []
    assert _label_cuts("开展 送文化下乡") == []
    assert _label_cuts("送文化下乡演出120场") == []


def test_seal_mask_unit():
    """The red-ink rule alone: a red ring with words inside is paper; a red line of print beside it is kept."""
    from PIL import Image, ImageDraw, ImageFont
    from extract.scan import to_gray
    font = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    im = Image.new("RGB", (1240, 900), "white")   # a page at 150 dpi
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(font, 24)
    d.text((40, 60), "养护农村公路420公里，路况优良率达到85%以上。", fill=(205, 28, 30), font=f)
    d.text((40, 120), "主管部门", fill=(20, 20, 20), font=f)
    d.ellipse([600, 250, 800, 450], outline=(206, 40, 44), width=10)
    d.text((640, 330), "专用章", fill=(206, 40, 44), font=f)
    g = to_gray(im)
    assert g[60:95, 40:600].min() < 128            # the red line of print kept
    assert g[250:450, 600:800].min() > 200          # the seal turned to paper
    assert np.array_equal(g[115:150, 40:200] < 128, np.asarray(im.convert("L"))[115:150, 40:200] < 128)
