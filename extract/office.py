"""Office and web files -> grids of cells with spans: DOCX, XLSX, XLS, HTML (DOC/WPS/ET via LibreOffice).

Provenance (documented in docs/SCHEMA.md): for DOCX and HTML `page` is the
table's number in the document (1-based) and `line` the row in that table;
text outside tables has `line` = its paragraph number. For XLSX/XLS `page`
is the sheet number and `line` the spreadsheet row. Merged cells are kept
as spans (DOCX gridSpan / vMerge, Excel merged ranges, HTML rowspan /
colspan). Excel numbers keep their stored value: `170000000` stays exact,
a percent-formatted 0.966 reads as `96.6%`, dates as `YYYY-MM-DD`.
"""
from __future__ import annotations

import contextvars
import datetime as dt
import io
import os
import re
from normalize._lazy_re import lazy
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from extract.grid import (Cell, ExtractError, Extracted, Grid, ParseWarning, TextLine, column_table, fitting_nest,
                          inlined_cells, nest_rows, rows_grid, unit_error_warning)
from normalize.text import strict_on

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
ORDER_STEP = 1000.0


# ---------------------------------------------------------------- Strict Open XML

_STRICT = lazy(rb"http://purl\.oclc\.org/ooxml/(?:officeDocument/relationships"
                     rb"|(wordprocessingml|spreadsheetml|presentationml|drawingml|officeDocument|schemaLibrary)/(\w+))")
_STRICT_NAMES = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}


def _transitional_uri(m: re.Match) -> bytes:
    if m.group(1) is None:
        return b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return b"http://schemas.openxmlformats.org/%s/2006/%s" % (m.group(1), _STRICT_NAMES.get(m.group(2), m.group(2)))


def transitional(data: bytes) -> bytes:
    """An Office package saved as Strict Open XML (Word's and Excel's `Strict Open XML Document / Spreadsheet`, ISO
    29500 strict: the namespaces and relationship types `http://purl.oclc.org/ooxml/…`) rewritten with the
    transitional names python-docx and openpyxl read (a strict DOCX failed as damaged, a strict XLSX read as no
    sheet at all); any other package as it is."""
    if data[:4] != b"PK\x03\x04":
        return data
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            # (the package's relationship to its document names strict's type: read the rest only then)
            if b"http://purl.oclc.org/ooxml/" not in z.read("_rels/.rels"):
                return data
            infos = z.infolist()
            parts = {i.filename: z.read(i.filename) for i in infos}
    except Exception:               # (a damaged package: read as it is, its reader says what is wrong)
        return data
    xml = {n for n, b in parts.items() if n.endswith((".xml", ".rels")) and b"http://purl.oclc.org/ooxml/" in b}
    if not xml:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in infos:
            body = parts[i.filename]
            z.writestr(i, _STRICT.sub(_transitional_uri, body) if i.filename in xml else body,
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX

def extract_docx(data: bytes, doc_id: str, path: str | None = None) -> Extracted:
    """Given DOCX bytes, return its tables as grids (gridSpan, vMerge, nested tables) and its paragraphs.

    Read as Word shows the document: content controls, custom XML, a one-cell layout table around the form
    and tables nested in cells are read through; text boxes (a cell's with the cell), the page header (first) and
    footer (last), an equation's text (Office Math), an HTML, Word or text part imported by `w:altChunk`, the
    active sheet of an Excel workbook and a Word document embedded as objects (`o:OLEObject`, `w:objectEmbed`)
    are read too; deleted, moved-away, hidden (`w:vanish`) and placeholder (`w:showingPlcHdr`) text is not (a
    paragraph whose mark is deleted runs on into the next; a one-column table in a cell is the cell's lines). A
    content control bound to a custom XML part (`w:dataBinding`) shows the part's value, as Word shows it (its own
    content is the copy Word refreshes on opening)."""
    data = transitional(data)
    try:
        import docx
        _chunks_as_bytes()
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        raise ExtractError(f"damaged DOCX: not a readable zip package ({e})"[:300]) from None
    except Exception as e:
        raise ExtractError(_docx_unopened(data, e)) from None
    grids: list[Grid] = []
    lines: list[TextLine] = []
    counter = {"table": 0, "para": 0, "order": 0.0}
    token = _BOUND_DATA.set(_custom_xml_parts(data))
    said = _PART_ERRORS.set([]) if _PART_ERRORS.get() is None else None
    try:
        ex = _docx_read(document, grids, lines, counter, doc_id, path)
        if said is not None:
            ex.warnings.extend(_PART_ERRORS.get())
    finally:
        _BOUND_DATA.reset(token)
        if said is not None:
            _PART_ERRORS.reset(said)
    ex.warnings.extend(_activex_unread(data, "word/"))
    return ex


# the `internal_error` warnings of a document's tables whose reading raised (_table_or_say), while extract_docx or
# extract_html reads one (None: raised, as a hidden sheets' read's)
_PART_ERRORS: "contextvars.ContextVar[list | None]" = contextvars.ContextVar("_PART_ERRORS", default=None)


# another Office package's parts, by the folder its main part stands in
# (a Word package's other parts without its document are listed: "only a Word document's parts" said nothing)
_PACKAGE_KINDS = {"xl/": "an Excel workbook's", "ppt/": "a PowerPoint presentation's"}


def _docx_unopened(data: bytes, e: Exception) -> str:
    """What went wrong with a zip package named .docx that python-docx cannot open: one holding no Word document
    part (`word/document.xml`: a cut download keeping its [Content_Types].xml and docProps, a workbook renamed) says
    so and what it holds; any other its error's kind, as before (hunt of15: `(KeyError)` alone said nothing)."""
    names = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if not n.endswith("/")]
    if any(n.lower() == "word/document.xml" for n in names):
        return f"damaged DOCX: cannot be opened as a Word document ({type(e).__name__})"
    kinds = [k for d, k in _PACKAGE_KINDS.items() if any(n.startswith(d) for n in names)]
    held = f"{kinds[0]} parts" if kinds else f"{len(names)} part{'s' if len(names) != 1 else ''}: " + \
        ", ".join(names[:4]) + (" …" if len(names) > 4 else "")
    return f"damaged DOCX: its zip package holds no Word document part (word/document.xml), only {held}"[:300]


def _table_or_say(read, grids: list, lines: list, counter: dict, *args) -> None:
    """read(*ARGS), the reading of one table of a DOCX or a web page into GRIDS and LINES; an error raised there (a
    bug met by that table) leaves the table out — what it added rolled back, its number counted — with one
    `internal_error` warning naming it (it failed the whole file: hunt rb2). Strict, or outside extract_docx and
    extract_html's own reading, raised."""
    number = counter["table"] + 1
    if not _part_or_say(read, grids, lines, f"table {number}", *args, lost="its cells"):
        counter["table"] = max(counter["table"], number)


def _part_or_say(read, grids: list, lines: list, unit: str, *args, lost: str = "its text") -> bool:
    """read(*ARGS), the reading of one part of a DOCX (a table, a page header or footer part, a text box, an embedded
    object: UNIT) into GRIDS and LINES; an error raised there leaves the part out — what it added rolled back — with
    one `internal_error` warning naming it and its LOST (it failed the whole file: hunts rb2, rb3); False then, else
    True. Strict, or outside extract_docx's and extract_html's own reading, raised."""
    said = _PART_ERRORS.get()
    if said is None:
        read(*args)
        return True
    n_grids, n_lines = len(grids), len(lines)
    try:
        read(*args)
    except ExtractError:
        raise
    except Exception as e:
        if strict_on():
            raise
        del grids[n_grids:], lines[n_lines:]
        said.append(unit_error_warning(unit, e, lost, "tables and paragraphs"))
        return False
    return True


# the ActiveX controls (Microsoft Forms 2.0, the 控件工具箱 / Developer > Legacy Tools > ActiveX Controls) whose
# state is an option's: their class ids
_ACTIVEX_KINDS = {"{8BD21D40-EC42-11CE-9E0D-00AA006002F3}": "check box",
                  "{8BD21D50-EC42-11CE-9E0D-00AA006002F3}": "option button",
                  "{8BD21D60-EC42-11CE-9E0D-00AA006002F3}": "toggle button"}


def _activex_unread(data: bytes, folder: str) -> list[ParseWarning]:
    """An `activex_unread` warning where a DOCX (`word/`) or an XLSX (`xl/`) holds ActiveX check boxes or option
    buttons: Word and Excel keep their label and state in a binary part (`activeX1.bin`, Microsoft Forms' own
    format), which is not read; in the document each is a picture of itself. The option they tick (项目类型, 是否核心指标)
    may be missing, and nothing said it was."""
    found: dict[str, int] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                if not re.fullmatch(re.escape(folder) + r"activeX/[^/]+\.xml", name):
                    continue
                m = re.search(rb'classid\s*=\s*["\'](\{[0-9A-Fa-f-]{36}\})', z.read(name)[:4096])
                kind = _ACTIVEX_KINDS.get(m.group(1).decode("ascii").upper()) if m else None
                if kind:
                    found[kind] = found.get(kind, 0) + 1
    except (zipfile.BadZipFile, KeyError, OSError):
        return []
    return _activex_warning(found, folder == "xl/")


def _activex_warning(found: dict[str, int], sheet: bool) -> list[ParseWarning]:
    """The `activex_unread` warning of the ActiveX controls found ({kind: count}), if any; `sheet` for a workbook's."""
    if not found:
        return []
    what = ", ".join(f"{n} {k}{'es' if n > 1 and k.endswith('x') else 's' if n > 1 else ''}"
                     for k, n in sorted(found.items()))
    cell = " (one linked to a cell is read by the cell's TRUE / FALSE)" if sheet else ""
    return [ParseWarning("activex_unread", f"{what} (ActiveX controls) not read: their labels and states are in "
                                           f"binary parts jixiao does not read, so the options they tick may be "
                                           f"missing{cell}")]


def _docx_read(document, grids: list[Grid], lines: list[TextLine], counter: dict, doc_id: str,
               path: str | None) -> Extracted:
    """extract_docx's reading of the opened document: its body, then its page headers and footers."""
    _docx_blocks(document.element.body, grids, lines, counter, document)
    copies = _icon_copies(grids, lines, counter)
    lines = _tab_aligned(lines, grids)
    # the page header's lines (填报单位：… 金额单位：万元) read as the lines under the first block (the form's
    # title), so that they belong to the form; the footer's after the last
    first = ORDER_STEP * 1.5
    for kind in ("header", "footer"):
        for xml in _header_footer_parts(document, kind):
            part_lines: list[TextLine] = []
            part_grids: list[Grid] = []
            sub = {"table": counter["table"], "para": 0, "order": 0.0}
            _part_or_say(_docx_blocks, part_grids, part_lines, f"the page {kind} part", xml, part_grids, part_lines,
                         sub, document)
            counter["table"] = sub["table"]
            at = first if kind == "header" else (counter["order"] + 1) * ORDER_STEP
            for t in part_lines:
                lines.append(TextLine(t.text.replace("\t", " "), None, None, at + t.order / ORDER_STEP))
            for g in part_grids:
                g.order = at + g.order / ORDER_STEP
                grids.append(g)
            if kind == "header":
                first += ORDER_STEP / 4
            else:
                counter["order"] += 1
    return Extracted(doc_id=doc_id, format="docx", pages=None, grids=grids, lines=lines, path=path, warnings=copies)


_LABEL_VALUE = lazy(r"[:：]")


def _tab_aligned(lines: list[TextLine], grids: list[Grid]) -> list[TextLine]:
    """Paragraphs laid out as a table with tabs (`项目名称\t乡村道路养护工程`, `一级指标\t二级指标\t…`): three or more
    in a row, no table between, are read as a text dump's lines are, one grid (the form was read as nothing). The
    other paragraphs' tabs are spaces, as Word shows them."""
    from extract.txt import _build_horizontal
    out: list[TextLine] = []
    run: list[TextLine] = []
    tables = sorted(g.order for g in grids)

    def close() -> None:
        fields = [[f for f in t.text.split("\t") if f.strip()] for t in run]
        # a table's rows: three or more lines of three fields or more, most fields no `label：value` of their own
        # (a form's head or signature lines, `填报人：张三\t联系电话：…`, are lines, as Word shows them)
        if len(run) >= 3 and _tab_table(fields) \
                and sum(1 for f in fields for x in f if _LABEL_VALUE.search(x)) * 2 < sum(len(f) for f in fields):
            sub, texts = _build_horizontal([t.text for t in run])
            for g in sub:
                for c in g.cells:
                    c.line = run[c.line - 1].line if c.line else None
                g.order, g.origin = run[0].order, "txt_tabs"
                grids.append(g)
            out.extend(TextLine(t.text.replace("\t", " "), None, run[t.line - 1].line, run[t.line - 1].order)
                       for t in texts)
        else:
            out.extend(TextLine(t.text.replace("\t", " "), t.page, t.line, t.order) for t in run)
        run.clear()

    for t in lines:
        tabbed = "\t" in t.text.strip() and t.line is not None
        if run and (not tabbed or t.line != run[-1].line + 1
                    or any(run[-1].order < o < t.order for o in tables)):
            close()
        if tabbed:
            run.append(t)
        else:
            out.append(TextLine(t.text.replace("\t", " "), t.page, t.line, t.order) if "\t" in t.text else t)
    close()
    return out


def _tab_table(fields: list[list[str]]) -> bool:
    """Whether tabbed paragraphs' fields make a table's rows: three lines of three fields or more (`一级指标\t二级指标
    \t…`), or every line two fields or more and two of them three or more — a form's fields laid out with tabs,
    `项目名称\t…` over `主管部门\t…\t实施单位\t…`, `年度资金总额（万元）\t66\t其中：财政拨款\t60` and `年度绩效目标\t…`
    (each line's spaces left, the goal's label was read with nothing after it). Lines of two fields only (an
    outline's `一、\t项目概况`) are no table; but three lines or more each opening on a field's name (a word of Han
    characters, a year's figures among them, no mark: `项目名称\t…`, `2025年资金总额（万元）\t…`, `年度绩效目标\t…`),
    one field a line or more, are (hunt ly19: each was a line, the goal's label with nothing after it; review rv144:
    the year's), not a contents' lines ending on their page numbers (`项目基本情况\t3`)."""
    wide = sum(1 for f in fields if len(f) >= 3)
    return wide >= 3 or wide >= 2 and all(len(f) >= 2 for f in fields) \
        or len(fields) >= 3 and all(len(f) >= 2 and _FIELD_NAME.match(f[0].strip()) for f in fields) \
        and not all(f[-1].strip().isdigit() and len(f[-1].strip()) <= 3 for f in fields)


# a form's field name opening a tabbed line (`年度绩效目标`, `项目资金（万元）`, a year's figures in it too:
# `2025年资金总额（万元）`, review rv144), no outline's number or chapter (`一、`, `第一章`, `1`), no year alone (`2025年`)
_FIELD_NAME = lazy(r"^(?!第[一二三四五六七八九十\d]+[章节条部])(?=\d*[\u4e00-\u9fff]{2})[\u4e00-\u9fff\d]{2,16}"
                   r"(?:[（(][\u4e00-\u9fff]{1,4}[)）])?$")


def _header_footer_parts(document, kind: str) -> list:
    """The XML of the document's page headers (kind `header`) or footers, each text once (sections repeat them)."""
    from lxml import etree
    out, seen = [], set()
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/" + kind):
            continue
        blob = rel.target_part.blob
        if blob in seen:
            continue
        seen.add(blob)
        try:
            out.append(etree.fromstring(blob))
        except etree.XMLSyntaxError:
            continue
    return out


def _docx_blocks(parent, grids: list[Grid], lines: list[TextLine], counter: dict, document=None) -> None:
    """Read the block content of a body, a header, a content control or a layout cell: paragraphs as text
    lines (with the text boxes they anchor), tables as grids."""
    carry = ""                                       # a paragraph's text whose mark was deleted: the next one's start
    for child in parent.iterchildren():
        tag = child.tag
        if tag == W + "p":
            counter["para"] += 1
            counter["order"] += 1
            text = carry + _w_text(child, "\t")    # (tabs kept for _tab_aligned; spaces again after)
            carry = text if _joins_next(child) else ""
            if text.strip() and not carry:
                lines.append(TextLine(text, None, counter["para"], counter["order"] * ORDER_STEP))
            for box in child.iter(W + "txbxContent"):        # a text box anchored in the paragraph
                if not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
                    # (once: not its VML fallback copy; its error its own, as a table's)
                    _part_or_say(_docx_blocks, grids, lines, f"a text box of paragraph {counter['para']}", box, grids,
                                 lines, counter, document)
            if document is not None:
                for ole in _own_objects(child, W + "txbxContent"):   # a worksheet or document embedded as an object
                    _part_or_say(_ole_object, grids, lines, f"an object embedded in paragraph {counter['para']}", ole,
                                 grids, lines, counter, document)
        elif tag == W + "tbl":
            only = _only_cell(child)
            if only is not None:
                _docx_blocks(only, grids, lines, counter, document)   # a one-cell layout table around the form
            else:
                _table_or_say(_docx_table, grids, lines, counter, child, grids, counter, document, lines)
        elif tag in (W + "sdt", W + "customXml"):       # a content control (or custom XML) around blocks
            bound = _bound_value(child) if tag == W + "sdt" else None
            if bound is not None:
                counter["para"] += 1
                counter["order"] += 1
                if bound.strip():
                    lines.append(TextLine(bound, None, counter["para"], counter["order"] * ORDER_STEP))
                continue
            if _is_placeholder_sdt(child):
                continue
            content = child.find(W + "sdtContent") if tag == W + "sdt" else child
            if content is not None:
                _docx_blocks(content, grids, lines, counter, document)
        elif tag == W + "altChunk" and document is not None:
            _alt_chunk(child, grids, lines, counter, document)


def _joins_next(p) -> bool:
    """Whether Word shows paragraph P run on into the next: its paragraph mark deleted (or moved away) with changes
    tracked, `w:pPr/w:rPr/w:del` — a reviewer joining `项目名称：` and the name typed on the line under it — and a
    paragraph after it to join (a paragraph before a table stays one)."""
    mark = p.find(f"{W}pPr/{W}rPr")
    if mark is None or (mark.find(W + "del") is None and mark.find(W + "moveFrom") is None):
        return False
    nxt = p.getnext()
    while nxt is not None and nxt.tag not in (W + "p", W + "tbl", W + "sdt", W + "sectPr"):
        nxt = nxt.getnext()                          # (bookmarks, comment ranges between them)
    return nxt is not None and nxt.tag == W + "p"


def _only_cell(tbl):
    """The one cell of a one-row, one-cell table holding blocks (a layout table around a form), else None."""
    rows = list(tbl.iterchildren(W + "tr"))
    if len(rows) != 1:
        return None
    cells = list(_row_cells(rows[0]))
    if len(cells) != 1:
        return None
    inner = cells[0]
    blocks = [c for c in inner.iterchildren() if c.tag in (W + "p", W + "tbl", W + "sdt")]
    has_table = any(c.tag == W + "tbl" for c in blocks)
    return inner if has_table or sum(1 for c in blocks if c.tag == W + "p" and _w_text(c).strip()) >= 3 else None


_AF_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _chunks_as_bytes() -> None:
    """Have python-docx load the parts a `w:altChunk` imports as bytes, whatever their content type: a whole Word
    document imported (the Open XML SDK's AlternativeFormatImportPart, content type `…document.main+xml`) was
    parsed as the package's XML and the file failed (`damaged DOCX … XMLSyntaxError`)."""
    from docx.opc.part import Part, PartFactory
    if getattr(PartFactory.part_class_selector, "_jixiao", False):
        return

    def selector(content_type, reltype):
        return Part if reltype == _AF_CHUNK else None
    selector._jixiao = True
    PartFactory.part_class_selector = selector


_O = "{urn:schemas-microsoft-com:office:office}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# an embedded object's element: VML's `o:OLEObject` (Word, WPS, LibreOffice), `w:objectEmbed` (Word's Strict Open XML)
_OLE_TAGS = (_O + "OLEObject", W + "objectEmbed")
_ACTIVE_TAB = lazy(rb"<(?:\w+:)?workbookView\b[^>]*\bactiveTab=\"(\d+)\"")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _own_objects(el, stop: str) -> list:
    """The embedded objects (`_OLE_TAGS`) of a paragraph or a cell EL that are its own: not in an element of tag
    STOP below EL (a text box in the paragraph, read with the box's blocks; a cell of a table nested in the cell,
    read with that table) nor in a markup-compatibility fallback (Word writes a text box twice, DrawingML and its
    VML copy: the object in it was read two or three times, its project's indicators each given twice more)."""
    out = []
    for ole in el.iter(*_OLE_TAGS):
        for a in ole.iterancestors():
            if a is el:
                out.append(ole)
                break
            if a.tag == stop or a.tag == _MC_FALLBACK:
                break
    return out


_SHEET_PROG = lazy(r"(?i)\.sheet")            # an OLE object's ProgID of a workbook (`Excel.Sheet.12`)
_WORD_PROG = lazy(r"(?i)word\.document")      # …of a Word document (`Word.Document.12`)


def _ole_object(ole, grids: list[Grid], lines: list[TextLine], counter: dict, document) -> None:
    """A workbook or a Word document embedded as an object in a paragraph (`_ole_read`), read in place. One shown
    as an icon (`DrawAspect="Icon"`: an attachment, its file's name under the icon) is noted in counter["icons"]
    with the grids and lines it gave, for `_icon_copies`."""
    sub = _ole_read(ole, document)
    if sub is None:
        return
    n_grids, n_lines = len(grids), len(lines)
    _put_in_place(sub, grids, lines, counter)
    if _icon(ole):
        counter.setdefault("icons", []).append((n_grids, len(grids), n_lines, len(lines)))


def _icon(ole) -> bool:
    """Is the embedded object shown as an icon (`DrawAspect="Icon"`: an attachment, its file's name under it)?"""
    return (ole.get("DrawAspect") or ole.get(W + "drawAspect") or "").lower() == "icon"


_YEAR_NAMED = lazy(r"((?:19|20)\d\d)\s*年")     # a year a text names (`2024年度`, `2025年6月底前`)


def _icon_copies(grids: list[Grid], lines: list[TextLine], counter: dict) -> list[ParseWarning]:
    """Take out the attachments shown as icons that are copies of a form typed in the document itself (the
    workbook the form was typed from, attached under it: its project was read twice, each indicator a
    duplicate_indicator): an attachment whose tables' cells are (nine in ten or more of them, by text) cells of the
    document's own tables, naming no year the document does not, is a copy, not read (the project's form of another
    year, its title's year and a few figures apart, is read); one whose form the document does not hold (a covering
    letter's attachment, another form) is read. Returns an `attachment_copy` warning for each one taken out."""
    icons = counter.get("icons") or []
    if not icons:
        return []
    theirs = {k for g0, g1, _, _ in icons for k in range(g0, g1)}
    own = {" ".join(c.text.split()) for k, g in enumerate(grids) if k not in theirs for c in g.cells if c.text.strip()}
    # the years the document's own tables and lines name (its title `2025年度…` is a paragraph above its table)
    their_lines = {k for _, _, l0, l1 in icons for k in range(l0, l1)}
    own_years = {y for t in own for y in _YEAR_NAMED.findall(t)} \
        | {y for k, t in enumerate(lines) if k not in their_lines for y in _YEAR_NAMED.findall(t.text)}
    drop_grids: set[int] = set()
    drop_lines: set[int] = set()
    out = []
    for g0, g1, l0, l1 in icons:
        texts = [" ".join(c.text.split()) for g in grids[g0:g1] for c in g.cells if c.text.strip()]
        if len(texts) >= 4 and sum(t in own for t in texts) * 10 >= len(texts) * 9 \
                and not {y for t in texts for y in _YEAR_NAMED.findall(t)} - own_years:
            # (not the same form of another year, `2024年度项目支出绩效目标表` attached to the 2025 one: most of its
            # cells the same, its year none of the document's — it was taken for a copy and lost)
            drop_grids.update(range(g0, g1))
            drop_lines.update(range(l0, l1))
            out.append(ParseWarning("attachment_copy", f"an object shown as an icon (an attachment) holds the form "
                                                       f"typed in the document again ({len(texts)} cells): not read twice"))
    grids[:] = [g for k, g in enumerate(grids) if k not in drop_grids]
    lines[:] = [t for k, t in enumerate(lines) if k not in drop_lines]
    return out


def _ole_read(ole, document) -> Extracted | None:
    """A workbook or a Word document embedded as an object (Insert > Object, 选择性粘贴 > Microsoft Excel 工作表 对象:
    `w:object` holding `o:OLEObject ProgID="Excel.Sheet.12"` over its part, `word/embeddings/*.xlsx`, an `.xls` in an
    `oleObject.bin` for Excel.Sheet.8, a .docx for Word.Document.12): Word shows a picture of it (an EMF, no text),
    the form pasted so was no form at all. Read: a workbook's active sheet (what the picture shows) with the
    Excel reader, as tables (a chart sheet, hidden or empty sheet active: the first worksheet with cells); a Word
    document's tables and paragraphs, a Word 97-2003 one (Word.Document.8, a .doc compound file) converted by
    LibreOffice first. None where it is no such object or cannot be read (it stays the picture it shows)."""
    prog = ole.get("ProgID") or ole.get(W + "progId") or ""
    sheet = _SHEET_PROG.search(prog)                               # (not Excel.Chart: a chart's data)
    if not sheet and not _WORD_PROG.match(prog):
        return None
    rel = document.part.rels.get(ole.get(_R_ID) or "")
    if rel is None or rel.is_external:
        return None
    blob = rel.target_part.blob
    try:
        if not sheet:
            if blob[:8] == _OLE_MAGIC:
                blob = convert_with_soffice(blob, ".doc", "docx")   # (Word.Document.8: LibreOffice reads the .doc)
            if blob[:4] != b"PK\x03\x04":
                return None
            sub = extract_docx(blob, "")
        elif blob[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(blob)) as z:
                book = z.read("xl/workbook.xml")
            m = _ACTIVE_TAB.search(book)
            sub = extract_xlsx(blob, "")
            # activeTab counts the workbook's every tab, chart sheets too, as the reader's sheet numbers and names do
            # (a chart sheet's name ''; it active: 0, the first worksheet with cells is shown below)
            tab = int(m.group(1)) if m else 0
            names = sub.sheet_names or []
            active = tab + 1 if tab < len(names) and names[tab] else 0
        elif blob[:8] == _OLE_MAGIC:
            import xlrd
            book = xlrd.open_workbook(file_contents=blob, on_demand=True)
            active = next((t for k, t in enumerate(_xls_tabs(book)[0]) if book.sheet_by_index(k).sheet_visible), 1)
            sub = extract_xls(blob, "")
        else:
            return None
    except Exception:                  # (a damaged or foreign object: it stays the picture it shows)
        return None
    if sheet:
        pages = [g.cells[0].page for g in sub.grids if g.cells]
        if active not in pages:
            active = pages[0] if pages else 0      # (a chart sheet active, or one hidden or empty: the first with cells)
        shown = [g for g in sub.grids if g.cells and g.cells[0].page == active]
        sub = Extracted(doc_id="", format="docx", pages=None, path=None, lines=[], grids=[
            Grid(g.cells, g.n_rows, g.n_cols, "docx", order=(k + 1) * ORDER_STEP) for k, g in enumerate(shown)])
    return sub


