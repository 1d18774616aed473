"""Perturbations of a text dump that do not change its records: a harness that finds brittle rules.

Each perturbation is a deterministic, pure function text -> text (plus the encoding the result is
saved in) that a careful human reading the form would say changes nothing in it. The runner
applies every perturbation to every template's `form.txt` (tests/templates, read by the general
parser alone, as tests/test_templates.py reads them) and to the samples (samples/*.txt, default
layouts), runs the pipeline on the perturbed file and compares its records (projects, indicators,
budget_items, scores, assessment_items) with those of the unperturbed file.

    python -m tests.perturb                 # per perturbation: how many documents changed
    python -m tests.perturb -v              # … and the first differences of each
    python -m tests.perturb -v crlf pad_tabs   # only these perturbations

What is compared: every column of the five tables except provenance (`line`, `page`, `doc_id`,
`project_id`; a row's project is compared as the project's index in the document instead),
strings without their surrounding whitespace, floats to 1e-6, the rows in order.
A perturbation that rewrites characters of a cell as written (brackets, thousands separators)
compares text columns modulo that rewrite (`fold`), since text columns keep the text as written
(label-width folding, colons, spaces between Chinese characters, thousands separators).

Samples are compared with their own unperturbed run (not with tests/golden, which the golden tests
check already).

The perturbations (names as on the command line):

Line ends and encodings (the bytes change, the text does not):
- `crlf`: every line ends in CRLF (a dump written on Windows).
- `bom`: a UTF-8 byte-order mark in front (Notepad's "UTF-8 with BOM").
- `gb18030`: the file saved as GB18030 (Excel / Notepad on Chinese Windows, "ANSI").
- `utf16`: the file saved as UTF-16 LE with its BOM (Notepad's "Unicode").
- `final_newline`: the file's last line break removed if it has one, added if not.

Table rows (lines with a TAB, in a dump of one table row per line; not applied to vertical dumps,
where a bare TAB is an empty cell). A row that a line break inside a cell cut over several lines
(extract.txt puts it back together by counting its fields) is treated as one row: its trailing
cells are those of its last piece, and a cut cell's edges are the start of its first piece and
the end of its last.
- `pad_tabs`: every table row padded with trailing TABs up to the widest row of its table (the
  run of table rows between two text lines, blank lines inside it included), as a spreadsheet
  export writes its used range.
- `strip_tabs`: every trailing TAB removed (an exporter that does not write trailing empty cells).
  A row of one cell keeps one TAB (`项目名称\t` does not become a text line); an empty row becomes
  a blank line.
- `space_pad`: one ASCII space on each side of every non-empty cell text (` 项目名称 `).
- `ideo_pad`: one ideographic space U+3000 on each side of every non-empty cell text.
- `trailing_spaces`: two spaces at the end of every line, blank lines included (an editor's or an
  exporter's trailing whitespace); for a cut row, at the end of its last piece.

Label cells (a cell that is a short label: at most 12 characters outside brackets, no digit,
no sentence punctuation, no comparison sign; or the `label：` part before the first colon of
a cell whose text before the colon is such a label):
- `halfwidth_labels`: full-width brackets and colons of label cells made ASCII (`（万元）` -> `(万元)`,
  `联系人：` -> `联系人:`).
- `fullwidth_labels`: the reverse (`(万元)` -> `（万元）`, `:` -> `：`).
- `drop_label_colons`: the colon that ends a label cell (`项目负责人：` -> `项目负责人`); forms are
  printed both ways. Text columns compared without colons.
- `spaced_labels`: a header or field label of 2 to 4 characters from a fixed list (`SPREAD_LABELS`:
  单位, 备注, 合计, 项目名称, 一级指标 …) spread out with two spaces between its characters
  (`合  计`), as Word's distributed alignment prints them. Text columns compared without the
  spaces between Chinese characters.

Paragraphs (text lines: lines outside tables):
- `blank_lines`: one more blank line wherever a blank line already separates two blocks and is not
  inside a table (the lines on its two sides are not both table rows).
- `page_numbers`: a page-number line (`— 2 —`, then a blank line) at each such paragraph break, as
  a PDF's text keeps its page footers.
- `indent_paragraphs`: two ideographic spaces in front of every text line (a Word paragraph's
  first-line indent); not applied to flattened (space-aligned) or vertical dumps, whose leading
  spaces carry meaning, nor to the pieces of a cut row.

Amounts:
- `add_thousands`: a thousands separator in every amount of 4 integer digits or more (`1260.00` ->
  `1,260.00`, `9800万元` -> `9,800万元`). An amount is a cell (or the value after a `label：`) that is
  a number with decimals, or a number with a money unit (元, 万元, 亿元); a 4-digit integer part
  from 1900 to 2099 is left alone (`2023.12` is a date as often as an amount), and so are bare
  integers (years, phone numbers, codes).
- `drop_thousands`: every thousands separator of such an amount removed (`36,000.00` -> `36000.00`).
"""
from __future__ import annotations

