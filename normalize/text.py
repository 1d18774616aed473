"""Cell text: HTML removal, whitespace, full-width folding, numbering, placeholders.

Every function here accepts any ``str`` (and ``None``) and never raises.
"""
from __future__ import annotations

from normalize._cache import CAUGHT, _one_text, forget_failed, text_cache

import contextvars
import functools
import html
import importlib.util
import json
import os
import re
import sys
import threading
from typing import overload

import regex
from normalize._lazy_re import lazy, lazy_regex


class _ForgettingVar:
    """A context variable (its get, set and reset) whose set and reset first empty the caches if an error was caught
    since they were last emptied (normalize._cache.forget_failed): a reading under the new value meets no result an
    earlier reading's failure left in a cache — a list of failures notes every failure its reading meets, a strict
    reading raises it (review rv74: a cell failing leniently, then read strict before any list was opened, gave the
    cached fallback). With ONE_THREAD, a thread's values are set while no other thread's are (its outermost set holds a
    process-wide lock until its reset): the caches are the process's and the values a thread's, so a failure cached
    under one thread's list was a hit under another thread's list opened before it — no failure noted, a strict
    reading not raised (review rv74). The rows' reading is Python under the interpreter's lock: threads lose little
    (extraction and OCR, outside any list, overlap). The lock is a thread's: a set and its reset must run in one
    thread. A generator that sets a list and resets it in its `finally`, then is closed (or collected) in another
    thread, would raise RuntimeError on the release and leave the lock held, every other thread's list then waiting
    for ever — not reachable today (each set is a plain try / finally in one function of jixiao.pipeline; keep it so,
    read-only review rd2)."""
    __slots__ = ("_var", "_lock")

    def __init__(self, name: str, default, one_thread: bool = False):
        self._var: contextvars.ContextVar = contextvars.ContextVar(name, default=default)
        # (reentrant: a thread's lists nest, a record's in its file's)
        self._lock = threading.RLock() if one_thread else None

    def get(self):
        return self._var.get()

    def set(self, value) -> contextvars.Token:
        if self._lock is None:
            forget_failed()
            return self._var.set(value)
        self._lock.acquire()
        try:
            forget_failed()
            return self._var.set(value)
        except BaseException:
            self._lock.release()
            raise

    def reset(self, token: contextvars.Token) -> None:
        try:
            forget_failed()
            self._var.reset(token)
        finally:
            if self._lock is not None:
                self._lock.release()


# whether a normalizer's defensive catch re-raises rather than giving its fallback (split_target's: the cell read as
# text): a bug in a normalizer surfaces in the tests (tests/conftest.py sets it) and with process_file(strict=True), or
# with JIXIAO_STRICT_NORMALIZERS set in the environment (bench/snapshot.py's worker processes) — it was caught quietly,
# the cell read as text, review rv64; a file read otherwise keeps the fallback, one bad cell no failed file
STRICT_NORMALIZERS = _ForgettingVar("strict_normalizers", False)
# where the errors a normalizer's guard caught are noted, (normalizer, its text, the exception's type): a list the
# pipeline sets while it reads one file and one record (its `normalizer_failed` warnings, at the record's page and
# line), None elsewhere — a context variable, so nothing leaks between files, threads or worker processes (mend md27;
# the caches, the process's, through one thread's lists at a time, review rv74)
NORMALIZER_FAILURES = _ForgettingVar("normalizer_failures", None, one_thread=True)


def env_switch(name: str) -> bool:
    """Is the environment's switch NAME on: `1`, `true` or `yes`, in any case (`0`, `false`, `no`, empty: off —
    any value turned strict on, `JIXIAO_STRICT_NORMALIZERS=0` too, review rd)?"""
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes")


def strict_on() -> bool:
    """Are errors a guard catches raised (a normalizer's, a hidden sheet's read): STRICT_NORMALIZERS
    (process_file(strict=True), the tests), or JIXIAO_STRICT_NORMALIZERS on in the environment (env_switch)."""
    return STRICT_NORMALIZERS.get() or env_switch("JIXIAO_STRICT_NORMALIZERS")


def reraise_if_strict() -> None:
    """Called inside a normalizer's defensive `except`: re-raise the error being handled when strict (strict_on);
    else return, the caller's fallback used."""
    if strict_on():
        raise  # the error the caller's `except` is handling


