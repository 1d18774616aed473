"""Fix fa: review findings 1, 8 and 17 on the scan path (extract/scan.py `_seal_glyph`, `_drop_along`; extract/ocr.py
`_permille_trace`, folded since into `_permille_signs`, the one path of the ‰ rewrite: session 51 hunt sn2).

Expectations written by hand before running (from the geometry of the synthetic pages below and, for the fax, from
the image: the seal's rim glyphs 息 and 局 stand alone in the row of 项目名称, no value of the form is under them)."""
from __future__ import annotations

import numpy as np
import pytest

from extract.ocr import OcrLine, _permille_signs
from extract.scan import _drop_along, _seal_glyph, read_page, ring_mask

RING = [(500.0, 500.0, 100.0)]


def _permille_trace(probs: np.ndarray, chars: list[str]) -> bool:
    """Whether a line's decoded percent sign hides a per-mille sign: any place `_permille_signs` gives."""
    return bool(_permille_signs(probs, chars))


def _lone(text: str, conf: float = 0.95) -> OcrLine:
    # one glyph at 0.7-0.8 of the radius from the centre, upper left of it: the band where a 公章's name runs
    return OcrLine(text, (430.0, 430.0, 452.0, 455.0), conf)


# ---------------------------------------------------------------- finding 1: what a rim glyph can be

@pytest.mark.parametrize("value", ["5", "√", "0", "%", "A", "×", "是", "否", "无"])
def test_lone_value_under_a_seals_rim_is_kept(value):
    """A score, a tick, a figure, a sign, a letter or a one-glyph answer (是 / 否 / 无) alone in its cell under a
    seal's rim: a value, never a glyph of the seal's name. Main dropped every one (True: the line removed before the
    tables are read, no warning)."""
    o = _lone(value)
    assert _seal_glyph(o, RING, [o]) is False


@pytest.mark.parametrize("glyph", ["局", "息", "卫"])
def test_lone_rim_glyph_still_dropped(glyph):
    """A seal's own ideograph alone in the rim band (the fax's 息 / 局) is still taken for the seal's words."""
    o = _lone(glyph)
    assert _seal_glyph(o, RING, [o]) is True


def test_rim_glyph_beside_cell_words_is_kept():
    """A glyph with the cell's other words beside it on its row is no rim glyph (unchanged)."""
    o = _lone("局")
    other = OcrLine("卫生健康", (380.0, 431.0, 425.0, 454.0), 0.95)
    assert _seal_glyph(o, RING, [o, other]) is False


class _Engine:
    """An engine giving fixed lines on the page as it is (no levelling): a lone rim glyph 局 and a lone score 5
    under a drawn seal's rim, and a title far from it."""
    name = "fixed"
    fixed_geometry = True

    def __init__(self, lines):
        self.lines = lines

    def read(self, image):
        return list(self.lines)

    def recognize(self, image):
        return "", 0.0


