"""Perturbations of an office file (XLSX, DOCX) that do not change its records: tests/perturb.py for office files.

Each perturbation is a deterministic function bytes -> bytes (`Perturbation.to_bytes`): the file is
loaded with openpyxl / python-docx, changed as an exporter, an editor or a clerk of a real archive
changes such files, saved, and its zip normalised (fixed entry dates, fixed docProps dates, as
tests/fixtures/make_template_office.py writes them), so the same input gives the same bytes. A
perturbation that finds nothing to change in a file gives None (it does not apply to that file).
A careful human reading the perturbed file would say it holds the same form.

The runner applies every perturbation of a format to every template's `form.xlsx` / `form.docx`
(tests/templates, read by the general parser alone, `layouts={"generic"}`, as
tests/test_template_office.py reads them; the templates without office files, SKIPPED / DOCX_ONLY of
tests/fixtures/make_template_office.py, have none) and to the samples' office fixtures
(tests/fixtures/office/00N_*.docx / .xlsx, default layouts, as tests/perturb.py reads the samples;
the damaged files there are left out), runs the pipeline on the perturbed file and compares its
records (projects, indicators, budget_items, scores, assessment_items) with those of the unperturbed
office file (not with the dump's: tests/test_template_office.py checks those).

    python -m tests.perturb_office                  # per perturbation: how many documents changed
    python -m tests.perturb_office -v               # ... and the first differences of each
    python -m tests.perturb_office -v unmerge fill_levels  # only these perturbations
    python -m tests.perturb_office --docs score_     # only documents whose id contains this text
    python -m tests.perturb_office --fragile         # ... and the changed pairs as a KNOWN_FRAGILE dict

What is compared: as in tests/perturb.py (`records`, `differences`): every column of the five tables
but the provenance (`line`, `page`, `doc_id`, `project_id`; a row's project is its index in the
document), strings without surrounding whitespace, floats to 1e-6, rows in order. A perturbation that
changes how a value is spelled when the reader gives it back as text (a number stored as text, a
percentage or a date stored as a number) compares text columns modulo that spelling (`fold`).

The perturbations (names as on the command line):

XLSX (every worksheet of the workbook):
- `xlsx_resave`: loaded and saved by openpyxl, nothing changed: the control (a difference here is
  the round trip's, and every other XLSX perturbation would show it too).
- `numbers_as_text`: every number cell stored as the text it shows (`386` with format `0.00` ->
  the string `386.00`, `2080000` with `#,##0` -> `2,080,000`), number format `@` (Text): many
  exporters write every cell as a string. The reader gives the string as written, the original as
  stored (`386`): text columns compared without thousands separators and trailing decimal zeros.
- `thousands_format`: every number cell with a plain decimal format (`0.00`) given the same format
  with thousands separators (`#,##0.00`): the value stays, the display becomes `1,260.00` (how
  finance offices format amounts). Integers in General format (years, codes, phone numbers, counts)
  are left alone. Text columns compared as for `numbers_as_text`.
- `percent_numbers`: every string cell that is a plain percentage (`95%`, `95.00%`, `8.5％`) stored
  as the number (0.95) with a percent format of as many decimals (`0%`, `0.00%`), as Excel stores a
  typed percentage. The reader gives `95%` back; text columns compared without trailing decimal zeros.
- `dates_as_dates`: every string cell that is a full date (`2024年1月1日`, `2024-01-01`,
  `2024.1.1`, `2024/1/1`) stored as a date (datetime) with the format `yyyy"年"m"月"d"日"`, as Excel
  stores a typed date. The reader gives `2024-01-01`; text columns compared with dates as ISO.
- `unmerge`: every merged range unmerged, the value left in its top-left cell and the other cells
  empty (an exporter that drops merges; this is the text dump's grid).
- `fill_levels`, `fill_sections`: every merged range one column wide and several rows high unmerged,
  its value repeated in every cell of the range (WPS "unmerge and fill", pandas-style exporters):
  `fill_levels` the ranges of level columns (the nearest row above holding 一级指标 / 二级指标 has one in
  the range's column: the level-1 / level-2 cells of an indicator or score table), `fill_sections` the
  others (a section label in column A: 项目资金（万元）, 年度总体目标, 绩效指标, 评估指标 …). Each filled row
  then says explicitly what the merge said: the indicator belongs to 产出指标 / 数量指标, the row to the
  项目资金 section. Narrowed where the repeated value would say more than the merge did:
  - not into a total row (合计, 小计, 总计, 总分 … in any cell of the row): a level cell that a
    generated form merged down over the 合计 row would make 合计 a member of that group;
  - not when a finer level cell of a row in the range is empty and unmerged (level 1 over rows whose
    level 2 is blank: `决策 | 项目立项 | …` / `决策 | (blank) | …`): with the level 1 written on the row, a
    blank level 2 reads as "no level 2", where under the merge it read as "the level 2 above"; for a
    section label, the cell right of it must not be blank (`项目资金 | (blank) | 100` would be a label
    with an empty value);
  - not a range holding one character (`产` / `出` / `指` / `标`: a label written down the column, one
    character per cell; repeating a character would change the label).
  Ranges more than one column wide are left merged, and nothing is filled across (`fill_across` is no
  perturbation here): a section row `满意度指标` spanning the level columns would name a level 2 and a
  level 3 `满意度指标`, a value spanning 指标值 and 备注 would become a note, a label spanning two
  columns would be its own value.
- `column_left`: an empty column inserted at the left of every sheet (the form starts in column B;
  merged ranges and column widths move with their cells).
- `blank_column_right`: an empty column after the form, its cells bordered and holding empty strings
  (an exporter writing the print area one column wider than the form).
- `hidden_column`: an empty, hidden column inserted between columns B and C (a hidden helper
  column): a merged range across it widens over it, other cells move right. What shows on screen
  and on paper is unchanged.
- `rows_above`: two empty rows inserted above the form (merged ranges and row heights move).
- `rename_sheet`: every sheet renamed `Sheet1`, `Sheet2` … (the form's title was its name).
- `empty_sheet_first`: an empty sheet `Sheet1` added before the form's sheet(s).
- `trailing_space`: a space at the end of every non-empty string cell (typed by hand or padded by
  an exporter).
- `wrapped_labels`: a line break (Alt+Enter) in the middle of every label cell from a fixed list
  (`WRAP_LABELS`: 项目名称 -> `项目\\n名称`, 实施单位, 一级指标 …, a trailing colon kept at the end), a
  label wrapped by hand in a narrow cell. Text columns compared without whitespace between Chinese
  characters.

DOCX:
- `docx_resave`: loaded and saved by python-docx, nothing changed: the control.
- `nested_table`: every top-level table put inside the single cell of a one-cell outer table (a
  layout trick to frame or centre a form), followed in that cell by the empty paragraph Word needs.
- `split_runs`: every run of plain text split into runs of two characters with the same formatting
  (Word splits runs at every edit, spell-check mark and revision id).
- `nbsp_pad`: a non-breaking space U+00A0 at the start and the end of every non-empty table cell.
- `ideo_pad`: an ideographic space U+3000 at the start and the end of every non-empty table cell.
- `indent_paragraphs`: two ideographic spaces in front of every non-empty paragraph outside the
  tables (a first-line indent typed as spaces).
- `title_row`: a title paragraph right before a table (only empty paragraphs between; it names a
  form: it holds `表` and no colon) moved into the table as its first row, one cell spanning the
  table's width, centred (forms drawn as one table, title included).
- `soft_breaks`: a soft line break (Shift+Enter, `w:br`) in the middle of every label cell of
  `WRAP_LABELS`. Text columns compared without whitespace between Chinese characters.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import re
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable

from tests.perturb import differences, print_changed, records

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "tests" / "templates"
OFFICE_FIXTURES = ROOT / "tests" / "fixtures" / "office"
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)


def _normalise_zip(data: bytes) -> bytes:
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    try:
        from zipnorm import normalise_zip     # (no reportlab: make_office_fixtures needs it, the tests do not)
    finally:
        sys.path.remove(str(ROOT / "tests" / "fixtures"))
    return normalise_zip(data)


# --------------------------------------------------------------------------- labels

# field labels and headers a form prints in a cell of their own (wrapped by hand in narrow cells)
WRAP_LABELS = frozenset("""项目名称 主管部门 实施单位 申报单位 填报单位 项目类别 项目类型 项目属性 联系人 联系电话
项目负责人 项目概况 立项依据 资金用途 实施期限 项目期限 年度资金总额 项目总预算 财政拨款 其他资金 资金来源 项目资金
一级指标 二级指标 三级指标 指标值 指标名称 目标值 年度指标值 实际完成值 实际值 全年执行数 年初预算数 预算数 执行数
执行率 分值 得分 权重 备注 合计 小计 总计 总分 绩效指标 年度绩效目标 总体目标 年度目标 评分标准 考核内容 考核要求
责任单位 偏差原因分析及改进措施 偏差原因 指标解释 评价结果 综合得分""".split())


def _wrap_point(text: str) -> tuple[str, str] | None:
    """(head, tail) of a label cell cut in its middle (a trailing colon stays with the tail), or None."""
    s = text.strip()
    core = s.rstrip(":：")
    if core not in WRAP_LABELS or len(core) < 2 or s != text:
        return None
    k = len(core) // 2
    return s[:k], s[k:]


# --------------------------------------------------------------------------- folds

_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_TRAILING_ZEROS = re.compile(r"(\d+)\.(\d*?)0+(?!\d)")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_DATE_IN_TEXT = re.compile(r"((?:19|20)\d{2})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2})(?!\d))")


def _fold_numbers(s: str) -> str:
    """`1,260.00` -> `1260`, `95.50%` -> `95.5%`: a number as Excel stores it."""
    s = _DIGIT_COMMA.sub("", s).replace("％", "%")
    return _TRAILING_ZEROS.sub(lambda m: m.group(1) + ("." + m.group(2) if m.group(2) else ""), s)


def _fold_dates(s: str) -> str:
    def iso(m: re.Match) -> str:
        mo, d = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        return f"{m.group(1)}-{int(mo):02d}-{int(d):02d}"
    return _DATE_IN_TEXT.sub(iso, s)


def _fold_gaps(s: str) -> str:
    return _CJK_GAP.sub("", s)


# --------------------------------------------------------------------------- XLSX

def _cells(ws):
    """The worksheet's real cells (not the covered cells of merged ranges), in row order."""
    from openpyxl.cell.cell import MergedCell
    return [c for row in ws.iter_rows() for c in row if not isinstance(c, MergedCell)]