def guarded(fallback):
    """Decorator of a normalizer of one text (put over its cache, so that every call of a failing text fails again and
    is noted, not a cached fallback): an error inside it is re-raised when strict (reraise_if_strict), else noted in
    NORMALIZER_FAILURES and `fallback` of the same arguments returned (a normalizer never fails a file). Inside another
    guarded normalizer (split_target within split_by_year, mend_ocr_digits within split_target) the error goes up to the
    outer guard, so no cache of the outer one keeps a result built on a failure, unnoted on a later hit."""
    def deco(fn):
        name = fn.__name__

        def failed(e: Exception, args: tuple, kwargs: dict):
            reraise_if_strict()
            if _within_guard(sys._getframe(2)):
                raise e
            CAUGHT[0] += 1     # (no cache keeps a result built on it: normalize._cache)
            if (noted := NORMALIZER_FAILURES.get()) is not None:
                noted.append((name, args[0] if args and isinstance(args[0], str) else "", type(e).__name__))
            return fallback(*args, **kwargs)

        if _one_text(fn):
            # (one text, given by position — split_target, mend_ocr_digits: a wrapper of one parameter, as text_cache's)
            @functools.wraps(fn)
            def guard_one(a, /):
                try:
                    return fn(a)
                except Exception as e:
                    return failed(e, (a,), {})
            return guard_one

        @functools.wraps(fn)
        def guard(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as e:
                return failed(e, args, kwargs)
        return guard
    return deco


def _within_guard(frame) -> bool:
    """Is a guarded normalizer's call among the frames from FRAME up? (Looked at on an error only: no cost to a call.)"""
    while frame is not None:
        if frame.f_code in _GUARD_CODES:
            return True
        frame = frame.f_back
    return False


# the code objects of guarded's two wrappers (every guarded normalizer's call runs one of them)
_GUARD_CODES = frozenset(guarded(None)(f).__code__ for f in (lambda a: a, lambda a, b=None: a))


# a run of whitespace (`regex`'s \s), compiled once for the modules that strip it per call (the regex module's
# lookup of a pattern given as a string is Python code, ~15 µs a call)
WHITESPACE = regex.compile(r"\s+")
# a seal's words in a stamp's place (`（盖章）`, `（单位盖章）`, `（盖公章）`, `（签字并盖章）`): one list for every
# reader of stamp notes (parsers.core SIGN_MARK and _SEAL_ONLY, parsers.forms _SEAL_ONLY, normalize.records
# _STAMP_NOTE: three lists had drifted, `（单位盖章）  2024年3月15日` gave no fill_date; code review rd)
# (their characters spaced out as a form centres them, `（盖 章）`, `（单位 公章）`, and a unit's 公章 whole, `（单位公章）`: no
# stamp note, the day lost — review rv80's leftover; a space only, no tab: a tab parts two cells)
# (up to two spaces between them, a 分散对齐 word typed with two ASCII spaces or two ideographic ones, `（签  字）`,
# `（盖　　章）`: the person's key kept the place, `单位负责人（签 字）`, review rv133)
SPREAD = "[ \u3000]{0,2}"
SEAL_WORDS = "|".join(SPREAD.join(w) for w in (
    "签字并盖章", "签字盖章", "单位盖章", "单位公章", "盖公章", "盖章处", "盖章", "签章", "公章", "印章"))
# the words of a place to sign or to stamp (`盖章`, `签字`, `签名`): STAMP_NOTE's inside, parsers.core's SIGN_MARK,
# _NEXT_PAIR, _SEAL_ONLY and _SIGNOFF_LABEL, parsers.forms' _NOT_KEPT_SEAL_VALUE (core kept a copy: twins, review rd65),
# and the seal's word bare after a body's or a person's name (normalize.records; its own list of seals only left
# `王建国 签字` as the leader, review rv127)
# (签字 / 签名 spaced out as SEAL_WORDS' are, `（签 字）`: a sign-off's pair was read as an indicator row, hunt pd12;
# SIGN_NAME alone for parsers.forms' person's signing place, `评审专家（签 字）：`, review rv133)
SIGN_NAME = rf"签{SPREAD}[字名]"
SIGN_WORDS = rf"(?:{SEAL_WORDS}|{SIGN_NAME})"
# a stamp's place in brackets after a value (`县交通运输局（盖章）`, `2024年3月1日（盖章）`, `（签字）`): normalize.records'
# value of a stamped column, normalize.dates' day of a date field (it gave no fill_date, hunt ti18) and parsers.tables'
# sign-off line (its own copy of the pattern: twins, review rv80) — one spelling
STAMP_NOTE = rf"[（(]\s*(?:{SIGN_WORDS}|章)\s*[)）]"
# an assessment's closing conclusion, a row of its own under its indicators (a 新增项目事前绩效评估表's `评估结论 | 予以支持`):
# no indicator (parsers.core's TABLE_END_KEYS; extract.txt ends a one-cell-per-line table there; hunt nw10; set apart from
# STAMP_NOTE's comment it had cut from its pattern, review rv110)
VERDICT_LABELS = ("评估结论", "总体评估结论", "综合评估结论", "评估意见", "评审结论", "评审意见")

# a numbered paragraph (`目标1：…`, `1、…`, `（2）…`, `三、…`): the word before the number, the number (`1.5公里` opens
# none: a decimal)
NUMBERED_PARA = lazy(r"^(目标|任务|指标)?\s*[(（]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*"
                     r"(?:[)）]\s*|[：:、]\s*|[.．](?!\d)\s*)(?=\S)")
_FULL_STOP_END = lazy(r"[。！？!?]\s*$")
_ITEM_END = lazy(r"[。；;！？!?，,、]\s*$")
_OPEN_END = lazy(r"[^。；;，,、：:！？!?）)\s]\s*$")      # (its last mark the last non-blank: a padded line's too)
_FIGURE = lazy(r"\d")


def item_number(text: str) -> int:
    """`2` -> 2, `三` -> 3 (up to 十)."""
    return int(text) if text.isdigit() else "一二三四五六七八九十".find(text) + 1 if len(text) == 1 else 0


def numbered_next(before: str, line: str) -> bool:
    """Does LINE open the numbered paragraph after the last one of BEFORE (`1.…` then `2.…`, `（1）…` then `（2）…`,
    `目标1：…` then `目标2：…`: the same word before the number, the number one more) — an item of the list, not a
    report's next section (BEFORE closed by a full stop, LINE a short heading of no figure and no end mark:
    `1.完成农村公路养护50公里。` then `2.存在的问题及原因分析`, review rd)? (parsers.forms' prose lists and extract.txt's
    one-cell-a-line labels ask it both: two spellings were twins, review rd)"""
    last = (before or "").strip().splitlines()[-1:] or [""]
    m, n = NUMBERED_PARA.match(last[0].strip()), NUMBERED_PARA.match(line.strip())
    if m is None or n is None or (m.group(1) or "") != (n.group(1) or "") \
            or item_number(n.group(2)) != item_number(m.group(2)) + 1:
        return False
    body = line.strip()[n.end():]
    return not (_FULL_STOP_END.search(before) and len(body) <= 16 and not _FIGURE.search(body)
                and not _ITEM_END.search(body))


def items_separated(text: str | None) -> str | None:
    """TEXT with `；` put at each line break between a numbered item ending on no mark and the next item (`1.完成道路
    硬化5公里` / `2.受益群众1.2万人`): the break is unwrapped with no separator (`…≥5公里3.效益指标…` read as a number,
    review rd). At the record, not where the items are joined: parsers.forms reads the marks the writer put (an
    open item's rest, review rv94)."""
    if not text or "\n" not in text:
        return text
    lines = text.split("\n")
    for k in range(1, len(lines)):
        if _OPEN_END.search(lines[k - 1]) and numbered_next(lines[k - 1], lines[k]):
            lines[k - 1] = lines[k - 1].rstrip() + "；"
    return "\n".join(lines)


# An HTML tag: `<p>`, `</p>`, `<br/>`, `<input type="checkbox" checked="" />`.
# The name must start with an ASCII letter, so operators such as `<2次` or
# `< 2次` are never mistaken for tags.  Comments and `<!DOCTYPE …>` too.
_TAG = lazy_regex(
    r"<!--.*?-->"
    r"|<![A-Za-z][^<>]*>"
    r"|</?[A-Za-z][A-Za-z0-9:_-]*(?:\s[^<>]*)?/?>",
    regex.DOTALL,
)
# Characters that render as nothing and are dropped outright: zero widths, a soft hyphen, a BOM, and the marks and
# embeddings of bidirectional text a web page or Word copies with a cell (`≥26000\u200e人` had no value; review rv144).
# One set for every format: a text dump's are dropped with it before it is read (extract.txt).
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
    "\u2066\u2067\u2068\u2069\ufeff"
INVISIBLE = lazy_regex("[" + INVISIBLE_CHARS + "]")
# Whitespace runs (Unicode: includes U+3000, NBSP, tabs, newlines) and C0/C1 controls.
_SPACE_RUN = lazy_regex(r"[\s\x00-\x1f\x7f-\x9f]+")

# Full-width ASCII block U+FF01–FF5E maps to U+0021–007E; U+3000 is a space.
_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20
_WIDE_CHAR = lazy("[\uff01-\uff5e\u3000]")      # the characters _WIDTH_TABLE maps
_NARROW = {chr(k): chr(v) for k, v in _WIDTH_TABLE.items()}   # the same map, character to character

# A PDF's text layer may give an ideograph as the Kangxi radical (U+2F00–2FD5) or CJK radical (U+2E80–2EF3) its
# font draws with the same glyph (macOS's print maps `人` to `⼈` U+2F08, `长` to `⻓` U+2ED3), or as a compatibility
# ideograph (U+F900–FAFF, U+2F800–2FA1F): each is the ideograph NFKC gives; a simplified radical NFKC leaves alone
# (⻓ ⻔ ⻅ …) is its simplified ideograph, and `⼾` the `户` a Simplified Chinese font draws (NFKC: 戶). Small form
# variants (U+FE50–FE6B: `﹤`) and Latin ligatures (ﬁ) as NFKC reads them too.
_RADICAL_SIMPLIFIED = dict(zip("⻅⻆⻉⻋⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻄⼾",
                               "见角贝车长门韦页风飞马鱼鸟卤麦黄黾齐齿龙西户"))


def _compat_table() -> dict[int, str]:
    import unicodedata
    out = {}
    for lo, hi in ((0x2E80, 0x2EF4), (0x2F00, 0x2FD6), (0xF900, 0xFB00), (0xFB00, 0xFB07), (0xFE50, 0xFE6C),
                   (0x2F800, 0x2FA20)):
        for cp in range(lo, hi):
            ch = chr(cp)
            to = _RADICAL_SIMPLIFIED.get(ch) or unicodedata.normalize("NFKC", ch)
            if to != ch and to.strip():
                out[cp] = to
    return out


COMPAT_IDEOGRAPHS = _compat_table()
# the radicals and compatibility ideographs alone: what any format's text is folded of (a small form variant or a
# ligature typed in a text, `湘财教﹝2019﹞24号`, is kept as written; a PDF's text layer folds its ligatures too)
RADICAL_IDEOGRAPHS = {cp: to for cp, to in COMPAT_IDEOGRAPHS.items() if not 0xFB00 <= cp < 0xFE70}
# a PDF's glyphs folded: all but the small form variants (`﹝2019﹞`, `﹤` are typed as such, and a text dump, a DOCX
# or a web page of the same form keeps them: the PDF's text equals theirs; a ligature, `ﬁ`, or a vertical form is
# the print's glyph, folded)
LAYER_IDEOGRAPHS = {cp: to for cp, to in COMPAT_IDEOGRAPHS.items() if not 0xFE50 <= cp < 0xFE70}


def _char_class(cps) -> str:
    """A character class of the code points, runs of consecutive ones as ranges (`[⺀-⺙⺛-⻳…]`): re's set of a few
    ranges is searched in C ~100x as fast as regex's set of 1,239 single characters (the whole document's text is
    searched once, pipeline.fold_extracted: it was 8% of a bench run)."""
    runs: list[list[int]] = []
    for cp in sorted(cps):
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs) + "]"


