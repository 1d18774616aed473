"""One file -> one `documents` row plus its records in every contract table.

extract/ (bytes -> grids) -> parsers/ (grids -> raw forms) -> normalize/
(raw -> typed rows) -> ids and provenance. A file that cannot be read
becomes a `failed` row with the reason; nothing here stops a batch.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
from normalize._lazy_re import lazy
import shutil
import stat
import time
from dataclasses import dataclass, field
from itertools import compress, takewhile
from pathlib import Path

from extract.grid import TEXT_OF, ExtractError, Extracted, ParseWarning, figure_cuts
from extract.txt import extract_csv, extract_txt
from jixiao import PARSER_VERSION
from jixiao import archive
from normalize import orgs as ORG
from normalize import records as N
from normalize.targets import _CN_DIGITS, _CN_UNITS   # (a goal's counts in Chinese numerals)
from normalize.text import (NORMALIZER_FAILURES, RADICAL_CHAR, STRICT_NORMALIZERS, fold_radicals, fold_width,
                            strict_on)
from parsers import registry
from normalize.dates import YEAR_WORD, opening_year
from parsers.core import bare_fold, clean, match_field
from parsers.forms import FORM_TITLE_END, GENERIC_NAME_WORD, own_title_at, GENERIC_PROJECT, PLACEHOLDER_MARK, PLACEHOLDER_NAME, _number_off, lines_unit
from parsers.forms import running_money_title  # a body's running money's form: no project
from parsers.forms import marks_only  # a template's marks alone (`××`, `＊＊`): a box nobody filled in
from parsers.layouts.base import _CONTACT_FIELDS  # a notice's 联系方式 lines: no field of a form
from parsers.layouts.base import INSTRUCTIONS_SAID, instructions_title
from parsers.layouts.base import form_error_warning  # a form that raised: `internal_error`

# Extensions read today, and those whose readers are still to come (their
# files are recorded as failed with that reason, never skipped silently).
READ_EXTENSIONS = {".txt": "txt", ".text": "txt", ".csv": "txt", ".tsv": "txt", ".tab": "txt", ".dat": "txt",
                   ".md": "txt", ".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".doc": "docx",
                   ".wps": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xlsx", ".et": "xlsx",
                   ".html": "html", ".htm": "html", ".mht": "html", ".shtml": "html", ".xhtml": "html",
                   ".mhtml": "html",
                   ".rtf": "docx", ".odt": "docx", ".ods": "xlsx",
                   ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
                   ".bmp": "image", ".jfif": "image", ".webp": "image", ".gif": "image", ".ofd": "ofd"}
NOT_YET: dict[str, str] = {}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Warning codes that mean data of the document was lost or is uncertain: the document is `partial`.
# `low_confidence` (an OCR'd cell read below extract.scan.LOW_CONFIDENCE) is uncertain data.
# a form's title saying it is a project's or a fund's (`…项目支出绩效目标表`, `…专项资金绩效目标表`, `…转移支付区域绩效
# 目标表`): it should name one (so a works', `…工程（第二期）绩效目标表`, `2025年民生工程绩效目标表`: a form naming none
# gave no warning, hunt ti23)
_NAMES_A_PROJECT = re.compile(r"[项項]目|工程|[资資]金|[经經][费費]|[专專][项項]|[转轉]移支付")
LOSS_CODES = frozenset({"unparsed_row", "unplaced_cell", "header_missing", "encoding_errors",
                        "truncated_cell", "text_layer_unreadable", "page_unreadable", "low_confidence",
                        "no_indicators", "no_form_read", "scores_by_place", "activex_unread",
                        "formula_not_computed", "hidden_form_unread", "normalizer_failed", "internal_error"})
TABLES = ("projects", "indicators", "budget_items", "scores", "assessment_items", "safeguards",
          "warnings", "findings")


@dataclass
class FileResult:
    document: dict
    tables: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in TABLES})


def doc_id_of(data: bytes) -> str:
    """Given a file's bytes, return its doc_id (sha256 hex)."""
    return hashlib.sha256(data).hexdigest()


def detect_format(path: str, data: bytes) -> str | None:
    """Given a path and its bytes, return the contract format it will be read as, or None if unknown."""
    ext = Path(path).suffix.lower()
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if data[:4] == b"PK\x03\x04" and ext not in READ_EXTENSIONS:
        names = _zip_names(data)
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.lstrip("/").lower() == "ofd.xml" for n in names):
            return "ofd"                  # an OFD (GB/T 33190) under another name: the package opens with OFD.xml
    if data[:8] == OLE_MAGIC and ext in _OFFICE_EXTENSIONS and (kind := _ole_kind(data)) is not None:
        return READ_EXTENSIONS[kind]      # (a Word 97-2003 file named .xls / .et, a workbook named .doc / .wps)
    if (ext in _OFFICE_EXTENSIONS or ext in _CONVERTED_KINDS) and (data[:2] in _UTF16_BOMS or b"\x00" in data[:64]) \
            and (utf16 := _utf16_content(data, ext)) is not None:
        return utf16                      # (Notepad's "Unicode" text named .doc / .rtf / .xls: read as the text it is)
    renamed = _renamed_content(ext, data)
    if renamed is not None:
        return _RENAMED_FORMAT[renamed]
    if ext in (".xls", ".htm", ".html", ".et") and head[:200].lower().lstrip(b"\xef\xbb\xbf").startswith((b"<", b"mime")):
        return "html"                     # Excel "Save as HTML" pages are often named .xls
    if ext in READ_EXTENSIONS:
        return READ_EXTENSIONS[ext]
    if ext in NOT_YET:
        return NOT_YET[ext]
    return _sniffed(data)


# A file whose extension says nothing (none, `.jsp` / `.aspx` / `.php` / `.do` of a saved web page, a download's
# `.tmp` / `.bin`) is read by its bytes: an image by its magic number, a web page by its opening tag or MIME header.
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")
_HTML_START = lazy(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.S)


def _sniffed(data: bytes) -> str | None:
    if data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    head = data[:2048].lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if _HTML_START.match(head) or (head.startswith(b"<") and b"<table" in data[:65536].lower()):
        return "html"
    if re.match(rb"(?:[\w-]+:[^\n]*\r?\n)+", head) and b"multipart/related" in head:
        return "html"                          # a single-file web page (MHTML) under another name
    return None


_OFFICE_EXTENSIONS = frozenset({".doc", ".docx", ".docm", ".wps", ".xls", ".xlsx", ".xlsm", ".et"})
# Word / Excel 2003 XML (not their "save as web page" HTML, which names the same ProgId in a <meta>)
_WORD_XML = lazy(rb"<w:wordDocument\b|<\?mso-application\s+progid=\"Word\.Document\"")
_SHEET_XML = lazy(rb"<\?mso-application\s+progid=\"Excel\.Sheet\"|<Workbook[^>]*urn:schemas-microsoft-com:office:spreadsheet")


# what a renamed file's content is read as: RTF and Word / Excel 2003 XML through LibreOffice
_RENAMED_FORMAT = {"rtf": "docx", "word_xml": "docx", "sheet_xml": "xlsx", "html": "html", "txt": "txt", "csv": "txt"}


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
              (b"\xfe\xff", "utf-16-be"))
_XML_WIDE = re.compile(rb"""encoding\s*=\s*["']utf-?(?:16|32)(?:-?[lb]e)?["']""", re.I)


