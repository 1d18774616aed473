"""Indicator targets (指标目标值): operator, value(s), unit, qualifier or text.

A number is only extracted when the cell is a comparison of ONE quantity
(`≥99%`, `约80批次`, `2-4小时`, `=100% (2022年5月底前)`); anything else
stays text in `target_text`. See the contract's "How a target is
normalized" table. `split_target` accepts any ``str`` or ``None`` and never
raises.
"""
from __future__ import annotations

from normalize._cache import text_cache

import datetime as _dt
from dataclasses import dataclass, replace
from decimal import Decimal

import regex
from normalize._lazy_re import lazy, lazy_regex

from normalize.amounts import MONEY_UNITS, YUAN_SIGNS, _finite_float, _to_decimal, money_to_yuan
from normalize.text import (WHITESPACE, clean_text, fold_width, guarded, is_placeholder, mend_ocr_digits,
                            to_simplified)

OPS = (">=", "<=", ">", "<", "=", "~", "range")

# ---------------------------------------------------------------- vocabulary
# Operator symbols written before the quantity (after width folding, so
# `＞＝` is already `>=`). `》=`/`《=` are typos for `>=`/`<=` and a lone `》` for `>` (a lone `《`
# opens a title, `《管理办法》`, and is no operator); the single angle brackets `〉=`/`〈=` (U+3009/U+3008, the
# same typo on another input method) likewise; `≮`/`≯` read "not less / not more than"; the small-form `﹥=` is `>=`.
# Spaces inside (`> =`) are tolerated.
PREFIX_SYMBOLS: dict[str, str] = {
    ">=": ">=", "=>": ">=", "≥": ">=", "≧": ">=", "⩾": ">=", "》=": ">=", "≮": ">=", "═": "=",
    "≥=": ">=", "≧=": ">=", "<=": "<=", "=<": "<=", "≤": "<=", "≦": "<=", "⩽": "<=", "《=": "<=", "≯": "<=",
    "≤=": "<=", "≦=": "<=",
    ">": ">", "<": "<", "》": ">", "﹥": ">", "﹤": "<", "﹦": "=",
    "〉=": ">=", "〈=": "<=", "〉": ">", "﹥=": ">=", "﹤=": "<=",
    "==": "=", "=": "=",
    "≈": "~", "~": "~",
}
# Operator words written before the quantity.
PREFIX_WORDS: dict[str, str] = {
    "大于或等于": ">=", "大于等于": ">=", "等于": "=", "不低于": ">=", "不少于": ">=", "不小于": ">=",
    "至少": ">=", "最少": ">=", "达到": ">=", "达": ">=",     # (`最少3次`, as `最多3次` is `<=`)
    "小于或等于": "<=", "小于等于": "<=", "不超过": "<=", "不高于": "<=", "不大于": "<=",
    "不多于": "<=", "最多": "<=", "控制在": "<=",
    "大于": ">", "高于": ">", "超过": ">", "多于": ">",
    "小于": "<", "低于": "<", "少于": "<", "不足": "<",
    "大约": "~", "约为": "~", "约": "~",
    "超": ">", "逾": ">",
    # (`不超5%`, `不超出10%`, `不突破100万元`: as `不超过` — they were text while `不超预算` was `<=`, review mend)
    "不超": "<=", "不超出": "<=", "不突破": "<=",
    # (`不得低于95%`, `不应超过5%`, `严禁超过`: a rule's modal before the comparison, the same comparison)
    **{m + w: op for m in ("不得", "不应", "不宜") for w, op in (("低于", ">="), ("少于", ">="), ("小于", ">="),
                                                                ("高于", "<="), ("多于", "<="), ("大于", "<="),
                                                                ("超过", "<="))},
    "严禁超过": "<=",
}
# Operator words written after the quantity (and its unit).
SUFFIX_WORDS: dict[str, str] = {
    "及以上": ">=", "或以上": ">=", "以上": ">=",
    "及以下": "<=", "或以下": "<=", "以下": "<=",
    "及以内": "<=", "以内": "<=", "之内": "<=", "内": "<=",     # (`5天及以内`: as `及以下`)
    "左右": "~", "上下": "~",
}
# Units written in brackets after a bare number (`90（分）`) or at the end of an indicator's name
# (`完成生活污水治理行政村数（个）` | `300`): counting words, measures and money
BRACKET_UNITS = frozenset(
    "个 座 人 人次 万人 万人次 千人 次 户 万户 家 项 所 套 台 件 批 批次 场 场次 篇 份 名 册 本 处 条 辆 张 株 棵 只 头 村 镇 "
    "公里 千米 米 平方米 万平方米 亩 万亩 公顷 吨 万吨 千瓦 兆瓦 立方米 万立方米 天 日 小时 分钟 月 年 周 "
    "元 万元 亿元 % ‰ 分 岁 床 间 所次 课时 学时 期 轮 单 宗 例 起 "
    # (weights, volumes, energy, seconds: `粮食亩产增加（公斤）` | `≥50`)
    "公斤 千克 克 斤 万斤 kg 升 毫升 千瓦时 万千瓦时 秒 盏 根 块 箱 袋 瓶 支 盒 对 组 栋 幢 间 座次 册次 盏次 "
    "百分点 个百分点".split())
# Separators of a range `2-4小时`, `2~4`, `2至4天`, `2—4`; the Unicode hyphens too (`2‑4小时`: a Word
# non-breaking hyphen, U+2011; U+2010, U+2012 figure dash).
RANGE_SEPARATORS = ("-", "~", "至", "到", "—", "–", "―", "−", "‐", "‑", "‒")

# A unit is a short word right after the number: `%`, `次`, `名用户`,
# `个工作日`, `万元`, `次/年`. Characters that only occur in sentences
# (time points, verbs, comparisons) disqualify it.
UNIT_SYMBOLS = ("%", "‰", "‱")
UNIT_WORD_CHARS = r"\p{Han}A-Za-z㎡㎞㎏㎎㎝㎜㎥℃°²³μµΩ"     # (`≤35μg/m³`: the micro sign and Greek mu)
UNIT_MAX_CHARS = 5
UNIT_FORBIDDEN_CHARS = frozenset(
    "前后底末初旬中完成达到增降提升减于较比的之且或并及每以内上下左右约超过至不已未是为在有无高低全各余多"
)
# Number written before a unit starting with 年 in this span reads as a year.
YEAR_LIKE = (1900, 2100)
# the words ending a deadline after its date (`前`, `底前`, `月份前`, `日前`, `月底`, `末`, `年内`): a 计量单位 / unit cell
# holding them beside the date's figure (`12月底` | `前`, `≤` | `6` | `月份前`, `≤` | `10` | `月底`) makes the target a
# date, no quantity. One list for both layers: parsers.tables._target_text joins such a cell to the target text,
# normalize.records.normalize_indicator reads the split cells as the one cell (see DEADLINE_TAIL_ALONE / _DEADLINE_UNIT)
# (`2024年` | `年末` is the year's own unit written again, no tail: 2024年末, see parsers.tables._target_text)
# (a time limit's `年内` / `日内` is no end of a date beside one: `2024年12月` | `年内` stays 2024年12月; records reads the
# split `2024 | 年内` as the one cell by its own `内` words)
DEADLINE_TAIL = r"(?:(?:(?:月份?|年)?[底末]|月份|日)?(?:之前|以前|前)|(?:月份?)?[底末])"
# Sentence punctuation tolerated (and dropped) at the end of a target.
# (`≥95%.`: an ASCII full stop too, as OCR and English input methods write it)
TRAILING_PUNCTUATION = "。;,、."


def _alternation(spellings: list[str], spaced: bool = False) -> str:
    parts = []
    for s in sorted(spellings, key=len, reverse=True):
        chars = [regex.escape(c) for c in s]
        parts.append(r"\s*".join(chars) if spaced else "".join(chars))
    return "|".join(parts)


_PREFIX_SYMBOL_RE = lazy_regex(rf"^(?:{_alternation(list(PREFIX_SYMBOLS), spaced=True)})")
_PREFIX_WORD_RE = lazy_regex(rf"^(?:{_alternation(list(PREFIX_WORDS))})")
_SUFFIX_RE = lazy_regex(rf"(?:{_alternation(list(SUFFIX_WORDS))})$")
# the comparison words after a quantity that stand as a word of their own (not `内`, which only does after a period,
# `3个月内`; not `上下`): one list for every rule that reads them (a 计量单位 cell of the word alone, `(含)` before it)
SUFFIX_WORD_ALONE = _alternation([k for k in SUFFIX_WORDS if k not in ("内", "上下")])
_SUFFIX_ALONE = lazy_regex(rf"(?:{SUFFIX_WORD_ALONE})")
# (`1 200米`, `≥ 1 000 人`: thousands set apart by spaces, as amounts are read)
_NUM = r"\d{1,3}(?: \d{3})+(?:\.\d+)?(?!\d)|\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+"
_PERIOD_WORDS = "半年|半月|季度|学年|学期|星期|年|季|月|旬|周|天|日"     # (`2%/年`: a share per a period; not `98%/县城`; `每半月1次`: 次/半月;
# `每学年1次`: 次/学年, as 学期 — it was text, hunt sc2)
# a square or a cubic metre written with a plain digit after its m (`1000m2`, `≥10万m3`, `500m3/d`, `≤35μg/m3`): the unit
# as written, as `m²` / `m³` read (it was text, the digit no unit's, hunt tg6)
_SQUARE_CUBE = r"(?<=m)[23](?!\d)"
_SQUARE_CUBE_END = lazy_regex(_SQUARE_CUBE + "$")      # `…m2` ending a text: the unit's power, no figure
_UNIT = (
    # (`2%/年`: a symbol per a period or a thing)
    # (`≥95%/年度`: the year said as 年度, `%/年` as `次/年度` is `次/年` — it was text, hunt tg6)
    rf"(?:(?:{'|'.join(regex.escape(u) for u in UNIT_SYMBOLS)})(?:/(?:年度|{_PERIOD_WORDS}))?"
    rf"|[{UNIT_WORD_CHARS}](?:[{UNIT_WORD_CHARS}·・.]|{_SQUARE_CUBE}){{0,{UNIT_MAX_CHARS - 1}}}"
    # (元/人*月: a compound after the slash; `MPN/100mL`, `CFU/100mL`: a count per a volume of a hundred millilitres)
    rf"(?:/(?:[1-9]\d{{0,3}}(?=[A-Za-z]))?[{UNIT_WORD_CHARS}·・.](?:[{UNIT_WORD_CHARS}·・.*×、]|{_SQUARE_CUBE}){{0,{UNIT_MAX_CHARS - 1}}}){{0,2}}"
    # (`1次/2年`, `1次/3个月`: once per a number of periods; `1次/每2年`, the period said with 每 too — it was text,
    # hunt tg6)
    rf"(?:/每?[1-9]\d?个?(?:{_PERIOD_WORDS}))?"
    # (`≤200/10万`, `≤10人/10万人`, `12.5/万`: a rate per a base of ten thousand, a thousand, a hundred)
    rf"|[{UNIT_WORD_CHARS}]{{0,3}}/\d{{0,4}}[万千百][{UNIT_WORD_CHARS}]{{0,2}})"
)
_RANGE_SEP = "|".join(regex.escape(s) for s in RANGE_SEPARATORS)
_SINGLE_RE = lazy_regex(rf"^(?P<a>[-+]?(?:{_NUM}))\s*(?P<ua>{_UNIT})?$")
# (`-5%~-3%`, `-10%到-5%`, `-5--3%`, `-5% ~ -3%`: a range below zero, the high end's minus after the separator — it was
# read a second separator, `-5%至-3%` the range -5 to 3, hunt tg27; `-5%-3%` stays -5 to 3, one hyphen one separator;
# `-3%~+3%`, `−2℃～+2℃`: the high end's plus its own sign, the range -3 to 3 — it was text, review rv137)
# (`-18℃至-15℃`, `-25至-18℃`: a unit word ends before 至 / 到, the separator — the word ran on into it, `℃至`, a unit
# no figure has, and the range was text, hunt tg28)
_RANGE_RE = lazy_regex(
    rf"^(?P<a>[-+]?(?:{_NUM}))\s*(?P<ua>{_UNIT})?(?<![至到])\s*(?P<sep>(?:{_RANGE_SEP})+(?:\s+-(?=\d))?)\s*\+?\s*"
    rf"(?P<b>{_NUM})\s*(?P<ub>{_UNIT})?$"
)
# the brackets a note may open and close with, any of them mistyped or OCR'd for another (`（` read as `《`, `〈`, `{`);
# round ones in both widths, as parsers.tables reads a cell not yet folded
NOTE_OPENERS = "(（〈【〔[《{"
NOTE_CLOSERS = ")）〉】〕]》}"
_OPEN, _CLOSE = regex.escape(NOTE_OPENERS), regex.escape(NOTE_CLOSERS)
# a note's brackets of two kinds, an opening and a closing (`≥95%〈抽查）`, `≥95%【抽查)`: an OCR'd or mistyped bracket; its
# words open with a character, no figure, `〈5%)` — it was `>=` and the text, hunt tg17; `〈抽查〉` a note too)
# (`≥95%《抽查）`, `≥95%（抽查》`, `≥95%{抽查)`: 《 / 》 / { / } for a round one too — it was `>=` and the text, hunt tg18;
# `《抽查》` a note as well, a title after a figure naming where it is from; a year opening the words is no figure,
# `≥95%（2024年底前》`: a note — it was `>=` and the text, hunt tg21)
# a note's brackets after a value other than round ones (`≥90%【抽查】`, `≥95%〔省标〕`, `≥95%[省级]`; `[90,100]` an
# interval), or of two kinds: one list for the qualifier here and parsers.tables' note before a 度量单位 column's unit
NOTE_BRACKETS = (r"【(?P<q>[^【】]*)】|〔(?P<q>[^〔〕]*)〕|\[(?P<q>[^\[\]\d][^\[\]]*)\]"
                 rf"|[{_OPEN}](?P<q>(?:\p{{Han}}|(?:19|20)\d{{2}}\s*年)[^{_OPEN}{_CLOSE}]*)[{_CLOSE}]")
_QUALIFIER_RE = lazy_regex(rf"(?:\((?P<q>[^()]*)\)|{NOTE_BRACKETS})$")
# a target written whole in the brackets a note is written in (`【≥120公里】`, `〔≥95%〕`, `[≥90%]`; not `[90,100]`, an
# interval)
_WHOLE_BRACKET = lazy_regex(r"^(?:【(?P<t>[^【】,，]*\d[^【】,，]*)】|〔(?P<t>[^〔〕,，]*\d[^〔〕,，]*)〕"
                                r"|\[(?P<t>[^\[\],，]*\d[^\[\],，]*)\])$")
# (`≥95%，且≤100%`: a comma and 且 together join the bounds too)
# (`大于等于90%小于等于100%`, `≥90%≤100%`: the upper bound run on after the lower with nothing between — it was text, hunt
# tg6)
_BOUNDS_RE = lazy_regex(r"^(?P<lo>\S.*?)\s*(?:[,;、]\s*(?:且|并且|同时)?|且|并且"
                           r"|(?<=[\d%‰\p{Han}A-Za-z²³])(?<![不未得应宜])(?=(?:小于或等于|小于等于|不高于|不超过|不大于|小于|低于|≤|<=|≦|<)\s*[\d.]))"
                           r"\s*(?P<hi>\S.*)$")
_PLUS_MINUS = lazy_regex(r"^(?:±|\+/-|\+-|正负)\s*")      # `±5%`, `正负5%`: a range around 0
# operator words that compare with what follows even when it is no quantity (`不低于上年`), unlike
# `达到` / `约` / `控制在` (`达到国家二级标准` is a text target)
_COMPARING_WORDS = (r"大于或等于|大于等于|小于或等于|小于等于|不低于|不少于|不小于|不超过|不高于|不大于|"
                    r"不多于|大于|高于|超过|多于|小于|低于|少于")
_COMPARING_WORD = lazy_regex(rf"^(?:{_COMPARING_WORDS})")
_SENTENCE_MARK = lazy_regex(r"[,，。;；、]")
_DIGIT = lazy_regex(r"\d")
# `100%完成`, `100%到位`: a percentage followed by what it measures is that percentage, the word a qualifier
# (`100%全覆盖`, `≥95%合格`, `100%按时完成`: the same, with what is measured said in a word or two; `100%按时发放`,
# `100%足额拨付`: how, before any of the words, not only before 完成; `100%准确`, `100%公示`, `100%归档`: how well or
# what is done, as 合格 / 公开 are)
# (`100%（按合同约定）完成`, `≥95%（抽查）合格`: a note in brackets between the figure and the word, the note and the word
# the qualifier in the order written — they were text, hunt tg26; only a note, _deed_after's _is_note)
_DONE_RE = lazy_regex(r"(?<=[%‰‱])\s*(?:\((?P<n>[^()]{1,20})\)\s*)?(?:[,，]\s*)?"
                      r"(?P<q>(?:全部|全额|按时足额|足额|按时|按期|及时)?"
                      r"(?:完成|达标|到位|全覆盖|覆盖|办结|兑现|兑付|落实|发放|执行|"
                      r"合格|验收|整改|结算|拨付|公开|上报|受理|入库|准确|正确|规范|公示|归档))$")
# (`3日内办结`, `30分钟内响应`, `5个工作日内完成`: a time limit, then what is done within it: `<=` 3 日, the deed the
# qualifier, as `100%完成` reads; it was text)
# (`≤30分钟到达现场`, `≤2h响应`, `2h内响应`: the limit a sign before it, or in h / min, the same — they were text, or the
# unit `h响应`, hunt tg6; `到达现场` the deed and its place)
_WITHIN_DONE_RE = lazy_regex(r"(?<=\d\s*(?:\p{Han}{1,4}|h|min)(?:以内|之内|内)"
                                # (`≤2个月办结`, `≤3周完成`: a limit in months or weeks too — it was the unit `个月办结`, or
                                # text, review rv1; not a bare 月 or 年, `≤12月完成` a month's name, `≤2025年完成` a year)
                                # (`≥2个月办结`, `≥2h培训`: a lower bound the same, the time's unit and the deed — it was the
                                # unit `个月办结` / `h培训`, review of the session A9)
                                r"|^(?:≤|<=|≦|<|≥|>=|≧|>|不超过|不大于|小于|最多|控制在|不少于|不低于|不小于|大于|至少)"
                                r"\s*\d+(?:\.\d+)?\s*"
                                r"(?:个工作日|工作日|分钟|小时|天|日|个月|个星期|周|h|min))"
                                r"\s*(?P<q>(?:完成|办结|办理|处理|处置|响应|到达|到场|"
                                r"答复|回复|反馈|解决|整改|修复|发放|拨付|兑现|支付|上报|报送|审核|审批|受理|结算|培训)(?:现场)?)$")
_UNIT_ONLY = frozenset(UNIT_SYMBOLS)
# the dimension a length measures, after its unit (`≥6m宽`, `≥30cm厚`, `≥1.2米高`, `≥8cm胸径`): read as `≥6m（宽）`, the
# unit the length's, the dimension the qualifier (it was the unit `m宽`, `cm胸径`, or text, hunt tg6)
# what is done through a time (`24小时值守`, `≥8小时开放`, `365天运行`): the time, the deed the qualifier, as `≤2h响应` reads
# (it was the unit `小时值守`, hunt tg7)
_THROUGH_TIME = lazy_regex(r"(?<=\d\s*(?:小时|h|天|日|分钟))(?P<w>值守|在岗|值班|服务|运行|开放|营业|监测|监控|在线|巡查|巡逻)$")
# a class said by a measure (`≥10t级`, `≥5万吨级泊位`, `≥35kV级`): the measure, 级 and what is of that class the
# qualifier (it was the unit `t级`, `万吨级泊位`, hunt tg8)
_CLASS_AFTER = lazy_regex(r"(?<=\d\s*(?:万|千)?(?:t|吨|kV|kVA|kW|MW|千伏|千瓦|兆瓦))(?P<w>级\p{Han}{0,4})$")
_DIMENSION_AFTER = lazy_regex(r"(?<=\d\s*(?:[A-Za-z]{1,3}|厘米|毫米|公分|米|公里|千米))"
                                 r"(?P<w>厚度?|宽度?|长度?|高度?|深度?|直径|胸径|地径|米径)$")
# what a measure's symbol measures, in words after it (`≥5km路段`, `≥500m2场地`, `≥100m2处`, `≤50dB夜间`): read as
# `≥5km（路段）`, the unit the symbol, the words the qualifier (it was the unit `km路段`, `m2处`, hunt tg7); not a comparison's
# word after it (`5km以上`, `2h内`; after the words, `500m范围内`,
# it is the comparison's: `500m内（范围）`), nor a mass's (`t标准煤`, the gloss's rule); nor `外` (`2km外`, beyond it), nor
# the 时 of `kW时` (kWh, one unit: they were the unit km / kW, 外 / 时 the qualifier, review mend)
# (an electric one's the same, `≥10kV线路`, `≥500kVA变压器`, `≥2MWh储能`: they were the units `kV线路`, … review rv4)
_SYMBOL_THEN_WORDS = lazy_regex(r"(?<=\d\s*(?:万|千)?(?:km|cm|mm|m|km2|km²|m2|m²|m3|m³|㎡|㎥|㎞|dB|kWh|kW|kVA|kV|MWh|MW|GWh|ha|h"
                                   r"|mL|L))"
                                   r"(?![以及或之内左上下外])(?!(?<=[kMG]W)小?时)(?P<w>\p{Han}{1,4}?)(?P<s>以内|之内|内|以上|以下|左右)?$")
# (a level's words; a change's are no level, `较上年增长（5%）` stays text: the figure in brackets a note as often)
# (个等级, a step of a grade, a difference as a percentage point is: `较上年提升2个等级`: `=` 2 个等级, 较上年提升 — it was
# text, review rv33)
_POINTS = frozenset({"百分点", "个百分点", "个等级"})
_REFERENCE_WORDS = lazy_regex(r"(?!.*(?:增长|增加|增收|提高|提升|下降|降低|减少|改善|上升|递增|递减))\p{Han}{2,10}")
# the counter 名 and the kind of post counted after it (`1名专职`, `2名专职人员`, `1名兼职`): the unit 名 (with any per,
# `/校`), the words the qualifier — 专职 is no thing counted
# (`≥20名学生`, `≥200名用户`, `≥5名贫困学生`, `≥100名家长/校`: who 名 counts, a noun of two characters or more — the
# unit 名, the noun the qualifier, as `3名专职人员` reads and the actual `22名` / `22人` is written; it was the unit
# `名学生`, an actual in 名 no match for it, review tq2. Not a word 名 opens itself: 名次, 名额, 名单, 名录, 名称, 名优,
# 名特优, 名胜, 名牌, 名贵, 名著, 名校, 名片, 名誉, 名义, 名目, 名师, 名人, 名家 — `≥3名次` stays 名次)
_COUNTED_WHO = lazy_regex(r"^名(?P<w>(?:专职|兼职|全职|专业|专门|驻村)\p{Han}{0,6}"
                             r"|(?![次额单录称特胜牌贵著校片誉义目]|优(?!秀)|师(?!生)|人(?!员)|家(?!长|庭))\p{Han}{2,8})(?P<per>/.+)?$")
# a counter run into the noun it counts (`≥3层楼`, `不少于10个行政村`, `2座桥梁`, `≥5辆救护车`, `≥100户农户`, `10余所学校`): the
# counter the unit, the noun the qualifier, as `≥20名学生` reads (名, 学生) — they were the units `层楼`, `个行政村`, …, no match
# for an actual in the counter alone; a noun opening with a name in digits and letters (`≥10个5G基站`, `≥40台4K显示屏`,
# `≥2个AAA级景区`, `≥2套GIS系统`) the same (they were `>=` and the text); per a thing, `≥2个基站/村`: 个/村 (hunt tg9). A noun
# of words only is four characters at most, as a unit's word (`两项补贴发放人次`, `八项规定落实度`, `1个品种审定延迟` are names
# and sentences), unless it ends naming a place, a facility, a body or a vehicle (_NOUN_HEADS: `≥1座污水处理站`,
# `≥2所乡镇卫生院`, `≥5家农民专业合作社`, `≥10辆新能源公交车`, up to ten characters — they were `>=` and the text, hunt
# tg10). Not a compound counter (`台套`, `台件`, `台班`, `家次`, `个人次`, `个批次`), a
# duration counted in 个 (`个月`, `个工作日`, `个工日`, `个百分点`, `个季度`, `3个半小时`), `个人` (one person), `项目`, nor a
# deed after the count (`处得满分`, `3项工作全部完成`: no noun has a sentence's characters, UNIT_FORBIDDEN_CHARS, but in a
# 中心, `个服务中心`); 名 is _COUNTED_WHO's
_COUNTERS = "个层座栋幢台辆艘架处条所家项套件张间株棵只头盏根块部眼户"
# a word that opens with a counter's character is no count of a noun (`≥3处理站`, `≥1处理率`, `2台风`, `5根据`, `≥3块钱`,
# `≥95户籍`, `≥3个性化`, `≥2部委`, `≥1座谈会`, `≥3所属单位`, `≥1条例`: the unit as written, as before; they read 处 and
# 理站, 台 and 风, …): the counter, then the characters that make such a word with it (review rv15)
# (家电, 家居, 家禽, 家畜, 家政, 家用, 家风, 家教, 家访, 家境, 家底; 处方, 处境; 条件, 条理; 根治; 台湾, 台球; 个税, 个股;
# 块头: words the counter's character opens too — `≥1家电` was 家 and 电, `≥2家禽养殖场` 家 and 禽养殖场, hunt tg10)
_COUNTER_WORDS = {"个": "性别案例数税股", "层": "级面", "座": "谈位", "栋": "数", "台": "风账帐阶湾球", "辆": "数",
                  "架": "构", "处": "理置室罚分长级于方境", "条": "例码形幅件理", "所": "属需长有在辖谓",
                  "家": "族属长具乡务园电居禽畜政用风教访境底", "套": "餐", "件": "数", "张": "贴", "间": "隔距歇断",
                  "株": "距", "只": "要有是能", "头": "部", "根": "据本源治", "块": "钱状头", "部": "分委署位长队落属",
                  "眼": "睛光科", "户": "籍数型口外"}
# the last words of a longer noun a counter counts: a place, a facility, a body, a vehicle (`污水处理站`, `乡镇卫生院`,
# `便民服务中心`, `农民专业合作社`, `新能源公交车`); a name or a sentence ends otherwise (`…人次`, `…落实度`, `…延迟`)
_NOUN_HEADS = ("中心|基地|社区|企业|公司|合作社|机构|设施|设备|系统|平台|网点|站点|码头|泊位|线路|道路|水库|景区|市场|广场"
               "|公园|超市|食堂|车间|大棚|书屋|驿站|单位|项目|[站院馆校村厂园室场所库池桥井塘塔厅港渠坝闸棚房屋车船点区]")
