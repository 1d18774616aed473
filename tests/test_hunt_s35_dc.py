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


def test_per_mille_made_of_pct0_is_reported():
    """`≤5‰` read `≤5%0` is taken as ‰ (no percentage ends so), but a fax shows the same `%0` for a broken `%`
    (`94.3%0` for 94.3%): the guess is no longer silent, its cell is reported with what was read."""
    r = _read("ct_s35_dc_permille_read_pct0.jpg")
    got = [(i["target_raw"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert ("≤5‰", "<=", 5.0, "‰") in got and ("≤0.3‰", "<=", 0.3, "‰") in got
    low = _low(r)
    assert any("'≤5%0'" in m and "taken as '≤5‰'" in m for m in low)