# any character of each table: a text holding none is left as it is, untranslated
COMPAT_CHAR = lazy(_char_class(COMPAT_IDEOGRAPHS))
RADICAL_CHAR = lazy(_char_class(RADICAL_IDEOGRAPHS))


def fold_radicals(s: str, small_forms: bool = True) -> str:
    """A text with its Kangxi and CJK radicals, compatibility ideographs, small form variants and ligatures as the
    characters they stand for (`新建供⽔管⽹⻓度` -> `新建供水管网长度`, `⼊⼾` -> `入户`); with `small_forms` False, its
    radicals and compatibility ideographs only (RADICAL_IDEOGRAPHS)."""
    table, chars = (COMPAT_IDEOGRAPHS, COMPAT_CHAR) if small_forms else (RADICAL_IDEOGRAPHS, RADICAL_CHAR)
    return s.translate(table) if chars.search(s) else s


# the entities of spaces a web page's text keeps (`&nbsp;`, `&#160;`, `&ensp;`, `&#12288;` …): read by the text dump
# reader (extract.txt) and by a target's raw text (records)
SPACE_ENTITY = lazy_regex(r"&(?:nbsp|ensp|emsp|thinsp|#0*160|#x0*a0|#0*819[45]|#x0*200[23]|#0*12288|#x0*3000);",
                             regex.I)

