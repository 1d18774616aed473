"""The label-driven core shared by every layout parser.

Chain of small steps, each testable alone:
  rows of the document in reading order (`document_rows`)
  -> forms split on titles, names and repeated singular fields (`split_forms`)
  -> per row: table header? table row? key-value labels? (`FormReader`)
  -> role assignment of a row's cells to header roles by content and order
     (`assign_roles`), which absorbs shifted and missing cells
  -> raw records (values as written, with page/line), normalized later.
"""
from __future__ import annotations

import difflib
import html
import re
from normalize._cache import value_cache
from normalize._lazy_re import lazy
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import groupby
from operator import attrgetter
from typing import Callable

from extract.grid import COLUMN_ORDER, PAGE_ORDER, Cell, Extracted, Grid, ParseWarning, TextLine, is_page_furniture, \
    unit_error_warning
from normalize.amounts import DECLARED_UNIT_WORDS as _UNITS, LOWER_NUMERALS, parse_amount
from normalize.orgs import org_kind
from normalize.levels import LEVEL2_NAMES, standardize_level1
from normalize.records import _COMPOUND_SURNAMES, POINTS_AT_END
from normalize.text import T2S as _T2S  # Traditional -> Simplified, for matching only
from normalize.text import T2S_CHARS as _T2S_CHARS
from normalize.orgs import SIGNED_DAY, org_kind as _org_kind, place_led, township, district
from normalize.dates import A_DAY, CLOCK, MONTH_SPAN, QUARTER_DIGIT, SO_FAR_PERIOD
from normalize.targets import GRADE_WORD_LIST, GRADE_WORDS, NAME_OPENING_FIGURE, PREFIX_WORDS, split_target
from normalize.text import HAN_CHAR as _HAN
from normalize.text import ROLE_POST, strict_on
from normalize.text import CIRCLED_NO, LEVEL_MARKS, RADIO_EMPTY, RADIO_MARKED, SIGN_WORDS, VERDICT_LABELS, ZERO_CIRCLE, mend_ocr_digits, read_latex, \
    strip_numbering
from parsers import labels as L

# ---------------------------------------------------------------- text keys

_NUMBERING = lazy(
    r"^\s*(?:[（(]?[一二三四五六七八九十]+[)）、.．]|[（(]\d+[)）]|\d+\s*[、.．](?!\d)|其中\s*[:：]?|[" + CIRCLED_NO + r"])\s*")
# a monitoring form's head's months so far, left out of its key (1-7月执行数, 截至6月底完成值, 截至2024年6月30日执行数,
# 1月-6月执行数, 上半年执行数: dates' one spelling of the year so far — `1月-6月` and `上半年` were kept in the key,
# no column's, while `1-6月` was left out: review rd64)
# (`上半年度执行数` too: a 度 after 上半年 is the period's — it was left as the key `度执行数`, review rv120)
_MONTHS = lazy(rf"^{SO_FAR_PERIOD}(?:(?<=年)度)?(?=\S{{2,}})")
# the first characters _MONTHS's match starts with (a decimal digit besides; a month in words, `一至六月执行数`, whose
# months were kept in the key, no spent column's — mend md48's leftover, review rv121)
_MONTHS_FIRST = frozenset("截上前一二三四五六七八九十")
_YEAR_MONEY = re.compile(r"^(?:19|20)\d{2}年度?(?=(?:金额|预算|资金|计划投资|投资|申请|申请数|申请预算|申请资金|安排资金)$)")
_FIELD_CODE = lazy(r"\s*[（(][A-Za-z][A-Za-z0-9_.\-]{0,39}[)）]\s*$")   # 项目总金额(PRO_TOTAL_AMT): a system's code
# `执行数B)`, `执行率B/A)`, `年初目标值(A`: a column's letter with a bracket lost
_TRAILING_LETTER = lazy(r"\s*(?:[(（]\s*[A-Za-z][A-Za-z/]{0,3}[A-Za-z1l]?\s*[)）]?|[A-Za-z][A-Za-z/]{0,4}\s*[)）])\s*$")
_TRAILING_PAREN = lazy(r"\s*[（(][^（()）]{0,12}[)）]\s*$")
# the gloss in a unit's bracket before the unit, set apart by a comma, a slash or a space (`年度资金总额(Annual Budget，万元)`,
# `(Annual Budget 万元)`): it made no label, the money an unparsed_row (hunt nw7); no letter after it (review rv83: one
# pattern for label_key's gloss and forms.declared_unit's unit)
_UNIT_GLOSS = (r"(?<=[(（])(?=[A-Za-z .&/'’\-]*[A-Za-z]{3})(?=[A-Za-z .&/'’\-]*[a-z])[A-Za-z][A-Za-z .&/'’\-]*?"
               r"(?:[,，;；/]\s*|\s+)(?=[^()（）A-Za-z]*[)）])")
UNIT_GLOSS = lazy(_UNIT_GLOSS)
# `项目名称 Project Name`, `指标值 Target Value`, `项目资金 Funding (万元 10k CNY)`, `Remarks 备注`: a bilingual form's
# English gloss after (or before, a space between) the Chinese label: a word of three letters, one lower-case
# (`细颗粒物PM2.5`, `项目A`, `化学需氧量 COD`, `PPP 项目` keep theirs)
_ENGLISH_GLOSS = lazy(r"(?<=[\u4e00-\u9fff)）])\s*(?=[A-Za-z0-9 .,&/'’\-]*[A-Za-z]{3})(?=[A-Za-z0-9 .,&/'’\-]*[a-z])[A-Za-z][A-Za-z0-9 .,&/'’\-]*"
                            r"(?:\s*[(（][^()（）]*[)）])?\s*$"
                            r"|^\s*(?=[A-Za-z0-9 .,&/'’\-]*[A-Za-z]{3})(?=[A-Za-z0-9 .,&/'’\-]*[a-z])[A-Za-z][A-Za-z0-9 .,&/'’\-]*?\s+(?=[\u4e00-\u9fff])"
                            r"|" + _UNIT_GLOSS)
# `项目名称` with `ᠲᠥᠰᠥᠯ ᠦᠨ ᠨᠡᠷ᠎ᠡ` under it, `ལས་གཞིའི་མིང་། 项目名称`: a minority region's form glosses its labels in
# Mongolian, Tibetan, Uyghur (Arabic letters), Korean or Yi script; the Chinese names the field (a label wholly in
# such a script is kept as it is)
_SCRIPT_GLOSS = lazy(r"[\u0600-\u06ff\u0750-\u077f\u0f00-\u0fff\u1100-\u11ff\u1800-\u18af\u3130-\u318f"
                           r"\ua000-\ua4cf\uac00-\ud7af]+")
_TAGS = lazy(r"<[^>]*>")
# `填报单位：某单位 金额单位：万元`: a value ends where the next `label：` begins
# a time of day (dates.CLOCK, `10:30`): its colon is no label's (`填报日期：2024-03-01 10:30，审核人：…`: `10:` is no label)
_CLOCK_AT = lazy(r"(?<![\d.])" + CLOCK)
# (a label's place to sign after it, `财务负责人（签字）：李红`, is no part of its eight characters; no blank inside its
# bracket, as STAMP_NOTE and SIGN_MARK allow: `（ 签字 ）` parts no line — left by mend md55, a tidy)
_NEXT_PAIR = lazy(r"\s+(?!" + CLOCK + r")(?=[^\s:：，,。；;]{2,8}" + rf"(?:[（(]{SIGN_WORDS}[)）])?[:：])")
# `执行数：178.56万元执行率：96.00%`: the gap before the next pair lost (an OCR'd cell, a seal's star over it): a
# label glued right after an amount or a share is cut off too, when it names a field (see next_pairs)
_GLUED_NEXT = lazy(r"(?<=[\d%％元])(?=([\u4e00-\u9fff]{2,8})[:：])")
_WS = lazy(r"\s+")
_WIDE_GAP = lazy(r"[ \u3000\xa0]{2,}|\u3000")
# a signature's or a stamp's place at a label's end: `填报单位（盖章）`, `单位负责人（签字）：`, `（签字并盖章）`
SIGN_MARK = lazy(rf"\s*[（(]\s*{SIGN_WORDS}\s*[)）]\s*[:：]?\s*$")
_LABEL_COLON = lazy(r"^([^:：]{1,30})[:：]\s*(.*)$", re.S)
# a template's word asking to describe briefly (`简要说明`, `概括描述`, `简述`): in a bracket where the value goes, or
# opening a 填表说明's line
_DESCRIBE = r"(?:概括|简要|扼要|简明)(?:描述|说明|阐述|概述)|简述"
# what a form's 填表说明 says to write in a box, not a value: `按照预算管理一体化系统中的项目名称填写。`, `填写项目主管部门
# 的全称。`, `在“新增项目”或“延续项目”中选择。`, `（按预算系统名称填写）` (a short field's, never a goal's sentence)
_INSTRUCTION = lazy(r"^[(（]?\s*(?:请|应|须)?(?:填写|填列|填报|据实填|如实填)|"
                          r"(?:填写|填列|填报|填入|中选择|勾选)\s*[)）]?\s*[。.；;]?\s*$")
# (a money box's, a score's, a grade's too: `2.年度资金总额：填写项目年度预算安排的资金总额…`, `5.总分：各指标得分加总填写。`,
# `6.自评等级：在“优、良、中、差”中选择。` in a notice's 填表说明 under its blank 自评表 were the template's values, a project
# named null made of it, hunt neg2)
_INSTRUCTED = frozenset({"name", "department", "department_code", "unit", "category", "fund_use", "leader", "contact",
                         "phone", "start_date", "end_date", "period", "project_code", "score", "grade",
                         "execution_rate", "weight"}) | L.MONEY_FIELDS
# a 填表说明's line for a goal or any other box: what to write, opening with it (`二、年度绩效目标：填写项目在本年度内预期
# 达到的产出和效果…` was the blank 申报表's goal, a project named null made of the template, hunt neg2), or by what to
# write it, in one short clause (`3.实际完成值：根据年度实际完成情况填写。`, the 自评表's goal_actual) — not any sentence
# ending in `…填写`, which may be a goal's own words
# (or what to write told in a word of describing, `三、年度绩效目标：概括描述项目年度预期达到的产出和效果。` on a 填报说明
# page after a cover's `项目名称：…`: the goal of the cover's project, the form's goal then a second project, hunt pd10;
# not the filler's own lead-in before the value, `简要描述：维护城区路灯…`, `简述如下：…`, nor a 说明书 — review rv115;
# nor a value with a figure, a word count's aside: `简要说明本项目对全县126公里…` was blanked without a word, review rd64)
# an instruction's word count, its only figure (`300字`, `300个字`, `300汉字`, `200-300字`: the last three were taken for a
# value's figure, the instruction kept as the project's overview — review rv120)
_WORD_COUNT = r"\d+(?:\s*[-－—~～至到]\s*\d+)?\s*个?汉?字"
_INSTRUCTION_OPENING = lazy(rf"^[(（]?\s*(?:请|应|须)?(?:填写|填列|填报)(?!率|系统|平台|质量|工作)|"
                                  rf"^[(（]?\s*(?:请|应|须)?(?:{_DESCRIBE})(?!\s*[:：]\s*\S|如下|书)(?=(?:\D|{_WORD_COUNT})*$)|"
                                  r"^(?:按照?|根据|依据|参照)[^。；;，,]{1,30}(?:填写|填列|填报)\s*[。.]?\s*$")
# how a figure's box is worked out, in words and no figure (`执行率：全年执行数/全年预算数。`, `…×100%`): a 填表说明's, no value
_FIGURE_COLUMNS = frozenset({"score", "execution_rate", "weight"}) | L.MONEY_FIELDS
_WORDS_FORMULA = lazy(r"^[\u4e00-\u9fff（）()]{2,}\s*[/÷]\s*[\u4e00-\u9fff（）()]{2,}\s*(?:[×*]\s*100\s*[%％])?\s*[。.；;]?$")
_DASH_ONLY = lazy(r"[-—–_/\\.。·]+")
_END_PAREN = lazy(r"[(（][^()（）]*[)）]$")




@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Given text, return it folded for matching: full-width forms (NFKC), Traditional to Simplified, no tags.

    "（元）" -> "(元)"; "項目名稱" -> "项目名称". Output columns never see this: it is for comparing labels.
    """
    if "<" in text:
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)              # &nbsp;1,080.00 of a dump made from HTML
    if "$" in text or "\\" in text:
        text = read_latex(text)                 # `$\\geq 9 5 \\%$` of a converter that reads formulas: `≥95%`
    text = unicodedata.normalize("NFKC", text)
    # (translated only when it holds a Traditional character: translate looks every character up in the map, a miss
    # costing more than a set's test, and most texts have none)
    return text if _T2S_CHARS.isdisjoint(text) else text.translate(_T2S)


def as_written(raw: str, folded: str, start: int, end: int | None = None) -> str:
    """Given a text RAW, its `fold` FOLDED and a span of FOLDED (a match's group), return that span as RAW writes it
    (`[2024-017]農村公路` -> `農村公路`, `決策（10分）` -> `決策`) where folding kept every character in its place (the
    same length), else the folded span."""
    return (raw if len(raw) == len(folded) else folded)[start:end]


@lru_cache(maxsize=1 << 16)
def bare_fold(text: str) -> str:
    """Given text, return it folded (`fold`) without any whitespace: `（ 万 元 ）` -> `(万元)`."""
    return _WS.sub("", fold(text))


@lru_cache(maxsize=65536)
def label_key(text: str) -> str:
    """Given a cell, return its comparable label: "（一）财政拨款：" -> "财政拨款", "项目总预算（元）" -> "项目总预算"."""
    if (lead := text.lstrip())[:1] in _CIRCLED_FIRST and len(lead) > 1:
        text = lead[1:]       # `①项目名称`: folding makes the ① a bare 1 glued to the label, no numbering (hunt ti20)
    t = fold(text)
    if _HAN_ONLY.fullmatch(t) and t[0] not in _NUMBERING_FIRST and t[0] not in _MONTHS_FIRST and "的" not in t:
        return t              # (Chinese characters only, no numeral or 其中 first: no step below changes it)
    if " " in t and _THREE_LETTERS.search(t):
        t = _ENGLISH_GLOSS.sub("", t)                 # 项目名称 Project Name: a bilingual form's gloss
    if _SCRIPT_GLOSS.search(t) and _HAN.search(t):
        t = _SCRIPT_GLOSS.sub("", t)                  # 项目名称 ᠲᠥᠰᠥᠯ ᠦᠨ ᠨᠡᠷ᠎ᠡ: a Mongolian (Tibetan …) gloss
    t = _WS.sub("", t).replace("的", "").lstrip("*※")   # *项目名称（必填）: the mark of a required field
    # (each pattern below is anchored at the key's start or end, which has no space left: tried only when the key
    # starts / ends with a character it can start / end with — most keys are a label's bare words, no pattern's)
    for _ in range(2):
        if t[:1] in _NUMBERING_FIRST or t[:1].isdecimal():
            t = _NUMBERING.sub("", t)
    t = t.rstrip(":：")
    if t.startswith(("19", "20")):
        t = _YEAR_MONEY.sub("年度", t)                 # 2024年金额 -> 年度金额: the form's own year
    if t[:1] in _MONTHS_FIRST or t[:1].isdecimal():
        t = _MONTHS.sub("", t)                         # 1-7月执行数 -> 执行数: a monitoring form's months so far
    while True:
        t2 = t
        if t2[-1:] in _CLOSING:
            t2 = _TRAILING_PAREN.sub("", _FIELD_CODE.sub("", t2))
        if t2[-1:] in _LETTER_LAST:
            t2 = _TRAILING_LETTER.sub("", t2)
        if t2[-1:] in _UNIT_LAST and ("(" in t2 or "（" in t2):
            t2 = _OPEN_UNIT.sub("", t2)
        t2 = t2.rstrip(":：")
        if t2 == t or not t2:
            break
        t = _YEAR_MONEY.sub("年度", t2)                # 2024年度计划投资（万元） -> 年度计划投资
    return t


_THREE_LETTERS = lazy(r"[A-Za-z]{3}")
# a 子项目 cell merged down over a sub-project's fields (`子项目 | 项目名称 | …`, `子项目一`): the 项目名称 beside it the
# sub-project's, no second form's (hunt ti20)
SUB_PROJECT = lazy(r"^子项目(?:[一二三四五六七八九十]{1,2}|\d{1,2})?$")
# a 子项目 cell numbered in brackets (`子项目（一）`, `子项目(2)`): label_key drops a closing bracket, the number too
_SUB_PROJECT_BRACKETED = lazy(r"^子项目[(（]([一二三四五六七八九十]{1,2}|\d{1,2})[)）][:：]?$")


def sub_project_key(text: str) -> str:
    """The key a 子项目 cell's pairs are kept under: its label_key (`子项目`, `子项目一`), a number in brackets after
    it kept as written bare (`子项目（一）`: `子项目一` — it was `子项目`, the sub-projects' names run together; hunt
    ti21)."""
    if "子项目" in text and ((t := _WS.sub("", fold(text)))[-1:] in ")）" or t[-2:-1] in ")）"):
        if (m := _SUB_PROJECT_BRACKETED.match(t)) is not None:
            return "子项目" + m.group(1)
    return label_key(text)


# a whole title line in one pair of lenticular or book brackets (`【2024年度项目支出绩效目标表】`, `《…项目绩效目标表》`)
_TITLE_WRAPS = {"【": "】", "《": "》", "〖": "〗", "〔": "〕", "[": "]", "「": "」", "『": "』"}


def unwrapped_title(text: str) -> str:
    """TEXT, a title line, without a pair of brackets round the whole of it (`【…绩效目标表】`: the title's words, the
    name read from them — it was null, the title kept with its marks; hunt ti21); else TEXT as it is."""
    t = text.strip()
    if len(t) > 2 and (close := _TITLE_WRAPS.get(t[0])) is not None and t[-1] == close \
            and t[0] not in t[1:-1] and close not in t[1:-1]:
        return t[1:-1].strip()
    return text
# a key of Chinese characters only (`项目名称`, `年度绩效目标`): a third of the texts label_key is asked, which no gloss,
# space, numbering, year, months, colon, bracket nor letter of the steps below can change (but 的, dropped, and a first
# numeral or 其中 of _NUMBERING, or 截 / 上 / 前 of _MONTHS: asked before)
_HAN_ONLY = lazy(r"[\u4e00-\u9fff]+")
# the characters _NUMBERING's match starts with (a decimal digit besides: str.isdecimal is \d's Nd), _TRAILING_PAREN's
# and _FIELD_CODE's ends with, _TRAILING_LETTER's ends with
_CIRCLED_FIRST = frozenset(chr(c) for a, z in zip(CIRCLED_NO[::3], CIRCLED_NO[2::3]) for c in range(ord(a), ord(z) + 1))
_NUMBERING_FIRST = frozenset("（(一二三四五六七八九十其") | _CIRCLED_FIRST
_CLOSING = frozenset(")）")
# a unit's bracket whose closing one an OCR lost at the cell's edge (`其中：财政拨款（万元`, `（万`): the label without it, as
# with its bracket closed (the fiscal money's label was none, its amount lost; hunt sn8)
_OPEN_UNIT = lazy(r"\s*[（(]\s*(?:万元|万|元|亿元|千元|%|％)$")
_UNIT_LAST = frozenset("万元%％")
_LETTER_LAST = frozenset(")）/1l") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _build_field_index() -> tuple[dict[str, str], dict[str, int]]:
    idx: dict[str, str] = {}
    rank: dict[str, int] = {}
    for col, syns in L.FIELD_LABELS.items():
        for i, s in enumerate(syns):
            k = label_key(s)
            if k not in idx:
                idx[k], rank[k] = col, i
    return idx, rank


FIELD_INDEX, FIELD_RANK = _build_field_index()


# the rank of a value no synonym names (field_rank; parsers.forms' RawValue): below every list's last — a literal 99
# was, and `score`'s synonyms grew to 98, the next one added ranked as no label at all (hunt tg25); budget_year's
# 99th to 127th (`年度预算金额`, `本年度预算` … `当年经费`) had been so already, the 100th on below a value of no label
# (review rv112)
UNRANKED = 1_000_000


@value_cache(maxsize=1 << 16)   # (a pure function of its texts, asked of the same cells form after form, sp12)
def field_rank(label: str) -> int:
    """Given a field label cell, return its synonym's rank (0 = the column's first name): 实施单位 0, 填报单位 8;
    UNRANKED for a label no list holds."""
    t = label.strip()
    m = _LABEL_COLON.match(t)
    key = label_key(m.group(1) if m else t)
    rank = FIELD_RANK.get(key, UNRANKED)
    if FIELD_INDEX.get(key) == "unit" and SIGN_MARK.search(m.group(1) if m else t):
        # `单位名称（盖章）：某县林业局`, a stamp's place over or under the form: the office that files it, as a 填报单位
        # (it was ranked as 单位名称, over the body's `项目单位` / `预算单位`, the unit lost, hunt pf)
        rank = max(rank, _STAMP_UNIT_RANK)
    return rank


_STAMP_UNIT_RANK = FIELD_RANK[label_key("填报单位")]
_FIELD_KEYS_BY_LEN = sorted(FIELD_INDEX, key=len, reverse=True)


def _build_cut_index() -> dict[str, str]:
    """A label cut short by a narrow cell (six characters or more, at least 0.7 of the label) -> the label it is the
    start of: the longest such label (the first of _FIELD_KEYS_BY_LEN), as `_lookup` scanned them for."""
    idx: dict[str, str] = {}
    for k in _FIELD_KEYS_BY_LEN:
        for n in range(6, len(k) + 1):
            if n >= 0.7 * len(k):
                idx.setdefault(k[:n], k)
    return idx


_CUT_INDEX = _build_cut_index()


def _build_one_char_index() -> dict[str, str]:
    """Label keys of 4 characters or more with one character masked (as `\0`) -> their column, for labels an
    OCR misread in one character (`项目完成H期`); a masked key shared by two columns is left out."""
    out: dict[str, str | None] = {}
    for k, col in FIELD_INDEX.items():
        if len(k) < 4:
            continue
        for i in range(len(k)):
            w = k[:i] + "\0" + k[i + 1:]
            out[w] = col if out.get(w, col) == col else None
    return {w: c for w, c in out.items() if c is not None}


_ONE_CHAR_INDEX = _build_one_char_index()


def _build_last_lost_index() -> dict[str, str]:
    """Label keys of 4 characters or more without their last one -> their column, for a label whose last line an
    OCR lost (`主管部` / `门` wrapped in a narrow cell, the `门` under a seal); a shortened key shared by two columns,
    or itself a label, is left out."""
    out: dict[str, str | None] = {}
    for k, col in FIELD_INDEX.items():
        if len(k) >= 4 and k[:-1] not in FIELD_INDEX:
            out[k[:-1]] = col if out.get(k[:-1], col) == col else None
    return {w: c for w, c in out.items() if c is not None}


_LAST_LOST_INDEX = _build_last_lost_index()
# each OCR look-alike (labels.OCR_LOOKALIKES) -> the first of its group: a key so folded is matched against the labels'
# keys so folded
_LOOKALIKE = str.maketrans({ch: grp[0] for grp in L.OCR_LOOKALIKES for ch in grp[1:]})


def _build_lookalike_index() -> dict[str, str]:
    """Label keys of 4 characters or more holding an OCR look-alike, folded (`_LOOKALIKE`) -> their column, for labels
    read with a look-alike in the place of a character (`项日名称` -> name); a folded key shared by two columns is left
    out."""
    out: dict[str, str | None] = {}
    for k, col in FIELD_INDEX.items():
        f = k.translate(_LOOKALIKE)
        if len(k) >= 4 and any(ch in _LOOKALIKE_CHARS for ch in k):
            out[f] = col if out.get(f, col) == col else None
    return {w: c for w, c in out.items() if c is not None}


_LOOKALIKE_CHARS = frozenset("".join(L.OCR_LOOKALIKES))
_LOOKALIKE_INDEX = _build_lookalike_index()
_LATIN_OR_DIGIT = lazy(r"[A-Za-z0-9]")
# (the code word glued on, no 及: the project's name's label only, `项目名称 代码` — a name then its code in one cell, or
# `项目名称编码`, a row asking the code alone, forms._value's bare code; `单位名称编码` is no unit's label: review rd63)
_AND_CODE = lazy(r"^(.{2,}?)及[^及]{0,6}(?:代码|编码|编号)$|^(项目名称)(?:代码|编码|编号)$")
_CODE_ASKED = lazy(r"代码|编码|编号")     # (a label asking a code, whatever it asks with it)
# a body's label asking for its full name (`实施单位全称`, `主管部门 全称` a space set apart in its cell): the body's
_FULL_NAME = lazy(r"^(.{2,8}?)(?:全称|名称全称)$")
# a grade written after a label that is no grade's label alone (评价结论 over a prose conclusion, 等级 heading a list's
# column, 资质等级): the grade word its only value
_GRADE_INLINE = lazy(rf"^\s*(?:(?:绩效)?(?:自评|评价)结论|综合评价结论|等级)\s*[:：]\s*({GRADE_WORDS})\s*[。.]?\s*$")
# (…its full marks in brackets after it, `总分90分（满分100分）`, and a sentence's end: the score — hunt ly11)
_SCORE_INLINE = lazy(r"^([^\d:：]{1,8}分)\s*(\d{1,3}(?:\.\d{1,2})?)\s*分"
                     r"\s*(?:[（(]\s*(?:满分|总分)\s*为?\s*\d{1,3}(?:\.\d+)?\s*分?\s*[)）])?\s*[。.]?$")
# an organisation's name: ends in the word of a government body, an institution or a company
_ORG_NAME = lazy(r"^(?!万|元|个|人|公里|米|平方|亩|吨|次|件|台|套|户|家)[^\s:：,，;；。/／、·.]{3,30}"
                       r"(?:局|委|委员会|联合会|院|中心|办公室|办|政府|公司|学校|学院|大学|医院|所|站|馆|队|部|处|厅|街道|镇|乡)$")
_PROSE_FIRST = frozenset({"overview", "basis", "necessity", "feasibility", "measures", "plan", "goal_total",
                          "goal_annual", "composition"})
# fields whose value is prose (a goal, 立项依据, 实施内容): a merged label cell may carry it over several rows, and a
# comma before a label inside it sets apart the text's own parts (`年度目标：…，产出目标：…`), no next pair
_PROSE_FIELDS = frozenset({"overview", "basis", "necessity", "feasibility", "measures", "plan", "goal_total",
                           "goal_annual", "goal_actual", "goal_forecast", "composition", "other_notes", "fund_usage",
                           "implementation", "performance_summary"})
_RESULT_WORD = lazy(r"完成|执行|实际|结果|实现")


def _prose_label_again(col: str, before: Row | None) -> bool:
    """Does the row above give the same prose field under another of its labels (`项目概况 | …` over `主要建设内容 |
    …`, both an overview's)? Then the row goes on the form — no form's fragment after one whose head was lost (it was
    split into a second project, hunt pr5)."""
    return col in _PROSE_FIELDS and before is not None and any(c == col for c, _ in _row_fields(before))
_AND_MORE = lazy(r"^([^及]{4,10})及([^及]{2,8})$")
_INNER_ALT = lazy(r"^([^()]{1,10})\(([^()]{1,6})\)([^()]{1,6})$")
BLOCK_KEYS = frozenset(label_key(s) for s in L.BLOCK_LABELS)
MONEY_SECTION_KEYS = frozenset(label_key(s) for s in L.MONEY_SECTION_LABELS)
# the block labels' keys folded (`_LOOKALIKE`): a block's label read with an OCR look-alike (`缋效指标`) is one, as a
# field's label so read is (_lookup; review rv57)
_BLOCK_FOLDED = frozenset(k.translate(_LOOKALIKE) for k in BLOCK_KEYS | MONEY_SECTION_KEYS if len(k) >= 4)
# the head of a money block's row labels (`资金来源 | 金额 | 备注`), or the block's own label beside it
_MONEY_ROW_HEADS = MONEY_SECTION_KEYS | frozenset(label_key(s) for s in ("来源", "资金类别", "资金性质", "收入来源"))
TABLE_END_KEYS = frozenset(label_key(s) for s in (
    "备注", "项目绩效情况", "其他需说明的问题", "需要说明的其他问题", "评价人员", "金额合计", "合计",
    "综合得分", "评价结果等次", "总计",
    # a self-evaluation's closing rows under its indicator table
    "偏差大或目标未完成原因分析", "偏差原因分析", "未完成原因分析", "改进措施及结果应用方案", *L.MEASURE_HEADS,
    "存在问题及改进措施", "其他需要说明事项", "其他需要说明的事项", "其他需要说明的问题",
    # a monitoring form's closing rows
    "偏差或不能完成目标原因分析", "相关建议或举措", "偏差原因及改进措施", "偏差原因分析及改进措施",
    "偏差原因分析及纠偏措施", "偏差原因及纠偏措施", "总体偏差原因分析及纠偏措施", "总体偏差原因分析",
    "总体偏差原因分析及改进措施", *VERDICT_LABELS))


_SUB_PREFIX = lazy(r"^其中\s*[:：]\s*(?=[^:：]{2,12}[:：])")
# a money label, a space, an amount (`其中:财政拨款 4,200.00`, `其他资金 0.00`; folded text)
# (its unit's bracket may touch the amount, `项目总投资（万元）7,200.00`: a `pdftotext -layout` line kept no gap there — it was
# an unparsed_row, the money lost, hunt nw7)
_MONEY_INLINE = lazy(r"^(?:其中\s*[:：]?\s*)?([^\d:：\s]{2,16}?)(?:\s+|(?<=[)）]))"
                     r"([-+]?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)?)\s*$")


@lru_cache(maxsize=65536)
def starts_a_row(text: str, short: bool = False) -> bool:
    """Given the first cell of a dump's line, return True when it is a field label of four characters or
    more without its value (项目名称, 主管部门) or a table header's cell (项目明细, 一级指标): such a line
    starts a row of its own, it is no piece of a row a line break cut (shorter labels, 部门 / 负责人, may be
    the tail of a cut cell: 主管 / 部门). `short`: shorter labels too (执行率 / 得分 after a line ending in an
    amount, where no cut cell goes on)."""
    m = match_field(text)
    if (m is not None and m[1] is None or is_block_label(text)) and len(label_key(text)) >= (2 if short else 4):
        return True                                # 项目名称 / 主管部门 / 项目资金 / 绩效指标
    # a table header's first cell (项目明细, 一级指标): a header row starts anew
    return len(header_key(text)) >= 3 and any(q >= 1.0 for _, q in cell_header_matches(text).values())


# a party's name, the column it fills in brackets (`受援方（实施单位）`, `购买主体（主管部门）`, folded): a party of two
# characters at least before its 方 (not 地方 / 对方, no party), or a 主体; not `审核意见（主管部门）`, a sign-off's, nor
# `评价机构（主管部门）` (an 机构 is no party of the project: a third-party evaluator)
_ROLE_THEN_LABEL = lazy(r"^([\u4e00-\u9fff]{2,6}方|[\u4e00-\u9fff]{1,6}主体)\s*\(([\u4e00-\u9fff]{4,8})\)$")
# a party that does the work (`实施主体`, `项目承担方`): the unit, whatever its brackets add (`实施主体（主管部门）`, the
# body or the department over it: an alternative, no other column)
_DOER_ROLE = lazy(r"^(?:项目)?(?:实施|执行|承担|承办|承接|建设)")
_POINTS_NOTE = lazy(r"[(（]?\d+(?:\.\d+)?分[)）]?")


def is_section_label(text: str, first_column: bool = True) -> bool:
    """Given a cell, return True when it can be the label of a section of rows.

    Short, with Chinese, without digits but its points, and a known label: a field label or a table
    header (项目资金（万元）, 年度总体目标, 预算资金, 其中：财政资金), a block label (绩效指标（90分）), a level 1
    or a level 2 (产出指标, 效果目标, 数量指标); in a grid's first column also a section's own words
    (评估指标, 项目支出明细). Not a value repeated down a column (项目名称 | 质量强区专项经费 on every row of
    a budget table, 劳务费 on two lines of a breakdown)."""
    k = _POINTS_NOTE.sub("", label_key(text))
    if not (2 <= len(k) <= 24 and not any(ch.isdigit() for ch in k) and any('\u4e00' <= ch <= '\u9fff' for ch in k)):
        return False
    if starts_a_row(text) or standardize_level1(text) is not None or is_block_label(text) \
            or re.sub(r"(?:指标|目标)$", "", k) in LEVEL2_NAMES:
        return True
    # in the first column a section's own words too (评估指标, 项目支出明细, 预算执行情况（10分）); not a
    # line's name repeated on two lines of a table (劳务费 | 10 / 劳务费 | 5: two lines)
    return first_column and bool(_SECTION_WORD.search(k))


_SECTION_WORD = lazy(r"(?:指标|目标|情况|明细|资金|预算|执行|安排|构成|计划|表)(?:\(万?元\))?$")


@lru_cache(maxsize=65536)
def next_pairs(text: str) -> tuple[str, ...]:
    """Given a cell's or a line's text, return its `label：value` pairs (one piece when there is one): cut before
    each `label：` after a space, and before a label of a field glued right after a number (`…178.56万元执行率：96.00%`:
    the value 178.56万元, then 执行率)."""
    if not _COLONS.search(text) and _SPACED_PAIR.match(text):
        # `主管部门 市教育局 实施单位 市第一中学` (no colon, one space kept): cut before each head's label after the first
        return _spaced_pairs(text)
    out: list[str] = []
    for part in split_outside_brackets(_NEXT_PAIR, text):
        if (pieces := contact_opened(part)) != [part]:
            # (the pairs in a contact's brackets cut in turn, `（联系人：张三 电话：138…）`: the contact and the phone)
            out += [q for piece in pieces for q in next_pairs(piece)]
            continue
        cuts = {m.start() for m in _GLUED_NEXT.finditer(part)
                if _COLONS.search(part, 0, m.start()) and _lookup(label_key(m.group(1)))}
        cuts = _field_cuts(part, cuts) if len(_COLONS.findall(part)) >= 2 else sorted(cuts)
        # (`主管部门：市教育局，实施单位：…`: the comma that set the pairs apart is no part of the value)
        out += _brackets_opened([part[a:b].rstrip("，,；;") if b < len(part) else part[a:b]
                                 for a, b in zip([0] + cuts, cuts + [len(part)])], next_pairs)
    return tuple(out)


def _brackets_opened(pieces: list[str], cut) -> list[str]:
    """The pairs a text was cut into, each closing on a contact's brackets once the next pair is cut off
    (`项目负责人：李明（联系电话：138…）` before `填报日期：…`) opened as at a line's end (bracketed_contact), its pieces cut
    again by CUT: the person and the phone (they were `李明（` and `138…）`, hunt pr3)."""
    out: list[str] = []
    for piece in pieces:
        split = contact_opened(piece)
        out += [r for s in split for r in cut(s)] if split != [piece] else [piece]
    return out


def contact_opened(text: str) -> list[str]:
    """A text's contact pair in brackets opened: the pair before them and the pair in them (bracketed_contact), or
    the pair alone when the text is wholly the brackets (`（联系电话：138…）`, a space or a cell's edge before them: the
    phone was lost, review rv82); else [text]."""
    split = bracketed_contact(text)
    if len(split) == 1 and (whole := _WHOLE_BRACKETS.match(text)) and _GLUED_LABEL.match(whole.group(1)):
        return [whole.group(1)]
    return split


# a text wholly in one pair of round brackets (`（联系电话：138…）`), a stop after them let be
_WHOLE_BRACKETS = lazy(r"^\s*[（(]\s*([^（()）]+?)\s*[)）]\s*[。.；;]?\s*$")


# a project's number as a caption's label (`项目一`, `项目2`) and the name it gives after its colon (a name, no sentence)
_PROJECT_NUMBER = lazy(r"^项目(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")
_PROJECT_CAPTION_NAME = lazy(r"^[^，。；,;：:\s]{4,40}$")


def project_caption(text: str) -> str | None:
    """Given a row's only cell, return the name a caption numbering the form's project gives (`项目二：新化县农村公路养护
    项目`, over a form of no 项目名称: its name — it was dropped, the form's name null, hunt fam), else None. A row of
    its own only: in a row of cells, `产出指标 | 数量指标 | 项目一：垃圾清运车辆购置 | ≥10台` is an indicator's name (as a
    label match_field named, it ended the indicator table, each such row a project of its own — review rv8)."""
    m = _LABEL_COLON.match(text.strip())
    if m is None or not _PROJECT_NUMBER.match(label_key(m.group(1))):
        return None
    name = m.group(2).strip()
    return name if _PROJECT_CAPTION_NAME.match(name) else None


@lru_cache(maxsize=65536)
def match_field(text: str) -> tuple[str, str | None] | None:
    """Given a cell, return (column, inline value or None) when it is a field label.

    "项目负责人：顾爱民" -> ("leader", "顾爱民"); "项目总预算（元）" -> ("budget_total", None);
    a label cut short in the dump ("同名项目上年预算执行") still matches its column.
    """
    t = _SUB_PREFIX.sub("", text.strip())      # 其中：财政拨款：1,536.80 -> 财政拨款：1,536.80
    if not t:
        return None
    m = _LABEL_COLON.match(t)
    if m and _WIDE_GAP.search(m.group(1).strip()) and not _lookup(label_key(m.group(1))) \
            and SIGN_MARK.search(_WIDE_GAP.split(m.group(1).strip())[0]):
        # `填报单位（盖章）　　　　填报日期：2023年10月25日`: a label left blank (a place to sign), a gap, then the
        # pair — the pair after the gap (the whole was no label)
        m = _LABEL_COLON.match(_WIDE_GAP.split(m.group(1).strip())[-1] + "：" + m.group(2))
    if m:
        col = _lookup(label_key(m.group(1)))
        if col:
            # (the label without its spaces: `项目 名称：…` is one label, not a piece `项目` then `名称：…`)
            first = _LABEL_COLON.match(next_pairs(_WS.sub("", m.group(1)) + "：" + m.group(2).strip())[0])
            rest = first.group(2).strip() if first else ""
            nxt = _LABEL_COLON.match(rest)
            if nxt and len(nxt.group(1)) <= 12 and (_lookup(label_key(nxt.group(1))) or is_role_label(nxt.group(1))):
                rest = ""                    # 填报单位（公章）：单位负责人：李明: the next label's, this one left blank
            if col in _INSTRUCTED and len(rest) <= 40 and (_INSTRUCTION.search(rest) or col in _FIGURE_COLUMNS
                                                            and _WORDS_FORMULA.match(rest)) \
                    or len(rest) <= 80 and _INSTRUCTION_OPENING.match(rest):
                rest = ""                    # 一、项目名称：按照…填写。 (a 填表说明's line): what to write, no value
            return col, rest or None
        if label_key(m.group(1)) == "单位" and _ORG_NAME.match(fold(m.group(2)).strip()):
            return "unit", m.group(2).strip()   # 单位：南京市交通运输局 (an organisation, not 单位：万元)
    if (g := _GRADE_INLINE.match(fold(t))) is not None:
        return "grade", g.group(1)           # 评价结论：优 / 等级：优 (labels of no field alone: 评价结论 heads a prose row)
    if len(t) > 40 and len(_SCRIPT_GLOSS.sub("", t)) > 40:
        # (a label's Mongolian gloss under it makes no label a sentence; a line of several spaced head pairs is as
        # long, `项目名称 … 负责人 孙海涛 联系电话 0551-…`: its first pair, the caller reads the rest — it was lost past
        # 40 characters, review rv91)
        return spaced_pair(t) if _SPACED_PAIR.match(t) and _head_pairs_line(t) else None
    col = _lookup(label_key(t))
    if col in (None, "unit", "department") and (br := _ROLE_THEN_LABEL.match(fold(t))) \
            and _lookup(label_key(br.group(2))) in ("unit", "department") \
            and _lookup(label_key(br.group(1))) in (None, "unit", "department") \
            and not (_DOER_ROLE.match(br.group(1)) and _lookup(label_key(br.group(2))) == "department"):
        # 受援方（实施单位）: a party's role, the column named in its brackets; so `购买主体（主管部门）` (购买主体 alone a
        # unit's label, the buying body) names the department, as its brackets say (it was the unit, then lost to the
        # form's 实施单位)
        col = _lookup(label_key(br.group(2)))
    if col is None and (sc := _SCORE_INLINE.match(t)) and _lookup(label_key(sc.group(1))) == "score":
        return "score", sc.group(2)          # 项目总得分99分: a score label with its points, no colon
    if col is None and (ma := _MONEY_INLINE.match(fold(t))) and _lookup(label_key(ma.group(1))) in L.MONEY_FIELDS:
        # `其中：财政拨款 4,200.00`, `其他资金 0.00`: a money label and its amount in one cell, a space between
        # (a budget system's 中期 | 年度 money block; the row was unparsed)
        return _lookup(label_key(ma.group(1))), ma.group(2)
    if col is None and (sp := spaced_pair(t)) is not None:
        # `项目名称 校园安全监控改造`, `主管部门 市教育局`: a head's label, a space, its value (a dump's line keeping one
        # space; the value was lost without a word, as the money's label and amount were before _MONEY_INLINE)
        return sp
    return (col, None) if col else None


# the fields of a form's head of a short value (a name, a body, a person, a number)
HEAD_FIELDS = frozenset({"name", "department", "unit", "leader", "contact", "phone", "department_code",
                         "project_code"})
# the head's fields read from a label, a space and a value: not a contact's or a phone's (`联系人 王明` / `联系电话 0571-…`
# sign off a covering letter above the form as often: they were read as the form's, the letter a form of its own)
_SPACED_FIELDS = HEAD_FIELDS - {"contact", "phone"}
# a label of four characters or more, a space, a value of no colon (`项目名称 校园安全监控改造`)
_SPACED_PAIR = lazy(r"^([\u4e00-\u9fff]{4,8})[ \t\xa0\u3000]+([^\s:：][^:：]*)$")
# a later piece of such a line (_spaced_pairs cut it): a person's label of three characters too (`联系人 赵丽`)
_SPACED_PIECE = lazy(_SPACED_PAIR.pattern.replace("{4,8}", "{3,8}"))
# the end of a word that is a column's head or a sign-off's place, no head's value (`审核意见`, `盖章`, `自评`), or the
# rest of a label a space cut (`实施单位 全称`, `项目名称 代码`, `实施单位 及负责人`: the label's words, review rv76)
_HEAD_WORD_END = lazy(r"(?:意见|盖章|签字|签名|签章|公章|自评|评价|情况|指标|说明|填写|填报|名称|单位|部门|日期"
                      r"|全称|简称|代码|编码|编号|姓名|负责人|联系人|电话)$")


def spaced_pair(text: str, after_pair: bool = False) -> tuple[str, str] | None:
    """A head's label, a space and its value, no colon (`项目名称 校园安全监控改造` -> ('name', '校园安全监控改造'); the
    first of several, `主管部门 市教育局 实施单位 市第一中学` -> ('department', '市教育局')), else None. The value as the
    pair with a colon would give it (a 填表说明's `项目名称 填写项目全称` is what to write, no value, review rv76).
    A contact's or a phone's pair only `after_pair`, a later piece of a line whose first is another head's pair
    (`项目名称 … 项目负责人 王建国 联系电话 138…`: the form's head, no letter's sign-off; the phone was lost, mend md35)."""
    fields, pair = (HEAD_FIELDS, _SPACED_PIECE) if after_pair else (_SPACED_FIELDS, _SPACED_PAIR)
    if not pair.match(text) or (sp := pair.match(next_pairs(text)[0])) is None \
            or (col := _lookup(label_key(sp.group(1)))) not in fields or not _spaced_value(sp.group(2)):
        return None
    if col in ("department", "unit") and (_BODY_DEED.search(sp.group(2))
                                          or _BODY_PLAN.search(sp.group(2)) and not _body_name(sp.group(2))):
        # (`实施单位 按期完成了全部建设任务`: a report's sentence opening with the body, hunt pr3; `主管部门 按计划推进项目
        # 建设`, a plan's, naming no body — it was the department, hunt pr5)
        return None
    got = match_field(sp.group(1) + "：" + sp.group(2).strip())
    return got if got is not None and got[1] is not None else None


# the verbs of a deed done (`完成了…`, `如期实现…`, `达到预期…`): a report's sentence, no name nor title
_DEED_VERBS = r"实现|完成|达到|达成"
# a deed's words after a body's label and a space: a sentence the body opens (`实施单位 按期完成了全部建设任务`), no
# body's name (a name holds no `了`, no `完成` / `实现`; a project's name may, so only a body's value is asked)
_BODY_DEED = lazy(rf"了|{_DEED_VERBS}")
# a plan's words (`按计划推进项目建设`, `加强资金监管`): a sentence of what a body will do, when the words name no body
_BODY_PLAN = lazy(r"推进|开展|落实|加强|做好|确保|按(?:计划|期|时|要求)")


def _head_pairs_line(text: str) -> bool:
    """Is a long line of no colon a head's pairs side by side (`项目名称 农村饮水安全巩固提升 经办人 赵丽 联系电话 0551-…`):
    two pieces or more, each a head's pair, a body's value a body's name? A notice's sentences opening with a body's
    label are as long and as spaced (`主管部门 要加强对项目实施全过程的监督管理工作 实施单位 要切实履行…`: read as the
    department, the file a cover page; `项目名称 应与预算批复文件中的项目名称保持一致 实施单位 要…`: a second project,
    review rd) — a clause names no body, and a piece of no head's pair is no head's line."""
    pieces = _spaced_pairs(text)
    return len(pieces) > 1 and all(_head_piece(p, k > 0) for k, p in enumerate(pieces))


def _head_piece(piece: str, after_pair: bool) -> bool:
    """Is one piece of a spaced line a head's pair (_head_pairs_line): a label spaced from its value, or written with a
    colon (`负 责 人 孙海涛`, a label by its spacing, the piece `负责人：孙海涛`), a department's or unit's value a body's
    name (`县水利局`, `某县农村公路建设有限公司`, a place opening it, `某县公路管理段`)?"""
    got = match_field(piece) if _COLONS.search(piece) else spaced_pair(piece, after_pair)
    if got is None or got[0] not in HEAD_FIELDS or got[1] is None:
        return False
    return got[0] not in ("department", "unit") or _body_name(got[1])


def _body_name(text: str) -> bool:
    """Do a body's value's words name a body (`县水利局`, `某县农村公路建设有限公司`, a place opening it, `某县公路管理段`)?"""
    value = fold(text).strip()
    return bool(org_kind(value) or _ORG_NAME.match(value)) or place_led(value)


def _spaced_value(text: str) -> bool:
    """Can the words after a head's label and a space be its value (`校园安全监控改造`, `市教育局`)? Not when a word is a
    label, a column's head or a sign-off's place (`项目名称 主管部门 实施单位`: a list's head; `实施单位 盖章`,
    `主管部门 审核意见`: a sign-off's), nor a placeholder, nor a sentence (`实施单位 严格按照合同组织验收，确保质量。`: a
    report's line of prose, its clauses set apart — a head's value is a name, review rv76)."""
    return not is_placeholder(text) and not _CLAUSE_BREAK.search(_BRACKETED.sub("", text)) and not any(
        match_field(w) is not None or is_block_label(w) or _HEAD_WORD_END.search(w) or cell_header_roles(w)
        for w in text.split())


def _spaced_pairs(text: str) -> tuple[str, ...]:
    """`主管部门 市教育局 实施单位 市第一中学`: the pieces, each a head's label (of four characters or more) and the words
    after it up to the next."""
    out: list[list[str]] = []
    for word, spelled in _spaced_words(text):
        if out and spelled and len(out[-1]) > 1:
            out.append([word + "："])            # (`负 责 人`: a label by its spacing, its pair written with a colon)
        elif not out or _spaced_label(word) and len(out[-1]) > 1:
            out.append([word])
        else:
            out[-1].append(word)
    return tuple(" ".join(p).replace("： ", "：") for p in out) if len(out) > 1 else (text,)


def _spaced_label(word: str) -> bool:
    """Is a word after a space a head's label opening a pair of its own: four characters or more (`实施单位`), or a
    person's of three (`联系人 赵丽` after `项目名称 …`: a person's label names no body nor a project's words; it ran on
    into the name, the name, the contact and the phone lost, hunt pr4)?"""
    col = _lookup(label_key(word))
    return col in HEAD_FIELDS and (len(word) >= 4 or len(word) == 3 and col in ("contact", "leader"))


def _spaced_words(text: str) -> list[tuple[str, bool]]:
    """The words of a line, a head's label spelled out one character a word (`负 责 人`, `实 施 单 位`) joined into one
    (True beside it: a label by its spacing, of three characters too — it ran on into the value before it,
    `校园安全监控改造负责人王建国`, hunt pr3)."""
    words = text.split()
    out: list[tuple[str, bool]] = []
    k = 0
    while k < len(words):
        run = k
        while run < len(words) and len(words[run]) == 1:
            run += 1
        j = next((j for j in range(run, k + 1, -1) if _lookup("".join(words[k:j])) in HEAD_FIELDS), None)
        out.append(("".join(words[k:j]), True) if j is not None else (words[k], False))
        k = j if j is not None else k + 1
    return out


def near_field(text: str) -> str | None:
    """Given a cell no label names, return the column of the one label it matches but for one character
    (`实施第位` -> unit) or but for its last character (`主管部` -> department), or None. For cells an OCR read, or in a row of labels and values that other
    labels confirm: the caller decides when a near match is safe."""
    key = label_key(text)
    if len(key) < 3 or len(key) > 12:
        return None
    cols = {_ONE_CHAR_INDEX.get(key[:i] + "\0" + key[i + 1:]) for i in range(len(key))} - {None} \
        if len(key) >= 4 else set()
    if not cols and key in _LAST_LOST_INDEX:
        return _LAST_LOST_INDEX[key]         # `主管部`: the label's last character lost (see _build_last_lost_index)
    return cols.pop() if len(cols) == 1 else None


@lru_cache(maxsize=1 << 16)
def _lookup(key: str) -> str | None:
    """The column a label's key (`label_key`) names, else None: the field index, then an OCR look-alike, a label cut
    short, an alternative or a code asked for beside it. (A pure function of the key, the indexes built once at import:
    memoised, as match_field asks the same key up to five times and every label's key comes back cell after cell.)"""
    if not key:
        return None
    col = FIELD_INDEX.get(key)
    if col:
        return col
    if len(key) >= 4 and (f := key.translate(_LOOKALIKE)) != key and f in _LOOKALIKE_INDEX:
        return _LOOKALIKE_INDEX[f]          # `项日名称`: a label read with an OCR look-alike (labels.OCR_LOOKALIKES)
    if len(key) >= 6 and key in _CUT_INDEX:   # a label cut short by a narrow cell
        return FIELD_INDEX[_CUT_INDEX[key]]
    alt = _INNER_ALT.match(key)
    if alt:
        # 专项(项目)名称 / 主管部门(单位)名称: a label naming its alternative in brackets inside it
        col = FIELD_INDEX.get(alt.group(1) + alt.group(3)) or FIELD_INDEX.get(alt.group(2) + alt.group(3))
        if col:
            return col
    code = _AND_CODE.match(key)
    if code:
        # 主管部门(单位)名称及部门预算编码 / 实施单位及编号: the label with its code asked for beside it
        # (`项目名称 代码`, a space for its 及: the name's label too, hunt pr5)
        return _lookup(code.group(1) or code.group(2))
    full = _FULL_NAME.match(key)
    if full and (named := FIELD_INDEX.get(full.group(1)) or FIELD_INDEX.get(full.group(1) + "名称")) \
            in ("department", "unit", "name"):
        # (`实施单位 全称 | 市第一中学`: it was no label, its value lost, hunt pr3; `项目名称 全称 | 校园…`, the name's
        # label its 名称 before 全称, too: hunt pr4)
        return named
    both = _AND_MORE.match(key)
    if both and FIELD_INDEX.get(both.group(1)) in _PROSE_FIRST and not _RESULT_WORD.search(both.group(2)) \
            and key.replace("及", "") not in BLOCK_KEYS:
        # 项目概况及立项依据: two things asked in one cell, the first a prose field's label: its column (a
        # label listed whole, 立项依据及必要性, was found above; not 年度总体目标及完成情况, which asks for
        # the result, nor 年度预算及执行情况, whose money the text gives as prose)
        return FIELD_INDEX[both.group(1)]
    if key.startswith("项目") and len(key) >= 5 and FIELD_INDEX.get(key[2:]) in ("goal_total", "goal_annual", "score"):
        return FIELD_INDEX[key[2:]]        # 项目总体目标, 项目总得分: a goal's or the score's label with 项目 before it
    if key.startswith("专项") and len(key) >= 4 and (FIELD_INDEX.get(key[2:]) or FIELD_INDEX.get("项目" + key[2:])):
        # 专项立项依据, 专项年度绩效目标, 专项属性: a 专项资金 form's labels, 专项 before them or for 项目
        return FIELD_INDEX.get(key[2:]) or FIELD_INDEX["项目" + key[2:]]
    if len(key) >= 4:
        # one Latin letter or digit among Chinese characters: a character an OCR misread (项目完成H期)
        odd = [m.start() for m in _LATIN_OR_DIGIT.finditer(key)]
        if len(odd) == 1:
            i = odd[0]
            return _ONE_CHAR_INDEX.get(key[:i] + "\0" + key[i + 1:])
    return None


IGNORED_KEYS = frozenset(label_key(x) for x in L.IGNORED_LABELS)   # 单位（盖章）, 财务负责人: rows with no value
NO_COLUMN_KEYS = frozenset(label_key(x) for x in L.NO_COLUMN_LABELS)   # 债券期限, 建设地点: a value kept in other_fields
# a person's role on a form's sign-off lines, the label of no column (单位负责人, 财务负责人, 分管领导, 审核人, 复核人, 制表人;
# `单位负责人（签字）` too): a person other than the project's 项目负责人 (leader) or 联系人 (contact); a body's officer
# named by the post (`办公室主任`, `财务科长`, `分管副局长`, `党委书记`, `主管会计`: it was dropped, hunt pr9 — the
# post's words normalize.text's ROLE_POST)
_ROLE_LABEL = lazy(rf"^{_HAN.pattern}{{1,7}}(?:人|领导|{ROLE_POST})$")
# a deed's words before an officer's post (`培训中小学校长`, `轮训村党支部书记`, `表彰优秀校长`, `慰问…`, `聘请项目经理`):
# an indicator's name of whom the deed is done to, no body's officer (they left the indicator table, review rd69 B)
_DEED_LEAD = lazy(r"^(?:培训|轮训|集训|培养|表彰|奖励|慰问|走访|聘请|聘用|招聘|选聘|选派|选拔|引进|资助|补助|帮扶|考核|评选|"
                  r"新增|新聘|招录|派驻|配备|组织|开展|参训|受训)")


# a person's label's end (`项目负责人`, `联系人`, `填报人`, `分管领导`, `姓名`, a post's `办公室主任`: extract.txt's
# _person_label) and an officer's (a 负责人's, a 领导's or a post's: parsers.forms' sign-off pairs `财务科长 | 李明`)
PERSON_LABEL_END = lazy(rf"(?:人|领导|姓名|{ROLE_POST})$")
OFFICER_END = lazy(rf"(?:负责人|领导|{ROLE_POST})$")
_POST_END = lazy(rf"(?:{ROLE_POST})$")
# a value no person's name is: a target, a figure or a comparison first (`≥150人`, `10名`, `不少于60人`: review rd69 B,
# mend md67) under a post; or under any officer's label a word target (`全部轮训`, `明显提升`, `全覆盖`): the words a
# target opens or ends with (hunt pr10: `乡镇卫生院院长 | 全部轮训`, `村卫生室负责人 | 全部培训` under blank merged
# levels went to other_fields, the indicators lost). A post's duty (`办公室主任 | 负责资料收集和报送`) is none of these:
# a foot's pair, kept under its label as written (read as a gate's target it made the foot's rows indicators)
_TARGET_LEAD = lazy(r"^\s*(?:([≥≤＞＜><=≧≦]|不[少低高超大小]于)|\d)")
# a value of people's names alone, one blank or more apart (no_person_under): each of two or three characters, a
# compound surname's (normalize.records' list) of four; `已完成`, `均合格` (an adverb first) none
_A_NAME = rf"(?:(?:{'|'.join(_COMPOUND_SURNAMES)})[\u3400-\u9fff]{{1,2}}|[\u3400-\u9fff]{{2,3}})"
_NAMES_ALONE = lazy(rf"^(?![已均有未都]){_A_NAME}(?:[ \u3000]+{_A_NAME})*$")
_SHARE_OR_COUNT = lazy(r"^\s*\d+(?:\.\d+)?\s*(?:[%％‰]|[人名次个户家所])")
_NO_NAME_WORDS = lazy(r"^(?:全[部面额员数覆]|明显|显著|逐步|持续|有效|基本|稳步|大幅|按[时期]|及时|进一步|做好|完成|实现|应.尽.|"
                      r"确保|保障)|(?:提升|提高|改善|完成|覆盖|培训|轮训|达标|合格|到位|落实|"
                      r"下降|减少|增加|增长|降低|实现|建立|健全|好转|加强)$")


def no_person_under(label: str, value: str | None) -> bool:
    """Whether a person's label (an officer's post, 负责人, 领导: OFFICER_END) has a value no person's name is — a
    target or a figure under a post (`培训中小学校长 | ≥150人`), a comparison, a share or a count under any of them
    (`村级田管员负责人 | ≥120人`, `… | 100%`), a word target too (`乡镇卫生院院长 | 全部轮训`, `村卫生室负责人 |
    全部培训`; not names alone, `陈加强`, `王建立 张健全`): an indicator's row, no sign-off pair (and in a flattened text
    no list of people, `全部 轮训`). The one gate of parsers.forms' sign-off pairs and extract.txt's
    person labels (they were two: md67 gated the forms' only)."""
    if not value or not label:
        return False
    if (lead := _TARGET_LEAD.match(value)) is not None:
        # (a comparison under any officer's label too, `村级田管员负责人 | ≥120人`: a figure first may be a 负责人's
        # phone or day, a comparison is no one's — it went to other_fields, the indicator lost; review rv157)
        # (so a figure with a share's or a count's unit, `100%`, `120人`: no phone nor day has one)
        return (_POST_END if lead.group(1) is None and _SHARE_OR_COUNT.match(value) is None else OFFICER_END) \
            .search(label_key(label)) is not None
    v = value.strip()
    if len(v) < 2 or OFFICER_END.search(label_key(label)) is None:
        return False
    words = _NO_NAME_WORDS.search(v.replace(" ", "").replace("\u3000", ""))
    if len(v) == 2:
        # (a target of one two-character word, `院长 | 轮训`, `站长 | 达标`: the word whole, no two-character name is
        # one; a target opening `应…尽…`, `应训尽训`, `应保尽保`, alike — they were sign-off pairs: hunt pr11)
        return words is not None and words.group() == v
    # (a word a target ends with is a given name's too, `陈加强`, `王建立`, `张健全`, `欧阳建立`: a value of names alone
    # (_NAMES_ALONE) is people unless a target's opening word leads it, `全部 轮训` — the rows were indicators of
    # target `陈加强`, review rv157)
    return words is not None and (words.start() == 0 or _NAMES_ALONE.match(v) is None)


@lru_cache(maxsize=1 << 14)
def is_role_label(text: str) -> bool:
    """Given a label (without its colon), return True when it names a person's role on the form's sign-off lines and
    no contract column: `单位负责人`, `财务负责人（签字）`, `分管领导`, `审核人` (not 项目负责人 / 联系人 / 填表人, which are
    columns)."""
    k = label_key(text)
    return bool(_ROLE_LABEL.match(k)) and _lookup(k) is None \
        and not (_DEED_LEAD.match(k) and not k.endswith(("人", "领导")))
# (a run of words holding a comma is no label: `王建国，联系电话：…` is a value, then the next pair)
_OTHER_LABEL = lazy(r"^[^:：\d，,；;]{2,8}[:：]")
# an item of a prose field named in a cell of its own: `职能一`, `职责2`, `任务三` (forms' _item_labelled_prose; a
# numbered one, `1`, `（一）`, its _ROW_NO)
ITEM_NAME = lazy(r"^(?:职能|职责|任务|目标|工作|重点)\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")


@value_cache(maxsize=1 << 16)
def is_value_for(text: str) -> bool:
    """Given the cell after a label, return True when it can be that label's value.

    Not another field label, not template filler, not a `label：value` pair of its own (`金额单位：元`); an amount
    totalled before its figure (`总计：120万元`, `合计：120`: parse_amount's) is a value, and so is an item's name before
    its text (`职能一：负责全区体育工作。` beside 部门职能: a short one was taken for a pair of its own, the field lost,
    review rv66).
    """
    if len(text) > 40 and _NUMBERED_PROSE.match(text):
        return True                     # 1、目标完成情况：对照项目计划，…: prose under its own numbered headings
    return not match_field(text) and not is_placeholder(text) \
        and not (len(text) <= 20 and (lab := _OTHER_LABEL.match(text)) and parse_amount(text) is None
                 and not ITEM_NAME.match(lab.group()[:-1].strip())) \
        and label_key(text) not in IGNORED_KEYS


_NUMBERED_PROSE = lazy(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.．]")


@lru_cache(maxsize=1 << 16)
def is_block_label(text: str) -> bool:
    """Given a cell, return True when it names a block of the form and holds no value ("绩效指标", "评分表")."""
    k = label_key(text)
    if k in BLOCK_KEYS or k in MONEY_SECTION_KEYS or k.replace("目标", "指标") in BLOCK_KEYS:
        return True
    f = k.translate(_LOOKALIKE) if len(k) >= 4 else k
    return f != k and (f in _BLOCK_FOLDED or f.replace("目标", "指标") in _BLOCK_FOLDED)


@lru_cache(maxsize=1 << 16)
def is_placeholder(text: str | None) -> bool:
    """Given a cell, return True for template filler that holds no value: "", "-----", "(年 - 年)", "年 月 日", the
    place of a seal or a signature ("(盖章)", "签字")."""
    if text is None:
        return True
    t = bare_fold(text)
    if not t:
        return True
    if _DASH_ONLY.fullmatch(t):
        return True
    return t in ("(年-年)", "年月日", "(年)", "至", "到", "年月日至年月日", "年月至年月") or bool(_SEAL_ONLY.fullmatch(t)) \
        or bool(_FILL_HINT.fullmatch(t)) or is_slot(t)
    # (`项目起止时间 | | 到 |`: the connective of a blank period; `指栎1：`, `目栎1：`, a slot read with an OCR look-alike,
    # a slot too — with 栎 among the label look-alikes a blank template in 栎 was a form of filled indicators, hunt sc6)


# a template's instruction in brackets where the value goes: `(主要是项目的实施背景、立项依据…)`, `（请填写…）`
# (or `（按预算批复的项目名称填写）`, `（根据…填列）`: what to write, by what)
_FILL_HINT = lazy(rf"[(\[【](?:(?:请填写|请填|请简要|请说明|请按|请根据|填写|填报|{_DESCRIBE})[^()\[\]【】]*|"
                        r"(?:按照?|根据|依据|参照)[^()\[\]【】]{0,30}(?:填写|填列|填报)[^()\[\]【】]{0,6}|"
                        r"(?:主要是|主要包括|包括)[^()\[\]【】\d]*等)[)\]】]")
# a template's pre-printed numbered slots with nothing after them: `目标1：目标2：目标3：`, `指标1：`, `指标1`, `目标2、`
# (one with forms' slot of a blank indicator row, `指标1.`, review rv107)
_SLOTS_ONLY = lazy(r"(?:(?:目标|指标)\d{1,2}[:：.、]?)+")


def is_slot(text: str) -> bool:
    """A template's pre-printed numbered slots and nothing else (`指标1：`, `目标1：目标2：`), read with an OCR
    look-alike too (`指栎1：`)."""
    return bool(_SLOTS_ONLY.fullmatch(bare_fold(text).translate(_LOOKALIKE)))
_SEAL_ONLY = lazy(rf"[(\[【]?(?:单位)?{SIGN_WORDS}[)\]】]?")   # `填报单位:(盖章)`


@lru_cache(maxsize=1 << 16)
def clean(text: str | None) -> str | None:
    """Given a cell, return its text with tags removed and whitespace collapsed, or None if empty."""
    if text is None:
        return None
    t = _WS.sub(" ", _TAGS.sub(" ", text) if "<" in text else text).strip()
    return t or None


# ---------------------------------------------------------------- indicator levels

_LEVEL_SUFFIX = lazy(r"(类指标|指标|目标|(?<=..)值)$")   # (`产出值` / `数量值`: a level named with 值)
_NUMBER_OPENERS = frozenset("(（一二三四五六七八九十0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ第"
                            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# an outline item's number before its words (`（一）产出指标`, `一、效益指标`, `1.数量指标`, `1）产出指标`, `二）效益指标`;
# folded or not): a level's number (level_key), a report's heading's (parsers/forms) — `1）` / `二）` were no level's
# number, the rows of such levels lost (review rv4); a circled `①产出指标`, a Roman `Ⅰ.产出指标`, a letter's `A.产出指标`
# / `b）效益指标`, a part's `第一部分 产出指标` too (hunt lv: no level's number, their rows unparsed), in brackets
# `（A）产出指标` / `(Ⅱ)效益指标` (review rv6; normalize.text LEVEL_MARKS, records' level cleaning's list too). Matched on
# the text before folding as well as after (folding makes `①` a bare `1`, `Ⅱ` `II`)
OUTLINE_NUMBER = (r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．)）]|\d{1,2}[、.．)）](?!\d)"
                  rf"|[①-⑳]|{LEVEL_MARKS})\s*")
_LEVEL_NUMBER = lazy(OUTLINE_NUMBER)


@lru_cache(maxsize=65536)
def level_key(text: str) -> str:
    """Given a level cell, return its bare name: "产出指标(50分)" -> "产出", "满意度目标：" -> "满意度"."""
    t = text.lstrip()
    if t[:1] in _NUMBER_OPENERS:
        t = _LEVEL_NUMBER.sub("", t)       # (`①` before folding makes it a bare `1`)
    t = bare_fold(t)
    if t[:1] in _NUMBER_OPENERS:
        t = _LEVEL_NUMBER.sub("", t)
    t = _END_PAREN.sub("", t).rstrip(":：")
    t = _END_PAREN.sub("", t)
    t = _LEVEL_SUFFIX.sub("", t)
    return t


@lru_cache(maxsize=1 << 16)
def level_info(text: str) -> tuple[str | None, str | None, str]:
    """Given a cell, return (level-1 category, level-2 category, bare name); None where it is no such level name."""
    k = level_key(text)
    got = L.LEVEL1_NAMES.get(k), L.LEVEL2_NAMES.get(k), k
    if got[0] is None and got[1] is None and len(text) <= 12:
        return _lookalike_level(text) or got
    return got


def _lookalike_level(text: str) -> tuple[str | None, str | None, str] | None:
    """A level's name read with one OCR look-alike (_OCR_LOOKALIKE, `产出指栎` for 产出指标): the reading with it put
    back, if that one names a level (the level lexicon proves it, as a head word's does)."""
    for i, ch in enumerate(text):
        if ch in _OCR_LOOKALIKE:
            k = level_key(text[:i] + _OCR_LOOKALIKE[ch] + text[i + 1:])
            if k in L.LEVEL1_NAMES or k in L.LEVEL2_NAMES:
                return L.LEVEL1_NAMES.get(k), L.LEVEL2_NAMES.get(k), k
    return None


def is_child(parent_cat: str | None, key: str) -> bool:
    return parent_cat is not None and key in L.LEVEL1_CHILDREN.get(parent_cat, ())


# ---------------------------------------------------------------- rows in reading order

@dataclass(slots=True)
class Row:
    cells: list[Cell]               # non-empty cells, by column
    grid: Grid | None               # None for a text line outside grids
    r: int = 0                      # row index in its grid
    order: float = 0.0
    page_break: bool = False        # a page break or blank gap precedes this row
    _header: object = field(default=0, repr=False, compare=False)   # detect_header cache (0 = not yet)
    _title: object = field(default=None, repr=False, compare=False)  # is_title cache
    _fields: object = field(default=None, init=False, repr=False, compare=False)  # _row_fields cache
    _year: object = field(default=None, init=False, repr=False, compare=False)    # is_year_line cache
    _sub: object = field(default=0, init=False, repr=False, compare=False)        # sub_project_head cache (0 = not yet)
    # a text line outside grids (grid None); set once at construction: a row's grid is never reassigned, and this is
    # read millions of times (a property's call cost more than the rest of many tests)
    is_text_line: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.is_text_line = self.grid is None

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def first(self) -> Cell | None:
        return self.cells[0] if self.cells else None


# the kinds of form after 绩效 (`目标申报`, `自评`, `运行监控情况`, `目标调整申请`), the scored ones among them: one
# vocabulary of a form title's end, forms' _SCORE_TITLE_END, _PROJECT_TITLE_END and FORM_TITLE_END built of it (twins tw3),
# and core's _FORM_WORDS_END (it was a fifth hand list, without 调整 / 调整申请: `…项目绩效目标` over `调整申请表` kept
# its first line as the title, review rv146)
SCORED_KIND = r"(?:评价|自评|考核)"
FORM_KIND = rf"(?:(?:目标(?:申报|调整申请|调整|自评|评价|监控)?|申报|{SCORED_KIND}|(?:运行)?监控)(?:情况)?)"
# the end of a form's title after its subject, from its form's words on (`…绩效目标申报表`, `…支出绩效自评表`, `…绩效目标表
# （2025年度）`): where a title cut over two lines breaks (_mended_title_lines)
_FORM_WORDS_END = lazy(rf"(?:支出)?绩效{FORM_KIND}?表(?:[(][^()]{{0,12}}[)])?$")
# one character between spaces, four or more in a run (`项 目 支 出 绩 效 目 标 表`, `2 0 2 5 年 度`): a line spaced out;
# the gap between the run and a Chinese word right before or after it one of its gaps (`…改造工程 项 目 绩 效 目 标 表`)
_SPACED_RUN = lazy(r"(?:(?<=[\u4e00-\u9fff])[ \u3000]+)?(?<!\S)\S(?:[ \u3000]+\S(?!\S)){3,}"
                   r"(?:[ \u3000]+(?=[\u4e00-\u9fff]))?")


def _closed_up(text: str) -> str | None:
    """A title or year line typed letter-spaced (`项 目 支 出 绩 效 目 标 表`, `2 0 2 5 年 度`, `（2 0 2 5 年 度）` after
    words of its own): its runs of lone characters closed up when what it says then is a title or a year; else None."""
    closed = _SPACED_RUN.sub(lambda m: _WS.sub("", m.group()), text.strip())
    if closed == text.strip():
        return None
    t = bare_fold(closed)
    return closed if _is_title_text(closed) or _TITLE_YEAR.search(t) and len(t) <= 60 else None


def _mended_title_lines(rows: list[Row]) -> list[Row]:
    """A document's text lines with its titles made whole: a letter-spaced title or year line closed up (`项 目 支 出 绩
    效 目 标 表` was the title as typed, `2 0 2 5 年 度` no year), and a title cut inside its form's words over two lines
    (`2025年…工程项目绩效目` over `标申报表`, `…项目支出绩效目` over `标表`: neither line a title by itself, or the first
    one cut short — the form had no title and no name, or the cut first line) one line, the two joined. The second
    line is the form's words' rest alone (a short line with 表, no title by itself, or the rest of them past a 绩效 on
    the first line: `…项目支出绩效` over `目标申报表`)."""
    out: list[Row] = []
    for row in rows:
        if not row.is_text_line or len(row.cells) != 1:
            out.append(row)
            continue
        c = row.cells[0]
        text = c.text
        if (" " in text.strip() or "\u3000" in text) and len(text) <= 120 and (closed := _closed_up(text)) is not None:
            row = Row([replace(c, text=closed)], None, row.r, row.order, row.page_break)
            text = closed
        s = text.strip()
        above = out[-1] if out else None
        if "表" in s and len(s) <= 16 and above is not None and above.is_text_line and len(above.cells) == 1 \
                and above.cells[0].page == c.page:
            first = above.cells[0].text.strip()
            a, b = bare_fold(first), bare_fold(s)
            end = _FORM_WORDS_END.search(a + b) if not a.endswith("表") and 4 <= len(a) <= 50 else None
            # (the second line a title by itself too where the cut falls past 绩效, `…项目支出绩效` over `目标申报表` /
            # `自评表`: both lines were titles, the form's the cut first one, no name — review rv146; one ending in
            # 支出 over a whole `绩效目标表` is forms' _title_start's)
            if end is not None and end.start() < len(a) and ("绩效" in a[end.start():] or not _is_title_text(s)) \
                    and _is_title_text(first + s):
                out[-1] = Row([replace(above.cells[0], text=first + s)], None, above.r, above.order, above.page_break)
                continue
        out.append(row)
    return out


def grid_left(g: Grid) -> int:
    """The first column a grid's cells use (a sheet whose form starts in column B has no column 0); computed once."""
    left = g.__dict__.get("_left")
    if left is None:
        left = g.__dict__["_left"] = min([c.col for c in g.cells], default=0)
    return left


def _grid_rows(doc: Extracted, g: Grid, rows: list) -> None:
    """The rows of one grid G of DOC put in ROWS in reading order (document_rows)."""
    sheet = g.origin in _SHEET_ORIGINS
    if g.referenced_by and not any(match_field(c.text) or _LEVEL_HEADS & set(cell_header_roles(c.text).values())
                                   for c in g.cells):
        # a working sheet (测算表) whose cells the form's formulas read (`='测算表'!F3`), holding no label and
        # no indicator or score header of a form: its figures are already in the form (a form sheet a
        # summary sheet reads keeps its labels; a sheet of the form's indicators keeps its header)
        sheet = g.cells[0].page if g.cells else None
        doc.warnings.append(ParseWarning(
            "working_sheet_skipped", f"sheet {sheet} is not read: the formulas of sheet "
            f"{', '.join(str(i + 1) for i in sorted(g.referenced_by))} read its cells and it holds no label of "
            "a form (a working sheet whose figures are in the form)", page=sheet))
        return
    if sheet:
        g = g.without_empty_columns()
    if not g.origin.startswith("txt"):
        g = g.refold_filled(is_section_label)
    left = grid_left(g) if sheet else 0
    txt = g.origin.startswith("txt")
    # a dump's rows sort by their line numbers, its lines' order; a Word document's tabbed paragraphs read as a
    # grid (`txt_tabs`) number their lines by paragraph, not in its order (its tables between them count):
    # they sort at the run's place (they came first, before the title: a sign-off block under the table lost)
    by_line = g.origin != "txt_tabs"
    in_table = False                            # the row above was a row of the sheet's table
    last = float("-inf")                        # the order of the grid's row above
    for r, cells in enumerate(_txt_rows(g) if txt else g.rows()):
        if not txt:                             # text dumps store non-empty cells only, in order
            cells = [c for c in cells if c.text.strip()]
        if not cells:
            continue
        for c in cells:                         # (a plain loop: every row of every grid is asked)
            if not is_page_furniture(c.text.strip()):
                break
        else:
            continue                            # `第1页，共2页` printed into a sheet's or page's table
        one = cells[0] if len(cells) == 1 else None
        if one is not None and not detect_header_text(one.text) and (
                # in a spreadsheet the title, the year and 金额单位：万元 are cells of the sheet: read
                # them as the text lines they are in every other format (not a lone character under a
                # table's row: `意` / `度` of a label written down the column, one character per row)
                sheet and one.col == left and not (in_table and len(one.text.strip()) == 1)
                # a Word table whose first row, one cell across the table, holds the form's title
                # (`项目基本情况表`): the title it is above the table in most documents
                or not txt and not sheet and r == 0 and one.colspan == g.n_cols > 1 and "表" in one.text
                and not match_field(one.text) and not is_block_label(one.text)):
            rows.append(_text_row(TextLine(one.text, page=one.page, line=one.line,
                                           order=_order(one, g.order + r * 1e-3, g.column, by_line))))
            in_table = False
            continue
        parts = _title_cell_parts(one.text) if one is not None and not txt and not sheet and r > 0 \
            and one.colspan >= max(2, g.n_cols - 1) else None
        if parts:
            # `西藏自治区区级项目支出绩效目标申报表（2025年度）申报单位（盖章）：…金额单位：万元` in one cell across a PDF
            # table ruled across only: the next form's title lines, run into a row of the form above (they were
            # read as its last indicator, the next form without a title); as the lines they are
            base = _order(one, g.order + r * 1e-3, g.column, by_line)
            for k, part in enumerate(parts):
                rows.append(_text_row(TextLine(part, page=one.page, line=one.line, order=base + k * 1e-6)))
            last = base + len(parts) * 1e-6
            in_table = False
            continue
        if not in_table and (title := _title_over_cells(cells)) is not None:
            # `2024年 | 学生资助项目 | 绩效目标表`: a title typed over the cells of the table's first row, one line
            # (it was an unparsed row, the form of no title and no year, hunt ti14)
            rows.append(_text_row(TextLine(title, page=cells[0].page, line=cells[0].line,
                                           order=max(_order(cells[0], g.order + r * 1e-3, g.column, by_line), last + 1e-6))))
            continue
        in_table = True
        # the row's top: its highest cell's (a merged cell's text centred in its box, as a PDF table without
        # vertical rules gives it, starts lower than the row: `产出指标` over six rows put its row after the next
        # two, their indicators before it and without its level 2); never above the grid's row before it
        top = cells[0] if txt else min((c for c in cells if c.bbox is not None and c.page == cells[0].page),
                                       key=lambda c: c.bbox[1], default=cells[0])   # (a dump's cells have no box)
        order = max(_order(top, g.order + r * 1e-3, g.column, by_line), last + 1e-6)
        last = order
        unit_head = _UNIT_BEFORE_HEAD.match(cells[0].text) if len(cells) > 1 and "单位" in cells[0].text else None
        if unit_head is not None:
            # `单位：万元 序号 | 项目名称 | 资金 | …`: the unit line run into the table's first head cell (a PDF's or a
            # Word table's line above it merged into it): the line `单位：万元` before the row, the head `序号` (the
            # money was read in yuan, the cell's text an other field's name, review lo)
            rows.append(_text_row(TextLine(unit_head.group("u").strip(), page=cells[0].page, line=cells[0].line,
                                           order=order - 5e-7)))
            cells = [replace(cells[0], text=unit_head.group("h"))] + cells[1:]
        tail = _signoff_tail(cells)
        rows.append(Row(cells[:-1] if tail else cells, g, r, order, r in g.page_breaks))
        if tail:
            # (`… | 30 | 30 | | 填表日期：2026年1月15日` right of a table's last column: the form's sign-off, a line
            # after the row as the form reader reads it — it was the row's deviation or an unplaced cell)
            c = cells[-1]
            rows.append(_text_row(TextLine(c.text, page=c.page, line=None, order=order + 5e-7)))


def _grid_error(g: Grid, e: Exception) -> ParseWarning:
    """The `internal_error` of a grid whose rows raised E: its sheet, its page's table or its lines named."""
    pages = sorted({c.page for c in g.cells} - {None})
    lines = [c.line for c in g.cells if c.line is not None]
    if pages and g.origin in ("xlsx", "xls", "csv"):
        unit = f"sheet {pages[0]}"
    elif pages and g.origin in ("docx", "html"):           # (a document's cells are paged by their table's number)
        unit = f"table {pages[0]}"
    elif pages and not g.origin.startswith("txt"):
        unit = f"a table on page {pages[0]}" if len(pages) == 1 else f"a table on pages {pages[0]}-{pages[-1]}"
    else:
        unit = f"lines {min(lines)}-{max(lines)}" if lines else "a table"
    paged = bool(pages) and unit.startswith(("sheet", "a table on"))
    return unit_error_warning(unit, e, "its rows", "tables and lines", pages[0] if paged else None,
                              min(lines) if lines and not paged else None)


def document_rows(doc: Extracted) -> list[Row]:
    """Given an extracted document, return its grid rows and text lines merged in reading order (computed once)."""
    cached = doc.__dict__.get("_rows")
    if cached is not None:
        return cached
    rows: list[Row] = []
    for g in doc.grids:
        # (one grid's error is that grid's: its rows rolled back, said by `internal_error`, the other grids and
        # the lines read — it failed the whole file: hunt rb3; strict, raised)
        held = len(rows)
        try:
            _grid_rows(doc, g, rows)
        except Exception as e:
            if strict_on():
                raise
            del rows[held:]
            doc.warnings.append(_grid_error(g, e))
    cut_tail = None                         # a footer line's value wrapped onto the next line
    held = None                             # a line of a footer's label only, kept back until its next line is seen
    for t in sorted(doc.lines, key=lambda x: x.order):
        if not t.text.strip():
            continue
        if cut_tail is not None and cut_tail.page == t.page and _FOOTER_CODE.match(t.text.strip()):
            cut_tail = held = None          # (the label's line, held back, goes with its code)
            continue
        cut_tail = None
        if held is not None:
            rows.append(_text_row(held))
            held = None
        if is_page_furniture(t.text):
            # `… 赣ICP备0500XXXX号 政府网站标识码：` over `3608000XXX`: the footer's last label, its code the line below
            # (read as the value of the form's last indicator)
            cut_tail = t if _FOOTER_LABEL_END.search(t.text) else None
            continue
        if _FOOTER_LABEL_LINE.match(t.text):
            # `政府网站标识码：` on a line of its own (no ICP备 beside it), `3608230016` below: a footer too, but only
            # with its code (a label alone may be a form's)
            cut_tail = held = t
            continue
        rows.append(_text_row(t))
    if held is not None:
        rows.append(_text_row(held))
    rows.sort(key=lambda x: x.order)
    # (a mending pass that raises leaves the rows as they were before it, said by `internal_error` — it failed the
    # whole file: hunt rb3; strict, raised)
    for mend in (_mended_title_lines, _labelled_cell_rows, _outline_tables, _level_pair_tables, _assessment_outline,
                 _implied_indicator_header, _unfold_side_by_side, _transposed_indicator_tables):
        try:
            rows = mend(rows, doc.warnings) if mend is _implied_indicator_header else mend(rows)
        except Exception as e:
            if strict_on():
                raise
            doc.warnings.append(ParseWarning("internal_error", f"the rows' mending `{mend.__name__}` could not be "
                                             f"run ({type(e).__name__}: {str(e)[:160]}): the rows read as they were "
                                             "before it"))
    prev_page = None
    for row in rows:                          # a new PDF page is a page break too
        page = row.cells[0].page
        if page is not None and prev_page is not None and page != prev_page and not row.is_text_line:
            row.page_break = True
        if page is not None:
            prev_page = page
    doc.__dict__["_rows"] = rows
    return rows


# a money unit's declaration run into a table's first head cell before its head (`单位：万元 序号`, `（金额单位：万元）序号`,
# `单位：元　项目名称`): the declaration `u`, the head `h` (a short head of words, no figure)
_UNIT_BEFORE_HEAD = lazy(rf"^\s*(?P<u>[(（]?\s*(?:金额|资金)?单位\s*[:：]\s*(?:人民币)?(?:{_UNITS})\s*[)）]?)\s+"
                               r"(?P<h>[^\d\s:：()（）]{2,8})\s*$")


_TARGET_LIKE = lazy(r"^\s*(?:[<>≤≥＜＞=＝《》]|不(?:高|低|少|多|超过|大|小)于|\d[\d.,]*\s*(?:%|％|[^\d\s]{1,4})?\s*$)")


_FIGURE = lazy(r"^\s*[-+]?[\d,]*\.?\d+\s*%?\s*$")
_OP_ONLY_CELL = lazy(r"^\s*(?:[<>≤≥＜＞=＝]{1,2}|[《》]=)\s*$")
_DIGITS = lazy(r"\d")
# a web page footer's line ending on a label (`网站标识码：`, `备案号：`) and the code it names, wrapped to a line of its own
_FOOTER_LABEL_END = lazy(r"(?:网站标识码|标识码|备案号)\s*[:：]\s*$")
_FOOTER_CODE = lazy(r"^[0-9A-Za-z\-－]{5,}号?$")
# such a label on a line of its own (not `项目标识码：`, a form's own field)
_FOOTER_LABEL_LINE = lazy(r"^\s*(?:政府)?(?:网站标识码|(?:网站|ICP)?备案号)\s*[:：]\s*$")


# A table of indicators turned on its side: a head `年度 | 新建高标准农田面积（亩） | 工程验收合格率（%） | …`, the
# indicators' names as its columns (each with its unit in brackets, or none), over rows of one year each, `2025年 | ≥20000 |
# 100 | …`, the targets of that year (a 项目 form's 绩效指标 written so, or a policy's years, one a row). Read as the
# indicator table it is: a head `三级指标 | 2025年指标值 | …`, one row an indicator, its unit joined to a bare figure
# (`≥20000` under `（亩）`: `≥20000亩`); a row of level names over the names' row (`年度 | 产出指标 | 效益指标`, 年度 merged
# down) gives each its level 1; rows of stages instead of years (`指标名称 | …` over `年度指标值 | ≥30 | 100` and
# `实际完成值 | 32 | 100` in a 自评表) give each its target and what it reached. It was rows of no known label, no
# indicator read (hunt fam5).
_TRANSPOSED_YEAR_HEAD = lazy(r"^(?:实施|目标|绩效|指标)?年(?:度|份)$|^(?:绩效|三级)?指标(?:名称)?$")
# (or a year of its span counted, `第一年` / `第二年度` in a 中期 form: `第一年指标值`, review rv9)
_TRANSPOSED_YEAR = lazy(r"^\s*(20\d\d|第(?:[一二三四五六七八九十]|\d{1,2})个?)\s*年?度?\s*$")
_TRANSPOSED_UNIT = lazy(r"^(?P<name>.*?\S)\s*[(（]\s*(?:单位\s*[:：]\s*)?(?P<unit>[^\d()（）:：\s]{1,4})\s*[)）]\s*$")
_TRANSPOSED_NOT_NAME = lazy(r"资金|预算|金额|投资|执行|拨款|万元|合计|小计|备注|说明|目标$|^序号$|^名称$|(?:内容|地点|计划|任务|措施|"
                            r"情况|阶段|方式|单位|规模)$")
# a money source's name as a money-by-year table's column writes it (`年度 | 中央补助 | 省级配套 | 县级配套` over `2025年 |
# 1200 | 500 | 300`, no 万元 or 资金 in it): money, no indicator (they were read as three indicators, review rv9)
_TRANSPOSED_MONEY_SOURCE = lazy(r"^(?:(?:中央|省|市|州|县|区|乡镇?|本|上|地方)级?(?:财政)?(?:补助|配套|自筹|专项|投入|拨款|财政|债券?)"
                                r"|(?:单位|社会|其他)?自筹|(?:地方)?(?:政府)?专项债券?|银行贷款|社会资本|其他来源)"
                                r"\s*(?:[(（][^)）]*[)）])?$")
_TRANSPOSED_VALUE = lazy(r"\d|[<>≤≥＜＞=＝]")
_TRANSPOSED_BARE_FIGURE = lazy(r"^\s*(?:[<>≤≥＜＞=＝]{1,2}|[《》]=?)?\s*[-+]?[\d,]*\.?\d+\s*$")


def _transposed_head(row: Row, levels: bool = False) -> bool:
    """`年度 | 新建高标准农田面积（亩） | …`: the head of a table turned on its side (with `levels`, its row of level names
    over the names' row, `年度 | 产出指标 | 效益指标 | …`)."""
    c = row.cells
    return not row.is_text_line and len(c) >= (2 if levels else 3) \
        and (levels or all(x.col == c[0].col + k for k, x in enumerate(c))) \
        and bool(_TRANSPOSED_YEAR_HEAD.match(label_key(c[0].text))) \
        and all(level_info(x.text)[0] is not None if levels else _transposed_name(x.text) for x in c[1:])


def _transposed_name(text: str) -> bool:
    """An indicator's name as a transposed table's head writes it (no figure, no money's word, no level's name)."""
    return not _DIGITS.search(text) and not _TRANSPOSED_NOT_NAME.search(text) and not match_field(text) \
        and not _TRANSPOSED_MONEY_SOURCE.match(text.strip()) \
        and not any(level_info(text)[:2]) and 2 <= len(text.strip()) <= 30 and not cell_header_roles(text)


def _transposed_names(rows: list[Row], i: int) -> tuple[list[Cell], dict[int, str], int] | None:
    """The names of a transposed table whose head is rows[i] (each its level 1 by column when a row of levels heads
    them), and the number of head rows; None when rows[i] heads none."""
    head = rows[i]
    if _transposed_head(head):
        return head.cells[1:], {}, 1
    if i + 1 >= len(rows) or not _transposed_head(head, levels=True):
        return None
    names = rows[i + 1]
    c = names.cells
    if names.is_text_line or names.grid is not head.grid or len(c) < 2 or c[0].col <= head.cells[0].col \
            or any(x.col != c[0].col + k for k, x in enumerate(c)) or not all(_transposed_name(x.text) for x in c):
        return None
    levels: dict[int, str] = {}
    for x in c:                      # (a level's cell merged over its names: written once, carried right)
        over = [h for h in head.cells[1:] if h.col <= x.col]
        if over:
            levels[x.col] = over[-1].text.strip()
    return c, levels, 2


def _transposed_year_row(row: Row, head: Row, names: list[Cell]) -> str | None:
    """The head a row under a transposed head gives its figures: a year's row (`2025年 | ≥20000 | 100 | …`) its year's
    targets, `2025年指标值`; a stage's (`年度指标值 | ≥30 | 100`, `实际完成值 | 32 | 100` in a 自评表) its label. None when
    it is no such row."""
    c = row.cells
    if not c or row.is_text_line or row.grid is not head.grid or c[0].col != head.cells[0].col or len(c) < 2:
        return None
    m = _TRANSPOSED_YEAR.match(c[0].text)
    stage = None if m is not None else cell_header_roles(c[0].text).get("indicator")
    if m is None and stage not in ("target", "actual"):
        return None
    cols = {x.col for x in names}
    if not all(x.col in cols and _TRANSPOSED_VALUE.search(x.text) for x in c[1:]):
        return None                  # (a figure or a bound in every cell: `2025年 | 道路硬化 | 3公里` is a plan's row)
    return f"{m.group(1)}年指标值" if m is not None else _WS.sub("", c[0].text)


def _transposed_indicator_tables(rows: list[Row]) -> list[Row]:
    """Given rows in reading order, return them with each indicator table turned on its side (indicators as columns,
    one row a year) replaced by the table it is: a grid (origin `transposed`) of `三级指标 | <year>年指标值 …`."""
    out: list[Row] = []
    i, n = 0, len(rows)
    while i < n:
        head = rows[i]
        years: list[tuple[str, Row]] = []
        # (the head's first cell, `年度` / `指标名称`, asked first: either head's test needs it, and most rows fail it)
        got = _transposed_names(rows, i) if not head.is_text_line and len(head.cells) >= 2 \
            and _TRANSPOSED_YEAR_HEAD.match(label_key(head.cells[0].text)) else None
        names, levels, skip = got or ([], {}, 1)
        if got is not None:
            while i + skip + len(years) < n:
                y = _transposed_year_row(rows[i + skip + len(years)], head, names)
                if y is None or any(y == k for k, _ in years):
                    break
                years.append((y, rows[i + skip + len(years)]))
        if not years:
            out.append(head)
            i += 1
            continue
        first = head.cells[0]
        heads = ["一级指标"] * bool(levels) + ["三级指标"] + [y for y, _ in years]
        lead = int(bool(levels))
        cells = [Cell(0, k, h, page=first.page, line=first.line) for k, h in enumerate(heads)]
        grid = Grid(list(cells), 1, len(heads), "transposed", order=head.order)
        out.append(Row(cells, grid, 0, head.order))
        for r, name in enumerate(names, start=1):
            m = _TRANSPOSED_UNIT.match(name.text.strip())
            # (the indicator's line the first year's, where its target is written)
            at = years[0][1].cells[0]
            row_cells = [Cell(r, 0, levels[name.col], page=at.page, line=at.line)] if levels.get(name.col) else []
            row_cells.append(Cell(r, lead, m.group("name") if m else name.text.strip(), page=at.page, line=at.line))
            for k, (_, yr) in enumerate(years, start=1 + lead):
                v = next((x for x in yr.cells[1:] if x.col == name.col), None)
                if v is None or not v.text.strip():
                    continue
                text = v.text.strip()
                if m is not None and _TRANSPOSED_BARE_FIGURE.match(text):
                    text += m.group("unit")
                row_cells.append(Cell(r, k, text, page=v.page, line=yr.cells[0].line))
            grid.cells.extend(row_cells)
            out.append(Row(row_cells, grid, r, head.order + r * 1e-7))
        grid.n_rows = len(names) + 1
        i += skip + len(years)
    return out


def _indicator_like(row: Row) -> bool:
    """A table row reading as an indicator table's full row: a level-1 name, a level-2 name, a name that is no level
    and no figure, then a target (`产出指标 | 数量指标 | 足额保障率 | =100% | 22.5`)."""
    c = row.cells
    if row.is_text_line or len(c) < 4 or any(x.col != c[0].col + k for k, x in enumerate(c[:4])):
        return False
    l1, l2 = level_info(c[0].text), level_info(c[1].text)
    return bool(l1[0]) and bool(l2[1]) and not any(level_info(c[2].text)[:2]) and not _FIGURE.match(fold(c[2].text)) \
        and len(c[2].text.strip()) >= 2 and bool(_TARGET_LIKE.match(fold(c[3].text)))


_POINTS_IN_LEVEL = lazy(r"[(（]\s*\d+(?:\.\d+)?\s*分?\s*[)）]\s*$")


def _points_and_score(w: Cell, s: Cell) -> tuple[float, float] | None:
    """Two cells of a 评分表's row read as its points and its score: two figures (no percent), the score no higher
    than the points (a score above its points is no 分值 | 得分 pair), else None."""
    fw, fs = fold(w.text), fold(s.text)
    if not (_FIGURE.match(fw) and _FIGURE.match(fs)) or "%" in fw + fs:
        return None
    try:
        points, score = float(fw.replace(",", "")), float(fs.replace(",", ""))
    except ValueError:
        return None
    return (points, score) if score <= points else None


def _score_like(row: Row) -> int | None:
    """A table row reading as a 评分表's full row: level 1 | level 2 | name | 分值 | 得分, the levels' points in their
    names (`项目决策(20分) | 科学决策(10分) | 必要性 | 5 | 5`): the column of the name, else None."""
    c = row.cells
    if row.is_text_line or len(c) < 5:
        return None
    a, b, n, w, s = c[-5:]
    if [x.col for x in (a, b, n, w, s)] != list(range(a.col, a.col + 5)):
        return None
    if _points_and_score(w, s) is None:
        return None
    if any(_FIGURE.match(fold(x.text)) for x in (a, b, n)) or len(n.text.strip()) < 2:
        return None
    if not all(_POINTS_IN_LEVEL.search(fold(x.text)) for x in (a, b)):
        return None
    return n.col


def _points_row(row: Row) -> tuple[list[Cell], float, float] | None:
    """A table row of names then two figures, points and a score no higher (`项目目标 | 项目立项规范性 | 3 | 3.00`,
    `投入: | 20 | 19.50`): (its text cells, the points, the score), else None."""
    c = row.cells
    if row.is_text_line or len(c) < 3 or (pair := _points_and_score(c[-2], c[-1])) is None:
        return None
    w, s = pair
    texts = c[:-2]
    if not 0 < w <= 100 or any(_FIGURE.match(fold(x.text)) or len(x.text.strip()) < 2 for x in texts):
        return None
    return texts, w, s


def _score_block_start(rows: list[Row], k: int) -> list[Cell] | None:
    """Rows from `k` reading as a 评分表 whose header was lost, on strong evidence: a level-1 line with its points and
    score (`投入: | 20 | 19.50`, a level of the 评分表's framework: no `产出指标`) or a row opening with the block label
    (`评分表 | 项目目标 | 项目立项规范性 | 3 | 3.00`), then two rows or more of names | 分值 | 得分 (a score no higher
    than its points) among the next three. Return the level names of the first full row (its level 2 and 3, a level 1
    before them), else None."""
    got = _points_row(rows[k])
    if got is None:
        return None
    texts, w, _ = got
    g = rows[k].grid
    nxt = [_points_row(r) if r.grid is g else None for r in rows[k + 1:k + 4]]
    if len(texts) == 1:
        t = fold(texts[0].text).strip()
        name = t.rstrip(":：").strip()
        l1, l2, _ = level_info(name)
        if l1 is None or l2 is not None or not (t.endswith((":", "：")) or not name.endswith("指标")):
            return None
        if sum(1 for x in nxt if x is not None and x[1] <= w) < 2 or nxt[0] is None:
            return None
        full = nxt[0][0]
    elif is_block_label(texts[0].text) and "评分" in texts[0].text:
        if sum(1 for x in nxt if x is not None) < 2:
            return None
        full = texts
    else:
        return None
    full = [x for x in full if not (is_block_label(x.text) and "评分" in x.text)]
    return full if 2 <= len(full) <= 3 else None


# the levels of a score sheet that scores no spending (party building, conduct, civilisation campaigns)
_NOT_SPENDING = lazy(r"党|廉政|思想|意识形态|作风|精神文明|文明创建|群团|工会|共青团|妇联|纪律|师德")


def _implied_indicator_header(rows: list[Row], warnings: list[ParseWarning]) -> list[Row]:
    """Rows of an indicator table whose header was lost (printed on the page before, a fragment of a form): two
    rows or more of a grid, no indicator header above them in the document, the first reading as a full row (level 1 |
    level 2 | name | target …): a header row is put before them, 一级指标 | 二级指标 | 三级指标 | 指标值 over those
    columns and `第N列` over each further one (read into the note), and a warning says so (the rows were lost:
    `unparsed_row`). A 评分表 whose header row was lost after another table (`投入: | | 20 | 19.50` then `评分表 | 项目目标
    | 项目立项规范性 | 3 | 3.00`, _score_block_start) gets 二级指标 | 三级指标 | 分值 | 得分 likewise."""
    out: list[Row] = []
    headed = False                              # an indicator or score header so far (its table may go on in the
    current: Header | None = None               # next page's grid); the last header of the document's tables
    for k, row in enumerate(rows):
        g = row.grid
        # (detect_header's memo read first, as `profile` does: every row of a document is asked, most known already)
        h = (row._header if row._header.__class__ is not int else detect_header(row)) if g is not None else None
        if h is not None:
            current = h
        elif g is not None and len(row.cells) >= 3 and (current is None or current.kind not in (
                "score", "assessment", "people") and not (
                current.kind == "indicator" and {"weight", "score"} & current.cols.keys())) \
                and (levels := _score_block_start(rows, k)) is not None:
            # (a row of fewer than three cells is no _points_row, names then points and score: not asked)
            # a 评分表 whose header row was lost after the form's indicator table (a dump converter dropped
            # `| 二级指标 | 三级指标 | | 指标分值 | 评价得分`): its levels, 分值 and 得分 over the first full row's
            # columns (no level-1 head: a level-1 line `投入:` is read as one, and a name written in the first
            # column, `社会效益 | | 5 | 4.00`, as a level 3); not in an indicator table with points of its own
            names = ["一级指标", "二级指标", "三级指标"][3 - len(levels):]
            at = levels[-1].col
            first = row.cells[0]
            cells = [Cell(row.r, x.col, n, page=first.page, line=first.line) for x, n in zip(levels, names)]
            cells += [Cell(row.r, at + 1, "分值", page=first.page, line=first.line),
                      Cell(row.r, at + 2, "得分", page=first.page, line=first.line)]
            implied = Row(cells, g, row.r, row.order - 1e-6, row.page_break)
            current = detect_header(implied)
            if current is not None and current.kind == "score":
                out.append(implied)
                headed = True
                warnings.append(ParseWarning(
                    "table_header_implied", "rows of a score table without its header (lost): read as "
                    + " | ".join(names) + " | 分值 | 得分", first.page, first.line))
        if g is not None and not headed:
            if h is not None and (h.kind in ("indicator", "score") or h.kind == "assessment" and any(
                    _explanation_head(k.removeprefix("col:")) for k in h.extra)):
                headed = True                   # (an evaluation framework's rows, `决策 | 项目立项 | 立项依据充分性 | 3
                # | …`, are its items: no indicator table whose header was lost)
            elif _indicator_like(row) and k + 1 < len(rows) and rows[k + 1].grid is g and not rows[k + 1].is_text_line \
                    and any(_TARGET_LIKE.match(fold(c.text)) for r in rows[k + 1:k + 3] if r.grid is g
                            and not r.is_text_line for c in r.cells):
                # (a target among the next two rows of the grid: the row under the first may hold a deadline,
                # `时效指标 | 改造完成时间 | 2025年11月底前`, no target-like figure — the first row was lost, review rv6)
                first, c = row.cells[0], row.cells
                width = max(x.col for r in rows[k:] if r.grid is g for x in r.cells)
                heads = ["一级指标", "二级指标", "三级指标", "指标值"]
                if len(c) >= 6 and _OP_ONLY_CELL.match(fold(c[3].text)) and _FIGURE.match(fold(c[4].text)) \
                        and c[5].col == c[4].col + 1 and not _DIGITS.search(c[5].text) and len(c[5].text.strip()) <= 6:
                    heads = ["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "度量单位"]   # `= | 100 | %`
                heads += [f"第{n + 1}列" for n in range(first.col + len(heads), width + 1)]
                # the rows of the grid just above, cells in these columns and no field label first: the table's
                # rows too (level names merged down from the page before)
                j = k
                while j > 0 and rows[j - 1].grid is g and not rows[j - 1].is_text_line \
                        and min(x.col for x in rows[j - 1].cells) > first.col \
                        and not match_field(rows[j - 1].cells[0].text):
                    j -= 1
                at = rows[j]
                cells = [Cell(at.r, first.col + n, t, page=first.page, line=at.cells[0].line)
                         for n, t in enumerate(heads)]
                out.insert(len(out) - (k - j), Row(cells, g, at.r, at.order - 1e-6, at.page_break))
                headed = True
                warnings.append(ParseWarning(
                    "table_header_implied", "rows of an indicator table without its header (printed before, or lost): "
                    "read as 一级指标 | 二级指标 | 三级指标 | 指标值 (further columns into the note)", first.page, first.line))
            elif (at3 := _score_like(row)) is not None \
                    and _NOT_SPENDING.search(fold(row.cells[-5].text + row.cells[-4].text)):
                headed = True        # (机关党建日常基础工作(35分) | …: a party-building score sheet, no 评分表 of a
                # project's or a department's spending: none of its rows gets a header)
            elif at3 is not None and k + 1 < len(rows) and rows[k + 1].grid is g \
                    and not rows[k + 1].is_text_line and _FIGURE.match(fold(rows[k + 1].cells[-1].text)):
                # a 评分表 whose header was on the page before: 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 over the
                # columns up to the name's, the points and the score (a column left of the levels, 共性指标 /
                # 特性指标, and any further one: `第N列`)
                span = [x.col for r in rows[k:] if r.grid is g for x in r.cells]
                named = {at3 - 2: "一级指标", at3 - 1: "二级指标", at3: "三级指标", at3 + 1: "分值", at3 + 2: "得分"}
                first = row.cells[0]
                cells = [Cell(row.r, col, named.get(col, f"第{col + 1}列"), page=first.page, line=first.line)
                         for col in range(min(span), max(span) + 1)]
                out.append(Row(cells, g, row.r, row.order - 1e-6, row.page_break))
                headed = True
                warnings.append(ParseWarning(
                    "table_header_implied", "rows of a score table without its header (printed before, or lost): "
                    "read as 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 (further columns left out)", first.page, first.line))
        out.append(row)
    return out


_SHEET_ORIGINS = frozenset({"xlsx", "xls", "html"})
_LEVEL_HEADS = frozenset({"level1", "level2", "level3"})   # a header of an indicator or score table


def _half_split(row: Row) -> int | None:
    """The first column of the right half of an indicator header printed twice side by side
    (一级指标 | 二级指标 | 三级指标 | 指标值 | 一级指标 | 二级指标 | 三级指标 | 指标值), else None."""
    if row.is_text_line or len(row.cells) < 4:
        return None
    h = row._header if row._header.__class__ is not int else detect_header(row)   # (its memo read first)
    if h is None or h.kind != "indicator":
        return None
    seen: dict[str, list[int]] = {}
    for c in row.cells:
        role = _indicator_role(c.text)
        if role:
            seen.setdefault(role, []).append(c.col)
    twice = [cols for cols in seen.values() if len(cols) == 2]
    split = min((cols[1] for cols in twice), default=None)
    if split is not None and all(len(seen.get(r, ())) == 2 for r in ("level3", "target")) \
            and not any(len(cols) > 2 for cols in seen.values()) and all(cols[0] < split for cols in twice):
        return split
    if _mirrored_head(row):
        # `三级指标 | 指标值 | 单位 | 实际完成值 | 单位` (or `绩效指标 | 年度指标值 | …`) printed twice word for word: two
        # halves, though a head is twice in each (单位) or names no level (绩效指标) — each half's rows were read as
        # one indicator, the right half packed into its note (hunt ly3)
        return row.cells[len(row.cells) // 2].col
    return None


def _mirrored_head(row: Row) -> bool:
    """Is an indicator header its first half printed twice word for word, the half naming a target?"""
    texts = [label_key(c.text) for c in row.cells]
    n = len(texts) // 2
    # (each half naming its rows, `三级指标` / `绩效指标`: not a head's second row of a target's parts twice, `指标性质 |
    # 指标值 | 度量单位` under `年度指标值 | 中期指标值`)
    return len(texts) % 2 == 0 and n >= 2 and texts[:n] == texts[n:] \
        and "target" in (_indicator_role(c.text) for c in row.cells[:n]) \
        and any(_indicator_role(c.text) in _LEVEL_HEADS or label_key(c.text) in _BARE_NAME_HEADS for c in row.cells[:n])


def _indicator_role(text: str) -> str:
    """The indicator-table role a header cell names ("" for none, or for a cell too long to be a header)."""
    return cell_header_matches(text).get("indicator", ("",))[0] if len(text) <= 20 else ""


def _half_horizon(texts: list[str]) -> str | None:
    """`long_term` when a half's header cells say (长期) / (中期), `annual` when they say (年度), else None."""
    t = "".join(fold(x) for x in texts)
    long, annual = bool(re.search(r"[(（](?:长期|中期|实施期)", t)), bool(re.search(r"[(（](?:年度|当年)", t))
    return "long_term" if long and not annual else "annual" if annual and not long else None


def _mirrored(body: list[Row], split: int) -> bool:
    """Do the right halves of a side-by-side table's rows repeat the left halves' names (the same indicators for the
    period and for the year), half of them or more? (产出 on the left, 效益 on the right: two halves of one table.)"""
    left = {clean(c.text) for r in body for c in r.cells if c.col < split and len(c.text.strip()) >= 4}
    right = [clean(c.text) for r in body for c in r.cells if c.col >= split and len(c.text.strip()) >= 4]
    return bool(right) and 2 * sum(1 for t in right if t in left) >= len(right)


def _goal_horizons(above: list[Row], grid) -> tuple[list[str | None], Row | None]:
    """Halves under no horizon of their own: [long_term, annual] when a row of the same grid above names the
    period's goal left of the year's (`总体目标 | 中期目标(2023年—2025年) | | 年度目标`: the central 申报表, its
    indicator halves in the same order), [annual, long_term] when it names the year's left (`年度绩效指标 | | |
    中长期绩效指标` over the halves), else [None, None]; and that row when it holds nothing but the two sections'
    names (it titles the halves: the section rows put under the halves say it), else None."""
    for r in reversed(above):
        if r.grid is not grid:
            continue
        keys = [(c.col, label_key(c.text)) for c in r.cells]
        long = [col for col, k in keys if L.HORIZON_LONG.match(k)]
        annual = [col for col, k in keys if L.HORIZON_ANNUAL.match(k)]
        titles = r if len(long) == len(annual) == 1 and len(r.cells) == 2 \
            and all(len(k) <= 12 and _SECTION_NAME.search(k) for _, k in keys) else None
        if long and annual and max(long) < min(annual):
            return ["long_term", "annual"], titles
        if long and annual and max(annual) < min(long):
            return ["annual", "long_term"], titles
    return [None, None], None


_SECTION_NAME = lazy(r"指标$")     # 年度绩效指标 / 中长期绩效指标: a section of indicators, not a goal


def _unfold_side_by_side(rows: list[Row]) -> list[Row]:
    """Given rows in reading order, return them with an indicator table printed as two half-tables side
    by side (the header twice on one row; 产出 on the left, 效益 / 满意度 on the right) stacked: the
    header's left half, the left halves of its rows, then their right halves moved under the left
    columns, as if printed one below the other. The body is the rows of the header's grid after it, up
    to a text line, another header or a field row (保障措施 | …)."""
    out: list[Row] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        split = _half_split(row)
        if split is None:
            out.append(row)
            k += 1
            continue
        left0 = min(c.col for c in row.cells)
        # the block label heading the table's left edge (绩效指标, merged down beside the body), no column's head
        block = next((clean(c.text) for c in row.cells if c.col == left0 and not _indicator_role(c.text)), None)
        if _mirrored_head(row):
            block = None     # (`绩效指标 | 年度指标值 | … | 绩效指标 | …`: the names' head printed in each half, no block)
        end = k + 1
        while end < len(rows) and rows[end].grid is row.grid and not detect_header(rows[end]) \
                and not (match_field(rows[end].cells[0].text) and rows[end].cells[0].col <= left0) \
                and not (block and rows[end].cells[0].col <= left0 and clean(rows[end].cells[0].text)
                         and clean(rows[end].cells[0].text) != block):
            # (a field row at the table's left edge or left of it ends the body: `填表人：… | 联系电话：…` under a
            # header whose first cell, 绩效指标 merged from the row above, was left empty; so does another block's
            # label there, below the one merged beside the body: `主管部门审核意见 | 经审核，同意申报。`, whose rows
            # went before the right half's, which were read as unparsed rows of that block)
            end += 1
        body = rows[k + 1:end]
        stages = _adjust_halves(rows[max(0, k - 3):k], row, split)
        if stages is not None:
            # 调整前 | 调整后 over the halves (a 绩效目标调整申请表): one indicator a row, the one after the adjustment
            # (the stage words said by the heads put over the columns; the row's other heads over columns the header
            # leaves empty, 一级指标 | 二级指标 | 调整理由 over a head of two rows, taken into it)
            taken = {col for c in row.cells for col in range(c.col, c.col + c.colspan)}
            kept = [c for c in stages.cells if not _stage_word(c.text) and c.text.strip()
                    and not any(col in taken for col in range(c.col, c.col + c.colspan))]
            head = Row(sorted(row.cells + kept, key=lambda c: c.col), row.grid, row.r, row.order, row.page_break)
            out = [r for r in out if r is not stages]
            end_col = max(c.col + c.colspan for r in [stages, row] + body for c in r.cells)
            out += [_adjusted_row(r, head, split, end_col) for r in [head] + body]
            k = end
            continue
        # each right-half column goes under the left column of the same role; a column printed once, left
        # of the halves (一级指标 shared by 二级指标(长期) … and 二级指标(年度) …), belongs to both halves
        roles = {c.col: _indicator_role(c.text) for c in row.cells}
        role_col: dict[str, int] = {}
        for col in sorted(c for c in roles if c < split):
            role_col.setdefault(roles[col], col)
        move = {col: role_col[role] for col, role in roles.items() if col >= split and role in role_col}
        if _mirrored_head(row):
            # (a head twice in a half, `… | 单位 | 实际完成值 | 单位`: each right column under the left one of its place)
            n = len(row.cells) // 2
            move = {b.col: a.col for a, b in zip(row.cells[:n], row.cells[n:])}
        right_roles = {role for col, role in roles.items() if col >= split}
        shared = {col for role, col in role_col.items() if role and role not in right_roles}
        # halves headed 二级指标(长期) … | 二级指标(年度) …: long-term and annual indicators, each half
        # under its section line (as 长期绩效指标 / 年度绩效指标 rows split a table)
        marks = [_half_horizon([c.text for c in row.cells if (c.col < split) == left]) for left in (True, False)]
        if None in marks or marks[0] == marks[1]:
            marks, titles = _goal_horizons(rows[max(0, k - 8):k], row.grid) if _mirrored(body, split) \
                else ([None, None], None)
            if titles is not None:
                out = [r for r in out if r is not titles]   # (said again by the section rows put under the halves)

        def section(mark: str, at: float) -> list[Row]:
            text = "长期绩效指标" if mark == "long_term" else "年度绩效指标"
            cell = Cell(row.r, left0, text, page=row.cells[0].page, line=row.cells[0].line)
            return [Row([cell], row.grid, row.r, at)]

        out.append(Row([c for c in row.cells if c.col < split], row.grid, row.r, row.order, row.page_break))
        if marks[0]:
            out += section(marks[0], row.order + 1e-5)
        lefts = [Row(cs, r.grid, r.r, r.order, r.page_break) for r in body
                 for cs in [[c for c in r.cells if c.col < split]] if cs]
        out.extend(lefts)
        last = body[-1].order if body else row.order
        if marks[1]:
            out += section(marks[1], last + 5e-5)
        halves = [([(c.col, clean(c.text)) for c in r.cells if c.col < split and clean(c.text)],
                   [(move.get(c.col, c.col - split + left0), clean(c.text)) for c in r.cells
                    if c.col >= split and clean(c.text)]) for r in body]
        if not any(marks) and any(a for a, _ in halves) and all(a == b for a, b in halves):
            # every row's right half its left half word for word, no horizon over either (a two-up print, the table
            # printed twice): the table once (each indicator was read twice, duplicate_indicator, review rv42)
            k = end
            continue
        for i, r in enumerate(body):
            cs = [replace(c, col=move.get(c.col, c.col - split + left0)) for c in r.cells if c.col >= split]
            if cs:
                cs = [c for c in r.cells if c.col in shared] + cs
                out.append(Row(cs, r.grid, r.r, last + (i + 1) * 1e-4, False))
        k = end
    return out


_STAGE_BEFORE = lazy(rf"^(?:{'|'.join(L.STAGE_BEFORE_WORDS)})(?:绩效)?(?:指标|目标)?(?:值)?$")
_STAGE_AFTER = lazy(rf"^(?:(?:{'|'.join(L.STAGE_AFTER_WORDS)})(?:绩效)?(?:指标|目标)?(?:值)?|新(?:绩效)?(?:指标|目标)值?)$")
# (`原目标值 | 新目标值`: 新 a stage only before 指标 / 目标 — a cell `新` alone, `新增…` no stage, review rv14)
# the head put over the name an indicator had before an adjustment, when it changed (a column of no role: its note)
_BEFORE_NAME_HEAD = L.BEFORE_NAME_HEAD
_NO_NAME = lazy(r"^[\s—\-－/／~～]*$")   # a name cell left empty or struck through (`—`)


def _adjust_halves(above: list[Row], row: Row, split: int) -> Row | None:
    """The row right above an indicator header printed twice side by side that heads its left half 调整前 and its
    right half 调整后 (`绩效指标 | 调整前 | | | 调整后` over `一级指标 | 二级指标 | 三级指标 | 指标值 | 三级指标 | 指标值`: a
    绩效目标调整申请表's indicators before and after, side by side), else None."""
    for r in reversed(above):
        if r.grid is not row.grid or r.is_text_line:
            continue
        keys = [(c.col, label_key(c.text)) for c in r.cells if c.text.strip()]
        before = [col for col, t in keys if _STAGE_BEFORE.match(t)]
        after = [col for col, t in keys if _STAGE_AFTER.match(t)]
        if len(before) == len(after) == 1 and before[0] < split <= after[0] \
                and not any(_DIGITS.search(t) for _, t in keys):
            return r
        return None
    return None


def _stage_word(text: str) -> bool:
    """Is a cell 调整前 / 调整后 (a head of the indicators before or after an adjustment)?"""
    key = label_key(text)
    return bool(_STAGE_BEFORE.match(key) or _STAGE_AFTER.match(key))


def _adjusted_row(r: Row, head: Row, split: int, end: int) -> Row:
    """A row of an indicator table whose halves are the indicators before (left) and after (right) an adjustment, as
    one row of the indicator after it: the right half's cells under the left columns of their roles (its levels, its
    name, its target), the left half's target under 调整前指标值 and its name, when another, under 调整前指标 (both
    columns after the table's: the indicator's note), a column printed once (一级指标, 调整理由) where it is."""
    roles = {c.col: _indicator_role(c.text) for c in head.cells}
    role_col: dict[str, int] = {}
    for col in sorted(c for c in roles if c < split):
        role_col.setdefault(roles[col], col)
    right_roles = {role for col, role in roles.items() if col >= split and role}
    spare = {"target": end, "level3": end + 1}
    texts = {"target": "调整前指标值", "level3": _BEFORE_NAME_HEAD}
    after = {roles.get(c.col): c for c in r.cells if c.col >= split}
    cells: list[Cell] = []
    for c in r.cells:
        role = roles.get(c.col, "")
        if c.col >= split:
            cells.append(replace(c, col=role_col[role]) if role in role_col else c)
        elif role in spare:
            if r is head:
                cells.append(replace(c, col=spare[role], text=texts[role], colspan=1))
            elif role == "level3" and (after.get("level3") is None or _NO_NAME.match(after["level3"].text)):
                cells.append(c)                      # (an indicator the adjustment dropped: its name as it was)
            elif role == "target" or clean(c.text) != clean(after["level3"].text):
                cells.append(replace(c, col=spare[role], colspan=1))
        elif not role or role not in right_roles:
            cells.append(c)                          # (a column printed once, left of the halves: both halves')
    cells.sort(key=lambda c: c.col)
    return Row(cells, r.grid, r.r, r.order, r.page_break)


# An indicator table written as an outline of lines (a form typed as prose in Word):
#   一、产出指标 / （一）数量指标 / 1.运营补贴驿站数量：≥120家
_OUTLINE_L1 = lazy(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?P<t>[^:：]{2,20})\s*$")
_OUTLINE_L2 = lazy(r"^\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*(?P<t>[^:：]{2,20})\s*$")
# (or a post's, copied out of WeChat: `产出指标` bare on its line, items led by a bullet or an arrow, a level 2 before the
# name and its target run on, `➡数量指标：新建灌溉管道长度≥18公里` — it was no form, hunt nw12)
_OUTLINE_BARE_L1 = lazy(r"^\s*(?P<t>[\u4e00-\u9fff]{2,8}指标)\s*[:：]?\s*$")
# (a bullet any symbol a post writes one with: an arrow, a shape, a dingbat or an emoji, `➡`, `●`, `✅`, `🔹`, `•`; rv123)
_BULLET = r"[\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff•·]\ufe0f?"
_OUTLINE_ITEM = lazy(r"^\s*(?:\d{1,3}\s*[.、．]|[（(]\d{1,3}[)）]|" + _BULLET + r")\s*(?P<n>[^:：]{2,40}?)\s*[:：]"
                     r"\s*(?P<v>\S.{0,80})$")
_OUTLINE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _outline_line(text: str) -> tuple[str, str, str | None] | None:
    """One line of an indicator outline: ("l1" | "l2", heading, None) or ("item", name, target); None else."""
    m = _OUTLINE_L1.match(text) or _OUTLINE_BARE_L1.match(text)
    if m and level_info(m.group("t"))[0]:
        return "l1", m.group("t"), None
    m = _OUTLINE_L2.match(text)
    if m and level_info(m.group("t"))[1]:
        return "l2", m.group("t"), None
    m = _OUTLINE_ITEM.match(text)
    return ("item", m.group("n"), m.group("v").strip()) if m else None


def _outline_tables(rows: list[Row]) -> list[Row]:
    """Given rows in reading order, return them with each indicator outline replaced by the table it is.

    A run of text lines made of level-1 headings (`一、产出指标`), level-2 headings (`（一）数量指标`)
    and numbered `name：target` items (`1.运营补贴驿站数量：≥120家`), with two items or more and a
    heading, becomes a grid (origin `outline`): a header row 一级指标 | 二级指标 | 三级指标 | 指标值, then
    one row per item with its name and target, the headings in their columns on the first item under
    them (carried down as merged cells are). Every cell keeps the line of the text it comes from.
    """
    out: list[Row] = []
    i, n = 0, len(rows)
    while i < n:
        if not rows[i].is_text_line or len(rows[i].cells) != 1:
            out.append(rows[i])          # (a table's row, or a line of pairs: no run starts there — most rows)
            i += 1
            continue
        run: list[tuple[Row, tuple]] = []
        while i + len(run) < n and rows[i + len(run)].is_text_line and len(rows[i + len(run)].cells) == 1:
            kind = _outline_line(rows[i + len(run)].cells[0].text)
            if kind is None:
                break
            run.append((rows[i + len(run)], kind))
        items = sum(1 for _, k in run if k[0] == "item")
        if items >= 2 and items < len(run):
            out.extend(_outline_grid(run))
            i += len(run)
        else:
            out.append(rows[i])
            i += 1
    return out


def _outline_grid(run: list[tuple[Row, tuple]]) -> list[Row]:
    first_row = run[0][0]
    first = first_row.cells[0]
    cells = [Cell(0, k, h, page=first.page, line=first.line) for k, h in enumerate(_OUTLINE_HEAD)]
    grid = Grid(cells, 1, len(_OUTLINE_HEAD), "outline", order=first_row.order)
    out = [Row(list(cells), grid, 0, first_row.order - 1e-6)]
    heads: dict[int, Cell] = {}              # column -> the heading waiting for its first item
    r = 0
    for row, (kind, text, value) in run:
        c = row.cells[0]
        if kind == "l1":
            heads = {0: Cell(0, 0, text, page=c.page, line=c.line)}
            continue
        if kind == "l2":
            heads[1] = Cell(0, 1, text, page=c.page, line=c.line)
            continue
        r += 1
        text, value = _level2_led(text, value, heads, c)
        row_cells = [Cell(r, col, h.text, page=h.page, line=h.line) for col, h in sorted(heads.items())]
        heads = {}                           # a heading stands once; the reader carries it down
        row_cells.append(Cell(r, 2, text, page=c.page, line=c.line))
        row_cells.append(Cell(r, 3, value, page=c.page, line=c.line))
        grid.cells.extend(row_cells)
        out.append(Row(row_cells, grid, r, row.order))
    grid.n_rows = r + 1
    return out


def _level2_led(name: str, value: str, heads: dict[int, Cell], c: Cell) -> tuple[str, str]:
    """An outline item whose `name` is a level 2 and whose value an indicator's name and target run on
    (`数量指标：新建灌溉管道长度≥18公里`): the level 2 put among HEADS, the name and target split; else as it is."""
    if not (level_info(name)[1] and name.endswith("指标")):
        return name, value
    own, target = split_name_and_target(value)
    if own is None:
        return name, value
    heads[1] = Cell(0, 1, name, page=c.page, line=c.line)
    return own, target


# An indicator table of two columns with no header (2014–2018 forms): level-1 names as rows of their own
# (`产出指标`, `一、产出指标`, or beside their first row), and under them `数量指标 | 培训人数不少于500人次` (a level 2 and
# one cell holding the name and its target), `数量指标：…` in one cell, `产出指标 | 抽检批次不少于3000批次` or `保洁面积 | 180万平方米`.
_PAIR_HEAD_WORDS = frozenset({"指标类别", "指标类型", "指标内容", "指标", "绩效指标", "指标名称", "指标及指标值", "指标名称及指标值",
                              "指标内容及指标值", "一级指标", "二级指标", "指标值", "目标值"})
_PAIR_LEVEL2_PREFIX = lazy(r"^\s*(?P<l2>[^:：]{2,12})\s*[:：]\s*(?P<rest>\S.*)$")
_PAIR_WORD_OPS = "|".join(sorted((w for w in PREFIX_WORDS if len(w) >= 2), key=len, reverse=True))
# an indicator's name before its target: no sign, no figure — but an age group or a type opening it (`65岁以上老年人健康
# 管理率70%以上`, `2型糖尿病患者规范管理率≥60%`: the name then its target; it was one name of no target, hunt tg22)
_PAIR_NAME = r"(?P<name>(?:" + NAME_OPENING_FIGURE + r")?[^≥≤≧≦＞＜<>=＝》《\d:：]{2,40}?)"
_PAIR_NAME_WORD = re.compile(r"^\s*" + _PAIR_NAME + r"\s*(?P<target>(?:" + _PAIR_WORD_OPS + r")\s*\d.{0,20})$")
# a target from its sign on, ending the text (`≥95%`, `>=3200人`, `《10个工作日`): the tail of every pattern of a name then
# its signed target (here, parsers.tables' numbered names, the packed lists' figured names — tidy tw1: three copies)
OP_TARGET = r"(?P<target>(?:[≥≤≧≦]|[＞＜<>》《]\s*[=＝]?|[=＝])\s*\d[^≥≤<>=]{0,20}?)\s*$"
_PAIR_NAME_OP = re.compile(r"^\s*" + _PAIR_NAME + r"\s*" + OP_TARGET)
# (one pattern for the pair tables and the packed lists' items, parsers.layouts.packed_list: its twin there kept an age
# group's name, `65岁以上老年人健康体检12000人`, from splitting — review rv81; a full-width `，` in the figure, `1，200人`,
# the lists' — _PAIR_FIGURE_UNIT turns it away here)
_PAIR_NAME_FIGURE = re.compile(r"^\s*" + _PAIR_NAME + r"\s*(?P<target>\d[\d.,，]*\s*[^\d\s，,；;。]{0,6})\s*$")
# a name and its target after a colon (`数量指标：…`, `培训人数：500人次`); also the tables' and packed lists'
NAME_COLON_TARGET = re.compile(r"^\s*(?P<name>[^:：]{2,40}?)\s*[:：]\s*(?P<target>\S.{0,30}?)\s*$")
# The figure ending a cell with a short unit after it and no more words (`保洁面积180万平方米`, `覆盖率95%`): not
# `PM2.5年均浓度` or `国道G210沿线绿化` (a name with a figure in it; a name part ending in a Latin letter is a code)
_PAIR_FIGURE_UNIT = lazy(r"^\d[\d.,]*\s*(?:[%‰％]|(?:[万亿千百]?[^\d\s，,；;。]{0,3})|个百分点)$")
_LATIN_END = lazy(r"[A-Za-zＡ-Ｚａ-ｚ]$")


_CLOSING_STOP = lazy(r"[。；;]+$")


def pair_items(text: str) -> list[str]:
    """A pair table's content cell as its indicators: split at `，` when every piece is a name and its target
    (`新建乡村学校少年宫8所，每所配备活动器材不少于10类。` -> two; a 2019-era form's 产出目标 / 效果目标 written as a
    sentence — it was one indicator named by the whole sentence, of no target, hunt nw2), else the cell as it is."""
    pieces = [x for x in re.split(r"\s*[，,]\s*", _CLOSING_STOP.sub("", text.strip())) if x]
    if len(pieces) >= 2 and all(split_name_and_target(x)[0] is not None for x in pieces):
        return pieces
    return [text]


def split_name_and_target(text: str) -> tuple[str | None, str]:
    """One cell holding an indicator's name and its target: `培训人数不少于500人次` -> ("培训人数", "不少于500人次"),
    `培训考核合格率95%以上` -> ("培训考核合格率", "95%以上"), `满意度≥90%`, `受益人口：≥3200人`; (None, the text) when
    no single quantity ends it (`2014年11月底前完成全部培训`, `基层农技推广服务能力明显提升`). A sentence's closing stop is no
    part of the target (`满意度不低于90%。`: it was read as no quantity, the whole cell the name)."""
    t = _CLOSING_STOP.sub("", text.strip())
    for rx in (NAME_COLON_TARGET, _PAIR_NAME_OP, _PAIR_NAME_WORD, _PAIR_NAME_FIGURE):
        m = rx.match(t)
        if m is None or any(level_info(m.group("name"))[:2]):
            continue
        target = m.group("target").strip()
        if rx is _PAIR_NAME_FIGURE and (not _PAIR_FIGURE_UNIT.match(target) or _LATIN_END.search(m.group("name").strip())):
            continue
        got = split_target(target)
        if got.value is not None and got.target_text is None and got.qualifier is None and len(target) <= 20:
            return m.group("name").strip(), target
        if rx is _PAIR_NAME_OP and got.op is not None and got.target_text and _SIGNED_DAY.match(got.target_text):
            return m.group("name").strip(), target      # `工程完工时间≤10月底`: a signed day, a time target
    if "于" in t:
        m = _NAME_WORD_DAY.match(t)
        if m is not None and _SIGNED_DAY.match(m.group("day")) and not any(level_info(m.group("name"))[:2]):
            return m.group("name").strip(), m.group("target")   # `工程完工时间不晚于10月底`: the same in words
    return None, text.strip()


# a day, month, quarter or year's end a sign bounds (`≤10月底`, `≤2021年11月30日`, `≤12月中旬前`, `≤2023年底`,
# `≤2023.12.31`, `≤2023-12`, `≤2023年第四季度`): after a name and its sign, a time target — it was no split, the whole line
# the name of no target (a 乡镇 form's `3.时效指标：工程完工时间≤10月底`, hunt nw15; a year's end, a dotted date: rv141)
_SIGNED_DAY = lazy(r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|份|[上中下]旬)?|\d{4}年[底末]"
                   r"|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?|(?:\d{4}年)?第?[一二三四1-4]季度末?)(?:前|以前)?$")
# a name, then a day bounded in words (`工程完工时间不晚于2023年底`, `不迟于10月底`, `早于12月31日`: review rv141), the
# day one _SIGNED_DAY reads
_NAME_WORD_DAY = lazy(r"^\s*(?P<name>[^\d:：]{2,40}?)\s*(?P<target>(?:不晚于|不迟于|早于)\s*(?P<day>\d.{0,16}))$")


def _pair_level(text: str) -> tuple[str | None, str | None]:
    """(level-1 category, level-2 category) of a cell naming a level (`一、产出指标` too), else (None, None)."""
    t = text.strip()
    if len(t) > 16 or _DIGITS.search(t.lstrip("一二三四五六七八九十、.．（()） ")):
        return None, None
    l1, l2, _ = level_info(strip_numbering(t) or t)
    return l1, l2


_POINTS_ONLY = lazy(r"^\d+(?:\.\d+)?\s*分$")     # `48.5分`: points scored, never a target


_LIST_BREAK = lazy(r"[;；]\s*\S")


def _pair_row(row: Row, l1: Cell | None, opened: bool = False) -> tuple | None:
    """One row of a two-column indicator table: ("l1", cell) for a level-1 name alone, ("item", level 1 cell or None,
    level 2 cell or None, text cell[, target cell]) for an indicator; None when the row is none of these. A row of a name
    and a target (`保洁面积 | 180万平方米`) only once a level-1 name stood on a row of its own (`opened`)."""
    cells = [c for c in row.cells if c.text.strip()]
    if cells and len(cells) >= 2 and is_block_label(cells[0].text) and level_key(cells[0].text) == "绩效":
        cells = cells[1:]                         # 绩效指标 | 一、产出指标: the block's label beside its first row
    if not cells or len(cells) > 2 or any(match_field(c.text) for c in cells):
        return None
    a = cells[0]
    a1, a2 = _pair_level(a.text)
    if len(cells) == 1:
        if a1 is not None and (a2 is None or level_key(strip_numbering(a.text) or a.text) == "满意度"):
            return ("l1", a)
        m = _PAIR_LEVEL2_PREFIX.match(a.text)
        if l1 is not None and m and _pair_level(m.group("l2"))[1] is not None and len(m.group("rest")) <= 60:
            return ("item", None, replace(a, text=m.group("l2")), replace(a, text=m.group("rest").strip()))
        return None
    b = cells[1]
    if any(_pair_level(b.text)) or len(b.text.strip()) > 60 or _FIGURE.match(fold(b.text)) and a1 is not None \
            or _LIST_BREAK.search(b.text) or _POINTS_ONLY.match(fold(b.text).strip()):
        return None                               # (`产出指标 | 50`, `产出指标 | 48.5分`: a level's points, no indicator;
                                                  # `A≥5个；B…`: a list)
    m = _PAIR_LEVEL2_PREFIX.match(b.text)
    if a1 is not None and m and _pair_level(m.group("l2"))[1] is not None:
        return ("item", a, replace(b, text=m.group("l2")), replace(b, text=m.group("rest").strip()))
    if a2 is not None and l1 is not None:
        return ("item", None, a, b)
    if a1 is not None:
        return ("item", a, None, b)
    if a2 is not None:
        return ("item", None, a, b)
    if opened and len(a.text.strip()) <= 30 and not _DIGITS.search(a.text) \
            and (_TARGET_LIKE.match(fold(b.text)) or len(b.text.strip()) <= 8):
        return ("pair", None, None, a, b)         # 保洁面积 | 180万平方米 under `一、产出指标` (a row of its own)
    return None


# a cell holding its column's head and its value, `一级指标：产出指标`, `指标值：≥3000亩` (a form a system prints with
# each indicator row's cells labelled, no head row); a cell of its head and no value (`指标值：`, the target left blank)
# is one too, its value none (review rv8: such a row was left as it was, its indicator lost)
_HEAD_AND_VALUE = lazy(r"^\s*([^:：，。；\d]{2,10}?)\s*[:：]\s*(.*?)\s*$", re.S)


def _labelled_cell_rows(rows: list[Row]) -> list[Row]:
    """Given rows in reading order, return them with each indicator row whose cells all hold their column's head and
    their value (`一级指标：产出指标 | 二级指标：数量指标 | 三级指标：低产林改造面积 | 指标值：≥3000亩`, three cells or more,
    the heads an indicator or score table's) read as that table: the heads a head row before the first such row
    (again where they change), each cell its value (hunt fam: no indicator was read, the form's `no_indicators`)."""
    out: list[Row] = []
    last: tuple | None = None                     # (grid, {(column, head)}) of the last head row put in
    for row in rows:
        c0 = row.cells[0].text if row.cells else ""
        parts = [_HEAD_AND_VALUE.match(c.text) for c in row.cells] \
            if not row.is_text_line and len(row.cells) >= 3 and ("：" in c0 or ":" in c0) else []
        if len(parts) < 3 or not all(parts) or not any(m.group(2) for m in parts):
            out.append(row)
            if not row.is_text_line:
                last = None
            continue
        heads = tuple(m.group(1).strip() for m in parts)
        head_row = Row([Cell(row.r, c.col, h, page=c.page, line=c.line) for c, h in zip(row.cells, heads)],
                       row.grid, row.r, row.order - 1e-6, row.page_break)
        h = detect_header(head_row)
        if h is None or h.kind not in ("indicator", "score") or not _LEVEL_HEADS & h.cols.keys():
            out.append(row)
            last = None
            continue
        placed = {(c.col, x) for c, x in zip(row.cells, heads)}
        fresh = last is None or last[0] != id(row.grid) or not placed <= last[1]
        if fresh:                                 # (a row under it of some of its heads, in their columns, its own:
            out.append(head_row)                  # `二级指标：质量指标 | …` under a level 1 merged down)
            last = (id(row.grid), placed)
        out.append(Row([replace(c, text=m.group(2)) for c, m in zip(row.cells, parts) if m.group(2)], row.grid, row.r,
                       row.order, row.page_break and not fresh))
    return out


def _level_pair_tables(rows: list[Row]) -> list[Row]:
    """Given rows in reading order, return them with each two-column indicator table of no header (see above)
    replaced by the table it is (origin `pairs`): 一级指标 | 二级指标 | 三级指标 | 指标值, one row per indicator, its
    name and target split apart when one cell holds both (the whole cell the target when no quantity ends it). A
    run of rows of one grid with two indicators or more, a level-1 name among them, in a grid with no indicator
    header of its own; a head row of words only (指标类别 | 指标内容) just above it is taken in."""
    headed: set[int] = set()                      # grids with an indicator header
    for row in rows:
        if row.grid is not None and not row.is_text_line and id(row.grid) not in headed:
            h = row._header if row._header.__class__ is not int else detect_header(row)   # (its memo read first)
            if h is not None and h.kind in ("indicator", "score"):
                headed.add(id(row.grid))
    out: list[Row] = []
    i, n = 0, len(rows)
    while i < n:
        row = rows[i]
        if row.is_text_line or row.grid is None or id(row.grid) in headed:
            out.append(row)
            i += 1
            continue
        g = row.grid
        j = i
        if all(_WS.sub("", c.text) in _PAIR_HEAD_WORDS for c in row.cells) and len(row.cells) >= 2:
            j += 1                                # 指标类别 | 指标内容: the table's own head
        run: list[tuple] = []
        l1 = None
        opened = False
        while j < n and rows[j].grid is g and not rows[j].is_text_line:
            got = _pair_row(rows[j], l1, opened)
            if got is None:
                break
            if got[0] == "l1":
                l1, opened = got[1], True
            elif got[1] is not None:
                l1 = got[1]
            run.append((rows[j], got))
            j += 1
        items = [x for _, x in run if x[0] != "l1"]
        named = any(x[0] == "l1" or x[1] is not None for _, x in run)
        if len(items) < 2 or not named or run[0][1][0] == "pair":
            # (no level name in the run: its rows read alike from any later start, with no level name either —
            # they are passed as they are, not scanned again row after row)
            k = j if run and not named else i + 1
            out.extend(rows[i:k])
            i = k
            continue
        out.extend(_pair_grid(run, rows[i]))
        i = j
    return out


_PAIR_HEAD = ("一级指标", "二级指标", "指标内容及指标值")   # (one column for the name and its target: the reader splits it)


def _pair_grid(run: list[tuple], first_row: Row) -> list[Row]:
    first = first_row.cells[0]
    # name | target in two cells (`保洁面积 | 180万平方米`): a column each; else one cell holding both
    head = _OUTLINE_HEAD if any(got[0] == "pair" for _, got in run) else _PAIR_HEAD
    cells = [Cell(0, k, h, page=first.page, line=first.line) for k, h in enumerate(head)]
    grid = Grid(cells, 1, len(head), "pairs", order=first_row.order)
    out = [Row(list(cells), grid, 0, first_row.order - 1e-6)]
    l1: Cell | None = None
    put_l1 = False
    r = 0
    for row, got in run:
        if got[0] == "l1":
            l1, put_l1 = got[1], True
            continue
        _, a1, a2, text, *rest = got
        if a1 is not None:
            l1, put_l1 = a1, True
        r += 1
        row_cells = []
        if l1 is not None and put_l1:
            row_cells.append(Cell(r, 0, strip_numbering(l1.text.strip()) or l1.text, page=l1.page, line=l1.line))
            put_l1 = False
        if a2 is not None:
            row_cells.append(Cell(r, 1, a2.text.strip(), page=a2.page, line=a2.line))
        items = pair_items(text.text) if not rest else [text.text]
        row_cells.append(Cell(r, 2, items[0].strip(), page=text.page, line=text.line))
        if rest:
            row_cells.append(Cell(r, 3, rest[0].text.strip(), page=rest[0].page, line=rest[0].line))
        grid.cells.extend(row_cells)
        out.append(Row(row_cells, grid, r, row.order))
        for k, item in enumerate(items[1:], 1):
            # (the cell's further indicators, each a row of its own under the same levels)
            r += 1
            more = Cell(r, 2, item, page=text.page, line=text.line)
            grid.cells.append(more)
            out.append(Row([more], grid, r, row.order + k * 1e-6))
    grid.n_rows = r + 1
    return out


_A_SECTION = lazy(r"^\s*(?:([一二三四五六七八九十]+)\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）])\s*(\S.*)$")
_A_ITEM = lazy(r"^\s*\d{1,2}\s*[.．、]\s*\S")
_A_ATTR = re.compile(r"^\s*(考核要求|评分标准|考核标准|评分细则|考核方式|责任单位|责任部门|牵头单位)\s*[:：]\s*(.*)$")
# `由市统计局考评` / `由市扶贫办、市劳动和社会保障局考核`: the unit that assesses, at an item's end or on its own line
_A_BY = lazy(r"[。;；,，]?\s*由\s*((?!评委|评审|专家)[^由。;；,，]{1,40}?(?:局|办|委|部|厅|中心|政府|组|院|所|队|处|科|室|会|站|"
                   r"单位|公司|乡镇|街道|部门))\s*(?:自行|进行|牵头|联合|负责|组织)?\s*(?:考评|考核|评分|评定|打分)\s*[。;；]?\s*$")
# `…扣0.5分。牵头单位：县发改局；责任单位：县统计局` at an item's end (a 目标责任书's 考核细则 in prose): its units
_A_UNITS = lazy(r"(?:^|(?<=[。;；]))\s*((?:总?牵头(?:单位|部门)|责任(?:单位|部门)|配合(?:单位|部门)|协办单位)\s*[:：]\s*\S.*)$")
# the points an item's sentence gives (`…完成任务计15分…`, `基础分为10分`)
_A_POINTS = lazy(r"(?:计|基础分为?)\s*(\d+(?:\.\d+)?)\s*分|得\s*(\d+(?:\.\d+)?)\s*分(?!以上|以下|及以上)")
_A_HEAD = ("考核项目", "考核内容", "考核要求", "责任单位", "分值")
_A_POINTS_NOTE = lazy(r"[(]\s*\d+(?:\.\d+)?\s*分\s*[)]")      # 。（10分）: the item's points in its sentence


def _assessment_outline(rows: list[Row]) -> list[Row]:
    """Given rows in reading order, return them with an assessment breakdown written as numbered lines
    (`一、组织领导（10分）`, `1.成立领导小组（4分）`, `考核要求：…`, `责任单位：…`) replaced by the table it is
    (origin `outline`): 考核项目 | 考核内容 | 考核要求 | 责任单位, one row per item, the section on the
    first item under it. Two items or more, with at least one 考核要求 / 责任单位 line."""
    out: list[Row] = []
    i, n = 0, len(rows)
    while i < n:
        if not rows[i].is_text_line or len(rows[i].cells) != 1:
            out.append(rows[i])          # (a table's row, or a line of pairs: no outline starts there — most rows)
            i += 1
            continue
        j = i
        kinds = []
        while j < n and rows[j].is_text_line and len(rows[j].cells) == 1:
            k = _outline_kind(rows[j].cells[0].text)
            if k is None and kinds and kinds[-1] in ("item", "cont") \
                    and not rows[j - 1].cells[0].text.rstrip().endswith(("。", ";", "；")):
                # an item's sentence wrapped onto the next lines (a PDF page's lines): its rest, when the outline
                # goes on within three lines
                nxt = next((m for m in range(j + 1, min(j + 4, n)) if not rows[m].is_text_line
                            or len(rows[m].cells) != 1 or _outline_kind(rows[m].cells[0].text) is not None), None)
                if nxt is not None and rows[nxt].is_text_line and len(rows[nxt].cells) == 1:
                    kinds.extend(["cont"] * (nxt - j))
                    j = nxt
                    continue
            if k is None:
                break
            kinds.append(k)
            j += 1
        items = [rows[k].cells[0].text for k in range(i, j) if kinds[k - i] == "item"]
        # (a 考评办法 in prose: its items say their points in the sentence and the unit that assesses them)
        by = sum(1 for t in items if _A_BY.search(fold(t)) or _A_UNITS.search(fold(t))) + kinds.count("attr")
        if len(items) >= 2 and kinds[0] != "attr" and ("attr" in kinds and not all(
                _A_BY.match(fold(rows[k].cells[0].text).strip()) for k in range(i, j) if kinds[k - i] == "attr")
                or by >= 2 and sum(1 for t in items if _a_points(fold(t)) or _A_POINTS_NOTE.search(fold(t))) >= 2):
            out.extend(_assessment_grid(rows[i:j], kinds))
            i = j
        else:
            out.append(rows[i])
            i += 1
    return out


def pieces_joined(a: str, b: str) -> str:
    """Two pieces of a cell a line break cut, joined (no space between Chinese characters, one between words)."""
    a, b = a.rstrip(), b.strip()
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        if b[0].isdigit() and ("," in a[-3:] or "，" in a[-3:]) and number_group_cut(a, b):
            return a + b                             # `1,2` / `00人次`: one number, its digits cut
        return f"{a} {b}"
    return a + b


_GROUP_OPEN = lazy(r"(?<![\d.])\d{1,3}(?:[,，]\d{3})*[,，](\d{0,2})$")   # (a full-width comma too, `≥1，2`: review rv140)
_LEAD_DIGITS = lazy(r"^\d+")


def number_group_cut(a: str, b: str) -> bool:
    """Is `b` the rest of a number a line break cut inside its digits at the end of `a`, its last thousands group
    left short (`≥1,2` over `00人次`, `12,` over `000元`, `≥1，2` over `00人次`)? Then the digits `b` opens with fill
    that group exactly."""
    m = _GROUP_OPEN.search(a)
    if not m:
        return False
    lead = _LEAD_DIGITS.match(b)
    return lead is not None and len(m.group(1)) + len(lead.group()) == 3


def _a_points(text: str) -> str | None:
    """The points an outline item's sentence gives: `计15分` / `基础分为10分` first, else `得10分` (not a threshold,
    `得90分以上的计10分`)."""
    best = None
    for m in _A_POINTS.finditer(text):
        if m.group(1):
            return m.group(1)
        best = best or m.group(2)
    return best


def _outline_kind(t: str) -> str | None:
    """What a line of an assessment outline is: "attr" (考核要求：…, 由…考评), "item" (1、…), "section" (一、…, (一)…)."""
    t = fold(t)
    return "attr" if _A_ATTR.match(t) or (_A_BY.match(t.strip()) and len(t.strip()) <= 44) \
        else "item" if _A_ITEM.match(t) else "section" if _A_SECTION.match(t) else None


def _assessment_grid(run: list[Row], kinds: list[str]) -> list[Row]:
    first = run[0].cells[0]
    cells = [Cell(0, k, h, page=first.page, line=first.line) for k, h in enumerate(_A_HEAD)]
    grid = Grid(cells, 1, len(_A_HEAD), "outline", order=run[0].order)
    out = [Row(list(cells), grid, 0, run[0].order - 1e-6)]
    section: Cell | None = None
    cur: dict[int, Cell] | None = None
    items: list[tuple[Row, dict[int, Cell]]] = []
    r = 0
    joined: list[tuple[Row, str]] = []           # an item's wrapped lines put back on it
    for row, kind in zip(run, kinds):
        if kind == "cont" and joined:
            prev, pk = joined[-1]
            c0 = prev.cells[0]
            joined[-1] = (Row([replace(c0, text=pieces_joined(c0.text, row.cells[0].text))], prev.grid, prev.r,
                              prev.order), pk)
        else:
            joined.append((row, kind))
    for row, kind in joined:
        c = row.cells[0]
        if kind == "section":
            section = Cell(0, 0, c.text.strip(), page=c.page, line=c.line)
        elif kind == "item":
            r += 1
            text = c.text.strip()
            folded = fold(text)
            # (the positions found in the folded text are the text's when folding kept its length)
            by = _A_BY.search(folded) if len(folded) == len(text) else _A_BY.search(text)
            if by is None:
                by = _A_UNITS.search(folded) if len(folded) == len(text) else _A_UNITS.search(text)
            cur = {1: Cell(r, 1, text[:by.start()] if by else text, page=c.page, line=c.line)}
            if by:
                cur[3] = Cell(r, 3, text[by.start(1):by.end(1)], page=c.page, line=c.line)
            if not POINTS_AT_END.search(fold(cur[1].text)) and (pts := _a_points(fold(text))):
                cur[4] = Cell(r, 4, pts, page=c.page, line=c.line)
            if section is not None:
                cur[0] = Cell(r, 0, section.text, page=section.page, line=section.line)
                section = None
            items.append((row, cur))
        elif cur is not None:
            t = fold(c.text)
            m = _A_ATTR.match(t) or _A_BY.search(t.strip())
            same = len(t) == len(c.text)             # (the text as written where folding kept its length)
            if m.re is _A_ATTR:
                label, value = m.group(1), c.text[m.start(2):m.end(2)] if same else m.group(2)
            else:
                label, value = "责任单位", m.group(1)
            col = 3 if label in ("责任单位", "责任部门", "牵头单位") else 2
            if value.strip() and col not in cur:
                cur[col] = Cell(cur[1].row, col, value.strip(), page=c.page, line=c.line)
            elif value.strip() and col == 3 and value.strip() not in re.split(r"[、，,]", cur[col].text):
                # 牵头单位：… then 责任单位：…: both assess the item
                cur[col] = replace(cur[col], text=f"{cur[col].text}、{value.strip()}")
    for row, got in items:
        row_cells = [got[k] for k in sorted(got)]
        grid.cells.extend(row_cells)
        out.append(Row(row_cells, grid, row_cells[0].row, row.order))
    grid.n_rows = r + 1
    return out


def detect_header_text(text: str) -> bool:
    """A one-cell row that names a table kind's column is no caption (a label with its value,
    `责任单位：各乡镇人民政府`, names no column: it is a line of text)."""
    t = text.strip()
    m = _LABEL_COLON.match(t)
    return bool(cell_header_roles(t)) and len(t) <= 12 and not (m and m.group(2).strip())


_TITLE_CELL = lazy(r"^(?P<t>[^：:，。；]{4,40}?(?:绩效|目标|自评|评价)[^：:，。；]{0,20}?表)\s*"
                         r"(?P<y>[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）])?\s*(?P<rest>.*)$")
_UNIT_START = lazy(r"(?=(?:金额|货币)?单位\s*[:：]\s*(?:万?元|亿元))")


def _title_cell_parts(text: str) -> list[str] | None:
    """The lines of a form's title run into one cell (`…绩效目标申报表（2025年度）申报单位（盖章）：…金额单位：万元`): the
    title, its year, then the label lines (split before `金额单位：`), or None when the cell starts with no form title."""
    m = _TITLE_CELL.match(text.strip())
    if m is None or match_field(m.group("t")) or is_block_label(m.group("t")) or "《" in m.group("t") \
            or m.group("rest") and not _LABEL_COLON.match(m.group("rest")):
        return None                  # (`按照《…绩效评价管理办法》附表要求填报，…`: a note naming a form, no title)
    parts = [m.group("t"), m.group("y") or ""]
    parts += [p.strip() for p in _UNIT_START.split(m.group("rest") or "")]
    return [p for p in parts if p]


_COLONS = lazy(r"[:：]")
_GLUED_LABEL = lazy(r"(?:项目负责人|单位负责人|联系电话|联系方式|联系人|填表人|填报人|审核人|经办人|负责人|填报日期|填表日期|"
                          r"电话|手机)\s*[:：]")


# the words before a colon up to a comma, a stop or a gap: the next pair's label, or a value with the label glued on
# (`市教育局实施单位：`)
_LABEL_RUN = lazy(r"([^\s:：，,；;。、]{2,24})\s*[:：]")

# a score's or a grade's label after a comma rates the figure before it (`预算执行率：95%，评价等级：良`: the rate's
# grade, no form's; review rv51), no next field; None: no field's label at all
_RATING_FIELDS = frozenset({None, "score", "grade"})


def _field_label_at(text: str, start: int, run: str) -> int | None:
    """Where a field's label (the field table's) opens in a run of words before a colon (`_LABEL_RUN`): the whole run
    after a comma or a semicolon (`，实施单位：`), else the longest label of four characters or more ending the run with
    a value glued before it (`市教育局项目办实施单位：`: at 实施单位 — 项目办 no label's start); None when there is none."""
    if start > 0 and text[start - 1] in "，,；;" and _lookup(label_key(run)) not in _RATING_FIELDS:
        return start
    return next((start + len(run) - k for k in range(len(run) - 1, 3, -1)
                 if _glued_field(FIELD_INDEX.get(label_key(run[-k:])))), None)


def _glued_field(col: str | None) -> bool:
    """May a field's label glued on a value, no comma between, open the next pair? Not a score's or a grade's, and not
    a prose field's (`_PROSE_FIELDS`): a name's own words end in one before a subtitle (`某某县2024年度项目实施方案：
    编制与评审`, `公共卫生服务补助资金绩效目标：…`), while a prose value keeps a cell or a line of its own (review rv70)."""
    return col not in _RATING_FIELDS and col.removeprefix("_weak_") not in _PROSE_FIELDS


def _short_pair(text: str) -> bool:
    """Is the text a `label：value` pair of a field of a short value (a name, a body, a person, a number, a date)? Not
    a prose field's (a goal, 立项依据, 实施内容), whose commas set apart its own parts (`年度目标：…，产出目标：…`)."""
    m = _LABEL_COLON.match(text.strip())
    col = _lookup(label_key(m.group(1))) if m is not None else None
    return col is not None and col.removeprefix("_weak_") not in _PROSE_FIELDS


def _balanced(text: str) -> bool:
    """Are the brackets and quotes in `text` paired (`优：90分（含）以上；…`; not `90分以上）、良（80分-89分`, nor
    `校园改造（实施期限`)?"""
    depth = 0
    for ch in text:
        depth += ch in "（([【“"
        depth -= ch in ")）]】”"
        if depth < 0:
            return False
    return depth == 0


def split_outside_brackets(pattern, text: str) -> list[str]:
    """`text` split at `pattern`'s matches (a gap before the next pair), but for a match inside round brackets that
    close after it: the words in them note the value before them (`市第一中学（联系人：张三 电话：138…）`, its pairs set
    apart by bracketed_contact; the text was cut at the space, the unit `市第一中学（联系人：张三` and the phone `138…）`,
    mend md35). A bracket left open holds no match (the text cut there as before)."""
    inside = _bracket_spans(text)
    out, at = [], 0
    for m in pattern.finditer(text):
        if m.end() > m.start() and not _within(inside, m.start(), m.end()):
            out.append(text[at:m.start()])
            at = m.end()
    return out + [text[at:]]


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """Where the round brackets of `text` that close open and close (a bracket left open spans nothing)."""
    inside: list[tuple[int, int]] = []
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch in "(（":
            opened.append(i)
        elif ch in ")）" and opened:
            inside.append((opened.pop(), i))
    return inside


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does text[start:end] lie inside one of the bracket spans?"""
    return any(a < start and end <= b for a, b in spans)


def _field_cuts(text: str, cuts: set[int]) -> list[int]:
    """The cuts of a text into pairs (`cuts`, those found already) with a cut before each field's label after a comma
    or glued on (`主管部门：市教育局，实施单位：…`, `市教育局实施单位：…`) that ends a pair of a short value."""
    for m in _LABEL_RUN.finditer(text):
        at = _field_label_at(text, m.start(1), m.group(1))
        if at is None:
            continue
        pair = text[max((c for c in cuts if c < at), default=0):at]
        # (a label in brackets or quotes notes the value, `校园改造（实施期限：2024年）`: no next pair; review rv70)
        if _balanced(pair) and _short_pair(pair):
            cuts.add(at)
    return sorted(cuts)


# a pair in the brackets closing a text (`李明（联系电话：0731-8823456）`, a full stop after them): the text before them,
# the bracketed words
_CLOSING_BRACKETS = lazy(r"^(.*?[^\s（(])\s*[（(]\s*([^（()）]+?)\s*[)）]\s*[。.；;]?\s*$", re.S)


def bracketed_contact(text: str) -> list[str]:
    """A `label：value` text whose value closes with a contact's pair in brackets (`项目负责人：李明（联系电话：0731-…）`):
    the pair before the brackets and the bracketed pair (the person's phone, no note of the name: it was `李明（` and
    `0731-…）`); else the text. Only a contact's label (`_GLUED_LABEL`): another field's label in brackets notes the
    value (`主管部门：市教育局（实施单位：各中小学）`, review rv70)."""
    m = _CLOSING_BRACKETS.match(text)
    if m is None or not _GLUED_LABEL.match(m.group(2)) or not _LABEL_COLON.match(m.group(1)):
        return [text]
    return [m.group(1), m.group(2)]


def _glued_pairs(text: str) -> list[str]:
    """A `label：value` text with the next pair glued on (`填表人：陈立新联系电话：0376-…`) or set apart by a comma or a
    semicolon: the pairs; else the text. Cut before a contact's label wherever it is; before another field's label
    (`主管部门：市教育局，实施单位：…`, `市教育局实施单位：…`) when the pair it ends is a field of a short value."""
    if (pieces := contact_opened(text)) != [text]:
        return [q for piece in pieces for q in _glued_pairs(piece)]
    inside = _bracket_spans(text)
    # (not a label in brackets closing later, `李明（联系电话：138…）填报日期：…`: they are opened after the cut)
    cuts = _field_cuts(text, {m.start() for m in _GLUED_LABEL.finditer(text)
                              if m.start() > 0 and _COLONS.search(text, 0, m.start())
                              and not _within(inside, m.start(), m.end())})
    # (`项目负责人：王某某，联系电话：…`: the comma that set the pairs apart is no part of the name)
    return _brackets_opened([text[a:b].rstrip("，,、；; \u3000") for a, b in zip([0] + cuts, cuts + [len(text)])],
                            _glued_pairs) if cuts else [text]


_DATE_PIECE = lazy(r"[\d\s]*[年月日号]|\d{1,2}")


def _pair_text(text: str) -> bool:
    """Is a piece of a line a `label：value` pair? Not when its first colon is a time's (`绩效目标表.xls 2023-03-02 09:41
    第1页`: a print stamp, no label `…2023-03-02 09`)."""
    m = _LABEL_COLON.match(text)
    clock = _CLOCK_AT.search(text)
    return m is not None and not (clock is not None and clock.start() < m.end(1) < clock.end())


def _text_row(t: TextLine) -> Row:
    """A text line as a row: one cell, or one cell per `label：value` pair when the line holds several."""
    parts = [p for p in split_outside_brackets(_WIDE_GAP, t.text.strip()) if p.strip()]
    if len(parts) < 2:                 # a PDF line keeps one space between the pairs
        parts = [p for p in split_outside_brackets(_NEXT_PAIR, t.text.strip()) if p.strip()]
    if len(parts) >= 2:
        # `日期：2023年  月  日`: the pieces of a date left blank, gaps where the month and day go, are the pair's value
        # (the line was no row of pairs, and its 填表人：王芳 was lost)
        merged: list[str] = []
        for p in parts:
            if merged and _DATE_PIECE.fullmatch(p.strip()) and _LABEL_COLON.match(merged[-1]):
                merged[-1] += " " + p.strip()
            else:
                merged.append(p)
        parts = merged
    if len(_COLONS.findall(t.text)) >= 2:
        # `填表人：陈立新联系电话：0376-2982157` (an OCR'd line lost the gap): split before a contact's label
        parts = [piece for p in (parts or [t.text.strip()]) for piece in _glued_pairs(p.strip())]
    if len(parts) >= 2 and all(_pair_text(p) for p in parts):
        # 填表人：赵丽    联系电话：0933-…: several label:value pairs on one line
        return Row([Cell(0, k, p, page=t.page, line=t.line) for k, p in enumerate(parts)], None, 0, t.order)
    return Row([Cell(0, 0, t.text, page=t.page, line=t.line)], None, 0, t.order)


def _title_over_cells(cells: list[Cell]) -> str | None:
    """A form's title typed over two to four cells of a row above its table (`2024年 | 学生资助项目 | 绩效目标表`,
    `洞口县 | 2024年学生资助项目 | 绩效目标表`): the cells' words joined, when they make a title, its last cell closes it
    and the first is none by itself, no cell a label or a figure; else None. A table's number in a first cell of its
    own (`附件2 |`, `附件 1 |`, `附表一 |`) is no word of it, whatever follows (it was the title's first, `附件2 2024年…`,
    review rv56; `附件一2024年…`, mend md18); nor a word before a last cell that is a whole title by itself (`表名 |
    2024年学生资助项目绩效目标表`: it was `表名2024年…`, mend md18) unless it is a title's lead, a year or a place's or a
    body's name or a project's (`2024年 | 学生资助项目绩效目标表`, `洞口县 | …`)."""
    if len(cells) >= 2 and _table_no_cell(cells[0].text):
        cells = cells[1:]
    if len(cells) == 1:
        return cells[0].text.strip() if _is_title_text(cells[0].text) else None
    if not 2 <= len(cells) <= 4 or any(match_field(c.text) or _FIGURE.match(c.text) or _COLONS.search(c.text)
                                       or detect_header_text(c.text) for c in cells):
        return None
    if _whole_title(cells[-1].text) and not any(_title_lead(c.text) for c in cells[:-1]):
        return cells[-1].text.strip()
    joined = ""
    for c in cells:
        joined = pieces_joined(joined, c.text.strip()) if joined else c.text.strip()
    if not _is_title_text(joined) or _is_title_text(cells[0].text) \
            or not L.FORM_TITLE.search(bare_fold(cells[-1].text)):
        return None
    return joined


def _table_no_cell(text: str) -> bool:
    """Is a cell a table's number alone (`附件2`, `附件 1`, `附表一`, `表1：`; core's _TABLE_NO, the whole cell)?"""
    t = text.strip()
    return bool(t) and (m := _TABLE_NO.match(t)) is not None and m.end() == len(t)


def _whole_title(text: str) -> bool:
    """Is a cell a form's title by itself, its subject or its year before the form's kind (`2024年学生资助项目绩效目标表`,
    `项目支出绩效目标表`; not the kind alone, `绩效目标表`, the last piece of a title typed over cells)?"""
    if not _is_title_text(text):
        return False
    t = bare_fold(text)
    kind = L.FORM_TITLE.search(t)
    return kind is not None and kind.group() != t


# a title's lead in a cell of its own: a year in it (`2024年`, `2024年学生资助项目`) or a project's name (`学生资助项目`)
_TITLE_LEAD = lazy(r"(?:19|20)\d{2}\s*年|(?:项目|资金|工程)$")


def _title_lead(text: str) -> bool:
    """Is a cell before a title's last a word of the title: a year or a project's name in it, or a place's or a body's
    name (`洞口县`, `洞口县教育局`)?"""
    t = bare_fold(text)
    return bool(_TITLE_LEAD.search(t)) or district(t) or _org_kind(t) is not None


_ROW_OF = attrgetter("row")
_COL_OF = attrgetter("col")


def _txt_rows(g: Grid) -> list[list[Cell]]:
    """A text dump's grid: cells come row by row, column by column, so they group without sorting."""
    out: list[list[Cell]] = [[] for _ in range(g.n_rows)]
    for r, cells in groupby(g.cells, _ROW_OF):      # (a row's cells taken together: no call a cell)
        out[r].extend(cells)
    return out


def _order(cell: Cell, fallback: float, column: int = 0, by_line: bool = True) -> float:
    if by_line and cell.line is not None and cell.page is None:
        return float(cell.line)
    if cell.page is not None and cell.bbox is not None:
        return cell.page * PAGE_ORDER + column * COLUMN_ORDER + cell.bbox[1]
    return fallback


def is_title(row: Row) -> bool:
    """Given a row, return True when it is a form title ("财政项目支出绩效目标申报表（绩效目标）"), alone on its
    row or beside a `label：value` cell (`2022年度项目支出绩效自评表 | 部门：…`)."""
    if row._title is None:
        if not row.cells or not _is_title_text(row.cells[0].text):
            # (the first cell's text asked first, from its memo: most rows' is no title's, and their other cells are
            # then not folded one by one)
            row._title = False
            return False
        n = len(row.cells)
        if n > 1 and not row.is_text_line:
            # (a sheet's title merged across the table's columns, its text repeated in each cell the dump wrote, or a
            # page's number set right beside it, `…绩效目标表 | | 第1页`: one title — it was no title, the form's name
            # and year lost, hunt ti8)
            first = bare_fold(row.cells[0].text)
            n = 1 + sum(1 for c in row.cells[1:] if bare_fold(c.text) != first and not is_page_furniture(c.text.strip()))
        beside_pair = n == 2 and not row.is_text_line and bool(_LABEL_PAIR.match(row.cells[1].text.strip()))
        row._title = n == 1 or beside_pair
    return row._title  # type: ignore[return-value]


@lru_cache(maxsize=1 << 16)
def _is_title_text(text: str) -> bool:
    t = bare_fold(text)
    return len(t) <= 60 and bool(L.FORM_TITLE.search(t)) and not match_field(text) and not _SECTION_NO.match(t) \
        and not t.endswith(("。", ";", "；")) and not _TARGETS_MET.search(t) \
        and not _CLAUSE_BREAK.search(_BRACKETED.sub("", t)) \
        and not (_REPORT_NAMED.search(t) or _SYSTEM_WORD.search(fold(text))) and not _opens_with_head_label(text)
    # (请各部门…将自评表…报送…。, or a line of such a sentence cut at the page's edge, `…报送区自然资源局,
    # 在2024年2月底将资金年度绩效评价自评表`: a sentence naming a form, with a clause break a title has not)


def _opens_with_head_label(text: str) -> bool:
    """Does TEXT open with a head field's label then a space, and another stand among its spaced words (`项目名称 应与…
    保持一致 实施单位 要按时报送绩效目标申报表`: a notice's spaced sentences, no title — it was taken as the form's over
    the form's own under it, md41's leftover)? One label alone before the title's words is the title's
    (`部门（单位） 整体支出绩效目标申报表`)."""
    words = text.split()
    labels = [w for w in words if (m := match_field(w + "：")) is not None and m[0] in HEAD_FIELDS]
    return len(words) > 2 and len(labels) >= 2 and labels[0] == words[0]


# (dates' A_DAY: `2024年三月十五日`, an Arabic year and a month and day in numerals, was none — hunt ti11)
_A_DAY = lazy(A_DAY)


def signoff_line(text: str, above: str | None = None) -> bool:
    """The sign-off (落款) under a letter, a form or a published page: a body's name with a day after it
    (`杭州市临平区财政局 2022年3月18日`, orgs.SIGNED_DAY), or a day alone (`2024年1月10日`) right under a line that
    is a body's name alone (`某某委员会`): who signs and when, no form's title nor its year."""
    t = bare_fold(text)
    m = SIGNED_DAY.search(t)
    if m is None:
        return False
    if m.start() > 0:
        return _org_kind(t[:m.start()]) is not None
    return above is not None and bool(_A_DAY.fullmatch(t)) and _org_kind(bare_fold(above)) is not None


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# a budget system's running page header naming the report it prints (`上饶市财政局 预算编制系统 报表：项目绩效目标表（表7）
# 打印时间：2024-01-09 11:35:50`): no title (the form's own is below it). The report named as a label's value, or the
# system named as a word of its own (a space after it; not `…管理系统建设项目绩效目标表`, a project's name)
_REPORT_NAMED = lazy(r"报表(?:名称)?[:：]")
_SYSTEM_WORD = lazy(r"系统\s+\S")
_CLAUSE_BREAK = lazy(r"[,，;；。]")
# a sentence ending in a title's words as the object of a deed done (`主管部门 如期实现了年度绩效目标`, `全面完成年度绩效
# 目标`, `已完成项目支出绩效自评表`): a report's line under the form, no title (it began a segment of its own, the fill
# date under it lost, review rv82); only a target's modifiers between the verb and the words (`…编制项目绩效目标表`,
# `经审核的…绩效目标` are titles)
_TARGETS_MET = lazy(rf"(?:{_DEED_VERBS})了?(?:本|全|年度|预期|既定|设定|全部|各项|主要|总体|整体|项目|支出|的)*"
                    r"绩效(?:目标|自评表|评价表)(?:[(（][^()（）]*[)）])?$")    # (a note in brackets after it too)


_LABEL_PAIR = lazy(r"^[^:：\s]{1,8}\s*[:：]\s*\S")
# `（二）项目绩效目标`, `二、绩效目标`, `3.绩效目标`: a numbered section of a report, not a form's title
_SECTION_NO = lazy(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．])")


# (a monitoring form's period after its year, `（2025年1-6月）`, `（2025年上半年）`, `（2025年第二季度）`: the form's year
# too, hunt nw10; `1月-6月` too, review rv110; any span of months, `（2025年7-12月）`, `2025年4-6月`, not only the
# months so far from January — mn27's narrower SO_FAR_PERIOD had made them no year line, mend md52)
_YEAR_LINE = lazy(r"^[(（]?\s*(?:(?:19|20)\d{2}|[一二]\s*[〇零○Ｏ0O]\s*[〇零○Ｏ0O一二三四五六七八九]\s*[〇零○Ｏ0O一二三四五六七八九])\s*年度?"
                  rf"\s*(?:{MONTH_SPAN}|{SO_FAR_PERIOD}|下半年|第?{QUARTER_DIGIT}季度)?\s*[)）]?$"
                        r"|^[(（]\s*(?:19|20)\d{2}\s*[)）]$"    # (`(2024)` under a bilingual title: no 年)
                        # (`（截至2025年6月30日）`: the date the figures are of, its year the form's — it gave none,
                        # review rv110's leftover)
                        rf"|^[(（]?(?=截[至止](?:19|20)\d{{2}}年){SO_FAR_PERIOD}[)）]?$")


def is_year_line(row: Row) -> bool:
    """A row that says the form's year: `（2021年度）` alone, or beside only a money unit's declaration
    (a sheet's `（2024年度） | | （单位：万元）`). Computed once per row (the readers ask it of every row, some twice)."""
    if row._year is None:
        row._year = _is_year_row(row.cells)
    return row._year  # type: ignore[return-value]


def _is_year_row(cells: list[Cell]) -> bool:
    if len(cells) == 1 and _WIDE_GAP.search(cells[0].text.strip()):
        # `（2023年度）<a wide gap>金额单位：万元` in one line (a centred year, a unit set right: the gap too wide for
        # a short line, the year was lost)
        parts = _WIDE_GAP.split(cells[0].text.strip())
        return _is_year_text(parts[0]) and all(_is_unit_text(t) for t in parts[1:])
    return _is_year_text(cells[0].text) and (len(cells) == 1 or all(_is_unit_text(c.text) for c in cells[1:]))


@lru_cache(maxsize=1 << 12)
def _is_unit_text(text: str) -> bool:
    return bool(_UNIT_CELL.match(fold(text).strip()))


# `单位：万元`, `金额单位：千元`, `金额：千元` (the unit after 金额 alone, no amount)
_UNIT_CELL = lazy(rf"^[(]?(?:(?:金额|资金|货币)?单位|金额)[:：]\s*(?:{_UNITS})[)]?$")


@value_cache(maxsize=1 << 16)
def _is_year_text(text: str) -> bool:
    return bool(_YEAR_LINE.match(mend_ocr_digits(fold(text).strip())))     # (`（2O23年度）`: OCR's O for a 0)


# ---------------------------------------------------------------- role assignment

Scorer = Callable[[Cell, str], float]
DROP_PENALTY = -4.0
FAST_FIT = 1.0        # a cell under its header with at least this score is taken without search
FREE_TEXT_ROLES = frozenset({"note", "deviation", "requirement", "explanation"})  # any text fits these


@lru_cache(maxsize=4096)
def _by_col(items: tuple) -> dict[int, str]:
    """Given a table's (role, column or (first, last) columns) pairs, return column -> role."""
    by_col: dict[int, str] = {}
    for r, span in items:
        c0, c1 = span if isinstance(span, tuple) else (span, span)
        for col in range(c0, c1 + 1):
            by_col.setdefault(col, r)
    return by_col


def _bounds(span) -> tuple[int, int]:
    """Given a header's column (or (first, last) columns of a merged header cell; None for none), return its
    (first, last) columns ((1, 0), under which no column is, for none)."""
    if span is None:
        return (1, 0)
    return span if isinstance(span, tuple) else (span, span)


@lru_cache(maxsize=4096)
def _fast_floor(role: str) -> float:
    """The score a cell under its own header needs for `assign_roles`' fast path: any for a free text's role, else
    FAST_FIT."""
    return 0.0 if role in FREE_TEXT_ROLES or role.startswith(("basis", "col:")) else FAST_FIT


def assign_roles(cells: list[Cell], roles: list[str], score: Scorer,
                 header_cols: dict[str, int] | None = None, pos_bonus: float = 0.75,
                 dropped: list[Cell] | None = None) -> dict[str, Cell]:
    """Given a row's cells and the table's roles in column order, return role -> cell.

    Cells keep their order; roles may be skipped (merged or missing cells);
    a cell that fits no role is dropped at a cost. The assignment maximising
    the summed content scores (plus a small bonus where a cell sits under its
    header) wins, so a cell shifted into the next column still lands in the
    right role.
    """
    k, m = len(cells), len(roles)
    if not k:
        return {}
    hc = header_cols or {}
    if hc:
        # Fast path: every cell sits under its own header and reads clearly as that role.
        by_col = _by_col(tuple(hc.items()))
        fit = list(map(by_col.get, map(_COL_OF, cells)))     # (each cell's role, looked up in one C pass)
        if None not in fit and len(set(fit)) == len(fit):
            for c, r in zip(cells, fit):        # (a plain loop: asked of every row of every table)
                if not score(c, r) >= _fast_floor(r):
                    break
            else:
                return dict(zip(fit, cells))  # type: ignore[arg-type]
    bounds = [_bounds(hc.get(r)) for r in roles]        # (each role's header columns, looked up once)
    by_roles = getattr(score, "row", None)
    if by_roles is not None:
        # (a scorer that scores a cell against all the roles at once, `score.row(cell, roles)`: the same figures, one
        # call a cell instead of one a cell and role)
        rt = tuple(roles)
        s = [[v + (pos_bonus if a <= c.col <= b else 0.0) for v, (a, b) in zip(by_roles(c, rt), bounds)]
             for c in cells]
    else:
        s = [[score(c, r) + (pos_bonus if a <= c.col <= b else 0.0) for r, (a, b) in zip(roles, bounds)]
             for c in cells]
    NEG = float("-inf")
    # best[i][j]: best score for cells[i:] using roles[j:]
    best = [[NEG] * (m + 1) for _ in range(k + 1)]
    choice: list[list[tuple[str, int] | None]] = [[None] * (m + 1) for _ in range(k + 1)]
    for j in range(m + 1):
        best[k][j] = 0.0
    for i in range(k - 1, -1, -1):
        # best take of cells[i] from roles[j:]: the first role of the highest score (a suffix maximum, kept from
        # j = m down: O(m) a cell instead of O(m²)); the drop wins ties, as a take had to beat it
        nxt, si, bi, ci = best[i + 1], s[i], best[i], choice[i]
        top, at = NEG, -1
        bi[m], ci[m] = nxt[m] + DROP_PENALTY, ("drop", m)
        for j in range(m - 1, -1, -1):
            v = si[j] + nxt[j + 1]
            if v >= top:
                top, at = v, j
            d = nxt[j] + DROP_PENALTY
            if top > d:
                bi[j], ci[j] = top, ("take", at)
            else:
                bi[j], ci[j] = d, ("drop", j)
    out: dict[str, Cell] = {}
    i, j = 0, 0
    while i < k:
        ch = choice[i][j]
        assert ch is not None
        if ch[0] == "take":
            out[roles[ch[1]]] = cells[i]
            j = ch[1] + 1
        elif dropped is not None:
            dropped.append(cells[i])
        i += 1
    return out


# ---------------------------------------------------------------- ticked options

_BOX = lazy(rf"<input[^>]*>|[{L.TICK_MARKS}{L.BOX_MARKS}]")
# how to tick (`请在对应项打√`, `在□内打“√”`, `请划√`): no option (划 / 画 only after 请 or 在: `发展规划√` is one ticked)
_TICK_INSTRUCTION = lazy(
    r"[(（]?\s*(?:(?:请\s*)?(?:(?:在|于)[^，。；,;()（）]{0,8}?)?打|(?:请\s*(?:(?:在|于)[^，。；,;()（）]{0,8}?)?|(?:在|于)"
    r"[^，。；,;()（）]{0,8}?)[划画])\s*[“\"'‘]?\s*[√✓✔]\s*[”\"'’]?\s*[)）]?")
_BOX_TICKED_AFTER = lazy(r"[□☐▢◻][ \t\u3000]?[√✓✔]")
_TICK_IN_BRACKETS = lazy(r"[(（\[【]\s*[√✓✔]\s*[)）\]】]")      # (`延续[√]`, `延续【√】` too, hunt pf)
_EMPTY_BRACKETS = lazy(r"[(（\[【][\s\u3000]*[)）\]】]")
# radio buttons, `○新增项目 ●延续项目`: the filled one chosen (only with both kinds in the cell: a ○ alone is a zero,
# `二○二四年`, a ● a bullet; hunt pf — it was the cell as written); a dot or ring inside the circle is the chosen one
# too, `◉必要 ○不必要`, `⊙合理 ○不合理`, `◎合理 ○不合理` (they were kept as written, hunt fam10)
_RADIO = lazy(rf"[{RADIO_MARKED}]")
# (an empty circle after a numeral is a zero, `二○二三年`, `1○○万元`: no button — `●二○二三年三月`, a bullet and a year,
# was read as options, `二` ticked; review rv28)
_RADIO_EMPTY = lazy(rf"(?!{ZERO_CIRCLE})[{RADIO_EMPTY}]")


def radio_boxes(text: str) -> str:
    """A cell of radio buttons written as circles, an empty one (`○`, `◯`) and a marked one (`●`, `◉`, `⊙`, `◎`, `⬤`, a
    half-filled `◐`) among them, with boxes instead: `○通过 ●不通过` -> `□通过 ☑不通过` (a ring beside a dotted or filled one, no
    empty one, the ring empty: `◎通过 ◉不通过` -> `□通过 ☑不通过`); any other text as it is (a ○ alone is a zero,
    `二○二四年`; a ● alone a bullet)."""
    if _RADIO_EMPTY.search(text) and _RADIO.search(text):
        return _RADIO_EMPTY.sub("□", _RADIO.sub("☑", text))
    if _RADIO_RING.search(text) and _RADIO_CENTRED.search(text) and (
            _RADIO_DOTTED.search(text) or _choice_words(_RADIO_ANY.split(text))):
        # `◎通过  ◉不通过`: no empty circle, a ring beside a circle with a dot or a fill — the ring the option left, the
        # other the one chosen (it was kept as written, hunt fam11; rings alone, `◎通过  ◎不通过`, stay as written)
        # (a ring beside a filled disc, no dotted ring, is a choice only of a word and its negation or a known pair,
        # `◎合理 ●不合理`, `●是 ◎否`: `◎道路硬化 ●路灯安装 ◎绿化提升` is a list of works under bullets, no choice — it was
        # read as `路灯安装` ticked, hunt ly3)
        return _RADIO_RING.sub("□", _RADIO_CENTRED.sub("☑", text))
    return text


_RADIO_RING = lazy(r"◎")
_RADIO_CENTRED = lazy(rf"[{RADIO_MARKED.replace('◎', '')}]")
_RADIO_DOTTED = lazy(r"[◉⊙]")
_RADIO_ANY = lazy(rf"[{RADIO_EMPTY}{RADIO_MARKED}]")
# a word's negation in a choice (`合理` / `不合理`, `通过` / `未通过`), and the pairs of a choice of no negation
_NEGATION = ("不", "未", "非", "无", "不予", "没有", "没")
_CHOICE_PAIRS = ({"是", "否"}, {"有", "无"}, {"新增", "延续"}, {"新增项目", "延续项目"}, {"一次性", "经常性"},
                 {"一次性项目", "经常性项目"})
# the degree words of a choice's options over one stem (`已完成` / `未完成`, `全部完成` / `部分完成` / `未完成`,
# `基本达到` / `未达到`): each option the stem with its degree (review rv42)
_DEGREE = lazy(r"^(?:已经|已|尚未|未能|未|全部|部分|基本|完全|大部分|不予|予以|不|没有|没|无|非)")
# a grade's scale (`◎优 ●良 ◎中 ◎差`, `◎高 ●中 ◎低`): a choice of one of them (review rv42); the grade words
# normalize.targets' GRADE_WORDS (tidy tw1: a copy here lacked 优良 / 中等 / 及格 / 基本合格), with a scale's other words
_SCALE_WORDS = frozenset(GRADE_WORD_LIST) | {"好", "高", "低", "较高", "较低", "满意", "基本满意", "不满意",
                                                    "达标", "不达标"}

# a project's nature (`◎新建 ●续建 ◎改扩建`): a choice of one of them; other short words of one ending are things listed,
# `●10人 ◎20人`, `◎水泥路 ●柏油路` (they were read as a choice, the filled one ticked, hunt ly4)
_NATURE_WORDS = frozenset(("新建", "续建", "改建", "扩建", "改扩建", "新开工", "在建", "新增", "延续", "一次性", "经常性",
                           "新开工项目", "续建项目", "新建项目", "改扩建项目"))

# a class word ending an option of a rank or kind (`省级`, `二类`, `公益性`, `跨年度`, `A档`): review rv53
_KIND_END = lazy(r"(?:级|类|性|年度|年|档|等|型|额)$")   # (额: `◎全额 ●差额`, a funding kind — md13 of code review rd)
# an option that is a figure and its measure, digits or numerals (`三年`, `2024年`, `五年度`; `二类`, `1级`, `3档` are
# ranks): a quantity, things listed — only the figure and one measure word after it, a numeral opening a word is none
# (`一次性`, `一般性`: kinds, `◎一次性 ●常年性` a choice — sc14's figure-then-anything kept it with its marks; review rv59)
_QUANTITY_OPTION = lazy(rf"^(?:\d+|[{LOWER_NUMERALS}两〇零]+)(?:年度|[^\W\d{LOWER_NUMERALS}两〇零级类档等型性])$")


def _choice_words(pieces: list[str]) -> bool:
    """Whether the words between radio marks are a choice: two to four options, one of them another's negation
    (`合理` / `不合理`, `有` / `没有`), two of one stem by degree (`已完成` / `未完成`, `全部完成` / `部分完成`), a known
    pair (`是` / `否`), a grade's scale (`优` / `良` / `中`), or a project's nature (`新建` / `续建` / `改扩建`); a list
    of things is none (`10人` / `20人`, `水泥路` / `柏油路`)."""
    # (an option's aside in brackets, `●有（需附说明） ◎无`, `●是（ ）◎否`, no part of its word — review rv42)
    words = [w for w in (re.sub(r"[（(][^）)]*[）)]|[\s\u3000：:，,；;。]+", "", p) for p in pieces) if w]
    if not 2 <= len(words) <= 4:
        return False
    if any(b == neg + a for a in words for b in words for neg in _NEGATION):
        return True
    stems = [_DEGREE.sub("", w) for w in words if _DEGREE.match(w)]
    if any(s and (stems.count(s) >= 2 or s in words) for s in stems):
        return True
    if all(w in _SCALE_WORDS for w in words) or all(w in _NATURE_WORDS for w in words):
        return True
    if len({_KIND_END.search(w).group(0) if _KIND_END.search(w) else w for w in words}) == 1 \
            and all(2 <= len(w) <= 4 and _KIND_END.search(w) for w in words) \
            and not all(_QUANTITY_OPTION.match(w) for w in words):
        # `●省级 ◎市级 ◎县级`, `◎一类 ●二类`, `◎公益性 ●经营性`, `◎单年度 ●跨年度`: options of one class word (级, 类,
        # 性, 年度 …), a project's rank or kind — a choice, as before hunt ly4 narrowed the words of one ending to a
        # project's nature (they were kept with their marks, `项目级次 | ●省级 ◎市级 ◎县级` an unparsed_row; review
        # rv53); `●10人 ◎20人` (figures), `◎水泥路 ●柏油路` (things) stay lists; a figure is one in either script
        # (`●三年 ◎五年` a list as `●3年 ◎5年`, `◎1类 ●2类` a rank as `◎一类 ●二类`: hunt sc14) — a list when every
        # option is a figure, one word among them makes a choice (`◎一年度 ●多年度`: review rv59)
        return True
    if all(map(_BAND_OPTION.match, words)) and \
            {"lo", "hi"} <= {"lo" if b.endswith("上") else "hi" for w in words if (b := _BAND_OPTION.match(w).group("b"))}:
        # `●100万元以下 ◎100万元以上` (`◎50万元以下 ●50-100万元 ◎100万元以上`): bands of one measure, the lowest under a
        # bound and the highest over one — a choice of a band (it was kept with its marks, or lost under a money
        # label: review rv59); `●10人 ◎20人`, bands of no bound, stay a list
        return True
    return any(pair <= set(words) for pair in _CHOICE_PAIRS)


# a band among options (`100万元以下`, `50-100万元`, `100万元及以上`): a figure or a range, a measure, perhaps its bound
_BAND_OPTION = lazy(r"^(?:\d+(?:\.\d+)?[-~～—－至到])?\d+(?:\.\d+)?[^\W\d]{0,3}?(?P<b>及?以[上下内]|不足)?$")
# an option's own number inside a run of options, `1.新增项目 2.延续项目√` (the tick after the second): the text before
# the tick from its number on
_OPTION_NUMBER = lazy(r"(?:^|(?<=[\s\u3000]))(?:\d{1,2}|[A-Da-d])\s*[.、．]\s*(?=\S)")


# an option in a run of bare words apart by spaces, a tick after the one chosen (`新增项目  延续项目√`: the run was the
# option, hunt lf)
_OPTION_WORD = lazy(r"[\u4e00-\u9fff]{2,10}")


_WINGDINGS_BOX = lazy(r"(?:(?<=^)|(?<=[\s　]))([£RS])(?=\s*[\u4e00-\u9fff])")


def _last_outside_brackets(text: str) -> str:
    """The text after its last `；` / `;` outside brackets (`甲；新建项目（含改扩建；不含日常维修）` -> the second)."""
    depth, cut = 0, 0
    for i, ch in enumerate(text):
        if ch in "(（[【":
            depth += 1
        elif ch in ")）]】":
            depth = max(0, depth - 1)
        elif ch in "；;" and depth == 0:
            cut = i + 1
    return text[cut:]


_ANY_TAG = lazy(r"<[^>]*>")


def ticked_options(text: str) -> list[str] | None:
    """Given an options cell, return the ticked options, [] if none is ticked, None if it has no boxes.

    "一次性项目 <input type="checkbox"/> 经常性项目 <input checked="" .../>" -> ["经常性项目"];
    "☑经常性 □一次性" -> ["经常性"]; "新增项目□ 延续项目√" -> ["延续项目"].
    """
    if "£" in text and len(boxes := _WINGDINGS_BOX.findall(text)) >= 2 and "£" in boxes:
        # `£常年性项目 R延续性项目 £一次性项目`: Word's Wingdings 2 boxes exported as the letters of their codes (£ an
        # empty box, R a ticked one, S a crossed one)
        text = _WINGDINGS_BOX.sub(lambda m: "□" if m.group(1) == "£" else "☑", text)
    if "打" in text or "划" in text or "画" in text:
        # `请在对应项打√`, `（在□内打“√”）`: how to tick, no option ticked (`请在对应项打` was read as a ticked one)
        text = _TICK_INSTRUCTION.sub(" ", text)
    text = _BOX_TICKED_AFTER.sub("☑", text)       # `常年性项目 □ √`: the tick written after its box
    text = radio_boxes(text)
    if _TICK_IN_BRACKETS.search(text):
        # `经常性项目(√)一次性项目()`: brackets after each option are its box
        text = _EMPTY_BRACKETS.sub("□", _TICK_IN_BRACKETS.sub("☑", text))
    marks = list(_BOX.finditer(text))
    if not marks:
        return None
    box_first = text.strip().startswith(marks[0].group(0)) and bool(text.strip()[len(marks[0].group(0)):].strip())
    out: list[str] = []
    for i, m in enumerate(marks):
        if box_first:
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            label = text[m.end():end]
        else:
            start = marks[i - 1].end() if i else 0
            # `优（≥90）；良（80≤X<90）：√；中…`: a tick after its option, the options apart by `；`: the one before it
            # (not a `；` inside the option's brackets: `新建项目（含改扩建；不含日常维修）√`)
            label = _last_outside_brackets(text[start:m.start()])
            if len(nums := list(_OPTION_NUMBER.finditer(label))) >= 2:
                label = label[nums[-1].end():]
            elif m.group(0) in "√✓✔" and len(words := label.split()) >= 2 and all(map(_OPTION_WORD.fullmatch, words)):
                label = words[-1]            # `新增项目  延续项目√`: a run of bare words, the tick after the last (hunt lf)
        label = clean(strip_numbering(_ANY_TAG.sub(" ", label)))
        if label and L.TICKED.search(m.group(0)) and not L.UNTICKED.fullmatch(m.group(0)):
            out.append(label)
    return out


# ---------------------------------------------------------------- header detection

@lru_cache(maxsize=1 << 16)
def header_key(text: str) -> str:
    """Given a header cell, return it folded, without spaces, a trailing colon or a required-field mark:
    "绩效指标（二级）" -> "绩效指标(二级)", "权重*" -> "权重"."""
    return bare_fold(text).rstrip(":：").strip("*＊※").rstrip(":：")


_SUM_AMOUNT_HEADS = frozenset(header_key(x) for x in L.SUM_AMOUNT_HEADS)


def _sum_before_sources(named: list[tuple[Cell, dict[str, tuple[str, float]]]]) \
        -> list[tuple[Cell, dict[str, tuple[str, float]]]]:
    """`序号 | 子项目名称 | 合计 | 上级补助 | 本级配套 | 自筹`: a sum's head of no role of its own (labels.SUM_AMOUNT_HEADS)
    before a source's head heads a budget table's amounts, each line's money, the sources after it (the row was an
    unparsed_row, the lines source lines under the money block); elsewhere (`区域 | 长沙市 | 合计`) nothing."""
    at = [k for k, (c, m) in enumerate(named) if not m and header_key(c.text) in _SUM_AMOUNT_HEADS]
    if len(at) != 1 or not any(L.SOURCE_HEAD_WORD.search(d.text) for d, _ in named[at[0] + 1:]) \
            or not any("budget" in m for _, m in named[:at[0]]):
        return named
    k = at[0]
    return named[:k] + [(named[k][0], {"budget": ("amount", 1.0)})] + named[k + 1:]


def _offices_name_lines(named: list[tuple[Cell, dict[str, tuple[str, float]]]]) \
        -> list[tuple[Cell, dict[str, tuple[str, float]]]]:
    """`单位 | 金额（万元）` (`部门 | 金额`, `序号 | 单位 | 分配金额`): the head of offices (a people table's `office`)
    left of an amount's head, no column naming the lines nor any person's name, names the money's lines — the form's
    breakdown by the units sharing it (the head was no budget header: its rows lost, or read as indicators; review
    of session 58). Beside a name of lines (`品目名称 | 单位 | 数量 | 金额`: 单位 the measure) or a person's
    (`姓名 | 单位 | 补助金额`: a roster) or after another column than a 序号 nothing."""
    if not named[1:]:
        return named                     # (an office and an amount at least: asked of every row, a slice, no call)
    amount = [k for k, (_, m) in enumerate(named) if m.get("budget", ("",))[0] == "amount"]
    if not amount or any(m.get("budget", ("",))[0] in _LINE_NAMING or m.get("people", ("",))[0] == "name"
                         for _, m in named):
        return named
    at = [k for k, (_, m) in enumerate(named[:amount[0]]) if m.get("people", ("",))[0] == "office"]
    if len(at) != 1 or any(m.get("budget", ("",))[0] != "seq" for _, m in named[:at[0]]) \
            or any(k != at[0] and m.get("budget", ("",))[0] not in _BESIDE_OFFICES for k, (_, m) in enumerate(named)):
        return named                     # (only a 序号 left of it: `项目 | 单位 | 金额` names its lines in 项目; no
        #                                  column of no money role beside it: `序号 | 单位 | 项目 | 金额`, an allocation
        #                                  by place and project, names its lines in 项目 — md17 had made them the places)
    k = at[0]
    return named[:k] + [(named[k][0], named[k][1] | {"budget": ("name", 1.0)})] + named[k + 1:]


# the budget heads that name or measure a table's lines (`_offices_name_lines`)
_LINE_NAMING = frozenset(("name", "group", "project", "task", "price", "quantity"))
# the budget heads that may stand beside the offices naming a table's lines (`_offices_name_lines`)
_BESIDE_OFFICES = frozenset(("seq", "amount", "note"))


def _build_header_index() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for kind, roles in L.HEADER_ROLES.items():
        idx: dict[str, str] = {}
        for role, syns in roles.items():
            for s in syns:
                idx.setdefault(header_key(s), role)
        out[kind] = idx
    return out


def header_role(idx: dict[str, str], text: str) -> str | None:
    """Given a kind's header index and a cell, return the role the cell names ("预算金额（元）" -> "amount"): the
    role of the first of the cell's keys (`_role_keys`) the index holds."""
    keys, so_far = _role_keys(text)
    for k in keys:
        role = idx.get(k)
        if role is not None:
            if role == "actual" and so_far:
                return "progress"   # 1-6月完成值 / 上半年完成值 in a monitoring form: done so far, not the year's
            return role
    return None


@lru_cache(maxsize=1 << 16)
def _role_keys(text: str) -> tuple[tuple[str, ...], bool]:
    """The keys `header_role` looks a cell up by, in order, and whether the cell is a value reached so far: the same
    for every kind's index (a cell is asked of each), worked out once a text. Its header_key; a period's head put
    before the value's (指标值（实施期） -> 实施期指标值 (指标值（年度）: 指标值); 指标值（调整后）; 中长期（实施期）指标值 ->
    中长期指标值, 实施期指标值); its label_key; its key without a percent tail (权重（%） with a bracket lost, a scan's
    `权重%)`). (The index's roles are all words: the first key found is the role the lookups in turn gave.)"""
    key = header_key(text)
    keys = [key]
    if (staged := _staged_key(text)) != key:
        keys.append(staged)
    if (m := _HORIZON_INSIDE.match(key)):
        keys += [m.group(1) + m.group(3), m.group(2) + m.group(3)]
    keys.append(label_key(text))
    if _PERCENT_TAIL.search(key):
        keys.append(_PERCENT_TAIL.sub("", key))
    return tuple(keys), bool(_SO_FAR.match(key))


_PERCENT_TAIL = lazy(r"\(?[%‰]\)?$")
# a value column's period in brackets after its head (a 转移支付 form's 指标值（实施期） | 指标值（年度）; (长期) / (年度)
# heads mark the halves of a table of two halves, _half_horizon), or its stage of an adjustment (`指标值（调整前） |
# 指标值（调整后）`: 调整前指标值 / 调整后指标值 — the first was the target, the one in force a note, review rv)
_HORIZON_TAIL = lazy(r"^(.{2,6})\((实施期|实施周期|" + "|".join(L.ADJUST_STAGE) + r")\)$")
# a period glossed by another inside a head (`中长期（实施期）指标值`, `中期（实施期）指标值`, `实施期（中长期）指标值`, as
# 中期（实施期）资金总额 beside them): the head of the period's values
_HORIZON_INSIDE = lazy(r"^(中长期|中期|长期|实施期|实施周期)\((中长期|中期|长期|实施期|实施周期)\)(.{2,6})$")
_SO_FAR = lazy(rf"^{SO_FAR_PERIOD}")
HEADER_INDEX = _build_header_index()


def _build_key_roles() -> dict[str, tuple[tuple[str, str], ...]]:
    """A header key -> (kind, role) of each kind's index that holds it, in HEADER_INDEX's order: a cell's keys looked
    up once for all kinds (cell_header_matches asked header_role of each of the 7 kinds in turn)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for kind, idx in HEADER_INDEX.items():
        for k, role in idx.items():
            out.setdefault(k, []).append((kind, role))
    return {k: tuple(v) for k, v in out.items()}


_KEY_ROLES = _build_key_roles()
_MATRIX_MONEY = frozenset(k for k, v in L.MATRIX_COLUMNS.items() if v in ("budget_initial", "budget_year", "spent"))


@lru_cache(maxsize=1 << 16)
def cell_header_roles(text: str) -> dict[str, str]:
    """Given a cell, return table kind -> the header role it names ("目标值" -> {"indicator": "target"}).

    A header that is no synonym but contains one of three characters or more
    names that role too ("成本构成明细" -> name, "当年预期实现值" -> target);
    the longest synonym contained wins.
    """
    return {kind: role for kind, (role, _) in cell_header_matches(text).items()}


# characters an OCR reads for others of nearly the same shape in a form's header words (seen on scans:
# 自标值 for 目标值, 待分 for 得分; and in a text dump of an earlier program's OCR, 栎 for 标 in every head and level
# word, `一级指栎 | 指栎值`, `产出指栎`: the indicator table was lost — hunt nw7, review rv83)
_OCR_LOOKALIKE = {"自": "目", "待": "得", "末": "未", "曰": "日", "己": "已", "巳": "已", "女": "分", "亭": "序",
                  "主": "三",     # (`主级指标` for 三级指标 on a fax)
                  "栎": "标"}
# (…and labels.OCR_LOOKALIKES' groups, each look-alike for its group's first: `三级播标` for 三级指标, the head whose loss
# took every indicator's name; hunt sn8)
# (…but on a clean text cell only on a word of 3 characters or more: one character of two put back proves nothing,
# `分销` is a word, distribution, no 分值 head — review rd71, mend md71; the list above holds on any length, as before)
_SHORT_UNPROVEN = frozenset()
for _grp in L.OCR_LOOKALIKES:
    for _ch in _grp[1:]:
        if _ch not in _OCR_LOOKALIKE:
            _OCR_LOOKALIKE[_ch] = _grp[0]
            _SHORT_UNPROVEN |= {_ch}


def _header_cell_matches(cell: Cell) -> dict[str, tuple[str, float]]:
    """The header roles of a cell of a row that may be a header: cell_header_matches (_ocr_header_matches
    for an OCR'd cell); when no header word is the whole cell and a sentence ends inside it, those of the
    words after the sentence (`…维护及日常办公等。三级`: a line of the text above spilled into the header
    cell of a PDF whose rows were too short for their text)."""
    if cell.conf is None:
        return _text_header_matches(cell.text)     # (a clean cell's: its text's, worked out once per text)
    return _header_matches_of(cell.text, _ocr_header_matches(cell))


@lru_cache(maxsize=1 << 16)
def _text_header_matches(text: str) -> dict[str, tuple[str, float]]:
    # (a text cell's look-alikes too: a text dump may be an earlier program's OCR — the lexicon proves the reading,
    # a head word whole, as on a scan)
    return _header_matches_of(text, _lookalike_header_matches(text, ocr=False))


def _header_matches_of(text: str, got: dict[str, tuple[str, float]]) -> dict[str, tuple[str, float]]:
    if any(q >= 1.0 for _, q in got.values()):
        return got
    m = _AFTER_SENTENCE.search(text)
    if m:
        tail = cell_header_matches(m.group(1))
        if any(q >= 1.0 for _, q in tail.values()):
            return tail
    return got


_AFTER_SENTENCE = lazy(r"[。；;]\s*([^。；;]{1,12})$")


def _lookalike_header_matches(text: str, ocr: bool = True) -> dict[str, tuple[str, float]]:
    """cell_header_matches of a cell's text; when no header word is the whole cell, the reading with one
    look-alike character put back (自标值 -> 目标值) if that one is a header word: the lexicon proves it (a clean
    text cell's, not `ocr`, of two characters only with the older look-alikes: `分销` stays a word)."""
    got = cell_header_matches(text)
    if any(q >= 1.0 for _, q in got.values()) or len(text) > 12:
        return got
    short = not ocr and len(text.strip()) < 3
    for i, ch in enumerate(text):
        if ch in _OCR_LOOKALIKE and not (short and ch in _SHORT_UNPROVEN):
            alt = cell_header_matches(text[:i] + _OCR_LOOKALIKE[ch] + text[i + 1:])
            if any(q >= 1.0 for _, q in alt.values()):
                return alt
    return got


def _ocr_header_matches(cell: Cell) -> dict[str, tuple[str, float]]:
    """_lookalike_header_matches of an OCR'd cell, else the reading without a stroke glued to its word."""
    got = _lookalike_header_matches(cell.text)
    if any(q >= 1.0 for _, q in got.values()) or len(cell.text) > 12:
        return got
    bare = cell.text.strip().strip("一丨|").strip()
    if bare != cell.text.strip() and len(bare) >= 2:
        # (`分值一`: a stain's or a seal's ring crossing the header cell, read as a stroke glued to its word)
        alt = cell_header_matches(bare)
        if any(q >= 1.0 for _, q in alt.values()):
            return alt
    return got


def _build_heads_by_last() -> dict[str, tuple[frozenset[str], ...]]:
    """A head word's last character -> the characters of each head word (a key of _KEY_ROLES) ending in it."""
    out: dict[str, list[frozenset[str]]] = {}
    for k in _KEY_ROLES:
        out.setdefault(k[-1], []).append(frozenset(k))
    return {ch: tuple(v) for ch, v in out.items()}


_HEADS_BY_LAST = _build_heads_by_last()
_HEAD_LASTS = frozenset(_HEADS_BY_LAST)
# the characters a cell's keys may hold that its folded text does not: label_key's 年度 (2024年金额 -> 年度金额) and the
# 指 of `目标` read as `指标` (cell_header_matches)
_KEY_ADDED = frozenset("年度指")


def _may_name_a_head(text: str) -> bool:
    """Could any key of TEXT (header_key, _role_keys, the `目标` -> `指标` reading) be or hold a head word? Only if the
    characters of the folded text (with _KEY_ADDED) include all of one head word's: each key is the folded text with
    characters dropped (spaces, numbering, brackets, glosses …), reordered (指标值（实施期） -> 实施期指标值) or those of
    _KEY_ADDED put in. Three cells in four of a document ask no further (a figure, a name, a sentence)."""
    chars = set(fold(text))
    chars |= _KEY_ADDED
    for ch in chars & _HEAD_LASTS:
        for head in _HEADS_BY_LAST[ch]:
            if head <= chars:
                return True
    return False


@lru_cache(maxsize=1 << 16)
def cell_header_matches(text: str) -> dict[str, tuple[str, float]]:
    """Given a cell, return table kind -> (role, quality): 1.0 for a synonym, else the share of the
    cell the contained synonym covers."""
    out: dict[str, tuple[str, float]] = {}
    if not _may_name_a_head(text):
        return out               # (no head word's characters all in it: no key can be or hold one)
    key = header_key(text)
    held = None                  # (kind -> the first synonym the key holds: looked up once, for all kinds)
    keys, so_far = _role_keys(text)
    named: dict[str, str] = {}   # kind -> the role of the first of the cell's keys its index holds (header_role's)
    for k in keys:
        for kind, role in _KEY_ROLES.get(k, ()):
            named.setdefault(kind, role)
    for kind, idx in HEADER_INDEX.items():
        role = named.get(kind)
        if role == "actual" and so_far:
            role = "progress"    # (as header_role reads 1-6月完成值)
        if role is None and kind == "indicator" and "目标" in text:
            role = header_role(idx, text.replace("目标", "指标"))
        if role is not None:
            # (a value reached so far, 1-6月完成值, claims the progress column less than a 完成进度 column does; a
            # target of the year so far beside the year's own is _detect_header's, _year_over_so_far)
            out[kind] = (role, 0.99 if role == "progress" and so_far_head(key) else 1.0)
            continue
        if 3 <= len(key) <= 16:
            if held is None:
                held = _held_synonyms(key)
            hit = held.get(kind)
            if hit is not None and _SCORING_RULE.search(key):
                # `达到目标值得满分` (a 评分标准 cell, a row of a 评分表): a rule giving points, no head containing 目标值
                # (its row, `效益 | … | 30 | 达到目标值得满分 | 满分 | 满分`, was taken for an indicator table's header:
                # the score table cut there, its last rows read as an indicator)
                hit = None
            if hit is not None:
                role = idx[hit]
                if role == "actual" and so_far_head(key):
                    role = "progress"      # 上半年完成值 / 前三季度完成值: done so far (as header_role reads 1-6月完成值)
                out[kind] = (role, len(hit) / len(key))
        elif len(key) > 16 and _OVERFLOW_END.search(key):
            # `使用规范高效，服务对象满意度达到90%以三级指标`: a sheet's text above overflowed into the header cell (its
            # row never fitted), the head at its end
            hits = [s for s in _SYNONYMS_BY_LEN[kind] if len(s) >= 4 and key.endswith(s)]
            if hits:
                out[kind] = (idx[hits[0]], 0.5)
    if _PRIOR_YEAR.match(key) and out.get("indicator", ("",))[0] in ("actual", "target", "progress"):
        del out["indicator"]             # 上年实际完成值: last year's value, a column no role names (→ note)
    return out


_SHARE_WORD = lazy(r"进度|完成率|执行率|比例|比率")
# a scoring rule's points given or taken (`得满分`, `不得分`, `扣2分`, `得5分`, `加1分`): a rule's text, never a head
_SCORING_RULE = lazy(r"得满分|不得分|[扣得加减]\d+(?:\.\d+)?分")


def so_far_head(key: str) -> bool:
    """Is a header key (header_key) a value reached so far (1-6月完成值, 上半年完成值), not a share done (`1-6月完成进度`,
    headed by a time too)?"""
    return bool(_SO_FAR.match(key)) and not _SHARE_WORD.search(key)

_OVERFLOW_END = lazy(r"(?:级指标|指标值|目标值)$")
_PRIOR_YEAR = lazy(r"^(?:上年度?|去年|上一年度?|前一年度?)")


_SYNONYMS_BY_LEN = {kind: sorted((s for s in idx if len(s) >= 3), key=len, reverse=True)
                    for kind, idx in HEADER_INDEX.items()}


def _by_first_two(by_kind: dict[str, list[str]]) -> dict[str, list[tuple[str, int, str]]]:
    out: dict[str, list[tuple[str, int, str]]] = {}
    for kind, synonyms in by_kind.items():
        for n, s in enumerate(synonyms):
            out.setdefault(s[:2], []).append((kind, n, s))
    return out


# a synonym's first two characters -> (its kind, its place in _SYNONYMS_BY_LEN[kind], the synonym)
_SYNONYMS_BY_START = _by_first_two(_SYNONYMS_BY_LEN)


def _held_synonyms(key: str) -> dict[str, str]:
    """Kind -> the first synonym of _SYNONYMS_BY_LEN[kind] (the longest) that KEY holds, for the kinds it holds one of.
    (Looked up by the two characters at each place of KEY, where a synonym held starts: a pass over all 458 synonyms
    of the 7 kinds was the largest share of a header cell's first reading.)"""
    best: dict[str, tuple[int, str]] = {}
    for i in range(len(key) - 2):            # (synonyms of 3 characters or more)
        for kind, n, s in _SYNONYMS_BY_START.get(key[i:i + 2], ()):
            b = best.get(kind)
            if (b is None or n < b[0]) and key.startswith(s, i):
                best[kind] = (n, s)
    return {kind: s for kind, (_, s) in best.items()}


@dataclass
class Header:
    kind: str
    cols: dict[str, int]            # role -> column of its header cell
    roles: list[str]                # roles in column order
    row: Row
    extra: dict[str, int] = field(default_factory=dict)  # "col:<header text>" -> column, for columns no role names
    widths: dict[int, int] | None = None   # column -> columns its header cell covers, when not the row's spans
    options: dict[int, str] | None = None  # column -> the option a tick there chooses (偏差原因分析 over 经费保障 | …)
    finer: int | None = None        # an assessment table's last level column after its content's (小项内容 | 具体内容)

    def place(self, role: str, col: int) -> None:
        """Put `role` at column `col` (a column found after the header's own words), roles kept in column order."""
        self.cols[role] = col
        self.roles = sorted(self.cols, key=self.cols.__getitem__)

    @property
    def all_roles(self) -> list[str]:
        """Roles and unnamed columns together, in column order."""
        both = {**self.cols, **self.extra}
        return sorted(both, key=both.get)

    @property
    def col_widths(self) -> dict[int, int]:
        """Column -> how many columns its header cell covers (`widths`, else the header row's spans)."""
        return self.widths if self.widths is not None else {c.col: c.colspan for c in self.row.cells}

    @property
    def all_cols(self) -> dict[str, tuple[int, int]]:
        """Role -> (first, last) column its header cell covers (a merged header spans several)."""
        width = self.col_widths
        return {r: (c, c + width.get(c, 1) - 1) for r, c in {**self.cols, **self.extra}.items()}


# second-line header words that name a part of the cell above them (指标值 over 符号 | 数值 | 单位)
_SUB_ROLES = {"数值": "target", "值": "target", "数": "target", "指标数值": "target", "性质": "op", "符号": "op",
              "单位": "unit",
              # 自评得分 over 单项指标得分 | 权重占比(%) | 单项指标折算得分 (河北 自评表): the weighted score is the score,
              # the share the weight, the unweighted score a note
              "单项指标得分": "col:单项指标得分", "单项得分": "col:单项得分", "权重占比": "weight", "权重": "weight",
              "单项指标折算得分": "score", "折算得分": "score"}


# the parts of a medium-term value's head (中期指标值 over 指标性质 | 指标值 | 度量单位): its own operator, value, unit
_LONG_PARTS = {"target": "target_long", "op": "op_long", "unit": "unit_long"}


# a target's head of the whole year, or of the target in force (全年目标 beside 年初目标, 调整后目标 beside 调整前目标)
_FULL_YEAR_HEAD = lazy(r"^(?:全年|调整后)")


def merge_sub_header(h: Header, row: Row) -> Header | None:
    """Given a table header and the row under it, return the header completed by that row when the row is
    a second header line splitting header cells into parts (`指标值` over `符号 | 数值 | 单位`: op, target,
    unit columns), else None."""
    if row.is_text_line or len(row.cells) < 2 or any(len(c.text.strip()) > 10 and not _HORIZON_PART.match(
            header_key(c.text)) for c in row.cells):
        return None                                   # (a period's years make its head long: 中期（2023-2025年）)
    if h.kind == "budget":
        parts = _money_parts(h, row)
        if parts is not None:
            return parts                      # (else 测算标准 over 单价 | 数量: the general reading below)
    if h.kind == "indicator":
        parts = _horizon_parts(h, row) or _stage_parts(h, row)
        if parts is not None:
            return parts
    if h.kind == "score" and (parts := _scorer_parts(h, row)) is not None:
        return parts
    parents = sorted(c.col for c in h.row.cells)
    width = {c.col: c.colspan for c in h.row.cells}
    subs: dict[int, tuple[str, int, int]] = {}         # column -> (role, colspan, parent column)
    unnamed: set[int] = set()                          # parents with a part a header of its own names not
    periods = _period_parts(row) if h.kind == "indicator" else {}
    for c in row.cells:
        m = cell_header_matches(c.text).get(h.kind)
        # (0.99: a value so far, `1-6月实际完成值`, is an exact head too, ranked below a 完成进度 only)
        role = m[0] if m is not None and m[1] >= 0.99 else _SUB_ROLES.get(label_key(c.text)) or periods.get(c.col)
        # (a part left of every head cell is the first one's: a merged head centred over its parts in a dump with no
        # spans, `绩效指标` over 二级指标 with 一级指标 left of it — the levels were a head of their own, every target
        # unplaced; md36's leftover, hunt ly14)
        parent = max((p for p in parents if p <= c.col), default=parents[0] if parents else None)
        if role is None or parent is None:
            return None
        nxt = min((p for p in parents if p > parent), default=None)
        if nxt is not None and c.col + c.colspan > nxt:
            return None                               # not under one header cell
        if h.kind == "assessment" and role == "responsible" and any(r == role for r, _, _ in subs.values()):
            role = "col:" + clean(c.text)             # 责任单位 over 牵头单位 | 配合单位: the second units' column
        subs[c.col] = (role, c.colspan, parent)
        if m is None or m[1] < 0.99:
            unnamed.add(parent)
    split = {p for _, _, p in subs.values()}
    if not any(sum(1 for v in subs.values() if v[2] == p) >= 2 for p in split):
        return None                                   # no header cell split in parts
    if h.kind == "indicator" and h.cols.get("target_long") not in split \
            and sum(1 for v in subs.values() if v[0] == "target") >= 2:
        # `年初目标 | | 全年目标 | | 实际完成值` over `指标值 | 单位 | 指标值 | 单位`: the target is the full year's (the
        # one in force), the start of the year's a note under its head (`年初目标值：12000人`, as a `年初目标值 | 全年目标值`
        # head keeps its second target); the names were read as levels, the start's columns unclaimed (hunt ly4)
        heads = {c.col: header_key(c.text) for c in h.row.cells}
        owners = sorted({p for r, _, p in subs.values() if r == "target"})
        main = [p for p in owners if _FULL_YEAR_HEAD.search(heads.get(p, ""))]
        if len(main) != 1:
            return None
        for col, (role, span, parent) in list(subs.items()):
            if parent != main[0] and parent in owners:
                if role == "target":
                    head = clean(next(c.text for c in h.row.cells if c.col == parent)) or ""
                    subs[col] = ("col:" + head + ("值" if head.endswith("目标") else ""), span, parent)
                elif role != "unit":
                    return None
        subs = {col: (("", *v[1:]) if v[0] == "unit" and v[2] != main[0] and v[2] in owners else v)
                for col, v in subs.items()}
    if h.kind == "indicator" and h.cols.get("target_long") in split:
        # 年度指标值 | 中期指标值 each over 指标性质 | 指标值 | 度量单位: the parts under the medium-term head are its
        # own operator, value and unit (they took the year's columns, the year's cells left unplaced)
        long_col = h.cols["target_long"]
        subs = {col: (_LONG_PARTS.get(role, role) if parent == long_col else role, span, parent)
                for col, (role, span, parent) in subs.items()}
    cols = {r: c for r, c in h.cols.items() if c not in split}
    extra = {r: c for r, c in h.extra.items() if c not in split}
    if "op" in cols and any(role == "op" for role, _, _ in subs.values()):
        head = next((c for c in h.row.cells if c.col == cols["op"]), None)
        if head is not None and "方向" in head.text:
            # 指标值 over 性质 | 数值 | 单位 beside a 指标方向 column (正向 / 反向): the part holds the operator,
            # the direction column is a column of its own (its word a note)
            extra["col:" + clean(head.text)] = cols.pop("op")
    if any(role in cols for role, _, _ in subs.values()):
        return None                                   # a part names a column the table has elsewhere
    for p in split:
        # 预期指标值 over `符号 | | 单位(文字描述)`: the part left without a head is the parent's own (the value)
        own = next((r for r, c in h.cols.items() if c == p), None)
        nxt = min((q for q in parents if q > p), default=None)
        if own is None or nxt is None or own in cols or any(r == own for r, _, _ in subs.values()):
            continue
        free = [c for c in range(p, nxt) if c not in subs]
        if len(free) == 1:
            subs[free[0]] = (own, 1, p)
    widths = {c: w for c, w in width.items() if c not in split}
    for col, (role, span, _) in subs.items():
        if not role:
            continue                                  # (a second target's unit, read with its value)
        if role.startswith("col:"):
            extra[role] = col                         # (2021年实际实现值: last year's value, a note)
        else:
            cols[role] = col
        widths[col] = span
    row_ = h.row
    heads = [c for c in row.cells if subs[c.col][2] in split - unnamed]
    if heads:
        # 执行情况 over `1-6月实际完成值 | 全年预计完成值`: parts that are heads of their own are their columns' heads
        # (what the column holds, a value so far, a forecast noted under its head; the parent said neither)
        row_ = Row(sorted([c for c in h.row.cells if c.col not in split - unnamed] + heads, key=lambda c: c.col),
                   h.row.grid, h.row.r, h.row.order, h.row.page_break)
    return Header(h.kind, cols, sorted(cols, key=cols.get), row_, extra, widths)


def _scorer_parts(h: Header, row: Row) -> Header | None:
    """`评分` over `单位自评 | 主管部门复核 | 财政评价` (a 评分表's head over two rows, no other head over the parts): the
    header with a column per scorer, the first part the score's, the others named by their heads (tables.score_columns
    picks the score among them; the row was dropped, its columns lost — hunt sc8); the unit's part named by its score,
    `自评分 | 主管部门评分` under `评分`, as well (its column was lost; review rv78)."""
    at = h.cols.get("score")
    cells = sorted(row.cells, key=lambda c: c.col)
    if at is None or len(cells) < 2 or cells[0].col < at \
            or not all(L.SCORER_HEAD.match(k := label_key(c.text)) or L.SELF_SCORE.match(k) for c in cells) \
            or any(at < c.col <= cells[-1].col for c in h.row.cells):
        return None
    cols = dict(h.cols)
    cols["score"] = cells[0].col
    extra = dict(h.extra)
    extra.update({"col:" + (clean(c.text) or c.text): c.col for c in cells[1:]})
    widths = {c: w for c, w in h.col_widths.items() if c != at}
    widths.update({c.col: c.colspan for c in cells})
    row_ = Row(sorted([c for c in h.row.cells if c.col != at] + cells, key=lambda c: c.col), h.row.grid, h.row.r,
               h.row.order, h.row.page_break)
    return Header(h.kind, cols, sorted(cols, key=cols.get), row_, extra, widths)


# 指标值 over `2021年实际实现值 | 预期2022年实现值` (a 批复表): last year's value reached, this year's expected one
_PAST_PART = lazy(r"^(?:(?:(?:19|20)\d{2}年度?|上年度?|去年)(?:实际(?:实现|完成|达到)?|实现|完成|达到)值|基期值|基准值|现状值)$")
_EXPECTED_PART = lazy(r"^(?:预期|计划|目标|预计)?(?:(?:19|20)\d{2}年度?|本年度?|当年)?(?:预期|计划|预计)?(?:实现|完成|达到|目标|指标)?值$")


_SO_FAR_PART = lazy(rf"[(（]?{SO_FAR_PERIOD}[)）]?")


def _period_parts(row: Row) -> dict[int, str]:
    """A sub-header row splitting a value column by period: column -> "target" for the expected value (`预期2022年实现
    值`), "col:<head>" for last year's (`2021年实际实现值`, a note), or for the months so far beside the year's
    (`1-6月 | 全年`: the year's the target); {} unless there is one of each and nothing else."""
    keys = {c.col: bare_fold(c.text) for c in row.cells}
    so_far = [col for col, k in keys.items() if _SO_FAR_PART.fullmatch(k)]
    year = [col for col, k in keys.items() if k in HORIZON_YEAR_WORDS]
    if len(keys) == 2 and len(so_far) == 1 and len(year) == 1:
        # `指标值` over `1-6月 | 全年` (`上半年 | 全年`): the year's the target, the months so far a note, as under
        # `上半年目标值 | 全年目标值` (_year_over_so_far; the half year's was the target: review rv143)
        return {year[0]: "target", so_far[0]: "col:" + clean(next(c.text for c in row.cells if c.col == so_far[0]))}
    past = [col for col, k in keys.items() if _PAST_PART.match(k)]
    expected = [col for col, k in keys.items() if col not in past and _EXPECTED_PART.match(k)
                and re.search(r"预期|计划|目标|预计|本年|当年|\d", k)]
    if len(past) != 1 or len(expected) != 1 or len(keys) != 2:
        return {}
    return {expected[0]: "target", past[0]: "col:" + clean(next(c.text for c in row.cells if c.col == past[0]))}


# the horizons a form names beside its targets, money and heads: the long term's (`实施期`, `中期`) and the year's
# (`年度`, `当年`) — one list (forms.py's money labels had a list of their own, core's name heads another, mend md20);
# the longest first, a regex's alternation taking `本年度` whole before `本年`
HORIZON_LONG_WORDS = ("实施周期", "实施期", "项目期", "中长期", "长期", "中期")
HORIZON_YEAR_WORDS = ("本年度", "本年", "年度", "当年", "全年")
HORIZON_ALT = "|".join(sorted(HORIZON_LONG_WORDS + HORIZON_YEAR_WORDS, key=len, reverse=True))
# (`中期（2023-2025年） | 年度（2023年）`: each period with its years in brackets after it)
_HORIZON_PART = lazy(rf"^\(?({HORIZON_ALT})\)?"
                           r"(?:\((?:19|20)\d{2}年?度?(?:[-—－~～至到](?:(?:19|20)\d{2})?年?度?)?\))?$")


_PERIOD_HEAD_WORD = lazy(HORIZON_ALT)


def _horizon_parts(h: Header, row: Row) -> Header | None:
    """`指标值` over `实施期 | 年度` (or `指标值 | 指标值` over `（实施期） | （年度）`: a 转移支付 form's two-line head):
    the long-term value's column and the year's, one record each; the row was read as an indicator named 实施期."""
    heads = [c for c in h.row.cells if (h.cols.get("target") == c.col or h.cols.get("target_long") == c.col
             or header_role(HEADER_INDEX["indicator"], c.text) in ("target", "target_long"))
             and not _PERIOD_HEAD_WORD.search(header_key(c.text))]
    # (`年度指标值` over `全年 | 中期`: the year's value and a mid-year one, no period's)
    got: dict[str, Cell] = {}
    last = max(c.col for c in h.row.cells)
    for c in row.cells:
        m = _HORIZON_PART.match(header_key(c.text))
        # (a text dump shows no span: the last head, 指标值, over the parts in its column and the ones after it)
        if m is None or not any(p.col <= c.col < (p.col + p.colspan if p.col < last else 1 << 20) for p in heads):
            return None
        role = "target" if m.group(1) in HORIZON_YEAR_WORDS else "target_long"
        if role in got:
            return None
        got[role] = c
    if len(got) != 2:
        return None
    cols = {r: c for r, c in h.cols.items() if r not in ("target", "target_long")}
    widths = dict(h.col_widths)
    for role, c in got.items():
        cols[role] = c.col
        widths[c.col] = c.colspan
    return Header(h.kind, cols, sorted(cols, key=cols.get), h.row, dict(h.extra), widths)


def _stage_parts(h: Header, row: Row) -> Header | None:
    """`指标值` over `调整前 | 调整后` (a 绩效目标调整表's two-line head): the value after the adjustment is the target,
    the one before it the indicator's 调整前指标值 (as `调整前指标值 | 调整后指标值` heads read); the row was left
    unmerged, the value before taken as the target and the one in force a note (hunt fam6)."""
    target = h.cols.get("target")
    if target is None or "target_prev" in h.cols or len(row.cells) != 2:
        return None
    nxt = min((c.col for c in h.row.cells if c.col > target and c.text.strip()), default=1 << 20)
    got: dict[str, Cell] = {}
    for c in row.cells:
        key = label_key(c.text)
        role = "target_prev" if _STAGE_BEFORE.match(key) else "target" if _STAGE_AFTER.match(key) else None
        if role is None or role in got or not target <= c.col < nxt:
            return None
        got[role] = c
    if got["target_prev"].col > got["target"].col:
        return None
    cols = dict(h.cols)
    widths = dict(h.col_widths)
    for role, c in got.items():
        cols[role] = c.col
        widths[c.col] = c.colspan
    return Header(h.kind, cols, sorted(cols, key=cols.get), h.row, dict(h.extra), widths)


_TOTAL_PART = frozenset(("总额", "合计", "小计", "总计", "金额", "资金总额", "总金额"))
_MONEY_PART = lazy(r"^(?:其中[:：]?)?(?:财政拨款|财政资金|一般公共预算|政府性基金|其他资金|自筹资金|上级补助|"
                         r"本级资金|中央资金|省级资金|市级资金|县级资金|上年结转|专户资金|单位资金)$")


def _money_parts(h: Header, row: Row) -> Header | None:
    """预算金额（万元） over `总额 | 财政拨款 | 其他资金` (a 部门整体 form's task table): the amount is the total's
    column, each source a column of its own (a note on the line); the row was read as a budget line 总额."""
    amount = h.cols.get("amount")
    if amount is None or any(c.col < amount for c in row.cells):
        return None
    keys = [label_key(c.text) for c in row.cells]
    if sum(1 for k in keys if k in _TOTAL_PART) != 1 or not all(k in _TOTAL_PART or _MONEY_PART.match(k) for k in keys):
        return None
    cols = dict(h.cols)
    extra = dict(h.extra)
    widths = dict(h.col_widths)
    for c, k in zip(row.cells, keys):
        if k in _TOTAL_PART:
            cols["amount"] = c.col
            widths[c.col] = c.colspan
        else:
            extra["col:" + clean(c.text)] = c.col
            widths[c.col] = c.colspan
    return Header(h.kind, cols, sorted(cols, key=cols.get), h.row, extra, widths)


def _col_before(header: Header, role: str, before: str) -> int | None:
    """The column of a header's role `before` when it sits right before its role `role` (else None)."""
    at = header.cols.get(before)
    return at if at is not None and at + 1 == header.cols.get(role) else None


_WEAK_TARGET_HEADS = frozenset(header_key(x) for x in L.WEAK_TARGET_HEADS)
# words of a head over a level column no synonym names (评价指标, 评价内容, 指标类别, 评价维度)
_BARE_NAME_HEADS = frozenset(label_key(x) for x in ("绩效指标", "指标", "考核指标", "评价指标"))
_NAME_HEAD_HORIZON = lazy(rf"^(?:{HORIZON_ALT})(?=绩效指标$)")


def _name_head_key(text: str) -> str:
    """A cell's label_key with a horizon before a bare 绩效指标 taken off (`年度绩效指标` -> `绩效指标`): a 目标表 names its
    one table of names so, beside 指标值 (it was a section label and no head, the rows read as fields; hunt ly5)."""
    return _NAME_HEAD_HORIZON.sub("", label_key(text))
_LEVEL_HEAD_WORD = lazy(r"指标|内容|目标|类别|维度|方面|类型|项目")
# a second head of the name's kind right of the name's column: the indicator's content, what it measures
_CONTENT_HEADS = frozenset(header_key(x) for x in ("指标内容", "绩效内容", "指标具体内容", "具体内容"))
_WORK_TASK_HEADS = frozenset(label_key(x) for x in ("工作任务", "重点任务", "目标任务", "任务内容",
                                                     # (序号 | 年度任务 | 具体举措 | 时间节点 | 预期成效 | 责任单位)
                                                     "年度任务", "年度重点任务", "具体举措", "工作举措", "主要举措",
                                                     "具体措施", "工作措施", "推进措施"))


# a head of a table of tasks beside a label (`部门职责 | 工作任务`, `| 任务名称`): no value of the label
_TASK_HEAD_VALUES = _WORK_TASK_HEADS | {label_key("任务名称"), label_key("重点工作任务")}


def _context_pair(cols: dict[str, int], tasks: list[Cell]) -> None:
    """`部门职责 | 工作任务 | …` (two heads of the 对应任务 kind side by side, no 工作活动 head): the outer (left) is the
    `task` context, the inner the `activity` under it (the second was dropped, its cells unplaced)."""
    if "activity" in cols or len(tasks) != 2:
        return
    outer, inner = sorted(tasks, key=lambda c: c.col)
    cols["task"], cols["activity"] = outer.col, inner.col


_CONTEXT_HEAD_ROLES = ("task", "activity")


def context_head_over(row: Row, below: Row) -> Header | None:
    """`部门职责 | 工作任务 | 绩效指标` over `| | 一级指标 | 二级指标 | 三级指标 | 指标值` (a 部门整体 form's two-row head:
    the context heads, their cells merged down over the two rows, left of a head spanning the indicator columns named
    on the row below): the indicator header of the row below with the context columns of this one; None otherwise.
    (The upper row was read as a label and its value, 部门职责 | 工作任务, the context cells unplaced.)"""
    if row.is_text_line or below.is_text_line or below.grid is not row.grid or len(row.cells) < 2:
        return None
    h = below._header           # (detect_header's own memo read first, as `profile` does: asked of most rows' next)
    if h.__class__ is int:
        h = detect_header(below)
    if h is None or h.kind != "indicator" or "level3" not in h.cols or h.cols.keys() & set(_CONTEXT_HEAD_ROLES):
        return None
    first = min(h.cols.values())
    context = [c for c in row.cells if c.col < first]
    rest = [c for c in row.cells if c.col >= first]
    roles = [cell_header_roles(c.text).get("indicator") for c in context]
    if not context or len(context) > 2 or any(r not in _CONTEXT_HEAD_ROLES for r in roles) \
            or any(c.col in h.cols.values() for c in context):
        return None
    # over the indicator columns: one group head at most (绩效指标), no head of a column of its own
    if len(rest) > 1 or any(len(_WS.sub("", c.text)) > 12 or cell_header_roles(c.text).get("indicator")
                            not in (None, "level3") for c in rest):
        return None
    cols = dict(h.cols)
    if len(context) == 2:
        cols["task"], cols["activity"] = context[0].col, context[1].col
    else:
        cols[roles[0]] = context[0].col
    widths = dict(h.col_widths)
    for c in context:
        widths[c.col] = c.colspan
    head = Row(sorted(context + list(h.row.cells), key=lambda c: c.col), below.grid, below.r, below.order,
               below.page_break)
    return Header(h.kind, cols, sorted(cols, key=cols.get), head, dict(h.extra), widths, h.options, h.finer)


def detect_header(row: Row) -> Header | None:
    """Given a row, return the table header it is (indicator, score, budget, safeguard, assessment) or None."""
    h = row._header
    if h.__class__ is int:
        # (0: not asked yet. Not `== 0`: a Header's dataclass __eq__ was called for it on every ask of a header row)
        h = row._header = _full_year_target(_detect_header(row))
    return h  # type: ignore[return-value]


def _full_year_target(h: Header | None) -> Header | None:
    """`年初目标值 | 全年目标值` (a self-evaluation's two targets): the full year's the target, the one in force, the start's
    a note under its head (the start's was the target, the full year's the note — a head over two rows read the other
    way, hunt ly4); any other header as it is."""
    if h is None or h.kind != "indicator" or "target" not in h.cols and "target_prev" not in h.cols:
        return h
    # (`指标值 | 调整后`, `指标值 | 调整后 | 备注`: the stage word alone in the next head right of the target's column heads
    # the target in force, as `指标值（调整后）` does — it was a note column, `调整后：≥25公里`, hunt tg27)
    # (`指标值 | 计量单位 | 调整后`: the unit's column between them, the unit of both, no head of its own target — the next
    # head past it, as `指标值 | 调整后` reads; it was a note column, `调整后：≥26`, mend md62)
    nxt = min((c.col for c in h.row.cells if c.col > h.cols.get("target", h.cols.get("target_prev", 0))
               and c.col != h.cols.get("unit") and c.text.strip()), default=-1)
    if "target" not in h.cols:
        # (`原指标值 | 调整后`, `调整前指标值 | 调整后`: the one before headed, the bare 调整后 beside it the target in
        # force — the table had no target, each row's in its note, review rv137)
        after = [(r, col) for r, col in h.extra.items() if col == nxt and _STAGE_ALONE.fullmatch(_staged_key(r[4:]))]
        if len(after) != 1:
            return h
        cols = dict(h.cols, target=after[0][1])
        extra = {r: c for r, c in h.extra.items() if r != after[0][0]}
        return Header(h.kind, cols, sorted(cols, key=cols.get), h.row, extra, h.widths, h.options, h.finer)
    heads = {c.col: c for c in h.row.cells}
    own = heads.get(h.cols["target"])
    full = [(r, col) for r, col in h.extra.items() if _FULL_YEAR_HEAD.search(_staged_key(r[4:]))
            and (header_role(HEADER_INDEX["indicator"], r[4:]) == "target"
                 or col == nxt and _STAGE_ALONE.fullmatch(_staged_key(r[4:])))]
    if own is None or len(full) != 1:
        return h
    own_key = _staged_key(own.text)
    # (`指标值 | 指标值（调整后）`: the plain head beside the adjusted one is the target before it, as under
    # 指标值（调整前） — the one before was the target, the one in force a note)
    before = not _START_HEAD.search(own_key) and not _FULL_YEAR_HEAD.search(own_key) \
        and _staged_key(full[0][0][4:]).startswith("调整后") and "target_prev" not in h.cols
    if not before and not _START_HEAD.search(own_key):
        return h
    cols, extra = dict(h.cols), {r: c for r, c in h.extra.items() if r != full[0][0]}
    if before:
        cols["target_prev"] = cols["target"]
    else:
        extra["col:" + (clean(own.text) or own.text)] = cols["target"]
    cols["target"] = full[0][1]
    return Header(h.kind, cols, sorted(cols, key=cols.get), h.row, extra, h.widths, h.options, h.finer)


# a target's head of the year's start, or of the target before an adjustment (年初目标值 beside 全年目标值)
_START_HEAD = lazy(r"^(?:年初|调整前)")
_STAGE_ALONE = lazy(r"调整后")        # (a head of the stage word alone: fullmatch)


def _staged_key(text: str) -> str:
    """A head's key with a stage or period in brackets after it put first (`指标值（调整后）` -> 调整后指标值,
    `指标值（实施期）` -> 实施期指标值), else its header_key: the one rule of header_role's keys (_role_keys) and of the
    targets' heads (_full_year_target)."""
    key = header_key(text)
    m = _HORIZON_TAIL.match(key)
    return m.group(2) + m.group(1) if m else key


def _evaluation_levels(named: list, row: Row | None) -> bool:
    """Do the level-1 cells under a `一级指标` head (the rows of its grid below it) name a project's evaluation
    dimensions, an output one and an outcome or satisfaction one (`产出指标` … `效益指标` / `满意度指标`)?"""
    if row is None or row.grid is None:
        return False
    col = next((c.col for c, m in named if m.get("score", ("",))[0] == "level1"), None)
    if col is None:
        return False
    kinds = {standardize_level1(x.text) for x in row.grid.cells if x.col == col and x.row > row.r and x.text.strip()}
    return "output" in kinds and bool(kinds & {"outcome", "satisfaction"})


@lru_cache(maxsize=1)
def _explanation_rule():
    """The assessment table's explanation column's own rule, in parsers.tables (imported on first use: tables imports
    this module), looked up once."""
    from parsers.tables import _EXTRA_FIELDS
    return dict(_EXTRA_FIELDS)["explanation"]


def _explanation_head(text: str) -> bool:
    """Is TEXT a head of what an indicator measures (指标解释, 指标说明, …), by the explanation column's rule."""
    return _explanation_rule().match("".join(text.split())) is not None


# 指标内容 / 考核指标内容: the text of an indicator (an assessment table's items under 考核指标 | 指标内容; what the last
# level measures, the explanation, in an evaluation framework's `… | 三级指标 | 指标内容 | 分值 | 评分标准`)
_INDICATOR_TEXT_HEAD = lazy(r"^(?:考核)?指标内容$")


# set while a document titled as a body's 目标管理 assessment (某县…乡镇目标管理考核细则, 股室目标管理考核评分表) is read
# (parsers.layouts.base): its tables of levels, points and a rule are assessment items whatever targets, results and
# scores they hold beside them (a project's 自评表 would be read so — but no project's form is titled so)
# ("work" under a body's 工作考核 title, `县直部门预算绩效管理工作考核评分表`: a table of a project's levels under it stays
# a project's scores — `_project_levels`)
BODY_ASSESSMENT: ContextVar[bool | str] = ContextVar("BODY_ASSESSMENT", default=False)


def _task_as_section(named: list) -> list:
    """A bare `任务` head of no role left of an item's content, its points and its rule (`任务 | 考核内容 | 分值 | 评分标准 |
    责任单位`): a 考核任务分解表's sections (`一、产业发展`, `加分项`; they were unplaced cells, hunt ly8). Without points
    and a rule it stays no head: a 工作总结's `序号 | 任务 | 目标 | 完成情况 | 责任股室` is no assessment table (s34 bt)."""
    roles = {m.get("assessment", ("",))[0]: c.col for c, m in named if "assessment" in m}
    if not {"content", "points", "requirement"} <= roles.keys() or "section" in roles:
        return named
    return [(c, {"assessment": ("section", 1.0)}) if not m and header_key(c.text) == "任务" and c.col < roles["content"]
            else (c, m) for c, m in named]


def _levels_as_assessment(named: list, row: Row | None = None) -> list:
    """一级指标 | 二级指标 | 分值 | 评分标准 | 责任单位 (or no unit column, and no 三级指标) with no 得分 and no target:
    a 考核指标体系 / 考核细则 (an assessment breakdown), its level columns the sections and the items."""
    roles = [m for _, m in named]
    units = any(m.get("assessment", ("",))[0] == "responsible" for m in roles)     # (a 责任单位 column)
    rules = {"points", "requirement"} <= {m.get("assessment", ("",))[0] for m in roles}     # (分值 and 评分标准)
    ruled = rules and not any(m.get("score", ("",))[0] == "level3" for m in roles)
    # 一级指标 | 二级指标 | 三级指标 | 分值 | 指标解释 | 评分标准 (a 绩效评价指标体系 / 评价指标体系表 of a 财政局's evaluation
    # or a 第三方评价's annex): the points, what each indicator measures and its rule, no target, no 得分 — an evaluation
    # framework, its rows assessment items however many its levels and whatever they name
    # `一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重` (or `… | 三级指标 | 分值`): a weight right of each level, the
    # last level's the items' points, the upper ones the weights of their sections and groups (section_points /
    # group_points, read into the section's and the group's text by parsers.tables)
    uppers = _level_weights(named)
    # (`一级指标 | 二级指标 | 三级指标 | 指标内容 | 分值 | 评分标准`: a 指标内容 head right of two levels or more says what
    # the last level measures, as 指标解释 does — not the items, which the levels name; the table was lost, not_a_form)
    described: set[int] = set()
    if rules:                               # (a framework has points and a rule: asked of no other table)
        levels = [c.col for c, m in named if m.get("score", ("",))[0] in ("level1", "level2", "level3")]
        # (`考核指标 | 指标内容 | 分值 | 评分标准`, no levels: 指标内容 the items' text, as before; `一级指标 | 二级指标 | 指标内容 |
        # 分值 | 评分标准`, no 三级: 指标内容 the items, the third level — they were the explanation of their 二级, two items
        # of four read, review rz)
        third = any(m.get("score", ("",))[0] == "level3" for _, m in named)
        described = {id(c) for c, m in named if ((len(levels) >= 2 and third and c.col > max(levels))
                                                  if _INDICATOR_TEXT_HEAD.match(key := "".join(c.text.split()))
                                                  else _explanation_head(key))}
    framework = rules and sum(1 for m in roles if m.get("assessment", ("",))[0] == "points") - len(uppers) == 1 \
        and bool(described)
    if framework:
        ruled = True
    else:
        uppers = {}
        if ruled and not units and _evaluation_levels(named, row):
            # (no unit column, the levels `产出指标` … `满意度指标`: a project's 绩效评价表, its rows scores of the project
            # with their weights — not a 考核细则's sections, `预算管理` / `绩效管理`)
            ruled = False
    # (`一级指标 | 二级指标 | 分值 | 评分标准`, a 考核细则 of no unit column: the points and their rule, two levels only
    # — a 评价指标体系's three levels stay a score table, its 得分 left to fill in)
    body = rules and any(m.get("score", ("",))[0] in ("level1", "level2", "level3") for m in roles) \
        and (BODY_ASSESSMENT.get() and not (BODY_ASSESSMENT.get() == "work" and _project_levels(named, row))
             or _body_levels(named, row))
    if body:
        # 一级指标 | 二级指标 (| 三级指标) | 目标值 | 分值 | 考核标准 (| 完成情况 | 得分) under a body's 目标管理 title: the
        # levels its sections and items, the target the item's text after its name (a second content column), the
        # result and the score given columns of their own (score_note, score: parsers.tables); it was read as a
        # project's indicators or scores, then not_a_form, its rules lost
        ruled, uppers, framework = True, {}, False
        named = [(c, {"assessment": ("content", 0.5)}
                  if m.get("indicator", ("",))[0] in ("target", "target_long") and "assessment" not in m else
                  {k: v for k, v in m.items() if k not in ("indicator", "score")}
                  if (m.get("indicator", ("",))[0] in ("score", "actual", "progress")
                      or m.get("score", ("",))[0] == "score") and "assessment" not in m else m)
                 for c, m in named]
        roles = [m for _, m in named]
    if not (ruled or units) \
            or any(m.get("score", ("",))[0] == "score" or m.get("indicator", ("",))[0] in (
                "target", "score", "target_long", "actual", "progress") for m in roles):
        return named                     # (a 实际完成值 / 完成情况 column: a self-evaluation's indicators)
    alias = {"level1": "section", "level2": "content", "level3": "content"}
    out = []
    for c, m in named:
        lv = m.get("score", ("", 0))[0]
        if lv in alias and "assessment" not in m:
            # (the levels head no indicator table either: `一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 责任单位`,
            # no target, was read as a blank form's indicators, a tie of roles the indicator table won)
            m = {**{k: v for k, v in m.items() if k != "indicator"}, "assessment": (alias[lv], 1.0)}
        if framework:
            # (its 指标解释 and its levels head no indicator table, nor a score table of no 得分: the items' explanation
            # is an assessment column of no role, kept as `explanation`)
            m = {k: v for k, v in m.items() if k not in ("indicator", "score")
                 and not (id(c) in described and k == "assessment")}
        if id(c) in uppers:
            m = {"assessment": (uppers[id(c)], 1.0)}
        if body and "assessment" in m:
            m = {"assessment": m["assessment"]}     # (a body's 目标管理 table: no indicator or score table of it)
        out.append((c, m))
    return out


# a rule column headed as an assessment's (考核标准, 考核办法, 考核细则, 考核要求), not a score sheet's 评分标准
_ASSESS_RULE_HEAD = lazy(r"^考核(?:评分)?(?:标准|办法|细则|要求|方法)$")


def _body_levels(named: list, row: Row | None) -> bool:
    """Are the level columns under a `考核标准` head a body's work assessed, whatever the document's title says (某县
    2024年度乡镇工作考核细则, 某局年度综合考核评分标准: no 目标管理 in it)? Two level-1 cells or more below the head in
    its grid, none of them a project's evaluation level (产出 / 效益 / 满意度 / 投入 / 过程 …: `经济发展`, `社会治理`,
    `依法行政`), and the rule column headed 考核标准 / 考核办法 (a project's 评价指标体系 scores by its 评分标准)."""
    if row is None or row.grid is None or not any(
            m.get("assessment", ("",))[0] == "requirement" and _ASSESS_RULE_HEAD.match("".join(c.text.split()))
            for c, m in named):
        return False
    names = _level1_names(named, row)
    return len(names) >= 2 and not any(standardize_level1(n) for n in names)


def _level1_names(named: list, row: Row | None) -> set[str]:
    """The level-1 cells below the head `row` in its grid (no 合计 / 小计 row's label)."""
    col = next((c.col for c, m in named if m.get("score", ("",))[0] == "level1"), None)
    if col is None or row is None or row.grid is None:
        return set()
    names = {"".join(x.text.split()) for x in row.grid.cells if x.col == col and x.row > row.r and x.text.strip()}
    return {n for n in names if not re.match(r"^(?:合计|总计|小计|总分)", n)}


def _project_levels(named: list, row: Row | None) -> bool:
    """Are the level-1 cells under the head a project's evaluation levels, two or more and each one (决策 / 过程 /
    产出 / 效益): a project's 评分表, whatever a body's 工作考核 title over it says (`…综合文化站免费开放工作考核评分表`)?"""
    names = _level1_names(named, row)
    return len(names) >= 2 and all(standardize_level1(n) for n in names)


def _level_weights(named: list) -> dict[int, str]:
    """`一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重`: a points column right of each level column (two levels or
    more), each the weight of the level left of it; the upper levels' columns (id of the head cell) -> section_points
    (level 1) / group_points (level 2). Empty unless every points column stands right of a level, the deepest
    level's among them."""
    level_at = {c.col: m["score"][0] for c, m in named
                if m.get("score", ("",))[0] in ("level1", "level2", "level3")}
    pts = [c for c, m in named if m.get("assessment", ("",))[0] == "points"]
    if len(pts) < 2 or len(level_at) < 2 or any(level_at.get(c.col - 1) is None for c in pts):
        return {}
    levels = sorted({level_at[c.col - 1] for c in pts})
    if len(levels) != len(pts) or levels[-1] != max(level_at.values()):
        return {}
    return {id(c): {"level1": "section_points", "level2": "group_points"}[level_at[c.col - 1]]
            for c in pts if level_at[c.col - 1] != levels[-1]}


# the head of a section's points beside it (`项目分值`, `类别分值`, `权重`): its key's end
_SECTION_POINTS_HEAD = lazy(r"(?:分值|权重|分数|满分|标准分)$")
_ASSESS_HEAD = lazy(r"考核|考评")     # 考核指标 / 考核项目: the head of an assessment's items
# a cell that is a figure alone (`120`, ` 1,325.6 `, `12，500`, `-3`): core's, forms', tables' and the list reader's one
# rule (sp7's `_PLAIN_FIGURE`, tables' `_NUMBER_ONLY` and `_BARE_FIGURE`, packed_list's `_AMOUNT` were its twins)
BARE_FIGURE = lazy(r"^\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*$")
_MONEY_VALUE = lazy(r"^\s*\d[\d,，]*(?:\.\d+)?\s*(?:万元|元|亿元)\s*$")


def _numeral_lost_levels(cols: dict[str, int], cells: list) -> None:
    """Given an indicator header's roles so far and its cells: `级指标` cells right of the level-1 column that no role
    took are levels whose numeral a scan lost (`一级指标 | 级指标 | 级指标 | 年度指标值`, a fax whose thin strokes of
    二 and 三 the threshold erased: the names' column was no column, every indicator nameless); each takes the next
    level not named, left to right (in place)."""
    if "level1" not in cols:
        return
    taken = set(cols.values())
    for c in sorted(cells, key=lambda c: c.col):
        if c.col <= cols["level1"] or c.col in taken or header_key(c.text) != "级指标":
            continue
        free = next((r for r in ("level2", "level3") if r not in cols), None)
        if free is None or any(cols[r] < c.col for r in ("level2", "level3") if r in cols and r > free):
            return
        cols[free] = c.col
        taken.add(c.col)


def _header_gate(row: Row) -> bool:
    """May the row be a table's header? Two cells at least, a cell of 20 characters at most, and a cell of 40 at most
    that is some table's head word; most rows have none (asked in one pass over the cells before the row's roles are
    laid out, a clean cell's matches straight from the per-text memo)."""
    if row.is_text_line or len(row.cells) < 2:
        return False
    short = named_any = False
    for c in row.cells:
        n = len(c.text)
        if n <= 20:
            short = True
        if not named_any and n <= 40 and (_text_header_matches(c.text) if c.conf is None else _header_cell_matches(c)):
            named_any = True
        if short and named_any:
            return True
    return False


# an ex-ante assessment's head of the points scored under each 评估内容 (评估要点)
_KEY_POINT_HEAD = lazy(r"^(?:评估|评价|评审)要点$")


# a 评分表's rule head (label_key): `评分标准`, `评分办法`, `评分细则`, `赋分规则` (parsers.tables' too)
SCORE_RULE_HEAD = lazy(r"^(?:评分|评价|评估|考核|计分|赋分|打分)(?:标准|办法|方法|细则|规则)$|^评分标准及(?:方法|办法|依据)$")
# a cell of points only: a figure, its 分 after it (BARE_POINTS, `10`, `10分`) or a word before it (POINTS_WORDED,
# `满分10分`, `共10分`, `分值：10分`); one pair for core's rule column of points and tables' points (code review rd:
# core's copy took no `共10分`)
BARE_POINTS = lazy(r"^\s*(\d+(?:\.\d+)?)\s*分?\s*$")
# (…its 分 left off after 满分 / 分值, `满分10`, `满分 10`, `分值：10`: a figure of points, three digits at most — no
# year, `满分2024`; hunt sc13)
POINTS_WORDED = lazy(r"^\s*(?:(?=(?:满分|分值)\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*$)|(?=.*分\s*$))"
                     r"(?:满分|共|计|分值)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分?\s*$")


def points_cell(text: str) -> str | None:
    """A 评分表's cell of points only, its figure: `10`, `10.00`, `10分`, `满分10分`, `共10分`, `满分10` / `满分 10` (hunt
    sc13); else None (a year, `满分2024`; a count, `10个`; words). (It was parsers.tables', no caller but a test; the
    rule column's test of points below wrote its two patterns out again: tidy tw1)"""
    m = POINTS_WORDED.match(fold(text)) or BARE_POINTS.match(fold(text))
    return m.group(1) if m is not None else None


def _rule_column_points(named: list, row: Row) -> list:
    """`三级指标 | 评分标准 | 得分` whose 评分标准 cells below are each only points (`10分`, `20分`, the 合计's `100分`),
    and no 分值 head: that column the points, a 评分表's (it was a rule's, no points: the table an indicator table, its
    scores and points lost; hunt sc12); each a rule (`完成得满分，每降低1%扣1分`), no target head: the rules, no
    indicator's note (a 评分表 of no points, hunt sc13)."""
    if row.grid is None or any(m.get("score", ("",))[0] == "weight" for _, m in named) \
            or not any(m.get("score", ("",))[0] == "score" for _, m in named):
        return named
    out = []
    for c, m in named:
        if SCORE_RULE_HEAD.match(header_key(c.text)):
            below = [x.text for x in row.grid.cells if x.col == c.col and x.row > row.r and x.text.strip()]
            if len(below) >= 2 and all(points_cell(t) is not None for t in below) \
                    and sum("分" in t for t in below) * 2 >= len(below):
                m = {"score": ("weight", 1.0), "indicator": ("weight", 1.0)}
            elif len(below) >= 2 and sum(bool(_RULE_WORDS.search(fold(t))) for t in below) * 2 > len(below) \
                    and not any(m2.get("indicator", ("",))[0] in ("target", "target_long", "actual")
                                for _, m2 in named):
                # (…its cells rules, `完成得满分，每降低1%扣1分`, no target column: a 评分表 of points unknown, the
                # rules each row's requirement — it was an indicator table of no targets, the scores lost; hunt sc13)
                m = {k: v for k, v in m.items() if k != "indicator"}
        out.append((c, m))
    return out


# a scoring rule's words (folded): `得满分`, `扣1分`, `得5分`, `不得分`, `酌情扣分`, `按比例计分`
_RULE_WORDS = lazy(r"得满分|[扣减]\s*\d|得\s*\d+(?:\.\d+)?\s*分|不得分|酌情(?:扣|给|得)分|计分|扣完为止")


def _year_over_so_far(cols: dict[str, int], claims: list) -> None:
    """A target head of the year so far (`上半年目标值`, `1-6月指标值`, `截至6月底目标值`) beside one of the year's own,
    however spelled (`全年目标值`, `全年预期值`, `本年度指标值`, `年度计划指标值` — a head naming no part of the year):
    the year's is the target, the milestone's column left to the note (hunt nw16 ranked the so-far head below exact
    heads only: `1-6月目标值 | 全年预期值` kept the half year's as the target; review rv143). Two parts of the year and
    no whole, `上半年目标值 | 下半年目标值`, keep the first."""
    own = next((c for _, c, r in claims if r == "target" and c.col == cols.get("target")), None)
    if own is None or not so_far_head(header_key(own.text)):
        return
    year = next((c for _, c, r in claims if r == "target" and c.col != own.col
                 and not _PART_OF_YEAR.search(header_key(c.text))), None)
    if year is not None:
        cols["target"] = year.col


# a head naming a part of the year: the months so far, the other half, a quarter, a span of months or a month
_PART_OF_YEAR = lazy(rf"{SO_FAR_PERIOD}|下半年|季度|{MONTH_SPAN}|\d月|[一二三四五六七八九十]月")


def _detect_header(row: Row) -> Header | None:
    if not _header_gate(row):
        return None
    best: Header | None = None
    best_n = 0
    named = [(c, _header_cell_matches(c)) for c in row.cells if len(c.text) <= 40]
    if sum(1 for c in row.cells if label_key(c.text) in _MATRIX_MONEY) >= 2 and not any(
            m.get("indicator", ("",))[0] in ("level3", "target") for _, m in named):
        return None                      # 年初预算数 | 全年预算数 | 全年执行数 …: the self-evaluation money matrix
    named = _offices_name_lines(_sum_before_sources(_task_as_section(_levels_as_assessment(named, row))))
    named = _rule_column_points(named, row)
    kinds = {k for _, roles in named for k in roles}
    for kind in HEADER_INDEX:
        if kind not in kinds:
            continue
        cols: dict[str, int] = {}
        # the best claim on each role wins (成本构成明细 over the block label 项目预算成本构成)
        # (项目明细 | 名称 | 数量 | 单价 | 金额: the first cell, the lines' block label, names them no better than 名称
        # over the names: the column's own head wins a tie)
        # (权重 | 分值 | 得分, a 乡镇 自评表's share in % beside the points: the weight is the points, 分值, whichever
        # column comes first; the share is kept in `note`. Without a 得分 column, 权重 | 分值 are the points and what
        # was scored: the first is the weight)
        scored = any(roles[kind][0] == "score" for _, roles in named if kind in roles)
        claims = sorted(((roles[kind][1], c, roles[kind][0]) for c, roles in named if kind in roles),
                        key=lambda x: (-x[0], kind == "budget" and x[2] == "name" and x[1] is row.cells[0],
                                       scored and x[2] == "weight" and "分值" not in header_key(x[1].text)))
        for q, c, role in claims:
            if role in cols and kind == "budget" and role == "basis":
                role = f"basis{sum(1 for r in cols if r.startswith('basis')) + 1}"  # 单价 依据, 数量 依据
            if role and role not in cols:
                cols[role] = c.col
        if kind == "score" and "deduction" in cols and "score" in cols and label_key(next(
                c.text for c in row.cells if c.col == cols["deduction"])) == "扣分情况":
            del cols["deduction"]        # (`… | 扣分情况 | 得分`: the 得分 the score, its 扣分情况 the facts of a cut — a
            # deduction only where no 得分 stands, `分值 | 评分标准 | 扣分情况`, hunt pr8)
        if kind == "indicator":
            _year_over_so_far(cols, claims)
            _context_pair(cols, [c for c, roles in named if roles.get(kind, ("",))[0] == "task"])
            _numeral_lost_levels(cols, [c for c, _ in named])
        if kind == "indicator" and "target" not in cols and "actual" in cols and {"weight", "score"} & cols.keys():
            # `指标 | 权重 | 年度目标 | 完成值 | 得分`: a weak target head (a task table's too) before a column of what was
            # done, in a scored table, is a self-evaluation's target (it was read as a 评分表, the targets and what was
            # done lost — hunt ly11; a goal block's `年度总体目标 | 预期目标 | 实际完成情况` is none, scoring nothing)
            weak = [c for c in row.cells if header_key(c.text) in _WEAK_TARGET_HEADS and c.col < cols["actual"]
                    and c.col not in cols.values()]
            if len(weak) == 1:
                cols["target"] = weak[0].col
        if kind == "indicator" and "level3" not in cols and ("target" in cols or "target_long" in cols) \
                and not {"actual", "score"} & cols.keys():
            # 部门职责 | 工作活动 | 绩效指标 | 指标值, 序号 | 绩效指标 | 指标值: 绩效指标 heads the names (not the 财政部
            # form's lead column left of 一级指标, its cells merged and empty; nor a self-evaluation's head over
            # 一级指标 | 二级指标 | 三级指标 on the row below, beside 实际完成值); so does a bare 指标 beside a 指标值 /
            # 目标值 (`指标 | 指标值` under a form's 年度目标: it gave no indicator, the form no project when its title
            # was missing; a statistics table's `指标 | 单位 | 绝对数` names no target)
            lead = next((c for c in row.cells if _name_head_key(c.text) in ("绩效指标", "指标") and c.col not in cols.values()
                         and c.col < min(v for r, v in cols.items() if r.startswith("target"))
                         and all(c.col > cols[r] for r in ("level1", "level2") if r in cols)), None)
            if lead is not None:
                cols["level3"] = lead.col
        n = len(cols) - (kind == "budget" and "seq" in cols)      # (a budget table's 序号 counts for nothing)
        # (nor a 评分表's 扣分原因 / 得分情况说明, the rows' note: a 考核评分表's `扣分 | 得分 | 扣分原因` stays its items)
        n -= kind == "score" and "note" in cols
        if kind == "schedule" and {"period", "content"} <= cols.keys() <= {"period", "content", "milestone", "seq"} \
                and len(row.cells) == len(cols) and cols["period"] < cols["content"]:
            # `时间 | 工作内容` (`序号 | 时间节点 | 工作内容 | 完成标志`), a schedule by its time column, every cell of
            # the row its head: enough (its rows were unparsed, or fields of other_fields)
            n = max(n, L.HEADER_MIN_ROLES[kind])
        if n < L.HEADER_MIN_ROLES[kind] or not any(r in cols for r in L.HEADER_KEY_ROLES[kind]) and not (
                kind == "assessment" and {"section", "points", "requirement"} <= cols.keys()
                and _ASSESS_HEAD.search(next(c.text for c in row.cells if c.col == cols["section"]))):
            # (序号 | 考核指标 | 分值 | 评分标准 | 备注: a 考核细则 of named items, no 考核内容 nor 责任单位 column)
            continue
        if kind == "indicator" and not ({"target", "target_long", "actual", "level3"} & cols.keys()):
            continue
        if kind == "indicator" and "target" in cols and any(
                c.col == cols["target"] and label_key(c.text) in ("数值", "指标数值") for c in row.cells) and (
                not {"level1", "level2", "level3"} & cols.keys() or not {"op", "unit"} & cols.keys()):
            continue                     # `项目 | 单位 | 数值` (a 部门整体 form's 基本情况: 编制人数 | 人 | 18), `指标名称
            # | 数值` (a 基本情况's figures): a bare 数值 heads a target only beside the indicator's name or levels and
            # a column of the target's other parts (`三级指标 | 符号 | 数值 | 单位`)
        if kind == "indicator" and not ({"target", "target_long", "target_adj", "actual", "progress"} & cols.keys()) \
                and "weight" in cols and ("score" in cols or sum(
                    1 for c in row.cells if c.col > cols["weight"] and L.SCORER_HEAD.match(label_key(c.text))) >= 2):
            continue                     # 指标 | 指标解释 | 评分标准 | 分值 | 得分: a 评分表, no targets; so its scores
            # named by who gave them, `分值 | 评分标准 | 单位自评 | 财政评价` (the 评分标准 made it an indicator table
            # of no score, its 合计 an unparsed_row; review rv65 of hunt ly7)
        if kind == "budget" and ("amount" not in cols or any(_MONEY_VALUE.match(c.text) or BARE_FIGURE.match(c.text)
                                                             for c in row.cells)):
            continue                     # (项目名称 | 全市文物保护专项经费 | 预算金额 | 36万元, `… | 总额 | 120`: labels
            # with their values, no head)
        if kind == "budget" and not cols.keys() & {"name", "group", "project", "price", "quantity"} and any(
                c.col < cols["amount"] and label_key(c.text) in _MONEY_ROW_HEADS for c in row.cells):
            continue                     # `资金来源 | 金额 | 备注` (`项目资金 | 资金来源 | 金额 | 备注`): the head of a money
            # block (合计 | 860.00, 财政拨款 | 780.00 …), read by the form's money labels; no breakdown of the budget
            # (its lines were nameless, 合计 lost)
        if kind == "assessment" and "points" not in cols and any(
                c.col == cols.get("content") and label_key(c.text) in _WORK_TASK_HEADS for c in row.cells):
            continue                     # 序号 | 工作任务 | 具体内容 | 责任单位: a work plan's tasks, no points to score
        if n > best_n or (n == best_n and kind == "score" and "target" not in cols):
            best, best_n = Header(kind, cols, sorted(cols, key=cols.get), row), n
    if best is not None and best.kind == "assessment" and {"section", "content"} <= best.cols.keys() \
            and not {"responsible", "section_no"} & best.cols.keys():
        named_roles = {m.get("score", ("",))[0]: c.col for c, m in named if "score" in m}
        if "level3" in named_roles and "score" in named_roles and named_roles["level3"] > best.cols["content"]:
            # 考核项目 | 考核内容 | 指标名称 | 分值 | 评分标准 | 得分: the items named and scored, a 评分表 (the rows were lost as
            # assessment items without a numbered item); its sections and contents are the levels 1 and 2 (with a
            # 序号 or a 责任单位 column it stays a breakdown of tasks, its 得分 column perhaps left blank)
            cols = {"level1": best.cols["section"], "level2": best.cols["content"],
                    **{r: c for r, c in named_roles.items() if r in ("level3", "weight", "score", "deduction")}}
            if "points" in best.cols and "weight" not in cols:
                cols["weight"] = best.cols["points"]
            best = Header("score", cols, sorted(cols, key=cols.get), row)
    if best is not None and best.kind == "assessment" and {"content", "points"} <= best.cols.keys() \
            and not {"section", "responsible", "section_no", "seq"} & best.cols.keys():
        named_roles = {m.get("score", ("",))[0]: c.col for c, m in named if "score" in m}
        point = next((c.col for c in row.cells if c.col > best.cols["content"] and c.col not in best.cols.values()
                      and _KEY_POINT_HEAD.match(header_key(c.text))), None)
        if point is not None and "score" in named_roles:
            # 评估内容 | 分值 | 评估要点 | 评分标准 | 得分 (a 事前绩效评估表's scoring of the project): the points each 评估要点
            # is scored, a 评分表 as `评估内容 | 评估要点 | 分值 | 得分` is (levels 2 and 3); it was an assessment table
            # of no numbered items, its rows unparsed, the form an `assessment`
            cols = {"level2": best.cols["content"], "level3": point, "weight": best.cols["points"],
                    "score": named_roles["score"]}
            best = Header("score", cols, sorted(cols, key=cols.get), row)
    if best is not None and best.kind == "assessment" and "content" in best.cols:
        by_col = {c.col: c for c in row.cells}
        taken = set(best.cols.values())
        at = best.cols["content"]
        # (序号 | 重点任务 | 具体指标 | 分值 | …: a task's named indicators, the items, after it)
        # (`二级指标 | 权重 | 三级指标`: a level's weight column between the levels, group_points, is stepped over)
        weights = {best.cols[r] for r in ("section_points", "group_points") if r in best.cols}
        while (finer := by_col.get(at + 1 + (at + 1 in weights))) is not None and finer.colspan == 1 \
                and finer.col not in taken \
                and not (_INDICATOR_TEXT_HEAD.match(re.sub(r"\s+", "", finer.text)) and at in by_col
                         and cell_header_roles(by_col[at].text).get("score") == "level3") \
                and (cell_header_roles(finer.text).get("assessment") in ("section", "content")
                     or cell_header_roles(finer.text).get("indicator") == "level3"):
            at = finer.col
        if at != best.cols["content"]:
            # 项目 | 考核内容 | 考核指标 | 指标说明 | … | 权数, 大项内容 | 小项内容 | 具体项目 | 具体内容 | 责任单位: levels after
            # the content's; the table's rows tell which is the item's (read_assessment_table)
            best.finer = at
    if best is not None and best.kind == "assessment" and {"section", "content", "points"} <= best.cols.keys() \
            and "section_points" not in best.cols \
            and best.cols["section"] < best.cols["content"] < best.cols["points"]:
        # 考核项目 | 项目分值 | 考核内容 | 分值 | 考核标准: a points head right of the section's, before the items' own
        # points, the section's points (`经济发展 | 40分 | …`, section_points: they were lost, a column of no role)
        own = next((c for c in row.cells if c.col == best.cols["section"] + 1 and c.col not in best.cols.values()
                    and (cell_header_roles(c.text).get("assessment") == "points"
                         or _SECTION_POINTS_HEAD.search(header_key(c.text)))), None)
        if own is not None:
            best.place("section_points", own.col)
    if best is not None and best.kind == "assessment" and "section" in best.cols and "content" not in best.cols \
            and (nxt := next((c for c in sorted(row.cells, key=lambda c: c.col) if c.col > best.cols["section"]), None)) \
            is not None and nxt.col not in best.cols.values() \
            and cell_header_roles(nxt.text).get("assessment") == "section":
        # 考核类别 | 考核指标 | 分值 | 评分标准 (two heads of sections side by side, no 考核内容): the first the sections,
        # the next the items (the items were the categories, each indicator an unparsed row)
        best.place("content", nxt.col)
    if best is not None and best.kind == "assessment" and "section" in best.cols and "content" not in best.cols \
            and all(c.col != best.cols["section"] + 1 for c in row.cells):
        # 项目名称及分值 drawn over the section column and the items' column(s) after it, which have no
        # header of their own: the next column holds the items
        best.place("content", best.cols["section"] + 1)
    if best is not None and best.kind in ("indicator", "score") and "weight" not in best.cols \
            and ("score" in best.cols or not {"actual", "progress"} & best.cols.keys()):
        lone = [c for c in row.cells if c.conf is not None and header_key(c.text) == "分"
                and c.col not in best.cols.values()]
        if len(lone) == 1:
            # an OCR'd `分` where no 分值 column is named: 分值 with its 值 lost (a scan's narrow header cell),
            # beside the 得分 column, or in a table without results (a target form has no score)
            best.place("weight", lone[0].col)
    if best is not None and best.kind == "indicator" and "level3" in best.cols \
            and best.cols.get("weight", 1 << 20) < best.cols["level3"]:
        later = [c for c in row.cells if c.col > best.cols["level3"] and c.col not in best.cols.values()
                 and cell_header_roles(c.text).get("indicator") == "weight"]
        if later:
            # 一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | … | 分值: a weight after each level; the indicator's is
            # the one after its own name (the levels' weights are kept in `note`)
            best.place("weight", later[0].col)
    if best is not None and best.kind == "indicator" and "level3" in best.cols \
            and not {"target", "target_long", "actual"} & best.cols.keys():
        periods = [(m.group(1), c) for c in row.cells if c.col > best.cols["level3"] and c.col not in best.cols.values()
                   for m in [_HORIZON_PART.match(header_key(c.text))] if m is not None]
        roles = ["target" if w in HORIZON_YEAR_WORDS else "target_long" for w, _ in periods]
        if sorted(roles) == ["target", "target_long"]:
            # 三级指标 | 中期（2023-2025年） | 年度（2023年）: the periods' heads are the value columns' own (as 中期指标值 |
            # 年度指标值), one record each (both values were kept in the note, no target read)
            for role, (_, c) in zip(roles, periods):
                best.place(role, c.col)
    if best is not None and best.kind == "indicator" and "level3" in best.cols and "target" not in best.cols:
        weak = [c for c in row.cells if header_key(c.text) in _WEAK_TARGET_HEADS and c.col > best.cols["level3"]]
        if len(weak) == 1:
            best.place("target", weak[0].col)   # 一级指标 | … | 三级指标 | … | 预期达到目标: the target (only beside levels:
            # a task table's 任务名称 | 主要内容 | 预期达到目标 | 预算金额 is no indicator table)
    if best is not None and best.kind == "indicator" and "level3" in best.cols \
            and not {"level1", "level2"} & best.cols.keys():
        # 评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值: two heads no role names, right before the name's column,
        # are its level 1 and level 2 (the levels were lost, the next row's 成本指标 taken for a level 1)
        by_col = {c.col: c for c in row.cells}
        at = best.cols["level3"]
        pair = [by_col.get(at - 2), by_col.get(at - 1)]
        taken = set(best.cols.values())
        one = pair[1]
        if one is not None and one.colspan == 1 and one.col not in taken and label_key(one.text) == "指标" \
                and (before := [c for c in row.cells if c.col < at - 1]) \
                and all(is_block_label(c.text) for c in before):
            # 项目绩效指标 | 指标 | 指标内容 | 指标值 (a central 申报表 of 2018): a bare 指标 right before the name's
            # column, a block's label left of it, heads the level 1 (the table has no level 2; a 指标类型 column
            # there holds 数量指标 …, level 2 names: the pair below)
            best.place("level1", at - 1)
        elif all(c is not None and c.colspan == 1 and c.col not in taken and len(label_key(c.text)) <= 8
                 and _LEVEL_HEAD_WORD.search(c.text) and match_field(c.text) is None
                 and set(cell_header_roles(c.text).values()) <= _LEVEL_HEADS
                 for c in pair) and at - 2 == min(by_col):
            # (not a field's label or another column's head: 项目名称 | 指标类型 | 指标名称 lists several projects)
            best.place("level1", at - 2)
            best.place("level2", at - 1)
    if best is not None and best.kind == "indicator" and "level3" not in best.cols \
            and {"level1", "level2"} <= best.cols.keys():
        # 一级指标 | 二级指标 | 指标 | 指标解释 | 目标值 (a 卫健 form): a bare 指标 right after the level 2 heads the names
        nxt = next((c for c in row.cells if c.col == best.cols["level2"] + 1), None)
        if nxt is not None and label_key(nxt.text) == "指标" and nxt.col not in set(best.cols.values()):
            best.place("level3", nxt.col)
    if best is not None and best.kind == "indicator" and "target" in best.cols \
            and not _LEVEL_HEADS & best.cols.keys():
        # `绩效指标 | 年度指标值 | 单位 | 实际完成值 | 单位` (no level's head): the bare 绩效指标 / 指标 at the table's
        # left edge right before the target heads the names (the names were read as levels 1 and 2, each row an
        # unparsed_row, hunt ly3)
        first = min(row.cells, key=lambda c: c.col)
        if _name_head_key(first.text) in _BARE_NAME_HEADS and first.col not in set(best.cols.values()) \
                and first.col + first.colspan in (best.cols["target"], _col_before(best, "target", "weight")):
            # (or before the 权重 right before the target: `指标 | 权重 | 年度指标值 | 完成值 | 得分` of a 自评表, the
            # names were read as levels, each row unparsed — hunt ly11)
            best.place("level3", first.col)
    if best is not None and best.kind == "indicator" and "level3" in best.cols and "explanation" not in best.cols:
        # 三级指标 | 指标内容 | 指标值: the content beside the indicator's name says what it measures (年度内完成维修改造的
        # 学校数量), its 指标解释 (it was a note `指标内容：…`)
        taken = set(best.cols.values())
        content = [c for c in row.cells if c.col > best.cols["level3"] and c.col not in taken
                   and header_key(c.text) in _CONTENT_HEADS]
        if len(content) == 1:
            # (with no column of the target, `三级指标 | 指标内容` over `年接待读者人次 | ≥5万人次`, the content is the
            # target: it was read as the explanation, no target)
            best.place("explanation" if "target" in best.cols else "target", content[0].col)
    if best is not None and best.kind == "indicator" and {"actual", "unit"} <= best.cols.keys() \
            and "unit_actual" not in best.cols:
        # 年度指标值 | 单位 | 实际完成值 | 单位: the 单位 right of the actual's column is the actual's own unit (`12` |
        # `所`: 12所), as the first one is the target's (it was a note `单位：所`, the actual a bare `12`)
        taken = set(best.cols.values())
        own = next((c for c in row.cells if c.col == best.cols["actual"] + 1 and c.col not in taken
                    and cell_header_roles(c.text).get("indicator") == "unit"), None)
        if own is not None:
            best.place("unit_actual", own.col)
    if best is not None:
        taken = set(best.cols.values())
        left = min(c.col for c in row.cells)
        first_role = min(taken)
        for c in row.cells:
            # a titled column no role names (上年实际执行数（万元）; 绩效目标 beside a task's 预算金额, a block's
            # name only left of the table): its cells are kept in `note`
            if c.col not in taken and (c.col != left or best.kind == "indicator" and c.col < first_role
                                       and L.REGION_HEAD.match(bare_fold(clean(c.text) or ""))) and len(c.text) <= 30 \
                    and (c.col > first_role or not is_block_label(c.text)):
                # (`地区 | 一级指标 | …` over `长沙市 | 产出指标 | …`, a 区域绩效目标表's targets by place: each row's
                # place in its note, `地区：长沙市` — it was lost, an unplaced_cell, hunt fam4)
                best.extra["col:" + (clean(c.text) or "")] = c.col
        if best.kind == "indicator" and row.grid is not None and row.grid.origin.startswith("txt") \
                and "level3" in best.cols and "target" in best.cols:
            # a column with no head between the name's and the target's (an explanation a dump's header left
            # blank): a column of its own, its cells kept in the note (they were taken for the names)
            heads = {c.col for c in row.cells}
            for col in range(best.cols["level3"] + 1, best.cols["target"]):
                if col not in heads and col not in best.cols.values():
                    best.extra[f"col:第{col + 1}列"] = col
    return best


# ---------------------------------------------------------------- forms

@dataclass
class FormSegment:
    rows: list[Row] = field(default_factory=list)
    titles: list[Row] = field(default_factory=list)
    header_missing: bool = False
    # a table of a budget disclosure (部门收支总表, “三公”经费支出决算表 …; its title or head row), no form: not read
    disclosure: str | None = None
    first: Cell | None = None        # where the form starts when not at its first row (a summary table's project)
    # (page, line) of the lines above a summary table of several projects whose rows name their own department or
    # unit: a 填报单位 there is the summary's compiler (市财政局绩效科), no project's unit
    compiled_above: frozenset = frozenset()
    followed: bool = False           # another form starts right after this one's rows (in the document)
    # a covering letter after the document's last form (`关于报送…的报告` / `县财政局：` / …, its `disclosure` the
    # heading): no form, not read (review rv49)
    letter: bool = False


# ---------------------------------------------------------------- a budget disclosure's own tables

# A 部门预算公开 / 部门决算公开 prints its own tables (公开01表 收入支出决算总表, 表1 部门收支总表, 一般公共预算“三公”经费支出表,
# 政府采购预算表 …) before or beside its performance forms: the department's accounts, no form's money, lines or project.
_DISCLOSURE_NAME = lazy(
    r"(?<!项目)(?:收支|收入|支出|收入支出)(?:预算|决算)?总表$"                       # 部门收支总表, 收入支出决算总表, 部门收支预算总表
    r"|(?:一般公共预算|政府性基金|国有资本经营|财政拨款|财政专户)[^表]{0,16}(?:收入|支出|收支)[^表]{0,6}表$"
    r"|三公.?经费[^表]{0,12}表$"                                            # 一般公共预算“三公”经费支出表
    r"|政府采购[^表]{0,8}表$|国有资产占用[^表]{0,6}表$|机关运行经费[^表]{0,8}表$"
    r"|^(?:\S*?(?:19|20)\d{2}年度?)?(?:部门|单位)?(?:收入|支出|收支)(?:预算|决算)表$")   # 收入决算表, 2023年度支出决算表
# (项目支出决算表, a list of projects and their money, is read as a project_list)
# an office's own registers filed beside its forms: a payroll (工资发放表, 工资明细表, 薪酬发放表), an asset count
# (资产清查明细表, 资产盘点表, 固定资产清单 / 台账), a staff roll (人员花名册): no form's money, lines or project either
_REGISTER_NAME = lazy(r"(?:工资|薪酬|薪资|津补贴)(?:发放|明细|汇总|发放明细|发放汇总)?(?:表|清册|花名册)$"
                            r"|资产[^表]{0,4}(?:清查|盘点|清理)[^表]{0,6}表$|固定资产[^表]{0,6}(?:表|清单|台账)$|花名册$")
# words of a performance form's title (部门整体支出绩效自评表, 一般公共预算项目支出绩效目标表 …)
_PERFORMANCE_NAME = lazy(r"绩效|目标|自评|评价|评分|指标|考核|申报|任务|基础数据")
# the table's number before its title (表1, 表一：, 公开07表, 附表3, （一）)
_TABLE_NO = lazy(r"^(?:附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}(?!般))?\s*[:：]?|附?表\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}(?!般))\s*[:：、.．-]?"
                       r"|公开\s*\d{1,3}\s*表\s*[:：]?|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．.])\s*")
# what follows the title on its line (`表6一般公共预算基本支出表部门名称：湖南省档案馆`, `…总表    单位：万元`)
_AFTER_TITLE = lazy(r"(?:编制单位|部门名称|单位名称|部门|(?:金额|货币)?单位)\s*[:：].*$|[(（][^()（）]*[)）]\s*$")


@lru_cache(maxsize=1 << 14)
def disclosure_title(text: str) -> str | None:
    """Given a line, return the name of the budget disclosure's table it titles, else None: `表一：单位收支总表
    单位：万元` -> 单位收支总表, `公开07表 一般公共预算财政拨款“三公”经费支出决算表`, `（一）收入支出决算总表`,
    `政府采购预算表`; never a form's title (`项目支出绩效目标表`, `部门整体支出绩效自评表`) nor a list of projects
    (`项目支出决算表`, read as a project_list)."""
    t = fold(text).strip()
    if not t or len(t) > 120:
        return None
    t = _WIDE_GAP.split(t)[0]
    t = _WS.sub("", t)
    numbered = bool(_TABLE_NO.match(t))
    for _ in range(2):
        t = _TABLE_NO.sub("", t)
    t = _AFTER_TITLE.sub("", t)
    t = _AFTER_TITLE.sub("", t)
    if not 4 <= len(t) <= 40 or _PERFORMANCE_NAME.search(t) \
            or not (_DISCLOSURE_NAME.search(t) or _REGISTER_NAME.search(t)):
        return None
    return ("#" if numbered else "") + t


def register_table(name: str) -> bool:
    """Is a table `disclosure_title` named an office's register (工资发放表, 资产清查明细表), not a budget table?"""
    return bool(_REGISTER_NAME.search(name)) and not _DISCLOSURE_NAME.search(name)


def _disclosure_title_of(row: Row) -> str | None:
    """The disclosure table a row titles: a line of its own (a sheet's one-cell row), or a row's first cell with the
    table's number (`表6一般公共预算基本支出表部门名称：… | 单位：万元…`, a dump that ran the title into the table)."""
    if not row.cells:
        return None
    t = disclosure_title(row.cells[0].text)
    if t is None or (len(row.cells) > 1 and not row.is_text_line and not t.startswith("#")):
        return None
    return t.lstrip("#")


_THREE_PUBLIC = frozenset({"因公出国(境)费", "因公出国费", "公务接待费"})
_THREE_DIGITS = re.compile(r"\d{3}")


def disclosure_head(row: Row) -> bool:
    """A head row only a budget disclosure's tables have, at the top of its table: a 行次 / 栏次 column (收入支出决算总表
    `项目 | 行次 | 金额`), `科目编码 | 科目名称` (功能分类科目编码 …), `采购品目` / `采购目录` (政府采购预算表), `收入 | 支出` alone
    (收支总表), `项目 | 预算数 | 决算数` or `预算数 | 决算数` alone (“三公”经费 决算表), the “三公” heads side by side
    (`因公出国（境）费 | 公务用车购置及运行费 | 公务接待费`)."""
    if row.is_text_line or row.r > 4 or len(row.cells) < 2:
        return False
    for c in row.cells:
        if _THREE_DIGITS.search(c.text):
            return False            # (`功能分类科目编码 | 2130205 | 科目名称 | 森林资源培育`: a form's fields)
    keys = {bare_fold(c.text) for c in row.cells if c.text.strip()}
    if keys & {"行次", "栏次", "采购品目", "采购目录"}:
        return True
    if any(k.endswith("科目编码") for k in keys) and any(k.endswith("科目名称") for k in keys):
        return True
    if keys == {"收入", "支出"} or {"预算数", "决算数"} <= keys <= {"项目", "预算数", "决算数"}:
        return True
    return len(keys & _THREE_PUBLIC) >= 2


_EVIDENCE_KINDS = frozenset({"indicator", "score", "assessment", "safeguard"})


def _form_evidence(row: Row) -> bool:
    """A row only a form has, ending a disclosure table passed over: an indicator, score, assessment or safeguard
    table's head, a project's name or goal with its value (not a column head: `项目名称 | 采购品目`)."""
    h = detect_header(row)
    if h is not None and h.kind in _EVIDENCE_KINDS:
        return True
    if not row.is_text_line and len(row.cells) <= 4:
        # `部门（单位）名称 | 岳阳市林业局` opening a 部门整体 form (not the table's `部门：岳阳市林业局 | 单位：万元`)
        for a, b in zip(row.cells, row.cells[1:]):
            m = match_field(a.text)
            if m is not None and m[0] in ("department", "unit") and m[1] is None and is_value_for(b.text) \
                    and _ORG_NAME.match(fold(b.text).strip()):
                return True
    return any(col in ("name", "goal_annual", "goal_total", "goal_actual") and v and not _DIGITS.search(v[:1])
               and not match_field(v) and not cell_header_roles(v) for col, v in _row_fields(row))


# the title of a library of indicators (…指标库, …指标参考库, …共性指标, …指标体系框架, …参考指标): no form's
_LIBRARY_LINE = lazy(r"指标(?:参考)?库|共性指标|指标体系框架|指标框架|指标目录|指标汇编|参考指标")


def _library_title(text: str) -> bool:
    """A line titling a library of indicators, not a form nor a sentence."""
    t = bare_fold(text)
    return 4 <= len(t) <= 40 and bool(_LIBRARY_LINE.search(t)) and not L.FORM_TITLE.search(t) \
        and not t.endswith(("。", "；", ";", "：", ":")) and match_field(text) is None


_PAPER_NUMBER = lazy(r"^[\u4e00-\u9fffＸX]{1,12}\s*[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,5}\s*号$")


def _paper_head(rows: list[Row]) -> list[Row]:
    """The last lines of ROWS when they are a paper's head: a line of its number alone (`洞教发〔2024〕12号`), the
    lines of one body's name alone right over it (its letterhead, one line or a joint paper's few); taken off ROWS
    and returned (else [] and ROWS as they were)."""
    if not rows or not rows[-1].is_text_line or len(rows[-1].cells) != 1 \
            or not _PAPER_NUMBER.match((rows[-1].cells[0].text or "").strip()):
        return []
    k = len(rows) - 1
    while k > 0 and len(rows) - k <= 4 and rows[k - 1].is_text_line and len(rows[k - 1].cells) == 1 \
            and (words := (rows[k - 1].cells[0].text or "").replace("文件", " ").split()) \
            and all(org_kind(w) is not None for w in words):
        k -= 1
    if k == len(rows) - 1:
        return []
    got = rows[k:]
    del rows[k:]
    return got


# a covering letter's heading (`…关于报送2025年度项目支出绩效目标的报告`, `关于…的请示`): the letter's title, not a form's
# (jixiao.pipeline's form_title passes over it; split_forms ends the form above at it)
LETTER_TITLE = lazy(r"关于.{2,80}的(?:报告|请示|函|通知)$")
_LETTER_BODY = lazy(r"[。：:]$")
# a label's colon before the heading (`立项依据：关于下达…的通知`: a field's value naming the paper the form rests on)
# or a labelled note under it (`备注：本表由项目单位填报。`, a colon in its first words with text after): no letter's
# heading, no letter's addressee (`县财政局：`) or sentence (they ended a form split over two pages, review rv49)
# (not an addressee, `县财政局：现将…报送如下，请审核。` on one line: a body's name before the colon is the letter's text —
# it was taken as a note, the letter not found and two forms merged; md15 of code review rd2)
_LABELLED = lazy(r"^(?![^:：]*(?:局|委|厅|政府|办公室|单位|公司|中心|委员会)[:：])[^:：。，,；;]{1,10}[:：]\s*\S")


def _cover_letter_at(rows: list[Row], k: int) -> bool:
    """Whether rows[k] is a covering letter's heading on a line of its own (`关于报送2024年项目绩效目标的报告`) with the
    letter's text under it (its addressee `县财政局：` or a sentence, within the next three lines)."""
    row = rows[k]
    if not row.is_text_line or len(row.cells) != 1:
        return False
    t = re.sub(r"\s+", "", fold(row.cells[0].text))
    if len(t) > 60 or not LETTER_TITLE.search(t) or _LABELLED.match(t):
        return False
    return any(r.is_text_line and _LETTER_BODY.search(b := fold(r.cells[-1].text).strip()) and not _LABELLED.match(b)
               for r in rows[k + 1:k + 4])


def split_forms(rows: list[Row]) -> list[FormSegment]:
    """Given a document's rows, return one segment per form.

    A form starts at its title lines; a new 项目名称 with another value, or a
    second value for a field a form has once (项目设立的必要性 …), starts the
    next form even without a title (a fragment whose header was lost).
    Sub-tables that repeat the form's 项目名称 stay in their form.
    A budget disclosure's own table (under a title `disclosure_title` names, or a head `disclosure_head` knows)
    ends the form above it and is a segment of its own (`disclosure`), up to the next form's title or a row only a
    form has (`_form_evidence`).
    """
    segs: list[FormSegment] = []
    cur: FormSegment | None = None
    skip: FormSegment | None = None  # the disclosure table being passed over
    seen: dict[str, str] = {}
    pending: list[Row] = []          # titles and preamble lines not yet claimed
    # a title and the same 项目名称 again: a continued page, or the same project's form once more (a copy of
    # the sheet, the next year's form of one project): (index in cur.rows where it began, fields seen before)
    again: tuple[int, dict[str, str]] | None = None
    heads: set[str] = set()          # kinds of the table headers of the current form
    ind_head: tuple[str, ...] | None = None   # the current form's indicator header (its cells' texts)
    l1_col: int | None = None        # its level-1 column
    l3_col: int | None = None        # its names' column
    last_l1: str | None = None       # the category of the last level 1 read under it
    names: set[str] = set()          # the indicator names read under it
    table: Header | None = None      # the last table header read in the current form
    lent = -2                        # the last sign-off row given back to the form above from under the next title

    def start(header_missing: bool) -> None:
        nonlocal cur, seen, again, ind_head, l1_col, l3_col, last_l1, table
        # the next form's own preamble the form above took (`（二）档案安全保管运维经费` / `单位：万元` over the next
        # 项目名称, a form without a title of its own): the next form's
        moved = _next_preamble(cur.rows) if cur is not None and not pending else []
        if cur is not None and pending and not moved and any(is_title(r) for r in pending):
            # the next form's system lines the form above took (a 预算管理一体化系统's batch print: `打印时间：… |
            # 操作员：…`, `单位编码：… | 单位名称：…`, `项目代码：…` over each form's title): the next form's
            moved = _system_tail(cur.rows)
        if cur is not None and pending and any(is_title(r) for r in pending) \
                and not any(_UNIT_OPENING.search(fold(c.text).strip()) for r in pending for c in r.cells):
            # the next form's unit line printed above the form's sign-off (`金额单位：万元` over `填报人：… | 联系电话：…`,
            # then the next title), the form above declaring its own unit before: the next form's, under its title
            got = _unit_above_signoff(cur.rows)
            if got is not None:
                at = max(j for j, r in enumerate(pending) if is_title(r) or is_year_line(r)) + 1
                pending[at:at] = [got]
        if cur is not None:
            cur.followed = True
        cur = FormSegment(header_missing=header_missing)
        segs.append(cur)
        seen = {}
        again = None
        heads.clear()
        ind_head, l1_col, l3_col, last_l1 = None, None, None, None
        table = None
        names.clear()
        cur.rows.extend(moved)
        for r in moved:
            remember(_row_fields(r))

    def remember(fields: list[tuple[str, str | None]]) -> None:
        for c, v in fields:                          # the first value of each field the form gives
            if v and c not in seen:
                seen[c] = v

    def claim() -> None:
        nonlocal pending
        assert cur is not None
        cur.rows.extend(pending)
        cur.titles.extend([r for r in pending if is_title(r)])
        pending = []

    prev: Row | None = None
    for k, row in enumerate(rows):
        before, prev = prev, row
        disclosed = _disclosure_title_of(row)
        if disclosed is not None and skip is None and cur is not None and not heads & _EVIDENCE_KINDS \
                and not any(disclosure_head(r) for r in rows[k + 1:k + 8] if not r.is_text_line):
            disclosed = None    # under a form whose table has not come yet, a title the table below does not bear
            # out (a disclosure table's own head): the form's own line
        if disclosed is not None or (skip is None and disclosure_head(row)):
            # a table of the disclosure (部门收支总表 …): the form above ends; the lines waiting for a form (the
            # contents' `附件：2023年项目支出绩效目标表`, the part's heading) are no form's either
            if skip is None or disclosed is not None:
                skip = FormSegment(disclosure=disclosed or " | ".join(c.text.strip() for c in row.cells),
                                   first=row.cells[0])
                segs.append(skip)
                skip.rows.extend(pending)
                pending = []
                cur = None
            skip.rows.append(row)
            continue
        if skip is not None:
            if not (row._title if row._title is not None else is_title(row)) \
                    and (disclosure_head(row) or not _form_evidence(row)):
                skip.rows.append(row)       # its rows, notes (`注：本表为空表`) and the report's text after it
                continue
            skip = None                     # the next form's title, or a form's name, goal or indicator table
        if cur is not None and "indicator" in heads and not pending and len(row.cells) == 1 \
                and _library_title(row.cells[0].text):
            # `文化旅游类项目绩效指标参考库` after a form's indicator table (a workbook's next sheet, a page after the
            # form): a library of indicators to choose from, its rows no indicators of the form above
            start(header_missing=False)
            cur.rows.append(row)
            cur.titles.append(row)
            continue
        if cur is not None and heads and not pending and _cover_letter_at(rows, k):
            # a covering letter with its text after a form's table (`关于报送2024年项目绩效目标的报告` / `县财政局：` /
            # …): the next form's preamble, the form above ended (its heading was an indicator of the form above,
            # and the next form of the same title and name a continued page of it — hunt ti13)
            pending.append(row)
            continue
        # (the memos of is_title and is_year_line read first: every row of the document is asked)
        if (row._title if row._title is not None else is_title(row)) \
                or (row._year if row._year is not None else is_year_line(row)):
            if cur is not None and not pending and is_title(row):
                # a second paper's letterhead over its number (`洞口县教育局` / `洞教发〔2024〕12号`) under the form
                # above, over this title: the next form's head (it was the form above's, the number an indicator and
                # the department lost, review rv31); a number no sign-off has, the body lines over it with it
                pending[:0] = _paper_head(cur.rows)
            pending.append(row)
            continue
        fields = _row_fields(row)
        if not fields and row.is_text_line and (pending or cur is None):
            pending.append(row)                      # 附件1-2, 金额单位：元 …
            continue
        if not fields and len(row.cells) == 1 and pending and is_title(pending[-1]) and not detect_header(row):
            # a sheet's merged row under the next form's title, its one text centred in a later cell (`| （校园食堂
            # 改造工程） |`): the next form's subtitle, as a line of its own would be (it claimed the title for the
            # form above: the next form had no title and the year above — hunt ly13)
            pending.append(row)
            continue
        if cur is None and row.is_text_line and any(_UNIT_OPENING.search(fold(c.text).strip()) for c in row.cells):
            # `填报单位（盖章）：…    金额单位：万元` above the first form's title (a Word page header printed to PDF):
            # the form's preamble, its unit the form's (it was a segment of its own, the money read in 元)
            pending.append(row)
            continue
        if not fields and pending and any(is_title(r) for r in pending) and len(row.cells) <= 3 \
                and any(_is_unit_text(c.text) for c in row.cells) and not detect_header(row):
            pending.append(row)                      # `监控时段：2024年1月1日—7月31日 | 单位：万元` under the next
            continue                                 # form's title (a sheet's cells): its preamble too
        name = None
        for c, v in fields:
            if c == "name" and v:
                name = v
                break
        titled = bool(pending) and any(is_title(r) for r in pending)
        if cur is None:
            start(header_missing=not titled and name is None)
        elif titled and heads and _cover_letter_at(pending, 0):
            start(header_missing=False)              # the next form under its covering letter (see above)
        elif name is not None and seen.get("name") is not None and not same_text(name, seen["name"]) \
                and not (purchase_row(row) and "_purchase_name" not in seen) \
                and not (not heads and _fund_under_name(row, cur.rows, seen)) \
                and not (seen.get("_purchase_name") == seen.get("name")
                         and all(r.is_text_line or is_title(r) or purchase_row(r) for r in cur.rows)
                         and (not purchase_row(row) or _name_after_purchases(rows, k))):
            # (`采购项目名称 | 办公电脑 | 采购预算（万元） | 30` under the form's 项目名称: one of its purchases, a line;
            # above it, nothing else of the form read yet, the same: the 项目名称 below names the form)
            start(header_missing=False)
        elif titled and heads and _signoff_row(row) and (lent == k - 1 or not seen.keys() & SIGNOFF_ONLY_FIELDS) \
                and _signoff_below(rows, k):
            # `填表人：王明 | 联系电话：…` under the next form's title, that form closing on a sign-off of its own (a
            # dump's order: the page's foot printed after the next page's head): the sign-off of the form above,
            # which has none (it was the next form's, whose own was then lost to it)
            cur.rows.append(row)
            remember(fields)
            lent = k                                 # (its next row may go on with the sign-off)
            continue
        elif titled and seen and fields and not (name and same_text(name, seen.get("name", ""))):
            if _system_preamble(segs, cur, heads, seen):
                # the document's first lines of a system's fields (`打印时间：… | 操作员：…`, `单位编码：301012 |
                # 单位名称：…`, `项目代码：…` over the title, as a 预算管理一体化系统 prints them): the form's own
                # preamble, not a fragment of a form whose title and name were lost (a project of its own)
                cur.header_missing = False
            else:
                start(header_missing=False)          # a new title, then 申报单位名称 / 项目名称
        elif titled and heads and cur.header_missing and not cur.titles and not seen.keys() & _NAME_OR_MONEY \
                and (h := detect_header(row)) is not None and h.kind in heads:
            start(header_missing=False)              # a fragment's table (no name, no money of its own), then a new
            # form's title over a table of the same kind (a report's pages: the tail of a project's 评分表, then the
            # department's 绩效评价得分表)
        elif titled and name is not None and _titles_year(pending) is not None \
                and (_titles_year(cur.titles) if cur.titles else heading_year(cur.rows)) not in (None, _titles_year(pending)):
            start(header_missing=False)              # the same project's form of another year (`2023年度…实施方案`
            # told in prose, then `2024年度项目支出绩效目标表`): its own form, not a continued page
        elif titled and name is not None and not any(_CONTINUED_TITLE.search(r.cells[0].text) for r in pending):
            again = (len(cur.rows), dict(seen))
        elif again is not None and any(c in _ONCE_A_FORM and v and c in again[1] and not same_text(v, again[1][c])
                                       for c, v in fields):
            # the form's money (项目总预算, 年度资金总额 …) given again, with another amount, after the repeated
            # title and name: the whole form again (the next year's, another unit's), not a continued page (which
            # goes on where the form was cut, or repeats the top rows with their amounts as print titles do)
            k = again[0]
            moved, cur.rows = cur.rows[k:], cur.rows[:k]
            cur.titles = [r for r in cur.titles if r not in moved]
            start(header_missing=False)
            cur.rows.extend(moved)
            cur.titles.extend(r for r in moved if is_title(r))
            for r in moved:
                remember(_row_fields(r))
        elif not titled and fields and len(row.cells) <= 4 and any(
                c in L.SINGULAR_FIELDS and c != "name" and v and c in seen and not _nearly_same(v, seen[c])
                and not _other_total(c, row, cur.rows, seen[c]) and not _prose_label_again(c, before)
                for c, v in fields) and not _fields_as_levels(row, table):
            tail = _money_tail(cur.rows) if "indicator" in heads else []
            start(header_missing=True)               # a fragment: its title and name were lost
            cur.rows.extend(tail)
        elif not titled and last_l1 == "satisfaction" and before is not None \
                and (before.grid is not row.grid or row.page_break) and not before.is_text_line and not any(_HORIZON_WORD.search(c.text) for c in before.cells) \
                and not row.is_text_line and tuple(c.text.strip() for c in row.cells) == ind_head \
                and l1_col is not None and k + 1 < len(rows) and _level1_cat(rows[k + 1], l1_col) == "output" \
                and not any(c.text.strip() for c in rows[k + 1].cells if c.col < l1_col) \
                and not _names_again(rows, k + 1, row.grid, l3_col, names):
            # the indicator header repeated on a new page, then 产出指标 again after the table had come to its
            # 满意度指标: the indicator table of another form whose first page (title, name, money) was lost (its
            # rows were read as the form's above); not a summary table's next project, named on its row left of the
            # levels, nor the same project's second table (its long-term targets) naming its indicators again
            start(header_missing=True)
        if pending:                                  # (nothing waiting, most rows: nothing to claim)
            claim()
        cur.rows.append(row)
        if "name" not in seen and name is not None and purchase_row(row):
            seen["_purchase_name"] = name            # (the form named by a purchase: a second one is another form)
        remember(fields)
        if not row.is_text_line and (h := row._header if row._header.__class__ is not int else detect_header(row)) \
                is not None:            # (detect_header's own memo read first, as `profile` does: asked of every row)
            heads.add(h.kind)
            table = h
            if h.kind == "indicator" and "level1" in h.cols and not any(_HORIZON_WORD.search(c.text) for c in row.cells):
                if ind_head is None:
                    ind_head, l1_col = tuple(c.text.strip() for c in row.cells), h.cols["level1"]
                    l3_col = h.cols.get("level3")
            elif h.kind == "indicator":
                ind_head, l1_col, last_l1 = None, None, None     # (long-term / annual tables: no such restart)
        elif l1_col is not None and not row.is_text_line:
            last_l1 = _level1_cat(row, l1_col) or last_l1
            name = next((c.text.strip() for c in row.cells if c.col == l3_col and c.text.strip()), None)
            if name:
                names.add(name)
    if pending and cur is not None and heads and _cover_letter_at(pending, 0):
        # a covering letter with its text after the last form's table, no form under it (the letter filed after the
        # forms it sends): no rows of the form above (its heading, addressee and sentences were indicators of it,
        # `target_missing` each — review rv49)
        segs.append(FormSegment(rows=pending, disclosure=re.sub(r"\s+", "", pending[0].cells[0].text),
                                first=pending[0].cells[0], letter=True))
        pending = []
    if pending:
        if cur is None:
            start(header_missing=False)
        claim()
    return segs


_TITLE_YEAR = lazy(r"(?<!\d)((?:19|20)\d{2})\s*年")


def _titles_year(rows: list[Row], headings: bool = False) -> int | None:
    """The one year the title and year lines among rows state (`2024年度项目支出绩效目标表`, `（2023年）`; every row
    with `headings`), or None (none, or several: `2023-2025年`)."""
    years = {int(m.group(1)) for r in rows if is_title(r) or is_year_line(r) or headings for c in r.cells
             for m in _TITLE_YEAR.finditer(fold(c.text))}
    return years.pop() if len(years) == 1 else None


def heading_year(rows: list[Row]) -> int | None:
    """The one year the heading lines opening rows state (`_heading_lines`), or None."""
    return _titles_year(_heading_lines(rows), headings=True)


def _heading_lines(rows: list[Row]) -> list[Row]:
    """The lines opening a form's rows before its first field that read as a heading (`2023年度农村公路养护项目实施方案`:
    short, no sentence): a form with no title of its own (a plan's chapter) states its year there."""
    out = []
    for r in rows:
        if not r.is_text_line or _row_fields(r):
            break
        t = fold(r.cells[0].text).strip()
        if len(t) <= 40 and not _CLAUSE_BREAK.search(t) and not match_field(t):
            out.append(r)
    return out


_SIGNOFF_LABEL = lazy(r"^(?:审核人|审批人|制表人|复核人|经办人|填表人|填报人|(?:单位|部门|财务|分管)?(?:负责人|领导)|"
                            rf"(?:单位|部门)?{SIGN_WORDS}|日期)\s*[:：(]")   # (`签名：` too: SIGN_WORDS, review rv126)
# the fields only a form's sign-off lines fill (填表人, 联系电话, 填报日期); 申报单位 and 项目负责人 stand in a form's head
# too (parsers/forms' SIGNOFF_COLUMNS adds them: the columns a row already read as sign-off pairs may fill)
SIGNOFF_ONLY_FIELDS = frozenset({"contact", "phone", "fill_date"})
# a pair's value after its colon (`填表日期：2026年1月15日`; not `填表日期：` left blank)
_PAIR_VALUE = lazy(r"[:：]\s*\S")


def signoff_cell(text: str, valued: bool = False) -> bool:
    """A cell of a form's sign-off (落款) lines: a 审核人 / 单位负责人 / 盖章 / 日期 … label with its value or left blank,
    or a 填表人 / 联系电话 / 填报日期 pair with its value (see SIGNOFF_ONLY_FIELDS). `valued`: a value after its colon
    too (`填表日期：2026年1月15日`, not `审核人：`): one sign-off pair with its value, a line of its own."""
    if valued and not _PAIR_VALUE.search(text):
        return False        # (the cheap test first)
    if _SIGNOFF_LABEL.match(fold(text).strip()):
        return True
    m = match_field(text)
    return m is not None and m[0] in SIGNOFF_ONLY_FIELDS and bool(m[1])


def _signoff_row(row: Row) -> bool:
    """A form's sign-off row: every cell a 填报人 / 联系电话 / 填报日期 / 审核人 / 单位负责人 … label with its value."""
    seen = False
    for c in row.cells:                 # (a plain loop: asked of most rows of a document, the first cell mostly no pair)
        if c.text.strip():
            if not signoff_cell(c.text):
                return False
            seen = True
    return seen


def _signoff_below(rows: list[Row], k: int) -> bool:
    """Whether a sign-off row comes after rows[k] before the next title line (the form under rows[k] signs off
    on its own)."""
    for r in rows[k + 1:]:
        if is_title(r):
            return False
        if _signoff_row(r):
            return True
    return False


def _signoff_tail(cells: list[Cell]) -> bool:
    """Whether a grid row's last cell is a sign-off pair (`填表日期：2026年1月15日`, `填表人：李四`: see _signoff_row)
    right of a table row's cells (three or more, none a field's label nor a sign-off's): the form's sign-off printed
    beside its table's last row, none of the row's."""
    if len(cells) < 4 or not signoff_cell(cells[-1].text, valued=True):
        return False        # (valued: the cheap pair test first; asked once a grid row, most rows' last cell no pair)
    return not any(match_field(c.text) or signoff_cell(c.text) for c in cells[:-1])


def _unit_above_signoff(rows: list[Row]) -> Row | None:
    """A line declaring a money unit between a form's last table row and its sign-off rows at the end of its rows,
    when the form declared a unit of its own before (`单位：元` above the form, `金额单位：万元` after its table: the
    next form's, printed above this one's footer): taken off the rows and returned, else None."""
    k = len(rows)
    while k > 0 and _signoff_row(rows[k - 1]):
        k -= 1
    if k == len(rows) or k == 0:
        return None
    line = rows[k - 1]
    if not (line.is_text_line and len(line.cells) == 1 and _UNIT_OPENING.search(fold(line.cells[0].text).strip())):
        return None
    if not any(r.is_text_line and _UNIT_OPENING.search(fold(r.cells[0].text).strip())
               or any(_is_unit_text(c.text) for c in r.cells) for r in rows[:k - 1] if r.cells):
        return None                  # (the form's only unit line: its own, printed under its table)
    del rows[k - 1]
    return line


def _next_preamble(rows: list[Row]) -> list[Row]:
    """The lines at the end of a form's rows, after its last table row, that open the next form: from a line
    declaring a money unit (`单位：万元`, `单位名称：…    金额单位：万元`; not a footnote `注：金额单位为万元`) on, with the
    numbered caption right above it (`（二）档案安全保管运维经费`), taken off them (returned in order). A 部门预算公开
    prints each project's form under its own caption and unit line; the unit is the form's below, never the
    one's above (the second form's `26.50` was read in 元)."""
    k = len(rows)
    # (a sheet's line: a row of one cell, `| | | | 金额单位：万元` over the next 项目名称 of forms stacked down a sheet)
    while k > 0 and rows[k - 1].cells and (rows[k - 1].is_text_line or len(rows[k - 1].cells) == 1):
        k -= 1
    at = next((j for j in range(k, len(rows)) if _UNIT_OPENING.search(fold(rows[j].cells[0].text).strip())), None)
    if at is None or at == 0:
        return []
    if at > k and _CAPTION.match(fold(rows[at - 1].cells[0].text).strip()):
        at -= 1
    tail = rows[at:]
    del rows[at:]
    return tail


# a line opening with the money unit, or ending with it after the unit's name (`单位名称：…  金额单位：万元`)
_UNIT_OPENING = lazy(rf"^[(]?\s*(?:金额|资金|货币)?单位\s*[:：]\s*(?:{_UNITS})"
                           rf"|(?:金额|资金|货币)单位\s*[:：]\s*(?:{_UNITS})\s*[)]?$|^金额\s*[:：]\s*(?:{_UNITS})\s*$")
# a numbered caption: `（二）档案安全保管运维经费`, `二、…`, `2.…`
_CAPTION = lazy(r"^(?:[(]\s*[一二三四五六七八九十\d]{1,3}\s*[)]|[一二三四五六七八九十]{1,3}\s*[、.]|\d{1,3}\s*[、.](?!\d))"
                      r"[^:：]{2,40}$")


def _fields_as_levels(row: Row, head: Header | None) -> bool:
    """Is a row whose cells read as a field a row of the score or indicator table above it, its label a level's name:
    in the header's grid, every label right of the header's first column (`| 绩效目标 | 绩效目标合理性 | 3 | 3` under
    `一级指标 | 二级指标 | 三级指标 | 分值 | 得分`: the 2020 framework's level 2 绩效目标 under 投入 / 决策, not a second
    年度绩效目标 starting a form whose title was lost)?"""
    if head is None or head.kind not in ("score", "indicator") or row.grid is None or row.grid is not head.row.grid:
        return False
    first = min(head.cols.values(), default=0)
    labels = [c for c in row.cells if match_field(c.text)]
    return bool(labels) and all(c.col > first for c in labels)


def _money_tail(rows: list[Row]) -> list[Row]:
    """The rows of money parts (`| 其中：财政拨款 | 45`, `| 其他资金 | 0`) at the end of a form's rows that went on
    after its indicator table, taken off them (returned in order): a fragment's, the rest of its page lost above
    them (they were read as indicators of the form above)."""
    k = len(rows)
    while k > 0 and not rows[k - 1].is_text_line and not detect_header(rows[k - 1]):
        fields = _row_fields(rows[k - 1])
        if not fields or any(c not in ("budget_fiscal", "budget_other") for c, _ in fields):
            break                                    # (a form's own totals after its table stay: 年度资金总额 | 288 …)
        k -= 1
    if k == len(rows) or k == 0 or not any(not r.is_text_line and detect_header(r) for r in rows[:k]):
        return []
    tail = rows[k:]
    del rows[k:]
    return tail


def _names_again(rows: list[Row], k: int, grid, col: int | None, names: set[str]) -> bool:
    """Do the indicator rows from `k` on (in `grid`) name an indicator of `names` again, or one containing or
    contained in such a name (`累计新建改造污水管网` / `新建改造污水管网`)?"""
    if col is None or not names:
        return False
    for r in rows[k:k + 30]:
        if r.grid is not grid:
            break
        t = next((c.text.strip() for c in r.cells if c.col == col and c.text.strip()), None)
        if t and any(t == n or (min(len(t), len(n)) >= 4 and (t in n or n in t)) for n in names):
            return True
    return False


def _level1_cat(row: Row, col: int) -> str | None:
    """The category (output / outcome / satisfaction …) of the level-1 label in column `col` of an indicator row."""
    cell = next((c for c in row.cells if c.col == col), None)
    if cell is None or not cell.text.strip():
        return None
    t = fold(cell.text)
    return standardize_level1(t) if _LEVEL1_WORD.search(t) else None


_HORIZON_WORD = lazy(r"长期|中期|实施期|年度(?:绩效)?指标")   # (a header of one horizon's table)
_LEVEL1_WORD = lazy(r"^\s*(?:产出|效益|满意度|成本|效果|影响)\s*(?:指标|目标)?\s*(?:[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）])?\s*$")


# a budget system's codes over its form (项目代码, 单位编码): the preamble and tail of its `label：value` lines
_SYSTEM_CODES = frozenset({"project_code", "department_code"})


def _system_preamble(segs: list[FormSegment], cur: FormSegment, heads: set[str], seen: dict[str, str]) -> bool:
    """The document's first segment is lines or cells of `label：value` pairs only, a system's code among them
    (`项目代码`, `单位编码`), no title, no table and no name or money of a form: the header lines a budget system
    prints over its form (codes, 单位名称, 打印时间), the form's under the title below (not a notice's paragraphs
    of no code over its blank form: a not_a_form of their own, as before)."""
    return len(segs) == 1 and segs[0] is cur and cur.header_missing and not cur.titles and not heads \
        and not seen.keys() & _NAME_OR_MONEY and seen.keys() & _SYSTEM_CODES \
        and all(r.is_text_line or all(_PAIR_VALUE.search(c.text) for c in r.cells if c.text.strip()) for r in cur.rows)


def _system_tail(rows: list[Row]) -> list[Row]:
    """The lines at the end of a form's rows, after its last table row and sign-off, of a system's `label：value`
    pairs only with a code among them (`项目代码：…`, `单位编码：… | 单位名称：…`, `打印时间：… | 操作员：…`), taken off
    them (returned in order): the next form's preamble, as _system_preamble reads the first form's (review rv134:
    the second form of a batch print lost its 项目代码 and 单位编码 to the first, which had its own)."""
    k = len(rows)
    while k > 0 and _pairs_row(rows[k - 1]):
        k -= 1
    if k == 0 or k == len(rows) \
            or not any(c in _SYSTEM_CODES and v for r in rows[k:] for c, v in _row_fields(r)):
        return []
    tail = rows[k:]
    del rows[k:]
    return tail


def _pairs_row(row: Row) -> bool:
    """A row whose every written cell is a `label：value` pair of a system's, none a sign-off's (`填报人：张三`)."""
    texts = [c.text for c in row.cells if c.text.strip()]
    return bool(texts) and all(_PAIR_VALUE.search(t) and not signoff_cell(t) for t in texts)


# the money a form gives once: a continued page does not repeat it (it repeats the title, the name, at most the
# department and unit above the rest of the table), nor does a sub-table of the form (samples/000's 绩效目标 /
# 项目构成分解 / 制度保障 under their own titles, each naming the project again)
_ONCE_A_FORM = frozenset({"budget_total", "budget_year", "budget_initial", "spent", "prior_budget", "prior_spent"})
_NAME_OR_MONEY = _ONCE_A_FORM | {"name", "budget_fiscal", "budget_other"}


def same_text(a: str, b: str) -> bool:
    """The same value, written again (a continued page's `项目名称 | …（续表）` names the same project; its title
    `…绩效目标表（续表1）` the form's)."""
    return _CONTINUED.sub("", bare_fold(a)) == _CONTINUED.sub("", bare_fold(b))


def _total_is_investment(row: Row) -> bool | None:
    """Whether a row's budget_total label names an investment (项目总投资, 概算总投资, 投资总额) or the form's money
    (资金总额, 项目总预算); None when the row has no such label."""
    for c in row.cells:
        m = match_field(c.text)
        if m and m[0] == "budget_total":
            return bool(L.INVESTMENT_LABEL.search(re.split(r"[:：]", c.text, maxsplit=1)[0]))
    return None


def _other_total(col: str, row: Row, rows: list[Row], first: str) -> bool:
    """`项目总投资 | 1.2亿元` under the form's `资金总额 | 5,000` (or above it): the whole project's investment
    beside the money the form budgets, two totals of one form, not the same field given again by a fragment."""
    if col != "budget_total" or (kind := _total_is_investment(row)) is None:
        return False
    for r in rows:
        if any(c == col and v == first for c, v in _row_fields(r)):
            was = _total_is_investment(r)
            return was is not None and was != kind
    return False


def _nearly_same(a: str, b: str) -> bool:
    """The same value written again with a slip (`2022年市急救中心正式运行` / `2022年急救中心正式运行` in a
    report's summary line under the form): the same, or 90% alike in their characters."""
    if same_text(a, b):
        return True
    x, y = bare_fold(a), bare_fold(b)
    if min(len(x), len(y)) < 8:
        return False
    m = difflib.SequenceMatcher(None, x, y, autojunk=False)
    # the cheap upper bounds first (lengths, then shared characters): most pairs are far apart
    return m.real_quick_ratio() >= 0.9 and m.quick_ratio() >= 0.9 and m.ratio() >= 0.9


# `（续）`, `续表`, `（续表1）`, `（续上表）` ending a folded title or value: the page before's goes on (review rv55: a table's
# number after the mark, `…目标表（续表1）` atop page 2, ended the table)
_CONTINUED = lazy(r"[(]?续(?:表|上表)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})?[)]?$")
# a title's mark of its form's continuation (`（续）`, `（续表1）`, `（续上表）`, `（续页）`, `…表续表`, `…表 续`): the 续 a
# mark of its own, opened by a bracket, a space, a dash or the title's 表 and closing the bracket or the title —
# not a word of the title, `（续建）`, `（延续）`, `（续建项目）` (a project built or carried on over years: a form
# of its own, taken into the form above when the rows were cut again, review rv166)
# (`（续上页）`, `（续前页）`, `附表2续`: marks of it too — mend md73 of review rd73)
_CONTINUED_TITLE = lazy(r"(?:^|[\s(（表\d\-—－])续(?:表|上表|页|上页|前页)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[)）]|$)")


def continued_title(row: Row) -> bool:
    """Whether ROW is a form's title marked as its continuation (`项目支出绩效目标表（续）`, `…目标表（续表1）`, `…续表`):
    a page going on with the form before it, not a form of its own."""
    t = row.cells[0].text if row.cells else ""
    return "续" in t and is_title(row) and _CONTINUED_TITLE.search(t) is not None


# the label of one purchase of a 政府采购 form (`采购项目名称`, `采购品目`): its name; with its 采购预算 on the same row
_PURCHASE_NAME = lazy(r"^\s*采购(?:项目|品目|标的|内容)(?:名称)?\s*[:：]?\s*$")


def _name_after_purchases(rows: list[Row], k: int) -> bool:
    """Whether the purchase row rows[k] is followed, past other purchase rows only, by a row naming a project by its
    项目名称 (the form those purchases are lines of)."""
    for r in rows[k + 1:k + 40]:
        if r.is_text_line or purchase_row(r):
            continue
        return any(c == "name" and v for c, v in _row_fields(r))
    return False


def purchase_row(row: Row) -> bool:
    """`采购项目名称 | 办公电脑 | 采购预算（万元） | 30`: a purchase named with its budget on one row (a 政府采购 form lists
    its purchases so, under the project's 项目名称): a line of the form, no new project. The purchase's name comes
    first: a row opening with the money, `采购预算（万元） | 1,450.00 | 采购品目 | 台式计算机、…`, is a 政府采购 form's own
    money and what it buys (it was a line, the form of no budget — hunt nw7); not when the purchase's label names it
    as a project's name is named, `采购预算（万元） | 30 | 采购项目名称 | 台式计算机`: a purchase written money first (each
    such row was read as a project of its own — review rv83)."""
    money_first = False
    for c in row.cells:                     # (plain loops: asked of every row)
        if _PURCHASE_NAME.match(c.text):
            break
        money_first = money_first or match_field(c.text) == ("_weak_budget_total", None)
    else:
        return False
    if money_first and (match_field(c.text) or (None,))[0] != "name":
        return False
    for c, v in _row_fields(row):
        if c == "_weak_budget_total" and v:
            return True
    return False


# a fund's name label (`资金名称`): the name of a fund's form, or the fund of a project's form under its 项目名称
_FUND_NAME_LABELS = frozenset({"资金名称", "专项资金名称"})


# what a form's name row may give with its name (`项目名称 | … | 项目编码 | …`)
_NAME_ROW_FIELDS = frozenset({"name", "project_code"})
# a form's head of who files it, over its period, money, goals and indicators
_HEAD_FIELDS = _NAME_ROW_FIELDS | {"department", "department_code", "unit", "category", "fund_type", "leader",
                                   "contact", "phone"}


def _fund_label_row(row: Row) -> bool:
    """Does ROW open with a fund's name label (`资金名称 | 江西省农村饮水安全工程维修养护资金`, letter-spaced
    `资 金 名 称`, Traditional `資金名稱`: 金 is the gate, label_key folds the rest — review rv135)?"""
    return bool(row.cells) and "金" in row.cells[0].text and label_key(row.cells[0].text) in _FUND_NAME_LABELS


def _fund_under_name(row: Row, before: list[Row], seen: dict[str, str]) -> bool:
    """A `资金名称` row (ROW) in the head of a form named otherwise (its 项目名称; no fund's row among BEFORE), nothing
    of the form read yet but its head's fields (SEEN: its code, department, unit, people), or ROW the 项目名称 right
    under such a row, nothing read yet but the name (and its 项目编码): the project's fund, kept in other_fields by
    forms — no second form (it parted the form in two, the first of no department nor indicators: hunt ti20's
    leftover, hunt ti21; over the name, or under the name's code, department or unit, review rv135). Stacked fund
    forms named by 资金名称 alone still part (the fund's row above names the form)."""
    if _fund_label_row(row):
        return seen.keys() <= _HEAD_FIELDS and not any(_fund_label_row(r) for r in before if not r.is_text_line)
    if not seen.keys() <= _NAME_ROW_FIELDS:
        return False
    return any(_fund_label_row(r) for r in before if not r.is_text_line)


def _row_fields(row: Row) -> list[tuple[str, str | None]]:
    """Given a row, return its (column, value) pairs found by labels (value None when absent); computed once
    per row (a row's cells do not change; callers only read the list)."""
    got = row._fields
    if got is None:
        got = row._fields = _row_fields_of(row)
    return got


def _row_fields_of(row: Row) -> list[tuple[str, str | None]]:
    h = row._header             # (detect_header's own memo read first, as `profile` does: the header is mostly known)
    if h.__class__ is int:
        h = detect_header(row)
    if h or sub_project_head(row) is not None:
        return []                     # (a sub-project's pairs: forms keeps them in other_fields, no field of a form)
    out: list[tuple[str, str | None]] = []
    cells = row.cells
    if len(cells) == 1 and (caption := project_caption(cells[0].text)) is not None:
        return [("name", caption)]    # `项目二：新化县农村公路养护项目` alone on its row: the next form's name
    for i, c in enumerate(cells):
        m = match_field(c.text)
        if not m:
            continue
        col, inline = m
        val = inline
        if val is None and i + 1 < len(cells) and is_value_for(cells[i + 1].text):
            val = cells[i + 1].text
        if val is not None and (is_compared_target(val) or col in L.MONEY_FIELDS and _BOUND_WORD.search(val)):
            continue                  # 项目总投资 | ≤1.2亿元 (| 100万元以内): an indicator and its target, not the field
        if val is not None and col in L.MONEY_FIELDS and not _DIGITS.search(val):
            val = None                # 资金规模 | 合计 | 中央资金 | …: the heads of the figures below, no amount
        if val is not None and inline is None and label_key(val) in _TASK_HEAD_VALUES:
            # `部门职责 | 工作任务 | 主要内容 | 预算金额（万元）` under the form's 部门职责 text: the head of a table of
            # duties and tasks, no second 部门职责 (it started a form of its own, header_missing, hunt ly3)
            val = None
        if col == "name" and val is not None and _CODE_ASKED.search(c.text) and not _HAN.search(val):
            # `项目名称编码 | 34152224R000000456`: the code the row asks alone, no project's name (it began a second
            # project named by the code; forms._value reads it so: review rd63)
            col = "project_code"
        out.append((col, clean(val) if val is not None else None))
    return out


def sub_project_head(row: Row) -> Cell | None:
    """The 子项目 cell heading ROW, whose pairs are a sub-project's and none of the form's, else None: the row's first
    cell with a field's label after it (`子项目 | 项目名称 | …`, `子项目一 | …`), or a cell merged down over the row
    from one above that opens its own row so (`| 实施单位 | …` under it: review rd65), reached leftwards past the
    labels merged down too (`项目名称` merged over two names by an exporter) and, slots left of the row empty (a
    dump's merged cell), on the nearest row above holding a cell there (review rv125). A 子项目 after a label on its
    row is that label's value (`项目级次 | 子项目 | 项目名称 | …`: the form's own name, review rd65). Computed once a
    row (the reader, _row_fields and the table's end ask it of the same row: a row's cells and its grid do not change;
    the one place that rewrites a row's cell, tables' cut 四级 name, forgets it)."""
    got = row._sub
    if got.__class__ is int:
        got = row._sub = _sub_project_head(row)
    return got  # type: ignore[return-value]


def _sub_project_head(row: Row) -> Cell | None:
    cells = row.cells
    if not cells:
        return None
    if "子项目" in cells[0].text and _opens_sub_project(cells, cells[0]):
        return cells[0]
    g = row.grid
    if g is None or not _holds_sub_project(g) or (col := cells[0].col) <= (left := grid_left(g)):
        return None
    r = row.r
    while col > left and r >= 0:
        c = next((x for k in range(col - 1, left - 1, -1) if (x := g.at(r, k)) is not None and x.text.strip()), None)
        if c is None:
            r -= 1                    # (left empty on this row: a dump's merged cell, written on a row above)
            continue
        if "子项目" in c.text:
            return c if _opens_sub_project([x for x in g.row_cells(c.row) if x.text.strip()], c) else None
        if c.row >= r:
            return None               # (a cell of its own row above, no 子项目: the row heads nothing)
        col = c.col                   # (a label merged down over the row: go on left of it)
    return None


def _holds_sub_project(g: Grid) -> bool:
    """Does any cell of grid G name a 子项目 (else no row of it has a 子项目 cell to its left); computed once a grid."""
    held = g.__dict__.get("_sub")
    if held is None:
        held = g.__dict__["_sub"] = any("子项目" in c.text for c in g.cells)
    return held


def _opens_sub_project(cells: list[Cell], c: Cell) -> bool:
    """Is C a 子项目 cell opening its row CELLS (the row's non-empty cells) with a field's label after it?"""
    return "子项目" in c.text and cells[0] is c and len(cells) > 1 and SUB_PROJECT.match(label_key(c.text)) is not None \
        and match_field(cells[1].text) is not None


def is_compared_target(text: str) -> bool:
    """An indicator target with a comparison (`≤1.2亿元`, `》=90%`, `不低于95%`): no field's value."""
    return bool(_COMPARED.match(text))


_BOUND_WORD = lazy(r"\d\s*(?:万元|亿元|元)?\s*(?:以内|以下|以上)\s*$")    # `100万元以内`: a bound, a target's
_COMPARED = lazy(r"^\s*(?:[<>≤≥＜＞][=＝]?\s*[\d.]|[《》][=＝]\s*[\d.]|不(?:高|低|少|多|超过|大|小)于\s*[\d.])")


# ---------------------------------------------------------------- warnings helper

def warn(code: str, message: str, cell: Cell | None = None, about: dict | None = None) -> ParseWarning:
    return ParseWarning(code, message, cell.page if cell else None, cell.line if cell else None, about)


# ---------------------------------------------------------------- summary tables (one row group per project)

_UNIT_AND_NAME = lazy(r"^(?:单位|部门)(?:名称)?\s*[、/／及和]\s*项目名称$|^(?:单位|部门)[(（]项目[)）]名称$"
                            r"|^(?:单位|部门)名称\s*[(（]\s*项目名称\s*[)）]$")   # 单位名称（项目名称）: 湖南 县市 tables
_SUMMARY_GOALS = frozenset({"项目目标", "项目绩效目标", "项目年度目标"})
# a bare money head of a summary's project columns (金额 / 资金 / 安排金额 / 补助资金), no field's label alone; not an
# amount spent (执行金额, 实际支出资金: a self-evaluation's list)
_SUMMARY_MONEY = lazy(r"^[\u4e00-\u9fff]{0,4}(?:金额|资金|资金额|资金数额|投资额)$")
# a part of the project's money by level of government or source (中央资金, 省级资金, 地方资金, 本级资金, 配套资金)
_SUMMARY_MONEY_PART = lazy(r"^(?:中央|省|省级|市|市级|州|州级|县|县级|区|区级|乡|乡镇|乡级|镇|地方|本级|上级|同级|自筹|配套|"
                                 r"社会|银行)")
_SUMMARY_NOT_MONEY = lazy(r"执行|支出|实际|结余|完成|拨付|到位|结转|自筹|其他|上年")


def _unit_line(rows: list[Row], i: int, head: Row, combined: int | None) -> bool:
    """Is rows[i] a unit's row of a summary table with a 单位名称、项目名称 column that a sheet or a page gave as a
    text line (one cell across the table), the table's rows going on below it? (Also, in any summary table, such a
    line heading the projects below: a numbered heading `一、县教育局` / `（二）产业发展类`, or an organisation's name.)"""
    if not (rows[i].is_text_line and len(rows[i].cells) == 1 and i + 1 < len(rows)
            and rows[i + 1].grid is head.grid and not is_title(rows[i]) and not match_field(rows[i].cells[0].text)):
        return False
    if combined is not None:
        return True
    t = fold(rows[i].cells[0].text).strip()
    return bool(_ORG_NAME.match(t)) or bool(_HEADING_PREFIX.match(t)) and 2 <= len(_HEADING_PREFIX.sub("", t)) <= 30 \
        and not re.search(r"[:：。，,；;]", t)


def _heading_unit(cell: Cell) -> Cell | None:
    """A heading's cell (`一、县教育局`, `县教育局`) as the unit of the projects under it, its number taken off; None when
    it names no organisation (`二、产业发展类`)."""
    t = _HEADING_PREFIX.sub("", fold(cell.text).strip()).strip()
    if not _ORG_NAME.match(t) and not (t.endswith("本级") and _ORG_NAME.match(t[:-2])) and not township(t) \
            and not district(t):
        # (`一、海淀区` in a city's list: a district named as a place, where its projects are done, as a township)
        # (`一、城关镇`: a named town of three characters, a county list's township heading its projects)
        # (`一 | 县交通运输局本级`: the bureau's own budget unit heading its projects; the first project had no unit)
        return None
    if re.search(r"(?:镇|乡|街道)$", t) and not township(t):
        return None                     # (`一、中心镇`, `二、一般乡镇`: a class of towns, a section of the list, no body)
    return Cell(cell.row, cell.col, t, page=cell.page, line=cell.line, bbox=cell.bbox)


# the label of a list's total row: 合计 / 小计 / 总计 (合 计), or a short one ending so (项目合计, 资金合计)
_LIST_TOTAL = lazy(r"^\S{0,4}(?:合计|小计|总计)$")


# a heading's number in a list's 序号 column: 一 / 一、 / （一） / 二.; before a heading's text: 一、 / （一） (not 三门峡…)
_HEADING_NO = lazy(r"^\s*(?:[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}(?:\s*[、.．])?)\s*")
_HEADING_PREFIX = lazy(r"^\s*(?:[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])\s*")


# the group head over a summary table's indicator columns (`绩效指标` over `一级指标 | 二级指标 | 三级指标 | 指标值`)
_LEVELS_GROUP_HEAD = lazy(r"^(?:年度|主要|具体)?绩效(?:指标|目标)(?:及(?:指标值|目标值))?$|^指标$")


def _summary_head_cell(text: str) -> bool:
    """Is a cell a summary table's head of a project's column: 序号, a field's label with no value (项目名称, 实施单位,
    预算数), a money head (`金额（万元）`) or a money block's label (`项目资金（万元）`, `资金来源`)?"""
    key = label_key(text)
    if key in ("序号", "编号") or _SUMMARY_MONEY.match(key):
        return True
    m = match_field(text)
    return m is not None and m[1] is None \
        or label_key(_BRACKETED.sub("", clean(text) or "")) in MONEY_SECTION_KEYS


def _stacked_summary_head(rows: list[Row], k: int, first: int) -> list[Row] | None:
    """A summary table whose head is two or three rows deep, the project's columns heading the first row, merged down,
    and the indicator's levels the next one under a group head (`序号 | 项目名称 | 项目资金（万元） | 绩效指标` over
    `合计 | 其中 | 一级指标 | 二级指标 | 三级指标 | 指标值`, `其中` over `财政拨款 | 其他资金` in a third row): rows[k] the
    levels' row, holding no project's name. Return the rows with the head read as one row of the project's heads and
    the levels (their group head dropped) over one row of the money's lowest sub-heads (`合计 | 财政拨款 | 其他资金`,
    read as a money head's parts are), else None. (The levels' row was the head alone: no name column, no project.)"""
    if k < 1:
        return None
    up, row = rows[k - 1], rows[k]
    if up.is_text_line or up.grid is not row.grid or len(up.cells) < 2:
        return None
    if any(_DIGITS.search(c.text) or len(c.text.strip()) > 30 for c in up.cells):
        return None
    if not any(c.col < first and (_UNIT_AND_NAME.match(fold(c.text).strip())
                                  or (m := match_field(c.text)) is not None and m[0] == "name" and m[1] is None)
               for c in up.cells):
        return None
    below = {c.col for c in row.cells if c.text.strip()}
    # (a head of its own right of the levels, merged down over the levels' row: `备注`, `实施期限`)
    after = [c for c in up.cells if c.col >= first and c.col not in below and c.text.strip()
             and not _LEVELS_GROUP_HEAD.match(label_key(c.text))
             and (cell_header_roles(c.text) or _summary_head_cell(c.text))]
    if any(c.col >= first and not _LEVELS_GROUP_HEAD.match(label_key(c.text)) and c not in after for c in up.cells) \
            or any(c.col < first and not _summary_head_cell(c.text) for c in up.cells):
        return None                 # (a head's cells only: `项目名称 | 某项目` over `绩效指标 | 一级指标 | …` is a form's
        # field and its value over its indicator table, no head of a summary)
    leaves = [row]                  # the head's rows under the project's heads: the levels' row, and one more of
    nxt = rows[k + 1] if k + 1 < len(rows) else None  # sub-heads only (`财政拨款 | 其他资金` under `其中`)
    if nxt is not None and not nxt.is_text_line and nxt.grid is row.grid and nxt.cells \
            and all(c.col < first and not _DIGITS.search(c.text) and len(c.text.strip()) <= 20 for c in nxt.cells) \
            and detect_header(nxt) is None:
        leaves.append(nxt)
    low: dict[int, Cell] = {}       # each project column's lowest head cell below the first row
    for r in leaves:
        for c in r.cells:
            if c.col < first and c.text.strip():
                low[c.col] = c
    head = Row(sorted([c for c in up.cells if c.col < first] + [c for c in row.cells if c.col >= first] + after,
                      key=lambda c: c.col), row.grid, up.r, up.order, up.page_break)
    out = rows[:k - 1] + [head]
    if low:
        out.append(Row([low[col] for col in sorted(low)], row.grid, row.r, row.order))
    return out + rows[k + len(leaves):]


def _next_page_rows(rows: list[Row], x: int, grid, level1: int | None = None) -> int | None:
    """A summary table's rows going on at rows[x:] over the next printed page without its head (LibreOffice Calc
    prints each page's rows a grid of their own, a merged cell cut at the page's foot a text line between): the index
    of the next page's first row — a grid of GRID's columns and origin, on a later page, no head, no field label —
    past at most four text lines, else None."""
    if x < 1 or rows[x - 1].grid is not grid or not rows[x - 1].cells:
        return None
    j = x
    while j < len(rows) and j - x < 4 and rows[j].is_text_line:
        j += 1                      # (the cut cells' texts Calc prints again over the new page: `4 54 44 10 续建`)
    if j >= len(rows):
        return None
    r = rows[j]
    if r.is_text_line or r.grid is None or r.grid is grid or r.grid.origin != grid.origin or not r.cells \
            or detect_header(r) is not None:
        return None
    if r.grid.n_cols != grid.n_cols and not (
            level1 is not None and level1 > 0 and r.grid.n_cols <= grid.n_cols - level1
            and r.cells[0].col == 0 and standardize_level1(r.cells[0].text) is not None):
        return None                 # (a grid of the levels' columns only, its first cell a level 1: the project's
        # merged cells cut at the page's foot, printed with no rules on the last page)
    if (r.cells[0].page or 0) <= (rows[x - 1].cells[0].page or 0):
        return None
    if any(match_field(c.text) is not None or _LIST_TOTAL.match(label_key(c.text)) for c in r.cells):
        return None
    return j


def _money_sub_heads(rows: list[Row], k: int, pcols: dict[int, str], name_col: int, first: int) -> bool:
    """A summary table's head row rows[k] over a second head row naming the parts of a money column (`资金规模（万元）`
    over `合计 | 中央资金 | 县级资金`): short texts, no figure, none under the name nor right of the project columns.
    Say so, and label the parts in pcols: the total's (or a part's alone) the money head's label (the project's
    money), each other part its own with the head's unit (`中央资金（万元）`, one of the project's funding sources)."""
    if k + 1 >= len(rows):
        return False
    head, sub = rows[k], rows[k + 1]
    cells = [c for c in sub.cells if c.text.strip()]
    if sub.is_text_line or sub.grid is not head.grid or not cells or any(
            c.col >= first or c.col == name_col or _DIGITS.search(c.text) or len(c.text.strip()) > 20
            for c in cells):
        return False
    tops = sorted(head.cells, key=lambda c: c.col)
    parts: dict[int, tuple[str, str]] = {}      # col: (the money head's label, the part's own label or "")
    for c in cells:
        # the group's head: the head cell whose span covers the column, else the nearest filled one on its left (a
        # text dump writes the group's head over its first column only)
        parent = next((t for t in tops if t.col <= c.col < t.col + max(1, getattr(t, "colspan", 1) or 1)
                       and t.text.strip()), None) or next((t for t in reversed(tops) if t.col <= c.col
                                                          and t.text.strip()), None)
        label = pcols.get(parent.col) if parent is not None else None
        m = match_field(label) if label else None
        if m is None or m[0] not in L.MONEY_FIELDS:
            return False
        key = label_key(c.text)
        if _LIST_TOTAL.match(key) or key in ("总额", "总计", "合计"):
            parts[c.col] = (label, "")
        else:
            tail = re.search(r"[(（][^()（）]*[)）]\s*$", label)
            parts[c.col] = (label, c.text.strip() + (tail.group() if tail and not re.search(r"[(（]", c.text) else ""))
    if all(own for _, own in parts.values()):
        if len(parts) > 1:
            return False            # (no total among the parts: which one is the project's money is not said)
        col = next(iter(parts))     # 中央衔接资金 alone under 资金规模: the project's money
        parts[col] = (parts[col][0], "")
    for col, (label, own) in parts.items():
        if not own:
            for c0 in [c0 for c0, t in pcols.items() if t == label and c0 != col]:
                del pcols[c0]       # (the money head's own column: its total's now)
        pcols[col] = own or label
    return True


def _group_heading(rows: list[Row], x: int, end: int, heads: set[int], name_col: int, first: int,
                   money: frozenset = frozenset()) -> Cell | None:
    """A summary table's row rows[x] that heads the projects below it: its name cell the only one filled, beside at
    most a heading's number (一 / （二）) left of the table's first indicator column, and the next row naming a project
    of its own (`一 | 县教育局` over `1 | 义务教育学校公用经费补助 | 860.00 | 产出指标 …`). Return its name cell (the
    number taken off: `一、县教育局` -> 县教育局), else None. (A project's name over its indicators on the rows
    below, their name cells blank, is no heading; a numbered heading's sum in a money column, `一 | 产业发展类 | | 350`,
    is the group's, no project's.)"""
    r = rows[x]
    name = next((c for c in r.cells if c.col == name_col and c.text.strip()), None)
    if name is None:
        return None
    numbered = False
    for c in r.cells:
        if c.col == name_col or not c.text.strip() or c.col in money and parse_amount(c.text) is not None:
            continue
        if c.col >= first or not _HEADING_NO.fullmatch(c.text):
            return None
        numbered = True
    text = _HEADING_PREFIX.sub("", name.text) if not numbered else name.text.strip()
    if len(text.strip()) < 2 or not numbered and text == name.text.strip() and not _ORG_NAME.match(fold(text).strip()):
        return None                 # (a name alone, no heading's number: a heading only when an organisation's name)
    nxt = next((y for y in range(x + 1, end) if y not in heads and not rows[y].is_text_line), None)
    if nxt is None or not any(c.col == name_col and c.text.strip() for c in rows[nxt].cells):
        return None
    return Cell(name.row, name.col, text.strip(), page=name.page, line=name.line, bbox=name.bbox)


def _group_totals(rows: list[Row], k: int, end: int, heads: set[int], pcols: dict[int, str], name_col: int) -> set[int]:
    """The rows of a summary table (rows[k + 1:end]) that are a unit's or a group's total, no project: a name and an
    amount only (no goal, no indicator), the amount a unit's own row (单位名称（项目名称） column, an organisation's
    name) has or the sum of the projects' amounts below it up to the next such row (`浏阳市大瑶镇人民政府 |
    1,850,000.00` over `农村人居环境整治经费 | 1,200,000.00 | …` and `防汛抗旱经费 | 650,000.00 | …`)."""
    money = {col for col, t in pcols.items() if (match_field(t) or (None,))[0] in L.MONEY_FIELDS}
    if not money:
        return set()
    combined = any(_UNIT_AND_NAME.match(fold(t).strip()) for t in pcols.values())

    def amount(r: Row) -> float | None:
        c = next((c for c in r.cells if c.col in money and c.text.strip()), None)
        try:
            return float(c.text.strip().replace(",", "").replace("，", "")) if c is not None else None
        except ValueError:
            return None

    bare: dict[int, float] = {}          # rows of a name and an amount only
    named: dict[int, float | None] = {}  # rows of a project (its name, its other cells)
    for x in range(k + 1, end):
        r = rows[x]
        if x in heads or r.is_text_line:
            continue
        name = next((c.text.strip() for c in r.cells if c.col == name_col and c.text.strip()), None)
        if name is None or _LIST_TOTAL.match(label_key(name)):
            continue
        a = amount(r)
        if a is not None and all(c.col == name_col or c.col in money for c in r.cells if c.text.strip()):
            bare[x] = a
        else:
            named[x] = a
    out = set()
    for x, a in bare.items():
        nxt = next((y for y in range(x + 1, end) if y not in heads and not rows[y].is_text_line), None)
        if nxt not in named:
            continue            # (its own indicators on the rows below, no name on them: a project, its cells apart)
        below = []
        for y in range(x + 1, end):
            if y in bare:
                break
            if y in named:
                below.append(named[y])
        name = next(c.text.strip() for c in rows[x].cells if c.col == name_col)
        adds_up = None not in below and abs(sum(below) - a) < 0.005 * max(1.0, abs(a))
        if adds_up or combined and _ORG_NAME.match(fold(name)):
            out.add(x)
    return out


def _name_tail(above: Row, row: Row, name_col: int, name: str, seq_col: int | None) -> bool:
    """Is ROW's name cell, in a summary table, the end of NAME, the project's name on ABOVE (the row right over it,
    the project's own) wrapped onto the next row: unnumbered under a numbered row, short, no heading, no filler and no
    other project cell of its own (checked by the caller)?"""
    from parsers.layouts.packed_list import _NO_NAME_END   # (the list reader's: no name's end alone on a row)
    tail = next((c.text.strip() for c in row.cells if c.col == name_col), "")
    if not any(c.col == name_col and c.text.strip() == name for c in above.cells) or seq_col is None \
            or not any(c.col == seq_col and c.text.strip() for c in above.cells) \
            or any(c.col == seq_col and c.text.strip() for c in row.cells):
        return False
    t = fold(tail)
    return len(t) <= 8 and not _HEADING_PREFIX.match(t) and not _DIGITS.search(t) and not _NO_NAME_END.match(t) \
        and _heading_unit(Cell(0, 0, tail)) is None and not _LIST_TOTAL.match(label_key(tail))


_LEVEL_RANK = {"input": 0, "output": 1, "outcome": 2, "impact": 3, "satisfaction": 4}


def _centred_blocks(groups: list[list[Row]], pcols: dict[int, str], l1_col: int | None) -> list[list[Row]]:
    """Given a summary table's rows grouped at each project's named row, regroup them when the project's merged
    cells are printed in the middle of their rows (a PDF's, a text dump's): indicator rows of no project's cell
    above the first named row say so. Each project then holds the rows above its named row down to the previous
    project's, and those below it up to where the levels start again (`满意度指标` then `产出指标`: the next
    project's first rows), else as many as above it (its cells centred)."""
    def rank(r: Row) -> int | None:
        c = next((c for c in r.cells if c.col == l1_col and c.text.strip()), None)
        cat = level_info(c.text)[0] if c is not None else None
        return _LEVEL_RANK.get(cat) if cat is not None else None
    if len(groups) < 3 or l1_col is None or any(c.col in pcols and c.text.strip() for r in groups[0] for c in r.cells) \
            or not any(rank(r) is not None for r in groups[0]):
        return groups   # (rows above the first project that name no level: no indicator's, no centred block)
    out = [groups[0] + groups[1]] + [list(g) for g in groups[2:]]
    above = len(groups[0])
    for i in range(len(out) - 1):
        g = out[i]
        tail = g[above + 1:]
        cut, prev = None, rank(g[above])
        for j, r in enumerate(tail):
            now = rank(r)
            if now is not None and prev is not None and now < prev:
                cut = j
                break
            prev = now if now is not None else prev
        if cut is None:
            cut = min(len(tail), above)
        out[i] = g[:above + 1] + tail[:cut]
        out[i + 1] = tail[cut:] + out[i + 1]
        above = len(tail) - cut
    return out


def split_summary_table(seg: FormSegment) -> list[FormSegment] | None:
    """Given a form segment, return one segment per project when its indicator table is a summary of
    several projects (`项目名称 | 预算数 | 年度目标 | 一级指标 | … | 指标值` with the project's cells filled on
    its first row only, as budget disclosures print them), else None.

    Each project's segment holds the form's lines before the table, its project cells as `label：value`
    lines (provenance of the cells kept), the header without the project columns and its own rows."""
    for k, row in enumerate(seg.rows):
        h = row._header if row._header.__class__ is not int else detect_header(row)   # (its memo read first)
        if h is None or h.kind != "indicator":
            continue
        first = min(v for r, v in h.cols.items() if r != "seq")      # (序号 | 项目名称 | … | 一级指标 …)
        pcols: dict[int, str] = {}
        combined = None             # the column of 单位名称、项目名称: units on rows of their own, their projects below
        bare_money: list[Cell] = []
        for c in row.cells:
            if c.col >= first:
                continue
            if _UNIT_AND_NAME.match(fold(c.text).strip()):
                pcols[c.col], combined = "项目名称", c.col
                continue
            m = match_field(c.text)
            if m is not None and m[1] is None:
                pcols[c.col] = c.text.strip()
            elif label_key(c.text) in _SUMMARY_GOALS:
                pcols[c.col] = "年度目标"     # 项目目标 in a 四川 表13: the project's goal for the year
            elif _SUMMARY_MONEY.match(label_key(c.text)) and not _SUMMARY_NOT_MONEY.search(c.text) \
                    and not _SUMMARY_MONEY_PART.match(label_key(c.text)):
                bare_money.append(c)
        if len(bare_money) == 1:
            # 金额（万元） / 资金 / 安排金额 heading a column beside 项目名称: the project's money, its unit kept; not a part
            # of it (中央资金（万元） | 地方资金（万元）, the 中央 part was the project's total and the 地方 part lost), nor
            # one of two such heads: no total of the project's, the parts kept as its indicators' notes
            c = bare_money[0]
            paren = re.search(r"[(（][^()（）]*[)）]\s*$", c.text.strip())
            pcols[c.col] = "项目金额" + (paren.group() if paren else "")
        if not any(match_field(t) and match_field(t)[0] == "name" for t in pcols.values()):
            stacked = _stacked_summary_head(seg.rows, k, first)
            return split_summary_table(replace(seg, rows=stacked)) if stacked is not None else None
        name_col = next(col for col, t in pcols.items() if match_field(t)[0] == "name")
        end = k + 1
        heads = {k}                 # the header, and its repeats after a page break (the table goes on)
        if _money_sub_heads(seg.rows, k, pcols, name_col, first):
            heads.add(k + 1)        # 合计 | 中央资金 | 县级资金 under 资金规模（万元）: the head's second row
            end = k + 2
        head_texts = [c.text.strip() for c in row.cells]
        grid = row.grid             # the grid the table's rows are in (the page's after a repeated head)
        while end < len(seg.rows):
            r = seg.rows[end]
            if [c.text.strip() for c in r.cells] == head_texts:
                heads.add(end)
                grid = r.grid
            elif not _unit_line(seg.rows, end, row, combined) and (r.grid is not grid or detect_header(r)):
                on = _next_page_rows(seg.rows, end, grid, h.cols.get("level1"))
                if on is None:
                    break           # (a sheet's unit row, one cell across the table, is read as a text line)
                tail = seg.rows[on].grid
                if tail.n_cols != grid.n_cols:
                    # (the last page's rows of the levels' columns only, the project's merged cells cut off with their
                    # rules: each cell moved right to its column under the head)
                    off = h.cols["level1"]     # (a 备注 right of the levels cut off too)
                    rows = list(seg.rows)
                    for x in range(on, len(rows)):
                        if rows[x].grid is not tail:
                            break
                        rows[x] = Row([replace(c, col=c.col + off) for c in rows[x].cells], tail, rows[x].r,
                                      rows[x].order, rows[x].page_break)
                    seg = replace(seg, rows=rows)
                heads.update(range(end, on))    # (LibreOffice Calc's next page-row: a grid of the table's columns,
                grid, end = seg.rows[on].grid, on   # no head; the rows were each project's indicators)
                continue
            end += 1
        totals = _group_totals(seg.rows, k, end, heads, pcols, name_col)
        money = frozenset(col for col, t in pcols.items() if (match_field(t) or (None,))[0] in L.MONEY_FIELDS)
        from parsers.layouts.packed_list import _lei_styles
        lei = _lei_styles([seg.rows[x] for x in range(k + 1, end) if x not in heads], h.cols.get("seq"), name_col)
        groups: list[list[Row]] = []
        footer: list[Row] = []      # the sheet's 填报人 / 联系电话 lines among its rows: every project's
        cur_name, cur_cols = None, {}
        unit_rows: dict[int, Cell | None] = {}  # the group a unit's own row (单位名称、项目名称 column) stands over
        class_rows: dict[int, Cell | None] = {}  # the group a class's heading (`一 | 产业发展类`) stands over
        class_style: str | None = None   # how that heading is numbered
        labelled: set[int] = set()  # those named under a 单位名称、项目名称 head: units by the label
        heading_style = None        # how the heading naming the unit now in force is numbered (`一、` / `（一）`)

        def _heading(cell: Cell, number: Cell, style: str | None) -> str | None:
            # a heading of the projects below: an organisation its unit; another heading numbered as the one that
            # named the unit (`二、产业发展类` after `一、县教育局`) ends that unit's projects, one numbered otherwise
            # (`（一）项目支出` under it) does not
            nonlocal class_style
            from parsers.layouts.packed_list import _class_heading   # (the list reader's rule: one rule for both)
            unit = _heading_unit(cell)
            own = "paren" if re.match(r"^\s*[(（]", fold(number.text)) else "plain"
            named = _class_heading(cell, own, lei) if unit is None else None
            if named is not None or own == class_style:
                # (`一 | 产业发展类 | | 350` over its projects: their category, as a list's class heading gives it; a
                # heading numbered as it was and naming no class ends it — it was a project of its own, `一` its
                # indicator)
                class_rows[len(groups)], class_style = named, own if named is not None else None
            if named is not None and own != style:
                return style
            if unit is not None:
                unit_rows[len(groups)] = unit
                return own
            if own == style:
                unit_rows[len(groups)] = None
                return None
            return style
        for x in range(k + 1, end):
            if x in heads:
                continue
            r = seg.rows[x]
            name = next((c.text.strip() for c in r.cells if c.col == name_col and c.text.strip()), None)
            if name is None and not any(c.col not in pcols and c.text.strip() for c in r.cells):
                continue            # 820-马踏镇部门 | | 8,827,620.53: a department's total, no project of its own
            if _unit_line(seg.rows, x, row, combined):
                if combined is not None:
                    unit_rows[len(groups)] = r.cells[0]
                    labelled.add(id(r.cells[0]))
                else:
                    heading_style = _heading(r.cells[0], r.cells[0], heading_style)
                continue
            if any(c.col < first and _LIST_TOTAL.match(label_key(c.text)) for c in r.cells):
                continue            # 合计 / 小计 / 总计 in the 项目名称 or 序号 column: the list's sum, no project and
                # no indicator of the project above (a project 合计 carried the grand total, money counted twice)
            if combined is not None and name is not None and not any(
                    c.col != name_col and c.text.strip() for c in r.cells):
                # 绵阳市涪城区文化广播电视和旅游局 alone on its row over `　公共文化服务体系建设补助 | 目标 | 产出指标 …`:
                # the unit of the projects below
                unit_rows[len(groups)] = next(c for c in r.cells if c.col == name_col)
                labelled.add(id(unit_rows[len(groups)]))
                continue
            heading = _group_heading(seg.rows, x, end, heads, name_col, first, money)
            if heading is not None:
                # `一 | 县教育局 | | …` (or `二、产业发展类`) alone on its row over `1 | 义务教育学校公用经费补助 | 860.00 | 产出指标
                # …`: a heading of the projects below, no project; an organisation's name the unit of its projects
                heading_style = _heading(heading, next(c for c in r.cells if c.text.strip()), heading_style)
                continue
            if x in totals:
                # `浏阳市大瑶镇人民政府 | 1,850,000.00` with no goal and no indicator over its projects: the unit's
                # own row (its name the unit of the projects below) or a group's sum, no project
                if _ORG_NAME.match(fold(name or "").strip()):
                    unit_rows[len(groups)] = next(c for c in r.cells if c.col == name_col)
                continue
            if r.cells and all((match_field(c.text) or (None, None))[1] is not None for c in r.cells):
                footer.extend(Row([c], None, 0, r.order) for c in r.cells)
                continue            # 填报人：王五 / 联系电话：… under the rows: the sheet's footer, no project
            own = {c.col: c.text.strip() for c in r.cells if c.col in pcols and c.col != name_col and c.text.strip()}
            if name is not None and not own and groups and cur_name is not None \
                    and _name_tail(groups[-1][-1], r, name_col, cur_name, h.cols.get("seq")):
                # (`1 | 农村公路安全生命防护 | 县公路管理段 | 260 | 产出指标 …` over `| 工程 | | | 效益指标 …`: the name's
                # end wrapped onto the project's next row, beside its next indicator — it was a project of its own)
                last = groups[-1][-1]
                groups[-1][-1] = Row([replace(c, text=c.text.rstrip() + name) if c.col == name_col else c
                                      for c in last.cells], last.grid, last.r, last.order, last.page_break)
                cur_name = cur_name + name
                r = Row([c for c in r.cells if c.col != name_col], r.grid, r.r, r.order, r.page_break)
                if r.cells:
                    groups[-1].append(r)
                continue
            if (name is not None and (name != cur_name or any(cur_cols.get(col, v) != v for col, v in own.items()))) \
                    or not groups:
                groups.append([])   # (a project library's export repeats the name and the project's columns
                cur_name, cur_cols = name, own  # on each of its indicators; another 实施单位: another project)
            groups[-1].append(r)
        groups = _centred_blocks(groups, pcols, h.cols.get("level1"))
        # one project exported alone, its name on its rows and nowhere above (no 项目名称 field or text line, no
        # placeholder name): its project too (the name and money were lost, read as notes of every indicator)
        alone = len(groups) == 1 and cur_name is not None and not is_placeholder(cur_name) \
            and cur_name not in ("无", "暂无") \
            and not any("项目名称" in c.text for r in seg.rows[:k] for c in r.cells) \
            and not any(c == "name" and v for r in seg.rows[:k] for c, v in _row_fields(r))
        if len(groups) < 2 and not alone:
            return None
        head = Row([c for c in row.cells if c.col not in pcols], row.grid, row.r, row.order, row.page_break)
        before, after = seg.rows[:k], seg.rows[end:]
        own_titles = seg.titles
        # another summary table after this one (the next sheet of an export split by year or unit, its title
        # and unit lines above it): its own projects, not rows of every project here (they were attached to
        # each of this table's projects); the lines up to its title (填报人 / 联系电话) are this table's
        cut = end
        while cut < len(seg.rows) and seg.rows[cut].is_text_line and not is_title(seg.rows[cut]):
            cut += 1
        more = split_summary_table(FormSegment(
            rows=seg.rows[cut:], titles=[t for t in seg.titles if t.order > seg.rows[cut - 1].order],
            header_missing=seg.header_missing)) if cut < len(seg.rows) else None
        if more is not None:
            after = seg.rows[end:cut]
            own_titles = [t for t in seg.titles if t.order <= seg.rows[cut - 1].order]
        out = []
        owners = len(groups) >= 2 and any((match_field(h) or (None,))[0] in ("department", "unit")
                                          for h in pcols.values())
        # (where the cells above are: page, line and box — a PDF's cells have no line, so a page's cells alike)
        above = frozenset((c.page, c.line, c.bbox) for r in before for c in r.cells) if owners else frozenset()
        held: dict[int, Cell] = {}       # the last 单位名称 / 主管部门 …, merged over several projects
        unit, klass = None, None
        dept_col = any((match_field(h) or (None,))[0] == "department" for h in pcols.values())
        category_col = any((match_field(t) or (None,))[0] == "category" for t in pcols.values())
        for gi, group in enumerate(groups):
            fields = []
            unit = unit_rows[gi] if gi in unit_rows else unit
            klass = class_rows[gi] if gi in class_rows else klass
            if klass is not None and not category_col:
                fields.append(Row([Cell(0, 0, f"项目类别：{klass.text.strip()}", page=klass.page, line=klass.line,
                                        bbox=klass.bbox)], None, 0, group[0].order - 0.6))
            if unit is not None:
                # a heading's or a total row's body of government (`一 | 县教育局`) is the projects' department, as a
                # title naming it is (normalize.orgs); an institution, or a name under 单位名称、项目名称, their unit
                kind = None if id(unit) in labelled or dept_col else org_kind(unit.text.strip())
                label = "主管部门" if kind is not None and kind[1] == "department" and not township(unit.text) \
                    else "单位名称"      # (a township as a place, `一 | 城关镇`: where its projects are done, their unit)
                fields.append(Row([Cell(0, 0, f"{label}：{unit.text.strip()}", page=unit.page, line=unit.line,
                                        bbox=unit.bbox)], None, 0, group[0].order - 0.6))
            own = [c for r in group for c in r.cells if c.col in pcols and c.text.strip()]
            have = {c.col for c in own}
            carried = [c for col, c in held.items() if col not in have]
            for c in own + carried:
                text = f"{pcols[c.col]}：{c.text.strip()}"
                fields.append(Row([Cell(0, 0, text, page=c.page, line=c.line, bbox=c.bbox)], None, 0,
                                  group[0].order - 0.5))
            for c in own:
                m = match_field(pcols[c.col])
                if m is not None and m[0] in ("department", "department_code", "unit", "category"):
                    held[c.col] = c
            body = [Row([c for c in r.cells if c.col not in pcols], r.grid, r.r, r.order, r.page_break)
                    for r in group]
            body = [r for r in body if r.cells]
            # the lines after the table (填报人 / 联系电话) belong to every project of it, as those before
            anchor = next((c for r in group for c in r.cells if c.col == name_col and c.text.strip()),
                          group[0].cells[0] if group[0].cells else None) if len(groups) > 1 else seg.first
            # (one project: the form starts where the segment does, at its title)
            out.append(FormSegment(rows=before + fields + [head] + body + footer + after,
                                   titles=own_titles, header_missing=seg.header_missing, first=anchor,
                                   compiled_above=above))
        return out + (more or [])
    return None


_LEVEL_WORD_END = lazy(r"(?:指标|目标)[:：]?$")


@lru_cache(maxsize=1 << 16)
def line_kind(text: str) -> tuple[str, str, str] | None:
    """Given a line of a text that holds one cell per line (a web page's table copied as text), say what the
    line is, for the dump reader to put its rows back together: (what, detail, head) with `what` one of "title",
    "label" (a field label without its value: detail its column), "header" (a table head's cell; detail the column
    of the field it labels too, if any: 实际完成情况), "block" (a block
    label, 绩效指标), "level1" / "level2" / "level" (a level name ending in 指标 / 目标: 产出指标 a level 1, 数量指标 a
    level 2, 成本指标 either; detail its category), "bare" (a level-2 name without 指标, 数量 / 质量 / 满意度: a level or
    an indicator's name), and `head` "<kind>:<role>" when the line is a table head's cell
    (a label may be one too: 开始时间); None for a value, an indicator's name, a text."""
    t = text.strip()
    if not t or len(t) > 60:
        return None
    if _is_title_text(t):
        return ("title", "", "")
    l1, l2, _ = level_info(t)
    if (l1 or l2) and _LEVEL_WORD_END.search(fold(t)):
        return ("level" if l1 and l2 else "level1" if l1 else "level2", l1 or l2 or "", "")
    head = ""
    if len(t) <= 16 and not _LABEL_COLON.match(t):
        exact = {k: r for k, (r, q) in cell_header_matches(t).items() if q >= 0.99}   # (0.99: 1-6月完成值)
        if exact:
            kind = "indicator" if "indicator" in exact else next(iter(exact))
            head = f"{kind}:{exact[kind]}"
    if is_block_label(t) and not head:
        return ("block", "", "")
    m = match_field(t)
    label = m[0] if m is not None and m[1] is None and len(label_key(t)) >= 2 else ""
    if label and not head.startswith("indicator:"):
        return ("label", label, head)
    if not head and label_key(t) in NO_COLUMN_KEYS:
        return ("label", "", "")         # `债券期限` over `15年`: a field of no column, its value the next line's
    if head.startswith("indicator:"):
        return ("header", label, head)   # (实际完成情况: an indicator table's head, a label too: detail its column)
    if (l1 or l2) and len(t) <= 8:
        # 投入 / 数量 / 质量 (a level without 指标), or a name (满意度): detail "1", "2" or "12", the levels it can be
        return ("bare", ("1" if l1 else "") + ("2" if l2 else ""), head)
    if head:
        return ("header", "", head)
    return None

