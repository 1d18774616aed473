"""Dates, periods and budget years.

Every function accepts any ``str`` or ``None`` and never raises; what cannot
be read gives None (a month without a day is not a date).
"""
from __future__ import annotations

from normalize._cache import text_cache

import calendar
import datetime as _dt

import regex
from normalize._lazy_re import lazy_regex

from normalize.text import CN_YEAR, CN_ZEROS, STAMP_NOTE, clean_text, content_text, fold_width, mend_ocr_digits

MIN_DATE_YEAR = 1900
MAX_DATE_YEAR = 2100
MIN_BUDGET_YEAR = 1990
MAX_BUDGET_YEAR = 2100

_TIME = r"(?:\s*(?:T|\s)\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"

# Full-match patterns of one date (text already cleaned and width folded).
_DATE_FORMS: tuple[regex.Pattern[str], ...] = (
    # 2020-01-01, 2020/1/1, 2020.1.1 (one separator throughout), optional time
    regex.compile(rf"^(?P<y>\d{{4}})\s*(?P<sep>[-/.])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<d>\d{{1,2}})\s*[日号]?{_TIME}$"),
    # 2020年1月1日
    regex.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?$"),
    # 20200101
    regex.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
    # 1月1日 (takes the form's year)
    regex.compile(r"^(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?$"),
)

# The same shapes without groups, to find the two ends of a period.
_DATE_TOKEN = (
    r"(?:\d{4}\s*(?:-\s*\d{1,2}\s*-\s*\d{1,2}|/\s*\d{1,2}\s*/\s*\d{1,2}|\.\s*\d{1,2}\s*\.\s*\d{1,2})\s*[日号]?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?"
    r"|\d{8}"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)"
)
# Separators between the two ends: 至 到 - — – ― − ～ ~ and 一 used as a dash; the Unicode hyphens ‐ ‑ ‒ too (a
# Word non-breaking hyphen, U+2011).
PERIOD_SEPARATORS = "至到~\\-—–―−一‐‑‒"
# the next year named before an end (`至次年3月15日`, `至翌年3月`): one list for the periods' patterns below
_NEXT_YEAR_WORD = r"(?:次年|翌年|第二年)"
_PERIOD = lazy_regex(
    rf"^(?:自|从)?\s*(?P<a>{_DATE_TOKEN})\s*起?\s*(?:[{PERIOD_SEPARATORS}]+)\s*(?P<b>(?:{_NEXT_YEAR_WORD}\s*)?{_DATE_TOKEN})\s*止?$"
)
_SOFT_SPLIT = lazy_regex(r"\s*(?:至|到|~)\s*")
_HAS_YEAR = lazy_regex(r"\d{4}|\d{8}")

_YEAR_WRITTEN = lazy_regex(r"(?<!\d)(\d{4})\s*[.．·]?\s*年")   # (`2024.年度`: a dot a scan's OCR read in)
# the dashes and words joining the two ends of a span (`2023-2025年`, `2024年至2026年`, `1～6月`, `1到6月`): one class for
# YEAR_WORD's span, LEAD_YEAR's refusal of a span's first year and SO_FAR_PERIOD's months (it was written three times)
SPAN_DASH = r"[-－—–~～至到]"
# a year or a span of years written in a name (`2024年度`, `2023-2025年`), left out of a title's, a sheet's or a line-up's
# name for its project (parsers.forms' title and sheet names; jixiao.history's norm_name, whose own `\d{4}年度?` was a twin
# that left `2023-` of a span in the name, review rvb)
# and a year written in numerals, digit by digit (normalize.text's CN_YEAR: `二〇二四`, `二0二四`, `二O二四` — those were
# no year, review rv34)
YEAR_WORD = regex.compile(rf"(?:(?:\d{{4}}|{CN_YEAR}(?=\s*年))\s*年?\s*{SPAN_DASH}\s*)?(?:\d{{4}}|{CN_YEAR}(?=\s*年))"
                          r"\s*年度?")
# (a year in numerals too, `二〇二四年学生资助项目绩效目标表`: it was kept in the title's name, hunt ti10; a span's first
# year too, `二〇二四年至二〇二六年…`: `至` was left in the name, review rv34)
# the year a text opens with, folded (`2024年计划投资`, `2024年度，完成…`, `2024年新建10个…`): not a span's first year
# (`2024年至2026年`, `2024年度-2026年度`) nor a day's (`2024年3月`) — parsers.forms' money label's year and jixiao.pipeline's
# annual goal's (two rules apart; the goal's took a span's first year and refused any figure after 年, twins tw3)
# (`年度?+` possessive: `年度?` gave back 度 to let `2024年度-2026年度` through; the dashes YEAR_WORD's, en dash
# too — review of the session, A4)
LEAD_YEAR = lazy_regex(rf"^\s*((?:19|20)\d{{2}})\s*年度?+(?![\d\s]*{SPAN_DASH})(?!\s*\d{{1,2}}\s*月)")

_NAME_YEAR = lazy_regex(r"^\s*((?:19|20)\d{2})\s*年")


def opening_year(name: str | None, goal: str | None) -> int | None:
    """The year a project's name opens with (`2024年度食品安全抽检监测经费`), else the year its annual goal opens with
    (`2024年度新建高标准农田1万亩`: the year the goal is of); None when neither does. For a form whose titles and lines
    state no year (its project's year; the year whose column of money by year is the form's budget)."""
    m = _NAME_YEAR.match(name or "") or LEAD_YEAR.match(fold_width(goal or ""))
    return int(m.group(1)) if m else None