_CN_NUMERALS = "一二三四五六七八九十百零〇"
# an empty circle right after a numeral is a zero (`二○二四年`, `1○○万元`), no radio button nor option box: the one
# rule of parsers/core `_RADIO_EMPTY` (a circle that is NO zero, `(?!…)`) and extract/txt `_ZERO_CIRCLE` (extract
# imports no parser: its mirror by hand could drift, mend md4)
ZERO_CIRCLE = r"(?<=[一二三四五六七八九十百千万○〇零\d])[○◯]"
# radio buttons written as circles: the empty ones, and the marked ones — filled, dotted, ringed or half filled (`◐`:
# `○新增项目 ◐延续项目` was kept with its marks, hunt sc14). The one list of parsers/core `radio_boxes` and extract/txt
# `_CHOICE_BOXES`
RADIO_EMPTY = "○◯"
RADIO_MARKED = "●◉⊙◎⬤◐◑◒◓"
# the zero of a year written in numerals, digit by digit: `〇`, `零`, a circle (`○`, `◯`), or a digit or letter O typed
# for it (`二0二四`, `二O二四`); CN_YEAR the four digits. One pattern for dates (parse_date, YEAR_WORD, CN_DAY), the
# bodies' rules (orgs: a title's boundary, a sign-off's day, a lead year) and parsers/core's day: they were five
# copies, four without `○`, all without `◯` (`二◯二四年三月十五日` no day: review rd, mend md6)
CN_ZEROS = "〇零○◯OＯ0０"
# (a Chinese numeral among the four, none of a longer figure or word before them: `0O00年度`, the `0000年` of
# `10000年度`, were years — review rd2, mend md8)
CN_YEAR = (rf"(?<![\dA-Za-z０-９Ａ-Ｚａ-ｚ])(?=[{CN_ZEROS}一二三四五六七八九]{{0,3}}[〇零○◯一二三四五六七八九])"
           rf"[{CN_ZEROS}一二三四五六七八九]{{4}}")