# (单位, 项目, 区: `≥2处文物保护单位`, `≥10家省级文明单位`, `≥3个高标准农田建设项目`, `≥1处历史文化街区`, `≥2个国家级自然保护区`
# — they were `>=` and the text, hunt tg11)
# the fixed words of a noun that hold a character no unit has (上, 以上, 高, 全: `≥10家规上企业`, `≥5家规模以上企业`,
# `≥2家限额以上企业`, `≥3个省级以上平台`, `≥2家上市公司`, `≥3个高标准农田建设项目`, `≥5家高新技术企业`,
# `≥1个全国重点文物保护单位` — they were `>=` and the text, hunt tg11; 中心 as before, `个服务中心`)
# — only inside a noun, a head after them (`≥2家上市`, `≥3个全国`, `≥2个高标准`, `≥2家规上`: a deed, a word cut short, text
# as before tg11, review rv24)
# the levels of government an attribute names (`省级`, `乡镇级`, `省部级`, `地市级`), one list for the fixed words of a noun
# and an attribute alone (`≥3个村级以上示范基地`, `≥2个省部级以上示范基地`, `≥3个州级以上示范基地`: 个, the noun, as
# `≥3个县级以上示范基地` — they were `>=` and the text, the noun's list only 国 / 省 / 市 / 县 / 区; review md3)
_LEVEL_WORDS = "国家|国际|世界|全国|省部|省|市|地市|州|县|区|乡镇|乡|镇|村|部"
_NOUN_FIXED_WORDS = lazy_regex(rf"中心|(?:规上|限上|上市|(?:规模|限额|(?:{_LEVEL_WORDS})级|[A-Za-z]{{1,5}}级|\d[A-Za-z]级)及?以上"
                               r"|高标准|高新|全国)"
                               rf"(?=\p{{Han}}*(?:{_NOUN_HEADS})$)")
# a deed in such a longer run is a sentence's, no noun's (`≥3个乡镇开展试点`, `≥5个村实现通车`, `≥2个村建成示范点`: text;
# the deeds a body or a vehicle is counted with too, `≥10家企业入驻孵化基地`, `≥3个乡镇配备救护车`: text — they read 家 / 个
# with the sentence the qualifier; 组织 no deed there, `≥2个党组织活动室` a noun, review rv17); a run of up to four
# characters ending in one (`≥2个乡镇覆盖`, `≥3个县区推广`, `≥2个村实施`: they read 个 and the sentence) the same
# (申报, 承担, 引进: `≥5家企业申报项目` a sentence, now that 项目 ends a noun; a deed made an adjective by 式 / 型 is none,
# `≥3个开放式书屋`: 个, 开放式书屋 — it was `>=` and the text, hunt tg11; 承接, 争取, 招引, 谋划, 划定 too, a body's deed on
# a project or an area, `≥5家企业承接项目`, `≥2个乡镇划定保护区`: text, review rv24)
_DEEDS = (r"开展|实现|建成|通过|完成|达到|进行|开通|通车|投入|投运|运行|建立|设立|覆盖|实施|落实|参与|纳入"
          r"|获得|取得|举办|开放|创建|打造|推进|推广|验收|使用|启用|入驻|进驻|落户|配备|配置|安装|签约|接入|增设"
          r"|申报|承担|引进|承接|争取|招引|谋划|划定"
          # (参加, 加入, 进入, 列入, 划入, 迁入, 编入, 入选, 参评: a body's deed on a project or an area, `≥5家企业参加项目`,
          # `≥3个村进入保护区`, `≥2个乡镇列入示范区`: text — they read 个 with the sentence its noun, hunt tg12; right after
          # the counter the deed names the noun, `≥2个参加项目`: 个, 参加项目, as `≥3个开放式书屋`; not 申请, a noun as
          # often, `≥1个专利申请服务中心`: 个, the noun, review rv33)
          r"|参加|加入|进入|列入|划入|迁入|编入|入选|参评")
_DEED_IN_NOUN = lazy_regex(rf"(?:{_DEEDS})(?![式型])")
_DEED_AT_END = lazy_regex(rf"(?:{_DEEDS})$")
# the 数 of a count's word (`≥3个数`, `户数`, `辆数`), no 数 opening a noun's word (`≥1个数字化展厅`, `≥3个数据集`,
# `≥5个数字乡村`: 个 and the noun — they were text, or the unit `个数字展厅`, hunt tg12)
_NUMBER_WORD = "数(?![字据码智])"


def _counter_word(chars: str) -> str:
    """The pattern of the characters that make a word with a counter (`个`: 性, 别, … and 数 but 数字 / 数据)."""
    rest = chars.replace("数", "")
    return "|".join(([f"[{rest}]"] if rest else []) + ([_NUMBER_WORD] if "数" in chars else []))


# an attribute alone after a counter, the noun it qualifies cut short or unsaid (`≥2个新型`, `≥3个省级`, `≥5家规模以上`,
# `≥3个省级以上`, `≥1个全国重点`, `≥1个4A级`, `≥2个示范性`, `≥3个标准化`; a kind of vehicle, machine or dwelling no
# attribute, `≥5个新车型`, `≥5个新户型`: 个, the noun, review rv33): no noun counted, text as `≥2家规上` and
# `≥3个全国` are (review rv24) — they read the counter with the attribute its noun, or 以上 as the bound and 规模 the noun
# (hunt tg12); with the noun after it, `≥5家规模以上企业`, `≥3个省级示范村`, the count of the noun as before
_ATTRIBUTE_ALONE = lazy_regex(rf"(?:(?:{_LEVEL_WORDS}|[A-Za-z]{{1,5}}"
                              r"|\d{1,2}[A-Za-z]{1,3}|[一二三四五1-5])级|规模|限额|规上|限上)(?:及?以上|及?以下)?"
                              r"|(?:全国|国家|国家级|省级|市级|县级)?重点|[新大中小微]型|\p{Han}{2,3}(?<![模类典车机户])型"
                              r"|\p{Han}{2,3}性|\p{Han}{2,3}(?<!文)化")
_COUNTER_NOUN = lazy_regex(rf"(?<=\d\s*(?:万|千)?(?:余|多)?)(?P<c>[{_COUNTERS}])"
                              r"(?P<w>(?:\d{1,2}[A-Za-z]{1,3}|[A-Za-z]{1,6}|\d{1,2}级)\p{Han}{1,6}?"
                              rf"|(?!(?<=个)(?:工作日|工日|工时|小时|百分点|批次|学期|学年|年度|星期|{_PERIOD_WORDS}|人(?=$|次|\()"
                              r"|来月|钟头|自然日|日历天|课时|学时|亿|等级|档次|级别))"
                              + "".join(rf"(?!(?<={c})(?:{_counter_word(w)}))" for c, w in _COUNTER_WORDS.items())
                              + r"(?!\p{Han}次)(?![次套班件批目得门款庭体以及或之内左约余多半])(?!上(?!市))"
                              + rf"(?:\p{{Han}}{{1,4}}?|\p{{Han}}{{3,8}}?(?:{_NOUN_HEADS})))"
                              rf"(?P<per>/\p{{Han}}{{1,4}})?(?P<s>{SUFFIX_WORD_ALONE})?(?P<n>\([^()]*\))?$")
# a counter written once for a noun that opens with the counter's own character (`≥3个性化`, `3个性化服务`, `≥10个体工商户`;
# in full, `3个个性化服务`): the count in 个, the noun whole the qualifier (they were the units `个性化`, `个体工商户`; 性化
# is no unit — hunt tg13; `≥2个人` keeps 个人)
# (个体 only as a person's word, `个体工商户`, `个体户`, `个体经营户`; a noun opening with 体 after the counter is that noun,
# `10个体育场馆`, `≥3个体检中心`, `3个体系`: 个, 体育场馆 — it was the qualifier 个体育场馆, review rv38)
_INDIVIDUAL_WORD = lazy_regex(r"^体(?:工商|户|经营|私营|商户|经济|诊所|从业|劳动|$)")
_SHARED_COUNTER = lazy_regex(rf"(?<=\d\s*(?:万|千)?(?:余|多)?)个(?P<w>个?(?:性化|体)\p{{Han}}{{0,6}}?)"
                             rf"(?P<s>{SUFFIX_WORD_ALONE})?(?P<n>\([^()]*\))?$")
# a grade or a level named in words (`优良`, `合格以上`, `A级`), before the bound that earns it in brackets (`（≥90分）`);
# (a change's words likewise, `较上年增长（≥5%）` as `较上年增长≥5%`); not a period's 每 (`每年（≥2次）`, a frequency)
# (`A级以上（≥90分）`, `3A级（≥90分）`, `AAA级以上`: the letter grades as the words', `良好以上`; they were text, review rv3)
# a period alone, its count in brackets after it (`季度（≥1次）`, `每年（≥2次）`): the count per the period
_PERIOD_ALONE = lazy_regex(rf"每?(?P<p>年度|{_PERIOD_WORDS})")
_GRADED = lazy_regex(r"(?!每)(?:[1-5]?[A-Da-d]{1,3}级?(?:及?以上)?|\p{Han}{2,10})")
# the scale a bare score is given on, in brackets after it (`≥4.8（5分制）`, `90（百分制）`, `4.5（满分5分）`): its unit 分
# (`≥4.5（5分满分）`, `4.5（5分为满分）`, `4.5（满分为5分）`: the same scale, its words in another order — it was no unit,
# the bracket a qualifier, review tq4)
_SCORE_SCALE = lazy_regex(r"(?:\d+|[百十五])分制|满分为?\d+(?:\.\d+)?分?|\d+(?:\.\d+)?分为?满分")
# the scale said by its top alone (`≥4.5（5分）`, `≥8.5（10分）`, `90（100分）`): a scale of 5, 10 or 100 points over a
# bare figure no greater than it and at least half of it (`≥3（20分）`, `≥1（10分）`, `≥2（5分）`: a count and its weight,
# stay a qualifier — a score aimed at is the scale's upper half; see _on_scale)
_SCORE_TOP = lazy_regex(r"(?P<top>5|10|100)分")


def _on_scale(figure: str, top: str) -> bool:
    """Is `figure` a score on a scale of `top` points: no greater than it, and at least half of it (`≥4.5` of 5, `90`
    of 100; `≥1` beside `10分` is a count and its item's weight)?"""
    return int(top) <= 2 * Decimal(figure) and Decimal(figure) <= int(top)
# the same written as a share of the top (`≥4.5/5分`, `≥4.5分/5分`, `≥90/100分`): the points, the top the qualifier
# (`≥4.5/5`, `≥8.5/10`: the same with no 分 written, when the figure has tenths — a count is whole, `≥4/5`, `≥90/100`
# stay text, a share of a whole as often; it was `>=` and the text `4.5/5`, hunt tg7)
# (a top written with its tenths, `≥4.5/5.0`, `≥4.5/5.0分`: the same top — it was text, review rv4)
_SCORE_OF_TOP = lazy_regex(r"(?<![\d.])(?:(?P<n>\d+(?:\.\d+)?)\s*分?\s*/\s*(?P<top>5|10|100)(?:\.0)?\s*分制?"
                              r"|(?P<n>\d+\.\d+)\s*/\s*(?P<top>5|10|100)(?:\.0)?)$")
# a unit's own symbol written in brackets after its Chinese name (`吨（t）`, `万千瓦时（kWh）`, `平方米（㎡）`): a gloss
# of the unit, no qualifier (split_target; normalize.records' 计量单位 cell)
UNIT_SYMBOL_GLOSS = lazy_regex(r"^(?:t|kg|g|km|m|m2|m²|m3|m³|㎡|㎥|㎞|㎏|kW|kWh|MW|MWh|GWh|kVA|L|h|t/d|m³/d|㎥/d)$",
                                  regex.I)
# what a mass written in brackets after its unit says it is a mass of (`吨（标准煤）`, `万吨（标煤）`, `吨（折标）`): part
# of the unit, written whole (吨标准煤), no qualifier (normalize.records reads a
# 计量单位 cell `吨（标准煤）` the same)
# (`吨（tce）`: tce, tonne of coal equivalent, is 吨标准煤 — it was read as the symbol t of 吨 and dropped, review tr)
# (`万吨（二氧化碳当量）`, `吨（CO2当量）`, `吨（CO₂e）`: a mass of carbon dioxide equivalent, as an emission's reduction
# is counted — 吨二氧化碳当量, the unit its actual `10.5万吨二氧化碳当量` is written in; it was 万吨, the gloss a qualifier,
# and `≥10万吨CO2当量` unbracketed text, review tq2)
_UNIT_GLOSS_WORDS = ((regex.compile(r"^(?:(?:折合?)?(?:标准煤|标煤|标)(?:当量)?|tce)$", regex.I), "标准煤"),
                     (regex.compile(r"^(?:二氧化碳|CO2|CO₂)\s*(?:当量|-?eq|e)$", regex.I), "二氧化碳当量"))
_GLOSSED_UNIT = lazy_regex(r"(?<=\d\s*(?:万|千|亿)?)(?:吨|t|千克|公斤|kg)$", regex.I)
# the same gloss written after the mass's unit without brackets (`≥10万吨二氧化碳当量`, `≥10万吨CO2当量`): longer than a
# unit's word is read, the gloss is set apart and put back after the mass (标准煤, short, reads as a unit of its own)
_GLOSS_AFTER_MASS = lazy_regex(r"(?<=\d\s*(?:万|千|亿)?(?:吨|t|千克|公斤|kg))\s*(?P<g>(?:二氧化碳|CO2|CO₂)\s*(?:当量|-?eq|e))$",
                                  regex.I)


def unit_gloss(word: str | None) -> str | None:
    """Given the words in brackets after a mass's unit, return what they make part of the unit (`标煤`, `折标` ->
    `标准煤`), or None when they are a note."""
    for rx, whole in _UNIT_GLOSS_WORDS:
        if word and rx.match(word.strip()):
            return whole
    return None


_SHEET_FORMULA = lazy_regex(r"^=.*(?:[A-Za-z_]{2,}\s*\(|&|!|(?<![A-Za-z])\$?[A-Z]{1,3}\$?\d+)")
# `含` with the bound it includes or none (`（含）`, `（含95%）`): the one spelling of an inclusive bracket's words
_INCLUDED = r"含(?:\d+(?:\.\d+)?\s*[%‰]?)?"
_INCLUSIVE_RE = lazy_regex(rf"\s*\((?P<q>{_INCLUDED})\)\s*(?=(?:{_alternation([k for k, op in SUFFIX_WORDS.items() if op in ('>=', '<=') and k != '内'])})$)")   # (`95%（含）及以上`)
# the same after a range's low end (`90%（含）-100%`, `85分（含）至100分`): the range, 含 its qualifier, as `90%-100%（含）`
# reads (it was text, hunt tg6)
_INCLUSIVE_LOW = lazy_regex(rf"(?<=[\d%‰\p{{Han}}])\s*\((?P<q>{_INCLUDED})\)\s*(?=(?:{_RANGE_SEP})\s*\d)")
# a figure in decibels closing a target (`≤55dB(A)` before its bracket): A- or C-weighted, the unit `dB(A)` whole
_DECIBEL_END = lazy_regex(r"\d\s*dB$")
# the two ends of a range joined by 与 / 和 (`介于90%与100%之间`): read as `90%-100%`
_ENDS_JOINED = lazy_regex(r"(?<=[\d%‰\p{Han}])\s*[与和]\s*(?=[\d.])")
# (`≥90%；≥95%`, `≥90%,≥95%`, `≥95%/≥90%`: a second sign after a separator is a second target too)
# (`≥95%且≥100人`: 且 before a second sign, two quantities both asked, no one quantity either)
_SECOND_OP_RE = lazy_regex(r"或\s*(?:>=|<=|≥|≤|≧|≦|》=|>|<|不低于|不少于|不超过|不高于)|(?:且|同时)\s*(?:>=|<=|≥|≤|≧|≦|》=|>|<)"
                              r"|(?:[,;、/]|\s)\s*(?:>=|<=|=>|=<|≥|≤|≧|≦|》=|《=|〉=|〈=|>|<)")
_COMPACT_DATE_RE = lazy_regex(r"^\d{8}$", regex.ASCII)
_WRAP_SPACE = lazy_regex(r"(?<=[\p{Han}\d])\s+(?=\p{Han})")
_MONTH_SPAN_RE = lazy_regex(r"^(?:19|20)\d{2}[.．/]\d{1,2}\s*[-—~～至到]\s*(?:(?:19|20)\d{2}[.．/])?\d{1,2}$")
# `(0,2]小时`, `[1，3]天`: an interval of two numbers
_INTERVAL_RE = lazy_regex(r"^[(\[【〔]\s*(?P<a>\d+(?:\.\d+)?)\s*(?P<pa>%)?\s*[,，]\s*(?P<b>\d+(?:\.\d+)?)\s*(?P<pb>%)?\s*[)\]】〕]"
                             r"\s*(?P<u>\S{1,6})?$")
# `同比增长≥5%`, `满意度≥90%`: words naming what is compared, before an operator symbol (they are the qualifier)
# the connective ending the words before a comparison (`不低于上年水平且`, `不低于上年，且`), no part of them; a bare 并 only
# after a comma (`合并≥3个` is merged, no 合 and 并)
_LEAD_CONNECTIVE = lazy_regex(r"\s*(?:[,，;；、]\s*(?:且|并且|并|同时)?|且|并且|同时|[:：])$")
# (`不低于上年，且≥95%`: a comma and 且 between the words and the comparison)
# (`误差±2%`, `偏差率正负5%以内`: what is compared before a range around 0)
# (`2024年底前≥95%`, `6月底前≥50%`: a deadline written before the comparison)
# (`PM2.5≤35μg/m³`, `COD≤50mg/L`, `NH3-N≤1.5mg/L`, `PM2.5年均浓度≤35微克/立方米`, `Ⅲ类水质比例≥90%`, `5G信号覆盖率≥95%`:
# a name in Latin letters or Roman numerals, Chinese words about it, as the words alone — they were text, hunt tg6)
_LATIN_NAME = r"\p{Han}{0,6}(?:[A-Za-zⅠ-Ⅻⅰ-ⅻ][A-Za-z0-9.\-₀-₉]{0,6}|\d{1,2}[A-Za-z][A-Za-z0-9]{0,3})\p{Han}{0,8}?"
# a figure opening a measure's name, naming whom it counts by age or which type (`65岁以上老年人健康管理率`,
# `0-6岁儿童健康管理率`, `35-64岁妇女宫颈癌筛查率`, `3岁以下儿童系统管理率`, `2型糖尿病患者规范管理率`): part of the name,
# no quantity — the measure's words after it read as a name alone does (they were text, their figure lost, hunt tg22);
# a type in Roman numerals the same, `Ⅱ型糖尿病患者规范管理率≥60%`, `II型…` as a PDF's text gives it (it was text,
# review rv81); the bound's 含 in brackets before its word the same, `60周岁（含）以上老年人健康管理率≥70%` (it was text, hunt
# tg23), and before 以内 (`3周岁（含）以内儿童健康管理率≥85%` was text while `3周岁以内…` read, review rv90); plain syntax, for
# parsers.core's name-and-target patterns too
NAME_OPENING_FIGURE = (r"(?:\d{1,3}(?:\s*[-~－～—–至到]\s*\d{1,3})?\s*周?岁(?:\s*[(（]\s*含\s*[)）]\s*(?=及?以[上下]|以内))?"
                       r"(?:及以上|以上|及以下|以下|以内)?|(?:\d|[Ⅰ-Ⅻ]|I{1,3}|IV)型)")
_OPENED = rf"(?:{NAME_OPENING_FIGURE}(?=\p{{Han}}))?"
# (`城乡居民医保参保率保持在95%以上`, `城乡居民基本医疗保险参保率≥95%`: a name longer than eight characters when it ends in a
# measure's word — they were text, hunt tg13)
# (not a sentence ending in a measure: a means, a purpose or a time of the work before it, `通过开展培训提升农民种植技术水平≥90%`,
# `全面加强项目管理提高资金使用效率≥90%`, `项目建成后有效改善群众生活水平≥90%`, `按时完成建设任务确保工程质量合格率≥95%`: text,
# as a long run ending otherwise — they read the sentence as the name, review rv38; an aim first is no clause,
# `确保全县农村饮水安全覆盖率≥95%`; nor a name's own 提升, `职业技能提升培训合格率`)
# (nor the verb made the measure's own word, `竣工验收一次性通过率`, `症状改善率`, nor a name's 保证金, `履约保证金按时退还率`)
# (but one such word alone is a measure's own name, `农村居民人均收入提高比例`, `项目带动农户增收比例`, `道路通行条件改善满意度`,
# `项目建成后群众满意度`: they were text, their figure lost — review rd2, mend md8: a clause is two of the words, a means
# and a result, `加强…提高`, `建成后…改善`, or an aim in the middle, `…任务确保…合格率`)
_CLAUSE_WORD = (r"(?:(?:通过|加强|改善|促进|推动|带动|增强|进一步|(?<!技能|能力|素质|质量)(?:提高|提升))"
                r"(?![率度])|(?:建成|完成|到位|实施|竣工|投用|使用)后)")
_AIM_MID = r"(?:确保|保证(?!金))"
# (a time after a deed with a sentence after it, nine characters or more, `资金到位后及时拨付至项目单位拨付率`, is one too; not
# `项目完成后受益群众满意度`, the measure's own time)
_TIME_THEN_DEED = r"(?:建成|完成|到位|实施|竣工|投用|使用)后\p{Han}{9}"
# a count's last words (`城乡居民医保参保人数≥3500人`, `Ⅱ型糖尿病患者规范管理人数≥3500人`): a long name of a count, as a
# share's (they were text, review rv81's leftover — hunt tg23); one list with parsers.forms' row label counting things
# (its _COUNT_ENDS had 个数 and no 家数, this one 家数 and no 个数: twins, review rv90)
COUNT_NAME_END = "人数|户数|家数|个数|人次|次数|数量"
_LONG_NAME = (rf"(?:实现|确保|保证|力争)?(?!\p{{Han}}{{0,16}}?{_CLAUSE_WORD}\p{{Han}}{{0,16}}?{_CLAUSE_WORD})"
              rf"(?!\p{{Han}}{{1,16}}?{_AIM_MID})(?!\p{{Han}}{{0,16}}?{_TIME_THEN_DEED})"
              rf"\p{{Han}}{{7,16}}?(?:率|度|比例|比重|占比|指数|水平|{COUNT_NAME_END})")
# a measure's last word (率 of 合格率, 度 of 满意度, 比例, 覆盖面, 份额): what a name of a measured share ends in
_MEASURE_WORD = r"(?:率|度|比例|占比|比重|(?:覆盖|受益|知晓|普及)面|份额)"
# a long measure's name run straight into its figure, no colon nor sign between (`城乡居民基本医疗保险参保率95%以上`): none
# holding a comparison's words, a grade in free words (`达到良好以上水平的学校占比90%`: text, as hunt tg18 and review rv64
# kept it — hunt tg21); nor one comparing with a reference, its words _COMPARING_WORDS' or 优于
# (`城乡居民参保率高于全省平均水平5个百分点以上`: text — it was `>=` 5 个百分点, the clause the qualifier, mend md34); nor one
# ending on a period's 度, `全县农村饮水安全工程年度100%`, `…第四季度100%` in a 指标值 cell (read `=` 100 %, the words the
# qualifier, since tg21: text again, as the run's short name keeps `季度1次以上` — review rv77)
_LONG_RUN_NAME = rf"(?!\p{{Han}}*?(?:达到|优于|以上|以下|{_COMPARING_WORDS})){_LONG_NAME}(?<![季年月周]度)"
# a lone `《` or `〈` before a figure with nothing closing it (`《5%`, `〈 3次`): `<` mistyped, as a lone `》` is `>` (it
# was text, hunt tg16); a title closes (`《5%》`, `《管理办法》`: no operator)
_LONE_LESS_AT = r"[《〈]\s*(?=[\d.])(?!.*[》〉])"
_LEAD_WORDS_RE = lazy_regex(r"^(?:(?:(?:19|20)\d{2}\s*年度?(?:\d{1,2}\s*月)?|\d{1,2}\s*月)\p{Han}{0,6}?"
                               rf"|{_OPENED}(?:\p{{Han}}{{1,8}}?|{_LONG_NAME})|{_LATIN_NAME})"
                               # (`满意度：≥90%`, `2024年：≥95%`: the words as a label, a colon after them)
                               r"(?:\s*[,;]\s*(?:且|并且|并|同时)?|\s*:)?"
                               r"(?=\s*(?:>=|<=|=>|=<|≥|≤|≧|≦|》=|《=|〉=|〈=|>|<|=|±|\+/-|正负\s*[\d.]"
                               # (`合格率》95%`, `投诉率《1%`: the lone angle brackets typed for `>` / `<`, as alone —
                               # hunt tg16; `《` only before a figure nothing closes, no title's; `》` only after a
                               # measure's name or a year, `合格率：》95%`, `2024年》95%` — after other words it ends a
                               # title cut short, `管理办法》95%`: text, it read `>` 95 %, review rv60)
                               rf"|(?<=(?:{_MEASURE_WORD}|(?:19|20)\d{{2}}\s*年度?)\s*:?\s*)[》〉]|{_LONE_LESS_AT}))"
                               # (`偏差不超过5%`, `故障率低于1%`: what is compared before a comparing word and a figure, 达 as 达到, `满意度达95%`
# — it was text, review rv24 — not the 达 of a word, `文书送达95%`, `资金下达95%`;
                               # not the 不 of `不低于95%` itself)
                               # (nor a negation, `不得` / `未` / `没有`, before a bare `低于`: `未低于95%` is no `<`)
                               r"|^(?:(?:19|20)\d{2}\s*年度?\p{Han}{0,6}?" rf"|{_OPENED}(?:\p{{Han}}{{1,8}}?|{_LONG_NAME})|{_LATIN_NAME})"
                               r"(?<!不|未|没|没有|不得|不应|不宜|不能|不可|严禁|禁止|未能|没能|无法|难以)"   # (`未能达到95%`: no `>=`, review rx)
                               r"(?=(?:(?:不得|不应|不宜|严禁)?(?:低于|高于|少于|多于|小于|大于|超过)|不超过|不高于|不低于|不少于|"
                               # (`误差率控制在5%以内`, `覆盖率保持在95%以上`, `PM2.5浓度控制在35以下`: what is kept within
                               # the figure before the keeping's words, as `满意度不低于90%` — they were text, hunt tg12)
                               # (a fraction of a whole in words after them, `比例不低于三分之一`, hunt tg30)
                               r"不大于|不小于|不多于|达到|(?<![送到抵通传下转直发表])达|(?:控制|保持|稳定|维持)在)\s*"
                               r"(?:[\d.]|[二三四五六七八九十]分之))")
# an upper bound's word closing the words before a tolerance (`误差不超过±2%`, `偏差不大于±0.5℃`): the tolerance's own
# bound, as `≤±2%` — no part of what is compared (a word's own 在, 存在 / 现在 / 实在, none); any of PREFIX_WORDS'
# upper bounds, a rule's modal before it too (`误差小于±2%`, `误差不得超过±2%`, `称量误差应不超过±2%`: they kept the word
# in the qualifier, review rv165)
_BOUND_WORD_END = lazy_regex(r"(?:(?:必须|应当|应|须|需|均)?(?:"
                             + "|".join(sorted((w for w, op in PREFIX_WORDS.items() if op in ("<=", "<")),
                                               key=len, reverse=True))
                             + r")|(?<![存现所实正])在)$")