_YEAR_CN = lazy_regex(rf"({CN_YEAR})\s*年")     # (`二0二四年` too: no year, review rv34)
_YEAR_ALONE = regex.compile(r"^\(?\s*(\d{4})\s*\)?$")
# a bracket of a year alone closing a title (`项目支出绩效目标申报表（2023）`): its year (it was read only as a line of its
# own, the form's year lost, hunt pf); not a document number's `〔2023〕12号`, which goes on after it
_YEAR_CLOSING = lazy_regex(r"(?<=\S)\s*\(\s*((?:19|20)\d{2})\s*\)\s*$")
_CN_DIGITS = ({c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {c: "0" for c in CN_ZEROS}
              | {str(i): str(i) for i in range(10)})


def _valid_year(year: object) -> int | None:
    if isinstance(year, bool) or not isinstance(year, int):
        return None
    return year if MIN_DATE_YEAR <= year <= MAX_DATE_YEAR else None


def _make_date(y: int | None, m: str, d: str) -> _dt.date | None:
    if y is None or not (MIN_DATE_YEAR <= y <= MAX_DATE_YEAR):
        return None
    try:
        return _dt.date(y, int(m), int(d))
    except (ValueError, OverflowError):
        return None


@text_cache()
def parse_date(text: str | None, year: int | None = None) -> _dt.date | None:
    """Given a date cell and the form's year, return the date, or None.

    `"2020-01-01"` -> `date(2020, 1, 1)`; `"2020年1月1日"`, `"2020/1/1"`,
    `"2020.1.1"`, `"20200101"` likewise; `("12月31日", 2019)` -> `date(2019, 12, 31)`;
    `"12月31日"` without a year -> None; `"2021-02-30"` -> None;
    `"2020年12月"` -> None (a month is not a date).
    """
    t = content_text(text)
    if t is None:
        return None
    got = _date(t, year)
    if got is None and (mended := mend_ocr_digits(t)) != t:
        got = _date(mended, year)            # `2O2O年3月2日`: letters OCR read for digits (see mend_ocr_digits)
    if got is None and (digits := cn_day_digits(t)) != t:
        got = _date(digits, year)            # `二〇二四年三月十五日`: a day in numerals (it was none, hunt ti10)
    return got


# an Excel date serial left in a General cell (`填报日期 | 45667`, a system's export or a pasted value: the day's
# number counted from 1899-12-30): five digits, a day of 1990-2099
_SERIAL = lazy_regex(r"^(?P<n>[3-7]\d{4})(?:\.0+)?$")
# a time of day written with colons (`10:30`, `09：41：50`; core's pairs: its colon is no label's)
CLOCK = r"\d{1,2}\s*[:：]\s*[0-5]\d(?:\s*[:：]\s*[0-5]\d)?(?!\d)"
# the hour after a field's day (`填表时间 | 2024年3月15日 10:30`, `…15日10时30分`, `…15日上午`): no part of the day
_CLOCK_TAIL = lazy_regex(r"(?<=[日号])\s*(?:(?:上午|下午|晚上|早上|中午)\s*)?(?:" + CLOCK
                         + r"|\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?(?:\s*\d{1,2}\s*秒)?)?\s*$")


# what a day's cell may have after the day: a page's number the footer's line set beside it (`2024年3月15日    第2页
# 共2页`), a full stop (`2024.03.15.`), the stamp's place (`2024年3月1日（盖章）`: it was no day, hunt ti18); one or more
# of them (`2024年3月1日（盖章）  第1页 共1页`), after a day in digits or in numerals (`二〇二四年三月一日（盖章）`: they were
# no day, review rv80)
_DAY_TAIL = lazy_regex(r"(?<=[\d日号])(?:\s*(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[/，,]?\s*第\s*\d+\s*页"
                       rf"|[.。]|{STAMP_NOTE}))+\s*$")


def _short_day(k: str = "", century: bool = False) -> str:
    """The pattern of a day of a short year, its groups named y, sep, m, d and K after each (one spelling: a day alone
    and a period's two ends). CENTURY: its year may be written whole too (a period's end beside a short one, `2024.7.1-
    25.6.30`), the century then in group c and K."""
    lead = rf"(?P<c{k}>20)?" if century else ""
    return rf"{lead}(?P<y{k}>\d{{2}})\s*(?P<sep{k}>[-/.])\s*(?P<m{k}>\d{{1,2}})\s*(?P=sep{k})\s*(?P<d{k}>\d{{1,2}})"


# a day with its year's last two figures (`24.3.15`, `24/03/15`, `24-3-15`; one separator throughout): a day of the
# form's year or one beside it (field_date; a short year read only beside the form's own)
SHORT_YEAR_DAY = lazy_regex(rf"^{_short_day()}\s*[日号]?$")


# a period between two days of short years (`24.7.1-25.6.30`, `24/7/1—25/6/30`): each end's year its century's
# (`2024.7.1至2025.6.30`), read as any period, when the form's year, if given, is within one of the span (it was none,
# hunt ti14); one ending before it starts (`25.7.1-24.6.30`) spelled alike, so that it is no period and the check
# `period_reversed` names it (it was dropped silently, review rv56); months of short years (`24.7-25.6`) are no period
# (a figure's range); one end's year may be whole (`2024.7.1-25.6.30`, `24.7.1-2025.6.30`: they were none, mend md18)
# An end may be written in 年 and 月 too, its year short or whole (`2024年7月1日-25.6.30`, `24年7月-2025.6`,
# `2024年7月-25年6月`: two styles in one period, none before, hunt ti15), and a whole year's dotted month beside a short
# end (`2025.6`); a short year's dotted month is an end beside a month in 年 and 月 (hunt ti16) or a whole year's dotted
# month (`24.7-2025.6`, hunt ti17), not beside another short one (`24.7-25.6`, as above): _short_dotted_month_read
def _period_end(k: str) -> str:
    """The pattern of a period's end of a short year or beside one (see _SHORT_YEAR_PERIOD): groups c, y, m, d and K
    after each (d none for a month)."""
    return (rf"(?:{_short_day(k, True)}\s*[日号]?"
            rf"|(?P<c{k}>20)?(?P<y{k}>\d{{2}})\s*年\s*(?P<m{k}>\d{{1,2}})\s*月份?(?:\s*(?P<d{k}>\d{{1,2}})\s*[日号])?"
            rf"|(?P<c{k}>20)?(?P<y{k}>\d{{2}})\s*[./]\s*(?P<m{k}>\d{{1,2}})(?![\d./])(?P<dm{k}>))")


_SHORT_YEAR_PERIOD = lazy_regex(rf"^(?:自|从)?\s*{_period_end('1')}\s*起?\s*[{PERIOD_SEPARATORS}]+\s*"
                                rf"{_period_end('2')}\s*止?$")


def _short_years_spelled(t: str, year: int | None) -> str:
    """A period with an end of a short year with its years spelled out (`24.7.1-25.6.30` -> `2024年7月1日至2025年6月30日`,
    `24年7月-2025.6` -> `2024年7月至2025年6月`), else the text as written."""
    m = _SHORT_YEAR_PERIOD.match(t)
    if m is None or m["c1"] and m["c2"]:
        return _short_years_named(t, year)   # (two whole years: read as written)
    y1, y2 = 2000 + int(m["y1"]), 2000 + int(m["y2"])
    if not _short_dotted_month_read(m, y1, y2):
        return t
    if year is not None and not min(y1, y2) - 1 <= year <= max(y1, y2) + 1:
        return t
    return "至".join(f"{y}年{m[f'm{k}']}月" + (f"{m[f'd{k}']}日" if m[f"d{k}"] else "")
                    for k, y in (("1", y1), ("2", y2)))


def _short_dotted_month_read(m: regex.Match[str], y1: int, y2: int) -> bool:
    """Whether a period's ends as _SHORT_YEAR_PERIOD matched them are read: a short year's dotted month (`25.6`) is an
    end only beside a month written in 年 and 月 (`2024年7月-25.6`, `24.7-2025年6月`) or a whole year's dotted month
    (`24.7-2025.6`, `2024.7-25.6`), its years the same or the next (two short years' dotted months, `24.7-25.6`, are a
    figure's range as well: none; a whole year's beside a short one is no range of one measure — `24.7` to `2025.6` —
    it was none, hunt ti17), or a whole year's day (`24.7-2025.6.30`, `2024.7.1-25.6`: they were none or its start
    alone, hunt ti18), not a short year's day (`24.7-25.6.30`)."""
    for k, other in (("1", "2"), ("2", "1")):
        if m[f"dm{k}"] is not None and m[f"c{k}"] is None:
            if (m[f"dm{other}"] is not None or m[f"d{other}"] is not None) and m[f"c{other}"] is None \
                    or not 0 <= y2 - y1 <= 1:
                return False
    return True


# a short year written with 年 in a period (`24年7月-12月`, `24年-25年`): its century's, as the periods above, when the
# text has a separator between two ends and each short year is within one of the form's (it was none, hunt ti16); not
# after a letter, an OCR digit's look-alike (`2O23年1月-12月`'s 23 is no short year: the clean-clone run)
_SHORT_YEAR_WORD = lazy_regex(r"(?<![\dA-Za-z.])(\d{2})(?=\s*年)")
_TWO_ENDS = lazy_regex(rf"\S\s*(?:起\s*)?[{PERIOD_SEPARATORS}]+\s*\S")


def _short_years_named(t: str, year: int | None) -> str:
    """A period with short years written with 年 with its years spelled out (`24年7月-12月` -> `2024年7月-12月`), else the
    text as written."""
    shorts = [2000 + int(y) for y in _SHORT_YEAR_WORD.findall(t)]
    if not shorts or not _TWO_ENDS.search(t):
        return t
    if year is not None and not min(shorts) - 1 <= year <= max(shorts) + 1:
        return t
    return _SHORT_YEAR_WORD.sub(lambda y: "20" + y.group(1), t)


def field_date(text: str | None, year: int | None = None) -> _dt.date | None:
    """The date of a date field's cell (填报日期, 开始时间 …): parse_date's, else an Excel serial as the day it counts
    (`45667` -> 2025-01-10, hunt of2) when that day is within two years of the form's (any day of 1990-2099 when
    the form states no year), a day of a short year (`24.3.15`, SHORT_YEAR_DAY) within one of the form's; None
    otherwise (a serial far from the form's year is no day of it)."""
    got = parse_date(text, year)
    if got is None and text is not None and (bare := _CLOCK_TAIL.sub("", clean_text(text) or "")) != clean_text(text):
        got = parse_date(bare, year)        # `2024年3月15日 10:30`, `…15日10时30分`: the day (it was none, review rv44)
    if got is None and text is not None and (bare := _DAY_TAIL.sub("", clean_text(text) or "")) != clean_text(text):
        got = parse_date(bare, year)        # `2024年3月15日  第2页 共2页`, `2024.03.15.`: the day (it was none, hunt ti13)
    if got is None and year is not None and (s := SHORT_YEAR_DAY.match(clean_text(text) or "")) is not None \
            and abs(2000 + int(s["y"]) - year) <= 1:
        got = _make_date(2000 + int(s["y"]), s["m"], s["d"])   # `24.3.15` in a form of 2024 (it was none, hunt ti13)
    if got is not None or text is None:
        return got
    m = _SERIAL.match(clean_text(text) or "")
    if m is None:
        return None
    day = _dt.date(1899, 12, 30) + _dt.timedelta(days=int(m["n"]))
    if not 1990 <= day.year <= 2099 or year is not None and abs(day.year - year) > 2:
        return None
    return day


# a day written in numerals (`二〇二四年三月十五日`, a sign-off's or a paper's day; `○` and `零` for the zero too): its
# year digit by digit, its month and day as numbers (`十五`, `二十`, `三十一`)
# (its year as `CN_YEAR`, `二0二四`, `二○二四`, or in digits, `2024年三月十五日`: those were no day, review rv34)
# (CN_MONTH its year and month, `2024年三月`, `二〇二四年三月`: orgs' SIGNED_DAY's month of a sign-off; A_DAY a day in
# digits or in numerals, parsers.core's day alone under a body's name and parsers.forms' day line — one spelling, they
# were three: orgs' and core's took no `2024年三月十五日`, hunt ti11)
CN_MONTH = rf"(?:{CN_YEAR}|(?:19|20)\d{{2}})\s*年\s*(?:十[一二]?|[一二三四五六七八九])\s*月"
CN_DAY_OF_MONTH = r"\s*(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"   # (`十五日` after a month)
CN_DAY = CN_MONTH + CN_DAY_OF_MONTH
A_DAY = rf"(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]|{CN_DAY}"
# a month alone, no day (`2024年3月`, `2024年03月份`, `2024.03`, `2024-3`, `二〇二四年三月`, `2024年三月份`): forms'
# fill_date cell that names no day and tables' sign-off month under a 考核任务分解表 — one spelling, they were two
# (forms' took `份` and `2024.03`, tables' neither; twins, hunt ti13)
# (one group, so that it can be put in any pattern; the month 1-12: `2019-20`, `2024.13` are no month — md13 of code
# review rd)
MONTH_ALONE = rf"(?:(?:19|20)\d{{2}}\s*(?:年\s*(?:0?[1-9]|1[0-2])\s*月份?|[./-]\s*(?:0?[1-9]|1[0-2]))|{CN_MONTH}份?)"
# a part of a month or a deadline at it after the month (`上旬`, `底前`, `末`, `初之前`): tables' tail of a month a cell's
# width cut (`2024年11月` over `底前`) and a schedule's time (STEP_TIME) — one spelling
# a deadline's word after a day or a month (`前`, `之前`, `止`, `前完成`): MONTH_PART's and tables' cut day tail's one spelling
DEADLINE_SUFFIX = r"(?:前|之前|以前|止)?(?:完成)?"
MONTH_PART = rf"(?:底|末|初|中旬|上旬|下旬){DEADLINE_SUFFIX}"
# the time a schedule's step is done at (`2024年3月1日`, `2024年11月`, `2024年3月上旬`, `2024年6月底前`): a schedule's row
# under a form's indicator table (forms._schedule_step) and a cell the text reader knows is whole (extract.txt; they
# were a day or a month alone each, and a step `2024年3月上旬` an indicator, the schedule cut — review rv56)
STEP_TIME = rf"(?:{A_DAY}|{MONTH_ALONE})(?:\s*{MONTH_PART})?"
QUARTER_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}
# a quarter's numeral, one of QUARTER_NUMBER's (`[1234一二三四]`): the periods', forms' quarter heads', checks' deadlines'
# and YEAR_PART_TIME's (it wrote the class out again, `[一二三四1-4]`: review rv99)
QUARTER_DIGIT = "[" + "".join(QUARTER_NUMBER) + "]"
# a year's end or one of its quarters, no month (`2024年底`, `2024年年底`, `2024年末`, `2024年第四季度`, `2024年三季度末`):
# the time a time indicator is due at, as STEP_TIME's month is (packed_list's name then its time, `完工时间2024年底前`)
YEAR_PART_TIME = rf"(?:19|20)\d{{2}}\s*年\s*(?:年?\s*[底末]|(?:第\s*)?{QUARTER_DIGIT}\s*季度\s*[底末]?)"
# the time a monitoring form's figures are of, the year so far (`1-6月`, `1月-6月`, `1－9月份`, `上半年`, `前三季度`,
# `截至6月底`, `截至2024年6月30日`): parsers.core's heads of values reached so far (`1-6月完成值`) and its year line under
# a 监控表's title (`（2025年1-6月）`), extract.txt's heads of a one-cell-a-line 监控表 (`1-6月执行数`) — one spelling
# (hunt nw10 wrote it twice more, review rv110)
TO_MONTH = r"截[至止](?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末)?"
# a month's number as a plan's heads and a deadline write it (`1`-`12`, `06`, `十二`): forms' quarter heads', checks'
# plans' and deadlines' — one spelling, it was written twice (forms._MONTH, checks._PLAN_MONTH; review rv6)
MONTH_NUMERAL = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# (a month in figures or in words, `一至六月`: parsers.forms' money matrix's heads spelled it a third time, its own
# _TO_DATE_HEAD, review rv110's leftover; MONTH_NUMERAL's, no month 13 to 99 — `6-36月龄儿童…` was a key's months so
# far, `龄儿童…` left, review rv121)
# The months so far start with January: `7-12月执行数（预计）` beside `1-6月执行数` is the half to come, no money spent
# (label_key made it `执行数`, the spent column: the forecast read as spent, hunt mn27)
SO_FAR_PERIOD = rf"(?:(?:0?1|一)\s*月?\s*{SPAN_DASH}\s*{MONTH_NUMERAL}\s*月份?|上半年|前三季度|{TO_MONTH})"
# a cell holding a schedule step's time and nothing else (the text reader's whole-day cell, the forms' step time:
# one pattern, the second read of the session)
STEP_TIME_CELL = lazy_regex(rf"^\s*(?:{STEP_TIME})\s*$")
_CN_DAY = lazy_regex(rf"(?P<y>{CN_YEAR}|(?:19|20)\d{{2}})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
                     r"\s*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*(?P<e>[日号])")