_CIRCLED = (
    "\u2460-\u2473"  # ①–⑳
    "\u2474-\u2487"  # ⑴–⒇
    "\u2488-\u249b"  # ⒈–⒛
    "\u2776-\u2793"  # ❶–➓
    "\u3220-\u3229"  # ㈠–㈩
    "\u3251-\u325f\u32b1-\u32bf"  # ㉑–㊿
)
# the runs of circled numbers a list numbers its items with whose fold is a bare figure or none (`①` folds to `1`,
# `❶` / `➀` / `➊` / `⓵` stay): the first's code point and how many — ⑴ and ⒈ fold to `(1)` and `1.` (forms' numbered
# sentences, records' and tables' 序号 read them with circled_number; three copies of `① … ⑳` only, review rv112)
_CIRCLED_RUNS = ((0x2460, 20), (0x2776, 10), (0x2780, 10), (0x278A, 10), (0x24F5, 10))
CIRCLED_NO = "".join(f"{chr(a)}-{chr(a + n - 1)}" for a, n in _CIRCLED_RUNS)


def circled_number(ch: str) -> int | None:
    """`①` -> 1, `⑳` -> 20, `❸` / `➂` / `➌` / `⓷` -> 3; None for any other text."""
    if len(ch) != 1:
        return None
    return next((ord(ch) - a + 1 for a, n in _CIRCLED_RUNS if a <= ord(ch) < a + n), None)


# A leading item numbering; the text must be width-folded before matching.
# Digits followed by a separator must not be followed by another digit
# (`1.5万元`, `12:30` are not numberings) and are limited to 3 digits.
_NUMBERING = lazy_regex(
    rf"""^(?:
        指标\s*\d{{1,3}}\s*(?:[:、,)]\s*|\.(?!\d)\s*|(?![\d.]))
      | 指标\s*[{_CN_NUMERALS}]{{1,3}}\s*[:、.,)]\s*
      | \(\s*(?:\d{{1,3}}|[{_CN_NUMERALS}]{{1,3}})\s*\)\s*
      | \d{{1,3}}\s*[、.:)](?!\d)\s*
      | [{_CN_NUMERALS}]{{1,3}}\s*[、.](?!\d)\s*
      | [{_CIRCLED}]\s*
    )""",
    regex.VERBOSE,
)

# a level's outline number of a letter, a Roman numeral or a part (`A.产出指标`, `（A）产出指标`, `Ⅰ.产出指标`, `(Ⅱ)效益指标`,
# `第一部分 产出指标`), which _NUMBERING does not take: the one list of parsers.core OUTLINE_NUMBER (level_key, a report's
# headings) and normalize.records' level cleaning (hunt lv wrote it twice; a bracketed letter or Roman numeral was in
# neither, its levels' rows unparsed — review rv6). Any letter (level 2s lettered on through a table run past H,
# `I.服务对象满意度指标`) and a section's or a class's `第一节 产出指标`, `第一类 效益指标` (hunt fam: past H the letter
# was kept in the level's name, 节 / 类 no level's number, the rows unparsed)
LEVEL_MARKS = (r"[(（]\s*(?:[A-Za-z]|[Ⅰ-Ⅻⅰ-ⅻ])\s*[)）]|[A-Za-z]\s*[、.．)）]|[Ⅰ-Ⅻⅰ-ⅻ]\s*[、.．)）]?"
               r"|第[一二三四五六七八九十\d]{1,3}(?:部分|节|类)")

_PLACEHOLDER_CHARS = lazy_regex(r"^[\-—–―‐‑‒−─━﹣_/\\|.…·~～]+$")
# Template leftovers: `(年 - 年)`, `（年-年）`, `年 月 日`, `年 月 日 至 年 月 日`.
_DATE_SLOT = r"(?:年度?(?:月(?:日)?)?)"
_PLACEHOLDER_TEMPLATE = lazy_regex(
    rf"^\(?{_DATE_SLOT}(?:[\-—–―~～至到]+{_DATE_SLOT})?\)?$"
)


_CJK = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c-\u201d\u2018-\u2019"
# (a line opening with a year's label, `2024年：98%`, under a line stating a target, itself opening with a year's
# label, `2023年：达标`, or ending in a figure, `≥95`, `95%以上`, is the next year's target of a cell giving one a line,
# no wrap: it was `2023年：达标2024年：优良`, `≥952024年：≥98`; under words, `完成时间` / `项目于` /
# `按2023年方案，完成时间` (a figure early in the sentence), it is the sentence wrapped: `完成时间2024年：6月`)
_WRAP = lazy_regex(rf"(?!(?=\s*(?:19|20)\d{{2}}\s*年度?\s*[:：])"
                      rf"(?<=(?:^|\n)[ \t\u3000\u00a0]*(?:19|20)\d{{2}}[ \t\u3000\u00a0]*年度?[ \t\u3000\u00a0]*[:：][^\n]*"
                      rf"|[\d%‰][^\n]{{0,3}}))(?:(?<=[{_CJK}])[ \t\u3000\u00a0]*\r?\n[ \t\u3000\u00a0]*(?=\S)|(?<=\S)[ \t\u3000\u00a0]*\r?\n[ \t\u3000\u00a0]*(?=[{_CJK}])"
                      rf"|(?<=[\d.,])[ \t\u3000\u00a0]*\r?\n[ \t\u3000\u00a0]*(?=[\d.,%‰]))")   # also a number wrapped mid-way


_BR = lazy_regex(r"<br\s*/?>", regex.IGNORECASE)


