"""Scanned and faxed forms, a searchable scan (hunt DC of session 35): the faults its reproducers showed.

Inputs in tests/fixtures/review (prefix ct_s35_dc_); OCR takes seconds per page, so each file is read once.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from extract.ocr import OcrLine
from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _low(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "low_confidence"]


def test_layer_sign_the_page_shows_otherwise_is_taken_from_the_page():
    """A searchable scan whose text layer (the scanner software's OCR) has `＞10处`, `＞95%`, `＜30分钟`, `＞90%` where the
    page image shows ≥ / ≤: op `>` / `<` were read for `>=` / `<=`, said nowhere. Each layer line with an operator before
    a number is read again from the image; a sign differing only by its bar is taken from the page, the cell reported."""
    r = _read("ct_s35_dc_layer_signs.pdf")
    got = [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert got == [
        ("新建视频监控点", "≥10处", ">=", 10.0, "处"),
        ("防火巡护人员", "≥60人", ">=", 60.0, "人"),
        ("监控设备在线率", "≥95%", ">=", 95.0, "%"),
        ("火情响应时间", "≤30分钟", "<=", 30.0, "分钟"),
        ("森林火灾受害率", "≤0.9‰", "<=", 0.9, "‰"),
        ("林区群众满意度", "≥90%", ">=", 90.0, "%"),
    ]
    p, = r.tables["projects"]
    assert (p["name"], p["department"], p["year"], p["budget_year"]) == ("森林防火能力提升项目", "某某县林业局", 2024, 960000.0)
    low = _low(r)
    assert len(low) == 4 and any("'＞10处'" in m and "taken as '≥10处'" in m for m in low)


def test_layer_sign_check_keeps_the_layer_when_the_page_reads_otherwise():
    """The check on its own: a layer line whose digits the page's reading does not repeat, or whose sign differs by more
    than the bar, stays as the layer says."""
    from extract.scan import check_layer_signs

    class Reader:
        def __init__(self, text):
            self.text = text

        def recognize(self, image):
            return self.text, 0.99

    gray = np.full((40, 200), 255, np.uint8)
    line = OcrLine("＞95%", (10, 10, 80, 30), 1.0)
    assert check_layer_signs(gray, [line], Reader("≥95%"))[0].text == "≥95%"
    assert check_layer_signs(gray, [line], Reader("≥96%"))[0].text == "＞95%"       # other digits
    assert check_layer_signs(gray, [line], Reader("≤95%"))[0].text == "＞95%"       # not the bar
    assert check_layer_signs(gray, [line], Reader(">95%"))[0].text == "＞95%"       # the same sign
    assert check_layer_signs(gray, [line], Reader("≥95%"))[0].read == "＞95%"


def test_fax_dotted_column_rules_keep_their_cells():
    """A fax at 200 dpi, 1-bit, skewed 1.4°, its thin column rules broken by the threshold into dots shorter than the line
    kernel: the cells either side merged (`3126人次 20` one cell, `质量指标培训合格率`), a stray mark of a broken rule read as
    `二一` across the header's boundary merged `年度指标值` and `实际完成值`, and the header's `二级指标` / `三级指标` read
    `级指标` (the thin 二 and 三 lost) gave no names' column: every indicator nameless (level3 null), weights lost."""
    r = _read("ct_s35_dc_fax_dotted_rules.tif")
    inds = r.tables["indicators"]
    assert [i["level3"] for i in inds] == ["职业技能培训人次", "培训合格率", "补贴发放及时率", "培训后就业率",
                                           "培训机构规范运营", "参训人员满意度"]
    assert [i["level2"] for i in inds][:3] == ["数量指标", "质量指标", "时效指标"]
    assert [i["weight"] for i in inds] == [20, 15, 10, 20, 10, 15]
    assert [i["score"] for i in inds] == [20, 15, 10, 20, 9, 15]
    assert (inds[0]["target_raw"], inds[0]["actual_raw"]) == ("≥3000人次", "3126人次")
    p, = r.tables["projects"]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (1800000.0, 2000000.0,
                                                                                        1968000.0, 0.984)
    # a percent sign broken into `°0`: taken as % and reported
    assert (inds[1]["target_raw"], inds[1]["op"], inds[1]["value"], inds[1]["unit"]) == ("≥90%", ">=", 90.0, "%")
    assert any("'≥90°0'" in m and "taken as '≥90%'" in m for m in _low(r))


def test_per_mille_made_of_pct0_is_reported():
    """`≤5‰` read `≤5%0` is taken as ‰ (no percentage ends so), but the fax above shows the same `%0` for a broken `%`
    (`94.3%0` for 94.3%): the guess is no longer silent, its cell is reported with what was read."""
    r = _read("ct_s35_dc_permille_read_pct0.jpg")
    got = [(i["target_raw"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert ("≤5‰", "<=", 5.0, "‰") in got and ("≤0.3‰", "<=", 0.3, "‰") in got
    low = _low(r)
    assert any("'≤5%0'" in m and "taken as '≤5‰'" in m for m in low)
    fax = _read("ct_s35_dc_fax_dotted_rules.tif")
    assert any("'94.3%0'" in m and "taken as '94.3‰'" in m for m in _low(fax))


def test_flat_mark_runs_across_no_boundary():
    """`_place`: a line marks a column boundary merged when it runs past it by a character on both sides, a character
    as wide as the page's text is high: a flat mark (10 px high on a page of 45 px lines) 11 px past it does not."""
    from extract.scan import Table, _place
    t = Table([0.0, 100.0, 200.0], [0.0, 60.0], np.zeros((1, 1), bool), np.zeros((0, 2), bool), (0, 0, 200, 60))
    _place(OcrLine("二一", (89, 5, 125, 15), 0.64), [t], 45.0)
    assert not t.vgap[0, 0]
    _place(OcrLine("项目名称项目", (30, 10, 170, 55), 0.99), [t], 45.0)
    assert t.vgap[0, 0]


def test_level_headers_with_numerals_lost():
    """`一级指标 | 级指标 | 级指标 | 年度指标值`: the two `级指标` are the levels 2 and 3, left to right."""
    from parsers.core import _numeral_lost_levels

    class C:
        def __init__(self, col, text):
            self.col, self.text = col, text

    cols = {"level1": 0, "target": 3}
    _numeral_lost_levels(cols, [C(0, "一级指标"), C(1, "级指标"), C(2, "级指标"), C(3, "年度指标值")])
    assert cols == {"level1": 0, "level2": 1, "level3": 2, "target": 3}
    cols = {"level1": 0, "level2": 1, "target": 3}
    _numeral_lost_levels(cols, [C(0, "一级指标"), C(1, "二级指标"), C(2, "级指标"), C(3, "指标值")])
    assert cols["level3"] == 2