def _cn_number(t: str) -> str:
    """`十五` -> `15`, `二十` -> `20`, `三十一` -> `31`, `九` -> `9` (a month's or a day's numerals)."""
    if "十" not in t:
        return _CN_DIGITS[t]
    tens, _, ones = t.partition("十")
    return str(int(_CN_DIGITS[tens] if tens else "1") * 10 + (int(_CN_DIGITS[ones]) if ones else 0))


def cn_day_digits(text: str) -> str:
    """Given a text, return it with each day written in numerals put in digits (`二〇二四年三月十五日` ->
    `2024年3月15日`); other text as written."""
    if "年" not in text:
        return text
    return _CN_DAY.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group("y")) + "年" + _cn_number(m.group("m"))
                       + "月" + _cn_number(m.group("d")) + m.group("e"), text)


def _date(t: str, year: int | None) -> _dt.date | None:
    for form in _DATE_FORMS:
        m = form.match(t)
        if m is None:
            continue
        groups = m.groupdict()
        y = int(groups["y"]) if groups.get("y") else _valid_year(year)
        return _make_date(y, groups["m"], groups["d"])
    return None


# the next year named before an end's month and day (`2023年11月15日至次年3月15日`, a heating season): the start's year
# and one (it was none; a month alone, `2025年10月至次年3月`, see _MONTH_PERIOD)
_NEXT_YEAR = lazy_regex(rf"^\s*{_NEXT_YEAR_WORD}\s*")