@text_cache()
def clean_text(s: str | None) -> str | None:
    """Given a raw cell text, return it without HTML and with whitespace collapsed, or None when empty.

    `"<p>健全</p>"` -> `"健全"`; `"  a\\u3000\\n b "` -> `"a b"`; `"<br/>"` -> None.
    Tags become a space, entities are unescaped (`&gt;` -> `>`), invisible
    characters (zero-width space, BOM) are dropped and whitespace runs
    (including U+3000 and NBSP) become one space. Full-width characters are
    kept as written.
    """
    if s is None:
        return None
    if not isinstance(s, str):
        try:
            s = str(s)
        except Exception:
            return None
    if "<" in s:
        s = _TAG.sub(" ", _BR.sub("\n", s))      # `<br>` is a line break (joined as a wrapped cell is)
    s = html.unescape(s)
    s = INVISIBLE.sub("", s)
    if "\n" in s:
        s = _WRAP.sub("", s)            # a line wrapped inside a cell next to Chinese: no space
    s = _SPACE_RUN.sub(" ", s).strip()
    return s or None


@overload
def fold_width(s: str) -> str: ...
@overload
def fold_width(s: None) -> None: ...


def fold_width(s: str | None) -> str | None:
    """Given a text, return it with full-width ASCII folded to ASCII and U+3000 as a space, and inline LaTeX math
    a document converter wrote (MinerU, marker …) as the signs it stands for (`read_latex`).

    `"（１００％）"` -> `"(100%)"`; `"＞＝９０"` -> `">=90"`; `"$\\geq 9 5 \\%$"` -> `"≥95%"`; None -> None.
    """
    if s is None:
        return None
    if _WIDE_CHAR.search(s):              # (a scan first: most texts have none)
        # each wide character the text holds replaced (a text holds a few kinds, `，。（）：`): str.translate looked up
        # every character in the map, a miss (any Chinese character) costing a raised KeyError — 2.5x the time over
        # the samples' texts (a form's 评分标准, a 项目概况 of hundreds of characters). The same text: each replaced by
        # its own ASCII or space, none of which is wide.
        for ch in set(_WIDE_CHAR.findall(s)):
            s = s.replace(ch, _NARROW[ch])
    return read_latex(s) if ("$" in s or "\\" in s) else s


# ---------------------------------------------------------------- inline LaTeX math
# Converters that read a PDF's formulas (MinerU / magic-pdf, marker, Nougat …) write a target's sign and number as
# inline math: `$\geq 90\%$`, `$\leq 5$ 个工作日`, `$9 7 . 7 4 \%$` (each token apart), `\(\ge\) 95%`. Math mode
# ignores spaces, so the span is read as its signs with its spaces dropped; a span holding a command not listed (or
# letters outside a command) is no target's math and stays as written.
_LATEX_SPAN = lazy_regex(r"\$\$(?P<a>[^$]{1,80}?)\$\$|\$(?P<b>[^$\n]{1,80}?)\$|\\\((?P<c>.{1,80}?)\\\)|\\\[(?P<d>.{1,80}?)\\\]")
_LATEX_SIGNS = {
    "geq": "≥", "ge": "≥", "geqslant": "≥", "geqq": "≥", "leq": "≤", "le": "≤", "leqslant": "≤", "leqq": "≤",
    "gt": ">", "lt": "<", "textgreater": ">", "textless": "<", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "~",
    "thicksim": "~", "pm": "±", "times": "×", "div": "÷", "cdot": "·", "%": "%", "circ": "°", "degree": "°",
    "permil": "‰", "textperthousand": "‰",
    # spacing and sizing: nothing
    ",": "", ";": "", ":": "", "!": "", " ": "", "quad": "", "qquad": "", "left": "", "right": "", "big": "",
    "Big": "", "displaystyle": "", "textstyle": "", "{": "{", "}": "}", "_": "_", "#": "#", "&": "&",
}
# commands whose argument is text: the argument kept (`\mathrm{km}`, `\text{万元}`, `\mathbf{\geq}`)
_LATEX_WRAPPERS = lazy_regex(r"\\(?:mathrm|text|textrm|mathbf|boldsymbol|bf|rm|mathit|textbf|operatorname|mbox)\s*"
                                r"\{(?P<t>[^{}]*)\}")
_LATEX_COMMAND = lazy_regex(r"\\(?:(?P<w>[A-Za-z]+)\s*|(?P<s>[%,;:! {}_#&]))")
_LATEX_LEFT_OVER = lazy_regex(r"[A-Za-z\\^]")
_LATEX_DEGREE = lazy_regex(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ)")       # `30^{\circ}C`: a degree sign