def _set_text(cell, text: str) -> None:
    """Store a string (never a formula: `=100%` typed as text stays text)."""
    cell.value = text
    cell.data_type = "s"


def _is_text(cell) -> bool:
    return isinstance(cell.value, str) and cell.data_type in ("s", "inlineStr", "str")


def _is_number(cell) -> bool:
    return isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) and cell.data_type == "n"


def _shown(value, fmt: str) -> str:
    """A number as a plain format shows it (General, 0, 0.00, #,##0, #,##0.00, 0%, 0.00%)."""
    sec = (fmt or "General").split(";")[0]
    dec = len(sec.split(".", 1)[1].rstrip("%")) if "." in sec else 0
    if "%" in sec:
        return f"{Decimal(repr(value)) * 100:.{dec}f}%"
    if "#,##0" in sec:
        return f"{value:,.{dec}f}"
    if sec in ("0", "0.0", "0.00", "0.000", "0.0000") or re.fullmatch(r"0\.0+", sec):
        return f"{value:.{dec}f}"
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return format(Decimal(repr(value)).normalize(), "f")


def numbers_as_text(wb) -> int:
    n = 0
    for ws in wb.worksheets:
        for c in _cells(ws):
            if _is_number(c):
                text = _shown(c.value, c.number_format)
                _set_text(c, text)
                c.number_format = "@"
                n += 1
    return n


