"""Forms pasted as pictures into Word, Excel and web documents -> pages read by OCR (extract/scan.py).

Offices often paste the form as a picture: a screenshot of the budget system's 绩效目标表 or a scanned page in
a Word document (`项目绩效目标表见下图`), on a sheet, or shown by a web page's <img> (held by an MHTML, beside a
saved page in its `_files` folder, or inline as a `data:` URI). The text of such a document gives no form. When
it gives none, jixiao.pipeline asks this module for the document's pictures and reads them as a scan's pages:

  `pictures(fmt, data, path, read)`: every picture the document shows, in document order, numbered from 1:
      DOCX (DOCM, and DOC / WPS after their conversion to DOCX): the body's `a:blip` and `v:imagedata` (text boxes
          included; a picture's `mc:Fallback` copy not counted twice; page headers and footers, where logos go,
          not read);
      XLSX: each visible sheet's drawing, sheet by sheet, by the anchor's row and column;
      HTML: each `<img>` (its `data-src` / `data-original` first: a lazily loaded page's `src` is a placeholder),
          from a `data:` URI, from the MHTML part of its Content-Location (or `cid:` Content-ID), or from the file
          beside a saved page (`page_files/image001.png`; only under the page's own folder, never a URL).
  `read_pictures(pics, ...)`: each picture is one page of the document, its page number the picture's number.
      Read: raster images (PNG, JPEG, GIF, BMP, TIFF, WebP, whatever else Pillow decodes; the first frame) of
      at least MIN_SIDE pixels on the short side and MIN_PIXELS in all. Not read: drawings (EMF / WMF / SVG: a
      pasted OLE object's preview, a chart), smaller pictures (logos, icons, bullets, signature strips, seals), a
      picture met before (the same bytes twice), pictures beyond the first MAX_PICTURES read (OCR takes seconds
      a picture). A picture that cannot be decoded, or above extract.scan.MAX_PIXELS (a decompression bomb,
      refused before decoding) or MAX_PICTURE_BYTES, is a `page_unreadable` warning. Each picture read goes
      through extract.scan.read_page as a PNG / JPEG file's page does (deskew, quarter turns, seals taken out,
      ruled tables, confidences).
"""
from __future__ import annotations

import base64
import hashlib
import io
import os
import posixpath
import re
from normalize._lazy_re import lazy
import zipfile
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import unquote, urljoin

from extract.grid import ExtractError, Extracted, Grid, ParseWarning, TextLine
from extract.office import transitional

# At most this many pictures are read by OCR a document (2-8 CPU seconds each: 20 stay well inside the default
# 600 s `--timeout`); the pictures beyond are named in the `read_from_images` warning.
MAX_PICTURES = 20
# A form needs a table of rows and columns with text of 10 px or more a line: a picture under 120 px on its short
# side or under 100,000 pixels in all (316 x 316; a 700 x 150 strip of three rows still passes) holds none. Below:
# logos and icons (16-256 px), bullets and spacers, signature strips (400 x 150 = 60,000), a seal (300 x 300).
MIN_SIDE = 120
MIN_PIXELS = 100_000
# a picture's bytes (in a zip: its declared size, before inflating) read at most: a scan of an A4 page at 300 dpi
# is 1-10 MB; more is no form's picture
MAX_PICTURE_BYTES = 64 << 20

_RASTER = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"),
           (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"BM", "BMP"))
_VECTOR_NAMES = (".emf", ".wmf", ".emz", ".wmz", ".svg", ".svgz", ".pict", ".pct", ".eps")


@dataclass
class Picture:
    number: int                        # 1-based, in document order: the page of what is read from it
    where: str                         # where it is in the document (`word/media/image1.png`, `data: URI`, …)
    data: bytes | None                 # None: not held by the document (a linked file, a web address)
    why: str | None = None             # why there are no bytes (or why they cannot be read)
    # reads (data, why) when asked (a package's member, a file beside a page): a document's pictures are not all
    # held at once (200 photos of 5 MB in a report)
    load: Callable[[], tuple[bytes | None, str | None]] | None = field(default=None, repr=False)

    def content(self) -> tuple[bytes | None, str | None]:
        """(the picture's bytes, None), or (None, why: not held by the document), or (b"", why they cannot be read)."""
        return self.load() if self.load is not None else (self.data, self.why)


