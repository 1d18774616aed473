"""Money, plain numbers and fractions.

Money is returned in yuan (元) as a float computed with ``decimal.Decimal``
and rounded to the fen (2 decimals), so ``590.46`` 万元 is exactly
``5904600.0``. Every function accepts any ``str`` or ``None`` and never
raises; what cannot be read gives None.
"""
from __future__ import annotations

from normalize._cache import text_cache

import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

import regex
from normalize._lazy_re import lazy_regex

from normalize.text import WHITESPACE, clean_text, content_text, fold_width, mend_ocr_digits

# patterns of per-call `regex.sub(r"…", …)` sites, compiled once (the regex module's own cache lookup
# is Python code, ~15 µs a call)
_SPACE_OR_COMMA = regex.compile(r"[\s,]")
_A_DIGIT = regex.compile(r"\d")

# Yuan per unit. Keys are the spellings accepted after a number or as a
# declared unit; "万"/"亿" alone are accepted after a number only.
MONEY_UNITS: dict[str, Decimal] = {
    "元": Decimal(1),
    "千元": Decimal(1_000),
    "万元": Decimal(10_000),
    "百万元": Decimal(1_000_000),
    "亿元": Decimal(100_000_000),
    "萬元": Decimal(10_000),                 # (Traditional characters)
    "億元": Decimal(100_000_000),
    "千万元": Decimal(10_000_000),           # (`1.2千万元`: written after a number, never declared)
}
_BARE_MULTIPLIERS: dict[str, Decimal] = {"万": Decimal(10_000), "亿": Decimal(100_000_000),
                                         "萬": Decimal(10_000), "億": Decimal(100_000_000),
                                         "千万": Decimal(10_000_000), "百万": Decimal(1_000_000)}
# Units `detect_money_unit` may answer (the contract's vocabulary, and 千元 / 百万元, which forms of some places
# declare: `金额单位：千元`).
DECLARED_UNITS = ("亿元", "百万元", "万元", "千元", "元")
# the same as a regex alternation, for the parsers' declarations (`单位：千元`, `（百万元）`): longest first
DECLARED_UNIT_WORDS = "百万元|亿元|万元|千元|元"
# the units an amount's figure may carry written after it (WRITTEN_UNIT_WORDS) and in brackets after it
# (BRACKET_UNIT_WORDS, `120（万元）`): one list for parse_amount here and the form reader's amount cells (parsers/forms
# `_AMOUNT_CELL`, which had its own copy)
BRACKET_UNIT_WORDS = "千万元|百万元|亿元|万元|千元|元"
WRITTEN_UNIT_WORDS = BRACKET_UNIT_WORDS + "|千万|百万|万|亿|萬元|億元|萬|億"

_SIGN = r"[-+\u2212]"  # U+2212 minus; U+FF0D is folded to "-" beforehand
# A decimal number with optional thousands separators. Groups of exactly 3
# digits may be separated by "," (full-width "，" is folded first), by ", ",
# or by a single space.
NUMBER = r"(?:(?:\d{1,3}(?:,[ ]?\d{3})+|\d{1,3}(?:[ ]\d{3})+|\d+)(?:\.\d+)?|\.\d+)"   # (`.32`: 0.32 as Excel may show it)
# a figure whose commas group no thousands (`12,5000`: 125000 with the comma put one place off, or 12.5 with a
# decimal comma?), its unit written or not: no NUMBER, and no reading of it is sure (misgrouped_figure)
_COMMA_FIGURE = regex.compile(rf"^\s*{_SIGN}?(?P<n>\d+(?:,\d+)+(?:\.\d+)?)\s*(?:{WRITTEN_UNIT_WORDS})?\s*$")
# a figure as NUMBER writes it, the whole text (compiled once: `regex.fullmatch(NUMBER, …)` looked the pattern up in
# the regex module's cache, ~9 µs a call, asked of every money cell with a comma)
_NUMBER_WHOLE = lazy_regex(NUMBER)


