"""A PDF page's characters and ruling lines read through PDFium, shaped as pdfplumber's.

pdfplumber interprets every content stream in Python (pdfminer) and turns each
drawn object into a dict; on our forms that is ~80% of the PDF path's time.
PDFium (pypdfium2, already installed with pdfplumber) does the interpretation
in C. This module reads from it only what the reader needs — the glyphs with
their boxes and the straight segments of drawn paths — into the same dicts
pdfplumber builds (`x0`, `top`, `x1`, `bottom`, … with y counted from the top
of the page), so pdfplumber's table finder, cell text extraction and line
grouping run on them unchanged (`PdfiumPage.find_tables`, `.outside`,
`.extract_text_lines`).

Conventions kept from pdfplumber/pdfminer:
  - characters PDFium generates (spaces and line ends it infers) are dropped:
    only glyphs drawn in the file count, as in pdfminer;
  - a glyph without a Unicode mapping reads `(cid:0)`, so the
    `text_layer_unreadable` check and the OCR fallback see it as pdfminer's `(cid:N)`;
  - boxes are PDFium's *loose* boxes (font ascent to descent, like pdfminer's),
    not the tight glyph outlines;
  - a page's /Rotate is applied as pdfminer does, so x/top are display coordinates,
    and a glyph is `upright` when it stands upright as the page is shown (a landscape
    page drawn sideways and turned by /Rotate reads like any other);
  - every path is cut into its straight segments; a segment that is neither
    horizontal nor vertical is no ruling line and is dropped (pdfplumber keeps
    it with no orientation and its table finder ignores it).
"""
from __future__ import annotations

import bisect
import ctypes
import functools
import math
from pathlib import Path
from collections.abc import Iterator

# PDFium maps some Adobe-GB1 CIDs of non-embedded Chinese fonts (reportlab's STSong-Light, many
# budget-system exports) to the Japanese twin of the character the file's text encoding meant:
# `5·10` comes back `5・10`. Chinese text means the first; pdfminer reads it so.
_CID_TWINS = {0x30FB: "\u00b7"}
_FLAT = 0.01          # points: a segment whose ends differ less than this in y (x) is horizontal (vertical)


def in_boxes(cx: float, cy: float, boxes: list) -> bool:
    """Given a point and (x0, top, x1, bottom) boxes, return True when the point is in one (1 point margin)."""
    for b in boxes:
        if b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1:
            return True
    return False