import argparse
import difflib
import math
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Callable

from extract import txt as _txt

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "tests" / "templates"
SAMPLES = ROOT / "samples"
TABLES = ("projects", "indicators", "budget_items", "scores", "assessment_items")
IGNORED = {"line", "page", "doc_id", "project_id"}


# --------------------------------------------------------------------------- the dump's structure

def _lines(text: str) -> list[str]:
    return text.split("\n")


def _style(lines: list[str]) -> str:
    """The dump style extract.txt reads the lines in: horizontal, vertical, flat, pipe or html."""
    text = "\n".join(lines)
    if _txt._HTML_TABLE.search(text):
        return "html"
    if _txt._pipe_style(lines):
        return "pipe"
    if _txt._vertical_style(lines):
        return "vertical"
    if _txt._flattened_style(lines):
        return "flat"
    return "horizontal"


def _rows(lines: list[str]) -> list[list[int]]:
    """The lines of the dump grouped as extract.txt reads them: a row that a line break inside a
    cell cut over several lines is one group of its pieces, every other line a group of one."""
    try:
        joined = _txt._join_wrapped(lines)
    except Exception:                       # the extractor changed: every line a row of its own
        return [[i] for i in range(len(lines))]
    out = []
    for k, (no, _) in enumerate(joined):
        nxt = joined[k + 1][0] if k + 1 < len(joined) else len(lines) + 1
        out.append(list(range(no - 1, nxt - 1)))
    return out


def _cut_pieces(lines: list[str]) -> set[int]:
    """Indices of the lines that extract.txt joins into one row (a row a line break in a cell cut)."""
    return {i for r in _rows(lines) if len(r) > 1 for i in r}


def _is_row(lines: list[str], group: list[int]) -> bool:
    return any("\t" in lines[i] for i in group)


def _tables(lines: list[str]) -> list[list[list[int]]]:
    """Runs of table rows (row groups of `_rows` with a TAB) between two text lines; blank lines
    inside a run (page breaks) do not end it."""
    out: list[list[list[int]]] = []
    cur: list[list[int]] = []
    for group in _rows(lines):
        if _is_row(lines, group):
            cur.append(group)
        elif any(lines[i].strip() for i in group):
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _width(lines: list[str], group: list[int]) -> int:
    """The number of fields of a row (the pieces of a cut cell counted once)."""
    return sum(lines[i].count("\t") for i in group) + 1


def _map_cells(text: str, fn: Callable[[str], str], *, text_lines: bool = False,
               edges: tuple[Callable[[str], str], Callable[[str], str]] | None = None,
               styles: tuple[str, ...] = ("horizontal", "flat")) -> str:
    """Given a dump, return it with `fn` applied to every non-empty cell of its table rows (and, with
    `text_lines`, to every text line as one cell). A cell that a line break cut over several lines
    is left alone, or with `edges` (start, end) has `start` applied to its first piece and `end`
    to its last."""
    lines = _lines(text)
    if _style(lines) not in styles:
        return text
    out = list(lines)
    for group in _rows(lines):
        if not _is_row(lines, group):
            if text_lines and len(group) == 1 and lines[group[0]].strip():
                out[group[0]] = fn(lines[group[0]])
            continue
        last = len(group) - 1
        for k, i in enumerate(group):
            fields = lines[i].split("\t")
            for j, f in enumerate(fields):
                if not f.strip():
                    continue
                starts = not (j == 0 and k > 0)
                ends = not (j == len(fields) - 1 and k < last)
                if starts and ends:
                    fields[j] = fn(f)
                elif edges and starts:
                    fields[j] = edges[0](f)
                elif edges and ends:
                    fields[j] = edges[1](f)
            out[i] = "\t".join(fields)
    return "\n".join(out)