def misgrouped_figure(text: str | None) -> bool:
    """Is a money cell a figure whose thousands commas are out of place (`12,5000`, `1,20,000万元`)? Neither 125000
    nor 12.5 is sure: the cell is no amount, and says so (it was dropped without a word, hunt mn21)."""
    m = _COMMA_FIGURE.match(fold_width(text or ""))
    return m is not None and _NUMBER_WHOLE.fullmatch(m.group("n")) is None


# the yuan sign, half- and full-width: a figure after it is in 元 whatever unit is declared (parse_amount; the form
# reader's amount cells, parsers/forms `is_amount_cell`; a target's money, normalize.targets)
YUAN_SIGNS = "¥￥"
# a currency written before a figure (`¥120.00`, `人民币120万元`, `RMB 1,200`): parse_amount's, and the table reader's
# number cells (parsers/tables `_NUM`)
CURRENCY_BEFORE = rf"[{YUAN_SIGNS}]|人民币|RMB"
_CURRENCY_PREFIX = rf"(?P<cur>{CURRENCY_BEFORE})?"

_AMOUNT = regex.compile(
    rf"^{_CURRENCY_PREFIX}\s*(?P<num>{_SIGN}?\s*{NUMBER})\s*"
    rf"(?P<unit>{WRITTEN_UNIT_WORDS})?$",
    regex.ASCII | regex.IGNORECASE,
)
# words around an amount that leave it the amount: `约50万元`, `预计120万元`, `120万元（含税）`, `80万元（暂定）`
# (one list, HEDGE_WORDS, for parse_amount here and the form reader's amount cells, parsers/forms `_AMOUNT_CELL`)
# (`小计：120`, `累计：120` in a value cell: the amount, as `合计：120` — they were taken for labels, the amount lost,
# review lo)
HEDGE_WORDS = r"大约|约计|约|预计|估计|共计|合计|总计|小计|累计"
# the word before the amount, and its colon (`约50万元`, `合计：120`, `约¥120`, `累计：-30` — a decrease): one rule for
# parse_amount here and the form reader's money matrix cells (parsers/forms; its copy read `累计：-30`, this one did not)
# (before capital numerals too, `合计：叁佰万元整`, `共计人民币壹佰万元整`: the amount — it was none, the total lost
# without a word, hunt mn8)
AMOUNT_HEDGE = lazy_regex(rf"^\s*(?:{HEDGE_WORDS})\s*[:：]?\s*(?=[-+]?\s*[{YUAN_SIGNS}]?\s*\d|(?:人民币)?[壹贰叁肆伍陆柒捌玖拾])")
# the same said after the amount (`50万元左右`, `120万元上下`: about, as `约50万元` — it was no amount, review lo); one
# list for parse_amount here and parsers/forms `_AMOUNT_CELL`
HEDGE_AFTER = r"左右|上下"
_AMOUNT_HEDGE_AFTER = lazy_regex(rf"(?<=[\d元万亿千])\s*(?:{HEDGE_AFTER})$")
# the unit in brackets after the figure (`120（万元）`, `1,200,000.00（元）`) and 整 / 人民币 after the unit
# (`120.00万元整`, `120万元人民币`): the figure in its unit
_UNIT_IN_BRACKETS = lazy_regex(rf"(?<=\d)\s*[(]\s*({BRACKET_UNIT_WORDS})\s*[)]$")
_AFTER_UNIT = lazy_regex(r"(?<=\d\s*(?:千万|百万|亿|万|千)?元)\s*(?:整|正|人民币)$")
_AMOUNT_NOTE = lazy_regex(r"\s*[(](?:含税|不含税|含增值税|不含增值税|税前|税后|暂定|暂估|预估|估算|概算)[)]$")
# an accounting negative: a figure in brackets with its decimals or thousands separators (`(200.00)`, `（1,200）`;
# `（1）` is a number's mark, no amount), or after `△` as some ledgers write it (`△200`)
# (its unit inside the brackets too, `（500.00万元）`, `(5,000元)`: below zero in that unit — it was no amount, hunt mn10)
_ACCOUNTING_NEGATIVE = lazy_regex(r"^(?:[(]\s*(?P<a>(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+|\d{1,3}(?:,\d{3})+"
                                     r"|\d+(?=\s*(?:亿元|万元|元)))\s*(?P<u>亿元|万元|元)?\s*[)]"
                                     r"|△\s*(?P<b>\d[\d,]*(?:\.\d+)?))$")