def _latex_math(body: str) -> str | None:
    """The signs a span of inline math stands for (`\\geq 9 5 \\%` -> `≥95%`), or None when it holds anything else."""
    probe = body
    for _ in range(3):
        probe = _LATEX_WRAPPERS.sub("", probe)
    if _LATEX_LEFT_OVER.search(_LATEX_COMMAND.sub("", _LATEX_DEGREE.sub("", probe))):
        return None                                       # letters, `^`: a formula, or no math at all (`$5 and $`)
    for _ in range(3):                                    # (`\mathbf{\mathrm{…}}`: nested)
        body = _LATEX_WRAPPERS.sub(lambda m: m.group("t"), body)
    body = _LATEX_DEGREE.sub("°", body)
    bad = False

    def sign(m: regex.Match[str]) -> str:
        nonlocal bad
        name = m.group("w") if m.group("w") is not None else m.group("s")
        got = _LATEX_SIGNS.get(name)
        if got is None:
            bad = True
            return ""
        return got
    body = _LATEX_COMMAND.sub(sign, body)
    body = WHITESPACE.sub("", body).replace("{", "").replace("}", "")
    if bad or not body or "\\" in body:
        return None
    return body


def read_latex(s: str) -> str:
    """Given a text, return it with each span of inline math (`$…$`, `$$…$$`, `\\(…\\)`, `\\[…\\]`) that holds only
    signs, numbers and units as those (`"$\\geq 12$ 处"` -> `"≥12 处"`, `"$1 0 0 \\%$"` -> `"100%"`); other spans, and a
    text without any, as they are."""
    if "$" not in s and "\\(" not in s and "\\[" not in s:
        return s

    def span(m: regex.Match[str]) -> str:
        body = next(g for g in m.groups() if g is not None)
        got = _latex_math(body)
        return m.group(0) if got is None else got
    return _LATEX_SPAN.sub(span, s)


# numerals listed before what they count (三、四级手术 / 一、二类 / 1、2号): the name's own words
_NUMERAL_LIST = lazy_regex(r"^\s*(?:[一二三四五六七八九十]、[一二三四五六七八九十]|\d、\d)[^\s、，,。]{0,2}?[级类等档号星期批]")


@text_cache()
def strip_numbering(s: str | None) -> str | None:
    """Given a name cell, return it cleaned and without a leading item numbering, or None.

    `"指标1：标准制修订"` -> `"标准制修订"`; `"一、项目总预算："` -> `"项目总预算："`;
    `"（二）质量"` -> `"质量"`; `"①宣传"` -> `"宣传"`;
    `"12315话务设备改造完成率"` is kept whole.
    Only one numbering is removed; the rest is kept as written (not width
    folded). A cell that is nothing but a numbering gives None.
    """
    text = clean_text(s)
    if text is None:
        return None
    # Folding is one-to-one per character, so a match length on the folded
    # text is also the length to cut from the original.
    folded = fold_width(text)
    m = _NUMBERING.match(folded)
    if m is None or m.end() == 0 or _NUMERAL_LIST.match(folded):
        return text               # (`三、四级手术占比`, `一、二类疫苗`: a list of numerals, no item numbering)
    rest = text[m.end():].strip()
    return rest or None


@text_cache()
def is_placeholder(s: str | None) -> bool:
    """Given a cell text, return True when it holds no content (empty, dashes, slashes, a blank date template).

    `"-----"` -> True; `"/"` -> True; `"（年-年）"` -> True; `"年 月 日"` -> True;
    `"无"` -> False (an answer); `"健全"` -> False.
    """
    text = clean_text(s)
    if text is None:
        return True
    compact = WHITESPACE.sub("", fold_width(text))
    if not compact:
        return True
    if _PLACEHOLDER_CHARS.match(compact):
        return True
    return bool(_PLACEHOLDER_TEMPLATE.match(compact))


@text_cache()      # (a pure function of the cell's text, asked of the same cells by each reader, sp12)
def content_text(text: str | None) -> str | None:
    """Given a cell, return its cleaned, width-folded text, or None for a placeholder (the text the number, amount
    and date readers read: normalize.amounts, normalize.dates)."""
    cleaned = clean_text(text)
    if cleaned is None or is_placeholder(cleaned):
        return None
    return fold_width(cleaned).strip() or None


def _t2s_table() -> dict[int, str]:
    """Traditional -> Simplified, one character for one (zhconv's MediaWiki table), for matching only.

    The table is read from zhconv's data file without importing zhconv, whose import pulls in
    pkg_resources (0.16 s against 0.02 s at every start of a process, measured)."""
    try:
        spec = importlib.util.find_spec("zhconv")
        assert spec is not None and spec.submodule_search_locations
        with open(os.path.join(spec.submodule_search_locations[0], "zhcdict.json"), "rb") as f:
            table = json.loads(f.read())["zh2Hans"]
        return {ord(k): v for k, v in table.items() if len(k) == 1 and len(v) == 1 and k != v}
    except Exception:  # a declared dependency; without it matching stays Simplified-only
        return {}


T2S = _t2s_table()
T2S_CHARS = frozenset(map(chr, T2S))      # the characters T2S maps


def to_simplified(s: str) -> str:
    """Given text, return it with Traditional characters as Simplified, for matching only: "產出指標" -> "产出指标"."""
    return s if T2S_CHARS.isdisjoint(s) else s.translate(T2S)


def strip_tags(s: str) -> str:
    """Given a raw cell, return it without the HTML a converter left in it, nothing else changed: `<br>` a line
    break, any other tag a space. `"100%<br/>(每月10日前)"` -> `"100%\n(每月10日前)"`; `"<2次"` stays."""
    return _TAG.sub(" ", _BR.sub("\n", s)) if "<" in s else s