_PLAIN_DECIMAL_FMT = re.compile(r"^0\.(0+)$")


def thousands_format(wb) -> int:
    n = 0
    for ws in wb.worksheets:
        for c in _cells(ws):
            m = _PLAIN_DECIMAL_FMT.match(c.number_format or "")
            if _is_number(c) and m:
                c.number_format = "#,##0." + m.group(1)
                n += 1
    return n


_PERCENT = re.compile(r"^([0-9]{1,3}(?:\.([0-9]+))?)\s*[%％]$")      # ASCII digits: `１００%` is left as written


def percent_numbers(wb) -> int:
    n = 0
    for ws in wb.worksheets:
        for c in _cells(ws):
            m = _PERCENT.match(c.value) if _is_text(c) else None
            if m:
                dec = len(m.group(2) or "")
                c.value = float(Decimal(m.group(1)) / 100)
                c.number_format = "0." + "0" * dec + "%" if dec else "0%"
                n += 1
    return n


_DATE_CELL = re.compile(r"^((?:19|20)[0-9]{2})(?:年([0-9]{1,2})月([0-9]{1,2})日|-([0-9]{1,2})-([0-9]{1,2})"
                        r"|\.([0-9]{1,2})\.([0-9]{1,2})|/([0-9]{1,2})/([0-9]{1,2}))$")