# a figure in brackets (`（50）`; `（40.00）`, `(1,200)`, which parse_amount reads below zero already but a cell's
# number test does not): a number's mark (`（1）`) in a cell alone, an accounting negative in a column of amounts
# (column_negative)
_BRACKETED_FIGURE = lazy_regex(r"^\s*[(（]\s*(\d[\d,]*(?:\.\d+)?)\s*[)）]\s*$")


# a mixed number, as Excel's fraction format `# ?/?` shows an amount typed `460 1/2` (it stores 460.5) and a sheet
# printed or read as shown writes it: a whole figure, a space, a proper fraction, a unit or nothing after
_MIXED_NUMBER = lazy_regex(r"^(?P<pre>[^\d/]*?)(?P<whole>\d+)[ \u00a0]+(?P<num>\d+)\s*/\s*(?P<den>[1-9]\d*)(?P<post>\D*)$")


def mixed_as_decimal(text: str) -> str:
    """Given a cell's text, return it with a mixed number written as a decimal (`460 1/2` -> `460.5`, `120 1/4万元` ->
    `120.25万元`, `1 1/3` -> `1.3333333333`); any other text as it was. Read by the money readers only: a target keeps
    the text it shows (a share `3/4`, no whole part, is a fraction, parse_fraction's)."""
    m = _MIXED_NUMBER.match(text)
    if m is None or int(m.group("num")) >= int(m.group("den")):
        return text
    with localcontext() as ctx:
        ctx.prec = 40
        value = Decimal(m.group("whole")) + Decimal(m.group("num")) / Decimal(m.group("den"))
        figure = format(value.quantize(Decimal("1e-10")).normalize(), "f")
    return m.group("pre") + figure + m.group("post")


def column_negative(text: str | None) -> str | None:
    """Given a cell of a column of amounts (a budget table's 金额 / 万元 column), return it with a figure in brackets
    written as the accounting negative it is there (`（50）` -> `-50`; `（40.00）` -> `-40.00`, as parse_amount reads it
    anywhere, so a cell's number test sees a number, mend md42); any other cell as it was. Alone, `（50）` is a number's
    mark (`（1）`, parse_amount's None): only the column tells."""
    m = _BRACKETED_FIGURE.match(text or "")
    if m is None and (w := _BRACKETED_WITH_UNIT.match(text or "")) is not None:
        # (`（500.00万元）`, `(5,000元)`: a figure and its unit in brackets, below zero in that unit, hunt mn10)
        return f"-{w.group(1)}{w.group(2)}"
    return f"-{m.group(1)}" if m is not None else text


_BRACKETED_WITH_UNIT = lazy_regex(r"^\s*[(（]\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)\s*[)）]\s*$")


_PLAIN_NUMBER = regex.compile(rf"^(?P<num>{_SIGN}?\s*{NUMBER})\s*分?$", regex.ASCII)
# a 评分表 weight written in percent of the 100-point table (`5%`, 合计 `100%`): that many points
PERCENT_POINTS = lazy_regex(r"^\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*$")
_FRACTION = regex.compile(rf"^(?P<num>{_SIGN}?\s*{NUMBER})\s*(?P<unit>%|‰|‱)?$")

# a share written as a fraction (`3/4`: 75%), parse_fraction's
_SHARE = lazy_regex(r"^(\d{1,6})\s*/\s*([1-9]\d{0,5})$")
_UNIT_WORD = r"(?:人民币)?\s*(?P<unit>百万元|亿元|万元|千元|元|億元|萬元)"
# `金额单位：万元`, `单位：元`, `单位: 人民币万元`
_DECLARED_BY_LABEL = lazy_regex(rf"单位\s*[:]?\s*{_UNIT_WORD}")
# `（万元）`, `(元)`, `【单位：万元】`
_DECLARED_IN_BRACKETS = lazy_regex(
    rf"[(\[【]\s*(?:(?:金额)?单位\s*[:]?\s*)?{_UNIT_WORD}\s*[)\]】]"
)