_KEEPING_END = lazy_regex(r"(?<=\S)(?:控制|保持|稳定|维持)在$")
# labels naming a target cell itself, written before its comparison with a colon (`指标值：≥95%`)
_CELL_LABELS = frozenset({"注", "备注", "说明", "指标值", "目标值", "年度指标值", "年度目标值", "指标目标值", "目标", "标准",
                          "指标标准", "预期目标", "预期值"})
# a fraction of a whole in words (`三分之一`) opening a target after a word before it (近, the keeping words)
_SHARE_WORDS = r"[二三四五六七八九十]分之"
# `保持在95%以上`, `在90%以上`, `稳定在50万亩以上`: words before the quantity that say no comparison themselves
# (`实现100%`, `做到100%`: the deed of reaching the figure, no comparison of its own, as 确保 — it was text, review tq4;
# `完成100%` the same, as `100%完成` and `年底前完成100%` read — it was text, hunt sc2; 实现 / 做到 only before a share or
# a sign, `实现10个村` a sentence; 完成 before any figure, `完成10个村`: `=` 10 个, 村, as `完成≥10个村` — it was kept text
# as a sentence, hunt tg14; not a bare year, `完成2024` cut from its 年, text as `完成2024年` — review rv46)
# (`常年保持在85%以上`, `始终保持在95%以上`, `长期稳定在Ⅲ类`: how long it is kept before the words, the qualifier — it was
# text, hunt tg6)
_NEUTRAL_LEAD = lazy_regex(r"^(?:(?P<w>常年|长期|始终|一直|持续|全年)?(?:(?:保持|稳定|维持|确保)在|保持|维持|确保)|(?:实现|做到)(?=\s*(?:[\d.]+\s*[%‰]|[>=<≥≤≧≦]))"
                              r"|完成(?=\s*[\d.>=<≥≤≧≦])(?!\s*(?:19|20)\d{2}\s*$)|在(?=\s*-?[\d.][^\s]*(?:以上|以下|以内|之内|左右)$)"
                              # (`控制在95%以上`, `控制在1/3以上`, `控制在50人左右`: 控制在 keeping the figure where the
                              # word after it says, as `保持在95%以上` — it read `<=` against 以上, text; rv153's left,
                              # hunt tg30; `控制在5%`, `控制在5%以内` stay PREFIX_WORDS' `<=`)
                              rf"|控制在(?=\s*(?:-?[\d.]|{_SHARE_WORDS})\S*(?:以上|左右|上下)$))"
                              rf"\s*(?=-?[\d.]|[>=<≥≤≧≦》《]|{_SHARE_WORDS})")
# (a fraction of a whole after them, `保持在1/3以上`, `稳定在三分之一以上`, `常年维持在1/3以上`: its comparison and the
# fraction as text, as `1/3以上` reads, 常年 the qualifier; a figure below zero, `保持在-18℃以下`, `维持在零下18℃至零下15℃`,
# as `-18℃以下` — they were text, review rv153)
# `近1万人`, `将近1万人`, `接近100%`: about the figure, below it most likely, `~` as `约` (it was text, hunt tg7); not
# before a span of time, `近3年`, `近6个月`, `近24小时`: the recent years, months, hours (text)
# (a share in words too, `近三分之一`: about it, as `约三分之一`, hunt tg29)
_NEAR = lazy_regex(rf"^(?:将近|接近|近)\s*(?=[\d.]|{_SHARE_WORDS})")
# (a prefix match: _PERIOD_WORDS' periods, `年` taking `年度`, and a span's other words; `近1个半月` a span too, text as `近6个月`
# — it was `~` 1 个半月, twins tw4)
_RECENT_SPAN = lazy_regex(rf"个?(?:{_PERIOD_WORDS}|小时|工作日|期|届|次)")
# (the span's words after it, `近2年平均`, `近3年累计`, `近5年内`: the recent years still — `近2年平均` was `~` 2 of a
# unit `年平均`, review rv4)
# `200余人次`, `5万余人`, `3000多人`, `10余次`: more than the number (the unit without 余 / 多)
_MORE_THAN = lazy_regex(rf"^(?P<n>{_NUM})(?P<m>万|亿|千)?(?:余|多)(?P<u>[^\d余多]{{0,5}})$")
# `95%，且不低于上年`: a quantity, then a second condition joined by 且 / 并 / 同时
# `100%，详见附件`, `≥95%，具体见附表`: a quantity, then a note pointing elsewhere (the note is its qualifier too)
# each one of what is counted, opening a clause that conditions it (`≥3场次，每场不少于50人`, `≥6个，每班不少于40人`): the
# one list of these words, for a target's clause here and a summary cell's pieces (parsers/layouts/packed_list)
EACH_ONE = r"每(?:次|场|期|批|轮|班)"
# (`≥80%且逐年提高`: 且 / 并且 / 同时 without the comma too)
# what a change is compared with (`较上年`, `比上年度`, `较去年同期`, `比上年末`, `较基期`, `比2023年`): the one list of a
# change's lead (_CHANGE_LEAD) and of a change after a figure (_AND_CLAUSE) — each had its own, and neither took `同期` /
# `末` / `年初` (`较上年同期提高2个百分点`, `较上年同期增长5%以上` stayed text, review rv6)
# (`较建设前`, `比改造前`, `较项目实施前`: the state before the work, the reference of its change — `较建设前提升0.5个等级以上` and
# `比改造前下降10%以上` were text, hunt tg12; not a 提前, `较上年提前5天`)
# (`与上年相比提高5个百分点`, `和上年相比增长3%以上`, `同上年同期相比下降2%`, `相比上年提高5%`: the reference between 与 / 和 /
# 同 and 相比, or after 相比, as after 较 — they were text, hunt tg26)
_REFERENCE = (r"(?:(?:上一?年度?|去年|(?:19|20)\d{2}\s*年度?)(?:同期|末|底)?|上期|年初|基期|基准年"
              r"|(?:项目)?\p{Han}{2,4}?(?<!提)前"
              # (`与全省平均水平相比提高2个百分点`, `较全市平均值提高5%`: an average of a wider area or of its peers, as a
              # year before is — the first was text while `较全省平均水平提高2个百分点` read `=` 2, hunt tg27; any average
              # a few words name, `与省平均水平相比`, `与行业平均水平相比`, `与省内同类项目平均水平相比`, `与全省平均相比`:
              # tg27's list of 全省, 同类 … left them text while 较 before them read, review rv137)
              r"|\p{Han}{1,8}?(?:平均水平|平均值|平均数|均值|平均))")
_COMPARED_WITH = rf"(?:(?:较|比|相比)\s*{_REFERENCE}|(?:与|和|同)\s*{_REFERENCE}\s*相比)"
_AND_CLAUSE = lazy_regex(r"^(?P<q>[^,，;；]{1,20}?)\s*(?:[,，;；]\s*|(?=且|并且|同时))"
                            # (`≥1000人，其中脱贫人口≥500人`: the part of the quantity counted in it, as `（其中…）` in
                            # brackets; `≥3场次，每场不少于50人`: a condition of each one counted, no second target)
                            # (`≥4次/年，每季度1次`: the frequency said again per a shorter period — it was `>=` and the
                            # text, hunt tg6)
                            rf"(?P<tail>(?:且|并且|并|同时|详见|具体见|参见|见附|注\s*[:：]|备注|其中|{EACH_ONE}"
                            rf"|每(?:[1-9]\d?个?)?(?:{_PERIOD_WORDS})(?=\S{{0,8}}\d))"
                            r"\s*\S.{0,40}"
                            # (`≥95%，以省考核结果为准`, `100%，按实际发生数计算`: the note saying how it is measured)
                            r"|以\S.{0,30}为准|(?:按|按照)\S.{0,30}(?:为准|计算|计|核定)"
                            # (`≥90%，不低于上年`, `≥92%，高于全省平均水平`: a second condition comparing with a reference,
                            # no figure, as `≥90%，且不低于上年` reads — it was `>=` and the text; `≥95%，逐年提高`: a trend)
                            r"|(?:不低于|不少于|不小于|高于|优于|不高于|不超过|低于)(?![\s\d.])\D{1,30}"
                            r"|(?:逐年|持续|稳步)\p{Han}{1,8}"
                            # (`≥95%，较上年提高`, `≥90%，比上年有所提升`, `≤5%，同比下降`: a change on the year before, a
                            # trend as `逐年提高` is — it was `>=` and the text, the 95 lost, review sq)
                            rf"|(?:{_COMPARED_WITH}|同比)(?:有所|明显|进一步|稳步)?"
                            r"(?:提高|提升|增长|增加|上升|下降|降低|减少|缩短|改善)\S{0,12}"
                            # (`100%，确保应保尽保`: what the figure ensures, a clause of words — it was text, review tr)
                            r"|(?:确保|保证|做到)\p{Han}{2,20}"
                            # (`≥95%，力争100%`: the figure aimed at beyond the one asked, as `≥95%（力争100%）` — it was
                            # `>=` and the text, the 95 lost, review tq4)
                            r"|(?:力争|争取|力求)\S{1,20})$")
_AIM_TAIL = lazy_regex(r"(?:力争|争取|力求)\S")
# `每月1次`, `每季度至少2次`: a frequency written with the period first, read as `1次/月`, `≥2次/季度`
# (`每2年1次`, `每两年1次`: once per a number of periods, `1次/2年`)
_PER_PERIOD_RE = lazy_regex(rf"^每(?P<p>(?:[1-9]\d?个?)?(?:{_PERIOD_WORDS}))(?P<rest>.+)$")
# `同比增长5%以上`, `较上年下降不低于10%`: a change compared with a quantity, read as `同比增长≥5%` is (the words
# naming the change the qualifier; `同比增长5%-10%`: a range likewise); a change and its bare quantity (`同比下降5%`,
# `提升10%`): `=` the quantity, the change's words the qualifier (they were text until hunt tg13)
# (`人均增收1000元以上`, `户均增收不低于2000元`: a mean's change, its word before the change's)
# (`力争提高2个百分点`: the aim before the change, the aim and the change the qualifier, as `力争达到95%` reads;
# `提高了2个百分点`: the change done, 了 after its word; `提高至少2个百分点`: the bound after the change's word, `>=` —
# they were text, hunt lt)
# (`2024年较上年增长10%`: the year the change is of before it, the year in the qualifier as `2024年≥95%` keeps it;
# `较上年增长约10%`: about the change's figure, `~`; `延长3年`, `使用寿命延长2年`: a span lengthened, as `缩短2天` —
# they were text, hunt tg14)
_CHANGE_LEAD = lazy_regex(rf"^(?:(?:19|20)\d{{2}}\s*年度?)?(?:力争|争取|力求)?(?:人均|户均|亩均|村均)?"
                             # (`较上年同比增长5%`, `比上年同比下降3%`: what it is compared with, then 同比 said again —
                             # `=` 5 %, the words the qualifier; they were text, review rv64)
                             # (`与上年相比，提高5%`, `较上年，增长10%`: a comma after what it is compared with, as a
                             # colon — they were text, review rv122)
                             rf"(?:(?:{_COMPARED_WITH})?\s*(?:同比|环比)?(?:\s*[:,，])?\s*"
                             r"(?:(?:增长|增加|提高|提升|上升|下降|降低|减少|缩短|压缩|延长|增收|增产)了?"
                             # (`提高到95%`, `提升至98%`, `降至3%以内`: the level a change reaches, a quantity whatever its
                             # comparison — a bare figure `=` — the words the qualifier; it was text, review tq4)
                             r"|(?P<to>(?:增长|增加|提高|提升|上升|下降|降低|减少|缩短|压缩|延长|[增升降])[到至]))(?:\s*:)?"
                             # (`同比5%`, `同比：5%`, `环比为2%`: 同比 / 环比 alone name a change, its way unsaid — `=` the
                             # figure, as `同比增长5%` reads, 同比 the qualifier; `同比增长：5%`, `同比：增长5%`: a colon
                             # after the change's words or inside them the same, as without — they were text, or 同比 read
                             # as a measure's name before a colon, hunt tg18)
                             # (`同比 5%`: the space before the figure no part of 同比 — it was the qualifier
                             # `同比 `, review rv64)
                             r"|(?:同比|环比)(?:\s*[:为])?)"
                             r"(?=\s*[-+]?(?:[\d.]|[<>≥≤≧≦]|不低于|不少于|不超过|不高于|至少|最少|最多|(?:大约|约为|约)\s*[\d.]))")
# the colon, comma or 为 a change's words are written with (`同比：`, `同比增长：`, `同比为`, `与上年相比，`), no part of the
# qualifier
_CHANGE_COLON = lazy_regex(r"\s*[:,，]\s*|\s*为$")
# what changes named before the change (`村集体经济收入增长5%以上`, `群众满意度提高到95%以上`, `大班额比例下降至5%以内`,
# `覆盖率提升至98%`): a measure's name (its last word a rate, a degree, an amount, a share, an income, a level), then the
# change read as without it, the name and the change's words the qualifier (they were text, hunt tg11); a bare change
# the same, `收入增长5%`: `=` 5 %, 收入增长 (hunt tg13)
# (a name in Latin letters and digits, `PM2.5浓度下降至35以下`, `5G基站覆盖率提升至95%`: the name's figure no value —
# they were text, hunt tg12)
_NAME_BEFORE = lazy_regex(rf"\p{{Han}}{{0,10}}|{_LATIN_NAME}")
# where a change to a level started, before it (`由82%提高到90%`, `合格率从85%提升至95%`, `从3天缩短至2天`): a name, then
# 由 / 从 and the starting figure
_FROM_LEVEL = lazy_regex(rf"^(?:\p{{Han}}{{0,10}}?|{_LATIN_NAME})(?:由|从)\s*[\d.]+\s*(?:[%‰]|\p{{Han}}{{1,4}}?)?\s*"
                         r"(?=(?:增长|增加|提高|提升|上升|下降|降低|减少|缩短|压缩|延长|[增升降])[到至])")
_NAMED_CHANGE = lazy_regex(r"(?:率|度|量|比例|比重|占比|收入|人数|人次|水平|指数|面积|产量|产值|总额|规模"
                           r"|户数|能耗|成本|时间|时长|时限|周期|增速|增幅|年限|寿命)"
                           r"(?=(?:同比|环比|增长|增加|提高|提升|上升|下降|降低|减少|缩短|压缩|延长|[升降][到至]))")
# a level above or below a reference by percentage points (`高于上年度5个百分点`, `低于上年5个百分点`, `高于全省平均水平2个百分点`,
# `比上年高5个百分点`, `较上年高出2个百分点`): the difference, as `较上年提高2个百分点` reads — `=` 5 个百分点, the words naming the
# reference the qualifier (`高于上年度`); a bound after it its comparison (`高于上年3个百分点以上`: `>=`) (they
# were text, hunt tg10); `高于上年5%` likewise, `=` 5 %, as `较上年增长10%` (hunt tg13)
# (`和全市平均水平相比高出5%`, `与上年相比高2个百分点`: what it is compared with between 与 / 和 / 同 / 跟 and 相比, then
# 高出 / 低 …, as after 较 — they were text, mend md62)
_POINTS_BY = lazy_regex(r"^(?P<w>(?:高于|低于|超过|超出|多于|少于|优于)\p{Han}{1,12}?|(?:较|比)\p{Han}{1,10}?(?:高出|低出|高|低|多|少)"
                        r"|(?:与|和|同|跟)\p{Han}{1,12}?相比(?:高出|低出|高|低|多|少))"
                        r"(?=\s*(?:[\d.]|不低于|不少于|至少|最少))")
_ABOUT_END = lazy_regex(r"(?:大约|约为|约)$")
# a percentage point said short after a change (`比上年提高2个点`, `同比提高0.5个点以上`): 个百分点, the one unit of a change in
# points (it was text, or 个 of 点; `≥20个点` alone, a count of sites, keeps 个 and 点)
_POINT_SHORT = lazy_regex(rf"(?<=[\d.]\s*)个点(?=\s*(?:{SUFFIX_WORD_ALONE})?$)")
# a count's change, no level's (`较上年增加5个点`, `减少3个点`, `比上年多2个点`: sites as often as points — no short point
# read, they stay text as before tg10; review rv17)
_COUNT_CHANGE = lazy_regex(r"增加|减少|增收|增产|缩短|压缩|延长|[多少]")
# a count made or added, its bare figure after the deed's word (`新增10个`, `新建3座`, `新改建20公里`, `建成5个`,
# `改造100户`, `新增10个以上`): the count, the deed's word the qualifier, as `新建≥10个` and `增加10个` read (they were
# text, hunt tg14); `完成10个村` is read by the neutral lead (完成 no qualifier, as in `完成≥10个村`)
_DEED_WORDS = r"新增|新建|新改建|新改扩建|改扩建|新开工|建成|改造|新设"
# the words of a change made to a measure or a thing (`提高满意度`, `延长服务时间`)
_CHANGE_WORDS = r"增加|提高|提升|降低|减少|缩短|压缩|延长|增长|下降|上升"
_DEED_COUNT = lazy_regex(rf"^(?P<w>{_DEED_WORDS})"
                            r"(?=\s*(?:[\d.]|(?:大约|约为|约|近)\s*[\d.]))")
# what is made or added named between the deed and its count (`新建基地3个`, `新增就业岗位50个`, `改造农村公路20公里`,
# `新建基地3个以上`): the count, the deed and the thing the qualifier, as `新建3座基地` reads (they were text, hunt tg15);
# a change of a thing the same (`延长服务时间2小时`, `降低运营成本10%`, `缩短办理时限3天`, `增加就业岗位50个`: the figure,
# the change and its thing the qualifier, as `服务时间延长2小时` reads). The thing is words only, no level reached (到 /
# 至), no time before or after (前 / 后), no sentence's joiner (`延长至2025年底`, `改造后3年`: text)
# (not an ordinal's 第 before the figure, `新建第3个`, `新增第2批`, `新建基地第3个`: which one, no count — they read `=` 3 个,
# 新建第, review rv50)
_THING = r"(?P<n>(?:(?![到至为前后于了在的并且和及或每])\p{Han}){1,8}?)(?<!第)"
# a thing whose name has a figure (`新建5G基站10个`, `新建G320国道5公里`, `新建10千伏线路5公里`, `新建2号楼3栋`,
# `改造3号线路2条`): a figure glued to letters, a voltage's or a number's 号 names the thing, the count after it (they
# were text while `新建一号楼3栋` read, review rv50); the name ends in a word, `新建3号` / `新建5G` no count
_NAME_FIGURE = r"(?:[A-Za-z]+\d+[A-Za-z\d]*|\d+(?:[A-Za-z]+|千伏|号))"
_THING_FIG = (r"(?P<n>(?:(?![到至为前后于了在的并且和及或每])\p{Han}|" + _NAME_FIGURE + r"){1,8}?)"
              r"(?<=\p{Han})(?<!第)")
_DEED_THING = lazy_regex(rf"^(?P<w>(?:{_DEED_WORDS}){_THING_FIG})(?=\s*(?:[\d.]|(?:大约|约为|约|近)\s*[\d.]))")
# (延长 of a name, the county 延长县 and the 延长石油 / 延长油田 company, right before a figure is no change: `延长县10个`
# read `=` 10 个, 延长县 as an extension of a county, text as `神木县10个` is — review rv50; `延长县新建基地3个` reads by
# its deed, the words kept; `延长线3公里` reads, an extension line's length either way)
_CHANGE_THING = lazy_regex(rf"^(?P<w>(?!延长(?:县|石油|油田)\s*[\d.])(?:{_CHANGE_WORDS})"
                           + _THING + ")"
                           r"(?=\s*(?:[\d.]|不低于|不少于|不超过|不高于|至少|最少|最多|(?:大约|约为|约)\s*[\d.]))")
# a span of time or an age after a deed (`改造10年以上`, `建成3年`, `新建2个月`): no count of things made — how old they
# are, or how long since (`改造10年以上` the homes of ten years or more), text (it read `>=` 10 年, 改造; hunt tg15)
# (a coverage's or a share's name is a measure too, `提高覆盖面10%`, `提高市场份额5%`: text as `降低发病率10%`, review rv50;
# not any 面, `新建路面3公里` counts)
_MEASURE_END = lazy_regex(rf"{_MEASURE_WORD}$")
# (a total's word between the thing and its count, `新建基地共3个`, `新增就业岗位合计50个`: no part of the thing, review rv50)
_TOTAL_END = lazy_regex(r"(?:共计|合计|累计|总计|(?<!公)共)$")   # (not 公共's 共, `新增公共3处` — md15 of code review rd2)
_SPAN_HEADS = frozenset("年 年度 个月 月 天 日 小时 分钟 秒 周 星期 岁 季度 个季度 工作日 个工作日 学年 学期 旬".split())
# a change's share after 新增 (`新增10%`, `新增1个百分点`): a change as `增加10%` is (`=` 10 %, 新增; it was text, tg14 and
# rv46 kept it so — 新增 is 增加, a share of what grew; another deed before a share, `新建10%`, `改造1个百分点`, stays text)
# (百分点 written without 个, `提高满意度10百分点`, `新建1百分点`: the same point, read as 个百分点 is — hunt tg16)
_PERCENT_POINTS = ("个百分点", "百分点")
_SHARE_HEADS = ("%", "‰", *_PERCENT_POINTS)
# what is done to a share, written before it (`覆盖100%`, `到位100%`, `达标100%`, `按时拨付100%`): the share, the deed the
# qualifier, as `100%覆盖` reads (it was text, hunt tg15)
_DEED_THEN_SHARE = lazy_regex(r"^(?P<w>(?:全部|全额|按时足额|足额|按时|按期|及时)?"
                                 r"(?:覆盖|达标|到位|落实|兑现|兑付|发放|拨付|公开|公示|上报|办结|执行|结算|归档|整改))"
                                 r"\s*(?=[\d.]+\s*[%‰]\s*(?:及以上|以上)?$)")
# the event a time limit counts from, before it (`验收后30日内`, `资金到位后5个工作日内拨付`, `收到资金后3-5个工作日`): the
# limit, the event its qualifier, as `5个工作日内拨付` reads (they were text, hunt tg15); only a limit, `<=` or a range, in a
# time's unit (`改造后3年`, `建成后使用年限≥20年` as before)
_AFTER_EVENT = lazy_regex(r"^(?P<w>\p{Han}{1,10}?后)\s*(?=[\d.])")


def _short_points(lead: str, rest: str) -> str:
    """`rest` after a change's `lead`, its short point (`2个点`) as 个百分点 after a level's change (review rv17)."""
    return rest if _COUNT_CHANGE.search(lead) else _POINT_SHORT.sub("个百分点", rest)
# `≥95%并且`, `≥95%，且`: a joiner with nothing after it (a cell cut, or the second condition in the next column)
_DANGLING_JOINER = lazy_regex(r"(?<=\S)\s*(?:[,;、]\s*(?:且|并且|并|同时)|且|并且|同时)$")
# (`≥95%，力争`, `≥95%，争取`: an aim with no figure after it, a cell cut short: the figure asked, the aim word its
# qualifier — it was `>=` and the text, no value, review lo)
_DANGLING_AIM = lazy_regex(r"(?<=\S)\s*[,;、]\s*(?P<q>力争|争取|力求)$")
# the aim first, then the bound ensured (`力争≥98%，确保≥95%`, `力争100%；确保95%`): read as `确保≥95%，力争≥98%` — the bound
# ensured the target, the aim its qualifier (it was text, review lo)
_AIM_THEN_SURE = lazy_regex(r"^(?P<aim>(?:力争|争取|力求)[^,;]{1,20}?)\s*[,;]\s*(?P<sure>(?:确保|保证)\s*[\d.>=<≥≤≧≦].*)$")
# what may open a count after its period (a figure, a sign, a bound's words): _EACH_YEAR's and _PERIOD_THEN_DONE's
_COUNT_AHEAD = r"[\d.<>≤≥≦≧=]|不少于|不低于|不超过|不多于|至少|最少|最多"
# `每年度1次`, `每年度≥2次`: 每年 (年度 the year; it was text, or `≥2次` with `每年度` the qualifier, review lo)
# (`每个月1次`, `每个学年1次`, `每个季度开展2次`: 每 a period with 个 between, as `每月1次` — it was text, hunt lg)
_EACH_YEAR = lazy_regex(rf"^每(?:个?(?P<y>年度)(?=\s*(?:{_COUNT_AHEAD}|约))"
                           rf"|个(?=(?:{_PERIOD_WORDS})))")
# a note in brackets before the comparison word after the figure (`90分（优良）以上`, `4.8分（满分5分）以上`,
# `95%（抽查）以上`): read as the note after it, `90分以上（优良）`; a unit in the brackets (`90（分）以上`) before the
# word, `90分以上`; `（含）` is _INCLUSIVE_RE's (they were text, review lo)
# (`95%（抽查）（含）以上`: a note, then `（含）`, then the word: `95%（含）以上（抽查）`, the order of the brackets no matter — it
# was text, hunt tg17)
_NOTE_BEFORE_WORD = lazy_regex(rf"^(?P<b>.*[\d%‰\p{{Han}}])\s*\((?P<q>(?!{_INCLUDED}\))[^()]+)\)"
                                  rf"\s*(?P<i>\(\s*{_INCLUDED}\s*\)\s*)?(?P<w>{SUFFIX_WORD_ALONE})$")
# `1次/两年`, `≥1次/三个月`: the number of periods after the slash in Chinese numerals, put in digits (`次/2年`, as
# `每两年1次` reads)
_PER_CN_PERIODS = lazy_regex(rf"(?<=/)(?P<n>[一二两三四五六七八九十]{{1,3}})(?P<p>个?(?:{_PERIOD_WORDS}))$")
# a footnote's mark after a target (`≥95%①`, `≥95%注1`, `95%*`, `100%²`, `≥95%[1]`, `≥95%※`; after a bracket's note too,
# `≥90%（含）②`): the target, the mark its
# qualifier (the note it points to is under the table); not a compound unit's `*` (`元/人*月`), nor a bracket's note
# (one pattern for parsers.tables, which joins a 计量单位 cell's unit before the mark, and the reading here; the marks
# themselves, FOOTNOTE_MARKS and SUPERSCRIPT_MARK, also for the footnotes' line under the table, parsers.tables)
FOOTNOTE_MARKS = r"\*{1,3}|※|[①-⑳]|\[\d{1,2}\]|注\s*(?:\d{1,2}|[①-⑳])"
SUPERSCRIPT_MARK = r"[¹²³⁴-⁹⁰]{1,2}"
FOOTNOTE_MARK = lazy_regex(rf"(?<=[\d%％‰‱\p{{Han}})）])\s*(?P<q>{FOOTNOTE_MARKS}|(?<![米mM]|10){SUPERSCRIPT_MARK})$")
# a power of ten written with a superscript (`≤10⁴`, `1.2×10⁴`, a count of bacteria per litre): the number it is (`10⁴`
# was `10` with a footnote's mark `⁴`, review rw)
_POWER_TEN = lazy_regex(r"(?<![\d.])(?:(?P<m>\d+(?:\.\d+)?)\s*[×xX*]\s*)?10(?P<e>[¹²³⁴-⁹⁰]{1,2})(?![\d¹²³⁴-⁹⁰])")
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# a rate over a base of a thousand or more written in digits (`≤3/10000`, `≤1/1000`, `≤1/100000`): the rate per that base,
# as its words read — `万分之三` 3 ‱, `千分之一` 1 ‰, `十万分之一` 1 /10万 (it was text; `2/3`, a share of a whole, stays text)
# (only a compared one, a sign or a word before it or after it — `≤1/1000`, `发生率不超过3/10000`, `1/10000以下`: a bare
# `1/1000` is a map's scale as often, `地形图测绘比例尺 | 1/1000`, text as `1/500` and `1:1000` are; it was `=` 1 ‰, review
# rv1)
# (`≤1/100`, `1/100以下`: a percent, 1 %, as `≤1/1000` is 1 ‰ — it was `<=` and the text 1/100, hunt tg29; a
# figure of ten or more over a hundred, `≥90/100`, a score over its top as often, stays text)
_DIGIT_BASE = lazy_regex(r"(?<![\d.,/])(?P<n>\d+(?:\.\d+)?)\s*/\s*(?P<b>10{2,6})(?![\d.,])"
                            rf"(?=\s*(?:(?:\(\s*含\s*\)\s*)?(?P<s>{SUFFIX_WORD_ALONE})|$|\())")