# --------------------------------------------------------------------------- line ends, encodings

def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def bom(text: str) -> str:
    return text if text.startswith("\ufeff") else "\ufeff" + text


def same_text(text: str) -> str:
    return text


def final_newline(text: str) -> str:
    return text.rstrip("\n") if text.endswith("\n") else text + "\n"


# --------------------------------------------------------------------------- tabs

def pad_tabs(text: str) -> str:
    lines = _lines(text)
    if _style(lines) != "horizontal":
        return text
    for table in _tables(lines):
        width = max(_width(lines, g) for g in table)
        for g in table:
            lines[g[-1]] += "\t" * (width - _width(lines, g))
    return "\n".join(lines)


def strip_tabs(text: str) -> str:
    lines = _lines(text)
    if _style(lines) != "horizontal":
        return text
    for table in _tables(lines):
        for g in table:
            last = g[-1]
            s = lines[last].rstrip("\t")
            if len(g) == 1 and "\t" not in s and s.strip():
                s += "\t"                  # a row of one cell stays a row
            lines[last] = s
    return "\n".join(lines)


# --------------------------------------------------------------------------- spaces

def _pad(pad: str) -> Callable[[str], str]:
    def apply(text: str) -> str:
        return _map_cells(text, lambda f: pad + f + pad, edges=(lambda f: pad + f, lambda f: f + pad))
    return apply


space_pad = _pad(" ")
ideo_pad = _pad("\u3000")


# --------------------------------------------------------------------------- label cells

_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_NOT_LABEL = re.compile(r"[\d０-９，。；;、,.!?！？≥≤<>＜＞=＝%％《》“”\"'/／\\|～~—\-]")
_COLON = re.compile(r"[：:]")


def _is_label(s: str) -> bool:
    core = _BRACKETED.sub("", s).strip()
    core = core.rstrip("：:").strip()
    return 0 < len(core) <= 12 and not _NOT_LABEL.search(core) and not _COLON.search(core) \
        and not re.search(r"[A-Za-z]", core) and "☐" not in core and "□" not in core and "☑" not in core


def _label_span(cell: str) -> tuple[int, int] | None:
    """The (start, end) of the label part of a cell: the whole cell when it is a label, else the
    part up to its first colon when that part is a label; None when the cell holds no label."""
    s = cell.strip()
    if not s:
        return None
    off = cell.index(s[0])
    if _is_label(s):
        return off, off + len(s)
    m = _COLON.search(s)
    if m and _is_label(s[:m.start()]):
        return off, off + m.end()
    return None


_TO_HALF = str.maketrans({"（": "(", "）": ")", "：": ":"})
_TO_FULL = str.maketrans({"(": "（", ")": "）", ":": "："})


def _in_labels(fn: Callable[[str], str]) -> Callable[[str], str]:
    def apply(cell: str) -> str:
        span = _label_span(cell)
        if span is None:
            return cell
        a, b = span
        return cell[:a] + fn(cell[a:b]) + cell[b:]
    return apply


def halfwidth_labels(text: str) -> str:
    return _map_cells(text, _in_labels(lambda s: s.translate(_TO_HALF)), text_lines=True)


def fullwidth_labels(text: str) -> str:
    return _map_cells(text, _in_labels(lambda s: s.translate(_TO_FULL)), text_lines=True)


def _drop_colon(cell: str) -> str:
    s = cell.rstrip()
    if s.endswith(("：", ":")) and _is_label(s) and len(s.strip()) > 1:
        return s[:-1] + cell[len(s):]
    return cell


def drop_label_colons(text: str) -> str:
    return _map_cells(text, _drop_colon, styles=("horizontal",))


# header and field labels of 2 to 4 characters that Word's distributed alignment prints spread out
SPREAD_LABELS = frozenset("""序号 单位 备注 合计 小计 总计 总分 分值 得分 权重 年度 项目名称 主管部门 实施单位 申报单位
项目类别 项目类型 联系人 联系电话 一级指标 二级指标 三级指标 指标值 指标名称 年度目标 总体目标 项目概况 立项依据
考核内容 考核要求 责任单位 评分标准 预算数 执行数 执行率 实施期 项目期 资金总额""".split())