_SIMPLIFIED_MONEY = str.maketrans("萬億", "万亿")


def _to_decimal(num: str) -> Decimal | None:
    """Given a matched NUMBER (with sign), return it as a Decimal, or None."""
    digits = _SPACE_OR_COMMA.sub("", num).replace("\u2212", "-")
    try:
        value = Decimal(digits)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _finite_float(value: Decimal) -> float | None:
    """Given a Decimal, return it as a finite float, or None."""
    try:
        f = float(value)
    except (OverflowError, ValueError):
        return None
    return f if math.isfinite(f) else None


def match_mended(rx: regex.Pattern[str], t: str) -> regex.Match[str] | None:
    """Given a pattern of a number and a prepared cell, return its match; a cell it does not match is tried again
    with the letters OCR reads for digits put back (`28O` -> `280`, `356.O0`, `2O`: see mend_ocr_digits)."""
    m = rx.match(t)
    if m is None:
        mended = mend_ocr_digits(t)
        if mended != t:
            m = rx.match(mended)
    return m


def detect_money_unit(text: str | None) -> str | None:
    """Given a title, header or label text, return the money unit it declares ("元", "万元", "亿元"), or None.

    `"金额单位：万元"` -> `"万元"`; `"项目总预算（元）"` -> `"元"`;
    `"项目资金情况（万元）"` -> `"万元"`; `"申报单位名称：上海市知识产权局"` -> None.
    A unit merely mentioned in a sentence (`每年600万元`) is not a
    declaration. When the text declares two different units, None.
    """
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    t = fold_width(cleaned)
    stripped = t.strip()
    if stripped in DECLARED_UNITS:
        return stripped
    found = {m.group("unit").translate(_SIMPLIFIED_MONEY) for m in _DECLARED_BY_LABEL.finditer(t)}
    found |= {m.group("unit").translate(_SIMPLIFIED_MONEY) for m in _DECLARED_IN_BRACKETS.finditer(t)}
    if len(found) == 1:
        return found.pop()
    return None


def _unit_factor(unit: str | None) -> Decimal | None:
    """Given a declared unit argument, return yuan per unit, or None when it is not understood."""
    if unit is None:
        return Decimal(1)
    if not isinstance(unit, str):
        return None
    u = fold_width(unit).strip()
    if not u:
        return Decimal(1)
    if u in MONEY_UNITS:
        return MONEY_UNITS[u]
    declared = detect_money_unit(u)
    return MONEY_UNITS[declared] if declared else None