def dates_as_dates(wb) -> int:
    n = 0
    for ws in wb.worksheets:
        for c in _cells(ws):
            m = _DATE_CELL.match(c.value.strip()) if _is_text(c) else None
            if not m:
                continue
            y, mo, d = int(m.group(1)), *[int(x) for x in m.groups()[1:] if x is not None]
            try:
                value = dt.datetime(y, mo, d)
            except ValueError:
                continue
            c.value = value
            c.number_format = 'yyyy"年"m"月"d"日"'
            n += 1
    return n


def _ranges(ws) -> list[tuple[int, int, int, int]]:
    return sorted((g.min_row, g.min_col, g.max_row, g.max_col) for g in ws.merged_cells.ranges)


def unmerge(wb) -> int:
    n = 0
    for ws in wb.worksheets:
        for r0, c0, r1, c1 in _ranges(ws):
            ws.unmerge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
            n += 1
    return n


_LEVEL_HEADER = re.compile(r"^[一二][级級](指[标標])?")


_TOTAL = re.compile(r"^(合计|小计|总计|总分|总得分|综合得分|得分合计)")


def _level_ranges(ws, ranges) -> dict:
    """The ranges in a level column (the nearest row above the range holding a level header, 一级指标 /
    二级指标 …, has one in the range's column) -> the level columns right of it (finer levels)."""
    heads: dict[int, set[int]] = {}
    for c in _cells(ws):
        if _is_text(c) and _LEVEL_HEADER.match(re.sub(r"\s+", "", c.value)):
            heads.setdefault(c.row, set()).add(c.column)
    out = {}
    for g in ranges:
        above = [r for r in heads if r < g[0]]
        if above and g[1] in heads[max(above)]:
            out[g] = sorted(c for c in heads[max(above)] if c > g[1])
    return out


def _fill(levels: bool) -> Callable:
    def apply(wb) -> int:
        n = 0
        for ws in wb.worksheets:
            vertical = [g for g in _ranges(ws) if g[1] == g[3] and g[2] > g[0]]
            in_levels = _level_ranges(ws, vertical)
            covered = {(r, c) for g in _ranges(ws) for r in range(g[0], g[2] + 1) for c in range(g[1], g[3] + 1)}
            totals = {c.row for c in _cells(ws) if _is_text(c) and _TOTAL.match(re.sub(r"\s+", "", c.value))}
            for r0, c0, r1, c1 in vertical:
                top = ws.cell(r0, c0)
                if ((r0, c0, r1, c1) in in_levels) != levels or top.value is None:
                    continue
                if isinstance(top.value, str) and len(top.value.strip()) == 1:
                    continue                  # one character of a label written down the column
                rows = []
                for r in range(r0 + 1, r1 + 1):
                    if r in totals:
                        break                 # a total row is no member of the group above it
                    rows.append(r)
                finer = in_levels.get((r0, c0, r1, c1), []) if levels else [c0 + 1]
                if any(ws.cell(r, c).value is None and (r, c) not in covered for r in rows for c in finer):
                    continue                  # an empty finer level under it: see the docstring
                ws.unmerge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
                for r in rows:
                    cell = ws.cell(r, c0)
                    cell.value = top.value
                    cell.data_type = top.data_type
                    cell._style = copy.copy(top._style)
                n += 1
        return n
    return apply


fill_levels = _fill(True)
fill_sections = _fill(False)


