"""PDFs with a text layer -> grids of cells (with spans, page and bbox) and text lines.

Chain of small steps:
  open (empty password tried; a password-protected or damaged file is an ExtractError)
  -> per page: ruled tables from pdfplumber's edges (`find_tables`), each turned
     into a Grid whose merged cells keep their row/column spans
  -> text outside the tables in reading order (titles, `（2020 年）`, `金额单位：万元`)
  -> tables drawn with row rules only: vertical borders where each cell's own
     rule segment ends (`cell_borders_from_rules`, then pdfplumber's finder);
     rules drawn whole: rows between the rules, columns at the gaps the rows'
     text leaves (`rules_grid`)
  -> pages without ruled tables: rows rebuilt from word positions (unruled
     tables: a cell ends where the gap between characters is wide), columns
     from the x positions shared by the page's rows
  -> a page whose text is mostly `(cid:NN)` glyphs (no Unicode map) is read by
     OCR from its image instead, with a `text_layer_unreadable` warning (fewer
     such glyphs: the warning only)
  -> pages with no text layer but an image (scans), or whose text is drawn as
     glyph outlines (paths with many Bézier segments, no characters: a
     `text_as_outlines` warning), are rendered and read by
     OCR (extract/scan.py), page by page: a PDF mixing digital and scanned
     pages reads each page by its own path. A PDF whose every page went
     through OCR has format `scan`.
  -> an OCR'd scan (text drawn invisibly over the page image, or under it) is read through the image's ruled
     tables with its own text (`TextLayerEngine`); a page of text that also shows a large picture of a ruled
     table with no text over it (a screenshot of the indicator table) has that picture read by OCR
     (`table_pictures`, a `table_picture_ocr` warning).
pdfplumber counts y from the top of the page, as the Cell bbox does.
"""
from __future__ import annotations

import io
import re
from normalize._lazy_re import lazy
from bisect import bisect_left, bisect_right
from itertools import chain
from math import floor
from dataclasses import dataclass, field
from statistics import median

