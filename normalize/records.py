"""Raw records (values as written) -> typed rows of the output contract.

Parsers hand over plain dicts of cell texts, and for project header fields
objects with `.text`, `.unit` (declared money unit), `.parts` (amounts of
lines when the form wrote no total) and `.cell` (`.page`, `.line`). Nothing
here guesses: a value that cannot be read becomes None.
"""
from __future__ import annotations

from decimal import Decimal

import regex
from normalize._lazy_re import lazy_regex

from normalize._cache import text_cache
from normalize.amounts import MONEY_UNITS, PERCENT_POINTS, amount_range, money_to_yuan, parse_amount, parse_count, parse_fraction, parse_number
from normalize.dates import CN_DAY, field_date, parse_date, parse_period, parse_year
from normalize.levels import standardize_level1
from normalize.targets import (BRACKET_UNITS, DEADLINE_TAIL, FOOTNOTE_MARK, GRADE_WORDS, OWN_UNIT, SUFFIX_WORD_ALONE,
                              UNIT_SYMBOL_GLOSS, YEAR_LIKE, Target, _cn_int, _per_periods, split_by_year,
                              split_named_target, split_target, thousands_out, unit_gloss)
from normalize.text import (CIRCLED_NO, LEVEL_MARKS, SIGN_WORDS, STAMP_NOTE, SPACE_ENTITY, WHITESPACE, circled_number,
                            clean_text, fold_width, items_separated, mend_ocr_digits, strip_numbering, strip_tags, unwrap)

# patterns of per-call `regex.sub(r"…", …)` sites, compiled once (the regex module's own cache lookup
# is Python code, ~15 µs a call)
_SECTION_NO_PAREN = regex.compile(r"\s*[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*")
_BONUS_FIGURE = regex.compile(r"加\s*\d")
_PENALTY_FIGURE = regex.compile(r"[扣减]\s*\d")
# (not inside brackets: `各县（市、区）` is one unit, the counties and districts)
_UNIT_SEPARATOR = regex.compile(r"[、，,;；/\s](?![^（(）)]*[)）])")
_ENUM_COMMA = regex.compile(r"\s*、\s*")
_PLAIN_FIGURE = regex.compile(r"\d+(?:\.\d+)?")

MONEY_COLUMNS = ("budget_total", "budget_year", "budget_fiscal", "budget_other", "prior_budget",
                 "prior_spent", "budget_issued", "spent", "budget_initial")
TEXT_COLUMNS = ("name", "department", "department_code", "unit", "category", "fund_use", "fund_type", "leader",
                "contact", "phone", "overview", "basis", "necessity", "measures", "plan",
                "goal_total", "goal_annual", "goal_actual", "goal_forecast", "grade", "composition", "feasibility", "fund_usage",
                "implementation", "performance_summary", "other_notes", "project_code")
# ★ before (or after) the name marks a core indicator; `**` inside it (`(≥**个)`) is a template's blank
_CORE_MARK = lazy_regex(r"^\s*[★☆*＊]+\s*|\s*[★☆*＊]+\s*$|★|☆")
_CORE_TAIL = lazy_regex(r"\s*[★☆]+\s*$")      # (only the stars after a target: `100元/*` is no mark)
_CORE_CHARS = frozenset("★☆*＊")     # (every match of _CORE_MARK / _CORE_TAIL holds one of them)
_ITEM_NO = lazy_regex(r"^\s*(\d+)\s*(?:、|[.．](?!\d))\s*")     # (not `2.5万元以上…`: a decimal)
# `1.1 政务服务事项…` / `2.3、…` under section 二: an outline's item, its section's number, a stop and its own (not `2.5万亩
# 以上`, a decimal: a space or 、 after it, or the section's own number before the stop and no unit after it)
_OUTLINE_NO = lazy_regex(r"^\s*(\d{1,2})\s*[.．](\d{1,2})(?:(\s+|、\s*)|(?=[\p{Han}]))")
_OUTLINE_UNIT = lazy_regex(r"[万亿千百个元倍次人户亩米吨天日年月分项件家所座条台辆批%‰]")
# a decimal's quantity after it, a space between or not (`1.5 万亩高标准农田…`, `2.5公里通组道路…`, `3.2 公顷`): a magnitude
# before a word, a share, a unit of measure of two or more characters (BRACKET_UNITS') — no outline's item (they were
# item 5 `万亩…` / `公里…`: the space took any figure, the unit list had no 公里, review rv7)
_OUTLINE_MEASURE = lazy_regex(r"\s*(?:[万亿千](?=\p{Han})|[%‰]|"
                                 + "|".join(sorted((regex.escape(u) for u in BRACKET_UNITS if len(u) > 1), key=len,
                                                   reverse=True)) + ")")
# a finer item's number before its text: `（1）`, `(2)`, `①`, `（一）` (brackets folded to ASCII first); a text that
# numbers more parts after it (`（1）…；（2）…`) is a list, its numbers kept
# (not `(1)号文件落实情况`: a number the name's own, a 号 / 班 / 档 after it)
# (the circled runs circled_number reads, `①`, `❶`, `➀`: review rd64, mend md50)
_PART_LEAD = regex.compile(rf"^\s*(?:[(]\s*(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[)]|([{CIRCLED_NO}]))\s*(?=[^\s号班档])")
# (anywhere after the first: `（1）建立河长名单 （2）设立公示牌`, a dump's cell of two lines, or a Word cell's two
# paragraphs run together, `（1）建立河长名单（2）设立公示牌`)
_PART_MORE = lazy_regex(rf"(?:[(]\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[)]|[{CIRCLED_NO}])")


_SEQ_CN = lazy_regex(r"^[一二三四五六七八九十]{1,3}$")


def _seq_number(seq) -> int | None:
    """A 序号 cell's number: `5` / `05` / `５`, `①` … `⑳` (as the tables reader maps them), `十二`; None for anything
    else (`²`, `a`), never an error: one odd 序号 must not stop a file's reading."""
    t = fold_width(str(seq)).strip()
    if t.isdecimal():
        return int(t)
    if (no := circled_number(t)) is not None:
        return no
    return _cn_int(t) if _SEQ_CN.match(t) else None


def _small_numeral(t: str) -> int | None:
    """`3` / `十二` / `二十` -> the number, else None (`一二`, no numeral)."""
    return int(t) if t.isdigit() else _cn_int(t)


_CAP = lazy_regex(r"(?:封顶|最高|最多|上限|不超过|不得超过|累计不超过)\s*(?:扣|加|可扣|可加|得|不超过)?\s*(\d+(?:\.\d+)?)\s*分"
                     r"|以\s*(\d+(?:\.\d+)?)\s*分为限"
                     r"|(?:累计|合计|总计)?\s*(?:扣|加)?\s*(\d+(?:\.\d+)?)\s*分\s*(?:为\s*)?封顶")    # (`累计6分封顶`)
# a 分值 cell `≤3` / `<=5分` of a 加分 / 扣分 item: its cap
# (one pattern with parsers.tables' cap words)
LE_CAP = lazy_regex(r"^\s*(?:≤|≦|<=|＜=|《=)\s*(\d+(?:\.\d+)?)\s*分?\s*$")
_BREAKDOWN = lazy_regex(r"\s*[(（][^()（）]*[)）]\s*$")
_TWICE = lazy_regex(r"(.+?)\s*\1")
# 主管部门及代码 | [015001]武汉市青山区教育局, or `205 某市人力资源和社会保障局` (the code before the name, a space apart)
# (`牵头单位：` / `牵头：` / `配合部门：` before the units: their role's label)
_RESP_ROLE = lazy_regex(r"(?:总?牵头|配合|协办|责任|主办|协助|参与)(?:单位|部门|科室|股室|处室)?\s*[:：]\s*")
# (`县发改局牵头，县财政局配合`, `县发改局（牵头）`: the role written after the unit; `县发改局牵头负责`, `县发改局（牵头单位）`,
# `各乡镇（街道）负责` and a role a space apart, `县卫健委 牵头`, whole — they were `县发改局牵头`, kept, and a unit `牵头`;
# review rz)
_RESP_ROLE_AFTER = lazy_regex(r"(?:(?<=[\p{Han})）]{2})|^)\s*(?:[(（]\s*(?:总?牵头|配合|协办|主办|协助|参与|负责)"
                                 r"(?:单位|部门)?\s*[)）]|(?:牵头|配合|协办|参与|负责|协助)+)\s*$")
_BRACKET_CODE = lazy_regex(r"^\s*(?:[\[【]\s*(?P<code>\d{3,})\s*[\]】]\s*|(?P<code>\d{3,})\s+)(?P<name>(?![年月日])\p{Han}.*)$"
                              # (the code after the name: 某市市场监督管理局[118001], 【118001】)
                              r"|^\s*(?P<name>\p{Han}.*?\p{Han})\s*[\[【]\s*(?P<code>\d{3,})\s*[\]】]\s*$")
_POINTS_NOTE = lazy_regex(r"\s*[(（][^()（）]*分[^()（）]*[)）]\s*$")
_SECTION_NUMBERED = lazy_regex(r"^\s*(?:\(([一二三四五六七八九十]+)\)|([一二三四五六七八九十]+)[、.])\s*(.*)$")
# `…覆盖率100%。（10分）`: an item's points written at its end (brackets folded to ASCII first)
POINTS_AT_END = lazy_regex(r"[(]\s*(\d+(?:\.\d+)?)\s*分\s*[)]\s*$")
# `（6分）` inside an item's text (brackets folded to ASCII first): its points, the scoring rule after them
_POINTS_NOTE_ANY = lazy_regex(r"[(]\s*(\d+(?:\.\d+)?)\s*分\s*[)]")
# the end of a unit's name (科, 办, 局, 中心 …): each line of a 责任单位 cell ending so is a unit of its own
_UNIT_END = regex.compile(r"(?:[科室局办所站队院委部处组会司厅镇乡村]|中心|街道|单位|公司|小组)[)）]?$")
_POINTS_TEXT = lazy_regex(r"^\s*[(]?\s*(\d+(?:\.\d+)?)\s*分?\s*[)]?\s*$")
# a 扣分 / 加分 item's points a time: `每起扣5分`, `每次加1分`, `扣2分`, `5分/次`
_POINTS_EACH = lazy_regex(r"^\s*(?:(?:每\s*[起次项个例件家人宗处条]\s*)?(?:扣|加|减|得)\s*(\d+(?:\.\d+)?)\s*分"
                             r"|(\d+(?:\.\d+)?)\s*分\s*/\s*[起次项个例件家人宗处条])\s*[。.]?\s*$")