def _parse_end(text: str, start: _dt.date | None, start_text: str, year: int | None) -> _dt.date | None:
    """Given the end of a period, return its date; an end without a year takes the start's (the year the start is
    written in when its date is none: `2023年2月30日至12月31日`, `2023.2.30-12.31` end in 2023, not the form's year;
    the one after it when the end says 次年 / 翌年)."""
    if start is not None and (nx := _NEXT_YEAR.match(text)) is not None:
        return parse_date(text[nx.end():], start.year + 1)
    if _HAS_YEAR.search(text) or not (written := _HAS_YEAR.search(start_text)):
        return parse_date(text, year)
    if start is None:
        return parse_date(text, int(written.group()[:4]))
    end = parse_date(text, start.year)
    if end is not None and end < start:
        return None
    return end


def parse_period(text: str | None, year: int | None = None) -> tuple[_dt.date | None, _dt.date | None]:
    """Given a period cell and the form's year, return (start, end); an unreadable end is None.

    `"20200101至20221231"` -> `(date(2020, 1, 1), date(2022, 12, 31))`;
    `"2020.1.1-2020.12.31"`, `"2020年1月1日—2020年12月31日"` likewise;
    `("1月1日至12月31日", 2019)` -> `(date(2019, 1, 1), date(2019, 12, 31))`;
    `"2020-01-01至今"` -> `(date(2020, 1, 1), None)`; `"(年-年)"` -> `(None, None)`;
    `"2021年1月起至2021年12月止"`, `"2021.1-2021.12"` -> `(date(2021, 1, 1), date(2021, 12, 31))` (months: from the
    first day of the first to the last day of the last).
    """
    start, end = _period_as_written(text, year)
    if start is not None and end is not None and end < start:
        return (None, None)                 # an end before its start (`2025年12月至2025年1月`): see reversed_period
    return (start, end)