_COMPARED_BEFORE = lazy_regex(rf"(?:{_alternation(list(PREFIX_SYMBOLS), spaced=True)}|"
                                 rf"{_alternation(list(PREFIX_WORDS))})\s*$")
# a scale's word before a base over it (`比例尺≥1/100`, `地形图≥1/1000`; not `不合格比例≤1/1000`, a rate): a drawing's
# or a map's scale, no rate — `>=` and the text 1/100, the words the qualifier, as `≥1/3` reads (it was `>=` 1 %,
# review rd70)
_SCALE_WORD = lazy_regex(r"比例尺|[地测制成绘底形]图|图[纸件幅]")
_BASE_WORD = {"100": "%", "1000": "‰", "10000": "‱", "100000": "/10万", "1000000": "/100万"}
_BASE_UNITS = frozenset(_BASE_WORD.values())
# a period's or a mean's word before a bare figure (`全年1次`, `年均2次`, `人均1500元`), or a rate's or a share's name as
# a label, a colon after it (`满意度：95%以上`): the word the qualifier, as before a comparison (`年均≥2次`, `满意度≥90%`)
# (`完成率100%`, no colon: an indicator's name and its value run together, text, left to the table readers)
# (`力争100%`, `争取95%以上`, `力求98%`: an aim before a bare figure, the aim the qualifier, as `力争达到95%` and `力争≥95%`
# read — it was text, review tq4)
# (`pH6-9`, `pH值：6~9`: an acidity's range, pH the qualifier — it was text, hunt tg6)
_NAME_LEAD = lazy_regex(r"^(?:(?P<w>全年|年度|年均|月均|日均|季均|周均|人均|户均|累计|力争|争取|力求|pH值?|各)\s*:?"
                           rf"|(?P<w>{_OPENED}(?:{_LONG_NAME}|\p{{Han}}{{0,8}}?(?:{_MEASURE_WORD}|量|数|(?<![同环])比)(?<=\p{{Han}}{{2}})))\s*(?::|为)"
                           # (`良好率90%以上`: a measure's name run into a figure with its comparison word after it;
                           # none ending on a period's 度, `季度1次以上` — _LONG_RUN_NAME says so itself)
                           rf"|(?P<w>{_OPENED}(?:{_LONG_RUN_NAME}|\p{{Han}}{{0,8}}?{_MEASURE_WORD}(?<![季年月周]度))(?<=\p{{Han}}{{2}}))"
                           rf"(?=\s*[\d.][^:]*?(?:{SUFFIX_WORD_ALONE})$))"
                           # (a figure below zero after the label's colon, `冷冻温度：-18℃`: as `温度：25℃` — it was
                           # text, hunt tg30; not after a name run into it, `冷冻温度-18℃`, the dash a separator's too)
                           r"\s*(?=[\d.]|(?<=[:为]\s*)-\s*[\d.])")
# (`受益面：90%以上`, `覆盖面：95%`, `工作量：100%`, `受益人数：1000人`: any measure's name, 面 / 量 / 数 / 比 too, as
# `覆盖率：90%以上` reads — it was text, hunt tg17; `其中：90%以上`, `说明：95%` no measure's, text)
# (`良好率90%以上`, `合格率95%及以上`, `发生率5%以下`: a measure's name, 率 / 度 / 比例 / 面 …, run straight into a figure
# with its comparison word after it, as with a colon — it was text, hunt tg19; a bare figure, `完成率100%`, stays text;
# a period's 度 is no measure's, `季度1次以上`)
# (a name longer than eight characters the same, `城乡居民基本医疗保险参保率95%以上`, `…结算及时率：100%`, as `…参保率≥95%`
# reads it, _LONG_NAME's sense: no sentence of a means and a result — they were text, hunt tg21)
# (`合格率为100%`, `发生率为0`, `满意度为95%以上`: the name, then 为 as its colon — it was text, hunt tg7)
# (`各1次`, `各 1 名`: each one of the things the row names, the count of each, 各 the qualifier — it was text, hunt tg15)
# a count per a number of periods written with the period first (`1年1次`, `2年1次`, `1个月2次`; `一年一次` in digits):
# read as `每年1次`, `每2年1次` (a month only with 个, `1月1日` is a date, or one month before a count, `1月1次`, as
# `每月1次`; `半年1次`: `每半年1次`; `季度1次`: `每季度1次` — it was text, hunt tg5; `月1次`, `周1次`,
# `年1次`: `每月1次` …, hunt tg6)
_TIMES = ("次", "场", "期", "轮", "批次", "遍", "回")       # the units of a count of times, what a frequency counts
# every second period (`双月一次`, `隔月一次`, `双周1次`, `隔周一次`, `每隔一年一次`): per two of them, `每2个月1次`, `每2周1次`
# (they were text, hunt tg7)
_EVERY_OTHER = lazy_regex(r"^每?(?:隔[一1]?|双)(?P<p>个?月|周|星期|年|天|日)(?=\s*(?:[\d一二两三四五六七八九十<>≤≥≦≧=]|不少于|不低于|至少|最少|最多|不超过|约))")
# (`两月一次`, `2月1次`: months without 个, `每2个月1次` — it was text, hunt tg7)
_PERIODS_FIRST = lazy_regex(r"^(?:(?P<n>[1-9]\d?)(?P<p>个月|半年|季度|年|周|天|日)|(?P<n>)(?P<p>半年|半月|季度|周|月|年)"
                               r"|(?P<n>[1-9])(?P<p>月))"
                               rf"(?P<rest>\d+\s*(?:{'|'.join(_TIMES)})(?:以上|及以上)?)$")
# a deadline, then 完成 / 实现 and a bare figure (`2024年底前完成100%`, `12月底前完成100%`): the figure, the deadline its
# qualifier, as `=100%（2024年底前）` reads (`年底前达到100%` is read with the other comparisons)
_DEADLINE_LEAD = lazy_regex(rf"^(?P<d>(?:(?:19|20)\d{{2}}\s*年度?)?(?:\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?\s*"
                               rf"{DEADLINE_TAIL})\s*(?:完成|实现)\s*(?=[\d.])")
_DIGIT_OR_YEAR = lazy_regex(r"\d|年")
# a period said first with no 每, then a bound on the count of times in it (`一年不少于2次`, `1年至少1次`, `半年不少于1次`,
# `一个月不少于2次`, `两年至少1次`): per the period, as `每年不少于2次` reads (`≥2次/年`; it was `>=` 2 次 with 一年 the
# qualifier, the per-year sense lost, or text; hunt tg8). A month without 个 only as one (`1月` is January), and not
# 全年 / 年均, a whole year's or a mean's word (`全年不少于12次`: 全年 the qualifier, as `全年12次`)
# (`年度不少于2次`, `年度≥1次`: the year said as 年度, as `每年度≥1次` reads — it was 次 with 年度 the qualifier, or text,
# hunt tg9)
_PERIOD_THEN_BOUND = lazy_regex(r"^(?:(?P<n>[1-9]\d?|[一二两三四五六七八九十]{1,2})?(?P<g>个)?(?P<p>半年|季度|年度?|周|星期|天|日|季)"
                                   r"|(?P<n>[1-9]\d?|[一二两三四五六七八九十]{1,2})(?P<g>个)(?P<p>月)|(?P<n>[1一]?)(?P<p>月|半月))"
                                   r"(?=\s*(?:不少于|不低于|至少|最少|不超过|不多于|最多|[<>≤≥≦≧]=?)\s*[\d一二两三四五六七八九十])")
# the manner or time of the deed before it, then a share or a sign (`按时完成100%`, `如期完成100%`, `全部完成100%`,
# `年内实现100%`, `及时完成≥95%`): the share, the words its qualifier, as `100%按时完成` reads (hunt sc2's `完成100%` was
# read, these stayed text, review rv7; `按时完成10个村` is a sentence)
_MANNER_LEAD = lazy_regex(r"^(?P<w>(?:按时|按期|如期|及时|全部|全面|足额|年内|当年|全年)(?:完成|实现))\s*"
                             r"(?=[\d.]+\s*[%‰]|[>=<≥≤])")
# a count per a thing (`每村1个`, `每个村不少于1名`, `每户1人`): read as `1个/村`
# (the thing whole, as written up to its count or comparison: `每班次不少于2人` 人/班次, `每人次≤80元` 元/人次, `每站点2人`
# 人/站点 — they were cut to 班 / 人, or text; `每户年均增收≥2000元` is no count per a thing alone, review rw)
# (`每户补助2000元`: what the money is, before its count, the qualifier — `2000元/户`; it was text, review tr)
# (`每亩补贴100元`, `每生补助1000元`: per a mu of land, per a student — it was text, review tq2; `补助标准：每户2000元`,
# `补助每人每月300元`: what the money is written before the 每, the qualifier likewise)
# (`每万人≥3人`, `每千人口≥3张`, `每10万人口≥5人`: per a base of people, a rate as `≥3人/万人` reads — `3人/万人`,
# `3张/千人口`; it was 人 with 每万人 the qualifier, or text, hunt tg5)
_AID_WORDS = r"补助|补贴|奖补|奖励|资助|救助|慰问"
_AID_LEAD = rf"(?:(?P<lw>(?:{_AID_WORDS}|发放)(?:标准|金额|资金)?(?:为)?)\s*[:：]?\s*)?"
_PER_THING_RE = lazy_regex(rf"^{_AID_LEAD}每个?(?P<p>(?:(?:[1-9]\d{{0,3}}万|十万|[万千百])人口?|村|户|人|校|所|乡镇|乡|镇|县|区|街道|社区|学校|企业|家|班|站|亩|生)"
                              r"(?:次|点|区|庭|县)?)"
                              rf"(?P<w>{_AID_WORDS})?(?P<rest>(?:[\d.<>≤≥≦≧=]|不少于|不低于|不超过|不多于|不高于|不大于|不小于|至少|最多|最少|达到"
                              r"|约|低于|少于|超过|高于)(?!.*每).*)$")
# a count or money per a thing and per a period (`每人每月300元`, `每户每年不少于2次`): read as `300元/人/月`
# (`每人每月补助300元`, `每生每年补助1000元`, `补助标准：每人每月300元`: what the money is, before its figure or the 每,
# the qualifier, as `每户补助2000元` reads — it was text, review tq2)
_PER_THING_PERIOD = lazy_regex(rf"^{_AID_LEAD}每个?(?P<p>人|户|村|校|所|家|床|生|亩)每(?P<q>{_PERIOD_WORDS})"
                                  rf"(?P<w>{_AID_WORDS})?(?P<rest>(?:[\d.<>≤≥≦≧=]|不少于|不低于|不超过|不多于|不高于|至少|最多|约)[^每]*)$")
# a year's label before a target (`2024年：…`, `2024年度：…`): before a date in its months (`2024年：12月底前`,
# `2024年：年底前`) the date written whole with its year (`2024年12月底前`, `2024年底前`), the label the qualifier, as
# split_by_year reads each year's part of a cell; before words (`2024年：全年`, `2024年度：已完成`) the label the
# qualifier, as before a quantity (`2024年：≥85%`), the words the text
_YEAR_LABEL = lazy_regex(r"^(?P<y>(?:19|20)\d{2})\s*年(?P<d>度?)\s*:\s*(?P<t>\S.*)$")
# a tolerance around a figure (`5%±1%`, `60±5分钟`): the range from the figure less it to the figure plus it, in the
# one unit written (on both or on either; `220V±10%`, two units, is no one quantity)
_TOLERANCE = lazy_regex(rf"^(?P<c>{_NUM})\s*(?P<uc>{_UNIT})?\s*(?:±|\+/-|\+-)\s*(?P<d>{_NUM})\s*(?P<ud>{_UNIT})?$")
# equal to a reference (`与上年持平`, `同上年度持平`): `=` and the reference as text, as `不低于上年` is `>=` and `上年`
# (`基本持平`: about, no `=`; `同比持平`, `同期持平`: 同 is no `与` there — the 比 / 期 was the reference, review rx)
# (`较上年持平`, `比上年持平`, `较上年度持平`: the reference after 较 / 比, as after 与 — they were text, hunt tg5)
# (`与上年相比持平`, `同上年度相比持平`: 相比 after the reference no part of it, as `与上年相比提高5%` reads — it was `=` the
# text `上年相比`, review rv122)
_LEVEL_WITH = lazy_regex(r"^(?:与|同(?![比期])|和|跟|较|比|相比)\s*(?P<ref>\p{Han}{1,10}?)(?<!基本)\s*(?:相比\s*)?持平$")
# a ratio of two figures (`1:1.2`, `1∶1`, `3：7` folded): no one quantity — which term is compared, and which way, is
# unsaid (`1:1000` a map's scale as often) — so its text; a comparison before or after it is read (`≥1:1.2`, `不低于1:1`,
# `1:1.2以上`: `>=` and the text `1:1.2`), a bare one stays text whole (`1:1`); written with 比 the same (`不低于1比1`: `>=`,
# the text `1比1` as written; `1比1` text whole — hunt tg11)
# (a letter grade likewise, a rank and no quantity: `AAA级以上`, `4A级及以上`, `A级以上` `>=` and the text `AAA级`, as
# `≥AAA级` reads — they were text, hunt tg17; `AAA级` text whole)
# (a grade in words likewise: `二级以上`, `良好及以上`, `优秀以上`, `合格以上`, `甲级以上`, `三星级以上`, `二级甲等以上`,
# `三级以下`, `Ⅲ类以上` `>=` / `<=` and the text `二级`, as `≥二级`, `≥Ⅲ类` read; `达到良好` `>=` 良好, as `达到AAA级` —
# they were text, hunt tg18; a grade in digits, `3级以上`, is a figure and its unit; a grade with words around it,
# `良好以上水平`, `国家二级以上`, `达到良好以上水平的学校占比90%`, text; no grade about or within one, `良好左右`, `二级以内`)
# (`III类以上`, a class in Latin letters as typed, `三类以上`, in Chinese numerals, and `较好以上`, a grade of 好 / 较好 /
# 一般 / 差, the same as `Ⅲ类以上`, `良好以上` — they were text, review rv64)
# the words of a grade on the forms' scale, longest first: one list for the grades read by the records (a form's grade),
# the forms (a scale's bands, a grade cell) and the targets here (no twins — hunt tg21 merged four)
GRADE_WORDS = "优秀|优良|良好|基本合格|不合格|合格|及格|较好|一般|较差|中等|优|良|中|差"
# (the words one by one, split here once: parsers.core's scale words and the grade pattern below each split the
# alternation on `|` — hunt tg23)
GRADE_WORD_LIST = tuple(GRADE_WORDS.split("|"))
_GRADE_WORD = (r"[1-5]?[A-D]{1,3}级|[一二三四五六七八九十]级(?:[甲乙丙]等)?|[甲乙丙丁]级|[一二三四五]星级?|[一二三甲乙丙]等"
               r"|[ⅠⅡⅢⅣⅤ][级类]|(?:III|II|IV|I|V)[级类]|[一二三四五]类"
               + "".join(f"|{w}" for w in GRADE_WORD_LIST if len(w) > 1) +
               # (`良以上`, `中以下`: a grade of the 优 / 良 / 中 / 差 scale in one character, only alone or before its bound —
               # no 中 of `中国`; `初中以上` opens with no grade; they were text while `良好以上` read, hunt tg19)
               r"|[优良中差](?=\s*(?:\(\s*含\s*\)\s*)?(?:" + SUFFIX_WORD_ALONE + r")?$)")
# a grade's label before its colon (`等级：良好以上`, `评定等级：二级以上`, `考核结果：合格以上`, `等级为良好以上`): the label
# the qualifier, as `等级：≥良好` reads (they were text, hunt tg18); words naming no grade before it stay text
# (`其中：良好以上`); a score after the label the same (`等级：90分以上`, `考核结果：85分及以上`: `>=` 90 分, 等级 — it was
# text, hunt tg19); a share there the same (`等级：95%`: `=` 95 %, 等级) and the grade alone (`评价等级：优`, `评级：AAA级`:
# the text 优, the label the qualifier — they were text, hunt tg21)
_GRADE_LABEL = lazy_regex(rf"^(?P<w>\p{{Han}}{{0,6}}(?:等级|级别|评级|结果|类别|档次))\s*(?::|为)\s*"
                             rf"(?=(?:{_GRADE_WORD})|(?P<score>[\d.]+\s*分)|[\d.]+\s*[%‰])")
_RATIO_TARGET = lazy_regex(rf"^(?P<r>\d+(?:\.\d+)?\s*(?:[:∶]|比)\s*\d+(?:\.\d+)?|(?P<g>{_GRADE_WORD}))"
                              rf"\s*(?:\(\s*含\s*\)\s*)?(?P<s>{SUFFIX_WORD_ALONE})?$")
# within the budget (`控制在预算以内`, `控制在预算范围内`, `在批复预算内`, `预算以内`, `不超预算`, `不突破预算`): `<=` the budget,
# as `不超过预算` reads (`<=`, the text 预算; they were text, hunt tg8)
_BUDGET_REF = r"(?:批复|年度|项目|核定)?预算(?:数|金额|额度|资金)?"
# (`预算内`, `预算范围内`, `未超预算`, `未超出批复预算`: the same, 内 alone and 未 as 不 — they were text, hunt tg30)
_WITHIN_BUDGET = lazy_regex(rf"^(?:(?:控制在|在)(?P<r>{_BUDGET_REF})(?:范围)?(?:以内|之内|内)"
                               rf"|(?:[不未](?:超过|超出?|突破)|没有超[出过]?)(?P<r>{_BUDGET_REF})"
                               rf"|(?P<r>{_BUDGET_REF})(?:范围)?(?:以内|之内|内))$")
# a zero said of a harm or a fault (`0投诉`, `零事故`, `零差错`): 0, the thing the qualifier (as `100%完成`'s word); a
# unit after 0 stays the unit (`0起`); 零 opening a word of its own is no zero (`零星投诉`, a few: it was 0 of `星投诉`,
# review rx; `零散`, `零售`, `零部件`; but `零工伤事故` is 0 of a harm, as before rx: review ry)
# (`安全事故零发生`, `零发生`, `0发生`, `零事故发生`: none occurs, what occurs before 零 or after it the qualifier;
# `安全生产零事故`, `实现零事故`, `确保零投诉`: what the harm is of before 零, the deed of reaching it dropped as `实现100%`'s
# — they were text, or `=` 0 of a unit `发生`, hunt tg7)
_HARMS = (r"事故|投诉|差错|失误|伤亡|死亡|违规|违纪|违法|上访|信访|案件|"
          r"事件|缺陷|返工|逾期|欠薪|拖欠|污染|泄漏|漏报|瞒报|迟报|错报|损失|风险|隐患|感染|"
          # (what is let out or over a limit, `零排放`, `污水零排放`, `0排放`, `零超标`: none of it — it was text, or `=` 0
          # of a unit `排放`, hunt tg8)
          r"排放|排污|直排|超标|"
          # (a return to poverty, `不发生规模性返贫`, `零返贫`: none of it, as of a harm — they were text, review rv6)
          r"返贫|"
          # (an epidemic, `无重大动物疫情`, `无法定传染病`, `零疫情`: none of it — they were text, review rv10)
          r"疫情|传染病")
# (a 零 inside a Chinese numeral, `一百零五起事故`, `二零二四年`, `零点五`, is no zero; nor one after a comparing word,
# `不超过一千零二十起投诉`: review mend)
# an aim said before a zero or a none (`实现零事故`, `确保无安全事故`, `实现零`): one list for the four patterns
_ZERO_AIM = r"(?:实现|确保|保证|做到|力争)"
_ZERO_OF = lazy_regex(rf"^{_ZERO_AIM}?(?P<a>(?:(?!{_COMPARING_WORDS})\p{{Han}}){{0,8}}?)(?<![清归])"
                         r"(?:0|(?<![〇零一二两三四五六七八九十百千万亿点])零"
                         r"(?![星散碎售件部用活钱点〇零一二两三四五六七八九十百千]|工(?!伤)))\s*"
                         rf"(?:(?P<w>\p{{Han}}{{0,6}}(?:{_HARMS}))(?:发生|出现)?|(?:发生|出现)"
                         # (`零` alone in a target cell, `实现零`: the figure zero in words, as `0` reads — it was
                         # text, hunt tg22; words before it name no harm, `安全零`, and stay text)
                         rf"|(?<=^{_ZERO_AIM}?零))$")
# a harm named before its zero count (`安全事故0起`, `投诉0次`, `有效投诉0件`, `安全生产事故发生0起`, `安全事故0`): `=` 0 in the
# counter written, the harm the qualifier, as `0起` and `安全事故≤1起` read (they were text, hunt tg13)
_HARM_THEN_ZERO = lazy_regex(rf"^{_ZERO_AIM}?(?P<w>(?:(?!{_COMPARING_WORDS})\p{{Han}}){{0,8}}?(?:{_HARMS}))"
                                r"(?:发生|出现)?(?:数|次数|起数|件数)?\s*(?:为|:)?\s*"
                                r"(?=0(?:\.0+)?\s*(?:起|次|件|例|宗|人次|人|个|处|项)?$)")

# the same zero said by a negation before the harm (`无重大安全事故`, `无安全事故发生`, `未发生安全事故`, `全年无投诉`,
# `不发生重大责任事故`, `杜绝安全事故`): `=` 0, the harm the qualifier, as `零事故` and `安全事故零发生` read (they were text,
# hunt tg8); the harm closing the cell (`无安全事故隐患整改` and `无法…` are no zero)
# (a deed done to the harm after the 无 is no none of it: `无死角排查安全隐患`, `无条件受理群众投诉`, `无缝对接处置投诉` — 无 an
# adverb's, thorough, unconditional — were `=` 0 of `死角排查安全隐患`, review rv6; `无未整改隐患` is a none, 未 before it)
_HANDLING = r"(?:排查|受理|处理|处置|整改|治理|防范|防控|化解|监测|监管|巡查|查处|调处|办理|答复|回复|消除|排除|上报|报告|对接)"
_NONE_OF = lazy_regex(rf"^{_ZERO_AIM}?(?P<a>全年|年内|当年|施工期间?|项目期内?)?\s*"
                         # (`无一例安全事故`, `未发生一起医疗事故`, `杜绝一切事故`, `没有任何投诉`: none of one, `=` 0 as `无安全
                         # 事故`; `无需返工`, no need of it, none — they were text, or 0 of `需返工`, hunt tg9)
                         r"(?:无需|无|未发生|未出现|没有|不发生|不出现|杜绝)(?:一[例起件次宗]|一切|任何)?(?!一|法(?!定))(?!\p{Han}{0,6}?(?<![未不])" + _HANDLING + ")"
                         rf"(?P<w>\p{{Han}}{{0,8}}?(?:{_HARMS})(?:行为|现象)?)(?:发生|出现)?$")
@dataclass(frozen=True, slots=True)
class Target:
    """One normalized target: see the contract's table (all fields optional)."""

    op: str | None = None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    target_text: str | None = None


_EMPTY = Target()


def _is_note(text: str | None) -> bool:
    """Is a bracket's text after a target a note of it — not its unit (`%`, `户`, `台（套）`), a unit's gloss or symbol
    (`标准煤`, `kWh`, dB's `A`), a score's scale (`5分制`, `5分`) or a comparison word (`以上`, `含以上`), which the
    target reads with?"""
    return bool(text) and text not in _UNIT_ONLY and not _bracket_unit(text) and unit_gloss(text) is None \
        and not UNIT_SYMBOL_GLOSS.match(text) and text not in ("A", "C") and not _SCORE_SCALE.fullmatch(text) \
        and not _SCORE_TOP.fullmatch(text) and not _SUFFIX_ALONE.fullmatch(text.removeprefix("含"))


# a change said after its figure (`≥8%增长`, `8%增长`, `≥3%下降`, `≥2个百分点提升`, `10%以上增长`): the change's word the
# qualifier, as `增长8%以上` and `≥8%（增长）` read (they were `>=` and the text, or text, hunt tg28)
# (the one list of a change's words, _CHANGE_WORDS: `≥10%压缩`, `≥20%缩短` too — they were `>=` and the text, review
# rv147)
_CHANGE_WORDS_AFTER = tuple(_CHANGE_WORDS.split("|"))
# (`≥8%同比增长`, `≥3%环比下降`: 同比 / 环比 before the word, as `同比增长8%` reads — it was text, review rv147)
# (`≥8%的增长`, `≥5%的下降`: a 的 between the figure and the word, the same — it was `>=` and the text, hunt tg29)
_CHANGE_AFTER = lazy_regex(r"(?<=\d\s*(?:[%‰‱]|个?百分点)\s*(?:及?以上|及?以下)?)\s*(?:的\s*)?"
                           rf"(?P<q>(?:同比|环比)?(?:{'|'.join(_CHANGE_WORDS_AFTER)}))$")


def _deed_after(body: str) -> regex.Match | None:
    """The deed a target ends in (`100%完成`, `≥95%（抽查）合格`, `3日内办结`), or None. A bracket between the figure and
    the word must be a note: `100%（户）完成`, `95%（以上）完成`, `100%（5分）完成` hold a unit, a comparison word, a score's
    top, text as `100%完成（户）` is (they were `=` 100, the bracket and the word the qualifier, review rd65)."""
    done = _DONE_RE.search(body)
    if done is not None and done.group("n") and not _is_note(clean_text(done.group("n"))):
        done = None
    if done is None and body.endswith(_CHANGE_WORDS_AFTER):
        done = _CHANGE_AFTER.search(body)
    return done or _WITHIN_DONE_RE.search(body)


def _joined(*parts: str | None) -> str:
    """The qualifier's parts that are given, joined by `；` (`""` when none is)."""
    return "；".join(x for x in parts if x)


def _inclusive_joined(inclusive: str, qualifier: str | None) -> str:
    """The qualifier of a bound written `（含）` with the note after the target (`95%（含）以上（抽查）`: `含；抽查`, as
    `90%(含)-100%（抽查）` reads — the 含 was lost, hunt tg16), the 含 once."""
    return inclusive if qualifier in (None, inclusive) else _joined(inclusive, qualifier)