def unwrap(s: str | None) -> str | None:
    """Given a raw cell, return it with the line breaks a narrow cell added removed, nothing else changed.

    `"获奖组织和个人年度表彰奖励下拨\\n完成"` -> `"获奖组织和个人年度表彰奖励下拨完成"`; other line breaks become a space.
    """
    if not s:
        return s
    if "\n" not in s:
        return s.strip()
    return _WRAP.sub("", s).replace("\r", "").replace("\n", " ").strip()


# ---------------------------------------------------------------- letters OCR read for digits
# A scan's text (an OCR text dump, a PDF's OCR text layer) reads a zero as the letter O / o and a one as l / I
# inside numbers: `>12O万平方米`, `1OO%`, `l00%`, `356.O0`, `(2O23年度)`, `2O` points. Such a text dump carries no
# OCR confidence (Cell.conf is a scan's only), so the numeric normalizers try this repair themselves, and only as a
# fallback: when the cell as written cannot be read as the number it must hold. A run of digits and these letters
# touching no other Latin letter (`A1O`, `H2O`, `CO2`, `PM10`, `ISO9001`, `100ml` stay) and holding a real digit is
# repaired; one starting with O (`O2`, `O2O`) is left, and l / I only stand for a one before a digit (`l00%`), never
# at the run's end (`5l` may be litres). `|` is no one here: in a text dump it divides cells (`100|200`).
_OCR_DIGIT = str.maketrans("OolI", "0011")
_OCR_RUN = lazy_regex(r"(?<![A-Za-z0-9])[0-9OolI][0-9OolI.,]*+(?![A-Za-z])")
_OCR_NUMBER = lazy_regex(r"^\d+(?:[.,]\d+)*$")
_HAN_NEXT = lazy_regex(r"\p{Han}")           # (a measure word after a lone `l`: `l个` is the figure 1, hunt nw12)


def _mend_run(m: regex.Match) -> str:
    run = m.group(0)
    core = run.rstrip(".,")
    tail = run[len(core):]
    if core == "l" and not tail and _HAN_NEXT.match(m.string, m.end()):
        return "1"                        # `l个`, `l处`: a lone one before its measure word (no litre: no figure before)
    if not any(c in "OolI" for c in core) or not any(c.isdigit() for c in core):
        return run
    if core[0] in "Oo" or core[-1] in "lI" or (core[0] in "lI" and core[1] not in "0123456789Oo"):
        return run
    if core[-1] == "o":
        return run                        # `360o`, `≤-18o`: a degree typed as a small o, not a zero (OCR reads 0 as O)
    fixed = core.translate(_OCR_DIGIT)
    return fixed + tail if _OCR_NUMBER.match(fixed) else run


@guarded(lambda s: s)   # (an error: the text as it is)
def mend_ocr_digits(s: str | None) -> str | None:
    """Given a cell text, return it with the letters OCR reads for digits inside numbers put back: O / o -> 0 inside
    or after digits, l / I -> 1 before or among them; else unchanged.

    `">12O万平方米"` -> `">120万平方米"`; `"1OO%"` -> `"100%"`; `"l00%"` -> `"100%"`; `"356.O0"` -> `"356.00"`;
    `"(2O23年度)"` -> `"(2023年度)"`; `"0938-8212O45"` -> `"0938-8212045"`; `"l个"` -> `"1个"`; `"OK"`, `"LED"`, `"PM2.5"`, `"CO2"`,
    `"O2"`, `"A1O"`, `"5l"`, `"360o"` (degrees) as they are.
    """
    if not s or not isinstance(s, str) or not ("O" in s or "o" in s or "l" in s or "I" in s):
        return s
    return _OCR_RUN.sub(_mend_run, s)


# one Han character, the URO and extension A (extract/txt.py's OCR blanks, the parsers' "holds a Han word"; mend md63:
# extract/txt.py's _HAN_CHAR and the parsers' _HAN made one)
HAN_CHAR = lazy(r"[\u3400-\u9fff]")

# the words a body's officer is named by at a label's end (`办公室主任`, `财务科长`, `党委书记`, `主管会计`): a person's
# label as `…人` / `…领导` is (parsers.core's role labels, forms' post past a name, extract/txt.py's person labels)
ROLE_POST = r"主任|书记|经理|会计|出纳|[科局站所院校股处队馆镇乡县市厂部组社]长"

# how an indicator's name ends: in what it measures (`…率`, `…数`, `…满意度`, `…处置比例`, `…办结时限`, `…目标值`) —
# extract.txt's wrapped-name rule and parsers.tables' (a level's name that does not end so; a name's end cut over a page
# break), one list (they were twins, tables' `[率数度性量额值]$` the shorter, review of the session B)
INDICATOR_NAME_END = re.compile(r"(?:率|数|量|度|性|额|值|比例|比重|时间|时限|周期|面积|里程|长度|规模|成本|标准|人次|次数|"
                                r"个数|户数|人数|体系|机制|制度|情况|水平|效果|效益|能力|影响)$")