_TRAILING_COLON = lazy_regex(r"[:：]\s*$")
# a name and a phone number in one cell: 谢明远 13890264417, 王芳（0571-87962231）
_DATE8 = lazy_regex(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
# a grade followed by the scale it was read on, in brackets or after a comma (`优（90分以上为优，…）`, `良，80-89分`)
# the grade words of a self-evaluation (评价等级 / 自评等次): normalize.targets' GRADE_WORDS, the one list (hunt tg21)
_GRADE_WITH_LEGEND = lazy_regex(rf"^\s*({GRADE_WORDS})\s*[（(，,；;。]\s*\S")
# a grade word in quotes, its band or nothing after them (`“优”`, `“优”（90分以上）`, `『良』`): the marks set it out, no
# part of the grade (it was `“优”（90分以上）` as written; hunt s65 sc8); not a scale of quoted grades,
# `“优”（90分以上）、“良”（80-89分）…` (it was read 优; review rv129)
_QUOTED_GRADE = lazy_regex(rf"^\s*[“\"「『‘']\s*({GRADE_WORDS})\s*[”\"」』’'](?=\s*(?:[（(][^()（）]*[)）])?\s*$)")
# a grade word with its band in brackets (`良（80-90分）`, quoted `“良”（80-90分）`): two or more make a legend, no grade
# chosen
_GRADE_BAND = lazy_regex(rf"(?:{GRADE_WORDS})\s*[”\"」』’']?\s*[（(]")
# a value that can be a grade: a grade word in it, or a letter grade alone (`A`, `B级`)
_GRADE_ANY = lazy_regex(rf"{GRADE_WORDS}|好|达标|^\s*[A-DＡ-Ｄ]\s*[+\-＋－]?\s*[级等]?\s*$|\d\s*分")
# (a grade as written: 优 / 较好 / 达标 / A+ / 90分以上; not a list's column head beside the label, 数量 / 一级)
# a telephone number: a mobile, a landline with or without its area code (parsers/forms.py reads one alone in its cell)
from extract.grid import PHONE_NUMBER     # (a phone number: one pattern, the grid's — review rd70)
_PHONE_WRAP = lazy_regex(r"(?<=\d)(?:\s+-\s*|-\s+)(?=\d)")
# a mobile written in its three groups (`139 0797 0001`, `139-0797-0001`): one number, its digits run together (it was
# kept as written, no number a reader of the column finds; hunt pr10)
_MOBILE_GROUPS = lazy_regex(r"(?<![\d-])(1\d{2})[ \u3000-](\d{4})[ \u3000-](\d{4})(?![\d-])")


def mobiles_joined(text: str) -> str:
    """TEXT with each mobile written in its groups run together (`李娟 139 0797 0001` -> `李娟 13907970001`)."""
    return _MOBILE_GROUPS.sub(r"\1\2\3", text) if " " in text or "-" in text or "\u3000" in text else text


_PHONE_ANY = lazy_regex(rf"(?<!\d)(?:{PHONE_NUMBER})(?!\d)")
PERSON_PHONE = _PERSON_PHONE = lazy_regex(rf"^(?P<who>\p{{Han}}{{2,4}})[\s,，、/（(]*(?P<phone>{PHONE_NUMBER})[)）]?$")


def points_each(text: str) -> bool:
    """Is TEXT (folded to ASCII) the points an item gives or takes a time (`每起扣5分`, `扣2分/次`), not a total?"""
    return _POINTS_EACH.match(text) is not None and ("每" in text or "/" in text)


def form_year(texts: list[str]) -> int | None:
    """Given a form's title and year lines in order, return its budget year: ["（ 2020 年）"] -> 2020."""
    first = None
    for t in texts:
        y = parse_year(t)
        if y is not None:
            if not _YEAR_RANGE.search(t):
                return y
            first = first or y      # (`…2020-2021年度松材线虫病除治` over `（2021年度）`: the form's own year line)
    return first


# a 计量单位 cell ending in the word of a comparison (`人次以上`, `%以下`, `个月内`, `%左右`, `以上`)
_UNIT_SUFFIX_OP = lazy_regex(rf"(?:{SUFFIX_WORD_ALONE}|(?<=[月天日年时周])内)$")
# a note cell holding a unit alone (perhaps a bracket after it): `所`, `%`, `万元`, `% （区统计口径）`
_NOTE_UNIT = lazy_regex(r"^(?P<u>[^\s\d()]{1,4}?)\s*(?:\((?P<rest>[^()]+)\))?$")
_NOTE_UNIT_WORDS = frozenset({"%", "‰", "元", "万元", "亿元", "元/人", "元/户", "元/亩", "平方米", "公里", "亩", "吨",
                              "工作日", "个工作日", "个月"})   # (`≤ | 15 | 工作日`: a time limit's unit)
# a 计量单位 cell ending a deadline (`月份前`, `日前`, `月底前`, `年内`, `月底`): with the value, a date, no quantity
# (the words of normalize.targets.DEADLINE_TAIL, the list parsers.tables joins a target cell's date by)
_DEADLINE_UNIT = lazy_regex(rf"(?:{DEADLINE_TAIL}|[年月日底末]内)\s*$")   # (and a date's `年内`: `2024 | 年内`)
# a target's unit that only multiplies the number (`1.5万` over a 计量单位 `人`: 1.5 万人)
_MULTIPLIER_UNITS = ("万", "亿", "千")
_UNIT_GLOSS = lazy_regex(r"(?<=\S)\s*[(（](?:百分比|百分率|百分数|数量|数值|文字描述|金额|时间|比率|比例|个数|次数)[)）]\s*$")
# a 计量单位 cell's unit and a note on it in brackets after (`人次（含线上）`, `%（抽样）`); not a unit of its own
# brackets, `元/（人·月）` (a `/` before them), nor a unit of two words, `台（套）` (a unit in the brackets)
_UNIT_NOTE = lazy_regex(r"^(?P<u>[^\s()（）/／]{1,4}?)\s*[(（](?P<n>[^()（）]{1,20})[)）]\s*$")
_YEAR_RANGE = regex.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}")
YEAR_RANGE = _YEAR_RANGE          # (the pipeline: a web page title naming a range of years gives no form its year)


def money(value, form_unit: str | None) -> float | None:
    """Given a raw money field, return yuan: its own unit, else the form's; a group's lines are summed."""
    unit = getattr(value, "unit", None) or form_unit
    parts = getattr(value, "parts", None)
    if parts:
        nums = [parse_amount(p, unit) for p in parts]
        if any(n is None for n in nums):
            return None
        return round(sum(nums), 2)
    got = parse_amount(value.text, unit)
    if got is None and value.text:
        # `854万(高标准农田建设400万元,…)`: the amount, then its breakdown in brackets; `854万854万(…)`:
        # the amount printed twice
        t = _BREAKDOWN.sub("", value.text.strip())
        twice = _TWICE.fullmatch(t)
        if twice or t != value.text.strip():
            got = parse_amount(twice.group(1) if twice else t, unit)
    return got


# a person's name of two or three characters spread out to the width of a longer one (`陈　明`, `郑 洁`: padded with
# full-width or plain spaces to line up under a column, as names are typed in Chinese forms): the name is `陈明`
# (a compound surname's too, `欧阳　明` -> 欧阳明, padded to four; it stayed `欧阳 明`, review rv5 — not two people's
# names, `张三 李四`)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
                      "令狐", "端木", "澹台", "呼延", "轩辕", "南宫", "西门", "独孤", "申屠", "闻人", "万俟", "钟离")
_PADDED_NAME = lazy_regex(rf"^(?:{'|'.join(_COMPOUND_SURNAMES)}|\p{{Han}})(?:\s+\p{{Han}}){{1,2}}$")
_STAMP_NOTE = lazy_regex(rf"\s*{STAMP_NOTE}\s*$")
# the stamp's place before the value (`（盖章）县农田建设服务中心`, a form printing its note first) or a seal's word alone
# after it past a space (`县农田建设服务中心  盖章`, a stamp's box whose brackets the dump lost): no part of the value
# either (both were kept in the unit's name, hunt pr7)
_STAMP_LEAD = lazy_regex(rf"^\s*{STAMP_NOTE}\s*")
_BARE_SEAL_TAIL = lazy_regex(rf"\s+(?:{SIGN_WORDS})\s*[:：]?\s*$")
# the columns whose value may end in the stamp's place (`县交通运输局（盖章）`): no part of the value
STAMPED_COLUMNS = ("unit", "department", "phone", "contact", "leader")


def drop_stamp_note(col: str, text: str) -> str:
    """A field's value without the stamp's place after it or before it (`…中心（盖章）`, `（盖章）…中心`, `…中心  盖章`:
    `…中心`) when its column is one of STAMPED_COLUMNS; else as written."""
    if col not in STAMPED_COLUMNS:
        return text
    return _BARE_SEAL_TAIL.sub("", _STAMP_LEAD.sub("", _STAMP_NOTE.sub("", text))) or text


# a day after a body's name in its cell, past a space or a seal's note (`…中心  2024年3月15日`, `…中心（盖章）2024.3.15`)
_SIGNED_TAIL = lazy_regex(r"(?:\s+|(?<=[)）]))(?P<day>(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?"
                          rf"|[./-]\d{{1,2}}[./-]\d{{1,2}})|{CN_DAY})\s*$")
# (a day in numerals too, `…中心（盖章）二〇二四年三月十五日`: it was kept in the name, hunt ti10)
# a period in brackets after a body's name (`洞口县学生资助管理中心（2024年1月-12月）`, `…（2024.1-2024.12）`): the
# form's period, no part of the name (it was kept in it, hunt ti10); `…中心（本级）` keeps its bracket
_SPAN_LABEL = {"unit": "实施单位", "department": "主管部门"}
_SPAN_MARK = lazy_regex(r"[至到~～\-—–－]")          # (a span: `…局（2024年度）` is no period taken off)
_PERIOD_TAIL = lazy_regex(r"\s*[(（]\s*(?P<period>[^()（）]{4,30}?)\s*[)）]\s*$")
# a sign-off's day left blank after a body's name (`…中心（盖章）    年  月  日`, `…中心  2024年  月  日`): no part of it
# (and after a day's label, `填报日期：    年  月  日` under a tab dump's table: no row of its cells, extract.txt, hunt ti14)
BLANK_DAY = lazy_regex(r"(?:\s+|(?<=[)）]))(?:(?:19|20)\d{2}\s*)?年\s*月\s*日\s*$")


