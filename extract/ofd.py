"""OFD files (版式文档, GB/T 33190-2016) -> the same grids as a PDF, through the PDF reader's own table machinery.

An OFD is a zip package of XML: OFD.xml -> DocBody/DocRoot -> Document.xml (CommonData: PageArea, PublicRes /
DocumentRes with the MultiMedia files, TemplatePage) -> each page's Content.xml, whose Layers hold TextObjects
(Unicode text in TextCode, each glyph placed by X/Y and DeltaX/DeltaY), PathObjects (the table rules, in
AbbreviatedData `M x y L x y …`) and ImageObjects. This module reads them with the stdlib (zipfile,
xml.etree) and turns each page into the page object the PDF reader builds from PDFium (extract/pdfium_page.py:
pdfplumber-style char dicts and ruling-line edges, in points, y counted from the top), then hands it to
`extract.pdf._read_page`: ruled tables, tables of row rules only, pages without rules (cells from word positions),
rows a page break cut in two and running headers all go the PDF way; there is no second table builder.

Units and axes: OFD counts millimetres from the page's top-left corner, y downwards; a point is 1/72 in, so
x_pt = x_mm * 72 / 25.4 and y needs no flip (the PDF reader's `top` is counted from the top too). An object's
Boundary `x y w h` places its own coordinate system on the page, its CTM maps its contents into it.

Glyph boxes: an OFD carries no glyph widths other than the DeltaX between glyphs (fonts are only named, or
embedded as files this reader does not open), so a glyph's box runs from its origin one em (a wide character)
or half an em (the rest) to the right, ended where the next glyph of its run begins; from 0.88 em above the
baseline to 0.12 em below it (the ideographic em box, as PDFium's loose boxes of a CJK font).

Template pages (TemplatePage, a page's Template) are read under (ZOrder Background) or over the page's own
content. Signatures (Signs/, Signatures.xml: seal images and signed hashes), annotations (Annots), attachments,
custom tags and outlines are not read: they hold no text of the form. A page with no text but an image covering
it (a scanned OFD) is read by OCR (extract/scan.py) from its images laid on a blank page; an OCR'd OFD whose text
is drawn invisible over the scan (Fill="false") gets its tables from the image and its text from that layer, as
the PDF reader does. Text drawn as glyph outlines (no TextObject, only paths) cannot be read: no renderer draws
OFD paths here; the page gets a `page_unreadable` warning.
"""
from __future__ import annotations

import io
import math
import posixpath
from normalize._lazy_re import lazy
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

from extract.grid import ExtractError, Extracted, Grid, ParseWarning, TextLine
from extract.pdfium_page import PdfiumPage, _add_edge, _mul