def _alt_chunk(el, grids: list[Grid], lines: list[TextLine], counter: dict, document) -> None:
    """An imported part (`w:altChunk`: content Word shows in place): HTML (or a single-file web page) read with the
    HTML reader, a Word document with the DOCX reader, plain text as lines, in place."""
    rid = el.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    rel = document.part.rels.get(rid) if rid else None
    if rel is None or rel.is_external:
        return
    ctype, blob = (rel.target_part.content_type or "").lower(), rel.target_part.blob
    try:
        if "html" in ctype or "rfc822" in ctype:
            sub = extract_html(blob, "")
        elif "wordprocessingml" in ctype and blob[:4] == b"PK\x03\x04":
            sub = extract_docx(blob, "")
        elif ctype.startswith("text/plain"):
            from extract.txt import decode_text
            sub = Extracted(doc_id="", format="docx", pages=None, grids=[], path=None, lines=[
                TextLine(x, None, k + 1, (k + 1) * ORDER_STEP)
                for k, x in enumerate(decode_text(blob)[0].splitlines()) if x.strip()])
        else:
            return
    except ExtractError:
        return
    _put_in_place(sub, grids, lines, counter)


def _put_in_place(sub: Extracted, grids: list[Grid], lines: list[TextLine] | None, counter: dict) -> None:
    """The tables and lines of an imported part or an embedded object, read as the document's at this place."""
    base = counter["order"]
    for g in sub.grids:
        counter["table"] += 1
        grids.append(Grid([Cell(c.row, c.col, c.text, c.rowspan, c.colspan, counter["table"], c.line, c.bbox, c.conf)
                           for c in g.cells], g.n_rows, g.n_cols, "docx", order=(base + g.order / ORDER_STEP + 1) * ORDER_STEP))
    for t in sub.lines if lines is not None else ():
        lines.append(TextLine(t.text, None, t.line, (base + t.order / ORDER_STEP + 1) * ORDER_STEP))
    counter["order"] = base + 1 + max([g.order / ORDER_STEP for g in sub.grids] + [t.order / ORDER_STEP for t in sub.lines]
                                      + [0.0])


def _on(el) -> bool:
    """Whether an OOXML on/off property element (`<w:showingPlcHdr/>`, `<w:vanish w:val="0"/>` …) is set: present,
    and its `w:val`, if any, not `0` / `false` / `off` (WPS writes `<w:showingPlcHdr w:val="0"/>` on filled controls)."""
    return el is not None and el.get(W + "val", "1").lower() not in ("0", "false", "off")


def _is_placeholder_sdt(sdt) -> bool:
    """A content control showing its placeholder text (`单击或点击此处输入文字。`): nothing was filled in."""
    pr = sdt.find(W + "sdtPr")
    return pr is not None and _on(pr.find(W + "showingPlcHdr"))


_BOUND_DATA: "contextvars.ContextVar[dict]" = contextvars.ContextVar("_BOUND_DATA", default={})
_DS = "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}"


def _custom_xml_parts(data: bytes) -> dict:
    """The custom XML parts of a Word package (customXml/itemN.xml: the data a content control is bound to) by their
    datastore item id (upper case, from customXml/itemPropsN.xml), parsed; {} where there are none."""
    import posixpath

    from lxml import etree
    out: dict = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            for name in sorted(n for n in names if re.fullmatch(r"customXml/item\d+\.xml", n)):
                try:
                    root = etree.fromstring(z.read(name))
                except etree.XMLSyntaxError:
                    continue
                item_id = ""
                rels = posixpath.join("customXml/_rels", posixpath.basename(name) + ".rels")
                if rels in names:
                    for r in etree.fromstring(z.read(rels)).iter(_PKG_REL + "Relationship"):
                        target = posixpath.normpath(posixpath.join("customXml", r.get("Target", "")))
                        if target in names and (r.get("Type") or "").endswith("/customXmlProps"):
                            props = etree.fromstring(z.read(target))
                            item_id = (props.get(_DS + "itemID") or "").upper()
                out[item_id or name] = root
    except (zipfile.BadZipFile, KeyError, ValueError):
        return {}
    return out


def _bound_value(sdt) -> str | None:
    """The text Word shows in a content control bound to a custom XML part (`<w:dataBinding w:xpath=…
    w:storeItemID=…>`: a form filled by writing its data part, the control's own content the template's text or
    placeholder, refreshed by Word on opening): the node's text — a drop-down's item shown for it, a date in the
    control's date format; "" for an empty node (Word shows the placeholder). None when the control is bound to
    nothing this package holds (its content is read)."""
    pr = sdt.find(W + "sdtPr")
    bind = pr.find(W + "dataBinding") if pr is not None else None
    parts = _BOUND_DATA.get()
    if bind is None or not parts or not bind.get(W + "xpath"):
        return None
    ns = dict(re.findall(r"xmlns:(\w+)\s*=\s*['\"]([^'\"]*)['\"]", bind.get(W + "prefixMappings") or ""))
    store = (bind.get(W + "storeItemID") or "").upper()
    # (the part of that id; with no id, the first part where the path leads somewhere; an id of no custom XML part
    # — the document's properties, docProps/core.xml — or an id not held: the control's own content, its copy)
    if store and store not in parts:
        return None
    for root in ([parts[store]] if store else list(parts.values())):
        try:
            found = root.getroottree().xpath(bind.get(W + "xpath"), namespaces=ns)
        except Exception:
            continue
        if isinstance(found, list):
            if not found:
                continue
            found = found[0]
        text = found if isinstance(found, str) else "".join(found.itertext()) if hasattr(found, "itertext") else \
            str(found)
        return _bound_shown(pr, text.strip())
    return None


def _bound_shown(pr, value: str) -> str:
    """A bound value as its control shows it: a drop-down's (or combo box's) item of that value its display text; a
    date control's `2025-06-30T00:00:00` in its w:dateFormat (`yyyy年M月d日`)."""
    for kind in ("dropDownList", "comboBox"):
        box = pr.find(W + kind)
        if box is not None:
            for item in box.findall(W + "listItem"):
                if item.get(W + "value") == value:
                    return item.get(W + "displayText") or value
    date = pr.find(W + "date")
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if date is not None and m:
        fmt = (date.find(W + "dateFormat").get(W + "val") if date.find(W + "dateFormat") is not None else "") or ""
        if fmt:
            y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
            return re.sub(r"yyyy|yy|MM|M|dd|d", lambda t: {"yyyy": y, "yy": y[2:], "MM": f"{mo:02d}", "M": str(mo),
                                                           "dd": f"{d:02d}", "d": str(d)}[t.group(0)], fmt)
    return value


def _docx_table(tbl, grids: list[Grid], counter: dict, document=None, lines: list[TextLine] | None = None) -> None:
    """A Word table as a grid (and the tables nested in its cells, and the objects embedded in them, after it; a
    table of columns that is all its cell holds, in the cell's rows: `_inline_rows`). An
    object shown as an icon in a cell (an attachment, `附件 | <icon>`) is read after the table as the document's own
    tables and lines, noted for `_icon_copies` as one in a paragraph is (LINES: where its lines go; None, as in a
    header's table: its lines are not read)."""
    counter["table"] += 1
    counter["order"] += 1
    tno = counter["table"]
    order = counter["order"] * ORDER_STEP
    cells: list[Cell] = []
    open_v: dict[int, int] = {}          # grid column -> index in `cells` of the cell a vMerge continues
    n_cols = 0
    rows = list(_table_rows(tbl))
    nested: list = []
    inlined: list = []                   # (top, col, span, rows) of each nested table read in the rows
    flat = [[_inline_rows(tc) for tc in _row_cells(tr)] for tr in rows]
    tall = [max([nest_rows(x) for x in row if x] + [1]) for row in flat]     # grid rows each table row takes
    base = [sum(tall[:r]) for r in range(len(rows))]
    for r, tr in enumerate(rows):
        col = 0
        trpr = tr.find(W + "trPr")
        if trpr is not None:
            gb = trpr.find(W + "gridBefore")
            if gb is not None:
                col += int(gb.get(W + "val", "0"))
        for k, tc in enumerate(_row_cells(tr)):
            tcpr = tc.find(W + "tcPr")
            span = _cell_span(tc)
            vmerge = None
            if tcpr is not None:
                vm = tcpr.find(W + "vMerge")
                if vm is not None:
                    vmerge = vm.get(W + "val", "continue")
                hm = tcpr.find(W + "hMerge")
                if hm is not None and hm.get(W + "val", "continue") == "continue" and cells \
                        and cells[-1].row == base[r] and cells[-1].col + cells[-1].colspan == col:
                    c = cells[-1]                  # a legacy horizontal merge: the cell goes on to the right
                    cells[-1] = Cell(c.row, c.col, c.text, c.rowspan, c.colspan + span, c.page, c.line, c.bbox)
                    col += span
                    continue
            if vmerge == "continue" and col in open_v:
                at = open_v[col]
                c = cells[at]
                cells[at] = Cell(c.row, c.col, c.text, base[r] + tall[r] - c.row, c.colspan, c.page, c.line, c.bbox)
            elif flat[r][k]:
                nested.append(("inlined", len(inlined)))     # (numbered as a table in its turn)
                inlined.append((base[r], col, span, flat[r][k]))
                for x in range(col, col + span):
                    open_v.pop(x, None)
            else:
                text = _cell_text(tc)
                for inner in tc.iter(W + "tbl"):
                    if (inner.getparent() is tc or inner.getparent().tag in (W + "sdtContent", W + "customXml")) \
                            and not _lines_table(inner):
                        nested.append(inner)
                for ole in _own_objects(tc, W + "tc") if document is not None else ():
                    # a worksheet or a Word document embedded in the cell: its tables read as nested tables, a
                    # document's paragraphs as the cell's text (the goal pasted as a Word object: it was lost)
                    sub = _ole_read(ole, document)
                    if sub is not None and _icon(ole):
                        nested.append(("icon", sub))    # (Word shows its icon, not its text, in the cell)
                    elif sub is not None:
                        text = "\n".join(x for x in [text] + [t.text.strip() for t in sub.lines] if x.strip())
                        nested.append(sub)
                cells.append(Cell(base[r], col, text, tall[r], span, tno, r + 1))
                if vmerge == "restart":
                    for k in range(col, col + span):
                        open_v[k] = len(cells) - 1
                else:
                    for k in range(col, col + span):
                        open_v.pop(k, None)
            col += span
        n_cols = max(n_cols, col)
    cells, n_cols, own = inlined_cells(cells, inlined, n_cols)
    kept = [c for c in cells if c.text.strip()]
    grids.append(Grid(kept, sum(tall), n_cols, "docx", order=order))
    for inner in nested:
        if isinstance(inner, tuple) and inner[0] == "inlined":
            counter["table"] += 1              # (its cells in this grid keep their own table and row: provenance)
            for c in own[inner[1]]:
                c.page = counter["table"]
        elif isinstance(inner, tuple):
            # an attachment in a cell: a copy of the form typed in the table is taken out as one in a paragraph is
            # (the workbook the form was typed from, in the `附件` row: each indicator was read twice)
            n_grids, n_lines = len(grids), len(lines) if lines is not None else 0
            _put_in_place(inner[1], grids, lines, counter)
            counter.setdefault("icons", []).append((n_grids, len(grids), n_lines,
                                                    len(lines) if lines is not None else 0))
        elif isinstance(inner, Extracted):
            _put_in_place(inner, grids, None, counter)
        else:
            _docx_table(inner, grids, counter, document, lines)


def _inline_rows(tc) -> list[list[str]] | Grid | None:
    """The rows of a table of columns that is all a cell holds (the 项目资金（万元） value cell typed as a small table
    of 年度资金总额 | 180.00 lines), when it merges nothing but a row of one cell (a head across it, `column_table`):
    read in the table's rows, as Word and a PDF of it show them, the grid widened where they need more columns than
    the cell spans (`inlined_cells`; a grid of its own after the table, the amounts were read apart from the label
    and its 万元). One merging cells (gridSpan, vMerge): its grid, when it fits its cell (`fitting_nest`). None
    otherwise (the nested table stays a grid of its own)."""
    inner = [x for x in tc if x.tag == W + "tbl"]
    if len(inner) != 1 or _lines_table(inner[0]) or _cell_text(tc).strip() \
            or next(inner[0].iterdescendants(W + "tbl"), None) is not None:
        return None
    rows = list(_table_rows(inner[0]))
    out = [[_cell_text(c) for c in _row_cells(tr)] for tr in rows]
    merging = [next(tr.iterdescendants(W + "vMerge", W + "gridSpan"), None) is not None for tr in rows]
    if column_table(out, merging):
        return out
    if not column_table(out):
        return None
    own: list[Grid] = []
    _docx_table(inner[0], own, {"table": 0, "order": 0})
    return fitting_nest(own[0], _cell_span(tc))


def _cell_span(tc) -> int:
    """The grid columns a Word cell spans (its gridSpan)."""
    gs = tc.find(W + "tcPr/" + W + "gridSpan")
    return int(gs.get(W + "val", "1")) if gs is not None else 1


def _table_rows(tbl):
    """A table's rows, those inside content controls (repeating sections) or custom XML too."""
    for child in tbl.iterchildren():
        if child.tag == W + "tr":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _table_rows(content)


def _row_cells(tr):
    for child in tr.iterchildren():
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):     # a cell wrapped in a content control
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _row_cells(content)


def _lines_table(tbl) -> bool:
    """Whether a table nested in a cell only stacks lines in it: one cell a row, no table in them (目标1 / 目标2 typed
    in a one-column table inside the 年度绩效目标 value cell). Word shows them as the cell's lines, and they are read
    so (a grid of its own, it left the cell empty: the goal was lost); a nested table of columns stays a table."""
    rows = list(_table_rows(tbl))
    return bool(rows) and all(len(list(_row_cells(tr))) <= 1 for tr in rows) \
        and next(tbl.iterdescendants(W + "tbl"), None) is None


def _cell_text(tc) -> str:
    """The paragraphs of a cell (not of tables nested in it), joined by new lines."""
    parts: list[str] = []

    glue: list[int | None] = [None]                  # the part of a paragraph whose mark is deleted: the next goes on in it

    def walk(el) -> None:
        for child in el.iterchildren():
            if child.tag == W + "p":
                text = _w_text(child)
                if glue[0] is not None:
                    parts[glue[0]] += text
                    at = glue[0]
                else:
                    parts.append(text)
                    at = len(parts) - 1
                glue[0] = None                           # a box's first paragraph is no run-on of this one
                for box in child.iter(W + "txbxContent"):
                    # a text box anchored in the cell's paragraph (a value typed in a box laid over the cell): Word
                    # shows it in the cell (its text was lost); once, not its VML fallback copy nor a box in a box
                    if not any(a.tag in (_MC_FALLBACK, W + "txbxContent") for a in box.iterancestors()
                               if a is not child and child in a.iterancestors()):
                        walk(box)
                glue[0] = at if _joins_next(child) else None   # the next paragraph runs on in this one, past its boxes
            elif child.tag == W + "tbl" and _lines_table(child):
                for tr in _table_rows(child):
                    for inner in _row_cells(tr):
                        walk(inner)
            elif child.tag in (W + "sdt", W + "customXml"):
                bound = _bound_value(child) if child.tag == W + "sdt" else None
                if bound is not None:
                    parts.append(bound)
                    continue
                if child.tag == W + "sdt" and _is_placeholder_sdt(child):
                    continue
                content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
                if content is not None:
                    walk(content)

    walk(tc)
    return "\n".join(parts)


# w:sym characters (font, code) and symbol-font text characters that are signs of the forms: ticked and empty
# boxes, ticks, comparison signs (Wingdings / Wingdings 2 boxes, Symbol's ≥ ≤)
_SYM = {("wingdings", "F0FE"): "☑", ("wingdings", "F078"): "☑", ("wingdings", "F0FD"): "☑",
        ("wingdings", "F0A8"): "☐", ("wingdings", "F06F"): "☐", ("wingdings", "F0FC"): "√",
        ("wingdings 2", "F052"): "☑", ("wingdings 2", "F054"): "☑", ("wingdings 2", "F0A3"): "☐",
        ("wingdings 2", "F050"): "√", ("wingdings 2", "F0A1"): "☐",
        ("symbol", "F0B3"): "≥", ("symbol", "F0A3"): "≤", ("symbol", "F0B9"): "≠", ("symbol", "F0B1"): "±",
        ("symbol", "F0D6"): "√", ("symbol", "F0BB"): "≈", ("symbol", "F0B4"): "×"}
_SYMBOL_FONTS = frozenset(f for f, _ in _SYM)


def _sym_char(font: str, code: str) -> str | None:
    code = code.upper()
    if len(code) == 2 or (len(code) == 4 and code.startswith("00")):
        # (`0052`, written by some generators without the F000 offset Word writes: a symbol font shows the
        # same glyph at 0052 as at F052)
        code = "F0" + code[-2:]
    got = _SYM.get((font.lower(), code))
    if got is None and not font:                   # a w:sym without its font: the box codes of Wingdings
        got = _SYM.get(("wingdings", code))
    return got


def _run_font(r) -> str:
    pr = r.find(W + "rPr")
    f = pr.find(W + "rFonts") if pr is not None else None
    return (f.get(W + "ascii") or f.get(W + "hAnsi") or "") if f is not None else ""


def _hidden(r) -> bool:
    """A run formatted hidden (`w:vanish`, `w:webHidden`): Word does not show it."""
    pr = r.find(W + "rPr")
    if pr is None:
        return False
    for tag in (W + "vanish", W + "webHidden"):
        v = pr.find(tag)
        if v is not None and v.get(W + "val", "1") not in ("0", "false", "off"):
            return True
    return False


def _w_text(p, tab: str = " ") -> str:
    """A paragraph's text; a checkbox content control is written ☑ (checked) or ☐, whatever glyph it shows;
    signs written in a symbol font (Wingdings boxes, Symbol's ≥) are the signs they show."""
    out: list[str] = []

    def walk(el, font: str = "") -> None:
        for ch in el:
            tag = ch.tag
            if tag == W + "sdt":
                pr = ch.find(W + "sdtPr")
                box = pr.find(W14 + "checkbox") if pr is not None else None
                if box is not None:
                    checked = box.find(W14 + "checked")
                    on = checked is not None and checked.get(W14 + "val", "1") in ("1", "true")
                    out.append("☑" if on else "☐")
                    continue
                bound = _bound_value(ch)
                if bound is not None:
                    out.append(bound)
                    continue
                if _is_placeholder_sdt(ch):
                    continue
                content = ch.find(W + "sdtContent")
                if content is not None:
                    walk(content, font)
            elif tag == W + "r":
                if not _hidden(ch):
                    walk(ch, _run_font(ch))
            elif tag == W + "t":
                text = ch.text or ""
                if font.lower() in _SYMBOL_FONTS:
                    text = "".join(_sym_char(font, f"{ord(c) & 0xFF:02X}") or c for c in text)
                out.append(text)
            elif tag == W + "tab":
                out.append(tab)
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("-")                        # Word shows a hyphen (`2‑4小时`; a soft hyphen shows nothing)
            elif tag == W + "fldChar":
                # a legacy form field (Word 2003's FORMCHECKBOX): its box is ticked when <w:checked/> says so, or
                # by its default; written ☑ / ☐ as a content control's (every option was read as chosen)
                box = ch.find(f"{W}ffData/{W}checkBox")
                if box is not None:
                    chk = box.find(W + "checked")
                    dflt = box.find(W + "default")
                    on = chk.get(W + "val", "1") not in ("0", "false") if chk is not None else (
                        dflt is not None and dflt.get(W + "val") in ("1", "true"))
                    out.append("☑" if on else "☐")
                dd = ch.find(f"{W}ffData/{W}ddList")
                if dd is not None:
                    # a legacy drop-down form field (FORMDROPDOWN): no result runs, Word draws the chosen entry — by
                    # its index (w:result), else the default's, else the first (the year of a title, a level 1 / 2
                    # 指标 chosen from a list were lost)
                    entries = [e.get(W + "val") or "" for e in dd.findall(W + "listEntry")]
                    at = dd.find(W + "result")
                    at = at if at is not None else dd.find(W + "default")
                    k = int(at.get(W + "val") or 0) if at is not None and (at.get(W + "val") or "0").isdigit() else 0
                    if entries:
                        out.append(entries[k] if 0 <= k < len(entries) else entries[0])
            elif tag == W + "sym":                     # a sign inserted as a symbol (Insert > Symbol)
                got = _sym_char(ch.get(W + "font") or "", ch.get(W + "char") or "")
                if got:
                    out.append(got)
            elif tag in (W + "hyperlink", W + "ins", W + "moveTo", W + "smartTag", W + "fldSimple",
                         W + "customXml", W + "sdtContent"):
                walk(ch, font)
            elif tag in (M + "oMath", M + "oMathPara"):   # an equation (Insert > Equation): the text Word shows
                out.append(_omml_text(ch))

    walk(p)
    return "".join(out)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MATH_ATOM = lazy(r"^[\w.%‰]+$")
_FRACTION_BAR = "/"                  # between a fraction's numerator and its denominator (`1/3`)
_SUP_MARK = "^"                      # before a superscript of no digits only (`10^n`; `m²`)


def _sup_text(sup: str) -> str:
    """An equation's superscript as it reads (a DOCX's m:sSup, a Word web page's m:sup): digits as superscript digits
    (`m²`), another after `^`, an empty one nothing."""
    return sup.translate(_SUPERSCRIPT) if sup.isdigit() else _SUP_MARK + sup if sup else ""


def _omml_text(el) -> str:
    """An Office Math equation's text as it reads (a target typed as an equation, `≥95%`, `≥3000m²`, `≤1/3`): its runs'
    text in order; a fraction `num/den` (each in brackets when more than one term), a superscript of digits as
    superscript digits (`m²`, other superscripts after `^`), brackets (m:d) with their characters, a radical `√`;
    the equations of a display block (m:oMathPara) one a line. Properties (`…Pr`) are not text."""
    def kids(e) -> str:
        return "".join(_omml_text(c) for c in e)

    def part(e, name: str) -> str:
        sub = e.find(M + name)
        return kids(sub) if sub is not None else ""

    tag = el.tag
    if not isinstance(tag, str) or tag.endswith("Pr"):
        return ""
    if tag == M + "t" or tag == W + "t":
        return el.text or ""
    if tag == M + "oMathPara":
        return "\n".join(_omml_text(c) for c in el if c.tag == M + "oMath")
    if tag == M + "f":
        num, den = part(el, "num"), part(el, "den")
        return _FRACTION_BAR.join(x if _MATH_ATOM.match(x) else f"({x})" for x in (num, den))
    if tag in (M + "sSup", M + "sSubSup"):
        sup = part(el, "sup")
        head = part(el, "e") + part(el, "sub")
        return head + _sup_text(sup)
    if tag == M + "d":
        pr = el.find(M + "dPr")

        def chr_of(name: str, default: str) -> str:
            c = pr.find(M + name) if pr is not None else None
            return c.get(M + "val", "") if c is not None else default
        return (chr_of("begChr", "(") + chr_of("sepChr", "|").join(kids(c) for c in el if c.tag == M + "e")
                + chr_of("endChr", ")"))
    if tag == M + "rad":
        return "√" + part(el, "e")
    return kids(el)


# ---------------------------------------------------------------- XLSX / XLS

# a sheet of instructions or a glossary beside the form (`填表说明`, `说明`, `填报须知`): not a form
_INSTRUCTION_SHEET = lazy(r"^\s*(?:填表|填报|编制|编报|使用|操作|指标)?(?:说明|须知|指南|解释)\s*(?:[（(].*[)）])?\s*$")
_XML_ESCAPE = lazy(r"_x([0-9A-Fa-f]{4})_")
# a sheet its name says is no longer the form (`绩效目标表（作废）`, `旧版`, `备份`): an old version or a copy left in the
# workbook beside the form, read as a second project of the same name
_VOID_WORDS = r"已?作废|废弃|弃用|停用|勿用|旧版|旧表|老版|备份"
# the marker in brackets anywhere, or at the name's end, or at its start (废弃 / 弃用 / 停用 there only with a
# separator after them: `废弃矿山生态修复`, `医疗废弃物处置` are projects' names, no marker)
_VOID_SHEET = re.compile(rf"[（(【\[]\s*(?:{_VOID_WORDS}|旧)\s*[)）】\]]|(?:{_VOID_WORDS})\s*\d*\s*$"
                         r"|^\s*(?:已?作废|勿用|旧版|旧表|老版|备份)|^\s*(?:废弃|弃用|停用)\s*[-_－—\s]")


def _void_sheets(titles: dict[int, str], read: set[int], tabs: list[int] | None = None) \
        -> tuple[set[int], list[ParseWarning]]:
    """The sheets among those read whose names say they are void, old or a backup (see _VOID_SHEET), and a
    `void_sheet_skipped` warning for each, when a sheet is read beside them (else none: the only form is read).
    `tabs`: each sheet's number as Excel counts its tabs (see _tab_numbers), else its index's."""
    void = {i for i in read if _VOID_SHEET.search(titles.get(i) or "")}
    if not void or not read - void:
        return set(), []
    no = (lambda i: tabs[i]) if tabs else (lambda i: i + 1)
    return void, [ParseWarning("void_sheet_skipped", f"sheet {no(i)} ({titles[i]}) is not read: its name says it is "
                               "void, an old version or a backup of the form", page=no(i)) for i in sorted(void)]


def _xls_tabs(book) -> tuple[list[int], int]:
    """An .xls's worksheets' numbers among its tabs (see _tab_numbers) and its number of tabs: xlrd lists the
    worksheets only, and keeps each BOUNDSHEET's place (a chart sheet's, a macro sheet's -1) in _all_sheets_map, the
    map its formulas' sheet references are read by; each worksheet's index where that map does not fit."""
    every = getattr(book, "_all_sheets_map", None) or []
    tabs = [k + 1 for k, i in enumerate(every) if i >= 0]
    if len(tabs) != book.nsheets or any(every[t - 1] != i for i, t in enumerate(tabs)):
        return list(range(1, book.nsheets + 1)), book.nsheets
    return tabs, len(every)


def _tab_numbers(wb) -> list[int]:
    """Each worksheet's number (1-based) among the workbook's tabs, chart sheets counted: the sheet a reader finds
    as Excel numbers its sheets (a chart sheet `资金结构图` between two forms makes the second form's sheet 3)."""
    tabs = list(wb.sheetnames)
    return [tabs.index(ws.title) + 1 if ws.title in tabs else i + 1 for i, ws in enumerate(wb.worksheets)]


# the name of General in the number formats a Chinese Excel writes (`G/通用格式"万元"`, `"≥"G/通用格式"个"`: a unit or a
# sign added to a General cell) and a Japanese one (`G/標準`)
_LOCAL_GENERAL = lazy(r"G/(?:通用格式|標準)")