from extract.grid import COLUMN_ORDER, PAGE_ORDER, Cell, ExtractError, Extracted, Grid, ParseWarning, TextLine, unwrap_cell
from extract.pdfium_page import PdfiumPage, in_boxes
from normalize.text import LAYER_IDEOGRAPHS
_CID = lazy(r"\(cid:\d+\)")
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
        # (each message once: pdfplumber's exception repeats pdfminer's, `Unexpected EOF; Unexpected EOF; …`)
        msg = "; ".join(dict.fromkeys(str(x) for x in inner if isinstance(x, BaseException) and str(x))) \
            or type(e).__name__
        if names & {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"} or "password" in msg.lower():
            raise ExtractError("password-protected PDF: it needs a password to open") from None
        raise ExtractError(f"damaged PDF, cannot be opened: {type(e).__name__}: {msg}"[:300]) from None
    if n == 0:
        pdf.close()
        raise ExtractError("PDF has no pages")
    _read_gb_simple_fonts(pdf.rsrcmgr)
    return pdf


# the byte-coded CMaps of Adobe-GB1 (GB 2312, GBK, GB 18030 in EUC bytes): a simple font's /Encoding naming one
_GB_CMAP = lazy(r"^GB(?:K|Kp|K2K|pc|T|Tpc)?(?:-EUC)?-[HV]$")


def _gb_simple_font(spec) -> dict | None:
    """A simple font (Type1 / TrueType) whose /Encoding names a GB CMap (`/GBK-EUC-H`, not valid PDF, which a report
    writer's print with SimSun holds: its strings GBK bytes, two a Chinese character): the spec of the CID font that
    encoding names, as a Type0 font of that CMap is read (Adobe-GB1's Unicode map), each character as wide as its
    bytes are in the font's /Widths (a Chinese character two of them). None for any other font: PDFium read such
    text as U+0000 glyphs, pdfminer as Latin letters, and the page went to OCR (`text_layer_unreadable`)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import LIT, PSLiteral
    enc = resolve1(spec.get("Encoding"))
    sub = resolve1(spec.get("Subtype"))
    if not (isinstance(enc, PSLiteral) and isinstance(sub, PSLiteral) and sub.name in ("Type1", "MMType1", "TrueType")
            and _GB_CMAP.match(str(enc.name))):
        return None
    widths = resolve1(spec.get("Widths")) or []
    first = resolve1(spec.get("FirstChar")) or 0
    width = {first + k: resolve1(w) for k, w in enumerate(widths) if isinstance(resolve1(w), (int, float))}
    half = width.get(0x41) or width.get(0x30) or 500
    full = 2 * (width.get(0xB0) or half)
    # (Adobe-GB1's proportional and half-width Latin CIDs: as wide as the font's ASCII letters)
    return {"Type": LIT("Font"), "Subtype": LIT("CIDFontType2"), "BaseFont": spec.get("BaseFont"), "Encoding": enc,
            "CIDSystemInfo": {"Registry": b"Adobe", "Ordering": b"GB1", "Supplement": 4},
            "FontDescriptor": spec.get("FontDescriptor"), "DW": full, "W": [1, [half] * 95, 814, [half] * 126]}


def _read_gb_simple_fonts(rsrcmgr) -> None:
    """Make pdfminer's resource manager read a simple font whose encoding names a GB CMap as the CID font it names
    (_gb_simple_font); any other font as before."""
    get_font = rsrcmgr.get_font

    def get(objid, spec):
        gb = _gb_simple_font(spec) if isinstance(spec, dict) else None
        return get_font(objid, gb if gb is not None else spec)
    rsrcmgr.get_font = get


def gb_simple_fonts(page) -> bool:
    """Whether a page pdfminer read (pdfplumber's) draws with a simple font whose encoding names a GB CMap
    (_gb_simple_font), asked of the font objects of its resources and of its forms' (XObjects'). (Before, a byte
    search of the file for `/Encoding /GBK-EUC-H`, which missed a font dictionary in a compressed object stream:
    PDF 1.5's, an optimizer's; the page went to OCR of Latin letters.)"""
    from pdfminer.pdftypes import resolve1

    def fonts_of(res, depth: int = 0) -> bool:
        res = resolve1(res)
        if not isinstance(res, dict):
            return False
        fonts = resolve1(res.get("Font"))
        if isinstance(fonts, dict) and any(isinstance(f := resolve1(v), dict) and _gb_simple_font(f) is not None
                                           for v in fonts.values()):
            return True
        xobjs = resolve1(res.get("XObject"))
        return depth < 3 and isinstance(xobjs, dict) and any(
            fonts_of(getattr(resolve1(x), "attrs", {}).get("Resources"), depth + 1) for x in xobjs.values())
    try:
        return fonts_of(page.page_obj.resources)
    except Exception:  # noqa: BLE001 - a damaged resource dictionary: no such font known
        return False


def extract_pdf(data: bytes, doc_id: str, path: str | None = None) -> Extracted:
    """Given the bytes of a PDF with a text layer, return its grids and text lines (1-based pages).

    Characters and ruling lines come from PDFium (extract/pdfium_page.py), the
    table finding from pdfplumber's TableFinder on them. A file PDFium cannot
    parse is read by pdfplumber (pdfminer), which repairs some damage and
    otherwise says what is wrong.
    """
    from extract.pdfium_page import open_document, pages

    doc = open_document(data)
    if doc is None:
        doc = open_pdf(data)
        numbered = enumerate(doc.pages, 1)
        n_pages = len(doc.pages)
    else:
        numbered = pages(doc)
        n_pages = len(doc)
    miner = None                      # the file through pdfminer, for pages PDFium reads no text of

    def restored(numbered):
        # a font the file does not embed, on a machine with no Chinese font: PDFium drops some of its glyphs
        # (ticks, signs); pdfminer reads them whatever the fonts (slower). Before pages are joined across, whose
        # glyphs pdfminer gives by the page's own number.
        nonlocal miner
        for pno, page in numbered:
            gb = None
            if isinstance(page, PdfiumPage) and unmapped_glyphs(page):
                # a simple font of GBK bytes whose encoding names a GB CMap: PDFium read U+0000 glyphs, pdfminer reads
                # them by the CMap (_gb_simple_font) — the page's text, no OCR (any other page so: OCR, as before)
                try:
                    miner = miner or open_pdf(data)
                    gb = miner.pages[pno - 1]
                except Exception:  # noqa: BLE001 - pdfminer cannot read the file: the page as PDFium read it
                    gb = None
                if gb is not None and not gb_simple_fonts(gb):
                    gb = None
            if gb is not None:
                page = gb
            elif isinstance(page, PdfiumPage) and page.glyphs_lost:
                try:
                    miner = miner or open_pdf(data)
                    restore_lost_glyphs(page, miner.pages[pno - 1].chars)
                except Exception as e:
                    yield pno, e
                    continue
            fold_layer_radicals(page.chars)
            yield pno, page

    numbered = pages_across(restored(numbered))
    grids: list[Grid] = []
    lines: list[TextLine] = []
    warnings: list[ParseWarning] = []
    hints = new_hints()               # for rows a page break cut in two, and the running headers
    scanned = 0
    render = None                     # a PDFium document to render scanned pages with
    try:
        for pno, page in numbered:
            held_at = len(grids), len(lines), len(warnings)
            try:
                if isinstance(page, Exception):
                    raise page
                unmapped = unmapped_glyphs(page)
                text_layer = not unmapped and text_layer_over_scan(page)
                if not (text_layer or unmapped or needs_ocr(page)):
                    _read_page(page, pno, grids, lines, warnings, hints)
                    pictures = table_pictures(page)
                    if pictures:
                        import pypdfium2 as pdfium
                        render = render or (doc if isinstance(doc, pdfium.PdfDocument) else pdfium.PdfDocument(data))
                        read_table_pictures(render, page, pno, pictures, grids, lines, warnings)
                    continue
                if render is None:
                    import pypdfium2 as pdfium
                    render = doc if isinstance(doc, pdfium.PdfDocument) else pdfium.PdfDocument(data)
                _read_scanned_page(render, page, pno, grids, lines, warnings, text_layer=text_layer)
                if text_layer:
                    continue                  # an OCR'd scan read with its own text: a page of text, not a scan
                if not page.images and not unmapped:
                    warnings.append(ParseWarning(
                        "text_as_outlines", f"page {pno}: no text layer, its text drawn as glyph outlines; "
                        "the page was read by OCR from its rendering", pno, None))
                if unmapped:
                    warnings.append(ParseWarning(
                        "text_layer_unreadable", f"page {pno}: {unmapped} glyphs without a Unicode mapping "
                        "((cid:NN), or private-use code points); the page was read by OCR from its image instead",
                        pno, None))
                scanned += 1
            except Exception as e:
                # (what the page added before it raised rolled back: its half-read tables and lines were kept, a
                # form's first rows without the rest — hunt rb3)
                del grids[held_at[0]:], lines[held_at[1]:], warnings[held_at[2]:]
                warnings.append(ParseWarning("page_unreadable", f"page {pno} could not be read: "
                                             f"{type(e).__name__}: {e}"[:300], pno, None))
    finally:
        doc.close()
        if render is not None and render is not doc:
            render.close()
        if miner is not None and miner is not doc:
            miner.close()
    lines = finish_pages(grids, lines, hints)
    return Extracted(doc_id=doc_id, format="scan" if scanned == n_pages else "pdf", pages=n_pages,
                     grids=grids, lines=lines, warnings=warnings, path=path, page_heads=hints.gone or None)


def fold_layer_radicals(chars: list[dict]) -> int:
    """Give each glyph a text layer maps to a Kangxi or CJK radical, a compatibility ideograph or a ligature the
    character it stands for (normalize.text.LAYER_IDEOGRAPHS: macOS's print gives `⼈` for `人`, `⻓` for `长`); a small
    form variant is kept as typed (`湘财教﹝2019﹞24号`, as the form's text dump has it; `﹤45万元` is read `<` by the
    target's rule). Before, `农村供⽔保障⼯程` was a project's name, `⼾` a target's unit. Returns how many."""
    n = 0
    for ch in chars:
        t = ch.get("text")
        if t and len(t) == 1 and (to := LAYER_IDEOGRAPHS.get(ord(t))) is not None:
            ch["text"] = to
            n += 1
    return n


def pages_across(numbered):
    """Yield the (number, page) pairs of `numbered`, a page that goes on across on the next page read with it as one
    wide page (numbered as the first).

    A sheet wider than its paper is printed by Calc (and Excel) in parts: its left columns on one page, the columns
    that did not fit on the next (page order "top to bottom, then right" for a sheet one page tall): the indicator
    table's names on page 1, their 指标值 on page 2, each read apart as a table of its own. The two pages are one
    page across when (`_joined_across`) their ruled tables share their rows (the same top and bottom rules, the
    rules of the fewer rows among the other's) and the same left margin, but not their columns. The next page is
    then set right of the first page's rules, its text left of its margin dropped (a cell's text spilling over the
    cut, drawn again), and the first page's text right of its rules (the same text, drawn whole there) too (each
    glyph by its centre).

    A sheet both wider and longer than its paper printed "top to bottom, then right" (Calc's default page order)
    gives its left columns' pages first, down the sheet, then its right columns' pages in the same order: pages 1–2
    the columns A–B of rows 1–18 and 19–24, pages 3–4 the columns C–E of the same rows (`_down_then_across`). Such
    a run of pages of the same columns, each followed as many pages later by a page joined across to it, is read as
    that many wide pages, numbered as the run's pages.

    A sheet three pages wide or more: a wide page goes on joining the next page across (page order "left to right,
    then down"), and the as many pages after a run's joined pages join them again ("top to bottom, then right"),
    each judged by the paper and the rules' right end of the part joined last (`_edge`)."""
    it = iter(numbered)
    ahead: list = []                    # pages read ahead and given back, in order
    frames: dict[int, tuple[object, object]] = {}   # the pages' rule frames, by page, found once a page
    tried: set[int] = set()             # the pages (numbers) whose run was looked at, each once
    held = None
    edge = None                         # the held page joined across: its last part's paper and right end
    chain: list = []                    # the held page's parts' frames, in order (one: not joined)
    known: list = []                    # the parts' frames of the last page joined across (page order "left to
    # right, then down": the next page-row's pages have those columns, its rows may be few, the sheet's last)

    def pull():                         # the next page: those given back first, in order, then the pages not read
        return ahead.pop(0) if ahead else next(it, None)

    while True:
        item = pull()
        if item is None:
            break
        pno, page = item
        if held is not None:
            least = 2 if isinstance(page, PdfiumPage) and len(known) > len(chain) and all(
                _same_rule_columns(f, g) for f, g in zip(chain + [_frame(page, frames)], known)) else 4
            if isinstance(page, PdfiumPage) and (joined := _joined_across(held[1], page, frames, rows_min=least)
                                                 if edge is None else
                                                 _joined_across(held[1], page, frames, edge, least)) is not None:
                held, edge = (held[0], joined), _edge(page, frames)   # (a third page across may follow)
                chain.append(_frame(page, frames))
                continue
            if isinstance(page, PdfiumPage) and edge is None and held[0] not in tried:
                wide, read = _down_then_across(held, item, pull, tried, frames)
                ahead[:0] = read                # (read before the pages still waiting: they came earlier)
                if wide:
                    yield from wide
                    held = None
                    continue
            # (a page standing alone ends the sheet's page-rows: a later pair of the same columns is another form's)
            known = chain if len(chain) > 1 else []
            yield held
            held = edge = None
        for p, _ in list(frames.values()):         # (the frames of the pages given; the held and read ahead kept)
            if p is not page and not any(p is x[1] for x in ahead):
                del frames[id(p)]
        if isinstance(page, PdfiumPage) and page.edges and page.chars:
            held, chain = (pno, page), [_frame(page, frames)]
            continue
        yield pno, page
    if held is not None:
        yield held


def _down_then_across(first, second, pull, tried: set[int], frames: dict, most: int = 30):
    """The wide pages of a sheet printed "top to bottom, then right" (see `pages_across`) starting at `first`, when
    `second` goes on down with `first`'s columns: ([(number, wide page)…], the pages read past them), else
    ([], the pages read ahead past `second`, to be given again). The run is `first`, `second` and the pages after
    them with the same column rules, left margin and right end (at most `most`); the as many pages after it must each
    join across (`_joined_across`) the run's page of the same place. `pull()` gives the next page (the pages read
    ahead and given back before the pages not read yet), None at the end."""
    fa = _frame(first[1], frames)
    tried.add(first[0])
    read: list = []
    # (a first page of fewer than four rules never joins across (`_joined_across`'s rows_min for the run's first
    # page): no run, and its pages are left free to start their own)
    if fa is None or len(fa[0]) < 4 or first[1].width - fa[3] < 40:
        return [], read
    run = [first]

    def same_columns(page) -> bool:
        if not isinstance(page, PdfiumPage) or not page.edges or not page.chars:
            return False
        return _same_rule_columns(_frame(page, frames), fa)

    if not same_columns(second[1]):
        return [], read
    run.append(second)
    tried.add(second[0])
    while len(run) < most:
        item = pull()
        if item is None:
            break
        read.append(item)
        if not same_columns(item[1]):
            break
        run.append(item)
        tried.add(item[0])
    rest = read[len(run) - 2:]         # the pages after the run (the first may be read already)
    while len(rest) < len(run):
        item = pull()
        if item is None:
            break
        read.append(item)
        rest.append(item)
    if len(rest) < len(run):
        return [], read
    wide, edges = [], []
    for k, ((pno, a), (_, b)) in enumerate(zip(run, rest)):
        # (the run's pages after its first: their columns the first's, their rows may be few, the sheet's last)
        joined = _joined_across(a, b, frames, rows_min=2 if k else 4) if isinstance(b, PdfiumPage) else None
        if joined is None:
            return [], read
        wide.append((pno, joined))
        edges.append(_edge(b, frames))
    past = read[len(run) - 2 + len(run):]
    # a sheet three pages wide or more: the as many pages after each join across the wide page of the same place
    while True:
        more = past[:len(run)]
        while len(more) < len(run):
            item = pull()
            if item is None:
                break
            past.append(item)
            more.append(item)
        if len(more) < len(run):
            break
        nxt = []
        for k, ((pno, a), e, (_, b)) in enumerate(zip(wide, edges, more)):
            joined = _joined_across(a, b, frames, e, rows_min=2 if k else 4) \
                if isinstance(b, PdfiumPage) else None
            if joined is None:
                break
            nxt.append((pno, joined))
        if len(nxt) < len(run):
            break
        wide, edges = nxt, [_edge(b, frames) for _, b in more]
        past = past[len(run):]
    return wide, past


def _same_rule_columns(f, g) -> bool:
    """Do the frames F and G (`_rule_frame`) have the same column rules, left and right ends (the same columns of a
    sheet on two pages)?"""
    return (f is not None and g is not None and len(f[1]) == len(g[1]) and all(abs(x - y) <= 1 for x, y in zip(f[1], g[1]))
            and abs(f[2] - g[2]) <= 1 and abs(f[3] - g[3]) <= 1)


def _edge(page, frames: dict | None) -> tuple[float, float, float]:
    """The paper of a page joined into a wide page last (width, height) and where its rules end on it: a page after
    it across is judged by them (`_joined_across`)."""
    f = _frame(page, frames)
    return page.width, page.height, f[3]


def _rule_frame(page) -> tuple[list[float], list[float], float, float] | None:
    """A page's rows (its horizontal rules' heights), columns (its vertical rules' places), left and right ends."""
    hs = [e for e in page.edges if e["orientation"] == "h" and e["x1"] - e["x0"] > 20]
    vs = [e for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 5]
    # (two rules: a page of one row, the last of a sheet printed over pages; `_joined_across` asks for four unless
    # the page's place in a sheet's pages is known)
    if len(hs) < 2 or len(vs) < 2:
        return None
    return (_merge_close(sorted(e["top"] for e in hs), 0.8), _merge_close(sorted(e["x0"] for e in vs), 0.8),
            min(e["x0"] for e in hs), max(e["x1"] for e in hs))


def _frame(page, frames: dict | None):
    """`_rule_frame(page)`, found once a page: kept in `frames` (by the page's id, with the page)."""
    if frames is None:
        return _rule_frame(page)
    got = frames.get(id(page))
    if got is None or got[0] is not page:
        got = frames[id(page)] = (page, _rule_frame(page))
    return got[1]


def _joined_across(a, b, frames: dict | None = None, edge: tuple[float, float, float] | None = None,
                   rows_min: int = 4):
    """The page `a` with page `b` set right of it when `b` holds the columns of `a`'s rows that did not fit on the
    paper (see `pages_across`), else None. (`frames`: the pages' frames already found, kept for the next pair.)
    `a` may be a wide page joined already: `edge` is then its last part's paper (width, height) and the right end of
    that part's rules there (`_edge`), which `b` is judged by: a sheet three pages wide or more. `rows_min`: the
    fewest rules the pages' rows must have (4: a head and two rows), 2 for pages whose place in a sheet's pages is
    known already, their columns those of two pages joined before (`pages_across`, `_down_then_across`): the last
    page-row of a sheet printed over pages may hold one or two rows only."""
    fa, fb = _frame(a, frames), _frame(b, frames)
    if fa is None or fb is None:
        return None
    (ya, xa, la, ra), (yb, xb, lb, rb) = fa, fb
    paper_w, paper_h, end = edge if edge is not None else (a.width, a.height, ra)
    if abs(paper_w - b.width) > 1 or abs(paper_h - b.height) > 1:
        return None
    if abs(ya[0] - yb[0]) > 0.8 or abs(ya[-1] - yb[-1]) > 0.8 or abs(la - lb) > 1 or abs(xa[0] - xb[0]) > 1:
        return None
    few, many = (ya, yb) if len(ya) <= len(yb) else (yb, ya)
    if len(few) < rows_min or any(min(abs(y - m) for m in many) > 0.8 for y in few):
        return None
    # not the same table again (a form of the same template on the next page): other columns
    if sum(1 for x in xb[1:] if any(abs(x - v) <= 1 for v in xa)) * 2 >= len(xb) - 1:
        return None
    # not another form of the same rows: the next page's first column naming its rows as the first page's does
    # (`项目名称`, `主管部门` …, three or more, half its cells or more): two forms of one layout, one a page, the first
    # narrower (it was read as one form, the second's fields over the first's). (A sheet printed with its first
    # column repeated on each page is no such join either: the column would stand twice.)
    if len(xa) > 1 and len(xb) > 1:
        la_txt, lb_txt = _band_texts(a, xa[0], xa[1], ya), _band_texts(b, xb[0], xb[1], yb)
        same = sum(1 for t in lb_txt if t and t in la_txt)
        if same >= 3 and same * 2 >= sum(1 for t in lb_txt if t):
            return None
    # the first page's rules stop short of the paper's right margin by about the width of the next page's first
    # column or more (that column did not fit). A third page across or later (`edge`), the sheet shown cut across
    # by the join before: its last part's rules short of the margin at all (a wide column of indicators not fitting
    # in less than half its width, after the middle columns), and by less than that column (else it would have
    # fitted there: the sheet ended, the page is another's, the next sheet of a workbook)
    # Calc fills a page with as many columns as fit: less room left than half the next one's width (a wide column
    # after narrow ones) is a cut too when the two pages' row rules are the very same ones, as many (no table of other
    # rows that happen to share some)
    first_col = xb[1] - xb[0] if len(xb) > 1 else 0
    slack = paper_w - lb - end
    same_rows = len(ya) == len(yb) and all(abs(y - v) <= 0.8 for y, v in zip(ya, yb)) or _head_rule_more(few, many)
    if (slack < first_col * 0.5 and not (same_rows and 1 <= slack < first_col + 1)) if edge is None \
            else not (1 <= slack < first_col + 1):
        return None
    dx = ra - lb
    chars = [ch for ch in a.chars if (ch["x0"] + ch["x1"]) / 2 < ra or ch["top"] < ya[0] - 2 or ch["bottom"] > ya[-1] + 2]
    top = max((ch["seq"][0] for ch in a.chars if ch.get("seq")), default=0) + 1
    for ch in b.chars:
        if (ch["x0"] + ch["x1"]) / 2 < lb:
            continue
        ch = dict(ch, x0=ch["x0"] + dx, x1=ch["x1"] + dx)
        if "seq" in ch:
            ch["seq"] = (ch["seq"][0] + top, ch["seq"][1])
        chars.append(ch)
    edges = list(a.edges) + [dict(e, x0=e["x0"] + dx, x1=e["x1"] + dx) for e in b.edges]
    return PdfiumPage(chars, edges, max(a.width, rb + dx + (a.width - ra)), a.height, a.page_number,
                      a.images + [dict(im, x0=im["x0"] + dx, x1=im["x1"] + dx) for im in b.images],
                      a.curve_segments + b.curve_segments, a.invisible, a.glyphs_lost or b.glyphs_lost)


def _head_rule_more(few: list[float], many: list[float]) -> bool:
    """Are the rules MANY the rules FEW and one more among the first rows' (a head of two rows, `资金规模（万元）` over
    `小计 | 中央资金 | 县级资金`: the rule under the group's head runs under its columns only, so the page of the other
    columns, whose heads span both rows, has one rule fewer — the very same rows otherwise)? (FEW are among MANY:
    checked before.) Either page may be the one of more rules, on purpose: the group's columns are the first page's
    (`序号 | 项目名称 | 资金规模` over its parts, then `年度绩效目标 | …` across, a Calc list's) as often as the next's."""
    if len(many) != len(few) + 1 or len(few) < 4:
        return False
    extra = [y for y in many if min(abs(y - v) for v in few) > 0.8]
    return len(extra) == 1 and extra[0] < few[2]


def _band_texts(page, x0: float, x1: float, ys: list[float]) -> list[str]:
    """The text of each row band between the rules `ys`, in the column from x0 to x1 (glyphs by their centres)."""
    out = []
    for top, bottom in zip(ys, ys[1:]):
        chs = sorted((ch for ch in page.chars if x0 <= (ch["x0"] + ch["x1"]) / 2 < x1
                      and top <= (ch["top"] + ch["bottom"]) / 2 < bottom), key=lambda ch: (round(ch["top"]), ch["x0"]))
        out.append("".join(ch["text"] for ch in chs if not ch["text"].isspace()))
    return out


def finish_pages(grids: list[Grid], lines: list[TextLine], hints: SplitHints) -> list[TextLine]:
    """After every page of a document was read (`_read_page`): join the rows a page break cut in two (in place)
    and return the text lines without the running headers the pages repeat. Shared with the OFD reader."""
    join_split_rows(grids, hints)
    lines = carry_cut_merges(grids, lines)
    gone = running_headers(hints.heads)
    hints.gone = list(dict.fromkeys(text for _, text, _ in gone))
    if gone:
        lines = [t for t in lines if not any(t.page == p and abs(t.order - p * PAGE_ORDER - top) < 0.5
                                             and "".join(t.text.split()) == text for p, text, top in gone)]
    return lines


def carry_cut_merges(grids: list[Grid], lines: list[TextLine]) -> list[TextLine]:
    """Give a merged cell a page break cut its text again on the next page (in place); return the text lines without
    the copies of that text drawn above the next page's table.

    A level label merged down over rows a page break cuts (`数量指标` over five rows, two of them on the next page) is
    drawn by Calc centred on the whole merged range: on the next page it stands above the repeated head, or over it
    (`二数级量指指标标`), or not at all, and its rows there, under the repeated head, had no level. When the table goes on
    on the next page (the same columns; its repeated head rows skipped, as `join_split_rows` does) and the first row
    of its body has no cell in a column where the page before ends in a merged cell (two rows or more) holding text,
    while the row holds text further right, that cell goes on: its text is given to the slots of that column below,
    up to the next cell. (An empty cell of its own there is Word's merged cell going on, which the parsers carry
    down themselves: a level 1 given its text again would start a new block, its level 2 lost.) Likewise a merged
    cell the page before ends without (no cell in the last row's column) whose text stands in a line below that
    table: that row takes the text of the next page's first cell in the column."""
    tables = sorted((g for g in grids if g.origin == "pdf_lines" and g.cells), key=lambda g: g.order)
    drop: set[tuple[int, str]] = set()
    by_page: dict[int | None, list[TextLine]] = {}
    for t in lines:
        by_page.setdefault(t.page, []).append(t)
    for a, b in zip(tables, tables[1:]):
        if not a.cells or not b.cells:
            continue
        pa, pb = a.cells[0].page, b.cells[0].page
        if pa is None or pb != pa + 1 or a.column != b.column:
            continue
        if a.n_cols == b.n_cols + 1:
            _first_column_beside(a, b, lines, drop)
        if a.n_cols != b.n_cols:
            continue
        # (a's head rows: its first two, and any without a figure; not a body row such as `合计 | | 100`, which the
        # next page's first body row may repeat)
        heads = {tuple(_squeeze(c.text) for c in r) for i, r in enumerate(a.rows())
                 if r and (i < 2 or not any(ch.isdigit() for c in r for ch in c.text))}
        rows_b = b.rows()
        last = a.n_rows - 1
        cut = {j: c for j in range(a.n_cols) if (c := a.at(last, j)) is not None and c.col == j and c.rowspan >= 2
               and c.text.strip()}
        r = 0
        while r < b.n_rows and (not rows_b[r] or tuple(_squeeze(c.text) for c in rows_b[r]) in heads
                                or _head_under_cut(rows_b[r], heads, cut)):
            r += 1
        if r >= b.n_rows:
            continue
        # a merged cell ending the page before without its text (drawn below the table, the rest of the merged range
        # on this page): the row it leaves empty there takes the text of this page's cell, if a line below that
        # table says it
        below = {_squeeze(t.text) for t in by_page.get(pa, ()) if t.order > a.order}
        for j in range(a.n_cols):
            here = b.at(r, j)
            # (the label a line of its own, or at its start or end: not `数量` anywhere in a sentence)
            if a.at(last, j) is not None or here is None or here.col != j or here.row != r or not here.text.strip() \
                    or not any(t.startswith(x) or t.endswith(x) for x in [_squeeze(here.text)] for t in below) \
                    or not any((c := a.at(last, k)) is not None and c.text.strip() for k in range(j + 1, a.n_cols)):
                continue
            nxt = next((c for k in range(j + 1, a.n_cols) if (c := a.at(last, k)) is not None), None)
            bb = None
            if here.bbox and nxt is not None and nxt.bbox:
                bb = (here.bbox[0], nxt.bbox[1], here.bbox[2], nxt.bbox[3])
            a.cells.append(Cell(last, j, here.text, 1, 1, pa, None, bb))
            a._index = None
            drop.add((pa, "below", _squeeze(here.text)))
        # (the cut merged cells of no cell on this page's first body row, side by side, `产出指标 | 数量指标` merged
        # over the break, the row's own text right of them: given again together — neither starts a block of its own;
        # page 2's rows were moved to the next level 1, hunt pd14)
        gap = {j for j, c in cut.items() if b.at(r, j) is None}
        if gap and (len(gap) != max(gap) - min(gap) + 1 or (c := b.at(r, max(gap) + 1)) is None
                    or c.row != r or not c.text.strip()):
            gap = set()                  # (only when the cell right of them holds this row's own text: a level
            # right of them cut too, its page-1 cell of one row, is carried by the parsers with them — pdf_quirks/01)
        for j in range(b.n_cols):
            above, here = a.at(last, j), b.at(r, j)
            if above is None or above.rowspan < 2 or above.col != j or not above.text.strip() or here is not None:
                continue                # (an empty cell of its own there: Word's merged cell going on, read as such)
            if not any((c := b.at(r, k)) is not None and c.row == r and c.text.strip() for k in range(j + 1, b.n_cols)):
                continue
            # only where a label left of it starts again on this page (`产出指标` drawn again by Calc over its rows
            # here): with none, the parsers carry the levels down over the break themselves, and a level given
            # again here, the one right of it not, would start a block of its own
            if not any((c := b.at(r, k)) is not None and c.row == r and c.text.strip() for k in range(j)) \
                    and not (j in gap and (j + 1 in gap or any(k in gap for k in range(j)))):
                continue
            xa = (above.bbox[0], above.bbox[2]) if above.bbox else None
            for h in rows_b[:r]:                          # the label drawn over the repeated head: out of it
                for c in h:
                    if c.col == j and c.row + c.rowspan <= r and _mixed_with(c.text, above.text, heads):
                        c.text = _mixed_with(c.text, above.text, heads)
            end = r
            while end + 1 < b.n_rows and b.at(end + 1, j) is None:
                end += 1
            top = b.at(r, next(k for k in range(j + 1, b.n_cols) if b.at(r, k) is not None))
            bb = None
            if xa is not None and top is not None and top.bbox:
                bot = b.at(end, next((k for k in range(j + 1, b.n_cols) if b.at(end, k) is not None), j + 1))
                bb = (xa[0], top.bbox[1], xa[1], bot.bbox[3] if bot is not None and bot.bbox else top.bbox[3])
            b.cells.append(Cell(r, j, above.text, end - r + 1, 1, pb, None, bb))
            b._index = None
            drop.add((pb, _squeeze(above.text)))
    if not drop:
        return lines
    first = {}
    for g in tables:
        p = g.cells[0].page if g.cells else None
        if p is not None and p not in first:
            first[p] = g.order
    return [t for t in lines if not ((t.page, _squeeze(t.text)) in drop and t.order < first.get(t.page, t.order))
            and not _only_labels_below(t, drop) and ("line", id(t)) not in drop]


def _first_column_beside(a: Grid, b: Grid, lines: list[TextLine], drop: set) -> None:
    """A merged cell of the first column cut by a page break, its text drawn on the next page beside the table whose
    first column is unruled there (`绩效指标` over the indicator rows of a Calc print: the next page's table one column
    short, the label a text line beside its rows, read as the end of a note): the page before's last row, which has
    no cell in that column, takes the text, when the next page's table starts where that column ends and one line
    alone stands beside its rows."""
    last = a.n_rows - 1
    if a.at(last, 0) is not None or not any(c.text.strip() for c in a.row_cells(last)):
        return
    second = [c for c in a.cells if c.col == 1 and c.bbox]
    left_b = min((c.bbox[0] for c in b.cells if c.bbox), default=None)
    if not second or left_b is None or abs(second[0].bbox[0] - left_b) > 2:
        return
    tops = [c.bbox[1] for c in b.cells if c.bbox]
    bottoms = [c.bbox[3] for c in b.cells if c.bbox]
    base = b.cells[0].page * PAGE_ORDER
    beside = [t for t in lines if t.page == b.cells[0].page and t.text.strip()
              and base + min(tops) < t.order < base + max(bottoms)]
    if len(beside) != 1 or len(_squeeze(beside[0].text)) > 12:
        return
    t = beside[0]
    cell = a.row_cells(last)[0]
    bb = None
    if cell.bbox and a.cells[0].bbox:
        x0 = min(c.bbox[0] for c in a.cells if c.bbox)
        bb = (x0, cell.bbox[1], second[0].bbox[0], cell.bbox[3])
    a.cells.append(Cell(last, 0, t.text, 1, 1, a.cells[0].page, None, bb))
    a._index = None
    drop.add(("line", id(t)))


def _only_labels_below(t: TextLine, drop: set) -> bool:
    """Is the line made only of labels `carry_cut_merges` gave back to the table above it (`效益指标 社会效益指标`)?"""
    rest = _squeeze(t.text)
    mine = [d[2] for d in drop if len(d) == 3 and d[0] == t.page]
    for x in mine:
        rest = rest.replace(x, "", 1)
    return bool(mine) and not rest


def _head_under_cut(row: list[Cell], heads: set, cut: dict[int, Cell]) -> bool:
    """Is the row a repeated head over which a cut merged label was drawn (`二数级量指指标标`)?"""
    return bool(cut) and any(len(h) == len(row) and all(x == _squeeze(c.text) or (c.col in cut and _mixed(
        _squeeze(c.text), x, _squeeze(cut[c.col].text))) for c, x in zip(row, h)) for h in heads)


def _mixed(text: str, head: str, label: str) -> bool:
    from collections import Counter
    return text != head and Counter(text) == Counter(head) + Counter(label)


def _mixed_with(text: str, label: str, heads: set) -> str | None:
    """The head text a cell holds mixed with `label` drawn over it, or None."""
    t, lab = _squeeze(text), _squeeze(label)
    return next((x for h in heads for x in h if _mixed(t, x, lab)), None)


def new_hints() -> SplitHints:
    """The hints a document's pages leave for `finish_pages` (rows cut by a page break, each page's top line)."""
    hints = SplitHints()
    hints.heads = []                  # each page's topmost text line (running_headers)
    return hints


def restore_lost_glyphs(page: PdfiumPage, miner_chars: list[dict]) -> int:
    """Add to a PDFium page the glyphs pdfminer reads on it and PDFium did not (its text objects of one glyph
    in a font the file does not embed, on a machine with no Chinese font); return how many. Only upright,
    unslanted glyphs are added (PDFium drops a slanted watermark on purpose), and only where PDFium has no
    glyph of the same text at the same place (a fake-bold glyph drawn twice is one)."""
    have: dict[str, list[tuple[float, float]]] = {}
    for c in page.chars:
        have.setdefault(c["text"], []).append(((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2))
    added = 0
    for c in miner_chars:
        t = c["text"]
        if not t.strip() or not c.get("upright", True):
            continue
        m = c.get("matrix")
        if m is not None and (abs(m[1]) > 1e-3 or abs(m[2]) > 1e-3):
            continue
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        w, h = max(c["x1"] - c["x0"], 1.0), max(c["bottom"] - c["top"], 1.0)
        if any(abs(x - cx) < 0.6 * w and abs(y - cy) < 0.6 * h for x, y in have.get(t, ())):
            continue
        glyph = {k: c[k] for k in ("object_type", "text", "x0", "x1", "top", "bottom", "doctop", "width", "height",
                                   "upright")}
        # in reading order: after the glyph left of it on its line (a cell's text keeps the page's order)
        left = [i for i, o in enumerate(page.chars) if abs(o["top"] - c["top"]) < 0.5 * h and o["x1"] <= cx + 0.5]
        at = max(left, key=lambda i: page.chars[i]["x0"]) + 1 if left else next(
            (i for i, o in enumerate(page.chars) if abs(o["top"] - c["top"]) < 0.5 * h), len(page.chars))
        page.chars.insert(at, glyph)
        have.setdefault(t, []).append((cx, cy))
        added += 1
    return added


def needs_ocr(page) -> bool:
    """Given a page (PDFium's or pdfplumber's), return True when it has no usable text layer but an image to
    read, or text drawn as outlines (`outlined_text`)."""
    text = sum(1 for c in page.chars if c["text"].strip())
    return text < 5 and (bool(page.images) or outlined_text(page))


# A page with no characters whose paths draw this many Bézier segments draws its text as glyph outlines
# (a driver that does not embed fonts, "text to curves" on export): about 10 a Chinese character, so 300
# is some 30 characters; ruling lines and boxes are straight, a seal's circle a few segments
OUTLINE_CURVES = 300


def outlined_text(page) -> bool:
    """Given a page, return True when its paths draw text as glyph outlines (many Bézier segments)."""
    n = getattr(page, "curve_segments", None)
    if n is None:                                  # pdfplumber's page: its curve objects' points
        n = sum(max(0, len(c.get("pts") or ()) - 1) for c in getattr(page, "curves", ()))
    return n >= OUTLINE_CURVES


def unmapped_glyphs(page) -> int:
    """The number of glyphs without a Unicode mapping when they make the page's text layer unusable
    (5 or more, and 30% of its characters or more), else 0: such a page is read by OCR. A glyph mapped into the
    private-use area (U+E000–U+F8FF: a font whose ToUnicode map gives its own glyph numbers, as some typesetting
    and budget-system fonts do) counts as one without a mapping: the page read `\ue001\ue002…` for 项目… and gave
    no project. A few such glyphs (a Wingdings box `\uf0fe` among the text) leave the text layer as it is."""
    chars = [c for c in page.chars if c["text"].strip()]
    bad = sum(1 for c in chars if _CID.fullmatch(c["text"]) or "\ue000" <= c["text"] <= "\uf8ff")
    return bad if bad >= 5 and bad >= 0.3 * len(chars) else 0


def gbk_as_latin(chars: list[dict]) -> tuple[int, str] | None:
    """A page's text layer of GBK bytes read one byte a glyph (a simple font without ToUnicode, a report writer's
    print: `ÏîÄ¿Ãû³Æ` for 项目名称): (the number of such Latin-1 letters, the first characters decoded) when the page
    holds no Chinese character, 8 or more letters of U+0080–U+00FF make 30% of its glyphs or more, and their bytes
    decode as GBK to Chinese characters mostly; else None. Such a page gave no form and no word why (layout_unknown)."""
    texts = [c["text"] for c in chars if c["text"].strip()]
    if not texts or any(_CJK.match(t) for t in texts):
        return None
    high = sum(1 for t in texts if len(t) == 1 and "\x80" <= t <= "\xff")
    if high < 8 or high < 0.3 * len(texts):
        return None
    try:
        decoded = "".join(texts).encode("latin-1").decode("gbk", errors="replace")
    except UnicodeEncodeError:
        return None
    han = sum(1 for ch in decoded if "\u4e00" <= ch <= "\u9fff")
    if han < 0.6 * high / 2:
        return None
    return high, decoded[:24]


def page_image(doc, page, pno: int):
    """Given a pdfium document and the pdfplumber page, return (gray page image, points per pixel).

    Rendered at the resolution of the largest image on the page (the scan's
    own dpi, kept between 100 and 300), so the scan is neither blown up nor shrunk.
    """
    dpi = 200.0                               # a page drawn as text (unmapped glyphs): rendered at 200 dpi
    if page.images:
        img = max(page.images, key=lambda im: float(im["width"]) * float(im["height"]))
        w_px = (img.get("srcsize") or (0, 0))[0]
        dpi = w_px / (float(img["width"]) / 72.0) if w_px and float(img["width"]) > 0 else 200.0
    dpi = min(300.0, max(100.0, dpi))
    from extract.scan import to_gray
    bmp = doc[pno - 1].render(scale=dpi / 72.0)          # in colour: a red seal is taken out (to_gray)
    return to_gray(bmp.to_pil()), 72.0 / dpi


# A picture on a page of text is read for a table when it is this large (share of the page's area, of its width)
PICTURE_AREA, PICTURE_WIDTH = 0.1, 0.4


def table_pictures(page) -> list[dict]:
    """Given a page read from its text layer, return its pictures that may hold a table of the form: large (a tenth
    of the page's area, 40% of its width or more: no logo, seal or signature) and with no text drawn over them (a
    screenshot of the indicator table pasted under the typed part of the form; a searchable scan's image has its
    text over it)."""
    area = float(page.width) * float(page.height)
    out = []
    for im in page.images:
        x0, top, x1, bottom = (float(im[k]) for k in ("x0", "top", "x1", "bottom"))
        if (x1 - x0) * (bottom - top) < PICTURE_AREA * area or x1 - x0 < PICTURE_WIDTH * float(page.width):
            continue
        over = sum(1 for c in page.chars if c["text"].strip() and x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                   and top <= (c["top"] + c["bottom"]) / 2 <= bottom)
        if over <= 3:
            out.append(im)
    return out


def read_table_pictures(doc, page, pno: int, pictures: list[dict], grids: list[Grid], lines: list[TextLine],
                        warnings: list[ParseWarning]) -> None:
    """Read the pictures of `table_pictures` that hold a ruled table by OCR (extract/scan.py), their grids and lines
    placed on the page where the picture stands, with a `table_picture_ocr` warning; a picture with no ruled table
    (a photo, a chart) is not OCR'd."""
    import math

    import numpy as np

    from extract.scan import find_tables, read_page, to_gray
    for im in pictures:
        w_px = (im.get("srcsize") or (0, 0))[0]
        dpi = w_px / (float(im["width"]) / 72.0) if w_px and float(im["width"]) > 0 else 200.0
        dpi = min(300.0, max(150.0, dpi))
        k = dpi / 72.0
        x0, top = max(0.0, float(im["x0"])), max(0.0, float(im["top"]))
        x1, bottom = min(float(page.width), float(im["x1"])), min(float(page.height), float(im["bottom"]))
        # the whole page, blank but for the picture: the rulings' kernels are sized by the page (a picture's strokes
        # of characters passed for column rules at the picture's own size) and the cells stand at their places
        gray = to_gray(doc[pno - 1].render(scale=k).to_pil())
        a, b = int(x0 * k), int(top * k)
        c, d = int(math.ceil(x1 * k)), int(math.ceil(bottom * k))
        page_gray = np.full_like(gray, 255)
        page_gray[b:d, a:c] = gray[b:d, a:c]
        if not find_tables(page_gray):
            continue
        r = read_page(page_gray, pno, 1.0 / k)
        if not r.grids:
            continue
        grids += r.grids
        lines += r.lines
        warnings += r.warnings
        warnings.append(ParseWarning("table_picture_ocr", f"page {pno}: a picture of a table ({x1 - x0:.0f} x "
                                     f"{bottom - top:.0f} pt at {x0:.0f}, {top:.0f}) with no text over it was read "
                                     "by OCR", pno, None))


def text_layer_over_scan(page) -> bool:
    """An OCR'd scan (a "searchable" PDF): its text drawn invisible over an image covering the page, and no
    ruling lines drawn (they are in the image)."""
    if getattr(page, "invisible", 0.0) < 0.9 or page.edges:
        return False
    area = float(page.width) * float(page.height)
    return any((float(im["x1"]) - float(im["x0"])) * (float(im["bottom"]) - float(im["top"])) >= 0.6 * area
               for im in page.images)


def _read_scanned_page(doc, page, pno: int, grids: list[Grid], lines: list[TextLine],
                       warnings: list[ParseWarning], text_layer: bool = False) -> None:
    """A page read from its image: the tables rebuilt from the image's rules, the text by OCR, or (an OCR'd
    scan, `text_layer`) the page's own invisible text placed into the image's cells."""
    gray, scale = page_image(doc, page, pno)
    read_page_image(gray, scale, page.chars if text_layer else None, pno, grids, lines, warnings)


def read_page_image(gray, scale: float, layer_chars, pno: int, grids: list[Grid], lines: list[TextLine],
                    warnings: list[ParseWarning]) -> None:
    """A page's image read (extract/scan.py): tables from its rules, text by OCR, or with `layer_chars` (an OCR'd
    scan's invisible text layer) that text placed into the image's cells. Shared by the PDF and OFD readers."""
    from extract.scan import read_page
    engine = None
    if layer_chars is not None:
        from extract.ocr import TextLayerEngine
        engine = TextLayerEngine(layer_chars, scale)
    r = read_page(gray, pno, scale, engine=engine)
    grids += r.grids
    lines += r.lines
    warnings += r.warnings


def _read_page(page, pno: int, grids: list[Grid], lines: list[TextLine],
               warnings: list[ParseWarning], hints: SplitHints) -> None:
    mark_vertical_runs(page.chars)
    if isinstance(page, PdfiumPage) and (marks := watermark_glyphs(page.chars, page.edges)):
        # a level watermark's big glyphs over the table (`征求意见稿`): no cell's text
        page = PdfiumPage([c for c in page.chars if id(c) not in marks], page.edges, page.width, page.height,
                          page.page_number, page.images)
    if isinstance(page, PdfiumPage) and (kept := highlights_dropped(page.edges, page.chars)) is not page.edges:
        page = PdfiumPage(page.chars, kept, page.width, page.height, page.page_number, page.images)
    if isinstance(page, PdfiumPage) and (shut := open_ends_closed(page.edges)):
        # a table whose first (or last) row has no rule of its own: closed where its column rules end
        page = PdfiumPage(page.chars, page.edges + shut, page.width, page.height, page.page_number, page.images)
    tables = [t for t in page.find_tables() if not _crossed(t, page.edges)]    # (a stamp's words: rules_grid)
    if tables and all(_unruled_inside(t) for t in tables):
        # (an outer frame and the rules of one direction only: the rows, or the columns, are the text's own; read as a
        # page of row rules or of aligned text, not as a grid of a few cells holding the whole form)
        tables = []
    if not tables and isinstance(page, PdfiumPage):
        extra = cell_borders_from_rules(page.edges, page.chars)
        if extra:                 # a table drawn with row rules only: its columns where each cell's rule ends
            tables = PdfiumPage(page.chars, page.edges + extra, page.width, page.height, page.page_number,
                                page.images).find_tables()
    boxes = [t.bbox for t in tables]
    gutter = _gutter(boxes)
    past_rule: list[dict] = []      # (the glyphs drawn past a table's rule a cell took: _keep_wrapped_cells_whole)
    for t in tables:
        g = table_grid(t, pno, hints, past_rule)
        if g is not None:
            if gutter is not None and t.bbox[0] >= gutter:
                g.column = 1
                g.order += COLUMN_ORDER
            grids.append(g)
    claimed = _runs_overflowing(page.chars, boxes)
    # (those given to a cell: no line of the page's text outside the table — the ones marked, not a scan of every glyph
    # of a ruled page for a mark, review rd67)
    claimed.update(id(ch) for ch in past_rule)
    if not boxes:
        outside = page
    elif hasattr(page, "outside"):
        outside = page.outside(boxes, claimed)            # PDFium page: characters only, in one pass
    else:
        outside = page.filter(lambda o: not _inside_any(o, boxes) and id(o) not in claimed)
    running: set[int] = set()
    if gutter is None and not boxes:      # two forms side by side with no rule, or row rules of their own
        running = _running_chars(outside.chars, page.width, page.height)
        gutter = _text_gutter([c for c in outside.chars if id(c) not in running], page.width)
        if gutter is not None and any(e["x0"] < gutter - 1 and e["x1"] > gutter + 1 for e in page.edges):
            gutter = None                 # (a rule across it: one table)
    if gutter is None:
        text_lines = outside.extract_text_lines(return_chars=True, y_tolerance=line_tolerance(outside.chars))
    else:                         # two columns of forms: each column's lines apart (`（2024年度）` twice, not joined)
        text_lines = []           # (a page number or running head across the gutter: whole, with the left column)
        for side in (lambda ch: (ch["x0"] + ch["x1"]) / 2 < gutter or id(ch) in running,
                     lambda ch: (ch["x0"] + ch["x1"]) / 2 >= gutter and id(ch) not in running):
            if isinstance(outside, PdfiumPage):
                half = PdfiumPage([ch for ch in outside.chars if side(ch)], [], outside.width, outside.height,
                                  outside.page_number)
            else:
                half = outside.filter(lambda o, side=side: o.get("object_type") != "char" or side(o))
            text_lines += half.extract_text_lines(return_chars=True, y_tolerance=line_tolerance(half.chars))
    # a bare page number in the page's top or bottom margin (a footer `7`): no text of a form (it was read as a row
    # of the table going on over the page, an indicator with the target 7)
    text_lines = [tl for tl in text_lines if not (_PAGE_NO.match(tl["text"]) and (
        tl["top"] > page.height * 0.88 or tl["bottom"] < page.height * 0.1))]
    _note_typed_blanks(text_lines, outside.chars)
    _note_column_rules(text_lines, page.edges)
    if hints.open_bottom:
        text_lines = _labels_below(text_lines, [(g, c) for g, c in hints.open_bottom if c.page == pno], boxes)
    _page_head(text_lines, boxes, page, pno, hints)
    cid = sum(len(_CID.findall(tl["text"])) for tl in text_lines)
    cid += sum(len(_CID.findall(c.text)) for g in grids if g.cells and g.cells[0].page == pno for c in g.cells)
    if cid:
        warnings.append(ParseWarning("text_layer_unreadable", f"page {pno}: {cid} glyphs without a Unicode "
                                     "mapping ((cid:NN)); this page needs OCR", pno, None))
    elif (gbk := gbk_as_latin(page.chars)) is not None:
        n, sample = gbk
        warnings.append(ParseWarning("text_layer_unreadable", f"page {pno}: its text layer holds no Chinese character "
                                     f"but {n} Latin-1 letters, GBK bytes in a font without a Unicode map (ToUnicode): "
                                     f"decoded, it begins `{sample}`; this page needs OCR or a re-export", pno, None))
    if tables:
        text_lines = [tl for tl in text_lines if tl["text"].strip()]
        for g in label_lines_grids(text_lines, pno, boxes):
            if gutter is not None and min(c.bbox[0] for c in g.cells if c.bbox) >= gutter:
                g.column = 1
                g.order += COLUMN_ORDER
            grids.append(g)
        text_lines = [tl for tl in text_lines if not tl.get("_field_row")]
        if gutter is None:
            grids.extend(unruled_tables(text_lines, pno, boxes))
            text_lines = [tl for tl in text_lines if not tl.get("_field_row")]
        for tl in join_wrapped_lines(text_lines, boxes):
            right = gutter is not None and tl["x0"] >= gutter
            lines.append(TextLine(tl["text"], page=pno, order=pno * PAGE_ORDER + right * COLUMN_ORDER + tl["top"]))
        return
    if gutter is None:
        sides = [(page, text_lines)]
    else:                                 # two forms side by side: each side's rules and lines apart
        sides = [(PdfiumPage([c for c in page.chars if side(c)], [e for e in page.edges if side(e)], page.width,
                             page.height, page.page_number, page.images) if isinstance(page, PdfiumPage) else None,
                  [tl for tl in text_lines if side(tl)])
                 for side in (lambda o: o["x1"] <= gutter, lambda o: o["x0"] >= gutter)]
    for right, (half, side_lines) in enumerate(sides):
        found: list[Grid] = []
        if isinstance(half, PdfiumPage):
            grid, rest = rules_grid(half, pno)
            if grid is not None:          # a table of row rules only; the text around it as before
                found.append(grid)
                side_lines = [tl for tl in rest if tl["text"].strip()]
        grid, texts = words_grid(side_lines, pno)
        if grid is not None:
            found.append(grid)
        for g in found if right else ():  # the right column of forms: read after the left one
            g.column = 1
            g.order += COLUMN_ORDER
        for t in texts if right else ():
            t.order += COLUMN_ORDER
        grids.extend(found)
        lines.extend(texts)


def _running_chars(chars: list[dict], width: float, height: float) -> set[int]:
    """The characters (ids) of the page's running lines: a line in its top or bottom tenth whose characters are one
    run (no gap wider than three characters) lying within the middle of the page (its 30-70 % band) — a page number
    (`第 1 页，共 3 页`, `- 1 -`) or a running head centred on a sheet printed with two forms side by side. They stand
    in the gutter between the forms (no gutter was found, the two forms' rows ran together)."""
    chars = [c for c in chars if c["text"].strip()]
    if not chars:
        return set()
    w = median(c["x1"] - c["x0"] for c in chars)
    out: set[int] = set()
    for line in _by_top([c for c in chars if c["top"] < 0.1 * height or c["bottom"] > 0.9 * height]):
        line.sort(key=lambda c: c["x0"])
        if line[0]["x0"] >= 0.3 * width and line[-1]["x1"] <= 0.7 * width \
                and all(b["x0"] - a["x1"] <= 3 * w for a, b in zip(line, line[1:])):
            out.update(id(c) for c in line)
    return out


def _text_gutter(chars: list[dict], width: float) -> float | None:
    """The x of the gutter between two forms printed side by side with no rule (a landscape sheet of two 绩效目标表):
    a band near the page's middle no glyph stands in, from the page's first line to its last, wider than three
    characters, with text on both sides, whose two sides repeat each other's labels (three texts of two Chinese
    characters or more found on both: `项目名称`, `一级指标` …). Before, each line ran across both forms, their rows
    interleaved (one form's indicators under the other's levels). None when there is no such band."""
    chars = [c for c in chars if c["text"].strip()]
    if len(chars) < 40:
        return None
    w = median(c["x1"] - c["x0"] for c in chars)
    spans = sorted((c["x0"], c["x1"]) for c in chars)
    best, reach = None, spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach > 3 * w and 0.3 * width < (x0 + reach) / 2 < 0.7 * width:
            if best is None or x0 - reach > best[1] - best[0]:
                best = (reach, x0)
        reach = max(reach, x1)
    if best is None:
        return None
    g = (best[0] + best[1]) / 2

    def words(side: list[dict]) -> set[str]:
        out = set()
        for line in _by_top(side):
            line.sort(key=lambda c: c["x0"])
            run = [line[0]]
            for a, b in zip(line, line[1:]):
                if b["x0"] - a["x1"] > w:
                    out.add("".join(c["text"] for c in run))
                    run = []
                run.append(b)
            out.add("".join(c["text"] for c in run))
        return {t for t in out if len(_CJK.findall(t)) >= 2}
    shared = words([c for c in chars if c["x1"] <= g]) & words([c for c in chars if c["x0"] >= g])
    return g if len(shared) >= 3 else None


_MARK_SIZE = 24.0       # points: a glyph taller than this may be a watermark's (a form's text and titles are smaller)


def watermark_glyphs(chars: list[dict], edges: list[dict]) -> set[int]:
    """The ids of a level watermark's glyphs: text set large over a ruled table (`征求意见稿`, `样 本` in 60 points, light
    grey, across the table's middle), each glyph at least 2.5 times the page's usual height and crossed by a rule
    inside it (a cell's own glyph lies between its rules; a title above the table crosses none). Its glyphs were
    read into the cells under them (`征求成本指标`, `意见稿每公里管网建设成本`). A watermark across the page at a slant is
    dropped where the glyphs are read (extract.pdfium_page); one over no rule stays a line of text, and so does a
    line of such glyphs none of which holds the centre of a glyph of the usual size: a large title in a ruled row
    too low for it (`2024年度项目支出绩效目标表` in 28 points, its row's rules through it) is the row's own text
    (review rv169)."""
    big = [c for c in chars if c["bottom"] - c["top"] > _MARK_SIZE]
    if not big or not edges:
        return set()
    usual = median(c["bottom"] - c["top"] for c in chars)
    out: set[int] = set()
    for c in big:
        h, w = c["bottom"] - c["top"], c["x1"] - c["x0"]
        if h < 2.5 * usual:
            continue
        mx, my = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        for e in edges:
            if e.get("orientation") == "h":
                if c["top"] + 0.2 * h < e["top"] < c["bottom"] - 0.2 * h and e["x0"] < mx < e["x1"]:
                    break
            elif e.get("orientation") == "v":
                if c["x0"] + 0.2 * w < e["x0"] < c["x1"] - 0.2 * w and e["top"] < my < e["bottom"]:
                    break
        else:
            continue
        out.add(id(c))
    if not out:
        return out
    small = [c for c in chars if c["bottom"] - c["top"] < 2.5 * usual and c["text"].strip()]
    lines: dict[int, list[dict]] = {}                     # the crossed glyphs by line (by their bottoms)
    for c in big:
        if id(c) in out:
            lines.setdefault(round(c["bottom"]), []).append(c)
    for run in lines.values():
        if not any(c["x0"] < (s["x0"] + s["x1"]) / 2 < c["x1"] and c["top"] < (s["top"] + s["bottom"]) / 2 < c["bottom"]
                   for c in run for s in small):
            out.difference_update(id(c) for c in run)      # (over no cell's text: the row's own, not a watermark)
    return out


def highlights_dropped(edges: list[dict], chars: list[dict]) -> list[dict]:
    """Given a page's edges and glyphs, return the edges but the sides of each highlight: a filled area drawn with no
    stroke (PDFium's `area`, its box) behind a part of a line of text, no taller than the line and a half of the
    glyphs over it. Its sides are where a colour starts, no rule: a rule-less page's goal
    `新建供水管网 28.6公里，…` with a yellow box behind `28.6公里` was cut in two where the box starts (its side in the
    blank between the words read as a column rule), and LibreOffice's highlight, a box per run of text
    (`28.6` | `公里`), was read as a table of its own holding only those words, the page's other text lost. A sliver
    between two of its boxes (the piece behind a blank, thinner than a rule drawn as a filled rectangle) goes with
    them. (A light-coloured area's sides are dropped where they are read, extract.pdfium_page; a cell's shading
    taller than its text stays.)"""
    areas = {e["area"] for e in edges if e.get("area")}
    if not areas:
        return edges
    inked = sorted((((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2, c["bottom"] - c["top"]) for c in chars
                    if c["text"].strip() and c.get("upright", True)))
    mids = [m for m, _, _ in inked]
    drop = set()
    for a in areas:
        x0, top, x1, bottom = a
        over = [h for _, x, h in inked[bisect_left(mids, top):bisect_right(mids, bottom)] if x0 <= x <= x1]
        if over and bottom - top <= 1.5 * max(over):
            drop.add(a)
    drop -= _tiled(drop)
    if not drop:
        return edges

    fills = {e["area"]: e.get("fill") for e in edges if e.get("area") in drop}

    def beside(s, fill, x, side):             # a dropped box of the sliver's height and colour, its side `side` at x
        return any(abs(d[side] - x) <= 0.5 and abs(d[1] - s[1]) <= 1 and abs(d[3] - s[3]) <= 1 and fills[d] == fill
                   for d in drop)
    # (a sliver of the highlight's height and colour between two of its boxes: LibreOffice's piece behind the blank
    # between `28.6` and `公里`, 2 points wide, read as a rule; one of another colour is a rule drawn as a filled
    # rectangle, Word's black border between two cells shaded grey in a head row one line tall)
    thin = {s for e in edges
            if (s := e.get("sliver")) and beside(s, e.get("fill"), s[0], 2) and beside(s, e.get("fill"), s[2], 0)}
    return [e for e in edges if e.get("area") not in drop and e.get("sliver") not in thin]


def _tiled(boxes: set) -> set:
    """The boxes that tile a table: each with a box beside it in its row (the same top and bottom, a gap of a few
    points at most) and one over or under it in its column (the same sides, as near). A table whose cells are shaded
    dark one line tall with white gaps between them and no border drawn has the boxes' sides for its only rules (its
    columns ran together, `产出指标数量指标`, when they were dropped as a highlight's); a highlight is one box on a line
    or LibreOffice's box per run of text, never stacked side for side over the next line's."""
    def near(a: float, b: float) -> bool:
        return abs(a - b) <= 1.0

    def apart(a: float, b: float) -> bool:
        return -1.0 <= b - a <= 4.0
    # (a row mate has its top within a point and its left side a few points right of the box's right side, or its
    # right side a few points left of the box's left side; a column mate the same turned: the boxes are put in
    # buckets by those two figures, a point by five, and only the buckets each box's mates can be in are searched,
    # a hair wider, `near` and `apart` themselves the test — the boxes sorted by top were all compared in a row of
    # many, 1,500 boxes in one row 0.69 s, hunt ex9; every box with every other before, mend md4)
    def buckets(key) -> dict:
        got: dict = {}
        for o in boxes:
            got.setdefault(key(o), []).append(o)
        return got
    right_of = buckets(lambda o: (floor(o[1]), floor(o[0] / 5)))        # (its top, its left side)
    left_of = buckets(lambda o: (floor(o[1]), floor(o[2] / 5)))         # (its top, its right side)
    under = buckets(lambda o: (floor(o[0]), floor(o[1] / 5)))           # (its left side, its top)
    over = buckets(lambda o: (floor(o[0]), floor(o[3] / 5)))            # (its left side, its bottom)

    def around(table: dict, at: float, lo: float, hi: float):
        for i in range(floor(at - 1.01), floor(at + 1.01) + 1):
            for j in range(floor(lo / 5), floor(hi / 5) + 1):
                yield from table.get((i, j), ())

    def row_mate(b) -> bool:
        x0, top, x1, bottom = b
        return any(o != b and near(o[1], top) and near(o[3], bottom) and (apart(x1, o[0]) or apart(o[2], x0))
                   for o in chain(around(right_of, top, x1 - 1.01, x1 + 4.01),
                                  around(left_of, top, x0 - 4.01, x0 + 1.01)))

    def column_mate(b) -> bool:
        x0, top, x1, bottom = b
        return any(o != b and near(o[0], x0) and near(o[2], x1) and (apart(bottom, o[1]) or apart(o[3], top))
                   for o in chain(around(under, x0, bottom - 1.01, bottom + 4.01),
                                  around(over, x0, top - 4.01, top + 1.01)))
    return {b for b in boxes if row_mate(b) and column_mate(b)}


def _crossed(table, edges: list[dict]) -> bool:
    """Is a table found from its rules crossed by a row rule running on past both its sides (a stamp's box, `已审核`,
    drawn over a table of row rules only: the rule through the box closes it into cells of its own)? A table's row
    rules end at its frame; one going on beyond it on both sides is another table's, the box a drawing over it."""
    x0, top, x1, bottom = table.bbox
    return any(e["orientation"] == "h" and top + 1 < e["top"] < bottom - 1 and e["x0"] < x0 - 5 and e["x1"] > x1 + 5
               for e in edges)


def _unruled_inside(table) -> bool:
    """Does a table found from its rules hold rows or columns with no rules between them: in a table of one or two
    rows, a cell of three lines or more beside another whose lines stand at the same heights (an outer frame and
    vertical rules only: the labels in one cell, the values in the next), or, in a table of one column, most rows
    holding a line with a wide gap inside it (an outer frame and horizontal rules only: each row's cells run
    together)?"""
    rows = [[c for c in r.cells if c is not None] for r in table.rows]
    if not rows or len(rows) > 2 and max(len(cells) for cells in rows) > 1:
        return False                     # (a table of rows and columns: nothing to look at, on the hot path)
    chars_of = cell_chars(table)
    tops: dict[tuple, list[float]] = {}
    for b, chs in chars_of.items():
        tol = _line_tol(chs)
        tops[b] = _merge_close(sorted((ch["top"] for ch in chs if ch["text"].strip())), tol)
    for cells in rows if len(rows) <= 2 else ():        # (a ruled table's cells of several lines side by side: rows)
        many = [tops.get(c, []) for c in cells if len(tops.get(c, [])) >= 3]
        for k, a in enumerate(many):
            for b in many[k + 1:]:
                if sum(1 for y in a if any(abs(y - z) <= 2 for z in b)) >= 3:
                    return True
    if max(len(cells) for cells in rows) == 1 and len(rows) >= 3:
        gapped = 0
        for cells in rows:
            chs = sorted((ch for ch in chars_of.get(cells[0], []) if ch["text"].strip()),
                         key=lambda ch: (round(ch["top"]), ch["x0"]))
            size = median([ch["x1"] - ch["x0"] for ch in chs]) if chs else 0
            if any(abs(b["top"] - a["top"]) <= 2 and b["x0"] - a["x1"] > 3 * size for a, b in zip(chs, chs[1:])):
                gapped += 1
        return gapped * 2 >= len(rows)
    return False


def cell_borders_from_rules(edges: list[dict], chars: list[dict]) -> list[dict]:
    """Given a page's ruling lines and characters, return the vertical cell borders of a table drawn with
    horizontal rules only, or [] when the page has no such table.

    Word, WPS and Excel draw each cell's top and bottom border as a segment of its own, so with the
    vertical borders switched off the rules still end where the cells do. Between two rule heights
    (a band: one row, or part of a merged cell), a border stands at each x where a rule above or below
    the band ends, unless a character of the band runs across it; the table's outer sides stand where
    its rules begin and end, over its whole height. A table whose rules all run its full width (no
    inner ends) gives nothing: its columns are left to the word positions.
    """
    hs = [e for e in edges if e["orientation"] == "h" and e["width"] > 3]
    if len(hs) < 6 or any(e["orientation"] == "v" and e["height"] > 6 for e in edges):
        return []
    ys, at = _rules_by_height(hs)
    if len(ys) < 3:
        return []
    left, right = min(e["x0"] for e in hs), max(e["x1"] for e in hs)
    ends = [_merge_close(sorted(x for e in segs for x in (e["x0"], e["x1"])), tol=1.5) for segs in at]
    gap = _cell_gap(chars)
    out: list[dict] = []
    inner = unsplit = texts = 0
    above: list[float] = []
    starts: list[float] = []          # where the text of each cell of the band above starts (its first glyph's x0)
    for k in range(len(ys) - 1):
        top, bottom = ys[k], ys[k + 1]
        band = [c for c in chars if top < (c["top"] + c["bottom"]) / 2 < bottom and c["text"].strip()]
        # a border of the band above goes on down where no rule closes its cells (cells merged downwards)
        goes_on = [x for x in above if not any(e["x0"] - 1.5 <= x <= e["x1"] + 1.5 for e in at[k])]
        above = []
        blanks, breaks = _spaced_blanks(band), _break_spans(band)
        for x in _merge_close(sorted(ends[k] + ends[k + 1] + goes_on), tol=1.5):
            crossed = any(c["x0"] < x - 0.5 and c["x1"] > x + 0.5 for c in band)
            if (crossed or _spaced_across(band, x, blanks)) and not any(a < x <= b for a, b in breaks) \
                    and (crossed or not _near(starts, min((c["x0"] for c in band if c["x0"] >= x), default=-9.0),
                                              1.0)):
                continue                      # text runs across: a merged cell, no border here (but a text drawn
                # past its cell's edge, where a letter-spaced line breaks its spacing; or one whose spacing's blank
                # holds the border and whose glyph after it starts where the text of the cell above, after the same
                # border, starts: `服务对象满意度指标` 5 points before `受益群众满意度` in a line set 5 apart)
            above.append(x)
            if left + 1.5 < x < right - 1.5:
                inner += 1
            out.append(_vertical(x, top, bottom))
        starts = sorted(x0 for x in above for x0 in [min((c["x0"] for c in band if c["x0"] >= x), default=None)]
                        if x0 is not None)
        if band:
            texts += 1
            spans = _spans(band)
            unsplit += any(a[1] + gap < b[0] and not any(a[1] - 1 <= x <= b[0] + 1 for x in above)
                           for a, b in zip(spans, spans[1:]))
    if not inner or unsplit > 0.1 * texts:
        return []             # rules drawn whole (their ends are not the cells'), or text apart with no border between
    out += [_vertical(x, ys[0], ys[-1]) for x in (left, right)]     # the outer sides, whole
    return out


def open_ends_closed(edges: list[dict]) -> list[dict]:
    """Given a page's ruling lines, return the horizontal rules a ruled table lacks at its top or bottom: where three
    column rules or more end at one height, no rule runs there across them, rules of the table's rows stand within
    three "rows" inside and none within one and a half outside (a table's end, not a row inside it; a "row" is the
    median length of the column rules ending at that height: a row's height where each cell's border is drawn on its
    own, the table's where a column rule runs down the whole table). Excel's web
    page leaves its first row without a top border (`border-top:none` under the title rows), and so a row continued
    at a new page's top: printed, the row above the first rule was no table's (`项目名称 | 党建经费 | 项目类别 |
    经常性项目` a text line: every project nameless)."""
    vs = [e for e in edges if e["orientation"] == "v" and e["height"] > 3]
    hs = [e for e in edges if e["orientation"] == "h" and e["width"] > 3]
    if len(vs) < 3 or len(hs) < 2:
        return []
    out: list[dict] = []
    ys, at = _rules_by_height(hs)
    for side in ("top", "bottom"):
        for y in _merge_close(sorted(e[side] for e in vs), tol=1.0):
            xs = _merge_close(sorted(e["x0"] for e in vs if abs(e[side] - y) <= 1.0), tol=2.0)
            if len(xs) < 3:
                continue
            lo, hi = xs[0], xs[-1]
            width = hi - lo

            def cover(at: list[dict]) -> float:       # the share of the span rules at one height cover (a cell's
                got, end = 0.0, lo                    # border each)
                for e in sorted(at, key=lambda e: e["x0"]):
                    a, b = max(e["x0"], end), min(e["x1"], hi)
                    if b > a:
                        got, end = got + b - a, b
                return got / width
            if cover([e for e in hs if abs(e["top"] - y) <= 1.5]) > 0.2:
                continue                      # (a rule runs there: a row's, under cells merged down or not)
            # (rules of the table's rows near that height, inside it: a third of the width or more, the rest of a row
            # under cells merged down; none as near outside it)
            rules = [h for k, h in enumerate(ys) if cover(at[k]) >= 0.3]
            row = median(e["height"] for e in vs if abs(e[side] - y) <= 1.0)
            inward = [h for h in rules if 1.5 < (h - y if side == "top" else y - h) <= 3 * row]
            outward = [h for h in rules if 1.5 < (y - h if side == "top" else h - y) <= 1.5 * row]
            if not inward or outward:
                continue                      # (no ruled table on that side, or a height inside one: its rows')
            out.append({"object_type": "line", "orientation": "h", "x0": lo, "x1": hi, "top": y, "bottom": y,
                        "doctop": y, "width": width, "height": 0.0})
    return out


def _vertical(x: float, top: float, bottom: float) -> dict:
    """A vertical ruling line (an edge as pdfplumber's table finder takes it)."""
    return {"object_type": "line", "orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom,
            "doctop": top, "width": 0.0, "height": bottom - top}


def _rules_by_height(hs: list[dict]) -> tuple[list[float], list[list[dict]]]:
    """Given horizontal rules, return their heights (within 1.5 points merged) and the rules at each height."""
    ys = _merge_close(sorted(e["top"] for e in hs), tol=1.5)
    at: list[list[dict]] = [[] for _ in ys]
    for e in hs:
        k = bisect_left(ys, e["top"])
        at[k - 1 if k == len(ys) or k and e["top"] - ys[k - 1] < ys[k] - e["top"] else k].append(e)
    return ys, at


def _cell_gap(chars: list[dict]) -> float:
    """The gap between characters wider than which a cell ends: twice the median character width."""
    widths = [c["x1"] - c["x0"] for c in chars if c["text"].strip()]
    return 2.0 * (median(widths) if widths else 10.0)


def rules_grid(page: PdfiumPage, pno: int) -> tuple[Grid | None, list[dict]]:
    """Given a page with no ruled table, return the grid of a table drawn with whole-width row rules only
    (None when it has none) and the text lines outside it.

    The table's rules are those `_table_rules` keeps; each band between two of them is a row. The
    columns are the x gaps that the text of at most a quarter of the rows crosses (`_corridors`); a
    band's text running across a gap is one merged cell, and its wrapped lines stay one cell. A cell over
    which a rule is missing (a label merged over several rows: the rules of the rows beside it begin
    after it) spans the rows from the rule above it to the rule below it.
    """
    hs = [e for e in page.edges if e["orientation"] == "h" and e["width"] > 0.25 * page.width]
    if len(hs) < 4:
        return None, []
    frames = _lone_frames(hs, [e for e in page.edges if e["orientation"] == "v" and e["height"] > 6])
    hs = [e for e in hs if not any(abs(e["top"] - y) <= 1.5 for y in frames)]
    if len(hs) < 4:
        return None, []
    ys, at = _table_rules(*_rules_by_height(hs))
    if len(ys) < 4:
        return None, []
    hs = [e for row in at for e in row]
    left, right = min(e["x0"] for e in hs) - 2, max(e["x1"] for e in hs) + 2
    inside: list[list[dict]] = [[] for _ in range(len(ys) - 1)]
    outside: list[dict] = []
    for c in page.chars:
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        k = bisect_left(ys, cy) - 1
        if 0 <= k < len(ys) - 1 and left <= cx <= right:
            inside[k].append(c)
        else:
            outside.append(c)
    inked = [c for band in inside for c in band if c["text"].strip()]
    if inked:
        # glyphs far larger than the table's text beside a line of it (a seal's or a stamp's words, `已审核` in 16
        # points over a row of 9-point cells, `受益农户数 | ≥3200户`): no cell's text (they ran into the target, or
        # stood as an indicator of their own), dropped; large glyphs on lines of their own (the next form's title
        # inside the frame, its year and unit lines under it) stay
        h = median(c["bottom"] - c["top"] for c in inked)
        for k, band in enumerate(inside):
            small = [c for c in band if c["text"].strip() and c["bottom"] - c["top"] <= 1.2 * h]
            big = [c for c in band if c["text"].strip() and c["bottom"] - c["top"] > 1.6 * h
                   and any(s["top"] < c["bottom"] and s["bottom"] > c["top"] for s in small)]
            if big:
                inside[k] = [c for c in band if c not in big]
    bands = [[c for c in band if c["text"].strip()] for band in inside]
    cuts = _corridors(bands, left, right)
    # where the cells of the band above start: a letter-spaced run is parted at a glyph starting there (_apart)
    above: list[float] = []
    pieces: list[tuple[int, int, int, int, list[dict]]] = []   # (first band, bands, first column, columns, chars)
    for k, band in enumerate(bands):
        parts: dict[int, list[dict]] = {}
        for c in band:                        # columns between the corridors this band's text does not cross
            parts.setdefault(bisect_left(cuts, (c["x0"] + c["x1"]) / 2), []).append(c)
        groups: list[list] = []
        blanks = _spaced_blanks(band)
        for j in sorted(parts):
            cs = parts[j]
            x0, x1 = min(c["x0"] for c in cs), max(c["x1"] for c in cs)
            if groups and any(_runs_over(groups[-1][4] + cs, cuts[q]) or _spaced_across(band, cuts[q], blanks)
                              for q in range(groups[-1][3], j)):
                g = groups[-1]
                two = _apart(g[4] + cs, cuts, blanks, above)
                if two is not None and two[0][0] >= g[0]:
                    # two cells wide apart, one reaching over the column gap (a wrapped text's long line beside a
                    # column of figures, a wrapped level 2 beside its level 1): each in the column of its middle
                    (jl, ls), (jr, rs) = two
                    groups[-1] = [g[0], min(c["x0"] for c in ls), max(c["x1"] for c in ls), jl, ls]
                    groups.append([jr, min(c["x0"] for c in rs), max(c["x1"] for c in rs), jr, rs])
                    continue
                g[2], g[3] = max(g[2], x1), j     # text runs across the gap: one merged cell
                g[4].extend(cs)
            else:
                groups.append([j, x0, x1, j, list(cs)])
        above = sorted(x0 for _, x0, _, _, _ in groups)
        for j0, x0, x1, j1, cs in groups:
            cx = (x0 + x1) / 2
            k0 = k
            while k0 > 0 and not any(e["x0"] <= cx <= e["x1"] for e in at[k0]):
                k0 -= 1                           # no rule above it here: the cell began higher
            k2 = k + 1
            while k2 < len(ys) - 1 and not any(e["x0"] <= cx <= e["x1"] for e in at[k2]):
                k2 += 1
            pieces.append((k0, k2 - k0, j0, j1 - j0 + 1, cs))
    if len(pieces) < 4 or sum(1 for k in range(len(bands)) if sum(p[0] == k for p in pieces) >= 2) < 2:
        return None, []                           # not a table: no two rows of two cells
    merged: dict[tuple[int, int], list] = {}
    for k0, n, j, w, cs in pieces:
        if (k0, j) in merged:
            m = merged[(k0, j)]
            m[2].extend(cs)                       # two pieces of one merged cell
            m[1], m[3] = max(m[1], n), max(m[3], w)
        else:
            merged[(k0, j)] = [k0, n, list(cs), w]
    rows = sorted({k0 for k0, _ in merged})
    row_of = {k: i for i, k in enumerate(rows)}
    cells: list[Cell] = []
    for (k0, j), (_, n, cs, w) in sorted(merged.items()):
        last = max((k for k in rows if k < k0 + n), default=k0)
        box = (min(c["x0"] for c in cs), min(c["top"] for c in cs), max(c["x1"] for c in cs),
               max(c["bottom"] for c in cs))
        cells.append(Cell(row_of[k0], j, unwrap_cell(text_of(cs, spaced=True)), row_of[last] - row_of[k0] + 1, w, pno, None, box))
    grid = Grid(cells, len(rows), len(cuts) + 1, "pdf_rules", order=pno * PAGE_ORDER + ys[0])
    rest = PdfiumPage(outside, [], page.width, page.height, page.page_number)
    return grid, rest.extract_text_lines(return_chars=True, y_tolerance=line_tolerance(outside))


def _label_first(tl: dict, gap: float) -> float | None:
    """If the text line opens with a field's label alone, its value after a blank wider than a character
    (`项目名称` then `城区背街小巷改造工程` 80 points right, no colon), the x where the value starts. (gap: a cell's,
    two characters) A label left blank by its colon (`单位负责人：`, then `联系电话：…` far right) is a label alone; so
    is a label spread over a wider label's width, its characters apart (Word's 分散对齐: `负   责   人`): the
    longest run of single characters from the line's start that is a label. A money block's label opening the line
    (`项目资金（万元）`, its first row's label `年度资金总额` and amount after it) is one too."""
    from parsers.core import MONEY_SECTION_KEYS, label_key, match_field

    def alone(label: str) -> bool:
        f = match_field(label.rstrip(":："))
        return bool(f and not f[1] and not f[0].startswith("_")) or label_key(label) in MONEY_SECTION_KEYS
    cs = [c for c in tl.get("chars", []) if c["text"].strip()]
    cuts = [k for k in range(1, len(cs)) if cs[k]["x0"] - cs[k - 1]["x1"] > gap / 2]   # (a character's width)
    if not cuts:
        return None
    singles = 0                                  # (the line's first pieces that are one character each)
    while singles < len(cuts) and cuts[singles] == singles + 1:
        singles += 1
    for n in range(singles, 1, -1):              # (a spread label: its characters, the longest that is one)
        if n < len(cuts) + 1 and alone("".join(c["text"] for c in cs[:n])):
            return cs[cuts[n - 1]]["x0"]         # (n <= len(cuts): the cut after its n characters is there)
    return cs[cuts[0]]["x0"] if alone("".join(c["text"] for c in cs[:cuts[0]])) else None


_UNIT_NOTE = re.compile(r"^[(（]?\s*(?:金额|资金|预算)?单位\s*[:：]\s*(?:人民币)?\s*[万亿千百]?元\s*[)）]?$")


def label_lines_grids(text_lines: list[dict], pno: int, boxes: list = ()) -> list[Grid]:
    """Given the text lines of a page outside its tables, return the runs of two lines or more that each open with a
    field's label alone and its value after a wide blank (no colon: `项目名称      城区背街小巷改造工程` over `主管部门
    某县住房和城乡建设局`, above a table of the indicators) as grids of their cells, the label and its value; a line
    of no label starting where a value above it starts goes with them (the value wrapped). The lines read as cells are
    marked `_field_row` (they were read as text, `项目名称 城区背街小巷改造工程`, and gave no field). A run is a
    table's fields only when it touches a table (boxes: the page's tables), no other line between them, and a table
    between two lines ends it: a cover letter's `联系人    王明` / `联系电话    …` over its sign-off and the form's
    title stays the letter's text, and two forms stacked on a page keep their fields apart, each over its table."""
    from parsers.core import match_field
    gap = _cell_gap([c for tl in text_lines for c in tl.get("chars", [])])

    def table_between(top: float, bottom: float) -> bool:
        return any(b[1] >= top - 1 and b[3] <= bottom + 1 for b in boxes)

    def aside(tl: dict) -> bool:         # (a line between the fields and the table that is the form's too)
        f = match_field(tl["text"])
        return bool(f and f[1]) or bool(_UNIT_NOTE.match(tl["text"].strip()))

    def touches(run: list[dict]) -> bool:
        first, last = run[0]["top"], run[-1]["bottom"]
        for b in boxes:
            if b[1] >= last - 1 and all(aside(tl) for tl in text_lines if last - 1 < tl["top"] < b[1]):
                return True              # (a table right under the run, or a `金额单位：万元` between)
            if b[3] <= first + 1 and all(aside(tl) for tl in text_lines if b[3] < tl["bottom"] < first + 1):
                return True              # (a table right over it: a sign-off's fields)
        return False

    out: list[Grid] = []
    run: list[dict] = []
    starts: list[float] = []
    for tl in text_lines + [None]:
        if tl is not None and run and table_between(run[-1]["bottom"], tl["top"]):
            tl_, tl = tl, None               # (a table between: the run ends before the line)
        else:
            tl_ = None
        at = _label_first(tl, gap) if tl is not None else None
        if at is not None:
            run.append(tl)
            starts.append(at)
            continue
        if tl is not None and run and any(abs(tl["x0"] - x) <= gap / 4 for x in starts):
            run.append(tl)                   # (a value wrapped under its start)
            continue
        if len(starts) >= 2 and (not boxes or touches(run)):
            grid, rest = words_grid(run, pno)
            if grid is not None:
                out.append(grid)
                _mark_cells(run, rest, pno)
        run, starts = [], []
        if tl_ is not None and (at := _label_first(tl_, gap)) is not None:
            run, starts = [tl_], [at]        # (the line after the table opens a run of its own)
    return out


def unruled_tables(text_lines: list[dict], pno: int, boxes: list) -> list[Grid]:
    """Given the text lines of a page outside its ruled tables, return the tables among them drawn with no rule (a
    form's fields ruled over an indicator table of whitespace only): the runs of lines with no ruled table between
    them read as a page of no rule is (`words_grid`), kept when three rows or more hold three cells or more each (a
    title, a sign-off's two lines or a paragraph stay text) and a row is a table's head (`一级指标 | 二级指标 | …`,
    `评分项目 | 分值 | 得分`: a sign-off of three columns, `单位负责人 | 财务负责人 | 填表人` over the names, or notes
    set in columns are no table — review rv126). The lines read as cells are marked `_field_row`."""
    from parsers.core import Row, detect_header
    out: list[Grid] = []
    runs: list[list[dict]] = [[]]
    for tl in text_lines:
        if runs[-1] and any(b[1] >= runs[-1][-1]["bottom"] - 1 and b[3] <= tl["top"] + 1 for b in boxes):
            runs.append([])
        runs[-1].append(tl)
    for run in runs:
        if len(run) < 3:
            continue
        grid, rest = words_grid(run, pno)
        per_row = [sum(1 for c in grid.cells if c.row == r) for r in range(grid.n_rows)] if grid else []
        if sum(n >= 3 for n in per_row) < 3 or not any(detect_header(Row(cells, grid, r))
                                                         for r, cells in enumerate(grid.rows()) if cells):
            continue
        out.append(grid)
        _mark_cells(run, rest, pno)
    return out


def _mark_cells(run: list[dict], rest: list[TextLine], pno: int) -> None:
    """Mark `_field_row` the lines of a run that words_grid read as cells: those not among the rest it left as text
    (matched by text and top, the rest's order being the page's offset plus the line's top; label_lines_grids' and
    unruled_tables' one loop — twins, review rd65)."""
    left = {(t.text, round(t.order - pno * PAGE_ORDER, 2)) for t in rest}
    for tl in run:
        if (tl["text"], round(tl["top"], 2)) not in left:
            tl["_field_row"] = True


def _runs_over(chars: list[dict], x: float) -> bool:
    """Does a row's text run over the column gap at x: a glyph across it, or two glyphs of one line on its two sides
    closer than half the row's median glyph width (a letter-spaced print sets each glyph a point or two apart: a
    gap's middle may fall between two glyphs of one text, `道路` / `，亩均`, `1,286.` / `50`, which cut it in two)?
    (A blank of a letter-spaced line of the row across x: the caller's `_spaced_across`, worked out once a row.)"""
    if any(c["x0"] < x < c["x1"] for c in chars):
        return True
    inked = [c for c in chars if c["text"].strip()]
    if not inked:
        return False
    half = 0.5 * median(c["x1"] - c["x0"] for c in inked)      # (the row's glyphs: a `.` is narrow, its gap not)
    right = [c for c in inked if c["x0"] >= x]
    return any(x - a["x1"] < half and any(abs(b["top"] - a["top"]) < half and b["x0"] - a["x1"] < half for b in right)
               for a in inked if a["x1"] <= x)


SPACED_MIN = 1.0      # a letter-spacing blank: a point or more (under the glyphs' height) ...
SPACED_TOL = 1.0      # ... the blank before or after it the same within a point (a digit's box is not its advance)


def _spaced_flags(line: list[dict]) -> list[bool]:
    """The one rule for "are these glyphs one word spaced out?" (字符间距加宽: a print setting each glyph a few
    points after the one before). Given a line's inked glyphs left to right, return for each blank between two in
    turn whether it is letter spacing: a blank of a point or more, under the glyphs' height, the blank before or
    after it the same within a point (`≥` 5.0 points before `4`, `4` 4.35 before `2`). Four points apart at 9 points, pdfplumber gave `农 村 供 水`, `1 , 3 5 0`,
    a rule's end fell between `农` and `村`, a column gap between `1` and `,350.00`, `≥` and `28.6公里`."""
    gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:])]
    if not gaps:
        return []
    h = median(c["bottom"] - c["top"] for c in line)
    ok = [SPACED_MIN <= g < h for g in gaps]
    return [ok[k] and any(0 <= j < len(gaps) and ok[j] and abs(gaps[j] - g) <= SPACED_TOL for j in (k - 1, k + 1))
            for k, g in enumerate(gaps)]


def _spacing_breaks(line: list[dict], flags: list[bool] | None = None) -> list[int]:
    """Given a line's inked glyphs left to right, return the blanks (k: between line[k] and line[k + 1]) where a
    letter-spaced line breaks its spacing: two Chinese glyphs, the blank before the one and after the other letter
    spacing (`_spaced_flags`) the same within a point, this blank more than a point narrower or wider (no letter
    spacing: a Chinese glyph's advance is exact, one text never does that). Two cells' texts, the first filling its cell to the edge or drawn past
    it: 5 points apart, `服务对象满意度指标` ended 2 points before `受益群众满意度` (one text `…指标受益…`); 4 points apart,
    7 points before it."""
    flags = _spaced_flags(line) if flags is None else flags
    out = []
    for k in range(1, len(flags) - 1):
        a, b = line[k], line[k + 1]
        before, gap, after = (line[j + 1]["x0"] - line[j]["x1"] for j in (k - 1, k, k + 1))
        if flags[k - 1] and flags[k + 1] and abs(before - after) <= SPACED_TOL and abs(gap - before) > SPACED_TOL \
                and gap >= 0 and _CJK.match(a["text"]) and _CJK.match(b["text"]):
            out.append(k)
    return out


def _spaced_blanks(chars: list[dict]) -> list[tuple[float, float]]:
    """The letter-spacing blanks (x0, x1) of each line of a row's glyphs (`_spaced_flags`), worked out once a row."""
    inked = [c for c in chars if c["text"].strip()]
    out = []
    for line in _by_top(inked, _line_tol(inked)) if inked else []:
        line.sort(key=lambda c: c["x0"])
        out += [(a["x1"], b["x0"]) for a, b, f in zip(line, line[1:], _spaced_flags(line)) if f]
    return out


def _spaced_across(chars: list[dict], x: float, blanks: list[tuple[float, float]] | None = None) -> bool:
    """Does x fall in the blank between two glyphs of a letter-spaced line (`_spaced_blanks`, or those given)?"""
    return any(a <= x <= b for a, b in (_spaced_blanks(chars) if blanks is None else blanks))


def _lone_frames(hs: list[dict], vs: list[dict]) -> list[float]:
    """Given a page's long horizontal rules and its vertical ones, return the heights of the rules that are only the
    top and bottom of a lone frame: a box, its left and right sides drawn from one rule down to the next, no rule
    between them and no side going on above or below it (a form drawn with an outer border only, its rows and columns
    the text's own). Two such forms on one page gave four rules, read as the row rules of one table of three rows, each
    form squashed into a few cells; the frames are no rows (the forms are read from the text's positions)."""
    if not vs:
        return []
    ys, at = _rules_by_height(hs)

    def side(x: float, top: float, bottom: float) -> bool:     # a vertical rule at x covering top .. bottom
        spans = sorted((e["top"], e["bottom"]) for e in vs if abs(e["x0"] - x) <= 2)
        reach = top
        for a, b in spans:
            if a > reach + 1.5:
                break
            reach = max(reach, b)
        return reach >= bottom - 1.5 and any(a <= top + 1.5 for a, _ in spans)

    def beyond(x: float, y: float, up: bool) -> bool:           # a vertical rule at x going on past y
        return any(abs(e["x0"] - x) <= 2 and (e["top"] < y - 1.5 if up else e["bottom"] > y + 1.5)
                   and e["top"] - 1.5 <= y <= e["bottom"] + 1.5 for e in vs)

    out: list[float] = []
    for k in range(len(ys) - 1):
        top, bottom = ys[k], ys[k + 1]
        x0 = min(e["x0"] for e in at[k] + at[k + 1])
        x1 = max(e["x1"] for e in at[k] + at[k + 1])
        if any(abs(e["x0"] - x0) > 3 or abs(e["x1"] - x1) > 3 for e in at[k] + at[k + 1]):
            continue                                   # rules of other widths at these heights: not one box
        if all(side(x, top + 0.5, bottom - 0.5) and not beyond(x, top, True) and not beyond(x, bottom, False)
               for x in (x0, x1)):
            out += [top, bottom]
    return out


def _table_rules(ys: list[float], at: list[list[dict]]) -> tuple[list[float], list[list[dict]]]:
    """Given a page's long rules by height, return those of its row-ruled table: the rules reaching the left or
    the right end most rules reach (a letterhead's double rule, a signature's underline span another),
    without rules far above its first row or below its last (the header lines under a letterhead are no row)."""
    ext = [(min(e["x0"] for e in row), max(e["x1"] for e in row)) for row in at]
    lefts, rights = [a for a, _ in ext], [b for _, b in ext]
    left = max(lefts, key=lambda x: sum(1 for y in lefts if abs(y - x) <= 6))      # the sides most rules reach
    right = max(rights, key=lambda x: sum(1 for y in rights if abs(y - x) <= 6))
    # reaching one of the table's sides (a merged label's column has no rule beside it)
    keep = [k for k, (a, b) in enumerate(ext) if abs(a - left) <= 6 or abs(b - right) <= 6]
    if len(keep) < 4:
        return [], []
    gaps = [g for g in (ys[keep[i + 1]] - ys[keep[i]] for i in range(len(keep) - 1)) if g >= 4]
    limit = 4 * median(gaps) if gaps else 0.0
    # rules far above the first row or far below the last (a letterhead, a 抄送 / 印发 rule) are not the
    # table's: trimmed from both ends while the gap to the next rule is over four times the median gap
    while len(keep) >= 2 and ys[keep[1]] - ys[keep[0]] > limit or len(keep) >= 2 and ys[keep[1]] - ys[keep[0]] < 4:
        keep = keep[1:]
    while len(keep) >= 2 and ys[keep[-1]] - ys[keep[-2]] > limit:
        keep = keep[:-1]
    if len(keep) < 4:
        return [], []
    return [ys[k] for k in keep], [at[k] for k in keep]


def _corridors(bands: list[list[dict]], left: float, right: float) -> list[float]:
    """Given the characters of a table's rows, return the x positions of the column gaps: the middles of the
    runs (2 points wide or more) that the text of at most a quarter of the rows crosses (merged cells cross)."""
    n = sum(1 for b in bands if b)
    if not n:
        return []
    step = 0.5
    size = int((right - left) / step) + 2
    cover = [0] * size
    for band in bands:
        seen = bytearray(size)
        for c in band:
            for i in range(max(0, int((c["x0"] - left) / step)), min(size, int((c["x1"] - left) / step) + 1)):
                seen[i] = 1
        for i in range(size):
            cover[i] += seen[i]
    cuts: list[float] = []
    run = None
    inked = False
    for i in range(size + 1):
        low = i < size and cover[i] <= 0.25 * n
        if low and run is None:
            run = i
        elif not low and run is not None:
            if inked and i < size and (i - run) * step >= 2:
                cuts.append(left + (run + i) / 2 * step)
            run = None
        if i < size and cover[i] > 0.25 * n:
            inked = True
    return cuts


def _held_start(chars: list[dict], held: list[float], tol: float = 1.0) -> float | None:
    """Where a letter-spaced line of a row's characters parts at a cell's start: the one Chinese glyph, after another
    set the line's spacing before it, that starts where a cell of the row above starts (`held`); its x0, or None. The line's spacing leaves no wider blank there (`服务对象满意度指标` 5 points before `受益群众满意度` in a line
    set 5 apart, the level-3 column's cells starting at that glyph above and below)."""
    if not held:
        return None
    inked = [c for c in chars if c["text"].strip()]
    at = set()
    for line in _by_top(inked, _line_tol(inked)) if inked else []:
        line.sort(key=lambda c: c["x0"])
        flags = _spaced_flags(line)
        for k in range(1, len(line) - 1):
            a, b = line[k - 1], line[k]
            if flags[k - 1] and k >= 2 and _near(held, b["x0"], tol) and _CJK.match(a["text"]) \
                    and _CJK.match(b["text"]):
                at.add(round(b["x0"] - 0.01, 2))
    return at.pop() if len(at) == 1 else None


def _apart(chars: list[dict], cuts: list[float], blanks: list[tuple[float, float]] = (),
           held: list[float] = ()) -> tuple[tuple[int, list], tuple[int, list]] | None:
    """Given a row's characters run together over a column gap, return them as two cells — (column, characters) left
    and right of their widest blank stretch — when that stretch is as wide as a character or wider and the two
    sides' middles stand in different columns; else None (one merged cell). A stretch that is the letter spacing of
    a line of the row (`blanks`, `_spaced_blanks`: 4 points, `1` | `,350.00`) parts nothing; a break in a
    letter-spaced line's spacing (`_spacing_breaks`: two Chinese glyphs 7 points apart in a line set 4 apart, 2 in one
    set 5 apart) parts it there, and so does a glyph where a cell of the row above starts (`held`, `_held_start`)."""
    spans = _spans(chars)
    if len(spans) < 2:
        return None
    widths = sorted(c["x1"] - c["x0"] for c in chars)
    w = widths[len(widths) // 2]
    at = _break_at(chars)
    if at is None:
        gap, at = max(((b[0] - a[1], (a[1] + b[0]) / 2) for a, b in zip(spans, spans[1:])), key=lambda t: t[0])
        if gap < w and not gap >= 0.5 * w + 2 * _spacing(chars) or _spaced_across(chars, at, blanks):
            at = _held_start(chars, held)
            if at is None:
                return None
    ls = [c for c in chars if (c["x0"] + c["x1"]) / 2 < at]
    rs = [c for c in chars if (c["x0"] + c["x1"]) / 2 >= at]
    last = max(ls, key=lambda c: (round(c["top"]), c["x0"]))
    if last["text"] in "。；;，,、：:":
        return None       # (`目标1：…12公里。　　目标2：…`: a merged cell's sentences set apart by spaces, one text)
    jl = bisect_left(cuts, (min(c["x0"] for c in ls) + max(c["x1"] for c in ls)) / 2)
    jr = bisect_left(cuts, (min(c["x0"] for c in rs) + max(c["x1"] for c in rs)) / 2)
    return ((jl, ls), (jr, rs)) if jl < jr else None


def _break_spans(chars: list[dict]) -> list[tuple[float, float]]:
    """The breaks in letter spacing (`_spacing_breaks`) of each line of a row's characters: (x0 of the glyph before
    the break, x0 of the glyph after it)."""
    inked = [c for c in chars if c["text"].strip()]
    out = []
    for line in _by_top(inked, _line_tol(inked)) if inked else []:
        line.sort(key=lambda c: c["x0"])
        out += [(line[k]["x0"], line[k + 1]["x0"]) for k in _spacing_breaks(line)]
    return out


def _break_at(chars: list[dict]) -> float | None:
    """The x of the one break in letter spacing (`_spacing_breaks`) the lines of a row's characters hold, if any:
    the middle of its blank."""
    inked = {id(c): c for c in chars}
    at = set()
    for a0, b0 in _break_spans(chars):
        a = max((c for c in inked.values() if c["x0"] == a0), key=lambda c: c["x1"])
        at.add(round((a["x1"] + b0) / 2))
    return at.pop() if len(at) == 1 else None


def _spacing(chars: list[dict]) -> float:
    """The median blank between two glyphs next to each other on a line: 0 in a print set solid, a point or two in
    a letter-spaced one."""
    line = sorted((c for c in chars if c["text"].strip()), key=lambda c: (round(c["top"]), c["x0"]))
    gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:]) if round(a["top"]) == round(b["top"])
            and -0.5 <= b["x0"] - a["x1"] < 0.5 * (a["x1"] - a["x0"] + b["x1"] - b["x0"])]
    return max(0.0, median(gaps)) if gaps else 0.0