def _bare_bound(qualifier: str | None) -> str | None:
    """A grade's qualifier without a bare `含`: `良好（含）以上` is `>=` 良好, the bound on a rank inclusive as written
    (the 含 says no more than `>=`, hunt tg21); a figure's `95%（含）以上` keeps it (its 以上 may be read `>`)."""
    rest = "；".join(x for x in (qualifier or "").split("；") if x and x != "含")
    return rest or None


def _requalified(t: Target, qualifier: str | None) -> Target:
    """The quantity of `t` (op, value, value_max, unit) with `qualifier` as its qualifier, no text."""
    return Target(op=t.op, value=t.value, value_max=t.value_max, unit=t.unit, qualifier=qualifier)


@dataclass(frozen=True, slots=True)
class _Quantity:
    value: Decimal
    value_max: Decimal | None
    unit: str | None


# a unit written with 每 for `/` (`元每人每月` = 元/人/月): its 每 are no forbidden word
_PER_WORDS = lazy_regex(r"^[^每]{1,3}(?:每[^每]{1,2}){1,2}$")
# a dot is a unit's middle dot only between two characters of it (`户/人.月`); not a sentence's full stop
_BAD_DOT = lazy_regex(r"^\.|\.$|\.\.|\.(?=/)|(?<=/)\.")


_RATIO_UNITS = frozenset({"比例", "比率"})
# a volume's 升 (升, 毫升, 千升, 亿毫升) as the unit's last word or before its `/`
_VOLUME = lazy_regex(r"(?<![提上回攀爬飙晋])(?:[毫千公立]?升)(?=$|/)")


_GRADE_LETTER = lazy_regex(r"^[A-E]级")
# a mobile network's generation before what it names (`≥5G基站`, `4G网络`): 5G is a name, no five of a unit `G基站` — the
# count is unsaid (it was `>=` 5 of `G基站`, hunt tg8; `≥100G`, `10GB`, a size, stay units)
_NETWORK_GENERATION = lazy_regex(r"^G\p{Han}")
_PER_XUN = lazy_regex(r"/(?:[1-9]\d?个?)?旬(?=$|/)")


def _unit_ok(unit: str | None, number: Decimal) -> bool:
    if unit is None or unit in UNIT_SYMBOLS:
        return True
    if _BAD_DOT.search(unit):
        return False
    if unit in _RATIO_UNITS:
        return True  # `≥0.97比例`: a ratio written as a fraction, its word after it
    bare = unit.replace("每", "") if _PER_WORDS.match(unit) else unit
    if "升" in bare:
        bare = _VOLUME.sub("", bare)   # (毫升, 亿毫升, 升/人: a volume, not 提升's 升)
    if "/" in bare and "旬" in bare:
        bare = _PER_XUN.sub("", bare)  # (`次/旬`: per ten days, no deadline's `上旬` — it was text, hunt tg7)
    if any(c in UNIT_FORBIDDEN_CHARS for c in bare):
        return False
    if unit.startswith("年") and number == number.to_integral_value() and YEAR_LIKE[0] <= number <= YEAR_LIKE[1]:
        return False  # `2020年` is a point in time, not 2020 years
    if unit in ("月", "月份") and number == number.to_integral_value():
        return False  # `6月`, `12月份` are June, December; a duration is written `6个月`
    if unit == "成":
        return False  # `≥9成`: nine tenths, 90% (see _TENTHS), no nine of a unit `成`
    if len(unit) > 2 and _DEED_AT_END.search(unit):
        return False  # `≥2个乡镇覆盖`, `≥3个县区推广`: a sentence's deed, no unit (review rv17)
    if unit[:1] in _COUNTERS and _ATTRIBUTE_ALONE.fullmatch(unit[1:]):
        return False  # `≥2个新型`, `≥5家规模以上`: an attribute, its noun cut short, no unit `个新型` / `家规模` (hunt tg12)
    if _NETWORK_GENERATION.match(unit) and number in (2, 3, 4, 5, 6):
        return False  # `≥5G基站`: the fifth generation's base stations, their count unsaid
    if _GRADE_LETTER.match(unit):
        return False  # `3A级`, `4A级景区`: a grade (AAA), no three of a unit `A级`
    return True


def _looks_like_date(number: str) -> bool:
    """Given the digits of a number, return True when they spell a date YYYYMMDD (`20201231`)."""
    if not _COMPACT_DATE_RE.match(number):
        return False
    y, m, d = int(number[:4]), int(number[4:6]), int(number[6:])
    if not YEAR_LIKE[0] <= y <= YEAR_LIKE[1]:
        return False
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _quantity(text: str) -> _Quantity | None:
    """Given the text between operators, return the one quantity (or range) it is, or None."""
    m = _SINGLE_RE.match(text)
    if m is not None:
        value = _to_decimal(m.group("a"))
        unit = _per_periods(m.group("ua"))     # (`次/每三个月`: `次/3个月` before it is judged, its 每 no sentence's)
        if value is None or not _unit_ok(unit, value):
            return None
        if unit is None and _looks_like_date(m.group("a")):
            return None  # `20201231` is a deadline, not a count
        return _Quantity(value, None, unit)
    m = _RANGE_RE.match(text)
    if m is not None:
        low, high = _to_decimal(m.group("a")), _to_decimal(m.group("b"))
        if low is not None and high is not None and low < 0 and (sep := m.group("sep")).endswith("-") \
                and len(sep.replace(" ", "")) > 1:
            high = -high             # `-5%~-3%`: the minus the high end's
            # (a math minus `−`, an en dash or a Unicode hyphen after a separator is `-` by now, split_target's
            # _written's MINUS_DASHES, review rv137, mend md62)
        ua, ub = _per_periods(m.group("ua")), _per_periods(m.group("ub"))
        if low is None or high is None or low >= high:
            return None
        if ub is None and ua in UNIT_SYMBOLS:
            ub = ua                  # `95%-100`: the percent sign written on the low end only is the range's
        if ua is not None and ua != ub and not (ub is not None and ub.startswith(ua)):
            return None  # `2小时-4天`, or a unit only on the low end (`10万-20万元` is 10-20 万元)
        unit = ub
        if not (_unit_ok(unit, low) and _unit_ok(unit, high)):
            return None
        if unit is None and all(
            v == v.to_integral_value() and YEAR_LIKE[0] <= v <= YEAR_LIKE[1] for v in (low, high)
        ):
            return None  # `2020-2022` is a span of years
        return _Quantity(low, high, unit)
    return None


# a period after a unit's slash said with 每 too or as 年度 (`次/每季度`, `次/每年`, `次/年度`): the per-period unit
# `每季度1次` and `每年度1次` read, `次/季度`, `次/年` (they were `次/每季度`, `次/年度`, hunt tg5; a 每 standing for the
# slash, `元每人每月`, `次每季度`, is a unit written in words, kept as written)
# (`1次/每季度/村`: before a thing's slash too, `次/季度/村` as `≥1次/季度/村` reads — it was text, hunt tg6)
_PER_SAID = lazy_regex(rf"/\s*每(?=(?:[1-9]\d?|[一二两三四五六七八九十]{{1,3}})?个?(?:{_PERIOD_WORDS}|年度)(?:$|/))")
# one period counted (`≥1次/1季度`, `1次/1个月`, `1次/1年`): the period, `次/季度`, as `1年1次` is `每年1次` (it was `次/1季度`,
# hunt tg6)
# (`≥1次每季度`, `2次每年`: the period after the count with 每 and no slash, `次/季度` — it was the unit `次每季度`, hunt tg13)
_PER_SAID_BARE = lazy_regex(rf"(?<=^[^/每\d]{{1,3}})\s*每(?=(?:[1-9]\d?|[一二两三四五六七八九十]{{1,3}})?个?(?:{_PERIOD_WORDS}|年度)$)")
_ONE_PERIOD = lazy_regex(rf"(?<=/)1个?(?=(?:{_PERIOD_WORDS})$)")
_PER_YEAR_WORD = lazy_regex(r"(?<=/)年度$")
# a quarter after the slash said as 季 (`≥1次/季`, `每季1次`, `≥90%/季`, `1次/季/村`): 季度, the one spelling of a per-quarter
# unit, as `每季度1次` reads (it was `次/季` beside `次/季度`, two units of one frequency; hunt tg8)
_PER_QUARTER_SHORT = lazy_regex(r"(?<=/(?:[1-9]\d?个?)?)季(?!度)(?=$|/)")
# a number of months after the slash written without 个 (`1次/2月`, `每两月一次`, `两月一次`): 个月, `次/2个月`, as `每两个月一次`
# reads — `2月` alone is February (it was `次/2月`, or text, hunt tg7)
_MONTHS_NO_GE = lazy_regex(r"(?<=/)(?P<n>[2-9]|1[0-2])月(?=$|/)")


def _per_periods(unit: str | None) -> str | None:
    """Given a unit, return it with a number of periods after its slash in digits (`次/两年` -> `次/2年`), and a period
    after its slash said with 每 or as 年度 as `每年` reads (`次/每季度` -> `次/季度`, `次/年度` -> `次/年`), one period
    as the period (`次/1季度` -> `次/季度`)."""
    if unit and "每" in unit:
        unit = _PER_SAID_BARE.sub("/", _PER_SAID.sub("/", unit))
    if unit and unit.endswith("/年度"):
        unit = _PER_YEAR_WORD.sub("年", unit)
    m = _PER_CN_PERIODS.search(unit) if unit and "/" in unit else None
    n = _cn_int(m.group("n")) if m is not None else None
    unit = unit if m is None or not n else f"{unit[:m.start()]}{n}{m.group('p')}"
    if unit and "季" in unit:
        # (after the Chinese count became digits: `1次/两季` -> `次/2季度`, as `≥1次/2季` — it was `次/2季`, review mend)
        unit = _PER_QUARTER_SHORT.sub("季度", unit)
    unit = _MONTHS_NO_GE.sub(r"\g<n>个月", unit) if unit and "月" in unit else unit
    return _ONE_PERIOD.sub("", unit) if unit and "/1" in unit else unit


# units of one meaning, each a name of the other (`≥5天（日）`; not `8台（套）`: a 台 or a 套, two things counted), a
# word and its symbol either way round (`≥5km（公里）`, `≤30分钟（min）`, `≥2h（小时）`), a duration said with 个 or
# without (`≥10个月（月）`); symbols compared in lower case (`KM`); `d` a day's symbol, as in `m³/d` (review rv147);
# 度 electricity's common name of a kilowatt-hour, `≥1000度（千瓦时）` (a bracket of 千瓦时 only: 度 alone stays a
# degree; it was the qualifier 千瓦时, hunt tg29)
_SAME_UNITS = (frozenset({"天", "日", "d"}), frozenset({"公里", "千米", "km", "㎞"}), frozenset({"名", "人"}),
               frozenset({"个月", "月"}), frozenset({"分钟", "min"}), frozenset({"小时", "h"}), frozenset({"秒", "s"}),
               frozenset({"米", "m"}), frozenset({"平方米", "m²", "m2", "㎡"}), frozenset({"立方米", "m³", "m3", "㎥"}),
               frozenset({"吨", "t"}), frozenset({"千克", "公斤", "kg", "㎏"}), frozenset({"公顷", "hm²", "hm2", "ha"}),
               frozenset({"千瓦", "kw"}), frozenset({"千瓦时", "kwh", "度"}), frozenset({"升", "l"}),
               frozenset({"周", "星期"}))
_UNIT_DOTS = str.maketrans("", "", "·•⋅")


def _unit_said_again(unit: str, bracket: str) -> bool:
    """Whether `bracket` after a figure in `unit` says the unit again: its base after 万 / 亿 (`万人（人）`, `万亩（亩）`),
    or its other name (`天（日）`, `km（公里）`, `个月（月）`), after the same 万 / 亿 too (`万km（万公里）`), each part
    of a compound unit so (`km/h（公里/小时）`)."""
    if len(unit) > 1 and unit[0] in "万亿" and unit[1:] == bracket:
        return True
    if len(unit) > 1 and unit[0] in "万亿" and bracket[:1] == unit[0]:
        unit, bracket = unit[1:], bracket[1:]
    if "/" in unit and unit.count("/") == bracket.count("/"):
        # `km/h（公里/小时）`, `m³/d（立方米/日）`: a compound unit said again part by part (it was the qualifier
        # 公里/小时, review rv147)
        return all(a == b or (a and b and _unit_said_again(a, b)) for a, b in zip(unit.split("/"), bracket.split("/")))
    # (the middle dot no part of a name compared, `kW·h`, `千瓦·时`: kWh, 千瓦时 — `≥1000度（kW·h）` kept the qualifier
    # kW·h, review rv153)
    unit, bracket = unit.lower().translate(_UNIT_DOTS), bracket.lower().translate(_UNIT_DOTS)
    return any(unit in pair and bracket in pair for pair in _SAME_UNITS)


def _unit_read(unit: str) -> str | None:
    """The unit a figure written in `unit` is read in (`万元` -> 元, `万元/户` -> 元/户, `千株` -> 株, `%` -> %)."""
    n = _number(Decimal(1), unit)
    return None if n is None else n[1]


def _number(value: Decimal | None, unit: str | None) -> tuple[float | None, str | None] | None:
    """Given a value and its unit, return (float, unit) with money in yuan, or None if not finite."""
    if value is None:
        return (None, unit)
    if unit in MONEY_UNITS:
        f = money_to_yuan(value, MONEY_UNITS[unit])
        return None if f is None else (f, "元")
    head, slash, per = (unit or "").partition("/")
    if slash and head in MONEY_UNITS and per:                # `4万元/村`: 40000 元/村
        f = money_to_yuan(value, MONEY_UNITS[head])
        return None if f is None else (f, "元/" + per)
    if len(head) > 1 and head[0] == "千" and head[1:] in _CN_COUNTED and head not in _THOUSAND_UNITS:
        # `2千株`, `两千株`, `5千余人`: 2000 株 (was 2 千株) — 千 a place of the number, no unit of counting as 万 is
        # (万人, 万亩 are the units forms count in, their actuals written `1.05万人`; a thousand is written `2000株`, an
        # actual `2100株` its target's unit); 千米, 千克, 千瓦 units of their own (`3千万元`: 3000 万元, in yuan)
        return _number(value * 1000, unit[1:])
    f = _finite_float(value)
    if f is None:
        return None
    return (0.0 if f == 0.0 else f, unit)


def thousands_out(t: Target) -> Target:
    """Given a Target put together from a value cell and a 计量单位 cell (`2` | `千株`, `1.5千` | `人`), return it with a
    thousand of a counted thing in ones (2000 株, 1500 人), as one cell `2千株` reads (see _number)."""
    if t.value is None or not (t.unit or "").startswith("千"):
        return t
    low, high = _number(Decimal(str(t.value)), t.unit), _number(
        None if t.value_max is None else Decimal(str(t.value_max)), t.unit)
    if low is None or high is None or low[1] == t.unit:
        return t
    return replace(t, value=low[0], value_max=high[0], unit=low[1])


_LONE_LESS = lazy_regex(rf"^{_LONE_LESS_AT}")


def _prefix(text: str) -> tuple[str | None, bool, str]:
    """Given a target, return (op, written as a symbol, rest) for a leading operator."""
    m = _PREFIX_SYMBOL_RE.match(text)
    if m is not None:
        spelled = WHITESPACE.sub("", m.group(0))
        return PREFIX_SYMBOLS[spelled], True, text[m.end():].strip()
    m = _PREFIX_WORD_RE.match(text)
    if m is not None:
        return PREFIX_WORDS[m.group(0)], False, text[m.end():].strip()
    m = _LONE_LESS.match(text)
    if m is not None:       # (no symbol: `<` only when a quantity follows, else a title cut short, `《2024年度考核办法`
        return "<", False, text[m.end():].strip()       # and `〈1）满意度≥95%` text — they read `<` and the text, rv60)
    return None, False, text


# 千 and a measure: a unit of its own (千米 km, 千克 kg, 千瓦 kW), no thousand of the measure
# a figure and its unit in brackets after a target (`（5km）`, `（约5km）`): the target's figure said again, perhaps
# (its unit's symbol ending in a power, `（300m2）`, `（500m3）`, `（2hm2）`, and 即 / 合 / 折合 / 约合 before it as 约,
# `（即3km）`: the same — they kept the bracket the qualifier, review rv153)
# (a range said again the same, `5-10公里（5-10km）`, `（约5~10km）`: its two figures — it kept the bracket the qualifier,
# rv153's left, hunt tg30)
# (any dash a range is written with, `（5〜10km）`, `（5∼10km）`, `（5﹣10km）`, `（5−10km）`, as `（5-10km）`: review rv165)
_FIGURE_AGAIN = lazy_regex(r"^(?:约合?|即|折?合)?(?P<v>\d+(?:\.\d+)?)(?:\s*(?:[-~〜∼⁓﹣−‐‑‒]|至|到|—|–)\s*(?P<w>\d+(?:\.\d+)?))?"
                           r"\s*(?P<u>[^\d\s.]{1,6}[23]?)$")
_THOUSAND_UNITS = frozenset({"千米", "千克", "千升", "千瓦", "千瓦时", "千伏", "千帕", "千卡", "千焦", "千字"})
_CURRENCY_SIGNS = tuple(YUAN_SIGNS)
# a year the level is compared with (`不低于2023年`, `高于2024年度水平`, `不低于2023年同期`): the comparison and the year as
# text, as `不低于上年` (they were text, hunt tg30; no year's end, `2023年底`, a deadline's as often)
# (its actual or completed figure, `不低于2023年实际完成值`, `不低于2023年完成值`, as `不低于上年实际完成值` reads, and a
# span's average, `不低于2021-2023年平均水平`: they were text, review rv165)
_YEAR_REFERENCE = lazy_regex(r"^(?:19|20)\d{2}\s*(?:年度?)?\s*(?:(?:-|~|至|到|—|–)\s*(?:19|20)\d{2}\s*年度?\s*(?=平均)|年度?)"
                             r"(?:同期)?(?:平均|实际)?(?:完成|执行)?(?:水平|值|数)?$")
_OF_REFERENCE = lazy_regex(r"^\D{2,30}的\d+(?:\.\d+)?\s*(?:%|倍)$")   # `前五年平均值的110%`: a share of a reference
# a fraction of a whole (`1/3`, `三分之二`; not 百 / 千 / 万分之, a percentage or a rate): no one quantity, but a comparison
# word before it (`不少于1/3`) or after it (`1/3以上`, `三分之二以上`) compares with it, `>=` and the fraction as text, as
# `≥1/3` and `不低于三分之二` read (they were text, hunt tg28); about one, `约1/3`, `1/2左右`, `~` as `约95%` reads. One
# pattern for the two sites that read a fraction of a whole (this and split_by_year's `2024年：3/4；2025年：4/4`; not
# normalize.amounts' _FRACTION, a number with an optional %): at most the whole, `12/5`, a month's day, none (mend md66)
_WHOLE_SHARE = lazy_regex(r"^\s*(?:(?P<n>\d{1,3})\s*/\s*(?P<d>[1-9]\d{0,2})|[二三四五六七八九十]分之[一二三四五六七八九])\s*$")


def _share_of_whole(text: str) -> bool:
    """Is TEXT a fraction of a whole, `1/3`, `3/4`, `4/4`, `三分之二` (`_WHOLE_SHARE`; its top no more than its whole)?"""
    m = _WHOLE_SHARE.match(text)
    return m is not None and (m.group("n") is None or int(m.group("n")) <= int(m.group("d")))


def _compared_share(t: Target) -> bool:
    """Is T a comparison with a fraction of a whole, no value: `>=` and `1/3` (`1/3以上`), `2/3(含)` (`≥2/3（含）`)?"""
    return t.op is not None and t.value is None and t.target_text is not None \
        and _share_of_whole(t.target_text.partition("(")[0])


# 按 before a period and a count in it (`按季度1次`, `按月开展1次`, `按年度不少于2次`): per the period, as 每 (they were `=` 1
# 次 with 按季度 the qualifier in a 指标值 cell, the period lost, or text); not a deadline's `按年底…`, nor a day of the
# month, `按月1日`, `按月15号` (a date, text: it read `=` 1 日/月, review rv165)
_BY_PERIOD = lazy_regex(rf"^按(?!月\s*\d{{1,2}}\s*[日号])(?:年度|{_PERIOD_WORDS})(?!度?[底末初])(?=\S*\d)")
_PER_LEAD = lazy_regex(rf"每(?:{_PERIOD_WORDS})")
# (a frequency's period at the end of the words before a comparison: `巡查每周`, `抽检每月`)
_PER_TAIL = lazy_regex(rf"每(?:[1-9]\d?个?)?(?:{_PERIOD_WORDS})$")
# (what is done, then a frequency over a number of periods: `巡查每2周不少于1次`, `抽检每3个月1次`; the digits keep it
# out of the words before a comparison, which are characters only)
_NEGATION_OR_COMPARISON = lazy_regex(r"不|未|没|无|少于|多于|低于|高于|超过|至少|最多|达到|约")
_DONE_THEN_PERIODS = lazy_regex(rf"^(?P<w>\p{{Han}}{{1,8}}?)(?=每[1-9]\d?个?(?:{_PERIOD_WORDS}))")
# (the period first, then what is done, then the count of times: `每季度开展2次`, `每年组织培训不少于2次` — read as
# `开展每季度2次` is, `2次/季度` with 开展 the qualifier; they were text, or `≥2次` with the period in the qualifier, the
# per-year sense lost, hunt lg)
# (the period whole, `每季度≥1次` no 季 and the deed 度; `每年度开展2次` the year's 度 no deed's, 每年 — it was text,
# review rva; a comparison word before the deed, `每季度至少开展1次` / `每月不少于开展1次`, read as before the count — it
# was text, review rva)
_PERIOD_THEN_DONE = lazy_regex(rf"^(?P<p>每(?>(?:[1-9]\d?个?)?(?:{_PERIOD_WORDS})))(?:(?<=年)度)?(?!度)"
                                  r"(?P<c>至少|最少|不少于|不低于)?(?P<w>\p{Han}{1,8}?)"
                                  rf"(?=\s*(?:{_COUNT_AHEAD}))")


def _per_period(per: regex.Match[str] | None, qualifier: str | None) -> Target | None:
    """Given a frequency written with its period first (`每月1次`, `每年≥2次`), return it as `1次/月` reads, or None."""
    if per is None:
        return None
    rest = per.group("rest")
    tail = _SUFFIX_RE.search(rest)
    # (`每年1次以上`: the comparison word after the period, `1次/年以上`, >= 1 次/年; it was text, and `1年1次以上` the
    # text `每年1次以上`, not as written — review rx)
    t = _split(f"{rest}/{per.group('p')}" if tail is None or tail.start() == 0
               else f"{rest[:tail.start()]}/{per.group('p')}{rest[tail.start():]}")
    if t.value is not None and (t.unit or "").endswith(_per_periods("/" + per.group("p"))) \
            and not (t.unit or "").startswith(UNIT_SYMBOLS):   # (`每月50%`: a share, of what unsaid)
        # (who is counted, `每校1名专职`'s 专职, kept with the bracket's qualifier)
        return _requalified(t, _joined(t.qualifier, qualifier) or None)
    return None


# a qualifier saying a strict bound includes itself: `含`, `含本数`, or the bound's own figure, `含90%` (see _split)
_SELF_INCLUDED = lazy_regex(r"^含\s*(?:本数|(?P<v>\d+(?:\.\d+)?)\s*(?P<u>[^\d\s]{0,4}))?$")
# the same saying an inclusive bound excludes itself: `不含`, `不含本数`, `不包含`, or the bound's own figure, `不含95%`
_SELF_EXCLUDED = lazy_regex(r"^不(?:包)?含\s*(?:本数|(?P<v>\d+(?:\.\d+)?)\s*(?P<u>[^\d\s]{0,4}))?$")

# (the patterns of the bracket, mass and label rules below, module constants: they were compiled-cache look-ups on each
# call, review of session 49 #12)
_COUNTED_SPAN = lazy_regex(rf"个(?:工作日|小时|{_PERIOD_WORDS})")     # `个工作日`, `个月`: a duration counted in 个
_MASS_END = lazy_regex(r"(?:吨|t|千克|公斤|kg)$", regex.I)
_FIGURE_START = lazy_regex(r"[\d.]")
_HAN_END = lazy_regex(r"\p{Han}$")
_BARE_END_FIGURE = lazy_regex(r"(?<![\d.])\d+(?:\.\d+)?$")
_WORD_AFTER = lazy_regex(r"[\d%‰‱\p{Han}]$")           # what a bracketed comparison word can follow
_RANGE_LEAD = lazy_regex(r"^(?:在|介于)\s*(?=[\d.])")


def _bracket_unit(word: str | None) -> bool:
    """Given the words in brackets after a bare number, return True when they are its unit: a bracket unit (`分`),
    one counted in 个 (`个工作日`), or one per a thing or period (`次/年`); not 月 / 年 (`6（月）` is six months, `6月`
    would read as June)."""
    if not word or word in ("月", "年"):
        return False
    head, slash, per = word.partition("/")
    # (个 before a duration, `个工作日`, `个月`; `个人` is an individual, a note)
    head = head[1:] if head.startswith("个") and _COUNTED_SPAN.fullmatch(head) else head
    return (head in BRACKET_UNITS or head == "工作日") and (not slash or _quantity("1" + word) is not None)


def _glossed(body: str, gloss: str | None, as_text: Target) -> Target:
    """Given a target whose mass's unit closes it (`≥1.2万吨`) and what the mass is of (`标准煤`), return its Target with
    the unit written whole (`万吨标准煤`), or `as_text` when it reads no mass."""
    t = _split(body)
    if gloss is None or t.value is None or not _MASS_END.search(t.unit or ""):
        return as_text
    return replace(t, unit=t.unit + gloss)


# the commonest targets' shape, a sign, a figure and a counted unit or a percent sign (`≥95%`, `100`, `≤3台`, `=12个`,
# `50万元`): no pattern `_split` tries before `_compared` reads any of them (each would have left the body as it is),
# so the figure is read at once — 1,975 of the 4,101 distinct targets of 1,875 dumps, which tried ~30 patterns each. (Not
# the units of a time or a period — `3天`, `1年` — which `_PERIODS_FIRST` and others read, nor any not in
# BRACKET_UNITS; tests/test_normalize_targets.py test_plain_targets_read_as_the_long_way checks every one.)
PLAIN_UNITS = frozenset(u for u in BRACKET_UNITS if regex.fullmatch(r"\p{Han}+", u)) - frozenset(
    "天 日 小时 分钟 月 年 周 秒 期 轮 课时 学时".split())
_PLAIN_TARGET = lazy(r"(?:≥|≤|>=|<=|>|<|=)?[0-9]+(?:\.[0-9]+)?(?:%|"
                     + "|".join(sorted(map(regex.escape, PLAIN_UNITS), key=len, reverse=True)) + ")?")