def _format_tokens(section: str) -> list[tuple[str, str]] | None:
    """The tokens of one section of an Excel number format: ('d', '0'|'#'|'?') digit placeholders, ('.', '.'),
    (',', ','), ('%', '%'), ('gen', ''), ('lit', text). None for what is no plain number format (dates,
    fractions, scientific; a condition's bracket is read by _conditional_section): those numbers are written as
    stored. Chinese numerals (`[DBNum1]`) are written as digits."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(section)
    seen_point = False
    while i < n:
        ch = section[i]
        if ch == '"':
            j = section.find('"', i + 1)
            j = n if j < 0 else j
            out.append(("lit", section[i + 1:j]))
            i = j + 1
            continue
        if ch == "\\" and section[i + 1:i + 3] == "!.":
            # `0\!.0000`: LibreOffice's rewriting of Excel's `0!.0000` (a figure in 元 shown in 万元, 1500000 as
            # 150.0000) — the `!` escaped as text, the point then a decimal point (shown `1500000!`); read as Excel's
            out.append(("lit", "."))
            i += 3
            continue
        if ch in "\\!" and i + 1 < n:             # `\≥` / `!.`: one literal character
            out.append(("lit", section[i + 1]))
            i += 2
            continue
        if ch == "[":
            j = section.find("]", i)
            j = n if j < 0 else j
            inner = section[i + 1:j]
            if inner[:1] in "<>=":
                return None
            # ([DBNum1] / [DBNum2]: the digits shown as Chinese numerals, 十二 / 壹拾贰; written as digits, the
            # number the same, its literals kept: `[DBNum1]G/通用格式"辆"` on 12 -> 12辆, was 12, the unit lost)
            if inner.startswith("$"):                  # [$¥-804]: a currency sign and a locale
                out.append(("lit", inner[1:].split("-", 1)[0]))
            i = j + 1
            continue
        if ch in "_*":                                 # a space as wide as the next character / a fill
            i += 2
            continue
        if section[i:i + 7].lower() == "general":
            out.append(("gen", ""))
            i += 7
            continue
        local = _LOCAL_GENERAL.match(section, i)
        if local:                                      # General in a Chinese (or Japanese) Excel: `G/通用格式"个"`
            out.append(("gen", ""))
            i = local.end()
            continue
        if ch in "0#?":
            out.append(("d", ch))
        elif ch == "." and not seen_point:
            seen_point = True
            out.append((".", "."))
        elif ch == ",":
            out.append((",", ","))
        elif ch == "%":
            out.append(("%", "%"))
        elif ch in "eE" and section[i + 1:i + 2] in ("+", "-"):
            return None
        elif ch == "/" or ch.lower() in "ymdhs":
            return None
        elif ch == "@":
            pass
        else:
            out.append(("lit", ch))
        i += 1
    return out


def _split_sections(fmt: str) -> list[str]:
    """An Excel number format's `;`-separated sections (a `;` inside quotes or brackets or escaped is none)."""
    out, cur, i, n = [], [], 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '"':
            j = fmt.find('"', i + 1)
            j = n - 1 if j < 0 else j
            cur.append(fmt[i:j + 1])
            i = j + 1
            continue
        if ch == "[":
            j = fmt.find("]", i)
            j = n - 1 if j < 0 else j
            cur.append(fmt[i:j + 1])
            i = j + 1
            continue
        if ch in "\\!" and i + 1 < n:
            cur.append(fmt[i:i + 2])
            i += 2
            continue
        if ch == ";":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


def _general(d: Decimal) -> str:
    """A number as Excel's General shows what a double holds: 15 significant digits, no binary noise."""
    d = Decimal(format(float(d), ".15g")) if d != d.to_integral_value() else d
    if d == d.to_integral_value():
        if abs(d) >= Decimal(10) ** 15 and len(str(int(abs(d)))) > 15 \
                and len(repr(float(d)).split("e")[0].replace(".", "").replace("-", "").rstrip("0")) > 15:
            # a 21-digit code typed as a number: the double holds 16 or 17 digits, more than Excel's 15 (it shows
            # `3.30100E+20`); written as the 15 it keeps (`3.3010025E+20`), not as a made-up code of every digit (a
            # round 1e20 is exact and keeps its digits)
            mant, exp = format(float(d), ".14E").split("E")
            return f"{mant.rstrip('0').rstrip('.')}E+{int(exp)}"
        return str(int(d))
    return format(d.normalize(), "f")


_CONDITION = lazy(r"\[\s*(<>|<=|>=|=|<|>)\s*(-?\d+(?:\.\d+)?)\s*\]")


def _section_condition(section: str) -> tuple[str, Decimal] | None:
    """A format section's condition (`[=1]`, `[>=60]`), else None."""
    m = _CONDITION.search(re.sub(r'"[^"]*"', "", section))
    return (m.group(1), Decimal(m.group(2))) if m else None


def _conditional_section(sections: list[str], d: Decimal) -> str | None:
    """The section of a conditional format (`[=1]"是";[=0]"否"`, `[>=60]"合格";"不合格"`) that shows the number d, its
    condition taken off: the first whose condition holds, else the next of no condition (Excel's rule); None when
    none shows it."""
    tests = {"=": lambda a, b: a == b, "<>": lambda a, b: a != b, "<": lambda a, b: a < b, ">": lambda a, b: a > b,
             "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}
    for section in sections[:3]:
        cond = _section_condition(section)
        if cond is None or tests[cond[0]](d, cond[1]):
            return _CONDITION.sub("", section, count=1)
    return None


def _literal_only(section: str) -> str | None:
    """The word a format section shows in place of the number (`"是"`, `"合格"`, `★`: its literals, no digit
    placeholder, no General, no `@`), else None — also for a dash or nothing (a zero shown as `-`: the stored 0)."""
    toks = _format_tokens(section)
    if not toks or any(k in ("d", "gen", "%") for k, _ in toks) or "@" in re.sub(r'"[^"]*"', "", section):
        return None
    text = "".join(t for k, t in toks if k == "lit").strip()
    return text if re.search(r"[^\s\-－—–_.,]", text) else None


# a fraction section of a number format (`# ?/?`, `# ??/??`, `?/4`, `"约"# ?/?"亩"`): literals before, an integer
# part's placeholders and a space (none: an improper fraction, `?/?` on 1.5 -> 3/2), the numerator's placeholders, `/`,
# the denominator's placeholders (its most digits) or a fixed denominator, literals after
_FRACTION = re.compile(r'^(?P<pre>(?:"[^"]*"|\\.|\[[^\]]*\]|[^#0?/"\\\[])*?)'
                       r'(?:(?P<int>[#0?][#0?,]*)(?:\s|_.)+)?(?P<num>[#0?]+)\s*/\s*(?P<den>[#0?]+|[1-9]\d*)'
                       r'(?P<post>(?:"[^"]*"|\\.|\[[^\]]*\]|[^#0?/"\\\[])*)$')


def _format_literals(part: str) -> str:
    """The text of a format's literals (quoted, escaped, a currency bracket's sign; a `_x` space and a `*x` fill
    dropped)."""
    out = []
    for m in re.finditer(r'"([^"]*)"|\\(.)|\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|[_*].|(.)', part):
        out.append(m.group(1) or m.group(2) or m.group(3) or m.group(4) or "")
    return "".join(out)


def _render_fraction(d: Decimal, section: str) -> str | None:
    """The number d (not negative) as a fraction format shows it, as Excel does: `# ?/?` on 0.5 -> 1/2, on 1.25 ->
    1 1/4, on 2 -> 2; `# ??/??` on 0.3125 -> 5/16; `?/?` on 1.5 -> 3/2; a fixed denominator `# ?/4` on 0.5 -> 2/4;
    the closest fraction of a denominator of at most as many digits as the format's. None for no fraction format."""
    from fractions import Fraction
    m = _FRACTION.match(section)
    if not m:
        return None
    value = Fraction(d)
    whole = int(value) if m.group("int") else 0
    rest = value - whole
    den_spec = m.group("den")
    if den_spec[0] in "#0?":
        frac = rest.limit_denominator(10 ** len(den_spec) - 1)
        num, den = frac.numerator, frac.denominator
    else:
        den = int(den_spec)
        num = int((rest * den + Fraction(1, 2)) // 1)
    if m.group("int") and num == den:                  # (2.99 with `# ?/?` rounds up to 3)
        whole, num = whole + 1, 0
    if m.group("int"):
        shown = str(whole) if whole or "0" in m.group("int") or not num else ""
        if num:
            shown = f"{shown} {num}/{den}".strip()
    else:
        shown = f"{num}/{den}"
    return (_format_literals(m.group("pre")) + shown + _format_literals(m.group("post"))).strip()


def _render_number(v, fmt: str) -> str | None:
    """The text Excel shows for the number v in the format fmt, as far as a reader needs it: a percent format
    multiplies by 100, a comma after the digits divides by 1000 (`0\\.0,`: yuan shown as 万元), quoted or
    escaped literals print where they stand (`"≥"0"公里"` -> ≥85公里). Digits are rounded to the format's
    decimals where the format scales the number (`0.0%` on 0.99502 -> 99.5%) or where what is dropped is a
    double's noise (0.30000000000000004 -> 0.3); an amount with more digits than shown keeps them (386/3 万元
    with `0.00` -> 128.666666666667, so that budget lines still add up). Padding zeros after the point are
    left out (`0.00` on 5000 -> 5000) unless the format groups thousands (`#,##0.00` -> 1,234.00) or is a percent
    (`0.0%` on 0.9 -> 90.0%: a target or a rate as the form writes it, its value the same). A negative
    number is written with one `-`, whatever its format shows (`(1,234.50)`, red without a sign). A zero its
    format shows as `-` or hides is 0. A section of words and no digit shows its words (`"是";"是";"否"` on 0 -> 否,
    `"★"`), and a format of conditions the section whose condition holds (`[=1]"是";[=0]"否"` on 1 -> 是; the
    1 / 0 were read as stored). None where the format shows no digits (`@`), no condition shows the number, or it
    is no plain number format (dates, fractions, scientific): the number is then written as stored. Chinese
    numerals (`[DBNum1]`) are written as digits."""
    sections = _split_sections(fmt)
    d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    sign = "-" if d < 0 else ""
    own_sign = bool(sign) and len(sections) >= 2 and bool(sections[1].strip())
    conditional = _section_condition(sections[0]) is not None
    if conditional:
        section = _conditional_section(sections, d)
        if section is None:
            return None
        # (a negative number's section writes its own sign or brackets, `[红色][<0]-0.00;0.00`, `[>=0]0;(0)`: dropped,
        # the one `-` written below — it was `--3`, `-(4)`, no amount, review rv3)
        own_sign = bool(sign)
    d = abs(d)
    if conditional:
        pass
    elif own_sign:
        section = sections[1]      # its decimals and literals; the sign is the one `-` above
    elif d == 0 and len(sections) >= 3:
        # the zero section (`-`, blank, `0.00`): the stored 0 — but a word it shows instead, `"是";"是";"否"`, as Excel
        # shows it
        return _literal_only(sections[2]) or "0"
    else:
        section = sections[0]
    word = _literal_only(section)
    if word:
        return word
    fraction = _render_fraction(d, section)
    if fraction is not None:
        # (a fraction format, `# ?/?` on 0.5: the form shows 1/2, it was written 0.5 as stored)
        return sign + fraction
    toks = _format_tokens(section)
    if toks is None:
        return None
    # (a yuan sign the format prints, `"¥"#,##0.00`, `[$¥-804]#,##0.00`: Excel's currency format put on money cells,
    # whatever unit the form declares — no part of the figure; written, `¥120.00` under `金额单位：万元` read as 120 元
    # (a sign typed in the cell says yuan, hunt mq2), it was 120 万元 before, review rw)
    toks = [(k, t) for k, t in toks if not (k == "lit" and t.strip() in ("¥", "￥"))]
    if own_sign:
        toks = [(k, t.replace("(", "").replace(")", "").replace("-", "")) if k == "lit" else (k, t) for k, t in toks]
    kinds = [k for k, _ in toks]
    pct = kinds.count("%")
    d = d * (Decimal(100) ** pct)
    if "gen" in kinds:
        return sign + "".join(_general(d) if k == "gen" else t if k in ("lit", "%") else "" for k, t in toks)
    point = kinds.index(".") if "." in kinds else len(toks)
    # a comma between two digit placeholders of the integer part groups thousands; one after the digits
    # divides by 1000; any other is a literal comma
    grouped, scale = False, 0
    for i, (k, _) in enumerate(toks):
        if k != ",":
            continue
        left = next((toks[j][0] for j in range(i - 1, -1, -1) if toks[j][0] not in (",", "sep")), None)
        right = next((toks[j][0] for j in range(i + 1, len(toks)) if toks[j][0] not in (",", "sep")), None)
        if left == "d" and right == "d" and i < point:
            grouped = True
            toks[i] = ("sep", "")
        elif left == "d":
            scale += 1
            toks[i] = ("sep", "")
        else:
            toks[i] = ("lit", ",")
    d = d / (Decimal(1000) ** scale)
    int_slots = [i for i in range(point) if toks[i][0] == "d"]
    frac_slots = [i for i in range(point + 1, len(toks)) if toks[i][0] == "d"]
    if not int_slots and not frac_slots:
        # no digits shown: a zero as `-` or hidden is the stored 0; else (`@`) the number as stored
        return "0" if d == 0 else None
    rounded = d.quantize(Decimal(1).scaleb(-len(frac_slots)), rounding="ROUND_HALF_UP")
    if pct or scale or abs(rounded - d) <= d * Decimal("1e-9"):
        digits = format(rounded, "f")
    else:                                              # more digits than shown: keep them
        digits = _general(d)
    int_digits, _, frac_digits = digits.partition(".")
    int_digits = int_digits.lstrip("0")
    extra = frac_digits[len(frac_slots):]
    frac_digits = frac_digits[:len(frac_slots)]
    if not grouped and not pct and frac_slots and not extra:   # padding zeros are not kept (see above)
        frac_digits = frac_digits.rstrip("0")
    shown = [t if k in ("lit", "%") else "" for k, t in toks]
    if int_slots:
        if grouped:
            text = f"{int(int_digits or 0):,}" if int_digits or any(toks[i][1] == "0" for i in int_slots) else ""
            shown[int_slots[0]] = text
        else:
            rest = int_digits
            for n_slot, i in enumerate(reversed(int_slots)):
                if n_slot == len(int_slots) - 1:       # the leftmost slot takes every digit left
                    shown[i] = rest or ("0" if toks[i][1] == "0" else "")
                else:
                    shown[i] = rest[-1:] or ("0" if toks[i][1] == "0" else "")
                    rest = rest[:-1]
    elif int_digits:
        shown[point] = int_digits + "."
    if point < len(toks):
        if not frac_digits and not grouped and not extra:
            shown[point] = shown[point][:-1] if shown[point].endswith(".") else ""
        else:
            shown[point] = shown[point] or "."
        for n_slot, i in enumerate(frac_slots):
            shown[i] = frac_digits[n_slot] if n_slot < len(frac_digits) else ""
    if extra:                                          # the digits the format does not show, after the last
        if frac_slots:
            shown[frac_slots[-1]] += extra
        elif point < len(toks):
            shown[point] += extra
        elif any(toks[j] == ("lit", ".") for j in range(int_slots[0] + 1, int_slots[-1])):
            # (a point written as a literal among the digits, Excel's 万元 trick `0!.0000` / LibreOffice's `0\!.0000`
            # on yuan with fen, 1234567.89: the digits go on after the shown ones, `123.456789` — it was `123.4567.89`,
            # the money row unparsed, review rv136)
            shown[int_slots[-1]] += extra
        else:
            shown[int_slots[-1]] += "." + extra
    text = "".join(shown).strip()
    return sign + text if text else text


def _num_text(v, fmt: str | None) -> str:
    """An Excel number as the sheet shows it: 170000000 -> "170000000"; 0.966 with `0.0%` -> "96.6%"; 85 with
    `"≥"0"公里"` -> "≥85公里"; without a format (General) the double's 15 significant digits."""
    if isinstance(v, bool):
        return "是" if v else "否"
    if fmt and fmt.lower() != "general":
        shown = _render_number(v, fmt)
        if shown is not None:
            return shown
    if isinstance(v, int):
        return str(v)
    return _general(Decimal(repr(v)))


def _value_text(v, fmt: str | None = None) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.date) and fmt:
        # (the codes outside `[DBNum1]` / `[$-804]` sections, quoted literals and escaped characters say what it shows)
        codes = re.sub(r'\[[^\]]*\]|"[^"]*"|\\.', "", fmt.split(";")[0]).lower()
        if "年" in fmt:
            # a date shown in Chinese (`yyyy"年"m"月"d"日"`): as the sheet shows it, where a form's year is read
            return f"{v.year}年{v.month}月{v.day}日" if "d" in codes else \
                f"{v.year}年{v.month}月" if "m" in codes else f"{v.year}年"
        if "y" in codes and not re.search(r"[dhs]", codes):
            # a month (`yyyy.mm`, `yyyy-mm`, `yyyy/m`, `mmm-yy`: Excel stores its first day) or a year (`yyyy`) the
            # format shows no day of: the month or the year, not a day the sheet does not show (a 项目结束时间 shown
            # `2025.11` read 2025-11-01, the period ending a month early)
            return f"{v.year}年{v.month}月" if "m" in codes else f"{v.year}年"
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, (int, float)):
        return _num_text(v, fmt)
    return str(v)


def extract_xlsx(data: bytes, doc_id: str, path: str | None = None, *, sheets_hidden: bool = False,
                 loaded: tuple | None = None) -> Extracted:
    """Given XLSX bytes (transitional or Strict Open XML), return one grid per sheet with merged ranges as spans and
    numbers as stored, and the sheet's page header and footer as lines before and after it. `sheets_hidden`: the
    hidden sheets holding cells are read instead of the shown ones (`Extracted.unshown`), from `loaded`, the
    workbooks the shown ones were read from (its values', its formulas' or None)."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        if _is_encrypted_ooxml(data):
            raise ExtractError("password-protected Excel file: it needs a password to open")
        return extract_xls(data, doc_id, path, sheets_hidden=sheets_hidden)
    data = transitional(data)
    wb, formulas = loaded if loaded is not None else _load_xlsx(data)
    grids: list[Grid] = []
    lines: list[TextLine] = []
    names = {ws.title.lower(): i for i, ws in enumerate(wb.worksheets)}   # Excel matches sheet names in any case
    calc = _formula_values(wb, formulas, names) if formulas is not None else None
    # what Excel shows and prints: hidden sheets (lookup lists for data validation) and, beside other sheets
    # holding cells, a sheet of instructions (填表说明) are not read
    held = [i for i, ws in enumerate(wb.worksheets)
            if any(c.value is not None for w in (ws, formulas.worksheets[i] if formulas is not None else None)
                   if w is not None for c in _held_cells(w).values())]
    unshown = [i for i in held if wb.worksheets[i].sheet_state != "visible"]
    shown = unshown if sheets_hidden else [i for i in held if i not in unshown]
    read = {i for i in shown if len(shown) == 1 or not _INSTRUCTION_SHEET.match(wb.worksheets[i].title or "")}
    tabs = _tab_numbers(wb)
    void, warns = _void_sheets({i: ws.title or "" for i, ws in enumerate(wb.worksheets)}, read, tabs)
    warns += _activex_unread(data, "xl/")
    read -= void
    # (by worksheet index; a grid's referenced_by holds the sheets by tab, as its cells' page: chart sheets counted)
    referenced_by = _sheets_referenced(formulas, names, read) if formulas is not None else {}
    boxes = controls = None
    shown_at: dict = {}                 # sheet index -> shown(row, col): its cells Excel shows, for the warnings
    failed: list[Exception] = []        # (the errors of the sheets whose reading raised)
    for sno, ws in enumerate(wb.worksheets, 1):
        if sno - 1 not in read:
            continue
        page = tabs[sno - 1]            # (sno - 1 indexes the worksheets; page is the sheet's tab)
        held_at = len(grids), len(lines)
        try:
            hidden = _hidden_rows(ws)
            hidden_cols = _hidden_cols(ws) | _unprinted_cols(ws)
            spans = {}
            covered = set()
            far: list = []
            for rng in ws.merged_cells.ranges:
                spans[(rng.min_row, rng.min_col)] = (rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1)
                if (rng.max_row - rng.min_row + 1) * (rng.max_col - rng.min_col + 1) > 10000:
                    far.append(rng)                        # a huge merged range: tested per cell, not listed
                    continue
                for r in range(rng.min_row, rng.max_row + 1):
                    for c in range(rng.min_col, rng.max_col + 1):
                        if (r, c) != (rng.min_row, rng.min_col):
                            covered.add((r, c))
            cells: list[Cell] = []
            max_r = max_c = 0
            if controls is None:
                controls = _sheet_form_controls(data)
            boxes_here = controls.get(ws.title, [])
            linked = {b.link for b in boxes_here if b.link}
            # only the cells the file holds (ws._cells), in sheet order: ws.iter_rows() walks the whole used
            # range, a million rows when one far cell is formatted
            for (row_no, col_no), c in sorted(_held_cells(ws).items()):
                if (row_no, col_no) in covered or far and any(
                        rng.min_row <= row_no <= rng.max_row and rng.min_col <= col_no <= rng.max_col
                        and (row_no, col_no) != (rng.min_row, rng.min_col) for rng in far):
                    continue
                value = c.value
                computed = False
                if value is None and calc is not None:
                    value, computed = calc(sno - 1, row_no, col_no), True
                if value is None or isinstance(value, bool) and (row_no, col_no) in linked:
                    continue          # (a check box's linked cell: its TRUE / FALSE is the box's state, shown by it)
                if isinstance(value, str) and value[:1] == "'" and value[1:].strip() and "'" not in value[1:]:
                    value = value[1:]   # (`'1280.00`, `'≥95%`: Excel's text marker an export wrote into the value)
                fmt = c.number_format
                if computed and isinstance(value, (int, float)) and not isinstance(value, bool) and _is_date_fmt(fmt):
                    # (`=DATE(2025,1,10)` in a date cell: the date it shows; the evaluator counts in the workbook's
                    # date system, 1900 or 1904, as this does)
                    value = _serial_date(value, wb.epoch)
                if isinstance(value, (int, float)) and not isinstance(value, bool) and fmt == "General":
                    fmt = _CJK_DATE_IDS.get(getattr(c._style, "numFmtId", 0), fmt)    # (a built-in id of no code)
                    if fmt != "General":
                        value = _serial_date(value, wb.epoch)
                rs, cs = spans.get((row_no, col_no), (1, 1))
                if hidden and all(r in hidden for r in range(row_no, row_no + rs)):
                    continue
                if hidden_cols and all(x in hidden_cols for x in range(col_no, col_no + cs)):
                    continue
                text = _value_text(value, fmt)
                if "_x" in text:                           # Excel's escape of a control character (`_x000D_`)
                    text = _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
                if "\r" in text:
                    text = text.replace("\r\n", "\n").replace("\r", "\n")
                if not text.strip():
                    continue
                if _NAV_LINK.match(text) and _is_link(c, formulas.worksheets[sno - 1] if formulas is not None else None):
                    continue          # `返回目录` linking back to the contents sheet: a button, no cell of the form
                if _DISPIMG.match(text) or formulas is not None and _DISPIMG.match(
                        str(formulas.worksheets[sno - 1].cell(row=row_no, column=col_no).value or "")):
                    continue          # a WPS picture in the cell (`=DISPIMG("ID_…",1)`, xl/cellimages.xml): no text
                cells.append(Cell(row_no - 1, col_no - 1, text, rs, cs, page, row_no))
                max_r, max_c = max(max_r, row_no + rs - 1), max(max_c, col_no + cs - 1)
            if calc is not None:
                shown_at[sno - 1] = (lambda covered, hidden, hidden_cols: lambda r, k: (r, k) not in covered
                                     and r not in hidden and k not in hidden_cols)(covered, hidden, hidden_cols)
            if boxes_here:
                max_r, max_c = _put_form_controls(cells, boxes_here, spans, hidden, hidden_cols, page, max_r, max_c)
            if cells:
                for k, part in enumerate(side_by_side(cells)):
                    n_c = max(c.col + c.colspan for c in part)
                    grids.append(Grid(part, max_r, n_c, "xlsx", order=page * 1e7 + k,
                                      referenced_by=frozenset(tabs[i] - 1 for i in referenced_by.get(sno - 1, ()))))
                lines.extend(_print_header_lines(ws, page, cells))
                if boxes is None:
                    boxes = _sheet_text_boxes(data)
                lines.extend(_text_box_lines(boxes.get(ws.title, []), page, cells))
        except ExtractError:
            raise
        except Exception as e:
            _sheet_failed(e, sheets_hidden, grids, lines, held_at, shown_at, sno - 1, f"sheet {page} ({ws.title})",
                          page, warns, failed)
    if failed and len(failed) == len(read):
        # (every sheet read raised — one sheet, or a workbook's part they share, its text boxes: nothing kept
        # apart, the file failed as a dump of one block is, not read as empty — review rv155)
        raise failed[0]
    if calc is not None:                # (one warning per failing root, over all the sheets read)
        warns += _formula_warnings(calc, shown_at, [ws.title or "" for ws in wb.worksheets], tabs)
    # pages, sheet names and sheet numbers count every tab, chart sheets too (a chart sheet's name is no form's)
    return Extracted(doc_id=doc_id, format="xlsx", pages=len(wb.sheetnames), grids=grids, lines=lines, path=path,
                     sheet_names=_tab_names([ws.title for ws in wb.worksheets], tabs, len(wb.sheetnames)),
                     warnings=warns,
                     unshown=_unshown(unshown, sheets_hidden, lambda: extract_xlsx(
                         data, doc_id, path, sheets_hidden=True, loaded=(wb, formulas)), tabs),
                     very_hidden=tuple(tabs[i] for i in unshown if wb.worksheets[i].sheet_state == "veryHidden"))


def _sheet_failed(e: Exception, sheets_hidden: bool, grids: list, lines: list, held_at: tuple, shown_at: dict, key,
                  unit: str, page: int, warns: list, failed: list) -> None:
    """A sheet of a workbook (.xlsx or .xls) whose reading raised E (a bug met reading it): what it added to GRIDS
    and LINES since HELD_AT rolled back, its KEY out of SHOWN_AT, one `internal_error` warning naming UNIT put in
    WARNS and E in FAILED — the other sheets read (it failed the whole file: hunt rb2). Strict, or the hidden
    sheets' read (said by pipeline._hidden_form), raised."""
    if strict_on() or sheets_hidden:
        raise e
    del grids[held_at[0]:], lines[held_at[1]:]
    shown_at.pop(key, None)
    warns.append(unit_error_warning(unit, e, "its cells", "sheets", page))
    failed.append(e)