def normalize_project(fields: dict, *, year: int | None, form_unit: str | None,
                      labelled: frozenset | set = frozenset()) -> dict:
    """Given raw header fields of one form, return the typed project columns (no ids). labelled: the money fields
    the form labels but leaves empty (`全年预算数 | /`; the parser's RawForm.labelled)."""
    out: dict = {}
    for col in TEXT_COLUMNS:
        v = fields.get(col)
        out[col] = clean_text(items_separated(v.text)) if v is not None else None
    for col in MONEY_COLUMNS:
        v = fields.get(col)
        out[col] = money(v, form_unit) if v is not None else None
    for who in STAMPED_COLUMNS:
        # 填报单位：县交通运输局（盖章）, 联系电话：023-67855012 （单位盖章）: the stamp's place, no part of the value
        if out[who]:
            out[who] = drop_stamp_note(who, out[who])
    signed = spanned = None
    spans: list[tuple[str, str]] = []
    for who in ("unit", "department", "leader", "contact"):
        if out[who] and parse_date(out[who]) is not None and not out[who].strip().isdigit():
            # a day alone in a body's or a person's cell (`实施单位 | 二〇二四年三月十五日`, `项目负责人 | 2024年3月15日`):
            # no name (it was kept as one, hunt ti10); a body's the sign-off's day, the fill_date when none is stated
            # (eight bare digits are none, `实施单位 | 20240315`: a code as written, no day — it was the fill_date and
            # the cell lost, review rv34)
            signed = signed or (out[who] if who in ("unit", "department") else None)
            out[who] = None
    for who in ("unit", "department"):
        if out[who] and (p := _PERIOD_TAIL.search(out[who])) is not None and p.start() > 0 \
                and _SPAN_MARK.search(p.group("period")) and None not in parse_period(p.group("period"), year):
            out[who] = out[who][:p.start()].rstrip()
            spans.append((who, p.group("period")))
            spanned = spanned or p.group("period")
        # `填报单位（盖章）：洞口县学生资助管理中心      2024年3月15日`, `实施单位 | …中心（盖章）2024.3.15`: the sign-off's
        # day after the body's name, no word of it (it was kept in the name, hunt ti9): the fill_date when none is
        # stated
        if out[who] and (b := BLANK_DAY.search(out[who])) is not None and b.start() > 0:
            out[who] = _STAMP_NOTE.sub("", out[who][:b.start()].rstrip()) or out[who][:b.start()].rstrip()  # rv31
        m = _SIGNED_TAIL.search(out[who] or "")
        if m and m.start() > 0:
            out[who] = _STAMP_NOTE.sub("", out[who][:m.start()].rstrip()) or out[who][:m.start()].rstrip()
            signed = signed or m.group("day")
    m = _BRACKET_CODE.match(out["department"] or "")
    if m and not out["department_code"]:        # 主管部门及编码 | [015001]武汉市青山区教育局
        out["department_code"], out["department"] = m.group("code"), m.group("name")
    if out["phone"]:
        # `0355- 2051234`: a number wrapped at its hyphen in a narrow cell or at a line's end, the break read as a space
        out["phone"] = _PHONE_WRAP.sub("-", out["phone"])
        out["phone"] = mobiles_joined(out["phone"])
    mended = mend_ocr_digits(out["phone"])
    if mended != out["phone"] and not _PHONE_ANY.search(out["phone"]) and _PHONE_ANY.search(mended):
        out["phone"] = mended                   # 0938-8212O45: a letter OCR read for a digit (see mend_ocr_digits)
    # (the contact's number first: the form's phone when both people are written with one, the leader's kept in
    # other_fields by the parser — the leader's was the form's, hunt pr7)
    for who in ("contact", "leader"):           # 项目负责人及电话 | 谢明远 13890264417
        # (`李娟 139 0797 0001`: the mobile in its groups one number, mobiles_joined — hunt pr10)
        m = _PERSON_PHONE.match(mobiles_joined(out[who] or "")) or _PERSON_PHONE.match(mend_ocr_digits(out[who]) or "")
        if m and who == "contact" and _DATE8.match(m.group("phone")):
            m = None                            # 填报人 | 张敏 20230115: the date the form was filled in
        if m and not out["phone"]:
            out[who], out["phone"] = m.group("who"), m.group("phone")
        elif m:
            # `项目负责人：罗斌（13975231234）` beside a 联系电话 of its own (the filer's, under the form): the person
            # alone (the number stayed in the name; kept in other_fields when it is another, parsers.forms, hunt pf)
            out[who] = m.group("who")
        if out[who] and _PADDED_NAME.match(out[who]):
            out[who] = regex.sub(r"\s+", "", out[who])   # `陈　明` -> 陈明 (the padding is no part of the name)
    if out["grade"] and not _GRADE_ANY.search(out["grade"]):
        out["grade"] = None                     # 等级 | 数量 (a list's column head beside the label), 等次 | 一级: no grade
    if out["grade"] and (q := _QUOTED_GRADE.match(out["grade"])) is not None:
        out["grade"] = q.group(1) + out["grade"][q.end():]
    g = _GRADE_WITH_LEGEND.match(out["grade"] or "")
    if out["grade"] and len(_GRADE_BAND.findall(out["grade"])) >= 2:
        # `优（90分以上）、良（80-90分）、中…`: a legend naming two grades or more, the scale a grade is chosen on (no
        # box ticked, nothing written): no grade (the parser keeps a scale it knows as 考核等次 in other_fields)
        out["grade"] = None
    elif g:
        # 优（90分（含）以上为优，80-90分为良…）: the grade, not its legend
        out["grade"] = g.group(1)
    if out["budget_year"] is None and out["budget_initial"] is not None and "budget_year" not in labelled:
        # a 绩效运行监控表 (or a self-evaluation) stating only the 年初预算数 of its 年度资金总额, no 全年预算数 / 调整后预算数:
        # the year's budget is the one set at its start (it was left empty, the form's one budget only in budget_initial);
        # a form printing a 全年预算数 / 调整后预算数 label over `/` or an empty cell states no year budget: left null
        out["budget_year"] = out["budget_initial"]
    start = end = None
    if "start_date" in fields:
        start = field_date(fields["start_date"].text, year)
    if "end_date" in fields:
        end = field_date(fields["end_date"].text, year)
    if "period" in fields and (start is None or end is None):
        ps, pe = parse_period(fields["period"].text, year)
        start, end = start or ps, end or pe
    elif "start_date" in fields and "end_date" in fields and (start is None or end is None):
        # a start and an end written as months (`项目开始时间 | 2025年3月 | 项目结束时间 | 2025年11月`; an Excel date
        # shown `2025.03`): the period they make, from the first month's first day to the last's last, as a period
        # written in one cell gives it (they were no dates: null)
        ps, pe = parse_period(f'{fields["start_date"].text}至{fields["end_date"].text}', year)
        start, end = start or ps, end or pe
    out["start_date"], out["end_date"] = start, end
    # the period as written (`2024年1月-12月`, `2024.1-12` give their first and last day; `2024年` alone gives none)
    texts = [fields[k].text.strip() for k in ("period", "start_date", "end_date") if k in fields]
    out["period_raw"] = clean_text(texts[0] if "period" in fields else "至".join(texts)) or None if texts else None
    if out["period_raw"] is None and spanned:
        # the period after the body's name when the form states none (`…中心（2024年1月-12月）`)
        out["period_raw"] = clean_text(spanned)
        out["start_date"], out["end_date"] = parse_period(spanned, year)
    # a period after a body's name that is not the form's (`实施单位 | …中心（2023年9月-2024年8月）` over `项目期限 |
    # 2024年1月-12月`, or a second body's): kept as written in other_fields under `<the body's label>所注期限` (it was taken
    # off the name and kept nowhere, hunt ti11); one the same as the form's period is said already
    kept = [(f"{_SPAN_LABEL[who]}所注期限", clean_text(said) or said) for who, said in spans
            if parse_period(said, year) != (out["start_date"], out["end_date"])]
    if kept:
        out["_other"] = kept            # (jixiao.pipeline adds them to other_fields: no column of the contract)
    out["fill_date"] = field_date(fields["fill_date"].text, year) if "fill_date" in fields else None
    if out["fill_date"] is None and signed:
        out["fill_date"] = parse_date(signed, year)
    v = fields.get("execution_rate")
    # `96.19%（权重10分，得分9.6分）`: the points in brackets are the rate's score, not part of it
    out["execution_rate"] = _rate(_POINTS_NOTE.sub("", v.text), out) if v is not None else None
    v = fields.get("score")
    out["score"] = noted_score(v.text) if v is not None else None
    return out


def noted_score(text: str) -> float | None:
    """A score field's figure: `94`, `94分`, and with a note after it, `96分（扣减预算执行率得分）`, `96分（满分100分）` (the
    note made it none, and a none outranked the table's 合计; parsers.forms' check of a score said twice reads it so too:
    `总分：90分（满分100分）` under `合计 | 100 | 94` was dropped without a word — hunt tg23)."""
    got = parse_number(text)
    if got is None and (m := _SCORE_NOTED.match(fold_width(text))):
        got = float(m.group(1))
    return got


# a score followed by a note in brackets
# (or by a sentence's end, `90分。`, `90分（满分100分）。`: the score was lost — hunt ly11)
_SCORE_NOTED = lazy_regex(r"^\s*(\d+(?:\.\d+)?)\s*分?\s*(?:[(][^()]*[)])?\s*[。.]?\s*$")


_PERCENT_SIGN = lazy_regex(r"[%％‰‱]")


def _rate(text: str, project: dict) -> float | None:
    """The execution rate of a project's rate cell, as a fraction. Where the cell alone cannot say it, the
    form's own money (spent / budget) decides between readings, within half a point, never a guess: a
    bare number above 1 without its % (`20` for 10 of 50 万元) is that percentage, and so is a bare number of 1 or
    less the money says is a percentage and not a fraction (`执行率（%） | 0.50` for 4 of 800 万元: 0.5%; `1.00` for 8 of
    800: 1%, for 800 of 800 100%); a percentage above 200% whose decimal point a scan lost (`8619%` where spent /
    budget is 0.8619) is a hundredth of it. Else the cell's own reading (None for a bare number above 1)."""
    rate = parse_fraction(text)
    bare = rate is not None and rate <= 1 and not _PERCENT_SIGN.search(text)
    if rate is not None and rate <= 2 and not bare:
        return rate
    spent = project.get("spent")
    budget = next((project[k] for k in ("budget_year", "budget_initial", "budget_total") if project.get(k)), None)
    if not spent or not budget:
        return rate
    if rate is None:
        n = parse_number(text)
        candidate = n / 100 if n is not None and 1 < n <= 1000 else None
    else:
        candidate = rate / 100
    if candidate is not None and abs(candidate - spent / budget) <= 0.005 \
            and not (bare and abs(rate - spent / budget) <= 0.005):
        return round(candidate, 6)
    return rate