def _rebuild(ws, row_at: Callable[[int], int], col_at: Callable[[int], int],
             range_at: Callable[[tuple[int, int, int, int]], tuple[int, int, int, int]]) -> None:
    """Move every cell of the sheet (value, type, style) to (row_at(r), col_at(c)), every merged range
    to range_at(range), and the column widths / row heights with their columns / rows."""
    from openpyxl.utils import get_column_letter
    ranges = _ranges(ws)
    for r0, c0, r1, c1 in ranges:
        ws.unmerge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    saved = [(c.row, c.column, c.value, c.data_type, copy.copy(c._style)) for c in _cells(ws)
             if c.value is not None or c.has_style]
    widths = {k: (d.width, d.hidden) for k, d in ws.column_dimensions.items()}
    heights = {k: d.height for k, d in ws.row_dimensions.items() if d.height is not None}
    ws._cells.clear()
    for r, c, value, dtype, style in saved:
        cell = ws.cell(row_at(r), col_at(c))
        cell.value = value
        cell.data_type = dtype
        cell._style = style
    from openpyxl.utils import column_index_from_string
    for k in list(ws.column_dimensions):
        del ws.column_dimensions[k]
    for k, (w, hidden) in widths.items():
        idx = column_index_from_string(k)
        dim = ws.column_dimensions[get_column_letter(col_at(idx))]
        dim.width, dim.hidden = w, hidden
    for k in list(ws.row_dimensions):
        del ws.row_dimensions[k]
    for k, h in heights.items():
        ws.row_dimensions[row_at(k)].height = h
    for rng in ranges:
        r0, c0, r1, c1 = range_at(rng)
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)


def _insert_column(ws, at: int) -> None:
    """An empty column inserted before column `at` (1-based); a merged range across it widens."""
    def col_at(c: int) -> int:
        return c + 1 if c >= at else c

    def range_at(g):
        r0, c0, r1, c1 = g
        return r0, col_at(c0), r1, (c1 + 1 if c1 >= at else c1)
    _rebuild(ws, lambda r: r, col_at, range_at)


def column_left(wb) -> int:
    for ws in wb.worksheets:
        _insert_column(ws, 1)
    return len(wb.worksheets)


def hidden_column(wb) -> int:
    from openpyxl.utils import get_column_letter
    n = 0
    for ws in wb.worksheets:
        if ws.max_column < 3:
            continue
        _insert_column(ws, 3)
        dim = ws.column_dimensions[get_column_letter(3)]
        dim.hidden, dim.width = True, 2.0
        n += 1
    return n


def blank_column_right(wb) -> int:
    n = 0
    for ws in wb.worksheets:
        if not _cells(ws):
            continue
        col = ws.max_column + 1
        style = next((c for c in _cells(ws) if c.has_style and c.border.left.style), None)
        for r in range(1, ws.max_row + 1):
            cell = ws.cell(r, col)
            _set_text(cell, "")
            if style is not None:
                cell._style = copy.copy(style._style)
        n += 1
    return n


def rows_above(wb) -> int:
    for ws in wb.worksheets:
        _rebuild(ws, lambda r: r + 2, lambda c: c, lambda g: (g[0] + 2, g[1], g[2] + 2, g[3]))
    return len(wb.worksheets)


def rename_sheet(wb) -> int:
    for k, ws in enumerate(wb.worksheets, 1):
        ws.title = f"Sheet{k}"
    return len(wb.worksheets)


def empty_sheet_first(wb) -> int:
    names = {ws.title for ws in wb.worksheets}
    name = "Sheet1" if "Sheet1" not in names else "Sheet0"
    wb.create_sheet(name, 0)
    return 1


def trailing_space(wb) -> int:
    n = 0
    for ws in wb.worksheets:
        for c in _cells(ws):
            if _is_text(c) and c.value.strip():
                _set_text(c, c.value + " ")
                n += 1
    return n


def wrapped_labels(wb) -> int:
    from openpyxl.styles import Alignment
    n = 0
    for ws in wb.worksheets:
        for c in _cells(ws):
            cut = _wrap_point(c.value) if _is_text(c) else None
            if cut:
                _set_text(c, cut[0] + "\n" + cut[1])
                a = c.alignment
                c.alignment = Alignment(horizontal=a.horizontal, vertical=a.vertical, wrap_text=True)
                n += 1
    return n


def xlsx_resave(wb) -> int:
    return 1


def _apply_xlsx(edit: Callable) -> Callable[[bytes], bytes | None]:
    def apply(data: bytes) -> bytes | None:
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        if not edit(wb):
            return None
        wb.properties.created = wb.properties.modified = FIXED
        buf = io.BytesIO()
        wb.save(buf)
        return _normalise_zip(buf.getvalue())
    return apply