def _tab_names(titles: list[str], tabs: list[int], count: int) -> list[str]:
    """The names by tab number (index tab - 1) of a workbook of COUNT tabs: each worksheet's title (TITLES, at its
    tab in TABS), a chart sheet's left empty (one after the last worksheet too)."""
    names = [""] * count
    for title, t in zip(titles, tabs):
        names[t - 1] = title or ""
    return names


def _load_xlsx(data: bytes) -> tuple:
    """A transitional XLSX's workbook of values, and of formulas when its sheets hold any (None else)."""
    try:
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        # a second pass for the formulas only when the sheets hold any (it doubles the reading time)
        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False) if _has_formulas(data) else None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise ExtractError(f"damaged or not an Excel workbook: {type(e).__name__}: {e}"[:300]) from None
    except Exception as e:
        raise ExtractError(f"damaged Excel workbook: {type(e).__name__}: {e}"[:300]) from None
    return wb, formulas


def _unshown(hidden: list[int], read_so: bool, read, tabs: list[int] | None = None):
    """The hidden sheets holding cells (0-based), with the reader of them (`Extracted.unshown`), or None: none
    hidden, or these are the hidden sheets' own reading. `tabs`: their numbers as Excel counts tabs (see
    _tab_numbers), else their indices'."""
    return None if read_so or not hidden else (tuple(tabs[i] if tabs else i + 1 for i in hidden), read)


# the codes of a sheet's page header / footer text (Excel's `&L…&C…&R…`): fonts, sizes, colours, styles
_HF_CODES = lazy(r'&"[^"]*"|&\d+|&K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|&[BIUESXYLCR]')
_HF_PAGE = lazy(r"&[PN]")                 # the page's number, the number of pages
_HF_FIELD = lazy(r"&[DTFAZG]")            # date, time, file, sheet, path, picture: no text of the form's
_HF_YEAR = lazy(r"(?:19|20)\d{2}年度?")


def _print_header_lines(ws, sno: int, cells: list[Cell]) -> list[TextLine]:
    """A sheet's page header and footer (Page Setup > Header/Footer: printed on every page, not in any cell) as text
    lines before and after its grid: the header's centre (the form's title) a line, its left and right (`填报单位：…`
    / `金额单位：万元`) one line under it, the footer's parts one line (`填报人：… 联系电话：…`). A part numbering the
    pages (`第 &P 页，共 &N 页`) or repeating a cell's text is left out (the 金额单位 in the header was lost: the
    amounts read as 元)."""
    held = {re.sub(r"\s+", "", c.text) for c in cells}
    dated = {_HF_YEAR.sub("", t) for t in held if _HF_YEAR.search(t)}     # (cells' texts naming a year, less it)

    def text(part) -> str:
        t = (getattr(part, "text", None) or "").replace("&&", "\0")
        if _HF_PAGE.search(t):
            return ""
        t = _HF_FIELD.sub("", _HF_CODES.sub("", t)).replace("\0", "&").strip()
        # (a cell's text again, or but for the year both name: a header kept from last year's template, `2024年度项目
        # 支出绩效目标表` over the cells' `2025年度…`, is no title of this form — its year was taken, review ry)
        k = re.sub(r"\s+", "", t)
        return "" if k in held or (_HF_YEAR.search(k) and _HF_YEAR.sub("", k) in dated) else t

    out: list[TextLine] = []
    for kind, at in (("Header", sno * 1e7 - 1), ("Footer", sno * 1e7 + 9e6)):
        hf = getattr(ws, "odd" + kind, None)
        if hf is None or not any(text(getattr(hf, side, None)) for side in ("left", "center", "right")):
            hf = getattr(ws, "first" + kind, None)
        if hf is None:
            continue
        parts = [text(getattr(hf, side, None)) for side in ("left", "center", "right")]
        rows = [[parts[1]], [parts[0], parts[2]]] if kind == "Header" else [parts]
        for k, row in enumerate(rows):
            line = "　".join(x for x in row if x)
            if line:
                out.append(TextLine(line, sno, None, at + k * 0.1))
    return out


_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_DML = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


_SML = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _sheet_drawings(z: zipfile.ZipFile, names: set[str], tag: str) -> list[tuple[str, str]]:
    """The part each sheet's `<drawing>` (tag `drawing`: its shapes, DrawingML) or `<legacyDrawing>` (its VML: form
    controls, notes) names, by the workbook's relationships and the sheet's: (the sheet's name, the part) for the
    sheets whose part the package holds."""
    import posixpath

    from lxml import etree

    def rels(part: str) -> dict[str, str]:
        rp = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
        if rp not in names:
            return {}
        return {r.get("Id"): posixpath.normpath(posixpath.join(posixpath.dirname(part), r.get("Target", "")))
                if not r.get("Target", "").startswith("/") else r.get("Target", "").lstrip("/")
                for r in etree.fromstring(z.read(rp)).iter(_PKG_REL + "Relationship")}

    out = []
    book_rels = rels("xl/workbook.xml")
    for sheet in etree.fromstring(z.read("xl/workbook.xml")).iter(_SML + "sheet"):
        part = book_rels.get(sheet.get(_DOC_REL + "id"))
        if not part or part not in names:
            continue
        drawing = etree.fromstring(z.read(part)).find(_SML + tag)
        target = rels(part).get(drawing.get(_DOC_REL + "id")) if drawing is not None else None
        if target and target in names:
            out.append((sheet.get("name") or "", target))
    return out