def _spread(cell: str) -> str:
    s = cell.strip()
    if s not in SPREAD_LABELS:
        return cell
    return cell.replace(s, "  ".join(s), 1)


def spaced_labels(text: str) -> str:
    return _map_cells(text, _spread, styles=("horizontal",))


# --------------------------------------------------------------------------- paragraphs

def blank_lines(text: str) -> str:
    lines = _lines(text)
    breaks = _paragraph_breaks(lines)
    out: list[str] = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if i in breaks:
            out.append("")
    return "\n".join(out)


def _paragraph_breaks(lines: list[str]) -> set[int]:
    """Indices of the last blank line of each run of blank lines that separates two blocks outside a
    table (the non-blank lines on its two sides are not both table rows)."""
    out = set()
    n = len(lines)
    for i in range(n - 1):
        if lines[i].strip() or not lines[i + 1].strip():
            continue
        j = i
        while j >= 0 and not lines[j].strip():
            j -= 1
        if j >= 0 and not ("\t" in lines[j] and "\t" in lines[i + 1]):
            out.add(i)
    return out


def page_numbers(text: str) -> str:
    lines = _lines(text)
    breaks = _paragraph_breaks(lines)
    out: list[str] = []
    page = 1
    for i, ln in enumerate(lines):
        out.append(ln)
        if i in breaks:
            page += 1
            out.extend([f"— {page} —", ""])
    return "\n".join(out)


def trailing_spaces(text: str) -> str:
    lines = _lines(text)
    if _style(lines) not in ("horizontal", "flat"):
        return text
    for g in _rows(lines):
        lines[g[-1]] += "  "
    return "\n".join(lines)


def indent_paragraphs(text: str) -> str:
    lines = _lines(text)
    if _style(lines) != "horizontal":
        return text
    pieces = _cut_pieces(lines)
    return "\n".join("\u3000\u3000" + ln if ln.strip() and "\t" not in ln and i not in pieces else ln
                     for i, ln in enumerate(lines))


# --------------------------------------------------------------------------- amounts

_UNIT = r"(?:万元|元|亿元)"
_PLAIN = re.compile(rf"^([-−]?)(\d{{4,}})(\.\d+)?({_UNIT})?$")
_GROUPED = re.compile(rf"^([-−]?)(\d{{1,3}}(?:,\d{{3}})+)(\.\d+)?({_UNIT})?$")


def _group(digits: str) -> str:
    return f"{int(digits):,}" if digits[0] != "0" else digits


def _amount_cell(fn: Callable[[re.Match], str | None], pattern: re.Pattern) -> Callable[[str], str]:
    """Apply fn to the number of a cell that is an amount, or to the amount after `label：`."""
    def apply(cell: str) -> str:
        s = cell.strip()
        lead = cell[:cell.index(s[0])] if s else ""
        tail = cell[len(lead) + len(s):]
        prefix = ""
        m = pattern.match(s)
        if m is None:
            c = _COLON.search(s)
            if c and _is_label(s[:c.start()]):
                prefix, s = s[:c.end()], s[c.end():]
                m = pattern.match(s)
        if m is None:
            return cell
        new = fn(m)
        return cell if new is None else lead + prefix + new + tail
    return apply


def _add(m: re.Match) -> str | None:
    sign, digits, dec, unit = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
    if not dec and not unit:
        return None                                     # a bare integer: a year, a phone, a code
    if len(digits) == 4 and 1900 <= int(digits) <= 2099:
        return None
    return sign + _group(digits) + dec + unit


def _drop(m: re.Match) -> str | None:
    return m.group(0).replace(",", "")


def add_thousands(text: str) -> str:
    return _map_cells(text, _amount_cell(_add, _PLAIN), text_lines=True)


def drop_thousands(text: str) -> str:
    return _map_cells(text, _amount_cell(_drop, _GROUPED), text_lines=True)


# --------------------------------------------------------------------------- the registry

_FOLD_LABELS = str.maketrans({"（": "(", "）": ")", "：": ":"})
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _fold_labels(s: str) -> str:
    return s.translate(_FOLD_LABELS)