def _split(text: str) -> Target:
    """Given a cleaned, width-folded target, return its Target."""
    as_text = Target(target_text=text)
    if _SHEET_FORMULA.match(text):
        return as_text            # `="≤"&TEXT(测算表!C2/…)`: a spreadsheet formula nothing computed, no comparison

    # Trailing sentence punctuation (`≥95%。`) is ignored for reading the
    # quantity but kept in target_text.
    body = text.rstrip(TRAILING_PUNCTUATION).strip() or text
    if _PLAIN_TARGET.fullmatch(body) is not None:
        return _compared(text, body, None, as_text)   # `≥95%`, `100`, `≤3台`: a sign, a figure, a unit, nothing else
    body = _WRAP_SPACE.sub("", body)                  # `300 公 里`: a PDF cell wrapped inside its words
    body = _DANGLING_JOINER.sub("", body) or body     # `≥95%并且`: the joiner of nothing, no qualifier
    whole = _WHOLE_BRACKET.match(body)
    if whole is not None:                             # `【≥120公里】`, `[≥90%]`: the whole target in a note's brackets
        t = _split(whole.group("t").strip())
        return t if t.value is not None else as_text
    body = _POWER_TEN.sub(lambda m: format((Decimal(m.group("m") or 1) * 10 ** int(m.group("e").translate(SUPERSCRIPT_DIGITS)))
                                           .normalize(), "f"), body)   # `≤10⁴`: `≤10000`
    body = _DIGIT_BASE.sub(lambda m: m.group("n") + _BASE_WORD[m.group("b")]          # `≤3/10000`: `≤3‱`
                           if (m.group("s") or _COMPARED_BEFORE.search(m.string, 0, m.start()))
                           and (m.group("b") != "100" or float(m.group("n")) < 10)
                           and not (("比例" in m.string or "图" in m.string) and _SCALE_WORD.search(m.string[:m.start()]))
                           else m.group(0), body)
    foot = FOOTNOTE_MARK.search(body)
    if foot is not None and foot.start() > 0:          # `≥95%①`: the target, its footnote's mark the qualifier
        t = _split(body[:foot.start()].strip())
        return replace(t, qualifier=_joined(t.qualifier, foot.group("q"))) \
            if t.value is not None else as_text
    aim = _DANGLING_AIM.search(body)
    if aim is not None:                               # `≥95%，力争`: `≥95%`, the aim word the qualifier
        t = _split(body[:aim.start()])
        return replace(t, qualifier=_joined(t.qualifier, aim.group("q"))) if t.value is not None else as_text
    aim_first = _AIM_THEN_SURE.match(body)
    if aim_first is not None:                         # `力争≥98%，确保≥95%`: as `确保≥95%，力争≥98%`
        t = _split(f"{aim_first.group('sure')},{aim_first.group('aim')}")
        return t if t.value is not None else as_text
    if body[:1] == "按" and _BY_PERIOD.match(body) is not None \
            and (t := _split("每" + body[1:])).value is not None and "/" in (t.unit or ""):
        return t                                      # `按季度1次`: as `每季度1次`, `1次/季度` (hunt tg30)
    each_year = _EACH_YEAR.match(body)
    if each_year is not None:                         # `每年度1次`: as `每年1次`
        t = _split(("每年" if each_year.group("y") else "每") + body[each_year.end():])
        return t if t.value is not None else as_text
    noted = _NOTE_BEFORE_WORD.match(body)
    if noted is not None:                             # `90分（优良）以上`: as `90分以上（优良）`
        q = noted.group("q").strip()
        inclusive = noted.group("i") or ""
        t = _split(noted.group("b") + q + inclusive + noted.group("w")
                   if (_bracket_unit(q) or q in _UNIT_ONLY) and noted.group("b")[-1:].isdigit()
                   else f"{noted.group('b')}{inclusive}{noted.group('w')}({q})")
        return t if t.value is not None else as_text
    dated = _YEAR_LABEL.match(body)
    if dated is not None:
        year, after = f"{dated.group('y')}年{dated.group('d')}", dated.group("t")
        if _MONTH_DEADLINE.match(after) or _MONTH_DATE.match(after) or _YEAR_END.match(after):
            # `2024年：12月底前`: `2024年12月底前`, the year the qualifier (was the text `2024年:12月底前`; `2024年：年底前`
            # `2024年底前`, its 年 written once, was `年底前`)
            return Target(qualifier=year, target_text=f"{dated.group('y')}年{_LEAD_YEAR_WORD.sub('', after)}")
        if not _DIGIT.search(after):
            # `2024年：全年`: the year the qualifier, the words the text
            t = _split(after.strip())
            if t.value is None:
                return replace(t, qualifier=_joined(year, t.qualifier))
        if _FIGURE_START.match(after):
            # `2024年：95%`: the year's label, then a bare figure: the figure, the label its qualifier (it was text), as
            # `2024年：≥95%` reads
            t = _split(after.strip())
            if t.value is not None:
                return _requalified(t, _joined(year, t.qualifier))
    shared = _SHARED_COUNTER.search(body)
    if shared is not None and shared.start() > 0 and not _DEED_AT_END.search(shared.group("w")):
        # `3个性化服务`: as `3个`, 个性化服务 the qualifier (before a bracket's)
        t = _split(body[:shared.start()] + "个" + (shared.group("s") or "") + (shared.group("n") or ""))
        if t.value is not None and t.unit == "个":
            w = shared.group("w")
            # (`3个个性化服务`: written in full; `10个体育场馆`: the noun after the counter, 体育场馆)
            noun = w if w.startswith("个") or w.startswith("体") and not _INDIVIDUAL_WORD.match(w) else "个" + w
            return replace(t, qualifier=_joined(noun, t.qualifier))
    counted = _COUNTER_NOUN.search(body)
    if counted is not None and counted.start() > 0 \
            and not any(c in UNIT_FORBIDDEN_CHARS for c in _NOUN_FIXED_WORDS.sub("", counted.group("w"))) \
            and not (counted.group("w") == "点" and (_POINTS_BY.match(body) or _CHANGE_LEAD.match(body))) \
            and not _ATTRIBUTE_ALONE.fullmatch(counted.group("w") + (counted.group("s") or "")) \
            and not (_DEED_IN_NOUN.search(counted.group("w")) if len(counted.group("w")) > 4
                     else _DEED_AT_END.search(counted.group("w"))):
        # (`比上年提高2个点以上`: a change's point, 个百分点 — the change's rule reads it; `较上年增加5个点`, a count's change,
        # sites or points, stays text there, review rv17 — now that `较上年增加5个` reads, hunt tg13)
        # `≥3层楼`, `≥10个5G基站`, `10个村以上`: as `≥3层`, `≥10个`, `10个以上`, the noun the qualifier (before a bracket's)
        t = _split(body[:counted.start()] + counted.group("c") + "".join(counted.group(g) or "" for g in ("per", "s", "n")))
        if t.value is not None and (t.unit or "").partition("/")[0].endswith(counted.group("c")):
            return replace(t, qualifier=_joined(counted.group("w"), t.qualifier))
    if (dim := _DIMENSION_AFTER.search(body) or _SYMBOL_THEN_WORDS.search(body)
            or _THROUGH_TIME.search(body) or _CLASS_AFTER.search(body)) is not None:
        body = f"{body[:dim.start()]}{dim.groupdict().get('s') or ''}({dim.group('w')})"
        # (`≥6m宽`: as `≥6m（宽）`; `≥5km路段`: `≥5km（路段）`; `500m范围内`: `500m内（范围）`)
    qualifier = None
    bracket = _QUALIFIER_RE.search(body)
    m = bracket or _deed_after(body)
    if m is not None and m.start() > 0:
        qualifier = clean_text(m.group("q"))
        body = body[: m.start()].strip()
        if m.groupdict().get("n"):
            qualifier = _joined(clean_text(m.group("n")), qualifier)
        elif m is bracket and _is_note(qualifier) \
                and (done := _deed_after(body)) is not None \
                and not done.groupdict().get("n") and done.start() > 0:
            # `100%完成（按合同约定）`: the word a percentage is said of, then a note: both the qualifier, as written
            # (it was text); not a comparison word or a unit in the brackets, `95%完成（以上）`, `95%合格（%）`: text, as
            # `95%（以上）完成` (it was `=` 95, the 以上 a note, review rv122); a deed after its time limit the same,
            # `3个工作日内办结（节假日顺延）`, `≤2h响应（夜间）`: `<=` 3 个工作日, 办结；节假日顺延 (text, or the unit `h响应`)
            qualifier, body = _joined(clean_text(done.group("q")), qualifier), body[:done.start()].strip()
        if body.endswith(tuple(NOTE_CLOSERS)) and _QUALIFIER_RE.search(body) is not None and _is_note(qualifier) \
                and (t := _split(body)).value is not None:
            # `≤50dB（A）（夜间）`, `≥95%（抽查）（2024年底前）`, `≥90%（含）（抽查）`: a note after a bracket the target
            # reads with (a unit's, a note's): the target before it, both notes the qualifier (it was text, hunt tg7;
            # `≥95%（抽查》（2024年底前）`: the first a note's mixed brackets, any of NOTE_CLOSERS — it was text, hunt tg18)
            return replace(t, qualifier=_joined(t.qualifier, qualifier))
        if qualifier and body.endswith(qualifier) and (same := _split(body)).value is not None \
                and same.qualifier is None and same.unit in (qualifier, _unit_read(qualifier)):
            # `95%（%）`, `≥5天（天）`, `≥10户（户）`: the unit said again in brackets, as a unit column's word typed into
            # the cell — no qualifier (it was the qualifier `%`, `天`, hunt tg27); a unit read in another,
            # `≥5万元（万元）`, `≤3.5万元/户（万元/户）`, `≥2千株（千株）`, the same: 元, 元/户, 株 (it was the unit
            # `元(万元)` or the qualifier `万元/户`, review rv137)
            return same
        if qualifier in _UNIT_ONLY and not body.endswith(UNIT_SYMBOLS):
            body, qualifier = body + qualifier, None      # `≥85（%）`: the unit in brackets
        elif (gloss := unit_gloss(qualifier)) is not None and _GLOSSED_UNIT.search(body):
            # `≥1200吨（标准煤）`, `（标煤）`, `（折标）`, `（tce）`: 吨标准煤 (was 吨, 标准煤 the qualifier), as
            # `≥1200吨标准煤` reads and its actual `1250吨标准煤` is written; `万吨（二氧化碳当量）` likewise
            return _glossed(body, gloss, as_text)
        elif qualifier in ("A", "C") and _DECIBEL_END.search(body):
            # `≤55dB(A)`: an A-weighted decibel, the unit `dB(A)` whole (it was dB, `A` the qualifier, hunt tg6)
            t = _split(body)
            return replace(t, unit=f"{t.unit}({qualifier})") if t.value is not None and t.unit == "dB" else as_text
        elif UNIT_SYMBOL_GLOSS.match(qualifier or "") and _HAN_END.search(body):
            qualifier = None          # `≥1200吨（t）`, `≥180万千瓦时（kWh）`: the unit's symbol, no qualifier (was `t`)
        elif _SCORE_SCALE.fullmatch(qualifier or "") and body[-1:].isdigit():
            body += "分"              # `≥4.8（5分制）`: points on a scale, unit 分, the scale the qualifier (was no unit)
        elif (top := _SCORE_TOP.fullmatch(qualifier or "")) is not None and body[-1:].isdigit() \
                and (bare := _BARE_END_FIGURE.search(body)) is not None \
                and _on_scale(bare.group(0), top.group("top")):
            body += "分"              # `≥4.5（5分）`: the same, the scale said by its top (was no unit, review sq)
        elif (word := _SUFFIX_ALONE.fullmatch((qualifier or "").removeprefix("含"))) is not None \
                and _WORD_AFTER.search(body):
            # `90%（及以上）`: the comparison word in brackets, `90%及以上`; `95%（含以上）` as `95%(含)以上` (含 the qualifier)
            body, qualifier = body + word.group(0), "含" if qualifier.startswith("含") else None
            # (was `=` 90 and the qualifier `及以上`; `≥95%（及以上）` is `≥95%及以上`, the word doubling the sign)

    ref_op, _, ref = _prefix(body)
    if qualifier is not None and ref_op is None and (period := _PERIOD_ALONE.fullmatch(ref)) \
            and (t := _split(f"每{ref.removeprefix('每')}{qualifier}")).value is not None \
            and (t.unit or "").endswith(_per_periods("/" + period.group("p"))):
        # `季度（≥1次）`, `每年（≥2次）`, `半年（≥1次）`: a period, the count in it in brackets: the count per the period,
        # as `每季度≥1次` reads (`≥1次/季度`; it was `>=` 1 次 with 季度 the qualifier, the per-quarter sense lost, or
        # text; `每月（1次）` was `=` 1 次 with 每月 the qualifier, a level's figure; hunt lt)
        return t
    if qualifier is not None and _REFERENCE_WORDS.fullmatch(ref) and ref_op in (None, ">=", "<=", ">", "<", "=") \
            and (fig := _split(qualifier)).op == "=" and fig.value is not None and fig.unit is not None \
            and fig.value_max is None and fig.qualifier is None:
        # `不低于上年水平（96%）`, `全覆盖（100%）`: a level named in words, its figure in brackets: the figure compared
        # (`>=` 96 %, `=` 100 %), the words the qualifier (it was `>=` and the text, or the text)
        return Target(op=ref_op or "=", value=fig.value, unit=fig.unit, qualifier=ref)
    if qualifier is not None and ref_op is None and _GRADED.fullmatch(ref) \
            and (fig := _split(qualifier)).op in (">=", "<=", ">", "<", "range") and fig.value is not None \
            and fig.qualifier is None:
        # `优良（≥90分）`, `合格（60分及以上）`, `良好（80-89分）`, `A级（≥90分）`: a grade, the bound that earns it in
        # brackets: that comparison, the grade the qualifier (it was text)
        return replace(fig, qualifier=ref)
    if qualifier is None and (of_top := _SCORE_OF_TOP.search(body)) is not None \
            and _on_scale(of_top.group("n"), of_top.group("top")):
        # `≥4.5/5分`: `≥4.5（5分）` (it was `>=` and the text `4.5/5分`, review sq)
        body, qualifier = body[:of_top.start()] + of_top.group("n") + "分", of_top.group("top") + "分"
    if (mass_of := _GLOSS_AFTER_MASS.search(body)) is not None:     # `≥10万吨CO2当量`: the gloss put apart
        return _glossed(body[:mass_of.start()] + (f"({qualifier})" if qualifier else ""),
                        unit_gloss(mass_of.group("g")), as_text)
    inclusive = _INCLUSIVE_RE.search(body)
    if inclusive is not None:                         # `90%(含)以上`: read as `90%以上（含）` (含: the bound
        body = body[:inclusive.start()] + body[inclusive.end():]     # is included; a qualifier, as after it)
        qualifier = _inclusive_joined(inclusive.group("q"), qualifier)    # (`85%(含85%)以上`: `≥85%`, qualifier
        # `含85%`; it was text)
    low_in = _INCLUSIVE_LOW.search(body)
    if low_in is not None:                            # `90%(含)-100%`: read as `90%-100%（含）`
        body = body[:low_in.start()] + body[low_in.end():]
        qualifier = _inclusive_joined(low_in.group("q"), qualifier)
    if body.endswith("之间") and len(body) > 2:      # `80%-90%之间`, `在90%-95%之间`, `介于90%-95%之间`: the range
        inner = _RANGE_LEAD.sub("", body[:-2].strip())   # (`在90%之间`: no range, text)
        # (`介于90%与100%之间`, `在90%和100%之间`: the two ends joined by 与 / 和, the range — it was text, hunt tg6)
        inner = _ENDS_JOINED.sub("-", inner)
        t = _split(inner + (f"({qualifier})" if qualifier else ""))
        return t if t.op == "range" else as_text
    if _bracket_unit(qualifier) and body[-1:].isdecimal() and not _SQUARE_CUBE_END.search(body):
        body, qualifier = body + qualifier, None      # `90（分）`: the unit in brackets (not after `m2`, a unit's own
        # digit: `≥100m2（处）` is 100 m2 of 处; nor after `m²`, whose ² str.isdigit calls a digit: `≥500m²（平方米）` was the
        # unit `m²平方米`, hunt tg28)

    iv = _INTERVAL_RE.match(body)
    if iv is not None and (iv.group("pa") or iv.group("pb")) and iv.group("u"):
        return as_text                                # `[85%,95%]天`: two units, no one quantity
    if iv is not None:                                # `(0,2]小时`, `[1,3]天`, `[85%,95%]`: an interval, a range
        unit = "%" if iv.group("pa") or iv.group("pb") else (iv.group("u") or "")
        t = _split(f"{iv.group('a')}-{iv.group('b')}{unit}")
        return Target(op="range", value=t.value, value_max=t.value_max, unit=t.unit, qualifier=qualifier) \
            if t.op == "range" else as_text
    tol = _TOLERANCE.match(body)
    if tol is not None:                               # `5%±1%`: the range 4-6 %
        units = {u for u in (tol.group("uc"), tol.group("ud")) if u}
        c, d = _to_decimal(tol.group("c")), _to_decimal(tol.group("d"))
        if len(units) > 1 or c is None or d is None or d <= 0:
            return as_text
        if tol.group("uc") is None and tol.group("ud") in UNIT_SYMBOLS and c > 100:
            return as_text            # `220±10%`, `1000±5%`: a share of a figure whose unit is unsaid, no points of a
            # percentage (it was 210-230 %); `5±1%`, `100±5%` a percentage's points (4-6 %, as `5%±1%`)
        unit = next(iter(units), None)
        lo, hi = _number(c - d, unit), _number(c + d, unit)
        if lo is None or hi is None or not _unit_ok(unit, c):
            return as_text
        return Target(op="range", value=lo[0], value_max=hi[0], unit=hi[1], qualifier=qualifier)
    level = _LEVEL_WITH.match(body)
    if level is not None:                             # `与上年持平`: `=` 上年
        return Target(op="=", qualifier=qualifier, target_text=level.group("ref"))
    zero = _ZERO_OF.match(body)
    if zero is not None:                              # `0投诉`, `零事故`, `安全事故零发生`: 0, the thing the qualifier
        return Target(op="=", value=0.0, qualifier=_joined((zero.group("a") or "") + (zero.group("w") or ""), qualifier)
                      or None)
    harm = _HARM_THEN_ZERO.match(body)
    if harm is not None:                              # `安全事故0起`: `=` 0 起, 安全事故 the qualifier
        t = _split(body[harm.end():])
        if t.value == 0.0:
            return _requalified(t, _joined(harm.group("w"), qualifier))
    budget = _WITHIN_BUDGET.match(body)
    if budget is not None:                            # `控制在预算以内`: `<=` 预算
        return Target(op="<=", qualifier=qualifier, target_text=budget.group("r"))
    none = _NONE_OF.match(body)
    if none is not None:                              # `无重大安全事故`: `=` 0, 重大安全事故 the qualifier
        return Target(op="=", value=0.0, qualifier=_joined(none.group("a"), none.group("w"), qualifier))
    near = _NEAR.match(body)
    if near is not None:                              # `近1万人`, `接近100%`: about the figure, as `约1万人`
        t = _split(body[near.end():] + (f"({qualifier})" if qualifier else ""))
        if t.op == "=" and t.value is not None and t.value_max is None \
                and not _RECENT_SPAN.match((t.unit or "").partition("/")[0]):
            return replace(t, op="~")
        if t.op is None and t.target_text is not None and _share_of_whole(t.target_text):
            return replace(t, op="~")      # `近1/3`, `接近三分之一`: about the share, as `约1/3` (it was text, hunt tg29)
        return as_text
    neutral = _NEUTRAL_LEAD.match(body)
    if neutral is not None:                           # `保持在95%以上`: read as `95%以上`
        t = _split(body[neutral.end():] + (f"({qualifier})" if qualifier else ""))
        if t.value is None and _compared_share(t):
            return replace(t, qualifier=_joined(neutral.group("w"), t.qualifier) or None)   # `保持在1/3以上`
        return (_requalified(t, _joined(neutral.group("w"), t.qualifier)) if neutral.group("w") else t) \
            if t.value is not None else as_text
    more = _MORE_THAN.match(body)
    if more is not None:                              # `200余人次`: read as `>200人次`
        t = _split(">" + more.group("n") + (more.group("m") or "") + more.group("u"))
        return _requalified(t, qualifier) \
            if t.value is not None else as_text
    both_per = _PER_THING_PERIOD.match(body)
    if both_per is not None:                          # `每人每月300元`: `300元/人/月` (it was text)
        t = _split(f"{both_per.group('rest')}/{both_per.group('p')}/{both_per.group('q')}")
        if t.value is not None and (t.unit or "").endswith(f"/{both_per.group('p')}/{both_per.group('q')}"):
            return _requalified(t, _joined(both_per.group("lw"), both_per.group("w"), qualifier) or None)
    thing_m = _PER_THING_RE.match(body)
    if (thing := _per_period(thing_m, _joined(thing_m and thing_m.group("lw"), thing_m and thing_m.group("w"),
                                              qualifier) or None)) \
            is not None:
        return thing                                  # `每村1个`, `每个村不少于1名`: `1个/村`, `≥1名/村`
    done = _DONE_THEN_PERIODS.match(body)
    if done is not None and not _NEGATION_OR_COMPARISON.search(done.group("w")) \
            and (t := _per_period(_PER_PERIOD_RE.match(body[done.end():]), qualifier)) is not None:
        # `巡查每2周不少于1次`: `≥1次/2周`, qualifier 巡查 (it was text), as `巡查每周不少于2次` reads
        return _requalified(t, _joined(done.group("w"), t.qualifier))
    then_done = _PERIOD_THEN_DONE.match(body)
    if then_done is not None and not _NEGATION_OR_COMPARISON.search(then_done.group("w")) \
            and (t := _per_period(_PER_PERIOD_RE.match(then_done.group("p") + (then_done.group("c") or "")
                                                       + body[then_done.end():]),
                                  qualifier)) is not None \
            and (t.unit or "").partition("/")[0] in _TIMES:
        # `每季度开展2次`: `2次/季度`, qualifier 开展 (a count of times only: `每年增收2000元` stays as it was)
        return _requalified(t, _joined(then_done.group("w"), t.qualifier))
    period_first = _PERIOD_THEN_BOUND.match(body)
    if period_first is not None:                      # `一年不少于2次`: as `每年不少于2次`
        n = period_first.group("n") or ""
        n = "" if n in ("", "1", "一") else str(_cn_int(n) if not n.isdigit() else n)
        t = _split(f"每{n}{period_first.group('g') or ''}{period_first.group('p')}{body[period_first.end():]}"
                   + (f"({qualifier})" if qualifier else ""))
        if t.value is not None and "/" in (t.unit or "") and (t.unit or "").partition("/")[0] in _TIMES:
            return t
    lead = _LEAD_WORDS_RE.match(body)
    if lead is not None and _PER_LEAD.fullmatch(lead.group(0)) \
            and (t := _per_period(_PER_PERIOD_RE.match(body), qualifier)) is not None:
        return t                                      # `每年≥2次`: `≥2次/年`, as `每年不少于2次` is
    per = _PER_TAIL.search(lead.group(0)) if lead is not None else None
    if per is not None and per.start() > 0 \
            and (t := _per_period(_PER_PERIOD_RE.match(body[per.start():]), qualifier)) is not None:
        # `巡查每周不少于2次`: what is done, then a frequency (`≥2次/周`, qualifier `巡查`; it was `≥2次` with the
        # period in the qualifier, `巡查每周`, review rw)
        return _requalified(t, _joined(lead.group(0)[:per.start()], t.qualifier))
    if lead is not None:                              # `同比增长≥5%`: what is compared, then the comparison
        t = _split(body[lead.end():])
        if t.value is not None and t.unit in _BASE_UNITS and ("比例" in lead.group(0) or "图" in lead.group(0)) \
                and _SCALE_WORD.search(lead.group(0)) and (scale := _DIGIT_BASE.search(body, lead.end())) is not None:
            # `比例尺≥1/100`: a scale, no rate (above)
            return Target(op=t.op, qualifier=_joined(_LEAD_CONNECTIVE.sub("", lead.group(0)) or lead.group(0),
                                                     qualifier) or None, target_text=scale.group(0))
        if t.value is not None:
            # (`不低于上年水平且≥90分`: the connective 且 is no part of what is compared)
            q = _LEAD_CONNECTIVE.sub("", lead.group(0)) or lead.group(0)
            # (`误差率控制在±5%以内`: the name without its keeping words, 误差率 — it was `误差率控制在`, hunt tg13)
            q = _KEEPING_END.sub("", q) or q
            if t.op == "range" and _PLUS_MINUS.match(body[lead.end():].lstrip()) \
                    and (bound := _BOUND_WORD_END.search(q)) is not None:
                q = q[:bound.start()] or None         # `误差不超过±2%`: 误差, as `误差≤±2%` (it was 误差不超过, hunt tg30;
                # `在±2%以内`: nothing compared, it was the qualifier 在)
            if q in _CELL_LABELS or PREFIX_WORDS.get(q) == "<=":
                q = None                              # (`指标值：≥95%`, `注：≥95%`: the cell's own label, nothing compared)
                # (`控制在±2%以内`: the comparison's own word before the range, no words of what is compared, as
                # `控制在5%以内` has none — it was the qualifier 控制在, hunt tg8)
            # (and the figure's own words after it, `满意度≥90%，力争95%`, `满意度≥90%，且不低于上年`: they were dropped,
            # review rv3)
            return _requalified(t, _joined(q, t.qualifier, qualifier) or None)
        if t.op is not None and (_RATIO_TARGET.fullmatch(t.target_text or "") or _compared_share(t)):
            # `配套比例不低于1:1`, `投入比≥1:3`: the ratio's comparison, what is compared the qualifier (it was text)
            # (a fraction of a whole the same, `占比≥1/3`, `比例不低于三分之一`: rv153's left, hunt tg30)
            q = _LEAD_CONNECTIVE.sub("", lead.group(0)) or lead.group(0)
            t, qualifier = _share_bound_bracket(body[lead.end():], t, qualifier)
            return Target(op=t.op, qualifier=_joined(None if q in _CELL_LABELS else q, t.qualifier, qualifier) or None,
                          target_text=t.target_text)
        return as_text
    by_points = _POINTS_BY.match(body)
    if by_points is not None:                         # `高于上年度5个百分点`: `=` 5 个百分点, 高于上年度
        w, rest = by_points.group("w"), body[by_points.end():].strip()
        if (about := _ABOUT_END.search(w)) is not None:   # (`高于上年约5%`: about the figure, `~`, 高于上年)
            w, rest = w[:about.start()], about.group(0) + rest
        t = _split(_short_points(w, rest))
        # (`高于上年5%以上`, `比上年高5%以上`: a difference in any unit with a bound, a comparison of one quantity, as
        # `较上年提高5%以上` reads — they were text, hunt tg11)
        # (`高于上年5%`: the difference's bare figure, `=` as `较上年增长10%` — it was text, tg11 kept it so, hunt tg13)
        if t.value is not None and t.qualifier is None and t.op in (">=", "<=", ">", "<", "range", "=", "~") and w:
            return _requalified(t, _joined(w, qualifier))
    start = _FROM_LEVEL.match(body)
    if start is not None and (to := _CHANGE_LEAD.match(body[start.end():])) is not None and to.group("to"):
        # `由82%提高到90%`, `合格率从85%提升至95%以上`: the level reached, as `提高到90%` reads, where it started and the
        # change the qualifier (it was text, hunt tg12)
        t = _split(body[start.end():] + (f"({qualifier})" if qualifier else ""))
        return _requalified(t, body[:start.end()] + (t.qualifier or "")) if t.value is not None else as_text
    change = _CHANGE_LEAD.match(body)
    # (the name's every end tried, the shortest first: `收入增长率提高到5%`, 收入增长率 — it was text, review rv24)
    named = next((m for m in _NAMED_CHANGE.finditer(body) if _NAME_BEFORE.fullmatch(body, 0, m.start())
                  and _CHANGE_LEAD.match(body[m.end():])), None) if change is None else None
    if named is not None:
        # `村集体经济收入增长5%以上`: as `增长5%以上`, the name and the change the qualifier (hunt tg11)
        t = _split(body[named.end():] + (f"({qualifier})" if qualifier else ""))
        return _requalified(t, body[:named.end()] + (t.qualifier or "")) if t.value is not None else as_text
    if change is not None:                            # `同比增长5%以上`: what changes, then a comparison
        # (`比上年提高2个点`: 个百分点, a change's point said short)
        words = _CHANGE_COLON.sub("", change.group(0))
        t = _split(_short_points(words, body[change.end():].strip()))
        # (`同比增长5%-10%`: a change between two bounds is a comparison too, a range)
        # (`较上年增长10%`, `同比下降10%`, `提高10%`: a change and its bare figure, `=` the figure, the change's words the
        # qualifier saying it is relative, as `较上年提高2个百分点` and `较上年增长10%以上` read — they were text, hunt tg13)
        if t.value is not None and (t.qualifier is None or _AIM_TAIL.match(t.qualifier)):
            # (`较上年提高2个百分点`: a change of percentage points is that change, a quantity of its own — a
            # percentage point is a difference — its words the qualifier, review tq4)
            # (`提升至95%，力争100%`: the aim beyond it after the change's words, review rv3)
            return _requalified(t, _joined(words, t.qualifier, qualifier))
        return as_text
    deed = _DEED_COUNT.match(body)
    if deed is not None:                              # `新增10个`: `=` 10 个, 新增 the qualifier
        t = _split(body[deed.end():].strip() + (f"({qualifier})" if qualifier else ""))
        # (not a share, `新增10%`, `新建1个百分点`; nor an ordinal, `新建2号楼`, `改造3号线`, `新建一期`: which one or
        # which phase is built, no count — it read `=` 2 号楼, `=` 1 期, review rv46)
        if t.value is not None and t.unit is not None and not t.unit.startswith((*_SHARE_HEADS, "号")) \
                and t.unit != "期" and t.unit.partition("/")[0] not in _SPAN_HEADS:
            return _requalified(t, _joined(deed.group("w"), t.qualifier))
        if t.value is not None and deed.group("w") == "新增" and t.unit in _SHARE_HEADS:
            return _requalified(t, _joined(deed.group("w"), t.qualifier))     # `新增10%`: as `增加10%`
        if _DEED_THING.match(body) is None:           # (`新建5G基站10个`: a thing named with a figure, below)
            return as_text
    made = _DEED_THING.match(body)
    thing = made or _CHANGE_THING.match(body)
    if thing is not None:
        # `新建基地3个`, `延长服务时间2小时`: the figure, the words its qualifier
        t = _split(body[thing.end():].strip() + (f"({qualifier})" if qualifier else ""))
        # (not a measure's name before its bare figure, `增长率5%`, `下降幅度5%`: text, as `满意度95%`, hunt s46_lt's;
        # but a measure's change in points, `提高满意度10个百分点`, is that change, as `满意度提高10个百分点` reads — it
        # was text, review rv50)
        measure = _MEASURE_END.search(thing.group("w")) is not None
        # (a deed's thing counted, no share nor span, `新建基地10%`, `改造房屋10年以上`: text; a change's any figure)
        if t.value is not None and t.unit is not None and not t.unit.startswith("号") and t.unit != "期" \
                and (t.qualifier is None or t.qualifier == qualifier) \
                and not (measure and (made is not None or not t.unit.startswith(_PERCENT_POINTS))) \
                and not (made is not None
                         and (t.unit.startswith(_SHARE_HEADS) or t.unit.partition("/")[0] in _SPAN_HEADS)):
            return _requalified(t, _joined(_TOTAL_END.sub("", thing.group("w")) or thing.group("w"), t.qualifier))
        return as_text
    shared_deed = _DEED_THEN_SHARE.match(body)
    if shared_deed is not None:                       # `覆盖100%`: as `100%覆盖`
        t = _split(body[shared_deed.end():] + (f"({qualifier})" if qualifier else ""))
        if t.value is not None:
            return _requalified(t, _joined(shared_deed.group("w"), t.qualifier))
        return as_text
    after = _AFTER_EVENT.match(body)
    if after is not None:                             # `验收后30日内`: `<=` 30 日, 验收后
        t = _split(body[after.end():] + (f"({qualifier})" if qualifier else ""))
        if t.value is not None and t.op in ("<=", "range") and (t.unit or "").partition("/")[0] in _SPAN_HEADS:
            return _requalified(t, _joined(after.group("w"), t.qualifier))
        return as_text
    by = _DEADLINE_LEAD.match(body)
    if by is not None and _DIGIT_OR_YEAR.search(by.group("d")):
        t = _split(body[by.end():])                   # `2024年底前完成100%`: `100%` by the deadline, its qualifier
        if t.value is not None and t.op == "=":
            return _requalified(t, _joined(by.group("d"), t.qualifier, qualifier))
        return as_text
    manner = _MANNER_LEAD.match(body)
    if manner is not None:                            # `按时完成100%`: `100%`, 按时完成 its qualifier
        t = _split(body[manner.end():])
        if t.value is not None:
            return _requalified(t, _joined(manner.group("w"), t.qualifier, qualifier))
        return as_text
    named = _NAME_LEAD.match(body)
    if named is not None:                             # `覆盖率100%`, `全年1次`: the name, then the bare figure
        t = _split(body[named.end():])
        if t.value is not None:
            return _requalified(t, _joined(named.group("w"), t.qualifier, qualifier))
        if _compared_share(t) and _MEASURE_END.search(named.group("w")):
            # `占比1/3以上`: the fraction's comparison, the measure's name the qualifier, as `占比≥1/3` (it was text,
            # rv153's left, hunt tg30)
            t, qualifier = _share_bound_bracket(body[named.end():], t, qualifier)
            return replace(t, qualifier=_joined(named.group("w"), t.qualifier, qualifier))
        return as_text
    other = _EVERY_OTHER.match(body)
    if other is not None:                             # `双月一次`: `每2个月1次`
        t = _split(f"每2{other.group('p').lstrip('个').replace('月', '个月')}{body[other.end():]}"
                   + (f"({qualifier})" if qualifier else ""))
        return t if t.value is not None else as_text
    first = _PERIODS_FIRST.match(body)
    if first is not None:                             # `1年1次`: `每年1次`, `2年1次`: `每2年1次`
        n, p = first.group("n"), first.group("p")
        t = _split(("每" + p.lstrip("个") if n in ("1", "") else f"每{n}{p}") + first.group("rest")
                   + (f"({qualifier})" if qualifier else ""))
        return t if t.value is not None else as_text    # (a text as written, not as rewritten: `2年1次以上`)
    if _MONTH_SPAN_RE.match(body):
        return as_text                                # `2023.07-2024.01`: a period of months, no quantity
    if body.endswith("百分比"):
        body = body[: -len("百分比")] + "%"           # `≥100百分比`: the percent sign written out
    per = _PER_PERIOD_RE.match(body)
    if per is not None:                               # read as the same target written `1次/月`
        return _per_period(per, qualifier) or as_text
    both = _BOUNDS_RE.match(body)
    ends = (both.group("lo"), both.group("hi")) if both is not None else ("", "")
    if _prefix(ends[0])[0] in ("<=", "<") and _prefix(ends[1])[0] in (">=", ">"):
        ends = ends[::-1]                             # `≤3%，≥1%`: the upper bound first, the same range 1-3 %
    if both is not None and _prefix(ends[0])[0] in (">=", ">") \
            and _prefix(ends[1])[0] in ("<=", "<"):  # `≥95%且≤100%`: a range written as two bounds
        lo, hi = _split(ends[0]), _split(ends[1])
        if lo.value is not None and hi.value is not None and lo.value_max is None and hi.value_max is None \
                and (lo.unit == hi.unit or not lo.unit) and lo.value <= hi.value:
            # (`≥5%下降，≤10%`, `≥95%（抽查），≤100%`: a bound's own qualifier kept with the range's, each once —
            # it was dropped, review rv147)
            notes = _joined(*dict.fromkeys((lo.qualifier, hi.qualifier, qualifier))) or None
            return Target(op="range", value=lo.value, value_max=hi.value, unit=hi.unit, qualifier=notes)
        return as_text
    if _prefix(body)[0] == "<=" and _PLUS_MINUS.match(_prefix(body)[2]):
        body = _prefix(body)[2]                       # `≤±5%`: a deviation within ±5%, the range -5-5 % (it was
        # `<=` and the text `±5%`; `偏差率≤±10%` the same, its name the qualifier)
    pm = _PLUS_MINUS.match(body)
    if pm is not None:                                # `±5%`: from -5 to 5 (`±3%以内` too)
        q = _quantity(_SUFFIX_RE.sub("", body[pm.end():].strip()).strip())
        v = _number(q.value, q.unit) if q is not None and q.value_max is None else None
        if v is not None and v[0] is not None and v[0] > 0:
            return Target(op="range", value=-v[0], value_max=v[0], unit=v[1], qualifier=qualifier)
        if v is not None and v[0] == 0:               # `±0`, `±0%`: no deviation at all, `=` 0 (it was the range
            return Target(op="=", value=0.0, unit=v[1], qualifier=qualifier)     # -0-0, its bounds equal)
        return as_text
    labelled = _GRADE_LABEL.match(body)
    if labelled is not None:                          # `等级：良好以上`: as `良好以上`, 等级 the qualifier
        t = _split(body[labelled.end():])
        if t.value is None and (rank := _RATIO_TARGET.fullmatch(t.target_text or "")) is not None \
                and (t.op is not None or rank.group("g")):
            # (`评价等级：优`, `考核结果：合格`: the grade alone after its label, the label the qualifier — it was text,
            # hunt tg21)
            return Target(op=t.op, qualifier=_joined(labelled.group("w"), _bare_bound(_joined(t.qualifier, qualifier))),
                          target_text=t.target_text)
        if t.value is not None and (labelled.group("score") and t.unit == "分" or t.unit in ("%", "‰")):
            # (`等级：95%`, a share after a grade's label as a score is, `=` 95 %, 等级 — it was text, hunt tg21)
            return _requalified(t, _joined(labelled.group("w"), t.qualifier, qualifier))
        return as_text
    if (aimed := _AND_CLAUSE.match(body)) is not None and _AIM_TAIL.match(aimed.group("tail")) \
            and (t := _split(aimed.group("q"))).op is not None and t.value is None \
            and (rank := _RATIO_TARGET.fullmatch(t.target_text or "")) is not None and rank.group("g"):
        # `二级以上，力争一级`: the grade's bound, then the grade aimed at beyond it the qualifier, as `≥95%，力争100%`
        # reads (it was text, hunt tg21)
        return Target(op=t.op, qualifier=_joined(t.qualifier, aimed.group("tail"), qualifier), target_text=t.target_text)
    op_pre, _, after_op = _prefix(body)
    ratio = _RATIO_TARGET.match(after_op)
    if ratio is not None and (op_pre is not None or ratio.group("s")):
        # `不低于1:1`, `1:1.2以上`: the comparison, the ratio its text, as `≥1:1.2` reads (they were text whole)
        op_suf = SUFFIX_WORDS.get(ratio.group("s") or "")
        if ratio.group("g") and (op_suf not in (None, ">=", "<=") or "内" in (ratio.group("s") or "")):
            return as_text                            # (`良好左右`, `二级以内`: no bound of a rank)
        if op_pre is None or op_suf is None or op_pre == op_suf:
            return Target(op=op_pre or op_suf, qualifier=_bare_bound(qualifier) if ratio.group("g") else qualifier,
                          target_text=ratio.group("r"))
        return as_text
    return _compared(text, body, qualifier, as_text)


