"""The intermediate form between extract/ and parsers/: cells, grids, text lines.

Every reader (text dumps, PDFs, scans, office files) produces an `Extracted`;
every parser reads only these dataclasses, never a library's own objects.
"""
from __future__ import annotations

import re
from normalize._lazy_re import lazy
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Callable

TEXT_OF = attrgetter("text")       # a cell's or a line's text (for map: no Python call a cell)

PAGE_ORDER = 100_000.0   # reading order of page content: page * PAGE_ORDER + top (points)
COLUMN_ORDER = 50_000.0  # the right one of two columns of forms side by side: read after the left (+ this)


# Cells are created by the hundred thousand: a plain slots dataclass builds ~4x
# faster than a frozen one (measured: 0.06 s vs 0.22 s for 200,000). Treat them
# as immutable all the same.
@dataclass(slots=True)
class Cell:
    row: int                  # 0-based top-left slot
    col: int
    text: str                 # as written: not trimmed, folded or converted
    rowspan: int = 1
    colspan: int = 1
    page: int | None = None   # 1-based; None for text dumps
    line: int | None = None   # 1-based line of a text dump
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom (points, top-left origin)
    conf: float | None = None  # OCR confidence 0-1 (the weakest line in the cell); None when not OCR'd


@dataclass(slots=True)
class TextLine:
    """Text outside any grid (titles, `（2020 年）`, `金额单位：元`)."""
    text: str
    page: int | None = None
    line: int | None = None
    order: float = 0.0        # position in reading order, comparable with Grid.order


@dataclass(frozen=True, slots=True)
class ParseWarning:
    code: str                 # stable snake_case id, see docs/WARNINGS.md
    message: str
    page: int | None = None
    line: int | None = None
    # the indicator record the warning is about (its seq is written as warnings.indicator_seq), if any
    about: dict | None = field(default=None, compare=False, repr=False)



def unit_error_warning(unit: str, e: Exception, lost: str, others: str, page: int | None = None,
                       line: int | None = None) -> ParseWarning:
    """The `internal_error` warning of one part of a file (UNIT: `sheet 2 (污水)`, `table 3`, `lines 13-40`) whose
    reading raised E (a bug met there): its LOST (`its cells`) left out, the file's OTHERS (`sheets`) read (one
    part's error failed the whole file, every table emptied: hunt rb2)."""
    return ParseWarning("internal_error", f"{unit} could not be read ({type(e).__name__}: {str(e)[:160]}): {lost} "
                        f"left out, the file's other {others} read", page, line)