def _sheet_text_boxes(data: bytes) -> dict[str, list[tuple[int, int, str]]]:
    """The text boxes drawn on each sheet (xl/drawings/drawingN.xml: a shape's DrawingML text, in a group too; not a
    hidden one, nor the fallback copy of one), by the sheet's name: (first row, last row of its anchor, 0-based,
    its text, a line a paragraph). openpyxl reads no shape; {} where the package says nothing of them."""
    from lxml import etree
    out: dict[str, list[tuple[int, int, str]]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if not any(n.startswith("xl/drawings/") for n in names):
                return out
            for name, target in _sheet_drawings(z, names, "drawing"):
                found = []
                for anchor in etree.fromstring(z.read(target)):
                    if anchor.tag not in (_XDR + "twoCellAnchor", _XDR + "oneCellAnchor"):
                        continue
                    top = anchor.find(f"{_XDR}from/{_XDR}row")
                    bottom = anchor.find(f"{_XDR}to/{_XDR}row")
                    if top is None or not (top.text or "").strip().isdigit():
                        continue
                    r0 = int(top.text)
                    r1 = int(bottom.text) if bottom is not None and (bottom.text or "").strip().isdigit() else r0
                    for sp in anchor.iter(_XDR + "sp"):
                        if any(isinstance(a.tag, str) and a.tag.endswith("}Fallback") for a in sp.iterancestors()):
                            continue
                        pr = sp.find(f"{_XDR}nvSpPr/{_XDR}cNvPr")
                        if pr is not None and pr.get("hidden") in ("1", "true"):
                            continue
                        body = sp.find(_XDR + "txBody")
                        if body is None:
                            continue
                        text = "\n".join("".join(t.text or "" for t in para.iter(_DML + "t"))
                                         for para in body.iter(_DML + "p")).strip()
                        if text:
                            found.append((r0, r1, text))
                if found:
                    out[name] = found
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        return {}
    return out


def _text_box_lines(boxes: list[tuple[int, int, str]], sno: int, cells: list[Cell]) -> list[TextLine]:
    """A sheet's text boxes standing above its cells (the form's title, `金额单位` typed in a box over the empty rows
    above the table) as lines before its grid, and those below them (`填报人：…`) as lines after it, in their rows'
    order (they were not read: title, year and contact null); a box over the cells is left (where it belongs in the
    table is not known) and so is one repeating a cell's text."""
    if not cells:
        return []
    held = {re.sub(r"\s+", "", c.text) for c in cells}
    first = min(c.row for c in cells)
    last = max(c.row + c.rowspan - 1 for c in cells)
    out: list[TextLine] = []
    for k, (r0, r1, text) in enumerate(sorted(boxes, key=lambda b: b[0])):
        if re.sub(r"\s+", "", text) in held:
            continue
        at = sno * 1e7 - 0.5 if r0 < first else sno * 1e7 + 8e6 if r0 > last else None
        if at is None:
            continue
        for j, line in enumerate(x.strip() for x in text.split("\n")):
            if line:
                out.append(TextLine(line, sno, None, at + k * 0.01 + j * 0.0001))
    return out



class _FormControl(NamedTuple):
    row: int                      # the top left cell of the control's anchor, 0-based
    col: int
    dx: int                       # its offset in that cell (pixels)
    text: str                     # ☑ / ☐ and the control's label
    link: tuple[int, int] | None  # the cell it is linked to (1-based row, column) on its own sheet


_VML_NS = {"v": "urn:schemas-microsoft-com:vml", "x": "urn:schemas-microsoft-com:office:excel"}


def _sheet_form_controls(data: bytes) -> dict[str, list[_FormControl]]:
    """The form controls' check boxes and option buttons on each sheet (Developer > Insert > Check Box: a VML shape
    of the sheet's legacy drawing, `<x:ClientData ObjectType="Checkbox">`, its anchor, `<x:Checked>1`, its label the
    shape's text box), by the sheet's name, each `☑label` when ticked, else `☐label`: openpyxl reads no control (a
    ticked 新增项目 was lost, the 项目类型 read as nothing). Not a hidden one; {} where the package holds none."""
    from lxml import etree
    out: dict[str, list[_FormControl]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if not any(n.endswith(".vml") for n in names):
                return out
            for name, target in _sheet_drawings(z, names, "legacyDrawing"):
                # (Excel's VML is not always well-formed XML: `<br>` in a note's text)
                vml = etree.fromstring(z.read(target), etree.XMLParser(recover=True))
                if vml is None:
                    continue
                found = []
                for shape in vml.iter("{urn:schemas-microsoft-com:vml}shape"):
                    client = shape.find("x:ClientData", _VML_NS)
                    if client is None or (client.get("ObjectType") or "").lower() not in ("checkbox", "radio"):
                        continue
                    if re.search(r"visibility\s*:\s*hidden", shape.get("style") or "", re.I):
                        continue
                    at = [x.strip() for x in (client.findtext("x:Anchor", "", _VML_NS) or "").split(",")]
                    if len(at) < 4 or not all(x.isdigit() for x in at[:4]):
                        continue
                    on = (client.findtext("x:Checked", "", _VML_NS) or "").strip() == "1"
                    box = shape.find("v:textbox", _VML_NS)
                    label = " ".join("".join(box.itertext()).split()) if box is not None else ""
                    link = None
                    m = re.fullmatch(r"(?:(?:'[^']*'|[^!]*)!)?\$?([A-Za-z]{1,3})\$?(\d+)",
                                     (client.findtext("x:FmlaLink", "", _VML_NS) or "").strip())
                    if m and ("!" not in m.group(0) or m.group(0).split("!")[0].strip("'") == name):
                        from openpyxl.utils import column_index_from_string
                        link = (int(m.group(2)), column_index_from_string(m.group(1).upper()))
                    found.append(_FormControl(int(at[2]), int(at[0]), int(at[1]), ("☑" if on else "☐") + label, link))
                if found:
                    out[name] = found
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        return {}
    return out


def _put_form_controls(cells: list[Cell], controls: list[_FormControl], spans: dict, hidden: set, hidden_cols: set,
                       sno: int, max_r: int, max_c: int) -> tuple[int, int]:
    """A sheet's check boxes put in the cells they stand in, as Excel shows them (`项目类型 | ☑新增项目 ☐延续项目`):
    in the cell of their anchor's top left (a merged range's first cell), left to right; a box of its own label
    after the cell's text, a bare box before it (`☑是`). Those in hidden rows or columns are not. Returns the
    grid's new extent (max_r, max_c, 1-based)."""
    def home(r: int, c: int) -> tuple[int, int]:             # (1-based) the merged range's first cell, if any
        for (r0, c0), (rs, cs) in spans.items():
            if r0 <= r < r0 + rs and c0 <= c < c0 + cs:
                return r0, c0
        return r, c

    at: dict[tuple[int, int], list[_FormControl]] = {}
    for b in controls:
        if b.row + 1 in hidden or b.col + 1 in hidden_cols:
            continue
        at.setdefault(home(b.row + 1, b.col + 1), []).append(b)
    index = {(c.row + 1, c.col + 1): k for k, c in enumerate(cells)}
    for (r, c), group in sorted(at.items()):
        group.sort(key=lambda b: (b.col, b.dx))
        labelled = " ".join(b.text for b in group if len(b.text) > 1)
        bare = "".join(b.text for b in group if len(b.text) == 1)
        k = index.get((r, c))
        if k is not None:
            old = cells[k]
            cells[k] = replace(old, text=" ".join(x for x in (bare + old.text, labelled) if x))
        else:
            rs, cs = spans.get((r, c), (1, 1))
            cells.append(Cell(r - 1, c - 1, " ".join(x for x in (bare, labelled) if x), rs, cs, sno, r))
            max_r, max_c = max(max_r, r + rs - 1), max(max_c, c + cs - 1)
    cells.sort(key=lambda x: (x.row, x.col))
    return max_r, max_c

# the built-in date formats of the Chinese locale (ECMA-376 Part 1, 18.8.30, zh-cn): a Chinese (or Japanese, Korean)
# Excel stores a cell's `2024年10月31日` as its serial number and the format's id alone, no formatCode in styles.xml;
# openpyxl knows no code for these ids (General: the cell read `45596`). The times (32-35, 55-56) are left as stored.
_CJK_DATE_IDS = {27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"',
                 36: 'yyyy"年"m"月"', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
                 54: 'm"月"d"日"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"'}


def _is_date_fmt(fmt) -> bool:
    from openpyxl.styles.numbers import is_date_format
    try:
        return bool(fmt) and is_date_format(fmt)
    except Exception:
        return False


def _serial_date(value, epoch):
    """An Excel serial number as the date (and time) it stands for, in the workbook's date system; the number as it
    is where it is none (negative, past 9999)."""
    from openpyxl.utils.datetime import from_excel
    try:
        return from_excel(value, epoch) if 0 < value < 2958466 else value
    except (ValueError, OverflowError):
        return value


# a picture WPS puts in a cell (插入 > 图片 > 嵌入单元格): the formula `=DISPIMG("ID_…",1)` naming an image of
# xl/cellimages.xml, the formula's own text (or `#NAME?`) as the cached value; a signature, a stamp, a photo, no text
_DISPIMG = lazy(r"^\s*=?\s*(?:_xlfn\.)?DISPIMG\s*\(", re.I)

# the text of a link that only moves about the workbook (a budget system's export of a sheet per project puts one at the
# top of every sheet, beside the form's title: the title was taken for a row of the form above)
_NAV_LINK = lazy(r"^\s*[<《←【\[]*\s*(?:返回|回到|回|转到|跳转至?)?\s*(?:目录|首页|主页|封面|汇总表?|总表|上一[页级]|上级|列表)页?"
                       r"\s*[>》→】\]]*\s*$|^\s*[<《←【\[]*\s*返\s*回\s*[>》→】\]]*\s*$")


def _is_link(cell, formula_ws) -> bool:
    """Is a sheet's cell a link: a hyperlink of its own or a HYPERLINK() formula?"""
    if getattr(cell, "hyperlink", None) is not None:
        return True
    if formula_ws is not None:
        f = formula_ws.cell(row=cell.row, column=cell.column).value
        return isinstance(f, str) and f.lstrip("=").upper().startswith("HYPERLINK(")
    return False


def side_by_side(cells: list[Cell]) -> list[list[Cell]]:
    """A sheet's cells as one part, or as two when two forms stand side by side on it: an empty column that no
    cell (merged or not) crosses, with a 项目名称 label on each side (the right form was read into the left
    one's rows: its project lost, its indicators the left one's). The right part's columns start at 0."""
    used: set[int] = set()
    for c in cells:
        used.update(range(c.col, c.col + c.colspan))
    if not used:
        return [cells]
    # a banner over both forms (`2024年度县财政局项目支出绩效目标表` merged across the sheet): the cells of the rows above
    # every other cell that cross a gap; each part gets the banner (it may give both forms their year)
    body_top = min((c.row for c in cells if c.colspan == 1), default=0)
    banner = [c for c in cells if c.row + c.rowspan <= body_top]
    inner: set[int] = set()
    for c in cells:
        if c.row + c.rowspan > body_top:
            inner.update(range(c.col, c.col + c.colspan))
    for gap in range(min(used) + 1, max(used)):
        if gap in used and (gap in inner or not banner):
            continue
        top = [c for c in banner if c.col < gap < c.col + c.colspan] if gap in used else []
        left = [c for c in cells if c.col + c.colspan <= gap]
        right = [c for c in cells if c.col > gap]
        if len(left) + len(right) + len(top) != len(cells) or not left or not right:
            continue
        if all(any(_NAME_LABEL.match(c.text) for c in side) for side in (left, right)):
            shift = min(c.col for c in right)
            for c in right:
                c.col -= shift
            left = sorted(left + [replace(c, colspan=gap - c.col) for c in top], key=lambda c: (c.row, c.col))
            right = sorted(right + [replace(c, col=0, colspan=c.col + c.colspan - shift) for c in top
                                    if c.col + c.colspan > shift], key=lambda c: (c.row, c.col))
            return [left] + side_by_side(right)
    return [cells]


_NAME_LABEL = lazy(r"^\s*项\s*目\s*名\s*称\s*[:：]?")


# `=100%` / `=0` with no cached value: a target typed with its sign (Excel would have cached a formula it
# computed), kept as typed
_TYPED_TARGET = lazy(r"^=\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)\s*%?\s*$")


def _held_cells(ws) -> dict:
    """(row, col) -> cell for the cells a sheet holds: openpyxl's own map (`ws._cells`, filled on a normal
    load); by ws.iter_rows() if a later openpyxl has no such attribute."""
    cells = getattr(ws, "_cells", None)
    if isinstance(cells, dict):
        return cells
    return {(c.row, c.column): c for row in ws.iter_rows() for c in row}


def _hidden_cols(ws) -> set[int]:
    """Columns the author hid (last year's values beside this year's, a helper column): hidden, at outline
    level 0 (1-based numbers). Excel neither shows nor prints them; their cells are not read (a hidden 上年指标值
    column was a note on every indicator)."""
    out: set[int] = set()
    for dim in ws.column_dimensions.values():
        # (a column dragged to width 0, `width="0"` with no hidden flag as POI and some systems' exports write it,
        # is hidden too: Excel shows and prints nothing of it)
        if (dim.hidden or dim.width == 0) and not dim.outlineLevel and dim.min and dim.max \
                and dim.max - dim.min < 16384:
            out.update(range(dim.min, dim.max + 1))
    return out


def _unprinted_cols(ws) -> set[int]:
    """Columns left of and right of the sheet's print area (1-based numbers), when it has one: a helper column of
    sums (`测算`), the list a drop-down's operators come from (`≥ ≤ = 定性`) kept beside the form, which the printed
    form does not show. They are read as hidden columns are (the list's cells were read into the title's and the
    year's rows, the year lost). Rows below the print area are read: a print area set once and not widened when
    indicator rows were added would cut the form short. None is left out when the area's columns hold no cell."""
    try:
        area = ws.print_area
    except (ValueError, TypeError, AttributeError):
        return set()
    if not area:
        return set()
    from openpyxl.utils.cell import range_boundaries
    cols: set[int] = set()
    rows: set[int] | None = set()
    for part in (area if isinstance(area, (list, tuple)) else str(area).split(",")):
        ref = str(part).rsplit("!", 1)[-1].replace("$", "").strip()
        try:
            c0, r0, c1, r1 = range_boundaries(ref)
        except (ValueError, TypeError):
            return set()
        if c0 is None or c1 is None:                   # whole rows (`1:30`): every column printed
            return set()
        cols.update(range(c0, c1 + 1))
        if r0 is None or r1 is None:                   # whole columns (`A:F`): every row printed
            rows = None
        elif rows is not None:
            rows.update(range(r0, r1 + 1))
    return _outside(cols, rows, {rc for rc, c in _held_cells(ws).items() if c.value is not None})


def _outside(printed: set[int], printed_rows: set[int] | None, held: set[tuple[int, int]]) -> set[int]:
    """The held columns outside the printed ones (`held`: (row, column) of the cells holding something), when any
    held column is printed and the area's rows hold the form: a cell of a printed column on a row outside the
    area (a print area set over the form's head only, its table below running wider) says the area is no guide
    to the form's columns — none is left out then, nor when no held column is printed."""
    held_cols = {c for _, c in held}
    if not printed or not held_cols & printed:
        return set()
    if printed_rows is not None and any(c in printed and r not in printed_rows for r, c in held):
        return set()
    return held_cols - printed


def _hidden_rows(ws) -> set[int]:
    """Rows the author hid (a draft row): hidden or of height 0, at outline level 0 (a collapsed group's rows are the
    detail of a total shown above or below them) and outside an autofilter's range (a filter hides rows only from
    view). Their cells are not read."""
    hidden = {r for r, dim in ws.row_dimensions.items()
              if (dim.hidden or dim.customHeight and dim.ht == 0) and not dim.outlineLevel}   # (or of height 0)
    ref = getattr(getattr(ws, "auto_filter", None), "ref", None)
    if hidden and ref:
        from openpyxl.utils.cell import range_boundaries
        try:
            _, r0, _, r1 = range_boundaries(ref)
            hidden = {r for r in hidden if not (r0 or 1) <= r <= (r1 or 1 << 20)}
        except ValueError:
            pass
    return hidden


def _formula_cell(formulas, sheet: int, row: int, col: int) -> str | None:
    fc = _held_cells(formulas.worksheets[sheet]).get((row, col))
    f = fc.value if fc is not None else None
    if f is not None and not isinstance(f, str) and hasattr(f, "text"):   # an array formula
        f = f.text
    return f if isinstance(f, str) and f.startswith("=") else None


_DEEP = 40    # formula cells computed one inside another before a chain is taken from its far end (Python's stack)


def _formula_values(wb, formulas, names: dict[str, int]):
    """calc(sheet index, row, col): the value of a formula cell that has no cached value (a file written by a
    program: Excel computes it on opening), computed by extract.xlformula; None where it cannot be computed (the
    cell is read empty; calc.unread names it, its formula and the cell whose own formula failed, for the
    `formula_not_computed` warning), the text where it is no formula (`=20个`, what was typed). Dates are serials of
    the workbook's date system (a date cell read by a formula, DATE's result)."""
    import datetime as _dt

    from openpyxl.utils.datetime import to_excel

    from extract.xlformula import Unreadable, Unsupported, XlError, evaluate

    memo: dict[tuple[int, int, int], object] = {}
    busy: set[tuple[int, int, int]] = set()
    ranges: dict = {}                 # (whole-column ranges, `项目库!A:B`, built once for the workbook's lookups)
    date1904 = wb.epoch.year == 1904

    class Deep(Exception):
        """A chain of formulas deeper than _DEEP cells from where it was asked (`B5 = B6+1` down 300 rows): `key`
        is computed first, from a fresh stack, and the cell asked again (Excel computes all of them)."""

        def __init__(self, key):
            super().__init__(key)
            self.key = key

    class NotComputed(Unsupported):
        """A cell not computed, with the cell whose own formula failed (`root`): its failure is kept (a chain of
        600 cells over a `=TODAY()` was computed again from each of them, 599 warnings of one cause)."""

        def __init__(self, why: str, root):
            super().__init__(why)
            self.root = root

    def value(sheet: int, row: int, col: int):
        c = _held_cells(wb.worksheets[sheet]).get((row, col))
        if c is not None and c.value is not None:
            v = c.value
            if isinstance(v, (_dt.date, _dt.time, _dt.timedelta)):
                v = to_excel(v, wb.epoch)         # (a date cell: the serial Excel holds, in the workbook's system)
                return int(v) if float(v).is_integer() else v
            return v
        f = _formula_cell(formulas, sheet, row, col)
        if f is None:
            return None
        key = (sheet, row, col)
        if key in memo:
            got = memo[key]
            if isinstance(got, NotComputed):
                raise NotComputed(str(got), got.root)
            return got
        if key in busy:
            raise Unsupported("circular reference")
        if len(busy) >= _DEEP:
            raise Deep(key)
        busy.add(key)
        try:
            get, height = readers.get(sheet) or readers.setdefault(sheet, reader(sheet))
            try:
                got = evaluate(f, get, height, date1904, ranges, sheet)
            except Unreadable:      # (no formula, `=20个`: its value is the text typed, also where another reads it)
                got = f
            except RecursionError:
                # Python's stack ran out in this cell's formula: computed again from a fresh stack where it was
                # reached from another cell (a chain of long formulas); asked first, its own formula is too deep
                if len(busy) > 1:
                    raise Deep(key) from None
                failed = NotComputed("the formula is nested too deep", key)
                memo[key] = failed
                raise NotComputed(str(failed), key) from None
            except (Unsupported, ArithmeticError, ValueError, TypeError) as e:
                failed = NotComputed(str(e) if isinstance(e, Unsupported) else type(e).__name__,
                                     getattr(e, "root", key))
                memo[key] = failed
                raise NotComputed(str(failed), failed.root) from None
        finally:
            busy.discard(key)
        memo[key] = got
        return got

    def reader(sheet: int):
        """The cell getter and the sheets' heights for the formulas of one sheet (a reference with no sheet named is
        on it), made once per sheet of the workbook."""
        def get(name, r, k):
            if name is None:
                return value(sheet, r, k)
            if name.lower() not in names:
                raise Unsupported(f"sheet {name!r}")
            return value(names[name.lower()], r, k)

        def height(name):
            if name is not None and name.lower() not in names:
                raise Unsupported(f"sheet {name!r}")
            return wb.worksheets[sheet if name is None else names[name.lower()]].max_row or 0
        return get, height

    readers: dict[int, tuple] = {}

    def deep(sheet: int, row: int, col: int):
        """value(), a chain deeper than _DEEP cells computed from its far end back (an explicit stack of the cells
        waiting, each on the next); a cell met again in that stack is a cycle through all of them."""
        waiting = [(sheet, row, col)]
        while True:
            try:
                got = value(*waiting[-1])
            except Deep as d:
                if d.key in waiting:
                    # (a cycle longer than _DEEP cells: the cells read empty, as a short one's are)
                    for k in waiting[waiting.index(d.key):]:
                        memo.setdefault(k, NotComputed("circular reference", d.key))
                    continue
                waiting.append(d.key)
                continue
            waiting.pop()
            if not waiting:
                return got

    def calc(sheet: int, row: int, col: int):
        f = _formula_cell(formulas, sheet, row, col)
        if f is None or _TYPED_TARGET.match(f):
            return f
        if _DISPIMG.match(f):
            return None                       # (a WPS picture in the cell, `=DISPIMG("ID_…",1)`: no text, no formula)
        try:
            got = deep(sheet, row, col)       # (no formula, `=20个`, a target typed with its sign: read as typed)
        except (Unsupported, RecursionError, ArithmeticError, ValueError, TypeError) as e:
            # (a formula's text is no value of the form: `=VLOOKUP(…)` read as a target, a name; the cell is read
            # empty and said so by the caller, `formula_not_computed`)
            unread[(sheet, row, col)] = (f, str(e) if isinstance(e, Unsupported) else type(e).__name__,
                                         getattr(e, "root", (sheet, row, col)))
            return None
        return str(got) if isinstance(got, XlError) else got

    unread: dict[tuple[int, int, int], tuple[str, str, tuple[int, int, int]]] = {}
    calc.unread = unread
    return calc


def _formula_warnings(calc, shown_at: dict, titles: list[str], tabs: list[int] | None = None) -> list[ParseWarning]:
    """`formula_not_computed` for the shown cells of the sheets read (`shown_at`: sheet index -> shown(row, col))
    whose formulas had no cached value and were not computed (a function the reader does not compute: their cells
    read empty): one warning per cell whose own formula failed, over all the sheets (a `=TODAY()` on a working sheet
    read by the form and by a summary sheet was warned once per sheet), placed at that cell where it is shown, else
    at the first shown cell failing with it (another sheet, a hidden row), naming the others (`汇总!B2` on another
    sheet)."""
    from openpyxl.utils import get_column_letter
    groups: dict[tuple[int, int, int], list] = {}
    for (sheet, row, col), (f, why, root) in sorted(getattr(calc, "unread", {}).items()):
        shown = shown_at.get(sheet)
        if shown is not None and shown(row, col):
            groups.setdefault(root, []).append(((sheet, row, col), f, why))
    out = []
    for root, cells in groups.items():
        first = next((c for c in cells if c[0] == root), cells[0])
        (sheet, row, col), f, why = first
        sno, title = (tabs[sheet] if tabs else sheet + 1), titles[sheet]
        rest = [c for c in cells if c is not first]
        f = f if len(f) <= 80 else f[:77] + "…"
        more = ""
        if rest:
            def ref(s: int, r: int, k: int) -> str:
                name = titles[s]
                name = name if re.fullmatch(r"[^\W\d]\w*", name) else "'" + name.replace("'", "''") + "'"
                # (`'2024年'!B2`: Excel quotes a name starting with a digit, as one with spaces — rd, md13)
                return ("" if s == sheet else name + "!") + f"{get_column_letter(k)}{r}"
            refs = [ref(*c[0]) for c in rest]
            one = len(rest) == 1                 # (`1 cell that depends on it`, `3 cells that depend on it`)
            how = ("that depends on it" if one else "that depend on it") if first[0] == root else "failing with it"
            more = (f", and {len(rest)} {'cell' if one else 'cells'} {how} read empty too ("
                    + ", ".join(refs[:5]) + (f" … {refs[-1]}" if len(refs) > 5 else "") + ")")
        out.append(((sheet, row, col), ParseWarning(
            "formula_not_computed", f"sheet {sno} ({title}) cell {get_column_letter(col)}{row}: the formula {f} has no "
            f"cached value and was not computed ({why}): the cell is read empty{more}", sno, row)))
    return [w for _, w in sorted(out, key=lambda x: x[0])]


def _sheets_referenced(formulas, names: dict[str, int], read: set[int]) -> dict[int, set[int]]:
    """sheet index -> the other sheets, among those read, whose formulas read from it (`='测算表'!F3` on the
    form's sheet)."""
    from extract.xlformula import sheet_refs

    out: dict[int, set[int]] = {}
    for i, ws in enumerate(formulas.worksheets):
        if i not in read:                      # a hidden helper sheet reading the form makes it no working sheet
            continue
        for c in _held_cells(ws).values():
            f = c.value
            if isinstance(f, str) and f.startswith("=") and "!" in f:
                for name in sheet_refs(f):
                    j = names.get(name.lower())
                    if j is not None and j != i:
                        out.setdefault(j, set()).add(i)
    return out


def _has_formulas(data: bytes) -> bool:
    """True when a worksheet of this XLSX holds a formula element (`<f>`)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return any(n.startswith("xl/worksheets/") and (b"<f>" in z.read(n) or b"<f " in z.read(n))
                       for n in z.namelist())
    except (zipfile.BadZipFile, KeyError):
        return True


def _is_encrypted_ooxml(data: bytes) -> bool:
    """An encrypted OOXML file is an OLE container holding an `EncryptionInfo` stream."""
    return b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in data[:65536] or \
        b"EncryptionInfo".decode().encode("utf-16-le") in data


def xls_readable(data: bytes) -> bool:
    """True when xlrd can open these OLE bytes as a BIFF workbook (else LibreOffice may)."""
    if _is_encrypted_ooxml(data):
        return True                    # extract_xlsx reports it as password-protected
    try:
        import xlrd
        xlrd.open_workbook(file_contents=data, on_demand=True).release_resources()
        return True
    except Exception:
        return False


def extract_xls(data: bytes, doc_id: str, path: str | None = None, *, sheets_hidden: bool = False,
                book=None) -> Extracted:
    """Given legacy XLS bytes (BIFF), return one grid per sheet, merged cells as spans (xlrd), and the sheet's page
    header and footer and its text boxes above and below the cells as lines (BIFF8 records xlrd does not read).
    `sheets_hidden`: as extract_xlsx's, from `book`, the one the shown sheets were read from."""
    import xlrd
    if book is None:
        try:
            book = xlrd.open_workbook(file_contents=data, formatting_info=True)
        except Exception as e:
            raise ExtractError(f"damaged or unreadable XLS workbook: {type(e).__name__}: {e}"[:300]) from None
    grids: list[Grid] = []
    lines: list[TextLine] = []
    heads = boxes = controls = objects = None
    sheets = [book.sheet_by_index(i) for i in range(book.nsheets)]
    empty = frozenset({xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK})
    held = [i for i, sh in enumerate(sheets) if any(not set(sh.row_types(r)) <= empty for r in range(sh.nrows))]
    unshown = [i for i in held if sheets[i].visibility != 0]
    shown = unshown if sheets_hidden else [i for i in held if i not in unshown]
    read = {i for i in shown if len(shown) == 1 or not _INSTRUCTION_SHEET.match(sheets[i].name or "")}
    tabs, count = _xls_tabs(book)                      # (sheet numbers by tab, as an .xlsx's: chart sheets counted)
    void, warns = _void_sheets({i: sh.name or "" for i, sh in enumerate(sheets)}, read, tabs)
    warns += _xls_activex_unread(data, book)
    read -= void
    shown_at: dict = {}                                # sheet index -> shown(row, col), of the sheets read
    failed: list[Exception] = []        # (the errors of the sheets whose reading raised)
    for sno, sh in enumerate(sheets):
        # as extract_xlsx: hidden sheets, hidden draft rows and instruction sheets beside forms are not read
        if sno not in read:
            continue
        page = tabs[sno]                               # (sno indexes the worksheets; page is the sheet's tab)
        held_at = len(grids), len(lines)
        try:
            # (a row or a column of height or width 0 too, as an .xlsx's)
            hidden = {r for r, info in sh.rowinfo_map.items()
                      if (info.hidden or info.height == 0 and info.height_mismatch) and not info.outline_level}
            hidden_cols = {c for c, info in sh.colinfo_map.items()
                           if (info.hidden or info.width == 0) and not info.outline_level} \
                | _xls_unprinted_cols(book, sno, sh)
            spans = {}
            covered = set()
            for r0, r1, c0, c1 in sh.merged_cells:
                spans[(r0, c0)] = (r1 - r0, c1 - c0)
                if (r1 - r0) * (c1 - c0) > 10000:
                    continue
                for r in range(r0, r1):
                    for c in range(c0, c1):
                        if (r, c) != (r0, c0):
                            covered.add((r, c))
            shown_at[sno] = lambda r, c, h=hidden, hc=hidden_cols, cov=covered: \
                r not in h and c not in hc and (r, c) not in cov
            cells: list[Cell] = []
            if controls is None:
                objects = _xls_objects(data, book) if objects is None else objects
                controls = _xls_form_controls(objects)
            boxes_here = controls.get(sno, [])
            linked = {b.link for b in boxes_here if b.link}
            for r in range(sh.nrows):
                types = sh.row_types(r)
                if set(types) <= empty:                    # a row of formatted blanks (a used range to IV65536)
                    continue
                for c, ctype in enumerate(types):
                    if ctype in empty or (r, c) in covered:
                        continue
                    rs, cs = spans.get((r, c), (1, 1))
                    if hidden and all(x in hidden for x in range(r, r + rs)):
                        continue
                    if hidden_cols and all(x in hidden_cols for x in range(c, c + cs)):
                        continue
                    cell = sh.cell(r, c)
                    v = cell.value
                    if ctype == xlrd.XL_CELL_DATE:
                        v = xlrd.xldate.xldate_as_datetime(v, book.datemode)
                    elif ctype == xlrd.XL_CELL_BOOLEAN:
                        if (r + 1, c + 1) in linked:
                            continue      # (a check box's linked cell: its TRUE / FALSE is the box's state, shown by it)
                        v = bool(v)                        # (TRUE / FALSE, as an .xlsx's read: xlrd gives 1 / 0)
                    elif ctype == xlrd.XL_CELL_ERROR:
                        # an error a formula cached (`#DIV/0!`, `#N/A`): its text, as openpyxl gives an .xlsx's (xlrd's
                        # value is the error's code: #N/A read as the score 42, #DIV/0! as 7)
                        v = xlrd.error_text_from_code.get(v, "#VALUE!")
                    fmt = None
                    try:
                        xf = book.xf_list[cell.xf_index]
                        # (a built-in CJK date format, `2025年6月30日`, has no code in the file: xlrd knows it is a date,
                        # not how it shows; read as an .xlsx's is, not as 2025-06-30)
                        fmt = book.format_map[xf.format_key].format_str or _CJK_DATE_IDS.get(xf.format_key)
                    except Exception:
                        pass
                    if ctype == xlrd.XL_CELL_NUMBER and float(v).is_integer():
                        v = int(v)
                    text = _value_text(v, fmt)
                    if not text.strip():
                        continue
                    cells.append(Cell(r, c, text, rs, cs, page, r + 1))
            if boxes_here:                                 # (1-based, as an .xlsx sheet's)
                _put_form_controls(cells, boxes_here, {(r + 1, c + 1): v for (r, c), v in spans.items()},
                                   {r + 1 for r in hidden}, {c + 1 for c in hidden_cols}, page, 0, 0)
            if cells:
                for k, part in enumerate(side_by_side(cells)):     # two forms side by side on the sheet, as in .xlsx
                    n_c = max(c.col + c.colspan for c in part)
                    grids.append(Grid(part, sh.nrows, n_c, "xls", order=page * 1e7 + k))
                if heads is None:
                    heads = _xls_page_heads(data, book)
                if sno in heads:
                    lines.extend(_print_header_lines(heads[sno], page, cells))
                if boxes is None:
                    objects = _xls_objects(data, book) if objects is None else objects
                    boxes = _xls_text_boxes(objects)
                lines.extend(_text_box_lines(boxes.get(sno, []), page, cells))
        except ExtractError:
            raise
        except Exception as e:
            _sheet_failed(e, sheets_hidden, grids, lines, held_at, shown_at, sno, f"sheet {page} ({sh.name})", page,
                          warns, failed)
    if failed and len(failed) == len(read):
        # (every sheet read raised — one sheet, or a workbook's part they share, its text boxes: nothing kept
        # apart, the file failed as a dump of one block is, not read as empty — review rv155)
        raise failed[0]
    warns += _xls_uncomputed(data, book, shown_at)
    return Extracted(doc_id=doc_id, format="xlsx", pages=count, grids=grids, lines=lines, path=path,
                     sheet_names=_tab_names([sh.name for sh in sheets], tabs, count), warnings=warns,
                     unshown=_unshown(unshown, sheets_hidden, lambda: extract_xls(data, doc_id, path,
                                                                                sheets_hidden=True, book=book), tabs),
                     very_hidden=tuple(tabs[i] for i in unshown if sheets[i].visibility == 2))


class _XlsPageHead:
    """A BIFF sheet's page header and footer as _print_header_lines reads an openpyxl sheet's
    (`oddHeader.left.text`…)."""

    def __init__(self, header: str, footer: str):
        self.oddHeader, self.oddFooter = self._parts(header), self._parts(footer)

    @staticmethod
    def _parts(text: str):
        """`&L…&C…&R…` as its left, centre and right parts (text before any section code is the centre's)."""
        from types import SimpleNamespace
        parts = {"L": [], "C": [], "R": []}
        side = "C"
        for piece in re.split(r"(?<!&)((?:&&)*)&([LCR])", text or ""):
            if piece in parts and len(piece) == 1:
                side = piece
            elif piece:
                parts[side].append(piece)
        return SimpleNamespace(**{name: SimpleNamespace(text="".join(parts[k]))
                                  for name, k in (("left", "L"), ("center", "C"), ("right", "R"))})


def _xls_sheet_records(data: bytes, book):
    """The records of each worksheet's own substream of a BIFF8 workbook (not a chart's embedded in it), as (the
    sheet's index, the record's code, its body), from the stream xlrd read; nothing where it is not read."""
    import struct

    from xlrd import compdoc
    if getattr(book, "biff_version", 0) < 80:
        return
    try:
        cd = compdoc.CompDoc(data)
        mem = None
        for name in ("Workbook", "Book"):
            mem, base, size = cd.locate_named_stream(name)
            if mem:
                break
        if not mem:
            return
        end = min(len(mem), base + size)
        found = []
        for sno, pos in enumerate(book._sh_abs_posn):      # (positions in mem, as xlrd reads the sheets)
            at, depth = pos, 0
            while at + 4 <= end:
                code, size = struct.unpack_from("<HH", mem, at)
                body = mem[at + 4:at + 4 + size]
                at += 4 + size
                if code == 0x0809:                     # BOF: the sheet's, or a chart's embedded in it
                    depth += 1
                elif code == 0x000A:                   # EOF
                    depth -= 1
                    if depth <= 0:
                        break
                elif depth == 1:
                    found.append((sno, code, body))
    except Exception:                                  # (a damaged or encrypted stream: nothing read)
        return
    yield from found


# the BIFF8 tokens of a formula of figures (a reference, an area, a number, arithmetic), each with its operand's bytes;
# a function's by its number (SUM, AVERAGE, MIN, MAX, ABS, ROUND, PRODUCT): none of them gives an empty text
_FIGURE_PTGS = {**dict.fromkeys((0x03, 0x04, 0x05, 0x06, 0x07, 0x12, 0x13, 0x14, 0x15), 0), 0x1E: 2, 0x1F: 8,
                **dict.fromkeys((0x24, 0x44, 0x64), 4), **dict.fromkeys((0x25, 0x45, 0x65), 8),
                **dict.fromkeys((0x3A, 0x5A, 0x7A), 6), **dict.fromkeys((0x3B, 0x5B, 0x7B), 10)}
_FIGURE_FUNCS = frozenset({4, 5, 6, 7, 24, 27, 183})


def _figures_formula(rgce: bytes) -> bool:
    """Whether a BIFF8 formula's tokens (RGCE) are figures only (`=B15`, `=SUM(B13:B14)`, `=B5*0.9`): no text, no IF
    (a token it does not know: False)."""
    at = 0
    while at < len(rgce):
        ptg = rgce[at]
        if ptg in _FIGURE_PTGS:
            at += 1 + _FIGURE_PTGS[ptg]
        elif ptg in (0x21, 0x41, 0x61, 0x22, 0x42, 0x62):          # a function of fixed or variable arguments
            size = 2 if ptg & 0x1F == 0x01 else 3
            if at + 1 + size > len(rgce) or int.from_bytes(rgce[at + size - 1:at + size + 1], "little") & 0x7FFF \
                    not in _FIGURE_FUNCS:
                return False
            at += 1 + size
        elif ptg == 0x19 and at + 1 < len(rgce) and rgce[at + 1] in (0x01, 0x10, 0x40):   # SUM of one area, a space
            at += 4
        else:
            return False
    return True


def _xls_uncomputed(data: bytes, book, shown: dict) -> list[ParseWarning]:
    """`formula_not_computed` for an .xls's shown cells (SHOWN: sheet index -> shown(row, col), of the sheets read)
    holding a formula of figures whose cached value is an empty text (a program wrote the file, as xlwt does, with
    no values: Excel computes them on opening; an .xls's formulas are not computed here): the cells are read empty,
    said once a sheet (they were blank with no word: the 年度资金总额 `=B15` lost, the 合计 `=SUM(B13:B14)` too). A
    formula that may give an empty text (`=IF(B5="","",…)`) is none; nor is any when a formula of the workbook caches a
    value (a program that computes them saved it: `=C15` over an IF's empty text is blank in Excel too)."""
    from openpyxl.utils import get_column_letter
    found: dict[int, list[tuple[int, int]]] = {}
    for sno, code, body in _xls_sheet_records(data, book):
        if code != 0x0006 or len(body) < 22:
            continue
        if body[12:14] != b"\xff\xff" or body[6] != 3:
            return []                                   # a value cached: the workbook was computed
        if sno not in shown:
            continue
        row, col = int.from_bytes(body[0:2], "little"), int.from_bytes(body[2:4], "little")
        size = int.from_bytes(body[20:22], "little")
        if shown[sno](row, col) and _figures_formula(body[22:22 + size]):
            found.setdefault(sno, []).append((row, col))
    out, tabs = [], _xls_tabs(book)[0]
    for sno, cells in sorted(found.items()):
        refs = [f"{get_column_letter(c + 1)}{r + 1}" for r, c in sorted(cells)]
        more = f", and {len(refs) - 1} more read empty too ({', '.join(refs[1:6])}" \
            f"{' …' if len(refs) > 6 else ''})" if len(refs) > 1 else ""
        out.append(ParseWarning("formula_not_computed", f"sheet {tabs[sno]} ({book.sheet_by_index(sno).name}) cell "
                                f"{refs[0]}: a formula of figures has no cached value (a program wrote the file; Excel "
                                f"computes it on opening) and was not computed: the cell is read empty{more}",
                                tabs[sno], min(cells)[0] + 1))
    return out


def _xls_page_heads(data: bytes, book) -> dict[int, _XlsPageHead]:
    """The page header and footer of each worksheet of a BIFF8 workbook (its HEADER / FOOTER records, 0x0014 /
    0x0015, in the sheet's substream: xlrd reads neither), by the sheet's index; {} where the stream is not read."""
    from xlrd.biffh import unpack_unicode
    texts: dict[int, dict[int, str]] = {}
    for sno, code, body in _xls_sheet_records(data, book):
        if code in (0x0014, 0x0015) and len(body) >= 3:
            try:
                texts.setdefault(sno, {})[code] = unpack_unicode(body, 0, lenlen=2)
            except Exception:
                continue
    return {sno: _XlsPageHead(t.get(0x0014, ""), t.get(0x0015, "")) for sno, t in texts.items()
            if t.get(0x0014, "").strip() or t.get(0x0015, "").strip()}


class _XlsObject(NamedTuple):
    sheet: int                    # the worksheet's index
    kind: int                     # the OBJ's type (ftCmo ot): 0x06 a text box, 0x0B a check box, 0x0C an option
    #                               button, 0x19 a comment's note, …
    anchor: tuple[int, int, int, int]   # first row, last row, first column, its offset in that column (0-based)
    text: str                     # its TXO text ("" where it has none)
    checked: bool                 # a check box's or option button's state
    link: tuple[int, int] | None  # the cell a check box is linked to (1-based row, column), its own sheet's


def _xls_objects(data: bytes, book) -> list[_XlsObject]:
    """The drawing objects of each worksheet of a BIFF8 workbook (text boxes, shapes holding text, form controls),
    in order. An object is an OBJ record after its drawing (MSODRAWING: the anchor, OfficeArtClientAnchorSheet
    0xF010), its text a TXO record's CONTINUE records; a check box's state is its ftCblsData subrecord's fChecked
    (0x0012; LibreOffice writes it in the ftCbls subrecord, 0x000A), its linked cell the ftCblsFmla's reference
    (0x0014). xlrd reads none of it."""
    import struct
    out: list[_XlsObject] = []
    anchor, obj, text, want = None, None, None, 0

    def done(sno: int, chars: str) -> None:
        if anchor is not None:
            kind, checked, link = obj or (None, False, None)
            out.append(_XlsObject(sno, kind, anchor, chars, checked, link))

    for sno, code, body in _xls_sheet_records(data, book):
        if code == 0x00EC:                             # MSODRAWING: its OfficeArt records, containers walked into
            at = 0
            while at + 8 <= len(body):
                ver, rtype, size = struct.unpack_from("<HHI", body, at)
                if ver & 0xF == 0xF:
                    at += 8
                    continue
                if rtype == 0xF010 and size >= 18:
                    _, cl, dxl, rw1, _, _, _, rw2, _ = struct.unpack_from("<9H", body, at + 8)
                    anchor = (rw1, rw2, cl, dxl)
                at += 8 + size
        elif code == 0x005D and len(body) >= 6:        # OBJ: its subrecords, the first (ftCmo) naming its type
            ft, _, kind = struct.unpack_from("<HHH", body, 0)
            obj = None
            if ft == 0x15:
                checked, link, at = False, None, 0
                while at + 4 <= len(body):
                    ft, cb = struct.unpack_from("<HH", body, at)
                    sub = body[at + 4:at + 4 + cb]
                    if ft == 0 or kind == 0x19:        # (ftEnd; a note's ftNts has no cb to trust)
                        break
                    if ft in (0x000A, 0x0012) and len(sub) >= 2 and struct.unpack_from("<H", sub)[0] == 1:
                        checked = True
                    elif ft == 0x0014 and len(sub) >= 11 and sub[6] in (0x24, 0x44, 0x64):   # a PtgRef
                        row, col = struct.unpack_from("<HH", sub, 7)
                        link = (row + 1, (col & 0x3FFF) + 1)
                    at += 4 + cb
                obj = (kind, checked, link)
                if kind in (0x0B, 0x0C):               # (a control whose label, if any, follows in a TXO)
                    done(sno, "")
        elif code == 0x01B6 and len(body) >= 14:       # TXO: its text's length; the text in the next CONTINUEs
            want, text = struct.unpack_from("<H", body, 10)[0], []
            if not want:
                text = None
        elif code == 0x003C and text is not None:
            if not body:
                continue
            wide = body[0] & 1
            chars = body[1:].decode("utf-16-le" if wide else "latin-1", errors="replace")
            text.append(chars[:want - sum(len(t) for t in text)])
            if sum(len(t) for t in text) >= want:
                joined = "".join(text).replace("\r\n", "\n").replace("\r", "\n").strip()
                if joined and obj is not None and obj[0] in (0x0B, 0x0C) and out and out[-1].sheet == sno \
                        and out[-1].kind == obj[0]:
                    out[-1] = out[-1]._replace(text=joined)
                elif joined:
                    done(sno, joined)
                text = None            # (the anchor kept: the next shape of a group has none of its own)
        else:
            text = None if code != 0x003C else text
    return out


# the ProgIDs of the Microsoft Forms controls an .xls's OBJ record of an ActiveX control names (its ftPictFmla)
_XLS_ACTIVEX = {"CheckBox": "check box", "OptionButton": "option button", "ToggleButton": "toggle button"}
_XLS_PROGID = lazy(rb"Forms\.(CheckBox|OptionButton|ToggleButton)\.1")


def _xls_activex_unread(data: bytes, book) -> list[ParseWarning]:
    """The `activex_unread` warning of an .xls holding ActiveX check boxes or option buttons, as an .xlsx's: Excel
    97-2003 (and LibreOffice) writes each as an OBJ record of type picture (ftCmo 8) whose ftPictFmla names the
    control's ProgID (`Forms.CheckBox.1`), its label and state in the workbook's `Ctls` stream, which is not read
    (nor by xlrd); it was not even warned of, the ticked 项目类型 silently missing."""
    import struct
    found: dict[str, int] = {}
    for _, code, body in _xls_sheet_records(data, book):
        if code != 0x005D or len(body) < 6 or struct.unpack_from("<HHH", body)[0::2] != (0x15, 0x08):
            continue
        m = _XLS_PROGID.search(body) or _XLS_PROGID.search(body.replace(b"\x00", b""))   # (8-bit or UTF-16)
        if m:
            kind = _XLS_ACTIVEX[m.group(1).decode("ascii")]
            found[kind] = found.get(kind, 0) + 1
    return _activex_warning(found, True)


def _xls_text_boxes(objects: list[_XlsObject]) -> dict[int, list[tuple[int, int, str]]]:
    """The text boxes (and other shapes holding text) drawn on each worksheet of a BIFF8 workbook, by the sheet's
    index, as _sheet_text_boxes gives an .xlsx's: (first row, last row of the shape's anchor, 0-based, its text). A
    comment's note (OBJ of type Note) is not one, nor a check box's label (read in its cell, _xls_form_controls)."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for o in objects:
        if o.text and o.kind not in (0x19, 0x0B, 0x0C):
            out.setdefault(o.sheet, []).append((o.anchor[0], o.anchor[1], o.text))
    return out


def _xls_form_controls(objects: list[_XlsObject]) -> dict[int, list[_FormControl]]:
    """The form controls' check boxes and option buttons on each worksheet of a BIFF8 workbook, by the sheet's
    index, as _sheet_form_controls gives an .xlsx's: `☑label` when ticked, else `☐label` (xlrd reads no control: a
    ticked 延续项目 was lost, a 核心指标 box read by its linked cell's TRUE / FALSE or not at all)."""
    out: dict[int, list[_FormControl]] = {}
    for o in objects:
        if o.kind in (0x0B, 0x0C):
            out.setdefault(o.sheet, []).append(_FormControl(o.anchor[0], o.anchor[2], o.anchor[3],
                                                            ("☑" if o.checked else "☐") + " ".join(o.text.split()),
                                                            o.link))
    return out


def _xls_unprinted_cols(book, sno: int, sh) -> set[int]:
    """As _unprinted_cols for a BIFF sheet (0-based columns): its `Print_Area` name's columns."""
    cols: set[int] = set()
    rows: set[int] | None = set()
    for nobj in getattr(book, "name_obj_list", ()):
        if nobj.scope != sno or (nobj.name or "").lower().removeprefix("_xlnm.") != "print_area" \
                or nobj.result is None:
            continue
        try:
            refs = nobj.result.value if isinstance(nobj.result.value, list) else []
            for ref in refs:
                r0, r1, c0, c1 = ref.coords[2], ref.coords[3], ref.coords[4], ref.coords[5]
                if c1 - c0 >= 256:                     # whole rows: every column printed
                    return set()
                cols.update(range(c0, c1))
                if r1 - r0 >= 65536:                   # whole columns: every row printed
                    rows = None
                elif rows is not None:
                    rows.update(range(r0, r1))
        except (AttributeError, IndexError, TypeError):
            return set()
    if not cols:
        return set()
    held = {(r, c) for r in range(sh.nrows) for c, t in enumerate(sh.row_types(r)) if t not in (0, 6)}
    return _outside(cols, rows, held)


# ---------------------------------------------------------------- HTML

# an equation in Word's web page: its Office Math in a conditional comment only Word reads, then a picture of it for
# the browsers (`<!--[if gte msEquation 12]><m:oMath>…<m:r>≥95%</m:r>…<![endif]--><![if !msEquation]><img …><![endif]>`)
_WORD_EQUATION = lazy(r"<!--\[if gte msEquation \d+\]>(.*?)<!\[endif\]-->(?:\s*<!\[if !msEquation\]>.*?<!\[endif\]>)?",
                            re.S)


def _math_marks(root) -> None:
    """An equation's parts as `_omml_text` reads a DOCX's (the tags `m:f`, `m:den`, `m:sup` of Word's web page): a
    fraction's denominator after `_FRACTION_BAR`, a superscript as `_sup_text` reads it."""
    for el in list(root.iter()):                 # (listed first: a superscript's runs are replaced)
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "m:den":
            el.text = _FRACTION_BAR + (el.text or "")
        elif tag == "m:sup":
            t = el.text_content().strip()
            if t.isdigit():
                for sub in list(el):
                    el.remove(sub)
                el.text = _sup_text(t)
            elif t:
                el.text = _SUP_MARK + (el.text or "")       # (its runs kept: an equation inside it marked too)


def extract_html(data: bytes, doc_id: str, path: str | None = None, read=None, *,
                 sheets_hidden: bool = False) -> Extracted:
    """Given an HTML page (also Excel "Save as HTML", and a single-file web page .mht), return its tables
    (rowspan/colspan, caption) and the text between. `read(path)` reads a file beside the page (the page of an
    <iframe> a saved page holds in its `_files` folder). `sheets_hidden`: a workbook's hidden sheets are read
    instead of the shown ones (`Extracted.unshown`), as extract_xlsx's."""
    import lxml.html
    from lxml import etree

    base, parts = None, None
    whole = data
    if _MIME_START.match(data[:300].lstrip()):
        from extract.embedded import _mime_parts
        try:
            data, base, parts = _mime_parts(data)
        except ExtractError:
            raise ExtractError("single-file web page (MIME) without an HTML part: nothing to read") from None
    text, warnings = _decode_html(data)
    if "msEquation" in text:
        text = _WORD_EQUATION.sub(lambda m: m.group(1), text)
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (etree.ParserError, ValueError) as e:
        raise ExtractError(f"not a readable HTML page: {e}"[:300]) from None
    unshown: dict[int, bool] = {}                    # (the workbook's hidden sheets, 1-based: very hidden?)
    _inline_frames(root, base, parts, path, read, sheets=(sheets_hidden, unshown, _frameset_states(text)))
    _linked_styles(root, base, parts, path, read)
    filled = _script_values(root)                    # (read before the <script> blocks go)
    _script_rows(root)                               # (so are the rows a script builds from a JSON array)
    css = _CssDisplay(root)                          # (read before the <style> blocks go)
    pos = _CssDisplay(root, _POS_PROPS) if re.search(r"position\s*:\s*(?:absolute|fixed)", text, re.I) else None
    for bad in root.xpath("//script|//style|//template"):     # (a <template>'s content is never shown)
        bad.drop_tree()
    for deleted in root.xpath("//del"):
        # text deleted (Word's web page of a document whose tracked changes are in it: `<del cite=… datetime=…>`
        # beside the `<ins>` replacing it): no longer the form's, as a .docx's w:del is not read (the cell read
        # `1,032.601,086.40`, the old figure glued to the new)
        deleted.drop_tree()
    if "<m:" in text:
        _math_marks(root)
    _drop_page_furniture(root)
    _show_controls(root, filled)
    _drop_hidden(root, css)
    _html_symbol_fonts(root)
    for sup in root.iter("sup", "SUP"):
        # a superscript of digits as a browser shows it, raised (`m<sup>2</sup>`, `1×10<sup>4</sup>个/L`, a footnote's
        # `95%<sup>1</sup>`): superscript digits, as an equation's are read (`m²`, `10⁴`); it ran into the text before
        # it, `1×104` (no figure read) and `95%1`
        digits = sup.text_content().strip()
        if digits.isdigit() and len(digits) <= 3 and not len(sup.xpath(".//sup|.//sub")):
            tail = sup.tail
            sup.clear()
            sup.text, sup.tail = digits.translate(_SUPERSCRIPT), tail
    around = css.around_tables(root)                 # the blocks holding a table drawn with <div>s: walked into
    grids: list[Grid] = []
    lines: list[TextLine] = []
    counter = {"table": 0, "para": 0, "order": 0.0}
    if pos is not None:
        _positioned_pages(root, pos, grids, lines, warnings)

    def walk(el) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag.lower()
            if tag == "table":
                for cap in child.iterchildren("caption"):      # the table's caption: lines above it
                    for text in _html_lines(cap):
                        counter["para"] += 1
                        counter["order"] += 1
                        lines.append(TextLine(text, None, counter["para"], counter["order"] * ORDER_STEP))
                box = _html_box_cell(child)
                if box is not None:                      # a box of text drawn as a one-cell table: its lines
                    counter["table"] += 1                # (still a table of the page: the tables after keep their number)
                    for text in _html_lines(box):
                        counter["para"] += 1
                        counter["order"] += 1
                        lines.append(TextLine(text, None, counter["para"], counter["order"] * ORDER_STEP))
                    continue
                _table_or_say(_html_table, grids, lines, counter, child, grids, counter, walk)
            elif css.active and _div_table(child, css, grids, counter):
                pass                                     # a table drawn with <div>s (CSS grid, display:table)
            elif tag in ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "span", "center", "legend") \
                    and not child.xpath(".//table") and child not in around:
                text = child.text_content()
                if text.strip():
                    counter["para"] += 1
                    counter["order"] += 1
                    lines.append(TextLine(text, None, counter["para"], counter["order"] * ORDER_STEP))
            else:
                walk(child)

    body = root.find("body")
    said = _PART_ERRORS.set([]) if _PART_ERRORS.get() is None and not sheets_hidden else None
    try:
        walk(body if body is not None else root)
        if said is not None:
            warnings = warnings + _PART_ERRORS.get()
    finally:
        if said is not None:
            _PART_ERRORS.reset(said)
    if not grids and not lines:
        text = root.text_content()
        if text.strip():
            lines.append(TextLine(text, None, 1, 1.0))
    title = root.findtext(".//title")
    return Extracted(doc_id=doc_id, format="html", pages=None, grids=grids, lines=lines, path=path,
                     warnings=warnings, meta_title=" ".join(title.split()) if title and title.strip() else None,
                     sheet_names=_EXCEL_SHEET_NAME.findall(text) or None if unshown else None,
                     unshown=_unshown([k - 1 for k in unshown], sheets_hidden, lambda: extract_html(
                         whole, doc_id, path, read, sheets_hidden=True)),
                     very_hidden=tuple(k for k, very in unshown.items() if very))


# a workbook saved as a web page: its sheets' names in its frameset's `<x:ExcelWorksheet>` entries, in order, and a
# sheet's options saying it is hidden (`<x:Visible>SheetHidden</x:Visible>`, SheetVeryHidden) in its own page or
# in its entry (some exporters), the entry naming its page by `<x:WorksheetSource HRef=…>`
_EXCEL_SHEET_NAME = lazy(r"<x:ExcelWorksheet>\s*<x:Name>([^<]*)</x:Name>")
_EXCEL_SHEET_HIDDEN = lazy(r"<x:Visible>\s*Sheet(Very)?Hidden\s*</x:Visible>")
_EXCEL_SHEET_ENTRY = lazy(r"<x:ExcelWorksheet>(.*?)</x:ExcelWorksheet>", re.S)
# (quoted, any address — `file:///C:/…` was cut at its `//`, review rv72 —, or bare, up to the tag's end)
_EXCEL_SHEET_SOURCE = lazy(r"<x:WorksheetSource\s+HRef\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+?)(?=\s|/?>))", re.I)


def _frameset_states(text: str) -> dict[str, bool]:
    """The sheet pages a workbook's frameset marks hidden in their `<x:ExcelWorksheet>` entries, by the page's
    _sheet_page_key: very hidden? (Excel writes the state in the sheet's own page, other exporters in the frameset
    only: that sheet was read as shown.)"""
    out = {}
    for entry in _EXCEL_SHEET_ENTRY.findall(text) if "<x:ExcelWorksheet>" in text else ():
        src, state = _EXCEL_SHEET_SOURCE.search(entry), _EXCEL_SHEET_HIDDEN.search(entry)
        if src and state:
            out[_sheet_page_key(next(g for g in src.groups() if g is not None))] = bool(state.group(1))
    return out


def _sheet_page_key(src: str) -> str:
    """A sheet page's address as a frameset's entry and its `<link id=shLink>` may both write it: its file name
    (`sheet002.htm`: a workbook's pages share one folder), unquoted, `/` for `\\`, in small letters — not `./` before
    it, the page's full address (`file:///C:/…/book.files/sheet002.htm`), its folder's name left out or a letter's
    case (Windows' file names), which kept a sheet the entry marked hidden read as shown (review rv72)."""
    from urllib.parse import unquote
    return unquote(src.split("#", 1)[0].split("?", 1)[0]).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].lower()