# `1.1数量指标`, `2.1社会效益指标`: an outline number of a level cell (a level is a category, never a quantity); a
# letter's `A.产出指标` / `（A）产出指标`, a Roman `Ⅰ.产出指标`, a part's `第一部分 产出指标` (normalize.text LEVEL_MARKS,
# parsers.core OUTLINE_NUMBER's, which strip_numbering does not take)
_LEVEL_OUTLINE = lazy_regex(rf"^\s*(?:\d{{1,2}}(?:\s*[.．]\s*\d{{1,2}}){{1,2}}|{LEVEL_MARKS})\s*(?=\p{{Han}})")


@text_cache()
def _level(text: str | None) -> str | None:
    """A level-1 or level-2 cell as written, without its outline number (`1.产出指标`, `（一）数量`) or colon."""
    t = clean_text(text)
    if t is None:
        return None
    t = strip_numbering(_LEVEL_OUTLINE.sub("", t)) or t
    return _TRAILING_COLON.sub("", t) or None


def normalize_indicator(rec: dict, year: int | None = None) -> dict:
    """Given a raw indicator row and its form's year, return its typed columns: levels, name, split target,
    self-evaluation values."""
    # (the text functions give None for None: most of a row's optional cells are empty, asked only when written)
    get = rec.get
    level1 = None if (x := get("level1")) is None else _level(x)
    level2 = None if (x := get("level2")) is None else _level(x)
    name_raw = rec.get("level3")
    # (the marks' characters looked for first: most names and targets hold none, no pattern is then run)
    name_marked = bool(name_raw) and not _CORE_CHARS.isdisjoint(name_raw)
    core = bool(rec.get("core")) or bool(name_marked and _CORE_MARK.search(name_raw))
    name = strip_numbering(_CORE_MARK.sub("", name_raw) if name_marked else name_raw) if name_raw else None
    target_raw = rec.get("target_raw")
    # (HTML a converter left in the cell is no part of what the form shows: `100%<br/>(每月10日前)`)
    target_raw = unwrap(strip_tags(target_raw)) or None if target_raw else None
    if target_raw and ("&" in target_raw or "\xa0" in target_raw):
        # `≥&nbsp;60个` (a web page's cell kept as text in a Word or Excel file, a PDF of it) and `≥\xa060个` (a
        # text dump's entity read as the no-break space it stands for): the same plain space in every format
        target_raw = SPACE_ENTITY.sub(" ", target_raw).replace("\xa0", " ")
    target_marked = bool(target_raw) and not _CORE_CHARS.isdisjoint(target_raw)
    if target_marked and _CORE_MARK.match(target_raw):
        core = True                          # `★≥95%`: the core mark written before the target
    marked = target_raw
    if target_marked and _CORE_MARK.match(target_raw):
        marked = _CORE_MARK.sub("", target_raw, count=1)
    elif target_marked and _CORE_TAIL.search(target_raw) and _CORE_TAIL.sub("", target_raw):
        core, marked = True, _CORE_TAIL.sub("", target_raw)     # `≥95%★`: or after it (its number was lost)
    t = split_named_target(marked, name)    # (`按期完成率100%`: the rate's name run into its value, hunt lt)
    unit_raw = None if (x := get("unit_raw")) is None else clean_text(x)
    if unit_raw:
        unit_raw = fold_width(unit_raw)      # `％` in a 度量单位 cell: `%`, as in a target
        # `%(百分比)`, `个(数量)`: a unit with its kind written after it in brackets
        unit_raw = _UNIT_GLOSS.sub("", unit_raw) or unit_raw
    unit_note = None
    if unit_raw and (mark := FOOTNOTE_MARK.search(unit_raw)) is not None and mark.start() > 0:
        # `%※`, `人次①` in a 计量单位 cell: the unit, then a footnote's mark — the mark the target's qualifier, as
        # `≥95%※` in one cell reads (the unit was `%※`)
        unit_raw, unit_note = unit_raw[:mark.start()].strip(), mark.group("q")
    elif unit_raw and (un := _UNIT_NOTE.match(unit_raw)) is not None \
            and split_target("1" + un.group("u")).unit is not None and un.group("n").strip() not in BRACKET_UNITS:
        # `人次（含线上）`, `个（省级）`, `元（含食宿）` in a 计量单位 cell: the unit, then a note on it — the note the
        # target's qualifier, as `≥200人次（含线上）` in one cell reads (the unit was `人次(含线上)`)
        unit_raw, unit_note = un.group("u"), un.group("n").strip()
        if UNIT_SYMBOL_GLOSS.match(unit_note):
            unit_note = None                 # `吨（t）`, `万千瓦时（kWh）`: the unit's own symbol, no note (was `t`)
        elif (gloss := unit_gloss(unit_note)) is not None and split_target("1" + unit_raw + gloss).unit is not None \
                and split_target("1" + unit_raw + "(" + unit_note + ")").qualifier is None:
            unit_raw, unit_note = unit_raw + gloss, None   # `吨（标准煤）`: 吨标准煤, as `≥1200吨（标准煤）` in one cell
    if unit_raw in ("百分比", "百分率", "百分数"):
        unit_raw = "%"                       # a 度量单位 cell spelling the percent sign out
    if unit_raw and rec.get("target_value_raw"):
        # a 度量单位 column: the number from 指标性质 + 指标值, the unit from its own cell
        # (`≤` `12` `月` is twelve months, not December)
        op_raw = rec.get("op_raw") or ""
        if _NATURE_WORD.match(op_raw) or WHITESPACE.sub("", op_raw) in DIRECTION_OPS:
            op_raw = ""                      # 定量 | ≥95 | 万人 (正向 | ≥20000 | 册): no part of the target
        bare = split_target(op_raw.strip() + (rec.get("target_value_raw") or "").strip())
        if bare.value is None and bare.value_max is None and _CN_NUMERAL.search(rec["target_value_raw"]) \
                and (spelled := split_target(op_raw.strip() + rec["target_value_raw"].strip() + unit_raw)).value \
                is not None:
            # `≥三` | `次`, `两` | `个`: a figure in Chinese numerals counts in its unit cell's unit (read with it, as
            # `≥三次` in one cell is; it was `>=` and the text `三`)
            t = bare = spelled
        if bare.value is not None and (bare.unit is None or bare.unit in _MULTIPLIER_UNITS
                                       or (target_raw or "").endswith(unit_raw)):
            # (`28.8万元` beside `%`: the cell's own unit stands, as in its target_raw)
            if unit_raw.split("/")[0] in _MONEY_UNITS:
                # money (`万元`, `万元/台`): in yuan, as a target written `1.2万元/台` is (`≤680万元` beside `万元`: the
                # unit written in the value too, not twice)
                value_raw = rec["target_value_raw"].strip()
                own = OWN_UNIT.search(value_raw)
                if own is not None and not value_raw.endswith(unit_raw) and unit_raw.startswith(own.group(1)):
                    value_raw = value_raw[:own.start(1)]   # (`1.2万元` beside `万元/张`: 1.2万元/张, not 1.2万元万元/张)
                t = split_target(op_raw.strip() + value_raw + ("" if value_raw.endswith(unit_raw) else unit_raw))
            elif bare.unit and bare.unit not in _MULTIPLIER_UNITS and len(bare.unit) > len(unit_raw) \
                    and (bare.unit.endswith(unit_raw) or bare.unit.startswith(unit_raw + "/")):
                # `1万人` beside `人`, `每月1次` beside `次`, `≤3个月` beside `月`: the value cell's own unit says more,
                # it stands (it was cut to the unit cell's: 1 人, `次`, `月`)
                t = bare
            else:                             # (`1.5万` over `人`: 1.5 万人, as `1.5万人` is read)
                own = bare.unit if bare.unit in _MULTIPLIER_UNITS else ""
                # (a period said with 每 or as 年度 in the unit cell, `次/每季度`, `次/年度`: `次/季度`, `次/年`, as in one
                # cell, hunt tg5)
                t = Target(bare.op, bare.value, bare.value_max, _per_periods(own + unit_raw), bare.qualifier, None)
                joined = split_target(op_raw.strip() + rec["target_value_raw"].strip() + unit_raw)
                if bare.qualifier is None and joined.qualifier and (joined.op, joined.value, joined.value_max) \
                        == (t.op, t.value, t.value_max) and joined.unit \
                        and unit_raw.replace(joined.qualifier, "", 1) == joined.unit:
                    # `≥100` | `名学生`, `1` | `名专职`: the unit cell names who 名 counts — the unit 名, the noun the
                    # qualifier, as the one cell `≥100名学生` reads (it was the unit `名学生`, review tq2); the words
                    # out of the unit's own word only (`万头（只）` keeps its other name, as before)
                    t = joined
        # (the target cell holding the figure alone, `300` beside `人次以上`: the figure, its unit and the word joined)
        whole = target_raw if target_raw and target_raw.rstrip().endswith(unit_raw) \
            else op_raw.strip() + (rec.get("target_value_raw") or "").strip() + unit_raw
        if _UNIT_SUFFIX_OP.search(unit_raw) and (joined := split_target(whole)).value is not None:
            # `300 | 人次以上`, `95 | %以上`, `3 | 个月内`, `90% | 以上`: the word after the unit is the comparison, the
            # target read as one cell writes it (`300人次以上`: `>=` 300 人次; the unit was `人次以上`)
            t = joined
        if t.value is not None and _DEADLINE_UNIT.search(unit_raw) and (dated := split_target(whole)).value is None \
                and dated.target_text:
            # `≤ | 6 | 月份前`, `每月15 | 日前`: a deadline cut over the value and unit cells, read as the one cell
            # `≤6月份前` is (its op, the date in target_text; it was `<=` 6 with unit `月份前`)
            t = dated
        t = thousands_out(t)                  # `2` | `千株`, `1.5千` | `人`: 2000 株, 1500 人, as `2千株` in one cell
    if t.value is not None and t.op in ("=", "range") and t.unit in ("月", "月份") and unit_raw in ("月", "月份") \
            and _MONTH_NAME.search(name or "") and not _SPAN_NAME.search(name or "") \
            and all(v is None or (v == int(v) and 1 <= v <= 12) for v in (t.value, t.value_max)):
        # `10-12` | `月`, `12` | `月` under a time's name (集中培训时间, 资金拨付时间): October to December, December, as
        # `10-12月` / `12月` in one cell read — text, no quantity (it was a range of 10-12 月, `=` 12 月); a span's name
        # (建设期限, 周期, 时长) keeps its months (`≤12` | `月`)
        t = split_target(cell if (cell := (target_raw or "").strip()).endswith(unit_raw)
                         else (rec.get("target_value_raw") or "").strip() + unit_raw)
    if t.value is not None and t.value_max is None and (t.unit or "").startswith("年") and target_raw \
            and t.value == int(t.value) and YEAR_LIKE[0] <= t.value <= YEAR_LIKE[1]:
        # `2024 | 年` (a 计量单位 column): the year 2024, as `2024年` in one cell reads (its unit glued back on when
        # the target cell holds the number alone)
        glued = unit_raw if (unit_raw or "").startswith("年") and target_raw.rstrip()[-1:].isdigit() else ""
        t = split_target(target_raw.rstrip() + glued)
    note_raw = get("note")
    if t.value is not None and t.unit is None and not unit_raw and target_raw and target_raw.rstrip()[-1:].isdigit() \
            and note_raw and (nu := _NOTE_UNIT.match(fold_width(clean_text(note_raw) or ""))) is not None \
            and (nu.group("u") in BRACKET_UNITS or nu.group("u") in _NOTE_UNIT_WORDS):
        # `≥ | 45 | 所` under 指标性质 | 指标值 | 备注 (no 计量单位 column): the bare unit typed into the note beside the
        # number is its unit, no note (`% （区统计口径）`: the unit, the bracket the note); the target as one cell
        # writes it (`≥45所`)
        target_raw = target_raw.rstrip() + nu.group("u")
        t = split_target(target_raw)
        note_raw = nu.group("rest")
    if t.value is not None and t.unit is None and name:
        t = _unit_from_name(t, target_raw, name)
    if t.value is not None and t.unit in ("万", "亿") and name:
        t = _counted_in_name(t, name)
    if t.value is not None and t.unit in ("万", "亿") and (_MONEY_NAME.search(name or "")
                                                          or _MONEY_NAME.search(t.qualifier or "")):
        t = _money_in_yuan(t)
    ym = _YEAR_MONTH.match(fold_width(target_raw)) if target_raw and t.value is not None and t.unit is None else None
    if ym is not None and (_TIMELY.search(level2 or "") or TIMELY_NAME.search(name or "")):
        # `2024.12` under 时效指标 / a name of a time (完成时间): a deadline's year and month, no quantity (it was
        # `=` 2024.12); elsewhere (`项目总投资（万元） | 2020.5`) the number it is
        t = Target(t.op if ym.group("op") else None, None, None, None, t.qualifier, ym.group("ym"))
    if t.op == "=" and t.value is not None and rec.get("op_raw"):
        t = _with_direction(t, rec["op_raw"], rec.get("target_value_raw") or target_raw)
    note = None if note_raw is None else clean_text(note_raw)
    cell_year = None
    if t.value is None and target_raw and rec.get("target_year") is None \
            and (by_year := (unit_raw and rec.get("target_value_raw") and not (rec.get("op_raw") or "").strip()
                             and split_by_year(rec["target_value_raw"], year, unit_raw))
                 or split_by_year(target_raw, year)) is not None:
        # (a 度量单位 cell beside it, `处`: each year's bare figure in that unit, `2024年：≥12；2025年：≥8` | `处`)
        # `≥95%（2024年）；≥98%（2025年）`: the target of the form's year (else the next), its year the qualifier, the
        # other years' in the note (`2025年：≥98%`), as a 区域目标值 column keeps the other places'
        # (its year is the record's target_year, as a `2024年目标值` column's: whichever way the form writes the years,
        # the target of a year is found by its year)
        t, rest = by_year
        note = "；".join(x for x in (note, rest) if x)
        cell_year = int(t.qualifier[:4])
    if unit_note and t.value is not None and t.unit is not None and unit_note not in (t.qualifier or ""):
        # the 计量单位 cell's note joins the target's own qualifier (`≥3000（全年）` | `人次（含线上）`: `全年；含线上`) and a
        # year's (`2024年：≥12；2025年：≥14` | `家（含改扩建）`: `2025年；含改扩建`); it was kept only when there was none
        t = Target(t.op, t.value, t.value_max, t.unit, "；".join(x for x in (t.qualifier, unit_note) if x), t.target_text)
    progress_raw = None if (x := get("progress_raw")) is None else clean_text(x)
    return {
        "level1": level1, "level1_std": standardize_level1(level1, level2, name), "level2": level2,
        "level1_weight": None if (x := get("level1_weight")) is None else parse_number(x),
        "level3": name, "target_raw": target_raw, "op": t.op, "value": t.value,
        "value_max": t.value_max, "unit": t.unit, "qualifier": t.qualifier,
        "target_text": t.target_text, "note": note,
        "horizon": rec.get("horizon"), "core": core,
        "actual_raw": None if (x := get("actual_raw")) is None else clean_text(x), "progress_raw": progress_raw,
        "progress": None if rec.get("progress_so_far") or progress_raw is None else parse_fraction(
            progress_raw + "%" if rec.get("progress_pct") and _PLAIN_FIGURE.fullmatch(progress_raw)
            and float(progress_raw) > 1 else progress_raw),
        # (a figure of 1 or less under `完成进度（%）`, `0.27`, read as written, a fraction, as a rate's under `执行率（%）`
        # is: it was 0.27%, review rv)
        "weight": None if (x := get("weight")) is None else _weight(x),
        "score": None if (x := get("score")) is None else _indicator_points(x, get("weight")),
        "deviation": None if (x := get("deviation")) is None else clean_text(x),
        "explanation": None if (x := get("explanation")) is None else clean_text(x),
        "target_year": rec.get("target_year") or cell_year,
        "page": rec.get("page"), "line": rec.get("line"),
    }