class PdfiumPage:
    """The part of a pdfplumber Page the PDF reader uses, filled from PDFium."""

    __slots__ = ("chars", "edges", "images", "bbox", "width", "height", "page_number", "curve_segments", "invisible",
                 "glyphs_lost")

    def __init__(self, chars: list[dict], edges: list[dict], width: float, height: float, page_number: int,
                 images: list[dict] | None = None, curve_segments: int = 0, invisible: float = 0.0,
                 glyphs_lost: bool = False):
        self.chars = chars
        # text in a font the file does not embed, on a machine with no Chinese font to stand in for it:
        # PDFium drops some of its glyphs (`system_cjk_fonts`); the page is to be read through pdfminer
        self.glyphs_lost = glyphs_lost
        self.invisible = invisible           # the share of the glyphs unseen: invisible (an OCR layer), or under a scan
        self.edges = edges
        self.images = images or []           # pdfplumber's keys: x0, top, x1, bottom, width, height, srcsize
        self.curve_segments = curve_segments  # Bézier segments of drawn paths (glyphs drawn as outlines)
        self.width = width
        self.height = height
        self.bbox = (0.0, 0.0, width, height)
        self.page_number = page_number

    def find_tables(self, table_settings: dict | None = None):
        """Return pdfplumber Tables found from this page's ruling lines (pdfplumber's own finder)."""
        from pdfplumber.table import TableFinder, TableSettings
        return TableFinder(self, TableSettings.resolve(table_settings)).tables

    def outside(self, boxes: list, claimed: set[int] = frozenset()) -> PdfiumPage:
        """Return a page holding only the characters whose centre is outside every box (1 point margin), but for
        those whose ids are `claimed` (a table's, drawn past its edge)."""
        keep = [ch for ch in self.chars
                if not in_boxes((ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2, boxes)
                and id(ch) not in claimed]
        return PdfiumPage(keep, [], self.width, self.height, self.page_number, [])

    def extract_text_lines(self, strip: bool = True, return_chars: bool = True, y_tolerance: float = 3) -> list[dict]:
        """Return the page's text lines as pdfplumber does (`text`, `x0`, `top`, …, `chars`)."""
        from pdfplumber.utils import chars_to_textmap
        tm = chars_to_textmap(self.chars, layout_bbox=self.bbox, layout_width=self.width,
                              layout_height=self.height, y_tolerance=y_tolerance)
        return tm.extract_text_lines(strip=strip, return_chars=return_chars)


def open_document(data: bytes):
    """Given PDF bytes, return an open pypdfium2 PdfDocument, or None when PDFium cannot open it or it has no pages.

    The caller then asks pdfminer, which repairs some damage PDFium refuses and
    otherwise names the problem (password, no pages, damaged). PDFium's own
    error code is not used: FPDF_GetLastError keeps the code of an earlier
    failure when a load fails without setting one (seen: a file without pages
    reported as "Incorrect password" after an encrypted file).
    """
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    if len(doc) == 0:
        doc.close()
        return None
    return doc


def pages(doc) -> Iterator[tuple[int, object]]:
    """Given an open PdfDocument, yield (1-based number, PdfiumPage), reading one page at a time.

    A page that PDFium cannot load raises from the generator's caller side
    only for that page: the error is yielded as the page object.
    """
    form = _form_handle(doc)
    for i in range(len(doc)):
        try:
            pg = doc[i]
        except Exception as e:  # a damaged page object
            yield i + 1, e
            continue
        try:
            yield i + 1, read_page(pg, i + 1, form)
        except Exception as e:
            yield i + 1, e
        finally:
            pg.close()


def _display_transform(page, turn: int = 0) -> tuple[tuple[float, ...], float, float]:
    """Return pdfminer's page CTM for the page's /Rotate (user space -> display, y up) and the display size; `turn`
    (degrees clockwise) is added to /Rotate (a page whose text all stands sideways, `_sideways`)."""
    x0, y0, x1, y1 = page.get_mediabox()
    rot = (page.get_rotation() + turn) % 360
    if rot == 90:
        ctm = (0.0, -1.0, 1.0, 0.0, -y0, x1)
    elif rot == 180:
        ctm = (-1.0, 0.0, 0.0, -1.0, x1, y1)
    elif rot == 270:
        ctm = (0.0, 1.0, -1.0, 0.0, y1, -x0)
    else:
        ctm = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
    w, h = x1 - x0, y1 - y0
    return ctm, (h if rot in (90, 270) else w), (w if rot in (90, 270) else h)


def _form_handle(doc):
    """The document's form-fill handle when it has an AcroForm (filled-in fields), else None."""
    import pypdfium2.raw as raw

    try:
        if raw.FPDF_GetFormType(doc.raw) not in (raw.FORMTYPE_ACRO_FORM, raw.FORMTYPE_XFA_FOREGROUND):
            return None
        doc.init_forms()
        return doc.formenv.raw if doc.formenv is not None else None
    except Exception:       # (a form PDFium cannot set up: the page's own text is read as always)
        return None


def read_page(page, page_number: int, form=None) -> PdfiumPage:
    """Given a pypdfium2 PdfPage, return its characters and ruling-line edges as pdfplumber-style dicts (with
    `form`, the document's form-fill handle, the values of its filled-in fields too: `field_glyphs`).

    A page whose text all stands turned the same way as the page is shown (a landscape form drawn sideways on a
    portrait page with no /Rotate, or an upright page given a /Rotate by a viewer's "rotate and save") is read
    turned so that its text stands upright, as a person turns the sheet to read it (`_sideways`)."""
    page_ = _read_page_turned(page, page_number, form, 0)
    area = page_.width * page_.height
    if page_.glyphs_lost or any(im["width"] * im["height"] >= 0.6 * area for im in page_.images):
        return page_          # (a scan's text layer goes with the image as rendered; pdfminer's glyphs are as shown)
    turn = _sideways(page_.chars)
    return _read_page_turned(page, page_number, form, turn) if turn else page_


# A page is read turned when this many of its glyphs (and this share of them) stand turned the same quarter
SIDEWAYS_MIN, SIDEWAYS_SHARE = 20, 0.9


def _sideways(chars: list[dict]) -> int:
    """The turn (degrees clockwise: 90, 180 or 270) that sets a page's text upright when (nearly) all its glyphs
    stand turned the same way as shown (`rot`: 90 read bottom to top, 270 top to bottom, 180 upside down), else 0.
    A page with some turned text among upright text (a level-1 cell written sideways, a stamp) is read as shown."""
    seen = [c for c in chars if c["text"].strip()]
    if len(seen) < SIDEWAYS_MIN:
        return 0
    counts: dict[int, int] = {}
    for c in seen:
        if not c["upright"]:
            counts[c.get("rot", 0)] = counts.get(c.get("rot", 0), 0) + 1
    rot, n = max(counts.items(), key=lambda kv: kv[1], default=(0, 0))
    return rot if rot in (90, 180, 270) and n >= SIDEWAYS_SHARE * len(seen) else 0


def _read_page_turned(page, page_number: int, form, turn: int) -> PdfiumPage:
    """`read_page` with the page shown turned `turn` degrees clockwise more than its /Rotate says."""
    ctm, width, height = _display_transform(page, turn)
    a, b, c, d, e, f = ctm

    def box(l: float, bt: float, r: float, t: float) -> tuple[float, float, float, float]:
        xa, ya = a * l + c * bt + e, b * l + d * bt + f
        xb, yb = a * r + c * t + e, b * r + d * t + f
        return min(xa, xb), height - max(ya, yb), max(xa, xb), height - min(ya, yb)

    edges, images, curves, texts, drawn, marks = _drawn(page, ctm, height)
    # text drawn before an image covering most of the page is hidden under it (a scanner's "text under the page
    # image"): as unseen as text drawn invisibly over it
    cover = min((im["z"] for im in images if im["width"] * im["height"] >= 0.6 * width * height), default=None)
    shift = (e, height - f) if (a, b, c, d) == (1.0, 0.0, 0.0, 1.0) else None   # no /Rotate: a plain shift
    # (glyphs drawn off the page, the text of a merged cell a print repeats above the page's top edge: Calc
    # draws it clipped on every page the cell crosses, are not seen by a reader: left out; `size` is twice the
    # page's, as the test is on the sum of the two edges)
    chars, invisible = _chars(page, box, (page.get_rotation() + turn) % 360, shift, (2 * width, 2 * height),
                              (texts, cover) if cover is not None else None, drawn)
    _snap_to_line(chars)
    chars.extend(box_glyphs(marks, chars))
    if form is not None and shift is not None:
        chars.extend(field_glyphs(page, form, shift, chars))
    lost = bool(chars) and not system_cjk_fonts() and _unembedded_text(page)
    return PdfiumPage(chars, edges, width, height, page_number, images, curves, invisible, lost)


_LOW_MARKS = frozenset(".,、，。_…")


def field_glyphs(page, form, shift: tuple[float, float], chars: list[dict]) -> list[dict]:
    """The values of a page's filled-in form fields (AcroForm widgets: text fields, combo and list boxes; a check
    box or radio button `☑` ticked, `☐` not, where the page draws no box of its own), as glyphs laid out in each widget's rectangle, so that the table
    machinery puts them in the cells under them. A form filled in Acrobat or a budget system's fillable PDF
    and saved without flattening shows its values only through the widgets' appearance streams, which are no
    page text: the form was read empty (0 projects). Each value is written left to right from the widget's
    left edge (or centred / right aligned by its /Q) at its font size (10 points when automatic), wrapped
    to the rectangle's width and made smaller until its lines fit its height. A widget over which the page
    already draws its value (a flattened copy that kept its fields), hidden, or a password field is left.
    Pages turned by /Rotate are left as they are (`shift` is None for them)."""
    import pypdfium2.raw as raw

    out: list[dict] = []
    rect, size, q = raw.FS_RECTF(), ctypes.c_float(), ctypes.c_float()
    for k in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, k)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET or not raw.FPDFAnnot_GetRect(annot, rect) \
                    or raw.FPDFAnnot_GetFlags(annot) & (raw.FPDF_ANNOT_FLAG_HIDDEN | raw.FPDF_ANNOT_FLAG_NOVIEW):
                continue
            kind = raw.FPDFAnnot_GetFormFieldType(form, annot)
            box = kind in (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON)
            if box:
                value = "☑" if raw.FPDFAnnot_IsChecked(form, annot) else "☐"
            elif kind in (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX):
                if raw.FPDFAnnot_GetFormFieldFlags(form, annot) & raw.FPDF_FORMFLAG_TEXT_PASSWORD \
                        and kind == raw.FPDF_FORMFIELD_TEXTFIELD:
                    continue
                n = raw.FPDFAnnot_GetFormFieldValue(form, annot, None, 0)
                buf = ctypes.create_string_buffer(n)
                raw.FPDFAnnot_GetFormFieldValue(form, annot, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
                value = buf.raw[:n].decode("utf-16-le", "replace").rstrip("\x00")
            else:
                continue
            if not value.strip():
                continue
            x0, x1 = min(rect.left, rect.right) + shift[0], max(rect.left, rect.right) + shift[0]
            top, bottom = shift[1] - max(rect.top, rect.bottom), shift[1] - min(rect.top, rect.bottom)
            drawn = "".join(c["text"] for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                            and top <= (c["top"] + c["bottom"]) / 2 <= bottom)
            if "".join(value.split()) in "".join(drawn.split()) or (box and drawn.strip()):
                continue               # the page draws it already (a flattened copy keeping its fields, a box)
            fs = size.value if raw.FPDFAnnot_GetFontSize(form, annot, ctypes.byref(size)) and size.value > 0 else 10.0
            align = int(q.value) if raw.FPDFAnnot_GetNumberValue(annot, b"Q", ctypes.byref(q)) else 0
            out.extend(_lay_out(value, (x0, top, x1, bottom), min(fs, bottom - top), align))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def _lay_out(value: str, box: tuple[float, float, float, float], fs: float, align: int) -> list[dict]:
    """Glyph dicts for a field's value in its box (x0, top, x1, bottom): lines wrapped to the box's width, the font
    made smaller until they fit its height; a wide (CJK) character a font size wide, others half."""
    x0, top, x1, bottom = box
    pad = 2.0
    width, height = max(x1 - x0 - 2 * pad, 1.0), max(bottom - top, 1.0)

    def advance(ch: str, size: float) -> float:
        return size if ord(ch) > 0x2E7F or ch in "☑☐≥≤" else 0.5 * size

    def wrap(size: float) -> list[str]:
        lines = []
        for para in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            cur, used = "", 0.0
            for ch in para:
                w = advance(ch, size)
                if cur and used + w > width:
                    lines.append(cur)
                    cur, used = "", 0.0
                cur += ch
                used += w
            lines.append(cur)
        return [ln for ln in lines if ln.strip()]

    fs = max(fs, 1.0)
    lines = wrap(fs)
    while fs > 2.0 and len(lines) * 1.15 * fs > height:
        fs *= 0.85
        lines = wrap(fs)
    y = top + max(0.0, (height - len(lines) * 1.15 * fs) / 2)
    out = []
    for line in lines:
        used = sum(advance(ch, fs) for ch in line)
        x = x0 + pad + (max(0.0, width - used) * (0.5 if align == 1 else 1.0 if align == 2 else 0.0))
        for ch in line:
            w = advance(ch, fs)
            if ch.strip():
                out.append({"object_type": "char", "text": ch, "x0": x, "x1": x + w, "top": y, "bottom": y + fs,
                            "doctop": y, "width": w, "height": fs, "upright": True})
            x += w
        y += 1.15 * fs
    return out


def _snap_to_line(chars: list[dict]) -> None:
    """A glyph whose box PDFium set lower or higher than the glyphs drawn on either side of it, those two level
    with each other and touching it (`，` 3.3 pt below its line, `一` in some embedded fonts): given their top
    and bottom (in place). pdfminer's boxes, from the font's ascent and descent, are level; these fell into a
    line of their own and the text came out reordered (`般公共预算拨款一`, `建设 改造…，，`)."""
    def level(x: dict, y: dict) -> bool:
        return abs(x["top"] - y["top"]) <= 0.5 and abs(x["bottom"] - y["bottom"]) <= 0.5

    def touch(left: dict, right: dict, h: float) -> bool:
        return abs(right["x0"] - left["x1"]) <= 0.3 * h

    n = len(chars)
    tops = [c["top"] for c in chars]
    # the glyphs not level with a neighbour (nearly all are level with both: nothing to do for them)
    steps = [k for k, (x, y) in enumerate(zip(tops, tops[1:])) if x - y > 1.0 or y - x > 1.0]
    todo = sorted({k for s in steps for k in (s, s + 1)})
    for k in todo:
        c = chars[k]
        if not c["upright"]:
            continue
        # the line it belongs to: the glyphs on both sides, or the two after it (it opens the line) or before
        # it (it closes the line), level with each other and touching it
        pairs = []
        if 0 < k < n - 1:
            pairs.append((chars[k - 1], chars[k + 1], True, True))
        if k + 2 < n:
            pairs.append((chars[k + 1], chars[k + 2], False, True))
        if k >= 2:
            pairs.append((chars[k - 2], chars[k - 1], True, False))
        for a, b, left, right in pairs:
            if not (a["upright"] and b["upright"]) or not level(a, b):
                continue
            h = a["bottom"] - a["top"]
            # (a font whose ascent and descent are 0 gives each glyph its tight box: a `.` `，` `、` sits at the
            # bottom of its line, its top nearly a line's height below its neighbours': 45.60 read `45 60.`)
            if not 1.0 < abs(c["top"] - a["top"]) < (1.05 if c["text"] in _LOW_MARKS else 0.6) * h:
                continue
            if (left and not touch(chars[k - 1], c, h)) or (right and not touch(c, chars[k + 1], h)) \
                    or (not left and not touch(a, b, h)) or (not right and not touch(a, b, h)):
                continue
            c["top"], c["bottom"], c["doctop"] = a["top"], a["bottom"], a["top"]
            c["height"] = c["bottom"] - c["top"]
            break


_FONT_PROBE = Path(__file__).with_name("data") / "font_probe.pdf"   # made by scripts/make_font_probe.py
_PROBE_GLYPHS = 19          # what pdfminer reads in it: 8 glyphs alone, then the same 8 and 3 more in one line


@functools.cache
def system_cjk_fonts() -> bool:
    """Whether PDFium reads Chinese text in a font a file does not embed (reportlab's STSong-Light, many
    budget-system exports). It renders such a font with a Chinese font of the machine; with none, it drops
    the text objects of a single glyph (a `√` tick, a `≥` in a sign column: seen). Found out once per
    process on a tiny PDF (extract/data/font_probe.pdf): True when PDFium reads all its glyphs."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(_FONT_PROBE.read_bytes())
    except (OSError, pdfium.PdfiumError):
        return True                      # no probe to go by: PDFium as always
    try:
        page = doc[0]
        try:
            textpage = page.get_textpage()
            try:
                n = sum(1 for i in range(textpage.count_chars()) if textpage.get_text_range(i, 1).strip())
            finally:
                textpage.close()
        finally:
            page.close()
    finally:
        doc.close()
    return n >= _PROBE_GLYPHS


def _unembedded_text(page) -> bool:
    """Whether a text object of the page (or of a form XObject on it) uses a font the file does not embed."""
    import pypdfium2.raw as raw

    def walk(count: int, get) -> bool:
        for k in range(count):
            obj = get(k)
            if not obj:
                continue
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                font = raw.FPDFTextObj_GetFont(obj)
                if font and not raw.FPDFFont_GetIsEmbedded(font):
                    return True
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                if walk(raw.FPDFFormObj_CountObjects(obj), lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j)):
                    return True
        return False

    return walk(raw.FPDFPage_CountObjects(page.raw), lambda j: raw.FPDFPage_GetObject(page.raw, j))


def _chars(page, box, rotation: int, shift: tuple[float, float] | None = None,
           size: tuple[float, float] = (float("inf"), float("inf")),
           under: tuple[dict[int, int], int] | None = None,
           drawn: dict[int, int] | None = None) -> tuple[list[dict], float]:
    """The page's glyphs as pdfplumber's char dicts, and the share of them drawn invisible (render mode 3) or, with
    `under` (the drawing order of the text objects, `_drawn`, and that of an image covering the page), drawn before
    the image, hidden under it. With `drawn` (each text object's place in the content stream, `_drawn`), a glyph
    whose text object PDFium's reading order puts elsewhere than drawn (glyphs placed one by one, right to left)
    has its place as drawn in `seq` (pdfminer's order: `mark_vertical_runs` reads it)."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    tp = textpage.raw                        # the bare handle: ~4 calls per glyph, no wrapper lookups
    generated, map_error = raw.FPDFText_IsGenerated, raw.FPDFText_HasUnicodeMapError
    loose_box, angle_of = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharAngle
    twins = _CID_TWINS
    turn = math.radians(rotation)             # /Rotate turns the page clockwise; PDFium's angles turn the other way

    quarter = math.pi / 2
    get_matrix, matrix = raw.FPDFText_GetMatrix, raw.FS_MATRIX()

    try:
        n = raw.FPDFText_CountChars(tp)
        units = (ctypes.c_ushort * (n + 1))()
        got = raw.FPDFText_GetText(tp, 0, n, units) - 1       # UTF-16 code units written, without the NUL
        if got == n and not any(0xD800 <= u <= 0xDFFF for u in units[:n]):
            codes = units[:n]                 # one code unit per character: read them all at once
        else:
            codes = [raw.FPDFText_GetUnicode(tp, i) for i in range(n)]
        rect = raw.FS_RECTF()
        out: list[dict] = []
        text_obj = _text_object_address() if drawn else None
        tp_addr = ctypes.cast(tp, ctypes.c_void_p) if drawn else None
        for i, u in enumerate(codes):
            if u == 10 or u == 13:
                continue
            if u <= 32 and generated(tp, i) == 1:       # PDFium adds spaces between words it infers
                continue
            if not loose_box(tp, i, rect):
                continue
            a = (max(angle_of(tp, i), 0.0) + turn) % (2 * math.pi)    # the glyph's angle as the page is shown
            off = a % quarter
            if min(off, quarter - off) > 0.05 and get_matrix(tp, i, matrix):
                # PDFium's angle also counts a slant (fake italics: [1 0 0.25 1]); the baseline's own angle
                # is atan2(b, a) of the glyph's matrix
                base = math.atan2(matrix.b, matrix.a) % quarter
                if min(base, quarter - base) > 0.05:
                    continue      # text across the page at a slant (`内部资料 注意保密`): a watermark, no cell's text
            if u == 0 or u == 0xFFFE or map_error(tp, i) == 1:
                text = "(cid:0)"
            else:
                text = twins.get(u) or chr(u)
            if shift is not None:
                x0, x1, top, bottom = rect.left + shift[0], rect.right + shift[0], \
                    shift[1] - rect.top, shift[1] - rect.bottom
            else:
                x0, top, x1, bottom = box(rect.left, rect.bottom, rect.right, rect.top)
            if not (0 < top + bottom < size[1] and 0 < x0 + x1 < size[0]):
                continue      # its centre off the page: not seen (a merged cell's text a print repeats above the top)
            glyph = {"object_type": "char", "text": text, "x0": x0, "x1": x1, "top": top,
                     "bottom": bottom, "doctop": top, "width": x1 - x0, "height": bottom - top,
                     "upright": min(a, 2 * math.pi - a) < 0.01}   # upright: angle and page turn cancel
            if not glyph["upright"]:
                # turned anticlockwise as shown (read bottom to top) is 90, as in pdfminer's matrix; PDFium's
                # angle runs the other way
                glyph["rot"] = (360 - round(math.degrees(a))) % 360
            if text_obj is not None:
                glyph["seq"] = (drawn.get(text_obj(tp_addr, i) or 0, -1), i)
            out.append(glyph)
        _trim_overlaps(out)
        # an OCR'd scan's text layer is drawn invisible (render mode 3) over the page image: a sample of glyphs
        step = max(1, n // 60)
        objs = [obj for i in range(0, n, step) for obj in [raw.FPDFText_GetTextObject(tp, i)] if obj]
        hidden = 0
        for obj in objs:
            if raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
                hidden += 1
            elif under is not None and under[0].get(ctypes.cast(obj, ctypes.c_void_p).value or 0, under[1]) < under[1]:
                hidden += 1
        invisible = hidden / len(objs) if objs else 0.0
        return out, invisible
    finally:
        textpage.close()


@functools.lru_cache(maxsize=1)
def _text_object_address():
    """PDFium's FPDFText_GetTextObject returning the object's address as an int (no pointer object to cast per
    glyph: a quarter of the cost of reading the glyphs' drawing order)."""
    import pypdfium2.raw as raw
    proto = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    return proto(ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _trim_overlaps(chars: list[dict]) -> None:
    """End each glyph where the next glyph drawn on its line begins.

    PDFium's box width is the glyph's width in the font it renders with; for a
    font not embedded in the file that is a substitute, wider than the advance
    the file's width table gives (pdfminer's box). Overlapping boxes hide the
    small gaps that separate words (`100% (10月前)`).
    """
    for cur, nxt in zip(chars, chars[1:]):
        if cur["x0"] < nxt["x0"] < cur["x1"] and abs(nxt["top"] - cur["top"]) < 0.5 * (cur["height"] or 1.0):
            cur["x1"] = nxt["x0"]
            cur["width"] = cur["x1"] - cur["x0"]


def _drawn(page, ctm: tuple[float, ...], height: float) -> tuple[list[dict], list[dict], int, dict[int, int],
                                                                  dict[int, int], list[dict]]:
    """The page's ruling-line edges (straight segments of paths), its images (box, pixel size and `z`: the place in
    the page's drawing order of the page object that draws it), the number of Bézier segments its paths draw, the
    place in the drawing order of each text object (by its handle's address; an object inside a form XObject has
    the form's) and each text object's own place in the content (counted through the forms); and the small squares
    its paths draw (`box_glyphs`: a checkbox a browser draws), each with whether it is filled with a colour."""
    import pypdfium2.raw as raw

    out: list[dict] = []
    images: list[dict] = []
    curves = 0
    pw, ph = ctypes.c_uint(), ctypes.c_uint()
    m = raw.FS_MATRIX()
    px, py = ctypes.c_float(), ctypes.c_float()
    texts: dict[int, int] = {}
    seq: dict[int, int] = {}
    marks: list[dict] = []
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    rgba = [ctypes.c_uint() for _ in range(4)]

    def walk(count: int, get, parent: tuple[float, ...], top: int | None = None) -> None:
        nonlocal curves
        for k in range(count):
            obj = get(k)
            if not obj:
                continue
            kind = raw.FPDFPageObj_GetType(obj)
            z = k if top is None else top          # (an object inside a form XObject is drawn when the form is)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                addr = ctypes.cast(obj, ctypes.c_void_p).value or 0
                texts[addr] = z
                seq[addr] = len(seq)
                continue
            if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_IMAGE):
                continue
            mat = _mul((m.a, m.b, m.c, m.d, m.e, m.f), parent) if raw.FPDFPageObj_GetMatrix(obj, m) else parent
            if kind == raw.FPDF_PAGEOBJ_IMAGE:     # an image draws the unit square through its matrix
                corners = [(mat[0] * x + mat[2] * y + mat[4], mat[1] * x + mat[3] * y + mat[5])
                           for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
                xs, ys = [p[0] for p in corners], [p[1] for p in corners]
                size = (pw.value, ph.value) if raw.FPDFImageObj_GetImagePixelSize(obj, pw, ph) else None
                images.append({"object_type": "image", "x0": min(xs), "x1": max(xs), "top": height - max(ys),
                               "bottom": height - min(ys), "doctop": height - max(ys), "width": max(xs) - min(xs),
                               "height": max(ys) - min(ys), "srcsize": size, "z": z})
                continue
            if kind == raw.FPDF_PAGEOBJ_FORM:
                walk(raw.FPDFFormObj_CountObjects(obj), lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j), mat, z)
                continue
            pts: list[tuple[float, float]] = []
            start: tuple[float, float] | None = None
            bez: list[tuple[float, float]] = []     # a curve's points so far: its two control points, then its end
            first = len(out)
            for s in range(raw.FPDFPath_CountSegments(obj)):
                seg = raw.FPDFPath_GetPathSegment(obj, s)
                raw.FPDFPathSegment_GetPoint(seg, px, py)
                x, y = px.value, py.value
                p = (mat[0] * x + mat[2] * y + mat[4], mat[1] * x + mat[3] * y + mat[5])
                typ = raw.FPDFPathSegment_GetType(seg)
                if typ == raw.FPDF_SEGMENT_MOVETO:
                    start = p
                    bez = []
                elif pts and typ == raw.FPDF_SEGMENT_LINETO:
                    _add_edge(out, pts[-1], p, height)
                    bez = []
                elif pts and typ == raw.FPDF_SEGMENT_BEZIERTO:
                    curves += 1
                    bez.append(p)
                    if len(bez) == 3:
                        # a curve is a rule only when straight (a line drawn as a curve): its control points on the
                        # line from its start to its end; a seal's circle drawn over a table is none (its legs, flat
                        # or upright near the circle's top and sides, split the cells under it)
                        p0 = pts[-3]                  # (the curve's start, before its two control points)
                        if all(abs(q[1] - p0[1]) < _FLAT for q in bez) or all(abs(q[0] - p0[0]) < _FLAT for q in bez):
                            _add_edge(out, p0, p, height)
                        bez = []
                pts.append(p)
                if raw.FPDFPathSegment_GetClose(seg) and start is not None and start != p:
                    _add_edge(out, p, start, height)
            if pts:
                xs, ys = [q[0] for q in pts], [q[1] for q in pts]
                w, h = max(xs) - min(xs), max(ys) - min(ys)
                if len(out) > first and min(w, h) > _SHADE and _light_fill_only(obj, mode, stroke, rgba):
                    del out[first:]
                elif len(out) > first and _fill_only(obj, mode, stroke):
                    # (a filled area's sides, its box: a highlight's, a coloured cell's; a `sliver` one thinner than
                    # a rule drawn as a filled rectangle, a rule or a piece of a highlight between two of its boxes)
                    # (and its colour: a sliver of another colour than the boxes beside it is a rule, Word's cell
                    # border between two shaded cells)
                    area = (min(xs), height - max(ys), max(xs), height - min(ys))
                    fill = tuple(c.value for c in rgba) if raw.FPDFPageObj_GetFillColor(obj, *rgba) else None
                    for e in out[first:]:
                        e["area" if min(w, h) > _SHADE else "sliver"] = area
                        e["fill"] = fill
                if 5 <= w <= 15 and 5 <= h <= 15 and abs(w - h) < 1.5:
                    filled = False
                    if raw.FPDFPath_GetDrawMode(obj, mode, stroke) and mode.value \
                            and raw.FPDFPageObj_GetFillColor(obj, *rgba):
                        filled = rgba[3].value > 0 and min(c.value for c in rgba[:3]) < 200
                    marks.append({"x0": min(xs), "x1": max(xs), "top": height - max(ys), "bottom": height - min(ys),
                                  "filled": filled})

    walk(raw.FPDFPage_CountObjects(page), lambda j: raw.FPDFPage_GetObject(page, j), ctm)
    return out, images, curves, texts, seq, marks


_BOX_GLYPH = {"object_type": "char", "upright": True}
_MAX_MARKS = 400                 # more square paths on a page than a form's checkboxes draw


def box_glyphs(marks: list[dict], chars: list[dict]) -> list[dict]:
    """The checkboxes a browser's print draws as paths (chromium: `<input type=checkbox>` a rounded square, filled
    with its accent colour under a white tick when checked, white in a grey frame when not) as the glyphs ☑ / ☐
    before their options' text (they were no text at all: `☑延续项目 ☐新增项目` read as both options).

    A box is a square 5 to 15 points a side (the squares one box draws, one on another, taken together), ticked when
    one of them is filled with a colour darker than a light grey; it is a checkbox only when a glyph of the same line
    starts just right of it, no glyph is drawn over it, and the line holds two boxes or more (a choice of options:
    no lone square, a bullet or a legend's swatch)."""
    if len(marks) < 2 or not chars or len(marks) > _MAX_MARKS:
        return []                                     # (hundreds of squares: a chart's markers, a map's symbols)
    boxes: list[dict] = []
    near: dict[tuple[int, int], list[int]] = {}       # boxes by their centre in 2-point cells (a mark's merge test)
    for m in sorted(marks, key=lambda m: (m["x0"], m["top"])):
        cx, cy = (m["x0"] + m["x1"]) / 2, (m["top"] + m["bottom"]) / 2
        kx, ky = math.floor(cx / 2), math.floor(cy / 2)
        hits = [i for dx in (-1, 0, 1) for dy in (-1, 0, 1) for i in near.get((kx + dx, ky + dy), ())
                if abs(boxes[i]["cx"] - cx) < 2 and abs(boxes[i]["cy"] - cy) < 2]
        if hits:
            b = boxes[min(hits)]                      # (the first box made, as a scan in order finds it)
            b["filled"] |= m["filled"]
            b["x0"], b["x1"] = min(b["x0"], m["x0"]), max(b["x1"], m["x1"])
            b["top"], b["bottom"] = min(b["top"], m["top"]), max(b["bottom"], m["bottom"])
        else:
            near.setdefault((kx, ky), []).append(len(boxes))
            boxes.append(dict(m, cx=cx, cy=cy))
    # the chars by their centre's height: a box's tests look only at the band of lines that can meet it
    mids = sorted(((ch["top"] + ch["bottom"]) / 2, i) for i, ch in enumerate(chars))
    keys = [c for c, _ in mids]
    half = max(ch["bottom"] - ch["top"] for ch in chars) / 2
    found: list[tuple[dict, dict]] = []
    for b in boxes:
        size = b["x1"] - b["x0"]
        lo = min(b["top"] + 1 - half, b["cy"] - 0.4 * size)
        hi = max(b["bottom"] - 1 + half, b["cy"] + 0.4 * size)
        band = [chars[i] for i in sorted(i for _, i in mids[bisect.bisect_left(keys, lo):
                                                               bisect.bisect_right(keys, hi)])]
        if any(ch["x0"] < b["x1"] - 1 and ch["x1"] > b["x0"] + 1 and ch["top"] < b["bottom"] - 1
               and ch["bottom"] > b["top"] + 1 for ch in band):
            continue                                  # a glyph over it: a box drawn around text, or a ☐ glyph's own
        after = [ch for ch in band if ch["text"].strip() and b["x1"] - 1 <= ch["x0"] <= b["x1"] + 1.5 * size
                 and abs((ch["top"] + ch["bottom"]) / 2 - b["cy"]) < 0.4 * size]
        if after:
            found.append((b, min(after, key=lambda ch: ch["x0"])))
    out: list[dict] = []
    for b, ch in found:
        if sum(1 for o, _ in found if abs(o["cy"] - b["cy"]) < 2) < 2:
            continue
        glyph = dict(ch, **_BOX_GLYPH, text="☑" if b["filled"] else "☐", x0=b["x0"], x1=b["x1"],
                     width=b["x1"] - b["x0"])
        if isinstance(ch.get("seq"), tuple):
            glyph["seq"] = (ch["seq"][0], ch["seq"][1] - 0.5)
        out.append(glyph)
    return out


_SHADE = 3.0            # points: a filled shape thinner than this is a rule drawn as a filled rectangle


def _fill_only(obj, mode, stroke) -> bool:
    """Whether a path is filled and not stroked (an area: its sides are where a colour starts and stops, no line
    drawn; extract.pdf's `highlights_dropped` takes the sides of one behind a line of text out)."""
    import pypdfium2.raw as raw
    return bool(raw.FPDFPath_GetDrawMode(obj, mode, stroke) and mode.value and not stroke.value)


def _light_fill_only(obj, mode, stroke, rgba) -> bool:
    """Whether a path is filled, not stroked, in a light colour (a cell's shading: Excel's grey fill as LibreOffice
    prints it, a rectangle per shaded cell, and no rule between the cells unshaded). The edges of such a shape are
    no rules: a table whose shaded cells' edges were read as rules, the unshaded cells' not, had its rows cut
    where the shading starts and stops and its columns run together (a grey label column, a white value one)."""
    import pypdfium2.raw as raw
    if not (raw.FPDFPath_GetDrawMode(obj, mode, stroke) and mode.value and not stroke.value):
        return False
    if not raw.FPDFPageObj_GetFillColor(obj, *rgba):
        return False
    return min(c.value for c in rgba[:3]) >= 160


def _mul(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    """Return the matrix m then n (row vectors, as PDF and OFD write them: `a b c d e f`; extract.ofd's too)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _add_edge(out: list[dict], p: tuple[float, float], q: tuple[float, float], height: float) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < _FLAT:
        orient = "h"
    elif abs(x0 - x1) < _FLAT:
        orient = "v"
    else:
        return
    left, right = min(x0, x1), max(x0, x1)
    top, bottom = height - max(y0, y1), height - min(y0, y1)
    out.append({"object_type": "line", "orientation": orient, "x0": left, "x1": right, "top": top,
                "bottom": bottom, "doctop": top, "width": right - left, "height": bottom - top})