def money_to_yuan(value: Decimal, factor: Decimal) -> float | None:
    """Given an amount and its yuan-per-unit factor, return yuan rounded to the fen, or None.

    `(Decimal("590.46"), Decimal(10000))` -> `5904600.0`.
    """
    try:
        with localcontext() as ctx:
            ctx.prec = 60
            yuan = (value * factor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except (InvalidOperation, ArithmeticError, ValueError):
        return None
    result = _finite_float(yuan)
    if result == 0.0:
        return 0.0  # never -0.0
    return result


_WAN = Decimal(10_000)


@text_cache()
def parse_amount(text: str | None, unit: str | None = None) -> float | None:
    """Given a money cell and the declared unit, return the amount in yuan, or None.

    `"170,000,000"` -> `170000000.0`; `("590.46", "万元")` -> `5904600.0`;
    `"320万元"` -> `3200000.0`; `"-----"` -> None; `"见附件"` -> None.
    A unit written in the text (元, 万元, 亿元, 万, 亿, 千元, 千万) or a currency (¥, 人民币, RMB) before a figure of at least one
    of the declared unit, or of 万 under a greater one (`¥1,200,000.00`; `¥50.00` under 万元 is 50万元) overrides
    the `unit` argument; otherwise the value is multiplied by the declared unit (None means yuan). An unknown `unit`
    argument gives None unless the text carries its own unit. `约` / `预计` before it and a tax or estimate note after it (`（含税）`, `（暂定）`) leave
    the amount, as do `共计` / `合计` before it, 整 / 人民币 after its unit and its unit in brackets (`120（万元）`); an
    accounting negative (`(200.00)`, `△200`) is below zero.
    """
    t = content_text(text)
    if t is None:
        return None
    t = t.rstrip("。;；,，") or t      # `（三）项目总投资：450万元。`: a prose sentence's amount, its full stop after it
    t = mixed_as_decimal(t)
    t = _AMOUNT_NOTE.sub("", _AMOUNT_HEDGE_AFTER.sub("", AMOUNT_HEDGE.sub("", t))) or t
    t = _AFTER_UNIT.sub("", _UNIT_IN_BRACKETS.sub(r"\1", t))
    neg = _ACCOUNTING_NEGATIVE.match(t)
    if neg:
        t = "-" + (neg.group("a") or neg.group("b")) + (neg.group("u") or "")
    m = match_mended(_AMOUNT, t)
    if m is None:
        # 壹佰万元整: yuan written out, whatever the declared unit; or with its figure in brackets
        # (`人民币壹佰贰拾万元整（¥1,200,000.00）`, `120万元（大写：壹佰贰拾万元整）`)
        got = parse_capital_amount(t)
        return got if got is not None else _paired_capital(t, unit)
    value = _to_decimal(m.group("num"))
    if value is None:
        return None
    written = m.group("unit")
    if written:
        factor = MONEY_UNITS.get(written) or _BARE_MULTIPLIERS[written]
    else:
        factor = _unit_factor(unit)
        if m.group("cur") is not None and (factor is None or abs(value) >= min(factor, _WAN)):
            # `¥1,200,000.00` under a 万元 head: yuan, as the sign says — a figure of at least one of the declared unit
            # is written the way yuan are; one below it (`¥50.00` under `金额单位：万元`, a currency format's sign typed
            # or pasted into the cell) is in the declared unit, the sign a currency's, no unit (it was 50 元, hunt mn4).
            # One unit of 万 at most: under a 亿元 head `¥12,000,000.00` is 1200万 yuan, not 12 million 亿元 (review rv7).
            # The currency written as a word says the same as its sign (`人民币1,200,000.00`, `RMB 1,200,000` under 万元:
            # yuan — they were 1.2 million 万元, hunt mn6)
            factor = Decimal(1)
        if factor is None:
            return None
    return money_to_yuan(value, factor)


@text_cache()
def parse_number(text: str | None) -> float | None:
    """Given a cell holding one plain number (a weight or score may end in 分), return it, or None.

    `"19.95"` -> `19.95`; `"2分"` -> `2.0`; `" 20 "` -> `20.0`; `"1,000"` -> `1000.0`;
    `"3项"` -> None; `"100%"` -> None.
    """
    t = content_text(text)
    if t is None:
        return None
    m = match_mended(_PLAIN_NUMBER, t)
    if m is None:
        return None
    value = _to_decimal(m.group("num"))
    if value is None:
        return None
    result = _finite_float(value)
    return 0.0 if result == 0.0 else result


# a count written with its unit: 2800平方米, 96间, 3.5公里, 1批 (2024年 is a year, no count)
_COUNT = regex.compile(r"^(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?:\p{Han}{1,4}|[a-zA-Z²³/]{1,4})$")
_YEAR_WORD = lazy_regex(r"^(?:19|20)\d{2}\s*年")


@text_cache()
def parse_count(text: str | None) -> float | None:
    """Given a quantity cell written with its unit, return its number, or None.

    `"2800平方米"` -> `2800.0`; `"3.5公里"` -> `3.5`; `"2024年"` -> None; `"若干"` -> None.
    """
    t = content_text(text)
    if t is None or _YEAR_WORD.match(t):
        return None
    m = match_mended(_COUNT, t)
    return parse_number(m.group("num")) if m else None


@text_cache()
def parse_fraction(text: str | None) -> float | None:
    """Given a progress or rate cell, return it as a fraction, or None.

    `"96.6%"` -> `0.966`; `"100%"` -> `1.0`; `"5‰"` -> `0.005`; `"0.95"` -> `0.95`;
    `"95"` -> None (a bare number above 1 is ambiguous); `"3/4"` -> `0.75` (a share as Excel's fraction format shows
    it, `# ?/?` on 0.75, or as written; the numerator not above the denominator; `6/30` a date's month and day).
    """
    t = content_text(text)
    if t is None:
        return None
    m = match_mended(_FRACTION, t)
    if m is None:
        share = _SHARE.match(t)
        num, den = (int(share.group(1)), int(share.group(2))) if share is not None else (1, 0)
        if not num <= den or 1 <= num <= 12 < den <= 31:
            return None              # (`6/30`, `12/31`: a month and its day, a date's, no share)
        return round(num / den, 10)
    value = _to_decimal(m.group("num"))
    if value is None:
        return None
    unit = m.group("unit")
    try:
        with localcontext() as ctx:
            ctx.prec = 60
            if unit == "%":
                value = value / 100
            elif unit == "‰":
                value = value / 1000
            elif unit == "‱":
                value = value / 10000
            elif not (0 <= value <= 1):
                return None
    except (InvalidOperation, ArithmeticError):
        return None
    result = _finite_float(value)
    if result is None:
        return None
    result = round(result, 10)
    return 0.0 if result == 0.0 else result


# ---------------------------------------------------------------- 大写金额 (capital numerals on cheques and forms)

_CAP_DIGITS = {"零": 0, "〇": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
               "两": 2}
_CAP_SMALL = {"拾": 10, "佰": 100, "仟": 1000}
_CAPITAL = lazy_regex(r"^(?:人民币)?[零〇壹贰叁肆伍陆柒捌玖两拾][零〇壹贰叁肆伍陆柒捌玖两拾佰仟万亿]*[元圆](?:[零〇壹贰叁肆伍陆柒捌玖]角)?"
                         r"(?:[零〇壹贰叁肆伍陆柒捌玖]分)?[整正]?$")
# the common numerals some forms write an amount in (`一百二十万元`, `一千二百万元整`, `三十五万元`): read as the capital
# ones they stand for (`一百二十万元` is `壹佰贰拾万元`)
LOWER_NUMERALS = "一二三四五六七八九十百千"
_LOWER_TO_CAPITAL = str.maketrans(LOWER_NUMERALS, "壹贰叁肆伍陆柒捌玖拾佰仟")


# an amount with the same amount written the other way in brackets: capital numerals and a figure (`壹佰贰拾万元整
# （¥1,200,000.00）`, `120万元（大写：壹佰贰拾万元整）`, `人民币壹佰万元整（小写：100万元）`)
_PAIRED = lazy_regex(r"^(?P<a>[^（(）)]+?)\s*[（(]\s*(?P<b>[^（(）)]+?)\s*[）)]$")
_CASE_WORD = lazy_regex(r"^(?:金额)?(?:大写|小写)\s*[:：]?\s*")
_CAP_CHARS = frozenset("壹贰叁肆伍陆柒捌玖" + LOWER_NUMERALS + "两")
_CLOSERS = frozenset("）)")


def _paired_capital(t: str, unit: str | None) -> float | None:
    """An amount in capital numerals beside its figure in brackets (or the figure beside its capital numerals):
    the capital numerals' yuan, when the figure agrees with it (read in the declared unit or, a bracket's `¥…` /
    `…元` being yuan, as written) or is no amount; None when the two differ (which is meant is not told)."""
    if _CAP_CHARS.isdisjoint(t) or not (t[-1:] in _CLOSERS or t[-2:-1] in _CLOSERS and t[-1:] == "\n"):
        return None     # (no capital numeral, or no closing bracket last — _PAIRED's `$`, before a last line break too)
    m = _PAIRED.match(t)
    if m is None:
        return None
    a, b = (_CASE_WORD.sub("", x.strip()) for x in (m.group("a"), m.group("b")))
    cap, fig = (a, b) if parse_capital_amount(a) is not None else (b, a)
    yuan = parse_capital_amount(cap)
    if yuan is None or parse_capital_amount(fig) is not None:
        return None
    n = match_mended(_AMOUNT, fig)
    if n is None:
        return yuan if not _A_DIGIT.search(fig) else None
    read = {parse_amount(fig, unit), parse_amount(fig)}
    return yuan if any(x is not None and abs(x - yuan) < 0.005 for x in read) else None


def is_capital_amount(text: str | None) -> bool:
    """A cell holding an amount in capital numerals (`壹佰万元整`, `人民币叁仟伍佰元伍角`), perhaps with its figure
    in brackets (`壹佰贰拾万元整（¥1,200,000.00）`): parse_capital_amount's / parse_amount's reading of it."""
    if type(text) is str and "&" not in text and _CAP_CHARS.isdisjoint(text):
        return False       # (no numeral of an amount in capitals, nor an entity that could write one: not cleaned first)
    t = content_text(text)
    if t is None or _CAP_CHARS.isdisjoint(t):
        return False
    t = AMOUNT_HEDGE.sub("", t) or t    # (`合计：叁佰万元整`: the amount, as parse_amount reads it)
    return parse_capital_amount(t) is not None or any(_paired_capital(t, u) is not None for u in DECLARED_UNITS)


def parse_capital_amount(text: str | None) -> float | None:
    """Given an amount in capital numerals (`壹佰万元整`, `人民币叁仟伍佰元伍角`), return yuan, or None.

    Only the written-out money form (ending in 元/圆, then 角, 分, 整) is read: number words elsewhere
    (`零发生`) are text. The common numerals are read as the capital ones (`一百二十万元` -> 1,200,000)."""
    t = WHITESPACE.sub("", text or "").translate(_LOWER_TO_CAPITAL)
    if not _CAPITAL.match(t):
        return None
    t = t.removeprefix("人民币")
    yuan, _, rest = t.partition("元") if "元" in t else t.partition("圆")
    yi = wan = section = digit = 0          # the 亿 part, the 万 part, the part below 万
    for ch in yuan:
        if ch in _CAP_DIGITS:
            digit = _CAP_DIGITS[ch]
        elif ch in _CAP_SMALL:
            section += (digit or 1) * _CAP_SMALL[ch]
            digit = 0
        elif ch == "万":
            wan = (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            yi = (yi + wan + section + digit) * 100_000_000
            wan = section = digit = 0
    value = Decimal(yi + wan + section + digit)
    for ch, unit in (("角", Decimal("0.1")), ("分", Decimal("0.01"))):
        i = rest.find(ch)
        if i > 0 and rest[i - 1] in _CAP_DIGITS:
            value += _CAP_DIGITS[rest[i - 1]] * unit
    return _finite_float(value)


# ---------------------------------------------------------------- a bound on an amount (`50万元以内`)

# an amount written as a bound, not the amount: `50万元以内` / `50万元以下` / `50万元（含）以内`, `不超过50万元`, `最高50万元`;
# the comparison is split_target's (`≤50万元`, `50万元及以下`, `最高不超过50万元`, `不低于50万元`, `50-80万元`: a bound or
# bounds as a target's are read — they were lost without a word, review rv3); the words of a cap it reads no comparison
# in (`最高50万元`, `上限50万元`) are this reader's own
_CAP_WORDS = lazy_regex(r"^(?:最高|最多|上限(?:为|是)?)\s*(?=[\d零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖])")
_BOUND_OPS = frozenset({"<=", "<", ">=", ">", "range"})


@text_cache()      # (a pure function of its texts, asked of the same money cells form after form, sp12)
def amount_bound(text: str | None, unit: str | None = None) -> float | None:
    """Given a money cell written as a bound (`50万元以内`, `不超过50万元`, `≤50万元`, `最高50万元`, `不低于50万元`,
    `50-80万元`), return the bound in yuan (a range's lower one), or None (an amount, or no bound). A bound is no amount:
    parse_amount gives None for it, and the form reader keeps the cell as written in other_fields under its label."""
    from normalize.targets import split_target   # (targets reads amounts' units: imported when asked)
    t = content_text(text)
    if t is None:
        return None
    cap = _CAP_WORDS.match(t)
    got = split_target(t[cap.end():] if cap is not None else t)
    if got.value is None and got.target_text and _CAP_CHARS & set(got.target_text) \
            and (got.op in _BOUND_OPS or cap is not None and got.op in (None, "=")):
        # `不超过叁佰万元`, `最高叁佰万元`: a bound in capital numerals (it was none: the label taken for the head of
        # money lines, the cell lost without a word, review rv3)
        return parse_amount(got.target_text, unit)
    if got.value is None or got.op not in (_BOUND_OPS | {"="} if cap is not None else _BOUND_OPS):
        # `约50-80万元` (`50-80万元左右`): a range with a hedge, its lower bound as amount_range reads it (split_target
        # reads no range behind the hedge: the cell was lost without a word, review rv105)
        return lo[0] if (lo := amount_range(t, unit)) is not None else None
    if got.unit == "元":
        return got.value
    return parse_amount(format(got.value, "f"), unit) if got.unit is None else None


def amount_range(text: str | None, unit: str | None = None) -> tuple[float, float] | None:
    """Given a money cell written as a range (`800-1000`, `50-80万元`, `800万-1000万元`), return its bounds in yuan (a
    figure of no unit in the declared `unit`), or None (an amount, a bound, no money). A range is no amount: parse_amount
    gives None for it. A hedge before it or after it (`约800-1000`, `800-1000万元左右`) leaves the range, as it leaves an
    amount in parse_amount (it was lost, the range no amount nor range)."""
    from normalize.targets import split_target   # (targets reads amounts' units: imported when asked)
    t = content_text(text)
    if t is None:
        return None
    got = split_target(_AMOUNT_HEDGE_AFTER.sub("", AMOUNT_HEDGE.sub("", t)) or t)
    if got.op != "range" or got.value is None or got.value_max is None:
        return None
    if got.unit == "元":
        return got.value, got.value_max
    if got.unit is not None:
        return None
    lo, hi = parse_amount(format(got.value, "f"), unit), parse_amount(format(got.value_max, "f"), unit)
    return (lo, hi) if lo is not None and hi is not None else None


# ---------------------------------------------------------------- an adjustment's amount (调增 / 调减)

# an adjustment's label, the change of a budget an adjustment form states beside the budgets before and after it
# (`调整金额（万元）`, `调增（减）金额`, `调增金额 | 调减金额` side by side, `调减额`, `增减数`): its word `w`
ADJUSTMENT_KEY = lazy_regex(r"^(?:预算)?(?P<w>调整|调增|调减|调增[(（]?减[)）]?|增减)(?:金额|额|数)")
_ADJUST_WORD = lazy_regex(r"^(?P<w>调增|调减|增加|减少|追加|核减|调增额|调减额)?\s*[:：]?\s*(?P<fig>.+)$")
_ADJUST_DOWN = ("调减", "减少", "核减", "调减额")


def parse_adjustment(text: str | None, unit: str | None = None) -> tuple[float, bool] | None:
    """Given an adjustment's cell (`调减-20.00`, `调增 15.00`, `（50.00）`, `-20`, `20.00`), return (amount in yuan,
    whether its direction is told), or None. A word saying down (调减 / 减少 / 核减) makes the amount below zero
    whatever its figure's sign (`调减-20.00`: -20, as `调减20.00`); a word saying up with a figure below zero says
    two things: None. A bare figure of no sign (`20.00`) tells no direction (False)."""
    t = content_text(text)
    if t is None:
        return None
    m = _ADJUST_WORD.match(t)
    if m is None:
        return None
    amount = parse_amount(m.group("fig"), unit)
    if amount is None:
        return None
    word = m.group("w")
    if word in _ADJUST_DOWN:
        return -abs(amount), True
    if word is not None and amount < 0:
        return None
    fig = m.group("fig").lstrip()
    return amount, word is not None or amount < 0 or fig.startswith("+")