def reversed_period(text: str | None, year: int | None = None) -> tuple[_dt.date, _dt.date] | None:
    """Given a period cell whose end is written before its start, return (start, end) as written, else None.

    `"2025年12月至2025年1月"` -> `(date(2025, 12, 1), date(2025, 1, 31))`; `"2025-2023"` -> `(date(2025, 1, 1),
    date(2023, 12, 31))`; `"2024年1月-12月"` -> None. parse_period gives no dates for such a cell (a slip of the
    pen: which end is wrong is not written); the audit check `period_reversed` names it.
    """
    start, end = _period_as_written(text, year)
    return (start, end) if start is not None and end is not None and end < start else None


# a period's start and its separator ending a text (`2024年7月-`, `2024年7月1日至`, `2024.7.1—`): its end cut off
_OPEN_PERIOD = lazy_regex(rf"\d\s*[年月日号]?\s*起?\s*[{PERIOD_SEPARATORS}]+\s*$")


def period_cut(text: str, rest: str) -> bool:
    """Is TEXT a period whose end a line break cut off and REST that end (`2024年7月-` over `2025.6.30`): the two read
    together as a period of two dates? For the text readers' cells cut over lines (it was no period, hunt ti16)."""
    return bool(_OPEN_PERIOD.search(text)) and None not in parse_period(text.strip() + rest.strip())


# a period's length (`三年`, `12个月`, `为期1年`, `分三年`): _LENGTH_BEFORE's and _LENGTH_AFTER's one spelling
_LENGTH = r"(?:共|计|为期|历时|分)?\s*[\d一二两三四五六七八九十]+\s*个?\s*(?:年|月|天|日)"
# the period's length said before its dates in brackets (`三年（2024-2026）`, `3年(2024年-2026年)`, `为期两年（2024年1月
# -2025年12月）`): the bracket's period, the length no end of it (it was none, hunt ti17); a year of four figures is no
# length (`2024年（12个月）`, `2024年（共3年）`: the year's period, the length after it, as before ti17 — review rv71); the
# length as a term (`三年期（2024-2026）`) and a note of no figure after a comma in the bracket (`三年（2024-2026年，分期
# 实施）`): the same period (they were none, hunt ti18); the note after a 、 too (`三年（2024-2026年、分期实施）`: it was none,
# hunt tg23)
_LENGTH_BEFORE = lazy_regex(rf"^(?!\s*\d{{4}})\s*{_LENGTH}\s*期?\s*\(\s*(?P<p>[^()]*\d[^()]*?)\s*"
                            r"(?:[,，;；、]\s*[^()\d]*)?\)\s*$")
# the period's length restated after its dates (`2024年—2026年（三年）`, `…（12个月）`, `…，共2年`, `…（为期1年）`, `…（分三年
# 实施）`): no part of either end (it left the period unread, or its end, hunt pf; `分三年实施`, review rv8); a length
# after a comma with its word (`，共2年`, not `，2年`)
_LENGTH_AFTER = lazy_regex(
    rf"(?<=[\d年月日号底末止])\s*(?:\(\s*{_LENGTH}\s*(?:实施|完成|建设)?\s*\)"
    rf"|[,，;；]?\s*(?=共|计|为期|历时|分){_LENGTH}(?:实施|完成|建设)?)\s*$")


# a period in quarters (`2024年1-4季度`, `2024年第一季度至第三季度`, `2024年一至四季度`, `2024年第三季度`, `2024年第四季度至
# 2025年第二季度`): read as its months, the first quarter's first to the last one's last (`2024年1月至12月`; it was none,
# hunt tg7; `2024年4个季度`, four quarters, is a length, no period — 个 only after 第, `第一个季度`: review mend)
# (QUARTER_NUMBER, QUARTER_DIGIT: above, YEAR_PART_TIME is built on them)
# a part of the year a plan of money by period names (`一季度`, `第3季度`, `Q2`, `1-3月`, `十二月份`): its quarter (q / qq)
# or its months (m1 to m2), as a plan's heads write it (parsers.forms) and the plan kept in other_fields (jixiao.checks)
PLAN_PERIOD = (rf"第?(?P<q>{QUARTER_DIGIT})季度|[Qq](?P<qq>[1-4])"
               rf"|(?:(?P<m1>{MONTH_NUMERAL})月?\s*(?:-|—|－|~|～|至|到)\s*)?(?P<m2>{MONTH_NUMERAL})月份?")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
             "十二": 12}