# --------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _el(tag: str, **attrs):
    from lxml import etree
    el = etree.Element(W + tag)
    for k, v in attrs.items():
        el.set(W + k, v)
    return el


def _body(doc):
    return doc.element.body


def _top_tables(doc) -> list:
    return [ch for ch in _body(doc).iterchildren(W + "tbl")]


def _all_cells(doc) -> list:
    """Every w:tc of the document's tables (nested ones too)."""
    return list(_body(doc).iter(W + "tc"))


def _texts(el) -> list:
    """The w:t elements of an element, not those of tables nested in it."""
    out = []
    for t in el.iter(W + "t"):
        p = t.getparent()
        inside = False
        while p is not None and p is not el:
            if p.tag == W + "tbl":
                inside = True
                break
            p = p.getparent()
        if not inside:
            out.append(t)
    return out


def _plain_text(el) -> str:
    return "".join(t.text or "" for t in _texts(el))


def _set_t(t, text: str) -> None:
    t.text = text
    t.set(XML_SPACE, "preserve")


def nested_table(doc) -> int:
    n = 0
    for tbl in _top_tables(doc):
        outer = _el("tbl")
        pr = _el("tblPr")
        pr.append(_el("tblW", w="0", type="auto"))
        pr.append(_el("jc", val="center"))
        outer.append(pr)
        grid = _el("tblGrid")
        grid.append(_el("gridCol", w="9638"))
        outer.append(grid)
        tr = _el("tr")
        tc = _el("tc")
        tcpr = _el("tcPr")
        tcpr.append(_el("tcW", w="9638", type="dxa"))
        tc.append(tcpr)
        tr.append(tc)
        outer.append(tr)
        tbl.addprevious(outer)
        tc.append(tbl)                   # moves the table into the cell
        tc.append(_el("p"))              # a cell ends with a paragraph
        n += 1
    return n


def split_runs(doc) -> int:
    n = 0
    for r in list(_body(doc).iter(W + "r")):
        kids = [k for k in r if k.tag != W + "rPr"]
        if len(kids) != 1 or kids[0].tag != W + "t" or len(kids[0].text or "") < 3:
            continue
        text = kids[0].text
        pieces = [text[i:i + 2] for i in range(0, len(text), 2)]
        _set_t(kids[0], pieces[0])
        prev = r
        for piece in pieces[1:]:
            nr = copy.deepcopy(r)
            _set_t(next(k for k in nr if k.tag == W + "t"), piece)
            prev.addnext(nr)
            prev = nr
        n += 1
    return n


def _pad_cells(pad: str) -> Callable:
    def apply(doc) -> int:
        n = 0
        for tc in _all_cells(doc):
            ts = [t for t in _texts(tc) if t.text]
            if not ts or not _plain_text(tc).strip():
                continue
            _set_t(ts[0], pad + ts[0].text)
            _set_t(ts[-1], ts[-1].text + pad)
            n += 1
        return n
    return apply


nbsp_pad = _pad_cells("\u00a0")
ideo_pad = _pad_cells("\u3000")


def indent_paragraphs(doc) -> int:
    n = 0
    for p in _body(doc).iterchildren(W + "p"):
        ts = [t for t in p.iter(W + "t") if t.text]
        if ts and "".join(t.text for t in ts).strip():
            _set_t(ts[0], "\u3000\u3000" + ts[0].text)
            n += 1
    return n


def _grid_width(tbl) -> int:
    grid = tbl.find(W + "tblGrid")
    return len(grid.findall(W + "gridCol")) if grid is not None else 0


def title_row(doc) -> int:
    n = 0
    for tbl in _top_tables(doc):
        prev = tbl.getprevious()
        empties = []
        while prev is not None and prev.tag == W + "p" and not _plain_text(prev).strip():
            empties.append(prev)
            prev = prev.getprevious()
        if prev is None or prev.tag != W + "p":
            continue
        text = _plain_text(prev).strip()
        if "表" not in text or re.search(r"[:：]", text) or len(text) > 60 or prev.find(f".//{W}br") is not None:
            continue
        width = _grid_width(tbl)
        first = tbl.find(W + "tr")
        if width < 1 or first is None:
            continue
        tr = _el("tr")
        tc = _el("tc")
        tcpr = _el("tcPr")
        if width > 1:
            tcpr.append(_el("gridSpan", val=str(width)))
        tcpr.append(_el("vAlign", val="center"))
        tc.append(tcpr)
        tc.append(prev)                   # the title paragraph itself (centred, bold) moves into the cell
        tr.append(tc)
        first.addprevious(tr)
        n += 1
    return n