def _html_box_cell(table):
    """The one cell of a table of one row and one cell holding no table (a box drawn around a section's text: the
    年度绩效目标 a page writes in a bordered box under its `<h3>三、年度绩效目标</h3>`), else None. Its text is read as
    the page's lines, as the DOCX reader reads a one-cell layout table's paragraphs (as a grid of one cell it was no
    field's value: the goal under its heading was lost)."""
    rows = [tr for tr in table.iter("tr") if (tr.getparent() is table or tr.getparent().getparent() is table)
            and not _html_hidden(tr)]
    if len(rows) != 1 or table.xpath(".//table"):
        return None
    cells = [td for td in rows[0] if isinstance(td.tag, str) and td.tag.lower() in ("td", "th") and not _html_hidden(td)]
    return cells[0] if len(cells) == 1 else None


def _inline_frames(root, base: str | None, parts: dict | None, path: str | None, read, depth: int = 0,
                   sheets: tuple | None = None) -> None:
    """Put the page an <iframe> / <frame> shows in its place, as a browser shows it: a single-file page's (MHTML)
    frame part (`src="cid:frame-…@mhtml.blink"`, or its Content-Location), or the frame's page a saved page keeps
    beside it (Chrome's "save as complete": `page_files/frame.html`). (The budget system's form in its frame was
    never read: the outer page, a menu and an empty frame, gave no project.) A frame's page that cannot be found
    (a web address) is nothing, as before; frames inside frames at most three deep."""
    # an Excel workbook saved as a web page (.htm beside its folder, or a single file .mht): its frameset shows one
    # sheet in the frame `frSheet` and the sheet tabs in `frTabs`; each sheet's page is named by a `<link id=shLink>`.
    # Every sheet is read, in order, in that frame's place, and the tabs are not (only the first sheet was read, the
    # others lost, and the tabs' sheet names were read as a row of the form). A hidden sheet is not, as Excel and
    # its tabs do not show it (its number put in `sheets[1]`); with `sheets[0]`, only the hidden ones are
    hidden_only, unshown, marked = sheets if sheets is not None else (False, {}, {})
    sheets = [(ln.get("href") or "").strip() for ln in root.iter("link", "LINK")
              if (ln.get("id") or "").lower() == "shlink" and (ln.get("href") or "").strip()]
    for fr in list(root.iter("iframe", "frame", "IFRAME", "FRAME")):
        name = (fr.get("name") or "").lower()
        if sheets and name == "frtabs" and fr.getparent() is not None:
            fr.getparent().remove(fr)
            continue
        src = (fr.get("src") or "").strip()
        if not src or src.startswith(("javascript:", "about:", "data:")) or fr.getparent() is None:
            continue
        last = None
        of_sheets = bool(sheets) and name == "frsheet"
        for k, one in enumerate(sheets if of_sheets else [src], 1):
            very = _sheet_page_hidden(one, marked, base, parts, path, read) if of_sheets else None
            if of_sheets and (very is not None) != hidden_only:
                if not hidden_only:
                    unshown[k] = very
                continue
            box = _frame_page(one, base, parts, path, read, depth)
            if box is None:
                continue
            if of_sheets:
                box.set(_SHEET_NUMBER, str(k))
            if last is None:
                box.tail = fr.tail
                fr.getparent().replace(fr, box)
            else:
                box.tail, last.tail = last.tail, None
                last.addnext(box)
            last = box


def _sheet_page_hidden(src: str, marked: dict[str, bool], base: str | None, parts: dict | None, path: str | None,
                       read) -> bool | None:
    """Is a workbook's sheet page (a saved workbook's `book.files/sheet002.htm`) hidden — by the frameset's entry of it
    (`marked`, _frameset_states) or by its own options —, very hidden (by either: an entry's `SheetHidden` beside the
    page's `SheetVeryHidden` said `unhide it`, review rv72)? None: shown."""
    if (entry := marked.get(_sheet_page_key(src))) is True:
        return True
    body, _ = _page_resource(src, base, parts, path, read, (".html", ".htm", ".shtml", ".xhtml", ""))
    state = _EXCEL_SHEET_HIDDEN.search(body[:65536].decode("latin-1")) if body else None
    return bool(state.group(1)) if state else entry


def _page_resource(src: str, base: str | None, parts: dict | None, path: str | None, read,
                   exts: tuple) -> tuple[bytes | None, str | None]:
    """The bytes a page's reference names (a frame's src, a stylesheet's href) and where they were found: a single-file
    page's (MHTML) part, by its Content-Location or cid, or a file beside the page (a saved page's `page_files/…`)
    of one of the extensions exts; (None, None) where it is not found (a web address)."""
    from urllib.parse import unquote, urljoin
    if parts is not None:
        for key in (src, urljoin(base or "", src), unquote(src), unquote(urljoin(base or "", src))):
            if key in parts:
                return parts[key], key
    elif path and read is not None and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//", src):
        from extract.embedded import _beside
        rel = unquote(src.split("#", 1)[0].split("?", 1)[0]).replace("\\", "/")
        target = _beside(path, rel[2:] if rel.startswith("./") else rel)
        if target and os.path.splitext(target)[1].lower() in exts:
            try:
                return read(target), target
            except (OSError, ValueError):
                pass
    return None, None


def _linked_styles(root, base: str | None, parts: dict | None, path: str | None, read) -> None:
    """A page's stylesheets linked, not written in (`<link rel="stylesheet" href="style.css">`): put in its place as
    <style> blocks when the page holds them — a single-file page's (MHTML) part, or a saved page's `page_files/`
    file — so that the rules hiding rows (`.hid{display:none}`: an old target kept hidden, a deleted row) are
    applied as a browser applies them (those rows were read as the form's). One at a web address is not fetched."""
    from lxml import etree
    for ln in list(root.iter("link", "LINK")):
        href = (ln.get("href") or "").strip()
        if "stylesheet" not in (ln.get("rel") or "").lower() or not href or ln.getparent() is None:
            continue
        media = (ln.get("media") or "").strip().lower()
        if "alternate" in (ln.get("rel") or "").lower() \
                or media and not re.search(r"\b(?:all|screen)\b", media):
            # a print-only (`media="print"`) or alternate stylesheet is not the one a browser shows the page with
            continue
        body, _ = _page_resource(href, base, parts, path, read, (".css",))
        if not body or b"display" not in body:
            continue
        st = etree.Element("style")
        st.text = _decode_html(body)[0]
        ln.getparent().replace(ln, st)


def _frame_page(src: str, base: str | None, parts: dict | None, path: str | None, read, depth: int):
    """The page a frame's src names (a single-file page's part, or a page beside the file) as a <div> of its body's
    content and its styles; None where it is not found or no page."""
    import lxml.html
    from lxml import etree
    body, where = _page_resource(src, base, parts, path, read, (".html", ".htm", ".shtml", ".xhtml", ""))
    if not body or not re.search(rb"(?i)<(?:html|body|table|div|p)\b", body[:65536]):
        return None
    try:
        sub = lxml.html.document_fromstring(_XML_DECLARATION.sub("", _decode_html(body)[0], count=1))
    except (etree.ParserError, ValueError):
        return None
    _linked_styles(sub, where if parts is not None else base, parts, where if parts is None else path, read)
    if depth < 2:
        _inline_frames(sub, where if parts is not None else base, parts, where if parts is None else path,
                       read, depth + 1)
    box = etree.Element("div")
    for st in sub.xpath("//style"):
        box.append(st)
    inner = sub.find("body")
    for ch in list(inner if inner is not None else sub):
        box.append(ch)
    if inner is not None and inner.text and inner.text.strip():
        box.text = inner.text
    return box


_FONT_FAMILY = lazy(r"(?<![-\w])font-family\s*:\s*['\"]?\s*([^;'\",]+)", re.I)   # (not mso-bidi-font-family)


def _html_symbol_fonts(root) -> None:
    """Text written in a symbol font (Word's "Save as HTML": `<span style='font-family:"Wingdings 2"'>R</span>` is a
    ticked box, `£` an empty one; Wingdings `þ` / `¨`): replaced by the signs it shows, as the DOCX reader does
    (the ticks were read as letters, `R常年性项目 £一次性项目`)."""

    def font_of(el) -> str:
        fonts = [f.strip().lower() for f in _FONT_FAMILY.findall(el.get("style") or "")]
        if el.get("face"):
            fonts.append(el.get("face").strip().lower())
        return next((f for f in fonts if f in _SYMBOL_FONTS), "" if not fonts else "-")

    def mapped(text: str | None, font: str) -> str | None:
        if not text:
            return text
        return "".join(_sym_char(font, f"{ord(c) & 0xFF:02X}") or c if ord(c) < 0x100 else c for c in text)

    def walk(el, font: str) -> None:
        own = font_of(el) if isinstance(el.tag, str) else ""
        font = own if own and own != "-" else ("" if own == "-" else font)
        if font:
            el.text = mapped(el.text, font)
        for ch in el:
            walk(ch, font)
            if font:
                ch.tail = mapped(ch.tail, font)

    if any(font_of(el) not in ("", "-") for el in root.xpath("//*[@style or @face]")):
        walk(root, "")


# ---- a form's controls as a browser shows them: a text box's value, a list's chosen option, a ticked box
_TEXT_INPUTS = frozenset(("", "text", "number", "date", "datetime-local", "month", "week", "time", "email", "tel",
                          "url", "search"))
# an option that asks for a choice (`--请选择--`, `请选择部门`, `全部`): no value chosen
# a value the server's template never filled (`value="${data.sj121}"`, `{{ item.name }}`, `#{zb.mc}`): no value
_TEMPLATE_VALUE = lazy(r"^\s*(?:\$\{[^}]*\}|#\{[^}]*\}|\{\{.*\}\}|<%.*%>|\[\[.*\]\])\s*$", re.S)
_NO_CHOICE = lazy(r"^[\s\-—=*_.…·]*(?:请选择.*|请输入.*|选择|全部|--+)?[\s\-—=*_.…·]*$")


def _script_values(root) -> dict[str, str]:
    """The values a page's script writes into its form from an inline JSON object (`var formData = {"xmmc": "…"};`
    then `$('#' + k).val(formData[k])`, or a `<script type="application/json">` block): key -> text, for the
    scalars of each object (and of the objects it holds)."""
    import json
    out: dict[str, str] = {}
    dec = json.JSONDecoder()

    def take(obj, depth: int = 0) -> None:
        if isinstance(obj, dict) and depth < 3:
            for k, v in obj.items():
                if isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip():
                    out.setdefault(str(k), str(v).strip())
                elif isinstance(v, dict):
                    take(v, depth + 1)

    for sc in root.iter("script", "SCRIPT"):
        text = sc.text or ""
        if "{" not in text or len(text) > 500_000:
            continue
        starts = [0] if (sc.get("type") or "").lower() in ("application/json", "text/json") else \
            [m.end() - 1 for m in re.finditer(r"=\s*\{", text)]
        for at in starts:
            try:
                obj, _ = dec.raw_decode(text, at + len(text[at:]) - len(text[at:].lstrip()))
            except ValueError:
                continue
            take(obj)
    return out


_FILLS_ID = lazy(r"""getElementById\(\s*["']([\w-]+)["']\s*\)|\$\(\s*["']#([\w-]+)["']\s*\)"""
                       r"""|querySelector\(\s*["']#([\w-]+)["']\s*\)""")


_FIELD_REF = lazy(r"""^[A-Za-z_$][\w$]*\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*["']([^"']+)["']\s*\])$""")


# a key's value handed to a function (`mc(r` before `.lx`) or compared (`.wc == 1 ?`, `.wc ? "是"`)
_CALLED = lazy(r"[\w$]\s*\(\s*[A-Za-z_$][\w$]*\s*$")
_COMPARED = lazy(r"\s*(?:[=!]==?|[<>]=?|\?)")


def _script_cell(td: str, keys: set[str]) -> list | None:
    """What a `<td>` of the row a script builds holds (`<td>" + r.yjzb + "</td>`, `<td>${r.zbz}${r.dw}</td>`): its
    parts in order, a text written as it stands (str) or the value of one of the array's keys (a 1-tuple); None when
    a part is any other expression (a lookup `mc(r.lx)`, a test `r.wc == 1 ? "是" : "否"`, a count `i + 1`, a key
    the array does not hold): the value a browser shows there is not the key's."""
    if ">" not in td:
        return None
    body = td[td.index(">") + 1:]
    end = re.search(r"</t[dhr]\b", body, re.I)
    body = body[:end.start()] if end else body
    parts: list = []
    if "${" in body:                                  # a template literal
        for k, piece in enumerate(re.split(r"\$\{([^{}]*)\}", body)):
            if k % 2 == 0:
                parts.append(piece)
                continue
            m = _FIELD_REF.match(piece.strip())
            if m is None or (m.group(1) or m.group(2)) not in keys:
                return None
            parts.append((m.group(1) or m.group(2),))
        return parts
    q = next((c for c in body if c in "\"'"), None)
    if q is None:                                     # text only (`<td>合计</td>`)
        return [body]
    code = q + body + q                               # (the cell's text: a string closed, code, a string opened)
    terms, cur, depth, k = [], "", 0, 0
    while k < len(code):                              # the terms of `+` outside strings and brackets
        c = code[k]
        if c in "\"'`":
            j = k + 1
            while j < len(code) and code[j] != c:
                j += 2 if code[j] == "\\" else 1
            cur += code[k:j + 1]
            k = j + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == "+" and depth == 0:
            terms.append(cur.strip())
            cur = ""
        else:
            cur += c
        k += 1
    terms.append(cur.strip())
    for t in terms:
        if len(t) >= 2 and t[0] == t[-1] and t[0] in "\"'" and t[0] not in t[1:-1]:
            parts.append(t[1:-1])
            continue
        m = _FIELD_REF.match(t)
        if m is None or (m.group(1) or m.group(2)) not in keys:
            return None
        parts.append((m.group(1) or m.group(2),))
    return parts


def _script_rows(root) -> int:
    """Write into the page the table rows its script builds from an inline JSON array of objects (`var zbList =
    [{"yjzb": "产出指标", …}, …]`, then `html += "<tr><td>" + r.yjzb + "</td>…"` and `$("#zbBody").html(html)`), as
    a browser running it shows them: each object a row, each `<td>` of the script's row the values of the keys it
    names, in its order (`r.zbz + r.zbzz` one cell: `≥18`); without `<td>` in the script, a cell per key in the order
    the script names them. Only into an element the script names by its id (`getElementById`, `$("#…")`,
    `querySelector("#…")`) that holds no text (the table body the page left empty). A row of text only the script
    writes before (`<tr><th>一级指标</th>…`) is written first, as a head row; a row any of whose cells is an
    expression other than a key (`mc(r.lx)`, `r.wc == 1 ? "是" : "否"`) is not written at all (`_script_cell`): the
    value a browser shows is not the key's. Return the rows written."""
    import json

    from lxml import etree
    dec = json.JSONDecoder()
    written = 0
    for sc in root.iter("script", "SCRIPT"):
        text = sc.text or ""
        if "[" not in text or len(text) > 500_000:
            continue
        for m in re.finditer(r"=\s*\[", text):
            try:
                arr, end = dec.raw_decode(text, m.end() - 1)
            except ValueError:
                continue
            if not isinstance(arr, list) or not arr or not all(isinstance(o, dict) and o for o in arr):
                continue
            keys = {str(k) for o in arr for k in o}
            rest = text[end:]
            targets = [next(g for g in t.groups() if g) for t in _FILLS_ID.finditer(rest)]
            target = next((el for i in targets for el in root.xpath("//*[@id=$i]", i=i)
                           if el.tag.lower() in ("tbody", "table") and not el.text_content().strip()), None)
            if target is None:
                continue
            ref = re.compile(r"""\.\s*(%s)\b|\[\s*["'](%s)["']\s*\]""" % (("|".join(map(re.escape, keys)),) * 2))
            cells: list[list[str]] = []
            heads: list[list[str]] = []                # the head rows the script writes before its data rows
            rows = list(re.finditer(r"<tr\b.*?</tr>", rest, re.S | re.I))
            if rows:
                plan = None
                for row in rows:
                    got = [_script_cell(td, keys) for td in re.split(r"<t[dh]\b", row.group(0), flags=re.I)[1:]]
                    if any(c is None or any(isinstance(x, tuple) for x in c) for c in got):
                        plan = got                     # (the row of the keys: the data row)
                        break
                    heads.append(["".join(c) for c in got])
                if plan is None or any(c is None for c in plan):
                    continue                           # (an expression the page computes: `mc(r.lx)`, `a ? b : c`)
                cells = plan
                # (a head row has the data row's cells, two or more: `<tr><td colspan="4">暂无数据</td></tr>` is none)
                heads = [hd for hd in heads if len(hd) == len(plan) >= 2]
            else:
                seen: list[str] = []
                computed = False
                for g in ref.finditer(rest):
                    k = g.group(1) or g.group(2)
                    # (`mc(r.lx)`, `r.wc == 1 ? …`: a value the page computes from the key, not the key's)
                    computed |= bool(_CALLED.search(rest[max(0, g.start() - 40):g.start()])
                                     or _COMPARED.match(rest, g.end()))
                    if k not in seen:
                        seen.append(k)
                if computed:
                    continue
                cells = [[(k,)] for k in seen]
            if not any(cells):
                continue
            for hd in heads:
                tr = etree.SubElement(target, "tr")
                for text in hd:
                    etree.SubElement(tr, "th").text = text
            for o in arr:
                tr = etree.SubElement(target, "tr")
                for parts in cells:
                    td = etree.SubElement(tr, "td")
                    td.text = "".join(x if isinstance(x, str) else "" if o.get(x[0]) is None else str(o.get(x[0]))
                                      for x in parts)
                written += 1
    return written


