"""Word 97-2003 (.doc) tables read from the file's own table marks: the cells and rows its paragraphs' properties
say (in table, cell end, row end, nesting depth), the row's cell boundaries (gridSpan) and vertical merges.

Used where LibreOffice reads a .doc's tables as text and antiword would flatten a table nested in a cell (a .doc
that LibreOffice itself wrote of a form whose indicator table is nested: its last table has no paragraph after it,
which LibreOffice does not read back; antiword writes the nested table's cells one a line), and where antiword
gives no row of a table (it writes a python-docx table LibreOffice saved as .doc all on one line). The structures are
those of [MS-DOC]: the FIB, the piece table (Clx), the paragraph (PAPX) and character (CHPX) FKPs, the sprms
sprmPFInTable / sprmPFTtp / sprmPItap / sprmPFInnerTableCell / sprmPFInnerTTP and sprmTDefTable. Deleted
(tracked) and hidden text is not read; a field shows its result. Anything unexpected: None (the caller goes on as
before).
"""
from __future__ import annotations

import struct

from extract.grid import Cell, Extracted, Grid, TextLine, column_table, fitting_nest, inlined_cells, nest_rows

ORDER_STEP = 1000.0
_IN_TABLE, _TTP, _ITAP, _INNER_CELL, _INNER_TTP, _TDEF = 0x2416, 0x2417, 0x6649, 0x244B, 0x244C, 0xD608
_DELETED, _VANISH, _HUGE_PAPX = 0x0800, 0x083C, 0x6646
_SNAP = 30                       # twips: cell boundaries of rows this near are one grid line


def _sprms(grpprl: bytes) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    i = 0
    while i + 2 <= len(grpprl):
        op = struct.unpack_from("<H", grpprl, i)[0]
        i += 2
        spra = op >> 13
        if spra in (0, 1):
            n = 1
        elif spra in (2, 4, 5):
            n = 2
        elif spra == 3:
            n = 4
        elif spra == 7:
            n = 3
        elif op in (_TDEF, 0xC615):                  # (a two-byte length, sprmTDefTable and sprmPChgTabs)
            n = struct.unpack_from("<H", grpprl, i)[0] + 1 if op == _TDEF else grpprl[i] + 1
        else:
            n = grpprl[i] + 1
        out[op] = grpprl[i:i + n]
        i += n
    return out


