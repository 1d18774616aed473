"""Scans and photos of forms, OCR look-alikes in labels (session 51 hunt `sn2`). The images are made by
tests/fixtures/review/make_s51_sn2.py (prefix ct_s51_sn2_ in tests/fixtures/review); the text dump
ct_s51_sn2_ocr_lookalike_labels.txt is an earlier program's OCR of a fax saved as text.

Decided:
- A 1-bit page whose ink is a dither (grey print sent by fax: most ink pixels stand with at most two ink neighbours)
  is smoothed before it is read (extract/scan.py `descreened`); a 1-bit page of solid strokes (every 1-bit fixture
  before this hunt) is never touched.
- A label read with an OCR look-alike in the place of a character (日 for 目, 己 for 已, 末 for 未, 人 for 入 …:
  parsers/labels.py OCR_LOOKALIKES) is matched as the label (`项日名称` -> 项目名称), in label matching only: values keep
  what was read.
- `_permille_trace` (used only by old tests) is folded into `_permille_signs`, the one path of the ‰ rewrite.
- Left (a strict xfail, passing since session 54's hunt sn3): a form with no ruling lines whose value and next label
  the detector joined into one line (`德江县文体广电旅游局 实施单位`, the unit lost). (The ghost of a red seal's rim glyph a JPEG left in a 指标值
  cell, `≥92% 心`, and a 100 dpi fax's `≥90%` read `≥9096`, left here too, are read right since session 52's hunt
  sn3: tests/test_hunt_s52_sn3.py.) Not tested: the s32 aw fax's `≥320处` still reads `320处`
  (a smoothed re-reading of the line gave the sign at some blurs and paddings and not at others: not safe).
- The ‰ rewrite from a trace (extract/ocr.py PERMILLE_TRACE) gets no threshold of its own: over the 55 image fixtures
  it rewrote 4 lines, all ‰ signs (`≤0.5%0` twice, `≤3%0`, `0.9%0以内`), none wrong.

The expectations were written by hand from the forms before jixiao read them (money in 元, as jixiao writes it).
"""
from __future__ import annotations

import numpy as np

from tests.hunt_tools import only_project