def _spans(chars: list[dict]) -> list[tuple[float, float]]:
    """Given characters, return the x ranges they cover, left to right (touching ranges joined)."""
    out: list[list[float]] = []
    for c in sorted(chars, key=lambda c: c["x0"]):
        if out and c["x0"] <= out[-1][1] + 0.5:
            out[-1][1] = max(out[-1][1], c["x1"])
        else:
            out.append([c["x0"], c["x1"]])
    return [(a, b) for a, b in out]


_COLON = lazy(r"[:：]")


def _gutter(boxes: list) -> float | None:
    """The x of the gutter between two columns of forms printed side by side on one page (a landscape sheet of
    two forms): tables on both sides of it, one left and one right of it at the same height, none across it.
    The right column is then read after the left one. None for one column."""
    if len(boxes) < 2:
        return None
    for g in sorted({b[2] for b in boxes}):
        left = [b for b in boxes if b[2] <= g + 1]
        right = [b for b in boxes if b[0] >= g - 1]
        if len(left) + len(right) != len(boxes) or not left or not right:
            continue                              # a table across it
        if any(min(a[3], b[3]) - max(a[1], b[1]) > 20 for a in left for b in right):
            return (g + min(b[0] for b in right)) / 2
    return None


# lines that start no continuation: a date alone (`2022年5月27日`), an attachment line (`附件2`)
_OWN_LINE = lazy(r"^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|附件|附表|[^\s:：，。,]{1,10}[:：])")