class _Doc:
    def __init__(self, data: bytes) -> None:
        import olefile
        ole = olefile.OleFileIO(data)
        wd = ole.openstream("WordDocument").read()
        self.wd = wd
        if struct.unpack_from("<H", wd, 0)[0] != 0xA5EC:
            raise ValueError("not a Word 97 document")
        flags = struct.unpack_from("<H", wd, 0x0A)[0]
        if flags & 0x0100:
            raise ValueError("encrypted")
        self.table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
        self.data = ole.openstream("Data").read() if ole.exists("Data") else b""
        csw = struct.unpack_from("<H", wd, 32)[0]
        at = 34 + csw * 2
        cslw = struct.unpack_from("<H", wd, at)[0]
        self.ccp_text = struct.unpack_from("<i", wd, at + 2 + 3 * 4)[0]
        self.fclcb = at + 2 + cslw * 4 + 2

    def pair(self, k: int) -> tuple[int, int]:
        return struct.unpack_from("<II", self.wd, self.fclcb + k * 8)

    def chars(self) -> list[tuple[str, int]]:
        """The main text's characters with their file positions (fc), from the piece table."""
        fc, lcb = self.pair(33)
        clx = self.table[fc:fc + lcb]
        i = 0
        while clx[i] == 1:
            i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
        if clx[i] != 2:
            raise ValueError("no piece table")
        n_bytes = struct.unpack_from("<I", clx, i + 1)[0]
        pcd = clx[i + 5:i + 5 + n_bytes]
        n = (n_bytes - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}I", pcd, 0)
        out: list[tuple[str, int]] = []
        for k in range(n):
            raw = struct.unpack_from("<I", pcd, (n + 1) * 4 + k * 8 + 2)[0]
            compressed, at = raw & 0x40000000, raw & 0x3FFFFFFF
            for j in range(cps[k + 1] - cps[k]):
                if compressed:
                    p = at // 2 + j
                    out.append((bytes([self.wd[p]]).decode("cp1252", "replace"), p))
                else:
                    p = at + 2 * j
                    out.append((self.wd[p:p + 2].decode("utf-16-le", "replace"), p))
            if len(out) >= self.ccp_text:
                break
        return out[:self.ccp_text]

    def runs(self, k: int, papx: bool) -> list[tuple[int, int, dict[int, bytes]]]:
        """The (fc start, fc end, sprms) runs of the paragraph (papx) or character FKPs."""
        fc, lcb = self.pair(k)
        plc = self.table[fc:fc + lcb]
        m = (lcb - 4) // 8
        out = []
        for pn in struct.unpack_from(f"<{m}I", plc, (m + 1) * 4):
            page = self.wd[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
            crun = page[511]
            rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for r in range(crun):
                off = page[(crun + 1) * 4 + r * (13 if papx else 1)] * 2
                props = b""
                if off:
                    cb = page[off]
                    if papx:
                        props = page[off + 2:off + 2 + 2 * page[off + 1]] if cb == 0 else page[off + 1:off + 2 * cb]
                        props = props[2:]                  # (after the style's istd)
                    else:
                        props = page[off + 1:off + 1 + cb]
                sprms = _sprms(props)
                huge = sprms.get(_HUGE_PAPX)
                if papx and huge is not None and len(huge) == 4:
                    # (a row's properties too long for the page, a table's row end: in the Data stream)
                    at = struct.unpack_from("<I", huge)[0]
                    n = struct.unpack_from("<H", self.data, at)[0] if at + 2 <= len(self.data) else 0
                    sprms.update(_sprms(self.data[at + 2:at + 2 + n]))
                out.append((rgfc[r], rgfc[r + 1], sprms))
        return out


def _props_at(runs: list, fc: int) -> dict[int, bytes]:
    for a, b, props in runs:
        if a <= fc < b:
            return props
    return {}


def _paragraphs(doc: _Doc) -> list[tuple[str, dict[int, bytes], str]]:
    """The main text's paragraphs: (text, paragraph sprms, the mark ending it: `\\r` or `\\x07`)."""
    papx, chpx = doc.runs(13, True), doc.runs(12, False)
    out = []
    text: list[str] = []
    field: list[bool] = []              # per open field: in its result (after \x14)
    for ch, fc in doc.chars():
        if ch in "\r\x07":
            out.append(("".join(text), _props_at(papx, fc), ch))
            text = []
            continue
        if ch == "\x13":
            field.append(False)
            continue
        if ch == "\x14":
            if field:
                field[-1] = True
            continue
        if ch == "\x15":
            if field:
                field.pop()
            continue
        if field and not field[-1]:
            continue                              # a field's instruction
        props = _props_at(chpx, fc)
        if props.get(_DELETED, b"\0")[:1] not in (b"\0", b"") or props.get(_VANISH, b"\0")[:1] not in (b"\0", b""):
            continue
        if ch == "\x0b":
            text.append("\n")
        elif ch == "\x1e":
            text.append("-")
        elif ch == "\t" or ch >= " ":
            text.append(ch)
    return out


def _tdef(raw: bytes | None) -> tuple[list[int], list[int]] | None:
    """A row's cell boundaries (twips) and its cells' TC flags (sprmTDefTable)."""
    if not raw or len(raw) < 3:
        return None
    n = raw[2]
    if len(raw) < 3 + 2 * (n + 1):
        return None
    centers = list(struct.unpack_from(f"<{n + 1}h", raw, 3))
    at = 3 + 2 * (n + 1)
    flags = [struct.unpack_from("<H", raw, at + 20 * k)[0] if at + 20 * k + 2 <= len(raw) else 0 for k in range(n)]
    return centers, flags


def _grid(rows: list[tuple[list[str], tuple | None]], tno: int, order: float,
          nests: dict[tuple[int, int], list[list[str]] | Grid] | None = None) -> tuple[Grid, dict]:
    """The table's grid, and the cells of each of the NESTS (tables of columns nested in an empty cell, their rows'
    texts, or their grid when they merge cells, by (row, cell)) read in its rows, by its key, as extract_docx reads a
    DOCX's (`inlined_cells`; one merging cells when it fits its cell, `fitting_nest`)."""
    lines: list[int] = []
    for _, tdef in rows:
        for x in (tdef[0] if tdef else []):
            if all(abs(x - y) > _SNAP for y in lines):
                lines.append(x)
    lines.sort()

    def at(x: int) -> int:
        return min(range(len(lines)), key=lambda k: abs(lines[k] - x))

    def inline(r: int, i: int) -> list[list[str]] | Grid | None:
        texts, tdef = rows[r]
        inner = (nests or {}).get((r, i))
        if texts[i].strip() or not tdef or i >= len(tdef[1]):
            return None
        if isinstance(inner, Grid):
            return fitting_nest(inner, max(1, at(tdef[0][i + 1]) - at(tdef[0][i])))
        return inner if column_table(inner) else None

    flat = [[inline(r, i) for i in range(len(texts))] for r, (texts, _) in enumerate(rows)]
    tall = [max([nest_rows(x) for x in row if x] + [1]) for row in flat]
    base = [sum(tall[:r]) for r in range(len(rows))]
    cells: list[Cell] = []
    inlined: list = []
    used: list[tuple[int, int]] = []            # (row, cell) of the nests read in the rows
    open_v: dict[int, int] = {}
    n_cols = 0
    for r, (texts, tdef) in enumerate(rows):
        col = 0
        for i, text in enumerate(texts):
            if tdef and i < len(tdef[1]):
                start, end = at(tdef[0][i]), at(tdef[0][i + 1])
                col, span = start, max(1, end - start)
                vmerge = (tdef[1][i] >> 5) & 3
                hmerge = tdef[1][i] & 3
            else:
                span, vmerge, hmerge = 1, 0, 0
            if hmerge in (2, 3) and cells and cells[-1].row == base[r]:
                c = cells[-1]
                cells[-1] = Cell(c.row, c.col, c.text, c.rowspan, col + span - c.col, c.page, c.line)
            elif vmerge in (1, 2) and col in open_v:
                k = open_v[col]
                c = cells[k]
                cells[k] = Cell(c.row, c.col, c.text, base[r] + tall[r] - c.row, c.colspan, c.page, c.line)
            elif flat[r][i]:
                inlined.append((base[r], col, span, flat[r][i]))
                used.append((r, i))
                for k in range(col, col + span):
                    open_v.pop(k, None)
            else:
                cells.append(Cell(base[r], col, text, tall[r], span, tno, r + 1))
                for k in range(col, col + span):
                    if vmerge == 3:
                        open_v[k] = len(cells) - 1
                    else:
                        open_v.pop(k, None)
            col += span
        n_cols = max(n_cols, col)
    cells, n_cols, own = inlined_cells(cells, inlined, n_cols)
    return Grid([c for c in cells if c.text.strip()], sum(tall), n_cols, "docx", order=order), dict(zip(used, own))


def _nest(t: dict) -> list[list[str]] | Grid | None:
    """What of a nested table (T, closed) may be read in the cell it is in (`finish`): its rows' texts when they are
    columns merging nothing, a row of one cell among them (`column_table`), its grid when they merge cells; None when
    they are no table of columns or it holds tables of its own."""
    texts = [x for x, _ in t["rows"]]
    if t["inner"] or not column_table(texts):
        return None
    merging = [tdef is not None and any(f & 0x63 for f in tdef[1]) for _, tdef in t["rows"]]
    return texts if column_table(texts, merging) else t["grid"]


def read_doc_tables(data: bytes, doc_id: str, path: str | None = None) -> Extracted | None:
    """A .doc's tables (a table nested in a cell its own grid, after the table holding it, or a table of columns
    that is all its cell holds read in its rows, as extract_docx reads them) and its paragraphs outside tables as
    lines; None when the file cannot be read so or has no table."""
    try:
        paragraphs = _paragraphs(_Doc(data))
    except Exception:                              # (any damage or unexpected structure: the caller goes on as before)
        return None
    grids: list[Grid] = []
    lines: list[TextLine] = []
    counter = {"table": 0, "order": 0, "para": 0}
    stack: list[dict] = []                         # open tables, outermost first: rows, row, cell, nested grids
    inlined: set[int] = set()                      # ids of the nested grids read in their cells' rows

    def close_to(depth: int) -> None:
        while len(stack) > depth:
            t = stack.pop()
            done = [t["grid"]] + t["inner"]
            if stack:
                outer = stack[-1]
                nest = _nest(t)
                if nest is not None:                        # (may be read in the cell it is in: `finish`)
                    outer["nests"][(len(outer["rows"]), len(outer["row"]))] = (nest, t["grid"])
                outer["inner"].extend(done)
            else:
                for g in done:
                    counter["table"] += 1
                    counter["order"] += 1
                    g.order = counter["order"] * ORDER_STEP
                    for c in g.cells:                  # (a nest read in the rows: its cells there, numbered after)
                        c.page = counter["table"]
                    if id(g) not in inlined:
                        grids.append(g)

    def finish(t: dict) -> None:
        t["grid"], own = _grid(t["rows"], 0, 0.0, {k: v[0] for k, v in t["nests"].items()})
        for key, cells in own.items():
            gone = t["nests"][key][1]                  # (numbered in its turn, its cells those in the rows)
            gone.cells = [c for c in cells if c.text.strip()]
            inlined.add(id(gone))

    for text, props, mark in paragraphs:
        in_table = props.get(_IN_TABLE, b"\0")[:1] != b"\0"
        depth = (struct.unpack_from("<i", props[_ITAP])[0] if len(props.get(_ITAP, b"")) == 4 else 1) \
            if in_table else 0
        if depth > len(stack) + 1 or depth < 0:
            return None
        # a table deeper than this paragraph's ended with its last row
        while len(stack) > depth:
            finish(stack[-1])
            close_to(len(stack) - 1)
        if depth == 0:
            counter["para"] += 1
            counter["order"] += 1
            if text.strip():
                lines.append(TextLine(text, None, counter["para"], counter["order"] * ORDER_STEP))
            continue
        if len(stack) < depth:
            stack.append({"rows": [], "row": [], "cell": [], "inner": [], "grid": None, "nests": {}})
        t = stack[-1]
        if depth == 1:
            row_end = props.get(_TTP, b"\0")[:1] != b"\0"
            cell_end = mark == "\x07" and not row_end
        else:
            row_end = props.get(_INNER_TTP, b"\0")[:1] != b"\0"
            cell_end = props.get(_INNER_CELL, b"\0")[:1] != b"\0" and not row_end
        if row_end:
            t["rows"].append((t["row"], _tdef(props.get(_TDEF))))
            t["row"], t["cell"] = [], []
        elif cell_end:
            t["cell"].append(text)
            t["row"].append("\n".join(x for x in t["cell"] if x.strip()))
            t["cell"] = []
        else:
            t["cell"].append(text)
    while stack:
        finish(stack[-1])
        close_to(len(stack) - 1)
    if not grids:
        return None
    return Extracted(doc_id=doc_id, format="docx", pages=None, grids=grids, lines=lines, path=path)


def nested_tables(data: bytes) -> bool:
    """Whether a .doc holds a table nested in a table's cell (a paragraph of table depth 2 or more)."""
    try:
        return any(len(p.get(_ITAP, b"")) == 4 and struct.unpack_from("<i", p[_ITAP])[0] >= 2
                   for _, p, _ in _paragraphs(_Doc(data)))
    except Exception:
        return False