def _rows(r) -> list[tuple]:
    return [(i["level1_std"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def _fields(p) -> tuple:
    return (p["name"], p["year"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


# ---------------------------------------------------------------- a dithered fax at 100 dpi

FAX_ROWS = [
    ("output", "数量指标", "医疗救助人次", ">=", 5200.0, "人次"),
    ("output", "质量指标", "救助资金发放准确率", "=", 100.0, "%"),
    ("output", "时效指标", "救助资金发放及时率", ">=", 95.0, "%"),
    ("outcome", "社会效益指标", "困难群众医疗负担减轻", ">=", 10.0, "%"),
    ("satisfaction", "服务对象满意度指标", "救助对象满意度", ">=", 90.0, "%"),
]


def test_dithered_fax_100dpi(read):
    """Grey print faxed at 100 dpi, dithered to 1 bit. Main read the dots as they were: `城乡居民医疗教助`, `惠南县医疗保障局`,
    其他资金 lost (`—` 0.51), `100%日` (no target), the 满意度 row's two heads read as one (`满意度指标服务对依備意度指标`:
    its indicator put under 效益指标)."""
    r = read("ct_s51_sn2_fax_100dpi.png")
    p = only_project(r)
    assert _fields(p) == ("城乡居民医疗救助", 2026, "思南县医疗保障局", "思南县医疗保障事务中心",
                          4200000.0, 4000000.0, 200000.0)
    assert "困难群众实施医疗救助" in p["goal_annual"] and "减轻其医疗费用负担" in p["goal_annual"]
    assert _rows(r)[:4] == FAX_ROWS[:4]
    assert _rows(r)[4][:3] == FAX_ROWS[4][:3]


def test_dithered_fax_100dpi_last_percent(read):
    """`≥90%` read `≥9096` (0.84): since hunt sn3 (session 52) `96` ending a share in a column of shares is the percent
    sign (extract/scan.py mend_percent_96), the cell reported."""
    assert _rows(read("ct_s51_sn2_fax_100dpi.png"))[4] == FAX_ROWS[4]


def test_descreened_unit():
    """The rule alone: a 1-bit page of scattered dots is smoothed; a 1-bit page of solid strokes, a grey page, a blank
    page are returned as they are (the same array)."""
    from extract.scan import descreened
    rng = np.random.default_rng(0)
    dots = np.full((200, 200), 255, np.uint8)
    dots[50:150, 50:150][rng.random((100, 100)) < 0.3] = 0
    smooth = descreened(dots)
    assert smooth is not dots and smooth[60:140, 60:140].std() < dots[60:140, 60:140].std()
    solid = np.full((200, 200), 255, np.uint8)
    for k in range(20, 180, 12):
        solid[k:k + 4, 20:180] = 0
        solid[20:180, k:k + 3] = 0
    assert descreened(solid) is solid
    grey = dots.copy()
    grey[0, 0] = 128
    assert descreened(grey) is grey
    blank = np.full((200, 200), 255, np.uint8)
    assert descreened(blank) is blank


# ---------------------------------------------------------------- OCR look-alikes in labels

def test_lookalike_labels_in_text_dump(read):
    """`项日名称`, `项日资金（万元）`, `项日开始时间` / `项日完成时间`, `年度绩效日标`: labels an earlier OCR read with 日 for 目.
    Main matched none: no name, no dates, no goal (the money was found by its 年度资金总额 row)."""
    r = read("ct_s51_sn2_ocr_lookalike_labels.txt")
    p = only_project(r)
    assert _fields(p) == ("农村饮用水水质检测", 2026, "松桃县水务局", "松桃县农村供水管理站", 360000.0, 360000.0, 0.0)
    assert p["goal_annual"] == "完成全县212处农村集中供水工程水质检测，水质合格率不低于90%。"
    assert (str(p["start_date"]), str(p["end_date"])) == ("2026-01-01", "2026-12-31")
    assert _rows(r) == [
        ("output", "数量指标", "水质检测工程处数", ">=", 212.0, "处"),
        ("output", "质量指标", "水样检测覆盖率", "=", 100.0, "%"),
        ("outcome", "社会效益指标", "农村集中供水水质合格率", ">=", 90.0, "%"),
        ("satisfaction", "服务对象满意度指标", "供水群众满意度", ">=", 90.0, "%"),
    ]


def test_lookalike_unit():
    """The rule alone: a look-alike folds to the label (`项日名称`, `项曰名称` -> name); exact labels unchanged; words that
    fold to no label stay unmatched."""
    from parsers.core import _lookup, label_key
    assert _lookup(label_key("项日名称")) == "name" and _lookup(label_key("项曰名称")) == "name"
    assert _lookup(label_key("年度绩效日标")) == "goal_annual"
    assert _lookup(label_key("项日完成时间")) == "end_date"
    assert _lookup(label_key("项目名称")) == "name"
    assert _lookup(label_key("日常维护")) is None and _lookup(label_key("松桃县水务局")) is None


# ---------------------------------------------------------------- guards: photo at 2.5°, seal over targets, ticks,
# no ruling lines (main read them right but for what the xfail says)

def test_photo_slight_angle(read):
    r = read("ct_s51_sn2_photo_2deg.jpg")
    p = only_project(r)
    assert _fields(p) == ("乡镇卫生院基本设备购置", 2026, "余庆县卫生健康局", "余庆县白泥镇卫生院", 864000.0, 800000.0, 64000.0)
    assert p["goal_annual"] == "为白泥镇卫生院购置DR、彩超等基本设备26台，提升基层诊疗能力。"
    assert _rows(r) == [
        ("output", "数量指标", "购置设备台数", ">=", 26.0, "台"),
        ("output", "质量指标", "设备验收合格率", "=", 100.0, "%"),
        ("output", "成本指标", "单台设备平均采购成本", "<=", 33000.0, "元"),
        ("outcome", "社会效益指标", "群众就医等待时间缩短", ">=", 15.0, "%"),
        ("outcome", "可持续影响指标", "设备使用年限", ">=", 8.0, "年"),
        ("satisfaction", "服务对象满意度指标", "就诊群众满意度", ">=", 90.0, "%"),
    ]


SEAL_ROWS = [
    ("output", "数量指标", "补助校车数量", "=", 36.0, "辆"),
    ("output", "质量指标", "校车安全运行率", "=", 100.0, "%"),
    ("output", "时效指标", "补助资金拨付及时率", ">=", 95.0, "%"),
    ("outcome", "社会效益指标", "受益学生人数", ">=", 2800.0, "人"),
    ("satisfaction", "服务对象满意度指标", "学生家长满意度", ">=", 92.0, "%"),
]


def test_red_seal_over_targets(read):
    r = read("ct_s51_sn2_seal_target.jpg")
    p = only_project(r)
    assert _fields(p) == ("农村义务教育学校校车运营补助", 2026, "石阡县教育局", "石阡县学生资助管理中心",
                          1480000.0, 1480000.0, 0.0)
    assert _rows(r)[:4] == SEAL_ROWS[:4]


def test_red_seal_over_targets_last_row(read):
    """The seal's rim glyph 心, its colour blurred away by the JPEG (a grey tinted red), was read in the 指标值 cell
    (`≥92% 心`: no target); since hunt sn3 (session 52) such a ghost near the seal's ink is paper (extract/scan.py
    to_gray)."""
    assert _rows(read("ct_s51_sn2_seal_target.jpg"))[4] == SEAL_ROWS[4]


def test_hand_ticked_boxes(read):
    r = read("ct_s51_sn2_ticks.jpg")
    p = only_project(r)
    assert _fields(p) == ("农村危房改造补助", 2026, "印江县住房和城乡建设局", "印江县农村住房建设服务中心",
                          2650000.0, 2500000.0, 150000.0)
    assert p["category"] == "延续项目"
    # (the ticked option, `否`, since hunt fam7 (session 52): a value that is only boxed options is what was ticked)
    assert '"是否政府采购": "否"' in p["other_fields"]
    assert _rows(r) == [
        ("output", "数量指标", "危房改造户数", "=", 212.0, "户"),
        ("output", "质量指标", "改造后住房安全鉴定合格率", "=", 100.0, "%"),
        ("outcome", "社会效益指标", "农户住房安全保障率", "=", 100.0, "%"),
        ("satisfaction", "服务对象满意度指标", "改造农户满意度", ">=", 95.0, "%"),
    ]


def test_no_ruling_lines(read):
    r = read("ct_s51_sn2_no_rules.png")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_year"], p["budget_fiscal"]) == ("公共文化服务体系建设", 2026, 580000.0, 580000.0)
    assert p["goal_annual"] == "开展送文化下乡演出120场，免费开放文化馆、图书馆。"
    assert _rows(r) == [
        ("output", "数量指标", "送文化下乡演出场次", ">=", 120.0, "场"),
        ("output", "质量指标", "演出节目审查通过率", "=", 100.0, "%"),
        ("outcome", "社会效益指标", "受益群众人次", ">=", 6.0, "万人次"),
        ("satisfaction", "服务对象满意度指标", "观众满意度", ">=", 90.0, "%"),
    ]


def test_no_ruling_lines_department(read):
    """With no ruling the detector joined a value and the next label one character apart into one box, a blank between
    (`德江县文体广电旅游局 实施单位`: the unit lost); since hunt sn3 (session 54) a blank inside a box before a field's
    label ends the cell there (extract/scan.py `_label_cuts`)."""
    p = only_project(read("ct_s51_sn2_no_rules.png"))
    assert (p["department"], p["unit"]) == ("德江县文体广电旅游局", "德江县文化馆")
