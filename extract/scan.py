"""Scanned pages and photos -> the same grids of cells as extract/pdf.py, through OCR.

Chain of small steps, per page image:
  gray image -> quarter turn / upside-down check (text-line shapes, then OCR scores)
  -> deskew (angle of the long ruling lines, up to ±5°)
  -> ruling lines by morphology (OpenCV opening with long thin kernels)
  -> tables: connected line networks; row/column boundaries from the lines;
     merged cells where the line between two slots is missing (kept as spans)
  -> OCR once for the whole page (extract/ocr.py) -> each text line placed into
     the cell that holds its centre (a line running across a column boundary
     shows a merged cell there)
  -> cell text: lines top to bottom joined as the PDF reader joins wrapped lines
  -> text outside tables as TextLines; a page without ruling lines falls back to
     text-line alignment (extract/pdf.words_grid on the OCR lines)
  -> post-correction of characters the forms need (extract/scan.fix_text), and
     `low_confidence` warnings for cells read below LOW_CONFIDENCE.
Coordinates: Cell.bbox is in points (1/72 in) of the deskewed page, top-left
origin, as in the PDF reader; Cell.conf is the lowest OCR score in the cell.
"""
from __future__ import annotations

import io
import re
from normalize._lazy_re import lazy
from contextlib import contextmanager
from dataclasses import dataclass, field
from statistics import median

import numpy as np

from extract.grid import PAGE_ORDER, Cell, ExtractError, Extracted, Grid, ParseWarning, TextLine, unwrap_cell
from extract.ocr import OcrEngine, OcrLine, default_engine
from extract.pdf import words_grid
from normalize.records import PHONE_NUMBER
from normalize.text import T2S

# `jixiao debug --png` sets this to a list: read_page then appends (page, PageResult with the image)
DEBUG_PAGES: list | None = None
LOW_CONFIDENCE = 0.75          # a cell whose weakest OCR line scores below this is reported
DEFAULT_DPI = 150.0            # for images that do not say their resolution
MAX_PIXELS = 60_000_000        # larger images are refused (decompression bombs)
SEAL_GB_SHARE = 25             # a red seal's green/blue level: this percentile of its pixels' (to_gray)
SEAL_GHOST_REACH = 15          # a JPEG's pale ghost of a red seal's strokes: within this many pixels of its ink
SEAL_GHOST_TINT = 12           # and at least this much redder than green and blue (see to_gray)


@dataclass
class PageResult:
    grids: list[Grid]
    lines: list[TextLine]
    warnings: list[ParseWarning]
    # for `jixiao debug --png`: the deskewed page, its tables' cells and the OCR boxes (pixels)
    image: np.ndarray | None = None
    cell_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    ocr_boxes: list[OcrLine] = field(default_factory=list)
    angle: float = 0.0
    turned: int = 0


# ---------------------------------------------------------------- image files

@contextmanager
def image_errors():
    """Read an image inside this: PIL's errors (unknown format, a decompression bomb above MAX_PIXELS, damaged
    data) become an ExtractError saying so; for image files and the pictures in documents alike."""
    from PIL import Image, UnidentifiedImageError
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        yield
    except UnidentifiedImageError:
        raise ExtractError("not a readable image: unknown or damaged image format") from None
    except Image.DecompressionBombError as e:
        raise ExtractError(f"image too large to read: {e}") from None
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise ExtractError(f"damaged image, cannot be decoded: {type(e).__name__}: {e}"[:300]) from None


def open_image_pages(data: bytes) -> list[tuple[np.ndarray, float]]:
    """Given image bytes (PNG, JPEG, TIFF with any number of pages, BMP), return (gray page, dpi) per page."""
    from PIL import Image, ImageSequence
    if not data:
        raise ExtractError("empty image file (0 bytes)")
    with image_errors():
        im = Image.open(io.BytesIO(data))
        pages = []
        for frame in ImageSequence.Iterator(im):
            frame.load()
            pages.append(square_pixels(to_gray(frame), frame.info.get("dpi")))
    if not pages:
        raise ExtractError("image file has no pages")
    for g, _ in pages:
        if g.shape[0] < 32 or g.shape[1] < 32:
            raise ExtractError(f"image too small to hold a form ({g.shape[1]}x{g.shape[0]} pixels)")
    return pages


def _dpi(v) -> float | None:
    try:
        v = float(v)
    except (TypeError, ValueError):
        return None
    return v if 50 <= v <= 1200 else None


def square_pixels(gray: np.ndarray, dpi) -> tuple[np.ndarray, float]:
    """Given a page and its image's (horizontal, vertical) dpi (PIL's info["dpi"], or None), return the page with
    square pixels and its dpi. A fax in standard mode is 200x100 dpi (fine mode 200x200, TIFF class F 204x98):
    its pixels are twice as tall as wide, and read as square the text is squashed to half its height (a hunt's
    fax: every label and value read as garbage, `14：财政援款`). The axis of the lower resolution is stretched to
    the higher (a resolution outside 50..1200 dpi is not believed: the page is taken as it is)."""
    dx = _dpi(dpi[0]) if isinstance(dpi, (tuple, list)) and len(dpi) >= 1 else None
    dy = _dpi(dpi[1]) if isinstance(dpi, (tuple, list)) and len(dpi) >= 2 else None
    if dx is None or dy is None:
        return gray, dx or DEFAULT_DPI
    ratio = max(dx, dy) / min(dx, dy)
    if ratio < 1.05 or ratio > 4:
        return gray, dx
    h, w = gray.shape[:2]
    nh, nw = (round(h * dx / dy), w) if dx > dy else (h, round(w * dy / dx))
    if nh * nw > MAX_PIXELS:
        return gray, dx
    import cv2
    # each pixel repeated (as a fax machine prints a standard-mode page): a smoothing resize blurs a 1-bit page's
    # strokes, and the OCR read less of a hunt's fax so (no indicator at all, or no form)
    return cv2.resize(gray, (nw, nh), interpolation=cv2.INTER_NEAREST), max(dx, dy)