def soft_breaks(doc) -> int:
    n = 0
    for tc in _all_cells(doc):
        ps = tc.findall(W + "p")
        ts = _texts(tc)
        if len(ps) != 1 or len(ts) != 1:
            continue
        cut = _wrap_point(ts[0].text or "")
        if not cut:
            continue
        r = ts[0].getparent()
        _set_t(ts[0], cut[0])
        r.append(_el("br"))
        t2 = _el("t")
        _set_t(t2, cut[1])
        r.append(t2)
        n += 1
    return n


def docx_resave(doc) -> int:
    return 1


def _apply_docx(edit: Callable) -> Callable[[bytes], bytes | None]:
    def apply(data: bytes) -> bytes | None:
        import docx
        doc = docx.Document(io.BytesIO(data))
        if not edit(doc):
            return None
        doc.core_properties.created = doc.core_properties.modified = FIXED
        buf = io.BytesIO()
        doc.save(buf)
        return _normalise_zip(buf.getvalue())
    return apply


# --------------------------------------------------------------------------- the registry

@dataclass(frozen=True)
class Perturbation:
    name: str
    fmt: str                                      # "xlsx" or "docx": the files it applies to
    edit: Callable                                # (workbook | document) -> number of changes, in place
    fold: Callable[[str], str] | None = None      # text columns compared modulo this rewrite

    def to_bytes(self, data: bytes) -> bytes | None:
        """The perturbed file's bytes, or None when the perturbation finds nothing to change."""
        return (_apply_xlsx if self.fmt == "xlsx" else _apply_docx)(self.edit)(data)


PERTURBATIONS: dict[str, Perturbation] = {p.name: p for p in (
    Perturbation("xlsx_resave", "xlsx", xlsx_resave),
    Perturbation("numbers_as_text", "xlsx", numbers_as_text, fold=_fold_numbers),
    Perturbation("thousands_format", "xlsx", thousands_format, fold=_fold_numbers),
    Perturbation("percent_numbers", "xlsx", percent_numbers, fold=_fold_numbers),
    Perturbation("dates_as_dates", "xlsx", dates_as_dates, fold=_fold_dates),
    Perturbation("unmerge", "xlsx", unmerge),
    Perturbation("fill_levels", "xlsx", fill_levels),
    Perturbation("fill_sections", "xlsx", fill_sections),
    Perturbation("column_left", "xlsx", column_left),
    Perturbation("blank_column_right", "xlsx", blank_column_right),
    Perturbation("hidden_column", "xlsx", hidden_column),
    Perturbation("rows_above", "xlsx", rows_above),
    Perturbation("rename_sheet", "xlsx", rename_sheet),
    Perturbation("empty_sheet_first", "xlsx", empty_sheet_first),
    Perturbation("trailing_space", "xlsx", trailing_space),
    Perturbation("wrapped_labels", "xlsx", wrapped_labels, fold=_fold_gaps),
    Perturbation("docx_resave", "docx", docx_resave),
    Perturbation("nested_table", "docx", nested_table),
    Perturbation("split_runs", "docx", split_runs),
    Perturbation("nbsp_pad", "docx", nbsp_pad),
    Perturbation("ideo_pad", "docx", ideo_pad),
    Perturbation("indent_paragraphs", "docx", indent_paragraphs),
    Perturbation("title_row", "docx", title_row),
    Perturbation("soft_breaks", "docx", soft_breaks, fold=_fold_gaps),
)}


# --------------------------------------------------------------------------- documents and records

@dataclass(frozen=True)
class Doc:
    id: str                      # `<template id>.<ext>` or `<sample fixture stem>.<ext>`
    path: Path
    layouts: frozenset[str] | None = field(default=None)

    @property
    def fmt(self) -> str:
        return self.path.suffix[1:]


def template_docs() -> list[Doc]:
    out = []
    for d in sorted(p for p in TEMPLATES.iterdir() if p.is_dir() and (p / "form.txt").exists()):
        for ext in ("xlsx", "docx"):
            if (d / f"form.{ext}").exists():
                out.append(Doc(f"{d.name}.{ext}", d / f"form.{ext}", frozenset({"generic"})))
    return out