def month_number(numeral: str) -> int:
    """The month a MONTH_NUMERAL names (`06` 6, `十二` 12)."""
    return int(numeral) if numeral.isdigit() else _CN_MONTH[numeral]


# (`2024年Q3`, `2024Q1-Q4`, `2024Q4-2025Q2`: the same in Q's — they were none, review rv4)
_QUARTERS = lazy_regex(
    rf"^(?:自|从)?\s*(?P<y1>(?:19|20)\d{{2}})\s*(?:年度?\s*第?\s*(?P<qq>[Qq])?|(?P<qq>[Qq]))\s*(?P<q1>{QUARTER_DIGIT})"
    rf"\s*(?P<k1>(?:(?<=第\s*\S\s*)个)?季度?)?\s*(?:起?\s*[{PERIOD_SEPARATORS}]+\s*(?:(?P<y2>(?:19|20)\d{{2}})\s*(?:年度?|(?=[Qq])))?\s*"
    rf"第?\s*[Qq]?\s*(?P<q2>{QUARTER_DIGIT})\s*)?"
    rf"(?P<k2>季度?)?\s*(?:末|底)?\s*止?$")

_OPEN_END = lazy_regex(r"^\s*(?:自|从)|止\s*$")     # `自2024年`, `2026年止`: one end of a period said
_POINT_END = lazy_regex(r"[末底]\s*止?$")     # `…四季度末`: a point in time


def _quarters_as_months(t: str) -> str:
    """A period written in quarters as the same period in months (`2024年1-4季度` -> `2024年1月至12月`), else as written."""
    m = _QUARTERS.match(t)
    if m is None or not ((m.group("k1") or "").endswith(("季", "季度")) or m.group("k2") or m.group("qq")) \
            or (m.group("q2") is None and _POINT_END.search(t)):
        return t                            # (`2024年四季度末`: a point in time, no period)
    q1, q2 = QUARTER_NUMBER[m.group("q1")], QUARTER_NUMBER[m.group("q2") or m.group("q1")]
    end_year = f"{m.group('y2')}年" if m.group("y2") else ""
    return f"{m.group('y1')}年{3 * q1 - 2}月至{end_year}{3 * q2}月"


# a half year (`2024年上半年`, `2024年度下半年`, `二〇二四年下半年`): its six months, as a quarter is read as its three (it was
# none, hunt ti12); a year in numerals before a quarter or a half (`二〇二四年第三季度`) in digits first (it was none)
_HALF_YEAR = lazy_regex(r"^(?:自|从)?\s*(?P<y>(?:19|20)\d{2})\s*年度?\s*(?P<h>[上下])\s*半\s*年度?\s*$")
# a span of halves (`2024年下半年至2025年上半年`, `2024年上半年-下半年`): from the first one's first month to the last
# one's last (`2024年7月至2025年6月`; it was none, hunt ti13)
_HALVES = lazy_regex(rf"^(?:自|从)?\s*(?P<y1>(?:19|20)\d{{2}})\s*年度?\s*(?P<h1>[上下])\s*半\s*年度?\s*起?\s*"
                     rf"[{PERIOD_SEPARATORS}]+\s*(?:(?P<y2>(?:19|20)\d{{2}})\s*年度?\s*)?(?P<h2>[上下])\s*半\s*年度?\s*止?$")
# (each year of the text: `二〇二四年下半年至二〇二五年上半年`, a span of halves in numerals — it was none, hunt ti13)
_CN_YEARS = lazy_regex(rf"({CN_YEAR})(?=\s*年)")


def _period_as_written(text: str | None, year: int | None) -> tuple[_dt.date | None, _dt.date | None]:
    t = content_text(text)
    if t is None:
        return (None, None)
    if (m := _LENGTH_BEFORE.match(t)) is not None:
        t = m.group("p")                    # `三年（2024-2026）`: the bracket's period (it was none, hunt ti17)
    if "半年" in t or "季" in t:
        t = _CN_YEARS.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group(1)), t)   # (`二〇二四年第三季度`)
        t = _HALF_YEAR.sub(lambda m: f"{m.group('y')}年{'1月至6月' if m.group('h') == '上' else '7月至12月'}", t)
        t = _HALVES.sub(lambda m: f"{m.group('y1')}年{1 if m.group('h1') == '上' else 7}月至"
                        f"{m.group('y2') + '年' if m.group('y2') else ''}{6 if m.group('h2') == '上' else 12}月", t)
    t = _quarters_as_months(t) if "季" in t or "Q" in t or "q" in t else t
    t = _short_years_spelled(t, year)
    if (m := _LENGTH_AFTER.search(t)) is not None and m.start() > 0:
        t = t[:m.start()].rstrip()
    got = _period(t, year)
    if got == (None, None) and (mended := mend_ocr_digits(t)) != t:
        got = _period(mended, year)          # `2O23年1月-12月`: letters OCR read for digits
    if None in got and "年" in t and (digits := _cn_date_digits(t)) != t:
        # `二〇二四年一月至十二月`, `二〇二四年度`, `二零二四年三月—二零二四年十二月`: a period in numerals, as in digits (it
        # was none; only two days in numerals were read, parse_date's, hunt ti11)
        again = _period(digits, year)
        got = again if again.count(None) < got.count(None) else got
    return got


# a year, a month or a day of a period written in numerals (`二〇二四年`, `年一月`, `至十二月`, `月三十一日`): in digits
# (a month right after a year, a separator or the period's opening word; a day right after its month)
_CN_PERIOD_PART = lazy_regex(
    rf"(?P<y>{CN_YEAR})(?=\s*年|\s*[{PERIOD_SEPARATORS}]\s*{CN_YEAR}\s*年)"
    rf"|(?<=(?:^|[年{PERIOD_SEPARATORS}起自从])\s*)(?P<m>十[一二]?|[一二三四五六七八九])"
    rf"(?=\s*月|\s*[{PERIOD_SEPARATORS}]\s*(?:十[一二]?|[一二三四五六七八九])\s*月)"
    r"|(?<=月\s*)(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=\s*[日号])")