def _fold_colons(s: str) -> str:
    return s.translate(_FOLD_LABELS).replace(":", "")


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _fold_gaps(s: str) -> str:
    return _CJK_GAP.sub("", s)


def _fold_commas(s: str) -> str:
    return _DIGIT_COMMA.sub("", s)


@dataclass(frozen=True)
class Perturbation:
    name: str
    apply: Callable[[str], str]
    encoding: str = "utf-8"
    fold: Callable[[str], str] | None = None      # text columns compared modulo this rewrite

    def to_bytes(self, text: str) -> bytes:
        out = self.apply(text)
        if self.encoding == "utf-16":
            return "\ufeff".encode("utf-16-le") + out.encode("utf-16-le")
        return out.encode(self.encoding)


PERTURBATIONS: dict[str, Perturbation] = {p.name: p for p in (
    Perturbation("crlf", crlf),
    Perturbation("bom", bom),
    Perturbation("gb18030", same_text, encoding="gb18030"),
    Perturbation("utf16", same_text, encoding="utf-16"),
    Perturbation("final_newline", final_newline),
    Perturbation("pad_tabs", pad_tabs),
    Perturbation("strip_tabs", strip_tabs),
    Perturbation("space_pad", space_pad),
    Perturbation("ideo_pad", ideo_pad),
    Perturbation("halfwidth_labels", halfwidth_labels, fold=_fold_labels),
    Perturbation("fullwidth_labels", fullwidth_labels, fold=_fold_labels),
    Perturbation("drop_label_colons", drop_label_colons, fold=_fold_colons),
    Perturbation("spaced_labels", spaced_labels, fold=_fold_gaps),
    Perturbation("blank_lines", blank_lines),
    Perturbation("indent_paragraphs", indent_paragraphs),
    Perturbation("trailing_spaces", trailing_spaces),
    Perturbation("page_numbers", page_numbers),
    Perturbation("add_thousands", add_thousands, fold=_fold_commas),
    Perturbation("drop_thousands", drop_thousands, fold=_fold_commas),
)}


# --------------------------------------------------------------------------- documents and records

@dataclass(frozen=True)
class Doc:
    id: str                      # template id, or the sample's file stem
    path: Path
    layouts: frozenset[str] | None = field(default=None)


def template_docs() -> list[Doc]:
    return [Doc(p.name, p / "form.txt", frozenset({"generic"})) for p in sorted(TEMPLATES.iterdir())
            if p.is_dir() and (p / "form.txt").exists()]


def sample_docs() -> list[Doc]:
    return [Doc(p.stem, p) for p in sorted(SAMPLES.glob("*.txt"))]


def all_docs() -> list[Doc]:
    return template_docs() + sample_docs()


def _value(v, fold: Callable[[str], str] | None):
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, str):
        v = v.strip()
        return fold(v).strip() if fold else v
    if isinstance(v, float):
        return None if math.isnan(v) else round(v, 6)
    if isinstance(v, (list, tuple)) or type(v).__name__ == "ndarray":
        return tuple(_value(x, fold) for x in v)
    return v


Records = dict[str, list[tuple[tuple[str, object], ...]]]


def records(res, fold: Callable[[str], str] | None = None) -> Records:
    """Given a FileResult, return table -> rows (each a tuple of (column, value), provenance left
    out, a row's project as its index in the document)."""
    index = {p["project_id"]: k for k, p in enumerate(res.tables["projects"])}
    out: Records = {}
    for t in TABLES:
        rows = []
        for r in res.tables[t]:
            row = {c: _value(v, fold) for c, v in r.items() if c not in IGNORED}
            if t != "projects" and "project_id" in r:
                row["project"] = index.get(r["project_id"], -1)
            rows.append(tuple(sorted(row.items())))
        out[t] = rows
    return out


def _process(path: Path, layouts: frozenset[str] | None):
    from jixiao.pipeline import process_file
    return process_file(path, layouts=set(layouts) if layouts is not None else None)


@lru_cache(maxsize=None)
def _baseline(doc: Doc):
    return _process(doc.path, doc.layouts)


def baseline(doc: Doc, fold: Callable[[str], str] | None = None) -> Records:
    return records(_baseline(doc), fold)


def original_text(doc: Doc) -> str:
    return doc.path.read_bytes().decode("utf-8")


