"""Scans: the xfails session 51's hunt sn2 left (session 52 hunt `sn3`). The readings are those of
tests/test_hunt_s51_sn2.py (its fixtures ct_s51_sn2_*, made by tests/fixtures/review/make_s51_sn2.py), whose two
xfails fixed here are now plain tests; this file holds the rules alone, on arrays and cells made here (no OCR run).

Decided:
- A percent sign read as the digits `96` after a share (`≥90%` read `≥9096` by a 100 dpi fax, 0.84: no `%` among the
  recognizer's candidates in those frames, nor when the tail is read again alone) is the sign, when the cell was read
  below 0.9, the number before `96` is 100 at most, and two other cells of its column end in a share
  (extract/scan.py mend_percent_96). The cell is reported low_confidence with what was read.
- The ghost a JPEG leaves of a red seal's thin strokes (its colour blurred away, chroma kept at half the resolution: a
  grey only tinted red, red 12-30 above green and blue) beyond the 3 px round the red ink that to_gray already turned
  to paper, but within 15 px of it, is paper too when its red is 140 or more (no black print is so light in red): the
  rim glyph 心 was read in a 指标值 cell, `≥92% 心`, no target.
- Left: the s32 aw fax's `≥320处` read `320处` (hunt sn2 found no reading of the line's sign safe); a form with no
  ruling lines whose value and next label the detector joins into one line (`德江县文体广电旅游局 实施单位`): the
  detector's box holds both, a cut needs the gap measured in the image (a split across words, not done in the time).
"""
from __future__ import annotations

import numpy as np
from PIL import Image

from extract.grid import Cell


def _column(texts: list[str], conf: float = 0.84, col: int = 3) -> list[Cell]:
    return [Cell(r, col, t, conf=0.99) for r, t in enumerate(texts[:-1])] + [Cell(len(texts), col, texts[-1], conf=conf)]


def test_percent_96_in_a_column_of_shares():
    from extract.scan import mend_percent_96
    cells = _column(["≥95%", "100%", "≥9096"])
    assert mend_percent_96(cells[-1], cells) == "≥90%"
    cells = _column(["≥95%", "100%", "10096"])
    assert mend_percent_96(cells[-1], cells) == "100%"
    cells = _column(["≥95%", "≤5%", "＜1596"])
    assert mend_percent_96(cells[-1], cells) == "＜15%"


def test_percent_96_kept():
    """A number read surely, a share over 100, one other share only, shares in another column, a unit after the
    number, four digits before the `96`: as read."""
    from extract.scan import mend_percent_96
    cells = _column(["≥95%", "100%", "≥9096"], conf=0.95)
    assert mend_percent_96(cells[-1], cells) == "≥9096"
    cells = _column(["≥95%", "100%", "≥30096"])
    assert mend_percent_96(cells[-1], cells) == "≥30096"
    cells = _column(["≥5200人次", "100%", "≥9096"])
    assert mend_percent_96(cells[-1], cells) == "≥9096"
    cells = _column(["≥95%", "100%", "≥9096"])
    other = [Cell(c.row, 2, c.text, conf=c.conf) for c in cells[:-1]] + cells[-1:]
    assert mend_percent_96(other[-1], other) == "≥9096"
    cells = _column(["≥95%", "100%", "≥9096元"])
    assert mend_percent_96(cells[-1], cells) == "≥9096元"
    cells = _column(["≥95%", "100%", "≥109096"])
    assert mend_percent_96(cells[-1], cells) == "≥109096"


def _page() -> np.ndarray:
    rgb = np.full((120, 200, 3), 255, np.uint8)
    rgb[20:80, 40:44] = (220, 40, 40)           # the seal's red stroke
    rgb[30:50, 50:56] = (176, 150, 150)         # its JPEG ghost, 6-12 px from it: a grey tinted red
    rgb[60:70, 48:54] = (40, 30, 30)            # black print beside the seal
    rgb[55:58, 50:56] = (120, 95, 95)           # a black stroke's edge reddened by the JPEG (red under 140)
    rgb[30:50, 120:126] = (176, 150, 150)       # the same tint far from any red ink (80 px)
    rgb[90:100, 150:160] = (90, 90, 90)         # grey print
    return rgb


def test_seal_ghost_is_paper():
    from extract.scan import to_gray
    g = to_gray(Image.fromarray(_page()))
    assert (g[30:50, 50:56] == 255).all()
    assert g[60:70, 48:54].max() < 60
    assert g[55:58, 50:56].max() < 140
    assert g[30:50, 120:126].max() < 200
    assert g[90:100, 150:160].max() < 100


def test_no_red_no_change():
    from extract.scan import to_gray
    rgb = _page()
    rgb[20:80, 40:44] = 255                     # no seal: the tint alone is no ghost
    im = Image.fromarray(rgb)
    assert (to_gray(im) == np.asarray(im.convert("L"))).all()