_MONEY_UNITS = ("元", "万元", "亿元", "千元")
# a figure in Chinese numerals (`三`, `两`, `十二`) in a value cell
_CN_NUMERAL = lazy_regex(r"[一二两三四五六七八九十百千]")
# an indicator named for a point in time (完成时间, 拨付日期, 时间节点, 实施月份) and one named for a span (期限, 周期)
_MONTH_NAME = lazy_regex(r"时间|日期|节点|月份|时段")
# (a time a service is given or a thing runs, `免费开放时间 | 12 | 月`, `托管服务时间 | 10 | 月`: a span too — it was the text
# `12月`, December; review rx; not its point, `开放服务时间节点 | 12 | 月`: December, review ry)
_SPAN_NAME = lazy_regex(r"期限|时限|周期|时长|工期|年限|期$|(?:开放|服务|运行|运营|托管|供暖|供热|管护|养护|保洁|值守)时间(?!节点|点)")
# (`2024.12.`: a full stop after it, as the target reader now drops, `≥95%.`)
_YEAR_MONTH = lazy_regex(r"^\s*(?P<op>[<>≤≥≦≧=]=?|不晚于|不迟于|早于)?\s*(?P<ym>(?:19|20)\d{2}[.．/](?:0?[1-9]|1[0-2]))\s*[.。]?\s*$")
_TIMELY = lazy_regex(r"时效")
# an indicator's name naming a time (`完工时间`): a timeliness one here, a name run into its day in packed_list
TIMELY_NAME = lazy_regex(r"时间|日期|时限|期限|节点|完成时|进度")

# 指标性质 words that are no operator and no part of the target (正向 / 反向 are read by _with_direction)
_NATURE_WORD = lazy_regex(r"^\s*(?:定性|定量|中性)(?:指标)?\s*$")
# 指标方向 words and the operator they give a bare number (also read by the indicator-table reader)
# (an arrow or 越高 / 越低 under 指标方向, as a county's forms write it: `↑` over a bare `95` a floor — it was `=`, hunt ly5)
DIRECTION_OPS = {"正向": ">=", "正向指标": ">=", "越大越好": ">=", "越高越好": ">=", "↑": ">=",
                 "反向": "<=", "反向指标": "<=", "越小越好": "<=", "越低越好": "<=", "↓": "<="}
_EXPLICIT_EQ = lazy_regex(r"^\s*(?:[=＝]|等于)")


def _with_direction(t: Target, op_raw: str, value_text: str | None) -> Target:
    """A bare number under 指标方向 `正向` (the more the better) is a floor, `≥`; under `反向` a ceiling, `≤`.
    A target written with its own `=` keeps it."""
    op = DIRECTION_OPS.get(WHITESPACE.sub("", op_raw))
    if op is None or (value_text and _EXPLICIT_EQ.match(value_text)):
        return t
    return Target(op, t.value, t.value_max, t.unit, t.qualifier, t.target_text)


# Units an indicator name may state in brackets at its end, its target cell holding a bare number:
# `完成生活污水治理行政村数（个）` | `300`. Counting words, measures and money; a bracket holding
# anything else (`（试行）`, `（含道路）`) is no unit.
NAME_UNITS = BRACKET_UNITS | {"工作日", "个工作日", "个月"}    # (`办结时限（个工作日）` | `≤5`)
_NAME_UNIT = lazy_regex(r"[（(]\s*([^（）()\d]{1,6}?)\s*[）)]\s*$")


# an indicator's name (or the words before its comparison, `产值≥3.5亿`) naming an amount of money, at its end: a bare 万 /
# 亿 after its figure is 万元 / 亿元 (`年产值` | `≥3.5亿`: 350000000 元, as `≥3.5亿元` reads; it was 3.5 with the unit 亿,
# review tq2); a count's name keeps its 万 (`带动就业人数` | `≥3万`: 3 万)
_MONEY_NAME = lazy_regex(r"(?:金额|资金|投资|投资额|收入|产值|销售额|营业额|交易额|成交额|利润|税收|税额|经费|费用|成本|收益|"
                            r"增收|补助|补贴|奖补|贷款|融资|生产总值|总产值|营收)(?:总额|总量)?\s*(?:[(（][^()（）]*[)）])?$")


def name_unit(name: str) -> str | None:
    """The unit an indicator's name states in brackets at its end (`新建村卫生室（个）`: 个, `办结时限（个工作日）`, `（万元/公里）`),
    or None (`（试行）`, `（含道路）`)."""
    m = _NAME_UNIT.search(name)
    unit = m.group(1).replace("％", "%") if m else None
    return unit if unit and (unit in NAME_UNITS or unit.split("/")[0] in NAME_UNITS) else None


