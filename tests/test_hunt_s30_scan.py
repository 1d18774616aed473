"""Scanned and photographed forms of a hunt (session 30, `al`): the faults its minimal reproducers showed.

Each input is in tests/fixtures/review (prefix ct_s30_al_); OCR takes seconds per page, so each file is read once.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _codes(r) -> list[str]:
    return [w["code"] for w in r.tables["warnings"]]


def test_photo_taken_sideways_is_turned_upright():
    """A phone photo of a 目标表 taken sideways (turned 90° clockwise): a dark desk round the sheet and light falling off
    towards its corners took the page-wide threshold of the quarter-turn test down to the paper's shadows, the text
    lines standing on end were not counted and the form was read on its side (0 projects, `not_a_form`). The test
    thresholds each pixel against its neighbourhood now: the page is turned and read as the upright photo is."""
    r = _read("ct_s30_al_photo_sideways.jpg")
    doc = r.document
    assert doc["n_projects"] == 1 and doc["n_indicators"] == 8
    p, = r.tables["projects"]
    assert p["year"] == 2022
    assert p["name"] == "黄河流域生态保护修复补助资金"
    assert p["department"] == "甘肃省林业和草原局" and p["department_code"] == "173"
    assert p["unit"] == "甘肃省林业和草原局生态保护修复处"
    assert p["budget_year"] == 12500000.0 and p["budget_fiscal"] == 12500000.0
    assert p["contact"] == "马文博"
    got = [(i["level1_std"], i["level2"], i["level3"], i["target_raw"], i["unit"]) for i in r.tables["indicators"]]
    assert got == [
        ("output", "数量指标", "退化林修复面积", "2.5万亩", "万亩"),
        ("output", "数量指标", "新增造林面积", "≥1.2万亩", "万亩"),
        ("output", "质量指标", "苗木成活率", "不低于85%", "%"),
        ("output", "时效指标", "资金拨付进度", "=100%(2022年6月底前)", "%"),
        ("output", "成本指标", "亩均修复成本", "500-800元", "元"),
        ("outcome", "生态效益指标", "水土流失治理面积占比较上年提高", "≥2个百分点", "个百分点"),
        ("outcome", "可持续影响指标", "林木管护期", "3年", "年"),
        ("satisfaction", "服务对象满意度指标", "项目区群众满意度", "≥90%", "%"),
    ]
    assert "page_rotated" in _codes(r) and "not_a_form" not in _codes(r)


def test_quarter_turn_test_ignores_the_photos_lighting():
    """The quarter-turn decision alone (no OCR): the sideways photo, levelled, is turned; the same photo upright is not."""
    import numpy as np

    from extract import scan
    gray = scan.open_image_pages((REVIEW / "ct_s30_al_photo_sideways.jpg").read_bytes())[0][0]
    _, turned, _ = scan.level_and_upright(gray)
    assert turned == 90
    _, turned, _ = scan.level_and_upright(np.ascontiguousarray(np.rot90(gray)))
    assert turned == 0


def test_seal_ring_on_a_fax_is_no_ruling():
    """A 150 dpi bilevel fax of a 目标表 with two round seals turned black: the arcs of a ring at its sides (and top and
    bottom) are as long as the ruling kernels and were taken for column and row lines, its star's and words'
    strokes too (phantom columns through 实施单位's value and the money cells). The rings are found by their shape
    (a circle inked all round) and what lies along them, or inside them off the lines of the table's rulings,
    is no ruling: the table has its own five columns and ten rows."""
    from extract import scan
    gray = scan.open_image_pages((REVIEW / "ct_s30_al_fax_seal_cells.png").read_bytes())[0][0]
    g, turned, _ = scan.level_and_upright(gray)
    assert turned == 0
    rings = sorted(scan.seal_rings(g))
    assert len(rings) == 2
    for (x, y, r), (ex, ey) in zip(rings, [(671, 404), (994, 321)]):
        assert abs(x - ex) <= 6 and abs(y - ey) <= 6 and 110 <= r <= 135
    t, = scan.find_tables(g)
    assert len(t.xs) == 6 and len(t.ys) == 11
    assert [round(v) for v in t.xs][1:5] == [296, 507, 717, 927]


def test_fax_seal_does_not_cut_labels_from_values():
    """The whole form read: labels and values stay together (department and its code were `四川省农业农村[136] 水 1`,
    the unit `1`, a budget line `一` 10,000 元 invented from a piece of the ring; a stroke of the ring read `1` after
    the name). The money cells a ring runs across (the decimal point of 185.00 lies under its stroke: read 18500) are
    reported as read weakly, as is the 实施单位 value whose 省农 lie under the star."""
    r = _read("ct_s30_al_fax_seal_cells.png")
    p, = r.tables["projects"]
    assert p["year"] == 2024
    assert p["name"] == "农产品质量安全例行监测专项经费"
    assert p["department"] == "四川省农业农村" and p["department_code"] == "136"
    assert p["contact"] == "李晓燕"
    assert r.tables["budget_items"] == []
    got = [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [("数量指标", "例行监测批次", "4批次"), ("数量指标", "抽检样品数量", "≥2400个")]
    low = [w["message"] for w in r.tables["warnings"] if w["code"] == "low_confidence"]
    assert any("'18500" in m for m in low)                      # the money read without its point is reported
    assert any("质量安全中心'" in m for m in low)                  # and the unit read under the star
    assert not [w for w in r.tables["warnings"] if w["code"] == "unplaced_cell" and "四川" in w["message"]]


def test_no_seal_ring_is_found_on_the_scan_fixtures():
    """Circles the Hough transform proposes through a table's rulings and text are inked along at most 82% of their
    round; none of them is taken for a seal (the pages' rulings stay as they were)."""
    from extract import scan
    scans = Path(__file__).resolve().parent / "fixtures" / "scan"
    for name in ("scan_003_p1.png", "scan_003_p4.jpg", "scan_unruled.jpg"):
        for gray, _ in scan.open_image_pages((scans / name).read_bytes()):
            assert scan.seal_rings(scan.level_and_upright(gray)[0]) == [], name


def test_print_under_a_red_seal_laid_over_the_page_stays_dark():
    """A red seal laid over the page (not multiplied: the print under it turns dark red, redder than the paper): the
    gray page took its red channel for the seal's and turned the print under it to paper too. Only as far as green
    and blue also say it is the seal's ink: the ruling under the seal stays dark, the seal's ring is paper."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extract.scan import to_gray
    im = Image.new("RGBA", (400, 300), (250, 248, 240, 255))
    ImageDraw.Draw(im).line((0, 150, 400, 150), fill=(0, 0, 0, 255), width=3)          # a ruling line
    seal = Image.new("RGBA", im.size, (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse((100, 50, 300, 250), outline=(215, 40, 40, 200), width=8)
    ImageDraw.Draw(seal).regular_polygon((200, 150, 40), 5, fill=(215, 40, 40, 200))   # the star over the line
    g = to_gray(Image.alpha_composite(im, seal).convert("RGB"))
    assert g[50:58, 195:205].min() > 200                     # the ring's top: paper
    assert g[120:140, 195:205].min() > 200                   # the star above the line: paper
    assert g[150, 20] < 80 and g[149:152, 195:205].min() < 128    # the line, outside and under the star


def test_colour_scan_keeps_the_characters_under_a_red_seal():
    """A colour scan (JPEG) of a 目标表 with two red seals laid over the 主管部门 and 实施单位 cells: `省农` under a star
    was lost (`四川农产品质量安全中心`, no warning); now read."""
    r = _read("ct_s30_al_colour_seal_cells.jpg")
    p, = r.tables["projects"]
    assert p["name"] == "农产品质量安全例行监测专项经费"
    assert p["department"] == "四川省农业农村厅" and p["department_code"] == "136"
    assert p["unit"] == "四川省农产品质量安全中心"
    assert p["budget_year"] == 1850000.0 and p["budget_fiscal"] == 1850000.0
    assert r.tables["budget_items"] == []
