"""Text dumps: bytes -> decoded text -> grids of cells and text lines.

Two dump styles are read (both seen in samples/):
- horizontal: one table row per line, cells separated by tabs; blank lines
  inside a table are page breaks (samples 000, 001, 003, 004);
- vertical: one cell per line (each starting with a tab), rows separated by
  blank lines, a line without a tab continuing the cell above
  (sample 002: ``\\t单项`` then ``分值``).
"""
from __future__ import annotations

import codecs
import collections
import csv
import functools
import inspect
import io
import itertools
import re
from normalize._lazy_re import lazy
import unicodedata
from typing import Callable

from extract.grid import (TEXT_OF, Cell, ExtractError, Extracted, Grid, ParseWarning, TextLine, is_page_furniture, joining_end,
                          unit_error_warning, unwrap_cell)
from normalize.amounts import DECLARED_UNIT_WORDS
from normalize.dates import SO_FAR_PERIOD, STEP_TIME_CELL, parse_date, period_cut
from normalize.orgs import PLACE_WORD, place_led
from normalize.records import BLANK_DAY, GRADE_WORDS
from normalize.text import HAN_CHAR as _HAN_CHAR
from normalize.text import INVISIBLE, INVISIBLE_CHARS
from normalize.text import (INDICATOR_NAME_END, RADIO_EMPTY, RADIO_MARKED, SPACE_ENTITY, STAMP_NOTE, VERDICT_LABELS,
                            ZERO_CIRCLE, numbered_next)

_DASHES = lazy(r"^[\s\-—–_=|:]*$")


def decode_text(data: bytes) -> tuple[str, str, list[ParseWarning]]:
    """Given a file's bytes, return (text, encoding, warnings); raise ExtractError if it is not text.

    BOMs are trusted; UTF-8 is tried strictly; UTF-16 or UTF-32 without BOM is
    recognised by its NUL-byte pattern (guess_wide); anything else is decoded as GB18030
    (a superset of GBK/GB2312) with an `encoding_guessed` warning.
    """
    warnings: list[ParseWarning] = []
    if not data or not data.strip():
        raise ExtractError("empty file: no bytes to read" if not data else "empty file: only whitespace")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(enc)
            except UnicodeDecodeError as e:
                raise ExtractError(f"damaged text: {enc} byte-order mark but invalid {enc} at byte {e.start + len(bom)}") from None
            if not text.strip():
                raise ExtractError(f"empty file: only a {enc} byte-order mark" + (" and whitespace" if text else ""))
            return text, enc + " (BOM)", warnings
    nul = data.count(0)         # (the whole file's: a text whose tail is binary, an image or an object a converter
    if nul:                     # appended, passed on its first 4096 bytes alone — review rd69 I, mend md66)
        enc = guess_wide(data)
        if enc:
            warnings.append(ParseWarning("encoding_guessed", f"no byte-order mark; decoded as {enc} (its NUL bytes and characters fit)"))
            return data.decode(enc), enc, warnings
        stray = _stray_nuls_dropped(data, nul)
        if stray is None:
            at, most = _densest_nuls(data)
            raise ExtractError(f"binary file, not text: {nul} NUL bytes, {most} of them in the {_NUL_BLOCK} bytes from "
                               f"byte {at}")
        warnings.append(ParseWarning("encoding_errors", f"{nul} stray NUL bytes dropped (a text dump's "
                                     f"cells hold them where a converter wrote an empty string's end)"))
        if stray[1] == "gb18030":
            warnings.append(ParseWarning("encoding_guessed", "not valid UTF-8; decoded as GB18030 (GBK)"))
        return stray[0], stray[1], warnings
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad > 0.2 * len(text) or _looks_binary(text):
            raise ExtractError(f"binary file, not text: {bad} of {len(text)} characters are neither UTF-8 nor GB18030") from None
        warnings.append(ParseWarning("encoding_errors", f"neither UTF-8 nor GB18030 (first bad byte at {e.start}); decoded as UTF-8 with {bad} replacement characters"))
        return text, "utf-8 (replaced)", warnings
    if _looks_binary(text):
        raise ExtractError("binary file, not text: decodes only to control characters")
    warnings.append(ParseWarning("encoding_guessed", "not valid UTF-8; decoded as GB18030 (GBK)"))
    return text, "gb18030", warnings


def _stray_nuls_dropped(data: bytes, nul: int) -> tuple[str, str] | None:
    """Given bytes with a few NULs (one in 200 bytes or fewer, not UTF-16's pattern), return (text, encoding) with the
    NULs dropped when the rest is UTF-8 or else GB18030 text (`新化县\\x00教育局`, a converter's C string end left
    inside a cell; hunt ly19, a GBK dump's too: review rv144), else None (a binary file). Few over the whole file and
    in every block of it, its text-like head and tail alike: a text whose tail is binary is binary (mend md66)."""
    if nul > max(2, len(data) // 200) or _densest_nuls(data)[1] > _NUL_BLOCK_MOST:
        return None
    body = data.replace(b"\x00", b"")
    for enc in ("utf-8", "gb18030"):
        try:
            text = body.decode(enc)
        except UnicodeDecodeError:
            continue
        return (text, enc) if text.strip() and _text_like(text) >= 0.95 else None
    return None


_NUL_BLOCK = 4096
_NUL_BLOCK_MOST = max(2, _NUL_BLOCK // 200)     # (stray NULs: one in 200 bytes of any block, as of the whole)


def _densest_nuls(data: bytes) -> tuple[int, int]:
    """(where it starts, how many) of the block of _NUL_BLOCK bytes holding the most NULs (one `count` a block)."""
    most, at = max((data.count(0, k, k + _NUL_BLOCK), -k) for k in range(0, max(len(data), 1), _NUL_BLOCK))
    return -at, most


def _text_like(text: str) -> float:
    """Given decoded text, return the share of its characters that text dumps are made of: the lower of its first
    and its last 4096 characters' (a text whose tail is binary is no text dump: review rd69 I, mend md66)."""
    return min(_text_share(text[:4096]), _text_share(text[-4096:]))


def _text_share(sample: str) -> float:
    if not sample:
        return 0.0
    good = sum(1 for ch in sample if ch in "\t\r\n" or " " <= ch <= "~" or "\u3000" <= ch <= "\u9fff"
               or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u27bf" or "\u00a0" <= ch <= "\u024f")
    return good / len(sample)


def _guess_utf16(data: bytes) -> str | None:
    """Given BOM-less bytes with NULs, return the UTF-16 byte order they read best in, or None."""
    best, best_score = None, 0.0
    if len(data) % 2:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data[: len(data) - len(data) % 2].decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text[:4096] or "\x00" in text[-4096:]:
            continue
        score = _text_like(text)
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.95 else None


def guess_wide(data: bytes) -> str | None:
    """Given BOM-less bytes with NULs, return the UTF-16 byte order they read best in, else the UTF-32 one (a
    script's `encode("utf-32-le")`, three NULs of four bytes in Chinese text too: read as UTF-16 it gives NULs,
    refused as binary, hunt of16), or None. UTF-16 text never reads as UTF-32 (its pairs of Chinese characters
    are code points past U+10FFFF), UTF-32 never as UTF-16 (each character's high half a NUL)."""
    enc = _guess_utf16(data)
    if enc is not None or len(data) % 4 or data.count(0) < len(data) // 4:
        return enc
    for enc in ("utf-32-le", "utf-32-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text[:4096] and "\x00" not in text[-4096:] and _text_like(text) >= 0.95:
            return enc
    return None


def _looks_binary(text: str) -> bool:
    """Are more than 5% of the first or of the last 4096 characters control characters (a binary tail: mend md66)?"""
    return any(sum(1 for ch in part if ord(ch) < 32 and ch not in "\t\r\n\f") > 0.05 * len(part)
               for part in (text[:4096], text[-4096:]) if part)


def split_lines(text: str) -> list[str]:
    """Given decoded text, return its lines (CRLF, CR and LF all end a line; no other breaks)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


_PADDING_TABS = lazy(r"[^\t\s]\t{2,}[^\t\s]")        # `二级指标\t\t三级指标`: tabs run between two texts


def _expand_tabs(line: str, size: int) -> str:
    """A line with its tabs made spaces up to the next stop of `size` display columns (a Chinese character two)."""
    out: list[str] = []
    at = 0
    for ch in line:
        if ch == "\t":
            n = (at // size + 1) * size - at
            out.append(" " * n)
            at += n
        else:
            out.append(ch)
            at += _char_width(ch)
    return "".join(out)


def _tab_stops(lines: list[str]) -> list[str] | None:
    """A dump whose columns were set with tabs as padding, not one tab a cell (typed in Notepad to its tab stops:
    `一级指标\t二级指标\t\t三级指标\t\t\t指标值`, as many tabs as the text before needs to reach its column; a row
    padded with spaces among them): its lines with the tabs expanded (stops of 8 columns, or 4), to be read as a
    space-aligned dump; else None. Asks a head of four texts or more and three rows or more (of two texts or more)
    under it whose texts, once expanded, start where the head's do (half of its rows at least), and no head of as
    many rows whose texts stand in its fields of the tab split (a tab dump with empty cells: its rows keep its
    head's fields) but for a row as full as that head out of its fields and at its stops of 8 (typed to stops, a
    long text one tab short); of the rows its stops align, one at least the tab split cannot read
    (`_stops_explain_more`)."""
    tabbed = [ln for ln in lines if "\t" in ln]
    padded = 0                          # (three lines of padding tabs at least; `\t\t` in a line before its pattern)
    for ln in tabbed:
        if "\t\t" in ln and _PADDING_TABS.search(ln):
            padded += 1
            if padded == 3:
                break
    else:
        return None
    split, texts = [], []               # the lines of two texts or more: their fields, their texts' field numbers
    for ln in tabbed:
        fields = ln.split("\t")
        held = {m for m, f in enumerate(map(str.strip, fields)) if f}     # (each field stripped in one C pass)
        if len(held) >= 2:
            split.append(fields)
            texts.append(held)
    # (a head whose rows keep its fields: a tab dump — asked first, as it needs no widths but of the head and its
    # full rows out of its fields, if any: its answer is the same at either stop size; the rows under the head
    # counted by index, no head past the first that has them. Each field's display width and, for a text, its
    # leading spaces' width: the same at either stop size)
    def measure(fields: list[str]) -> list[tuple[int, int | None]]:
        return [(_width(f), _width(f) - _width(f.lstrip()) if f.strip() else None) for f in fields]
    for h, fields in enumerate(texts):
        if len(fields) >= 4 and sum(1 for k in range(h + 1, len(texts)) if texts[k] <= fields) >= \
                max(3, 0.5 * (len(texts) - h - 1)):
            # (unless a row as full as the head stands out of its fields but at its stops of 8, a typist's
            # default: typed to stops, its long text one tab short of the head's, review rv159 — then the stops
            # below decide; of 4, too near to tell a chance from a stop)
            full = [k for k in range(h + 1, len(texts)) if len(texts[k]) >= len(fields) and not texts[k] <= fields]
            if not full or not any(_starts(measure(split[k]), 8) <= _starts(measure(split[h]), 8) for k in full):
                return None
            break
    measured = [measure(fields) for fields in split]
    for size in (8, 4):
        starts_of = [_starts(widths, size) for widths in measured]     # each tabbed line's texts' display starts
        for h, fields in enumerate(texts):
            if len(fields) < 4:
                continue
            aligned = [k for k in range(h + 1, len(texts)) if starts_of[k] <= starts_of[h]]
            if len(aligned) >= max(3, 0.5 * (len(texts) - h - 1)) and _stops_explain_more(texts, h, aligned):
                return [_expand_tabs(ln, size) if "\t" in ln else ln for ln in lines]
    return None


def _short_rows_placed(lines: list[str]) -> list[str]:
    """A Word dump's rows one cell short (a merged cell: Word writes one tab a cell) placed under their head: a row
    under a head of four texts or more with an empty field between two of its texts (`三级指标\t\t指标值`, a narrow
    column), the row fewer fields than the head, opening with an empty one (under merged 一级 / 二级 cells), its
    texts in the head's fields up to one in that empty field right after another (`\t\t购置扑火机具数量\t≥120台`,
    the name's cell merged over the narrow column), that field empty in the head and in its full rows (of its
    width, one at least before): that text and the row's texts after it (a 自评表's 实际完成值, 分值, 得分, a 备注:
    review rv164) moved on to the head's next field, as many empty fields put before them, when each then stands
    in a field the head or its full rows fill and the row grows no wider than the head (the value was in the
    head's empty column, read by nothing: `target_missing`, review rv159's Left; hunt of16). Other lines as they
    are."""
    if not any("\t\t" in ln for ln in lines):
        return lines
    out = lines
    head: list[str] | None = None       # (the head, its texts' fields, and the fields it and its full rows fill:
    held: set[int] = set()              # it holds while its rows follow it, full ones of its width or short ones
    used: set[int] = set()              # opening empty; any other line ends it)
    full = 0
    for n, ln in enumerate(lines):
        if "\t" not in ln:
            head = None
            continue
        fields = ln.split("\t")
        texts = [m for m, f in enumerate(fields) if f.strip()]
        if head is not None and len(fields) == len(head):
            used.update(texts)
            full += 1
            continue
        if head is not None and len(fields) < len(head) and not fields[0].strip():
            k = next((m for m in texts if m not in held), None)     # (the first text outside the head's texts)
            if full and k is not None and k not in used and k - 1 in texts \
                    and (nxt := next((m for m in range(k + 1, len(head)) if m in held), None)) is not None \
                    and len(fields) + nxt - k <= len(head) and all(m + nxt - k in used for m in texts if m > k):
                if out is lines:
                    out = list(lines)
                out[n] = "\t".join(fields[:k] + [""] * (nxt - k) + fields[k:])
            continue
        head, held, used, full = (fields, set(texts), set(texts), 0) if len(texts) >= 4 else (None, set(), set(), 0)
    return out


def _starts(widths: list[tuple[int, int | None]], size: int) -> set[int]:
    """The display columns a tabbed line's texts start at, its tabs expanded to stops of `size`, from its fields'
    (width, leading spaces' width or None for an empty field)."""
    starts = set()
    at = 0                              # (the display column field m starts at, its tabs before it expanded:
    for w, lead in widths:              # counted on from the field before, not each field's lead expanded anew)
        if lead is not None:
            starts.add(at + lead)
        at = (at + w) // size * size + size
    return starts


def _stops_explain_more(texts: list[set[int]], h: int, aligned: list[int]) -> bool:
    """Given the tabbed lines' texts' field numbers, a head's index `h` and the rows under it that its tab stops
    align, is one of those rows at least out of the fields of the head and of every line of four texts or more
    between them (the rows the tab split cannot read)? Else the split reads them as well: a tab dump whose merged
    cells are runs of empty ones (`主管部门\t…局\t\t实施单位\t…`), its label / value rows and a later table's rows
    aligned by their widths alone (hunt ly20)."""
    heads: list[set[int]] = []          # (the distinct field sets of four texts or more from the head on: few)
    j = h
    for k in aligned:
        while j < k:
            if len(texts[j]) >= 4 and texts[j] not in heads:
                heads.append(texts[j])
            j += 1
        if not any(texts[k] <= f for f in heads):
            return True
    return False


def _is_separator(fields: list[str]) -> bool:
    return any(f.strip() for f in fields) and all(_DASHES.match(f) for f in fields) \
        and any("-" in f or "—" in f for f in fields)


def _vertical_style(lines: list[str]) -> bool:
    tabbed = [ln for ln in lines if "\t" in ln]
    if len(tabbed) < 5:
        return False
    one_cell = sum(1 for ln in tabbed if ln[0] == "\t" and ln.count("\t") == 1)    # (each holds a tab: never empty)
    return one_cell >= 0.6 * len(tabbed)


_WIDE_GAP = lazy(r"[ \u3000\xa0]{2,}|\u3000")
_TOKEN = re.compile(r"\S+")
_SENTENCE_MARK = lazy(r"[，。；！？,;]")
_THOUSANDS = lazy(r"(?<=\d)[,，](?=\d{3}(?!\d))")     # `3,560.00`: a figure's comma, no sentence's


def _flattened_style(lines: list[str], cells_of: dict[str, list[tuple[int, int, str]]] | None = None) -> bool:
    """A PDF text export with its cells run together on lines: almost no tabs, many multi-token lines. `cells_of`,
    when given, gets each content line's cells (`_flat_cells`), for `_aligned_flat` not to cut the lines again."""
    content = [ln for ln in lines if ln.strip()]
    if len(content) < 5:
        return False
    tabbed = len([ln for ln in content if "\t" in ln])
    if tabbed > 0.1 * len(content):
        return False
    if cells_of is None:
        cells_of = {}
    for ln in content:
        if ln not in cells_of:
            cells_of[ln] = _flat_cells(ln)
    multi = sum(1 for ln in content if len(cells_of[ln]) >= 2)
    return multi >= max(3, 0.3 * len(content))


def _flat_cells(line: str) -> list[tuple[int, int, str]]:
    """Given a flattened line, return its cells with their first and last character positions on the line:
    split on wide gaps, else on single spaces between short tokens (`主管部门 某区民政局`). A token that only
    opens a value (`≥`, `> =`) or a bracket going on from the token before (`100% (10月前)`) is no cell of its
    own, nor is a part wholly in brackets (`（ 2020 年 ）`)."""
    t = line.strip()
    if not t:
        return []
    lead = len(line) - len(line.lstrip())
    if is_page_furniture(t):
        return [(lead, lead + len(t), t)]
    out: list[tuple[int, int, str]] = []
    pos = lead
    for part in _WIDE_GAP.split(t):
        at = line.index(part, pos) if part else pos
        pos = at + len(part)
        if not part.strip():
            continue
        tokens = [(m.start() + at, m.end() + at, m.group()) for m in _TOKEN.finditer(part)]
        if len(tokens) >= 2 and all(len(x) <= 20 and not _SENTENCE_MARK.search(_THOUSANDS.sub("", x))
                                    for _, _, x in tokens) and not _BRACKETED.match(part.strip()):
            merged: list[tuple[int, int, str]] = []
            box_first = _BOX_ONLY.match(tokens[0][2]) is not None    # `□ 一次性项目 ☑ 经常性项目`: each box before
            for tok in tokens:
                if merged and (_OP_ONLY.match(merged[-1][2]) or tok[2][0] in "(（"
                               or (_BOX_ONLY.match(merged[-1][2]) if box_first
                                   else _BOX_ONLY.match(tok[2]) and not _FIGURE_END.search(merged[-1][2]))
                               or _OP_TAIL.match(tok[2]) and (merged[-1][2][-1] in _OP_CHARS
                                                              or not _EQ_FIGURE.match(tok[2]))
                               or (merged[-1][2][-1].isdigit() and _UNIT_TOKEN.match(tok[2])
                                   and tok[2] not in _NO_UNIT)):
                    a = merged.pop()
                    merged.append((a[0], tok[1], line[a[0]:tok[1]]))   # `≥ 90%`, `100% (10月前)`: one cell
                else:
                    merged.append(tok)
            out.extend(merged)
        else:
            s0 = at + len(part) - len(part.lstrip())
            out.append((s0, s0 + len(part.strip()), part.strip()))
    return out


# what ends a table's columns in flattened text: a note or a numbered remark under it, a `label：value` line
_ENDS_COLUMNS = lazy(r"^(?:注|备注|说明|填表说明|附注)\s*[:：]|^[（(]?\d{1,2}\s*[)）.、．]\s*\S|^[^\s:：\d]{2,12}[:：]\s*\S")
_YEAR_ALONE = r"^[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]$"          # `（2021年度）` on a line of its own
_TITLE_LINE = lazy(rf"表\s*$|{_YEAR_ALONE}")
_OP_ONLY = lazy(r"^(?:[≥≤≧≦＞＜<>=＝》《]{1,2}|大于|小于|不低于|不高于|不少于|不超过)$")
_OP_TAIL = lazy(r"^[=＝]\S")           # `≥ =100%`: the `=` typed after the sign
_FIGURE_END = lazy(r"[\d%％‰]$")                # `95% √`: a value, the tick another column's
_BOX_ONLY = lazy(r"^[□☐■☑☒√✓✔▇◻◼]$")         # `部门预算 □`: the box of the option before it
_EQ_FIGURE = lazy(r"^[=＝]\s*\d")                 # `=22个` after a name: its target (`=漏损量/供水量` is no cell)
_OP_CHARS = "≥≤≧≦＞＜<>》《"                  # (after a name, `涉及乡镇街数量 =22个`, `=22个` is the target's cell)
_BRACKETED = re.compile(r"^[（(].*[)）]$")
# words of one or two characters after a number that are no unit but a cell of their own (`10 无`: a score, then
# the deviation 无)
_NO_UNIT = frozenset({"无", "有", "是", "否", "能", "优", "良", "中", "差", "好", "高", "低", "暂无", "没有", "合格", "达标",
                      "完成", "正常", "良好", "优秀"})
_UNIT_TOKEN = lazy(r"^(?:[%％‰]|[^\d\s%％]{1,2}[%％]?)$")     # `≥ 95 ％`, `12 个`: the number's unit


_BRACKET_WORD = lazy(r"^[（(][^()（）\s]{1,8}[)）]$")


def _bracket_words_kept(words: list[str], cells: list[str]) -> list[str]:
    """Given a line's words and its cells, return the words with a word all in brackets put back after the word before
    it when the two are one of the cells (`项目金额` `(万元)` -> `项目金额 (万元)`)."""
    out: list[str] = []
    for w in words:
        if out and _BRACKET_WORD.match(w) and out[-1] + " " + w in cells:
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def _spaced_rows(lines: list[str], all_cells: list[list[tuple[int, int, str]]],
                 classify: Classify | None) -> list[tuple[str, int]]:
    """Given the lines of a text whose cells are set apart by one space and their cells, return its rows (with
    their first line, 1-based) as their cells come (no empty cell): a level name's cut end on a line of its own
    (`项目完成` / `指标`) joined to it; level names alone on their lines (`项目效益指标`, `社会效益指标`) put before the row
    they head, unless that row has its own level 1 (and 2); a line the token rule kept whole split at its spaces when
    it starts with a level name or a label; after a label, its value's words kept together up to the next label
    (unless they are all values: `预算执行率 ≥95% 98% 10 10`)."""
    out: list[list[str] | str] = []
    nos: list[int] = []                      # each row's first line (1-based)
    lead: list[str] = []                     # level names on lines of their own, waiting for their row
    lead_no = 0
    for no, (ln, cs) in enumerate(zip(lines, all_cells), 1):
        texts = [c[2] for c in cs]
        loose = ln.split()
        if len(texts) == 1 or classify is not None and len(texts) >= 2 and _kind(classify, texts[0]) == "label":
            # (a line of cells joined by spaces that the token rule kept whole: `数量指标 对符合…、…家庭进行扶助 63人`;
            # or a label's value the token rule cut at its spaces: `项目名称 5G 智慧校园建设`)
            # (a label's unit in brackets after a space, `项目金额 (万元) 360`: the one cell the token rule made of them
            # stays one — the unit was the label's value, `(万元) 360`, and the money lost, review rv20)
            loose = _bracket_words_kept(loose, texts)
            first = _kind(classify, loose[0]) if loose and classify is not None and len(loose[0]) <= 12 else ""
            # (a block's label with its text, `年度绩效目标 新建公办幼儿园2所，…`, as a label's: its value after it)
            block = first == "block" and len(texts) == 1 and len(loose) >= 2 and not _VALUE_LIKE.match(loose[1])
            if 2 <= len(loose) <= (40 if first == "label" or block else 8) and classify is not None and (
                    first in _LEVELS + ("label",) or block
                    or lead and len(loose) <= 4):    # (the row level names on lines of their own head)
                texts = loose
                if (_kind(classify, loose[0]) == "label" or block) and not all(_VALUE_LIKE.match(w) for w in loose[1:]):
                    # `年度目标 选聘生态护林员 200 名,实现…`: after a label, the words up to the next label are its value
                    texts, after_label, money, money_label = [], False, False, False
                    for w in loose:
                        kind = classify(w) if len(w) <= 12 else None
                        is_label = kind is not None and kind[0] in (("label", "block") if not texts and block
                                                                    else ("label",))
                        # (after a money label's lone figure, a word of four characters or more, `项目金额 360 调整金额
                        # -60`: the next cell and a label of its own, no more of the figure — the two were one value,
                        # `360 调整金额 -60`, the 360 lost)
                        head = money and _SPACED_NEXT_HEAD.match(w) is not None
                        if is_label or after_label or not texts or head:
                            texts.append(w)
                        else:
                            texts[-1] += " " + w
                        money = after_label and money_label and _LONE_FIGURE.match(w) is not None
                        money_label = is_label and kind[1] in _MONEY_DETAILS
                        after_label = is_label or head
        if len(texts) == 1 and texts[0] in _CUT_PIECES and (lead or out) and classify is not None:
            above = lead[-1] if lead else out[-1][-1] if isinstance(out[-1], list) else out[-1].strip()
            if _kind(classify, above + texts[0]) in _LEVELS:     # (only a level name's cut end)
                if lead:
                    lead[-1] += texts[0]
                    continue
                if isinstance(out[-1], list):
                    out[-1][-1] += texts[0]  # `绩效指标 项目完成` / `指标`
                    continue
                texts, no = [out.pop().strip() + texts[0]], nos.pop()   # `项目效益` / `指标`: read again as one line
        if len(texts) == 1 and classify is not None:
            whole = texts[0] if texts[0].endswith(("指标", "目标")) else texts[0] + "指标"
            if _kind(classify, whole) in _LEVELS or lead and _kind(classify, texts[0]) in _LEVELS:
                lead_no = lead_no or no
                lead.append(texts[0])        # (`项目效益`, its `指标` on the next line)
                continue
        if len(texts) >= 2:
            texts = _rejoin_signers(_rejoin_quantities(texts))
        k0 = _kind(classify, texts[0]) if lead and len(texts) >= 2 and classify is not None else ""
        if k0 == "level1" or k0 == "level" and _kind(classify, texts[1]) in _LEVELS:
            out.extend(lead)                 # (a stray line read like a level, over a row that has its level 1)
            nos.extend([lead_no] * len(lead))
            lead, lead_no = [], 0
        if lead:
            if len(texts) >= 2:
                texts, no = lead + texts, lead_no
            else:
                out.extend(lead)
                nos.extend([lead_no] * len(lead))
            lead, lead_no = [], 0
        out.append(texts if len(texts) >= 2 else ln)
        nos.append(no)
    out.extend(lead)
    nos.extend([lead_no] * len(lead))
    if classify is not None:
        _join_head_tails(out, nos, classify)
        _pad_levels(out, classify)
    return [("\t".join(x) if isinstance(x, list) else x, n) for x, n in zip(out, nos)]


# a signature's label with its colon (`审核人:`, `填表人：`), where a signature line under a form starts
_SIGN_LABEL = lazy(r"^(?:填表人|填报人|审核人|复核人|经办人|负责人|联系人|审核|填表|填报|经办|复核|"
                         r"(?:填报|填表|审核|报送)?日期)\s*[:：]")


def _rejoin_signers(texts: list[str]) -> list[str]:
    """The cells of a single-space line with a signature's label put back with its name (`审核人:` `王丽`, OCR's space
    after the colon): one cell, `审核人: 王丽`, as the parser reads a sign-off line."""
    out: list[str] = []
    for t in texts:
        if out and _SIGN_LABEL.match(out[-1]) and _SIGN_LABEL.match(out[-1]).end() == len(out[-1]) \
                and not _SIGN_LABEL.match(t):
            out[-1] += " " + t
        else:
            out.append(t)
    return out


def _join_head_tails(rows: list, nos: list[int], classify: Classify) -> None:
    """Given the rows of a single-space text, join to a table head the line of its cells' wrapped ends under it
    (`… 年度 实际 分值 得分 …` over `指标值 完成值`: 年度指标值, 实际完成值), each piece to the first head it completes."""
    k = 0
    while k + 1 < len(rows):
        head, tail = rows[k], rows[k + 1]
        tail = tail if isinstance(tail, list) else [tail.strip()] if isinstance(tail, str) and tail.strip() else None
        if isinstance(head, list) and tail and len(head) >= 3 and all(len(t) <= 6 for t in tail) \
                and sum(1 for c in head if (classify(c) or ("", "", ""))[2].startswith("indicator:")) >= 3:
            got, used = list(head), set()
            for t in tail:
                at = next((c for c in range(len(got)) if c not in used and _wrapped_head(classify, got[c], t)), None)
                if at is None:
                    break
                got[at] += t
                used.add(at)
            else:
                rows[k], rows[k + 1:k + 2] = got, []
                del nos[k + 1]
        k += 1


def _pad_levels(rows: list, classify: Classify) -> None:
    """Given the rows of a single-space text, put the rows under an indicator table's header in its columns by their
    first cell: a row starting with a level 2 (`质量指标 检查合格率 ≥95% …`, its level 1 merged above and not printed)
    or with the name gets the empty cells before it, as a tab dump keeps them (it was read a column or two left)."""
    head: dict[str, int] | None = None
    width = 0
    for k, row in enumerate(rows):
        if not isinstance(row, list):
            continue
        roles = {}
        for c, t in enumerate(row):
            kind = classify(t)
            if kind is not None and kind[2].startswith("indicator:"):
                roles.setdefault(kind[2].split(":")[1], c)
        if len(roles) >= 3 and "level3" in roles:
            head, width = roles, len(row)
            continue
        if head is None:
            continue
        first = _kind(classify, row[0])
        if first in ("label", "header") and len(row) >= 2 and all(_VALUE_LIKE.match(t) for t in row[1:]):
            first = ""                               # `预算执行率 ≥95% 98% 10 10`: an indicator named like a label
        if first in ("label", "header", "title"):
            head = None                              # (the table has ended)
            continue
        if first == "block" or _TOTAL_WORD.match(row[0]):
            continue                                 # (the block label the header starts with too; a total row)
        nxt = _kind(classify, row[1]) if len(row) > 1 else ""
        if first == "level1" or first == "level" and nxt in _LEVELS:
            at = head.get("level1", 0)
        elif first in ("level2", "level") or first == "bare" and nxt == "":
            at = head.get("level2", head.get("level1", 0))
        else:
            at = head["level3"]
        if 0 < at and len(row) + at <= width:
            rows[k] = [""] * at + row


# a unit written apart from its number in a text of single spaces (`≥ 32000 平方米`, `≤ 0.93 元/吨`)
_UNIT_WORD = re.compile(r"^(?:万|亿|千)?(?:平方米|平方公里|立方米|公里|千米|米|亩|公顷|吨|千克|公斤|元|人次|人|户次|户|次|台套|台|套|"
                        r"辆|所|场|篇|家|座|批|项|件|份|册|本|张|棵|株|头|只|处|条|间|个|天|小时|分钟|年|月|日|周)"
                        r"(?:/[^\s\d/]{1,4})?$")
_YEAR_WORD = lazy(r"^(?:19|20)\d{2}年$")
_DAY_OR_MONTH = lazy(r"^[月日](?:底前|底|前|份|初|中|末|以前|之前|\d{1,2}日?(?:前|以前)?)?$")   # `月底前`, `日前`
_DAY_NUMBER = lazy(r"(?<!\d)(?:[1-9]|[12]\d|3[01])$")
_MONTH_PIECE = lazy(r"^\d{1,2}月")
_DATE_END = lazy(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?$")     # `2024年1月1日` before 至
_DATE_START = lazy(r"^(?:19|20)\d{2}年")
_SPAN_WORDS = frozenset({"至", "到", "-", "—", "~", "～", "－"})
_OPEN_SPAN = lazy(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?[至到\-—~～－]$")   # `2024年1月1日 至`, its end next


# a table's word printed with its characters spaced apart (`合 计`, `项 目`, `序 号`): one cell, not one per character
_SPACED_WORDS = frozenset({"合计", "总计", "小计", "项目", "序号", "备注", "名称", "单位", "金额", "说明"})
# the table words that end a longer head (`调整金额`, `资金名称`, `建设单位`): characters of no word before one are its own
_HEAD_ENDS = frozenset({"金额", "名称", "单位"})


_ONE_CJK = lazy(r"^[\u3400-\u9fff]$")
# `计 (万元)`, `计（万元）`: a character, its bracket; `称：城区…`: a character, its colon and the value after it (an OCR'd
# `项 目 名 称：城区…`, the label's last character glued to its value) — or its colon alone, the value a space or a tab
# on (`主 管 部 门： 某局`: the department was lost, review rv83)
_CHAR_BRACKET = lazy(r"^[\u3400-\u9fff](?: ?[（(]|[:：])")
# a figure glued to the first character of a letter-spaced label after it (`360 资`)
_SPACED_GLUED_LEAD = lazy(r"^([-+]?[\d,，.]*\d%?)\s([\u3400-\u9fff])$")


def _spaced_labels(line: str, cells: list[tuple[int, int, str]], classify: Classify) -> list[tuple[int, int, str]]:
    """Given a flattened line and its cells, return them with the words printed letter-spaced put back together:
    a run of single characters one space apart (`主 管 部 门`, `实 施 单 位`) is cut, from its left, into the longest
    pieces the parser knows as a label, a block's label, a head or a level (`主管部门`), or a table word of
    _SPACED_WORDS (`合计`); a character of no such piece stays a cell (`是 否`: two options). A bracket the token rule
    put to the run's last character stays with the word (`合 计 (万元)` -> `合计 (万元)`). Each cell keeps where it
    stands on the line. (The label's characters were cells each, `主 | 管 | 部 | 门 | 某区住房和城乡建设局`: the
    department and the project's name were lost — review rv13.) The one join of letter-spaced words: the token rule
    (`_flat_cells`) and `_spaced_rows` had their own for _SPACED_WORDS, twins of this one (check tw1)."""
    pieces: list[tuple[int, int, str]] = []
    tails: dict[int, tuple[int, int, str]] = {}     # a character's piece -> its cell, a bracket after it (`计 (万元)`)
    split: dict[int, str] = {}      # a figure cut from a character below (the character's start: the blank)
    for n, (s, e, t) in enumerate(cells):
        nxt = cells[n + 1] if n + 1 < len(cells) else None
        lead = _SPACED_GLUED_LEAD.match(t) if nxt is not None and _ONE_CJK.match(nxt[2]) and e + 1 == nxt[0] \
            and line[s:e] == t else None
        if _CHAR_BRACKET.match(t) and pieces and _ONE_CJK.match(pieces[-1][2]) and pieces[-1][1] + 1 == s:
            tails[len(pieces)] = (s, e, t)          # (`合 计 (万元)`: _flat_cells put the bracket to its last character;
            pieces.append((s, s + 1, t[0]))         # `项 目 金 额（万元） 360`, hunt mn11)
        elif lead is not None:
            # (`项 目 金 额 360 资 金 性 质 财政拨款`: a figure and the next label's first character one cell, `360 资`)
            at = s + lead.start(2)
            pieces += [(s, s + lead.end(1), lead.group(1)), (at, e, lead.group(2))]
            split[at] = " "
        else:
            pieces.append((s, e, t))
    if sum(1 for p in pieces if _ONE_CJK.match(p[2])) < 2:
        return cells
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(pieces):
        j = i
        if _ONE_CJK.match(pieces[i][2]):     # (a run of single characters one space apart: each next one tested)
            while j + 1 < len(pieces) and pieces[j + 1][0] == pieces[j][1] + 1 and _ONE_CJK.match(pieces[j + 1][2]):
                j += 1
        if j == i:
            out.append(tails.get(i, pieces[i]))
            i += 1
            continue
        run, k, loose = pieces[i:j + 1], 0, 0
        while k < len(run):
            m = next((m for m in range(len(run), k + 1, -1) if _known_word("".join(p[2] for p in run[k:m]), classify)),
                     None)
            if m is None:
                out.append(tails.get(i + k, run[k]))
                k += 1
                loose += 1
            else:
                tail = tails.get(i + m - 1)
                word = "".join(p[2] for p in run[k:m])
                start = run[k][0]
                if 0 < loose == k and word in _HEAD_ENDS and i not in tails:
                    # (`调 整 金 额 -60`: characters of no known word right before a head's last word, in one run, are
                    # that head's first — `调整金额`; they were cells each, `调 | 整 | 金额`, the figure lost; only
                    # when they open the run: after a label, `联 系 人 张 三 单 位 电 话`, they are its value)
                    word = "".join(p[2] for p in run[k - loose:k]) + word
                    start = run[k - loose][0]
                    del out[len(out) - loose:]
                elif 2 <= loose < k and not any(i + x in tails for x in range(k - loose, k)):
                    # (`联 系 人 张 三 单 位 电 话`: characters of no known word between two labels, each one a
                    # cell, are one value spaced as they are — `张三`; the 三 was lost)
                    out[len(out) - loose:] = [(run[k - loose][0], run[k - 1][1],
                                               "".join(p[2] for p in run[k - loose:k]))]
                out.append((start, tail[1], word + tail[2][1:]) if tail else (start, run[m - 1][1], word))
                k, loose = m, 0
        i = j + 1
    for k in range(len(out) - 1, 0, -1):         # (a cut cell's pieces that made no word: as they were)
        at = out[k][0]
        if at in split and len(out[k][2]) == 1 and out[k - 1][1] + len(split[at]) == at:
            out[k - 1:k + 1] = [(out[k - 1][0], out[k][1], out[k - 1][2] + split[at] + out[k][2])]
    return out if [c[2] for c in out] != [c[2] for c in cells] else cells   # (fewer cells: texts that differ too)


def _ocr_blanks_joined(lines: list[str], all_cells: list[list[tuple[int, int, str]]], classify: Classify
                       ) -> list[list[tuple[int, int, str]]]:
    """Given a flattened text's lines and their cells, return the cells with an OCR's blank inside a word taken out
    (`项 目名称`, `实施单 位`, `龙岗区社区 康复服务站建设项目`: cells each, the label and the name lost) when the text
    sets its cells apart by runs of two blanks or more everywhere else: two cells one blank apart, a Han character
    each side of it, are one word when that word is one of the form's (a label, a head, a level: `项目 名称`) or
    neither piece is a label, a block's label or a level, nor both heads (`主管部门 某局`, a label and its value, stay
    two; `农田 建设项目` joins, a head's word inside a value). Under a table's head a row of no more pieces than the
    head has cells keeps a blank before a piece standing at a head's column (`养护工程验收质量等级 合格`, a laid-out
    page's name filling its column, its target under `指标值`: two cells; review rv140). A label's value (or an
    unknown word's) whose pieces list like things (_listed: `张三 李四`, `城关镇 大塘镇`) is one cell keeping its
    blanks (mend md63: they were run together, `张三李四`). A row keeping another gap of one blank (a figure's, a
    label's: `主管部门 某局`) keeps that gap, its other joins and the other rows' made; when a third of the wide rows
    or more keep one, the text is one whose cells one blank may part: nothing joined (hunt ly19: one such row turned
    off the whole text's joins). A title's or a note's line across the head's columns ends its table. (Hunt ly18; a single space
    between two Han pieces of a laid-out text all of whose other gaps are wide is read as no gap.)"""
    if not any(b[0] - a[1] == 1 and _HAN_CHAR.match(a[2][-1]) and _HAN_CHAR.match(b[2][0])
               for cs in all_cells for a, b in zip(cs, cs[1:])):
        return all_cells
    out: list[list[tuple[int, int, str]]] = []
    heads: list[int] = []       # where the last table head's cells stand (`一级指标   二级指标   三级指标   指标值`)
    for ln, cs in zip(lines, all_cells):
        if heads and cs and _kind(classify, cs[0][2]) in ("label", "block"):
            heads = []          # (a form's field row ends the table: the next form's `主管部门    县人力资源 和社会保障局`
        row: list[tuple[int, int, str]] = []   # is no row under it — review rd68 F, mend md65)
        wide = any(b[0] - a[1] >= 2 for a, b in zip(cs, cs[1:]))   # (a line of no wide gap, a heading or prose,
        if heads and cs and not wide and _across_heads(ln, cs, heads):
            heads = []          # (a title's or a note's line running across the head's columns ends the table too;
                                # a cut cell's rest fits its column, a page's footer is skipped: hunt ly19)
        for c in cs:                                                 # `第一章 总则`, keeps its blank)
            if row and wide and c[0] - row[-1][1] == 1 and _HAN_CHAR.match(row[-1][2][-1]) and _HAN_CHAR.match(c[2][0]) \
                    and not (heads and len(cs) <= len(heads) and any(abs(_width(ln[:c[0]]) - h) <= 1 for h in heads)):
                a, word = row[-1], row[-1][2] + c[2]
                kinds = (_kind(classify, a[2]), _kind(classify, c[2]))
                if _known_word(word, classify) or not (set(kinds) & _CELL_KINDS or kinds == ("header", "header")):
                    if len(row) >= 2 and _kind(classify, row[-2][2]) in ("label", "") \
                            and not _known_word(word, classify):
                        pieces = a[2].split(" ") + [c[2]]
                        if _listed(pieces, _person_label(row[-2][2], " ".join(pieces))):
                            word = a[2] + " " + c[2]     # (a label's value listing people or places: blank kept)
                        elif " " in a[2] and _places_named(pieces):
                            word = "".join(pieces)       # (places then a body's name: one name, mend md66)
                    row[-1] = (a[0], c[1], word)
                    continue
            row.append(c)
        if len(row) >= 3 and all(_kind(classify, c[2]) == "header" for c in row):
            heads = [_width(ln[:c[0]]) for c in row]
        out.append(row)
    rows = [k for k, cs in enumerate(out) if any(b[0] - a[1] >= 2 for a, b in zip(cs, cs[1:]))]
    left = [k for k in rows if any(b[0] - a[1] < 2 for a, b in zip(out[k], out[k][1:]))]
    if len(rows) < 5 or 3 * len(left) >= len(rows):     # (a few rows keeping a gap of one blank, `主管部门 新化县教育局`,
        return all_cells                                 # keep it; the joins stand, theirs too — one such row
    return out                                           # turned off the whole text's: hunt ly19)


def _across_heads(line: str, cells: list[tuple[int, int, str]], heads: list[int]) -> bool:
    """Does a line of no wide gap under a table's head run across the head's columns (a note `注：以下为…`, a title),
    not fitting the column it starts in as a cut cell's rest does? A page's footer or form feed: no (the table goes
    on over the page, its head maybe printed again)."""
    if "\f" in line or is_page_furniture(line.strip(" \u3000")):
        return False
    start, end = _width(line[:cells[0][0]]), _width(line[:cells[-1][1]])
    nxt = min((h for h in heads if h > start + 1), default=None)
    return nxt is not None and end > nxt + 1




def _listed(pieces: list[str], people: bool = True) -> bool:
    """Do a cell's pieces, one blank apart, list like things: people's names (`张三 李四`, two or three characters
    each: under a person's label, PEOPLE, or three pieces or more — `主管部门 县农业 农村局` is a body's name an OCR
    split, joined; review rd68 B, mend md65) or places or bodies of one kind (`城关镇 大塘镇 洋溪镇`, one last
    character), or places each (_place_piece: `城关镇 大塘村`, `洋溪镇 石冲口社区`, `宜昌市 夷陵区`)? Places one blank
    apart keep it, whatever their levels: the blank cannot tell a list of places from one place's hierarchy (`城关镇
    大塘村` two places or the village of the town), so they stay as written, no character lost (hunt ly19, they were run
    together, `城关镇大塘村`; mend md66 — `宜昌市 夷陵区` was joined while `城关镇 大塘村` was not). A name after them
    makes them its own (_places_named)."""
    return (people or len(pieces) >= 3) and all(2 <= len(p) <= 3 for p in pieces) \
        or (all(len(p) >= 2 for p in pieces) and len({p[-1] for p in pieces}) == 1) \
        or all(_place_piece(p) for p in pieces)


# a township's or a village's name ends (a county's, a city's, a province's: normalize.orgs' PLACE_WORD)
_PLACE_ENDS = ("镇", "乡", "村", "街道", "社区", "嘎查", "苏木", "屯", "寨")


def _place_piece(piece: str) -> bool:
    """Is a piece (three characters or more) a place's name of any level, `湖南省`, `宜昌市`, `夷陵区`, `城关镇`,
    `大塘村`, `石冲口社区` (not `老旧小区`, `产业园区`, `农贸市场`: PLACE_WORD's own exceptions)?"""
    return len(piece) >= 3 and (piece.endswith(_PLACE_ENDS) or PLACE_WORD.match(piece) is not None)


# a list's word after its places (`城关镇 大塘村 等2个村`, `三棵树镇 舟溪镇 及周边村`): the list goes on, its blanks kept
_LIST_GOES_ON = ("等", "共", "计", "合计", "及", "和", "与", "、")


def _places_named(pieces: list[str]) -> bool:
    """Are a cell's pieces places, one blank apart, then a name of something else (`宜昌市 夷陵区 农业农村局`,
    `宜昌市 夷陵区 高标准农田建设项目`): places opening a body's or a works' name, the whole one name written without
    its blanks? (Not a list's word after them, `城关镇 大塘村 等2个村`: _LIST_GOES_ON.)"""
    return len(pieces) >= 3 and all(_place_piece(p) for p in pieces[:-1]) and not _place_piece(pieces[-1]) \
        and not pieces[-1].startswith(_LIST_GOES_ON)


def _person_label(label: str, value: str | None = None) -> bool:
    """Does a label name a person (`项目负责人`, `联系人`, `填报人`, `分管领导`, `姓名`, a post's `办公室主任`), not a body
    (`主管部门`), and VALUE, when given, may be a person's (not a post's word target or duty, `乡镇卫生院院长 | 全部 轮训`:
    parsers.core's no_person_under, the one gate parsers.forms' sign-off pairs ask — hunt pr10)? (Any person's, by its
    ending: parsers.forms' _signoff_person_label asks a narrower thing, whether a sign-off's label is a column's person
    or a role's — the two were twins of one name, hunt pr9.)"""
    from parsers.core import PERSON_LABEL_END, label_key, no_person_under   # (here: the parsers import the extractors)
    return PERSON_LABEL_END.search(label_key(label)) is not None and not no_person_under(label, value)


_CELL_KINDS = frozenset({"label", "block", "level1", "level2", "level"})   # (a piece of these kinds is a cell)


def _known_word(word: str, classify: Classify) -> bool:
    """Is a word one of a form's own: a label, a block's label, a head or a level's name, or a table word?"""
    return word in _SPACED_WORDS or _kind(classify, word) in ("label", "block", "header") + _LEVELS


# an indicator written on a line of its own as its levels joined by dashes, its name and its target after a colon
# (`产出指标-数量指标-购置实验设备数量：≥120台（套）`, a form's table copied as text into a WeChat post or a notice),
# or after a blank, the target then one word (`产出指标-数量指标-运营老年食堂数量 ≥46家`)
# (the two share their line's lead, a list number or none, its level 2 and dash, and its target's tail: one piece each)
_DASHED_LEAD = r"^\s*(?:\d{1,2}\s*[.、．]\s*)?"
_DASHED_L2 = r"(?P<l2>[^-—－–:：\t]{2,14}?)\s*[-—－–]+\s*"
_DASHED_TAIL = r"(?:\s*[:：]\s*(?P<target>\S[^\t]{0,40}?)|\s+(?P<word>[^\s:：]{1,20}))\s*$"
_DASHED_LEVELS = lazy(_DASHED_LEAD + r"(?P<l1>[^-—－–:：\t]{2,12}?)\s*[-—－–]+\s*" + _DASHED_L2
                      + r"(?P<name>[^:：\t]{2,40}?)" + _DASHED_TAIL)
# a dashed line of one level, its level 2 (`数量指标-购置实验设备数量：≥120台（套）`, its level 1 implied: `_implied_level1`)
_DASHED_LEVEL2 = lazy(_DASHED_LEAD + _DASHED_L2 + r"(?P<name>[^-—－–:：\t]{2,40}?)" + _DASHED_TAIL)
# the level 1 a template puts over a level 2 of each kind (the classifier's category): 数量指标 under 产出指标, 可持续影响指标
# under 效益指标, 服务对象满意度指标 (or a bare 满意度指标) under 满意度指标; an input's level 2s imply none (no template's)
_LEVEL1_OF_KIND = {"output": "产出指标", "outcome": "效益指标", "impact": "效益指标", "satisfaction": "满意度指标"}
_HEAD_PAIR = lazy(r"^\s*(?P<head>[^:：\t]{2,8}?)\s*[:：]\s*(?P<value>\S[^\t]{0,60}?)\s*$")


def _indicator_lines_as_rows(lines: list[str], classify: Classify) -> list[str]:
    """A text whose indicators are lines, not a table's rows, as a tab dump's rows (the parser reads them as such):
    a line of the levels joined by dashes, the name and its target after a colon or a blank, `产出指标-数量指标-name：
    ≥120台` (its two levels read as levels), as `产出指标 | 数量指标 | name | ≥120台`; and records of a table's heads each
    with its value on a line of its own (`一级指标：产出指标` / `二级指标：数量指标` / `三级指标：name` / `指标值：≥420亩`,
    two records or more, each with the name's and the target's, a level the record above gave left out or not), as
    the heads' row over a row of each record's values (its other lines left blank, the lines keep their numbers).
    Other lines as they are. The rows are written in the text's own way (`_own_separator`: the rest of a flattened
    text sets its cells apart by runs of blanks, so do they); in a text of one cell a line, or of bars, none is."""
    if "\t" in "\n".join(lines):
        return lines
    rows = _line_rows(lines, classify)
    if not rows:
        return lines
    sep = _own_separator([ln for k, ln in enumerate(lines) if k not in rows])
    if sep is None:
        return lines
    out = list(lines)
    for k, cells in rows.items():
        out[k] = f"| {sep.join(cells)} |" if sep == _MD_BAR and cells else sep.join(cells)
    return out


_MD_BAR = " | "     # (a Markdown page's cells: its rows' own bars, each row between two)


def _own_separator(others: list[str]) -> str | None:
    """How the lines of a text other than its indicator lines set their cells apart: a tab when they hold no cells
    of their own (`label：value` lines, a post's prose; the tab path reads the rewritten rows), a wide gap when they
    are a flattened table (`项目名称      农村公路养护工程`: tabs would send it down the tab path, its gaps unread,
    review rd63 G), bars when they are a Markdown page's rows (`| 项目名称 | 城区公共厕所提升改造项目 |`: the rows
    join its table), None when they hold one cell a line (`项目名称` / `农村公路养护工程`; the one-cell reader splits a
    dashed line itself) or other bars (a box table's)."""
    if any("|" in ln for ln in others):
        return _MD_BAR if _pipe_style(others) and not _box_style(others) else None
    if _flattened_style(others):
        return "    "
    content = [ln for ln in others if ln.strip()]
    pairs = sum(1 for ln in content if _INLINE_PAIR.match(ln.strip()))
    if _single_cell_style(others) and pairs < 0.5 * len(content):
        return None
    return "\t"


def _line_rows(lines: list[str], classify: Classify) -> dict[int, list[str]]:
    """The cells of the rows `_indicator_lines_as_rows` writes, by line (a record's other lines: no cell)."""
    rows: dict[int, list[str]] = {}
    for k, ln in enumerate(lines):
        if (cells := _dashed_cells(ln, classify)) is not None:
            rows[k] = cells
    records: list[list[tuple[int, str, str, str]]] = []  # runs of `head：value` lines, each (line, head, role, value)
    run: list[tuple[int, str, str, str]] = []
    for k, ln in enumerate(lines + [""]):
        m = _HEAD_PAIR.match(ln) if k not in rows else None
        role = _head_role(classify, m["head"]) if m and _kind(classify, m["head"]) == "header" else ""
        if role and all(role != r for _, _, r, _ in run):
            run.append((k, m["head"], role, m["value"]))
            continue
        if len(run) >= 2:
            records.append(run)
        # (a head said again starts the next record)
        run = [(k, m["head"], role, m["value"])] if role else []
    # the heads' row every head the records name, in their order; a record missing one (`二级指标：` left out under
    # the level above, its merged cell not copied; a `分值：` one record gives) has that cell empty, as a table's is
    heads = list(dict.fromkeys(h for r in records for _, h, _, _ in r))
    if len(records) < 2 and not (records and _form_record(records[0], classify, lines)) \
            or any(not {"level3", "target"} <= {role for _, _, role, _ in r} for r in records):
        return rows
    for n, rec in enumerate(records):
        for k, _, _, _ in rec:
            rows[k] = []
        given = {h: v for _, h, _, v in rec}
        values = [given.get(h, "") for h in heads]
        if n == 0:
            rows[rec[0][0]], rows[rec[1][0]] = heads, values
        else:
            rows[rec[0][0]] = values
    return rows


def _form_record(rec: list[tuple[int, str, str, str]], classify: Classify, lines: list[str]) -> bool:
    """Is one record of `head：value` lines a form's one indicator, not a 填报说明's list of what each head means
    (`三级指标：填写…，…`)? Its level heads hold a level's name (`一级指标：产出指标`) and no value is a sentence; nor
    is it a guide's example, the line above it leading one (`填报示例：`, `例如：`, `示例如下：`; review rv140)."""
    above = next((ln.strip() for ln in reversed(lines[:rec[0][0]]) if ln.strip()), "")
    return any(role in _LEVELS and _kind(classify, v) in _LEVELS for _, _, role, v in rec) \
        and not any(_SENTENCE_MARK.search(_THOUSANDS.sub("", v)) for _, _, _, v in rec) \
        and not _EXAMPLE_LEAD.search(above)


# a line leading a guide's example (`填报示例：`, `例：`, `示例如下：`, `（样例）`): what follows is nobody's value
_EXAMPLE_LEAD = lazy(r"(?:(?:示例|样例|范例|举例|例如|例)(?:如下)?\s*[:：]|[(（](?:示例|样例|范例)[)）])$")


def _dashed_cells(line: str, classify: Classify) -> list[str] | None:
    """An indicator's line of dashed levels as its row's cells (`产出指标-数量指标-name：≥120台`, or of one level,
    `质量指标-name：≥90%`, its level 1 implied): [level 1, level 2, name, target]; else None."""
    m = _DASHED_LEVELS.match(line)
    if m and _kind(classify, m["l1"]) in _LEVELS and _kind(classify, m["l2"]) in _LEVELS:
        return [m["l1"], m["l2"], m["name"], m["target"] or m["word"]]
    if (m := _DASHED_LEVEL2.match(line)) and (l1 := _implied_level1(classify, m["l2"])):
        return [l1, m["l2"], m["name"], m["target"] or m["word"]]
    return None


def _implied_level1(classify: Classify, text: str) -> str | None:
    """The level 1 a level 2's name implies (`数量指标` -> `产出指标`), or None: a level 1's own name (`产出指标-name`
    names no level 2) or an unknown word gives none."""
    k = classify(text)
    return _LEVEL1_OF_KIND.get(k[1]) if k is not None and k[0] in ("level2", "level") else None


def _even_gaps(all_cells: list[list[tuple[int, int, str]]]) -> bool:
    """Are the cells of a flattened text's rows all set apart by runs of blanks of about one width (`质量指标   合格率
    ≥98%` under `一级指标   二级指标   三级指标   指标值`, every gap three wide, or some two or four: an OCR's runs
    vary by a blank or two)? Then no cell was padded to its column: a row's first cell stands first whatever column
    it was in (an OCR's text of a photo, the rules and empty cells lost; cells joined by a separator). Needs five rows
    of three cells or more; a laid-out text's gaps, cells padded to columns of names of many widths, differ more."""
    rows = [cs for cs in all_cells if len(cs) >= 3]
    gaps = {b[0] - a[1] for cs in rows for a, b in zip(cs, cs[1:])}
    return len(rows) >= 5 and min(gaps) >= 2 and max(gaps) - min(gaps) <= 2


def _unspaced(line: str, cells: list[tuple[int, int, str]]) -> str:
    """A line with the spaces inside its letter-spaced words taken out (`项 目 名 称 城区…` -> `项目名称 城区…`), as
    `_spaced_labels` joined them (its words split at spaces again are the cells)."""
    for s, e, t in reversed(cells):
        if line[s:e] != t and line[s:e].replace(" ", "") == t.replace(" ", ""):
            line = line[:s] + t + line[e:]
    return line


def _rejoin_quantities(texts: list[str]) -> list[str]:
    """Given a row's cells split at every space, return them with a quantity's pieces put back together: a sign and
    its number (`≥` `95%`), a unit after its number (`32000` `平方米`), a date written with spaces (`2024` `年` `12`
    `月底前`, `2024年1月1日` `至` `2024年12月31日`). The row's first cell takes nothing (`1 日常保洁费`: a number and a
    name); a day or a month only joins a number of 1 to 31 (`10 月度考核未完成` is a score and a text), a year only
    a month after it, a span word only between two dates."""
    out = [texts[0]]
    for k, t in enumerate(texts[1:], 1):
        prev = out[-1]
        bare = prev.replace(" ", "")
        after = texts[k + 1] if k + 1 < len(texts) else ""
        span = t in _SPAN_WORDS and _DATE_END.search(bare) is not None and _DATE_START.match(after) is not None \
            and after != bare                        # (`2024年12月 - 2024年12月`: a dash for an empty cell between)
        if len(out) >= 2 and (
                _OP_ONLY.match(prev)
                or prev[-1:].isdigit() and (_UNIT_WORD.match(t) or _DAY_OR_MONTH.match(t) and _DAY_NUMBER.search(prev))
                or _YEAR_WORD.match(bare) and _MONTH_PIECE.match(t)
                or span or _OPEN_SPAN.search(bare) and _DATE_START.match(t)):
            out[-1] = prev + (" " if span or _OPEN_SPAN.search(bare) else "") + t
            if len(out) >= 3 and _YEAR_WORD.match(out[-2].replace(" ", "")) and _MONTH_PIECE.match(out[-1]):
                out[-2:] = [out[-2] + out[-1]]          # `2024年` then `12` + `月底前`
        else:
            out.append(t)
    return out


def _aligned_flat(lines: list[str], is_label: Callable[[str], bool] | None = None,
                  classify: Classify | None = None,
                  cells_of: dict[str, list[tuple[int, int, str]]] | None = None) -> tuple[list[tuple[str, int]], bool]:
    """Given the lines of a flattened PDF text export (`pdftotext -layout`: cells set apart by runs of spaces,
    each where it stands on the page), return them tab-separated, the rows under a table header with their
    cells in the header's columns: a row whose first cells are merged or empty (`        质量指标  合格率  100%`)
    keeps them empty, as a tab dump does (they were read from the first column on: the name as the level 1, the
    actual value as the target). A header is a line of at least four cells whose first cell the parser takes
    for a label; its columns hold until a line starting with a label (the next field or table) or a line of
    more cells; a header repeated after a page break keeps the first one's columns. The lines a cell wrapped onto
    are joined to it (`_wrapped_rests`, `_wrapped_rests_in_columns`, `_centred_value`). Returns the (row, first
    line) pairs and whether the text is one of single spaces (below).

    A text whose cells are set apart by one space (no line under a header indented, no more than a tenth of the
    lines with a gap of two spaces) is no layout: its rows come from `_spaced_rows`, as (row, first line) pairs.
    `cells_of`: lines already cut into their cells (`_flattened_style`'s)."""
    anchor: list[tuple[int, int, str]] | None = None
    anchor_line = ""
    anchor_pad = 0                      # the empty cells the anchor's row was given before it (an indented row)
    known = cells_of or {}
    all_cells = [list(known[ln]) if ln in known else _flat_cells(ln) for ln in lines]
    if classify is not None:
        # (a label printed letter-spaced, `项 目 名 称 城区背街小巷改造`: one cell, the label, not one per character)
        all_cells = [_spaced_labels(ln, cs, classify) for ln, cs in zip(lines, all_cells)]
        all_cells = _ocr_blanks_joined(lines, all_cells, classify)
    fractions: dict[str, list[int]] = {}    # (the text's bare fractions by their whole: _fraction_value)
    # lines of several cells (and lines the token rule kept whole that start with a level name or a label and hold a
    # space: a row whose name is a sentence)
    multi = [ln.strip() for ln, cs in zip(lines, all_cells) if len(cs) >= 2 or classify is not None and len(cs) == 1
             and " " in ln.strip() and _kind(classify, ln.split()[0]) in _LEVELS + ("label",)]
    # (a line indented under a table's header row, its merged cells left blank, is laid out too)
    head = next((k for k, cs in enumerate(all_cells) if len(cs) >= 4 and is_label is not None and is_label(cs[0][2])),
                None)
    indented = 0 if head is None else sum(1 for ln, cs in zip(lines[head + 1:], all_cells[head + 1:])
                                          if len(cs) >= 2 and len(ln) - len(ln.lstrip(" \u3000")) >= 2)
    if len(multi) >= 5 and (sum(1 for ln in multi if _WIDE_GAP.search(ln)) + indented <= 0.15 * len(multi)
                            or not indented and _even_gaps(all_cells)):
        # every cell set apart by one space (a web page's text, cells joined by a space), or by a few blanks each
        # (`产出指标   数量指标   …`, as an OCR's text or a script writes them, no cell padded to a column): where a
        # cell stands on its line says nothing of its column; the rows as their cells come, no empty cell (packed)
        return _spaced_rows([_unspaced(ln, cs) for ln, cs in zip(lines, all_cells)], all_cells, classify), True
    # (a list's class head printed on the line of the row under it, `二、学前教育类   3   公办幼儿园建设 …`: two lines)
    lines, all_cells, nums = _split_run_in_heads(lines, all_cells)
    wide = _laid_out_wide(lines, all_cells)
    # each line's left margin: where the first cell of a row of cells of its block (lines between blank lines) starts
    # (a line starting further in, under a row's later cells, may be their wrapped rest)
    blocks = _blocks(all_cells)
    # (a list's class head between its rows is a row of the table: where it starts counts, as it did on its row's line)
    heads = {k for k in range(len(all_cells)) if _list_class_head(all_cells, k)}
    lefts = _block_lefts(all_cells, blocks, heads)
    out: list[tuple[str, int]] = []
    raw: list[int | None] = []          # for each row of `out`, the line it is when it is a line of one cell left as is
    used: set[int] = set()              # lines whose cells went into a row above or below them
    roles: list[str] = []               # the role of each column of the anchor (level3, target …), "" if none
    learned: dict[int, int] = {}        # where the cells of each of the anchor's columns start (`_column_starts`)
    list_anchor = False                 # the anchor is a list's head (`序号 | 项目名称 | …`, `_list_head`)
    anchor_at: int | None = None        # the row of `out` the anchor's line went to

    def head_roles(heads: list[tuple[int, int, str]]) -> list[str]:
        return [_head_role(classify, a[2]) if classify is not None else "" for a in heads]

    def emit(text: str, i: int, alone: bool = False) -> None:
        out.append((text, nums[i]))
        raw.append(i if alone else None)

    for i, (ln, cells) in enumerate(zip(lines, all_cells)):
        if i in used:
            continue
        if is_label is not None and len(cells) >= 2 and i + 1 < len(lines) and all_cells[i + 1] \
                and _label_rests_flat(lines, all_cells, i, is_label):
            cells = all_cells[i]         # (a label wrapped in a narrow column, its rest on the line under it)
            used.add(i + 1)
        if cells and classify is not None and _unit_piece(classify, cells[0][2], all_cells, i):
            p = next((p for p in (i - 1, i - 2) if p >= 0 and all_cells[p]), None)
            host = all_cells[p][0] if p is not None and (p == i - 1 or not lines[i - 1].strip()) else None
            at = next((n for n in range(len(out) - 1, -1, -1) if out[n][1] == nums[p]), None) if host else None
            if at is not None and _kind(classify, host[2]) in ("label", "block") \
                    and not _MONEY_UNIT.search(host[2]) and abs(host[0] - cells[0][0]) <= 2 \
                    and out[at][0].split("\t")[0] == host[2]:
                # `项目资金` over `（万元）` (a label of two lines beside the money rows, each line on a row of its own):
                # the unit is the label's, `项目资金（万元）` (the amounts were read in yuan), its row's cell empty; so
                # is `年度预算` over `申请（万元）`
                out[at] = (host[2] + cells[0][2] + out[at][0][len(host[2]):], out[at][1])
                if len(cells) == 1:
                    continue
                cells = all_cells[i] = cells[1:]
        pair_line = anchor is not None and _pair_in_name_column(ln, cells, anchor, anchor_line, roles)
        if cells and not pair_line \
                and (_ENDS_COLUMNS.search(cells[0][2]) or (len(cells) == 1 and _TITLE_LINE.search(cells[0][2]))):
            if anchor is not None and _page_running_head(lines, all_cells, i, is_label):
                # (a page's number or a form feed does not: the table goes on on the next page; nor does the title
                # printed again at the next page's top, a running head: a line of its own, no cell of the table)
                emit(cells[0][2], i, alone=True)
                continue
            if anchor is not None and len(cells) == 1 and _page_top_note_flat(lines, all_cells, i, anchor, is_label):
                # (nor a note printed at the next page's top, the table's rows going on under it: its form feed kept,
                # `_build_horizontal` reads it under the table)
                emit(("\f" if "\f" in lines[i] else "") + cells[0][2], i, alone=True)
                continue
            anchor = None    # a note under the table (注：/ 2.…), a title, `单位名称：…`: the table's columns end
        if len(cells) == 1 and i in heads:
            # a list's class head between its rows (`二、学前教育类` over `3  公办幼儿园建设 …`): a row of the table, its
            # other cells empty, as a tab dump writes it (a line of its own ended the table: the list was lost)
            emit("\t".join([cells[0][2]] + [""] * (len(_next_cells(all_cells, i)) - 1)), i)
            continue
        if len(cells) == 1 and anchor is not None and not (is_page_furniture(cells[0][2])
                                                           and not _fraction_value(lines, all_cells, i, fractions)) \
                and not (is_label is not None and is_label(cells[0][2]) and not (i and lines[i - 1] == anchor_line)
                         and not pair_line):
            # (a label alone starts a row of its own, but right under the head's line it is the head's cut rest,
            # `三级指标  年度` over `指标值`, when it stands in a later column: it was a line of no table, the targets lost)
            row = _in_columns(cells, anchor, ln, anchor_line, wide, learned)   # a cell's wrapped rest alone on its line
            if not row[0]:
                if classify is not None and any(t and roles[k] in _VALUE_ROLES for k, t in enumerate(row)):
                    # a value alone on its line, the name of its row printed around it (`示范户抽查覆盖` / `1/3` /
                    # `面比例`, the row's levels merged above): the name's two lines its row's
                    _name_around(lines, all_cells, i, row, anchor, anchor_line, wide, learned, roles, out, raw, used,
                                 is_label)
                emit("\t".join([""] * anchor_pad + row), i)
                continue
        if len(cells) == 1 and classify is not None and _lone_label(classify, cells[0][2]):
            # a label alone on its line, its value's lines printed above and below it (a cell centred by height)
            got = _centred_value(lines, all_cells, i, cells, out, raw, used, classify)
            if got is not None:
                emit("\t".join([cells[0][2], got]), i)
                continue
        if len(cells) == 1 and classify is not None and " " in cells[0][2]:
            # `年度绩效目标 新建公办幼儿园2所，…。` (OCR text, one space after the label): the label and its text, two
            # cells (the sentence's commas kept the line whole); `年度总体目标 …` is read so as a field's label already
            word, rest = cells[0][2].split(" ", 1)
            if _kind(classify, word) == "block" and len(word) <= 12 and _SENTENCE_MARK.search(rest) \
                    and not _VALUE_LIKE.match(rest.strip()):
                a = cells[0][0]
                cells = [(a, a + len(word), word), (a + len(word) + 1 + len(rest) - len(rest.lstrip()),
                                                    cells[0][1], rest.strip())]
                all_cells[i] = cells
                emit("\t".join(c[2] for c in cells), i)
                continue
        two = _two_line_head(lines, all_cells, i, classify) if len(cells) >= 2 and i + 1 not in used else None
        if two is not None:
            # a table's head over two lines, a head of the first standing over heads of the second (`绩效指标` over
            # `一级指标  二级指标  三级指标`) and others beside them (`指标值`): both lines in the columns of all their
            # heads, as a tab dump writes them (the first line's heads were read as its cells came, `绩效指标 | 指标值`,
            # no row under them in a column: no table)
            anchor, anchor_line, all_cells[i] = two
            for k in (i, i + 1):
                emit("\t".join(next((c[2] for c in all_cells[k] if abs(c[0] - a[0]) <= 1), "") for a in anchor), k)
            used.add(i + 1)
            anchor_pad, list_anchor, anchor_at = 0, False, len(out) - 1
            roles = head_roles(anchor)
            learned = _column_starts(lines, all_cells, i + 1, anchor, anchor_line, wide, is_label)
            continue
        cut = _cut_head(lines, all_cells, i, classify) if len(cells) >= 2 and i + 1 not in used else None
        if cut is not None:
            # a table's head each of whose cells took two lines (`一级` over `指标`): one line of its heads, in the
            # second line's places (it was read as two rows of no table, the head implied)
            anchor, anchor_line, anchor_pad, list_anchor = cut, lines[i + 1], 0, False
            all_cells[i + 1] = cut
            emit("\t".join(c[2] for c in cut), i)
            used.add(i + 1)
            anchor_at = len(out) - 1
            roles = head_roles(anchor)
            learned = _column_starts(lines, all_cells, i + 1, anchor, anchor_line, wide, is_label)
            continue
        first_cut = _cut_first_head(lines, all_cells, i, classify) if i + 1 not in used else None
        if first_cut is not None:
            # (its first cell's rest read as a row of its own, the head's label lost: its rows read as their cells
            # came, a row under merged level cells shifted left, its level 3 the level 1)
            cells = all_cells[i] = first_cut
            all_cells[i + 1] = all_cells[i + 1][1:]
            if not all_cells[i + 1]:
                used.add(i + 1)
        if len(cells) < 2:
            emit(ln if not cells or "\t" in ln else cells[0][2], i, alone=len(cells) == 1)
            continue
        first = cells[0][2]
        if is_page_furniture(first):
            emit(first, i)
            continue
        # (a head whose first cell is a short head, `任务 | 考核内容 | 分值 | 评分标准 | …`, starts a row as a long one)
        starts_row = is_label is not None and (is_label(first) or _heads_line(classify, cells))
        if starts_row and anchor is not None and sum(map(bool, roles)) >= 3 \
                and _under_later_head(ln, cells[0], anchor_line, anchor):
            # a row of an indicator table whose first cell, under a later head, is also a form's label (`绩效目标`
            # as a level 2 under `二级指标`, its level 1 merged above): a row in the table's columns, no new head
            starts_row = False
        if not starts_row and _list_head(all_cells, i) \
                and (anchor is None or [c[2] for c in anchor] != [c[2] for c in cells]):
            # `序号  项目名称  实施单位  预算金额  年度绩效目标  备注` over numbered rows: a list's head, its columns
            # hold for the rows under it (a row with an empty cell, `2  教师培训  45.5  …`, had its later cells
            # shifted left: the amount read as the unit, the date as the goal); the head goes on as a row below
            anchor, anchor_line, anchor_pad, list_anchor, anchor_at = cells, ln, 0, True, len(out)
            # (its heads' roles, as a table's: `序号 | 一级指标 | … | 三级指标 | 指标值`, a name's lines printed around
            # its row's values, centred by height, are that row's, not the row above's)
            roles = head_roles(cells)
            learned = _column_starts(lines, all_cells, i, anchor, ln, wide, is_label)
        if len(cells) >= 4 and starts_row:
            if anchor is None or [c[2] for c in anchor] != [c[2] for c in cells]:
                anchor, anchor_line, anchor_pad = cells, ln, 0   # (the same header again after a page break: its first
                # columns)
                anchor_at = len(out)
                list_anchor = False
                roles = head_roles(anchor)
                learned = _column_starts(lines, all_cells, i, anchor, ln, wide, is_label)
            if classify is None or _kind(classify, first) != "label" or sum(map(bool, roles)) >= 3:
                emit("\t".join(c[2] for c in cells), i)
                continue
            # (a row of fields, `主管部门 | … | 实施单位 | …`, its values maybe wrapped)
        if classify is not None and len(cells) == 3 and all(_lone_label(classify, c[2]) for c in cells[1:]) \
                and not _lone_label(classify, first):
            # `年度总体 | 预期目标 | 实际完成情况` (its label's rest, `目标`, on the next line): the heads of the two texts
            # under them, in their columns and maybe wrapped (they were put in the columns of the money table above,
            # a text's second line under the label's: lost)
            anchor, anchor_line, anchor_pad, roles, list_anchor, anchor_at = cells, ln, 0, ["", "", ""], False, None
            emit("\t".join(c[2] for c in cells), i)
            continue
        if anchor is not None and anchor is not cells and not starts_row and len(cells) == len(anchor) + 1 \
                and anchor_at is not None:
            k = _points_beside(cells, anchor, ln, anchor_line)
            if k is not None:
                # a head over two columns of its rows, a level's name and its points beside it (`一级指标` over `一、决策
                # 15`): the points' column, its head empty (the row had a cell more than its head: the columns ended,
                # every row after it read as its cells came)
                at = _same_place(ln, cells[k + 1][0], anchor_line) if wide else cells[k + 1][0]
                head, n_head = out[anchor_at]
                texts = head.split("\t")
                texts.insert(len(texts) - len(anchor) + k + 1, "")
                out[anchor_at] = ("\t".join(texts), n_head)
                anchor = anchor[:k + 1] + [(at, at + 1, "")] + anchor[k + 1:]
                roles = roles[:k + 1] + [""] + roles[k + 1:]
                learned = {x: m + (m > k) for x, m in learned.items()}
        if anchor is not None and anchor is not cells and not starts_row and len(cells) == len(anchor):
            # a full row of the table (its level 1 written): its cells' rests by the header's columns
            row = [c[2] for c in cells]
            if classify is not None:
                _first_lines_above(lines, all_cells, i, row, anchor, anchor_line, wide, learned, roles, out, raw, used)
                _wrapped_rests_in_columns(lines, all_cells, i, row, cells, anchor, anchor_line, wide, roles,
                                          lefts[i], blocks[i], used, classify)
                _values_below(lines, all_cells, i, row, anchor, anchor_line, wide, learned, roles, used, classify)
            emit("\t".join([""] * (anchor_pad if list_anchor else 0) + row), i)   # (a list's head indented: its rows)
            continue
        if anchor is None or starts_row or len(cells) >= len(anchor):
            if anchor is not cells:
                anchor = None if (starts_row or (anchor is not None and len(cells) > len(anchor))) else anchor
            texts = [c[2] for c in cells]
            under = None
            if classify is not None:
                under = _wrapped_rests(lines, all_cells, i, cells, texts, lefts[i], blocks[i], used, classify)
                below = next((n for n in range(i + 1, len(lines) + 1) if n not in used), i + 1) - i - 1
                if len(cells) == 2 and _kind(classify, texts[0]) in ("label", "block"):
                    above = _value_above(out, raw, lines, all_cells, i, cells[1], below, classify)
                    texts[1] = unwrap_cell("\n".join(above + [texts[1]])) if above else texts[1]
                if _kind(classify, texts[-1]) == "label":
                    got = _centred_value(lines, all_cells, i, cells, out, raw, used, classify)
                    texts += [got] if got is not None else []
            if (anchor is None or anchor is cells) and cells[0][0] > lefts[i] + 1:
                # a row under a label merged down, printed on another row: its empty cell; a row of heads over the
                # figures of the row under it (`年初预算数 | 全年预算数 …` over `年度资金总额 | 800.00 | 850.00 …`): the
                # empty cells before the column its first head stands over
                pad = _lead_cells(lines, all_cells, i, blocks[i], lefts[i], classify)
                texts[:0] = [""] * pad
                if anchor is cells:
                    anchor_pad = pad     # (the rows placed in its columns get the same empty cells before them)
            emit("\t".join(texts), i)
            if under is not None:
                emit("\t".join(under[1]), under[0])
            continue
        row = _in_columns(cells, anchor, ln, anchor_line, wide, learned)
        if classify is not None:
            _first_lines_above(lines, all_cells, i, row, anchor, anchor_line, wide, learned, roles, out, raw, used)
            _name_around(lines, all_cells, i, row, anchor, anchor_line, wide, learned, roles, out, raw, used, is_label)
            _wrapped_rests_in_columns(lines, all_cells, i, row, cells, anchor, anchor_line, wide, roles, lefts[i],
                                      blocks[i], used, classify)
            _values_below(lines, all_cells, i, row, anchor, anchor_line, wide, learned, roles, used, classify)
        emit("\t".join([""] * anchor_pad + row), i)
    if classify is not None:
        _centred_levels(out, classify)
        _centred_level_twos(out, classify)
    return out, False


def _pair_in_name_column(ln: str, cells: list[tuple[int, int, str]], anchor: list[tuple[int, int, str]],
                         anchor_line: str, roles: list[str]) -> bool:
    """Is a line of one `名称：指标值` cell the next line of a names' column that holds the targets too (`指标名称及指标值`
    over `接入公共停车泊位：≥1200个` / `新建视频桩设备：≥350套`, a head of names with no target column beside it), standing
    under that head? It is the cell's next indicator, not a field's `label：value` line ending the table (the rows
    under it lost their columns: their level 2 read as the level 1)."""
    if len(cells) != 1 or "level3" not in roles or "target" in roles or len(roles) != len(anchor) \
            or not _ENDS_COLUMNS.search(cells[0][2]):
        return False
    head = anchor[roles.index("level3")]
    return abs(_width(ln[:cells[0][0]]) - _width(anchor_line[:head[0]])) <= 1


def _head_role(classify: Classify, text: str) -> str:
    """The column role a head's text names (`level1` for `一级指标`, `level2`, `name` …), or "" (one rule for every
    reader of a head's roles)."""
    k = classify(text) if text else None
    return k[2].split(":")[-1] if k is not None else ""


def _family(classify: Classify, text: str, kind: str) -> str:
    """The family (`output`, `outcome`, `satisfaction` …) of a level name of that kind (`level1`, `level2`; or either,
    `level`: `满意度指标`), or ""."""
    k = classify(text) if text else None
    return k[1] if k is not None and k[0] in (kind, "level") else ""


def _centred_levels(out: list[tuple[str, int]], classify: Classify) -> None:
    """The rows of a laid-out dump's indicator tables (`out`, under a head naming its 一级指标 and 二级指标 columns)
    with each 一级指标 moved up to the first row of its block, when pdftotext -layout printed the merged cell centred
    by height on a middle row: a row with no 一级指标 whose 二级指标 is of another family than the 一级指标 above it
    (`经济效益指标` under `产出指标`), the next 一级指标 below, after rows of that family only, of its family (`效益指标`
    printed beside `社会效益指标`). The rows before it were read under the 一级指标 above (`产出指标 | 经济效益指标`).
    A table that prints its 一级指标 on its block's first row (`_top_aligned`) is left as it is."""
    lv = l2 = None                       # (the 一级指标 and 二级指标 columns of the head above, None outside a table)
    width, above = 0, ""                 # (the table's fields; the family of the 一级指标 the row above is under)
    first = None                         # (the table's first row under its head, None under a head said again)
    last = None                          # (the last row read in a table)
    for n, (text, _) in enumerate(out):
        fields = text.split("\t")
        roles = [_head_role(classify, f.strip()) for f in fields]
        if "level1" in roles and "level2" in roles:
            lv, l2, width, above = roles.index("level1"), roles.index("level2"), len(fields), ""
            first = None if _head_over_page(out, last, n) else n + 1 + _head_rest_row(out, n + 1, width, classify)
            if _top_aligned([r.split("\t") for r, _ in out[n + 1:]], lv, l2, width, classify):
                lv = None
            continue
        if lv is None or len(fields) != width:
            lv = None
            continue
        last = n
        if fields[lv].strip():
            above = _family(classify, fields[lv].strip(), "level1")
            continue
        if n == first and not fields[l2].strip():
            # (the table's first row only: a row lower whose 一级指标 above is not known by name, `产出指标（50分）`,
            # is still under it — review rv92)
            _first_level_up(out, n, lv, l2, width, classify)
            above = _family(classify, out[n][0].split("\t")[lv].strip(), "level1")
            continue
        family = _family(classify, fields[l2].strip(), "level2")
        if not family or family == above:
            continue
        for m in range(n + 1, len(out)):
            below = out[m][0].split("\t")
            if len(below) != width:
                break
            if below[lv].strip():
                if _family(classify, below[lv].strip(), "level1") == family:
                    fields[lv], below[lv] = below[lv], ""
                    out[n], out[m] = ("\t".join(fields), out[n][1]), ("\t".join(below), out[m][1])
                    above = family
                break
            if _family(classify, below[l2].strip(), "level2") not in ("", family):
                break


def _head_rest_row(out: list[tuple[str, int]], n: int, width: int, classify: Classify) -> bool:
    """Is row n the head's cut rest, its cells heads only (`年度` over `指标值`)? The table's first row is the next
    (the first 一级指标 below was moved up into the rest, its name left behind — review rv111)."""
    if n >= len(out):
        return False
    fields = [f.strip() for f in out[n][0].split("\t")]
    return len(fields) == width and any(fields) and all(_head_role(classify, f) for f in fields if f)


def _head_over_page(out: list[tuple[str, int]], last: int | None, n: int) -> bool:
    """Is the indicator table's head on row n its head said again over a page's top, the table's rows going on under
    it: between the table's last row and it only blank lines, page furniture (`第 1 页`) and lines said above (the
    form's title as a running head)? Its first rows are then the rest of the block above the page's end, its merged
    cells printed there (`管道试压合格率` under the head again is 质量指标's, not the next 一级指标's, `效益指标` — review
    rv92)."""
    if last is None:
        return False
    said = {t.strip() for t, _ in out[:last]}
    return all(not t.strip() or is_page_furniture(t) or t.strip() in said for t, _ in out[last + 1:n])


def _first_level_up(out: list[tuple[str, int]], n: int, lv: int, l2: int, width: int, classify: Classify) -> None:
    """Row n, the first under an indicator table's head, prints no 一级指标 nor 二级指标 (both merged cells centred
    by height: `改造供水管网长度` over `产出指标 | 数量指标 | 更换老化阀门数量`): the first 一级指标 below it, the rows
    between as bare, moved up to it (its block starts on the table's first row; `_centred_level_twos` then lays its
    二级指标)."""
    for m in range(n + 1, min(n + 4, len(out))):
        below = out[m][0].split("\t")
        if len(below) != width:
            return
        if below[lv].strip():
            if _family(classify, below[lv].strip(), "level1"):
                fields = out[n][0].split("\t")
                fields[lv], below[lv] = below[lv], ""
                out[n], out[m] = ("\t".join(fields), out[n][1]), ("\t".join(below), out[m][1])
            return
        if below[l2].strip():
            return


def _centred_level_twos(out: list[tuple[str, int]], classify: Classify) -> None:
    """The rows of a laid-out dump's indicator tables (`out`) with each 二级指标 moved up to the first row of its block
    where the merged cell was printed centred by height: a 一级指标's block (from its row to the next 一级指标's) whose
    first row (a 一级指标 by name, the row's cells after it not empty) has no 二级指标 (so none is printed on its block's
    first line) and whose 二级指标 stand lower (`产出指标`
    with no 二级指标, `数量指标` on the next line, the middle of its three). The parser fills a merged cell down: the
    rows above a centred 二级指标 were read under the one above it (`设备验收合格率` under 数量指标)."""
    lv = l2 = None
    width, start = 0, None
    for n, (text, _) in enumerate(out + [("", 0)]):
        fields = text.split("\t")
        if lv is not None and start is not None and (len(fields) != width or fields[lv].strip()):
            _level_twos_up(out, start, n, l2)
            start = None
        if len(fields) != width:
            roles = [_head_role(classify, f.strip()) for f in fields]
            lv, l2, width = (roles.index("level1"), roles.index("level2"), len(fields)) \
                if "level1" in roles and "level2" in roles else (None, None, 0)
            continue
        if lv is not None and fields[lv].strip():
            # (a 一级指标 by name, no piece of a cell printed under one: `（40分）` under `产出`)
            start = n if not fields[l2].strip() and _family(classify, fields[lv].strip(), "level1") \
                and any(f.strip() for f in fields[l2 + 1:]) else None


def _level_twos_up(out: list[tuple[str, int]], start: int, end: int, l2: int) -> None:
    """The 二级指标 of rows start..end (a 一级指标's block, none on its first row) each moved up to its block's first
    row, the blocks laid so that each stands on its block's middle line (the upper or the lower middle of an even
    count); left when they cannot be."""
    rows = [out[n][0].split("\t") for n in range(start, end)]
    marks = [k for k, r in enumerate(rows) if r[l2].strip()]
    if not marks:
        return

    # (remembered by (m, s): three sizes a block, tried afresh, made a long block whose blocks cannot be laid take
    # 3 ** labels tries — eighteen 二级指标 of six rows each under one 一级指标 took minutes)
    @functools.cache
    def lay(m: int, s: int) -> tuple[int, ...] | None:  # the blocks' starts from label m on, its block from s
        if m == len(marks):
            return () if s == len(rows) else None
        d = marks[m] - s
        for size in (2 * d + 1, 2 * d, 2 * d + 2):
            nxt = s + size
            if size > d and (m + 1 < len(marks) and nxt <= marks[m + 1] or m + 1 == len(marks) and nxt == len(rows)):
                got = lay(m + 1, nxt)
                if got is not None:
                    return (s,) + got
        return None
    starts = lay(0, 0)
    if starts is None:
        return
    for k, s in zip(marks, starts):
        if k != s:
            rows[s][l2], rows[k][l2] = rows[k][l2], ""
            out[start + s] = ("\t".join(rows[s]), out[start + s][1])
            out[start + k] = ("\t".join(rows[k]), out[start + k][1])


def _top_aligned(rows: list[list[str]], lv: int, l2: int, width: int, classify: Classify) -> bool:
    """Do the rows under an indicator table's head (`rows`, each its fields, the table's `width` of them) print a
    一级指标 on its block's first row: a 一级指标 (`产出指标`) right under the head or under a row of another family
    (a row of no 二级指标 of the family above it), two rows or more of its family under it with none (`质量指标`,
    `时效指标`)? Centred by height, a block of three rows or more has its 一级指标 on a middle row, rows of its family
    above it: `_centred_levels` would move the next block's 一级指标 up (`服务对象满意度指标` under `效益指标` in the
    older form, `满意度指标` the next block's)."""
    prev = ""                            # (the family of the row above, "" under the head)
    for n, fields in enumerate(rows):
        if len(fields) != width:
            return False
        family = _family(classify, fields[lv].strip(), "level1")
        if family and family != prev and len(rows) > n + 2 \
                and all(len(r) == width and not r[lv].strip() and _family(classify, r[l2].strip(), "level2") == family
                        for r in rows[n + 1:n + 3]):
            return True
        # (a row of no 二级指标 is its merged cell's: the family goes on)
        prev = family or _family(classify, fields[l2].strip(), "level2") or prev
    return False


# a money unit in brackets (normalize.amounts' DECLARED_UNIT_WORDS: `（万元）`, `（百万元）` …); alone on its line,
# `（万元）` under 项目资金: the label's unit
_MONEY_UNIT = lazy(rf"[（(]\s*(?:{DECLARED_UNIT_WORDS})\s*[)）]")
_MONEY_UNIT_PIECE = lazy(rf"^{_MONEY_UNIT.pattern}$")
_POINTS = re.compile(r"^\d{1,3}(?:\.\d+)?\s*分?$")        # `15`, `15分`: a level's points


def _points_beside(cells: list[tuple[int, int, str]], anchor: list[tuple[int, int, str]], line: str,
                   anchor_line: str) -> int | None:
    """A row of one cell more than its head whose extra cell is the points printed beside a level's name, the two
    under one head (`一级指标` over `一、决策  15`: the head over two columns of its rows): that head's index, else
    None. Every other cell starts under its own head (from a character before the head's start to the next head's),
    in characters or in display columns."""
    if len(cells) != len(anchor) + 1:
        return None
    for cs, an in ((cells, anchor), (_wide(line, cells), _wide(anchor_line, anchor))):
        bounds = [a[0] for a in an] + [1 << 30]
        for k in range(len(an)):
            if not _POINTS.match(cs[k + 1][2]) or _POINTS.match(cs[k][2]) or not _WORD_OR_CLOSE.search(cs[k][2]):
                continue
            rest = cs[:k + 1] + cs[k + 2:]
            if bounds[k] < cs[k + 1][0] < bounds[k + 1] - 1 \
                    and all(bounds[m] - 2 <= c[0] < bounds[m + 1] - 1 for m, c in enumerate(rest)):
                return k
    return None


def _same_place(line: str, at: int, other: str) -> int:
    """The character position on `other` at the display column (a Chinese character two wide) where character `at`
    of `line` stands (past its end: counted on in spaces)."""
    col = _width(line[:at])
    w = 0
    for n, ch in enumerate(other):
        if w >= col:
            return n
        w += _char_width(ch)
    return len(other) + col - w


# a class head of a list (`二、学前教育类`, `（一）城关镇`): a section's numeral and a short name
_CLASS_HEAD = lazy(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])\s*[^\s\d:：]"
                         r"[^:：。；;，,]{0,18}$")
_LIST_ROW_NO = lazy(r"^\d{1,3}$")                        # a list row's number (序号)


_LIST_NO_HEAD = lazy(r"^(?:序\s*号|编\s*号)$")


def _list_head(all_cells: list[list[tuple[int, int, str]]], i: int) -> bool:
    """Is line `i` a list's head: four cells or more, the first `序号` / `编号`, and the next line of three cells or
    more a numbered row (`1  薄弱学校改造  县教育局  350 …`)?"""
    cells = all_cells[i]
    if len(cells) < 4 or not _LIST_NO_HEAD.match(cells[0][2]):
        return False
    row = next((cs for cs in all_cells[i + 1:] if len(cs) >= 3), [])
    return bool(row) and _LIST_ROW_NO.match(row[0][2]) is not None


def _next_cells(all_cells: list[list[tuple[int, int, str]]], i: int) -> list[tuple[int, int, str]]:
    """The cells of the first line after line `i` that holds any (none: [])."""
    return next((cs for cs in all_cells[i + 1:] if cs), [])


def _list_class_head(all_cells: list[list[tuple[int, int, str]]], i: int) -> bool:
    """Is line `i`, of one cell, a class head of a list between its rows: `二、学前教育类` with a line of three cells or
    more above it and, under it, a numbered row (`3  公办幼儿园建设  县教育局  480 …`) whose first cells start where
    the numbered rows or the head row above start?"""
    cells = all_cells[i]
    if len(cells) != 1 or not _CLASS_HEAD.match(cells[0][2]):
        return False
    below = _next_cells(all_cells, i)
    above = next((cs for cs in reversed(all_cells[:i]) if cs), [])
    if len(below) < 3 or len(above) < 3 or not _LIST_ROW_NO.match(below[0][2]):
        return False
    return abs(above[0][0] - below[0][0]) <= 2 or abs(above[1][0] - below[1][0]) <= 2


def _split_run_in_heads(lines: list[str], all_cells: list[list[tuple[int, int, str]]]) \
        -> tuple[list[str], list[list[tuple[int, int, str]]], list[int]]:
    """Given a flattened text's lines and their cells, return them with each list's class head that stands on the
    line of the row under it (`二、学前教育类   3   公办幼儿园建设 …`, printed in the margin a point above that row)
    put on a line of its own before it, and each line's 1-based number. A line is so cut when its second cell is a
    row's number starting where a numbered row's number starts on a line near it (up to three lines away) that has
    no such head, its cells one more than that row's or as many (a row's empty cell at its end)."""
    out_lines: list[str] = []
    out_cells: list[list[tuple[int, int, str]]] = []
    nums: list[int] = []
    for k, (ln, cs) in enumerate(zip(lines, all_cells)):
        if len(cs) >= 4 and _CLASS_HEAD.match(cs[0][2]) and _LIST_ROW_NO.match(cs[1][2]):
            near = [all_cells[m] for m in range(max(0, k - 3), min(len(lines), k + 4)) if m != k]
            if any(len(o) >= 3 and _LIST_ROW_NO.match(o[0][2]) and abs(o[0][0] - cs[1][0]) <= 1
                   and len(o) >= len(cs) - 2 for o in near):
                b = cs[1][0]
                out_lines += [ln[:b].rstrip(), " " * b + ln[b:]]
                out_cells += [cs[:1], cs[1:]]
                nums += [k + 1, k + 1]
                continue
        out_lines.append(ln)
        out_cells.append(cs)
        nums.append(k + 1)
    return out_lines, out_cells, nums


_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def _fraction_value(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
                    wholes: dict[str, list[int]] | None = None) -> bool:
    """Is line i, a bare fraction alone on its line (`1/3`, which `is_page_furniture` takes for a page's number), a
    cell's value? Not when it ends a page (the last line before a form feed or the text's end) or when the bare
    fractions of its whole standing on lines of their own count up in the text's order (`1/3` … `2/3`: the pages'
    numbers in sequence); nor when its part exceeds its whole. (`2/3` … `1/3`, two rows' values, both were dropped as
    pages' numbers; values counting up, `1/3` … `2/3`, still are.) Its place says more than the count: between the two
    lines of its row's name (`第一批管网改造完成` / `1/3` / `工程比例`, no blank line between) it is a value even when such values
    count up; set apart from the lines around by a blank line (a page's foot with no form feed after it) it is a
    page's number. WHOLES: the text's bare fractions' parts by their whole, in order, filled on the first call that
    needs them (pass one dict for all the text's lines: each call rescanned every line, quadratic in a long dump's
    pages, twins tw3)."""
    m = _FRACTION.match(lines[i])
    if m is None or int(m.group(1)) > int(m.group(2)) or int(m.group(1)) == 0:
        return False
    nxt = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].strip()), None)
    if nxt is None or "\f" in lines[i] or nxt.lstrip(" \u3000").startswith("\f") \
            or any("\f" in ln for ln in lines[i + 1:i + 3] if not ln.strip(" \u3000\f")):
        return False
    if 0 < i < len(lines) - 1 and all_cells[i - 1] and all_cells[i + 1] \
            and _around_row(lines, all_cells, i, set(), None) == i + 1:
        return True
    if i > 0 and not lines[i - 1].strip() or not lines[i + 1].strip():
        return False
    if wholes is None:
        wholes = {}
    if not wholes:
        wholes[""] = []                  # (filled: a text of no fraction asks again for nothing)
        for ln in lines:
            if (o := _FRACTION.match(ln)) is not None:
                wholes.setdefault(o.group(2), []).append(int(o.group(1)))
    parts = wholes.get(m.group(2), [])
    return len(parts) < 2 or any(a >= b for a, b in zip(parts, parts[1:]))


def _two_line_head(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
                   classify: Classify | None
                   ) -> tuple[list[tuple[int, int, str]], str, list[tuple[int, int, str]]] | None:
    """Lines i and i + 1, a table's head over two lines: the second a line of heads (`一级指标  二级指标  三级指标`),
    the first heads standing over some of them (`绩效指标`, starting where the first it spans starts, or centred over
    them) and heads beside them (`指标值`, in no head's span of the second line), four columns at least in all.
    Returns the head of all the columns (each the second line's head where it has one), a line of them in their
    places and the first line's cells, each head over others put where the first it spans starts; else None."""
    if classify is None or i + 1 >= len(lines) or len(all_cells[i + 1]) < 2:
        return None
    top, low = all_cells[i], all_cells[i + 1]
    if not all(_kind(classify, c[2]) == "header" for c in low):
        return None
    first = lines[i]

    def shown(c: tuple[int, int, str], ln: str) -> tuple[int, int]:      # (a cell's place in display columns)
        return _width(ln[:c[0]]) + max(0, c[0] - len(ln)), _width(ln[:c[1]]) + max(0, c[1] - len(ln))
    spans = [shown(b, lines[i + 1]) for b in low]
    if not any(abs(c[0] - b[0]) <= 1 for c in top for b in low) \
            and any(abs(shown(c, first)[0] - s[0]) <= 1 for c in top for s in spans):
        # (lines set in display columns, not in characters: `绩效指标` over `二级指标` where it starts on the page, the
        # Chinese before it on the second line two wide — the first line's heads put in the second's characters; it
        # stood over no head, the levels rebuilt as a table of their own, hunt ly17)
        top = [(at, at + len(c[2]), c[2]) for c in top for at in [_same_place(first, c[0], lines[i + 1])]]
        first = lines[i + 1]

    def spanning(c: tuple[int, int, str]) -> tuple[int, int, str] | None:
        # a head over heads of the second line: starting where the first it spans starts, or centred over two or more
        # of them side by side (`绩效指标` centred over `一级指标  二级指标  三级指标`, as a merged cell prints: it was
        # read as a head beside them, or lost) — put where the first it spans starts; centred in display columns or
        # in characters (`pdftotext -layout` counts a Chinese character one: a line of them narrower than its place)
        if any(abs(c[0] - b[0]) <= 1 for b in low):
            return c
        for (a, z), ss in ((shown(c, first), spans), (c[:2], [b[:2] for b in low])):
            got = next(((low[m][0], low[m][0] + len(c[2]), c[2]) for m in range(len(low))
                        for n in range(m + 1, len(low))
                        if ss[m][0] <= a and z <= ss[n][1] and abs((a + z) - (ss[m][0] + ss[n][1])) <= 4), None)
            if got is not None:
                return got
        return None
    over = [got for c in top for got in [spanning(c)] if got is not None]
    beside = [c for c in top if spanning(c) is None]
    if not beside or not all(_kind(classify, c[2]) == "header" for c in beside) \
            or any(c[0] < b[1] and b[0] < c[1] for c in beside for b in low) or len(low) + len(beside) < 4:
        return None
    head = sorted(low + beside)
    line = list(lines[i + 1].rstrip().ljust(max(c[1] for c in head)))
    for c in beside:
        line[c[0]:c[1]] = list(c[2])
    return head, "".join(line), sorted(over + beside)


def _cut_head(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
              classify: Classify | None) -> list[tuple[int, int, str]] | None:
    """Lines i and i + 1, a table's head whose cells a narrow column cut over two lines (`pdftotext -layout` of a
    ruled form: `一级     二级                指标` over `指标     指标     三级指标     值`): each cell of the first line over
    one of the second (their display columns overlap), the two making a head that they are not both alone (`一级` +
    `指标`, `指标` + `值`), two such at least, the second line's other cells heads, three heads in all at least.
    Returns the heads in the second line's places (a joined head where its second piece stands), else None."""
    if classify is None or i + 1 >= len(lines) or len(all_cells[i]) < 2 or len(all_cells[i + 1]) < 3:
        return None
    top, low = all_cells[i], all_cells[i + 1]

    def shown(c: tuple[int, int, str], ln: str) -> tuple[int, int]:
        return _width(ln[:c[0]]), _width(ln[:c[1]])
    spans = [shown(b, lines[i + 1]) for b in low]
    joined = {}
    for c in top:
        a, z = shown(c, lines[i])
        over = [m for m, (x, y) in enumerate(spans) if a < y and x < z]
        if len(over) != 1 or over[0] in joined:
            return None
        m = over[0]
        whole = c[2] + low[m][2]
        if _kind(classify, whole) != "header" or _kind(classify, c[2]) == _kind(classify, low[m][2]) == "header":
            return None
        joined[m] = whole
    if len(joined) < 2 or any(_kind(classify, b[2]) != "header" for m, b in enumerate(low) if m not in joined):
        return None
    return [(b[0], b[1], joined.get(m, b[2])) for m, b in enumerate(low)]


def _unit_piece(classify: Classify, text: str, all_cells: list[list[tuple[int, int, str]]], i: int) -> bool:
    """Is a line's first cell the money unit a label's second line holds: `（万元）` alone, or the label's rest with it
    (`申请（万元）` under `年度预算`, the two `年度预算申请`, a label, as the cell above's first is one)?"""
    if _MONEY_UNIT_PIECE.match(text):
        return True
    m = _MONEY_UNIT.search(text)
    if m is None or m.end() != len(text) or not 0 < m.start() <= 4:
        return False
    above = next((all_cells[p][0][2] for p in (i - 1, i - 2) if p >= 0 and all_cells[p]), "")
    return _kind(classify, above + text[:m.start()]) in ("label", "block")


def _under_later_head(ln: str, cell: tuple[int, int, str], anchor_line: str,
                      anchor: list[tuple[int, int, str]]) -> bool:
    """Does a line's first cell start under one of the head's later cells, not its first? Where each starts, in
    characters or in display columns (a head of Chinese words before it, `一级指标   二级指标`, and a row of blanks
    before it, `            绩效目标`, differ in characters, not on the page)."""
    at, shown = cell[0], _width(ln[:cell[0]])
    first, first_shown = anchor[0][0], _width(anchor_line[:anchor[0][0]])
    return any(abs(at - a[0]) <= 1 for a in anchor[1:]) and at > first + 1 \
        or shown > first_shown + 1 and any(abs(shown - _width(anchor_line[:a[0]])) <= 1 for a in anchor[1:])


_BARE_WORD = lazy(r"^[\u4e00-\u9fff]{2,4}$")   # a short word of characters alone (`任务`): _heads_line


def _heads_line(classify: Classify | None, cells: list[tuple[int, int, str]]) -> bool:
    """Is a line of four cells or more a table's head, its first cell and three others heads (`任务  考核内容  分值  评分标准`)? A short first
    head (`任务`, `类别`) alone may be the tail of a cut cell; with three heads beside it the line is a table's head
    (a column of no role, `完成时限`, among them)."""
    if classify is None or len(cells) < 4 or sum(_kind(classify, c[2]) == "header" for c in cells[1:]) < 3:
        return False
    first = classify(cells[0][2])
    # (a bare word of no kind first, `任务`, beside an item's text, its points and its rule heads, `考核内容 | 分值 |
    # 评分标准`: the head of a 考核任务分解表, the word its sections' — parsers.core._task_as_section; hunt ly8)
    return first is not None and first[0] == "header" or first is None and _BARE_WORD.match(cells[0][2]) is not None \
        and {"assessment:content", "indicator:weight", "indicator:note"} <= {(classify(c[2]) or ("", "", ""))[2]
                                                                            for c in cells[1:]}


def _cut_first_head(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
                    classify: Classify | None) -> list[tuple[int, int, str]] | None:
    """Lines i and i + 1, a table's head whose first cell alone a narrow column cut over two lines (`绩效   一级指标
    二级指标  三级指标  …` over `指标`, the block's label `绩效指标` in a column of its own): the first line's other cells
    heads (three at least), the second line's first cell under the first's (their display columns overlap), the two
    making a label or head that the first piece alone is not; the second line's other cells, if any, a row of the
    table beside it (`指标   产出指标  数量指标  …`). Returns the first line's cells, its first joined, else None
    (`_cut_head` is the head each of whose cells was cut)."""
    if classify is None or i + 1 >= len(lines) or len(all_cells[i]) < 4 or not all_cells[i + 1]:
        return None
    top, low = all_cells[i], all_cells[i + 1][0]
    first = top[0]
    if _kind(classify, first[2]) or any(_kind(classify, c[2]) != "header" for c in top[1:]):
        return None
    a, z = _width(lines[i][:first[0]]), _width(lines[i][:first[1]])
    x, y = _width(lines[i + 1][:low[0]]), _width(lines[i + 1][:low[1]])
    whole = first[2] + low[2]
    if not (a < y and x < z) or _kind(classify, whole) not in ("block", "label", "header"):
        return None
    return [(first[0], first[1], whole)] + top[1:]


def _page_running_head(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
                       is_label: Callable[[str], bool] | None) -> bool:
    """Is line `i`, of one cell, the form's title printed again at the top of a page (a running head: a form feed
    starts its line or a page's number is the line before it, and the same title was read above), the table going
    on under it? Not when a label or a `label：value` line follows (`单位名称：…`, `项目名称`: the next form). A title
    the pages above lack (`城区供水管网改造工程绩效目标申报表` heading page 2 on) is one too when the line under it starts
    inside the table the page broke (in one of its columns right of its rows' first cells: a cut row's rest, `格率`,
    or a row under a merged 一级指标); a new form's first lines start at the left, its subtitle centred under its
    title (`（校园食堂改造工程）`) in no column of the table."""
    if len(all_cells[i]) != 1:
        return False
    before = next((k for k in range(i - 1, -1, -1) if all_cells[k]), None)
    if before is None or not ("\f" in lines[i] or is_page_furniture(all_cells[before][0][2])):
        return False
    t = all_cells[i][0][2]
    j = next((k for k in range(i + 1, len(all_cells)) if all_cells[k] and not is_page_furniture(all_cells[k][0][2])),
             None)
    if j is None or _ENDS_COLUMNS.search(all_cells[j][0][2]) or is_label is not None and is_label(all_cells[j][0][2]):
        return False
    return any(len(cs) == 1 and cs[0][2] == t for cs in all_cells[:before]) \
        or bool(_TITLE_LINE.search(t)) and _inside_table_above(lines, all_cells, before, j)


def _inside_table_above(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, j: int) -> bool:
    """Does line j's first cell start where a cell after the first of a table row (two cells or more) of the few
    lines above line i starts (in characters or in display columns, `_starts_at`): in one of the table's columns
    right of its rows' first cells?"""
    rows = [k for k in range(max(0, i - 8), i) if len(all_cells[k]) >= 2]
    if not rows:
        return False
    left = min(all_cells[k][0][0] for k in rows)
    first = all_cells[j][:1]
    return first[0][0] > left + 1 and any(
        _starts_at(first, all_cells[k][1:]) or _starts_at(_wide(lines[j], first), _wide(lines[k], all_cells[k])[1:])
        for k in rows)


def _page_top_note_flat(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
                        anchor: list[tuple[int, int, str]], is_label: Callable[[str], bool] | None) -> bool:
    """Is line `i` of a laid-out dump, one cell, a note (`注：…`) at the top of a page a table goes on across (a form
    feed starts it or a blank line before it, or a page's number is the line before it), the next line a row of the
    table under the head `anchor` (of two cells or more, no label starting it; or the head printed again)?"""
    if not _NOTE_LINE.match(all_cells[i][0][2]):
        return False
    page = "\f" in lines[i]
    for k in range(i - 1, -1, -1):
        if all_cells[k]:
            page = page or len(all_cells[k]) == 1 and is_page_furniture(all_cells[k][0][2])
            break
        page = page or "\f" in lines[k]
    if not page:
        return False
    nxt = next((cs for cs in all_cells[i + 1:] if cs and not (len(cs) == 1 and is_page_furniture(cs[0][2]))), None)
    if nxt is None or len(nxt) < 2:
        return False
    return [c[2] for c in nxt] == [c[2] for c in anchor] or not _ENDS_COLUMNS.search(nxt[0][2]) \
        and not (is_label is not None and is_label(nxt[0][2]))


def _block_lefts(all_cells: list[list[tuple[int, int, str]]], blocks: list[tuple[int, int]],
                 heads: set[int] = frozenset()) -> list[int]:
    """For each line, where the rows of cells of its block (the lines between blank lines; `blocks`, each line's)
    start: the least start of their first cells and of the list's class heads among them (`heads`: lines of one
    cell that are rows; a page's number not counted), else of any line's."""
    out = [0] * len(all_cells)
    for i, j in set(blocks):
        starts = [cs[0][0] for k, cs in enumerate(all_cells[i:j], i)
                  if (len(cs) >= 2 or k in heads) and not is_page_furniture(cs[0][2])] \
            or [cs[0][0] for cs in all_cells[i:j] if cs]
        out[i:j] = [min(starts, default=0)] * (j - i)
    return out


def _blocks(all_cells: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """For each line, the first and the end line of its block (the lines between blank lines)."""
    out: list[tuple[int, int]] = [(k, k + 1) for k in range(len(all_cells))]
    i = 0
    while i < len(all_cells):
        j = i
        while j < len(all_cells) and all_cells[j]:
            j += 1
        out[i:j] = [(i, j)] * (j - i)
        i = j + 1
    return out


def _lead_cells(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, block: tuple[int, int],
                left: int, classify: Classify | None) -> int:
    """How many empty cells an indented row of a flattened text starts with: one (the label merged beside it); for a
    row of heads and labels only (no value) over a row of figures, as many as put its first head over the cell of the
    row below starting where it starts (in characters or display columns; that row's own empty cell counted)."""
    cells = all_cells[i]
    j = i + 1
    if classify is None or j >= block[1] or len(all_cells[j]) < 2 \
            or not all(_kind(classify, c[2]) in ("label", "header") for c in cells):
        return 1
    below = all_cells[j]
    m = next((k for k, c in enumerate(below) if abs(c[0] - cells[0][0]) <= 1), None)
    if m is None:
        wide_below, wide_head = _wide(lines[j], below), _wide(lines[i], cells)
        m = next((k for k, c in enumerate(wide_below) if abs(c[0] - wide_head[0][0]) <= 1), None)
    if not m or not all(_ROW_VALUE.match(c[2]) or c[2] in ("—", "-", "/") for c in below[m:]):
        return 1
    return m + (1 if below[0][0] > left + 1 else 0)


class _CharWidths(dict):
    """A character -> its width in display columns: two for a wide one (Chinese), else one. Filled as a character is
    first met (`__missing__`), so a line's widths are lookups in C (`map(_char_width, line)`), no Python call a
    character (1.4 million calls over 1,875 dumps, each a unicodedata lookup)."""

    def __missing__(self, ch: str) -> int:
        w = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return w


_char_width = _CharWidths().__getitem__      # a character's width in display columns (Chinese 2, else 1)


def _width(text: str) -> int:
    """A text's width in display columns (a Chinese character two)."""
    return sum(map(_char_width, text))


def _full(host: tuple[int, int, str], all_cells: list[list[tuple[int, int, str]]], block: tuple[int, int]) -> bool:
    """Does a cell fill a wide column, as a cell a line break cut does: seven characters or more, and at least three
    quarters as wide as the widest text starting where it starts in its block (`合格` under a column of
    `2024年12月底前` is whole, so is a short task name; a goal's first line is as wide as its others) — not a text
    running past the next column's start, a merged cell's across the row (a goal's line beside its label: a name cut
    in its narrow cell under a padding of ideographic blanks, its column's starts the goal's, was left whole, hunt
    ti20)."""
    if _width(host[2]) < 14:
        return False
    # (the next column: the nearest start right of the host's on the lines that have a cell where the host starts)
    rows = [cs for cs in all_cells[block[0]:block[1]] if any(abs(c[0] - host[0]) <= 1 for c in cs)]
    bound = min((c[0] for cs in rows for c in cs if c[0] > host[0] + 1), default=None)
    widest = max((_width(c[2]) for cs in rows for c in cs
                  if abs(c[0] - host[0]) <= 1 and (bound is None or c[1] <= bound + 1)), default=0)
    return _width(host[2]) >= 0.75 * widest


def _meets_next(line: str, cells: list[tuple[int, int, str]], host: tuple[int, int, str]) -> bool:
    """Does a cell of seven characters or more run up to the next cell of its line, a cell's padding between them
    (six display columns at most): a pair's value filling its cell, as one a line break cut does
    (`项目名称  校园安全监控及门禁系统改造工  主管部门  县教育局` over `程（二期）`), though narrower than the block's widest
    text starting where it starts (`_full`)."""
    n = cells.index(host)
    if n + 1 >= len(cells) or _width(host[2]) < 14:
        return False
    wide = _wide(line, cells)
    return wide[n + 1][0] - wide[n][1] <= 6


# an indicator's name ending in what it measures (…覆盖率, …可持续性, …满意度): whole, the line under it another name
_NAME_END = INDICATOR_NAME_END       # (normalize.text: parsers.tables' page-break rule asks the same)
_SENTENCE_CLOSED = ("。", "；", ";", "！", "？")


# a row's value (`≥90%`, `4分`, `118.5公里`), not the wrapped rest of a cell
_ROW_VALUE = lazy(r"^(?:[≥≤≧≦＞＜<>=＝》《≈]|[-+]?\d[\d,，.．]*\s*[^\d\s，。；,;、]{0,3}$)")
_WORD_OR_CLOSE = lazy(r"\w|^[。；;，,、)）]+$")      # (a bullet, `•`, is no piece of a cell; `。` may be)
_NOT_PIECE_KINDS = frozenset({"label", "level1", "level2", "level", "title", "block", "header"})
_NAME_ROLES = frozenset({"level3", "name"})
# a stamp's mark ending a line (`（印）`, `（盖章）`, `（单位盖章）`, `（签名）`): normalize.text's STAMP_NOTE, and `（印）`
_STAMP_MARK = lazy(rf"(?:{STAMP_NOTE}|[（(]\s*印\s*[)）])$")
# no piece of a cell: a short label closing with its colon (`审核：`), a stamp's mark (`（印）`), a year and month
_NO_PIECE = lazy(rf"^\S{{1,8}}[:：]$|{_STAMP_MARK.pattern}|^[（(]\S{{1,4}}[)）]$"
                 r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$|(?:局|委|办|厅|院|所|站|中心|公司|政府|部)制$"
                 r"|^[二〇零一二三四五六七八九十○]{4}年")
# a cell ending open, its rest may be a value (`2025年1月-2025年` over `12月`)
_OPEN_END = lazy(r"[-—–~～至到年月]$")


def _lone_label(classify: Classify, text: str) -> bool:
    """A label whose value may be printed around it (`年度绩效目标`, `实际完成情况`, a table head that is a field's label
    too)."""
    k = classify(text)
    return k is not None and (k[0] in ("label", "block") or k[0] == "header" and bool(k[1]))


def _name_bracket(text: str) -> bool:
    """A word in brackets alone that is no unit nor a stamp's mark (`（二期）`, `（试点）`; not `（个）`, `（万元）`, `（%）`,
    `（盖章）`): under a pair's value, the value's rest."""
    inner = text[1:-1].strip()
    return bool(_BRACKET_WORD.match(text)) and not _UNIT_WORD.match(inner) and not _MONEY_UNIT_PIECE.match(text) \
        and not _STAMP_MARK.match(text) and not re.search(r"[%％‰\d]", inner)


def _piece_line(cells: list[tuple[int, int, str]], classify: Classify, in_table: bool, value_ok: bool = False,
                numbered_ok: bool = True, bracket_ok: bool = False) -> bool:
    """Can a line of these cells be the wrapped rests of the cells of a row above it: none a label, a level name, a
    table's head, a title, a signature's label (`填表人：`, `审核：`; not `…主要负责人履行…`), a stamp's mark, a date, a
    page's number, `（续表）` or a caption; none a value (unless `value_ok`: the rest of a label's value); in a table
    (`in_table`) none a note or an item's number (`2、…`: the next row); an item's number only when `numbered_ok`; a
    bracket alone no unit (`（二期）`, `_name_bracket`) only when `bracket_ok` (under a pair's value)."""
    for _, _, t in cells:
        if not _WORD_OR_CLOSE.search(t) or _no_piece(t, sections=in_table) or _DATE_OR_TITLE.match(t) \
                or _NO_PIECE.search(t) and not (bracket_ok and _name_bracket(t)) \
                or _kind(classify, t) in _NOT_PIECE_KINDS \
                or _SIGN_WORDS.search(t) and (len(t) <= 10 or "：" in t or ":" in t) \
                or not value_ok and _ROW_VALUE.match(t) or not numbered_ok and _NO_CELL_END.match(t):
            return False
    return True


def _starts_at(cells: list[tuple[int, int, str]], hosts: list[tuple[int, int, str]]) -> list[int] | None:
    """For each cell, the index of the host cell starting where it starts (one off allowed); None if one has none."""
    got = []
    for s0, _, _ in cells:
        k = next((k for k, h in enumerate(hosts) if abs(h[0] - s0) <= 1), None)
        if k is None:
            return None
        got.append(k)
    return got


def _wrapped_rests(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
                   cells: list[tuple[int, int, str]], texts: list[str], left: int, block: tuple[int, int],
                   used: set[int], classify: Classify) -> tuple[int, list[str]] | None:
    """A row of a flattened text (`项目名称  城乡居民…补助资` then, under the value, `金`): the lines under it whose every
    cell starts where one of its later cells starts (in characters or in display columns) and that cell fills its
    column (`_full`: a cell a line break cut; a whole one, `合格`, has the next row under it), none of them a label, a
    value (unless the cell ends open: `…-2025年` over `12月`) or a title, are those cells' wrapped rests: joined to
    them (`texts`), the lines marked used. An item's number (`2、…`) goes on only a field's value (a goal's list),
    under a table's row it starts the next. Under a head (`年度总体目标 | 预期目标 | 实际完成情况`) they are no rest of it
    but the row under it, its cells in the head's columns: returned with its first line (else None). A label ending
    the row alone (`… | 实施单位`, its value centred by height around it) leaves them to it (see `_centred_value`);
    the lines a label alone further down takes the same way are left to it."""
    if _kind(classify, texts[-1]) == "label":
        return None
    hosts = [c for c in cells if c[0] > left + 1]
    if not hosts:
        return None
    field_row = _kind(classify, texts[0]) in ("label", "block")
    heads = [_kind(classify, c[2]) in _NOT_PIECE_KINDS for c in hosts]
    rests: list[tuple[int, list[int], list[tuple[int, int, str]]]] = []
    last = list(hosts)                   # each host's last line so far (its own, then its rests')
    j = i + 1
    while j < len(lines):
        k = _past_break(lines, all_cells, j)
        if k > j and k < len(lines) and all_cells[k]:
            # a blank line (the layout's rounding of a line's height) or a page break (a page's number, the title
            # printed again on the next page) between a cell's lines: skipped when the cell above it is left open
            # (`…达到98%以上，`, or a numbered item closed by `；` with the next item to come), its line below starting
            # where it starts
            at = _starts_at(all_cells[k], hosts) or _starts_at(_wide(lines[k], all_cells[k]), _wide(lines[i], hosts))
            if at and all(last[n][2].endswith(_GOES_ON + ("；", ";")) for n in at):
                j = k
        if not (all_cells[j] and all_cells[j][0][0] > left + 1):
            break
        at = _starts_at(all_cells[j], hosts)
        if at is None:
            at = _starts_at(_wide(lines[j], all_cells[j]), _wide(lines[i], hosts))
        if at is None or len(set(at)) < len(at):
            break
        if any(heads[k] for k in at) and not all(heads):
            # (a line under a label that has its value beside it, `其他资金  60` over the first line of the goal
            # printed centred by height beside its label on the next line: no row under heads, nor this row's rest)
            break
        # each cell's line above must be cut: it fills its column (`_full`), or ends open (`…-2025年`); under a head the
        # lines are the row below it, whole; a table's cell ending its sentence (`发生较大以上生产安全事故。`, `签订目标
        # 责任书。`) is whole, a field's goal may go on
        open_end = all(_OPEN_END.search(last[k][2]) for k in at)
        # (a field's sentence left open by a comma goes on past a short line, `…11月底前，` / `实际完成…日,` / `得分20分。`:
        # its third line was lost, hunt ly17)
        comma = field_row and all(last[k][2].endswith(_GOES_ON) for k in at)
        cut = all(heads[k] or open_end or comma or (_full(last[k], all_cells, block) or field_row and last[k] is hosts[k]
                                            and _meets_next(lines[i], cells, hosts[k]))
                  and (field_row or not last[k][2].endswith(_SENTENCE_CLOSED)) for k in at)
        # (under a pair's value, the cell before it a label, a bracket alone may be its rest: `（二期）`)
        pair = field_row and all(cells.index(hosts[k]) >= 1 and _kind(classify, texts[cells.index(hosts[k]) - 1])
                                 in ("label", "block") for k in at)
        if not cut or not _piece_line(all_cells[j], classify, in_table=False, value_ok=open_end,
                                      numbered_ok=field_row, bracket_ok=pair):
            break
        rests.append((j, at, all_cells[j]))
        for k, c in zip(at, all_cells[j]):
            last[k] = c
        j += 1
    if rests and j < len(lines) and all_cells[j] and _lone_label(classify, all_cells[j][-1][2]) \
            and all_cells[j][-1][1] < min(c[0] for _, _, cs in rests for c in cs):
        # (a label alone under the lines, its value centred by height: the last of them are its value's first lines)
        below = _slot_run(lines, all_cells, j, all_cells[j][-1][1], classify)
        rests = rests[:len(rests) - min(len(rests), max(1, len(below)))]
    under = [""] * len(cells)
    for j, at, cs in rests:
        for k, c in zip(at, cs):
            n = cells.index(hosts[k])
            into = under if heads[k] else texts
            into[n] = unwrap_cell(into[n] + "\n" + c[2]) if into[n] else c[2]
        used.add(j)
    return (rests[0][0], under) if any(under) else None


def _past_break(lines: list[str], all_cells: list[list[tuple[int, int, str]]], j: int, page_only: bool = False) -> int:
    """The first line from line j on past one blank line, or past a page break: blank lines, a page's number
    (`第 1 页 共 2 页`), a form feed and the title printed again at the next page's top (`_page_running_head`); j
    when line j starts none (with `page_only`, when it starts no page break)."""
    k, page = j, False
    while k < len(lines):
        cs = all_cells[k]
        if not cs and not lines[k].strip():
            page = page or "\f" in lines[k]
        elif len(cs) == 1 and (is_page_furniture(cs[0][2]) or _page_running_head(lines, all_cells, k, None)):
            page = True
        else:
            break
        k += 1
    return k if page or k == j + 1 and not page_only else j


def _wrapped_rests_in_columns(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, row: list[str],
                              cells: list[tuple[int, int, str]], anchor: list[tuple[int, int, str]], anchor_line: str,
                              wide: bool, roles: list[str], left: int, block: tuple[int, int], used: set[int],
                              classify: Classify) -> None:
    """A row under a table's header (`row`, its cells in the header's columns, `cells` as read, `roles` the columns'
    roles): the lines under it, indented from the left margin (`left`), whose cells all fall in columns where the row
    has a text that fills its column (`_full`), none of them a label, a level name, a value, an item's number or a
    title, are the wrapped rests of its cells (`完成重点行业VOCs` / `治理项目数`, a deviation's reason going on): joined to
    them, the lines marked used. A column of values (指标值, 分值 …) takes a rest only under a text (`收支平衡、略有结` /
    `余`) and when the line holds no indicator's name: a name with a text beside it under a row is the next row
    (`参保群众就医负担 | 有效减轻`, its levels merged above)."""
    if sum(1 for t in row if t) < 2:
        return
    host = {k: next((c for c in cells if c[2] == t), None) for k, t in enumerate(row) if t}
    j = i + 1
    if _level_one_below(lines, all_cells, j, row, anchor, anchor_line, wide, roles, classify):
        # `| 社会效益指标 | 学生营养健康状况 |` over `效益指标 | | 改善情况 | 明显改善`: a name of two lines, the row's level 1
        # (merged down its rows, centred by height) and its values printed on the second: one row
        for k, t in enumerate(_in_columns(all_cells[j], anchor, lines[j], anchor_line, wide)):
            if t:
                row[k] = unwrap_cell(row[k] + "\n" + t) if row[k] else t
        used.add(j)
        j += 1
    # (a page break under the row, its footer, the form feed, the title and the table's head printed again: the cells'
    # rests on the next page's first lines are the row's as they are under it, `城区生活垃圾资源化` / `第 1 页 共 2 页` /
    # `利用率`)
    j = first = _past_break(lines, all_cells, j, page_only=True) if j == i + 1 else j
    if i + 1 < first < len(lines) - 1 and [c[2] for c in all_cells[first]] == [c[2] for c in anchor if c[2]]:
        j = first = first + 1           # (and the table's head printed again at the next page's top)
    while j < len(lines) and all_cells[j] and (all_cells[j][0][0] > left + 1 or row[0] and _level_cut(
            classify, row[0], all_cells[j][0][2])) and _piece_line(
            all_cells[j], classify, in_table=True,
            value_ok=j == first and all(_DATE_TAIL.match(c[2]) for c in all_cells[j])
            or len(all_cells[j]) == 1 and _open_target_above(row, roles, all_cells[j][0], anchor, lines[j],
                                                             anchor_line, wide)):
        placed = _in_columns(all_cells[j], anchor, lines[j], anchor_line, wide)
        if len(all_cells[j]) == 1 and len(all_cells[j + 1]) >= 2 and j + 1 not in used and _around_row(lines, all_cells, j + 1, used, None) \
                is not None and not any(t and row_k for t, row_k in zip(
                    placed, _in_columns(all_cells[j + 1], anchor, lines[j + 1], anchor_line, wide))):
            break       # (the first line of the next row's cell, printed around that row's other cells: its own)
        named = any(t and roles[k] in _NAME_ROLES for k, t in enumerate(placed))
        # (a line of names' rests only, no value, under a row with its values: no row of its own, each row of the
        # table has its values; `农村人居环境` / `整体水平`. Only rests that end a name, in what it measures: a name's
        # first line printed over its row's values, centred by height, is the next row's, `农村卫生厕所` over
        # `改造验收合格率 | ≥95% …`)
        names_only = named and not any(t and roles[k] in _VALUE_ROLES for k, t in enumerate(placed)) \
            and sum(1 for k, t in enumerate(row) if t and roles[k] in _VALUE_ROLES) >= 2 \
            and all(_NAME_END.search(t) for k, t in enumerate(placed) if t and roles[k] in _NAME_ROLES)
        if any(t and (not row[k] or roles[k] in _VALUE_ROLES and (named and not _BOUND_TAIL.match(t)
                                                                  or _ROW_VALUE.match(row[k]))
                      or j == first and (host.get(k) is None or not _full(host[k], all_cells, block)
                                         or row[k].endswith(_SENTENCE_CLOSED))
                      and not _level_cut(classify, row[k], t)
                      and not (roles[k] in _VALUE_ROLES and _OPEN_TARGET.search(row[k]))
                      and not (roles[k] in _VALUE_ROLES and _DATE_CUT.search(row[k]) and _DATE_TAIL.match(t))
                      and not (names_only and roles[k] in _NAME_ROLES and host.get(k) is not None
                               and not row[k].endswith(_SENTENCE_CLOSED))
                      or roles[k] in _NAME_ROLES and (_NAME_END.search(row[k]) or _width(t) > _width(row[k])))
               for k, t in enumerate(placed)):
            break       # (a name ending in what it measures is whole; a longer one under it is the next name)
        for k, t in enumerate(placed):
            if t:
                row[k] = unwrap_cell(row[k] + "\n" + t)
        used.add(j)
        j += 1


def _open_target_above(row: list[str], roles: list[str], cell: tuple[int, int, str],
                       anchor: list[tuple[int, int, str]], line: str, anchor_line: str, wide: bool) -> bool:
    """Does a line's one cell fall in a value column whose text on the row so far is a sentence left open on a
    word that wants its figure (`…设施完好率保持在` over `95%以上`: the figure is its rest, no row's value), or a
    short target so left open over a figure (`常年保持在` over `95%以上`, `同比下降` over `10%`: they were a target of
    no figure and a nameless row)?"""
    placed = _in_columns([cell], anchor, line, anchor_line, wide)
    return any(t and roles[k] in _VALUE_ROLES and row[k] and (_SENTENCE_MARK.search(row[k]) or _ROW_VALUE.match(t))
               and _OPEN_TARGET.search(row[k]) for k, t in enumerate(placed))


# the bound a target's sentence ends on (`亩均增产粮食100公斤` / `以上`): no target of its own, the rest of the one above
# (with a name's rest beside it: the row's two cells cut at once, no next row)
_BOUND_TAIL = lazy(r"^(?:及|或)?(?:以上|以下|以内|之内|左右|上下)[。；;]?$")


# a date a narrow value column cut after its year or month (`2023年12月` over `底前`, `2023年12月` over `15日`): the
# line under it holding only such tails is its rest, no row of its own
_DATE_CUT = lazy(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?$")
_DATE_TAIL = lazy(r"^(?:\d{1,2}\s*日|[上中下]旬|底|末|初)?(?:前|之前|以前|止)?$")


def _column_starts(lines: list[str], all_cells: list[list[tuple[int, int, str]]], h: int,
                   anchor: list[tuple[int, int, str]], anchor_line: str, wide: bool,
                   is_label: Callable[[str], bool] | None) -> dict[int, int]:
    """Under a table's header (line h), the positions (characters) where cells of its rows start that are no head's
    start, each with the column most of those cells were placed in (two or more, three in four): a column whose head
    is centred over its cells, left-aligned (`三级指标` over `养护路段优良路率`, `里程`), starts there, and a short cell
    or a cell after an empty one starting there is in it."""
    votes: dict[int, dict[int, int]] = {}
    for j in range(h + 1, min(len(lines), h + 80)):
        cs = all_cells[j]
        if not cs:
            continue
        if _ENDS_COLUMNS.search(cs[0][2]) or len(cs) >= 4 and is_label is not None and is_label(cs[0][2]):
            break
        if len(cs) < 2:
            continue
        heads = {a[0] for a in anchor}
        placed = _in_columns(cs, anchor, lines[j], anchor_line, wide)
        at = {t: k for k, t in enumerate(placed) if t}
        for s0, _, t in cs:
            if t in at and all(abs(s0 - x) > 1 for x in heads):
                votes.setdefault(s0, {}).setdefault(at[t], 0)
                votes[s0][at[t]] += 1
    out = {}
    for s0, v in votes.items():
        k, n = max(v.items(), key=lambda kv: kv[1])
        if n >= 2 and n * 4 >= 3 * sum(v.values()):
            out[s0] = k
    return out


def _name_around(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, row: list[str],
                 anchor: list[tuple[int, int, str]], anchor_line: str, wide: bool, learned: dict[int, int],
                 roles: list[str], out: list[tuple[str, int]], raw: list[int | None], used: set[int],
                 is_label: Callable[[str], bool] | None) -> None:
    """A row's cell of two lines printed around the row, its other cells centred by height between them (pdftotext
    -layout: `县乡道路日常养护` / `产出指标 | 数量指标 | | ≥320公里 …` / `里程`; `可持续影响` / row / `指标`): the line above
    (emitted as a row of its own, popped) and the line below (one cell, starting where it starts; marked used) put
    together into the row's empty cell of that column. Only in a column the row leaves empty, never a value."""
    b = _around_row(lines, all_cells, i, used, is_label)
    if b is None and out and out[-1][1] == i:
        _row_around(lines, all_cells, i, row, anchor, anchor_line, wide, learned, roles, out, raw, used)
        return
    if out and b is not None and out[-1][1] == i:
        above, below = all_cells[i - 1][0], all_cells[b][0]
        placed = _in_columns([above], anchor, lines[i - 1], anchor_line, wide, learned)
        k = next((k for k, t in enumerate(placed) if t), None)
        if k is None or row[k] or roles[k] in _VALUE_ROLES:
            return
        row[k] = unwrap_cell(above[2] + "\n" + below[2])
        out.pop()
        raw.pop()
        used.add(b)


_TEXT_ROLES = frozenset({"note", "deviation"})


def _first_lines_above(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, row: list[str],
                       anchor: list[tuple[int, int, str]], anchor_line: str, wide: bool, learned: dict[int, int],
                       roles: list[str], out: list[tuple[str, int]], raw: list[int | None], used: set[int]) -> None:
    """A row whose cells took three lines or more, its values centred by height (pdftotext -layout): the line right
    above it holds its cells' first lines (`农村生活垃圾收运` over `质量指标 | 处置体系行政村覆 | 100%` over `盖率`; a note's
    `以省生态环境` beside a name's `农村生活污水治理`), only in its name and text columns, where the row has a text too,
    the name no whole one (not ending in what it measures); and the row's cells go on under it (a line of their rests,
    no value). That line (emitted as a row of its own, popped) is put before the row's cells. (It was an indicator of
    no target, `农村生活垃圾收运`, and the row's name cut: `处置体系行政村覆盖率`.)"""
    if i < 1 or i + 1 >= len(lines) or not out or out[-1][1] != i or not all_cells[i - 1] or not all_cells[i + 1] \
            or i + 1 in used or not any(t and roles[k] in _VALUE_ROLES for k, t in enumerate(row)):
        return
    fields = out[-1][0].split("\t")
    above = fields[len(fields) - len(row):] if len(fields) >= len(row) else []
    if len(above) != len(row) or not any(above):
        return
    for k, t in enumerate(above):
        if t and (not row[k] or roles[k] not in _NAME_ROLES | _TEXT_ROLES
                  or roles[k] in _NAME_ROLES and _NAME_END.search(t) or _ROW_VALUE.match(t)):
            return
    if not any(t and roles[k] in _NAME_ROLES for k, t in enumerate(above)):
        return
    below = _in_columns(all_cells[i + 1], anchor, lines[i + 1], anchor_line, wide, learned)
    if not any(below) or any(t and (not row[k] or roles[k] not in _NAME_ROLES | _TEXT_ROLES or _ROW_VALUE.match(t))
                             for k, t in enumerate(below)):
        return
    for k, t in enumerate(above):
        if t:
            row[k] = unwrap_cell(t + "\n" + row[k])
    out.pop()
    raw.pop()


def _values_below(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, row: list[str],
                  anchor: list[tuple[int, int, str]], anchor_line: str, wide: bool, learned: dict[int, int],
                  roles: list[str], used: set[int], classify: Classify) -> None:
    """A row under a table's head with a name cut (not ending in what it measures) and no value, the line under it
    its name's rest in the name's column and its values in value columns the row leaves empty, nothing else (`产出指标
    | 数量指标 | 改造城区老旧供水管网` over `| | 长度 | ≥12公里`: pdftotext -layout printing the values on the cell's
    last line): one row, the line marked used. (It was an indicator of no target and one named `长度`.) A rest as wide
    as the name or wider is the next row's name. The line is the first under the row's rests already joined (a name
    of three lines, `_wrapped_rests_in_columns`)."""
    j = i + 1
    while j in used:
        j += 1
    if j >= len(lines) or not all_cells[j] or any(t and roles[k] in _VALUE_ROLES for k, t in enumerate(row)):
        return
    placed = _in_columns(all_cells[j], anchor, lines[j], anchor_line, wide, learned)
    names = [k for k, t in enumerate(placed) if t and roles[k] in _NAME_ROLES]
    values = [k for k, t in enumerate(placed) if t and roles[k] in _VALUE_ROLES]
    if len(names) != 1 or not values or len(names) + len(values) != sum(map(bool, placed)):
        return
    k = names[0]
    rest = next(c for c in all_cells[j] if c[2] == placed[k])
    if not row[k] or _NAME_END.search(row[k]) or _width(placed[k]) >= _width(row[k]) \
            or not _piece_line([rest], classify, in_table=True):
        return
    row[k] = unwrap_cell(row[k] + "\n" + placed[k])
    for n in values:
        row[n] = placed[n]
    used.add(j)


def _row_around(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, row: list[str],
                anchor: list[tuple[int, int, str]], anchor_line: str, wide: bool, learned: dict[int, int],
                roles: list[str], out: list[tuple[str, int]], raw: list[int | None], used: set[int]) -> None:
    """Row i's values alone on their line, the line above a row of their row's labels and its name's first line (`质量
    指标  补贴面积核实`, no value) and the line below the name's rest alone, starting where the name starts (`准确率`):
    pdftotext -layout printing a row whose name took two lines, its values centred by height between them. The row
    above (popped from `out`) with the values and the name's rest is one row, put into `row`; the line below marked
    used. (The values were an unnamed row joined to the row above, the name's rest an indicator of no target; a
    rest read as a field's label, `完成时间`, a line of its own.)"""
    b = i + 1
    if i < 1 or b >= len(lines) or b in used or len(all_cells[i - 1]) < 2 or len(all_cells[b]) != 1 \
            or not any(t and roles[k] in _VALUE_ROLES for k, t in enumerate(row)):
        return
    name, below = all_cells[i - 1][-1], all_cells[b][0]
    at = (_wide(lines[i - 1], [name])[0][0], _wide(lines[b], [below])[0][0]) if wide else (name[0], below[0])
    if abs(at[0] - at[1]) > 1 or _ROW_VALUE.match(below[2]) or re.search(r"\d", below[2]) \
            or len(below[2]) > len(name[2]):
        return
    fields = out[-1][0].split("\t")
    above = fields[len(fields) - len(row):] if len(fields) >= len(row) else []
    k = next((k for k, t in enumerate(_in_columns([below], anchor, lines[b], anchor_line, wide, learned)) if t), None)
    if len(above) != len(row) or k is None or roles[k] not in _NAME_ROLES or above[k] != name[2] \
            or any(a and r for a, r in zip(above, row)) \
            or any(a and roles[n] in _VALUE_ROLES for n, a in enumerate(above)):
        return
    row[:] = [a or r for a, r in zip(above, row)]
    row[k] = unwrap_cell(name[2] + "\n" + below[2])
    out.pop()
    raw.pop()
    used.add(b)


def _around_row(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, used: set[int],
                is_label: Callable[[str], bool] | None) -> int | None:
    """Row i printed between a line of one cell above it and one below it starting where that one starts, neither a
    value nor a label (a cell of two lines centred by height around the row's other cells, `_name_around`): the line
    below's index (maybe past a blank line, the layout's rounding of a line's height), else None."""
    b = i + 2 if i + 2 < len(lines) and not all_cells[i + 1] and not lines[i + 1].strip() else i + 1
    if i < 1 or b >= len(lines) or len(all_cells[i - 1]) != 1 or b in used or len(all_cells[b]) != 1:
        return None
    above, below = all_cells[i - 1][0], all_cells[b][0]
    if abs(above[0] - below[0]) > 1 or any(_ROW_VALUE.match(c[2]) or is_label is not None and is_label(c[2])
                                           for c in (above, below)):
        return None
    return b


def _level_one_below(lines: list[str], all_cells: list[list[tuple[int, int, str]]], j: int, row: list[str],
                     anchor: list[tuple[int, int, str]], anchor_line: str, wide: bool, roles: list[str],
                     classify: Classify) -> bool:
    """Is line j the second line of `row` (a row under an indicator header with a name but no value, its level 1
    empty): a level-1 name in the level-1 column, the name's rest in its column and the row's values, nothing in a
    column the row fills but the name's? A merged level-1 cell is printed on the middle line of its rows, here the
    second line of a row whose name took two."""
    if j >= len(lines) or len(all_cells[j]) < 3 or "level1" not in roles:
        return False
    lv = roles.index("level1")
    if row[lv] or any(t and roles[k] in _VALUE_ROLES for k, t in enumerate(row)) \
            or not any(t and roles[k] in _NAME_ROLES for k, t in enumerate(row)):
        return False
    placed = _in_columns(all_cells[j], anchor, lines[j], anchor_line, wide)
    if len(placed) != len(row) or _kind(classify, placed[lv]) != "level1":
        return False
    if not any(t and roles[k] in _VALUE_ROLES for k, t in enumerate(placed)):
        return False
    rests = [k for k, t in enumerate(placed) if t and roles[k] in _NAME_ROLES]
    return bool(rests) and all(row[k] and _kind(classify, placed[k]) not in _LEVELS for k in rests) \
        and all(not t or k == lv or k in rests or not row[k] and roles[k] in _VALUE_ROLES for k, t in enumerate(placed))


# a target ending in a comparison whose measure is to come (`较上年提高` over `5个百分点`): cut, however short
_OPEN_TARGET = lazy(r"(?:提高|提升|增长|增加|下降|降低|减少|达到|不低于|不少于|不高于|不超过|高于|低于|控制在|保持在|稳定在)$")


def _level_cut(classify: Classify, above: str, piece: str) -> bool:
    """Is `piece` the wrapped rest of the level name `above` in a narrow column (`社会效益` / `指标`, `服务对象满` /
    `意度指标`, `满意度` / `指标`): the two make a level name that neither is alone, or the start of one whose `标` or
    `指标` a third line holds?"""
    if _kind(classify, above) in _LEVELS or _kind(classify, piece) in _LEVELS:
        return False
    # (or its middle, the name cut twice: `满意` / `度指` / `标`, a level name short of its last word's characters)
    return any(_kind(classify, above + piece + end) in _LEVELS for end in ("", "标", "指标"))


def _value_above(out: list[tuple[str, int]], raw: list[int | None], lines: list[str],
                 all_cells: list[list[tuple[int, int, str]]], i: int, value: tuple[int, int, str], below: int,
                 classify: Classify) -> list[str]:
    """A label's value of several lines printed centred by height beside it, the label on a middle line (`年度绩效目标
    | 安装安全防护设施…` with a line of it above and one below): the lines left as they are right above the label's row,
    starting where its value starts, as many as the value has below it — popped from `out`: the value's first
    lines. One more when it goes on (no `。` `；` closing it): an even count of lines puts the label on the lower
    middle one (`…更换老化阀门320个，` over `年度目标 | 降低管网漏损率…。`, the value's first line lost)."""
    got: list[str] = []
    while len(got) <= below and raw and raw[-1] is not None and raw[-1] == i - 1 - len(got):
        cs = all_cells[raw[-1]]
        if len(got) == below and (len(cs) != 1 or cs[0][2].endswith(_SENTENCE_CLOSED)):
            break
        # (where the value starts, in characters or in display columns: a label's width differs in the two counts)
        if len(cs) != 1 or abs(cs[0][0] - value[0]) > 1 and _starts_at(_wide(lines[raw[-1]], cs),
                                                                         _wide(lines[i], [value])) is None \
                or not _piece_line(cs, classify, in_table=False):
            break
        got.insert(0, cs[0][2])
        raw.pop()
        out.pop()
    return got


def _slot_run(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int, end: int,
              classify: Classify) -> list[int]:
    """The lines right under line i holding one cell each, starting right of position `end` (where a label ending
    line i ends): the lines of that label's value printed under it."""
    got = []
    j = i + 1
    while j < len(lines) and len(all_cells[j]) == 1 and all_cells[j][0][0] > end \
            and _piece_line(all_cells[j], classify, in_table=False, value_ok=True, numbered_ok=False):
        got.append(j)
        j += 1
    return got


def _centred_value(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
                   cells: list[tuple[int, int, str]], out: list[tuple[str, int]], raw: list[int | None],
                   used: set[int], classify: Classify) -> str | None:
    """A label alone on line i (or ending its row), its value's lines printed above and below it, as a PDF prints a
    cell centred by height beside a label of one line (`年度绩效目标` between `新建社区多功能运动场…，人` and `均体育场地
    面积…`): the value put together, the lines taken (those above popped from `out`, those below marked used); None
    when no line under it is one of the value's. The lines under it go to the next such label when one follows
    them (two labels alone in a row, their values sharing the lines between: each takes as many under it as it took
    above, at least one)."""
    end = cells[-1][1]
    below = _slot_run(lines, all_cells, i, end, classify)
    if not below:
        return None
    above: list[int] = []
    while len(above) <= len(below) and raw and raw[-1] is not None and raw[-1] == i - 1 - len(above) \
            and all_cells[raw[-1]][0][0] > end and _piece_line(all_cells[raw[-1]], classify, in_table=False,
                                                                value_ok=True):
        above.insert(0, raw.pop())
        out.pop()
    nxt = below[-1] + 1
    if nxt < len(lines) and all_cells[nxt] and _lone_label(classify, all_cells[nxt][-1][2]) \
            and all_cells[nxt][-1][1] < all_cells[below[0]][0][0]:
        below = below[:max(1, len(above))]      # (the rest are the next label's value's first lines)
    used.update(below)
    return unwrap_cell("\n".join(all_cells[j][0][2] for j in above + below))


def _wide(line: str, cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cells with their positions counted in display columns (a Chinese character two wide), as a text
    laid out for a screen or by a person has them (`pdftotext -layout` counts characters)."""
    col = _display_cols(line)
    return [(col[a], col[b], t) for a, b, t in cells]


def _laid_out_wide(lines: list[str], all_cells: list[list[tuple[int, int, str]]]) -> bool:
    """Are the cells of this flattened text (`all_cells`: each line's) set in display columns (a Chinese
    character two wide: a text laid out for a screen or by hand) rather than in characters (`pdftotext
    -layout`)? Whichever count makes more cells of the table rows start where a cell of another row starts."""
    rows = [(ln, cs) for ln, cs in zip(lines, all_cells) if len(cs) >= 2][:200]

    def shared(starts: list[list[int]]) -> int:
        seen: dict[int, int] = {}
        for ss in starts:
            for x in set(ss):
                seen[x] = seen.get(x, 0) + 1
        return sum(n for n in seen.values() if n >= 2)
    chars = shared([[c[0] for c in cs] for _, cs in rows])
    wide = shared([[c[0] for c in _wide(ln, cs)] for ln, cs in rows])
    return wide > chars


def _in_columns(cells: list[tuple[int, int, str]], anchor: list[tuple[int, int, str]], line: str = "",
                anchor_line: str = "", wide: bool = False, learned: dict[int, int] | None = None) -> list[str]:
    """The texts of a row's cells placed in the columns of its header (`anchor`): a cell starting where a head
    starts in that head's column; the first cell otherwise in the column its span overlaps most (a column
    reaching from its head's start to the next head's), a later one in the next column; never left of the cell
    before; the columns no cell fills are empty. Positions are counted in display columns when the text is laid out
    in them (`wide`), else in characters. `learned` (character positions -> column, `_column_starts`): where the
    cells of a column start when its head is centred over them, for a cell not starting at a head."""
    if line and anchor_line:
        wide_cells, wide_anchor = _wide(line, cells), _wide(anchor_line, anchor)
        at_head = lambda c, an: any(abs(c[0] - a[0]) <= 1 for a in an)
        # the row's first cell where a head starts in one count only: that count (indented by hand in display
        # columns, its other cells set apart by a gap only); else the text's own
        if at_head(wide_cells[0], wide_anchor) != at_head(cells[0], anchor):
            wide = at_head(wide_cells[0], wide_anchor)
        if wide:
            cells, anchor = wide_cells, wide_anchor
    bounds = [a[0] for a in anchor] + [anchor[-1][1] + 4]     # (the last column as wide as its head, and a gap)
    row = [""] * len(anchor)
    last = -1
    for n, (s0, e0, text) in enumerate(cells):
        exact = [k for k in range(len(anchor)) if abs(s0 - bounds[k]) <= 1]
        if exact:
            best = exact[0]
        elif learned and not wide and s0 in learned and learned[s0] > last:
            best = learned[s0]        # (where the column's cells start, under a head centred over them)
        elif n:
            best = last + 1           # (after a cell, one not where a head starts: the next column)
            # (but not a column whose head stands wholly in the gap before the cell, the cell starting past the next
            # column's start: that column is empty on this row, `2  教师培训        45.5` under `实施单位  资金规模`)
            while best + 1 < len(anchor) and anchor[best][0] >= cells[n - 1][1] and anchor[best][1] <= s0 \
                    and bounds[best + 1] <= s0 + 1:
                best += 1
        else:
            best = max(range(len(anchor)), key=lambda k: (min(e0, bounds[k + 1]) - max(s0, bounds[k]),
                                                          -abs(s0 - bounds[k])))
        k = max(best, last + 1)
        if k >= len(anchor):
            row[-1] = (row[-1] + " " + text).strip()
            continue
        row[k] = text
        last = k
    return row


_PIPE_ROW = lazy(r"^\s*\|.*\|\s*$")
_PIPE_SPLIT = lazy(r"(?<!\\)\|")
_MD_BREAK = lazy(r"<br\s*/?>", re.IGNORECASE)
_MD_STRONG = lazy(r"^(\*\*|__)(.+)\1$")
# bold inside a line or cell (`**填报单位**：厦门市思明区民政局　　**金额单位**：万元`): its marks hide the label from
# the parser (a unit of 万元 missed: money 10,000 times too small), so they go; `__` is left (a blank to fill in)
_MD_STRONG_IN = lazy(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_MD_HEADING = lazy(r"^\s{0,3}#{1,6}\s+")
# a block quote's marks (`> 注：本表由系统导出后整理。`): the text without them (read as a `>` target after a table)
_MD_QUOTE = lazy(r"^\s{0,3}(?:>[ \t]+)+(?=\S)(?![=\d])")   # (`> 90%` is no quote)
# what a spreadsheet converter (pandas `to_markdown`, as markitdown uses) writes for an empty cell
_MD_BOX_ON = lazy(r"\[[xX✓√]\]")      # a GFM task box, ticked: markitdown writes a ticked check box so
_MD_BOX_OFF = lazy(r"\[ \]")
_MD_EMPTY = lazy(r"^(?:NaN|nan|None|Unnamed: \d+)$")


def _cellbar_style(lines: list[str]) -> bool:
    """A web page's tables as a converter wrote them as text: each cell followed by ` |` (one cell per line, or a
    row's cells on one line), each row ended by a run of bars (`|||||`, its empty cells), rows not starting with a
    bar (a Markdown table's do)."""
    content = [ln.strip() for ln in lines if ln.strip()]
    if len(content) < 8 or sum(1 for ln in content if ln.startswith("|") and not _BAR_ONLY.match(ln)) > 0.3 * len(content):
        return False
    return sum(1 for ln in content if ln.endswith("|")) >= 0.3 * len(content) \
        and sum(1 for ln in content if "||" in ln) >= 3


def _cellbar_rows(lines: list[str]) -> list[tuple[str, int]]:
    """Given the lines of a text of cells each followed by ` |` and rows ended by runs of bars, return its rows
    (cells tab-separated, the empty ones left out: packed rows) and text lines, each with its first line (1-based).
    A cell's text wrapped over lines is put back together (`绩` / `效` / `指` / `标 |`); a line without bars, long or
    at no row's start, is a line of text (a title above the table)."""
    out: list[tuple[str, int]] = []
    cur: list[str] = []
    first = 0
    piece: list[str] = []
    piece_no = 0
    for no, ln in enumerate(lines, 1):
        if "|" not in ln:
            t = ln.strip()
            if not t:
                continue
            if not piece and (len(t) > 8 or not cur and not _CELL_PIECE.match(t)):
                if cur:                              # (a row left open by a page's text: it ends here)
                    out.append(("\t".join(cur), first))
                    cur = []
                out.append((t, no))
                continue
            piece_no = piece_no or no
            piece.append(t)
            continue
        pos = 0
        for m in _BARS.finditer(ln):
            text = ln[pos:m.start()].strip()
            if text:
                piece_no = piece_no or no
                piece.append(text)
            if piece:
                cell = unwrap_cell("\n".join(piece))
                if not cur:
                    first = piece_no
                cur.append(cell)
            piece, piece_no = [], 0
            if len(m.group()) >= 2 and cur:          # a run of bars: the row's end (its empty cells)
                out.append(("\t".join(cur) if len(cur) > 1 else cur[0] + "\t", first))
                cur = []
            pos = m.end()
        rest = ln[pos:].strip()
        if rest:
            piece_no = piece_no or no
            piece.append(rest)
    if piece:
        cur.append(unwrap_cell("\n".join(piece)))
    if cur:
        out.append(("\t".join(cur) if len(cur) > 1 else cur[0] + "\t", first or len(lines)))
    return out


def _bar_rows_style(lines: list[str]) -> bool:
    """A web page's tables as a converter wrote them as text: a row on a line, ` | ` between its cells and after the
    last (the empty ones left out), no bar starting the rows (a Markdown table's do) and no runs of bars ending them."""
    content = [ln.strip() for ln in lines if ln.strip()]
    rows = sum(1 for ln in content if ln.endswith("|") and not ln.startswith("|") and ln.count("|") >= 3)
    return len(content) >= 8 and rows >= 0.3 * len(content) and rows >= 5 \
        and sum(1 for ln in content if "||" in ln.replace(" ", "")) < 3


def _bar_rows(lines: list[str]) -> list[tuple[str, int]]:
    """Given the lines of a text of rows written with ` | ` after each cell, return its rows (cells tab-separated, the
    empty ones left out: packed rows) and text lines (without bars), each with its line number (1-based)."""
    out: list[tuple[str, int]] = []
    cur: list[str] = []
    first = 0
    for no, ln in enumerate(lines + [""], 1):
        t = ln.strip()
        if _BAR_ONLY.match(t) and t:
            continue
        cells = [c.strip() for c in t.split("|") if c.strip()] if "|" in t else None
        if cur and (cells is None or not t.startswith("|")):
            out.append(("\t".join(cur) if len(cur) > 1 else cur[0] + "\t", first))
            cur = []
        if not t:
            continue
        if cells is None:
            out.append((t, no))
            continue
        if not cur:
            first = no
        if cur and period_cut(cur[-1], cells[0]):
            cur[-1], cells = cur[-1].strip() + cells[0], cells[1:]   # (`实施期限 | 2024年7月- |` then `| 2025.6.30 |`:
            # the period's end, no cell of its own — hunt ti16)
        cur += cells                                 # (`年度资金总额 |` then `| 32.4 | 31.69 |`: a line starting with a
    return out                                       # bar goes on with the row above)


def _build_cellbars(rows: list[tuple[str, int]], warnings: list[ParseWarning] | None,
                    classify: Classify | None) -> tuple[list[Grid], list[TextLine]]:
    """Given the rows of a text of cells each followed by ` |` (`_cellbar_rows`, `_bar_rows`), return its grids and
    text lines: those under an indicator table's header in its columns (`_pad_levels`)."""
    texts_rows = [r for r, _ in rows]
    if classify is not None:
        packed = [r.rstrip("\t").split("\t") if "\t" in r else r for r in texts_rows]
        _pad_levels(packed, classify)
        texts_rows = ["\t".join(r) + ("\t" if len(r) == 1 else "") if isinstance(r, list) else r for r in packed]
    grids, texts = _build_horizontal(texts_rows, numbers=[n for _, n in rows], whole=True)
    if warnings is not None:
        warnings.append(ParseWarning("text_cell_bars", "cells each followed by ` |` (a web page's tables written as "
                                     "text): rows put back from the bars, best effort"))
    return grids, texts


def _bar_ended(lines: list[str]) -> bool:
    """Cells each on a line of their own followed by ` |` (half the lines or more), no row ended by a run of bars."""
    content = [ln.strip() for ln in lines if ln.strip()]
    return len(content) >= 12 and sum(1 for ln in content if ln.endswith("|") and ln.count("|") == 1) >= 0.5 * len(content)


_BAR_END = lazy(r"\s*\|\s*$")
_BARS = lazy(r"\|(?:\s*\|)*")     # a bar, or a run of bars (with blanks between: `| ||||`)
_BAR_ONLY = lazy(r"^[|\s]+$")
_PIECE_CHARS = r"[\u4e00-\u9fff（）()]"
_CELL_PIECE = lazy(rf"^{_PIECE_CHARS}{{1,8}}$")   # `绩` / `效`: a short piece of a cell wrapped over lines
# a label's wrapped rest: such a piece of four characters at most (`部门`, `使用单位`, `位（章）`; not `位（盖章）`) — the
# one test of `_label_rests` and of its pre-filter `_short_pieces` (review rv85: written out in both)
_LABEL_REST = lazy(rf"^{_PIECE_CHARS}{{1,4}}$")


def _pipe_style(lines: list[str]) -> bool:
    """A Markdown dump (pandoc, markitdown, docling …): tables as `| a | b |` rows, few tabs."""
    rows = sum(1 for ln in lines if _PIPE_ROW.match(ln) and ln.count("|") >= 3)
    return rows >= 3 and rows > sum(1 for ln in lines if "\t" in ln)


_GFM_RULE = lazy(r"^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+$")      # `--- | :---: | ---`: a rule with no outer bars


def _outer_bars(lines: list[str]) -> list[str]:
    """GFM tables written without their outer bars (`一级指标 | 二级指标 | 指标值` over `--- | --- | ---`), given them:
    the rule's cells say the table's width, and a row split at its bars into that many cells keeps them all (an
    empty first cell, `| | 路面修复里程 | 12公里`, is a cell: the row has one bar too many for an outer one); a row
    with a bar too many at either end (or both) loses that end's. The table's rows run to the first line with no
    bar. Other lines as they are (a table with its outer bars, too)."""
    out = list(lines)
    k = 1
    while k < len(lines):
        rule = lines[k].strip()
        if not _GFM_RULE.match(rule) or not _PIPE_SPLIT.search(lines[k - 1]) or _PIPE_ROW.match(lines[k - 1]) \
                or lines[k - 1].strip().startswith("|") and lines[k - 1].strip().endswith("|"):
            k += 1
            continue
        width = rule.count("|") + 1
        j = k - 1
        while j < len(lines) and (j == k or _PIPE_SPLIT.search(lines[j])):
            if j != k:
                cells = _PIPE_SPLIT.split(lines[j].strip())
                if len(cells) > width and cells[0] == "" and cells[-1] == "" and len(cells) - 2 >= width:
                    cells = cells[1:-1]
                elif len(cells) > width and cells[0] == "":
                    cells = cells[1:]
                elif len(cells) > width and cells[-1] == "":
                    cells = cells[:-1]
                out[j] = "| " + " | ".join(c.strip() for c in cells) + " |"
            else:
                out[j] = "| " + " | ".join(["---"] * width) + " |"
            j += 1
        k = max(j, k + 1)       # always on: a head of no bar must not send k back to it
    return out


def _one_cell_text(line: str) -> str:
    """A Markdown row of one cell (`| 项目组成员： |`, a caption's or a title's merged row) as its cell's text, read as
    `_split_pipe` reads a cell (the bars stayed in it: a caption read as `| 项目组成员： |`, hunt ly15); its rule
    (`|---|`, under a one-cell head) no text. Other lines as they are."""
    if line.count("|") != 2 or not _PIPE_ROW.match(line):
        return line
    cell = _split_pipe(line)[0]
    return "" if _DASHES.match(cell) else cell.replace("\n", "\u2028")


def _split_pipe(line: str) -> list[str]:
    """Given a Markdown table row, return its cells: padding, `**bold**` and escapes removed, `<br>` as a line break."""
    inner = line.strip()[1:-1]
    out = []
    for f in _PIPE_SPLIT.split(inner):
        f = _MD_BREAK.sub("\n", f.replace("\\|", "|").replace("\\n", "\n")).strip()   # `<br>`, or `\n` as pandas writes it
        m = _MD_STRONG.match(f)
        f = m.group(2).strip() if m else f
        f = _MD_STRONG_IN.sub(r"\1", f) if "**" in f else f
        f = _MD_BOX_OFF.sub("☐", _MD_BOX_ON.sub("☑", f)) if "[" in f else f
        out.append("" if _MD_EMPTY.match(f) else f)
    return out


_SPAN_WORD = lazy(r"[\u4e00-\u9fffA-Za-z]")


# A value a row may well hold in three columns side by side (target, progress, forecast of a monitoring row:
# `明显改善 | 明显改善 | 明显改善`, `完成 | 完成 | 完成`, `是 | 是 | 是`), never a merged label: such runs stay.
_SPAN_VALUE = re.compile(r"^(?!.*(?:情况|指标|目标|名称|内容|说明|原因|措施|分析|值|率|数|分)$)"
                         r"(?:[^\d]{0,6}(?:改善|提升|提高|增强|完善|健全|良好|明显|显著|完成|达标|合格|满意|有效|到位|及时|"
                         r"正常|稳定|降低|减少|增加|优秀|达到|保障|实现|落实)[^\d]{0,4}|[是否有无好优良高低])$")


def _word_target(text: str) -> bool:
    """A target written as a word (`达标`, `合格`, `是`, `优良`, `明显改善`), no piece of a name."""
    return _SPAN_VALUE.match(text) is not None or _GRADE_CELL.match(text) is not None


def _span_runs(cells: list[str]) -> list[str]:
    """A Markdown table row with a merged cell's text written in every column it spans (Docling fills each cell of a
    span: `总分 | 总分 | 总分 | 总分 | 总分 | 100 | 97.6`) as a tab dump has it: the text once, in the span's first
    column, the others empty. Only a run of three or more of one word (no figure: equal amounts side by side are
    the form's; no value-like text, see _SPAN_VALUE: a monitoring row's target, progress and forecast)."""
    out = list(cells)
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and out[j + 1] == out[k]:
            j += 1
        if j - k >= 2 and _SPAN_WORD.search(out[k]) and not _SPAN_VALUE.match(out[k].strip()):
            for i in range(k + 1, j + 1):
                out[i] = ""
        k = j + 1
    return out


def _from_pipes(lines: list[str]) -> tuple[list[str], list[int]]:
    """Markdown lines as a tab dump, line for line: table rows tab-separated (a cell's `<br>` kept as a
    break inside the cell), the `|---|:--:|` rule under a header row dropped, `#` and `**` of headings
    and bold lines removed.

    A converter that knows no row spans (mammoth + markdownify, as markitdown runs them) leaves out the
    cells a merged cell above covers, so a row comes out shorter than its table. Forms merge their
    label columns, on the left: a short row keeps its cells in the table's last columns (its first
    columns are the merged ones, read as empty, as a tab dump leaves them).

    A fixed-width table's line holding the rest of the row above (`_wrap_of`, `_paragraph_of`: antiword's
    tables, which have no `|---|` rule under a header as a Markdown table has) is put into that row's cells. Returns the lines and each one's line number (1-based)."""
    out: list[str] = []
    numbers: list[int] = []
    block: list[tuple[int, list[str] | None]] = []
    raws: list[str] = []                        # each block row's first line, as written

    def flush() -> None:
        width = max((len(c) for _, c in block if c is not None), default=0)
        placed = _by_bars(raws, [c for _, c in block]) if all(c is not None for _, c in block) else None
        if placed is not None:
            width = len(placed[0])
        if len(block) >= 2 and block[0][1] is not None and block[1][1] is None:
            # the rule's blank put above the header row, not under it: the header and the rows under it one block,
            # as a tab dump's (a header's labels wrapped onto the next row: `_label_rests_below`); `placed` is None
            # with the rule in the block, so `raws` is not read again
            block[0], block[1] = block[1], block[0]
        for k, (no, cells) in enumerate(block):
            numbers.append(no + 1)
            if cells is None:
                out.append("")                  # the rule under the header: no row (a blank keeps the line count)
            elif placed is not None:
                out.append("\t".join(c.replace("\n", "\u2028") for c in placed[k]))
            else:
                cells = [""] * (width - len(cells)) + _span_runs(cells)
                out.append("\t".join(c.replace("\n", "\u2028") for c in cells) if width >= 2 else cells[0])
        block.clear()
        raws.clear()

    last = ""                                   # the raw line of the block's last row (its cells' widths)
    wrapped = False                             # (was it the rest of a row wrapped: `_wrap_of`)
    for no, ln in enumerate(lines):
        if _PIPE_ROW.match(ln) and ln.count("|") >= 3:
            cells = _split_pipe(ln)
            rule = all(_DASHES.match(c) for c in cells) and any("-" in c for c in cells)
            row = next((k for k in range(len(block) - 1, -1, -1) if block[k][1] is not None), None)
            if not rule and row is not None and len(block[row][1]) == len(cells) \
                    and all(c is not None for _, c in block) \
                    and (_wrap_of(last, ln) or wrapped and _paragraph_of(last, ln)):
                block[row] = (block[row][0], [unwrap_cell(a + "\n" + b) if a and b else a or b
                                              for a, b in zip(block[row][1], cells)])
                last, wrapped = ln, True
                continue
            if not rule and row is not None and len(block[row][1]) == len(cells) \
                    and all(c is not None for _, c in block) and _cell_paragraph(last, ln, block[row][1]):
                # (a cell's next paragraph: a break of its own, as the document's cell holds it)
                block[row] = (block[row][0], [a + "\n" + b if a and b else a or b
                                              for a, b in zip(block[row][1], cells)])
                last, wrapped = ln, True
                continue
            block.append((no, None if rule else cells))
            raws.append(ln)
            last, wrapped = "" if rule else ln, False
            continue
        if block:
            flush()
        t = _MD_HEADING.sub("", _MD_QUOTE.sub("", _one_cell_text(ln)))
        m = _MD_STRONG.match(t.strip())
        t = m.group(2) if m else t
        out.append(_MD_STRONG_IN.sub(r"\1", t) if "**" in t else t)
        numbers.append(no + 1)
    if block:
        flush()
    return out, numbers


def _by_bars(raws: list[str], rows: list[list[str]]) -> list[list[str]] | None:
    """The rows of a fixed-width `|` table (antiword's tables of a .doc, no `|---|` rule) whose rows have different
    bars, placed by where their bars stand: the table's columns are between the places any of its rows has a bar at,
    a cell starts in the column its left bar begins (a cell two columns wide, `|部门预算（万元）    |2680.50   |` over a
    table of four, has its label in the first column, its value in the third, as a tab dump writes a merged cell).
    None when every row has the same bars, or the rows do not share their outer bars (tables of their own)."""
    places = [_bar_places(r) for r in raws]
    if len({tuple(p) for p in places}) < 2 or any(len(p) != len(c) + 1 for p, c in zip(places, rows)):
        return None
    if len({(p[0], p[-1]) for p in places}) != 1:
        return None
    union = sorted({x for p in places for x in p})
    at = {x: k for k, x in enumerate(union)}
    out = []
    for p, cells in zip(places, rows):
        row = [""] * (len(union) - 1)
        for x, text in zip(p, cells):
            row[at[x]] = text
        out.append(row)
    return out


def _bar_places(line: str) -> list[int]:
    """The display columns of a table line's bars."""
    cols = _display_cols(line)
    return [cols[k] for k, ch in enumerate(line) if ch == "|"]


def _wrap_of(above: str, line: str) -> bool:
    """Is a `|` table line the rest of the row above, its cells' text wrapped in fixed columns (antiword's and
    catdoc's tables of a .doc: `|县公路事业发展中|` over `|心              |`)? Its bars stand where the row's do, some of
    its cells are blank and each of the others starts at its bar under a cell the row above filled, text from its
    bar on to one too narrow to take the piece's first character (`|县文化和旅游 |` over `|局           |`: one
    column left, a Chinese character takes two); a Markdown writer pads every cell with a space: no such row."""
    if "|" not in above or _bar_places(above) != _bar_places(line):
        return False
    ups, downs = above.strip()[1:-1].split("|"), line.strip()[1:-1].split("|")
    if len(ups) != len(downs) or len(ups) < 2:
        return False
    blank = filled = 0
    for up, down in zip(ups, downs):
        if not down.strip():
            blank += 1
            continue
        text = down.strip()
        if not up.strip() or up[0].isspace() or down[0].isspace() \
                or len(up) - len(up.rstrip()) >= _char_width(text[0]):
            return False                         # (the space left at the cell's end would have held the piece)
        filled += 1
    return blank > 0 and filled > 0


_NOTE_OPENING = "（(【[〔［"
# a list number in brackets opening a text (`（二）经济发展`, `(3)`): a section or item, no note
_NUMBERED_HEAD = lazy(r"^[（(〔［\[]\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[)）〕］\]]")
# a value in brackets (`（≥90%）`, `(100%)`): a target written so, no note
_BRACKETED_VALUE = lazy(r"^[（(【\[〔［]\s*[≥≤＞＜><=≧≦＝\d０-９]")


def _cell_paragraph(above: str, line: str, row: list[str]) -> bool:
    """Is a `|` table line the next paragraph of one cell of the row above (antiword's tables of a .doc, whose cell
    of two paragraphs gives a line to each: `|实施单位  |县卫生健康局  |` over `|          |（各乡镇卫生院具体实施）|`,
    `|年度主要任务|1.完成土地变更调查；|` over `|  |2.完成耕地保护督察整改。|`)? Its bars stand where the row's do and it
    fills one cell only, one the row filled (`row`: its cells so far), its text from its bar on; and that cell is the
    table's last column, the row filling two cells or more (a label's value, a target's note: a row of its own
    fills a label or a name too), or the text is a note in brackets (`（含卫片执法）` under an indicator's name). A
    form with its targets blank (its last column empty) keeps each name under a merged level a row of its own; a
    number in brackets (`（二）经济发展（30分）`: a section's row, written in the content column) is no note. A line
    filling the last column and others the row filled, the last a note in brackets, is the next paragraph of all of
    them (a name and its target of two paragraphs each)."""
    if "|" not in above or _bar_places(above) != _bar_places(line):
        return False
    downs = line.strip()[1:-1].split("|")
    if len(downs) != len(row) or len(downs) < 2:
        return False
    full = [k for k, d in enumerate(downs) if d.strip()]
    if len(full) >= 2 and full[-1] == len(row) - 1 and len(full) < len(row):
        # (a name and its target both of two paragraphs: `|农田灌溉保证率|≥75%|` over `|（设计值）|（省考核口径）|`,
        # `|…达到省定要求的|≥100公斤|` over `|比例数值|（以实测为准）|`: the last column's text a note in brackets,
        # no value of its own, each piece under a cell the row filled, none a numbered item)
        note = downs[-1].strip()
        return all(row[j].strip() and not downs[j][0].isspace() and not _NUMBERED_HEAD.match(downs[j].strip())
                   for j in full) and note[0] in _NOTE_OPENING and not _BRACKETED_VALUE.match(note)
    if len(full) != 1:
        return False
    k = full[0]
    text = downs[k]
    if not row[k].strip() or text[0].isspace():
        return False
    held = [j for j, c in enumerate(row) if c.strip()]
    return (k == len(row) - 1 and len(held) >= 2) \
        or (text.strip()[0] in _NOTE_OPENING and not _NUMBERED_HEAD.match(text.strip()))


def _paragraph_of(above: str, line: str) -> bool:
    """Below a line that was the rest of a wrapped row (`_wrap_of`), is a `|` table line the next paragraph of the
    same cells (`|城区环境卫|` / `|生        |` / `|状况      |`: a cell of two paragraphs)? Its bars stand where the
    line's do, and its text stands only in columns that line held text in, some of those blank. A line filling the
    table's last column and another (a name and its target: `|比例|）|` over `|优良中等路比例|≥75%|`, the row above's
    name and target both wrapped, the next row's levels merged above) is a row of its own, not the paragraphs of
    two cells at once."""
    if _bar_places(above) != _bar_places(line):
        return False
    ups, downs = above.strip()[1:-1].split("|"), line.strip()[1:-1].split("|")
    held = [k for k, up in enumerate(ups) if up.strip()]
    full = [k for k, down in enumerate(downs) if down.strip()]
    if len(full) >= 2 and len(downs) - 1 in full:
        return False
    return bool(full) and set(full) <= set(held) and len(full) < len(downs) \
        and all(not downs[k][0].isspace() for k in full)


# ---------------------------------------------------------------- box-drawn tables

_BOX_BAR = "│┃║|"
_BOX_CORNERS = "┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛"      # the joints and corners of box drawing
# a rule line: an optional first joint or bar, then dashes, joints, bars, colons and blanks, one dash at least
_BOX_RULE = lazy(rf"^\s*[{_BOX_CORNERS}+|│┃║]?[─━═\-=+{_BOX_CORNERS}:| │┃║]*[─━═\-=]"
                       rf"[─━═\-=+{_BOX_CORNERS}:| │┃║]*$")
_BOX_JOINTS = set(_BOX_CORNERS + "+│┃║|")


def _box_rule(line: str) -> bool:
    """A rule line of a box-drawn or ASCII grid table (`├──┼──┤`, `+----+----+`, `|    +----|`)."""
    t = line.strip()
    return len(t) >= 3 and bool(_BOX_RULE.match(t)) and (any(c in "─━═" for c in t) or (t[0] in "+|" and "-" in t)
                                                          or t[0] == "+" and "=" in t)   # (pandoc's `+====+` under a head)


def _box_style(lines: list[str]) -> bool:
    """A table drawn with Unicode box characters (three lines or more with `│`), or an ASCII grid (two `+---+` rules or
    more and lines starting with `|`)."""
    # (lines with tabs are a tab dump's rows, a `│` in some cells of them no drawing; the text as one string first,
    # to look for the bars and the `+` at once: a tab dump has none)
    text = "\n".join(lines)
    if "│" in text or "┃" in text or "║" in text:
        uni = sum(1 for ln in lines if ("│" in ln or "┃" in ln or "║" in ln) and "\t" not in ln)
        if uni >= 3:
            return True
    if "+" not in text:
        return False
    rules = sum(1 for ln in lines if ln.strip().startswith("+") and _box_rule(ln))
    return rules >= 2 and sum(1 for ln in lines if ln.strip().startswith("|") and "\t" not in ln) >= 2


@functools.lru_cache(maxsize=256)
def _display_cols(line: str) -> tuple[int, ...]:
    """The display column where each character of `line` starts (a wide character takes two), and last the one where
    the line ends. Cached: a table head's line is asked again for each row under it (`_wide`, `_in_columns`)."""
    return (0, *itertools.accumulate(map(_char_width, line)))


# a figure of a box-drawn row (`15`, `92.26%`, `≥90%`, `—`): a cell no wrapped text goes on in
_BOX_FIGURE = lazy(r"^(?:[≥≤≧≦＞＜<>=＝]{0,2}\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*[%％‰]?|[-—–－/]+)$")


def _box_new_row(row: dict[int, list[str]], cells: list[tuple[int, str]],
                 is_label: Callable[[str], bool] | None) -> bool:
    """Given the cells of a box-drawn table's row so far and those of its next line (no rule between them), return
    True when the line is a row of its own, not the wrapped lines of the row's cells: a table ruled only between its
    sections (psql, prettytable: `│          │质量指标  │水质达标率│≥90%│87%│ 10 │ 8 │` under the row of 数量指标).
    So when it fills two cells or more and one is a figure (`10`, `87%`, `—`) in a column the row has filled
    already (a figure is no wrapped text's piece), or starts with a label (`主管部门` under `项目名称`) that the
    row's cell above does not make one with (`年度` / `总体目标` is one cell wrapped)."""
    filled = [(c, t) for c, t in cells if t]
    if len(filled) < 2 or not any(row.values()):
        return False
    if any(row.get(c) and _BOX_FIGURE.match(t) for c, t in filled):
        return True
    c0, t0 = filled[0]
    return bool(is_label is not None and row.get(c0) and is_label(t0) and not is_label("".join(row[c0]) + t0))


def _from_boxes(lines: list[str], is_label: Callable[[str], bool] | None = None) -> tuple[list[str], list[int]]:
    """Given the lines of a dump holding box-drawn tables, return its lines as a tab dump and each one's first line
    number: a table's columns are the places of the joints on its rules; each row between two rules is one row, the
    lines of a cell (a cell's text wrapped in its box) joined; a cell spanning several columns is written in its first,
    the others empty (as a tab dump writes a merged cell); lines outside the tables as they are. A line that is a
    row of its own (`_box_new_row`: a table ruled only between its sections) starts a row without a rule."""
    out: list[str] = []
    numbers: list[int] = []
    k, n = 0, len(lines)
    while k < n:
        ln = lines[k]
        if not (_box_rule(ln) or any(b in ln for b in "│┃║") or ln.strip().startswith("|")):
            out.append(ln)
            numbers.append(k + 1)
            k += 1
            continue
        # a table: lines up to the first that is neither a rule nor a row of bars
        j = k
        while j < n and (_box_rule(lines[j]) or any(b in lines[j] for b in _BOX_BAR)):
            j += 1
        block = lines[k:j]
        bounds: set[int] = set()
        for b in block:
            cols = _display_cols(b)
            bounds.update(cols[i] for i, ch in enumerate(b) if ch in _BOX_JOINTS)
        edges: list[int] = []
        for e in sorted(bounds):                     # (a bar drawn a column off its rule's joint: one edge)
            if not edges or e - edges[-1] > 1:
                edges.append(e)
        row: dict[int, list[str]] = {}
        first: int | None = None

        def flush() -> None:
            nonlocal row, first
            if row and any("".join(v).strip() for v in row.values()):
                width = max(len(edges) - 1, max(row) + 1)
                cells = ["" for _ in range(width)]
                for c, parts in row.items():
                    cells[c] = unwrap_cell("\n".join(parts)) if len(parts) > 1 else "".join(parts)
                out.append("\t".join(cells))
                numbers.append(first)
            row, first = {}, None

        carry: dict[int, int] = {}      # a cell merged down past a partial rule: column -> its row's place in `out`
        for i, b in enumerate(block):
            if _box_rule(b):
                flush()
                carry.clear()
                continue
            cols = _display_cols(b)
            part = _partial_rule(b, cols, edges)
            if part is not None:
                # `┃（万元）    ┣━━━━━━━━╋━━━━━━━━┫` (w3m's dump of a cell merged down, `│项目资金├──┼──┤`): the rule
                # ends the row in its ruled columns; the merged cell's line is its cell's, and so are its lines under
                # the rule (they were lost, the row's bars only at the line's ends)
                for col, text in part.items():
                    if text is not None:
                        _carry_text(out, carry, row, col, text)
                kept = {col: carry[col] for col, text in part.items() if text is not None and col in carry}
                flush()
                here = len(out) - 1
                carry = kept | {col: here for col, text in part.items() if text is not None and col not in kept
                                and here >= 0}
                continue
            bars = [x for x, ch in enumerate(b) if ch in _BOX_BAR]
            if len(bars) < 2:
                continue
            cells: list[tuple[int, str]] = []
            for a, z in zip(bars, bars[1:]):
                col = sum(1 for e in edges if e < cols[a] + 1) - 1
                if col >= 0:
                    cells.append((col, b[a + 1:z].strip()))
            if row and _box_new_row(row, cells, is_label):
                flush()
            if first is None:
                first = k + i + 1
            for col, text in cells:
                if col in carry:
                    if text:
                        _carry_text(out, carry, {}, col, text)
                    continue
                row.setdefault(col, [])
                if text:
                    row[col].append(text)
        flush()
        k = j
    return out, numbers


_RULE_CHARS = set("─━═-=+:" + _BOX_CORNERS + "│┃║|")


def _partial_rule(line: str, cols: tuple[int, ...], edges: list[int]) -> dict[int, str | None] | None:
    """A box-drawn table's line that is a rule in some of its columns and a cell's line in others (`┃（万元）    ┣━━━━╋━━━┫`,
    `│       ├─────┤`: a cell merged down over the rows the rule parts): for each column (between two `edges`) None where
    ruled, its text (maybe empty) where not; None when the line rules no column, or every one (a rule)."""
    if not any(ch in "─━═" for ch in line) and "---" not in line and "===" not in line:
        return None
    out: dict[int, str | None] = {}
    for c, (a, z) in enumerate(zip(edges, edges[1:])):
        seg = "".join(ch for x, ch in zip(cols, line) if a < x < z)
        t = seg.strip()
        out[c] = None if t and all(ch in _RULE_CHARS for ch in t) and any(ch in "─━═-=" for ch in t) else \
            "" if not t or all(ch in _RULE_CHARS for ch in t) else t
    ruled = sum(1 for v in out.values() if v is None)
    return out if 0 < ruled < len(out) else None


def _carry_text(out: list[str], carry: dict[int, int], row: dict[int, list[str]], col: int, text: str) -> None:
    """A merged cell's line (`text`, in column `col`): joined to the cell in the row it started in (`carry`, its place in
    `out`), or put in the open `row` when it started there."""
    at = carry.get(col)
    if at is None:
        if text:
            row.setdefault(col, []).append(text)
        return
    if not text:
        return
    cells = out[at].split("\t")
    cells += [""] * (col + 1 - len(cells))
    cells[col] = unwrap_cell(cells[col] + "\n" + text) if cells[col] else text
    out[at] = "\t".join(cells)


def _line_breaks_back(grids: list, texts: list) -> None:
    """A cell's line breaks, kept as U+2028 while its row was one line (a quoted record, a paragraph joined back),
    made line breaks again in the built grids and text lines."""
    for g in grids:
        for c in g.cells:
            if "\u2028" in c.text:
                c.text = c.text.replace("\u2028", "\n")
    for t in texts:
        t.text = t.text.replace("\u2028", "\n")


_SIMPLE_RULE = lazy(r"^\s*(?:={2,}|-{2,})(?:[ \u3000]+(?:={2,}|-{2,}))+\s*$")   # `==========  ========  ====`


def build_grids(lines: list[str], warnings: list[ParseWarning] | None = None,
                is_label: Callable[[str], bool] | None = None,
                classify: Classify | None = None) -> tuple[list[Grid], list[TextLine]]:
    """Given the lines of a dump, return its grids (cells with 1-based line numbers) and the text lines outside them.

    `classify` (parsers.core.line_kind) says what a line of a one-cell-per-line text is, to put its rows back."""
    if classify is not None:
        lines = _indicator_lines_as_rows(lines, classify)
    if "|" in "\n".join(lines):
        lines = _outer_bars(lines)
    if "\t" in "\n".join(lines):
        lines = _tab_stops(lines) or lines
        lines = _short_rows_placed(lines)
    if _box_style(lines):
        # a table drawn with box characters (┌─┬─┐ │ ├┼┤) or an ASCII grid (+----+ | … |): rows between the rules,
        # a cell's lines joined, as a tab dump
        rows, numbers = _from_boxes(lines, is_label)
        if warnings is not None:
            warnings.append(ParseWarning("text_box_table", "a table drawn with box characters or an ASCII grid: rows "
                                         "read between its rules, cells by the bars' places, best effort"))
        return _build_horizontal(rows, is_label, numbers=numbers, whole=True)
    bars = "|" in "\n".join(lines)          # (any line with a bar: the lines joined, one search)
    if bars and _cellbar_style(lines):
        return _build_cellbars(_cellbar_rows(lines), warnings, classify)
    if bars and _bar_rows_style(lines):
        return _build_cellbars(_bar_rows(lines), warnings, classify)
    if bars and _pipe_style(lines):
        rows, numbers = _from_pipes(lines)
        grids, texts = _build_horizontal(rows, is_label, numbers=numbers)
        _line_breaks_back(grids, texts)        # (a cell's `<br>`, in a row or a one-cell row's text line)
        return grids, texts
    if _vertical_style(lines):
        return _build_vertical(lines)
    if classify is not None and bars and _bar_ended(lines):
        # each cell on a line of its own followed by ` |`, no run of bars to end the rows: one cell per line
        lines = [_BAR_END.sub("", ln) for ln in lines]
    if classify is not None and _single_cell_style(lines):
        got = _single_cells(lines, classify, warnings)
        if got is not None:
            if warnings is not None:
                warnings.append(ParseWarning("text_single_cells", "one cell per line (a web page's table copied "
                                             "as text): rows rebuilt from the labels and table heads, best effort"))
            return got
    cells_of: dict[str, list[tuple[int, int, str]]] = {}     # (each line's cells, cut once)
    if _flattened_style(lines, cells_of):
        # best effort: rebuild tab-separated rows from the gaps (the rows under a table header in its columns),
        # then read as usual; the rules of a simple table (reStructuredText's `====  ====`, pandoc's `----  ----`,
        # over, under and between its head and rows) blank lines (they were rows, their runs indicators' names)
        lines = ["" if _SIMPLE_RULE.match(ln) else ln for ln in lines]
        pairs, spaced = _aligned_flat(lines, is_label, classify, cells_of)   # (rows put together from lines: their first line)
        # (the parser's label test: a row starting with a label is no piece of a row a line break cut)
        grids, texts = _build_horizontal([r for r, _ in pairs], is_label, numbers=[n for _, n in pairs])
        for g in grids:
            g.origin = "txt_flat"
        if warnings is not None:
            warnings.append(ParseWarning("text_flattened", "cells are separated by spaces, not tabs "
                                         "(flattened PDF text): rows rebuilt from the gaps, best effort" if not spaced
                                         else "cells are set apart by one same run of blanks, not tabs (an OCR's "
                                         "text): rows read as their cells come, best effort"
                                         if _even_gaps(list(cells_of.values()))
                                         else "cells are set apart by single spaces, not tabs (a web page's text): "
                                         "rows read as their cells come, best effort"))
        return grids, texts
    lines = _spaced_heads(_spaced_among_tabs(lines))
    if is_label is not None:
        lines = _spaced_label_lines(lines, is_label)
    if _paragraph_marks_style(lines):
        lines = _cell_paragraphs(lines, is_label)
        grids, texts = _build_horizontal(lines, is_label, warnings=warnings)
        _line_breaks_back(grids, texts)
        return grids, texts
    return _build_horizontal(lines, is_label, warnings=warnings)


def _spaced_among_tabs(lines: list[str]) -> list[str]:
    """A tab dump some of whose table rows were typed with runs of spaces (a table mended by hand, `产出指标    数量指标
    防护工程实施里程    ≥80公里` under `一级指标<TAB>二级指标<TAB>…`): each such line right under a row of three cells or
    more (tabbed, or so rewritten), split into three cells or more and no more than that row's, its cells set apart by
    tabs; an indented one given the empty cells before the column of the spaced row above whose cell starts where its
    first starts, in display columns (else left as it is), or, right under a tabbed row, as many as put its first cell
    under that row's cell of its kind or else its last cell in that row's last column (_pad_under). Other lines as
    they are."""
    tabbed = (ln for ln in lines if ln.count("\t") >= 2)
    if next(tabbed, None) is None or next(tabbed, None) is None:   # (two such lines at least: asked up to the second)
        return lines
    out = list(lines)
    width = 0                                # the cells of the row above (0: no row of three cells above)
    starts: list[int] = []                   # where the cells of the spaced row above start
    above: list[str] = []                    # the cells of the tabbed row above
    for k, ln in enumerate(lines):
        if not ln.strip():
            continue
        if "\t" in ln:
            above = ln.rstrip("\t").split("\t")
            width, starts = (len(above) if len(above) >= 3 else 0), []
            continue
        if not width:                       # (no row of three cells above: the line stays as it is, unsplit)
            starts = []
            continue
        # (its gaps those of a space-aligned line, _WIDE_GAP: no-break spaces and ` \u3000` too — a row so typed
        # was one cell, the table's rows run into one name)
        body = ln.lstrip(" \u3000\xa0")
        parts = _WIDE_GAP.split(body.rstrip(" \u3000\xa0"))
        indent = _width(ln[:len(ln) - len(body)])      # (in display columns, as the lines were set by eye)
        pad = 0 if not indent else next((m for m, at in enumerate(starts) if abs(at - indent) <= 1), None) \
            if starts else _pad_under(above, parts) if 2 <= len(parts) < width else None
        # (an indented line right under a tabbed row, `  质量指标  器材验收合格率  100%` under `产出指标<TAB>数量指标…`:
        # its first cells merged, left empty; hunt ly19, it was one name — two cells at least: one alone, a stray `2`
        # under a budget row indented as a Word paragraph is, told nothing and was made a line of 2万元)
        if not width or pad is None or not 3 <= pad + len(parts) <= width or _SENTENCE_MARK.search(parts[0]) \
                or is_page_furniture(body) or sum(1 for t in parts if _INLINE_PAIR.match(t)) >= 2 \
                or BLANK_DAY.search(body):
            # (a web page's footer, `主办单位：…  承办单位：…  赣ICP备…`, a line of `label：value` pairs: no row; a day
            # left blank, `填报日期：    年  月  日`, no cells `年 | 月 | 日` — it was an indicator 填报日期 of target 日, hunt ti14)
            width, starts = 0, []
            continue
        out[k] = "\t".join([""] * pad + parts)
        if not indent:
            starts = [0] + [_width(ln[:m.end()]) for m in _WIDE_GAP.finditer(ln.rstrip(" \u3000\xa0"))]
    return out


def _pad_under(above: list[str], parts: list[str]) -> int:
    """How many empty cells go before an indented row's `parts` typed with blanks right under the tabbed row `above`
    (its first cells merged): as many as put its first cell under the cell above of its kind, ending on the same two
    Han characters (`质量指标` under `数量指标`: a self-evaluation's row whose 得分 is left blank keeps its 分值 in its
    column; review rv144), else as many as put its last cell in the row's last column (hunt ly19)."""
    first = parts[0][-2:]
    if len(first) == 2 and _HAN_CHAR.match(first[0]) and _HAN_CHAR.match(first[1]):
        for m in range(1, len(above) - len(parts) + 1):
            if above[m].strip().endswith(first):
                return m
    return len(above) - len(parts)


def _spaced_heads(lines: list[str]) -> list[str]:
    """A tab dump's table head typed with runs of spaces right over its tabbed rows (`一级指标   二级指标   三级指标
    指标值`, `三级指标        指标值`): its heads set apart by tabs, when they are as many as the cells of the row under
    it and each reads as a head; other lines as they are."""
    if "\t" not in "\n".join(lines):
        return lines
    out = list(lines)
    # (the next line not blank after each line, "" at the end: one backward pass — a slice of the rest of the list a
    # line made a long dump quadratic, 40,000 lines 15 s, review rd finding 3; the loop sets apart line k only, the
    # lines after it still the dump's own)
    below_of = [""] * len(lines)
    nxt = ""
    for k in range(len(lines) - 1, -1, -1):
        below_of[k] = nxt
        if lines[k].strip():
            nxt = lines[k]
    for k, ln in enumerate(out):
        # `一级指标   二级指标   三级指标   指标值` right over the tabbed rows (a table's head typed with spaces): its
        # heads, one a cell (it was a line of text, the rows read under a head guessed, hunt ly4)
        if "\t" in ln or not ln.strip():
            continue
        below = below_of[k]
        parts = _WIDE_GAP.split(ln.strip(" \u3000\xa0"))
        if "\t" in below and 2 <= len(parts) == below.rstrip("\t").count("\t") + 1 \
                and all(_SPACED_HEAD_WORD.match(t) for t in parts) and any("指标" in t for t in parts):
            out[k] = "\t".join(parts)
    return out


# a table's head word typed between runs of spaces (一级指标, 指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施)
_SPACED_HEAD_WORD = lazy(r"^[\u4e00-\u9fff（）()%％/、]{0,14}(?:指标|值|分|序号|单位|名称|内容|标准|措施|原因|备注|说明|权重)"
                         r"(?:[（(][^()（）\d]{1,6}[)）])?$")


_UNIT_NOTE_LINE = lazy(r"^[(（]?\s*(?:金额|资金|预算)?单位\s*[:：]\s*(?:人民币)?\s*[万亿千百]?元\s*[)）]?$")


def _spaced_label_lines(lines: list[str], is_label: Callable[[str], bool]) -> list[str]:
    """A tab dump whose form's fields above a table are plain lines, each a label then its value after a run of
    spaces (`项目名称      城区背街小巷改造工程`, a page's head typed by eye over the tabbed rows): each such line of the
    run right above a tab row (no line between but other such lines, `label：value` lines or a `金额单位：万元`
    note) is a row, its label and value cells set apart by a tab (it stayed a text line, name, department and unit
    lost). A label's pairs, two on a line, are two rows' cells side by side as a sheet's are. A line away from the
    table (a cover letter's `联系人    王明` over its sign-off and the title) stays as it is, as extract/pdf's
    label lines do (review rv36)."""
    tabbed = [k for k, ln in enumerate(lines) if "\t" in ln]
    if len(tabbed) < 2:
        return lines
    out = list(lines)

    def pairs(ln: str) -> list[str] | None:
        if "\t" in ln or _SENTENCE_MARK.search(ln):
            return None
        parts = _WIDE_GAP.split(ln.strip(" \u3000\xa0"))
        # (review rv47: a `金额单位：万元` note closing the line is a cell of its own; a value a run of spaces cut,
        # `某县  市政工程管理所`, is one value; three pairs on a line are three — each such line broke the run, and
        # every field above it was lost with it)
        note = parts[-1:] if len(parts) > 2 and _UNIT_NOTE_LINE.match(parts[-1]) else []
        parts = parts[:len(parts) - len(note)]
        if len(parts) < 2 or any(_INLINE_PAIR.match(t) for t in parts) or not is_label(parts[0]):
            return None
        groups: list[list[str]] = []
        for t in parts:
            if is_label(t):
                groups.append([t])
            else:
                groups[-1].append(t)
        if any(len(g) < 2 for g in groups) or any(len(g) > 3 for g in groups) \
                or len(parts) % 2 == 0 and any(len(g) > 2 for g in groups):
            # (a label with no value beside the next: a table's head; `项目类别    基建    所属行业    城建`, a second
            # label not known as one, is no value of three pieces `基建所属行业城建`: a value cut once, the rest pairs)
            return None
        return [c for g in groups for c in (g[0], _joined(g[1:]))] + note
    for k in tabbed:
        if k and "\t" in lines[k - 1]:
            continue
        j = k - 1
        while j >= 0:
            ln = lines[j].strip(" \u3000\xa0")
            if not ln:
                j -= 1
                continue
            if "\t" in ln:
                break            # (another table's row: the walk up ends there; it was quadratic, code review rd)
            got = pairs(lines[j])
            if got is not None:
                out[j] = "\t".join(got)
            elif not (_INLINE_PAIR.match(ln) or _UNIT_NOTE_LINE.match(ln) or "\t" not in ln and is_label(ln)):
                break            # (a label alone, `项目编码` its value left blank, goes on: review rv47)
            j -= 1
    return out


def _joined(pieces: list[str]) -> str:
    """A value's pieces a run of spaces set apart, joined: nothing between two Chinese characters, a space else."""
    out = pieces[0]
    for t in pieces[1:]:
        out += ("" if _ONE_CJK.match(out[-1]) and _ONE_CJK.match(t[0]) else " ") + t
    return out


def _paragraph_marks_style(lines: list[str]) -> bool:
    """A tab dump whose every row is followed by a blank line (catdoc's text of a .doc: a paragraph mark after each
    row), three rows or more."""
    rows = [k for k, ln in enumerate(lines) if "\t" in ln and ln.strip()]
    if len(rows) < 3:
        return False
    ended = len([k for k in rows if k + 1 < len(lines) and not lines[k + 1].strip()])
    return ended >= 0.9 * len(rows)


_HEADING = lazy(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部章节])|表$")
_PARA_GOES_ON = ("，", ",", "、", "；", ";", "：", ":")       # a cell's first paragraph ending so goes on
# a line that is no cell's paragraph: an annex's mark, a money unit, a note (`附件2`, `金额单位：万元`, `注：…`)
_OWN_LINE = lazy(r"^(?:附件\s*[\d一二三四五六七八九十]*\s*$|(?:金额|资金|计量)?单位\s*[:：]|(?:注|备注|说明|填表说明|附注|填报说明)\s*\d?\s*[:：])")
# a cell that is a figure (`800`, `1,536.80`, `≥90%`, `120万元`): no text goes on in it
_FIGURE_VALUE = lazy(r"^[≥≤≧≦＞＜<>=＝]{0,2}\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:[%％‰]|万元|元|万)?$")
# a sentence (a comma or a full stop inside or at the end)
_SENTENCE = lazy(r"[，,。；;]")


def _cell_paragraphs(lines: list[str], is_label: Callable[[str], bool] | None) -> list[str]:
    """catdoc's text of a .doc table gives a cell's second paragraph a line of its own, with no tab, after the row
    (`实施单位⇥县卫生健康局` / `（各乡镇卫生院具体实施）`, `年度主要任务⇥1.完成土地变更调查；` / `2.完成耕地保护督察整改。`):
    such a line is put back into the row's last cell, after a line break (the line left blank), when the row's last
    cell holds text and that cell ends in the middle of a sentence (`…彩超等设备，`), or the table goes on after it
    (the next row has as many cells) and the line is the only one before that row and no sentence of its own under a
    cell that is none. A heading (`二、绩效指标`, `…表`, `附件2`), a label, a unit or note line (`金额单位：万元`,
    `注：…`) stays a line; a figure's cell (`800`, `≥90%`) takes no paragraph (a document's paragraph between two
    tables, `以上资金已纳入2024年部门预算`, comes after a row ending in an amount): when unsure, no join."""
    out = list(lines)
    host: int | None = None                     # the row the lines since it go to

    def own(t: str) -> bool:                    # a line that is no cell's paragraph
        return bool(_HEADING.search(t) or _OWN_LINE.match(t) or (is_label is not None and is_label(t)))

    for k, ln in enumerate(lines):
        t = ln.strip()
        if not t:
            continue
        if "\t" in ln:
            host = k
            continue
        if host is None or own(t):
            host = None
            continue
        body = out[host].rstrip("\r\n ")
        core = body.rstrip("\t")               # (a tab after every cell, the last one too: catdoc's style)
        cells = core.split("\t")
        last = cells[-1].strip()
        if not last or _FIGURE_VALUE.match(last):
            host = None
            continue
        if not last.endswith(_PARA_GOES_ON):
            # the table goes on right after the line: the next line is a row of as many cells (or a line that
            # stops anyway: a label, a heading, past which the next row is)
            j = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
            if j is not None and "\t" not in lines[j] and own(lines[j].strip()):
                j = next((j for j in range(j + 1, len(lines)) if "\t" in lines[j]), None)
            nxt = lines[j] if j is not None else None
            same = nxt is not None and "\t" in nxt \
                and len(nxt.rstrip("\r\n ").rstrip("\t").split("\t")) == len(cells)
            if not same or (_SENTENCE.search(t) and not _SENTENCE.search(last)):
                host = None
                continue
        out[host] = core.rstrip() + "\u2028" + t + body[len(core):]
        out[k] = ""
    return out


# ---------------------------------------------------------------- one cell per line

# what a line of a one-cell-per-line text is (parsers.core.line_kind): (what, detail, "kind:role" of a table head)
Classify = Callable[[str], "tuple[str, str, str] | None"]
_INLINE_PAIR = lazy(r"^[^:：\s]{1,14}\s*[:：]\s*\S")      # `资金总额: 250`: a label with its value
_UNIT_PIECE = lazy(r"^[（(][^()（）]{1,8}[)）]$")           # `(万元)` under 项目资金申请: its unit
_CUT_PIECES = frozenset({"指标", "目标"})                        # `可持续影响` / `指标`: a level name's cut end
_LEVELS = ("level1", "level2", "level")
_NAME_PIECE = lazy(r"^[\u4e00-\u9fff（）()、]{1,8}$")   # `面积`, `状况`: a name's second paragraph (no figure, no sign)
_DIGIT = lazy(r"\d")
_SENTENCE_END = ("。", "；", ";")
# a value of an indicator's row: a sign, a figure, a short word (优良, 长期, 无, √)
# a money field's column as the classifier names it (parsers.labels.MONEY_FIELDS), a lone figure, and a word of
# characters only that is no unit of it (four or more: `调整金额`)
_MONEY_DETAILS = frozenset({"budget_total", "budget_year", "budget_fiscal", "budget_other", "prior_budget",
                            "prior_spent", "budget_issued", "spent", "budget_initial"})
_LONE_FIGURE = lazy(r"^[-+]?\d[\d,，]*(?:\.\d+)?$")
# (not a word the figure's unit opens, `50 万元以内`, `100 万元整`: the figure's own, a bound kept as written)
_SPACED_NEXT_HEAD = lazy(r"^(?![千百]?万|亿|元|人民币)[\u3400-\u9fff]{4,12}$")
_VALUE_LIKE = lazy(r"^(?:[≥≤≧≦＞＜<>=＝》《≈约]|[-+]?\d|[^\d\s]{1,3}$)")
_NOTE_START = lazy(r"^(?:注|备注|说明|填表说明|附注|填报说明)\s*\d?\s*[:：]")
_FREE_TEXT_ROLES = frozenset({"deviation", "note", "explanation", "basis", "task", ""})
_VALUE_ROLES = frozenset({"target", "actual", "weight", "score", "target_long", "progress", "unit", "op"})
# (beside `_AMOUNT_CELL` below, which tells a number a line break may have cut: this one takes a dash for a figure
# too, `—` in a money matrix's cell)
_TABLE_CAPTION = lazy(r"^\S{0,8}(?:指标|目标)表$")          # `绩效项目指标表`, `年度绩效指标表` over a table
_MONEY_START = lazy(r"^[\d,，]*\.?\d+\s*(?:万元|万|元)")   # `854万(高标准农田建设400万元…)`: an amount first
_FIGURE_CELL = lazy(r"^(?:[-+]?[\d,，]*\.?\d+%?|[-—/－]+)$")     # `60`, `1,536.80`, `—`: a figure
# a part of the money after a `其中：…` part's row, its sibling of no `其中` (`地方财政资金` / `3,200.00` under `其中：中央预算内
# 投资` / `4,000.00`): the label of a row of its own too (it was a text line, the amount lost; hunt nw12)
# (a part's last word, after `其中：` or not: `中央预算内投资`, `上年结转`, `地方政府专项债券`, `银行贷款`, `单位自筹`)
_PART_WORD = r"(?:资金|拨款|预算|基金|支出|经费|结转|收入|补助|投资|债券|贷款|自筹)"
_MONEY_SIBLING = lazy(r"^\S{1,12}?" + _PART_WORD + "$")
# a money block's part (其中：一般公共预算, 其中：一般公共预算拨款, 政府性基金, 其中：基本支出, 项目支出): over its amount
# on the next line, the label of a row of its own
_MONEY_PART = lazy(r"^(?:其中[:：]?)?(?:(?:当年|本年|上年)?(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?"
                         r"(?:拨款|资金|收入)?|基本支出|项目支出)$"
                         r"|^其中[:：]\S{0,12}?" + _PART_WORD + "$")


def _kind(classify: Classify, text: str) -> str:
    """Given the line classifier and a text, return what the text is ("label", "level1" …), "" for nothing known."""
    k = classify(text)
    return k[0] if k is not None else ""


def _cut_signoff(a: str, b: str) -> bool:
    """Are lines A and B a sign-off's label cut in two, A a field of no column (`财政部门` / `审核意见`: 财政部门审核意见,
    not the field 财政部门 of value 审核意见 — review rv123 of hunt nw12)?"""
    from parsers.core import IGNORED_KEYS, NO_COLUMN_KEYS, label_key   # (here: the parsers import the extractors)
    return label_key(a) in NO_COLUMN_KEYS and label_key(a + b) in IGNORED_KEYS


def _wrapped_head(classify: Classify, a: str, b: str) -> bool:
    """Two short lines that are one head or label a cell's width wrapped (`年度` / `指标值`, `实际` / `完成值`, `年初` /
    `预算数`, `主管部门` / `及编码`): together a head or a label, one of them alone nothing known (or a label of what
    the whole is a table's head)."""
    if len(a) > 6 or len(b) > 6 or _FIGURE_CELL.match(a) or _FIGURE_CELL.match(b):
        return False                                 # (`4` / `年度绩效目标`: a figure and the next block's label)
    whole = _kind(classify, a + b)
    if whole not in ("header", "label"):
        return False
    ka, kb = _kind(classify, a), _kind(classify, b)
    return ka == "" or kb == "" or ka == "label" and whole == "header"


def _single_cell_style(lines: list[str]) -> bool:
    """A text with one cell per line (a web page's table copied as text): no tabs, almost no line with a
    gap of spaces inside."""
    if sum(1 for ln in lines[:60] if "\t" in ln) >= 5:
        return False                                 # (a tab dump: most files, told at once)
    content = [ln.strip() for ln in lines if ln.strip()]
    if len(content) < 12 or sum(1 for ln in content if "\t" in ln) > 0.05 * len(content):
        return False
    # (a paragraph of prose, `…服务水平。　　项目管理…`: the gap after a sentence's end is an indent, no column gap)
    return sum(1 for ln in content if _WIDE_GAP.search(_PROSE_GAP.sub("", ln))) <= 0.15 * len(content)


# a gap of spaces after a sentence's end (`。　　`): a paragraph's indent inside a line of prose
_PROSE_GAP = lazy(r"(?<=[。；;！？])[ \u3000\xa0]+")


# a label whose value is one short text, a name (not a goal's prose, a money head's figures or a phone's number)
_SHORT_VALUE_FIELDS = frozenset({"name", "department", "unit"})


def _next_line(lines: list[str], no: int) -> str:
    """The first line after line NO (1-based) holding text, stripped ("" at the end)."""
    return next((ln.strip() for ln in lines[no:] if ln.strip() and not is_page_furniture(ln.strip())), "")


def _short_value_wrapped(items: list[list], classify: Classify, t: str, after: str) -> bool:
    """Is T the rest of a name's value the cell's width wrapped, one cell a line (`项目名称` / `裕安区城区老旧管网` /
    `更新改造工程` / `主管部门`): the last item a value of no kind under a name's, a department's or a unit's label
    (no row of labels over their values above it), T a value of no kind, no figure, and the line AFTER a label, a
    block's or a table's head — the label takes one value, so two lines between it and the next label are one cell's
    (the second was a text line of no row, the name cut short; hunt nw8)."""
    if len(items) < 2 or not t or classify(t) is not None or _INLINE_PAIR.match(t) or _FIGURE_CELL.match(t) \
            or _TABLE_CAPTION.match(t) or _MONEY_UNIT.search(t) or place_led(t) \
            or _kind(classify, after) not in ("label", "block", "header"):
        # (a money head declaring its unit no list knows, `项目资金申请(万元)` over `资金总额:`, is the next row's; a line
        # opening with a place a second value, `裕安区供水有限责任公司` under `裕安区城市建设投资有限公司` — it was glued
        # to the first, review rv94)
        return False
    prev, label = items[-1][1], classify(items[-2][1])
    return label is not None and label[0] == "label" and label[1] in _SHORT_VALUE_FIELDS \
        and (len(items) < 3 or _kind(classify, items[-3][1]) not in ("label", "header")) \
        and classify(prev) is None and not _INLINE_PAIR.match(prev) and not prev.endswith(_SENTENCE_CLOSED) \
        and len(prev) >= 6          # (a line a cell's width filled; a short one is whole, what follows its own)


def _gaps_between_rows(span: list[int | None], head: int) -> bool:
    """Are the blank lines among a one-cell-a-line table's rows (`span`: an item per line, None a blank one) gaps
    between rows, no cells: each falls after whole rows, or each is one line closing a run of `head` cells or fewer, a
    row whose merged level cells are written once (`产出指标 | 数量指标 | 面积 | ≥3000万亩`, a blank, `补助农户数 |
    ≥12万户`, a blank, …: read by the lines, the short rows took the next rows' cells, an indicator lost; review
    rv129)."""
    filled = [sum(1 for x in span[:k] if x is not None) for k, x in enumerate(span) if x is None]
    if all(f % head == 0 for f in filled):
        return True
    runs = "".join("x" if x is not None else " " for x in span).split(" ")
    return "" not in runs and all(len(r) <= head for r in runs)


def _rows_with_blank_cells(lines: list[str], items: list[list], i: int, head: int,
                           cell_at: Callable[[int, bool], bool]) -> tuple[list[list[tuple[int, str, int]]], int] | None:
    """The rows under a table head of `head` cells, one cell a line, whose empty cells (merged ones, a blank 扣分原因)
    are written as blank lines: the lines right under the head, blank or values, taken `head` at a time — each row
    its cells at their columns, the blank ones left out — and the index of the first item after them. None unless the
    head's cells stand on lines one after the other, a blank line lies among the rows, every row holds a value and
    the lines end on a row's last cell (a blank line or more after it), each value line an item of its own: then the
    blank lines are no cells, as before (they were all skipped, every row after the first blank shifted a cell and no
    row read; hunt s65 sc8)."""
    nos = [items[j][0] for j in range(i - head, i)]
    if nos != list(range(nos[0], nos[0] + head)):
        return None
    at = {items[j][0]: j for j in range(i, len(items))}
    span: list[int | None] = []                      # the item of each line under the head (None: a blank line)
    no = nos[-1] + 1
    while no <= len(lines):
        if not lines[no - 1].strip():
            span.append(None)
        elif no in at and cell_at(at[no], len(span) % head == 0):
            span.append(at[no])
        else:
            break
        no += 1
    trail = 0
    while span and span[-1] is None:
        span.pop()
        trail += 1
    if None not in span or (-len(span)) % head > trail:
        return None                                  # (no blank line among the rows, or a last row cut short)
    if span[0] is None or _gaps_between_rows(span, head):
        return None                                  # (a dump's gap under the head, `一级指标 | … | 指标值` then a
        # blank line, is one)
    span += [None] * ((-len(span)) % head)           # (the last row's empty cells; the blank lines after it none)
    groups = [span[k:k + head] for k in range(0, len(span), head)]
    if len(groups) < 2 or any(all(x is None for x in g) for g in groups) \
            or sum(1 for x in span if x is not None) != len({x for x in span if x is not None}):
        return None
    last = max(x for x in span if x is not None)
    if any(j not in span for j in range(i, last + 1)):
        return None                                  # (an item of two lines joined: the count is off)
    if any(len({bool(_FIGURE_CELL.match(items[g[c]][1])) for g in groups if g[c] is not None}) > 1
           for c in range(head)):
        return None                                  # (a column of figures and words mixed: the lines so taken are
        # no rows — a dump's gaps between rows whose levels are written once shift them)
    rows = [[(c, items[x][1], items[x][0]) for c, x in enumerate(g) if x is not None] for g in groups]
    return rows, last + 1


def _single_cells(lines: list[str], classify: Classify,
                  warnings: list[ParseWarning] | None = None) -> tuple[list[Grid], list[TextLine]] | None:
    """Given the lines of a text holding one cell per line, return its grids and text lines, the rows put
    back together: a field label with its value beside it (项目名称 | 雾炮车抑尘降尘服务), labels in a row over
    their values (长期目标 | 年度目标 over the two texts), a table head's cells as its header row, and the rows
    under it: an indicator table's rows by their level names (a level 1 or 2 written once, over the rows it
    covers) and the number of columns after the name, other tables' rows by their number of columns, a money
    matrix's rows by their label and figures. None when the text holds no table head, or no table whose rows read
    like a table's (a text of no form stays as it is)."""
    items: list[list] = []                           # [line number, text]
    for no, ln in enumerate(lines, 1):
        t = ln.strip()
        if not t or is_page_furniture(t):
            continue
        if (dashed := _dashed_cells(t, classify)) is not None:
            # (an indicator's dashed line among lines of one cell: its cells, each an item — a line of one level,
            # `质量指标-路面完好率：≥90%`, was lost, hunt ly17)
            items.extend([no, c] for c in dashed)
            continue
        prev = items[-1][1] if items else ""
        if prev and not _INLINE_PAIR.match(prev) and (
                t in _CUT_PIECES and classify(prev + t) is not None
                or _UNIT_PIECE.match(t) and not prev[-1].isdigit()
                or classify(prev) is None and classify(t) is None and _kind(classify, prev + t) == "label"
                or _wrapped_head(classify, prev, t) or _cut_signoff(prev, t)):
            items[-1][1] += t                        # `可持续影响` + `指标`, `项目起` + `止时间`, `项目资金申请` + `(万元)`
            if len(items) >= 2 and len(items[-2][1]) <= 4 and _kind(classify, items[-2][1] + items[-1][1]) == "label" \
                    and _kind(classify, items[-1][1]) == "label":
                items[-2][1] += items.pop()[1]       # `年度` / `总体` / `目标`: 年度总体目标, not 年度 and 总体目标
            continue
        if len(items) >= 2 and _kind(classify, items[-2][1]) in ("label", "block") and numbered_next(prev, t) \
                and classify(t) is None and not _INLINE_PAIR.match(t):
            # a label's text of numbered paragraphs, each on a line of its own (`年度目标` / `1.为18个乡镇卫生院…；` /
            # `2.提升基层诊疗能力。`): one value (the second paragraph on was a line of no row, lost)
            items[-1][1] = prev + "\n" + t
            continue
        if len(items) >= 2 and _kind(classify, items[-2][1]) == "label" and (
                len(items) < 3 or _kind(classify, items[-3][1]) not in ("label", "header")) \
                and len(prev) >= 15 and not prev.endswith(_SENTENCE_CLOSED) and classify(prev) is None \
                and not _INLINE_PAIR.match(prev) and classify(t) is None and not _INLINE_PAIR.match(t) \
                and not _FIGURE_CELL.match(t) and not _TABLE_CAPTION.match(t) and len(t) >= 4 \
                and _SENTENCE.search(prev) and _SENTENCE.search(t):
            # a label's long text wrapped onto the next line (`年度总体目标` / `为辖区…健康管理率达到` / `62%以上，…。`):
            # one value, its sentence not closed on the first line (prose both: a name over the next label, or a
            # text over a vertical label's first character, `绩`, is no such text)
            items[-1][1] = unwrap_cell(prev + "\n" + t)
            continue
        if _short_value_wrapped(items, classify, t, _next_line(lines, no)):
            items[-1][1] = unwrap_cell(prev + "\n" + t)
            continue
        if prev.endswith((":", "：")) and not _FIGURE_CELL.match(prev[:-1]) and _kind(classify, prev) == "label" \
                and (_FIGURE_CELL.match(t) or _MONEY_START.match(t) and classify(t) is None):
            items[-1][1] += t                        # `资金总额:` / `438.768`, `年度资金总额:` / `854万(…)`: the label
            continue                                 # with its figure
        items.append([no, t])
    kinds = [classify(t) for _, t in items]
    rows: list[list[tuple[int, str, int]] | tuple[str, int]] = []   # a row's (column, text, line), or a text line
    n, i, tables, good = len(items), 0, 0, 0
    width = 1                                        # values a lone label takes: the last labels' row's, less one

    def value_at(k: int) -> bool:                    # a value (no label, head, level name, `label：value` line or
        return k < n and kinds[k] is None and not _INLINE_PAIR.match(items[k][1]) \
            and not _TABLE_CAPTION.match(items[k][1])     # a table's caption: `绩效项目指标表`)

    def cell_at(k: int, first: bool) -> bool:
        # a row's cell: a value, a level's name (`决策`, `项目立项`); a field's label past a row's first cell, an
        # indicator named as one (`预算执行率`)
        return value_at(k) or kinds[k] is not None and kinds[k][0] not in ("block", "header") \
            and (kinds[k][0] != "label" or not first) and not _INLINE_PAIR.match(items[k][1])

    lone: list[ParseWarning] = []                   # (money pairs left as text: said once the text is a form)
    part_at: int | None = None                       # the index in rows of the last money part's row (`其中：…` and
    while i < n:                                     # its amount)
        k = kinds[i]
        head = _head_run(items, kinds, i)
        wide = head
        while head and i + wide < n and kinds[i + wide] is not None and kinds[i + wide][0] == "header":
            wide += 1                                # (`… | 得分 | 扣分原因`: a head of two tables' words, read whole)
        if head and (blanked := _rows_with_blank_cells(lines, items, i + wide, wide, cell_at)) is not None:
            # the rows whose empty cells are blank lines: read by the lines, a row every `wide` of them
            rows.append(("", 0))
            rows.append([(c, items[i + c][1], items[i + c][0]) for c in range(wide)])
            rows.extend(blanked[0])
            i, tables, width, good = blanked[1], tables + 1, 1, good + len(blanked[0])
            continue
        if head:
            roles = [kinds[j][2].split(":")[1] if kinds[j] and kinds[j][2] else "" for j in range(i, i + head)]
            rows.append(("", 0))                     # (a table of its own: a grid of its own)
            pairs = head == 2 and kinds[i][2].startswith("budget:")
            rows.append([(c + pairs, items[i + c][1], items[i + c][0]) for c in range(head)])
            i, tables, width = i + head, tables + 1, 1
            if pairs:
                i, n_good = _pair_rows(items, kinds, i, rows)
                good += n_good
            elif kinds[i - head + 1][2].startswith("indicator:"):
                i, n_good = _indicator_rows(items, kinds, i, roles, rows)
                good += n_good
            elif kinds[i - head + 1][2].startswith("assessment:") and "content" in roles:
                i, n_good = _assessment_rows(items, kinds, i, roles, rows)
                good += n_good
            else:
                while i + head <= n and all(value_at(j) for j in range(i, i + head)):
                    rows.append([(c, items[i + c][1], items[i + c][0]) for c in range(head)])
                    i += head
            continue
        matrix = _matrix_run(items, kinds, i)
        if matrix:
            i = _matrix_rows(items, kinds, i, matrix, rows)
            width = 1
            continue
        if k is not None and k[0] == "label" and not items[i][1].endswith((":", "：")):
            j = i                                    # (`填报单位(盖章):`, its value left blank: a line of its own)
            while j < n and kinds[j] is not None and (kinds[j][0] == "label" or kinds[j][0] == "header" and kinds[j][1]) \
                    and not items[j][1].endswith((":", "：")):
                j += 1                               # (年度总体目标 | 预期目标 | 实际完成情况 over two texts)
            labels, v = j - i, 0
            while value_at(j + v) and v < max(labels, width):
                v += 1
            numbers = v > 0 and all(_FIGURE_CELL.match(items[x][1]) for x in range(j, j + v))
            summed = _sum_then_figure(items, kinds, i, j, labels, v, value_at)
            if summed:
                v = 2                                # `年度投资计划（万元）` / `合计` / `7,200.00`: one row of the three
            elif not numbers:
                v = min(v, labels)                   # (texts under labels: no more than the labels)
            if labels > 1 and v == labels or v and labels > 1 and not numbers:
                # 长期目标 | 年度目标 over their texts; 总体目标 | 中长期目标 | 年度目标 over two texts, under the last two
                rows.append([(c, items[i + c][1], items[i + c][0]) for c in range(labels)])
                rows.append([(labels - v + c, items[j + c][1], items[j + c][0]) for c in range(v)])
                width = 1
            elif v:
                # the last label with its values (项目名称 | 雾炮车…, 资金总额 | 60 | 60); the labels before it a row
                # of their own (中期资金总额 | 年度资金总额: the heads of those values)
                if labels > 2:
                    rows.append([(c + 1, items[i + c][1], items[i + c][0]) for c in range(labels - 1)])
                elif labels == 2:
                    rows.append((items[i][1], items[i][0]))
                rows.append([(c, items[x][1], items[x][0]) for c, x in enumerate([j - 1, *range(j, j + v)])])
                width = v if numbers else 1
            else:
                rows.extend((items[x][1], items[x][0]) for x in range(i, j))
            i = j + v
            continue
        if k is None and (_MONEY_PART.match(part := re.sub(r"\s+", "", items[i][1]))
                          or part_at == len(rows) - 1 and _MONEY_SIBLING.match(part)) and value_at(i + 1) \
                and _FIGURE_CELL.match(items[i + 1][1]):
            # `其中：一般公共预算` / `1,826.45` (under 年度预算申请 | 资金总额 | 1,826.45): a part of the money and its amount,
            # the line a value of no label (the amount and the part were lost, and with them budget_fiscal)
            v = 1
            while v < max(width, 1) and value_at(i + 1 + v) and _FIGURE_CELL.match(items[i + 1 + v][1]):
                v += 1
            rows.append([(c, items[x][1], items[x][0]) for c, x in enumerate(range(i, i + 1 + v))])
            i += 1 + v
            # (a sibling only on the row right after a part's: `项目负责人 | 张三` between them ends the parts, and
            # `乡镇配套资金` / `20.00` after it stays text — it was a part of no group, read-only review rd65)
            part_at = len(rows) - 1
            continue
        if k is None and _MONEY_SIBLING.match(re.sub(r"\s+", "", items[i][1])) and value_at(i + 1) \
                and _FIGURE_CELL.match(items[i + 1][1]):
            # `乡镇自筹资金` / `30.00` past a field's row (`联系电话` / `139…`), no part's sibling: the two stay text, as
            # md53 left them, but said — the figure was lost with no word (mend md57; a `|` table reads the row)
            lone.append(_lone_money_pair(items[i], items[i + 1]))
        rows.append((items[i][1], items[i][0]))
        i += 1
    if not tables or not good:
        return None                                  # no table head, or no row of a table under it: prose
    if warnings is not None:
        warnings.extend(lone)
    grids: list[Grid] = []
    texts: list[TextLine] = []
    cells: list[Cell] = []
    r = width = 0
    first = 0
    for row in rows + [("", 0)]:
        if isinstance(row, tuple):
            if cells:
                grids.append(Grid(cells, r, width, "txt_cells", order=float(first)))
            cells, r, width = [], 0, 0
            if row[0]:
                texts.append(TextLine(row[0], line=row[1], order=float(row[1])))
            continue
        if not cells:
            first = row[0][2]
        cells.extend(Cell(r, c, t, 1, 1, None, no) for c, t, no in row)
        width = max(width, max(c for c, _, _ in row) + 1)
        r += 1
    return grids, texts


def _lone_money_pair(label: list, figure: list) -> ParseWarning:
    """The unparsed_row of a money label's line and its figure's left as text (LABEL and FIGURE are [line, text]),
    worded as the form reader words a row of no known label (`row without a known label: 乡镇自筹资金 | 30.00`)."""
    return ParseWarning("unparsed_row", f"row without a known label: {label[1]} | {figure[1]}"[:160], line=label[0])


def _sum_then_figure(items: list[list], kinds: list, i: int, j: int, labels: int, v: int,
                     value_at: Callable[[int], bool]) -> bool:
    """Is the value of the one money label at I a total's word over its amount (`年度投资计划（万元）` / `合计` /
    `7,200.00`, a 政府投资项目's plan): the three one row (the label took `合计` alone, the amount a text line and with
    it the year's money lost; hunt nw12)."""
    if not (labels == 1 and v >= 1 and kinds[i] is not None and kinds[i][1] in _MONEY_DETAILS):
        return False
    word = re.sub(r"\s+", "", items[j][1])          # (`合 计` spaced as a narrow cell prints it: rv123)
    # (`小计` too, under the label the sum of its parts below: mend md53 — the parts were read, the year's money lost)
    return bool(_TOTAL_WORD.match(word) or word == "小计") and value_at(j + 1) \
        and bool(_FIGURE_CELL.match(items[j + 1][1]))


def _matrix_run(items: list[list], kinds: list, i: int) -> tuple[int, bool] | None:
    """Given the lines and their kinds, return the money matrix starting at line i: three heads or more (年初预算数 |
    全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, after the corner 项目资金（万元） or not), then two rows or more of a label and
    its figures (labels over one row of figures are labels over their values); as (number of heads, whether the
    first is the corner over the rows' labels), else None."""
    n = len(items)
    j = i
    while j < n and j - i < 10 and not _FIGURE_CELL.match(items[j][1]) and len(items[j][1]) <= 12 \
            and (kinds[j] is None or kinds[j][0] in ("label", "header", "block")) \
            and not (j + 2 < n and _FIGURE_CELL.match(items[j + 1][1]) and _FIGURE_CELL.match(items[j + 2][1])):
        j += 1
    heads = j - i
    if heads < 3 or j + 2 >= n or kinds[j] is None and len(items[j][1]) > 12:
        return None
    if kinds[i] is None or kinds[j] is None or kinds[j][0] not in ("label", "block", "header"):
        return None                                  # (the corner or a head and the first row's label: known words)
    f = 0
    while j + 1 + f < n and _FIGURE_CELL.match(items[j + 1 + f][1]):
        f += 1
    second = j + 1 + f                               # (a matrix has two rows or more: labels over one row of
    if not (second + 1 < n and not _FIGURE_CELL.match(items[second][1])   # values are labels over their values,
            and _FIGURE_CELL.match(items[second + 1][1])) \
            and (kinds[j][1] not in ("budget_total", "budget_year")       # unless the row is the money's total
                 or any(kinds[x] is not None and kinds[x][1] in ("budget_fiscal", "budget_other", "budget_total")
                        for x in range(i, j))):      # under heads of what is done with it: 预算数 | 执行数 | 执行率 |
        return None                                  # 得分 over 年度财政资金总额 | 50 | 10 | 20 | 4 (财政拨款 | 其他资金 |
        # 资金总额 over 80 | 20 | 100 are labels over their values)
    if f == heads - 1:
        return heads, True
    if f == heads:
        return heads, False
    return None


def _matrix_rows(items: list[list], kinds: list, i: int, matrix: tuple[int, bool], rows: list) -> int:
    """Put a money matrix's head row and its rows (a label, then its figures) into rows; return the line after."""
    heads, corner = matrix
    rows.append(("", 0))
    rows.append([(c + (0 if corner else 1), items[i + c][1], items[i + c][0]) for c in range(heads)])
    width = heads - 1 if corner else heads
    j = i + heads
    while j < len(items) and not _FIGURE_CELL.match(items[j][1]) and len(items[j][1]) <= 16 \
            and j + 1 < len(items) and _FIGURE_CELL.match(items[j + 1][1]):
        row = [(0, items[j][1], items[j][0])]
        j += 1
        while j < len(items) and len(row) <= width and _FIGURE_CELL.match(items[j][1]):
            row.append((len(row), items[j][1], items[j][0]))
            j += 1
        rows.append(row)
    rows.append(("", 0))
    return j


# a monitoring form's heads of the months done and the year's forecast (`1-6月执行数`, `全年预计执行数`), read as
# money labels alone: after an indicator table's heads, before its first level name, heads of it (the table was lost,
# hunt nw10; the months so far one spelling with parsers.core's, normalize.dates' SO_FAR_PERIOD: review rv110)
_PERIOD_HEAD = lazy(rf"^(?:{SO_FAR_PERIOD}|全年预计)\S{{0,6}}$")


_SO_FAR_HEAD = lazy(rf"^\s*[(（]?{SO_FAR_PERIOD}")


def _head_run(items: list[list], kinds: list, i: int) -> int:
    """The number of lines from i on that are a table head's cells (three or more of one table kind; an
    indicator table's with its name's column, and the short heads no role names after them before its first
    level name: 绩效标准), else 0."""
    if kinds[i] is None or not kinds[i][2]:
        return 0
    kind = kinds[i][2].split(":")[0]
    j = i
    if kinds[i][2].endswith(":seq") and i + 1 < len(items) and kinds[i + 1] is not None and kinds[i + 1][2]:
        kind, j = kinds[i + 1][2].split(":")[0], i + 1      # 序号 heads a table of any kind (序号 | 考核项目 | …)
    while j < len(items) and kinds[j] is not None and kinds[j][2].startswith(kind + ":"):
        j += 1
    roles = [kinds[x][2].split(":")[1] for x in range(i, j)]
    if j - i == 2 and kind == "budget" and roles[1] == "amount" and roles[0] in ("name", "group", "project", "task") \
            and _pairs_from(items, kinds, j) >= 2:
        # 子项目名称 | 预算金额（元） over name / amount pairs; so under a head naming the lines by what they are for
        # (`支出内容 | 金额（万元）`, the parser's line-naming heads: the rows were lost, hunt mn26)
        return 2
    if j - i < 3 or len(set(roles)) < j - i and not (
            kind == "indicator" and len(set(roles)) == j - i - 1 and roles.count("target") == 2
            and sum(1 for x in range(i, j) if roles[x - i] == "target" and _SO_FAR_HEAD.match(items[x][1])) == 1):
        # (a head of the year so far beside the year's own, `上半年目标值` / `全年目标值`, both targets: one head, the
        # header's reading keeps the year's — the run was no head, the table lost, review rv143)
        return 0
    if kind == "indicator":
        if "level3" not in roles:
            return 0
        extra = j
        while extra < len(items) and extra - j < 3 and len(items[extra][1]) <= 10 \
                and not items[extra][1].endswith("指标") and (
                    kinds[extra] is None and not _DIGIT.search(items[extra][1]) or _PERIOD_HEAD.match(items[extra][1])
                    or extra > j and kinds[extra] is not None and kinds[extra][2].startswith("indicator:")):
            extra += 1
        if extra > j and extra < len(items) and kinds[extra] is not None and kinds[extra][0] in _LEVELS:
            j = extra                                # 一级指标 | … | 指标值 | 绩效标准, then 产出指标
    return j - i


def _pairs_from(items: list[list], kinds: list, j: int) -> int:
    """The number of (name, figure) pairs of lines from j on (after one block label, 项目当年投入资金构成, at most)."""
    if j < len(items) and kinds[j] is not None and kinds[j][0] == "block":
        j += 1
    n = 0
    while j + 1 < len(items) and kinds[j] is None and not _FIGURE_CELL.match(items[j][1]) \
            and _FIGURE_CELL.match(items[j + 1][1]):
        n, j = n + 1, j + 2
    return n


def _pair_rows(items: list[list], kinds: list, i: int, rows: list) -> tuple[int, int]:
    """Read a two-head budget table's rows (子项目名称 | 预算金额（元） over a block label and name / amount pairs, one
    cell per line) into rows, the heads in columns 1 and 2, the block label in column 0 of the first row; return
    the line after them and the number of rows."""
    first: tuple[int, str, int] | None = None
    if kinds[i] is not None and kinds[i][0] == "block":
        first, i = (0, items[i][1], items[i][0]), i + 1
    n = 0
    while i + 1 < len(items) and kinds[i] is None and not _FIGURE_CELL.match(items[i][1]) \
            and _FIGURE_CELL.match(items[i + 1][1]):
        row = [(1, items[i][1], items[i][0]), (2, items[i + 1][1], items[i + 1][0])]
        rows.append(([first] if first and not n else []) + row)
        n, i = n + 1, i + 2
    return i, n


_A_SECTION_NO = lazy(r"^[一二三四五六七八九十]{1,3}\s*[、.．]?$")        # `一`: a section's number
_A_ITEM = lazy(r"^(?:\d{1,3}\s*[、.．](?!\d)|[(（]\d{1,2}[)）])\s*\S")     # `1、完善…`, `(2)召开…`: an item
_A_POINTS = lazy(r"^\d{1,3}(?:\.\d+)?\s*分?$")                            # `2分`, `40`: its points
_A_SECTION_WORD = lazy(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]\s*)?(?:(?:扣分|加分)(?:项目?|事项|指标)?"  # `扣分项`,
                             r"|\S{1,4}(?:扣分|加分)(?:项目?|事项))\s*(?:[（(][^()（）]{0,12}[)）])?$")   # `其他扣分项`
# (not a requirement's `酌情扣分`)
_A_SUMMARY = lazy(r"^\S{0,12}[（(]满分\s*\d+(?:\.\d+)?\s*分[)）]$")       # `工作得分（满分90分）`
_A_ENDS = frozenset({"title", "label", "block"})


def _section_start(text: str) -> bool:
    """Is a line an assessment section's start: its number (`一`) or a 扣分项 / 加分项 heading?"""
    return bool(_A_SECTION_NO.match(text) or _A_SECTION_WORD.match(text))


def _assessment_rows(items: list[list], kinds: list, i: int, roles: list[str], rows: list) -> tuple[int, int]:
    """Read an assessment table's rows, one cell per line from i on, into rows (each a list of (column, text,
    line)); return where the table ends (a title, a label, a block label, the next table's head) and how many
    rows hold an item.

    A row starts at a section's number (`一`, its name and first item on the next lines: one row) or at a
    numbered item (`1、…`, `(2)…`); the columns merged over the rows under a section are left out of them, so
    each line goes to the column its kind says: the number to 序号, the text before the item to the section's
    column, the item to 考核内容, a figure after it to the points, and the texts after those to the last
    columns (one short text: the responsible units; two: the requirement and the units)."""
    col = {r: c for c, r in enumerate(roles) if r}
    content = col["content"]
    n, good = len(items), 0
    rows_here: list[list[int]] = []                  # each row's item indexes
    j = i
    while j < n:
        t = items[j][1]
        if kinds[j] is not None and kinds[j][0] in _A_ENDS or _head_run(items, kinds, j):
            break
        cur = rows_here[-1] if rows_here else []
        if _A_SECTION_NO.match(t) or _A_SUMMARY.match(t) \
                or _A_SECTION_WORD.match(t) and not (len(cur) == 1 and _A_SECTION_NO.match(items[cur[0]][1])) \
                or _A_ITEM.match(t) and not (len(cur) <= 2 and cur and _section_start(items[cur[0]][1])
                                             and not any(_A_ITEM.match(items[x][1]) for x in cur)):
            rows_here.append([j])                    # (一 / 组织领导 / 1、…, 扣分项 / 5、…: one row)
        elif rows_here:
            rows_here[-1].append(j)
        else:
            break                                    # (no row starts under the head: not this table)
        j += 1
    for idx in rows_here:
        out: list[tuple[int, str, int]] = []
        texts = [items[x][1] for x in idx]
        if _A_SUMMARY.match(texts[0]):
            rows.append([(col.get("section", 0), texts[0], items[idx[0]][0])])   # (a subtotal line: a row alone)
            continue
        k = 0
        if _A_SECTION_NO.match(texts[0]):
            out.append((col.get("seq", 0), texts[0], items[idx[0]][0]))
            k = 1
        item = next((x for x in range(k, len(texts)) if _A_ITEM.match(texts[x])), None)
        if item is None:
            # a section's row without a numbered item (五 | 扣分项 | …): its name, then its texts
            item = k + 1 if k + 1 < len(texts) else None
        before = range(k, item if item is not None else len(texts))
        section_col = col.get("section", content - 1 if content else 0)
        for x in before:
            out.append((section_col, texts[x], items[idx[x]][0]))
        if item is not None:
            out.append((content, texts[item], items[idx[item]][0]))
            good += 1
            rest = list(range(item + 1, len(texts)))
            if rest and "points" in col and _A_POINTS.match(texts[rest[0]]):
                out.append((col["points"], texts[rest[0]], items[idx[rest[0]]][0]))
                rest = rest[1:]
            after = [c for c in range(content + 1, len(roles)) if c not in {c2 for c2, _, _ in out}]
            if len(rest) > len(after):
                after = after + list(range(len(roles), len(roles) + len(rest) - len(after)))
            for x, c in zip(rest, after[len(after) - len(rest):]):
                out.append((c, texts[x], items[idx[x]][0]))
        if len({c for c, _, _ in out}) < len(out):
            merged: dict[int, tuple[int, str, int]] = {}
            for c, t, no in out:             # (two texts before the item in the section's column: one cell)
                merged[c] = (c, merged[c][1] + t, merged[c][2]) if c in merged else (c, t, no)
            out = list(merged.values())
        rows.append(sorted(out))
    return j, good


def _indicator_rows(items: list[list], kinds: list, i: int, roles: list[str],
                    rows: list) -> tuple[int, int]:
    """Read an indicator table's rows, one cell per line from i on, into rows (each a list of (column, text,
    line)); return where the table ends (a title, block label, note, the next table's head or its caption, a
    sentence where a name would be, a line ending in a colon, a `label：value` line, the `总分` row after its
    figures) and how many rows read like a table's (a short name and a value; 0 when fewer than half the rows do:
    prose under a table's column names).

    A level name goes to its column (a name of both levels, 成本指标, is a level 1 over a level 2 and at the top,
    else a level 2); other lines fill the row's columns from the name on; a line reading like a name (no figure,
    no sign, four characters or more) where a value or a free text would go, the line after it a value, starts the
    next row (the cells it skipped were empty: a copied page drops them); a label or head reading like a name
    (项目完成时间, 预算执行率) is one when a value follows it."""
    col = {r: c for c, r in enumerate(roles) if r}
    name = col["level3"]
    l1, l2 = col.get("level1"), col.get("level2", col.get("level1"))
    last = len(roles) - 1
    cur: dict[int, tuple[str, int]] = {}
    seen_l1 = umbrella = False
    good = named = 0
    tails: collections.Counter = collections.Counter()   # cells after the name of the rows read so far

    def flush() -> None:
        nonlocal good, named
        if cur:
            named += name in cur
            if name in cur and len(cur[name][0]) <= 40 and any(_VALUE_LIKE.match(t) and not t.endswith(_SENTENCE_END)
                                                                 for c, (t, _) in cur.items() if c > name):
                good += 1
            if name in cur:
                tails[sum(1 for c in cur if c > name)] += 1
            rows.append([(c, t, no) for c, (t, no) in sorted(cur.items())])
            cur.clear()

    def value_next(k: int) -> bool:
        return k < len(items) and kinds[k] is None and bool(_VALUE_LIKE.match(items[k][1]))

    def signed_next(k: int) -> bool:                 # a value with a sign, a target's (`≥95%`)
        return value_next(k) and items[k][1].lstrip()[:1] in _OP_CHARS

    def unknown_level(k: int) -> bool:               # `过程管理指标`, `计划管理指标`: a level name no list knows
        return k < len(items) and kinds[k] is None and len(items[k][1]) <= 10 and items[k][1].endswith("指标")

    def umbrella_next(k: int) -> bool:               # an unknown `…指标` over a level name, known or not
        return unknown_level(k) and k + 1 < len(items) and not value_next(k + 1) and (
            kinds[k + 1] is not None and kinds[k + 1][0] in _LEVELS or unknown_level(k + 1))

    def short_next(k: int) -> bool:                  # a short value, a word or a figure, no sentence
        return k < len(items) and kinds[k] is None and len(items[k][1]) <= 12 \
            and not items[k][1].endswith(_SENTENCE_END)

    def typical() -> int | None:                     # the number of cells after the name two rows or more had
        best = max(tails, key=lambda x: (tails[x], x), default=None)
        return best if best is not None and tails[best] >= 2 else None

    def verdict() -> int:                            # half the rows or more a name and a value: a table, not prose
        return good if 2 * good >= named else 0

    while i < len(items):
        k, (no, t) = kinds[i], items[i]
        if _INLINE_PAIR.match(t) or _NOTE_START.match(t) or _head_run(items, kinds, i) \
                or k is None and t.endswith((":", "：")) \
                or k is None and i + 1 < len(items) and _head_run(items, kinds, i + 1) \
                or t.rstrip(":：") in VERDICT_LABELS:
            break                                    # (项目支出明细 over 明细项目 | 金额 | …: the next table's caption;
            # `评估结论` / `予以支持` under an assessment's indicators: its conclusion, hunt nw10)
        if _TOTAL_WORD.match(t):
            # 总分 | 100 | 98.5: the table's total, in its 分值 / 得分 columns (or after the name's), and its end
            flush()
            vals = []
            while i + 1 + len(vals) < len(items) and len(vals) < 3 and value_next(i + 1 + len(vals)) \
                    and _FIGURE_CELL.match(items[i + 1 + len(vals)][1]):
                vals.append(items[i + 1 + len(vals)])
            at = [col[r] for r in ("weight", "score") if r in col][-len(vals):] if vals else []
            if len(at) < len(vals):
                at = list(range(name + 1, name + 1 + len(vals)))
            rows.append([(0, t, no)] + [(c, v, vno) for c, (vno, v) in zip(at, vals)])
            return i + 1 + len(vals), verdict()
        if k is not None and k[0] == "bare":
            # 质量 over 森林火灾受害率 | ≤0.9‰: a level 2; 满意度 | 90%: a name
            k = None if value_next(i + 1) or i + 1 >= len(items) else \
                ({"1": "level1", "2": "level2"}.get(k[1], "level"), k[1], k[2])
        if k is not None and k[0] not in _LEVELS:
            if k[0] in ("title", "block") or not value_next(i + 1):
                break
            k = None                                 # 项目完成时间 | 2024年12月底前: a name
        if k is None and umbrella_next(i) and l1 is not None and l2 is not None:
            # 实施效果指标 over 产出指标 / 效益指标, 过程管理指标 over 计划管理指标: a level 1 no list knows over level
            # names that are level 1s elsewhere, here its levels 2
            flush()
            cur[l1] = (t, no)
            umbrella, seen_l1 = True, True
            i += 1
            continue
        if k is None and unknown_level(i) and not value_next(i + 1) and l2 is not None and l2 != l1 \
                and i + 2 < len(items) and value_next(i + 2):
            k = ("level2", "", "")                   # `计划管理指标` over a name and its value: a level 2
        if k is not None:
            after = kinds[i + 1] if i + 1 < len(items) else None
            top = not umbrella and (k[0] == "level1" or k[0] == "level" and (
                not seen_l1 or after is not None and after[0] in ("level2", "level", "bare")))
            at = l1 if top and l1 is not None else l2
            if at is None:
                break
            seen_l1 = seen_l1 or at == l1
            if any(c >= at for c in cur):
                flush()
            cur[at] = (t, no)
        elif name not in cur:
            if (t.endswith(_SENTENCE_END) or len(t) > 60) and not short_next(i + 1):
                break                                # a sentence where a name would be: prose, no row (unless a
                # short value follows: `…提升六安城市的知名度和美誉度。` / `效果良好`, a name written as a sentence)
            run = [i]                                # lines of words up to the row's first value
            while len(run) < 3 and run[-1] + 1 < len(items) and kinds[run[-1] + 1] is None \
                    and not _VALUE_LIKE.match(items[run[-1] + 1][1]) and not _INLINE_PAIR.match(items[run[-1] + 1][1]):
                run.append(run[-1] + 1)
            slots = [c for c in (l1, l2) if c is not None and c < name and c not in cur and (not cur or c > max(cur))]
            slots = sorted(set(slots))
            if 2 <= len(run) <= len(slots) + 1 and value_next(run[-1] + 1) \
                    and not any(items[x][1].endswith(_SENTENCE_END) for x in run):
                # 决策 | 项目立项 | 立项依据充分性 | 3: the words before the first value fill the level columns left
                # of the name, right-aligned on it (level names no list knows)
                for c, x in zip(slots[-(len(run) - 1):] + [name], run):
                    cur[c] = (items[x][1], items[x][0])
                seen_l1 = seen_l1 or l1 in cur
                i = run[-1] + 1
                continue
            cur[name] = (t, no)
        elif max(cur) == last and name < last and all(c in cur for c in range(name, last + 1)) \
                and _DIGIT.search(t) and _VALUE_LIKE.match(t) and not value_next(i + 1) \
                and _NAME_PIECE.match(cur[name + 1][0]) and (name + 1 == last and not _word_target(cur[name + 1][0])
                                                             or name + 1 < last and _DIGIT.search(cur[name + 2][0])):
            # 机械化清扫 | 面积 | ≥320万平方米 | 335万平方米 | 20: a figure past the row's last column, the word after the
            # name no value (the value after it is): the name was a cell of two paragraphs, its second on a line of
            # its own (docx2txt, LibreOffice's text of a DOCX); the row's cells after it move back one column
            # (so under a table of one value column, `更新改造供水管网长` / `度` / `≥18公里`: `pdftotext` without
            # -layout wraps a name so — the piece was the target, the figure a row of no name, hunt nw8; not a word a
            # target is, `竣工验收` / `达标` / `100%`: the target stays, the stray figure is said, review rd)
            piece = cur[name + 1][0]
            cur[name] = (unwrap_cell(cur[name][0] + "\n" + piece), cur[name][1])
            for c in range(name + 1, last):
                cur[c] = cur[c + 1]
            cur[last] = (t, no)
        else:
            nxt = max(cur) + 1
            after = kinds[i + 1] if i + 1 < len(items) else ("end", "", "")
            full = typical()
            short = full is not None and nxt - name - 1 < full - 1     # (more than one cell short of the rows above)
            # (a short word a target is, right after a name of no target yet, is that target even with a figure
            # after it: `居住环境` / `明显改善` / `95%`, the figure a stray — it was the next row's name, hunt ly17;
            # not over a target of its own, a figure with a sign: `安全保障` / `≥95%` is the next row, review rv111)
            word = nxt == name + 1 and len(t) <= 4 and _word_target(t) and not signed_next(i + 1)
            starts = not _VALUE_LIKE.match(t) and len(t) >= 4 and not t.endswith(_SENTENCE_END) and not short \
                and not word and (
                value_next(i + 1)
                # the row has as many cells as the rows above: a name-like line starts the next (unless a level
                # name or the table's end follows: then it is the row's last cell, a deviation's text)
                or full is not None and nxt - name - 1 >= full and (after is None or after[0] == "bare"))
            if nxt > last or starts and (roles[nxt] in _FREE_TEXT_ROLES or roles[nxt] in _VALUE_ROLES):
                flush()
                if (t.endswith(_SENTENCE_END) or len(t) > 60) and not short_next(i + 1):
                    break
                cur[name] = (t, no)
            else:
                cur[nxt] = (t, no)
        i += 1
    if list(cur) == [name] and rows and not isinstance(rows[-1], tuple) and "|" in cur[name][0]:
        # a name alone after the last row, the table's end after it, made of a page's links (`内容保障 | 公务邮箱`
        # under the table): no row of the table, a line of text
        t, no = cur.pop(name)
        rows.append((t, no))
    flush()
    return i, verdict()



_OPENING = ("（", "(", "【", "[", "，", "、", "。", "；", "）", ")")


def _overlaid(lines: list[str], i: int, end: int, tables: list[int], above: str | None) -> tuple[str, int] | None:
    """A row cut inside a middle cell whose second line is written at the table's full width, its cells before
    the cut one empty (`…|扶助资金发放及时率|≥95%|93.5%（第四季度特别扶助资金` over `||||延迟至1月初发放）|10|9|…`): the
    row put back (the cut cell's pieces joined, the second line's later cells after it) and the line after the
    second; None otherwise. Only under a complete row of the table (`above`, the row before as put together) and
    after a value (a figure) in the first line: a head's first line over its second (`部门职责 | 工作任务 | 绩效指标`
    over `| | 一级指标 | …`) and a row of level names (`| 效益指标 | 经济效益指标` over `| | 社会效益指标 | …`) are no cut
    rows."""
    if i + 1 >= end or above is None or not lines[i + 1].startswith("\t\t") or "\t" not in lines[i]:
        return None                      # (the second line starts with the empty cells before the cut one)
    k, nb = lines[i].count("\t") + 1, lines[i + 1].count("\t") + 1
    if k < 3 or nb not in tables or above.count("\t") + 1 != nb or nb < k + 2:
        return None                      # (the widths, counted before the lines are split: most rows stop here)
    a, b = lines[i].rstrip("\r\n").split("\t"), lines[i + 1].rstrip("\r\n").split("\t")
    if k < 3 or len(b) not in tables or len(above.rstrip("\r\n").split("\t")) != len(b) \
            or not any(_DIGIT.search(x) for x in a[:-1]) or a[-1].rstrip().endswith(("指标", "目标")) \
            or len(b) < k + 2 or not a[-1].strip() or not b[k - 1].strip() \
            or any(x.strip() for x in b[:k - 1]) or not any(x.strip() for x in b[k:]):
        return None
    return "\t".join(a[:-1] + [a[-1].rstrip() + b[k - 1].strip()] + b[k:]), i + 2


def _join_wrapped(lines: list[str], is_label: Callable[[str], bool] | None = None,
                  warnings: list[ParseWarning] | None = None) -> list[tuple[int, str]]:
    """Given a dump's lines, return (first line number, line) with the rows that a line break inside a
    cell cut into several lines put back together; `warnings`, when given, gets an `unparsed_row` for a
    line that reads like the rest of the row above but could not be put back with it.

    A dump that writes a cell's own line breaks as they are cuts its row: `产出指标` ends one line and
    `（50分）\t数量指标\t…` starts the next. Inside a block of lines (no blank line) whose widest
    table rows, W tab-separated fields, are also its most frequent (among rows of 3 fields or more),
    a short line right after a row starts a candidate; the
    following lines are added until the fields number W (the pieces of the cut cell count once).
    Exactly W: one row, the cell's pieces joined as a wrapped PDF cell is (no space between Chinese
    characters). A single-field line followed by a complete row is taken as its first cell only when
    that row starts with a bracket or a punctuation mark (`项目资金` + `（万元）\t…`), else it is a
    caption of its own. Empty cells after the W-th do not count (`…|实际完成情况||||` of 10 fields
    over a header of 9).

    A block may hold tables of several widths (b03: a form's money table of 8 fields over its indicator
    table of 9, with fewer rows): the width a cut row must reach is the table's it is in. A short line
    under a complete row of another table width of the block (one of 3 rows or more) is put back to that
    width, between that row and another of it (`…|质量指标|义务教育阶段家庭经济困难学` / `生资助覆盖率|100%|…`
    under and over rows of 9, in a block with more rows of 8); else, over a complete row of a table width,
    to that width (the table's cut head under the money table). A complete row whose last cell goes on,
    alone, on the next line (no tab in it) takes that line into its last cell (b04: `…|√||||争取市级专项资金，`
    / `扩大可回收物收运网络`, see `_last_cell_goes_on`).
    """
    out: list[tuple[int, str]] = []
    n = len(lines)
    tabs = [ln.count("\t") for ln in lines]      # each line's tabs, counted once (its fields: one more)
    start = 0
    while start < n:                       # blocks of non-blank lines
        if not lines[start].strip():
            out.append((start + 1, lines[start]))
            start += 1
            continue
        end = start
        while end < n and lines[end].strip():
            end += 1
        widths = [t + 1 for t in tabs[start:end] if t]
        # W: the widest row, when no other table width (3 fields or more) is more frequent; the cut
        # pieces of a row are all narrower
        w = max(widths) if widths else 0
        regular = w >= 3 and widths.count(w) >= 3 and all(
            widths.count(x) <= widths.count(w) for x in set(widths) if x >= 3)
        if not regular and w >= 4 and next(t for t in tabs[start:end] if t) + 1 == w and _all_pieces(widths, w) >= 2:
            # a table whose every row a long cell cut (a 评分标准 wrapped in each row): only its head (the block's
            # first row) and maybe its 合计 row whole, the lines under the head pieces making up rows of W
            regular = True
        inside = False
        if not regular and widths:
            # a wider table above (the form's fields) and a more frequent narrower one (its indicators):
            # rows of the frequent width are put back together only between two complete rows of it
            mode = max((x for x in set(widths) if x >= 3), key=lambda x: (widths.count(x), x), default=0)
            if mode and widths.count(mode) >= 3:
                w, regular, inside = mode, True, True
        # the block's table widths: each of 3 rows or more (of 3 fields or more)
        tables = sorted((x for x in set(widths) if x >= 3 and widths.count(x) >= 3), reverse=True)
        # (a dump that writes empty cells: its rows' widths tell a cut row)
        padded = any("\t\t" in ln or ln.startswith("\t") or ln.rstrip("\r\n ").endswith("\t")
                     for ln in lines[start:end])
        i = start
        whole = start              # lines from here on are not pieces of a row put back together
        above: str | None = None   # the row before line i as put together (None at the block's top)
        above_w = 0                # the width of the table `above` is a complete row of (0: none)
        last_w = 0                 # the width of the table of the last complete row (0: none yet, only label rows)
        widest = max(widths) if widths else 0
        while i < end:
            t_i = tabs[i]
            if t_i and i + 2 < end and not tabs[i + 1] and tabs[i + 2] \
                    and len(lines[i + 1].strip()) <= 12 and _CUT_NUMBER_END.search(lines[i].rstrip(" \r")) \
                    and _CUT_NUMBER_START.match(lines[i + 1].strip()) and not _YEAR_START.match(lines[i + 1].strip()) \
                    and not _outline_caption(lines[i + 1].strip()) \
                    and not is_page_furniture(lines[i + 1].strip()) \
                    and not _shorter_than_piece(lines[i], lines[i + 1]) \
                    and lines[i + 2].strip() not in {ln.strip() for ln in lines[start:i]}:
                # a row whose last cell was cut inside a number (`≤15` / `0万元`), the table going on after
                # the piece: the rest joins it (a row ending in an empty cell, `…\t259\t`, was not cut there:
                # a page number `2` under it stays apart; so does one over the head repeated on the next page)
                above = lines[i].rstrip() + lines[i + 1].strip()
                above_w = _line_table_width(above, tables)
                out.append((i + 1, above))
                i += 2
                whole = i
                continue
            # (the rules below reading a row's table by its width need a dump that writes its empty cells: rows
            # put together from a flattened text's gaps, or a dump dropping its empty cells, vary in width)
            # (each rule is tried only where the widths let it put a row back: a line as wide as a table's rows
            # starts no cut row of it, a second line narrower than the first overlays no cell; the rules test
            # the widths again themselves)
            merged = _overlaid(lines, i, end, tables, above) if padded and above is not None and t_i >= 2 \
                and i + 1 < end and tabs[i + 1] >= t_i + 2 and tabs[i + 1] + 1 in tables else None
            # the table the row above is of, when another than W's: its width is the one to reach
            local = above_w if padded else 0
            if merged is None and local and local != w and t_i + 1 < local:
                merged = _merge_cut_row(lines, i, start, end, local, True, run_ok=i - whole >= 2,
                                        is_label=is_label, above=above, widest=widest)
            if merged is None and regular and t_i + 1 < w:
                merged = _merge_cut_row(lines, i, start, end, w, inside, run_ok=i - whole >= 2,
                                        is_label=is_label, above=above, widest=widest, chain=padded)
            for x in tables if merged is None and padded and t_i else ():
                # the cut head (or first row) of a table of another width than the row above's: over a row of it
                if x != local and (x != w or inside) and t_i + 1 < x:
                    merged = _merge_cut_row(lines, i, start, end, x, run_ok=i - whole >= 2, is_label=is_label,
                                            above=above, widest=widest, below=True)
                    if merged is not None:
                        break
            # the rules below go on over a line without a tab under the row (one cell's rest), all but
            # `_lone_pieces` only so: a row with a row under it (the usual case) is left as it is at once
            # (`_lone_pieces` only over a line of one cell with text: a line of the block is no blank one)
            loose = i + 1 < end and not tabs[i + 1]
            if merged is None and loose and padded and t_i:
                merged = _last_cell_goes_on(lines, i, end, tables)
            if merged is None and padded and t_i and i + 1 < end and "\t" not in lines[i + 1].strip():
                merged = _lone_pieces(lines, i, end, tables, is_label)
            if merged is None and is_label is not None and t_i:
                merged = _label_rests_below(lines, i, end, is_label)
            if merged is None and is_label is not None and t_i:
                merged = _value_goes_on(lines, i, end, is_label)
            if merged is None and loose and t_i:
                merged = _joined_cell_goes_on(lines, i, end, is_label)
            if merged is None and loose and t_i:
                merged = _bracket_closed_below(lines, i, end)
            if merged is None and loose and not t_i:
                merged = _sentence_goes_on(lines, i, end)
            if merged is not None:
                out.append((i + 1, merged[0]))
                above = merged[0]
                above_w = _line_table_width(above, tables)
                last_w = above_w or last_w
                i = merged[1]
                whole = i
                continue
            if warnings is not None and above is not None and padded and last_w and t_i + 1 < last_w:
                _warn_cut_piece(above, lines[i], i + 1, last_w, is_label, warnings)
            out.append((i + 1, lines[i]))
            above = lines[i]
            above_w = _line_table_width(above, tables, t_i + 1)     # (its tabs counted already)
            last_w = above_w or last_w
            i += 1
        start = end
    return out


# a sentence's short piece alone on a line: its sentence's end last (`得分20分。`), or a comma when it goes on
# below (`实际完成36公里，`); no outline number first (parsers.core OUTLINE_NUMBER: a list's next item, `（2）` / `②`)
_SENTENCE_REST = lazy(r"^[^\t]{1,16}(?:(?P<end>[。.])|[，,])$")
_SENTENCE_PIECES = 3      # (a sentence's rest over at most three short lines)


def _sentence_goes_on(lines: list[str], i: int, end: int) -> tuple[str, int] | None:
    """A line of text (no cell) broken inside its sentence after a comma, its short rest on the next line or on a
    few short lines each broken after a comma (`（2）时效指标：…实际完成2024年11月20日，` / `得分20分。`; `…35公里，` /
    `实际完成36公里，` / `得分30分。`): one line, and the index of the line after it; None when line i is no such (the
    rest read alone was no sentence of the form, the sentence an indicator of no score)."""
    from parsers.core import OUTLINE_NUMBER    # (here, not at the top: the parsers import the extractors)

    text = lines[i].rstrip()
    if len(text.strip()) < 10 or not text.endswith(("，", ",")):
        return None
    for j in range(i + 1, min(end, i + 1 + _SENTENCE_PIECES)):
        rest = lines[j].strip()
        m = _SENTENCE_REST.match(rest)
        if m is None or re.match(OUTLINE_NUMBER, rest):
            return None
        text += rest
        if m.group("end"):
            return text, j + 1
    return None


def _outline_caption(piece: str) -> bool:
    """`3.项目组成员分工` alone under a row ending in a figure (`安装施工 | 25`): a numbered caption (parsers.core's
    OUTLINE_NUMBER, then its words), no rest of a number cut (it was glued on, `253.项目组成员分工`, review of md48)."""
    from parsers.core import OUTLINE_NUMBER    # (here, not at the top: the parsers import the extractors)

    return re.match(OUTLINE_NUMBER + r"[\u4e00-\u9fff]", piece) is not None


def _all_pieces(widths: list[int], w: int) -> int:
    """Given the field counts of a block's tab lines (its head first) and its width W, return how many rows of W its
    lines after the head make when each narrower line is a piece of a cut row (the last cell of one piece and the
    first of the next one cell: `1|预算编制|部门预算编制完整，项目支出` + `细化到具体项目。|10|未细化的每项扣1分；` +
    `报送逾期的扣2分。|预算科`), rows of W as they are between; 0 when they do not (a narrower table's rows)."""
    total = rows = 0
    for x in widths[1:]:
        if x == w and total == 0:
            continue
        total = x if total == 0 else total + x - 1
        if total > w:
            return 0
        if total == w:
            total, rows = 0, rows + 1
    return rows if total == 0 else 0


def _row_width(fields: list[str], w: int) -> int:
    """Given a row's fields and a table width W, return the row's width judged against W: its fields, the empty
    ones after the W-th not counted (a dump that writes one trailing empty cell more than its header does:
    `年度总体目标|预期目标||||实际完成情况||||` of 10 over `年度绩效指标|一级指标|…|偏差原因分析及改进措施` of 9)."""
    n = len(fields)
    return w if n > w and not any(f.strip() for f in fields[w:]) else n


def _table_width(fields: list[str], tables: list[int]) -> int:
    """Given a row's fields and the table widths of its block (widest first), return the width of the table the row
    is a complete row of (its own field count, else the widest it fills with empty cells after it), 0 for none."""
    if len(fields) in tables:
        return len(fields)
    return next((x for x in tables if x < len(fields) and _row_width(fields, x) == x), 0)


def _line_table_width(line: str, tables: list[int], n: int | None = None) -> int:
    """`_table_width` of a line, its fields counted by its tabs (N, when counted already): the line is split only when
    it is wider than a table width and not one itself (its empty cells after a table's width to look at)."""
    if n is None:
        n = line.count("\t") + 1
    if n in tables:
        return n
    if not tables or tables[-1] >= n:
        return 0
    return _table_width(line.split("\t"), tables)


_GOES_ON = ("，", "、", ",", "：", ":", "（", "(")      # a cell's text ending so goes on
# a money source's whole name on a line of its own (`市级资金`, `中央补助资金`, `单位自筹资金`, `自有资金`)
_SOURCE_NAME_LINE = lazy(r"^(?:中央|省|市|州|县|区|乡镇?|本|上|地方|单位|社会|其他)?级?(?:财政)?(?:补助|配套|专项|自筹|自有|拨款)?"
                         r"资金$")
_CONTINUED = lazy(r"^[（(]?\s*(?:表\s*\d*\s*)?[（(]?\s*续\s*(?:上?表)?\s*\d*\s*[)）]?\s*[)）]?$")   # `（续表）`, `续上表`
# a line that starts a section, not a cell's text going on: `二、绩效指标`, `（一）…`, `1.` (with `_ENDS_COLUMNS`
# for a note or a `label：value` line, `_TITLE_PIECE` for `附件1` or `…绩效目标表`)
_NO_CELL_END = lazy(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
                          r"|\d{1,2}\s*[、.．](?!\d))")


def _last_cell_goes_on(lines: list[str], i: int, end: int, tables: list[int]) -> tuple[str, int] | None:
    """Given the lines of a block, a row's line i and the block's table widths, return the row with its last cell
    going on over the lines without a tab under it, and the index of the line after them; None when it does not.

    A complete row's last cell cut by a line break leaves its end on a line of its own, no tab in it: the row is
    no narrower than its table, so no piece is missing (b04: `|效益指标|…|√||||争取市级专项资金，` then
    `扩大可回收物收运网络`, then the table's next row). Only
    - under a row of a table width of the block whose last cell has text not ended by `。` or `；`;
    - over one to three such lines, none a caption, a section's number, a note, a title, `（续表）` or a page's
      number (`…因征地问题延期` / `1` / `|质量指标|…`);
    - over a row of the same width, or one starting with an empty cell (a row under merged first cells, maybe cut
      itself: c14 `…响应偏慢，` / `已建立夜间值班制度` / `|效益指标|社会效益指标|新媒体平台粉丝`);
    - when the text plainly goes on: the last cell ends in `，` `、` `：` or an open bracket (a last cell ended
      otherwise over a heading between rows, `…推迟施工` / `第二部分 绩效指标完成情况` / `|成本指标|…`, or a
      caption, `表2 项目资金支出明细`, is complete);
    - not when the row after starts with a bracket (`产出指标` / `（50分）|…`: the first cell of a cut row, see
      `_merge_cut_row`)."""
    if i + 1 >= end or "\t" in lines[i + 1] or not lines[i].rstrip().endswith(_GOES_ON):
        return None                      # (no line without a tab under it, or a last cell that does not go on)
    fields = lines[i].split("\t")
    w = _table_width(fields, tables)
    if not w or len(fields) != w or not fields[-1].strip() or fields[-1].rstrip().endswith(("。", "；", ";", ".")):
        return None
    j = _pieces_end(lines, i, end)
    if j is None or j == i + 1 or j - i > 3 or j >= end:
        return None
    after = lines[j].split("\t")
    first = after[0].strip()
    if _table_width(after, tables) != w and (first or len(after) > w):
        return None          # (a row under merged first cells may be cut itself: c14 `|效益指标|…|新媒体平台粉丝`)
    if first.startswith(_OPENING):
        return None
    fields[-1] = _with_pieces(fields[-1], lines, i, j)
    return "\t".join(fields), j


# a cell's text plainly cut: ending in a mark that goes on (`…管网、`), or with a bracket open (a joining word, `…及`,
# ends words too: 涉及, 参与)
_CUT_END = lazy(r"[，、,（(]$")
_OPEN_BRACKET = lazy(r"[（(][^）)]*$")
_CLOSING_START = lazy(r"^[）)，、。；;]")


def _one_cell(line: str) -> bool:
    """Does a line hold exactly one field with text (its tab-separated fields, the others empty or blank)? Its text
    stripped runs from its first character that is no space to its last: one field holds them all when no tab is
    left inside (a tab is a space, so no field's text ends or starts with one)."""
    text = line.strip()
    return bool(text) and "\t" not in text


def _lone_pieces(lines: list[str], i: int, end: int, tables: list[int],
                 is_label: Callable[[str], bool] | None = None) -> tuple[str, int] | None:
    """Given the lines of a block and a row's line i, return the row with the lines under it that hold one cell only,
    in a column where the row has text, at the table's width (a dump writing each printed line of a row at full
    width: `| 时效指标 | 资金支出进度 | ≥90%（2023年12月` over `| | | 底前）`), joined to that cell, and the index of the
    line after them; None when there are none. Only where the cut is plain: the cell ends in a mark that goes on,
    or has a bracket open, or the piece starts with a closing mark; a lone name under a complete one is an indicator
    without values, not its rest, unless the name ends on a joining word (`…医疗保险及` / `大病保险参保人数`; not
    涉及, 普及, which end so: `joining_end`), and a label (`其中:中央补助地方资金` under `年度资金总额:`) a row of its own."""
    if i + 1 >= end or not _one_cell(lines[i + 1]):
        return None                      # (a cheap test first: no line of one cell under the row, no piece)
    fields = lines[i].rstrip("\r\n").split("\t")
    w = _table_width(fields, tables)
    if not w or len(fields) < 3 or sum(1 for f in fields if f.strip()) < 2:
        return None                      # (a row of values: not a label's row, `其中：` over its items)
    j = i + 1
    while j < end:
        piece = lines[j].rstrip("\r\n").split("\t")
        filled = [k for k, f in enumerate(piece) if f.strip()]
        if len(filled) != 1 or _table_width(piece, tables) != w and len(piece) != len(fields):
            break
        k = filled[0]
        text, rest = fields[k].strip() if k < len(fields) else "", piece[k].strip()
        if k == 0 or not text or is_page_furniture(rest) or _SEQ_NO.match(rest) or rest.startswith("其中") \
                or is_label is not None and is_label(rest) or not (
                _CUT_END.search(text) or _OPEN_BRACKET.search(text) or _CLOSING_START.match(rest) or joining_end(text)
                or _pair_value(fields, k, rest, is_label)):
            break
        fields[k] = unwrap_cell(text + "\n" + rest)
        j += 1
    return ("\t".join(fields), j) if j > i + 1 else None


def _pair_value(fields: list[str], k: int, rest: str, is_label: Callable[[str], bool] | None) -> bool:
    """Is field k of a row a label's value (the field before it a label), a piece under it its rest whatever its end
    (`项目名称 | 城区背街小巷改造 | 主管部门 | …` over ` | 提质工程`, the value stopping short of the next label)? A
    pair's value is no indicator's name, so the piece is no row of its own (it was lost without a word); not under a
    head's cell (`二级指标 | 三级指标` over ` | | 处置率`: a label itself), nor an item of its own (`（2）…`, `2.…`),
    which a list of such values under one label has; nor a value of its own, a figure, a day or a stamp's mark
    (`2024年3月15日`, `2024-03-15`, `13907431234`, `（盖章）` under `联系电话 | 0743-8526617`: the sign-off's, glued to
    the phone — review rv92), as `_piece_line` says of a laid-out dump's piece."""
    return is_label is not None and k >= 1 and is_label(fields[k - 1].strip()) and not is_label(fields[k].strip()) \
        and not (_no_piece(rest) or _no_rest(rest, is_label) or _ROW_VALUE.match(rest) or parse_date(rest)
                 or _NO_PIECE.search(rest) and not _name_bracket(rest))


def _no_rest(piece: str, is_label: Callable[[str], bool]) -> bool:
    """Is a piece under a label's value none of its rest: a label, a date (`2024年3月15日` under `联系电话 | 0743-…`,
    the sign-off's day: it was glued to the phone, review rv92), a title (`某县2023年度部门项目支出绩效目标`) or a
    signer's (`单位负责人签字  经办人签字`)?"""
    return bool(is_label(piece) or _DATE_OR_TITLE.match(piece) or _SIGN_WORDS.search(piece))


def _label_rests(row: list[str], pieces: dict[int, str], is_label: Callable[[str], bool]) -> list[str] | None:
    """Given a row's cell texts, the pieces of the line under it by the index of the cell each stands under, and the
    parser's label test, return the row with its labels' wrapped rests joined to them, or None when the line is no
    such rests: every piece a few characters (no figure, no mark), under a cell that is no label alone but one with
    the piece (`主管` over `部门`, `实施单` over `位`: `主管部门`, `实施单位`), that cell followed by its value (a head cut
    in every cell, `一级 | 二级` over `指标 | 指标`, is a head's: `_cut_head`). A label wrapped in a narrow column,
    its value beside its first piece: the rests were a row of no label (`unparsed_row`) and the pairs lost. A piece
    under that value, the label's rest beside it (`项目名 | 校园安全监控改造` over `称 | 工程（二期）`), is the value's
    rest: the row is two lines high, so is its value cell (no label itself). A section's number (`（一）` under `序号`)
    is no label's rest."""
    out = list(row)
    labels: set[int] = set()             # the cells whose label's rest was joined
    for k, piece in sorted(pieces.items()):
        if k - 1 in labels:
            if is_label(piece) or is_label(row[k].strip()):
                return None
            out[k] = unwrap_cell(row[k].strip() + "\n" + piece)
            continue
        labels.add(k)
        if k >= len(row) or not _LABEL_REST.match(piece) or _NUMBERED_HEAD.match(piece) \
                or k + 1 >= len(row) or not row[k + 1].strip() or not row[k].strip() or is_label(row[k].strip()) \
                or not is_label(row[k].strip() + piece):
            return None
        out[k] = row[k].strip() + piece
    return out if pieces else None


def _label_rests_flat(lines: list[str], all_cells: list[list[tuple[int, int, str]]], i: int,
                      is_label: Callable[[str], bool]) -> bool:
    """A laid-out dump's row whose labels a narrow column wrapped (`主管部   市住房和城乡建设局   实施单   市自来水公司`
    over `门   位`, each rest starting where its label starts, in characters or in display columns): the rests joined
    to the row's cells (`_label_rests`); True when they were (the line under it is then used up)."""
    cells, below = all_cells[i], all_cells[i + 1]
    # (in characters, then in display columns: a place one count gives by chance, under the wrong cell, says nothing)
    for at in (_starts_at(below, cells), _starts_at(_wide(lines[i + 1], below), _wide(lines[i], cells))):
        got = _label_rests([c[2] for c in cells], {k: c[2] for k, c in zip(at, below)}, is_label) \
            if at is not None and len(set(at)) == len(at) else None
        if got is not None:
            all_cells[i] = [(a, b, t) for (a, b, _), t in zip(cells, got)]
            return True
    return False


def _label_rests_below(lines: list[str], i: int, end: int,
                       is_label: Callable[[str], bool]) -> tuple[str, int] | None:
    """A tab dump's row whose labels a narrow column wrapped (`主管 | 市教育局 | 实施 | 市第一中学` over `部门 | | 单位`):
    the row with the rests joined (`_label_rests`) and the index of the line after them; else None."""
    if i + 1 >= end or not lines[i + 1].strip():
        return None
    pieces = _short_pieces(lines[i + 1])
    if not pieces:
        return None                      # (the line under the row is no rests: its row is not split nor looked at)
    got = _label_rests(lines[i].rstrip("\r\n").split("\t"), pieces, is_label)
    return ("\t".join(got), i + 2) if got is not None else None


def _short_pieces(line: str) -> dict[int, str] | None:
    """The filled fields of a tab line by their index, each stripped, when every one may be a label's rest
    (`_LABEL_REST`) or its value's rest (the field right after a label's rest, of any length: `称 | 工程（二期）`):
    the rests `_label_rests` may join; else None. The test `_label_rests` puts to each piece, put first and alone:
    asked of every row of a tab dump, whose line under it is mostly the next row (`产出指标 | 数量指标 | …`), given
    up at its first long field that no label's rest stands before."""
    pieces: dict[int, str] = {}
    rests: set[int] = set()              # the fields read as a label's rest, as `_label_rests` reads them
    for k, t in enumerate(line.rstrip("\r\n").split("\t")):
        t = t.strip()
        if t:
            if k - 1 not in rests:
                if not _LABEL_REST.match(t):
                    return None
                rests.add(k)
            pieces[k] = t
    return pieces


def _pieces_end(lines: list[str], i: int, end: int, also: Callable[[str], bool] | None = None) -> int | None:
    """The index of the first line with a tab after line i (or the block's end), the lines between read as the
    pieces of a cell going on; None when one of them is no such piece: a page's number, a section's number, a title,
    a note, a caption, `（续表）`, or what `also` says."""
    j = i + 1
    while j < end and "\t" not in lines[j]:
        piece = lines[j].strip()
        if _no_piece(piece) or also is not None and also(piece):
            return None
        j += 1
    return j


def _no_piece(text: str, sections: bool = True) -> bool:
    """Is a line no piece of a cell going on: a page's number, a title, `（续表）`, a caption; with `sections` also a
    section's or an item's number (`二、…`, `2.…`), a bare sequence number, a note or a `label：value` line."""
    return bool(is_page_furniture(text) or _TITLE_PIECE.search(text) or _CONTINUED.match(text)
                or _TABLE_CAPTION.match(text)
                or sections and (_SEQ_NO.match(text) or _NO_CELL_END.match(text) or _ENDS_COLUMNS.match(text)))


def _with_pieces(text: str, lines: list[str], i: int, j: int) -> str:
    """A cell's text with the lines after line i, up to line j, joined to it as its wrapped pieces."""
    for k in range(i + 1, j):
        text = unwrap_cell(text + "\n" + lines[k].strip())
    return text


def _value_goes_on(lines: list[str], i: int, end: int, is_label: Callable[[str], bool]) -> tuple[str, int] | None:
    """Given the lines of a block, a row's line i and the parser's label test, return the row with the value of its
    last label going on over the lines without a tab under it — or over ONE line with tabs whose only filled field
    is the value's column (`in_column`: a dump writing the row's second line at its cells) —, and the index of the
    line after them; None when it does not. A `label | value` row (no table's width: `绩效目标 | 完成主干道养护12公里，`
    then `完成次干道养护8公里。`, its end lost silently) whose value plainly goes on (ends in `，` `、` `：` or an open
    bracket): one to three lines, none a caption, a section's number, a note, a title or a page's number, then a row
    with tabs or the block's end. So does a period cut after its start's separator (`实施期限 | 2024年7月-` then
    `| 2025.6.30`, the line under it its end alone, in the value's column or in no column: `period_cut`)."""
    if i + 1 >= end or not _one_cell(lines[i + 1]):
        return None                      # (the cheap test first: no line of one cell under the row)
    fields = lines[i].rstrip("\r\n").split("\t")
    k = len(fields)
    while k > 0 and not fields[k - 1].strip():
        k -= 1
    below = lines[i + 1].rstrip("\r\n").split("\t")
    if k >= 2 and [c for c, f in enumerate(below) if f.strip()] in ([0], [k - 1]) \
            and period_cut(fields[k - 1], lines[i + 1]) and is_label(fields[k - 2].strip()):
        fields[k - 1] = fields[k - 1].strip() + lines[i + 1].strip()
        return "\t".join(fields), i + 2
    # (a dump writing the row's second line at its cells: the value's rest alone in the value's column, one line)
    in_column = "\t" in lines[i + 1] and k >= 2 and [c for c, f in enumerate(below) if f.strip()] == [k - 1]
    if "\t" in lines[i + 1] and not in_column or k < 2 or not fields[k - 1].rstrip().endswith(_GOES_ON) \
            or not is_label(fields[k - 2].strip()):
        return None
    rest = lines[i + 1].strip()
    if in_column and (_no_piece(rest) or _no_rest(rest, is_label)):
        return None                      # (an item of its own in the value's column: `（2）质量指标：…`)
    j = i + 2 if in_column else _pieces_end(lines, i, end, lambda piece: _no_rest(piece, is_label))
    if j is None or j - i > 4:
        return None
    fields[k - 1] = _with_pieces(fields[k - 1], lines, i, j)
    return "\t".join(fields), j


_ADJUST_BEFORE = lazy(r"^\s*调整前\s*(?:指标值|目标值)?\s*[:：]\s*\S")
_ADJUST_AFTER = lazy(r"^\s*调整后\s*(?:指标值|目标值)?\s*[:：]\s*\S")


def _bracket_closed_below(lines: list[str], i: int, end: int) -> tuple[str, int] | None:
    """Given the lines of a block and a row's line i, return the row with its last cell going on over the line under
    it, and the index of the line after it; None when it does not. A row's last cell leaving a bracket open
    (`| （注：全年预算数含年中追加资金，执行数为截至` under a money matrix's head) goes on on the line under it, no tab in it,
    when that line closes the bracket (`2023年12月31日实际支出数）`) and is short, no title, caption or page's number,
    followed by a row with tabs or the block's end: the note's second line (it ended the matrix, its rows lost). So
    does a last cell `调整前：…` over a line `调整后：…` (an adjustment request's value before and after)."""
    if i + 1 >= end or "\t" in lines[i + 1] or i + 2 < end and "\t" not in lines[i + 2]:
        return None
    fields = lines[i].rstrip("\r\n").split("\t")
    k = len(fields)
    while k > 0 and not fields[k - 1].strip():
        k -= 1
    if k == 0:
        return None
    piece = lines[i + 1].strip()
    if _ADJUST_BEFORE.match(fields[k - 1]) and _ADJUST_AFTER.match(piece) and "调整后" not in fields[k - 1]:
        # `| 调整前：2023年10月底前` then `调整后：2023年12月底前`: the two stages of one cell (an adjustment request's
        # 指标值), its line break written as it is (the value after was lost)
        fields[k - 1] = fields[k - 1].strip() + "\n" + piece
        return "\t".join(fields), i + 2
    if not _OPEN_BRACKET.search(fields[k - 1]):
        return None
    close = min((piece.find(c) for c in "）)" if c in piece), default=-1)
    if close < 0 or len(piece) > 60 or any(c in piece[:close] for c in "（(") or _no_piece(piece, sections=False):
        return None
    fields[k - 1] = unwrap_cell(fields[k - 1].strip() + "\n" + piece)
    return "\t".join(fields), i + 2


_LEVEL_NAME = lazy(r"^\S{0,10}(?:指标|目标)$")


def _joined_cell_goes_on(lines: list[str], i: int, end: int,
                         is_label: Callable[[str], bool] | None) -> tuple[str, int] | None:
    """Given the lines of a block and a row's line i, return the row with the one cell of it that ends on a joining
    word going on over the line without a tab under it, and the index of the line after it; None when it does not.
    A dump that drops empty cells writes a cell's second printed line alone (`产出指标|数量指标|城乡居民基本医疗保险和|
    ≥30万人` then `大病保险参保人数`; `项目名称|城乡居民基本医疗保险及|主管部门|…` then `大病保险补助项目`): it is
    that cell's rest, where one cell of the row ends on 及 / 和 / 与 / 或 (`joining_end`) and the line is short, no
    label, title, date, sign-off, section's number or page's number, followed by a row with tabs or the block's end."""
    if i + 1 >= end or "\t" in lines[i + 1]:
        return None
    fields = lines[i].rstrip("\r\n").split("\t")
    open_at = [k for k, f in enumerate(fields) if f.strip() and joining_end(f)]
    if len(open_at) != 1 or open_at[0] == 0 and len(fields) > 1 and not fields[0].strip():
        return None
    piece = lines[i + 1].strip()
    if not piece or len(piece) > 30 or _no_piece(piece) or _DATE_OR_TITLE.match(piece) or _SIGN_WORDS.search(piece) \
            or is_label is not None and is_label(piece) or is_page_furniture(piece) or _LEVEL_NAME.match(piece):
        return None                      # (`满意度指标` alone: a level's label of the next rows, no rest)
    if i + 2 < end and "\t" not in lines[i + 2]:
        return None                      # (more lines of text under it: a paragraph, not one cell's rest)
    k = open_at[0]
    fields[k] = unwrap_cell(fields[k].rstrip() + "\n" + piece)
    return "\t".join(fields), i + 2


def _warn_cut_piece(above: str, line: str, no: int, w: int, is_label: Callable[[str], bool] | None,
                    warnings: list[ParseWarning]) -> None:
    """Given the row above a line left as it is, the line, its number, the width of the table of the last complete
    row above, the parser's label test and the warnings, add an `unparsed_row` when the line reads like the rest of
    a row a line break cut that was not put back (its cells do not add up to the table's): the row above is
    narrower than its table and ends in a cell with text, the line starts with text and is narrower too, of another
    width (rows of one width are a narrower table's), and the two together have the table's fields or one more (b02
    with one trailing empty cell more in the goal's second piece only: `…合格率99.2%，` /
    `农村居民人均可支配收入增长9.1%，无规模性返贫。||||`, 10 fields where no row has more than 9, its end lost). Not where
    the rows are of any width (a dump that drops empty cells), nor under label rows only (`实施单位|…|联系电话|…` /
    `项目审批|…` over a table of 7)."""
    if w < 3:
        return
    na, nb = above.count("\t") + 1, line.count("\t") + 1
    if na < 3 or nb < 2 or na >= w or nb >= w:
        return                           # (counted before the split: a complete row above or here, the usual case)
    a, b = above.split("\t"), line.split("\t")
    if len(a) < 3 or not a[-1].strip() or not b[0].strip() or len(b) < 2:
        return
    na, nb = _row_width(a, w), _row_width(b, w)
    if na >= w or nb >= w or na == nb or not w <= na + nb - 1 <= w + 1:
        return
    first = b[0].strip()
    if _ends_in_grade(a):
        return                           # (`… | 自评等级 | 优`: a whole row, `_merge_cut_row`)
    if is_page_furniture(first) or _ROW_NO.match(first) or _AMOUNT_CELL.match(first) \
            or is_label is not None and is_label(first):
        return
    text = " ".join(f.strip() for f in b if f.strip())
    warnings.append(ParseWarning("unparsed_row", f"line {no} reads like the rest of the row above (a cell a line "
                                 f"break cut) but its cells do not add up to the table's {w}: not put back, "
                                 f"read as a row of its own: {text[:80]}", line=no))


_SEQ_NO = lazy(r"^\s*\d{1,3}\s*$")
# the end of a cell that plainly goes on (`完成人数≥` over `100 | 人`): a figure after it is its rest
_GOES_ON_CHARS = ("≥", "≤", ">", "<", "＞", "＜", "=", "＝", "（", "(", "，", ",", "、", "第", "共", "约")
# a row's number in its first cell: `8`, `三`, `（二）`, `3、`
_ROW_NO = lazy(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*[、.．]?\s*$")
_DATE_OR_TITLE = lazy(r"^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|\S{0,12}(?:19|20)\d{2}\s*年度?"
                            r"\S*(?:绩效|预算)\S*$)")
_SIGN_WORDS = lazy(r"签字|签章|盖章|负责人|经办人|填表人|审核人|联系电话")


def _shorter_than_piece(row: str, piece: str) -> bool:
    """`…\t5\t5` then `14`: a figure shorter than the line of digits after it was not cut there (a wrap fills the
    first line of a cell first): the line is a page's number, not the figure's end."""
    last, piece = row.rstrip(" \r").rsplit("\t", 1)[-1].strip(), piece.strip()
    return piece.isdigit() and last.isdigit() and len(last) < len(piece)


# a caption naming a table and its money unit (`课题经费预算（单位：万元）`, `经费预算表 单位：元`), or the unit alone
# (`单位：万元`, `（单位：万元）` under a body heading `二、县水利局` over a list's head: the three lines were glued into
# the head's 序号 cell, the list's department lost)
_CAPTION_PIECE = lazy(r"^(?:\S{2,30}?\s*[（(]?|[（(]?)\s*(?:金额|货币|资金)?单位\s*[:：]\s*"
                            rf"(?:{DECLARED_UNIT_WORDS})\s*[)）]?$")
_TITLE_PIECE = lazy(rf"(?:绩效|目标|自评|申报|评价)\S{{0,12}}表$|{_YEAR_ALONE}|^附\s*[件表]\s*\d{{0,3}}\s*[:：]?$")
# a grade's label and a grade given (`自评等级 | 优`, `评价等次 | 良好`): a whole cell, never a cut one's start
_GRADE_LABEL = lazy(r"(?:等级|等次|级别|评级|结论)[:：]?$")
# (the grade words are normalize.records.GRADE_WORDS: a list of its own here lacked 中等 / 较差 / 一般, review mend)
_GRADE_CELL = lazy(rf"^(?:{GRADE_WORDS}|[A-DＡ-Ｄ]级?)[。.]?$")


def _ends_in_grade(fields: list[str]) -> bool:
    """Does a row end in a grade given beside its label (`… | 自评等级 | 优`), or in grades alone after it (`评价等级 | 优 |
    良 | 优`, past years' grades: `年度 | 2021 | …` under them was glued to the last, `优年度`)? Its last cell is whole,
    never cut."""
    return len(fields) >= 2 and bool(_GRADE_CELL.match(fields[-1].strip())) and any(
        _GRADE_LABEL.search(fields[k].strip()) and all(_GRADE_CELL.match(f.strip()) for f in fields[k + 1:])
        for k in range(len(fields) - 1))


def _ends_in_choices(fields: list[str]) -> bool:
    """Does a row end in a list of options with their boxes, one ticked or none (`评估结论 | ☑予以支持  □部分支持  □不予支持`)?
    Its last cell is whole: the next line's label is no piece of it (`评估机构 | …` was glued to `□不予支持`, hunt fam6)."""
    last = _ZERO_CIRCLE.sub("0", fields[-1].strip()) if len(fields) >= 2 else ""
    if _ONE_TICK_OPTIONS.match(last):
        return True          # `专家组意见 | 通过√  不通过`: the tick after its option, the others bare (hunt fam9), or
        # anywhere among them (`√通过  不通过`, `通过 √ 不通过`: whichever is ticked, the list is whole, review rv23)
    return (sum(ch in _CHOICE_BOXES for ch in last) >= 2 or last.count("[") >= 2 and _BRACKET_BOXES.search(last)) \
        and bool(_CHOICE_END.search(last))


def _starts_in_choice(fields: list[str]) -> bool:
    """Does a piece start with a boxed option (`□不予支持 | 评估日期 | …`)? The options of the row above wrapped onto
    this line: a piece of that row's last cell, no row of its own (review rv14)."""
    return bool(fields) and fields[0].strip()[:1] in _CHOICE_BOXES


# (radio buttons too, `○通过  ●不通过`: that row was glued to the `合计 | 100 | 87` above it, hunt fam10)
_CHOICE_BOXES = "□☐☑☒■√✓✔▇◻◼" + RADIO_EMPTY + RADIO_MARKED
# an empty circle after a numeral is a zero, no box (`填报日期 | 二○二○年十二月三十一日`: no options, the cut row after
# it may be joined — it was refused; review md3): normalize.text.ZERO_CIRCLE, parsers/core.py `_RADIO_EMPTY`'s rule too
_ZERO_CIRCLE = lazy(ZERO_CIRCLE)
_CHOICE_END = lazy(rf"(?:[{_CHOICE_BOXES}]|\[\s*[√✓✔]?\s*\])\s*[\u4e00-\u9fff]{{2,10}}\s*$")
# `[ ]通过  [ ]不通过`: boxes written as brackets
_BRACKET_BOXES = lazy(r"^(?:\[\s*[√✓✔]?\s*\]\s*[\u4e00-\u9fff]{1,10}\s*){2,}$")
# bare options apart by spaces, one tick among them (`通过√  不通过`, `√通过  不通过`, `通过 √ 不通过`)
_ONE_TICK_OPTIONS = lazy(r"^(?=[^√✓✔]*[√✓✔][^√✓✔]*$)[√✓✔]?[\u4e00-\u9fff]{0,10}[√✓✔]?"
                         r"(?:\s+[√✓✔]?[\u4e00-\u9fff]{0,10}[√✓✔]?)+$")
_AMOUNT_CELL = lazy(r"^\s*-?\d[\d,]*(?:\.\d+)?\s*%?\s*$")
# a table's name alone on a line over its head (`资金分配表`, `项目资金测算明细表（万元）`, `分配清单`): no cell's piece;
# a table word, not any word ending in 表 (`更换智能水表`, `人大代表` are cut rows' pieces)
_TABLE_NAME_LINE = lazy(r"^[\u4e00-\u9fff]{0,14}(?:分配|明细|测算|汇总|一览|情况|统计|预算|安排|分解|计划|核算|对照|"
                              r"登记|申报|分析)表\s*(?:[（(][^()（）]{1,16}[)）])?$|^[\u4e00-\u9fff]{2,16}清单\s*"
                              r"(?:[（(][^()（）]{1,16}[)）])?$")


def _heads_beside_values(a: list[str], b: list[str]) -> bool:
    """Are two lines a table's head and a row of values, one over the other, each of two cells or more — one line's
    every cell a known column's head (the parser's words, `姓名 | 职务 | 分工`), the other's none (`张建国 | 局长 | 总负责`)?
    A head cut inside a word (`… | 三级` / `指标 | 指标值`) has a piece of no head's word: still one row; so is a head
    wrapped over two lines whose first holds heads (`序号 | 考核项目 | 考核内容 | 单项` / `分值 | 考核要求 | …`)."""
    a, b = [f.strip() for f in a if f.strip()], [f.strip() for f in b if f.strip()]
    if len(a) < 2 or len(b) < 2:
        return False
    from parsers.core import line_kind    # (here, not at the top: the parsers import the extractors)

    def head(f: str) -> bool:
        return (k := line_kind(f)) is not None and bool(k[2])
    ha, hb = [head(f) for f in a], [head(f) for f in b]
    return (all(ha) and not any(hb)) or (all(hb) and not any(ha))


def _short_label(is_label: Callable[..., bool], text: str) -> bool:
    """The parser's label test with short labels (执行率, 得分) too, when it takes them (`short=True`); False for a test
    of one text only (extract_txt's `is_label` of the type it declares). Told by its parameters, not by a TypeError
    caught around the call: one raised inside the test read as "not a label", unnoted (review rd67)."""
    return _takes_short(is_label) and bool(is_label(text, short=True))


@functools.lru_cache(maxsize=16)
def _takes_short(is_label: Callable[..., bool]) -> bool:
    """Does a label test take `short` (parsers.core's starts_a_row), by name or among its keywords?"""
    try:
        params = inspect.signature(is_label).parameters.values()
    except (TypeError, ValueError):      # (a callable of no signature Python can read: its one text only)
        return False
    return any(p.name == "short" and p.kind is not p.POSITIONAL_ONLY or p.kind is p.VAR_KEYWORD for p in params)
_DECIMAL_AMOUNT = lazy(r"^\s*-?\d[\d,]*\.\d+\s*%?\s*$")
_HAN_WORD_START = lazy(r"^[\u4e00-\u9fff]{4,}")
# a day or a month written whole in a cell, a part of the month after it too (`2024年3月上旬`): no more of it to come
_UNIT_BOUND_END = lazy(r"(?:以上|以下|以内|左右)$")   # `公里以上`: a unit and its bound
_CUT_NUMBER_END = re.compile(r"\d[,，.]?$")
_CUT_NUMBER_START = lazy(r"^[,，.]?\d")
_YEAR_START = lazy(r"^(?:19|20)\d{2}\s*[年.\-/]")


def _merge_cut_row(lines: list[str], i: int, start: int, end: int, w: int, inside: bool = False,
                   run_ok: bool = True, is_label: Callable[[str], bool] | None = None,
                   above: str | None = None, widest: int = 0, below: bool = False,
                   chain: bool = True) -> tuple[str, int] | None:
    """The row of W fields that a line break inside a cell cut, starting at line i, put back together
    (see `_join_wrapped`), and the index of the line after it; None when line i starts no such row.
    `inside`: only between a row of W fields above and one below (W is not the block's widest).
    `run_ok`: the two lines above are rows as written (not pieces of a row put back together), so that
    a run of them of one width can tell a narrower table. `is_label`: the parser's test for a field label
    (项目名称, 主管部门): a line starting with one starts a row of its own, whatever the field count says
    (`项目名称 | X` then `主管部门 | Y | 实施单位 | Z` in a dump without trailing empty cells). `above`: the row
    before line i as put together (else line i - 1 as it is). Empty cells after the W-th count for no field
    (`_row_width`), up to `widest`, the block's widest row as written: pieces that make a row wider than any are
    rows of their own (`|5、…|||市场所` over `加分项|||||`: 5 + 6 - 1 fields in a table of 6). `below`: only over a
    row of W fields (the cut head of a table of W under a table of another width), each piece of 3 fields or more
    and none after the first starting with a section's number. Between rows of W (`inside`), the row after may be
    cut too and put back to W (rows cut one after the other) when `chain` (a dump writing its empty cells)."""
    if lines[i].count("\t") + 1 >= w:
        return None                                    # (no narrower than W: `_row_width` keeps W or more)
    width = lambda ln: _row_width(ln.split("\t"), w)     # noqa: E731
    nf = width(lines[i])
    # the first row of a table (its header, under a title line) may be cut too: then a complete row must
    # follow the pieces
    prev = width(above if above is not None else lines[i - 1]) if i > start else 0
    if 1 < prev < 3:
        return None                                    # a row of two cells above: no table row is cut here
    if run_ok and nf >= 3 and i - start >= 2 and prev == nf == lines[i - 2].count("\t") + 1:
        return None                                    # the third row of its width in a run: a narrower table's own
    at_top = prev <= 1
    if at_top and nf < 2:
        return None
    if inside and prev != w:
        return None
    if is_page_furniture(lines[i].strip()):
        return None                                    # `—— 第 2 页 ——` starts no row
    parts = [lines[i].split("\t")]
    total, j = nf, i + 1
    while total < w and j < end:
        if is_page_furniture(lines[j].strip()):
            return None
        f = lines[j].split("\t")
        parts.append(f)
        total += len(f) - 1
        j += 1
    if len(parts) < 2 or not all(a[-1].strip() and b[0].strip() for a, b in zip(parts, parts[1:])):
        return None
    if nf >= 3 and prev == nf and all(len(p) == nf for p in parts):
        return None                                    # rows as wide as the row right above them (`评价内容 | 评价要点 |
        # 评价结果` and its rows of three over a 评分表 of five): a narrower table's own, each whole (two were glued
        # into one of five, review rv23)
    if total != w and (total < w or total > widest
                       or any(f.strip() for f in parts[-1][len(parts[-1]) - (total - w):])):
        return None                                    # (more fields than W: only empty ones after the W-th)
    if below and any(len(p) < 3 or k and (_NO_CELL_END.match(p[0].strip()) or _FIGURE_CELL.match(parts[k - 1][-1].strip()))
                     for k, p in enumerate(parts)):
        return None                                    # (under no row of W: `实施单位|X` / `项目期|Y`, `…|19` / `（一）资金管理|`,
        # `工程维修养护|300.00|296.00|98.67%` / `管网新建改造|…`: rows of a narrower table, a figure ending each)
    if any(_AMOUNT_CELL.match(a[-1]) and _NO_CELL_END.match(b[0].strip()) for a, b in zip(parts, parts[1:])):
        return None                                    # `三、产出|40||38` then `（一）产出数量|`: a section's row after a figure
    if is_label is not None and any(is_label(p[0]) for p in parts[1:]):
        return None                                    # a row starting with a field label is a row of its own
    if any(_ends_in_grade(a) or _ends_in_choices(a) and len(b) >= 2 and not _starts_in_choice(b)
           or len(b) == 2 and _ends_in_choices(b) and not _starts_in_choice(b)
           and (_AMOUNT_CELL.match(a[-1]) or _GRADE_LABEL.search(b[0].strip()))
           for a, b in zip(parts, parts[1:])):
        return None                                    # `自评总分 | 93.7 | 自评等级 | 优` then `综合评价结论 | …`: a grade
        # given beside its label is whole, no cut cell (the next row's label was glued to it, `优综合评价结论`)
        # — and a label beside its boxed options after a figure or as a conclusion's (`合计 | 100 | 74` then `评估结论 |
        # □予以支持 ☑部分支持 □不予支持`) a row of its own (it was glued to the 74, the score lost; hunt fam7)
    if is_label is not None and any(_heads_beside_values(a, b) for a, b in zip(parts, parts[1:])):
        return None                                    # `姓名 | 职务 | 分工` then `张建国 | 局长 | 总负责` under the
        # indicators: a table's head is a row of its own, not glued to a row of values (`分工张建国`, hunt ly16)
    if any(_SIGN_LABEL.match(p[0].strip()) for p in parts[1:]):
        return None                                    # so is a signature line (`审核人: 王丽 | 填表人:赵刚 | …` under
        # a seal's lines, `天水市秦州` / `区财政局`: no pieces of its first cell)
    if is_label is not None and any(_AMOUNT_CELL.match(a[-1]) and _short_label(is_label, b[0])
                                    for a, b in zip(parts, parts[1:])):
        return None                                    # `…执行数 | 2548` then `执行率 | 98%`: an amount is not cut there
    if any(_DECIMAL_AMOUNT.match(a[-1]) and len(b) >= 2 and b[1].strip() and _HAN_WORD_START.match(b[0].strip())
           and not _UNIT_WORD.match(_UNIT_BOUND_END.sub("", b[0].strip())) for a, b in zip(parts, parts[1:])):
        return None                                    # `| 3,560.00 | 3,460.00 | 100.00` then `年度履职目标 | 目标1：…`:
        # an amount written with its decimals is whole, a word of four or more after it a label of its own row (they
        # were glued, `100.00年度履职目标`, the goals an unparsed_row; hunt fam10) — not its unit, `12.5` / `万平方米 | …`
        # (the value's rest: it was an indicator of its own, review rv28)
    if any(STEP_TIME_CELL.match(a[-1]) and len(b) >= 2 and b[1].strip() and _HAN_WORD_START.match(b[0].strip())
           for a, b in zip(parts, parts[1:])):
        return None                                    # `项目启动 | 2024年3月1日` then `资金拨付 | 2024年6月`: a day or a
        # month written whole ends its cell, a word of four or more after it a label of its own row (a schedule's
        # rows under a form were glued into one row of its indicator table's width, hunt ti14)
    if sum(1 for p in parts if len(p) == 1) > 4:
        return None                                    # paragraphs of prose above a table, not a cell's lines
    if sum(1 for p in parts[:-1] if len(p) == 1 and _SOURCE_NAME_LINE.match(p[0].strip())) >= 2:
        return None                                    # `市级资金` / `省级资金` / `中央资金` over the next table's head: a
        # money block's sources of no amount, a row each (they were glued to its first cell, hunt mn11)
    if any(len(p) == 1 and _TITLE_PIECE.search(p[0].strip()) for p in parts):
        return None                                    # a form's title, its year or `附件1` on a line: no cell's piece
    if len(parts[0]) == 1 and len(parts) > 2 and _TABLE_NAME_LINE.match(parts[0][0].strip()) \
            and not any(ch.isdigit() for ch in "".join(parts[1])):
        return None                                    # `资金分配表` over its head `乡镇 | 分配金额（万元）` and rows, right
        # under the indicators (no blank line between): a table's caption, no piece of a cut row (the three lines were
        # glued to an indicator `资金分配表乡镇`)
    if any(len(p) == 1 and _CAPTION_PIECE.search(p[0].strip()) for p in parts[1:-1]):
        return None                                    # `课题经费预算（单位：万元）` between `项目总预算（万元）| 45` and the
        # `科目 | 预算数` under it: a table's caption on a line of its own, no cell's piece (the rows around it were
        # glued into one: a total of 40.0 named `预算数直接费用`)
    if all(_SEQ_NO.match(p[0]) for p in parts) and \
            all(int(b[0]) == int(a[0]) + 1 for a, b in zip(parts, parts[1:])):
        return None                                    # rows numbered 1, 2, 3 of a narrower table
    if _ROW_NO.match(parts[0][0]) and any(_ROW_NO.match(b[0]) and not _CUT_NUMBER_END.search(a[-1].rstrip())
                                          and not a[-1].rstrip().endswith(_GOES_ON_CHARS)
                                          for a, b in zip(parts, parts[1:])):
        return None                                    # `三 | 扣分项（最多扣10分）` then `8 | 发生…||| 各所`, `9 | …||| 办公室`
        # then `四 | 加分项`: a numbered row, then the next one numbered in the same first column (rows short of fields,
        # their cells merged across), no cell cut
    if len(parts) >= 3 and all(len(p) == 2 for p in parts):
        return None                                    # label | value rows one after another, not one row cut twice
    if len(parts) >= 3 and len(parts[0]) == 1 and all(len(p) == 2 for p in parts[1:]) \
            and not any(ch.isdigit() for ch in "".join(parts[1])) and all(_AMOUNT_CELL.match(p[1]) for p in parts[2:]):
        return None                                    # `资金安排明细` over `单位 | 金额（万元）` and rows each ending in a
        # figure (`某县民政局 | 100`), under the indicators: a caption over a table of two columns, no cut row (the
        # lines were glued into an indicator `200某县民政局`, the lines lost; review of session 58) — `效益` / `指标 |
        # 社会效益` / `指标 | 城区易涝点排` is one cut row
    if nf == 1 and len(parts) == 2 and _row_width(parts[1], w) == w and not parts[1][0].lstrip().startswith(_OPENING):
        return None                                    # a caption line above a complete row
    # above the table's first full row, only its cut header, or a cell cut inside a number (`1,2` / `00.00`)
    before_table = not any(width(ln) == w for ln in lines[start:i] if "\t" in ln) and not all(
        _CUT_NUMBER_END.search(a[-1].rstrip()) and _CUT_NUMBER_START.match(b[0].lstrip())
        for a, b in zip(parts, parts[1:]))
    if (at_top or below) and j >= end:
        return None
    fields = parts[0]
    for nxt in parts[1:]:
        # (options wrapped onto the next line, `☑予以支持 □部分支持` then `□不予支持`: one list, a space between them)
        head = fields[-1].rstrip() + " " if _ends_in_choices(["", fields[-1]]) and _starts_in_choice(nxt) \
            else fields[-1] + "\n"
        fields = fields[:-1] + [unwrap_cell(head + nxt[0])] + nxt[1:]
    if (inside or below or at_top or before_table) and j < end and width(lines[j]) != w and not (
            chain and inside and not at_top and not before_table
            and _merge_cut_row(lines, j, start, end, w, True, False, is_label, "\t".join(fields), widest)) and not (
            inside and not at_top and not before_table and is_label is not None and width(lines[j]) > w
            and is_label(lines[j].split("\t")[0]) and not parts[0][0].strip() and len(parts) == 2):
        # (between rows of W, over a wider table's head starting with its label (`绩效指标 | 一级指标 | …` of 9 under
        # a goal row of 8 cut by its cell's line break: the 财政部 2020 自评表), the row is put back too)
        return None
    # the row's last cell may go on too: a line without tabs before the next row
    while (j < end and "\t" not in lines[j] and fields[-1].strip()
           and not fields[-1].rstrip().endswith(("。", "；", ";", ".")) and j + 1 < end and "\t" in lines[j + 1]
           and not is_page_furniture(lines[j].strip()) and not _SEQ_NO.match(lines[j].strip())):
        # (not a page's number between this row and the next page's: `- 2 -`, `第 2 页`, `2`)
        fields[-1] = unwrap_cell(fields[-1] + "\n" + lines[j].strip())
        j += 1
    return "\t".join(fields), j


def _build_horizontal(lines: list[str], is_label: Callable[[str], bool] | None = None,
                      numbers: list[int] | None = None, whole: bool = False,
                      warnings: list[ParseWarning] | None = None) -> tuple[list[Grid], list[TextLine]]:
    """Given a dump's lines, return its grids and text lines; `numbers`: each line's own number where lines were
    put together before (else their place); `whole`: the lines are whole rows already (put back from bars), none
    the cut piece of another; `warnings`: where to say that a row a line break cut could not be put back."""
    grids: list[Grid] = []
    texts: list[TextLine] = []
    cells: list[Cell] = []
    n_rows = n_cols = 0
    first_line = 0
    breaks: set[int] = set()
    gap = False

    blanks: set[int] = set()               # rows whose lines hold an empty field (a dump that drops them: packed rows)

    def close() -> None:
        nonlocal cells, n_rows, n_cols, breaks, blanks
        if n_rows:
            grids.append(Grid(cells, n_rows, n_cols, "txt", order=float(first_line), page_breaks=frozenset(breaks),
                              blank_rows=frozenset(blanks)))
        if held:
            # (the grid's last line, under which its held notes are read: looked for only when there are any, most
            # grids have none — it was asked of every cell of every grid)
            last = max((c.line for c in cells if c.line is not None), default=0)
            texts.extend(TextLine(t, line=no, order=last + 0.5 + k * 1e-3) for k, (no, t) in enumerate(held))
        cells, n_rows, n_cols, breaks, blanks = [], 0, 0, set(), set()
        seen.clear()
        seen_rows.clear()
        held.clear()

    seen: set[tuple[str, ...]] = set()     # the open grid's rows' texts (a head printed again past a page break)
    # (the open grid's rows, their texts put in `seen` only when a line inside the grid asks, `_head_again`: most
    # grids have none)
    seen_rows: list[list[Cell]] = []

    def seen_texts() -> set[tuple[str, ...]]:
        for r in seen_rows:
            seen.add(tuple([c.text.strip() for c in r]))
        seen_rows.clear()
        return seen

    held: list[tuple[int, str]] = []         # notes at a page's top inside the open grid, read after it
    heads: set[int] = set()                  # text lines that may be a running header's first print (`_page_header`)
    gone: list[TextLine] = []                # those dropped (a later page's print of one is the header still)
    items = _join_seal_lines(_join_cut_labels(list(enumerate(lines, 1) if whole else _join_wrapped(lines, is_label,
                                                                                                     warnings)), is_label))
    tops = _page_tops(items)
    for at, (no, ln) in enumerate(items):
        if numbers is not None:
            no = numbers[no - 1]
        if n_rows and "\t" not in ln and ln.strip() and _running_head(ln, texts + gone if gone else texts, items, at, n_cols,
                                                                     is_label, seen_texts):
            gap = True                          # (the table goes on past a page's foot and the next one's head:
            # furniture, no text of the form; so is its first print over a paper's head, `_page_header`)
            gone.extend(x for x in texts if id(x) in heads and _same_line(x.text, ln))
            texts[:] = [x for x in texts if not any(x is y for y in gone)]
            continue
        if n_rows and "\t" not in ln and _page_top_note(ln, items, at, n_cols, is_label, seen_texts):
            # (`注：带*的指标为核心指标。` at the top of a page the table goes on across: the table's note, read under
            # its last row as a note at its foot is; it ended the table, the next page's rows read as no table's)
            held.append((no, ln.strip(" \u3000\f")))
            gap = True
            continue
        if "\t" in ln:
            fields = ln.split("\t")
            if ("-" in ln or "—" in ln) and _is_separator(fields):
                gap = True
                continue
            if not n_rows:
                first_line = no
            elif gap:
                breaks.add(n_rows)
            # (a field empty or blank, `f.isspace()` asked of all in one C pass, is no cell)
            row = [Cell(n_rows, k, f, 1, 1, None, no) for k, (f, blank) in enumerate(zip(fields, map(str.isspace, fields)))
                   if f and not blank]
            seen_rows.append(row)
            if len(row) < len(fields):
                blanks.add(n_rows)                # (a field empty or blank)
            cells.extend(row)
            if len(fields) > n_cols:
                n_cols = len(fields)
            n_rows += 1
            gap = False
        elif not ln.strip():
            gap = True
        else:
            close()
            gap = False
            texts.append(TextLine(ln, line=no, order=float(no)))
            if tops[at] and _page_header(items, at):
                heads.add(id(texts[-1]))
    close()
    if is_label is not None:
        for g in grids:
            _merge_repeats(g, is_label)
    return grids, texts


def _same_line(a: str, b: str) -> bool:
    return a.strip(" \u3000\f") == b.strip(" \u3000\f")


# a line naming a year or a form (`洞口县2024年项目支出绩效目标表汇编`): a heading of its forms when printed over each page;
# or a field (`填报单位：洞口县教育局` as a page's header: the form's unit)
_HEAD_OF_FORMS = lazy(r"\d|表|汇编|目录|[:：]")


def _page_tops(items: list[tuple[int, str]]) -> list[bool]:
    """For each of a dump's (line number, line) items: is it at the top of its page — no line with text before it
    since the dump's start or the last form feed (on a line of its own, `\\f`, or at the head of this one)? One pass:
    `_page_header` asked this of every text line by scanning all lines before it, quadratic in a long dump (30,000
    lines 4.4 s against 0.4 s), and missed a page top under a form feed alone on its line (review rd, mend md5)."""
    out: list[bool] = []
    top = True
    for _, x in items:
        if "\f" in x:
            top = True
            bare = x.split("\f")[-1].strip(" \u3000")
            out.append(True)
            if bare:
                top = False
            continue
        out.append(top)
        if x.strip(" \u3000"):
            top = False
    return out


def _page_header(items: list[tuple[int, str]], at: int) -> bool:
    """Could `items[at]`, a text line, be a running header's first print: at the top of its page (the dump's first
    line, or a form feed before it), no year or form named in it (a body's name, `洞口县财政局`), over two lines of
    the paper's own head or more before any row (a letterhead, its number, the title)? If the same line is printed again
    at a later page's top inside the form's table (`_running_head` drops that one), both are the page's furniture, not
    the paper's: it was read as a co-issuer of the letterhead under it (hunt ti9's leftover, hunt ti10). A header right
    over the title stays (`洞口县教育局2024年项目支出绩效目标表汇编`: a heading naming its forms' department)."""
    ln = items[at][1]
    if _HEAD_OF_FORMS.search(ln) or is_page_furniture(ln.strip(" \u3000\f")):
        return False
    under = [x for _, x in items[at + 1:at + 6] if x.strip(" \u3000\f")][:2]
    return len(under) == 2 and all("\t" not in x for x in under)


_OFFICE_END = lazy(r"(?:局|人民政府|政府|委员会|办公室|办事处|中心|厅|委)$")


# the rest of a label a line break cut, at the next line's start before its colon and value (`分：93分`, `称：…`):
# _LABEL_REST's piece (`位（章）`), not any four characters but a colon's (its digits and Latin no label's, review rd66)
_CUT_LABEL_REST = lazy(rf"^\s*({_PIECE_CHARS}{{1,4}})\s*[:：]\s*\S")


def _join_cut_labels(items: list[tuple[int, str]], is_label: Callable[[str], bool] | None) -> list[tuple[int, str]]:
    """Given a dump's (line number, line) items, return them with a field's label a line break cut put back on the line
    of its value: a short line of one cell, no label and no colon (`专家组评`), right over a line opening with the
    label's rest, its colon and value (`分：93分`), the two pieces a label together (`专家组评分`) and the rest none by
    itself: one line, `专家组评分：93分` (the first was a line of no meaning, the second no label's: the experts' score
    lost; hunt s65 sc8)."""
    if is_label is None:
        return items
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(items):
        no, ln = items[k]
        a = ln.strip()
        if k + 1 < len(items) and items[k + 1][0] == no + 1 and "\t" not in ln and "\t" not in items[k + 1][1] \
                and 2 <= len(a) <= 12 and not re.search(r"[:：，,]", a) and not a.endswith(_SENTENCE_CLOSED) \
                and (m := _CUT_LABEL_REST.match(items[k + 1][1])) is not None \
                and is_label(a + m.group(1)) and not is_label(a) and not is_label(m.group(1)):
            out.append((no, a + items[k + 1][1].strip()))
            k += 2
            continue
        out.append(items[k])
        k += 1
    return out


def _join_seal_lines(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Given a dump's (line number, line) items, return them with a seal's text put back on one line: short lines of
    one cell right above a signature line (`天水市秦州` / `区财政局` over `审核人: 王丽 …`, a round seal OCR'd line by line)
    that make an office's name together (it was read as an indicator, `天水市秦州`)."""
    out: list[tuple[int, str]] = []
    n = len(items)
    k = 0
    while k < n:
        j = k
        # (a line of one short cell: 1 to 10 characters once stripped, no tab; a tab row, most lines, is passed at once)
        while j < n and "\t" not in items[j][1] and 0 < len(items[j][1].strip()) <= 10:
            j += 1
        if j == k:
            # (line k no short line: the tab rows after it none either — a dump's table, most of its lines — all go out
            # as they are at once; the loop below gave them one by one, asking len(items) and each line again)
            j = k + 1
            while j < n and "\t" in items[j][1]:
                j += 1
            out.extend(items[k:j])
            k = j
            continue
        if j - k < 2:
            # (one short line, then no short line (or the end): no seal's text, both as they are)
            out.extend(items[k:j + 1])
            k = j + 1
            continue
        # (a run of two short lines or more, k to j: a seal only whole. Every start in the run ends at the same j, so
        # under a line j with no signature's label none is a seal; and a later start's text is an end of this one's,
        # so when this one does not end with an office's word (`…局`) none does. The run goes out at once, its
        # line j after it as the loop's next line: a start a line, each joining the rest again, made a run of L
        # short lines cost L², 10,000 lines 74 s, review rd finding 4)
        if j < n and _SIGN_LABEL.match(items[j][1].strip()):
            text = "".join(x.strip() for _, x in items[k:j])
            if _OFFICE_END.search(text):
                out.append((items[k][0], text))
                k = j
                continue
        out.extend(items[k:j])
        k = j
    return out


def _running_head(ln: str, texts: list[TextLine], items: list[tuple[int, str]], at: int, n_cols: int,
                  is_label: Callable[[str], bool] | None,
                  seen: Callable[[], set[tuple[str, ...]]] = frozenset) -> bool:
    """Given a text line inside a table (`items[at]`, a grid of `n_cols` columns open), return True when it is the
    furniture of a page break the table goes on across: a page number (`- 1 -`) or the form's title repeated at the
    next page's top (a running head, `\\f重庆市渝北区2019年度项目支出绩效自评表` when the title was read before), with
    the table's rows going on after it (the next line a row, not a header's or a label's: `满意度指标 | 服务对象满意度
    指标 | 农户满意度 …` under a page whose table head is not repeated, or the table's head printed again: a row of
    the open grid as it was, `seen()`). Such a line does not end the table. So is a title the pages above lack
    (`城区供水管网改造工程绩效目标申报表` heading page 2 on) when the row under it starts inside the table (its first cell
    empty: a row under a merged 一级指标); a new form's first row starts with its own label."""
    t = ln.strip().strip("\f").strip()
    if not is_page_furniture(t):
        before = next((x for _, x in reversed(items[:at]) if x.strip()), "")
        if not (("\f" in ln or is_page_furniture(before.strip()))
                and (any(x.text.strip() == t for x in texts) or _TITLE_LINE.search(t) and _row_inside_next(items, at))):
            return False
    for k, (_, nxt) in enumerate(items[at + 1:], at + 1):
        if not nxt.strip():
            continue
        if "\t" not in nxt:
            t = nxt.strip().strip("\f").strip()
            if is_page_furniture(t) or any(x.text.strip() == t for x in texts) or _NOTE_LINE.match(t) \
                    or _TITLE_LINE.search(t) and _row_inside_next(items, k):
                continue                        # (a page number, then the title: both the break's; a note at the
                # page's top, `_page_top_note`)
            return False
        fields = [f for f in nxt.split("\t") if f.strip()]
        if _head_again(fields, seen):
            return True
        return bool(fields) and len(nxt.split("\t")) <= n_cols + 1 and not _ENDS_COLUMNS.search(fields[0]) \
            and not (is_label is not None and is_label(fields[0]))
    return False


def _row_inside_next(items: list[tuple[int, str]], at: int) -> bool:
    """Is the first line with text after `items[at]` a row of cells (tabs) whose first cell is empty?"""
    nxt = next((x for _, x in items[at + 1:] if x.strip()), "")
    return "\t" in nxt and not nxt.split("\t")[0].strip()


def _head_again(fields: list[str], seen: Callable[[], set[tuple[str, ...]]]) -> bool:
    """Are a line's `fields` a table's head printed again, as a row of the open grid (`seen()`, its rows' texts, asked
    only here) was: three heads or more, no `label：value` among them (`单位名称：… | 单位：万元` over each of two forms is
    the next form's)?"""
    return len(fields) >= 3 and not any(":" in f or "：" in f for f in fields) \
        and tuple(f.strip() for f in fields) in seen()


# a note's line (`注：…`, `说明：…`, `备注：…`)
_NOTE_LINE = lazy(r"^\s*[(（]?\s*(?:注|备注|说明|附注)\s*[)）]?\s*(?:\d{1,2}|[①-⑳])?\s*[:：]\s*\S")


def _page_top_note(ln: str, items: list[tuple[int, str]], at: int, n_cols: int,
                   is_label: Callable[[str], bool] | None, seen: Callable[[], set[tuple[str, ...]]]) -> bool:
    """Is `items[at]`, a text line inside a table (a grid of `n_cols` columns open), a note (`注：…`) printed at the
    top of a page the table goes on across? Its page's top: a form feed starts it (or a blank line before it) or a
    page's number is the line before it; the table going on: the next line a row of it, as `_running_head` asks (or
    its head printed again). A note at the table's foot, the rows of another table after it, is none."""
    t = ln.strip(" \u3000\f")
    if not _NOTE_LINE.match(t):
        return False
    page = "\f" in ln
    for _, x in reversed(items[:at]):
        if x.strip(" \u3000\f"):
            page = page or is_page_furniture(x.strip(" \u3000\f"))
            break
        page = page or "\f" in x
    if not page:
        return False
    for _, nxt in items[at + 1:]:
        u = nxt.strip(" \u3000\f")
        if not u or "\t" not in nxt and is_page_furniture(u):
            continue
        if "\t" not in nxt:
            return False
        fields = [f for f in nxt.split("\t") if f.strip()]
        if _head_again(fields, seen):
            return True
        return len(fields) >= 2 and len(nxt.split("\t")) <= n_cols + 1 and not _ENDS_COLUMNS.search(fields[0]) \
            and not (is_label is not None and is_label(fields[0]))
    return False


_TOTAL_WORD = lazy(r"^\s*(?:总分|总计|合计|得分合计|总得分|综合得分|自评得分|评价得分|自评总分)\s*$")
_WORDY = lazy(r"[\u4e00-\u9fffA-Za-z]")      # a text with words (no dash, no placeholder, no number)


def _merge_repeats(g: Grid, is_label: Callable[[str], bool]) -> None:
    """A table exported with each merged cell's text written in every cell it covers (`项目资金（元） | 项目资金（元） |
    中期资金总额 | 年度资金总额 | 年度资金总额`, as some Word and web exports do): in a grid where at least two rows
    repeat a label (the parser's: 项目资金, 中长期目标) in the next cell, each run of one text in adjacent cells
    is one cell spanning them, as the merged cell was, and a first-column label under itself is merged down
    (the repeats were read as cells of their own: a label beside itself, a head twice). Only texts that are
    no number: `35,000 | 35,000` are two amounts."""
    seen = longest = run = 0
    bare = list(map(str.strip, map(TEXT_OF, g.cells)))    # (each cell's text stripped once, in one C pass)
    for k, (a, b) in enumerate(zip(g.cells, g.cells[1:])):    # (cells in reading order: a repeat is a pair side by side)
        same = b.row == a.row and b.col == a.col + 1 and bare[k + 1] == bare[k]
        if same and is_label(a.text):
            seen += 1
        run = run + 1 if same and _WORDY.search(a.text) and not _AMOUNT_CELL.match(a.text) else 0
        if run >= longest:
            longest = run + 1
    # a text three times or more side by side (`总分 ×6 | 100 | 93.26`, `自评等级 | 优 ×8`): a merged cell, even in a grid
    # where no two rows repeat a label; only such runs are merged then (`达到预期 | 达到预期` stays a target and its
    # actual value)
    min_run = 2 if seen >= 2 else 3
    if seen < 2 and longest < 3:
        return
    by_row: dict[int, list[Cell]] = {}
    for c in g.cells:
        by_row.setdefault(c.row, []).append(c)
    # (where no two rows repeat a label, a run is a merged cell only when it is a row's label at the grid's left edge,
    # `总分 ×6` over the level columns; `稳步提升` as a target, its progress and its forecast are three cells, and
    # `某县教育局` as a flat export's 主管部门, 预算单位 and 实施单位 three too)
    left = min(c.col for c in g.cells)

    def runs(row: list[Cell], cuts: set[int], spans: dict[int, int]) -> list[list[Cell]]:
        out: list[list[Cell]] = []
        for c in sorted(row, key=lambda x: x.col):
            if out and out[-1][-1].col + out[-1][-1].colspan == c.col and out[-1][-1].text.strip() == c.text.strip() \
                    and c.col not in cuts and (not _AMOUNT_CELL.match(c.text) and _WORDY.search(c.text)
                                               or spans.get(out[-1][0].col, -1) >= c.col):
                # (an amount or a dash repeated only under a cell merged over the same columns in the row above:
                # `得分 ×2` over `9.59 | 9.59`)
                out[-1].append(c)
            else:
                out.append([c])
        # (a run shorter than min_run, or of one character shorter than three, is cells of their own, unless it
        # fills a merged cell's columns above)
        return [part for rn in out for part in (
            [rn] if len(rn) >= max(min_run, 3 if len(rn[0].text.strip()) < 2 else 2)
            and (min_run == 2 or rn[0].col == left and (_TOTAL_WORD.match(rn[0].text) or is_label(rn[0].text)))
            or len(rn) > 1 and spans.get(rn[0].col) == rn[-1].col else [[c] for c in rn])]
    rows: dict[int, list[list[Cell]]] = {}
    cuts: set[int] = set()
    spans: dict[int, int] = {}                 # the row above's merged cells: first column -> last
    for r in sorted(by_row):
        rows[r] = runs(by_row[r], cuts, spans)
        spans = {run[0].col: run[-1].col for run in rows[r] if len(run) > 1}
        # under a row of merged heads (`中长期目标 ×2 | 年度目标 ×2`), a text repeated across both is two texts
        cuts = {run[0].col for run in rows[r]} if any(len(run) > 1 and _WORDY.search(run[0].text)
                                                      for run in rows[r]) else set()
    if sum(1 for rs in rows.values() if any(len(run) > 1 and is_label(run[0].text) for run in rs)) < 2 \
            and not any(len(run) >= 3 for rs in rows.values() for run in rs):
        return
    keep: list[Cell] = []
    above: Cell | None = None                   # the first column's cell of the row before
    for r in sorted(rows):
        head = None
        for run in rows[r]:
            first = run[0]
            if len(run) > 1:
                first.colspan = run[-1].col + run[-1].colspan - first.col
            if first.col == left and above is not None and above.row + above.rowspan == r \
                    and above.text.strip() == first.text.strip() \
                    and not _AMOUNT_CELL.match(first.text) and len(rows[r]) > 1:
                above.rowspan += 1               # `项目资金（元）` again under itself: the label merged down
                head = above
                continue
            if first.col == left:
                head = first
            keep.append(first)
        above = head
    g.cells = keep


def _build_vertical(lines: list[str]) -> tuple[list[Grid], list[TextLine]]:
    grids: list[Grid] = []
    texts: list[TextLine] = []
    groups: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for no, ln in enumerate(lines, 1):
        if ln.strip() or "\t" in ln:     # a bare `\t` is an empty cell
            cur.append((no, ln))
            continue
        if cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)

    cells: list[Cell] = []
    n_rows = n_cols = 0
    first_line = 0

    def close() -> None:
        nonlocal cells, n_rows, n_cols
        if n_rows:
            grids.append(Grid(cells, n_rows, n_cols, "txt", order=float(first_line)))
        cells, n_rows, n_cols = [], 0, 0

    for group in groups:
        if not any("\t" in ln for _, ln in group):
            close()
            texts.extend(TextLine(ln, line=no, order=float(no)) for no, ln in group)
            continue
        row: list[tuple[int, str]] = []   # (line, text) per cell
        lead: list[tuple[int, str]] = []
        for no, ln in group:
            if "\t" in ln:
                parts = ln.split("\t")
                if parts[0].strip() and not row:
                    lead.append((no, parts[0]))
                row.extend((no, p) for p in parts[1:])
            elif row:
                pno, ptxt = row[-1]
                row[-1] = (pno, ptxt + "\n" + ln)
            else:
                lead.append((no, ln))
        if lead and not row:
            close()
            texts.extend(TextLine(t, line=no, order=float(no)) for no, t in lead)
            continue
        texts.extend(TextLine(t, line=no, order=float(no)) for no, t in lead)
        if not n_rows:
            first_line = row[0][0]
        for k, (no, t) in enumerate(row):
            if t.strip():
                cells.append(Cell(n_rows, k, t, line=no))
        n_cols = max(n_cols, len(row))
        n_rows += 1
    close()
    return grids, texts


def _html_page(text: str) -> bytes:
    """Markdown (or text) holding raw HTML tables as one HTML page: each line outside the tables a
    paragraph of its own (headings' `#` and bold `**` removed), the tables as they are."""
    import html as _html
    out = ['<meta charset="utf-8">']
    depth = 0
    for ln in text.splitlines():
        opened, closed = len(_TABLE_OPEN.findall(ln)), len(_TABLE_CLOSE.findall(ln))
        if depth == 0 and not opened and ln.strip():
            t = _MD_LINE_HEADING.sub("", _MD_QUOTE.sub("", ln)).strip()
            t = t[2:-2] if t.startswith("**") and t.endswith("**") and len(t) > 4 else t
            out.append(f"<p>{_html.escape(t)}</p>")
        else:
            out.append(ln)
        depth = max(0, depth + opened - closed)
    return "\n".join(out).encode("utf-8")


_TABLE_OPEN = lazy(r"<table\b", re.IGNORECASE)
_TABLE_CLOSE = lazy(r"</table\s*>", re.IGNORECASE)
_MD_LINE_HEADING = lazy(r"^[ ]{0,3}#{1,6}[ ]+")
_HTML_TABLE = lazy(r"<table\b[^>]*>\s*(?:<[^>]+>\s*)*<tr\b", re.IGNORECASE)


# a web page copied as text keeps its spaces' entities: `&nbsp;` (`&#160;`) for an empty merged cell (`&nbsp; &nbsp;
# 困难群众资助参保人数 约1.1万人`: the row's first two cells empty), for a cell of its own line (one cell per line) or
# between a label and its value (`年度资金总额：&nbsp;3,560.00`). They are the spaces they stand for (U+00A0), so a
# row is split, and a placeholder line is empty, as with the page's own spaces; other entities are left to the
# parser (`&lt;=15个工作日` is folded there)
_SPACE_CHARS = {"&#12288;": "\u3000", "&#x3000;": "\u3000"}


def _space_entities(text: str) -> str:
    """Given a text dump, return it with the entities of spaces (`&nbsp;`, `&#160;`, `&ensp;` …) as the spaces
    (U+00A0; an ideographic space `&#12288;` as U+3000)."""
    if "&" not in text:
        return text
    return SPACE_ENTITY.sub(lambda m: _SPACE_CHARS.get(m.group(0).lower(), "\xa0"), text)


def _zero_widths_dropped(text: str) -> str:
    """A text with its invisible characters dropped (`乡村学校\\u200b少年宫`, `≥12\\u200b所`: a web page's or a
    converter's invisible breaks inside a cell, kept in a target's raw text; hunt ly19): normalize.text's INVISIBLE,
    the set clean_text drops (soft hyphens and bidi marks too; review rv144); a cheap test first (a `in` a character:
    the regex's scan of a whole dump costs some 5% of its reading)."""
    if not any(ch in text for ch in INVISIBLE_CHARS):
        return text
    return INVISIBLE.sub("", text)


def extract_txt(data: bytes, doc_id: str, path: str | None = None,
                is_label: Callable[[str], bool] | None = None, classify: Classify | None = None) -> Extracted:
    """Given the bytes of a text dump, return its grids and text lines (page None, 1-based lines).

    A text holding raw HTML tables (Markdown from pandoc, which writes tables with merged cells so, or
    an HTML page saved as .txt) is read as one HTML page (format `html`, warning `html_in_text`)."""
    text, encoding, warnings = decode_text(data)
    if _HTML_TABLE.search(text[:1 << 20]):
        from extract import office
        ex = office.extract_html(_html_page(text), doc_id, path)
        ex.warnings[:0] = warnings + [ParseWarning("html_in_text", "the text holds HTML tables: read as HTML")]
        ex.encoding = encoding
        return ex
    text = mend_split_glyphs(strip_inline_pinyin(_space_entities(_zero_widths_dropped(text))))
    records = _quoted_records(text) if '"' in text and "\t" in text else None
    if records is not None:
        # a sheet saved as tab-separated text by Excel ("Unicode 文本", "文本文件(制表符分隔)") or LibreOffice: a cell
        # holding a line break, a quote (or a comma) is quoted, so one row may span lines: read record by record
        rows = ["\t".join(f.replace("\n", "\u2028") for f in rec) for _, rec in records]
        grids, texts = _build_horizontal(rows, is_label, numbers=[no for no, _ in records], whole=True,
                                         warnings=warnings)
        _line_breaks_back(grids, texts)
        return Extracted(doc_id=doc_id, format="txt", pages=None, grids=grids, lines=texts,
                         warnings=warnings, encoding=encoding, path=path)
    lines = split_lines(text)
    n_said = len(warnings)
    try:
        grids, texts = build_grids(lines, warnings, is_label, classify)
    except Exception:
        # (a bug met by one part of the dump: its forms' blocks read one by one, a block that raises left out — it
        # failed the whole file: hunt rb2; strict, or a dump of one block, raised. The failed whole pass's own
        # warnings go: one of them may name a line of the block then left out — read-only review rd70)
        from normalize.text import strict_on
        if strict_on():
            raise
        said = warnings[n_said:]
        del warnings[n_said:]
        if (got := _built_by_blocks(lines, warnings, is_label, classify)) is None:
            warnings[n_said:] = said
            raise
        grids, texts = got
    if '"' in text and _EXCEL_QUOTE_OPEN.search(text, 0, 1 << 20):      # (the search is slow: no quote, no need)
        _unquote_cells(grids)
    return Extracted(doc_id=doc_id, format="txt", pages=None, grids=grids, lines=texts,
                     warnings=warnings, encoding=encoding, path=path)


# a form's title line (`2025年度项目支出绩效目标申报表`, `项目支出绩效目标表（2025年度）`, not a continuation's
# `…表（续）`): where a dump's next form begins, after a blank line or alone on its line
_BLOCK_TITLE = lazy(r"绩效.{0,20}表(?:\s*[（(](?!续)[^（()）\t]{1,12}[）)])?\s*$")


def _built_by_blocks(lines: list[str], warnings: list[ParseWarning], is_label, classify) \
        -> tuple[list[Grid], list[TextLine]] | None:
    """build_grids of a dump's LINES block by block (a block from a form's title line after a blank line, or alone
    on its line under another form's rows, to the next one's; each read with the lines before it blank, so its lines
    keep their numbers), when reading them whole raised: a block whose reading raises left out with one
    `internal_error` warning naming its lines and the error, the other blocks read. None when the dump is one block
    or no block could be read (nothing to keep apart). (A title after the year in brackets, or forms stacked with no
    blank line between them as a sheet's dump writes them, made one block: the whole dump failed — review rv155.)"""
    starts = [0] + [k for k in range(1, len(lines)) if "绩效" in lines[k] and _BLOCK_TITLE.search(lines[k])
                    and (not lines[k - 1].strip() or "\t" not in lines[k].strip()
                         and not ("绩效" in lines[k - 1] and _BLOCK_TITLE.search(lines[k - 1])))]
    if len(starts) < 2:
        return None
    grids: list[Grid] = []
    texts: list[TextLine] = []
    said = {(w.code, w.message) for w in warnings}
    n_said, read = len(warnings), 0
    for a, b in zip(starts, [*starts[1:], len(lines)]):
        own: list[ParseWarning] = []
        try:
            got = build_grids([""] * a + lines[a:b], own, is_label, classify)
        except Exception as e:
            from normalize.text import strict_on
            if strict_on():
                raise
            last = max((k for k in range(a, b) if lines[k].strip()), default=a)
            first = " ".join(lines[a].split())[:40]
            warnings.append(unit_error_warning(f"lines {a + 1}-{last + 1} (`{first}`)", e, "its rows", "lines",
                                               None, a + 1))
            continue
        grids.extend(got[0])
        texts.extend(got[1])
        read += 1
        for w in own:                       # (a style said once, not once a block)
            if (w.code, w.message) not in said:
                said.add((w.code, w.message))
                warnings.append(w)
    if not read:
        del warnings[n_said:]
        return None
    return grids, texts


# Excel's tab-delimited text quotes a cell holding a line break (`"改造景观⏎设施数量"`, `""` for a quote inside): a
# cell opening a quote that its line does not close is the sign of such an export
_EXCEL_QUOTE_OPEN = lazy(r'(?:^|\t)"(?:[^"\t\n]|"")*\n', re.M)
_QUOTED_CELL = lazy(r'^"((?:[^"]|"")*)"$', re.S)


_QUOTED_FIELD = lazy(r'"((?:[^"]|"")*)"(?=[\t\r\n]|$)')
_PLAIN_FIELD = lazy(r'[^\t\r\n"]*')
_RECORD_END = lazy(r"\r\n|\r|\n|$")


def _quoted_records(text: str) -> list[tuple[int, list[str]]] | None:
    """Given a tab-separated text, return its records as a spreadsheet wrote them, each with its first line (1-based)
    and its fields unquoted (a quoted field may hold tabs and line breaks, `""` a quote), when the text is such an
    export: every `"` in it belongs to a field quoted whole, one field at least is quoted in a row of several cells,
    and most records have several cells. Else None: the text is read line by line (a dump whose cells hold a quote of
    their own, `"三公"经费`, is no quoted export)."""
    records: list[tuple[int, list[str]]] = []
    pos, line, n = 0, 1, len(text)
    quoted = False                               # (a quoted field in a row of several cells)
    while pos < n:
        fields: list[str] = []
        first = line
        quotes = False
        while True:
            if text.startswith('"', pos):
                m = _QUOTED_FIELD.match(text, pos)
                if m is None:
                    return None
                body = m.group(1)
                breaks = split_lines(body)
                line += len(breaks) - 1
                fields.append("\n".join(breaks).replace('""', '"'))
                quotes = True
            else:
                m = _PLAIN_FIELD.match(text, pos)
                fields.append(m.group())
            pos = m.end()
            if text.startswith('"', pos):
                return None                      # (a quote inside a field not quoted: no export's quoting)
            if text.startswith("\t", pos):
                pos += 1
                continue
            end = _RECORD_END.match(text, pos)
            pos = end.end()
            line += 1
            break
        quoted = quoted or (quotes and len(fields) > 1)
        records.append((first, fields))
    content = [f for _, f in records if any(x.strip() for x in f)]
    several = sum(1 for f in content if len(f) > 1)
    if not quoted or several < 2 or several < 0.8 * len(content):
        return None
    return records


def _unquote_cells(grids: list[Grid]) -> None:
    """The cells of an Excel tab-delimited export without the quotes Excel put round them (the name of a wrapped
    indicator kept them: `"改造景观设施数量"`)."""
    for g in grids:
        for c in g.cells:
            m = _QUOTED_CELL.match(c.text.strip())
            if m:
                c.text = m.group(1).replace('""', '"')


# `一級(jí)指標(biāo)`: a mirror site's copy of a page with the pinyin of some characters in brackets after them (a
# syllable with its tone mark); read without them (no label or head was found)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"           # the vowels with a tone mark
_INLINE_PINYIN = lazy(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONED}])[a-z{_TONED}ü]{{1,6}}\)")
_TONE_MARK = lazy(f"[{_TONED}]")


def strip_inline_pinyin(text: str) -> str:
    """Given a text, return it without the pinyin a mirror site put in brackets after characters (`級(jí)` -> `級`),
    when it does so three times or more; else the text as it is."""
    if "(" not in text or not _TONE_MARK.search(text, 0, 1 << 20) \
            or len(_INLINE_PINYIN.findall(text, 0, 1 << 20)) < 3:     # (no bracket, no pinyin in one: told at once)
        return text
    return _INLINE_PINYIN.sub("", text)


# ---------------------------------------------------------------- a character an OCR split in two
# An earlier program's OCR (a scanned form's text dump) reads a left-right character as its two parts, each a
# character of its own: `标` as `木示` (`绩效目木示`, `三级指木示`), `指` as `扌旨` / `才旨`, `绩` as `纟责`: no label matched,
# the indicator table lost (hunt nw15). A pair of a bare radical (`纟` `扌` `讠` `亻`) or of two characters that never
# stand together is put back wherever it stands; a pair of two characters that do write words side by side (`苗木示范`,
# `人才旨在`, review rv141) only in the label word the character forms (`目标` `指标` `标准`, `面积`): the neighbour is
# looked at in the text as it came (`扌旨木示`, `才旨标`: both put back).
SPLIT_GLYPHS = {"木示": "标", "扌旨": "指", "才旨": "指", "纟责": "绩", "讠十": "计", "讠平": "评", "亻介": "价",
                "禾只": "积", "白勺": "的", "纟且": "组", "讠殳": "设"}
_SPLIT_GLYPH = lazy("(?<=[目指旨])木示|木示(?=准)|才旨(?=标|木示)|(?<=面)禾只|"
                    + "|".join(k for k in SPLIT_GLYPHS if k not in ("木示", "才旨", "禾只")))


# any pair of SPLIT_GLYPHS, no context asked: a pattern of plain alternatives, scanned by their first characters (the
# one above, each branch led by a lookbehind, tries every position) — a text holding none holds no _SPLIT_GLYPH
_SPLIT_PAIR = lazy("|".join(SPLIT_GLYPHS))


def mend_split_glyphs(text: str) -> str:
    """Given a text dump's text, return it with the characters an OCR split in two put back (`绩效目木示` ->
    `绩效目标`; SPLIT_GLYPHS, a pair of two word-writing characters only in its label word: `苗木示范` kept); a text
    holding none as it is (one search of the text for a pair, _SPLIT_PAIR, then the pairs in their context)."""
    if not _SPLIT_PAIR.search(text) or not _SPLIT_GLYPH.search(text):
        return text
    return _SPLIT_GLYPH.sub(lambda m: SPLIT_GLYPHS[m.group(0)], text)


def _csv_delimiter(text: str) -> str:
    """The separator of a CSV export: `,` unless the first lines hold more `;` or tabs (outside quotes)."""
    head = [ln for ln in text[:20000].splitlines()[:30] if ln.strip()]
    unquoted = [re.sub(r'"[^"]*"', "", ln) for ln in head]
    counts = {d: sum(ln.count(d) for ln in unquoted) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def extract_csv(data: bytes, doc_id: str, path: str | None = None) -> Extracted:
    """Given the bytes of a CSV export of a sheet, return its grid (one row per record, merged cells left
    empty as the export leaves them); provenance is the record's first line (1-based).

    Any encoding `decode_text` reads (Excel on Chinese Windows writes GBK); `,` `;` or tab separated;
    quoted cells may hold separators and line breaks."""
    text, encoding, warnings = decode_text(data)
    text = mend_split_glyphs(_space_entities(text))
    delim = _csv_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    cells: list[Cell] = []
    n_rows = n_cols = 0
    first = 1
    try:
        for r, rec in enumerate(reader):
            for k, f in enumerate(rec):
                if f and not f.isspace():
                    cells.append(Cell(r, k, f.replace("\r\n", "\n").strip("\r"), 1, 1, None, first))
            n_cols = max(n_cols, len(rec))
            n_rows = r + 1
            first = reader.line_num + 1
    except csv.Error as e:
        raise ExtractError(f"damaged CSV at line {reader.line_num}: {e}") from None
    grids = [Grid(cells, n_rows, n_cols, "csv", order=0.0)] if cells else []
    return Extracted(doc_id=doc_id, format="txt", pages=None, grids=grids, lines=[], warnings=warnings,
                     encoding=encoding, path=path)