@dataclass
class Outcome:
    """What `read_pictures` did: the pages it read and why it left the others."""
    read: list[int] = field(default_factory=list)
    unreadable: list[int] = field(default_factory=list)
    capped: list[int] = field(default_factory=list)
    small: list[int] = field(default_factory=list)
    vector: list[int] = field(default_factory=list)
    absent: list[int] = field(default_factory=list)
    repeated: list[int] = field(default_factory=list)

    @property
    def tried(self) -> bool:
        """Was any picture worth reading (read, or found broken or beyond the cap)?"""
        return bool(self.read or self.unreadable or self.capped)

    def summary(self, total: int) -> str:
        parts = [f"{len(self.read)} of its {total} pictures read by OCR" + (f" (pictures {_numbers(self.read)})"
                                                                           if self.read else "")]
        if self.capped:
            parts.append(f"not read: pictures {_numbers(self.capped)}, beyond the first {MAX_PICTURES} "
                         "(extract.embedded.MAX_PICTURES)")
        for what, nums in (("unreadable (page_unreadable)", self.unreadable),
                           (f"too small to hold a form (under {MIN_SIDE} px or {MIN_PIXELS:,} pixels)", self.small),
                           ("drawings (EMF / WMF / SVG)", self.vector),
                           ("not held by the document", self.absent), ("repeated", self.repeated)):
            if nums:
                parts.append(f"{what}: {_numbers(nums)}")
        return "; ".join(parts)


def _numbers(nums: list[int]) -> str:
    return ", ".join(map(str, nums[:12])) + (f" … ({len(nums)} in all)" if len(nums) > 12 else "")


def pictures(fmt: str, data: bytes, path: str | None = None,
             read: Callable[[str], bytes] | None = None) -> list[Picture]:
    """Given a document's format (`docx`, `xlsx`, `html`) and bytes (a DOC / WPS: the DOCX LibreOffice made of
    it), return its pictures in document order; `read(path)` reads the file a saved web page names beside it.
    A package that cannot be opened has none (its text was read already)."""
    try:
        if fmt == "docx" and data[:4] == b"PK\x03\x04":
            return _docx_pictures(zipfile.ZipFile(io.BytesIO(transitional(data))))
        if fmt == "xlsx" and data[:4] == b"PK\x03\x04":
            return _xlsx_pictures(zipfile.ZipFile(io.BytesIO(transitional(data))))
        if fmt == "html":
            return _html_pictures(data, path, read)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ExtractError):
        return []
    return []


# ---------------------------------------------------------------- DOCX / XLSX packages

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_V = "{urn:schemas-microsoft-com:vml}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"


def _xml(z: zipfile.ZipFile, name: str):
    from lxml import etree
    info = z.getinfo(name)
    if info.file_size > MAX_PICTURE_BYTES:
        raise ValueError(f"{name} too large")
    return etree.fromstring(z.read(info), parser=etree.XMLParser(resolve_entities=False, huge_tree=True))


def _rels(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, bool]]:
    """A part's relationships: id -> (target part name, or the external target; external?)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in z.namelist():
        return {}
    out = {}
    for rel in _xml(z, rels).iter(f"{_PR}Relationship"):
        target = rel.get("Target") or ""
        external = rel.get("TargetMode") == "External"
        if not external:
            target = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id")] = (target, external)
    return out


def _package_picture(z: zipfile.ZipFile, rels: dict, rid: str | None, number: int) -> Picture:
    if not rid or rid not in rels:
        return Picture(number, f"relationship {rid}", None, "no such part")
    target, external = rels[rid]
    if external:
        return Picture(number, target, None, "a linked file")
    try:
        info = z.getinfo(target)
    except KeyError:
        return Picture(number, target, None, "missing from the package")
    if info.file_size > MAX_PICTURE_BYTES:
        return Picture(number, target, b"", f"{info.file_size:,} bytes, above {MAX_PICTURE_BYTES:,}")

    def load() -> tuple[bytes | None, str | None]:
        try:
            return z.read(info), None
        except Exception as e:    # a damaged member: BadZipFile (its CRC), zlib.error, EOFError, an unknown method
            return b"", f"damaged in the package ({type(e).__name__})"
    return Picture(number, target, None, load=load)


def _picture_refs(root):
    """The picture references (`a:blip`, `v:imagedata`) under an element in document order, without a
    `mc:Fallback`'s copies (the same picture for older readers)."""
    out = []

    def walk(el) -> None:
        for child in el:
            if not isinstance(child.tag, str) or child.tag == f"{_MC}Fallback":
                continue
            if child.tag == f"{_A}blip":
                out.append(child.get(f"{_R}embed") or child.get(f"{_R}link"))
            elif child.tag == f"{_V}imagedata":
                out.append(child.get(f"{_R}id") or child.get(f"{_R}href"))
            walk(child)
    walk(root)
    return out


