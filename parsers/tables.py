"""Table readers: indicator, score, budget, safeguard and assessment tables.

Each reader takes the table's `Header` and its rows and returns raw records
(values as written, with page/line). Cells are placed by `assign_roles`,
so shifted cells, merged cells left empty and cells missing from a dump
are handled by one mechanism instead of per-template positions.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from normalize._cache import value_cache
from normalize._lazy_re import lazy, lazy_regex

from extract.grid import Cell, ParseWarning, joining_end
from jixiao.checks import BONUS_LEVEL, EXTRA_LEVEL, MIXED_LEVEL, SECTION_LEAD, SECTION_NOUN, fmt_points
from normalize.amounts import (CURRENCY_BEFORE, PERCENT_POINTS, column_negative, is_capital_amount, mixed_as_decimal,
                               parse_count, parse_number)
from normalize.dates import A_DAY, DEADLINE_SUFFIX, MONTH_ALONE, MONTH_PART, STEP_TIME, YEAR_PART_TIME, parse_date
from normalize.text import SEAL_WORDS, SIGN_WORDS, STAMP_NOTE
from normalize.records import (DIRECTION_OPS, FULL_MARKS, FULL_WORDS, GRADE_WORDS, KIND_WORD, LE_CAP, NAME_UNITS,
                               POINTS_AT_END, given_score, name_unit, normalize_assessment_item, points_each, points_less,
                               SCORE_WORDS, WORD_STOP)
from normalize.targets import (DEADLINE_TAIL, FOOTNOTE_MARK, FOOTNOTE_MARKS, SUPERSCRIPT_DIGITS, SUPERSCRIPT_MARK, NOTE_BRACKETS, OWN_UNIT, PREFIX_SYMBOLS, PREFIX_WORDS, SUFFIX_WORD_ALONE, SUFFIX_WORDS,
                               YEAR_LEAD, YEAR_TAIL, _cn_int, runs_name_into_figure, split_target)
from normalize.text import CIRCLED_NO, INDICATOR_NAME_END, circled_number, mend_ocr_digits, strip_numbering
from parsers import labels as L
from parsers.core import (number_group_cut, _WHOLE_BRACKETS, points_cell, _SECTION_POINTS_HEAD, POINTS_WORDED as _POINTS_WORDED, SCORE_RULE_HEAD as _SCORE_RULE_HEAD, BARE_FIGURE, _BRACKETED, as_written, _SECTION_NO, _WS, bare_fold, FREE_TEXT_ROLES, Header, Row, assign_roles, cell_header_roles,
                          clean, detect_header, fold,
                          HEADER_INDEX, NAME_COLON_TARGET, OP_TARGET, header_key, header_role, pieces_joined,
                          is_block_label, is_child, is_title,
                          match_field, so_far_head, split_name_and_target, ticked_options,
                          is_placeholder, label_key, level_info, level_key, warn)

# `1,080.00`, `1，286.40`, `2 572.80` (a space between thousands)
_NUM = re.compile(rf"^\s*(?:{CURRENCY_BEFORE})?\s*[-+]?(?:\d(?:[\d,，]|\s(?=\d{{3}}(?!\d)))*(\.\d+)?|\.\d+)\s*(分|元|万元)?\s*$")
_PCT = lazy(r"^\s*[-+]?\d+(\.\d+)?\s*[%‰％]\s*$")
_OP = lazy(r"^\s*(≥|≤|>=|<=|》=|《=|=|＝|>|<|＞|＜|≧|≦|≈|~|约|不低于|不高于|不少于|不超过|大于|小于)")
_NUMBERED = lazy(r"^\s*指标\s*\d+\s*[:：]")
_HAS_DIGIT = lazy(r"\d")
_POWER_UNIT = lazy(r"^\s*10\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]|\^|\*\*)")   # `10⁴m3`, `10^4t`: a unit named in a power of ten
_SUFFIX_WORD = lazy("(?:" + "|".join(sorted(SUFFIX_WORDS, key=len, reverse=True)) + r")\s*$")
_LEVEL_SUFFIX = lazy(r"(指标|目标)\s*([(（][^()（）]*[)）])?\s*[:：]?\s*$")
# a 指标性质 / 符号 cell holding only an operator: the target normalizer's own vocabulary (≥ ≈ 》= 不低于 …)
# (`> =`: a sign typed with a space inside, as the normalizer reads it)
_OP_ONLY = lazy(r"^\s*(" + "|".join(r"\s*".join(re.escape(c) for c in w) for w in sorted(
    {*PREFIX_SYMBOLS, *PREFIX_WORDS, "等于"}, key=len, reverse=True)) + r")\s*$")
# an adjustment request's 调整后指标值 saying the target stays as it was
# what a column of its own with no head naming it may hold to be read as the operator column: signs and words of
# comparison only (not `达到` / `超过` / `约` of a 达标情况 column saying whether each target was reached)
_COMPARE_ONLY = lazy(r"^\s*(" + "|".join(r"\s*".join(re.escape(c) for c in w) for w in sorted(
    {*PREFIX_SYMBOLS, *(w for w in PREFIX_WORDS if w.endswith("于") or w in ("不超过", "不足", "至少", "最多"))},
    key=len, reverse=True)) + r")\s*$")
# a target after an adjustment, or an adjustment's kind (调整类型 / 调整方式), that drops the indicator (`删除`, `取消`,
# `该指标取消`)
DROPPED = re.compile(r"^(?:已|予以)?(?:删除|取消|删去|撤销|不再设置|不再考核)(?:该|此|本)?(?:指标)?[。.]?$"
                     r"|^(?:该|此|本)?指标(?:已|予以)?(?:删除|取消|删去|撤销)[。.]?$")
# (`未作调整。`, `（不变）` too: review rv89; `无` is a target, `安全事故 | 无`, no word of no change here as in forms)
_UNCHANGED = lazy(L.no_change_cell())
# a target before and after an adjustment in one cell (`调整前：≥20公里；调整后：≥15公里`, over two lines)
_TARGET_BEFORE_AFTER = lazy(r"^\s*(?:调整前|原)(?:指标值|目标值)?\s*[:：]\s*(\S.*?)\s*[；;，,。]?\s*"
                                  r"(?:调整后|调整为|现)(?:指标值|目标值)?\s*[:：]\s*(\S.*?)\s*[；;。]?\s*$", re.S)
_NATURE = lazy(r"^\s*(?:定性|定量|正向|反向|中性)(?:指标)?\s*$")   # 指标性质 that is no operator (定性指标 too)
# (a box ticked or not, or a tick, the marks the option fields read, L.TICK_MARKS / L.BOX_MARKS: `■`, `☒`, `✔` were read
# as no core, the core flags knowing only √ and ☑, review rv3)
_CORE_FLAG = lazy(rf"^\s*(是|否|★|☆|[{L.TICK_MARKS}{L.BOX_MARKS}]|Y|N|y|n|核心|非核心)\s*$")
_CORE_YES = lazy(rf"^\s*(是|★|[{L.TICK_MARKS}]|Y|y|核心)\s*$")
_CORE_OPTIONS = frozenset({"是", "否", "核心", "非核心"})


def _core_options(text: str) -> list[str] | None:
    """The ticked options of a core cell written as boxed options (`☑是 ☐否`, `□是 ■否`), else None."""
    if _CORE_FLAG.match(text):
        return None
    got = ticked_options(text)
    if got is None or not set(got) <= _CORE_OPTIONS:
        return None
    labels = re.sub(rf"[{L.TICK_MARKS}{L.BOX_MARKS}\s]", " ", text).split()
    return got if labels and set(labels) <= _CORE_OPTIONS else None


def _core_yes(text: str) -> bool:
    """Is a core cell's flag a yes (`是`, `★`, a tick, `☑是 ☐否`)?"""
    opts = _core_options(text)
    if opts is not None:
        return any(o in ("是", "核心") for o in opts)
    return bool(_CORE_YES.match(text))
# a name with the points it is worth after it (folded): `决策（10分）`, `产出(满分40分)`, `效益（共30分）`, `过程（权重：20分）`,
# `预算执行率得分（分值10分）`, `决策(10)` (the points' 分 left out), `决策 10分` (no brackets; after a Chinese name, so
# that `5G建设` keeps its digits); a name over two lines too (`产出指标\n（40分）`); in 【】 or with a colon after the
# name or the points (`决策【10分】`, `决策（10分）：`, `决策：（10分）`: they kept their points, the lead)
_POINTS_SAID = lazy(r"^(.*?\S)\s*[:：]?\s*(?:[(（【]\s*(?:满分|共|计|分值|权重)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分?\s*[)）】]"
                    r"|(?<=[\u4e00-\u9fff])\s*(\d+(?:\.\d+)?)\s*分)\s*[:：]?$", re.S)


_POINTS_SAID_END = (")", "）", "】", "分", ":", "：")


@value_cache(maxsize=1 << 16)   # (a pure function of its texts, asked of the same cells form after form, sp12)
def points_said(text: str | None) -> tuple[str, str] | None:
    """A name and the points written after it, (`决策`, `10`) for `决策（10分）` (the words and spellings above), else
    None: a score table's level 1 (its name then without them, the points its rows' level1_weight), an indicator's
    level 1 (its level1_weight; the name kept as written) and a 预算执行率 row's label (its weight) read alike."""
    if not text:
        return None
    folded = fold(text).strip()
    # (the pattern ends on a bracket, 分 or a colon: a text ending otherwise, most names, skips its lazy scan)
    said = _POINTS_SAID.match(folded) if folded.endswith(_POINTS_SAID_END) else None
    # (the name as written, `決策（10分）` -> `決策`, not folded: review mend)
    return (as_written(text.strip(), folded, 0, said.end(1)), said.group(2) or said.group(3)) if said else None


# the head of an indicator's name before an adjustment (调整前三级指标 / 原指标名称), beside its name after it
_BEFORE_NAME = lazy(rf"^(?:{'|'.join(L.STAGE_BEFORE_WORDS)})(?:三级)?指标(?:名称)?$")


# a rate's or a progress's head declaring its figures percent (`执行率（%）`, `预算执行率(%)`, `执行率（单位：%）`, `完成进度（%）`)
PERCENT_HEAD = lazy(r"[(（]\s*(?:单位\s*[:：]?\s*)?[%％]\s*[)）]")


@value_cache(maxsize=1 << 16)
def is_number(text: str) -> bool:
    # (`2O`: OCR's O; `壹佰万元整`, `人民币壹佰贰拾万元整（¥1,200,000.00）`: an amount in capital numerals)
    # (`460 1/2`: a mixed number, as a fraction format shows an amount)
    return bool(_NUM.match(mended := mend_ocr_digits(fold(text))) or _NUM.match(mixed_as_decimal(mended))) \
        or is_capital_amount(text)


@value_cache(maxsize=1 << 16)
def cell_features(text: str) -> tuple:
    """Given a cell, return what the role scorers look at, computed once per distinct text:
    (level-1 category, level-2 category, bare level name, numbered `指标N：`, target strength,
    is a percentage, is a number)."""
    c1, c2, key = level_info(text)
    return (c1, c2, key, bool(_NUMBERED.match(text)), target_strength(text),
            bool(_PCT.match(fold(text))), is_number(text))


_NAME_END = INDICATOR_NAME_END       # (normalize.text: one list with extract.txt's)


def _label_like(text: str) -> bool:
    """An unknown level name still looks like one: short, no digits, not ending like an indicator
    name (`市民知晓率`, `12345市民热线工单满意度` are names)."""
    t = text.strip()
    return len(t) <= 10 and not _HAS_DIGIT.search(t) and not _NAME_END.search(t)


@value_cache(maxsize=1 << 16)
def target_strength(text: str) -> int:
    """Given a cell, return 2 when it reads as a quantity target (`≥90%`, `=45人`), 1 for a short word, 0 else."""
    t = fold(text).strip()
    if _OP.match(t) or _PCT.match(t):
        return 2
    if _HAS_DIGIT.search(t) and len(t) <= 16 and not runs_name_into_figure(text):
        # (a name run into its figure, `验收合格率95%以上`, is a packed row's name and target: split_target reads it
        # since hunt tg19, yet alone it is no target cell — rated by its length, as before; hunt tg20)
        tg = split_target(text)
        if tg.value is not None or tg.op is not None:
            return 2                 # one quantity (`=45人`, `2-4小时`); `12345市民热线满意度` is a name
    return 1 if len(t) <= 8 else 0


# ---------------------------------------------------------------- indicators

@dataclass
class LevelCtx:
    l1_cat: str | None = None


_POINTS_ONLY = lazy(r"^\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$")
# an indicator's 得分 written in words: full marks (its 分值) or none
# (`全得` / `得全分` / `全部得分`: full marks too, as 满分 — `全得` was no score, the row's score lost)
_FULL_WORD = lazy(FULL_WORDS)
_SCORE_WORD = lazy(rf"^\s*(?:{SCORE_WORDS})\s*{WORD_STOP}\s*$")
# an indicator's points and score in one cell under a `分值/得分` head: `20/18`, `10／9.5`, `20/满分` (folded); the score
# in words _SCORE_WORD's (`20/全得`, `20/得全分`: no pair, the row's score lost — its own list had only 满分; hunt tg23)
# (`20/未扣分。`: its words' full stop too, as _SCORE_WORD's — no pair, the row's score lost, review rd66)
_POINTS_PAIR = lazy(rf"^\s*(\d+(?:\.\d+)?)\s*分?\s*/\s*(\d+(?:\.\d+)?\s*分?|(?:{SCORE_WORDS})\s*{WORD_STOP})\s*$")
# a score and its points, one in brackets after the other, under a `得分（分值）` / `分值（得分）` head: `8（10）`,
# `9.5(10分)`, `10（8）` (folded)
_SCORE_OF_POINTS = lazy(r"^\s*(\d+(?:\.\d+)?)\s*分?\s*[(]\s*(\d+(?:\.\d+)?)\s*分?\s*[)]\s*$")


# a head naming the score and the points, one in brackets after the other or the two with a slash between (folded):
# `得分（分值）`, `自评得分（满分）`, `得分/分值`, the score first; `分值（得分）`, `权重（自评得分）`, `分值/得分`, the points first
# (`评分（分值）`, `实得分（分值）`, `自评分（满分）`: the score by another name, first too — it was no order, a bonus
# `103（100）` under it read as 103 points, 100 scored, hunt lg)
_SCORE_WORD_HEAD = L.SCORE_GIVEN
_HEAD_SCORE_FIRST = lazy(r"^\s*" + _SCORE_WORD_HEAD + r"\s*[(/]\s*(?:指标)?(?:分值|权重|满分|标准分)")
_HEAD_POINTS_FIRST = lazy(r"^\s*(?:指标)?(?:分值|权重|满分|标准分)\s*[(/]\s*" + _SCORE_WORD_HEAD)


def pair_order(header: Header) -> str | None:
    """Which figure of a `8（10）` cell is the score, as the score column's head names them: "score" when the head
    names the score first (`得分（分值）`), "points" when it names the points first (`分值（得分）`), else None."""
    return head_pair_order(next((c.text for c in header.row.cells if c.col == header.cols.get("score")), ""))


def head_pair_order(head: str | None) -> str | None:
    """pair_order of a head cell's text (a score table's, or a money matrix's score column beside 执行率)."""
    head = fold(head or "")
    return "score" if _HEAD_SCORE_FIRST.match(head) else "points" if _HEAD_POINTS_FIRST.match(head) else None


def points_pair(text: str, order: str | None = None) -> tuple[str, str] | None:
    """`20/18` under a `分值/得分` head -> ("20", "18"): the points, then the score (`满分` the points, `不得分` 0);
    `8（10）` under a `得分（分值）` head -> ("10", "8"): the score with its points in brackets after it; `10（8）` under
    a `分值（得分）` head -> ("10", "8"); `8.5/10` under `得分/分值` -> ("10", "8.5"). `order` is the head's
    (`pair_order`): the figure it names first is the score ("score") or the points ("points") — `103（100）` under
    `得分（分值）` is a score of 103 with bonus points (加分项) over the table's 100 (it was read as 103 points, 100 scored,
    hunt sc2); with no head to say (None), the smaller figure in brackets is the score (`15（15）` either way;
    `分值（得分）`'s cells were lost, review rv4), and a slash's first figure the points."""
    t = fold(text)
    m = _POINTS_PAIR.match(t)
    if m is None:
        b = _SCORE_OF_POINTS.match(t) if "(" in t else None
        if b is None:
            return None
        if order == "score" or (order is None and float(b.group(1)) <= float(b.group(2))):
            return b.group(2), b.group(1)
        return b.group(1), b.group(2)
    got = m.group(2).strip()
    if order == "score" and is_number(got.rstrip("分")):
        return got.rstrip("分").strip(), m.group(1)        # `8.5/10` under `得分/分值`: the score, then its points
    return m.group(1), m.group(1) if _FULL_WORD.search(got) else "0" if _SCORE_WORD.match(got) else got.rstrip("分").strip()


def pair_beside(text: str, order: str | None, points: str | None) -> tuple[str, str] | None:
    """`points_pair` of a score cell in a row with its own 分值 (`points`, else None): under a head that names no
    order, `8.5/10` beside the 分值 `10` is 8.5 out of those points — the figure that is not the row's points the score
    (the 10 was taken for the score, every row full marks, or the score lost, hunt sc2)."""
    pair = points_pair(text, order)
    if pair is not None and order is None and points is not None \
            and parse_number(pair[1]) == parse_number(points) != parse_number(pair[0]):
        return pair[1], pair[0]
    return pair


def indicator_scorer(ctx: LevelCtx, forced: dict[int, str], so_far: bool = False, value_note: bool = False):
    # so_far: the progress column is a value reached so far (1-6月实际完成值), a value of the target's kind as
    # 实际完成值 is, not a share done (`1100万亩` under it was taken for the 偏差原因 right of it)
    # value_note: the note column is a value of its own kind too (全年预计完成值 right of 1-8月实际完成值), so its cell
    # stays under it when the so-far one left of it is a dash (`≥90% | — | ≥90%`: the forecast was the progress)
    first_label_is_l1 = "level1" in forced.values()

    def score(cell: Cell, role: str) -> float:
        if id(cell) in forced:
            return 5.0 if forced[id(cell)] == role else -5.0
        return _indicator_score(cell.text, role, ctx.l1_cat, first_label_is_l1, so_far, value_note)

    def row(cell: Cell, roles: tuple[str, ...]) -> tuple[float, ...]:
        """The cell's score for each of the roles (`assign_roles` asks for them all at once)."""
        if id(cell) in forced:
            own = forced[id(cell)]
            return tuple(5.0 if own == r else -5.0 for r in roles)
        return _indicator_scores(cell.text, roles, ctx.l1_cat, first_label_is_l1, so_far, value_note)
    score.row = row       # type: ignore[attr-defined]
    return score


@value_cache(maxsize=1 << 16)
def _indicator_scores(text: str, roles: tuple[str, ...], l1_cat: str | None, first_label_is_l1: bool,
                      so_far: bool, value_note: bool = False) -> tuple[float, ...]:
    """`_indicator_score` of a text for each of a table's roles (the same texts meet the same roles row after row)."""
    return tuple(_indicator_score(text, r, l1_cat, first_label_is_l1, so_far, value_note) for r in roles)


@value_cache(maxsize=1 << 17)
def _indicator_score(text: str, role: str, l1_cat: str | None, first_label_is_l1: bool, so_far: bool,
                     value_note: bool = False) -> float:
    """`indicator_scorer`'s score of a cell no row forces: a function of its text, the role, the level 1 above and
    the row's two flags only (computed once per distinct text and role: the same cells, `≥95%`, `健全`, recur)."""
    c1, c2, key, numbered, strength, pct, num = cell_features(text)
    amb = c1 is not None and c2 is not None
    if role == "level1":
        if amb:
            return 2.0 if (first_label_is_l1 or not is_child(l1_cat, key)) else 0.3
        if c1:
            return 3.0
        if _POINTS_ONLY.match(text):
            return 2.0                             # `（30分）`: a level-1 cell showing only its points
        return -3.0 if c2 or not _label_like(text) else -1.5
    if role == "level2":
        if amb:
            return 2.5 if (not first_label_is_l1 and is_child(l1_cat, key)) else 1.0
        if c2:
            return 3.0
        return -3.0 if c1 or not _label_like(text) else -1.0
    if role == "seq":                              # 序号: a small number, nothing else
        return 2.0 if _SEQ.match(text) else -3.0
    if c1 or c2:
        return -3.0
    if role.startswith("col:"):
        return 0.1                                 # a column no role names: kept in note
    if role == "level3":
        if numbered:
            return 3.0
        return -0.5 if strength == 2 else 1.5
    if numbered:
        return -3.0
    if role in ("target", "target_long"):
        return (0.2, 1.0, 2.5)[strength]
    if role in ("target_adj", "target_prev"):
        return (0.1, 0.5, 1.5)[strength]
    if role in ("op_long", "unit_long"):
        role = role[:-5]                           # (a medium-term value's own operator and unit)
    if role == "unit_actual":
        role = "unit"                              # (the actual's own unit, 实际完成值 | 单位)
    if role == "op":
        return 2.5 if _OP_ONLY.match(fold(text)) or _NATURE.match(text) else -1.0
    if role == "unit":
        t = text.strip()
        if num or pct:
            return -1.0                            # (`30%` beside an empty 度量单位: a weight, no unit)
        return 1.5 if len(t) <= 3 else 0.3 if len(t) <= 6 else -1.0
    if role == "core":
        return 2.0 if _CORE_FLAG.match(text) or _core_options(text) is not None else -1.0
    if role == "actual" or (role == "note" and value_note):
        return (0.2, 0.8, 1.5)[strength]
    if role == "progress":
        if so_far:
            return (0.2, 0.8, 1.5)[strength]
        return 2.0 if pct else -0.5
    if role == "score" and (_SCORE_WORD.match(text) or points_pair(text)):
        return 2.0                                 # 得分 `满分` / `不得分`: a score given in words (was the deviation)
    if role in ("weight", "score"):
        return 2.0 if num else -0.5 if pct else -2.0   # (权重 `30%`, under its column, over an empty 度量单位)
    return 0.3                                     # note, deviation


@dataclass
class IndicatorRow:
    roles: dict[str, Cell]
    row: Row
    l1: Cell | None = None
    l2: Cell | None = None
    explicit1: bool = False
    explicit2: bool = False
    horizon: str | None = None


@lru_cache(maxsize=1 << 16)
def horizon_of(text: str) -> str | None:
    """Given a short section label, return `long_term` (长期/中期绩效指标) or `annual` (年度绩效指标), else None."""
    t = "".join(fold(text).split()).rstrip(":：")      # (a label wrapped in its cell: 年度绩\n效目标)
    t = _SECTION_NO.sub("", t)                          # 二、中期绩效指标, (一)年度绩效目标
    if len(t) > 12:
        return None
    if L.HORIZON_LONG.match(t):
        return "long_term"
    if L.HORIZON_ANNUAL.match(t):
        return "annual"
    return None


_MULTIPLIERS = frozenset({"万", "亿", "千", "百", "十万", "百万", "千万"})
# a note in brackets at a value's end: `≥95%（省级标准）`, `≥90%【抽样调查】`
_END_NOTE = lazy_regex(rf"\s*(?:[(（][^()（）]*[)）]|{NOTE_BRACKETS})\s*$")


# a 计量单位 cell holding only the word after a quantity (`以上`, `及以下`, `左右`): a part of the target
_BARE_SUFFIX = lazy_regex(rf"^\s*(?:{SUFFIX_WORD_ALONE})\s*$")
# a 计量单位 cell holding only the end of a deadline (`12月底` | `前`): no unit, the rest of the date's words
# (`2024年6月` | `底前`, `12月` | `底`, `11月` | `末`: the end of the month's words too; `每季度末` | `前`, no figure: the
# date in words, its `前` kept too)
# a date written in words ending on its period (`每季度末`, `年底`, `每月`, `次年一季度`): a deadline's `前` beside it joins
_PERIOD_END = lazy_regex(r"(?:[年月季旬周]度?[底末初]?|[底末])\s*$")
_DEADLINE_TAIL = lazy_regex(rf"^\s*{DEADLINE_TAIL}\s*$")   # (the one list, normalize.targets.DEADLINE_TAIL)


def _target_text(body: dict[str, Cell], role: str) -> str | None:
    """The target as written; with 指标性质 / 度量单位 columns the three cells joined: `≥` `90` `%` -> `≥90%`."""
    cell = body.get(role)
    if cell is None:
        return None
    text = cell.text.strip()
    op = body.get("op")
    unit = body.get("unit")
    if op is not None and _OP_ONLY.match(fold(op.text)) and not _OP.match(fold(text)):
        text = op.text.strip() + text
    mark = FOOTNOTE_MARK.search(text) if unit is not None else None
    if mark is not None and mark.start() > 0 and _HAS_DIGIT.search(text[:mark.start()]):
        # `≥98%注1` under 指标值, `%` under 计量单位: the unit joins the value before the footnote's mark (it was
        # `≥98%注1%`)
        head = _target_text({"target": replace(cell, text=text[:mark.start()]), "unit": unit}, "target")
        return (head or "") + text[mark.start():]
    note = _END_NOTE.search(text)
    if unit is not None and note is not None and note.start() > 0:
        # `≥95%（省级标准）` under 指标值, `%` under 度量单位: the unit joins the value before its note (it was
        # `≥95%（省级标准）%`); a note that is the unit itself (`90（%）`) is left as written
        u = unit.text.strip()
        inner = note.group(0).strip()[1:-1].strip()
        if inner == u or fold(inner) == fold(u):
            return text
        head = _target_text({"target": replace(cell, text=text[:note.start()]), "unit": unit}, "target")
        return (head or "") + text[note.start():]
    if unit is not None and text and not _HAS_DIGIT.search(text) and _HAS_DIGIT.search(unit.text) \
            and split_target(unit.text).unit is not None and not _POWER_UNIT.match(unit.text) \
            and split_target(joined := text + unit.text.strip()).value is not None:
        # `较上年增长` under 指标值, `10%` under 计量单位; `同比增长不低于 | 10%`, `新建 | 3个`: the words of the target
        # in its cell, its figure and unit in the unit's — one target, `较上年增长10%` (the figure was lost, the words
        # text; hunt tg14); a figure and its unit only: not a bare figure, `降低 | 10` (a weight or another column's
        # figure shifted in), nor a unit named in a power of ten, `新建 | 10⁴m3` (万立方米; it read `=` 10000 m3 —
        # review rv46)
        return joined
    if unit is not None and text and not text.endswith(unit.text.strip()) and not _HAS_DIGIT.search(text) \
            and _DEADLINE_TAIL.match(fold(unit.text)) and _PERIOD_END.search(fold(text)):
        text = text + unit.text.strip()          # `每季度末` beside `前`: 每季度末前 (the `前` was lost)
    elif unit is not None and text and not text.endswith(unit.text.strip()) and _HAS_DIGIT.search(text):
        suffix = _SUFFIX_WORD.search(text)
        if suffix is not None and text[:suffix.start()].rstrip()[-1:].isdigit():
            # `70左右` under 指标值, `%` under 度量单位: 70%左右, the unit before the word
            text = text[:suffix.start()].rstrip() + unit.text.strip() + text[suffix.start():]
        elif _BARE_SUFFIX.match(fold(unit.text)) or _DEADLINE_TAIL.match(fold(unit.text)):
            # `90%` under 指标值, `以上` under 计量单位: 90%以上; `12月底` beside `前`: a deadline, 12月底前
            text = text + unit.text.strip()
        else:
            own = OWN_UNIT.search(fold(text))
            u = unit.text.strip()
            if own is None or own.group(1) in _MULTIPLIERS:
                text = text + u                  # (`≤2.6万` over `元`: 2.6万元)
            elif u.startswith(own.group(1)):
                text = text[:len(text) - len(own.group(1))] + u     # (`≥5次` beside `次/周`: ≥5次/周)
            # (`28.8万元` under 指标值, `%` under 计量单位: the cell's own unit)
    return text


@lru_cache(maxsize=1 << 16)
def _no_value(text: str) -> bool:
    """Template filler (is_placeholder), also once its numbering is cut (`指标1：` alone): no value of a table's row."""
    return is_placeholder(text) or is_placeholder(strip_numbering(text) or "")


def _side_label(c: Cell, row: Row, header: Header) -> bool:
    """Is `c` the label of the table's block (绩效指标, 评分表) beside its rows, not a value? The first cell
    of a row, naming a block, and not under a level-2 or level-3 header (`绩效目标` is also the name of
    a level-2 item of the 评价指标体系: 决策 | 项目立项 … | 绩效目标 | 6). (The readers ask it of a row's first cell
    only, `c is row.cells[0] and …`: it is asked of every row.)"""
    if c is not row.cells[0] or not is_block_label(c.text):
        return False
    if header.kind == "score" and (_outline_level(c.text) or (0,))[0] in (2, 3):
        return False        # `（二）绩效目标 | 5 | | 4`: a level 2 of a 评分表 of outline-numbered levels in one column
    for role, span in header.all_cols.items():
        if role in ("level2", "level3") and span[0] <= c.col <= span[1]:
            return False
    return True


# (a label's sign word spaced out in its brackets, `评审专家（签 字）：王刚`, is no space of the line: it was an indicator
# row, review rv133)
_REMARK = lazy(r"^\s*(?:[(（]?\s*(?:备\s*注|附\s*注|注|说\s*明|填表说明|填报说明)\s*[)）]?\s*\d*\s*[:：]"
               rf"|(?!指标\s*\d)[^\s:：]{{2,12}}(?:\s*[(（]\s*{SIGN_WORDS}\s*[)）])?\s*[:：]\s*\S)")


def is_remark(text: str) -> bool:
    """Is a row's only cell a remark (`备注：…`, `注：…`) or a `label：value` line (`村级公示时间：2025年2月10日…`),
    not an indicator? An indicator row has its name and its target in cells of their own; a row of one cell
    is a section label, the rest of a row broken over lines (`>=95%`), or a remark."""
    t = text.strip()
    return bool(_REMARK.match(t)) and not any(level_info(re.split(r"[:：]", t, maxsplit=1)[0])[:2])


# a footnote's line under an indicator table (`注：①以省统计年鉴数据为准；②…`, `注1：以…为准`, `注：※…；①…`): each mark's
# note, joined to the targets that mark follows (`≥95%①`, `≥98%注1`, `≥95 | %※`: the mark their qualifier)
_FOOTNOTE_LEAD = lazy(r"^\s*(?:[(（]?\s*(?:注|备注|说明)\s*[)）]?\s*[:：]\s*|(?=注\s*(?:\d{1,2}|[①-⑳])\s*[:：.、]))")
# (`注：1.以…为准；2.以…为准`: the notes numbered, for the marks `¹`, `注1`, `[1]` after the targets)
_FOOTNOTE_ITEM = lazy(rf"(?:^|(?<=[；;。，,\s]))\s*(?P<m>{FOOTNOTE_MARKS}|{SUPERSCRIPT_MARK}"
                            r"|\d{1,2}(?=\s*[.、．](?!\d)))\s*[:：.、．]?\s*(?=\S)")


def _footnote_key(mark: str) -> str:
    """A footnote's mark as both ends write it: `注1`, `[1]`, `¹` -> `1`; `注①`, `①` -> `①`; `※`, `*` as written."""
    return re.sub(r"^注\s*|[\[\]\s]", "", mark).translate(SUPERSCRIPT_DIGITS)


def footnote_lead(text: str) -> bool:
    """Given a line under an indicator table, return True when it opens footnotes (`注：`, `注：①…`, `注1：…`)."""
    return _FOOTNOTE_LEAD.match(text) is not None


def join_footnotes(records: list[dict], text: str, continued: bool = False) -> bool:
    """Given indicator records and a line under their table, join each of the line's footnotes (`注：①以省统计年鉴数据
    为准。②…`) to the note of the records whose target (or 计量单位 cell) ends in its mark; return True when the line is
    such footnotes and one was joined. `continued`: the line goes on with the footnotes of a `注：` line above it, its
    own lead not written (`注：` over `1.以…为准；` over `2.以…为准。`)."""
    lead = _FOOTNOTE_LEAD.match(text)
    if lead is None and not continued:
        return False
    body = text[lead.end():] if lead is not None else text
    items = list(_FOOTNOTE_ITEM.finditer(body))
    if not items or items[0].start() != 0 and body[:items[0].start()].strip():
        return False
    notes = {}
    for n, m in enumerate(items):
        end = items[n + 1].start() if n + 1 < len(items) else len(body)
        note = body[m.end():end].strip().rstrip("；;。，,").strip()
        if note:
            notes.setdefault(_footnote_key(m.group("m")), note)
    joined = False
    for rec in records:
        for raw in (rec.get("target_raw"), rec.get("unit_raw")):
            mark = FOOTNOTE_MARK.search(clean(raw)) if raw else None
            if mark is not None and mark.start() > 0 and (note := notes.get(_footnote_key(mark.group("q")))):
                if note not in (rec.get("note") or ""):
                    rec["note"] = "；".join(x for x in (rec.get("note"), note) if x)
                joined = True
                break
    return joined


_DEADLINE = lazy(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:前|之前|以前)(?:完成)?$")
_TARGET_AND_ACTUAL = lazy(r"^\s*(?:年度)?目标(?:值)?\s*[:：]?\s*(?P<t>\S.*?)\s*(?:(?:[,，;；]\s*|\s+)(?:实际(?:完成)?|完成)"
                                r"|实际(?:完成)?)(?:值|情况)?\s*[:：]?\s*(?P<a>\S.*?)\s*[。;；]?\s*$")


def _levels_one_column_up(header: Header, rows: list[Row]) -> Header | None:
    """一级指标 | 二级指标 | 指标值 with no 三级 column, whose 一级 column holds only kinds of level 2 (数量指标 /
    质量指标; a 2018-style form's also 成本指标 / 满意度指标, kinds of either level, beside them: half its
    cells or more kinds of level 2 only) and whose 二级 column holds the indicators' names: each level printed
    one column up. Return the header with the 一级 column read as level 2 and the 二级 column as level 3 (None
    when not so)."""
    cols = header.cols
    if "level3" in cols or "level1" not in cols or "level2" not in cols:
        return None
    under1 = [c for r in rows for c in r.cells if c.col == cols["level1"] and c.text.strip()]
    under2 = [c for r in rows for c in r.cells if c.col == cols["level2"] and c.text.strip()]
    if not under1 or len(under2) < 2 or len(under2) <= len(under1):
        return None
    infos = [level_info(c.text) for c in under1]
    if not all(info[1] for info in infos) or 2 * sum(1 for info in infos if not info[0]) < len(infos):
        return None
    if sum(1 for c in under2 if not any(level_info(c.text)[:2])) < 0.8 * len(under2):
        return None
    moved = {("level2" if r == "level1" else "level3" if r == "level2" else r): c for r, c in cols.items()}
    return Header(header.kind, moved, sorted(moved, key=lambda r: moved[r]), header.row, header.extra, header.widths)


def _row_numbers(header: Header, rows: list[Row]) -> list[Row]:
    """The rows' own numbers, `一` / `二` / `三` (`1` / `2`, `（一）`) down a column left of every head (its head left
    blank) or under a 序号 head: no level nor name — each cell dropped (`二` beside an empty level-1 cell was read as
    that level 1, the others unplaced_cell warnings: review rv57). Two of them at least make the column; a row
    holding nothing else keeps its number."""
    seq = header.all_cols.get("seq")
    first = min((c.col for c in header.row.cells if c.text.strip() and not (seq and _under_col(seq, c.col))),
                default=None)
    if first is None:
        return rows

    def number(c: Cell, row: Row) -> bool:
        return (c.col + c.colspan <= first or seq is not None and _under_col(seq, c.col)) \
            and bool(_SEQ.match(c.text) or _CN_SEQ.match(c.text)) and len(row.cells) > 1

    body = {id(r) for r in rows if r.grid is not None and r.grid is header.row.grid}
    if sum(1 for r in rows if id(r) in body for c in r.cells if number(c, r)) < 2:
        return rows
    return [replace(r, cells=[c for c in r.cells if not number(c, r)], _header=0)
            if id(r) in body and any(number(c, r) for c in r.cells) else r for r in rows]


def _header_one_column_left(header: Header, rows: list[Row]) -> Header | None:
    """`| 二级目标 | 三级目标 | 目标值 | 备 注` (闵行 2020, sample 000) over `绩效目标 | 产出目标 | 数量 | name | ≥200人次 |
    培训签到表`: the head of the level-1 column was dropped and every head written one column left of its column, so
    the level 1s (产出目标 / 效果目标) stand under 二级目标, the level 2s (数量 / 社会效益) under 三级目标, the rows
    reaching one column past the header. Return the header put back over its columns, the level 1 in the column
    left of the level 2 (None when not so). Rows whose 备注 was empty were read one column off: the name as the
    target, the target (`提升`, `18条`) as the note."""
    cols = header.cols
    if "level1" in cols or "level2" not in cols or "level3" not in cols or "target" not in cols:
        return None
    body = [r for r in rows if r.grid is not None and r.grid is header.row.grid and r.cells]
    last = max(c.col + c.colspan - 1 for c in header.row.cells)
    if not any(c.col == last + 1 for r in body for c in r.cells) \
            or any(c.col + c.colspan - 1 > last + 1 for r in body for c in r.cells):
        return None
    under2 = [level_info(c.text) for r in body for c in r.cells if c.col == cols["level2"] and c.text.strip()]
    under3 = [level_info(c.text) for r in body for c in r.cells if c.col == cols["level3"] and c.text.strip()]
    if not under2 or not all(i[0] for i in under2) or all(i[1] for i in under2) \
            or len(under3) < 2 or sum(1 for i in under3 if i[1]) < 0.8 * len(under3):
        return None
    moved = {r: c + 1 for r, c in cols.items()}
    moved["level1"] = cols["level2"]
    row = Row([replace(c, col=c.col + 1) for c in header.row.cells], header.row.grid, header.row.r, header.row.order,
              header.row.page_break)
    widths = {c + 1: w for c, w in header.col_widths.items()} | {cols["level2"]: 1}
    return Header(header.kind, moved, sorted(moved, key=moved.__getitem__), row,
                  {k: c + 1 for k, c in header.extra.items()}, widths)


def _levels_in_named_columns(header: Header, rows: list[Row]) -> Header | None:
    """指标名称 | 指标属性 | 指标类型 | 指标值: the levels under heads no role names (属性 / 类型 / 类别), after the
    name's column. A column of such a head whose filled cells are all level-1 kinds (产出指标 / 效益指标) is the
    level 1, one right of it all level-2 kinds (数量指标 / 社会效益指标) the level 2 (their cells were taken
    for levels before the name, the names lost). Return the header with them placed (None when not so)."""
    cols = header.cols
    if "level3" not in cols or "level1" in cols or "level2" in cols or not header.extra:
        return None
    found: dict[str, int] = {}
    for col in sorted(header.extra.values()):
        if col <= cols["level3"] and "level1" not in found:
            continue
        under = [level_info(c.text) for r in rows for c in r.cells if c.col == col and c.colspan == 1 and c.text.strip()]
        if len(under) < 2:
            continue
        if "level1" not in found and all(i[0] for i in under):
            found["level1"] = col
        elif "level2" not in found and all(i[1] for i in under) and not all(i[0] for i in under):
            found["level2"] = col
    if "level2" not in found:
        return None
    moved = dict(cols, **found)
    extra = {k: c for k, c in header.extra.items() if c not in found.values()}
    return Header(header.kind, moved, sorted(moved, key=lambda r: moved[r]), header.row, extra, header.widths)


# a sign written alone in its cell (`≥`, `>=`, `》=`): words such as 达到 / 低于 are an actual value's text too
_SIGN_ONLY = lazy(r"^\s*(?:[<>=≥≤≧≦＞＜＝》《]\s*){1,2}$")
_UNIT_ONLY = re.compile(r"^(?:[%‰％]|[^\d\s]{1,6})$")


def _bare_value(text: str) -> bool:
    """A value with no sign of its own: a number (`38.6`), a percentage (`95%`, a percent format's display) or
    a date (`2024年12月31日`, a date format's display)."""
    t = fold(text).strip()
    if BARE_FIGURE.match(t) or _PCT.match(t):
        return True
    return not _OP.match(t) and (parse_date(t) is not None or _with_own_unit(t))


@value_cache(maxsize=1 << 16)
def _with_own_unit(t: str) -> bool:
    """A quantity with its unit and no sign (`90人`, `0起`, `1.3万元/人`): what a sign alone before it compares."""
    q = split_target(t)
    return q.op == "=" and q.value is not None and q.unit is not None and q.qualifier is None


def _join_text_parts(got: dict[str, Cell], lost: list[Cell], cols: dict[str, tuple[int, int]]) -> None:
    """Cells left over under a text column whose header spans several (偏差原因分析及改进措施 over 偏差原因 |
    改进措施): joined to that column's text with `；`, in column order.

    The table's last column a text column, the cells right of it are its too: a dump prints the head merged over two
    columns once (`偏差原因分析及改进措施` over `原因 | 措施`), its second column of no head (`次年一季度完成安装` was lost
    as an unplaced cell, review sq). A sign-off there, `填表日期：2026年1月15日`, `填表人：李四`, is none of its text (it
    was joined to the last row's deviation, review rx2)."""
    right = max((b for _, b in cols.values()), default=-1)
    for role in ("deviation", "note", "explanation"):
        span = cols.get(role)
        if span is not None and span[1] == right:
            span = (span[0], max([right] + [c.col + c.colspan - 1 for c in lost if not _sign_kind(c.text)]))
        if span is None or span[1] == span[0]:
            continue
        parts = [c for c in lost if _under_col(span, c.col)]
        if not parts:
            continue
        first = got.get(role)
        pieces = sorted(([first] if first is not None else []) + parts, key=lambda c: c.col)
        # (the same words in both, `无 | 无` under 偏差原因分析及改进措施: said once — it was `无；无`)
        got[role] = replace(pieces[0], text="；".join(dict.fromkeys(c.text.strip() for c in pieces)))
        for c in parts:
            lost.remove(c)


def _join_name_tail(got: dict[str, Cell], lost: list[Cell]) -> None:
    """`服务对象满意 | 度 | ≥95%`: the end of a name a cell's width pushed into the next cell (no column of its own), when
    it can only end the name (`_short_name_tail`), joined to it (it was left over as an unplaced cell)."""
    name = got.get("level3")
    if name is None:
        return
    nxt = next((c for c in lost if c.col == name.col + name.colspan), None)
    if nxt is not None and _short_name_tail(clean(nxt.text) or "", clean(name.text) or ""):
        got["level3"] = replace(name, text=name.text.rstrip() + nxt.text.strip(), colspan=name.colspan + nxt.colspan)
        lost.remove(nxt)


def _joined(c: Cell, parts: list[Cell]) -> Cell:
    """A value's cell and the cells after it holding its parts, as one cell over their columns."""
    return replace(c, text=c.text.strip() + "".join(x.text.strip() for x in parts),
                   colspan=parts[-1].col + parts[-1].colspan - c.col)


def _sign_columns(cols: dict[str, tuple[int, int]]) -> tuple[set[int], set[int]]:
    """A table's columns as `_join_signed` reads them (worked out once per table): those of the roles other than a
    value's or the points' (a word under 权重 / 分值 is no weight: a unit a row shifted there), and the points'."""
    claimed = {c for r, (a, b) in cols.items() if r not in ("target", "actual", "target_long", "weight", "score")
               for c in range(a, b + 1)}
    points = {c for r, (a, b) in cols.items() if r in ("weight", "score") for c in range(a, b + 1)}
    return claimed, points


@lru_cache(maxsize=1 << 16)
def _signed_kind(text: str) -> int:
    """What `_join_signed` looks for in a cell: 1 a 指标性质 word (定性 / 定量 …), 2 a sign alone (`≥`), 0 neither
    (the two patterns exclude each other)."""
    t = fold(text)
    if _NATURE.match(t):
        return 1
    return 2 if _SIGN_ONLY.match(t.strip()) else 0


def _join_signed(cells: list[Cell], columns: tuple[set[int], set[int]],
                 natures: dict[int, Cell] | None = None) -> list[Cell]:
    """`≥ | 38.6 | 万亩` in cells side by side, in a table with no column of its own for the sign: one value
    `≥38.6万亩` (a sign alone is no other column's value, so the number after it is its value, not a weight;
    the unit after them is joined unless it stands under another column's header).

    `定性 | 逐步提升` / `定量 | ≥90%` the same way, the 指标性质 written before the value with no column of
    its own: the value cell is kept and the nature word put in `natures` (id of the value's cell -> the
    word's cell), read like a 指标性质 column's word. `columns`: the table's, from `_sign_columns`."""
    claimed, points = columns
    kinds = [_signed_kind(c.text) for c in cells]
    if not any(kinds):
        return list(cells)                  # (no 指标性质 word and no sign alone: the row as it is, most rows)
    out: list[Cell] = []
    i = 0
    nature: Cell | None = None
    while i < len(cells):
        c = cells[i]
        if natures is not None and i + 1 < len(cells) and kinds[i] == 1 and c.col not in claimed \
                and cells[i + 1].col not in points and cells[i + 1].col not in claimed \
                and not is_placeholder(cells[i + 1].text) and kinds[i + 1] != 1:
            nature = c
            i += 1
            continue
        if i + 1 < len(cells) and kinds[i] == 2 and _bare_value(cells[i + 1].text) \
                and cells[i + 1].col not in points:
            parts = [cells[i + 1]]
            if i + 2 < len(cells) and not _with_own_unit(fold(cells[i + 1].text).strip()) \
                    and _UNIT_ONLY.match(t := fold(cells[i + 2].text).strip()) and not _OP_ONLY.match(t) \
                    and cells[i + 2].col not in claimed:
                parts.append(cells[i + 2])
            out.append(_joined(c, parts))
            i += 1 + len(parts)
        else:
            out.append(c)
            i += 1
        if nature is not None and natures is not None:
            natures[id(out[-1])] = nature        # (the value after the word, joined with its sign)
            nature = None
    return out


def _join_value_parts(got: dict[str, Cell], cells: list[Cell], lost: list[Cell]) -> None:
    """A target or value written over cells side by side (`≥ | 38.6 | 万亩` under one 指标值 header spanning
    them, or `≥38.6 | 万亩`): the cells that fit no column right after the role's cell are joined to it, when
    they are a number, then a unit (or the unit alone after a number), and the whole reads as a value."""
    # (and a second value of its own column, `年初目标值` beside the target, `12000 | 人`: hunt ly4)
    seconds = tuple(r for r in got if r.startswith("col:") and _VALUE_HEAD.search(_WS.sub("", fold(r[4:]))))
    for role in ("target", "actual", "target_long", *seconds):
        c = got.get(role)
        if c is None:
            continue
        k = cells.index(c) if c in cells else -1
        parts: list[Cell] = []
        for x in cells[k + 1:] if k >= 0 else ():
            if x not in lost:
                break
            t = fold(x.text).strip()
            number = bool(BARE_FIGURE.match(t))
            if number and not parts and not _OP_ONLY.match(fold(c.text).strip()):
                break                     # a number after a whole value: another column's
            if not number and not (_UNIT_ONLY.match(t) and not _OP_ONLY.match(t)):
                break
            parts.append(x)
            if not number:
                break                     # the unit ends the value
        if not parts:
            continue
        whole = _joined(c, parts)
        if split_target(whole.text).value is None:
            continue
        got[role] = whole
        for x in parts:
            lost.remove(x)


_UNIT_WORD = re.compile(r"^(?![<>≤≥=≧≦])(?!定性|定量)[^\d\s.,]{1,4}$")


# the end of an indicator's name an export cut off into the blank column right of the names (`服务对象满意 | 度`)
_NAME_END_PIECE = lazy(r"^[\u4e00-\u9fff]{0,2}[度率性]$")
_NAME_ENDS = lazy(r"(?:满意|知晓|认可|熟悉|信任|支持|参与|获得|感受|幸福|安全)度$|[\u4e00-\u9fff][率性]$")


def _glued_name_ends(header: Header, rows: list[Row]) -> list[Row]:
    """`三级指标 | | 指标值` over `服务对象满意 | 度 | ≥95%` (an export writing an empty column after every label, a name
    cut at the cell's width): the piece in the blank column right of the names ends the name (`服务对象满意度`); it was
    noted under the blank column (`第6列：度`), the name cut."""
    if "level3" not in header.cols:
        return rows
    at = header.all_cols["level3"][1] + 1
    if not any(k.startswith("col:第") and v == at for k, v in header.extra.items()):
        return rows
    out = []
    for r in rows:
        name = next((c for c in r.cells if c.col + c.colspan == at and c.col >= header.all_cols["level3"][0]), None) \
            if not r.is_text_line else None
        piece = next((c for c in r.cells if c.col == at), None) if name is not None else None
        if piece is not None and _NAME_END_PIECE.match(piece.text.strip()) \
                and _NAME_ENDS.search(name.text.strip() + piece.text.strip()):
            glued = replace(name, text=name.text.strip() + piece.text.strip())
            r = Row([glued if c is name else c for c in r.cells if c is not piece], r.grid, r.r, r.order, r.page_break)
        out.append(r)
    return out


# a slot's number alone after its word, filling its cell (`1`, `2：`, `三、`)
_NO_ALONE = r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：、.．]?\s*$"
# a task's or item's numbering alone in its cell (`任务1`, `项目2`): the name in the cell right of it
_ITEM_NO_ALONE = lazy(r"^\s*(?:任务|项目|子项目|事项)" + _NO_ALONE)
# an indicator's numbering alone in its cell (`指标1`, `指标2：`, the old central template's printed words)
_NUMBER_ALONE = lazy(r"^\s*指标" + _NO_ALONE)


def _numbered_names(header: Header, rows: list[Row]) -> list[Row]:
    """`指标内容 | | 指标值` (or 指标内容 merged over two columns) over `指标1 | 完成保护区基础设施建设 | ≥150个`: the
    2013-2016 templates' printed numbering in a cell of its own, the name written in the cell right of it. The two are
    one name cell (`指标1：完成…`, its numbering dropped as any name's); the numbering was the name (none, an
    `unparsed_row` each) and the name a note under the blank column (`第5列：完成…`)."""
    if "level3" not in header.cols:
        return rows
    lo, hi = header.all_cols["level3"]
    blank = {v for k, v in header.extra.items() if k.startswith("col:第")}
    out, glued = [], 0
    beside = [(r, num, next((c for c in r.cells if c.col == lo + 1), None)) for r in rows if not r.is_text_line
              for num in [next((c for c in r.cells if c.col == lo and c.colspan == 1 and _NUMBER_ALONE.match(c.text)),
                               None)] if num is not None]
    beside = [(r, num, name) for r, num, name in beside if name is not None and (name.col <= hi or name.col in blank)
              and name.text.strip() and not _no_value(name.text)]
    if not beside:
        return rows                                  # (no numbering beside a name: nothing to glue, nothing to move)
    moved = _targets_beside_numbers(header, beside)
    if moved:
        return [Row([moved.get(id(c), c) for c in r.cells], r.grid, r.r, r.order, r.page_break) for r in rows]
    for r in rows:
        num = next((c for c in r.cells if c.col == lo and c.colspan == 1 and _NUMBER_ALONE.match(c.text)), None) \
            if not r.is_text_line else None
        name = next((c for c in r.cells if c.col == lo + 1), None) if num is not None else None
        if name is not None and (name.col <= hi or name.col in blank) and name.text.strip() \
                and not _no_value(name.text) and target_strength(name.text) < 2 and not is_number(name.text):
            t = num.text.strip().rstrip(":：、.．")
            one = replace(num, text=f"{t}：{name.text.strip()}", colspan=name.col + name.colspan - num.col)
            r = Row([one if c is num else c for c in r.cells if c is not name], r.grid, r.r, r.order, r.page_break)
            glued += 1
        out.append(r)
    return out if glued else rows


def _targets_beside_numbers(header: Header, beside: list[tuple[Row, Cell, Cell]]) -> dict[int, Cell]:
    """`指标内容 | | 指标值` over `指标1 | 5座 |`, `指标1 | 验收合格 |` (the template's numbering left as the name, the
    target typed in the blank column beside it, the 指标值 column empty in every such row): the cells beside the
    numbers are the targets — each short (a target's word), one a quantity at least (`5座`), none a level's name —
    moved to the 指标值 column (they were glued to the numbering as names, `指标1：验收合格`, and `5座` lost).
    {id(cell): the cell moved}, empty when the cells beside are not such."""
    if "target" not in header.cols or not beside:
        return {}
    t_lo, t_hi = header.all_cols["target"]
    if any(t_lo <= c.col <= t_hi for r, _, _ in beside for c in r.cells):
        return {}
    texts = [name.text.strip() for _, _, name in beside]
    if not any(target_strength(t) == 2 for t in texts) or any(target_strength(t) < 1 or any(level_info(t)[:2])
                                                               for t in texts):
        return {}
    return {id(name): replace(name, col=t_lo, colspan=1) for _, _, name in beside}


# `指标2：质量指标` (`指标1：数量指标：建设瞭望塔`): a template's numbering, then a level 2's name (and the indicator's name)
# written in the cell beside it (see read_indicator_table)
_NUMBERED_LEVEL = lazy(r"^\s*(?P<no>指标\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))\s*[:：]\s*"
                             r"(?P<lv>[^:：\s]{1,10}指标)\s*(?:[:：]\s*(?P<name>\S.*?))?\s*$")


# a head naming a place (`全省`, `A市`, `新罗区`, `城关镇`) or the whole area (`合计`)
_PLACE_COLUMN = lazy(r"(?:[省市县区镇乡旗州盟]|街道|本级)$|^(?:合计|总计)$")
_WHOLE_PLACE = lazy(r"^(?:全[省市县区州盟旗镇乡]|合计|总计|全域|本级)$")


_PLACE_AVERAGE = lazy(r"^(?:平均|平均分|平均得分|均值)$")     # a column of the places' average score


def _place_targets(header: Header) -> Header:
    """`三级指标 | 全省 | A市 | B市` (a 区域绩效目标表 giving each place's target, no 指标值 head over them): the target is
    the whole area's column (全省 / 合计, else the first place's), each other place's value a note (`A市：3.2万户`), as
    under a 区域目标值 head; there was no target, every place's value a note."""
    if "target" in header.cols or "level3" not in header.cols:
        return header
    after = header.all_cols["level3"][1]
    places = sorted(((k, c) for k, c in header.extra.items() if c > after), key=lambda p: p[1])
    heads = [label_key(k[4:]) for k, _ in places]
    if len(places) < 2 or not all(k.startswith("col:") and not k.startswith("col:第") for k, _ in places) \
            or not all(len(h) <= 8 and _PLACE_COLUMN.search(h) for h in heads):
        return header
    whole = next((p for p, h in zip(places, heads) if _WHOLE_PLACE.match(h)), places[0])
    cols = {**header.cols, "target": whole[1]}
    extra = {k: v for k, v in header.extra.items() if k != whole[0]}
    return Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, extra, header.widths,
                  header.options)


def _headless_column(header: Header, rows: list[Row]) -> Header:
    """`三级指标 | | 指标值` over `培训农民人数 | ≥ | 500人`: the column the header left blank before the target holds
    the operators (most of its cells an operator alone): the op column, not a note (see core._detect_header); or
    the units (two thirds of its cells a short word without a figure): the unit column."""
    if "op" in header.cols:
        return header
    for key, col in header.extra.items():
        if not key.startswith("col:第"):
            continue
        vals = [fold(c.text).strip() for r in rows if not r.is_text_line for c in r.cells
                if c.col == col and c.text.strip()]
        ops, units = sum(1 for v in vals if _OP_ONLY.match(v)), sum(1 for v in vals if _UNIT_WORD.match(v))
        role = "op" if vals and 2 * ops > len(vals) else \
            "unit" if "unit" not in header.cols and len(vals) >= 2 and 3 * units >= 2 * len(vals) else None
        if role is not None:
            # (`三级指标 | | 指标值 |` over `… | 盏 | 12000`: most of its cells a unit alone, the unit column; one cell
        # alone is no column of units: `服务对象满意 | 度` is a name cut by the export, 度 no unit)
            cols = {**header.cols, role: col}
            extra = {k: v for k, v in header.extra.items() if k != key}
            return Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, extra, header.widths,
                          header.options)
    if "unit" not in header.cols and "target" in header.cols:
        # `… | 指标值 |` over `… | ≥98 | %` (an export writing an empty column after every label, the target's unit
        # in the empty one): the column right of the target, under no head and the table's last, holds the units
        # (two thirds of its cells a short word without a figure): the unit column (`%` was read as the target and
        # `≥98` noted under the blank column left of it)
        at = header.all_cols["target"][1] + 1
        if all(c.col + c.colspan <= at for c in header.row.cells):
            vals = [fold(c.text).strip() for r in rows if not r.is_text_line for c in r.cells
                    if c.col == at and c.text.strip()]
            beyond = any(c.col > at for r in rows if not r.is_text_line for c in r.cells)
            units = sum(1 for v in vals if _UNIT_WORD.match(v))
            lo, hi = header.all_cols["target"]
            said = [fold(c.text).strip() for r in rows if not r.is_text_line for c in r.cells
                    if lo <= c.col <= hi and c.text.strip()]
            # (`… | 指标值 |` over `定性指标 | 良好`, `定量指标 | ≥90%`: the 指标性质 written where the target goes, the
            # target right of it — no unit; 良好 / 显著 / 有效 were read as units and lost)
            natures = sum(1 for v in said if _NATURE.match(v))
            if len(vals) >= 2 and 3 * units >= 2 * len(vals) and not beyond and 2 * natures <= len(said):
                cols = {**header.cols, "unit": at}
                return Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, header.extra,
                              header.widths, header.options)
    return header


@lru_cache(maxsize=1 << 16)
def _sign_kind(text: str) -> int:
    """A cell of a form's sign-off: 2 for a seal's place or a date (`XX区民政局（盖章）`, `填报日期：2021年3月15日`), 1 for
    a signer (`填表人：李四`, `单位负责人：李娜`), 0 for neither (looked up once a text)."""
    t = fold(text).strip()
    return 2 if _SIGN_OFF.search(t) else 1 if _SIGNER.match(t) else 0


def read_indicator_table(header: Header, rows: list[Row], warnings: list[ParseWarning],
                         horizon: str | None = None, targets_said: bool = True) -> list[dict]:
    """Given an indicator table's header and rows, return raw indicator records.

    `targets_said`: the table's title or caption says it gives targets (a 绩效目标表, not a …完成情况表): only then are
    place columns with no 指标值 head read as targets (`_place_targets`).

    Level cells left empty under a merged cell are carried down; a label that
    a dump printed in the middle of its merged cell (or after a page break)
    is moved back to the rows it covers (`_recentre`).
    """
    rows = _row_numbers(header, rows)
    header = _levels_one_column_up(header, rows) or _levels_in_named_columns(header, rows) \
        or _header_one_column_left(header, rows) or header
    rows = _numbered_names(header, _glued_name_ends(header, rows))
    header = _headless_column(header, rows)
    if targets_said:
        header = _place_targets(header)
    header = _bare_year_targets(header)
    rows = _columns_by_position(header, rows)
    rows = _ticked_options(header, rows)
    # `分值 | 自评得分 | 复核得分`: the reviewer's column the indicators' scores, the unit's own 自评得分 column's total
    # kept under its head (the 自评得分 was read, the 复核得分 lost without a word)
    header, rows, other_scores = _other_score_columns(header, rows)
    roles = list(header.all_roles)
    cols = header.all_cols
    order = pair_order(header)     # (`103（100）` under `得分（分值）`: the score first)
    no_level2 = "level1" in cols and "level3" in cols and "level2" not in cols \
        and cols["level3"][0] == cols["level1"][1] + 1 \
        and not any("二级" in c.text for c in header.row.cells if c.col == cols["level1"][0])
    # 一级指标 | 指标名称 side by side, no 二级 column (a monitoring form): the names are level 3, whatever
    # they read like (成本 / 社会效益)
    if "level1" in roles and "level2" not in roles and not no_level2:
        roles.insert(roles.index("level1") + 1, "level2")   # 一级指标-二级指标 in one column
    for lv in ("level2", "level1"):
        if lv not in roles and not (lv == "level2" and no_level2):
            roles.insert(0, lv)
    ctx = LevelCtx()
    level_at = {col: r for r, span in cols.items() if r in ("level1", "level2", "level3")
                for col in range(span[0], span[1] + 1)}
    totals: list[dict] = []
    entries: list[IndicatorRow] = []
    footnotes: list[str] = []        # the footnotes' lines among the rows, under the table (`注：①…`)
    in_notes = False                 # the row above opened footnotes or went on with them
    cur1: Cell | None = None
    has_level1 = "level1" in level_at.values()
    name_first = "level1" in cols and "level3" in cols and cols["level3"][1] < cols["level1"][0]
    cur2: Cell | None = None
    # the context cells merged down over the rows (对应任务 / 部门职责, then 工作活动 under it): each row's, and the
    # heads they are noted under
    context_heads = {r: _head_text(header, cols[r]) or default for r, default in _CONTEXT_ROLES if r in cols}
    # the note column's head: a value of its own kind (全年预计完成值) is noted under it (`*全年预计 完成值`)
    note_head = _WS.sub("", _head_text(header, cols["note"]) or "").lstrip("*＊") or None \
        if "note" in cols else None
    carried: dict[str, Cell] = {}
    contexts: dict[int, dict[str, Cell]] = {}
    l1_sub: dict[int, str] = {}      # a level 1's points from its own row (`产出指标 | | | | | 50 | 48`)
    packed = _packed(header, rows)
    rows = _vertical_block_label(header, rows, cols)
    if not packed:
        rows = _unshift_body(header, rows, cols)
        rows = _unshift_header(header, rows, cols)
    rows = _vertical_labels(rows, cols.get("level1"))
    rows = _label_tails(rows, cols)
    rows = _spread_merged(rows, cols, ("deviation", "explanation"))
    if "target" in cols:
        # a name merged down over rows each with a target of its own (`培训基层医务人员` over `≥300人次 | 线上` and
        # `≥120人次 | 线下`): each row an indicator of that name (the second was nameless, an unparsed_row)
        # (not to a row opening a level of its own: a merged name never reaches across its level's cell)
        rows = _spread_merged(rows, cols, ("level3",), needs=cols["target"],
                              unless=[cols[r] for r in ("level1", "level2") if r in cols])
    rows = _labels_from_next_page(rows, cols)
    rows = _unstack_rows(rows, cols)
    if not packed:
        rows = _fourth_level_names(header, rows, cols)   # (a packed dump's columns say nothing of the levels)
    # 指标内容及目标值 / 指标名称及指标值: one column for the name and its target (`整治行政村数量：8个`)
    combined = "target" not in cols and "level3" in cols and any(
        c.col == cols["level3"][0] and re.search(r"(?:目标|指标)值", fold(c.text)) for c in header.row.cells)
    if combined:
        roles.insert(roles.index("level3") + 1, "target")
    first_col = min(span[0] for span in cols.values())
    last_col = max(span[1] for span in cols.values())
    sign_columns = _sign_columns(cols)
    seal_from = min((cols[r][0] for r in ("deviation", "explanation", "note") if r in cols), default=None)
    so_far = any(c.col == header.cols.get("progress") and so_far_head(header_key(c.text)) for c in header.row.cells)
    value_note = so_far and note_head is not None and bool(_VALUE_NOTE.search(note_head))
    # the first column of the levels' heads (-1 when none): a horizon's column is left of it
    levels_from = min((_first_col(cols.get(r)) for r in ("level1", "level2", "level3")
                       if _first_col(cols.get(r)) >= 0), default=-1)
    for k, row in enumerate(rows):
        if _paragraph_goes_on(row, rows, k, entries, last_col):
            continue                                 # the next paragraph of the row above's 偏差原因 / 备注 cell
        if row.is_text_line and len(row.cells) == 1 and re.fullmatch(r"\s*\d{1,3}\s*", row.cells[0].text) \
                and 0 < k < len(rows) - 1 and not rows[k - 1].is_text_line and not rows[k + 1].is_text_line:
            continue                                 # a page number alone between two rows of the table
        if _STATUTE_LINE.match("\n".join(c.text for c in row.cells[:3])):
            break          # `第九条 …` under a 管理办法's sample table: the rules' next article, no row of it (hunt nw10;
            # its cells joined: `第 | 九 | 条 | …`, an OCR's spaced article split at its blanks, review rv110; not
            # `第二条生产线建成投产 | 1条 | 设备到货延迟。`, a full stop in a cell beside the name's: review rd64, mend md50)
        if len(row.cells) == 1 and horizon_of(row.cells[0].text):
            horizon = horizon_of(row.cells[0].text)   # (a section line that is also a block label)
            continue
        if len(row.cells) == 1 and _TABLE_GOES_ON.match(fold(row.cells[0].text).strip()):
            continue                                 # 续表 / （续表） / 续上表 / 表2（续）: the table goes on
        if _signoff_cells(row.cells) or len(row.cells) == 1 and (
                (row.page_break or row.is_text_line) and _ISSUER.search(fold(row.cells[0].text).strip())
                or _ISSUER_DATED.match(fold(row.cells[0].text).strip())):
            continue                                 # XX区民政局（盖章） / 2024年1月10日 under the form: its sign-off
            # (`财政资金管理科室(盖章) 年 月 日 | 财政绩效管理科室(盖章) 年 月 日`: two offices' places to sign)
        cells = [c for c in row.cells if not (c is row.cells[0] and _side_label(c, row, header))
                 and not _no_value(c.text)]
        cells = _split_levels(cells)
        if seal_from is not None:
            # an OCR'd seal over the 偏差原因 / 备注 column (`长安区财政局`, `…财政局（盖章）`, `…绩效管理专用章`): no
            # deviation (it took the deviation's place, the reason written there dropped)
            cells = [x for c in cells for x in [_without_seal(c, any(_under_col(cols.get(r), c.col) for r in (
                "deviation", "explanation"))) if c.col >= seal_from else c] if x is not None]
        if not cells:
            continue
        cells, pair = _split_name_target(cells, cols, combined, first_col)
        prefixed: dict[int, str] = {}
        if not _in_upper_level(cells, level_at):
            # (no cell of the row in a level-1 or level-2 column: the levels may be written in the name's cell)
            for n, c in enumerate(cells):
                parts = _split_level_prefix(c) if not (c.col in level_at and level_at[c.col] != "level3") else None
                if parts is not None:
                    cells = cells[:n] + parts + cells[n + 1:]
                    prefixed = {id(parts[0]): "level1", id(parts[1]): "level2", id(parts[2]): "level3"}
                    break
        if first_col > 0 and all(c.col < first_col for c in cells) and not any(
                any(level_info(c.text)[:2]) or split_target(c.text).value is not None for c in cells):
            continue          # text left of the table, in its label column (a page's `文件下载` under the form)
        if len(cells) == 1 and horizon_of(cells[0].text):
            horizon = horizon_of(cells[0].text)      # 长期绩效指标 / 年度绩效指标 rows split the table
            continue
        if len(cells) > 1 and 0 <= cells[0].col < levels_from \
                and (horizon_of(cells[0].text) or horizon_of(cells[0].text.strip() + "指标")):
            # `指标类型 | 一级指标 | …` over `中期指标 | 产出指标 | …` then `年度指标 | 产出指标 | …`: the horizon in a column
            # left of the levels, each row's down to the next (it was lost: one table of the two horizons' rows,
            # `duplicate_indicator` of each name met in both, hunt fam4); the column's bare `中期` / `年度` / `当年`
            # too (they were each row's note, `指标类型：中期`, the same duplicates, review rv3)
            horizon = horizon_of(cells[0].text) or horizon_of(cells[0].text.strip() + "指标")
            cells = cells[1:]
        if len(cells) == 1 and _FOOTNOTE_LEAD.match(cells[0].text):
            footnotes.append(cells[0].text)          # (`注：①以…为准`: joined to the marked targets below)
            in_notes = True
        elif len(cells) == 1 and in_notes and _FOOTNOTE_ITEM.match(cells[0].text):
            footnotes.append("注：" + cells[0].text)  # (`注：` over `1.以…为准`: the lead's list, line by line)
        else:
            in_notes = False
        if len(cells) == 1 and is_remark(cells[0].text) and not (
                cells[0].col > first_col and _under_col(cols.get("level3"), cells[0].col)
                and not _NOTE_WORD.match(cells[0].text)) \
                and not (_under_col(cols.get("target"), cells[0].col) and entries and "target" in entries[-1].roles
                         and _next_year_line(entries[-1].roles["target"].text, cells[0].text)):
            continue                                 # 备注：… / 村级公示时间：… across the table: no indicator
            # (`其中：城市低保人数` alone in the name column is an indicator, its target not given; `2025年：≥5200人`
            # alone under a target cell's `2024年：≥5000人` is the cell's next year, joined here)
        if len(cells) == 2 and entries and "unit" in entries[-1].roles and _under_col(cols.get("unit"), cells[1].col) \
                and clean(cells[1].text) == clean(entries[-1].roles["unit"].text) \
                and _under_col(cols.get("target"), cells[0].col) and "target" in entries[-1].roles \
                and "level3" in entries[-1].roles and _next_year_line(entries[-1].roles["target"].text, cells[0].text):
            cells = cells[:1]      # `2025年：≥1.5 | 万人` under `受益人口 | 2024年：≥1.2 | 万人`: the unit written again
        if len(cells) == 1 and _under_col(cols.get("target"), cells[0].col) and entries \
                and "target" in entries[-1].roles and "level3" in entries[-1].roles \
                and _next_year_line(entries[-1].roles["target"].text, cells[0].text):
            # `2024年：≥5000人` then a row of only `2025年：≥5200人` under it (a dump of a target cell of two years'
            # lines, each line a row): one cell, its years set apart as a cell's are (`；`); the next year's line was
            # lost, or an indicator of no name (`≥315万人（2025年）`), or of its text for a name (`2025年：12月底前`)
            above = entries[-1].roles["target"]
            entries[-1].roles["target"] = replace(above, text=above.text.rstrip() + "；" + cells[0].text.strip())
            continue
        rate = _execution_rate_row(cells, cols)
        if rate is not None:
            totals.append(rate)                      # 预算执行率 | | | 100% | 95% | 10 | 9.5 atop the table
            continue
        total = _total_row(cells, cols, order)
        if total is not None:
            if label_key(total["_label"]) not in _SUBTOTAL_KEYS:
                totals.append(total)                 # 合计 | … | 100 | 97.95: the form's score
            continue                                 # (小计 | … | 50 | 49.5 under a level 1's block: its sum)
        two_labels = len(cells) >= 2 and all(any(level_info(c.text)[:2]) for c in cells[:2])
        # (a header naming the level 1 too: 二级目标 | 三级目标 alone may head a level 1 and a level 2)
        under_l2_l3 = len(cells) >= 3 and all(c.col in level_at for c in cells[:2]) \
            and [level_at[c.col] for c in cells[:2]] == ["level2", "level3"] and any(level_info(cells[0].text)[:2]) \
            and len({c.col for c in cells}) == len(cells) \
            and any(_under_col(cols.get("target"), c.col) for c in cells[2:])
        forced: dict[int, str] = {}
        if name_first and len({c.col for c in cells}) == len(cells) \
                and any(c.col in level_at and level_at[c.col] != "level3" for c in cells):
            # 指标名称 | 指标属性 | 指标类型 (the name's column first): each cell under its own level column, the
            # name too when it reads like a level (服务对象满意度 | 满意度指标 | 服务对象满意度指标)
            forced = {id(c): level_at[c.col] for c in cells if c.col in level_at}
        elif no_level2:
            # each cell under its own level column: the level 1, then the name (whatever it reads like)
            forced = {id(c): lv for c in cells for lv in ("level1", "level3") if _under_col(cols[lv], c.col)}
        elif under_l2_l3 and cur1 is not None and has_level1 and all(level_info(cells[0].text)[:2]) \
                and _fits_under(level_info(cells[0].text), ctx.l1_cat):
            # `| 成本指标 | 社会成本指标 | 定量 | 100 | %` under 产出指标 (merged down): a name of either level in the
            # level-2 column is the level 2, the next cell the name (though it reads like a level, 社会成本指标)
            forced = {id(cells[0]): "level2", id(cells[1]): "level3"}
        elif two_labels and not (under_l2_l3 and cur1 is not None and has_level1 and not _LEVEL_SUFFIX.search(fold(cells[1].text))
                                 and _fits_under(level_info(cells[0].text), ctx.l1_cat)):
            c1, c2, key = level_info(cells[0].text)
            if c1 and c2 and is_child(ctx.l1_cat, key) and not _LEVEL_SUFFIX.search(fold(cells[1].text)) \
                    and not (len(cells) >= 4 and level_info(cells[1].text)[1] and not level_info(cells[1].text)[0]):
                # (成本 | 经济成本 | name | …: a level 1 abbreviated, its level 2 beside it, a name after)
                # 满意度目标 | 社会公众或服务对象满意度 under 影响力目标: level 2, then the name
                forced = {id(cells[0]): "level2", id(cells[1]): "level3"}
            else:
                forced = {id(cells[0]): "level1", id(cells[1]): "level2"}
        elif len(cells) >= 3 and all(c.col in level_at for c in cells[:3]) \
                and [level_at[c.col] for c in cells[:3]] == ["level1", "level2", "level3"] \
                and len({c.col for c in cells}) == len(cells) \
                and any(_under_col(cols.get(r), c.col) for c in cells[3:] for r in ("target", "weight")):
            # (its target empty, its weight in its column: `项目年度绩效目标 | 制度指标 | 规章制度建立与否 | | | 20`)
            # a full row (its target too: a dump's row shifted left is not), each level under its own header: 服务对象满意度 | 群众满意度 | name is a level 1
            # written like a level 2, not a level 2 under the level 1 above
            forced = {id(c): level_at[c.col] for c in cells[:3]}
        elif under_l2_l3:
            # | | 成本指标 | name | target: a level 2 under its header (成本指标 is also written as a level 1; so
            # is 效益指标 under an umbrella level 1 such as 实施效果指标); under a level 1 (项目决策), with a
            # name that reads like a bare kind (成本), too
            forced = {id(cells[0]): "level2", id(cells[1]): "level3"}
        natures: dict[int, Cell] = {}
        if "op" not in cols:
            cells = _join_signed(cells, sign_columns, natures)
        forced.update(pair)
        forced.update(prefixed)
        lost: list[Cell] = []
        # (packed rows: the columns mean nothing, the cells' order and texts tell)
        row_roles = roles
        if prefixed and "level3" not in roles:
            # (a name column under a head no role names, `绩效指标 | 年度指标值 | …`: the name split from its levels has
            # its place)
            row_roles = roles[:roles.index("level2") + 1] + ["level3"] + roles[roles.index("level2") + 1:] \
                if "level2" in roles else ["level3"] + roles
        if "target" in pair.values() and "target" not in row_roles and "level3" in row_roles:
            # `一级指标 | 二级指标 | 三级指标`, no 指标值 column, the target written in the name's cell
            # (`城乡居民基本医疗保险参保率95%以上`): the target split from it has its place after the name (it was an
            # unplaced_cell, the target lost — hunt tg21)
            at = row_roles.index("level3") + 1
            row_roles = row_roles[:at] + ["target"] + row_roles[at:]
        got = assign_roles(cells, row_roles, indicator_scorer(ctx, forced, so_far, value_note), None if packed else cols,
                           dropped=lost)
        if "level2" in got and "level3" not in got and "level3" in cols and (got.keys() - {"level1", "level2"}) \
                and got["level2"].col + got["level2"].colspan > cols["level3"][0] and got["level2"].col < cols["level3"][0]:
            # 满意度指标 | 服务对象满意度 (merged over the 二级 and 三级 columns) | ≥90% | …: the indicator's only
            # name is its name (level 3); a level 2's own label so merged (`| 成本指标 | ≤3万元` under 数量指标's
            # rows) is the row's level 2 too (the level 2 above was carried onto it)
            got["level3"] = got.pop("level2")
            if _LEVEL_SUFFIX.search(fold(got["level3"].text)) and level_info(got["level3"].text)[1]:
                got["level2"] = replace(got["level3"])
        elif "level2" in got and "level3" not in got and "level3" in cols and not packed \
                and (got.keys() - {"level1", "level2"}) and _under_col(cols["level3"], got["level2"].col) \
                and not _under_col(cols.get("level2"), got["level2"].col):
            # `| | 服务对象满意度 | ≥90%` under a merged 服务对象满意度指标: a name that reads like a level 2, in the 三级
            # column, is the indicator's name (it was a level 2 with no name)
            got["level3"] = got.pop("level2")
        if len(cells) == 1 and len(got) == 1 and got.keys() <= {"level1", "level2"} and "level3" in cols \
                and {"level1", "level2"} <= cols.keys() and cells[0].colspan == 1 \
                and _under_col(cols["level3"], cells[0].col) and not _LEVEL_SUFFIX.search(fold(cells[0].text)) \
                and entries and {"level3", "target"} <= entries[-1].roles.keys():
            # `参训人员及用人单位 | ≥90%` then `满意度` alone in the name column (the levels have columns of their own): a
            # name, not a level label (it was read as one and lost); an indicator of its own, its target missing
            got = {"level3": got.pop("level1", None) or got.pop("level2")}
        if natures and "target" in got and "op" not in got and id(got["target"]) in natures:
            got["op"] = natures[id(got["target"])]   # 定性 | 逐步提升: the word read as a 指标性质 column's
        if lost:
            _join_value_parts(got, cells, lost)
            _join_text_parts(got, lost, cols)
            _join_name_tail(got, lost)
        if "target" not in got and "target" in cols:
            start = next((r for r in got if r.startswith("col:") and _START_TARGET_HEAD.match(_WS.sub("", fold(r[4:])))
                          and (clean(got[r].text) or "")), None)
            if start is not None:
                # `年初目标值 | 全年目标值` with the full year's left empty (no target set again): the start's target is the
                # one in force (it was a note, the row's target missing — review rv53)
                got["target"] = got.pop(start)
        for c in lost:
            warnings.append(warn("unplaced_cell", f"indicator-table cell fits no column, not kept: {clean(c.text)!r}"[:200], c))
        if "level3" in got and "level2" not in got and (m := _NUMBERED_LEVEL.match(got["level3"].text)) is not None \
                and level_info(m.group("lv"))[1] and not level_info(m.group("lv"))[0]:
            # `指标2 | 质量指标 | 验收合格` under `一级指标 | 指标内容 | | 指标值` (no 二级 column): the level 2 written
            # beside the template's numbering, the numbering (or the name after the level) the indicator's name
            # (质量指标 / 社会效益指标 were read as the names, no level 2)
            n3 = got["level3"]
            got["level2"] = replace(n3, text=m.group("lv"))
            got["level3"] = replace(n3, text=m.group("name") or m.group("no"))
        if "level1" in got:
            cur1, cur2 = got["level1"], None
            ctx.l1_cat = level_info(cur1.text)[0] or level_info(cur1.text)[1]
        if "level2" in got:
            cur2 = got["level2"]
        if no_level2 and set(got) - {"level1"} == {"level3"} and any(level_info(got["level3"].text)[:2]):
            del got["level3"]                        # | 质量 | (nothing): a printed kind no indicator fills
        for n, (r, _) in enumerate(_CONTEXT_ROLES):
            if r in got:
                carried[r] = got.pop(r)
                for inner, _ in _CONTEXT_ROLES[n + 1:]:
                    carried.pop(inner, None)   # (a new task: the activity under the last one ends)
        ent = IndicatorRow(got, row, cur1, cur2, "level1" in got, "level2" in got, horizon)
        if carried:
            contexts[id(ent)] = dict(carried)
        body = {k: v for k, v in got.items() if k not in ("level1", "level2")}
        subtotal = [r for r in ("level2", "level3") if r in got and label_key(got[r].text) in ("小计", "合计")]
        if "level1" in got and subtotal and (body.keys() - set(subtotal)) and \
                (body.keys() - set(subtotal)) <= {"weight", "score"}:
            # `产出指标 | 小计 | | | | 50 | 48`: the same, the subtotal named
            for role in subtotal:
                del got[role]
            cur2 = None if "level2" in subtotal else cur2
            body = {k: v for k, v in got.items() if k not in ("level1", "level2")}
        if "level1" in got and "level2" not in got and body and body.keys() <= {"weight", "score"} \
                and ("level2" in cols or "level3" in cols) and (level_info(got["level1"].text)[0]
                                                              or level_info(got["level1"].text)[1]) \
                and _rows_under_level1(rows, k, cols):
            # `产出指标 | | | | | 50 | 48` over its indicators (a 部门整体 自评表): the level's points and score, a
            # subtotal, no indicator (a nameless indicator was read, its points counted twice)
            if "weight" in body:
                l1_sub[id(got["level1"])] = body["weight"].text
            entries.append(IndicatorRow({"level1": got["level1"]}, row, cur1, cur2, True, False, horizon))
            continue
        if not body:
            entries.append(ent)                      # a label-only row: context for the rows below
            continue
        prev = _last_with_body(entries)
        if prev is not None and entries and entries[-1] is prev and "level1" not in got and "level2" not in got \
                and (_cut_cells_go_on(prev.roles, body, rows[k + 1] if k + 1 < len(rows) else None)
                     or _name_goes_on_over_page(prev, body, row)):
            for r, c in body.items():                # a cell a line break cut: its pieces joined
                prev.roles[r] = replace(prev.roles[r], text=pieces_joined(prev.roles[r].text, c.text)) \
                    if r in prev.roles else c
            continue
        if prev is not None and "level3" not in body and "level1" not in got and "level2" not in got \
                and "level3" in prev.roles and not (set(body) & set(prev.roles)):
            prev.roles.update(body)                  # a row broken over two lines (sample 003)
            continue
        if prev is not None and "level3" not in body and "level1" not in got and "level2" not in got \
                and "level3" in prev.roles and all(r in ("weight", "score") or r.startswith("col:") for r in body):
            # rows under an indicator holding only points and unnamed columns (the reasons ① … ⑤ of a yes/no
            # indicator, each with its 分值): parts of the indicator above, no indicators of their own
            continue
        entries.append(ent)
    _recentre(entries, 1)
    _recentre(entries, 2)
    # target columns headed by a year (2024年目标值 | 2025年目标值 …): the first is `target`, the others
    # unnamed columns; header text -> year of the later ones
    main_year = year_of_target_header(header.row, header.cols.get("target"))
    year_cols: dict[str, int | None] = {
        r[4:]: y for r in header.extra if r.startswith("col:")
        for y in [_year_of_target_header_text(r[4:])] if y is not None and main_year is not None and y > main_year}
    if main_year is None and ordinal_of_target_header(header.row, header.cols.get("target")) == 1:
        # 第一年指标值 | 第二年指标值 | 第三年指标值 (a 中期 form's years counted, no calendar year): the first the annual
        # target, the later ones long-term, of no year known (they were unnamed columns, lost; review rv9)
        year_cols = {r[4:]: None for r in header.extra
                     if r.startswith("col:") and (_ordinal_of_target_header_text(r[4:]) or 0) > 1}
    out: list[dict] = []
    # the progress column headed by a time (1-6月完成值, 上半年完成值): a value reached so far, not a share of the
    # year's target done (`96%` of a rate is no 0.96 progress)
    progress_so_far = any(c.col == header.cols.get("progress") and so_far_head(header_key(c.text))
                          for c in header.row.cells)
    # a progress head declaring its figures percent (`完成进度（%）` over `40`, `26.7`): each bare figure a percent
    progress_pct = any(c.col == header.cols.get("progress") and PERCENT_HEAD.search(fold(c.text)) for c in header.row.cells)
    # a 分值 column right of the level 1 and left of the level 2 and 3 columns: the level 1's points
    l1_points = "weight" in cols and "level1" in cols and cols["weight"][0] > cols["level1"][1] and all(
        cols["weight"][1] < cols[r][0] for r in ("level2", "level3") if r in cols) and ("level2" in cols or "level3" in cols)
    l1_weight: dict[int, str] = {}
    # the note's name of a word under the operator's column (定量 / 正向 …): the column's own head when it is one of
    # the operator's (指标方向 / 指标值类型 / 指标类型; they were all noted 指标性质), else 指标性质 (a part 性质)
    op_head_label = next((clean(c.text) for c in header.row.cells if c.col == header.cols.get("op")
                          and header_role(HEADER_INDEX["indicator"], c.text) == "op"), "指标性质")
    sign_col = _sign_column(header, entries)
    # (the target head's two horizons, `指标值（中期/年度）`: the header's, asked once for all the rows)
    slash_head = _slash_head(header) if "target_long" not in header.cols else None
    if sign_col is not None:
        op_head_label = sign_col[4:]
    for e in entries:
        body = {k: v for k, v in e.roles.items() if k not in ("level1", "level2")}
        if sign_col in body:
            body["op"] = body.pop(sign_col)          # (比较方式 | 本年指标值: `不低于` the operator, it was a note)
        if not body or "level3" not in body and not _ROW_VALUE_ROLES & body.keys():
            continue          # (`效益指标 | 经济效益指标 | | | | 未达指标值酌情扣分`: an empty slot, the template's own words)
        anchor = body.get("level3") or next(iter(body.values()))
        if "target" in header.cols and "target" not in body and "note" in body \
                and (target_strength(body["note"].text) == 2 or _DEADLINE.match(fold(body["note"].text).strip())):
            body["target"] = body.pop("note")        # 指标值 left empty, the value written in 备注 beside it
        # (a row its 调整类型 drops, `/ | 删除`: no target in force, the one before only in the note; none missing)
        dropped = _dropped(body)
        if "target_prev" in body and "target" in header.cols and not dropped and (
                "target" not in body or _UNCHANGED.match(bare_fold(body["target"].text))):
            # an adjustment request's row left as it was: 调整后指标值 blank or `不变` beside 原指标值 `0起` — the
            # target in force is the one before (it was missing, or the word 不变)
            body["target"] = body["target_prev"]
        adjusted = None
        if "target" in body and "target_prev" not in body \
                and (both := _TARGET_BEFORE_AFTER.match(body["target"].text)) is not None:
            # `调整前：≥20公里；调整后：≥15公里` in one 指标值 cell (a 绩效目标调整申请表 without columns of its own): the
            # target in force is the one after, the one before a note as under a 调整前指标值 column; `调整后：不变`
            # keeps the one before (the whole cell was the target, no value read)
            before, after = both.group(1).strip(), both.group(2).strip()
            if _UNCHANGED.match(bare_fold(after).rstrip("。；;")):
                body["target"], adjusted = replace(body["target"], text=before), "调整后指标值：" + after
            else:
                body["target"], adjusted = replace(body["target"], text=after), "调整前指标值：" + before
        if "op" in body and not _OP_ONLY.match(fold(body["op"].text)):
            # 指标性质 | 指标方向 both naming the operator: 正向 under one, `=` under the other; the sign written
            # is the operator, the direction word a note
            sign = next((r for r, c in body.items() if r.startswith("col:") and _OP_ONLY.match(fold(c.text))), None)
            if sign is not None:
                op_head = next((c.text.strip() for c in header.row.cells if c.col == header.cols.get("op")), "指标性质")
                word, sign_cell = body["op"], body[sign]
                body = {k: v for k, v in body.items() if k != sign}
                body["op"] = sign_cell
                body["col:" + op_head] = word                # 指标性质：正向 (under its own column's name)
        op_label = op_head_label
        if "op" in body and _NATURE_WORD.match(fold(body["op"].text)):
            # 指标性质 | … | 指标方向: 定量 under the first, 正向 / 反向 under the second: the direction is the
            # operator (≥ / ≤ for a bare number), the nature a note (the direction was only a note: `=` read)
            way = next((r for r, c in body.items() if r.startswith("col:") and "方向" in r
                        and fold(c.text).strip() in DIRECTION_OPS), None)
            if way is not None:
                op_head = next((c.text.strip() for c in header.row.cells if c.col == header.cols.get("op")), "指标性质")
                nature, direction = body["op"], body[way]
                body = {k: v for k, v in body.items() if k != way}
                body["op"], op_label = direction, way[4:]
                body["col:" + op_head] = nature
        notes = [body["note"].text.strip()] if "note" in body else []
        if notes and note_head and _VALUE_NOTE.search(note_head):
            notes = [f"{note_head}：{_with_unit(notes[0], note_head, body.get('unit'))}"]   # (全年预计完成值：15所, a value of its own kind; 备注 / 依据 as written)
        here = contexts.get(id(e), {})
        notes = [f"{context_heads[r]}：{clean(here[r].text)}" for r, _ in _CONTEXT_ROLES if r in here] + notes
        # 偏差原因分析 | 改进措施 in two columns: the measures are the deviation's second half (偏差原因分析及改进措施, as
        # one column gives it; they were a note)
        measures = next((r for r in body if r.startswith("col:") and _MEASURES_HEAD.match(_WS.sub("", r[4:]))),
                        None) if "deviation" in body else None
        deviation = _ticked_reasons(body["deviation"].text) if "deviation" in body else None
        if measures is not None:
            text = clean(body[measures].text)
            deviation = f"{deviation}；{measures[4:].strip()}：{text}" if deviation and text else deviation or text
        notes += [f"{r[4:]}：{_with_unit(_ticked(c.text.strip()), r[4:], body.get('unit'))}"
                  for r, c in body.items() if r.startswith("col:") and r[4:] not in year_cols and r != measures
                  and not (_BEFORE_NAME.match(label_key(r[4:])) and "level3" in body
                           and clean(c.text) == clean(body["level3"].text))]
        # (a 调整申请表's `调整前三级指标` beside the name after it: said only when the name was another)
        if "target_adj" in body:
            notes.append("调整指标值：" + body["target_adj"].text.strip())
        if "target_prev" in body and body.get("target") is not body["target_prev"]:
            # an adjustment request: the target before it (not when it is the target in force, the adjusted cell
            # left empty: the note said the target again)
            notes.append("调整前指标值：" + body["target_prev"].text.strip())
        if adjusted is not None:
            notes.append(adjusted)
        if "op" in body and not _OP_ONLY.match(fold(body["op"].text)):
            notes.append(f"{op_label}：" + body["op"].text.strip())   # 定量 / 定性 / 正向 …
        weight1 = points_said(e.l1.text) if e.l1 else None
        rec = {
            "level1": e.l1.text if e.l1 else None,
            "level1_weight": weight1[1] if weight1 else l1_sub.get(id(e.l1)) if e.l1 else None,
            "level2": e.l2.text if e.l2 else None,
            "level3": body["level3"].text if "level3" in body else None,
            "target_raw": _target_text(body, "target"),
            "target_value_raw": body["target"].text if "target" in body and ("op" in body or "unit" in body) else None,
            "op_raw": body["op"].text if "op" in body else None,
            "unit_raw": body["unit"].text if "unit" in body else None,
            "horizon": e.horizon,
            "core": _core_yes(body["core"].text) if "core" in body else None,
            "actual_raw": (_target_text({"target": body["actual"], "unit": body["unit_actual"]}, "target")
                           if "unit_actual" in body else body["actual"].text) if "actual" in body else None,
            "progress_raw": body["progress"].text if "progress" in body else None,
            "progress_so_far": progress_so_far,
            "progress_pct": progress_pct,
            "weight": _ocr_points(body["weight"]) if "weight" in body else None,
            "score": body["score"].text if "score" in body else None,
            "deviation": deviation,
            "explanation": body["explanation"].text if "explanation" in body else None,
            "note": "；".join(notes) if notes else None,
            "page": anchor.page, "line": anchor.line,
        }
        if l1_points:
            # 一级指标 | 分值 | 二级指标 …: the points beside the level 1, written on its first row, are its own
            if rec["weight"] is not None and e.l1 is not None:
                l1_weight[id(e.l1)] = rec["weight"]
            rec["weight"] = None
            rec["level1_weight"] = rec["level1_weight"] or (l1_weight.get(id(e.l1)) if e.l1 is not None else None)
        pair = pair_beside(rec["score"], order, rec["weight"]) if rec["score"] else None
        if pair is not None and rec["weight"] is None:
            # `20/18` under a 分值/得分 head (a 部门整体 自评表's one column of both): the points, then the score
            rec["weight"], rec["score"] = pair
        elif pair is not None and parse_number(pair[0]) == parse_number(rec["weight"]):
            rec["score"] = pair[1]      # `17.5/20` under 得分 beside the 分值 20: the score (it was lost)
        both = _TARGET_AND_ACTUAL.match(fold(rec["target_raw"])) if rec["target_raw"] and not rec["actual_raw"] else None
        if both is not None:
            # 目标≥20000人，实际20416人 in one 目标值及完成值 cell: the target, and the value reached
            # (fold maps one character to one: the spans cut the text as written)
            raw = rec["target_raw"]
            rec["target_raw"] = raw[both.start("t"):both.end("t")]
            rec["actual_raw"] = raw[both.start("a"):both.end("a")]
        if rec["level3"] is None:
            warnings.append(warn("unparsed_row", "indicator row without an indicator name; kept with the values found",
                                 anchor, rec))
        elif rec["target_raw"] is None and "target" in header.cols and "target_long" not in body and not dropped:
            warnings.append(warn("target_missing", f"indicator {clean(rec['level3'])!r} has no target value in the "
                                 "source", anchor, rec))
        if year_cols and "target" in header.cols:
            # 2024年目标值 | 2025年目标值 | 2026年目标值: one record per filled year, the first year's
            # (the form's) annual, the later ones long-term, each with its year
            recs = [{**rec, "horizon": "annual", "target_year": main_year}] if "target" in body else []
            for text, year in year_cols.items():
                cell = body.get("col:" + text)
                if cell is not None:
                    recs.append({**rec, "target_raw": _target_text(body, "col:" + text), "horizon": "long_term",
                                 "target_year": year, "target_value_raw": cell.text if rec["target_value_raw"] else None})
            out.extend(recs)
            continue
        halves = _slash_horizons(header, rec["target_raw"], slash_head) \
            if slash_head is not None and rec["target_raw"] else None
        if halves is not None:
            # `指标值（中期/年度）` over `≥60公里/≥25公里`: the two horizons' targets in one cell, in the head's order —
            # one record per horizon, as under 中期指标值 | 年度指标值 (it was one record of no target, hunt fam4)
            out.extend({**rec, "target_raw": t, "horizon": h, "target_value_raw": None} for h, t in halves)
            continue
        if "target_long" in header.cols:
            # 中期指标值 | 年度指标值 (or 年度目标值 | 实施周期目标值) side by side: one record per
            # horizon, in the order of the columns
            pair = []
            if "target_long" in body:
                # (中期指标值 over 指标性质 | 指标值 | 度量单位 of its own: its operator and unit, not the year's)
                own = {**body, **{r[:-5]: body[r] for r in ("op_long", "unit_long") if r in body}}
                long = {**rec, "target_raw": _target_text(own, "target_long"), "horizon": "long_term",
                        "target_value_raw": body["target_long"].text
                        if rec["target_value_raw"] or {"op_long", "unit_long"} & body.keys() else None}
                if "op_long" in body:
                    long["op_raw"] = body["op_long"].text
                if "unit_long" in body:
                    long["unit_raw"] = body["unit_long"].text
                pair.append((_first_col(header.cols["target_long"]), long))
            if "target" in body:
                pair.append((_first_col(header.cols.get("target")), {**rec, "horizon": "annual"}))
            out.extend(r for _, r in sorted(pair, key=lambda p: p[0]))
            continue
        out.append(rec)
    if "weight" in header.cols and "score" in header.cols:
        _note_shared_points(out)
    body = [r for r in out if not r.get("_total")] + [r for r in totals if r.get("_exec_rate")]
    for text in footnotes:
        join_footnotes(body, text)
    done = out + [_settle_total(t, body) if t.get("_total") else t for t in totals]
    total = next((t for t in done if t.get("_total")), None)
    if total is not None and other_scores:
        total["_others"] = other_scores
    return done


def _other_score_columns(header: Header, rows: list[Row]) -> tuple[Header, list[Row], dict[str, str]]:
    """An indicator table of two columns of scores given (`分值 | 自评得分 | 复核得分`, score_columns): the header with
    the score role on the one that counts, the rows without the other's cells, and the other's total (its head -> the
    total row's figure there); the header and rows as they were when there is one score column."""
    win, others = score_columns(header, rows)
    if not others:
        return header, rows, {}
    said: dict[str, str] = {}
    kept_rows = []
    for row in rows:
        out = [c for c in row.cells if not any(_under_col(sp, c.col) for sp in others)]
        if len(out) != len(row.cells) and any(label_key(c.text) in _TOTAL_ROW_KEYS for c in out):
            said.update({h: c.text.strip() for c in row.cells for sp, h in others.items()
                         if _under_col(sp, c.col) and is_number(c.text)})
        kept_rows.append(replace(row, cells=out, _header=0) if len(out) != len(row.cells) else row)
    if win != header.all_cols.get("score"):
        # (`分值 | 单位自评 | 财政评价`: no column took the score role, the one that counts takes it — it was a KeyError,
        # the file read as nothing; hunt ly7)
        old_col = header.cols.get("score")
        key = next(k for k in header.extra if header.all_cols[k] == win)
        cols = {**header.cols, "score": header.extra[key]}
        extra = {k: v for k, v in header.extra.items() if k != key}
        if old_col is not None:
            extra["col:" + next((c.text for c in header.row.cells if c.col == old_col), "")] = old_col
        header = Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, extra, header.widths,
                        header.options, header.finer)
    return header, kept_rows, said


# an actual value saying the indicator was not measured (`未统计`, `尚未完成`, `暂无数据`, `—`): no sharer of merged
# points, an indicator left unscored
_NOT_MEASURED = lazy(r"^(?:[暂尚]?未(?:统计|完成|开展|实施|测算|评价|计算|考核|完工|填报|监测)|暂无(?:数据)?|无数据|不适用"
                     r"|[—\-－/／]+)$")


def _note_shared_points(recs: list[dict]) -> None:
    """An indicator of a 自评表 with no 分值 nor 得分 right under one with both, in a table whose indicators mostly
    have theirs: the two share merged cells printed on the first row (`防护栏安装长度 | … | 20 | 19` over
    `标志标牌设置数量 | ≥200块 | 186块 | |`), said in its note `与“防护栏安装长度”共用分值、得分`, as a 评分表's item
    under a merged 分值 is (`_points_shared_above`; it had no word of it, review rv55). A third row shares the first's.
    Only under the same level 1 and level 2, the row's actual value measured (no `未统计`, `—`)."""
    rows = [r for r in recs if not r.get("_total") and r.get("level3")]
    if sum(r["weight"] is not None for r in rows) * 2 <= len(rows):
        return           # (a table whose 分值 column is mostly empty: no merged cells, points left unfilled)
    owner = None
    for r in rows:
        if r["weight"] is not None and r["score"] is not None:
            owner = r
        elif r["weight"] is None and r["score"] is None and owner is not None \
                and r.get("actual_raw") and not _NOT_MEASURED.match(r["actual_raw"].strip()) \
                and (r["level1"], r.get("level2")) == (owner["level1"], owner.get("level2")):
            # (same level 1 and level 2, an actual value measured: `时效指标 | 资金发放及时率 | 100% | 未统计 | | |
            # 数据未汇总，本项不计分` under a scored 质量指标 row is an indicator left unscored, no sharer — read-only
            # review rd; a word of result, `达标` under `合格 | 20 | 20`, measured as a figure is — rd2)
            shared = _shared_note(owner["level3"])
            r["note"] = f"{r['note']}；{shared}" if r.get("note") else shared
        else:
            owner = None


def _shared_note(owner: str | None, points_only: bool = False) -> str:
    """The note of an item scored with the one above it (`与“防护栏安装长度”共用分值、得分`; one scored on its own under
    the merged 分值, `与“…”共用分值`): one wording for a 目标表's sharer and a 评分表's (mend md20)."""
    return f"与“{clean(owner)}”共用分值" + ("" if points_only else "、得分")


def _last_with_body(entries: list) -> IndicatorRow | None:
    """The last entry holding a role besides its levels (a name, a target …), else None. (A plain loop: asked of every
    row of an indicator table.)"""
    for e in reversed(entries):
        roles = e.roles
        if len(roles) > ("level1" in roles) + ("level2" in roles):
            return e
    return None


def _dropped(body: dict[str, Cell]) -> bool:
    """Does an unnamed column of the row say its indicator is dropped (`删除` under 调整类型, `DROPPED`)?"""
    for r, c in body.items():
        if r.startswith("col:") and DROPPED.match(fold(c.text).strip()):
            return True
    return False


def _signoff_cells(cells: list[Cell]) -> bool:
    """Is every cell a sign-off's (`_sign_kind`), one of them a seal's place or a date? (`XX区民政局（盖章）`, `填报日期：…`)"""
    seal = False
    for c in cells:
        kind = _sign_kind(c.text)
        if not kind:
            return False
        if kind == 2:
            seal = True
    return seal


def _in_upper_level(cells: list[Cell], level_at: dict[int, str]) -> bool:
    """Is a cell in a level-1 or level-2 column (`level_at`: column -> level role)?"""
    for c in cells:
        lv = level_at.get(c.col)
        if lv is not None and lv != "level3":
            return True
    return False


def _any_merged_down(rows: list[Row]) -> bool:
    """Does a cell of the rows span more than one row (a text dump's never do)?"""
    for row in rows:
        for c in row.cells:
            if c.rowspan > 1:
                return True
    return False


def _sign_column(header: Header, entries: list) -> str | None:
    """A column no role names (`比较方式`, `比较关系`), in a table with a target column and no operator column, whose every
    cell is a sign or word of comparison (`≥`, `不低于`, `等于`; a `定性` between them; not `达到`, a 达标情况's word):
    the table's operator column. Its role ("col:…")
    or None."""
    if "op" in header.cols or "target" not in header.cols:
        return None
    cells: dict[str, list[Cell]] = {}
    for e in entries:
        for r, c in e.roles.items():
            if r.startswith("col:") and c.text.strip():
                cells.setdefault(r, []).append(c)
    found = [r for r, cs in cells.items()
             if sum(1 for c in cs if _COMPARE_ONLY.match(fold(c.text))) >= 2
             and all(_COMPARE_ONLY.match(fold(c.text)) or _NATURE.match(c.text) for c in cs)]
    return found[0] if len(found) == 1 else None


# roles of context columns merged down over an indicator table's rows, outer first, with the head a note names
# them by when their head cell is empty
_CONTEXT_ROLES = (("task", "对应任务"), ("activity", "工作活动"))


def _head_text(header: Header, span: tuple[int, int]) -> str | None:
    """The text of the header cell over a column (`span`, its first and last column), None when it has none."""
    return next((clean(c.text) for c in header.row.cells if c.col == span[0]), None)


def _rows_under_level1(rows: list[Row], k: int, cols: dict[str, tuple[int, int]]) -> bool:
    """Is row k (a level 1 with its points only) followed by a row of that level's indicators (no level 1 of its own,
    a cell right of the level-1 column)? Not when it is the table's last level or the next row opens another."""
    span = cols.get("level1")
    for r in rows[k + 1:k + 4]:
        cells = [c for c in r.cells if c.text.strip()]
        if not cells or r.is_text_line and len(cells) == 1 and len(cells[0].text.strip()) <= 3:
            continue                                 # (a blank row, a page number)
        if _any_under(span, cells) or r.is_text_line:
            return False
        return any(c.col > span[1] for c in cells)
    return False


# (`目标值（2024年）`, `年度指标值(2024年度)`: the year in brackets after the word, as often)
_YEAR_TARGET = lazy(r"^(?:((?:19|20)\d{2})\s*年度?\s*(?:目标值|指标值|目标|预期目标值|预期值)?"
                          r"|(?:年度)?(?:目标值|指标值|目标|预期目标值|预期值)\(((?:19|20)\d{2})年度?\))$")
_BARE_YEAR = lazy(r"^(?:19|20)\d{2}\s*年度?$")


def _bare_year_targets(header: Header) -> Header:
    """`一级指标 | 二级指标 | 三级指标 | 2025年 | 2026年 | 2027年` (a 中期 form's targets by year, no 目标值 in the heads,
    or under a merged 指标值 on the row above): the first year's column is the target, the later years' are the
    years' targets (they were notes, the indicators left without a target)."""
    if "target" in header.cols or "level3" not in header.cols:
        return header
    years = sorted((col, k) for k, col in header.extra.items()
                   if _BARE_YEAR.match(bare_fold(k[4:])) and col > header.cols["level3"])
    if len(years) < 2:
        return header
    cols = {**header.cols, "target": years[0][0]}
    extra = {k: v for k, v in header.extra.items() if k != years[0][1]}
    return Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, extra, header.widths,
                  header.options, header.finer)


def _year_of_target_header_text(text: str) -> int | None:
    m = _YEAR_TARGET.match(bare_fold(text))
    return int(m.group(1) or m.group(2)) if m else None


_ORDINAL_YEAR_TARGET = lazy(r"^第([一二三四五六七八九十]|\d{1,2})(?:个)?年度?\s*(?:目标值|指标值|目标|预期目标值|预期值)$")


def _ordinal_of_target_header_text(text: str) -> int | None:
    """`第二年指标值` -> 2 (a year of a 中期 form's span counted from its first), else None."""
    m = _ORDINAL_YEAR_TARGET.match(bare_fold(text))
    if m is None:
        return None
    k = m.group(1)
    return int(k) if k.isdigit() else "一二三四五六七八九十".index(k) + 1


def ordinal_of_target_header(row: Row, col: int | None) -> int | None:
    """The counted year of the target column's header cell (`第一年指标值` -> 1), else None."""
    cell = next((c for c in row.cells if c.col == col), None)
    return _ordinal_of_target_header_text(cell.text) if cell is not None else None


def year_of_target_header(row: Row, col: int | None) -> int | None:
    """The year of the target column's header cell (`2024年目标值` -> 2024), else None."""
    cell = next((c for c in row.cells if c.col == col), None)
    return _year_of_target_header_text(cell.text) if cell is not None else None


# (…its band in brackets after it, `优（90分以上）` right of a 合计's score: the grade — the row was no total, its score
# lost; hunt s65 sc8)
GRADE_WORD = lazy(rf"^\s*(?:(?:自评|评价|综合)?(?:等级|等次|结果)\s*[:：]\s*)?(?:{GRADE_WORDS})"
                  r"\s*(?:[(（][^()（）]*\d[^()（）]*[)）])?\s*$")
# a total score with its grade after it in brackets (`99.06（优秀）`, `95.5分(优)`), folded
_SCORE_WITH_GRADE = lazy(rf"^\s*(\d+(?:\.\d+)?)\s*分?\s*\(\s*((?:{GRADE_WORDS}))\s*\)\s*$")


def score_with_grade(text: str) -> tuple[str, str] | None:
    """`99.06（优秀）`, `95.5分(优)`: a total score with its grade after it in brackets -> (score, grade), else None."""
    m = _SCORE_WITH_GRADE.match(fold(text))
    return (m.group(1), m.group(2)) if m else None


_GRADE_LABEL = lazy(r"^\s*(?:自评|评价|综合)?(?:等级|等次|结果)\s*[:：]\s*")   # `自评等级：优` -> 优
# a grade's line of its own (folded), perhaps with the score after it in brackets: `考核等次：良好（92分）`, `评价等级:优`
_GRADE_LINE = lazy(rf"^\s*(?:考核|自评|评价|综合|绩效)*(?:结果)?(?:等级|等次)\s*[:：]\s*({GRADE_WORDS})\s*"
                         r"(?:\(\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*\))?\s*[。.]?\s*$")


EXEC_RATE_KEYS = frozenset({"预算执行率", "资金执行率", "项目预算执行率"})


_STROKE_BEFORE_POINTS = lazy(r"^\s*[一丨|]\s*(\d+(?:\.\d+)?)\s*$")


def _ocr_points(cell: Cell) -> str:
    """An indicator's points (分值) as its cell gives them; in an OCR'd cell with a stroke before the number (`一10`: a
    stain's or a seal's ring crossing the cell, read as 一), the number (no item is worth negative points)."""
    if cell.conf is not None:
        m = _STROKE_BEFORE_POINTS.match(cell.text)
        if m:
            return m.group(1)
    return cell.text


def _execution_rate_row(cells: list[Cell], cols: dict) -> dict | None:
    """`预算执行率 | | | 100% | 95% | 10 | 9.5` in a self-evaluation's indicator table, written in its level-1
    column with no level below it: the form's execution rate and its scored row (as the money matrix's
    预算执行率 10 分), no indicator of the level 1 below it. {"_exec_rate", actual (its cell), weight, score},
    else None."""
    span = cols.get("level1")
    first = cells[0]
    # (or a cell merged across the level columns from the left of the table: `预算执行率` over 绩效指标 | 一级指标 |
    # 二级指标 | 三级指标 of a 部门整体 自评表's sheet)
    across = span is not None and first.col < _first_col(span) <= first.col + first.colspan - 1
    if span is None or not (_under_col(span, first.col) or across) or label_key(first.text) not in EXEC_RATE_KEYS \
            or any(_under_col(cols.get(lv), c.col) for c in cells[1:] for lv in ("level2", "level3")):
        return None
    got = {role: next((c for c in cells[1:] if _under_col(cols.get(role), c.col)), None)
           for role in ("actual", "weight", "score")}
    if got["weight"] is None and got["score"] is None:
        return None
    return {"_exec_rate": True, "page": first.page, "line": first.line, "actual": got["actual"],
            "weight": got["weight"].text if got["weight"] is not None else None,
            "score": got["score"].text if got["score"] is not None else None}


def _unshift_body(header: Header, rows: list[Row], cols: dict[str, tuple[int, int]]) -> list[Row]:
    """`绩效指标 | 一级指标 | 二级指标 | …` over rows a dump wrote without the empty cell under 绩效指标 (`产出指标 |
    数量指标 | name | …`, `| 质量指标 | name | …`): every row one column left of its header; put back (the level 2
    was read as the level 1, the name as the level 2, each value one role off)."""
    lead = header.row.cells[0]
    l1 = cols.get("level1")
    body = [r for r in rows if r.grid is not None and r.cells]
    if l1 is None or lead.col >= l1[0] or not is_block_label(lead.text) or not body:
        return rows
    last = max(span[1] for span in cols.values())
    first = body[0].cells[0]
    if first.col != lead.col or not any(level_info(first.text)[:2]) \
            or any(c.col + c.colspan - 1 >= last for r in body for c in r.cells):
        return rows
    d = l1[0] - lead.col
    out = []
    for r in rows:
        if r.grid is None or not r.cells or (r.cells[0].col == lead.col and _total_row(r.cells, cols) is not None
                                             and _numbers_under(r.cells, cols)):
            # (a 总分 | … | 100 | 93.26 row keeps its empty cells: its label spans the lead column and the levels, its
            # numbers stand under their headers; shifted, the points were read as the score)
            out.append(r)
            continue
        out.append(Row([replace(c, col=c.col + d) for c in r.cells], r.grid, r.r, r.order, r.page_break))
    return out


_FREE_TEXT = ("deviation", "explanation", "note")
# a rule book's chapter or article (`第五章 附则`, `第九条 绩效目标原则上…`, OCR's `第 九 条`, `第9条`): the document's
# text goes on under a sample table (not a part's or a section's heading, `第一部分 产出指标` / `第一节 产出指标`: a
# form's level 1 may be so written, hunts lv / fam; the chapter, the spaced and the digits' article: review rv110)
_STATUTE_HEAD = r"第\s*(?:[一二三四五六七八九十百零〇]+|\d{1,3})\s*[章条]"
# (an article's head alone or before a blank, as _STATUTE_LINE's first reading: `第二条生产线因设备到货延迟…。`, a 偏差原因
# cell's next paragraph, is joined to its cell before the article's sentence is looked for — review rd64, mend md50)
_SECTION_LINE = lazy(rf"^\s*(?:[一二三四五六七八九十]{{1,3}}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{{1,3}}\s*[)）]|第[一二三四五六七八九十]+[部节]"
                     rf"|{_STATUTE_HEAD}(?:\s|$))")
# (a blank or a sentence after it: `第二条生产线建成投产`, an indicator's name, is no article; the sentence in the
# article's own cell, `.` crossing no cell: the row's first cells are joined by line breaks)
_STATUTE_LINE = lazy(rf"^\s*{_STATUTE_HEAD}(?:\s|$|.*。)")


def _paragraph_goes_on(row: Row, rows: list[Row], k: int, entries: list, last_col: int) -> bool:
    """A line without tabs between two rows of the table, under a row whose last cell, in the table's last column,
    is free text (偏差原因 / 指标解释 / 备注): the next paragraph of that cell (a dump writes a line break inside a
    cell as a new line: `改进措施：已协调解决…` was lost). Joined to the cell; True if so."""
    if not row.is_text_line or len(row.cells) != 1 or not entries or k == 0 or k + 1 >= len(rows):
        return False
    above, below = rows[k - 1], rows[k + 1]
    prev = entries[-1]
    if above.is_text_line or below.is_text_line or prev.row is not above or detect_header(below):
        return False
    text = row.cells[0].text.strip()
    if not text or _NOTE_WORD.match(text) or horizon_of(text) or any(level_info(text)[:2]) or _TABLE_GOES_ON.match(fold(text)) \
            or _SECTION_LINE.match(text) or text.isdigit():
        return False                  # (a section line `二、绩效指标完成情况`, a page number)
    head = min(below.cells, key=lambda c: c.col).text.strip()
    if len(head) <= 3 and not _HAS_DIGIT.search(head) and not any(level_info(head)[:2]):
        return False                  # `城区主次干道夜间照明覆盖` over `率 | 100% | …`: the start of the name below
    last = max(above.cells, key=lambda c: c.col + c.colspan)
    role = next((r for r in _FREE_TEXT if prev.roles.get(r) is last), None)
    if role is None or last.col + last.colspan - 1 < last_col:
        return False
    prev.roles[role] = replace(last, text=last.text.rstrip() + "\n" + text)
    return True


def _ticked(text: str) -> str:
    """A cell of boxes, one ticked (`☑确定能 □有可能 □完全不可能`): the ticked options' names (`确定能`); else the text."""
    if not re.search(r"[□☐▢◻]|<input", text, re.I):
        return text                # (an HTML form's `是 <input type="checkbox"/> 否 <input checked …/>` too)
    if re.search(r"<input", text, re.I) and not _BOXES_ONLY.match(text):
        return text                # (`偏差：<input checked/>是 <input/>否`, or words after the last box: as written)
    got = ticked_options(text)
    return "、".join(got) if got else text


# a note column's heads of a value of its own kind (全年预计完成值, 预计年底完成情况): noted under the head (a remark, a
# basis or a scoring rule, 备注 / 依据 / 评分标准, says what it is: noted as written)
_VALUE_NOTE = lazy(r"预计|完成值|完成情况")
# a column's head naming a value of the indicator (上年实际值, 上年指标值, 全年预计完成值, 基期值), its own unit not in brackets;
# not its points (分值, 满分值, 权重值)
# the head of a target before the one in force (年初目标值 beside 全年目标值, 调整前指标值 beside 调整后指标值): review rv53
_START_TARGET_HEAD = lazy(r"^(?:年初|调整前)[\u4e00-\u9fff]{0,4}(?:目标|指标)值?$")
_VALUE_HEAD = lazy(r"(?:指标|目标|实际|完成|实现|执行|预期|预计|计划|基期|基准|历史|达到)值(?:[(（][^()（）]*年[^()（）]*[)）])?$")
# a unit column's cell that is no unit: empty, a dash, 无, or the indicator's kind (定性 / 定量 / 是否 / 是/否)
_NO_UNIT = re.compile(r"^(?:[-—–－/／无\s]*|定性|定量|是否|是[/／或]否|无单位)$")
_PERCENT = lazy(r"^[%％]$")


def _with_unit(text: str, head: str, unit: Cell | None) -> str:
    """A bare figure under a value's column (上年实际值 | 12500) with the unit of the row's unit column (人): `12500人`
    (the note said 12500, its unit lost); anything else as it is."""
    if unit is None or not BARE_FIGURE.match(text) or not _VALUE_HEAD.search(_WS.sub("", fold(head))):
        return text
    u = unit.text.strip()
    if _PERCENT.match(u) and float(fold(text).replace(",", "")) <= 1:
        return text        # (上年实际值 0.98 under `%`: a fraction, as 0.98% it would be another number; 1 may be 100%)
    return text if _NO_UNIT.match(u) or len(u) > 8 else f"{text}{u}"


def _ticked_reasons(text: str) -> str | None:
    """A 偏差原因分析 cell of the reasons to tick (`经费保障□ 制度保障□ 人员保障□ 硬件条件保障☑ 其他□`): the ticked ones'
    names (`硬件条件保障`), None when none is ticked (the options printed, no reason given); else the text."""
    got = ticked_options(text) if _ANY_BOX.search(text) else None
    if got is None or len(re.findall(r"[□☐▢◻☑☒■]", text)) < 2 or re.search(r"[:：，,。；]", text) \
            or any(len(g) > 8 for g in got):
        return text                # (`其他☑：3所卫生院…`: a reason written beside its box, kept as written)
    return "、".join(got) or None


# options each before its box (`是 <input …/> 否 <input checked …/>`), nothing else in the cell
_BOXES_ONLY = lazy(r"^\s*(?:[^<>:：\s][^<>:：]{0,11}\s*<input[^>]*>\s*)+$", re.I)
_TICK = lazy(r"^\s*[√✓✔☑■▇●]\s*$")


def _ticked_options(header: Header, rows: list[Row]) -> list[Row]:
    """Rows ticking the options a header's sub-row names (Header.options): each head's ticks become one cell under
    the head, the ticked options' names (`√` under 经费保障 -> 经费保障); unticked option columns are empty."""
    if not header.options:
        return rows
    heads = sorted(c.col for c in header.row.cells)
    out = []
    for r in rows:
        if r.grid is None or not any(c.col in header.options for c in r.cells):
            out.append(r)
            continue
        keep: list[Cell] = []
        chosen: dict[int, list[Cell]] = {}
        for c in r.cells:
            if c.col in header.options and _TICK.match(c.text):
                head = max(p for p in heads if p <= c.col)
                chosen.setdefault(head, []).append(c)
            else:
                keep.append(c)
        for head, cells in chosen.items():
            if any(k.col == head for k in keep):
                keep.extend(cells)                   # (a text under the head itself: the ticks stay as they are)
                continue
            keep.append(replace(cells[0], col=head, colspan=1, text="、".join(header.options[c.col] for c in cells)))
        out.append(Row(sorted(keep, key=lambda c: c.col), r.grid, r.r, r.order, r.page_break))
    return out


def _columns_by_position(header: Header, rows: list[Row]) -> list[Row]:
    """Rows of a PDF table continued on a page whose table has other columns than the header's (a column whose
    merged cell printed no text on that page, its rules not drawn there: the rows one column left): each cell under
    the header cell its middle stands under (every value was read one role off)."""
    g = header.row.grid
    heads = [c for c in header.row.cells if c.bbox is not None]
    if g is None or len(heads) < 3 or not any(r.grid is not None and r.grid is not g and r.grid.n_cols != g.n_cols
                                              for r in rows):
        return rows

    def under(x: float) -> Cell | None:
        return next((h for h in heads if h.bbox[0] - 1 <= x <= h.bbox[2] + 1), None)

    out = []
    for r in rows:
        if r.grid is None or r.grid is g or r.grid.n_cols == g.n_cols or any(c.bbox is None for c in r.cells):
            out.append(r)
            continue
        moved = []
        for c in r.cells:
            if under(c.bbox[0] + 2) is heads[0] and under(c.bbox[2] - 2) is heads[-1]:
                # a row as wide as the table (`注：1.…` / `2.本表由…` on a page of their own, a grid of one column):
                # across all the header's columns, as on the header's page (it was read as an indicator's name)
                moved.append(replace(c, col=heads[0].col, colspan=heads[-1].col + heads[-1].colspan - heads[0].col))
                continue
            first, last = under((c.bbox[0] + c.bbox[2]) / 2), under(c.bbox[2] - 2)
            if first is None:
                moved = None
                break
            end = max(first.col + first.colspan, (last.col + last.colspan) if last is not None else 0)
            moved.append(replace(c, col=first.col, colspan=max(1, end - first.col) if c.colspan > 1 else 1))
        out.append(Row(moved, r.grid, r.r, r.order, r.page_break) if moved is not None else r)
    return out


def _packed(header: Header, rows: list[Row]) -> bool:
    """A dump that wrote no empty cell: the table's lines hold no empty field, their widths differ, and rows below
    the first start with no level label (`受益学生人数 | ≥28000人 | …` under `产出指标 | 数量指标 | name | …`: the
    merged level cells dropped, each row packed to the left). Its columns say nothing of the roles."""
    body = [r for r in rows if r.grid is not None and r.cells]
    g = header.row.grid
    if len(body) < 3 or g is None or g.blank_rows is None or header.row.r in g.blank_rows:
        return False
    if any(r.grid.blank_rows is None or r.r in r.grid.blank_rows for r in body):
        return False
    if len({len(r.cells) for r in body}) < 2 or not any(level_info(body[0].cells[0].text)[:2]):
        return False
    return any(not any(level_info(r.cells[0].text)[:2]) and _total_row(r.cells, header.cols) is None for r in body[1:])


def _unshift_header(header: Header, rows: list[Row], cols: dict[str, tuple[int, int]]) -> list[Row]:
    """`一级指标 | 二级指标 | …` written without the empty cell over the rows' first column (a dump dropped the blank
    head of the 绩效指标 column) over rows that kept it (`| 产出指标 | 数量指标 | name | …`): every row one column
    right of its header, the last reaching a column past the header's; put back (the 得分 column's score was read
    from under 分值, a total's 分值 100 as its score). A 总分 row's label stays where it is."""
    l1 = cols.get("level1")
    lead = header.row.cells[0]
    if l1 is None or l1[0] != lead.col:
        return rows
    body = [r for r in rows if r.grid is not None and r.cells and _total_row(r.cells, cols) is None]
    if not body:
        return rows
    last = max(span[1] for span in cols.values())
    first = min(body[0].cells, key=lambda c: c.col)
    if any(min(c.col for c in r.cells) <= lead.col for r in body) or first.col != lead.col + 1 \
            or not level_info(first.text)[0] or not any(c.col == last + 1 for r in body for c in r.cells) \
            or any(c.col > last + 1 for r in rows if r.grid is not None for c in r.cells):
        return rows
    out = []
    for r in rows:
        if r.grid is None or not r.cells:
            out.append(r)
            continue
        out.append(Row([replace(c, col=c.col - 1) if c.col > lead.col else c for c in r.cells], r.grid, r.r, r.order,
                       r.page_break))
    return out


def _numbers_under(cells: list[Cell], cols: dict[str, tuple[int, int]]) -> bool:
    """Do a total row's numbers stand under its table's 得分 column (and 分值, if it has one) as they are?"""
    at = [c.col for c in cells if is_number(c.text)]
    return any(_under_col(cols.get("score"), k) for k in at) and (
        "weight" not in cols or any(_under_col(cols.get("weight"), k) for k in at))


def _spread_merged(rows: list[Row], cols: dict[str, tuple[int, int]], roles: tuple[str, ...],
                   needs: tuple[int, int] | None = None, unless: list[tuple[int, int]] = ()) -> list[Row]:
    """A 偏差原因 / 指标解释 cell merged down over several indicators (one reason for two missed targets) is each
    one's: it is copied to the rows it spans that have nothing in its column (it went to the first row only,
    while merged level cells are carried down). `needs`: only to rows with a value in those columns (`/` or `—` is
    none: a name merged over its target and a row left `/` named a second indicator of no target); `unless`: not to
    rows with a text in any of those."""
    spans = [cols[r] for r in roles if r in cols]
    if not spans or not _any_merged_down(rows):
        return rows
    out: list[Row] = []
    held: dict[int, Cell] = {}                 # column -> the merged cell still covering the rows below
    above = None                               # the text in `needs` of the row above
    for row in rows:
        if row.grid is None:
            out.append(row)
            continue
        have = {c.col for c in row.cells}
        value = next((c.text for c in row.cells if needs is not None and needs[0] <= c.col <= needs[1]), None)
        # (`新增就业人数` merged over `2024年：≥3000人` and `2025年：≥3200人`: one target cell of two years' lines, one
        # indicator, as a cell of two lines is; the second row keeps no name and joins the first's target)
        add = [replace(c, row=row.r, rowspan=1)
               for col, c in held.items() if col not in have and c.row < row.r < c.row + c.rowspan
               and any(b[0] <= col <= b[1] for b in spans)] if (needs is None or any(
            needs[0] <= c.col <= needs[1] and not _no_value(c.text) for c in row.cells)) and not any(
            b[0] <= c.col <= b[1] and c.text.strip() for b in unless for c in row.cells) \
            and not (above is not None and value is not None and _next_year_line(above, value)) else []
        above = value
        for c in row.cells:
            if c.rowspan > 1 and any(b[0] <= c.col <= b[1] for b in spans):
                held[c.col] = c
        held = {k: c for k, c in held.items() if c.row + c.rowspan > row.r + 1 or k in have}
        out.append(Row(sorted(row.cells + add, key=lambda c: c.col), row.grid, row.r, row.order, row.page_break)
                   if add else row)
    return out


_MEASURES_HEAD = lazy(r"^(?:改进措施|整改措施|改进意见|拟采取的?(?:改进)?措施|下一步(?:改进)?措施)$")


def _labels_from_next_page(rows: list[Row], cols: dict[str, tuple[int, int]]) -> list[Row]:
    """The last rows of a page's grid whose level cells are empty and under no merged cell from above (a grid that
    knows its spans: a PDF's, a document's), the table going on on the next page with a row naming its levels: a
    merged level box cut by the page break, its label printed in the next page's part (`| | 带动旅游消费总额 | ≥15亿元`
    at the foot of page 1, `效益指标 | 经济效益指标 | …` at the top of page 2): those rows take the next page's
    labels (they were read under the level above the break, 产出指标 / 成本指标)."""
    levels = [cols[r] for r in ("level1", "level2") if r in cols]
    if "level1" not in cols or len(rows) < 2:
        return rows                                  # (a level 1 read beside the header's columns: `_recentre`'s)
    out = list(rows)
    k = 0
    while k < len(out):
        g = out[k].grid
        j = k
        while j < len(out) and out[j].grid is g:
            j += 1                                   # out[k:j]: one grid's rows
        if g is None or g.origin.startswith("txt") or j >= len(out) or out[j].grid is None:
            k = j                                    # (text lines, a dump's rows, the table's last grid)
            continue
        covered: dict[int, int] = {}                 # column -> the last row a cell above covers
        for row in out[k:j]:
            for c in row.cells:
                for col in range(c.col, c.col + c.colspan):
                    covered[col] = max(covered.get(col, -1), c.row + c.rowspan - 1)
        nxt = out[j]
        labels = [next((c for c in nxt.cells if lo <= c.col <= hi), None) for lo, hi in levels]
        if labels[0] is None or not any(level_info(labels[0].text)[:2]):
            k = j
            continue
        for n, ((lo, hi), label) in enumerate(zip(levels, labels)):
            if label is None:
                continue
            m = j
            while m > k and not any(lo <= c.col <= hi for c in out[m - 1].cells) and all(
                    covered.get(col, -1) < out[m - 1].r for col in range(lo, hi + 1)):
                m -= 1                               # trailing rows with this level's cell empty and uncovered
            if n == 0 and len(levels) > 1 and (
                    _own_level2_elsewhere(out[m:j], levels[1], label)
                    or _names_hint_above(out[k:m], out[m:j], levels[1], labels[1], cols.get("level3"))):
                break        # (`| 可持续影响指标 | 长效管理机制 | 健全` at the page's foot, its level-1 cell a box of its
                # own left empty under 效益指标, then `满意度指标 | …` on the next page: a row of the level above; so
                # `| | 开展宣传活动次数 | ≥37次` under 数量指标, a count, over `效益指标 | 可持续影响指标 | …`)
            for t in range(m, j) if k < m < j else ():
                row = out[t]
                out[t] = Row(sorted(row.cells + [replace(label, row=row.r, rowspan=1)], key=lambda c: c.col),
                             row.grid, row.r, row.order, row.page_break)
        k = j
    return out


def _names_hint_above(above: list[Row], rows: list[Row], span: tuple[int, int], label2: Cell | None,
                      name_span: tuple[int, int] | None) -> bool:
    """Does one of these rows' names hint at the level 2 last named above them (`开展宣传活动次数` under 数量指标: a
    count) and not at the next page's level 2 (LEVEL2_HINTS)? Then they are rows of the level above the break."""
    if name_span is None:
        return False
    above2 = next((c for r in reversed(above) for c in r.cells if span[0] <= c.col <= span[1]), None)
    ha = L.LEVEL2_HINTS.get(_stem(above2), ()) if above2 is not None else ()
    hb = L.LEVEL2_HINTS.get(_stem(label2), ()) if label2 is not None else ()
    if not ha:
        return False
    for row in rows:
        name = next((c.text for c in row.cells if name_span[0] <= c.col <= name_span[1]), "")
        if any(h in name for h in ha) and not any(h in name for h in hb):
            return True
    return False


def _own_level2_elsewhere(rows: list[Row], span: tuple[int, int], label: Cell) -> bool:
    """Does one of these rows name its own level 2 that cannot stand under the level 1 `label` (可持续影响指标, an
    outcome's, over 满意度指标)? Then the rows are not the part of the label's merged box above a page break."""
    cat = level_info(label.text)[0] or level_info(label.text)[1]
    for row in rows:
        own = next((c for c in row.cells if span[0] <= c.col <= span[1]), None)
        if own is not None:
            info = level_info(own.text)
            if info[1] and cat is not None and not _fits_under(info, cat):
                return True
    return False


_ANY_BOX = lazy(r"[□☐▢◻☑☒■√✓✔]|<input", re.I)


_PERCENT_FIGURE = lazy(r"^\s*\d+(?:\.\d+)?\s*[%％]\s*$")


# an Excel error value a formula cached (`#DIV/0!`, `#N/A`), as the workbook readers give it: no figure, no word
EXCEL_ERROR = lazy(r"^\s*#(?:DIV/0!|N/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)\s*$")


def _total_row(cells: list[Cell], cols: dict, order: str | None = None) -> dict | None:
    """A 合计 / 总分 row of a self-evaluation's indicator table: {"_total", weight, score}, else None (`order`: the
    score column's head's, `pair_order`)."""
    if "score" not in cols or not any(label_key(c.text) in _TOTAL_ROW_KEYS for c in cells):
        return None          # (most rows: no total's label, the one word the row must have; the rest is not looked at)
    # (`合计 | … | 100% | 99` under 权重（%）: the weight written as a percent is a figure too; it was taken for a
    # word, the row for an indicator named 合计 and the form's score lost)
    # (or under a 权重 share column beside the 分值 one: `总分 | … | 100% | 90 | 95.05`)
    shares = [span for r, span in cols.items() if r.startswith("col:") and "权重" in r]
    # `合计 | … | 90/88` under a 分值/得分 head: the full marks and the score in one cell (no figure: the score was lost)
    both = next((c for c in cells if _under_col(cols.get("score"), c.col) and points_pair(c.text, order)), None)
    if both is None:
        # `总分 | 96.5（100）` with the merged cells between the label and the points left out (a dump collapses them):
        # the row's one pair, its only cell beside the label
        filled = [c for c in cells if c.text.strip() and not is_placeholder(c.text)]
        both = filled[1] if len(filled) == 2 and points_pair(filled[1].text) else None
    cells = [c for c in cells if c is not both]
    # (`7 | 自评总分 | 90`: the row numbered on in the 序号 column, as the form's rows above the table are; the number
    # is no figure of the total's, and the label then opens the row)
    cells = [c for c in cells if not (_under_col(cols.get("seq"), c.col) and _SEQ.match(c.text))]
    # `总分 | … | 100 | #N/A`: the score a formula failed to compute (an Excel error value cached in the cell) is no
    # figure and no word: no score (the row was no total, and its 100 the form's score)
    cells = [c for c in cells if not EXCEL_ERROR.match(c.text)]
    cells = [replace(c, text=c.text.strip().rstrip("%％")) if _PERCENT_FIGURE.match(c.text)
             and (_under_col(cols.get("weight"), c.col) or any(_under_col(s, c.col) for s in shares)) else c
             for c in cells]
    # `总分 | … | 100% | 100` with the 100% under 年度指标值 / 实际完成值: the table's completion share, not a word
    # (the row was read as an indicator named 总分) nor a point
    cells = [c for c in cells if not (_PERCENT_FIGURE.match(c.text) and any(
        _under_col(cols.get(r), c.col) for r in ("target", "actual", "progress")))]
    # `总分 | … | 100 | 99.06（优秀）`: the score with its grade in brackets after it, in the score's cell
    graded = next(((c, m) for c in cells for m in [_SCORE_WITH_GRADE.match(fold(c.text))] if m), None)
    if graded is not None:
        c, m = graded
        cells = [x for y in cells for x in ((replace(c, text=m.group(1)), replace(c, text=m.group(2)))
                                            if y is c else (y,))]
    words = [c for c in cells if not is_number(c.text) and not is_placeholder(c.text)]
    # 总分 | … | 100 | 96 | 优: the grade may close the row, after its label (`自评等级 | 优`) or as ticked options
    # (`自评等次：☑优 □良 □中 □差`)
    grade = None
    if len(words) in (2, 3):
        last = words[-1]
        options = ticked_options(_GRADE_LABEL.sub("", last.text)) \
            if len(words) == 2 and _ANY_BOX.search(last.text) else None
        if options is not None and len(options) == 1 and GRADE_WORD.match(options[0]):
            grade = replace(last, text=options[0])
        elif GRADE_WORD.match(last.text) and (len(words) == 2 or _GRADE_LABEL.match(words[1].text + "：")):
            grade = last
        if grade is not None:
            words = words[:1]
    if len(words) != 1 or label_key(words[0].text) not in _TOTAL_ROW_KEYS:
        return None
    nums = {c.col: c for c in cells if is_number(c.text)}
    score = next((c for k, c in nums.items() if _under_col(cols.get("score"), k)), None)
    weight = next((c for k, c in nums.items() if _under_col(cols.get("weight"), k)), None)
    pair = None
    if score is None and weight is not None and len(nums) == 2 and "weight" in cols \
            and cols["score"][0] == cols["weight"][1] + 1:
        a, b = sorted(nums)
        full, got = parse_number(nums[a].text), parse_number(nums[b].text)
        if b == a + 1 and nums[b] is weight and full is not None and got is not None and full >= got:
            # `总分 | | | | 100 | 97.7` one column short (100 under 实际完成值, 97.7 under 分值): the full marks and the
            # score, in the columns before their own (the score was lost)
            weight, score = nums[a], nums[b]
        elif b == a + 1 and nums[b] is weight:
            # `总分 | | | | 97.7 | 100`: the score before the full marks, both a column early; which is which is
            # decided by the table's weights (`_settle_total`)
            pair = (nums[b], nums[a])
    if score is None and weight is None and both is not None:
        full, got = points_pair(both.text, order)
        weight, score = replace(both, text=full), replace(both, text=got)
    if score is None and weight is None:
        ordered = [c for c in cells if is_number(c.text)]
        if words[0] is not cells[0] or not 1 <= len(ordered) <= 2:
            return None
        # `总分 | 100 | 97.4` with the merged cells between the label and the points left out (a dump
        # collapses them): the numbers in order are the points, then the score
        if len(ordered) == 2:
            weight, score = ordered
            pair = (weight, score)
        elif "weight" in cols and parse_number(ordered[0].text) == 100:
            weight = ordered[0]
        elif (parse_number(ordered[0].text) or 0) > 100 and any(
                _under_col(cols.get(r), ordered[0].col) for r in ("target", "actual", "progress")):
            pass         # `合计 | | | | 180` under 实际完成值: the sum of a money or amount row above (成本指标's 180万元),
            # above any full marks, no score (it was the form's score)
        else:
            score = ordered[0]
    # 总分 | … | 100 | (empty 得分): the total row, with no score written
    anchor = score or words[0]
    return {"_total": True, "score": score.text if score else None, "weight": weight.text if weight else None,
            "grade": _GRADE_LABEL.sub("", grade.text) if grade is not None else None, "page": anchor.page, "line": anchor.line,
            "_label": words[0].text, "_pair": (pair[0].text, pair[1].text) if pair else None}


def source_row_key(rec: dict) -> tuple:
    """An indicator record's source row and its levels: the records of one row read once per horizon share it."""
    return rec.get("page"), rec.get("line"), rec.get("level1"), rec.get("level2"), rec.get("level3")


def same_source_row(a: dict, b: dict) -> bool:
    """Whether two indicator records are one source row read once per horizon or target year (中期指标值 | 年度指标值,
    2024年目标值 | 2025年目标值 columns): its weight and score count once in a total."""
    return (a.get("horizon") is not None and b.get("horizon") is not None and a is not b
            and source_row_key(a) == source_row_key(b))


def _settle_total(total: dict, recs: list[dict]) -> dict:
    """A total row whose two figures stand outside their columns (`总分 | 100 | 97.4`, `总分 | | | | 97.7 | 100`):
    the full marks is the figure that is the table's weights' sum or 100, the score the other one, whichever
    column it landed in; when neither or both are, what the columns say holds."""
    pair = total.pop("_pair", None)
    if pair is None:
        return total
    recs = [r for k, r in enumerate(recs) if not any(same_source_row(r, o) for o in recs[:k])]
    weights = [parse_number(r["weight"]) for r in recs if r.get("weight") is not None]
    full = {100.0} | ({round(sum(w for w in weights if w is not None), 2)} if weights else set())
    a, b = (parse_number(t) for t in pair)
    if a is not None and b is not None and (b in full) != (a in full):
        points, score = (pair[1], pair[0]) if b in full else pair
        return {**total, "weight": points, "score": score}
    return total


_ONE_HAN = lazy(r"^\s*[\u4e00-\u9fff]\s*$")
_LABEL_END = lazy(r".+?(?:指标|目标)")


# a remark before a colon, never an indicator (备注：… / 说明：… / 详见附件：2份); a part's prefix (其中：重点村), never
# a name before its target
_NOTE_WORD = lazy(r"^\s*[(（]?\s*(?:备\s*注|附\s*注|注|说\s*明|填表说明|填报说明|详见|见)")
_PART_WORD = lazy(r"^\s*(?:其中|包括|含)\s*[:：]")
_NAME_OP_TARGET = re.compile(r"^\s*(?P<name>(?:指标\s*\d{1,2}\s*[:：.、]\s*)?[^≥≤≧≦＞＜<>=＝》《\d]{2,40}?)\s*" + OP_TARGET)


def _named_run(text: str) -> bool:
    """Whether a lone cell of the name column is an indicator's name run into its target, no colon between
    (`验收合格率95%以上`, `门诊慢特病待遇享受人员覆盖率不低于90%`): the name ends as an indicator's does. A remark across
    the table from that column (`村级公示时间：…`, `注：…`) has its colon, and stays whole (hunt tg21; tg20 left it)."""
    if ":" in fold(text):
        return False
    name = split_name_and_target(text)[0]
    return name is not None and _NAME_END.search(name) is not None


def _split_name_target(cells: list[Cell], cols: dict[str, tuple[int, int]], combined: bool,
                       first_col: int) -> tuple[list[Cell], dict[int, str]]:
    """`新建垃圾收集点：≥40处` in the name column, nothing under the target column (or a header 指标内容及目标值
    naming both): the name, then its target, as two cells. Only when the part after the colon reads as a
    target (`≥40处`, `2023年10月31日前`; any short text under a header naming both): `其中：城市低保人数` stays a
    name, a remark across the table (`村级公示时间：…` from its first column) stays a remark."""
    span = cols.get("level3")
    if span is None:
        return cells, {}
    target = cols.get("target")
    if target is not None and _any_under(target, cells):
        return cells, {}
    for k, c in enumerate(cells):
        if not _under_col(span, c.col) or (c.col == first_col and len(cells) == 1 and not _named_run(c.text)):
            continue
        m = NAME_COLON_TARGET.match(c.text)
        if m is None or any(level_info(m.group("name"))[:2]) or strip_numbering(m.group("name")) != m.group("name") \
                or _NOTE_WORD.match(c.text) or _PART_WORD.match(c.text):
            # `指标1：培训人数≥100人`: the name, then its target from its operator on (the 指标值 cell empty)
            m = _NAME_OP_TARGET.match(c.text)
            if m is None or any(level_info(m.group("name"))[:2]) or split_target(m.group("target")).value is None:
                m = None
        if m is not None:
            name_text, value = m.group("name"), m.group("target")
        elif not (_NOTE_WORD.match(c.text) or _PART_WORD.match(c.text)) \
                and (got := split_name_and_target(c.text))[0] is not None:
            # `培训人数不少于500人次`, `培训考核合格率95%以上`: the name, then its target from the operator word or the
            # quantity that ends it
            name_text, value = got
        else:
            continue
        if not (target_strength(value) == 2 or _DEADLINE.match(fold(value)) or combined and len(value) <= 12):
            continue
        name, value_cell = replace(c, text=name_text), replace(c, text=value)
        return cells[:k] + [name, value_cell] + cells[k + 1:], {id(name): "level3", id(value_cell): "target"}
    return cells, {}


def fourth_level_name(third: str | None, fourth: str) -> str:
    """The name of a 四级 item, the one a table of four levels scores or sets a target for: written after its 三级 and
    a full-width colon (`农田建设面积：新建高标准农田面积`), the 四级 alone when the 三级 is none or the same name
    (`资金到位率`). One rule for the indicators (`_fourth_level_names`) and the scores (`read_score_table`)."""
    if third is None or not third.strip() or label_key(third) == label_key(fourth):
        return fourth.strip()
    return f"{third.strip()}：{fourth.strip()}"


def _fourth_level_names(header: Header, rows: list[Row], cols: dict[str, tuple[int, int]]) -> list[Row]:
    """`一级指标 | 二级指标 | 三级指标 | 四级指标 | 指标值` (a province's table of four levels, the 三级 merged over the
    四级 rows under it): the indicator is the 四级, the item carrying the target; its name is `三级：四级`, as the
    scores table's level3 (`农田建设面积：新建高标准农田面积`; one name when the 四级 is empty or the same). The
    三级 written once is carried down to the 四级 rows under it, a new level 1 or 2 ending it. (The 四级 was a note,
    `四级指标：…`, and a row under the merged 三级 had no name: an unparsed_row.) Only a head that says 四级: a
    `三级指标 | 指标内容` column is a description of the name, no level."""
    if "level3" not in cols:
        return rows
    span3 = cols["level3"]
    span4 = next((span for r, span in header.all_cols.items() if r.startswith("col:")
                  and label_key(r[4:]) in _FOURTH_LEVEL and span[0] > span3[1]), None)
    if span4 is None or any(span3[1] < span[0] < span4[0] for r, span in cols.items() if r in _ROW_VALUE_ROLES):
        return rows
    upper = [cols[r] for r in ("level1", "level2") if r in cols]
    out: list[Row] = []
    g3: Cell | None = None
    named: Row | None = None          # the last row whose name was made of its 四级 (a cut 四级 cell goes on there)
    for row in rows:
        c3 = next((c for c in row.cells if _under_col(span3, c.col)), None)
        c4 = next((c for c in row.cells if c is not c3 and _under_col(span4, c.col)), None)
        if c3 is None and any(_under_col(sp, c.col) for c in row.cells for sp in upper):
            g3 = None                                  # a new level 1 / 2: the 三级 above is not over this row
        if c3 is not None:
            g3 = c3
        if c4 is None:
            out.append(row)
            named = None if row.cells else named
            continue
        if c3 is None and len(row.cells) == 1 and named is not None \
                and _name_goes_on(c4.text, next(c for c in named.cells if _under_col(span3, c.col)).text):
            # `| | | 学校食堂账户` alone under `… | 资金按季度拨付至 | 每季度首月`: the 四级 cell a line break cut, its
            # next piece (as a 三级 name's, _cut_cells_go_on); a 四级 of its own whose 指标值 is blank, `| | | 新建村级公厕`,
            # stays an indicator (it was glued to the name above, review rv)
            name = next(c for c in named.cells if _under_col(span3, c.col))
            joined = replace(name, text=pieces_joined(name.text, c4.text))
            named.cells[named.cells.index(name)] = joined
            named._sub = 0           # (sub_project_head's memo of the row forgotten: a cell of it rewritten)
            continue
        base = c3 or g3
        text = fourth_level_name(base.text if base is not None else None, c4.text)
        name = replace(c4, text=text, col=span3[0], colspan=1) if c3 is None else replace(c3, text=text)
        cells = sorted([name if c is c3 else c for c in row.cells if c is not c4]
                       + ([name] if c3 is None else []), key=lambda c: c.col)
        named = Row(cells, row.grid, row.r, row.order, row.page_break)
        out.append(named)
    return out


def _unstack_rows(rows: list[Row], cols: dict[str, tuple[int, int]]) -> list[Row]:
    """Given an indicator table's rows, return them with each row that holds several indicators one per line
    (a Word cell of paragraphs, an Excel cell of Alt+Enter lines: `改造老旧小区数量⏎惠及居民户数` beside
    `28个⏎≥4200户`) made one row per line: the name cell and the target cell hold as many lines, and the target
    lines read as targets. A cell with that many lines gives each row its line; any other cell (the level
    labels, one weight for the group) stays on the first row."""
    name_span, target_span = cols.get("level3"), cols.get("target")
    if name_span is None or target_span is None:
        return rows
    out: list[Row] = []
    for row in rows:
        name = next((c for c in row.cells if "\n" in c.text and _under_col(name_span, c.col)), None)
        target = next((c for c in row.cells if "\n" in c.text and _under_col(target_span, c.col)), None)
        if name is None or target is None:
            out.append(row)
            continue
        lines = {id(c): [x.strip() for x in c.text.split("\n") if x.strip()] for c in row.cells}
        whole: set[int] = set()
        for c in row.cells:
            # a level's label a line break cut (`产出<br>指标`, `服务对象⏎满意度指标`): one label, whole on the first row
            # (each row was given a line of it, `产出` and `指标` two level 1s, hunt ex9)
            if len(lines[id(c)]) > 1 and any(_under_col(cols[k], c.col) for k in ("level1", "level2") if k in cols) \
                    and any(level_info("".join(lines[id(c)]))[:2]) \
                    and not all(any(level_info(x)[:2]) for x in lines[id(c)]):
                lines[id(c)] = ["".join(lines[id(c)])]
                whole.add(id(c))
        n = len(lines[id(name)])
        values = lines[id(target)]
        reads = [target_strength(x) == 2 or bool(_DEADLINE.match(fold(x))) for x in values]
        if n < 2 or len(values) != n or any(len(x) > 24 or x[0] in "(（" for x in values + lines[id(name)]) \
                or any(_target_tail(a, b) for a, b in zip(values, values[1:])) \
                or not all(r or len(x) <= 6 and not _HAS_DIGIT.search(x) for r, x in zip(reads, values)) \
                or sum(reads) * 2 < n:
            # (`≥95%⏎（年底前）` beside `参保率⏎（含脱贫人口）`: one indicator, its name and target wrapped)
            out.append(row)
            continue
        for i in range(n):
            cells = [replace(c, text=lines[id(c)][i]) if len(lines[id(c)]) == n
                     else replace(c, text=lines[id(c)][0]) if id(c) in whole else c
                     for c in row.cells if len(lines[id(c)]) == n or i == 0]
            out.append(Row(cells, row.grid, row.r, row.order + i / (n + 1), row.page_break and i == 0))
    return out


def _target_tail(above: str, line: str) -> bool:
    """Is a target cell's line the rest of the line above it, a line break (a web page's `<br>`, a cell's width) set
    between a figure and its unit (`≥12` over `条`), its bound word (`95%` over `以上`), both (`≥600` over `盏以上`),
    a month and its end (`2024年11月` over `底前`) or a year and its deadline's rest (`2024` over `年底前`, `2025年`
    over `6月底前`: _deadline_cut)? Then the cell holds one target, its name cell one name broken
    as well (`改造背街` over `小巷条数`: it was two indicators, the second with `条` for its target). A unit is one a
    name's bracket writes (NAME_UNITS: `盏`, `公斤`, `个月`), a magnitude before one or alone (`万件`, `亿`), a counter
    of two (`户次`, `台套`) or a Latin one split_target reads (`km`)."""
    above, line = fold(above).strip(), fold(line).strip()
    if line and (above[-1:].isdigit() or above[-1:] in _YEAR_OPEN_END) and _deadline_cut(above, line):
        return True                                 # `2024` over `年底前`, `2024年` over `12月底前`: one deadline
    if not line or _HAS_DIGIT.search(line) or len(line) > 6:
        return False
    tail = _UNIT_TAIL.match(line)                   # (it always matches: the unit or the bound word may be empty)
    unit = tail.group("u")
    if not unit:
        return bool(tail.group("b")) and bool(_HAS_DIGIT.search(above))
    if above[-1:].isdigit() and (_counted_unit(unit) or unit.isascii() and unit.isalpha()
                                 and split_target("1" + unit).unit is not None):
        return True
    return bool(_MONTH_CUT.search(above) and _MONTH_TAIL.match(line))


def _counted_unit(unit: str) -> bool:
    """Is a Han line a unit after a figure: NAME_UNITS' (`盏`), with a magnitude before it (`万件`, `亿次`) or a 次 / 套
    after it (`户次`, `台套`), or a bare magnitude (`万`, `亿`: split_target reads `≥3.5亿` under a money name as 亿元)?
    (A bare 万 / 亿 and those counters of two were lost when NAME_UNITS took the place of the old any-two-of class
    `[个条…万亿米亩吨km]{1,2}`, `园区年产<br>值` | `≥3.5<br>亿` two indicators, review rd66; that class's `人个` stays out.)"""
    base = unit[1:] if unit[:1] in "万亿" else unit
    if not base:
        return True
    return base in NAME_UNITS or base[-1:] in "次套" and base[:-1] in NAME_UNITS


# a target's line that is only its unit and / or its bound word (`盏`, `盏以上`, `以上`)
_UNIT_TAIL = lazy(rf"^(?P<u>.*?)(?P<b>{SUFFIX_WORD_ALONE})?$")


def _vertical_block_label(header: Header, rows: list[Row], cols: dict[str, tuple[int, int]]) -> list[Row]:
    """Given an indicator table's rows, return them without the characters of a block's label written one a row down
    a column left of the table's (a merged `绩效指标` cell printed top to bottom: `绩` / `效` / `指` / `标` beside the
    first rows, its first character beside the header at times): read down, the characters spell the label
    (is_block_label) — no cell of any row (they were unplaced_cell warnings, and `效` beside an empty level-1 cell
    was read as that row's level 1)."""
    first = min(span[0] for span in cols.values())
    lead = [x.text.strip() for x in header.row.cells if x.col < first]
    top = lead[0] if len(lead) == 1 and _ONE_HAN.match(lead[0]) else ""
    out = list(rows)
    i = 0
    while i < len(rows):
        run = _one_han_run(rows, i, first)
        said = "".join(c.text.strip() for _, c in run)
        if len(run) >= 2 and (is_block_label(said) or (i == 0 and top and is_block_label(top + said))):
            for m, c in run:
                out[m] = Row([x for x in rows[m].cells if x is not c], rows[m].grid, rows[m].r,
                             rows[m].order, rows[m].page_break)
        i = run[-1][0] + 1 if run else i + 1
    return out


def _one_han_run(rows: list[Row], i: int, first: int) -> list[tuple[int, Cell]]:
    """The (row index, cell) of the one-character cells left of column `first` read down from row i, each its row's
    only cell there; rows with none there between them go on the run (a tall merged cell prints its characters some
    rows apart: `绩` / `` / `效` / `` …, review rv57)."""
    run: list[tuple[int, Cell]] = []
    for j in range(i, len(rows)):
        r = rows[j]
        if r.grid is None:
            break
        lead = [x for x in r.cells if x.col < first and x.text.strip()]
        if not lead and run:
            continue
        if len(lead) != 1 or not _ONE_HAN.match(lead[0].text):
            break
        run.append((j, lead[0]))
    return run


def _vertical_labels(rows: list[Row], span) -> list[Row]:
    """Given an indicator table's rows and its level-1 column, return the rows with a level-1 label written
    one character per row (a merged cell printed vertically: `产` / `出` / `指` / `标`) put together on the
    first row of each label; the rows that held only a character of it are left out."""
    if span is None:
        return rows
    lo, hi = span if isinstance(span, tuple) else (span, span)     # (`_under_col`, in a plain loop: every row)
    chars = []
    for r in rows:
        got = None
        for c in r.cells:
            if lo <= c.col <= hi and _ONE_HAN.match(c.text):
                got = c
                break
        chars.append(got)
    out = list(rows)
    i = 0
    while i < len(rows):
        if chars[i] is None:
            i += 1
            continue
        j = i
        while j < len(rows) and chars[j] is not None:
            j += 1
        text = "".join(c.text.strip() for c in chars[i:j])
        parts = _LABEL_END.findall(text)
        if len(text) >= 2 and "".join(parts) == text and all(level_info(p)[0] for p in parts):
            k = i
            for p in parts:                  # 产出指标效益指标: one label after the other
                for m in range(k, k + len(p)):
                    r, c = rows[m], chars[m]
                    keep = [x for x in r.cells if x is not c]
                    if m == k:
                        keep.insert(r.cells.index(c), replace(c, text=p))
                    out[m] = Row(keep, r.grid, r.r, r.order, r.page_break) if keep else None
                k += len(p)
        i = j
    return [r for r in out if r is not None]


_OPEN_END = lazy(r"[较的、（(，,]$")           # (与 / 比 / 及 end words too: 参与, 占比, 普及)
_TARGET_JOINER = lazy(r"[·•/／\-－~～至、]$")


def _next_year_line(above: str, piece: str) -> bool:
    """Is `piece` (a row's only cell, under the target column) the next year's line of the target cell `above`, which
    gives a year's target the same way (`2024年：≥5000人` over `2025年：≥5200人`, `≥95%（2024年）` over `≥98%（2025年）`),
    a year not written in it yet? (A cell of one year and a note, `≥95%` over `（2025年）`, is none: both hold a target.)"""
    lines = [x for x in re.split(r"[；;\n]", above) if x.strip()]
    for pat in (YEAR_LEAD, YEAR_TAIL):           # (normalize.targets': split_by_year's years, the same patterns)
        m = pat.search(piece)
        if m is None:
            continue
        seen = [pat.search(x) for x in lines]
        if not lines or any(x is None for x in seen):
            return False
        rest = (piece[m.end():] if pat is YEAR_LEAD else piece[:m.start()]).strip()
        return bool(rest) and m.group("y") not in {x.group("y") for x in seen}
    return False


def _cut_cells_go_on(prev: dict[str, Cell], body: dict[str, Cell], after: Row | None = None) -> bool:
    """Does an indicator-table row (`body`: its cells by role, no level label) only continue the cells of the
    indicator row right above it (`prev`), which a line break inside them cut? A deviation or note text going on
    (`1个小区居民意见不统一，` / `已列入下年度计划`); a target's tail (`5元/生·` / `天`); or a name's tail with the row's values, under a row that held only the name's start
    (`楼本体节能改造面` / `积 | ≥15万平方米 | …`). `after` is the table's next row (see _measure_tail)."""
    if not body or not prev:
        return False
    if set(body) <= FREE_TEXT_ROLES:
        return True
    if "level3" in body and len(body) > 1 and "level3" in prev and set(prev) <= {"level3"} | FREE_TEXT_ROLES:
        piece = clean(body["level3"].text)
        return _cut_bracket_goes_on(piece or "", prev["level3"].text, after) \
            or 1 <= len(piece) <= 2 and not any(level_info(piece)[:2]) and not _HAS_DIGIT.search(piece) \
            or _measure_tail(piece or "", clean(prev["level3"].text) or "", body, after) \
            or _count_word_tail(piece or "", clean(prev["level3"].text) or "")
    if "level3" in body and len(body) > 1 and "level3" in prev and {"level1", "level2"} & set(prev) \
            and set(prev) - {"level1", "level2"} <= {"level3"} | FREE_TEXT_ROLES:
        # the same under a row that opens its level 1 / level 2 (`产出指标 | 质量指标 | 养老机构消防安全达标` then
        # `| | 率 | 100%`), when the piece can only end a name (a short name of its own, `人数 | 200人`, stays one)
        piece, name = clean(body["level3"].text) or "", clean(prev["level3"].text) or ""
        return _short_name_tail(piece, name) or _measure_tail(piece, name, body, after) \
            or _cut_bracket_goes_on(piece, name, after) or _count_word_tail(piece, name)
    if set(body) == {"level3"} and "level3" in prev and len(prev) > 1 \
            and (_name_goes_on(body["level3"].text, prev["level3"].text)
                 or "target" in prev and _rate_named_below(clean(body["level3"].text) or "",
                                                           clean(prev["level3"].text) or "", prev["target"].text)):
        return True
    rest = set(body) - FREE_TEXT_ROLES
    if rest and set(body) <= set(prev) and all(r.startswith("col:") or r in ("actual", "progress") for r in rest) \
            and not any(_HAS_DIGIT.match(clean(body[r].text) or "") for r in rest if not r.startswith("col:")) \
            and any(_OPEN_END.search(prev[r].text.rstrip()) for r in body if r in FREE_TEXT_ROLES or r.startswith("col:")):
        # a 监控表's row cut in its 完成值 and its reasons: `未完成 | … | 受雨季影响，土建工期 | 增加施工班组，` then `滞后约20天
        # | | 延误 | 倒排工期` under the same columns, a text left open above (`，`): the pieces of the cells above (they
        # were an indicator of no name, an unparsed_row)
        return True
    if set(body) - FREE_TEXT_ROLES == {"target"} and "target" in prev:
        piece = clean(body["target"].text)
        before = prev["target"].text.rstrip()
        if piece and piece[0].isdigit() and ("," in before[-4:] or "，" in before[-4:]) \
                and number_group_cut(before, piece):
            return True                              # `≥1,2` over `00人次`: a number cut inside its digits
        if piece and (before[-1:].isdigit() or before[-1:] in _YEAR_OPEN_END) and _deadline_cut(before, piece):
            return True                              # `2024` / `年底前完成`, `2024年` / `12月底前`: one deadline
        return 1 <= len(piece) <= 4 and not _HAS_DIGIT.search(piece) and (
            len(piece) == 1 or bool(_TARGET_JOINER.search(before))
            or bool(_DATE_CUT.search(before) and _DATE_TAIL.match(piece))    # `2020年12月31` / `日前`
            or bool(_MONTH_CUT.search(before) and _MONTH_TAIL.match(piece)))  # `2024年11月` / `底前` (hunt ex9)
    if set(body) - FREE_TEXT_ROLES == {"level3", "target"} and "level3" in prev and "target" in prev:
        # a row's name and target both wrapped, their rests on the line under it (`培训基层医务 | ≥1,200` over `人员 |
        # 人次`, a laid-out text's rests a little off their columns): one indicator when the target's rest is its
        # unit or bound word (_target_tail) and the name's no level's and no figure (it was an indicator `人员` of
        # target `人次`; hunt ly18); not two names each ending as a whole one's, the piece more than its end word
        # (`项目完工年度 | 2024` over `资金拨付时间 | 年底前`: two indicators, the second's year implied — they were one,
        # `项目完工年度资金拨付时间`; `新增就业岗位数` over `量` is still one; review rv140), nor a whole name over a
        # deadline's rest of an implied year (`开工年份 | 2024` over `完工时间 | 年底前`: two; mend md63)
        piece = clean(body["level3"].text) or ""
        end = INDICATOR_NAME_END.search(piece)
        return bool(piece) and len(piece) <= 8 and not _HAS_DIGIT.search(piece) and not any(level_info(piece)[:2]) \
            and not (end and end.start() > 0 and (INDICATOR_NAME_END.search(clean(prev["level3"].text) or "")
                                                  or _deadline_cut(fold(prev["target"].text).strip(),
                                                                   fold(body["target"].text).strip()))) \
            and _target_tail(prev["target"].text, body["target"].text)
    return False


def _name_goes_on(piece: str, name: str) -> bool:
    """Is `piece`, alone in a name column under a row whose name is `name` (its values given), the rest of that name a
    line break cut? A name ending open, on 较 / 的 / a joining word (`城镇污水集中收集率较` then `上年提高幅度（百分点）`,
    `城乡居民基本医疗保险和` then `大病保险参保人数`) or on 至 / 、 (`资金按季度拨付至` then `学校食堂账户`); its last
    characters (`服务人员持证上岗` then `率`); the document its verb makes (`编制全县主要经济指标季度` then `统计汇总表`).
    A name of its own (`新建村级公厕` under `新改建农村户用卫生厕所`, its target left blank) is no piece."""
    name = name.rstrip()
    if (_OPEN_END.search(name) or joining_end(name) or name.endswith(("至", "、"))) \
            and not any(level_info(piece)[:2]):
        return True
    if _bracket_goes_on(piece, name):
        return True
    if _gloss_alone(piece):
        return True      # (`立项依据充分性` then `（含程序规范性）`: the name's gloss a line break put under it — it was an
        # item of its own sharing the points above, review rv55)
    piece, name = clean(piece) or "", clean(name) or ""
    return _short_name_tail(piece, name) or _document_tail(piece, name)


def _bracket_goes_on(piece: str, name: str) -> bool:
    """Is `piece`, in the name column under a name `name` whose bracket is left open (`工程验收合格率（按交通`), the
    bracket's rest a line break cut (`运输部公路工程质量检验`, then `评定标准）`)? Not a piece opening a bracket of its
    own before it closes one (`满意度（群众）`: a name of its own), nor a level's label (hunt ly15: a name wrapped over
    three lines, its target on the middle one, was three indicators, the first and last of no target)."""
    opened = name.count("（") + name.count("(") - name.count("）") - name.count(")")
    return opened > 0 and bool(piece.strip()) and not _OPENS_FIRST.match(piece) and not any(level_info(piece)[:2])


_OPENS_FIRST = lazy(r"^[^()（）]*[(（]")
_CLOSES_FIRST = lazy(r"^[^()（）]*[)）]")


def _cut_bracket_goes_on(piece: str, name: str, after: Row | None) -> bool:
    """_bracket_goes_on for a piece holding the row's values (`运输部公路工程质量检验 | 100%` under `工程验收合格率（按交通`
    of no target): only when the bracket closes in it or in the next row's one cell (`评定标准）`). A name of no target
    whose bracket a typo or OCR left open (`工程验收合格率（` / `工程验收合格率（按国家标准`) over the next indicator
    (`路面平整度 | ≤2.0m/km`) is no name cut: they were glued, `工程验收合格率（路面平整度` (review rv104)."""
    if not _bracket_goes_on(piece, name):
        return False
    if _CLOSES_FIRST.match(piece):
        return True
    rest = [t for c in after.cells if (t := clean(c.text))] if after is not None else []
    return len(rest) == 1 and bool(_CLOSES_FIRST.match(rest[0]))


def _rate_named_below(piece: str, name: str, target: str) -> bool:
    """A rate's words alone in the name column, no target, under a name of a percent target that names no rate
    (`田间道路通达度达到建设标准 | 100%` then `要求的比例`): the name's end, the measure its target is in, a line break
    cut (it was an indicator of no target — hunt nw7). A few words only (a name of its own is longer); not under a
    name closing on the unit it counts in (`新建村卫生室（个）`: a whole name, as _measure_tail's)."""
    return 2 <= len(piece) <= 5 and bool(_RATE_END.search(piece)) and not _HAS_DIGIT.search(piece) \
        and not any(level_info(piece)[:2]) and len(name) >= 4 and not _RATE_END.search(name) \
        and not _TERMINAL_PUNCT.search(name) and name_unit(name) is None and bool(_PER_CENT.search(fold(target)))


def _gloss_alone(piece: str) -> bool:
    """A piece that is a bracketed gloss and nothing else (`（含程序规范性）`), no outline number (`（一）`, `（2）`)."""
    t = piece.strip()
    return bool(_BRACKETED.fullmatch(t)) and not re.fullmatch(r"[\d一二三四五六七八九十]*", t[1:-1].strip())


def _measure_tail(piece: str, name: str, body: dict[str, Cell], after: Row | None) -> bool:
    """A measure's last word alone in the name column with the target it fits (`覆盖率 | 不低于90%`, `参保率95%以上` split
    so), under a name with no target that ends as no indicator's does (`门诊慢特病待遇享受人员`, `城乡居民基本医疗保险`): the
    rest of that name, a line break cut (two indicators were read, the first with no target; a lone cell in the first
    column was the row above's target whole before hunt tg21 split it — review rv77). Not when the next row `after`
    names such a word too: the name heads them (`农村公路建设` over `完工率 | 100%` and `合格率 | ≥95%`); nor when the name
    closes on the unit it counts in, which follows a whole name (`新建村卫生室（个）` then `使用率≥80%` — review rd2)."""
    return _short_measure(piece) and "target" in body and _measure_fits(piece, body["target"].text) \
        and len(name) >= 4 and not _NAME_END.search(name) and not _TERMINAL_PUNCT.search(name) \
        and name_unit(name) is None \
        and not any(level_info(name)[:2]) \
        and not (after is not None and any(_short_measure(clean(split_name_and_target(c.text)[0] or c.text) or "")
                                           for c in after.cells))


# a count's word an indicator's name closes on (`数量`, `面积`, `人次`), after one character a cell's width cut from the
# word before it (`新建农村文化礼` over `堂数量 | 不少于12家`); not after a word of its own that opens a short name
# (`总面积`, `新增数`, `年人次`)
_COUNT_TAIL = lazy(r"^([\u4e00-\u9fff])(?:数量|面积|长度|里程|人数|户数|个数|次数|人次|规模|金额|台数|座数)$")
_COUNT_TAIL_OPENERS = "总新年月日人户每均累净增减全本"


def _count_word_tail(piece: str, name: str) -> bool:
    """Is `piece`, with the row's target, under a name of no target (`新建农村文化礼`), the name's end a line break cut:
    one character and a count's word (`堂数量`), the name ending on no word an indicator's name ends on (it was an
    indicator of no target and one named `堂数量`; hunt nw17)? Not a short name of its own, `人数` or `总面积`."""
    m = _COUNT_TAIL.match(piece)
    return m is not None and m.group(1) not in _COUNT_TAIL_OPENERS and len(name) >= 4 \
        and not _NAME_END.search(name) and not _TERMINAL_PUNCT.search(name) and name_unit(name) is None \
        and not any(level_info(name)[:2]) and not _HAS_DIGIT.search(name[-2:])


def _short_measure(words: str) -> bool:
    """A measure's last word alone, a rate's or a share's (`覆盖率`, `参保率`, `管理率`, `满意度`, `比例`)."""
    return words in _NAME_END_WORDS or len(words) <= 4 and bool(_RATE_END.search(words))


def _short_name_tail(piece: str, name: str) -> bool:
    """A piece alone in the name column under a full indicator row that can only be the end of its name: one
    character that only ends a name (`率`), or up to four under a name left hanging on an average's word (`…人均`
    then `增收`); no figure, no level's word or a level's start."""
    if not piece or _HAS_DIGIT.search(piece) or any(level_info(piece)[:2]) or len(name) < 4 or is_placeholder(piece):
        return False
    if any(any(level_info(piece + end)[:2]) for end in ("效益指标", "指标", "度指标")):
        return False              # (`生态` / `可持续`: the start of the next level's label, cut by its cell)
    # one character that only ends a name (率 / 度 / 量 …), or a name left hanging on an average's word (`…人均` /
    # `增收`); a short name of its own (`就业`, `工期`, `知晓率`) stays an indicator
    return (len(piece) == 1 and piece in "率度量数额比值") or (len(piece) <= 4 and bool(_HANGING_END.search(name))) \
        or (len(piece) <= 3 and any(name.endswith(w[:k]) and piece == w[k:] for w in _NAME_END_WORDS
                                    for k in range(1, len(w) - len(piece) + 1) if k + len(piece) == len(w)))
    # (or the rest of a name's last word cut inside it: `…空气质量改善满` then `意度`)


# a name-only piece naming a document (`统计汇总表`, `汇总表`, `统计`), under a name opened by a verb that makes one
# (`编制…` / `上报…`) and not ending on a document already: the end of that name, cut by its cell
_DOC_PIECE = lazy(r"^[\u4e00-\u9fff]{0,6}(?:表|报表|报告|台账|清单|方案|统计|名册|手册|档案|资料)$")
_DOC_VERB = lazy(r"^(?:编制|制定|完成|上报|报送|建立|形成|出具|编写|撰写|印发|制作|汇编|整理|填报|更新)")
_DOC_END = lazy(r"(?:表|报告|台账|清单|方案|名册|手册|档案|资料|率|(?<![季年月])度|数|量|[(（].*[)）])$")


def _document_tail(piece: str, name: str) -> bool:
    """`统计汇总表` alone under `编制全县主要经济指标季度 | 4期`: the document the name's verb makes, cut off by the cell."""
    return bool(piece) and len(piece) <= 8 and not _HAS_DIGIT.search(piece) and not any(level_info(piece)[:2]) \
        and bool(_DOC_PIECE.match(piece)) and bool(_DOC_VERB.match(name)) and not _DOC_END.search(name)


# words an indicator's name ends on, which a cell's width may cut inside (满|意度, 合|格率)
_NAME_END_WORDS = ("满意度", "知晓率", "合格率", "覆盖率", "完成率", "及时率", "达标率", "使用率", "执行率", "到位率", "参与率",
                   "通过率", "就业率", "入学率", "巩固率", "普及率", "利用率", "处理率", "收集率", "回收率", "准确率", "成活率",
                   "出勤率", "增长率", "支付率", "兑付率", "发放率", "落实率", "办结率", "满意率", "完好率", "可用率", "完工率",
                   "验收率", "响应率", "受益率", "参保率", "报销率", "覆盖面", "完成度", "认可度", "知晓度", "获得感")


_HANGING_END = lazy(r"(?:人均|户均|年均|亩均|日均|月均|生均|平均|新增|累计|每万人|每千人)$")


_DATE_CUT = lazy(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*\d{1,2}$")
_DATE_TAIL = lazy(rf"^[日号月](?:底|末)?{DEADLINE_SUFFIX}$")
# a deadline a cell's width cut after its month (`2024年11月` over `底前`, `12月` over `末`): the month's end
_MONTH_CUT = lazy(r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月$")
_MONTH_TAIL = lazy(rf"^{MONTH_PART}$")
# a deadline cut after its year or its 年 (`2024` over `年底前` or `年底前完成`, `2025` over `年内`, `2024年` over `底前`
# or `12月底前`, `2024` over `年12月底前`): the year's run ending the line above and the piece under it make one
# whole deadline, a month's (STEP_TIME), a year's end (YEAR_PART_TIME) or the year's own (`年内`, `年度内`) — hunt
# ly18 took `2024` / `年` + a month's end; review rv140 widened it to any cut after the year (a piece with the
# month's figure, a piece of five characters and more were two indicators)
_YEAR_OPEN = lazy(r"(?<![\d.])(?:19|20)\d{2}(?:\s*年(?:\s*\d{1,2}\s*月?)?)?$")
_YEAR_OPEN_END = "年月"
_DEADLINE_WHOLE = lazy(rf"^(?:{STEP_TIME}|{YEAR_PART_TIME}|(?:19|20)\d{{2}}\s*年\s*(?:度\s*)?(?:内|中)?)\s*{DEADLINE_SUFFIX}$")


def _deadline_cut(above: str, piece: str) -> bool:
    """Is `piece`, under a line ending in a year (`2024`, `2024年`, `2024年12月`), that deadline's rest a line break
    cut off (`年底前完成`, `12月底前`, `底前`)? The year's run and the piece make one whole deadline."""
    m = _YEAR_OPEN.search(above)
    return m is not None and bool(_DEADLINE_WHOLE.match(m.group() + piece.strip()))


_RATE_END = lazy(r"(?:率|(?<![长宽高深厚温强密速精])度|比例|比重)$")     # (a 长度 or 温度 is no rate)
_QUALITY_END = lazy(r"(?:性|体系|机制|制度|情况|水平|效果|效益|能力|影响)$")
_PER_CENT = lazy(r"[%％‰]")


def _measure_fits(piece: str, target: str) -> bool:
    """Does the measure a name's last word names (`利用率`, `长度`, `水平`) fit the target `target`: a rate a percent,
    a quality a text of no figure, a quantity or a time a figure of no percent?"""
    t = fold(target)
    if _RATE_END.search(piece):
        return bool(_PER_CENT.search(t))
    if _QUALITY_END.search(piece):
        return not _HAS_DIGIT.search(t)
    return bool(_HAS_DIGIT.search(t)) and not _PER_CENT.search(t)


def _name_goes_on_over_page(prev: IndicatorRow, body: dict[str, Cell], row: Row) -> bool:
    """The first row of a page holding only the rest of the name of the indicator that ends the page before
    (a row Word let break across the page: `…（按季度统计并报送市级主管部` on one page with the values, `门审核）`
    alone on the next): its brackets close what the name above left open."""
    if set(body) - FREE_TEXT_ROLES != {"level3"} or "level3" not in prev.roles or len(prev.roles) < 2:
        return False
    before = prev.row.cells[-1] if prev.row.cells else None
    here = body["level3"]
    if before is None:
        return False
    over_page = row.page_break or (here.page is not None and before.page is not None and here.page != before.page)
    name, piece = fold(prev.roles["level3"].text), fold(here.text)
    if over_page and name.count("(") > name.count(")") and piece.count(")") > piece.count("("):
        return True
    # (or a few characters ending it in what it measures, under a name that does not end so and has its target:
    # `城区生活垃圾资源化 | ≥40%` then `利用率`, alone under the head printed again; with no page break between, on
    # the line right under its row, up to four measuring what the row's target gives, `更新老旧环卫管网 | ≥8公里` then
    # `长度` — `发放宣传资料 | 5000份` then `知晓率` is a name of its own, its target left blank: a rate over a count)
    name, piece = (clean(name) or "").rstrip(), clean(piece) or ""
    if not over_page and not _measure_fits(piece, prev.roles["target"].text if "target" in prev.roles else ""):
        return False
    return "target" in prev.roles and 1 <= len(piece) <= (6 if over_page else 4) and bool(_NAME_END.search(piece)) \
        and not _NAME_END.search(name) and not _TERMINAL_PUNCT.search(name) and not _HAS_DIGIT.search(piece) \
        and not any(level_info(piece)[:2]) and not is_placeholder(piece)


_NATURE_WORD = lazy(r"^\s*定[量性](?:指标)?\s*$")
_TAIL_ENDS = ("指标", "目标", "分）", "分)", "）", ")", "标")
_WORD_TAIL = lazy(r"^\s*[\u4e00-\u9fff]?(?:指标|目标)\s*(?:[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）])?\s*$")
_CHAR_TAIL = lazy(r"^\s*标\s*(?:[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）])?\s*$")
_POINTS_TAIL = lazy(r"^\s*[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）]\s*$")
# a piece of a level name cut by its column's width: Chinese characters only, a few of them
_CUT_PIECE = lazy(r"^\s*[\u4e00-\u9fff]{1,8}\s*$")
_TERMINAL_PUNCT = lazy(r"[。；;！!]\s*$")
# a name's wrapped end on the line of its levels' tails: a cut piece, maybe with a short bracket closing the name
# (`入湖污染物` over `削减量（COD）`, `覆盖率（%）`: the bracket kept the piece a name of its own, no target)
_NAME_REST = lazy(r"^\s*[\u4e00-\u9fff]{1,8}(?:[（(][^（()）\d]{1,8}[)）])?\s*$")


@value_cache(maxsize=1 << 16)   # (a pure function of its texts, asked of the same cells form after form, sp12)
def joins_tail(label: str, tail: str) -> bool:
    """Is `tail` the wrapped end of the level label `label` (`产出` + `指标`, `产出指标` + `（30分）`)?"""
    label = label.rstrip()
    if label.endswith((")", "）")):
        return False
    if label.endswith(("指", "目")) and _CHAR_TAIL.match(tail):
        return any(level_info(label + tail.strip())[:2])     # `产出指` / `标`: the word cut inside
    if _CUT_PIECE.match(label) and _CUT_PIECE.match(tail) and not any(level_info(label)[:2]) \
            and any(level_info(label + tail.strip())[:2]):
        # `服务对象满` / `意度指标`, `服务对象` / `满意度` (a level name alone too): a narrow column cut the name inside
        # a word, the label above no level name alone
        return True
    if _WORD_TAIL.match(tail):
        if label.endswith(("指标", "目标")):
            return False
    elif not _POINTS_TAIL.match(tail):
        return False
    return any(level_info(label + tail.strip())[:2])


def _label_tails(rows: list[Row], cols: dict) -> list[Row]:
    """Given an indicator table's rows, return them with a level label's wrapped tail put back: a level cell
    cut by a line break inside it (`产出` on the row of its first indicator, `指标` or `（30分）` under it in the
    same column, alone on a line of the dump or on the next indicator's row) is one label, `产出指标`. A tail
    is joined only to a label above it in its own column that does not end as a label ends already (with
    指标 / 目标 or its points) and reads as a level with it; a row left with nothing is dropped."""
    spans = [cols[lv] for lv in ("level1", "level2") if lv in cols]
    if not spans or not any(len(c.text) <= 12 and (c.text.rstrip().endswith(_TAIL_ENDS)
                            and (_WORD_TAIL.match(c.text) or _POINTS_TAIL.match(c.text) or _CHAR_TAIL.match(c.text))
                            or _CUT_PIECE.match(c.text))
                            for r in rows for c in r.cells):
        return rows                                    # (no cell reads as a label's tail: nothing to do)
    out: list[Row | None] = list(rows)
    name_span = cols.get("level3")
    above: dict[tuple, tuple[int, Cell]] = {}          # level column -> (row index, its last label cell)
    span_at: dict[int, object] = {}                    # column -> the first level span over it (None: none)
    for k, r in enumerate(rows):
        keep, changed = [], False
        for c in r.cells:
            if c.col in span_at:
                span = span_at[c.col]
            else:
                span = span_at[c.col] = next((s for s in spans if _under_col(s, c.col)), None)
            if span is None:
                keep.append(c)
                continue
            key = span if isinstance(span, tuple) else (span, span)
            prev = above.get(key)
            if prev is not None and joins_tail(prev[1].text, c.text):
                m, pc = prev
                joined = replace(pc, text=pc.text.rstrip() + c.text.strip())
                src = out[m]
                if src is not None:
                    out[m] = Row([joined if x is pc else x for x in src.cells], src.grid, src.r, src.order,
                                 src.page_break)
                above[key] = (m, joined)
                changed = True
                continue
            if c.text.strip():
                above[key] = (k, c)
            keep.append(c)
        if changed and name_span is not None and len(keep) == 1 and _under_col(name_span, keep[0].col) \
                and _NAME_REST.match(keep[0].text):
            # `指标 | 指标 | 面貌 |` under `效益 | 生态效益 | 村庄环境卫生 | 明显改善`: the line a dump broke the row's
            # cells into, the name's wrapped end with the labels' (no target, no figure of its own)
            m = next((j for j in range(k - 1, -1, -1) if out[j] is not None), None)
            src = out[m] if m is not None else None
            pc = next((x for x in src.cells if _under_col(name_span, x.col)), None) if src is not None else None
            if pc is not None and not _TERMINAL_PUNCT.search(pc.text):
                joined = replace(pc, text=pc.text.rstrip() + keep[0].text.strip())
                out[m] = Row([joined if x is pc else x for x in src.cells], src.grid, src.r, src.order, src.page_break)
                keep = []
        if changed:
            out[k] = Row(keep, r.grid, r.r, r.order, r.page_break) if keep else None
    return [r for r in out if r is not None]


def _fits_under(info: tuple, l1_cat: str | None) -> bool:
    """Can a label whose level_info is `info` be a level 2 under a level 1 of category `l1_cat`? (成本指标
    under 产出指标 or under an uncategorised 项目决策: yes; 满意度指标 or 效益指标 under 产出指标: no.)"""
    return bool(info[1]) and (l1_cat is None or info[1] == l1_cat or is_child(l1_cat, info[2]))


def _under_col(span, col: int) -> bool:
    if span is None:
        return False
    return span[0] <= col <= span[1] if isinstance(span, tuple) else span == col


def _any_under(span, cells: list[Cell]) -> bool:
    """Is any of the cells under `span` (`_under_col`)? (Plain loops: asked of every row of an indicator table.)"""
    if span is None:
        return False
    if isinstance(span, tuple):
        lo, hi = span[0], span[1]
        for c in cells:
            if lo <= c.col <= hi:
                return True
        return False
    for c in cells:
        if span == c.col:
            return True
    return False


_SEQ = lazy(r"^\s*\d{1,3}\s*$")
# what an indicator row holds of its own beside its name: a target, a value reached, points
_ROW_VALUE_ROLES = frozenset({"target", "target_long", "target_adj", "target_prev", "actual", "progress", "weight", "score"})
# (the dash doubled, `效益指标——社会效益指标`, as a Chinese dash is typed)
_LEVEL_PAIR = lazy(r"^\s*(?P<a>[^-—－/／]{2,12}?)\s*(?:[-—－/／]|——|－－|--)\s*(?P<b>[^-—－/／]{2,16})\s*$")


# `产出指标` over `数量指标` in one cell, on two lines (a merged 一级指标 / 二级指标 head's cells)
_LEVEL_LINES = lazy(r"^\s*(?P<a>[^\n]{2,12}?(?:指标|目标))[ \t\u3000]*\n\s*(?P<b>[^\n]{2,16}?(?:指标|目标))\s*$")
_LEVEL_AND_NAME = lazy(r"^\s*(?P<a>\S{2,12}指标)[ \u3000]+(?P<b>\S.*?)\s*$")
_FIGURE_OR_TARGET = lazy(r"^[\d≥≤<>=＞＜＝》《%％.,]")


def split_span(cell: Cell, a: str, b: str) -> list[Cell]:
    """A cell over several columns holding two texts run together (a PDF table without vertical rules): the first in
    the cell's first column, the second in its span's last."""
    last = cell.col + cell.colspan - 1
    return [Cell(cell.row, cell.col, a, cell.rowspan, 1, cell.page, cell.line, cell.bbox),
            Cell(cell.row, last, b, cell.rowspan, 1, cell.page, cell.line, cell.bbox)]


def _split_levels(cells: list[Cell]) -> list[Cell]:
    """A row's CELLS, each naming both levels (`产出指标-数量指标`, a spreadsheet's merged level column) as two cells
    (its memoised plan asked first: most cells split not, and a row's cells are walked in one call, hunt sp13)."""
    out: list[Cell] = []
    for cell in cells:
        plan = _levels_split_plan(cell.text, cell.colspan > 1)
        if plan is None:
            out.append(cell)
            continue
        how, a, b = plan
        if how == "span":
            out.extend(split_span(cell, a, b))
        else:
            out += (Cell(cell.row, cell.col, a, cell.rowspan, cell.colspan, cell.page, cell.line, cell.bbox),
                    Cell(cell.row, cell.col, b, cell.rowspan, cell.colspan, cell.page, cell.line, cell.bbox))
    return out


@lru_cache(maxsize=1 << 16)
def _levels_split_plan(text: str, wide: bool) -> tuple[str, str, str] | None:
    """How `_split_levels` splits a cell of this text (over more than one column: `wide`): ("pair", a, b) into two
    cells in its place, ("span", a, b) into its span's first and last columns, None not at all. (A pure function of
    the text, looked up once: the same level names fill every form of a template.)"""
    m = _LEVEL_PAIR.match(text) or _LEVEL_LINES.match(text)
    if not m or not level_info(m.group("a"))[0] or not level_info(m.group("b"))[1]:
        n = _LEVEL_AND_NAME.match(text) if wide else None
        if n is not None and level_info(n.group("a"))[0] and level_info(n.group("b"))[1] \
                and not level_info(n.group("b"))[0]:
            # `效益指标 社会效益指标` in one cell over the two level columns (a PDF table without vertical rules)
            return "span", n.group("a"), n.group("b")
        if n is not None and level_info(n.group("a"))[1] and not any(level_info(n.group("b"))[:2]) \
                and not _FIGURE_OR_TARGET.match(n.group("b")):
            # `可持续影响指标 林长制责任体系` in one cell over the level-2 and name columns (a PDF table without vertical
            # rules ran the two together): the level 2, and the name in the span's last column
            return "span", n.group("a"), n.group("b")
        return None
    return "pair", m.group("a"), m.group("b")


# an indicator's name carrying its levels before it: `产出-数量-培训人次`, `产出/质量/苗木成活率`,
# `【产出指标/数量指标】培训人次`, `[产出指标][数量指标]培训人次`, `产出指标>数量指标>培训人次`
_LEVEL_SEP = r"\s*(?:[-—－/／|｜>＞→]|——|－－|--)\s*"
_LEVEL_PREFIX = re.compile(
    r"^\s*(?P<no>指标\s*\d{1,3}\s*[:：.、]\s*|\d{1,3}\s*[.、．]\s*|[（(]\d{1,3}[)）]\s*)?(?:[【\[［](?P<a1>[^【】\[\]［］]{2,12}?)" + _LEVEL_SEP + r"(?P<b1>[^【】\[\]［］]{2,16}?)\s*[】\]］]"
    r"|[【\[［](?P<a2>[^【】\[\]［］]{2,12}?)[】\]］]\s*[【\[［](?P<b2>[^【】\[\]［］]{2,16}?)[】\]］]"
    r"|(?P<a3>[^-—－/／|｜>＞→【\[［\s]{2,12}?)" + _LEVEL_SEP + r"(?P<b3>[^-—－/／|｜>＞→\s]{2,16}?)" + _LEVEL_SEP + r")"
    r"\s*[:：]?\s*(?P<name>\S.*?)\s*$")


@lru_cache(maxsize=1 << 16)
def _level_prefix(text: str) -> re.Match | None:
    """`_LEVEL_PREFIX` matched once a text (asked of each cell of an indicator table's rows)."""
    return _LEVEL_PREFIX.match(text)


def _split_level_prefix(cell: Cell) -> list[Cell] | None:
    """A name cell whose levels are written before the name (`产出-数量-培训人次`, `【产出指标/数量指标】培训人次`): the
    level 1, the level 2 and the name as three cells in the cell's place, or None when the cell is not such."""
    m = _level_prefix(cell.text)
    if m is None:
        return None
    a = m.group("a1") or m.group("a2") or m.group("a3")
    b = m.group("b1") or m.group("b2") or m.group("b3")
    name = m.group("name")
    if m.group("no"):
        name = m.group("no").strip() + name    # (the numbering kept before the name, as a name without levels has it)
    if not level_info(a)[0] or not level_info(b)[1] or any(level_info(name)[:2]) or _FIGURE_OR_TARGET.match(name):
        return None
    return [Cell(cell.row, cell.col, a.strip(), cell.rowspan, cell.colspan, cell.page, cell.line, cell.bbox),
            Cell(cell.row, cell.col, b.strip(), cell.rowspan, cell.colspan, cell.page, cell.line, cell.bbox),
            Cell(cell.row, cell.col, name, cell.rowspan, cell.colspan, cell.page, cell.line, cell.bbox)]


def _last_col(span) -> int:
    return span[1] if isinstance(span, tuple) else span


# a target head naming both horizons, one after the other (`指标值（中期/年度）`, `年度/中期目标值`)
_SLASH_HORIZONS = lazy_regex(r"(中期|长期|实施期|年度)\s*[/／、]\s*(中期|长期|实施期|年度)")
_HORIZON_SLASH = lazy(r"\s*[/／]\s*")


def _slash_head(header: Header):
    """The match of `_SLASH_HORIZONS` in the target column's head (`指标值（中期/年度）`) when it names the two horizons
    (one of them 年度), else None: a function of the header alone, asked once per table, not per row."""
    col = _first_col(header.cols.get("target"))
    head = next((c for c in header.row.cells if c.col == col), None) if col >= 0 else None
    m = _SLASH_HORIZONS.search(fold(head.text)) if head is not None else None
    if m is None or (m.group(1) == "年度") == (m.group(2) == "年度"):
        return None
    return m


def _slash_horizons(header: Header, raw: str | None, m=False) -> list[tuple[str, str]] | None:
    """[(horizon, target), (horizon, target)] when the target column's head names both horizons apart by a slash
    (`指标值（中期/年度）`) and the cell holds two targets so apart, each with a figure (`≥60公里/≥25公里`); else None
    (`10次/年` is one target: no figure after its slash; so is a target whose slash is its own, which reads whole as
    one quantity, a rate `≤1/10万` or a frequency `1次/2月` — they were split, `≤1` and `10万`, review mend).
    M: the header's `_slash_head`, when the caller computed it once for the table's rows."""
    if m is False:
        m = _slash_head(header)
    if m is None or not raw:
        return None
    parts = _HORIZON_SLASH.split(raw.strip())
    if len(parts) != 2 or not all(_HAS_DIGIT.search(p) for p in parts) or split_target(raw).value is not None:
        return None
    return [("annual" if w == "年度" else "long_term", p) for w, p in zip(m.groups(), parts)]


def _first_col(span) -> int:
    """A header's column, or the first of a merged header's (first, last) columns (-1 when absent)."""
    if span is None:
        return -1
    return span[0] if isinstance(span, tuple) else span


def _stem(cell: Cell | None) -> str:
    return level_key(cell.text) if cell else ""


def _recentre(entries: list[IndicatorRow], level: int) -> None:
    """Move rows to the level label below them when the dump printed that label late.

    A merged level cell is drawn once, often in its middle or on the far side
    of a page break; the rows above the label then look as if they belonged
    to the previous label. A row moves to the next label when (level 1) its
    level-2 category fits the next label and not the previous, across a
    page break, or (level 2) its name names the next label ("财务管理制度健全性"
    under "财务管理") or, across a page break, hints at its category. Rows
    before the first label of a table take that label.
    """
    attr, flag = ("l1", "explicit1") if level == 1 else ("l2", "explicit2")
    idx = [i for i, e in enumerate(entries) if getattr(e, flag)]
    if not idx:
        return
    first = idx[0]
    if level == 1:
        label = entries[first].l1
        cat = level_info(label.text)[0] if label is not None else None
        for e in entries[:first]:
            # (not over rows whose level 2 is of another kind: 数量指标 rows above a lone 满意度指标 of a
            # form published with its other level-1 cells empty)
            mine = (level_info(e.l2.text)[1] or level_info(e.l2.text)[0]) if e.l2 is not None else None
            if mine is None or cat is None or mine == cat or (cat == "outcome" and mine == "impact"):
                e.l1 = label
        if 0 < first and entries[first - 1].l1 is label and entries[first - 1].l2 is not None \
                and not entries[first].explicit2 and entries[first].l2 is None:
            # `| 产出指标 | | 开设课程数量 | 220` on the middle row of its level 1's block, under rows of 数量指标: the
            # level 2 above goes on through the label's row (and the rows after it that name none)
            for e in entries[first:]:
                if e.explicit2 or e.l1 is not label:
                    break
                e.l2 = entries[first - 1].l2
    else:
        _level2_over_leading_rows(entries, first)
    for a, b in zip(idx, idx[1:]):
        A, B = getattr(entries[a], attr), getattr(entries[b], attr)
        if A is None or B is None or _stem(A) == _stem(B):
            continue
        if level == 2 and entries[a].l1 is not entries[b].l1:
            continue
        broke = False
        moved: list[IndicatorRow] = []
        for i in range(b - 1, a, -1):
            e = entries[i]
            broke = broke or any(x.row.page_break for x in entries[i + 1:b + 1]) \
                or e.row.cells[0].page != entries[b].row.cells[0].page
            if not _belongs_to_next(e, A, B, level, broke, entries[i - 1], centred=first > 0):
                break
            setattr(e, attr, B)
            moved.append(e)
        if level == 1 and moved:
            # level 2 carried down inside the moved run starts afresh under the new level 1
            cur2 = None
            for e in reversed(moved):
                if e.explicit2:
                    cur2 = e.l2
                else:
                    e.l2 = cur2


def _level2_over_leading_rows(entries: list[IndicatorRow], first: int) -> None:
    """Rows above a table's first level-2 label, under its level 1 and naming none, take that label: the merged
    cell was printed on the middle of its block (`| | 参保人数` over `产出指标 | 数量指标 | 资助特困人员参保人数`);
    there is no label above for them to belong to. Not a row whose name hints at another level 2 only
    (`满意度` rows above a 数量指标 label)."""
    label = entries[first].l2
    sb = _stem(label)
    for e in entries[:first]:
        if e.l2 is not None or e.l1 is not entries[first].l1:
            continue
        name = e.roles.get("level3")
        n = fold(name.text) if name is not None else ""
        others = [k for k, hints in L.LEVEL2_HINTS.items() if k != sb and any(h in n for h in hints)]
        if others and not any(h in n for h in L.LEVEL2_HINTS.get(sb, ())):
            continue
        e.l2 = label


_ITEM_NO = lazy(r"^\s*指标\s*(\d+)")
_COUNT_END = lazy(r"(?:数|数量|批次|次数|场次|人次|户数|个数|处数|件数)$")   # a name reading as a count


def _item_no(e: IndicatorRow) -> int | None:
    name = e.roles.get("level3")
    m = _ITEM_NO.match(fold(name.text)) if name is not None else None
    return int(m.group(1)) if m else None


def _belongs_to_next(e: IndicatorRow, A: Cell, B: Cell, level: int, broke: bool,
                     before: IndicatorRow | None = None, centred: bool = True) -> bool:
    if level == 1:
        if not broke:
            return False
        cat = None
        if e.l2 is not None:
            c1, c2, _ = level_info(e.l2.text)
            cat = c2 or c1
        ca = level_info(A.text)[0]
        cb = level_info(B.text)[0]
        return cat is not None and cat == cb and cat != ca
    name = e.roles.get("level3")
    if name is None:
        return False
    n = fold(name.text)
    sa, sb = _stem(A), _stem(B)
    if sb and sb in n and not (sa and sa in n) and (broke or centred or sa != "数量" or not _COUNT_END.search(n)):
        return True                      # (not a count, 农产品质量安全抽检批次, above the 质量指标 label under 数量指标
        # in a table whose labels stand on their groups' first rows: the category's word inside its name)
    if broke:
        no, prev_no = _item_no(e), (_item_no(before) if before is not None else None)
        if no == 1 and prev_no is not None and prev_no > 1:
            return True                  # 指标1 again: the numbering of the next label's group restarts
        hb = L.LEVEL2_HINTS.get(sb, ())
        ha = L.LEVEL2_HINTS.get(sa, ())
        return any(h in n for h in hb) and not any(h in n for h in ha)
    return False


# ---------------------------------------------------------------- score tables (评分表)

_NAMED_SUBTOTAL = lazy(r"^\s*(\S{2,8}?)\s*(?:指标)?\s*(?:小计|合计)\s*$")   # 决策小计 | 20 | 18
# the level 2s of the 决策 / 过程 / 产出 / 效益 framework (财预〔2020〕10号) and their level 1
_FRAMEWORK_L2 = {**{k: "决策" for k in ("项目立项", "绩效目标", "资金投入")},
                 **{k: "过程" for k in ("资金管理", "组织实施")},
                 **{k: "产出" for k in ("产出数量", "产出质量", "产出时效", "产出成本", "数量", "质量", "时效", "成本")},
                 **{k: "效益" for k in ("项目效益", "社会效益", "经济效益", "生态效益", "可持续影响", "满意度",
                                        "服务对象满意度", "社会公众或服务对象满意度")}}


def _recentre_scores(out: list[dict]) -> None:
    """A 评分表's level-1 cells merged down and printed on the middle row of their block (a PDF's dump): the
    rows above a label's row belong to it when their level 2 is of its kind in the 决策 / 过程 / 产出 / 效益
    framework (they were given the label above, or none)."""
    if not any(r.get("_own1") and r.get("level1") for r in out):
        return
    for k, r in enumerate(out):
        if r.get("_own1") or r.get("is_subtotal") or r.get("_total") or r.get("_grade"):
            continue
        want = _FRAMEWORK_L2.get(label_key(r.get("level2") or ""))
        if want is None or (r.get("level1") and label_key(r["level1"]).startswith(want)):
            continue
        nxt = next((x["level1"] for x in out[k + 1:] if x.get("_own1") and x.get("level1")), None)
        if nxt is not None and label_key(nxt).startswith(want):
            r["level1"] = nxt


_FOURTH_LEVEL = frozenset({"四级指标", "四级", "四级指标名称"})
# a 评分表's column of grades (label_key): `等级`, `自评等级`, `复核等级`, `评价等次` …; the unit's own `自评等级` / `单位自评等次`
_GRADE_WORDS = rf"(?:(?:单位|部门)?自(?:评|查)|(?:财政|主管部门)?{L.REVIEWER_WORDS}|评价|评定|考核|绩效)?(?:结果)?(?:等级|等次)"
_GRADE_HEAD = lazy(rf"^{_GRADE_WORDS}$")
# a 加分项 / 减分项 row's cap written where its points go, no score (folded): `扣分上限10分`, `最高扣10分`, `加分不超过5分`,
# `上限5分`, `10分封顶`, `（最多加5分）` -> the figure
SCORE_CAP = lazy(r"^\s*[(（]?\s*(?:(?:(?:扣|加|减)分?\s*)?(?:上限|最高|最多|不超过|封顶)\s*(?:为|扣|加|减)?\s*"
                 r"(\d+(?:\.\d+)?)\s*分\s*(?:封顶|为限|为止)?|(?:最高|最多)?\s*(?:扣|加|减)?\s*(\d+(?:\.\d+)?)\s*分\s*"
                 r"(?:封顶|为限))\s*[)）]?\s*$")
# a 评分表's total row whose cells carry their labels (folded): `合计：100 | 得分：87.5`, `总分：100分 | 自评得分：87.5分`,
# `合计 | 分值：100 | 得分：87.5` — the total's label (perhaps with the points), each other cell the points or the score
_TOTAL_LABELLED = lazy(r"^\s*(合计|总计|总分|得分合计)\s*(?:[:：]\s*(\d+(?:\.\d+)?)\s*分?)?\s*$")
_POINTS_LABELLED = lazy(r"^\s*(?:分值|满分|权重|标准分|总分值|指标分值)\s*[:：]\s*(\d+(?:\.\d+)?)\s*分?\s*$")
# (one set of score heads for the labelled cells and for a 综合评分 block's heads below, `_SUMMARY_SCORE`: `得分`, `评分`,
# `总得分`, `实际得分`, `自评得分` / `自评分` / `单位自评总分`, `评价得分`, `综合得分`, `最终得分` / `最终评分`, `复核得分` /
# `复核分` / `财政复核得分` / `复评分` — the two were twins that disagreed: `最终得分：88` an unparsed_row, a block's
# `自评分 | 复核分` no block; hunt sc10)
# (…and of them the score a form settles on, `FINAL_SCORE_HEADS`: `最终得分` / `最终评分`, a reviewer's `复核得分` / `复核分`
# / `复核总分` / `复核总得分` / `复核评分` / `复核综合得分` / `财政复核得分` / `复评得分` — forms' `_FINAL_SCORE` is built of
# it: the two disagreed, `复核评分：88` on a 合计 row an unparsed_row, `复核总得分` no reviewer's score in a form; md2)
# (…and an outside party's evaluation of the unit's work, `部门评价得分` / `主管部门评价得分` / `财政评价得分`: the score the
# form settles on after the unit's own, as a 复核得分 — `自评得分：95 | 财政评价得分：89` on a 合计 was an unparsed_row, the
# score lost; hunt sc11)
# (the three lists live in labels, whose field labels for `score` are spelt out of them: mend md7)
REVIEW_SCORE_HEADS, EVAL_SCORE_HEADS, FINAL_SCORE_HEADS = L.REVIEW_SCORE_HEADS, L.EVAL_SCORE_HEADS, L.FINAL_SCORE_HEADS
_SCORE_HEADS = L.SCORE_HEADS      # (`实得分：92` on a 合计: no score, md7)
_REVIEW_SCORE = lazy(rf"^{REVIEW_SCORE_HEADS}$")
_FINAL_SCORE_HEAD = lazy(rf"^{FINAL_SCORE_HEADS}$")
_SCORE_LABELLED = lazy(rf"^\s*({_SCORE_HEADS})\s*[:：]\s*(\d+(?:\.\d+)?)\s*分?\s*$")
# (…and several in one cell, `自评得分：94，财政评价得分：90`, `自评得分94分；复核得分91分`: scores_in_cell)
# (…their labels an outside party's too, `第三方评价得分`, `主管部门评分`, `财政评分`, or bare, `单位自评：94`, `复核91分`;
# a `/` between them; review rv41 — the 合计's score was lost)
_OTHER_SCORER, _OTHER_BARE = L.OTHER_SCORER, L.OTHER_BARE
_OTHER_FINAL = lazy(rf"^(?:{_OTHER_SCORER}|{_OTHER_BARE})$")
# (…a score's full marks in brackets after it, `自评得分：94分（满分100分），评价等级：良`: the grade was lost; review rv51)
# (…and `总分` before a score whose full marks follow it in brackets, `总分：90分（满分100分），等级：优`: no full marks then,
# a score — a bare `总分：100` may be the full marks; hunt ly11)
_SCORE_PIECE = lazy(rf"\s*({L.SCORE_LABELS}|总分(?=\s*[:：]?\s*\d+(?:\.\d+)?\s*分?\s*[(]\s*(?:满分|总分)))"
                    r"\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分?"
                    r"(?:\s*[(]\s*(?:(?:满分|总分)\s*为?\s*\d{1,3}(?:\.\d+)?\s*分?"
                    r"|(?:共|合计|累计)?扣(?:减|除)?\s*\d{1,3}(?:\.\d+)?\s*分)"
                    r"\s*[)])?\s*[，,；;、。./／]?")
# (…the cut that made it in brackets after it, `复核得分：85（扣3分）` beside the 合计: the score — it was a remark, hunt pr8;
# its sum's word before it too, `（共扣3分）`, `（累计扣减3分）`: review rv138)
# (…and a grade closing them, `…，评价等级：优`: the total's grade)
# (the grade head's words, _GRADE_WORDS: the copy took no 自查, rd2)
# (…the grade's band in brackets after it, `…，评价等级：优秀（90分及以上）`, as on a line of its own: the grade was lost;
# hunt s64 sc7)
_GRADE_PIECE = lazy(rf"\s*({_GRADE_WORDS})"
                    r"\s*[:：为]?\s*(\S{1,3}?)\s*(?:[(][^()]*\d[^()]*[)])?\s*[。.]?\s*$")


def scores_in_cell(text: str, grades: list | None = None) -> list[tuple[str, str]] | None:
    """A cell of two scores or more, each its label and figure (`自评得分：94，财政评价得分：90`): [(label, figure)],
    else None. With `grades` (a list) a grade may close them (`…，评价等级：优`), put there as (label, grade) — one
    score too then (`自评得分：86，评价等级：良`)."""
    t, got, at = fold(text), [], 0
    while at < len(t) and (m := _SCORE_PIECE.match(t, at)) is not None and m.end() > at:
        got.append((m.group(1), m.group(2)))
        at = m.end()
    if not got:
        return None
    if t[at:].strip() and grades is not None and (g := _GRADE_PIECE.match(t, at)) is not None \
            and is_grade(g.group(2), g.group(1)):
        # (one score and its grade, `自评得分：86，评价等级：良`, `得分94分 等级：优`: the score and the grade — the cell was
        # lost; hunt sc13)
        grades.append((g.group(1), g.group(2)))
        return got
    return got if not t[at:].strip() and len(got) >= 2 else None


def final_label(label: str) -> bool:
    """Is a total's score label the one a form settles on (`复核得分`, `财政评价得分`, `最终得分`; in a cell of two,
    `第三方评价得分`, `主管部门评分`, `复核`)?"""
    return bool(_FINAL_SCORE_HEAD.match(label_key(label)) or _OTHER_FINAL.match(label_key(label)))


def final_said_beside(cells: list[Cell], score_span) -> tuple[list[Cell], list[tuple[str, str, Cell]]]:
    """A 评分表's 合计 row's cells less those stating by its label the score the form settles on, outside the 得分
    column (`合计 | 100 | 98 | 复核得分：95` under a 备注, or in the 评分标准's cell), and those (label, figure, cell):
    the reviewer's score, settled after the 合计's as a line of its own under the table is (it was a remark, or the row
    no total and the 98 lost; hunt s65 sc8). A row not opening with a total's label is left as it is."""
    if not cells or label_key(cells[0].text) not in _TOTAL_KEYS - {"小计"} | {"总分", "总得分"}:
        return cells, []
    said = [(c, m) for c in cells[1:] if not _under_col(score_span, c.col) and (m := final_said(c.text)) is not None]
    return [c for c in cells if not any(c is x for x, _ in said)], [(m.group(1), m.group(2), c) for c, m in said]


def final_said(text: str) -> re.Match | None:
    """`复核得分：95` (`最终得分：93分`, `财政评价得分：90`; no colon, `复核得分95分`, as a cell of two scores writes
    them — it was the 合计 row's word, the row no total; review rv129): a cell stating by its label the score a form
    settles on, its label group 1, its figure group 2; else None."""
    m = _SCORE_LABELLED.match(fold(text)) or _SCORE_PIECE.fullmatch(fold(text))
    return m if m is not None and final_label(m.group(1)) else None


# (…and a grade labelled so, `等级：良`, `复核等级：良`, `自评等次：优` — the grade's head `_GRADE_HEAD`'s, a letter too)
_GRADE_LABELLED = lazy(r"^\s*([^:：]{1,10}?)\s*[:：]\s*(\S{1,3})\s*$")
# a grade written as a letter under a grade's head (`自评等级 | 复核等级` over `A | B`, `等级：A`)
LETTER_GRADE = lazy(r"^\s*[A-DＡ-Ｄ]\s*$")
# a reviewer's grade (label_key): `复核等级` / `复评等次` / `复审等级` / `财政复核等级`, settled after the unit's own (forms' too)
FINAL_GRADE = lazy(rf"^(?:财政|主管部门)?{L.REVIEWER_WORDS}(?:结果)?(?:等级|等次)$")


def is_grade(text: str, head: str | None = None) -> bool:
    """Is a cell a grade (`优`, `良好`; a letter `A`…`D` when it stands under a grade's head)?"""
    return bool(GRADE_WORD.match(text)) or head is not None and bool(_GRADE_HEAD.match(label_key(head))) \
        and bool(LETTER_GRADE.match(fold(text)))


def reviewer_grade(heads: list[str]) -> int:
    """Of a form's grades under their heads (`自评等级 | 复核等级`), the index of the form's: the reviewer's (`复核等级`),
    else the last not the unit's own, else the last."""
    keys = [label_key(h) for h in heads]
    return next((k for k in range(len(keys) - 1, -1, -1) if FINAL_GRADE.match(keys[k])),
                next((k for k in range(len(keys) - 1, -1, -1) if not _SELF_GRADE_HEAD.match(keys[k])), len(keys) - 1))


def labelled_total(cells: list[Cell]) -> tuple[Cell, str | None, list[tuple[str, str]],
                                                list[tuple[str, str, Cell]]] | None:
    """`合计：100 | 得分：87.5` (a 评分表's total row, each cell its label and figure): (the label's cell, the points, the
    scores as (label, figure), the grades as (label, grade, cell)), else None. Only a row of the total's label and
    scores labelled so, a points' cell and grades labelled so at most beside them (`合计：100分 | 得分：87.5分 | 等级：良`,
    `合计：100 | 自评得分：96 | 复核得分：88`: each score under the column its label heads; review rv22; `复核等级：良`, `自评等级：
    优 | 复核等级：良`, `等级：A` — a grade's head as a 综合评分 block's, hunt sc10)."""
    filled = [c for c in cells if c.text.strip()]
    if not 2 <= len(filled) <= 5 or (m := _TOTAL_LABELLED.match(fold(filled[0].text))) is None:
        return None
    points, scores, grades = m.group(2), [], []
    for c in filled[1:]:
        if (p := _POINTS_LABELLED.match(fold(c.text))) is not None and points is None:
            points = p.group(1)
        elif (g := _SCORE_LABELLED.match(fold(c.text))) is not None:
            scores.append((g.group(1), g.group(2)))
        elif (two := scores_in_cell(c.text, tail := [])) is not None:
            scores += two       # (`自评得分：94，财政评价得分：90` in one cell: each its own, hunt sc12)
            grades += [(clean(h) or h, g, c) for h, g in tail]
        elif points is None and not scores and c is filled[1] and (bare := points_cell(c.text)) is not None:
            points = bare  # (`合计 | 100 | 自评得分：94，财政评价得分：90`: the points bare, the scores labelled)
        elif (g := _GRADE_LABELLED.match(fold(c.text))) is not None and len(grades) < 2 and (
                is_grade(g.group(2), g.group(1)) if _GRADE_HEAD.match(label_key(g.group(1))) else GRADE_WORD.match(fold(c.text))):
            grades.append((clean(g.group(1)) or g.group(1), g.group(2), c))
        else:
            return None
    if not scores or (m.group(2) is None and len(filled) == 2 and points is not None):
        return None
    return replace(filled[0], text=m.group(1)), points, scores, grades


# a score with the points taken off in brackets after it (folded): `18（扣2分）`, `36分(扣4分)`, `27（失3分，满意度90%）`
_SCORE_WITH_CUT = lazy(r"^\s*(-?\d+(?:\.\d+)?)\s*分?\s*[(（]\s*((?:扣|减|失|扣减)\s*\d+(?:\.\d+)?\s*分[^()（）]*?)\s*[)）]\s*$")
# the heads of a 评分表's summary block under it (label_key), `综合评分 | 总分 | 得分 | 等级` over `| 100 | 87.5 | 良`
_SUMMARY_POINTS = frozenset({"总分", "满分", "分值", "标准分", "总分值", "满分值", "权重"})
_SUMMARY_SCORE = lazy(rf"^{_SCORE_HEADS}$")

# (…and its caption written in the values' row, under a first head of no figure, label_key: `综合评分`, `评价结果`, `合计`)
_SUMMARY_CAPTION = lazy(r"^(?:综合|总体|最终|绩效)?(?:评分|评价|评定|得分)(?:结果|情况|汇总)?$|^(?:合计|总计)$")


def summary_block(heads: Row, values: Row) -> dict | None:
    """`综合评分 | 总分 | 得分 | 等级` (a caption, then heads of the total's points, score(s) and grade(s)) over a row of
    their figures and grade, `| 100 | 87.5 | 良`: {"weight", "score", "grade", "others"} — of two scores (`自评得分 |
    复核得分`) or grades the reviewer's, the unit's own under its head in `others` — else None."""
    filled = [c for c in heads.cells if c.text.strip()]
    if len(filled) < 2 or any(is_number(c.text) for c in filled):
        return None
    kinds = {}
    for c in filled:
        key = label_key(c.text)
        kind = "weight" if key in _SUMMARY_POINTS else "score" if _SUMMARY_SCORE.match(key) \
            else "grade" if _GRADE_HEAD.match(key) else None
        if kind is None and c is not filled[0]:
            return None
        if kind is not None:
            kinds[c.col] = (kind, clean(c.text) or c.text)
    got = [c for c in values.cells if c.text.strip()]
    if got and filled[0].col not in kinds and got[0].col == filled[0].col and _SUMMARY_CAPTION.match(label_key(got[0].text)):
        got = got[1:]     # (`项目 | 总分 | 得分 | 等级` over `综合评分 | 100 | 87.5 | 良`: the caption under the first head)
    if "score" not in {k for k, _ in kinds.values()} or not got or any(
            c.col not in kinds or not (is_number(c.text) if kinds[c.col][0] != "grade"
                                       else is_grade(c.text, kinds[c.col][1])) for c in got):
        return None
    out: dict = {"weight": None, "score": None, "grade": None, "others": {}}
    for kind in ("score", "grade"):
        given = [(kinds[c.col][1], c.text.strip()) for c in got if kinds[c.col][0] == kind]
        if given:
            # (of two grades the reviewer's, `reviewer_grade`, as a 合计 row's grade columns and a labelled total's)
            win = next((g for g in reversed(given) if not _self_head(g[0])), given[-1]) if kind == "score" \
                else given[reviewer_grade([h for h, _ in given])]
            out[kind] = win[1]
            out["others"].update({h: t for h, t in given if (h, t) != win})
    out["weight"] = next((c.text.strip() for c in got if kinds[c.col][0] == "weight"), None)
    return out if out["score"] is not None else None


# a 评分表's column of the reviewer's words on each row (label_key): `复核意见`, `复核情况`, `复核说明`, `核查情况`
_REVIEW_NOTE_HEAD = lazy(r"^(?:(?:财政|主管部门)?复(?:核|评)|核查|核实)(?:意见|情况|说明|结果|结论)$")
_SELF_GRADE_HEAD = lazy(r"^(?:单位|部门)?自(?:评|查)(?:结果)?(?:等级|等次)$")
# a 评分表's remark column right of its points (label_key): `备注`, `说明`, `备注说明`, `附注` (read_score_table)
_REMARK_HEAD = lazy(r"^(?:备注|备注说明|附注|说明|其他说明)$")
# (…of them, the heads that say remark wherever the column stands: `备注`, `备注说明`, `附注`; a form's closing
# remark's labels too, `备注 | …` or `备注：…` under its table: forms._remark_pair)
REMARK_LABEL = lazy(r"^(?:备注|备注说明|附注)$")


# a note saying there is nothing to say (a 合计's `无` under its 备注 / 扣分原因, folded)
_NOTHING_SAID = lazy(r"^\s*(?:无|没有|暂无|无备注|无说明|不扣分|无扣分|未扣分)\s*[。.]?\s*$")


def remark_columns(header: Header) -> dict:
    """A 评分表's remark columns (span -> head as written): `备注` / `说明` / `备注说明` right of the points, a `备注` /
    `附注` anywhere but first (read_score_table: each row's note; the 合计's words on them no label of the row)."""
    points_start = min((_first_col(header.all_cols[r]) for r in ("weight", "score", "deduction") if r in header.all_cols),
                       default=None)
    return {header.all_cols[k]: clean(k[4:]) or k[4:] for k in header.extra if k.startswith("col:")
            and _REMARK_HEAD.match(label_key(k[4:])) and points_start is not None
            and (_first_col(header.all_cols[k]) > points_start
                 or _first_col(header.all_cols[k]) > 0 and REMARK_LABEL.match(label_key(k[4:])))}


def total_row_word(header: Header, c: Cell) -> bool:
    """Is a word on a 评分表's 合计 row no label of the row: under its note (扣分原因), a remark (`备注`) or a reviewer's
    words column (`复核意见`), a letter grade under a grade's head (`A`), the points taken off under a 扣分 head
    (`扣2分`), or a reviewer's score stated by its label anywhere (`复核得分：95`, final_said_beside's)?"""
    if final_said(c.text) is not None or (_under_col(header.all_cols.get("deduction"), c.col)
                                           and _deduction(c.text) is not None):
        return True
    spans = [header.all_cols.get("note"), *remark_columns(header)]
    spans += [header.all_cols[k] for k in header.extra if k.startswith("col:") and _REVIEW_NOTE_HEAD.match(label_key(k[4:]))]
    if any(_under_col(sp, c.col) for sp in spans):
        return True
    head = next((k[4:] for k, col in header.extra.items() if k.startswith("col:") and col == c.col), None)
    return head is not None and _GRADE_HEAD.match(label_key(head)) is not None and is_grade(c.text, head)


def _points_left(weight: str, deduction: str) -> str | None:
    """`3`, `0.5` -> `2.5`: the points of a row less the points taken off."""
    try:
        w, d = float(fold(weight).strip().rstrip("%分")), float(fold(deduction).strip().rstrip("分"))
    except ValueError:
        return None
    return f"{points_less(w, d):g}"


_PLAIN_DEDUCTION = lazy(r"^\s*\d+(?:\.\d+)?\s*$")    # (a 扣分 cell of a figure and no sign or word: as it is)
# a score with a note that it is the full marks (folded): `10分（满分）`, `10（满分）`, `10分(得满分)`
_SCORE_FULL_NOTE = lazy(r"^\s*(\d+(?:\.\d+)?)\s*分?\s*[(]\s*得?满分\s*[)]\s*$")
# a score said with its figure (folded): `得18分`, `满分40分`, `满分(40分)` — the figure (they were no score, lost without
# a word; hunt s64 sc7)
_SCORE_SAID = lazy(r"^\s*(?:得|得?满分)\s*[(]?\s*(\d+(?:\.\d+)?)\s*分\s*[)]?\s*$")


def _score_words_read(cells: list[Cell], score_span: tuple[int, int] | None,
                      weight_span: tuple[int, int] | None, order: str | None = None) -> list[Cell]:
    """A 评分表 row's 得分 cell written in words: `满分` / `得满分` is the row's 分值 (beside it), `不得分` / `零分` 0
    (they were no figure, the score lost with no word); a `分值/得分` cell (`10/8.5`), its two figures."""
    if score_span is None:
        return cells
    out = []
    # (`合计 | 95（100）` with the merged cells between the label and the pair left out: the row's one pair, beside its
    # label only, is the points and the score too)
    filled = [c for c in cells if c.text.strip()]
    lone = filled[1] if len(filled) == 2 else None
    points = next((x for x in cells if weight_span is not None and _under_col(weight_span, x.col)
                   and is_number(x.text)), None)
    for c in cells:
        pair = pair_beside(c.text, order, points.text if points is not None and points is not c else None) \
            if _under_col(score_span, c.col) or c is lone else None
        if pair is not None and order is None and (weight_span is None or points is None) \
                and (parse_number(pair[1]) or 0) > (parse_number(pair[0]) or 0):
            # `9.5/10` under a plain 得分 in a table of no 分值 column: 9.5 of 10 points, the smaller figure the score as
            # in a bracket (it was 9.5 points scored 10, a score_over_weight; the 合计's `93.5/100` the form's 100); so
            # under a 分值 column left empty on the row (review rv11)
            pair = (pair[1], pair[0])
        if pair is not None:
            # `10/8.5` under a `分值/得分` head: the points, then the score (`满分` the points), two figures
            out += [replace(c, text=pair[0]), replace(c, text=pair[1])]
            continue
        full = (_SCORE_FULL_NOTE.match(fold(c.text)) or _SCORE_SAID.match(fold(c.text))) \
            if _under_col(score_span, c.col) else None
        if full is not None:
            c = replace(c, text=full.group(1))  # `10分（满分）`: the score, the note saying it is full marks (it was lost)
        if _under_col(score_span, c.col) and _SCORE_WORD.match(c.text):
            if _FULL_WORD.search(c.text):
                c = replace(c, text=points.text) if points is not None else c
            else:
                c = replace(c, text="0")
        out.append(c)
    return out


# a cell of only a slash or a dash (`/`, `／`, `—`, `——`, `-`, `－`): no figure written
_DASH_ONLY_CELL = lazy(r"[/／\\—–\-－―─]{1,3}")
# a row's cell saying it does not apply (`不适用`, `本项目不涉及`, `不参与评分`): the row is not scored
_NOT_APPLICABLE = lazy(r"不适用|不涉及|不参与(?:评分|考核)|不纳入(?:评分|考核)|不计分")


def score_columns(header: Header, rows: list[Row]) -> tuple[tuple[int, int] | None, dict[tuple[int, int], str]]:
    """A score table's column of the score given (its span) and its other columns of scores given (span -> head as
    written): of `分值 | 自评得分 | 评价得分` (or `复核得分`, `评价得分 | 单位自评得分`) the outside party's, wherever it
    stands, the unit's own 自评得分 the other (the last column was taken, the 自评得分 on a 第三方 form whose evaluator's
    column comes first); of several scores of no 自评 (`初评得分 | 复核得分`) the last, the final one. Only columns
    holding a figure count: a 复核分 column left blank for the reviewer (广水 自评表) leaves the 自评分 the score."""
    span = header.all_cols.get("score")
    # (`分值 | 部门自评 | 财政复核 | 第三方评价`: columns named by whoever scored, no 得分 head — they were lost, the last
    # column's figure taken for the score; hunt sc8)
    scorers = {header.all_cols[k]: k[4:] for k, c in header.extra.items() if k.startswith("col:")
               and L.SCORER_HEAD.match(label_key(k[4:])) and header.cols.get("weight", -1) < c}
    if span is None:
        spans = {x: h for x, h in scorers.items() if any(_under_col(x, c.col) and _points_given(c.text)
                                                          for row in rows for c in row.cells)}
        if len(spans) < 2:
            return None, {}
        span = min(spans)
    spans = {span: next((c.text for c in header.row.cells if c.col == header.cols["score"]), "")} \
        if "score" in header.cols else {span: scorers[span]}
    spans.update({header.all_cols[k]: k[4:] for k, c in header.extra.items() if k.startswith("col:") and c > span[1]
                  and (cell_header_roles(k[4:]).get("score") == "score" or _self_head(k[4:])
                       or L.SCORER_HEAD.match(label_key(k[4:])))
                  or k.startswith("col:") and c < span[0] and header.cols.get("weight", -1) < c
                  # (`财政评分 | 自评分`: the outside party's before the unit's, it was lost — hunt ly9)
                  and (_self_head(k[4:]) or L.SCORER_HEAD.match(label_key(k[4:])))})
    if len(spans) < 2:
        return span, {}
    spans = {x: h for x, h in spans.items() if any(_under_col(x, c.col) and _points_given(c.text)
                                                    for row in rows for c in row.cells)}
    if len(spans) < 2:
        return span, {}
    order = sorted(spans)
    outside = [x for x in order if not _self_head(spans[x])]
    win = (outside or order)[-1]
    return win, {x: clean(spans[x]) or spans[x] for x in order if x != win}


def _points_given(text: str) -> bool:
    """Is a cell a score given, a figure (`18`, `18.5分`, `-1`)? Not words holding one: a `复核` / `评价` column of the
    reviewer's notes (`执行率90%属实`, `3座已核实`) is no column of scores (it took the score's place, every row's score
    lost, the unit's under `评分` in other_fields; review rv19)."""
    t = fold(text).strip()
    return is_number(t[:-1] if t.endswith("分") else t)


def _self_head(text: str) -> bool:
    """Is a score column's head the unit's own (`自评得分`, `单位自评分`, `部门自评`, `自查`)?"""
    return bool(L.SELF_SCORE.match(label_key(text)) or L.SELF_SCORER.match(label_key(text)))


# a 评分表's column of what each row looks at (评价要点, 指标解释) and of the rule it is scored by (评分标准, 评分办法)
_SCORE_POINTS_HEAD = lazy(r"^(?:评价|评估|评审|考核|考评)要点$|^指标(?:解释|说明|释义|内涵)$")


# a 得分 cell of only the points taken off or added (folded): `扣2分`, `减1.5分`, `扣2分（资金拨付滞后）`, `加2分`; the
# figure, and the reason after it
_SCORE_CUT_ONLY = lazy(r"^\s*(扣除|扣减|扣|减|失|加)\s*(\d+(?:\.\d+)?)\s*分\s*(?:[(（]\s*([^()（）]+?)\s*[)）]|[，,；;：:]\s*(\S.*?))?"
                       r"\s*[。.]?\s*$")


def points_worded(header: Header, c: Cell) -> bool:
    """Is a cell under a 评分表's 分值 its points said with a word, `满分10分` (forms: a 合计's `满分100分`, no label)?"""
    return _under_col(header.all_cols.get("weight"), c.col) and _POINTS_WORDED.match(fold(c.text)) is not None


def _cut_on_next_line(cells: list[Cell], score_span: tuple[int, int] | None, weight_span: tuple[int, int] | None,
                      name_span: tuple[int, int] | None, text_cols: dict[str, list[tuple[int, int]]],
                      out: list[dict]) -> tuple[dict, str, str, dict[str, str]] | None:
    """A 评分表 row of only `扣1分` under the 得分, its 分值 empty, under a row of points and no score (their 分值 and 得分
    cells merged over both lines; besides it only the rest of the row's 评分标准 / 三级 a line break cut): (the row
    above, its points less the 1, the cell as written, the texts going on by role), else None."""
    if score_span is None or weight_span is None:
        return None
    filled = [c for c in cells if c.text.strip()]
    cut = [c for c in filled if _under_col(score_span, c.col) and (m := _SCORE_CUT_ONLY.match(fold(c.text)))
           and m.group(1) != "加"]
    last = next((r for r in reversed(out) if not r.get("_grade") and not r.get("_total")), None)
    if len(cut) != 1 or last is None or last.get("is_subtotal") or last.get("score") not in (None, "") \
            or last.get("weight") in (None, "") or EXTRA_LEVEL.match(fold(last.get("level1") or "")):
        return None
    rest: dict[str, str] = {}
    for c in filled:
        if c is cut[0]:
            continue
        role = next((r for r, sps in text_cols.items() if any(_under_col(sp, c.col) for sp in sps)), None)
        if role is None and name_span is not None and _under_col(name_span, c.col) and last.get("level3") \
                and (_name_goes_on(c.text, last["level3"]) or len(label_key(c.text)) == 1):
            # (`资金拨付及时` then `性`: one character is no name of their own; two are, `时效`, `质量` — they were joined
            # to the name above, `道路硬化里程时效`, its points less the 扣1分 of theirs; review rv51)
            role = "level3"
        if role is None or role in rest:
            return None
        rest[role] = clean(c.text) or c.text
    left = _points_left(str(last["weight"]), _SCORE_CUT_ONLY.match(fold(cut[0].text)).group(2))
    if left is None:
        return None
    return last, left, clean(cut[0].text) or cut[0].text, rest


def _score_cut_read(cells: list[Cell], score_span: tuple[int, int] | None, weight_span: tuple[int, int] | None,
                    out: list[dict]) -> tuple[list[Cell], list[str]]:
    """A 评分表 row's 得分 cell of only a deduction or a bonus in words: (the cells with it read, the row's notes).
    `扣2分` beside the row's points (`20`, `满分20分`): the points less the 2, the cell as written its note (the score was
    lost); on a 加分项's / 减分项's / 加减分项's row (its level named so, or carried from the row above) `加2分` its 2,
    `扣3分` its -3, a reason after it the note. Else as it was."""
    if score_span is None:
        return cells, []
    at = next(((c, m) for c in cells if _under_col(score_span, c.col) and (m := _SCORE_CUT_ONLY.match(fold(c.text)))),
              None)
    if at is None:
        return cells, []
    c, m = at
    figure, why = m.group(2), clean(m.group(3) or m.group(4) or "")
    extra = any(EXTRA_LEVEL.match(fold(x.text)) for x in cells if x is not c)
    last = next((r for r in reversed(out) if not r.get("_grade") and not r.get("_total")), None)
    if not extra and last is not None and cells and cells[0].col > 0 \
            and EXTRA_LEVEL.match(fold(last.get("level1") or "")):
        extra = True      # (`| 违规违纪 | … | 扣1分` under a 减分项 merged down over its rows)
    if extra:
        sign = "" if m.group(1) == "加" else "-"
        return [replace(x, text=f"{sign}{figure}") if x is c else x for x in cells], ([why] if why else [])
    if m.group(1) == "加":
        return cells, []
    points = next((x for x in cells if x is not c and _under_col(weight_span, x.col)
                   and (is_number(x.text) or _POINTS_WORDED.match(fold(x.text)))), None) if weight_span else None
    left = _points_left(_POINTS_WORDED.match(fold(points.text)).group(1) if not is_number(points.text) else points.text,
                        figure) if points is not None else None
    if left is None:
        return cells, []
    return [replace(x, text=left) if x is c else x for x in cells], [clean(c.text) or c.text]


def read_score_table(header: Header, rows: list[Row], warnings: list[ParseWarning]) -> list[dict]:
    """Given a 评分表, return raw score rows; level-1 subtotal rows ("投入: 20 19.95") are flagged."""
    out: list[dict] = []
    l1: Cell | None = None
    l2: Cell | None = None
    g3 = None       # the 三级 over the 四级 rows below it (a merged cell, written once)
    # columns after the level columns that hold no points (指标解释, 评分标准): explanations, not levels
    level_cols = [header.cols[r] for r in ("level1", "level2", "level3") if r in header.cols]
    last_level = max((_last_col(c) for c in level_cols), default=None)
    level_spans = {r: header.all_cols[r] for r in ("level1", "level2", "level3") if r in header.cols}
    weight_col = header.all_cols.get("weight")
    ded_col = header.all_cols.get("deduction") if weight_col is not None else None
    order = pair_order(header)     # (`103（100）` under `得分（分值）`: the score first)
    # `分值 | 自评得分 | 评价得分`: the evaluator's column the score, the unit's own 自评得分 (its total) kept under its head
    score_span, other_scores = score_columns(header, rows)
    score_head = next((c.text for c in header.row.cells if score_span is not None and _under_col(score_span, c.col)), "")
    # `一级指标 | 二级指标 | 三级指标 | 四级指标 | 分值 | … | 得分` (an 评价指标体系 of four levels): the points are the 四级's,
    # the item scored; its text is the row's level 3 (the rows under a merged 三级 cell were `numbers only`, lost)
    fourth = next((c for k, c in header.extra.items() if k.startswith("col:") and label_key(k[4:]) in _FOURTH_LEVEL
                   and last_level is not None and c > last_level), None)
    # `分值 | 甲县 | 乙县 | 丙县` (a 评分表 scoring each county of a fund, no 得分 head): a column of scores per place. The
    # scores table has no place: the score is the whole area's column (合计 / 全市 / 平均) when there is one, else none,
    # and the places' totals are said in a `scores_by_place` warning (the last place's scores were read as the scores)
    places = {c: k[4:] for k, c in header.extra.items() if k.startswith("col:") and len(label_key(k[4:])) <= 8
              and (_PLACE_COLUMN.search(label_key(k[4:])) or _PLACE_AVERAGE.match(label_key(k[4:])))
              and (weight_col is None or c > weight_col[1])} if "score" not in header.cols else {}
    if len(places) < 2:
        places = {}
    whole = next((c for c, h in places.items() if _WHOLE_PLACE.match(label_key(h))
                  or _PLACE_AVERAGE.match(label_key(h))), None)
    place_leaves: dict[int, float] = {}
    place_total: dict[int, str] = {}
    named: dict | None = None       # the last row whose name was made of its 四级 (a cut 四级 cell goes on there)

    # (the 权重 columns after the levels, `一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 分值`: their percents too — `15%`
    # was read as a level's name, every level one column off, the level 1 lost; review rv4)
    level_weight_cols = {c.col for c in header.row.cells if last_level is not None and c.col <= last_level
                         and cell_header_roles(c.text).get("score") == "weight"}

    def is_points(c: Cell) -> bool:
        # 权重 written in percent of the 100-point table (5%, 合计 100%): points too
        return is_number(c.text) or bool((_under_col(weight_col, c.col) or c.col in level_weight_cols)
                                         and PERCENT_POINTS.match(c.text))

    # `… | 得分 | 扣分原因` (`得分情况说明`, `扣分说明`): why the row got its score, its note (it was dropped without a word;
    # a 得分情况说明 head took the score's role, the scores lost)
    note_col = header.all_cols.get("note")
    note_head = next((clean(c.text) or c.text for c in header.row.cells if _under_col(note_col, c.col)), None)
    # `… | 得分 | 备注` (`说明`, `备注说明`) right of the points: a remark on the row, its note as written; beside a 扣分原因
    # column (the note's own) after the reason under its head, `2处未完工；备注：已于次年3月完工` (it was dropped without a
    # word)
    # (…and a 备注 between the points or left of them, `分值 | 评分标准 | 备注 | 得分`, `三级指标 | 备注 | 分值 | 得分`: the
    # row's remark too — it was dropped without a word, review rv11; a 说明 left of the points is the indicator's
    # explanation, `指标说明`'s, no remark)
    # a column of grades (`自评等级 | 复核等级` right of the scores): the 合计 row's grades, each under its head
    grade_heads = {c: k[4:] for k, c in header.extra.items() if k.startswith("col:")
                   and _GRADE_HEAD.match(label_key(k[4:]))}
    points_start = min((_first_col(header.all_cols[r]) for r in ("weight", "score", "deduction") if r in header.all_cols),
                       default=None)
    remark_cols = remark_columns(header)
    # `… | 分值 | 评价要点 | 评分标准 | 得分` (a 重点绩效评价 评分表's): what each row looks at, its `explanation`, and the rule
    # it is scored by, its `requirement`, as written (they were dropped without a word, hunt fam11); columns right of
    # the levels only (a 事前评估表's `评估内容 | 评估要点 | 分值` scores its 要点: level 3)
    text_cols = {role: [header.all_cols[k] for k in header.extra if k.startswith("col:") and k in header.all_cols
                        and head.match(label_key(k[4:]) or "")
                        and (last_level is None or _first_col(header.all_cols[k]) > last_level)]
                 for role, head in (("explanation", _SCORE_POINTS_HEAD), ("requirement", _SCORE_RULE_HEAD))}
    text_cols = {role: sps for role, sps in text_cols.items() if sps}
    # `分值 | 评分 | 复核` whose 复核 holds the reviewer's words (`执行率90%属实`, `3座已核实`; or a `复核意见` column): no
    # scores (score_columns), the row's note under its head, `复核：执行率90%属实` (it was dropped without a word, hunt sc9)
    reviewed = {header.all_cols[k]: clean(k[4:]) or k[4:] for k in header.extra if k.startswith("col:")
                and (L.SCORER_HEAD.match(label_key(k[4:])) or _REVIEW_NOTE_HEAD.match(label_key(k[4:])))
                and points_start is not None and _first_col(header.all_cols[k]) > points_start
                and header.all_cols[k] != score_span and header.all_cols[k] not in other_scores}
    reviewed = {sp: h for sp, h in reviewed.items()
                if not any(_under_col(sp, c.col) and _points_given(c.text) for row in rows for c in row.cells)}
    remark_cols.update(reviewed)
    summary = {k: got for k in range(len(rows) - 1)
               if len(rows[k].cells) >= 2 and (got := summary_block(rows[k], rows[k + 1])) is not None}
    # (heads of one cell are no summary's: not asked)
    l1_said: tuple[str, str] | None = None     # (a level 1 and its points under a 权重 head of its own)
    for k, row in enumerate(rows):
        if k - 1 in summary:
            continue
        if k in summary:
            # `综合评分 | 总分 | 得分 | 等级` over `| 100 | 87.5 | 良` under the table: its total and the form's grade (the
            # two rows were unparsed_row, the score and the grade lost; hunt sc9)
            got = summary[k]
            at = {"page": row.cells[0].page, "line": row.cells[0].line}
            if got["score"] is not None:
                out.append({"_total": True, "weight": got["weight"], "score": got["score"], **at})
                if got["others"]:
                    out[-1]["_others"] = got["others"]
            if got["grade"] is not None:
                out.append({"_grade": got["grade"], **at})
            continue
        # `满分10分` (`共10分`) under the 分值: the points (the row's points were lost, its 合计 `满分100分` an
        # unparsed_row; hunt sc12)
        cells = [replace(c, text=m.group(1)) if _under_col(weight_col, c.col) and not is_number(c.text)
                 and (m := _POINTS_WORDED.match(fold(c.text))) is not None else c for c in row.cells]
        total_others: dict[str, str] = {}     # (the 合计's words kept under their heads: a remark, the unit's grade)
        grade_of: dict[int, str] = {}         # (a grade's cell made of a labelled one: its label)
        if len(cells) == 1 and _TABLE_GOES_ON.match(fold(cells[0].text).strip()):
            continue      # 续表 / （续表） / 续上表 between a 评分表's pages, as an indicator table's (an unparsed_row)
        if (labelled := labelled_total(cells)) is not None and score_span is not None:
            # `合计：100 | 得分：87.5`: the 合计 row, its figures under the points and the score (it was an unparsed_row,
            # the form's score lost; hunt sc9)
            head, pts, got, graded = labelled
            spans = {score_span: score_head, **other_scores}
            # (a reviewer's score labelled as its column is not, `复核评分：88` under `复核得分`: that column's, md2)
            at = {sp: fig for lab, fig in got for sp, h in spans.items() if label_key(lab) == label_key(h)
                  or _REVIEW_SCORE.match(label_key(lab)) and _REVIEW_SCORE.match(label_key(h))
                  and not any(label_key(lab) == label_key(x) for x in spans.values())}
            if len(got) == 1 and not at:
                at = {score_span: got[0][1]}        # (`得分：87.5` under a 自评得分 head: the one score)
            settled = False
            if len(at) != len(got) and any(final_label(lab) for lab, _ in got):
                # `合计：100 | 得分：92 | 最终得分：88` (`自评得分：95 | 财政评价得分：89`) under the one 得分 column: the score the
                # form settles on that column's, the others kept under their labels as an other column's total is (the
                # row was an unparsed_row, the score lost; hunt sc11)
                final = next(k for k in range(len(got) - 1, -1, -1) if final_label(got[k][0]))
                kept = {k for k, (lab, _) in enumerate(got) for sp, h in spans.items() if sp != score_span
                        and label_key(lab) == label_key(h)}
                if final not in kept:
                    at = {sp: fig for sp, fig in at.items() if sp != score_span} | {score_span: got[final][1]}
                    total_others.update({clean(lab) or lab: fig for k, (lab, fig) in enumerate(got)
                                         if k != final and k not in kept})
                    settled = True
            if settled or len(at) == len(got):
                cells = [head] + [replace(head, col=sp[0], text=fig) for sp, fig in sorted(at.items())]
                if pts is not None and weight_col is not None:
                    cells.insert(1, replace(head, col=weight_col[0], text=pts))
                # (`等级：良` after them: the grade closing the total row, as `合计 | 100 | 94 | 优`'s; of `自评等级：优 |
                # 复核等级：良` the reviewer's, the unit's kept under its label — `复核等级：良` was no grade, hunt sc10)
                if graded:
                    win = reviewer_grade([h for h, _, _ in graded])
                    total_others.update({h: w for k, (h, w, _) in enumerate(graded) if k != win})
                    # (in a column past every head's: one right after the scores may be a 扣分原因 / 备注 column's, the
                    # grade filed as `{"扣分原因": "良"}`, md2)
                    past = max([x.col for x in cells] + [x.col for x in header.row.cells]
                               + [_last_col(sp) for sp in header.all_cols.values()]) + 1
                    cells.append(replace(graded[win][2], col=past, text=graded[win][1]))
                    grade_of[id(cells[-1])] = graded[win][0]
        cells, said_final = final_said_beside(cells, score_span)
        # `18（扣2分）` under the 得分: the score, its deduction in brackets the row's note (the score was lost without a
        # word, hunt sc9)
        cut = {id(c): m for c in cells if _under_col(score_span, c.col) and (m := _SCORE_WITH_CUT.match(fold(c.text)))}
        if cut:
            cells = [replace(c, text=cut[id(c)].group(1)) if id(c) in cut else c for c in cells]
        # `扣2分` (`扣1.5分`, `扣2分（资金拨付滞后）`) under the 得分 with the row's points known: the points less the
        # deduction, the cell as written the row's note; on a 加分项's / 减分项's row `加2分` / `扣3分` its signed figure
        # (they were no score, lost without a word; hunt sc12)
        if (goes := _cut_on_next_line(cells, score_span, weight_col, level_spans.get("level3"), text_cols, out)) \
                is not None:
            # `预算执行率 | 20 | 执行率100%得满分，| ` then `| | | | 每降低1%扣1分 | 扣1分` (the row's 分值 and 得分 cells
            # merged over two lines, a line break cutting its 评分标准 or its 三级): the points above less the 1, the
            # cell its note, the cut texts going on (the score was lost, a 三级's rest an unparsed_row; hunt sc13)
            last, left, note, rest = goes
            last["score"] = left
            last["note"] = pieces_joined(last["note"], note) if last.get("note") else note
            for role, t in rest.items():
                last[role] = pieces_joined(last[role], t) if last.get(role) else t
            continue
        cells, cut_said = _score_cut_read(cells, score_span, weight_col, out)
        said = [c for c in cells if _under_col(note_col, c.col) and not is_placeholder(c.text)]
        noted = said
        cells = [c for c in cells if not _under_col(note_col, c.col)]
        # (a grade written there, `合计 | 100 | 94 | 优`, stays the row's: the form's grade)
        remarks = [(h, c) for c in cells for sp, h in remark_cols.items() if _under_col(sp, c.col)
                   and not is_placeholder(c.text) and not GRADE_WORD.match(c.text)]
        cells = [c for c in cells if not any(c is x for _, x in remarks)]
        if (said or remarks) and not cells:
            # (a note's cell a line break cut, its rest alone on the next line: the row above's note goes on)
            last = next((r for r in reversed(out) if not r.get("_grade")), None)
            if last is not None and last.get("note"):
                last["note"] = pieces_joined(last["note"], "".join(clean(c.text) or "" for c in said)
                                             + "".join(clean(c.text) or "" for _, c in remarks))
            continue
        notes = [t for c in said if (t := clean(c.text))]
        notes += [f"{h}：{t}" if note_col is not None or any(_under_col(sp, c.col) for sp in reviewed) else t for h, c in remarks
                  if (t := clean(c.text))]
        notes += [clean(m.group(2)) or m.group(2) for m in cut.values()] + cut_said
        own_note = {"note": "；".join(notes)} if notes else {}
        if ded_col is not None and any(_under_col(weight_col, c.col) and is_number(c.text) for c in cells) \
                and not any(_under_col(score_span, c.col) and _DASH_ONLY_CELL.fullmatch(c.text.strip())
                            or _NOT_APPLICABLE.search(c.text) for c in cells):
            # `分值 | 扣分` over `10 | /` (or `—`): nothing taken off the row's points, its full points the score (it
            # was no score): a 扣分 column is filled for every row scored, its dash the `无` of a row that lost none.
            # Not when its 得分 is a dash too or a cell says 不适用 (`10 | / | / | 不适用`): a row that does not apply,
            # no score (it was given its full points — review rv2)
            cells = [replace(c, text="0") if _under_col(ded_col, c.col) and _DASH_ONLY_CELL.fullmatch(c.text.strip())
                     else c for c in cells]
        cells = [c for c in cells if not (c is row.cells[0] and _side_label(c, row, header))
                 and not _no_value(c.text)]
        cells = _split_levels(cells)
        cells = _score_words_read(cells, score_span, weight_col, order)
        if ded_col is not None:
            # 扣分 `扣2.5分` / `-4` / `不扣分` / `无` (a figure taken off, written in words or with a sign): the figure,
            # as an assessment table's 扣分 column reads them (`_deduction`; the row's score was lost, `-4` added on)
            cells = [replace(c, text=d[0]) if _under_col(ded_col, c.col) and not _PLAIN_DEDUCTION.match(c.text)
                     and (d := _deduction(c.text)) is not None else c for c in cells]
        others = {h: c.text.strip() for c in cells for sp, h in other_scores.items() if _under_col(sp, c.col)}
        if others:
            cells = [c for c in cells if not any(_under_col(sp, c.col) for sp in other_scores)]
        # `分值 | 单位自评分 | 评价得分`: the unit's own score of the row beside the evaluator's, its `self_score` (only the
        # column's 合计 was kept)
        unit_own = next(({"self_score": t} for h, t in others.items() if _self_head(h)), {})
        unit_own = {**unit_own, **own_note}
        for role, sps in text_cols.items():
            said = "；".join(t for c in row.cells if any(_under_col(sp, c.col) for sp in sps)
                            and not is_placeholder(c.text) and (t := clean(c.text)))
            if said:
                unit_own[role] = said
        last = next((r for r in reversed(out) if not r.get("_grade") and not r.get("_total")), None)
        l1_rest = next((c for c in row.cells if "level1" in level_spans and _under_col(level_spans["level1"], c.col)
                        and _POINTS_ONLY.match(c.text)), None)
        if text_cols and last is not None and any(unit_own.get(role) for role in text_cols) \
                and all(any(_under_col(sp, c.col) for sps in text_cols.values() for sp in sps)
                        for c in row.cells if c.text.strip() and c is not l1_rest):
            # `符合得10分，` then `否则酌情扣分` alone on the next line under the 评分标准 (a cell a line break cut, no
            # level, no figure): the row above's text goes on (the rest was dropped, review rv39)
            if l1_rest is not None and l1 is not None and last.get("level1") == l1.text:
                # (`决策` over `（15分）` beside them: the level 1's cell cut too, its points its rest — `决策（15分）`, as
                # written on one line; the row was an unparsed_row, the texts beside it lost)
                l1 = replace(l1, text=l1.text + l1_rest.text.strip())
                last["level1"] = l1.text
            for role in text_cols:
                if unit_own.get(role):
                    last[role] = pieces_joined(last[role], unit_own[role]) if last.get(role) else unit_own[role]
            continue
        if len(cells) == 2 and (match_field(cells[0].text) or ("",))[0] == "grade" and GRADE_WORD.match(cells[1].text):
            # 评价结果等次： | 优 closing the table: the form's grade
            out.append({"_grade": cells[1].text, "page": cells[1].page, "line": cells[1].line})
            continue
        said = _GRADE_LINE.match(fold(cells[0].text)) if len(cells) == 1 else None
        if said is not None:
            # `考核等次：良好（92分）` on a line of its own under the table: the form's grade (and its score)
            out.append({"_grade": said.group(1), "page": cells[0].page, "line": cells[0].line})
            if said.group(2) and not any(r.get("_total") for r in out):
                out.append({"_total": True, "weight": None, "score": said.group(2), "page": cells[0].page,
                            "line": cells[0].line})
            continue
        if weight_col is not None and cells and EXTRA_LEVEL.match(fold(cells[0].text)) \
                and not any(_under_col(weight_col, c.col) and is_number(c.text) for c in cells):
            # `减分项 | 扣分上限10分` (`最高扣10分`, `加分上限5分`, `5分封顶`) below the 合计, no score given: the cap the
            # row's points, its score none (the row was an other field or an unparsed_row, hunt sc9)
            capped = next((c.text for c in cells if c is not cells[0] and SCORE_CAP.match(fold(c.text))), None)
            cells = [replace(c, col=weight_col[0], text=m.group(1) or m.group(2)) if c is not cells[0]
                     and (m := SCORE_CAP.match(fold(c.text))) is not None else c for c in cells]
        else:
            capped = None
        leaf = next((c for c in cells if c.col == fourth and not is_points(c)), None) if fourth is not None else None
        whole_row = cells
        if last_level is not None:
            cells = [c for c in cells if c.col <= last_level or is_points(c)]
        by_place = {c.col: c for c in cells if c.col in places and c.col != whole and is_number(c.text)}
        if by_place:
            cells = [c for c in cells if c.col not in by_place]
        texts = [c for c in cells if not is_points(c)]
        nums = [c for c in cells if is_points(c)]
        l1_points = _level_one_points(texts, nums, level_spans, header)
        if l1_points is not None:
            # `一级指标` over two columns, `一、决策 | 15 | 项目立项 | 立项依据充分性 | 5 | … | 5`: the level 1's points
            # beside its name, its subtotal's (they were dropped), no figure of the row
            nums = [c for c in nums if c is not l1_points]
        if by_place and len(texts) == 1 and label_key(texts[0].text) in _TOTAL_KEYS | {"总分", "总得分"}:
            place_total.update({col: c.text.strip() for col, c in by_place.items()})
        elif by_place and not (len(texts) == 1 and (label_key(texts[0].text) in _SUBTOTAL_KEYS
                                                    or _is_level1(texts[0].text))):
            for col, c in by_place.items():
                place_leaves[col] = place_leaves.get(col, 0.0) + (parse_number(c.text) or 0.0)
        if texts and nums and last_level is None and all(c.col > max(x.col for x in nums) for c in texts[1:]) \
                and all(PERCENT_POINTS.match(c.text) for c in texts[1:]):
            # 评价指标 | 分值 | 得分 | 得分率 (no level heads): the rates after the points are no levels
            texts = texts[:1]
        elif texts and nums and last_level is None and min(c.col for c in texts) < min(x.col for x in nums) \
                and any(c.col > min(x.col for x in nums) for c in texts):
            # 评价指标 | 权重（%） | 得分 | 评分说明 (no level heads): the texts right of the points explain the score
            # (`执行率92%`, `培训2150人次`), no level (they were the rows' names, the names their level 2); so does a
            # rule between the points and the score, `指标 | 分值 | 评分标准 | 得分` (the rule was the row's name, hunt sc7)
            texts = [c for c in texts if c.col < min(x.col for x in nums)]
        weight = (nums[-2].text if len(nums) >= 2 else nums[0].text) if nums else None
        score = nums[-1].text if len(nums) >= 2 else None
        if len(nums) == 2 and weight_col is not None and score_span is not None and score_span[1] < weight_col[0] \
                and _under_col(score_span, nums[0].col) and _under_col(weight_col, nums[1].col):
            # `三级指标 | 自评得分 | 分值 | 评分标准`: the score written before the points, each its column's (the score
            # was read as the points, the points as the score: score_over_weight on every row that lost any; hunt sc11)
            weight, score = nums[1].text, nums[0].text
        if len(nums) >= 3 and weight_col is not None and ded_col is None \
                and (last_level is None or weight_col[0] > last_level):   # (not a level's own 权重 column)
            # 分值 | … | 自评分 | 复核分: the points under their own column (the weight took the 自评分 where it
            # differed from them); the score the last
            weight = next((c.text for c in nums if _under_col(weight_col, c.col)), weight)
        if len(nums) == 1 and weight_col is None and _under_col(header.all_cols.get("score"), nums[0].col):
            weight, score = None, nums[0].text   # `一级指标 | 二级指标 | 三级指标 | 得分`, no 分值 column: the score
            own = POINTS_AT_END.search(fold(texts[-1].text)) if texts else None
            if own is not None:
                weight = own.group(1)            # … | 相关性(5分) | 5: the points the name carries
        elif len(nums) == 1 and weight_col is not None and ded_col is None and not _under_col(weight_col, nums[0].col) \
                and _under_col(score_span, nums[0].col):
            # `加分项 | | | | 获省级以上表彰加3分 | 3`: a figure under the 得分 alone, its 分值 left empty — the score, no
            # points (it was read as the points, no score; hunt sc8)
            weight, score = None, nums[0].text
        if ded_col is not None and nums:
            # 分值 | 扣分: the score is what is left of the points
            w = next((c for c in nums if _under_col(weight_col, c.col)), None)
            d = next((c for c in nums if _under_col(ded_col, c.col)), None)
            given = next((c for c in nums if _under_col(score_span, c.col)), None)
            weight = w.text if w is not None else None
            # (`分值 | 扣分 | 得分`: the score given as written, the deduction only where no 得分 is — a 合计's `100 | 3
            # | 87` was 97, the points of a row that does not apply counted back in, review rv2)
            score = given.text if given is not None else \
                _points_left(w.text, d.text) if w is not None and d is not None else None
        outline = _outline_level(texts[0].text) if texts and len(level_spans) <= 1 else None
        if outline is not None:
            # one 指标 column holding the levels by their numbering: 一、投入 / （一）项目立项 / 1.立项依据
            lv, name = outline
            if lv == 1:
                l1, l2 = Cell(texts[0].row, texts[0].col, name, page=texts[0].page, line=texts[0].line), None
            elif lv == 2:
                l2 = Cell(texts[0].row, texts[0].col, name, page=texts[0].page, line=texts[0].line)
            if nums and lv in (1, 3):
                out.append({"level1": l1.text if l1 else None, "level2": None if lv == 1 else (l2.text if l2 else None),
                            "level3": name if lv == 3 else None, "weight": weight, "score": score,
                            "is_subtotal": lv == 1, "page": texts[0].page, "line": texts[0].line})
            continue
        if not nums and not texts and leaf is not None and named is not None and out and named is out[-1] \
                and _name_goes_on(leaf.text, named["level3"] or ""):
            # `| | | | 供水站专户` alone under `… | 资金拨付是否按季度拨付至 | 10 | … | 8`: the 四级 cell a line break cut, its
            # next piece, as in an indicator table of four levels (`_fourth_level_names`; it was lost)
            named["level3"] = pieces_joined(named["level3"], leaf.text)
            continue
        if not nums and len(texts) == 1 and "level3" in level_spans and _under_col(level_spans["level3"], texts[0].col) \
                and out and not out[-1].get("is_subtotal") and out[-1].get("level3") and not out[-1].get("_total") \
                and _name_goes_on(texts[0].text, out[-1]["level3"]):
            # `… | 资金按季度拨付至 | 20 | 18` then `| | 项目实施单位 | |` (`保洁人员持证上岗` then `率`): the 三级 cell a
            # line break cut, its rest alone on the next line, as an indicator table's and a 四级's (`_name_goes_on`;
            # it was an unparsed_row, the name cut)
            out[-1]["level3"] = pieces_joined(out[-1]["level3"], texts[0].text)
            continue
        if not nums and len(cells) == 1 and len(texts) == 1 and _EXTRA_SECTION.match(fold(texts[0].text)) \
                and out and any(r.get("_total") for r in out):
            # `加分项（5分）` on a line of its own below the 合计, over `| 工作创新 | … | 5 | 3`: the level 1 of the rows
            # under it (it was an unparsed_row, its rows a 效益's, review rv11)
            l1, l2 = texts[0], None
            continue
        if not nums and len(texts) >= 2 and any(BONUS_LEVEL.match(fold(x.text)) for x in (texts[0], l1) if x):
            pass    # `加分项 | 创新 | 获评省级示范 | | `: a bonus item not earned (nor its points said), a row of no figures
            # (it was an unparsed_row)
        elif not nums and (above := _points_shared_above(texts, level_spans, out)) is not None:
            # `| | 立项程序规范性 | |` under `决策 | 项目立项 | 立项依据充分性 | 5 | … | 5`, the 分值 and 得分 merged over the
            # two: an item of its own, no points of its own, said in its note (it was an unparsed_row, the item lost)
            shared = _shared_note(above["level3"])
            note = "；".join(x for x in (unit_own.get("note"), shared) if x)
            # (a dump cannot tell an item left blank from one under merged cells: the sharing, assumed, said in a
            # warning — the row had been an unparsed_row, ly5's reading silent; read-only review rd)
            warnings.append(warn("points_shared_assumed", f"score-table row without points of its own, taken as "
                                 f"sharing the merged 分值 / 得分 of “{clean(above['level3'])}”: {clean(texts[0].text)}"[:160],
                                 texts[0]))
            out.append({"level1": l1.text if l1 else None, "level2": l2.text if l2 else None,
                        "level3": texts[0].text.strip(), "weight": None, "score": None, "is_subtotal": False,
                        "page": texts[0].page, "line": texts[0].line, "_own1": False, **unit_own, "note": note,
                        "_shares": above})
            continue
        elif not nums:
            if texts:
                warnings.append(warn("unparsed_row", "score-table row without points: " + " | ".join(clean(c.text) or "" for c in texts)[:120], texts[0]))
            continue
        anchor = texts[0] if texts else nums[0]
        if len(texts) == 1 and label_key(texts[0].text) in _SUBTOTAL_KEYS:
            # 小计 | 15 | 14 under a level 1: that level's subtotal
            out.append({"level1": l1.text if l1 else None, "level2": None, "level3": None, "weight": weight,
                        "score": score, "is_subtotal": True, "page": anchor.page, "line": anchor.line, **unit_own})
            continue
        named_sub = _NAMED_SUBTOTAL.match(fold(texts[0].text)) if len(texts) == 1 else None
        if named_sub and (_is_level1(named_sub.group(1))
                          or (l1 is not None and label_key(named_sub.group(1)) == label_key(l1.text))):
            # 决策小计 | 20 | 18: the subtotal of the level 1 it names
            l1, l2 = replace(texts[0], text=named_sub.group(1)), None
            out.append({"level1": l1.text, "level2": None, "level3": None, "weight": weight,
                        "score": score, "is_subtotal": True, "page": anchor.page, "line": anchor.line, **unit_own})
            continue
        if len(texts) == 1 and (label_key(texts[0].text) in _TOTAL_KEYS | {"总分", "总得分"}
                                or match_field(texts[0].text) == ("score", None)):
            # (综合得分： | 100 | 97.80 as the table's last row: the form's score too)
            # 合计 | 100 | 94: the total score of the form, not a row of the table
            if len(nums) == 1 and _under_col(score_span, nums[0].col) and not _under_col(weight_col, nums[0].col):
                weight, score = None, nums[0].text     # `最终得分 | | | 93`: the score alone (it was read as points)
            before = next((k for k in range(len(out) - 1, -1, -1) if out[k].get("_total")), None)
            if before is not None and any(_EXTRA_SECTION.match(fold(x.get("level1") or x.get("level2") or ""))
                                          for x in out[before + 1:]):
                # `合计 | 100 | 92`, `加分项 | … | 3`, `减分项 | … | -2`, then `最终得分 | 93`: the 合计 the table's part,
                # the last the form's score (the 合计's 92 was, the 93 kept aside)
                out[before]["_part"] = True
            out.append({"_total": True, "weight": weight, "score": score, "page": anchor.page, "line": anchor.line,
                        **({"_said": said_final} if said_final else {})})
            # (`合计 | 100 | 94 | 较上年提高3分` under a 备注 / 扣分原因 / 复核意见 column: the form's words on its total, kept
            # under the column's head as the 合计's other cells are — the row left the table, its score lost; hunt sc10)
            # (…not a word saying there is none, `合计 | 100 | 94 | 无`: `{"备注": "无"}` was kept; review rv30)
            if (t := "".join(clean(c.text) or "" for c in noted)) and note_head and not _NOTHING_SAID.match(t):
                total_others[note_head] = t
            for h, c in remarks:
                if (t := clean(c.text)) and not _NOTHING_SAID.match(t):
                    total_others[clean(h) or h] = t
            if others or total_others:
                # (合计 | 100 | 99 | 90: the 自评得分 column's 99, kept under its head)
                out[-1]["_others"] = {**others, **total_others}
            # (`合计 | 100 | 89 | 89% | 良` under `… | 得分 | 得分率 | 等级`: the rate no word — the grade was lost, hunt sc8)
            words = [c for c in whole_row if not is_points(c) and not is_placeholder(c.text)
                     and not (c is not whole_row[0] and PERCENT_POINTS.match(c.text))]
            graded = {grade_heads[c.col]: c for c in words[1:] if c.col in grade_heads
                      and is_grade(c.text, grade_heads[c.col])}
            if len(graded) >= 2 and len(graded) == len(words) - 1:
                # `合计 | 100 | 96 | 88 | 优 | 良` under `自评等级 | 复核等级`: the reviewer's grade the form's
                # (`reviewer_grade`), the unit's kept under its head as its 自评得分 is (the row was an unparsed_row, the
                # scores and both grades lost; hunt sc9; letters too, `A | B`, hunt sc10)
                heads = list(graded)
                win = heads[reviewer_grade(heads)]
                out[-1]["_others"] = {**out[-1].get("_others", {}),
                                      **{clean(h) or h: graded[h].text.strip() for h in heads if h != win}}
                out.append({"_grade": graded[win].text.strip(), "page": graded[win].page, "line": graded[win].line,
                            "_head": clean(win) or win})
                continue
            if len(words) in (2, 3) and is_grade(words[-1].text, grade_of.get(id(words[-1]))
                                                 or grade_heads.get(words[-1].col)) \
                    and (len(words) == 2 or _GRADE_LABEL.match(words[1].text + "：")):
                # 总分 | 100 | 78.5 | 自评等级 | 中: the form's grade closing the total row, under the points' columns
                # (dropped with the texts right of the levels: no grade); the head it stood under kept with it (a
                # `复核等级` after it keeps it there, hunt sc10)
                head = grade_of.get(id(words[-1])) or (words[1].text if len(words) == 3 else None) \
                    or grade_heads.get(words[-1].col)
                out.append({"_grade": _GRADE_LABEL.sub("", words[-1].text).strip(), "page": words[-1].page,
                            "line": words[-1].line, **({"_head": clean(head) or head} if head else {})})
            continue
        if len(texts) == 1 and set(level_spans) != {"level1"} and (_is_level1(texts[0].text) or (
                level_info(texts[0].text)[0] is not None and "level1" in level_spans
                and _under_col(level_spans["level1"], texts[0].col)
                and not any(_under_col(level_spans.get(r), texts[0].col) for r in ("level2", "level3")))):
            # (满意度指标 in the level-1 column: a level 1, though 满意度 may name a level 2 too)
            l1, l2 = texts[0], None
            out.append({"level1": l1.text, "level2": None, "level3": None, "weight": weight,
                        "score": score, "is_subtotal": True, "page": anchor.page, "line": anchor.line,
                        "_l1row": True, **unit_own})
            continue
        by_col = _levels_by_column(texts, level_spans)
        if by_col is not None:
            # each text under its own level header: a new level 1 starts a new level 2 too
            if "level1" in by_col:
                l1, l2 = by_col["level1"], None
            if "level2" in by_col:
                l2 = by_col["level2"]
            l3 = by_col.get("level3")
        elif len(texts) >= 3:
            l1, l2, l3 = texts[-3], texts[-2], texts[-1]
        elif len(texts) == 2:
            l2, l3 = texts
        elif len(texts) == 1:
            l3 = texts[0]
        elif leaf is not None and nums:
            l3 = g3                            # `| | | 立项程序规范性 | 2 | … | 2`: a 四级 under the 三级 above
        elif len(nums) == 1 and out and not out[-1].get("_total") and not out[-1].get("_grade") \
                and not out[-1].get("is_subtotal") and out[-1].get("score") in (None, "") and out[-1].get("weight"):
            out[-1]["score"] = nums[0].text    # (a row a line break cut in its 评分标准: its score on the next line)
            for role in text_cols:
                if unit_own.get(role):             # (…and the rule's rest beside it: joined, it was lost; hunt sc13)
                    out[-1][role] = pieces_joined(out[-1][role], unit_own[role]) if out[-1].get(role) \
                        else unit_own[role]
            continue
        else:
            warnings.append(warn("unparsed_row", "score-table row with numbers only", anchor))
            continue
        g3 = l3
        if l1_points is not None and l1 is not None and _level_points_headed(l1_points, header, *_level_gap(level_spans)):
            l1_said = (l1.text, l1_points.text)
        elif l1_points is not None and l1 is not None and by_col is not None and "level1" in by_col:
            out.append({"level1": l1.text, "level2": None, "level3": None, "weight": l1_points.text, "score": None,
                        "is_subtotal": True, "page": l1_points.page, "line": l1_points.line})
        if leaf is not None:
            # the item scored is the 四级, written after its 三级 (`立项依据充分性：立项程序规范性`; one name when the two
            # are the same, `资金到位率`): the scores table has no fourth level, the 三级 kept in the row's name
            l3 = replace(leaf, text=fourth_level_name(l3.text if l3 is not None else None, leaf.text))
        out.append({"level1": l1.text if l1 else None, "level2": l2.text if l2 else None,
                    "level3": l3.text if l3 else None, "weight": weight, "score": score, "is_subtotal": False,
                    "page": anchor.page, "line": anchor.line, "_own1": (by_col is not None and "level1" in by_col)
                    or len(texts) >= 3, **unit_own})
        if l1_said is not None and l1 is not None and l1.text == l1_said[0]:
            out[-1]["level1_weight"] = l1_said[1]
        if weight is None and score is not None and leaf is None \
                and (above := _points_shared_above(texts, level_spans, out[:-1])) is not None:
            # `| | 立项程序规范性 | | … | 4` under `… | 立项依据充分性 | 10 | … | 5`: the 分值 merged over the two, each
            # scored — said in its note and warned as an item sharing both is (it had no word of it; hunt ly7)
            shared = _shared_note(above["level3"], points_only=True)
            out[-1]["note"] = "；".join(x for x in (unit_own.get("note"), shared) if x)
            out[-1]["_shares"] = above
            warnings.append(warn("points_shared_assumed", f"score-table row without points of its own, taken as "
                                 f"sharing the merged 分值 of “{clean(above['level3'])}”: {clean(texts[0].text)}"[:160],
                                 texts[0]))
        if capped is not None and l2 is None and l3 is None:
            out[-1]["_cap"] = capped
        elif capped is not None and out[-1]["level1"]:
            # `加分项 | 工作创新 | … | 最高加5分 | … | 3` over more items: the group's cap on its first item's row (the
            # group's merged 分值 cell) is the group's, as over its items, no points of the item (they were 5, the cap;
            # review rv30); alone, the item's points (rv22's `加分项 | 获得表彰 | … | | 最高加5分 | 3`: weight 5)
            out[-1].update(_cap=capped, _cap_item=True)
        named = out[-1] if leaf is not None else None
    if place_leaves or place_total:
        sums = "，".join(f"{clean(places[col])} {place_total.get(col) or fmt_points(place_leaves.get(col, 0.0))}"
                        for col in sorted(places) if col != whole)
        warnings.append(warn("scores_by_place", f"scoring table with a column of scores per place "
                                                f"({' | '.join(clean(places[c]) or '' for c in sorted(places))}): "
                                                f"the scores table has no place, these scores not kept; the places' "
                                                f"totals: {sums}"[:300], header.row.cells[0]))
    _capped_groups(out)
    if ded_col is None:
        _deductions_signed(out, warnings)
    _recentre_scores(out)
    first_l1 = next((k for k, r in enumerate(out) if r.get("_l1row")), None)
    if first_l1 is not None and any(r.get("level3") and not r.get("level1") and not r.get("is_subtotal")
                                    for r in out[:first_l1]) and _level_groups(out, first_l1):
        pass    # (`预算执行率 | 10 | 9` outside any level, then `产出指标 | 40 | 37` over its rows …: levels kept)
    elif first_l1 is not None and any(r.get("level3") and not r.get("level1") and not r.get("is_subtotal")
                                      for r in out[:first_l1]):
        # 评价指标 | 权重 | 得分 over `产出数量 | 30 | 30` … `效益 | 30 | 27`, `满意度 | 10 | 9`: rows of no level 1 before the
        # first level-1 name make a flat list, each row its own (效益 was the subtotal of 满意度 under it: "the 1 rows'
        # weights add up to 10 but the subtotal says 30"; the weights 70)
        l1 = None
        for r in out[first_l1:]:
            if r.get("_l1row"):
                l1, r["is_subtotal"] = r.get("level1"), False
                r.pop("_l1row")
            elif l1 is not None and r.get("level1") == l1 and not r.get("_own1"):
                r["level1"] = None
                if level_info(r.get("level3") or "")[0] is not None and not r.get("level2"):
                    # `满意度指标 | 25 | 25` after `效益指标 | 20 | 20` in a flat list: a level 1 as they are, though
                    # 满意度 may name a level 2 too (it was an item of no level, the others level 1s)
                    r["level1"], r["level3"] = r["level3"], None
    for r in out:
        if r.get("level1") and (said := points_said(r["level1"])) is not None \
                and not _EXTRA_SECTION.match(fold(r["level1"])):
            # `决策（10分） | 项目立项 | 立项程序规范性 | 5 | … | 5`: the level 1's points written in its name, each of its
            # rows' level1_weight, as an indicator table's (the name was kept with them, `决策（10分）`, a level of its
            # own beside a plain `决策`); not a 加分项's / 扣分项's / 否决项's cap (`加分项（10分）`, a bonus over the 100)
            r["level1"], r["level1_weight"] = said
    for k, r in enumerate(out):
        r.pop("_own1", None)
        r.pop("_shares", None)
        if r.pop("_l1row", None):
            nxt = next((x for x in out[k + 1:] if not x.get("_grade")), None)
            if nxt is None or nxt.get("_total") or nxt.get("_l1row"):
                # 决策 | 15 | 13.5 then 过程 | 20 | 17.6 …: level-1 rows with nothing under them are the table's
                # own rows, no subtotals (the first was read as a leaf, the others as subtotals)
                r["is_subtotal"] = False
    return out


def _points_shared_above(texts: list[Cell], level_spans: dict, out: list[dict]) -> dict | None:
    """The row above when a row of a 评分表 is a name alone under the 三级 column, a whole name (no piece a line break
    cut: those are joined before), right under an item with its points and score: the two share merged 分值 and 得分
    cells, printed on the first row only; else None."""
    if len(texts) != 1 or not _under_col(level_spans.get("level3"), texts[0].col) or not out:
        return None
    above = out[-1].get("_shares", out[-1])          # (a third row under the same merged cells: the first's)
    if above.get("is_subtotal") or above.get("_total") or above.get("_grade") or not above.get("level3") \
            or above.get("weight") is None or above.get("score") is None or len(label_key(texts[0].text)) < 4 \
            or any(POINTS_AT_END.search(fold(t)) for t in (above["level3"], texts[0].text)):
        return None              # (`省级财力专项预算分配时限(1分) | 1`: rows naming their own points share no merged 分值)
    return above


def _deductions_signed(out: list[dict], warnings: list[ParseWarning] | None = None) -> None:
    """`扣分项 | 违规违纪 | 审计发现问题 | | … | 2` (a 扣分项's / 减分项's row, its figure under the 得分 written with no
    minus): the points taken off, `-2`, as its rows written `-2` are — a deduction's row gives no points (the 2 was added
    to the 合计's 94 where a 最终得分 follows, a false weights_not_100; with none the form's score was the 合计's; hunt sc11).
    Not a 加分项's nor a 否决项's, not under a 扣分 column (its own reading); not where a total after the rows says they
    took nothing off of their caps (`合计 | 94`, `扣分项 | … | 5 | 最高扣5分 | 5`, `最终得分 | 94`: the points kept of the
    cap — they were -5 against the form's own 94, silently; review rv37)."""
    cand, zeros = [], []
    for r in out:
        if r.get("_total") or r.get("_grade") or (v := parse_number(r.get("score") or "")) is None or v < 0:
            continue
        level = next((t for k in ("level1", "level2") if EXTRA_LEVEL.match(t := fold(r.get(k) or ""))), None)
        if level is not None and MIXED_LEVEL.match(level) and v > 0:
            _mixed_signed(r)
        elif level is not None and not BONUS_LEVEL.match(level) and not MIXED_LEVEL.match(level) and "否决" not in level:
            (cand if v > 0 else zeros).append((r, v))
    if not cand:
        return
    # each row's cap stated (`5 | 最高扣5分 | 5`) and the last total after them (`最终得分 | 94`, or the 合计 below them)
    # the rows' sum with the deductions' figures taking nothing, a bonus's adding: none is signed (with no cap, or no
    # total after them but the 合计 above, sc11's reading: its `扣分项 | … | 2` after the 合计 94 the score 92)
    last = next((k for k in range(len(out) - 1, -1, -1) if out[k].get("_total")
                 and parse_number(out[k].get("score") or "") is not None), None)
    if last is not None and all(any(r is x for x in out[:last]) and (w := parse_number(r.get("weight") or "")) is not None
                                and v <= w for r, v in cand):
        ded = {id(r) for r, _ in cand}
        plain = sum(parse_number(x.get("score") or "") or 0.0 for x in out[:last] if id(x) not in ded
                    and not (x.get("_total") or x.get("_grade") or x.get("is_subtotal")))
        if abs(parse_number(out[last]["score"]) - plain) < 0.005:
            return
    # (one column, one reading: a row of 0 — nothing taken off; kept, the whole cap lost — or one below its cap, read
    # as taken off, says the column holds the points taken off, so a row at its cap lost them all: `5 | 5` beside
    # `5 | 0` or `5 | 2` was kept, 5, its neighbour's read the other way; review rv41)
    after = [(r, v, w) for r, v in cand + zeros if (w := parse_number(r.get("weight") or "")) is not None and v <= w
             and not (last is not None and any(r is x for x in out[:last]))]
    zero_said = any(v < 0.005 for _, v, _ in after)
    cut_said = zero_said or any(0.005 <= v < w - 0.005 for _, v, w in after)
    for r, v in cand:
        w = parse_number(r.get("weight") or "")
        if w is None or v > w or last is not None and any(r is x for x in out[:last]):
            r["score"] = fmt_points(-v)       # (no cap, a figure past it, or a total after it that the rows' sum is not)
            continue
        # its cap stated and no total after it to say which (`扣分项 | … | 5 | 发生安全事故扣5分 | 5` under the 合计): the
        # figure may be the points kept of the cap or those taken off. Below the cap, taken off, as with no cap (`5 | 2`:
        # -2, sc11's reading); the whole cap, kept (`5 | 5`: nothing taken off — a deduction of the whole cap is the rare
        # case, a row scored its full points the common one; it was -5, the form's score 5 short); either way said, a
        # `deduction_unsure` warning (hunt sc12)
        kept = abs(v - w) < 0.005 and not cut_said
        if not kept:
            r["score"] = fmt_points(-v)
        if warnings is not None and not zero_said:
            name = r.get("level3") or r.get("level2") or r.get("level1") or ""
            warnings.append(ParseWarning(
                "deduction_unsure", f"{r.get('level1') or ''} row {name!r}: its figure {fmt_points(v)} under the 得分 beside "
                f"its cap {fmt_points(w)} and no total after it to say whether the points were kept or taken off: read as "
                + (f"kept (nothing taken off; else -{fmt_points(v)})" if kept else f"taken off (-{fmt_points(v)}; else "
                   + (f"-{fmt_points(w - v)})" if w - v >= 0.005 else "nothing taken off)")), r.get("page"), r.get("line")))


# a 加减分项 row's words saying a deduction (`每发现1个问题扣1分`, `扣分`) or a bonus (`获省级表彰加2分`, `加分`; not `加强`)
_SAYS_CUT = lazy(r"(?:(?<!加)扣(?:除|减)?|(?<![加扣])减)\s*\d*(?:\.\d+)?\s*分")   # (not 加减分 / 加扣分: either way; rd2)
_SAYS_ADD = lazy(r"加\s*\d*(?:\.\d+)?\s*分")


def _mixed_signed(r: dict) -> None:
    """A 加减分项's row of a plain figure, no sign (`加减分项 | 违规违纪 | 审计发现问题 | | 每发现1个问题扣1分 | 1`): its
    own words (names, rule) saying only a deduction, the figure taken off, `-1`; a bonus's, or both, or neither: as
    written (it was +1 whatever the words said, the form's score 2 over; review rv41)."""
    if not re.match(r"^\s*\d", r.get("score") or ""):
        return
    words = " ".join(fold(r.get(k) or "") for k in ("level2", "level3", "requirement"))
    if _SAYS_CUT.search(words) and not _SAYS_ADD.search(words):
        r["score"] = fmt_points(-parse_number(r["score"]))


def _capped_groups(out: list[dict]) -> None:
    """`加分项 | 最高加5分` over its items (`| 工作创新 | … | 3 | … | 3`): the cap of the group its items make, no row of
    its own — their level 1 written whole, `加分项（最高加5分）`, as the head written in one cell over them is (it was a
    row of weight 5 and no score beside them; hunt sc10). A cap with no item under it stays a row (`减分项 | 扣分上限10分`:
    weight 10, no score; hunt sc9)."""
    for k in range(len(out) - 1, -1, -1):
        cap = out[k].pop("_cap", None)
        if cap is None:
            continue
        name = out[k].get("level1")
        own = out[k].pop("_cap_item", False)      # (the cap on its first item's row: that row an item too)
        items = [out[k]] if own else []
        for x in out[k + 1:]:
            if x.get("_total") or x.get("_grade") or x.get("_own1") or x.get("is_subtotal") \
                    or x.get("level1") != name or not (x.get("level2") or x.get("level3")):
                break
            items.append(x)
        if items[own:] and name:
            cap = clean(cap) or cap
            whole = f"{name}{cap}" if cap[:1] in "(（" else f"{name}（{cap}）"
            for x in items:
                x["level1"] = whole
            if own:
                out[k]["weight"] = None
            else:
                del out[k]


def _level_one_points(texts: list[Cell], nums: list[Cell], spans: dict, header: Header) -> Cell | None:
    """The points printed beside a level 1's name, in a column of no head of its own between the level-1 and level-2
    heads' columns (`一级指标` over two columns: `一、决策 | 15 | 项目立项 | …`) or under a points head of its own while
    the rows' weight is the last level's (`一级指标 | 权重 | 二级指标 | 权重 | …`), on a row naming its level 1 and holding
    its own figures after them; else None."""
    if "level1" not in spans or "level2" not in spans or len(nums) < 2:
        return None
    end1, start2 = _level_gap(spans)
    p = next((c for c in nums if end1 < c.col < start2), None)
    if p is None or not any(_under_col(spans["level1"], t.col) for t in texts) or not any(c.col > start2 for c in nums):
        return None
    return p if _head_over(p, header, end1) is None or _level_points_headed(p, header, end1, start2) else None


def _level_gap(spans: dict) -> tuple[int, int]:
    """The last column of the level 1's head and the first of the level 2's."""
    s1, s2 = spans["level1"], spans["level2"]
    return (s1[1] if isinstance(s1, tuple) else s1), (s2[0] if isinstance(s2, tuple) else s2)


def _head_over(cell: Cell, header: Header, after: int) -> Cell | None:
    """The head printed over a cell right of the column `after` (a head spanning both columns is none)."""
    return next((c for c in header.row.cells if c.col > after and c.col <= cell.col < c.col + max(1, c.colspan)
                 and c.text.strip()), None)


def _level_points_headed(p: Cell, header: Header, end1: int, start2: int) -> bool:
    """Whether the level 1's points stand under a points head of their own (`一级指标 | 权重 | 二级指标 | 权重 | 三级指标 |
    权重`), the rows' weight printed past the level 2's (a lone 分值 there is the rows' own): they are its rows'
    level1_weight, as `决策（15分）`'s (an unheaded column's, `一级指标` over two, a subtotal row of the level 1)."""
    def points(c: Cell | None) -> bool:
        return c is not None and bool(_SECTION_POINTS_HEAD.search(header_key(c.text)))
    return points(_head_over(p, header, end1)) and any(c.col > start2 and points(c) for c in header.row.cells)


_OUTLINE_LEVELS = ((1, re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]\s*")),
                   (2, re.compile(r"^\s*[(（]\s*[一二三四五六七八九十]+\s*[)）]\s*")),
                   (3, re.compile(r"^\s*\d{1,2}\s*[、.．](?!\d)\s*")))


def _outline_level(text: str) -> tuple[int, str] | None:
    """`一、投入` -> (1, "投入"), `（一）项目立项` -> (2, "项目立项"), `1.立项依据充分性` -> (3, …), else None."""
    for lv, rx in _OUTLINE_LEVELS:
        m = rx.match(text)
        if m and text[m.end():].strip():
            return lv, text[m.end():].strip()
    return None


def _levels_by_column(texts: list[Cell], spans: dict[str, tuple[int, int]]) -> dict[str, Cell] | None:
    """The level of each text cell by the level header above it (一级指标 | 二级指标 | 评估要点: a row's two
    texts are levels 1 and 2, not 2 and 3); None when the header names fewer than two levels, or a text
    stands under no level header or two texts under one (a shifted row: read by position). A 评分表 of
    level 1 only (一级指标 | 分值 | 得分) reads each text as a level 1."""
    if not texts or (len(spans) < 2 and set(spans) != {"level1"}):
        return None
    out: dict[str, Cell] = {}
    for c in texts:
        role = next((r for r, (a, b) in spans.items() if a <= c.col <= b), None)
        if role is None or role in out:
            return None
        out[role] = c
    return out


def _level_groups(out: list[dict], first: int) -> bool:
    """Score rows from `first` on, read as level-1 rows each over the rows its weights sum to (`产出指标 | 40 | 37` over
    `数量指标 | 20` `质量指标 | 10` `时效指标 | 10`; `满意度指标 | 20 | 18` too, a level-1 name that may name a level 2,
    when it comes where the group before it closed): when every level-1 row's weight is the exact sum of the rows
    under it (two or more groups), the rows are set so and True; else nothing is changed and False (a flat list)."""
    rows = [r for r in out[first:] if not r.get("_grade")]
    plan: list[tuple[dict, list[dict]]] = []
    k = 0
    while k < len(rows):
        r = rows[k]
        if r.get("_total"):
            k += 1
            continue
        name = r.get("level1") if r.get("_l1row") else r.get("level3")
        if not (r.get("_l1row") or name and level_info(name)[0] is not None and plan and not r.get("_own1")):
            return False
        want = parse_number(r.get("weight") or "")
        got, j = 0.0, k + 1
        while want is not None and j < len(rows) and not rows[j].get("_total") and not rows[j].get("_l1row") \
                and got < want - 0.005:
            w = parse_number(rows[j].get("weight") or "")
            if w is None:
                return False
            got, j = got + w, j + 1
        if want is None or j == k + 1 or abs(got - want) > 0.005:
            return False
        plan.append((r, rows[k + 1:j]))
        k = j
    if len(plan) < 2:
        return False
    for head, kids in plan:
        name = head.get("level1") if head.get("_l1row") else head.get("level3")
        head.update(level1=name, level2=None, level3=None, is_subtotal=True, _l1row=True)
        for x in kids:
            x["level1"] = name
    return True


def _is_level1(text: str) -> bool:
    t = fold(text).strip()
    return t.endswith(":") or (level_info(t)[0] is not None and level_info(t)[1] is None)


# ---------------------------------------------------------------- budget tables

_TOTAL_KEYS = frozenset({"合计", "小计", "总计", "金额合计", "合 计"})
# the label of an indicator table's total row (_total_row)
_TOTAL_ROW_KEYS = _TOTAL_KEYS | {"得分合计", "总分", "总得分", "自评得分", "自评总分", "综合得分", "评价得分",
                                  # (`项目自评得分 | 100 | 97.90 | 自评等级 | 优秀`: the project's score; the row was read as an
                                  # indicator named 97.90, its level 2 `100`, review sq)
                                  "项目自评得分", "项目得分", "项目综合得分", "自评总得分", "自评综合得分"}
_SUBTOTAL_KEYS = frozenset({"小计", "分项小计"})


@lru_cache(maxsize=1 << 14)
def is_total_label(key: str) -> bool:
    """A total row's label (a label_key): 合计 / 小计 / 总计, or a short one ending so (支出合计, 费用合计). (Memoised: a
    pure function of the key, asked of every cell of a budget table's rows and again of the form's fields.)"""
    return key in _TOTAL_KEYS or 2 < len(key) <= 6 and key.endswith(("合计", "总计", "小计"))


# a total row's label that states its sum is no plain sum of the rows above (含上年结转, 不含…, 已下达, 累计, 承前页 …):
# unsure what it covers, the checks are not given it
_TOTAL_UNSURE = lazy(r"含|其中|结转|已|累计|承前|承上|上页|转下|转后|过次|以前|以后|调整|追加")
_TOTAL_UNIT = lazy(r"^\s*(?:单位\s*[:：]?\s*|金额\s*[:：]?\s*)?(百万元|亿元|万元|千元|元)\s*$")


def total_scope(text: str) -> tuple[str, str | None] | None:
    """What a 合计 / 小计 row's label says it sums: ("since", unit) for a 小计 or a page's total (本页合计: the rows since
    the last one), ("all", unit) for a 合计 / 总计 (the table's rows); unit the money unit its own brackets name
    (`合计（万元）` under 元 columns), else None. None when unsure what it covers (`合计（含上年结转）`, `小计（已下达）`,
    `累计`, `承前页`): a false mismatch costs an auditor more than a missed one."""
    t = fold(text or "").strip()
    unit = None
    for inner in re.findall(r"[(（]([^()（）]*)[)）]", t):
        m = _TOTAL_UNIT.match(inner)
        if m is None:
            return None
        unit = m.group(1)
    bare = _BRACKETED.sub("", t)
    if _TOTAL_UNSURE.search(bare):
        return None
    return ("since" if "小计" in bare or "页" in bare else "all"), unit      # (本页合计: a page's)


_SEQ_NO = lazy(r"^[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]?$")


def budget_scorer(cell: Cell, role: str) -> float:
    if role[:4] == "col:":          # (a slice, not a method call: asked of every cell and role of a budget table)
        return 0.1
    num = is_number(cell.text)
    if role == "amount":
        # (`（50）` under the 金额 head: an accounting negative there, column_negative — a weaker fit than a figure, so
        # that a `（1）` of numbering keeps its 序号 column)
        return 3.0 if num else 1.0 if column_negative(cell.text) != cell.text else -3.0
    if role == "quantity" and not num and parse_count(cell.text) is not None:
        return 0.8                                      # 2800平方米, 96间: a count with its unit
    if role in ("price", "quantity"):
        return 1.0 if num else -3.0
    if role == "seq":
        return 0.5 if _SEQ_NO.match(fold(cell.text).strip()) else -3.0
    if role in ("name", "group", "project", "task"):
        return -3.0 if num else 1.0
    return 0.2                                          # note


def _composition_label(c: Cell, row: Row, first_col: int) -> bool:
    """Is `c` the 项目构成 label beside a composition table's lines (`项目构成 | 60-79周岁老人用餐补贴 | 3,240,000 |
    3元/餐×108万餐`, the label merged down over the lines, its text on the first only), as 项目构成分解 is in sample 000:
    the row's first cell, left of the table's columns, the composition field's label with no value of its own?"""
    if c is not row.cells[0] or c.col >= first_col or len(row.cells) < 2:
        return False
    m = match_field(c.text)
    return m is not None and m[0] == "composition" and m[1] is None


def _aside_goes_on(got: dict[str, Cell], last_got: dict[str, Cell]) -> bool:
    """`（按2023年县道中标价测算）` alone under `波形护栏 | 240 | 20万元/公里×12公里`, in the column of the line's own 测算依据:
    a bracketed aside of that cell, going on on the next line (a dump cannot show the merge; it was a row not
    understood, the note cut — hunt tg24's leftover). One cell wholly in brackets, its column filled on the line
    above; a footnote (`注：以上为预估数`) is none, nor one in brackets that speaks of the lines above
    (`（以上单价均含税）`, `（注：…）`: it was glued onto the last line's note, review rv128)."""
    return len(got) == 1 and (role := next(iter(got))) in last_got and bool(last_got[role].text.strip()) \
        and _WHOLE_BRACKETS.match(got[role].text) is not None \
        and not footnote_lead(inner := got[role].text.strip()[1:]) and not _OF_THE_LINES_ABOVE.match(inner)


# an aside's opening words that speak of the lines above it (`以上单价均含税`, `上述费用…`): a footnote of the table
_OF_THE_LINES_ABOVE = lazy(r"^\s*(?:以上|上述|上列|各项)")


def read_budget_table(header: Header, rows: list[Row], warnings: list[ParseWarning],
                      totals: list[dict] | None = None) -> list[dict]:
    """Given a budget breakdown table (子项目 / 项目明细 / 明细金额 …), return raw budget lines; the 合计 / 小计 rows the
    table states are no lines: when `totals` is given, each one with an amount is appended to it ({"table":
    "budget_items", "values": {"amount": text}, "recs": the lines it sums, "label", "page", "line"}: a 小计 the lines
    since the last 小计, a 合计 / 总计 the table's)."""
    cols = header.cols
    if "task" in cols:
        # 年度主要任务 heading its own column: the line's name, as 任务名称 is (over 对应项目, the projects' group, below);
        # beside a 任务名称 it is the block's label merged down (`年度主要任务 | 任务名称 | 主要内容 | 预算金额`): no column
        role = "name" if "name" not in cols else None
        cols = {(role if r == "task" else r): c for r, c in cols.items() if r != "task" or role is not None}
        header = Header(header.kind, cols, sorted(cols, key=cols.get), header.row, header.extra, header.widths,
                        header.options, header.finer)
    if {"name", "project"} <= cols.keys() and "group" not in cols and cols["project"] > cols["name"]:
        # 任务名称 | 对应项目 | 金额 (a 部门整体 form's tasks, each over the projects that fund it, merged down): the
        # project names the line, the task is its group (the task named the line, the next project's line had none)
        cols = {("group" if r == "name" else "name" if r == "project" else r): c for r, c in cols.items()}
        header = Header(header.kind, cols, sorted(cols, key=cols.get), header.row, header.extra, header.widths,
                        header.options, header.finer)
    out: list[dict] = []
    last_got: dict[str, Cell] = {}             # the cells of the last line read
    roles = header.all_roles
    # (the header's column spans and its roles' kinds worked out once a table, not once a row: the header is not
    # changed below)
    all_cols = header.all_cols
    basis_roles = [r for r in roles if r.startswith("basis")]
    col_roles = [r for r in roles if r.startswith("col:")]
    # a name column no row fills (项目支出明细 | 支出内容 | 金额: the block's label over its side column)
    name_span = all_cols.get("name")
    name_used = name_span is not None and any(_under_col(name_span, c.col) for r in rows for c in r.cells
                                              if not _side_label(c, r, header) and not is_placeholder(c.text))
    first_col = min(span[0] for span in all_cols.values())
    # the lines' sums (and counts): since the last subtotal, of the current group (a place's lines), of the table
    since, group_sum, total, n_since, n_group, n_total = 0.0, 0.0, 0.0, 0, 0, 0
    since_at = 0                                 # where the lines since the last 小计 row start in `out`
    on_top: tuple[dict | None, int] | None = None  # a 小计 atop its group's lines (its total, where its lines start)
    subs_on_top = False                          # the table's 小计 rows come atop their groups
    amount_span = all_cols.get("amount")
    carried: Cell | None = None                  # the group cell above, carried down over the lines under it
    whole: dict | None = None                    # the last line no part of another (its `其中：` parts follow it)
    whole_indent, parts_indent = 0, None         # its name's indent, its parts' (an indented part goes on them)
    for row in rows:
        # (the side label and the 项目构成 label are each the row's first cell or none: both asked of it alone —
        # _composition_label was asked of every cell of every line, review rv85)
        first = row.cells[0] if row.cells else None
        cells = [c for c in row.cells
                 if not (c is first and (_side_label(c, row, header) or _composition_label(c, row, first_col)))
                 and not (_no_value(c.text) and not (amount_span and _under_col(amount_span, c.col)
                                                     and column_negative(c.text) != c.text))]
        cells = _split_levels(cells)
        if not cells:
            continue
        # `4 | 预留资金 | —`: the dash holds the amount's column (dropped, the 4 of 序号 was read as the amount)
        blank_amount = next((c for c in row.cells if is_placeholder(c.text) and c.text.strip()
                             and _under_col(amount_span, c.col)), None) if amount_span else None
        if blank_amount is not None and len(cells) >= 2:
            cells = sorted(cells + [blank_amount], key=lambda c: c.col)
        if any(is_total_label(label_key(c.text)) for c in cells if not is_number(c.text)):
            # 合计 / 小计 / 支出合计: the sum of the lines above
            label = next(c for c in cells if not is_number(c.text) and is_total_label(label_key(c.text)))
            amount = next((c for c in cells if amount_span and _under_col(amount_span, c.col) and is_number(c.text)),
                          None)
            scope = total_scope(" ".join(c.text for c in cells if not is_number(c.text)))
            # (`硬件采购 | 小计 | 180`: a group's name beside its 小计, not the group of the lines above it)
            named = next((c for c in cells if c is not label and not is_number(c.text)
                          and not is_total_label(label_key(c.text)) and not _SEQ_NO.match(c.text.strip())), None)
            sub = "小计" in label.text or scope is not None and scope[0] == "since"
            if on_top is not None:
                # (a group's 小计 on its first row: it sums the lines below it, up to the next 小计 / 合计)
                if on_top[0] is not None and totals is not None and len(out) > on_top[1]:
                    totals.append(dict(on_top[0], recs=out[on_top[1]:]))
                on_top = None
            # a 小计 with no line above it since the table's start or the last 小计 heads its group's lines, and so do
            # the table's later 小计 rows; one with lines above it and a group's name beside it (the first 小计 of the
            # table) may head the next group or close its own: unsure, not checked
            top = sub and (len(out) == since_at or subs_on_top)
            unsure = sub and not top and named is not None and (
                not out or clean(named.text) != clean(out[-1].get("group") or ""))
            if totals is not None and amount is not None and scope is not None and not unsure:
                tot = {"table": "budget_items", "values": {"amount": amount.text}, "label": clean(label.text),
                       "page": amount.page, "line": amount.line, "own_unit": scope[1]}
                if top:
                    on_top = (dict(tot, below=True), len(out))     # `硬件采购 | 小计 | 180` over its lines
                elif out:
                    totals.append(dict(tot, recs=out[since_at if sub else 0:]))
            elif top:
                on_top = (None, len(out))
            if sub:
                subs_on_top = subs_on_top or on_top is not None
                since_at = len(out)
            continue
        if len(cells) == 1 and out and is_number(cells[0].text):
            v = parse_number(cells[0].text)
            if v is not None and any(n >= 2 and abs(v - s) <= 0.005 for s, n in (
                    (since, n_since), (group_sum, n_group), (total, n_total))):
                since, n_since = 0.0, 0                # a subtotal or total without its 小计 / 合计 label: the
                continue                               # exact sum of two or more lines above
        if all(c.col < first_col for c in cells):
            continue                                   # 其他需完成的任务（可选填） in the blocks' label column: no line
        lost: list[Cell] = []
        got = assign_roles(cells, roles, budget_scorer, all_cols, dropped=lost)
        if blank_amount is not None:
            got = {r: c for r, c in got.items() if c is not blank_amount}
            lost = [c for c in lost if c is not blank_amount]
        name = got.get("name")
        tail = next((c for c in lost if c.col == name.col + name.colspan and not is_number(c.text)), None) \
            if name is not None and _ITEM_NO_ALONE.match(name.text) else None
        if tail is not None:
            # `任务名称 | | 主要内容` over `任务1 | 学前教育普惠发展 | …`: the template's numbering in a cell of its own, the
            # task's name right of it (lost, `unplaced_cell`; the line was named 任务1)
            got["name"] = replace(name, text=f"{name.text.strip().rstrip(':：、.．')}：{tail.text.strip()}",
                                  colspan=tail.col + tail.colspan - name.col)
            lost = [c for c in lost if c is not tail]
        for c in lost:
            warnings.append(warn("unplaced_cell", f"budget-table cell fits no column, not kept: {clean(c.text)!r}"[:200], c))
        if "group" in got and not name_used:
            got["name"] = got.pop("group")           # 支出内容 | 金额 with no finer column: the line's name
        if "project" in got and name_span is None and "group" not in all_cols:
            got["name"] = got.pop("project")         # 乡镇名称 | 项目名称 | 金额 with no finer column: a line per project
        if got and out and not got.keys() & {"amount", "name", "group", "price", "quantity"} \
                and all(r == "note" or r.startswith(("basis", "col:")) for r in got) \
                and (any(c is not None and c.rowspan > 1 and c.row < cells[0].row < c.row + c.rowspan
                         for c in (last_got.get("name"), last_got.get("amount")))
                     or _aside_goes_on(got, last_got)):
            # `困难群众救助 | 城乡低保金发放 | 150` then `| 特困人员供养 |` (the task and its amount merged over both rows):
            # the line's text goes on (the row was not understood, its text lost; a text dump cannot show the merge:
            # a footnote in the 测算依据 column under the last line is no part of it)
            more = "；".join(got[r].text.strip() for r in roles if r in got)
            out[-1]["note"] = f"{out[-1]['note']}；{more}" if out[-1]["note"] else more
            continue
        if "amount" not in got and "name" not in got and "group" not in got:
            warnings.append(warn("unparsed_row", "budget row not understood: " + " | ".join(clean(c.text) or "" for c in cells)[:120], cells[0]))
            continue
        own_group = "group" in got
        if own_group:
            carried = got["group"] if row.grid is not None else None
        elif carried is not None and name_used and "name" in got and row.grid is not None:
            # 中小企业公共服务平台建设 merged over 省级平台运营补助 and 市州窗口平台补助 (a merged cell, or the cell left
            # empty under it, in every format, as level cells are carried down): the group of both (the second's was
            # lost)
            got["group"] = carried
        anchor = got.get("name") or got.get("group") or cells[0]
        notes = [got[r].text for r in ("note",) if r in got]
        basis = [got[r].text.strip() for r in basis_roles if r in got]
        # a 测算依据 column alone is the note as written; beside a 备注 or a second 依据, each is named
        notes += basis if len(basis) == 1 and not notes else ["依据：" + b for b in basis]
        notes += [f"{r[4:]}：{got[r].text.strip()}" for r in col_roles if r in got]
        # (`（50）` in the amount column, `上年结余抵减 | （50）`: the accounting negative it is there, as `（50.00）` is —
        # it was no amount, the lines summed without it; `（1）` in a 序号 or name column stays a number's mark)
        amount_text = column_negative(got["amount"].text) if "amount" in got else None
        amount = parse_number(amount_text) if amount_text is not None else None
        if own_group:
            group_sum, n_group = 0.0, 0
        since, group_sum, total = since + (amount or 0.0), group_sum + (amount or 0.0), total + (amount or 0.0)
        n_since, n_group, n_total = n_since + 1, n_group + 1, n_total + 1
        last_got = got
        group_text = got["group"].text if "group" in got else None
        name_text = got["name"].text if "name" in got else None
        indent = len(name_text) - len(name_text.lstrip(" \u3000")) if name_text else 0
        is_part = False
        if name_text and whole is not None and whole["name"] and not own_group and (
                _PART_LINE.match(name_text) or (parts_indent is not None and indent >= parts_indent > whole_indent)):
            # `设备购置费 | 600,000` over `其中：信息化设备 | 240,000`: a part of the line above (counted in it), its
            # group; lines indented as far under it are parts too (the lines added up to 1,240,000 for 1,000,000)
            group_text, is_part = whole["name"], True
            if parts_indent is None:
                parts_indent = indent if indent > whole_indent else None
        elif name_text:
            whole, whole_indent, parts_indent = None, indent, None
        out.append({"group": group_text,
                    "name": got["name"].text if "name" in got else None,
                    "amount": amount_text,
                    "price": got["price"].text if "price" in got else None,
                    "quantity": got["quantity"].text if "quantity" in got else None,
                    "note": "；".join(notes) if notes else None, "kind": "composition",
                    "page": anchor.page, "line": anchor.line,
                    "_head": bool(got.get("seq") is not None and _CN_SEQ.match(got["seq"].text)
                                  and "price" not in got and "quantity" not in got)})
        if name_text and not is_part:
            whole = out[-1]
    if on_top is not None and on_top[0] is not None and totals is not None and len(out) > on_top[1]:
        totals.append(dict(on_top[0], recs=out[on_top[1]:]))     # the last group's 小计 atop its lines
    lines = _group_heads(out)
    if totals:
        # `一 | 日常养护 | ` over its lines and their `小计 | 320`: a class heading made the lines' group is no line; the
        # 小计 sums the lines (it was not checked at all, the rows it closed not all kept — hunt mn7)
        kept = {id(x) for x in lines}
        for t in totals:
            t["recs"] = [x for x in t["recs"] if id(x) in kept]
    return lines


# `其中：信息化设备` / `其中:…` / `  其中 …`: a budget line that is a part of the line above it
_PART_LINE = lazy(r"^\s*其中\s*[:：]?")


_SIGN_OFF = lazy(rf"{STAMP_NOTE}\s*(?:[:：][\s_＿]*)?(?:(?:19|20)?\d*\s*年\s*\d*\s*月\s*\d*\s*日|{A_DAY})?\s*$|"
                       rf"^[\u4e00-\u9fff]{{1,10}}(?:{SIGN_WORDS})\s*[:：][\s_＿]*$|"
                       rf"^(?:(?:填报|填表|审核|报送)?日期\s*[:：]\s*)?(?:{A_DAY}"
                       r"|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$")    # (`填报日期：2021年3月15日` beside 审核人：… too)
# (a day in numerals, `（盖章）  二〇二四年三月十五日`, `2024年三月十五日` — dates' A_DAY: it was an indicator, hunt ti11)
# (a signature's place alone, its colon after the mark or the mark without brackets: `评审专家（签字）：`, `专家组长（签名）：
# ____`, `评审专家签字：` under a review form — it was an indicator, hunt ti12; the word normalize.text's SIGN_WORDS, spaced
# out too, `评审专家签 字：`, review rv133)
# who filled the form in, beside the places to sign (`填表人：李四`)
# (an office's head or a role and a person's name: `镇长：张永胜`, `分管领导：王强`, `单位负责人：李娜`)
_SIGNER = lazy(r"^(?:(?:填表人|填报人|审核人|经办人|负责人|联系人)\s*[:：]\s*\S{1,8}"
                     r"|[\u4e00-\u9fff]{0,6}(?:长|书记|主任|负责人|领导|审核人?|审批人?|签发人?|会计|出纳|制表人?)\s*[:：]"
                     r"\s*[\u4e00-\u9fff·]{2,5})$")
_ISSUER = lazy(r"^\S{2,18}(?:局|人民政府|政府|委员会|办公室|办事处|中心|厅|委)$")   # after a blank line: who signs
# who signs and when, in one line or cell (`杭州市临平区财政局 2022年3月18日`, a Word paragraph's two lines)
_ISSUER_DATED = lazy(rf"^\S{{2,18}}(?:局|人民政府|政府|委员会|办公室|办事处|中心|厅|委)\s*(?:{A_DAY})"
                           r"\s*(?:印发|发布|印制|制)?$")     # (`…办公室 2024年3月5日印发`: a document's imprint)
# a date alone on its line, its day or not (`2022年3月` under a 考核任务分解表, after its office)
# (a month as dates' MONTH_ALONE, one spelling with forms' month of a fill_date: `2024年3月份`, `2024.03` too; a day as
# dates' A_DAY — twins, hunt ti13)
_MONTH_LINE = lazy(rf"^(?:{MONTH_ALONE}|{A_DAY})$")
# an office's name alone (`长安区财政局`, `石家庄市园林局`): a place, then the office (not `…优化站点布局`)
_OFFICE = lazy(r"^[^\s，,。；;：:、]{0,16}(?:省|市|区|县|州|镇|乡|旗|盟|街道)[^\s，,。；;：:、]{0,12}"
                     r"(?:(?<![格布结大全当出开僵变新危赌棋])局|厅|委|委员会|办公室|中心|人民政府|政府)$")
# a seal's text as OCR reads it (`石家庄市长安区财政局（盖章）`, `长安区财政局绩效管理专用章`)
_SEAL = lazy(rf"^\S{{2,30}}?(?:[(（]\s*(?:{SEAL_WORDS}|章)\s*[)）]"
                   r"|(?:局|厅|委|办|院|府|心|司|校|会|部|处|科|室|单位)(?:财务|业务|绩效管理|绩效|项目)?(?:专用章|公章|印章))$")


def _without_seal(c: Cell, reason: bool) -> Cell | None:
    """A cell of the 偏差原因 / 备注 columns without the text of a seal OCR put into it: None when that is all it
    holds (a seal's words; an office's name alone where a reason goes, `长安区财政局`: a 备注 may name who is
    responsible), else the cell with the seal's line or word left out (`部分公园设施老化 长安区财政局（盖章）`)."""
    t = fold(c.text).strip()
    if _SEAL.match(t) or reason and _OFFICE.match(t):
        return None
    parts = c.text.split()
    keep = [x for x in parts if not _SEAL.match(fold(x))]
    if len(parts) >= 2 and keep and len(keep) < len(parts):
        return replace(c, text=" ".join(keep))
    return c


# (`续表：`, a colon after it, above the head printed again: the table goes on too — it was an indicator, `续表：`, with
# no target, under the last 二级指标 of the page before)
# (`续表1：`, `（续表二）`: the table's number after the mark too)
# (its pieces apart by one run of spaces at most, each run atomic: adjacent optional runs backtracked, `续` and 1,000
# spaces before an `x` took 6 s — review rd2, mend md8)
_TABLE_GOES_ON = lazy(r"^(?:表(?>\s*)\d*(?>\s*))?[(（]?(?>\s*)续(?>\s*)(?:(?:表|上表|前表)(?>\s*)(?:\d{1,2}|[一二三四五六七八九十]{1,3})?)?"
                      r"(?>\s*)[)）]?(?>\s*)[:：]?$")
_CN_SEQ = lazy(r"^\s*[(（]?[一二三四五六七八九十]{1,3}[)）、.．]?\s*$")


def _group_heads(lines: list[dict]) -> list[dict]:
    """`一 | 文化惠民演出 | | | 500,000.00` over `1 | 送戏下乡演出 | … | 400,000.00`, `2 | …`: a line numbered 一、二 …
    whose amount is the sum of the numbered lines under it is their group, no line of its own (it was counted
    beside them: the lines added up to twice the budget); one whose amount two or more lines under it do not make up
    is their group and a line of its own, their subtotal (checked against them)."""
    heads = [x.pop("_head") for x in lines]
    out: list[dict] = []
    i = 0
    while i < len(lines):
        if not heads[i]:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not heads[j]:
            j += 1
        head, parts = lines[i], lines[i + 1:j]
        want = parse_number(head["amount"]) if head.get("amount") else None
        got = [parse_number(x["amount"]) for x in parts if x.get("amount")]
        if parts and want is not None and got and None not in got and abs(sum(got) - want) <= 0.005 * max(1.0, want):
            for x in parts:
                x["group"] = x["group"] or head["name"]
        elif parts and not head.get("amount") and head.get("name") and len(got) == len(parts) and None not in got \
                and not any(x["group"] for x in parts) and not head.get("price") and not head.get("quantity"):
            # `一 | 设备购置 | | ` over `1 | 服务器 | 60`, `2 | 存储设备 | 40` (its sum on a 小计 row under them): a class of no
            # amount heading the lines, their group (it was a line of no amount beside them)
            for x in parts:
                x["group"] = head["name"]
        else:
            out.append(head)
            if want is not None and head.get("name") and len(got) >= 2 and len(got) == len(parts) and None not in got \
                    and not any(x["group"] for x in parts):
                # `一 | 基本支出 | 120` over `1 | 人员经费 | 70`, `2 | 公用经费 | 40`: a class's sum its lines do not make
                # up — the class stays a line, the subtotal of the lines it heads (their group), its sum checked
                # against them (budget_sum_mismatch); it was a line beside them, the breakdown's sum twice the budget's
                # and the class's not told (hunt mn4)
                for x in parts:
                    x["group"] = head["name"]
        out.extend(parts)
        i = j
    return out


# ---------------------------------------------------------------- safeguards (制度保障)

_AFTER_TICK = lazy(r"(?<=[√✓✔☑■□☐])\s+|(?<=/>)\s+")


def read_safeguard_table(header: Header, rows: list[Row], warnings: list[ParseWarning]) -> list[dict]:
    """Given a 制度保障 table, return raw rows with the ticked stages listed."""
    out: list[dict] = []
    sc = header.cols.get("stages", 10**6)
    for row in rows:
        cells = [c for c in row.cells if not is_placeholder(c.text)]
        if not cells:
            continue
        head = [c for c in cells if c.col < sc]
        stage_cells = [c for c in cells if c.col >= sc]
        rec: dict = {"kind": None, "document": None, "measure": None, "stages": []}
        for role in ("kind", "document", "measure"):
            c = next((x for x in head if x.col == header.cols.get(role)), None)
            rec[role] = c.text if c else None
        for c in stage_cells:
            for part in _AFTER_TICK.split(c.text):
                if L.TICKED.search(part):
                    name = clean(L.TICKED.sub(" ", L.UNTICKED.sub(" ", part)))
                    if name:
                        rec["stages"].append(name)
        anchor = head[0] if head else cells[0]
        rec.update(page=anchor.page, line=anchor.line)
        out.append(rec)
    return out


# ---------------------------------------------------------------- assessment (考核任务分解表)

_CN_NUM = lazy(r"^[一二三四五六七八九十]+$")
_ITEM = lazy(r"^\s*(\d+)\s*[、.．]")
_SECTION_ROW = lazy(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*\S")
_CLAUSE_MARK = lazy(r"[。；;，,：:]")
_BRACKETED_NUM = lazy(r"^\s*[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*$")
_CAP_WORDS = lazy(r"不超过|上限|封顶|最高|最多|为限|" + LE_CAP.pattern)   # (`≤3`)
# (`+2` of a 加分 row, `-5` of a 扣分 row; `共20分` of a section's row, its items' sum)
_POINTS = re.compile(r"^\s*[(（]?\s*(?:共|计|合计)?\s*[+＋\-－]?\s*\d+(\.\d+)?\s*分?\s*[)）]?\s*$")
# ①…⑳, ❶…❿, ➀…➉: a 序号 written circled (`（一）营商环境` over `① | 企业开办…`), the item's number (the runs
# circled_number reads: ① … ⑳ alone here left `❷` an unparsed row — review rd64, mend md50)
_CIRCLED = re.compile(rf"^\s*([{CIRCLED_NO}])\s*$")
# a rule (`工程未按期完工的扣5分；`, `未完成不得分`, `一票否决`) is no unit, however short
# `一票否决` written where an item's points go (its 分值 cell): a veto item, no points
_VETO_POINTS = lazy(r"^\s*(?:实行)?一票否决(?:项|制)?\s*$")
_RULE_TEXT = lazy(r"[扣加得减]\s*\d+(?:\.\d+)?\s*分|不得分|一票否决|[；;。]\s*$")


def assessment_scorer(cell: Cell, role: str) -> float:
    t = fold(cell.text).strip()
    if role.startswith("col:"):
        return 0.1                                      # a column no role names (备注): kept apart
    if role == "section_no":
        # 二 / （二） (or a running 序号)
        return 3.0 if _CN_NUM.match(t) or _BRACKETED_NUM.match(t) else 1.0 if _SEQ.match(t) or _CIRCLED.match(t) \
            else -3.0
    if role == "section":
        # (扣分项 / 加分项（加分不超过5分）: a section however long its cap note)
        return 1.5 if (len(t) <= 10 or _EXTRA_SECTION.match(t)) and not _ITEM.match(t) and not _POINTS.match(t) \
            else -2.0
    if role == "content":
        return 3.0 if _ITEM.match(t) else 0.0
    if role == "points" and points_each(t):
        return 3.0                                      # 每次加1分 / 5分/次: a 加分 / 扣分 item's points a time
    if role == "points" and KIND_WORD.match(t):
        return 2.0                                      # 扣分项 / 加分 in the 分值 column: the item's kind, no figure
    if role in ("points", "cap"):
        return 3.0 if _POINTS.match(t) else -3.0
    if role == "responsible":
        return 1.5 if len(t) <= 40 and not _ITEM.match(t) and not _RULE_TEXT.search(t) else -1.0
    # requirement (a long method numbered in parts, `1.宣传工作1分:… 2.工作方案0.5分:…`, is one too)
    return 0.5 if not _ITEM.match(t) or len(t) > 40 else -2.0


@dataclass
class AssessmentState:
    section_no: str | None = None
    section: str | None = None
    seq: int = 0
    items: list[dict] = field(default_factory=list)
    numbered: bool = False          # the section came from a row `一 | 经济发展（30分）`: its items' 考核项目 are titles
    bracketed: bool = False         # the items are numbered `(1)` `(2)` under each section, no `1、` item above them
    group: str | None = None        # the level merged over the finer items (1.河长履职(10分)), when the items are those
    title: Cell | None = None       # an item's title merged over the rows of several items (their 考核项目 cell)
    item_title: Cell | None = None  # the numbered title (`1.党风廉政建设`) of the last item, beside its text
    parent: dict | None = None      # an item that heads its parts (`1.招商引资（20分）` over `（1）…` `（2）…`), its parts read
    bracketed_group: bool = False   # `group` is a `（一）…` cell under a `一、…` section row (reset with the section)
    seq_cell: Cell | None = None    # the last running 序号 cell (merged over the rows of several items: each one's number)
    figure_section: tuple | None = None  # (section_no, section) of a row `1 | 招商引资 | 20` over items numbered `（1）` in the
    # 序号 column, while it is the section


_NUMERAL_SECTION = lazy(r"^\s*[一二三四五六七八九十]+\s*[、.．]")      # 一、预算编制（20分）
_BRACKETED_SECTION = lazy(r"^\s*[(（]\s*[一二三四五六七八九十]+\s*[)）]")   # （一）绩效目标编报


def _finer_than_section(content: str, got: dict, st: AssessmentState) -> bool:
    """Is a content numbered `（一）绩效目标编报` an item under a section numbered `一、预算编制（20分）` (its cell beside it,
    or carried down from above), not a section of its own (`一级指标 | 二级指标 | 分值 | 评分标准`)?"""
    section = fold(got["section"].text) if "section" in got else st.section and fold(st.section)
    return bool(section and _NUMERAL_SECTION.match(section) and _BRACKETED_SECTION.match(content))


def _parent_item(st: AssessmentState, points: str) -> bool:
    """Is a sub-item `（1）… | 10` a part of the last item, a heading of its parts (`1.招商引资（20分） | 20`, no rule and
    no unit of its own, numbered, its points at least the part's)?"""
    if st.parent is not None:
        return bool(st.items) and st.items[-1]["group"] == st.group
    prev = st.items[-1] if st.items else None
    if prev is None or prev["requirement"] or prev["responsible"] or prev["points"] is None \
            or not (prev["seq"] or _ITEM.match(fold(prev["content"]))):
        return False
    whole, part = parse_number(prev["points"]), parse_number(points)
    return whole is not None and part is not None and 0 < part <= whole


_MORE_ITEMS = lazy(r"[；;。，,]\s*[(（]?\d{1,2}[)）、.．]")
_POINTS_NOTE_END = lazy(r"[(（]?\d+(?:\.\d+)?分[)）]?$")
_SUB_ITEM = lazy(r"^(\s*[(（]\s*(\d{1,2})\s*[)）]\s*)\S")   # `（2）完成…`: a sub-item, its number (and the head)
_SUMMARY_LINE = lazy(r"满分|合计|小计|总分|得分|[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$")   # 工作得分（满分90分）
# (a 减分项 a 扣分项: `减分项（10分）` was a level 1 `减分项` worth 10, its -10 row a subtotal_mismatch, review rv10)
_EXTRA_SECTION = EXTRA_LEVEL                                  # (jixiao.checks' pattern)
_VETO_HEAD = re.compile(SECTION_LEAD + "一票否决" + SECTION_NOUN + r"\s*$")
_VETO_LINE = re.compile(SECTION_LEAD + "(一票否决" + SECTION_NOUN + r")\s*[:：]\s*(\S.{3,})$")
_SECTION_NUMERAL = lazy(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]?|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])\s*$")


# a line between or under a table's rows that holds none of its data: `（续表）`, a table's caption `表2  个性指标` (the
# next table's, its head under it), a note `备注：考核内容中括号内为该项分值。` / `注：…`, a browser's print footer (the
# page's address and its page number, `file:///D:/考核/细则.html 1/2`)
_TABLE_FURNITURE = lazy(r"^(?:[(]?\s*续\s*(?:上\s*)?表\s*\d*\s*[)]?|附?表\s*\d{1,2}\s*(?:[:：.、]\s*)?\S{1,20}"
                              r"|(?:备\s*注|附\s*注|注)\s*\d?\s*[:：].*"
                              r"|(?:https?|file)://\S+(?:\s+\d{1,3}\s*/\s*\d{1,3})?)$")
_PART_NO = lazy(r"(?:^|(?<=[；;。，,\s]))\s*(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})\s*[、.．](?!\d))")


def _numbered_next(text: str, line: str) -> bool:
    """Does `line` open with the number following the last part numbered in `text`, in its style (`（1）调整…；` then
    `（2）落实…`, `1、…` then `2、…`)? A 考核要求 cell's numbered lines, one a dump line (a line break in the cell)."""
    m = _PART_NO.match(line)
    last = None
    for last in _PART_NO.finditer(text):
        pass
    if m is None or last is None:
        return False
    if (m.group(1) is None) != (last.group(1) is None):
        return False                    # (another style: `（2）` after `1、` is no next part of it)
    return int(m.group(1) or m.group(2)) == int(last.group(1) or last.group(2)) + 1


# tables whose cells stand in their own columns (a Word / Excel / web table, a ruled PDF's), not a dump's shifted cells
_PLACED_ORIGINS = frozenset({"docx", "xlsx", "html", "pdf_lines"})
# the extension fields a cell merged over a section's items gives each item (as its unit: `responsible`)
_MERGED_EXTRAS = frozenset({"deadline", "leader"})
_LIST_GOES_ON = lazy(r"[、，,]\s*$")


def _numbered_rest(prev: dict | None, row, got: dict) -> bool:
    """Is an assessment row of a laid-out dump (`pdftotext -layout`) the rest of the numbered item above, a line break
    having cut its cells (`| 不少于4家 | | 最高得8分；…。 | 各县（市、区） |` under `| 1、新增示范社 | 8 | 每新增1家得2分， |
    市农业农村局、 |`)? Its text unnumbered, no 分值 of its own, no cell but text, rule and units; the item's text
    not ended. (A row of a Word or Excel table is a row: an unnumbered text under a numbered one is an item there.)"""
    if prev is None or not prev.get("content") or row.grid is None or row.grid.origin != "txt_flat":
        return False
    return (prev.get("seq") is not None or bool(_ITEM.match(fold(prev["content"])))) and "content" in got \
        and set(got) <= {"content", "requirement", "responsible"} and not _TERMINAL_PUNCT.search(prev["content"])
# (认定单位 / 审核认定单位: the units that verify an item's result, its score theirs: assessors too)
_ASSESSOR_HEAD = lazy(r"^(?!被)\S*(?:考核|考评|评分|认定|评定|审核)\S*(?:单位|部门|科室|处室|股室)$")
_SUBJECT_HEAD = lazy(r"^(?:考核|考评)(?:单位|部门|对象)$")
_KIND_HEAD = lazy(r"^\s*(加分|扣分)(?:事项|项目|内容|项)\s*$")
# an assessment table's column of what was done on each item (`考核内容 | 目标任务 | 分值 | 考核标准 | 完成情况 | 得分`)
_DONE = lazy(r"^(?:(?:实际|目标|任务)?完成情况|完成结果|实际完成(?:值)?|工作完成情况)$")
# an assessment table's columns of no contract role -> their extension field of assessment_items (docs/SCHEMA.md)
_EXTRA_FIELDS = (("deadline", re.compile(r"^(?:完成|办结)?(?:时限|期限|时间)(?:要求|节点)?$|^时间节点$|^完成时限要求$")),
                 ("leader", re.compile(r"^(?:责任|分管|牵头|联系|包保)领导$|^责任人$|^分管负责人$")),
                 # (佐证材料 | 数据来源: both the item's evidence)
                 ("evidence", re.compile(r"^(?:考核)?(?:佐证|印证|证明|备查)(?:材料|资料)$|^考核资料$"
                                         r"|^数据(?:来源|提供(?:单位|部门)?)$")),
                 ("self_score", re.compile(r"^自评(?:得)?分(?:值|数)?$|^自查(?:得)?分$|^自评分数$")),
                 # (a 考核评分表's note on the score given: why points were taken off)
                 # (`评分依据` is no note on a score: it heads the rule of a 考核细则, as 评分标准 does — a requirement)
                 # (`扣分依据` neither: the rule, a requirement label; a 扣分说明 column in a table of no score column
                 # is the rule too: _assessment_items)
                 # (a filled sheet's 完成情况 / 实际完成情况 column, what the unit did that the score was given on, is
                 # its note too; never the rule of a table of no score column — rule_note below)
                 ("score_note", re.compile(rf"^(?:{'|'.join(L.SCORE_REASON_HEADS)})$|" + _DONE.pattern)),
                 # (考核指标 | 指标解释 | 分值 | 评分方法: what the item's indicator measures, as indicators.explanation)
                 # (`… | 三级指标 | 指标内容 | 分值 | 评分标准`: a framework's 指标内容 column, no content's once
                 # parsers.core._levels_as_assessment has taken its role away, is the explanation too)
                 ("explanation", re.compile(r"^指标(?:解释|说明|释义|定义|内涵)$|^(?:考核)?指标内容$")))


# a filled 考核评分表's column of the score given each item (not the unit's own 自评分, `self_score`)
_SCORE_HEAD = lazy(r"^(?:考核|考评|评定|核定|审核|实际|最终|综合|初评|初审|初核|复核|复评|复审|终评)?(?:得分|评分)(?:值|数|情况)?$")


def _score_head(key: str) -> bool:
    """Is a header.extra key (`col:考核得分`) a column of the score given each item?"""
    return key.startswith("col:") and _SCORE_HEAD.match(re.sub(r"\s+", "", fold(key[4:]))) is not None


# a score given, as a 评分 / 得分 column's cell holds it: a figure, `扣2分`, `得18分`, `满分`, `不得分`, `/`, `无`
_SCORE_GIVEN = lazy(r"^\s*(?:[+＋\-－]?\d+(?:\.\d+)?\s*分?|(?:扣|得|加|减|扣除)\s*\d+(?:\.\d+)?\s*分|满分|得满分|不得分|"
                          r"零分|0分|[/／\-－—]+|无)\s*$")
# a score given with its reason after it (`扣2分，未按时报送`, `8（扣2分）`, `满分：资料齐全`): a score, no rule
_SCORE_LEAD = lazy(r"^\s*(?:(?:扣|得|加|减|扣除)\s*)?[+＋\-－]?\d+(?:\.\d+)?\s*分?\s*[（(，,：:；;。]|^\s*满分\s*[（(，,：:；;。]")
# the same, split: the score given and the reason after it (not `8（扣2分）`, a score and its deduction, given_score's)
_SCORE_REASON = lazy(r"^\s*((?:(?:扣|得|加|减|扣除)\s*)?[+＋\-－]?\d+(?:\.\d+)?\s*分?|满分|得满分|不得分)\s*"
                           r"[，,：:；;。]\s*(\S.*?)\s*$", re.S)
# a scoring rule, as a 评分 column's cell may hold it instead: points given or taken (得满分, 扣2分, 不得分, 加1分) under a
# condition (每少1万亩, 未建立…的, 达到100%, 按时完成)
_RULE_POINTS = lazy(r"(?:[扣得加减]|扣除)\s*(?:\d+(?:\.\d+)?\s*分|满分|分)|满分|不得分")
_RULE_CONDITION = lazy(r"每|未|的|达到|达|完成|按时|按期|少于|低于|高于|超过|不足|否则|[，,；;]")


# a score given that is no rule, terse or not: a figure, full marks (`满分`, `得满分`), none (`零分`, `0分`); `扣10分` /
# `加2分` / `不得分` may be an item's terse rule (its condition the item's content); `满分（10分）` / `满分。` a score, but
# `满分，每少1项扣1分` a rule (its condition after the comma)
_PLAIN_SCORE = lazy(r"^\s*(?:[+＋\-－]?\d+(?:\.\d+)?\s*分?|(?:得)?满分(?:\s*[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）])?|零分)"
                          r"\s*[。.]?\s*$")
# a deduction given with its reason before it (`未按时报送扣1分`, `新增债务的，扣2分`, `少公开2项扣4分`, `迟报3天扣1.5分`)
# in a column of scores given: the score (`扣1分`) and the reason; not a rule of a figure a time (`每少1次扣2分`)
_REASON_SCORE = re.compile(r"^\s*([^每]*?[^\d\s每，,])[的]?\s*[，,]?\s*((?:扣除|扣|减)\s*\d+(?:\.\d+)?\s*分)\s*[。.]?\s*$")
# a reason with a figure that is a rule's condition, no fact (`少于3次扣2分`, `超过5天扣1分`, `1-2项扣1分`), or that
# names points of its own (`少2次扣2分，另扣1分`): the deduction no one score, the cell left to the warning
# (a comparison written in any words or signs is a condition too: `满意度小于90%扣2分`, `覆盖率<90%扣1分`, `不满3次`,
# `大于5个工作日`, `3天内未报送`)
# (a range is a figure to a figure, `1-2项`, `3天至5天`: not the 到 of 迟到 / 收到; `未达到90%` / `未达90%` a condition,
# `未达标2项` a fact)
# (a span of months or quarters, `1-6月`, `第1-2季度`, `1月至6月`, is when a fact happened, no range of a rule: it was
# read as one, `第1-2季度未更新扣2分` no score — review rv)
_REASON_RULE = re.compile(r"每|少于|低于|高于|超过|不足|不到|未达到?\s*\d|达到|以上|以下|以内|最高|最多|封顶|为止|"
                          r"(?<![第\d])\d+\s*[^\d\s，,。；、]?\s*[-~～至到]\s*\d+(?![\d.]|\s*(?:月|季度|季|号))|"
                          r"小于|大于|多于|超出|不满(?!意)|不够|[<>≤≥≦≧]|\d\s*(?:个)?(?:工作日|天|日|小时|周|月)\s*内|"
                          r"(?:扣除|扣|减|加|得)\s*\d|\d\s*分")


def _reason_score(text: str) -> re.Match | None:
    """`未按时报送扣1分`, `缺1项扣2分` (a score cell): the match of _REASON_SCORE, reason and deduction; None for a rule
    (see _REASON_RULE: a reason with a figure must state a fact, `迟报3天`, no condition)."""
    m = _REASON_SCORE.match(text)
    if m is None or (re.search(r"\d", m.group(1)) and _REASON_RULE.search(m.group(1))):
        return None
    return m


# a filled 考核评分表's column of the points taken off each item (`扣分`, `扣分情况`, `扣分原因及分值`): the score is what
# is left of the item's points (as a 评分表's 分值 | 扣分, read_score_table, its heads labels' score "deduction", each
# of them one of these too: tests/test_hunt_s41_fc.py keeps the two in step; wider here, where a 扣分情况 column's
# cells are read as deductions only when half of them are, _deduct_columns), the reason written before a deduction
# its note
_DEDUCT_HEAD = lazy(r"^(?:考核|实际|累计)?扣(?:减)?分(?:值|数|分值|情况)?$|^扣分(?:原因|理由|说明|情况)及(?:分值|扣分值|分数)$"
                          r"|^扣分(?:值|分值|分数)?及(?:原因|理由|说明)$")
# (…and a word of full marks, `全部得分` / `得满分` / `未扣分`, under a 扣分 head: none taken off either — records'
# FULL_MARKS, the one list of them; a sentence's stop after any, `未扣分。`; hunt s65 sc8, review rv129)
_NO_DEDUCTION = lazy(rf"^(?:无|0(?:\.0+)?\s*分?){WORD_STOP}$")


def _no_deduction(text: str) -> bool:
    """Does a 扣分 cell (folded) say nothing was taken off: `无`, `0分`, a word of full marks (`不扣分`, `得满分`)?"""
    return bool(_NO_DEDUCTION.match(text) or FULL_MARKS.match(text))


def _deduct_head(key: str) -> bool:
    """Is a header.extra key (`col:扣分情况`) a column of the points taken off each item?"""
    return key.startswith("col:") and _DEDUCT_HEAD.match(re.sub(r"\s+", "", fold(key[4:]))) is not None


def _deduction(text: str) -> tuple[str, str | None] | None:
    """A 扣分 column's cell: (the points taken off, the reason written with them or None); `4` / `4分` / `扣4分` /
    `-4` -> `4`, `无` / `0` / `不扣分` -> `0` (nothing taken off), `少公开2项扣4分` / `制度未上墙，扣1分` -> `4` and
    its reason, `扣2分，未按时报送` -> `2` and its reason; a rule (`每少1项扣1分`), words of no figure, a placeholder
    -> None (the form states no deduction)."""
    t = fold(text).strip()
    if not t or is_placeholder(t):
        return None
    if _no_deduction(t):
        return "0", None
    if (m := re.match(r"^(?:扣除|扣|减)?\s*[-－]?\s*(\d+(?:\.\d+)?)\s*分?$", t)) is not None:
        return m.group(1), None
    if (m := _SCORE_REASON.match(t)) is not None and (n := re.match(r"^(?:扣除|扣|减)\s*(\d+(?:\.\d+)?)\s*分$",
                                                                      m.group(1).strip())) is not None:
        return n.group(1), m.group(2).strip()
    if (m := _reason_score(t)) is not None:
        return re.search(r"\d+(?:\.\d+)?", m.group(2)).group(0), m.group(1).strip().rstrip("，,的").strip() or None
    return None


def _deduct_columns(header: Header, rows: list[Row]) -> list[str]:
    """The 扣分 columns of an assessment table (header.extra keys, left to right) whose filled cells read as points
    taken off (`4`, `扣2分`, `无`, `少公开2项扣4分`), half of them or more: a 扣分 column of rules (`每少1项扣1分`)
    is none."""
    out = []
    for k in sorted((k for k in header.extra if _deduct_head(k)), key=lambda k: header.extra[k]):
        span = header.all_cols[k]
        texts = [c.text for r in rows for c in r.cells
                 if _under_col(span, c.col) and c.text.strip() and not is_placeholder(c.text)]
        if texts and sum(_deduction(t) is not None for t in texts) * 2 >= len(texts):
            out.append(k)
    return out


def _rule_score_column(header: Header, rows: list[Row]) -> str | None:
    """A column headed as the score given (`评分`, `得分情况`) whose cells are the rules each item is scored by
    (`完成得满分，每少1万亩扣2分`), no scores (`28`, `扣2分`, `满分`, `/`): its key in `header.extra`, read as the table's
    requirement column when it has none; else None. The head alone is ambiguous, the cells decide."""
    if "requirement" in header.all_cols:
        return None
    for k in sorted((k for k in header.extra if _score_head(k)), key=lambda k: header.extra[k]):
        span = header.all_cols[k]
        texts = [fold(c.text).strip() for r in rows for c in r.cells
                 if _under_col(span, c.col) and c.text.strip() and not is_placeholder(c.text)]
        given = [t for t in texts if _SCORE_GIVEN.match(t) or _SCORE_LEAD.match(t)]
        rules = [t for t in texts if t not in given and _RULE_POINTS.search(t) and _RULE_CONDITION.search(t)]
        # (a figure, `28` / `8.5分`, is a score given and nothing else; `扣10分`, `不得分`, `满分` beside rules with their
        # conditions are terse rules of items whose condition is their content, `发生涉河违法建设 | 10 | 扣10分`: half
        # the cells rules or more, and fewer figures than rules, make the column the rules)
        # (`满分` and a figure are scores given, never a rule: a filled 评分 column of `满分` and reason-first deductions,
        # `未按时报送扣1分`, is scores as many as its rules, not the rules)
        figures = [t for t in given if _PLAIN_SCORE.match(t)]
        if rules and len(rules) * 2 >= len(texts) and len(figures) < len(rules):
            return k
    return None


def _level_head(head: str) -> str | None:
    """The indicator level a head names (`三级指标` -> level3), else None."""
    r = cell_header_roles(head).get("indicator")
    return r if r in ("level1", "level2", "level3") else None


def _item_text_head(head: str) -> bool:
    """Does a head of no role of an assessment table name the item's text (目标任务, 考核要点), its finest level (三级指标)
    or its target (目标值, 年度目标)?"""
    roles = cell_header_roles(head)
    return roles.get("assessment") == "content" or roles.get("indicator") in ("level3", "target", "target_long") \
        or _TARGET_HEAD.match(re.sub(r"\s+", "", fold(head))) is not None


# an assessment table's head of the item's target of no indicator role (`考核指标 | 分值 | 年度目标 | 考核标准`), or
# of the work the item asks of no role at all (`考核内容 | 工作目标 | 分值 | 考核标准`: 工作目标 / 任务目标 / 主要内容 /
# 工作要求 / 具体要求 — their cells were dropped silently, the rule being the 考核标准 column's)
_TARGET_HEAD = lazy(r"^(?:(?:年度|全年|预期|考核|工作|任务)目标|(?:工作|具体)要求|主要内容)$")


def _extra_field(head: str) -> str | None:
    """The extension field of an assessment column of no contract role (完成时限 -> deadline), else None."""
    t = re.sub(r"\s+", "", fold(head))
    return next((f for f, rx in _EXTRA_FIELDS if rx.match(t)), None)


def _extra_values(got: dict) -> dict[str, str]:
    """An assessment row's cells of extension fields (完成时限 -> deadline …), two of one field joined with `；`."""
    out: dict[str, str] = {}
    for k in sorted((k for k in got if k.startswith("col:")), key=lambda k: got[k].col):
        if (f := _extra_field(k[4:])) and got[k].text.strip():
            out[f] = f"{out[f]}；{got[k].text.strip()}" if f in out else got[k].text
    return out


_BRACKETED_FIGURE = lazy(r"^\s*[(]\s*(\d{1,2})\s*[)]\s*$")


def _next_bracketed(rows: list[Row], at: int, span) -> bool:
    """Is the next row after rows[at] with a cell in the 序号 column numbered in brackets, `（1）`?"""
    for r in itertools.islice(rows, at + 1, None):
        c = next((c for c in r.cells if _under_col(span, c.col) and c.text.strip()), None)
        if c is not None:
            return bool(_BRACKETED_FIGURE.match(fold(c.text)))
        if r.cells and any(x.text.strip() for x in r.cells):
            return False
    return False


def _filled(rows: list[Row], col: int) -> int:
    """How many of the rows have a cell with text in column `col`."""
    return sum(1 for r in rows if any(c.col == col and c.text.strip() for c in r.cells))


_NUMERAL_LEAD = lazy(r"^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*")


def _numeral_items(header: Header, rows: list[Row]) -> bool:
    """考核内容 | 分值 | 评分标准 over `一、组织建设 | 20 | 未成立领导小组扣5分…`, `二、资金管理 | 30 | …`: is every row's
    content numbered by a numeral running 一, 二, 三 …, each row with its points and its rule and no section column
    beside it? Then the rows are the items, not sections (a section row `一、党的建设 | | 20` has no rule, and finer
    rows under it)."""
    con, pts, req = (header.all_cols.get(k) for k in ("content", "points", "requirement"))
    if con is None or pts is None or req is None or "section" in header.all_cols:
        return False
    nos = []
    for row in rows:
        cells = [c for c in row.cells if not is_placeholder(c.text) and c.text.strip()]
        if not cells or any(label_key(c.text) in _TOTAL_KEYS for c in cells if not is_number(c.text)):
            continue
        c = next((c for c in cells if _under_col(con, c.col)), None)
        m = _NUMERAL_LEAD.match(fold(c.text)) if c is not None else None
        if m is None or _cn_int(m.group(1)) is None or not fold(c.text)[m.end():].strip() \
                or not any(_under_col(pts, x.col) and _POINTS.match(fold(x.text)) for x in cells) \
                or not any(_under_col(req, x.col) and x is not c for x in cells):
            return False
        nos.append(_cn_int(m.group(1)))
    return len(nos) >= 2 and nos == list(range(nos[0], nos[0] + len(nos)))


def _bare_item_row(header: Header, got: dict, st, score_cols: list[str]) -> bool:
    """`考核内容 | 分值 | 评分标准 | 评分` over `高标准农田建设任务完成 | 30 | 每少完成1个百分点扣1分 | 27`: a table of no
    序号, no 考核项目 column and no section row above, each row its content, its points as a figure and its rule or its
    score: the row is an item of its own (every row of such a table was an unparsed row)."""
    if st.section is not None or any(k in header.all_cols for k in ("section", "section_no", "group")):
        return False
    if "content" not in got or "points" not in got or not _POINTS.match(fold(got["points"].text)):
        return False
    t = fold(got["content"].text).strip()
    return bool(t) and label_key(t) not in _TOTAL_KEYS and not _SECTION_ROW.match(t) \
        and ("requirement" in got or any(k in got and got[k].text.strip() for k in score_cols))


def _first_part(item: dict) -> None:
    """The item above a part `（2）` of the same number: its own `（1）` its part_no, when it has none yet."""
    if item["part_no"] is None and (first := _SUB_ITEM.match(fold(item["content"]))) is not None:
        item["part_no"] = first.group(2)


def _own_number(item: dict) -> str | None:
    """The number an item is numbered by, its 序号 or its text's leading `1.` (`1.党风廉政建设：（1）…`), as written."""
    if item.get("seq"):
        return str(item["seq"]).strip()
    m = _ITEM.match(fold(item["content"] or ""))
    return m.group(1) if m else None


def _same_number(a: str | None, b: str | None) -> bool:
    """Do two numbers as written name one figure (`04` / `４` / `4`)? Compared as numbers, not as text."""
    a, b = (fold(str(x)).strip() if x is not None else "" for x in (a, b))
    return a.isdecimal() and b.isdecimal() and int(a) == int(b)     # (isdigit() takes `፩`, which int() refuses)


def _part_out_of_content(item: dict) -> None:
    """A part's own number, once it is its part_no, out of its text: `党风廉政建设：（1）落实…` -> `党风廉政建设：落实…`
    (the title written before it kept), `（2）开展…` -> `开展…`."""
    m = re.match(r"^((?:[^：:（(]{1,40}[：:])?)\s*[(（]\s*(\d{1,2})\s*[)）]\s*(?=\S)", item["content"] or "")
    if m is not None and int(m.group(2)) == int(item["part_no"]):
        item["content"] = item["content"][:m.end(1)] + item["content"][m.end():]


def _section_counts_out(items: list[dict]) -> None:
    """`1 | 组织建设 | （1）按期召开… `, `2 | | （2）按期开展…`, `3 | 党员管理 | （1）党员信息…`, `4 | | （2）党费…`: a 序号
    counting the rows and a `（n）` counting the items within their section (or group), from （1） at each section's first
    item on: the section's count, out of the text as a `（n）` of the 序号's own number is (normalize.records keeps a
    `（n）` of another number than the 序号 in the text: `5 | （4）信访积案化解…` in a table of no sections, whose `（n）`
    count nothing; here item 4's `（2）` was kept while item 2's was taken out)."""
    runs: list[list[dict]] = []
    for item in items:
        key = (item.get("section"), item.get("group"))
        if runs and (runs[-1][0].get("section"), runs[-1][0].get("group")) == key:
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        if run[0].get("section") is None and run[0].get("group") is None:
            continue
        marks = [_SUB_ITEM.match(fold(item.get("content") or "")) for item in run]
        if len(run) < 2 or any(m is None for m in marks) \
                or [int(m.group(2)) for m in marks] != list(range(1, len(run) + 1)) \
                or any(item.get("part_no") is not None or not str(item.get("seq") or "").strip().isdigit()
                       for item in run):
            continue
        for item, m in zip(run, marks):
            item["content"] = re.sub(r"^\s*[(（]\s*\d{1,2}\s*[)）]\s*", "", item["content"], count=1)


def _level_weight(text: str) -> bool:
    """A level's weight in its column: a figure (`30`, `30分`), or a percent of the 100-point table (`30%`, as a
    评分表 weight reads; it was an unplaced_cell, the section's points lost — review rv4)."""
    return is_number(text) or bool(PERCENT_POINTS.match(fold(text)))


def read_assessment_table(header: Header, rows: list[Row], warnings: list[ParseWarning],
                          caption: str | None = None) -> list[dict]:
    """Given a 考核任务分解表, return raw assessment items (sections carried down). `caption`: the line
    above the table (`二、加分事项`), the section of items that name none."""
    st = AssessmentState()
    level_weights = {r: header.cols[r] for r in ("section_points", "group_points") if r in header.cols}
    weights: dict[tuple[str, str | None, str], str] = {}
    if level_weights:
        # `一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重` (parsers.core _level_weights): the upper levels' weights,
        # each the figure right of its level's cell, kept in the text of the items' section / group (`决策（权重15）`);
        # the figures leave the rows (a text in such a column, a cell a dump shifted left, stays)
        shifted, section = [], None
        for r in rows:
            by_col = {c.col: c for c in r.cells}
            lead = r.cells[0] if r.cells else None
            if lead is not None and lead.col in level_weights.values() and not _level_weight(lead.text) \
                    and (nxt := by_col.get(lead.col + 1)) is not None and _level_weight(nxt.text):
                # `| | | 立项程序规范性 | 2 | …` under `二级指标 | 权重 | 三级指标 | 分值`: a name and its figure in a
                # weight column and the level's (a dump dropped one of the row's empty merged cells): every cell one
                # column right (the row was an unparsed_row)
                r = Row([replace(c, col=c.col + 1) for c in r.cells], r.grid, r.r, r.order, r.page_break)
                by_col = {c.col: c for c in r.cells}
            shifted.append(r)
            if "section_points" in level_weights and (lv := by_col.get(level_weights["section_points"] - 1)) is not None \
                    and clean(lv.text):
                section = clean(lv.text)             # (a level-1 cell merged down: its section over the rows below)
            for role, col in level_weights.items():
                w, lv = by_col.get(col), by_col.get(col - 1)
                if w is not None and lv is not None and _level_weight(w.text) and clean(lv.text):
                    # a level-2 weight under its level-1 section: 资金管理 under 过程 and under 管理, two weights
                    weights[(role, section if role == "group_points" else None, clean(lv.text))] = clean(w.text)
        rows = [Row([c for c in r.cells if c.col not in level_weights.values() or not _level_weight(c.text)], r.grid, r.r,
                    r.order, r.page_break) for r in shifted]
        cols = {k: v for k, v in header.cols.items() if k not in level_weights}
        header = Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, header.extra, header.widths,
                        header.options, header.finer)
    if (rk := _rule_score_column(header, rows)) is not None:
        # 序号 | 考核内容 | 分值 | 评分 over `完成得满分，每少1万亩扣2分`: the 评分 column holds the rules, the requirement
        # (it was read as the score given, its cells lost in an unplaced_cell warning)
        cols = {**header.cols, "requirement": header.extra[rk]}
        extra = {k: v for k, v in header.extra.items() if k != rk}
        header = Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, extra, header.widths,
                        header.options, header.finer)
    if "content" not in header.cols and "section" in header.cols and "points" in header.cols:
        # 序号 | 考核项目 | 各项分值 | 负责考核单位 (no 考核内容 column): the 考核项目 cells are the items, sections
        # their numbered rows (`一 | 河湖长制基础工作 | 16`)
        cols = {("content" if r == "section" else r): c for r, c in header.cols.items()}
        header = Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, header.extra, header.widths)
    sec, con = header.cols.get("section"), header.cols.get("content")
    if sec is not None and con is not None and con < sec and header.finer is None \
            and _filled(rows, con) < _filled(rows, sec) / 2:
        # 考核内容 | 考核指标 over `经济发展（30分） | 地区生产总值增长` then `(empty) | 固定资产投资`: the left column merged
        # over the right one's rows holds the sections, the right one the items (the heads' usual roles reversed)
        cols = {**header.cols, "section": con, "content": sec}
        header = Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, header.extra, header.widths)
    if header.finer is not None and "section" not in header.cols:
        heads = [c.text for r in rows for c in r.cells if c.col == header.cols["content"] and c.text.strip()]
        if heads and all(_SECTION_ROW.match(fold(t)) or _EXTRA_SECTION.match(fold(t))
                         or label_key(t) in _TOTAL_KEYS for t in heads) and any(_SECTION_ROW.match(fold(t)) for t in heads):
            # 考核内容 | 考核要点 | 分值 over `一、基础工作（15分） | (1)组织保障 | 5分`: the first column's cells are all
            # numbered sections, the sections; the finer column holds the items
            cols = {**header.cols, "section": header.cols["content"], "content": header.finer}
            extra = {k: v for k, v in header.extra.items() if v != header.finer}
            header = Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, extra, header.widths)
    group_col = None                                 # (a content column merged over the finer level's items)
    finer_rows = [r for r in rows if header.finer is not None
                  and any(c.col == header.finer and c.text.strip() for c in r.cells)]
    if header.finer is not None and (_filled(finer_rows, header.cols["content"]) < len(finer_rows) or level_weights):
        # (some rows of the finer level with their content cell empty: it is merged over them; not counted over
        # the whole table, where a 扣分项's rows may write their item under 考核内容 with no finer cell)
        # (`一级指标 | 权重 | 二级指标 | 三级指标 | 分值`, a weight right of each weighted level: the points the deepest
        # level's, its rows the items, every 二级指标 cell filled or not — they were the items, the 三级指标 lost)
        group_col = header.cols["content"]
        # 大项内容 | 小项内容 | 具体项目 | 具体内容: the content's cells merged over several rows of the last level's
        # (a cell left empty below its first row): those cells are the items, the columns between are groups
        cols = {**header.cols, "content": header.finer}
        extra = {**header.extra, "col:" + (clean(next((c.text for c in header.row.cells
                                                         if c.col == header.cols["content"]), "")) or ""):
                 header.cols["content"]}
        extra = {k: v for k, v in extra.items() if v != header.finer}
        header = Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, extra, header.widths)
    if caption and (_SECTION_ROW.match(fold(caption)) or _EXTRA_SECTION.match(fold(caption))):
        st.section = caption                         # (`加分项目（加分总计不超过5分）` over its table: its items')
    # 序号 | 加分事项 | 加分标准 (a table of 加分 / 扣分 items, its head saying so): the kind of items no section names
    table_kind = next((m.group(1) for c in header.row.cells if c.col == header.cols.get("content")
                       and (m := _KIND_HEAD.match(fold(c.text)))), None)
    points_col = header.all_cols.get("points")
    section_col, content_col = header.all_cols.get("section"), header.all_cols.get("content")
    # 牵头单位 | 责任单位 (| 配合单位): more than one column of units, the first the role's, the others columns of
    # their own: each item's units are all of them, in column order (the lead first)
    # (not a column of the units that assess, 考核责任单位 / 考核单位 beside 总牵头单位: they do none of the work)
    unit_cols = [k for k in header.extra if k.startswith("col:") and not re.search(r"领导|负责人|(?<!被)考核|考评|评分|认定|评定|审核", k)
                 and cell_header_roles(k[4:]).get("assessment") == "responsible"]
    # 考核单位 / 负责考核单位 / 考核部门: the units that assess the item, none of its work; the role's column so headed
    # (no 责任单位 beside it) gives `assessor`, the item's units coming from the other unit columns only
    # (`考核单位 | 牵头单位`: 牵头单位's), and so do such columns beside the role's (`总牵头单位 | 考核责任单位`)
    resp_assessor = any(c.col == header.cols.get("responsible") and _ASSESSOR_HEAD.search(fold(c.text))
                        and not (_SUBJECT_HEAD.match(label_key(c.text)) and header.cols.get("content") is not None
                                 and c.col < header.cols["content"]) for c in header.row.cells)
    # (`序号 | 考核单位 | 考核内容 | 分值`: a bare 考核单位 / 考核部门 heading the row, left of what it is asked to do, is
    # the unit assessed — the row's subject, its units — not the one assessing, a column after the rule)
    assessor_cols = [k for k in header.extra if k.startswith("col:") and _ASSESSOR_HEAD.search(fold(k[4:]))
                     and cell_header_roles(k[4:]).get("assessment") == "responsible"]
    spans: dict[str, Cell] = {}                      # role -> its last cell merged over the rows below it
    # the columns a cell merged over a section's items is each item's in (its unit's, above; its assessor's, its
    # 完成时限's, its 责任领导's: review rv152)
    span_cols = [*unit_cols, *assessor_cols, *(k for k in header.extra if k.startswith("col:")
                                                 and _extra_field(k[4:]) in _MERGED_EXTRAS)]
    numeral_items = _numeral_items(header, rows)    # (each row an item numbered 一、 二、 …: see _numeral_items)
    # 考核得分 / 得分 (a filled 考核评分表: the score given the item): `score` (self_score is the unit's own 自评分), never
    # a cap; of several (`初评得分 | 复核得分`) the last, the final one, the others named in one warning, not lost silently
    score_cols = sorted((k for k in header.extra if _score_head(k)), key=lambda k: header.extra[k], reverse=True)
    scored: dict[str, list[str]] = {}                 # the earlier score columns' cells, by column
    unread: list = []                                      # the score column's cells of no score read
    ded_unread: list[str] = []                       # the 扣分 column's cells of no deduction read
    leads: set[int] = set()                          # items whose part_no is the `（1）` opening their text
    merged_below: set[int] = set()                   # items under their section's merged cell, its row empty there
    # a 评分说明 / 扣分说明 column in a table of no score column and no rule column: the rule each item is scored by, no
    # note on a score given (there is none)
    # 扣分 / 扣分情况 / 扣分原因及分值 (points taken off each item): the score what is left of the points when no 得分
    # column gives it; beside a 得分 column a note on it
    ded_cols = _deduct_columns(header, rows)
    rule_note = next((k for k in header.extra if k.startswith("col:") and _extra_field(k[4:]) == "score_note"
                      and not _DONE.match(re.sub(r"\s+", "", fold(k[4:])))), None) \
        if not score_cols and not ded_cols and "requirement" not in header.all_cols else None
    # 考核标准 | 分值 | 评分办法 (| 扣分依据): more than one column of the rule, the first the role's, the others columns
    # of their own: each item's rule is all of them, in column order, joined with `；` (the second was lost, or read as
    # a note for a cap)
    rule_cols = [k for k in header.extra if k.startswith("col:") and k not in score_cols and k not in ded_cols
                 and cell_header_roles(k[4:]).get("assessment") == "requirement"] \
        if "requirement" in header.all_cols else []
    has_requirement = "requirement" in header.all_cols or rule_note is not None
    totalled = False                                 # (a 合计 row under the items read so far)
    for at_row, row in enumerate(rows):
        cells = [c for c in row.cells if not is_placeholder(c.text)]
        if not cells:
            continue
        if any(label_key(c.text) in _TOTAL_KEYS for c in cells if not is_number(c.text)) \
                and not any(_ITEM.match(fold(c.text)) and not is_number(c.text) for c in cells):
            totalled = totalled or bool(st.items)
            continue                                 # 合计 | 100: the sum of the points above (`| 95.5`, the sum of the
            # scores given, is no item numbered `95.`)
        if totalled and len(cells) == 1 and row.is_text_line and _SECTION_ROW.match(t := fold(cells[0].text)) \
                and not _EXTRA_SECTION.match(t) and not re.search(r"\d", t):
            # `四、评价方法` on a line of its own under the 合计 of a 工作方案's 评价指标体系: the document's next chapter,
            # the table ended (its prose lines were unparsed rows, the file partial, hunt neg2; not `二、加分项` nor
            # `五、附加分（10分）`, a section of the table's after its total)
            break
        if len(cells) == 1 and st.items and (row.is_text_line or row.page_break) \
                and (_ISSUER.search(t := fold(cells[0].text).strip()) or _ISSUER_DATED.match(t)
                     or _SIGN_OFF.search(t) or _MONTH_LINE.match(t)) and not re.search(r"[:：]", t):
            continue                                 # 泗泾镇质量工作领导小组办公室 / 2022年3月 under the table: its sign-off
            # (not `配合单位:县财政局`, an item's units on a line of their own)
        if len(cells) == 1 and st.items and (m := _VETO_LINE.match(cells[0].text)) \
                and (row.is_text_line or cells[0].colspan > 1 or cells[0].col <= min(header.cols.values())):
            # `一票否决：发生重大安全生产事故…的，年度考核实行一票否决。` across the table under its items: a veto item of
            # its own section (it was an unparsed row)
            c = cells[0]
            st.items.append({"section_no": None, "section": m.group(1), "group": None,
                             "content": c.text[m.start(2):].strip(), "points": None, "requirement": None,
                             "responsible": None, "cap_text": None, "cap": None, "points_cap": None, "seq": None,
                             "page": c.page, "line": c.line})
            st.section_no, st.section, st.title = None, m.group(1), None
            continue
        if len(cells) == 1 and (_SECTION_ROW.match(fold(cells[0].text)) or _EXTRA_SECTION.match(fold(cells[0].text))):
            # 一、企业开办（20分） on a row of its own; 扣分项 / 加分项 alone on their row (Pujiang): their items'
            st.section_no, st.section, st.title = None, cells[0].text, None
            # (一、组织领导（20分）: a numbered section, so `1 | 责任落实 | …` under it is item 1 and its title; so is
            # `加分项（最高加5分）` across the table: `4 | 创新 | 经验被推广 | …` under it is its item, 创新 its title)
            st.numbered = bool(_SECTION_ROW.match(fold(cells[0].text))) or bool(
                st.items and section_col is not None and content_col is not None
                and _EXTRA_SECTION.match(fold(cells[0].text)))
            continue
        if len(cells) == 2 and (_SECTION_ROW.match(t0 := fold(cells[0].text)) or _EXTRA_SECTION.match(t0)) \
                and _under_col(points_col, cells[1].col) and _POINTS.match(fold(cells[1].text)) \
                and (section_col is None or _under_col(section_col, cells[0].col)) and len(t0.strip()) <= 30 \
                and not _CLAUSE_MARK.search(t0) and not _finer_than_section(t0, {}, st):
            # `一、组织领导 | (empty 考核内容) | 10 |`: a section with its points in the 分值 column, its items below (it
            # was an unparsed row, and so were its items, no section above them)
            st.section_no, st.section, st.title = None, cells[0].text, None
            st.numbered = bool(_SECTION_ROW.match(t0))
            if st.bracketed_group:
                st.group, st.bracketed_group = None, False
            continue
        if len(cells) in (2, 3) and _SEQ.match(cells[0].text) \
                and _under_col(header.all_cols.get("section_no"), cells[0].col) \
                and (_POINTS_NOTE_END.search(fold(cells[1].text).strip()) if len(cells) == 2 else
                     _under_col(points_col, cells[2].col) and _POINTS.match(fold(cells[2].text))) \
                and len(fold(cells[1].text).strip()) <= 24 \
                and not _CLAUSE_MARK.search(cells[1].text) and _next_bracketed(rows, at_row, header.all_cols["section_no"]):
            # `1 | 乡村振兴（25分）` (or `1 | 招商引资 | 20`, its points in the 分值 column, no rule) over
            # `（1） | 完成高标准农田建设… | 10 | …`: a section numbered in figures, its items numbered in brackets in the
            # 序号 column (the items were unparsed rows)
            st.section_no, st.section, st.numbered, st.title = cells[0].text.strip(), cells[1].text, False, None
            st.figure_section = (st.section_no, st.section)
            continue
        if len(cells) in (2, 3) and _SECTION_NUMERAL.match(fold(cells[0].text)) and cells[0].col == row.cells[0].col \
                and not is_number(cells[1].text) and not _POINTS.match(fold(cells[1].text)) \
                and (len(cells) == 2 or _under_col(points_col, cells[2].col) and _POINTS.match(fold(cells[2].text))):
            # 一 | 经济发展（30分） (the numeral in the 序号 column, the title beside it, its points at most): a section
            st.section_no, st.section, st.numbered, st.title = cells[0].text.strip(), cells[1].text, True, None
            continue
        # 加分不超过5分 / 上限3分 written in the 分值 column of a bonus or penalty row: its cap
        caps = [c for c in cells if _under_col(points_col, c.col) and not _POINTS.match(fold(c.text))
                and _CAP_WORDS.search(c.text)]
        cells = [c for c in cells if c not in caps]
        # 责任单位 | 考核指标 | 考核内容 | 评分标准 | 分值 over `区发改局 | 1.项目审批 | 审批时限压缩… | …` under the section
        # row `一、营商环境（30分）`: the numbered item in the section's column is the item's title, its text beside it
        # (a title, short and no sentence: not `16、考核周期内新增…的：…加0.5分；…` a page's rows wrote one column left)
        numbered = next((c for c in cells if _under_col(section_col, c.col) and _ITEM.match(fold(c.text))
                         and not is_number(c.text) and len(fold(c.text).strip()) <= 20
                         and not _CLAUSE_MARK.search(c.text)), None) \
            if content_col is not None and st.section is not None and st.numbered else None
        # (only under a section row of its own: `1.党建工作 | 落实党建主体责任 | …` with no section row above is the
        # section, its items beside and under it)
        if numbered is not None and any(_under_col(content_col, c.col) and c.text.strip() and not is_number(c.text)
                                        and not _ITEM.match(fold(c.text)) and not _POINTS.match(fold(c.text))
                                        for c in cells):
            # (not `| 2、健全…工作机制。 | 4分 | …`: a row one column left of its heads, its points under 考核内容)
            cells = [c for c in cells if c is not numbered]
        else:
            numbered = None
        lost: list[Cell] = []
        if st.section is not None and section_col is not None and content_col is not None \
                and not any(_under_col(section_col, c.col) for c in cells):
            # 2 | (merged 考核项目) | 绩效目标公开 | 5 | …: the section is carried down, and the short text
            # under 考核内容 is the item, not a new section
            def scorer(c: Cell, r: str) -> float:
                return assessment_scorer(c, r) + (2.0 if r == "content" and _under_col(content_col, c.col) else 0.0)
        elif st.section is not None and section_col is not None and content_col is not None \
                and not any(_under_col(content_col, c.col) for c in cells) \
                and any(_under_col(section_col, c.col) and assessment_scorer(c, "section") < 0 for c in cells):
            # 8 | 发生区域性质量安全事件的，每起扣5分。 | | | 各市场监管所 under 三 | 扣分项（最多扣10分）: the item's text
            # in the 考核项目 column (its cell merged over 考核内容 …), no title but the item itself
            def scorer(c: Cell, r: str) -> float:
                return assessment_scorer(c, r) + (4.0 if r == "content" and _under_col(section_col, c.col) else 0.0)
        else:
            scorer = assessment_scorer
        if points_col is not None and row.grid is not None and not any(_under_col(points_col, c.col) for c in cells) \
                and (row.grid.origin in _PLACED_ORIGINS or row.grid.origin in ("txt", "txt_tabs") and _under_col(
                    header.all_cols[header.all_roles[-1]], max(c.col for c in cells))):
            # `4 | 发生一般事故的 | (empty 分值) | 每起扣2分。 | …` (a DOCX's / PDF's row, its cells in place; a dump's
            # row reaching the last column): the 分值 cell is there and empty, the rule under its own head stays the
            # rule (it was taken for the points, the rule lost)
            base_scorer = scorer

            def scorer(c: Cell, r: str, base_scorer=base_scorer) -> float:
                return -9.0 if r == "points" and _under_col(header.all_cols.get("requirement"), c.col) \
                    else base_scorer(c, r)
        if points_col is not None and any(KIND_WORD.match(fold(c.text)) and not _under_col(points_col, c.col)
                                          for c in cells):
            # `3 | 信访工作 | 扣分项 | (empty 权重) | 每起扣2分`: a kind word under 考核内容 is the item's text, not its
            # points (read as the points, the row had no content and was lost)
            kind_scorer = scorer

            def scorer(c: Cell, r: str, kind_scorer=kind_scorer) -> float:
                return -3.0 if r == "points" and KIND_WORD.match(fold(c.text)) \
                    and not _under_col(points_col, c.col) else kind_scorer(c, r)
        if points_col is not None and any(_VETO_POINTS.match(fold(c.text)) and _under_col(points_col, c.col)
                                          for c in cells):
            # `安全管理 | 瞒报… | 一票否决 | 查实即取消评优资格 | |` (一票否决 in the 分值 cell): the item's kind, no points
            # (taken for the rule, the rule for the score, the row lost); under a rule head it stays the rule
            veto_scorer = scorer

            def scorer(c: Cell, r: str, veto_scorer=veto_scorer) -> float:
                return 2.0 if r == "points" and _VETO_POINTS.match(fold(c.text)) and _under_col(points_col, c.col) \
                    else veto_scorer(c, r)
        got = assign_roles(cells, header.all_roles, scorer, header.all_cols, pos_bonus=0.5, dropped=lost)
        if rule_note is not None and rule_note in got:
            got["requirement"] = got.pop(rule_note)   # (序号 | 考核内容 | 分值 | 评分说明, no 得分: the rule)
        rules = sorted((got[k] for k in ["requirement", *rule_cols] if k in got), key=lambda c: c.col)
        if len(rules) > 1 or rules and "requirement" not in got:
            for k in rule_cols:
                got.pop(k, None)
            texts = list(dict.fromkeys(t for x in rules if (t := x.text.strip())))
            # (`…不少于2次。` | `未制定扣3分`: one rule, its parts apart by `；`, the last as written)
            got["requirement"] = replace(rules[0], text="；".join([t.rstrip("；;。") for t in texts[:-1]] + texts[-1:])
                                         or rules[0].text)
        row_group = None                         # (the item's own group: its 二级指标 beside its 三级指标)
        if "content" in got and group_col is None and got["content"].text.strip():
            # 考核内容 | 目标任务 (`招商引资 | 新签约项目3个`), 二级指标 | 考核要点, 考核内容 | 目标值: a second column of the
            # item's text or its target right of the content's, both filled on the row: the content cell is the
            # item's title, this its text after it, as a 考核项目's title is written before its 考核内容 (the second
            # column was dropped silently); `二级指标 | 三级指标 | 目标值` filled on every row: the 二级 the item's group,
            # the 三级 its title, the target after it
            more = sorted((k for k in got if k.startswith("col:") and got[k].col > got["content"].col
                           and got[k].text.strip() and _item_text_head(k[4:])), key=lambda k: got[k].col)
            if more and _level_head(more[0][4:]) == "level3" and _level_head(
                    next((c.text for c in header.row.cells if c.col == got["content"].col), "")) == "level2":
                row_group = got["content"].text.strip()
                got["content"] = got.pop(more.pop(0))
            if more:
                # (`考核内容 | 目标任务 | 工作措施`: two such columns or more, each after the one left of it, apart by
                # `；` — they were all dropped silently, not one joined)
                texts = [got.pop(k).text.strip() for k in more]
                texts = [t.rstrip("；;。") for t in texts[:-1]] + texts[-1:]
                got["content"] = replace(got["content"], text=f"{got['content'].text.strip()}：{'；'.join(texts)}")
        at = min(c.row for c in cells)
        for key in ["responsible", *span_cols]:
            span = spans.get(key)
            if key in got:
                spans[key] = got[key]
            elif span is not None and span.row < at < span.row + span.rowspan and row.grid is not None \
                    and any(x is span for x in row.grid.cells) and "content" in got:
                got[key] = span                  # a unit's cell merged over this item's row too: its unit as well
        lead = [] if resp_assessor else ["responsible"]
        units = sorted((got[k] for k in [*lead, *unit_cols] if k in got), key=lambda c: c.col)
        if len(units) > 1 or units and not lead:
            names = list(dict.fromkeys(x.text.strip() for x in units if x.text.strip()))
            if resp_assessor:
                got["assessor_of"] = got.pop("responsible") if "responsible" in got else None
            got["responsible"] = replace(units[0], text="、".join(names))
            for k in unit_cols:
                got.pop(k, None)
        assessors = [got[k] for k in assessor_cols if k in got]
        if resp_assessor and "responsible" in got and "assessor_of" not in got:
            assessors.insert(0, got["responsible"])
        elif got.get("assessor_of") is not None:
            assessors.insert(0, got["assessor_of"])
        got.pop("assessor_of", None)
        for c in lost:
            warnings.append(warn("unplaced_cell", f"assessment-table cell fits no column, not kept: {clean(c.text)!r}"[:200], c))
        lead_part = None                         # `1.党风廉政建设 | （1）落实…`: the first part's own number
        if numbered is not None and "content" in got:
            if (m := _SUB_ITEM.match(fold(got["content"].text))) is not None:
                lead_part = m.group(2)
            got["content"] = replace(got["content"], text=f"{numbered.text.strip()}：{got['content'].text.strip()}")
        if numbered is not None or any(_under_col(section_col, c.col) for c in cells):
            st.item_title = numbered
        own_group = next((k for k, x in got.items() if k.startswith("col:") and x.col == group_col), None) \
            if group_col is not None else None
        if own_group is not None and "content" not in got:
            # 5 | 被省级以上媒体曝光河湖问题的 | (no 具体指标) | … under 重点任务 | 具体指标: a task of no finer items, the item
            got["content"] = got.pop(own_group)
            own_group, st.group = None, None
        sectioned = "content" in got and "section" not in got and (
            _SECTION_ROW.match(fold(got["content"].text)) or _EXTRA_SECTION.match(fold(got["content"].text)))
        title = next((k for k, c in got.items() if k.startswith("col:") and c.col != group_col
                      and (_ITEM.match(fold(c.text)) or _SUB_ITEM.match(fold(c.text))) and not is_number(c.text)
                      and ("content" not in got or c.col < got["content"].col or sectioned)), None)
        if title is not None and not ("content" in got and _ITEM.match(fold(got["content"].text))):
            t = got.pop(title)
            if sectioned:
                # 考核内容 | 考核要点 | 分值 | 评分标准 over `一、基础工作（15分） | (1)组织保障 | 5分 | …`: the section in
                # 考核内容, the item in a column no role names
                got["section"] = got.pop("content")
            # 考核类别 | 考核指标 | 分值 | 考核内容及评分标准: the numbered item (`1.地区生产总值增长`) in a column no role
            # names, its text after it in 考核内容: one item, its title first
            got["content"] = replace(t, text=f"{t.text.strip()}：{got['content'].text.strip()}") \
                if "content" in got else t
        # a running 序号 (1 … N) in the section-number column: the item's number
        seq = got.pop("section_no").text.strip() if "section_no" in got and _SEQ.match(got["section_no"].text) else None
        merged_seq = False                       # (seq from a 序号 cell merged over this row from the row above)
        if seq is not None and st.figure_section is not None and st.figure_section == (st.section_no, st.section):
            # `3 | 财政收入 | 10 | …` after `2 | 重点项目建设 | 20` and its `（1）` `（2）`: an item beside those sections, none
            # of theirs
            st.section_no, st.section, st.figure_section = None, None, None
        if seq is not None and row.grid is not None:
            st.seq_cell = next((x for x in row.grid.cells if x.row == at and _under_col(header.all_cols.get("section_no"),
                                                                                        x.col)), None)
        elif "section_no" in got or "section" in got:
            st.seq_cell = None
        elif seq is None and (sc := st.seq_cell) is not None and sc.row < at < sc.row + sc.rowspan \
                and "content" in got and row.grid is not None and any(x is sc for x in row.grid.cells):
            seq = sc.text.strip()                # `1` merged over this item's row too (a Word / Excel 序号 cell): its number
            merged_seq = True
        if seq is None and numeral_items and "content" in got and "section" not in got \
                and (m := _NUMERAL_LEAD.match(fold(got["content"].text))):
            seq = str(_cn_int(m.group(1)))    # `二、资金管理 | 30 | …`: item 2, its text after the numeral
            got["content"] = replace(got["content"], text=got["content"].text[m.end():].strip())
        if seq is None and "section_no" in got and (m := _CIRCLED.match(got["section_no"].text)):
            seq = str(circled_number(m.group(1)))     # ① / ❶ / ➀ in the 序号 column: the item's number
            del got["section_no"]
        if seq is None and "section_no" in got and st.section_no is not None and _SEQ.match(st.section_no) \
                and (m := _BRACKETED_FIGURE.match(fold(got["section_no"].text))):
            seq = m.group(1)                         # （1） in the 序号 column under `1 | 乡村振兴（25分）`: the item's number
            del got["section_no"]
        sub = _SUB_ITEM.match(fold(got["content"].text)) if "content" in got else None
        part = lead_part                         # the number of a part `（2）` numbered as the item it is a part of
        if "content" in got and _ITEM.match(fold(got["content"].text)) or seq is not None:
            st.bracketed = False                 # (`1、完成河道清淤…` then `（1）…`: sub-items of that item)
        new_section = "section" in got or bool(st.items) and st.items[-1]["section"] != st.section
        extra_row = bool(caps) or _EXTRA_SECTION.match(
            fold(got["section"].text if "section" in got else st.section or ""))
        if seq is None and sub is not None and ("points" in got or extra_row) \
                and (st.bracketed or not st.items or new_section) and (st.section is not None or "section" in got):
            # 一、政策制度(20分) | (1)各部门要将“河长制”工作纳入… | 10: items numbered `(1)` under each section
            seq, st.bracketed = sub.group(2), True
            head = _SUB_ITEM.match(got["content"].text)
            if head:                                 # (the number is the item's, not part of its text)
                got["content"] = replace(got["content"], text=got["content"].text[head.end(1):])
        elif seq is None and sub is not None and "points" in got and "content" in got and not new_section \
                and group_col is None and _parent_item(st, got["points"].text):
            # 1.招商引资（20分） | 20 (no rule, no unit) over `（1）新签约项目5个以上 | 10 | 每少1个扣2分 | 招商办` and
            # `（2）…| 10`: the item is a heading, its points the sum of its parts; the parts are the items (they were
            # joined to it or lost), numbered as it is, the heading their group
            if st.parent is None:
                st.parent = st.items.pop()
                st.group = strip_numbering(st.parent["content"]) or st.parent["content"]
            seq = st.parent["seq"] or _ITEM.match(fold(st.parent["content"])).group(1)
            got["content"] = replace(got["content"], text=got["content"].text[sub.end(1):])
            part = sub.group(2)                  # (its own number, `（1）`: part_no)
        elif seq is None and sub is not None and st.items and "points" in got:
            seq = st.items[-1]["seq"]           # （2）完成重点项目投资 | 10 under item 1: a sub-item of it, its points
            part = sub.group(2)
            if st.items[-1]["seq"] == seq:
                _first_part(st.items[-1])         # (`1 | 组织体系 | （1）河长名单公示` above it: part 1)
            t = st.item_title
            if seq is None and t is not None and "content" in got and not new_section \
                    and (t.row < min(c.row for c in cells) < t.row + t.rowspan
                         or row.grid is not None and row.grid.origin.startswith("txt")):
                # `1.党风廉政建设`, merged over `（1）落实…` and `（2）开展…` (or left empty below its first row by a
                # dump): the title numbers the sub-items, each written after it as the first one is
                got["content"] = replace(got["content"], text=f"{t.text.strip()}：{got['content'].text.strip()}")
        elif merged_seq and sub is not None and st.items and st.items[-1]["seq"] == seq and "content" in got:
            # `1` merged over `（1）河湖长名单公示到位` and `（2）河湖长巡河履职` (an Excel / Word 序号 cell): parts of item 1,
            # their own number part_no as a dump's empty 序号 cell gives it (they had none)
            part = sub.group(2)
            _first_part(st.items[-1])
        if "content" not in got or not (_ITEM.match(fold(got["content"].text)) or seq is not None
                                        or own_group is not None and _ITEM.match(fold(got[own_group].text))):
            # (`二、扣分项 | 5.发生食品安全事故的 | 发生较大…` : the item numbered in the group column is one)
            prev = st.items[-1] if st.items else None
            if len(cells) == 1:
                key = next(iter(got), None)
                under = next((r for r, span in header.all_cols.items() if _under_col(span, cells[0].col)), None)
                if under in ("content", "requirement") and key != under:
                    key = under                  # `| 面积30万亩 | | |` under 考核内容: the item's text a line break cut
                    # (a short text fits a unit better; its column says what it is)
                t = fold(cells[0].text)
                if prev is not None and key in ("content", "requirement") and prev.get(key) and not is_title(row) \
                        and _under_col(header.all_cols.get(key), cells[0].col) and not _SUMMARY_LINE.search(t) \
                        and (not (_ITEM.match(t) or _SUB_ITEM.match(t) or _SECTION_ROW.match(t))
                             or key == "requirement" and _numbered_next(fold(prev[key]), t)):
                    if not prev[key].rstrip().endswith("。") or _numbered_next(fold(prev[key]), t):
                        # `| | | | 整治工作台账不完整的扣1分。 |`: the rest of the item's 评分标准 (or its text), a line
                        # break having cut the cell
                        prev[key] = prev[key].rstrip() + cells[0].text.strip()
                        continue
                if not _SUMMARY_LINE.search(t) and not _SECTION_ROW.match(t) and not _TABLE_FURNITURE.match(t.strip()):
                    warnings.append(warn("unparsed_row", "assessment row of one cell, not joined to the item above: "
                                         + (clean(cells[0].text) or "")[:80], cells[0]))
                continue                             # 工作得分（满分90分）: a subtotal line
            # (or, in a dump, its text and its rule both cut by the line break: `| 公示牌。 | | 的扣5分。 |` under `1 | 全面
            # 推行河长制，建立河长 | 10 | 未建立的扣5分；未公示 | 水利局`, each cut short of the end its pieces here
            # reach — not `| 开展主题教育 | 未开展的扣2分 |`, an item of its own, its 分值 cell merged)
            # (no item above yet, the table's first row: nothing cut; it was an internal error)
            cut = prev is not None and row.grid is not None and row.grid.origin not in _PLACED_ORIGINS and len(got) >= 2 \
                and set(got) <= {"content", "requirement"} \
                and all(prev.get(k) and not _TERMINAL_PUNCT.search(prev[k]) and _TERMINAL_PUNCT.search(got[k].text)
                        for k in got)
            cut = cut or _numbered_rest(prev, row, got)
            if prev is not None and "section" not in got and "section_no" not in got and seq is None \
                    and (cut or any(prev.get(r) in (None, "") for r in ("points", "requirement", "responsible")
                                    if r in got)) \
                    and not ("content" in got and any(c.col < got["content"].col for c in cells)):
                # (not a row with a cell left of its item's: a new group's `应付账款 | 应付账款率 | … | 10`)
                # the rest of the item above, a line break having cut its cells: its text goes on, the cells it
                # lacked (分值, 要求, 责任单位) are these
                for key, c in got.items():
                    if key not in ("content", "points", "requirement", "responsible"):
                        continue
                    if prev.get(key) in (None, ""):
                        prev[key] = c.text
                    elif key in ("content", "requirement") and not is_number(c.text) \
                            or key == "responsible" and _LIST_GOES_ON.search(prev[key]):
                        # (`市农业农村局、` over `各县（市、区）`: the list of units goes on)
                        prev[key] = prev[key].rstrip() + c.text.strip()
                continue
            if not ("content" in got and (st.section is not None or "section" in got) and len(got) >= 2
                    and ("points" in got or "responsible" in got or POINTS_AT_END.search(fold(got["content"].text))
                         # (`加分项 | 绩效管理创新 | 上限5分 | … | 每次加2.5分`: the cap in the 分值 column stands for
                         # its points; the row was unparsed)
                         or bool(caps) and "section" in got and _EXTRA_SECTION.match(fold(got["section"].text))
                         # (an item under the last one whose points cell, merged over both, was left empty:
                         # `| | 结转结余变动率 | 说明 | 目标 |` after `| 结转结余情况 | 结转结余率 | … | 20`)
                         or "section" not in got and len(cells) >= 3 and st.items
                         and st.items[-1]["section"] == st.section and st.items[-1]["points"] is not None)
                    and not (_SECTION_ROW.match(fold(got["content"].text))
                             and not _finer_than_section(fold(got["content"].text), got, st)) and sub is None) \
                    and not _bare_item_row(header, got, st, score_cols) \
                    and not ("section" in got and "content" in got and _VETO_HEAD.match(fold(got["section"].text))):
                # (`一票否决 | 发生重大森林火灾 | | 扣10分`: its 分值 empty as a veto's is, the row a veto item)
                warnings.append(warn("unparsed_row", "assessment row without a numbered item: "
                                     + (clean(cells[0].text) or "")[:80], cells[0]))
                continue
            # (`| | 强化部门协同,形成合力(2分) | … | 市城管局` under a section: an item its table does not number)
        # (a table of no 序号 column under a section row of its own: `一、预算管理（15分）` across, then `预算编制 | 按时编报…`
        # with 预算编制 merged over the next row too — the title of each, the section kept)
        unseq = seq is None and "section_no" not in header.all_cols
        if st.numbered and (seq is not None or unseq) and "section" not in got and "section_no" not in got \
                and st.title is not None and row.grid is not None and any(c is st.title for c in row.grid.cells) \
                and (st.title.row < min(c.row for c in cells) < st.title.row + st.title.rowspan
                     # (a text dump writes a merged cell in its first row, its column left empty in the rows below:
                     # `2 | | 制定年度质量工作要点。 | 5 | …` under `1 | 工作机制 | …`)
                     or seq is not None and row.grid.origin.startswith("txt") and st.title.row < min(c.row for c in cells)
                     and "content" in got and _under_col(content_col, got["content"].col)
                     and not any(_under_col(section_col, c.col) for c in cells)):
            got["section"] = st.title            # (the title's cell merged over this row too: its title as well)
        if st.numbered and (seq is not None or unseq and not _SECTION_ROW.match(fold(got["section"].text if "section"
                                                                                     in got else ""))
                            and not _EXTRA_SECTION.match(fold(got["section"].text if "section" in got else ""))) \
                and "section" in got and "section_no" not in got:
            # 1 | 固定资产投资 | 10 | 完成全年… under a numbered section row: the item's title, before its content
            # (not a title repeating the section's name, `组织领导` under `一 | 组织领导（15分）`; the content's own
            # number `1、` dropped after a title)
            title = st.title = got.pop("section")
            if _POINTS_NOTE_END.sub("", label_key(st.section or "")) != label_key(title.text):
                body = got["content"].text.strip()
                if not _MORE_ITEMS.search(body):     # (`1、…；2、…`: a list, its numbers kept)
                    body = strip_numbering(body) or body
                got["content"] = replace(got["content"], text=f"{clean(title.text)}：{body}")
        elif "section" in got or "section_no" in got:
            st.title = None
        section_here = "section_no" in got or "section" in got
        if "section_no" in got:
            st.section_no = got["section_no"].text
            st.section = got["section"].text if "section" in got else None
        elif "section" in got and group_col is None and seq is None and st.section is not None \
                and _BRACKETED_SECTION.match(fold(got["section"].text)) and _NUMERAL_SECTION.match(fold(st.section)):
            # `（一）基层组织 | 支部标准化建设 | 10` under `一、党的建设 | | 20` (a section row of its own): a group of the
            # section, not a section of its own (the section was lost)
            st.group, st.bracketed_group = got["section"].text, True
        elif "section" in got:
            if st.bracketed_group:
                st.group, st.bracketed_group = None, False
            if seq is not None or clean(got["section"].text) != clean(st.section or "") \
                    and _EXTRA_SECTION.match(fold(got["section"].text)):
                st.section_no = None             # (扣分项 after 二 | 质量提升: a section of no number; `| 品牌建设 |`
                # under a 序号 merged over two named groups keeps it)
            st.section = got["section"].text
        if group_col is not None:
            # 大项内容 | 小项内容 | 具体内容: the merged level over the finer items, carried down to the items under it
            g = next((x for k, x in got.items() if k.startswith("col:") and x.col == group_col), None)
            if g is not None:
                st.group = g.text
            elif section_here:
                st.group = None
            elif seq is None and st.group is not None and st.items and st.items[-1]["group"] == st.group:
                seq = st.items[-1]["seq"]       # (the 序号 merged over the group's rows too: the group's number)
        c = got["content"]
        if not strip_numbering(c.text) and "points" not in got:
            continue                                 # `2.` / `3.` alone: an empty slot of the template
        if st.parent is not None and (sub is None or section_here):
            st.parent, st.group = None, None     # (the next item after a heading's parts: none of them)
        requirement = got["requirement"].text if "requirement" in got else None
        if requirement is None and not section_here and section_col is not None and st.section is not None \
                and st.items and st.items[-1]["section"] == st.section and has_requirement:
            # a 赋分办法 cell merged over the items of its section: left empty in the rows below its first
            requirement = st.items[-1]["requirement"]
        st.items.append({
            "section_no": st.section_no, "section": st.section, "group": row_group or st.group, "content": c.text,
            "points": got["points"].text if "points" in got else None,
            "requirement": requirement,
            "responsible": got["responsible"].text if "responsible" in got and not (
                resp_assessor and assessors and assessors[0] is got["responsible"]) else None,
            "assessor": "、".join(dict.fromkeys(x.text.strip() for x in assessors if x.text.strip())) or None,
            # a cap may also stand in a 备注 column (扣分总计不超过5分); not in an extension column (a 自评分 / 佐证材料
            # cell's `最高5分` is no cap of the item's)
            "cap_text": "；".join([x.text for x in caps] + [got[r].text for r in got if r.startswith("col:")
                                                            and not _extra_field(r[4:]) and r not in score_cols
                                                            and r not in ded_cols]) or None,
            "cap": got["cap"].text if "cap" in got else None,
            # (the cap written in the 分值 column, `最多加3分`: a 加分 / 扣分 item's, whatever its section)
            "points_cap": "；".join(x.text for x in caps) or None,
            "seq": seq,
            "page": c.page, "line": c.line,
            # 完成时限 / 责任领导 / 佐证材料 / 自评分: columns of no contract role, kept in their extension fields
            # (two columns of one field, 佐证材料 | 数据来源: both, in column order)
            **_extra_values(got),
            "part_no": part,
            # 得分 / 考核得分: the score given the item (the last such column)
            "score": got[score_cols[0]].text if score_cols and score_cols[0] in got else None,
            "table_kind": table_kind,
        })
        if not section_here and section_col is not None and st.section is not None \
                and row.grid is not None and row.grid.origin.startswith("txt"):
            # (an item under its section's merged cell in a text dump: filled in below. Not in a grid whose merges
            # are known, a Word / Excel / ruled PDF table's — a blank cell there is blank, a merged one carried by
            # `spans` above —, nor in items read from prose, an outline's, which has no merged cell: review rv152)
            merged_below.add(id(st.items[-1]))
        if score_cols and score_cols[0] in got and (m := _SCORE_REASON.match(got[score_cols[0]].text)) is not None:
            # `扣2分，未按时报送` / `18：资料齐全` under 得分: the score given, the reason after it its note (the cell was
            # no score read, named in a warning)
            st.items[-1]["score"] = m.group(1)
            note = st.items[-1].get("score_note")
            st.items[-1]["score_note"] = f"{note}；{m.group(2).strip()}" if note else m.group(2).strip()
        elif score_cols and score_cols[0] in got and (m := _reason_score(fold(got[score_cols[0]].text))):
            # `未按时报送扣1分` under 评分 (a column of scores given: `满分` beside it): the deduction its score, the reason
            # before it its note (the cell was no score read, named in a warning)
            st.items[-1]["score"] = m.group(2)
            note = st.items[-1].get("score_note")
            st.items[-1]["score_note"] = f"{note}；{m.group(1).strip()}" if note else m.group(1).strip()
        for k in score_cols[1:]:
            if k in got and got[k].text.strip():
                scored.setdefault(k, []).append(f"{seq or clean(c.text)[:12]}：{clean(got[k].text)}")
        if score_cols and score_cols[0] in got and got[score_cols[0]].text.strip() \
                and given_score(got[score_cols[0]].text) is None and not is_placeholder(got[score_cols[0]].text):
            # (a 评分 column's words, `每少一次扣1分`, or a score of no figure read: named, not lost silently; `满分` /
            # `扣2分` only when the item's kind and points give no figure, decided below as normalize reads it)
            unread.append((st.items[-1], f"{seq or clean(c.text)[:12]}：{clean(got[score_cols[0]].text)}"))
        if ded_cols and not score_cols and ded_cols[0] not in got and is_number(st.items[-1]["points"] or "") \
                and any(_under_col(header.all_cols[ded_cols[0]], x.col) and _DASH_ONLY_CELL.fullmatch(x.text.strip())
                        for x in row.cells) and not any(_NOT_APPLICABLE.search(x.text) for x in row.cells):
            # `分值 | 扣分` over `20 | /` (or `—`), no 得分 column: nothing taken off, the item's full points, as a
            # 评分表's 扣分 dash reads (read_score_table; it was no score) — not on a row a cell says does not apply
            # (`/ | 本单位不涉及`: no score)
            st.items[-1]["score"] = "扣0分"
        elif ded_cols and ded_cols[0] in got and got[ded_cols[0]].text.strip() \
                and not is_placeholder(got[ded_cols[0]].text):
            item, d = st.items[-1], got[ded_cols[0]].text.strip()
            read = _deduction(d)
            # (the item's 得分 cell filled: a blank one, `分值 10 | 扣分 2 | 得分 ` — the evaluator filled 扣分 only —
            # reads the score from the deduction, as a table of no 得分 column does; it was no score, review rv)
            given = bool(score_cols) and score_cols[0] in got and bool(got[score_cols[0]].text.strip()) \
                and not is_placeholder(got[score_cols[0]].text)
            if score_cols and (given or read is None):
                # `扣分原因及分值 | 得分`: the score is 得分's, the points taken off and why a note on it (a bare figure
                # written as the deduction it is, `2` -> `扣2分`: it was the note `2`)
                note = None if _no_deduction(fold(d)) else \
                    f"扣{read[0]}分" if read is not None and read[1] is None else d
            elif read is not None:
                # `分值 | 扣分`: `4` -> `扣4分`, the score what is left of the item's points (a penalty item's the
                # deduction, as a 得分 cell's `扣4分`: normalize.records.item_score); the reason before it a note
                item["score"], note = f"扣{read[0]}分", read[1]
                unread.append((item, f"{seq or clean(c.text)[:12]}：{clean(d)}"))
            else:
                note = None              # (words of no deduction, a rule: named in the warning below)
                ded_unread.append(f"{seq or clean(c.text)[:12]}：{clean(d)}")
            if note:
                old = item.get("score_note")
                item["score_note"] = f"{old}；{note}" if old else note
        if lead_part is not None and part == lead_part:
            leads.add(id(st.items[-1]))
    for prev, item in zip(st.items, st.items[1:]) if merged_below else ():
        if id(item) in merged_below and prev["section"] == item["section"]:
            # a 责任单位 / 完成时限 cell merged over the items of its section, as a 赋分办法 cell: left empty in the
            # rows below its first by a dump — the item's too (they were null, hunt nw17); so a 责任领导 / 考核单位
            # cell (review rv152); a 考核单位 column read as the responsible role's gives no unit of the item's
            # work. After the table's rows, a row cut under an item having joined it first
            for key in ("deadline", "leader", "assessor", *(() if resp_assessor else ("responsible",))):
                if item.get(key) is None and prev.get(key):
                    # (a list — the responsible units, the assessors — copied: no two items share one, review rd70)
                    item[key] = list(v) if isinstance(v := prev[key], list) else v
    for i, item in enumerate(st.items):
        # (the next item a part of this one: of its 序号 and no numbered title of its own — `02.党员教育 | （2）…` under
        # `01.支部建设 | （1）…` is the next item, its number written again, when neither table has a 序号 column)
        if id(item) in leads and not (i + 1 < len(st.items) and st.items[i + 1]["seq"] == item["seq"]
                                      and id(st.items[i + 1]) not in leads
                                      and st.items[i + 1]["part_no"] is not None) \
                and _same_number(_own_number(item), item.get("part_no")):
            # `1.党风廉政建设 | （1）落实…` with no `（2）` of the item after it (`3.安全生产 | （3）…` alone): the item's own
            # number written again, no part (`2.意识形态工作 | （1）落实…` alone is part 1 of item 2: no number of its own)
            item["part_no"] = None
        if item.get("part_no") is not None:
            _part_out_of_content(item)           # (a 一票否决 line's item has no part_no key)
    _section_counts_out(st.items)
    _section_numbers(st.items)
    # (the item's reading kept on it: the pipeline's normalization of it, the item unchanged, is this one, not a second)
    unread = [text for item, text in unread if normalize_assessment_item(item, remember=True)["score"] is None]
    if unread:
        key = score_cols[0] if score_cols else ded_cols[0]
        head = next(x for x in header.row.cells if x.col == header.extra[key])
        # (a 扣分 column's deduction on an item stating no points: nothing to take it from, no score)
        what = "the score given each item): cells of no score" if score_cols else \
            "the points taken off each item): deductions from an item of no points read, no score"
        warnings.append(warn("unplaced_cell", f"assessment-table column {clean(key[4:])!r} ({what}, not kept: "
                             + "；".join(unread)[:300], head))
    if ded_unread:
        # (a 扣分 column's cell of no points taken off, `栏目更新不及时`: named, no score made of it)
        head = next(x for x in header.row.cells if x.col == header.extra[ded_cols[0]])
        warnings.append(warn("unplaced_cell", f"assessment-table column {clean(ded_cols[0][4:])!r} (the points taken "
                             "off each item): cells of no deduction read, not kept: " + "；".join(ded_unread)[:300], head))
    for k, cells in sorted(scored.items(), key=lambda kv: header.extra[kv[0]]):
        # (初评得分 | 复评得分 | 终评得分: each earlier column named with its own cells)
        head = next(x for x in header.row.cells if x.col == header.extra[k])
        warnings.append(warn("unplaced_cell", f"assessment-table column {clean(k[4:])!r} (an earlier column "
                             f"of the score given each item than {clean(score_cols[0][4:])!r}, the score), not kept: "
                             + "；".join(cells)[:300], head))
    for item in st.items if weights else ():
        section = clean(item["section"] or "")
        got = {key: weights.get((role, section if role == "group_points" else None, clean(item[key] or "")))
               for role, key in (("section_points", "section"), ("group_points", "group"))}
        if got["group"] is None and item["group"]:
            # (the item's section not the one the rows carried, or none: a group name's weight when it has only one)
            ws = {w for (role, _, name), w in weights.items() if role == "group_points" and name == clean(item["group"])}
            got["group"] = next(iter(ws)) if len(ws) == 1 else None
        if got["section"] is not None:
            # the section's points its field (`决策 | 20`, `经济发展 | 40分`: section_points 20 / 40 — the weight was
            # written into the section's text, `决策（权重20）`)
            item["section_points"] = got["section"]
        if got["group"] is not None:
            item["group"] = f"{item['group']}（权重{got['group']}）"     # (a group's points: no field, kept in its text)
    return st.items


def _section_numbers(items: list[dict]) -> None:
    """序号 | 评估类别 | 评估项目 | … numbering the categories (`1 | 体制机制建设 | …`, the category's further items
    without a number): each number is its section's, no item's."""
    groups: list[list[dict]] = []
    for it in items:
        if groups and groups[-1][0]["section"] == it["section"]:
            groups[-1].append(it)
        else:
            groups.append([it])
    # (every section numbered on its first item only, none with a number of its own, two sections or more)
    if len(groups) < 2 or any(g[0]["seq"] is None or g[0]["section_no"] or len(g) < 2
                              or any(x["seq"] is not None for x in g[1:]) for g in groups):
        return
    for g in groups:
        g[0]["section_no"], g[0]["seq"] = g[0]["seq"], None
        for x in g[1:]:
            x["section_no"] = g[0]["section_no"]


def read_people_table(header: Header, rows: list[Row], warnings: list[ParseWarning]) -> list[dict]:
    """Given a 评价人员 table (names, titles, phones of the evaluators), return its rows.

    The contract has no table for people; the rows are read so that they are
    not reported as unparsed, and returned for callers that want them.
    """
    out = []
    for row in rows:
        got = {r: next((c.text for c in row.cells if c.col == col), None) for r, col in header.cols.items()}
        out.append(got)
    return out


def read_schedule_table(header: Header, rows: list[Row], warnings: list[ParseWarning]) -> list[dict]:
    """Given a 项目实施进度计划 table (content | start | end), return its rows (the caller keeps them as `plan`)."""
    out = []
    for row in rows:
        cells = [c for c in row.cells if not is_placeholder(c.text)]
        if not cells:
            continue
        got = assign_roles(cells, header.roles, lambda c, r: 1.0 if r != "content" or not _HAS_DIGIT.match(c.text[:1] or "x") else 0.5,
                           header.cols)
        out.append({r: c.text.strip() for r, c in got.items()} | {"cell": cells[0]})
    return out


READERS = {
    "schedule": read_schedule_table,
    "people": read_people_table,
    "indicator": read_indicator_table,
    "score": read_score_table,
    "budget": read_budget_table,
    "safeguard": read_safeguard_table,
    "assessment": read_assessment_table,
}