def _show_controls(root, filled: dict[str, str] | None = None) -> None:
    """Replace a saved page's form controls by the text a browser shows in them: a text box (`<input value="…">`,
    also disabled or read-only ones) by its value (never its placeholder: the hint shown greyed in an empty box),
    a `<select>` by its chosen option's text (the first when none is marked, as a browser shows; `--请选择--` is no
    choice), a ticked checkbox or radio button by ☑ and an unticked one by ☐ (also in a line outside a table:
    `项目类型：☑常年性项目 ☐一次性项目` was `常年性项目 一次性项目`, both); an empty element holding its value in
    `data-value` (a page whose script writes it in) by that value. Hidden inputs and buttons show nothing. (Every
    option of a list was read run together, `产出指标效益指标满意度指标`, and no text box's value at all.)"""
    for el in list(root.iter("input", "select", "textarea")):
        if el.getparent() is None:
            continue
        tag = el.tag.lower()
        if tag == "textarea":
            if filled and not el.text_content().strip():   # (its text is its value)
                el.text = filled.get(el.get("id") or "", "") or filled.get(el.get("name") or "", "")
            continue
        if tag == "input":
            kind = (el.get("type") or "").strip().lower()
            if kind in ("checkbox", "radio"):          # a box, ticked or not (as _html_lines read it in a cell;
                _replace_by_text(el, " ☑ " if el.get("checked") is not None else " ☐ ")   # now in a line too)
                continue
            shown = (el.get("value") or "").strip() if kind in _TEXT_INPUTS else ""
            if _TEMPLATE_VALUE.match(shown):
                shown = ""
            if not shown and filled and kind in _TEXT_INPUTS:
                shown = filled.get(el.get("id") or "", "") or filled.get(el.get("name") or "", "")
        else:
            options = el.xpath(".//option")
            chosen = [o for o in options if o.get("selected") is not None]
            value = filled.get(el.get("id") or "") or filled.get(el.get("name") or "") if filled else None
            if not chosen and value:                   # (the script's value picks the option of that value)
                chosen = [o for o in options if (o.get("value") or "").strip() == value
                          or " ".join(o.text_content().split()) == value][:1]
            if not chosen and options and el.get("multiple") is None:
                chosen = options[:1]
            shown = "、".join(t for t in (" ".join(o.text_content().split()) for o in chosen)
                             if t and not _NO_CHOICE.match(t))
        _replace_by_text(el, shown)
    for el in list(root.xpath("//*[@data-value]")):
        value = (el.get("data-value") or "").strip()
        if value and not _TEMPLATE_VALUE.match(value) and not el.text_content().strip() and not len(el):
            el.text = value
    if filled:                                         # an empty cell the script writes (`<td id="xmmc"></td>`)
        for el in root.xpath("//td[@id]|//span[@id]|//div[@id]|//th[@id]"):
            if el.get("id") in filled and not len(el) and not el.text_content().strip():
                el.text = filled[el.get("id")]
    # a field's <label> beside its box outside a table (`<label>项目名称</label><div><input value="…"></div>`): shown
    # apart from the value, read `项目名称：…` (it ran into its value, `项目名称中小学校舍维修改造`, no name read)
    for el in root.iter("label", "LABEL"):
        text = el.text_content().strip()
        if not text or len(text) > 30 or text[-1] in ":：" or el.xpath(".//textarea|.//span[@data-control]") \
                or el.xpath("ancestor::td|ancestor::th"):
            continue
        nxt = el.getnext()
        if nxt is not None and nxt.xpath(".//span[@data-control]|self::span[@data-control]"):
            el.tail = "：" + (el.tail or "")


def _replace_by_text(el, text: str) -> None:
    """`el` gone from the tree, `text` standing where it stood."""
    from lxml import etree
    span = etree.Element("span", {"data-control": el.tag.lower()})
    span.text = text
    span.tail = el.tail
    el.getparent().replace(el, span)


# a control that shows a folded block: its text (`展开`, `展开全部`, `查看更多`, `显示详情`)
_SHOWS = lazy(r"展开|更多|详情|详细|显示|查看")
_REF_ATTRS = ("href", "data-target", "data-bs-target", "aria-controls", "onclick", "ng-click", "@click", "v-on:click",
              "data-toggle-target", "for")


def _drop_hidden(root, css: "_CssDisplay") -> None:
    """Take out what a browser does not show (`display:none` by a class rule of the page's <style> or by the
    element's own style, `hidden`): an older version kept hidden under the form (`.his{display:none}`), an indicator
    row deleted in the system and only hidden (its rows were read as the form's). A folded block a control on
    the page shows — its id named by a link or button (`href="#more"`, `data-target`, `aria-controls`, `onclick`),
    or a `展开` / `查看更多` toggle just before it — is read, as a person unfolds it; so are tab panes."""
    refs = " ".join(v for el in root.iter() if isinstance(el.tag, str)
                    for v in (el.get(a) for a in _REF_ATTRS) if v)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag.lower() in ("html", "body") \
                or not css.hidden(el):
            continue
        eid = (el.get("id") or "").strip()
        if eid and re.search(r"(?<![\w-])" + re.escape(eid) + r"(?![\w-])", refs):
            continue
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None and len(prev.text_content().strip()) <= 20 and _SHOWS.search(prev.text_content()):
            continue
        el.drop_tree()


# a web page's furniture around its content: navigation, footer, share bar, related links
_FURNITURE_ATTR = lazy(r"(?:^|[-_\s])(?:nav|navbar|menu|footer|foot|share|bdshare|related|relate|breadcrumb|crumbs?|"
                             r"copyright|sidebar|friendlink|links?|xglj|fxd?)(?:$|[-_\s\d])", re.IGNORECASE)
_FURNITURE_TEXT = lazy(r"^\s*(?:相关链接|相关文件|相关阅读|相关新闻|相关稿件|分享到|打印本页|【打印】|关闭窗口|【关闭】|上一篇|下一篇|"
                             r"扫一扫|网站地图|版权所有|主办单位|技术支持)")


# a site's footer line: copyright and the registration numbers every Chinese site shows
_FOOTER_LINE = lazy(r"copyright|©|版权所有|ICP备|ICP证|网站标识码|公网安备", re.IGNORECASE)
_FORM_WORDS = re.compile(r"项目名称|主管部门|实施单位|绩效|指标|预算")


def _drop_page_furniture(root) -> None:
    """Take a saved web page's furniture out before reading (its text after the form was read as one more
    indicator, its `2022年部门决算公开` link as the form's year): <nav>, <footer>, <aside>; an element whose class
    or id names a menu, footer, share bar or related links; a list of links only; a block starting with
    相关链接 / 分享到 / 打印本页 … that holds no table."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        tag = el.tag.lower()
        if _sheet_caption(el):
            el.drop_tree()
            continue
        if tag == "table" and not el.xpath(".//table") and len(el.xpath(".//tr")) <= 2:
            text = el.text_content().strip()
            if text and len(text) < 300 and _FOOTER_LINE.search(text) and not _FORM_WORDS.search(text):
                el.drop_tree()                   # an old layout-table page's footer row (Copyright … 备案号 …)
            continue
        if tag in ("table", "tr", "td", "th", "tbody", "thead", "body", "html"):
            continue
        if el.xpath(".//table") or el.xpath("ancestor::td|ancestor::th"):
            continue                             # (a layout block around the form, a cell's own text: never dropped)
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
        text = el.text_content().strip()
        links = el.xpath(".//a")
        if tag in ("nav", "footer", "aside") or (attrs and _FURNITURE_ATTR.search(attrs)) \
                or (tag in ("ul", "ol") and links and all(li.xpath(".//a") for li in el.xpath("./li"))) \
                or (text and _FURNITURE_TEXT.match(text) and len(text) < 200) or _contents_block(el, links, text):
            el.drop_tree()


# Calc's caption: its word for a sheet (STR_TABLE as its translations write it: Sheet, 工作表, Tabelle, Feuille, Hoja,
# Foglio, Planilha, Лист, シート, 시트), the sheet's number and a colon; its anchor `table0`, `table1` …
_SHEET_CAPTION = lazy(r"^\s*(?:sheet|工作表|tabelle|feuille|hoja|foglio|planilha|лист|シート|시트)\s*\d{1,3}\s*[:：]",
                      re.IGNORECASE)
_SHEET_ANCHOR = re.compile(r"^table\d{1,3}$", re.IGNORECASE)


def _sheet_caption(el) -> bool:
    """Is el LibreOffice Calc's caption of a sheet in its web page of a workbook, a heading in the sheet's anchor
    before its table (`<A NAME="table1"><H1>Sheet 2: <EM>绩效目标表</EM></H1></A>`)? Its words are the program's, no
    line of the form (`Sheet 2: 绩效目标表` was taken for the form's title). A page's own caption of a table in an
    anchor, `<a name="table1"><h2>表1：<em>…项目绩效目标表</em></h2></a>`, is the form's title: only Calc's word for a
    sheet and its anchor `tableN` are the program's."""
    # (Calc writes the caption one way, sc/source/filter/html/htmlexp.cxx: `<H1>` + its word for a sheet, the
    # number, `: ` + `<EM>` + the sheet's name + `</EM></H1>`, nothing else in the heading: an h2 or h3, words
    # between the colon and the <em>, a second element or words after it are a page's own heading — hunt ex9 found
    # `<h2>工作表1：<em>…</em></h2>` and `<h1>Sheet 1: 2024年度<em>…</em>绩效目标表</h1>` dropped, the title with them)
    if el.tag.lower() != "h1" or el.getparent().tag.lower() != "a" \
            or not _SHEET_ANCHOR.match(el.getparent().get("name") or ""):
        return False
    kids = list(el)
    return len(kids) == 1 and isinstance(kids[0].tag, str) and kids[0].tag.lower() == "em" \
        and not (kids[0].tail or "").strip() and bool(_SHEET_CAPTION.match(el.text or "")) \
        and not _SHEET_CAPTION.sub("", el.text or "").strip()


def _contents_block(el, links: list, text: str) -> bool:
    """Is el a page's table of contents: two links or more, each to a place in the page (`href="#table1"`), and beside
    them a heading's few words at most (LibreOffice Calc's web page of a workbook opens with `Overview` over a link to
    each sheet, `申报表` `绩效目标表`: read as the form's title, `Overview 申报表 绩效目标表`)?"""
    if len(links) < 2 or not all((a.get("href") or "").startswith("#") for a in links):
        return False
    rest = text
    for a in links:
        rest = rest.replace(a.text_content().strip(), "", 1)
    return len("".join(rest.split())) <= 12 and not _FORM_WORDS.search(rest) and not _FIELD_SIGNS.search(rest)


# (a field's label or a list's separators beside in-page links: `立项依据：<a href="#fj1">《…规划》</a>、<a …>`, a
# field whose documents link to the page's attachments, no table of contents)
_FIELD_SIGNS = re.compile(r"[:：、，,；;]")


_MIME_START = lazy(rb"(?i)(?:mime-version|content-type|from|subject|date|x-[\w-]+)\s*:")
# an XHTML page's XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`, LibreOffice's XHTML export, an .xhtml
# page): the page is parsed from its decoded text, which lxml refuses with a declaration of an encoding in it (the
# page failed, `Unicode strings with encoding declaration are not supported`)
_XML_DECLARATION = lazy(r"^\s*<\?xml\b[^>]*\?>")
_META_CHARSET = lazy(rb"""(?i)<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""")
# charset labels as browsers read them (WHATWG Encoding): gb2312 and gbk pages are GBK, whose superset is
# GB18030 (Python's gb2312 reads A1AA as ― where a browser shows —); `unicode` is Word's UTF-16
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
                    "cp936": "gb18030", "unicode": "utf-16", "utf-16": "utf-16", "big5": "big5hkscs"}


# charsets of one byte a character for Western text (`iso-8859-1`, `windows-1252`, `latin1`, `ascii`): the default of
# old HTML editors (FrontPage, Dreamweaver), left in the <meta> of pages written in GBK
_WESTERN_CHARSET = lazy(r"^(?:iso[-_]?8859[-_]?\d+|latin[-_]?\d|l\d|(?:windows|cp)[-_]?125\d|(?:us[-_]?)?ascii)$", re.I)


def _mostly_chinese(text: str) -> bool:
    """Text whose characters beyond ASCII are mostly Chinese (CJK ideographs and punctuation, full-width forms) of
    GB2312's common set. (Latin-1 text whose accents all stand inside words, `Müller`, `Köln`, also reads strictly
    as GB18030: each accent and the letter after it one of GBK's rare ideographs, `M黮ler`, `K鰈n`, outside GB2312 —
    a German page was read as mojibake, review rv5.)"""
    wide = [c for c in text if ord(c) > 127]
    cjk = sum(1 for c in wide if ("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef") and _in_gb2312(c))
    return cjk >= 4 and cjk >= 0.8 * len(wide)


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def _decode_html(data: bytes) -> tuple[str, list[ParseWarning]]:
    """An HTML page's text: by its byte-order mark, else by the charset its <meta> declares (read as
    browsers read it), else UTF-8 or GB18030 as a text dump is; a declaration the bytes contradict (declared
    UTF-8, bytes GBK) is overruled, with an `encoding_guessed` warning."""
    import codecs
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),    # (UTF-32LE's mark opens
                     (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),   # with UTF-16LE's)
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), []
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii", "replace").lower() if m else None
    if declared:
        enc = _CHARSET_ALIASES.get(declared, declared)
        if enc.replace("-", "") != "utf8" and not data.isascii():
            try:       # declared GBK (or other) but valid UTF-8 with Chinese: the bytes are UTF-8 (GBK text
                text = data.decode("utf-8")           # is almost never valid UTF-8)
                return text, [ParseWarning("encoding_guessed", f"the page declares charset {declared} but its "
                                                               "bytes are UTF-8; decoded as utf-8")]
            except UnicodeDecodeError:
                pass
        if _WESTERN_CHARSET.match(enc) and not data.isascii():
            try:       # declared a Western single-byte charset (an old editor's default) over GBK text: every byte
                text = data.decode("gb18030")         # decodes as Latin-1, as mojibake; the bytes are GBK when they
            except UnicodeDecodeError:                # read strictly as GB18030 into Chinese
                text = None
            if text is not None and _mostly_chinese(text):
                return text, [ParseWarning("encoding_guessed", f"the page declares charset {declared} but its "
                                                               "bytes are Chinese; decoded as gb18030")]
        try:
            return data.decode(enc), []
        except (UnicodeDecodeError, LookupError):
            pass
    from extract.txt import decode_text
    text, enc, warnings = decode_text(data)
    if declared:
        warnings = [w for w in warnings if w.code != "encoding_guessed"] + [ParseWarning(
            "encoding_guessed", f"the page declares charset {declared} but its bytes are not {declared}; "
            f"decoded as {enc}")]
    return text, warnings


# the attribute _inline_frames marks a workbook's sheet page with, put in its frame's place: the sheet's number
_SHEET_NUMBER = "data-jixiao-sheet"


def _sheet_number(table) -> int | None:
    """The number of the workbook's sheet a table is read from (a workbook saved as a web page): its cells' page, as
    an XLSX's are (the tables' count was, so a hidden form's sheet was named by a hidden lookup list's before it,
    `sheet 2 (下拉)` for sheet 3); None for a table of no sheet (a web page's own)."""
    for up in table.iterancestors():
        if up.get(_SHEET_NUMBER):
            return int(up.get(_SHEET_NUMBER))
    return None