def _cn_date_digits(t: str) -> str:
    """A period's years, months and days written in numerals put in digits (`二〇二四年一月至十二月` ->
    `2024年1月至12月`); other text as written."""
    return _CN_PERIOD_PART.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group("y")) if m.group("y")
                               else _cn_number(m.group("m") or m.group("d")), t)


# 2023.1.1-12.31, 2023/3/1—11/30: the end's month and day in the start's separator (no dates on main: `12.31` alone is
# no date token, hunt lf); its year the start's, as any end without a year (`_parse_end`)
_END_WITHOUT_YEAR = lazy_regex(
    rf"^(?:自|从)?\s*(?P<a>\d{{4}}\s*(?P<sep>[./])\s*\d{{1,2}}\s*(?P=sep)\s*\d{{1,2}})\s*[日号]?\s*起?\s*"
    rf"[{PERIOD_SEPARATORS}]+\s*(?P<m2>\d{{1,2}})\s*(?P=sep)\s*(?P<d2>\d{{1,2}})\s*[日号]?\s*止?$")


# a period from a day to a month, or from a month to a day (`2024年1月1日-12月`, `2024.3.1-2024.12`, `2024年3月1日至2024年
# 12月`, `2024年1月-12月31日`): the month's first day its start, its last day its end, as a period in months reads (it
# was none, or no end, hunt tg6); a month without its year is the other end's year (after the start, else none)
# (`2024年11月15日至次年3月`, a heating season: the month of the next year, as `2024年10月-次年3月31日` and `2024年11月-次年3月`
# read — it was no end, review rv1)
_MONTH_END = r"(?:(?P<y2>\d{4})\s*(?:年|[./-])\s*|(?P<nx>" + _NEXT_YEAR_WORD + r")\s*)?(?P<m2>\d{1,2})\s*(?P<w2>月份?)?\s*(?:底|末)?"
_DAY_TO_MONTH = regex.compile(rf"^(?:自|从)?\s*(?P<a>{_DATE_TOKEN})\s*起?\s*[{PERIOD_SEPARATORS}]+\s*{_MONTH_END}\s*止?$")
_MONTH_TO_DAY = lazy_regex(rf"^(?:自|从)?\s*(?P<y1>\d{{4}})\s*(?:年|[./-])\s*(?P<m1>\d{{1,2}})\s*(?:月份?)?\s*初?\s*起?\s*"
                              rf"[{PERIOD_SEPARATORS}]+\s*(?P<b>(?:{_NEXT_YEAR_WORD}\s*)?{_DATE_TOKEN})\s*止?$")


_FOUR_DIGIT_YEAR = lazy_regex(r"^\s*(?:19|20)\d{2}\s*(?:年|[./-])")


def _day_and_month(t: str, year: int | None) -> tuple[_dt.date | None, _dt.date | None] | None:
    """A period from a day to a month or from a month to a day (see _DAY_TO_MONTH), else None."""
    if (m := _DAY_TO_MONTH.match(t)) is not None and (m.group("y2") or m.group("w2")):
        start = parse_date(m.group("a"), year)
        y2 = int(m.group("y2")) if m.group("y2") else None if start is None else start.year + bool(m.group("nx"))
        m2 = int(m.group("m2"))
        if start is None or _valid_year(y2) is None or not 1 <= m2 <= 12:
            return None
        end = _dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
        return (start, end) if end >= start or m.group("y2") or m.group("nx") else (start, None)
    if (m := _MONTH_TO_DAY.match(t)) is not None:
        y1, m1 = _valid_year(int(m.group("y1"))), int(m.group("m1"))
        if y1 is not None and not 1 <= m1 <= 12 and _FOUR_DIGIT_YEAR.match(m.group("b")):
            # (`2024.13-2025.6.30`: a start of no month there is, the end a whole day — the end alone, as `24.13-…` and
            # `2024.13.1-…` read; it was neither, hunt tg24)
            end = parse_date(m.group("b"), year)
            return (None, end) if end is not None else None
        if y1 is None or not 1 <= m1 <= 12:
            return None
        start = _dt.date(y1, m1, 1)
        end = _parse_end(m.group("b"), start, m.group("y1") + "年", year)
        return (start, end) if end is not None else None
    return None


def _period(t: str, year: int | None) -> tuple[_dt.date | None, _dt.date | None]:
    got = _period_as_tokens(t, year)
    if None in got and (mixed := _day_and_month(t, year)) is not None:
        return mixed
    return got


def _period_as_tokens(t: str, year: int | None) -> tuple[_dt.date | None, _dt.date | None]:
    if (e := _END_WITHOUT_YEAR.match(t)) is not None:
        a, b = e.group("a"), f"{e.group('m2')}月{e.group('d2')}日"     # (the end as a date token of no year)
    elif (m := _PERIOD.match(t)) is not None:
        a, b = m.group("a"), m.group("b")
    else:
        parts = _SOFT_SPLIT.split(t)
        if len(parts) != 2:
            return _month_period(t)
        a, b = parts
    start = parse_date(a, year)
    end = _parse_end(b, start, a, year)
    if start is None and end is None:
        return _month_period(t)
    return (start, end)


# 2021年1月起至2021年12月止, 2021年1月-12月, 2024年1-12月, 2021.1-2021.12: a period given in months
# (`2024年3月初至12月底`: the start's month said with 初, its beginning — it was none, hunt tg6)
_MONTH_PERIOD = lazy_regex(
    rf"^(?:自|从)?\s*(?P<y1>\d{{4}})\s*(?:年\s*(?P<m1>\d{{1,2}})\s*月份?\s*初?|[.\-/]\s*(?P<m1>\d{{1,2}})"
    rf"|年\s*(?P<m1>\d{{1,2}})(?=\s*[{PERIOD_SEPARATORS}]+\s*\d{{1,2}}\s*月))\s*起?\s*"
    rf"[{PERIOD_SEPARATORS}]+\s*{_MONTH_END}\s*止?$")   # (its end as a day-to-month period's: _MONTH_END)