def _share_bound_bracket(rest: str, t: Target, qualifier: str | None) -> tuple[Target, str | None]:
    """T, the comparison with a fraction REST reads (`≥1/3`) after a name, and QUALIFIER, the bracket after it: when the
    bracket says whether the bound includes itself (`（含）`, `（不含）`, `（不含本数）`), REST read with it, as the fraction
    alone reads (`占比≥1/3（不含）`: `>` and `1/3(不含)`, as `≥1/3（不含）`; it was `>=` with 不含 in the qualifier, the
    strict bound lost, review rv165), and no qualifier left; else T and QUALIFIER as they were."""
    if qualifier and qualifier.startswith(("含", "不含", "不包含")) \
            and _compared_share(again := _split(f"{rest}({qualifier})")):
        return again, None
    return t, qualifier


def _excludes_share(qualifier: str | None, core: str) -> bool:
    """Is QUALIFIER a bracket saying the bound excludes itself (`不含`, `不含本数`, `不包含`, its own figure `不含1/3`)
    after CORE, a fraction of a whole (`1/3`, `三分之一`)?"""
    if not qualifier or not qualifier.startswith(("不含", "不包含")) or ("/" not in core and "分之" not in core):
        return False
    return qualifier.removeprefix("不包含").removeprefix("不含").strip() in ("", "本数", core) and _share_of_whole(core)


def _compared(text: str, body: str, qualifier: str | None, as_text: Target) -> Target:
    """The end of `_split`: BODY (TEXT cleaned, its qualifier apart) read as a comparison and a quantity (`≥95%`,
    `100公里`, `不少于5次`), else TEXT as text (`as_text`) or the comparison alone."""
    op_pre, symbolic, rest = _prefix(body)
    if op_pre is not None and rest.startswith("每") and (per_t := _per_period(
            _PER_PERIOD_RE.match(rest) or _PER_THING_RE.match(rest), qualifier)) is not None \
            and "=" in (op_pre, per_t.op):
        # `=每季度1次` (a 指标性质 `=` joined to the value `每季度1次`), `≥每月1次`: the frequency with the sign's
        # comparison, as `1次/季度` (it was `=` and the text `每季度1次`)
        return replace(per_t, op=op_pre if per_t.op == "=" else per_t.op)
    currency = rest[:1] in _CURRENCY_SIGNS and _DIGIT.match(rest[1:].lstrip()) is not None
    if currency:                                      # `￥500万元`, `≤¥12元/平方米`: money, the sign no part of it
        rest = rest[1:].strip()
    compared = symbolic or (op_pre is not None and _prefix(body)[2]
                            and (_COMPARING_WORD.match(body) and not _SENTENCE_MARK.search(rest)
                                 and (len(rest) <= 20 and not _DIGIT.search(rest) or _OF_REFERENCE.match(rest)
                                      or _YEAR_REFERENCE.match(rest))
                                 or ("/" in rest or "分之" in rest) and _share_of_whole(rest)))
    # (`不超过一年期贷款市场报价利率（LPR）的50%`: a share of a reference, as `≤…的50%` reads)
    if compared and _SECOND_OP_RE.search(rest):
        return as_text                                # `≥95%或≥100人`: two comparisons, no one quantity
    op_only = Target(op=op_pre, target_text=_prefix(text)[2] or None) if compared else as_text
    if symbolic and op_only.target_text is None:
        return as_text  # an operator alone: nothing to compare with

    op_suf = None
    core = rest
    s = _SUFFIX_RE.search(rest)
    if s is not None and s.start() > 0:
        op_suf = SUFFIX_WORDS[s.group(0)]
        core = rest[: s.start()].strip()
        if (op_pre is None and not symbolic or op_pre == op_suf) \
                and (qualifier is None or qualifier in ("含", "含本数", "含" + core)) \
                and ("/" in core or "分之" in core) \
                and _share_of_whole(core) and op_suf in (">=", "<=", "~"):
            # `1/3以上`, `三分之二以上`: as `≥1/3`; its own comparison before it too, `控制在1/3以内`, `≤1/3以内`, and
            # the bound included after it, `1/3以上（含）`: `>=` and `1/3(含)`, as `≥2/3（含）` reads (they were
            # text, hunt tg29; naming its own figure or 本数, `1/3以上（含1/3）`, `三分之一以上（含三分之一）`: the
            # bracket as written, `1/3(含1/3)`, as `≥1/3（含1/3）` — they were text, review rv153)
            return Target(op=op_suf, target_text=f"{core}({qualifier})" if qualifier else core)
        if (op_pre is None and not symbolic or op_pre == op_suf) and op_suf in (">=", "<=") \
                and _excludes_share(qualifier, core):
            # `1/3以上（不含）`, `1/3以内（不含1/3）`: the strict bound, `>` / `<`, the fraction and its bracket as text,
            # as `95%以上（不含）` is `>` 95 (it was text, rv153's left, hunt tg30)
            return Target(op=op_suf[0], target_text=f"{core}({qualifier})")

    also = _AND_CLAUSE.match(core) if op_suf is None else None
    if also is not None:
        # `≥95%，且不低于上年`: the quantity, and a second condition as its qualifier (the number was lost, `>=` kept)
        # (a bracket closing the clause is the clause's, `≥10期，每期不少于50人（其中脱贫劳动力占比不低于30%）`: it was no
        # quantity, the text, review rw)
        at = body.rfind(rest)
        t = _split((body[:at] if at > 0 else "") + also.group("q"))
        tail = also.group("tail") + (f"({qualifier})" if qualifier else "")
        if t.value is not None and t.value_max is None and t.qualifier is None:
            return Target(op=t.op, value=t.value, unit=t.unit, qualifier=tail)
        if t.value is not None and t.value_max is None and _AIM_TAIL.match(tail):
            # `提升至95%，力争100%`, `合格（≥60分），力争优良`: the figure with its own words, then the aim beyond it, both
            # the qualifier (it was text; `≥95%，力争100%` was read, review rv3)
            return Target(op=t.op, value=t.value, unit=t.unit, qualifier=_joined(t.qualifier, tail))
    quantity = _quantity(core)
    if quantity is None and op_suf is None and op_pre in (">=", "<=") and compared and _excludes_share(qualifier, core):
        return replace(op_only, op=op_pre[0])         # `≥1/3（不含）`: `>` and `1/3(不含)` (it was `>=`, hunt tg30)
        # (and after a word, `不少于1/3（不含）`, as `不少于10人（不含）` is `>` 10: it was `>=`, review rv165)
    if quantity is None and op_suf is not None:
        # `内` etc. may belong to the unit after all (no such unit today, but
        # keep the reading without a suffix operator as a fallback).
        quantity, op_suf = _quantity(rest), None
    if quantity is None:
        return op_only
    if op_pre is not None and op_suf is not None and op_pre != op_suf:
        return op_only  # `大于5%以内`: contradictory
    if quantity.value_max is not None:
        within = op_pre is None and s is not None and s.group(0) in ("内", "以内", "之内")
        # (`≥90%-100%`, `>=95%~100%`: a floor before a range of shares up to the whole, the range — nothing lies above
        # 100%, the sign can only say the low bound is one; it was `>=` and the text, hunt tg27; `≥2-4` stays so)
        to_whole = op_pre == ">=" and quantity.unit == "%" and quantity.value_max == 100
        if op_pre not in (None, "=") and not body.startswith("控制在") and not to_whole \
                or op_suf is not None and not within:
            return op_only  # `≥2-4`: not one quantity
        # (`3至5个工作日内`, `2-4小时以内`, `3-5万元以内`: a range with 内 after it, in any unit, the range — it was
        # text, hunt tg15)
        # (`控制在2-4小时`: the range kept within, as `保持在90%-95%` reads — it was text, hunt tg12)
        op = "range"      # (`=90-95%`: a 指标性质 column's `=` before a range, the range)
    else:
        op = op_pre or op_suf or "="

    if currency:                                      # (`￥500`: yuan; `￥500人` is no money, no one quantity)
        if quantity.unit is None:
            quantity = _Quantity(quantity.value, quantity.value_max, "元")
        elif quantity.unit.split("/")[0] not in MONEY_UNITS:
            return op_only
    low = _number(quantity.value, quantity.unit)
    high = _number(quantity.value_max, quantity.unit)
    if low is None or high is None:
        return op_only
    unit = low[1]
    if qualifier and unit and len(qualifier) <= 8 and qualifier != unit and _unit_said_again(unit, qualifier):
        qualifier = None    # `≥10个月（月）`, `≥5km（公里）`, `≤30分钟（min）`: the unit's other name, as `≥5公里（km）` reads
        # (it was the qualifier 月 / 公里 / min, hunt tg28)
    elif qualifier and quantity.unit and qualifier[-1:] != quantity.unit[-1:] \
            and (again := _FIGURE_AGAIN.match(qualifier)) is not None \
            and Decimal(again.group("v")) == quantity.value \
            and (None if again.group("w") is None else Decimal(again.group("w"))) == quantity.value_max \
            and _unit_said_again(quantity.unit, again.group("u")):
        qualifier = None    # `≥5公里（5km）`, `≥10吨（10t）`: the figure said again in the unit's other name, as
        # `≥5km（公里）` (it was the qualifier 5km, hunt tg29; another figure, `≥2小时（120分钟）`, stays the qualifier)
    elif qualifier in BRACKET_UNITS and unit in BRACKET_UNITS and qualifier != unit and unit not in UNIT_SYMBOLS:
        # (`≥95%（年）`: a percentage has no other name, the bracket is a qualifier)
        # `8台（套）`: the unit and its other name; the unit's base after 万 / 亿 or a name of one meaning, `≥5万人（人）`,
        # `≥5天（日）`: the unit said again, 万人, 天 (it was the unit `万人(人)`, `天(日)`, mend md62)
        unit, qualifier = (unit if _unit_said_again(unit, qualifier) else f"{unit}({qualifier})"), None
    if op in (">", "<") and (own := _SELF_INCLUDED.match(qualifier or "")) is not None \
            and (own.group("v") is None or (float(own.group("v")) == quantity.value
                                            and own.group("u") in ("", quantity.unit or ""))):
        op += "="           # `>95%（含）`, `<5%（含）`: the bound included, `>=` / `<=` (it was `>` with the qualifier 含, review tq2)
        # (`>90%（含90%）`, `<3天（含3天）`: the bound's own figure named, likewise — it was `>`, review rw; another figure,
        # `>90%（含85%）`, is no bound's)
    elif op in (">=", "<=") and (own := _SELF_EXCLUDED.match(qualifier or "")) is not None \
            and (own.group("v") is None or (float(own.group("v")) == quantity.value
                                            and own.group("u") in ("", quantity.unit or ""))):
        op = op[0]          # `95%以上（不含）`, `5天以内（不含5天）`, `≥95%（不含）`: the bound excluded, `>` / `<` (it was
        # `>=` with the qualifier 不含, hunt tg5; another figure, `≥90%（不含85%）`, is no bound's)
    if (who := _COUNTED_WHO.match(unit or "")) is not None:
        # `每校1名专职`, `2名专职人员`, `≥20名学生`: 名 counts, the words after it say who (the qualifier; the unit was
        # `名专职/校`, `名学生`)
        unit, qualifier = "名" + (who.group("per") or ""), _joined(who.group("w"), qualifier)
    return Target(op=op, value=low[0], value_max=high[0], unit=unit, qualifier=qualifier)


def _read(written: str) -> Target:
    """Given a cleaned, width-folded target, return its Target; Traditional characters are read as Simplified
    (`不低於95%` is `不低于95%`), the text kept as written."""
    simple = to_simplified(written)
    if simple == written:
        return _split(written)
    got = _split(simple)
    for name in ("target_text", "qualifier"):
        text = getattr(got, name)
        at = simple.find(text) if text else -1
        if at >= 0:
            got = replace(got, **{name: written[at:at + len(text)]})
    return got


# ---------------------------------------------------------------- numbers written in Chinese numerals
# `三个`, `两次`, `一万人次`, `不少于三次`, `每季度一次`, `百分之九十五`: the same targets as `3个` … `95%`. 万 / 亿 stay
# the unit's, as after digits (`一万人次` is 1 万人次 as `1万人次` is); 千 is the number's (`两千人` 2000 人, as `2千人` and
# `一千五百人` 1500 人); 百 before 分 is 百分点's / 百分比's.
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_RUN = lazy_regex(r"(?:[零〇一二两三四五六七八九十千]|百(?!分[点比之率]))+")
# (千分之三: 3‰; 万分之五: 5‱)
# tenths (`九成`, `8成以上`: 90%, 80%), as a share is said; only before the end or a comparison word (`九成新` is no share)
_TENTHS = regex.compile(rf"(?<![\d一二两三四五六七八九十])(?P<n>[1-9]|十|[一二两三四五六七八九])成(?=\s*(?:{SUFFIX_WORD_ALONE})?$)")
# half a unit of time (`半小时内`, `半个月`, `半天`; not `半年`, a period of its own, but `半年内`, `半年以内`: within half a
# year, a time limit — it was text, review tq4; not `上半年内`, the first half of the year)
# (`半年以上`, `半年（含）以内`, `不少于半年`, `≥半年`: a half year bounded, as `半个月以上` is — they were text, or `>=` of no
# value, review rv3)
_HALF = lazy_regex(r"(?<![\d一二两三四五六七八九十上下个])半(?=小时|个月|天|日"
                      r"|年\s*(?:[(（]\s*含\s*[)）]\s*)?(?:以内|之内|内|以上|以下|及以上|及以下))"
                      r"|(?<=(?:[≥≤><]|不少于|不低于|不超过|不多于|不高于|超过|大于|小于|至少|多于)\s*)半(?=年)")
# a whole number of units and a half (`1年半内`, `1个半月`, `3个半小时`, `一年半` in digits): that many and a half — the
# half was read as part of the unit, `1年半内` <= 1 `年半` (review rv6, beside tq4's `半年内`)
_AND_HALF = lazy_regex(r"(?<![\d.])(?P<n>\d{1,3})\s*(?:(?P<u>年)半|(?P<g>个)半(?P<u>月)|个半(?P<u>小时))(?=$|\P{Han}|[以之内及])")
# a ten thousand said with no figure before it (`近万人`, `将近万人次`, `逾万人`, `万余人`): one ten thousand (it was text, hunt
# tg7; `上万人`, tens of thousands, vague, stays text)
_TEN_THOUSAND_ALONE = lazy_regex(r"(?:(?<=^(?:将近|接近|近|逾|超))|^)(?=[万亿](?:余|多)?\p{Han})(?<![\d一二两三四五六七八九十百千])"
                                    r"(?=[万亿](?:余|多)(?!\p{Han}*[万亿])|(?<=近|逾|超)[万亿])")