def _html_table(table, grids: list[Grid], counter: dict, walk) -> None:
    counter["table"] += 1
    counter["order"] += 1
    tno = _sheet_number(table) or counter["table"]
    order = counter["order"] * ORDER_STEP
    taken: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    cell_of: dict[int, Cell] = {}
    n_cols = 0
    rows = [tr for tr in table.iter("tr") if tr.getparent() is table or tr.getparent().getparent() is table]
    # rows and cells a browser does not show (`display:none`, `hidden`: Excel's "Save as HTML" keeps the rows
    # and columns the author hid): not read; the rows shown are numbered without them
    shown = [r for r, tr in enumerate(rows) if not _html_hidden(tr)]
    own = [[td for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th") and not _html_hidden(td)]
           for tr in rows]
    ends = _html_group_ends(rows)
    width = max((sum(_int(td.get("colspan")) for td in tds) for tds in own), default=0)
    spans: dict[int, list] = {}              # id(a td spanning rows) -> [first row, column, columns, last row, text]
    inlined: list[tuple] = []                # (row, column, columns, rows of the nested table read in the cell)
    active: list[list] = []                  # the spans still running down (those behind the row dropped: a long
    for r, tr in enumerate(rows):            # table's spans were all looked at on every row)
        col = 0
        if _html_hidden(tr):
            continue
        active = [s for s in active if s[3] >= r]
        _html_end_stale(active, r, own[r], width, taken)
        for td in own[r]:
            while (r, col) in taken:
                col += 1
            rs = _html_rowspan(td.get("rowspan"), r, ends[r])
            cs = _int(td.get("colspan"))
            if rs > 1:
                spans[id(td)] = [r, col, cs, r + rs - 1, td]
                active.append(spans[id(td)])
            inner = [t for t in td.xpath(".//table") if not _html_lines_table(t)]
            if inner:
                for t in inner:
                    t.getparent().remove(t)
            text = "\n".join(_html_lines(td))
            for rr in range(r, r + rs):
                for cc in range(col, col + cs):
                    taken.add((rr, cc))
            if text.strip():
                cells.append(Cell(r, col, text, rs, cs, tno, r + 1))
                cell_of[id(td)] = cells[-1]
            flat = _html_inline_rows(inner, cs) if not text.strip() and rs == 1 else None
            if flat:
                inlined.append((r, col, cs, flat))
                inner = []
            col += cs
            n_cols = max(n_cols, col)
            for t in inner:
                _html_table(t, grids, counter, walk)
    for key, (first, _, _, last, _) in spans.items():     # a rowspan ended early by a full row below it
        if key in cell_of:
            cell_of[key].rowspan = last - first + 1
    # grid rows each table row takes: none when hidden, a nested table's rows when one is read in its cell
    tall = [0 if _html_hidden(tr) else 1 for tr in rows]
    for r, _, _, flat in inlined:
        tall[r] = max(tall[r], flat.n_rows)
    if len(shown) < len(rows) or inlined:
        base = [sum(tall[:r]) for r in range(len(rows) + 1)]
        for c in cells:
            c.rowspan = base[min(c.row + c.rowspan, len(rows))] - base[c.row]
            c.row = base[c.row]
        # (the nested rows in the table's rows, the grid widened where they need more columns than the cell spans;
        # their provenance the outer table's and row's, as the web page shows them in it)
        cells, n_cols, nested = inlined_cells(cells, [(base[r], col, cs, flat) for r, col, cs, flat in inlined], n_cols)
        for (r, *_), mine in zip(inlined, nested):
            for c in mine:
                c.page, c.line = tno, r + 1
    grids.append(Grid(cells, sum(tall), n_cols, "html", order=order))


def _html_inline_rows(inner: list, span: int) -> Grid | None:
    """The grid of a table of columns that is all a cell of SPAN columns holds (the 项目资金（万元） value cell holding a
    small table of 年度资金总额 | 180.00 lines, as a Word form saved as a web page keeps it), two cells a row or more:
    read in the outer table's rows, as the DOCX and .doc readers read it (`_inline_rows`; one wider than its cell
    widens the grid). Its merged cells are kept (`年度资金总额` across two columns, `其中` down over 财政拨款 and
    其他资金: it was left a grid of its own after the form) when it fits its cell (`fitting_nest`). None otherwise."""
    if len(inner) != 1 or inner[0].xpath(".//table"):
        return None
    rows = [tr for tr in inner[0].iter("tr") if not _html_hidden(tr)]
    out = [["\n".join(_html_lines(td)) for td in tr
            if isinstance(td.tag, str) and td.tag.lower() in ("td", "th") and not _html_hidden(td)] for tr in rows]
    if not column_table(out):
        return None
    if not inner[0].xpath(".//*[@colspan>1 or @rowspan>1]"):
        return rows_grid(out)
    merged: list[Grid] = []
    _html_table(inner[0], merged, {"table": 0, "order": 0}, None)
    return fitting_nest(merged[0], span)


def _html_lines_table(table) -> bool:
    """Whether a table nested in a cell only stacks lines in it: one cell a row, no table in them (the goal's 目标1 /
    目标2 in a one-column table inside its value cell): read as the cell's lines, as a browser shows them (a grid
    of its own, it left the cell empty: the goal was lost); a nested table of columns stays a table."""
    rows = list(table.iter("tr"))
    return bool(rows) and not table.xpath(".//table") and all(
        sum(1 for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")) <= 1 for tr in rows)


def _html_group_ends(rows) -> list[int]:
    """For each row, the index of the last row of its row group: a <thead>, <tbody> or <tfoot>, or the run of rows
    written straight in the <table>. A browser ends a rowspan at its group's end (an 一级指标 cell of rowspan="4"
    over a <tbody> of two rows does not reach into the next group's rows) and reads rowspan="0" as "to the end"."""
    ends = [0] * len(rows)
    start = 0
    for r in range(1, len(rows) + 1):
        if r == len(rows) or rows[r].getparent() is not rows[start].getparent():
            ends[start:r] = [r - 1] * (r - start)
            start = r
    return ends


def _html_rowspan(value, row: int, end: int) -> int:
    """A cell's rowspan as a browser lays it out: `0` to its row group's end, clipped there otherwise."""
    if str(value).strip() == "0":
        return end - row + 1
    return min(_int(value), end - row + 1)


def _html_filled(tds) -> int:
    """The columns a row's own cells fill, up to its last cell with text (an empty cell left over at a row's end
    is no column of the form)."""
    widths = [_int(td.get("colspan")) for td in tds]
    while tds and widths and not "".join(tds[len(widths) - 1].itertext()).strip():
        widths.pop()
    return sum(widths)


def _html_end_stale(active: list, row: int, tds: list, width: int, taken: set) -> None:
    """End the rowspans from above that leave a row too little room: a CMS writes a 二级指标 cell rowspan="3" over a
    group of two rows, the third row carrying its own 二级指标 cell, so the row's own cells and the cells running
    down into it are wider than the table (a browser pushes that row's cells right, past the 指标值 column). The
    stale cell is the one of the level the row's first cell names (its `效益指标` under a `产出指标` rowspan="4" that
    is one row too long, while a 备注 rowspan="4" on the right is right), else the rightmost, the innermost level."""
    over = [s for s in active if s[0] < row <= s[3]]
    if not over or _html_filled(tds) + sum(s[2] for s in over) <= width:
        return
    kind = _level_kinds(_html_text(tds[0])) if tds else frozenset()
    over.sort(key=lambda s: (bool(kind & _level_kinds(_html_text(s[4]))), s[1]), reverse=True)
    filled = _html_filled(tds)
    while over and filled + sum(s[2] for s in over) > width:
        span = over.pop(0)
        _, col, cs, last, _ = span
        taken.difference_update((r, c) for r in range(row, last + 1) for c in range(col, col + cs))
        span[3] = row - 1


def _html_text(td) -> str:
    return "".join(td.itertext()).strip()


def _level_kinds(text: str) -> frozenset[int]:
    """The indicator levels a cell's text names: {1} for 产出指标, {2} for 数量指标, both for 可持续影响, none else."""
    from parsers.core import level_info          # (here, not at the top: the parsers import the extractors)
    l1, l2, _ = level_info(text)
    return frozenset(k for k, cat in ((1, l1), (2, l2)) if cat)


# ---- a table drawn with <div>s: `display:grid` with `grid-template-columns` (items spanning by `grid-column: span 4`,
# `grid-row: span 6`, `1 / 3`), or `display:table` / `table-row` / `table-cell`; declared inline or by simple
# rules of the page's <style> (`.cell{grid-column:span 2}`; rules inside @media are not applied)
_CSS_PROPS = frozenset(("display", "grid-template-columns", "grid-column", "grid-row", "grid-area", "grid-column-start",
                        "grid-column-end", "grid-row-start", "grid-row-end"))
_CSS_DECL = lazy(r"([\w-]+)\s*:\s*([^;]+)")
_CSS_IS = lazy(r":(?:is|where|matches|-webkit-any)\(([^()]*)\)", re.I)


def _selector_list(sel: str) -> list[str]:
    """A rule's selectors, a `:is(…)` / `:where(…)` group spread into one selector per member (a PDF viewer's
    `.textLayer :is(span,br){position:absolute}`); the commas outside such groups separate selectors."""
    out: list[str] = []
    for one in re.split(r",(?![^()]*\))", sel):
        m = _CSS_IS.search(one)
        if not m:
            out.append(one)
            continue
        for member in m.group(1).split(","):
            out.extend(_selector_list(one[:m.start()] + member.strip() + one[m.end():]))
    return out
_CSS_AT_BLOCK = lazy(r"@[\w-]+[^{;]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|@[\w-]+[^{;]*;")
_CSS_RULE = lazy(r"([^{}]+)\{([^{}]*)\}")
_CSS_COMPOUND = lazy(r"([a-zA-Z][\w-]*|\*)?((?:\.[\w-]+)*)(#[\w-]+)?((?:\.[\w-]+)*)")


_CSS_TABLE_DISPLAY = lazy(r"display\s*:\s*(?:inline-)?(?:grid|table)\b", re.I)


class _CssDisplay:
    """The layout properties (display, grid placement) of a page's elements: its <style> rules (selectors of
    compounds `div.cell#x` joined by descendant or child combinators; in order of specificity, then of writing),
    then the element's own style. Rules are matched in one pass down the tree, each element carrying the
    selector prefixes it or its ancestors complete."""

    def __init__(self, root, props: frozenset = _CSS_PROPS) -> None:
        self.props = props
        rules: list[tuple[tuple, int, list, dict]] = []
        for st in root.xpath("//style"):
            text = re.sub(r"/\*.*?\*/", "", st.text_content() or "", flags=re.S).replace("<!--", "").replace("-->", "")
            for sel, body in _CSS_RULE.findall(_CSS_AT_BLOCK.sub("", text)):
                decls = {k.lower(): v.strip().lower() for k, v in _CSS_DECL.findall(body) if self._keeps(k.lower())}
                if not decls:
                    continue
                for one in _selector_list(sel):
                    chain = self._chain(one)
                    if chain:
                        spec = tuple(map(sum, zip(*((bool(i), len(c), t is not None) for t, c, i, _ in chain))))
                        rules.append((spec, len(rules), chain, decls))
        if props is not _CSS_PROPS:                  # (other properties: every rule declaring one applied)
            self.active = bool(rules)
            rules.sort(key=lambda r: (r[0], r[1]))
            self._memo, self._by_rules = {}, {}
            if rules:
                self._match(root, rules)
            return
        # only a page laying something out as a grid or a table has its rules applied (the rest change nothing)
        inline = any(_CSS_TABLE_DISPLAY.search(el.get("style") or "") for el in root.xpath("//*[@style]"))
        if not any(_CSS_TABLE_DISPLAY.search("display:" + d.get("display", "")) or any(k.startswith("grid") for k in d)
                   for *_, d in rules):
            # (no grid nor table: only the rules hiding something are matched, for `hidden`, and those showing
            # something again — `.v{display:none} .v.cur{display:block}`: the cells of both classes are shown;
            # they were hidden, the form's targets lost)
            rules = [r for r in rules if "display" in r[3]] \
                if any(r[3].get("display", "").startswith("none") for r in rules) else []
            self.active = inline
        else:
            self.active = True
        rules.sort(key=lambda r: (r[0], r[1]))
        self._memo: dict = {}
        self._by_rules: dict = {}                   # the declarations of the rules an element matches
        if rules:
            self._match(root, rules)

    def _keeps(self, prop: str) -> bool:
        """A declaration this reading keeps: one of its properties; for positions, also a custom property
        (`--scale-factor: 1.33`, which a PDF viewer's lengths `calc(var(--scale-factor)*9.96px)` read)."""
        return prop in self.props or (self.props is _POS_PROPS and prop.startswith("--"))

    @staticmethod
    def _chain(selector: str) -> list | None:
        """`.tb > div.tr` -> [(None, {tb}, None, ' '), ('div', {tr}, None, '>')] (compound, combinator before it);
        None for a selector of pseudo-classes, attributes or sibling combinators (not applied)."""
        out = []
        for m in re.finditer(r"\s*(>)?\s*([^\s>]+)", selector.strip()):
            c = _CSS_COMPOUND.fullmatch(m.group(2))
            if not c or not any(c.groups()):
                return None
            tag = None if c.group(1) in (None, "*") else c.group(1).lower()
            classes = frozenset(x for x in (c.group(2) + c.group(4)).split(".") if x)
            out.append((tag, classes, c.group(3)[1:] if c.group(3) else None, m.group(1) or " "))
        return out or None

    def _match(self, root, rules: list) -> None:
        by_key: dict = {}                  # (rule, k) by the id, a class or the tag compound k needs
        for n, (_, _, chain, _) in enumerate(rules):
            for k, (tag, classes, eid, _) in enumerate(chain):
                key = ("#", eid) if eid else (".", min(classes)) if classes else ("t", tag)
                by_key.setdefault(key, []).append((n, k))
        empty: frozenset = frozenset()

        def visit(el, above: frozenset, parent_own: frozenset) -> None:
            # above: the (rule, k) some ancestor completes; parent_own: those the parent itself completes
            tag, classes, eid = el.tag.lower(), set((el.get("class") or "").split()), el.get("id")
            own = set()
            keys = [("t", None), ("t", tag)] + ([("#", eid)] if eid else []) + [(".", c) for c in classes]
            for key in keys:
                for n, k in by_key.get(key, ()):
                    ctag, cclasses, cid, comb = rules[n][2][k]
                    if (ctag is None or ctag == tag) and cclasses <= classes and (cid is None or cid == eid) \
                            and (k == 0 or (n, k - 1) in (parent_own if comb == ">" else above)):
                        own.add((n, k))
            done = sorted(n for n, k in own if k == len(rules[n][2]) - 1)
            if done:
                out: dict = {}
                for n in done:
                    out.update(rules[n][3])
                for n in done:         # (a declaration `!important` over the others, whatever their specificity)
                    out.update({k: v for k, v in rules[n][3].items() if v.endswith("!important")})
                self._by_rules[el] = out
            own_f = frozenset(own) if own else empty
            below = above | own_f if own_f else above
            for ch in el:
                if isinstance(ch.tag, str):
                    visit(ch, below, own_f)

        visit(root, empty, empty)

    def of(self, el) -> dict:
        out = self._memo.get(el)
        if out is None:
            out = dict(self._by_rules.get(el, ()))
            if isinstance(el.tag, str):
                out.update({k.lower(): v.strip().lower() for k, v in _CSS_DECL.findall(el.get("style") or "")
                            if self._keeps(k.lower())})
            self._memo[el] = out
        return out

    def around_tables(self, root) -> set:
        """The elements holding (as ancestors) an element laid out as a grid or a table."""
        out: set = set()
        if not self.active:
            return out
        for el in root.iter():
            if isinstance(el.tag, str) and self.display(el) in ("grid", "inline-grid", "table", "inline-table"):
                out.update(el.iterancestors())
        return out

    def display(self, el) -> str:
        return re.sub(r"\s*!important$", "", self.of(el).get("display", ""))

    def hidden(self, el) -> bool:
        """Not shown: `display:none` by the page's rules (`.hide{display:none}`) or its own style, `hidden`."""
        return _html_hidden(el) or (el in self._by_rules and self.display(el) == "none")


def _grid_tracks(value: str) -> int | None:
    """The number of columns `grid-template-columns` makes (`120px 1fr 1fr`, `repeat(4, 1fr) 2fr`, `[a] 1fr [b] 2fr`);
    None when it depends on the width (`repeat(auto-fill, …)`) or is not a track list."""
    value = re.sub(r"\[[^\]]*\]", " ", value)
    n = 0
    for m in re.finditer(r"repeat\(\s*([\w-]+)\s*,((?:[^()]|\([^()]*\))*)\)|(?:minmax|fit-content|calc)\([^()]*\)|[^\s()]+", value):
        if m.group(1) is not None:
            if not m.group(1).isdigit():
                return None
            inner = re.sub(r"(?:minmax|fit-content|calc)\([^()]*\)", "x", m.group(2))
            n += int(m.group(1)) * len(inner.split())
        else:
            n += 1
    return n or None


def _grid_line(value: str | None, n_lines: int | None) -> tuple[int | None, int]:
    """`span 4` -> (None, 4); `2 / 4` -> (1, 2); `2 / span 3` -> (1, 3); `1 / -1` -> (0, all); `3` -> (2, 1): the
    0-based start (None: auto-placed) and the span."""
    if not value or value == "auto":
        return None, 1
    parts = [p.strip() for p in value.split("/")]

    def line(p: str) -> int | None:
        if re.fullmatch(r"-?\d+", p):
            k = int(p)
            if k > 0:
                return k - 1
            if k < 0 and n_lines:
                return n_lines + k
        return None

    def span(p: str) -> int | None:
        m = re.fullmatch(r"span\s+(\d+)", p)
        return max(1, int(m.group(1))) if m else None

    a = parts[0]
    b = parts[1] if len(parts) > 1 else "auto"
    if span(a):
        end = line(b)
        return (end - span(a), span(a)) if end is not None and end - span(a) >= 0 else (None, span(a))
    start = line(a)
    if start is None:
        return None, span(b) or 1
    if span(b):
        return start, span(b)
    end = line(b)
    return start, (end - start if end is not None and end > start else 1)


def _div_table(el, css: _CssDisplay, grids: list[Grid], counter: dict) -> bool:
    """A table drawn with <div>s read as a grid (see above): True when `el` is one (a grid of one row, or of
    one column, is a layout, not read so)."""
    if not isinstance(el.tag, str) or el.tag.lower() == "table":
        return False
    display = css.display(el)                 # (the cheap test first: every element of a page passes here)
    if display not in ("table", "inline-table", "grid", "inline-grid") or el.xpath(".//table"):
        return False
    shown = lambda e: isinstance(e.tag, str) and not _html_hidden(e) and css.display(e) != "none"  # noqa: E731
    for d in el.iterdescendants():            # a page's layout (a sidebar beside the article), not a table's cells
        if isinstance(d.tag, str) and (d.tag.lower() in ("h1", "h2", "h3", "h4", "h5", "h6", "nav", "header", "footer",
                                                         "article", "section", "aside", "form")
                                       or css.display(d) in ("table", "inline-table", "grid", "inline-grid")):
            return False
    placed: list[tuple[int, int, int, int, str]] = []        # row, col, rowspan, colspan, text
    if display in ("table", "inline-table"):
        rows = []
        for ch in filter(shown, el):
            d = css.display(ch)
            if d in ("table-row-group", "table-header-group", "table-footer-group"):
                rows += [r for r in filter(shown, ch) if css.display(r) == "table-row"]
            elif d == "table-row":
                rows.append(ch)
        n_cols = 0
        for r, tr in enumerate(rows):
            cells = list(filter(shown, tr))
            for c, td in enumerate(cells):
                placed.append((r, c, 1, 1, "\n".join(_html_lines(td))))
            n_cols = max(n_cols, len(cells))
        n_rows = len(rows)
    elif display in ("grid", "inline-grid"):
        n_cols = _grid_tracks(css.of(el).get("grid-template-columns", ""))
        if not n_cols:
            return False
        taken: set[tuple[int, int]] = set()
        items = []
        for ch in filter(shown, el):
            st = css.of(ch)
            area = [p.strip() for p in st.get("grid-area", "").split("/")] if "/" in st.get("grid-area", "") else []
            row_v = st.get("grid-row") or (f"{area[0]} / {area[2]}" if len(area) == 4 else None) \
                or (f"{st.get('grid-row-start', 'auto')} / {st.get('grid-row-end', 'auto')}"
                    if "grid-row-start" in st or "grid-row-end" in st else None)
            col_v = st.get("grid-column") or (f"{area[1]} / {area[3]}" if len(area) == 4 else None) \
                or (f"{st.get('grid-column-start', 'auto')} / {st.get('grid-column-end', 'auto')}"
                    if "grid-column-start" in st or "grid-column-end" in st else None)
            r0, rs = _grid_line(row_v, None)
            c0, cs = _grid_line(col_v, n_cols + 1)
            cs = min(cs, n_cols)
            if c0 is not None:
                c0 = min(c0, n_cols - cs)
            items.append([r0, c0, rs, cs, "\n".join(_html_lines(ch))])

        def free(r: int, c: int, rs: int, cs: int) -> bool:
            return c + cs <= n_cols and all((rr, cc) not in taken for rr in range(r, r + rs) for cc in range(c, c + cs))

        def take(r: int, c: int, rs: int, cs: int, text: str) -> None:
            taken.update((rr, cc) for rr in range(r, r + rs) for cc in range(c, c + cs))
            placed.append((r, c, rs, cs, text))

        for it in items:                                  # the items placed by both lines first, as CSS does
            if it[0] is not None and it[1] is not None:
                take(*it)
        cur_r, cur_c = 0, 0
        for r0, c0, rs, cs, text in items:
            if r0 is not None and c0 is not None:
                continue
            if r0 is not None:                            # a row given, the column auto: its first free slot
                c = next((c for c in range(n_cols) if free(r0, c, rs, cs)), 0)
                take(r0, c, rs, cs, text)
                continue
            if c0 is not None:                            # the column given: the next row it fits in
                if c0 < cur_c:
                    cur_r += 1
                while not free(cur_r, c0, rs, cs):
                    cur_r += 1
                cur_c = c0
            else:                                         # auto: the next slot from the cursor it fits in
                while not free(cur_r, cur_c, rs, cs):
                    cur_c += 1
                    if cur_c + cs > n_cols:
                        cur_r, cur_c = cur_r + 1, 0
            take(cur_r, cur_c, rs, cs, text)
            cur_c += cs
        n_rows = max((r + rs for r, _, rs, _, _ in placed), default=0)
    else:
        return False
    if n_rows < 2 or n_cols < 2 or not any(t.strip() for *_, t in placed) \
            or any(t.count("\n") >= 15 for *_, t in placed):
        return False
    counter["table"] += 1
    counter["order"] += 1
    tno = counter["table"]
    cells = [Cell(r, c, t, rs, cs, tno, r + 1) for r, c, rs, cs, t in sorted(placed) if t.strip()]
    grids.append(Grid(cells, n_rows, n_cols, "html", order=counter["order"] * ORDER_STEP))
    return True


# ---- a page of positioned text (pdf2htmlEX and other PDF-to-HTML converters, a PDF viewer's text layer): every
# line or word an absolutely placed box (`left` with `top` or `bottom`, inline or by class rules), rulings as thin
# boxes or a background picture, a container per page: read as the PDF reader reads a page of glyphs
_POS_PROPS = frozenset(("position", "left", "top", "bottom", "font-size", "transform", "width", "height", "margin-left",
                        "letter-spacing", "word-spacing",
                        "border", "border-top", "border-bottom", "border-left", "border-right", "background",
                        "background-color"))
_LENGTH = lazy(r"^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*(px|pt)?\s*(?:!important)?\s*$", re.I)
_BORDER = lazy(r"(?<![\w.-])(\d+(?:\.\d+)?)\s*px\b[^;]*\b(?:solid|dashed|dotted|double)|(?:solid|dashed|dotted|double)"
                     r"[^;]*?(?<![\w.-])(\d+(?:\.\d+)?)\s*px\b|^\s*(?:solid|dashed|dotted|double)\b", re.I)
_MATRIX = lazy(r"matrix\(\s*([-\d.e]+)\s*,\s*([-\d.e]+)\s*,\s*([-\d.e]+)\s*,\s*([-\d.e]+)")
_SCALE = lazy(r"scale\(\s*([-\d.e]+)\s*(?:,\s*([-\d.e]+))?\s*\)|scale([xy])\(\s*([-\d.e]+)\s*\)", re.I)


def _px(value: str | None) -> float | None:
    m = _LENGTH.match(value or "")
    if not m:
        return None
    v = float(m.group(1))
    return v * 4 / 3 if (m.group(2) or "").lower() == "pt" else v


_CALC_VAR = lazy(r"^\s*calc\(\s*(?:var\(\s*(--[\w-]+)\s*(?:,\s*([-\d.]+)(?:px)?\s*)?\)\s*\*\s*(-?[\d.]+)\s*(px|pt)"
                       r"|(-?[\d.]+)\s*(px|pt)\s*\*\s*var\(\s*(--[\w-]+)\s*(?:,\s*([-\d.]+)(?:px)?\s*)?\))\s*\)\s*"
                       r"(?:!important)?\s*$", re.I)
_PERCENT = lazy(r"^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*%\s*(?:!important)?\s*$")
_ACROSS = frozenset(("left", "width", "margin-left", "right"))


def _pos_px(pos, el, prop: str, page: tuple[float, float] | None = None) -> float | None:
    """Given an element and a length property, return its length in px as a browser lays it out: a plain length
    (`_px`), a length scaled by a custom property (`calc(var(--scale-factor)*9.96px)`, the variable found on the
    element or its ancestors, 1 when none sets it), or a percent of its containing box (the nearest positioned
    ancestor; its width for `left`, its height for `top`: a PDF viewer's text layer `left: 12.3%; top: 40.1%`),
    `page` (width, height) standing for a box whose size is not written."""
    value = pos.of(el).get(prop)
    if not value:
        return None
    got = _px(value)
    if got is not None:
        return got
    m = _CALC_VAR.match(value)
    if m:
        name, dflt, n, unit = (m.group(1), m.group(2), m.group(3), m.group(4)) if m.group(1) else \
            (m.group(7), m.group(8), m.group(5), m.group(6))
        k = next((v for v in (_px(pos.of(a).get(name)) for a in [el, *el.iterancestors()] if isinstance(a.tag, str))
                  if v is not None), float(dflt) if dflt else 1.0)
        return float(n) * k * (4 / 3 if unit.lower() == "pt" else 1.0)
    m = _PERCENT.match(value)
    if m:
        side = "width" if prop in _ACROSS else "height"
        for a in el.iterancestors():
            if isinstance(a.tag, str) and pos.of(a).get("position", "").startswith(("absolute", "fixed", "relative")):
                ref = _pos_px(pos, a, side, page)
                if ref is not None:
                    return float(m.group(1)) * ref / 100
                break
        if page is not None:
            return float(m.group(1)) * page[0 if side == "width" else 1] / 100
    return None

def _scale(transform: str | None) -> tuple[float, float]:
    """The horizontal and vertical scale of a CSS transform (`matrix(0.25,0,0,0.25,0,0)`, `scale(.5)`, `scaleX(.9)`)."""
    sx = sy = 1.0
    if not transform:
        return sx, sy
    m = _MATRIX.search(transform)
    if m:
        a, b, c, d = (float(v) for v in m.groups())
        return (a * a + b * b) ** 0.5 or 1.0, (c * c + d * d) ** 0.5 or 1.0
    for m in _SCALE.finditer(transform):
        if m.group(1):
            sx *= float(m.group(1))
            sy *= float(m.group(2) or m.group(1))
        elif m.group(3).lower() == "x":
            sx *= float(m.group(4))
        else:
            sy *= float(m.group(4))
    return sx or 1.0, sy or 1.0


_A4_PX = (794.0, 1123.0)      # an A4 page at 96 px an inch: the box a percent position counts in when none is written


def _positioned_pages(root, pos: _CssDisplay, grids: list[Grid], lines: list[TextLine],
                      warnings: list[ParseWarning]) -> bool:
    """Read a page whose text stands in absolutely positioned boxes (pdf2htmlEX's `<div class="t x3 y1a fs2">`
    with `.x3{left:…}` `.y1a{bottom:…}`, a viewer's text layer `<span style="left:…;top:…">`) as the PDF reader reads
    a page: each box's characters placed from its left edge (a wide character a font size wide), gap boxes
    (`<span class="_ _3">` of a width) as spaces, thin boxes and bordered boxes as rules, a page per outermost
    positioned container; the grid then made by the PDF reader's machinery (`extract.pdf._read_page`: ruled
    tables, or columns from the words' positions). (Each box was a text line of its own, no table: no project.)
    True when the page is such a page (10 boxes or more holding most of its text); its boxes are then taken out."""
    from extract.ofd import _em
    from extract.pdf import _read_page, finish_pages, new_hints
    from extract.pdfium_page import PdfiumPage

    def placed(el) -> bool:
        return pos.of(el).get("position", "").startswith(("absolute", "fixed"))

    def positioned(el) -> bool:
        return pos.of(el).get("position", "").startswith(("absolute", "fixed", "relative"))

    holders = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not placed(el):
            continue
        if _pos_px(pos, el, "left", _A4_PX) is None or (_pos_px(pos, el, "top", _A4_PX) is None
                                                       and _pos_px(pos, el, "bottom", _A4_PX) is None):
            continue
        if any(isinstance(d.tag, str) and placed(d) for d in el.iterdescendants()) \
                or el.xpath("ancestor::td|ancestor::th"):
            continue                                  # (a tooltip or badge placed inside a table's cell: no page)
        holders.append(el)
    texts = [h for h in holders if h.text_content().strip()]
    body = root.find("body")
    whole = len("".join((body if body is not None else root).text_content().split()))
    held = sum(len("".join(h.text_content().split())) for h in texts)
    if len(texts) < 10 or held < 0.5 * whole:
        return False
    pages: dict = {}                                  # container -> holders, in document order
    for h in holders:
        outer = [a for a in h.iterancestors() if isinstance(a.tag, str) and positioned(a)]
        pages.setdefault(outer[-1] if outer else h.getparent(), []).append(h)
    hints = new_hints()
    own_grids: list[Grid] = []
    own_lines: list[TextLine] = []
    for pno, (box, members) in enumerate(pages.items(), start=1):
        chars: list[dict] = []
        edges: list[dict] = []
        page_h = next((v for v in (_pos_px(pos, a, "height") for a in [box, *box.iterdescendants()]
                                   if isinstance(a.tag, str) and positioned(a)) if v), None)
        page_w = (_pos_px(pos, box, "width") if isinstance(box.tag, str) else None)
        size_of = (page_w or _A4_PX[0], page_h or _A4_PX[1])
        for h in members:
            st = pos.of(h)
            x, y, by_bottom = 0.0, 0.0, _pos_px(pos, h, "top", size_of) is None
            for a in [h, *h.iterancestors()]:
                if a is box or not isinstance(a.tag, str):
                    break
                if placed(a):
                    x += _pos_px(pos, a, "left", size_of) or 0.0
                    y += _pos_px(pos, a, "bottom" if by_bottom else "top", size_of) or 0.0
            sx, sy = _scale(st.get("transform"))
            size = next((v for v in (_pos_px(pos, a, "font-size") for a in [h, *h.iterancestors()]
                                     if isinstance(a.tag, str)) if v), 16.0) * sy
            w, hh = _pos_px(pos, h, "width", size_of), _pos_px(pos, h, "height", size_of)
            if not h.text_content().strip():          # a rule: a thin box, or a box's borders
                if w is None or hh is None:
                    continue
                top = (page_h or 0.0) - y - hh if by_bottom else y
                sides = []
                if hh <= 2.5 and w > 4:
                    sides.append((x, top + hh / 2, x + w, top + hh / 2))
                elif w <= 2.5 and hh > 4:
                    sides.append((x + w / 2, top, x + w / 2, top + hh))
                else:
                    for side, (x0, y0, x1, y1) in (("top", (x, top, x + w, top)), ("bottom", (x, top + hh, x + w, top + hh)),
                                                   ("left", (x, top, x, top + hh)), ("right", (x + w, top, x + w, top + hh))):
                        if _BORDER.search(st.get("border-" + side) or st.get("border") or ""):
                            sides.append((x0, y0, x1, y1))
                for x0, y0, x1, y1 in sides:
                    orient = "h" if y0 == y1 else "v"
                    edges.append({"object_type": "line", "orientation": orient, "x0": x0, "x1": x1, "top": y0,
                                  "bottom": y1, "doctop": y0, "width": x1 - x0, "height": y1 - y0})
                continue
            top = (page_h or 0.0) - y - size if by_bottom else y
            cur = [x]

            def put(text: str | None, fs: float, ls: float, ws: float) -> None:
                for ch in text or "":
                    adv = _em(ch) * fs * sx / sy if ch.strip() else 0.3 * fs + ws * sx
                    if ch.strip():
                        chars.append({"object_type": "char", "text": ch, "x0": cur[0], "x1": cur[0] + adv, "top": top,
                                      "bottom": top + size, "doctop": top, "width": adv, "height": size,
                                      "upright": True, "size": size})
                    cur[0] += adv + ls * sx             # (letter-spacing: after every character)

            def walk(el, fs: float, ls: float = 0.0, ws: float = 0.0) -> None:
                st_el = pos.of(el)
                own = _pos_px(pos, el, "font-size") if el is not h else None
                fs = own * sy if own else fs
                ls = _px(st_el.get("letter-spacing")) if _px(st_el.get("letter-spacing")) is not None else ls
                ws = _px(st_el.get("word-spacing")) if _px(st_el.get("word-spacing")) is not None else ws
                put(el.text, fs, ls, ws)
                for ch in el:
                    if isinstance(ch.tag, str):
                        sc = pos.of(ch)
                        gap = (_px(sc.get("margin-left")) or 0.0) + (
                            (_px(sc.get("width")) or 0.0) if not ch.text_content().strip() else 0.0)
                        cur[0] += gap * sx
                        if ch.tag.lower() != "br":
                            walk(ch, fs, ls, ws)
                    put(ch.tail, fs, ls, ws)

            walk(h, size)
        if not chars:
            continue
        if page_h is None:                            # (no page height: the bottoms counted from 0 upwards)
            lift = min(c["top"] for c in chars)
            for c in chars + edges:
                c["top"] -= lift
                c["bottom"] -= lift
                c["doctop"] = c["top"]
            page_h = max(c["bottom"] for c in chars) + 20
        width = page_w or max(c["x1"] for c in chars) + 20
        _read_page(PdfiumPage(chars, edges, width, page_h, pno), pno, own_grids, own_lines, warnings, hints)
    own_lines = finish_pages(own_grids, own_lines, hints)
    grids.extend(own_grids)
    lines.extend(own_lines)
    for h in holders:
        if h.getparent() is not None:
            h.drop_tree()
    return True


_HIDDEN_STYLE = lazy(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _html_hidden(el) -> bool:
    """An element a browser does not show: `style="display:none"` (or visibility:hidden), `hidden`."""
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _html_lines(td) -> list[str]:
    """A cell's text as a browser shows it, one line per <p>/<br>/<div> (Excel's HTML puts a paragraph per
    line): children's text in document order, a box <input> or a tick picture (<img alt="√">) as its sign,
    the page source's own line breaks and indentation collapsed (none between Chinese characters or signs,
    as a line wrapped in the source; one space between Latin words)."""
    parts: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = _html_space("".join(buf))
        if text.strip():
            parts.append(text)
        buf.clear()

    def walk(el) -> None:
        if el.text:
            buf.append(el.text)
        for ch in el:
            if not isinstance(ch.tag, str):          # a comment
                if ch.tail:
                    buf.append(ch.tail)
                continue
            tag = ch.tag.lower()
            if tag == "input" and (ch.get("type") or "").lower() in ("checkbox", "radio"):
                buf.append(" ☑ " if ch.get("checked") is not None else " ☐ ")   # a form box, ticked or not
            elif tag == "img":
                sign = _IMG_SIGNS.get((ch.get("alt") or ch.get("title") or "").strip())
                if sign:
                    buf.append(f" {sign} ")
            if tag in ("br", "p", "div", "li", "tr"):
                flush()
            if tag not in ("br", "script", "style"):
                walk(ch)
            if tag in ("p", "div", "li", "tr"):
                flush()
            if ch.tail:
                buf.append(ch.tail)

    walk(td)
    flush()
    return parts


# a picture standing for a tick or a box (its alt text): as the sign
_IMG_SIGNS = {"√": "☑", "✓": "☑", "✔": "☑", "☑": "☑", "☒": "☑", "■": "☑", "勾": "☑", "打勾": "☑",
              "□": "☐", "☐": "☐", "口": "☐"}
_SOURCE_SPACE = lazy(r"[ \t\r\n]*\n[ \t\r\n]*|[ \t\r]{2,}|\t")


def _html_space(text: str) -> str:
    """Whitespace of the page source as a browser shows it: a run holding a line break or tabs is nothing
    between non-Latin characters (a source line wrapped inside `≥85公里`) and one space between Latin ones;
    a run of spaces is one space; NBSP and U+3000 stay (they are shown)."""
    def one(m: re.Match) -> str:
        a = text[m.start() - 1] if m.start() else ""
        b = text[m.end()] if m.end() < len(text) else ""
        if not a or not b:
            return ""
        if "\n" in m.group(0) or "\t" in m.group(0):
            return " " if (a.isascii() and a.isalnum()) and (b.isascii() and b.isalnum()) else ""
        return " "
    return _SOURCE_SPACE.sub(one, text)


def _int(v) -> int:
    try:
        return max(1, int(str(v).strip()))
    except (TypeError, ValueError):
        return 1


# ---------------------------------------------------------------- DOC / WPS / ET through LibreOffice

def convert_with_soffice(data: bytes, ext: str, target: str) -> bytes:
    """Given DOC/WPS/ET/RTF/ODT/ODS bytes, return them converted by LibreOffice to `target` (docx or xlsx)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ExtractError(f"{ext} files need LibreOffice to be read: install it (Debian: apt-get install "
                           "libreoffice-writer libreoffice-calc) so that `soffice` is on the PATH")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "in" + ext)
        with open(src, "wb") as f:
            f.write(data)
        try:
            subprocess.run([soffice, "--headless", "--convert-to", target, "--outdir", d, src],
                           check=True, capture_output=True, timeout=180,
                           env={**os.environ, "HOME": d})
        except (subprocess.SubprocessError, OSError) as e:
            raise ExtractError(f"LibreOffice could not convert the {ext} file: {e}"[:300]) from None
        out = os.path.join(d, "in." + target)
        if not os.path.exists(out):
            raise ExtractError(f"LibreOffice could not convert the {ext} file (no output)")
        with open(out, "rb") as f:
            return f.read()


def warn_converted(ex: Extracted, ext: str) -> Extracted:
    ex.warnings.append(ParseWarning("converted", f"{ext} file converted by LibreOffice before reading"))
    return ex
