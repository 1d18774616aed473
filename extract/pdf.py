"""PDFs with a text layer -> grids of cells (with spans, page and bbox) and text lines.

Chain of small steps:
  open (empty password tried; a password-protected or damaged file is an ExtractError)
  -> per page: ruled tables from pdfplumber's edges (`find_tables`), each turned
     into a Grid whose merged cells keep their row/column spans
  -> text outside the tables in reading order (titles, `（2020 年）`, `金额单位：万元`)
  -> pages without ruled tables: rows rebuilt from word positions (unruled
     tables: a cell ends where the gap between characters is wide), columns
     from the x positions shared by the page's rows
  -> `(cid:NN)` glyphs (no Unicode map) reported as `text_layer_unreadable`
  -> pages with no text layer but an image (scans) are rendered and read by
     OCR (extract/scan.py), page by page: a PDF mixing digital and scanned
     pages reads each page by its own path. A PDF whose every page went
     through OCR has format `scan`.
pdfplumber counts y from the top of the page, as the Cell bbox does.
"""
from __future__ import annotations

import io
import re
from statistics import median

from extract.grid import PAGE_ORDER, Cell, ExtractError, Extracted, Grid, ParseWarning, TextLine
_CID = re.compile(r"\(cid:\d+\)")
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")


def open_pdf(data: bytes):
    """Given PDF bytes, return an open pdfplumber PDF; raise ExtractError with the reason when it cannot be read."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        n = len(pdf.pages)
    except PDFPasswordIncorrect:
        raise ExtractError("password-protected PDF: it needs a password to open") from None
    except Exception as e:  # pdfminer raises many kinds on damaged files
        inner = [e, *e.args, e.__context__]       # pdfplumber wraps pdfminer's exception
        names = {type(x).__name__ for x in inner if isinstance(x, BaseException)}
        msg = "; ".join(str(x) for x in inner if isinstance(x, BaseException) and str(x)) or type(e).__name__
        if names & {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"} or "password" in msg.lower():
            raise ExtractError("password-protected PDF: it needs a password to open") from None
        raise ExtractError(f"damaged PDF, cannot be opened: {type(e).__name__}: {msg}"[:300]) from None
    if n == 0:
        pdf.close()
        raise ExtractError("PDF has no pages")
    return pdf


def extract_pdf(data: bytes, doc_id: str, path: str | None = None) -> Extracted:
    """Given the bytes of a PDF with a text layer, return its grids and text lines (1-based pages)."""
    pdf = open_pdf(data)
    grids: list[Grid] = []
    lines: list[TextLine] = []
    warnings: list[ParseWarning] = []
    scanned = 0
    doc = None
    try:
        for pno, page in enumerate(pdf.pages, 1):
            try:
                if needs_ocr(page):
                    if doc is None:
                        import pypdfium2 as pdfium
                        doc = pdfium.PdfDocument(data)
                    _read_scanned_page(doc, page, pno, grids, lines, warnings)
                    scanned += 1
                else:
                    _read_page(page, pno, grids, lines, warnings)
            except Exception as e:
                warnings.append(ParseWarning("page_unreadable", f"page {pno} could not be read: "
                                             f"{type(e).__name__}: {e}"[:300], pno, None))
        n_pages = len(pdf.pages)
    finally:
        pdf.close()
        if doc is not None:
            doc.close()
    return Extracted(doc_id=doc_id, format="scan" if scanned == n_pages else "pdf", pages=n_pages,
                     grids=grids, lines=lines, warnings=warnings, path=path)


def needs_ocr(page) -> bool:
    """Given a pdfplumber page, return True when it has no usable text layer but an image to read."""
    text = sum(1 for c in page.chars if c["text"].strip())
    return text < 5 and bool(page.images)


def page_image(doc, page, pno: int):
    """Given a pdfium document and the pdfplumber page, return (gray page image, points per pixel).

    Rendered at the resolution of the largest image on the page (the scan's
    own dpi, kept between 100 and 300), so the scan is neither blown up nor shrunk.
    """
    import numpy as np
    img = max(page.images, key=lambda im: float(im["width"]) * float(im["height"]))
    w_px = (img.get("srcsize") or (0, 0))[0]
    dpi = w_px / (float(img["width"]) / 72.0) if w_px and float(img["width"]) > 0 else 200.0
    dpi = min(300.0, max(100.0, dpi))
    bmp = doc[pno - 1].render(scale=dpi / 72.0, grayscale=True)
    pil = bmp.to_pil().convert("L")
    return np.asarray(pil, dtype=np.uint8).copy(), 72.0 / dpi


def _read_scanned_page(doc, page, pno: int, grids: list[Grid], lines: list[TextLine],
                       warnings: list[ParseWarning]) -> None:
    from extract.scan import read_page
    gray, scale = page_image(doc, page, pno)
    r = read_page(gray, pno, scale)
    grids += r.grids
    lines += r.lines
    warnings += r.warnings


def _read_page(page, pno: int, grids: list[Grid], lines: list[TextLine],
               warnings: list[ParseWarning]) -> None:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    for t in tables:
        g = table_grid(t, pno)
        if g is not None:
            grids.append(g)
    outside = page.filter(lambda o: not _inside_any(o, boxes)) if boxes else page
    text_lines = outside.extract_text_lines(return_chars=True)
    cid = sum(len(_CID.findall(tl["text"])) for tl in text_lines)
    cid += sum(len(_CID.findall(c.text)) for g in grids if g.cells and g.cells[0].page == pno for c in g.cells)
    if cid:
        warnings.append(ParseWarning("text_layer_unreadable", f"page {pno}: {cid} glyphs without a Unicode "
                                     "mapping ((cid:NN)); this page needs OCR", pno, None))
    if tables:
        for tl in text_lines:
            if tl["text"].strip():
                lines.append(TextLine(tl["text"], page=pno, order=pno * PAGE_ORDER + tl["top"]))
        return
    grid, rest = words_grid(text_lines, pno)
    if grid is not None:
        grids.append(grid)
    lines.extend(rest)


def _inside_any(obj, boxes) -> bool:
    x0, top, x1, bottom = obj.get("x0"), obj.get("top"), obj.get("x1"), obj.get("bottom")
    if x0 is None or top is None:
        return False
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return any(b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1 for b in boxes)


def _index(bounds: list[float], v: float) -> int:
    """Given sorted boundaries and a coordinate, return the index of the nearest boundary."""
    return min(range(len(bounds)), key=lambda i: abs(bounds[i] - v))


def table_grid(table, pno: int) -> Grid | None:
    """Given a pdfplumber table, return a Grid whose merged cells appear once, with their spans."""
    rows = table.rows
    if not rows:
        return None
    texts = table.extract()
    ncols = max(len(r.cells) for r in rows)
    xs = sorted({round(c[0], 1) for r in rows for c in r.cells if c} | {round(c[2], 1) for r in rows for c in r.cells if c})
    ys = sorted({round(r.bbox[1], 1) for r in rows} | {round(r.bbox[3], 1) for r in rows})
    xs = _merge_close(xs)
    ys = _merge_close(ys)
    cells: list[Cell] = []
    for i, r in enumerate(rows):
        for j, bbox in enumerate(r.cells):
            if bbox is None:
                continue
            text = unwrap_cell((texts[i][j] if i < len(texts) and j < len(texts[i]) else None) or "")
            if not text.strip():
                continue
            c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
            r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
            cells.append(Cell(i, j, text, max(1, r1 - r0), max(1, c1 - c0), pno, None,
                              (float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3]))))
    return Grid(cells, len(rows), ncols, "pdf_lines", order=pno * PAGE_ORDER + table.bbox[1])


_CJKNUM = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019"
_WRAPPED = re.compile(rf"(?:(?<=[{_CJKNUM}])\n(?=\S)|(?<=\S)\n(?=[{_CJKNUM}])|(?<=[\d.,%])\n(?=[\d.,%‰]))")


def unwrap_cell(text: str) -> str:
    """Given a PDF cell's text, return it without the line breaks its narrow column drew.

    Next to Chinese and inside numbers a wrap joins without a space (`94.0\n0` -> `94.00`,
    `年度资金\n总额` -> `年度资金总额`); between Latin words it becomes a space.
    """
    if "\n" not in text:
        return text
    return _WRAPPED.sub("", text).replace("\n", " ")


def _merge_close(vals: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in vals:
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def words_grid(text_lines: list[dict], pno: int) -> tuple[Grid | None, list[TextLine]]:
    """Given a page's text lines (with chars), return the rows that have several cells as a Grid and the rest as text.

    A cell ends where the gap to the next character is wider than twice the
    median character width; columns are the cells' left edges clustered
    across the page, so aligned cells share a column index.
    """
    rows: list[tuple[dict, list[tuple[float, float, float, float, str]]]] = []
    texts: list[TextLine] = []
    widths = [c["x1"] - c["x0"] for tl in text_lines for c in tl.get("chars", []) if c["text"].strip()]
    gap = 2.0 * (median(widths) if widths else 10.0)
    for tl in text_lines:
        segs = _segments(tl.get("chars", []), gap)
        if len(segs) >= 2:
            rows.append((tl, segs))
        elif tl["text"].strip():
            texts.append(TextLine(tl["text"], page=pno, order=pno * PAGE_ORDER + tl["top"]))
    if len(rows) < 2:
        texts.extend(TextLine(tl["text"], page=pno, order=pno * PAGE_ORDER + tl["top"]) for tl, _ in rows)
        return None, texts
    lefts = sorted(s[0] for _, segs in rows for s in segs)
    cols = _merge_close(lefts, tol=gap)
    cells: list[Cell] = []
    for i, (tl, segs) in enumerate(rows):
        used = -1
        for (x0, top, x1, bottom, text) in segs:
            j = max(_index(cols, x0), used + 1)
            used = j
            cells.append(Cell(i, j, text, 1, 1, pno, None, (x0, top, x1, bottom)))
    ncols = max(c.col for c in cells) + 1
    grid = Grid(cells, len(rows), ncols, "pdf_text", order=pno * PAGE_ORDER + rows[0][0]["top"])
    # text lines between grid rows keep their own order; rows keep theirs through the grid order
    return grid, texts


def _segments(chars: list[dict], gap: float) -> list[tuple[float, float, float, float, str]]:
    segs: list[tuple[float, float, float, float, str]] = []
    cur: list[dict] = []
    space = False
    for ch in chars:
        if not ch["text"].strip():
            space = bool(cur)                 # a space inside a cell is kept, once
            continue
        if cur and ch["x0"] - cur[-1]["x1"] > gap:
            segs.append(_seg(cur))
            cur = []
        elif cur and (space or (ch["x0"] - cur[-1]["x1"] > 1.0 and not (_CJK.match(ch["text"]) and _CJK.match(cur[-1]["text"])))):
            cur.append({**cur[-1], "text": " "})     # a word gap inside the cell (`100% (10月前)`)
        space = False
        cur.append(ch)
    if cur:
        segs.append(_seg(cur))
    return segs


def _seg(chars: list[dict]) -> tuple[float, float, float, float, str]:
    return (chars[0]["x0"], min(c["top"] for c in chars), chars[-1]["x1"],
            max(c["bottom"] for c in chars), "".join(c["text"] for c in chars))