def without_name_unit(name: str) -> str:
    """An indicator's name without the unit it states in brackets at its end (`沿线群众满意度（%）`: 沿线群众满意度);
    a bracket of anything else kept (`满意度（群众）`)."""
    return name[:_NAME_UNIT.search(name).start()].rstrip() if name_unit(name) is not None else name


def _counted_in_name(t: Target, name: str) -> Target:
    """A Target of a bare 万 / 亿 whose indicator's name states what it counts in brackets (`发放取暖补贴（户）` | `≥1.5万`):
    the unit joined, 万户, as `≥1.5万户` reads (it was 15000 元, the name's 补贴 taken for money, review rw); else t."""
    m = _NAME_UNIT.search(name)
    if m is None or m.group(1) not in NAME_UNITS or m.group(1) in _MONEY_UNITS:
        return t
    joined = split_target(f"{t.value:g}{t.unit}{m.group(1)}")
    if joined.value != t.value or joined.unit != t.unit + m.group(1):
        return t
    return Target(t.op, t.value, t.value_max, joined.unit, t.qualifier, t.target_text)


def _money_in_yuan(t: Target) -> Target:
    """A Target whose unit is a bare 万 / 亿, in yuan (`≥3.5` 亿 -> 350000000 元)."""
    factor = MONEY_UNITS[t.unit + "元"]
    low = money_to_yuan(Decimal(str(t.value)), factor)
    high = None if t.value_max is None else money_to_yuan(Decimal(str(t.value_max)), factor)
    if low is None or (t.value_max is not None and high is None):
        return t
    return Target(t.op, low, high, "元", t.qualifier, t.target_text)


def _unit_from_name(t: Target, target_raw: str | None, name: str) -> Target:
    """A bare-number target takes the unit its indicator's name states in brackets (`…数（个）`)."""
    unit = name_unit(name)
    if unit is None:
        return t
    if unit.split("/")[0] in _MONEY_UNITS:              # money (`万元/公里` too): in yuan, as in the cell
        return split_target((target_raw or "").strip() + unit)
    return Target(t.op, t.value, t.value_max, unit, t.qualifier, t.target_text)


def _label(text: str | None) -> str | None:
    """Given a label used as a name ("1. 上级财政拨款："), return it without numbering and colon."""
    t = strip_numbering(text)
    if t and _OF_WHICH.match(t):
        t = strip_numbering(_OF_WHICH.sub("", t)) or t    # `其中：中央补助`: a part of the line above, named 中央补助
    return _TRAILING_COLON.sub("", t).strip() or None if t else None


_OF_WHICH = lazy_regex(r"^其中\s*[:：]\s*(?=\S)")


def _price_per_thing(text: str | None) -> float | None:
    """A 单价 cell of money per thing (`20万元/公里`, `5000元/台`): the money in yuan, read as a target's is (200000.0);
    None for anything else (it was lost without a word: parse_amount takes money alone). The thing stays in the note,
    as a quantity's unit does (`单价：20万元/公里`)."""
    if not text or not regex.search(r"[/／]", text):      # (`20万元／公里`, a full-width slash, too: review rv99)
        return None
    t = split_target(text)
    if t.op != "=" or t.value is None or t.value_max is not None or t.qualifier is not None:
        return None
    unit = t.unit or ""
    # (a bare 万 in a price cell is 万元, money being what the cell holds: `20万/公里` 200000.0 — it was none, hunt sc6;
    # a target's `20万/公里` stays 20 万/公里, a count's 万 as likely)
    return t.value if unit.startswith("元/") else t.value * 10_000 if unit.startswith("万/") else None


def normalize_budget_item(rec: dict, form_unit: str | None) -> dict:
    """Given a raw budget line, return group, name, amounts in yuan, quantity and note."""
    unit = rec.get("unit") or form_unit
    quantity, note = parse_number(rec.get("quantity")), clean_text(rec.get("note"))
    if quantity is None and (quantity := parse_count(rec.get("quantity"))) is not None:
        # 2800平方米: the number, and the quantity as written in the note (its unit)
        note = "；".join(x for x in (note, "数量：" + clean_text(rec["quantity"])) if x)
    amount = parse_amount(rec.get("amount"), unit)
    if amount is None and amount_range(rec.get("amount"), unit) is not None:
        # `硬件购置 | 800-1000` under `金额（万元）`: a range, no amount (null), kept in the note as written with its unit
        # (`金额：800-1000万元`; it was lost without a word, the lines summed without it — budget_sum_mismatch reads it)
        written = clean_text(rec["amount"]) or ""
        if not regex.search(r"[元万亿]", written):
            written += unit if isinstance(unit, str) and unit.strip() in MONEY_UNITS else "元"
        note = "；".join(x for x in (note, "金额：" + written) if x)
    price = parse_amount(rec.get("price"), rec.get("price_unit") or unit)
    if price is None and (price := _price_per_thing(rec.get("price"))) is not None:
        note = "；".join(x for x in (note, "单价：" + clean_text(rec["price"])) if x)
    return {
        "group": _label(rec.get("group")), "name": _label(rec.get("name")),
        "amount": amount,
        "price": price,
        "quantity": quantity, "note": note,
        "kind": rec.get("kind"), "page": rec.get("page"), "line": rec.get("line"),
    }


def normalize_score(rec: dict) -> dict:
    """Given a raw 评分表 row, return its levels, weight and score."""
    explanation = clean_text(rec.get("explanation"))
    if explanation is not None and explanation == _level(rec.get("level3")):
        explanation = None      # (an 事前评估表's 评估要点 scored: the row's item, its level 3, no explanation of it)
    return {
        "level1": _level(rec.get("level1")), "level2": _level(rec.get("level2")),
        "level3": _level(rec.get("level3")), "weight": _weight(rec.get("weight")),
        "score": parse_number(rec.get("score")), "is_subtotal": bool(rec.get("is_subtotal")),
        "page": rec.get("page"), "line": rec.get("line"),
        # the unit's own score of the row beside an outside party's (`单位自评分 | 评价得分`)
        "self_score": _indicator_points(rec["self_score"], rec.get("weight")) if rec.get("self_score") else None,
        # why the row got its score (`… | 得分 | 扣分原因`, `得分情况说明`), as written
        "note": clean_text(rec.get("note")),
        # the points written in the level-1 cell (`决策（10分）` -> 10; level1 `决策`)
        "level1_weight": parse_number(rec.get("level1_weight")) if rec.get("level1_weight") else None,
        # what the row looks at (评价要点) and the rule it is scored by (评分标准), as written
        "explanation": explanation, "requirement": clean_text(rec.get("requirement")),
    }


def _indicator_points(raw: str, weight: str | None) -> float | None:
    """An indicator's 得分 cell: `9` / `9分` / `9.0` -> 9, `不得分` / `零分` -> 0, `满分` / `得满分` -> its 分值 (null
    when it has none); `—`, `/`, words -> None."""
    if FULL_MARKS.match(fold_width(raw)):
        return _weight(weight) if weight is not None else None
    return 0.0 if fold_width(raw).strip() == "零分" else given_score(raw)


def _weight(text: str | None) -> float | None:
    """A 评分表 weight: `5`, or `5%` of the 100-point table (5 points)."""
    v = parse_number(text)
    if v is None and text:
        m = PERCENT_POINTS.match(fold_width(text))
        v = float(m.group(1)) if m else None
    return v


def normalize_safeguard(rec: dict) -> dict:
    """Given a raw 制度保障 row, return kind, document, measure and the ticked stages."""
    return {
        "kind": clean_text(rec.get("kind")), "document": clean_text(rec.get("document")),
        "measure": clean_text(rec.get("measure")),
        "stages": [s for s in (clean_text(x) for x in rec.get("stages") or []) if s],
        "page": rec.get("page"), "line": rec.get("line"),
    }


def _points(text: str | None) -> float | None:
    """`5`, `5分`, `（8分）` -> points; so is a 扣分 / 加分 item's figure a time in its 分值 cell (`每起扣5分`,
    `每项加2分`, `扣2分`, `5分/次`)."""
    v = parse_number(text)
    if v is None and text:
        t = fold_width(text)
        m = _POINTS_TEXT.match(t) or _POINTS_EACH.match(t)
        v = float(next(g for g in m.groups() if g)) if m else None
    return v


def _stated_cap(text: str | None) -> float | None:
    """The last cap a text states (`最高扣10分`, `加分不超过5分`, `以8分为限`), else None."""
    caps = [next(g for g in m if g) for m in _CAP.findall(fold_width(text))] if text else []
    return float(caps[-1]) if caps else None


# a 分值 cell naming the item's kind, no figure: `扣分项`, `加分`, `扣分事项`
KIND_WORD = regex.compile(r"^\s*(扣|减|加)分(?:项|项目|事项)?\s*$")


_NORMALIZED = "_normalized"      # a raw row's key holding its normalized item, with the row as it was then


def _rec_state(rec: dict) -> tuple:
    """A raw assessment row as it stands (its keys and values but the memo's), to tell whether it changed."""
    return tuple((k, repr(v)) for k, v in rec.items() if k != _NORMALIZED)


def normalize_assessment_item(rec: dict, remember: bool = False) -> dict:
    """Given a raw 考核任务分解表 row, return its numbered item, points, units, kind and cap.

    kind is `penalty` under a 扣分项 section, `bonus` under 加分项, else
    `base`; cap is the 封顶 / 最高 points stated in the item.

    remember=True (read_assessment_table asking whether a score cell is read) keeps the result on the row; a later
    call on the row unchanged returns a copy of it instead of normalizing the row again (a row changed since is
    normalized again).
    """
    memo = rec.get(_NORMALIZED)
    if memo is not None and memo[0] == _rec_state(rec):
        return {k: list(v) if isinstance(v, list) else v for k, v in memo[1].items()}
    out = _normalize_assessment_item(rec)
    if remember:
        rec[_NORMALIZED] = (_rec_state(rec), {k: list(v) if isinstance(v, list) else v for k, v in out.items()})
    return out


def _outline_section(rec: dict) -> str | None:
    """The number of a raw assessment row's section in figures (`二、要素保障` or 序号 `二` -> `2`), else None."""
    no = clean_text(rec.get("section_no"))
    if not no and (sec := clean_text(rec.get("section"))) and (m := _SECTION_NUMBERED.match(fold_width(sec))):
        no = m.group(1) or m.group(2)
    n = _small_numeral(no.strip("（）()")) if no else None
    return str(n) if n is not None else None