def line_tolerance(chars: list[dict]) -> float:
    """How far apart (points) the tops of two characters of one line may be: pdfplumber's 3, or less for
    text so small that its lines are closer than that (a sheet shrunk to fit its page: 2 pt text, lines
    3.2 pt apart, would run together): 0.6 of the median character height."""
    hs = sorted(c["bottom"] - c["top"] for c in chars if c["text"].strip())
    if not hs:
        return 3.0
    return min(3.0, max(0.5, 0.6 * hs[len(hs) // 2]))


_CJK_CHAR = lazy(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")


def _first_word_width(tl: dict) -> float:
    """The width of a text line's first word: its run of Latin letters, digits and signs up to a space or a Chinese
    character (a Chinese character alone is a word: a line may break after any), 0 when its characters are unknown."""
    chars = tl.get("chars") or []
    if not chars:
        return 0.0
    end = chars[0]
    for ch in chars:
        if not ch["text"].strip() or (ch is not chars[0] and _CJK_CHAR.match(ch["text"])):
            break
        end = ch
        if _CJK_CHAR.match(ch["text"]):
            break
    return end["x1"] - chars[0]["x0"]


def join_wrapped_lines(text_lines: list[dict], boxes: list) -> list[dict]:
    """Given a page's text lines outside its tables (top to bottom) and the tables' boxes, return them with
    a paragraph's lines joined: a line that runs to the right edge of the page's text (the widest line or
    table) and a line of the same size just below it that starts no further right are one paragraph; so
    are a centred line as wide as the text and a centred line under it (a long title wrapped:
    `…绩效目标自评表中共晥浙赣省委驻地旧址展陈项` / `目`). A centred line under a narrower one
    (`(2023年度)`) stays a line of its own, and so do a line after a sentence's end (`。`), a date or
    attachment line (`2022年5月27日`, `附件2`) and a line opening with a label (`项目负责人：张三 …`).
    Heights and edges are compared with the last line as printed, so a paragraph of any length is one."""
    if len(text_lines) < 2:
        return text_lines
    left = min([b[0] for b in boxes] + [tl["x0"] for tl in text_lines])
    right = max([b[2] for b in boxes] + [tl["x1"] for tl in text_lines])
    out: list[dict] = []
    last: dict | None = None                   # the last line as printed (out[-1] may hold several joined)
    for tl in text_lines:
        prev = last
        if prev is not None:
            size = prev["bottom"] - prev["top"]
            full = prev["x0"] <= left + 1.5 * size    # a centred line as wide as the text: its rest is centred
            centred = full and abs((tl["x0"] + tl["x1"]) - (prev["x0"] + prev["x1"])) <= 2 * size
            # (or short of the edge by less than the line below's first word: `…联系电话：0351-` over `4567890`, a
            # number wrapped whole at its hyphen)
            if size > 0 and (prev["x1"] >= right - 1.5 * size or prev["x1"] + _first_word_width(tl) > right) \
                    and -0.2 * size <= tl["top"] - prev["bottom"] <= 0.8 * size \
                    and abs((tl["bottom"] - tl["top"]) - size) <= 0.15 * size \
                    and (tl["x0"] <= prev["x0"] + size or centred) \
                    and not prev["text"].rstrip().endswith(("。", "；", ";", "：", ":")) and not _OWN_LINE.match(tl["text"]):
                joined = out[-1]
                out[-1] = {**joined, "text": unwrap_cell(joined["text"] + "\n" + tl["text"]), "bottom": tl["bottom"],
                           "x1": max(joined["x1"], tl["x1"])}
                last = tl
                continue
        out.append(tl)
        last = tl
    return out


def _labels_below(text_lines: list[dict], open_cells: list[tuple[Grid, Cell]], boxes: list) -> list[dict]:
    """Give the labels of merged cells cut by the page's end back to their cells; return the other lines.

    A spreadsheet printed to PDF (LibreOffice Calc, Excel) centres a merged
    cell's text in the whole merged range: when the range goes on past the
    page, the text lands below the table, in the page margin (`效益指标` of a
    level-1 merge crossing the break; `六  加分项`, two merged cells side by
    side), and the cell's part on the page is empty. A short line without a
    colon below a table, with no other table in between, whose every
    character stands in the columns of such open cells of that table, is
    their text (each cell gets the characters in its columns).
    """
    if not open_cells:
        return text_lines
    rest = []
    for tl in text_lines:
        text = tl["text"].strip()
        chars = [c for c in tl.get("chars", []) if c["text"].strip()]
        homes: dict[int, list[dict]] = {}
        fits = bool(text) and bool(chars) and len(text) <= 30 and not _COLON.search(text)
        for ch in chars if fits else ():
            mid = (ch["x0"] + ch["x1"]) / 2
            k = next((k for k, (g, c) in enumerate(open_cells)
                      if c.bbox[0] <= mid < c.bbox[2] and tl["top"] >= c.bbox[3]
                      and not any(c.bbox[3] <= b[1] <= tl["top"] for b in boxes)), None)
            if k is None:
                fits = False
                break
            homes.setdefault(k, []).append(ch)
        if not fits or len({id(open_cells[k][0]) for k in homes}) != 1:
            rest.append(tl)
            continue
        for k, cs in homes.items():
            g, c = open_cells[k]
            piece = "".join(ch["text"] for ch in cs)
            if c.text:
                c.text = unwrap_cell(c.text + "\n" + piece)
            else:
                c.text = piece
                g.cells.append(c)
                g.cells.sort(key=lambda x: (x.row, x.col))
                g._index = None
    return rest


def _inside_any(obj, boxes) -> bool:
    x0, top, x1, bottom = obj.get("x0"), obj.get("top"), obj.get("x1"), obj.get("bottom")
    if x0 is None or top is None:
        return False
    return in_boxes((x0 + x1) / 2, (top + bottom) / 2, boxes)


def _index(bounds: list[float], v: float) -> int:
    """Given sorted boundaries and a coordinate, return the index of the nearest boundary (the lower on a tie)."""
    i = bisect_left(bounds, v)
    if i == len(bounds) or (i > 0 and v - bounds[i - 1] <= bounds[i] - v):
        return i - 1
    return i


def _glyph_height(chars: list[dict]) -> float:
    hs = sorted(c["bottom"] - c["top"] for c in chars if c["text"].strip())
    return hs[len(hs) // 2] if hs else 0.0


def _page_head(text_lines: list[dict], boxes: list, page, pno: int, hints: SplitHints) -> None:
    """Note the page's topmost text line for `running_headers`, when nothing of the page (no table, no other line)
    stands above it and it is in the page's top eighth: (page, text, top, x0, x1, glyph height, body glyph height,
    the tallest glyph height of the lines below it, that tallest line's text without spaces)."""
    tls = [tl for tl in text_lines if tl["text"].strip()]
    if not tls or hints.heads is None:
        return
    first = min(tls, key=lambda tl: tl["top"])
    # (a page of two forms side by side: its lines are each side's, the running head at the left margin and the page
    # number at the right one line each at the same height — each noted; the head was read as a row of the form above)
    row = sorted((tl for tl in tls if tl["top"] < first["bottom"]), key=lambda tl: tl["x0"])
    if first["top"] > page.height / 8 or any(b[1] < first["bottom"] for b in boxes) \
            or any(a["x1"] >= b["x0"] for a, b in zip(row, row[1:])):
        return
    for head in row:
        below = max(((_glyph_height(tl.get("chars", [])), "".join(tl["text"].split())) for tl in tls
                     if tl["top"] >= first["bottom"]), default=(0.0, ""))
        hints.heads.append((pno, "".join(head["text"].split()), head["top"], head["x0"], head["x1"],
                            _glyph_height(head.get("chars", [])), _glyph_height(page.chars), below[0], below[1]))


_FORM_TITLE_END = lazy(r"表[(（]?.{0,8}[)）]?$|绩效目标$")


# a page header naming whose the form is (`填报单位：县水利局`, `主管部门（盖章）：…`)
_OWNER_LINE = lazy(r"^(?:填报单位|申报单位|实施单位|主管部门|单位名称|预算单位|项目单位|编制单位|报送单位)"
                         r"(?:[(（]盖章[)）])?[:：]\S")


def running_headers(heads: list[tuple]) -> list[tuple[int, str, float]]:
    """Given each page's topmost text line (`_page_head`), return (page, text) of those that are a running page
    header: page furniture, no line of a form. A running header is the same text at the same place at the top of
    two pages or more, in small type (no taller than the pages' body text), above a form's own title in larger type
    on some page (`宜昌市自然资源和规划局2022年度项目支出绩效自评表` in 9 points over `项目支出绩效自评表` in 14: it was
    read as a title, cutting the form going on over the page in two). A form's title repeated at the top of each
    page (one form a page) is larger than the body text, and a header that is the forms' only title stays.
    A header naming whose the form is (`填报单位：县水利局`) at the top of two pages or more is kept on its first page
    only, whatever its type. Returned as (page, text without spaces, top)."""
    out: list[tuple[int, str, float]] = []
    for k, (pno, text, top, x0, x1, h, body, *_) in enumerate(heads):
        if any(x[:2] == (pno, text) for x in out) or len(text) < 2 or not h:
            continue
        same = [x for x in heads[k:] if x[1] == text and abs(x[2] - top) <= 2
                and (abs(x[3] - x0) <= 3 or abs(x[4] - x1) <= 3)]
        if len({x[0] for x in same}) >= 2 and _OWNER_LINE.match(text):
            # `填报单位：县水利局` printed as the page header of every page: read once, on its first page (the form's
            # unit); again on the next page's top it cut the indicator table going on over the page
            out += [(x[0], text, x[2]) for x in same if x[0] != same[0][0]]
            continue
        if len({x[0] for x in same}) < 2 or any(x[5] > 1.15 * x[6] for x in same) \
                or not any(x[7] >= 1.3 * x[5] and _FORM_TITLE_END.search(x[8]) for x in same):
            continue
            # (the larger line must be a form's title: over a project's name in larger type, `2023年度项目支出绩效自评表`
            # in 10 points is the form's own title)
        out += [(x[0], text, x[2]) for x in same]
    return out


@dataclass
class SplitHints:
    """What join_split_rows needs to know of cells the grids do not keep."""
    full: set[int] = field(default_factory=set)      # id() of cells whose text may go on (`_cell_end`)
    at_bottom: set[int] = field(default_factory=set)  # id() of cells whose last line is at their bottom edge
    wrapped: set[int] = field(default_factory=set)    # id() of those (at_bottom) whose text is on more than one line
    blank: dict[int, dict[tuple[int, int], int]] = field(default_factory=dict)  # id(grid) -> {(row, col): rowspan} of empty cells on its first rows
    open_bottom: list[tuple[Grid, Cell]] = field(default_factory=list)  # empty merged cells down to the table's bottom
    heads: list[tuple] | None = None   # each page's topmost text line (`_page_head`), when running headers are looked for
    gone: list[str] = field(default_factory=list)   # the running headers left out (finish_pages), once each


_PAGE_NO = lazy(r"^\s*[\d０-９]{1,4}\s*$")


def table_grid(table, pno: int, hints: SplitHints | None = None, past_rule: list[dict] | None = None) -> Grid | None:
    """Given a pdfplumber table, return a Grid whose merged cells appear once, with their spans.

    `hints`, when given, learns which cells' text reaches their bottom edge
    (a page break may have cut it) and the spans of the empty cells of the
    table's first rows (see join_split_rows). `past_rule`, when given, gets
    the glyphs drawn past the table's rules that a cell took (cell_chars).
    """
    rows = table.rows
    if not rows:
        return None
    chars_of = cell_chars(table, past_rule)
    texts = cell_texts(table, chars_of, spaced=True)      # (a letter-spaced line one word)
    ncols = max(len(r.cells) for r in rows)
    xs = sorted({round(c[0], 1) for r in rows for c in r.cells if c} | {round(c[2], 1) for r in rows for c in r.cells if c})
    ys = sorted({round(r.bbox[1], 1) for r in rows} | {round(r.bbox[3], 1) for r in rows})
    xs = _merge_close(xs)
    ys = _merge_close(ys)
    cells: list[Cell] = []
    blank: dict[tuple[int, int], int] = {}
    for i, r in enumerate(rows):
        for j, bbox in enumerate(r.cells):
            if bbox is None:
                continue
            text = unwrap_cell((texts[i][j] if i < len(texts) and j < len(texts[i]) else None) or "")
            c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
            r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
            if not text.strip():
                if i < 4:
                    blank[(i, j)] = max(1, r1 - r0)
                continue
            cell = Cell(i, j, text, max(1, r1 - r0), max(1, c1 - c0), pno, None,
                        (float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3])))
            cells.append(cell)
            if hints is not None:
                at_bottom, full = _cell_end(chars_of[bbox], bbox)
                if full:
                    hints.full.add(id(cell))
                if at_bottom:
                    hints.at_bottom.add(id(cell))
                    if _lines_of(chars_of[bbox]) > 1:
                        hints.wrapped.add(id(cell))
    grid = Grid(cells, len(rows), ncols, "pdf_lines", order=pno * PAGE_ORDER + table.bbox[1])
    if hints is not None:
        hints.blank[id(grid)] = blank
        for c in _open_bottom(table, pno):
            # the label of the cut merged cell may stand inside the table, in the open part
            inside = [ch for ch in table.page.chars if c.bbox[0] <= (ch["x0"] + ch["x1"]) / 2 < c.bbox[2]
                      and c.bbox[1] <= (ch["top"] + ch["bottom"]) / 2 < c.bbox[3]]
            text = unwrap_cell(text_of(inside, spaced=True)) if inside else ""
            if text.strip():
                c.text = text
                grid.cells.append(c)
                grid.cells.sort(key=lambda x: (x.row, x.col))
            hints.open_bottom.append((grid, c))
    return grid


def _open_bottom(table, pno: int) -> list[Cell]:
    """Empty cells for the bottom of columns that no cell covers down to the table's end.

    A spreadsheet printed to PDF draws no bottom border under a merged cell
    that goes on on the next page, so its part on this page closes into no
    cell: the column's last rows are covered by nothing (in a table whose
    bottom border is drawn every slot is). Each such run is returned as an
    empty cell of the column (see `_labels_below`)."""
    rows = table.rows
    col_x = sorted({c[0] for r in rows for c in r.cells if c})
    tops = [r.bbox[1] for r in rows]
    covered: set[tuple[int, int]] = set()
    for r in rows:
        for c in r.cells:
            if c is None:
                continue
            for i, top in enumerate(tops):
                if c[1] - 0.5 <= top < c[3] - 0.5:
                    covered.update((i, j) for j, x in enumerate(col_x) if c[0] - 0.5 <= x < c[2] - 0.5)
    out = []
    n = len(rows)
    for j, x0 in enumerate(col_x):
        k = n
        while k > 0 and (k - 1, j) not in covered:
            k -= 1
        if k < n:
            x1 = col_x[j + 1] if j + 1 < len(col_x) else table.bbox[2]
            out.append(Cell(k, j, "", n - k, 1, pno, None, (float(x0), float(tops[k]), float(x1), float(table.bbox[3]))))
    return out


def _lines_of(chars: list[dict]) -> int:
    """How many lines a cell's characters stand on (their tops more than half a line apart)."""
    h = median(c["bottom"] - c["top"] for c in chars)
    tops = sorted(c["top"] for c in chars)
    return 1 + sum(1 for a, b in zip(tops, tops[1:]) if b - a > 0.5 * h)


def _cell_end(chars: list[dict], bbox: tuple) -> tuple[bool, bool]:
    """(at the bottom, may go on) of a cell's text: its last line ends at the cell's bottom edge (the row may
    have been cut after it); and, besides, fills the line up to the right edge, so the text may go on past the
    cell (a line that stops short ended its paragraph). At the bottom: less than a line and a half of room below
    it (a line's pitch and the cell's padding: a system printout's cell keeps 12.4 points below a 10 point line)."""
    h = median(c["bottom"] - c["top"] for c in chars)
    bottom = max(c["bottom"] for c in chars)
    if bbox[3] - bottom >= 1.5 * h:
        return False, False
    right = max(c["x1"] for c in chars if c["bottom"] >= bottom - 0.5 * h)
    return True, bbox[2] - right < 2.5 * h


def join_split_rows(grids: list[Grid], hints: SplitHints) -> None:
    """Join a table row that a page break cut in two back into one row (in place).

    Word and LibreOffice let a tall row break across pages: the cells whose
    text overflowed continue in a row at the top of the next page, under the
    repeated header row, and that row has nothing in the row's other columns.
    Such a row is taken as the rest of the previous page's last row when
      - the two tables are consecutive, on consecutive pages, with as many columns;
      - its non-empty columns are some, not all, of the last row's;
      - in each of the last row's other columns it has an empty cell of its own
        height (the rest of that cell; where a merged cell goes on across the
        break, as level1 labels do, the empty cell spans more rows: a new row);
      - each last-row cell it continues may go on: its last line is at the cell's
        bottom edge and full up to the right edge.
    Repeated header rows of the continuing table are skipped (the parsers read them).
    """
    tables = sorted((g for g in grids if g.origin == "pdf_lines" and g.cells), key=lambda g: g.order)
    # from the last page back: a cell going on over two page breaks (a long 年度绩效目标 over three pages, the middle
    # page holding nothing else) takes the third page's part first, then goes on into the first page's cell (the
    # other way, the middle table emptied by the first join, the third page's part was lost)
    for a, b in reversed(list(zip(tables, tables[1:]))):
        if not a.cells or not b.cells:
            continue
        pa, pb = a.cells[0].page, b.cells[0].page
        if pa is None or pb != pa + 1:
            continue
        rows_a = [r for r in a.rows() if r]
        # (a head row repeated, its columns cut elsewhere when the page before held the form's top part too: the
        # same texts in the same order)
        heads = {tuple(_squeeze(c.text) for c in r) for r in rows_a if len(r) >= 3}
        heads |= {tuple((c.col, c.text) for c in r) for r in rows_a}
        rows_b = [r for r in b.rows() if r]
        k = 0
        while k < len(rows_b) and (tuple((c.col, c.text) for c in rows_b[k]) in heads
                                   or tuple(_squeeze(c.text) for c in rows_b[k]) in heads):
            k += 1
        if k == len(rows_b):
            continue
        last, cont = {c.col: c for c in rows_a[-1]}, rows_b[k]
        if _bracket_goes_on(rows_a[-1], cont, b, hints):
            cont = [c for c in b.rows()[cont[0].row] if c.text.strip()] if b.cells else []
            if not cont:
                continue
        if a.n_cols != b.n_cols:
            # the page before held only the form's head block (its columns not the indicator table's, below): a
            # cell cut by the break goes on in a cell of the same left and right edges (`…相关任务，确` / `保各项工作…`)
            _join_by_edges(rows_a[-1], cont, b, hints)
            continue
        cols = {c.col for c in cont}
        blank = hints.blank.get(id(b), {})
        r = cont[0].row
        # a cell goes on when its last line filled the cell's width; or, the row's other cells blank, when its
        # last line is at its bottom edge and what goes on is a word (`效益` | `社会效益` over `指标` | `指标`: a
        # label written on two lines in its cell, the row cut between them)
        # (a merged cell going on across the break beside it, `实施单位` over two projects' rows, leaves an empty cell
        # spanning the row and the next: the row still goes on when it is one cell's text, the rest of a full cell
        # that starts no item of its own — a level 1 going on stands beside a new indicator's cells, two or more)
        # (the rest of a measure broken by hand, `路面工程交工验收` / `合格率`, goes on beside merged level cells going on
        # as the rest of a full one does: it was lost, a row of no target)
        over = [j for j in last.keys() - cols if blank.get((r, j)) != 1]
        if over and len(cont) == 1 and all((blank.get((r, j)) or 0) > 1 for j in over) \
                and _goes_on(last[cont[0].col], cont[0].text, hints) and not _NEW_ITEM.match(cont[0].text) \
                and not _DIGIT_START.match(cont[0].text):
            over = []
        if (not cols < last.keys() or over
                or not (all(_goes_on(last[c.col], c.text, hints) for c in cont)
                        or _long_text_goes_on(rows_a[-1], cont, hints))):
            continue
        if len(cont) >= 2 and (
                any(_NEW_ITEM.match(c.text) for c in cont)
                and all(_NEW_ITEM.match(c.text) or _STARTS_SIGN.match(c.text) or _ENDS_VALUE.search(c.text)
                        for c in cont)
                or any(_STARTS_SIGN.match(c.text) and _ENDS_VALUE.search(last[c.col].text) for c in cont)):
            # a row of its own: a numbered name with its values (`指标2：… | ≥95%`), or a compared value after a
            # whole one (≥98% / ≥95%); a cut text going on with `3、…` beside the rest of another text joins
            continue
        if len(cont) >= 2 and any((_WHOLE_LEVEL.search(_squeeze(last[c.col].text)) and _WHOLE_LEVEL.search(_squeeze(c.text)))
                                  or (_WHOLE_QUANTITY.match(c.text) and _ENDS_UNIT.search(last[c.col].text))
                                  for c in cont):
            continue            # `生态效益指标 | 城乡环境卫生 | 明显改善` under `经济效益指标 | 带动就业人数 | ≥892人` (each
            # cell as wide as its column): a level's label, whole, under another; `购置设备数量 | 805台` under
            # `维修道路里程 | 766公里`: a quantity with its unit under another: a row of its own
        _join_up(b, [(last[c.col], c) for c in cont])


# the start of a text's rest, never of a text of its own (`的安全事故`, `，确保…`, `）`): the row of a cell whose last line
# is at its bottom goes on in it though that line stopped short (a line broken by hand, `因道路病害引发` / `的安全事故`)
_TAIL_START = re.compile(r"^\s*[的之，,、。；;：:）)]")
# a level's label, whole (经济效益指标, 服务对象满意度指标): no cell's first part
_WHOLE_LEVEL = lazy(r"^[^\d:：]{2,12}指标$")


def _goes_on(x: Cell, rest: str, hints: SplitHints) -> bool:
    """May cell x, the last row's above a page break, go on in `rest` (a cell of the next page's first row)? When its
    last line filled the cell's width; or, that line at its bottom edge, when the rest is a short word (up to 4
    characters, no figure: `指标` under `社会效益`, not wrapped over lines) or opens with what never opens a text
    (`的安全事故`, `_TAIL_START`)."""
    if id(x) in hints.full:
        return True
    if id(x) not in hints.at_bottom:
        return False
    return (id(x) not in hints.wrapped and len(rest.strip()) <= 4 and not _DIGIT_START.match(rest)) \
        or bool(_TAIL_START.match(rest))


def _join_up(b: Grid, pairs: list[tuple[Cell, Cell]]) -> None:
    """Each (cell above a page break, its rest on the next page) pair: the rest's text joined to the cell's, the rests
    taken off table b (join_split_rows, _join_by_edges)."""
    for x, c in pairs:
        x.text = unwrap_cell(x.text + "\n" + c.text)
    gone = {id(c) for _, c in pairs}
    b.cells = [c for c in b.cells if id(c) not in gone]
    b._index = None


def _long_text_goes_on(last_row: list[Cell], cont: list[Cell], hints: SplitHints) -> bool:
    """`年度绩效目标 | <a text of many lines>` at a page's foot, its last line ending a sentence short of the cell's
    right edge (`…群众反映良好。`, the next `（18）推进…` pushed to the next line), then a row of only that text's
    column on the next page, its label cell empty: the text goes on (a label and its text, nothing else in the row:
    a new row would name its own label). The rest was a row of no label, lost."""
    if len(cont) != 1 or not 1 <= len(last_row) <= 2:
        return False
    text, c = last_row[-1], cont[0]
    if len(last_row) == 1 and text.col == 0:
        return False            # (alone, the text stands right of an empty label: the middle page of three)
    return (c.col == text.col or _same_edges(text, c)) and id(text) in hints.at_bottom and len(_squeeze(text.text)) >= 60 \
        and len(_squeeze(c.text)) > 4 and not re.match(r"^[\d.,%\s]+$", c.text)


def _squeeze(text: str) -> str:
    """A cell's text without its spaces and line breaks (`偏差原因分析及\n改进措施`)."""
    return "".join(text.split())


def _same_edges(a: Cell, b: Cell) -> bool:
    """Do two cells (of tables on two pages) have the same left and right edges, within 2 points?"""
    return a.bbox is not None and b.bbox is not None and abs(a.bbox[0] - b.bbox[0]) <= 2 \
        and abs(a.bbox[2] - b.bbox[2]) <= 2


def _bracket_goes_on(last_row: list[Cell], cont: list[Cell], b: Grid, hints: SplitHints) -> bool:
    """A merged label cut by a page break inside its bracket (`项目资金（万` on one page, `元）` at the top of the next,
    in the merged cell going on beside a row of its own): the bracket's tail is the label's (the unit 万元 was lost and
    the amounts read as 元). The tail leaves table b; True if joined."""
    done = False
    for c in cont:
        t = c.text.strip()
        m = next((x for x in last_row if _same_edges(x, c)), None)
        if m is None or id(m) not in hints.full or not _BRACKET_TAIL.match(t) \
                or m.text.count("（") + m.text.count("(") <= m.text.count("）") + m.text.count(")"):
            continue
        m.text = unwrap_cell(m.text + "\n" + t)
        b.cells = [x for x in b.cells if x is not c]
        b._index = None
        done = True
    return done


_BRACKET_TAIL = lazy(r"^[^（()）\s]{0,6}[)）]$")


def _join_by_edges(last_row: list[Cell], cont: list[Cell], b: Grid, hints: SplitHints) -> None:
    """The first row of table b, on the next page, as the rest of last_row's cells that a page break cut, where the
    two tables' columns differ: each of its cells under a cell of last_row with the same left and right edges, that
    cell's last line full (it goes on), some of the row's cells only, and b's other slots of the row empty."""
    if any(c.bbox is None for c in last_row + cont) or len(cont) > len(last_row):
        return
    whole = len(cont) == len(last_row)
    long = _long_text_goes_on(last_row, cont, hints)
    if whole and not long and (min(c.col for c in last_row) == 0 or min(c.col for c in cont) == 0
                  or all(_ENDS_SENTENCE.search(x.text) for x in last_row)
                  or not any("\n" in x.text.strip() or len(_squeeze(x.text)) >= 16 for x in last_row)):
        # every cell of the row going on: only a row under a label merged down from the row above (`年度总体目标`
        # over `预期目标 | 实际完成情况` and their texts), nothing under that label on the next page, a text cut
        # before its sentence's end (`…全年河道巡查1200次以` / `上，“四乱”问题整改销号率100%…`), a text of some lines
        # (short words at their cells' bottom, `资金使用及时性 | 及时` over `资金使用合规性 | 合规`, are a new row)
        return
    pairs = []
    for c in cont:
        m = [x for x in last_row if _same_edges(x, c)]
        # (there, a text at its cell's bottom edge and cut mid-sentence goes on though its line stops short: Word
        # keeps `上，` together and wraps both)
        if len(m) != 1 or id(m[0]) not in hints.full and not long and not (
                whole and id(m[0]) in hints.at_bottom and not _ENDS_SENTENCE.search(m[0].text)):
            return
        pairs.append((m[0], c))
    r = cont[0].row
    covered = {j for c in cont for j in range(c.col, c.col + c.colspan)}
    blank = hints.blank.get(id(b), {})
    colx: dict[int, float] = {}
    for c in b.cells:
        if c.bbox is not None:
            colx.setdefault(c.col, c.bbox[0])
    done = {id(x) for x, _ in pairs}
    for x in last_row:
        # under a cell of the row that does not go on: an empty slot of the row's own height (a taller one is a
        # merged cell going on over the break: the row below is a new row)
        if id(x) not in done and any(blank.get((r, j)) != 1 for j, x0 in colx.items()
                                     if j not in covered and x.bbox[0] - 2 <= x0 < x.bbox[2] - 2):
            return
    if not long and any(_NEW_ITEM.match(c.text) or _STARTS_SIGN.match(c.text) for c in cont):
        return                  # (a long text's next item, `（18）推进…`, goes on in it)
    _join_up(b, pairs)


_ENDS_SENTENCE = lazy(r"[。.;；!！]\s*$")
# the start of a numbered item (`指标2：`, `2、`, `（2）`, `二、`) and of a compared value; the end of a whole value
_NEW_ITEM = lazy(r"^\s*(?:指标\s*\d{1,2}\s*[:：]|\d{1,2}\s*[、.．](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])")
_STARTS_SIGN = lazy(r"^\s*(?:[≥≤><=＞＜≧≦》《＝]|大于|小于|不低于|不高于|不少于|不超过)")
_ENDS_VALUE = lazy(r"[\d%％‰]\s*(?:[\u4e00-\u9fff]{1,3})?\s*$")
# a whole quantity (`805台`, `100%`, `12.5万元`) and the end of one with its unit (`766公里`, `≥95%`; not `1,200,0`)
_WHOLE_QUANTITY = lazy(r"^\s*\d[\d,，.]*\s*(?:[%％‰]|[\u4e00-\u9fff]{1,3})\s*$")
# (a word's rest at the next page's top, `指标`, goes on in a cell of one line at its bottom; a number there, `185`
# under `年度资金总额 | 185` beside `其中：财政拨款`, is the next row's amount; after a label of two lines, `其中：财政拨` /
# `款`, the label ended: `其他资金` is the next row's)
_DIGIT_START = lazy(r"^\s*[-+]?\d")
_ENDS_UNIT = lazy(r"\d\s*(?:[%％‰]|[\u4e00-\u9fff]{1,3})\s*$")

_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


def _line_tol(items: list[dict]) -> float:
    """The distance in `top` within which glyphs are of one line: pdfplumber's 3 points, or 0.45 of the glyphs'
    median height when more (a font's loose box for `一` sits 3.09 points lower than the rest of its 10.5 point
    line: `一、基础工作` was read `、基础工作` over `一`; a line's next is a glyph's height or more away)."""
    hs = sorted(x["height"] for x in items if x.get("height"))
    return max(3.0, 0.45 * hs[len(hs) // 2]) if hs else 3.0


def _by_top(items: list[dict], tol: float = 3.0) -> list[list[dict]]:
    """pdfplumber's cluster_objects on `top`: tops chained within tol form one line; lines top-down,
    items of a line in their given order."""
    cid: dict[float, int] = {}
    i, last = 0, None
    for v in sorted({x["top"] for x in items}):
        if last is not None and v > last + tol:
            i += 1
        cid[v] = i
        last = v
    groups: dict[int, list[dict]] = {}
    for x in items:
        groups.setdefault(cid[x["top"]], []).append(x)
    return [groups[k] for k in sorted(groups)]


def text_of(chars: list[dict], spaced: bool = False) -> str:
    """Given a cell's characters, return pdfplumber's `extract_text(chars)` (default settings), faster.

    The same steps for upright text: characters clustered into lines by `top`
    (tolerance 3, or 0.45 of the glyphs' height when more: `_line_tol`), each line sorted by x0, words broken
    at white space, at a step back, at a gap over 3 points or a jump in `top` over that tolerance; words
    clustered into lines again; words joined by a space, lines by a newline.
    Rotated characters go to pdfplumber itself. tests/test_pdf.py checks the
    equality on every table of the fixtures.
    With `spaced`, a line of a letter-spaced print (`_letter_gap`: each glyph set the same blank, under a glyph's
    height, after the one before) is one word: 4 points apart at 9 points, pdfplumber gave `农 村 供 水`, `1 , 3 5 0`.
    """
    if not chars:
        return ""
    if all("vrun" in c for c in chars if not c["text"].isspace()) and any("vrun" in c for c in chars):
        return _vertical_text(chars)
    if not all(c["upright"] for c in chars):
        turned = _quarter_turn(chars)
        if turned:
            return _turned_text(chars, turned)
        from pdfplumber.utils import extract_text
        return extract_text(chars)
    words: list[dict] = []
    tol = _line_tol(chars)

    def flush(cur: list[dict]) -> None:
        if cur:
            words.append({"top": min(c["top"] for c in cur),
                          "text": "".join(_LIGATURES.get(c["text"], c["text"]) for c in cur)})

    for line in _by_top(chars, tol):
        line.sort(key=lambda c: c["x0"])
        gap = max(3.0, _spread_gap(line) + 0.5) if spaced else 3.0     # (a letter-spaced line's blank among them)
        cur: list[dict] = []
        for ch in line:
            if ch["text"].isspace():
                flush(cur)
                cur = []
            elif cur and (ch["x0"] < cur[-1]["x0"] or ch["x0"] > cur[-1]["x1"] + gap
                          or abs(ch["top"] - cur[-1]["top"]) > tol):
                flush(cur)
                cur = [ch]
            else:
                cur.append(ch)
        flush(cur)
    return "\n".join(" ".join(w["text"] for w in line) for line in _by_top(words, tol))


def _spread_gap(line: list[dict]) -> float:
    """The blank a line spread over its cell sets between its glyphs (Word's 分散对齐: `某 县 路 灯 管 理 所`, `2 6 0 . 0 0`,
    each blank wider than a glyph, which `_letter_gap` leaves), 0 when the line is not one: three glyphs or more, no
    white space between them, every blank a point or more and all within a point of each other."""
    if len(line) < 3 or any(c["text"].isspace() for c in line):
        return 0.0
    gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:])]
    return max(gaps) if min(gaps) >= SPACED_MIN and max(gaps) - min(gaps) <= SPACED_TOL else 0.0


def _letter_gap(line: list[dict]) -> float:
    """The blank a letter-spaced line sets after each glyph (0 when the line is not one): four glyphs or more, no
    white space between them, every blank letter spacing (`_spaced_flags`: under a glyph's height) and all within a
    point of each other: a spread line's (`_spread_gap`) of blanks narrower than a glyph."""
    gap = _spread_gap(line)
    return gap if len(line) >= 4 and gap and all(_spaced_flags(line)) else 0.0


def _vertical_text(chars: list[dict]) -> str:
    """A cell's text written top to bottom (`mark_vertical_runs`): its columns in the order drawn, each a line."""
    cols: dict[tuple[int, int], list[dict]] = {}
    for c in chars:
        if not c["text"].isspace():
            cols.setdefault(c["vrun"], []).append(c)
    order = sorted(cols, key=lambda k: k)
    out = []
    for k in order:
        col = cols[k]
        if col[0].get("rot") == 90:      # (turned anticlockwise: read bottom to top whatever the order drawn)
            col.sort(key=lambda c: -c["bottom"])
        elif col[0].get("rot") == 270 or col[0]["upright"]:
            col.sort(key=lambda c: c["top"])
        out.append("".join(_LIGATURES.get(c["text"], c["text"]) for c in col))
    return "\n".join(out)


# how far apart two glyphs of one column of vertical writing may stand (their gap over their size)
_RUN_GAP = 1.0


def mark_vertical_runs(chars: list[dict]) -> None:
    """Mark the glyphs written in columns (in place: `vrun` = (run, column), the run numbered by its first glyph).

    A run is a sequence of glyphs, consecutive in the order the page draws them, each standing right under the one
    before (the same centre across, the gap between them under their size): a cell's text stacked one glyph under
    the other (Excel's and Calc's vertical text, textRotation 255; a word wrapped one glyph a line in a narrow
    column), a line turned a quarter (rotated glyphs drawn one after the other up or down), or, upright, a cell
    set top to bottom with its columns right to left (Word's tbRl, 竖排, printed by LibreOffice, one glyph at a
    time): the next column starts at the first one's top, left of the glyph before it. Drawn in the order of
    its writing, such a cell reads in that order: laid out as it is, read by lines across, a cell of one row whose
    columns hold a glyph each came out right to left (`标指益效` for 效益指标). Runs of one glyph are not marked."""
    run: list[dict] = []
    cols: list[int] = []
    n = 0
    if chars and "seq" in chars[0]:
        chars = sorted(chars, key=lambda c: c.get("seq", (-1, 0)))     # (as drawn: PDFium reorders some glyphs)

    def close() -> None:
        nonlocal n
        if len(run) >= 2:
            for ch, col in zip(run, cols):
                ch["vrun"] = (n, col)
        n += 1

    before: dict | None = None                          # the glyph drawn before the run's last one
    for ch in chars:
        if "vrun" in ch:
            del ch["vrun"]
        if ch["text"].isspace():
            continue
        if run:
            last = run[-1]
            if ch["x0"] >= last["x1"] - 0.5 and abs(ch["top"] - last["top"]) < 0.5 * (last["bottom"] - last["top"]):
                # (the next glyph of a line across, most glyphs: no column)
                close()
                before = last
                run, cols = [ch], [0]
                continue
        if run and _next_in_column(run[-1], ch):
            before = run[-1]
            run.append(ch)
            cols.append(cols[-1])
            continue
        if run and ch["upright"] and run[-1]["upright"] and not (len(run) == 1 and _beside(before, run[-1])):
            # (not after the last glyph of a line across: `指标` then the first glyph of a column left of it; the
            # columns stand a line's spacing apart: the glyphs of a line across drawn right to left touch)
            first = run[cols.index(cols[-1])]            # the current column's first glyph
            w = run[-1]["x1"] - run[-1]["x0"]
            if abs(ch["top"] - first["top"]) <= 0.3 * (first["bottom"] - first["top"]) and \
                    0.1 * w <= run[-1]["x0"] - ch["x1"] <= _RUN_GAP * w and \
                    abs((ch["x1"] - ch["x0"]) - w) <= 0.2 * w and _cjk_glyph(ch) and _cjk_glyph(run[-1]):
                before = run[-1]
                run.append(ch)
                cols.append(cols[-1] + 1)
                continue
        close()
        before = run[-1] if run else None
        run, cols = [ch], [0]
    close()


def _beside(a: dict | None, b: dict) -> bool:
    """Does glyph b follow glyph a on a line across (the same height, starting where a ends)?"""
    if a is None:
        return False
    h = max(a["bottom"] - a["top"], 1.0)
    return abs(a["top"] - b["top"]) <= 0.3 * h and abs(b["x0"] - a["x1"]) <= 0.3 * h


def _cjk_glyph(ch: dict) -> bool:
    return bool(_CJK.match(ch["text"]))


def _next_in_column(a: dict, b: dict) -> bool:
    """Does glyph b stand right under glyph a (above it, for glyphs turned anticlockwise), in its column?"""
    if a["upright"] != b["upright"] or a.get("rot") != b.get("rot") or a.get("rot") == 180:
        return False
    wa, wb = a["x1"] - a["x0"], b["x1"] - b["x0"]
    if abs((a["x0"] + a["x1"]) - (b["x0"] + b["x1"])) / 2 > 0.3 * max(wa, wb):
        return False
    size = max(wa, wb, 1.0)
    if a.get("rot") == 90:
        gap = a["top"] - b["bottom"]
    else:
        gap = b["top"] - a["bottom"]
    return -0.2 * size <= gap <= _RUN_GAP * size and (a["upright"] or abs(gap) <= 0.2 * size)


def _runs_of(chars) -> dict[int, list[dict]]:
    runs: dict[int, list[dict]] = {}
    for ch in chars:
        k = ch.get("vrun")
        if k is not None:
            runs.setdefault(k[0], []).append(ch)
    return runs


def _runs_overflowing(chars: list[dict], boxes: list) -> set[int]:
    """The ids of the glyphs outside every box whose run of vertical writing lies mostly in one box: drawn past
    the table's edge (a sheet's stacked text taller than its merged cell, centred on it), they are its cell's."""
    out: set[int] = set()
    if not boxes:
        return out
    for run in _runs_of(chars).values():
        if len(run) < 3 or not _even(run):
            continue
        inside = [in_boxes((ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2, boxes) for ch in run]
        if sum(inside) * 2 >= len(run) and not all(inside) and _only_at_ends(inside):
            out.update(id(ch) for ch, i in zip(run, inside) if not i)
    return out


def _even(run: list[dict]) -> bool:
    """Do a run's glyphs stand at even steps down (or up) their column (text set in a column, not the glyphs of
    cells one under the other)?"""
    steps = [abs(b["top"] - a["top"]) for a, b in zip(run, run[1:]) if a.get("vrun") == b.get("vrun")]
    if not steps:
        return True
    mid = median(steps)
    return all(abs(x - mid) <= max(0.15 * mid, 0.5) for x in steps)


def _only_at_ends(flags: list[bool]) -> bool:
    """Are the False entries a prefix and / or a suffix of the list (the True ones one stretch)?"""
    idx = [k for k, f in enumerate(flags) if f]
    return bool(idx) and idx[-1] - idx[0] + 1 == len(idx)


def _keep_runs_whole(placed: list[tuple[dict, int, int]], page_chars: list[dict], xs: list[float], ys: list[float],
                     slot: dict) -> None:
    """A column of vertical writing taller than its cell (`mark_vertical_runs`: a sheet's stacked text in a merged
    cell too low for it, printed by Calc or Excel centred on the cell, its first glyph in the row above and its
    last under the table) goes whole to the cell holding most of it, its ends that stick out with it. Only a run of
    three glyphs or more, most of them in one cell, the others at its ends. In place (`placed` gains the glyphs
    drawn outside the table)."""
    runs = _runs_of(page_chars)
    if not runs:
        return
    where = {id(ch): k for k, (ch, _, _) in enumerate(placed)}
    for run in runs.values():
        if len(run) < 3:
            continue
        cells = [slot.get(placed[where[id(ch)]][1:]) if id(ch) in where else None for ch in run]
        count: dict[tuple, int] = {}
        for b in cells:
            if b is not None:
                count[b] = count.get(b, 0) + 1
        if not count:
            continue
        # the cell holding the run's middle, two of its glyphs or more (a stacked text centred on its cell, taller
        # than it, sticks out as much above as below)
        mid = (min(ch["top"] for ch in run) + max(ch["bottom"] for ch in run)) / 2
        best = min((b for b in count), key=lambda b: 0 if b[1] <= mid <= b[3] else min(abs(b[1] - mid), abs(b[3] - mid)))
        n = count[best]
        if n < 2 or n == len(run) or not _even(run):
            continue
        mine = [b is best for b in cells]
        if not _only_at_ends(mine):
            continue
        home = next(placed[where[id(ch)]][1:] for ch, b in zip(run, cells) if b is best)
        for ch, b in zip(run, cells):
            if b is best:
                continue
            if id(ch) in where:
                placed[where[id(ch)]] = (ch, home[0], home[1])
            elif xs[0] - 1 <= (ch["x0"] + ch["x1"]) / 2 <= xs[-1] + 1:   # past the table's top or bottom
                placed.append((ch, home[0], home[1]))


def _quarter_turn(chars: list[dict]) -> int:
    """90 when every glyph is turned a quarter anticlockwise (text read bottom to top: Word's btLr, Excel's
    text rotated 90°), 270 when clockwise, else 0 (then pdfplumber's reading). From PDFium's angle (`rot`) or
    pdfminer's text matrix."""
    turns = set()
    for c in chars:
        if "rot" in c:
            turns.add(c["rot"] if c["rot"] in (90, 270) else 0)
        elif c.get("matrix") is not None:
            a, b, cc, d = c["matrix"][:4]
            turns.add(90 if abs(a) < 1e-3 and b > 0 and cc < 0 else 270 if abs(a) < 1e-3 and b < 0 and cc > 0 else 0)
        else:
            return 0
    return turns.pop() if len(turns) == 1 else 0


def _turned_text(chars: list[dict], turn: int) -> str:
    """A cell's text turned a quarter: its lines are columns of glyphs (left to right when turned anticlockwise,
    each read bottom to top; right to left when clockwise, each read top to bottom), joined by newlines.
    pdfplumber read anticlockwise text top to bottom (产出指标 came out 标指出产)."""
    cols: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["x0"] + c["x1"]) / 2):
        cx = (c["x0"] + c["x1"]) / 2
        if cols and abs(cx - (cols[-1][-1]["x0"] + cols[-1][-1]["x1"]) / 2) <= 3:
            cols[-1].append(c)
        else:
            cols.append([c])
    if turn == 270:
        cols.reverse()
    lines = []
    for col in cols:
        col.sort(key=lambda c: -c["bottom"] if turn == 90 else c["top"])
        lines.append("".join(_LIGATURES.get(c["text"], c["text"]) for c in col if not c["text"].isspace()))
    return "\n".join(x for x in lines if x)


def cell_texts(table, chars_of: dict[tuple, list[dict]] | None = None, spaced: bool = False) -> list[list[str | None]]:
    """Given a pdfplumber Table, return what `table.extract()` returns, in one pass over the page's characters.

    pdfplumber tests every character against every row and cell (rows x chars
    box tests: half of the PDF path's time on a dense form). Cells do not
    overlap, so a character belongs to the one cell holding its centre; the
    cell is found by bisecting the table's column and row boundaries. Each
    cell's characters keep page order and are joined as pdfplumber's
    `extract_text` joins them (`text_of`), so the texts are the same.
    """
    chars_of = cell_chars(table) if chars_of is None else chars_of
    return [[None if c is None else text_of(chars_of.get(c, []), spaced) for c in r.cells] for r in table.rows]


def cell_chars(table, past_rule: list[dict] | None = None) -> dict[tuple, list[dict]]:
    """Given a pdfplumber Table, return each cell's characters (by cell bbox), in page order; PAST_RULE, when given,
    gets the glyphs drawn past the table's top or bottom rule that a cell's wrapped lines took
    (_keep_wrapped_cells_whole)."""
    boxes = [c for r in table.rows for c in r.cells if c is not None]
    if not boxes:
        return {}
    xs = sorted({b[0] for b in boxes} | {b[2] for b in boxes})
    ys = sorted({b[1] for b in boxes} | {b[3] for b in boxes})
    xi = {x: i for i, x in enumerate(xs)}
    yi = {y: i for i, y in enumerate(ys)}
    slot: dict[tuple[int, int], tuple] = {}
    for b in boxes:
        for r in range(yi[b[1]], yi[b[3]]):
            for c in range(xi[b[0]], xi[b[2]]):
                slot[(r, c)] = b
    x_lo, y_lo, x_hi, y_hi = xs[0], ys[0], xs[-1], ys[-1]
    chars_of: dict[tuple, list[dict]] = {}
    placed: list[tuple[dict, int, int]] = []
    for ch in table.page.chars:
        h = (ch["x0"] + ch["x1"]) / 2
        v = (ch["top"] + ch["bottom"]) / 2
        if not (x_lo <= h < x_hi and y_lo <= v < y_hi):
            continue
        r, c = bisect_right(ys, v) - 1, bisect_right(xs, h) - 1
        if slot.get((r, c)) is not None:
            placed.append((ch, r, c))
    _keep_lines_whole(placed, ys, slot)
    _keep_overflow_up(placed, ys, xs, slot)
    past = _keep_wrapped_cells_whole(placed, ys, xs, slot, table.page.chars)
    if past_rule is not None:
        past_rule.extend(past)
    _keep_clipped_left(placed, xs, slot)
    _keep_runs_whole(placed, table.page.chars, xs, ys, slot)
    for ch, r, c in placed:
        chars_of.setdefault(slot[(r, c)], []).append(ch)
    return chars_of


def _keep_overflow_up(placed: list[tuple[dict, int, int]], ys: list[float], xs: list[float], slot: dict) -> None:
    """A cell's last line printed past its row's bottom rule (a row of fixed height, the text top-aligned and not
    clipped: `维修改造工程竣工验收` in its cell, `一次性合格率` under the rule at the top of the next row's cell, whose
    own text `项目完成时间` is centred lower) goes back up to the cell above. Taken only when the line touches the lower
    cell's top rule (its glyphs' tops within a point of it), the cell above, of the same columns, has text down to
    within 2.5 points of its own bottom rule and starts further from its top rule (by a point and a half: a tight
    print, Writer's table with its text from each cell's rule, starts every cell as near) but not as far as from its
    bottom one (within 1.2 points: a text centred in a low row, over a tall cell whose first line is set from its
    top rule with a blank paragraph under it, review rv169), and the lower cell's own
    text is set apart: its next line more than a line's height below, or the rest of the cell centred in it without
    the line (as far from its top rule as from its bottom one, within a point and a half: a centred cell's text with
    a line more on top). A PDF keeps no clipping: a tight cell's own lines from its top rule down, or a block centred
    whole, stay where they are."""
    cells: dict[int, list[int]] = {}
    for k, (ch, r, c) in enumerate(placed):
        b = slot.get((r, c))
        if b is not None and ch["text"].strip():
            cells.setdefault(id(b), []).append(k)
    boxes = {id(slot[(r, c)]): slot[(r, c)] for _, r, c in placed if slot.get((r, c)) is not None}
    yi = {y: i for i, y in enumerate(ys)}
    xi = {x: i for i, x in enumerate(xs)}
    for key, ks in cells.items():
        b = boxes[key]
        first = min(placed[k][0]["top"] for k in ks)
        if first - b[1] > 1.0 or first < b[1] - 1.0 or yi.get(b[1], 0) == 0:
            continue                                     # (cheap gate: its text does not touch its top rule)
        above = slot.get((yi[b[1]] - 1, xi.get(b[0], -1)))
        if above is None or above is b or (above[0], above[2]) != (b[0], b[2]) or id(above) not in cells:
            continue
        gap_up = min(placed[k][0]["top"] for k in cells[id(above)]) - above[1]
        gap_down = above[3] - max(placed[k][0]["bottom"] for k in cells[id(above)])
        if gap_down > 2.5 or gap_up - (first - b[1]) < 1.5 or abs(gap_up - gap_down) <= 1.2:
            continue              # (the cell above's own text starts as near its rule: a tight print's, no overflow;
            #                        or it is centred in its cell, whole: the line below is the lower cell's own)
        line = [k for k in ks if placed[k][0]["top"] < first + 0.5 * (placed[k][0]["bottom"] - placed[k][0]["top"])]
        taken = set(line)
        rest = [k for k in ks if k not in taken]
        if not rest:
            continue
        low = max(placed[k][0]["bottom"] for k in line)
        height = max(placed[k][0]["bottom"] - placed[k][0]["top"] for k in line)
        own = min(placed[k][0]["top"] for k in rest)
        under = b[3] - max(placed[k][0]["bottom"] for k in rest)
        if own - low <= height and not (own - b[1] > 2.5 and abs(own - b[1] - under) <= 1.5):
            continue                                     # (its own text neither set apart nor centred without it)
        r_up = yi[above[1]]
        c_up = xi[above[0]]
        for k in line:
            placed[k] = (placed[k][0], r_up, c_up)


def _keep_lines_whole(placed: list[tuple[dict, int, int]], ys: list[float], slot: dict) -> None:
    """A line of text drawn across a row's rule (a sheet's wrapped text overflowing a row too low for it, printed
    by Calc or Excel) goes whole to one cell. Each glyph goes by its centre, and the centres of one line differ
    with the font (`95%` in a Latin font sits lower than the Chinese around it): `参保率稳定在95%以上` lost its
    `95%` to the row below. A glyph whose box the rule crosses goes to the cell holding most of its line (the
    glyphs beside it, in the same column, that overlap it in height by half or more), in place."""
    inner = ys[1:-1]
    if not inner:
        return
    for k, (ch, r, c) in enumerate(placed):
        top, bottom = ch["top"], ch["bottom"]
        i = bisect_right(inner, top)
        if i >= len(inner) or inner[i] >= bottom or not ch["text"].strip():
            continue                            # no rule inside its box
        # the rule is ys[i + 1], between slot rows i and i + 1: the glyph's cell and the one across the rule
        other = i if r == i + 1 else i + 1 if r == i else None
        here, there = slot.get((r, c)), slot.get((other, c))
        if other is None or there is None or there is here:
            continue
        votes = {id(here): 0, id(there): 0}
        for o, ro, co in placed:
            cell = slot.get((ro, co))
            if (cell is here or cell is there) and o["text"].strip() and \
                    min(bottom, o["bottom"]) - max(top, o["top"]) >= 0.5 * min(bottom - top, o["bottom"] - o["top"]):
                votes[id(cell)] += 1
        if votes[id(there)] > votes[id(here)]:
            placed[k] = (ch, other, c)


def _keep_wrapped_cells_whole(placed: list[tuple[dict, int, int]], ys: list[float], xs: list[float], slot: dict,
                              page_chars: list[dict]) -> list[dict]:
    """The wrapped lines of one cell drawn over the rows around it go whole to the row holding their middle. A sheet
    whose rows carry no height (openpyxl writes none) or too low for its text is printed by Calc one line a row (or
    two), each wrapped cell's lines centred on its row and drawn over the rows above and below it, unclipped: by their
    centres its second line went to the next row (`资金（万元` | `）45`) and two cells' lines drawn on one height were
    read as one text, glyph by glyph (`众新出建行蓄条…`). One cell's lines are drawn one after the other (PDFium's
    drawing order, `seq`), the next starting at the same x one line lower, and each line but the last is full to the
    cell's right edge, or both lines are cut by a row's rule (a line break before a word that does not fit:
    `改善灌溉面积` / `≥500亩`). Such lines falling in more than one row are one text, placed in the row their middle
    is in; a last line drawn under the table's bottom rule (the last row's) or a first over its top comes with them.
    Lines of several cells drawn down a column, one a row, each inside its row, make no such run. Returns the glyphs
    it placed from past the table's rules (none of the table's text outside it, _read_page)."""
    past: list[dict] = []
    if len(ys) < 3 or not placed or "seq" not in placed[0][0]:
        return past
    inner = ys[1:-1]
    items = [(ch, r, c, k) for k, (ch, r, c) in enumerate(placed) if ch["text"].strip() and "seq" in ch]
    if not items:
        return past
    h0 = max(ch["bottom"] - ch["top"] for ch, _, _, _ in items)
    for ch in page_chars:          # glyphs just over the table's top rule or under its bottom one, inside its columns
        v, x = (ch["top"] + ch["bottom"]) / 2, (ch["x0"] + ch["x1"]) / 2
        if "seq" in ch and ch["text"].strip() and xs[0] <= x < xs[-1] and \
                (ys[0] - 2.5 * h0 < v < ys[0] or ys[-1] <= v < ys[-1] + 2.5 * h0):
            items.append((ch, -1, bisect_right(xs, x) - 1, -1))
    items.sort(key=lambda it: it[0]["seq"])
    lines: list[list[tuple]] = []
    for it in items:
        ch = it[0]
        if lines:
            last = lines[-1][-1][0]
            h = max(ch["bottom"] - ch["top"], 1.0)
            # (a glyph drawn over the one before, not after it, starts another cell's line at the same height)
            if lines[-1][-1][2] == it[2] and abs(ch["top"] - last["top"]) < 0.3 * h and ch["x0"] >= last["x1"] - 0.3 * h:
                lines[-1].append(it)
                continue
        lines.append([it])

    boxes: dict[int, tuple[float, float, float, float, float]] = {}   # each line's edges, worked out once

    def edges(line: list[tuple]) -> tuple[float, float, float, float, float]:
        got = boxes.get(id(line))
        if got is None:
            cs = [it[0] for it in line]
            got = boxes[id(line)] = (cs[0]["x0"], max(c["x1"] for c in cs), min(c["top"] for c in cs),
                                     max(c["bottom"] for c in cs), max(c["bottom"] - c["top"] for c in cs))
        return got

    def first_word(line: list[tuple]) -> float:
        # the width of the line's first word: its figures and signs up to its first Chinese character, or that one
        w = 0.0
        for ch, _, _, _ in line:
            if _cjk_glyph(ch):
                return w or ch["x1"] - ch["x0"]
            w += ch["x1"] - ch["x0"]
        return w

    def cut(line: list[tuple]) -> bool:             # a row's rule crosses the line's box, a quarter of it each side
        _, _, top, bottom, h = edges(line)
        i = bisect_right(inner, top + 0.25 * h)
        return i < len(inner) and inner[i] < bottom - 0.25 * h

    runs: list[list[list[tuple]]] = []
    for line in lines:
        if runs:
            prev = runs[-1][-1]
            x0, x1, top, _, h = edges(prev)
            nx0, _, ntop, _, nh = edges(line)
            col = prev[0][2]
            right = xs[col + 1] if col + 1 < len(xs) else xs[-1]
            if line[0][2] == col and abs(nx0 - x0) <= 0.5 * h and x1 <= right + 0.5 * h \
                    and 0.8 * h <= ntop - top <= 2.0 * max(h, nh) \
                    and (x1 >= right - 1.6 * h or x1 + first_word(line) > right - (x0 - xs[col]) + 0.2 * h):
                runs[-1].append(line)
                continue
        runs.append([line])
    def collides(line: list[tuple], mine: set[int]) -> bool:   # drawn over another text's glyphs on its height
        for ch, _, col, _ in line:
            w = ch["x1"] - ch["x0"]
            for o, _, oc, _ in by_col.get(col, ()):
                if id(o) not in mine and o["seq"][0] != ch["seq"][0] \
                        and min(ch["bottom"], o["bottom"]) - max(ch["top"], o["top"]) > 0.5 * (ch["bottom"] - ch["top"]) \
                        and min(ch["x1"], o["x1"]) - max(ch["x0"], o["x0"]) > 0.3 * w:
                    return True
        return False

    by_col: dict[int, list[tuple]] = {}
    for it in items:
        by_col.setdefault(it[2], []).append(it)
    def centred(seg: list[list[tuple]]) -> int | None:    # the row a cell's lines are centred on, as Calc draws them
        top, bottom = edges(seg[0])[2], edges(seg[-1])[3]
        mid, h = (top + bottom) / 2, max(edges(line)[4] for line in seg)
        r = bisect_right(ys, mid) - 1
        if not 0 <= r < len(ys) - 1 or abs(mid - (ys[r] + ys[r + 1]) / 2) > 0.35 * h:
            return None
        return r

    def cells_of(run: list[list[tuple]]) -> list[list[list[tuple]]]:
        # the run cut into the fewest parts each centred on a row (or a line alone): two cells' lines drawn one after
        # the other, each centred on its own row, are two parts, their middle the rule between the rows
        n = len(run)
        best: list[tuple[int, int] | None] = [(0, 0)] + [None] * n
        for i in range(1, n + 1):
            for j in range(i):
                if best[j] is not None and (i - j == 1 or centred(run[j:i]) is not None) \
                        and (best[i] is None or best[j][0] + 1 < best[i][0]):
                    best[i] = (best[j][0] + 1, j)
        parts, i = [], n
        while i > 0:
            j = best[i][1]
            parts.append(run[j:i])
            i = j
        return parts[::-1]

    def may_move(run: list[list[tuple]]) -> bool:
        # whether any part of RUN can pass the tests below: its glyphs in two cells at least, a line cut by a rule or
        # drawn over another text (with no glyph of its own spared, a test no part's passes that the run's fails).
        # `cells_of` is cubic in a run's length, a paragraph of one cell (项目概况, 40-60 lines) is one: asked last
        if len({id(slot.get((it[1], it[2]))) if it[3] >= 0 else 0 for line in run for it in line}) < 2:
            return False
        return any(cut(line) for line in run) or any(collides(line, set()) for line in run)

    runs = [part for run in runs for part in (cells_of(run) if len(run) > 1 and may_move(run) else [run])]
    for run in runs:
        if len(run) < 2:
            continue
        its = [it for line in run for it in line]
        cells = {id(slot.get((it[1], it[2]))) if it[3] >= 0 else 0 for it in its}
        if len(cells) < 2:
            continue
        # (only text overflowing its cell: a line of it cut by a row's rule, or drawn over another cell's text — one
        # line a row of cells drawn down a column, each inside its row, is no run of one cell)
        mine = {id(it[0]) for it in its}
        r, c = None, its[0][2]
        if len(cells) == 2 and 0 in cells and all(it[3] < 0 for it in run[-1]) and run[0][0][3] >= 0 \
                and all(it[1] == len(ys) - 2 for line in run for it in line if it[3] >= 0) \
                and all(it[3] < 0 for line in run[next(j for j, ln in enumerate(run) if ln[0][3] < 0):] for it in line):
            # a top-aligned cell of the last row wrapping past the table's bottom rule, unclipped (a row of fixed
            # height): its lines one run down its column, the last ones under the rule — they are the cell's (they
            # were lost: in the table's box, in no row; hunt pd12)
            r = len(ys) - 2
        elif not any(cut(line) for line in run) and not any(collides(line, mine) for line in run):
            continue
        else:
            r = centred(run)
        if r is None or slot.get((r, c)) is None:
            continue
        for ch, _, _, k in its:
            if k >= 0:
                placed[k] = (ch, r, c)
            else:
                placed.append((ch, r, c))
                past.append(ch)                 # (a cell's: no line of the page's text outside the table, _read_page)
    return past


def _keep_clipped_left(placed: list[tuple[dict, int, int]], xs: list[float], slot: dict) -> None:
    """A glyph a column's rule cuts in its left half goes to the cell its line comes from. Calc prints a label longer
    than its cell clipped at the rule, the glyph the rule cuts drawn whole (`项目资金（` of `项目资金（万元）`, its `（`
    over the next cell's `其中：…`): by its centre it went to the cell right of the rule (`（其中：财政拨款`, `目完成12处…`).
    Such a glyph starts where the glyph drawn just before it ends, in the cell left of the rule, on its line."""
    inner = xs[1:-1]
    for k in range(1, len(placed)):
        ch, r, c = placed[k]
        i = bisect_right(inner, ch["x0"])
        if i >= len(inner) or not inner[i] < (ch["x0"] + ch["x1"]) / 2 or not ch["text"].strip():
            continue                                    # (no rule in the glyph's left half)
        prev, rp, cp = placed[k - 1]
        w = ch["x1"] - ch["x0"]
        if rp == r and cp < c and slot.get((rp, cp)) is not slot.get((r, c)) and prev["x1"] <= inner[i] \
                and abs(prev["x1"] - ch["x0"]) <= 0.15 * w and abs(prev["top"] - ch["top"]) <= 0.3 * w:
            placed[k] = (ch, rp, cp)


def _merge_close(vals: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in vals:
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _stacked_labels(home: dict, cell: dict) -> bool:
    """Whether a line's first cell, standing under a row's first cell as its wrapped rest, is a field's label of its
    own (4 characters or more) under another field's whole label: two rows, not one label's two lines. A scan read
    one pixel narrower (hunt sn9) joined `一般公共预算资金项目负责人` in one OCR box; the glyphs' places estimated
    without the blank put `一般公共预算资金` close enough to the next column to seem filled, and the row under it,
    `年度资金总额(万元) | 75.00`, became the rest of `资金性质 | 一般公共预算资金` (fund type and money lost). A
    label's unit or tail wrapped (`年度资金总额` / `（万元）`, `项目实施` / `单位`) is no label of its own and goes on."""
    a, b = "".join(home["lines"]).strip(), cell["text"].strip()
    if len(a) < 4 or len(b) < 4:
        return False
    from parsers.core import label_key, match_field
    fa, fb = match_field(a), match_field(b)
    return bool(fa and fb and not fa[1] and not fb[1] and fa[0] != fb[0] and not fa[0].startswith("_")
                and not fb[0].startswith("_") and len(label_key(b)) >= 4 and not match_field(a + b))


def words_grid(text_lines: list[dict], pno: int) -> tuple[Grid | None, list[TextLine]]:
    """Given a page's text lines (with chars), return the rows that have several cells as a Grid and the rest as text.

    A cell ends where the gap to the next character is wider than twice the
    median character width, or where a narrower gap (over 0.8 character
    widths: Word's cell margins) opens before a character standing on a column edge: an x where
    three lines or more start a cell, when the run cut there starts on one too
    (c07_noborders: `生态效益指标` `空气优良天数比例` 17 pt apart, the cell gap
    21 pt; a goal paragraph across the columns has no such gap inside and
    stays whole). A line below a row (up to a line height apart: a CJK
    font's line spacing) whose every cell stands under a cell of that row
    that fills its column (its text ends less than a character before the
    next column's edge, as the wrap left it) is the rest of those cells
    (`不少于80户` / `次`, the goal paragraph's second line), unless it stands
    under every cell of the row (a row of its own); a piece closing a
    bracket its cell above left open is that cell's rest too (`项目资金（万`
    / `元）`), the cell then spanning down to the row the line's other cells
    make.
    Columns are the cells' left edges clustered across the page, so aligned
    cells share a column index. Labels merged over several rows and centred in
    them (lines of their own between the rows, or a row's label with empty
    places above and below it) span those rows (`_centred_labels`).
    """
    texts: list[TextLine] = []
    gap = _cell_gap([c for tl in text_lines for c in tl.get("chars", [])])
    width = gap / 2                   # the median character width
    tol = max(1.0, 0.15 * width)
    first = [_segments(tl.get("chars", []), gap, rules=tl.get("rules", ())) for tl in text_lines]
    # (where a column three characters wide runs into the next: `1产出指标`, `序号一级指标` — the next column's cells
    # start after a blank inside the run, on three lines or more, `_inner_starts`)
    inner = [_inner_starts(tl.get("chars", []), gap, tl.get("blanks", ())) for tl in text_lines]
    edges = _column_edges([s for segs in first for s in segs], [len(segs) for segs in first], tol, inner)
    edges = _column_edges([s for segs in first for s in segs], [len(segs) for segs in first], tol, inner,
                          [_loose_starts(tl.get("chars", []), gap, tl.get("blanks", ()), edges, tol)
                           for tl in text_lines])
    # (where the cells of the line above start: a letter-spaced run is cut at a glyph starting on a column edge there,
    # _segments; not the line below: a goal's last line over the indicators' head, `保` | `障` at 三级指标's edge)
    held = [sorted(s[0] for s in first[i - 1]) if i else [] for i in range(len(first))]
    split = [_segments(tl.get("chars", []), gap, edges, tol, 0.4 * gap, held[i], tl.get("rules", ())) if edges else segs
             for i, (tl, segs) in enumerate(zip(text_lines, first))]
    right = _right_end([s for segs in split for s in segs], edges, width)
    pad = _column_pad([s for segs in split for s in segs], edges, tol)
    if pad >= 2 * gap:                # cells end far before the next column: no cell filled its column (a cell's
        pad = None                    # padding and the wrap leave 1.6 characters in c07_noborders, 3.3 in unruled.pdf)
    ends = _column_ends(split, edges, tol)
    rows: list[tuple[dict, list[dict]]] = []
    lone: list[tuple[dict, int]] = []  # lines of one cell left as text (the line, its index in texts)
    last: list[dict] | None = None    # the cells of the row just above, while the lines go on under it
    lone_run: list[tuple[dict, tuple, int]] = []    # the lines of one cell since the last row (line, cell, text index)
    lone_segs: list[tuple[tuple, int]] = []         # every line of one cell left as text (its cell, text index)
    pitch: float | None = None        # the gap between the last row and the row of cells above it
    head_tail: dict | None = None     # a head's last cell gone on beside its second row's line (`_under_blanks`)
    for tl, segs in zip(text_lines, split):
        cells = [{"x0": x0, "top": top, "x1": x1, "bottom": bottom, "text": text, "end": x1, "low": bottom,
                  "span": 1, "lines": [text], "chars": tl.get("chars", ())} for (x0, top, x1, bottom, text) in segs]
        if head_tail is not None and len(cells) == 1 and abs(cells[0]["x0"] - head_tail["x0"]) <= tol \
                and _just_under(head_tail, cells[0]):
            _go_on(head_tail, cells[0])     # (its third line alone, `施` of `偏差原因分` / `析及改进措` / `施`)
            head_tail = None                # (one line only: the next lone line there is the data's, `进度滞后原`)
            continue
        head_tail = None
        if last is not None and cells:
            homes = [_wrapped_home(last, c, edges, ends, right, pad, width, tol) for c in cells]
            homes[-1] = homes[-1] or _last_column_tail(last, cells, homes, edges, ends, width, tol)
            # a line under every cell of the row is a row of its own, however full those cells are; so is one as far
            # below the row as that row is below the row above it, a line's height or more (`年度绩效目标 | <its goal>`
            # under `项目资金（万元） | 年度资金总额 | 300`, rows 22 points apart, the goal letter-spaced to the margin: its
            # cells seemed wrapped lines of the money row's, the goal read as a budget line's name)
            h_line = max(c["bottom"] - c["top"] for c in cells)
            below = min(c["top"] for c in cells) - max(x["low"] for x in last)
            if pitch is not None and pitch >= 0.8 * h_line and below >= 0.8 * pitch:
                homes = [None] * len(homes)
            elif all(h is not None for h in homes) and _stacked_labels(homes[0], cells[0]):
                homes = [None] * len(homes)   # two fields' labels one under the other: two rows (_stacked_labels)
            if all(h is not None for h in homes) and len({id(h) for h in homes}) < len(last):
                for c, h in zip(cells, homes):
                    _go_on(h, c)
                continue
            if len(cells) >= 2 and homes[-1] is not None \
                    and (len(homes[-1]["lines"]) >= 2 or _under_blanks(last, cells)) \
                    and any(h is None for h in homes[:-1]) and (len(edges) < 2 or cells[-2]["x1"] <= edges[-2] + tol):
                # (the third line of a cell wrapped twice, on the line of the next row's first cells: `施` of
                # `偏差原因分析及改进措施` beside a two-row head's `一级指标 | 二级指标 | 三级指标`; not when the line's
                # cells run on into the column before the last: a row across the table, its last cell its own, `无`
                # beside `15` under a 备注 of two full lines, a line's pitch under it as a cell's lines are)
                _go_on(homes[-1], cells[-1])
                head_tail = homes[-1] if len(homes[-1]["lines"]) == 2 and _under_blanks(last, cells) else None
                cells, segs = cells[:-1], segs[:-1]
                tl = {**tl, "text": "".join(c["text"] for c in cells), "x1": cells[-1]["x1"]}
            closed = []
            for c, h in zip(list(cells), homes):
                if h is not None and _closes_bracket(h, c):
                    _go_on(h, c)
                    closed.append(h)
                    cells.remove(c)
            if not cells:
                continue
        else:
            closed = []
        if len(segs) == 1 and len(lone_run) >= 2 and _label_between(lone_run[-2][1], lone_run[-1][1], segs[0], gap):
            # a label centred beside a cell's two wrapped lines (`年度绩效目标` between the goal's lines: a row whose
            # every other cell holds one line): one row of the label and the cell
            (ta, a), (_, b) = lone_run[-2][:2], lone_run[-1][:2]
            texts[lone_run[-2][2]:] = []
            lone[:] = [x for x in lone if x[1] < lone_run[-2][2]]
            c = cells[0]
            label = {"x0": b[0], "top": b[1], "x1": b[2], "bottom": b[3], "text": b[4], "end": b[2], "low": b[3],
                     "span": 1, "lines": [b[4]], "row": len(rows)}
            value = {**c, "x0": min(a[0], c["x0"]), "top": a[1], "x1": max(a[2], c["x1"]), "end": c["x1"],
                     "text": a[4] + c["text"], "lines": [a[4], c["text"]], "row": len(rows)}
            rows.append((ta, [label, value]))
            last, lone_run = [label, value], []
            continue
        for c in cells:
            c["row"] = len(rows)
        if len(segs) >= 2:                # (a line of cells, some gone up to close a bracket: the rest is a row,
            for h in closed:              # the cells closed span down to it)
                h["span"] = len(rows) - h["row"] + 1
            pitch = min(c["top"] for c in cells) - max(x["low"] for x in last) if last else None
            rows.append((tl, cells))
            last, lone_run = cells, []
        else:
            last = None
            if tl["text"].strip():
                if len(segs) == 1:
                    lone.append((tl, len(texts)))
                    lone_run.append((tl, segs[0], len(texts)))
                    lone_segs.append((segs[0], len(texts)))
                else:
                    lone_run = []
                texts.append(TextLine(tl["text"], page=pno, order=pno * PAGE_ORDER + tl["top"]))
    rows = _straddling_lines(rows)
    gone = _straddling_lone_lines(rows, lone_segs) | _centred_first_lines(rows, lone_segs)
    gone |= _centred_outer_lines(rows, lone_segs, gone)
    if gone:
        keep = {k: n for n, k in enumerate(k for k in range(len(texts)) if k not in gone)}
        texts = [t for k, t in enumerate(texts) if k not in gone]
        lone = [(tl, keep[k]) for tl, k in lone if k in keep]
    if len(rows) < 2:
        return None, [TextLine(tl["text"], page=pno, order=pno * PAGE_ORDER + tl["top"])
                      for tl in text_lines if tl["text"].strip()]
    lefts = sorted(c["x0"] for _, cells in rows for c in cells)
    cols = _merge_close(lefts, tol=gap)
    out: list[Cell] = []
    for i, (tl, cells) in enumerate(rows):
        used = -1
        for c in cells:
            j = max(_index(cols, c["x0"]), used + 1)
            used = j
            text = unwrap_cell("\n".join(c["lines"]))
            c["cell"] = Cell(i, j, text, c["span"], 1, pno, None, (c["x0"], c["top"], c["x1"], c["bottom"]))
            out.append(c["cell"])
    taken = _centred_labels([cells for _, cells in rows], lone, cols, out, pno)
    if taken:
        texts = [t for k, t in enumerate(texts) if k not in taken]
        out.sort(key=lambda c: (c.row, c.col))
    ncols = max(c.col for c in out) + 1
    grid = Grid(out, len(rows), ncols, "pdf_text", order=pno * PAGE_ORDER + rows[0][0]["top"])
    # text lines between grid rows keep their own order; rows keep theirs through the grid order
    return grid, texts


def _label_between(a: tuple, b: tuple, c: tuple, gap: float) -> bool:
    """Lines of one cell each, a, b and c in turn (segments: x0, top, x1, bottom, text): is b a label centred beside
    a cell wrapped over a and c? a and c start at one x right of b's end, b's middle lies between them, they are a
    line's pitch apart (b's line between them), and b is a short label (no colon, no sentence's end)."""
    h = c[3] - c[1]
    t = b[4].strip()
    return (abs(a[0] - c[0]) <= 0.5 * h and b[2] <= a[0] - 0.25 * gap and a[1] < (b[1] + b[3]) / 2 < c[3]
            and 0 < c[1] - a[1] <= 2.0 * h and 0 < len(t) <= 16 and not _COLON.search(t)
            and not t.endswith(("。", "；", ";")) and a[2] - a[0] > 4 * h)


def _straddling_lines(rows: list[tuple[dict, list[dict]]]) -> list[tuple[dict, list[dict]]]:
    """Given the rows of a table laid out without rules, return them with the two lines of cells wrapped once and
    centred on a row put into it: a line just above a row and one just below it (each less than a line's height away:
    no row of their own, whose lines would not overlap), their cells in the same columns, pair by pair, in places
    the row leaves empty (`满意度指 | 服务对象满` over `参训人员满意度 | ≥90% …` over `标 | 意度指标`: the level 1 and level 2
    of that row, wrapped; they were read as two rows of their own, two indicators made of the fragments)."""
    out = list(rows)
    i = 1
    while i + 1 < len(out):
        (_, a), (tm, m), (_, z) = out[i - 1], out[i], out[i + 1]
        top = {k: min(c["top"] for c in cs) for k, cs in (("a", a), ("m", m), ("z", z))}
        h = max(c["bottom"] for c in m) - top["m"]
        pairs = []
        if 0 < top["m"] - top["a"] < 0.8 * h and 0 < top["z"] - top["m"] < 0.8 * h and len(a) == len(z):
            for ca, cz in zip(a, z):
                if abs(ca["x0"] - cz["x0"]) > 0.3 * h or any(
                        c["x0"] < max(ca["x1"], cz["x1"]) and c["x1"] > ca["x0"] for c in m):
                    pairs = []
                    break
                pairs.append((ca, cz))
        if not pairs:
            i += 1
            continue
        for ca, cz in pairs:
            _go_on(ca, cz)
            ca["span"] = 1
        cells = sorted(m + [ca for ca, _ in pairs], key=lambda c: c["x0"])
        out[i - 1:i + 2] = [(tm, cells)]
    return out


def _straddling_lone_lines(rows: list[tuple[dict, list[dict]]], lone: list[tuple[tuple, int]]) -> set[int]:
    """As `_straddling_lines` for a cell wrapped once, centred on its row, alone on its two lines (no other cell of
    the rows above and below beside it): a line of one cell just above a row and one just below it, centred on the
    row's line (their middle at its middle, less than two lines apart), the lower within the upper's width (centred
    or left-aligned, wrapped), in a place the row leaves empty right of a cell of it, are one cell of the row (`湘潭市农业技术推广中` / `心`
    around `主管部门 | 湘潭市农业农村局 | 实施单位 |`: each was read as a label merged over two rows, the 实施单位's value
    `心`). Returns the text indices of the lines put into rows."""
    gone: set[int] = set()
    for _, m in rows:
        top = min(c["top"] for c in m)
        h = max(c["bottom"] for c in m) - top
        mid = (top + max(c["bottom"] for c in m)) / 2
        for (a, ka), (z, kz) in zip(lone, lone[1:]):
            if ka in gone or kz in gone or kz != ka + 1:
                continue
            a_mid, z_mid = (a[1] + a[3]) / 2, (z[1] + z[3]) / 2
            if not (a_mid < top and z_mid > top + h and abs((a_mid + z_mid) / 2 - mid) <= 0.3 * h
                    and z_mid - a_mid <= 2.0 * h):
                continue
            if not (a[0] - 0.3 * h <= z[0] and z[2] <= a[2] + 0.3 * h) or any(
                    c["x0"] < a[2] and c["x1"] > a[0] for c in m):
                continue
            if not any(c["x1"] <= a[0] for c in m):
                continue      # (lines left of the row's cells: a label merged over rows, `项目资金（` / `万元）` centred on
                # the middle one of its five, spans them: `_centred_labels`)
            cell = {"x0": a[0], "top": a[1], "x1": a[2], "bottom": z[3], "text": a[4] + z[4], "end": a[2],
                    "low": z[3], "span": 1, "lines": [a[4], z[4]], "row": m[0].get("row")}
            m.append(cell)
            m.sort(key=lambda c: c["x0"])
            gone |= {ka, kz}
    # the same where the cell's first line shares a line with the row above's cells (its column's only cell there,
    # a line of its own, nothing of the row below it): `2024年10月底` / `前` around `时效指标 | 书房投入使用时间`,
    # the first line beside a label centred on the whole block (`绩效指标`): the first line was read as a row's level 3
    # with no target, the row's level 3 with none, `前` lost)
    for (_, p), (_, m) in zip(rows, rows[1:]):
        top, low = min(c["top"] for c in m), max(c["bottom"] for c in m)
        h, mid = low - top, (top + low) / 2
        for z, kz in lone:
            z_mid = (z[1] + z[3]) / 2
            if kz in gone or not (low < z_mid <= low + h):
                continue
            for a in p:
                a_mid = (a["top"] + a["bottom"]) / 2
                if not (len(a["lines"]) == 1 and a_mid < top and abs((a_mid + z_mid) / 2 - mid) <= 0.3 * h
                        and a["x0"] - 0.3 * h <= z[0] and z[2] <= a["x1"] + 0.3 * h):
                    continue
                if any(c["x0"] < a["x1"] and c["x1"] > a["x0"] for c in m) or not any(
                        c["x1"] <= a["x0"] for c in m):
                    continue
                _go_on(a, {"x0": z[0], "top": z[1], "x1": z[2], "bottom": z[3], "text": z[4], "end": z[2],
                           "low": z[3], "span": 1, "lines": [z[4]]})
                a["row"] = m[0].get("row")
                p.remove(a)
                m.append(a)
                m.sort(key=lambda c: c["x0"])
                gone.add(kz)
                break
    rows[:] = [r for r in rows if r[1]]
    return gone


def _centred_first_lines(rows: list[tuple[dict, list[dict]]], lone: list[tuple[tuple, int]]) -> set[int]:
    """A cell of three lines centred by height on its row, the row's other cells of one line beside its middle one:
    its second and third lines already the cell's (`因受雨季影` / `响`), its first alone on the line just above the row
    and as wide as the cell (`进度滞后原`, a full line at the same left end) is its first line (it was left as text,
    read as an indicator's name — review rd2). Returns the text indices of the lines put into rows."""
    gone: set[int] = set()
    for _, m in rows:
        top = min(c["top"] for c in m)
        h = min(c["bottom"] - c["top"] for c in m)
        tails = [c for c in m if len(c["lines"]) == 2 and c["top"] - top < 0.3 * h]
        if len(tails) != 1 or any(len(c["lines"]) != 1 for c in m if c is not tails[0]):
            continue
        c = tails[0]
        for z, kz in lone:
            if kz not in gone and 0 <= top - z[3] < h and abs(z[0] - c["x0"]) <= 0.3 * h \
                    and z[2] >= c["x1"] - 0.3 * h:
                c["lines"].insert(0, z[4])
                c["top"], c["text"] = z[1], z[4] + c["text"]
                gone.add(kz)
                break
    return gone


def _centred_outer_lines(rows: list[tuple[dict, list[dict]]], lone: list[tuple[tuple, int]],
                         taken: set[int]) -> set[int]:
    """As `_centred_first_lines` for a cell of three lines broken by hand short of its column's edge (none went on
    under its row as a wrapped line does), centred by height on a row of one line: its first line alone just above
    the row and its last alone just below, both at its left end, as far from the row as each other and nearer to it
    than to the row beyond (`校舍安全隐患整改到位率` / `（按排查台账` / `逐项销号）` beside `效益指标 | 社会效益指标 | … | 100%`:
    the first was read as an indicator of no target, the last lost — hunt pd10). Returns the text indices taken."""
    gone: set[int] = set()
    for k, (_, m) in enumerate(rows):
        if any(len(c["lines"]) != 1 for c in m):
            continue
        top, low = min(c["top"] for c in m), max(c["bottom"] for c in m)
        h = min(c["bottom"] - c["top"] for c in m)
        up = max(c["bottom"] for c in rows[k - 1][1]) if k else None
        down = min(c["top"] for c in rows[k + 1][1]) if k + 1 < len(rows) else None
        for c in m:
            # (a cell of five lines or more: the next pair out around the lines taken, `校舍安全隐患` / `整改到位率` /
            # `（按排查` / `台账逐项` / `销号）` — review rv115)
            edge = (top, low)
            while (pair := _outer_pair(c, m, [z for z in lone if z[1] not in taken | gone], edge, h, up, down)):
                a, b = pair
                c["lines"] = [a[0][4], *c["lines"], b[0][4]]
                c["text"] = "".join(c["lines"])
                c["top"], c["bottom"], c["x1"] = a[0][1], b[0][3], max(c["x1"], a[0][2], b[0][2])
                gone |= {a[1], b[1]}
                edge = (a[0][1], b[0][3])
            if edge != (top, low):
                break
    return gone


def _outer_pair(c: dict, row: list[dict], free: list[tuple[tuple, int]], edge: tuple[float, float], h: float,
                up: float | None, down: float | None) -> tuple[tuple, tuple] | None:
    """The lone lines (segment, text index) just above EDGE's top and just below its bottom, both at cell C's left
    end and inside its column, as far from it as each other and nearer to it than to the rows beyond (UP: the row
    above's bottom, DOWN: the row below's top): a cell's outer lines, centred on its row; else None."""
    top, low = edge
    above = [z for z in free if 0 <= top - z[0][3] < h and (up is None or z[0][1] - up > top - z[0][3])]
    below = [z for z in free if 0 <= z[0][1] - low < h and (down is None or down - z[0][3] > z[0][1] - low)]
    # (each line inside the cell's column, short of the row's next cell: a pair line `项目名称：…` above a row
    # `主管部门 | … | 实施单位 | …` and `年度绩效目标：…` below it, as far from it, are no cell's lines — review rv115)
    a = next((z for z in above if abs(z[0][0] - c["x0"]) <= 0.3 * h and _in_column(z[0], c, row)), None)
    b = next((z for z in below if abs(z[0][0] - c["x0"]) <= 0.3 * h and _in_column(z[0], c, row)), None)
    if a is None or b is None or abs((top - a[0][3]) - (b[0][1] - low)) > 0.3 * h:
        return None
    return a, b


def _in_column(seg: tuple, c: dict, row: list[dict]) -> bool:
    """Does a line's SEG (x0, top, x1, bottom, text) end before the next cell of ROW right of its cell C?"""
    return all(seg[2] <= o["x0"] for o in row if o["x0"] > c["x0"])


_UNIT_IN_BRACKETS = lazy(r"^\s*[（(][^（()）]{1,6}[)）]\s*$")


def _centred_labels(rows: list[list[dict]], lone: list[tuple[dict, int]], cols: list[float], out: list[Cell],
                    pno: int) -> set[int]:
    """Put back into a table laid out without rules the labels of cells merged over several rows and centred in
    them (a form drawn with an outer border only: `数量指标` over two rows stands between them, on a line of its own;
    `项目资金（` / `万元）` over five rows, wrapped, on lines of their own between the rows' lines; `产出指标` over three
    rows on the middle one's line). A line of one cell (`lone`) whose every row around it leaves its place empty
    (no cell of the row reaching across its x range) is such a label, its wrapped lines (the same left end, a line's
    pitch apart) joined; it spans the rows it is centred on: the row at its middle, or the two around it, widened a
    row up and a row down at a time while both are empty there (a row holding a cell there ends the merged range).
    Such a table centres its merged cells: a label of a row of it in such a label's column or left of it, the rows
    above and below it empty there, spans them the same way (given to the middle row only, the rows above it took
    the label of the group before). Cells are added to `out` and widened there; returns the indices of the lines
    taken out of the text lines."""
    if not lone or len(rows) < 2:
        return set()
    boxes = [(min(c["top"] for c in cs), max(c["bottom"] for c in cs)) for cs in rows]
    lo, hi = boxes[0][0], boxes[-1][1]

    def free(i: int, x0: float, x1: float, skip: dict | None = None) -> bool:
        return not any(c["x0"] < x1 - 0.5 and c["x1"] > x0 + 0.5 for c in rows[i] if c is not skip)

    def under(a: dict, b: dict) -> bool:                # line b the next line of a cell whose line a is (a unit in
        h = b["bottom"] - b["top"]                      # brackets, `（万元）`, the rest of the label above it)
        # (a wrap's tail shorter than the line above it up to 1.5 lines down: a CJK font's single spacing, Noto Sans
        # CJK's 1.45 em, `服务对象满意度指` / `标`; a longer line so far down is the next row's cell)
        pitch = 1.5 if _UNIT_IN_BRACKETS.match(b["text"]) or b["x1"] < a["x1"] - 0.5 * h else 1.3
        return abs(a["x0"] - b["x0"]) <= 0.5 * h and 0 < b["top"] - a["top"] <= pitch * h

    # the label lines: inside the table's height, short, no colon; a label's wrapped lines joined, and joined to a
    # row's cell they go on under (`项目资金` on a row's line, `（万元）` on a line of its own under it)
    # (a letter-spaced print's label is one word: `数 量 指 标` at 4-5 points apart, `text_of(spaced=True)`)
    lines = [({"text": text_of(chs, spaced=True) if _letter_gap(sorted(chs, key=lambda c: c["x0"])) else tl["text"],
               "x0": min(c["x0"] for c in chs), "x1": max(c["x1"] for c in chs),
               "top": min(c["top"] for c in chs), "bottom": max(c["bottom"] for c in chs)}, k)
             for tl, k in lone for chs in [[c for c in tl.get("chars", []) if c["text"].strip()]] if chs]
    # (a label's last line may stand below the table's last row, or its first above the first row: `服务对象满意度指`
    # / `标` centred on the last row; the block is kept when its middle is inside the table)
    cands = [(tl, k) for tl, k in lines
             if lo - 1.5 * (tl["bottom"] - tl["top"]) < (tl["top"] + tl["bottom"]) / 2 < hi + 1.5 * (tl["bottom"] - tl["top"])
             and len(tl["text"].strip()) <= 16 and not _COLON.search(tl["text"])]
    short = {k for _, k in cands}
    blocks: list[list[tuple[dict, int]]] = []
    for tl, k in sorted(cands, key=lambda x: x[0]["top"]):
        b = next((b for b in blocks if under(b[-1][0], tl)), None)
        if b is not None:
            b.append((tl, k))
        else:
            blocks.append([(tl, k)])
    blocks = [b for b in blocks if lo < (b[0][0]["top"] + b[-1][0]["bottom"]) / 2 < hi]
    for i, cs in enumerate(rows):      # a row's cell over a lone line of one piece: its first line (a block of
        for c in cs:                   # several lines under a cell is a cell of its own, centred under it)
            b = next((b for b in blocks if len(b) == 1 and under(c, b[0][0])), None) \
                if c["span"] == 1 and len(c["lines"]) == 1 else None
            if b is not None:
                b.insert(0, ({**c, "text": c["cell"].text, "own": c, "row": i}, -1))
    claimed: dict[tuple[int, int], bool] = {}
    taken: set[int] = set()
    placed: list[tuple[int, int, float, float, Cell]] = []        # (first row, last row, x0, x1, cell)
    for b in blocks:
        x0, x1 = min(tl["x0"] for tl, _ in b), max(tl["x1"] for tl, _ in b)
        top, bottom = b[0][0]["top"], b[-1][0]["bottom"]
        mid = (top + bottom) / 2
        h = b[0][0]["bottom"] - b[0][0]["top"]
        on = [i for i, (a, z) in enumerate(boxes) if abs((a + z) / 2 - mid) <= 0.3 * h]
        if on:
            first = last = on[0]
        else:
            k = bisect_left([(a + z) / 2 for a, z in boxes], mid)
            if k == 0 or k == len(boxes):
                continue
            first, last = k - 1, k
        own = b[0][0].get("own")
        if not all(free(i, x0, x1, own) for i in range(first, last + 1)) or any(
                tl["top"] < bottom and tl["bottom"] > top and (tl["x0"] >= x1 or tl["x1"] <= x0)
                for tl, k in lines if k not in short):
            continue          # (a text beside it on a line of its own: a row the label is of, not rows)
        j = own["cell"].col if own is not None else _index(cols, x0)
        if any((i, j) in claimed for i in range(first, last + 1)):
            continue
        for i in range(first, last + 1):
            claimed[(i, j)] = True
        cell = Cell(first, j, unwrap_cell("\n".join(tl["text"] for tl, _ in b)), 1, 1, pno, None,
                    (x0, top, x1, bottom))
        if own is not None:                            # the row's cell is the label's first line
            rows[b[0][0]["row"]].remove(own)
            out[:] = [c for c in out if c is not own["cell"]]
        placed.append((first, last, x0, x1, cell))
        taken.update(k for _, k in b)
    if not placed:
        return set()
    reach = max(j for *_, c in placed for j in [c.col])
    # the rows' own labels in those columns (short, no figure, no sentence), on the middle row of their empty range
    own_labels = []
    for i, cs in enumerate(rows):
        for c in cs:
            t = c["cell"].text.strip()
            if c["cell"].col <= reach and c["span"] == 1 and len(c["lines"]) == 1 and len(t) <= 12 \
                    and not re.search(r"\d", t) and not t.endswith(("。", "；", ";")):
                own_labels.append((i, i, c["x0"], c["x1"], c["cell"]))
    # (but not one under a label of its column sitting at the top of its empty range, a cell above it and two rows or
    # more empty under it where no centred label was found: that part of the table puts its merged cells' text at
    # their top, `产出指标` on the first of its four rows; centring `效益指标` under it would pull it up over the
    # 时效指标 row of 产出指标)
    def empty_below(i: int, x0: float, x1: float) -> int:
        k = i + 1
        while k < len(rows) and free(k, x0, x1):
            k += 1
        return k - i - 1

    def at_top(i: int, x0: float, x1: float) -> bool:
        # (and the label closing the range is no centred one, as many rows empty under it as over it: those over
        # it are its own, `二级指标` of a head over `数量指标` centred on five rows)
        n = empty_below(i, x0, x1)
        k = i + n + 1
        return (i == 0 or not free(i - 1, x0, x1)) and n >= 2 and not any(
            a < k and z > i and px0 < x1 and px1 > x0 for a, z, px0, px1, _ in placed) and (
            k == len(rows) or empty_below(k, x0, x1) < n - 1)

    def under_top_label(i: int, cell: Cell) -> bool:
        above = [p for p in placed + own_labels if p[4].col == cell.col and p[0] < i]
        if not above:
            return False
        a, _, x0, x1, prev = max(above, key=lambda p: p[0])
        return any(prev is q[4] for q in own_labels) and at_top(a, x0, x1)

    placed += [p for p in own_labels if not under_top_label(p[0], p[4])]
    for first, last, x0, x1, cell in placed:
        for i in range(first, last + 1):
            claimed[(i, cell.col)] = True       # (the rows' own labels too)
    spans = {id(p[4]): [p[0], p[1]] for p in placed}
    cover: dict[tuple[int, int], int] = {}    # (row, column) -> id of the cell covering it (rows' cells, labels grown)
    for cs in rows:
        for c in cs:
            if id(c["cell"]) not in spans:
                for i in range(c["cell"].row, c["cell"].row + c["cell"].rowspan):
                    cover[(i, c["cell"].col)] = id(c["cell"])

    def inside(i: int, k: int, col: int) -> bool:     # rows i and k in one cell of every column left of col
        return all(cover.get((i, j)) == cover.get((k, j)) for j in range(col))

    for col in sorted({p[4].col for p in placed}):    # column by column, left first: a label stays inside the
        grown = True                                  # cell left of it (its level 1)
        while grown:                     # a row up and a row down at a time, each label in turn
            grown = False
            for _, _, x0, x1, cell in placed:
                if cell.col != col:
                    continue
                a, z = spans[id(cell)]
                if a > 0 and z + 1 < len(rows) and (a - 1, col) not in claimed and (z + 1, col) not in claimed \
                        and free(a - 1, x0, x1) and free(z + 1, x0, x1) and inside(a - 1, a, col) \
                        and inside(z, z + 1, col):
                    spans[id(cell)] = [a - 1, z + 1]
                    claimed[(a - 1, col)] = claimed[(z + 1, col)] = True
                    grown = True
        for _, _, _, _, cell in placed:
            if cell.col == col:
                a, z = spans[id(cell)]
                for i in range(a, z + 1):
                    cover[(i, col)] = id(cell)
    existing = {id(c) for c in out}
    for _, _, _, _, cell in placed:
        a, z = spans[id(cell)]
        cell.row, cell.rowspan = a, z - a + 1
        if id(cell) not in existing:
            out.append(cell)
    return taken


def _column_edges(segs: list[tuple], per_line: list[int], tol: float,
                  inner: list[list[float]] = (), loose: list[list[float]] = ()) -> list[float]:
    """Given the cells of a page's lines (as _segments cuts them) and how many each line has, return the x of the
    column edges: left ends where cells of three lines or more start (in lines of several cells or one); with
    `inner` (each line's `_inner_starts`), the places inside a line's cells where a cell may start count too, and
    so do `loose` ones (`_loose_starts`)."""
    starts: list[tuple[float, int]] = []
    k = 0
    for line, n in enumerate(per_line):
        starts += [(s[0], line) for s in segs[k:k + n]]
        k += n
    for line, xs in [*enumerate(inner), *enumerate(loose)]:
        starts += [(x, line) for x in xs]
    starts.sort()
    edges: list[float] = []
    group: list[tuple[float, int]] = []
    for x, line in starts + [(float("inf"), -1)]:
        if group and x - group[-1][0] > tol:
            if len({ln for _, ln in group}) >= 3:
                edges.append(median(v for v, _ in group))
            group = []
        group.append((x, line))
    return edges


def _note_typed_blanks(text_lines: list[dict], chars: list[dict]) -> None:
    """Note on each text line where its typed blanks stand (`blanks`: the middle x of each space glyph on it, which
    the line's `chars` leave out): a space typed in a paragraph (`（一）　完成…`) is no gap between two columns."""
    blanks = [c for c in chars if not c["text"].strip()]
    if not blanks:
        return
    for tl in text_lines:
        tl["blanks"] = [(c["x0"] + c["x1"]) / 2 for c in blanks
                        if c["top"] < tl["bottom"] and c["bottom"] > tl["top"] and tl["x0"] <= c["x0"] <= tl["x1"]]


def _note_column_rules(text_lines: list[dict], edges: list[dict]) -> None:
    """Note on each text line the x of the vertical rules drawn across it (`rules`: each crossing the line's middle
    height): a page ruled in one direction only (its outer frame and its column rules, ct_z01) is read as aligned
    text, and a cell's text never goes on over a rule drawn beside it (`社会效益指标` | `书房年接待读者人次`, a level 2
    wider than its fellows, not starting on their column's edge, 16 points before the level 3: one run)."""
    vs = [e for e in edges if e.get("orientation") == "v" and e["bottom"] - e["top"] > 4]
    if not vs:
        return
    for tl in text_lines:
        mid = (tl["top"] + tl["bottom"]) / 2
        tl["rules"] = sorted(e["x0"] for e in vs if e["top"] <= mid <= e["bottom"] and tl["x0"] < e["x0"] < tl["x1"])


def _tight_blanks(chars: list[dict], gap: float, typed: list[float] = (), short: bool = True) -> list[tuple[dict, dict]]:
    """The glyph pairs (a, b) of a line with a blank between them wider than 0.4 cell gaps (0.8 characters: a
    cell's padding) but no wider than a cell gap, between glyphs set tight (the glyph before a and the one after b
    touch them, 0.3 characters or less, or there is none), after a short run (four characters wide or less, not
    ending a clause): a cell of a narrow column (`1`, `序号`, `分值`, three characters wide) and the next column's text,
    run together. Not a letter-spaced or spread line's blanks (its glyphs all that far apart), a word space
    (narrower), nor the blank after a paragraph's sentence (`…提升服务水平。 老旧小区…`); nor a blank typed (a space
    glyph in it) or one before a sentence (a clause mark in the tight run after it): a paragraph's numbered opening,
    `（一）　完成背街小巷改造32条，…`, `一是　…` — three such lines under one another were a column, the goal's text
    cut off from its numbers and lost (review rv13). With `short` False, after a run of any length."""
    inked = [c for c in chars if c["text"].strip()]
    tight = 0.15 * gap
    out = []
    start = 0                                 # the first glyph of the tight run a ends
    for k in range(1, len(inked)):
        a, b = inked[k - 1], inked[k]
        d = b["x0"] - a["x1"]
        run, start = start, (start if d <= tight else k)
        if not 0.4 * gap < d <= gap or not a.get("upright", True) or not b.get("upright", True):
            continue
        if short and a["x1"] - inked[run]["x0"] > 2 * gap or a["text"] in _CLAUSE_END:
            continue
        if k >= 2 and inked[k - 1]["x0"] - inked[k - 2]["x1"] > tight:
            continue
        if k + 1 < len(inked) and inked[k + 1]["x0"] - b["x1"] > tight:
            continue
        if any(a["x1"] <= x <= b["x0"] for x in typed) or _sentence_after(inked, k, tight):
            continue
        out.append((a, b))
    return out


def _sentence_after(inked: list[dict], k: int, tight: float) -> bool:
    """Does the tight run of glyphs from inked[k] on hold a clause mark (`完成…32条，改造…`: a sentence)?"""
    for j in range(k, len(inked)):
        if j > k and inked[j]["x0"] - inked[j - 1]["x1"] > tight:
            return False
        if inked[j]["text"] in _CLAUSE_MARKS:
            return True
    return False


_CLAUSE_END = frozenset("。，、；：！？.,;:!?")
_CLAUSE_MARKS = frozenset("。，；！？")         # (a sentence's: no figure's `.`, `,`, nor a list's `、`)


def _inner_starts(chars: list[dict], gap: float, typed: list[float] = ()) -> list[float]:
    """The x where a cell may start inside a run of a line's glyphs (`_tight_blanks`; `typed`: where the line's
    space glyphs stand): the glyph after the blank."""
    return [b["x0"] for _, b in _tight_blanks(chars, gap, typed)]


def _loose_starts(chars: list[dict], gap: float, typed: list[float], edges: list[float], tol: float) -> list[float]:
    """The x where a cell may start after a blank inside a line's run of any length (`_tight_blanks` not kept short)
    when that run starts on a column's edge: a rule-less table whose every level-3 name runs long, wrapping under
    itself, its target under two characters after it (`改造老旧小区1号片区` 20 points before `≥110户`, the head's
    `指标值` centred: the targets were read into the names)."""
    inked = [c for c in chars if c["text"].strip()]
    at = {id(c): k for k, c in enumerate(inked)}
    out = []
    for a, b in _tight_blanks(chars, gap, typed, short=False):
        k = at[id(a)]
        while k and inked[k]["x0"] - inked[k - 1]["x1"] <= 0.15 * gap:
            k -= 1
        if _near(edges, inked[k]["x0"], tol):
            out.append(b["x0"])
    return out


def _near(edges: list[float], x: float, tol: float) -> bool:
    i = bisect_left(edges, x - tol)
    return i < len(edges) and edges[i] <= x + tol


def _column_pad(segs: list[tuple], edges: list[float], tol: float) -> float:
    """The room a cell's text leaves before the next column's edge (the cells' padding): the least such room
    that two cells or more leave (a merged cell's text runs closer to the edge it covers), over the cells
    starting on an edge and ending before the next one; 0 when there are none."""
    pads = []
    for x0, _, x1, _, _ in segs:
        if not _near(edges, x0, tol):
            continue
        i = bisect_right(edges, x0 + tol)
        if i < len(edges) and x1 < edges[i]:
            pads.append(edges[i] - x1)
    pads.sort()
    return next((p for p, q in zip(pads, pads[1:]) if q - p <= tol), 0.0)


def _right_end(segs: list[tuple], edges: list[float], width: float) -> float | None:
    """The right end of a page's text when a text across columns reaches it (a goal paragraph) or cells of two
    columns do: a cell of the last column ending less than a character short of it has filled its column.
    None when the cells of one column alone reach it (all alike: `100%`, `100%`)."""
    if not segs:
        return None
    right = max(s[2] for s in segs)
    near = [s for s in segs if s[2] > right - width]
    across = any(s[0] + width < e < s[2] - width for s in near for e in edges)
    return right if across or len(_merge_close(sorted(s[0] for s in near), tol=width)) >= 2 else None


def _column_ends(lines: list[list[tuple]], edges: list[float], tol: float) -> dict[tuple[int, int], float]:
    """The farthest right the text of a column's cells ends: by (edge the cells start on, edge after their end).
    A cell counts only when its line has a cell starting on that next edge (or it is in the last column): the last
    cell of a shorter line may be merged over the columns after it (`某县文化广电旅游局` in a name cell spanning
    three columns is no measure of how far the 二级指标 column's text can reach: the last row's wrapped
    `服务对象满意度指` / `标` was read as a new row, an indicator `标`)."""
    ends: dict[tuple[int, int], float] = {}
    for segs in lines:
        starts = [s[0] for s in segs]
        for x0, _, x1, _, _ in segs:
            i = bisect_left(edges, x0 - tol)
            if i < len(edges) and edges[i] <= x0 + tol:
                j = bisect_right(edges, x1 + tol)
                if j < len(edges) and not any(abs(x - edges[j]) <= tol for x in starts):
                    continue
                k = (i, j)
                ends[k] = max(ends.get(k, x1), x1)
    return ends


# (a last-column cell's line this many characters wide or more, reaching as far as any of its column's, filled it; a
# shorter one, `10` over `9` in a 得分 column, or `无`, may just be its column's widest)
_FEW_CHARS = 4


def _just_under(h: dict, cell: dict) -> bool:
    """Whether `cell`'s line is the next line under cell `h`'s last one: at most a line's height below it."""
    return 0 <= cell["top"] - h["low"] <= max(cell["bottom"] - cell["top"], 1.0)


def _wrapped_home(above: list[dict], cell: dict, edges: list[float], ends: dict[tuple[int, int], float],
                  right: float | None, pad: float | None, width: float, tol: float) -> dict | None:
    """The cell of the row above whose wrapped text `cell` goes on with: one starting at the same column edge,
    its last line just above, its text filling its column: less than a character short of the next edge less
    the padding (of the page's right end of text past the last edge), and of the farthest any cell of the
    column reaches; None when there is none."""
    if not _near(edges, cell["x0"], tol):
        return None
    for h in above:
        if abs(h["x0"] - cell["x0"]) > tol:
            continue
        if not _just_under(h, cell):
            return None
        i = bisect_right(edges, h["end"] + tol)
        reach = ends.get((bisect_left(edges, h["x0"] - tol), i), h["end"])
        if i < len(edges):
            room = edges[i] - pad - h["end"] if pad is not None else float("inf")
        elif right is not None:
            room = right - h["end"]
        elif h["end"] - h["x0"] >= _FEW_CHARS * width:
            # (the last column, the text's right end unknown, no text across the columns reaching it: a cell of a few
            # characters reaching as far as any of its column's has filled it, `≥90%（以第三方` / `问卷调查结果为准）`)
            room = reach - h["end"]
        else:
            room = float("inf")
        # (a room of just one character counts as none: the glyph that did not fit needed that room and a hair more,
        # the pad being the least room a full cell of the page left, `新建供水工` 9.0 points short of its edge less pad)
        need = max(width, _lead_piece(cell)) + tol
        return h if room < need and reach - h["end"] < need else None
    return None


# (glyphs a line may not start with: a wrap carries the glyph before them down too, `年度资金总额（万` / `元）`; and
# glyphs a line may not end with: a wrap carries them down with the glyph after them, `工程数量` / `（含管网配`)
_NO_START = set("）)]】〕》」』，。、；：！？％%,.;:!?…·~～")
_NO_END = set("（([【〔《「『")


def _lead_piece(cell: dict) -> float:
    """The width of a wrapped line's first piece, what the line above had no room for: its first Chinese character
    with the closing signs after it (a line starts with no `）`: `元）` came down whole, the line above 10.5 points
    short of its edge, a character's width) and the opening signs before it (`（含`), or its first run of Latin
    letters and digits; as its glyphs measure it (`11` of `11月底前` 11.4 points wide at 9 points), else the cell's
    width shared by its characters (a Chinese one twice a Latin one)."""
    text = cell["text"]
    k = 0
    while k < len(text) - 1 and text[k] in _NO_END:
        k += 1
    if not text[k:]:
        return 0.0
    k += 1
    if not _CJK_CHAR.match(text[k - 1]):
        while k < len(text) and text[k].strip() and not _CJK_CHAR.match(text[k]):
            k += 1
    while k < len(text) and text[k] in _NO_START:
        k += 1
    glyphs = _glyphs_of(cell)
    piece = "".join(text[:k].split())
    if piece and "".join(g["text"] for g in glyphs[:len(piece)]) == piece:     # (a glyph a character)
        return glyphs[len(piece) - 1]["x1"] - glyphs[0]["x0"]

    def units(t: str) -> float:
        return sum(1.0 if _CJK_CHAR.match(ch) else 0.5 for ch in t)
    total = units(text)
    return (cell["x1"] - cell["x0"]) * units(text[:k]) / total if total else 0.0


def _glyphs_of(cell: dict) -> list[dict]:
    """The printed glyphs of a cell of words_grid (its line's characters whose middle lies in it), left to right."""
    return sorted((g for g in cell.get("chars", ()) if g["text"].strip()
                   and cell["x0"] <= (g["x0"] + g["x1"]) / 2 <= cell["x1"]), key=lambda g: g["x0"])


def _last_column_tail(above: list[dict], cells: list[dict], homes: list, edges: list[float],
                      ends: dict[tuple[int, int], float], width: float, tol: float) -> dict | None:
    """The cell of the row above that `cell`, in the last column, goes on with when the other cells of its line are
    tails of that row's wrapped cells: the one it stands under, a line below, reaching as far as any cell of its
    column (the page's right end of text, a paragraph's, may lie past the table's: `雨季影响施` / `工进度，…`); or
    when it is alone on its line (`偏差原因分` / `析及改进措`, a head's cell wrapped beside one-line cells); or when
    that cell has wrapped already, whatever its line holds (`施` beside a two-row head's second row), or when the
    line's other cells stand under the row's blanks (`析及改进措施` beside a two-row head's second row, `_under_blanks`)."""
    cell = cells[-1]
    if not edges or cell["x0"] < edges[-1] - tol:
        return None
    for h in above:
        if abs(h["x0"] - cell["x0"]) <= tol and _just_under(h, cell):
            if len(homes) >= 2 and homes[-2] is None and len(h["lines"]) < 2 and not _under_blanks(above, cells):
                return None
            reach = ends.get((len(edges) - 1, len(edges)), h["end"])
            return h if reach - h["end"] < width and h["end"] - h["x0"] >= _FEW_CHARS * width else None
    return None


def _under_blanks(above: list[dict], cells: list[dict]) -> bool:
    """Do a line's cells before its last, two or more, stand under none of the row above's cells but its first? A
    two-row head's second row does (`一级指标 | 二级指标 | 三级指标` under `绩效指标 | | | 年度指标值 | …`, the merged
    `绩效指标` flush left or centred over 二级指标: any of the line's cells may stand under it — review rd2), its last
    column's line the end of the head's wrapped cell beside it (`偏差原因分` / `析及改进措施`, printed tight: a line of
    its own when spaced); a row of data stands under the row above's cells, its figures under theirs."""
    return len(cells) >= 3 and len(above) >= 2 and not any(
        c["x0"] < x["x1"] and x["x0"] < c["x1"] for c in cells[:-1] for x in above[1:])


def _go_on(home: dict, cell: dict) -> None:
    home["lines"].append(cell["text"])
    home["x1"] = max(home["x1"], cell["x1"])
    home["bottom"] = max(home["bottom"], cell["bottom"])
    home["end"], home["low"] = cell["x1"], cell["bottom"]


_OPENS, _CLOSES = "（(", "）)"


def _closes_bracket(home: dict, cell: dict) -> bool:
    """True when the cell above left a bracket open and `cell` closes it (`项目资金（万` / `元）`)."""
    text = "".join(home["lines"])
    open_ = sum(text.count(c) for c in _OPENS) - sum(text.count(c) for c in _CLOSES)
    t = cell["text"]
    shut = min((t.find(c) for c in _CLOSES if c in t), default=-1)
    return open_ > 0 and shut >= 0 and not any(c in t[:shut] for c in _OPENS)


def _segments(chars: list[dict], gap: float, edges: list[float] = (), tol: float = 1.0,
              edge_gap: float = float("inf"), held: list[float] = (),
              rules: list[float] = ()) -> list[tuple[float, float, float, float, str]]:
    """Given a line's characters, return its cells (x0, top, x1, bottom, text): cut at a gap wider than `gap`, or
    wider than `edge_gap` before a character on one of the column `edges` when the cut run started on one, or there
    at a break in the line's letter spacing (`_spacing_breaks`), or there where the line is letter-spaced, a cell
    of the line above starts on that edge (`held`: the column goes on down to this line) and another cell follows on
    the line (`服务对象满意度指标` 5 points before `受益群众满意度` in a line set 5 points apart, the level 3 where the
    level-3 cell above starts, its target after it; not a goal's line, the line's last text, under a figure), or
    at a vertical rule drawn across the line in the blank between two glyphs (`rules`, `_note_column_rules`; a
    blank a cell's padding, a fifth of a character or more: a rule drawn through glyphs set tight, a sheet's text
    run on over its empty neighbours' borders, or the side of a highlight behind a part of a cell's text, cuts no
    word where it meets a glyph's edge — review rv18), or before a character marked `cut` (an OCR page's label
    starting there, extract/scan.py `_label_cuts`)."""
    segs: list[tuple[float, float, float, float, str]] = []
    cur: list[dict] = []
    space = False
    line: dict[str, set] = {}                 # the line's spacing, worked out once, when first asked
    # a blank between glyphs set tight with a column's edge after it, inside the next glyph (a narrow column's
    # cell and the next column's run together, `分值得分` over `10 | 10` centred in columns three characters wide)
    narrow = {id(b) for a, b in _tight_blanks(chars, gap) if any(a["x1"] + tol < e <= b["x1"] for e in
                                                                  edges[bisect_left(edges, a["x1"]):][:2])} \
        if edges and edge_gap < gap else set()

    def spaced(kind: str, a: dict) -> bool:   # the blank after glyph a: letter spacing, or a break in it
        if not line:
            inked = [c for c in chars if c["text"].strip()]
            flags = _spaced_flags(inked)
            line["spaced"] = {id(a) for a, f in zip(inked, flags) if f}
            line["break"] = {id(inked[k]) for k in _spacing_breaks(inked, flags)}
            # (a glyph with a cell after it on the line: a blank wider than a cell's gap further on)
            far = [b["x0"] for a_, b in zip(inked, inked[1:]) if b["x0"] - a_["x1"] > gap]
            line["cell after"] = {id(c) for c in inked if far and c["x0"] < far[-1]}
        return id(a) in line[kind]

    for ch in chars:
        if not ch["text"].strip():
            space = bool(cur)                 # a space inside a cell is kept, once
            continue
        d = ch["x0"] - cur[-1]["x1"] if cur else 0.0
        if cur and (d > gap or id(ch) in narrow or ch.get("cut")
                    or d > 0.1 * gap and any(cur[-1]["x1"] - 0.5 <= x <= ch["x0"] + 0.5 for x in rules)
                    or (_near(edges, ch["x0"], tol) and _near(edges, cur[0]["x0"], tol)
                                and (d > edge_gap or spaced("break", cur[-1])
                                     or _near(held, ch["x0"], tol) and len(cur) > 1 and spaced("spaced", cur[-1])
                                     and bool(_CJK.match(ch["text"])) and bool(_CJK.match(cur[-1]["text"]))
                                     and spaced("cell after", ch)))
                    or _clipped_before(cur[-1], ch, gap, edges, tol, cur[0], cur[-2] if len(cur) > 1 else None)):
            segs.append(_seg(cur))
            if d < 0:                         # (a clipped glyph: the cell ends where the next one's text starts)
                segs[-1] = (segs[-1][0], segs[-1][1], ch["x0"], *segs[-1][3:])
            cur = []
        elif cur and (space or (d > 1.0 and not (_CJK.match(ch["text"]) or _CJK.match(cur[-1]["text"]))
                                and not spaced("spaced", cur[-1]))):
            # a word gap inside the cell (`100% (10月前)`); not the gap a typesetter puts between Chinese and
            # Latin letters or digits (`不少于 80 户次` as drawn is `不少于80户次` as written), nor a letter-spaced
            # line's (`2 8 . 6公里`, `1 0 0 %` were read with spaces)
            cur.append({**cur[-1], "text": " "})
        space = False
        cur.append(ch)
    if cur:
        segs.append(_seg(cur))
    return segs


def _clipped_before(a: dict, b: dict, gap: float, edges, tol: float, first: dict, before: dict | None = None) -> bool:
    """Glyphs a and b in turn on a line: does a cell end after a? Calc prints a label longer than its column clipped at
    the next cell, the glyph the edge cuts drawn whole: it overlaps the next cell's first glyph (`项目资金（` over
    `其中：…`, `（` 99-110, `其` from 104), by a quarter of a glyph or more (kerning and a bold font's second stroke
    overlap less, or stand on the same place). A label filling its column leaves only the cell's padding before the
    next one (`一级指标` | `二级指标` 0.45 glyph widths apart): a cut where two Chinese glyphs stand 0.3 glyph widths apart
    or more after a run set tight (`before`, the glyph before a, touching it), or where a new text object starts
    touching the last (Chinese is set without gaps). Each only where both runs start on a column edge."""
    w = gap / 2
    if not (a.get("upright", True) and b.get("upright", True)):
        return False
    d = b["x0"] - a["x1"]
    if not edges or not (_near(edges, b["x0"], tol) and _near(edges, first["x0"], tol)):
        return False
    if d < -0.25 * w:
        return b["x0"] > a["x0"] + 0.25 * w and b["text"] != a["text"]
    if d > 0.3 * w and _CJK.match(a["text"]) and _CJK.match(b["text"]):
        # (not in a line set with spacing between its glyphs, `before` as far from a: a justified or spaced goal line
        # crossing the column edges was cut where a glyph started on one)
        return before is None or a["x0"] - before["x1"] < 0.15 * w
    # a text filling its column to the next one's edge, each cell's text an object of its own (`一级指标` | `二级指标`
    # touching; PDFium's `seq`: the text object, the glyph)
    # (two Chinese glyphs: a font change between scripts makes a new text object inside a cell too, `2.5` | `万册`)
    # (only after a run drawn as one text object of two glyphs or more: a tool drawing every glyph as an object of
    # its own — a goal line crossing the column edges with a glyph starting on each — was cut at them)
    sa, sb, sf = a.get("seq"), b.get("seq"), first.get("seq")
    return sa is not None and sb is not None and sa[0] != sb[0] and "vrun" not in a and "vrun" not in b \
        and first is not a and sf is not None and sf[0] == sa[0] \
        and bool(_CJK.match(a["text"])) and bool(_CJK.match(b["text"]))


def _seg(chars: list[dict]) -> tuple[float, float, float, float, str]:
    return (chars[0]["x0"], min(c["top"] for c in chars), chars[-1]["x1"],
            max(c["bottom"] for c in chars), "".join(c["text"] for c in chars))