MM = 72.0 / 25.4              # points per millimetre
ASCENT, DESCENT = 0.88, 0.12  # a glyph's box above and below its baseline, in em (the ideographic em box)
_FLAT = 0.01                  # points: a curve whose control points lie this close to a line is a straight rule
_NUMBER = lazy(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_PART = 512 << 20          # bytes: a file of the package unpacking to more is refused (a zip bomb)


def _local(tag: str) -> str:
    """An element's name without its namespace (`{http://www.ofdspec.org/2016}Page` -> `Page`): writers use
    the standard's namespace, an old one or none."""
    return tag.rsplit("}", 1)[-1]


def _child(el, name: str):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _children(el, name: str) -> list:
    return [c for c in el if _local(c.tag) == name]


def _text(el, name: str) -> str | None:
    c = _child(el, name)
    return c.text.strip() if c is not None and c.text and c.text.strip() else None


def _numbers(s: str | None) -> list[float]:
    return [float(v) for v in _NUMBER.findall(s or "")]


def _box(s: str | None) -> tuple[float, float, float, float] | None:
    v = _numbers(s)
    return (v[0], v[1], v[2], v[3]) if len(v) >= 4 else None


def _bool(el, name: str, default: bool) -> bool:
    v = el.get(name)
    return default if v is None else v.strip().lower() not in ("false", "0")


def deltas(s: str | None) -> list[float]:
    """Given a DeltaX / DeltaY attribute, return its steps with the `g N d` runs (N steps of d) written out:
    `g 3 4.2 5` -> [4.2, 4.2, 4.2, 5.0]."""
    out: list[float] = []
    toks = (s or "").split()
    k = 0
    while k < len(toks):
        if toks[k] == "g" and k + 2 < len(toks):
            try:
                n, d = int(float(toks[k + 1])), float(toks[k + 2])
            except ValueError:
                break
            out.extend([d] * max(0, min(n, 100_000)))
            k += 3
            continue
        try:
            out.append(float(toks[k]))
        except ValueError:
            pass
        k += 1
    return out


def _placement(el) -> tuple[float, ...]:
    """An object's contents -> page points: its CTM, then its Boundary's origin, then millimetres to points."""
    ctm = _numbers(el.get("CTM"))
    m = tuple(ctm[:6]) if len(ctm) >= 6 else _IDENTITY
    b = _box(el.get("Boundary")) or (0.0, 0.0, 0.0, 0.0)
    return _mul(m, (MM, 0.0, 0.0, MM, b[0] * MM, b[1] * MM))


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


class OfdPackage:
    """An OFD's zip package: its files by name (a name may start with `/`, from the package's root, or be
    relative to the file that names it)."""

    def __init__(self, data: bytes):
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            raise ExtractError("not an OFD: its bytes are no zip package (a damaged file, or another kind of file "
                               "named .ofd)") from None
        self.infos = {i.filename.lstrip("/"): i for i in self.zip.infolist() if not i.is_dir()}
        self.lower = {n.lower(): n for n in self.infos}

    def resolve(self, base_dir: str, loc: str) -> str:
        loc = loc.strip().replace("\\", "/")
        path = posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc))
        return self.lower.get(path.lower(), path)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes:
        info = self.infos.get(name)
        if info is None:
            raise KeyError(name)
        if info.flag_bits & 0x1:
            raise ExtractError(f"encrypted OFD: {name} is encrypted in the zip (it needs a password to open)")
        if info.file_size > MAX_PART:
            raise ExtractError(f"{name} unpacks to {info.file_size} bytes (more than {MAX_PART}: a zip bomb?)")
        return self.zip.read(info)

    def xml(self, name: str, what: str):
        """The root element of an XML file of the package; ExtractError naming it when missing or damaged."""
        if not self.has(name):
            raise ExtractError(f"damaged OFD: {what} {name} is missing from the package")
        raw = self.read(name)
        try:
            return ET.fromstring(raw)
        except ET.ParseError as e:
            if raw[:1] != b"<" and raw.lstrip()[:1] != b"<":
                raise ExtractError(f"{what} {name} is not XML (encrypted or damaged: {len(raw)} bytes of binary "
                                   "data)") from None
            raise ExtractError(f"damaged OFD: {what} {name} is not well-formed XML ({e})") from None


class _Resources:
    """The MultiMedia files (images) a document's PublicRes / DocumentRes (and a page's PageRes) name, by ID."""

    def __init__(self):
        self.media: dict[str, str] = {}

    def add(self, pkg: OfdPackage, res_path: str) -> None:
        if not pkg.has(res_path):
            return
        try:
            root = pkg.xml(res_path, "resource file")
        except ExtractError:
            return                       # (a damaged resource file: its images are missing, said where they are used)
        base = pkg.resolve(posixpath.dirname(res_path), root.get("BaseLoc") or "")
        for group in _children(root, "MultiMedias"):
            for mm in _children(group, "MultiMedia"):
                f = _text(mm, "MediaFile")
                if mm.get("ID") and f:
                    self.media[mm.get("ID")] = pkg.resolve(base, f)