def to_gray(im) -> np.ndarray:
    """Given a PIL image, return its gray page (uint8) with red ink (a seal, 公章 / 财务专用章, stamped over the
    table) turned to paper: in gray a seal's ring read as ruling lines and its words as the cells' text (a
    review's scans: a budget line and an indicator invented, 健全 read 健全财务专用章). A pixel is red ink when
    its red is at least 40 above its green and blue; there the page is its red channel scaled so that the
    seal's own red is white, or its green/blue so scaled where that is darker (black text and lines under the
    seal are dark in all three and stay; under a seal laid over them, dark in green and blue)."""
    if im.mode in ("L", "1", "I;16", "I", "F"):
        return np.asarray(im.convert("L"), dtype=np.uint8).copy()
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        # transparent parts are paper (a screenshot's PNG with alpha: its transparent background read black)
        from PIL import Image
        rgba = im.convert("RGBA")
        im = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba).convert("RGB")
    rgb = np.asarray(im.convert("RGB"), dtype=np.int32)
    gray = np.asarray(im.convert("L"), dtype=np.uint8).copy()
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    red = (r - np.maximum(g, b) >= 40) & (r >= 100)
    if red.sum() < 50:
        return gray
    import cv2
    red &= ~red_print(red)
    if red.sum() < 50:
        return gray
    # in and near the red ink the page is read from its red channel, where the seal is pale and what is
    # under it (black text, ruling lines, their grey edges) keeps its darkness: a seal stamped (multiplied)
    # over the page; near, as a JPEG blurs the colour at the ink's edges
    near = cv2.dilate(red.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))).astype(bool)
    seal = max(int(np.percentile(r[red], 25)), 1)          # (the seal's red, its paler quarter included)
    # and only as far as its green and blue say it is the seal's ink too: print under a seal laid on the page (not
    # multiplied: dark red there) or a JPEG's colour blurred over black strokes (their red raised) is redder than
    # the paper but still much darker in green and blue than the seal itself (`省农` under a seal's star, the ruling
    # between 年度资金总额 and its amount turned to paper: `年度资金总额 1 360.00`, a piece of the ruling read `1`)
    gb = np.maximum(g, b)
    seal_gb = max(int(np.percentile(gb[red], SEAL_GB_SHARE)), 1)
    gray[near] = np.maximum(gray[near], np.minimum(np.clip(r[near] * 255 // seal, 0, 255),
                                                   np.clip(gb[near] * 255 // seal_gb, 0, 255)))
    # a JPEG's ghost of the seal's thin strokes: its colour blurred away (chroma kept at half the resolution), a pale
    # grey only tinted red (red 12-30 above green and blue, red 140 or more: no black print), beyond `near` but within
    # SEAL_GHOST_REACH pixels of the seal's ink: paper (a rim glyph 心 so left was read in a 指标值 cell: `≥92% 心`)
    wide = cv2.dilate(red.astype(np.uint8), cv2.getStructuringElement(
        cv2.MORPH_ELLIPSE, (2 * SEAL_GHOST_REACH + 1,) * 2)).astype(bool)
    # (the tint measured from the page's own: a warm paper's scan tints its grey print as much as its paper, and that
    # print beside a seal stays ink — the median tint of the page beyond the seal's reach, most of it paper)
    outside = ~wide
    cast = max(int(np.median((r - gb)[outside])), 0) if outside.any() else 0
    gray[wide & ~near & (r - gb >= SEAL_GHOST_TINT + cast) & (r >= 140)] = 255
    return gray


# red print, not a seal: a run of red glyphs joined along its line (each glyph's strokes and the next glyph within a
# 150th of the page's shorter side) at least RED_LINE_RATIO times as wide as it is tall and lower than a twentieth of
# that side (a line, two at most), lying in no seal's place: a red blob (joined within a 60th of the side) whose
# shorter side is a twentieth of the page's or more and whose sides are within SEAL_ASPECT of each other (a seal's
# ring with its words and star inside; a half seal at the page's edge). A rim glyph of a seal alone (its ring faded
# away) is about square: no line, paper as before
RED_LINE_RATIO = 2.0
SEAL_ASPECT = 2.2


def red_print(red: np.ndarray) -> np.ndarray:
    """Given a page's mask of red ink, return the part of it that is red print (lines of text, a value set in red on a
    revised form), to be read as ink: a red 年度总体目标 and two red 指标值 were turned to paper with the seal beside
    them (hunt sn3, session 54)."""
    import cv2
    side = min(red.shape)
    m = red.astype(np.uint8)
    k = max(2, side // 150)
    line = cv2.dilate(m, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * k + 1, 3)))
    kb = max(3, side // 60)
    blob = cv2.dilate(m, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * kb + 1, 2 * kb + 1)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(blob, connectivity=8)
    seals = [(x, y, x + w, y + h) for x, y, w, h, _ in stats[1:]
             if min(w, h) - 2 * kb >= side / 20 and max(w, h) <= SEAL_ASPECT * min(w, h)]
    n, labels, stats, _ = cv2.connectedComponentsWithStats(line, connectivity=8)
    keep = np.zeros(n, bool)
    for i, (x, y, w, h, _) in enumerate(stats):
        if i == 0 or h >= side / 20 or w < RED_LINE_RATIO * h:
            continue
        if any(x < x1 and x + w > x0 and y < y1 and y + h > y0 for x0, y0, x1, y1 in seals):
            continue
        keep[i] = True
    if not keep.any():
        return np.zeros_like(red)
    return red & keep[labels]


def extract_image(data: bytes, doc_id: str, path: str | None = None,
                  engine: OcrEngine | None = None) -> Extracted:
    """Given the bytes of a PNG / JPEG / TIFF / BMP page image (or several, in a TIFF), return its grids."""
    pages = open_image_pages(data)
    grids: list[Grid] = []
    lines: list[TextLine] = []
    warnings: list[ParseWarning] = []
    for pno, (gray, dpi) in enumerate(pages, 1):
        r = read_page(gray, pno, 72.0 / dpi, engine)
        grids += r.grids
        lines += r.lines
        warnings += r.warnings
    return Extracted(doc_id=doc_id, format="image", pages=len(pages), grids=grids, lines=lines,
                     warnings=warnings, path=path)


# ---------------------------------------------------------------- one page

def read_page(gray: np.ndarray, pno: int, scale: float, engine: OcrEngine | None = None,
              keep_image: bool = False) -> PageResult:
    """Given a gray page image, its 1-based page number and points per pixel, return its grids and lines."""
    engine = engine or default_engine()
    fixed = getattr(engine, "fixed_geometry", False)   # text placed on the page as it is (a PDF's text layer):
    turned, angle = 0, 0.0                             # the image is not turned or deskewed under it
    if not fixed:
        gray = descreened(gray)
        gray, turned, angle = level_and_upright(gray)
    elif hasattr(engine, "rotate"):
        # a searchable scan whose image is skewed (its text layer laid along the tilted lines): the image levelled,
        # the layer's glyphs turned with it; the skewed rulings gave no tables (a monitoring form's 0.8° lost every
        # field of its table)
        angle = skew_angle(gray)
        if abs(angle) > 0.05:
            gray = rotate(gray, angle)
            engine.rotate(angle, gray.shape[1], gray.shape[0])
        else:
            angle = 0.0
    ocr = engine.read(gray)
    if fixed:
        ocr = check_layer_signs(gray, ocr)
    if not fixed and _suspicious(ocr):            # upside down? read it the other way up and compare
        flipped = np.ascontiguousarray(gray[::-1, ::-1])
        other = engine.read(flipped)
        if _quality(other) > 1.5 * _quality(ocr):
            gray, ocr = flipped, other
            turned = (turned + 180) % 360
    rings = seal_rings(gray)                      # round seals stamped in black (a fax, a gray scan)
    rim: list[OcrLine] = []                       # lone glyphs under a seal's rim taken for its words (reported)
    if rings:
        th = _text_height(ocr)
        rim = [o for o in ocr if _seal_glyph(o, rings, ocr) or _seal_arc(o, rings, th, ocr)]
        ocr = [o for o in ocr if not any(o is g for g in rim)]
        ocr, codes = drop_seal_codes(ocr, rings)
        rim += codes
    masks = line_masks(gray, rings)               # once a page: the tables, the marks and the boxes use them
    tables = find_tables(gray, masks)
    weak: list[OcrLine] = []                      # marks read too weakly to keep, unless as a sign
    if tables:
        tables = [columns_from_gaps(t, ocr) if len(t.xs) == 2 and len(t.ys) > 4 else t for t in tables]
        ocr = split_across_rows(gray, ocr, tables, engine)
        ocr = split_across_columns(gray, ocr, tables, engine, masks, rings)
        ocr = ocr + leftover_marks(gray, tables, ocr, engine, masks, weak, rings)
        ocr = read_tick_boxes(gray, ocr, engine, masks)
    ocr = reread_vertical(gray, ocr, engine)
    ocr = reread_lone_signs(gray, ocr, engine, weak)
    if not fixed:
        ocr = reread_percent_tails(gray, ocr, engine)
        ocr = reread_strict_signs(gray, ocr, engine)
    ocr = [OcrLine(o.text, o.box, min(o.conf, SEAL_CONF), o.read) if _crossed(o, rings) else o for o in ocr]
    keep_image = keep_image or DEBUG_PAGES is not None
    res = PageResult([], [], [], gray if keep_image else None, angle=angle, turned=turned)
    if DEBUG_PAGES is not None:
        DEBUG_PAGES.append((pno, res))
    res.ocr_boxes = ocr
    if rim:
        res.warnings.append(ParseWarning(
            "low_confidence", f"page {pno}: {len(rim)} glyph(s) lying alone under a seal's rim (single, or a run along its "
            f"arc, or the code across its foot, or the star at its centre) taken for the seal's words and dropped: " + "; ".join(
                f"{g.text.strip()!r} (bbox {', '.join(f'{v * scale:.0f}' for v in g.box[:4])} pt)" for g in rim)
            + " (a value written there is lost: check the cells under the seal)", pno))
    if turned:
        res.warnings.append(ParseWarning("page_rotated", f"page {pno} was turned by {turned}° and read upright", pno))
    ocr = simplified_page([_fixed(o) for o in ocr if o.text.strip()])
    placed: dict[int, list[OcrLine]] = {}
    outside: list[OcrLine] = []
    th = _text_height(ocr)
    for o in ocr:
        t = _place(o, tables, th)
        if t is None:
            outside.append(o)
        else:
            placed.setdefault(t, []).append(o)
    rules = masks[0] | masks[1]
    for ti, t in enumerate(tables):
        cells = t.cells()
        if ti in placed:
            placed[ti] = reread_stacked_cells(gray, t, cells, placed[ti], engine, th, rules)
        res.cell_boxes += [b for _, _, _, _, b in cells]
        g = _grid(t, cells, placed.get(ti, []), pno, scale, res.warnings)
        if g is not None:
            res.grids.append(g)
    if tables:
        res.lines += _text_lines(outside, pno, scale)
    else:
        grid, rest = words_grid(_fake_text_lines(outside, scale), pno)
        if grid is not None:
            grid.origin = "ocr"
            for c in grid.cells:
                c.conf = _conf_at(outside, c.bbox, scale)
                read = c.text
                c.text, pct = mend_percent(c.text)
                mended = mend_unit_percent(c, grid.cells)
                if mended == c.text:
                    mended = mend_percent_96(c, grid.cells)
                c.text, pct = mended, pct or mended != c.text
                checked = [o.read for o in outside if o.read is not None and o.text in read and c.bbox is not None
                           and c.bbox[0] <= (o.box[0] + o.box[2]) / 2 * scale <= c.bbox[2]
                           and c.bbox[1] <= (o.box[1] + o.box[3]) / 2 * scale <= c.bbox[3]]
                for o in outside:
                    if o.read is not None and o.read in checked:
                        read = read.replace(o.text, o.read, 1)
                _warn_low(c, res.warnings, read, always=pct or bool(checked))
            res.grids.append(grid)
        res.lines += rest
    return res


# a 1-bit page whose ink is a dither (grey print or a photo sent by fax, a scanner's halftone): this share of its ink
# pixels or more have at most two ink neighbours of eight. Measured: a Floyd-Steinberg fax of grey print at 100 dpi
# 0.61; the ten 1-bit fixtures of solid print (faxes at 150-200 dpi, dotted rulings, a seal's ring in black) 0.01-0.29
DITHER_SHARE = 0.45
# the dithered page is smoothed by a Gaussian of this sigma (pixels) before it is read: the dots joined into strokes.
# Measured on the 100 dpi fax: 0.8 read every label and name right (no smoothing: `城乡居民医疗教助`, `惠南县`,
# `二级卷标`, `100%日`, `满意度指标服务对依備意度指标`), 1.2 read more percent signs wrong (`≥10%6`, `≥95%0`)
DESCREEN_SIGMA = 0.8


def descreened(gray: np.ndarray) -> np.ndarray:
    """Given a page, return it smoothed (DESCREEN_SIGMA) when it is 1-bit and its ink a dither (DITHER_SHARE), else
    as it is. The recognizer reads a dither's scattered dots as noise (a fax of grey print at 100 dpi: a name, a
    department, a label, the 满意度 row's heads misread); a page of solid strokes is never touched."""
    import cv2
    lo, hi = int(gray.min()), int(gray.max())
    if hi - lo < 128 or np.count_nonzero((gray != lo) & (gray != hi)):
        return gray
    ink = (gray == lo).astype(np.uint8)
    n = int(ink.sum())
    if n < 500:
        return gray
    near = cv2.filter2D(ink, cv2.CV_16S, np.ones((3, 3), np.float32), borderType=cv2.BORDER_CONSTANT) - ink
    if np.count_nonzero((near <= 2) & (ink == 1)) < DITHER_SHARE * n:
        return gray
    return cv2.GaussianBlur(gray, (0, 0), DESCREEN_SIGMA)


def _traditional_only(ch: str) -> bool:
    """A Traditional character no Simplified text uses: it has a Simplified form and is not in GB 2312
    (齡, 黃, 內, 決; not 著, 乾, 於, 後, which Simplified text writes too)."""
    if ord(ch) not in T2S:
        return False
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


_SIMPLIFIED_FORMS = frozenset(T2S.values())


def simplified_page(lines: list[OcrLine]) -> list[OcrLine]:
    """Given a page's OCR lines, return them with Traditional characters read on a Simplified page put back
    as the Simplified ones (the recognizer knows both and reads `黄` as `黃`, `决` as `決` now and then: 8% of
    the wrong fields on the templates' scans). A page is Simplified when it holds 20 or more Simplified forms
    of such characters and at most one Traditional one for every ten; a Traditional page stays as read."""
    text = "".join(o.text for o in lines)
    trad = sum(1 for ch in text if _traditional_only(ch))
    if not trad:
        return lines
    simp = sum(1 for ch in text if ch in _SIMPLIFIED_FORMS)
    if simp < 20 or trad > 0.1 * simp:
        return lines
    return [OcrLine("".join(T2S[ord(ch)] if _traditional_only(ch) else ch for ch in o.text), o.box, o.conf, o.read)
            if any(_traditional_only(ch) for ch in o.text) else o for o in lines]


def level_and_upright(gray: np.ndarray) -> tuple[np.ndarray, int, float]:
    """Given a page, return it levelled and upright, the quarter turn made and the skew corrected. Level first: a
    page skewed by 2° left the pieces of its tilted rulings standing on end, counted as text written down the
    page (a photo of an upright form was turned a quarter); the ruling lines are level in the image whichever way
    up the page is."""
    gray = unwarp(gray)
    angle = skew_angle(gray)
    if abs(angle) > 0.05:
        gray = rotate(gray, angle)
    gray, turned = upright(gray)
    return gray, turned, angle


KEYSTONE = 0.008        # opposite sides of the page's largest quadrilateral differing by more: a photo's perspective


def page_quad(gray: np.ndarray) -> np.ndarray | None:
    """The corners (top-left, top-right, bottom-right, bottom-left; pixels) of the largest four-sided outline on a
    page: a table's frame, or the sheet's edge on a darker background in a photo; None when there is none covering a
    tenth of the page."""
    import cv2
    f = 1200.0 / max(gray.shape)
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    f = min(f, 1.0)
    inv = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 10)
    inv = cv2.morphologyEx(inv, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    contours, _ = cv2.findContours(inv, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)   # (nested: a frame inside the photo's)
    page = small.shape[0] * small.shape[1]
    best, best_area = None, 0.1 * page
    for c in contours:
        hull = cv2.convexHull(c)
        area = cv2.contourArea(hull)
        if area <= best_area or area > 0.98 * page:
            continue
        quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        if len(quad) != 4 or cv2.contourArea(quad) < 0.9 * area or not _edges_on_ink(inv, quad.reshape(4, 2)):
            continue
        best, best_area = quad.reshape(4, 2).astype(np.float64), area
    if best is None:
        return None
    s, d = best.sum(axis=1), np.diff(best, axis=1).ravel()
    tl, br, tr, bl = best[np.argmin(s)], best[np.argmax(s)], best[np.argmin(d)], best[np.argmax(d)]
    quad = np.array([tl, tr, br, bl]) / f
    return quad if len({tuple(q) for q in quad}) == 4 else None


EDGE_INK = 0.8          # share of a quadrilateral's side that must run along ink for it to be an outline (see _edges_on_ink)


def _edges_on_ink(inv: np.ndarray, quad: np.ndarray, reach: int = 3) -> bool:
    """Whether every side of a quadrilateral (corners in `inv`'s pixels) runs along ink: at EDGE_INK of the points
    sampled between its corners' tenths, ink within `reach` px across it. A frame's side or the sheet's edge does, seen
    from any angle (a perspective keeps lines straight); a hull whose corner is a line of text printed just over the
    table (`填报单位（盖章）：…` touching the frame, joined to it) does not: its side ran from the text's top to the
    frame's far corner, the page was 'unwarped' by a perspective it never had (a flat scan skewed 0.6° measured
    a keystone of 0.02), its rulings sheared into twice as many columns and every indicator of the form lost."""
    H, W = inv.shape
    for k in range(4):
        a, b = quad[k].astype(np.float64), quad[(k + 1) % 4].astype(np.float64)
        d = b - a
        n = float(np.hypot(*d))
        if n < 1:
            return False
        across = np.array([-d[1], d[0]]) / n
        hits = total = 0
        for t in np.linspace(0.1, 0.9, 41):
            p = a + t * d
            pts = [p + s * across for s in range(-reach, reach + 1)]
            total += 1
            hits += any(0 <= int(round(q[1])) < H and 0 <= int(round(q[0])) < W and inv[int(round(q[1])), int(round(q[0]))]
                        for q in pts)
        if hits < EDGE_INK * total:
            return False
    return True


def keystone(quad: np.ndarray) -> float:
    """How far a quadrilateral is from a rectangle seen square on: the largest relative difference of its opposite
    sides' lengths (a rotated rectangle: 0)."""
    tl, tr, br, bl = quad
    top, bottom = np.linalg.norm(tr - tl), np.linalg.norm(br - bl)
    left, right = np.linalg.norm(bl - tl), np.linalg.norm(br - tr)
    return float(max(abs(top - bottom) / max(top, bottom), abs(left - right) / max(left, right)))


def unwarp(gray: np.ndarray) -> np.ndarray:
    """Given a page, return it seen square on when it was photographed at an angle: the perspective that makes the
    largest four-sided outline (the table's frame, the sheet's edge) a rectangle is undone over the whole page (a
    photo's converging rulings were read as slanted rows: labels run into values, level columns merged, a page
    turned a quarter); a page whose outline is already a rectangle (a scan, a photo taken square on) is returned as
    it is, its skew left to `skew_angle`."""
    import cv2
    quad = page_quad(gray)
    if quad is None or keystone(quad) <= KEYSTONE:
        return gray
    tl, tr, br, bl = quad
    w = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    h = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    dst = np.array([tl, tl + [w, 0], tl + [w, h], tl + [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(quad.astype(np.float32), dst)
    H, W = gray.shape
    corners = cv2.perspectiveTransform(np.array([[[0, 0]], [[W, 0]], [[W, H]], [[0, H]]], dtype=np.float32), m)
    x0, y0 = corners.reshape(4, 2).min(axis=0)
    x1, y1 = corners.reshape(4, 2).max(axis=0)
    if x1 - x0 > 2 * W or y1 - y0 > 2 * H:
        return gray                          # (an outline read wrong: the page would be stretched beyond measure)
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], dtype=np.float64)
    return cv2.warpPerspective(gray, shift @ m, (int(np.ceil(x1 - x0)), int(np.ceil(y1 - y0))),
                               flags=cv2.INTER_LINEAR, borderValue=255)


def upright(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """Given a page, return it turned by a quarter turn when its text lines stand on end, and the turn made."""
    import cv2
    f = 440.0 / max(gray.shape)              # the page's long side at 440 px (an A4 page at 150 dpi / 4):
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)    # runs measured alike at any dpi
    # ink darker than its neighbourhood (a window of about three characters), not than one threshold for the whole
    # page: a phone photo's dark desk and light falloff took Otsu's threshold down to the paper's shadows (a form
    # photographed sideways counted 41 wide runs against 65 tall and stayed on its side, 0 projects; measured on the
    # scans and photos of the fixtures and of a hunt's forms: pages on their side 32-66 tall runs against 2-9 wide,
    # upright pages at most 13 tall against 16-133 wide)
    inv = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 10)
    # the ruling lines out first: the text touching them smeared into the grid and was not counted (a
    # form turned a quarter gave 0-7 runs either way and stayed on its side)
    hh, ww = inv.shape
    rules = cv2.bitwise_or(
        cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(15, ww // 15), 1))),
        cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(15, hh // 15)))))
    inv = cv2.bitwise_and(inv, cv2.bitwise_not(rules))
    # text runs smear into lines along their writing direction
    h = cv2.morphologyEx(inv, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    v = cv2.morphologyEx(inv, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 9)))
    wide = _runs(h, axis=1)
    tall = _runs(v, axis=0)
    # (measured, Otsu's threshold then: pages on their side 34-55 tall runs against 1-5 wide, at 150 and 300 dpi;
    # upright pages of the fixtures rendered at 100-300 dpi and of a review's scans and photos at most 0.55 times as
    # many tall as wide; with the local threshold see above)
    if tall > 2 * wide and tall >= 10:
        return np.ascontiguousarray(np.rot90(gray, -1)), 90
    return gray, 0


def _runs(mask: np.ndarray, axis: int) -> int:
    """Count the long blobs of a mask that are elongated along an axis (1: horizontal)."""
    import cv2
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    w, h = stats[1:, 2], stats[1:, 3]
    if axis == 1:
        return int(((w > 3 * h) & (w > 12) & (h < 12)).sum())
    return int(((h > 3 * w) & (h > 12) & (w < 12)).sum())


def _suspicious(ocr: list[OcrLine]) -> bool:
    """An upright page of a form reads as Chinese with high scores (median 0.99 on the fixtures);
    upside down it gives a few lines of digits and punctuation scored about 0.7."""
    if not ocr:
        return True
    text = "".join(o.text for o in ocr)
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return median(o.conf for o in ocr) < 0.9 or cjk < 0.3 * len(text)


def _quality(ocr: list[OcrLine]) -> float:
    return sum(o.conf * len(o.text) for o in ocr)


def skew_angle(gray: np.ndarray) -> float:
    """Given a page, return the rotation (degrees, counter-clockwise) that makes its long horizontal lines level."""
    import cv2
    inv = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    w = gray.shape[1]
    k = max(40, w // 30)
    hm = cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    hm = cv2.dilate(hm, cv2.getStructuringElement(cv2.MORPH_RECT, (k // 2, 3)))
    n, lab, stats, _ = cv2.connectedComponentsWithStats(hm, connectivity=8)
    angles, weights = [], []
    for i in range(1, n):
        x, y, bw, bh, _ = stats[i]
        if bw < w // 4:
            continue
        ys, xs = np.nonzero(lab[y:y + bh, x:x + bw] == i)
        if len(xs) < 50:
            continue
        a, _ = np.polyfit(xs.astype(np.float64), ys.astype(np.float64), 1)
        ang = float(np.degrees(np.arctan(a)))
        if abs(ang) <= 5:
            angles.append(ang)
            weights.append(bw)
    if not angles:
        return _text_skew(inv)
    order = np.argsort(angles)
    cum = np.cumsum(np.asarray(weights)[order])
    return float(np.asarray(angles)[order][np.searchsorted(cum, cum[-1] / 2)])


def _text_skew(inv: np.ndarray) -> float:
    """Skew from text alone (no ruling lines): the angle whose row profile is sharpest."""
    import cv2
    small = cv2.resize(inv, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    best, best_a = -1.0, 0.0
    h, w = small.shape
    for a in np.arange(-3.0, 3.01, 0.25):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), a, 1.0)
        r = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        prof = r.sum(axis=1, dtype=np.float64)
        s = float(((prof[1:] - prof[:-1]) ** 2).sum())
        if s > best:
            best, best_a = s, float(a)
    return best_a


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """Given a page and an angle in degrees (counter-clockwise), return it rotated, the corners it uncovers filled with
    the page's edge pixels carried on, but where those are ink (darker than ROTATE_INK of the paper at the page's edge)
    with that paper: a white fill on a photo's grey paper drew an edge the rulings' finder took for a rule (the table
    grew a column and a row and lost its cells, hunt sn8), and a fax's black edge carried on drew strokes. A page whose
    edge is white paper (its median at least ROTATE_WHITE) is filled white, as before: no edge to take for a rule there,
    and the edge's noise carried on changed what the OCR read on a scan turned 0.25° (`一般公共预算资金项目负责人` for
    `一般公共预算资金 项目负责人`, the leader lost; mend md69)."""
    import cv2
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    edge = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    if float(np.median(edge)) >= ROTATE_WHITE:
        return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    out = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    paper = float(np.percentile(edge, 90))
    uncovered = cv2.warpAffine(np.zeros_like(gray), m, (w, h), flags=cv2.INTER_NEAREST, borderValue=255) > 0
    out[uncovered & (out < ROTATE_INK * paper)] = int(paper)
    return out


# an uncovered corner's pixel carried on from the page's edge darker than this share of the edge's paper is ink
ROTATE_INK = 0.6
# a page's edge whose median pixel is at least this is white paper, its uncovered corners filled white
ROTATE_WHITE = 230


# ---------------------------------------------------------------- tables from ruling lines

@dataclass
class Table:
    xs: list[float]                   # column boundaries (pixels)
    ys: list[float]                   # row boundaries
    vgap: np.ndarray                  # vgap[i, j]: no line between slot (i, j) and (i, j+1)
    hgap: np.ndarray                  # hgap[i, j]: no line between slot (i, j) and (i+1, j)
    bbox: tuple[float, float, float, float]

    def slot(self, x: float, y: float) -> tuple[int, int] | None:
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]):
            return None
        j = min(int(np.searchsorted(self.xs, x, side="right")) - 1, len(self.xs) - 2)
        i = min(int(np.searchsorted(self.ys, y, side="right")) - 1, len(self.ys) - 2)
        return max(i, 0), max(j, 0)

    def cells(self) -> list[tuple[int, int, int, int, tuple[float, float, float, float]]]:
        """Return (row, col, rowspan, colspan, bbox px) for each cell; merged slots form one cell."""
        nr, nc = len(self.ys) - 1, len(self.xs) - 1
        parent = list(range(nr * nc))

        def find(a: int) -> int:
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a

        for i in range(nr):
            for j in range(nc):
                if j + 1 < nc and self.vgap[i, j]:
                    parent[find(i * nc + j)] = find(i * nc + j + 1)
                if i + 1 < nr and self.hgap[i, j]:
                    parent[find(i * nc + j)] = find((i + 1) * nc + j)
        groups: dict[int, list[tuple[int, int]]] = {}
        for i in range(nr):
            for j in range(nc):
                groups.setdefault(find(i * nc + j), []).append((i, j))
        out = []
        for slots in groups.values():
            r0, r1 = min(s[0] for s in slots), max(s[0] for s in slots)
            c0, c1 = min(s[1] for s in slots), max(s[1] for s in slots)
            out.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1,
                        (self.xs[c0], self.ys[r0], self.xs[c1 + 1], self.ys[r1 + 1])))
        out.sort(key=lambda c: (c[0], c[1]))
        return out

    def cell_of(self, i: int, j: int, cells) -> int:
        for k, (r, c, rs, cs, _) in enumerate(cells):
            if r <= i < r + rs and c <= j < c + cs:
                return k
        return -1


def line_masks(gray: np.ndarray, rings: list[tuple[float, float, float]] | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
    """Given a deskewed page (and its seal_rings when known), return masks of its horizontal and vertical ruling
    lines."""
    import cv2
    # (offset 10, not 15: the faint rulings of a blurred 150 dpi photo beside the text of tight rows were lost, cells of
    # several rows merged; measured on 106 scans of real forms, photos at 150 dpi 0.874 -> 0.912 mean field F1)
    inv = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 10)
    h, w = gray.shape
    kh = max(30, w // 35)
    kv = max(20, max(h, w) // 70)   # (the long side: on a landscape page h // 70 let a character's strokes pass)
    hm = cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (kh, 1)))
    vm = cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, kv)))
    # close the small breaks that noise and JPEG leave in a line
    hm = cv2.morphologyEx(hm, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    vm = cv2.morphologyEx(vm, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 9)))
    rings = seal_rings(gray) if rings is None else rings
    if rings:
        # a seal's ring is no ruling: the stretches of its arc at its sides (and top and bottom) are as long as the
        # kernels and stood for column (row) lines: on a fax or gray scan the 实施单位 cell split into `四川中心` | a
        # phantom column, 185.00万 read across a phantom row as 18500万 (100 times the money, no warning)
        near = ring_mask(gray.shape, rings)
        hm, vm = _drop_along(hm, near, (kh, 1)), _drop_along(vm, near, (1, kv))
        # nor are the strokes of its star and of its words: a piece lying inside a ring is a ruling only when it
        # lies on the line of a ruling outside it (a column boundary of the table under the seal, continued below it;
        # a ruling meets the rulings across it, a character's stroke of the title above the table does not)
        disk = ring_mask(gray.shape, rings, inside=True)
        hm, vm = _drop_inside(hm, disk, vm, horizontal=True), _drop_inside(vm, disk, hm, horizontal=False)
    return hm, vm


def _drop_inside(mask: np.ndarray, disk: np.ndarray, across_mask: np.ndarray, horizontal: bool) -> np.ndarray:
    """Given a line mask, a mask of seals' disks and the mask of the lines across, return the line mask without the
    pieces lying inside a disk (90% of their pixels) that are not on the line (within 4 px) of a piece outside that
    meets a line across (within 4 px of its ends)."""
    import cv2
    n, lab, stats, cent = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if n <= 1:
        return mask
    total = np.maximum(stats[:, 4], 1)
    within = np.bincount(lab[disk], minlength=n) >= 0.9 * total
    within[0] = False
    if not within[1:].any():
        return mask
    across = cent[:, 1] if horizontal else cent[:, 0]
    H, W = mask.shape

    def meets(k: int) -> bool:
        x, y, w, h = stats[k, :4]
        return bool(across_mask[max(0, y - 4):min(H, y + h + 4), max(0, x - 4):min(W, x + w + 4)].any())

    outside = np.array([across[k] for k in range(1, n) if not within[k] and meets(k)])
    drop = np.zeros(n, bool)
    for k in np.flatnonzero(within):
        drop[k] = not (outside.size and np.abs(outside - across[k]).min() <= 4)
    out = mask.copy()
    out[drop[lab]] = 0
    return out


SEAL_CONF = 0.7        # the score of a text line a seal's ring runs across (below LOW_CONFIDENCE: reported)


def _crossed(o: OcrLine, rings: list[tuple[float, float, float]]) -> bool:
    """Whether a seal's ring runs across an OCR line's box (3 px inside its edges): what lay under the ring's stroke
    is lost (a decimal point: 185.00 read 18500, 100 times the money), and the line is reported as read weakly."""
    x0, y0, x1, y1 = o.box[0] + 3, o.box[1] + 3, o.box[2] - 3, o.box[3] - 3
    if x1 <= x0 or y1 <= y0:
        return False
    for x, y, r in rings:
        near = np.hypot(min(max(x, x0), x1) - x, min(max(y, y0), y1) - y)
        far = max(np.hypot(cx - x, cy - y) for cx in (x0, x1) for cy in (y0, y1))
        if near < r < far:
            return True
    return False


# one-glyph answers of a form's cell (是否政府采购 | 是, 有无 | 无, a grade) no organ's name is written with: never taken
# for a rim glyph (`有` is: a 有限公司's seal; `中`: 中心, 中学; dropped there, they are reported)
SEAL_KEPT = "是否无优良差"


def _seal_glyph(o: OcrLine, rings: list[tuple[float, float, float]], ocr: list[OcrLine]) -> bool:
    """Whether an OCR line is one character of a seal's own words: a single glyph lying wholly inside a ring, in the
    band where a 公章's name runs along its rim (0.5-0.95 of the radius from its centre, over the ring's lower
    quarter), with no other text beside it on its row within two glyph widths (a fax's seal: its `息` and `局` read
    after the project's name in the cell under them, `…补助资金息局`). A value written under a seal is kept: it is
    more than one glyph, or stands by the cell's other words, or lies off the rim's band, or is no glyph a seal's
    name is written in: a figure, a sign or mark (`5`, `√`, `%`, `-`), a Latin letter, or one of the one-glyph
    answers a form's cell takes (SEAL_KEPT: `是` / `否`, `无`, a grade). What is dropped is reported
    (read_page: a low_confidence warning naming the glyphs): a value of another glyph written there is lost."""
    t = o.text.strip()
    if len(t) != 1 or not "\u4e00" <= t <= "\u9fff" or t in SEAL_KEPT:
        return False
    x0, y0, x1, y1 = o.box[:4]
    cx, cy, h = (x0 + x1) / 2, (y0 + y1) / 2, y1 - y0
    for x, y, r in rings:
        far = max(np.hypot(u - x, v - y) for u in (x0, x1) for v in (y0, y1))
        if far > r or not 0.5 * r <= np.hypot(cx - x, cy - y) <= 0.95 * r or cy > y + 0.5 * r:
            continue
        if any(p is not o and min(p.box[3], y1) - max(p.box[1], y0) > 0.3 * h
               and (p.box[0] - x1 < 2 * h and x0 - p.box[2] < 2 * h) for p in ocr):
            continue
        return True
    return False


SEAL_ARC_RISE = 1.5     # an arc of a seal's letters: its box this many times the page's line height or more
SEAL_ARC_TOP = 0.7      # and its top within the rim's band: this share of the radius above the centre or more
SEAL_ARC_SIDE = 1.1     # and its sides within the ring (this share of the radius from the centre: a glyph's ink over it)


def _seal_arc(o: OcrLine, rings: list[tuple[float, float, float]], th: float, ocr: list[OcrLine] = ()) -> bool:
    """Whether an OCR line is a run of a seal's own letters read along its arc (a gray scan's seal over the 项目名称
    cell: its rim's `区文化` read after the name, `…提升工程区文化`): ideographs only, the box's centre inside a ring's
    upper half, its top in the rim's band (SEAL_ARC_TOP), and the box SEAL_ARC_RISE times the page's line height or
    more (the letters rise and fall along the arc), or a piece of a name another line of the page `ocr` spells whole
    (`_spelled_elsewhere`: the top of the arc runs nearly level, `自来水有限` over the unit's `晋江市自来水有限公司`, a
    3° scan). A value written under a seal runs level: its box a line high, kept (the unit's name across the same
    seal, `鄞州区文化馆`, stays)."""
    t = o.text.strip()
    if len(t) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in t) or th <= 0:
        return False
    x0, y0, x1, y1 = o.box[:4]
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    # the seal's letters lie inside its ring: a line reaching past the ring's sides is a value the seal's ink made
    # taller (a name run across the seal, its box grown up to the arc's letters), kept
    return (y1 - y0 >= SEAL_ARC_RISE * th or _spelled_elsewhere(o, ocr)) and any(
        np.hypot(cx - x, cy - y) < r and cy < y and y0 <= y - SEAL_ARC_TOP * r
        and x - r * SEAL_ARC_SIDE <= x0 and x1 <= x + r * SEAL_ARC_SIDE for x, y, r in rings)