def sample_docs() -> list[Doc]:
    return [Doc(p.name, p) for p in sorted(OFFICE_FIXTURES.glob("[0-9][0-9][0-9]_*.*"))
            if p.suffix in (".xlsx", ".docx")]


def all_docs() -> list[Doc]:
    return template_docs() + sample_docs()


def _process(path: Path, layouts: frozenset[str] | None):
    from jixiao.pipeline import process_file
    return process_file(path, layouts=set(layouts) if layouts is not None else None)


@lru_cache(maxsize=None)
def _baseline(doc: Doc):
    return _process(doc.path, doc.layouts)


def baseline(doc: Doc, fold: Callable[[str], str] | None = None):
    return records(_baseline(doc), fold)


def perturbed_bytes(p: Perturbation, doc: Doc) -> bytes | None:
    """The perturbed file's bytes, or None when the perturbation does not apply to the document."""
    if p.fmt != doc.fmt:
        return None
    return p.to_bytes(doc.path.read_bytes())


def perturbed_result(p: Perturbation, doc: Doc):
    """The pipeline's FileResult for the perturbed document, or None when the perturbation does not touch it."""
    data = perturbed_bytes(p, doc)
    if data is None:
        return None
    with tempfile.TemporaryDirectory(prefix="jixiao-perturb-office-") as d:
        path = Path(d) / doc.path.name
        path.write_bytes(data)
        return _process(path, doc.layouts)


def doc_differences(p: Perturbation, doc: Doc) -> list[str] | None:
    """The differences the perturbation makes to the document's records; None if it does not apply.
    A perturbed file the pipeline fails on is one difference (its error)."""
    res = perturbed_result(p, doc)
    if res is None:
        return None
    if res.document["status"] == "failed" and _baseline(doc).document["status"] != "failed":
        return [f"the perturbed file failed: {str(res.document['error']).split(': ', 1)[-1]}"]
    return differences(baseline(doc, p.fold), records(res, p.fold))


# --------------------------------------------------------------------------- the runner

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.perturb_office", description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print the first differences of each document")
    ap.add_argument("-n", type=int, default=8, help="differences shown per document with -v (default 8)")
    ap.add_argument("--docs", help="only documents whose id contains this text")
    ap.add_argument("--fragile", action="store_true",
                    help="print the changed pairs as a KNOWN_FRAGILE dict (first differences as reasons)")
    ap.add_argument("perturbations", nargs="*", metavar="PERTURBATION", help=f"any of {', '.join(PERTURBATIONS)}")
    args = ap.parse_args(argv)
    unknown = [n for n in args.perturbations if n not in PERTURBATIONS]
    if unknown:
        ap.error(f"unknown perturbation(s) {', '.join(unknown)}; known: {', '.join(PERTURBATIONS)}")
    docs = [d for d in all_docs() if not args.docs or args.docs in d.id]
    total_changed = 0
    fragile: dict[str, dict[str, str]] = {}
    for name in args.perturbations or list(PERTURBATIONS):
        p = PERTURBATIONS[name]
        changed: list[tuple[Doc, list[str]]] = []
        applied = 0
        mine = [d for d in docs if d.fmt == p.fmt]
        for doc in mine:
            diffs = doc_differences(p, doc)
            if diffs is None:
                continue
            applied += 1
            if diffs:
                changed.append((doc, diffs))
        total_changed += len(changed)
        if changed:
            fragile[name] = {doc.id: "; ".join(d if len(d) <= 100 else d[:97] + "..." for d in diffs[:2])
                             + (f" (+{len(diffs) - 2} more)" if len(diffs) > 2 else "") for doc, diffs in changed}
        print(f"{name}: {len(changed)} of {applied} perturbed documents changed ({len(mine)} {p.fmt} documents)")
        print_changed(changed, args.verbose, args.n)
    if args.fragile:
        print("KNOWN_FRAGILE = {")
        for name, docs in fragile.items():
            print(f"    {name!r}: {{")
            for doc_id, why in docs.items():
                print(f"        {doc_id!r}: {why!r},")
            print("    },")
        print("}")
    return 1 if total_changed else 0


if __name__ == "__main__":
    sys.exit(main())