@dataclass
class Grid:
    cells: list[Cell]         # sparse: one entry per real cell
    n_rows: int
    n_cols: int
    origin: str               # "pdf_lines", "pdf_text", "ocr", "txt" ("txt_flat": laid out with spaces; "txt_cells":
                              # rows put back from one cell per line, the tables' extent settled by the reader;
                              # "txt_tabs": a Word document's paragraphs laid out with tabs, read as a dump's rows)
    order: float = 0.0        # reading-order position of the first row
    page_breaks: frozenset[int] = frozenset()  # rows that start after a page break / blank gap
    referenced_by: frozenset[int] = frozenset()  # sheets (0-based tabs) whose formulas read cells of this one
    column: int = 0           # a page's column of forms side by side (0 left, 1 right): read after the left
    blank_rows: frozenset[int] | None = None  # a text dump's rows whose lines hold an empty field (None: not known)
    _index: dict[tuple[int, int], Cell] | None = field(default=None, repr=False, compare=False)

    def _build(self) -> dict[tuple[int, int], Cell]:
        idx: dict[tuple[int, int], Cell] = {}
        for c in self.cells:
            for r in range(c.row, c.row + c.rowspan):
                for k in range(c.col, c.col + c.colspan):
                    idx[(r, k)] = c
        self._index = idx
        return idx

    def at(self, r: int, c: int) -> Cell | None:
        """Given a slot, return the cell covering it (a merged cell covers many slots)."""
        idx = self._index if self._index is not None else self._build()
        return idx.get((r, c))

    def row_cells(self, r: int) -> list[Cell]:
        """Given a row index, return the cells whose top-left slot is on that row, by column."""
        return sorted((c for c in self.cells if c.row == r), key=lambda c: c.col)

    def rows(self) -> list[list[Cell]]:
        """Return the cells grouped by their top row, in row order (empty rows kept)."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for c in self.cells:
            out[c.row].append(c)
        for r in out:
            r.sort(key=lambda c: c.col)
        return out

    def without_empty_columns(self) -> "Grid":
        """Return the grid without the columns no cell starts in (an empty or hidden column that merged
        ranges only pass over: a spreadsheet's spacer), `self` when there is none. Every cell covering
        such a column covers the one left of it too, so which cells share columns, and their order, is
        kept: `预算数` over the value `186.00` stays over it."""
        starts = {c.col for c in self.cells}
        if not self.cells or len(starts) == self.n_cols:
            return self
        left = min(starts)
        empty = [k for k in range(left + 1, self.n_cols) if k not in starts]
        if not empty:
            return self
        import bisect

        def shift(k: int) -> int:
            return k - bisect.bisect_left(empty, k)
        cells = [Cell(c.row, shift(c.col), c.text, c.rowspan, shift(c.col + c.colspan) - shift(c.col), c.page,
                      c.line, c.bbox, c.conf) for c in self.cells]
        return Grid(cells, self.n_rows, self.n_cols - len(empty), self.origin, self.order, self.page_breaks,
                    self.referenced_by, self.column)

    def refold_filled(self, is_label: Callable[[str, bool], bool]) -> "Grid":
        """Return the grid with every run of one label repeated down a column (an exporter's "unmerge and
        fill", a pandas-style ffill: `项目资金（万元）` on each row of the money block) merged back into one
        cell spanning the run, as the form drew it; `self` when there is none.

        Only cells one slot wide whose text `is_label(text, first_column)` accepts, and, right of the
        grid's first column, only runs lying inside one cell of the column to their left (a sub-label `预算资金` repeated
        inside its section `项目资金情况`): a value repeated down a column (`达标` / `达标`, one 主管部门
        and 实施单位) is two values."""
        if len(self.cells) < 2:
            return self
        columns: dict[int, list[Cell]] = {}
        for c in sorted(self.cells, key=lambda c: c.row):
            if c.colspan == 1:
                columns.setdefault(c.col, []).append(c)
        if not any(a.row + a.rowspan == b.row and a.text.strip() == b.text.strip()
                   for cs in columns.values() for a, b in zip(cs, cs[1:])):
            return self                     # no text repeated down a column (almost every grid)
        covering: dict[int, list[Cell]] = {}
        for c in self.cells:
            for k in range(c.col, c.col + c.colspan):
                covering.setdefault(k, []).append(c)
        left = min(c.col for c in self.cells)
        heads: dict[int, int] = {}          # id of a run's first cell -> the last row the run covers
        drop: set[int] = set()
        outer: dict[int, int] | None = None  # row -> id of the cell covering it in the column to the left
        for k in range(left, self.n_cols):
            column = columns.get(k, ())
            head: Cell | None = None
            end = -1
            for c in column:
                key = "".join(c.text.split())
                if head is not None and c.row == end + 1 and key == "".join(head.text.split()) \
                        and len(key) >= 2 and is_label(c.text, k == left) \
                        and (outer is None or outer.get(c.row) is not None
                             and outer.get(c.row) == outer.get(head.row)):
                    end = c.row + c.rowspan - 1
                    heads[id(head)] = end
                    drop.add(id(c))
                    continue
                head, end = c, c.row + c.rowspan - 1
            outer = {}
            for c in covering.get(k, ()):
                if id(c) not in drop:
                    for r in range(c.row, heads.get(id(c), c.row + c.rowspan - 1) + 1):
                        outer[r] = id(c)
        if not drop:
            return self
        cells = []
        for c in self.cells:
            if id(c) in drop:
                continue
            if id(c) in heads:
                c = Cell(c.row, c.col, c.text, heads[id(c)] - c.row + 1, c.colspan, c.page, c.line, c.bbox, c.conf)
            cells.append(c)
        return Grid(cells, self.n_rows, self.n_cols, self.origin, self.order, self.page_breaks, self.referenced_by,
                    self.column)


@dataclass
class Extracted:
    doc_id: str
    format: str               # txt, pdf, scan, image, docx, xlsx, html
    pages: int | None
    grids: list[Grid]
    lines: list[TextLine]
    warnings: list[ParseWarning] = field(default_factory=list)
    encoding: str | None = None
    path: str | None = None
    # a web page's own <title> (`临平区2022年新增专项债券项目绩效目标公开`): not text of the page, but its year is
    # the year of a form that states none
    meta_title: str | None = None
    # a workbook's sheet names, by sheet number (a cell's `page` - 1): a sheet named `2023年` names the year of a
    # form on it that states none
    sheet_names: list[str] | None = None
    # a PDF's / OFD's running page header left out as page furniture (`宜昌市自然资源和规划局2022年度项目支出绩效自评表`
    # small over each page's form): the body it opens with is whose the forms are when they state none
    page_heads: list[str] | None = None
    # the bytes read when they are not the file's own (the DOCX / XLSX LibreOffice made of a DOC, WPS, ET …): a
    # form pasted as a picture is looked for in them (extract/embedded.py)
    converted: bytes | None = field(default=None, repr=False)
    # a workbook's hidden sheets holding cells, not read (what Excel shows is read): their numbers (1-based) and a
    # reader of them alone, asked only when the shown sheets give no form (a form hidden is then said)
    unshown: tuple | None = field(default=None, repr=False, compare=False)
    # of those, the very hidden ones (Excel's xlSheetVeryHidden, set in the VBA editor: its 取消隐藏 does not list
    # them), by number: the warning of a form hidden so says how to show it
    very_hidden: tuple = field(default=(), repr=False, compare=False)


class ExtractError(Exception):
    """A file that cannot be read at all (empty, binary, damaged): the document is `failed`."""


# (`第1页(共3页)`, `共3页 第1页`, `页码：1/3` too)
_FURNITURE = lazy(r"^\s*[-—–─━=_~－]*\s*(第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页|\s*[(（]\s*共\s*\d+\s*页\s*[)）])?|"
                        r"共\s*\d+\s*页\s*[/，,]?\s*第\s*\d+\s*页|页码\s*[:：]?\s*\d+(\s*/\s*\d+)?|"
                        r"[-—–－]\s*[\d０-９]+\s*[-—–－]|"
                        r"\d+\s*/\s*\d+|page\s*\d+(\s*of\s*\d+)?)\s*[-—–─━=_~－]*\s*$", re.I)


# a printer's stamp beside a page's number (`第1页 共1页  打印时间：2024-03-15 10:30`, `打印日期：2024年3月15日  第2页`):
# the system's footer, no row of the form (it was an indicator under it, hunt ti12); the stamp alone too when a machine
# wrote it (`打印时间：2024-03-15 10:22`, `导出日期：…`, or a clock's time after the day: it was an indicator of a
# self-evaluation under it, hunt ti13); `制表日期：2024-03-15` alone kept (a person's day the table was made)
_PRINT_STAMP = lazy(r"\s*(?:打印|制表|导出|生成)\s*(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*(?:[-./年]\s*\d{1,2}\s*"
                    r"[-./月]\s*\d{1,2}\s*[日号]?)?(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?\s*")


def column_table(rows: list[list[str]] | None, merging: list[bool] | None = None) -> bool:
    """Whether a table nested in a cell (its rows' texts; MERGING, each row's whether a cell of it is merged across or
    down, when the reader keeps no merges) is read in the outer table's rows (`inlined_cells`): a table of columns,
    two cells a row or more merging none (the DOCX, .doc and web-page readers; one wider than its cell widens the
    grid, review rv95), a row of one cell among them (a head across them, `资金来源` over 财政拨款 | 其他资金) read
    across the cell (it was a grid of its own, and a Word form's amounts were read apart from the label's 万元, review
    rv103)."""
    merging = merging or [False] * len(rows or [])
    return bool(rows) and any(len(row) >= 2 for row in rows) \
        and all(len(row) == 1 or not merged for row, merged in zip(rows, merging))


def fitting_nest(g: Grid, span: int) -> Grid | None:
    """A nested table of columns with merged cells (its grid G, the merges kept): read in the outer table's rows
    when it fits its cell of SPAN columns (`年度资金总额` across two, `其中` down over 财政拨款 and 其他资金, in a
    value cell of three: a grid of its own after the form, its amounts were read apart from the label's 万元); None
    when wider (a merging one wider stays a grid of its own: LibreOffice's XHTML of a Word form, the indicators' four
    columns in a cell of three over a note row, the note was read as an indicator). The DOCX, .doc and web-page
    readers'."""
    return g if g.n_cols <= span else None


def nest_rows(nest: list[list[str]] | Grid) -> int:
    """The grid rows a table read in its cell takes (its rows' texts or its grid)."""
    return nest.n_rows if isinstance(nest, Grid) else len(nest)


def rows_grid(rows: list[list[str]]) -> Grid:
    """A nested table's rows of texts as its grid, a cell a text, merging none (the DOCX and .doc readers')."""
    return Grid([Cell(i, j, text) for i, row in enumerate(rows) for j, text in enumerate(row)], len(rows),
                max(len(row) for row in rows), "nested")


def _last_columns(g: Grid) -> dict[int, int]:
    """Each row of a nested grid: the column of its rightmost cell, a cell merged down from a row above counted in
    every row it covers."""
    last: dict[int, int] = {}
    for c in g.cells:
        for r in range(c.row, c.row + c.rowspan):
            last[r] = max(last.get(r, c.col), c.col)
    return last


def _rightmost(c: Cell, last: dict[int, int]) -> bool:
    """Whether a nested cell is the rightmost in each row it covers: it goes out to its cell's right edge (not under
    a cell merged down beside it, `合计300.00` down over two rows: `30.00` below `270.00` was widened under it, review
    rv103)."""
    return all(last[r] == c.col for r in range(c.row, c.row + c.rowspan))


def inlined_cells(cells: list[Cell], nests: list[tuple[int, int, int, list[list[str]] | Grid]], n_cols: int
                  ) -> tuple[list[Cell], int, list[list[Cell]]]:
    """A table's CELLS with the tables nested in its cells (NESTS: top grid row, column, colspan, the nested rows'
    texts or the nested grid, its merges kept) read in its rows, as Word shows them (the DOCX and .doc readers), its
    number of columns, and each nested table's cells (their page, the nested table's number, is the caller's to set;
    their line is their row in it): each nested row a grid row from the cell's top, its cells a column each from the
    cell's, the last out to the cell's right edge. A nested table of more columns than its cell spans (`年度资金总额 |
    180.00` in the value cell of a `项目资金（万元） | …` form of two columns, or of a .doc whose rows all merge their
    value cells) widens the grid: the columns it lacks go in before the cell's right edge, every cell across or ending
    at that edge widening with it and those past it moving right (its amounts were read apart from the label and its
    万元)."""
    grids = [(top, col, span, g if isinstance(g, Grid) else rows_grid(g)) for top, col, span, g in nests]
    lacking: dict[int, int] = {}
    for _, col, span, g in grids:
        lacking[col + span] = max(lacking.get(col + span, 0), g.n_cols - span)

    def moved(x: int) -> int:
        return x + sum(n for edge, n in lacking.items() if edge <= x)

    out = [Cell(c.row, moved(c.col), c.text, c.rowspan, moved(c.col + c.colspan) - moved(c.col), c.page, c.line,
                c.bbox, c.conf) for c in cells]
    own: list[list[Cell]] = []
    for top, col, span, g in grids:
        left, right = moved(col), moved(col + span)
        last = _last_columns(g)
        own.append([Cell(top + c.row, left + c.col, c.text, c.rowspan,
                         right - left - c.col if _rightmost(c, last) else c.colspan, None, c.row + 1)
                    for c in sorted(g.cells, key=lambda c: (c.row, c.col))])
        out += own[-1]
    return out, moved(n_cols), own


@lru_cache(maxsize=1 << 16)
def is_page_furniture(text: str) -> bool:
    """Given a text line, return True for page numbers (`第 3 页`, `—— 第 2 页 ——`, `- 3 -`, `3/12`, `第1页(共3页)`,
    `共3页 第1页`, `页码：1/3`) and a web page's own links and buttons (`文件下载`, `【打印】`, `上一篇`) that belong to
    no form."""
    return bool(_FURNITURE.match(text)) or text.strip().strip("【】[]:： ") in _WEB_CHROME \
        or _chrome_row(text) or bool(_SITE_FOOTER.search(text)) or bool(_POST_STATS.fullmatch(text)) \
        or bool(_POST_PROMPT.match(text)) \
        or ("打印" in text or "制表" in text or "导出" in text or "生成" in text) \
        and (bare := _PRINT_STAMP.sub(" ", text, count=1)) != text \
        and (bool(_FURNITURE.match(bare)) if bare.strip() else _MACHINE_STAMP.search(text) is not None)


def _chrome_row(text: str) -> bool:
    """A line of a web page's buttons side by side, each in its brackets (`[打印本页] [关闭窗口]`, `【打印】 【关闭】`:
    html2text's or a copy's text of the page's links), every one a `_WEB_CHROME` word."""
    parts = _CHROME_BUTTON.findall(text)
    return len(parts) >= 2 and not _CHROME_BUTTON.sub("", text).strip() and all(p in _WEB_CHROME for p in parts)


_CHROME_BUTTON = lazy(r"[【\[]\s*([^【】\[\]]+?)\s*[】\]]")


_MACHINE_STAMP = lazy(r"(?:打印|导出|生成)\s*(?:时间|日期)|\d\s*[:：]\s*\d{2}\s*$")


# a web site's footer: `临邑县人民政府主办  临邑县人民政府办公室承办`, `鲁ICP备06032897号`, `京公网安备 110…号`,
# `网站标识码：3714240016`
_SITE_FOOTER = lazy(r"[^\s:：]主办\s+\S+承办\s*$|ICP备\s*\d|公网安备\s*\d|网站标识码\s*[:：]?\s*\d")
# a WeChat post's counts under it (`阅读 326  赞 5`, `阅读 1.2万 在看 12`): the post's, no row of its form (it was an
# indicator named `阅读 326 赞 5` under the post's last one, hunt nw10)
_POST_STATS = lazy(r"\s*阅读\s*[\d.]+\s*万?\+?(?:\s*(?:赞|点赞|在看|分享|喜欢|推荐)\s*[\d.]+\s*万?\+?)*\s*")


# a WeChat post's prompt to its link (`👆点击“阅读原文”查看附件`, `点击阅读原文下载`): the post's, no row of its form (it
# was an indicator named so under the post's last one, hunt nw12)
_POST_PROMPT = lazy(r"^\W{0,3}(?:点击|轻触|戳)\S{0,4}?\s*[“\"「『]?阅读原文")   # (`点击文末“阅读原文”`, `点击下方…`: rv123)


# a web page's own links and buttons, on lines of their own in its text (a copied or scraped page)
_WEB_CHROME = frozenset({"文件下载", "附件下载", "政策咨询", "相关文件", "相关链接", "相关阅读", "打印本页", "打印", "关闭",
                         "关闭窗口", "关闭本页", "分享到", "上一篇", "下一篇", "返回顶部", "扫一扫在手机打开当前页", "标签",
                         "网站地图", "收藏本站", "设为首页", "字体", "保存本页", "阅读原文",
                         # a WeChat post's own buttons under it, copied with it (each was an indicator after the post's
                         # last one, review rv110)
                         "喜欢此内容的人还喜欢", "微信扫一扫", "关注该公众号", "微信扫一扫关注该公众号", "微信扫一扫可打开此内容",
                         "写留言", "继续滑动看下一个", "向上滑动看下一个", "轻触阅读原文", "预览时标签不可点"})


_CJKNUM = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019"
_WRAPPED = lazy(rf"(?:(?<=[{_CJKNUM}])\n(?=\S)|(?<=\S)\n(?=[{_CJKNUM}])|(?<=[\d.,%])\n(?=[\d.,%‰]))")


# a text ending on a word that joins two parts (`城乡居民基本医疗保险及` / `大病保险补助项目`): cut, its rest below;
# not the words that end so (涉及, 普及, 饱和, 总和, 碳中和, 政通人和, 参与 …)
_JOINING_END = lazy(r"(?:以及|及其|(?<![涉普危企波触遍顾论提殃推得])及|(?<![总饱缓温调柔暖祥谐平共中人附讲违])和"
                          r"|(?<![参给赋授])与|或)$")

_JOINING_LAST = "及其和与或"    # (the last characters of _JOINING_END's words)


def joining_end(text: str) -> bool:
    """Does a cell's text end on a joining word (及, 以及, 及其, 和, 与, 或), so that it plainly goes on? (The
    pattern, anchored at the end, is searched from every position: asked only of a text whose last character ends
    one of the words.)"""
    t = text.rstrip()
    return bool(t) and t[-1] in _JOINING_LAST and bool(_JOINING_END.search(t))


def unwrap_cell(text: str) -> str:
    """Given a cell's text, return it without the line breaks its narrow column drew (PDF cells, OCR'd
    cells, dump cells cut over several lines).

    Next to Chinese and inside numbers a wrap joins without a space (`94.0\n0` -> `94.00`,
    `年度资金\n总额` -> `年度资金总额`); between Latin words it becomes a space.
    """
    if "\n" not in text:
        return text
    return _WRAPPED.sub("", text).replace("\n", " ")


# a cell of one figure cut by line breaks: pieces of digits, thousands' commas and its decimal point, wherever the cut
# falls (`168.5\n0`, the first line full as a wrap leaves it, `168\n.50`, `1\n68.50`), a percent sign last, on the last
# piece or alone; the figure joined whole is an integer or a decimal (one point, grouped by thousands rightly: so
# `120.00\n48.50` and `1,200\n3,400`, two figures, stay); not pieces all years (`2024\n2025`, a list of years)
_FIGURE_PIECES = lazy(r"^\d[\d,.]*(?:[ \t]*\n[ \t]*[\d,.]+)*(?:[ \t]*\n[ \t]*)?[%‰]?$")
_WHOLE_FIGURE = lazy(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%‰]?$")
_YEAR_PIECES = lazy(r"^(?:(?:19|20)\d\d\s*)+$")


def figure_cut(text: str) -> str:
    """Given a cell's text, return it joined where it is one figure cut by line breaks, else as it is (the same str).

    A Word cell's soft line break (`w:br`) or paragraphs, a web page's `<br>`, a sheet's Alt+Enter inside a number (a
    converter carrying a PDF's wrap): `168.5\n0` -> `168.50`, `1\n68.50` -> `168.50`, `98.5\n%` -> `98.5%`,
    `1,2\n00.00` -> `1,200.00`, as a PDF's wrapped cell is joined (unwrap_cell); `120.00\n48.50`, `1,200\n3,400`,
    `2024\n2025` as they are (hunt of14; a decimal point before the last piece, review rv148). A list of figures one
    a line beside a list of names is kept by figure_cuts, which reads the row.
    """
    t = text.strip()
    if "\n" not in t or not t[:1].isdigit() or not _FIGURE_PIECES.match(t) or _YEAR_PIECES.match(t):
        return text
    joined = "".join(t.split())
    return joined if _WHOLE_FIGURE.match(joined) else text


def figure_cuts(cells: list[Cell], is_label: Callable[[str], bool]) -> None:
    """Join each figure a line break cut (figure_cut) in a table's CELLS, unless it lists figures: each of its lines a
    figure whole (no `1,2`, `168.`, `00`) and its row holding a cell of as many lines each whole too, an indicator's
    name (ending as one does, `…数`, `…率`, `…长度`: normalize.text.INDICATOR_NAME_END) or a figure of its own
    (`≥12座`). Then each line goes with the line beside it (`新建公厕数⏎改造公厕数 | 12⏎8 | 座⏎座`, a Word cell's
    paragraphs or a page's `<br>`: two indicators, as parsers' _unstack_rows reads them; joined they were one, `128`,
    and a self-evaluation's weights `20⏎10` were 2010, review rv148). A name a line break cut beside a figure so cut
    (`受益群众⏎人数 | 326⏎0`, a converter carrying a PDF's wrap) lists nothing, nor does a field's label so cut, which
    IS_LABEL says (`年度资金总额⏎（万元） | 168.5⏎0`): the figure is joined."""
    cut = {id(c): j for c in cells if "\n" in c.text and (j := figure_cut(c.text)) is not c.text
           and not all(map(PHONE_ALONE.match, c.text.split("\n")))}
    # (a phone a line, `13907970001⏎0797-6221234` in a 联系电话 cell: two numbers, no figure cut — it was one of 19
    # digits, review rv148's note; hunt pr10)
    if not cut:
        return
    from normalize.text import INDICATOR_NAME_END      # (here: extract.grid is the readers' light common module)
    rows: dict[int, list[Cell]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append(c)

    def lines(c: Cell) -> list[str]:
        return [x.strip() for x in c.text.split("\n") if x.strip()]

    def listing(o: Cell, n: int) -> bool:
        said = lines(o)
        return len(said) == n and all(INDICATOR_NAME_END.search(x) or _DIGIT.search(x) for x in said) \
            and not is_label("".join(said))

    for c in cells:
        if id(c) in cut:
            pieces = lines(c)
            if not all(map(_LIST_FIGURE.match, pieces)) or not any(
                    id(o) not in cut and "\n" in o.text and listing(o, len(pieces)) for o in rows[c.row]):
                c.text = cut[id(c)]


# a telephone number: a mobile, a landline with or without its area code (normalize.records, extract.scan and
# parsers.forms use it: here, in the readers' light common module, so the grid's cut and the forms' reading agree)
PHONE_NUMBER = r"1\d{10}|0\d{2,3}[-—－ ]?\d{7,8}|[2-9]\d{6,7}"
# a telephone number alone in its cell or on its line, its extension after it (`0797-6221234转8012`, and after a dash,
# `0797-6221234-8012`): the grid's figure-cut gate (figure_cuts) and forms' `_PHONE_CELL` — they were two patterns,
# the grid's of no dashed extension, so `0797-6221234-8012⏎13907970001` was a figure cut there (review rd70)
PHONE_ALONE = lazy(rf"^\s*(?:{PHONE_NUMBER})(?:\s*(?:[-—－]|转)\s*\d{{1,5}})?\s*$")
_LIST_FIGURE = lazy(r"^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?[%‰]?$")   # a figure whole: no `00`, `1,2`
_DIGIT = lazy(r"\d")