SEAL_ARC_PIECE = 3      # the fewest glyphs of a seal's letters known by the name another line spells


def _spelled_elsewhere(o: OcrLine, ocr: list[OcrLine]) -> bool:
    """Is an OCR line's text (SEAL_ARC_PIECE glyphs or more) the middle of another line's text, a Chinese glyph on
    either side? A seal spells the name of the organ that stamps it round its rim from its left foot to its right, the
    name's middle on the arc's level top, and the form writes that name in its cells (主管部门, 实施单位). The same
    name written twice on a form is read whole both times, so neither is taken; a name written level under the seal's
    top and again after a label (`填报单位：晋江市水利局`) or before a bracket (`晋江市水利局（盖章）`) is a value, kept."""
    t = o.text.strip()
    if len(t) < SEAL_ARC_PIECE:
        return False
    middle = re.compile(rf"[\u4e00-\u9fff]{re.escape(t)}[\u4e00-\u9fff]")
    # (blanks out: a recognizer sets a gap inside a name spaced out in its cell, `晋江市自来水 有限公司`)
    return any(p is not o and middle.search(_BLANK.sub("", p.text)) for p in ocr)


# a seal's code (its registration number, 13 figures as a rule) in a straight line under its star; a sum, a rate or a
# date has its separators
_SEAL_CODE = lazy(r"(?<![\d.,])\d{10,18}(?![\d.,%])")
_PHONE_WHOLE = lazy(PHONE_NUMBER)
SEAL_CODE_FOOT = (0.3, 0.85)    # the code's centre this share of the radius below the ring's centre
SEAL_CODE_MIDDLE = 0.25         # and at most this share of the radius left or right of it
# the star a 公章 bears at its centre, read as a sign at the end or the start of the value under it (`3,680.00★`)
SEAL_STARS = "★☆✩✪✫✬✭✮✯✰⭐"
SEAL_STAR_NEAR = 0.4            # its glyph's centre within this share of the radius of the ring's centre


def drop_seal_codes(ocr: list[OcrLine], rings: list[tuple[float, float, float]]
                    ) -> tuple[list[OcrLine], list[OcrLine]]:
    """Given a page's OCR lines and its seal rings, return the lines without the seal's code read among them (a
    word of 10-18 figures centred on a ring's foot, a 3° scan's `2,450.00 3505820012` in the 财政拨款 cell under the
    seal: the sum lost), and the codes dropped, each as a line of its own (reported with the seal's rim glyphs). The
    word's place along its line is measured by the characters' widths (`_glyph_spans`). A telephone number
    (`normalize.records.PHONE_NUMBER`: `13805951234`) is a value, kept."""
    out: list[OcrLine] = []
    codes: list[OcrLine] = []
    for o in ocr:
        x0, y0, x1, y1 = o.box[:4]
        spans = _glyph_spans(o.text, x0, x1)
        cy = (y0 + y1) / 2
        if any(c in SEAL_STARS for c in o.text):
            o = _drop_seal_star(o, spans, rings, codes)
            if o is None:
                continue
            x0, y0, x1, y1 = o.box[:4]
            spans = _glyph_spans(o.text, x0, x1)
        for m in _SEAL_CODE.finditer(o.text):
            if _PHONE_WHOLE.fullmatch(m.group()):
                continue          # a telephone number: a 联系电话 cell's value under the seal's foot, kept
            a, z = spans[m.start()][0], spans[m.end() - 1][1]
            if any(SEAL_CODE_FOOT[0] * r <= cy - y <= SEAL_CODE_FOOT[1] * r and abs((a + z) / 2 - x) <= SEAL_CODE_MIDDLE * r
                   and x - r <= a and z <= x + r for x, y, r in rings):
                codes.append(OcrLine(m.group(), (a, y0, z, y1), o.conf))
                rest = (o.text[:m.start()] + o.text[m.end():]).strip()
                if rest:
                    # (the line's box shrunk to its other words: the code at its start or its end)
                    box = (x0, y0, a, y1) if not o.text[m.end():].strip() else (
                        (z, y0, x1, y1) if not o.text[:m.start()].strip() else o.box)
                    out.append(OcrLine(rest, box, o.conf, o.read))
                break
        else:
            out.append(o)
    return out, codes


def _drop_seal_star(o: OcrLine, spans: list[tuple[float, float]], rings: list[tuple[float, float, float]],
                    dropped: list[OcrLine]) -> OcrLine | None:
    """Given an OCR line holding a star sign, its glyphs' spans and the page's seal rings, return the line without a
    star at its start or its end whose glyph lies at a ring's centre (SEAL_STAR_NEAR): the seal's own star read with
    the value under it (`3,680.00★` in the 年度资金总额 cell: the sum lost), appended to `dropped` (reported with the
    seal's words); None when the star was the whole line. A star inside the words, or away from a seal's centre (a
    core indicator's `★` before its name), is kept."""
    t = o.text
    cy = (o.box[1] + o.box[3]) / 2
    for k in (len(t.rstrip()) - 1, len(t) - len(t.lstrip())):
        if not 0 <= k < len(t) or t[k] not in SEAL_STARS:
            continue
        a, z = spans[k]
        if not any(np.hypot((a + z) / 2 - x, cy - y) <= SEAL_STAR_NEAR * r for x, y, r in rings):
            continue
        dropped.append(OcrLine(t[k], (a, o.box[1], z, o.box[3]), o.conf))
        rest = t[:k] + t[k + 1:]
        if not rest.strip():
            return None
        box = (o.box[0], o.box[1], a, o.box[3]) if k >= len(t.rstrip()) - 1 else (z, o.box[1], o.box[2], o.box[3])
        return OcrLine(rest.strip(), box, o.conf, o.read)
    return o


def _drop_along(mask: np.ndarray, near: np.ndarray, kernel: tuple[int, int]) -> np.ndarray:
    """Given a line mask, a mask of seal rings and the ruling kernel (w, h), return the line mask without the pieces
    lying mostly on a ring (a ruling running across a ring keeps the few pixels it shares with it). Of such a piece
    the stretches off the ring as long as the kernel stay, joined again over the ring's stroke: a column ruling that
    the ring crosses twice, its near-upright arc touching it, made one piece with the arc (a fax's 实施单位 and the
    unit's name beside it read as one cell, the unit lost)."""
    import cv2
    n, lab = cv2.connectedComponents(mask, connectivity=8)
    if n <= 1:
        return mask
    total = np.bincount(lab.ravel(), minlength=n)
    on = np.bincount(lab[near], minlength=n)
    drop = on >= 0.5 * np.maximum(total, 1)
    drop[0] = False
    if not drop[1:].any():
        return mask
    gone = drop[lab]
    out = mask.copy()
    out[gone] = 0
    off = cv2.morphologyEx(np.where(gone & ~near, mask, 0).astype(mask.dtype), cv2.MORPH_OPEN,
                           cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
    if off.any():
        # joined only over a gap lying wholly on a ring's band or on the piece's own ink, in the stretches' own
        # column (row): the band's length there (the width of the stroke, up to its chord where the line is tangent
        # to the ring) and the stretch's ends the opening trimmed; not over a disk's blank inside, whatever the
        # rings on the page (the gap was the page's longest column of band, all rings summed: two seals stacked in
        # the columns, 226 px for rings of r 100, arcs put back across a disk)
        out[off > 0] = mask.max()
        vertical = kernel[0] == 1
        o_, n_, g_, out_ = (off, near, gone, out) if vertical else (off.T, near.T, gone.T, out.T)
        for x in np.flatnonzero(o_.any(axis=0)):
            ys = np.flatnonzero(o_[:, x])
            for a, b in zip(ys[:-1], ys[1:]):
                if b > a + 1 and (n_[a + 1:b, x] | g_[a + 1:b, x]).all():
                    out_[a + 1:b, x] |= g_[a + 1:b, x] * mask.max()
    return out


SEAL_RADIUS = (0.035, 0.12)     # a seal's radius, share of the page's long side (a 公章 of 40-42 mm: about 0.07)


def seal_rings(gray: np.ndarray) -> list[tuple[float, float, float]]:
    """Given a page, return the rings of round seals stamped on it in black (a fax, a gray or bilevel scan, where the
    red is not told from the print; `to_gray` takes a red seal out of a colour page): (x, y, radius) in pixels.

    A circle the gradient Hough transform proposes, fitted again (least squares) to the ink near it, is a ring when
    ink lies on it (within a pixel of the page's long side at 600 px) all round: 93% of the circle and 80% of each
    eighth of it. (Measured: the seals of a hunt's fax, gray scans and photos 1.0 each; circles proposed through a
    table's rulings and text at most 0.82, with an eighth at most 0.7.)"""
    import cv2
    H, W = gray.shape[:2]
    f = 600.0 / max(H, W)
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    lo, hi = (int(s * max(H, W) * f) for s in SEAL_RADIUS)
    if lo < 8:
        return []
    found = cv2.HoughCircles(cv2.GaussianBlur(small, (5, 5), 1.5), cv2.HOUGH_GRADIENT, dp=1, minDist=20,
                             param1=100, param2=40, minRadius=lo, maxRadius=hi)
    if found is None:
        return []
    inv = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 10) > 0
    ang = np.linspace(0, 2 * np.pi, 240, endpoint=False)
    rings: list[tuple[float, float, float]] = []
    for x, y, r in found[0][:30]:
        x, y, r = float(x), float(y), float(r)
        x0, y0 = max(0, int(x - r) - 8), max(0, int(y - r) - 8)
        ys, xs = np.nonzero(inv[y0:int(y + r) + 9, x0:int(x + r) + 9])
        xs, ys = xs.astype(np.float64) + x0, ys.astype(np.float64) + y0
        for _ in range(3):
            sel = np.abs(np.hypot(xs - x, ys - y) - r) <= 3
            if sel.sum() < 20:
                break
            a = np.c_[2 * xs[sel], 2 * ys[sel], np.ones(int(sel.sum()))]
            (x, y, c), *_ = np.linalg.lstsq(a, xs[sel] ** 2 + ys[sel] ** 2, rcond=None)
            r = float(np.sqrt(max(c + x * x + y * y, 1.0)))
        if not lo * 0.8 <= r <= hi * 1.2:
            continue
        hit = np.zeros(ang.size, bool)
        for dr in (-1, 0, 1):
            px = np.round(x + (r + dr) * np.cos(ang)).astype(int)
            py = np.round(y + (r + dr) * np.sin(ang)).astype(int)
            ok = (px >= 0) & (py >= 0) & (px < inv.shape[1]) & (py < inv.shape[0])
            hit[ok] |= inv[py[ok], px[ok]]
        if hit.mean() < 0.93 or hit.reshape(8, -1).mean(axis=1).min() < 0.8:
            continue
        if any(np.hypot(x / f - u, y / f - v) < 0.5 * r / f for u, v, _ in rings):
            continue                                   # (the same ring proposed twice)
        rings.append((x / f, y / f, r / f))
    return rings


def ring_mask(shape: tuple[int, ...], rings: list[tuple[float, float, float]], inside: bool = False) -> np.ndarray:
    """A boolean mask of the band along each ring (its stroke and the fit's error: 8% of the radius, 4 px at least);
    `inside`: of the disks the rings and their bands enclose."""
    yy, xx = np.mgrid[0:shape[0], 0:shape[1]]
    out = np.zeros(shape[:2], bool)
    for x, y, r in rings:
        band = max(4.0, 0.08 * r)
        x0, x1 = max(0, int(x - r - band)), min(shape[1], int(x + r + band) + 1)
        y0, y1 = max(0, int(y - r - band)), min(shape[0], int(y + r + band) + 1)
        d = np.hypot(xx[y0:y1, x0:x1] - x, yy[y0:y1, x0:x1] - y)
        out[y0:y1, x0:x1] |= (d <= r + band) if inside else (np.abs(d - r) <= band)
    return out