def _wide_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, its mark's length) of bytes in UTF-16 or UTF-32: by a byte-order mark (UTF-32's asked first:
    UTF-32LE's opens with UTF-16LE's), else by their first 4,096 bytes' NULs when their first 64 hold one
    (extract.txt.guess_wide: UTF-16 without a mark, UTF-32 without one, a script's `encode("utf-32-le")`, hunt
    of16); None for any other."""
    for bom, enc in _WIDE_BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    if b"\x00" not in data[:64]:
        return None
    from extract.txt import guess_wide
    enc = guess_wide(data[:4096 if len(data) > 4096 else len(data) // 2 * 2])
    return (enc, 0) if enc else None


def _wide_head(data: bytes, enc: str, skip: int, most: int = 4096) -> str:
    """The first MOST bytes after a mark of SKIP bytes decoded as ENC (its last character, if cut, replaced)."""
    size = 4 if "32" in enc else 2
    body = data[skip:skip + most]
    return body[:len(body) // size * size].decode(enc, errors="replace")


def _utf16_content(data: bytes, ext: str) -> str | None:
    """Given a file under an office name (.doc / .rtf / .xls …) whose first bytes hold a UTF-16 or UTF-32
    byte-order mark or a NUL, return what its content is when it is UTF-16 or UTF-32 text (Windows Notepad's
    "Unicode", with its mark or as UTF-16LE without one, an export saved so and renamed; `_wide_encoding`): `html`
    for a page (its mark, or its NULs' pattern, read by the page reader: a page without a mark in UTF-16BE was
    refused, hunt of16), `docx` / `xlsx` for a Word / Excel 2003 XML (`_markup_kind`, under .rtf / .odt / .ods
    too: those were taken for web pages and refused, hunt of16; None for a page under an OOXML name, as
    `_renamed_content` answers for one in UTF-8: review rv158), `txt` for a text (tabs or lines: extract.txt
    decodes it, by its mark or its NULs' pattern); None for any other file (a zip package, an OLE file, binary).
    LibreOffice read such a file as a garbled text or refused it."""
    if data[:4] == b"PK\x03\x04" or data[:8] == OLE_MAGIC:
        return None
    wide = _wide_encoding(data)
    if wide is None:
        return None
    text = _wide_head(data, *wide).lstrip()
    if text.lower().startswith(("<html", "<!doctype html", "<?xml", "<table", "<meta")):
        # (Word / Excel 2003 XML as .NET writers save it, `encoding="utf-16"`: read as UTF-8, _wide_as_utf8)
        return _RENAMED_FORMAT.get(_markup_kind(text[:1024].encode(), ext))
    return "txt" if "\t" in text or "\n" in text else None


def _wide_as_utf8(data: bytes) -> bytes:
    """A Word / Excel 2003 XML in UTF-16 or UTF-32 (`_wide_encoding`) as UTF-8, its declaration saying so:
    LibreOffice gives nothing of it as it is; other bytes as they are."""
    wide = _wide_encoding(data)
    if wide is None:
        return data
    enc, skip = wide
    size = 4 if "32" in enc else 2
    body = data[skip:len(data) - (len(data) - skip) % size]
    return _XML_WIDE.sub(b'encoding="utf-8"', body.decode(enc, errors="replace").encode(), count=1)


def _ole_kind(data: bytes) -> str | None:
    """An Office 97-2003 file's (an OLE compound file's) kind by its streams, whatever its name says: `.doc` (a
    WordDocument stream: Word, WPS 文字), `.xls` (Workbook / Book: Excel, WPS 表格); None for another (PowerPoint, an
    encrypted OOXML package) or a damaged one. A workbook named .doc or .wps (renamed, or saved so by WPS) was handed
    to LibreOffice as a Word document and failed (`no output`), a Word file named .xls or .et the same. (Asked once
    per file, by detect_format: _extract_file reads the kind from the format it returned — no cache holding the
    bytes, review mend.)"""
    try:
        import olefile
        with olefile.OleFileIO(data if isinstance(data, bytes) else bytes(data)) as ole:   # (a bytearray: as bytes)
            streams = {e[0].lower() for e in ole.listdir(streams=True, storages=False) if len(e) == 1}
    except Exception:
        return None
    if "worddocument" in streams:
        return ".doc"
    if streams & {"workbook", "book"}:
        return ".xls"
    return None


def _renamed_content(ext: str, data: bytes) -> str | None:
    """Given a file under an office name (.doc / .xls …) whose bytes are no ZIP package and no OLE file (an
    archive's renamed files), return what its content is: `rtf`, `word_xml`, `sheet_xml` (Word / Excel 2003 XML),
    `html` (a web page or a .mht), `txt` (text with tabs), `csv` (comma- or semicolon-separated text under a
    spreadsheet's name: an old budget system's "导出Excel" writes CSV named .xls so that Excel opens it); None for any
    other file. A web page under an OOXML name (.docx / .xlsx) is most likely a download's error page: None, it fails
    as the damaged package it is (Word and Excel save web pages as .doc / .xls)."""
    if data[:4] == b"PK\x03\x04" or data[:8] == OLE_MAGIC:
        return None
    wide = _wide_encoding(data) if ext in _OFFICE_EXTENSIONS or ext in _CONVERTED_KINDS else None
    if ext not in _OFFICE_EXTENSIONS and wide is None:
        return None                       # (under .rtf / .odt / .ods: only a UTF-16 / UTF-32 file's, hunt of16)
    head = data[:1024]
    if wide is not None:                  # (a page or an XML in UTF-16 / UTF-32: sniffed as the text it is)
        head = _wide_head(data, *wide, most=1024).encode()
    head = head.lstrip()
    h = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if h.startswith(b"{\\rtf"):
        return "rtf"
    if h[:400].lower().startswith((b"<", b"mime")):
        return _markup_kind(head, ext)
    if b"\t" in h and b"\x00" not in h:
        return "txt"                      # a tab-separated export named .xls
    if ext in (".xls", ".et") and _csv_text(data[:4096]):
        return "csv"
    return None


def _markup_kind(head: bytes, ext: str) -> str | None:
    """What a file under an office name whose text (HEAD, as UTF-8) opens with markup is: `word_xml` / `sheet_xml`
    (Word / Excel 2003 XML), `html`, or None (a web page under an OOXML name: a download's error page)."""
    h = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if h.startswith(b"<?xml") and _WORD_XML.search(head):         # (Word's web page carries <w:WordDocument> too:
        return "word_xml"                                         # an HTML page, not Word 2003 XML)
    if h.startswith(b"<?xml") and _SHEET_XML.search(head):
        return "sheet_xml"
    return None if ext in (".docx", ".xlsx", ".docm", ".xlsm") else "html"


_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _head_text(head: bytes, whole: bool) -> str | None:
    """A file's first bytes as text (UTF-8 or GB18030), cut after their last line break unless they are the WHOLE
    file (a multi-byte character cut at the 4,096th byte); None when neither decodes (`_csv_text`, `_csv_dump`)."""
    body = head if whole else head[:head.rfind(b"\n") + 1]
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return body.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def _csv_text(head: bytes) -> bool:
    """Do a file's first bytes read as a CSV export: text (UTF-8 or GB18030, no control bytes), two lines or more,
    most of them with a `,` or `;` (`项目名称,国家免疫规划项目,,,`)?"""
    if _CONTROL.search(head):
        return False
    text = _head_text(head, whole=len(head) < 4096)
    if text is None:
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) >= 2 and sum(1 for ln in lines if "," in ln or ";" in ln) * 2 > len(lines)


def _csv_dump(data: bytes) -> bool:
    """Is a text dump (a .txt, no tab in its first bytes) a sheet saved as CSV under a text name: commas between
    its cells, every row of the sheet's width (Excel pads each to the used range, `项目名称,某项目,,,`), so that
    four in five of its first records or more parse into one count of three fields or more (`,,` of empty cells
    in them)? A text of sentences with commas splits into counts as many as its lines (hunt nw15: a 申报表 saved
    as CSV and named .txt was no form, layout_unknown)."""
    head = data[:4096]
    if b"\t" in head or b",," not in head:
        return False
    import csv
    import io
    text = _head_text(head, whole=len(data) <= 4096)
    if text is None:
        return False
    try:
        counts = [len(rec) for rec in csv.reader(io.StringIO(text, newline="")) if any(f.strip() for f in rec)]
    except csv.Error:
        return False
    if len(counts) < 4:
        return False
    from collections import Counter
    width, n = Counter(counts).most_common(1)[0]
    return width >= 3 and n * 5 >= len(counts) * 4


# the files read through LibreOffice by their name alone, and what each must be
_CONVERTED_KINDS = {".odt": "OpenDocument text", ".ods": "OpenDocument spreadsheet", ".rtf": "RTF document"}


def _converted_kind_check(data: bytes, ext: str) -> None:
    """Given an .odt / .ods / .rtf file's bytes, raise ExtractError unless they can be what LibreOffice reads under
    that name: a ZIP package that opens (an OpenDocument, or a .docx so renamed), RTF (`{\\rtf`), an Office 97-2003
    file, XML / HTML (a flat ODF, a web page so named) or a text: LibreOffice reads those by their content. Random
    bytes under such a name it imports as a plain text (the file was `ok`, a `layout_unknown` of its garbage),
    and a cut package it gives no output of: each a failed document whose error says so (hunt of14)."""
    kind = _CONVERTED_KINDS[ext]
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{\\rtf", b"<")) or data[:8] == OLE_MAGIC:
        return
    if _renamed_content(ext, data) is not None:
        return                            # (UTF-16 / UTF-32 markup or text: read by its content, hunt of16)
    if data[:4] == b"PK\x03\x04":
        if not _zip_names(data):
            raise ExtractError(f"damaged {kind} ({ext}): its zip package cannot be opened (a cut or broken file)")
        return
    if not _CONTROL.search(data[:4096]) and _head_text(data[:4096], whole=len(data) <= 4096) is not None:
        return                            # (a text so named: LibreOffice imports it as one, its tabs kept)
    raise ExtractError(f"not an {kind} ({ext}): its bytes are neither a zip package nor RTF, XML, HTML or text, nor "
                       "an Office 97-2003 file (a damaged file, or another kind of file so named)")


_RTF_ESCAPE = re.compile(rb"\\[\\{}]")


def _rtf_cut(data: bytes) -> int:
    """How many of an RTF file's groups (`{…}`) stay open at its end (escaped `\\{` / `\\}` not counted): 0 for a
    whole file, more for one cut short (asked only when LibreOffice gave no output of it)."""
    body = _RTF_ESCAPE.sub(b"", data)
    return max(body.count(b"{") - body.count(b"}"), 0)


def _soffice_docx(office, data: bytes, ext: str, named: str | None = None) -> tuple[bytes, int]:
    """Given RTF bytes (under `.rtf`, or RTF under another office name NAMED), return them converted by LibreOffice
    to DOCX and 0; or, for a file cut short whose groups stay open at its end (LibreOffice gives no output of it),
    its text converted with those groups closed (`}` appended: what was written before the cut is all there) and
    how many were open (`_cut_read` warns of the cut). A file that still gives nothing fails `damaged RTF document
    (.rtf): N groups left open at its end (a cut file)`."""
    try:
        return office.convert_with_soffice(data, ext, "docx"), 0
    except ExtractError as e:
        if "no output" not in str(e) or not (n := _rtf_cut(data)):
            raise
    try:
        return office.convert_with_soffice(data.rstrip(b"\x00") + b"}" * n, ext, "docx"), n
    except ExtractError:
        raise ExtractError(f"damaged RTF document ({named or ext}): {_groups(n)} left open at its end (a cut file); "
                           "LibreOffice gave no output") from None


def _groups(n: int) -> str:
    return f"{n} group{'s' if n > 1 else ''}"


def _cut_read(ex: Extracted, n: int, said: str) -> None:
    """Given what was read of a cut RTF with its N open groups closed (`_soffice_docx`), add a `page_unreadable`
    warning saying its end was cut (the document `partial`); raise the damaged file's error when nothing of its
    text was read (a file cut inside its font table or header)."""
    if not any(ln.text.strip() for ln in ex.lines) and not any(c.text.strip() for g in ex.grids for c in g.cells):
        raise ExtractError(f"damaged RTF document ({said}): {_groups(n)} left open at its end (a cut file); no text "
                           "before the cut")
    ex.warnings.append(ParseWarning("page_unreadable", f"RTF document cut short ({_groups(n)} left open at its end, "
                                    "closed before reading): what followed the cut is lost"))


def _zip_names(data: bytes) -> list[str]:
    import io
    import zipfile
    try:
        return zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return []


_HASHES = lazy(r"^\s*#{2,}\s*$")


def _hash_cells(ex: Extracted) -> None:
    """A cell printed `###` (Excel's sign for a number too wide for its column, kept by a print to PDF or a
    scan): its value is lost; the cell is read as empty (its `###` was read as a budget line's name, the cells
    beside it as amounts) and a `truncated_cell` warning names it."""
    for g in ex.grids:
        for c in g.cells:
            if "#" in c.text and _HASHES.match(c.text):
                ex.warnings.append(ParseWarning(
                    "truncated_cell", f"a cell printed {c.text.strip()!r} (a number too wide for its column): "
                    "its value is lost", c.page, c.line))
                c.text = ""


# a run of white space longer than any form's layout holds (a page of a text dump is at most ~300 columns wide)
SPACE_RUN_MAX = 200
_LONG_SPACE_RUN = lazy(r"\s{%d,}" % (SPACE_RUN_MAX + 1))


def _cut_space_runs(ex: Extracted) -> None:
    """A run of more than SPACE_RUN_MAX spaces (tabs, line breaks) in a cell or a line of text (`≥1` and 30,000 spaces
    before `km路段`, a name padded to a page's width many times over) is cut to its first SPACE_RUN_MAX characters, and
    a `space_run_cut` warning names the cell: no form lays out so wide a gap, and the readers' patterns that look
    for a word after spaces (`\\s*（…）\\s*$`) try each space of the run as a start, so one such cell took them
    20 s of CPU (review pf1). Only a text longer than SPACE_RUN_MAX is searched."""
    def cut(text: str, page, line) -> str:
        if len(text) <= SPACE_RUN_MAX or (m := _LONG_SPACE_RUN.search(text)) is None:
            return text
        n = sum(len(r.group(0)) - SPACE_RUN_MAX for r in _LONG_SPACE_RUN.finditer(text))
        ex.warnings.append(ParseWarning(
            "space_run_cut", f"a text of {len(text)} characters holds a run of more than {SPACE_RUN_MAX} spaces "
            f"(at {m.start()}): {n} spaces cut; it begins {text[:40].strip()!r}", page, line))
        return _LONG_SPACE_RUN.sub(lambda r: r.group(0)[:SPACE_RUN_MAX], text)
    for g in ex.grids:
        # (the grid's longest text measured in one C pass first: most grids hold no cell that long, and their cells
        # are then not walked one by one)
        if max(map(len, map(TEXT_OF, g.cells)), default=0) > SPACE_RUN_MAX:
            # (its long cells picked in the same C pass: no Python call a cell)
            for c in compress(g.cells, map(SPACE_RUN_MAX.__lt__, map(len, map(TEXT_OF, g.cells)))):
                c.text = cut(c.text, c.page, c.line)
    if max(map(len, map(TEXT_OF, ex.lines)), default=0) > SPACE_RUN_MAX:
        for t in compress(ex.lines, map(SPACE_RUN_MAX.__lt__, map(len, map(TEXT_OF, ex.lines)))):
            t.text = cut(t.text, t.page, t.line)


def extract_file(path: str, data: bytes, doc_id: str, fmt: str | None = None) -> Extracted:
    """Given a file (and its detect_format, when known), return its extracted grids, their text's radicals folded
    (`fold_extracted`); raise ExtractError when it cannot be read."""
    return fold_extracted(_figure_cuts(_extract_file(path, data, doc_id, fmt)))


# the grids of cells an office file or a sheet's export types (their line breaks the writer's or a converter's), not a
# PDF's or a scan's (their cells' wrapped lines joined by unwrap_cell) nor a text dump's (its reader joins its own)
_TYPED_GRIDS = frozenset({"docx", "xlsx", "xls", "html", "csv"})


def _figure_cuts(ex: Extracted) -> Extracted:
    """A figure a line break cut inside its cell of a Word table, a web page's table (`<table>` or `display:table`
    divs), a workbook's sheet or its CSV export (`1<w:br/>68.50`, `168.5<br>0`, `95⏎%`) joined, a list of figures
    beside a list of names kept (extract.grid.figure_cuts; hunt of14 in Word and `<table>` cells, review rv148 the
    rest); only a grid holding a cell of a line break is looked at."""
    for g in ex.grids:
        if g.origin in _TYPED_GRIDS and "\n" in "\t".join(map(TEXT_OF, g.cells)):    # (one C pass a grid)
            figure_cuts(g.cells, _is_label)
    return ex


def _is_label(text: str) -> bool:
    return match_field(text) is not None


def fold_extracted(ex: Extracted) -> Extracted:
    """The one place every format's text is folded: a Kangxi or CJK radical or a compatibility ideograph in a cell, a
    line or a caption as the ideograph it stands for (normalize.text.fold_radicals, its small forms and ligatures
    kept as typed: `湘财教﹝2019﹞24号`): a macOS print's `项⽬名称` / `农村供⽔保障⼯程` / `⼈` copied into a text dump, a
    DOCX or a web page, as a PDF's text layer gives it (the PDF reader folds its glyphs itself, its ligatures too) —
    they were a label not known, a project's name and a unit as printed; review mend. A document holding none is
    left as it is (one search of its text)."""
    texts = [c.text for g in ex.grids for c in g.cells] + [t.text for t in ex.lines] \
        + [ex.meta_title or ""] + list(ex.sheet_names or ()) + list(ex.page_heads or ())
    if not RADICAL_CHAR.search("\n".join(texts)):
        return ex
    for g in ex.grids:
        for c in g.cells:
            c.text = fold_radicals(c.text, small_forms=False)
    for t in ex.lines:
        t.text = fold_radicals(t.text, small_forms=False)
    ex.meta_title = fold_radicals(ex.meta_title, small_forms=False) if ex.meta_title else ex.meta_title
    ex.sheet_names = [fold_radicals(n, small_forms=False) if n else n for n in ex.sheet_names] \
        if ex.sheet_names else ex.sheet_names
    ex.page_heads = [fold_radicals(h, small_forms=False) for h in ex.page_heads] if ex.page_heads else ex.page_heads
    return ex


def _extract_file(path: str, data: bytes, doc_id: str, fmt: str | None = None) -> Extracted:
    """`extract_file`'s reading, by the file's format, before its text is folded."""
    fmt = fmt or detect_format(path, data)
    if not data.strip() and fmt != "txt":
        # (a text dump's reader says so itself)
        raise ExtractError("empty file (0 bytes): nothing to read" if not data else
                           f"empty file: only whitespace ({len(data)} bytes), nothing to read")
    if archive.archive_kind(path):
        # an archive read as one input: damaged, empty, nested too deep or of a kind not read (its members are
        # inputs of their own: collect_inputs); an Office file under an archive's name is read as that file
        why = archive.problem(path, data, url=is_url(path))
        if why is not None:
            raise ExtractError(why)
    if fmt == "txt":
        if Path(path).suffix.lower() == ".csv" or _renamed_content(Path(path).suffix.lower(), data) == "csv" \
                or _csv_dump(data):
            return extract_csv(data, doc_id, path)
        from parsers.core import line_kind, starts_a_row   # the parser's labels tell the dump reader where rows start
        return extract_txt(data, doc_id, path, is_label=starts_a_row, classify=line_kind)
    if fmt == "pdf" and b"%PDF" not in data[:1024]:
        raise ExtractError("not a PDF: the file has no %PDF header (a damaged file, or another kind of file "
                           "named .pdf)")
    if fmt == "pdf":
        from extract.pdf import extract_pdf    # loaded only when a PDF comes
        return extract_pdf(data, doc_id, path)
    if fmt == "image":
        from extract.scan import extract_image  # loaded only when an image comes (OCR)
        return extract_image(data, doc_id, path)
    if fmt == "ofd":
        from extract.ofd import extract_ofd    # loaded only when an OFD comes
        return extract_ofd(data, doc_id, path)
    ext = Path(path).suffix.lower() or "(no extension)"
    if fmt in ("docx", "xlsx") and data[:8] == OLE_MAGIC and ext in _OFFICE_EXTENSIONS \
            and READ_EXTENSIONS[ext] != fmt:
        # (an Office 97-2003 file under the other kind's name: read as what it is — detect_format's _ole_kind)
        ext = {"docx": ".doc", "xlsx": ".xls"}[fmt]
    said = ext if ext == (Path(path).suffix.lower() or "(no extension)") else f"{Path(path).suffix.lower()} (a {ext})"
    if fmt in ("docx", "xlsx") and ext in _OFFICE_EXTENSIONS and data[:4] != b"PK\x03\x04" and data[:8] != OLE_MAGIC \
            and ext not in (".rtf", ".odt", ".ods") and _renamed_content(ext, data) is None:
        # (random bytes named .doc were reported as a damaged DOCX, .xls with a BadZipFile)
        kind = "a Word document" if fmt == "docx" else "an Excel workbook"
        raise ExtractError(f"not {kind} ({ext}): its bytes are neither an Office package (zip) nor an Office "
                           "97-2003 file, nor RTF, XML or HTML (a damaged file, or another kind of file so named)")
    if ext in _CONVERTED_KINDS:
        _converted_kind_check(data, ext)
    if fmt in ("docx", "xlsx", "html"):
        from extract import office            # loaded only when an office file comes
        if fmt == "html":
            return office.extract_html(data, doc_id, path, read=None if not path or is_url(path) else read_input)
        renamed = _renamed_content(ext, data)
        if (data[:8] == OLE_MAGIC and ext in (".doc", ".wps", ".docx")) or \
                (ext in (".rtf", ".odt") and renamed not in ("word_xml", "sheet_xml")):
            converted, cut = _soffice_docx(office, data, ext) if ext == ".rtf" else \
                (office.convert_with_soffice(data, ext, "docx"), 0)
            ex = office.warn_converted(office.extract_docx(converted, doc_id, path), said)
            if cut:
                _cut_read(ex, cut, said)
            read = _tables(ex) if ext == ".doc" and data[:8] == OLE_MAGIC else None
            if read == 0:
                # (antiword reads Word 97-2003 only: no .wps, no OLE-wrapped (encrypted) .docx; a table nested in a
                # cell, which antiword writes one cell a line, read from the file's own table marks; and so, last,
                # any table antiword gives no row of: a .doc LibreOffice wrote of a python-docx table, all one line)
                ex = _doc_nested_tables(data, doc_id, path, said) \
                    or _doc_tables_by_antiword(data, doc_id, path, said, ex) \
                    or _doc_marked_tables(data, doc_id, path, said, "antiword gave no row of them"
                                          if shutil.which("antiword") else "antiword is not installed") or ex
            elif read:
                # (the table that ends a .doc, no paragraph after it, LibreOffice reads as text when it read others
                # (a 制度保障 table glued to the line before it: the safeguards were lost): the file's own table
                # marks hold one more (reading them takes a tenth of a second at most, LibreOffice seconds)
                ex = _doc_marked_tables(data, doc_id, path, said, f"it read {read} of them as tables", than=read) \
                    or ex
            return _converted(ex, converted)
        if renamed in ("rtf", "word_xml", "sheet_xml"):
            # RTF or Word / Excel 2003 XML under an office name: LibreOffice reads it by its content
            src = ".rtf" if renamed == "rtf" else ".xml"
            if src == ".xml":             # (LibreOffice gives nothing of a UTF-16 Word / Excel 2003 XML: as UTF-8)
                data = _wide_as_utf8(data)
            converted, cut = _soffice_docx(office, data, src, ext) if src == ".rtf" else \
                (office.convert_with_soffice(data, src, fmt), 0)
            read = office.extract_docx if fmt == "docx" else office.extract_xlsx
            ex = office.warn_converted(read(converted, doc_id, path), f"{ext} ({'RTF' if src == '.rtf' else 'XML'})")
            if cut:
                _cut_read(ex, cut, f"{ext} (RTF)")
            return _converted(ex, converted)
        if (ext == ".ods" or (ext == ".et" and data[:4] != b"PK\x03\x04")  # (an .et WPS saved as OOXML: read as XLSX)
                or (data[:8] == OLE_MAGIC and ext == ".xls" and not office.xls_readable(data))):
            converted = office.convert_with_soffice(data, ext, "xlsx")
            return _converted(office.warn_converted(office.extract_xlsx(converted, doc_id, path), said), converted)
        if fmt == "docx":
            return office.extract_docx(data, doc_id, path)
        return office.extract_xlsx(data, doc_id, path)
    if fmt is not None:
        raise ExtractError(f"{fmt} files ({ext}) are not supported by this version of jixiao; "
                           "text dumps, PDFs, images and office files are read so far")
    raise ExtractError(f"unsupported file type {ext}: expected a text dump, PDF, image, Word, Excel or HTML file "
                       "(read by its extension, or by its bytes when the extension says nothing)")


def _heading(lines: list, most: int = 8) -> list:
    """A document's heading: its first lines (at most MOST) above its first field label (`附件3`, an issuer, a year,
    the title; `一、项目名称：…` starts the body) — where a 填表说明's title stands however many lines sit over it (the
    first three alone missed it under `附件3` / `某县财政局` / `2025年度`, review rv115)."""
    from parsers.core import match_field
    return list(takewhile(lambda x: match_field(x.text) is None, lines[:most]))


def form_title(titles: list[str]) -> str | None:
    """A form's title (projects.title): its first title line, but past a covering letter's heading (`…关于报送…的报告`)
    or a report's on its cover page (`2024年度部门项目支出绩效自评报告`) to the form's own title under it
    (`2025年度项目支出绩效目标申报表`, a form pasted or embedded under the letter), where one follows; else the
    letter's. A line of the letter's list of attachments (`附件：1.…表`) over another title is passed over too
    (parsers.forms' own_title_at, the line RawForm.stated_year reads the form's year from)."""
    return titles[own_title_at(titles)] if titles else None


def _other_fields(pairs: list) -> str | None:
    """A form's labels of no contract column with their values, as a JSON object in form order (projects.other_fields):
    `{"债券期限": "10年", "建设地点": "城东街道"}`; a label met twice with other values keeps them joined by `；`."""
    if not pairs:
        return None
    import json
    out: dict[str, str | None] = {}
    for name, value, _ in pairs:
        if name not in out or out[name] is None:
            out[name] = value
        elif value is not None and value not in out[name].split("；"):
            out[name] += "；" + value
    return json.dumps(out, ensure_ascii=False)


_URL = lazy(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    """True for an fsspec URL (`s3://bucket/a.pdf`, `file:///archive/a.txt`), not a local path."""
    return bool(_URL.match(path)) and not os.path.exists(path)


def shown_path(path: str) -> str:
    """A path as it can be written to the dataset (UTF-8): a file name in other bytes than UTF-8 (GBK, unzipped from
    a Chinese Windows archive; Python holds its bytes as surrogates, which no Parquet or DuckDB string takes) is
    decoded as GB18030, else written with its bytes escaped (`\\xd6`). An archive member's path
    (`a.zip!/form.docx`): its archive's path so, its member name as the archive module decoded it."""
    if archive.SEP in path and archive.is_member(path):
        return archive.shown(path, shown_path)
    return archive.decoded_name(path)


_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def _check_regular(path: str) -> None:
    """Raise OSError for a local path that is no regular file: opening a named pipe blocks for ever."""
    mode = os.stat(path).st_mode
    if stat.S_ISDIR(mode):
        try:
            os.scandir(path).close()
        except OSError as e:
            raise OSError(f"a folder that cannot be listed: {e.strerror or e}") from None
    for test, what in _NOT_REGULAR:
        if test(mode):
            raise OSError(f"not a regular file ({what})")


def read_input(path: str) -> bytes:
    """Given a local path, an archive member's path (`a.zip!/form.docx`: jixiao.archive) or an fsspec URL, return
    the file's bytes; raise OSError when it cannot be read."""
    if not is_url(path):
        if archive.SEP in path and archive.is_member(path):
            return archive.read_member(path)
        _check_regular(path)
        return Path(path).read_bytes()
    import fsspec
    try:
        with fsspec.open(path, "rb") as f:
            return f.read()
    except OSError:
        raise
    except Exception as e:  # a file system's own errors (missing credentials, unknown protocol …)
        raise OSError(f"{type(e).__name__}: {e}") from None


def _path_id(kind: str, path: str | os.PathLike) -> str:
    return hashlib.sha256(f"{kind}:{os.path.abspath(str(path))}".encode("utf-8", "surrogateescape")).hexdigest()


def _broken_link(path: str) -> str | None:
    """What is wrong with a symbolic link that cannot be read (`broken symbolic link to /mnt/nas/绩效/表.docx: its
    target does not exist`), None when the path is no link (or its target is there)."""
    target = None
    try:
        if is_url(path) or not os.path.islink(path):
            return None
        target = os.readlink(path)
        os.stat(path)
    except FileNotFoundError:
        if target is None:
            return None
        return f"broken symbolic link to {archive.decoded_name(target)}: its target does not exist"
    except OSError as e:
        if e.errno == errno.ELOOP and target is not None:
            return f"symbolic link to {archive.decoded_name(target)} that leads back to itself (a loop)"
        return None
    return None


def unreadable_id(path: str | os.PathLike) -> str:
    """The doc_id of a file that cannot be read (there are no bytes to hash): a hash of its path."""
    return _path_id("unreadable", path)


def input_id(path: str | os.PathLike, data: bytes, size: int | None = None) -> str:
    """Given an input and its bytes (or its first bytes and its size), return its doc_id: the sha256 of its bytes,
    except for the files whose bytes say nothing of what they are, which have a hash of their path as an unreadable
    file has: an empty file (every empty file has the same bytes: `新建文本文档.txt` in one folder and `新建 XLSX
    工作表.xlsx` in another were one document, the others its aliases) and a file that is no document (an Office lock
    file's bytes are its user's name, the same for every document that user had open: not_a_document)."""
    size = len(data) if size is None else size
    if size == 0:
        return _path_id("empty", path)
    if not_a_document(str(path), data[:4096], size) is not None:
        return not_a_document_id(path)
    return doc_id_of(data)


def not_a_document_id(path: str | os.PathLike) -> str:
    """The doc_id of a file that is no document (not_a_document): a hash of its path."""
    return _path_id("not_a_document", path)


def hash_input(path: str) -> tuple[str, bytes]:
    """Given a local path or an fsspec URL, return (doc_id, the file's first bytes) without holding the whole file
    (a local file is hashed in chunks: a 1.5 GB input took the run's main process to 1.6 GB); raise OSError when it
    cannot be read. The doc_id is `input_id`'s."""
    if is_url(path) or (archive.SEP in path and archive.is_member(path)):
        data = read_input(path)
        return input_id(path, data), data[:16]
    _check_regular(path)
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        head = f.read(1 << 20)
        h.update(head)
        size += len(head)
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    if size == 0 or not_a_document(path, head[:4096], size) is not None:
        return input_id(path, head[:4096], size), head[:16]
    return h.hexdigest(), head[:16]


# The files a Windows share holds beside its documents that are no one's document (on Windows they are hidden system
# files, as `.DS_Store` is on a Mac, but a copy of the share through Samba or a zip shows them): each is a documents
# row of its own, `ok`, no project, a `not_a_document` warning saying what it is; never read as a form (a Word temp
# file holds an older draft of the document beside it: it was read as a second project, its budget counted twice).
_SYSTEM_FILES = {"thumbs.db": "Windows Explorer's thumbnail cache (Thumbs.db)",
                 "ehthumbs.db": "Windows Media Center's thumbnail cache (ehthumbs.db)",
                 "ehthumbs_vista.db": "Windows Media Center's thumbnail cache (ehthumbs_vista.db)",
                 "desktop.ini": "Windows Explorer's settings of the folder (desktop.ini)"}
# an Office owner file is 162 bytes (Word) or 165 (Excel): a larger `~$` file is read as what its bytes are
_OWNER_MAX = 4096
_DOCUMENT_MAGIC = (b"PK\x03\x04", OLE_MAGIC, b"%PDF", b"{\\rtf")


def not_a_document(path: str, head: bytes, size: int) -> str | None:
    """Given an input (an archive's member too), its first bytes and its size, return what it is when it is a file
    of the system and no document (the `not_a_document` warning's message), else None.

    - an Office owner (lock) file `~$绩效目标表.docx`: Word, Excel and WPS write it beside a document while it is open
      (162 / 165 bytes: the user's name), left behind when the folder was copied then;
    - a temporary file of Word or Office `~WRL0723.tmp`, `~WRD0001.tmp` (`~*.tmp`): Word's working copy, left when
      Word was closed unexpectedly (an older state of a document beside it);
    - Thumbs.db, desktop.ini (Windows Explorer's);
    - a shortcut: `快捷方式 - 绩效目标表.lnk` (Windows) or an `.url` (a web address): a link to a path on the machine
      that made it, not followed (the document itself is read where it is an input)."""
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    low = name.lower()
    if name.startswith("~$") and size <= _OWNER_MAX and not head.startswith(_DOCUMENT_MAGIC):
        user = _owner_name(head)
        return (f"an Office owner (lock) file: Word, Excel or WPS keeps `~$…` beside a document while it is open (here "
                f"…{name[2:]}" + (f", opened by {user}" if user else "") + "), and it stays when the folder is "
                "copied then; not a document, not read")
    if low.startswith("~") and low.endswith(".tmp"):
        return ("a temporary file of Word or Office (`~WRL….tmp`, `~WRD….tmp`: Word's working copy, left when Word "
                "was closed unexpectedly; it may hold an older state of a document beside it): not a document, "
                "not read")
    if low in _SYSTEM_FILES:
        return f"{_SYSTEM_FILES[low]}: not a document, not read"
    if low.endswith(".lnk") and head[:4] == b"L\x00\x00\x00":
        target = _lnk_target(head)
        return ("a Windows shortcut" + (f" to {target}" if target else "") + ": a link to a path on the machine "
                "that made it, not followed (the document itself is read where it is an input); not a document")
    if low.endswith(".url") and b"[internetshortcut]" in head[:512].lower():
        m = re.search(rb"(?im)^URL=(.+?)\s*$", head)
        url = m.group(1).decode("utf-8", "replace") if m else None
        return "an Internet shortcut" + (f" to {url}" if url else "") + ": a web address, not followed; not a document"
    return None


def _owner_name(head: bytes) -> str | None:
    """The user name an Office owner file holds: a length byte and the name (ANSI) padded to 54 bytes, then its
    length and the name again in UTF-16 (`\\x0dAdministrator …`)."""
    try:
        n = int.from_bytes(head[54:56], "little")
        if 0 < n <= 64 and head[0] == n:
            name = head[56:56 + 2 * n].decode("utf-16-le")
            if name.isprintable() and name.strip():
                return name.strip()
    except (UnicodeDecodeError, IndexError):
        pass
    return None


def _lnk_target(data: bytes) -> str | None:
    """The path a Windows shortcut (.lnk, MS-SHLLINK) points at: its LinkInfo's local path, else the relative path
    of its string data (`.\\01 项目支出绩效目标\\县教育局\\绩效目标表.docx`); None when it cannot be told."""
    import struct
    try:
        flags = struct.unpack_from("<I", data, 0x14)[0]
        pos = 0x4C
        if flags & 0x01:                                  # HasLinkTargetIDList: skipped
            pos += 2 + struct.unpack_from("<H", data, pos)[0]
        local = None
        if flags & 0x02:                                  # HasLinkInfo
            size, hsize, lflags, _, off = struct.unpack_from("<5I", data, pos)
            if lflags & 1 and hsize >= 0x24:              # VolumeIDAndLocalBasePath, in UTF-16
                off_u = struct.unpack_from("<I", data, pos + 28)[0]
                end = pos + off_u
                while end + 1 < len(data) and data[end:end + 2] != b"\x00\x00":
                    end += 2
                local = data[pos + off_u:end].decode("utf-16-le", "replace") or None
            elif lflags & 1 and off:                      # (ANSI: the system's code page, GBK on a Chinese Windows)
                local = data[pos + off:data.index(b"\x00", pos + off)].decode("gb18030", "replace") or None
            pos += size
        unicode = bool(flags & 0x80)
        strings = {}
        for bit in (0x04, 0x08, 0x10, 0x20, 0x40):       # name, relative path, working dir, arguments, icon
            if flags & bit:
                n = struct.unpack_from("<H", data, pos)[0] * (2 if unicode else 1)
                strings[bit] = data[pos + 2:pos + 2 + n].decode("utf-16-le" if unicode else "gb18030", "replace")
                pos += 2 + n
        target = local or strings.get(0x08)
        return target if target and target.isprintable() else None
    except (struct.error, ValueError):
        return None


def failed_result(path: str | os.PathLike, why: str) -> FileResult:
    """Given a file and the reason it could not be read (worker crash, timeout), return its failed row."""
    path = str(path)
    name = shown_path(path)
    try:
        data = read_input(path)
        doc_id, size = input_id(path, data), len(data)
        fmt = detect_format(path, data)
    except OSError:
        doc_id = unreadable_id(path)
        size, fmt = None, None
    doc = {"doc_id": doc_id, "path": name, "format": fmt, "pages": None, "layout": None,
           "n_projects": 0, "status": "failed", "error": f"{name}: {why}", "seconds": None,
           "parser_version": PARSER_VERSION, "encoding": None, "detect_score": None,
           "n_indicators": 0, "n_assessment_items": 0, "n_warnings": 0, "size_bytes": size, "aliases": []}
    return FileResult(doc)


def process_file(path: str | os.PathLike, *, strict: bool = False,
                 layouts: set[str] | None = None, checks_disabled: frozenset[str] = frozenset()) -> FileResult:
    """Given a file path, return its documents row and records; failures are recorded, not raised (unless strict)."""
    if strict and not STRICT_NORMALIZERS.get():
        # strict: a normalizer's error raised too, not read as the cell's text (see normalize.text.reraise_if_strict)
        token = STRICT_NORMALIZERS.set(True)
        try:
            return process_file(path, strict=True, layouts=layouts, checks_disabled=checks_disabled)
        finally:
            STRICT_NORMALIZERS.reset(token)
    t0 = time.perf_counter()
    path = str(path)
    name = shown_path(path)
    doc = {"doc_id": None, "path": name, "format": None, "pages": None, "layout": None,
           "n_projects": 0, "status": "failed", "error": None, "seconds": None,
           "parser_version": PARSER_VERSION, "encoding": None, "detect_score": None,
           "n_indicators": 0, "n_assessment_items": 0, "n_warnings": 0, "size_bytes": None,
           "aliases": []}
    res = FileResult(doc)
    try:
        data = read_input(path)
    except OSError as e:
        if strict:
            raise
        doc["doc_id"] = unreadable_id(path)
        doc["error"] = f"{name}: {_broken_link(path) or 'cannot read file: ' + str(e.strerror or e)}"
        doc["seconds"] = time.perf_counter() - t0
        return res
    doc["doc_id"] = input_id(path, data)
    doc["size_bytes"] = len(data)
    junk = not_a_document(path, data[:4096], len(data))
    if junk is not None:
        # (its own row, `ok`: nothing failed and nothing is lost; no format, no layout: it is not read)
        doc.update(status="ok", seconds=round(time.perf_counter() - t0, 6))
        _add_warnings(res, [ParseWarning("not_a_document", junk)])
        return res
    doc["format"] = detect_format(path, data)
    if not data:
        # (each empty file a failed row of its own: input_id)
        if strict:
            raise ExtractError("empty file (0 bytes): nothing to read")
        doc.update(error=f"{name}: empty file (0 bytes): nothing to read", seconds=round(time.perf_counter() - t0, 6))
        return res
    try:
        ex = extract_file(path, data, doc["doc_id"], doc["format"])
        _hash_cells(ex)
        _cut_space_runs(ex)
        own = list(ex.warnings)
        _parse_into(ex, res, layouts, checks_disabled)
        if ex.format in PICTURE_FORMATS and not res.tables["projects"] and not res.tables["assessment_items"]:
            res = _from_pictures(path, data, ex, own, res, layouts, checks_disabled)
            doc = res.document
        if not res.tables["projects"] and not res.tables["assessment_items"] and (
                lost := next((w for w in ex.warnings if w.code == "internal_error"), None)) is not None:
            # (parts of the file whose reading raised, every table of a document, and nothing read from the rest:
            # the file failed, its error named, as any file that gave nothing — it came out `partial` and empty,
            # a `layout_unknown` beside the error, hunt rb3)
            raise _NothingRead(_unit_error(lost.message))
    except ExtractError as e:
        if strict:
            raise
        doc["error"] = f"{name}: {e}"
        doc["status"] = "failed"
    except Exception as e:  # a bug or a document we never imagined: record it, keep going
        if strict:
            raise
        said = str(e) if isinstance(e, _NothingRead) else f"{type(e).__name__}: {e}"
        doc["error"] = f"{name}: internal error while reading: {said}"
        doc["status"] = "failed"
        res.tables = {t: [] for t in TABLES}
    doc["seconds"] = round(time.perf_counter() - t0, 6)
    return res


class _NothingRead(Exception):
    """A file of which nothing was read, parts of it having raised (its first part's error: the message)."""


# the part and error an `internal_error` of one part of a file names (extract.grid.unit_error_warning)
_UNIT_ERROR = re.compile(r"(.*?) could not be (?:read|run) \((.*)\): ")   # (the error's own `): ` kept: rd72)


def _unit_error(message: str) -> str:
    """`table 2: ZeroDivisionError: boom` out of an `internal_error`'s MESSAGE of one part of a file (else it whole)."""
    m = _UNIT_ERROR.match(message)
    return f"{m.group(1)}: {m.group(2)}" if m else message


def _doc_nested_tables(data: bytes, doc_id: str, path: str, ext: str) -> Extracted | None:
    """A Word 97-2003 file LibreOffice read no table of, holding a table nested in a cell (an indicator table in the
    form's 绩效指标 cell): its tables read from its own table marks (extract/doc97.py), the nested one a grid of its
    own as extract_docx reads a DOCX's (in its cell's rows when it is all the cell holds, columns merging nothing);
    None when it has no nested table or cannot be read so (antiword's text is read then: it writes a nested table's
    cells one a line, as rows of the table around it)."""
    from extract.doc97 import nested_tables
    if not nested_tables(data):
        return None
    return _doc_marked_tables(data, doc_id, path, ext, "a table nested in a cell")


def _tables(ex: Extracted) -> int:
    """How many tables of two rows and two columns or more a reading holds."""
    return sum(1 for g in ex.grids if g.n_rows >= 2 and g.n_cols >= 2)


def _doc_marked_tables(data: bytes, doc_id: str, path: str, ext: str, why: str, than: int = 0) -> Extracted | None:
    """A Word 97-2003 file's tables read from its own table marks (extract/doc97.py), its cells, spans and vertical
    merges as the file says; None when it holds no more tables of two rows and two columns than THAN (those
    LibreOffice read) or cannot be read so."""
    from extract.doc97 import read_doc_tables
    ex = read_doc_tables(data, doc_id, path)
    if ex is None or _tables(ex) <= than:
        return None
    ex.warnings.append(ParseWarning("converted", f"{ext} file: LibreOffice read its tables as text; read from the "
                                    f"file's own table marks ({why})"))
    return ex


def _doc_tables_by_antiword(data: bytes, doc_id: str, path: str, ext: str, read: Extracted) -> Extracted | None:
    """A Word 97-2003 file whose tables LibreOffice reads as text (a table that ends the document, no paragraph after
    it, as LibreOffice itself writes a .doc of a python-docx document: its cells one paragraph) read from antiword's
    text instead, when antiword is installed and its text holds a `|` table; None otherwise. Without antiword, `read`
    (LibreOffice's reading) says so in a `converted` warning when its text looks like a table read as text
    (`_table_as_text`; not a letter or a notice with no table): the loss is not silent."""
    import shutil
    import subprocess

    antiword = shutil.which("antiword")
    if antiword is None:
        if not _table_as_text(read):
            return None
        read.warnings.append(ParseWarning("converted", f"{ext} file: LibreOffice read no table of it (a table read "
                                          "as text?); antiword, which reads such tables, is not installed"))
        return None
    try:
        out = subprocess.run([antiword, "-w", "0", "-m", "UTF-8.txt", "-"], input=data, capture_output=True,
                             timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    if sum(1 for line in out.decode("utf-8", "replace").splitlines() if line.startswith("|")) < 2:
        return None
    from extract.txt import extract_txt
    from parsers.core import line_kind, starts_a_row
    ex = extract_txt(out, doc_id, path, is_label=starts_a_row, classify=line_kind)
    if not _tables(ex):
        return None
    ex.format = "docx"
    ex.warnings.append(ParseWarning("converted", f"{ext} file: LibreOffice read its tables as text; read from "
                                    "antiword's text of it"))
    return ex


# the heads and labels of the forms' tables (a table LibreOffice reads as text glues them in its paragraphs: `项目名称
# 农村公路养护项目主管部门县交通运输局…一级指标二级指标三级指标指标值`)
_FORM_HEADS = lazy(r"项目名称|主管部门|实施单位|预算单位|资金来源|资金总额|年度(?:绩效)?目标|一级指标|二级指标|三级指标"
                            r"|指标名称|指标值|目标值|实际完成值|分值|得分|评分标准|考核内容|考核指标|计量单位")


_SENTENCE_END = lazy(r"[。；;：:，,]$")     # a paragraph ending as a sentence or a label does, no cell


def _table_as_text(read: Extracted) -> bool:
    """Whether the text LibreOffice read of a .doc looks like a table read as text: two or more different heads of a
    form's table in it, or a run of six or more short paragraphs (cells of one paragraph each, no sentence's end)."""
    texts = [_SPACES.sub("", ln.text) for ln in read.lines]
    if len({m.group() for t in texts for m in _FORM_HEADS.finditer(t)}) >= 2:
        return True
    run = 0
    for t in texts:
        run = run + 1 if 0 < len(t) <= 12 and not _SENTENCE_END.search(t) else 0
        if run >= 6:
            return True
    return False


def _converted(ex: Extracted, converted: bytes) -> Extracted:
    ex.converted = converted          # (a form pasted as a picture is looked for in the converted package)
    return ex


# Word, Excel and web documents: when their text gives no form, the form pasted as a picture is read by OCR
PICTURE_FORMATS = frozenset({"docx", "xlsx", "html"})


def _from_pictures(path: str, data: bytes, ex: Extracted, own: list[ParseWarning], res: FileResult,
                   layouts: set[str] | None, checks_disabled: frozenset[str]) -> FileResult:
    """A Word, Excel or web document whose text gave no form (no project, no assessment item): its pictures
    (extract/embedded.py) are read by OCR, each a page numbered as the picture, and parsed. When they give a form,
    it is the document's (with the text's own reading warnings, `converted`, `encoding_guessed` …); else the
    text's result stays. Either way a `read_from_images` warning says which pictures were read and which left;
    a document of logos, icons and drawings only is read as before, nothing said."""
    from extract import embedded
    pics = embedded.pictures(ex.format, ex.converted or data, path, read=None if is_url(path) else read_input)
    if not pics:
        return res
    img, done = embedded.read_pictures(pics, ex.doc_id, ex.format, path)
    if not done.tried:
        return res
    img.encoding, img.meta_title = ex.encoding, embedded.year_title(ex)
    img.warnings = own + img.warnings
    _hash_cells(img)
    _cut_space_runs(img)
    got = FileResult(dict(res.document))
    _parse_into(img, got, layouts, checks_disabled)
    said = ("the document's text gives no form; its pictures were read as pages by OCR (page = the picture's "
            f"number in the document): {done.summary(len(pics))}")
    if got.tables["projects"] or got.tables["assessment_items"]:
        _add_warnings(got, [ParseWarning("read_from_images", said)])
        return got
    _add_warnings(res, [ParseWarning("read_from_images", said + "; no form in them either")]
                  + [w for w in img.warnings if w.code == "page_unreadable"])
    return res


def _add_warnings(res: FileResult, warnings: list[ParseWarning]) -> None:
    """Add document warnings to a result already parsed (its count and status with them)."""
    doc = res.document
    for w in warnings:
        res.tables["warnings"].append({"doc_id": doc["doc_id"], "project_id": None, "page": w.page, "line": w.line,
                                       "code": w.code, "message": w.message, "indicator_seq": None})
        if w.code in LOSS_CODES and doc["status"] == "ok":
            doc["status"] = "partial"
    doc["n_warnings"] = len(res.tables["warnings"])


def _project_lists(ex: Extracted) -> tuple[list[ParseWarning], int]:
    """A `project_list` warning for each list of projects in a document no layout claims (parsers.forms
    project_list_end: `序号 | 项目名称 | …` over at least two numbered rows naming projects), else none; and the
    number of rows out of the lists that label a form's field beside its value (`项目名称 | …`, `主管部门 | …`: a form
    whose indicators were not found, no list-only document)."""
    from parsers.core import document_rows, match_field
    from parsers.forms import project_list_end
    rows = document_rows(ex)
    out: list[ParseWarning] = []
    k = fields = 0
    while k < len(rows):
        end = project_list_end(rows, k) if not rows[k].is_text_line else None
        if end is None:
            cells = rows[k].cells
            m = match_field(cells[0].text) if not rows[k].is_text_line and len(cells) >= 2 else None
            fields += m is not None and m[1] is None and bool(clean(cells[1].text))
            k += 1
            continue
        head = rows[k].cells
        out.append(ParseWarning("project_list", f"list of {end[1]} projects, no form: "
                                + " | ".join(clean(c.text) or "" for c in head)[:160], head[0].page, head[0].line))
        k = max(end[0], k + 1)
    return out, fields


def _hidden_form(ex: Extracted, layouts: set[str] | None, shown: dict | None = None) -> list[ParseWarning]:
    """`hidden_form_unread` when a workbook hides a sheet that reads as a form (its hidden sheets read alone, as the
    shown ones are) and its shown sheets give no form — or give forms and `shown` (their tables) holds no version of
    the hidden one (`学生营养餐改善` hidden beside the shown `校园安全监控改造`, no indicator of it shown: a project
    lost). Hidden sheets are not read, as Excel does not show them (a lookup list, an old version beside the form).
    None for a hidden sheet of no form (a data validation's list) or of a version of a shown form. The message names
    the hidden sheets the lost forms were read from (not a lookup list or an old version hidden beside them)."""
    if not ex.unshown:
        return []
    # (a normalizer's error met in a hidden sheet is no error of the file's reading: not noted, the sheet not read)
    token = NORMALIZER_FAILURES.set(None)
    try:
        return _hidden_forms_read(ex, layouts, shown)
    except Exception as e:
        # (a bug met reading a hidden sheet, which is not read for its own sake: it failed the file, its shown form
        # read fine and all its tables emptied, review rd; strict, as process_file(strict=True), raises it)
        if strict_on():
            raise
        return [_hidden_unread(ex, ex.unshown[0], f"{type(e).__name__}: {e}")]
    finally:
        NORMALIZER_FAILURES.reset(token)


def _hidden_unread(ex: Extracted, numbers: tuple, why: str) -> ParseWarning:
    """The `page_unreadable` warning of hidden sheets (their NUMBERS) whose reading raised (WHY: the error's type and
    message): whether they hide a form is not known."""
    many = len(numbers) > 1
    return ParseWarning("page_unreadable", f"hidden sheet{'s' * many} {_sheet_names(ex, numbers)} could not be "
                        f"read to tell whether {'they hide' if many else 'it hides'} a form ({why})"[:300]
                        + "; the shown sheets are read", numbers[0])


# the error an `internal_error` of a form's reading names (parsers.layouts.base.form_error_warning)
_FORM_ERROR = re.compile(r"could not be read \((.*)\): its records left out")


def _hidden_forms_read(ex: Extracted, layouts: set[str] | None, shown: dict | None) -> list[ParseWarning]:
    """_hidden_form's reading of the hidden sheets (its errors not caught)."""
    numbers, read = ex.unshown
    hidden = fold_extracted(read())
    parser = registry.detect_layout(hidden, layouts, all_scores=False)[0]
    if parser is None:
        return []
    result = parser.parse(hidden)
    forms = result.forms
    # (a hidden form whose reading raised, dropped by the layout with an `internal_error` of the hidden read's: not
    # known whether it hides a form, as when the whole read raised — nothing was said since one form's error was
    # caught, hunt rb1; review rv150)
    failed = [w for w in result.warnings if w.code == "internal_error"]
    unread = [_hidden_unread(ex, tuple(n for n in numbers if any(w.page == n for w in failed)) or numbers,
                             "; ".join(m.group(1) if (m := _FORM_ERROR.search(w.message)) else w.message
                                       for w in failed))] if failed else []
    forms = _other_projects(forms, shown) if shown is not None else forms
    if not forms and (shown is not None or unread):
        return unread
    what = f"a form ({parser.id})"
    if shown is not None:
        names = ", ".join(clean(f.fields["name"].text) for f in forms)
        # (two projects' forms are no `form of another project (A, B)`, review rv72)
        what = f"forms of other projects ({names})" if len(forms) > 1 else f"a form of another project ({names})"
    numbers = _sheets_of(forms, numbers)
    many, forms_said = len(numbers) > 1, what.startswith("forms")
    return unread + [ParseWarning("hidden_form_unread", f"sheet{'s' * many} {_sheet_names(ex, numbers)} "
                                  f"{'are' if many else 'is'} hidden and "
                                  f"not read (what Excel shows is read), and {'they read' if many else 'it reads'} "
                                  f"as {what}: {_how_to_show(ex, numbers)} to read the form{'s' * forms_said}",
                                  numbers[0])]


def _how_to_show(ex: Extracted, numbers: tuple) -> str:
    """How to show these hidden sheets: unhide them (取消隐藏); a very hidden one is not listed there (review rv62:
    `unhide it` said of one), its Visible property is set in the VBA editor. Among others, each kind is named
    (`unhide sheet 2 (营养餐); sheet 3 (公路) is very hidden, …`: `unhide the others` was said of one, review rv72)."""
    very = tuple(n for n in numbers if n in ex.very_hidden)
    if not very:
        return f"unhide {'them' if len(numbers) > 1 else 'it'}"
    one, every = len(very) == 1, len(very) == len(numbers)
    who = ('it is' if one else 'they are') if every else \
        f"sheet{'' if one else 's'} {_sheet_names(ex, very)} {'is' if one else 'are'}"
    said = (f"{who} very hidden, which Excel's 取消隐藏 (Unhide) does not list — set {'its' if one else 'their'} "
            "Visible property to xlSheetVisible in the VBA editor (Alt+F11)")
    plain = tuple(n for n in numbers if n not in very)
    return said if every else f"unhide sheet{'s' * (len(plain) > 1)} {_sheet_names(ex, plain)}; {said}"


def _sheet_names(ex: Extracted, numbers: tuple) -> str:
    """Sheets named by number and title: `2 (营养餐), 3`."""
    titles = ex.sheet_names or []
    return ", ".join(f"{n} ({titles[n - 1]})" if n <= len(titles) else str(n) for n in numbers)


def _sheets_of(forms, hidden: tuple) -> tuple:
    """Of these hidden sheets, those the forms were read from (a lookup list or an old version hidden beside them
    left out: `sheets 2 (下拉), 3 (营养餐)` said both held the form, review rv62; a workbook saved as a web page's
    cells carry their sheet's number too, hunt of8); all when the forms' sheets are not known."""
    held = tuple(n for n in hidden if any(n in f.pages for f in forms))
    return held or hidden


def _other_projects(forms, shown: dict) -> list:
    """The (hidden) forms that are no version of a shown form, one per project: named by none of the shown
    projects, and most of their indicators named by none of the shown ones (an old version renamed,
    `旧版校舍维修项目` beside `中小学校舍维修改造项目`, keeps its indicators; another project's form has its own) — or,
    their name sharing no word with a shown one's, any of them (`学生营养餐改善` beside `校园安全监控改造`, half of its
    indicators a template's common ones, `师生满意度`, was taken for a version, review rv62). With no shown project's
    name (its 项目名称 lost), no name tells: the indicators do (a hidden old version was said, review rv72). A name
    sharing no word is still a version's when more than half of its indicators are shown and its money is a shown
    project's (`智慧平安校区建设`, 3 of 4 indicators and 86.5 万元 as `校园安全监控改造`: renamed, hunt of8) and its
    goal too (`_keeps_a_goal`) — half with the same money is not (a template's common indicators, one money figure
    copied: of7's `学生营养餐改善`), nor most with a goal of its own (a county template's sibling, hunt of9)."""
    seen = {bare_fold(p["name"]) for p in shown["projects"] if p.get("name")}
    kept = {bare_fold(i["level3"]) for i in shown["indicators"] if i.get("level3")}
    named = bool(seen)
    out = []
    for f in forms:
        name = clean(f.fields["name"].text) if f.fields.get("name") is not None else None
        inds = [bare_fold(str(i["level3"])) for i in f.indicators if i.get("level3")]
        if not name or bare_fold(name) in seen:
            continue
        shared = sum(i in kept for i in inds)
        if 2 * shared < len(inds) or named and shared < len(inds) and not any(_share_a_word(name, s) for s in seen) \
                and not (2 * shared > len(inds) and _shares_money(f, shown) and _keeps_a_goal(f, shown)):
            seen.add(bare_fold(name))
            out.append(f)
    return out


def _keeps_a_goal(form, shown: dict) -> bool:
    """Does a (hidden) form set out a shown project's goal, most of its text the same? A renamed version keeps what
    it sets out to do; a county template's sibling, its common indicators (`项目验收合格率`, `资金到位率`, `师生满意度`)
    and a round sum (100 万元) the same, has its own (`完成8所农村学校食堂改造提升。` beside `完成校园监控系统改造，
    新增监控点位120个，…`: it was taken for a version, review rv88). With no goal on either side nothing tells: kept."""
    goal = next((clean(f.text) for k in ("goal_annual", "goal_total") if (f := form.fields.get(k)) is not None), "")
    goals = [p[k] for p in shown["projects"] for k in ("goal_annual", "goal_total") if p.get(k)]
    return not goal or not goals or any(_same_goal(bare_fold(goal), bare_fold(g)) for g in goals)


# a goal's counts: its numbers but a share (90%), a day (2025年10月) and money (50万元) — a template's frame states
# those alike for each project filled in it — and an item's number (`目标1：`, `（2）`, `3、`, `1.`)
_GOAL_COUNT = lazy(r"(?<![\d.(（])\d+(?:\.\d+)?(?![\d.])(?!\s*(?:[%‰年月日号、:：)）]|万?元|个?百分点))")
# a count in Chinese numerals, as a goal states one (`建成标准化村卫生室二十个`, `完成五所`): a run of numerals before a
# measure word only — the numerals of words (`统一`, `进一步`, `一体化`) and of an item (`一是`, `目标一：`) are none,
# nor a bare 百 / 千 of a phrase (`千家万户`, `百家`: no 1000 counted, review rv103); thousands are (`一千二百名`: 1200),
# and a count with 余 / 多 before its measure word (`二十余个`: 20, as `20余个` is). Nor the numerals of a word before
# a measure word: an ordinal (`第一批`, `第十二批`), `统一人员`, `唯一`, `逐一`, `同一`, `单一`, `每一`, `一次性`, `一批`
# (some: `打造一批示范村`), `一户一策` (one each) — read 1, two siblings' goals differing in their real count shared it
# and were taken for one goal's versions (review rd63); no start inside a run of numerals (`第十二批`: no 2)
_CN_NUMERALS = "".join(_CN_DIGITS)
_GOAL_CN_COUNT = lazy(rf"(?<![第统唯逐同单每{_CN_NUMERALS}{''.join(_CN_UNITS)}])(?!一(?:批|次性|.一))"
                      rf"[{_CN_NUMERALS}十][{_CN_NUMERALS}{''.join(_CN_UNITS)}]*"
                      r"(?=[余多]?(?:[个所处名人台套家座条项户间辆次场批类支亩吨]|公里|千米|万人))")


def _goal_counts(goal: str) -> set[str]:
    """A (folded) goal's counts (`_GOAL_COUNT`), those in Chinese numerals put in digits first (`二十个`: 20; they were
    no count, so a sibling's goal stating its own count so was taken for a version's)."""
    from normalize.targets import cn_figure
    return set(_GOAL_COUNT.findall(_GOAL_CN_COUNT.sub(lambda m: cn_figure(m.group(0)) or m.group(0), goal)))


def _same_goal(a: str, b: str) -> bool:
    """Two (folded) goals mostly the same text and, when both state counts, one of them common: a county template's
    frame (`项目资金50万元，通过项目实施，…，群众满意度达到90%以上。`) is most of each sibling's text, its own work and
    count the rest (`建成标准化村卫生室20个` beside `完成5所乡镇卫生院设备购置`: taken for a version, review rv96); a
    renamed version reworded keeps its count (`新增摄像头120个` for `新增监控点位120个`)."""
    from jixiao.history import similar
    counts_a, counts_b = _goal_counts(a), _goal_counts(b)
    return similar(a, b, 0.5) and (not counts_a or not counts_b or bool(counts_a & counts_b))


def _shares_money(form, shown: dict) -> bool:
    """Does a (hidden) form state an amount a shown project states too (its year's or whole budget, in 元)? Its money
    is read as a shown project's is (normalize_project): a 监控表's 年初预算数 alone is its year's budget (only the
    three columns' raw fields were read, so an old version stating `年初预算数 86.5` was said, review rv88)."""
    cols = ("budget_total", "budget_year", "budget_fiscal")
    proj = _normalized(N.normalize_project, form.fields, warnings=[], pid=None, form=form, year=None,
                       form_unit=form.form_unit, labelled=form.labelled)
    return bool({proj.get(c) for c in cols} - {None, 0} & {p.get(c) for p in shown["projects"] for c in cols})


# the words any project's name may hold, no mark of the same project: parsers.forms' generic words of a project's
# name (`专项`, `资金`, `建设`, `重点` …: `农村公路建设项目` and `城区道路建设工程` shared `路建设`, review rv72), its ends
# (`…项目`, `…工程`, `…经费`, `…补助`) and a version's mark (`旧版`); a year is YEAR_WORD's
_NAME_FILLER = lazy(rf"{GENERIC_NAME_WORD}|项目|工程|经费|补助|年度|旧版|新版")


def _share_a_word(a: str, b: str) -> bool:
    """Do two project names share a run of three characters once their filler words are out (`旧版校舍维修项目` and
    `中小学校舍维修改造项目`: `校舍维修`; `改造项目` alone is no such run), or is what is left of one a word of two
    characters the other holds (`县城建设项目`, `2024年县城建设工程`: `县城`)? A name of filler words alone (`重点
    建设项目`) tells nothing: shared. The place or body both open with is whose the projects are, no word of either
    (`洞口县农村公路养护项目` and `洞口县农村饮水安全工程` share `县农村`, `市第一中学校园安全监控改造` and `市第一中学
    食堂改造` `市第一中学`: they were taken for versions, mend md34): left out — unless it leaves one character or
    none of either name, a word maybe begun in the lead (`洞口县城建设项目`: `城` left, `县城` the word)."""
    import difflib
    names = [YEAR_WORD.sub("", bare_fold(n)) for n in (a, b)]
    lead = _shared_lead(*names)
    x, y = (_NAME_FILLER.sub("", n[lead:]) for n in names)
    if lead and min(len(x), len(y)) < 2:
        x, y = (_NAME_FILLER.sub("", n) for n in names)
    if not x or not y:
        return True
    m = difflib.SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return m.size >= min(3, max(2, min(len(x), len(y))))


def _shared_lead(x: str, y: str) -> int:
    """How many characters of the two names are a place's or a body's name both open with, one after another
    (`湖南省邵阳市` then `洞口县`, `市第一中学`): the longest of each taken (orgs' PLACE_WORD, org_kind)."""
    common, k = os.path.commonprefix([x, y]), 0
    while (j := next((j for j in range(len(common), k, -1)
                      if ORG.PLACE_WORD.match(common[k:j]) or ORG.org_kind(common[k:j])), None)) is not None:
        k = j
    return k


def _parse_into(ex: Extracted, res: FileResult, layouts: set[str] | None = None,
                checks_disabled: frozenset[str] = frozenset()) -> None:
    """Read the forms of EX into RES; a normalizer's error met on the way a `normalizer_failed` warning (_normalized
    places those of a record at it; the others, met while the rows were read, at the line of a row holding that text
    as one of its values, _row_at — an indicator's name —, else of the cell or line holding it, else the document's)."""
    token = NORMALIZER_FAILURES.set(noted := [])
    try:
        _parse_forms(ex, res, layouts, checks_disabled)
    finally:
        NORMALIZER_FAILURES.reset(token)
    _add_warnings(res, [_failure_warning(name, text, why, *_row_at(res, text, ex)) for name, text, why in
                        _unplaced(noted)])


def _row_at(res: FileResult, text: str, ex: Extracted | None = None) -> tuple[int | None, int | None]:
    """The page and line of the first record of RES with a value that is TEXT (bare_fold-ed: `排污口整治率9O(x)`, an
    indicator's level3), else of the first cell or line of EX holding it (a money cell's `42O…`, a title's line:
    _cell_at), else none."""
    bare = bare_fold(text)
    for table in ("indicators", "budget_items", "scores", "assessment_items", "safeguards"):
        for row in res.tables[table]:
            if bare and any(type(v) is str and bare_fold(v) == bare for v in row.values()):
                return row.get("page"), row.get("line")
    return _cell_at(ex, bare) if ex is not None and bare else (None, None)


def _cell_at(ex: Extracted, bare: str) -> tuple[int | None, int | None]:
    """The page and line of the first cell of EX's grids, else of its text lines, whose text (bare_fold-ed) is BARE,
    else of the first that holds it: where a failing text no record holds was written (it had no line: hunt ti17),
    else none. (A cell that is the text before one that only holds it: a money cell `2O` failing was put at the line
    of an earlier name `2O25年…项目`, review rv71.)"""
    spots = [(c.page, c.line, bare_fold(c.text)) for g in ex.grids for c in g.cells] \
        + [(t.page, t.line, bare_fold(t.text)) for t in ex.lines]
    exact = next(((page, line) for page, line, held in spots if held == bare), None)
    return exact or next(((page, line) for page, line, held in spots if bare in held), (None, None))


def _unplaced(noted: list) -> list:
    """The failures the rows' reader met that no record's warning names, one per cell (the first normalizer's). Its
    text is a record's cell when it holds that cell's text (its row, `排污口整治率 ≥9O(x) % 10`) or begins it (the cell
    before its unit column joined it, `≥98(x)` of `≥98(x)%`); a row holding another failing text is that cell's. Texts
    compared bare_fold-ed (width folded, no space). (Review rd2: a text held in a record's, the unit `x` of a target
    `≥98(x)%`, was hidden; a cell failing in two normalizers, or as its row and as itself, was warned twice.)"""
    placed = {bare_fold(text) for name, text, _ in noted if name == _PLACED}
    cells: dict[str, tuple] = {}
    for name, text, why in noted:
        if name != _PLACED:
            cells.setdefault(bare_fold(text), (name, text, why))
    left = [b for b in cells if not (b and any(p in b or p.startswith(b) for p in placed))]
    return [cells[b] for b in left if not any(c and c != b and c in b for c in left)]


_PLACED = ""    # (a failure a record's warning names: its text, so that the same cell read in its rows is not named again)


# what is kept of a text a normalizer failed on, when not the cell read as text (a first level read by no figure)
_FAILED_KEPT = {"standardize_level1": "no standard level, level1_std null"}


def _failure_warning(name: str, text: str, why: str, page: int | None = None, line: int | None = None,
                     about: dict | None = None, kept: str = "read as text, not as a figure") -> ParseWarning:
    shown = text if len(text) <= 40 else text[:40] + "…"
    kept = _FAILED_KEPT.get(name, kept)
    return ParseWarning("normalizer_failed", f"{name} raised {why} on `{shown}`: {kept}", page, line, about)


def _field_at(form, text: str) -> tuple[int | None, int | None]:
    """The page and line of the field of FORM whose value holds TEXT (a failing text normalize_project met), else of
    the form's first line."""
    bare = bare_fold(text)
    for v in form.fields.values():
        if bare and bare in bare_fold(v.text or ""):
            return v.cell.page, v.cell.line
    return (form.first.page, form.first.line) if form.first else (None, None)


def _normalized(fn, rec: dict, *args, warnings: list, pid: str | None, about: bool = False, form=None,
                **kwargs) -> dict:
    """fn(rec, *args, **kwargs), a record's row; a normalizer's error met in it one `normalizer_failed` warning at the
    record's page and line (of its indicator when ABOUT), the first error named — the cell read as text
    (normalize.text.guarded). With FORM, REC is its fields (normalize_project): the warning at the failing field's line
    (_field_at), the field kept as written (a name is no figure: review rd2)."""
    token = NORMALIZER_FAILURES.set(own := [])
    try:
        row = fn(rec, *args, **kwargs)
    finally:
        NORMALIZER_FAILURES.reset(token)
    if own:
        name, text, why = own[0]
        if form is not None:
            warnings.append((_failure_warning(name, text, why, *_field_at(form, text), kept="the field kept as written"),
                             pid))
        else:
            warnings.append((_failure_warning(name, text, why, rec.get("page"), rec.get("line"),
                                              rec if about else None), pid))
        if (outer := NORMALIZER_FAILURES.get()) is not None:
            outer.extend((_PLACED, t, "") for _, t, _ in own)
    return row


def scores_by_name(indicators: list[dict], scores: list[dict]) -> None:
    """A form's indicators of no points and no score, each named once among its 评分表's rows (`指标名称 | 分值 | 得分`
    after the indicator table): each takes its row's weight and score (the scores were only in `scores`, the
    indicators unscored — hunt ly11). Not when one indicator is missing there or named twice: a 评分表 of other items
    (决策, 过程, and a few indicators among them) scores the form, not each indicator; nor when two indicators bear one
    name (`培训人数` under 数量指标 and under 质量指标: one row's points are not both's — review rv87). Names are compared
    without their spaces (`培训 合格率`, a text dump's space in a cell), and a row's name without the unit it states in
    brackets when no indicator bears it so (`沿线群众满意度（%）` for 沿线群众满意度: the indicator was left unscored;
    `满意度（群众）` / `满意度（企业）` stay two names)."""
    if not indicators or not scores or any(i["weight"] is not None or i["score"] is not None for i in indicators):
        return
    names = [bare_fold(i["level3"] or "") for i in indicators]
    rows: dict[str, list[dict]] = {}
    for s in scores:
        if s.get("level3"):
            key = bare_fold(s["level3"])
            rows.setdefault(key if key in names else bare_fold(N.without_name_unit(s["level3"])), []).append(s)
    found = [rows.get(n, []) for n in names]
    if len(set(names)) == len(names) and all(len(f) == 1 for f in found):
        for i, (s,) in zip(indicators, found):
            i["weight"], i["score"] = s.get("weight"), s.get("score")


def _parse_forms(ex: Extracted, res: FileResult, layouts: set[str] | None, checks_disabled: frozenset[str]) -> None:
    doc = res.document
    doc["encoding"] = ex.encoding
    doc["pages"] = ex.pages
    doc["format"] = ex.format
    doc_id = ex.doc_id
    parser, score, _ = registry.detect_layout(ex, layouts, all_scores=False, errors=(failed := []))
    # after the detection: reading the rows may add warnings of the document (a working sheet not read)
    warnings: list[tuple[ParseWarning, str | None]] = [(w, None) for w in ex.warnings]
    # (a layout whose detection raised: not a candidate, the others asked — it failed the whole file, hunt rb2)
    warnings.extend((_detect_error(failed), None) for _ in failed[:1])
    seqs: dict[int, int] = {}     # id() of an indicator record -> its seq (for warnings.indicator_seq)
    doc["detect_score"] = round(score, 3)
    t = res.tables
    if parser is None:
        doc["layout"] = "unknown"
        listed, fields = _project_lists(ex)
        # (`序号 | 项目名称 | 实施单位 | 总投资 | 申请资金` over numbered rows and nothing else, a 项目库 清单 or a 申报
        # 汇总表: a list of projects, as one beside a form is — it was layout_unknown, hunt fam4)
        warnings.extend((w, None) for w in listed)
        if not listed or fields >= 2:
            # (a form's fields over the list, `项目名称 | …`, `主管部门 | …`, its indicators not found: still no layout
            # — the list alone said `no form`, the form's hidden, review rv3)
            warnings.append((ParseWarning("layout_unknown", "no known layout and no form evidence "
                                          "(no indicator, score or assessment table found)"), None))
        warnings.extend((w, None) for w in _hidden_form(ex, layouts))
    else:
        result, parser = _parse_or_fall_back(parser, ex, layouts, warnings)
        # the general parser names what it read: generic:target, generic:self_eval, generic:assessment
        doc["layout"] = _layout_id(parser.id, result.forms[0].kind if result.forms else "target")
        warnings.extend((w, None) for w in result.warnings)
        k = 0
        a_seq = 0
        locations: dict[str, dict] = {}
        steps: dict[str, dict] = {}
        rec_at: dict[int, tuple[str, int]] = {}  # id() of a form -> (its project_id, 0), of a score / budget record ->
        # (its project_id, seq): what the totals its tables state sum (RawForm.totals, the check total_row_mismatch)
        year = None
        # the years the document's forms state: when they all state one, a fragment whose start was lost is of it
        stated = {y for f in result.forms if (y := f.stated_year) is not None}
        for form in result.forms:
            # (one form's error is that form's: its records rolled back, said by `internal_error`, the other forms
            # kept — it failed the whole file, every table emptied, hunt rb1; strict, raised)
            before = {name: len(rows) for name, rows in t.items()}, len(warnings), k, a_seq
            try:
                # a form with no year of its own (the second of two forms under one `2023年度…` title, a sheet
                # without the title rows) is of the year of the form before it in the same document; a fragment whose
                # start was lost (header_missing: its year went with its title) only when every form of the document
                # states the same year (it may be the end of another year's form)
                # a form on a sheet named by its year (`2023年`, `2024年绩效目标`) and stating none is of that year, before
                # the year of the form above it (another sheet's)
                year = form.stated_year or _sheet_year(ex, form) or form.label_year or (
                    year if not form.header_missing else next(iter(stated)) if len(stated) == 1 else None)
                for rec in form.assessment_items if form.example_name is None else ():
                    # (a filled-in example's items, its name of marks alone, `项目名称 | ××××`, are no body's: review rv134)
                    a_seq += 1
                    row = _normalized(N.normalize_assessment_item, rec, warnings=warnings, pid=None)
                    t["assessment_items"].append({"doc_id": doc_id, "seq": a_seq, **row})
                if form.kind == "assessment" and not form.fields.get("name"):
                    warnings.extend((w, None) for w in form.warnings)
                    continue
                if _blank_form(form):
                    warnings.append((ParseWarning(
                        "blank_form", f"a form with nothing filled in (a blank template: "
                        f"{len(form.indicators) + len(form.scores) + form.slots} pre-printed indicator names or slots, "
                        "no value, no money "
                        "or goal, at most a pre-printed name and departments): no project",
                        page=form.first.page if form.first else None,
                        line=form.first.line if form.first else None), None))
                    continue
                if form.example_name is not None:
                    # a name of marks alone over values someone wrote: the filled-in example (parsers.layouts.base)
                    warnings.append((ParseWarning("not_a_form", f"rows read like a form's, but {form.example_name}: "
                                                  "no project", page=form.first.page if form.first else None,
                                                  line=form.first.line if form.first else None), None))
                    continue
                k += 1
                pid = f"{doc_id[:16]}-{k}"
                locations[pid] = {col: (v.cell.page, v.cell.line) for col, v in form.fields.items()}
                proj = _normalized(N.normalize_project, form.fields, warnings=warnings, pid=pid, form=form, year=year,
                                   form_unit=form.form_unit, labelled=form.labelled)
                noted = proj.pop("_other", None) or []     # (a second period after a body's name, normalize_project)
                steps[pid] = _written_steps(form.fields, proj)
                proj["other_fields"] = _other_fields(form.other + [(k, v, None) for k, v in noted])
                own_year = year if year is not None else _year_of_project(proj)
                if own_year is None and ex.meta_title and not N.YEAR_RANGE.search(ex.meta_title):
                    # no year on the form or in its name or period: a web page's <title> (`临平区2022年新增专项债券
                    # 项目绩效目标公开`) names it
                    own_year = N.form_year([ex.meta_title])
                if own_year is None and ex.path:
                    # no year on the form, its sheet or its web page: the file's name states it
                    # (`2023年城乡供水保障项目绩效目标表.xlsx`)
                    own_year = _named_year(_base_name(ex.path))
                if not proj.get("name") and (named := _sheet_project(ex, form, result.forms)) is not None:
                    # no 项目名称 read, the form alone on a sheet named for its project (`农村公路养护项目绩效目标表`,
                    # `城区排水管网改造工程`): the sheet's name the project's (it was null, hunt lh)
                    proj["name"] = named[0]
                    warnings.append((ParseWarning("name_from_sheet", f"name {named[0]} taken from the sheet's name "
                                                  f"`{named[1]}` (the form states no 项目名称)",
                                                  form.first.page if form.first else None,
                                                  form.first.line if form.first else None), pid))
                for col, org, where, code in _owner_outside(ex, form, proj):
                    # the form states no 主管部门 / 实施单位, its title, cover letter, sheet, file or folder names one body
                    proj[col] = org
                    warnings.append((ParseWarning(code, f"{col} {org} taken from {where} (the form's fields state none)",
                                                  form.first.page if form.first else None,
                                                  form.first.line if form.first else None), pid))
                # no title above it, but its name read (a project library's rows, a sheet without the title rows):
                # nothing was lost
                # (nor a 部门整体 form or report naming its body: it names no project by design — review rv2)
                # (a titled form naming nothing, no 项目名称 nor 资金名称 nor a title's or sheet's name: its name lost as
                # a fragment's is, when it should name one — a project's or a fund's form (its title says 项目 / 资金 /
                # 经费 / 专项 / 转移支付), or a form naming no body either; a body's form naming its body,
                # `2024年度县直单位绩效目标表` over `单位名称 | 县图书馆`, names no project by design; it was null without
                # a word: hunt ti21's leftover, mend md61; an assessment table names items, no project)
                body = proj.get("department") or proj.get("unit")
                lost_header = not proj.get("name") and not (form.whole_body and body) and (
                    form.header_missing or form.kind != "assessment" and (
                        not body or any(_NAMES_A_PROJECT.search(t) and not running_money_title(
                            t, [b for b in (proj.get("unit"), proj.get("department")) if b])
                                        for t in form.titles if t)))
                # (a body's running money, `…人员经费绩效目标表`, `…日常公用经费…`, names no project as a 部门整体 form
                # does: review rv142)
                first = form.first
                t["projects"].append({
                    "project_id": pid, "doc_id": doc_id, "form": form.kind,
                    "layout": _layout_id(parser.id, form.kind),
                    "year": own_year, **proj, "title": form_title(form.own_titles),
                    "header_missing": lost_header,
                    "page": first.page if first else None, "line": first.line if first else None})
                if not form.indicators and not form.scores and form.kind != "assessment" and form.has_indicator_table:
                    # (a row of a list of projects and their goals, no indicator column: nothing of the kind to lose)
                    warnings.append((ParseWarning(
                        "no_indicators", "no indicator or score row was read for this form: its indicator table is "
                        "missing (a page cut before it) or written in a way that was not read",
                        first.page if first else None, first.line if first else None), pid))
                if lost_header:
                    # what is missing, in plain words: a title line read above the form that names no project (a scored
                    # `2024年度县级重点建设项目绩效评价指标体系`, a class of projects) is no start lost (it was said
                    # `without its title`)
                    # (a year line alone, `（2024年度）`, is no title)
                    shown = next((x for x in form.titles + form.year_texts
                                  if x and len(re.sub(r"[\d\s年度（）()：:]", "", x)) >= 4), None)
                    if form.whole_body and not body:
                        # a 部门整体 form names a body, never a project: what it lacks is its 部门（单位）名称 (it was said
                        # to lack a 项目名称, hunt ti22)
                        said = (f"a 部门整体 form naming no body: no 部门名称 / 单位名称 (主管部门, 预算单位) on the form nor "
                                f"in its title ({(shown or '')[:60]}); kept with department and unit null")
                    elif shown:
                        said = (f"no 项目名称 on the form, and no project's name read from its title ({shown[:60]}: a "
                                "class of projects, or a name not taken); kept as a project with name null")
                    else:
                        said = ("no title and no 项目名称 above the form (its start was lost, or never written); kept as a "
                                "project with name null")
                    warnings.append((ParseWarning(
                        "header_missing", said,
                        first.page if first else None, first.line if first else None), pid))
                ind_at, score_at = len(t["indicators"]), len(t["scores"])
                for name, fn, table in (("indicators", N.normalize_indicator, "indicators"),
                                        ("scores", N.normalize_score, "scores"),
                                        ("safeguards", N.normalize_safeguard, "safeguards")):
                    for seq, rec in enumerate(getattr(form, name), 1):
                        row = (_normalized(fn, rec, own_year, warnings=warnings, pid=pid, about=True)   # (a target per year)
                               if fn is N.normalize_indicator else _normalized(fn, rec, warnings=warnings, pid=pid))
                        t[table].append({"project_id": pid, "doc_id": doc_id, "seq": seq, **row})
                scores_by_name(t["indicators"][ind_at:], t["scores"][score_at:])
                seqs.update((id(rec), seq) for seq, rec in enumerate(form.indicators, 1))
                rec_at[id(form)] = (pid, 0)
                rec_at.update((id(rec), (pid, seq)) for seq, rec in enumerate(form.scores, 1))
                rec_at.update((id(rec), (pid, seq)) for seq, rec in enumerate(form.indicators, 1))
                rec_at.update((id(rec), (pid, seq)) for seq, rec in enumerate(form.budget_items, 1))
                # (bare lines in the one unit the form's money labels state, when no line unit is declared: lines_unit)
                line_unit = lines_unit(form)
                for seq, rec in enumerate(form.budget_items, 1):
                    t["budget_items"].append({"project_id": pid, "doc_id": doc_id, "seq": seq,
                                              **_normalized(N.normalize_budget_item, rec, line_unit, warnings=warnings,
                                                            pid=pid)})
                warnings.extend((w, pid) for w in form.warnings)
            except Exception as e:
                if strict_on():
                    raise
                _drop_form(form, e, before, t, warnings, (locations, steps, rec_at, seqs),
                           f"{doc_id[:16]}-{before[2] + 1}")
                k, a_seq = before[2], before[3]
        if not t["projects"] and not t["assessment_items"] and not any(
                w.code in ("not_a_form", "blank_form", "project_list") or w.code in LOSS_CODES for w, _ in warnings):
            head = _heading(ex.lines)
            if (said := instructions_title([x.text for x in head])) is not None:
                # (`…申报表填表说明` over `一、项目名称：按照…填写。` …, every line what to write, no value: no form read, as
                # the instructions should be — they were a form of one goal, `六、总体目标：概括描述…`, hunt pd10)
                at = next(x for x in head if x.text == said)
                warnings.append((ParseWarning("not_a_form", f"{INSTRUCTIONS_SAID} ({said.strip()[:40]!r}): no project",
                                              at.page, at.line), None))
            else:
                # taken for a form (its title, labels or a table header), nothing read and nothing said: say so (a page
                # of one cell per line cut before its table gave `ok` and no row)
                warnings.append((ParseWarning(
                    "no_form_read", f"the document reads like a form (layout {doc['layout']}, detection score "
                    f"{round(score, 2)}) but no form could be read from it: written in a way that was not read, or cut "
                    "before its tables"), None))
        if not t["projects"] and not t["assessment_items"] and _said_no_form(w for w, _ in warnings):
            # rows that read like a form's in a document said to hold none (a plan's 主要指标表, a person's 考核表,
            # a review of a project): no layout was read, as for a document of no form evidence (its warning says why)
            doc["layout"] = "unknown"
    if parser is not None and t["projects"]:
        # (a hidden sheet holding another project's form beside the shown form: that project lost, hunt of6)
        warnings.extend((w, None) for w in _hidden_form(ex, layouts, t))
    for w, pid in warnings:
        t["warnings"].append({"doc_id": doc_id, "project_id": pid, "page": w.page, "line": w.line,
                              "code": w.code, "message": w.message,
                              "indicator_seq": seqs.get(id(w.about)) if w.about is not None else None})
    checked = True
    if t["projects"]:
        from jixiao.checks import run_checks        # audit rules on what was read (docs/SCHEMA.md)
        try:
            totals = _stated_totals(result.forms, rec_at) if parser is not None else {}
            found, summary = run_checks(t, checks_disabled, locations, steps, totals, doc.get("format"))
        except Exception as e:
            # (a bug met by the audit checks: the records read are kept, no check's finding given — it failed the
            # whole file, every table emptied, hunt rb1; strict, raised)
            if strict_on():
                raise
            checked = False
            found, summary = [{"doc_id": doc_id, "project_id": None, "page": None, "line": None,
                               "code": "internal_error", "message": f"the audit checks could not be run "
                               f"({type(e).__name__}: {str(e)[:160]}): no check's warning or finding given, the "
                               "records read kept", "indicator_seq": None}], []
        t["warnings"].extend(found)
        t["findings"] = summary
    doc["n_projects"] = len(t["projects"])
    doc["n_indicators"] = len(t["indicators"])
    doc["n_assessment_items"] = len(t["assessment_items"])
    doc["n_warnings"] = len(t["warnings"])
    doc["status"] = "partial" if not checked or any(w.code in LOSS_CODES for w, _ in warnings) else "ok"


def _parse_or_fall_back(parser, ex: Extracted, layouts: set[str] | None, warnings: list) -> tuple:
    """(PARSER's reading of EX, PARSER); a layout of its own whose whole reading raised (a bug met by this document,
    outside any one form's read) gives way to the general layout, one `internal_error` put in WARNINGS naming the
    layout and the error (it failed the whole file: hunt rb3). The general layout's own error, one raised where
    LAYOUTS leave no general layout, or strict: raised."""
    try:
        return parser.parse(ex), parser
    except Exception as e:
        if strict_on() or parser.id == "generic" or layouts is not None and "generic" not in layouts:
            raise
        first = e
    generic = registry.get("generic")
    result = generic.parse(ex)
    warnings.append((ParseWarning("internal_error", f"the layout {parser.id} could not read the file "
                                  f"({type(first).__name__}: {str(first)[:160]}): read with the general layout "
                                  "instead"), None))
    return result, generic


def _detect_error(failed: list[tuple[str, Exception]]) -> ParseWarning:
    """The `internal_error` warning of the layouts whose detection raised (FAILED: their ids and errors, one error
    said once with the layouts it met)."""
    said: dict[str, list[str]] = {}
    for lid, e in failed:
        said.setdefault(f"{type(e).__name__}: {str(e)[:160]}", []).append(lid)
    return ParseWarning("internal_error", "; ".join(f"the detection of layout{'s' * (len(ids) > 1)} "
                                                      f"{', '.join(ids)} could not be run ({why})"
                                                      for why, ids in said.items())[:400]
                        + ": not a candidate, the document read by the other layouts")


def _drop_form(form, e: Exception, before: tuple, t: dict, warnings: list, noted: tuple, pid: str) -> None:
    """Roll back what FORM added before its error E: the tables' and WARNINGS' rows past their lengths BEFORE
    (tables, warnings, k, a_seq), its project's places and steps (of PID) and its records' ids in rec_at and seqs
    (NOTED); then one `internal_error` warning at the form's first line naming E (no half records of it)."""
    for name, n in before[0].items():
        del t[name][n:]
    del warnings[before[1]:]
    locations, steps, rec_at, seqs = noted
    locations.pop(pid, None)
    steps.pop(pid, None)
    for rec in [form, *form.scores, *form.indicators, *form.budget_items]:
        rec_at.pop(id(rec), None)
        seqs.pop(id(rec), None)
    if form.noted and (failures := NORMALIZER_FAILURES.get()):
        # (the normalizer failures its reading noted: said of cells whose records are left out — hunt rb2)
        gone = {id(x) for x in form.noted}
        failures[:] = [x for x in failures if id(x) not in gone]
    warnings.append((form_error_warning(form, e, "read into records"), None))


# what a filled-in indicator row holds (a weight alone is printed on templates and on the 评价指标体系框架
# attached to notices: 立项依据充分性 | 3 | 指标解释 | 评分标准)
_INDICATOR_VALUES = ("target_raw", "target_value_raw", "op_raw", "actual_raw", "progress_raw", "score", "deviation")


def _blank_form(form) -> bool:
    """A template nobody filled in (a notice's attached blank 自评表: pre-printed 三级指标 names, every value cell
    empty; an 评价指标体系框架 of names, 分值 and 评分标准): no header field but a contact's, no budget line,
    scored row or safeguard row, and indicators without any target, value or score (pre-printed weights
    such as the 预算执行率's 10 分 do not fill a form)."""
    if form.kind == "assessment" or not (form.indicators or form.scores or form.slots) or form.budget_items \
            or form.safeguards \
            or any(r.get("score") not in (None, "") for r in form.scores) \
            or any(w.code == "scores_by_place" for w in form.warnings):
        return False        # (scores by place, `分值 | 甲县 | 乙县`: scored, though the scores table keeps none)
    # (a central template prints its transfer payment's name and departments: with three pre-printed names or more,
    # no money, no goal and no value anywhere, it is still a blank form)
    printed = _CONTACT_FIELDS | (_PRINTED_FIELDS if len(form.indicators) >= 3 else frozenset())
    if any(v is not None and not marks_only(v.text) for c, v in form.fields.items() if c not in printed):
        return False
    if any(sum(1 for piece in str(ind.get("note") or "").split("；") if _NOTED_FIGURE.match(piece)) >= 2
           for ind in form.indicators):
        return False        # `甲县：12；乙县：9；丙县：15`: figures by place noted under heads that are no target's
    return not any(ind.get(k) not in (None, "") and not _filler_value(str(ind.get(k)))
                   for ind in form.indicators for k in _INDICATOR_VALUES)


def _filler_value(text: str) -> bool:
    """A value cell of a template's filler: an example (`如：≥90%`) or a mark where the figure goes, no figure
    (`≥××个`, `XX%`, `××`: a 管理办法's sample table of how to write targets, hunt nw10)."""
    return bool(_EXAMPLE_VALUE.match(text) or _FILLER_FIGURE.fullmatch(text))


# a note's piece giving a column's figure (`甲县：12`, `乙县：95%`): a value written under a head read as a note
_NOTED_FIGURE = lazy(r"^[^：；:]{1,12}[：:]\s*[≥≤<>=＞＜]?\s*\d[\d.,]*\s*(?:%|[^\d\s；]{1,4})?\s*$")


# a template's example in a value cell (`如：≥90%`, `例：≥XX人`, `示例：100%`): the form's filler shows what to write,
# nobody's value (a 参考样表 whose 指标值（示例） column holds only such examples is a blank template)
_EXAMPLE_VALUE = lazy(r"^\s*[(（]?\s*(?:如|例|例如|比如|示例|举例)\s*[:：]")
_FILLER_FIGURE = lazy(rf"[^\d]*{PLACEHOLDER_MARK}[^\d]*")


# an amount cell's one number (`56.80`, `1,000,000.00`, `56.80万元`): its digits and decimals
_ONE_AMOUNT = lazy(r"^[^\d.]*?(\d[\d,]*)(?:\.(\d+))?[^\d.]*$")


def _stated_totals(forms: list, rec_at: dict[int, tuple[str, int]]) -> dict[str, list[dict]]:
    """The 合计 / 小计 rows the forms' tables state (RawForm.totals), each with the rows it sums by their seqs (budget
    lines, score rows) or project_ids (a list of projects), its figures as numbers (money in 元) and the step its last
    written digit stands for, by the project_id of the form holding it: {project_id: [{"table", "values", "steps",
    "rows", "label", "page", "line"}]}. A total whose rows were not all kept (dropped or merged after reading) is left
    out."""
    from normalize.amounts import parse_amount, parse_number
    out: dict[str, list[dict]] = {}
    for form in forms:
        owner = rec_at.get(id(form))
        for tot in form.totals:
            at = [rec_at.get(id(r)) for r in tot["recs"]]
            if owner is None or not at or None in at or (tot["table"] != "projects" and any(
                    a[0] != owner[0] for a in at)):
                continue
            values, steps = {}, {}
            # the unit the rows it sums were read in, in the end (a form's unit found below its table, `注：…万元`)
            # (or the total's own, `合计（万元）` under lines in 元)
            # (bare lines in the unit lines_unit reads them in, their total row with them: `合计 | 1,200,000.00` under
            # lines in 元 of a form in 万元, hunt mn13)
            unit = tot.get("own_unit") or ((tot["recs"][0].get("unit") or lines_unit(form))
                                           if tot["table"] == "budget_items" else tot.get("unit")) or form.form_unit
            for col, text in tot["values"].items():
                money = tot["table"] not in ("scores", "indicators")
                v = parse_amount(text, unit) if money else parse_number(text)
                if v is None:
                    continue
                digits = re.search(r"[.．](\d+)", text or "")
                values[col] = v
                steps[col] = (parse_amount("1", unit) if money else 1.0) * 10.0 ** -(
                    len(digits.group(1)) if digits else 0)
            if values:
                out.setdefault(owner[0], []).append({
                    "table": tot["table"], "values": values, "steps": steps,
                    "rows": _total_rows(form, tot, at),
                    "label": tot.get("label"), "page": tot.get("page"), "line": tot.get("line"),
                    "below": bool(tot.get("below"))})
    return out


def _total_rows(form, tot: dict, at: list[tuple[str, int]]) -> list:
    """The rows a total closes, as check_total_rows reads them: project_ids (a list of projects), (table, seq) pairs
    (an indicator table's 合计 closes its indicators and its 预算执行率 score rows), else seqs."""
    if tot["table"] == "projects":
        return [a[0] for a in at]
    if tot["table"] == "indicators":
        in_scores = {id(r) for r in form.scores}
        return [("scores" if id(r) in in_scores else "indicators", a[1]) for r, a in zip(tot["recs"], at)]
    return [a[1] for a in at]


def _written_steps(fields: dict, proj: dict) -> dict[str, float]:
    """The step in 元 of the last digit each money field was written with: `56.80` in 万元 (568,000 元) -> 100,
    `1,000,000` in 元 -> 1. The checks tolerate half of it in a sum of finer lines (56.796 万元 written 56.80)."""
    out: dict[str, float] = {}
    for col in ("budget_total", "budget_year", "budget_fiscal", "budget_other", "budget_issued", "spent"):
        v, amount = fields.get(col), proj.get(col)
        text = getattr(v, "text", None)
        if not isinstance(text, str) or not isinstance(amount, (int, float)) or not amount:
            continue
        m = _ONE_AMOUNT.match(fold_width(text).strip())
        if not m:
            continue
        written = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        if not written:
            continue
        scale = amount / written                       # 1 (元), 1,000 (千元), 10,000 (万元), 1e8 (亿元)
        if min(abs(scale - x) for x in (1, 1000, 10000, 1e8)) > 1e-6 * scale:
            continue
        out[col] = round(scale) * 10.0 ** -len(m.group(2) or "")
    return out


_PRINTED_FIELDS = frozenset({"name", "department", "department_code", "unit"})


def _year_of_project(proj: dict) -> int | None:
    """The year of a form whose titles and lines state none: its project period within one calendar year
    (项目期限 2024-01-01 至 2024-12-31), else a year its name opens with (`2024年度食品安全抽检监测经费`), else the
    year its annual goal opens with (`2024年度新建高标准农田1万亩`: the year the goal is of; it was null, the 填报日期's
    year left alone as the filing's, hunt fam2)."""
    start, end = proj.get("start_date"), proj.get("end_date")
    if start is not None and end is not None and start.year == end.year:
        return start.year
    return opening_year(proj.get("name"), proj.get("goal_annual"))


_NAMED_YEAR = lazy(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def _named_year(name: str | None) -> int | None:
    """The year a sheet's or a file's name states: one year written so (`2023年…`, `二〇二三年…`), or the name only
    a year (`2023`); None for a range (`2023-2025年`), two different years (`2022年度自评表（2023年填报）`) or a day
    (`…2023年3月15日`, `20230315`: when it was filed)."""
    if not name or N.YEAR_RANGE.search(name):
        return None
    t = name.strip()
    if re.fullmatch(r"(?:19|20)\d{2}", t):
        return int(t)
    years = {int(y) for y in _NAMED_YEAR.findall(t)}
    if years:
        return next(iter(years)) if len(years) == 1 else None
    if re.search(r"\d{4}", t):
        return None                         # (a day, `20230315`; a code)
    return N.parse_year(t) if "年" in t else None   # (`二〇二三年度…`)


def _sheet_year(ex: Extracted, form) -> int | None:
    """The year the name of a form's sheet states (`2023年`), when the form is on a sheet of a workbook."""
    names, first = ex.sheet_names, form.first
    if not names or first is None or not isinstance(first.page, int) or not 1 <= first.page <= len(names):
        return None
    return _named_year(names[first.page - 1])


# a sheet's name naming its form's project: a year before it, a caption's number (`附表1`) and the form's title words
# after it (`…项目绩效目标表`, `…项目支出绩效目标申报表`, `…工程绩效自评表`) left out, the name ending in 项目 or 工程 (its
# phase in brackets after it, `（一期）`): not a default name (`Sheet1`, `表1`, `工作表1`), a year, a body or a form's
# title alone (`绩效目标表`, `2024年项目支出绩效目标`)
# (the caption's number, the year, the title's words, a generic or a filled-in example's name: parsers.forms'
# _number_off (`附件1`, `表一`, `附表1–2` too, as off a title — mend md73 of review rd73 E), YEAR_WORD, FORM_TITLE_END,
# GENERIC_PROJECT and PLACEHOLDER_NAME, as a title's project name is read)
_SHEET_PROJECT = re.compile(r"^\S{2,40}?(?:项目|工程)(?:[（(][^()（）]{1,8}[)）])?$")


def _sheet_project(ex: Extracted, form, forms) -> tuple[str, str] | None:
    """(the project's name, the sheet's name) the name of a form's sheet gives, when the form is the only one on its
    sheet and the name, its year, caption number and form's title words left out, names a project (_SHEET_PROJECT;
    not a generic 项目 / 专项项目, nor a filled-in example's `XX项目`); else None."""
    names, first = ex.sheet_names, form.first
    if not names or first is None or not isinstance(first.page, int) or not 1 <= first.page <= len(names):
        return None
    if sum(1 for f in forms if f.first is not None and f.first.page == first.page) > 1:
        return None                         # (several forms on the sheet: whose name it is, is not plain)
    sheet = names[first.page - 1]
    name = YEAR_WORD.sub("", _number_off(sheet).strip())
    name = _SPACES.sub("", FORM_TITLE_END.sub(lambda m: m.group("proj") or "", name))   # (its 项目 kept)
    if not _SHEET_PROJECT.match(name) or GENERIC_PROJECT.match(name) or PLACEHOLDER_NAME.match(name):
        return None
    return name, sheet


_ARCHIVE_NAME = lazy(r"\.(?:zip|tar|tgz|gz|bz2|xz|7z|rar)$", re.I)


_PATH_PARTS = lazy(r"[/\\]|!/")
_SPACES = lazy(r"\s+")
_PROJECT_END = lazy(r"项目$")


def _owner_outside(ex: Extracted, form, proj: dict) -> list[tuple[str, str, str, str]]:
    """(column, organisation, where, warning code) for the department (主管部门) and unit (实施单位) a form whose
    fields state none shows outside them: a government body or an institution its title, cover letter or a PDF's
    running page header opens with (`县教育局2024年项目支出绩效目标表`, `县交通运输局关于报送…的报告`; `department_from_title`), else its sheet's
    name, a web page's title, the file's name or its folder's or the folder above's (`各单位/县农业农村局/表.xlsx`;
    `department_from_name`). A body (局, 委, 办, 政府, 镇 …) is the department, an institution (中心, 院, 所, 站 …) the
    unit (normalize.orgs). Sources naming two different bodies for one column give none; a department is not taken
    when the form's unit is another body of government (a 财政局's title over the 农业农村局's form)."""
    found: list[tuple[str, str, str, str]] = []
    for t in form.titles + form.year_texts:
        got = ORG.title_org(t)
        if got:
            found.append((got[1], got[0], f"the title `{t}`", "department_from_title"))
    for t in getattr(form, "letterheads", ()):
        # (a letterhead over the title, `湖南省洞口县教育局` alone on its line: the body whose form it is — it gave
        # none, hunt ti8)
        got = ORG.org_kind(t)
        if got:
            found.append((got[1], got[0], f"the letterhead `{t}`", "department_from_title"))
    for t in ex.page_heads or ():
        got = ORG.title_org(t)
        if got:
            found.append((got[1], got[0], f"the page header `{t}`", "department_from_title"))
    names: list[tuple[str, str]] = []
    first = form.first
    if ex.sheet_names and first is not None and isinstance(first.page, int) and 1 <= first.page <= len(ex.sheet_names):
        names.append((ex.sheet_names[first.page - 1], "the sheet's name"))
    if ex.meta_title:
        names.append((ex.meta_title, "the web page's title"))
    if ex.path:
        parts = [x for x in _PATH_PARTS.split(ex.path.rstrip("/\\")) if x]
        if parts:
            names.append((_base_name(ex.path), "the file's name"))
        names.extend((d, "the folder") for d in parts[-2:-4:-1] if not _ARCHIVE_NAME.search(d))
    folder_cols: set[str] = set()
    for text, where in names:
        got = ORG.title_org(text) if where == "the web page's title" else ORG.name_org(text)
        if got and ORG.collector(got[0]):
            continue                    # (`县财政局/各单位报送/表.xlsx`, `县政府/…`: a 财政局 or a county's government
            #                             collects the units' forms, owns none)
        if got and where == "the file's name" and got[1] == "unit" and ORG.facility_like(got[0]):
            continue                    # (`游客服务中心.docx`, `智慧城市运营指挥中心.xlsx`: a centre of no place, as often
            #                             what the project builds as the form's owner)
        if got and not (where == "the folder" and got[1] in folder_cols):
            # (of the folders, the nearest naming a body: `县财政局/县林业局/表.xlsx` is the 林业局's)
            found.append((got[1], got[0], f"{where} `{text}`", "department_from_name"))
            if where == "the folder":
                folder_cols.add(got[1])
    own = _SPACES.sub("", proj.get("name") or "")
    own = _PROJECT_END.sub("", own)
    # an organisation that is (part of) the project's own name, or runs into it, is the project's name read as a
    # body (`2024年美丽庭院项目…` over 美丽庭院创建; a file `村级光伏电站.txt`)
    found = [f for f in found if not _overlaps(_SPACES.sub("", f[1]), own)]
    out = []
    for col in ("department", "unit"):
        if proj.get(col):
            continue
        orgs = [f for f in found if f[0] == col]
        if not orgs:
            continue
        longest = max((f[1] for f in orgs), key=len)
        if any(not longest.endswith(f[1]) for f in orgs):
            continue                    # (two bodies named: whose it is, is not plain)
        stated = ORG.org_kind(proj.get("unit"))
        if col == "department" and stated and stated[1] == "department" and stated[0] != longest:
            continue                    # (its unit another body of government: the title's is not its department)
        if col == "department" and "财政" in longest and proj.get("unit") and "财政" not in proj["unit"]:
            continue                    # (a 财政局 owns no form whose unit is another organisation, whatever its kind)
        if longest in (proj.get("department"), proj.get("unit")):
            continue                    # (the form names that body already, as its 主管部门 or unit)
        pick = next(f for f in orgs if f[1] == longest)
        out.append((col, longest, pick[2], pick[3]))
    return out


# what follows a body's name in a project's name that builds the body itself (`应急指挥中心建设`, `县人民医院改扩建`,
# `…中心（一期）`): the body is the thing built, maybe not yet there, not the form's owner
_BUILT = re.compile(r"(?:项目|工程|(?:新|扩|改扩|改|筹|迁|续|重)建|建设|建造|[（(]?[一二三四五六七八九十\d]+期)")


def _overlaps(org: str, own: str) -> bool:
    """Whether an organisation's name is the project's own name, part of it, holds it, or runs into it (its last
    three characters or more the name's first). Not when the name opens with the whole organisation's and goes on
    with words of its own (`县教育局` over `县教育局信息化建设`: the body's project, named after it), unless those
    words say the body is built (`应急指挥中心` over `应急指挥中心建设`: what the project builds, _BUILT)."""
    if not org or not own:
        return False
    if own.startswith(org) and len(own) - len(org) >= 2 and not _BUILT.match(own[len(org):]):
        return False
    if org in own or own in org:
        return True
    return any(own.startswith(org[-k:]) for k in range(3, len(org)))


_PATH_SEP = lazy(r"[/\\]")


def _base_name(path: str) -> str:
    """A file's name without its folders and extension (an archive member's own name: `a.zip!/2023年/表.xlsx` -> `表`)."""
    base = _PATH_SEP.split(path.rstrip("/\\"))[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def _said_no_form(warnings) -> bool:
    """A document that gave no project or assessment item is one of no form (documents.layout `unknown`) when a
    warning says what its rows are instead (not_a_form; a list of projects, project_list) and none says a blank
    form was there (blank_form: a template of a form's layout nobody filled in keeps its layout)."""
    codes = {w.code for w in warnings}
    return bool(codes & {"not_a_form", "project_list"}) and "blank_form" not in codes


def _layout_id(parser_id: str, kind: str) -> str:
    return f"generic:{kind}" if parser_id == "generic" else parser_id


def collect_inputs(inputs: list[str], exclude: str | None = None,
                   links: list[tuple[str, str, bool]] | None = None) -> list[str]:
    """Given files and folders, return every file under them (recursively, sorted); hidden files are skipped, and
    so are a drive's system folders (`$RECYCLE.BIN`, `System Volume Information`, `__MACOSX`: SYSTEM_FOLDERS) and a
    saved web page's folder of pictures (`page_files/` beside `page.htm`: saved_page_folders).
    An archive (`.zip`, `.tar`, `.tar.gz` …) stands for its member files, each an input of its own
    (`a.zip!/form.docx`: jixiao.archive.expand), in the archive's order.

    Symbolic links are followed, to files and to folders alike, also out of the inputs (a NAS share's year folder
    linked in: `2024年/外部共享 -> /mnt/nas/绩效`; folder links were skipped without a word while file links were
    read), except a folder link leading into a folder read already: into the inputs (`循环链接 -> ..`, a loop) or
    into a linked folder followed before. `links`, when given, gets (link, its target, followed) for each folder
    link met. A broken link is an input (recorded failed as one: process_file).

    A path that does not exist is returned as is, so that it is recorded as a failed document.
    """
    out: list[str] = []
    ex = os.path.abspath(exclude) if exclude else None
    links = [] if links is None else links
    # the real paths of the folders read: the input folders, and each linked folder followed
    read_real = [os.path.realpath(i) for i in inputs if not is_url(i) and os.path.isdir(i)]

    def within(real: str) -> bool:
        return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep)
                   or r.startswith(real.rstrip(os.sep) + os.sep) for r in read_real)

    def follow(root: str, d: str) -> bool:
        path = os.path.join(root, d)
        if not os.path.islink(path):
            return True
        real = os.path.realpath(path)
        ok = not within(real)                 # (a folder of the inputs, one holding them, or one followed before)
        links.append((path, os.readlink(path), ok))
        if ok:
            read_real.append(real)
        return ok

    for inp in inputs:
        if is_url(inp):
            out.extend(_collect_url(inp))
        elif os.path.isdir(inp):
            # a folder that cannot be listed is an input of its own, recorded failed (it was skipped silently)
            for root, dirs, files in os.walk(inp, onerror=lambda e: out.append(e.filename), followlinks=True):
                page_files = saved_page_folders(dirs, files)
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in page_files
                                 and d.lower() not in SYSTEM_FOLDERS
                                 and (ex is None or os.path.abspath(os.path.join(root, d)) != ex))
                dirs[:] = [d for d in dirs if follow(root, d)]
                out.extend(m for f in sorted(files) if not f.startswith(".")
                           for m in archive.expand(os.path.join(root, f)))
        elif os.path.isfile(inp) or (archive.SEP in inp and archive.is_member(inp)):
            out.extend(archive.expand(inp))
        else:
            out.append(inp)
    return out


_PAGE_EXTENSIONS = (".htm", ".html", ".shtml", ".xhtml")
# a drive's own folders, skipped as hidden ones are: Windows's recycle bin (deleted drafts: a form read twice, its
# money counted twice) and volume records, macOS's resource forks and trash
SYSTEM_FOLDERS = frozenset({"$recycle.bin", "recycler", "recycled", "system volume information", "__macosx",
                            ".trashes", "$windows.~bt"})


def saved_page_folders(dirs: list[str], files: list[str]) -> set[str]:
    """The folders of a saved web page's pictures and scripts (`page.htm` beside `page_files/`, as browsers save a
    page complete; Word's web page `page.files/`): no inputs of their own. The page reads its pictures when its text
    gives no form (a form pasted as a picture was read twice so, once from the page and once from the picture)."""
    pages = {os.path.splitext(f)[0] for f in files if os.path.splitext(f)[1].lower() in _PAGE_EXTENSIONS}
    return {d for d in dirs if d[-6:] in ("_files", ".files") and d[:-6] in pages}


def _collect_url(url: str) -> list[str]:
    """Every file under an fsspec URL (a folder is searched recursively; hidden names skipped), as URLs."""
    import fsspec
    try:
        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            return [url]
        found = fs.find(root)
    except Exception:                    # unknown protocol, no access: recorded failed when read
        return [url]
    keep = [p for p in sorted(found) if not any(part.startswith(".") for part in p[len(root):].split("/"))]
    return [fs.unstrip_protocol(p) for p in keep]