def _seal_page() -> np.ndarray:
    import cv2
    g = np.full((1400, 1000), 255, np.uint8)
    cv2.circle(g, (500, 700), 150, 0, 6)
    cv2.putText(g, "TITLE", (100, 100), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    return g


def test_dropped_rim_glyph_is_reported_and_value_kept():
    """The page: one seal (r 150 px at (500, 700)); OCR lines `局` and `5` each alone in its rim band (upper left
    and upper right of the centre, 0.75 of the radius). Expected: `局` dropped and named in a low_confidence warning;
    `5` kept among the page's lines. Main dropped both, and said nothing."""
    from extract.scan import seal_rings
    gray = _seal_page()
    rings = seal_rings(gray)
    assert len(rings) == 1 and abs(rings[0][2] - 150) < 6          # (the drawn seal is found)
    ju = OcrLine("局", (400.0, 600.0, 425.0, 625.0), 0.99)
    five = OcrLine("5", (580.0, 600.0, 595.0, 625.0), 0.99)
    title = OcrLine("TITLE", (100.0, 70.0, 230.0, 100.0), 0.99)
    res = read_page(gray, 1, 0.5, _Engine([ju, five, title]))
    texts = [o.text for o in res.ocr_boxes]
    assert "5" in texts and "局" not in texts
    low = [w for w in res.warnings if w.code == "low_confidence" and "seal" in w.message]
    assert len(low) == 1 and "'局'" in low[0].message and "'5'" not in low[0].message
    assert low[0].page == 1
    assert "200, 300, 212, 312" in low[0].message                  # its bbox in points (scale 0.5)


def test_fax_rim_glyphs_reported(read):
    """The s41 fax (ct_s41_sc_fax_health.tif): its seal's rim glyphs 息 and 局 stand alone on the 项目名称 row; they
    are still kept out of the name and are now reported (main: no warning)."""
    r = read("ct_s41_sc_fax_health.tif")
    assert r.tables["projects"][0]["name"] == "基本公共卫生服务补助资金"
    msgs = [w["message"] for w in r.tables["warnings"] if w["code"] == "low_confidence" and "seal" in w["message"]]
    assert len(msgs) == 1 and "'息'" in msgs[0] and "'局'" in msgs[0]


# ---------------------------------------------------------------- finding 8: joined over the ring's own band only

def _stacked():
    """Two seals stacked in the same columns (centres (200, 200) and (200, 430), r 100); the vertical mask holds
    the upper ring's right side as one piece with a column ruling at x = 285 above and below it (the ruling broken
    across the disk's inside: it stops at the ring and starts again under it), and the lower ring's band in the
    same columns."""
    H, W = 560, 400
    rings = [(200.0, 200.0, 100.0), (200.0, 430.0, 100.0)]
    near = ring_mask((H, W), rings)
    yy, xx = np.mgrid[0:H, 0:W]
    d = np.hypot(xx - 200, yy - 200)
    mask = np.zeros((H, W), np.uint8)
    mask[(np.abs(d - 100) <= 1.5) & (xx >= 270)] = 255           # the upper ring's right side (its near-upright arc)
    mask[40:149, 284:287] = 255                                    # the ruling above, reaching the arc (y 147)
    mask[252:300, 284:287] = 255                                   # and below it, from the arc again (y 253)
    return mask, near


def test_drop_along_joins_only_over_the_band():
    """Column 285 crosses the upper ring's band at y 133-165 and 235-267 (band 8 px of r 100), its disk's inside
    between (y 165-235). Main took the gap from the page's columns summed (two rings: about 226 px) and put the
    arc's pixels back over the whole 134 px from the ruling above to the ruling below (the inside included); now
    only a gap lying wholly on the band (or the piece's own ink) is joined: none here, the arc's pixels at x 285 stay
    out."""
    mask, near = _stacked()
    out = _drop_along(mask, near, (1, 20))
    assert out[42:133, 285].all() and out[268:298, 285].all()      # the ruling's stretches off the ring stay
    assert not out[137:264, 285].any()          # nothing put back across the gap (main: the arc and the band's part)


def test_drop_along_still_joins_a_ruling_across_the_stroke():
    """A ruling crossing one ring's stroke (x = 200, the top of the ring: band y 92-108), fused with the arc: its
    stretches above and below the band are joined again over the band (the fax's 实施单位 column ruling)."""
    H, W = 400, 400
    rings = [(200.0, 200.0, 100.0)]
    near = ring_mask((H, W), rings)
    yy, xx = np.mgrid[0:H, 0:W]
    d = np.hypot(xx - 200, yy - 200)
    mask = np.zeros((H, W), np.uint8)
    mask[(np.abs(d - 100) <= 1.5) & (yy <= 200)] = 255             # the upper half of the ring
    mask[40:150, 199:202] = 255                                    # the ruling across its top
    out = _drop_along(mask, near, (1, 20))
    assert out[42:148, 200].all()                                  # (less a pixel or two at its ends: the opening)


# ---------------------------------------------------------------- finding 17: the per-mille trace

def _probs(frames, chars):
    """frames: a list of {class: prob} (the rest to the blank)."""
    p = np.zeros((len(frames), len(chars)), np.float32)
    for t, f in enumerate(frames):
        for c, v in f.items():
            p[t, chars.index(c)] = v
        p[t, 0] = 1.0 - sum(f.values())
    return p


CHARS = ["blank", "3", "≤", "%", "％", "0", "o", "O", "e"]


def test_fullwidth_percent_trace():
    """`≤3％` whose ％ is followed by a 0 trace of 0.2 (a ‰ read as the fullwidth sign). Main looked for ASCII `%`
    only: False."""
    frames = [{"≤": .9}, {}, {"3": .9}, {}, {"％": .9}, {"0": .2}, {}, {}]
    assert _permille_trace(_probs(frames, CHARS), CHARS) is True


def test_ascii_percent_trace_unchanged():
    frames = [{"≤": .9}, {}, {"3": .9}, {}, {"%": .9}, {"0": .2}, {}, {}]
    assert _permille_trace(_probs(frames, CHARS), CHARS) is True
    frames = [{"≤": .9}, {}, {"3": .9}, {}, {"%": .9}, {"0": .02}, {}, {}]
    assert _permille_trace(_probs(frames, CHARS), CHARS) is False


def test_alphabet_without_zeros():
    """An alphabet with no `0` / `o` / `O` / `e`: nothing to look for (main raised on an empty array's max)."""
    chars = ["blank", "3", "%"]
    p = np.zeros((4, 3), np.float32)
    p[:, 0] = 1.0
    p[1, 2] = 0.9
    p[1, 0] = 0.1
    assert _permille_trace(p, chars) is False


def test_window_scales_with_the_line():
    """A wide crop holding `3%` only (40 frames, two characters: 20 frames a glyph): the trace lies 6 frames after
    the sign, within half a glyph. Main searched 3 blank frames only: False."""
    frames = [{}] * 10 + [{"3": .9}] + [{}] * 8 + [{"%": .9}] + [{}] * 5 + [{"0": .15}] + [{}] * 15
    assert _permille_trace(_probs(frames, CHARS), CHARS) is True
    # a narrow line of the same glyphs: half a glyph is under 3 frames, the trace 6 frames on is past it
    frames = [{"3": .9}, {"%": .9}] + [{}] * 5 + [{"0": .15}]
    assert _permille_trace(_probs(frames, CHARS), CHARS) is False