def find_tables(gray: np.ndarray, masks: tuple[np.ndarray, np.ndarray] | None = None) -> list[Table]:
    """Given a deskewed page (and its line_masks when known), return its ruled tables (row/column
    boundaries and the missing lines)."""
    import cv2
    hm, vm = masks if masks is not None else line_masks(gray)
    both = cv2.dilate(hm | vm, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    n, lab, stats, _ = cv2.connectedComponentsWithStats(both, connectivity=8)
    H, W = gray.shape
    tables = []
    for k in range(1, n):
        x, y, bw, bh, _ = stats[k]
        if bw < W * 0.15 or bh < 20:
            continue
        region = lab[y:y + bh, x:x + bw] == k
        hs = _segments(hm[y:y + bh, x:x + bw] & (region * 255).astype(np.uint8), horizontal=True)
        vs = _segments(vm[y:y + bh, x:x + bw] & (region * 255).astype(np.uint8), horizontal=False)
        ys = _cluster([s[0] for s in hs], 6)
        if ys:
            # (not the strokes of a text line printed just over or under the table, `编辑: 飞鸟 | 2019-07-11 |`,
            # joined to it by the dilation: a ruling reaches into the table's rows)
            vs = [v for v in vs if v[2] > ys[0] + 5 and v[1] < ys[-1] - 5]
            vs = _ruled_uprights(vs, hm[y:y + bh, x:x + bw], max(20, max(H, W) // 70))
        xs = _cluster([s[0] for s in vs], 6)
        if len(ys) < 2 or len(xs) < 2:
            continue
        ys = _open_ends(ys, xs, vs, max(20, max(H, W) // 70))
        hsub = hm[y:y + bh, x:x + bw]
        vsub = vm[y:y + bh, x:x + bw]
        nr, nc = len(ys) - 1, len(xs) - 1
        vgap = np.zeros((nr, max(nc - 1, 0)), dtype=bool)
        hgap = np.zeros((max(nr - 1, 0), nc), dtype=bool)
        for i in range(nr):
            for j in range(nc - 1):
                vgap[i, j] = _coverage(vsub, xs[j + 1], ys[i], ys[i + 1], vertical=True) < 0.5
        for i in range(nr - 1):
            for j in range(nc):
                hgap[i, j] = _coverage(hsub, ys[i + 1], xs[j], xs[j + 1], vertical=False) < 0.5
        # a ruling too faint for the line mask (a light-grey or thin rule a scanner half lost) still shows in the grey
        # page as a thin dark line at the boundary: no gap there (see _faint_rule)
        gsub = gray[y:y + bh, x:x + bw]
        for i, j in zip(*np.nonzero(vgap)):
            vgap[i, j] = not _faint_rule(gsub, xs[j + 1], ys[i], ys[i + 1], vertical=True)
        for i, j in zip(*np.nonzero(hgap)):
            hgap[i, j] = not _faint_rule(gsub, ys[i + 1], xs[j], xs[j + 1], vertical=False)
        # nor a column ruling a fax's threshold broke into dashes shorter than the kernel (see _dashed_rule)
        if vgap.any():
            dash = _dash_mask(gsub)
            for i, j in zip(*np.nonzero(vgap)):
                vgap[i, j] = not _dashed_rule(dash, gsub, xs[j + 1], ys[i], ys[i + 1])
        # stretches too short to judge alone (narrow 分值 / 得分 columns) are judged together, as one, when the row
        # boundary is ruled on both sides of their run: the same line going on (not a column boundary: there a
        # character's upright stroke is as long as a row of one line)
        for i in range(nr - 1):
            j = 0
            while j < nc:
                if not hgap[i, j]:
                    j += 1
                    continue
                j1 = j
                while j1 + 1 < nc and hgap[i, j1 + 1]:
                    j1 += 1
                if 0 < j and j1 < nc - 1 and _faint_rule(gsub, ys[i + 1], xs[j], xs[j1 + 1], vertical=False,
                                                         between=True):
                    hgap[i, j:j1 + 1] = False
                j = j1 + 1
        gx = [v + x for v in xs]
        gy = [v + y for v in ys]
        tables.append(Table(gx, gy, vgap, hgap, (gx[0], gy[0], gx[-1], gy[-1])))
    # a frame around a table of more cells (the sheet's edge on a darker background in a photo, a box drawn
    # round the form): no table of its own; every line was placed in it and the form read as one cell
    def cells(t: Table) -> int:
        return (len(t.xs) - 1) * (len(t.ys) - 1)

    tables = [t for t in tables if not any(
        u is not t and cells(u) > cells(t) and t.bbox[0] <= u.bbox[0] and t.bbox[1] <= u.bbox[1]
        and u.bbox[2] <= t.bbox[2] and u.bbox[3] <= t.bbox[3] for u in tables)]
    # a lone frame, one cell (an unruled table with only its outer border): no table either; its lines are read as
    # the page's words (the whole form was read as one cell, nothing of it kept)
    tables = [t for t in tables if cells(t) > 1]
    tables.sort(key=lambda t: t.bbox[1])
    return tables


GAP_COVER = 0.25        # a column boundary of a table ruled by rows only: where at most this share of its rows' text runs
GAP_STARTS = 3          # and at least this many of its lines start just right of it (the column's left-aligned words)


def columns_from_gaps(t: Table, ocr: list[OcrLine]) -> Table:
    """Given a table whose rulings give one column (its frame and row rules drawn, no column rule: a 三线表's kin, or
    a fax that lost its thin uprights) and the page's OCR lines, return it with the column boundaries its text shows:
    a stretch across the table, off its edges, that the text of at most GAP_COVER of its rows runs over (a cell merged
    across columns, the goal's or the name's, runs over it: `_place` then merges its slots), with GAP_STARTS lines or
    more starting within a line's height right of it. The boundary lies just left of the nearest start. With no such
    stretch the table is returned as it was (the whole row one cell: the form's labels and values run together,
    `项目名称麦积区…工程`, and no field or indicator table read)."""
    x0, x1 = int(t.xs[0]), int(t.xs[1])
    rows = len(t.ys) - 1
    inside = [o for o in ocr if x0 - 2 <= (o.box[0] + o.box[2]) / 2 <= x1 + 2 and t.ys[0] <= (o.box[1] + o.box[3]) / 2 <= t.ys[-1]]
    if len(inside) < 2 * rows:
        return t
    th = _text_height(inside)
    cover = np.zeros(x1 - x0 + 1, np.int32)
    for i in range(rows):
        seen = np.zeros_like(cover, dtype=bool)
        for o in inside:
            if t.ys[i] <= (o.box[1] + o.box[3]) / 2 < t.ys[i + 1]:
                seen[max(0, int(o.box[0]) - x0):max(0, int(o.box[2]) - x0 + 1)] = True
        cover += seen
    used = sum(1 for i in range(rows) if any(t.ys[i] <= (o.box[1] + o.box[3]) / 2 < t.ys[i + 1] for o in inside))
    low = cover <= GAP_COVER * used
    bounds: list[float] = []
    k = 0
    while k < low.size:
        if not low[k]:
            k += 1
            continue
        e = k
        while e + 1 < low.size and low[e + 1]:
            e += 1
        if k > 0 and e < low.size - 1:
            starts = [o.box[0] for o in inside if x0 + e - 2 <= o.box[0] <= x0 + e + th]
            if len(starts) >= GAP_STARTS:
                bounds.append(float(max(x0 + k, min(starts) - max(2.0, 0.15 * th))))
        k = e + 1
    if not bounds:
        return t
    xs = [t.xs[0], *bounds, t.xs[1]]
    nc = len(xs) - 1
    return Table(xs, list(t.ys), np.zeros((rows, nc - 1), bool), np.repeat(t.hgap, nc, axis=1), t.bbox)


OPEN_END_TOL = 8        # px: the column rulings of a table's open end stop within this of their median end


def _open_ends(ys: list[float], xs: list[float], vs: list[tuple[float, float, float]], kv: int) -> list[float]:
    """Given a table's row boundaries, its column boundaries and its upright pieces (x, top, bottom) and the vertical
    kernel, return the row boundaries with the table's open ends closed: where the column rulings, its two outer ones
    among them, run on together past the last row ruling (the first) by more than the kernel and stop at the same
    height, a row was cut there (a page break through a row: the scanned page's last row has no bottom ruling, the
    next page's first row no top one); that row is bounded by the rulings' ends. On a two-page scan the text of the
    cut row under the last ruling lay in no cell: its words were read as one line, `产出指标 成本指标 亩均财政投入
    ≤1500元`, taken whole for an indicator's name without a target."""
    out = list(ys)
    for bottom in (True, False):
        ends = []
        for xc in xs:
            near = [v for v in vs if abs(v[0] - xc) <= 6]
            ends.append(max(v[2] for v in near) if bottom else min(v[1] for v in near))
        past = [e - ys[-1] if bottom else ys[0] - e for e in ends]
        far = [e for e, p in zip(ends, past) if p > kv]
        if past[0] <= kv or past[-1] <= kv or len(far) < max(2, (len(xs) + 1) // 2):
            continue
        mid = float(np.median(far))
        if all(abs(e - mid) <= OPEN_END_TOL for e in far):
            out = out + [mid] if bottom else [mid] + out
    return out


SHORT_UPRIGHT = 2.5     # a vertical piece shorter than this many times the vertical kernel must meet row rulings


def _ruled_uprights(vs: list[tuple[float, float, float]], hm: np.ndarray, kv: int,
                    reach: int = 1) -> list[tuple[float, float, float]]:
    """Given a table's vertical pieces (x, top, bottom), its horizontal ruling mask and the vertical kernel, return the
    pieces that are column rulings: a long one, or a short one whose two ends meet a row ruling (within `reach` px).
    A column ruling of one row runs from the row's top ruling to its bottom one; the upright strokes of characters
    do not reach them: on a photo whose text stood about as tall as the kernel (a sheet cropped to its ink, blurred
    strokes of two wrapped lines joined) every stroke of a cell's words made a column of its own (52 columns for a
    form of 5, 0 projects)."""
    H, W = hm.shape

    def meets(xc: float, yc: float) -> bool:
        x0, x1 = max(int(xc) - reach, 0), min(int(xc) + reach + 1, W)
        y0, y1 = max(int(yc) - reach, 0), min(int(yc) + reach + 1, H)
        return x1 > x0 and y1 > y0 and bool(hm[y0:y1, x0:x1].any())

    return [v for v in vs if v[2] - v[1] >= SHORT_UPRIGHT * kv or (meets(v[0], v[1]) and meets(v[0], v[2] - 1))]


def _segments(mask: np.ndarray, horizontal: bool) -> list[tuple[float, float, float]]:
    """Given a line mask, return (position across, start, end) of each line segment."""
    import cv2
    n, _, stats, cent = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for k in range(1, n):
        x, y, bw, bh, _ = stats[k]
        if horizontal and bw >= 25:
            out.append((float(cent[k][1]), float(x), float(x + bw)))
        elif not horizontal and bh >= 15:
            out.append((float(cent[k][0]), float(y), float(y + bh)))
    return out


def _cluster(vals: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(vals):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [float(np.mean(g)) for g in out]


FAINT_DEPTH = 6.0       # grey levels a faint ruling is darker than the paper 2 px either side of it (median of the chunks)
FAINT_SHARE = 0.85      # share of the chunks of a stretch where it must show


def _faint_rule(gray: np.ndarray, at: float, a: float, b: float, vertical: bool, between: bool = False) -> bool:
    """Whether the grey page shows a ruling along the stretch a..b (shrunk by a margin) at `at` (a row or column
    boundary of a table, where the line mask found none). The stretch is cut into chunks of a few pixels (a fifth of
    a character's width) and the mean grey of each across the boundary taken: a thin dip, darker than the page 2 px
    to either side of it (a line, not the lower edge of a row of text), must lie within 2 px of `at`, FAINT_DEPTH
    deep in the median of the chunks and half as deep in FAINT_SHARE of them. A ruling printed light or half lost by
    the scanner or a phone's blur does (every other row rule drawn at a quarter of its ink on a 150 dpi grey scan: the
    mask kept a third of it, rows merged in pairs, ≥3200公里 and 》=12座 read as one target, every indicator of the
    form lost; on a phone photo two indicators' names read as one); blank paper does not, nor a line of text across a
    merged cell (`绩效指标` whose foot lies on the boundary of the rows beside it: ink above it, no dip; the bottom
    strokes of `项目资金` on it: broken between and inside the characters). A stretch shorter than max(40 px, a 40th
    of the page's long side) is not judged (a character's stroke is as long) unless `between`: the boundary is ruled
    on both sides of it."""
    m = max(3.0, (b - a) * 0.15)
    lo, hi = int(a + m), int(b - m)
    c = int(round(at))
    R = 4                                                           # rows of the band either side of `at`
    if hi - lo < (12 if between else max(40, max(gray.shape) // 40)) or c - R < 0:
        return False
    band = gray[lo:hi, c - R:c + R + 1].T if vertical else gray[c - R:c + R + 1, lo:hi]
    if band.shape[0] != 2 * R + 1:
        return False
    width = max(3, max(gray.shape) // 450)                          # 4 px at 150 dpi
    n = band.shape[1] // width
    profs = band[:, :n * width].astype(np.float32).reshape(band.shape[0], n, width).mean(axis=2).T   # chunks x rows
    for k in range(R - 2, R + 3):                                   # the line within 2 px of `at`
        dip = np.minimum(profs[:, k - 2], profs[:, k + 2]) - profs[:, k]
        if float(np.median(dip)) >= FAINT_DEPTH and float((dip >= FAINT_DEPTH / 2).mean()) >= FAINT_SHARE:
            return True
    return False


DASH = 7                # px: the shortest piece of a broken ruling counted (a fax's dashes)
DASH_SHARE = 0.75       # share of the stretch the dashes must cover along the boundary (within 2 px)


def _dash_mask(gray: np.ndarray) -> np.ndarray:
    """Given (a part of) a page, return its upright ink pieces of at least DASH px."""
    import cv2
    inv = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 10)
    return cv2.morphologyEx(inv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, DASH)))


def _dashed_rule(dash: np.ndarray, gray: np.ndarray, x: float, top: float, bottom: float) -> bool:
    """Whether a table's column boundary at x from top to bottom (where the line mask found no ruling) is a ruling a
    fax's threshold broke into dashes: upright pieces of ink of DASH px or more, within 2 px of x, over DASH_SHARE of
    the stretch (shrunk by a margin) and within 4 px of the rulings above and below, and blank paper a few px off it
    on both sides (a cell's padding, `_padded`). A
    hunt's fax at 200 dpi, 1-bit, skewed 1.4°: its thin column rules came out dotted, in pieces shorter than the
    kernel, and the cells either side merged (`3126人次 20` one cell, a column of indicator names lost). Characters
    across a merged cell's boundary covered at most 0.63 of a row's stretch there (measured) and leave ink beside it.
    (Row rulings are not so judged: the strokes of a level's name centred on the boundary of the two rows of its
    merged cell, rows 1.2 times the text's height, lie along it with paper above and below.)"""
    m = max(3.0, (bottom - top) * 0.15)
    lo, hi = int(top + m), int(bottom - m)
    c = int(round(x))
    if hi - lo < 8 or c - 2 < 0:
        return False
    band = dash[lo:hi, c - 2:c + 3]
    if band.size == 0 or float((band.max(axis=1) > 0).mean()) < DASH_SHARE:
        return False
    # and meeting the row's rulings at both ends, as a ruling does (the stem of a `1` in a merged cell, on the boundary
    # with paper beside it, keeps off them)
    t, b = int(top), int(bottom)
    if not (dash[t + 1:t + 5, c - 2:c + 3].any() and dash[max(t, b - 4):b, c - 2:c + 3].any()):
        return False
    return _padded(gray, x, lo, hi)


def _coverage(mask: np.ndarray, at: float, a: float, b: float, vertical: bool) -> float:
    """Share of the stretch a..b (shrunk by a margin) where the mask has a line within 4 px of `at`."""
    m = max(3.0, (b - a) * 0.15)
    lo, hi = int(a + m), int(b - m)
    if hi <= lo:
        lo, hi = int(a), int(b)
    c0, c1 = max(0, int(at) - 4), int(at) + 5
    if vertical:
        band = mask[lo:hi, c0:c1]
        hit = band.max(axis=1) if band.size else np.zeros(0)
    else:
        band = mask[c0:c1, lo:hi]
        hit = band.max(axis=0) if band.size else np.zeros(0)
    return float((hit > 0).mean()) if hit.size else 0.0


# ---------------------------------------------------------------- marks the detector misses

def leftover_marks(gray: np.ndarray, tables: list[Table], ocr: list[OcrLine], engine: OcrEngine,
                   masks: tuple[np.ndarray, np.ndarray] | None = None,
                   weak: list[OcrLine] | None = None,
                   rings: list[tuple[float, float, float]] | None = None) -> list[OcrLine]:
    """Given a page, its tables and OCR lines, return the lone marks inside cells that no OCR line covers
    (and append to `weak`, when given, the glyph-sized marks read too weakly to keep: `reread_lone_signs`
    reads them again beside a number, as a lone `≥` or `<` is read only there).

    The text detector misses a glyph standing alone on its line: the `√` wrapped
    below `立项和计划阶段`, a `□` or a single digit. Ink left in a cell once the
    ruling lines and the OCR lines are taken away, of the size of a character,
    is cut out and recognized by itself (one small recognition per mark).
    """
    import cv2
    if not ocr:
        return []
    hs = sorted(o.box[3] - o.box[1] for o in ocr)
    th = hs[len(hs) // 2]                          # text line height (pixels)
    inv = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    hm, vm = masks if masks is not None else line_masks(gray)
    lines = cv2.dilate(hm | vm, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    ink = inv & ~lines
    if rings:
        # a seal stamped in black is no mark of the form: its ring's arcs, its star and its words were read as `1`,
        # `一`, `水` in the cells under it (`农产品…专项经费 1`, `185.00 1`)
        ink[ring_mask(ink.shape, rings, inside=True)] = 0
    for o in ocr:
        x0, t, x1, b = (int(v) for v in o.box)
        ink[max(0, t - 2):b + 3, max(0, x0 - 2):x1 + 3] = 0
    keep = np.zeros_like(ink)
    for tb in tables:
        x0, t, x1, b = (int(v) for v in tb.bbox)
        keep[t:b, x0:x1] = ink[t:b, x0:x1]
    blobs = cv2.dilate(keep, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(th * 0.3)), 3)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(blobs, connectivity=8)
    out: list[OcrLine] = []
    for k in range(1, n):
        x, y, w, h, area = stats[k]
        # character-sized, or a flat stroke as wide as a character (`一`)
        if not (h <= 1.6 * th and 0.25 * th <= w <= 4 * th and (h >= 0.45 * th or w >= 0.6 * th)):
            continue
        if int((keep[y:y + h, x:x + w] > 0).sum()) < 0.06 * w * h:    # too faint: noise
            continue
        if h < 0.45 * th and (keep[y:y + h, x:x + w] > 0).any(axis=0).mean() < 0.6:
            # a flat mark is one stroke (`一`, `-`) across its width: specks the dilation joined are none (the
            # ghost of a red seal's words taken out of a colour scan, two dots read `一` after a project's name)
            continue
        # the mark alone on white (lines and neighbouring text removed), with a margin
        pad = max(4, int(th * 0.25))
        ys, xs = slice(y, y + h), slice(x, x + w)
        alone = np.where(keep[ys, xs] > 0, gray[ys, xs], 255).astype(np.uint8)
        crop = cv2.copyMakeBorder(alone, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
        text, conf = engine.recognize(crop)
        text = _MARKS.get(text.strip(), text.strip())
        tail = _wrapped_tail(gray, lines, ocr, (x, y, w, h), th, engine)
        if tail is not None:
            text, conf = tail
        # a tick is a tick even when the recognizer is unsure of it alone (PP-OCRv4 scored lone `√`
        # 0.26-0.62 on the fixtures, at times as `V`); its score stays with the cell, so a weak one
        # is reported
        box = (float(x), float(y), float(x + w), float(y + h))
        if text and conf >= (0.2 if text == "√" else 0.5):
            out.append(OcrLine(text, box, conf))
        elif weak is not None and h >= 0.4 * th and w <= 1.2 * th:
            weak.append(OcrLine(text, box, conf))
    return out


def _wrapped_tail(gray: np.ndarray, rules: np.ndarray, ocr: list[OcrLine],
                  mark: tuple[int, int, int, int], th: float, engine: OcrEngine) -> tuple[str, float] | None:
    """Given a page, its rulings (dilated), the OCR lines, a
    lone mark's box (x, y, w, h), the text height and the engine: when the mark is the last character of a label
    wrapped alone onto the cell's next line (`主管部` over `门`, `其中：财政拨` over `款` in a narrow cell), its reading
    glued after the line above, (character, confidence); else None.

    Alone the recognizer reads such a character wrongly or too weakly to keep (`门` read `I` 0.32, or `11`, and
    dropped: the label 主管部 of no field, its value lost). Set after the line it continues (right above it, in
    the same cell: no ruling between, the mark under the line's span, the line ending in a Chinese character), it
    is read in context: kept when the whole reads as the line and one Chinese character more."""
    x, y, w, h = mark
    if not (0.35 * th <= h <= 1.3 * th and 0.3 * th <= w <= 1.5 * th):   # (its top may lie in the line's margin)
        return None
    cx = x + w / 2
    above = [o for o in ocr if o.box[0] - 0.2 * th <= cx <= o.box[2] and 0 <= y - o.box[3] <= 0.8 * th
             and re.search(r"[\u4e00-\u9fff]$", o.text.strip()) and o.box[3] - o.box[1] <= 2 * th]
    if len(above) != 1:
        return None
    o = above[0]
    x0, t, x1, b = (int(round(v)) for v in o.box)
    between = rules[b:y, x:x + w] > 0
    if between.size and (between.sum(axis=1) >= 0.6 * w).any():
        return None                                   # a ruling between: the next row's, no tail
    H, W = gray.shape[:2]
    line = gray[max(0, t):min(H, b), max(0, x0):min(W, x1)]
    lh = line.shape[0]
    if lh < 8 or line.shape[1] < 8:
        return None
    # the strip of the line's height right under it, over the mark, the rulings whitened (the mark's own top
    # may lie in the margin cleared round the OCR line)
    top = max(0, b - 1)
    win = slice(top, min(H, top + lh))
    cols = slice(max(0, x - 3), min(W, x + w + 3))
    alone = np.where(rules[win, cols] > 0, 255, gray[win, cols]).astype(np.uint8)
    if alone.shape[0] != lh:
        alone = np.vstack([alone, np.full((lh - alone.shape[0], alone.shape[1]), 255, np.uint8)])
    glued = np.hstack([line, np.full((lh, max(2, int(th * 0.1))), 255, np.uint8), alone])
    text, conf = engine.recognize(glued)
    known = o.text.replace(" ", "")
    text = text.replace(" ", "")
    if len(text) == len(known) + 1 and text.startswith(known) and "\u4e00" <= text[-1] <= "\u9fff" \
            and text[-1] not in _STROKES and conf >= 0.8:          # (a stain's arc read `一` is no tail)
        return text[-1], min(conf, 0.99)
    return None


# ---------------------------------------------------------------- vertical text across rows

def split_across_rows(gray: np.ndarray, ocr: list[OcrLine], tables: list[Table],
                      engine: OcrEngine) -> list[OcrLine]:
    """Given a page, its OCR lines, its tables and the engine, return the lines with each column of
    vertical text that runs across ruled rows cut at the rulings, each piece read by itself.

    A narrow column (指标方向) holds `正` over `向` in each cell; the detector takes the characters of
    several cells one under the other for one vertical line (`正向正向正向正向`), which would land in one
    cell. Where a ruling line crosses such a line (a row boundary drawn at its column), it is cut there.
    """
    out: list[OcrLine] = []
    for o in ocr:
        x0, t, x1, b = o.box
        w, h = x1 - x0, b - t
        pieces = None
        if h >= 2.5 * w:
            for tb in tables:
                if not (tb.bbox[0] <= (x0 + x1) / 2 <= tb.bbox[2] and tb.bbox[1] <= t + h / 2 <= tb.bbox[3]):
                    continue
                j = tb.slot(min(max((x0 + x1) / 2, tb.xs[0]), tb.xs[-1]), tb.ys[0])[1]
                cuts = [y for i, y in enumerate(tb.ys[1:-1]) if t + 0.6 * w < y < b - 0.6 * w
                        and not (tb.hgap.shape[0] and tb.hgap[i, j])]
                if cuts:
                    edges = [t] + cuts + [b]
                    pieces = [(a, z) for a, z in zip(edges, edges[1:]) if z - a >= 0.6 * w]
                break
        if not pieces:
            out.append(o)
            continue
        for a, z in pieces:
            crop = gray[max(0, int(a) + 3):max(0, int(z) - 2), max(0, int(x0) - 1):int(x1) + 1]
            if crop.size == 0:
                continue
            text, conf = engine.recognize(_unstack(crop)[0])
            if text.strip():
                out.append(OcrLine(text.strip(), (x0, float(a), x1, float(z)), conf))
    return out


def _full_rule(vm: np.ndarray, x: float, top: float, bottom: float) -> bool:
    """Whether the vertical line mask runs the whole height of a row at x (within 3 px), from its top ruling to its
    bottom one (each row of pixels but 2 at either end): a ruling, not characters' strokes lined up (a cell's text
    keeps off its rules)."""
    band = vm[max(0, int(top) + 2):int(bottom) - 1, max(0, int(round(x)) - 3):int(round(x)) + 4]
    return band.size > 0 and float(band.any(axis=1).mean()) >= 0.97


def _padded(gray: np.ndarray, x: float, top: float, bottom: float, seal: np.ndarray | None = None) -> bool:
    """Whether the text line's band (top..bottom) has a blank column of paper on both sides of x, a few px off it
    (a cell's padding beside a ruling): a character cut through (`非遗|项目` on a 100 dpi scan, where the rulings of
    the rows above and below, bridged by the strokes of `项` in a row 15 px high, passed for a ruling of the row) has
    ink there. The stroke of a seal's ring (`seal`: the band along the rings) is no ink of the line: a gray copy's
    ring running along a row through its rulings left no blank column, and three cells' values were read as one
    (`≥2.1万人2.3万人15`, the indicator's target, actual and weight lost)."""
    t, b = max(0, int(top)), int(bottom) + 1     # (the caller keeps the band off the row's own rulings)
    band = gray[t:b]
    if band.size == 0:
        return True
    paper = float(np.percentile(band, 90))
    d = 2 + max(1, int(bottom - top) // 12)
    xi = int(round(x))
    ring = seal[t:b] if seal is not None else None

    def blank(cols: range) -> bool:
        return any(0 <= c < gray.shape[1] and int(((band[:, c] < paper - 50)
                                                    & (True if ring is None else ~ring[:, c])).sum()) == 0 for c in cols)
    return blank(range(xi - d - 5, xi - d + 1)) and blank(range(xi + d, xi + d + 6))


def split_across_columns(gray: np.ndarray, ocr: list[OcrLine], tables: list[Table],
                         engine: OcrEngine, masks: tuple[np.ndarray, np.ndarray] | None = None,
                         rings: list[tuple[float, float, float]] | None = None) -> list[OcrLine]:
    """Given a page, its OCR lines, its tables and the engine (its line masks and seal rings when known), return the
    lines with each line that runs across a column ruling cut there, each piece read by itself.

    The detector may take the texts of two narrow cells side by side for one line (`分值` `扣分` ->
    `分值扣分`). A ruling drawn on the line's row and on a row above or below it is a column boundary
    (strokes of characters lined up can pass for a short line on one row only, and a line that runs
    across such a false line shows the cells are merged: `_place`), and so is a ruling that runs the whole height
    of the line's row, from rule to rule (`_full_rule`: `当年预算 | 2,430.00`, a label and its value split on that
    row alone, read as one line at 200 dpi; the form's budget_year was lost); never through ink (`_padded`: paper on
    both sides of the ruling, a cell's padding). The cut is kept when each piece
    reads about as surely as the whole line (0.95, or the line's score less 0.02); else the line stays."""
    out: list[OcrLine] = []
    cut = getattr(engine, "cut", None)           # an engine that knows each glyph's place cuts its own line
    # (and says whether a glyph stands across a ruling: the cell's padding may hold no blank column of paper
    # beside a glyph, `_padded`, when the cell is narrow)
    crosses = getattr(engine, "crosses", None)
    seal = ring_mask(gray.shape, rings) if rings else None
    for o in ocr:
        x0, t, x1, b = o.box
        ch = b - t
        # (a detector's box is loose: a ruling within 0.8 of a character of its ends is its padding; a text layer's
        # word is its glyphs' own extent, a ruling inside it anywhere has a glyph on each side: the score `1` of a
        # narrow cell run into the text beside it, `1个别路段…`, 7 points apart)
        end = 0.8 * ch if cut is None else 0.1 * ch
        cuts: list[float] = []
        for tb in tables:
            cx, cy = (x0 + x1) / 2, (t + b) / 2
            if not (tb.bbox[0] <= cx <= tb.bbox[2] and tb.bbox[1] <= cy <= tb.bbox[3]) or not tb.vgap.shape[1]:
                continue
            i = tb.slot(min(max(cx, tb.xs[0]), tb.xs[-1]), min(max(cy, tb.ys[0]), tb.ys[-1]))[0]
            for j, xb in enumerate(tb.xs[1:-1]):
                if x0 + end < xb < x1 - end and not tb.vgap[i, j] and (any(
                        0 <= k < tb.vgap.shape[0] and not tb.vgap[k, j] for k in (i - 1, i + 1))
                        or (masks is not None and _full_rule(masks[1], xb, tb.ys[i], tb.ys[i + 1]))) \
                        and (not crosses(o, xb) if crosses is not None
                             else _padded(gray, xb, max(t, tb.ys[i] + 3), min(b, tb.ys[i + 1] - 3), seal)):
                    cuts.append(xb)
            break
        if not cuts:
            out.append(o)
            continue
        edges = [x0] + cuts + [x1]
        pieces = []
        for a, z in zip(edges, edges[1:]):
            crop = gray[max(0, int(t) - 1):int(b) + 2, max(0, int(a) + 3):max(0, int(z) - 2)]
            if crop.size == 0 or z - a < 0.4 * ch:
                continue
            text, conf = cut(o, a, z) if cut is not None else engine.recognize(crop)
            if text.strip():
                pieces.append(OcrLine(text.strip(), (float(a), t, float(z), b), conf))
        # a cut through a character (a stroke lined up with the ruling of the row above: `全|覆盖` read
        # `全` + `實盖`) leaves a piece read less surely than the whole line was
        if pieces and min(p.conf for p in pieces) >= min(0.95, o.conf - 0.02):
            out += pieces
        else:
            out.append(o)
    return out


def reread_vertical(gray: np.ndarray, ocr: list[OcrLine], engine: OcrEngine) -> list[OcrLine]:
    """Given a page, its OCR lines and the engine, return the lines written top to bottom read again
    with their characters set side by side.

    A narrow cell writes `（三）` or `正向` one character under the other; the recognizer's cut turns
    such a line on its side, and characters on their side read wrong (`三` as `川`, `二` as `一一`). The
    characters set upright side by side (`_unstack`) are read instead when that reading is more confident
    than the turned one and has as many characters as were set side by side."""
    H, W = gray.shape[:2]
    out = []
    for o in ocr:
        x0, t, x1, b = o.box
        if not (b - t >= 1.5 * (x1 - x0) and len(o.text.strip()) >= 2):
            out.append(o)
            continue
        crop = gray[max(0, int(t)):min(H, int(b) + 1), max(0, int(x0)):min(W, int(x1) + 1)]
        flat, n = _unstack(crop)
        if n < 2 or flat.shape[1] <= flat.shape[0]:
            out.append(o)                              # one character, or no clear characters
            continue
        text, conf = engine.recognize(flat)
        # kept when more confident than the turned reading and of as many characters as were set side
        # by side (a reading that lost one, `权` for `权重`, keeps the first)
        t = text.strip()
        out.append(OcrLine(t, o.box, conf) if t and conf >= max(0.5, o.conf) and len(t) == n else o)
    return out


def _unstack(crop: np.ndarray, stack: bool = False) -> tuple[np.ndarray, int]:
    """Given a cut-out of characters written one under the other (`正` over `向`), return them side by
    side on one line, upright, as the recognizer reads best (a turned line reads `问正向` for `正向`),
    and how many characters were set side by side (0 or 1: the cut-out as it is, rulings left out).
    The characters are the runs of inked rows, small runs (`二`'s strokes) joined to reach a square.

    `stack`: the cut-out is a narrow cell's stack of characters (`9` / `7.` / `5`, `>` / `=` / `9`):
    a small run is joined to the next only while the two stay within a square (`=` above `9` are two
    characters), and a dot alone on its row (`3` / `.` / `5`) is set on the line's baseline and not
    counted."""
    ink = crop < 160
    line = ink.mean(axis=1) > 0.8                    # ruling lines caught at the edges of the cut
    vline = ink.mean(axis=0) > 0.8
    if line.any() or vline.any():
        crop = crop.copy()
        crop[line] = 255
        crop[:, vline] = 255
        ink[line] = False
        ink[:, vline] = False
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    if rows.size == 0 or cols.size == 0:
        return crop, 0
    crop = crop[rows[0]:rows[-1] + 1, max(0, cols[0] - 2):cols[-1] + 3]
    ink = ink[rows[0]:rows[-1] + 1, max(0, cols[0] - 2):cols[-1] + 3]
    side = cols[-1] - cols[0] + 1
    filled = ink.any(axis=1)
    runs, start = [], None
    for y, f in enumerate(filled):
        if f and start is None:
            start = y
        elif not f and start is not None:
            runs.append([start, y])
            start = None
    if start is not None:
        runs.append([start, len(filled)])

    def dot(r: list[int]) -> bool:
        c = np.flatnonzero(ink[r[0]:r[1]].any(axis=0))
        return stack and r[1] - r[0] <= 0.35 * side and c[-1] - c[0] + 1 <= 0.35 * side

    chars: list[list[int]] = []
    dots: set[int] = set()
    for r in runs:                                   # join the strokes of one character (二, 三, 六)
        if dot(r):
            dots.add(len(chars))
            chars.append(r)
        elif chars and len(chars) - 1 not in dots and (
                r[1] - chars[-1][0] <= 1.15 * side
                or (chars[-1][1] - chars[-1][0] < 0.5 * side
                    and (not stack or r[1] - chars[-1][0] <= 1.5 * side))):
            chars[-1][1] = r[1]
        else:
            chars.append(r)
    n = len(chars) - len(dots)
    if len(chars) < 2:
        return crop, n
    h = max(z - a for a, z in chars)
    gap = np.full((h + 8, max(2, side // 4)), 255, np.uint8)
    parts = []
    for k, (a, z) in enumerate(chars):
        piece = np.full((h + 8, crop.shape[1]), 255, np.uint8)
        off = 4 + (h - (z - a) if k in dots else (h - (z - a)) // 2)
        piece[off:off + z - a] = crop[a:z]
        parts += [piece, gap]
    return np.hstack(parts[:-1]), n


# ---------------------------------------------------------------- narrow cells of stacked characters

# narrow marks that share a character's row in a stacked cell (`9` / `7.` / `5`, `元` / `/场`)
_NARROW = lazy(r"[.,:;/·、]")


def _text_height(ocr: list[OcrLine]) -> float:
    """The page's text line height (pixels): the median height of its lines written left to right."""
    hs = sorted(o.box[3] - o.box[1] for o in ocr if o.box[2] - o.box[0] >= o.box[3] - o.box[1])
    if not hs:
        hs = sorted(o.box[3] - o.box[1] for o in ocr)
    return float(hs[len(hs) // 2]) if hs else 0.0


def _cell_index(t: Table, cells, o: OcrLine) -> int:
    cx = min(max((o.box[0] + o.box[2]) / 2, t.xs[0]), t.xs[-1])
    cy = min(max((o.box[1] + o.box[3]) / 2, t.ys[0]), t.ys[-1])
    i, j = t.slot(cx, cy) or (0, 0)
    return t.cell_of(i, j, cells)


def _stack_ink(crop: np.ndarray, rules: np.ndarray, inside: tuple[int, int, int, int]) -> np.ndarray | None:
    """Given the cut-out of a narrow cell with its rulings and a margin, the page's ruling masks over
    it (line_masks) and the cell's inside in the cut-out (x0, y0, x1, y1), return the cut-out with only
    the cell's characters' ink: the rulings, what lies outside them, their frayed edges (thin bits along
    them) and specks of 1-3 pixels whited out, so that `_unstack` measures the characters' width and the
    gaps between them. None: nothing left, or text crosses a ruling (ink thicker than a ruling's edge
    on its outer side): whiting the ruling out would cut characters (`权` read `杉`)."""
    import cv2
    if crop.size == 0:
        return None
    band = rules > 0
    ink = ((crop < 160) & ~band).astype(np.uint8)
    near = cv2.dilate(band.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    n, lab, stats, cent = cv2.connectedComponentsWithStats(ink, connectivity=8)
    at_rule = np.zeros(n, bool)
    at_rule[np.unique(lab[near & (ink > 0)])] = True
    x0, y0, x1, y1 = inside
    within = (cent[:, 0] >= x0) & (cent[:, 0] <= x1) & (cent[:, 1] >= y0) & (cent[:, 1] <= y1)
    thin = np.minimum(stats[:, 2], stats[:, 3]) <= 3
    if (~within & at_rule & ~thin)[1:].any():
        return None
    keep = within & ~(at_rule & thin) & (stats[:, 4] > 3)
    keep[0] = False
    if not keep.any():
        return None
    return np.where(keep[lab], crop, 255).astype(np.uint8)


def reread_stacked_cells(gray: np.ndarray, t: Table, cells, lines: list[OcrLine], engine: OcrEngine,
                         th: float, rules: np.ndarray) -> list[OcrLine]:
    """Given a page, one of its tables, its cells and OCR lines placed in it, the engine, the text
    height and the page's ruling lines (line_masks, both), return the lines with each narrow cell of
    stacked characters read as one line.

    A column one character wide writes `10`, `97.5`, `≥42` or `得分` one character under the other. The
    detector finds such a stack in pieces (`1` and `oj`, `待` over `分`) or as one box hardly taller
    than wide that the recognizer reads squeezed (`权` for `权重` one under the other). The cell's ink
    is cut into its characters, set side by side (`_unstack`) and read in one piece. The reading
    replaces the cell's lines when it has as many characters as were set side by side (narrow marks,
    `.` `/`, share a row) and is at least as confident as the weakest of them (when they had as many
    characters; else 0.8). A cell read as one line with confidence (0.95) and as many characters as the
    stack has, or in lines as confident with as many characters, is left as it is.
    """
    if th <= 0 or not lines:
        return lines
    mine: dict[int, list[OcrLine]] = {}
    for o in lines:
        mine.setdefault(_cell_index(t, cells, o), []).append(o)
    H, W = gray.shape[:2]
    out: list[OcrLine] = []
    for k, ls in mine.items():
        if k < 0:
            out += ls
            continue
        x0, y0, x1, y1 = (int(round(v)) for v in cells[k][4])
        if not (x1 - x0 <= 1.8 * th and y1 - y0 >= 1.2 * th):
            out += ls
            continue
        current = "".join(o.text for o in ls).replace(" ", "")
        count = len(_NARROW.sub("", current))
        low = min(o.conf for o in ls)
        a, b, c, d = max(0, y0 - 4), min(H, y1 + 5), max(0, x0 - 4), min(W, x1 + 5)
        crop = _stack_ink(gray[a:b, c:d], rules[a:b, c:d], (x0 - c, y0 - a, x1 - c, y1 - a))
        flat, n = _unstack(crop, stack=True) if crop is not None else (None, 0)
        if len(ls) == 1 and low >= 0.95 and count >= n:
            out += ls                                 # read whole, with confidence (not `权` for the stack 权 / 数)
            continue
        if n < 1 or (count == n and (low >= 0.95 or n == 1)):
            out += ls
            continue
        text, conf = engine.recognize(flat)
        text = text.replace(" ", "")
        # as many characters as the cell holds; when the lines had as many, more confident than they
        # were, and than one line (the detector's own reading of the stack, or reread_vertical's) more
        # surely (0.9, and by 0.03: `权重` 0.97 over `权票` 0.93) unless it only adds a narrow mark
        # (`932` -> `93.2`) or reads signs and digits for the Latin letters of the line (`N42` -> `≥42`)
        if count == n:
            ok = conf >= max(0.5, low) and (len(ls) > 1 or _NARROW.sub("", text) == current
                                             or bool(re.search(r"[A-Za-z]", current))
                                             or conf >= max(0.9, low + 0.03))
        else:
            ok = conf >= 0.8
        if text and text != current and len(_NARROW.sub("", text)) == n and ok:
            box = (min(o.box[0] for o in ls), min(o.box[1] for o in ls),
                   max(o.box[2] for o in ls), max(o.box[3] for o in ls))
            out.append(OcrLine(fix_text(text), box, conf))
        else:
            out += ls
    return out


# ---------------------------------------------------------------- lone comparison signs

# what a lone sign may be read as in context (a 指标性质 / 符号 column: `≥` alone in its cell)
_SIGNS = frozenset({"≥", "≤", "=", "<", ">", "＜", "＞", "≈", "~", "》", "《", "≠", "±", "%", "‰", "＝"})
_CONTEXT = lazy(r"^\d{2,4}$")
_COMPARE = frozenset({"≥", "≤", "=", "<", ">", "＜", "＞", "≠", "＝"})   # what a weak mark may be kept as


_ENDS_PERCENT = lazy(r"(\d)\s*%$")
_TAIL_PERMILLE = lazy(r"(\d)\s*%([0oOe])$")
# a share of two or three digits (one decimal allowed) after a comparison sign whose percent sign the recognizer read
# within its line as the digits `96` (`≥91%` read `≥9196`, 0.93, on a blurred 85 dpi scan; gated by `96` ending the line)
_ENDS_96 = lazy(r"^(\s*[<>＜＞≤≥≦≧=]{1,2}\s*\d{1,2}(?:\.\d)?)(\d)96$")
_TAIL_PERCENT = lazy(r"(\d)%\d?$")
TAIL_WIDTH = 1.8        # the tail of a line re-read alone: this many times the line's height from its right end


def reread_percent_tails(gray: np.ndarray, ocr: list[OcrLine], engine: OcrEngine) -> list[OcrLine]:
    """Given a page and its OCR lines, return them with a line ending in a number and a percent sign re-read at its
    tail (the last TAIL_WIDTH line heights, recognised alone): a per-mille sign read within a line as `%` alone
    (`≤0.5‰` read `≤0.5%` with a score of 1.00 on a flat colour scan, `＜5‰` read `<5%` on a page fed sideways:
    the rate taken ten times larger, said nowhere) is read `%0` / `%o` in its tail, its last small circle no longer
    swallowed by the line's context. The line then ends as the tail read it (the same digit before the sign) and
    goes through _FIXES as any `%0` does: made `‰` and its cell reported. A tail read `%` (every percent sign of
    the fixtures' scans and photos so far) leaves the line as it is. A share after a comparison sign whose line
    ends in `96` (`≥9196`, read confidently) is re-read so too: a tail read `91%` / `91%6` (the same digit before
    the sign) proves the `96` a percent sign, the line made `≥91%6` and mended as any `%6` (`mend_percent`:
    `≥91%`, the cell reported low_confidence); a tail read `9196` leaves it as read."""
    H, W = gray.shape[:2]
    out = []
    for o in ocr:
        m = _ENDS_PERCENT.search(o.text)
        m96 = _ENDS_96.match(o.text) if m is None and o.text.endswith("96") else None
        if (m is None and m96 is None) or o.read is not None:
            out.append(o)
            continue
        x0, t, x1, b = (int(round(v)) for v in o.box)
        h = b - t
        crop = gray[max(0, t - 1):min(H, b + 1), max(0, x0, x1 - int(TAIL_WIDTH * h)):min(W, x1 + 2)]
        if h <= 0 or crop.size == 0:
            out.append(o)
            continue
        text, conf = engine.recognize(crop)
        if m96 is not None:
            # the tail read alone shows the sign (`91%6`: its lower circle a digit of its own, mended as any `%6` is,
            # the cell reported): the `96` was the percent sign, after the same digit
            tail = _TAIL_PERCENT.search(text.replace(" ", ""))
            if tail is not None and tail.group(1) == m96.group(2):
                out.append(OcrLine(m96.group(1) + m96.group(2) + "%6", o.box, min(o.conf, conf), o.read))
            else:
                out.append(o)
            continue
        tail = _TAIL_PERMILLE.search(text.replace(" ", ""))
        if tail is None or tail.group(1) != m.group(1):
            out.append(o)
            continue
        out.append(OcrLine(o.text[:m.start()] + m.group(1) + "%" + tail.group(2), o.box, min(o.conf, conf), o.read))
    return out


# a line opening with a strict comparison sign before a figure (`>10.1%`, `<11.01万元`): on a blurred low-resolution
# scan the bar under `≥` / `≤` is lost within the line (`≥10.1%` read `>10.1%`, 0.95, at 72 dpi)
_STRICT_OPEN = lazy(r"^\s*([<>＜＞])\s*(\d[\d.,]*)")
_NONSTRICT_OPEN = lazy(r"^\s*([≤≥≦≧])\s*(\d[\d.,]*)")
_NONSTRICT_OF = {"<": "≤", "＜": "≤", ">": "≥", "＞": "≥"}
SIGN_ZOOM = 2           # the line re-read at this many times its size


def reread_strict_signs(gray: np.ndarray, ocr: list[OcrLine], engine: OcrEngine) -> list[OcrLine]:
    """Given a page and its OCR lines, return them with a line opening with `>` / `<` before a figure re-read whole at
    SIGN_ZOOM times its size (Lanczos): when the larger copy opens with the sign's `≥` / `≤` before the same figure,
    the bar under the sign was lost at the page's size and the line takes it (`>10.1%` -> `≥10.1%`, its cell reported
    low_confidence naming both). A copy that reads `>` again, another figure or no sign leaves the line as read: a
    `>` / `<` printed so stays (every one of the fixtures' blurred 72 and 85 dpi copies did)."""
    import cv2
    H, W = gray.shape[:2]
    out = []
    for o in ocr:
        m = _STRICT_OPEN.match(o.text) if o.text[:2].lstrip()[:1] in "<>＜＞" else None
        if m is None or o.read is not None:
            out.append(o)
            continue
        x0, t, x1, b = (int(round(v)) for v in o.box)
        crop = gray[max(0, t - 2):min(H, b + 2), max(0, x0 - 3):min(W, x1 + 3)]
        if crop.size == 0 or b <= t:
            out.append(o)
            continue
        big = cv2.resize(crop, (crop.shape[1] * SIGN_ZOOM, crop.shape[0] * SIGN_ZOOM), interpolation=cv2.INTER_LANCZOS4)
        text, conf = engine.recognize(big)
        n = _NONSTRICT_OPEN.match(text)
        if n is None or n.group(1) not in (_NONSTRICT_OF[m.group(1)], "≦" if m.group(1) in "<＜" else "≧") \
                or n.group(2) != m.group(2):
            out.append(o)
            continue
        out.append(OcrLine(o.text[:m.start(1)] + _NONSTRICT_OF[m.group(1)] + o.text[m.end(1):], o.box,
                           min(o.conf, conf), o.text))
    return out


def reread_lone_signs(gray: np.ndarray, ocr: list[OcrLine], engine: OcrEngine,
                      weak: list[OcrLine] = ()) -> list[OcrLine]:
    """Given a page, its OCR lines, the engine (and the marks read too weakly to keep), return the lines
    with lone signs read in context.

    The recognizer reads a comparison sign standing alone in its cell (`≥` of a 指标性质 column) as a
    letter (`Z`, `N`, `S`), and at times as a digit or a Chinese character (`1`, `汽`), or so weakly that
    the mark is dropped (`<` read `く` 0.27). Beside a number it reads the sign right. So a glyph-sized
    line of one character that is no Chinese character and no digit is read again glued before a number
    of the same page that was read with confidence (`10`): when that reading ends with the number exactly
    (a dot or comma the number's cut-out caught after it aside: `≤312.`), what stands before it is the
    sign's reading, kept if it is a sign (`≥10` -> `≥`). A number that gives no sign is followed by a
    second one (its cut-out may hold a stray stroke). Then a lone Chinese character or digit standing in
    a column of two signs or more (a 符号 column) is read again the same way. A weak mark is kept only
    when so read as a comparison sign. Anything else keeps its first reading.
    """
    ctxs = [o for o in ocr if _CONTEXT.match(o.text.strip()) and o.conf >= 0.95]
    ctxs = [o for k, o in enumerate(ctxs) if o.text.strip() not in {c.text.strip() for c in ctxs[:k]}][:2]
    if not ctxs:
        return ocr
    H, W = gray.shape[:2]

    def cut(o: OcrLine) -> np.ndarray:
        x0, t, x1, b = (int(round(v)) for v in o.box)
        return gray[max(0, t - 1):min(H, b + 1), max(0, x0 - 1):min(W, x1 + 1)]

    refs = [(cut(c), c.text.strip()) for c in ctxs]

    def is_glyph(o: OcrLine) -> bool:
        w, h = o.box[2] - o.box[0], o.box[3] - o.box[1]
        return len(o.text.strip()) == 1 and 0 < w <= 2.2 * h

    def other(t: str) -> bool:
        return t.isdigit() or "\u4e00" <= t <= "\u9fff"

    def sign_of(o: OcrLine) -> tuple[str, float]:
        glyph = cut(o)
        for ref, known in refs:
            hh = max(glyph.shape[0], ref.shape[0])
            pad = lambda a: np.vstack([a, np.full((hh - a.shape[0], a.shape[1]), 255, np.uint8)])  # noqa: E731
            glued = np.hstack([pad(glyph), np.full((hh, max(2, hh // 4)), 255, np.uint8), pad(ref)])
            text, conf = engine.recognize(glued)
            m = re.fullmatch(r"(.*?)" + re.escape(known) + r"[.,，。]?", text.replace(" ", ""))
            if m and m.group(1) in _SIGNS:
                return m.group(1), min(conf, 0.99)
        return "", 0.0

    def reread(o: OcrLine) -> OcrLine:
        sign, conf = sign_of(o)
        return OcrLine(sign, o.box, conf) if sign and sign != o.text.strip() else o

    out = [reread(o) if is_glyph(o) and o.text.strip() not in _SIGNS and not other(o.text.strip()) else o
           for o in ocr]
    for o in weak:
        sign, conf = sign_of(o)
        if sign in _COMPARE:
            out.append(OcrLine(sign, o.box, conf))
    signs = [(o.box[0] + o.box[2]) / 2 for o in out if is_glyph(o) and o.text.strip() in _SIGNS]

    def in_sign_column(o: OcrLine) -> bool:
        x, h = (o.box[0] + o.box[2]) / 2, o.box[3] - o.box[1]
        return sum(1 for s in signs if abs(s - x) <= 0.6 * h) >= 2

    return [reread(o) if is_glyph(o) and other(o.text.strip()) and in_sign_column(o) else o for o in out]


# ---------------------------------------------------------------- tick boxes

_BOXLIKE = set("口□■☑☐☒回囗田")


def _cross_to_sides(inside: np.ndarray) -> bool:
    """Does a square's inside hold a straight horizontal stroke reaching both sides and a straight vertical one
    across its middle from top to bottom (田's cross, 困's 木, 团's 才; a tick or an X crosses no side to side
    straight)? The horizontal one may stand high: 木's in 困 lies at a fifth of the inside's height (`困难残疾人`
    in a fax's goal, two of them on one line, was read `☑难残疾人` as a line of ticked options); the inside's edge
    rows (a thick side bled inwards) are not looked at."""
    h, w = inside.shape
    if h < 4 or w < 4:
        return False
    rows = inside[max(1, int(h * 0.15)):min(h - 1, int(h * 0.85) + 1)]
    cols = inside[:, int(w * 0.3):int(w * 0.7) + 1]
    return bool(rows.size and cols.size and rows.mean(axis=1).max() >= 0.85 and cols.mean(axis=0).max() >= 0.85)


def _long_pieces(mask: np.ndarray, least: float, horizontal: bool) -> np.ndarray:
    """Given a line mask, return it without its pieces shorter than `least` along their direction."""
    import cv2
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    size = stats[:, 2] if horizontal else stats[:, 3]
    keep = size >= least
    keep[0] = False
    return np.where(keep[labels], mask, 0).astype(mask.dtype)


def find_boxes(gray: np.ndarray, th: float,
               masks: tuple[np.ndarray, np.ndarray] | None = None,
               drawn: set[tuple[int, int]] | None = None) -> list[tuple[int, int, int, int, bool]]:
    """Given a page and its text height, return the small squares drawn on it: (x, y, w, h, ticked).

    A square is a blob about a character high, as wide as high, whose four sides
    are ink; it is empty, ticked (a tick or cross inside) or filled (`■`); other
    fillings are square characters, not boxes. `drawn`, when given, gets the (x, y) of the squares found inside a pen
    tick that runs out of them (`_overshot_box`): a hand's tick, no printed glyph.
    """
    import cv2
    inv = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    hm, vm = masks if masks is not None else line_masks(gray)
    # (a box's own sides pass the ruling kernels when it is as tall as they are long, at 150 dpi: only pieces longer
    # than a box are rulings here)
    ink = inv & ~cv2.dilate(_long_pieces(hm, 1.5 * th, True) | _long_pieces(vm, 1.5 * th, False), np.ones((3, 3), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    paper = float(np.median(gray))
    out = []
    # square (characters with box-like parts, 目 日 贝, are narrower: w/h 0.75-0.85 measured); the
    # test on all the page's blobs at once (thousands: every stroke), the rest on the few it keeps
    ws, hs = stats[:, 2].astype(np.float64), stats[:, 3].astype(np.float64)
    square = (0.39 * th <= hs) & (hs <= 1.11 * th) & (0.89 * hs <= ws) & (ws <= 1.13 * hs)   # a little wide
    # a pen tick drawn past its box (its long stroke out over the top right corner) makes one blob larger than the
    # box and no square: the box is looked for inside it (`_overshot_box`)
    over = ~square & (0.39 * th <= hs) & (hs <= 2.2 * th) & (0.39 * th <= ws) & (ws <= 2.2 * th) & (
        (hs > 1.11 * th) | (ws > 1.13 * hs) | (ws < 0.89 * hs))

    def overshot(k: int, x: int, y: int, w: int, h: int) -> None:
        """The box inside blob k (at x, y, w × h) that a pen tick runs out of, when there is one: a ticked box,
        drawn by hand."""
        bx = _overshot_box(labels[y:y + h, x:x + w] == k, th)
        if bx is not None:
            out.append((int(x + bx[0]), int(y + bx[1]), bx[2], bx[3], True))
            if drawn is not None:
                drawn.add((int(x + bx[0]), int(y + bx[1])))

    maybe = _box_bounds_fit(ink, labels, n, th)      # (the first test of _overshot_box, on all blobs at once)
    for k in np.flatnonzero(over[1:] & maybe[1:]) + 1:
        overshot(k, *stats[k][:4])
    for k in np.flatnonzero(square[1:]) + 1:
        x, y, w, h, _ = stats[k]
        if not (0.4 * th <= h <= 1.1 * th and 0.9 <= w / h <= 1.12):
            continue
        m = ink[y:y + h, x:x + w] > 0
        b = max(1, int(round(min(w, h) * 0.15)))
        sides = [m[:b].any(axis=0).mean(), m[-b:].any(axis=0).mean(),
                 m[:, :b].any(axis=1).mean(), m[:, -b:].any(axis=1).mean()]
        if min(sides) < 0.8:
            if maybe[k]:
                overshot(k, x, y, w, h)     # (a box and a tick run out over its top right corner may be as wide as high too)
            continue
        inside = m[b + 1:h - b - 1, b + 1:w - b - 1]
        fill = float(inside.mean()) if inside.size else 0.0
        # empty (□), a tick or cross inside (☑: 0.1-0.45 measured), or filled (■); square characters
        # (回 区 图 国) fill 0.6-0.9 of their inside and are not boxes
        if fill <= 0.05:
            out.append((int(x), int(y), int(w), int(h), False))
        elif 0.08 <= fill <= 0.45 and _cross_to_sides(inside):
            continue          # 田: a straight cross through the middle to all four sides, no tick (农田 read 农☑)
        elif 0.08 <= fill <= 0.45 or (fill >= 0.95 and m.mean() >= 0.92
                                      and gray[y:y + h, x:x + w].mean() < 0.45 * paper):
            # a filled square is solid ink to its edges: a blurred dense character (置) keeps light gaps,
            # and thresholded to black and white (高 糖 管) its inside fills but its outline stays ragged
            out.append((int(x), int(y), int(w), int(h), True))
    return out


def _box_bounds_fit(ink: np.ndarray, labels: np.ndarray, n: int, th: float) -> np.ndarray:
    """Given the ink the box finder labels, its labels and their count, and the text height, return per blob whether
    the square its long straight runs bound has a box's size and shape: `_overshot_box`'s first test for all blobs at
    once (a run of ink along a row or a column lies in one blob). That test ran blob by blob, hundreds a page, nearly
    all characters (0.25 s of a 200 dpi copy's box search)."""
    import cv2
    lim = max(3, int(round(0.35 * th)))
    out = np.zeros(n, bool)
    hor = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (lim, 1))) > 0
    ver = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, lim))) > 0
    ys, hx = np.nonzero(hor)
    vy, xs = np.nonzero(ver)
    if not len(ys) or not len(xs):
        return out
    big = np.iinfo(np.int64).max
    y0, y1 = np.full(n, big), np.full(n, -1)
    x0, x1 = np.full(n, big), np.full(n, -1)
    lh, lv = labels[ys, hx], labels[vy, xs]
    np.minimum.at(y0, lh, ys)
    np.maximum.at(y1, lh, ys)
    np.minimum.at(x0, lv, xs)
    np.maximum.at(x1, lv, xs)
    ok = (y1 > y0) & (x1 > x0) & (y1 >= 0) & (x1 >= 0)
    h = np.where(ok, y1 - y0 + 1, 1).astype(np.float64)
    w = np.where(ok, x1 - x0 + 1, 0).astype(np.float64)
    out = ok & (0.4 * th <= h) & (h <= 1.1 * th) & (0.89 <= w / h) & (w / h <= 1.13)
    out[0] = False
    return out


def _longest_runs(m: np.ndarray) -> np.ndarray:
    """Given a boolean mask, return each row's longest run of True."""
    best = np.zeros(m.shape[0], np.int32)
    if m.size == 0:
        return best
    # (each run's start and end from the edges of the row padded with False, paired in row order)
    pad = np.zeros((m.shape[0], m.shape[1] + 2), np.int8)
    pad[:, 1:-1] = m
    d = np.diff(pad, axis=1)
    r, c0 = np.nonzero(d == 1)
    _, c1 = np.nonzero(d == -1)
    np.maximum.at(best, r, (c1 - c0).astype(np.int32))
    return best


def _overshot_box(m: np.ndarray, th: float) -> tuple[int, int, int, int] | None:
    """Given one blob's mask (larger than a character box) and the text height, return the square box inside it
    that a pen tick crosses and runs out of: (x, y, w, h) in the mask, or None.

    The box's sides are the blob's long straight runs (a tick's slanting strokes make only short ones across a row or
    a column); the square they bound must be a box (sides inked, 0.4-1.1 of the text height) with a stroke inside,
    the ink outside it right of its middle and rising over its top, where a tick's long stroke leaves a box (and may
    touch the glyph after it); a character's strokes out of its 口 (中 占 古 申) stand over or under its middle, and a
    口 radical touching its right part (叫 听) is empty inside.
    """
    lim = max(3, int(round(0.35 * th)))
    rows = np.flatnonzero(_longest_runs(m) >= lim)
    cols = np.flatnonzero(_longest_runs(m.T) >= lim)
    if len(rows) < 2 or len(cols) < 2:
        return None
    y0, y1, x0, x1 = int(rows[0]), int(rows[-1]), int(cols[0]), int(cols[-1])
    w, h = x1 - x0 + 1, y1 - y0 + 1
    if not (0.4 * th <= h <= 1.1 * th and 0.89 <= w / h <= 1.13):
        return None
    sq = m[y0:y1 + 1, x0:x1 + 1]
    b = max(1, int(round(min(w, h) * 0.15)))
    sides = [sq[:b].any(axis=0).mean(), sq[-b:].any(axis=0).mean(),
             sq[:, :b].any(axis=1).mean(), sq[:, -b:].any(axis=1).mean()]
    if min(sides) < 0.8:
        return None
    inside = sq[b + 1:h - b - 1, b + 1:w - b - 1]
    if not inside.size or not 0.04 <= float(inside.mean()) <= 0.45 or _cross_to_sides(inside):
        return None
    out = m.copy()
    out[max(0, y0 - 2):y1 + 3, max(0, x0 - 2):x1 + 3] = False     # (the sides' blurred edges are the box's)
    ys, xs = np.nonzero(out)
    if len(ys) < 0.3 * h:
        return None
    right = xs >= x0 + 0.6 * w
    return (x0, y0, w, h) if right.mean() >= 0.9 and (right & (ys < y0)).any() else None


_WORD_KOU = lazy(r"[\u4e00-\u9fff]口[\u4e00-\u9fff]")


def _glyph_in_word(gray: np.ndarray, bx: tuple[int, int, int, int, bool], th: float) -> bool:
    """Is an empty square the character 口 inside a word (`对口帮扶`, `人口`): ink on both sides of it within a
    quarter of the text height, as a word's glyphs stand? Asked only of a line the recognizer read with 口 between
    two Chinese glyphs and no box at all: options' boxes set flush between their names (`工程类□信息化建设类□…`, a
    scan at 200 dpi) stand as close, but the recognizer reads them as boxes."""
    x, y, w, h, ticked = bx
    if ticked:
        return False
    H, W = gray.shape
    band = gray[max(0, y):min(H, y + h)]
    if band.size == 0:
        return False
    cut = 0.6 * float(np.median(band))
    dark = band < cut
    # (a cell's ruling line beside the box is no glyph: a column dark from a height above the box to one below it)
    tall = gray[max(0, y - h):min(H, y + 2 * h)] < cut
    rule = tall.mean(axis=0) >= 0.8
    reach = max(2, int(round(0.25 * th)))

    def ink(a: int, z: int) -> bool:
        a, z = max(0, a), min(W, z)
        return z > a and bool(dark[:, a:z][:, ~rule[a:z]].any())
    return ink(x - reach - 1, x - 1) and ink(x + w + 1, x + w + 1 + reach)


# characters drawn inside a full square frame (the 囗 radical): their frame passes for a box and what stands inside it
# for a tick (`幼儿园` read `幼儿 ☑`); 田 and 困, whose inside crosses to the frame, are told apart by `_cross_to_sides`
_ENCLOSED = frozenset("回囚四因团囤园困围囫国图圃圄圆圈固囿圊圉圜")
# the least score of a line whose enclosed glyph is taken as read: a ticked box the recognizer took for a glyph (团 for
# ☑) is a guess it makes with less certainty, and stays a box (a guard: no scan fixture reads a box as such a glyph)
_ENCLOSED_CONF = 0.9


def _enclosed_glyph(o: OcrLine, bx: tuple[int, int, int, int, bool]) -> bool:
    """Is a square found inside line `o` the frame of a glyph the recognizer read there, surely (`o.conf` at least
    _ENCLOSED_CONF), one of the _ENCLOSED characters? The glyph there is found by the characters' widths along the
    line's box (a Chinese glyph one, a figure or letter 0.55): those whose span comes within half a glyph of the
    square's centre (the detector's box reaches a little beyond the line's first and last glyphs: the place is
    measured to about half a glyph), none of them 口 (what the recognizer reads for a box)."""
    if o.conf < _ENCLOSED_CONF or not o.text:
        return False
    spans = _glyph_spans(o.text, o.box[0], o.box[2])
    half = (spans[0][1] - spans[0][0]) / _char_width(o.text[0]) / 2
    at = bx[0] + bx[2] / 2
    near = {ch for ch, (a, z) in zip(o.text, spans) if a < at + half and at - half < z}
    # a box the recognizer read as 口 right before an option's 国 (`口国有 口集体`) is that 口: a box
    return bool(near & _ENCLOSED) and "口" not in near


def read_tick_boxes(gray: np.ndarray, ocr: list[OcrLine], engine: OcrEngine,
                    masks: tuple[np.ndarray, np.ndarray] | None = None) -> list[OcrLine]:
    """Given a page, its OCR lines and the engine, return the lines with their check boxes read from the image.

    The recognizer has no `☑`, reads `□` as `口` and often drops a box or a `■`.
    A line with at least two squares is a line of options: it is read again
    piece by piece, each square written `☑` when ticked or filled and `□` when
    empty, followed by the text recognized between it and the next square.
    """
    if not ocr:
        return ocr
    hs = sorted(o.box[3] - o.box[1] for o in ocr)
    th = hs[len(hs) // 2]
    drawn: set[tuple[int, int]] = set()
    boxes = find_boxes(gray, th, masks, drawn)
    if len(boxes) < 2:
        return ocr
    H, W = gray.shape
    out = []
    owner: dict[int, list] = {}                    # each square goes to the line nearest its centre
    for bx in boxes:
        cx, cy = bx[0] + bx[2] / 2, bx[1] + bx[3] / 2
        near = [(abs(cy - (o.box[1] + o.box[3]) / 2), k) for k, o in enumerate(ocr)
                if o.box[1] <= cy <= o.box[3] and o.box[0] - 1.5 * th <= cx <= o.box[2] + 0.5 * th]
        if near:
            owner.setdefault(min(near)[1], []).append(bx)

    def opens(a: OcrLine, bx: tuple[int, int, int, int, bool]) -> bool:
        return (bx[0], bx[1]) in drawn or bx[0] <= a.box[0] + 0.3 * th

    def in_row(a: OcrLine, z: OcrLine) -> bool:
        return min(a.box[3], z.box[3]) - max(a.box[1], z.box[1]) >= 0.5 * min(a.box[3] - a.box[1], z.box[3] - z.box[1])

    for k, o in enumerate(ocr):
        x0, t, x1, b = o.box
        mine = sorted(owner.get(k, []), key=lambda bx: bx[0])
        if len(mine) >= 2 and not any(c in o.text for c in "□☐☑■") and _WORD_KOU.search(o.text):
            # the recognizer read 口 in words and no box: the squares flush between glyphs are those 口
            mine = [bx for bx in mine if not _glyph_in_word(gray, bx, th)]
        if len(mine) >= 2 and not any(c in o.text for c in "□☐☑■"):
            mine = [bx for bx in mine if not _enclosed_glyph(o, bx)]
        # options spaced wide apart are read as lines of their own, one square each: a line of a row of options
        # where a hand's tick ran out of its box (`drawn`: no printed glyph; a square glyph, 四 国, passes for a ticked
        # box, and `四川省…` opened two cells of one row), each of the row's lines whose one square is that tick's
        # or opens it (an option's box stands before its name; a 口 inside a word, `人口`, does not)
        row = []
        if len(mine) == 1 and opens(o, mine[0]):
            row = [v[0] for j, v in owner.items() if len(v) == 1 and in_row(o, ocr[j]) and opens(ocr[j], v[0])]
        if len(mine) < 2 and not (len(row) >= 2 and any((bx[0], bx[1]) in drawn for bx in row)):
            out.append(o)
            continue
        top, bot = max(0, int(t) - 3), min(H, int(b) + 4)
        confs = [o.conf]

        def piece(a: float, z: float) -> str:
            a, z = max(0, int(a)), min(W, int(z))
            if z - a < 0.6 * th:
                return ""
            text, conf = engine.recognize(gray[top:bot, a:z])
            confs.append(conf)
            return fix_text(text.strip()) if conf >= 0.3 else ""

        parts = [piece(x0 - 2, mine[0][0] - 1)]
        said = _option_labels(o.text)
        for k, bx in enumerate(mine):
            end = mine[k + 1][0] - 1 if k + 1 < len(mine) else x1 + 2
            label = _missed_box(piece(bx[0] + bx[2] + 1, end), said)
            parts.append(("☑" if bx[4] else "□") + label)
        text = " ".join(p for p in parts if p)
        out.append(OcrLine(text, (min(x0, mine[0][0]), t, x1, b), min(confs)))
    return out


def _option_labels(text: str) -> list[str]:
    """The words between the boxes the recognizer read in a line of options (`新增项目□延续项目□其他`: 新增项目,
    延续项目, 其他); none when it read no box."""
    if "□" not in text and "☐" not in text:
        return []
    return [w for w in (_BLANK.sub("", p) for p in re.split("[□☐]", text)) if w]


def _missed_box(label: str, said: list[str]) -> str:
    """Given the words read after one square of a line of options and the words the recognizer read between its own
    boxes, return the words with an empty box put back between two options the line read apart that the squares found
    joined (a seal's ink over the box between them: `☑新增项目延续项目` for `☑新增项目 □延续项目`). A box the
    recognizer read is an empty one: it reads no tick."""
    flat = _BLANK.sub("", label)
    for a, b in zip(said, said[1:]):
        if flat == a + b:
            return f"{a} □{b}"
    return label


# a lone tick-sized mark read as a Latin V is the tick (the recognizers have no `✓`)
_MARKS = {"V": "√", "v": "√", "✓": "√", "✔": "√", "口": "□"}


# ---------------------------------------------------------------- placing the text

def _place(o: OcrLine, tables: list[Table], th: float = 0.0) -> int | None:
    """Given an OCR line (and the page's text height), return the index of the table that holds it (None: outside
    every table).

    A line that runs across a column boundary by more than a character on both
    sides shows that the boundary is not there on that row (the detector never
    joins text across a ruling line; strokes of characters lined up can pass for
    a short line): the two slots are marked merged. A character is as wide as the
    page's text is high, at the least: a flat mark read as text (`二一` 10 px high, a
    fax's broken ruling read over a 45 px row of text) is no line running across.
    """
    x0, t, x1, b = o.box
    cx, cy = (x0 + x1) / 2, (t + b) / 2
    ch = max(b - t, th)
    for ti, tb in enumerate(tables):
        if not (tb.bbox[0] - 2 <= cx <= tb.bbox[2] + 2 and tb.bbox[1] - 2 <= cy <= tb.bbox[3] + 2):
            continue
        s = tb.slot(min(max(cx, tb.xs[0]), tb.xs[-1]), min(max(cy, tb.ys[0]), tb.ys[-1]))
        i = s[0] if s else 0
        for j, xb in enumerate(tb.xs[1:-1]):
            if x0 + ch < xb < x1 - ch and tb.vgap.shape[1]:
                tb.vgap[i, j] = True
        return ti
    return None


def _char_width(ch: str) -> float:
    return 1.0 if ord(ch) > 0x2e80 else 0.55


def _glyph_spans(text: str, x0: float, x1: float) -> list[tuple[float, float]]:
    """Given an OCR line's text and its box's left and right, return each character's (left, right) guessed from
    the characters' widths (`_char_width`: a Chinese glyph one, a figure or letter 0.55) spread over the box."""
    ws = [_char_width(ch) for ch in text]
    per = (x1 - x0) / max(sum(ws), 1e-6)
    out, pos = [], x0
    for w in ws:
        out.append((pos, pos + w * per))
        pos += w * per
    return out


# a cell of two or three of these characters read below _DOTS_CONF is the `……` of an unfilled slot row
# (seen on scans: `十十`, `一上` for `……`); the low_confidence warning keeps what was read
_STROKES = frozenset("一十上丄丨亠丶丿二…·.")
_DOTS_CONF = 0.75


def _grid(t: Table, cells, lines: list[OcrLine], pno: int, scale: float,
          warnings: list[ParseWarning]) -> Grid | None:
    nr, nc = len(t.ys) - 1, len(t.xs) - 1
    content: dict[int, list[OcrLine]] = {}
    for o in lines:
        cx = min(max((o.box[0] + o.box[2]) / 2, t.xs[0]), t.xs[-1])
        cy = min(max((o.box[1] + o.box[3]) / 2, t.ys[0]), t.ys[-1])
        i, j = t.slot(cx, cy) or (0, 0)
        k = t.cell_of(i, j, cells)
        content.setdefault(k, []).append(o)
    out: list[Cell] = []
    flagged: list[tuple[str, bool]] = []        # each cell's reading and whether a mend guessed (it is reported)
    for k, (r, c, rs, cs, b) in enumerate(cells):
        ls = content.get(k)
        if not ls:
            continue
        text = mend_opener(unwrap_cell(join_lines(ls)))     # (`决策` over `15%)` in a narrow cell)
        if not text.strip():
            continue
        conf = round(min(o.conf for o in ls), 3)
        read = text
        checked = any(o.read is not None for o in ls)       # a line's text put in place of what was read (a guess)
        if checked:
            read = mend_opener(unwrap_cell(join_lines([OcrLine(o.read or o.text, o.box, o.conf) for o in ls])))
        if conf < _DOTS_CONF and 2 <= len(text.strip()) <= 3 and set(text.strip()) <= _STROKES:
            text = "……"     # a template's `……` slot read as strokes (`十十`, `一上`), and doubtfully: a slot
        elif conf < LOW_CONFIDENCE or _O_NUMBER.match(text) and re.search(r"\d.*[Oo〇]|[Oo〇].*\d", text):
            # (a letter O among digits is a zero however surely it was read: a searchable scan's own text layer,
            # another program's OCR, gives every glyph as certain, `386O.00` was taken as 386)
            text = mend_number(text)
        text, pct = mend_percent(text)
        text, stroke = mend_trailing_stroke(text)
        text, rule = mend_leading_rule(text)
        pct = pct or stroke or rule or checked
        out.append(Cell(r, c, text, rs, cs, pno, None, tuple(v * scale for v in b), conf))
        flagged.append((read, pct))
    for k, cell in enumerate(out):
        mended = mend_unit_percent(cell, out)
        if mended == cell.text:
            mended = mend_percent_96(cell, out)
        if mended != cell.text:
            cell.text, flagged[k] = mended, (flagged[k][0], True)
        _warn_low(cell, warnings, flagged[k][0], always=flagged[k][1])
    if not out:
        return None
    return Grid(out, nr, nc, "ocr", order=pno * PAGE_ORDER + t.ys[0] * scale)


def join_lines(ls: list[OcrLine]) -> str:
    """Given the OCR lines of one cell, return its text: visual lines top to bottom joined by newlines, the pieces
    of a line as `_joint` says."""
    out = []
    for row in _visual_rows(ls):
        s = row[0].text
        for a, o in zip(row, row[1:]):
            s += _joint(a, o) + o.text
        out.append(s)
    return "\n".join(out)


# two pieces of one visual line less than this many characters (a line's height) apart are one run of text
JOIN_GAP = 2.0
_WORDY = re.compile(r"[A-Za-z0-9]")


def _joint(a: OcrLine, o: OcrLine) -> str:
    """What stands between two pieces of a line the recognizer read apart: nothing between Chinese characters;
    nothing either where one side is Chinese or a sign (`≥40` | `座`, `≥` | `40座`, `95` | `%`) and the gap is under
    JOIN_GAP characters (a space there made `≥40 座`, a number cut from its unit); between two letters or digits
    a space unless they touch (a third of a character: `1,2` | `00` is one number, `ISO` | `9001` two words)."""
    if _cjk_edge(a.text[-1:], o.text[:1]):
        return ""
    size = max(((a.box[3] - a.box[1]) + (o.box[3] - o.box[1])) / 2, 1.0)
    gap = (o.box[0] - a.box[2]) / size
    if _WORDY.match(a.text[-1:]) and _WORDY.match(o.text[:1]):
        return "" if gap < 1 / 3 else " "
    return "" if gap < JOIN_GAP else " "


def _cy(row: list[OcrLine]) -> float:
    return sum((o.box[1] + o.box[3]) / 2 for o in row) / len(row)


def _visual_rows(ls: list[OcrLine]) -> list[list[OcrLine]]:
    """OCR lines grouped into visual rows (centres within half a line height), top to bottom, each row
    left to right."""
    rows: list[list[OcrLine]] = []
    for o in sorted(ls, key=lambda o: (o.box[1] + o.box[3]) / 2):
        cy = (o.box[1] + o.box[3]) / 2
        if rows and abs(cy - _cy(rows[-1])) < 0.5 * (o.box[3] - o.box[1]):
            rows[-1].append(o)
        else:
            rows.append([o])
    for row in rows:
        row.sort(key=lambda o: o.box[0])
    return rows


_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")


def _cjk_edge(a: str, b: str) -> bool:
    return bool(_CJK.match(a) and _CJK.match(b))


def _text_lines(ls: list[OcrLine], pno: int, scale: float) -> list[TextLine]:
    out = []
    for row in _visual_rows(ls):
        text = "  ".join(o.text for o in row)
        top = min(o.box[1] for o in row)
        out.append(TextLine(text, page=pno, order=pno * PAGE_ORDER + top * scale))
    return out


def _label_of(rest: str, alone: bool = False) -> bool:
    """Whether `rest` is a field's label of 4 characters or more (a label of no column of its own, `_weak_…`, is not),
    alone or (unless `alone`) with its value after a colon."""
    from parsers.core import label_key, match_field
    f = match_field(rest)
    if not f or f[0].startswith("_") or alone and f[1]:
        return False
    word = rest[:rest.rfind(f[1])] if f[1] else rest
    return len(label_key(word)) >= 4 and not _BLANK.search(word.strip())


def _ends_label(text: str) -> bool:
    """Whether an OCR box's text ends with a field's label (the whole box a label, or a value then a label)."""
    words = text.split()
    return bool(words) and (_label_of(words[-1], alone=True) or any(
        k > len(text) - len(words[-1]) and _label_of(text[k:]) for k in _label_cuts(text)))


def _label_cuts(text: str) -> list[int]:
    """Given one OCR box's text, return the indexes inside it where a cell starts on a page without rulings: where a
    field's label starts after a value (a value and the next label one character apart were read as one box:
    `德江县文体广电旅游局 实施单位`, `王小明联系电话`) — after a blank, a label of 4 characters or more (alone or with its
    value after a colon), with no blank such a label ending the box — and after a blank ending such a label, where its
    value starts (`项目负责人 王小明`), also where a word before a blank ends in such a label after a value (at the
    label and after the blank: `一般公共预算资金项目负责人 王小明`). No cut inside a label (`项目 实施单位` letter-spaced,
    `项目实施单位`: the longest label ending there is the label), before a bracket (`年度资金总额 (万元)`), after a
    value of one character."""
    from parsers.core import match_field
    cuts = []
    for m in _BLANK.finditer(text):
        before, after = text[:m.start()].split()[-1:] or [""], text[m.end():].split()[:1] or [""]
        if not after[0] or after[0][0] in _OPENING or match_field(before[0] + after[0]):
            continue                          # a label letter-spaced (`项目 实施单位`), a label's unit in brackets
        if len(before[0]) >= 2 and _label_of(after[0]) and not match_field(before[0]) \
                or _label_of(before[0], alone=True):
            cuts.append(m.end())
        elif len(before[0]) >= 6 and not match_field(before[0]):
            i = _label_ending(before[0])      # a value and its label read as one word, the label's value after a
            if i and not _whole_word(before[0], i):   # blank (`一般公共预算资金项目负责人 王小明`; mend md69)
                cuts += [m.start() - len(before[0]) + i, m.end()]
    word = text.split()[-1] if text.split() else ""
    start = len(text) - len(word)
    if not any(k >= start for k in cuts) and word and not match_field(word):
        i = _label_ending(word)               # the longest label ending the box (`项目实施单位`, not `实施单位`)
        if i:
            cuts.append(start + i)
    for w in _FIGURE_AFTER.finditer(text):
        if w.start() >= 4 and w.start() not in cuts and _label_of(text[:w.start()].split()[-1], alone=True):
            cuts.append(w.start())            # `年度资金总额(万元)75.00`: a label, its amount right after it
    return sorted(cuts)


def _whole_word(word: str, i: int) -> bool:
    """Whether a word (no blank, no label) ending in a label at `i` is one word all the same, no value read together
    with the next cell's label: a money source's name (`中央财政补助资金`, `县本级财政资金`, `本级财政拨款`: a level's
    fiscal money, L.LEVEL_FISCAL, or parsers.forms' sources), a level's word before the label (`省级` | 财政资金), or the
    name's label with its kind before it (`农村公路建设项目名称`: no value stands before a form's first label). Review
    rd71, mend md71: `_label_cuts` cut these into a stray level word, a label and its amount."""
    from parsers.core import label_key, match_field
    from parsers.forms import _is_source, _level_fiscal_name
    if _LEVEL_HEAD.match(word[:i]) or _level_fiscal_name(word) or _is_source(word):
        return True
    f = match_field(word[i:])
    return bool(f) and f[0] == "name" and len(label_key(word)) <= 16


_LEVEL_HEAD = lazy(r"^(?:中央|省|市|州|盟|县|区|旗|乡|镇|乡镇|市县|县市区?|县区|市州|地方|上级|本级|同级)(?:本?级)?$")


def _label_ending(word: str) -> int:
    """Given a word (no blank) that is no label, the index where the longest label of 4 characters or more ending it
    starts after 2 characters or more of value (`王小明联系电话` 3), else 0."""
    for i in range(2, len(word) - 3):
        if _label_of(word[i:]):
            return i
    return 0


_BLANK = re.compile(r"\s+")
_OPENING = "(（[【〔<《:："
_FIGURE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff)）])[-+]?\d")


def _fake_text_lines(ls: list[OcrLine], scale: float) -> list[dict]:
    """OCR lines of a page without ruling lines, as the text lines with characters that words_grid reads. A field's
    label starting inside a box after a value or its value after it (`_label_cuts`), a box of a label's own right
    after another's value (boxes overlapping: `余庆县农业农村局` | `实施单位`), or a box right after one ending in a
    label (`实施单位` | `余庆县农技站` 1.6 characters apart) starts a cell (its first char marked `cut`)."""
    out = []
    for row in _visual_rows(ls):
        chars = []
        prev = ""
        for o in row:
            x0, t, x1, b = (v * scale for v in o.box)
            cuts = set(_label_cuts(o.text))
            cuts |= {m.end() for m in _BLANK.finditer(o.text) if o.text[:m.start()].strip() and o.text[m.end():]
                     and _apart_words(o.text[:m.start()].split()[-1], o.text[m.end():].split()[0])}
            head = o.text.strip()
            if chars and prev.split() and head and head[0] not in _OPENING and (
                    _ends_label(prev) or _label_cuts(prev.split()[-1] + " " + head)
                    or _apart_words(prev.split()[-1], head.split()[0])):
                cuts.add(len(o.text) - len(o.text.lstrip()))
            for k, (ch, (a, z)) in enumerate(zip(o.text, _glyph_spans(o.text, x0, x1))):
                chars.append({"text": ch, "x0": a, "x1": z, "top": t, "bottom": b, **({"cut": True} if k in cuts else {})})
            prev = o.text
        out.append({"text": "".join(c["text"] for c in chars), "top": min(c["top"] for c in chars),
                    "chars": chars})
    return out


def _apart_words(a: str, b: str) -> bool:
    """Do two words of one OCR line that the reader set apart — two boxes, or a blank it read inside one box —
    hold two cells though neither is a field's label: each of three Chinese characters or more (`产出指标` |
    `数量指标` 1.3 characters apart; `服务对象满意度指标 农户满意度`)? (words_grid cuts only at two characters, or at
    a narrower blank before a column's edge that three lines show: the level 1 and level 2 ran together,
    `产出指标数量指标`, on every line, and no edge showed.) Not a letter-spaced label's pieces (`项目` | `名称`), a
    figure's (`2025年` | `10月底前`) nor a sentence's (`…18条，` | `改善…`): a Chinese sentence has no blank in it."""
    return bool(_HAN_WORD.fullmatch(a) and _HAN_WORD.fullmatch(b))


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{3,}")


def _conf_at(ls: list[OcrLine], bbox, scale: float) -> float | None:
    if bbox is None:
        return None
    cx, cy = (bbox[0] + bbox[2]) / 2 / scale, (bbox[1] + bbox[3]) / 2 / scale
    hits = [o.conf for o in ls if o.box[1] <= cy <= o.box[3] and o.box[0] - 2 <= cx <= o.box[2] + 2]
    return round(min(hits), 3) if hits else None


def _warn_low(cell: Cell, warnings: list[ParseWarning], read: str | None = None, always: bool = False) -> None:
    """A low_confidence warning for a cell read below LOW_CONFIDENCE; `read`: what the OCR read, when a
    post-correction changed it into the cell's text (the warning names both); `always`: whatever its confidence
    (a correction that guessed, see mend_percent)."""
    if cell.conf is not None and (cell.conf < LOW_CONFIDENCE or always):
        b = ", ".join(f"{v:.0f}" for v in cell.bbox) if cell.bbox else "?"
        taken = f", taken as {cell.text.strip()[:40]!r}" if read is not None and read != cell.text else ""
        warnings.append(ParseWarning(
            "low_confidence", f"page {cell.page}: cell {(read if taken else cell.text).strip()[:40]!r} read by OCR "
            f"with confidence {cell.conf:.2f}{taken} (bbox {b} pt)", cell.page, None))


# ---------------------------------------------------------------- character post-correction

_FIXES = [
    # a comparison operator whose `=` OCR read as the full-width or doubled form: `>＝90%`, `＞==` -> `>=`
    (re.compile(r"([<>＞＜])(?:＝|==)"), lambda m: {"＞": ">", "＜": "<"}.get(m.group(1), m.group(1)) + "="),
    # `》=` / `《=` (the forms' own typo for >= / <=) read as `》＝`
    (re.compile(r"([》《])＝"), lambda m: m.group(1) + "="),
    # a percent sign OCR read as the full-width one after digits
    (re.compile(r"(?<=\d)％"), lambda m: "%"),
    # a per-mille sign read as `%0`, `%o` or `%e` after digits (`小於0.9‰` read `小於0.9%0`, `≤0.9‰` read `≤0.9%e` at
    # 100 dpi): no percentage ends so (a guess all the same: the cell is reported, see _fixed)
    (re.compile(r"(?<=\d)\s*[%％][0oOe](?![\d.A-Za-z])"), lambda m: "‰"),
    # a percent sign whose strokes a fax's threshold broke, its upper circle read as a degree sign and its lower one
    # as `0` or `o` (`≥90%` read `≥90°0`): no number is so written (a guess all the same: the cell is reported)
    (re.compile(r"(?<=\d)°[0oO](?![\d.A-Za-z])"), lambda m: "%"),
    # digits with an OCR colon or comma where the decimal point must be: `100:00` -> `100.00`
    # only for the two-decimal money pattern with 3+ digits before it, which no time of day has
    (re.compile(r"(?<![\d:])(\d{3,9}):(\d{2})(?![\d:])(?=\s*$)"), lambda m: f"{m.group(1)}.{m.group(2)}"),
    # the money unit 万元 read `方元` (方 and 万 alike) after a number, a colon or an opening bracket (`金额单位：方元`,
    # `（方元）`, `4.5方元/人`): no unit is so called; the amounts were taken as 元, 10,000 times too small
    (re.compile(r"(?<=[\d（(：:])方元"), lambda m: "万元"),
    # a letter l read for the digit 1 before digits (`l26座`), or between them (`1l0`): no word so starts
    (re.compile(r"(?<![A-Za-z])l(?=\d)|(?<=\d)l(?=\d)"), lambda m: "1"),
]


_BOX = lazy(r"(?:^|(?<=项目)|(?<=[费类]))口")


def _fixed(o: OcrLine) -> OcrLine:
    """Given an OCR line, return it through fix_text; a per-mille or percent sign so made out of what was read (`%0`,
    `%o`, `%e`; `°0`) keeps the reading in `read`: the cell is reported (a percent sign's lower circle broken by a fax's
    threshold reads `%0` too: `94.3%` read `94.3%0`, 1000 times less, said nowhere)."""
    text = fix_text(o.text)
    pct = lambda t: t.count("%") + t.count("％")      # noqa: E731  (a full-width ％ made half-width is no guess)
    if (text.count("‰") > o.text.count("‰") or pct(text) > pct(o.text)) and o.read is None:
        return OcrLine(text, o.box, o.conf, o.text)
    return OcrLine(text, o.box, o.conf, o.read) if text != o.text else o


# an operator before a number in a text layer: a sign whose bar another program's OCR may have lost or added
# (`≥10处` on the page, `＞10处` in the layer)
_LAYER_SIGN = lazy(r"([<>＜＞≤≥≦≧])\s*(?=\d)")
_SIGN_FORM = {"＜": "<", "＞": ">", "≦": "≤", "≧": "≥"}
LAYER_CHECK_CONF = 0.9     # the page's own reading of a layer line with an operator is believed from this score


def check_layer_signs(gray: np.ndarray, ocr: list[OcrLine], reader: OcrEngine | None = None) -> list[OcrLine]:
    """Given a page image and the lines of its text layer (a searchable scan: another program's OCR, every glyph
    given as certain), return them with the comparison signs before numbers the page itself shows otherwise.

    A layer line holding an operator before a number (`＞10处`) is read again from the page's image by the
    recognizer; when that reading is sure (LAYER_CHECK_CONF), has as many operators before numbers and the same
    digits, each operator is taken from it where the two differ only by the sign's bar (`＞` / `≥`, `＜` / `≤`,
    either way): the layer's OCR lost the bar of `≥` (a hunt's searchable scan: four targets `＞95%` for the page's
    `≥95%`, op `>` where the form says `>=`, said nowhere). The line keeps the layer's text in `read`, so its cell is
    reported. Anything else stays as the layer says."""
    cand = [k for k, o in enumerate(ocr) if _LAYER_SIGN.search(o.text)]
    if not cand:
        return ocr
    reader = reader or default_engine()
    H, W = gray.shape[:2]
    out = list(ocr)
    for k in cand:
        o = ocr[k]
        x0, t, x1, b = o.box
        m = 0.2 * (b - t)
        crop = gray[max(0, int(t - m)):min(H, int(b + m) + 1), max(0, int(x0 - m)):min(W, int(x1 + m) + 1)]
        if crop.size == 0:
            continue
        text, conf = reader.recognize(np.ascontiguousarray(crop))
        if conf < LAYER_CHECK_CONF or re.sub(r"\D", "", text) != re.sub(r"\D", "", o.text):
            continue
        mine = [_SIGN_FORM.get(c, c) for c in _LAYER_SIGN.findall(text)]
        theirs = _LAYER_SIGN.findall(o.text)
        if len(mine) != len(theirs):
            continue
        pairs = list(zip(theirs, mine))
        if all(_SIGN_FORM.get(a, a) == b for a, b in pairs):
            continue
        if not all({_SIGN_FORM.get(a, a), b} in ({">", "≥"}, {"<", "≤"}) or _SIGN_FORM.get(a, a) == b
                   for a, b in pairs):
            continue
        it = iter(mine)
        new = _LAYER_SIGN.sub(lambda mm: next(it), o.text)
        out[k] = OcrLine(new, o.box, o.conf, o.text)
    return out


def fix_text(text: str) -> str:
    """Given an OCR line, return it with the corrections that can be proven (see _FIXES); else unchanged.

    `口` read for an empty box `□`: only in a line of options (at least two boxes,
    `口` or `□`), where it stands at the start or right after an option name (`…项目口`).
    An opening bracket lost before a level's points or share (`决策15%)`, more closing brackets than
    opening ones in the line) is put back.
    """
    for rx, fn in _FIXES:
        text = rx.sub(fn, text)
    if sum(text.count(c) for c in "口□☑") >= 2 and _BOX.search(text):
        text = _BOX.sub("□", text)
    return mend_opener(text)


# a number with a stroke beside it (a ruling line or a speck read as `十` / `一` / `丨`: `1100十`), and a
# Latin O read for a zero (`O`, `1O0`): in a cell read doubtfully, a number once the stroke goes or the O
# is the zero it looks like
_STROKED_NUMBER = lazy(r"^\s*[十一丨|]?\s*(\d[\d,.]*%?)\s*[十一丨|]?\s*$")
_O_NUMBER = lazy(r"^\s*[\dOo〇][\dOo〇,.]*%?\s*$")


def mend_number(text: str) -> str:
    """Given a cell's text read below LOW_CONFIDENCE, return it with a stroke beside a number dropped
    (`1100十` -> `1100`) or a letter O (or 〇) among digits read as the zero (`O` -> `0`, `1O0` -> `100`);
    any other text as it is."""
    m = _STROKED_NUMBER.match(text)
    if m and m.group(1) != text.strip():
        return m.group(1)
    if _O_NUMBER.match(text) and re.search(r"[Oo〇]", text):
        return re.sub(r"[Oo〇]", "0", text.strip())
    return text


# a percent sign whose lower circle an OCR read as a digit of its own glued after it (`≥95%` read `≥95%6` on a phone
# photo and a fax, confidently): a share ends a target, no digit follows it (`%0` / `%o` is a per-mille sign, see
# _FIXES)
_PERCENT_DIGIT = lazy(r"(?<=\d)%[1-9](?=\s|$)")


# a speck after the percent sign that ends a cell of one share or a unit cell (`≥90%.`, `%.` on a 100 dpi scan): read as a
# point or comma; a target or a unit ends with the sign
_PERCENT_SPECK = lazy(r"^(\s*(?:[^\s\d]{0,3}\s*\d[\d,.]*\s*)?%)\s*[.·,，、]\s*$")


def mend_percent(text: str) -> tuple[str, bool]:
    """Given an OCR'd cell's text, return it with a digit glued after a percent sign that ends a number dropped
    (`≥95%6` -> `≥95%`), or a point after the percent sign of a cell of one share (`≥90%.` -> `≥90%`), and whether it
    was (the cell is then flagged low_confidence: a guess)."""
    if "%" not in text:
        return text, False
    mended = _PERCENT_SPECK.sub(r"\1", _PERCENT_DIGIT.sub("%", text))
    return mended, mended != text


# a share of two or three digits whose percent sign the recognizer read as the digits `96` (a 100 dpi fax's `≥90%` read
# `≥9096`, 0.84: no trace of `%` among the frames' candidates, nor when its tail is read again), alone in its cell
_PERCENT_96 = lazy(r"^(\s*[<>＜＞≤≥≦≧=]{0,2}\s*)(\d{2,3}(?:\.\d)?)96\s*$")
_ENDS_SHARE = lazy(r"\d\s*[%％]\s*$")
# a number alone (a count given bare, its unit in a column of its own or in its row's name)
_BARE_NUMBER = lazy(r"^\s*[<>＜＞≤≥≦≧=]{0,2}\s*\d[\d,，]*(?:\.\d+)?\s*$")
# a unit of measure closing a row's name in brackets (`培训人数（人次）`, `满意度（%）`)
_NAME_UNIT = lazy(r"[(（]\s*([^()（）\s]{1,4})\s*[)）]\s*$")
PERCENT_96_CONF = 0.9      # read below this only (the misreading measured 0.84; a number read surely stays as read)


def _row_unit(cell: Cell, cells: list[Cell]) -> str | None:
    """The unit of measure another cell of `cell`'s row says (a 计量单位 cell, `人`; a name's bracketed unit,
    `培训人数（人次）`), or None."""
    from normalize.targets import BRACKET_UNITS
    for o in cells:
        if o is cell or o.col == cell.col or not o.row <= cell.row < o.row + o.rowspan:
            continue
        t = o.text.strip().replace("％", "%")
        m = _NAME_UNIT.search(t)
        unit = t if t in BRACKET_UNITS else m.group(1).replace("％", "%") if m else None
        if unit in BRACKET_UNITS:
            return unit
    return None


def mend_percent_96(cell: Cell, cells: list[Cell]) -> str:
    """Given an OCR'd cell and the cells of its table, return its text with `96` ending a number of two or three
    digits (one decimal allowed) taken for the percent sign it looks like (`≥9096` -> `≥90%`), when the cell was read
    below PERCENT_96_CONF, what stands before the `96` is a share (100 at most), two cells or more of the same
    column end in a share (`≥95%`, `100％`), more than give a bare number (`3000`: a column of counts given bare), and
    no cell of its row says another unit (`人` in a 计量单位 column, `培训人数（人次）`: `1296` a count). Any other text as
    it is."""
    m = _PERCENT_96.match(cell.text)
    if m is None or cell.conf is None or cell.conf >= PERCENT_96_CONF or float(m.group(2)) > 100:
        return cell.text
    column = [o for o in cells if o is not cell and o.col == cell.col]
    shares = sum(1 for o in column if _ENDS_SHARE.search(o.text))
    # bare numbers within the cell's section only: the rows the tallest cell left of it spans (`绩效指标` over the
    # indicators; the 资金 rows' amounts above, `420.00`, are no counts of its column), the whole table when none spans
    spans = [o for o in cells if o.col < cell.col and o.rowspan > 1 and o.row <= cell.row < o.row + o.rowspan]
    section = max(spans, key=lambda o: o.rowspan) if spans else None
    top, end = (section.row, section.row + section.rowspan) if section else (0, 1 << 30)
    bare = sum(1 for o in column if top <= o.row < end and _BARE_NUMBER.match(o.text))
    if shares < 2 or shares <= bare or _row_unit(cell, cells) not in (None, "%"):
        return cell.text
    return m.group(1) + m.group(2) + "%"


# a percent sign alone in a unit's cell read as the two figures its circles look like (`06`, `96`, `0/0`: a dim photo's
# `%` under 度量单位, 0.66): a unit of measure is never a figure
_PERCENT_PAIR = lazy(r"^\s*[0oO69][/／]?[0oO69]\s*$")


def mend_unit_percent(cell: Cell, cells: list[Cell]) -> str:
    """Given an OCR'd cell and the cells of its table, return `%` for a cell read below PERCENT_96_CONF as a pair of
    the figures a percent sign looks like (`06` -> `%`) when the nearest head above it in its column is a unit's
    (计量单位, 度量单位, 单位: `_column_role`) and its row's 指标值 cell holds a figure; any other text as it is (`06`
    under 指标值 a number, `90` under a 得分 head of a later section, `90` in the unit's cell beside an empty 指标值)."""
    if cell.conf is None or cell.conf >= PERCENT_96_CONF or not _PERCENT_PAIR.match(cell.text):
        return cell.text
    if _column_role(cell, cells) != "unit":
        return cell.text
    # the row's value read in its own cell: the pair is no value drifted into the unit's cell (`≥` | `90`)
    valued = any(o.row <= cell.row < o.row + o.rowspan and o.col < cell.col and re.search(r"\d", o.text)
                 and _column_role(o, cells) == "target" for o in cells)
    return "%" if valued else cell.text


def _column_role(cell: Cell, cells: list[Cell]) -> str | None:
    """The indicator head's role (parsers.core's `_indicator_role`: `unit` for 计量单位) of the nearest head above `cell`
    in its column, or None: a later section's head (得分 over the 总分 row's `90`) decides for the cells under it."""
    from parsers.core import _indicator_role
    above = [o for o in cells if o.row + o.rowspan <= cell.row and o.col <= cell.col < o.col + o.colspan]
    return next((role for o in sorted(above, key=lambda o: -o.row) if (role := _indicator_role(o.text))), None)


# a number with a stroke after it read confidently: a stain's or a seal's ring crossing the cell (`30一` for the
# points 30 under a red seal's arc, `194%二` under a coffee ring); no number of a form ends in such a stroke
# (a range goes on: `30一50`; a stroke before a number may be a minus read as 一 and stays)
_TRAILING_STROKE = lazy(r"^\s*(\d[\d,.]*%?)\s*[一二丨|]\s*$")


def mend_trailing_stroke(text: str) -> tuple[str, bool]:
    """Given an OCR'd cell's text, return it with a lone stroke after its number dropped (`30一` -> `30`) and
    whether it was (the cell is then flagged low_confidence: a guess)."""
    m = _TRAILING_STROKE.match(text)
    if m is None:
        return text, False
    return m.group(1), True


# a number written hard against its cell's left ruling, the ruling read with it as a bracket or a bar (`[600.00`,
# `|600.00` for the money of a self-evaluation printed from a web page with 2 px of padding): no amount or target
# opens with a bracket left unclosed or a bar
# (a unit's `%` alone read with it too: `[%`, a fax's 计量单位 cell; the full-width `％` as the half-width)
_LEADING_RULE = lazy(r"^\s*[\[|丨【]\s*([-+≥≤<>＜＞=]?\s*\d[\d,.]*\s*(?:[%％]|‰|[\u4e00-\u9fff]{1,2})?|[%％]|‰)\s*$")


def mend_leading_rule(text: str) -> tuple[str, bool]:
    """Given an OCR'd cell's text, return it with a bracket or bar before its number dropped (`[600.00` -> `600.00`)
    and whether it was (the cell is then flagged low_confidence: a guess)."""
    m = _LEADING_RULE.match(text)
    if m is None:
        return text, False
    return m.group(1), True


def mend_opener(text: str) -> str:
    """Given an OCR'd line or cell, return it with an opening bracket put back where a closing one has
    none, after a level's points or share (`决策15%)` -> `决策(15%)`); else unchanged."""
    if text.count("(") + text.count("（") < text.count(")") + text.count("）"):
        text = _LOST_OPENER.sub(lambda m: ("(" if m.group(2) == ")" else "（") + m.group(1) + m.group(2), text, 1)
    return text


_LOST_OPENER = lazy(r"(?<=[\u4e00-\u9fff])(\d{1,3}(?:\.\d+)?\s*(?:%|％|分))([)）])")


def draw_debug(pages: list, outdir: str) -> list[str]:
    """Given the (page, PageResult) pairs kept by DEBUG_PAGES, write one PNG per page; return the paths.

    Red: the cells of the grid (merged cells as one box); blue: the OCR text lines;
    orange: OCR lines below LOW_CONFIDENCE. Drawn on the deskewed, upright page.
    """
    import cv2
    from pathlib import Path
    Path(outdir).mkdir(parents=True, exist_ok=True)
    out = []
    for pno, r in pages:
        if r.image is None:
            continue
        im = cv2.cvtColor(r.image, cv2.COLOR_GRAY2BGR)
        for x0, t, x1, b in r.cell_boxes:
            cv2.rectangle(im, (int(x0), int(t)), (int(x1), int(b)), (30, 30, 220), 2)
        for o in r.ocr_boxes:
            color = (0, 140, 255) if o.conf < LOW_CONFIDENCE else (220, 90, 30)
            cv2.rectangle(im, (int(o.box[0]), int(o.box[1])), (int(o.box[2]), int(o.box[3])), color, 1)
        path = str(Path(outdir) / f"page-{pno:03d}.png")
        cv2.imwrite(path, im)
        out.append(path)
    return out