def _docx_pictures(z: zipfile.ZipFile) -> list[Picture]:
    main = next((n for n in ("word/document.xml", "word/document2.xml") if n in z.namelist()), None)
    if main is None:
        return []
    rels = _rels(z, main)
    return [_package_picture(z, rels, rid, k) for k, rid in enumerate(_picture_refs(_xml(z, main)), 1)]


def _xlsx_pictures(z: zipfile.ZipFile) -> list[Picture]:
    book = "xl/workbook.xml"
    if book not in z.namelist():
        return []
    book_rels = _rels(z, book)
    out: list[Picture] = []
    for sheet in _xml(z, book).iter(f"{_S}sheet"):
        if sheet.get("state") in ("hidden", "veryHidden"):
            continue                            # (not read for its text either)
        part = book_rels.get(sheet.get(f"{_R}id"), (None, True))
        if part[1] or part[0] not in z.namelist():
            continue
        sheet_rels = _rels(z, part[0])
        for d in _xml(z, part[0]).iter(f"{_S}drawing"):
            drawing = sheet_rels.get(d.get(f"{_R}id"), (None, True))
            if drawing[1] or drawing[0] not in z.namelist():
                continue
            drawing_rels = _rels(z, drawing[0])
            anchors = []
            for k, anchor in enumerate(_xml(z, drawing[0])):
                if not isinstance(anchor.tag, str):
                    continue
                frm = anchor.find(f"{_XDR}from")
                pos = anchor.find(f"{_XDR}pos")
                if frm is not None:
                    at = (_int(frm.findtext(f"{_XDR}row")), _int(frm.findtext(f"{_XDR}col")))
                elif pos is not None:               # (an absolute anchor, in EMU: rows of 15 pt, columns of 64 px)
                    at = (_int(pos.get("y")) // 190500, _int(pos.get("x")) // 609600)
                else:
                    at = (0, 0)
                anchors.append((at, k, _picture_refs(anchor)))
            for _, _, refs in sorted(anchors, key=lambda a: (a[0], a[1])):
                for rid in refs:
                    out.append(_package_picture(z, drawing_rels, rid, len(out) + 1))
    return out


def _int(v) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return 0


# ---------------------------------------------------------------- HTML / MHTML

_MIME_START = lazy(rb"(?i)(?:mime-version|content-type|from|subject|date|x-[\w-]+)\s*:")
_DATA_URI = lazy(r"^data:([\w/+.-]*)((?:;[^,;]*)*?)(;base64)?,(.*)$", re.S | re.I)
_SCHEME = lazy(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


def _mime_parts(data: bytes) -> tuple[bytes, str | None, dict[str, bytes]]:
    """A single-file web page: its HTML part, that part's Content-Location, and every other part's bytes by its
    Content-Location (also `cid:` + its Content-ID)."""
    import email
    import email.policy
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    html, base, parts = None, None, {}
    for part in msg.walk():
        if part.is_multipart():
            continue
        body = part.get_payload(decode=True) or b""
        where = (part.get("Content-Location") or "").strip()
        if part.get_content_type() == "text/html":
            charset = part.get_content_charset()      # (a frame's page too: its charset with it)
            if charset and not re.search(rb"(?i)<meta[^>]+charset", body[:4096]):
                body = f'<meta charset="{charset}">'.encode("ascii") + body
            if html is None:
                html, base = body, where or None
                continue
        if where:
            parts.setdefault(where, body)
        cid = (part.get("Content-ID") or "").strip().strip("<>")
        if cid:
            parts.setdefault("cid:" + cid, body)
    if html is None:
        raise ExtractError("no HTML part")
    return html, base, parts


def _html_pictures(data: bytes, path: str | None, read: Callable[[str], bytes] | None) -> list[Picture]:
    import lxml.html
    from lxml import etree

    from extract.office import _decode_html, _html_hidden
    base, parts = None, None
    if _MIME_START.match(data[:300].lstrip()):
        data, base, parts = _mime_parts(data)
    text, _ = _decode_html(data)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    href = root.xpath("string(//base/@href)").strip()
    if href:
        base = urljoin(base or "", href)
    out: list[Picture] = []
    for img in root.iter("img", "IMG"):
        if any(_html_hidden(el) for el in img.iterancestors()) or _html_hidden(img):
            continue
        srcs = [s.strip() for s in (img.get("data-src"), img.get("data-original"), img.get("src")) if s and s.strip()]
        if not srcs:
            continue
        number = len(out) + 1
        pic = None
        for src in srcs:
            pic = _html_source(src, number, base, parts, path, read)
            if pic.data is not None or pic.load is not None:
                break
        out.append(pic)
    return out


def _html_source(src: str, number: int, base: str | None, parts: dict[str, bytes] | None, path: str | None,
                 read: Callable[[str], bytes] | None) -> Picture:
    m = _DATA_URI.match(src)
    if m:
        payload = m.group(4)
        try:
            raw = base64.b64decode(re.sub(r"\s+", "", payload) + "=" * (-len(payload.strip()) % 4)) if m.group(3) \
                else unquote(payload).encode("latin-1", "replace")
        except (ValueError, TypeError):
            return Picture(number, "data: URI", b"", "a damaged base64 payload")
        return Picture(number, f"data: URI ({m.group(1) or 'no type'})", raw)
    if parts is not None:
        for key in (src, urljoin(base or "", src), unquote(src), unquote(urljoin(base or "", src))):
            if key in parts:
                return Picture(number, key, parts[key])
        return Picture(number, src[:200], None, "not in the single-file page")
    if _SCHEME.match(src) or path is None or read is None:
        return Picture(number, src[:200], None, "a web address, not a file beside the page")
    rel = unquote(src.split("#", 1)[0].split("?", 1)[0]).replace("\\", "/")
    sibling = _beside(path, rel)
    if sibling is None:
        return Picture(number, src[:200], None, "outside the page's folder")

    def load() -> tuple[bytes | None, str | None]:
        try:
            return read(sibling), None
        except (OSError, ValueError) as e:
            return None, f"no such file beside the page ({type(e).__name__})"
    return Picture(number, rel, None, load=load)


def _beside(path: str, rel: str) -> str | None:
    """The path of `rel` (a saved page's `page_files/image001.png`) beside `path`, a local page or an archive
    member (`a.zip!/2022/page.htm` -> `a.zip!/2022/page_files/image001.png`); None when it leaves the page's
    folder (`../`, an absolute path)."""
    from jixiao.archive import SEP
    if not rel or rel.startswith("/"):
        return None
    if SEP in path:
        head, member = path.rsplit(SEP, 1)
        folder = posixpath.dirname(member)
        target = posixpath.normpath(posixpath.join(folder, rel))
        if target.startswith("../") or target == ".." or (folder and not target.startswith(folder + "/")):
            return None
        return head + SEP + target
    folder = os.path.dirname(os.path.abspath(path))
    target = os.path.normpath(os.path.join(folder, rel))
    if os.path.commonpath([folder, target]) != folder:
        return None
    return target


# ---------------------------------------------------------------- reading the pictures

def raster_kind(data: bytes) -> str | None:
    """PNG, JPEG, GIF, TIFF, BMP, WEBP by the bytes' magic number; None for anything else."""
    for magic, kind in _RASTER:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def _vector(pic: Picture, d: bytes) -> bool:
    return (d[:4] == b"\x01\x00\x00\x00" and d[40:44] == b" EMF") or d[:4] == b"\xd7\xcd\xc6\x9a" \
        or d[:6] in (b"\x01\x00\x09\x00\x00\x03", b"\x02\x00\x09\x00\x00\x03") \
        or d[:2] == b"\x1f\x8b" or b"<svg" in d[:1024].lower() \
        or pic.where.lower().endswith(_VECTOR_NAMES) or "svg" in pic.where.lower()[:40]


def open_picture(data: bytes):
    """Given a raster picture's bytes, return its PIL image (first frame; not decoded yet); raise ExtractError."""
    from PIL import Image

    from extract.scan import MAX_PIXELS, image_errors
    with image_errors():
        im = Image.open(io.BytesIO(data))
    w, h = im.size
    if w * h > MAX_PIXELS:
        raise ExtractError(f"{w}x{h} pixels, above extract.scan.MAX_PIXELS ({MAX_PIXELS:,}): refused")
    return im


def decode_picture(im):
    """Given an opened picture, return (gray page, dpi) as extract.scan reads an image file's page: transparent
    parts on white paper (a screenshot's PNG with alpha read black otherwise), square pixels."""
    from extract.scan import image_errors, square_pixels, to_gray
    with image_errors():
        im.seek(0)
        im.load()
        return square_pixels(to_gray(im), im.info.get("dpi"))


def read_pictures(pics: list[Picture], doc_id: str, fmt: str, path: str | None = None,
                  engine=None) -> tuple[Extracted, Outcome]:
    """Given a document's pictures, return an Extracted of the pages read from them (page = the picture's number;
    `pages` the number of pictures; `page_unreadable` warnings for the pictures that cannot be read) and what
    was done with each picture."""
    from extract import scan
    grids: list[Grid] = []
    lines: list[TextLine] = []
    warnings: list[ParseWarning] = []
    done = Outcome()
    seen: set[str] = set()
    for pic in pics:
        n = pic.number
        data, why = pic.content()
        if data is None:
            done.absent.append(n)
            continue
        if why is not None:
            done.unreadable.append(n)
            warnings.append(ParseWarning("page_unreadable", f"picture {n} of the document ({pic.where}) cannot be "
                                         f"read: {why}", n))
            continue
        if raster_kind(data) is None and _vector(pic, data):
            done.vector.append(n)
            continue
        key = hashlib.sha256(data).hexdigest()
        if key in seen:
            done.repeated.append(n)
            continue
        seen.add(key)
        try:
            im = open_picture(data)
            w, h = im.size
            if min(w, h) < MIN_SIDE or w * h < MIN_PIXELS:
                done.small.append(n)
                continue
            if len(done.read) >= MAX_PICTURES:
                done.capped.append(n)
                continue
            gray, dpi = decode_picture(im)
        except ExtractError as e:
            done.unreadable.append(n)
            warnings.append(ParseWarning("page_unreadable", f"picture {n} of the document ({pic.where}) cannot be "
                                         f"decoded: {e}", n))
            continue
        try:
            r = scan.read_page(gray, n, 72.0 / dpi, engine)
        except Exception as e:            # a picture the OCR cannot take (as a PDF's page): the others are read
            done.unreadable.append(n)
            warnings.append(ParseWarning("page_unreadable", f"picture {n} of the document ({pic.where}) could not be "
                                         f"read: {type(e).__name__}: {e}"[:300], n))
            continue
        done.read.append(n)
        grids += r.grids
        lines += r.lines
        warnings += r.warnings
    ex = Extracted(doc_id=doc_id, format=fmt, pages=len(pics), grids=grids, lines=lines, warnings=warnings, path=path)
    return ex, done


_TITLE_YEAR = lazy(r"(?:19|20)\d{2}\s*年")


def year_title(ex: Extracted) -> str | None:
    """The text that names the year of a form pasted as a picture, when the picture states none: a web page's
    <title>, else the document's first line naming a year and 绩效 (`附件：2023年度项目绩效目标表`)."""
    if ex.meta_title:
        return ex.meta_title
    for t in sorted(ex.lines, key=lambda t: t.order):
        if _TITLE_YEAR.search(t.text) and "绩效" in t.text and len(t.text) < 80:
            return " ".join(t.text.split())
    return None