def _normalize_assessment_item(rec: dict) -> dict:
    """normalize_assessment_item's reading."""
    content = clean_text(rec.get("content"))
    item_no = None
    if content:
        m = _ITEM_NO.match(fold_width(content))
        if m:
            item_no = int(m.group(1))
            content = content[m.end():].strip() or None
        elif (m := _OUTLINE_NO.match(folded := fold_width(content))) is not None \
                and ("、" in (m.group(3) or "") or not _OUTLINE_MEASURE.match(folded, m.end())
                     and (m.group(3) or m.group(1) == _outline_section(rec) and not _OUTLINE_UNIT.match(folded, m.end()))):
            item_no = int(m.group(2))
            content = content[m.end():].strip() or None
        elif (m := _PART_LEAD.match(fold_width(content))) and not _PART_MORE.search(fold_width(content), m.end()) \
                and (no := _small_numeral(m.group(1)) if m.group(1) else circled_number(m.group(2))) is not None \
                and not (rec.get("seq") and (seq_no := _seq_number(rec["seq"])) is not None and no not in (1, seq_no)
                         and rec.get("part_no") is None):
            # (`5 | （4）信访积案化解…` in a 序号 column: no number of item 5's, nor its first part's (`2 | 意识形态 |
            # （1）落实…`), nor a part's the table read: the text as written)
            # `（1）河长名单公示` under its group `1 | 组织体系`, `①企业开办`: the item's number, not its text
            # (`（1）建立制度 （2）落实责任`: a list, its numbers kept; `（一二）测试`: no numeral, the bracket kept)
            item_no = no
            content = content[m.end():].strip() or None
    if rec.get("seq") and (seq_no := _seq_number(rec["seq"])) is not None:
        item_no = seq_no                       # a running 序号 column numbers the items across sections
    points = _points(rec.get("points"))
    if points is None and content and not rec.get("points"):
        m = POINTS_AT_END.search(fold_width(content))
        points = float(m.group(1)) if m else None   # …覆盖率100%。（10分）: the points written in the item
        notes = _POINTS_NOTE_ANY.findall(fold_width(content)) if m is None else []
        if len(notes) == 1:
            # 粮食播种面积稳定在8万亩以上（6分）。完成得满分，每少1000亩扣1分。: the item's points written after
            # its task, its scoring rule after them (one such note only: `（2分）…（3分）` are its parts')
            points = float(notes[0])
    section = clean_text(rec.get("section"))
    section_no = clean_text(rec.get("section_no"))
    if section_no:
        m = _SECTION_NO_PAREN.fullmatch(section_no)
        section_no = m.group(1) if m else section_no   # （一） -> 一
    if section and section_no is None:
        m = _SECTION_NUMBERED.match(fold_width(section))
        if m:                                    # （一）基础管理 / 一、组织领导: the number and the name
            # fold_width maps one character to one: the name as written is the same slice
            section_no, section = m.group(1) or m.group(2), section[m.start(3):].strip() or section
    points_kind = KIND_WORD.match(fold_width(str(rec.get("points") or "")))   # a 分值 cell `扣分项`: a kind, no points
    kind = "base"
    if section and "扣分" in section:
        kind = "penalty"
    elif section and "加分" in section:
        kind = "bonus"
    elif rec.get("table_kind") and not (section and "否决" in section):
        kind = "penalty" if rec["table_kind"] == "扣分" else "bonus"   # 序号 | 加分事项 | 加分标准: the table's own kind
    elif kind_word := points_kind or KIND_WORD.match(fold_width(str(rec.get("content") or ""))):
        # 发生食品安全事故 | 扣分项 | 每起扣2分 (the 分值 cell names the item's kind, no figure; or the item's text is
        # that word alone, `信访工作 | 扣分项 | (empty) | 每起扣2分`): a 扣分 / 加分 item
        kind = "bonus" if kind_word.group(1) == "加" else "penalty"
    elif section and "否决" in section or "否决" in fold_width(str(rec.get("points") or "")):
        kind = "veto"                            # 一票否决项: no points, the whole assessment failed
    elif _BONUS_FIGURE.search(fold_width(rec.get("points_cap") or "")):
        kind = "bonus"                           # 获县级以上表彰 | 最多加3分 (its 分值), under no 加分项 section
    elif _PENALTY_FIGURE.search(fold_width(rec.get("points_cap") or "")):
        kind = "penalty"                         # 被督查通报 | 最高扣5分
    cap = _stated_cap(content)
    if cap is None and rec.get("cap"):
        cap = _points(rec["cap"])               # a 封顶分值 column
    if cap is None:
        cap = _stated_cap(rec.get("cap_text"))
    if cap is None and (m := LE_CAP.match(fold_width(rec.get("points_cap") or ""))
                        or points is None and LE_CAP.match(fold_width(str(rec.get("points") or "")))):
        cap = float(m.group(1))                 # 获得市级以上表彰 | ≤3 (its 分值): at most 3 (a 分值 read as points too)
    if cap is None and (kind in ("penalty", "bonus") or not rec.get("points")):
        # 每项加2分，最高加4分 in the 评分标准 of a bonus row; 每次扣1分，最多扣3分 of an item stating no points of its own
        cap = _stated_cap(rec.get("requirement"))
    points_text = rec.get("points") if not points_kind else None
    if points is None and not points_text and kind != "veto":
        # no 分值 cell and none in the item's text: the points its rule states (`满分3分，…`, `（3分）`; a 加分 / 扣分
        # item's `每个加1.5分` / `加2分`; a base item's one all-or-nothing `未成立领导小组扣2分`)
        points, points_text = _rule_points(rec.get("requirement"), kind)
        if points is None and not rec.get("requirement") and kind in ("penalty", "bonus"):
            # no rule column: a 加分 / 扣分 item's own text states it (`被上级通报批评的，每次扣2分（最多扣6分）。`)
            points, points_text = _rule_points(content, kind)
    if cap is None and kind in ("penalty", "bonus"):
        cap = _stated_cap(section)              # 扣分项（最高扣10分）: the section's cap for its items
    own = kind in ("base", "veto")                        # the item's points kept as its own
    each_text = fold_width(points_text or "")
    each = points_each(each_text)
    if each:
        own = True                              # 每起扣5分: the points a time, never the most the item takes
    elif cap is None and kind in ("penalty", "bonus") and points is not None:
        cap = abs(points)                       # 安全生产 | -10 (分值 of a 扣分 / 加分 item): the most it takes or gives
    rule_each = _rule_points(rec.get("requirement"), kind) if kind in ("penalty", "bonus") and not own \
        else (None, None)
    per_time = rule_each[0] is not None and bool(points_each(fold_width(rule_each[1])))
    if not own and per_time:
        # 发生生产安全事故 | -5 | 每发现一次扣1分: the 分值 cell the most the item takes (its cap), the rule's figure a time
        # its points (they were lost); under a section's own cap (扣分项（最高扣10分） over `-5 | 每次扣2分`, 加分项
        # （最高加5分） over `3 | 每次加1.5分`) the item's 分值 is still the most it takes, the tighter cap: points 2, cap 5
        # (points 1.5, cap 3; they were the 分值 -5 / 3 as points and the section's cap) — a figure a time is always the
        # points, never the cap (docs/SCHEMA.md)
        # (a 分值 the same as the figure a time, `2 | 每次加2分` under 最高加5分, is that figure: the section's cap stays)
        if points is not None and (cap is None or rule_each[0] != abs(points) < cap):
            cap = abs(points)
        points, own = rule_each[0], True
    elif kind in ("penalty", "bonus") and points is not None and abs(points) != cap:
        own = True                              # 加分项（最高加5分） over `荣获市级表彰 | 3 | 加3分`: the section's cap and
        # the item's own points (they were lost); the same figure as the cap is the cap stated twice
    responsible = _units(rec.get("responsible"))
    # (a column of the section's points, `经济发展 | 40分 | …` / `决策 | 权重 20`: parsers.tables; else its text's)
    section_points = _weight(rec.get("section_points"))       # (`30%` of the 100 points: 30, review rv4)
    if section_points is None and section and (m := _SECTION_POINTS.match(fold_width(section))) is not None:
        # 经济发展（40分）: the section's points apart, its name without them (read after its kind and cap: a
        # 加分项（10分）'s points are its items' cap)
        section, section_points = section[:m.end(1)].strip(), float(m.group(2))
    return {
        "section_no": section_no, "section": section, "group": clean_text(rec.get("group")), "item_no": item_no,
        "content": content, "points": points if own else None,
        "requirement": clean_text(rec.get("requirement")), "responsible": responsible,
        "kind": kind, "cap": cap, "page": rec.get("page"), "line": rec.get("line"),
        "deadline": clean_text(rec.get("deadline")), "leader": clean_text(rec.get("leader")),
        "evidence": clean_text(rec.get("evidence")), "self_score": parse_number(rec.get("self_score")),
        "score_note": clean_text(rec.get("score_note")), "explanation": clean_text(rec.get("explanation")),
        "assessor": _units(rec.get("assessor")),
        # (`满分` / `扣2分` read by the item's kind and points: item_score)
        "score": item_score(rec.get("score"), kind, points if kind in ("base", "veto") else None),
        "part_no": int(rec["part_no"]) if rec.get("part_no") else None, "section_points": section_points,
    }


# a section's name closing with its points, `经济发展（40分）`, `社会事业(满分30分)`, `基础工作（共20分）` (not a cap,
# `加分项（最高加5分）`, nor a weight, `决策（权重15）`)
_SECTION_POINTS = lazy_regex(r"^(.*?\S)\s*[(（]\s*(?:满分|共|计)?\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$")


# a 得分 cell written as the deduction or the addition: `扣2分` -> -2, `加1分` / `+1` -> 1
_SIGNED_SCORE = lazy_regex(r"^\s*(扣|减|加|\+)\s*(\d+(?:\.\d+)?)\s*分?\s*$")


# a 得分 cell of full marks, no figure: `满分`, `得满分`, `全得` / `得全分` / `全部得分` (an indicator's `全得` was no
# score, as a 评分表 row's was before; parsers.tables reads its 得分 cells by the same words)
# (`不扣分` / `未扣分` / `无扣分` in a 得分 cell: nothing taken off, the full points — the row's score was lost;
# hunt s64 sc7)
FULL_WORDS = r"满分|全得|得全分|全部得分|不扣分|未扣分|无扣分"
# (…written as a sentence, `未扣分。`: the same — the stop left the row no score; hunt s65 sc8)
WORD_STOP = r"[。.]?"
FULL_MARKS = lazy_regex(rf"^\s*得?(?:{FULL_WORDS})\s*{WORD_STOP}\s*$")
# a 得分 written in words, full marks or none: the one list of a 得分 cell's (parsers.tables' _SCORE_WORD) and of a
# `分值/得分` cell's score (_POINTS_PAIR: `20/不得分`) — each had its own, the second without the stop (review rd66)
SCORE_WORDS = rf"得?(?:{FULL_WORDS})|不得分|零分"
_NOTED_SCORE = lazy_regex(r"^\s*([+-]?\d+(?:\.\d+)?)\s*分?\s*[(（][^()（）]*[)）]\s*$")