# a hundred, a thousand, ten thousand reached (`上万人`, `上千人次`, `上百家`, `上亿元`: as many as it or more, `>=` one of
# it — 上 reaching the figure, as `逾万人` passes it; it was text, hunt tg8; not `上千万元`, tens of millions unsaid, nor 上
# after other words, `线上万人`)
_REACHED = lazy_regex(r"^上(?P<p>[百千万亿])(?![百千万亿余多])(?=\p{Han})")
_REACHED_FIGURE = {"百": "100", "千": "1000", "万": "1万", "亿": "1亿"}
# months counted by 两 without 个 (`两月内完成`, `两月一次`): 两个月 — 两 is never a month's name, as 二 (二月) is; it was
# text, `两个月内完成` <= 2 个月 (review rv4)
_TWO_MONTHS = lazy_regex(r"(?<![\d一二两三四五六七八九十百千])两(?=月)")
_CN_PERCENT = lazy_regex(r"(?P<per>百|千|万)分之(?P<n>[零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)")
# a rate per a base of ten thousands written in words (`十万分之一`, `10万分之1.5`, `百万分之五`): the rate per that base,
# `1/10万`, as `≤1/10万` reads (`10万分之一` was `≤10` run into `1‱`, 101 ‱, and `十万分之一` text)
_CN_PER_BASE = lazy_regex(r"(?<![\d.一二两三四五六七八九十百千])(?P<base>[1-9]\d{0,3}|[一二两三四五六七八九]?[十百千])万分之"
                             r"(?P<n>[零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)")
_PER_BASE_UNIT = lazy_regex(r"^/\d{1,4}万$")
# what a number in Chinese numerals may count: the bracket units, a duration in 个 (`三个月`, `三个工作日`), 个百分点
_CN_COUNTED = BRACKET_UNITS | {"工作日", "百分点"}


def _cn_int(run: str) -> int | None:
    """Given a run of Chinese numerals, return its integer (`二十五` 25, `一百零五` 105, `十二` 12), or None for digits
    written one by one (`二〇二四`), `十三五` or an abbreviation (`一百五`)."""
    total, digit, last_unit, zero = 0, None, 10_000, False
    for ch in run:
        if ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit >= last_unit:
                return None
            if digit is None:
                if total:
                    return None
                digit = 1                       # `十二`, `百分之百`: a leading unit counts one
            total, digit, last_unit = total + digit * unit, None, unit
        elif ch in ("零", "〇") and total and digit is None and not zero:
            zero = True                         # `一百零五`: the zero holding a place
        else:
            if digit is not None:
                return None                     # `二〇二四`, `十三五`
            digit = _CN_DIGITS[ch]
    if digit is not None:
        if total and last_unit > 10 and digit and not zero:
            return None                         # `一百五`: 150 or 105, unsaid
        total += digit
    return total


_CN_FIGURE = lazy_regex(r"^(?P<n>[零〇一二两三四五六七八九十百千]+)(?:点(?P<d>[零〇一二三四五六七八九]+))?(?P<rest>\s*分?)$")


def cn_figure(text: str) -> str | None:
    """Given a figure written in Chinese numerals (`九十四`, `九十四分`, `八十七点五分`, `一千二百`), return it in digits
    with what followed it (`94`, `94分`, `87.5分`, `1200`: a goal's count, review rv103), else None (no numeral, or
    a run `_cn_int` reads as no number)."""
    m = _CN_FIGURE.match(text.strip())
    n = _cn_int(m.group("n")) if m is not None else None
    if n is None:
        return None
    tenths = "".join(str(_CN_DIGITS[c]) for c in m.group("d") or "")
    return f"{n}{'.' + tenths if tenths else ''}{m.group('rest').strip()}"


def _cn_to_digits(text: str) -> str | None:
    """Given a target, return it with its Chinese numerals in digits, or None when it has none or one is no number."""
    bad, orig = False, text

    def number(written: str, after: str = "") -> str:
        nonlocal bad
        n = None if written[:1].isdigit() else _cn_int(written)
        bad = bad or (n is None and not written[:1].isdigit())
        return written if n is None else str(n)
    def run(m: regex.Match[str]) -> str:
        nonlocal bad
        s, e = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
        bad = bad or s.isdigit() or e.isdigit() or "." in (s, e)     # (`二100百分比`: a garbled cell, no number)
        return number(m.group(0), e)
    text = _TEN_THOUSAND_ALONE.sub("1", text)      # `近万人`, `万余人`: 近1万人, 1万余人
    text = _REACHED.sub(lambda m: "≥" + _REACHED_FIGURE[m.group("p")], text)   # `上万人`: ≥1万人
    text = _TWO_MONTHS.sub("两个", text)           # `两月内`: 两个月内
    text = _TENTHS.sub(lambda m: str(10 * (int(m.group("n")) if m.group("n").isdigit() else _cn_int(m.group("n"))))
                       + "%", text)               # `九成以上`: 90%以上
    text = _HALF.sub("0.5", text)                   # `半小时内`: 0.5小时内
    text = _CN_PER_BASE.sub(lambda m: number(m.group("n")) + "/" + number(m.group("base")) + "万", text)
    out = _CN_PERCENT.sub(lambda m: number(m.group("n")) + {"百": "%", "千": "‰", "万": "‱"}[m.group("per")], text)
    out = _CN_RUN.sub(run, out)
    return None if bad or out == orig else out


# the heads of a counted unit in ten thousands and hundreds of millions (`万人`, `亿人次`: unit_in_ones; an actual's
# bare `万` beside a target, jixiao.checks)
TEN_THOUSANDS = {"万": 10_000.0, "亿": 100_000_000.0}


def unit_in_ones(unit: str | None) -> tuple[str | None, float]:
    """Given a target's unit, return (the unit it counts in ones, the multiplier): `万人` -> (`人`, 10000), `万亩/年` ->
    (`亩/年`, 10000), `亿人次` -> (`人次`, 1e8); any other unit (`人`, `%`, `元`, `万` alone, `千米`) -> (unit, 1.0)
    (money is read in 元 already, a thousand of a counted thing in ones). 万 / 亿 stay the unit's in a Target (`1.2万人` is 1.2 万人, see _number); this puts a target
    and an actual written in ones (`12500人`) on one scale: 1.2 万人 is 12000 人."""
    head, slash, per = (unit or "").partition("/")
    factor = TEN_THOUSANDS.get(head[:1])
    if factor is None or len(head) < 2 or head[1:] not in _CN_COUNTED:
        return unit, 1.0
    return head[1:] + slash + per, factor


def _counted(unit: str | None) -> bool:
    """Given the unit of a target written in Chinese numerals, return True when it is a thing counted or measured."""
    if unit is None:
        return False                            # (`三`: a grade, a level, no count)
    if unit in UNIT_SYMBOLS or unit == "元" or unit.startswith("元/") or _PER_BASE_UNIT.match(unit):
        return True                             # (`十万分之一`: 1 per `/10万`)
    head = unit.split("/")[0]
    head = head[1:] if head.startswith("个") and len(head) > 1 else head
    return head in _CN_COUNTED or (head[:1] in "万亿千" and head[1:] in _CN_COUNTED)


# a compound unit's middle dot or slash with spaces by it (`元/人 ·月`, `人 · 次`; `20万元 / 公里`, `≤20万元 / 公里`: 元/公里,
# it was text, hunt sc6)
_SPACED_JOIN = lazy_regex(r"(?<=[\p{Han}/])\s*(?P<j>[·/])\s*(?=\p{Han})")


def _written(raw: str | None) -> str | None:
    """A target cell as split_target reads it: cleaned and width folded; None for an empty cell or a placeholder."""
    cleaned = clean_text(raw)
    if cleaned is None or is_placeholder(cleaned):
        return None
    written = fold_width(cleaned).strip()
    if any(d in written for d in MINUS_DASHES):
        # (`−5%至−3%`, `≤−8%`, `−10%`: a PDF's math minus, U+2212, before a figure is its minus — it was text, the low
        # end's sign read as no sign while tg27 read it after a separator, review rv137; `-5%~–3%`, `-5%至‐3%`,
        # `–5%`, `≤–8%`: an en dash or a Unicode hyphen, Word's AutoFormat's minus, the same — the range -5 to 3 or
        # text, mend md62; a dash after a figure or a word stays as written, the range's separator `90%–100%`)
        written = _DASH_MINUS.sub("-", written)
    return written


# the dashes a minus is typed or converted as, besides `-`: the math minus, the en dash, the Unicode hyphens and the
# figure dash (not `—` / `―`: `——` is a Chinese dash, `-5%——3%` the range -5 to 3)
MINUS_DASHES = ("−", "–", "‐", "‑", "‒")
# one of them before a figure at the start or after a sign, a separator, a space or a bracket: a minus (not after a
# figure's space, `≥1 – 3次`, `90% – 100%`: a separator, as written — review rd68 D, mend md65)
_BELOW_ZERO = lazy_regex(r"零下\s*(?=\d)")   # `零下18℃`: below zero said in words, a minus sign
_DASH_MINUS = lazy_regex(r"(?<![^\s~～至到<>=≥≤≧≦:：(（\-—―−–‐‑‒])(?<![\d%‰]\s+)[−–‐‑‒](?=\s*\d)")


# the wave dash of a Japanese input method (U+301C), the tilde operator a converter writes (U+223C), the swung dash
# (U+2053) and the small hyphen-minus (U+FE63) fold_width leaves: read as `~` / `-` where the cell then reads as a
# quantity (`0〜5%`, `〜80人`, `90%﹣95%`), the text kept as written otherwise (`1〜3月`)
_WAVE_DASHES = ("〜", "∼", "⁓", "﹣")
_WAVE_FOLD = str.maketrans({"〜": "~", "∼": "~", "⁓": "~", "﹣": "-"})


def _as_text(raw: str | None) -> Target:
    """split_target's reading of a cell its error stopped: the text a cell of no figure gets, cleaned and width folded
    (`≥９５％（抽查）` -> target_text `≥95%(抽查)`; it kept the full-width signs, review rv64, mend md27)."""
    written = _written(raw)
    return _EMPTY if written is None else Target(target_text=written)


@guarded(_as_text)   # (an error: the cell read as text, noted — a `normalizer_failed` warning at its record)
@text_cache()
def split_target(raw: str | None) -> Target:
    """Given a target cell as written, return its Target (op, value, value_max, unit, qualifier, target_text).

    `"≥99%"` -> `Target(">=", 99.0, None, "%", None, None)`;
    `"2-4小时"` -> `Target("range", 2.0, 4.0, "小时", None, None)`;
    `"=100% (2022年5月底前)"` -> `Target("=", 100.0, None, "%", "2022年5月底前", None)`;
    `"320万元"` -> `Target("=", 3200000.0, None, "元", None, None)`;
    `"健全"` -> `Target(target_text="健全")`;
    `"≥前五年平均值的110%"` -> `Target(">=", target_text="前五年平均值的110%")`;
    None, `""`, `"-----"` -> `Target()` (all None).
    Text fields are cleaned and width folded (`全年，7×24小时` -> `全年,7×24小时`); Traditional characters are read as
    Simplified (`不低於95%` -> `>=`), the text kept as written (`應保盡保`).
    """
    written = _written(raw)
    if written is None:
        return _EMPTY
    got = _read(written)
    if got.value is None and "零下" in written and (again := _read(_BELOW_ZERO.sub("-", written))).value is not None:
        got = again                         # `零下18℃至零下15℃`, `零下18℃`: -18 to -15 ℃ (it was text, hunt tg29)
    if got.value is None and any(c in written for c in _WAVE_DASHES) \
            and (again := _read(written.translate(_WAVE_FOLD))).value is not None:
        got = again                         # `0〜5%`, `0∼5%`, `90%﹣95%`: the range 0-5 %, as `0~5%` (it was text, hunt tg30)
    if got.value is None and (joined := _SPACED_JOIN.sub(r"\g<j>", written)) != written \
            and (again := _read(joined)).value is not None:
        got = again                         # `80元/人 ·月` (a space a web page put by the dot): 80 元/人·月
    if got.value is None and (digits := _cn_to_digits(written)) is not None:
        again = _read(digits)
        if again.value is not None and _counted(again.unit):
            bracket = _QUALIFIER_RE.search(written)
            if again.qualifier is not None and again.qualifier not in written and bracket is not None \
                    and _cn_to_digits(clean_text(bracket.group("q")) or "") == again.qualifier:
                again = replace(again, qualifier=clean_text(bracket.group("q")))   # (`三个（新建两个）`: as written)
            if again.qualifier is None or again.qualifier in written:
                got = again                 # `三个`: read as `3个`
    if "半" in written and (got.value is None or "半" in (got.unit or "")) \
            and (halved := _AND_HALF.sub(r"\g<n>.5\g<g>\g<u>", _cn_to_digits(written) or written)) != written \
            and (again := _read(halved)).value is not None and "半" not in (again.unit or ""):
        got = again                         # `1年半内`, `一个半月`: 1.5 年, 1.5 个月 (it was 1 of a unit `年半`)
    if got.value is None and (between := _BETWEEN.match(written) or _BETWEEN_DOWN.match(written)) is not None \
            and (bounds := _between_bounds(between)) is not None and (again := _read(bounds)).op == "range":
        got = again                         # `95%≤x≤100%`, `90%≤执行率≤100%`: the range 95-100% (both ends in it;
        # `20≤长度≤30公里`, its unit after the upper end, `80分≤得分≤100分`, after both, `100%≥执行率≥90%` and
        # `3≥时长≥1天`, the upper end first, the same)
    if got.value is None or (got.unit or "")[:1] in ("O", "o"):
        # `1OO%`, `≥9O%`, `>12O万平方米` (12, unit `O万平方米`): letters OCR read for digits, put back where the
        # target then reads as a quantity (see mend_ocr_digits); no unit starts with the letter O
        mended = mend_ocr_digits(written)
        if mended != written and (again := _read(mended)).value is not None:
            got = again
    return got


# a rate's or a share's name run into its figure (`按期完成率100%`, `合格率≥98%`, `覆盖率：100%` has its colon): the name
# and the rest of the cell; other words so (`防效80%以上`), the indicator's short name when _short_name says so (one
# pattern for both, a measure's name told by its last word, _MEASURE_END — review rv60)
# (a longer name of a measure, _LONG_NAME's, `城乡居民医疗费用结算及时率100%`, the same — it was text, hunt tg21)
_WORDS_RUN = lazy_regex(rf"^(?P<w>{_OPENED}(?:{_LONG_RUN_NAME}|\p{{Han}}{{2,10}}))(?P<rest>[\d.].*)$")
# what makes words a deed or a change, no name (`改造10%`, `提高10%`: split_target's own rules read them)
_DEED_OR_CHANGE = lazy_regex(rf"{_DEEDS}|{_DEED_WORDS}|{_CHANGE_WORDS}")


def split_named_target(raw: str | None, name: str | None = None) -> Target:
    """split_target of a cell known to be a target (an indicator's 指标值 cell, the indicator called `name`), where a
    rate's name run into its figure (`按期完成率100%`, `合格率100%`) is the name and its value, read as `按期完成率：100%`
    is (`=` 100 %, the name the qualifier, as `满意度≥90%` reads). split_target leaves it text: a cell of a name and its
    value run together may be a row's name and target in one cell (`验收合格率100%` in a packed list's line, tables'
    name / target split), which its role scores must not take for a target alone (hunt lt); with a bound after the
    figure (`合格率95%以上`) split_target reads it itself (hunt tg19)."""
    t = split_target(raw)
    if t.value is not None or not raw:
        return t
    cell = fold_width(clean_text(raw) or "").strip()
    if (m := _WORDS_RUN.match(cell)) is None:
        return t
    if _MEASURE_END.search(m.group("w")):
        if _CHANGE_THING.match(cell):
            # `提高覆盖面10%`, `降低发病率10%`: a measure's change in a share, to or by unsaid — text, as split_target
            # reads it (review rv50; the 面 of 覆盖面 read here since hunt tg17, the change guarded for all)
            return t
        named = split_target(f"{m.group('w')}：{m.group('rest')}")
        return named if named.value is not None else t
    if _short_name(m.group("w"), name):
        # `防效80%以上` under 病虫害防治效果: the indicator's short name and its share (`>=` 80 %, 防效; it was text,
        # hunt tg16) — a share only, as the rate's above; a count after words is a deed's, split_target's to read
        share = split_target(m.group("rest"))
        if share.value is not None and share.unit in UNIT_SYMBOLS:
            return _requalified(share, _joined(m.group("w"), share.qualifier))
    return t


def runs_name_into_figure(raw: str | None) -> bool:
    """Whether a cell is a measure's name run straight into its figure (`验收合格率95%以上`, `发生率5%以下`,
    `合格率100%`): a name and its target in one cell, which split_target reads with the name the qualifier since hunt
    tg19 (with a bound after the figure) — a packed row's or list line's name and target, no target cell on its own
    (tables' target_strength, hunts lt / tg20). `满意度≥90%`, `同比5%`, `≥95%` are no such cell."""
    m = _WORDS_RUN.match(fold_width(clean_text(raw) or "").strip())
    return m is not None and bool(_MEASURE_END.search(m.group("w")))


def _short_name(words: str, name: str | None) -> bool:
    """Whether `words` may be the indicator's `name` shortened (防效 of 病虫害防治效果, 防治效果 of 农作物病虫害防治效果):
    its characters are the name's, in order, it ends in the name's last word (its head: 效 of 效果, 合格 of 验收合格率)
    and it says no deed nor change (`改造` of 老旧小区改造 is what is done). Words ending elsewhere in the name name its
    period, its reference or its part, no measure (`计划80%` under 年度计划完成率, `上年90%` under 较上年增长率,
    `其中80%` under 其中：中央资金执行率: text — they read `=` and the words, review rv60)."""
    if not name or _DEED_OR_CHANGE.search(words):
        return False
    stem = _MEASURE_END.sub("", _QUALIFIER_RE.sub("", fold_width(clean_text(name) or "")).strip())
    if words[-1] not in stem[-2:]:
        return False
    chars = iter(stem)
    return all(c in chars for c in words)


# a quantity written between two inclusive bounds (`95%≤x≤100%`, `90%≤执行率≤100%`); a strict bound (`<`) is no range
# (each bound may carry the unit, `80分≤得分≤100分`; the units written must agree, see _between_bounds)
_BOUND = r"\d+(?:\.\d+)?)\s*(?P<{}u>[%‰]|\p{{Han}}{{1,4}}(?:/\p{{Han}}{{1,3}})?)?"
def _between(first: str, rel: str, second: str) -> regex.Pattern:
    """The pattern of a quantity between two bounds, `first` written before the name and `second` after it, each
    compared to it by `rel`."""
    return regex.compile(rf"^\s*(?P<{first}>{_BOUND.format(first)}\s*{rel}\s*[A-Za-z\p{{Han}}]{{1,12}}\s*{rel}\s*"
                         rf"(?P<{second}>{_BOUND.format(second)}\s*$")


_BETWEEN = _between("lo", "(?:≤|<=|≦)", "hi")           # `95%≤x≤100%`
_BETWEEN_DOWN = _between("hi", "(?:≥|>=|≧)", "lo")      # `100%≥执行率≥90%`: the upper end first


def _between_bounds(m: regex.Match) -> str | None:
    """The range `lo-hi<unit>` of a quantity written between two bounds; None when the bounds name two units
    (`1天≤x≤3月`: no one quantity)."""
    units = {u for u in (m.group("lou"), m.group("hiu")) if u}
    if len(units) > 1:
        return None
    return f"{m.group('lo')}-{m.group('hi')}{next(iter(units), '')}"


# ---------------------------------------------------------------- one target per year in one cell
# `≥95%（2024年）；≥98%（2025年）`, `2024年：≥95%，2025年：≥98%`: a cell giving the target of each of two or more years
# a year labelling one year's target, before it (`2025年：≥98%`) or after it in brackets (`≥98%（2025年）`): one set of
# patterns for both layers (parsers.tables._next_year_line reads a cell's lines as written, either width; split_by_year
# a part width-folded, the colon there optional: `2024年≥95%`)
YEAR_WORD = r"(?P<y>(?:19|20)\d{2})\s*年度?"
YEAR_LEAD = regex.compile(rf"^\s*{YEAR_WORD}\s*[:：]")
YEAR_TAIL = regex.compile(rf"[(（]\s*{YEAR_WORD}\s*[)）]\s*$")
_YEAR_AFTER = lazy_regex(rf"^(?P<t>.+?)\s*{YEAR_TAIL.pattern}")
_YEAR_BEFORE = lazy_regex(rf"^\s*{YEAR_WORD}\s*[:：]?\s*(?P<t>[^-—~至到].*)$")
# the parts: set apart by a separator, or by nothing after a year's closing bracket (a wrapped cell joined)
# (a month deadline: `6月前`, `12月31日前`, `6月底前`, and `6月份前` / `6月份` whose tail holds the 月 itself)
_MONTH_DEADLINE = lazy_regex(rf"^\s*\d{{1,2}}\s*(?:月(?:\s*\d{{1,2}}\s*日)?\s*{DEADLINE_TAIL}|(?=月){DEADLINE_TAIL})"
                                rf"\s*(?:完成)?\s*$")
# a month (or day) of the year alone, the time a thing is done in it (`2024年6月`, `2024年：6月份`, `6月30日完成`)
_MONTH_DATE = lazy_regex(r"^\s*(?:0?[1-9]|1[0-2])\s*月(?:份|\s*\d{1,2}\s*日)?\s*(?:完成)?\s*$")
# the year's own end (`2024年底前`, `2024年：年底前`, `2024年末`, `2024年内`): a deadline in that year, as a month's is
_YEAR_END = lazy_regex(r"^\s*(?:年\s*)?(?:[底末]\s*(?:之前|以前|前)?|内)\s*(?:完成)?\s*$")
_LEAD_YEAR_WORD = lazy_regex(r"^\s*年\s*")
# a year's target written wholly in brackets after its year (`2025年（100%）`)
_WHOLE_BRACKETS = lazy_regex(r"^\(([^()]+)\)$")
# the unit closing a figure (`≥30公里` -> `公里`, `≥98%` -> `%`, `1.2万元` -> `万元`): the one definition the target,
# value and table readers share; no bracket in it (`≥30公里（含改造）` ends in a note, no unit)
OWN_UNIT = lazy_regex(r"\d\s*([^\d\s.,)）(（]+)$")
# a note in brackets closing a target (`≥30公里（含改造）`, folded): the year's own, no other year's
_TAIL_NOTE = lazy_regex(r"\s*\([^()]*\)\s*$")
# (or by nothing between a date's tail and the next year, `2024年12月底前2025年10月底前`: a wrapped cell's lines joined)
_YEAR_PARTS = lazy_regex(r"\s*[;,、]\s*|(?<=年度?\))\s*(?=\S)|\s+(?=(?:19|20)\d{2}\s*年)"
                            r"|(?<=[前底末份])(?=(?:19|20)\d{2}\s*年)")


@guarded(lambda *args, **kwargs: None)   # (an error: no target per year, noted)
@text_cache()
def split_by_year(raw: str | None, year: int | None = None, unit: str | None = None) -> tuple[Target, str] | None:
    """Given a target cell giving one target per year, return the Target of the form's year (else of the first year
    written after it), its year as the qualifier, and the other years' targets as `2025年：≥98%` joined by `；`; else
    None (also when `year` is None or after every year written: a baseline is no target).

    `("≥95%（2024年）；≥98%（2025年）", 2024)` -> `(Target(">=", 95.0, unit="%", qualifier="2024年"), "2025年：≥98%")`;
    with 2025 -> 98 and `2024年：≥95%`; with 2023 -> 95 (the first year after); with None or 2026 -> None. Every part must be a quantity
    of its own year, or a date in its year's months (`2024年：12月底前；2025年：6月底前`, `2024年6月；2025年6月`:
    `2024年12月底前`, `2024年6月`, a target_text holding its year), or a fraction (`3/4`, its text); two years at least,
    no year twice, else None: `≥95%（2024年底前）` is one target. `unit` (a 度量单位 cell beside the cell) is the
    unit of each year's bare figure (`2024年：≥12；2025年：≥8` beside `处`: ≥12 处, the rest `2025年：≥8处`).
    """
    cleaned = clean_text(raw)
    if cleaned is None:
        return None
    text = fold_width(cleaned).strip().rstrip(TRAILING_PUNCTUATION)
    parts = []
    for piece in _YEAR_PARTS.split(text):
        m = _YEAR_AFTER.match(piece) or _YEAR_BEFORE.match(piece)
        if m is None:
            return None
        written = m.group("t").strip()
        if (inner := _WHOLE_BRACKETS.match(written)) is not None:
            written = inner.group(1).strip()    # `2024年（≥95%）；2025年（100%）`: the year's target in brackets
        target = split_target(written)
        if target.value is None and target.op is None and (
                _MONTH_DEADLINE.match(written) or _MONTH_DATE.match(written) or _YEAR_END.match(written)):
            # (`2024年：12月底前；2025年：6月底前`, `2024年12月底前；…`, `2024年6月；2025年6月`: a date in each year,
            # the text of its year's date read whole, `2024年12月底前`, as a one-year cell writes it)
            # (`2024年：年底前`: the year's end, `2024年底前`, its 年 written once)
            target = Target(target_text=m.group("y") + "年" + _LEAD_YEAR_WORD.sub("", target.target_text))
        elif target.value is None and not _share_of_whole(written):
            return None                     # (`2024年：3/4；2025年：4/4`: a fraction each year, its text)
        elif target.value is not None and target.unit is None and unit:
            # (`2024年：≥12；2025年：≥8` beside a 度量单位 cell `处`: each year's figure in that unit)
            # (a placeholder there, `无`, glued reads no figure: the bare figure kept, as a one-year cell's)
            if (glued := split_target(written + unit)).value is not None:
                written, target = written + unit, glued
        label = m.group("y") + ("年度" if "年度" in piece[m.end("y"):m.start("t")] + piece[m.end("t"):] else "年")
        parts.append((int(m.group("y")), written, target, label))
    # the unit written once, after the last year's figure (`2024年：≥40；2025年：≥30公里`): each bare figure's
    # before it too, as a range's one unit is both ends' (only where gluing it reads that same unit)
    # (a note in brackets after it, `≥30公里（含改造）`, is that year's alone: the unit before it, not the note)
    if len(parts) >= 2 and parts[-1][2].unit \
            and (tail := OWN_UNIT.search(_TAIL_NOTE.sub("", parts[-1][1]))) is not None \
            and all(p[2].value is not None and p[2].unit is None for p in parts[:-1]):
        glued = [split_target(p[1] + tail.group(1)) for p in parts[:-1]]
        if all(g.value is not None and g.unit == parts[-1][2].unit for g in glued):
            parts[:-1] = [(p[0], p[1] + tail.group(1), g, p[3]) for p, g in zip(parts[:-1], glued)]
    years = [p[0] for p in parts]
    if len(parts) < 2 or len(set(years)) != len(years):
        return None
    # the form's year, else the first year after it (`2020年：35%；2025年：≥38%` in a 2024 form: a baseline and
    # the goal, the goal the target); none when the form's year is unknown or after every year written
    chosen = None if year is None else next((p for p in parts if p[0] == year), None) or min(
        (p for p in parts if p[0] > year), key=lambda p: p[0], default=None)
    if chosen is None:
        return None
    t = chosen[2]
    t = replace(t, qualifier=chosen[3] + (f"；{t.qualifier}" if t.qualifier else ""))
    # (a date written whole with its year, `2025年6月底前`, `2025年底前`; a quantity after its year's label)
    rest = "；".join(p[2].target_text if p[2].target_text and p[2].target_text.startswith(str(p[0])) and p[2].op is None
                    else f"{p[3]}：{p[1]}" for p in parts if p is not chosen)
    return t, rest
