"""Scans and phone photos of a hunt (session 32, `aw`): the faults its minimal reproducers showed.

Each input is in tests/fixtures/review (prefix ct_s32_aw_); OCR takes seconds per page, so each file is read once.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _warnings(r, code: str) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == code]


def test_fax_of_oblong_pixels_is_read_square():
    """A fax in standard mode (G4 TIFF, 200x100 dpi): its pixels are twice as tall as wide. Read as square (only the
    horizontal dpi taken) the text was squashed to half its height and every field came back null (`14：财政援款`).
    The page is stretched to square pixels from both of its dpi values."""
    import numpy as np

    from extract import scan
    data = (REVIEW / "ct_s32_aw_fax_200x100.tif").read_bytes()
    (gray, dpi), = scan.open_image_pages(data)
    assert dpi == 200.0 and gray.shape == (2 * 1169, 1653)
    g, d = scan.square_pixels(np.zeros((100, 50), np.uint8), (100.0, 200.0))
    assert g.shape == (100, 100) and d == 200.0
    g, d = scan.square_pixels(np.zeros((100, 50), np.uint8), (150.0, 150.0))
    assert g.shape == (100, 50) and d == 150.0
    g, d = scan.square_pixels(np.zeros((100, 50), np.uint8), None)
    assert g.shape == (100, 50) and d == scan.DEFAULT_DPI
    r = _read("ct_s32_aw_fax_200x100.tif")
    p, = r.tables["projects"]
    assert p["unit"] == "恩施州水利水产局"
    assert p["department"].startswith("湖北省水利")
    assert p["phone"] == "0755-83211234" and str(p["fill_date"]) == "2023-03-15"
    assert p["budget_other"] == 500000.0
    assert any(i["target_raw"] == "2023年11月底前" for i in r.tables["indicators"])