def given_score(raw: str | None) -> float | None:
    """A 考核评分表's 得分 cell read by itself, the score given the item: `8.5` / `8.5分` -> 8.5, `-2` -> -2 (as
    written, its sign kept), `8（扣2分）` -> 8 (the note beside it), `不得分` -> 0; `/`, `—`, an empty cell, words and
    the cells whose reading needs the item's kind and points (`满分`, `扣2分`, `加1分`: item_score) -> None."""
    if not isinstance(raw, str) or not raw.strip():
        return None
    n = parse_number(raw)
    if n is not None:
        return n
    t = fold_width(raw).strip()
    if (m := _NOTED_SCORE.match(t)) is not None:
        return float(m.group(1))                # 8（扣2分）: the score, the deduction that made it noted beside it
    return 0.0 if t in ("不得分", "0分") else None


def points_less(points: float, deduction: float) -> float:
    """An item's points less the points taken off it (`10`, `0.3` -> 9.7): the score of a 评分表 row of 分值 | 扣分
    (parsers.tables.read_score_table) and of an assessment item scored `扣2分` or in a 扣分 column (item_score)."""
    return round(points - deduction, 4)


def item_score(raw: str | None, kind: str, points: float | None) -> float | None:
    """The score given an item of `kind` (base / veto / penalty / bonus) worth `points` (a base or veto item's own
    points, else None), its 得分 cell `raw`: as given_score reads it, and `满分` -> the points of a base item (0 for a
    penalty item: nothing taken off), `扣2分` / `减2分` -> points − 2 for a base item (its score 8 of 10), −2 for a
    penalty item (the deduction), `加1分` / `+1分` -> 1 for a bonus item; any of these on an item whose kind or points
    do not give a figure (`满分` of a bonus item, `扣2分` of a base item stating no points) -> None."""
    n = given_score(raw)
    if n is not None or not isinstance(raw, str):
        return n
    t = fold_width(raw).strip()
    if FULL_MARKS.match(t):
        return points if kind in ("base", "veto") else 0.0 if kind == "penalty" else None
    if (m := _SIGNED_SCORE.match(t)) is not None:
        v = float(m.group(2))
        if m.group(1) in ("扣", "减"):
            return -v if kind == "penalty" else points_less(points, v) if kind in ("base", "veto") and points is not None \
                else None
        return v if kind == "bonus" else None
    return None


def _units(raw: str | None) -> list[str] | None:
    """A 责任单位 cell's units, split on 、 ， / and line breaks, each once, without role labels."""
    lines = [x.strip() for x in raw.splitlines() if x.strip()] if isinstance(raw, str) else []
    if len(lines) >= 2 and all(_UNIT_END.search(x) for x in lines):
        raw = "、".join(lines)                  # `财务科` / `各业务科室` on lines of their own in the cell: two units
        # (not `农业服务中` / `心`, one name a wrap cut)
    resp = clean_text(raw)
    # (牵头单位：经发办；配合单位：财政所、规划所: the units, without their role labels)
    resp = _RESP_ROLE.sub("", resp) if resp else resp
    return list(dict.fromkeys(u for p in _UNIT_SEPARATOR.split(resp) if (u := _RESP_ROLE_AFTER.sub("", p).strip()))) \
        if resp else None                       # (a unit both the lead and among the units: once)



_LEAD_BEFORE = lazy_regex(r"^\s*总?牵头(?:单位|部门|科室|股室|处室)?\s*[:：]\s*")
_LEAD_AFTER = lazy_regex(r"(?<=[\p{Han})）]{2})\s*(?:[(（]\s*总?牵头(?:单位|部门)?\s*[)）]|牵头(?:负责)?)\s*$")


# a 实施单位 cell's pieces: split at a comma, or at a space after a role word or before a role's label (`县住建局牵头
# 县财政局配合`, `牵头单位：县住建局 配合单位：县财政局`: a cell's line break, a space once read)
# (a space after a role word parts two units' pieces only: the next closes with its own role word, `县水利局配合`; a
# duty after it, `县住建局牵头 负责项目建设`, is no partner — it was one, review rw)
_ROLE_PIECE = lazy_regex(r"\s*[，,;；\n]\s*|(?<=(?:牵头|配合|协办|参与|协助|负责)(?:单位|部门)?[)）]?)\s+"
                            r"(?=\p{Han}{2}[^\s，,;；]*?(?:牵头|配合|协办|参与|协助|负责)(?:单位|部门)?[)）]?(?:[\s，,;；]|$))"
                            r"|\s+(?=(?:总?牵头|配合|协办|参与|协助)(?:单位|部门)?\s*[:：])")


_BY = lazy_regex(r"^由\s*(?=\p{Han}{2})")      # 由 before a unit its role word follows (`由县住建局牵头`)


def _role_runs(piece: str) -> list[str]:
    """A piece split on 、 into runs, each closed by the unit its role word follows: the role word after a unit is the
    whole run's (`县住建局、县财政局牵头`: two leads, one run; `县住建局牵头、各乡镇配合`: two runs; units after the last
    role word one each, `县农业农村局（牵头）、县财政局、各乡镇`)."""
    runs, run = [], []
    for part in _ENUM_COMMA.split(piece):
        run.append(part)
        if _RESP_ROLE_AFTER.search(part):
            runs.append("、".join(run))
            run = []
    return runs + run


def lead_unit(raw: str | None) -> tuple[str, list[str]] | None:
    """A 实施单位 cell naming its lead office by a role word (`县住建局牵头，县财政局配合`, `牵头单位：县住建局；配合单位：
    县财政局`, `县住建局（牵头）、各乡镇`): the lead office and its partners (without their role words, as _units
    reads a 责任单位), else None — no lead named, or more than one office in the lead's part."""
    text = clean_text(raw) if isinstance(raw, str) else None
    if not text:
        return None
    lead, rest = None, []
    # (split on 、 too, `县住建局牵头、各乡镇配合`, but not a 牵头单位： label's units, `牵头单位：A、B`: two leads, none read)
    pieces = [q for p in _ROLE_PIECE.split(text) if p.strip()
              for q in ([p] if _LEAD_BEFORE.match(p) else _role_runs(p)) if q.strip()]
    for piece in pieces:
        bare = _LEAD_AFTER.sub("", _LEAD_BEFORE.sub("", piece)).strip()
        if bare != piece.strip() and lead is None:
            lead = _BY.sub("", bare)     # (`由县住建局牵头`: 由 is no part of the name)
        else:
            rest.append(_BY.sub("", piece))     # (`…，由各乡镇配合`: nor a partner's, review rw)
    if not lead or len(_units(lead) or []) != 1:
        return None
    lead = _units(lead)[0]
    return lead, [u for u in (_units("、".join(rest)) or []) if u != lead]

# the points a rule states for its item: `满分3分` / `本项3分` / `共3分` / `3分。…` at its start / one `（3分）` (not
# `每个计20分`, a figure a time; not `累计6分封顶` / `合计…`, a cap)
_RULE_STATED = lazy_regex(r"(?<!每[^,，;；。]{0,8})(?:满分|本项|该项|共计|共|(?<![累合])计)\s*(\d+(?:\.\d+)?)\s*分|^\s*[(]?\s*(\d+(?:\.\d+)?)\s*分\s*[)]?"
                             r"\s*(?:[,，;；:：。.]|$)")
# a figure a rule gives or takes (`扣2分`, `加1.5分`), and one a time (`每个加1.5分`, `少1次扣2分`, `扣1分/次`; not
# `1个月内未完成扣2分`, a time limit, nor `三项工作均未完成扣3分`, all of them at once)
_RULE_FIGURE = lazy_regex(r"[加扣减]\s*(\d+(?:\.\d+)?)\s*分")
_TIME_LIMIT = lazy_regex(r"\d+\s*(?:个月|个工作日|工作日|天|日|周|小时)\s*内")   # (`1个月内`: a time limit, no figure)
_RULE_EACH = lazy_regex(r"每[^,，;；。]{0,12}?[加扣减]\s*(\d+(?:\.\d+)?)\s*分"
                           r"|(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:个(?![月工])|[次项处起件家条人例宗篇期])[^,，;；。\d均都全]{0,6}?[加扣减]\s*(\d+(?:\.\d+)?)\s*分"
                           r"|[加扣减]\s*(\d+(?:\.\d+)?)\s*分\s*/\s*[个次项处起件家条人例宗]")


def _rule_points(rule: str | None, kind: str) -> tuple[float | None, str | None]:
    """The points an item's rule (评分标准 / 加分标准 …) states when no 分值 cell nor its text does, and the text they
    stand for as a 分值 cell would (`每个加1.5分`: a figure a time), else (None, None). Not guessed from a rule of
    several figures or of a figure a time of a base item (`每少1项扣0.5分，扣完为止`: its points are not said)."""
    if not rule:
        return None, None
    t = fold_width(rule)
    if (m := _RULE_STATED.search(t)) or len(notes := _POINTS_NOTE_ANY.findall(t)) == 1:
        v = float(next(g for g in m.groups() if g)) if m else float(notes[0])
        return v, f"{v:g}"
    free = _CAP.sub("", t)                         # (the cap `最高加3分` is no figure of the item's)
    figures = _RULE_FIGURE.findall(free)
    if len(figures) != 1:
        return None, None
    if (e := _RULE_EACH.search(free)):
        if kind == "base":
            return None, None                      # (each missing item costs 0.5: of how many, the rule says not)
        v = next(g for g in e.groups() if g)
        verb = "加" if kind == "bonus" else "扣"
        return float(v), f"每次{verb}{v}分"          # (a figure a time: the item's points, never its cap)
    if kind == "base" and (regex.search(r"\d", _TIME_LIMIT.sub("", _RULE_FIGURE.sub("", free)))
                           or "不得分" in free or "得分" in free):
        return None, None                          # (`未按期完成扣2分，未完成不得分`: more than the one figure at stake)
    if kind == "base" and free != t:
        return None, None                          # (`未按期完成扣2分，最多扣3分`: a deduction that adds up to a cap above it
        # is taken more than once, the item's points not said)
    return float(figures[0]), f"{figures[0]}分"