class _PageBuilder:
    """One page's glyphs, ruling-line edges and images, as the PDF reader's PdfiumPage wants them."""

    def __init__(self, width: float, height: float):
        self.width, self.height = width, height
        self.chars: list[dict] = []
        self.edges: list[dict] = []
        self.images: list[dict] = []
        self.curves = 0
        self.hidden = 0                  # glyphs drawn invisible (a text layer over a scan)
        self.glyphs = 0

    def objects(self, layer, res: _Resources) -> None:
        for el in layer:
            name = _local(el.tag)
            if not _bool(el, "Visible", True):
                continue
            if name == "TextObject":
                self.text(el)
            elif name == "PathObject":
                self.path(el)
            elif name == "ImageObject":
                self.image(el, res)
            elif name == "PageBlock":
                self.objects(el, res)

    def text(self, el) -> None:
        m = _placement(el)
        size = next(iter(_numbers(el.get("Size"))), None) or next(iter(_numbers(el.get("size"))), None) or 3.5
        hscale = next(iter(_numbers(el.get("HScale"))), 1.0) or 1.0
        # invisible: neither filled nor stroked, or fully transparent (an OCR'd scan's text layer is drawn so)
        fill = _child(el, "FillColor")
        drawn = (_bool(el, "Fill", True) or _bool(el, "Stroke", False)) and el.get("Alpha", "").strip() != "0" \
            and (fill is None or fill.get("Alpha", "").strip() != "0")
        # the baseline's direction as shown (x right, y down): upright, a quarter turn, or at a slant (a watermark)
        ang = math.degrees(math.atan2(-m[1], m[0])) % 360
        quarter = round(ang / 90) % 4 * 90
        if abs((ang - quarter + 180) % 360 - 180) > 3:
            return                        # text across the page at a slant: no cell's text (as the PDF reader)
        x = y = 0.0
        for code in _children(el, "TextCode"):
            s = code.text or ""
            if not s:
                continue
            x = float(code.get("X")) if code.get("X") not in (None, "") else x
            y = float(code.get("Y")) if code.get("Y") not in (None, "") else y
            dx, dy = deltas(code.get("DeltaX")), deltas(code.get("DeltaY"))
            pos = [(x, y)]
            for k in range(1, len(s)):
                px, py = pos[-1]
                step = dx[k - 1] if k - 1 < len(dx) else (dx[-1] if dx else None)
                if step is None:          # no DeltaX: one glyph after another, each as wide as its box
                    step = (0 if dy else _em(s[k - 1]) * size * hscale)
                pos.append((px + step, py + (dy[k - 1] if k - 1 < len(dy) else 0.0)))
            for k, ch in enumerate(s):
                gx, gy = pos[k]
                w = _em(ch) * size * hscale
                if k + 1 < len(s) and pos[k + 1][1] == gy and pos[k + 1][0] > gx:
                    # ended where the next glyph of its run begins (a glyph is at most an em wide: beyond, a gap)
                    w = min(pos[k + 1][0] - gx, size * hscale)
                self.glyph(ch, m, gx, gy, w, size, quarter, drawn)
            end = pos[-1]
            x = end[0] + (0 if dy else _em(s[-1]) * size * hscale)
            y = end[1]

    def glyph(self, ch: str, m: tuple[float, ...], gx: float, gy: float, w: float, size: float, quarter: int,
              drawn: bool) -> None:
        if ch in "\r\n":
            return
        corners = [_apply(m, gx + u, gy + v) for u in (0.0, w) for v in (-ASCENT * size, DESCENT * size)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        if not (0 < x0 + x1 < 2 * self.width and 0 < top + bottom < 2 * self.height):
            return                        # its centre off the page: not seen
        self.glyphs += 1
        if not drawn:
            self.hidden += 1
        g = {"object_type": "char", "text": ch, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
             "width": x1 - x0, "height": bottom - top, "upright": quarter == 0}
        if quarter:
            g["rot"] = quarter
        self.chars.append(g)

    def path(self, el) -> None:
        if not (_bool(el, "Stroke", True) or _bool(el, "Fill", False)):
            return                        # drawn neither stroked nor filled: nothing on the page
        m = _placement(el)
        data = _text(el, "AbbreviatedData")
        if not data:
            return
        toks = data.replace(",", " ").split()
        h = self.height
        cur: tuple[float, float] | None = None
        start: tuple[float, float] | None = None
        k = 0

        def nums(n: int) -> list[float] | None:
            nonlocal k
            vals = toks[k + 1:k + 1 + n]
            k += 1 + n
            try:
                return [float(v) for v in vals] if len(vals) == n else None
            except ValueError:
                return None

        def edge(p, q) -> None:
            _add_edge(self.edges, (p[0], h - p[1]), (q[0], h - q[1]), h)   # (_add_edge counts y upwards)

        while k < len(toks):
            op = toks[k]
            if op in ("S", "M"):
                v = nums(2)
                if v is None:
                    break
                cur = start = _apply(m, v[0], v[1])
            elif op == "L":
                v = nums(2)
                if v is None:
                    break
                p = _apply(m, v[0], v[1])
                if cur is not None:
                    edge(cur, p)
                cur = p
            elif op in ("B", "Q"):
                n = 6 if op == "B" else 4
                v = nums(n)
                if v is None:
                    break
                pts = [_apply(m, v[i], v[i + 1]) for i in range(0, n, 2)]
                self.curves += 3          # (PDFium counts a cubic's three points: extract.pdf.OUTLINE_CURVES)
                if cur is not None and (all(abs(q[1] - cur[1]) < _FLAT for q in pts)
                                        or all(abs(q[0] - cur[0]) < _FLAT for q in pts)):
                    edge(cur, pts[-1])    # a straight line drawn as a curve is a rule
                cur = pts[-1]
            elif op == "A":
                v = nums(7)
                if v is None:
                    break
                self.curves += 3
                cur = _apply(m, v[5], v[6])
            elif op == "C":
                k += 1
                if cur is not None and start is not None and cur != start:
                    edge(cur, start)
                cur = start
            else:
                k += 1                    # a number where a command was due: skipped

    def image(self, el, res: _Resources) -> None:
        m = _placement(el)                # an image fills the unit square of its CTM
        corners = [_apply(m, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        self.images.append({"object_type": "image", "x0": min(xs), "x1": max(xs), "top": min(ys),
                            "bottom": max(ys), "doctop": min(ys), "width": max(xs) - min(xs),
                            "height": max(ys) - min(ys), "srcsize": None,
                            "media": res.media.get(el.get("ResourceID") or ""), "matrix": m})

    def page(self, pno: int) -> PdfiumPage:
        return PdfiumPage(self.chars, self.edges, self.width, self.height, pno, self.images, self.curves,
                          self.hidden / self.glyphs if self.glyphs else 0.0)


def _em(ch: str) -> float:
    """A glyph's advance in em when the file gives none: 1 for a wide (CJK, full-width) character and for one of
    ambiguous width (`“` `①` `≥`: full width in a Chinese font), else 0.5."""
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 0.5


class OfdDocument:
    """An OFD's first document: its pages (Content.xml paths), page size, templates and resources."""

    def __init__(self, data: bytes):
        pkg = self.pkg = OfdPackage(data)
        if any(i.flag_bits & 0x1 for i in pkg.infos.values()):
            raise ExtractError("encrypted OFD: its files are encrypted in the zip (it needs a password to open)")
        entry = pkg.lower.get("ofd.xml")
        if entry is None:
            raise ExtractError("not an OFD: the zip has no OFD.xml (the entry file every OFD package opens with)")
        root = pkg.xml(entry, "entry file")
        if _local(root.tag) != "OFD":
            raise ExtractError(f"not an OFD: {entry}'s root element is <{_local(root.tag)}>, not <ofd:OFD>")
        if pkg.lower.get("encryptions.xml") or any(_child(b, "Encryptions") is not None
                                                   for b in _children(root, "DocBody")):
            raise ExtractError("encrypted OFD (Encryptions.xml): its documents cannot be read without the key")
        bodies = [b for b in _children(root, "DocBody") if _text(b, "DocRoot")]
        if not bodies:
            signed = any(_text(b, "Signatures") for b in _children(root, "DocBody"))
            raise ExtractError("OFD with no document: OFD.xml names no DocRoot" +
                               (" (a package of signatures only)" if signed else ""))
        self.doc_path = pkg.resolve("", _text(bodies[0], "DocRoot"))
        doc = pkg.xml(self.doc_path, "document (DocRoot)")
        self.dir = posixpath.dirname(self.doc_path)
        common = _child(doc, "CommonData")
        area = _child(common, "PageArea") if common is not None else None
        self.box = _box(_text(area, "PhysicalBox")) if area is not None else None
        self.res = _Resources()
        self.templates: dict[str, tuple[str, str]] = {}     # ID -> (Content.xml path, ZOrder)
        if common is not None:
            for name in ("PublicRes", "DocumentRes"):
                for r in _children(common, name):
                    if r.text and r.text.strip():
                        self.res.add(pkg, pkg.resolve(self.dir, r.text))
            for t in _children(common, "TemplatePage"):
                if t.get("ID") and t.get("BaseLoc"):
                    self.templates[t.get("ID")] = (pkg.resolve(self.dir, t.get("BaseLoc")),
                                                   t.get("ZOrder") or "Background")
        pages = _child(doc, "Pages")
        self.pages = [pkg.resolve(self.dir, p.get("BaseLoc") or "") for p in
                      (_children(pages, "Page") if pages is not None else [])]
        if not self.pages:
            raise ExtractError(f"OFD has no pages ({self.doc_path} lists none)")

    def read_page(self, k: int) -> PdfiumPage:
        """The k-th page (0-based) as the PDF reader's page object; ExtractError when its content cannot be read."""
        pkg = self.pkg
        path = self.pages[k]
        root = pkg.xml(path, f"page {k + 1}'s content")
        # the page's own Area (easyofd writes a PageArea inside the Content), else the document's PageArea
        content = _child(root, "Content")
        area = next((a for a in (_child(root, "Area"), _child(root, "PageArea"),
                                 _child(content, "PageArea") if content is not None else None) if a is not None), None)
        box = (_box(_text(area, "PhysicalBox")) if area is not None else None) or self.box or (0, 0, 210, 297)
        b = _PageBuilder(box[2] * MM, box[3] * MM)
        res = self.res
        page_res = _children(root, "PageRes")
        if page_res:
            res = _Resources()
            res.media = dict(self.res.media)
            for r in page_res:
                if r.text and r.text.strip():
                    res.add(pkg, pkg.resolve(posixpath.dirname(path), r.text))
        under, over = [], []
        for t in _children(root, "Template"):
            loc, z = self.templates.get(t.get("TemplateID") or "", (None, "Background"))
            if loc is not None:
                (over if (t.get("ZOrder") or z) == "Foreground" else under).append(loc)
        for loc in under:
            self._content(pkg.xml(loc, f"page {k + 1}'s template"), b, res)
        self._content(root, b, res)
        for loc in over:
            self._content(pkg.xml(loc, f"page {k + 1}'s template"), b, res)
        return b.page(k + 1)

    @staticmethod
    def _content(root, b: _PageBuilder, res: _Resources) -> None:
        content = _child(root, "Content")
        if content is None:
            return
        layers = _children(content, "Layer")
        # background layers under the body, foreground over it
        rank = {"Background": 0, "Body": 1, "Foreground": 2}
        for layer in sorted(layers, key=lambda l: rank.get(l.get("Type") or "Body", 1)):
            b.objects(layer, res)


def extract_ofd(data: bytes, doc_id: str, path: str | None = None) -> Extracted:
    """Given the bytes of an OFD, return its grids and text lines (1-based pages, as a PDF's); raise ExtractError
    when the package cannot be read (no zip, no OFD.xml, no document, encrypted, no page readable)."""
    from extract.pdf import (_read_page, finish_pages, needs_ocr, new_hints, outlined_text, text_layer_over_scan)

    try:
        doc = OfdDocument(data)
    except ExtractError:
        raise
    except Exception as e:                     # a damaged zip entry (bad CRC, broken deflate stream)
        raise ExtractError(f"damaged OFD package: {type(e).__name__}: {e}"[:300]) from None
    grids: list[Grid] = []
    lines: list[TextLine] = []
    warnings: list[ParseWarning] = []
    hints = new_hints()
    failed: list[str] = []
    for k in range(len(doc.pages)):
        pno = k + 1
        try:
            page = doc.read_page(k)
        except Exception as e:                 # missing or damaged content (bad CRC, broken XML): the rest is read
            e = e if isinstance(e, ExtractError) else \
                f"damaged OFD: page {pno}'s content {doc.pages[k]} cannot be unpacked: {type(e).__name__}: {e}"
            failed.append(str(e))
            warnings.append(ParseWarning("page_unreadable", f"page {pno} could not be read: {e}"[:300], pno, None))
            continue
        try:
            text_layer = text_layer_over_scan(page)
            if not (text_layer or needs_ocr(page)):
                _read_page(page, pno, grids, lines, warnings, hints)
                continue
            if not page.images:
                warnings.append(ParseWarning(
                    "page_unreadable", f"page {pno}: no text, its text drawn as glyph outlines (paths); OFD pages "
                    "are not rendered for OCR, the page was not read", pno, None))
                continue
            _read_scanned_page(doc, page, pno, grids, lines, warnings, text_layer)
            if outlined_text(page) and not text_layer:
                warnings.append(ParseWarning(
                    "page_unreadable", f"page {pno}: text drawn as glyph outlines (paths) beside its images; only "
                    "the images were read by OCR", pno, None))
        except Exception as e:                 # a page this reader or OCR cannot take: the rest is read
            warnings.append(ParseWarning("page_unreadable", f"page {pno} could not be read: "
                                         f"{type(e).__name__}: {e}"[:300], pno, None))
    if len(failed) == len(doc.pages):
        raise ExtractError(failed[0] if len(failed) == 1 else
                           f"no page could be read ({len(failed)} pages): {failed[0]}"[:400])
    lines = finish_pages(grids, lines, hints)
    return Extracted(doc_id=doc_id, format="ofd", pages=len(doc.pages), grids=grids, lines=lines,
                     warnings=warnings, path=path, page_heads=hints.gone or None)


def page_image(doc: OfdDocument, page: PdfiumPage):
    """Given a page of images (a scan), return (gray page image, points per pixel): its images drawn on a white
    page at the resolution of the largest (kept between 100 and 300 dpi, as extract.pdf.page_image)."""
    from PIL import Image

    from extract.scan import MAX_PIXELS, to_gray
    decoded = []
    for im in page.images:
        if not im["media"]:
            raise ExtractError("an image whose resource (ResourceID) is not in the document's MultiMedias")
        try:
            raw = doc.pkg.read(im["media"])
        except KeyError:
            raise ExtractError(f"image file {im['media']} is missing from the package") from None
        pic = Image.open(io.BytesIO(raw))
        if pic.size[0] * pic.size[1] > MAX_PIXELS:
            raise ExtractError(f"image {im['media']} too large ({pic.size[0]}x{pic.size[1]} pixels)")
        decoded.append((im, pic))
    big, pic = max(decoded, key=lambda d: d[0]["width"] * d[0]["height"])
    dpi = min(300.0, max(100.0, pic.size[0] / (big["width"] / 72.0) if big["width"] > 0 else 200.0))
    px = dpi / 72.0                                  # pixels per point
    canvas = Image.new("RGB", (max(1, round(page.width * px)), max(1, round(page.height * px))), "white")
    for im, pic in decoded:
        m = im["matrix"]
        w, h = round(im["width"] * px), round(im["height"] * px)
        if w < 1 or h < 1:
            continue
        pic = pic.convert("RGB")
        # the unit square's (0, 0) is the image's top-left: a CTM with a negative scale draws it mirrored
        if m[0] < 0:
            pic = pic.transpose(Image.FLIP_LEFT_RIGHT)
        if m[3] < 0:
            pic = pic.transpose(Image.FLIP_TOP_BOTTOM)
        canvas.paste(pic.resize((w, h)), (round(im["x0"] * px), round(im["top"] * px)))
    return to_gray(canvas), 1.0 / px


def _read_scanned_page(doc: OfdDocument, page: PdfiumPage, pno: int, grids: list[Grid], lines: list[TextLine],
                       warnings: list[ParseWarning], text_layer: bool) -> None:
    """A page read from its images by OCR (extract/scan.py), or, an OCR'd scan, with its invisible text layer."""
    from extract.pdf import read_page_image
    gray, scale = page_image(doc, page)
    read_page_image(gray, scale, page.chars if text_layer else None, pno, grids, lines, warnings)