def perturbed_bytes(p: Perturbation, doc: Doc) -> bytes | None:
    """The perturbed file's bytes, or None when the perturbation leaves the file as it is."""
    data = p.to_bytes(original_text(doc))
    return None if data == doc.path.read_bytes() else data


def perturbed(p: Perturbation, doc: Doc) -> Records | None:
    """The records of the perturbed document, or None when the perturbation does not touch it."""
    data = perturbed_bytes(p, doc)
    if data is None:
        return None
    with tempfile.TemporaryDirectory(prefix="jixiao-perturb-") as d:
        path = Path(d) / doc.path.name
        path.write_bytes(data)
        res = _process(path, doc.layouts)
    return records(res, p.fold)


def _row_text(row) -> str:
    d = dict(row)
    for key in ("level3", "name", "content", "level1"):
        if d.get(key):
            return f"{key}={d[key]!r}"
    return repr({k: v for k, v in d.items() if v not in (None, False)})[:80]


def differences(before: Records, after: Records) -> list[str]:
    """Given the records of two runs, return the differences, one line each (table, row, column,
    before -> after)."""
    out: list[str] = []
    for t in TABLES:
        a, b = before[t], after[t]
        if a == b:
            continue
        sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            if op == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    ra, rb = dict(a[i1 + k]), dict(b[j1 + k])
                    for c in sorted(set(ra) | set(rb)):
                        if ra.get(c) != rb.get(c):
                            out.append(f"{t}[{i1 + k}].{c}: {ra.get(c)!r} -> {rb.get(c)!r}")
                continue
            for k in range(i1, i2):
                out.append(f"{t}[{k}] lost: {_row_text(a[k])}")
            for k in range(j1, j2):
                out.append(f"{t}[{k}] new: {_row_text(b[k])}")
    return out


def xfail_params(pairs, known: dict[str, dict[str, str]]) -> list:
    """Given (perturbation name, document) pairs, return their pytest params (id `name-doc`), each a
    strict xfail where `known[name][doc.id]` gives its reason (the KNOWN_FRAGILE of both harnesses)."""
    import pytest
    out = []
    for name, doc in pairs:
        why = known.get(name, {}).get(doc.id)
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        out.append(pytest.param(name, doc, marks=marks, id=f"{name}-{doc.id}"))
    return out


def doc_differences(p: Perturbation, doc: Doc) -> list[str] | None:
    """The differences the perturbation makes to the document's records; None if it does not apply."""
    after = perturbed(p, doc)
    if after is None:
        return None
    return differences(baseline(doc, p.fold), after)


# --------------------------------------------------------------------------- the runner

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.perturb", description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print the first differences of each document")
    ap.add_argument("-n", type=int, default=8, help="differences shown per document with -v (default 8)")
    ap.add_argument("--docs", help="only documents whose id contains this text")
    ap.add_argument("perturbations", nargs="*", metavar="PERTURBATION", help=f"any of {', '.join(PERTURBATIONS)}")
    args = ap.parse_args(argv)
    unknown = [n for n in args.perturbations if n not in PERTURBATIONS]
    if unknown:
        ap.error(f"unknown perturbation(s) {', '.join(unknown)}; known: {', '.join(PERTURBATIONS)}")
    docs = [d for d in all_docs() if not args.docs or args.docs in d.id]
    total_changed = 0
    for name in args.perturbations or list(PERTURBATIONS):
        p = PERTURBATIONS[name]
        changed: list[tuple[Doc, list[str]]] = []
        applied = 0
        for doc in docs:
            diffs = doc_differences(p, doc)
            if diffs is None:
                continue
            applied += 1
            if diffs:
                changed.append((doc, diffs))
        total_changed += len(changed)
        print(f"{name}: {len(changed)} of {applied} perturbed documents changed ({len(docs)} documents)")
        print_changed(changed, args.verbose, args.n)
    return 1 if total_changed else 0


def print_changed(changed: list, verbose: bool, n: int) -> None:
    """Print each changed document of a perturbation: its id and count, or with `verbose` its first n differences."""
    for doc, diffs in changed:
        if verbose:
            print(f"  == {doc.id}: {len(diffs)} differences")
            for d in diffs[:n]:
                print(f"       {d}")
        else:
            print(f"  {doc.id} ({len(diffs)})")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