# 2024年-2026年, 2024—2026年, 2019-2021, 2022年, 2023年全年 (a 项目期限 of whole years; `全年` the whole year, no dates on
# main, hunt lf); 202001-202012 (years and months run together)
_YEAR_PERIOD = lazy_regex(
    rf"^(?:自|从)?\s*(?P<y1>(?:19|20)\d{{2}})\s*(?:年度?)?(?:\s*全年度?)?\s*(?:起?\s*[{PERIOD_SEPARATORS}]+\s*"
    rf"(?P<y2>(?:19|20)\d{{2}})\s*(?:年度?)?)?\s*止?$")
_YYYYMM_PERIOD = lazy_regex(
    rf"^(?P<y1>(?:19|20)\d{{2}})(?P<m1>0[1-9]|1[0-2])\s*[{PERIOD_SEPARATORS}]+\s*(?P<y2>(?:19|20)\d{{2}})(?P<m2>0[1-9]|1[0-2])$")


def _year_period(t: str) -> tuple[_dt.date | None, _dt.date | None]:
    """A period of whole years (`2024年-2026年`: from 1 January of the first to 31 December of the last; `2022年` one
    year), or of months written `202001-202012`; else (None, None)."""
    m = _YYYYMM_PERIOD.match(t)
    if m is not None:
        y1, y2 = _valid_year(int(m.group("y1"))), _valid_year(int(m.group("y2")))
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        if y1 is None or y2 is None:
            return (None, None)
        return (_dt.date(y1, m1, 1), _dt.date(y2, m2, calendar.monthrange(y2, m2)[1]))
    m = _YEAR_PERIOD.match(t)
    if m is None or (m.group("y2") is None and "年" not in t):
        return (None, None)                 # (a bare 2022: a year, no period said)
    if m.group("y2") is None and _OPEN_END.search(t):
        return (None, None)                 # (`2026年止` until 2026, `自2024年` from 2024: one end of an open period)
    y1 = _valid_year(int(m.group("y1")))
    y2 = _valid_year(int(m.group("y2"))) if m.group("y2") else y1
    if y1 is None or y2 is None:
        return (None, None)
    return (_dt.date(y1, 1, 1), _dt.date(y2, 12, 31))


def _month_period(t: str) -> tuple[_dt.date | None, _dt.date | None]:
    """A period in months: (the first day of its first month, the last day of its last month), else (None, None);
    failing that, a period of whole years (_year_period)."""
    m = _MONTH_PERIOD.match(t)
    if m is None:
        return _year_period(t)
    if m.group("y2") is None and "年" not in t[:m.end("m1")] and t[m.end("y1"):m.start("m1")].strip() == "-":
        return (None, None)                 # (2020-01-01: one date, no period; `2020.1-12`, `2020/1-12`, the year's
        # month in dots or a slash and a dash to the last month, are January to December of 2020, as `2020年1-12月` —
        # they were none, hunt tg5)
    y1 = _valid_year(int(m.group("y1")))
    y2 = _valid_year(int(m.group("y2"))) if m.group("y2") else y1
    if m.group("nx") and y1 is not None:
        y2 = _valid_year(y1 + 1)            # (`2025年10月至次年3月`: a heating season, into the next year; no dates, review rz2)
    m1, m2 = int(m.group("m1")), int(m.group("m2"))
    if y2 == y1 and m.group("y2") is None and m2 < m1:
        return (None, None)                 # (`2024年11月至3月`: into the next year? not written; no slip either)
    if m.group("y2") is None and not 1 <= m2 <= 12:
        return (None, None)                 # (`2023.1-31`: a bare figure of no month is no month's end — a day? — hunt tg5)
    # each end read alone, an impossible one None (`2024.13-2025.6`: no start, the end 2025-06-30, as a period of days
    # reads `2024.13.1-2025.6.30`; it was neither, hunt sc6)
    start = _dt.date(y1, m1, 1) if y1 is not None and 1 <= m1 <= 12 else None
    end = _dt.date(y2, m2, calendar.monthrange(y2, m2)[1]) if y2 is not None and 1 <= m2 <= 12 else None
    return (start, end)


_YEAR_SPAN = lazy_regex(r"((?:19|20)\d{2})\s*(?:年度?)?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年")


@text_cache()
def parse_year(text: str | None) -> int | None:
    """Given a title or header line, return the budget year it states (1990–2100), or None.

    `"（ 2020 年）"` -> `2020`; `"(2022年度)"` -> `2022`;
    `"2020年度浦江镇质量管理绩效评估任务分解表"` -> `2020`; `"(年 - 年)"` -> None.
    The first year written as `NNNN年` (or `二〇二〇年`) wins; a cell that is
    only a 4-digit year is read too.
    """
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    t = fold_width(cleaned)
    got = _year(t)
    if got is None and (mended := mend_ocr_digits(t)) != t:
        got = _year(mended)                  # `(2O23年度)`: letters OCR read for digits (see mend_ocr_digits)
    return got


def _year(t: str) -> int | None:
    candidates: list[tuple[int, int]] = []
    spans = list(_YEAR_SPAN.finditer(t))
    for m in _YEAR_WRITTEN.finditer(t):
        if any(sp.start() <= m.start() < sp.end() for sp in spans):
            continue                      # `2024-2026年`: a period of years (its last year was read)
        candidates.append((m.start(), int(m.group(1))))
    if not candidates and spans:
        # a period alone: its first year, the budget year a 中期 plan is made in (`（2024-2026年）` -> 2024); a year
        # written beside the period wins
        candidates.append((spans[0].start(), int(spans[0].group(1))))
    for m in _YEAR_CN.finditer(t):
        candidates.append((m.start(), int("".join(_CN_DIGITS[c] for c in m.group(1)))))
    m = _YEAR_ALONE.match(t.strip())
    if m:
        candidates.append((0, int(m.group(1))))
    elif not candidates and (m := _YEAR_CLOSING.search(t)) is not None:
        candidates.append((m.start(), int(m.group(1))))
    for _, y in sorted(candidates):
        if MIN_BUDGET_YEAR <= y <= MAX_BUDGET_YEAR:
            return y
    return None
