"""Read one form segment into raw records: header fields, money lines and tables.

The reader walks the form's rows once. A row is a table header (the
table's rows follow until a row labelled by a field or a closing label), a
table row, or a key-value row whose labels are looked up in
`labels.FIELD_LABELS`. Values stay as written; normalize/ converts them.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from normalize._cache import value_cache
from normalize._lazy_re import lazy, lazy_regex

from extract.grid import PHONE_ALONE, TEXT_OF, Cell, ParseWarning, is_page_furniture, unwrap_cell
from jixiao.checks import BONUS_LEVEL, EXTRA_LEVEL, MIXED_LEVEL, MONEY_TOL, RATE_TOL, fmt_points
from normalize.amounts import (ADJUSTMENT_KEY, AMOUNT_HEDGE, BRACKET_UNIT_WORDS, DECLARED_UNIT_WORDS as _UNITS,
                               CURRENCY_BEFORE, HEDGE_AFTER, HEDGE_WORDS, PERCENT_POINTS, WRITTEN_UNIT_WORDS, YUAN_SIGNS, amount_bound,
                               column_negative, misgrouped_figure, parse_adjustment, parse_amount, parse_fraction, parse_number)
from normalize.dates import A_DAY, LEAD_YEAR, MONTH_ALONE, SHORT_YEAR_DAY, SPAN_DASH, STEP_TIME, STEP_TIME_CELL, YEAR_PART_TIME, field_date, PLAN_PERIOD, QUARTER_DIGIT, SO_FAR_PERIOD, YEAR_WORD, opening_year, parse_date, parse_period, reversed_period
from normalize.orgs import _FILER_LEAD, BRANCH_WORDS, FIRM_WORDS, PLACE_END, collector, conventional, org_kind, place_led, plural, township
from normalize.records import _BRACKET_CODE, _PADDED_NAME, _DATE8, PERSON_PHONE, drop_stamp_note, form_year, noted_score, \
    mobiles_joined
from normalize.targets import BRACKET_UNITS, COUNT_NAME_END, GRADE_WORDS, cn_figure
from normalize.text import HAN_CHAR as _HAN
from normalize.text import CIRCLED_NO, NUMBERED_PARA, SEAL_WORDS, SIGN_NAME, SIGN_WORDS, SPREAD, circled_number, numbered_next, strip_numbering
from parsers import labels as L
from parsers.core import (FIELD_INDEX, split_outside_brackets, LETTER_TITLE, _PROSE_FIELDS, _balanced, ITEM_NAME, HORIZON_ALT, _TABLE_NO, same_text, radio_boxes, _RADIO_EMPTY, _BAND_OPTION, BARE_FIGURE, as_written, is_child, OUTLINE_NUMBER, SIGN_MARK, _WIDE_GAP, project_caption, _is_title_text, purchase_row, _PURCHASE_NAME, _LABEL_COLON, _COLONS, HEAD_FIELDS, spaced_pair, bare_fold, _DIGITS, _NEXT_PAIR, next_pairs, _WS, _SECTION_NO, _is_unit_text, IGNORED_KEYS, MONEY_SECTION_KEYS, is_compared_target, TABLE_END_KEYS,
                          FormSegment, Header, Row, clean, detect_header,
                          cell_header_matches, context_head_over, detect_header_text, field_rank, fold, grid_left, merge_sub_header, near_field,
                          is_block_label, is_placeholder, is_role_label, is_title, level_info, is_value_for,
                          is_year_line, label_key, match_field, pieces_joined, signoff_cell, signoff_line, ticked_options, warn,
                          SIGNOFF_ONLY_FIELDS, _PAIR_VALUE,
                          _row_fields)
from parsers.tables import (_self_head, DROPPED, _BARE_YEAR, SCORE_CAP, FINAL_GRADE, FINAL_SCORE_HEADS, labelled_total, summary_block, total_row_word, points_worded, points_said, PERCENT_HEAD as _PERCENT_HEAD, EXCEL_ERROR, GRADE_WORD, READERS, footnote_lead, horizon_of, is_number, is_remark, REMARK_LABEL,
                            is_total_label, join_footnotes, joins_tail, head_pair_order, points_pair, read_assessment_table,
                            read_budget_table, read_indicator_table, score_with_grade, scores_in_cell, final_label,
                            year_of_target_header as _year_of_target_header,
                            source_row_key, split_span, target_strength, EXEC_RATE_KEYS)
from parsers.core import _BRACKETED, _FUND_NAME_LABELS, SCORED_KIND, FORM_KIND, sub_project_head, sub_project_key, unwrapped_title, SUB_PROJECT, UNRANKED, UNIT_GLOSS, _CLAUSE_BREAK, _WHOLE_BRACKETS, _CODE_ASKED, contact_opened, is_slot, ROLE_POST, no_person_under, OFFICER_END



_PERCENT = lazy(r"^\s*[\d０-９]+([.．][\d０-９]+)?\s*[%％]\s*$")
# `金额单位：万元`, `单位：千元`; `金额：千元` (金额 alone before the unit, nothing after it: no amount)
_UNIT_DECL = lazy(rf"(?:(?:金额|资金|货币)?单位|金额(?=\s*[:：]\s*(?:{_UNITS})\s*[)]?\s*$))\s*[:：]\s*({_UNITS})")


# a money matrix's note columns whose total-row values are the project's notes (not the sources split into columns:
# 中央 | 省级 | 本级)
# (and an adjustment form's change of the budget, `调整前预算数 | 调整后预算数 | 调整金额` over `500 | 420 | -80`: the
# figure the form states, 调整金额 / 调增（减）金额 / 调减额 / 增减额, kept as written beside the two budgets)
_TOTAL_NOTE_HEAD = lazy(r"预计|偏差|纠偏|原因|措施|说明|是否|" + ADJUSTMENT_KEY.pattern)
# the head of an adjustment's money before it (调整前预算数, 原预算数, 调整前金额)
_ADJUSTED_BEFORE_HEAD = lazy(r"^(?:调整前|原)(?:预算|金额|资金|数)")
# a template's printed instructions in a cell (`1.预算执行率=…,未达到90%的需说明原因(100字以内)`), nobody's answer
_HINT_TEXT = lazy(r"字以内|需说明|应说明|应单独说明|请填写|填写说明|填报说明|须说明|根据[^。；]{0,30}填[写报]")

# a money matrix's columns of amounts (a matrix of a duty and its tasks needs one: else an indicator table's heads)
_MATRIX_AMOUNTS = frozenset({"budget_initial", "budget_year", "spent", "budget_issued", "prior_budget"})
# a money matrix's head that may be the budget after an adjustment or the change it made (`调整预算`, `调整预算数`; not
# `调整后预算数`): which one the row's own figures tell, _budget_after_change
_CHANGE_OR_BUDGET_HEAD = lazy(r"^调整预算")
# a unit written in an amount's cell (`-40万元`, `80万元`): no bare figure in the table's unit
_WRITTEN_UNIT = lazy(r"[元万亿]")

# the ranks of the unit's labels that name the unit holding the budget (预算单位), above a project's own unit
_AGENCY_UNIT = frozenset(label_key(x) for x in L.AGENCY_UNIT_LABELS)
_BUDGET_UNIT_RANKS = frozenset(field_rank(x) for x in ("预算单位", "区级预算单位名称", "县级预算单位名称", "市级预算单位名称"))


@dataclass
class RawValue:
    text: str
    cell: Cell
    unit: str | None = None          # money unit declared for this value (label, block or form)
    parts: list[str] | None = None   # a total the form did not write: the amounts of its lines
    rank: int = UNRANKED             # which synonym named it: a better-ranked label found later wins
    head: str | None = None          # the head a value of no label stood under (a 评分表's `等级` column's grade)


# a review's title (…审核意见表, 项目评审表, …审查表, 专家评分表, 事前绩效评估…评分表): layouts.base's `_REVIEW_TITLE` (a form
# that is a review), and below a form's records no title of the form (review rv39; one pattern for both, the second
# copy left the experts' tables out — review rd2, mend md8)
REVIEW_TITLE = r"(?:审核|评审|审查)(?:意见)?表$|专家(?:评分|打分|评审|评议)表$|事前(?:绩效)?评估[^，。]{0,8}评分表$"
_LATE_REVIEW = re.compile(REVIEW_TITLE)


@dataclass
class RawForm:
    """One form as written: header fields and table records, before normalization."""
    fields: dict[str, RawValue] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    # titles met below the form's indicators or scores (a `绩效目标审核意见表` / `项目评审表` printed under a form whose own
    # title is missing): a part appended to the form, not its title (the form was not_a_form, its indicators lost;
    # review rv39) — their places in `titles` (their indices), not their texts: a form's own title printed again under
    # it (`…绩效目标评审表` at its head and its foot) keeps its head's (both were dropped by their text, the title lost:
    # hunt ti11); `own_titles` the titles but those places (`drop_title` deletes a title and shifts them).
    late_titles: list[int] = field(default_factory=list)
    year_texts: list[str] = field(default_factory=list)
    # a letterhead: a body's name alone on the line right above the form's first title (`湖南省洞口县教育局` over
    # `2024年学生资助项目绩效目标表`), the form's owner where its fields name none (pipeline._owner_outside; hunt ti8)
    letterheads: list[str] = field(default_factory=list)
    # the year the label of the year's money names (`2024年计划投资 | 800`, `2024年预算数`): the form's year when no
    # title or year line states one (a 基本建设 form with no year line)
    label_year: int | None = None
    form_unit: str | None = None
    kind: str = "target"             # target | self_eval | assessment
    header_missing: bool = False
    indicators: list[dict] = field(default_factory=list)
    budget_items: list[dict] = field(default_factory=list)
    scores: list[dict] = field(default_factory=list)
    safeguards: list[dict] = field(default_factory=list)
    assessment_items: list[dict] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    first: Cell | None = None
    horizons: set = field(default_factory=set)   # 长期 / 年度 sections the form's indicator tables declare
    slots: int = 0                   # indicator rows holding only a pre-printed slot (`指标1：`): a blank template's
    # labels of no contract column with their values (`债券期限 | 10年`, `建设地点 | 城东街道`, `社会资本方 | …`), in
    # form order: projects.other_fields
    other: list[tuple[str, str, Cell]] = field(default_factory=list)
    # a list's project whose money is written one source a row (`中央资金 | 300` then `省级资金 | 100`): by money field,
    # each source's (name, amount, cell) so far (packed_list)
    sources: dict[str, list] = field(default_factory=dict)
    # False for a row of a list that has no indicator column (`序号 | 项目名称 | 预算金额 | 绩效目标`): no indicator to
    # lose, none missing
    has_indicator_table: bool = True
    # rows of a table of conclusions read (`评估内容 | 评估要点 | 评估结论`): an 事前评估表 of conclusions only has no
    # indicator table by design (layouts.generic; hunt fam10)
    verdict_rows: int = 0
    # the name of a template's marks alone (`项目名称 | ××`): a blank template's empty box when nothing else is filled
    # in (blank_form), else the filled-in example's (not_a_form); jixiao.pipeline decides, seeing the values
    example_name: str | None = None
    # the totals its tables state (a 合计 / 小计 row: the sum of the rows above it, dropped as no row of its own), for
    # the checks (total_row_mismatch): {"table": "budget_items" | "scores" | "indicators" | "projects", "values":
    # {column: text},
    # "unit", "recs": the records it sums (budget lines, score rows; for "projects" the RawForms of a list's rows),
    # "label", "page", "line"}
    totals: list[dict] = field(default_factory=list)
    # the year's money labels the form prints whatever their cell holds (`全年预算数 | /`, a 调整后预算数 head over an
    # empty cell of the 年度资金总额 row): fields left empty on purpose, not absent (normalize_project reads it: a
    # form with an empty 全年预算数 states no year budget, its 年初预算数 is not one)
    labelled: set[str] = field(default_factory=set)
    # the normalizer failures its reading noted (normalize.text.NORMALIZER_FAILURES's entries): unsaid when the form is
    # dropped (its records' error), as its other warnings are (hunt rb2)
    noted: list = field(default_factory=list, repr=False, compare=False)

    def drop_title(self, k: int) -> None:
        """Delete the title at place k; the late titles after it move up one (they are places: deleting the caption
        over a project list left them pointing one title too far, the form's own title dropped and the review's
        kept; code review rd)."""
        del self.titles[k]
        self.late_titles = [j - (j > k) for j in self.late_titles if j != k]

    @property
    def own_titles(self) -> list[str]:
        """Its titles but those met below its indicators or scores (late_titles' places)."""
        late = set(self.late_titles)
        return [t for k, t in enumerate(self.titles) if k not in late]

    @property
    def stated_year(self) -> int | None:
        """The year its titles and year lines state (normalize.records' form_year), read from its own title on
        (own_title_at): a cover's or a letter's heading over it is of another paper, and may be of another year
        (`2023年度部门项目支出绩效自评报告` over `2024年度项目支出绩效自评表`: 2024 — it was 2023, hunt ti18); the heading's
        year when the form's own lines state none. The project's year and the year its money labels are read by
        (`2024年申请资金 | 320` under that cover: the year's budget — it was kept as another year's, review rv80)."""
        own = self.own_titles
        return form_year(own[own_title_at(own):] + self.year_texts) or form_year(self.titles + self.year_texts)

    @property
    def pages(self) -> set:
        """The pages (a workbook's sheets) its fields and records were read from."""
        return {v.cell.page for v in self.fields.values() if getattr(v, "cell", None) is not None} | {
            r.get("page") for recs in (self.indicators, self.budget_items, self.scores, self.assessment_items)
            for r in recs}

    @property
    def whole_body(self) -> bool:
        """A 部门（单位）整体 form or report: its titles name a body's whole spending (`…部门整体支出绩效目标表`), no
        project's (layouts.base's report record, the pipeline's header_missing)."""
        return any("整体" in t or "整體" in t for t in self.titles + self.year_texts)   # (Traditional: md61)


def lines_unit(form: RawForm) -> str | None:
    """The unit of a form's budget lines whose head states none (`重点项目 | 项目名称 | 项目金额 | 主要绩效目标`): the
    form's (`金额单位：万元`), else the one unit its money labels state when they all state the same
    (`年度预算（万元） | 资金总额 | 12,000.00`) and the bare lines in it are no more than the form's total in it
    (`项目金额 | 1,500.00` is 1,500万 of the 12,000万; it was 1,500 元) — lines over the total so read are in 元
    (`金额 | 200,000` under `年度资金总额（万元） | 50`); else None (元). Whichever it is, bare lines that add up to the
    form's total in 元 or 万元 and not in it are in that one (`彩超设备 | 850,000.00`, `心电图机 | 350,000.00` under
    `金额单位：万元` and `年度资金总额 | 120`: 元; `| 85.00`, `| 35.00` under `项目资金（元） | 1,200,000.00`: 万元 — they
    were 10,000 times off, hunt mn13)."""
    return _unit_by_sum(form, _lines_unit(form))


def _unit_by_sum(form: RawForm, unit: str | None) -> str | None:
    """UNIT, or 元 / 万元 when the form's bare lines of one kind add up to its total (budget_total / budget_year) in that
    unit and not in UNIT (lines_unit)."""
    bare = [b for b in form.budget_items if not b.get("unit")]
    if not bare or any(not BARE_FIGURE.match(fold(b.get("amount") or "")) for b in bare):
        return unit
    # (each total with half the last digit it was written with: `33.33` 万元 is 333,300 元 give or take 50, the lines
    # `111,111.00` x 3 in 元 make it up; so are lines in 万元 rounded each, `33.33` x 3 under `1,000,000.00` 元 — they
    # were read 10,000 times off, review rv29)
    totals = [(parse_amount(v.text, v.unit or form.form_unit), _half_digit(v.text, v.unit or form.form_unit))
              for k, v in form.fields.items() if k in ("budget_total", "budget_year")
              and getattr(v, "parts", None) is None]
    totals = [t for t in totals if t[0]]
    if not totals:
        return unit
    kinds: dict[str, list[str]] = {}
    for b in bare:
        kinds.setdefault(b.get("kind") or "", []).append(b["amount"])

    def adds_up(u: str | None) -> bool:
        sums = [(sum(parse_amount(a, u) or 0.0 for a in amounts), sum(_half_digit(a, u) for a in amounts))
                for amounts in kinds.values()]
        return any(abs(x - t) <= max(MONEY_TOL, e + te) for x, e in sums for t, te in totals)

    if adds_up(unit):
        return unit
    alt = [u for u in ("元", "万元") if u != (unit or "元") and adds_up(u)]
    return alt[0] if len(alt) == 1 else unit


def _half_digit(text: str, unit: str | None) -> float:
    """Half the last digit a bare figure was written with, in 元 (`33.33` in 万元: 50; `111,111.00` in 元: 0.005)."""
    m = re.search(r"\.(\d+)\s*$", fold(text or ""))
    return (parse_amount("1", unit) or 1.0) * 0.5 * 10.0 ** -(len(m.group(1)) if m else 0)


def _lines_unit(form: RawForm) -> str | None:
    """lines_unit's reading by the form's unit and its money labels."""
    if form.form_unit is not None:
        return form.form_unit
    bare = [b for b in form.budget_items if not b.get("unit")]
    said = {v.unit for k, v in form.fields.items() if k in L.MONEY_FIELDS and v.unit} \
        | {b["unit"] for b in form.budget_items if b.get("unit")}
    if not bare or len(said) != 1:
        return None
    unit = next(iter(said))
    totals = [parse_amount(v.text, v.unit) for k, v in form.fields.items()
              if k in ("budget_total", "budget_year") and v.unit == unit and getattr(v, "parts", None) is None]
    amounts = [parse_amount(b.get("amount"), unit) for b in bare]
    if not totals or None in totals or not any(a is not None for a in amounts):
        return None
    return unit if sum(a for a in amounts if a is not None) <= max(totals) + MONEY_TOL else None


# a table's total row labelled as a plain sum (no 总分 / 综合得分: the form's score only when nothing else states it)
_PLAIN_TOTALS = frozenset({"合计", "总计", "小计", "合计分", "分值合计", "得分合计"})
_BLOCK_MONEY = frozenset({"budget_total", "budget_year", "budget_fiscal", "budget_other", "budget_initial", "spent",
                          "budget_issued"})   # (a self-evaluation's matrix row: 年初预算数, 全年执行数 too)
# the money fields whose label printed over an empty cell is kept (RawForm.labelled)
_LABELLED_MONEY = frozenset({"budget_year"})
_OPTION_LIST = lazy(r"^\s*1\s*[、.．]\s*\S+?\s+2\s*[、.．]\s*\S+")
_NUMBERED_OPTIONS = lazy(r"^\s*1\s*[、.．]\s*\S+?\s*2\s*[、.．]\s*\S+")
_UNIT_LINE = lazy(rf"^[(（]?\s*(?:(?:金额|资金|货币)?单位|金额(?=\s*[:：]\s*(?:{_UNITS})\s*[)）]?\s*$))\s*[:：]")


# a price head's unit per thing (`单价（元/台）`, `单价(万元/套)`, `单价（元/人·年）`): the money unit before the slash
_PER_UNIT_PRICE = lazy(r"[(（]\s*(万元|千元|亿元|元)\s*/")


@lru_cache(maxsize=1 << 16)
def declared_unit(text: str) -> str | None:
    """Given a label or line, return the money unit it declares ("金额单位：万元", "预算金额（元）") or None."""
    # (`项目资金（万\n元）`: a cell wrapped inside the unit; `(Annual Budget，万元)`: a gloss before it)
    t = bare_fold(UNIT_GLOSS.sub("", text) if "(" in text or "（" in text else text)
    if "兀" in t:
        t = re.sub(r"(?<=[万千亿(])兀", "元", t)    # `(万兀)`: 元 as an OCR reads it
    m = _UNIT_DECL.search(t)
    if m:
        return m.group(1)
    m = re.search(rf"[(]\s*({_UNITS})\s*(?:[)]|$|(?=[A-Za-z0-9.,/]*[A-Za-z]{{3}}[A-Za-z0-9.,/]*[)]))", t)
    # (`(万元` at the end: its bracket lost; `(万元 10k CNY)`: a bilingual form's gloss after the unit)
    if m:
        return m.group(1)
    # `项目资金万元`, `项目资金万元)`: a money label whose brackets an OCR lost (or garbled) around its unit; 万元 / 亿元
    # right after the label's money word, ending it (not 元 alone, a word's end in 单元 / 公元; not a sum written
    # in a sentence, `每年600万元`: no digit before it)
    m = _BARE_UNIT_LABEL.fullmatch(t)
    if m:
        return m.group(1)
    m = _WAN_ALONE.search(t)
    return {"万": "万元", "亿": "亿元"}[m.group(1) or m.group(2)] if m else None


# `金额单位：万` (a cell of its own), `资金总额（万）`: 万元 / 亿元 with its 元 left out (read as 元, the money ten thousand
# times too small); not a count's `（万人）` / `单位：万亩`, nor a 计量单位 of an indicator
# a label's money word a unit declared right after it ends (`资金总额（万元）`, `资金总额（万）`)
_UNIT_LABEL_WORD = r"(?:资金|金额|预算|经费|投资|总额|拨款|预算数|执行数)(?:情况)?"
_WAN_ALONE = lazy(r"^[(]?\s*(?:金额|资金|货币)?单位\s*[:：]\s*(?:人民币)?\s*(万|亿)\s*[)]?\s*$"
                        rf"|{_UNIT_LABEL_WORD}\s*[(]\s*(万|亿)\s*[)]")


_BARE_UNIT_LABEL = lazy(rf"[^\d(),，。；;:：]{{0,12}}?{_UNIT_LABEL_WORD}[(]?(亿元|万元)[)]?")


# a note declaring the unit of the form's money, above or below the table: `注：表中金额单位为万元。`,
# `说明：1.本表金额单位：万元`, `金额单位均为万元`
_FOOTNOTE_UNIT = lazy(rf"^(?:(?:注|说明|备注|附注|填表说明)\s*\d?\s*[:：]\s*)?(?:\d\s*[.、]\s*)?"
                            rf"(?:本表|表中|上表|以上|表内)?(?:所有|各项)?(?:金额|资金|货币|数据|数字)?(?:计量)?单位\s*"
                            rf"(?:均?为|是|均以|统一为|[:：])\s*(?:人民币)?\s*({_UNITS})(?![\u4e00-\u9fff])")


@lru_cache(maxsize=1 << 16)
def _footnote_unit(text: str) -> str | None:
    """The money unit a note of the form declares (`注：表中金额单位为万元。`), else None."""
    m = _FOOTNOTE_UNIT.match(bare_fold(text))
    return m.group(1) if m else None


@lru_cache(maxsize=1 << 16)
def _unit_cell(text: str) -> str | None:
    """The money unit a cell of a row declares when it is a declaration of its own (`金额单位：万元`), else None."""
    return declared_unit(text) if _UNIT_LINE.match(fold(text).strip()) else None


def _wrapped_header(row: Row, nxt: Row, header: Header | None) -> Header | None:
    """A table header whose cells a line break cut (`年度指 | 实际完 | 偏差原因分析` over `标值 | 成值 | 及改进措施`, each
    piece right under its cell): the header read from the joined cells, when it names more columns than the
    first line alone (None when the row below is no such tail: a value, a number, a level label)."""
    if row.is_text_line or nxt.is_text_line or nxt.grid is not row.grid or not nxt.cells:
        return None                 # (one piece will do: `… | 三级指标 | 年度` over `指标值`, the head then naming more)
    tops = {c.col: c for c in row.cells}
    for c in nxt.cells:
        t = c.text.strip()
        if c.col not in tops or not t or len(t) > 8 or _DIGITS.search(t) or any(level_info(t)[:2]):
            return None
    tails = {c.col: c.text.strip() for c in nxt.cells}
    if any(_DIGITS.search(c.text) for c in row.cells if c.col in tails) \
            or sum(1 for c in row.cells if cell_header_matches(c.text)) < 2:
        return None                 # (a row of label | amount pairs over a table's header: no header cut)
    joined = Row([replace(c, text=c.text.rstrip() + tails[c.col]) if c.col in tails else c for c in row.cells],
                 row.grid, row.r, row.order, row.page_break)
    whole = detect_header(joined)
    if whole is None or (header is not None and len(whole.cols) <= len(header.cols)):
        return None
    return whole


# a money unit alone in brackets (`（万元）`, `(元)`, `（百万元）`): a cell a line break cut from the label over it — the one
# test of such a piece (`_bare_unit`); `_unit_alone` below is wider on purpose (a head of its own closing a row of
# money heads, `… | 万元`, `单位：万元`, `（万）`: no label's piece), and parsers/tables `_UNIT_ONLY` is an indicator's
# unit of any measure (`万亩`, `%`), no money's
_BARE_UNIT = lazy(rf"^[(]\s*(?:{_UNITS})\s*[)]$")


def _bare_unit(text: str) -> bool:
    """Is a cell a money unit alone in brackets (`（万元）`, ` (元) `, `（萬元）`, `（百万元）`)? Folded and stripped: the
    matrix's own test (`_UNIT_ONLY`, full-width brackets unfolded, no 百万元) and the amounts' row label's (unstripped)
    were two more that differed (mend md4)."""
    return _BARE_UNIT.match(fold(text).strip()) is not None


# (a unit alone in a cell, `万元`, `（万元）`, `单位：万元`: its label words and brackets taken out)
_UNIT_ALONE = lazy(r"^(?:金额)?单位[:：]?\s*|[()]")


@value_cache(maxsize=1 << 16)   # (a pure function of its texts, asked of the same cells form after form, sp12)
def _unit_alone(text: str) -> str | None:
    """The money unit a cell holds alone (`万元`, `（万元）`, `单位：万元`), else None."""
    t = _UNIT_ALONE.sub("", fold(text).strip()).strip()
    return declared_unit(f"金额({t})") if t and len(t) <= 3 and not _DIGITS.search(t) else None


def _head_tails_both(row: Row, nxt: Row, amounts: Row | None) -> tuple[dict[int, str] | None, bool]:
    """Heads of money a line break cut (`资金来源 | 资金总额 | 上级 | 本级` over `（万元） | | 补助 | 安排`, each piece right
    under its cell) over their row of amounts: (each column's piece, by column, or None when the row below is no such
    tail — a value, a figure, a level — or no amounts follow it; whether a piece is a field's label, which makes it no
    piece but for a money matrix's heads, `预算数` under `年初`: FormReader._head_tails's LABELS)."""
    if amounts is None or row.is_text_line or nxt.is_text_line or amounts.is_text_line or row.grid is None \
            or nxt.grid is not row.grid or amounts.grid is not row.grid or not nxt.cells:
        return None, False
    if _DIGITS.search("\n".join(map(TEXT_OF, row.cells))):     # (the row's texts searched at once)
        return None, False      # (heads only: `资金情况(万元) | 年度资金总额 | 全年预算数(A) | 300 | …` holds its amount)
    tops = {c.col: c for c in row.cells}
    labelled = False
    for c in nxt.cells:
        t = c.text.strip()
        if c.col not in tops or not 0 < len(t) <= 6 or _DIGITS.search(t) or any(level_info(t)[:2]):
            return None, False
        if match_field(t) is not None and not _bare_unit(t):
            labelled = True   # (labels: a money matrix's heads, `预算数` under `年初`; else a field's label is no piece)
    if sum(1 for c in nxt.cells if c.col != row.cells[0].col) < 1 \
            or sum(1 for c in amounts.cells if c.col in tops and c.col != row.cells[0].col and is_number(c.text)) < 2:
        return None, False
    return {c.col: c.text.strip() for c in nxt.cells}, labelled


def _header_tail(row: Row, nxt: Row) -> bool:
    """A header row whose last cell a line break cut (`偏差原因分析及改进措` over `施`, alone in its column): the row below
    holds only that tail, one to four characters, no digit, no level label, and the cell joined still names a column."""
    if row.is_text_line or nxt.is_text_line or nxt.grid is not row.grid or len(nxt.cells) != 1:
        return False
    c = nxt.cells[0]
    t = c.text.strip()
    top = next((x for x in row.cells if x.col == c.col), None)
    if top is None or not 0 < len(t) <= 4 or _DIGITS.search(t) or any(level_info(t)[:2]) \
            or re.search(r"[。；;，,]$", top.text.strip()):
        return False
    # (the joined cell names a column better than the cell alone: `三级指标` over `利用率`, a name's rest under the
    # head printed again at a page's top, makes no better head, `三级指标利用率`)
    joined = cell_header_matches(top.text.rstrip() + t)
    return bool(joined) and max(q for _, q in joined.values()) > max(
        (q for _, q in cell_header_matches(top.text).values()), default=0.0)


def _head_rests(row: Row, nxt: Row, header: Header) -> bool:
    """A header row whose cells' common last word a line break put on a line of its own (`一级 | 二级` over `指标 |
    指标`, `年度 | 实际` … a narrow Word column's): each piece under a head cell, the cell joined a head word itself
    (a synonym, not a cell holding one) of the role the cell alone has — the header the same, the line no row (it
    was read as an indicator `指标` of target `指标`)."""
    if row.is_text_line or nxt.is_text_line or nxt.grid is not row.grid or not nxt.cells:
        return False
    tops = {c.col: c.text.strip() for c in row.cells}
    for c in nxt.cells:
        t = c.text.strip()
        if not t or len(_BRACKETS.sub("", t)) > 4 or _DIGITS.search(t) or any(level_info(t)[:2]) or c.col not in tops:
            return False
        alone = cell_header_matches(tops[c.col]).get(header.kind)
        if alone is None or all(cell_header_matches(j).get(header.kind) != (alone[0], 1.0)
                                for j in _head_joins(tops[c.col], t)):
            return False
    return True


_BRACKETS = lazy(r"[()（）]")


def _head_joins(top: str, piece: str) -> tuple[str, ...]:
    """A head cell joined with the piece under it: as it runs on (`一级` + `指标`), and, when the piece is a head word
    itself, with it in brackets, a gloss on a line of its own (`指标值` over `单位`: `指标值（单位）`; `姓名` over a
    name, `张建国`, is the row under the head)."""
    if _BRACKETS.search(piece) or not cell_header_matches(piece):
        return (top + piece,)
    return top + piece, f"{top}（{piece}）"


def _part_kind(text: str) -> str | None:
    """The kind of a `其中：…` part of a total: `source` (中央资金, 专项债券资金, 项目资本金, 市本级, 补助区县), `use` read
    as a source here and made a use by its name (基本支出 / 项目支出), `composition` for an expense (设备购置费,
    软件开发费); None for anything else (no group: the row is reported as before)."""
    name = _SUB_LINE.sub("", text).strip()
    key = label_key(name)
    if _is_source(name) or key in _USE_NAMES or _PART_SOURCE.search(key) or _YEAR_PART.match(key):
        return "source"
    if _PART_EXPENSE.search(key):
        return "composition"
    return None


# a part of a total named by where the money goes or comes from (市本级, 补助区、县（市）, 省级补助, 项目资本金)
_PART_SOURCE = lazy(r"本级|[省市区县乡镇]级|[区县乡镇]（|区县|县区|县（市|资本金|债券|自筹|配套|补助|补贴|贷款|融资|拨款|"
                          r"资金$|投资$|预算内|中央|财政|基金")
# an expense a total is spent on (设备购置费, 软件开发费, 工程建设支出)
_PART_EXPENSE = lazy(r"费$|费用$|购置|开发|建设|改造|维护|运维|工程|采购")
# a fund's name (…养老保险基金, 彩票公益金, …专项资金), not a column's head over a list (基金收入预算)
_FUND_NAME = lazy(r"(?:基金|公益金|资金)\s*$")
# a 政府性基金's name by the revenue it is (`城市基础设施配套费`, `国有土地使用权出让收入`, `…收入安排的支出`): the form's
# name as a fund's is, when no 项目名称 names it (it was kept in other_fields, the name null — hunt fam)
_GOV_FUND_NAME = lazy(r"(?:费|收入|收入安排的支出)\s*$")
# the end of a title of a scored 评价指标体系 (…资金绩效评价指标体系及评分表, …资金绩效评价评分表, …项目绩效评价指标体系),
# after the fund's or the project's name (`proj`: its 项目, the name's end; `…项目支出绩效评价指标体系`,
# `…项目绩效评价指标体系表`, `…项目绩效评价指标及评分表` too — they named no project, review rv4; a works' `…改造工程绩效评价
#指标体系`, its 工程 the name's end, hunt lv)
# (one vocabulary of a form title's end, twins tw3: the project's name's end, `proj`; the kinds of form after 绩效, the
# scored ones among them; a scored index's tail — _SCORE_TITLE_END, _PROJECT_TITLE_END and FORM_TITLE_END are built of
# these pieces, each taking the part it needs: they were three hand lists that disagreed on 工程, 运行监控, 考核, 申报表 …)
# (a works' or a project's phase in brackets before the form's words, `…改造工程（二期）绩效目标表`: the name with its
# phase — it was null and no warning, hunt ti23's leftover of ti22)
_TITLE_PROJ = r"(?P<proj>项目|(?<=工程)|(?<=工程|项目)\(第?[一二三四五六七八九十\dⅠⅡⅢⅣⅤIV]{1,3}期\))"
_SCORED_KIND = SCORED_KIND                 # (core's: its cut titles' _FORM_WORDS_END is built of them too, review rv146)
_FORM_KIND = FORM_KIND
# the words before a form title's 表 (`绩效目标`, `支出绩效自评`, `绩效运行监控情况`; `申报`, `目标`: …项目申报表)
_FORM_WORDS = rf"(?:(?:支出)?绩效{_FORM_KIND}?|申报|目标|自评|评价)"
_SCORE_SHEET = r"(?:及|和)?(?:评分表|评分标准表?|打分表)"
_SCORE_TITLE_END = re.compile(rf"{_TITLE_PROJ}?(?:支出)?绩效{_SCORED_KIND}(?:(?:指标体系|指标)表?{_SCORE_SHEET}?|{_SCORE_SHEET})$"
                              r"|绩效自评(?:表|报告)$")
# the end of a form's own title after the project's name (`新化县2024年农村公路养护项目绩效目标表`, `…项目支出绩效目标申报表`,
# `…项目绩效自评表`): the project the title names is the form's name when no 项目名称 gives one (it was null, hunt fam2)
# (`…项目绩效监控表`, `…项目支出绩效运行监控情况表`, `…项目绩效评价表`, `…项目绩效目标调整表` too: siblings of 运行监控表 /
# 自评表, review rvb)
# (`关于…项目的绩效目标表`: the 的 between them — the name was null, review rv3)
_PROJECT_TITLE_END = re.compile(rf"{_TITLE_PROJ}的?{_FORM_WORDS}表(?:\([^()]*\))?$")
# a government site's page of one project's published targets, titled without the word 表 (`2024年农村公路养护项目绩效目标`,
# `…项目支出绩效目标公开`; base's _FORM_NAMED names it a form): the project the title names, as under a form's own title
# (it was null, review rv9)
_PUBLISHED_TITLE_END = re.compile(rf"{_TITLE_PROJ}的?(?:支出)?绩效(?:目标|指标)(?:公开|情况|{L.EXPLAINED})?$")
# a place a title's project name opens with (新化县, 湖南省长沙市), left off before asking whether the rest names a project:
# a place's end as normalize.orgs reads it (not the 市 of 农贸市场 / 智慧城市, the 区 of 产业园区 / 社区 — a lead of any
# characters up to 市 / 区 took them, `新化县智慧城市建设项目` left `建设项目`, generic, and the name null, review rvb)
_PLACE_LEAD = lazy_regex(rf"^(?:\p{{Han}}{{1,6}}?(?:{PLACE_END}))?(?:\p{{Han}}{{1,6}}?(?:{PLACE_END}))?")
# a year right before a title's closing 项目 (`…中心2024年项目`, `…镇2024年度项目`): the year's projects of whoever is
# named before it, no project's name
_YEAR_BEFORE_END = lazy_regex(YEAR_WORD.pattern + r"\s*(?:支出)?项目$")
# a year between a title's project (its closing 项目 / 工程) and the form's words (`…项目2024年度绩效目标表`)
# a title's 关于 before what it is of (`关于…项目绩效目标表`, `关于下达…`)
_ABOUT_LEAD = lazy(r"^\s*关于\s*(?:下达|印发|报送|批复|上报)?\s*")
# a place, the year, then the place again (`新化县2024年新化县人民医院`) or its level again opening a body's short name
# (`新化县2024年县人民医院`: `县人民医院` under `新化县`; not a word of the level, `县域`, `县级`, `县城`, `市区` …): the
# place once
# (县域, 县级, 县城, 市区, 区域 …: a word of a level, no body's short name; the words the level's character opens too,
# 市场, 市政, 市容, 市民 (not 市民政局), 区块链, 县道 — `长沙市2024年市场监管…项目` was `长沙市场监管…`, review rv5)
_LEVEL_WORD_PATTERN = r"[域级城区乡镇属直内外场政容貌块间道]|民(?!政)"
_LEVEL_WORD = lazy(_LEVEL_WORD_PATTERN)
_PLACE_TWICE = lazy_regex(r"^(?P<p>\p{Han}{1,8}?(?P<l>[县市区旗]))\s*(?:19|20)\d{2}\s*年度?\s*"
                          rf"(?:(?P=p)|(?P=l)(?!{_LEVEL_WORD_PATTERN}))")
_YEAR_AFTER_PROJECT = lazy(r"(项目|工程)\s*(?:19|20)\d{2}\s*年度?(?=\s*(?:支出)?绩效)")
# the form's year in brackets there, after a project or a fund (`…村级组织运转经费（2025年度）绩效目标表`: no word of the
# name — it was null, header_missing, hunt ti23)
_BRACKET_YEAR_AFTER_PROJECT = lazy(r"(项目|工程|资金|经费|补助|补贴)\s*[(（]\s*(?:19|20)\d{2}\s*(?:年度?)?\s*[)）]"
                                   r"(?=\s*(?:支出)?绩效)")
# a body's own level or office in brackets before a title's closing 项目 (`…局（本级）项目`, `…中心（机关）项目`)
# (the level with its body's word too, `（局本级）`, `（部门本级）`, `（中心本级）`: review rv154 — it was the name)
_BODY_PART_BEFORE_END = lazy(r"\((?:[^()]{0,3}本级(?:机关)?|机关|本部)\)(?=(?:支出)?项目$)")
# (a year closing its bracket counted too, `…经费（2025）`: review rv154)
_ANY_YEAR = lazy(r"(?:19|20)\d{2}(?=\s*[年)）])")
# the money's unit after a title on its line, past a gap (`…绩效目标表    单位：万元`, `金额单位：元`)
# (after the title's bracket too, `…绩效目标表（2025年度）    单位：万元`, and in brackets, `…绩效目标表（单位：万元）`:
# review rv154 — the first was the title with the unit and no name, the second the title with it)
_UNIT_AFTER_TITLE = lazy(r"(?<=[表)）])(?:\s+(?:金额|资金)?单位\s*[:：]\s*(?:亿|万|千)?元"
                         r"|\s*[(（](?:金额|资金)?单位\s*[:：]\s*(?:亿|万|千)?元[)）])\s*$")
# a body a title's project name opens with (`卫生健康局`, `发展和改革委员会`, `人民政府办公室`)
# (not one rule with `_FILER_LEAD`, on purpose: this one reads a name with its place taken off, only to say whether the
# rest still names a project, so it takes short bodies too — `发改委`, `县政府办`, `…中心`; `_FILER_LEAD` cuts the body off
# the name it keeps, so it ends only at a whole department's word and not at 布局's 局: one rule changed the names read)
_BODY_LEAD = lazy(r"^[\u4e00-\u9fff]{1,14}?(?:局|委员会|委|办公室|办|厅|政府|中心)")
# a project's name that names no project (预算项目, 县级项目支出, 重点建设项目, 建设工程 …; a title's and a sheet's name,
# jixiao.pipeline `_sheet_project`)
# (also the budget's or a fund's kinds, `省级财政专项资金项目`, `一般公共预算项目`, `政府性基金预算项目`, `基本建设项目`,
# `民生实事项目`, `衔接资金项目`: a title `湖南省2024年度省级财政专项资金项目绩效目标表` named a project of them, review rvb)
# (and the budget system's kinds of projects, `特定目标类项目`, `其他运转类项目`, `人员类项目`, `公用经费项目`: a title
# `新化县教育局2024年特定目标类项目绩效目标表` named one, review rv7)
# (and the class words before it, `二级预算项目`, `其他专项项目`, `一般性项目`, `经常性项目`: a title of them named a
# project of them, review mend2)
# (its words, one list: no mark of one project in a name either — jixiao.pipeline `_share_a_word` leaves them out of
# two projects' names it compares, review rv72)
GENERIC_NAME_WORD = (r"财政|专项|预算|部门|重点|支出|本级|民生|政府投资|建设|一般公共|政府性基金|基金|资金|基本|实事|衔接|"
                     r"新增|延续性?|特定目标类?|(?:其他)?运转类?|人员类?|公用经费|[一二三]级|其他|单位|一般性?|经常性|一次性")
GENERIC_PROJECT = lazy(rf"^(?:[省市县区级本]{{0,3}}(?:{GENERIC_NAME_WORD}))*(?:支出)?(?:项目|工程)$")
# a filled-in example's name (`XX市城市公交补贴项目`, `某某项目`): no project's
PLACEHOLDER_MARK = r"[XＸ×xх]{2,}"          # a template's mark where a name's or a figure's words go (`XX`, `××`)
PLACEHOLDER_NAME = lazy(rf"^\s*(?:{PLACEHOLDER_MARK}|某某|＊+|\*+)")
_MARKS = lazy(rf"{PLACEHOLDER_MARK}|[＊*]+")
_WORD_CHAR = lazy(r"\w")


def marks_only(text: str | None) -> bool:
    """A value of a template's marks and nothing else (`××`, `XXXX`, `＊＊＊`, `××（××）`: only punctuation and spaces
    left without them): the box a template prints for a value nobody wrote, a name's as a header field's (a name of
    words around marks, `××××项目`, is the filled-in example's). One test for layouts.base's name of marks alone and
    jixiao.pipeline's blank form (review rv134: `＊＊＊` was one's marks and not the other's)."""
    rest = _MARKS.sub("", text or "")
    return rest != (text or "") and not _WORD_CHAR.search(rest)


# (a year or a span of years, left out of a title's or a sheet's name for a project's: normalize.dates' YEAR_WORD)
# a fund's name that names no fund (专项资金, 财政资金): no project's name
_GENERIC_FUND = lazy(r"^(?:[省市县区级本]{0,3}(?:财政|专项|项目|部门|预算|转移支付|中央|地方|补助|各类))*资金$")
# a label counting things, no money (`补贴机具（台）`, `受益人口（人）`)
_COUNT_UNIT = lazy(r"[（(]\s*(?:台|套|个|人|人次|次|户|公里|千米|亩|万亩|平方米|吨|辆|处|座|家|所|项|张|件|册|场)\s*[)）]")
# a row's label counting things by its name, no money (`补助户数`, `受益人数`, `培训人次`, `项目个数`, `改造面积`); the
# count words it shares with _COUNT_NAME (a money label's count, below) written once, normalize.targets' count names
# (a long name before a target's comparison) with a measure's two
_COUNT_ENDS = rf"{COUNT_NAME_END}|面积|里程"
_COUNT_LABEL = lazy(rf"(?:{_COUNT_ENDS}|项数|村数|座数|套数|台数|长度)$")
# a place money is shared out to (越城区, 柯桥区, 诸暨市, 新昌县, 某镇, 全市, 市本级)
_PLACE_HEAD = lazy(r"(?:[区县市镇乡旗州盟]|街道|本级|合计|全[市县区省州盟旗])$")
# a money label naming a part of the project's money, not the whole (上级补助资金, 本级配套资金, 经费投入)
_PART_MONEY_LABEL = lazy(r"补助|配套|上级|本级|经费|执行|支出|结转|收入")
# the head of a money block's row labels (`资金来源 | 中期资金总额 | 年度资金总额`)
_ROW_LABEL_HEADS = frozenset(label_key(x) for x in ("资金来源", "来源", "资金类别", "资金性质", "资金构成"))
# how a project's name ends when whole (…工程 / …项目 / …经费 / …（二期）)
# a summary's label alone on a line, of no field (`项目实施内容及过程概述`): its text on the next line (hunt lf)
_SUMMARY_LABEL = lazy(r"[\u4e00-\u9fff]{2,16}概述")
_NAME_END = lazy(r"(?:项目|工程|经费|资金|补助|补贴|专项|费|计划|建设|服务|系统|平台|行动|中心|[)）])$")
# an ex-ante assessment's title (事前绩效评估报告 / 事前评估评分表)
_EX_ANTE = lazy(r"事前(?:绩效)?评估")
# a year alone as a money line's label (`其中：2024年`, `2024年度`)
_YEAR_PART = lazy(r"^((?:19|20)\d{2})年度?$")
# a year's money named by the year and a word of the year's money (`2025年发行额度`, `2025年度申请债券资金`)
_YEAR_MONEY_LABEL = lazy(r"^((?:19|20)\d{2})年度?(\S{2,10})$")


def _year_money_label(text: str) -> int | None:
    """The year of a label `[其中：]YYYY年<word>` whose word, after 本年度 / 年度, is a label of the year's budget
    (`2025年发行额度`: 本年度发行额度), else None."""
    m = _YEAR_MONEY_LABEL.match(label_key(_SUB_LINE.sub("", text)) or "")
    if m is None or not any((match_field(w + m.group(2)) or (None,))[0] == "budget_year" for w in ("本年度", "年度")):
        return None
    return int(m.group(1))
# a year named in a column's head (`2023年实际值`, `2023年度完成值`)
_HEAD_YEAR = lazy(r"((?:19|20)\d{2})\s*年")

# a telephone number alone in its cell (a mobile, a landline with or without its area code, an extension): the grid's
_PHONE_CELL = PHONE_ALONE


def _slot_rows(rows: list[Row]) -> int:
    """How many of a table's rows hold only pre-printed slots (`_slot_cell`), one of them a slot to fill (2)."""
    n = 0
    for r in rows:
        if r.is_text_line or not r.cells:
            continue
        slot = False
        for c in r.cells:
            kind = _slot_cell(c.text)
            if not kind:
                break
            if kind == 2:
                slot = True
        else:
            n += slot
    return n


def _beside_units(row: Row) -> bool:
    """A sheet's row of a line and only a money unit's declaration beside it (`（2023年1-6月） | 单位：万元`, a monitoring
    form's period set left of its unit): read as the line alone (it was an unparsed row, the year lost). Not a field
    beside the unit (`项目名称：2024年高标准农田建设 | 金额单位：万元`: the name, not a year line)."""
    cells = row.cells
    if len(cells) < 2:
        return False
    for c in cells[1:]:
        if not _is_unit_text(c.text):
            return False
    return match_field(cells[0].text) is None


def _row_unit(row: Row) -> str | None:
    """The money unit a row declares of its own: a cell (under 80 characters) `金额单位：万元` (on a text line, any
    declaration in it), else `… | 金额单位: | 万元`, the label and the unit in two cells of a row of fields; else None.
    (Plain loops: asked of every row of a form until its unit is found, most of them declaring none.)"""
    cells = row.cells
    read = declared_unit if row.is_text_line else _unit_cell
    for c in cells:
        if len(c.text) < 80:
            u = read(c.text)
            if u:
                return u
    for a, b in zip(cells, cells[1:]):
        u = _unit_word(b.text)          # (`_unit_pair`, its cheap half first: most cells are no unit)
        if u and _UNIT_LABEL.match(fold(a.text)):
            return u
    return None


def _row_footnote_unit(row: Row) -> str | None:
    """The money unit a note's cell (under 80 characters) of the row declares (`注：表中金额单位为万元。`), else None."""
    for c in row.cells:
        if len(c.text) < 80:
            u = _footnote_unit(c.text)
            if u:
                return u
    return None


# patterns FormReader's methods ask of many rows (module constants: written inline, `re.match(r"…", t)` looked its
# pattern up in re's cache at each call, two Python calls more)
_A_YEAR = lazy(r"(19|20)\d{2}\s*年")
# a body's name and its code after it (`市教育局（301001）`; its label between them, `市教育局，代码：301001`: a value cell
# holding the code's pair, no word of the name — review rv76)
_NAMED_CODE = lazy(r"\s*(.*?)\s*(?:[,，;；]?\s*(?:部门|单位|预算)?(?:代码|编码)\s*[:：])?\s*[(（]?\s*(\d{3,})\s*[)）]?\s*")
_DATED_WORD = lazy(r"\d|[〇零一二三四五六七八九十]|长期|常年|持续|至今")
_AMONG_LEAD = lazy(r"^\s*其中\s*[:：]")
_WAN_YI_FIGURE = lazy(r"^\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:万|亿元?)\s*$")   # `60万`, `1.2亿`, `1.2亿元`


# a label of money by its words (`合计`, `中央财政`, `县级配套`, `其他资金`, `银行贷款`): the one a `60万` figure of no 元 is an
# amount beside under a 资金来源 block (`受益人口 | 2万` under it counts people — review rv48)
_MONEY_NAME_WORD = lazy(r"资金|经费|补助|补贴|拨款|投资|投入|财政|自筹|配套|结转|结余|债|贷款|融资|预算|收入|金额|合计|小计|总计"
                        r"|奖补|转移支付|^(?:中央|省|市|县|区|乡镇?|本|上|地方){1,2}级?$")


# a label naming a count, not money (`补助人数`, `投资人次`, `贷款户数`, `债券期限`): its 万 figure no amount, whatever
# money word it holds (`补助人数 | 2万` was a source line of 20,000 元 — md15 of code review rd2)
_COUNT_NAME = lazy(rf"(?:{_COUNT_ENDS}|对象|人口|人员|项目数|单位数|期限)$")


def _part_figure(text: str, label: str) -> bool:
    """A total's part's cell: an amount, or one with its split in a bracket (`120（其中上年结转10）`: the parts go on
    below it — the group ended there, `企业自筹 | 30` below a line of no group, budget_other null, review rv75)."""
    return _money_figure(text, label) or _BARE_SPLIT.match(fold(text)) is not None


def _money_figure(text: str, label: str = "") -> bool:
    """A cell of an amount: a number (`600.00`, `60万元`), or a figure in 万 / 亿 with no 元 (`60万`, `1.2亿元`) beside
    a label of money (`合计`, `中央财政`; not `受益人口 | 2万`, a count — review rv48)."""
    key = label_key(_SUB_LINE.sub("", label)) or ""
    return is_number(text) or bool(_WAN_YI_FIGURE.match(fold(text))) \
        and bool(_MONEY_NAME_WORD.search(key)) and not _COUNT_NAME.search(key)


_CATCH_ALL_SOURCE = lazy(r"^其[他它]资金$")     # the rest of the money, whatever its source: the 其他资金 field
_SHORT_LABEL = lazy(r"^([^:：]{1,8})[:：]")
_LABEL_LEAD = lazy(r"\s*([^:：]{1,30}?)\s*[:：]")
# a form's field asked yes or no (`是否政府采购`, `是否政府购买服务`, `是否涉及政府采购`) and its choices (`是`, `否`, with a
# box before or after them, ticked or not: `□是`, `☑否`, `否√`, `是 否` in one cell)
_YES_NO_QUESTION = lazy(r"^是否[\u4e00-\u9fff]{2,12}$")
_YES_NO_CHOICE = lazy(r"^(?:[□■☑☐√✓✔RＲ]?\s*[是否]\s*[□■☑☐√✓✔RＲ]?\s*)+$")
_YES_NO_BOX = lazy(r"[□■☑☐]")
_LEVEL_COLS = ("level1", "level2", "level3")     # an indicator table's columns of its levels and name


def _yes_no_question(cells: list) -> bool:
    """Does a row open with a field asked yes or no (`是否政府采购 | …`), a cell after it: `_yes_no_row`'s first test, the
    cheap one (asked alone first where its `answered` costs a pass over a table's columns)."""
    return len(cells) >= 2 and _YES_NO_QUESTION.match(label_key(cells[0].text)) is not None


def _yes_no_row(cells: list, answered: bool = False) -> bool:
    """Is a row a field asked yes or no with its choices (`是否政府采购 | 是 | 否`, `是否政府购买服务 | □是 | ☑否`, `是否… |
    □是 ☑否`): a `是否…` label, then cells of choices only, offering both or in boxes? (`是否按规定公示 | 是` is an
    indicator's name and target.) `answered`: its one answer is enough (`是否政府采购 | 是` where no indicator's name
    stands: left of an indicator table's level columns, review rv20)."""
    if not _yes_no_question(cells):
        return False
    said = [radio_boxes(fold(x.text)).strip() for x in cells[1:]]    # (`○是  ●否`: radio buttons, hunt fam10)
    joined = "".join(said)
    return all(_YES_NO_CHOICE.match(t) for t in said) \
        and ("是" in joined and "否" in joined or bool(_YES_NO_BOX.search(joined)) or answered and len(said) == 1)


class FormReader:
    """Walks one form segment and fills a RawForm."""

    def __init__(self, seg: FormSegment):
        self.seg = seg
        self.form = RawForm(header_missing=seg.header_missing)
        self.table: tuple[Header, list[Row]] | None = None
        self.money_group: tuple[str, str, str | None, int] | None = None  # (label, kind, unit, column)
        self.block_unit: str | None = None
        self.line_cells: dict[int, Cell] = {}    # id of a budget_items line -> the cell it was read at (its identity:
        #                                          a PDF's cells have no line number, (page, line) names no one cell)
        self.total_unit: tuple | None = None     # (grid, unit) a total money label declared (年度资金总额（万元）)
        self.fiscal_lines: list[tuple[Cell, str, str | None]] = []   # 一般公共预算拨款 … lines: label, amount, unit
        self.weak_labels: dict[str, str] = {}    # `_weak_*` column -> the label that gave it (预算项目名称, 预期效果)
        self.bare_total: tuple[str, RawValue] | None = None   # (a bare money word's label and the total it gave)
        self.option_col: str | None = None
        self.option_label: str | None = None     # the label of option_col (项目类别, 项目属性)
        # option column -> (label key, label, its place in form.other) of the label whose value it holds
        self.option_owner: dict[str, tuple[str, str, int]] = {}
        self.option_aside: dict[tuple[str, str], tuple] = {}   # (column, label key) -> its entry in form.other
        self.verdict_heads: list[str] = []     # their heads' texts (`评估内容`, `评估要点`, `评估结论`)
        self.verdicts: tuple[int, ...] | None = None   # the columns of a head `评估内容 | 评估要点 | 评估结论` above
        self.verdict_seq: int | None = None    # the column of that head's 序号 before it, if any (`序号 | 评估内容 | …`)
        self.consumed: set[int] = set()
        self.rows = _spaced_signoffs(_stages_in_rows(seg.rows))
        self.step_head: Header | None = None    # the indicator table a schedule's steps were found under
        self.steps: list[tuple[str, str, Cell]] = []   # those steps: (stage, time, cell) — _steps_kept
        # the text lines above the form's first title, a notice's or a 批复's paragraphs the form took with its title
        # (`资金来源：中央资金：200万元` of the money a 批复 grants, `附件：项目绩效目标表` below): no source lines of the form
        first_title = next((k for k, r in enumerate(self.rows) if any(r is t for t in seg.titles)), 0)
        self.notice_rows = {id(r) for r in self.rows[:first_title] if r.is_text_line}
        self._row_cells: list[Cell] = []
        self.horizon: str | None = None        # set by a 长期绩效指标 / 年度绩效指标 section line
        self.matrix: tuple[dict[int, str], str | None] | None = None
        self.last_matrix_unit: str | None = None   # the money unit of the form's last money matrix
        # money matrices in no unit of their own under one in a unit: (index of their first budget line, that unit)
        self.unitless_matrices: list[tuple[int, str]] = []
        # a field shown 调整前, its 调整后 row next (or the column of 调整后 over the next row's texts)
        self.adjusted: tuple[str, str | None, str, int | None] | None = None
        # a goal written by level, `年度绩效目标 | 产出目标 | …` over `| 效益目标 | …`: its field and grid, while it goes on
        self.level_goal: tuple[str, object] | None = None
        self.matrix_kind = "source"
        self.money_section: tuple[str, str | None] | None = None
        self.header_at = -2                  # index of the row of the current table's header
        self.extra_open = None               # a 评分表 kept open past its 合计 for the 加分项 / 减分项 rows below it
        self.self_said: tuple | None = None  # the unit's own score as labelled (`自评得分 | 92`): label, figure, form
        self.caption: str | None = None      # the one-cell line above the current table
        self.label_caption: str | None = None    # the caption left of its head in the label column
        self.flushed_kind: str | None = None     # the kind of the table read last (_flush)
        self.at = -1                         # index of the row being read
        self.sub_fiscal_year = None          # a budget_year read from a `其中：申报财政资金` row (its total not yet read)
        self._notes_open = False             # the text line above opened footnotes under a table (`注：`)
        self.year_lines = 0              # year_texts that are year lines (`（2021年度）`): first after the titles
        self.year_money: dict[int, tuple[Cell, str | None]] = {}   # year -> its amount (a by-year money row)
        self.year_fields: dict[str, dict[int, tuple]] = {}          # budget_fiscal / budget_other -> year -> amount
        self.year_sources: list[tuple[Cell, dict[int, tuple]]] = []  # other sources' rows by year
        self.year_labels: dict[str, Cell] = {}   # `total` / budget_fiscal / budget_other -> its by-year row's label
        self.year_money_labels: dict[int, str] = {}   # year -> the label naming it its year_money is under (`2024年资金总额`)
        self.last_text: tuple[str, Cell, int] | None = None   # the prose field set last, its cell and row
        self.last_org: str | None = None     # the department or unit a labelled row named last (what `同上` repeats)
        self.prose_rows: tuple[object, int] | None = None   # a prose field's little table: its grid, its last row
        self.matrix_rows = 0
        self.matrix_left = 0                 # the column of the matrix header row's first cell (its block label)
        self.matrix_label: str | None = None  # that cell's text (label_key), when it is no column's head
        self.skip_to = 0                     # rows before this index belong to a list of projects: not read
        self.narrated: list[tuple[dict, object]] = []   # indicators written as sentences (`（1）数量指标：…，实际完成…，
        # 得分20分。`), each with the unparsed_row its row gives if a table's indicators come (_finish)
        self.listed: list[tuple[set, set, Row, int, int | None, int | None]] = []   # project lists read as budget tables:
        # names, lines, head, rows, the index in form.titles of the list's own caption (its title right above its head)
        # or None, the workbook's sheet it is on or None
        self.sum_heads: dict[str, Row] = {}  # the head row of the table whose 合计 row gave each of self.sums
        self.year_parts: list[Cell] = []     # `其中：2024年` labels of a total's parts by year (their amounts in year_money)
        self.year_whole = None               # (budget_year's value, its label) when a part of it is named by a year
        self.first_capital: list = []        # (line, label, value, total) of a loose 项目资本金 read before any source
        self.parts_from: tuple | None = None  # (grid, column, row) of `其中：…` parts read after a total on its row
        self.parts_grid = None               # the grid of the parts _parts_below found (after a lone `其中：`, their own)
        self.fund_flow: list | None = None   # [name, kind, grid, parts begun] of a fund's 本年收入 / 本年支出 over its parts
        self.fund_years: tuple | None = None  # (grid, {column: head}) of a fund table's year heads (2025年预算数 …)
        self.pair_group: tuple[str, int] | None = None   # (group, row) of the last `中央资金：300` pairs read
        self.year_side: tuple | None = None  # (grid, column of 年度资金总额) beside a 中期资金总额 to its left
        self.carry_l1: str | None = None     # the last level 1 of an indicator table just ended (a page between)
        self.tail_row = -1                   # the second line of a header a line break cut: read with the first
        # the last _head_tails_both read, (row, next, amounts, its answer): asked of the same three rows by read and by
        # _money_by_source (the rows held, compared by identity)
        self.tails_read: tuple | None = None
        self.spending: tuple[int, object, str | None] | None = None   # 收入 | 支出 block: spending column, grid, unit
        self.side_sums: list[tuple[str, str, str | None, Cell]] = []   # `按支出性质分:1925.67`: head, sum, unit
        self.period_money: tuple[int, int, object, str | None] | None = None  # 实施期 | 年度 columns, grid, unit
        self.uses = False                    # after 支出预算合计 in a money block: its lines are uses
        self.matrix_lines: list[tuple[Cell, Cell | None, str | None]] = []   # a matrix's source rows: year, spent
        self.matrix_initial: list[Cell | None] = []    # and their 年初预算数 cells, row by row (None: none)
        self.matrix_total = False            # the matrix had its total row
        self.matrix_uses = False             # the matrix's rows below 按支出性质分: uses, not sources
        # the sources each matrix head is split into, on the head's second line: column -> (head column, name)
        self.matrix_subheads: dict[int, tuple[int, str]] | None = None
        # a matrix of two sides (资金来源 | 预算数 | 执行数 | 执行率 | 资金用途 | 预算数 | …): (the right side's first
        # column, the left side's columns, the right side's)
        self.matrix_halves: tuple[int, dict[int, str], dict[int, str]] | None = None
        self.matrix_parts = False            # a 其中 row among the matrix's source rows
        self.matrix_spent_head = "全年执行数"
        self.matrix_points: str | None = None        # the points a matrix's 得分 head states (`得分（分值10分）`)
        self.matrix_options: dict[int, tuple[str, str]] = {}   # a 监控表 matrix's option columns: (head, option)
        self.matrix_note_heads: dict[int, str] = {}   # the matrix's note columns' heads (全年预计执行数, 偏差原因 …)
        self.matrix_heads: dict[int, str] = {}        # the matrix's value columns' heads (预算数, 执行数 …), by column
        self.matrix_group: str | None = None          # the 部门职责 over the matrix's task rows (merged down)
        self.sums: dict[str, tuple] = {}     # money fields from a table's 金额合计 row, where no label gives them
        self.total_score: tuple | None = None   # (score text, cell) of an indicator table's plain 合计 row
        # the score tables' own total rows: id of the cell of each one's score -> (that cell, the row's points); the
        # cell kept, its id no other's (a cell dropped by _set freed its id for the next cell made: review rv78)
        self.table_totals: dict[int, tuple[Cell, str | None]] = {}
        self.money_notes: tuple | None = None  # (grid, column) of the 备注 column of a `资金来源 | 金额 | 备注` block
        # a lone `其中` cell before its parts' names (`其中 | 专项债券资金 | 20000`, merged down over the parts or left
        # blank on their rows): (grid, its column, the names' column, the last row it covers or None)
        self.parts_head: tuple | None = None
        self.head_total = None               # a budget table's 合计 row right under its head (_closing_total)
        self.aside_cols: tuple | None = None  # (grid, columns) of a money block's year / share heads (_aside_cells)
        self.kind_col: tuple | None = None    # (grid, column, head) of a money table's 资金性质 column (_kind_column)
        self.kind_note: str | None = None     # the row's `资金性质：…`, its money line's note (_kind_column, _line)
        # a label naming the year's money alone on its row over its lines (`年度资金（万元）`), whose 合计 / 小计 / 金额合计
        # row closing the lines is the year's budget (_year_sum_row)
        self.year_head: Cell | None = None

    def _head_tails(self, row: Row, nxt: Row, amounts: Row | None, labels: bool = False) -> dict[int, str] | None:
        """_head_tails, its reading of the last three rows asked kept (read asks it with LABELS, _money_by_source of the
        same rows without)."""
        if amounts is None or row.grid is None or nxt.grid is not row.grid or amounts.grid is not row.grid:
            return None                  # (three rows of one grid or no tails: most rows, asked nothing more)
        got = self.tails_read
        if got is None or got[0] is not row or got[1] is not nxt or got[2] is not amounts:
            got = self.tails_read = (row, nxt, amounts, _head_tails_both(row, nxt, amounts))
        tails, labelled = got[3]
        return None if labelled and not labels else tails

    # ------------------------------------------------------------ driver
    def read(self) -> RawForm:
        f = self.form
        seg_titles = {id(t) for t in self.seg.titles}
        for i, row in enumerate(self.rows):
            if f.first is None and self.skip_to <= i:
                f.first = row.cells[0]
            if f.form_unit is None and (row.is_text_line or len(row.cells) <= 2 or (
                    not f.fields.keys() & L.MONEY_FIELDS and not f.budget_items and detect_header(row) is None)):
                # 金额单位：万元 on a line, or in a cell of its own beside 填报单位：… / 填报日期：… (a sheet's
                # row of three or more cells too, above the form's money and not a table's header, whose
                # `单位：万元` is its own columns'): a declaration of its own, not a header's `（万元）`
                f.form_unit = _row_unit(row)
            if f.form_unit is None and (row.is_text_line or len(row.cells) <= 2):
                # a note under the form (`注：表中金额单位为万元。`, `说明：本表金额单位为万元`) declares the unit of
                # the money above it when nothing before did
                f.form_unit = _row_footnote_unit(row)
            if "fill_date" not in f.fields and i and (line := _signoff_text(row)) is not None \
                    and (day := _signoff_day(line, [v.text for c in ("unit", "department")
                                                    if (v := f.fields.get(c)) is not None])) is not None \
                    and any(not r.is_text_line for r in self.rows[:i]) and self._under_form(i, day):
                # the day the form was signed off on a line of its own under its table (`（盖章）  二〇二四年三月十五日`,
                # `2024年3月15日`, `填报单位（盖章）：…中心  2024年3月15日` under a form stating its 实施单位): its
                # fill_date when none is stated (it gave none, hunt ti11); or in a cell of its own beside the
                # signer's (`填表人：李四 | 2024年3月15日`: it gave none, hunt ti13)
                self._set("fill_date", day, next((c for c in reversed(row.cells) if (c.text or "").strip()),
                                                 row.cells[0]))   # (at the day's cell, md13 of code review rd)
            # (is_title's and is_year_line's memos read first, as `profile` reads detect_header's: asked of every row)
            if (row._title if row._title is not None else is_title(row)) or id(row) in seg_titles:
                # (or a title the split gave the segment: a library's `…指标参考库` after a form)
                if self.table is not None and f.titles and any(
                        same_text(_title_unnumbered(row.cells[0].text), t) for t in f.titles):
                    # a running head printed again at the top of a page inside the form's table (`洞口县2024年项目
                    # 支出绩效目标表汇编` over each page, a page's number beside it or not, the page's break lost in a
                    # dump or not): no title of a new part, the table goes on under it (it ended the table there, the
                    # rows after it lost; or was an indicator, hunt ti8)
                    # (so does the title saying it goes on, `…绩效目标表（续）`: it ended the table, the next page's first
                    # rows given the next level's labels — hunt ly5)
                    continue
                self._flush()
                if not f.titles and (head := self._letterhead(i)) is not None:
                    f.letterheads.append(head)
                start = self._title_start(i, row)
                own = unwrapped_title(row.cells[0].text)
                pairs = _pairs_after_gap(own) if len(row.cells) == 1 else None
                if pairs is not None and _is_title_text(pairs[0]):
                    # `2024年度项目支出绩效目标表　　项目名称：新化县农村公路养护项目` on one line: the title, then past a
                    # wide gap the form's fields (the name was null, the title all of it: hunt ti7)
                    own = pairs[0]
                    for col2, value2, label2 in pairs[1]:
                        self._value(col2, value2, row.cells[0], None, label2)
                if "单位" in own:
                    # (`…项目绩效目标表          单位：万元` on one line: the unit the form's, read above, no word of
                    # its title — the title was all of it, hunt ti23)
                    own = _UNIT_AFTER_TITLE.sub("", own)
                own = _title_unnumbered(own)
                f.titles.append((start or "") + (clean(own) or ""))
                if (f.indicators or f.scores) and _LATE_REVIEW.search(bare_fold(f.titles[-1])):
                    f.late_titles.append(len(f.titles) - 1)
                if len(row.cells) == 2 and not row.is_text_line and id(row.cells[0]) not in self.consumed:
                    # `项目支出绩效目标表 | 项目名称：新化县农村公路养护项目` (`… | 部门：…`): the pair beside the title
                    # the form's field (it was lost with the title's row, the name null: hunt ti7)
                    self.consumed.add(id(row.cells[0]))
                    self._read_fields(i, row)
                continue
            if f.titles and i and row.is_text_line and len(row.cells) == 1 and self.table is None \
                    and row.cells[0].text.lstrip()[:1] in ("（", "(") and (
                        is_title(self.rows[i - 1]) or id(self.rows[i - 1]) in seg_titles
                        or is_year_line(self.rows[i - 1]) and i >= 2 and is_title(self.rows[i - 2])) \
                    and (body := _bracketed_body(row.cells[0].text)) is not None:
                # `（苍溪县水利局）` alone on the line under the title: the title's closing bracket naming whose form it
                # is, as `…绩效目标表（苍溪县水利局）` on one line (the body its department or unit where the form states
                # none; the line was dropped without a word, hunt ti24)
                f.titles[-1] += body
                continue
            if not row.is_text_line and 2 <= len(row.cells) <= 4 and row.cells[0].text.rstrip().endswith("制") \
                    and (printed := _printer_year(row)) is not None:
                # (only a body's name before 制, `…财政局制`, `…财政局印制`: an indicator's `健全农村公路管理体制 | 2027年`
                # no footer, its year none of the form's — review rd72)
                # `瑞金市财政局制 | | 2024年度`: a printer's footer with the year the form's are of, read as a year line
                # at the form's foot (after every other, the row read on as before: its pair in other_fields; the
                # form stating no year had none — hunt ti23's leftover, hunt ti24)
                f.year_texts.append(printed)
            if len(row.cells) <= 2 and self._doc_number(i, row):
                continue                         # `云财绩〔2024〕12号` by the title: the document's number, kept
            if (row._year if row._year is not None else is_year_line(row)) \
                    or ((row.is_text_line or _beside_units(row)) and _A_YEAR.search(fold(row.cells[0].text))
                                     and (len(row.cells[0].text.strip()) < 30 or _long_heading(row))
                                     and not _PUBLISHED.search(fold(row.cells[0].text))
                                     and not (row.is_text_line and any(not r.is_text_line for r in self.rows[:i])
                                              and signoff_line(
                                         row.cells[0].text, self.rows[i - 1].cells[0].text
                                         if i and self.rows[i - 1].is_text_line else None))):
                # (a report's heading, however long, `鄂尔多斯市康巴什区2024年智慧城市运营维护项目绩效评价报告` over its
                # 项目基本情况 table, the year of the project it evaluates — it was none, hunt nw12; a web page's
                # `发布时间:2022年09月12日` dates the page, not the form; a sign-off under the form's
                # tables, `杭州市临平区财政局 2022年3月18日` or `某某委员会` over `2024年1月10日`, says who signs and
                # when, not the form's year: a cover letter's or a notice's above the form still dates it)
                if is_year_line(row):
                    # `（2021年度）` under the title says the year; a date line (a notice's `2020年12月14日`
                    # above the form) only when no year line does
                    f.year_texts.insert(self.year_lines, row.cells[0].text)
                    self.year_lines += 1
                    continue
                f.year_texts.append(row.cells[0].text)
                if not row.is_text_line:
                    continue                     # (its unit was read above as the form's)
            if self.table is not None and not self.table[1] and i == self.header_at + 1:
                merged = merge_sub_header(self.table[0], row)
                if merged is not None:                # 指标值 over 符号 | 数值 | 单位: one header
                    self.table = (merged, [])
                    continue
                parent = _parts_under(self.table[0], row)
                ticks = _options_under(self.table[0], row) \
                    if parent is None or _ticked_below(self.rows, i, row) else None
                if ticks is not None:
                    # 偏差原因分析 over 经费保障 | 制度保障 | …, 完成目标可能性 over 确定能 | 有可能 | …, each row ticking one
                    # (a monitoring form): a tick is its column's option, under the head (the options' row was an
                    # indicator, each tick a bare √)
                    self.table = (ticks, [])
                    continue
                places = _places_under(self.table[0], row, parent) if parent is not None else None
                if places is not None:
                    # 区域目标值 over 全市 | 新罗区 | 永定区 …: the target is the whole area's (全市 / 合计, else the
                    # first place's), each other place's value a column of its own (a note `新罗区：≥1,000公里`);
                    # they were lost, the last place's value taken for the target
                    self.table = (places, [])
                    continue
                if parent is not None:
                    # 区域目标值 over 新罗区 | 永定区 | …: the places' names; 偏差原因分析及改进措施 over 偏差原因 |
                    # 改进措施: the parts of one column; the header cell spans their columns (a dump does not
                    # show that span)
                    h = self.table[0]
                    widths = dict(h.col_widths)
                    widths[parent] = max(widths.get(parent, 1), max(c.col + c.colspan for c in row.cells) - parent)
                    self.table = (Header(h.kind, h.cols, h.roles, h.row, h.extra, widths), [])
                    continue
            if i == self.tail_row:
                continue
            if self.table is None and i + 2 < len(self.rows) and (tails := self._head_tails(
                    row, self.rows[i + 1], self.rows[i + 2], labels=True)) is not None:
                joined = Row([replace(c, text=c.text.rstrip() + tails[c.col]) if c.col in tails else c
                              for c in row.cells], row.grid, row.r, row.order, row.page_break)
                got = self._matrix_header(joined.cells)
                if got is not None and len(got) > len(self._matrix_header(row.cells) or ()):
                    # `项目资金 | 年初 | 全年 | 全年 | 分值 | 执行率 | 得分` over `（万元） | 预算数 | 预算数 | 执行数` over the
                    # amounts: a self-evaluation's money heads a line break cut, read joined (the first line was taken
                    # for a score table's head, the money lost and its rows scored)
                    self.rows[i] = row = joined
                    self.tail_row = i + 1
            if self.table is not None and self._running_head(row):
                continue
            if self.skip_to <= i and (end := self._grade_scale(i, row)) is not None:
                self.skip_to = end               # 考核等次 | 优秀：90分以上；良好：… (or over a row a grade): the scale
                continue
            if self.skip_to <= i:
                end = self._subject_table(i, row)
                if end is not None:
                    self.skip_to = end           # 科目 | 合计 | 专项经费 | 自筹经费 and its rows: read
                    continue
            # (detect_header's memo read first: a call less a row, the header worked out as it does)
            header = (row._header if row._header.__class__ is not int else detect_header(row)) \
                or self._allocation_header(i, row)
            label_caption = None
            if header is None and (header := self._captioned_head(row)) is not None:
                label_caption = row.cells[0].text    # (`项目组成员 | 姓名 | 职务`: the table's caption, left of its head)
            if header is not None and self.table is not None and self.table[0].kind == "score" and self.table[1] \
                    and i + 1 < len(self.rows) and summary_block(row, self.rows[i + 1]) is not None:
                header = None        # (`综合评分 | 满分 | 自评分 | 复核分 | 等级` over `| 100 | 96 | 91 | 优`: the 评分表's
                # summary block, no new table of one row — the figures were a row `优`, the score lost; hunt sc10)
            context_head = None
            if header is None and i + 1 < len(self.rows):
                # 部门职责 | 工作任务 | 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标值: one header, the context's columns
                context_head = context_head_over(row, self.rows[i + 1])
                if context_head is not None:
                    header, self.tail_row = context_head, i + 1
            whole = _wrapped_header(row, self.rows[i + 1], header) \
                if i + 1 < len(self.rows) and (header is not None or self.table is None) and self.tail_row != i + 1 \
                else None
            if whole is not None:
                header, self.tail_row = whole, i + 1     # 年度指 | 实际完 over 标值 | 成值: 年度指标值 | 实际完成值
            elif header is not None and i + 1 < len(self.rows) and (
                    _header_tail(row, self.rows[i + 1]) or _head_rests(row, self.rows[i + 1], header)):
                self.tail_row = i + 1    # `偏差原因分析及改进措` over `施`, `一级 | 二级` over `指标 | 指标`: the cut head's rest
            if not header and self.table is None and self.skip_to <= i:
                end = project_list_end(self.rows, i)
                if end is not None:
                    # 序号 | 项目名称 | 主管部门 | 资金总额 over numbered rows: a list of projects (a workbook's
                    # 汇总表, a 项目库 sheet), no form's fields: its first row is not this form's name
                    self._flush()
                    self.form.warnings.append(warn(
                        "project_list", f"list of {end[1]} projects read as no form's fields: "
                        + " | ".join(clean(c.text) or "" for c in row.cells)[:160], row.cells[0]))
                    self.skip_to = end[0]
                    if not (f.fields or f.indicators or f.budget_items or f.scores):
                        # (the list, a workbook's 汇总 sheet, before anything of the form: the form starts after it,
                        # its page the form's own sheet, not the summary's — hunt of2)
                        f.first = None
            if self.skip_to > i:
                continue
            if header:
                if self.table is not None and _same_header(header, self.table[0]):
                    # the header repeated on the next page: same table; its second row too (经费保障 | 制度保障 | …
                    # under 偏差原因分析), when the first page's was the same words
                    sub = self.rows[self.header_at + 1] if self.header_at + 1 < i else None
                    nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
                    if sub is not None and nxt is not None and _words(nxt) and _words(nxt) == _words(sub) \
                            and not any(_DIGITS.search(c.text) for c in nxt.cells):
                        self.skip_to = i + 2
                    elif nxt is not None and nxt.grid is row.grid and row.page_break:
                        nxt.page_break = True    # (the page's first row of the table, under its head printed again)
                    continue
                above = self.rows[i - 1] if i > 0 else None
                self._caption_out_of_budget(above)
                self._flush()
                self.table = (header, [])
                self.header_at = i if context_head is None else i + 1
                # the line just above a table (二、加分事项): its caption
                self.caption = above.cells[0].text if above is not None and len(above.cells) == 1 else None
                self.label_caption = label_caption
                self.money_group = None
                self.matrix = None
                continue
            if self.table is not None and row.is_text_line and declared_unit(row.cells[0].text) is not None \
                    and self._head_again_after(i):
                continue    # `单位：万元` atop the next page over the table's head printed again: the table goes on (it
                # ended it there, the next page's first rows given the next level's labels — review rv55)
            if self.table is not None and self.table[1] and row.is_text_line and len(row.cells) == 1 \
                    and self._head_again_after(i) and (run := self._running_field(row.cells[0])) is not None:
                # `填报单位：某县环境卫生服务中心` right over the head printed again, inside a table read already: the next
                # page's running head, its field read, the table going on (it ended it there, as a unit line did)
                if run:
                    self._read_fields(i, row)
                continue
            if self.table is not None and self._score_line(row):
                self._flush()                        # 总分 | 100 | 得分 | 96 under a table without a 得分 column:
                self._read_fields(i, row)            # the form's score, no row of the table
                continue
            if self.table is not None:
                self.head_total = None
                if self._total_atop(i):
                    self.table[1].append(row)        # (its 合计 right under its head: the table goes on)
                    continue
                if self._closing_total(row):
                    self.table[1].append(row)        # 合计 | … | 100 | 97.95: the table's last row
                    if self._extra_rows_below(i):
                        # `加分项 | 工作创新 | … | 5 | 3`, `减分项 | … | -2` below a 评分表's 合计: rows of the table still
                        # (unparsed_row each, lost), a 最终得分 after them its total (the form's score)
                        self.extra_open = self.table
                        continue
                    if self.table[0].kind == "score" and i + 2 < len(self.rows) \
                            and summary_block(self.rows[i + 1], self.rows[i + 2]) is not None:
                        # `综合评分 | 总分 | 得分 | 等级` over `| 100 | 94 | 优` right under the 合计: the 评分表's summary
                        # block, read with its rows as above a table of no 合计 (two unparsed_row, the grade lost;
                        # hunt sc14)
                        self.table[1].extend(self.rows[i + 1:i + 3])
                        self.skip_to = i + 3
                    self._flush()
                    continue
                if self.head_total is row:
                    self.table[1].append(row)        # the table's total right under its head: its lines below
                    continue
                if self._sub_project_inside(i, row):
                    self._read_fields(i, row)        # (the next sub-project's name over its indicators: the table goes on)
                    continue
                if not self._ends_table(i, row):
                    if (note := self._remark_row(row)) is not None:
                        # (a dump's `备注：… |  |  | …` row across the table: the form's remark, as the sheet's merged
                        # row, a text line, is — the office file kept it, the dump dropped it)
                        self._remark(note, row.cells[0])
                    elif not (row.is_text_line and _ATTACHMENT.match(fold(row.cells[0].text))):
                        self.table[1].append(row)    # (a page's running header 附件2 is none of its rows)
                    continue
                if row.is_text_line and self._remark_inside(i):
                    # 备注：… between two rows of the table (a sheet's merged row, or a dump's line): the form's
                    # remark, the table going on (it was dropped; a dump's cut the table, its rows lost, review rv68)
                    # (another `label：value` there, `实施单位：…` / `资金总额：640万元`, is the form's field, read as
                    # under the form — it was dropped without a word, review rd)
                    if (note := _remark_pair(row.cells[0].text)) is not None:
                        self._remark(note, row.cells[0])
                    else:
                        self._read_fields(i, row)
                    continue
                if (pairs := self._pairs_row_inside(i, row)) is not None:
                    # (`联系人：王芳 | 联系电话：…` between two indicator rows in the grid: the form's fields, as on a line
                    # of their own there — hunt pr3; the pairs all left blank hold nothing, read as none — their
                    # label took the row below for its value, `联系电话：` the next indicator's levels, review rv82)
                    if any(val for _, val, _ in pairs):
                        self._read_fields(i, row)
                    continue
                ended = self.table[0].kind
                self._flush()
                if ended == "indicator" and self._keep_money_table(i, row):
                    continue
            notes_open, self._notes_open = self._notes_open, row.is_text_line and footnote_lead(row.cells[0].text)
            if row.is_text_line and self.form.indicators and join_footnotes(self.form.indicators, row.cells[0].text,
                                                                           continued=notes_open):
                self._notes_open = True          # (`注：` over `1.以…为准；` over `2.…`: the lead's list, line by line)
                continue                         # `注：①以…为准` under the table: the marked targets' notes
            if not row.is_text_line:
                self.carry_l1 = None             # (a row of fields between two indicator tables: a new table)
            elif (l1 := _level1_heading(row)) is not None:
                # `<h3>产出指标</h3>` over a table of 二级指标 | 三级指标 | 指标值, `<h3>效益指标</h3>` over the next: the
                # level 1 of the table below it (its rows had none, then the level 1 of the table above)
                self.carry_l1 = l1
            if self.step_head is not None and _schedule_step(row, self.step_head, going=bool(self.steps)):
                self.steps.append((clean(row.cells[0].text) or "", clean(row.cells[1].text) or "", row.cells[0]))
                continue
            self._read_fields(i, row)
            self._year_side(row)
        self._flush()
        self._steps_kept()
        self._finish()
        return f

    def _schedule_starts(self, i: int, row: Row) -> bool:
        """Does a schedule's first step under the indicator table (see _schedule_step) start at row i, or its caption
        alone over it (`实施进度安排`)? Its steps end the table (they were indicators of the last level 1 and 2, the
        day their target, the caption one of no target, hunt ti14); the table's head is kept to know the steps by."""
        if self.table is None or self.table[0].kind != "indicator" or not self.table[1]:
            return False
        head = self.table[0]
        if not (_schedule_step(row, head) or len(row.cells) == 1 and i + 1 < len(self.rows)
                and _schedule_step(self.rows[i + 1], head)):
            return False
        self.step_head = head
        return True

    def _steps_kept(self) -> None:
        """A schedule's steps under the indicator table (`项目启动 | 2024年3月1日`, see _schedule_step): the form's plan,
        each step its stage and time, apart by `；` as a schedule table's (`项目启动 2024年3月1日；完成验收 2024年11月`);
        under a form stating its plan already, each kept in other_fields under its stage."""
        dated = [s for s in self.steps if _dated_label(s[0]) or _body_label(s[0])]
        steps = [s for s in self.steps if not (_dated_label(s[0]) or _body_label(s[0]))]
        if steps and "plan" not in self.form.fields:
            self._set("plan", "；".join(f"{stage} {when}" for stage, when, _ in steps), steps[0][2])
            steps = []
        for stage, when, at in steps + dated:
            self.form.other.append((stage, when, at))

    def _doc_number(self, i: int, row: Row) -> bool:
        """A document's number on a line of its own by the form's title (`云财绩〔2024〕12号`, a 评价结果反馈表 issued as
        an official paper), or beside its issuer (`贵州省财政厅 | 黔财绩〔2024〕7号`): kept in other_fields as
        `发文字号`, the issuer as `发文机关` — the body beside it, else the letterhead's line alone right above the title
        (`云南省财政厅`). Both were lost (hunt fam6's leftover, hunt fam7). True if the row was one."""
        if not _DOC_NUMBER.match(clean(row.cells[-1].text) or ""):
            return False                 # (asked of every row of two cells or fewer: its last cell alone cleaned first)
        texts = [clean(c.text) or "" for c in row.cells]
        if i > 12 and any(not r.is_text_line for r in self.rows[:i]):
            return False                 # (only the form's top rows can be: the first 12, or any under text lines only,
            # a cover letter's before the paper's own head on its next page — it was lost past the 12th, hunt ti10)
        # (a day may stand between the number and the title under it, `洞教发〔2024〕12号` / `2024年3月15日` / title: the
        # number was lost, review rv31; a day only — another paper's number there is the one over the title, a paper
        # has one, GB/T 9704's joint paper the lead issuer's: it was stepped over, the two joined, mend md4)
        day = 1 if i + 2 < len(self.rows) and len(self.rows[i + 1].cells) == 1 \
            and _DAY_LINE.match(clean(self.rows[i + 1].cells[0].text) or "") is not None else 0
        if not any(0 <= k < len(self.rows) and is_title(self.rows[k]) for k in (i - 1, i + 1 + day)):
            if len(texts) == 1 and any(self._number_by_title(k) for k in (i - 1, i + 1)):
                # a second number on its own line next to the paper's (`洞财发〔2024〕5号` / `洞教发〔2024〕12号` / title:
                # a joint paper's co-issuer's, or another paper's): not the 发文字号 (mend md4: the one by the title
                # is), kept as `其他发文字号` — it was dropped with no word, review rv34
                self.form.other.append(("其他发文字号", texts[-1], row.cells[-1]))
                return True
            return False                 # (a number by no title is one cited: a 政策依据's wrapped onto a line of its
            # own, `云南省财政厅 | 云财农〔2024〕12号` under `下达单位 | 资金文号`; they were the form's own, review rv16)
        issuer = texts[0] if len(texts) == 2 else None
        if issuer is not None and (org_kind(issuer) or (None,))[0] != issuer:
            return False
        if issuer is None:
            tops = [k for k, r in enumerate(self.rows[:i]) if is_title(r)]
            k = min([i] + tops[:1]) - 1  # (the letterhead over the number over the title, a red-headed paper's
            # order, `云南省财政厅` / `云财绩〔2024〕15号` / title: it was no issuer, review rv16)
            for _ in range(2):           # (over a second number or a day over the paper's number, `洞教发〔2024〕12号`
                # / `洞财发〔2024〕5号` / title: the letterhead above them; the search stopped at that line, the 发文机关
                # lost, review rv34)
                t = clean(self.rows[k].cells[0].text) or "" if k >= 0 and len(self.rows[k].cells) == 1 else ""
                if not (_DOC_NUMBER.match(t) or _DAY_LINE.match(t)):
                    break
                k -= 1
            # (a joint paper's letterhead, its bodies side by side, `某某市财政局  某某市发展和改革委员会` in one line
            # or two cells, or one a line over each other: every body, joined by `、` — it was none, or the last line's
            # alone, hunt fam9)
            bodies, head = self._head_bodies(k) if k >= 0 else ([], [])
            issuer = "、".join(bodies) or None
            for r in head:
                if len(r.cells) > 1:     # (the bodies in cells side by side, kept here: no row left unread)
                    at = (r.cells[0].page, r.cells[0].line)
                    self.form.warnings[:] = [w for w in self.form.warnings
                                             if not (w.code == "unparsed_row" and (w.page, w.line) == at)]
        if issuer:
            self.form.other.append(("发文机关", issuer, row.cells[0]))
        self.form.other.append(("发文字号", texts[-1], row.cells[-1]))
        return True

    def _number_by_title(self, k: int) -> bool:
        """Is row K a paper's number on a line of its own right under or right over the title, or over a day over it
        (`_doc_number`'s own number)?"""
        if not 0 <= k < len(self.rows) or len(self.rows[k].cells) != 1 \
                or not _DOC_NUMBER.match(clean(self.rows[k].cells[0].text) or ""):
            return False
        day = 1 if k + 2 < len(self.rows) and len(self.rows[k + 1].cells) == 1 \
            and _DAY_LINE.match(clean(self.rows[k + 1].cells[0].text) or "") is not None else 0
        return any(0 <= j < len(self.rows) and is_title(self.rows[j]) for j in (k - 1, k + 1 + day))

    def _letterhead(self, i: int) -> str | None:
        """The letterhead over the title at row I: a text line of one body's name alone (`湖南省洞口县教育局`, org_kind
        the whole of it) right above it, or above the paper's number or a day between (`洞教发〔2024〕12号`,
        `2024年3月15日`: it was none, hunt ti9; up to three lines, two numbers and a day, review rv34), not a finance
        office's or a county's government (they gather or send others' forms: orgs.collector), nor a joint paper's (its
        bodies one a line: whose form, not plain); else None."""
        k = i - 1
        while k >= 0 and i - k <= 3 and len(self.rows[k].cells) == 1 and _BETWEEN_HEAD.match(
                clean(self.rows[k].cells[0].text) or ""):
            k -= 1
        if k < i - 1 and any(not r.is_text_line for r in self.rows[:k]):
            return None          # (a body and a day over a title below a table: the sign-off under the form above)
        above = self.rows[k] if k >= 0 else None
        if above is None or len(above.cells) != 1 or is_title(above) or is_year_line(above):
            return None
        bodies = self._head_bodies(k, lone=True)[0]
        if len(bodies) != 1:
            return None
        text = bodies[0]
        got = org_kind(text)
        return text if got is not None and got[0] == text and not collector(text) else None

    def _head_bodies(self, k: int, lone: bool = False) -> tuple[list[str], list[Row]]:
        """The bodies a letterhead ending at row K names: its line's, and a joint paper's on the lines right above it
        (`某某省财政厅` over `某某省农业农村厅`), each of the same place as the lowest and none a government over its
        departments (`洞口县人民政府` over `洞口县教育局`) nor a line printed again lower in the document (a running
        header over each page): those are no co-issuers (they were joined, review rv23's leftover; hunt ti9). LONE: row
        K may be a row of one cell that is no text line (a sheet's merged row, as `_letterhead` read it). Returns the
        bodies and their rows; no side effect (the caller that keeps the bodies drops their rows' unparsed_row warnings:
        a row of bodies side by side was neither kept nor warned when `_letterhead` found three, review md1)."""
        bodies: list[str] = []
        rows: list[Row] = []
        first = k
        while k >= 0 and len(bodies) < 4 and (names := _letterhead_bodies(self.rows[k], lone and k == first)):
            if bodies and not _co_issuers(names, bodies, self.rows[k], self.rows[first + 1:]):
                break
            bodies[:0] = names
            rows.insert(0, self.rows[k])
            k -= 1
        return bodies, rows

    def _running_field(self, cell: Cell) -> bool | None:
        """Is CELL a known field of the form with its value (`填报单位：某县环境卫生服务中心`, `主管部门：…`), so over a
        table's head printed again a page's running head? True to read it, False when it says nothing new (`项目名称：…`
        naming the project read), None when it is none (no field; `项目名称：…` naming another opens another's form).
        A value other than the field's read is kept under its label (`主管部门：某县城管局` on page 2 under page 1's
        `某县住建局`: it was dropped without a word; hunt ly7)."""
        pair = _PAIR_CELL.match(cell.text.strip())
        col = FIELD_INDEX.get(label_key(pair.group(1))) if pair is not None and pair.group(2).strip() else None
        old = self.form.fields.get(col) if col is not None else None
        if col in ("name", "project_code"):
            return False if old is not None and same_text(old.text, pair.group(2)) else None
        # (`实施单位：…中心（盖章）` under `实施单位 | …中心`: the same unit, its stamp's place no part of it — it was kept
        # as another value, review rd)
        if col is None or old is None \
                or same_text(drop_stamp_note(col, old.text), drop_stamp_note(col, pair.group(2))):
            return None if col is None else True
        value = drop_stamp_note(col, clean(pair.group(2)) or pair.group(2))     # (as the field's own would be)
        self.form.other.append((label_key(pair.group(1)), value, cell))
        return False

    def _running_head(self, row: Row) -> bool:
        """Is ROW, inside a table, a page's running head naming the form's project beside its title
        (`新化县农村公路养护项目 | 2024年度项目支出绩效目标表`, a page's number beside them)? It is no row of the table (it
        was an indicator named after the project: hunt ti7)."""
        if not 2 <= len(row.cells) <= 3 or (name := self.form.fields.get("name")) is None:
            return False
        own = bare_fold(name.text)
        titled = named = False
        for c in row.cells:
            t = bare_fold(c.text)
            if not titled and _is_title_text(c.text):
                titled = True
            elif not named and t and (t == own or t == "项目名称:" + own):
                named = True
            elif not is_page_furniture(c.text.strip()):
                return False
        return titled and named

    def _title_start(self, i: int, row: Row) -> str | None:
        """The first line of a title broken over two (`浦城县2024年度县级预算项目` over `绩效目标表`, `宁德市2024年市级
        财政项目支出` over `绩效目标表`): the line right above a title that is the form's name alone, ending in the word
        that name goes on from (项目, 支出, 资金 …), no label, sentence or title of its own; else None. (The title kept
        only its second line.)"""
        if i == 0 or len(row.cells) != 1:
            return None
        above = self.rows[i - 1]
        # (its year in brackets after it, `绩效目标表（2024年度）`, no part of the name: the first line was lost, hunt ti13;
        # or before it, `2024年度绩效目标表` under `隆回县交通运输局农村公路养护项目`: the title was its second line,
        # hunt ti15)
        name = _title_key(_BRACKETED_YEAR.sub("", LEAD_YEAR.sub("", row.cells[0].text, count=1)))
        if len(above.cells) != 1 or above.grid is not row.grid or is_title(above) or len(name) > 14 \
                or _DIGITS.search(name) or not L.FORM_TITLE.search(name):
            return None
        text = clean(above.cells[0].text) or ""
        key = _title_key(text)
        if not 4 <= len(key) <= 40 or re.search(r"[:：。，,；;!！?？]", key) \
                or not (_TITLE_START_END.search(key) or _cut_in_form_words(key, name)) \
                or is_year_line(above) or _ATTACHMENT.match(key) or match_field(text) or is_block_label(text):
            return None
        if i >= 2 and len(lead := self.rows[i - 2].cells) == 1 and self.rows[i - 2].grid is row.grid \
                and not is_title(self.rows[i - 2]) and not is_year_line(self.rows[i - 2]) \
                and _TITLE_YEAR_LEAD.match(first := clean(lead[0].text) or "") and not match_field(first):
            # a title over three lines, its place and year on the first (`洞口县2024年` / `学生资助项目` / `绩效目标表`):
            # the three (the first was lost, hunt ti13)
            return first + text
        return text

    def _allocation_header(self, i: int, row: Row) -> Header | None:
        """The header of an allocation table printed before its form (`属地 | 金额 | 项目`) under a caption
        naming the fund the form's title names (秀屿区2025年省级第七批水利专项资金安排表 over a
        秀屿区2025年省级第七批水利专项资金绩效目标表): its rows are the form's budget lines, each place's
        project and amount. Under a caption naming another fund (a notice's 民族发展专项资金分配表 before
        a form of 宗教管理经费), or with no caption, the table is no part of the form: None."""
        above = self.rows[i - 1] if i > 0 else None
        if row.is_text_line or len(row.cells) < 3 or above is None or not above.is_text_line:
            return None
        fund = _fund_of(above.cells[0].text, _ALLOCATION_TITLE)
        if fund is None:
            return None
        # the fund the form names: in its title (秀屿区…水利专项资金绩效目标表), or as its 项目名称 (a 专项转移支付
        # 绩效目标表 whose 项目名称 is 民族发展专项资金, under 2025年龙岩市民族发展专项资金分配)
        names = [_fund_of(t.cells[0].text, FORM_TITLE_END) for t in self.seg.titles] + [
            bare_fold(v) for r in self.seg.rows for c, v in _row_fields(r) if c == "name" and v]
        if fund is None or not any(n and (n == fund or len(n) >= 6 and fund.endswith(n)) for n in names):
            return None
        cols: dict[str, int] = {}
        for c in row.cells:
            k = label_key(c.text)
            if k in _SEQ_HEADS and not cols:
                continue                         # 序号 first: the lines' numbers
            role = "group" if k in _PLACE_HEADS else "name" if k in _PROJECT_HEADS else \
                "amount" if cell_header_matches(c.text).get("budget", ("",))[0] == "amount" else None
            if role is None or role in cols:
                return None                      # a column of another kind: not this table
            cols[role] = c.col
        if cols.keys() != {"group", "name", "amount"}:
            return None
        return Header("budget", cols, sorted(cols, key=lambda r: cols[r]), row)

    def _closing_total(self, row: Row) -> bool:
        """A 合计 row under a self-evaluation's indicator table with a 得分 column: it closes the table
        and its score is the form's (the indicator reader takes it); a 合计 / 总计 row under a budget table's
        lines closes it too (the budget reader skips it)."""
        header = self.table[0] if self.table is not None else None
        if header is not None and header.kind == "budget" and not row.is_text_line:
            words = [c for c in row.cells if not is_number(c.text) and not is_placeholder(c.text)]
            # 合计 | (empty) | 2,600,000.00 under the lines: the table's total, read with it (skipped as a line); the
            # template's dashes in the other columns (`金额合计 | 682000.00 | ----- | -----`) are no words
            if not (len(words) == 1 and label_key(words[0].text) in ("合计", "总计", "金额合计")
                    and any(is_number(c.text) for c in row.cells)):
                return False
            before = set(self.sums)
            self._table_total(header, row)
            for k in self.sums.keys() - before:
                self.sum_heads[k] = header.row   # (the list's head: its 合计 is dropped with a list not the form's)
            # (a 合计 row right under the head, the places or lines below it — `地区 | 合计 | 中央资金 | 省级资金` over
            # `合计 | 1000 | 600 | 300` then a row per county: the table's total all the same, the form's money; the
            # table goes on under it — the total was skipped as a line and lost, budget_fiscal with it, hunt mn10)
            # (so a 合计 row of a first column of lines, `支出内容 | 金额` over `合计 | 180`, `土地平整 | 100` …: the table
            # goes on under it, its lines `composition` as under a total last — the 合计 ended it, the lines read as
            # sources of the block above, the total unchecked; hunt mn23)
            self.head_total = None if self.table[1] else row
            return bool(self.table[1])
        if header is None or row.is_text_line or not (header.kind == "score" or (
                header.kind == "indicator" and "score" in header.cols)):
            return False
        if header.kind == "score" and labelled_total(row.cells) is not None:
            return True                              # `合计：100 | 得分：87.5`: the table's 合计, its cells labelled
        # (100%; `99.06（优秀）`: the score with its grade; `#N/A`: a score its formula failed to compute)
        # (`90/88` under a 分值/得分 head: the full marks and the score)
        # (`合计 | 100 | 87.5 | 共扣12.5分`: the 扣分原因 column's words on the 合计 are no label of the row — it left the
        # table, an unparsed_row, the form's score lost; hunt sc9)
        # (…nor a 备注 / 复核意见 column's, `合计 | 100 | 94 | 较上年提高3分`, nor a letter grade under a grade's head,
        # `合计 | 100 | 95 | 87 | A | B`: the row left the table, its score lost; hunt sc10)
        words = [c for c in row.cells if not is_number(c.text) and not _percent_points(c.text)
                 and not score_with_grade(c.text) and not EXCEL_ERROR.match(c.text) and not points_pair(c.text)
                 and not (header.kind == "score" and c is not row.cells[0] and (total_row_word(header, c)
                                                                                 or points_worded(header, c)))]
        if len(words) == 2 and GRADE_WORD.match(words[-1].text):
            words = words[:1]                        # 总分 | 100 | 96 | 优
        elif len(words) == 3 and GRADE_WORD.match(words[-1].text) and GRADE_WORD.match(words[1].text + "：" + words[2].text):
            words = words[:1]                        # 合计 | 100 | 96 | 自评等级 | 优 (the row left the table, its score lost)
        elif len(words) == 3 and GRADE_WORD.match(words[1].text) and GRADE_WORD.match(words[2].text):
            words = words[:1]                        # 合计 | 100 | 96 | 88 | 优 | 良 under `自评等级 | 复核等级` (the row
            # left the table, its scores lost: an unparsed_row, hunt sc9)
        # (past the 合计 and the 加分项 / 减分项 rows below it, `最终得分 | 93` / `综合得分 | 93`: the table's last row)
        return len(words) == 1 and (label_key(words[0].text) in ("合计", "总计", "得分合计", "总分", "总得分") or (
            self.extra_open is not None and self.extra_open is self.table
            and match_field(words[0].text) == ("score", None))) \
            and any(is_number(c.text) or score_with_grade(c.text) or points_pair(c.text) for c in row.cells)

    def _total_atop(self, i: int) -> bool:
        """Is rows[i], a 评分表's 合计, written right under its head with the table's rows below it (`合计 | 100 | 93`
        then `产出指标 | 数量指标 | 培训人数 | 30 | 30`)? It closes nothing then: a row of the table, read as its total
        (it ended the table, its rows unparsed and lost — hunt ly11; so under a scored indicator table's head, `合计 |
        … | 100 | 90` over `产出指标 | … | ≥1200人次 | 1250人次 | 30 | 30`: the form of no indicator — review rv87)."""
        head = self.table[0] if self.table is not None else None
        if head is None or self.table[1] or i + 1 >= len(self.rows) \
                or not (head.kind == "score" or head.kind == "indicator" and "score" in head.cols):
            return False        # (a budget table's 合计 is _closing_total's to read, once: it sums as it reads)
        # (an indicator table with a 得分 column too, as _closing_total closes it: its rows were lost — review rd C2)
        nxt = self.rows[i + 1]
        # (a row below opening with a money field's label, `财政资金 | 100 | 95 | 90`, is the next block's: the 合计 closes
        # the table, as before — it was taken for a score row, the money lost, review rd C1)
        return not nxt.is_text_line and len(nxt.cells) >= 3 and any(is_number(c.text) for c in nxt.cells[1:]) \
            and (match_field(nxt.cells[0].text) or ("",))[0] not in L.MONEY_FIELDS \
            and self._closing_total(self.rows[i]) and not self._closing_total(nxt)

    def _extra_rows_below(self, i: int) -> bool:
        """Is the row after rows[i] (a 评分表's 合计, in its grid) a 加分项 / 减分项 / 扣分项 row of the table, its level
        named so (`加分项`, `减分项（5分）`, `特色加分`) and a figure on it?"""
        if self.table is None or self.table[0].kind != "score" or i + 1 >= len(self.rows):
            return False
        row, nxt = self.rows[i], self.rows[i + 1]
        if nxt.is_text_line and len(nxt.cells) == 1 and EXTRA_LEVEL.match(fold(nxt.cells[0].text)) is not None:
            # `加分项（5分）` on a line of its own over `| 工作创新 | … | 5 | 3`: the section's head, its rows under it
            # (they were unparsed_row each, lost, review rv11)
            after = self.rows[i + 2] if i + 2 < len(self.rows) else None
            return after is not None and not after.is_text_line and len(after.cells) >= 2 \
                and any(is_number(c.text) for c in after.cells[1:])
        # (a 序号 column's number before the level, `5 | 加分项 | 工作创新 | … | 2`: the row's first words the level's —
        # they were unparsed_row, review rv11)
        cells = nxt.cells[1:] if nxt.cells and _ROW_NO.match(fold(nxt.cells[0].text).strip()) else nxt.cells
        return nxt.grid is row.grid and not nxt.is_text_line and len(cells) >= 2 \
            and EXTRA_LEVEL.match(fold(cells[0].text)) is not None \
            and any(is_number(c.text) or SCORE_CAP.match(fold(c.text)) for c in cells[1:])
        # (`减分项 | 扣分上限10分`, its cap and no score: a row of the table too — an other field, hunt sc9)

    def _table_total(self, header: Header, row: Row) -> None:
        """A budget table's total row under columns of the money's parts (预算金额（万元） over 总额 | 财政拨款 |
        其他资金, a 部门整体 form's tasks): the form's money fields, where no label gave them (金额合计 | 1260.50 |
        1230.50 | 30.00 was the only place the form states them)."""
        parts = {r[4:]: col for r, col in header.extra.items() if r.startswith("col:")}
        if "amount" not in header.cols:
            return
        unit = next((u for c in header.row.cells for u in [declared_unit(c.text)] if u), None)
        by_col = {c.col: c for c in row.cells if is_number(c.text)}
        if not parts:
            # `合计 | 500` under `项目预算（万元） | 明细 | 金额 | 测算依据` (a breakdown of the project's money, no other
            # place stating it): the project's money, when the form gives neither its total nor its year's budget
            # (it was lost without a warning)
            if header.cols["amount"] in by_col:
                c = by_col[header.cols["amount"]]
                self.sums.setdefault("_lines_total", (c.text, c, unit or self.block_unit or self.form.form_unit))
            return
        named = [("budget_total", header.cols["amount"])] + [
            (m[0], col) for head, col in parts.items() for m in [match_field(head)]
            if m is not None and m[1] is None and m[0] in L.MONEY_FIELDS]
        self._sources_total(parts, by_col, unit)
        for field_name, col in named:
            if col in by_col and field_name not in self.form.fields:
                # kept aside until the form ends: a 部门整体 form's task total is its 项目支出, and the 资金总额 the
                # form states below wins
                self.sums.setdefault(field_name, (by_col[col].text, by_col[col], unit))

    @staticmethod
    def _source_notes_unit(header: Header, recs: list[dict], unit: str | None) -> None:
        """`子项目名称 | 合计 | 上级补助 | 本级配套 | 自筹` (each line's money 合计, its sources after it, kept in the line's
        note): a bare figure under a source's head is in the table's unit, `上级补助：200万元` (the note said `上级补助：200`,
        its unit lost — hunt mn7)."""
        at = header.cols.get("amount")
        head = next((c for c in header.row.cells if c.col == at), None)
        if unit is None or head is None or label_key(head.text) not in _SUM_AMOUNT_KEYS:
            return
        heads = {r[4:] for r in header.extra if r.startswith("col:") and L.SOURCE_HEAD_WORD.search(r[4:])}
        for r in recs:
            if not r.get("note"):
                continue
            pieces = r["note"].split("；")
            for k, piece in enumerate(pieces):
                name, sep, figure = piece.partition("：")
                if sep and name in heads and BARE_FIGURE.match(figure):
                    pieces[k] = f"{name}：{figure.strip()}{unit}"
            r["note"] = "；".join(pieces)

    def _sources_total(self, parts: dict[str, int], by_col: dict[int, Cell], unit: str | None) -> None:
        """`子项目名称 | 合计 | 上级补助 | 本级配套 | 自筹` over its 合计 row (each line's money, then the sources it comes
        from): the fiscal sources' sum budget_fiscal, the others' (自筹, 社会资金, 其他资金) budget_other, kept aside as
        _table_total's fields are (only a column named as a field was read: 自筹, the fiscal money lost). Only when every
        column of a figure in the row is a source's and none is the fiscal field's own (财政拨款 beside 上级补助: which
        holds which is not told)."""
        kinds: dict[int, str] = {}
        for head, col in parts.items():
            if col not in by_col:
                continue                    # (备注, 测算依据: no figure in the total row)
            key = label_key(head)
            m = match_field(head)
            if m is not None and m[1] is None and m[0] == "budget_fiscal":
                return
            if not (_is_source(head) or L.OTHER_MONEY.fullmatch(key) or (m is not None and m[0] == "budget_other")):
                return
            kinds[col] = "budget_other" if L.OTHER_MONEY.fullmatch(key) or (m is not None and m[0] == "budget_other") \
                else "budget_fiscal"
        if len(kinds) < 2 or "budget_fiscal" not in kinds.values():
            return
        for field_name in ("budget_fiscal", "budget_other"):
            cols = [col for col, k in kinds.items() if k == field_name]
            nums = [parse_number(by_col[c].text) for c in cols]
            if cols and None not in nums and field_name not in self.form.fields:
                self.sums.setdefault(field_name, (_plain_number(str(sum(Decimal(str(v)) for v in nums))),
                                                  by_col[cols[0]], unit))

    def _score_line(self, row: Row) -> bool:
        """`总分 | 100 | 得分 | 96 (| 等次 | 优)` under a table whose header names no 得分 column: the full marks and
        the form's score, each after its own label."""
        header = self.table[0] if self.table is not None else None
        if header is None or row.is_text_line or "score" in header.cols:
            return False
        cells = row.cells
        for k, first in enumerate(cells):    # (the first word; the rest only when it is a total's label)
            if not is_number(first.text) and not _percent_points(first.text):
                break
        else:
            return False
        if label_key(first.text) not in ("总分", "总得分", "综合得分", "合计"):
            return False
        for w in cells[k + 1:]:
            if not is_number(w.text) and not _percent_points(w.text) and label_key(w.text) in _SCORE_WORDS:
                return True
        return False

    def _under_form(self, i: int, day: str) -> bool:
        """Is the sign-off line i (its day DAY, see _signoff_day) the form's: not under a line of bodies' names alone
        (`洛阳市财政局 | 洛阳市农业农村局` over `2023年6月12日`: a notice's sign-off, the paper's day), and a day alone
        right under the table's rows or under a sign-off's line (not under a text line of other words, `XX会计师事务所
        有限公司` over a report's day: the evaluator's)?"""
        above = self.rows[i - 1]
        texts = [t for c in above.cells if (t := SIGN_MARK.sub("", fold(c.text)).strip())]
        if texts and all(org_kind(t) is not None for t in texts):
            return False
        if bare_fold(self.rows[i].cells[0].text) != bare_fold(day) or not above.is_text_line:
            return True
        t = above.cells[0].text
        return signoff_cell(t) or _SEAL_ONLY.match(fold(t).strip()) is not None or _signoff_day(t) is not None

    def _remark_inside(self, i: int) -> bool:
        """Is text line i a remark (备注：…) with rows of the current table's grid on both sides (an indicator table's
        rows going on after it in a dump's grid of its own too: `_indicators_go_on`)?"""
        rows = self.table[1] if self.table is not None else []
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        return bool(rows) and nxt is not None and not nxt.is_text_line \
            and (nxt.grid is rows[-1].grid or self.table[0].kind == "indicator" and self._indicators_go_on(i)) \
            and (is_remark(t := self.rows[i].cells[0].text) or spaced_pair(t) is not None) and not detect_header(nxt) \
            and not (self._pairs_line(self.rows[i]) and not self._indicators_go_on(i))
        # (`填表人：宋佳 | 联系电话：…` over `填报日期： | 2023年11月30日`: the form's fields, no remark; they were lost;
        # `填表日期：2026年1月15日` that stood right of the table's last row, core._signoff_tail: the form's, as
        # under the table — it was skipped as a remark; `联系电话：…` between two indicator rows, the rows going on
        # under it, is read as the form's field and the table goes on — it ended the table, the rows after it lost;
        # so is a head's pair of no colon, `项目负责人 王建国`, core.spaced_pair, review rv76)

    def _leaders_phone_aside(self, old: RawValue, text: str, cell: Cell, unit: str | None, rank: int) -> bool:
        """Two phones, each on the row of its person (`项目负责人 | 王建国 | 联系电话 | 139…` and `填报人 | 李红 | 联系电话 |
        0564-…`, either first): the contact's the column's, the leader's kept as `项目负责人电话` — as a leader's number
        written with the name is (it was the column's when its row came first, review rv100); a sign-off's person's
        the same under the role's label (`单位负责人 | 张强 | 联系电话 | 139…`: `单位负责人电话`, hunt pr7). True if so."""
        owners = (self._phone_owner(old.cell), self._phone_owner(cell))
        if "contact" not in owners or None in owners or owners[0] == owners[1]:
            return False
        if owners[0] != "contact":
            self.form.other.append((_person_phone_label(owners[0]), clean(old.text) or old.text, old.cell))
            self.form.fields["phone"] = RawValue(text, cell, unit, rank=rank)
        else:
            self.form.other.append((_person_phone_label(owners[1]), clean(text) or text, cell))
        return True

    def _contacts_own_phone(self) -> RawValue | None:
        """The contact's number written with the name when the form states no phone (`联系人及电话 | 张三 0991-7654321`
        beside `项目负责人 | 李四 139…`): the form's phone (normalize_project takes it), the leader's kept beside it as
        `项目负责人电话` (the leader's was the form's, the contact's lost — hunt pr7); else None."""
        contact = self.form.fields.get("contact")
        m = PERSON_PHONE.match(clean(contact.text) or "") if contact is not None else None
        if m is None or _DATE8.match(m.group("phone")):
            return None                 # (`填报人 | 张敏 20230115`: the day the form was filled in, no phone)
        return RawValue(m.group("phone"), contact.cell, None)

    def _phone_owner(self, cell: Cell) -> str | None:
        """Whose is a phone on CELL's row: `leader` or `contact`, the one whose name is on that row, or a sign-off's
        role kept in other_fields on it (`单位负责人`), else None."""
        where = (cell.page, cell.row, cell.line)
        owners = [who for who in _PERSON_PHONE_LABEL if (p := self.form.fields.get(who)) is not None
                  and (p.cell.page, p.cell.row, p.cell.line) == where]
        roles = [name for name, _, at in self.form.other
                 if at is not None and (at.page, at.row, at.line) == where and is_role_label(name)]
        return owners[0] if len(owners) == 1 and not roles else roles[0] if len(roles) == 1 and not owners else None

    def _other_value(self, col: str, old: RawValue, text: str, cell: Cell, label: str, rank: int) -> None:
        """Two labels of the contact naming two people (`填报人：张华  联系人：王芳`, either order), or of the phone giving
        two numbers (`办公电话：0371-… | 手机：138…`): the better-ranked label's the column's, the other kept in
        other_fields under its label (`{"填报人": "张华"}`, `{"办公电话": "0371-…"}`; it was dropped without a word,
        hunts pr3 and pr4)."""
        own = label_key(_LABEL_COLON.sub(r"\1", label.strip()))
        if col in _PERSON_TITLE_LABEL and _SIGNER_NOBODY_RE.match(clean(text) or "") is not None:
            return              # (`经办人：无`, `审核人：待定` beside the form's person: nobody named — it was kept, hunt pr9)
        if old.rank <= rank:
            self.form.other.append((own, clean(text) or text, cell))
            return
        self.form.other.append((L.FIELD_LABELS[col][old.rank], clean(old.text) or old.text, old.cell))
        self.form.fields[col] = RawValue(text, cell, None, rank=rank)

    def _second_unit_aside(self, old: RawValue, text: str, cell: Cell, label: str, rank: int) -> bool:
        """Two labels of the unit naming two bodies (`单位名称 | 宁乡市水利局` over `实施单位 | 宁乡市农村供水服务站`, a
        `项目单位` beside them): the better-ranked label's the column's, the other kept in other_fields under its label,
        as two labels of the contact are (_other_value; it was dropped without a word, hunt ti19) — not when it is the
        department's or the other's body (_same_body), nothing lost. A budget unit's (its department, below) and an
        agency's (kept by their own rules) are left to them; True if done."""
        dept = self.form.fields.get("department")
        aside, kept = (clean(text), clean(old.text)) if old.rank <= rank else (clean(old.text), clean(text))
        # (one body written twice, with its seal's note, a date or its province before it — `洞口县教育局（盖章）`,
        # `…中心 2024年3月15日`, `黔东南州榕江县农业农村局` beside `榕江县农业农村局` — is no second body: nothing lost)
        same = [b for b in (kept, clean(dept.text) if dept is not None else None) if b and aside
                and (_same_body(aside, b) or _same_body(b, aside))]
        if not (rank != old.rank < UNRANKED and rank < UNRANKED) or not aside or same \
                or old.rank in _BUDGET_UNIT_RANKS or rank in _BUDGET_UNIT_RANKS \
                or _AGENCY_UNIT & {label_key(_LABEL_COLON.sub(r"\1", label.strip())),
                                   label_key(L.FIELD_LABELS["unit"][old.rank])}:
            return False
        self._other_value("unit", old, text, cell, label, rank)
        self.last_org = clean(text) or text          # (the body a `同上` below repeats, as the unit's other labels set it)
        return True

    def _pairs_row_inside(self, i: int, row: Row) -> list[tuple[str, str | None, Cell]] | None:
        """The pairs of row i, a row of the indicator table's grid, when it is only the form's sign-off pairs, some
        left blank or all (`联系人：王芳 | 联系电话：…`, a page's foot a dump ran into the grid), with the indicator rows
        going on under it; else None. (It ended the table, the rows after it unparsed; a line of such pairs there is
        read by _remark_inside.)"""
        if row.is_text_line or self.table is None or self.table[0].kind != "indicator" or not self.table[1] \
                or (pairs := _signoff_pairs(row.cells)) is None:
            return None
        return pairs if self._rows_go_on(i) else None

    def _rows_go_on(self, i: int) -> bool:
        """Is the row after row i one more row of the indicator table (no header of its own: a new table's)?"""
        return self._indicators_go_on(i) and not detect_header(self.rows[i + 1])

    def _sub_project_inside(self, i: int, row: Row) -> bool:
        """Is row i a sub-project's head (`子项目二 | 项目名称 | …`) between two rows of the indicator table, the next
        sub-project's indicators under it with no header of their own? Its fields are read, the table going on (it
        ended the table: those indicators were lost, `子项目二产出指标 | 数量指标` a sub-project's pair, review rv132).
        With a header again under it, the table ends there (_ends_table)."""
        return self.table is not None and self.table[0].kind == "indicator" and bool(self.table[1]) \
            and bool(row.cells) and sub_project_head(row) is row.cells[0] and self._rows_go_on(i)

    def _label_left(self, cell: Cell) -> str:
        """The text of the filled cell left of a value cell in its row (`编报单位 | 县财政局…`: its label), else ""."""
        row = next((r for r in self.rows if any(c is cell for c in r.cells)), None)
        left = [c for c in row.cells if c.col < cell.col and c.text.strip()] if row is not None else []
        return left[-1].text if left else ""

    @staticmethod
    def _pairs_line(row: Row) -> bool:
        """Is a text line the form's fields (`填表人：宋佳 | 联系电话：…`) or one sign-off pair (`填表日期：2026年1月15日`)?"""
        return len(row.cells) > 1 and match_field(row.cells[0].text) is not None \
            or len(row.cells) == 1 and signoff_cell(row.cells[0].text, valued=True)

    @staticmethod
    def _remark_row(row: Row) -> str | None:
        """The remark of a table's row whose one filled cell is its first, a `备注：…` pair (_remark_pair), or of a row
        whose two filled cells are a remark's label, its first, and its words (`| 备注 | 受益人口以…为准 |` between the
        indicators' rows, hunt pr8; a tab dump's `备注\t…`, or the words' cell merged over the row's rest, `| 备注 | … |
        |  |`: review rv138), else None."""
        if row.is_text_line or not row.cells:
            return None
        filled = [c for c in row.cells[1:] if c.text.strip()]
        if len(filled) == 1 and "注" in row.cells[0].text and REMARK_LABEL.match(label_key(row.cells[0].text)):
            return filled[0].text.strip()
        if filled:
            return None
        return _remark_pair(row.cells[0].text)

    def _form_starts_after(self, i: int) -> bool:
        """Does the row after text line i start a form: a form's title, or a row opening with its 项目名称 and a
        value?"""
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if nxt is None:
            # (the segment's last row, a form's title after it: a short heading of its own, no figure nor
            # sentence, under the table's last full row — not a piece of that row's cut name)
            t = fold(self.rows[i].cells[0].text).strip()
            last = self.table[1][-1] if self.table is not None and self.table[1] else None
            return 2 <= len(t) <= 12 and not re.search(r"[\d,，。;；:：、%≥≤<>=]", t) and last is not None \
                and not last.is_text_line and len(last.cells) >= 3 and self.seg.followed
        if nxt.is_text_line:
            return is_title(nxt)
        first = match_field(nxt.cells[0].text)
        return first == ("name", None) and len(nxt.cells) >= 2 and is_value_for(nxt.cells[1].text)

    def _gov_fund(self) -> bool:
        """Is the form a 政府性基金's (its title says so)?"""
        return any("政府性基金" in t.cells[0].text for t in self.seg.titles)

    def _name_from_titles(self, lines: list, fits, group: str | None = None, endings: tuple = ()) -> None:
        """The form's name from the first of LINES (titles, last first) whose words before one of ENDINGS (by default
        _SCORE_TITLE_END, `…绩效评价指标体系及评分表`) name it, its table number and year left out, when FITS(the name):
        a fund's, the words before the ending; a project's (GROUP `proj`), the ending's 项目 / 工程 kept (_fund_of)."""
        for t, text0, written in self._title_texts(lines):
            for ending in endings or (_SCORE_TITLE_END,):
                named = title_name(text0, fits, group, ending)
                if named:
                    self._set("name", named, t.cells[0])
                    self._join_title(t, written)
                    return

    def _title_over_the_name(self) -> None:
        """The form's title printed over two lines with the 项目名称 cell's name written across the break
        (`2024年会昌县农村饮水安全巩固提升` over `工程项目绩效目标申报表` above `项目名称 | 会昌县农村饮水安全巩固提升工程`):
        the two lines joined, as when the name is read from them (_join_title; it was the second line alone, hunt
        ti21)."""
        name = self.form.fields["name"]
        key = _WS.sub("", fold(clean(name.text) or ""))
        if len(key) < 4:
            return
        for t, text, written in self._title_texts(list(reversed(self.seg.titles))):
            if written is None:
                continue
            second = _WS.sub("", fold(t.cells[0].text))
            whole = _WS.sub("", fold(text))
            cut = len(whole) - len(second)
            if key not in whole and YEAR_WORD.search(whole[:cut]):
                # (`会昌县2024年农村…` over `…工程项目绩效目标表`: the year between the place and the rest no word of it)
                whole, cut = YEAR_WORD.sub("", whole), len(YEAR_WORD.sub("", whole[:cut]))
            k = whole.find(key)
            if 0 <= k < cut < k + len(key):
                self._join_title(t, written)
                return

    def _join_title(self, row: Row, written: str | None) -> None:
        """The form's title at title line ROW made WRITTEN, the title over two lines its name was read from
        (`2025年宁乡市智慧校园建设` over `项目绩效目标申报表`: the title was the second line alone, the name the two's;
        review rv125). None: the name was read from the line itself."""
        own = clean(row.cells[0].text)
        if written and own and own in self.form.titles:
            self.form.titles[self.form.titles.index(own)] = written
        elif written and own:
            # (the line with its body's bracket from the line under it, `项目绩效目标表（苍溪县水利局）`: the lines joined,
            # the bracket kept after them — it was the last line and the bracket, review rd72)
            k = next((k for k, t in enumerate(self.form.titles) if t.startswith(own)
                      and _bracketed_body(t[len(own):]) is not None), None)
            if k is not None:
                self.form.titles[k] = written + self.form.titles[k][len(own):]

    def _title_texts(self, lines: list) -> list:
        """(row, text, None) of each title line, and after it, for a title over two lines (`新化县2024年农村公路安全生命
        防护` over `工程项目绩效目标表`, cut where the page's width ended), the line right above it joined to it, and the
        two as written (the form's title where its name is read from them): a text line of its own of a title's words
        (no form's words, no field's label, no figure but a year, no clause break). The name was null, hunt ti5."""
        out = []
        for t in lines:
            out.append((t, unwrapped_title(t.cells[0].text), None))
            k = next((j for j, r in enumerate(self.rows) if r is t), None)
            above = self.rows[k - 1] if k else None
            if above is None or not above.is_text_line or len(above.cells) != 1 or is_title(above):
                continue
            raw = above.cells[0].text.strip()
            a = fold(raw).strip()
            if (lead := _ANNEX_HEAD_ON_NAME.match(a)) is not None:
                # `附件3：新化县农村饮水安全巩固提升工程` over `项目绩效目标表`: the annex's number no word of the title,
                # the words after it its first line (it was null, review rv12's leftover; hunt ti7)
                raw, a = as_written(raw, a, lead.end()).strip(), a[lead.end():].strip()
            if _PROJECT_TITLE_END.match(_WS.sub("", fold(_number_off(t.cells[0].text)))) \
                    and not (_SECTION_NO.match(a) is None and (_WORKS_END.search(a) or _FUND_WORDS.search(a)
                                                               and _names_fund(_years_out(a)))):
                continue         # (`项目支出绩效目标表` under `新化县交通运输局2024年部门预算公开`: a form's whole title of
                #                  no name under a heading, no half of one — it was `部门预算公开项目`, review rv7;
                #                  but a works' whole name over it, `新化县2024年农村饮水安全巩固提升工程` over
                #                  `项目绩效目标表`, is the title's first line: joined — it was null, hunt ti6; so a fund's
                #                  name, `新化县2024年村级组织运转经费` over `项目支出绩效目标表`, not a kind of money's,
                #                  `上级转移支付资金`; never a section's numbered heading, `（一）农村公路建设工程` — it
                #                  was null, and ti6 joined that one: review rv12)
            if org_kind(a) is not None or _SEAL_WORD.search(a):
                continue         # (`新化县农业农村局` over `农田项目绩效目标表`: a letterhead, a body's name by itself or
                #                  its seal's line, no half of a title — it was `新化县农业农村局农田项目`, review mend2)
            if 4 <= len(a) <= 40 and _TITLE_HEAD_LINE.fullmatch(a) and not match_field(a) \
                    and not L.FORM_TITLE.search(a) and not _ATTACHMENT.match(a):
                lead = self.rows[k - 2] if k >= 2 else None
                if lead is not None and lead.is_text_line and len(lead.cells) == 1 and not is_title(lead) \
                        and _TITLE_YEAR_LEAD.match(first := clean(lead.cells[0].text) or "") and not match_field(first) \
                        and not YEAR_WORD.search(a):
                    # a title over three lines, its place and year on the first (`苍溪县2025年` / `城乡供水一体化工程` /
                    # `项目绩效目标表`): the three, as _title_start joins them (the name and title lost the place,
                    # hunt ti24)
                    raw, a = first + raw, fold(first).strip() + a
                out.append((t, a + t.cells[0].text.strip(), (clean(raw) or raw) + (clean(t.cells[0].text) or "")))
        return out

    def _adjustment_table_after(self, i: int) -> bool:
        """Is the row after text line i the head of an adjustment's indicator table (`调整前指标值 | 调整后指标值`)
        under an indicator table of no such column?"""
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if nxt is None or nxt.is_text_line or (h := detect_header(nxt)) is None or h.kind != "indicator":
            return False
        return "target_prev" in h.cols and "target_prev" not in self.table[0].cols

    def _money_table_rows(self, i: int, cells: list[Cell]) -> list[tuple[Cell, list[Cell]]]:
        """The body of a money table headed by row i's `cells` (`_money_table_head`: `偿债计划（万元） | 年度 | 本金 |
        利息 | 合计`): each row below in its grid a label under the head's second column (`2026年`, `合计`) and figures
        under the heads right of it (`0.00 | 1,240.00 | 1,240.00`), as (label, figures); none when the row below is no
        such row — an indicator's row of a money label, `年运维费用（万元） | 合理控制 | 以审计为准`, is no table's head
        (review rv73: it ended the indicators, it and the rows after it lost)."""
        if not _money_table_head(cells):
            return []
        grid, lab_col, heads = self.rows[i].grid, cells[1].col, {c.col for c in cells[2:]}
        body: list[tuple[Cell, list[Cell]]] = []
        for r in self.rows[i + 1:]:
            vals = [c for c in r.cells if not is_placeholder(c.text)]
            label = next((c for c in vals if c.col == lab_col), None)
            figs = [c for c in vals if c is not label]
            if r.grid is not grid or r.is_text_line or label is None or is_number(label.text) \
                    or len(figs) < min(2, len(heads)) or any(c.col not in heads or not is_number(c.text) for c in figs):
                break
            body.append((label, figs))
        return body

    def _keep_money_table(self, i: int, row: Row) -> bool:
        """A money table's rows under the indicators (`偿债计划（万元） | 年度 | 本金 | 利息 | 合计` over `| 2026年 | 0.00 |
        1,240.00 | 1,240.00`): no money of the project's budget, each row kept in other_fields under the year and the
        table's name as a year's money by row is (`2026年偿债计划`: `本金：0.00万元；利息：1,240.00万元；合计：1,240.00万元`;
        a row of another label after the name, `偿债计划合计`) — they were unparsed_row, kept nowhere (review rv73).
        True if kept."""
        body = self._money_table_rows(i, row.cells)
        if not body:
            return False
        lab = row.cells[0]
        unit = declared_unit(lab.text) or ""
        name = _NAME_UNIT.sub("", clean(lab.text) or lab.text) or clean(lab.text) or lab.text
        heads = {c.col: clean(c.text) or c.text for c in row.cells[2:]}
        for label, figs in body:
            said = clean(label.text) or label.text
            year = _ROW_STAGE.match(bare_fold(said))
            key = f"{year.group(1)}年{name}" if year is not None and year.group(1) else f"{name}{said}"
            self.form.other.append((key, "；".join(f"{heads[c.col]}：{c.text.strip()}{unit}" for c in figs), label))
            self.consumed.update(id(c) for c in [label, *figs])
        self.consumed.update(id(c) for c in row.cells)
        return True

    def _captioned_head(self, row: Row) -> Header | None:
        """The head of a table of another kind than the indicators' right under them in their grid, its caption in
        the label column before its heads (`项目实施计划 | 时间节点 | 工作内容`, `项目组成员 | 姓名 | 职称`): that table's
        head, its rows read as that table's (they were indicators of the last level 1, the heads one more; hunt
        ly14). A row whose first cell names a head or a level is none (an indicator's row, or the table's own head)."""
        if self.table is None or self.table[0].kind != "indicator" or not self.table[1] or row.is_text_line \
                or len(row.cells) < 3:
            return None
        if not _table_caption(row.cells[0].text):
            return None                  # (a block's label is one, `项目实施计划` the plan's)
        h = detect_header(Row(row.cells[1:], row.grid, row.r, row.order, row.page_break))
        return h if h is not None and h.kind not in ("indicator", "score") else None

    def _other_table_head_after(self, i: int) -> bool:
        """Is the row after text line i the head of a table of another kind than the indicators' (`项目组成员` over
        `姓名 | 所在单位 | 职称`, `资金测算明细：` over `支出内容 | 金额（万元）`): line i that table's caption, no
        indicator of no target (review of session 58)."""
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if nxt is None or nxt.is_text_line or (h := detect_header(nxt)) is None:
            return False
        return h.kind not in ("indicator", "score")

    def _table_goes_on(self, i: int) -> bool:
        """Is the row after text line i a row of the current table's kind (a page's running header
        `附件2`, or a numbered horizon line `二、中期绩效指标`, between rows of one table)?"""
        rows = self.table[1] if self.table is not None else []
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if not rows or nxt is None or nxt.is_text_line:
            return False
        return detect_header(nxt) is not None or len(nxt.cells) >= min(3, max(len(r.cells) for r in rows))

    def _paragraph_after(self, i: int, row: Row) -> bool:
        """Is text line i a paragraph after the rows of a document's table (a Word or web page's table: its rows
        are all in it), the table not going on after it? (`1.城区排涝设施改造 560万元` under a 纪要's form: the
        minutes' own text, no indicator carried on under the last level 1 / level 2.) Not a level line (`二、效益指标`),
        a horizon line (年度绩效指标), a page number or a `续表`, between two parts of the table."""
        rows = self.table[1] if self.table is not None else []
        if not rows or rows[-1].grid is None or rows[-1].grid.origin not in _DOCUMENT_TABLES:
            return False
        t = fold(row.cells[0].text).strip()
        if not t or re.fullmatch(r"\d{1,3}|[-—－]\s*\d{1,3}\s*[-—－]", t) or horizon_of(t) \
                or any(level_info(t)[:2]) or any(level_info(re.split(r"[:：]", t, maxsplit=1)[0])[:2]) \
                or re.search(r"续表|续上表|[(（]续[)）]", t):
            return False
        return not (self._same_grid_next(i) or self._table_goes_on(i) or self._indicators_go_on(i))

    def _indicator_head_after(self, i: int) -> bool:
        """Is the row after text line i the head of an indicator table in a table (grid) of its own?"""
        rows = self.table[1] if self.table is not None else []
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if not rows or nxt is None or nxt.is_text_line or nxt.grid is None or nxt.grid is rows[-1].grid:
            return False
        h = detect_header(nxt)
        return h is not None and h.kind == "indicator"

    def _head_again_after(self, i: int) -> bool:
        """Is the row after line i the current table's head printed again (atop its next page)?"""
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        h = detect_header(nxt) if self.table is not None and nxt is not None and not nxt.is_text_line else None
        return h is not None and _same_header(h, self.table[0])

    def _same_grid_next(self, i: int) -> bool:
        """Is the row after text line i a row of the current table's last row's grid (a line between its rows)?"""
        rows = self.table[1] if self.table is not None else []
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        return bool(rows) and nxt is not None and not nxt.is_text_line and nxt.grid is rows[-1].grid

    def _indicators_go_on(self, i: int) -> bool:
        """Is the row after text line i the indicator table's own: its header again (a page's), or a row naming a
        level of indicators (产出指标 / 数量指标 …) or holding a target?"""
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if nxt is None or nxt.is_text_line:
            return False
        h = detect_header(nxt)
        if h is not None:
            return h.kind == "indicator"
        return any(any(level_info(x.text)[:2]) or is_compared_target(x.text) for x in nxt.cells)

    def _scored_again(self, header: Header, recs: list[dict]) -> set[int]:
        """A reviewer's 评分表 right after the unit's of the same rows (`…复评评分表` over `分值 | 复评得分`, each row's
        name and points the same, in order): the unit's rows scored again. Each earlier row takes the reviewer's score,
        its own kept as its `self_score`, and `recs` holds the earlier rows in the new ones' places; the unit's 合计 is
        taken back from the form's score and totals and kept on the reviewer's 合计 under 自评得分, as a table of
        `自评得分 | 复核得分` columns keeps it (the two were read as one table of twice the rows, weights_not_100, the
        unit's score the form's; hunt s65 sc8). Returns the ids of the earlier rows now in `recs` (no second copy)."""
        rows = [r for r in recs if not r.get("_total") and not r.get("_grade")]
        total = next((r for r in reversed(recs) if r.get("_total")), None)
        head = next((c.text for c in header.row.cells if c.col == header.cols.get("score")), "")
        earlier = self.form.scores[-len(rows):] if rows and len(self.form.scores) >= len(rows) else []
        if not earlier or not (final_label(head) or _REVIEW_SHEET.search(bare_fold(self.caption or ""))) \
                or self._self_head_scored(header) \
                or any(e.get("self_score") is not None for e in earlier) \
                or [(clean(e.get("level3") or ""), e.get("weight")) for e in earlier] \
                != [(clean(r.get("level3") or ""), r.get("weight")) for r in rows]:
            return set()
        for e, r in zip(earlier, rows):
            e["self_score"], e["score"] = e.get("score"), r.get("score")
            recs[recs.index(r)] = e
        told = next((t for t in reversed(self.form.totals) if t["table"] == "scores"
                     and t["recs"] and all(x is y for x, y in zip(t["recs"], earlier))), None)
        old = self.form.fields.get("score")
        if told is not None and total is not None and old is not None and id(old.cell) in self.table_totals \
                and parse_number(old.text or "") == parse_number(told["values"].get("score") or ""):
            # (the unit's 合计, the form's score so far: kept under 自评得分, the reviewer's 合计 the form's score)
            self.form.totals.remove(told)
            del self.table_totals[id(old.cell)]
            self.form.fields.pop("score")
            total["_others"] = {**(total.get("_others") or {}), "自评得分": old.text}
        return {id(e) for e in earlier}

    def _self_head_scored(self, header: Header) -> bool:
        """Does a score table hold a column of the unit's own score beside its 得分 (`自评得分 | 复核得分`)?"""
        return any(k.startswith("col:") and _self_head(k[4:]) for k in header.extra)

    def _ends_table(self, i: int, row: Row) -> bool:
        c = row.cells[0]
        if self.table is not None and self.table[0].kind == "assessment" and self.table[1] \
                and _other_sheet(self.table[1][-1], row):
            return True                  # (a workbook's next sheet, `考核说明` over `1.本细则由区财政局负责解释。`: no
            # row of the 考核细则 on the sheet before; a sheet holding the table's rest repeats its head)
        if row.is_text_line and self.table is not None and self.table[1] \
                and self.table[1][-1].grid is not None and self.table[1][-1].grid.origin == "txt_cells":
            return True                  # (one cell per line: the reader put the table's rows back and left this
            # line out of them: `如果您对该政策文件有疑问…` under the table is none of its rows)
        if row.is_text_line:
            # a title, a year, 金额单位, a note (说明：…) or a field ends the table; a caption between its
            # rows (工作得分（满分90分）) does not
            m = _SHORT_LABEL.match(c.text.strip())
            return (is_title(row) or is_year_line(row) or declared_unit(c.text) is not None
                    or bool(match_field(c.text)) or len(row.cells) > 1 or label_key(c.text) in TABLE_END_KEYS
                    or (self.table is not None and self.table[0].kind in ("indicator", "score")
                        and _REPORT_HEADING.match(fold(c.text).strip()) is not None
                        and not _POINTS_AT_END.search(fold(c.text)))
                    or (self.table is not None and self.table[0].kind == "indicator" and self.table[1]
                        and _is_report_outline(fold(c.text).strip()) and not self._table_goes_on(i))
                    or (self.table is not None and self.table[0].kind == "indicator" and self.table[1]
                        and _CAPTION.match(bare_fold(c.text)) is not None and not self._indicators_go_on(i))
                    or (self.table is not None and self.table[0].kind == "indicator" and self.table[1]
                        and _is_lead_in(c.text) and not self._same_grid_next(i))
                    # (`县政府常务会议研究意见（摘录）：`, `会议同意调增支出，主要用于：` under the indicators: a text's
                    # sentence leading into its own list (`1.义务教育薄弱环节改善项目 | 1,200万元`), no indicator)
                    or (self.table is not None and self.table[0].kind == "indicator" and self._paragraph_after(i, row))
                    or self._schedule_starts(i, row)
                    # (`实施进度安排` over `项目启动 | 2024年3月1日`: the schedule's caption, no indicator, hunt ti14)
                    or (self.table is not None and self.table[0].kind == "indicator" and self.table[1]
                        and _level1_heading(row) is not None and self._indicator_head_after(i))
                    # (`<h3>满意度指标</h3>` over a table of its own, its head again: that table's heading, no row of
                    # the table above — its level 1 was lost, the one above read on)
                    # (`绩效目标审核意见表` over 审核内容 | 审核要点 | 审核意见 under the form's indicators: another
                    # table's caption, not an indicator)
                    or (self.table is not None and self.table[0].kind == "budget" and self.table[1]
                        and _SECTION_NO.match(fold(c.text).strip()) is not None and not _DIGITS.search(c.text)
                        and any(is_total_label(label_key(x.text)) for x in self.table[1][-1].cells))
                    # (`三、项目绩效情况` under a report's 支出明细 table closed by its 支出合计: the report's next
                    # part; `二、间接费用` between a table's lines is a group of them)
                    or (m is not None and label_key(m.group(1)) in IGNORED_KEYS)
                    or (m is not None and (pairs := _signoff_pairs(row.cells)) is not None
                        and any(is_role_label(lab) for lab, _, _ in pairs))
                    # (`单位负责人：张建华` alone on its line under the table: the sign-off's, no row of it)
                    or (self.table is not None and self.table[0].kind in ("indicator", "score") and self.table[1]
                        and (_contact_pair(c.text) is not None or _remark_pair(c.text) is not None
                             or _signed_place_parts(row.cells) is not None
                             or (pairs := _signoff_pairs(row.cells)) is not None
                             and all(_day_pair(lab, val) for lab, val, _ in pairs)))
                    # (`单位地址：…`, `评价日期：2024年3月20日`, `单位负责人签字  2024年3月15日` alone on its line under the
                    # table: the sign-off's, no row of it — they were lost, or an indicator, mend md26; `备注：…` the
                    # form's remark, hunt ti15)
                    or (self.table is not None and self.table[0].kind in ("indicator", "score")
                        and (_PROJECT_SCORE.search(fold(c.text)) or _grade_said(fold(c.text))) is not None)
                    # (评价结论：综合评价得分85.5分，评价等级为“良”。 under a 评分表: the report's, no row of it)
                    or label_key(c.text) in IGNORED_KEYS
                    or (_ATTACHMENT.match(fold(c.text)) is not None and not self._table_goes_on(i))
                    or (self.table is not None and self.table[0].kind in ("indicator", "score")
                        and self._form_starts_after(i))
                    or (self.table is not None and self.table[0].kind in ("indicator", "score") and self.table[1]
                        and _signoff_labels_line(c.text))
                    # (`单位负责人 财务负责人 填表人` on a line of its own under the table, a sign-off's labels printed in
                    # columns, `（签字）` and the names on the lines below: no row of it — rv126's xfail)
                    or (self.table is not None and self.table[0].kind == "indicator" and self.table[1]
                        and self._adjustment_table_after(i))
                    or (self.table is not None and self.table[0].kind == "indicator" and self.table[1]
                        and self._other_table_head_after(i)))
                    # (`绩效目标调整情况` over `一级指标 | … | 调整前指标值 | 调整后指标值` under the form's indicators: the
                    # caption of the adjustment's table, no indicator of no target — hunt fam)
                    # (`项目二` / `绩效目标调整情况` alone over the next form's title or its `项目名称 | …`: that form's
                    # caption, no indicator of this one — it was read as an indicator of no target)
        if self.table is not None and self.table[0].kind in ("indicator", "score") and self.table[1] \
                and len(row.cells) >= 2 and _labels_first(row.cells) \
                and _signoff_labels_line(" ".join(x.text for x in row.cells)):
            return True                  # `单位负责人 | 财务负责人 | 填表人` under the table in a dump's cells, a sign-off's
            # labels (as on a text line above; the line and its names' were indicators of no warning, review rv151)
        if self.table is not None and self.table[0].kind in ("indicator", "score") and self.table[1] \
                and ("：" in c.text or ":" in c.text) and _contact_pair(c.text) is not None \
                and all(_contact_pair(x.text) is not None or _signoff_pairs([x]) is not None
                        for x in row.cells if x.text.strip()):
            return True                  # `单位地址：… | 邮政编码：342300` under the table in a dump's cells: the sign-off's,
            # as on a text line (it was an indicator of name `单位地址：…`, hunt pr10); a sign-off's pair among them,
            # `… | 邮政编码：730500 | 联系电话：0932-…`, alike (the row was an indicator still, the phone lost: rv157)
        if (pairs := _signoff_pairs(row.cells)) is not None and len(pairs) >= 2:
            return True                  # 单位负责人：张三 | 财务负责人：李四 | 填表人：王五 | 联系电话：…: the form's sign-off
            # under the table, whatever its first label (it was read as the table's row: lost, or a phantom indicator)
        if self.table is not None and self.table[0].kind in ("indicator", "score") and "seq" not in self.table[0].cols \
                and label_key(c.text) in _SEQ_HEADS and len(row.cells) >= 3 \
                and not any(is_number(x.text) or any(level_info(x.text)[:2]) for x in row.cells):
            return True                  # 序号 | 学校性质 | 培训机构 | …: another table's head under an indicator table
        if self.table is not None and self.table[0].kind == "indicator" and self.table[1] and not row.is_text_line \
                and len(row.cells) == 1 and self._other_table_head_after(i):
            return True                  # `项目组成员` across a Word table's first row under the indicators, over `姓名 |
            # 职务 | 分工`: that table's caption as on a line of its own (it was an indicator of no target, hunt of11)
        if self.table is not None and self.table[0].kind == "indicator" and self.table[1] and not row.is_text_line \
                and _verdict_head(row.cells) is not None:
            return True                  # `评估内容 | 评估要点 | 评估结论`, `风险点 | 应对措施` under the indicators: a table
            # of conclusions or risks, read as one (_verdict_row; its rows were indicators of the last level 1, ly14)
        if self.table is not None and self.table[0].kind == "indicator" and self.table[1] \
                and self._money_table_rows(i, row.cells):
            return True                  # `偿债计划（万元） | 年度 | 本金 | 利息 | 合计` under a bond form's indicators: a
            # money table's head, no indicator (it was one, `本金` of target `利息`, its years' rows more — hunt nw6)
        if self.table is not None and self.table[0].kind in ("indicator", "score") and self.table[1] \
                and not row.is_text_line and "注" in c.text and self._remark_row(row) is not None \
                and self._levels_row_after(i, self.table[0].kind == "score"):
            return False                 # `| 备注 | 受益人口以…为准 |` between the indicators' rows, a level's row under it:
            # the form's remark, the table going on (hunt pr8; in a tab dump, or its words' cell merged over the
            # row's rest, it ended the table by its 备注, the rows under it lost — review rv138; a 评分表's, a scored
            # row or its 合计 under it, alike: its rows and score were lost)
        if self.table is not None and self.table[0].kind == "indicator" and self.table[1] and len(row.cells) == 2 \
                and _foot_label(c.text) and not no_person_under(c.text, row.cells[1].text):
            return True                  # `| 主管部门审核意见 | 同意申报。 |`, `| 填报日期 | 2025年3月 |` under a `|` grid's four
            # columns, set in its last two: the form's foot, no indicator (it was one of no target, hunt pr7); an
            # officer's post beside a target, `乡镇卫生院院长 | ≥20人` under blank merged levels, an indicator (rd69 B)
        if c.col != _left(row):
            return False
        if self.table is not None and self.table[1] and sub_project_head(row) is c:
            return True                  # `子项目二 | 项目名称 | 花明楼镇水厂改造工程` under the first sub-project's indicators:
            # the next sub-project's fields, no row of the table (an indicator of target 花明楼镇…, review rv130)
        if self.table is not None and self.table[0].kind == "indicator" and self.table[1] \
                and _yes_no_question(row.cells) and _yes_no_row(
                row.cells, c.col < min((x for r, x in self.table[0].cols.items() if r in _LEVEL_COLS), default=0)):
            return True                  # `是否政府采购 | 是 | 否` / `是否政府购买服务 | □是 | ☑否` under the indicators: a field
            # of the form offering its choices, no indicator (it was one named 是 of target 否, level 1 是否政府采购; an
            # indicator `是否按规定公示 | 是` in its name column is one, hunt mn11); `是否政府采购 | 是` left of the level
            # columns too, its one answer (it was an indicator 是否政府采购 of target 是 under the last level 1, review rv20)
        if self.table is not None and self.table[0].kind == "score" and self.table[1] \
                and _SECTION_NO.match(fold(c.text).strip()) is not None \
                and any(x.col == self.table[0].cols.get(r) and is_number(x.text) for x in row.cells
                        for r in ("weight", "score")):
            return False                 # `（二）绩效目标 | 5 | | 4` in a 评分表 of outline-numbered levels, each on a row
            # of its own with its points: a level, no new block (年度绩效目标 `5`: the table ended, its rows lost)
        if self.table is not None and self.table[0].kind == "indicator" and self.table[1] and len(row.cells) >= 2 \
                and _lead_in_glued(c.text) and not any(any(level_info(x.text)[:2]) for x in row.cells):
            return True                  # a text's lead-in and its list, joined by a dump into the table's width
        k = label_key(c.text)
        if self.table is not None and self.table[0].kind == "assessment" and k in ("合计", "总计"):
            return False                 # 合计 | 100 inside a 考核指标体系: 加分项 / 扣分项 rows may follow
        if k in TABLE_END_KEYS or k in IGNORED_KEYS or (k.endswith("意见") and len(k) <= 16):
            return True                  # (…审核意见 / 初审意见 | （盖章）: the approvals under a form)
        if self.table is not None and self.table[1] and is_block_label(c.text) \
                and k not in _OWN_BLOCKS.get(self.table[0].kind, ()):
            return True                  # a new block (项目绩效目标 …) after the table's rows
        if self.table is not None and self.table[0].kind == "score" and self.table[1] and i + 1 < len(self.rows) \
                and summary_block(row, self.rows[i + 1]) is not None:
            return False                 # `综合评分 | 自评得分 | 复核得分 | 自评等级 | 复核等级` over their figures and
            # grades: the 评分表's summary (read as fields, the unit's 92 was lost; hunt sc9)
        if sum(1 for x in row.cells if match_field(x.text)) >= 2 and \
                all(match_field(x.text) or is_block_label(x.text) for x in row.cells):
            return True                  # a row of labels: 长期目标 | 年度目标 over their texts
        if self.table is not None and self.table[0].kind in ("schedule", "budget", "safeguard", "people") \
                and c.col < min(self.table[0].cols.values()) \
                and len(row.cells) >= 3 and (m2 := match_field(row.cells[1].text)) is not None and m2[1] is None \
                and m2[0] not in L.MONEY_FIELDS and is_value_for(row.cells[2].text):
            return True                  # 项目年度绩效目标情况 | 长期绩效目标 | text: a block label, a field beside it
        if self.table is not None and self.table[0].kind == "budget" and self.table[1] \
                and c.col < min(self.table[0].cols.values()) and not any(is_number(x.text) for x in row.cells) \
                and any(h.col == c.col and label_key(h.text) != k for h in self.table[0].row.cells):
            return True                  # 项目支出明细预算 | 项目支出明细 | 金额 …, then 项目支出预算及测算依据 |
                                         # 测算依据及说明: another block's label in the blocks' column, no amount
        if self.table is not None and self.table[0].kind == "budget" and self.table[1] \
                and self.table[0].cols.get("task") == c.col and "name" in self.table[0].cols \
                and not any(is_number(x.text) for x in row.cells) and label_key(c.text) not in _TASK_LABELS \
                and any(x is not c and (m3 := match_field(x.text)) is not None and m3[0] in L.MONEY_FIELDS
                        for x in row.cells) \
                and not any(x.col == c.col and x.text.strip() for r in self.table[1] for x in r.cells):
            return True                  # `年度部门预算（万元） | 预算总额 | 财政拨款 | 其他资金` under `年度主要任务 | 任务名称 |
            # 主要内容 | 预算金额`, whose block label is merged down over its tasks (its column empty on their rows): the
            # next block's label, no task — its heads and figures were read as two more task lines (hunt fam11); the
            # label over the money's heads only (`农业执法监管 | 开展农资打假专项行动`, a task of no figures whose
            # empty cell a dump dropped, is a task: it ended the table, the task an unparsed_row — review rv39)
        if self._schedule_starts(i, row):
            return True                  # `项目启动 | 2024年3月1日` under the indicators: the project's schedule
        if self.table is not None and self.table[0].kind == "indicator" and self.table[1] and len(row.cells) == 2 \
                and _signing_stage(clean(c.text) or "") and (line := _signoff_text(row)) is not None \
                and _signoff_day(line) is not None:
            return True                  # `单位负责人签字 | 2024年3月15日`, `日期 | …` under the indicators: the form's
            # sign-off, its day the fill_date (read()); it was an indicator, then the plan (hunt ti14; mend md18)
        m = match_field(c.text)
        if m and self.table is not None and self.table[0].kind == "indicator" and len(row.cells) >= 2 \
                and is_compared_target(row.cells[1].text):
            return False                 # 项目总投资 | ≤1.2亿元: an indicator named like a field, with its target
        # a field label in the first column ends the table when the row reads as label + value
        # (保障措施 | text), or as pairs of them (主管部门 | … | 实施单位 | …); 绩效目标 | 产出目标 | 数量 | …
        # is the table's own first row
        return bool(m) and m[0] not in ("execution_rate",) and (
            len(row.cells) <= 3 or m[1] is not None
            or (len(row.cells) >= 4 and match_field(row.cells[2].text) is not None
                and is_value_for(row.cells[1].text) and is_value_for(row.cells[3].text)))

    def _targets_said(self) -> bool:
        """The current table gives targets by what its form's title or its caption says (`…绩效目标表`, `绩效目标值`,
        `年度绩效指标`), and neither speaks of results (`…绩效目标完成情况表`, `自评表`, `实际完成`): a table of figures
        by place under `甲县 | 乙县` heads, with no 指标值 head, is read as targets only then (when unsure, notes)."""
        said = [_title_key(t) for t in self.form.titles] + ([bare_fold(self.caption)] if self.caption else [])
        if any(_RESULT_WORDS.search(t) for t in said):
            return False
        return any(L.TARGET_FORM_TITLE.search(t) or _TARGET_WORDS.search(t) for t in said)

    def _caption_out_of_budget(self, above: Row | None) -> None:
        """A budget table's last row of one cell and no figure right over the next table's head (`项目实施人员及分工`
        over `序号 | 姓名 | 职称 | 工作职责`) is that table's caption, no line of the budget (it was a line of no amount,
        review md46's leftover): taken out of the budget's rows. Not a note's text in a column right of the first, nor a
        sentence (`以上数据为预估数，以审计结算为准` under the 测算依据 column: a footnote, warned of as a row not
        understood, as before)."""
        if above is not None and self.table is not None and self.table[0].kind == "budget" and self.table[1] \
                and self.table[1][-1] is above and len(above.cells) == 1 and above.cells[0].col <= _left(above) \
                and _table_caption(text := _OUTLINE_LEAD.sub("", fold(above.cells[0].text).strip(), count=1)) \
                and not _CLAUSE_BREAK.search(text):
            # (its outline number off: `3.项目组成员分工`'s figure is no line's, as `三、` is none)
            self.table[1].pop()

    def _flush(self) -> None:
        if self.table is None:
            return
        header, rows = self.table
        self.table = None
        n_warned = len(self.form.warnings)
        before, self.flushed_kind = self.flushed_kind, header.kind
        if header.kind == "indicator":
            first = header.row.cells[0]
            h = horizon_of(first.text) if first.col == _left(header.row) else None
            header = self._earlier_year_actual(header)
            recs = read_indicator_table(header, rows, self.form.warnings, h or self.horizon,
                                        targets_said=self._targets_said())
            if self.form.label_year is None and recs:
                # `目标值（2024年）`, `2024年目标值`: the year its targets are of, the form's when nothing else states it
                # (its title, a year line, a sheet's name come first)
                self.form.label_year = _year_of_target_header(header.row, header.cols.get("target"))
            # rows holding only a pre-printed slot (`| | 指标1： | |`): a blank template's, no indicator
            # (or only its pre-printed level names, `产出指标 | 数量指标 | | `, the name and value cells empty)
            self.form.slots += _slot_rows(rows)
            self.form.horizons |= {x for r in rows if len(r.cells) == 1 for x in [horizon_of(r.cells[0].text)] if x}
            body = [r for r in recs if not r.get("_total") and not r.get("_exec_rate")]
            if self.carry_l1 is not None:
                # the table goes on in a new one after a page break (`一级指标 | …` again, its first rows' level 1
                # merged over from the page before, left empty): the level 1 above holds
                for r in body:
                    if r.get("level1"):
                        tail = r["level1"]
                        if joins_tail(self.carry_l1, tail):
                            # `产出指` on page 1, `标` on page 2: the label the page cut, on both pages' rows
                            whole = self.carry_l1.rstrip() + tail.strip()
                            for x in reversed(self.form.indicators):
                                if x.get("level1") != self.carry_l1:
                                    break
                                x["level1"] = whole
                            for x in body:
                                if x.get("level1") not in (None, tail):
                                    break
                                x["level1"] = whole
                        break
                    l2 = level_info(r.get("level2") or "")
                    if l2[1] is not None and not is_child(level_info(self.carry_l1)[0], l2[2]):
                        # (`<h4>一、产出指标</h4>` over a table of 二级指标 | 三级指标 | 指标值 that goes on to
                        # `社会效益指标 | 受益人口 | …`: a level 2 of another level 1 ends the level 1 above — they were
                        # all 产出指标, review rv5)
                        break
                    r["level1"] = self.carry_l1
            self.carry_l1 = next((r["level1"] for r in reversed(body) if r.get("level1")), None)
        else:
            totals: list[dict] = []
            recs = (read_assessment_table(header, rows, self.form.warnings, caption=self.caption)
                    if header.kind == "assessment" else
                    read_budget_table(header, rows, self.form.warnings, totals) if header.kind == "budget"
                    else READERS[header.kind](header, rows, self.form.warnings))
        if header.kind == "indicator":
            above: list[dict] = []               # (the rows a 合计 closes: this table's indicators and 预算执行率 rows)
            # (the source rows of `above` read once per horizon or target year: `same_source_row`'s key, looked up in a set
            # rather than by a pass over `above` for each record)
            horizon_rows: set[tuple] = set()
            for r in recs:
                if r.get("_exec_rate"):
                    self.form.scores.append({"level1": None, "level2": None, "level3": "预算执行率",
                                             "weight": r["weight"], "score": r["score"], "is_subtotal": False,
                                             "page": r["page"], "line": r["line"]})
                    above.append(self.form.scores[-1])
                    if r["actual"] is not None:
                        self._set("execution_rate", r["actual"].text, r["actual"])
                    continue
                if r.get("_total"):
                    cell = Cell(0, 0, r["score"], page=r["page"], line=r["line"])
                    for head, text in (r.get("_others") or {}).items():
                        # (`总分 | … | 100 | 99 | 94` under `分值 | 自评得分 | 复核得分`: the unit's own total, under its head)
                        self.form.other.append((head, text, replace(cell, text=text)))
                    summed = None                               # (the rows the total is checked against)
                    if label_key(r.get("_label") or "") in _PLAIN_TOTALS and r["score"] is not None:
                        # `合计 | | 100 | 98`: the sum of the rows above, the form's score only when no 综合得分 / 总分
                        # states it, before or after (a later unlabelled `综合得分 | 96` lost to it); and checked
                        # against those rows (total_row_mismatch)
                        if self.total_score is None:
                            self.total_score = (r["score"], cell)
                        if above:
                            summed = list(above)
                    else:
                        self.table_totals[id(cell)] = (cell, r.get("weight"))
                        self._set("score", r["score"], cell, label=r.get("_label"))   # (总分 / 自评总分 rank first)
                        if above and r["score"] is not None:
                            # (and the rows it sums, the money block's 预算执行率 row too when the points make the
                            # total's: a 评分表 before it in the same file may give the project's score, this total
                            # then checked against its own rows and weights_not_100 summing each table apart)
                            rate = [x for x in self.form.scores if x.get("level3") == "预算执行率" and not x.get("level1")
                                    and not x.get("level2") and all(x is not y for y in above)]
                            full = parse_number(r["weight"]) if r["weight"] else 100.0
                            pts = [parse_number(x["weight"]) if x.get("weight") else None for x in above + rate]
                            summed = list(above) + (rate if None not in pts and full is not None
                                                    and abs(sum(pts) - full) <= 0.01 else [])
                    if summed is not None:
                        self.form.totals.append({"table": "indicators", "values": {
                            "weight": r["weight"], "score": r["score"]}, "recs": summed,
                            "label": r.get("_label"), "page": r["page"], "line": r["line"]})
                    if r.get("grade"):
                        self._set("grade", r["grade"], Cell(0, 0, r["grade"], page=r["page"], line=r["line"]))
                else:
                    self.form.indicators.append(r)
                    if r.get("horizon") is None:
                        above.append(r)
                    elif (key := source_row_key(r)) not in horizon_rows:
                        horizon_rows.add(key)
                        above.append(r)    # (one record per source row: a 中期 / 年度 or year-column pair is one row)
            if {"actual", "progress", "score"} & header.cols.keys() and (
                    any(r.get("actual_raw") or r.get("progress_raw") or r.get("score") for r in recs)
                    or not any(L.TARGET_FORM_TITLE.search(_title_key(t)) for t in self.form.titles)):
                # (a 绩效目标表 whose 实际完成值 / 未达到指标值原因 columns are left empty, to be filled at the year's
                # end, is still a target form)
                self.form.kind = "self_eval"
        elif header.kind == "score":
            self._level1_over_page(header, recs)
            again = self._scored_again(header, recs)
            for r in recs:
                if r.get("_grade"):
                    cell = Cell(0, 0, r["_grade"], page=r["page"], line=r["line"])
                    old = self.form.fields.get("grade")
                    if self._set("grade", r["_grade"], cell) and r.get("_head") \
                            and (got := self.form.fields.get("grade")) is not None and got.cell is cell:
                        got.head = r["_head"]     # (`等级` over the 合计's `优`: kept under it when a 复核等级 follows)
                    elif old is not None and old is self.form.fields.get("grade") and old.rank < UNRANKED \
                            and clean(old.text) != clean(r["_grade"]) \
                            and _FINAL_GRADE.match(L.FIELD_LABELS["grade"][old.rank]):
                        # (…and when a `复核等级 | 良` came before it: the reviewer's stays, the table's `优` kept under
                        # its head — it was lost without a word; review rv30)
                        self.form.other.append((clean(r.get("_head") or "") or "等级", clean(r["_grade"]) or r["_grade"],
                                                cell))
                elif r.get("_total"):
                    # the 评分表's 总分 is the form's score, over an indicator table's 合计 read before it; not over a
                    # total the form states when the table's own points are short of 100 (`合计 | 90 | 84.5` under
                    # `预算执行率得分（10分） | 9.2`, then `自评总分 | 93.7`: the table's part of the score, the form's
                    # 93.7 — it was 84.5, a grade_mismatch beside the 优 given)
                    part = r.get("_part") or 0 < (parse_number(r["weight"] or "") or 100) < 100
                    score = r["score"]
                    # (…and with no total stated, the rows scored outside the table above it making up the 100 points,
                    # `预算执行率得分（10分） | 9.2` over a 合计 of 90: the table's score and theirs, the whole — it was
                    # the table's 84.5, a false grade_mismatch and weights_not_100, review rv4)
                    outside = [x for x in self.form.scores if x.get("level1") is None and x.get("level2") is None
                               and x not in recs and parse_number(x.get("weight") or "") is not None
                               and parse_number(x.get("score") or "") is not None]
                    if part and outside and parse_number(score or "") is not None and abs(
                            parse_number(r["weight"]) + sum(parse_number(x["weight"]) for x in outside) - 100) < 0.01:
                        score = fmt_points(parse_number(score) + sum(parse_number(x["score"]) for x in outside))
                        # (its label still ranked low: a total the form states after it, `自评总分 | 92`, is the form's)
                    elif (extra := _extras_after(recs, r)) and parse_number(score or "") is not None:
                        # `合计 | 100 | 92`, then `加分项 | … | 5 | 5` and `减分项 | … | 5 | -1`, no 最终得分 / 总分 after
                        # them: the form's score is the 合计's and theirs, 96 (it was the 合计's 92, the bonus left
                        # out; hunt sc8) — ranked low, as a part, a total the form states after it the form's
                        score = fmt_points(parse_number(score) + sum(extra))
                        part = True
                    said = Cell(0, 0, score or "", page=r["page"], line=r["line"])
                    self.table_totals[id(said)] = (said, r["weight"])
                    self._set("score", score, said, label=None if part else "总分")
                    for lab, fig, c in r.get("_said") or ():
                        # (`合计 | 100 | 98 | 复核得分：95`: the reviewer's score settled after the 合计's, as a line
                        # `复核得分：95` under the table is — the 98 kept under 总分)
                        self._set("score", fig, Cell(0, 0, fig, page=c.page, line=c.line), label=lab)
                    for head, text in (r.get("_others") or {}).items():
                        # (`合计 | 100 | 99 | 90` under `分值 | 自评得分 | 评价得分`: the unit's own total, under its head)
                        self.form.other.append((head, text, Cell(0, 0, text, page=r["page"], line=r["line"])))
                    summed = [x for x in recs[:recs.index(r)] if not x.get("_grade") and not x.get("_total")]
                    if summed:
                        self.form.totals.append({"table": "scores", "values": {"weight": r["weight"],
                                                                              "score": r["score"], **_own_total(r)},
                                                 "recs": summed, "label": r.get("_label"), "page": r["page"],
                                                 "line": r["line"]})
                elif id(r) not in again:
                    self.form.scores.append(r)
            self.form.kind = "self_eval"
        elif header.kind == "budget":
            pcol = header.cols.get("project")
            # (a list on a workbook's sheet: its sheet, to be told from the form's at the end)
            sheet = header.row.cells[0].page if header.row.grid is not None \
                and header.row.grid.origin in ("xlsx", "xls") else None
            listed = {clean(c.text) for r in rows for c in r.cells if c.col == pcol and c.text.strip()
                      and not is_total_label(label_key(c.text))} if pcol is not None else set()   # (no `合计`)
            named = listed if "name" not in self.form.fields else set()
            places = [c for c in header.row.cells if c.col != pcol and c.col not in (header.cols.get("amount"),)
                      and (label_key(c.text) in _PLACE_HEADS or _PLACE_HEAD.search(label_key(c.text)))]
            if len(named) >= 2 or named and places and sum(
                    1 for r in rows if any(c.col == pcol and c.text.strip() for c in r.cells)) >= 2:
                # `序号 | 县（市、区） | 项目名称 | 金额` before the form's own 项目名称: a notice's 分配表 when the form
                # turns out to be one of the projects listed (decided at the end; a fund's form sharing itself out
                # among its projects keeps them as its lines); one project shared out among places (`序号 | 市 |
                # 项目名称 | 金额`, every row 非遗保护传承) too: the notice's allocation of the fund, no line of the form's
                at = next((k for k, r in enumerate(self.rows) if r is header.row), 0)
                above = self.rows[at - 1] if at else None
                caption = len(self.form.titles) - 1 if above is not None and self.form.titles and (
                    is_title(above) or any(above is t for t in self.seg.titles)) else None
                self.listed.append((named, {(c.page, c.line) for r in rows for c in r.cells}, header.row,
                                    sum(1 for r in rows if any(c.col == pcol and c.text.strip() for c in r.cells)),
                                    caption, sheet))
            elif sheet is not None and len(listed) >= 2:
                # (after the form's name, on a sheet: told at the end whether the sheet is the form's own)
                self.listed.append((set(), {(c.page, c.line) for r in rows for c in r.cells}, header.row,
                                    len(listed), None, sheet))
            unit = None
            own: dict[str, str | None] = {}          # the unit each money column's header declares
            for role in ("amount", "price"):
                col = header.cols.get(role)
                cell = next((c for c in header.row.cells if c.col == col), None)
                if cell is not None:
                    own[role] = declared_unit(cell.text)
                    unit = unit or own[role]
                    if role == "price" and own[role] is None and (m := _PER_UNIT_PRICE.search(bare_fold(cell.text))):
                        # `单价（元/台）`: money per thing, in 元 (read in the table's 万元, 5000 元 a computer was
                        # 50,000,000 元); the price's own unit, not the lines' amounts'
                        own[role] = m.group(1)
            side = header.row.cells[0]
            if unit is None and side.col < min(header.cols.values()):
                unit = declared_unit(side.text)         # 资金分配情况（万元） | 县（区） | 分配金额 …
            if unit is None and self.caption and len(self.caption) < 60:
                unit = declared_unit(self.caption)      # 项目支出明细（单位：元） over the table: its own unit
            said = {v.unit for k, v in self.form.fields.items() if k in L.MONEY_FIELDS and v.unit}
            above = self.last_matrix_unit or (next(iter(said)) if len(said) == 1 else None)
            if unit is None and above and not self._adds_up_in_yuan(recs) and (
                    self.last_matrix_unit and any(label_key(c.text) in _TASK_HEADS for c in header.row.cells)
                    or self._adds_up_in(recs, above, len(self.form.budget_items), len(self.form.budget_items))):
                # (a 部门整体 form's task table, 任务名称 | 主要内容 | 预算金额, under its money block `年度预算申请（万元）
                # | 资金总额 | …`: in the block's unit, its tasks add up to the block's 项目支出; they were read as 元 —
                # unless they add up to an amount of the block read as 元 already, 1,200,000 + 800,000 under 项目支出 200万);
                # any breakdown in no unit of its own whose lines add up, in the block's unit, to one of the form's
                # amounts the same (`支出明细 | 支出内容 | 金额` under `项目资金（万元） | 年度资金总额 | 120`: 40 + 30 + 50
                # was read as 120 元; the block a key-value one, its money fields all in 万元: their unit)
                unit = above
            for r in recs:
                r["unit"] = unit
                if own.get("price") and own.get("price") != unit:
                    r["price_unit"] = own["price"]   # 单价（元） beside 金额（万元）: the price in its own unit
            self._source_notes_unit(header, recs, unit or self.block_unit or self.form.form_unit)
            if self._other_table(header, recs, unit):
                # `附表：其他项目预算安排` / `政府采购预算表` over `序号 | 项目名称 | 预算金额（万元）` after the form's
                # indicators: a table of its own under its own caption, its amounts none of the form's money (they
                # were the form's budget lines, only budget_sum_mismatch said so)
                self.form.warnings.append(warn(
                    "project_list", f"table after the form under its own caption ({clean(self.caption)[:40]}), its "
                    f"amounts none of the form's, read as no form's budget lines: "
                    + " | ".join(clean(c.text) or "" for c in header.row.cells)[:160], header.row.cells[0]))
                del self.form.warnings[n_warned:-1]     # (its cells' unplaced_cell: no row of the form's)
                self._drop_sums(header.row)             # (its 合计 row neither: a 汇总表 sheet after the forms')
                return
            self.form.budget_items.extend(recs)
            for t in totals:
                t["unit"] = unit
                self.form.totals.append(t)
        elif header.kind == "safeguard":
            self.form.safeguards.extend(recs)
        elif header.kind == "people" and (before == "indicator" or "duty" in header.cols):
            # (a table saying what each one does, `序号 | 姓名 | 职务 | 分工`, is the project's team wherever it stands:
            # above the indicators or after the budget its rows were consumed without a word, review rd63)
            self._team_kept(header, recs)
        elif header.kind == "assessment":
            self.form.assessment_items.extend(recs)
            self.form.kind = "assessment"
        elif header.kind == "schedule" and (recs := [r for r in recs if strip_numbering(r.get("content") or "")
                                                    or r.get("start") or r.get("end") or r.get("period")]):
            # 项目实施进度计划 as a table: kept as the `plan` text, its steps apart by `；` (an empty `2、` slot
            # of the template left out; a line break between them was lost to the text's clean-up, which joins
            # a narrow cell's wrapped lines: `…和招标2024年4-9月…`)
            steps = (" ".join(x for x in (r.get("period"), r.get("content"), r.get("milestone"),
                                          r.get("start") and r.get("end")
                                          and f"{r['start']}—{r['end']}" or r.get("start") or r.get("end"),
                                          r.get("status"))
                              if x) for r in recs)
            text = "；".join(t for step in steps if (t := step.strip().rstrip("；;。.，, ")))
            self._set("plan", text, recs[0]["cell"])

    def _total_unit_of(self, row: Row) -> str | None:
        """The unit a total money label declared (`年度资金总额（万元）`), when `row` is in that label's grid."""
        if self.total_unit is None or row.grid is None or self.total_unit[0] is not row.grid:
            return None
        return self.total_unit[1]

    def _grade_scale(self, i: int, row: Row) -> int | None:
        """`考核等次 | 优秀：90分（含）以上；良好：80-89分；…` (a row of its own, perhaps at the foot of a 考核任务分解表),
        or `考核等次 | 分值范围` / `等次 | 得分区间` over rows `优秀 | ≥90分`, `良好 | 80-89分` …: the scale a score is graded
        by, kept in other_fields as `考核等次` (`优秀：≥90分；良好：80-89分；…`); it ends the table above it (it was an
        assessment row without a numbered item, or rows without a known label). Returns the index of the row after
        it, else None."""
        head, rest = row.cells[0].text, None     # (the row's filled cells, taken past the head's test)
        if row.is_text_line and len(row.cells) == 1 and (pair := _PAIR_CELL.match(head.strip())) is not None \
                and pair.group(2).strip():
            # `评价等级：90分以上为优，80-89分为良，…` on a line of its own under a 评分表: the label and the scale, as in
            # two cells (the scale was read as the form's grade, hunt sc14)
            head, rest = pair.group(1), [replace(row.cells[0], text=pair.group(2))]
        if not _grade_scale_head(head):
            # (asked of every row: the bands over grades only where a row of a head and two grades follows, and the
            # row's filled cells only past the head; slices, no call — hunt sp3)
            next_rows = self.rows[i + 1:i + 2]
            if row.is_text_line or not next_rows or not next_rows[0].cells[2:]:
                return None
            return self._grades_under_bands(i, row)
        if rest is None:
            rest = [c for c in row.cells[1:] if c.text.strip()]
        if not rest and i + 1 < len(self.rows) and (end := self._grade_scale(i + 1, self.rows[i + 1])) is not None:
            return end                   # `考核等次划分：` over the scale's own table (等次 | 得分区间 | 说明): its caption
        if any(ticked_options(c.text) is not None or _TICK_MARK.search(c.text) for c in rest):
            return None                  # `评价等级 | ☑优（90分以上） □良（80-90分）…`: the grade ticked, a field's options
        filled = _GRADE_FILLED.match(rest[0].text) if rest else None
        if filled and filled.group(2) and not _balanced(filled.group(2)):
            filled = None                # `优（90分以上）、良（80分-89分）、…`: the scale's first band, no grade filled in
        if filled and (not filled.group(2) or len(_GRADE_BAND.findall(fold(filled.group(2)))) >= 2) \
                and not any(_GRADE_ALONE.match(fold(c.text)) for c in rest[1:]):
            # `评价等级 | 良（优：90分（含）以上；良：80-89分；…）` or `评价等级 | 良 | 等级标准 | 优：90分…`: the grade
            # filled in, the scale beside it (in its brackets, its legend kept as 考核等次; or a label and value of
            # their own): a field's value, no scale (the grade was lost to the scale); the unfilled scale `优（90分以上）、
            # 良（80-90分）…` starts with a grade's band, no grade alone
            if filled.group(2):
                self.form.other.append(("考核等次", clean(filled.group(2)) or "", rest[0]))
            elif len(rest) == 2 and len(_GRADE_BAND.findall(fold(rest[1].text))) >= 2:
                # `综合评价等级 | 优 | 优（90分以上）、良（80-90分）…`: the grade written, the scale printed beside it (not
                # under a label of its own, `等级标准 | 优：…`, which is kept as it is)
                self.form.other.append(("考核等次", clean(rest[1].text) or "", rest[1]))
            return None
        if len(rest) >= 2 and _GRADE_ALONE.match(fold(rest[-1].text)) \
                and len(_GRADE_BAND.findall(fold(" ".join(c.text for c in rest[:-1])))) >= 2:
            # `评价等级 | 优（90分及以上）、良（80-89分）… | | 优`: the scale printed, the grade written after it (it was
            # read into the scale, `…；优`, no grade)
            self._flush()
            self.form.other.append(("考核等次", "；".join(clean(c.text) or "" for c in rest[:-1]), row.cells[0]))
            self._set("grade", clean(rest[-1].text) or rest[-1].text, rest[-1])
            return i + 1
        if rest and len(_GRADE_BAND.findall(fold(" ".join(c.text for c in rest)))) >= 2:
            text, end = "；".join(clean(c.text) or "" for c in rest), i + 1
        elif len(rest) >= 2 and all(_GRADE_ALONE.match(fold(c.text)) for c in rest) and i + 1 < len(self.rows) \
                and (below := self._bands_beside(row, rest, self.rows[i + 1])) is not None:
            # `等级 | 优 | 良 | 中 | 差` over `分数 | 90分以上 | 80-89分 | …`: the scale laid across, each grade over its band
            # (the first grade was the form's, the bands an unparsed_row; hunt sc14)
            text, end = below, i + 2
        elif len(rest) >= 2 and all(_GRADE_ALONE.match(fold(c.text)) for c in rest) and i + 1 < len(self.rows) \
                and self._grade_history(self.rows[i + 1], row, rest):
            # `评价等级 | 优 | 良 | 优` over `年度 | 2021 | 2022 | 2023`: past grades, the years under them, as md22 reads
            # them the other way up (the first row was read as an indicator `优年度` of the table above it)
            return self._keep_grade_history(i, row, self.rows[i + 1])
        elif all(len(c.text.strip()) <= 8 and not _DIGITS.search(c.text) for c in rest):
            bands, j = [], i + 1
            while j < len(self.rows) and (r := self.rows[j]).grid is row.grid and len(r.cells) >= 2 \
                    and _GRADE_ALONE.match(fold(r.cells[0].text)) and _DIGITS.search(r.cells[1].text):
                bands.append(f"{clean(r.cells[0].text)}：" + "，".join(clean(c.text) or "" for c in r.cells[1:]))
                j += 1
            if len(bands) < 2:
                return None
            text, end = "；".join(bands), j
        else:
            return None
        self._flush()
        self.form.other.append(("考核等次", text, row.cells[0]))
        return end

    def _grades_under_bands(self, i: int, row: Row) -> int | None:
        """`分数 | 90分以上 | 80-89分 | …` over `等级 | 优 | 良 | 中 | 差`: the scale laid across with its bands first, kept
        as `考核等次` as the grades over their bands are (the bands were an unparsed_row, the first grade the form's;
        review rv59). Returns the index of the row after the grades, else None."""
        if row.is_text_line or i + 1 >= len(self.rows) or len((nxt := self.rows[i + 1]).cells) < 3 \
                or not _grade_scale_head(nxt.cells[0].text):
            return None              # (a head and two grades at least; `_grade_scale` asks the count first)
        grades = [c for c in nxt.cells[1:] if c.text.strip()]
        if len(grades) < 2 or not all(_GRADE_ALONE.match(fold(c.text)) for c in grades):
            return None
        if (text := self._bands_beside(nxt, grades, row)) is not None:
            self._flush()
            self.form.other.append(("考核等次", text, nxt.cells[0]))
            return i + 2
        if not self._grade_history(row, nxt, grades):
            return None
        # (`年度 | 2021年 | 2022年 | 2023年` over `评价等级 | 优 | 良 | 优`: the grades of past years, no scale — they were
        # read as one, `优：2021年；…`, then as indicators of the last level 1: kept as written under their labels,
        # review rd2)
        return self._keep_grade_history(i, row, nxt)

    def _keep_grade_history(self, i: int, first: Row, second: Row) -> int:
        """Keep a history of grades (years and grades, two rows from I, either first) in other_fields as written under
        their labels (`{"年度": "2021年；2022年；2023年", "评价等级": "优；良；优"}`); it ends the table above it.
        Returns the index of the row after them."""
        self._flush()
        for r in (first, second):
            self.form.other.append((clean(r.cells[0].text) or "", "；".join(clean(c.text) or "" for c in r.cells[1:]
                                                                           if c.text.strip()), r.cells[0]))
        return i + 2

    @staticmethod
    def _grade_history(row: Row, grades_row: Row, grades: list) -> bool:
        """Is ROW, over GRADES_ROW (its GRADES), a row of years each over its grade (`年度 | 2021年 | 2022 | …`)?"""
        years = [c for c in row.cells[1:] if c.text.strip()]
        return row.grid is grades_row.grid and [c.col for c in years] == [c.col for c in grades] \
            and all(_YEAR_PART.match(t := fold(c.text).strip()) or _YEAR_END.fullmatch(t) for c in years)

    @staticmethod
    def _bands_beside(row: Row, grades: list, bands_row: Row) -> str | None:
        """The scale of grades laid across two rows, each grade (GRADES, cells of ROW) in the column of its band of
        points in BANDS_ROW, the row under it or over it (`优：90分以上；良：80-89分；…`), else None."""
        if bands_row.grid is not row.grid or bands_row.is_text_line \
                or not _BANDS_LABEL.match(label_key(bands_row.cells[0].text) or ""):
            return None      # (`年度 | 2021年 | 2022年` over `评价等级 | 优 | 良`: a history of grades, no scale; review rd2)
        bands = {c.col: clean(c.text) or "" for c in bands_row.cells if _DIGITS.search(c.text)}
        if set(bands) != {c.col for c in grades} or not all(_POINTS_BAND.search(b) for b in bands.values()):
            return None
        return "；".join(f"{clean(c.text)}：{bands[c.col]}" for c in grades)

    def _other_sheets(self) -> None:
        """A workbook's label | value rows on a sheet holding none of the form's own fields, titles or records (a
        资产负债表's `货币资金 | 1862140.55` before the sheet of the form): another sheet's, not kept in other_fields."""
        f = self.form
        sheets = {c.page for r in self.rows if r.grid is not None and r.grid.origin in ("xlsx", "xls")
                  for c in r.cells[:1]}
        if not f.other or not sheets:
            return
        own = f.pages | {r.cells[0].page for r in self.rows if r.cells and is_title(r)}
        f.other = [o for o in f.other if o[2].page not in sheets or o[2].page in own]

    def _other_table(self, header: Header, recs: list[dict], unit: str | None) -> bool:
        """Is a budget table read after the form's indicators, under a caption line of its own (`附表：其他项目预算安排
        （不需申报绩效目标）`, `政府采购预算表`), whose lines add up to none of the form's money, another table than the
        form's (other projects' budgets, a procurement budget), no lines of the form's?"""
        if not self.form.indicators or not recs or not self.caption:
            return False
        above = self.rows[self.header_at - 1] if self.header_at > 0 else None
        if above is None or not above.is_text_line:
            return False
        name = self.form.fields.get("name")
        if name is not None and (clean(name.text) or "") and (clean(name.text) or "") in fold(self.caption):
            return False                         # (the form's own project's table: 某某项目预算明细表)
        if not self.form.fields.keys() & L.MONEY_FIELDS:
            return False
        n = len(self.form.budget_items)
        return not self._adds_up_in_yuan(recs) and not (unit and self._adds_up_in(recs, unit, n, n))

    def _adds_up_in_yuan(self, recs: list[dict]) -> bool:
        """Do a table's lines, read as 元, add up to an amount of the form read so far (a money field or a budget line,
        in yuan)?"""
        nums = [parse_number(r.get("amount")) for r in recs if r.get("amount")]
        if not nums or any(n is None for n in nums):
            return False
        total = sum(nums)
        known = [parse_amount(v.text, v.unit) for k, v in self.form.fields.items() if k in L.MONEY_FIELDS] + \
            [parse_amount(b["amount"], b.get("unit")) for b in self.form.budget_items if b.get("amount")]
        return any(k is not None and k > 0 and abs(k - total) <= 0.005 * k for k in known)

    def _adds_up_in(self, recs: list[dict], unit: str, start: int, end: int, skip: frozenset = frozenset()) -> bool:
        """Do a table's lines, read in `unit`, add up to an amount of the form (a money field — none read from the
        places SKIP, the table's own 合计 — or a budget line outside budget_items[start:end])?"""
        nums = [parse_amount(r.get("amount"), unit) for r in recs if r.get("amount")]
        if not nums or any(n is None for n in nums):
            return False
        total = sum(nums)
        known = [parse_amount(v.text, v.unit or self.form.form_unit) for k, v in self.form.fields.items()
                 if k in L.MONEY_FIELDS and getattr(v, "parts", None) is None
                 and (getattr(v.cell, "page", None), getattr(v.cell, "line", None)) not in skip] + \
            [parse_amount(b["amount"], b.get("unit")) for k, b in enumerate(self.form.budget_items)
             if b.get("amount") and not start <= k < end]
        return any(k is not None and k > 0 and abs(k - total) <= 0.005 * k for k in known)

    # ------------------------------------------------------------ key-value rows
    def _score_said(self, text: str) -> re.Match | None:
        """The project's score of this evaluation in a sentence (`经自评，本项目2023年度综合得分为93分`), the first
        that is; none of another year's (`该项目2022年度综合得分85分`, `上年度…`), an average (`项目平均自评得分89分`),
        a method (`综合评分100分制`), a goal (`力争项目综合评分90分`) or another evaluation's or body's (`后者在…市级
        重点评价中综合得分78分`). Without 为 the clause right before it (after the last `，`) must name the project."""
        years = None
        for m in _SCORE_SENTENCE.finditer(text):
            sentence = re.split(r"[。；;]", text[:m.start()])[-1]
            clause = re.split(r"[，,：:]", sentence)[-1]
            if re.search(r"满意|调查|测评", text[:m.start()]) or _OTHER_SCORE.search(sentence) \
                    or _OTHER_SCORER.search(clause):
                continue
            named = {int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", sentence)}
            if named:
                if years is None:
                    years = {int(y) for t in self.form.titles + self.form.year_texts
                             for y in re.findall(r"(?:19|20)\d{2}", fold(t))}
                if not named <= years:
                    continue
            if "为" not in m.group(0) and not _THIS_PROJECT.search(clause):
                continue
            return m
        return None

    def _not_money(self, label: Cell, value: Cell, why: str | None = None, code: str = "amount_not_money") -> None:
        """A money label's cell holding a figure in a unit of no 人民币 money (`预算金额 | 120 美元`, `预算金额（万元） |
        120 台`): no amount — the cell kept in other_fields as written under the label as written, and an
        amount_not_money warning (nothing converts a currency; a count is no money, whatever the label's unit); with
        `why`, a cell of no sure amount for that reason, said under `code` (`12,5000`: amount_unreadable)."""
        # (`其中：财政资金 | …` under the part's name, not `其中`)
        name = clean(_LABEL_COLON.sub(r"\1", _SUB_LINE.sub("", label.text.strip()))) or label.text.strip()
        self.form.other.append((name, clean(value.text) or value.text.strip(), value))
        if why is not None:
            self.form.warnings.append(warn(code, f"{name}: {clean(value.text)} — {why}", value))
            return
        if _PER_YEAR.match(fold(value.text)):
            # (`项目总预算 | 50万元/年`: a rate of money, no sum the field asks — said as such, hunt mn15)
            self.form.warnings.append(warn("amount_not_money", f"{name}: {clean(value.text)} — a sum per year (a rate), "
                                           "not the sum this field asks: no amount read", value))
            return
        self.form.warnings.append(warn("amount_not_money", f"{name}: {clean(value.text)} — a figure in a unit of no "
                                       "money in 元 (a foreign currency, a count or a price per thing): no amount read", value))

    def _misgrouped(self, col: str, text: str, cell: Cell, unit: str | None, label: str | None,
                    named: str | None = None) -> None:
        """A money field's figure whose commas group no thousands (`12,5000`: 125000, or 12.5 with a decimal comma?),
        wherever it was read — a pair's cell, a line `资金总额：12,5000万元`, a sentence's clause: no amount, kept as
        written under its label and said by amount_unreadable naming it (hunt mn21 said it of a pair's cell only; on a
        line it went without a word, hunt mn22). Of no label given, `named` (a sentence's clause's name, `项目资金：
        12,5000万元，…`: `项目资金`; a matrix's head, `全年预算数`), else the name written right before the figure in the
        cell — not a label of the field's the form does not write (`项目总预算`, `项目当年预算`: review rv75). The
        figure with its unit, unless the label it is kept under states it (`资金总额（万元） | 12,5000`: as written, mn21's)."""
        label = label or named or _name_before(cell.text, text) or L.FIELD_LABELS[col][0]
        if col in _LABELLED_MONEY:
            # (`全年预算数 | 1,20.00` beside `年初预算数 | 120.00`: a year's budget written but unread, no budget_year
            # taken from the first budget as a form stating none gets — review rv75)
            self.form.labelled.add(col)
        shown = text if unit is None or unit in text or declared_unit(label) else f"{text.strip()}{unit}"
        self._not_money(replace(cell, text=label), replace(cell, text=shown), _MISGROUPED_WHY, "amount_unreadable")

    def _full_marks_restated(self, *said: tuple[Cell, float]) -> bool:
        """Of two figures said for the score (each its cell and figure), is one a score table's total and the other that
        table's points, its full marks (`合计 | 100 | 94` beside a line `总分：100分`)?"""
        for (tot, _), (line, figure) in (said, said[::-1]):
            if id(tot) in self.table_totals and id(line) not in self.table_totals \
                    and parse_number(self.table_totals[id(tot)][1] or "") == figure:
                return True
        return False

    def _set(self, col: str, text: str | None, cell: Cell, unit: str | None = None,
             label: str | None = None, named: str | None = None) -> bool:
        """Record a field's value; the first wins unless a later label names the column better
        (实施单位 over 填报单位). named: the head the value stands under where no label ranks it (a matrix's
        `全年预算数`), what an unread amount is kept under."""
        if text is None or is_placeholder(text):
            if text is not None and col in _LABELLED_MONEY:
                self.form.labelled.add(col)         # `全年预算数 | /`: labelled, left empty
            return False
        if col in L.MONEY_FIELDS:
            text = self._unit_cell_after(text)
            if (rest := _span_cut(text)) is not None:
                # `中期资金 | 2025-2027年3,600万元`: the span of years the amount is of, no figure of it (kept in
                # other_fields as written, no budget_total — rv156's leftover, hunt mn32), as after a sentence's lead;
                # a field of one year's money (`年度资金总额 | 2025-2027年3,600万元`) is not the period's amount: kept as
                # written under its label (it was the year's budget — review rv163)
                if col != "budget_total":
                    return self._keep_pair(_LABEL_COLON.sub(r"\1", (label or named or L.FIELD_LABELS[col][0]).strip()),
                                           text, cell)
                text = rest
            if misgrouped_figure(text):
                self._misgrouped(col, text, cell, unit, label, named)
                return True
            if amount_bound(text) is not None:
                # a bound or a range on the money on a line or under a head (`资金总额：50-80万元`, `项目资金：不超过50万元`):
                # no amount, kept as written under its label as a pair's cell is (`资金总额 | 50-80万元`) — it was read as
                # the field's amount, none, and lost without a word (hunt mn25)
                head = _LABEL_COLON.sub(r"\1", (label or named or L.FIELD_LABELS[col][0]).strip())
                return self._keep_bound(head, text, cell)
        if col == "score" and (digits := cn_figure(text)) is not None:
            text = digits            # `自评得分：九十四分` (`八十七点五分`): 94 (87.5) — it was dropped as no figure
        f = self.form
        if col == "unit" and label and clean(text) in ("同上", "同左") and self.last_org:
            # 主管部门 | 某县教育局 over 实施单位 | 同上: the department is the unit (it was `同上`); the body the row
            # above names, whichever its label: 项目单位 | 某县第一中学, 申报单位, 县级主管部门 | 某县农业农村局 under a
            # 省级主管部门 (the department's name was taken)
            text = self.last_org
        elif col == "unit" and label and clean(text) in ("同上", "同主管部门", "同左") and "department" in f.fields:
            text = f.fields["department"].text
        elif col == "unit" and clean(text) in ("同上", "同主管部门", "同左"):
            return False                 # `实施单位 | 同上` with no body named above: it names none (was the unit `同上`)
        if col == "unit" and label and plural(clean(text) or ""):
            # 实施单位 | 各乡镇人民政府 (各相关单位): many bodies, none the project's unit; kept as written under its label
            f.other.append((label_key(_LABEL_COLON.sub(r"\1", label.strip())), clean(text) or text, cell))
            return True
        if col == "execution_rate" and label and _PERCENT_HEAD.search(fold(label)) \
                and (n := parse_number(text)) is not None and n > 1:
            # `执行率（%） | 95.00` (or a matrix's 执行率(%) column): a bare figure of the head's percent (it was read only
            # when it agreed with spent / budget, so a stated rate that disagrees was lost, unchecked)
            text = f"{clean(text)}%"
        if col.removeprefix("_weak_") == "budget_year" and label \
                and (money_year := _money_label_year(label)) is not None \
                and (year := f.stated_year) is not None and money_year != year:
            # `2024年申请资金 | 500` above `2025年申请资金 | 600` in a form of 2025: a label the year's own word makes
            # budget_year (label_key takes its year for the form's) names another year's money: kept under its label
            # (it was the year's budget, 500; review ry), named and said as _other_labelled_years keeps it:
            # `2024年申请资金（万元） | 500` is `2024年申请资金: 500万元` (it was `2024年申请资金（万元）: 500`, mend md38)
            self._keep_other_year_money(_year_money_name(label), cell, text, unit)
            return True
        if col == "fill_date" and label and (_MONTH_ONLY.match(fold(text).strip())
                                             or None is field_date(text, 2000) is field_date(text) and _ANY_FIGURE.search(text)
                                             and not (SHORT_YEAR_DAY.match(clean(text) or "") and field_date(
                                                 text, f.stated_year) is not None)):
            # `填报日期 | 2024年3月` (`2024.03`, `二〇二四年三月`): a month, no day — no fill_date, kept as written under its
            # label (it was lost, hunt ti11); so any written figure read as no day (`报送日期：2024年3月20日前`,
            # `2024年13月45日`: they were lost, review rv44); not a short year's day (`24.3.15`: the form's year's, read
            # with it, hunt ti13) that the form's year reads (`19.3.15` in a form of 2024, `24.3.15` in a form of no
            # year: kept as written, they were lost — md13 of code review rd)
            f.other.append((label_key(_LABEL_COLON.sub(r"\1", label.strip())), clean(text) or text, cell))
            return True
        rank = field_rank(label) if label else UNRANKED
        if col == "score" and label and L.SELF_SCORE.match(own_label := label_key(_LABEL_COLON.sub(r"\1", label.strip()))):
            self.self_said = (own_label, clean(text) or text, f)
        old = f.fields.get(col)
        if col == "budget_year" and old is not None and label and "财政" in label and _SUB_LINE.match(label) \
                and "budget_fiscal" not in f.fields:
            # `其中：申报财政资金（万元） | 2,000.00` under `本年度申报金额（万元） | 2,350.00`: a label of the money asked
            # for (申请财政资金, and its 申报 twin since hunt nw17) written as a part of the year's money is its fiscal
            # part (it was dropped without a word as the year's money ranked lower, review rv152)
            col, rank, old = "budget_fiscal", UNRANKED, None
        elif col == "budget_year" and old is not None and old is self.sub_fiscal_year and label \
                and not _SUB_LINE.match(label) and "budget_fiscal" not in f.fields:
            # the same `其中：申报财政资金（万元） | 2,000.00` written above its total `本年度申报金额（万元） | 2,350.00`:
            # the part read first as the year's money is the fiscal part, the total the year's (the part was replaced
            # without a word, review rd70)
            f.fields["budget_fiscal"] = RawValue(old.text, old.cell, old.unit)
            old = self.sub_fiscal_year = None
            del f.fields[col]
        if old is not None and col in ("budget_fiscal", "budget_other") and self._period_part(col, old, cell):
            old = None                       # (the period's part moved to other_fields: the year's part read below)
        if col == "name" and old is not None and label and "金" in label and old.rank < rank \
                and (own := label_key(_LABEL_COLON.sub(r"\1", label.strip()))) in _FUND_NAME_LABELS \
                and (named := clean(text)) and named != clean(old.text):
            # `资金名称 | 江西省农村饮水安全工程维修养护资金` under the form's `项目名称 | …`: the project's fund, kept in
            # other_fields under its label as a `基金名称` beside the name is (it parted the form, then was lost: hunt ti21;
            # `资 金 名 称`, `資金名稱`: review rv135)
            f.other.append((own, named, cell))
            return True
        if col == "name" and old is not None and label and rank < old.rank < UNRANKED \
                and (fund := L.FIELD_LABELS["name"][old.rank]) in _FUND_NAME_LABELS \
                and label_key(_LABEL_COLON.sub(r"\1", label.strip())) not in _FUND_NAME_LABELS \
                and (named := clean(old.text)) and named != clean(text):
            # the same `资金名称` row over the form's `项目名称 | …`: the name the 项目名称's, the fund kept as above (it
            # parted the form, the first of no department nor indicators — review rv135)
            f.other.append((fund, named, old.cell))
            f.fields[col] = RawValue(text, cell, unit, rank=rank)
            return True
        if col == "period" and label and old is not None and clean(text) != clean(old.text) \
                and _dated_period(text) != _dated_period(old.text):
            # `项目期 | 1年` beside `实施期限 | 2025年1月至2025年12月` (before or after it): the dated period is the
            # project's, the length kept under its label (the better-ranked label's `1年` won, the dates lost without a
            # word, hunt ck2)
            if not _dated_period(text):
                f.other.append((label_key(_LABEL_COLON.sub(r"\1", label.strip())), clean(text) or text, cell))
                return True
            if old.rank < UNRANKED:
                f.other.append((L.FIELD_LABELS["period"][old.rank], clean(old.text) or old.text, old.cell))
            f.fields[col] = RawValue(text, cell, unit, rank=rank)
            return True
        if col == "score" and old is not None and label and rank < UNRANKED \
                and noted_score(text) is None is not noted_score(old.text) \
                and _FINAL_SCORE.match(own_key := label_key(_LABEL_COLON.sub(r"\1", label.strip()))):
            # `财政评分：待复核` (`复核得分：暂无`) under `总分 | 100 | 96.5`: a final score of no figure leaves the form's,
            # kept under its label (the 96.5 was put aside for it, the score null — review rv112)
            f.other.append((own_key, clean(text) or text, cell))
            return True
        if col == "score" and old is not None and label and rank < UNRANKED \
                and (figure := noted_score(text)) is not None and figure != noted_score(old.text) \
                and _FINAL_SCORE.match(label_key(_LABEL_COLON.sub(r"\1", label.strip()))) \
                and not _FINAL_SCORE.match(L.FIELD_LABELS["score"][old.rank] if old.rank < UNRANKED else ""):
            # `最终得分 | 90` under `合计 | 100 | 92` or after `自评得分 | 92`: the score the form settles on, the earlier kept
            # under its label (the 最终得分 ranks last and was dropped without a word, review rv11); the unit's own
            # label when it stated that figure (`合计 | 100 | 92` then `自评得分 | 92 | 复核得分 | 90`: `{"自评得分": "92"}`)
            if old.rank < UNRANKED:
                said = self.self_said
                head = said[0] if said is not None and said[2] is f and parse_number(said[1]) == parse_number(old.text) \
                    else L.FIELD_LABELS["score"][old.rank]
                f.other.append((head, clean(old.text) or old.text, old.cell))
            f.fields[col] = RawValue(text, cell, unit, rank=rank)
            return True
        if col == "grade" and old is not None and label and rank < UNRANKED and old.rank == UNRANKED \
                and clean(old.text) != clean(text) and _FINAL_GRADE.match(label_key(_LABEL_COLON.sub(r"\1", label.strip()))):
            # `合计 | 100 | 92 | 优` under an `等级` column (a grade of no label), then `复核等级 | 良`: the reviewer's the
            # form's, the unit's kept under the head it stood under, else `等级` (it was lost without a word, hunt sc10)
            f.other.append((clean(old.head or "") or "等级", clean(old.text) or old.text, old.cell))
            f.fields[col] = RawValue(text, cell, unit, rank=rank)
            return True
        if col == "grade" and old is not None and label and rank < UNRANKED and old.rank < UNRANKED \
                and clean(old.text) != clean(text) \
                and bool(_FINAL_GRADE.match(own_key := label_key(_LABEL_COLON.sub(r"\1", label.strip())))) \
                != bool(_FINAL_GRADE.match(old_key := L.FIELD_LABELS["grade"][old.rank])):
            # `自评等级 | 优 | 复核等级 | 良` (either order): the reviewer's grade the form's, as its 复核得分 is the score,
            # the unit's kept under its label (`{"自评等级": "优"}`; the 复核等级 was an unplaced_cell, hunt sc9)
            if not _FINAL_GRADE.match(own_key):
                f.other.append((own_key, clean(text) or text, cell))
                return True
            f.other.append((old_key, clean(old.text) or old.text, old.cell))
            f.fields[col] = RawValue(text, cell, unit, rank=rank)
            return True
        if col == "score" and old is not None and label and old.rank < UNRANKED and rank < UNRANKED \
                and parse_number(old.text) != parse_number(text) \
                and _SCORER_LABEL.search(own_key := label_key(_LABEL_COLON.sub(r"\1", label.strip()))) \
                and _SCORER_LABEL.search(old_key := label_key(L.FIELD_LABELS["score"][old.rank])) and own_key != old_key:
            # `自评得分 | 96` and `评价得分 | 92` (a 自评表 the reviewer scored too): the better-ranked the form's score, the
            # other kept as written under its label (the one read first was lost without a word, hunt lt); not a
            # 总分 / 合计 beside a 综合得分, the sum of the rows (total_row_mismatch checks it)
            new_wins = old.rank > rank
            if _FINAL_SCORE.match(old_key):
                new_wins = False         # (`复核得分 | 90 | 自评得分 | 92`: the reviewer's before the unit's, hunt sc8)
            elif bool(L.SELF_SCORE.match(own_key)) != bool(L.SELF_SCORE.match(old_key)) and _evaluator_form(f):
                # `自评得分 | 98 | 评价得分 | 90` on a 第三方 / 绩效评价评分表 (an 评价机构 named on it): the outside
                # evaluator's score the form's, the unit's own kept under its label (the 自评得分 ranks first on a 自评表;
                # here it won, the evaluator's 90 kept aside — hunt sc3)
                new_wins = not L.SELF_SCORE.match(own_key)
            keep = (own_key, clean(text) or text, cell) if not new_wins \
                else (L.FIELD_LABELS["score"][old.rank], clean(old.text) or old.text, old.cell)
            if not new_wins and L.SELF_SCORE.match(own_key):
                # (`合计 | 100 | 92`, `复核得分 | 90 | 自评得分 | 92`: the 合计's 92 kept as 总分 is the unit's, said once)
                f.other[:] = [o for o in f.other if not (o[0] == L.FIELD_LABELS["score"][1]
                                                         and parse_number(o[1]) == parse_number(text))]
            f.other.append(keep)
            if not new_wins:
                return True
            if old.rank <= rank:
                f.fields[col] = RawValue(text, cell, unit, rank=rank)
                return True
        if col == "score" and old is not None and label and rank < UNRANKED and old.rank < UNRANKED \
                and parse_number(old.text) != parse_number(text) \
                and _FINAL_SCORE.match(L.FIELD_LABELS["score"][old.rank]) \
                and not _FINAL_SCORE.match(own_key := label_key(_LABEL_COLON.sub(r"\1", label.strip()))):
            # `复核得分 | 86 | 复核等级 | 良` above the 评分表, then its 合计's 92 (`总分`): the reviewer's stays the form's
            # score wherever it stands, the later kept under its label (the better-ranked 总分 took it, the 86 lost
            # without a word; review rv30)
            f.other.append((own_key, clean(text) or text, cell))
            return True
        if col == "budget_total" and old is not None and label and old.rank < UNRANKED and rank < UNRANKED \
                and parse_number(old.text) != parse_number(text) \
                and bool(L.INVESTMENT_LABEL.search(own_key := label_key(_LABEL_COLON.sub(r"\1", label.strip())))) \
                != bool(L.INVESTMENT_LABEL.search(old_key := L.FIELD_LABELS["budget_total"][old.rank])):
            # `资金总额 | 5,000` (split into 财政拨款 / 其他资金) and `项目总投资 | 1.2亿元`, in either order: the form's
            # money is budget_total, the whole project's investment over its years kept as written under its label (the
            # form was split in two at the second, a nameless fragment holding the investment — hunt mn7)
            if L.INVESTMENT_LABEL.search(own_key):
                f.other.append((own_key, clean(text) or text, cell))
                return True
            f.other.append((old_key, clean(old.text) or old.text, old.cell))
            f.fields[col] = RawValue(text, cell, unit, rank=rank)
            return True
        if col == "score" and old is not None and label and rank < UNRANKED and old.rank < UNRANKED \
                and (said := noted_score(text)) is not None and (first := noted_score(old.text)) is not None \
                and said != first and ((own := label_key(_LABEL_COLON.sub(r"\1", label.strip())))
                                       != (old_label := L.FIELD_LABELS["score"][old.rank])
                                       or not {id(cell), id(old.cell)} <= self.table_totals.keys()) \
                and not (_SCORER_LABEL.search(own) and _SCORER_LABEL.search(old_label)):
            # `合计 | 100 | 94` and a line `自评得分：95分` (neither a reviewer's), in either order: the form states its own
            # score twice, two figures — the better-ranked label's stays, the other kept under its label and a word of
            # it (the one ranked lower was dropped without a word, hunt sc14); not two tables' totals, each a 总分 (a
            # 自评表's and its 评分表's: the checks set a table of its own total apart, total_row_mismatch flags it), nor
            # two scores given (`评价得分` and `自评得分`: settled above, whoever gave each); one label twice is two
            # tables' totals only when both are a table's total row (`合计 | 100 | 94` then a line `总分：90分`: said
            # twice — the line was dropped without a word, hunt ly9)
            if own == old_label and self._full_marks_restated((cell, said), (old.cell, first)):
                # `合计 | 100 | 94` and a line `总分：100分` (its own label, a 总分: full marks or a score), in either
                # order: the table's full marks restated, no second score — the table's total stays, nothing said
                # (review rv78: said twice, the 100 the score when first); `自评得分：100分` a score, said twice
                if id(old.cell) not in self.table_totals:
                    f.fields[col] = RawValue(text, cell, unit, rank=rank)
                return True
            aside, stays = ((own, clean(text) or text, cell), (old_label, first)) if old.rank <= rank \
                else ((old_label, clean(old.text) or old.text, old.cell), (own, said))
            f.other.append(aside)
            f.warnings.append(warn("score_stated_twice", f"the form states its score twice: {fmt_points(stays[1])} "
                                   f"({stays[0]}, kept) and {fmt_points(noted_score(aside[1]))} ({aside[0]})", cell))
            if old.rank > rank:
                f.fields[col] = RawValue(text, cell, unit, rank=rank)
            return True
        if col in ("budget_fiscal", "budget_other") and old is not None and old.rank == _LISTED_RANK \
                and rank < _LISTED_RANK:
            # (`资金来源 | 财政资金500万元、…` then `其中：财政资金 | 450`: the row's, the two said — hunt mn20)
            self._listed_differs([label], [(old.text, old.unit)], RawValue(text, cell, unit), cell)
        if old is not None and label and old.rank < UNRANKED and (
                col == "contact" and rank != old.rank and not _one_person(text, old.text)
                or col == "phone" and rank < UNRANKED and not _one_phone(text, old.text)):
            # (one phone's label twice, `联系电话：0551-… | 联系电话：139…`: the first the column's, the second kept
            # under the label — it was dropped without a word, hunt pr5)
            if col == "phone" and self._leaders_phone_aside(old, text, cell, unit, rank):
                return True
            self._other_value(col, old, text, cell, label, rank)
            return True
        if old is not None and label and col == "unit" and self._second_unit_aside(old, text, cell, label, rank):
            return True
        if old is not None and label and col == "overview" and rank != old.rank < UNRANKED and rank < UNRANKED \
                and not same_text(text, old.text):
            # `项目概况 | 改造…` over `主要建设内容 | 新建…`: two labels of the overview, the better-ranked one the
            # column's, the other kept under its label (it was dropped without a word, hunt pr5)
            self._other_value(col, old, text, cell, label, rank)
            return True
        if col == "budget_other" and old is not None and label and self._rest_beside_raised(old, text, cell, unit, label):
            return True
        if old is not None and old.rank <= rank:
            own = label_key(_LABEL_COLON.sub(r"\1", label.strip())) if label else ""
            if col == "department" and label and clean(text) != clean(old.text) and (
                    own == "地方主管部门" or (old.rank == field_rank("中央主管部门") and _LOWER_DEPT.match(own))
                    or _LEVELLED_DEPT.match(own) and not _TEMPLATE_DEPT.search(fold(text))):
                # (主管部门 | 某县教育局 then 省级主管部门 | 某省教育厅: the other level's department, kept the same way;
                # 省级主管部门 | 某省交通运输厅 then 县级主管部门 | 某县交通运输局, a 省对下转移支付 form: the county's
                # department, no implementing unit — it was read as the unit)
                # 中央主管部门 | 农业农村部 then 地方主管部门 | 省农业农村厅 (or 省级主管部门 | 某省水利厅, a 区域绩效目标表):
                # the local department, no implementing unit (it was the unit; a 省级 one replaced the central
                # department, which was lost): kept as written beside the department
                f.other.append((own, clean(text) or text, cell))
                self.last_org = clean(text) or text
                return True
            if col == "unit" and own in _AGENCY_UNIT and clean(text) != clean(old.text):
                # (`实施单位 | 县人社局` then `经办机构 | 县社会保险服务中心`: the agency kept under its label, as before it
                # was a unit's label — it was lost, review rv)
                f.other.append((own, clean(text) or text, cell))
                return True
            if col in ("department", "unit") and label:
                self.last_org = clean(text) or text
            return False
        if col == "unit" and old is not None and old.rank in _BUDGET_UNIT_RANKS and "department" not in f.fields \
                and clean(text) != clean(old.text):
            # 预算单位 | 县交通运输局 | 项目单位 | 县公路事务中心: the unit holding the budget, over the project's, is its
            # department (it was lost)
            f.fields["department"] = RawValue(old.text, old.cell, old.unit, rank=UNRANKED)
        if col == "name" and old is not None and old.rank == field_rank("采购项目名称") \
                and clean(text) != clean(old.text) and "_weak_budget_total" in f.fields:
            # `采购项目名称 | 办公电脑 | 采购预算（万元） | 30` above the form's 项目名称: one of its purchases, a line of
            # kind composition (group 政府采购), as below it — it was a project of its own, its 300,000 the form's total
            weak = f.fields.pop("_weak_budget_total")
            self._line(clean(old.text), weak.text, "composition", weak.unit or self.form.form_unit, weak.cell,
                       group="政府采购")
            items = self.form.budget_items
            at = next((k for k, b in enumerate(items[:-1]) if b["group"] == "政府采购"
                       and (b["page"] or 0, b["line"] or 0) > (weak.cell.page or 0, weak.cell.line or 0)), None)
            if at is not None:
                items.insert(at, items.pop())        # (in the form's order, before the purchases read after it)
        if col == "department" and old is not None and clean(text) != clean(old.text) and old.rank < UNRANKED \
                and _LEVELLED_DEPT.match(L.FIELD_LABELS["department"][old.rank]):
            # a department of a level replaced by a label ranked better: kept as written, under its label (it was
            # lost) — 地方主管部门 | 省农业农村厅 (or 省级主管部门) above 中央主管部门 | 农业农村部, as below it; 中央主管部门 |
            # 教育部 then 主管部门 | 某省教育厅
            f.other.append((L.FIELD_LABELS["department"][old.rank], clean(old.text) or old.text, old.cell))
        if col == "unit" and old is not None and old.rank < UNRANKED and clean(text) != clean(old.text) \
                and label_key(L.FIELD_LABELS["unit"][old.rank]) in _AGENCY_UNIT:
            # (`经办机构 | 县社会保险服务中心` then `实施单位 | 县人社局`: the agency kept under its label, as above)
            f.other.append((L.FIELD_LABELS["unit"][old.rank], clean(old.text) or old.text, old.cell))
        if col == "other_notes" and old is not None and old.rank == UNRANKED and clean(old.text) not in (clean(text), None):
            # (a labelled note, `调整原因 | …`, after the notes a money matrix's total row gave them, `调整金额：-80万元`:
            # both, the label's first; the matrix's were lost)
            text = f"{text}\n{old.text}"
        f.fields[col] = RawValue(text, cell, unit, rank=rank)
        if col == "budget_year" and label and "财政" in label and _SUB_LINE.match(label):
            self.sub_fiscal_year = f.fields[col]     # (a fiscal part read before its total: see above)
        if col in ("department", "unit") and label:
            self.last_org = clean(text) or text
        if col == "budget_year" and label and (money_year := _money_label_year(label)) is not None:
            f.label_year = money_year                # `2024年计划投资`: the year of the year's money
        if col == "goal_annual" and label and f.label_year is None and (year := _head_year(label)) is not None:
            # `年度目标（2025年）` beside `中期目标（2024-2026年）`: the year's goal names its year as the year's money
            # head does (_period_money_header; it was left with none, hunt ti20)
            f.label_year = year
        if (col.startswith("_weak_") or col == "_assessed") and label:
            m = match_field(label)
            if m is not None and m[1] and label.rstrip().endswith(m[1].strip()):
                # (`考核对象：全县在岗乡村医生` in one cell: the label without its value, which was kept in the key)
                label = label.rstrip()[:-len(m[1].strip())].rstrip() or label
            self.weak_labels[col] = label
        self.last_text = (col, cell, self.at) if col.removeprefix("_weak_") in _PROSE_FIELDS \
            or col in ("name", "unit", "department", "phone") else None
        return True

    def _last_label_over_figure(self, i: int, row: Row, cells: list[Cell]) -> None:
        """`中央主管部门 | 市场监管总局 | | | | 自评得分` over `省级财政部门 | 四川省财政厅 | | 省级主管部门 | 四川省市场监管局 | 100`
        (the central 区域绩效目标自评表): a label in the row's last cell, its value left empty beside it, and a figure in
        the last cell of the row below, in the same column, after a label and its value: the label's value."""
        last = cells[-1]
        if len(cells) < 3 or row.grid is None or i + 1 >= len(self.rows):
            return
        m = match_field(last.text)
        below = self.rows[i + 1]
        if m is None or m[1] is not None or m[0] in self.form.fields or below.grid is not row.grid \
                or len(below.cells) < 3:
            return
        fig, before = below.cells[-1], below.cells[-2]
        if fig.col != last.col or not is_number(fig.text) or is_number(before.text) or match_field(before.text) \
                or not match_field(below.cells[-3].text):
            return
        if self._set(m[0], fig.text, fig, None, last.text):
            self.consumed.add(id(fig))

    def _column_list(self, i: int, row: Row, cells: list[Cell]) -> bool:
        """`部门职责 | 年度履职目标` (a text field's label beside a short head of no field, naming what is under it:
        `…目标` / `…任务` / `…内容`, _COLUMN_HEAD_END; no value as `项目概况 | 道路照明设施维护`) over two rows
        or more of two texts in the same two columns, none a label (a 部门整体 form's duties each with its goal):
        the label's field the first column's texts, the head kept in other_fields with the second column's, each
        joined by `；` (the head was read as the label's value, each pair kept under its duty as a label of no
        field). True if read."""
        if len(cells) != 2 or row.grid is None or row.is_text_line:
            return False
        lab, head = cells
        m = match_field(lab.text)
        key = label_key(head.text) or ""
        if m is None or m[1] is not None or m[0] not in _LISTED_TEXT_FIELDS or m[0] in self.form.fields \
                or match_field(head.text) is not None or is_block_label(head.text) \
                or not 2 <= len(key) <= 10 or _DIGITS.search(head.text) or head.text.rstrip().endswith(("。", "；")) \
                or not _COLUMN_HEAD_END.search(key):
            return False
        pairs: list[tuple[Cell, Cell]] = []
        for r in self.rows[i + 1:i + 60]:
            got = [c for c in r.cells if id(c) not in self.consumed]
            if r.grid is not row.grid or r.is_text_line or len(got) != 2 or detect_header(r) \
                    or (got[0].col, got[1].col) != (lab.col, head.col) \
                    or any(match_field(c.text) or is_block_label(c.text) or is_number(c.text) for c in got):
                break
            pairs.append((got[0], got[1]))
        if len(pairs) < 2:
            return False
        for a, b in pairs:
            self.consumed.update((id(a), id(b)))
        self._value(m[0], "；".join(clean(a.text) or a.text for a, _ in pairs), pairs[0][0], None, lab.text)
        self.form.other.append((_OTHER_LABEL_END.sub("", clean(head.text) or ""),
                                "；".join(clean(b.text) or b.text for _, b in pairs), head))
        return True

    def _read_fields(self, i: int, row: Row) -> None:
        if self.total_unit is not None and row.grid is not None and row.grid is not self.total_unit[0] and i >= 2 \
                and self.rows[i - 2].grid is self.total_unit[0] \
                and _LONE_PARTS_HEAD.match(" ".join(c.text for c in self.rows[i - 1].cells)):
            # `年度资金总额（万元） | 600.00`, then `其中：` alone on its line, then `财政拨款 | 550.00` (a grid of its own
            # after the line): the parts in the total's unit still (they were 550 元, hunt mn16)
            self.total_unit = (row.grid, self.total_unit[1])
        # (a cell of one column is no block label run into a label: _block_and_label's own first test, asked here of
        # every cell of every row, no call)
        cells = _period_year_cells([part for c in row.cells if id(c) not in self.consumed
                                    for part in (_block_and_label(c) if c.colspan > 1 else (c,))])
        cells = self._item_labelled_prose(i, cells)
        if self.spending is not None:
            cells = self._spending_side(row, cells)
        elif self._income_and_spending(row, cells):
            return
        if self.period_money is not None:
            if self._period_money_row(row, cells):
                return
            self.period_money = None
        if self._period_money_header(row, cells):
            return
        cells = self._under_parts_head(row, cells)
        cells = self._aside_cells(row, cells)
        self.kind_note = None
        if self.kind_col is not None or (len(cells) >= 2 and ("名称" in cells[0].text or "来源" in cells[0].text)):
            cells = self._kind_column(row, cells)
        if row.grid is not None and (next_rows := self.rows[i + 1:i + 2]) and next_rows[0].grid is row.grid:
            cells = self._values_cut_below(i, row, cells)      # (its own first test, asked here of every row: no call)
        if i:
            cells = self._unit_cut_below(i, row, cells)
        if not (cells := self._stage_pairs_row(row, cells)):
            return
        if self.parts_from is not None and i >= 1 and i - 1 != self.parts_from[2] and cells \
                and row.grid is self.parts_from[0] and not _SUB_LINE.match(cells[0].text) \
                and _LONE_PARTS_HEAD.match(" ".join(c.text for c in self.rows[i - 1].cells)):
            # the first part after a lone `其中：` line (_parts_below): read as `其中：当年财政拨款 | 550.00` is
            cells = [replace(cells[0], text="其中：" + cells[0].text.strip())] + cells[1:]
        self._row_cells = cells
        self.at = i
        if self.parts_from is not None and i != self.parts_from[2] \
                and not _LONE_PARTS_HEAD.match(" ".join(c.text for c in row.cells)):
            grid, pcol, _ = self.parts_from
            pairs = _source_pairs_row(cells)
            if row.grid is not grid or not cells or (cells[0].col < pcol and not pairs) or (
                    (m := match_field(cells[0].text)) is not None
                    and not (_SUB_LINE.match(cells[0].text) and m[0] in ("budget_fiscal", "budget_other"))) \
                    or not (len(cells) == 2 and _part_figure(cells[1].text, cells[0].text) or pairs) \
                    or _COUNT_UNIT.search(cells[0].text):
                # (`受益人口 | 12000` on the next row: no part of the money, the group ends; `市县资金 | 18 | 乡镇 | 12`
                # under `资金总额 | 100 | 其中：中央资金 | 50 | 省级资金 | 20`, sources by level each beside its amount: the
                # total's parts go on — they were lines of no group, a false source_sum_mismatch, hunt ck2)
                self.money_group = None
                self.parts_from = None
        if not cells:
            return
        if len(cells) >= 3 and "名称" in cells[0].text:
            cells = _name_over_two_cells(cells)
            if len(cells) == 3 and (beside := _beside_the_name(cells)) is not None:
                # `项目名称 | 七星关区农村小水窖建设工程 | 新建项目`: a third cell of no label beside a whole name (a
                # phase, a note), no part of it — said, not kept (it was dropped without a word: review rv135's
                # leftover, mend md61)
                self.form.warnings.append(warn("unplaced_cell", "a cell of no label beside the project's name, not "
                                               f"kept: {clean(beside.text)}", beside))
                cells = cells[:2]
        if self._sub_project_row(row, cells):
            return
        if self._verdict_row(cells):
            return
        if self._signed_place_row(cells):
            return
        if self._labels_over_names(i, cells):
            return
        if self._signoff_row(cells):
            return
        if self._rate_row_outside(cells):
            return
        if self._column_list(i, row, cells):
            return
        if match_field(cells[0].text) is None and _yes_no_row(cells, True):
            # `是否政府采购 | 是 | 否`, `是否政府购买服务 | □是 | ☑否`: a field offering its choices, kept in other_fields
            # under its label as written (`□是 ☑否`, as one cell of them is); it was an indicator under the table above,
            # an unparsed_row or the first box alone (hunt mn11); boxes of which some are ticked, the ticked (hunt fam7);
            # a field's one answer, `是否政府采购 | 是`, as one (it was an unparsed_row, review rv20)
            value = " ".join(clean(x.text) or "" for x in cells[1:])
            ticked = _box_list_ticked(value)
            if not ticked and (options := _box_list_unticked(value)) is not None:
                # `是否政府采购 | □是 □否`: none ticked — null, its options said, as any field's (it was kept as written,
                # the boxes as if the answer: hunt fam9's leftover, hunt fam10)
                self.form.other.append((clean(cells[0].text), None, cells[0]))
                self.form.warnings.append(warn("no_option_ticked", f"{clean(cells[0].text)}: none of its options "
                                               "ticked (" + "、".join(options) + ")", cells[0]))
                return
            self.form.other.append((clean(cells[0].text), "、".join(ticked) if ticked else value, cells[0]))
            return
        if len(cells) >= 2 and match_field(cells[0].text) is None and _source_pairs(cells[0].text) is None \
                and _NO_SOURCE_WORD.search(label_key(cells[0].text) or "") \
                and all(_source_pairs(c.text, True) is not None for c in cells[1:]):
            # `资金到位情况 | 中央资金：100万元 | 省级资金：20万元`, `实际到位 | …`: the money's progress by source, no
            # sources of the budget (the first pair was kept in other_fields, the second read as a source line): the
            # row kept whole in other_fields
            self.form.other.append((_OTHER_LABEL_END.sub("", clean(cells[0].text) or "") or cells[0].text,
                                    "；".join(clean(c.text) or "" for c in cells[1:]), cells[0]))
            return
        if len(cells) >= 3 and not any(is_number(c.text) for c in cells) and all(len(c.text.strip()) <= 10 for c in cells) \
                and (label_key(cells[0].text) in _SEQ_HEADS or (
                    (m0 := match_field(cells[0].text)) is not None and m0[1] is None and m0[0] in ("unit", "department")
                    and all(label_key(c.text) in _USE_NAMES or label_key(c.text) in _SUM_KEYS for c in cells[1:]))):
            # (`预算单位名称 | 基本支出 | 项目支出 | 合计`, `单位名称 | …`: the head of a list of units and their money, no
            # label beside its value: 基本支出 was the unit)
            # 序号 | 单位名称 | 等级 | 数量: a list's head, no label beside its value (单位名称 took 等级 for the unit)
            self.form.warnings.append(warn("unparsed_row", "a list's head row, no field: "
                                           + " | ".join(clean(c.text) or "" for c in cells)[:160], cells[0]))
            return
        self._last_label_over_figure(i, row, cells)
        if row.is_text_line and "score" not in self.form.fields \
                and (said := self._score_said(fold(cells[0].text))) is not None:
            # 自评小组经过自评，综合评价得分为 99.8分。: a report's score in a sentence (the line is read on)
            self._set("score", said.group(1), cells[0])
        if row.is_text_line and "grade" not in self.form.fields \
                and (said := _grade_said(fold(cells[0].text))) is not None:
            # 综合评价得分85.5分，评价等级为“良”。: the grade in a sentence (the first that is the project's)
            self._set("grade", said.group(1), cells[0])
        if len(cells) == 1 and (one := scores_in_cell(cells[0].text, tail := [])) is not None and len(one) == 1 \
                and tail and ("grade" not in self.form.fields or final_label(one[0][0])):
            # `自评得分：95分，评价等级：优` on a line of its own: the grade after the score (it was lost; hunt sc13); an
            # outside party's (`第三方评价得分：82分，评价等级：良`) over the unit's own grade, as its score is over the
            # unit's; the line read on as its score alone (its score was lost, the 合计's moved away: no score;
            # review rv51)
            self.form.fields.pop("grade", None)
            self._set("grade", tail[0][1], cells[0])
            cells = [replace(cells[0], text=f"{one[0][0]}：{one[0][1]}")]
        if self._prose_table(i, row, cells):
            return
        if len(cells) == 1 and self._continues_prose(i, row, cells[0]):
            return
        if len(cells) == 1 and self._summary_label_over_text(i, row, cells[0]):
            return
        if len(cells) == 1 and (row.is_text_line and self._money_sentence_in_unit(
                cells[0], self.block_unit or self.form.form_unit) or self._money_sentence(cells[0])):
            return      # (a line led by a bare figure under `金额单位：元` in that unit, as beside a block's label, hunt mn22)
        if len(cells) == 1 and row.is_text_line and self._year_money_line(cells[0]):
            return
        paired = None                        # (the label of a `label：amount` line read as its row's two cells)
        if len(cells) == 1 and row.is_text_line and (pair := _money_pair_line(cells[0])) is not None:
            cells, paired = pair, pair[0]
        # (`资金总额 | 约80万元，其中：…`: the amount after its hedge word, _unhedged_lead — lost without a word, md48)
        if len(cells) == 2 and _LEAD_AMOUNT.match(AMOUNT_HEDGE.sub("", fold(cells[1].text), count=1)) \
                and _is_money_label(cells[0].text) \
                and self._money_sentence(Cell(cells[0].row, cells[0].col, _OTHER_LABEL_END.sub(
                    "", cells[0].text.strip()) + "：" + cells[1].text.strip(), page=cells[0].page, line=cells[0].line)):
            # `项目资金 | 150万元，其中财政资金120万元，自筹30万元。` (`资金总额 | …`): the label's money sentence, its amount
            # first, read as the label's sentence written in one cell is (an unparsed row, or lost without a word)
            return
        if len(cells) == 2 and not cells[1].text.lstrip()[:1].isdigit() and "元" in cells[1].text \
                and (inner := _LABEL_LED_MONEY.match(fold(cells[1].text))) is not None \
                and (m := match_field(inner.group(1))) is not None and m[1] is None \
                and m[0] in ("budget_total", "budget_year") and _is_money_label(cells[0].text) \
                and (_CLAUSE_MARK.search(cells[1].text) is None or self._money_sentence(cells[1])):
            # `项目资金 | 年度资金总额1200万元` (a tab-stop dump's cell, no colon), `资金总额 | 年度资金总额：860万元，其中：财政
            # 拨款800万元`: a total's label's own sentence in the cell of another (not a source's, `资金来源 | 财政资金
            # 500万元 其他资金100万元`, a list of sources read below), the outer one its heading — read as the
            # sentence alone, or as the label's pair when it is one clause (nothing was read, no word: rv159's
            # leftover, ly20's; hunt mn32)
            if _CLAUSE_MARK.search(cells[1].text) is not None:
                return
            cells = [replace(cells[1], text=inner.group(1)),
                     replace(cells[1], text=cells[1].text[inner.end(1):].lstrip(" :：\t"), col=cells[1].col + 1)]
        if row.is_text_line and len(cells) > 1 and (left := self._cut_money_line(cells)) is not None:
            if not left:
                return
            cells = left        # (`… 项目负责人：王建国` after the sentence: read on, review rd)
        cells = self._bracket_below(i, row, cells)
        for k in range(2, len(cells) - 1, 2):
            if _BARE_SPLIT.match(fold(cells[k + 1].text)) and _is_money_label(cells[k].text) \
                    and not _BARE_SPLIT.match(fold(cells[1].text)) and is_number(cells[1].text) \
                    and not (len(cells) > k + 2 and is_value_for(cells[k + 2].text)):
                # `项目总投资（万元） | 500 | 年度资金（万元） | 120（含结转资金30）` (`120（其中中央80，县级40）`): the
                # bracket in the row's second pair read as in its first (the year's money and the note were lost
                # without a word, review rv48): that pair first, then the rest of the row
                cells = cells[k:k + 2] + cells[:k] + cells[k + 2:]
                break
        if len(cells) >= 2 and (b := _BARE_SPLIT.match(fold(cells[1].text))) is not None \
                and _is_money_label(cells[0].text) and not (len(cells) > 2 and is_value_for(cells[2].text)):
            # (a part's row under its total's label declaring the unit, `其中：财政资金 | 120（其中上年结转10）` under
            # `资金总额（万元） | 150`: in the total's unit — it was 120 元, a false fiscal_other_mismatch, hunt mn22)
            unit = declared_unit(cells[0].text) or self.block_unit or self._total_unit_of(row) or self.form.form_unit
            at = dict(page=cells[0].page, line=cells[0].line)
            if _bare_split_parts(b) and self._money_sentence(Cell(
                    cells[0].row, cells[0].col, _bare_split_sentence(cells[0].text, b, unit), **at)):
                # `项目资金（万元） | 120（其中中央100，县级20）` (`（含中央100，县级20）`, `（包括中央补助100万元、省级20万元）`):
                # the total, then its split in brackets, bare figures in the label's unit (else the form's) — the
                # sentence `项目资金（万元）：120，其中中央100，县级20`, the total and its sources (the label was taken for
                # the head of money lines, all lost, hunt mn15; 含 / 包括 and a split beside another pair, review rv43;
                # a carried-over piece inside the levels, `120（中央100，县级20，2024年结转10）`, the sentence's note,
                # _carried_in_sentence — hunt mn20 read it here apart, a twin, review rv63)
                pass
            elif self._money_sentence(Cell(cells[0].row, cells[0].col, _bare_split_sentence(cells[0].text, b, unit,
                                                                                            total_only=True), **at)) \
                    or (m := match_field(cells[0].text)) is not None and m[1] is None and m[0] in L.MONEY_FIELDS \
                    and m[0] not in self.form.fields \
                    and self._value(m[0], b.group("a"), cells[0], unit, cells[0].text) is None:
                # `项目资金（万元） | 120（已到位80）` (`（含结转资金30）`, `（其中2025年100，2026年20）`): the total, then a note
                # of no split of its sources (one part, money arrived, a split by year) — the total, the note kept as
                # written under the label's 说明 (all was lost, without a word but for a split by year, review rv43);
                # so under a money field's label the sentence does not read (`预算金额 | 120（按每人3000元标准）`)
                # (under the part's name, `财政资金说明`, not `说明` — `其中：` off first, hunt mn22)
                self.form.other.append((label_key(_LABEL_COLON.sub(r"\1", _SUB_LINE.sub("", cells[0].text).strip())) + "说明",
                                        re.sub(r"^\s*[\d,.]+\s*[（(]\s*|\s*[）)]\s*$", "", clean(cells[1].text) or ""),
                                        cells[1]))
            else:
                b = None
            if b is not None and (own := declared_unit(cells[0].text)) is not None and row.grid is not None \
                    and not _SUB_LINE.match(cells[0].text):
                # (the total's parts in the rows below in its label's unit, as beside a total of no bracket: `项目资金（万元）
                # | 126.5（其中自筹资金26.5）` over `其中：财政资金 | 100` — it was 100 元, hunt mn25)
                self.total_unit = (row.grid, own)
            if b is not None:
                if len(cells) == 2:
                    return
                cells = cells[2:]   # (`… | 实施期限 | 2025年1月-12月` beside it: read on, review rv43)
        if self._task_list(i, row, cells):
            return
        if self._purchase_line(row, cells):
            return
        if self._money_by_year(i, row, cells) or self._money_by_year_rows(i, row, cells) \
                or self._money_year_pairs(row, cells) \
                or self._money_by_period_rows(i, row, cells) or self._money_by_quarter(i, row, cells) \
                or self._money_by_place(i, row, cells) or self._money_by_source(i, row, cells):
            return
        # (whether the row's cells are heads that may stand over values: asked once, for both readings)
        fit = len(cells) >= 2 and row.grid is not None and self._heads_fit(cells)
        if self._heads_over_rows(i, row, cells, fit) or self._heads_over_values(i, row, cells, fit):
            return
        cells = self._rate_points(row, cells)
        # 年度绩效目标 over its text: the goal, not a section — so a goal's label of no horizon (`预期绩效目标：` over
        # `1.完成…；` and `2.…`: it was lost, only a label of a horizon took its lines below, hunt nw8)
        m = match_field(cells[0].text) if len(cells) == 1 else None
        if m is not None and m[1] is None and m[0] in ("goal_annual", "goal_total") \
                and (self._value_below(i, cells[0], m[0]) or self._line_below(i, row, cells[0], m[0])):
            return
        if len(cells) == 1 and horizon_of(cells[0].text):
            self.horizon = horizon_of(cells[0].text)   # a section line: 长期绩效目标 / 年度绩效目标
            return
        if self.adjusted is not None:
            col, unit, label, after = self.adjusted
            self.adjusted = None
            if L.ADJUST_STAGE.get(cells[0].text.strip()) == "after" and len(cells) >= 2:
                self._value(col, cells[1].text, cells[1], unit, label)
                return
            below = next((x for x in cells if x.col == after), None) if after is not None else None
            if below is not None and not match_field(cells[0].text) and is_value_for(below.text):
                # `| 完成58个… | | 完成45个…` under 调整前 | 调整后; the one before kept, `不变` after it in force (review
                # rv73: the goal was `不变`)
                old = next((x for x in cells if x.col < after and is_value_for(x.text)), None)
                text = self._in_force(col, old.text, below.text, below, label) if old is not None else below.text
                self._value(col, text, old if old is not None and text is old.text else below, unit, label)
                return
        if self.level_goal is not None:
            col, grid = self.level_goal
            said = [x for x in cells if x.text.strip()]
            parts = _level_goal_parts(said)
            if row.grid is grid and 2 * len(parts) == len(said) and parts and col in self.form.fields:
                # `| 效益目标 | 培训后就业率不低于70%。` under the goal's first level: the goal goes on, its level named
                # (`| 效益目标 | … | 满意度目标 | …`, two levels a row, too)
                v = self.form.fields[col]
                v.text = _goal_joined([v.text] + parts)
                return
            self.level_goal = None
        if self._fund_flow_row(row, cells):
            return
        head_above = None
        if self.matrix is not None:
            if self.matrix_rows == 0:
                head_above = self.matrix     # (a head of two lines: `资金情况（万元） | 年度 | 中期（1-6月）` over
                #                              `| 全年预算数 | 1-6月执行数 | 执行率`, the unit on the first)
            if len(cells) > 2 and cells[0].col <= self.matrix_left and not is_number(cells[1].text) \
                    and not _is_dash(cells[1]) and (self.matrix_label and label_key(cells[0].text) == self.matrix_label
                                                    or self.matrix_label is None and _is_money_section(cells[0])) \
                    and (self.matrix_rows == 0 or declared_unit(cells[0].text) in (None, self.matrix[1])):
                # `项目资金（万元） | 年度资金总额 | 300.00 | …` under `项目资金（万元） | | 年初预算数 | …`: the block label
                # merged down its rows, written again on each (a converter that fills a merged cell's every row);
                # or under a header without it (`| 年初预算数 | …`), the block label printed on its rows' middle line,
                # centred by height (a flattened PDF text): no row label, its unit the matrix's (on a later row, a
                # unit the rows above were not read in: left to the money block, which reads them again)
                unit = declared_unit(cells[0].text)
                if unit is not None and self.matrix[1] is None:
                    self.matrix = (self.matrix[0], unit)
                cells = cells[1:]
            if self._matrix_options(cells) or self._matrix_parts(row, cells):
                return
            if len(cells) == 1 and _MATRIX_NOTE.match(cells[0].text):
                # `（注：全年预算数含年中追加资金，执行数为截至…）` under the matrix's head or between its rows: the form's
                # explanation, no row (it ended the matrix, the rows under it read as lines named by their rate); a
                # unit it declares is the matrix's when it has none
                unit = _footnote_unit(cells[0].text)
                if unit is not None and self.matrix[1] is None:
                    self.matrix = (self.matrix[0], unit)
                return
            if self.matrix_halves is not None and self._matrix_sides(cells):
                return
            if self._matrix_row(cells, row.grid is not None and row.grid.origin == "txt_flat"):
                return
            if self.matrix[1] and self.money_section is None and cells and cells[0].col > self.matrix_left:
                # rows of the same block under the matrix, its label column left empty (按收入性质分:2030.12 /
                # 其他资金:585.62 under 年度预算申请（万元）): the matrix's unit is theirs
                self.money_section = ("", self.matrix[1])
            if self._stage_text_row(cells):
                return
            self.matrix = None
        mcols = self._matrix_header(cells)
        if mcols is not None:
            # 年度预算数（万元） may sit in any header cell before the columns
            unit = next((u for u in (declared_unit(c.text) for c in cells) if u), None) \
                or (head_above[1] if head_above is not None else None) or self.block_unit or self.form.form_unit
            if unit is None and any(label_key(c.text) in _TASK_HEADS for c in cells):
                # (a 部门整体 form's task table, 任务名称 | 实施内容 | 预算数 | 执行数, in the unit of the money block
                # above it, 年度预算情况（万元）: its tasks add up to the block's 项目支出)
                unit = self.last_matrix_unit
            if unit is None and self.last_matrix_unit is not None:
                # (a breakdown in no unit of its own under a money block in 万元: its lines, once read, are in the
                # block's unit when they add up to the block's money so and not as 元; see _finish)
                self.unitless_matrices.append((len(self.form.budget_items), self.last_matrix_unit))
            self.last_matrix_unit = unit
            self.matrix_halves = _matrix_halves(cells, mcols)
            if self.matrix_halves is not None:
                mcols = self.matrix_halves[1]
            self.matrix = (mcols, unit)
            # `得分（分值10分）`: the row's points written in the score's head, no 分值 column of their own
            self.matrix_points = None if "weight" in mcols.values() else next(
                (m.group(1) or m.group(2) for c in cells if mcols.get(c.col) == "score"
                 for m in [_HEAD_POINTS.search(fold(c.text))] if m), None)
            # (the spent column's own head, for the lines' notes: 1-7月执行数 in a monitoring form)
            self.matrix_spent_head = next(((clean(c.text) if _TO_DATE_HEAD.match(bare_fold(c.text)) else
                                            re.sub(r"[(（].*?[)）]", "", clean(c.text) or "")) or None for c in cells
                                           if mcols.get(c.col) == "spent"), None) or "全年执行数"
            self.matrix_note_heads = {c.col: _WS.sub("", clean(c.text) or "") for c in cells
                                      if mcols.get(c.col) == "note"}
            self.matrix_heads = {c.col: _WS.sub("", clean(c.text) or "") for c in cells if mcols.get(c.col)}
            self.matrix_group = None     # (a 部门职责 merged down over its tasks)
            self.matrix_left = min(c.col for c in cells)
            self.matrix_label = next((label_key(c.text) for c in cells if c.col == self.matrix_left
                                      and c.col not in mcols and label_key(c.text)), None)
            self.matrix_rows = 0
            self.matrix_subheads = None
            self.matrix_options = {}
            # 支出内容 | 预算数 | 实际支出数 …: the lines are what the money is spent on (a breakdown),
            # not where it comes from
            # (a block label ending in one, `…支出明细预算（万元）` with the empty rows above it run onto it in flattened
            # text: the lines were sources, hunt mn10)
            self.matrix_kind = "composition" if (any(label_key(c.text) in _SPENDING_HEADS for c in cells)
                                                 or "name" in mcols.values()
                                                 or label_key(cells[0].text).endswith(_SPENDING_ENDS)
                                                 and cells[0].col not in mcols) \
                and self.matrix_halves is None else "source"       # (two sides: the left one the sources)
            return
        first = cells[0]
        left = _left(row)
        sectioned = False                    # the row's first cell opened a money section (项目资金 …)
        cut = _CUT_GOAL_LABELS.get(label_key(first.text)) if first.col == left and len(cells) >= 2 else None
        if cut is not None and cut not in self.form.fields and len(cells[1].text.strip()) >= 20 \
                and not match_field(cells[1].text) and not is_number(cells[1].text):
            # `年度 | 文化惠民工程，主要用于…`: the label 年度目标 cut to its first line, beside its text
            self._value(cut, cells[1].text, cells[1], None, first.text)
            return
        if len(cells) == 4 and first.col == left and _INCOME_WORD.search(label_key(first.text)) \
                and _YEAR_BUDGET_WORD.search(first.text) and is_number(cells[1].text) \
                and "支出" in label_key(cells[2].text) and _YEAR_BUDGET_WORD.search(cells[2].text) \
                and is_number(cells[3].text) and match_field(first.text) is None \
                and match_field(cells[2].text) is None and "budget_year" not in self.form.fields \
                and self._gov_fund() and self._keep_other(first, cells[1]):
            # `基金收入预算（万元） | 3,000.00 | 基金支出预算（万元） | 2,800.00` (a 政府性基金 form): the fund's income kept,
            # its spending the row's money label read below (the income was the year's budget, hunt fam; a 社会保险基金's
            # own figures, both kept in other_fields, are read as they were)
            cells = cells[2:]
            first = cells[0]
            left = first.col
        if (bound := _block_bound(first, cells[1:])) is not None and self._keep_bound(*bound, cells[-1]):
            # `项目资金 | 50-80万元` (`项目资金：50万元以内`): a bound, no amount, kept as a field's is (hunt mn25); its
            # parts after it read (`项目资金 | 80～100万元；其中：…`, review rv113)
            return
        if len(cells) == 2 and label_key(first.text) in _SOURCES_HEAD and _FUND_NAMED.match(cells[1].text.strip()) \
                and self._keep_other(first, cells[1]):
            # `资金来源 | 中央财政衔接推进乡村振兴补助资金`: the fund the money comes from named, no figure — kept as a
            # label and its value (it was an unparsed_row, the fund's name lost; hunt nw18); its year and its batch
            # in the name (`2025年…补助资金`, `…补助资金（第二批）`) no figure (they were unparsed_rows, review rv168)
            return
        # (the row's first cell a money block's label: asked once; a line's label of the unit its amount writes, as a
        # label declaring it is: `基金支出预算：1,350.00万元` as `基金支出预算（万元） | 1,350.00`)
        section = _is_money_section(first, left,
                                    unit_known=first is paired and bool(_WRITTEN_UNIT.search(cells[1].text)))
        if (section or (self.form.form_unit is not None and _is_money_section(first, left, unit_known=True)
                        and not _FLOW_WORD.search(label_key(first.text))
                        # (a money label by its last word, not a rate, a share or a count of money: `年度预算执行率 |
                        # 95.00`, `申请资金占总投资比例 | 40` were read as the year's budget, then lost; review ry)
                        and _MONEY_HEAD_END.search(label_key(first.text)))) \
                and len(cells) >= 2 and is_number(cells[1].text) \
                and label_key(first.text) not in MONEY_SECTION_KEYS and "budget_year" not in self.form.fields \
                and _YEAR_BUDGET_WORD.search(first.text) and not _PART_MONEY_WORD.search(first.text) \
                and not _INCOME_WORD.search(label_key(first.text)) and not _CHANGE_WORD.search(label_key(first.text)) \
                and (len(cells) == 2 or not is_number(cells[2].text)) \
                and not (self.money_section is not None and _is_source(first.text)):
            # (not a change of the money, `预算调整（万元） | -50.00`, `预算调减额 | 50`: no budget — it was the year's
            # budget, -50万, hunt mn15)
            # `本年度申请债券资金（万元） | 20000`, `购买服务预算（万元） | 180 | 其中：财政资金 | 180`: a money label of no
            # known field with its amount beside it: the year's budget (the amount was lost); the rest of the row
            # is read under it, in its unit (or with no unit of its own, `申请债券资金 | 15,000`, in the form's
            # declared `单位：万元`: it was a label of no field, reported unplaced_cell)
            unit = declared_unit(first.text)
            self._set("budget_year", cells[1].text, cells[1], unit, first.text)
            self.money_section = (first.text, unit)
            self.money_group = None
            self.block_unit = unit or self.block_unit
            cells = cells[2:]
            if not cells:
                return
            first = cells[0]
            sectioned = True
        elif section and not (self.money_group is None and self.money_section is None
                              and _source_amount(cells, 0)) or (
                first.col == left and len(cells) >= 3 and len(first.text) <= 30 and match_field(first.text) is None
                and "预算" in first.text and not _PART_MONEY_LABEL.search(first.text)
                and label_key(cells[1].text) in _SUM_KEYS and is_number(cells[2].text)):
            # (`购买服务预算 | 合计 | 286.00 | 其中：财政资金 | 286.00`: a money label of no unit over its 合计, the total
            # lost silently)
            # 项目资金 / 资金来源 / 项目资金申请（万元）: the rows below are money fields and lines; the unit
            # may head a column on the same row (项目资金情况 | 资金类别 | 金额（万元）)
            unit = declared_unit(first.text) or next(
                (u for c in cells[1:] if not is_number(c.text) and not match_field(c.text)
                 for u in [declared_unit(c.text)] if u), None)
            # (`资金总额（万元） | 500` over `资金来源 | 中央资金 | 300`: the block's lines in the total's unit, as the
            # fields beside it are; they were read as 300 元)
            self.money_section = (first.text, unit or self._total_unit_of(row))
            self.money_group = None
            self.block_unit = unit or self.block_unit
            if self.form.label_year is None and (year := _money_label_year(first.text)):
                # `2025年项目资金（万元） | 资金总额 | 100.5 | …`: the block's label names the year its money is of, the
                # form's where nothing else states one (it was left with none, hunt mn27)
                self.form.label_year = year
            if unit:
                self._unit_above(i, row, first, unit)
            cells = cells[1:]
            sectioned = True
            if len(cells) == 1 and not (label_key(first.text) in _SOURCES_HEAD and _source_list(cells[0].text, True)
                                        or label_key(first.text) in _MAKEUP_HEAD and _makeup_list(cells[0].text)) \
                    and (self._money_sentence(cells[0]) or self._money_sentence_in_unit(cells[0], unit)):
                return          # 年度预算申请 | 资金总额1,128.40万元，其中：财政拨款…: the block's money in a sentence
                # (beside 资金来源 / 资金构成 a list of sources, `财政资金550万元、其他资金50万元`, is source lines as with
                # colons — it gave the fields and no line, hunt mn18; beside 资金情况 a sentence of the fields, hunt tw2;
                # the block labels _SOURCES_HEAD names, review rv61: a twin _SOURCES_BLOCK was here)
            if len(cells) == 1 and label_key(first.text) in MONEY_SECTION_KEYS and not re.search(r"\d", cells[0].text) \
                    and re.search(r"[、及和与]", cells[0].text) and match_field(cells[0].text) is None:
                return          # `投资构成 | 建安工程、设备购置及其他费用`, `资金来源 | 财政拨款、单位自筹`: the block's parts
                # named in words, no figure (an unparsed row of what the lines below, if any, give)
            if not cells and "budget_total" not in self.form.fields and label_key(first.text) in MONEY_SECTION_KEYS \
                    and not _is_source(first.text) and not re.search(r"来源|执行|构成", first.text) \
                    and self._lone_value_below(i, row, first, "budget_total", unit or self.block_unit):
                return          # `项目资金（万元）：` over `156.00` in a form of labels stacked over their values
            noted = amount_noted(cells[0].text) if cells and len(cells) == 1 else None
            if cells and len(cells) == 1 and label_key(first.text) in MONEY_SECTION_KEYS and not_money(cells[0].text) \
                    and not _is_source(first.text):
                self._not_money(first, cells[0])    # `项目资金 | 120 美元`: no amount in 元 (hunt mn14)
                return
            if cells and (is_number(cells[0].text) or is_amount_cell(cells[0].text) or noted) \
                    and "budget_total" not in self.form.fields \
                    and label_key(first.text) in MONEY_SECTION_KEYS and not _is_source(first.text) \
                    and not re.search(r"来源|执行|构成", first.text) \
                    and (len(cells) == 1 or not is_number(cells[1].text)):
                if noted:
                    # `项目资金 | 120万元，用于购置设备`: the amount, the words after it kept under the label (hunt mn13)
                    self._set("budget_total", noted.group("a"), cells[0], unit or self.block_unit, first.text)
                    self.form.other.append((label_key(_LABEL_COLON.sub(r"\1", first.text.strip())) + "说明",
                                            clean(noted.group("n").strip("()")) or noted.group("n"), cells[0]))
                    return
                # `项目资金（万元） | 80`, `项目资金（万元） | 286.5 | 其中：财政资金 | 286.5`: the block label's own amount
                # in the row's first cell, the project's money (it was lost without a warning; so was an amount
                # written with its unit, `项目资金 | 总计：120万元 | 其中：财政资金：100万元`); the rest of the row is read
                # under it
                self._set("budget_total", cells[0].text, cells[0], unit or self.block_unit, first.text)
                cells = cells[1:]
                if not cells:
                    return
            elif len(cells) == 1 and is_number(cells[0].text) and label_key(first.text) not in MONEY_SECTION_KEYS \
                    and not _SUB_LINE.match(first.text) and not _NO_SOURCE_WORD.search(label_key(first.text)):
                # `整合涉农资金（万元） | 300`, `争取上级资金（万元） | 300`, `项目资金需求（万元） | 300`: a money label of no
                # field with its lone amount beside it (the amount was dropped without a word): a fund's name (资金 /
                # 经费 ending it, no 项目 / 总 / 需求 / 金额 / 预算 in it) a source line; else the project's money when none
                # is read yet; else reported
                key = label_key(first.text)
                if (_LONE_NOT_BUDGET.search(key) and not re.search(r"结转|结余", key)) or _CHANGE_WORD.search(key) or (
                        _SPENDING_ITEM.search(key) and not _is_source(first.text) and not _PART_MONEY_WORD.search(key)) \
                        or _INCOME_WORD.search(key) and _YEAR_BUDGET_WORD.search(key):
                    # (and a fund's income, `基金收入预算（万元） | 1,500` on a row of its own over its `基金支出预算`: no
                    # money the year spends, as on one row with it — it was the budget_total)
                    # `上年度财政投入（万元） | 80`, `以前年度投资（万元） | 500` (money of past years), `亩均投资（元） |
                    # 1500`, `人均补助资金（元） | 1200`, `单位成本投资（万元） | 5` (a rate, a standard): no money of the
                    # year's budget, no source (they were a source line, or the project's money; 上年结转资金 is a
                    # source of the year's money, as before); `培训经费（万元） | 30`, `设备购置经费（万元） | 90`: what
                    # some of the money is spent on, no source either, and no composition line — one such label beside
                    # a total is no breakdown of it (summed, it made a budget_sum_mismatch error): kept in other_fields
                    # as written; so is a change of the money, `预算调整（万元） | -50.00` (it was the year's budget or
                    # the project's, -50万, or reported unplaced, hunt mn15)
                    self.form.other.append((_OTHER_LABEL_END.sub("", clean(first.text) or "") or first.text,
                                            clean(cells[0].text) or cells[0].text, first))
                    return
                if key in _BARE_MONEY_KEYS and not self.form.fields.keys() & {"budget_total", "budget_year"}:
                    # `资金（万元） | 300`, `金额 | 300`: a bare money word, no fund's name (it was a source line `资金`)
                    self._set("budget_total", cells[0].text, cells[0], unit or self.block_unit, first.text)
                    self.bare_total = (first.text, self.form.fields["budget_total"])
                elif _is_source(first.text) or _PART_MONEY_WORD.search(key) or (
                        re.search(r"(?:资金|经费)$", key) and not re.search(r"项目|总|需求|金额|预算", key)):
                    self._line(_NAME_UNIT.sub("", clean(first.text) or "") or first.text, cells[0].text, "source",
                               unit or self.block_unit, first)
                elif not self.form.fields.keys() & {"budget_total", "budget_year"}:
                    self._set("budget_total", cells[0].text, cells[0], unit or self.block_unit, first.text)
                else:
                    self.form.warnings.append(warn("unplaced_cell", "money label of no known field with its amount, "
                                                   f"not kept: {clean(first.text)} | {clean(cells[0].text)}", first))
                return
            if len(cells) >= 2 and is_number(cells[0].text) and _is_source(first.text) \
                    and _SUB_LINE.match(cells[1].text):
                # 债券资金（元） | 280,000,000.00 | 其中：2025年发行 | …: the source's own amount beside its first part, a
                # line of kind source (it was lost without a warning; its parts are read in its group)
                self._line(label_key(first.text), cells[0].text, "source", unit or self.block_unit, first)
                cells = cells[1:]
                first = cells[0]
        elif first.col == left and match_field(first.text) and match_field(first.text)[0] not in L.MONEY_FIELDS \
                and not (self.money_group and is_placeholder(first.text)):
            self.money_group = None
            self.money_section = None
            self.money_notes = None
            self.block_unit = None
        if not sectioned and self.money_section is None and self.money_group is None and first.col == left \
                and label_key(first.text) in _SUM_KEYS and len(cells) >= 2 and is_number(cells[1].text) \
                and self._money_label_below(i, row):
            # `合计 | 860.00` over `财政拨款 | 780.00` (a 资金来源 table without its head row, nested in the 项目资金
            # cell): the block's total (an unparsed_row, the budget lost)
            self.money_section = ("", self.block_unit)
        if sectioned and cells and all(label_key(c.text) in _ROW_LABEL_HEADS
                                       or (cell_header_matches(c.text).get("budget") or ("",))[0] in ("amount", "note")
                                       for c in cells):
            # `资金来源 | 金额 | 备注`: the block's column heads (the notes' column remembered for its lines' notes)
            self.money_notes = next(((row.grid, c.col) for c in cells
                                     if (cell_header_matches(c.text).get("budget") or ("",))[0] == "note"), None)
            head = next((c for c in cells if _is_money_section(c, left)), None)
            if head is not None:             # (`项目资金 | 资金来源 | 金额`: the lines' group is 资金来源, as before)
                self.money_section = (head.text, declared_unit(head.text) or self.money_section[1])
            return
        if len(cells) == 2 and self._narrated_indicator(cells):
            return          # (under a label that is a field, `主要绩效指标 | （1）数量指标：…`, the first sentence as the rows
            # after it: it went to other_fields, one of two read — review rd B3)
        used = False
        if len(cells) >= 3 and is_number(cells[-1].text) and cells[-1].col > cells[-2].col + 1 \
                and sum(1 for c in cells[:-1] if (m := match_field(c.text)) and m[1] is None
                        and m[0] in ("goal_annual", "goal_actual", "goal_total")) >= 2 \
                and all(match_field(c.text) or is_block_label(c.text) for c in cells[:-1]):
            cells = cells[:-1]     # 年度目标完成情况 | 预期目标 | | 目标实际完成情况 | | 20: the block's points (a 区域
            # 绩效目标自评表), no goal's text: the labels head the texts below
        # (a cell holding its value too, `1、目标完成情况：…`, is no bare label: it cannot head a text below)
        n_labels = 0
        goal_row = False             # (a bare goal label among them; one plain loop for both: asked of every row)
        matched = [match_field(c.text) for c in cells]   # (each cell's field, looked up once for the tests below)
        for m in matched:
            if m is not None and m[1] is None:
                n_labels += 1
                if m[0] in ("goal_annual", "goal_total"):
                    goal_row = True
        # (a text opening with a system code right after a bare label, `项目类别 | (31)部门预算项目`, reads like a
        # numbered sub-heading: it is the label's value; so is a numbered sentence, `1.完成全市中小学教师轮训。`)
        goal_heads = _goal_heads(cells) if goal_row else set()
        is_lab = [bool(((m := matched[k]) and m[1] is None) or is_block_label(c.text) or _CLASS_HEADER.match(c.text)
                       or (goal_row and (label_key(c.text) in _GOAL_DONE_HEADS or label_key(c.text) in _GOAL_REASON_HEADS
                                         or label_key(c.text) in _GOAL_MEASURE_HEADS))
                       or k in goal_heads
                       or (_SUB_HEADING.match(c.text) and not c.text.rstrip().endswith(("。", "；", ";", "！")) and not (
                           _CODE_PREFIX.match(c.text) and k and (p := matched[k - 1]) and p[1] is None)))
                  for k, c in enumerate(cells)]
        # a row of labels (长期目标 | 年度目标), possibly with short sub-headers (基本支出) that follow
        # no label: a short text right after a field label is that label's value instead
        labels_only = n_labels >= 1 and all(
            lab or (n_labels >= 2 and len(c.text.strip()) <= 8 and not is_number(c.text) and not is_amount_cell(c.text)
                    and not (k and matched[k - 1] and matched[k - 1][0] not in L.MONEY_FIELDS))
            for k, (c, lab) in enumerate(zip(cells, is_lab)))
        j = 0
        lost_pairs: list[tuple[Cell, Cell]] = []   # label-like cells of no field, with their values
        head = None                              # a head of no value before the row's pairs (债券发行情况)
        row_unit = None                          # the unit a money label of this row declared
        goal_row = goal_row and labels_only
        while j < len(cells):
            c = cells[j]
            m = match_field(c.text)
            if m is None and len(cells) == 1 and (caption := project_caption(c.text)) is not None:
                m = ("name", caption)            # `项目二：新化县农村公路养护项目` alone on its row: the form's name
            if m is None and j > 0 and len(opened := contact_opened(c.text)) == 1 and opened[0] != c.text:
                # `项目负责人：李明 | （联系电话：138…）`: a contact's pair in brackets, a cell of its own after the
                # person's, read as the brackets after a space are (the phone was lost, hunt pr4)
                m = match_field(opened[0])
            if m is not None and m[0] == "_fund_name" and m[1] is None and not (
                    j + 1 < len(cells) and (_FUND_NAME.search(_TRAILING_GLOSS.sub("", fold(cells[j + 1].text)).strip())
                                            or (_GOV_FUND_NAME.search(fold(cells[j + 1].text).strip()) and self._gov_fund()))):
                m = None                         # (基金名称 | 基金收入预算 | …: the head of a list of funds, no name;
                # `基金名称 | 某省…发展基金（政府投资基金）`, its kind in brackets after it, is a name: it was kept in
                # other_fields, the name null, hunt fam7)
            if m is None and goal_row and label_key(c.text) in _GOAL_DONE_HEADS:
                m = ("goal_actual", None)        # 年度总体目标 | 年度目标 | 完成情况: beside a goal, what was done
            if m is None and j in goal_heads:
                m = ("goal_annual", None)        # 年度总体目标 | 全年目标 | 1-6月实际完成情况: the goal's own head
            if m is None and goal_row and (label_key(c.text) in _GOAL_REASON_HEADS
                                           or label_key(c.text) in _GOAL_MEASURE_HEADS):
                # `… | 全年预计完成情况 | 偏差原因` over the texts: why the goal strays, kept in other_fields under its head;
                # so what will be done about it (`… | 偏差原因 | 改进措施`), and a short text too (`雨季施工受阻`: _keep_other
                # takes a short word beside a head for a head, and it was lost without a word, review rvb)
                nxt_row = self.rows[i + 1] if i + 1 < len(self.rows) else None
                below = next((x for x in nxt_row.cells if x.col == c.col), None) \
                    if nxt_row is not None and nxt_row.grid is row.grid and row.grid is not None else None
                if below is not None and id(below) not in self.consumed and not match_field(below.text):
                    self.consumed.add(id(below))
                    if not self._keep_other(c, below) and not is_placeholder(below.text) \
                            and len(clean(below.text) or "") >= 2:
                        self.form.other.append((_OTHER_LABEL_END.sub("", clean(c.text) or ""), clean(below.text) or "", c))
                used = True
                j += 1
                continue
            if m is None and c.conf is not None and c.conf < 0.75 and (bare := _LEAD_STROKES.sub("", c.text)) != c.text \
                    and bare.strip():
                # `十一年度金额：` read doubtfully under a seal's star: strokes before a label that the lexicon names
                m = match_field(bare)
            if m is None and c.conf is not None and j + 1 < len(cells) and is_value_for(cells[j + 1].text) \
                    and not is_number(c.text) and not is_block_label(c.text) and not _is_source(c.text) \
                    and (near := near_field(c.text)) is not None and near not in self.form.fields:
                # `主管部门 | 银川市教育局 | 实施第位 | 银川市第六中学` on a scan: a label the OCR misread in one
                # character, beside a value (only for OCR'd cells: clean text has real words one character
                # away from a label, 单位资金 / 预算执行数 / 科目名称; nor a money source's own name, 单位自有资金 one
                # character from 单位自筹资金, whose 0.00 became budget_other)
                m = (near, None)
            if m is None and j + 1 < len(cells) and (pairs := _slashed_pairs(c.text, cells[j + 1].text)):
                # 项目实施单位/项目负责人 | 原州区农技中心/杨勃兴: two labels in one cell, their values in the next
                for col_, val in pairs:
                    self._value(col_, val, cells[j + 1], None, c.text)
                used = True
                j += 2
                continue
            if m is None and _PARTS_HEAD.match(fold(c.text)) and self._money_sentence(c, bare_only=True):
                # `资金总额（万元） | 120 | 其中：财政拨款 100 自筹 20`: the total's parts in a cell, figures of no unit
                # in the total's (they were dropped without a word)
                used = True
                j += 1
                continue
            if m is None and j + 1 < len(cells) and L.FUNDING_GAP.match(_NAME_UNIT.sub("", label_key(c.text))) \
                    and (is_number(cells[j + 1].text) or parse_amount(cells[j + 1].text) is not None) \
                    and not any((match_field(o.text) or (None,))[0] in _SPENT_FIELDS for o in cells if o is not c):
                # (not beside money spent, `执行数 | 80 | 差额 | 20` in a 自评表: the budget's unspent rest, no gap of
                # funding — it closed a true fiscal_other_mismatch)
                # `资金缺口 | 30`, `差额 | 30` beside the split or under it: the gap the form states, kept in other_fields
                # under its label (no source of the money: it was a source line, an unparsed row, or dropped without a
                # word), for the checks to close the split with
                self.form.other.append((_OTHER_LABEL_END.sub("", clean(c.text) or ""), clean(cells[j + 1].text) or "", c))
                used = True
                j += 2
                continue
            if m is None and self._makeup_lines(c, row_unit or (self.money_section[1] if self.money_section else None)
                                                or self.block_unit or self._total_unit_of(row)):
                used = True
                j += 1
                continue
            if m is not None and m[0] in ("budget_fiscal", "budget_other") \
                    and _source_list(c.text, self._sources_block()):
                m = None    # (`财政资金：550；其他资金：50`: a list of sources as one opening with `中央资金：` is, no field's
                #            value `550；其他资金：50` — it read nothing, hunt mn17)
            if m is None and id(row) not in self.notice_rows \
                    and (pairs := _source_pairs(c.text, self._sources_block())
                         or self._source_pairs_then_clause(c, self._sources_block())) is not None:
                # `中央资金（万元）：300`, `资金来源 | 中央资金：300 | 县级资金：200`, `其中：中央补助50万元，省级配套30万元`:
                # sources each named with its amount in one cell, lines of kind source (they were unparsed rows, or
                # dropped without a word: a lone `中央资金（万元）：300` was taken for a money block's label); the
                # unit the name declares, else the amount's own, else the row's or block's
                unit = row_unit or (self.money_group[2] if self.money_group else None) \
                    or (self.money_section[1] if self.money_section else None) or self.block_unit \
                    or self._total_unit_of(row)
                group = self.money_section[0] if self.money_section is not None and self.money_section[0] else None
                if group is None and self.money_group is None:
                    # under (or beside) a total just read, `资金总额（万元） | 500` over `中央资金（万元）：300` and
                    # `县级资金（万元）：200`: the total's parts, grouped under its label (as `其中：专项债券资金 | 20000`
                    # under 项目总投资 are), so that the checks compare them with it
                    if self.pair_group is not None and self.pair_group[1] == i - 1:
                        group = self.pair_group[0]
                    else:
                        # (also two rows or more below it, the rows between holding no money: a lone `其中：`, a
                        # field of another kind, `项目期限 | 2024年`; the pairs were grouped under nothing, unchecked)
                        group = next((re.split(r"[:：]", v.cell.text, maxsplit=1)[0]   # (`资金总额：80万元`)
                                      for col in ("budget_year", "budget_total")
                                      for v in [self.form.fields.get(col)] if v is not None
                                      and any(v.cell is x for r in self.rows[self._moneyless_above(i):i + 1]
                                              for x in r.cells)),
                                     None)
                    self.pair_group = (group, i) if group else None
                self._pair_fields(pairs, c, unit)
                for name, amount, own in pairs:
                    self._line(name, amount, "source", own or unit, c,
                               group=clean(label_key(group)) if group else None)
                    if _is_fiscal_kind(name):
                        self._fiscal_line(c, amount, own or unit)
                    elif len(pairs) > 1 and _CATCH_ALL_SOURCE.match(label_key(_SUB_LINE.sub("", name))) \
                            and "budget_other" not in self.form.fields:
                        # `资金来源（万元） | 中央资金：300；县级资金：200；其他资金：50`: the list's 其他资金 the form's field,
                        # as a `其他资金 | 50` row of the list is (it was null when the list fell short of the total)
                        self._set("budget_other", amount, c, own or unit)
                    elif len(pairs) > 1 and (match_field(label_key(_SUB_LINE.sub("", name))) or ("",))[0] \
                            == "budget_fiscal" and "budget_fiscal" not in self.form.fields:
                        # `资金构成 | 设备购置80万元、财政资金100万元`: the list's 财政资金 the form's field, as its 其他资金
                        # is (it was lost beside a use: read-only review rd2's leftover, hunt mn23); a labelled row after
                        # it wins, as over a list of the fields only (_pair_fields)
                        self._set("budget_fiscal", amount, c, own or unit)
                        self.form.fields["budget_fiscal"] = replace(self.form.fields["budget_fiscal"], rank=_LISTED_RANK)
                if (said := _pairs_total(c.text)) is not None \
                        and not self.form.fields.keys() & {"budget_total", "budget_year"}:
                    # `…，县级自筹50万元，合计350万元。`: the sum the form states of its sources, the project's money when
                    # no total was read (it was dropped without a word)
                    self._set("budget_total", said, c, unit)
                used = True
                j += 1
                continue
            if m is None and j + 1 < len(cells) and is_number(cells[j + 1].text) \
                    and (year_of := _year_money_label(c.text)) is not None:
                # `申请债券资金 | 15,000 | 其中：2025年发行额度 | 6,000` (a special bond's form): a year's money under a
                # label the year's own word would make budget_year (本年度发行额度): the year's budget when it is the
                # form's year, as a total's `其中：2025年 | 6,000` part is (it was an unparsed row, the year's 6,000 lost)
                self._hold_year_money(year_of, cells[j + 1], c.text, row_unit)
                # (`2024年资金总额（万元） | 600` over `其中：财政资金 | 500`: the parts in the label's unit, as under a money
                # block's label — the label is no block's since it names a year's money, review rv84)
                self.block_unit = declared_unit(c.text) or self.block_unit
                self.year_parts.append(c)
                whole = self.form.fields.get("budget_year")
                if whole is not None and (whole.cell.page, whole.cell.line) == (c.page, c.line):
                    # (`申请债券资金（万元） | 15,000 | 其中：2025年发行额度（万元） | 6,000`: the money label read as the
                    # year's, its part the form's year's: the label's money is the whole over the years)
                    lab = next((x for x, y in zip(row.cells, row.cells[1:]) if y is whole.cell), None)
                    self.year_whole = (whole, lab.text if lab is not None else "")
                used = True
                j += 2
                continue
            if m is None:
                if _is_money_section(c, left) and not (self.money_group is None and self.money_section is None
                                                       and _source_amount(cells, j)):
                    # (`资金总额（万元） | 500` over `资金来源 | 中央资金 | 300`: the block's lines in the total's unit,
                    # as the fields beside it are; they were read as 300 元)
                    self.money_section = (c.text, declared_unit(c.text) or self.block_unit or self._total_unit_of(row))
                    self.money_group = None
                    used = True
                    if j + 1 < len(cells) and (is_number(cells[j + 1].text) or is_amount_cell(cells[j + 1].text)) \
                            and "budget_total" not in self.form.fields:
                        # 实施单位 | … | 项目资金（万元） | 10500: the block label's own amount, the project's money
                        # (it was lost without a warning; so was `项目资金 | 总计：120万元`, an amount with its unit)
                        self._set("budget_total", cells[j + 1].text, c, self.money_section[1], c.text)
                        j += 1
                elif (self.money_group is not None or self.money_section is not None) \
                        and not is_number(c.text) and j + 2 < len(cells) and label_key(cells[j + 1].text) == "小计" \
                        and is_number(cells[j + 2].text):
                    # 一般公共预算拨款 | 小计 | 1800, then 市本级 | 1800 below: the head of the lines indented
                    # under it, its subtotal theirs (not a line of its own beside them)
                    unit = self.money_section[1] if self.money_section else None
                    if _is_fiscal_kind(c.text):
                        self._fiscal_line(c, cells[j + 2].text, declared_unit(c.text) or unit or self.block_unit)
                    self.money_group = (c.text, "source", unit, c.col)
                    used = True
                    j += 2
                elif (self.money_group is not None or self.money_section is not None) and j == 0 and c.col == left \
                        and (label_key(c.text) in _SPENDING_HEADS or label_key(c.text).endswith(_SPENDING_ENDS)) \
                        and len(cells) == 3 and not is_number(cells[1].text) and match_field(cells[1].text) is None \
                        and (is_number(cells[2].text) or is_amount_cell(cells[2].text)):
                    # `支出明细 | 设备购置 | 200.00` right under a 资金来源 block's last source, no head row of its own:
                    # the label starts lines of spending, what the money is for (they were read as more sources, a
                    # false source_sum_mismatch, hunt mn14)
                    unit = self.money_section[1] if self.money_section else self.money_group[2]  # type: ignore[index]
                    self.money_group = (c.text, "composition", declared_unit(c.text) or unit, c.col)
                    used = True
                elif (self.money_group is not None or self.money_section is not None) \
                        and not is_number(c.text) and j + 1 < len(cells) and _money_figure(cells[j + 1].text, c.text) \
                        and not ADJUSTMENT_KEY.match(label_key(c.text)):
                    # (`合计 | 60万`, `中央财政 | 1.0亿元` under 资金来源: a figure in 万 / 亿 is an amount there too — the
                    # block was lost, its lines kept in other_fields, hunt mn16)
                    # (not an adjustment's change, `原预算数 | 360 | 调整金额 | -60 | 调整后预算数 | 300`: kept in
                    # other_fields as written — it was a source line of -60 under 原预算数, hunt mn11)
                    lines = len(self.form.budget_items)
                    self._money_line(c, cells[j + 1])
                    used = True
                    j += 1
                    if self.money_notes is not None and j + 1 < len(cells) \
                            and (row.grid, cells[j + 1].col) == self.money_notes:
                        # `其中：上级补助 | 520.00 | 省补` under `资金来源 | 金额 | 备注`: the line's note
                        if len(self.form.budget_items) > lines and not self.form.budget_items[-1]["note"]:
                            self.form.budget_items[-1]["note"] = clean(cells[j + 1].text)
                        j += 1
                elif self.option_col and ticked_options(c.text) is not None:
                    self._options(self.option_col, c, self.option_label)
                    used = True
                elif j == 0 and len(cells) == 2 and not is_number(c.text) and is_number(cells[1].text) \
                        and not _SOURCE_HEAD.match(label_key(c.text)) and L.OTHER_MONEY.fullmatch(label_key(c.text)) \
                        and self._other_rows_summed(c, cells[1], declared_unit(c.text) or row_unit or self.block_unit
                                                    or self._total_unit_of(row)):
                    # `银行贷款 | 10` under `单位自筹 | 20`, `社会资金 | 30` (the total's other parts, summed): one more of
                    # them, though no source head names it (it was kept in other_fields as a bare `10`, the parts short
                    # of the total; hunt mn23's leftover, review rv84)
                    used = True
                    j += 1
                elif not is_number(c.text) and j + 1 < len(cells) and is_number(cells[j + 1].text) \
                        and (_SOURCE_HEAD.match(label_key(c.text)) or _is_fiscal_kind(c.text)
                             or (j >= 2 and self._pairs_add_up(row, cells))
                             or (_BARE_LEVEL.match(label_key(c.text))
                                 and (j >= 2 and ((match_field(cells[0].text) or ("",))[0] in ("budget_total", "budget_year")
                                                  or _SOURCE_HEAD.match(label_key(_SUB_LINE.sub("", cells[0].text)))
                                                  or _is_fiscal_kind(cells[0].text))
                                      or j == 0 and self._under_total())
                                 and all(is_number(x.text) or _BARE_LEVEL.match(label_key(x.text))
                                         or _SOURCE_HEAD.match(label_key(x.text)) or _is_fiscal_kind(x.text)
                                         for x in cells[2:]))):
                    # (`中央 | 50 | 省级 | 20` opening the row right under `资金总额（万元） | 100`: the total's parts by
                    # level, 中央 as 省级 is — it was dropped without a word, hunt ck2)
                    # (`资金总额 | 15,000.00 | 中央 | 8,000.00 | 省级 | 4,000.00 | 市县 | 3,000.00`: a level alone beside
                    # its amount after the row's total, a source line as 省级 is; 中央 and 市县 were lost without a word;
                    # not among counts, `年度资金总额 | 500.00 | 乡镇 | 12 | 行政村 | 86`: 乡镇 was a line of 12万, review ry;
                    # also after a source's line opening the row, `市县资金 | 18 | 乡镇 | 12` under the total's `其中：中央资金
                    # | 50 | 省级资金 | 20`: 乡镇 was dropped without a word)
                    # 项目预算（万元） | 1500 | 其中：省财政资金 | 1500, or 中央资金 | 500 alone: a source's amount, a
                    # line of kind `source` (it was lost, or an unparsed row); `一般公共预算资金（万元） | 5600` beside
                    # the form's fields, no money block above it: one of the three budgets, fiscal money too (it was
                    # dropped without a word)
                    # (`年度资金总额（万元） | 100` over `其中：财政拨款 | 70` and its `| 中央补助 | 40`: the lines in
                    # the total's unit, as the fields beside them are; they were read as 40 元)
                    line_unit = declared_unit(c.text) or row_unit or self.block_unit or self._total_unit_of(row)
                    total = self._total_of_level(cells, j) if _BARE_LEVEL.match(label_key(c.text)) else None
                    if total is not None or not L.OTHER_MONEY.fullmatch(label_key(c.text)) \
                            or not self._other_rows_summed(c, cells[j + 1], line_unit):
                        self._line(_SUB_LINE.sub("", clean(c.text) or ""), cells[j + 1].text, "source", line_unit, c,
                                   group=clean(label_key(total.text)) if total is not None else None)
                    if total is not None and self.money_group is None and self.money_section is None:
                        # (`项目总投资 | 300.00` over `中央 | 150.00`, then `省级 | 80.00` … on the rows below, no money
                        # block's label: the total's parts, grouped under its label so that source_sum_mismatch compares
                        # them with it — they were lines of no group, unchecked, 150 + 80 + 50 + 30 against 300)
                        self.money_group = (total.text, "source", line_unit, total.col)
                        self.parts_from = (row.grid, total.col, i)
                    if _is_fiscal_kind(c.text):
                        self._fiscal_line(c, cells[j + 1].text, line_unit)
                    used = True
                    j += 1
                elif j + 1 < len(cells) and label_key(c.text) in _BARE_MONEY_KEYS and is_number(cells[j + 1].text) \
                        and self.money_group is None and self.money_section is None \
                        and not self.form.fields.keys() & {"budget_total", "budget_year"}:
                    # `实施单位 | 县农村环境服务中心 | 资金（万元） | 300`: a bare money word beside the form's fields, no
                    # money read yet: the project's money, its `其中：财政拨款 | 300` below in its unit (it was kept in
                    # other_fields, the part read as 300 元)
                    unit = declared_unit(c.text) or self.block_unit
                    self._set("budget_total", cells[j + 1].text, cells[j + 1], unit, c.text)
                    self.bare_total = (c.text, self.form.fields["budget_total"])
                    self.money_group = (c.text, "source", unit, c.col)
                    used = True
                    j += 1
                elif (pair := _contact_pair(c.text)) is not None and self._keep_pair(pair[0], pair[1], c):
                    used = True          # `传真：0739-7654321` on a sign-off line: kept as written (mend md26)
                    # (a cell of its own beside the head's pairs too, `联系人：王芳 | 传真：…`: it was dropped with no
                    # word, the row used; hunt pr4)
                elif row.is_text_line and (pair := _opinion_signed(c.text, cells[j + 1:])) is not None \
                        and self._keep_pair(pair[0], pair[1], c):
                    used = True          # `主管部门意见：同意申报。（盖章）` on a line of its own: the opinion's words, as
                    # a `主管部门意见 | 同意申报。（盖章）` row's (the line was dropped with the ignored labels', hunt pr7)
                    j += pair[2]         # (its signer and day in the cells after it, read with it: review rv145)
                elif row.is_text_line and (note := _remark_pair(c.text)) is not None:
                    # `备注：养护里程含村道。` on a line under the form, alone or among a sign-off's pairs: the form's
                    # closing remark, as a `备注 | …` row's (it was lost, hunt ti15; a 填表说明 / 说明 / 注 line is
                    # the template's instructions, not kept)
                    self._remark(note, c)
                    used = True
                elif (pair := _attribute_pair(c.text)) is not None \
                        and (not row.is_text_line or L.EVALUATOR_LABEL.match(label_key(pair[0]))) \
                        and not _UNIT_LABEL.match(fold(pair[0])) \
                        and (all(x is c or match_field(x.text) or _attribute_pair(x.text) for x in cells)
                             or _evaluator_line(cells)) \
                        and self._keep_pair(pair[0], pair[1], c):
                    # `评估单位（盖章）：攸县财政局 | 金额单位：万元` over a 事前绩效评估表 (a cell holding a label of no field,
                    # naming a party or an attribute, and its value, on a row of such cells or fields): kept in
                    # other_fields, as `评估单位 | 攸县财政局` would be (the row was an unparsed_row); `金额单位：万元` is
                    # the form's unit, read above (`导出单位：… | 导出时间：…`, a time of no attribute beside it, stays
                    # unparsed, as a web page's `信息来源：…` among its page's records is not kept)
                    # (on a line of its own only the evaluator's, `评价机构：某某会计师事务所` under a 评分表: it was lost,
                    # hunt sc14 — a text line's other pairs are notes')
                    used = True
                elif (pair := _dated_cell(c.text)) is not None and _evaluator_line(cells) \
                        and self._keep_pair(pair[0], pair[1], c):
                    used = True          # `评价机构：… | 评价时间：2024年5月` by a 评分表: the evaluators' time beside their
                    # name, kept as `评价日期：…` alone is (it was an unparsed_row, the time no attribute; hunt ly8)
                elif j + 1 < len(cells) and _LABEL_LIKE.match(_NAME_UNIT.sub("", _SUB_LINE.sub("", c.text)).strip()
                                                              or c.text.strip()) \
                        and (len(_SUB_LINE.sub("", c.text).strip() or c.text.strip()) >= 3
                             or _CONTACT_LABEL.search(label_key(c.text))     # `传真 | 0371-…` (hunt pr4)
                             or len(cells) == 2 and label_key(c.text) in _PLACE_WORDS
                             and _PLACE_NAME.search(clean(cells[1].text) or "") is not None) \
                        and not is_placeholder(c.text) \
                        and not is_number(c.text) and not is_block_label(c.text) and id(c) not in self.consumed \
                        and not _unit_pair(c, cells[j + 1]):
                    # (`金额单位: | 万元`: the form's unit, read above)
                    nxt = cells[j + 1]
                    if label_key(c.text) in _CONCLUSION_KEYS and (grade := _conclusion_grade(nxt.text)) is not None:
                        # 自评结论 | 优 (closing a self-evaluation, under its 总分): the grade (an unparsed row); a
                        # conclusion written out (`…，评价等级为优。`, `优（99.5分）`) gives it too, kept in other_fields
                        self._set("grade", grade, nxt, None, c.text)
                        used = True
                        if grade != clean(nxt.text).rstrip("。."):
                            self._keep_other(c, nxt)
                        j += 2
                        continue
                    if j == 0 and len(cells) % 2 == 1 and _LABEL_LIKE.match(nxt.text.strip()) \
                            and _DIGITS.search(cells[j + 2].text) \
                            and (not is_number(cells[j + 2].text) or declared_unit(nxt.text) is not None) \
                            and not _LABEL_LIKE.match(cells[j + 2].text.strip()):
                        # `债券发行情况 | 债券名称 | 2024年…专项债券（十二期） | 债券期限 | 15年`: the head of the pairs after it,
                        # no label of the next (债券名称's value was lost); `项目收益与融资平衡 | 预期收益总额（万元） | 96,500.00
                        # | 本息覆盖倍数 | 1.42` too
                        head = c
                        j += 1
                        continue
                    if not match_field(nxt.text) and not is_placeholder(nxt.text) and not is_block_label(nxt.text) \
                            and not (j + 2 < len(cells) and is_number(cells[j + 2].text)) \
                            and not _LABEL_LIKE_END.search(nxt.text.strip()) and nxt.text.strip() != c.text.strip() \
                            and not (_LABEL_LIKE.match(nxt.text.strip()) and (
                                "性质" in nxt.text or (_MONEYISH.search(nxt.text) and (
                                    _MONEY_HEAD_END.search(nxt.text) or not _ATTRIBUTE_LABEL.search(label_key(c.text))))
                                or _MONEY_UNIT_HEAD.search(nxt.text)
                                or (_MONEYISH.search(c.text) and not _MONEY_ATTRIBUTE.search(label_key(c.text))))):
                        # (not two heads side by side: 按收入性质分 | 按支出性质分, 中央资金 | 省级资金, 项目区域 | 投资估算
                        # （万元） (a money column's head with its unit, no attribute's value); but a label naming
                        # an attribute of the money, `偿债资金来源 | 污水处理费收入`, beside its value, and a label naming an
                        # attribute beside a name of no money, `管理机构 | 省产业投资集团`)
                        lost_pairs.append((c, nxt))
                        j += 1
                elif j + 1 < len(cells) and is_number(cells[j + 1].text) and declared_unit(c.text) is not None \
                        and _LONG_MONEY_LABEL.match(_NAME_UNIT.sub("", _SUB_LINE.sub("", c.text)).strip()) \
                        and id(c) not in self.consumed:
                    # `专项债券资金用作资本金金额（万元） | 6,000.00` beside the year's bonds: a money label with its unit,
                    # too long for a label of no field — the pair kept or read as the capital (it was dropped without a
                    # word, review rv53)
                    lost_pairs.append((c, cells[j + 1]))
                    j += 1
                j += 1
                continue
            col, inline = m
            if col in _LABELLED_MONEY and inline is None and not labels_only and (
                    j + 1 == len(cells) or _is_dash(cells[j + 1])
                    or cells[j + 1].col > c.col + 1 and match_field(cells[j + 1].text) is not None):
                # `全年预算数（万元） | /`, `调整后预算数 |` (nothing after it, or its cell empty before the next label):
                # the form labels the field and leaves it empty
                self.form.labelled.add(col)
            if col in _PROSE_FIELDS and inline is None and j + 1 < len(cells) and _MARK_ONLY.match(cells[j + 1].text):
                # `附件材料 | 实施方案 | √ | 可行性研究报告 | √`: a checklist of the papers attached, a tick beside each
                # name, no text of the plan (the plan was `√`)
                lost_pairs.append((c, cells[j + 1]))
                j += 2
                continue
            used = True
            own = declared_unit(c.text)
            money = col.removeprefix("_weak_") in L.MONEY_FIELDS     # (购买服务金额（万元）: a weak label of money)
            if own and money:
                row_unit = own                   # 年度资金总额（万元） | 200 | 全年执行数 | 196: the row's money in 万元
                if col.removeprefix("_weak_") in ("budget_total", "budget_year") and row.grid is not None:
                    self.total_unit = (row.grid, own)
            unit = own or (self.money_group[2] if self.money_group else None) \
                or (self.money_section[1] if self.money_section else None) or self.block_unit \
                or (row_unit if money else None)
            if unit is None and money and col.removeprefix("_weak_") in ("budget_total", "budget_year") \
                    and self.form.form_unit is not None and row.grid is not None \
                    and self._total_unit_of(row) not in (None, self.form.form_unit):
                # `单位：万元` over `项目总投资（亿元） | 1.2` and `本年度预算 | 3,000`: a total of no unit of its own is
                # in the form's, not in the unit another total's label declared (it was 3,000 亿元, and so were the
                # parts under it, `其中：财政资金 | 2,400`)
                unit = self.form.form_unit
                self.total_unit = (row.grid, unit)
            unit = unit or (self._total_unit_of(row) if money else None)
            # (`年度资金总额（万元） | 150` over `其中：财政拨款 | 120`, `其他资金 | 30` in a table of its own: the parts
            # are in the total's unit; they were read as 元)
            if col in ("category", "fund_use", "fund_type"):
                self.option_col = col
                self.option_label = c.text
            else:
                self.option_col = None
            if inline is not None:
                self._value(col, inline, c, unit, c.text)
                # 预算数：186.00万元  执行数：178.56万元  执行率：96.00%: more pairs in the same cell
                for part in next_pairs(c.text.strip())[1:]:
                    more = match_field(part)
                    if more is None and not _COLONS.search(c.text):
                        more = spaced_pair(part, after_pair=True)   # `… 联系电话 138…` after `项目负责人 王建国`
                    if more is not None and more[1] is not None:
                        self._value(more[0], more[1], c, declared_unit(part) or unit, part)
                    elif more is None and (pair := _contact_pair(part)) is not None:
                        # `… 传真：0739-7654321` on a sign-off line (mend md26), or in a cell of a row of the head's
                        # pairs, as a cell of its own is (`联系人：赵丽  传真：… | 联系电话：…`: dropped, review rv91)
                        self._keep_pair(pair[0], pair[1], c)
                j += 1
                continue
            if col == "score":
                rest = cells[j + 1:]
                named = next((x for x in rest if not is_number(x.text) and (
                    label_key(x.text) in _SCORE_WORDS or (match_field(x.text) or ("",))[0] == "score")), None)
                before = [x for x in rest[:rest.index(named)] if is_number(x.text)] if named is not None else []
                after = [x for x in rest[rest.index(named) + 1:] if is_number(x.text)] if named is not None else []
                if before and after and _SCORER_LABEL.search(label_key(c.text)) \
                        and _SCORER_LABEL.search(label_key(named.text)) and label_key(c.text) != label_key(named.text):
                    # `自评得分 | 96 | 评价得分 | 92`: two scores, each after its label — no full marks before a score
                    # (the 96 was taken for the full marks, 92 the score); the better-ranked the form's score, the
                    # other kept under its label (_set, hunt lt)
                    self._value(col, before[-1].text, before[-1], unit, c.text)
                    self._value(col, after[0].text, after[0], unit, named.text)
                    j = cells.index(after[0]) + 1
                    continue
                if named is not None:
                    # 总分 | 100 | 得分 | 96: the full marks, then the score after its own label; with that
                    # cell left empty (a form not yet scored) there is no score
                    rest = rest[rest.index(named) + 1:]
                    if not any(is_number(x.text) for x in rest):
                        j = cells.index(named) + 1
                        continue
                # 综合得分: | 100 | 96.95 — the full marks, then the score: take the last number
                nums = [x for x in rest if is_number(x.text)]
                if nums:
                    # (自评总分 | 100 | 99 over a table's 合计; a lone number, `总分 | 100`, may be the full marks — one
                    # short of 100, `自评总分 | 93.7`, is a score, its label ranked: over the 合计 of a table of 90
                    # points, the part of it that table scored)
                    lone_full = len(nums) < 2 and (parse_number(nums[-1].text) or 0) >= 100
                    self._value(col, nums[-1].text, nums[-1], unit, None if lone_full else c.text)
                    j = cells.index(nums[-1]) + 1
                    if j < len(cells) and GRADE_WORD.match(cells[j].text):
                        self._value("grade", cells[j].text, cells[j], unit)   # 总分 | 100 | 96 | 优
                        j += 1
                    continue
            nxt = cells[j + 1] if j + 1 < len(cells) else None
            if col in ("category", "fund_use", "fund_type") and nxt is not None and _MARK_ONLY.match(nxt.text):
                # 项目类别 | √ | 一般性项目 | | 重点项目: each box a cell of its own before its option (an empty cell an
                # empty box): the options as one cell would write them (`☑一般性项目□重点项目`; the options were
                # unplaced cells, nothing ticked read)
                k, parts, mark = j + 1, [], None
                # (an option has its box before it: a mark, or an empty cell; or ends as the option before it
                # does, `新增项目 | 延续项目`: `项目类别 | √ | 经常性项目 | | 一次性项目 | 所属行业 | 教育` goes on with
                # a label and its value, not two options — they were dropped without a word)
                while k < len(cells) and (_MARK_ONLY.match(cells[k].text) or (
                        not match_field(cells[k].text) and not is_number(cells[k].text)
                        and len(cells[k].text.strip()) <= 12 and not L.TICKED.search(cells[k].text)
                        and not L.UNTICKED.search(cells[k].text)
                        and (mark is not None or cells[k].col > cells[k - 1].col + 1
                             or (parts and len(cells[k].text.strip()) >= 2
                                 and cells[k].text.strip()[-2:] == parts[-1][-2:])))):
                    t = cells[k].text.strip()
                    if _MARK_ONLY.match(t):
                        mark = t
                    else:
                        parts.append(("☑" if mark and L.TICKED.search(mark) else "□") + t)
                        mark = None
                    k += 1
                if parts:
                    self._value(col, "".join(parts), nxt, unit, c.text)
                    j = k
                    continue
            if col in ("goal_annual", "goal_total") and nxt is not None \
                    and (parts := _level_goal_parts(cells[j + 1:])):
                # 年度绩效目标 | 产出目标 | 开展培训3000人次… over `| 效益目标 | …` and `| 满意度目标 | …`: the goal written by
                # level, each level's text after its name (the goal was the name `产出目标`, its text lost, the levels
                # below other fields; a second level on the row, `… | 效益目标 | …`, was an other field, review rv4)
                self._value(col, _goal_joined(parts), cells[j + 2], unit, c.text)
                self.level_goal = (col, row.grid)
                j += 1 + 2 * len(parts)
                continue
            stage = L.ADJUST_STAGE.get(nxt.text.strip()) if nxt is not None else None
            if stage is not None and col not in L.MONEY_FIELDS:
                # 年度目标 | 调整前 | text, then | 调整后 | text: the value in force is the one after
                if stage == "after" and j + 2 < len(cells):
                    self._value(col, cells[j + 2].text, cells[j + 2], unit, c.text)
                elif j + 4 < len(cells) and L.ADJUST_STAGE.get(cells[j + 3].text.strip()) == "after" \
                        and not L.ADJUST_STAGE.get(cells[j + 2].text.strip()) and is_value_for(cells[j + 2].text):
                    # `年度目标 | 调整前 | 新建公厕15座… | 调整后 | 新建公厕12座…` on one row: the one after in force, the
                    # one before kept (`不变` after: the one before) — both were lost, the after read as a label of
                    # nothing (review rv73)
                    before, after = cells[j + 2], cells[j + 4]
                    text = self._in_force(col, before.text, after.text, after, c.text)
                    self._value(col, text, before if text is before.text else after, unit, c.text)
                    j += 5
                    continue
                else:
                    # (年度绩效目标 | 调整前 | | 调整后 over the two texts: the column of 调整后)
                    head = next((x for x in cells[j + 2:] if L.ADJUST_STAGE.get(x.text.strip()) == "after"), None)
                    self.adjusted = (col, unit, c.text, head.col if head is not None and all(
                        L.ADJUST_STAGE.get(x.text.strip()) for x in cells[j + 1:]) else None)
                j += 3
                continue
            if col == "fund_type" and nxt is not None and inline is None \
                    and (source := match_field(nxt.text)) is not None and source[1] is None \
                    and source[0] in L.MONEY_FIELDS \
                    and not any(is_number(x.text) or is_amount_cell(x.text) for x in cells[j + 2:j + 3]) \
                    and not self._figure_under(i, nxt) and (not labels_only or j + 2 == len(cells)):
                # `资金性质 | 财政拨款` (`| 自有资金`): the kind of money the project is, written as a source's name —
                # the fund type, no label of a money line with its figure lost (it was nothing read, the row dropped;
                # a head over figures, `资金性质 | 财政拨款` over `| 300`, stays one)
                self._value(col, nxt.text, nxt, None, c.text)
                j += 2
                continue
            if nxt is not None and col in L.MONEY_FIELDS and (rest := _span_cut(nxt.text)) is not None:
                # `中期资金 | 2025-2027年3,600万元`: the span of years the amount is of, no figure of it (the label was
                # taken for the head of money lines, the amount lost — rv156's leftover, hunt mn32), as after a
                # sentence's lead (_unhedged_lead); under a field of one year's money, `年度资金总额 | 2025-2027年
                # 3,600万元`, no amount of the year: kept as written (it was the year's budget — review rv163)
                if col != "budget_total" and self._keep_pair(c.text, nxt.text, c):
                    j += 2
                    continue
                if col == "budget_total":
                    nxt = replace(nxt, text=rest)
                    cells = cells[:j + 1] + [nxt] + cells[j + 2:]
            if nxt is not None and col in L.MONEY_FIELDS and (
                    amount_bound(nxt.text) is not None and self._keep_bound(c.text, nxt.text, c)
                    or self._bound_parts_of(c.text, nxt.text, c)
                    or _option_list(nxt.text) and self._keep_pair(c.text, nxt.text, c)):
                # `项目资金总额 | 50万元以内` (`不超过50万元`): a bound on the money, no amount: kept as written under its
                # label (it was lost without a word, the label taken for the head of money lines); so is a list of
                # options, the one ticked kept (`资金规模 | ●100万元以下 ◎100万元以上` -> `100万元以下`: it was lost
                # without a word, review rv59)
                j += 2
                continue
            if nxt is not None and col == "budget_year" and (yearly := _PER_YEAR.match(fold(nxt.text))) is not None:
                # `年度资金总额 | 50万元/年` (`每年50万元`): a sum per year in the field of the year's money is the year's
                # amount — 50万 (it was no amount, an amount_not_money warning of a price per thing, hunt mn15); in
                # any other money field, no amount, said as a rate (_not_money)
                self._value(col, yearly.group("a"), c, unit, c.text)
                j += 2
                continue
            if nxt is not None and col in L.MONEY_FIELDS and not_money(nxt.text) and match_field(nxt.text) is None:
                # `预算金额 | 120 美元`, `预算金额（万元） | 120 台`: a figure in a foreign currency or a count, no
                # money in 元 the form states — kept as written, said (it was 120 元, or 120万 with `台` a note);
                # in a row of labels too, `预算金额 | 120 USD | 其中：财政资金 |` (it was lost without a word, review rv35)
                self._not_money(c, nxt)
                j += 2
                continue
            if nxt is not None and not labels_only and is_value_for(nxt.text) and not is_block_label(nxt.text):
                if col in L.MONEY_FIELDS and (kuai := _KUAI.match(fold(nxt.text))) is not None:
                    # `预算金额 | 120 块` (`120块钱`, `5万块`): 块, colloquial 元, in a money cell — the amount in 元, as
                    # not_money counts 块 among 人民币 words (it was 120 with `块` kept as 预算金额说明, hunt mn15)
                    self._value(col, kuai.group(1) + "元", c, unit, c.text)
                    j += 2
                    continue
                if col in L.MONEY_FIELDS and (noted := amount_noted(nxt.text)) is not None:
                    # `预算金额（万元） | 120 用于购置设备` (`120万元，用于…`, `120（用于…）`): the amount, then what it is
                    # for in words of no figure — the field's amount, the words kept under the label (`预算金额说明`);
                    # the label was taken for the head of money lines, the money lost without a word (hunt mn13)
                    self._value(col, noted.group("a"), c, unit, c.text)
                    self.form.other.append((label_key(_LABEL_COLON.sub(r"\1", c.text.strip())) + "说明",
                                            clean(noted.group("n").strip("()")) or noted.group("n"), nxt))
                    j += 2
                    continue
                if col in L.MONEY_FIELDS and not is_number(nxt.text) and not is_placeholder(nxt.text) \
                        and not is_amount_cell(nxt.text):
                    # 实际支出资金 | 市级预算资金 | 590.46: the label heads a group of money lines
                    self.money_group = (c.text, "spent" if col == "spent" else "source", unit, c.col)
                    self.form.fields.setdefault("_group_" + col, RawValue(c.text, c, unit))
                    j += 1
                    continue
                if col in ("period", "start_date") and j + 3 < len(cells) and _RANGE_WORD.match(cells[j + 2].text):
                    # 项目起止时间 | 2026-01-01 | 至 | 2026-12-31: the period over three cells
                    self._value("period", f"{nxt.text.strip()}至{cells[j + 3].text.strip()}", nxt, unit, c.text)
                    j += 4
                    continue
                if col == "period" and j + 2 < len(cells) and parse_date(nxt.text) is not None \
                        and parse_date(cells[j + 2].text) is not None and not match_field(cells[j + 2].text):
                    # 项目起止时间 | 2023年1月1日 | 2023年12月31日: the start and the end in two cells
                    self._value("period", f"{nxt.text.strip()}至{cells[j + 2].text.strip()}", nxt, unit, c.text)
                    j += 3
                    continue
                if col == "budget_other" and is_number(nxt.text) \
                        and getattr(self.form.fields.get("budget_other"), "parts", None) is not None \
                        and self._other_rows_summed(c, nxt, unit or self.block_unit):
                    # (`其他资金 | 10` under `企业自筹 | 20`, `群众自筹 | 30`, the total's other parts summed: the last of
                    # them, summed too — it replaced their sum, budget_other 10 of 60, review rv93)
                    j += 2
                    continue
                # (the money block the label stands in, before the label's value makes it a group of its own)
                last = self.form.budget_items[-1] if self.form.budget_items else None
                grp = self.money_group or self.money_section
                before = self.form.fields.get("budget_other")
                same = [b for b in self.form.budget_items if b.get("kind") == "source" and b.get("group") == last["group"]
                        and label_key(b.get("name") or "") == label_key(c.text)] \
                    if col == "budget_other" and is_number(nxt.text) and before is not None \
                    and self._ends_sources(last, grp) else []
                said = [parse_amount(b["amount"], b.get("unit") or self.form.form_unit) for b in same]
                named = parse_amount(nxt.text, unit or (same[0].get("unit") if same else None)
                                     or self.form.form_unit) in said
                if same and not named:
                    # (`中央资金：400；县级资金：150；其他资金：50` in one cell, then `其他资金（万元） | 80`: one source named
                    # twice with two amounts — both lines kept, the row's the field, and a word of it: it was two lines
                    # adding up past the total, unchecked, nothing said, review rv54)
                    self.form.warnings.append(warn(
                        "source_named_twice", f"the source {clean(c.text)!r} is named twice with two amounts: "
                        f"{same[0]['amount']} in {clean(last['group'] or '')!r} and {clean(nxt.text)} on its own row", c))
                if col == "execution_rate" and j > 0 \
                        and ("budget_year" in self.form.fields or "budget_total" in self.form.fields) \
                        and ((part := match_field(cells[0].text)) is not None and part[1] is None
                             and part[0] in ("budget_fiscal", "budget_other")
                             or part is None and _SUB_LINE.match(cells[0].text)
                             and _is_source(_SUB_LINE.sub("", cells[0].text))):
                    # `其中：财政拨款 | 180 | 执行率 | 95%` under `年度资金总额 | 200 | 资金执行率 | 96%`: the part's rate, kept
                    # under the part's name (it took the project's execution_rate, hunt mn31); so under a total of no
                    # rate, or one whose `资金执行率` row comes after the parts (the first part's rate was the project's,
                    # the total's row lost without a word — review rv156); a part alone, no total, the project's; a
                    # level's source part too, `其中：中央资金 | 1200 | 执行率 | 95%` (read-only review rd70's D)
                    name = clean(_SUB_LINE.sub("", cells[0].text)) or ""
                    if declared_unit(name):     # (`其中：中央资金（万元）`: the rate's key without the money's unit)
                        name = _TRAILING_GLOSS.sub("", name)
                    self.form.other.append((name + clean(c.text), nxt.text.strip(), nxt))
                    j += 2
                    continue
                self._value(col, nxt.text, c if col in L.MONEY_FIELDS else nxt, unit, c.text)
                if named:
                    self.form.fields["budget_other"] = before    # (the source's line and field as the block read them)
                if col == "budget_other" and is_number(nxt.text) and self._ends_sources(last, grp) \
                        and (other_ := self.form.fields.get("budget_other")) is not None \
                        and other_.cell is c and not named:
                    # `资金来源（万元） | 中央补助资金 | 200` … `| 其他资金 | 40` (or `| 单位自筹 | 50`): the last of the
                    # block's source lines, a line as they are, its sum budget_other too (it was the field alone for
                    # all but 自筹, the lines 300 of the 340 they break down); not when the block names that source
                    # already (`中央资金：400；县级资金：150；其他资金：50` in one cell, then `其他资金（万元） | 50`: one
                    # source named twice, one line — it was two, the lines 650 against 600 without a word, hunt mn17)
                    self._line(c.text, nxt.text, "source", unit or last.get("unit") or self.block_unit, c,
                               group=last["group"])
                part = _part_kind(cells[j + 2].text) if col in ("budget_total", "budget_year") and j + 3 < len(cells) \
                    and _SUB_LINE.match(cells[j + 2].text) and match_field(cells[j + 2].text) is None \
                    and is_number(cells[j + 3].text) else None
                if part is not None:
                    # 专项资金总额 | 5,000.00 | 其中：市本级 | 2,000.00 (and `补助区、县（市） | 3,000.00` on the row
                    # below, indented under the part): the parts of the money just read are its lines (they were
                    # lost, the first silently); sources, or what the money is spent on (其中：设备购置费)
                    self.money_group = (c.text, part, unit, c.col)
                    self.parts_from = (row.grid, c.col + 1, i)
                elif col in ("budget_total", "budget_year") and j + 2 >= len(cells) and self.money_section is None \
                        and self.money_group is None and (part := self._parts_below(i, row, c)) is not None:
                    # 项目总投资（万元） | 50000 over `其中：专项债券资金 | 20000`, `其中：项目资本金 | 10000` (or `其中 |
                    # 专项债券资金 | 20000`): the parts on the rows below are the total's lines, in its unit (the first
                    # was read as 元, the others were unparsed rows)
                    self.money_group = (c.text, part, unit, c.col)
                    self.parts_from = (self.parts_grid, c.col if self.parts_grid is row.grid else 0, i)
                if col == "department" and _CODE_ASKED.search(c.text) and j + 2 < len(cells) \
                        and "department_code" not in self.form.fields and _CODE_ALONE.match(fold(cells[j + 2].text)) \
                        and not _CODE_ALONE.match(fold(nxt.text)):
                    # 主管部门及代码 | 平遥县市场监督管理局 | 126: the code in a cell of its own after the name (it was
                    # lost without a word)
                    self._set("department_code", _CODE_ALONE.match(fold(cells[j + 2].text)).group(1), cells[j + 2])
                    j += 1
                elif col == "department" and _CODE_ASKED.search(c.text) and j + 2 < len(cells) \
                        and _CODE_ALONE.match(fold(nxt.text)) and is_value_for(cells[j + 2].text) \
                        and not match_field(cells[j + 2].text) and not is_number(cells[j + 2].text) \
                        and "department" not in self.form.fields:
                    # 主管部门及代码 | 126 | 平遥县市场监督管理局: the code, then the name in a cell of its own
                    self._set("department", cells[j + 2].text, cells[j + 2], None, c.text)
                    j += 1
                if col in ("leader", "contact") and "电话" in c.text and j + 2 < len(cells) \
                        and _PHONE_CELL.match(cells[j + 2].text) and "phone" not in self.form.fields:
                    # 项目负责人及联系电话 | 李德明 | 023-41421365: the phone in a cell of its own after the name, ranked
                    # by the person's phone label (the person's label ranks in its own column's list: a phone of
                    # `联系人及联系电话` set aside under another was kept as `办公电话`, review rv91)
                    self._value("phone", cells[j + 2].text, cells[j + 2], None, _PERSON_PHONE_LABEL[col])
                    j += 1
                after = cells[j + 2] if j + 2 == len(cells) - 1 else None
                if col == "goal_annual" and after is not None and "goal_actual" not in self.form.fields \
                        and ("spent" in self.form.fields or "execution_rate" in self.form.fields) \
                        and any(L.SELF_EVAL_TITLE.search(fold(t.cells[0].text)) and "调整" not in t.cells[0].text
                                for t in self.seg.titles) \
                        and len(after.text.strip()) >= 10 and after.text.strip() != nxt.text.strip() \
                        and is_value_for(after.text) and not is_number(after.text):
                    # a self-evaluation's 年度总体目标 | goal | what was done, without the 预期目标 /
                    # 实际完成情况 headers (titled a 自评表, with the money spent read above): the second
                    # text is the achievement
                    self._value("goal_actual", after.text, after, unit, c.text)
                    j += 1
                j += 2
                continue
            if labels_only and len(cells) >= 2 and self._value_below(i, c, col, unit):
                pass                                     # 长期目标 | 年度目标 over their texts
            elif nxt is None and col not in L.MONEY_FIELDS and col not in self.form.fields \
                    and self._text_alone_below(i, c, col):
                pass                                     # 总 | 年度目标 over a row holding only its text
            elif nxt is None and col == "execution_rate" and col not in self.form.fields \
                    and self._figure_right_below(i, c, col):
                pass                                     # … | 资金执行情况 | 预算执行进度(%) over `执行数 | 6.84 | 100.00`
            elif col in L.MONEY_FIELDS and col not in self.form.fields and (nxt is None or nxt.col > c.col + 1) \
                    and self._figures_below(i, row, c) and self._value_below(i, c, col, unit):
                pass                                     # 资金情况 | 年度预算申请 | | | 资金来源 | … over `| 120.00`
            elif nxt is None and len(cells) == 1 and col not in self.form.fields \
                    and self._lone_value_below(i, row, c, col, unit):
                pass                                     # 项目名称 alone on its row over a row holding only its value
            elif col in L.MONEY_FIELDS:
                self.money_group = (c.text, "spent" if col == "spent" else "source", unit, c.col)
                if col == "budget_year" and nxt is None:
                    self.year_head = c
            j += 1
        total = self.form.fields.get("budget_total")
        if lost_pairs and total is not None and "投资" in label_key(total.cell.text):
            for lab, val in list(lost_pairs):
                if _CAPITAL_LABEL.search(label_key(lab.text)) and is_number(val.text):
                    # `本年度申请债券资金（万元） | 6,000.00 | 项目资本金（万元） | 5,000.00` (no `其中：`) under a
                    # `项目总投资`: the capital a source of the investment, as `其中：项目资本金` is (it was kept in
                    # other_fields with an unplaced_cell, hunt ly3)
                    # (in the group of the source lines read before it, `专项债券资金 | 22,000.00` on its own row too)
                    # (the total's label its group: a text line's value cut off, `项目总投资（万元）：18,000.00`
                    # named the group with its amount; code review rd)
                    last = next((b for b in reversed(self.form.budget_items) if b["kind"] == "source"), None)
                    named = _LABEL_COLON.match(total.cell.text)
                    bonds = next((b for b in reversed(self.form.budget_items) if b["kind"] == "source"
                                  and "债券" in label_key(b["name"])), None) if "债券" in label_key(lab.text) else None
                    # (`专项债券用作资本金（万元） | 8,000.00` after `其中：专项债券资金 | 30,000.00`: capital out of the
                    # bonds, a part of them — a line of the bonds' group, not one more source of the investment (the
                    # 8,000 counted twice); its label of 13 characters with its unit was no label, the amount dropped
                    # without a word, hunt ly4)
                    if bonds is None and last is not None and self._sources_add_up(total, last["group"]):
                        # `专项债券资金 | 22,000.00`, `县级财政资金 | 8,000.00` (all of 项目总投资 30,000.00), then
                        # `项目资本金 | 8,000.00`: the capital is how those sources divide, no source beside them (it was
                        # a third line, the 8,000 counted twice): kept in other_fields as written
                        self._keep_other(lab, val)
                        lost_pairs.remove((lab, val))
                        used = True
                        continue
                    self._line(clean(lab.text), val.text, "source",
                               declared_unit(lab.text) or row_unit or total.unit or self.block_unit, lab,
                               group=clean(label_key(_SUB_LINE.sub("", bonds["name"]))) if bonds is not None
                               else last["group"] if last is not None
                               else clean(label_key(named.group(1) if named else total.cell.text)))
                    if last is None:
                        # (before any source: whether the sources after it make up the total is known at the end)
                        self.first_capital.append((self.form.budget_items[-1], lab, val, total))
                    lost_pairs.remove((lab, val))
                    used = True
        kept = [(lab, val) for lab, val in lost_pairs if self._keep_other(lab, val)]
        # (an amount under a money label of no field, `基金收入预算 | 486,500.00`, `市场化融资 | 15,000.00`, is kept
        # but still reported: money the form's budget should hold, not read as its lines)
        # (a bond's issue or the project's revenue, `债券发行总额（万元） | 40000`, `预期收益总额（万元） | 96,500.00`, is
        # no money of the budget: kept and settled, as `债券期限 | 15年` is)
        # (and an adjustment form's change, `调增金额（万元） | 30.00 | 调减金额（万元） | 10.00`, kept and settled:
        # budget_adjustment_mismatch reads it beside the budgets before and after it, as `调整金额 | 调减-20.00`)
        # (a body's code, `预算单位编码 | 101001`, is no amount though its label says 预算: kept and settled, hunt pr4)
        settled = [(lab, val) for lab, val in kept if not (_AMOUNT_LABEL.search(lab.text) and is_number(val.text))
                   or _NOT_BUDGET_MONEY.search(label_key(lab.text)) or ADJUSTMENT_KEY.match(label_key(lab.text))
                   or _CONTACT_LABEL.search(label_key(lab.text))]
        if not used and settled and 2 * len(settled) == len(cells) - (head is not None):
            return                                   # `债券期限 | 10年 | 偿还方式 | 到期一次还本`: every cell kept
        if used:
            # `某某 | 某某` beside a known label on its row, not kept as a label and its value (two heads side by
            # side?): reported (it vanished without a warning)
            for lab, val in lost_pairs:
                if not any(lab is k for k, _ in settled):
                    said = "kept in other_fields, not read as the budget's" if any(lab is k for k, _ in kept) \
                        else "not kept"
                    self.form.warnings.append(warn("unplaced_cell", f"label of no known field with its value, {said}: "
                                                   f"{clean(lab.text)} | {clean(val.text)}"[:200], lab))
        if not used and not row.is_text_line and len(cells) >= 2 \
                and all(_YEAR_OR_SUM.match(_WS.sub("", c.text)) or label_key(c.text) in _PLACE_REMARK_HEADS
                        for c in cells) and not all(label_key(c.text) in _PLACE_REMARK_HEADS for c in cells):
            return                                   # `| 2025年 | 2026年 | 2027年`: the heads of the money row below
            # (and `| 2024年 | 2025年 | 备注` over `乡镇 | 中央 | 地方 | …`, 备注 merged down: a table by place's)
        if not used and not row.is_text_line and len(cells) == 2 and REMARK_LABEL.match(label_key(first.text)):
            self._remark(cells[1].text, cells[1])
            return
        if not used and row.is_text_line and len(cells) == 1 and (self._narrated_above(i) or not self.form.indicators
                                                                  and scored_sentence(cells[0].text)) \
                and self._narrated_indicator(cells):
            # (the next sentence of a block a label's cell opened, printed on a line of its own: a laid-out dump's
            # value column under `绩效指标完成情况 | （1）…`; it was lost without a word. A first sentence alone with no
            # such block open above it is read when the form has no indicator yet and it states its score,
            # `…，实际完成412盏，得分30分。`: a 自评表's indicator, its next ones right under it (left by review rd B2,
            # read since hunt ly14); a note's or a report's sentence of a target and what was done, no score
            # (`…目标值1,200公里，实际完成1,200公里，完成率100%。`), is still none, nor a report's sentences after the
            # form, review rv92)
            return
        if not used and row.is_text_line and len(cells) == 1 and _level_summary(cells[0].text) \
                and len(self.form.indicators) == len(self.narrated):
            # (a level's scored summary on a line of its own among a report's sentences, `产出指标：项目产出全部达到预期，
            # 实际全部完成，得分50分。`: no indicator, unparsed as the same sentence in a form's cell is — it was dropped
            # without a word, review rv99; not a report's prose after a table of indicators)
            self.form.warnings.append(_unparsed_row(cells))
            return
        if row.is_text_line or (len(cells) == 1 and not sectioned and len(first.text.strip()) <= 20) \
                or label_key(first.text) in IGNORED_KEYS or (
                label_key(first.text) in TABLE_END_KEYS and all(is_placeholder(c.text) for c in cells[1:])):
            return                                   # titles, notes, 金额合计 | ----- : nothing to report
        if (self.money_group is not None or self.money_section is not None) and cells \
                and len(cells[0].text.strip()) <= 12 \
                and (len(cells) == 1 or len(cells) == 2 and (
                    is_placeholder(cells[1].text) or fold(cells[1].text).strip().rstrip("。.") in _NONE_SAID)):
            return                                   # 上年结转资金 with no amount (or `/`, `—`, `无`: none)
        if len(cells) == 2 and len(cells[0].text.strip()) <= 12 and (
                is_placeholder(cells[1].text) or fold(cells[1].text).strip().rstrip("。.") in _NONE_SAID) \
                and (_is_source(name := _SUB_LINE.sub("", cells[0].text).strip())
                     or L.OTHER_MONEY.fullmatch(label_key(name))):
            return      # `上年结转 | —`, `社会资金 | -`, `银行贷款 | /` under a 年度资金总额 and its 其中 rows: a source of no
            # money this year, nothing (each was an unparsed_row, in no money block read as such — hunt mn31)
        if not used and (any(label_key(c.text) in _PAGE_META or label_key(c.text) in _PAGE_FURNITURE for c in cells)
                         or (label_key(first.text) == "名称" and row.grid is not None
                             and any(label_key(c.text) in _RECORD_KEYS for c in row.grid.cells))):
            return                                   # 索引号： | … | 发布机构： | …, 标　　题： | …: the web page's own record
            # (名　　称 | 2025年…公开 in the record's table, beside its 索引号: the page's name, no form's row)
        if not used and len(cells) == 2 and _ATTACHMENT.match(fold(cells[0].text)) \
                and re.sub(r"[\s(（][^()（）]*[)）]?$", "", clean(cells[1].text) or "").endswith("表"):
            return                                   # 附表1 | 项目基本情况表: an annex's heading over its table
        if not used and not row.is_text_line and len(cells) == 2 and is_number(cells[1].text) \
                and (m := _POINTS_SCORE_LABEL.match(fold(cells[0].text).strip())) is not None \
                and not _TOTAL_SCORE_NAME.match(m.group(1)) and not any(level_info(m.group(1))[:2]) \
                and (parse_number(cells[1].text) or 0) <= float(m.group(2)) < 100 \
                and self._item_points() + float(m.group(2)) <= 100:
            # `预算执行率得分（10分） | 9.2` above a 评分表 of the indicators' 90 points: a row of the scores, its
            # points in the label (it was an unparsed_row, the weights 90); not a level's subtotal (`产出指标得分（50分）`
            # under a 评分表 of 100 points: 3 such rows were items, the weights 200, review mend), nor points past 100
            self.form.scores.append({"level1": None, "level2": None, "level3": m.group(1).strip(),
                                     "weight": m.group(2), "score": cells[1].text.strip(), "is_subtotal": False,
                                     "page": cells[0].page, "line": cells[0].line})
            return
        if not used and self._narrated_indicator(cells):
            return
        # (`绩效指标 | 中期指标 | 年度指标` over an indicator table of two sides: the sides' names, read by the table)
        if not used and not all(is_block_label(c.text) or is_placeholder(c.text) or horizon_of(c.text) for c in cells):
            self.form.warnings.append(_unparsed_row(cells))

    def _narrated_indicator(self, cells: list[Cell]) -> bool:
        """A self-evaluation form of no indicator table that writes each indicator as a sentence under a block's
        label, its next ones on the rows below with the label's cell empty (`绩效指标完成情况 | （1）数量指标：培训人数1200人次，实际完成1250人次，得分20分。`): an
        indicator, its level, its name and target, what was done and its score (the rows were unparsed, the form of no
        indicator — hunt ly11; a sentence alone on a line, no label's cell left of it, only when it states its score:
        review rd B2, hunt ly14). Only inside a form: a 自评报告's narrative of the same sentences is a form only when
        they state their scores (layouts.generic's _narrated_report; else layout_unknown); and only while every
        indicator the form holds is one so written (a form's table of indicators read already, a sentence is its
        summary, no indicator)."""
        if not cells or len(cells) > 2 or len(cells) == 2 and "指标" not in label_key(cells[0].text) \
                or len(self.form.indicators) != len(self.narrated):
            return False
        # (the sentences in one cell, `（1）…得分30分。（2）…`: a Word cell's paragraphs, or a laid-out dump's lines a
        # label's value joined — each read as on a row of its own; the cell was an unparsed_row, hunt ly14)
        ms = [_NARRATED_INDICATOR.match(x) for x in _NARRATED_SPLIT.split(_narrated_folded(cells[-1].text).strip())]
        if not all(ms):
            return False
        from parsers.layouts.packed_list import split_packed_item   # (packed_list builds on this module; asked of
        # every row of no known label and of two cells, so imported only once a sentence matched)
        got = [split_packed_item(m.group("item")) for m in ms]
        # (a sentence stating its score whose item names nothing, `时效指标：项目按期完工，实际按期完工，得分20分。`: an
        # indicator of no name, the item its target — it was no indicator, and the sentences after it were lost with it
        # without a word; one of no score is still a note's, none; and one under a label that may name a level 1
        # (产出指标, 满意度指标, 成本指标) is that level's summary, its points the subtotal of the sentences after it,
        # `产出指标：项目产出全部达到预期，实际全部完成，得分50分。` — no indicator, the row unparsed as before: review rv99)
        if any(name is None and (m.group("score") is None or not _level2_alone(m.group("level")))
               for m, (name, _) in zip(ms, got)):
            return False
        said = _unparsed_row(cells)
        for m, (name, target) in zip(ms, got):
            l1, l2, _ = level_info(m.group("level"))
            self.form.indicators.append({
                "level1": m.group("level") if l1 and not l2 else None, "level2": m.group("level") if l2 else None,
                "level3": name, "target_raw": target, "actual_raw": _narrated_actual(m),
                "score": m.group("score"), "page": cells[-1].page, "line": cells[-1].line})
            self.narrated.append((self.form.indicators[-1], said))
            said = None                  # (the cell's one warning, should the sentences be dropped)
        return True

    def _narrated_above(self, i: int) -> bool:
        """Is row i right under a sentence read as an indicator (`_narrated_indicator`): the block that sentence's
        label opened going on? (Not a 自评报告's sentences after the form's last row, `自评得分 | 60`: the same
        indicators told again, read twice — review rv92.)"""
        if not self.narrated or i == 0:
            return False
        rec = self.narrated[-1][0]
        above = self.rows[i - 1]
        if above.is_text_line and len(above.cells) == 1 and _level_summary(above.cells[0].text):
            # (a level's summary between two of its sentences, `满意度指标：群众满意度较高，实际基本完成，得分10分。`: no
            # indicator, and the block goes on past it — the sentence under it was lost, review rv99)
            return self._narrated_above(i - 1)
        return any(c.line == rec["line"] and c.page == rec["page"] for c in above.cells)

    def _drop_narrated(self) -> None:
        """A sentence read as an indicator before the form's indicator table (`绩效指标完成情况 | （1）数量指标：…` over
        `一级指标 | 二级指标 | …`): the table's summary, no indicator, as one under the table is — an unparsed_row (it
        was one indicator twice, a duplicate_indicator, review rd B1)."""
        if len(self.form.indicators) == len(self.narrated):
            return
        drop = {id(rec) for rec, _ in self.narrated}
        self.form.indicators[:] = [x for x in self.form.indicators if id(x) not in drop]
        self.form.warnings.extend(w for _, w in self.narrated if w is not None)
        self.narrated = []

    def _level1_over_page(self, header: Header, recs: list[dict]) -> None:
        """A 评分表 going on over a page under its head written again (`一级指标 | 二级指标 | …`, a `（续）` title or
        none): its first rows' level-1 cell, merged over the page's end, is empty there (`| 组织实施(10分) | 管理制度健全性
        | 5 | 5`): the level 1 of the table's last row before it, as the merged cell reads (they were rows of no level
        1, the level's rows short of its points). Only when the table names a level 1 of its own further down (a table
        whose level-1 column is empty throughout is not taken for the one before it)."""
        if "level1" not in header.cols:
            return
        last = next((x for x in reversed(self.form.scores) if x.get("level1") and x.get("level2")
                     and not x.get("is_subtotal")), None)
        lead = []
        for r in recs:
            if r.get("_total") or r.get("_grade") or r.get("level1") or not r.get("level2"):
                break
            lead.append(r)
        if last is None or not lead or not any(r.get("level1") for r in recs[len(lead):]):
            return
        for r in lead:
            r["level1"] = last["level1"]
            if last.get("level1_weight") is not None:
                r["level1_weight"] = last["level1_weight"]

    def _rate_row_outside(self, cells: list[Cell]) -> bool:
        """`预算执行率（10分） | 10 | 9.6` (`预算执行率得分 | 10 | 9.6`, `预算执行率（10分） | 9.6`) under a self-evaluation's
        scored indicators or 评分表, below the 合计 that closed them (many 自评表 score the 预算执行率 after the indicators'
        90 points): a row of the scores, levels null, as the money block's 预算执行率 row (it was dropped without a word,
        read for the execution_rate field and refused, the weights 90). Not when a 预算执行率 row was scored already, nor
        past 100 points, nor before any scored row."""
        if len(cells) < 2 or _SCORE_SUFFIX.sub("", label_key(cells[0].text)) not in EXEC_RATE_KEYS \
                or any(s.get("level3") == "预算执行率" for s in self.form.scores):
            return False          # (asked of every row: its cell count first, the label's key after)
        # (a rule of no figure between them, `执行率×分值`, is the row's 评分标准)
        figures = [c for c in cells[1:] if not is_placeholder(c.text) and (is_number(c.text) or _DIGITS.search(c.text))]
        if not figures or not all(is_number(c.text) for c in figures) or len(figures) > 2:
            return False
        said = points_said(cells[0].text)     # `预算执行率（10分）`, `预算执行率得分（分值10分）`, `预算执行率(10)`
        weight = figures[0].text if len(figures) == 2 else said[1] if said else None
        score = figures[-1].text if len(figures) == 2 or said else None
        w, sc = parse_number(weight or ""), parse_number(score or "")
        rows = [x for x in self.form.indicators if x.get("weight") and x.get("score")] \
            + [x for x in self.form.scores if not x.get("is_subtotal") and x.get("weight")]
        if w is None or sc is None or not 0 <= sc <= w < 100 or not rows \
                or sum(parse_number(str(x["weight"])) or 0 for x in rows) + w > 100.01:
            return False
        self.form.scores.append({"level1": None, "level2": None, "level3": "预算执行率", "weight": fmt_points(w),
                                 "score": fmt_points(sc), "is_subtotal": False,
                                 "page": cells[0].page, "line": cells[0].line})
        return True

    def _item_points(self) -> float:
        """The points of the form's score rows read so far, subtotals left out (0 when none)."""
        return sum(parse_number(str(x["weight"])) or 0 for x in self.form.scores
                   if not x.get("is_subtotal") and x.get("weight") is not None)

    def _group_field_here(self, label: str) -> str | None:
        """The money field whose label `label` heads a group of money lines (`_group_<field>`) and stands on the row
        being read (`年度投资计划（万元） | 小计 | 3,900.00`), else None."""
        here = self.rows[self.at].cells
        return next((k.removeprefix("_group_") for k, v in self.form.fields.items()
                     if k.startswith("_group_") and v.text == label and any(x is v.cell for x in here)), None)

    def _under_total(self) -> bool:
        """Does the row being read come right under the row the project's money (budget_total / budget_year) was read
        from, in the same grid (`资金总额（万元） | 100` over `中央 | 50 | 省级 | 20`)?"""
        if self.at < 1:
            return False
        above, here = self.rows[self.at - 1], self.rows[self.at]
        return above.grid is here.grid and not above.is_text_line and any(
            (f := self.form.fields.get(k)) is not None and any(x is f.cell for x in above.cells)
            for k in ("budget_total", "budget_year"))

    def _pairs_add_up(self, row: Row, cells: list[Cell]) -> bool:
        """A row of names each beside its figure, opened by a money source's line, whose figures (with the lines
        already under the project's money) add up to it: `其中：市县资金 | 18 | 乡镇 | 12 | 行政村 | 86` under `资金总额 |
        116` — all the money's parts, 乡镇 and 行政村 too (乡镇 was dropped without a word, 行政村 kept in other_fields:
        beside a total they do not add up to, `年度资金总额 | 500 | 乡镇 | 12 | 行政村 | 86`, they count places)."""
        if len(cells) < 4 or len(cells) % 2 or not _is_source(_SUB_LINE.sub("", cells[0].text)):
            return False
        names, figs = cells[0::2], cells[1::2]
        if not all(is_number(x.text) for x in figs) or any(is_number(x.text) or match_field(x.text) for x in names):
            return False
        whole = next((v for k in ("budget_total", "budget_year") for v in [self.form.fields.get(k)] if v is not None),
                     None)
        if whole is None or getattr(whole, "parts", None) is not None:
            return False
        total = parse_amount(whole.text, whole.unit or self.form.form_unit)
        unit = declared_unit(cells[0].text) or self.block_unit or self._total_unit_of(row) or whole.unit \
            or self.form.form_unit
        got = [parse_amount(x.text, unit) for x in figs]
        if total is None or None in got:
            return False
        before = [parse_amount(b["amount"], b.get("unit") or self.form.form_unit) for b in self.form.budget_items
                  if b.get("kind") == "source" and self.line_cells.get(id(b)) not in cells]
        return any(abs(sum(got) + extra - total) <= 0.5 for extra in (0.0, sum(x for x in before if x is not None)))

    def _total_of_level(self, cells: list[Cell], j: int) -> Cell | None:
        """The label of the project's money (budget_total / budget_year) a level's line at cells[j] is a part of: the
        row's first cell, beside its amount (`资金总额 | 15,000 | 中央 | 8,000`), or the label on the row above when the
        level opens the row right under it (`项目总投资 | 300` over `中央 | 150`); else None."""
        def label_of(row_cells: list[Cell]) -> Cell | None:
            # (the field's cell is its label's or its amount's, the label left of it)
            for k in ("budget_total", "budget_year"):
                f = self.form.fields.get(k)
                for n, x in enumerate(row_cells):
                    if f is not None and x is f.cell:
                        lab = x if (match_field(x.text) or ("",))[0] == k else row_cells[n - 1] if n else None
                        return lab if lab is not None and (match_field(lab.text) or ("",))[0] == k else None
            return None
        if j >= 2:
            lab = label_of(cells[:2])
            return lab if lab is cells[0] else None
        if j == 0 and self._under_total():
            return label_of(self.rows[self.at - 1].cells)
        return None

    def _bracket_below(self, i: int, row: Row, cells: list[Cell]) -> list[Cell]:
        """`项目资金（万元） | 120` over `| （其中中央80，县级20）` (the bracket alone on the next row, the cell cut by the
        form or the dump): the row's cells with the bracket joined to the amount, `120（其中中央80，县级20）`, and the
        next row's cell consumed (the split was lost without a word, review rv48); else the cells as they are."""
        amounts = [k for k in range(1, len(cells)) if is_number(cells[k].text) and _is_money_label(cells[k - 1].text)]
        counts = [k for k in range(1, len(cells)) if is_number(cells[k].text) and _HAN.search(cells[k - 1].text)
                  and match_field(cells[k - 1].text) is None and not _is_money_label(cells[k - 1].text)]
        if not (amounts or counts) or i + 1 >= len(self.rows):
            return cells
        below = [c for c in self.rows[i + 1].cells if c.text.strip() and id(c) not in self.consumed]
        if len(below) != 1 or not _lone_bracket(below[0].text):
            return cells
        # (the amount the bracket stands under: `项目总投资 | 500 | 年度资金 | 120` over `| （其中中央300，县级200）` in the
        # first amount's column is 500's split — it was joined to 120, the lines grouped under 年度资金 without a word,
        # review rv54; a bracket under no amount's column, the row of one amount only)
        # (with no amount, `受益人口（人） | 3000` over `| （其中脱贫人口80，监测对象20）`: a figure of no money, the
        # bracket its breakdown, kept with it as written, `3000（其中脱贫人口80，…）` — it vanished without a word,
        # review rv54, hunt mn18)
        # (a count's bracket stands in its column: a bracket on a line of its own, `（二）项目资金（万元）` or a note, is
        # no part of the figure over it — it was joined to it, the section's head lost, review rv61; and a bracket under
        # a count beside an amount, `资金总额 | 600 | 受益户数 | 1200` over `| | | （其中脱贫户300，…）`, is the count's)
        k = next((k for k in amounts + counts if cells[k].col == below[0].col),
                 amounts[0] if len(amounts) == 1 and not counts else None)
        if k is None or k in amounts and _BARE_SPLIT.match(fold(cells[k].text.strip() + below[0].text.strip())) is None:
            return cells
        self.consumed.add(id(below[0]))
        return cells[:k] + [replace(cells[k], text=cells[k].text.strip() + below[0].text.strip())] + cells[k + 1:]

    def _parts_below(self, i: int, row: Row, total: Cell) -> str | None:
        """The kind of the `其中：…` part on the row after a total's (`其中：专项债券资金 | 20000`, `其中 | 项目资本金 |
        10000`, in the total's grid and not left of it), or None when that row is no such part."""
        self.parts_grid = row.grid
        if i + 1 >= len(self.rows):
            return None
        below = self.rows[i + 1]
        lone = i + 2 < len(self.rows) and _LONE_PARTS_HEAD.match(" ".join(c.text for c in below.cells)) is not None
        if lone:
            # `年度资金总额（万元） | 600.00`, then `其中：` alone on its line, then `当年财政拨款 | 550.00` and `上年结转资金 |
            # 50.00` (a grid of their own after the line): the rows after the lone 其中 are the total's parts as
            # `其中：当年财政拨款 | 550.00` is (the second was an unparsed row, a false fiscal_total_gap, review rv48)
            below = self.rows[i + 2]
            if below.grid is None:
                return None
            self.parts_grid = below.grid
        cells = [c for c in below.cells if c.text.strip()]
        if below.is_text_line or (below.grid is not row.grid and not lone) or len(cells) < 2 \
                or (cells[0].col < total.col and not lone):
            return None
        if _LONE_PARTS_HEAD.match(cells[0].text):
            cells = cells[1:]
        elif not _SUB_LINE.match(cells[0].text) and not lone:
            return None
        # (an amount in 亿 too, `其中：中央资金 | 0.8亿元` under `资金总额 | 1.2亿元`: the parts were kept as other fields,
        # no line, hunt mn22)
        if len(cells) < 2 or not _part_figure(cells[1].text, cells[0].text) or is_number(cells[0].text):
            return None
        m = match_field(_SUB_LINE.sub("", cells[0].text))
        if m is not None:
            return "source" if m[1] is None and m[0] in ("budget_fiscal", "budget_other") else None
        return _part_kind(cells[0].text)

    def _kind_column(self, row: Row, cells: list[Cell]) -> list[Cell]:
        """`资金名称 | 资金性质 | 金额（万元）` (`资金来源 | 资金类别 | 金额`, `资金名称 | 金额`): a money table's head, its
        rows a fund's or source's name, the kind of money and the amount (`上级转移支付 | 一般公共预算 | 180.00`). The
        head read as `资金来源 | 金额`'s (a 资金名称 there names the rows' funds, no project's: its rows were pairs of
        other_fields, or lines named by their kind, in 元), each row without its kind's cell, kept as its line's note
        (`资金性质：一般公共预算`: mend md61). Else CELLS."""
        if self.kind_col is not None:
            grid, col, head = self.kind_col
            kind = next((c for c in cells if c.col == col), None) if row.grid is grid else None
            first = match_field(cells[0].text) if row.grid is grid and cells else None
            # (the table ends at the first row that is none of its funds': no figure, a field's label first that
            # names no money, or a field's label in the kind's column — `项目资金（万元） | 年度资金总额 | 200` below
            # the funds lost its 年度资金总额 and read budget_total, the indicators' rows their 二级指标: mend md64)
            if row.grid is grid and (first is None or first[0] in L.MONEY_FIELDS) \
                    and any(is_number(c.text) for c in cells if c is not kind) \
                    and (kind is None or match_field(kind.text) is None):
                if kind is not None and len(cells) >= 3 and not is_number(kind.text):
                    self.kind_note = f"{head}：{clean(kind.text)}"
                    return [c for c in cells if c is not kind]
                return cells
            if row.grid is grid and cells[0] is not kind and len(cells) >= 2 and cells[0].col < col \
                    and (first is None or first[0] in L.MONEY_FIELDS) and not is_block_label(cells[0].text) \
                    and (kind is None or match_field(kind.text) is None and _FUND_KIND_WORD.search(label_key(kind.text))) \
                    and not any(is_number(c.text) or match_field(c.text) for c in cells[1:] if c is not kind):
                # `省级补助资金 | 一般公共预算 | 待下达` (or a blank, `/`; its kind blank too, `省级补助资金 | | 待下达`): a
                # fund of the table of no figure yet — the table goes on (it ended there: the funds below were lines
                # named by their kind, no note, hunt mn30, review rv149); the row read without its kind, as the others
                # (not `备注 | 上级资金 | 待定`: a note's row, read whole — its 上级资金 was lost, review rv149)
                return [c for c in cells if c is not kind]
            self.kind_col = None
        if row.grid is None or label_key(cells[0].text) not in _FUND_TABLE_HEADS:
            return cells
        kinds = [c for c in cells[1:] if label_key(c.text) in _MONEY_KIND_HEADS]
        amounts = [c for c in cells[1:] if (cell_header_matches(c.text).get("budget") or ("",))[0] == "amount"]
        if len(kinds) > 1 or len(amounts) != 1 or len(kinds) + len(amounts) != len(cells) - 1 \
                or label_key(cells[0].text) != _FUND_NAME_HEAD and not kinds:
            return cells
        if kinds:
            self.kind_col = (row.grid, kinds[0].col, clean(kinds[0].text))
        return [replace(cells[0], text="资金来源")] + amounts

    def _aside_cells(self, row: Row, cells: list[Cell]) -> list[Cell]:
        """`资金来源 | 年度 | 金额（万元） | 占比` over `财政资金 | 2024 | 400 | 80%`: a money block's head row naming its
        amount's column beside columns of the year and the share (_ASIDE_HEADS), and the rows under it without their
        year's and share's figures — the amount the one under 金额 (the year was read as the row's amount: 2024万元 the
        budget_fiscal, hunt mn23). The head row is read without its year's and share's heads (the block and its
        unit; `占比` was an unparsed_row), the rows under it while one holds a year or a share in those columns."""
        if self.aside_cols is not None:
            grid, cols = self.aside_cols
            aside = [c for c in cells if c.col in cols and (_YEAR_HEAD.match(label_key(c.text)) or _PERCENT.match(c.text))]
            if row.grid is grid and aside:
                rest = [c for c in cells if not any(c is a for a in aside)]
                return [] if self._other_year_share(grid, cols, aside, rest) else rest
            self.aside_cols = None
        if len(cells) >= 3 and row.grid is not None and label_key(cells[0].text) in MONEY_SECTION_KEYS:
            keys = [label_key(c.text) for c in cells[1:]]
            if sum(k in _AMOUNT_ROW_LABELS for k in keys) == 1 and any(k in _ASIDE_HEADS for k in keys) \
                    and all(k in _AMOUNT_ROW_LABELS or k in _ASIDE_HEADS for k in keys):
                self.aside_cols = (row.grid, frozenset(c.col for c, k in zip(cells[1:], keys) if k in _ASIDE_HEADS))
                return [cells[0]] + [c for c, k in zip(cells[1:], keys) if k not in _ASIDE_HEADS]
        return cells

    def _other_year_share(self, grid: object, cols: frozenset[int], aside: list[Cell], rest: list[Cell]) -> bool:
        """A row of such a block whose year is not the form's while another row's is (`财政资金 | 2023 | 300` over
        `财政资金 | 2024 | 400` in a form of 2024): another year's money, kept as _keep_other_year_money keeps it
        (`2023年财政资金: 300万元`; the first row's 300 was the budget_fiscal, the form's year's lost). True if kept."""
        year, own = next((c.text.strip()[:4] for c in aside if _YEAR_HEAD.match(label_key(c.text))), None), \
            self.form.stated_year
        if year is None or own is None or int(year) == own or len(rest) != 2 or is_number(rest[0].text) \
                or not is_number(rest[1].text):
            return False
        # (a year cell of the block, `2025年`: not `项目期限 | 2025年1月-2025年12月` in the same column above it — then
        # every row of `2024年` went to other_fields, the form's money lost, review rv93)
        if not any(c.col in cols and _YEAR_HEAD.match(label_key(c.text)) and c.text.strip()[:4] == str(own)
                   for r in self.rows if r.grid is grid for c in r.cells):
            return False
        unit = declared_unit(rest[0].text) or (self.money_section[1] if self.money_section else None) or self.block_unit
        self._keep_other_year_money(f"{year}年{_year_money_name(rest[0].text)}", rest[1], rest[1].text, unit)
        return True

    def _under_parts_head(self, row: Row, cells: list[Cell]) -> list[Cell]:
        """`其中 | 专项债券资金 | 20000` (a special bond's money: `其中` in a cell of its own, merged down over the parts
        `| 项目资本金 | 10000`, `| 市场化融资 | 20000` or blank on their rows): each part read as `其中：<name> | <amount>`
        is (the first part lost its unit, the others were unparsed rows or other fields)."""
        def part(c: Cell, col: int) -> Cell:
            return Cell(c.row, col, "其中：" + c.text.strip(), c.rowspan, c.col + c.colspan - col, c.page, c.line,
                        c.bbox, c.conf)

        def amounts(rest: list[Cell]) -> bool:
            return bool(rest) and is_number(rest[0].text)

        for k in range(len(cells) - 2):
            # (`项目总投资（万元） | 68,000.00 | 其中 | 专项债券资金 | 40,000.00`: the 其中 beside the total on its row)
            if _LONE_PARTS_HEAD.match(cells[k].text) and not is_number(cells[k + 1].text) \
                    and _HAN.search(cells[k + 1].text) and not _SUB_LINE.match(cells[k + 1].text) \
                    and amounts(cells[k + 2:]):
                c0, c1 = cells[k], cells[k + 1]
                self.parts_head = (row.grid, c0.col, c1.col, c0.row + c0.rowspan - 1 if c0.rowspan > 1 else None)
                return cells[:k] + [part(c1, c0.col)] + cells[k + 2:]
        if self.parts_head is not None:
            grid, col, names, last = self.parts_head
            if row.grid is grid and len(cells) == 2 and cells[0].col == names and _HAN.search(cells[0].text) \
                    and not _SUB_LINE.match(cells[0].text) and amounts(cells[1:]) \
                    and (last is None or cells[0].row <= last):
                return [part(cells[0], col)] + cells[1:]
            self.parts_head = None
        return cells

    def _verdict_row(self, cells: list[Cell]) -> bool:
        """A table of an assessment's or review's conclusions with no points (`评估内容 | 评估要点 | 评估结论`, `审核内容 |
        审核要点 | 审核意见`, an 事前绩效评估表's or 审核意见表's; `评估内容 | 评估要点 | 评估情况 | 评估结论` too): each
        row's conclusion kept in other_fields under what was assessed (`{"立项必要性": "…，立项必要"}`). Its rows were
        fields, the 要点 taken for the value (`立项必要性` the project's necessity), the conclusion lost (hunt fam9). A
        middle column's cell that is the template's question (`项目是否符合…`) is not kept; one of the assessor's
        findings (`项目列入县2025年民生实事…`, `苗木单价参照市信息价…`) is, under what was assessed and its head,
        `{"立项必要性（评估要点）": "…"}` (it was dropped, hunt fam10; a four-column table was three unparsed_row).
        True if read."""
        if self.verdicts is None:
            # (no such table open and no head of one: most rows, asked nothing more — a plain loop, no generator: asked
            # of every row)
            if not 2 <= len(cells) <= 6:
                return False
            for c in cells[:3]:
                if _VERDICT_HEAD[0].match(label_key(c.text) or ""):
                    break
            else:
                return False
        if (head := _verdict_head(cells)) is not None:
            self.verdicts = tuple(c.col for c in head)
            self.verdict_heads = [_OTHER_LABEL_END.sub("", clean(c.text) or "") for c in head]
            seq = [c for c in cells if c.col < head[0].col and label_key(c.text) in _SEQ_HEADS]
            self.verdict_seq = seq[-1].col if seq else None
            return True
        if self.verdicts is None:
            return False
        cells = self._verdict_unnumbered(cells)
        keys = [label_key(c.text) or "" for c in cells]
        cols = tuple(c.col for c in cells)
        # (a conclusion left blank, `投入经济性 | 成本测算依据是否充分 |`: the row of the table in the head's first columns,
        # its 要点 a question, the conclusion null — the table ended there, the 要点 of the rows after it taken for their
        # values, review rv23)
        blank = len(self.verdicts) >= 3 and cols == self.verdicts[:-1] and bool(_VERDICT_QUESTION.search(cells[1].text))
        ticked = _box_list_ticked(cells[-1].text) if cols == self.verdicts else None
        if ticked and not any(is_number(c.text) for c in cells) and len(keys[0]) <= 12 \
                and match_field(cells[0].text) is None:
            # (not a field's label ticked, `资金性质 | ☑一般公共预算 □政府性基金`: the form's field, read as it was —
            # it went to other_fields, fund_type lost; review rv39)
            # (a conclusion of the table ticked among its options, `立项必要性结论 | ◉必要  ◎不必要` under `评估内容 |
            # 评估结论`: the row's conclusion the option ticked — it ended the table, a form of such rows only said
            # no_indicators; hunt fam11)
            self.form.other.append((_OTHER_LABEL_END.sub("", clean(cells[0].text) or ""), "、".join(ticked), cells[0]))
            self.form.verdict_rows += 1
            return True
        if cols != self.verdicts and not blank or _box_list_ticked(cells[-1].text) \
                or any(is_number(c.text) for c in cells) or len(keys[0]) > 12 or _ATTRIBUTE_LABEL.search(keys[0]):
            self.verdicts = None         # (`综合评估结论 | ☑予以支持 …`, `评估机构 | …`: the table ended)
            return False
        name = _OTHER_LABEL_END.sub("", clean(cells[0].text) or "")
        self.form.other.append((name, None if blank else clean(cells[-1].text), cells[0]))
        for c, head in zip(cells[1:len(self.verdicts) - 1], self.verdict_heads[1:-1]):
            said = clean(c.text)
            if said and not _VERDICT_QUESTION.search(said) and not _VERDICT_CRITERIA.match(said) \
                    and not is_placeholder(said):
                self.form.other.append((f"{name}（{head}）", said, c))   # the assessor's findings, not a question
        self.form.verdict_rows += 1
        return True

    def _team_kept(self, header: Header, recs: list[dict]) -> None:
        """A table of the project's people right under its indicators (`项目组成员 | 姓名 | 职务 | 分工`), or one
        saying what each does (分工) wherever it stands: kept in other_fields under its caption (`项目人员` when it
        has none; `评价人员` heading them, that), each person with the rest of the row in brackets,
        `{"项目组成员": "张建国（局长，总负责）；李明（副局长，工程质量监督）"}` (they were lost without a word, or
        indicators, hunt ly15). A roster of the people a project pays or of their ID numbers is none: not kept."""
        if {"pay", "idno"} & header.cols.keys():
            return
        order = sorted(header.cols, key=header.cols.get)
        people = []
        for r in recs:
            name = clean(r.get("name") or "")
            rest = [x for k in order if k not in ("name", "seq") and (x := clean(r.get(k) or ""))
                    and not is_placeholder(x)]
            if name and not is_placeholder(name):
                people.append(name + (f"（{'，'.join(rest)}）" if rest else ""))
        if not people:
            return
        lead = header.row.cells[0]     # (`项目组成员 | 姓名 | …` read as the head whole: its first cell no column; `评价人员
        # | 姓名 | …`, a head naming who they are, the same)
        caption = self.label_caption or (lead.text if header.cols.get("role") == lead.col or (
            lead.col not in header.cols.values() and _table_caption(lead.text)) else self.caption)
        label = _OTHER_LABEL_END.sub("", clean(caption or "") or "") or "项目人员"
        self.form.other.append((label, "；".join(people), lead))

    def _verdict_unnumbered(self, cells: list[Cell]) -> list[Cell]:
        """A row of a table of conclusions or risks led by a 序号 column (`1、 | 雨季施工延误 | 合理安排工期`) without
        its number, the rest the table's cells; any other row as it is (a row of no number in that column ends the
        table as before: `综合评估结论 | 予以支持`). A number in words is one (`一、`, `（二）`, `3．`: the rows after the
        first were unparsed_row, review rv104)."""
        if self.verdict_seq is not None and len(cells) > 1 and cells[0].col == self.verdict_seq \
                and _ROW_NO.match(fold(cells[0].text).strip()):
            return cells[1:]
        return cells

    def _signed_place_row(self, cells: list[Cell]) -> bool:
        """A sign-off's place with no name and its day (`单位负责人签字 | 2024年3月15日`, `经办人 | …`, `日期 | …`; the day
        the fill_date, read()): a person's place kept in other_fields with its day as the signers' are (`审核人 |
        2024年3月15日`); a bare `日期` and a seal's place (`填报单位盖章`, `填报单位（盖章）` as ti13 read it) the fill_date
        alone. (It was an unparsed_row, or lost with no word, mend md18.) True if read."""
        if (parts := _signed_place_parts(cells)) is None:
            return False
        label, day = parts
        if label_key(label) != "日期" and not _SEAL_PLACE.search(label):
            self.form.other.append((label, day, cells[0]))
        return True

    def _labels_over_names(self, i: int, cells: list[Cell]) -> bool:
        """A sign-off's labels alone in columns (`填报人  审核人  单位负责人`, see _signoff_labels_line; a line or a row of
        cells) over a line or row of as many names (`李娟  王强  赵敏`): each name its label's, read as the pair
        `填报人：李娟` is (the contact; a role's kept in other_fields), the names' row consumed. (The names were dropped
        or an unparsed_row, hunt pd13's leftover, pd14.) In a row of cells each name under its label's column: a name
        padded inside (`张  伟`) one name, a label's cell left empty below (`填表人 | 分管领导` over ` | 赵立新`) no one's
        (review rv160). Words no name is (`同意 | 已审核 | 见附件`, _NOT_A_SIGNER) pair with nothing. A row of people's
        labels alone whose names do not pair (counts unequal) is consumed, nothing kept: it was read as pairs of one
        label's value the next label (`{"分管领导": "主要领导"}`, the filer `分管领导`), the names' row left an
        unparsed_row (review rv160). True if read."""
        if not (first := cells[0].text.split()) or len(first[0]) > 12 or not _person_or_field_label(first[0]):
            return False                 # (a label test of the first word, _signoff_labels_line's gate, hunt pr11)
        labels = [p for c in cells for p in c.text.split()]
        if len(labels) < 2 or not _signoff_labels_line(" ".join(labels)):
            return False
        # (the form's last row too, a blank template's labels before the next form's title: nothing under them — it
        # was read as pairs of one another, `{"审核人": "单位负责人"}`: review rv162)
        below = [c for c in self.rows[i + 1].cells if id(c) not in self.consumed] if i + 1 < len(self.rows) else []
        people = [lab for lab in map(_unsigned, labels) if is_role_label(lab)
                  or (m := match_field(lab + "：")) is not None and m[0] in ("leader", "contact")]
        cols = {c.col: _unsigned(c.text.strip()) for c in cells} if len(labels) == len(cells) else {}
        if len(cols) == len(cells) and below and all(b.col in cols for b in below):
            # (a row of cells: each name under its label's column, a padded name one name)
            names = [(_PADDED_SPACES.sub("", b.text.strip()) if _PADDED_NAME.match(b.text.strip()) else b.text.strip(),
                      b, cols[b.col]) for b in below if b.text.strip()]
            if any(lab not in people for _, _, lab in names):
                return False             # (a name under a body's column, `填报单位（盖章）`: which is whose is unsure)
        else:
            names = [(p, c, None) for c in below for p in c.text.split()]
            if len(names) != len(people) and len(names) == len(labels):
                return False             # (`填报单位（盖章）  单位负责人  …` over a name each: which is whose is unsure)
            if len(names) != len(people):
                names = []
            names = [(p, c, lab) for (p, c, _), lab in zip(names, people)]
        named = [(p, at, lab) for p, at, lab in names if _SIGNER_NAME.match(p) and match_field(p) is None
                 and not is_role_label(p) and not _NOT_A_SIGNER.search(p)]
        others = [n for n in names if n not in named]
        if named and others and all(_NOT_A_SIGNER.search(n[0]) for n in others):
            # (`经办人  审核人  单位负责人` over `李娟  同意  赵敏`: one opinion word among the names is no name, the
            # others theirs — it stopped every name pairing, the row an unparsed_row; the word said, not kept: hunt pr11)
            for p, at, lab in others:
                self.form.warnings.append(warn("unplaced_cell", "a word under a sign-off's label that no name is, "
                                               f"not kept: {lab or ''}：{p}", at))
            names = named
        elif not names or len(named) < len(names):
            if len(people) == len(labels):
                if below and not named and all(_SIGNER_NAME.match(p) and not _NOT_A_SIGNER.search(p)
                                               for c in below for p in c.text.split()):
                    # (`填报人  审核人  单位负责人` over `李娟  王强`: which name is whose is unsure — said, not
                    # dropped with no word as they were: rv160's leftover, hunt pr11)
                    self.form.warnings.append(warn("unparsed_row", "names under a sign-off's labels, none of them "
                                                   "theirs for sure, not kept: "
                                                   + " | ".join(clean(c.text) or "" for c in below), below[0]))
                    self.consumed.update(id(c) for c in below)
                return True              # (people's labels alone, no names paired under them: nothing kept)
            return False
        pairs = [Cell(at.row, at.col, f"{lab}：{name}", page=at.page, line=at.line, bbox=at.bbox)
                 for name, at, lab in names]
        if not self._signoff_row(pairs, labelled=True):
            return False
        self.consumed.update(id(c) for c in below)
        return True

    def _signoff_row(self, cells: list[Cell], labelled: bool = False) -> bool:
        """A row of the form's sign-off with a person of no contract column on it (`单位负责人：张三 | 财务负责人：李四 |
        填表人：王五 | 联系电话：…`, `分管领导 | 赵刚 | 经办人 | 孙丽`, `单位负责人（签字）： | 填表人（签字）：王芳 | 日期：  年
        月  日`): each pair read whatever the first label is, a column's label as its field, a role's (单位负责人, 财务负责人,
        分管领导, 审核人) and a date of no column (审核日期) kept in other_fields, a blank one or a stamp's place skipped.
        True if read. LABELLED: the pairs a sign-off's labels line gave (_labels_over_names), a sign-off's whatever
        their labels (`填报人  审核人  单位负责人` over `李娟` alone: `填报人：李娟`, the contact — it was lost, the
        labels read as pairs of one another, `{"审核人": "单位负责人"}`: review rv162)."""
        pairs = _signoff_pairs(cells)
        if pairs is None or not labelled and not any(
                is_role_label(lab) or _PERSON_SIGN.search(lab) or _day_pair(lab, val)
                or _DAY_PIECE.match(at.text) and val != at.text.strip() for lab, val, at in pairs):
            return False                 # (a row of column labels alone is read as before; `评价日期：2024年3月20日`
            # alone under a 评分表 is one: it was lost, mend md26; a day cut over cells, `填报日期： | 2025年 | 2月 |
            # 20日`, is read whole here — its year was kept alone, hunt pr10)
        # (a person's signature place of any role, `评审专家（签字）：`, `专家组长（签名）：` alone under a review form: the
        # sign-off's — it was an indicator, hunt ti12)
        for lab, val, at in pairs:
            val = SIGN_MARK.sub("", val) if val is not None else None   # `王五 （盖章）`: the name
            if not val or is_placeholder(val) or _SIGNER_NOBODY_RE.match(val.strip()) is not None:
                continue                 # (a template's mark where the name goes, `财务负责人：XXX`: nobody, hunt pr10)
            m = match_field(lab + "：")
            dated = _NAME_THEN_DAY.match(fold(val).strip()) \
                if m is not None and m[0] in ("leader", "contact") or m is None and is_role_label(lab) else None
            if dated is not None:
                val = dated.group(1)      # `审核人：李四    2024年3月5日`: the name (it was kept in the name, mend md18)
            if m is not None:            # any column's label (`主管部门（盖章）：某县交通运输局` too), not the sign-off's only
                self._value(m[0], val, at, None, lab)
            elif m is None and is_role_label(lab) and any(ch.isdigit() for ch in val) \
                    and (phoned := PERSON_PHONE.match(mobiles_joined(clean(val) or ""))) is not None:
                role = SIGN_MARK.sub("", lab).strip()   # `单位负责人：钟国平（0731-4821001）`: the name, the phone apart
                self._keep_pair(role, phoned.group("who"), at)   # under `单位负责人电话` (it was kept whole: hunt pr11)
                self.form.other.append((_person_phone_label(role), phoned.group("phone"), at))
            elif m is None and (is_role_label(lab) or _day_pair(lab, val)):
                self._keep_pair(SIGN_MARK.sub("", lab), val, at)   # (审核日期：2024年1月12日: a date of no column)
            if dated is not None and sum(a is at for _, _, a in pairs) == 1:
                self._signer_day(SIGN_MARK.sub("", lab).strip(), dated.group("day"), at)
                # (the pair alone in its cell: a line of pairs closing on one day, `经办人 张三 审核人 李四 2024年3月5日`,
                # has the line's day, the fill_date — mend md18)
        return True

    def _signer_day(self, label: str, day: str, at: Cell) -> None:
        """A sign-off person's day after the name (`填报人：李娟 2025年2月18日`, `审核人：王强 2025年2月19日`): under the
        label an opinion's signer's day takes (_signed_day_label: `审核日期`, `单位负责人日期`), the filer's (`填报日期`,
        `填表日期`) the fill_date when the form states none (they were kept in the names, or dropped — hunt pr10)."""
        key = _signed_day_label(label)
        got = match_field(key + "：")
        if got is None:
            self._keep_pair(key, day, at)
        elif got[0] == "fill_date" and "fill_date" not in self.form.fields:
            self._value("fill_date", day, at, None, key)

    def _sources_block(self) -> bool:
        """Whether the rows stand under (or beside) a block of money sources (`资金来源`, `资金构成`): then any short name
        with its amount is a source's (`银行贷款100万元`; beside 资金构成 it was a field's value's tail, lost: mend md20)."""
        return self.money_section is not None and (
            "来源" in self.money_section[0] or label_key(self.money_section[0]) in _SOURCES_HEAD)

    def _makeup_lines(self, cell: Cell, unit: str | None) -> bool:
        """A list of uses each with its amount beside an investment's composition label (`投资构成 |
        建安工程费500万元、设备购置费100万元`) or the money's (`资金构成 | …`): the money's lines by use, kind
        composition, grouped under the label, for budget_sum_mismatch (the list was an unparsed row, hunt mn19; beside
        资金构成 source lines, and one use alone, `投资构成 | 建安工程费500万元`, was dropped without a word: hunt mn20).
        Not a list naming a source (`中央资金400万元、县级资金200万元`, `财政资金：400万元；自筹资金：200万元` beside
        投资构成 or 资金构成: the sources and fields as before). True if read."""
        key = label_key(self.money_section[0]) if self.money_section is not None else None
        # (资金构成 heads sources too, `资金构成 | 中央资金300万元、县级资金200万元`: its uses only when every name is one)
        spent_on = key in _MAKEUP_HEAD or key in _SOURCES_HEAD and "来源" not in key
        if not spent_on:
            return False
        if _makeup_list(cell.text, key not in _MAKEUP_HEAD):
            kinds = None
        elif key not in _MAKEUP_HEAD and (kinds := _mixed_kinds(cell.text)) is None:
            return False
        elif key in _MAKEUP_HEAD:
            return False
        for k, (name, amount, own) in enumerate(_source_pairs(cell.text, True)):
            self._line(name, amount, kinds[k] if kinds else "composition", own or unit, cell,
                       group=clean(label_key(self.money_section[0])))
        return True

    def _pair_fields(self, pairs, cell: Cell, unit: str | None) -> None:
        """A list whose every name is a field's (`资金来源 | 财政资金500万元、其他资金50万元`): each its field too, as the
        money sentence gave them before its lines were read (where the list fell short of the total, 550 of 600, the
        fiscal field was lost, only the lines' sum flagged, review rv61); a list naming levels (`中央资金：300；…`) none.
        Beside a field's name, other money of no field of its own (`财政资金400万元、银行贷款50万元` of 500) is
        budget_other, as the money sentence reads it (mend md20: once read as lines the loan was lost, then the fiscal
        field too where the list fell short)."""
        named = [match_field(label_key(_SUB_LINE.sub("", name))) for name, _a, _u in pairs]
        fields = [("budget_other", None) if m is None and L.OTHER_MONEY.fullmatch(label_key(_SUB_LINE.sub("", name)))
                  else m for m, (name, _a, _u) in zip(named, pairs)]
        if len(pairs) < 2 or all(m is None for m in named) \
                or any(m is None or m[1] is not None or m[0] not in ("budget_fiscal", "budget_other") for m in fields):
            return
        for col in dict.fromkeys(m[0] for m in fields):
            mine = [(amount, own or unit) for m, (_n, amount, own) in zip(fields, pairs) if m[0] == col]
            if col in self.form.fields:
                # (`其中：财政资金 | 450` above `资金来源 | 财政资金500万元、…`: the row's stays, the two said — hunt mn20)
                self._listed_differs([n for m, (n, _a, _u) in zip(fields, pairs) if m[0] == col], mine,
                                     self.form.fields[col], cell)
                continue
            if len(mine) == 1:
                self._set(col, mine[0][0], cell, mine[0][1])
            elif None not in (got := [parse_amount(a, u) for a, u in mine]):
                # (`单位自筹50万元、其他资金50万元`: both the other money, 100 — it was the first alone)
                self._set(col, f"{_plain_number(str(sum(got)))}元", cell, "元")
            if (v := self.form.fields.get(col)) is not None and v.cell is cell:
                # the list's figure yields to a labelled row after it (`资金来源 | 财政资金500万元、其他资金100万元`
                # then `其中：财政资金 | 450`: the row's 450, the list kept in its source lines — the 450 was lost
                # without a word, read-only review rd2)
                self.form.fields[col] = replace(v, rank=_LISTED_RANK)

    def _listed_differs(self, names: list[str], listed: list[tuple[str, str | None]], row: RawValue, at: Cell) -> None:
        """A colon-less list's amounts of a field (its NAMES, LISTED each as written with its unit) beside the labelled
        row that is the field (ROW) in another amount (`资金来源 | 财政资金500万元、其他资金100万元` and `其中：财政资金 | 450`, in
        either order): the row's stays, the list's line kept, and a source_named_twice of the two (the 500 beside the
        450 went unflagged, mend md24's leftover; one agreeing in another unit, `5,000,000.00` under 元 beside
        `500万元`, says nothing)."""
        got = [parse_amount(a, u) for a, u in listed]
        unit = row.unit or self.block_unit or self.form.form_unit
        if unit is None and BARE_FIGURE.match(fold(row.text)) and (n := parse_number(row.text)) is not None:
            # no unit declared: the row's bare 500 is read in the unit the list writes beside the same figure, as the
            # stored field is at the end (_unit_from_parts) — `500万元` in the list and `500` on the row agree (it
            # was 500 元 beside 500万元, flagged twice, review rd); `450` beside `500万元` still said
            unit = _written_units(a for a, u in listed if u is None).get(n)
        said = parse_amount(row.text, unit)
        if None in got or said is None or abs(sum(got) - said) <= MONEY_TOL:
            return
        name = "、".join(dict.fromkeys(clean(_SUB_LINE.sub("", n)) or n for n in names))
        # (each amount with its unit, `450万元`: the row's bare 450 beside the list's 500万元 left its unit to be
        # guessed, review rv63)
        self.form.warnings.append(warn(
            "source_named_twice", f"the source {name!r} is named twice with two amounts: "
            f"{'、'.join(_unit_shown(a, u) for a, u in listed)} in the list and {_unit_shown(row.text, unit)} on its "
            "own row", at))

    def _capital_not_a_source(self) -> None:
        """A loose `项目资本金 | 8,000.00` read before the sources of 项目总投资 (`专项债券资金 | 22,000.00`, `县级财政资金 |
        8,000.00`, all of 30,000.00): how they divide, no source beside them — kept in other_fields as written, as when
        it comes after them (it was a third line, 38,000 of 30,000 with no warning: mend md20)."""
        for line, lab, val, total in self.first_capital:
            at = next((k for k, b in enumerate(self.form.budget_items) if b is line), None)
            after = self.form.budget_items[at + 1:] if at is not None else []
            groups = {b["group"] for b in after if b["kind"] == "source"}
            if len(groups) == 1 and self._sources_add_up(total, groups.pop(), after):
                del self.form.budget_items[at]
                self._keep_other(lab, val)

    def _sources_add_up(self, total: RawValue, group: str | None, among: list | None = None) -> bool:
        """Whether the source lines read so far in GROUP (two or more; of AMONG, if given) add up to the TOTAL's amount."""
        lines = [b for b in (self.form.budget_items if among is None else among)
                 if b["kind"] == "source" and b["group"] == group]
        want = parse_amount(total.text, total.unit or self.form.form_unit)
        got = [parse_amount(b["amount"], b.get("unit") or total.unit or self.form.form_unit) for b in lines]
        return len(got) >= 2 and want is not None and None not in got and abs(sum(got) - want) <= MONEY_TOL

    def _sub_project_row(self, row: Row, cells: list[Cell]) -> bool:
        """A row a 子项目 cell heads (core.sub_project_head: `子项目 | 项目名称 | …`, the rows under that cell merged
        down): its pairs the sub-project's, kept in other_fields under the cell's key and the label less its 项目
        (`子项目名称`, `子项目一实施单位`, `项目负责人` -> `子项目负责人`), a pair not kept reported — none a field
        of the form, no second project (the name parted the form, hunt ti20; the sub-project's unit was lost, its
        leader and money read as the form's, review rd65). A value under a label merged down from the row above
        that label's too (`项目名称` merged over two names: the second was lost). True if the row is one."""
        if (head := sub_project_head(row)) is None:
            return False
        key = sub_project_key(head.text)
        rest = [c for c in cells if (c.row, c.col) != (head.row, head.col)]    # (the row's cells may be copies)
        above = row.grid.at(row.r, rest[0].col - 1) if rest and row.grid is not None and rest[0].col else None
        j = 0
        if above is not None and above is not head and above.row < row.r and match_field(rest[0].text) is None:
            self._keep_sub_pair(key, above, above.text, rest[0].text)
            j = 1
        while j < len(rest):
            c, m = rest[j], match_field(rest[j].text)
            if m is not None and m[1] is not None:
                lab = _LABEL_COLON.match(c.text.strip())       # (`项目名称：…` in one cell: the label before its colon)
                self._keep_sub_pair(key, c, lab.group(1) if lab else c.text, m[1])
            elif j + 1 < len(rest) and match_field(rest[j + 1].text) is None:
                self._keep_sub_pair(key, c, c.text, rest[j + 1].text)
                j += 1
            j += 1                              # (a label left empty, `项目名称 |  | 项目负责人 | 王五`: nothing)
        return True

    def _sub_project_as_name(self) -> None:
        """A form of no name of its own naming one sub-project (`子项目 | 项目名称 | 道林镇供水管网延伸工程` its first
        row, a form filed for that sub-project): that name is the form's, out of other_fields (it was null with no
        word since mend md54; review rv130). Two sub-projects named: no name of the form, both kept."""
        named = [x for x in self.form.other if x[0].endswith("名称") and SUB_PROJECT.match(x[0][:-2]) and x[1]]
        if len(named) == 1:
            label, value, cell = named[0]
            self.form.other.remove(named[0])
            self.form.fields["name"] = RawValue(value, cell)

    def _keep_sub_pair(self, key: str, lab: Cell, label: str, value: str) -> None:
        """A sub-project's pair kept under KEY and LABEL less its 项目 (`子项目` + `实施单位`), else reported."""
        name = key + _kept_label(label).removeprefix("项目")
        if not self._keep_pair(name, value, lab):
            self.form.warnings.append(warn("unplaced_cell", f"a sub-project's label with its value, not kept: {name} | "
                                           f"{clean(value)}"[:200], lab))

    def _keep_other(self, lab: Cell, val: Cell) -> bool:
        """A label of no contract column with its value beside it (`社会资本方 | 某水务环境有限公司`, `债券期限 | 10年`,
        `建设地点 | 城东街道`): kept in projects.other_fields (it was reported `unplaced_cell`, or dropped without a
        word when the label was a known one of no column). A stamp's or signature's place, a form's instructions and
        placeholders are not kept. True if kept."""
        return self._keep_pair(lab.text, val.text, lab)

    def _keep_pair(self, label: str, text: str, lab: Cell) -> bool:
        """_keep_other's test and keeping, on a label's and a value's text (the value's cell, or the pair's)."""
        # (`其中：个人缴费收入 | 3,120.00` under a fund's `本年收入 | 21,386.00`, both labels of no field: the part kept
        # under its own name, as the parts after it are, `政府补贴收入 | 17,642.00`; it was dropped, only in a warning)
        name = _kept_label(label)
        value = clean(text) or ""
        if name and not _NOT_KEPT_LABEL.search(name) and (options := _box_list_unticked(value)) is not None:
            # `评估结论 | [ ]通过  [ ]不通过`, `□通过 □不通过`: none ticked — the field kept, its value null, its options
            # said in a warning (the first was dropped, the second kept as written as if it were the answer: hunt fam9)
            self.form.other.append((name, None, lab))
            self.form.warnings.append(warn("no_option_ticked", f"{name}: none of its options ticked ("
                                           + "、".join(options) + ")", lab))
            return True
        signer = _named_signer(value) if name.endswith("意见") and ("：" in value or ":" in value) else None
        if signer is not None:
            # `财政部门审核意见 | 同意。审核人：张三`: the opinion's words, its named signer a sign-off's person of its own
            # (`{"审核人": "张三"}`, as a colon line's is; it was kept inside the opinion, hunt pr8)
            value = signer[0]
        opinion_day = None
        if signer is None and name.endswith("意见") and (" " in value or "\u3000" in value) \
                and (dated := _OPINION_THEN_DAY.match(value)) is not None and _opinion_words(dated.group(1)) \
                and _DAY_ASKED.search(dated.group(1)) is None:
            # `主管部门审核意见 | 同意申报。 2024年3月13日`, `不同意，资金来源未落实。  2024年3月18日`: the words, the day
            # signed apart under the opinion's day label, `主管部门审核日期` (as a named signer's day is; it was kept in
            # the opinion: hunt pr11)
            # (not a day the words ask for, `同意，项目完成时限为 2024年12月31日`, `资金于 2024年6月30日`: a deadline in the
            # sentence, kept in it — it was taken for the day signed, the words cut: review rv162)
            value, opinion_day = dated.group(1), dated.group("day")
        signed = None
        if signer is None and opinion_day is None and (" " in value or "\u3000" in value) and is_role_label(name) \
                and (signed := _NAME_THEN_DAY.match(fold(value).strip())) is not None:
            # `审核人 | 王强 2024.3.14` (a role no sign-off row opens with, kept as a pair): the name, the day signed under
            # the role's day label, `审核日期`, as _signoff_row's `单位负责人 | 钟国平 2024.3.15` (kept whole: review rv162)
            value = signed.group(1)
        value = _opinion_before_seal(name, value)
        ticked = _box_list_ticked(value)   # (asked once: the test below and the value kept)
        if len(value) < 2 or is_placeholder(value) or value in ("暂无", "没有") or _NOT_KEPT_LABEL.search(name) \
                or _NOT_KEPT_SEAL_VALUE.search(value) or _NOT_KEPT_VALUE.search(value) and not ticked \
                or name.endswith("表") \
                or label_key(name) in _PAGE_META or label_key(name) in _PAGE_FURNITURE:
            return False
        attribute = _ATTRIBUTE_LABEL.search(_TRAILING_GLOSS.sub("", name))
        if attribute and attribute.group(0) in ("公司", "企业") and not _FIRM_NAME.search(value):
            attribute = None    # (`龙头企业 | 农民合作社 | 家庭农场`: heads of kinds side by side, no firm's name; review ry)
        if attribute and attribute.group(0) == "名称" and ("名称" in value or _ATTRIBUTE_LABEL.search(label_key(value))
                                                          and not _FIRM_NAME.search(value)):
            # (`乡镇名称 | 村组名称`, `指标名称 | 指标类型`: a list's heads side by side, the second no name, also with the
            # row below run into it, `村组名称道林镇` — kept as a pair once hunt ti19 let a 名称 label take a short
            # value; review rv119)
            attribute = None
        # (a bound of money in numerals, `五十万元以内`, as `50万元以内` is kept: it was lost, review lo)
        if not (ticked or re.search(r"\d", value) or "☑" in value or re.search(r"[，。；]", value) or len(value) >= 12
                or label_key(name) in IGNORED_KEYS or attribute or ("元" in value and amount_bound(value) is not None)):
            # `收入构成 | 金额`, `第一季度 | 第二季度`, `越城区 | 柯桥区`: two heads side by side, no label and its value
            # (a short word is a value only beside a label naming an attribute: 运作方式 | BOT, 实施单位 | 区林业局)
            return False
        if ticked:
            value = "、".join(ticked)      # `评估结论 | ☑通过  □不通过`: the option ticked, `通过` (it was kept with its boxes)
            # — in any spelling of the tick (`■通过`, `[√]同意`, `(√)现场评估`, `R同意 £不同意`, `□√是`, `已整改☑`: kept
            # with their marks or an unparsed_row, review rv16)
        self.form.other.append((name, value, lab))
        if signer is not None and signer[2] is not None:
            self.form.other.append((signer[1], signer[2], lab))
        if signer is not None and signer[3] is not None:
            # (`审核人：张三 2024.3.5`: the day the signer signed, under the place's day's label, `审核日期` — it kept
            # the whole in the opinion, review rv138's leftover; a placeholder's day too, `审核人：待定 2024年3月5日`:
            # it was dropped without a word, review rv145)
            self.form.other.append((_signed_day_label(signer[1]), signer[3], lab))
        if opinion_day is not None:
            self.form.other.append((_opinion_day_label(name), opinion_day, lab))
        if signed is not None:
            self._signer_day(name, signed.group("day"), lab)
        return True

    def _money_by_year(self, i: int, row: Row, cells: list[Cell]) -> bool:
        """中期资金安排 | 合计 | 2024年 | 2025年 | 2026年 over a row of amounts: 合计 is the project's
        total, the form year's amount its year's budget (set at the end, when the year is known)."""
        if len(cells) < 3 or row.grid is None or i + 1 >= len(self.rows) or not _MONEYISH.search(cells[0].text):
            return False
        heads = {c.col: c for c in cells[1:]}
        if not all(_YEAR_OR_SUM.match(_WS.sub("", c.text)) for c in heads.values()) \
                or sum(1 for c in heads.values() if c.text.strip()[:1].isdigit()) < 2:
            return False
        below = self.rows[i + 1]
        nums = {c.col: c for c in below.cells if c.col in heads and is_number(c.text)}
        if below.grid is not row.grid or len(nums) < 2 or any(c.col not in heads for c in below.cells):
            return False
        unit = declared_unit(cells[0].text) or self.block_unit
        for col, c in nums.items():
            head = heads[col].text.strip()
            if head[:1].isdigit():
                self.year_money[int(head[:4])] = (c, unit)
                self.year_labels.setdefault("total", cells[0])
            elif "budget_total" not in self.form.fields:
                self._set("budget_total", c.text, c, unit)
        self.consumed.update(id(c) for c in below.cells)
        # `其中：财政资金 | 18,500 | 5,000 | 8,500 | 5,000`, `其他资金 | …` under the total's amounts: its parts by year,
        # read as _money_by_year_rows reads them, in the block's unit (they were read as label and value, 18,500 元,
        # the years lost, hunt nw2)
        years = {col: int(h.text.strip()[:4]) for col, h in heads.items() if h.text.strip()[:1].isdigit()}
        sums = [col for col in heads if col not in years]
        parts = self._labelled_year_rows(i + 2, row.grid, min(heads), years, sums)
        kinds = list(itertools.takewhile(lambda k: k in ("budget_fiscal", "budget_other", "source"),
                                         [_by_year_row_kind(label) for label, _ in parts]))
        self._keep_year_rows(parts[:len(kinds)], kinds, years, sums, unit)
        return True

    def _money_by_year_rows(self, i: int, row: Row, cells: list[Cell]) -> bool:
        """`项目资金（万元） | 资金来源 | 合计 | 2024年 | 2025年 | 2026年` over rows `资金总额 | 15,600 | 5,000 | …`, `其中：财政拨款
        | …`, `其他资金 | …` (a 中期 form's money by year, a label on each row): the total row's 合计 is budget_total, each
        row's amount in the form's year is that field's (budget_year, budget_fiscal, budget_other; another source a
        line), set at the end when the year is known. (budget_year was lost, the three years' total read as the
        fiscal money.) True if read."""
        if row.grid is None or len(cells) < 3:
            return False
        years = {c.col: int(_WS.sub("", c.text)[:4]) for c in cells if c.text.strip()[:1].isdigit()
                 and _YEAR_OR_SUM.match(_WS.sub("", c.text))}
        if len(years) < 2:
            return False
        # (the block's own label, `中期资金总额 | 资金来源 | 合计 | 2024年 …`, is no head of a sum)
        sums = [c.col for c in cells[1:] if c.col not in years and _YEAR_OR_SUM.match(_WS.sub("", c.text))]
        first = min(list(years) + sums)
        if any(c.col > first and c.col not in years and c.col not in sums for c in cells) \
                or any(is_number(c.text) for c in cells) \
                or not any(c.col < first and (_MONEYISH.search(c.text) or declared_unit(c.text)) for c in cells):
            return False                  # (a money block's heads: 项目资金（万元） / 资金来源 left of the years)
        unit = next((u for c in cells for u in [declared_unit(c.text)] if u), None) or self.block_unit
        rows = self._labelled_year_rows(i + 1, row.grid, first, years, sums)
        kinds = [_by_year_row_kind(label) for label, _ in rows]
        if "total" not in kinds or not {"budget_fiscal", "budget_other", "source"} & set(kinds) or None in kinds:
            return False                  # (a cost plan or a history of spending by year: no sources of the money)
        self._keep_year_rows(rows, kinds, years, sums, unit)
        return True

    def _labelled_year_rows(self, start: int, grid, first: int, years: dict[int, int],
                            sums: list[int]) -> list[tuple[Cell, dict[int, Cell]]]:
        """The rows from `start` in `grid` of one label left of column `first` and amounts only under the year and
        sum heads (`其中：财政拨款 | 300 | 500`), each as its label and its amounts by column, up to the first other."""
        rows: list[tuple[Cell, dict[int, Cell]]] = []
        for r in self.rows[start:start + 11]:
            if r.grid is not grid:
                break
            labels = [c for c in r.cells if c.col < first and not is_number(c.text)]
            nums = {c.col: c for c in r.cells if c.col >= first and is_number(c.text)}
            if len(labels) != 1 or len(nums) < 2 or any(c.col >= first and c.col not in nums for c in r.cells) \
                    or not set(nums) <= set(years) | set(sums):
                break
            rows.append((labels[0], nums))
        return rows

    def _keep_year_rows(self, rows: list[tuple[Cell, dict[int, Cell]]], kinds: list[str | None],
                        years: dict[int, int], sums: list[int], unit: str | None) -> None:
        """Keep labelled money rows by year (their kinds from _by_year_row_kind): the total's 合计 budget_total and its
        years year_money, the fiscal and other money's years year_fields, a source's years year_sources (the form's
        year's amounts set at the end, when the year is known)."""
        for (label, nums), kind in zip(rows, kinds):
            if kind == "total":
                total = next((nums[c] for c in sums if c in nums), None)
                if total is not None and "budget_total" not in self.form.fields:
                    self._set("budget_total", total.text, total, unit)
                for col, c in nums.items():
                    if col in years:
                        self.year_money[years[col]] = (c, unit)
                self.year_labels.setdefault("total", label)
            elif kind in ("budget_fiscal", "budget_other"):
                self.year_fields.setdefault(kind, {}).update({years[col]: (c, unit) for col, c in nums.items()
                                                              if col in years})
                self.year_labels.setdefault(kind, label)
            else:
                self.year_sources.append((label, {years[col]: (c, unit) for col, c in nums.items() if col in years}))
            self.consumed.update(id(c) for c in [label, *nums.values()])

    def _keep_other_year_money(self, name: str, cell: Cell, text: str, unit: str | None) -> None:
        """Another year's money kept in other_fields under NAME (see _year_money_name), a figure written with its unit
        (the form's when the row states none: `500` -> `500万元`), any other text as written (`26,0000`). The one
        keeping of _set's other-year label, _other_labelled_years and _other_years (three spellings, review rd D2)."""
        text = clean(text) or text
        said = unit or self.form.form_unit or ""
        self.form.other.append((name, text + said if is_number(text) else text, cell))

    def _other_labelled_years(self, year: int) -> set[int]:
        """Money under a label naming another year than the form's (`2023年资金总额 | 500万元` beside `2024年资金总额 |
        600万元` in a form of 2024): kept in other_fields under its label, the figure with its unit, as `2023年申请资金 |
        500` is (it was dropped without a word — or, the form's year's not written, said to be of a form of no year;
        hunt mn23). The years kept."""
        kept = set()
        for y, label in sorted(self.year_money_labels.items()):
            if y == year:
                continue
            c, unit = self.year_money[y]
            # (its unit bracket left out, the figure written with it: `2023年资金总额（万元） | 500`, review rv84)
            self._keep_other_year_money(_year_money_name(label), c, c.text, unit)
            kept.add(y)
        return kept

    def _other_years(self, year: int) -> None:
        """Money by year on labelled rows (`资金来源 | 2025年 | 2026年` over `资金总额 | 400 | 600`, `其中：财政拨款 | 300 |
        500`, …), the form's year's read: the other years' amounts kept in other_fields, each under its year and its
        row's label, the figure with its unit (`{"2026年资金总额": "600万元", "2026年财政拨款": "500万元"}`; they were
        kept nowhere, hunt mn8); and the project's total, when the form states none (no 合计 column, no total label),
        the sum of the years' totals (budget_total was null). Not for the parts by year of a total the form states
        (`项目总额 | 2,380 | 其中：2024年 | 1,450`: year_parts)."""
        if self.year_parts or "total" not in self.year_labels:
            return
        rows = [("total", self.year_money, self.year_labels.get("total"))] \
            + [(k, v, self.year_labels.get(k)) for k, v in self.year_fields.items()] \
            + [("source", v, label) for label, v in self.year_sources]
        # (a source's row too, `中央预算内投资 | 2000 | 1500 | 1000`: its other years were kept nowhere, hunt mn9)
        for kind, by_year, label in rows:
            if label is None:
                continue
            name = _year_money_name(label.text)
            # (the key says the year once and no horizon, the total's row by its name: `2026年资金总额` for a row
            # `年度资金总额`, `中期资金总额` or `合计` — they were `2026年年度资金总额`, `2026年合计`, review rv3)
            name = _HORIZON_LEAD.sub("", name) or name
            if kind == "total" and label_key(name) in _SUM_KEYS:
                name = "资金总额"
            for y, (c, unit) in sorted(by_year.items()):
                if y != year:
                    self._keep_other_year_money(f"{y}年{name}", c, c.text, unit)
        years = sorted(self.year_money.items())
        units = {u for _, (_, u) in years}
        if len(years) >= 2 and "budget_total" not in self.form.fields and len(units) == 1:
            c, unit = self.year_money[year]
            self.form.fields["budget_total"] = RawValue(c.text, c, unit, parts=[x.text for _, (x, _) in years])

    def _money_year_pairs(self, row: Row, cells: list[Cell]) -> bool:
        """`资金总额 | 2024年：600 | 2025年：400` over `其中：财政拨款 | 2024年：500 | 2025年：300` (each year's amount after
        its year in its cell), or `项目资金 | 2024年 | 600 | 2025年 | 400` (each year beside its amount): money by year
        on a labelled row, read as _money_by_year_rows reads a year's column — the form's year's amount that field's,
        set at the end (no money was read, or the years were source lines `2024年` / `2025年` — hunt mn7). True if
        read."""
        if len(cells) < 3:
            return False
        label, rest, got = cells[0], cells[1:], []
        k = 0
        while k < len(rest):
            text = fold(rest[k].text)
            if (m := _YEAR_FIGURE.match(text)) is not None:
                got.append((int(m.group(1)), replace(rest[k], text=m.group(2)), m.group(3)))
                k += 1
            elif _YEAR_ALONE_HEAD.match(text) and k + 1 < len(rest) and is_number(rest[k + 1].text):
                got.append((int(_YEAR_ALONE_HEAD.match(text).group(1)), rest[k + 1], None))
                k += 2
            else:
                return False
        if len(got) < 2 or len({y for y, _, _ in got}) != len(got):
            return False
        kind = _by_year_row_kind(label)
        if kind is None and _MONEYISH.search(label.text) and match_field(label.text) is None:
            kind = "total"                # (项目资金 | 2024年 | 600 | …: the block's label, the project's money)
        if kind is None:
            return False
        unit = declared_unit(label.text) or self.block_unit
        by_year = {y: (c, u or unit) for y, c, u in got}
        if kind == "total":
            for y, v in by_year.items():
                self.year_money.setdefault(y, v)
        elif kind in ("budget_fiscal", "budget_other"):
            self.year_fields.setdefault(kind, {}).update(by_year)
        if kind in ("total", "budget_fiscal", "budget_other"):
            self.year_labels.setdefault(kind, label)
        else:
            self.year_sources.append((label, by_year))
        self.consumed.update(id(c) for c in cells)
        return True

    def _year_side(self, row: Row) -> None:
        """`中期资金总额 | 15000 | 年度资金总额 | 5000` (the period's money left, the year's right; also the project's
        total beside the year's, 闵行 2022's `项目资金总额 | 3,150,000 | 年度资金申请总额 | 1,050,000`), then `其中：财政拨款
        | 14000 | 其中：财政拨款 | 4600` (`其中：财政资金 | … | 其中：当年财政拨款 | …`) below: the fiscal and other money are
        the year's, as with the periods as columns (the first pair, the period's, was kept); `资金总额 | 中期：3000 |
        年度：1000` too (_period_year_cells)."""
        cells = _period_year_cells(row.cells)
        if row.grid is None or len(cells) < 2:
            return
        # (`449.8万`; a label and its amount side by side only in a row of four cells or more)
        pairs = [(c, cells[k + 1].text) for k, c in enumerate(cells[:-1])
                 if is_number(cells[k + 1].text) or parse_amount(cells[k + 1].text) is not None] if len(cells) >= 4 else []
        adjacent = len(pairs)
        # (or a label and its amount in one cell: `中期资金总额：4,200.00 | 年度资金总额：2,600.00` over `其中：财政拨款
        # 4,200.00 | 其中：财政拨款 2,400.00`)
        pairs += [(c, m[1]) for c in cells for m in [match_field(c.text)]
                  if m is not None and m[1] is not None and m[0] in L.MONEY_FIELDS and parse_amount(m[1]) is not None]
        if len(cells) < 4 and len(pairs) == adjacent:
            return
        period = next((c.col for c, _ in pairs if _money_label_key(c.text) in _PERIOD_HEADS
                       or _money_label_key(c.text) in _PERIOD_TOTALS
                       or (match_field(c.text) or ("",))[0] == "budget_total"), None)
        year = next((c.col for c, _ in pairs if _money_label_key(c.text) in _YEAR_HEADS
                     or (match_field(c.text) or ("",))[0] == "budget_year"), None)
        if period is not None and year is not None and period < year:
            self.year_side = (row.grid, year)
            return
        if self.year_side is None or row.grid is not self.year_side[0]:
            return
        self._period_side_lines(row, self.year_side[1])
        for c, amount in pairs:
            m = match_field(c.text)
            if c.col != self.year_side[1] or m is None or m[0] not in ("budget_fiscal", "budget_other") \
                    or m[1] not in (None, amount):
                continue
            old = self.form.fields.get(m[0])
            if old is not None and old.cell.col < c.col and any(x is old.cell or x == old.cell for x in cells):
                self.form.fields[m[0]] = RawValue(amount, c, old.unit, rank=old.rank)

    def _earlier_year_actual(self, header: Header) -> Header:
        """`… | 指标值 | 2023年实际值` in a form of 2024: the column holds the year before's figures (a base to set the
        targets against), no result of this form's year; its cells are kept in the note under their head (the form
        was read as a self-evaluation, the old figures as this year's results)."""
        col = header.cols.get("actual")
        head = next((c for c in header.row.cells if c.col == col), None) if col is not None else None
        m = _HEAD_YEAR.search(fold(head.text)) if head is not None else None
        if m is None or any(L.SELF_EVAL_TITLE.search(_title_key(t)) for t in self.form.titles):
            return header         # (a 自评表 published a year later, `2024年…公开2023年度…自评表`: its own results)
        year = self.form.stated_year
        if year is None or int(m.group(1)) >= year:
            return header
        cols = {r: c for r, c in header.cols.items() if r != "actual"}
        extra = dict(header.extra, **{"col:" + (clean(head.text) or ""): col})
        return Header(header.kind, cols, sorted(cols, key=cols.__getitem__), header.row, extra, header.widths,
                      header.options, header.finer)

    def _period_side_lines(self, row: Row, year_col: int) -> None:
        """`其中：政府性基金预算 | 3,600.00 | 其中：政府性基金预算 | 1,200.00` under `中期资金总额 | … | 年度资金总额 | …`:
        a source named on both sides is one line of the year's amount, the period's in its note (as with the
        periods as columns); the period's amount no part of the fiscal money (it was read as budget_fiscal)."""
        first = row.cells[0]
        mine = [b for b in self.form.budget_items if b["line"] == first.line and b["page"] == first.page
                and b["kind"] == "source"]       # (in the row's order: the period's side first)
        names = [b["name"] for b in mine]
        if len(mine) != 2 or names[0] != names[1] or mine[1].get("note") \
                or sum(1 for c in row.cells if c.text == names[0] and c.col < year_col) != 1:
            return
        period, year = mine
        year["note"] = f"实施期：{str(period['amount']).strip()}"
        self.form.budget_items.remove(period)
        kept = [f for f in self.fiscal_lines if not (f[0].line == first.line and f[0].page == first.page)]
        if len(kept) < len(self.fiscal_lines):
            # (the year's `其中：…` was taken for a part of the period's line, not kept)
            label = next(c for c in row.cells if c.text == names[0] and c.col >= year_col)
            self.fiscal_lines = kept
            self._fiscal_line(label, year["amount"], year["unit"])

    def _task_list(self, i: int, row: Row, cells: list[Cell]) -> bool:
        """`年度主要任务 | 任务名称 | 主要内容` over rows of a task and its content, no amount (a 部门整体 form whose
        tasks carry no budget): the tasks are the form's composition, `任务：内容；…` (each row was unparsed)."""
        if row.grid is None or len(cells) < 2 or label_key(cells[0].text) not in _TASK_LABELS:
            return False
        heads = {c.col: label_key(c.text) for c in cells[1:]}
        if not all(k in _TASK_HEADS for k in heads.values()):
            return False
        left = cells[0].col
        got: list[str] = []
        for r in self.rows[i + 1:]:
            if r.grid is not row.grid or any(c.col <= left for c in r.cells) or len(r.cells) > len(heads):
                break
            texts = [clean(c.text) or "" for c in sorted(r.cells, key=lambda c: c.col)]
            got.append("：".join(t for t in texts if t))
            self.consumed.update(id(c) for c in r.cells)
        if not got:
            return False
        self._set("composition", "；".join(got), cells[0], label=None)
        return True

    def _money_sentence(self, cell: Cell, bare_only: bool = False) -> bool:
        """_money_sentence_read on the cell's text; else on it without a last clause that is no money (`…，自筹20，受益群众
        3.5万人。`: the sentence was dropped whole without a word, the clause's figure no amount); such a clause, not read,
        in an unplaced_cell warning (it was dropped without a word when the rest read). True if read."""
        if not bare_only and self._bound_then_parts(cell):
            return True
        return self._sentence_tail_apart(cell, _parts_parted(fold(cell.text)), bare_only)

    def _sentence_tail_apart(self, cell: Cell, text: str, bare_only: bool = False, parts_only: bool = False,
                             unit: str | None = None) -> bool:
        """_money_sentence's reading of TEXT (the cell's, or a bound's parts, `parts_only`, _bound_then_parts, their
        bare figures in UNIT): a last clause of no money apart, warned of (`…，其中财政资金100万元；受益群众2300人` after a
        bound: it was dropped without a word, review rv113)."""
        tail, short = _NO_MONEY_TAIL.search(text), None
        if tail is None and (short := _SHORT_TAIL.search(text)) is not None \
                and not _CAPTION_MONEY.search(short.group("w")) and not _is_source(short.group("w")) \
                and not L.OTHER_MONEY.fullmatch(label_key(short.group("w"))):
            # (a clause whose words name money or its source is money: `县级配套20万`, `县级20万`, `专项债券50万`, `自筹50万`,
            # `其他20万`, `单位自有50万`, `社会捐助5万`)
            tail = short    # (`…，受益群众3.5万。`: a count in 万 with no word after it, its clause naming no money)
        # (a clause cut off, the rest may be a money label's one amount alone, `资金总额：300万元`, read as the pair path
        # reads it: `lone` — `资金总额：300万元，建设期2年` was lost without a word while `项目总投资：…` read, hunt mn28)
        uses = self._money_sentence_read(cell, text, bare_only, parts_only, unit)
        whole = uses is not None    # (read with its last clause)
        if uses is None and tail is not None:
            uses = self._money_sentence_read(cell, text[:tail.start()], bare_only, parts_only, unit, lone=True)
        rate = _RATE_TAIL.search(text)
        if uses is not None and rate is not None and tail is None:
            # `…，自筹资金50万元，资金到位率100%`: the sentence read, its last clause a rate, no amount — kept as the
            # rate after a sentence that did not read is (it was dropped without a word, hunt mn28)
            self._rate_clause(rate.group("w"), rate.group("v"), cell)
        if uses is None:
            if rate is not None and self._money_sentence_read(cell, text[:rate.start()], bare_only, parts_only, unit,
                                                               lone=True) is not None:
                self._rate_clause(rate.group("w"), rate.group("v"), cell)
                return True
            if bare_only or (tail := _NO_MONEY_REST.match(text)) is None \
                    or _MONEY_FIGURE.search(tail.group("t")) \
                    or (uses := self._money_sentence_read(cell, text[:tail.start("t") - 1], bare_only, parts_only,
                                                          unit, lone=True)) is None:
                return False
            # `项目总投资：500万元，建设期2年，分年度实施`: the label's amount, then clauses of no money, a figure in one not
            # the last (the project's money was lost without a word)
        # `资金总额150万元，其中财政资金100万元，设备购置50万元`: what the money buys, no part of where it comes from — not
        # kept, said (it was dropped without a word, after a bound's parts too: review rv113's leftover); a last clause
        # of no money warned of once, below
        said = clean(tail.group("t")) if tail is not None else ""
        unsaid = [name + amt for name, amt in uses if not (name in said and amt in said)]
        if unsaid:
            self.form.warnings.append(warn("unplaced_cell", "a money sentence's clause of no source, not kept: "
                                           + "，".join(unsaid), cell))
        if tail is None or whole and tail is not short and _SENTENCE_MONEY.search(tail.group("t")):
            # (`…，县级资金200万元（已于2025年3月到位）` read whole: the clause's amount kept, no clause of no amount —
            # review rv139)
            return True
        self.form.warnings.append(warn("unplaced_cell", "a money sentence's last clause, no amount, not kept: "
                                       f"{clean(tail.group('t'))}", cell))
        return True

    def _source_pairs_then_clause(self, cell: Cell, any_name: bool) -> tuple | None:
        """_source_pairs of the cell without a last clause of no money (_NO_MONEY_TAIL), the clause warned of as
        _sentence_tail_apart warns of it: `资金来源：县级财政260万元，建设期2年` (a source's one amount, no money field:
        hunt mn28's `lone` reads only these) was lost without a word, review rv131. None if not so."""
        text = fold(cell.text)
        if (tail := _NO_MONEY_TAIL.search(text)) is None \
                or (pairs := _source_pairs(text[:tail.start()], any_name)) is None:
            return None
        self.form.warnings.append(warn("unplaced_cell", "a money sentence's last clause, no amount, not kept: "
                                       f"{clean(tail.group('t'))}", cell))
        return pairs

    def _keep_bound(self, label: str, text: str, cell: Cell) -> bool:
        """A money label's bound or range (amount_bound), no amount: kept as written under its label; its parts after it
        read (`资金总额 | 不超过150万元，其中财政资金100万元`: the bound kept, budget_fiscal 100万, _bound_then_parts)."""
        return self._bound_parts_of(label, text, cell) or self._keep_pair(label, text, cell)

    def _bound_parts_of(self, label: str, text: str, cell: Cell) -> bool:
        """_bound_then_parts of a pair's cells, a money label and its bound or range then its parts (`预算金额 |
        约50-80万元，其中财政资金50万元`: the range before the parts is no bound of the whole cell, amount_bound's — the
        pair was lost without a word, review rv113). True if read."""
        head = _LABEL_COLON.sub(r"\1", label.strip())      # (`资金总额：` in a cell of its own: its colon once)
        return self._bound_then_parts(replace(cell, text=f"{head}：{text}"))

    def _bound_then_parts(self, cell: Cell) -> bool:
        """`资金总额：不超过150万元，其中财政资金100万元` (`预算金额：约50-80万元，其中…`): a bound or a range on the money
        (amount_bound), then its parts: the bound kept as written under its label, as on a line of its own, and the
        parts read as the label's sentence of no amount of its own (`其中：财政资金100万元`) — the line was kept
        whole, or lost without a word, its parts not read (hunt mn25's and review rv105's leftovers). True if read."""
        m = _BOUND_THEN_PARTS.match(cell.text.strip())     # (the bound kept as written: `80～100万元`, not folded)
        # (`资金总额（万元）：不超过150，其中财政资金100`: the parts' bare figures in the label's unit, as a sentence's after
        # its lead — the line was kept whole, the part not read, review rv113's leftover)
        if m is None or not _is_money_label(m.group(1)) or amount_bound(m.group(2)) is None \
                or not self._sentence_tail_apart(cell, f"其中:{_parts_parted(fold(m.group('parts')))}", parts_only=True,
                                                 unit=declared_unit(m.group(1))):
            return False
        self._keep_pair(m.group(1), m.group(2), cell)
        return True

    def _year_money_line(self, cell: Cell) -> bool:
        """`2025年资金总额：1,260.00` on a line of its own: a year's money under a label the year's own word would make
        budget_year (_year_money_label), kept by its year as a `2025年资金总额 | 1,260.00` row's is — the year's budget
        when the year is the form's (the line was dropped without a word, hunt mn22), its label kept to name it
        (`12,5000`: amount_unreadable said it of `项目当年预算`, review rd). True if kept."""
        pair = _PAIR_CELL.match(cell.text.strip())
        if pair is None or (year := _year_money_label(pair.group(1))) is None:
            return False
        if not _money_figure(amount := pair.group(2).strip().rstrip("。.；;"), pair.group(1)):
            return self._year_money_sentence(cell, pair.group(1), pair.group(2), year)
        self._hold_year_money(year, replace(cell, text=amount), pair.group(1))
        return True

    def _hold_year_money(self, year: int, amount: Cell, label: str, unit: str | None = None) -> None:
        """A year's money under a label the year's own word would make budget_year (`2025年资金总额`,
        `其中：2025年发行额度`), in the label's unit, else the row's, else the block's; the first of each year kept, its
        label naming it (one step for the lone line and the label beside its figure: tidy tw1), read later by
        _other_labelled_years. (Not _keep_other_year_money, which writes another year's money into other_fields: the two
        were merged under one name, the later def hiding the first — review rv89.)"""
        self.year_money.setdefault(year, (amount, declared_unit(label) or unit or self.block_unit))
        self.year_money_labels.setdefault(year, label)

    def _year_money_sentence(self, cell: Cell, label: str, rest: str, year: int) -> bool:
        """`2024年资金总额：100万元，其中：财政资金80万元，其他资金20万元`: a year's money sentence, read as the sentence
        under the year's word alone (`年度资金总额：…`, budget_year and its parts) when the year is the form's (or the
        form names none: then its year); another year's stays unread, as its lone amount is (it was dropped without a
        word; the same line of no year was read, review rd). True if read."""
        said = self.form.stated_year
        if said not in (None, year) or not self._money_sentence(
                replace(cell, text=f"{LEAD_YEAR.sub('年度', _SUB_LINE.sub('', label).strip())}：{rest}")):
            return False
        if said is None and self.form.label_year is None:
            self.form.label_year = year
        return True

    def _cut_money_line(self, cells: list[Cell]) -> list[Cell] | None:
        """A text line the dump cut into cells, read as one money sentence: `资金总额（万元）：120 其中：财政拨款 100 自筹 20`
        (cut at its spaces; its figures bare, so read only in the lead's unit); a total's sentence cut at a field's label
        among its 其中 parts, `年度资金总额：3280万元，其中：财政拨款：2,800万元，其他资金：480万元` (its first cell was dropped
        without a word, the last read alone, hunt mn22), its bare lead in the declared unit (`金额单位：元`). The sentence
        ends before a cell opening with the label of a field of no money (`…，其他资金20万元    项目负责人：王建国`: the
        leader was joined into the sentence, lost without a word — review rd); the cells after it are returned to be
        read as fields ([] when the sentence took them all); None if not read."""
        end = next((k for k in range(1, len(cells)) if _field_of_no_money(cells[k].text)), len(cells))
        joined = Cell(cells[0].row, cells[0].col, " ".join(c.text.strip() for c in cells[:end]), page=cells[0].page,
                      line=cells[0].line)
        parted = _FIGURE_THEN_PARTS.search(fold(cells[0].text)) is not None
        if parted and self._money_sentence_in_unit(joined, self.block_unit or self.form.form_unit) \
                or self._money_sentence(joined, bare_only=not parted):
            return cells[end:]
        return None

    def _rate_clause(self, label: str, rate: str, cell: Cell) -> None:
        """A money sentence's last clause of a rate in percent (`资金总额640万元，已拨付320万元，支付进度50%`): the
        execution_rate field when its label is that field's (`执行率96%`) and the field is not yet set, else kept as
        written under its label, as the sentence's 已拨付 is (the sentence read nothing, hunt rd's leftover)."""
        m = match_field(label_key(label))
        if m is not None and m[1] is None and m[0] == "execution_rate" and m[0] not in self.form.fields \
                and self._set(m[0], rate, cell, label=label):
            return
        self.form.other.append((clean(label) or label, rate, cell))

    def _money_sentence_in_unit(self, cell: Cell, unit: str | None) -> bool:
        """`项目资金（万元） | 年度资金总额：96000，其中：财政拨款：90000，其他资金：6000`: a sentence of bare figures beside
        a block label declaring their unit, read as if its lead declared it (`年度资金总额（万元）：96000，…`; the money
        was lost without a word, hunt nw3). True if read."""
        text = _parts_parted(cell.text)
        # (the lead as _money_sentence_read finds it — a twin _BARE_LEAD was here, review rd — but none stating its own
        # unit, `资金总额（元）：…`: read in that unit already, not given a second; one of a bracket stating none,
        # `资金总额（含结转）：96000，其中：…`, is read in the block's, as a bare lead is)
        # (the lead's figure bare, the parts' perhaps with units of their own, `年度资金总额：32800000，其中：财政拨款：
        # 2,800万元` under `金额单位：元`: each part in its own, the lead in the block's — the whole line was lost, hunt mn22)
        if unit is None or (lead := _SENTENCE_FIGURE.match(text)) is None or lead.group(3) \
                or declared_unit(lead.group(1)) is not None:
            return False
        return self._money_sentence(replace(cell, text=f"{lead.group(1)}（{unit}）{text[lead.end(1):]}"))

    def _money_sentence_read(self, cell: Cell, text: str, bare_only: bool = False, parts_only: bool = False,
                             unit: str | None = None, lone: bool = False) -> list[tuple[str, str]] | None:
        """`项目资金：年度资金总额 680万元，其中财政拨款 680万元，其他资金 0万元` (a cell of its own: a money label, then
        the money fields written in a sentence, each amount with its unit): each field named. Figures
        of no unit are read when the sentence's lead declares it (`资金总额（万元）：120，其中：财政拨款100，自筹20`), or
        `其中：` opens it under a total read in a declared unit (`其中：财政拨款 100 自筹 20`): in that unit; with
        `bare_only`, only such a sentence is read (`text`: the cell's, folded); with `parts_only`, the label's parts of
        an amount it states apart (_bound_then_parts), one enough, their bare figures in UNIT (the bound's label's); with
        `lone`, a money field and its one amount alone (`资金总额：300万元`, else the pair path's) when a clause of no
        money was cut off after it (_sentence_tail_apart).
        If read, the uses it named, no source's nor field's, `设备购置费200万元` as ("设备购置费", "200万元"), for the caller
        to warn of (they travel with the answer: a reader's field of the last sentence's uses was a side channel, mend
        md55); None if not read."""
        said = None      # the unit figures of no unit of their own are in (the lead's, or the total's above)
        money = _SENTENCE_MONEY
        text = _unhedged_lead(text)
        if "年" in text and _BARE_YEAR_AMOUNT.search(text):
            # `资金总额：500万元，其中：2024年300万元，2025年200万元`: a year's money written with no word between the year
            # and its amount is read as `2024年资金300万元` (the sentence read nothing, without a word — hunt mn30)
            text = _BARE_YEAR_AMOUNT.sub(r"\1年资金", text)
        lead = _SENTENCE_MONEY.match(text)
        if lead is None and (bare := _SENTENCE_FIGURE.match(text)) is not None and not bare.group(3) \
                and (said := declared_unit(bare.group(1))) is not None:
            money = _SENTENCE_FIGURE
        elif lead is None and _PARTS_HEAD.match(text) and not _SENTENCE_MONEY.search(text):
            said = unit or next((v.unit for k in ("budget_total", "budget_year") for v in [self.form.fields.get(k)]
                                 if v is not None and v.unit and getattr(v, "parts", None) is None), None)
            money = _SENTENCE_FIGURE if said is not None else money
        if bare_only and said is None:
            return None
        if (split := _sources_then_progress(text)) is not None:
            # `资金来源：中央资金300万元，县级资金200万元，实际到位480万元`: the sources, then how much of the money arrived
            # (the whole line was dropped without a word: the last pair is no source)
            return [] if self._sources_and_progress(cell, *split) else None
        m = _SENTENCE_HEAD.match(text) or _section_head(text)
        head = match_field(m.group(1)) if m is not None else None
        # `其中：财政拨款45.00万元，其他资金0万元。` in a row of its own under the money block (a self-evaluation's
        # matrix, its total read): the parts of the money above, each named with its amount and unit
        parts = m is None and (parts_only or bool(self.form.fields.keys() & {"budget_total", "budget_year",
                                                                              "budget_initial"})) \
            and (m := _PARTS_HEAD.match(text)) is not None
        got, sources, progress, gaps = [], [], [], []
        written: list[str] = []     # each of got's names in the sentence as written (`项目资金`, `财政资金`)
        elsewhere: list[tuple[str, str]] = []      # the money of another year than the form's (`其中2024年安排300万元`)
        if m is None:
            # `资金总额1,128.40万元，其中：财政拨款1,098.40万元，其他资金30.00万元。` (beside its block's label 年度预算申请):
            # the sentence opens with a money field and its amount, no label before it (the row was unparsed)
            lead = money.match(text)
            first = match_field(lead.group(1).strip()) if lead is not None else None
            if first is None or first[1] is not None or first[0] not in L.MONEY_FIELDS \
                    or _DIGITS.search(_BRACKETED.sub("", _YEAR_BEFORE_MONEY.sub("", text)) if money is _SENTENCE_MONEY
                                      else money.sub("", text)):
                # (`预算数：186万元 执行数：178.56万元 执行率：96%`: pairs of labels, read as such; a figure in a bracket
                # after an amount, `中央补助资金300万元（2025年第一批）`, `（占60%）`, no such pair — the sentence was
                # dropped without a word, review rv139)
                return None
            got.append((first[0], lead.group(2), _SHORT_UNITS.get(lead.group(3), lead.group(3)) or said))
            written.append(lead.group(1))
            m = lead
        elif head is not None and head[0] not in L.MONEY_FIELDS:
            return None
        elif head is None and m.re.groups and _is_source(m.group(1)):
            return None        # `上级补助资金：400000元、县级配套资金：200000元`: sources with their amounts (_source_pairs)
        rest = text[m.end():]
        # (`年度资金总额（万元）：96000，其中：…`: the label's bare figure in the unit its lead declares — the total was
        # lost, the parts read, hunt nw3)
        own = None if parts or got else (_SENTENCE_OWN.match(rest) or said is not None and _SENTENCE_OWN_BARE.match(rest)
                                         or None)
        if own is not None:
            # `项目资金：45万元（其中财政衔接资金40万元，村集体自筹5万元）`: the amount right after the label is the label's
            # (the project's total when the label names no other money field), its parts named after 其中
            got.append((head[0] if head is not None else "budget_total", own.group(1), own.group(2) or said))
            written.append(m.group(1) if m.re.groups else "")
            rest = rest[own.end():]
        # `项目资金：2,600万元` on a line of its own (a DOCX paragraph): the label's amount alone, no parts after it
        # (the line was dropped without a word)
        alone = own is not None and not re.sub(r"[\s。.；;，,]", "", rest) and (
            head is not None or label_key(m.group(1)) in MONEY_SECTION_KEYS)
        others: list[tuple[str, str, str | None]] = []     # the parts of budget_other named, as written
        uses: list[tuple[str, str]] = []   # the parts named no money field, source nor progress (`设备购置费200万元`: uses)
        the_year = None     # the form's year, asked when a clause names a year (`其中2024年安排300万元`)
        field_before = None     # the label of the fiscal / other part read by the clause before, as written
        # (a source's bracket of parts, `一般公共预算：800万元（其中：本年预算拨款：600万元，上年结转：200万元）`: the
        # source's name while the bracket is open, its clauses as written, where the clause before ended)
        source_before, opened_by, inner, ended = None, None, [], 0
        held = None     # a bracket no `）` closes: how many clauses more it holds (_unclosed_parts)
        for mt in money.finditer(rest):
            lab, amt, unit = mt.groups()
            part_before, field_before = field_before, None
            (source_prev, prev_amount), source_before = source_before or (None, None), None
            between, ended = rest[ended:mt.start()], mt.end()
            if source_prev and opened_by is None and ("）" in between or ")" in between):
                self._source_bracket_note(source_prev, between, gaps)
            if opened_by is not None and ("）" in between or ")" in between):
                gaps.append((opened_by + "说明", "，".join(inner)))
                opened_by, inner, held = None, [], None
            if opened_by is None and source_prev and ("（" in between or "(" in between or lab[:1] in "(（") \
                    and (o := _PARTS_BRACKET.search(between + lab)) is not None:
                # the clauses inside the bracket right after a source's amount are its parts: the source's note, as
                # `财政资金120万元（其中上年结转10万元）` is the part's (each was a source line beside the source, or a use
                # dropped: a false source_sum_mismatch — hunt mn29)
                opened_by, lab = source_prev, (between + lab)[o.end():]
                if "）" not in rest[mt.end():] and ")" not in rest[mt.end():]:
                    # (`中央补助资金300万元（含上年结转50万元，县级配套资金100万元`: a bracket never closed holds its
                    # clauses as far as they add up to the source's amount, else its first — the sources after it were
                    # swallowed into the note, budget_fiscal lost without a word, review rv139)
                    held = _unclosed_parts(prev_amount, [parse_amount(x.group(2), x.group(3) or said)
                                                         for x in money.finditer(rest[mt.start():])])
            if opened_by is not None:
                inner.append((clean(_SUB_LINE.sub("", lab)) or "") + amt + (mt.group(3) or ""))
                if held is not None and (held := held - 1) == 0:
                    gaps.append((opened_by + "说明", "，".join(inner)))
                    opened_by, inner, held = None, [], None
                continue
            # (`其中县级财政配套不少于100万元`: the comparison or hedge before the amount no word of its name — the clause
            # was taken for a use, dropped without a word, review rv3)
            lab = _CLAUSE_COMPARE.sub("", lab) or lab
            unit = _SHORT_UNITS.get(unit, unit) or said
            f = match_field(_SUB_LINE.sub("", lab))
            if f is None:
                cut = _SENTENCE_LEAD.sub("", lab)    # (`万元（其中财政衔接资金`: the name after the bracket and 其中)
                # (`一般公共预算（本年拨款）200万元`: a bracket the name closes is its qualifier, no opener — the clause was
                # cut to `本年拨款）`, a use, dropped; hunt mn29)
                lab = lab if cut[-1:] in ")）" and "(" not in cut and "（" not in cut else cut
                f = match_field(_SUB_LINE.sub("", lab))
            if f is None and (yr := re.match(r"年度?(?=[\u4e00-\u9fff]{2})", lab)) is not None \
                    and (said_year := _YEAR_END.search(rest, 0, mt.start())) is not None:
                # `2023年预算安排资金8,600.00万元`: the name after the year it is of (the form's, as label_key reads
                # `2024年金额`), no `年…` label
                f = match_field(lab[yr.end():]) or match_field("年度" + lab[yr.end():])   # (`其中2024年安排300万元`)
                if f is None and _carried(lab[yr.end():]) and part_before \
                        and (opened := _OPENS_BEFORE_YEAR.search(rest, 0, said_year.start())) is not None:
                    # `财政资金120万元（其中2024年结转10万元）`: the year's carried money inside the part it follows, the
                    # part's note as `（其中上年结转10万元）` is (it was a source line of no group, review rv75)
                    gaps.append((part_before + "说明", _NOTE_OPENS.sub("", rest[opened.start():mt.end()]).strip()))
                    continue
                if f is None and _carried(lab[yr.end():]):
                    # `…，2024年结转10万元`: money carried over from that year, a source of the year's named with its
                    # year (the clause was taken for a use, dropped without a word, hunt mn20)
                    sources.append((said_year.group(1) + _SUB_LINE.sub("", lab), amt + unit))   # (`2024年度结转资金`)
                    continue
                if the_year is None:
                    the_year = self.form.stated_year or 0
                if f is not None and f[0] == "budget_year" and the_year and int(said_year.group(1)) != the_year:
                    # `项目总预算500万元，其中2024年安排300万元，2025年安排200万元` in a form of 2025: 2024's money is no
                    # budget of the form's year (it was budget_year, 300 for 200); kept as written
                    elsewhere.append((said_year.group(1) + clean(_SUB_LINE.sub("", lab)), amt + (unit or "")))
                    continue
            if f is None and (own is not None or said is not None or got) \
                    and L.OTHER_MONEY.fullmatch(key := label_key(_SUB_LINE.sub("", lab))) \
                    and not (uses and L.REST_MONEY.fullmatch(key)):
                # `银行贷款50万元`, `单位自有资金30万元`, `村集体自筹20万元`, `其他20万` after the total or the fiscal part:
                # the other money too (they were dropped without a word, a source line, or a clause "not kept", hunt
                # lg); `其他` not after a use (`其中设备购置费200万元，…，其他50万元`: the rest of the money's uses, no
                # source — it was budget_other, review rva)
                f = ("budget_other", None)
            if f is not None and f[1] is None and f[0] in L.MONEY_FIELDS:
                got.append((f[0], amt, unit))
                # (a name after its year, `其中2025年安排`, with the year: `年安排` read alone)
                name = _SENTENCE_LEAD.sub("", lab) or lab
                yr_at = _YEAR_END.search(rest, 0, mt.start()) if name.startswith("年") else None
                written.append(name if yr_at is None else yr_at.group(1) + name)
                if f[0] in ("budget_fiscal", "budget_other"):
                    field_before = clean(_SUB_LINE.sub("", lab)) or None
                if f[0] == "budget_other":
                    others.append((_SUB_LINE.sub("", lab), amt, unit))
            elif f is None and L.FUNDING_GAP.match(label_key(_SUB_LINE.sub("", lab))):
                # `…，其他资金50万元，资金缺口30万元。`: the gap the form states, kept in other_fields as a `资金缺口 | 30`
                # row's is (it was dropped without a word, the split a false fiscal_other_mismatch)
                gaps.append((clean(_SUB_LINE.sub("", lab)) or "", amt + unit))
            elif f is None and part_before and _carried(lab) and _NOTE_OPENS.match(mt.group(1)):
                # `其中：财政资金120万元（其中上年结转10万元）`: the money carried over inside the part it follows, the part's
                # note as the same bracket's in a cell is (`财政资金说明`); it was a source line beside it, hunt mn22
                gaps.append((part_before + "说明", _NOTE_OPENS.sub("", mt.group(0)).strip()))
            elif f is None and (_is_source(_SUB_LINE.sub("", lab)) or _level_fiscal_name(_SUB_LINE.sub("", lab))):
                # (`其中县级财政救助资金400万元，社会投资100万元`: a level's fiscal money named by what it is for, a source
                # too — it was taken for a use, budget_fiscal dropped without a word, hunt mn8)
                sources.append((_SUB_LINE.sub("", lab), amt + unit))
                source_before = (name, amt + unit) if (name := clean(_SUB_LINE.sub("", lab))) else None
            elif f is None and _NO_SOURCE_WORD.search(_SUB_LINE.sub("", lab)):
                # `…，实际到位480万元`: how much of the money arrived or was spent (it was skipped without a word)
                progress.append((_SUB_LINE.sub("", lab), amt + unit))
            elif f is None:
                uses.append((clean(_SUB_LINE.sub("", lab)) or "", amt + (mt.group(3) or "")))   # (`受益群众`, `3.5万`)
        if source_before and ("）" in rest[ended:] or ")" in rest[ended:]):
            self._source_bracket_note(source_before[0], rest[ended:], gaps)
        if opened_by is not None and inner:
            gaps.append((opened_by + "说明", "，".join(inner)))     # (a bracket the sentence never closed)
        if (inside := _carried_in_sentence(got, sources)):
            # `资金总额120万元，其中中央100万元，县级20万元，2024年结转10万元` (`资金总额 | 120万元（中央100万元，…）`): the
            # levels make the 120, the 结转 inside them — the total's note as a bracket's of bare figures is (review
            # rv63: three lines, 130 of 120 flagged, budget_fiscal lost)
            sources = [s for s in sources if s not in inside]
            gaps.append(((clean(label_key(m.group(1))) if m.re.groups else "资金") + "说明",
                         "，".join(name + amt for name, amt in inside)))
        whole = _ALL_OF_ONE.search(rest) if len(got) == 1 and got[0][0] in ("budget_total", "budget_year") else None
        if whole is not None and (f := match_field(whole.group(1))) is not None and f[1] is None \
                and f[0] in ("budget_fiscal", "budget_other"):
            # `资金总额300万元，全部为财政拨款`: the whole total of that one kind, the kind's amount the total's (the
            # sentence of one amount was dropped without a word, hunt lt)
            got.append((f[0],) + got[0][1:])
            written.append(whole.group(1))
        # `项目资金：资金总额300万元。` (after a last clause of no money, `，覆盖人口约2万`, cut off): the money label, then
        # one money field and its amount, nothing else: that field (it was dropped without a word, hunt lt)
        alone = alone or (own is None and not parts and len(got) == 1 and not sources and not progress
                          and (lone or head is None and bool(m.re.groups) and label_key(m.group(1)) in MONEY_SECTION_KEYS)
                          and not re.sub(r"[\s。.；;，,]", "", money.sub("", rest)))
        if not got or len(got) + len(sources) + len(progress) + len(elsewhere) < (1 if parts or alone else 2):
            return None
        if own is not None and got[0][0] == "budget_year" and any(c == "budget_year" for c, _, _ in got[1:]):
            # `申请资金：480万元（其中2024年安排300万元）`: the year's money is the part; the amount before it the total
            got[0] = ("budget_total",) + got[0][1:]
        if len(others) > 1 and "budget_other" not in self.form.fields:
            # `银行贷款50万元，单位自有资金30万元，其他20万`: several other sources, budget_other their sum (the first was
            # taken alone), each a source line as a sentence's sources are
            unit0 = others[0][2]
            self.form.fields["budget_other"] = RawValue(
                others[0][1], cell, unit0, parts=[a if u == unit0 or not u else f"{a}{u}" for _, a, u in others])
            sources.extend((name, amt + (unit or "")) for name, amt, unit in others)
        for (col, amt, unit), name in zip(got, written):
            if col not in self.form.fields:
                # (`named`: the clause's name as written, what a figure it cannot read is kept under — review rv75)
                self._set(col, amt, cell, unit, named=clean(_SUB_LINE.sub("", name)) or None)
            elif col == "budget_other":
                # (`单位自筹：30` then `其他资金：20` on lines: the catch-all the rest beside it, as in cells — hunt mn25)
                self._rest_beside_raised(self.form.fields[col], amt, cell, unit, name)
        self._progress(cell, progress)
        self.form.other.extend((lab, amt, cell) for lab, amt in gaps + elsewhere)
        # `资金总额：500万元（其中中央资金300万元、县级资金200万元）`: the sources the total is of, lines of kind source under
        # it (they were dropped without a word)
        lead_col = "" if not m.re.groups else (head or match_field(m.group(1).strip()) or ("",))[0]   # (其中：… parts)
        group = clean(label_key(m.group(1))) if lead_col in ("budget_total", "budget_year") else None
        budgets: dict[str, str] = {}     # each budget kind lined, by the name it was lined under
        for name, amount in sources:
            # (`一般公共预算（上年结转）60万元，一般公共预算（本年拨款）200万元`: a budget qualified in its name's bracket,
            # two siblings — the second was taken for the first's part, 200 of budget_fiscal lost; hunt mn29)
            kind = (_fiscal_kind(name) + (q.group(0) if name[-1:] in ")）" and (q := _NAME_QUALIFIER.search(name))
                                          else "")) if _is_fiscal_kind(name) else None
            if kind is not None and kind in budgets:
                # the budget named again, `一般公共预算资金：500万元，其中：当年一般公共预算拨款：350万元`, is its part
                # (mend md59): the budget's note, no line beside it (a false source_sum_mismatch, 850 of 650 — hunt mn29)
                self.form.other.append((budgets[kind] + "说明", (clean(name) or name) + amount, cell))
                continue
            self._line(name, amount, "source", None, cell, group=group)
            if kind is not None:
                # (`年度资金总额：680万元，其中：国有资本经营预算：680万元`: a line of the three budgets, as the line of its
                # own is — budget_fiscal was lost, review rv128)
                budgets[kind] = clean(name) or name
                self._fiscal_line(cell, amount, None)
        return uses

    @staticmethod
    def _source_bracket_note(name: str, after: str, gaps: list[tuple[str, str]]) -> None:
        """A money sentence's bracket of no amount right after a source's (`中央补助资金300万元（2025年第一批）`,
        `（占60%）`): the source's note, `中央补助资金说明`, as a bracket of its parts is (its words were dropped without
        a word, review rv139)."""
        if (b := _BRACKETED.match(after.lstrip())) is not None and (words := clean(b.group(0)[1:-1])):
            gaps.append((name + "说明", words))

    def _sources_and_progress(self, cell: Cell, pairs: tuple[tuple[str, str, str | None], ...],
                              progress: tuple[tuple[str, str], ...]) -> bool:
        """_money_sentence's sources each with its amount, then the money's progress (_sources_then_progress): the
        sources lines of kind source (grouped as _source_pairs' are: under the money block, or the total read on the
        row above or beside), the progress budget_issued / spent (else kept in other_fields). True if read."""
        i = next((k for k, r in enumerate(self.rows) if any(x is cell for x in r.cells)), None)
        if i is None or id(self.rows[i]) in self.notice_rows:
            return False
        unit = (self.money_group[2] if self.money_group else None) \
            or (self.money_section[1] if self.money_section else None) or self.block_unit
        group = self.money_section[0] if self.money_section is not None and self.money_section[0] else None
        if group is None and self.money_group is None:
            group = next((re.split(r"[:：]", v.cell.text, maxsplit=1)[0]
                          for col in ("budget_year", "budget_total") for v in [self.form.fields.get(col)]
                          if v is not None and any(v.cell is x for r in self.rows[max(0, i - 1):i + 1] for x in r.cells)),
                         None)
        for name, amount, own in pairs:
            self._line(name, amount, "source", own or unit, cell, group=clean(label_key(group)) if group else None)
            if _is_fiscal_kind(name):
                self._fiscal_line(cell, amount, own or unit)
        self._progress(cell, progress)
        return True

    def _moneyless_above(self, i: int, most: int = 3) -> int:
        """The first of the rows right above row `i` (at most `most` of them, and the row above it) that hold no
        money: no amount, no money label, no budget line read from them (a lone `其中：`, `项目期限 | 2024年`)."""
        k = i - 1
        lines = {(b["page"], b["line"]) for b in self.form.budget_items}
        while k > 0 and i - k <= most:
            r = self.rows[k]
            cells = [c for c in r.cells if c.text.strip()]
            if not cells or any(is_number(c.text) or (c.page, c.line) in lines or _MONEYISH.search(c.text)
                                or _source_pairs(c.text) is not None for c in cells) \
                    and not all(_LONE_PARTS_HEAD.match(c.text) for c in cells):
                break
            k -= 1
        return max(0, k)

    def _progress(self, cell: Cell, progress: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> None:
        """`实际到位480万元`, `实际支出450万元` in a money sentence: budget_issued / spent when the name reads as one
        (实际到位 as 实际到位资金) and the field is not read yet, else kept in other_fields as written."""
        for name, amount in progress:
            col = _progress_field(name)
            if col is None or col in self.form.fields or not self._set(col, amount, cell):
                self.form.other.append((name, amount, cell))

    @staticmethod
    def _ends_sources(last: dict | None, head: tuple | None) -> bool:
        """Whether a budget_other label read now (`其他资金 | 40`, `单位自筹 | 50`, `其他收入 | 140`) closes the source
        lines of the money block or section `head` heads (the last line read is one of them): it is then a source line
        as they are, and budget_other too, so that the lines add up to the money they break down. Not after the parts
        of a fiscal field (`（一）财政拨款 | 556000` over `1. 上级财政拨款 | 0` …, then `（二）其他资金 | 0`: the fiscal
        money's sibling, no part of it)."""
        # (`资金来源 | 资金总额 | 1500` over `| 中央资金 | 900` … `| 单位自筹 | 50`: the lines named by the block's
        # 资金来源, the group by the total beside it — the same block, hunt mn11)
        if last is None or head is None:
            return False
        field = (match_field(head[0]) or (None,))[0]
        return last.get("kind") == "source" \
            and (last.get("group") == clean(label_key(head[0]))
                 or field in ("budget_total", "budget_year") and label_key(last.get("group") or "") in _SOURCES_HEAD) \
            and field not in ("budget_fiscal", "budget_other")

    def _unit_cell_after(self, text: str) -> str:
        """A bare figure with its unit in the cell right after it on the row (`项目总金额 | 120 | 万元`, a sheet's unit
        column): the figure written with that unit (`120万元`: it was 120 元, or the block's unit); else as it was."""
        cells = self._row_cells
        for a, b in zip(cells, cells[1:]):
            if a.text.strip() == text.strip() and b.col == a.col + a.colspan and BARE_FIGURE.match(a.text) \
                    and b.text.strip() in _UNIT_CELL_WORDS:
                return a.text.strip() + b.text.strip()
        return text

    def _line(self, name: str | None, amount: str, kind: str, unit: str | None, at: Cell, group: str | None = None,
              note: str | None = None) -> None:
        """Keep a money line (no price, no quantity) with the provenance of the cell `at`."""
        amount = self._unit_cell_after(amount)
        if name:
            name = _NAME_UNIT.sub("", name) or name      # 专项债券资金（万元）: the unit is the amount's, not the name's
            name = _LINE_NOTE_WORD.sub("", name) or name  # `说明：上年结转资金 | 50`: a note's word before the line's name
        if misgrouped_figure(amount):
            # `其中：中央资金 | 12,00`: a line's figure of no sure amount, said as a field's is (_misgrouped); the line
            # kept, its amount none (it went without a word, review rv75)
            self.form.warnings.append(misgrouped_warning(clean(_SUB_LINE.sub('', name or '')), amount, at))
        if kind == "source" and name and label_key(_SUB_LINE.sub("", name)) in _USE_NAMES \
                and not (group and "经费" in group):
            # (not in a 经费控制情况 table of expenses: 三公经费 / 项目支出 / 公用经费 there are no split of the budget)
            # 其中：基本支出 | 1,468.30 under 年度资金总额 (no 按支出性质分 head above): what the money is spent on,
            # a use, not a source
            kind, group = "use", "支出"
        if self.kind_note and not note:
            note, self.kind_note = self.kind_note, None     # (`资金性质：一般公共预算`: _kind_column)
        self.form.budget_items.append({"group": group, "name": name, "amount": amount, "price": None,
                                       "quantity": None, "note": note, "kind": kind, "unit": unit,
                                       "page": at.page, "line": at.line})
        self.line_cells[id(self.form.budget_items[-1])] = at

    def _period_money_header(self, row: Row, cells: list[Cell]) -> bool:
        """`项目资金（万元） | | 实施期资金总额 | 年度资金总额` (the 财政部 template of a project over several years): the
        period's column and the year's, for the rows of money below; True if so. (Only the period's amounts
        were read: the year's budget was lost.)"""
        if row.grid is None or len(cells) < 2:
            return False
        heads = [c for c in cells if ((k := _period_head_key(c.text)) in _PERIOD_HEADS or k in _YEAR_HEADS)
                 and not _TO_DATE_HEAD.match(bare_fold(c.text))]   # (中期（1-6月）: the year so far)
        rest = [c for c in cells if c not in heads]
        if len(heads) == 2 and _period_head_key(heads[0].text) in _YEAR_HEADS \
                and _period_head_key(heads[1].text) in _PERIOD_HEADS:
            # `资金情况 | | 年度资金 | 中期资金`: the year's column left of the period's (a 街道's 2027 form) — the same
            # two columns (the year's amounts were read as the period's total, the period's lost)
            heads = heads[::-1]
        if len(heads) != 2 or _period_head_key(heads[0].text) not in _PERIOD_HEADS \
                or _period_head_key(heads[1].text) not in _YEAR_HEADS or heads[0].col == heads[1].col \
                or len(rest) > 2 or any(c.col > min(heads[0].col, heads[1].col) for c in rest) \
                or not all(_MONEYISH.search(c.text) or label_key(c.text) in _ROW_LABEL_HEADS for c in rest) \
                or (len(rest) == 2 and not any(label_key(c.text) in _ROW_LABEL_HEADS for c in rest)):
            return False
            # (`项目资金 | 资金来源 | 中期资金总额 | 年度资金总额`: the block's label, then the head of the rows' labels)
        # (`中期（2024-2026年） | 年度（2025年）（万元）`: the unit after the year's head too, it was read as 元)
        unit = next((u for c in rest for u in [declared_unit(c.text)] if u), None) or declared_unit(heads[0].text) \
            or declared_unit(heads[1].text) or self.block_unit
        self.period_money = (heads[0].col, heads[1].col, row.grid, unit, heads[0].colspan, heads[1].colspan)
        if self.form.label_year is None and (year := _head_year(heads[1].text) or _money_label_year(heads[1].text)):
            # `中期（2024-2026年） | 年度（2025年）`: the year's side names the year its money is of, the form's where
            # nothing else states one (it was left with none)
            self.form.label_year = year
        if unit:
            self.block_unit = unit           # (rows the block does not read keep its unit)
        return True

    def _period_money_row(self, row: Row, cells: list[Cell]) -> bool:
        """`资金总额 | 3,000.00 | 1,000.00` under the period and year columns: the total is budget_total over the
        period and budget_year for the year; 财政拨款 / 其他资金 their fields (the year's amount); another source
        (中央资金 …) a budget line of kind source (the year's amount, the period's in its note). True if read."""
        pcol, ycol, grid, unit, pspan, yspan = self.period_money  # type: ignore[misc]
        if row.grid is not grid:
            return False
        labels = [c for c in cells if not is_number(c.text) and not is_placeholder(c.text)]
        if len(cells) == 1 and _LONE_PARTS_HEAD.match(cells[0].text) and cells[0].col < pcol:
            # `| 其中： |` alone between `资金总额 | 3000 | 1000` and `财政拨款 | 2800 | 900`: the parts after it are still
            # the period's and the year's (the block ended there, 财政拨款 / 其他资金 read as the period's 2800 / 200)
            return True
        # (under a head merged over two columns, its amount repeated in both: the first)
        nums = {pcol if pcol <= c.col < pcol + pspan else ycol if ycol <= c.col < ycol + yspan else c.col: c
                for c in reversed(cells) if is_number(c.text)}
        shift = _row_shift(nums, labels, pcol, ycol)
        nums = {col - shift: c for col, c in nums.items()}
        if not labels and nums and all(col in (pcol, ycol) for col in nums):
            # `| 1,500.00 | 500.00` right under `项目资金（万元） | 实施期资金总额 | 年度资金总额`: the totals themselves
            self._period_pair("budget_total", nums.get(pcol), nums.get(ycol), unit, "资金总额")
            return True
        if len(labels) == 2 and len(nums) == 2 and [c.col for c in labels] == sorted((pcol, ycol)) \
                and label_key(labels[0].text) == label_key(labels[1].text) \
                and sorted(nums) == sorted((pcol + 1, ycol + 1)):
            # `其中：财政拨款 | 2856000 | 其中：财政拨款 | 612400` under `实施期资金总额： | | 年度资金总额：`: each column's
            # label written again beside its amount (the period's amount was taken for the year's, the year's lost)
            nums = {pcol: nums[pcol + 1], ycol: nums[ycol + 1]}
            labels = labels[:1]
        elif len(labels) != 1 or not nums or any(col not in (pcol, ycol) for col in nums) \
                or labels[0].col - shift >= min(pcol, ycol):
            return False
        label = labels[0]
        unit = declared_unit(label.text) or unit       # (资金总额（万元） | 3,000.00 | 1,000.00)
        period, year = nums.get(pcol), nums.get(ycol)
        key = label_key(label.text)
        m = match_field(label.text)
        field = m[0] if m is not None and m[1] is None and m[0] in L.MONEY_FIELDS else None
        if field in ("budget_total", "budget_year") or key in ("合计", "总计", "资金总额", "总额"):
            self._period_pair("budget_total", period, year, unit, label.text)
            return True
        if field in ("budget_fiscal", "budget_other"):
            self._period_pair(field, period, year, unit, label.text)
            return True
        if not _is_source(label.text):
            return False
        if _is_fiscal_kind(label.text):
            self._fiscal_line(label, (year or period).text, unit)
        self._period_pair(None, period, year, unit, label.text, at=label)
        return True

    def _period_pair(self, field: str | None, period: Cell | None, year: Cell | None, unit: str | None,
                     label: str, at: Cell | None = None) -> None:
        """One money row's amounts for the project's period and for the year (实施期 / 年度, as columns or as
        rows): the total is budget_total over the period and budget_year for the year; another field
        (财政拨款 / 其他资金) the year's amount, the period's when the year gives none; a source (`field` None) a
        budget line of the year's amount, the period's in its note, located at `at`."""
        if field == "budget_total":
            if period is not None and "budget_total" not in self.form.fields:
                self._set("budget_total", period.text, period, unit, label)
            if year is not None and "budget_year" not in self.form.fields:
                self._set("budget_year", year.text, year, unit, label)
            return
        got = year or period
        if got is None:
            return
        if field is not None:
            if field not in self.form.fields:
                self._set(field, got.text, got, unit, label)
            return
        self._line(clean(label), got.text, "source", unit, at or got,
                   note=f"实施期：{period.text.strip()}" if period is not None and year is not None else None)

    def _income_and_spending(self, row: Row, cells: list[Cell]) -> bool:
        """`年度预算（万元） | 收入 | 支出` (a 部门整体 form's money block: income by source on the left, spending by
        use on the right, pairs of label and amount below): remember where the spending side starts; True if so.
        The spending lines were read as money sources (基本支出 beside 一般公共预算拨款) and its 合计 counted again."""
        if row.grid is None or len(cells) < 2:
            return False
        # (`按收入性质分:952.22`: the head with its sum, outside a matrix; or under a matrix's rows, its label column
        # left empty: `| 按收入性质分:2030.12 | | | 按支出性质分:1925.67` under `| 年度资金总额 | 861.10 | 2030.12 …`)
        below = self.matrix is not None and cells[0].col > self.matrix_left and row.grid is not None

        def head_key(c: Cell) -> str:
            t = c.text
            m = _LABEL_AMOUNT.match(t.strip()) if (self.matrix is None or below) and (":" in t or "：" in t) else None
            return label_key(m.group(1) if m else t)
        heads = [c for c in cells if head_key(c) in _SIDE_HEADS]
        if len(heads) != 2 or head_key(heads[0]) not in _INCOME_HEADS \
                or head_key(heads[1]) not in _SPENDING_SIDE or heads[0].col >= heads[1].col:
            return False
        rest = [c for c in cells if c not in heads]
        if len(rest) > 1 or (rest and (rest[0].col > heads[0].col or not _MONEYISH.search(rest[0].text))):
            return False
        unit = declared_unit(rest[0].text) if rest else None

        if unit is None and below:
            unit = self.matrix[1]                    # (the matrix's unit, 年度预算申请（万元）: the block's)
        self.spending = (heads[1].col, row.grid, unit or self.block_unit)
        if rest:
            self.money_section = (clean(rest[0].text) or "", unit)
        elif below:
            self.money_section = ("", unit)
        if below:
            self.matrix = None
        for h in heads:
            m = _LABEL_AMOUNT.match(h.text.strip())
            if m is not None:
                # a side's sum (`按支出性质分:1925.67`): the budget again, or, when it differs from it, kept as written
                self.side_sums.append((clean(m.group(1)) or "", m.group(2), unit or self.block_unit, h))
        if unit:
            self.block_unit = unit
        return True

    def _spending_side(self, row: Row, cells: list[Cell]) -> list[Cell]:
        """The row's cells left of the spending side, read as always; the spending side's `label | amount` pairs
        are budget lines of kind `use` in the group 支出 (its 合计 is the income's again: not kept)."""
        col, grid, unit = self.spending  # type: ignore[misc]
        unit = unit or (self.matrix[1] if self.matrix is not None else None) or self.block_unit
        right = [c for c in cells if c.col >= col]
        if row.grid is grid and right and all(label_key(c.text) in _SIDE_COLUMN_HEADS for c in right):
            return [c for c in cells if c.col < col]    # 资金来源 | 金额 | 资金用途 | 金额: the sides' column heads
        said = [(c, m) for c in cells for m in [_LABEL_AMOUNT.match(c.text.strip())] if m]
        blank = sum(1 for c in cells if _BLANK_AMOUNT.match(c.text.strip()))    # `政府性基金拨款:`, its amount not given
        if row.grid is grid and said and len(said) + blank == len(cells):
            # `其中：一般公共预算：3,400.00 | 其中：基本支出：1,250.00`: label and amount in one cell, each side
            for c, m in said:
                name, amount = m.group(1).strip(), m.group(2)
                key = label_key(name)
                named = match_field(name)
                total = named is not None and named[0] in ("budget_total", "budget_year")
                if key in _SUM_KEYS or key in _INCOME_SUMS or key in _SPENDING_SUMS or key in TABLE_END_KEYS or total:
                    if (key in _INCOME_SUMS or total) and c.col < col and "budget_total" not in self.form.fields:
                        self._set("budget_total", amount, c, unit, name)     # 收入合计：3,650.00: the budget
                    continue
                if c.col >= col:
                    self._line(name, amount, "use", unit, c, group="支出")
                    continue
                if label_key(name) in _OTHER_KEYS or (named is not None and named[0] == "budget_other"):
                    if "budget_other" not in self.form.fields:
                        self._set("budget_other", amount, c, unit, name)
                    continue
                if _is_fiscal_kind(name):
                    self._fiscal_line(replace(c, text=name), amount, unit)
                self._line(name, amount, "source", unit, c)
            return []
        # (no `label | amount` pair on the spending side, `2860 | 2760`, or another grid or a field's label on the
        # left: the block has ended)
        if row.grid is not grid or not any(not is_number(a.text) and is_number(b.text) for a, b in zip(right, right[1:])) \
                or (cells[0].col < col and match_field(cells[0].text) and match_field(cells[0].text)[0] not in L.MONEY_FIELDS):
            self.spending = None
            return cells
        k = 0
        while k < len(right):
            c = right[k]
            nxt = right[k + 1] if k + 1 < len(right) else None
            if nxt is not None and not is_number(c.text) and is_number(nxt.text):
                if label_key(c.text) not in TABLE_END_KEYS and label_key(c.text) not in _SPENDING_SUMS \
                        and label_key(c.text) not in _SUM_KEYS and label_key(c.text) != "小计":
                    self._line(clean(c.text), nxt.text, "use", unit, c, group="支出")
                k += 2
                continue
            k += 1
        return [c for c in cells if c.col < col]

    def _rate_points(self, row: Row, cells: list[Cell]) -> list[Cell]:
        """`项目资金（万元） | 年初预算数：400.00 | … | 执行率：88.67% | 分值：10 | 得分：8.87` (the money matrix written
        label：value in one row): the points and score are the 预算执行率 row of the scores (they were lost, and
        the weights came to 90); the row's other cells are read as always."""
        if row.grid is None or len(cells) < 3:
            return cells
        for c in cells:                  # (a plain loop: asked of every row)
            if "执行率" in c.text and _RATE_CELL.match(c.text.strip()):
                break
        else:
            return cells
        pts = {k: (c, m.group(1)) for c in cells for k, rx in (("weight", _POINTS_CELL), ("score", _SCORE_CELL))
               for m in [rx.match(c.text.strip())] if m}
        if "weight" not in pts or any(s.get("level3") == "预算执行率" for s in self.form.scores):
            return cells
        anchor = pts["weight"][0]
        self.form.scores.append({"level1": None, "level2": None, "level3": "预算执行率", "weight": pts["weight"][1],
                                 "score": pts["score"][1] if "score" in pts else None, "is_subtotal": False,
                                 "page": anchor.page, "line": anchor.line})
        gone = {id(c) for c, _ in pts.values()}
        return [c for c in cells if id(c) not in gone]

    def _money_by_quarter(self, i: int, row: Row, cells: list[Cell]) -> bool:
        """`分季度用款计划 | 一季度 | 二季度 | 三季度 | 四季度` over `| 100 | 120 | 80 | 100` (the year's money by quarter or
        month, `1月 | 2月 | …`, a 合计 after them or not): kept in other_fields under the label, each head with its
        amount and the unit (`一季度：100万元；二季度：120万元；…`; the two rows were unparsed, hunt mn8). True if read."""
        if len(cells) < 3 or row.grid is None or i + 1 >= len(self.rows) \
                or not (_MONEYISH.search(cells[0].text) or _SPENDING_PLAN.search(cells[0].text)):
            return False
        heads = {c.col: c for c in cells[1:]}
        if not all(_QUARTER_HEAD.match(_WS.sub("", c.text)) for c in heads.values()) \
                or sum(1 for c in heads.values() if label_key(c.text) not in _SUM_KEYS) < 2:
            return False
        below = self.rows[i + 1]
        got = [c for c in below.cells if c.text.strip()]
        # (a plan of progress in percent, `预算执行进度（%）` over `25 | 50 | …` or `支出进度计划` over `25% | 50% | …`: each
        # quarter's share, no money — they were `一季度：25万元`, or two unparsed rows, review rv3)
        share = bool(_SHARE_PLAN.search(fold(cells[0].text))) or all(_PERCENT.match(fold(c.text)) for c in got)
        if below.grid is not row.grid or len(got) < 2 \
                or any(c.col not in heads or not (is_number(c.text) or share and _PERCENT.match(fold(c.text)))
                       for c in got):
            return False
        # (a 进度 plan's bare figures may be shares: the form's unit only under a plain money label, review mend)
        unit = "%" if share else declared_unit(cells[0].text) or (
            "" if "进度" in cells[0].text else self.block_unit or self.form.form_unit or "")
        name = _NAME_UNIT.sub("", clean(cells[0].text) or "") or clean(cells[0].text) or ""
        name = _PERCENT_HEAD.sub("", name).strip() or name
        self.form.other.append((name, "；".join(f"{_WS.sub('', heads[c.col].text)}：{clean(c.text).rstrip('%％')}{unit}"
                                               for c in got), cells[0]))
        self.consumed.update(id(c) for c in below.cells)
        return True

    def _money_by_period_rows(self, i: int, row: Row, cells: list[Cell]) -> bool:
        """`项目资金（万元） | 期间 | 资金总额 | 财政拨款 | 其他资金` over a row for 实施期 and one for 年度 (the periods as
        rows, the money as columns): the period's 资金总额 is budget_total, the year's budget_year; 财政拨款 /
        其他资金 are the year's fields and other sources budget lines of the year (the period's amount in the
        note), as with the periods as columns. True if read (the year's row was lost)."""
        if row.grid is None or len(cells) < 3:
            return False
        k0 = 1 if _MONEYISH.search(cells[0].text) and label_key(cells[1].text) in _PERIOD_ROW_HEADS else 0
        pcol: int | None = cells[k0].col
        if label_key(cells[k0].text) not in _PERIOD_ROW_HEADS:
            # no 期间 head (`项目资金（万元） | 资金总额 | 财政拨款 | 其他资金` over `实施期 | 15000 | …`): the periods' labels
            # stand left of the money heads, under the block label or beside it
            if not _MONEYISH.search(cells[0].text) or declared_unit(cells[0].text) is None and len(cells) < 4:
                return False
            k0, pcol = 0, None
        kinds = self._money_heads({c.col: c for c in cells[k0 + 1:]})
        if kinds is None or len(kinds) < 2 or not any(k == "budget_total" for k in kinds.values()):
            return False
        the_year = self.form.stated_year
        found: dict[str, Row] = {}
        used: list[Row] = []
        for r in self.rows[i + 1:i + 6]:
            if r.grid is not row.grid:
                break
            left = [c for c in r.cells if c.col < min(kinds) and not is_number(c.text)]
            lab = next((c for c in left if pcol is None or c.col == pcol), None)
            key = label_key(lab.text) if lab is not None else ""
            year = _YEAR_ROW.match(key)
            which = "period" if key in _PERIOD_HEADS or key in _SUM_KEYS else "year" if key in _YEAR_HEADS or (
                year and the_year is not None and int(key[:4]) == the_year) else "other" if year else None
            if which is None or which in found or not any(c.col in kinds and is_number(c.text) for c in r.cells):
                break
            if which != "other":
                found[which] = r
            used.append(r)                      # (2023年 | 300 | … beside the form's 2024年: no field's)
        if not found or (pcol is None and "period" not in found):
            return False
        unit = (declared_unit(cells[0].text) if _MONEYISH.search(cells[0].text) else None) or self.block_unit
        amounts = {w: {c.col: c for c in r.cells if c.col in kinds and is_number(c.text)} for w, r in found.items()}
        period, year = amounts.get("period", {}), amounts.get("year", {})
        for col, kind in kinds.items():
            if kind not in ("spend", "whole"):
                head = next(c for c in cells if c.col == col)
                self._period_pair(kind, period.get(col), year.get(col), unit, head.text)
        for r in used:
            self.consumed.update(id(c) for c in r.cells)
        return True

    def _values_cut_below(self, i: int, row: Row, cells: list[Cell]) -> list[Cell]:
        """`年度资金总额 | | 其中：财政拨款 |` over `（万元） | 120.00 | | 120.00`: money labels side by side, each with an
        empty cell right of it, and the row below holding their figures in those cells (the first label's unit cut
        onto it, alone in the label's column, or none): label and value cells merged over the two rows, each text
        printed on one of them — the row read as `年度资金总额（万元） | 120.00 | 其中：财政拨款 | 120.00`, the row below
        consumed (it was a money line named `（万元）`, no budget_year: review rv57). Figures under a label (`资金总额 |
        其中：财政拨款` over `120 | 120`) are another layout, left to the readers of values below."""
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if nxt is None or not cells or row.grid is None or nxt.grid is not row.grid or nxt.is_text_line \
                or not all((m := match_field(c.text)) is not None and m[0] in L.MONEY_FIELDS for c in cells):
            return cells
        below = [c for c in nxt.cells if id(c) not in self.consumed]
        unit = below[0] if below and below[0].col == cells[0].col and _bare_unit(below[0].text) else None
        figures = below[1:] if unit is not None else below
        taken = {c.col for c in cells}
        beside = {c.col + c.colspan: c for c in cells}           # (each label's next column)
        if not figures or len(figures) > len(cells) or any(not is_number(f.text) or f.col not in beside
                                                           or f.col in taken for f in figures):
            return cells
        said = declared_unit(unit.text) if unit is not None else None
        merged = [replace(c, text=c.text.rstrip() + unit.text.strip()) if said and declared_unit(c.text) is None else c
                  for c in cells]
        self.consumed.update(id(c) for c in below)
        return sorted(merged + figures, key=lambda c: c.col)

    def _unit_cut_below(self, i: int, row: Row, cells: list[Cell]) -> list[Cell]:
        """`资金总额 | 960 | 其中：中央资金 | 720` over `（万元） | | 地方配套 | 240`: a money label's unit a line break cut
        onto the row below, alone in the label's column — the money read on the label's row, in no unit yet, and the
        block's rows from here are in it (they were 960 元 and 720 元, the piece a line's name or lost); the row's
        cells without the piece."""
        if not cells or i == 0:
            return cells
        above = self.rows[i - 1]
        lab = above.cells[0] if above.cells else None
        if lab is None or above.grid is not row.grid or above.is_text_line or lab.col != cells[0].col \
                or not _bare_unit(cells[0].text):
            return cells           # (the attributes tested below first, then the piece's fold: asked of every row)
        m = match_field(lab.text) if lab is not None else None
        money = m[0] in L.MONEY_FIELDS if m is not None \
            else lab is not None and label_key(lab.text) in MONEY_SECTION_KEYS
        if not money or declared_unit(lab.text) is not None or not any(is_number(c.text) for c in above.cells):
            return cells           # (`项目资金` over `（万元）`, the block's label so cut: the same; not under a
            #                        matrix's heads, `项目资金 | 年初预算数 | …` over `（万元） | 年度资金总额 | 29 | …`:
            #                        the matrix reads the piece as its unit)
        unit = declared_unit(cells[0].text)
        held = {id(c) for c in above.cells}
        for col, v in list(self.form.fields.items()):
            if col in L.MONEY_FIELDS and v.unit is None and id(v.cell) in held:
                self.form.fields[col] = replace(v, unit=unit)
        for b in self.form.budget_items:
            if b.get("unit") is None and id(self.line_cells.get(id(b))) in held:
                b["unit"] = unit
        if self.money_group is not None and self.money_group[2] is None:
            self.money_group = (*self.money_group[:2], unit, self.money_group[3])
        if self.money_section is not None and self.money_section[1] is None:
            self.money_section = (self.money_section[0], unit)
        self.block_unit = unit
        return cells[1:]

    def _unit_above(self, i: int, row: Row, label: Cell, unit: str) -> None:
        """`| 项目总预算 | 860.00` over `项目资金（万元） | 其中：财政资金 | 800.00`: the block's label, merged over its rows,
        printed on a middle one (a PDF's text centres it): the block's money read on the row just above it (its total
        or a part, not 上年预算数), its label column empty, in no unit of its own, is in the block's unit (860 元 was
        read beside 8,000,000 元)."""
        r = self.rows[i - 1] if i > 0 else None
        if r is None or r.grid is not row.grid or r.is_text_line or not any(is_number(c.text) for c in row.cells) \
                or any(c.col <= label.col and c.text.strip() for c in r.cells):
            return              # (the label's own row holds amounts: it is inside its block, not its head)
        cells = {id(c) for c in r.cells}
        for col, v in list(self.form.fields.items()):
            if col in _BLOCK_MONEY and v.unit is None and id(v.cell) in cells:
                self.form.fields[col] = replace(v, unit=unit)

    def _money_by_place(self, i: int, row: Row, cells: list[Cell]) -> bool:
        """`资金情况（万元） | 区域 | 中央财政资金 | 地方资金 | 其他资金 | 合计` over a row per place (`| 甲市 | 12000 | 4000 |
        500 | 16500`) and a `合计` row (the 2015 专项转移支付区域绩效目标申报表): each place a line of the money's
        composition, its amount the 合计 column (else its sources' sum), its sources in the note; the 合计 row gives
        budget_total, the fiscal columns' sum budget_fiscal and the 其他资金 column budget_other. (Each place's line was
        its first source's figure, and the 合计 row's first figure budget_total.) True if read."""
        if row.grid is None or len(cells) < 4:
            return False
        label = cells[0] if _MONEYISH.search(cells[0].text) and label_key(cells[0].text) not in _PLACE_HEADS else None
        name_head = cells[1] if label is not None else cells[0]
        if label_key(name_head.text) not in _PLACE_HEADS:
            return False
        heads = {c.col: c for c in cells[cells.index(name_head) + 1:]}
        above = self.rows[i - 1] if i > 0 else None
        for c in above.cells if above is not None and above.grid is row.grid else ():
            if c.col > name_head.col and c.col not in heads and c.row + c.rowspan > name_head.row:
                heads[c.col] = c             # (a head merged down from the row above: `备注` over two head rows)
        heads = dict(sorted(heads.items()))
        # (`县（市、区） | 2024年 | 2025年 | 合计 | 备注`: the years are parts of each place's money as sources are, a
        # 备注 column its note; the places were read as source lines of their first year's figure)
        remarks = {col for col, c in heads.items() if label_key(c.text) in _PLACE_REMARK_HEADS}
        years = {col for col, c in heads.items() if _YEAR_HEAD.match(label_key(c.text))}
        kinds = self._money_heads({col: c for col, c in heads.items() if col not in remarks | years})
        if kinds is not None:
            kinds.update({col: None for col in years})
        if kinds is None or any(k not in (None, "budget_total", "budget_other", "budget_fiscal")
                                for k in kinds.values()) \
                or sum(1 for k in kinds.values() if k != "budget_total") < 2:
            return False
        body: list[tuple[Row, Cell, dict[int, Cell]]] = []
        for r in self.rows[i + 1:]:
            name = next((c for c in r.cells if c.col == name_head.col), None)
            nums = {c.col: c for c in r.cells if c.col in heads and c.col not in remarks and is_number(c.text)}
            if r.grid is not row.grid or name is None or is_number(name.text) or not nums \
                    or any(c is not name and c.col not in heads and not is_placeholder(c.text) for c in r.cells):
                break
            body.append((r, name, nums))
        if len(body) < 2:
            return False
        caption = above.cells[0].text if label is None and above is not None and above.is_text_line \
            and len(above.cells) == 1 else None
        counted = (_COUNT_UNIT.search(caption) or _RATE_UNIT.search(caption) or (
            None if _CAPTION_MONEY.search(caption) or not re.search(r"[\u4e00-\u9fff]{2}", caption)
            or _CAPTION_NOT_NAMING.search(caption) else
            re.match("", caption))) if caption is not None and declared_unit(caption) is None else None
        if counted is not None:
            # `改造任务分配表（户）` over `县（市、区） | 2024年 | 2025年 | 合计`: things counted by place and year, no money
            # (each place was a line of 200万元): each place's figures kept in other_fields under their heads; so are
            # rates (`普及率目标（%）`) and a table whose caption names no money (`救助对象分布`)
            what = counted.group(0).strip("（()） ")
            for r, name, nums in body:
                self._keep_pair(clean(name.text) or name.text, "；".join(
                    f"{clean(heads[col].text)}：{c.text.strip()}{what}" for col, c in sorted(nums.items())), name)
                self.consumed.update(id(c) for c in r.cells)
            self.consumed.update(id(c) for c in row.cells)
            return True
        unit = (declared_unit(label.text) if label is not None else None) or self.block_unit
        group = clean(_NAME_UNIT.sub("", label.text)) if label is not None else None
        shown = {col: clean(h.text) for col, h in heads.items()}
        tops = sorted((c for c in above.cells if c.col >= min(heads) and c.row + c.rowspan <= name_head.row),
                      key=lambda c: c.col) \
            if above is not None and above.grid is row.grid else []
        if tops and tops[0].col == min(heads) and len(tops) < len(heads) \
                and all(_YEAR_HEAD.match(label_key(t.text)) for t in tops) and not remarks & set(h.col for h in tops):
            # `资金分配（万元） | 2024年 | | 2025年 |` over `乡镇 | 中央 | 地方 | 中央 | 地方`: each year merged over its
            # sources, its name theirs in the note (`2024年中央：100万元`; the note said `中央` twice)
            shown = {col: clean(next(t for t in reversed(tops) if t.col <= col).text) + shown[col]
                     if col not in remarks else shown[col] for col in heads}
            lead = next((c for c in above.cells if c.col < min(heads) and _MONEYISH.search(c.text)), None)
            if label is None and lead is not None:
                group = clean(_NAME_UNIT.sub("", lead.text))
                unit = declared_unit(lead.text) or unit
        if label is None and above is not None and above.is_text_line and len(above.cells) == 1 \
                and _ALLOCATION_CAPTION.search(label_key(_NAME_UNIT.sub("", above.cells[0].text))):
            # `资金分配表（万元）` on a line of its own over the table: the places' group, its unit theirs
            group = clean(_NAME_UNIT.sub("", above.cells[0].text))
            unit = declared_unit(above.cells[0].text) or unit
        total_col = next((col for col, k in kinds.items() if k == "budget_total"), None)
        whole: str | None = None             # the last place not written as a part (`其中：甲县` is a part of it)
        for r, name, nums in body:
            amount = nums[total_col].text if total_col in nums else \
                f"{sum(parse_number(c.text) or 0.0 for c in nums.values()):.2f}"
            if is_total_label(label_key(name.text)):
                if "budget_total" not in self.form.fields and "budget_year" not in self.form.fields:
                    self._set("budget_total", amount, nums.get(total_col, name), unit, name.text)
                for col, c in nums.items():
                    if kinds[col] == "budget_other" and "budget_other" not in self.form.fields:
                        self._set("budget_other", c.text, c, unit, heads[col].text)
                fiscal = [c for col, c in nums.items() if kinds[col] in (None, "budget_fiscal")]
                if fiscal and all(L.LEVEL_FISCAL.match(label_key(heads[col].text)) or _is_fiscal_kind(heads[col].text)
                                  or kinds[col] == "budget_fiscal"
                                  for col in nums if kinds[col] in (None, "budget_fiscal")) \
                        and "budget_fiscal" not in self.form.fields:
                    self.form.fields["budget_fiscal"] = RawValue(fiscal[0].text, fiscal[0], unit,
                                                                 parts=[c.text for c in fiscal])
            else:
                note = "；".join([f"{shown[col]}：{c.text.strip()}{unit or ''}"
                                 for col, c in sorted(nums.items()) if col != total_col]
                                + [f"{clean(heads[c.col].text)}：{clean(c.text)}" for c in r.cells
                                   if c.col in remarks and not is_placeholder(c.text)])
                part = _SUB_LINE.match(name.text) is not None and whole is not None
                # (`甲市 | 12000 | 4000 | 16000` over `其中：甲县 | 5000 | 2000 | 7000`: 甲县 a part of 甲市, its line
                # grouped under it — no line of the whole's sum; it was summed with the places, a false mismatch)
                self._line(clean(name.text), amount, "composition", unit, name, group=whole if part else group,
                           note=note)
                if not part:
                    whole = clean(name.text)
            self.consumed.update(id(c) for c in r.cells)
        return True

    def _places_under_label(self, at: int, cells: list[Cell]) -> tuple[str, list[Cell]] | None:
        """`资金情况 | 区域 | 昌吉市 | 阜康市 | 合计` over `（万元） | 金额 | 1,200 | 800 | 2,000` (a 区域绩效目标表's places
        beside the money's block label, its unit in it or cut onto the amounts' row): the unit of the label (`""` when
        it states none) and its cells, so that the 区域 head and the 金额 row label below it are read as a region's
        (both rows were lost, `金额 | 1,200` a source line); None when the row is no such head."""
        if len(cells) < 4 or label_key(cells[1].text) not in _PLACE_WORDS or not _MONEYISH.search(cells[0].text) \
                or match_field(cells[0].text) is not None and match_field(cells[0].text)[0] not in L.MONEY_FIELDS:
            return None
        below = self.rows[at].cells
        if not any(c.col == cells[1].col and label_key(c.text) in _AMOUNT_ROW_LABELS for c in below):
            return None
        cut = [c for c in below if c.col == cells[0].col and _bare_unit(c.text)]
        return declared_unit(cells[0].text) or (declared_unit(cut[0].text) if cut else None) or "", [cells[0], *cut]

    def _money_by_source(self, i: int, row: Row, cells: list[Cell], outer_unit: str | None = None) -> bool:
        """项目资金（万元） | 资金总额 | 中央资金 | 省级资金 | 市县资金 over a row of amounts (or the heads alone,
        without the block label): a head naming a money field (资金总额, 财政拨款, 其他资金) sets it, any
        other (中央资金, 自筹资金, 债券资金) is a budget line of kind `source`. True if read. outer_unit: the unit of
        a block label left of `cells` (`_places_under_label`), whose cells on the amounts' row are its own."""
        if len(cells) < 3 or row.grid is None or i + 1 >= len(self.rows):
            return False
        at = i + 1                                  # (the row of amounts)
        if outer_unit is None and (inner := self._places_under_label(at, cells)) is not None \
                and self._money_by_source(i, row, cells[1:], inner[0]):
            self.consumed.update(id(c) for c in inner[1])
            return True
        tails = self._head_tails(row, self.rows[i + 1], self.rows[i + 2] if i + 2 < len(self.rows) else None)
        if tails is not None:
            # `资金来源 | 资金总额 | 上级 | 本级` over `（万元） | | 补助 | 安排` over `| 800 | 500 | 300`: heads a line break
            # cut, each piece right under its cell — the heads joined, the amounts a row further down (the three rows
            # were unparsed, the money lost)
            cells = [replace(c, text=c.text.rstrip() + tails[c.col]) if c.col in tails else c for c in cells]
            at = i + 2
        first = match_field(cells[0].text)
        key0 = label_key(cells[0].text)
        block = _MONEYISH.search(cells[0].text) and not (first is not None and first[0] not in L.MONEY_FIELDS) \
            and not is_number(cells[0].text) and (declared_unit(cells[0].text) is not None or key0 in _SOURCES_HEAD
                                                  or not (_is_source(cells[0].text) or key0 in _USE_NAMES))
        # (财政资金（万元） | 中央资金 | 省级资金: a head with a unit is the block's label)
        region = key0 in _PLACE_WORDS and any(
            c.col == cells[0].col and label_key(c.text) in _AMOUNT_ROW_LABELS for c in self.rows[at].cells)
        # (`区域 | 长沙市 | 株洲市 | 合计` over `资金（万元） | 1,200 | 800 | 2,000`, a 区域绩效目标表's places and their
        # money: shared out as a 资金分配 block's, below — both rows were unparsed, the money lost, hunt fam2)
        block = block or region
        heads = {c.col: c for c in (cells[1:] if block else cells)}
        head_unit = None
        if len(heads) >= 3 and (head_unit := _unit_alone(heads[max(heads)].text)) is not None \
                and not any(c.col == max(heads) and not is_placeholder(c.text) for c in self.rows[at].cells):
            # `资金来源 | 合计 | 财政拨款 | 自筹资金 | 万元` over `| 100 | 80 | 20`: a unit alone closing the heads, nothing
            # under it, is the amounts' (they were read in 元)
            del heads[max(heads)]
        else:
            head_unit = None
        kinds = self._money_heads(heads)
        shared = block and ("分配" in key0 or region) and "%" not in fold(cells[0].text) \
            and "比例" not in cells[0].text and all(
                len(label_key(c.text)) <= 10 and _PLACE_HEAD.search(label_key(c.text)) and match_field(c.text) is None
                for c in heads.values())
        if shared:
            # 资金分配（万元） | 全市 | 越城区 | 柯桥区 … over a row of amounts: the fund shared out among places, a
            # line each (the row was lost); the place whose amount is the others' sum is the whole (set below).
            # Where the money goes, not where it comes from: lines of the breakdown (kind composition) under the
            # block's label, not sources (`资金分配 | 合计 | 县本级 | 乡镇`: 县本级 was a source line, ungrouped)
            kinds = {col: None for col in heads}
        year_block = first is not None and first[1] is None and first[0] == "budget_year"
        # (only a label naming the year's total, `年度资金总额`, takes a total's own head for the year's: under
        # `年度预算申请（万元） | 资金总额 | 财政拨款 | …` of a 部门整体 form 资金总额 stays budget_total)
        year_total = year_block and "总额" in key0
        # (a label naming the year's money over heads: its bare total head, `合计` or a total's own label `资金总额` /
        # `总额` / `总金额` / `预算总额`, is the year's budget — `年度资金总额（万元） | 资金总额 | 财政拨款 | 其他资金` over
        # `| 360 | 300 | 60` gave budget_total 360 and no budget_year, an Excel page's form, hunt of13)
        summed = bool(block) and kinds is not None and any(_sum_head(label_key(h.text), year_total)
                                                            for h in heads.values())
        if kinds is None or len(kinds) < 2 or all(k not in (None, "spend") for k in kinds.values()) and not summed:
            # (资金总额 | 财政拨款 over their values: the labels' own reading; not `项目资金 | 合计 | 其中：财政资金 |
            # 其他资金`, whose 合计 no label names)
            return False
        below = self.rows[at]
        extra_rows = self._labelled_money_rows(i, row, heads, kinds) if not shared and tails is None else None
        if extra_rows is not None:
            below, extra_rows = extra_rows
        if year_block and extra_rows is None \
                and not any(c.col == cells[0].col and is_number(c.text) for c in below.cells):
            # `年度政府支出责任（万元） | 合计 | 股权投资支出 | 运营补贴支出 …` (a label naming the year's money over no
            # figure of its own, the heads' block label): its 合计 is the year's budget (it was budget_total)
            kinds = {col: ("budget_year" if k == "budget_total" and _sum_head(label_key(heads[col].text), year_total)
                           else k) for col, k in kinds.items()}
        nums = {c.col: c for c in below.cells if c.col in heads and is_number(c.text)}
        if below.grid is not row.grid or len(nums) < 2 and not (summed and nums) \
                or summed and any("%" in fold(c.text) for c in nums.values()):
            return False
        if shared:
            if any(c.col not in heads for c in below.cells if not is_placeholder(c.text) and not (
                    c.col == cells[0].col and label_key(c.text) in _AMOUNT_ROW_LABELS)
                    and not (outer_unit is not None and c.col < cells[0].col)) \
                    or any("%" in c.text or "％" in c.text for c in nums.values()):
                return False                 # (shares in percent are no money)
            amounts = {col: parse_amount(c.text) for col, c in nums.items()}
            for col, a in amounts.items():
                rest_sum = sum(x for k, x in amounts.items() if k != col and x is not None)
                if a is not None and len(amounts) >= 3 and abs(a - rest_sum) <= 0.005:
                    kinds[col] = "budget_total"          # 全市 4,800.00 = the six places' sum
                    if "budget_total" in self.form.fields or "budget_year" in self.form.fields:
                        kinds[col] = "whole"             # (the budget stated above: the allocation's whole is it,
                        #                                  no total of the project's own, `合计 | 1000` under the
                        #                                  year's 1000 was read as budget_total)
                    break
        rest = [c for c in below.cells if c.col not in heads and not is_placeholder(c.text)
                and not (outer_unit is not None and c.col < cells[0].col)]
        row_unit = None
        if block and rest and rest[0].col == cells[0].col and (label_key(rest[0].text) in _AMOUNT_ROW_LABELS
                                                                or _bare_unit(rest[0].text)):
            # `资金来源 | 合计 | 中央资金 | …` over `金额（万元） | 500 | 300 | …`: the amounts' row label, their unit (the
            # two rows were unparsed, the money lost); the block label's unit cut onto the amounts' row, `资金来源 | 资金
            # 总额 | 上级补助 | 本级安排` over `（万元） | 800 | 500 | 300`, the same (the unit was a source line's name)
            row_unit, rest = declared_unit(rest[0].text), rest[1:]
        elif rest and rest[0].col < min(heads) and not is_number(rest[0].text) \
                and (rf := match_field(rest[0].text)) is not None and rf[1] is None \
                and rf[0] in ("budget_total", "budget_year") and "budget_total" in kinds.values():
            # `| 中央财政资金 | 地方资金 | 其他资金 | 合计` over `年度资金总额 | 86000 | 21500 | 2000 | 109500` (a 区域绩效目标
            # 申报表): the row's label names the money its sources add up to, the 合计 that field (the row was lost)
            row_unit, rest = declared_unit(rest[0].text), rest[1:]
            kinds = {col: (rf[0] if k == "budget_total" else k) for col, k in kinds.items()}
        upper: dict[int, tuple[Cell, str]] = {}
        if rest:
            # `年度预算申请（万元） | 资金总额 | 按收入性质分 …` over these heads: the amount under 资金总额 is its
            above = self.rows[i - 1] if i > 0 else None
            for c in rest:
                head = next((h for h in above.cells if h.col == c.col), None) \
                    if above is not None and above.grid is row.grid else None
                m = match_field(head.text) if head is not None else None
                if head is None or not is_number(c.text) or m is None or m[1] is not None or m[0] not in L.MONEY_FIELDS:
                    return False
                upper[c.col] = (head, m[0])
        unit = (declared_unit(cells[0].text) if block else None) or row_unit or head_unit or outer_unit or None
        if not unit:
            # `资金来源 | 合计（万元） | 中央衔接资金 | …`: the unit written in a head (the first that has one) is the
            # row's (the amounts were read in 元)
            unit = next((u for u in (declared_unit(h.text) for h in heads.values()) if u), None)
        unit = unit or self.block_unit
        if not unit and upper and self.rows[i - 1].cells:
            unit = declared_unit(self.rows[i - 1].cells[0].text) or unit   # (the heads' block label, 2 rows up)
        if unit:
            self.last_matrix_unit = unit         # (a task table below in no unit of its own is in this one)
            if row.grid is not None and any(k in ("budget_total", "budget_year") for k in kinds.values()):
                # (`年度预算申请（万元） | 资金总额 | 基本支出 | 项目支出` over its amounts, then `| 其中：财政拨款 | 3,286.40`
                # under the block label merged down: the part is in the total's unit, as under a total's own label —
                # it was 3,286.40 元, hunt nw1)
                self.total_unit = (row.grid, unit)
        for col, (head, name) in upper.items():
            c = next(x for x in rest if x.col == col)
            if name not in self.form.fields:
                self._set(name, c.text, c, unit, head.text)
        for col, c in nums.items():
            head = heads[col]
            if kinds[col] == "whole":
                continue
            if kinds[col] not in (None, "spend"):
                if kinds[col] not in self.form.fields or year_block and kinds[col] in ("budget_fiscal", "budget_other") \
                        and self._period_part(kinds[col], self.form.fields[kinds[col]], c):
                    # (a year's block under a period's, each `<label> | 资金总额 | 财政拨款 | 其他资金`: the year's split, the
                    # period's kept — it was the period's, the year's lost, review rv136's xfail)
                    self._set(kinds[col], c.text, c, unit, head.text)
                continue
            if shared:
                self._line(clean(head.text), c.text, "composition", unit, c, group=clean(label_key(cells[0].text)))
                continue
            if kinds[col] is None and _is_fiscal_kind(head.text):
                self._fiscal_line(head, c.text, unit)
            spend = kinds[col] == "spend"
            self._line(clean(head.text), c.text, "use" if spend else "source", unit, c, group="支出" if spend else None)
        self.consumed.update(id(c) for c in below.cells)
        if tails is not None:
            self.consumed.update(id(c) for c in self.rows[i + 1].cells)
        total_col = next((col for col, k in kinds.items() if k in ("budget_total", "budget_year")), None)
        if shared and total_col is None:
            total_col = next((col for col, k in kinds.items() if k == "whole"), None)
        if shared and total_col is not None:
            # `区域 | 长沙市 | 株洲市 | 合计` over `预算数 | 1200 | 800 | 2000` then `执行数 | 1000 | 700 | 1700`: the rows
            # below the amounts, each a label and a figure per place, take their whole's figure as the extra rows of
            # sources' heads do (the 执行数 row was read as a label's, 长沙市's 1000 the form's spent, the rest lost
            # without a word, review rvb)
            at = next((k for k, r in enumerate(self.rows) if r is below), len(self.rows))
            extra_rows = []
            for r in self.rows[at + 1:]:
                if r.grid is not row.grid or len(r.cells) < 3 or r.cells[0].col >= min(heads) \
                        or is_number(r.cells[0].text) \
                        or any(c.col not in heads or not is_number(c.text) for c in r.cells[1:]):
                    break
                extra_rows.append(r)
        for r in extra_rows or ():
            # `其中：已下达 | 50000 | 10000 | 0 | 60000` (`上年结转资金 | 3000 | … | 4000`) beside the year's row under the
            # same sources' heads: its field (or other_fields) takes its 合计, not its first figure (中央's)
            lab = r.cells[0]
            got = next((c for c in r.cells if c.col == total_col), None)
            if got is None:
                continue
            key = label_key(lab.text)
            if self._count_row(r, heads):
                continue
            rf = match_field(lab.text)
            field = _progress_field(_PROGRESS_DONE.sub("", key)) if _PROGRESS_LINE.match(key) else \
                rf[0] if rf is not None and rf[1] is None and rf[0] in L.MONEY_FIELDS else None
            row_u = declared_unit(lab.text) or unit
            if field is not None and field not in self.form.fields:
                self._set(field, got.text, got, row_u, lab.text)
            else:
                self._keep_pair(clean(_SUB_LINE.sub("", lab.text)) or lab.text, got.text + (row_u or ""), lab)
            if shared:
                # (each place's figure in its line's note, `执行数：1000万元`)
                placed = {self.line_cells[id(b)].col: b for b in self.form.budget_items
                          if any(self.line_cells.get(id(b)) is x for x in below.cells)}
                for c in r.cells[1:]:
                    if c.col in placed and c.col != total_col:
                        b = placed[c.col]
                        said = f"{clean(_NAME_UNIT.sub('', lab.text)) or clean(lab.text)}：{clean(c.text)}{row_u or ''}"
                        b["note"] = "；".join(x for x in (b.get("note"), said) if x)
            self.consumed.update(id(c) for c in r.cells)
        if not extra_rows:
            # (`金额 | 500 | 300 | 200` then `改造户数 | 200 | 120 | 80`: the count under the amounts, an unparsed row)
            at = next((k for k, r in enumerate(self.rows) if r is below), len(self.rows))
            for r in self.rows[at + 1:]:
                if r.grid is not row.grid or not self._count_row(r, heads):
                    break
        return True

    def _count_row(self, r: Row, heads: dict[int, Cell]) -> bool:
        """`补助户数 | 120 | 80 | 200` (`受益人数（人）`) under money heads by source (`中央 | 省级 | 合计`): things counted
        by source, no money (it was kept as `200万元`, or an unparsed row): its figures kept in other_fields under their
        heads as written (`中央：120；省级：80；合计：200`). True if the row was so."""
        if len(r.cells) < 3 or r.cells[0].col >= min(heads) \
                or any(c.col not in heads or not is_number(c.text) for c in r.cells[1:]):
            return False
        lab = r.cells[0]
        key = label_key(lab.text)
        if not (_COUNT_LABEL.search(key) or _COUNT_UNIT.search(lab.text)) or _MONEYISH.search(key) \
                or declared_unit(lab.text) is not None:
            return False
        self._keep_pair(clean(lab.text) or lab.text, "；".join(
            f"{clean(heads[c.col].text)}：{c.text.strip()}" for c in r.cells[1:]), lab)
        self.consumed.update(id(c) for c in r.cells)
        return True

    def _labelled_money_rows(self, i: int, row: Row, heads: dict[int, Cell],
                             kinds: dict[int, str | None]) -> tuple[Row, list[Row]] | None:
        """`| 中央财政资金 | 地方资金 | 其他资金 | 合计` over rows each a label and a figure per head (`上年结转资金 | 3000 |
        1000 | 0 | 4000`, `年度资金总额 | 86000 | …`, `其中：已下达 | 50000 | …`): the row naming the money its sources add
        up to (年度资金总额 / 项目总投资, one only) and the other labelled rows, or None when the rows are not such (two
        rows at least, all in the heads' grid)."""
        if "budget_total" not in kinds.values():
            return None
        first = min(heads)
        rows: list[Row] = []
        for r in self.rows[i + 1:]:
            if r.grid is not row.grid or len(r.cells) < 3 or r.cells[0].col >= first or is_number(r.cells[0].text) \
                    or any(c.col not in heads or not is_number(c.text) for c in r.cells[1:]):
                break
            rows.append(r)
        if len(rows) < 2:
            return None
        main = [r for r in rows if (rf := match_field(r.cells[0].text)) is not None and rf[1] is None
                and rf[0] in ("budget_total", "budget_year") and not _SUB_LINE.match(r.cells[0].text)]
        if len(main) == 2 and {match_field(r.cells[0].text)[0] for r in main} == {"budget_total", "budget_year"}:
            # `项目总投资 | 5000 | 3000 | 8000` then `年度资金总额 | 2000 | 1000 | 3000`: the year's row gives the
            # year's sources, the whole project's row its total
            main = [r for r in main if match_field(r.cells[0].text)[0] == "budget_year"]
        if len(main) != 1:
            return None
        return main[0], [r for r in rows if r is not main[0]]

    @staticmethod
    def _money_heads(heads: dict[int, Cell]) -> dict[int, str | None] | None:
        """Column -> what its head names: a money field, None for a source (中央资金, 一般公共预算拨款), `spend`
        for a use (基本支出 / 项目支出: a line of kind `use`); None when a head is none of those."""
        kinds: dict[int, str | None] = {}
        sums: list[str] = []
        for col, c in heads.items():
            m = match_field(c.text)
            key = label_key(c.text)
            if m is not None and m[1] is None and m[0] in L.MONEY_FIELDS:
                kinds[col] = m[0]
            elif key in _SUM_KEYS or "计" in key and _sum_head(key):
                # 合计 | 中央资金 | 省级资金 …: the total (资金合计 / 小计 too; not a 小计 beside a 合计, a part's sum:
                # `中央资金 | 省级资金 | 小计 | 县级配套 | 合计`, unread as before, review rv136)
                kinds[col] = "budget_total"
                sums.append(key)
            elif key in _OTHER_KEYS:
                kinds[col] = "budget_other"      # … | 其他: the other funds
            elif _is_source(c.text) or _level_fiscal_name(c.text) or _PPP_DUTY.match(key):
                kinds[col] = None                # (中央 | 省级 | 市级 | 县级: each level's money)
            elif key in _USE_NAMES:
                kinds[col] = "spend"
            else:
                return None
        if len(sums) > 1 and any(k not in _SUM_KEYS for k in sums):
            return None
        for col, c in heads.items():
            # `中央资金 | 省级资金 | 小计 | 自筹资金`: a 小计 between money heads sums the parts before it, no total
            # (read as budget_total, a false fiscal_other_mismatch: mend md64); a subtotal, neither a line nor the
            # total (the parts are the lines). First (`小计 | 财政拨款 | 其他资金`) or last, it is the total.
            if kinds.get(col) == "budget_total" and "小计" in label_key(c.text) \
                    and any(k2 > col and k != "budget_total" for k2, k in kinds.items()) \
                    and any(k2 < col and k != "budget_total" for k2, k in kinds.items()):
                kinds[col] = "whole"
        return kinds

    def _prose_table(self, i: int, row: Row, cells: list[Cell]) -> bool:
        """`项目实施进度计划 | 时间 | 工作内容` over rows `| 2017年3月前 | 完成培训对象遴选` (or the first of them beside the
        label): the plan written as a schedule, a little table of its own, its rows in the value's columns, each
        opening with a time. The field is
        the rows' texts, apart by `；` (a row's cells joined by a space), the head row of short words left out (the field
        was the head's first word, 时间, and the rows were unparsed). True if the row was read so."""
        if self.prose_rows is not None and row.grid is self.prose_rows[0] and i <= self.prose_rows[1]:
            return True
        if row.grid is None or row.is_text_line or len(cells) < 3 or cells[0].col != _left(row):
            return False
        m = match_field(cells[0].text)
        if m is None or m[1] is not None or m[0] != "plan" or m[0] in self.form.fields:
            return False
        vals = cells[1:]
        start = vals[0].col

        def part(r: Row) -> bool:
            # (a row of the schedule: its first cell a time, `2017年4月至10月`, `第一季度`)
            return r.grid is row.grid and not r.is_text_line and len(r.cells) >= 2 \
                and min(c.col for c in r.cells) >= start and detect_header(r) is None \
                and any(_SCHEDULE_TIME.search(t.text) and len(t.text.strip()) <= 30 for t in (r.cells[0], r.cells[-1])) \
                and not any(match_field(c.text) or is_block_label(c.text) or is_number(c.text) for c in r.cells)
            # (or its last: `| 设备招标采购 | 2023年3月-4月` under `项目实施计划 | 实施内容 | 实施时间`, hunt pf)

        head = all(len(c.text.strip()) <= 6 and not _DIGITS.search(c.text) for c in vals)
        if not (head or part(Row(vals, row.grid, row.r))) or i + 1 >= len(self.rows) or not part(self.rows[i + 1]):
            return False
        j = i + 1
        while j + 1 < len(self.rows) and part(self.rows[j + 1]):
            j += 1
        lines = ([] if head else [vals]) + [self.rows[k].cells for k in range(i + 1, j + 1)]
        steps = (" ".join(clean(c.text) or "" for c in line).strip().rstrip("；;。.，, ") for line in lines)
        text = "；".join(t for t in steps if t)          # (the steps apart as a schedule table's are)
        self._value(m[0], text, vals[0], None, cells[0].text)
        self.prose_rows = (row.grid, j)
        return True

    def _purchase_line(self, row: Row, cells: list[Cell]) -> bool:
        """`采购项目名称 | 办公电脑 | 采购预算（万元） | 30` in a form already named by its 项目名称: one of the form's
        purchases, a budget line (kind composition, group 政府采购), not the form's name or money (it split the form in
        two, the second's 300,000 taken for a total); True if so."""
        name = self.form.fields.get("name")
        if name is None or not purchase_row(row) or (name.rank == field_rank("采购项目名称")
                                                     and "_weak_budget_total" not in self.form.fields):
            return False
        # (named by a purchase above, its money kept: `采购项目名称` rows over the form's 项目名称, each a line — the
        # first too, when the 项目名称 comes)
        what = next((cells[k + 1] for k, c in enumerate(cells[:-1]) if _PURCHASE_NAME.match(c.text)), None)
        at = next((k for k, c in enumerate(cells[:-1]) if match_field(c.text) == ("_weak_budget_total", None)), None)
        if what is None or at is None or not _DIGITS.search(cells[at + 1].text) or clean(what.text) == clean(name.text):
            return False
        unit = declared_unit(cells[at].text) or self.block_unit or self.form.form_unit
        self._line(clean(what.text), cells[at + 1].text, "composition", unit, what, group="政府采购")
        return True

    @staticmethod
    def _prose_cut_tail(old: RawValue | None, c: Cell) -> bool:
        """A short line of words alone right under a prose field's cell whose sentence goes on (a comma inside it, no
        full stop or semicolon at its end, a Chinese character last): the sentence's end, cut off by a line break
        (`完成…登记，按时上报农业普查` / `情况统计表`). No label, no figure, no form's title, a few words only."""
        if old is None:
            return False
        text, piece = (clean(old.text) or "").rstrip(), (clean(c.text) or "").strip()
        return 10 <= len(text) and bool(re.search(r"[，,]", text)) and bool(re.search(r"[\u4e00-\u9fff]$", text)) \
            and 2 <= len(piece) <= 10 and bool(re.fullmatch(r"[\u4e00-\u9fff]+[。]?", piece)) \
            and match_field(piece) is None and not is_block_label(piece) and not _is_title_text(piece) \
            and not re.search(r"绩效|指标|目标|附件|附表|单位|盖章|签字|日期", piece)

    def _summary_label_over_text(self, i: int, row: Row, c: Cell) -> bool:
        """A summary's label of no field alone on a line (`项目实施内容及过程概述`, a self-evaluation's) over its text
        alone on the next: the pair kept in other_fields, as beside its value (both were lost without a word, hunt
        lf); True if so."""
        label = clean(c.text) or ""
        if not row.is_text_line or not _SUMMARY_LABEL.fullmatch(label) or match_field(label) \
                or is_block_label(label) or i + 1 >= len(self.rows):
            return False
        below = self.rows[i + 1]
        if not below.is_text_line or len(below.cells) != 1 or id(below.cells[0]) in self.consumed:
            return False
        text = clean(below.cells[0].text) or ""
        if len(text) < 10 or match_field(text) or is_block_label(text) or detect_header(below) or is_title(below):
            return False
        self.consumed.add(id(below.cells[0]))
        self.form.other.append((label, text, c))
        return True

    def _item_labelled_prose(self, i: int, cells: list[Cell]) -> list[Cell]:
        """`部门职能 | 职能一 | 负责全区…` then `| 职能二 | 负责…`: a prose field's items, each named in a cell of its own
        beside its text — the name and the text one value (`职能一：负责全区…`), so the rows below go on the field
        (it was the name alone, `职能一`, the text lost and the next items other fields, hunt nw3)."""
        if len(cells) == 3 and (m := match_field(cells[0].text)) is not None and m[1] is None \
                and m[0] in _PROSE_FIELDS and self._item_and_text(cells[1], cells[2]):
            return [cells[0], replace(cells[1], text=_item_joined(cells[1].text, cells[2].text))]
        last = self.last_text
        if len(cells) == 2 and last is not None and last[2] == i - 1 and last[0] in _PROSE_FIELDS \
                and last[1].col == cells[0].col and self._item_and_text(cells[0], cells[1]):
            return [replace(cells[0], text=_item_joined(cells[0].text, cells[1].text))]
        return cells

    @staticmethod
    def _second_unit(old: RawValue | None, c: Cell) -> bool:
        """Is cell c, under the implementing unit's value, a second body's whole name — not a part of the same unit
        (`县农业农村局` over `县农业农村局办公室`: the office doing it within it), nor the first again? A body is an
        institution or an office (org_kind) or a firm (`裕安区城市建设投资有限公司`), whatever the other's kind (one rule
        for all: pr5 kept a second firm in other_fields and dropped a firm under an institution, review rv100)."""
        if old is None or _unit_kind(old.text) is None or _unit_kind(c.text, second=True) is None:
            return False
        new, first = clean(c.text) or "", clean(old.text) or ""
        return new != first and not plural(new) and not new.startswith(first or "\0") \
            and not first.startswith(new or "\0")

    def _second_phone(self, c: Cell) -> bool:
        """`联系电话 | 0551-…` over `| 139…`, the label cell merged over both: a second number, kept under the phone's
        label as two phones under one label are (it was lost without a word, hunt pr5); True if so."""
        old = self.form.fields.get("phone")
        if old is None or not _PHONE_CELL.match(c.text) or old.rank >= UNRANKED:
            return False
        if not _one_phone(c.text, old.text):
            self.form.other.append((L.FIELD_LABELS["phone"][old.rank], c.text.strip(), c))
        self.last_text = None
        return True

    def _second_body_line(self, i: int, c: Cell) -> bool:
        """A second body alone on the line under the implementing unit's pair (over no title: `填报单位：…中心` over
        `洞口县教育局` over the title is the issuer printed over the form, hunt ti10); True if kept (it was lost without a
        word, hunt pr5). An institution's or a firm's name under a colon pair joins the unit as under a merged label
        cell (`实施单位：县农村供水服务中心` then `县水利工程建设管理站`; `裕安区供水有限责任公司` under `实施单位` /
        `裕安区城市建设投资有限公司`, one cell a line: review rv94 kept it out of the first's name as a word of its own);
        an office's name (`县水利局`) is none here, as often the issuer's."""
        old = self.form.fields.get("unit")
        if old is None or same_text(c.text, old.text):
            return False
        if self._firm_branch(old, c, old.cell, i):
            return True
        if self._second_unit(old, c) and _unit_kind(c.text, second=True) != "department":
            self._add_unit(old, c, old.cell, i)
            return True
        return False

    def _second_department_line(self, c: Cell) -> bool:
        """A second body alone on the line under the department's pair (`主管部门：县交通运输局` / `县城市建设投资有限公司`,
        as the unit's, _second_body_line): the department is one, the other kept under its label, as another page's
        department is (_running_field; it was dropped without a word, review rv100); True if kept."""
        old = self.form.fields.get("department")
        if self._organ_wrapped("department", c):
            return True
        if old is None or match_field(c.text) is not None or spaced_pair(c.text) is not None \
                or not self._second_unit(old, c):
            # (`主管部门 市教育局` over `实施单位 市第一中学`: the next pair, no body — it was taken as one, hunt pr6)
            return False
        # a department read with no label of its own (`主管部门及代码：169国家林业局`, split into code and name; a 预算单位
        # promoted) is kept under the first label (it raised IndexError on the rank, the file failed: review rd64)
        rank = old.rank if old.rank < UNRANKED else 0
        self.form.other.append((L.FIELD_LABELS["department"][rank], clean(c.text) or c.text.strip(), c))
        self.last_text = None
        return True

    def _levels_row_after(self, i: int, scored: bool = False) -> bool:
        """Is the row after row I an indicator's row naming a level (`满意度指标 | 服务对象满意度指标 | … | ≥90%`): three
        cells or more, one a level's word — or, SCORED, a 评分表's row of a figure (`效益 | 社会效益 | … | 20 | … | 16`,
        its `合计 | 100 | 88`)? (A two-cell remark's row over it, `| 备注 | … |`, is the form's remark, no end of the
        table: the rows after it were lost, an unparsed_row — hunt pr8, review rv138.)"""
        if i + 1 >= len(self.rows) or self.rows[i + 1].is_text_line or len(self.rows[i + 1].cells) < 3:
            return False
        if scored:
            return any(is_number(x.text) for x in self.rows[i + 1].cells)
        return any(any(level_info(x.text)[:2]) for x in self.rows[i + 1].cells)

    def _organ_wrapped(self, col: str, c: Cell) -> bool:
        """An organ's name wrapped onto the row under a body's (`主管部门：中共县委` over `宣传部`, `实施单位：县人民政府`
        over `办公室`, a tab dump's `主管部门 | 县人民政府` over ` | 办公室`): the body's name goes on (_organ_of); True if
        glued on."""
        old = self.form.fields.get(col)
        if old is None or match_field(c.text) is not None \
                or not _organ_of(clean(old.text) or "", drop_stamp_note(col, clean(c.text) or "")):
            return False
        # (the department's: it was kept as a second body, review rv114's leftover; with the stamp's place after it,
        # `宣传部（盖章）`, too: it was lost, review rv127 — the stamp dropped with the department's, normalize_project;
        # the unit's and a tab dump's value cell alike: lost, rv127's leftovers, hunt pr8)
        self.form.fields[col] = RawValue(old.text.rstrip() + c.text.strip(), old.cell, old.unit, rank=old.rank)
        self.last_text = None
        return True

    def _firm_branch(self, old: RawValue, c: Cell, label: Cell, i: int) -> bool:
        """A firm's branch under the firm's name (`中国电信股份有限公司` / `六安市裕安区分公司`): the rest of the one
        body's name, no second body (review rv100: it was joined with `、`); True if glued on."""
        if not (_FIRM_BRANCH.match(clean(c.text) or "") and _FIRM_NAME.search(clean(old.text) or "")):
            return False
        self.form.fields["unit"] = RawValue(old.text.rstrip() + c.text.strip(), old.cell, old.unit, rank=old.rank)
        self.last_text = ("unit", label, i)
        return True

    def _add_unit(self, old: RawValue, c: Cell, label: Cell, i: int) -> None:
        """Both implementing units in the unit's column, as one cell writes them (`县农业农村局、县住房和城乡建设局`)."""
        self.form.fields["unit"] = RawValue(f"{old.text.rstrip()}、{c.text.strip()}", old.cell, old.unit, rank=old.rank)
        self.last_text = ("unit", label, i)

    @staticmethod
    def _item_and_text(name: Cell, text: Cell) -> bool:
        key = clean(name.text) or ""
        return (ITEM_NAME.match(key) or _ROW_NO.match(key)) is not None and len(text.text.strip()) >= 8 \
            and not is_number(text.text) and match_field(text.text) is None

    def _continues_prose(self, i: int, row: Row, c: Cell) -> bool:
        """A row holding one text in the value column of the prose field read on the row above, its label
        cell merged over both rows (部门职能概述 | （一）… then | （二）…): the field goes on; True if so."""
        last = self.last_text
        if last is not None and last[2] == i - 1 and row.is_text_line and last[0] in _PROSE_FIELDS \
                and (text := _list_goes_on(getattr(self.form.fields.get(last[0]), "text", None), c.text,
                                           self._line_text(i + 1))):
            # `年度目标：1.完成…；` then `2.设施…；` and `3.…。` on lines of their own: the goal is all its numbered
            # paragraphs (only the first was kept, hunt nw8), as under a label alone on its line (_line_below)
            old = self.form.fields[last[0]]
            self.form.fields[last[0]] = RawValue(text, old.cell, old.unit, rank=old.rank)
            self.last_text = (last[0], last[1], i)
            return True
        if last is not None and last[2] == i - 1 and row.is_text_line and last[0] in _PROSE_FIELDS \
                and self._prose_cut_tail(self.form.fields.get(last[0]), c):
            old = self.form.fields[last[0]]          # `…，按时上报农业普查` then `情况统计表` alone on a line: the
            self.form.fields[last[0]] = RawValue(old.text.rstrip() + c.text.strip(), old.cell, old.unit, rank=old.rank)
            self.last_text = None                    # sentence's last words, cut off the cell (no table's name)
            return True
        if last is not None and last[2] == i - 1 and last[1].col != c.col and len(row.cells) == 1:
            # `主管部门 | 湖南省洞口县教育 | 实施单位 | …中心` over `| 局`: the piece under the first pair's value, the
            # row's last read the second (it was lost, the department cut: hunt ti9)
            for col in ("department", "unit"):
                v = self.form.fields.get(col)
                if v is not None and v.cell is not None and v.cell.col == c.col and v.cell.row == last[1].row \
                        and v.cell is not last[1]:
                    last = (col, v.cell, i - 1)
                    break
        if last is not None and last[0] in ("unit", "department") and last[2] == i - 1 and row.is_text_line \
                and len(row.cells) == 1 and not (i + 1 < len(self.rows) and is_title(self.rows[i + 1])) \
                and (self._second_body_line(i, c) if last[0] == "unit" else self._second_department_line(c)):
            return True
        if last is not None and last[0] in ("unit", "department") and last[2] == i - 1 and len(row.cells) == 1 \
                and (row.is_text_line or row.grid is not None and last[1].col == c.col) \
                and self._organ_wrapped(last[0], c):
            return True                  # `实施单位：县人民政府` / `办公室`, `主管部门 | 县人民政府` / ` | 办公室` (hunt pr8)
        if last is not None and last[0] == "phone" and last[2] == i - 1 and row.grid is not None \
                and last[1].col == c.col:
            return self._second_phone(c)
        if last is None or last[2] != i - 1 or row.grid is None or last[1].col != c.col \
                or self.rows[i - 1].grid is not row.grid \
                or match_field(c.text) or is_block_label(c.text) or is_number(c.text) or is_placeholder(c.text):
            return False
        if last[0] == "name":
            # `项目名称 | 黄陂镇2024年农村人居环境整治提升及村庄` over `| 亮化工程`: the name cut by its cell (its end was lost
            # silently); a short piece only, under a name that does not end as names end
            old = self.form.fields["name"]
            if len(c.text.strip()) > 16 or _NAME_END.search(clean(old.text) or "") or re.search(r"[。；;：:]", c.text):
                return False
            self.form.fields["name"] = RawValue(old.text.rstrip() + c.text.strip(), old.cell, old.unit, rank=old.rank)
            self.last_text = None
            return True
        if last[0] in ("unit", "department"):
            # `实施单位 | 某县农业农村局农村经营管理` over `| 站`: a body's name cut by its cell (its end was lost): a short
            # piece making a body's name of one that is none
            old = self.form.fields.get(last[0])
            whole = (old.text.rstrip() + c.text.strip()) if old is not None else ""
            if last[0] == "unit" and old is not None and self._firm_branch(old, c, last[1], i):
                return True
            if last[0] == "unit" and self._second_unit(old, c):
                # `实施单位 | 县农业农村局` over `| 县住房和城乡建设局`: a second implementing unit on the row under the
                # first, its label cell merged over both (it was lost without a word): both, as one cell writes them
                self._add_unit(old, c, last[1], i)
                return True
            if old is None or len(c.text.strip()) > 8 or org_kind(old.text) is not None or org_kind(whole) is None:
                return False
            self.form.fields[last[0]] = RawValue(whole, old.cell, old.unit, rank=old.rank)
            self.last_text = None
            return True
        old = self.form.fields[last[0]]
        self.form.fields[last[0]] = RawValue(old.text + "\n" + c.text, old.cell, old.unit, rank=old.rank)
        self.last_text = (last[0], last[1], i)
        return True

    def _bare_name_cell(self, text: str) -> str:
        """A 项目名称 cell's name without what the cell writes around it (hunt ti7): the form's year in brackets after it
        (`新化县农村公路养护项目（2024年度）`: the year one of the form's year texts, after its titles — it was in the name,
        the year null), a list's closing mark (`A项目；B项目；`: the name lists works, one project, as written without the
        last `；`), lenticular brackets or quotes round the whole name (`【新化县农村公路养护项目】`, `“…项目”`: a way of writing
        it out) and a blank between two of its characters (`新化县农村公路 养护项目`, a PDF's line or a justified cell: no
        word break in a Chinese name; not a wide gap, which parts a name from another field's pair). Kept (review
        rv18): a bracketed year other than the one the form states already (`…养护项目（2023年度）` under a 2024 title:
        a year's project the name tells apart, not the form's year) and a blank between two names each ending a project's or works'
        word (`…集镇供水工程 …管网延伸工程`: the works listed, as `；` lists them, not one run of words)."""
        folded = fold(text)
        if (tail := _YEAR_TAIL.search(folded)) is not None and tail.start() > 0 and _HAN.search(folded[:tail.start()]) \
                and self.form.stated_year in (None, form_year([folded[tail.start():]])):
            self.form.year_texts.append(folded[tail.start():].strip())
            text, folded = as_written(text, folded, 0, tail.start()), folded[:tail.start()]
        if (close := _LIST_CLOSE.search(folded)) is not None and close.start() > 0:
            text, folded = as_written(text, folded, 0, close.start()), folded[:close.start()]
        if (whole := _MARKED_WHOLE.fullmatch(folded)) is not None:
            text = as_written(text, folded, whole.start(whole.lastindex), whole.end(whole.lastindex))
        return _SPACE_IN_NAME.sub(lambda m: m.group() if _NAME_ENDS.search(text, 0, m.start())
                                  and _NAME_ENDS.match(_WS.sub("", text[m.end():])) else "", text)

    def _period_as_code(self, label: str, text: str, cell: Cell) -> bool:
        """A year or a span of them (of days) alone in a code's box (`项目名称编码 | 2024-2026`, `项目编码 | 2024—2026年`):
        the project's years, no code — kept under its label (it was the project_code, or dropped without a word: hunt
        pr6); True if so."""
        if _YEARS_ALONE.match(fold(text)) is None or _year_and_number(fold(text)):
            return False
        pair = _PAIR_CELL.match(label)          # (a colon line's label is the line: its words before the colon)
        self._keep_pair(pair.group(1) if pair is not None else label, text, cell)
        return True

    def _value(self, col: str, text: str, cell: Cell, unit: str | None, label: str | None = None) -> None:
        if col == "phone" and "\n" in text.strip() and all(map(_PHONE_CELL.match, text.strip().split("\n"))):
            text = "，".join(x.strip() for x in text.strip().split("\n"))   # `13907970001⏎0797-6221234`: two numbers
            # (a line each; the lines were run together, one of 19 digits or more — hunt pr10)
        if col in HEAD_FIELDS and label and (pairs := _pairs_after_gap(text, label)) is not None:
            # `项目名称 | 某县农村公路养护项目　　项目负责人：刘刚`: the value, a wide gap, then another field's label and
            # value written in the same cell — each its own field (it was the name, the leader in it; hunt pf)
            head, rest = pairs
            self._value(col, head, cell, unit, label)
            for col2, value2, label2 in rest:
                self._value(col2, value2, cell, unit, label2)
            return
        if col in L.MONEY_FIELDS and (self.money_group is not None or self.money_section is not None):
            # 财政拨款：556000, then 1. 上级财政拨款：0 …: numbered or indented lines are its parts
            # (the nearest such label left of the value: `其中：财政资金 | 3,150,000 | 其中：当年财政拨款 | 980,000` heads
            # the 上年结转资金 below the second with the second)
            lab = next((c for c in reversed(self._row_cells) if c.col <= cell.col and match_field(c.text)
                        and match_field(c.text)[0] == col), None)
            if lab is not None and not (self.parts_from is not None and _SUB_LINE.match(lab.text)):
                # (not `其中：财政预算资金 | 8,000` among a total's parts: a part beside the others, no head of them)
                self.money_group = (lab.text, "spent" if col == "spent" else "source", unit, lab.col)
        if col in ("category", "fund_use", "fund_type"):
            self._options(col, Cell(cell.row, cell.col, text, page=cell.page, line=cell.line), label)
            return
        if col == "period" and is_number(text):
            return                                    # 实施期 | 15000: a money row's label, no period
        if col == "period" and (ticked := _box_list_ticked(text)) is not None:
            # `实施期限 | ◎一年度 ●多年度` (`□一年度 ☑多年度`): the term's kind ticked, period_raw `多年度`, as other
            # fields' options are read (it was kept with its marks, review rv59)
            text = "、".join(ticked)
        if col in ("leader", "contact") and (dated := _NAME_THEN_DAY.match(fold(text).strip())) is not None:
            # `填表人：李四    2024年3月15日` on a sign-off line: the name, its day past the gap no part of it (the day was in
            # the contact; it is the form's fill_date, read() — hunt ti12)
            text = dated.group(1)
            if (had := self.form.fields.get("fill_date")) is None or clean(had.text) != dated.group("day"):
                self._signer_day("填报人" if col == "contact" else "项目负责人", dated.group("day"), cell)
                # (`项目负责人：马永军 2025年3月6日 | 填报人：李娟 2025年3月6日`, no role's on the row, one blank before
                # each day: the filer's the fill_date, the leader's kept as `项目负责人日期` — both were dropped, the
                # filer's day the form's only past a wide gap on a line alone; review rv157)
        if col == "goal_annual" and "goal_actual" not in self.form.fields \
                and (done := _GOAL_DONE_INLINE.search(text)) is not None and text[done.end():].strip():
            # `预期目标：全年完成…900批次以上。实际完成：全年完成抽检936批次。` (`…。完成情况：…`) in one cell of a
            # simplified self-evaluation: the goal, then what was done (the goal held both)
            self._set("goal_actual", text[done.end():].strip(), cell, None, None)
            text = text[:done.start()].rstrip()
        if col in ("goal_annual", "goal_total") and (both := _BEFORE_AFTER.match(text)) is not None:
            # `调整前：完成20个…。\n调整后：完成15个…。` in one cell (a 绩效目标调整申请表): the goal in force is the one after,
            # the one before kept in other_fields (the goal held both)
            text = self._in_force(col, both.group(1), both.group(2), cell)
        if col == "grade" and ticked_options(text) is not None:
            got = ticked_options(text)                # ☐优 ☑良 ☐中 ☐差: the ticked grade, none when none is
            if not got:
                return
            text = "、".join(got)
        if label and (col == "project_code" or col == "name" and _CODE_ASKED.search(label)) and self._period_as_code(
                label, text, cell):
            return
        if col == "name" and label and _CODE_ASKED.search(label) and (bare := _code_alone(text)):
            # `项目名称编码 | 34152224R000000456` under the name's row: the row asks the code alone — the project_code,
            # or kept under its label when a row stated another (it was a second project named by the code, review rd63)
            if "project_code" not in self.form.fields:
                self._set("project_code", bare, cell)
            elif clean(self.form.fields["project_code"].text) != bare:
                self._keep_pair(label, text, cell)
            return
        if col == "name" and (coded := _NAME_CODE.match(folded := fold(text))) is not None and coded.group("name"):
            # `项目名称 | [2024-001]农村公路日常养护`, `43112224000000001234 农村公路日常养护`: a project library's code
            # written before the name, no word of it — the form's project_code when no row states one (it was in the
            # name, hunt ti5)
            code = coded.group("code") or (coded.group("day") if not coded.group("sep") and label
                                           and _CODE_ASKED.search(label) else None)
            if (day := coded.group("day")) is not None and len(day) == 6 \
                    and (year := self.form.stated_year) is not None \
                    and abs(int(day[:4]) - year) > 3:
                code = day           # (`203001 …` under a 2024 title: no month of the form's years, a unit's code)
            if code and _DIVISION_CODE.match(code) and not (label and _CODE_ASKED.search(label)):
                # `430525 学生资助项目`: a county's 行政区划代码 (its province's two digits, its city's, its own) before
                # the name, the place the project is filed for — no project library's code, which is longer or
                # lettered: kept in other_fields (it was the project_code, hunt ti8); not under a label asking the
                # code, `项目名称及编码 | 430525 …`: the code the form gives (it was none, review rv26)
                self.form.other.append(("行政区划代码", code, cell))
                code = None
            if "project_code" not in self.form.fields and code:
                # (a day's eight digits the code when the label asks one, `项目名称及编码 | 20240101 …`: review rv12)
                self._set("project_code", code, cell)
            text = as_written(text, folded, coded.start("name"))      # (as written, not folded: review mend)
        if col == "name" and label and _CODE_ASKED.search(label) \
                and (after := _CODE_AFTER_NAME.match(folded := fold(text))) is not None:
            # `项目名称 代码` over `校园安全监控改造 32010024`: the code the label asks after the name, a space between
            # (the name was lost, then held the code — hunt pr5); as before it, the form's code when no row states one
            if "project_code" not in self.form.fields:
                self._set("project_code", after.group(2), cell)
            text = as_written(text, folded, 0, after.end(1))
        if col == "name":
            text = self._bare_name_cell(text)
        if col in ("department", "unit") and (lead := _YEAR_LEAD.match(folded := fold(text))) is not None:
            # `主管部门及代码 | 2024 新化县交通运输局`: a year before the body's name, apart from it, is no code of it (it
            # was department_code `2024`): left out, the form's year stated elsewhere (hunt ti6)
            text = as_written(text, folded, lead.end())
        if col in ("department", "unit") and (tail := _YEAR_TAIL.search(folded := fold(text))) is not None \
                and tail.start() > 0:
            # `主管部门 | 新化县交通运输局（2024）`, `…局(2024年度)`: the form's year in brackets after the body's name, no
            # code of it nor word of its name (it was department_code `2024`, or in the name: review rv12)
            text = as_written(text, folded, 0, tail.start())
        if col == "department":
            glued = _CODE_GLUED.match(fold(text)) if label and _CODE_ASKED.search(label) else None
            if glued:                                 # 主管部门及代码 | 169国家林业局: the code before the name
                self._set("department_code", glued.group(1), cell)
                self._set("department", glued.group(2), cell)
                return
            bracket = _BRACKET_CODE.match(fold(text))
            if bracket and "department_code" not in self.form.fields:
                # `主管部门及代码：[121]邵武市司法局` above the table, the table's `主管部门 | 邵武市司法局` (a better label)
                # then taking the name: the code is read here (it was lost with the line's value)
                self._set("department_code", bracket.group("code"), cell)
                self._set("department", bracket.group("name"), cell, unit, label)
                return
            m = _NAMED_CODE.fullmatch(fold(text))
            if m:
                self._set("department_code", m.group(2), cell)
                if m.group(1):
                    self._set("department", m.group(1), cell)
                return
        self._set(col, text, cell, unit, label)

    def _options(self, col: str, cell: Cell, label: str | None = None) -> None:
        opts = ticked_options(cell.text)
        f = self.form
        if opts is None and _OPTION_LIST.match(fold(cell.text)):
            return                      # `1、部门预算项目   2、市直专项`: the template's options, none marked
        if label is not None and self._option_aside(col, cell, opts, label):
            return
        if opts is None:
            self._set(col, cell.text, cell)
            return
        key = "_options_" + col
        prev = f.fields.get(key)
        got = (prev.text.split("\x1f") if prev and prev.text else []) + opts
        f.fields[key] = RawValue("\x1f".join(got), prev.cell if prev else cell)
        if got:
            f.fields[col] = RawValue("、".join(got), prev.cell if prev else cell)

    def _option_aside(self, col: str, cell: Cell, opts: list[str] | None, label: str) -> bool:
        """Two labels of one option column on a form: `项目类别 | 经常性项目` and `项目属性 | 延续项目` (新增 / 延续: almost
        every 2021+ target template has both). The column holds the option of the label ranked first in its synonyms
        (项目类别 before 项目类型 before 项目属性), the other label's option goes to other_fields (`{"项目属性": "延续项目"}`;
        the second was lost, or its ticks joined to the first's: `经常性项目、延续项目`). True if the value went there."""
        m = _LABEL_LEAD.match(label)
        name = _OTHER_LABEL_END.sub("", clean(m.group(1) if m else label) or "")
        key = label_key(name)
        value = clean(cell.text) if opts is None else "、".join(opts)
        f = self.form
        owner = self.option_owner.get(col)
        if owner is None or owner[0] == key or not key:
            if owner is None and value and not is_placeholder(value) and key:
                self.option_owner[col] = (key, name, len(f.other))
            return False
        if field_rank(name) < field_rank(owner[1]):
            # 项目属性 read first, 项目类别 after it: the column is 项目类别's, 项目属性's option moves aside
            old = f.fields.pop(col, None)
            f.fields.pop("_options_" + col, None)
            if old is not None:
                f.other.insert(owner[2], (owner[1], clean(old.text) or "", old.cell))
            self.option_owner[col] = (key, name, len(f.other))
            return False
        if not value or is_placeholder(value) or (opts is None and _NUMBERED_OPTIONS.match(value)):
            # 项目属性 | □新增项目 □延续项目: nothing ticked, nothing kept; nor the options printed in a row, their
            # boxes lost by a PDF's font (`1、持续性项目口2、新增性项目口`)
            return True
        prev = self.option_aside.get((col, key))
        at = next((k for k, o in enumerate(f.other) if o is prev), None)
        if at is not None and opts is not None:
            # 项目属性 | ☐新增项目 | ☑延续项目: the label's next box
            f.other[at] = self.option_aside[(col, key)] = (prev[0], prev[1] + "、" + value, prev[2])
        else:
            f.other.append(entry := (name, value, cell))
            self.option_aside[(col, key)] = entry
        return True

    def _close_sources(self, label: Cell, amount: Cell, unit: str | None) -> None:
        """A 合计 row right under a 资金来源 / 资金构成 block's source lines (`中央 | 400`, `县级 | 150`, `合计 | 600`): the
        block's own total, the sum of those lines, stated for total_row_mismatch as well as read as budget_total (the
        block may list some sources only, so its lines were checked against no total: 550 of 600 unflagged, hunt
        mn19). A 项目总投资 under such a block is no 合计 row of it and is read as before, unchecked."""
        run = []
        for b in reversed(self.form.budget_items):
            if b.get("kind") != "source" or b.get("group") != (run[0].get("group") if run else b.get("group")):
                break
            run.append(b)
        if len(run) < 2 or label_key(run[0].get("group") or "") not in _SOURCES_HEAD \
                or run[0].get("page") != label.page or run[0].get("line") is None or label.line is None \
                or label.line - run[0]["line"] > 2:
            return
        self.form.totals.append({"table": "budget_items", "values": {"amount": amount.text}, "recs": run[::-1],
                                 "label": clean(label.text), "page": label.page, "line": label.line,
                                 "own_unit": unit})

    def _other_rows_summed(self, label: Cell, amount: Cell, unit: str | None) -> bool:
        """`其中：财政资金 | 100`, `单位自筹 | 20`, `社会资金 | 30` under `资金总额（万元） | 150`: a row of other money right
        under the row budget_other was read from (no line of it yet), in its column: the total's other parts,
        budget_other their sum and each a source line under the total, as a sentence's several other sources are
        (社会资金 was a line of no group, budget_other 单位自筹's 20 alone, hunt mn23); so a third such row under them.
        True if read so."""
        f = self.form
        other, total = f.fields.get("budget_other"), f.fields.get("budget_total") or f.fields.get("budget_year")
        if other is None or total is None or label.line is None or other.cell.line is None \
                or other.cell.page != label.page or other.cell.col != label.col or _SUB_LINE.match(label.text) \
                or _CATCH_ALL_SOURCE.match(label_key(_SUB_LINE.sub("", other.cell.text))):
            return False     # (`其他资金 | 50` over `社会资金 | 30`, `其中：银行贷款 | 20`: its parts, no sum of siblings)
        group = clean(label_key(total.cell.text)) or None
        ours = [b for b in f.budget_items if b.get("group") == group and b.get("kind") == "source"]
        if other.parts is None:
            if label.line - other.cell.line != 1 or any(b.get("line") == other.cell.line for b in f.budget_items):
                return False
            first = (clean(other.cell.text) or "", other.text, other.unit)
            self._line(_SUB_LINE.sub("", first[0]), first[1], "source", first[2], other.cell, group=group)
            other.parts = [other.text]
        elif not ours or ours[-1].get("line") != label.line - 1 or ours[-1] is not f.budget_items[-1]:
            return False
        other.parts.append(amount.text if unit == other.unit or not unit else f"{amount.text}{unit}")
        self._line(label.text, amount.text, "source", unit, label, group=group)
        return True

    def _rest_beside_raised(self, old: RawValue, text: str, cell: Cell, unit: str | None, label: str) -> bool:
        """`单位自筹 | 30` then `其他资金 | 20` under `资金总额 | 200` and `其中：财政资金 | 150`: the catch-all is the rest
        beside the self-raised money, not their sum, when the three make the total and the catch-all alone with the
        fiscal money does not (`其他资金 | 50` after it, 150 + 50 = 200: the sum, it replaces it as before, rv73's
        rule) — budget_other their sum, each a source line under the total, as siblings of other money are (hunt
        mn23); the catch-all replaced it, its 30 lost: a false fiscal_other_mismatch (hunt mn25). True if read so."""
        f = self.form
        fiscal, total = f.fields.get("budget_fiscal"), f.fields.get("budget_total") or f.fields.get("budget_year")
        if fiscal is None or total is None or old.parts is not None or old.rank >= UNRANKED \
                or not _CATCH_ALL_SOURCE.match(label_key(_SUB_LINE.sub("", _LABEL_COLON.sub(r"\1", label.strip())))) \
                or _CATCH_ALL_SOURCE.match(first := label_key(L.FIELD_LABELS["budget_other"][old.rank])):
            return False
        # (a bare figure of no unit of its own in the form's, else the total's, as the block's money is read at the end)
        units = [v.unit or f.form_unit or total.unit for v in (total, fiscal, old)] + [unit or f.form_unit or total.unit]
        t, g, o, rest = (parse_amount(x, u) for x, u in zip((total.text, fiscal.text, old.text, text), units))
        if None in (t, g, o, rest) or not abs(g + o + rest - t) <= MONEY_TOL < abs(g + rest - t):
            return False
        group = clean(label_key(_LABEL_COLON.sub(r"\1", total.cell.text.strip()))) or None   # (a line's label: `资金总额`)
        self._line(first, old.text, "source", units[2], old.cell, group=group)
        self._line(label_key(_SUB_LINE.sub("", _LABEL_COLON.sub(r"\1", label.strip()))), text, "source", units[3], cell,
                   group=group)
        old.parts = [old.text, text if unit == old.unit or not unit else f"{text}{unit}"]
        return True

    def _period_part(self, col: str, old: RawValue, cell: Cell) -> bool:
        """`中期资金总额 | 1,000` over `其中：财政拨款 | 800`, `其他资金 | 200`, then `年度资金总额 | 360` over `其中：财政拨款
        | 300`: the part OLD read under the period's total, the year's total read after it and CELL after that — the
        period's part kept in other_fields under the period's word and its label (`中期财政拨款`: `800万元`) and
        dropped from the field, for the year's part to take it (the year's split was lost, no warning — hunt mn30).
        True if so."""
        f = self.form
        total, year = f.fields.get("budget_total"), f.fields.get("budget_year")
        if total is None or year is None or getattr(old, "parts", None) is not None \
                or (word := self._period_word(total.cell)) is None \
                or not ((at := self._row_places(total.cell, old.cell, year.cell, cell))[0] <= at[1] < at[2] <= at[3]):
            return False
        # (the period's other part goes with it, read or not in the year's block: `其中：财政拨款 | 300` over a blank
        # `其他资金` kept the period's 200 beside the year's 300, a mixed split and a false fiscal_other_mismatch —
        # review rv149)
        for part in (col, *(x for x in ("budget_fiscal", "budget_other") if x != col)):
            got = f.fields.get(part)
            if got is None or getattr(got, "parts", None) is not None \
                    or not ((on := self._row_places(total.cell, got.cell, year.cell))[0] <= on[1] < on[2]):
                continue
            name = clean(label_key(_LABEL_COLON.sub(r"\1", _SUB_LINE.sub("", got.cell.text.strip())))) or ""
            if not name or name[0].isdigit() or is_number(got.cell.text):
                # (the figure's own cell under its head, `中期资金总额（万元） | 资金总额 | 财政拨款 | 其他资金` over `|
                # 1,000.00 | 800.00 | 200.00`: the label that named it)
                name = L.FIELD_LABELS[part][got.rank if got.rank < len(L.FIELD_LABELS[part]) else 0]
            f.other.append((word + name, f"{clean(got.text) or got.text}{got.unit or f.form_unit or ''}", got.cell))
            del f.fields[part]
        return True

    def _drop_glued_subtotals(self) -> None:
        """`财政资金小计 | 1,500` over `其中：一般公共预算 | 1,200`, `政府性基金预算 | 300` (then `其他资金 | 200`, `合计 |
        1,700`): a source line named by its kind glued to `小计` whose very next lines of its group, two or more, add up
        to it exactly is their subtotal, no line (it was counted twice beside them: a false total_row_mismatch, hunt
        mn27's xfail, mn30); so one under the lines it sums (`中央车购税资金 | 300`, `省级补助资金 | 200`, then
        `上级补助小计 | 500`), and one glued to `合计` (`上级补助合计 | 500`: both were lines, review rv149)."""
        f = self.form
        items = f.budget_items
        drop = []
        for k, b in enumerate(items):
            if b["kind"] != "source" or not _glued_sum(b["name"]) \
                    or (whole := parse_amount(b["amount"], b["unit"] or f.form_unit)) is None:
                continue
            for run in (items[k + 1:], items[k - 1::-1] if k else ()):
                got, n = 0.0, 0
                for x in run:
                    if x["kind"] != "source" or x["group"] != b["group"] or _glued_sum(x["name"]) \
                            or (a := parse_amount(x["amount"], x["unit"] or f.form_unit)) is None:
                        break
                    got, n = got + a, n + 1
                    if got >= whole - MONEY_TOL:
                        break
                if n >= 2 and abs(got - whole) <= MONEY_TOL:
                    drop.append(k)
                    break
        for k in reversed(drop):
            self.line_cells.pop(id(items[k]), None)
            del items[k]

    def _row_places(self, *cells: Cell) -> list[int]:
        """Where CELLS stand down the form: their rows' places in its rows (a grid's row restarts in each Word table
        and PDF page: a period block closing one table and the year's opening the next were out of order, the year's
        split lost — review rd69 G); each cell's _place when one is in none."""
        at: dict[int, int] = {}
        want = {id(c) for c in cells}
        for k, r in enumerate(self.rows):
            for x in r.cells:
                if id(x) in want:
                    at.setdefault(id(x), k)
        if len(at) < len(want):
            return [_place(c) for c in cells]
        return [at[id(c)] for c in cells]

    def _period_word(self, cell: Cell) -> str | None:
        """The period's word (`中期`, `实施期`) of the label of a period's total read from CELL: the cell's own text, or
        the first cell of its row or of the row above it (`中期资金总额（万元） | 资金总额 | …` over `| 1,000.00 | …`)."""
        if (w := _PERIOD_WORD.match(label_key(cell.text))) is not None:
            return w.group(1)
        if not is_number(cell.text):
            return None                      # (a label of its own names no period: not the row above's `实施期限`)
        at = next((k for k, r in enumerate(self.rows) if any(x is cell for x in r.cells)), None)
        for r in (self.rows[at], self.rows[at - 1] if at else None) if at is not None else ():
            if r is not None and r.cells and (w := _PERIOD_WORD.match(label_key(r.cells[0].text))) is not None:
                return w.group(1)
        return None

    def _year_sum_row(self, label: Cell, key: str) -> Cell | None:
        """`小计 | 360.00` (`合计`, `金额合计`, `资金合计`) in the column of `年度资金（万元）` alone on its row a few rows
        above, closing the lines under it (no money line below): the year's budget, no line nor budget_total (a 小计 was
        a source line counted beside the lines it sums, a 合计 budget_total, the year's budget lost — hunt mn30). The
        head, or None."""
        head, self.year_head = self.year_head, None
        # (in its column or indented one under it, `年度资金（万元）` over `| 财政拨款 | 300`, `| 小计 | 360`: review rv149)
        if head is None or "budget_year" in self.form.fields or label.col not in (head.col, head.col + 1) \
                or not 0 < _place(label) - _place(head) <= 12:
            return None
        if not (key in _SUM_KEYS or _SUM_HEAD.match(key)) or self._money_line_below(label) is not None:
            self.year_head = head
            return None
        return head

    def _money_line(self, label: Cell, amount: Cell) -> None:
        """An unnamed money line: a part of the money field above it when indented or numbered
        under it (1. 上级财政拨款), else a sibling in the money block (单位自有资金 beside 财政拨款)."""
        parent = self.money_group
        section = self.money_section
        sec_unit = section[1] if section else None
        last = self.form.budget_items[-1] if self.form.budget_items else None
        shifted = parent is not None and label.col < parent[3] and last is not None \
            and last.get("group") == clean(label_key(parent[0]))   # a dump moved it left: keep the run
        key = label_key(label.text)
        if _COUNT_NAME.search(key) and declared_unit(label.text) is None:
            # `受益人口 | 1200` (`补助户数 | 120`) among the rows under `资金来源 | 金额`: a count, no money — kept as
            # written under its label as beside the money fields (it was a source line of 1200万, hunt mn25)
            self._keep_pair(label.text, amount.text, label)
            return
        if key == "小计" and parent is not None and (field := self._group_field_here(parent[0])) is not None:
            # `年度投资计划（万元） | 小计 | 3,900.00` over `其中：中央预算内投资 | 2,400.00`: the subtotal's word right of the
            # money field's label heading the group, on its row, is the label's own amount (it was a line 小计 of the
            # group, the year's money lost: review rv123's xfail, mend md53); a 合计 there is read below
            if field not in self.form.fields:
                self._set(field, amount.text, label, declared_unit(label.text) or parent[2] or sec_unit
                          or self.block_unit)
            return
        if self.year_head is not None and "计" in key and (head := self._year_sum_row(label, key)) is not None:
            self._set("budget_year", amount.text, label, declared_unit(label.text) or sec_unit
                      or (parent[2] if parent else None) or declared_unit(head.text) or self.block_unit)
            # (the source lines of no group between them are the year's parts, checked against it: 140 of 150 went
            # unflagged as a block's list of some sources)
            for b in self.form.budget_items:
                at = self.line_cells.get(id(b))
                if b.get("kind") == "source" and not b.get("group") and at is not None \
                        and _place(head) < _place(at) < _place(label):
                    b["group"] = clean(label_key(head.text)) or None
            return
        if key in _SUM_KEYS or key in _INCOME_SUMS:
            # 收入构成 … 合计 505.50: the block's total is the project's, not a line of it
            group_year = self.form.fields.get("_group_budget_year")
            if parent is not None and group_year is not None and group_year.text == parent[0] \
                    and "budget_year" not in self.form.fields and (label.col > parent[3] or shifted):
                # `年度资金（万元） | 合计 | 2,460.00` over `政府付费 | 0` / `可行性缺口补助 | 1,860.00` (a PPP form's
                # year money by its payment): the total of the year's group is the year's budget (it was budget_total,
                # and budget_year the sum of the first lines only)
                self._set("budget_year", amount.text, label,
                          declared_unit(label.text) or sec_unit or parent[2] or self.block_unit)
                return
            unit = declared_unit(label.text) or sec_unit or (parent[2] if parent else None) or self.block_unit
            if "budget_total" not in self.form.fields and (parent is None or parent[1] != "spent") \
                    and self._set("budget_total", amount.text, label, unit):
                self._close_sources(label, amount, unit)
            return
        stage = L.ADJUST_STAGE.get(key)
        if stage is not None and key != "原":
            # `项目资金 | 调整前 | 4,500.00 | 调整后 | 3,600.00` (a 绩效目标调整申请表): the year's budget before and after
            # the adjustment, as a 调整前预算数 / 调整后预算数 field (they were read as two lines named 调整前 / 调整后)
            self._set("budget_initial" if stage == "before" else "budget_year", amount.text, label,
                      declared_unit(label.text) or sec_unit or (parent[2] if parent else None) or self.block_unit)
            return
        if key in _SPENDING_SUMS:
            self.uses = True                 # 支出预算合计 2,860.00: the same budget again, by use; the lines below
            return                           # (其中：基本支出 / 项目支出) are its uses
        if self.uses:
            if key in _USE_NAMES:
                self._line(label.text, amount.text, "use", declared_unit(label.text) or sec_unit or self.block_unit,
                           label, group="支出")
                return
            self.uses = False
        if parent is not None and parent[1] == "spent" and L.FUNDING_GAP.match(_NAME_UNIT.sub("", key)):
            # `预算数 | 200 | 执行数 | 180 | 差额 | 20` (a 自评表): the budget's unspent rest, no money spent nor a gap of
            # funding — it was a spent line named 差额 under 执行数; not kept, as a 差额 beside 执行数 is not (review rvc)
            return
        if "budget_other" in self.form.fields and L.OTHER_MONEY.fullmatch(key) \
                and (parent is None or parent[1] == "source") and self._other_rows_summed(
                    label, amount, declared_unit(label.text) or sec_unit or (parent[2] if parent else None)
                    or self.block_unit):
            # (`社会资金 | 30` under `其中：单位自筹 | 20`: the second of them, review rv84; `社会捐赠 | 30` under `企业自筹 |
            # 20`, `群众自筹 | 30` summed, the third, in their group now — it was a line of it, not summed: budget_other
            # 50 of 80, a false fiscal_other_mismatch, review rv93)
            return
        if parent is not None and (label.col > parent[3] or shifted or (
                # (`中央 | 50 | 省级 | 20` opening the row right under `项目资金 | 资金总额 | 100`: the total's parts by
                # level, 中央 as 省级 beside it is — 中央 was the block's line, apart: a false source_sum_mismatch)
                _BARE_LEVEL.match(key) and self._under_total()) or (
                _ARABIC_ITEM.match(label.text) and not _ARABIC_ITEM.match(parent[0])) or (
                self.parts_from is not None and (_SUB_LINE.match(label.text) or (
                    last is not None and last.get("group") == clean(label_key(parent[0])))))):
            # (`其中：专项债券资金 | 20000` in the total's own column under `项目总投资（万元） | 50000`, and the parts
            # after it there: its parts, as when they stand right of it; the group was null or the total's by where
            # 其中 was written)
            group, kind, unit = parent[0], parent[1], parent[2] or sec_unit
        else:
            group, kind, unit = (section[0] if section else ""), "source", sec_unit or (parent[2] if parent else None)
            # (a self-raised line takes budget_other only as the block's last line: `企业自筹资金 | 200` over `其他资金 |
            # 100` stays a source line, as before hunt nw6 — the field it took was replaced by the 其他资金 below, its 200
            # lost, review rv73)
            # (but over a sibling of other money, `企业自筹 | 20` over `群众自筹 | 30`: the first of the other parts,
            # summed with it below — 群众自筹's 30 was budget_other alone, 企业自筹 a line of no group, review rv84)
            # (only under a total read, which the sum is a part of: `资金来源 | 金额（万元）` over the rows, its 合计 below
            # them, left 群众自筹 a line and budget_other 企业自筹's 20 alone, review rv93)
            below = self._money_line_below(label)
            beside_fiscal = ("budget_fiscal" in self.form.fields or bool(self.fiscal_lines)) \
                and (below is None or _sibling_other_money(below)
                     and bool(self.form.fields.keys() & {"budget_total", "budget_year"}))
            if _other_money_label(label_key(label.text), beside_fiscal) and "budget_other" not in self.form.fields:
                self._set("budget_other", amount.text, label, declared_unit(label.text) or unit or self.block_unit)
                if not self._ends_sources(last, section):
                    return
                # (`其中：一般公共预算财政拨款 | 1,520.00` / `政府性基金预算财政拨款 | 200.00` / `其他收入 | 140.00` under
                # 年度预算情况: the last of the section's source lines, a line as they are, its sum budget_other too; it
                # was the field alone, the lines short of the total)
        ym = _YEAR_PART.match(key)
        if ym is not None and kind == "source" and self.parts_from is not None and parent is not None \
                and (match_field(parent[0]) or ("",))[0] in ("budget_total", "budget_year"):
            # 项目总额 | 2,380.00 | 其中：2024年 | 1,450.00: a year's part of a multi-year total, the year's budget
            # when it is the form's year (a source line named `2024年` before); only among the parts beside the
            # total on its row and below them (under a source's line, `其中：中央补助资金 | 1,600.00 | 其中：2024年 |
            # 600.00`, it may be that source's part)
            self.year_money.setdefault(int(ym.group(1)), (amount, declared_unit(label.text) or unit or self.block_unit))
            self.year_parts.append(label)
            return
        if kind == "source" and _PROGRESS_LINE.match(key) and not _is_source(_PROGRESS_LINE.sub("", key)):
            # `已到位资金 | 150` after the parts `其中：中央补助资金 | 200`, `省级补助资金 | 60` of 项目总预算 260: how much
            # of the money arrived, no part of it (it was a third part: a false source_sum_mismatch): budget_issued or
            # spent when it reads as one and none is read yet, else kept in other_fields as written
            line_unit = declared_unit(label.text) or unit or self.block_unit
            field = _progress_field(_PROGRESS_DONE.sub("", key))
            if field is not None and field not in self.form.fields:
                self._set(field, amount.text, label, line_unit, label.text)
            else:
                self._keep_pair(label.text, amount.text + (line_unit or ""), label)
            return
        if key == "小计" and kind == "source" and self._close_subtotal(
                label, amount, clean(label_key(group)) if group else None, declared_unit(label.text) or unit):
            return
        if kind == "source" and _is_fiscal_kind(label.text) and not _is_fiscal_kind(group):
            self._fiscal_line(label, amount.text, declared_unit(label.text) or unit or self.block_unit)
        self._line(label.text, amount.text, kind, declared_unit(label.text) or unit or self.block_unit, label,
                   group=clean(label_key(group)) if group else None)
        if len(key) > 2 and key.endswith("小计") and _CN_SECTION.match(label.text):
            # (二)自有资金小计 | 0.00 after (一)财政拨款小计's lines: the head of the lines numbered under it (1、事业收入
            # went to the group above)
            self.money_group = (label.text, kind, unit, label.col)

    def _close_subtotal(self, label: Cell, amount: Cell, group: str | None, unit: str | None) -> bool:
        """A bare `小计 | 150` right under source lines of its group (`中央补助 | 100`, `省级补助 | 50`): their subtotal,
        closing the lines since the last 小计 or the block's start — no line, a total of those lines stated for
        total_row_mismatch, which flags it when they do not add up (it was a source line, summed beside them by
        check_source_sum: a false source_sum_mismatch, review rv149's xfail, mend md68). True if so."""
        closed = {id(b) for t in self.form.totals if t["table"] == "budget_items" for b in t["recs"]}
        run: list[dict] = []
        for b in reversed(self.form.budget_items):
            if b.get("kind") != "source" or b.get("group") != group or id(b) in closed \
                    or b.get("page") != label.page or b.get("line") is None or label.line is None \
                    or (run[-1]["line"] if run else label.line) - b["line"] > 2:
                break
            run.append(b)
        if not run:
            return False
        self.form.totals.append({"table": "budget_items", "values": {"amount": amount.text}, "recs": run[::-1],
                                 "label": clean(label.text), "page": label.page, "line": label.line,
                                 "own_unit": unit})
        return True

    def _money_line_below(self, label: Cell) -> str | None:
        """The label of the money line the row after the one read holds in `label`'s column, a label and a figure
        right of it (`其他资金 | 100` under `企业自筹资金 | 200`: the line read is not its block's last); None if none."""
        at = self.at + 1
        if at >= len(self.rows) or self.rows[at].grid is not self.rows[self.at].grid or self.rows[at].is_text_line:
            return None
        cells = self.rows[at].cells
        lab = next((c for c in cells if c.col == label.col), None)
        if lab is None or is_number(lab.text) or not any(is_number(c.text) for c in cells if c.col > label.col):
            return None
        return lab.text

    @staticmethod
    def _sentence_cell(cell: Cell) -> bool:
        """A cell holding a money sentence, several figures in clauses (`资金来源：省级补助资金80万元，单位自筹20万元`),
        not one label or amount: every line read from it shares it."""
        return bool(re.search(r"[，,、；;]", cell.text)) and len(re.findall(r"\d+(?:\.\d+)?", cell.text)) >= 2 \
            or _source_list(cell.text)     # (`财政资金：550  其他资金：50`, a list cut at spaces, review rv54)

    def _more_money_said(self, amount: float | None) -> bool:
        """Whether a text field of the form (its overview, its goal) names an amount of money larger than AMOUNT
        (`项目总投资1000万元` beside a lone `县级财政配套400万元`): that line is then a part of the money, not all of it."""
        if amount is None:
            return False
        for v in self.form.fields.values():
            for m in _MONEY_IN_WORDS.finditer(v.text or ""):
                x = parse_amount(m.group(0))
                if x is not None and x > amount + MONEY_TOL:
                    return True
        return False

    def _fiscal_from_levels(self) -> None:
        """Funding lines that are each some level's government money (`市级财政拨款 | 80`, `区级财政配套 | 40`,
        `中央补助资金 | 100` under a 资金来源 head), with no 财政拨款 field: budget_fiscal is their sum (it was null) —
        when the form states no total, the others then of another kind (`单位自筹 | 20`: budget_other), or when they
        are all of it and add up to the total they stand under (`资金总额（万元） | 500` over `中央资金 | 300` …)."""
        f = self.form
        # (a form with lines of what the money is spent on too: only levels' lines that are all of a total the form
        # states, `区级资金 | 130 | 300` under `合 计 | 130 | 300` over a 支出明细 — it was null)
        spending = any(b.get("kind") in ("composition", "spent") for b in f.budget_items)
        if "budget_fiscal" in f.fields or spending and not any(k in f.fields for k in ("budget_total", "budget_year")):
            return
        other_ = f.fields.get("budget_other")
        # (the line that is the budget_other field's own, `其他收入 | 140` / `单位自筹 | 50` after the fiscal lines: the
        # form's other money, as the field alone was; not a line of the levels)
        # (told by its row and its name: a self-evaluation's `其他资金 | 0 | 0 | 0` row under 中央财政资金 / 地方资金
        # holds the field in its figure's cell, the line in its label's — it was counted among the levels, no fiscal
        # money then; a matrix row's other lines, `中央资金 | 地方资金` beside it, stay among the levels)
        # (a money sentence's cell holds its every line: `资金来源：省级补助资金80万元，单位自筹20万元` — the line of its
        # cell is the field's own by its name only; 省级补助资金 was taken for it, budget_fiscal lost)
        other_sentence = other_ is not None and self._sentence_cell(other_.cell)
        lines = [b for b in f.budget_items if b.get("kind") == "source" and not (
            other_ is not None and (self.line_cells.get(id(b)) is other_.cell
                                    and not other_sentence or (
                (b.get("page"), b.get("line")) == (other_.cell.page, other_.cell.line)
                and (label_key(_SUB_LINE.sub("", b.get("name") or "")) in _OTHER_KEYS
                     or (match_field(b.get("name") or "") or (None,))[0] == "budget_other"))))]
        keys = [label_key(_SUB_LINE.sub("", b.get("name") or "")) for b in lines]
        one = len(lines) == 1 and "budget_other" in f.fields
        # (`项目资金 | 其中县级财政救助资金400万元`, a level's fiscal line the form's only money: budget_fiscal its amount —
        # it was null, the line alone, hunt mn9; only an amount of a unit said, its own or the line's: a bare figure
        # alone, `其中:中央补助 | 50.29` under an empty 年度资金总额, or `区级资金 | 130 | 300` whose first column is
        # last year's, is no sure money of the form's)
        # (nor one the form's words show a part of: `项目概况 | 项目总投资1000万元，其中中央车购税资金600万元，县级财政配套400万元`
        # beside `项目资金 | 其中县级财政配套400万元` — budget_fiscal was 400万 of the fiscal 1000万, review rv6)
        alone = len(lines) == 1 and not f.fields.keys() & set(L.MONEY_FIELDS) \
            and bool(lines[0].get("unit") or _WRITTEN_UNIT.search(lines[0].get("amount") or "")) \
            and not self._more_money_said(parse_amount(lines[0].get("amount") or "", lines[0].get("unit")))
        # (`年度资金总额 | 500` over `其中：省级财政资金 | 300` and `其他资金 | 200`: one level's line, the rest the form's
        # 其他资金 field — checked against the total below)
        # (one level's line and a total the form states, `合 计 | 130 | 300` over `区级资金 | 130 | 300`: budget_fiscal when
        # the line is all of the total — checked below; it was null, the line alone)
        whole = len(lines) == 1 and any(k in f.fields for k in ("budget_total", "budget_year"))
        if len(lines) < 2 and not one and not alone and not whole or len(set(keys)) < len(keys) \
                or any(parse_amount(b.get("amount") or "", b.get("unit")) is None for b in lines):
            return
        groups = {b.get("group") for b in lines}
        if len(groups) > 1 and None in groups:
            return                  # (some lines under a head, others loose: not one list of the money's sources)
        fiscal = [b for b, k in zip(lines, keys) if L.LEVEL_FISCAL.match(k)]
        totals = [v for k, v in f.fields.items() if k in ("budget_total", "budget_year")]
        others = [b for b in lines if b not in fiscal]
        other_kind = all(label_key(b["name"] or "") in _OTHER_KEYS
                         or L.OTHER_MONEY_WORD.search(label_key(b["name"] or "")) for b in others)
        # (beside lines of spending, the levels' lines and others all of another kind, `中央财政 | 300` … `县级财政 | 80`
        # then `社会资金 | 20` / `群众自筹 | 20`, when they make up the stated total below: the levels' sum budget_fiscal,
        # the others' budget_other — it was null, hunt mn13; the others of no known kind still stop it; one level's
        # line and 群众自筹 making up the total so too, hunt mn14)
        if not fiscal or spending and len(fiscal) < len(lines) and not other_kind:
            return
        if totals:
            # (the others all 自筹 / 其他 money with no budget_other field, `…，县级自筹50万元，合计350万元`: their sum the
            # rest of the total, budget_other when the levels and they make it up — the fiscal part was lost)
            # (a total summed from these very lines, a self-evaluation's `中央补助资金 | 省级补助资金 | 市县配套` rows with no
            # total row: their sum, all of it fiscal money — budget_fiscal was null, hunt mn10)
            summed = [v for v in totals if getattr(v, "parts", None) is not None]
            if others and not (other_kind and "budget_other" not in f.fields) \
                    or summed and (others or len(summed) < len(totals) or any(
                        sorted(v.parts) != sorted(b["amount"] for b in fiscal) for v in summed)):
                return
            # (a line of no unit of its own in the form's, as the fields are: `金额单位：亿元` over `基金规模 | 20` and
            # `其中 | 市级财政出资 | 4` — the lines were summed as 元 against the total's 亿元, no fiscal money then)
            got = sum(parse_amount(b["amount"], b.get("unit") or f.form_unit) or 0.0 for b in fiscal)
            other = f.fields.get("budget_other")
            rest = parse_amount(other.text, other.unit or f.form_unit) if other is not None \
                and getattr(other, "parts", None) is None else None
            if others:
                amounts = [parse_amount(b["amount"], b.get("unit") or f.form_unit) for b in others]
                rest = sum(amounts) if None not in amounts else None
            # (`中央财政资金 | 地方资金 | 其他资金 | 合计`: the levels and the form's 其他资金 field make up the total)
            if not summed and not any(x is not None and (abs(x - got) <= 0.5 and not one and not others
                                                         or rest is not None and abs(x - got - rest) <= 0.5)
                                      for v in totals for x in [parse_amount(v.text, v.unit or f.form_unit)]) \
                    or spending and summed:
                return
            # (beside lines of spending, one level's line and the form's 其他资金 field, `县级财政 | 580` and `其他资金 |
            # 20` making up the stated 合计 600: the level's budget_fiscal — it was null, hunt mn15; the sum checked above)
        elif others and not other_kind:
            return
        for col, these in (("budget_fiscal", fiscal), ("budget_other", others)):
            # (with no total, the others all of another kind: `资金来源：中央补助200万元，省级配套100万元，县级自筹50万元`,
            # the 自筹 line budget_other — it was a source line alone, the split half read; no total made of their sum)
            if not these or col in f.fields:
                continue
            unit = these[0].get("unit")
            first = next((c for r in self.rows for c in r.cells
                          if (c.page, c.line) == (these[0]["page"], these[0]["line"])), None)
            if first is None:
                return
            parts = [b["amount"] if (b.get("unit") == unit or not b.get("unit")) else f"{b['amount']}{b['unit']}"
                     for b in these]
            f.fields[col] = RawValue(these[0]["name"], first, unit, parts=parts)

    def _levels_beside_kinds(self) -> list[tuple[str, str | None]]:
        """The source lines (amount, unit) of a level's fiscal money (L.LEVEL_FISCAL: `上级转移支付`, `中央补助资金`) in
        the list of the three budgets' lines (fiscal_lines, one group) when the budgets' lines and they, with the form's
        其他资金, make up the total the form states and the budgets' alone do not (`资金总额 | 3,000` over `一般公共预算 |
        1,200`, `政府性基金预算 | 1,000`, `国有资本经营预算 | 300`, `上级转移支付 | 500`: budget_fiscal 3,000 — it was
        2,500, the transfer no fiscal money, review rv128); none else (a list by level beside one by budget, each the
        whole, counts once)."""
        f = self.form
        at = {(c.page, c.line) for c, _, _ in self.fiscal_lines}
        sources = [b for b in f.budget_items if b.get("kind") == "source"]
        groups = {b.get("group") for b in sources if (b.get("page"), b.get("line")) in at}
        levels = [b for b in sources if len(groups) == 1 and b.get("group") in groups
                  and (b.get("page"), b.get("line")) not in at and not _is_fiscal_kind(b.get("name"))
                  and L.LEVEL_FISCAL.match(label_key(_SUB_LINE.sub("", b.get("name") or "")))]
        kinds = [parse_amount(a, u or f.form_unit) for _, a, u in self.fiscal_lines]
        more = [parse_amount(b["amount"], b.get("unit") or f.form_unit) for b in levels]
        other = f.fields.get("budget_other")
        rest = parse_amount(other.text, other.unit or f.form_unit) if other is not None else 0.0
        if not levels or None in kinds or None in more or rest is None:
            return []
        totals = [x for k, v in f.fields.items() if k in ("budget_total", "budget_year")
                  and getattr(v, "parts", None) is None
                  for x in [parse_amount(v.text, v.unit or f.form_unit)] if x is not None]
        own = sum(kinds) + rest      # type: ignore[arg-type]
        if not any(abs(x - own - sum(more)) <= 0.5 for x in totals) or any(abs(x - own) <= 0.5 for x in totals):  # type: ignore[arg-type]
            return []
        return [(b["amount"], b.get("unit")) for b in levels]

    def _fiscal_line(self, label: Cell, amount: str, unit: str | None) -> None:
        """Keep a money line of one of the three budgets for budget_fiscal; a `其中：…` line under one kept
        already is a part of it, not another line."""
        if self.fiscal_lines and _SUB_LINE.match(label.text) \
                and (label.page, label.line) != (self.fiscal_lines[-1][0].page, self.fiscal_lines[-1][0].line):
            return      # (the next of one `其中：` line's budgets, `其中：一般公共预算：480万元，国有资本经营预算：200万元`, a
            # sibling of the first: it was dropped, budget_fiscal short of the two — review rv128)
        self.fiscal_lines.append((label, amount, unit))

    # ------------------------------------------------------------ money matrix (self-evaluations)
    def _fund_flow_row(self, row: Row, cells: list[Cell]) -> bool:
        """A fund's money (a 社会保险基金 form, 基金名称 naming it): `本年收入 | 21,386.00 | 其中：个人缴费收入 | 3,120.00`,
        `政府补贴收入 | 17,642.00 | 利息收入 | 624.00`, `本年支出 | 19,850.00 | 其中：基础养老金支出 | …`, `年末滚存结余 | …`
        (a 自评表's under `预算数 | 执行数 | 执行率`, one figure of each a row; `其中` merged down in a cell of its own). The
        fund's own figures are kept in other_fields as before; the parts of its income (from `其中：…` on, until the
        next figure of the fund) are budget lines of kind source, those of its spending of kind use, each in the group
        of the line it is part of (they were unparsed rows, or every row a source line). True if read."""
        if "_fund_name" not in self.form.fields or row.grid is None or len(cells) < 2:
            return False
        heads = {c.col: _WS.sub("", clean(c.text) or "") for c in cells[1:] if _FUND_YEAR_HEAD.match(bare_fold(c.text))}
        if len(heads) >= 2 and len(heads) == len(cells) - 1 and not is_number(cells[0].text):
            # `项目 | 2024年执行数 | 2025年预算数`: the fund table's heads by year, the form's year's column the amounts
            self.fund_years = (row.grid, heads)
            return True
        if self.fund_years is not None and self.fund_years[0] is not row.grid:
            self.fund_years = None
        heads = self.matrix_heads if self.matrix is not None else self.fund_years[1] if self.fund_years else {}
        cols = self.matrix[0] if self.matrix is not None else {c: "year" for c in heads}
        year = self.form.stated_year if self.matrix is None and heads else None
        if self.matrix is None and heads and not any(h.startswith(f"{year}年") for h in heads.values()):
            return False                 # (no column of the form's year: which amount is the year's is not known)
        if self.fund_flow is not None and self.fund_flow[2] is not row.grid:
            self.fund_flow = None
        # (the block's label merged down beside its rows, `基金预算情况`, or a side's, `基金收入 | 本年收入合计 | 56,800.00`)
        k = 1 if not is_number(cells[0].text) and not is_number(cells[1].text) and not cols.get(cells[0].col) \
            and (_FUND_BLOCK.search(label_key(cells[0].text)) or _FUND_FIGURE.match(label_key(cells[0].text))) else 0
        pairs: list[tuple[Cell, list[Cell]]] = []
        j = k
        while j < len(cells):
            lab, figs = cells[j], []
            if is_number(lab.text) or _is_dash(lab) or _PERCENT.match(fold(lab.text)) or cols.get(lab.col):
                return False
            j += 1
            while j < len(cells) and (is_number(cells[j].text) or _is_dash(cells[j]) or _PERCENT.match(fold(cells[j].text))):
                figs.append(cells[j])
                j += 1
            if not figs or not is_number(figs[0].text) or (cols and any(not cols.get(f.col) for f in figs)) \
                    or (not cols and len(figs) > 1):
                return False             # (`一、基金收入 | 18,650 | 19,420` under `项目 | 2024年执行数 | 2025年预算数`: no matrix)
            pairs.append((lab, figs))
        flow = list(self.fund_flow) if self.fund_flow is not None else None
        plan = []
        for lab, figs in pairs:
            name = _SUB_LINE.sub("", clean(lab.text) or "").strip()
            fig = _FUND_FIGURE.match(label_key(name))
            if fig is not None:
                flow = [name, "source" if fig.group(1) == "收入" else "use", row.grid, False] \
                    if fig.group(1) in ("收入", "支出") else None
                plan.append((lab, name, figs, None))
            elif flow is None or match_field(name) is not None or not (_SUB_LINE.match(lab.text) or flow[3]) \
                    or not _HAN.search(name):
                return False
            else:
                flow[3] = True
                plan.append((lab, name, figs, (flow[0], flow[1])))
        self.fund_flow = flow
        unit = (self.matrix[1] if self.matrix is not None else None) or self.block_unit or self.form.form_unit
        for lab, name, figs, part in plan:
            if part is None:
                said = "；".join(f"{heads[f.col]}：{clean(f.text)}" for f in figs if heads.get(f.col)
                                and not _is_dash(f)) if cols else clean(figs[0].text)
                self.form.other.append((name, said or clean(figs[0].text), lab))
                continue
            amount = next((f for f in figs if cols.get(f.col) in ("budget_year", "budget_initial")
                           or year is not None and heads.get(f.col, "").startswith(f"{year}年")), figs[0])
            spent = next((f for f in figs if cols.get(f.col) == "spent" and is_number(f.text)), None)
            others = [spent] if spent is not None else [f for f in figs if year is not None and f is not amount
                                                         and is_number(f.text)]
            note = "；".join(f"{heads.get(f.col) or '执行数'}：{_plain_number(f.text)}"
                            f"{unit if unit and unit != '元' else ''}" for f in others) or None
            self._line(name, amount.text, part[1], declared_unit(lab.text) or unit, lab, group=part[0], note=note)
        if self.matrix is not None:
            self.matrix_rows += 1
        return True

    def _in_force(self, col: str, before: str, after: str, cell: Cell, label: str = "") -> str:
        """A field's text before and after an adjustment: the one in force, the after's, the one before kept in
        other_fields (`调整前年度目标`); the before's when the after says no change (`不变`, `同调整前`, `无变化`, `同上`
        …), the words saying so kept (`调整后年度目标`). label: the row's label, for a field other than the goals."""
        what = {"goal_annual": "年度目标", "goal_total": "总体目标"}.get(col) \
            or _OTHER_LABEL_END.sub("", clean(label) or label) or col
        if _NO_CHANGE.match(after):
            self.form.other.append(("调整后" + what, clean(after) or after, cell))
            return before
        self.form.other.append(("调整前" + what, clean(before) or before, cell))
        return after

    def _stage_text_row(self, cells: list[Cell]) -> bool:
        """`年度目标 | 改造管网80公里… | 改造管网68公里…` under `调整内容 | 调整前 | 调整后` (an adjustment form's rows
        of what changed, its money's row read by the matrix): a text field's value in force, the one under 调整后, as
        `年度目标 | 调整前 | … | 调整后 | …` gives it (it was the one before, the row's first value). True if read."""
        stages = {col: L.ADJUST_STAGE.get(head) for col, head in self.matrix_heads.items()}
        after = next((col for col, s in stages.items() if s == "after"), None)
        if after is None or "before" not in stages.values() or len(cells) < 3:
            return False
        m = match_field(cells[0].text)
        val = next((c for c in cells[1:] if c.col == after), None)
        old = next((c for c in cells[1:] if stages.get(c.col) == "before"), None)
        if m is None or m[1] is not None or m[0] in L.MONEY_FIELDS or val is None or old is None \
                or not is_value_for(val.text) and not _NO_CHANGE.match(val.text) or is_number(val.text) \
                or any(L.ADJUST_STAGE.get(c.text.strip()) for c in cells[1:]):
            return False                 # (`年度绩效目标 | 调整前 | | 调整后` over the texts: stages of its own, read so)
        # (the one before kept, and `不变` under 调整后 no goal: the one before in force — review rv73, it was the goal
        # `不变`, the one before lost)
        text = self._in_force(m[0], old.text, val.text, val, cells[0].text)
        self._value(m[0], text, val if text is val.text else old, None, cells[0].text)
        self.consumed.update(id(c) for c in cells)
        return True

    def _matrix_header(self, cells: list[Cell]) -> dict[int, str] | None:
        """年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分: column -> what it holds, or None."""
        heads = [(c, _matrix_head(c.text)) for c in cells]
        for _, h in heads:
            if h[0] is not None or h[1]:
                break
        else:
            return None                  # (no cell a matrix's head: most rows a form reads)
        cols = {c.col: h[0] for c, h in heads if h[0] is not None}
        to_date = [c for c, h in heads if c.col not in cols and h[1]]
        if to_date and len(to_date) == 1:
            # `资金情况（万元） | 年度 | 中期（1-6月）` (a 绩效运行监控表): the year's budget, and what was spent so far (the
            # year's column was read as budget_total by its row label, 中期 taken for a period of years)
            year = [c for c in cells if c.col not in cols and label_key(c.text) in _YEAR_BUDGET_HEADS]
            if len(year) == 1:
                cols.update({year[0].col: "budget_year", to_date[0].col: "spent"})
        if "spent" in cols.values() and not set(cols.values()) & {"budget_year", "budget_initial"}:
            # `项目资金 | 年度预算数 | 1-6月执行数 | 执行率` (a PPP 监控表): the year's budget beside what was spent, the
            # only budget head (not the head of the rows' labels, `年度预算数（万元） | 年初预算 | 调整后预算数 | …`)
            year = [c for c in cells[1:] if c.col not in cols and label_key(c.text) in _YEAR_BUDGET_HEADS]
            if len(year) == 1:
                cols[year[0].col] = "budget_year"
        if len(cols) < 2 or len(set(cols.values())) < 2:
            return None
        if set(cols.values()) & {"name", "group"} and not set(cols.values()) & _MATRIX_AMOUNTS:
            return None                  # 部门职责 | 工作任务 | 绩效指标 …: an indicator table's context, no money
        if any(is_number(c.text) and c.col - 1 in cols for c in cells):
            return None                  # 全年预算数(A) | 300 | 全年执行数(B) | …: labels with their values, no header
        m = match_field(cells[0].text) if cells[0].col not in cols else None
        stages = [bool(L.ADJUST_STAGE.get(c.text.strip())) for c in cells[1:]]
        if m is not None and m[1] is None and m[0] not in L.MONEY_FIELDS and any(stages) \
                and all(st or not is_number(c.text) for st, c in zip(stages, cells[1:])):
            return None                  # 年度绩效目标 | 调整前 | 调整后 over two texts: a field's stages, no money
            # (so each stage beside its text, `年度目标 | 调整前 | 新建15座… | 调整后 | 新建12座…`: the texts were taken
            # for a matrix's notes, the goal lost — review rv73)
        # a header cell no label names right of the first known one (an OCR-garbled `调整预算将,A、`): its
        # values are not read, and do not stop the rows being read
        cols.update({c.col: "note" for c in cells if c.col > min(cols) and c.col not in cols})
        return cols

    def _matrix_sides(self, cells: list[Cell]) -> bool:
        """A row of a matrix of two sides: its sources' side (left) read as a row of the matrix, its uses' side
        (right, 资金用途 / 支出) as a line of use of the budget (基本支出 / 项目支出); its total once. True if read."""
        split, left_cols, right_cols = self.matrix_halves  # type: ignore[misc]
        unit = self.matrix[1]  # type: ignore[index]
        left = [c for c in cells if c.col < split]
        right = [c for c in cells if c.col >= split]
        if not left or not right:
            return False
        if not self._matrix_row(left):
            return False
        label = right[0]
        if L.MATRIX_TOTAL_ROW.search(label_key(label.text)) or is_number(label.text) or label.col != split:
            return True                  # (the total again, or no line of its own)
        kind, uses = self.matrix_kind, self.matrix_uses
        self.matrix, self.matrix_kind, self.matrix_uses = (right_cols, unit), "source", True
        try:
            self._matrix_row(right)
        finally:
            self.matrix, self.matrix_kind, self.matrix_uses = (left_cols, unit), kind, uses
        return True

    def _matrix_options(self, cells: list[Cell]) -> bool:
        """`偏差原因分析 | | | | 完成目标可能性 | |` over `经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 确定能 | 有可能 | 完全不可能`
        right under a money matrix's head (a 绩效运行监控表): the options its rows tick under their note heads, no row of
        money (it ended the matrix: the rows below were lines named by their rate, `40.00%`, the spending lost). The
        options are kept (a tick under one is that option, `_total_notes`); True if the row was so."""
        cols, _ = self.matrix  # type: ignore[misc]
        notes = sorted(c for c, what in cols.items() if what == "note")
        money = [c for c, what in cols.items() if what != "note"]
        pair = len(cells) == 2 and all(_YES_NO_OPTION.match(label_key(c.text)) for c in cells) \
            and label_key(cells[0].text) != label_key(cells[1].text)
        # (`是 | 否` under `是否存在偏差`: two options, a yes and a no)
        if self.matrix_rows != 0 or len(cells) < 3 and not pair or not notes or not money or any(
                is_number(c.text) or _is_dash(c) or len(c.text.strip()) > 8 or c.col < min(notes) or c.col < max(money)
                or _is_source(c.text) or L.MATRIX_TOTAL_ROW.search(label_key(c.text)) or match_field(c.text)
                for c in cells):
            return False
        under = {c.col: (max(h for h in notes if h <= c.col), clean(unwrap_cell(c.text)) or c.text.strip())
                 for c in cells}
        if not any(sum(1 for p, _ in under.values() if p == h) >= 2 for h in notes):
            return False
        self.matrix_options = {col: (self.matrix_note_heads.get(p, ""), word) for col, (p, word) in under.items()}
        return True

    def _matrix_parts(self, row: Row, cells: list[Cell]) -> bool:
        """`资金情况（万元） | 全年预算数（A） | | | 全年执行数（B） | | | 执行率` over `| 中央资金 | 地方资金 | 合计 | 中央资金 |
        地方资金 | 合计 |` over one row of figures (a 中央对地方转移支付 区域绩效自评表): the head's second line names the
        sources each head is split into; the figures are read as the rows they stand for, one per source (中央资金 |
        1856 | 1802.35), the total's last with the rate. True when the row was one of the two."""
        cols, _ = self.matrix  # type: ignore[misc]
        heads = sorted(c for c, what in cols.items() if what != "note")
        if self.matrix_subheads is None and self.matrix_rows == 0 and len(cells) >= 4 and all(
                not is_number(c.text) and not _is_dash(c) and c.col >= heads[0]
                and (_is_source(c.text) or _BARE_LEVEL.match(label_key(c.text))
                     or L.MATRIX_TOTAL_ROW.search(label_key(c.text))) for c in cells):
            # (the sources may be bare levels: `| 中央 | 省级 | 市县 | 合计 |` under 全年预算数)
            under = {c.col: (max(h for h in heads if h <= c.col), clean(c.text) or c.text.strip()) for c in cells}
            if any(sum(1 for p, _ in under.values() if p == h) >= 2 for h in heads):
                self.matrix_subheads = under
                return True
            return False
        if self.matrix_subheads and cells and cells[0].col < heads[0] and len(cells) > 1 \
                and L.MATRIX_TOTAL_ROW.search(label_key(cells[0].text)) and not is_number(cells[0].text):
            cells = cells[1:]            # `年度资金总额 | 680 | 220 | …`: the figures under the label of their total
        if not self.matrix_subheads or any(not (is_number(c.text) or _is_dash(c) or _PERCENT.match(fold(c.text)))
                                           for c in cells):
            return False
        subs, self.matrix_subheads = self.matrix_subheads, None
        names: list[str] = []
        by_name: dict[str, list[Cell]] = {}
        rest: list[Cell] = []
        for c in cells:
            if c.col in subs:
                head, name = subs[c.col]
                if name not in by_name:
                    names.append(name)
                    by_name[name] = []
                by_name[name].append(replace(c, col=head))
            else:
                rest.append(c)
        names.sort(key=lambda n: bool(L.MATRIX_TOTAL_ROW.search(label_key(n))))      # (the total last)
        for k, name in enumerate(names):
            label = Cell(cells[0].row, min(cols) - 1, name, page=cells[0].page, line=cells[0].line)
            self._matrix_row([label, *by_name[name], *(rest if k == len(names) - 1 else [])])
        return True

    def _matrix_row(self, cells: list[Cell], flat: bool = False) -> bool:
        """One row of the money matrix: its label, then a number under each column header (`flat`: the row is one of
        flattened text, its cells' columns only their order)."""
        cols, unit = self.matrix  # type: ignore[misc]
        shift = 0       # how far the row's values stand right of their heads (the note heads are the head row's)
        if any(c not in cols for c in self.matrix_options):
            # (`是 | 否` under `是否存在偏差`, the head over the first only: a tick under 否 is in a note column)
            cols = {**{c: "note" for c in self.matrix_options}, **cols}
        pair = next(((k, p) for k, c in enumerate(cells) if cols.get(c.col) in ("score", "weight")
                     for p in [points_pair(c.text, head_pair_order(self.matrix_heads.get(c.col)))] if p), None)
        if pair is not None:
            # `9.5（10）` under a `得分（分值）` head beside 执行率: the score, its points in brackets after it (`10（9.5）`
            # under `分值（得分）`, a head the matrix reads as 分值, the same: the column the score's); which figure is
            # which as the head names them, the score tables' rule (`8.3/10` under `得分/分值`: 8.3 of 10 — the column
            # was no column, the score lost; `10.5（10）` under `得分（分值）` a score of 10.5, hunt lt)
            cols = {**cols, cells[pair[0]].col: "score"}
            cells = cells[:pair[0]] + [replace(cells[pair[0]], text=pair[1][1])] + cells[pair[0] + 1:]
        piece = next((c for c in cells if c.col < min(cols) and _bare_unit(c.text)), None)
        if piece is not None:
            # 项目资金 | 年初预算数 | … over (万元) | 年度资金总额 | 29 | …: the block label's unit, cut onto this row
            unit = declared_unit(piece.text) or unit
            self.matrix = (cols, unit)
            cells = [c for c in cells if c is not piece]
        # (`累计：285`, `合计：285`, `约285` under 全年执行数: the amount, its word before it one of HEDGE_WORDS, as parse_amount
        # reads it — it was `no number, not kept`, the money spent lost, review rv5)
        cells = [replace(c, text=rest) if cols.get(c.col) not in (None, "note", "name", "group")
                 and (rest := AMOUNT_HEDGE.sub("", c.text, count=1)) != c.text
                 and (is_number(rest) or _AMOUNT_WITH_UNIT.match(fold(rest))) else c for c in cells]
        # (`（20）` under 调整预算: an accounting negative in the column that may hold the change, column_negative — it
        # was `no number, not kept`; not `（1）` under 执行数, no money spent below zero: an unplaced_cell, mend md42)
        cells = [replace(c, text=neg) if cols.get(c.col) == "budget_year"
                 and (neg := column_negative(c.text)) != c.text else c for c in cells]
        # (a 部门整体 form's 部门职责 | 工作任务 | 任务内容 | 预算数 | 执行数: the task names the line, the duty its group)
        named = {cols[c.col]: c for c in cells if cols.get(c.col) in ("name", "group") and c.text.strip()}
        if "group" in named:
            self.matrix_group = clean(named["group"].text)
        texts = [c for c in cells if not is_number(c.text) and not _is_dash(c) and not _AMOUNT_WITH_UNIT.match(fold(c.text))
                 and not _PERCENT.match(fold(c.text)) and cols.get(c.col) not in ("note", "name", "group")]
        # (`3359.62万`: an amount too)
        if "name" in named and not texts:
            texts = [named["name"]]
        damaged = [c for c in texts if c.col in cols and c.col != min(cols) and _DIGITS.search(c.text)
                   and not match_field(c.text)]
        if damaged and sum(1 for c in cells if c.col in cols and is_number(c.text)) >= 2:
            # `23.3 | 23.3 | 1(X)%`: a value an OCR damaged (100%) among the row's numbers: the row is read
            # without it, and the loss is reported
            for c in damaged:
                self.form.warnings.append(warn("unplaced_cell", f"money-matrix value is no number, not kept: "
                                                                f"{clean(c.text)!r}"[:200], c))
            cells = [c for c in cells if all(c is not d for d in damaged)]
            texts = [c for c in texts if all(c is not d for d in damaged)]
        # (its words under the note heads, so shifted, are notes: `年度资金总额 | 200 | 80 | 40% | 200 | 采购程序尚未完成 | 是`
        # under `项目资金（万元） | 年初预算数 | … | 偏差原因 | 是否采取纠偏措施` — they were more labels, the row no row, its
        # money read as a line named `40%`, hunt fam5)
        right = [c for c in texts if c.col <= min(cols) or cols.get(c.col - 1) not in ("note", "name", "group")]
        if len(right) == 1 and right[0].col in cols and right[0].col == min(cols) and cols[right[0].col] != "name" \
                and all(c.col > right[0].col for c in cells if c is not right[0]):
            # the rows' labels stand in the header's first value column (the header has no label
            # column): each value belongs one column to the left
            cols = {k + 1: v for k, v in cols.items()}
            shift = 1
            texts = right
        if len(texts) == 1 and (label_key(texts[0].text) in _SPENDING_SIDE or label_key(texts[0].text) in _INCOME_HEADS) \
                and all(_is_dash(c) or is_placeholder(c.text) for c in cells if c is not texts[0]):
            # 按支出性质分 | — | — …: the rows below are the budget's uses (基本支出 / 项目支出); 按收入性质分: sources
            self.matrix_uses = label_key(texts[0].text) in _SPENDING_SIDE
            self.matrix_rows += 1
            return True
        rest = [c for c in cells if c not in texts]
        gap = min(cols) - min(c.col for c in rest) if rest else 0
        if len(texts) == 1 and texts[0].col < min(cols) and rest and (gap == 1 or gap > 1 and (
                texts[0].col == min(c.col for c in rest) - 1 and all(is_number(c.text) for c in rest)
                and flat)) \
                and all(c.col + gap in cols for c in rest):
            # `年度资金总额 | 120.00 | 136.50 …` under `项目资金（万元） | | 年初预算数 | …`: a dump dropped the row's
            # empty merged cell, every value one column left of its header
            # (flattened text, `合 计 130 300` under `项目资金情况 项目资金申请(万元) 项 目 上年度安排资金 本年度申请资金`: the
            # head's two labels over the row's one, the figures right after it in the heads' order — the row was no
            # row of the matrix, the money lost, hunt mn10)
            cols = {k - gap: v for k, v in cols.items()}
            shift = -gap
        if len(texts) > 1 or (texts and (texts[0].col in cols and cols[texts[0].col] != "name"
                                         or match_field(texts[0].text)
                                         and match_field(texts[0].text)[0] not in L.MONEY_FIELDS)):
            return False
        label = texts[0] if texts else Cell(cells[0].row, -1, "", page=cells[0].page, line=cells[0].line)
        values: dict[str, Cell] = {}
        for c in cells:
            if c is label or _is_dash(c):
                continue
            what = cols.get(c.col)
            if what is None:
                return False
            if what not in ("note", "name", "group"):  # a 原因 column explains; it holds no amount
                values[what] = c
        change = next((c for c in cells if cols.get(c.col) == "note"
                       and ADJUSTMENT_KEY.match(self.matrix_note_heads.get(c.col - shift) or "")), None)
        year_head = self.matrix_heads.get(values["budget_year"].col - shift, "") if "budget_year" in values else ""
        values, changed = _budget_after_change(values, change, year_head, unit)
        if not values:
            # 市级资金 with no amount under 合计 (nothing, or `—` / `/` in every column): an empty line of the
            # matrix, which goes on below
            return bool(texts) and sum(1 for c in cells if not _is_dash(c)) == 1 and label.col < min(cols) \
                and len(label.text.strip()) <= 12 \
                and not match_field(label.text) and not is_block_label(label.text)
        # the total: a 合计 / 资金总额 row, or an unlabelled first row; a first row with a name of its own
        # (垃圾清运及转运) is a line, and the 合计 below it the total
        # (a first row labelled as the year's budget, `年度政府支出责任 | 1,520.00 | 600.00 | 39.47%` under a PPP 监控表's
        # `项目资金 | 年度预算数 | 1-6月执行数 | 执行率`: the total too; it was a source line, the rate lost)
        first = None if self.matrix_rows or not label.text else match_field(label.text)
        total = bool(L.MATRIX_TOTAL_ROW.search(label_key(label.text))) or (not self.matrix_rows and not label.text) \
            or bool(first and first[0] in ("budget_year", "budget_total"))
        self.matrix_rows += 1
        unit = declared_unit(label.text) or unit
        if total:
            self.matrix_total = True
            # a head of the year's money over an empty or `/` cell of the total row (`全年预算数` / `调整后预算数` with
            # nothing under it): the form labels the field and leaves it empty
            self.form.labelled.update(v for v in cols.values() if v in _LABELLED_MONEY and v not in values)
            for what in ("budget_initial", "budget_year", "budget_issued", "spent", "execution_rate", "prior_budget"):
                if what in values:
                    self._set(what, values[what].text, values[what], unit,
                              self.matrix_heads.get(values[what].col) if what == "execution_rate" else None,
                              named=self.matrix_heads.get(values[what].col))
            self._total_notes(cells, cols, unit, shift)
            if changed is not None:
                # (the 调整预算 column's figure read as the change: noted as a 调整数 column's is, mend md42)
                self._add_note(_change_note(year_head, changed, unit), changed)
            if "weight" in values or "score" in values:
                self.form.scores.append({
                    "level1": None, "level2": None, "level3": "预算执行率",
                    "weight": values["weight"].text if "weight" in values else pair[1][0] if pair is not None
                    else self.matrix_points,
                    "score": values["score"].text if "score" in values else None,
                    "is_subtotal": False, "page": label.page, "line": label.line})
            return True
        amount = values.get("budget_year") or values.get("budget_initial")
        m = match_field(label.text)
        if m and m[0] in ("budget_fiscal", "budget_other") and amount is not None:
            self._set(m[0], amount.text, amount, unit)
        elif amount is not None and self.matrix_kind == "source" and _is_fiscal_kind(label.text):
            self._fiscal_line(label, amount.text, unit)          # 其中：当年一般公共预算拨款 | 220 | …
        if amount is not None:
            spent = values.get("spent")
            uses = self.matrix_uses and self.matrix_kind == "source"
            if self.matrix_kind == "source" and "budget_year" in values and not uses:
                if _SUB_LINE.match(label.text):
                    self.matrix_parts = True     # 其中：… is a part of the line above: the lines are no sum
                self.matrix_lines.append((values["budget_year"], spent, unit))
                self.matrix_initial.append(values.get("budget_initial"))
            content = [f"{self.matrix_note_heads.get(c.col - shift) or '内容'}：{clean(c.text)}" for c in cells
                       if "name" in cols.values() and cols.get(c.col) == "note" and c.text.strip() and not _is_dash(c)]
            spent_note = (f"{self.matrix_spent_head}：{_plain_number(spent.text)}"
                          + (unit if unit and unit != "元" and not _AMOUNT_WITH_UNIT.match(fold(spent.text)) else "")) \
                if spent is not None else None
            # (`其中：当年财政拨款 | 300 | 240 | 80%`: the line's own 执行率 after what it spent, `全年执行数：240万元；执行率：
            # 80%` — it was dropped; execution_rate_mismatch checks it against the two, as the total's, hunt lt)
            # (a rate as a rate reads: a percentage, a fraction, or a figure under a head declaring percent — not a
            # bare `9` a row short of a cell put under the head, its score)
            rate = values.get("execution_rate")
            rate_note = f"执行率：{clean(rate.text)}" if rate is not None and clean(rate.text) and (
                _PERCENT.match(fold(rate.text)) or _PERCENT_HEAD.search(fold(self.matrix_heads.get(rate.col, "")))
                or (n := parse_number(rate.text)) is not None and 0 <= n <= 1) else None
            self._line(label.text, amount.text, "use" if uses else self.matrix_kind, unit, label,
                       group="支出" if uses else self.matrix_group if "group" in cols.values() else None,
                       note="；".join(content + self._adjusted_notes(cells, cols, values, unit, shift)
                                     + ([_change_note(year_head, changed, unit)] if changed is not None else [])
                                     + [x for x in (spent_note, rate_note) if x]) or None)
        return True

    def _adjusted_notes(self, cells: list[Cell], cols: dict[int, str], values: dict[str, Cell], unit: str | None,
                        shift: int) -> list[str]:
        """A line's own change in an adjustment's money matrix (`资金情况（万元） | 调整前预算数 | 调整数 | 调整后预算数` over
        `其中：财政拨款 | 1000 | -150 | 850`): the line's amount is the adjusted one, its amount before and its change
        notes, each under its head (`调整前预算数：1000万元；调整数：-150万元` — they were lost; only the total row's
        change was kept, in the project's notes, hunt mn10)."""
        notes = []
        suffix = unit if unit and unit != "元" else ""
        before = values.get("budget_initial")
        head = self.matrix_heads.get(before.col - shift, "") if before is not None else ""
        after = self.matrix_heads.get(values["budget_year"].col - shift, "") if "budget_year" in values else ""
        # (`年初预算数 | 调整后预算数` over `其中：财政拨款 | 550 | 510`: the year's first budget is the line's amount before
        # the adjustment too — it was lost without a word, hunt mn18; beside a 全年预算数, a 自评表's, it is no change)
        if before is not None and "budget_year" in values and is_number(before.text) and (
                _ADJUSTED_BEFORE_HEAD.search(head) or head.startswith("年初") and after.startswith("调整")):
            notes.append(f"{head}：{_plain_number(before.text)}{suffix}")
        for c in cells:
            head = self.matrix_note_heads.get(c.col - shift) if cols.get(c.col) == "note" else None
            if head and ADJUSTMENT_KEY.match(head) and parse_adjustment(c.text) is not None:
                # (`-40万元`: its own unit, not said twice — it was `-40万元万元`, mend md42)
                notes.append(f"{head}：{clean(c.text) if _WRITTEN_UNIT.search(c.text) else clean(c.text) + suffix}")
        return notes

    def _total_notes(self, cells: list[Cell], cols: dict[int, str], unit: str | None, shift: int = 0) -> None:
        """The money matrix's total row's cells under its note columns (a 监控表's `全年预计执行数 | 偏差原因 | 纠偏措施`:
        700 | 设备采购招标延后 | 加快招标进度): the project's other notes, each under its head (they were lost
        silently), an amount with the matrix's unit. `shift`: how far the row's values stand right of their heads (the
        labels in the head's first value column, `资金情况（万元） | 年初预算数 | 调整金额 | 调整后预算数` over `| 资金总额 | 300 | -20 |
        280`: the 调整金额 was lost without a word, its head looked up in the row's column, hunt mn9)."""
        notes = []
        for c in cells:
            head = self.matrix_note_heads.get(c.col - shift) if cols.get(c.col) == "note" else None
            text = clean(c.text)
            if c.col in self.matrix_options and text and _TICK_ONLY.match(text):
                head, text = self.matrix_options[c.col]      # (✔ under 完成目标可能性's 确定能: that option)
                notes.append(f"{head}：{text}")
                continue
            got = ticked_options(c.text) if text else None
            if got is not None:                   # (是否存在偏差 | 是☑ 否□: the ticked option)
                text = "、".join(got)
            elif text and re.fullmatch(r"是\s*否", text):
                text = ""                         # (`是 否`: the options printed, none chosen)
            if not head or not _TOTAL_NOTE_HEAD.search(head) or not text or _HINT_TEXT.search(text) or _is_dash(c) \
                    or is_placeholder(text) or text in ("无", "暂无"):
                continue
            if is_number(text) and not _WRITTEN_UNIT.search(text) and unit and unit != "元" and re.search(r"数|额|金", head):
                text = _plain_number(text) + unit
                # (`调整金额（万元）` over `-200.00`: `调整金额：-200万元`, the head's unit not said twice, hunt mn14)
                head = _NAME_UNIT.sub("", head) or head
            notes.append(f"{head}：{text}")
        if notes:
            self._add_note("；".join(notes), cells[0])

    def _stage_pairs_row(self, row: Row, cells: list[Cell]) -> list[Cell]:
        """A money row of its stages each beside its amount (a 监控表's `年度资金总额（万元） | 年初预算数 | 1,380.00 |
        1-6月执行数 | 552.00 | 全年预计执行数 | 1,380.00`): the forecast no money spent, kept in the notes as a matrix's
        total row's is (it was a spent line); a part's row (`其中：财政拨款 | 年初预算数 | 1,380.00 | …`, `中央资金 | …`) its
        label and its year's amount, its 全年预算数 else its 年初预算数, read as such a pair is, and nothing more (the
        part was lost, the forecast a second spent line; hunt mn27). The cells left to read (none when the row is
        read)."""
        if (pairs := _stage_pairs(cells)) is None:
            return cells
        if _by_year_row_kind(cells[0]) in ("budget_fiscal", "budget_other", "source"):
            # (a part by its source too, `其中：中央资金 | 年初预算数 | 1,000.00 | …`: its line, as `中央资金 | 1,000.00`
            # is — the part was lost, its forecast a note as the total's, review rv128)
            amounts = {role: v for role, _, v in pairs if role}
            v = amounts.get("budget_year") or amounts.get("budget_initial")
            return cells if v is None else [cells[0], v]
        unit = declared_unit(cells[0].text) or self._total_unit_of(row) or self.block_unit
        for role, k, v in pairs:
            if role is None:
                amount = _plain_number(v.text) + unit if unit and unit != "元" else clean(v.text) or v.text
                self._add_note(f"{_WS.sub('', clean(k.text) or '')}：{amount}", k)
        return [c for c in cells if not any(role is None and c in (k, v) for role, k, v in pairs)]

    def _remark(self, text: str, cell: Cell) -> None:
        """A form's closing remark (`备注 | 项目资金已纳入2022年部门预算`, `备注：…` on a line under the form): added to
        its other notes (其他需说明的问题); `备注 | 无` says nothing, nor does `备注：单位：万元` over the form (the money's
        unit, read as a `单位：万元` line is: it was kept as a note, review rd)."""
        note = clean(text) or ""
        if note and not is_placeholder(note) and note.rstrip("。.") not in _NONE_SAID and not _is_unit_text(note):
            self._add_note(text, cell)

    def _add_note(self, text: str, cell: Cell) -> None:
        """Add a text to the project's other notes (a line of its own after those before it)."""
        old = self.form.fields.get("other_notes")
        self.form.fields["other_notes"] = RawValue(text, cell) if old is None \
            else RawValue(old.text + "\n" + text, old.cell, rank=old.rank)

    def _figure_right_below(self, i: int, label: Cell, col: str) -> bool:
        """A label closing its row whose figure is right under it, in the next row of the grid (money blocks side by
        side under their heads, the execution rate last): True if read."""
        row = self.rows[i]
        if i + 1 >= len(self.rows) or self.rows[i + 1].grid is not row.grid or row.grid is None:
            return False
        cell = next((x for x in self.rows[i + 1].cells if x.col == label.col), None)
        if cell is None or not (is_number(cell.text) or _percent_points(cell.text)):
            return False
        self.consumed.add(id(cell))
        self._set(col, cell.text, cell, None, label.text)
        return True

    def _heads_fit(self, cells: list[Cell]) -> bool:
        """Heads that may stand over their values (`项目总投资（万元） | 专项债券资金（万元） | 项目预期收益（万元） |
        债券期限`): a money field's label among them, a head of no field beside it, no value, figure or sentence."""
        fields = [match_field(c.text) for c in cells]
        if any(m is not None and m[1] is not None for m in fields) or all(m is not None for m in fields) \
                or not any(m is not None and m[0] in L.MONEY_FIELDS for m in fields):
            return False
        return not any(is_number(c.text) or is_amount_cell(c.text) or len(c.text.strip()) > 20 or is_block_label(c.text)
                       or c.text.rstrip().endswith(("。", "；", ";", "！")) or _YEAR_OR_SUM.match(_WS.sub("", c.text))
                       for c in cells)

    def _heads_over_rows(self, i: int, row: Row, cells: list[Cell], fit: bool) -> bool:
        """Those heads over two rows or more of figures (one per year, `调整前` / `调整后`, or rows with no label): the
        row of the form's year or the one after the adjustment is read as the one row under the heads is; any other
        row is reported (unparsed_row, with each figure's head), and with no such row all are: which row is the
        project's no one can tell (the first was taken for it, the second reported; with labels the figures were
        read as money lines named 2023年 / 调整前, the other columns lost). True if so."""
        if len(cells) < 2 or row.grid is None or not fit or self._matrix_header(cells) is not None:
            return False
        first = min(c.col for c in cells)
        heads = {c.col: c for c in cells}
        below: list[tuple[Row, Cell | None, list[Cell]]] = []
        for r in self.rows[i + 1:]:
            if r.grid is not row.grid or r.is_text_line:
                break
            vals = [c for c in r.cells if id(c) not in self.consumed and not is_placeholder(c.text)]
            side = [c for c in vals if c.col < first]
            figs = [c for c in vals if c.col >= first]
            if len(side) > 1 or not figs or any(c.col not in heads for c in figs) \
                    or any(not is_value_for(v.text) or match_field(v.text) or is_block_label(v.text)
                           or len(v.text.strip()) > 30 for v in figs) \
                    or sum(1 for v in figs if is_number(v.text) or is_amount_cell(v.text)) < 2 \
                    or side and (is_number(side[0].text) or match_field(side[0].text) or len(side[0].text.strip()) > 12):
                break
            below.append((r, side[0] if side else None, figs))
        if len(below) < 2:
            return False
        if all(label is None for _, label, _ in below) and all(
                figs[0].col == first and _ROW_STAGE.match(bare_fold(figs[0].text)) for _, _, figs in below):
            # `年度 | 项目总投资（万元） | …` over `2023年 | 45,600 | …`: the first head's column holds the rows' labels
            below = [(r, figs[0], figs[1:]) for r, _, figs in below]
        if any(not figs or not (is_number(figs[0].text) or is_amount_cell(figs[0].text)) for _, _, figs in below) \
                or len({label_key(c.text) for c in cells}) < len(cells):
            return False    # (项目 | 预算数 | 项目 | 预算数 over `一、一般公共预算拨款收入 | 6161.50 | …`: a budget table)
        year = self.form.stated_year

        def own(label: Cell | None) -> bool:
            key = bare_fold(label.text) if label is not None else ""
            m = _ROW_STAGE.match(key)
            return bool(m) and (m.group(1) is not None and year is not None and int(m.group(1)) == year
                                or L.ADJUST_STAGE.get(key) == "after")

        mine = [b for b in below if own(b[1])]
        chosen = mine[0][0] if len(mine) == 1 else None
        for r, label, figs in below:
            if r is chosen:
                for v in figs:
                    self._read_fields(i, Row([heads[v.col], v], row.grid, row.r, row.order))
            else:
                said = " | ".join(f"{clean(heads[v.col].text)} {clean(v.text)}" for v in figs)
                self.form.warnings.append(warn("unparsed_row", (f"a row of figures under heads of several rows, not "
                                               f"read: {clean(label.text) + ': ' if label is not None else ''}{said}")[:200],
                                               label or figs[0]))
            self.consumed.update(id(c) for c in r.cells)
        return True

    def _heads_over_values(self, i: int, row: Row, cells: list[Cell], fit: bool) -> bool:
        """`项目总投资（万元） | 专项债券资金（万元） | 项目预期收益（万元） | 债券期限` over `45,600 | 30,000 | 52,318 | 10年`:
        a row of heads over a row of their values, column by column, a money field among the heads and a head of
        no field (a source's name, a field the contract has not) beside it. Each head is read with the value under
        it as a label beside its value (the money was lost: the row of heads was no row of labels, the figures no
        row of a table). True if read so. (Heads that are all fields' labels are read by the labels' path.)"""
        if len(cells) < 2 or row.grid is None or i + 1 >= len(self.rows):
            return False
        below = self.rows[i + 1]
        if below.grid is not row.grid or below.is_text_line:
            return False
        vals = [c for c in below.cells if id(c) not in self.consumed]
        if [c.col for c in vals] != [c.col for c in cells]:
            return False
        if not fit:                          # (`_heads_fit` of the cells, asked by the caller)
            return False
        if any(not is_value_for(v.text) or match_field(v.text) or is_block_label(v.text) or len(v.text.strip()) > 30
               for v in vals) or sum(1 for v in vals if is_number(v.text) or is_amount_cell(v.text)) < 2 \
                or not (is_number(vals[0].text) or is_amount_cell(vals[0].text)) or self._matrix_header(cells) is not None:
            return False                          # (资金使用明细 | 预算数 | 执行数 over `工程维修养护 | 300 | 296`: a matrix)
        start = keep = self.money_group
        for k, (h, v) in enumerate(zip(cells, vals)):
            if k:
                # (heads side by side are siblings: `财政拨款 | 专户管理资金 | 其他资金` under 按收入性质分, 专户管理资金 was
                # grouped under 财政拨款 as its part; the parts of a total heading the row stay its parts)
                self.money_group = keep
            self._read_fields(i, Row([h, v], row.grid, row.r, row.order))
            self.consumed.add(id(v))
            if not k:
                m = match_field(h.text)
                keep = self.money_group if m is not None and m[0] in ("budget_total", "budget_year") else start
        return True

    def _money_label_below(self, i: int, row: Row) -> bool:
        """The next row of the same table opens with a money field's label or a source's name with its amount
        (`财政拨款 | 780.00`, `其中：上级补助 | 520.00`, `中央补助资金 | 300`)."""
        if i + 1 >= len(self.rows) or row.grid is None:
            return False
        below = self.rows[i + 1]
        if below.grid is not row.grid or below.is_text_line or len(below.cells) < 2 \
                or not is_number(below.cells[1].text):
            return False
        m = match_field(below.cells[0].text)
        return (m is not None and m[1] is None and m[0] in L.MONEY_FIELDS) or _is_source(below.cells[0].text)

    def _figures_below(self, i: int, row: Row, label: Cell) -> bool:
        """The next row of the same table holds only figures (or blanks), one of them right under `label`: a money
        label's amount written below it, its own cell beside it left empty."""
        if i + 1 >= len(self.rows) or row.grid is None:
            return False
        below = self.rows[i + 1]
        return below.grid is row.grid and not below.is_text_line \
            and any(x.col == label.col and is_number(x.text) for x in below.cells) \
            and all(is_number(x.text) or is_placeholder(x.text) for x in below.cells)

    def _figure_under(self, i: int, cell: Cell) -> bool:
        """Does the row below row i, in its grid, hold a figure under CELL (a head over its column's money)?"""
        below = self.rows[i + 1] if i + 1 < len(self.rows) else None
        return below is not None and below.grid is not None and below.grid is self.rows[i].grid and any(
            c.col == cell.col and (is_number(c.text) or is_amount_cell(c.text)) for c in below.cells)

    def _value_below(self, i: int, label: Cell, col: str, unit: str | None = None) -> bool:
        """A label whose value sits below it (项目总目标 / 年度总目标 over their texts); True if found."""
        row = self.rows[i]
        if row.grid is None:
            return False
        first = min(c.col for c in row.cells)
        for k in range(i + 1, min(i + 4, len(self.rows))):
            below = self.rows[k]
            if below.grid is not row.grid and not (k == i + 1 and _page_turned(row, below)) or detect_header(below):
                return False
            cell = next((c for c in below.cells if c.col == label.col), None)
            if below.grid is not row.grid:
                # (the labels' row the last of a PDF page's table, their texts the first of the next page's: the
                # cell under the label by its place on the page)
                mid = (label.bbox[0] + label.bbox[2]) / 2
                cell = next((c for c in below.cells if c.bbox and c.bbox[0] <= mid <= c.bbox[2]), None)
            heads = row.cells[1:]
            if k == i + 1 and label in heads and len(below.cells) == len(heads) >= 2 \
                    and below.cells[0].col == row.cells[0].col and label.col > row.cells[0].col \
                    and all(len(c.text.strip()) >= 8 and not match_field(c.text) for c in below.cells):
                # `年度总体目标 | 预期目标 | 实际完成情况` over `text | text`: a dump dropped the empty cell under the
                # block label, each text one column left of its label: in order
                cell = below.cells[heads.index(label)]
            # (a label left of the labels' row is the row's own: `| 中期目标 | 年度目标` over
            # `总体目标 | text | text`)
            if any(match_field(c.text) for c in below.cells if c.col != label.col and c.col >= first):
                continue                      # a sub-header row in between (财政拨款 | 其他资金 …)
            if is_title(below):
                return False                  # (`年度总体目标 | 年初目标 | … | 全年实际完成情况` over the two texts, then
                # the next table's title: no text of the block label's)
            if cell is None or is_placeholder(cell.text):
                continue
            if col in ("goal_total", "goal_annual") and (m := _GOAL_SPAN.match(fold(cell.text))) is not None:
                # `项目总目标` over `(2023年 - 2025年)`, then the goal: the template's `(年 - 年)` filled in, the goal's
                # span, not its text (it was taken for the goal and the goal reported unparsed_row); kept beside it
                self.consumed.add(id(cell))
                self.form.other.append((f"{_OTHER_LABEL_END.sub('', clean(label.text) or '')}期间",
                                        _WS.sub("", m.group(1)), cell))
                continue
            if is_block_label(cell.text) or match_field(cell.text):
                return False
            if label_key(cell.text) in _AMOUNT_ROW_LABELS and any(
                    x.col > cell.col and (is_number(x.text) or is_amount_cell(x.text)) for x in below.cells):
                return False                  # (`资金性质 | 财政拨款 | 自筹资金` over `金额（万元） | 45 | 5`: the amounts'
                # row label under a head of sources, no value of the label over it — it was the fund type)
            if col in L.MONEY_FIELDS and not is_number(cell.text):
                return False
            if col in _NAME_FIELDS and is_number(cell.text):
                return False                  # (`地方主管部门 | | 资金使用单位 |` left blank over a money row's `2118`)
            if col in ("period", "start_date", "end_date") \
                    and not _DATED_WORD.search(cell.text) \
                    or _AMONG_LEAD.match(cell.text):
                return False                  # (`项目开始时间 | | 项目完成时间 |` blank over `… | 其中:市财政拨款 |`)
            self.consumed.add(id(cell))
            text = cell.text
            if col not in L.MONEY_FIELDS:
                text = self._text_goes_on(k, below, cell, first)
            if col in L.MONEY_FIELDS and unit is None:
                # (the amounts' row label left of the figure states their unit, `金额（万元） | 45 | 5` under `资金性质 |
                # 财政拨款 | 自筹资金`: they were 45 元 and 5 元)
                unit = next((u for x in below.cells if x.col < cell.col and label_key(x.text) in _AMOUNT_ROW_LABELS
                             for u in [declared_unit(x.text)] if u), None)
            self._set(col, text, cell, unit or self.block_unit, label.text)
            return True
        return False

    def _text_goes_on(self, k: int, below: Row, cell: Cell, first: int) -> str:
        """A text below its label that a narrow column wrapped over the next rows of the grid (a PDF's lines kept as
        rows: `新建高标准农田1.6` / `万亩，配套灌溉、排水` / …, each row with pieces in the same columns only): the
        pieces joined (only the first line was read). Rows whose cells all stand in the columns of `below`'s texts,
        none in the labels' first column, none a label."""
        cols = {c.col for c in below.cells} - {first}
        text = cell.text
        for r in self.rows[k + 1:k + 40]:
            if r.grid is not below.grid or r.is_text_line or not r.cells or detect_header(r) \
                    or any(c.col not in cols for c in r.cells) \
                    or any(match_field(c.text) or is_block_label(c.text) for c in r.cells):
                break
            piece = next((c for c in r.cells if c.col == cell.col), None)
            if piece is not None:
                self.consumed.add(id(piece))
                text = pieces_joined(text, piece.text)
            for c in r.cells:
                self.consumed.add(id(c))
        return text

    def _lone_value_below(self, i: int, row: Row, label: Cell, col: str, unit: str | None) -> bool:
        """A label alone on its row over a row holding one cell, under it, that is a value of the label's field (a form
        stacked label over value, `项目名称` / `临武县城区道路路灯节能改造` / `主管部门` / …, each a row or a line of
        its own, merged across the table or not): that value, an amount for a money field, no figure for another
        (the values were lost, the label rows read as labels left blank). True if taken."""
        if i + 1 >= len(self.rows) or col in _PROSE_FIELDS or not self._alone_across(row, label):
            return False                    # (a report's heading over its paragraphs is read as prose is, elsewhere)
        below = self.rows[i + 1]
        # the form is stacked: the pair is one of a run, a label alone over its value alone just above it or just
        # below (`项目名称 | (blank)` over `专项资金 | (blank)` over `项目代码 | (blank)`: labels left blank, each with
        # its value's place beside it, are no run; a list's `项目名称` head over its first item is none either)
        def lone_label(k: int) -> bool:
            if not 0 <= k < len(self.rows) or len(self.rows[k].cells) != 1:
                return False
            m = match_field(self.rows[k].cells[0].text)
            return m is not None and m[1] is None and self._alone_across(self.rows[k], self.rows[k].cells[0])

        def lone_value(k: int) -> bool:
            return 0 <= k < len(self.rows) and len(self.rows[k].cells) == 1 \
                and self._alone_across(self.rows[k], self.rows[k].cells[0]) \
                and match_field(self.rows[k].cells[0].text) is None
        def pair_row(k: int) -> bool:
            # (`项目负责人 | 谭军 | 联系电话 | …`: a label and its value beside it, the form's body going on)
            if not 0 <= k < len(self.rows) or len(self.rows[k].cells) < 2:
                return False
            first, second = self.rows[k].cells[:2]
            m = match_field(first.text)
            return m is not None and m[1] is None and match_field(second.text) is None \
                and is_value_for(second.text) and not is_number(second.text)
        if not (lone_label(i + 2) and lone_value(i + 3) or lone_label(i - 2) and lone_value(i - 1)
                # (`项目名称` alone over its value alone, the form's pairs going on side by side below them: the form's
                # name, no list's head — it was lost without a word, hunt pf)
                or col == "name" and "name" not in self.form.fields and lone_value(i + 1) and pair_row(i + 2)):
            return False
        # (a sheet's one-cell rows are read as lines, some of them, not all, as rows of a grid)
        if len(below.cells) != 1 or below.grid is not row.grid and not (row.is_text_line or below.is_text_line) \
                or below.page_break:
            return False
        v = below.cells[0]
        text = v.text.strip()
        if id(v) in self.consumed or not text or is_placeholder(text) or not is_value_for(text) \
                or not self._alone_across(below, v) \
                or below.grid is row.grid is not None and not v.col <= label.col < v.col + v.colspan:
            return False
        if match_field(text) or is_block_label(text) or is_title(below) or detect_header(below) or is_remark(text) \
                or detect_header_text(text) or len(text) > 200:
            return False
        if col in L.MONEY_FIELDS:
            after = self.rows[i + 2] if i + 2 < len(self.rows) else None
            if not (is_number(text) or is_amount_cell(text)) or after is not None and len(after.cells) == 1 \
                    and is_number(after.cells[0].text):
                return False        # (`年度资金总额:` over `99` / `99` / `99`: a matrix's row one cell per line)
        elif is_number(text) or col in _NAME_FIELDS and (len(text) < 2 or text.endswith(("。", "；", ";"))):
            return False
        self.consumed.add(id(v))
        self._value(col, v.text, v, unit or self.block_unit, label.text)
        return True

    @staticmethod
    def _alone_across(row: Row, cell: Cell) -> bool:
        """Is `cell` its row's only cell with no place for another beside it: a line of its own, or a cell of a grid
        spanning the grid's columns (a label with an empty cell beside it has its value's place there)?"""
        if row.grid is None:
            return True
        return cell.col <= grid_left(row.grid) and cell.col + cell.colspan >= row.grid.n_cols

    def _text_alone_below(self, i: int, label: Cell, col: str) -> bool:
        """A label closing its row with nothing right of it, over a row of the same grid holding only
        one text, under the label (`总 | 年度目标` over `| 1、改善基础实施建设…`); True if taken."""
        row = self.rows[i]
        below = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if row.grid is None or below is None or below.grid is not row.grid or len(below.cells) != 1:
            return False
        c = below.cells[0]
        if c.col != label.col or len(c.text.strip()) < 8 or match_field(c.text) or is_block_label(c.text) \
                or is_number(c.text) or detect_header(below) or is_remark(c.text) \
                or (row.grid.n_cols > 1 and c.colspan >= row.grid.n_cols):
            return False                # (注：本表金额单位为万元 across the table: a note, no field's text)
        self.consumed.add(id(c))
        self._set(col, c.text, c, None, label.text)
        return True

    def _line_text(self, k: int) -> str:
        """The text of row K when it is a line of one cell, else ""."""
        row = self.rows[k] if k < len(self.rows) else None
        return row.cells[0].text if row is not None and row.is_text_line and len(row.cells) == 1 else ""

    def _line_below(self, i: int, row: Row, label: Cell, col: str) -> bool:
        """A label on a line of its own (a sheet's one-cell row) with its text on the next line; True if so."""
        nxt = self.rows[i + 1] if i + 1 < len(self.rows) else None
        if not row.is_text_line or nxt is None or not nxt.is_text_line or len(nxt.cells) != 1:
            return False
        c = nxt.cells[0]
        if len(c.text.strip()) < 8 or match_field(c.text) or is_title(nxt) or is_block_label(c.text) \
                or detect_header_text(c.text) or _next_paragraph(label.text, c.text) or _instruction(c.text):
            return False    # (`1、绩效目标` over `2、设立目标依据`: the next heading of a template's list, no goal, hunt nw8)
        self.consumed.add(id(c))
        text = c.text
        first = NUMBERED_PARA.match(fold(c.text).strip())
        if col in _PROSE_FIELDS and first is not None:
            # 二、年度绩效目标 over `目标1：管护基地800亩；` and `目标2：带动脱贫户120户…`: the goal is all its numbered
            # paragraphs (only the first was kept)
            for k in range(i + 2, min(i + 12, len(self.rows))):
                nx = self.rows[k]
                more = _list_goes_on(text, self._line_text(k), self._line_text(k + 1))
                if more is None or is_title(nx):
                    break
                self.consumed.add(id(nx.cells[0]))
                text = more
        elif col in _PROSE_FIELDS:
            # 年度绩效目标 over `2024年：资助…1200人次，` and `资金按时足额发放。`: a text cut in the middle of its sentence
            # (ending on `，` / `、` / `；` / `：`) goes on over the next lines, up to the line that ends it (only the
            # first line was kept)
            for nx in self.rows[i + 2:i + 12]:
                if not _CLAUSE_GOES_ON.search(text.rstrip()) or not nx.is_text_line or len(nx.cells) != 1:
                    break
                t = nx.cells[0].text
                if not t.strip() or match_field(t) or is_block_label(t) or is_title(nx) or detect_header_text(t) \
                        or detect_header(nx) or is_remark(t) or id(nx.cells[0]) in self.consumed:
                    break
                self.consumed.add(id(nx.cells[0]))
                text = pieces_joined(text, t)
        self._set(col, text, c, None, label.text)
        return True

    # ------------------------------------------------------------ after the walk
    def _not_the_forms(self, names: set, where: set, sheet: int | None) -> bool:
        """Is a list of projects read as a budget table (`self.listed`: its NAMES, its lines' places WHERE, its
        workbook SHEET or None) none of this form's lines: the form is one of the projects listed (a 汇总表 sheet, a
        notice's 分配表), or the list is on a sheet of its own, not the form's, its lines still among the form's (a
        部门预算's `序号 | 项目名称 | 上年预算数 | 本年预算数` on the sheet before or after the 绩效目标表's: its projects were
        the form's lines, its 合计's 上年预算数 the form's budget_total)?"""
        name = self.form.fields.get("name")
        if name is None:
            return False
        return clean(name.text) in names or (sheet is not None and name.cell.page is not None and name.cell.page != sheet
                                             or self._titled_between(where, name.cell)) \
            and any((b["page"], b["line"]) in where for b in self.form.budget_items) and not self._shares_out(where)

    def _titled_between(self, where: set, name: Cell) -> bool:
        """Is a form's title printed between a list of projects (its lines' places WHERE) and the form's NAME: the
        list over the title on the form's own sheet or page (`2025年县交通运输局项目支出预算表` and its projects, then
        `2025年度项目支出绩效目标表` and the form) is another document's — a form's own lines come after its title (its
        projects were the form's lines, its 合计's 上年预算数 the form's budget_total; hunt ly7)."""
        def at(c: Cell) -> tuple[int, int]:
            return c.page or 0, c.line or 0
        last, named = max((p or 0, q or 0) for p, q in where), at(name)
        return any(r.cells and last < at(r.cells[0]) < named and is_title(r) for r in self.rows)

    def _shares_out(self, where: set) -> bool:
        """Do the budget lines read from the places WHERE (a list of projects on a sheet of its own) add up to the
        form's money — a fund's form sharing its 800 万元 out over its projects on a 资金分配表 sheet (`序号 | 项目名称 |
        金额`: 300 + 260 + 240), its lines (they were dropped as a project_list, review rv58) — not a 部门预算's list
        of all its projects (1715 beside a form of 860)?"""
        at = [k for k, b in enumerate(self.form.budget_items) if (b["page"], b["line"]) in where]
        recs = [self.form.budget_items[k] for k in at]
        return bool(at) and self._adds_up_in(recs, recs[0].get("unit") or self.form.form_unit, at[0], at[-1] + 1,
                                             frozenset(where))

    # ------------------------------------------------------------ 科目 budget tables (research grants)
    def _subject_table(self, i: int, row: Row) -> int | None:
        """A research grant's budget by 科目 (what the money is spent on): `科目 | 合计 | 专项经费 | 自筹经费`,
        `预算科目 | 预算数 | 其中：财政资金 | 其中：自筹资金`, `科目 | 市财政科技经费 | 自筹经费`, a self-evaluation's
        `预算科目 | 预算数 | 实际支出 | 执行率`, a block label (`经费预算（万元）`) or a 序号 column before it. Its rows are
        budget lines of kind composition, the 合计 / 总计 / 预算总额 column their amount (else the sum of the source
        columns), each source's figure in the line's note; 直接费用 over its parts (numbered 1., indented, or unmarked
        lines under a line named so) and 间接费用 over its `其中：` parts are the group of their parts. The total row
        gives budget_total (budget_year on an execution table, with spent and the rate) and the source columns'
        figures budget_fiscal / budget_other and lines of kind source. (The source columns were lost or read as the
        line's amount: the first column's 合计 was taken for the project's total; the 直接费用 row of a
        `其中：财政资金` head was read as the project's money.) Return the index of the first row after the table,
        or None when the row is no such head."""
        if row.is_text_line or len(row.cells) < 2:
            return None
        cells = row.cells
        # (only a head in the first two cells counts: those after are not looked at)
        subj = 0 if label_key(cells[0].text) in _SUBJECT_HEADS else 1 if label_key(cells[1].text) in _SUBJECT_HEADS \
            else None
        if subj is None or subj == len(cells) - 1:
            return None
        lead = cells[:subj]
        if lead and not (label_key(lead[0].text) in _SEQ_HEADS or _SUBJECT_BLOCK.search(lead[0].text)):
            return None                      # (科目编码 | 科目名称 | …: a budget statement's columns, no grant's)
        heads: dict[int, tuple[str, str]] = {}          # column -> (what, head as written)
        for c in cells[subj + 1:]:
            key = label_key(c.text)
            if not key or is_number(c.text) or len(key) > 14:
                return None
            what = "amount" if key in _SUBJECT_AMOUNT else "spent" if key in _SUBJECT_SPENT else \
                "rate" if key in _SUBJECT_RATE else "note" if key in _SUBJECT_NOTE else \
                "source" if _SUBJECT_SOURCE.search(key) else None
            if what is None:
                return None
            heads[c.col] = (what, _WS.sub("", clean(_SUB_LINE.sub("", c.text)) or key))
        kinds = [w for w, _ in heads.values()]
        if not ({"amount", "source"} & set(kinds)) or kinds.count("amount") > 1 or kinds.count("spent") > 1:
            return None
        above = self.rows[i - 1] if i > 0 else None
        unit = next((u for c in cells for u in [declared_unit(c.text)] if u), None) \
            or (declared_unit(above.cells[0].text) if above is not None and len(above.cells) == 1 else None) \
            or self.block_unit or self.form.form_unit
        seq_col = lead[0].col if lead and label_key(lead[0].text) in _SEQ_HEADS else None
        block = lead[-1].text.strip() if lead and seq_col is None else None
        name_col = cells[subj].col
        value_cols = sorted(heads)
        lines: list[dict] = []           # name cell, raw name, values by column, indented
        total: tuple[Cell, dict[int, Cell]] | None = None
        pending: Cell | None = None      # the first line of a name a line break cut (`出版/文献/信息传播/知识产`)
        k = i + 1
        while k < len(self.rows):
            r = self.rows[k]
            rc = [c for c in r.cells if not (c.col == seq_col and (is_number(c.text) or not c.text.strip()))
                  and not (block and c.col < name_col and c.text.strip() == block) and c.text.strip()]
            if not rc or detect_header(r) is not None:
                break
            texts = [c for c in rc if c.col in heads and heads[c.col][0] == "note"]   # (测算依据 | 购置冷藏设备)
            names = [c for c in rc if not is_number(c.text) and not _is_dash(c) and not _PERCENT.match(fold(c.text))
                     and c not in texts]
            figures = [c for c in rc if c not in names and c not in texts]
            if len(names) != 1 or names[0].col > name_col:
                break
            name = names[0]
            m = match_field(name.text)
            if not figures and not texts:
                nxt = self.rows[k + 1] if k + 1 < len(self.rows) else None
                whole_hit = _SUBJECT_WHOLE.search(name.text.strip())
                if pending is None and nxt is not None and not whole_hit \
                        and len(nxt.cells) >= 2 and not r.page_break and (m is None or m[0] in L.MONEY_FIELDS):
                    pending = name           # (the rest of the name and its figures on the next line)
                    k += 1
                    continue
                if whole_hit and (_CN_TOP.match(fold(name.text)) or label_key(name.text) in _SUBTOTAL_SUBJECTS) \
                        and pending is None:
                    # `一、直接费用` with no figures over its 科目 lines: their group, no line of its own
                    lines.append({"cell": name, "values": {}, "heading": True,
                                  "indent": len(name.text) - len(name.text.lstrip(" \u3000"))})
                    k += 1
                    continue
                break
            if m is not None and m[1] is None and m[0] not in L.MONEY_FIELDS and not is_total_label(label_key(name.text)):
                break                        # (绩效目标 | …: the form goes on)
            by_col = {c.col: c for c in figures if c.col in heads}
            if len(by_col) != len(figures):
                money_cols = [col for col in value_cols if heads[col][0] != "note"]
                if texts or len(figures) != len(money_cols):
                    break
                by_col = dict(zip(money_cols, figures))     # (a dump dropping an empty cell: in order)
            by_col.update({c.col: c for c in texts})
            if pending is not None:
                name = replace(name, text=pending.text.rstrip() + name.text.strip(), page=pending.page,
                               line=pending.line)
                pending = None
            key = label_key(name.text)
            if is_total_label(key) or L.MATRIX_TOTAL_ROW.search(key):
                total = (name, by_col)
            else:
                lines.append({"cell": name, "values": by_col,
                              "indent": len(name.text) - len(name.text.lstrip(" \u3000"))})
            k += 1
        if not lines and total is None:
            return None
        self._flush()
        self.money_group = self.money_section = self.matrix = None
        spent_table = "spent" in kinds

        def amount_of(values: dict[int, Cell]) -> str | None:
            got = next((c.text for col, c in values.items() if heads[col][0] == "amount"), None)
            if got is not None:
                return got
            parts = [parse_number(c.text) for col, c in values.items() if heads[col][0] == "source"]
            if not parts or None in parts or len(parts) != kinds.count("source"):
                return None
            return _plain_number(str(sum(Decimal(str(p)) for p in parts)))

        def note_of(values: dict[int, Cell]) -> str | None:
            out = []
            for col, c in sorted(values.items()):
                what, head = heads[col]
                if what in ("source", "spent"):
                    out.append(f"{head}：{_plain_number(c.text)}" + (unit if unit and unit != "元" else ""))
                elif what == "rate":
                    out.append(f"{head}：{clean(c.text)}")
                elif what == "note":
                    out.append(clean(c.text) or "")      # (测算依据's text as written, as in a breakdown table)
            return "；".join(out) or None

        parent: tuple[str, int, bool] | None = None      # the subtotal line's name, its indent, named 直接/间接费用
        whole: str | None = None                          # the last line no part of another
        for x in lines:
            text = x["cell"].text.strip()
            key = label_key(text)
            top = bool(_CN_TOP.match(fold(text))) or (key in _SUBTOTAL_SUBJECTS and not x["indent"])
            x["group"] = None
            if top:
                # (a numbered class, `一、基本支出 | 120` over `人员经费 | 70` …, as 直接费用 over its 科目: the group of the
                # lines after it, its figure their sum — it was a line beside them, counted twice, its sum unchecked,
                # hunt mn4)
                parent = (text, x["indent"], key in _SUBTOTAL_SUBJECTS or bool(_CN_TOP.match(fold(text))))
            elif parent is not None and (x["indent"] > parent[1] or _SUB_LINE.match(text)
                                         or (_AR_NUMBERED.match(fold(text)) or parent[2]) and not x["indent"] < parent[1]):
                x["group"] = parent[0]
                # (under a numbered class by its number alone: no indent, no 其中, no number of its own)
                x["_class"] = not (x["indent"] > parent[1] or _SUB_LINE.match(text) or _AR_NUMBERED.match(fold(text))
                                   or label_key(parent[0]) in _SUBTOTAL_SUBJECTS)
            elif _SUB_LINE.match(text) and whole is not None:
                x["group"] = whole      # `设备费 | 60` over `其中：信息化设备 | 24`: a part of the line above (counted in it)
            if x["group"] is None:
                whole = text
        # a numbered class over one plain line only, whose figure is not the line's (`三、人员培训 | 12` then `其他费用 |
        # 8`, the list's last line unnumbered): no class of lines but a line of the list, as tables._group_heads reads a
        # 一 over its 1, 2 (the line was put under it, the lines' sum short by it, review rv7)
        for head in {x["group"] for x in lines if x.get("_class")}:
            under = [x for x in lines if x["group"] == head]
            top_x = next((x for x in lines if x["cell"].text.strip() == head), None)
            if len(under) == 1 and under[0]["_class"] and top_x is not None \
                    and parse_number(amount_of(under[0]["values"]) or "") != parse_number(amount_of(top_x["values"]) or ""):
                under[0]["group"] = None
        for x in lines:
            x.pop("_class", None)
        if unit is None:
            # (a table in no unit of its own under `项目总预算（万元） | 40`: in the unit of the money it adds up to
            # so, and not as 元)
            heads_ = {x["cell"].text.strip() for x in lines if x.get("heading")}
            tops = [parse_number(a) for x in lines if not x.get("heading") and (x["group"] is None or x["group"] in heads_)
                    for a in [amount_of(x["values"])]]
            if total is not None and amount_of(total[1]) is not None:
                tops = [parse_number(amount_of(total[1]))]
            known = [(v.unit, parse_amount(v.text, v.unit)) for k_, v in self.form.fields.items()
                     if k_ in L.MONEY_FIELDS and v.unit and v.unit != "元" and getattr(v, "parts", None) is None]
            if tops and None not in tops:
                s_ = sum(tops)
                unit = next((u for u, amt in known if amt and abs(amt - parse_amount(str(s_), u)) <= 0.005 * amt
                             and not any(abs(a - s_) <= 0.005 * a for _, a in known if a)), None)
        for x in lines:
            cell, text, group = x["cell"], x["cell"].text.strip(), x["group"]
            if x.get("heading"):
                continue
            amount = amount_of(x["values"])
            if amount is None:
                self.form.warnings.append(warn("unparsed_row", "budget row without its amount: " + " | ".join(
                    clean(c.text) or "" for c in [cell, *x["values"].values()])[:160], cell))
                continue
            self._line(text, amount, "composition", unit, cell, group=group, note=note_of(x["values"]))
        if total is not None:
            name, values = total
            amount = amount_of(values)
            if amount is not None:
                self._set("budget_year" if spent_table else "budget_total", amount, name, unit)
            fiscal: list[str] = []
            other: list[str] = []
            for col, c in sorted(values.items()):
                what, head = heads[col]
                if what == "spent":
                    self._set("spent", c.text, c, unit)
                elif what == "rate":
                    self._set("execution_rate", c.text, c)
                elif what == "source":
                    self._line(head, c.text, "source", unit, c)
                    (other if _SUBJECT_OTHER.search(head) else fiscal if _SUBJECT_FISCAL.search(head) else []).append(c.text)
            n_sources = kinds.count("source")
            if n_sources and len(fiscal) + len(other) == n_sources:
                for col_, got in (("budget_fiscal", fiscal), ("budget_other", other)):
                    nums = [parse_number(t) for t in got]
                    if got and None not in nums:
                        self._set(col_, _plain_number(str(sum(Decimal(str(v)) for v in nums))), name, unit)
                    elif not got and col_ == "budget_other" and fiscal:
                        pass
        return k

    def _drop_sums(self, head: Row) -> None:
        """Forget the money fields the 合计 row of the table under HEAD gave (self.sums): the table is none of the
        form's (a list of projects the form is one of, a table under its own caption after the form)."""
        for field_name in [k for k, h in self.sum_heads.items() if h is head]:
            self.sums.pop(field_name, None)
            del self.sum_heads[field_name]

    def _total_in_parts_unit(self) -> None:
        """A bare total, no unit declared anywhere (`年度资金总额 | 600`: 元), whose parts budget_fiscal and budget_other
        are written with a unit after their figures and add up to it in that unit (`财政资金500万元、其他资金100万元`): the total is
        in that unit, 600万元 (it was 600 元 and a false fiscal_other_mismatch, hunt mn21)."""
        f = self.form
        parts = [f.fields.get(k) for k in ("budget_fiscal", "budget_other")]
        if f.form_unit is not None or any(p is None or p.parts for p in parts):
            return
        # (each part's unit written after its figure, `500万元`; not a label's or a block's, `（万元）` on a matrix's
        # middle row, which its total's row takes by another rule — hunt rv57's)
        units = {None if p.unit else m.group(2) if (m := _SENTENCE_OWN.match(fold(p.text))) else None  # type: ignore
                 for p in parts}
        got = [parse_amount(p.text, p.unit) for p in parts]        # type: ignore[union-attr]
        if len(units) != 1 or None in units or None in got:
            return
        unit = units.pop()
        for k in ("budget_total", "budget_year"):
            v = f.fields.get(k)
            if v is None or v.unit or v.parts or not BARE_FIGURE.match(fold(v.text)):
                continue
            as_said = parse_amount(v.text, unit)
            if as_said is not None and abs(as_said - sum(got)) <= 0.5 < abs((parse_amount(v.text) or 0) - sum(got)):
                f.fields[k] = replace(v, unit=unit)

    def _finish(self) -> None:
        f = self.form
        if len(f.budget_items) == 1 \
                and not any(k in f.fields for k in ("budget_total", "budget_year", "budget_fiscal", "budget_other")) \
                and (b := f.budget_items[0]).get("kind") == "source" \
                and label_key(_SUB_LINE.sub("", b.get("name") or "")) in _WHOLE_BUDGET_SOURCES \
                and (at := self.line_cells.get(id(b))) is not None:
            # `项目资金（万元）` (or `资金来源 | 金额`) over `部门预算 | 1,200.00` alone, the form stating no other money:
            # the department's whole budget, the year's (since 部门预算 became a source, hunt mn31, it was a line and
            # no budget_year — review rv156)
            f.fields["budget_year"] = RawValue(b["amount"], at, b.get("unit"))
            f.budget_items.clear()
        self._drop_narrated()
        self._other_sheets()
        unit = f.fields.get("unit")
        if unit is not None and unit.cell is not None and (unit.cell.page, unit.cell.line, unit.cell.bbox) in self.seg.compiled_above:
            # `填报单位：市财政局绩效科` over a 监控结果汇总表 of several projects, each row with its 部门: the summary's
            # compiler, no unit of each project (it was every project's unit); kept in each one's other_fields under its
            # label (in its cell, or the one left of it: review rv76) as the 截止时间 beside it is (it was dropped, hunt pr2)
            del f.fields["unit"]
            pair = _LABEL_COLON.match(unit.cell.text.strip())
            label = SIGN_MARK.sub("", pair.group(1) if pair is not None else self._label_left(unit.cell)).strip()
            f.other.append((label if match_field(label + "：") == ("unit", None) else "填报单位", unit.text, unit.cell))
        # (the pairs of no column on those lines, `截止时间：2024年12月31日` beside the compiler's 填报单位, are kept in
        # each project's other_fields, as a remark under the summary is in each one's other_notes: every project of
        # the summary is as of that day — on its first project only none of the others said it, review rv68)
        for who, label in _PERSON_TITLE_LABEL.items():
            person = f.fields.get(who)
            if person is not None and len(person.text) <= 2 and _SIGNER_NOBODY_RE.match(clean(person.text) or ""):
                del f.fields[who]        # `联系人 | 无`, `项目负责人 | 待定`: nobody named (it was the person; `/` was
                continue                 # none already — review rv145, hunt pr9's leftover)
            if person is not None and (("（" in person.text or "(" in person.text)
                                       and (m := _PERSON_TITLE.match(clean(person.text) or "")) is not None
                                       or (" " in person.text or "\u3000" in person.text)
                                       and (m := _PERSON_POST_SPACED.match(clean(person.text) or "")) is not None):
                # `项目负责人 | 刘志强（科长）`: the person, the post in brackets kept as `项目负责人职务` (it was kept in
                # the name, hunt pr8)
                f.fields[who] = replace(person, text=m.group("who"))
                f.other.append((label, m.group("title"), person.cell))
        phone = f.fields.get("phone") or self._contacts_own_phone()
        for who, label in _PERSON_PHONE_LABEL.items():
            person = f.fields.get(who)
            m = PERSON_PHONE.match(mobiles_joined(clean(person.text) or "")) \
                if person is not None and phone is not None else None     # (`刘建华 139 0797 0002` too, hunt pr10)
            if m and not _one_phone(m.group("phone"), phone.text) \
                    and not re.fullmatch(r"(?:19|20)\d{6}", m.group("phone")):     # (`张敏 20230115`: a date)
                # `项目负责人：罗斌（13975231234）` and `联系电话：0731-26221234` (the filer's) under the form: the person's own
                # number, kept (normalize_project leaves the person alone in the column); not when the phone holds it
                # among more, `联系电话：0731-26221234/13975231234` (said twice; one test with pr4's, review rv91)
                f.other.append((label, m.group("phone"), person.cell))
        # lists of projects the form turns out to be one of (a 汇总表 sheet before one sheet per project, a notice's
        # 分配表): their lines, their 合计 row and their caption are none of this form's (below)
        for x in self.listed:
            if self._not_the_forms(x[0], x[1], x[5]):
                self._drop_sums(x[2])        # (`合计 | 406.5` under a workbook's 汇总表: no total of the form's)
        for field_name, (text, cell, unit) in self.sums.items():
            if field_name != "_lines_total" and field_name not in f.fields:
                self._set(field_name, text, cell, unit)
        if self.total_score is not None:
            text, cell = self.total_score
            said = f.fields.get("score")
            if said is not None and said.rank < UNRANKED and noted_score(said.text) is None \
                    and noted_score(text) is not None:
                # (`专家评价得分：暂无` or `复核得分：待复核` beside `合计 | 100 | 98`: a score of no figure yields the table's,
                # kept under its label — the form's score was null, the 98 lost; as under 总分 above, review rv112)
                f.other.append((L.FIELD_LABELS["score"][said.rank], clean(said.text) or said.text, said.cell))
                said = None
            if said is None or (parse_number(said.text) == 100 and (parse_number(text) or 0) < 100
                                and (said.cell.page or 0, said.cell.line or 0) > (cell.page or 0, cell.line or 0)):
                # (`合计 | 90 | 83` then `总分 | 100`: the form's full marks restated under its table, no score)
                f.fields.pop("score", None)
                self._set("score", text, cell, label="合计")
        if "_lines_total" in self.sums and not {"budget_total", "budget_year"} & f.fields.keys():
            # a breakdown's 合计 only after the other totals (a parts table's budget_total wins, whichever came first)
            self._set("budget_total", *self.sums["_lines_total"])
        lines = self.matrix_lines
        if lines and not self.matrix_total and not self.matrix_parts and "budget_year" not in f.fields \
                and len({u for _, _, u in lines}) == 1:
            # a money matrix of its sources only (财政拨款 | 380 | 372.4 …, 其他资金 | …), no total row: the
            # year's budget and the spending are their sums
            unit = lines[0][2]
            f.fields["budget_year"] = RawValue("合计", lines[0][0], unit, parts=[b.text for b, _, _ in lines])
            if "spent" not in f.fields and all(x is not None for _, x, _ in lines):
                f.fields["spent"] = RawValue("合计", lines[0][1], unit, parts=[x.text for _, x, _ in lines])
            if "budget_initial" not in f.fields and len(self.matrix_initial) == len(lines) \
                    and all(x is not None and is_number(x.text) for x in self.matrix_initial):
                # (and the 年初预算数 their sum too: it was lost with no total row to state it, hunt mn10)
                f.fields["budget_initial"] = RawValue("合计", self.matrix_initial[0], unit,   # type: ignore[arg-type]
                                                      parts=[x.text for x in self.matrix_initial])  # type: ignore[union-attr]
        self._capital_not_a_source()
        if f.scores:
            f.scores = _scores_not_repeated(f.scores, f.indicators)
        _subject_subtotals(f.budget_items)
        for n, (start, unit) in enumerate(self.unitless_matrices):
            end = self.unitless_matrices[n + 1][0] if n + 1 < len(self.unitless_matrices) else len(f.budget_items)
            recs = [r for r in f.budget_items[start:end] if r.get("unit") is None]
            if len(recs) >= 2 and not self._adds_up_in_yuan(recs) and self._adds_up_in(recs, unit, start, end):
                # 资金使用明细 | 预算数 | 执行数 under 项目资金（万元）: 300 / 200 / 20 add up to its 全年预算数 520 (万元),
                # not to any amount as 元 (they were read as 300 元)
                for r in recs:
                    r["unit"] = unit
        if any(_glued_sum(b["name"]) for b in f.budget_items):
            self._drop_glued_subtotals()
        # a money label that headed a group of lines and wrote no total: the total is their sum
        for key in [k for k in f.fields if k.startswith("_group_")]:
            col = key[len("_group_"):]
            if col in f.fields:
                continue
            label = f.fields[key].text
            lines = [b for b in f.budget_items if b.get("group") == clean(label_key(label))]
            if lines:
                f.fields[col] = RawValue(label, f.fields[key].cell, lines[0].get("unit"),
                                         parts=[b["amount"] for b in lines])
        if "budget_fiscal" not in f.fields and self.fiscal_lines:
            # 一般公共预算拨款 / 政府性基金预算拨款 / 国有资本经营预算拨款 as lines of the money block, with no
            # 财政拨款 field: the fiscal money is their sum (the three budgets that make up 财政拨款)
            first, unit = self.fiscal_lines[0][0], self.fiscal_lines[0][2]
            # each part with its own unit written on, where it differs from the first's
            lines = [(a, u) for _, a, u in self.fiscal_lines] + self._levels_beside_kinds()
            parts = [a if (u == unit or not u) else f"{a}{u}" for a, u in lines]
            f.fields["budget_fiscal"] = RawValue(first.text, first, unit, parts=parts)
        self._fiscal_from_levels()
        self._total_in_parts_unit()
        for head, amount, unit_, cell in self.side_sums:
            # (a 部门整体 form's `按收入性质分:2030.12 | 按支出性质分:1925.67`: a side's sum that is none of the budget's
            # figures is kept as written, so a spending side short of the income is not lost)
            got = parse_amount(amount, unit_)
            known = [parse_amount(v.text, v.unit or f.form_unit) for k, v in f.fields.items()
                     if k in ("budget_total", "budget_year", "budget_initial") and getattr(v, "parts", None) is None]
            if got is not None and not any(x is not None and abs(x - got) <= 0.5 for x in known):
                f.other.append((head, f"{amount}{unit_ or ''}", cell))
        year = f.fields.pop("year", None)
        if year is not None:
            f.year_texts.insert(self.year_lines, year.text)   # 预算年度 | 2025: after the titles, which win
        for names, where, head, n_rows, caption, sheet in sorted(self.listed, key=lambda x: -(x[4] or 0)):
            if self._not_the_forms(names, where, sheet):
                if caption is not None and caption + 1 < len(f.titles):
                    # `2025年度项目支出绩效目标汇总表` over the list, the form's own title after it: the form's title
                    # is its own (projects.title was the list's)
                    f.drop_title(caption)
                # (栾川县2023年…项目 among the 分配表's rows: the list is the notice's, its lines none of this form's)
                f.budget_items = [b for b in f.budget_items if (b["page"], b["line"]) not in where]
                what = f"list of {len(names)} projects" if len(names) >= 2 else \
                    f"list of {n_rows} projects on sheet {sheet} (not the form's sheet)" if not names else \
                    f"list of the project shared out in {n_rows} rows (a notice's allocation)"
                f.warnings.append(warn("project_list", f"{what} read as no form's fields: "
                                       + " | ".join(clean(c.text) or "" for c in head.cells)[:160], head.cells[0]))
        fund = f.fields.pop("_fund_name", None)
        if fund is not None and "name" not in f.fields \
                and (_FUND_NAME.search(_TRAILING_GLOSS.sub("", fold(fund.text)).strip())
                     or _GOV_FUND_NAME.search(fold(fund.text).strip()) and self._gov_fund()):
            # 基金名称 | 城乡居民基本养老保险基金: the form's only name (`湖南省中小企业发展基金（政府投资基金）` too, its kind
            # in brackets after it: the form was no project's, not_a_form)
            f.fields["name"] = fund
        elif fund is not None and "name" in f.fields and (named := clean(fund.text)) \
                and _WS.sub("", named) != _WS.sub("", clean(f.fields["name"].text) or "") and not is_placeholder(named):
            # `基金名称 | 城市基础设施配套费` beside the form's own `项目名称 | 城市基础设施配套费安排的支出` (a 政府性基金
            # project's form): the fund kept in other_fields under its label (it was dropped without a word, hunt ly3)
            f.other.append(("基金名称", named, fund.cell))
        if "name" not in f.fields:
            self._sub_project_as_name()
        elif self.seg.titles:
            self._title_over_the_name()
        if "name" not in f.fields and f.kind != "assessment":
            # `2024年度湘潭市就业补助资金绩效评价指标体系及评分表` (a 第三方 evaluation's scored 指标体系 of a fund, no 项目名称
            # nor 基金名称 label): the fund the title names is the project's name, its year left out (it was null)
            self._name_from_titles(list(reversed(self.seg.titles)), lambda named: len(named) >= 5 and bool(
                _FUND_NAME.search(named)) and not _GENERIC_FUND.match(named))
        cut_name = f.fields.get("name")
        stem = _WS.sub("", _CUT_END.sub("", fold(cut_name.text))) if cut_name is not None else ""
        if stem and stem != _WS.sub("", fold(cut_name.text)) and len(stem) >= 4 and f.kind != "assessment":
            # `项目名称 | 新化县农村公路安全生命防护工程...` (a name cut short where its cell ended, as a system's export
            # prints it) under a title naming the whole project: the title's name, when it opens with the cell's words
            # (it was the cut name, dots and all, hunt ti5)
            del f.fields["name"]
            self._name_from_titles(list(reversed(self.seg.titles)), lambda named: len(named) > len(stem) and (
                named.startswith(stem) or _PLACE_LEAD.sub("", named, count=1).startswith(stem)), "proj", (_PROJECT_TITLE_END,))
            if f.fields.setdefault("name", cut_name) is cut_name:
                # (no title naming it whole: the cell's words without the dots, their end lost — said by a
                # `truncated_cell` warning; it was the name dots and all, hunt ti6)
                # (the dots cut from the text as written: `…工程（二期）……` folded its `……` to six dots, and the
                # name was the folded one, `(二期)`; a name ending in its closing word, `农村公路养护项目...`, `…工程（二期）
                # ……`, lost no end: no warning — the document was `partial` for it, review rv12)
                raw_cut = _CUT_END_RAW.search(cut_name.text)
                folded = fold(cut_name.text)
                f.fields["name"] = replace(cut_name, text=cut_name.text[:raw_cut.start()] if raw_cut is not None
                                           else as_written(cut_name.text, folded, 0, _CUT_END.search(folded).start()))
                if not _WHOLE_NAME_END.search(stem):
                    f.warnings.append(warn("truncated_cell", f"the project's name {clean(cut_name.text)!r} was cut short "
                                           "in its cell, no title naming it whole: its end is lost", cut_name.cell))
        if "name" not in f.fields and f.kind != "assessment":
            # `2024年度新宁县义务教育薄弱环节改善项目绩效评价指标体系` over its scored rows (a title ending 指标体系 is no
            # form's title by itself: a line over the table): the project the title names, as a fund's above (no project,
            # not_a_form); so a form's own title, `新化县2024年农村公路养护项目绩效目标表` (it was null, hunt fam2) — not a
            # body's or a place's forms, `县教育局2024年项目支出绩效目标表`, `浦城县2024年度县级预算项目绩效目标表`
            lines = list(reversed(self.seg.titles))
            if f.scores:
                lines += [r for r in self.rows[:6] if r.is_text_line and len(r.cells) == 1]
            own = [clean(c.text) or "" for k in ("unit",) if (c := f.fields.get(k)) is not None]
            self._name_from_titles(
                lines, lambda named: _project_fits(named, own), "proj",
                (_SCORE_TITLE_END, _PROJECT_TITLE_END) if f.scores else (_PROJECT_TITLE_END, _PUBLISHED_TITLE_END))
        if "name" not in f.fields and f.kind != "assessment":
            # `新化县2024年农村义务教育学生营养改善计划补助资金绩效目标表`, `…村级组织运转经费绩效目标表`, `…参保补助绩效
            # 目标表` over a form of no 项目名称: the fund the form's own title names (no 项目 in it), without the year,
            # as a project's above — not a body's money or a kind of money, `新化县交通运输局专项资金`, `县级财政专项资金`
            # (it was null, hunt ti6)
            # (not a body's own running money, `…农业技术推广站2025年日常公用经费绩效目标表` under that station: its body
            # before the year or the form's own, the kind of money alone after it — it was named as a fund, review
            # rv154's leftover, hunt ti24)
            bodies = [clean(c.text) or "" for k in ("unit", "department") if (c := f.fields.get(k)) is not None]
            self._name_from_titles(list(reversed(self.seg.titles)), lambda named: _names_fund(named) and not any(
                running_money_title(t.cells[0].text, bodies) for t in self.seg.titles), None, (_FUND_TITLE_END,))
        assessed = f.fields.pop("_assessed", None)
        if assessed is not None and clean(assessed.text):
            # 考核对象：县农业农村局 — the form's department (an institution: its unit) when it names none
            kind = org_kind(clean(assessed.text))
            if kind is not None and kind[1] not in f.fields:
                f.fields[kind[1]] = assessed
            else:
                f.other.append((_OTHER_LABEL_END.sub("", clean(self.weak_labels.get("_assessed", "考核对象")) or ""),
                                clean(assessed.text) or "", assessed.cell))
        if self.bare_total is not None and f.fields.get("budget_total") is self.bare_total[1] \
                and (year := f.fields.get("budget_year")) is not None \
                and clean(year.text) != clean(self.bare_total[1].text):
            # (`实施单位 | … | 金额（万元） | 50` above `项目资金 | 年度资金总额 | 300`: a label of the project's money gave
            # it, the bare word's amount is something else — kept under its label, as before the bare word was read)
            bare = f.fields.pop("budget_total")
            f.other.append((_OTHER_LABEL_END.sub("", clean(self.bare_total[0]) or "") or self.bare_total[0],
                            clean(bare.text) or bare.text, bare.cell))
        for k in [k for k in f.fields if k.startswith("_weak_")]:
            weak = f.fields.pop(k)
            if k == "_weak_budget_total" and "budget_year" in f.fields and "budget_total" not in f.fields \
                    and _less_money(weak, f.fields["budget_year"], f.form_unit):
                # (`采购预算 | 80万元` under `年度资金总额（万元） | 120`: the procurement's part of the year's money, no
                # total of the project — it was budget_total, a false annual_exceeds_total; kept as written; not
                # `采购预算 | 300万元` over a year's 100, a procurement of three years: the project's total, review rv93)
                text, label = clean(weak.text) or weak.text, clean(self.weak_labels.get(k, "采购预算")) or ""
                f.other.append((_NAME_UNIT.sub("", _OTHER_LABEL_END.sub("", label)),
                                text if _WRITTEN_UNIT.search(text) else text + (weak.unit or ""), weak.cell))
                continue
            got = f.fields.setdefault(k[len("_weak_"):], weak)   # 采购预算 | 1,380,000.00: the form's money, when no
            # label of its own gave it
            if got is not weak and k in self.weak_labels and clean(weak.text) != clean(got.text) \
                    and k[len("_weak_"):] not in L.MONEY_FIELDS:
                # (预算项目名称 beside a procurement's 采购项目名称: kept in other_fields, as before it was a label)
                f.other.append((_OTHER_LABEL_END.sub("", clean(self.weak_labels[k]) or ""), clean(weak.text) or "",
                                weak.cell))
        for k in [k for k in f.fields if k.startswith("_")]:
            if k.startswith("_group_") or k.startswith("_options_"):
                f.fields.pop(k)
        if self.year_money or self.year_fields or self.year_sources:
            year = f.stated_year or 0
            if not year and len(self.year_money) != 1:
                # `资金来源 | 2024年 | 2025年` in a form whose titles state no year, its goal `2025年完成平台二期上线`:
                # the year the project's is read from (its name's or its goal's opening year) picks the column (no
                # money was read at all — hunt mn7)
                year = opening_year(*(clean(f.fields[k].text) if k in f.fields else None
                                      for k in ("name", "goal_annual"))) or 0
            got = self.year_money.get(year)
            if got is None and not year and len(self.year_money) == 1:
                got = next(iter(self.year_money.values()))   # (a form of no year: the one year's amount it gives)
                if f.label_year is None:
                    # (`2024年度资金总额 | 500`: that year the form's, as `2024年计划投资`'s is — it was null, hunt fam2)
                    f.label_year = next(iter(self.year_money))
            if got is not None and self.year_whole is not None and f.fields.get("budget_year") is self.year_whole[0]:
                # the whole of money whose part is the form's year's (`申请债券资金 | 15,000` over `其中：2025年发行额度 |
                # 6,000`): the year's budget is the part (it was the whole, the part a source line); the whole the
                # total when the form states none, else kept in other_fields as written
                whole, label = f.fields.pop("budget_year"), self.year_whole[1]
                if "budget_total" not in f.fields:
                    f.fields["budget_total"] = whole
                else:
                    self._keep_pair(label, whole.text, whole.cell)
            if got is not None and "budget_year" not in f.fields:
                # (named by the label written, `2024年资金总额`, or the by-year row's: a misgrouped figure said of it,
                # not of `项目当年预算` — review rd)
                said = self.year_money_labels.get(year) or (clean(self.year_labels["total"].text)
                                                            if "total" in self.year_labels else None)
                self._set("budget_year", got[0].text, got[0], got[1], named=said)
                self._other_years(year)
            kept = self._other_labelled_years(year) if year else set()
            if got is None and self.year_parts:
                for lab in self.year_parts:      # (`其中：2024年 | … | 2025年 | …` in a form of no year: not kept)
                    if _year_money_label(lab.text) not in kept:
                        f.warnings.append(warn("unplaced_cell", "a part of the money by year, the form's own year not "
                                               f"known: not kept: {clean(lab.text)}", lab))
            for field_name, by_year in self.year_fields.items():
                got = by_year.get(year)
                if got is not None and field_name not in f.fields:
                    self._set(field_name, got[0].text, got[0], got[1])
            for label, by_year in self.year_sources:
                got = by_year.get(year)
                if got is not None:
                    self._line(_SUB_LINE.sub("", clean(label.text) or ""), got[0].text, "source", got[1], label)
        named = [t for t in map(_title_key, f.titles) if L.SELF_EVAL_TITLE.search(t) or L.TARGET_FORM_TITLE.search(t)]
        if f.kind != "assessment" and named and L.SELF_EVAL_TITLE.search(named[-1]):
            # (the title nearest the form decides: `附件3 项目支出绩效自评表填写样例` over a sample's own
            # `项目支出绩效目标申报表` is the page's title, the form is a target form)
            f.kind = "self_eval"
        elif f.kind == "target" and f.indicators and len(self.narrated) == len(f.indicators) \
                and all(r.get("actual_raw") for r in f.indicators):
            f.kind = "self_eval"         # (indicators written as sentences of what was done, under no title the reader
            # knows for a 自评表's, `…绩效自评报告`: a self-evaluation's — it was a target form, hunt ly14)
        heads = [_title_key(t) for t in f.titles + [r.cells[0].text for r in self.rows[:4] if len(r.cells) == 1]]
        if f.kind == "self_eval" and any(_EX_ANTE.search(t) for t in heads) \
                and not any(L.SELF_EVAL_TITLE.search(t) and not _EX_ANTE.search(t) for t in heads) \
                and not any(r.get("actual_raw") or r.get("progress_raw") for r in f.indicators) \
                and not f.fields.keys() & {"spent", "execution_rate", "goal_actual"}:
            # 事前绩效评估报告附表: the scores are an assessment of the project before it starts (its 评分表), its
            # targets declared; nothing done yet is evaluated (it was a self-evaluation)
            f.kind = "target"
        _unit_from_parts(f)
        _unit_from_lines_sum(f)
        _unit_code_no_division(f)
        if _unit_from_prose(f, [r for r in self.rows if r.is_text_line]):
            # (`其中:中央补助 | 50.29` under an empty 年度资金总额, the notice above saying `一般公共预算资金50.29万元`: the
            # line's unit now said, a level's fiscal line the form's only money — budget_fiscal its amount, hunt mn11)
            self._fiscal_from_levels()
        if f.kind == "self_eval" and "goal_total" in f.fields and "goal_annual" not in f.fields:
            # a self-evaluation looks back on one year: its 总体目标 is that year's goal
            f.fields["goal_annual"] = f.fields.pop("goal_total")
        # horizon only where the form separates long-term and annual indicators (contract)
        if len({r.get("horizon") for r in f.indicators} - {None} | f.horizons) < 2:
            for r in f.indicators:
                r["horizon"] = None
        f.indicators = _adjustments_merged(f.indicators)
        for r in f.indicators:
            note = r.get("note") or ""
            if "调整前" not in note:
                continue                 # (no adjustment's note: most indicators, nothing split or matched)
            said = [part for part in note.split("；") if part.startswith("调整")
                    and DROPPED.match(fold(part.partition("：")[2]).strip())]
            if DROPPED.match(fold(r.get("target_raw") or "").strip()) or said:
                # an adjustment request's indicator whose target after it is `删除` / `取消`, or whose 调整类型 says so
                # (its target before in the note): dropped, no target in force; said, so that it is not read as a
                # target of that text (or, its 调整后 cell empty, as the target kept)
                f.warnings.append(ParseWarning("indicator_dropped", f"indicator dropped by the adjustment "
                                               f"({clean(r.get('target_raw')) or said[0]}): "
                                               f"{clean(r.get('level3')) or '?'}; "
                                               f"{clean(r.get('note'))}"[:200], r.get("page"), r.get("line")))


# Block labels that a table's own first column may carry (a merged cell drawn mid-table).
_OWN_BLOCKS = {
    "indicator": frozenset(label_key(x) for x in ("绩效指标", "绩效目标", "分解目标", "绩效目标实现情况",
                                                   "年度绩效指标", "长期绩效指标", "项目绩效目标")),
    "score": frozenset({label_key("评分表")}),
    "budget": frozenset(label_key(x) for x in ("项目构成分解", "项目当年投入资金构成", "资金构成",
                                                "投入资金构成")),
}
_OTHER_KEYS = frozenset({"其他", "其他来源", "其他收入"})


def _money_table_head(cells: list[Cell]) -> bool:
    """A money table's head row: its label declaring a money unit (`偿债计划（万元）`, `资金安排（万元）`), the other
    cells heads of its columns (`年度 | 本金 | 利息 | 合计`: no figure, no target, no level of an indicator), one of
    them a column of years or of a sum (`年度`, `2026年`, `合计`). An indicator named with its money unit and its
    target in words (`运维成本（万元） | 不超过批复预算 | 定性`) heads no such column: a row of the indicators (it ended
    them, the rows below it lost, mend md34)."""
    return len(cells) >= 3 and declared_unit(cells[0].text) is not None \
        and not any(any(level_info(x.text)[:2]) for x in cells) \
        and not any(is_number(x.text) or is_compared_target(x.text) for x in cells[1:]) \
        and any(_YEAR_OR_SUM.match(_WS.sub("", x.text)) or label_key(x.text) in _YEAR_HEADS for x in cells[1:])


def _other_money_label(key: str, beside_fiscal: bool) -> bool:
    """A source line's label that names the other money (`其他收入`), or, beside the fiscal field or a line of one of
    the three budgets read (`其中：国有资本经营预算资金 | 1,200`), money its holder raises itself, whoever it is
    (`企业自筹资金`, `群众自筹`: as the labels 单位自筹 / 自筹资金 are budget_other; these were a source line only,
    budget_other null, hunt nw6 — not beside a level's line, `县级财政 | 560` and `群众自筹 | 20` of a 合计 600: no
    split, mn14's guard); so is a 一事一议 form's villagers' money, `村民筹资筹劳` beside `财政奖补资金` (hunt nw7)."""
    return key in _OTHER_KEYS or beside_fiscal and any(w in key for w in _SELF_RAISED_WORDS) \
        and L.OTHER_MONEY.fullmatch(key) is not None


def _less_money(part: RawValue, whole: RawValue, unit: str | None) -> bool:
    """Whether `part`'s amount is less than `whole`'s, each in its unit (else the form's); False if either is none."""
    a, b = parse_amount(part.text, part.unit or unit), parse_amount(whole.text, whole.unit or unit)
    return a is not None and b is not None and a < b - MONEY_TOL


def _sibling_other_money(label: str) -> bool:
    """A label of other money from a named source (`群众自筹`, `社会资金`), a sibling of the other money above it
    and summed with it, not the catch-all rest (`其他资金`, `其他收入`) that replaces it as the field."""
    key = label_key(_SUB_LINE.sub("", label))
    return L.OTHER_MONEY.fullmatch(key) is not None and key not in _OTHER_KEYS and not _CATCH_ALL_SOURCE.match(key)


# the words of money its holder raises itself: 自筹, and villagers' 筹资 / 筹劳 in a 一事一议 form
_SELF_RAISED_WORDS = ("自筹", "筹资", "筹劳")
# a goal label cut to its first line in a dump of a cell drawn over two lines (`年度` / `目标`)
_CUT_GOAL_LABELS = {"年度": "goal_annual", "年度总体": "goal_annual", "长期": "goal_total", "中期": "goal_total",
                    "总体": "goal_total"}
# the three budgets whose appropriations make up 财政拨款 (a money line named so is fiscal money)
_FISCAL_KINDS = lazy(r"^(?:当年|本年度?)?(?P<kind>一般公共预算|政府性基金|国有资本经营预算)(?:(?<=基金)预算)?"
                           r"(?:拨款|资金)?$"
                           # 中央 / 省级 / 市县级衔接资金: the fiscal 衔接推进乡村振兴补助资金 by the level that gives it
                           r"|^(?:中央|省|省级|自治区|自治区级|市|市级|地市|地市级|地区|州|州级|自治州|市州级|盟|盟市|县|县级|旗|"
                           r"旗县|区级|县区级|市县级|市县)(?:财政)?衔接"
                           r"(?:推进乡村振兴补助)?资金$")


# (its figure with thousands separators too, `1,234.56万` in a self-evaluation's money matrix: it was `no number, not
# kept`, the year's money, its execution and the lines lost, hunt mn4)
_AMOUNT_WITH_UNIT = lazy(r"^\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|亿元|元|万|亿)\s*$")


# an option of a yes-or-no question (`是 | 否`, `有 | 无`) under a matrix's note head (是否存在偏差)
_YES_NO_OPTION = lazy(r"^(?:是|否|有|无)$")


# a title or caption saying its table gives targets, or results (see _Reader._targets_said)
_TARGET_WORDS = lazy(r"目标值|指标值|绩效指标$|绩效目标$|目标表")
_RESULT_WORDS = lazy(r"完成情况|完成值|实际|自评|评价|监控|执行情况|得分|评分|考核结果")


def _title_key(title: str) -> str:
    """A form's title folded for matching, without spaces (`项 目 支 出 绩 效 目 標 表` -> `项目支出绩效目标表`)."""
    return bare_fold(title)



def _unit_from_lines_sum(f: RawForm) -> None:
    """`年度预算申请 | 资金总额 | 1325.6 | 财政拨款 | 1280.6 | 其他资金 | 45` (no unit) over a task table headed `预算金额（万元）`
    whose amounts add up to 1325.6 (a 部门整体 form; no unit declared for the form): the bare figures of the form's money
    are in the lines' unit (they were 1,325.6 元). Only when the lines of one unit add up to the total or the year's
    budget as written, not to it as 元."""
    if f.form_unit is not None:
        return
    bare = {k: v for k in _BLOCK_MONEY for v in [f.fields.get(k)] if v is not None and v.unit is None and not v.parts
            and BARE_FIGURE.match(fold(v.text))}
    if not bare or not any(k in bare for k in ("budget_total", "budget_year")):
        return
    units = {b.get("unit") for b in f.budget_items}
    if len(units) != 1 or next(iter(units)) not in ("万元", "亿元"):
        return
    unit = next(iter(units))
    for key in ("budget_total", "budget_year"):
        if key not in bare:
            continue
        total = parse_number(bare[key].text)
        by_kind: dict[str, float] = {}
        for b in f.budget_items:
            n = parse_number(b.get("amount") or "")
            if n is None:
                continue
            by_kind[b.get("kind") or ""] = by_kind.get(b.get("kind") or "", 0.0) + n
        if total and any(abs(x - total) <= max(0.006, total * 1e-6) for x in by_kind.values()):   # (half a cent of 万元)
            for v in bare.values():
                v.unit = unit
            return


# an amount said in 万元 in a sentence (`…下达资金134.39万元，其中：一般公共预算资金50.29万元`)
_PROSE_WAN = lazy(r"(?<![\d.])(\d+(?:\.\d+)?)\s*万元")
# and one said in 元
_PROSE_YUAN = lazy(r"(?<![\d.])(\d+(?:\.\d+)?)\s*元")


def _unit_from_prose(f: RawForm, lines: list[Row]) -> bool:
    """`其中:中央补助 | 50.29` (no unit in the table, none declared for the form) under a notice's paragraph that says
    `…其中:一般公共预算资金50.29万元…` (the form's own letter): the form's bare money figures are in 万元 (they were
    50.29 元). Only when a bare figure of the form's money is one the text says in 万元, and none is one it says in
    元 alone (hunt mn10). True if it set the unit."""
    if f.form_unit is not None:
        return False
    fields = [v for k in _BLOCK_MONEY for v in [f.fields.get(k)] if v is not None and v.unit is None and not v.parts
              and BARE_FIGURE.match(fold(v.text))]
    items = [b for b in f.budget_items if b.get("unit") is None and BARE_FIGURE.match(fold(b.get("amount") or ""))]
    figures = [parse_number(v.text) for v in fields] + [parse_number(b["amount"]) for b in items]
    if not figures or None in figures:
        return False
    # (a figure with its thousands separators, `下达资金1,200万元`: 1200, not 200 — review rv13)
    text = _PROSE_THOUSANDS.sub("", "\n".join(fold(c.text) for r in lines for c in r.cells))
    wan = {float(m.group(1)) for m in _PROSE_WAN.finditer(text)}
    yuan = {float(m.group(1)) for m in _PROSE_YUAN.finditer(text.replace("万元", "万"))}
    if not any(x in wan for x in figures) or any(x in yuan and x not in wan for x in figures):
        return False
    # (and a field summed from the form's bare figures, `budget_fiscal` of its 中央补助 and 县级配套 lines: in 万元 as
    # they are — it stayed 元, 1,200 元 of fiscal money beside a total of 1,200万元, review rv13)
    sums = [v for k in _BLOCK_MONEY for v in [f.fields.get(k)] if v is not None and v.unit is None and v.parts
            and all(BARE_FIGURE.match(fold(str(x))) for x in v.parts)]
    for v in fields + sums:
        v.unit = "万元"
    for b in items:
        b["unit"] = "万元"
    return True


_PROSE_THOUSANDS = lazy(r"(?<=\d)[,，](?=\d{3}(?!\d))")


def _unit_code_no_division(f: RawForm) -> None:
    """Six digits before the project's name the form also states as a body's code (`预算单位编码 | 412001`, `单位编码 |
    412001` read as department_code) are that body's code, no 行政区划代码 (a budget unit's six digits fit the division
    pattern, its 41 a province's; decided by the label that states them, hunt mn13)."""
    said = {clean(v.text) for k, v in f.fields.items() if k == "department_code"} \
        | {code for lab, v, _ in f.other if _UNIT_CODE_LABEL.search(lab) and "区划" not in lab
           for code in re.findall(r"(?<!\d)\d{6}(?!\d)", v or "")}
    if said:
        f.other = [(lab, v, c) for lab, v, c in f.other if not (lab == "行政区划代码" and v in said)]


# a label of a body's code: `预算单位编码`, `单位代码`, `部门编码`, `主管部门代码`
_UNIT_CODE_LABEL = lazy(r"(?:单位|部门|机构)(?:编码|代码|编号)")


def _unit_from_parts(f: RawForm) -> None:
    """`预算数: | 2.38` over `其中:中央补助 | 2.38 万元` (a 区域绩效目标自评表: the unit written on the parts only, no
    unit declared for the form): a bare money figure takes the unit its part writes beside the same figure (it was
    2.38 元)."""
    if f.form_unit is not None:
        return
    written = _written_units(b.get("amount") for b in f.budget_items if b.get("unit") is None)
    if not written:
        return
    for key in L.MONEY_FIELDS:
        v = f.fields.get(key)
        t = fold(v.text).strip() if v is not None else ""
        if v is not None and v.unit is None and re.fullmatch(r"\d+(?:\.\d+)?", t) and not v.parts:
            unit = written.get(float(t))
            if unit is not None:
                v.unit = unit


def _written_units(amounts) -> dict[float, str]:
    """Each of the AMOUNTS written with its unit (`500万元`, `2.38 万`): its figure and that unit, the first one's where
    a figure is written twice — the unit a bare figure of the form's money equal to it is read in (_unit_from_parts)."""
    written: dict[float, str] = {}
    for a in amounts:
        if m := _AMOUNT_WITH_UNIT.match(fold(a or "")):
            written.setdefault(float(m.group(1).replace(",", "")), {"万": "万元", "亿": "亿元"}.get(m.group(2), m.group(2)))
    return written


def _is_dash(c: Cell) -> bool:
    """A placeholder cell of the money matrix (`—`, `-`, `/`); on a scan also the `一` an OCR reads for a
    dash (a lone 一 in a money cell is no number written in Chinese)."""
    return is_placeholder(c.text) or (c.conf is not None and c.text.strip() in ("一", "一一"))


def _scores_not_repeated(scores: list[dict], indicators: list[dict]) -> list[dict]:
    """A 评分表 (a sheet or a table of its own) repeating the form's indicators with their points, and its
    预算执行率 row repeating the budget block's: each is kept once (the indicators already carry their
    weight and score; the points were counted twice)."""
    def num(x):
        return parse_number(x) if isinstance(x, str) else x
    have = {(label_key(i["level3"]), num(i.get("weight")), num(i.get("score"))) for i in indicators if i.get("level3")}

    def key_of(r):
        name = r.get("level3") or r.get("level2") or r.get("level1")
        return name, (label_key(name or ""), num(r.get("weight")), num(r.get("score")))
    # the 评分表's own 预算执行率 row, under its levels (过程 / 资金管理), is the one kept: the money matrix's bare
    # copy (no levels) goes, so that the level's points add up
    placed = {k for r in scores for name, k in [key_of(r)]
              if name and k[0] == _RATE_KEY and (r.get("level1") or r.get("level2"))}
    # a 评分表 of its own framework (决策 / 过程 / 产出 / 效益) sharing a row with the indicators by chance (检查合格率 |
    # 20 | 20 in both): no repeat of them, its rows all kept (the repeating sheet gives most of its rows again)
    keyed = [k for r in scores for name, k in [key_of(r)] if name and k[1] is not None and k[0] != _RATE_KEY]
    repeats = 2 * sum(1 for k in keyed if k in have) >= len(keyed)
    out, rate_seen = [], set()
    for r in scores:
        name, key = key_of(r)
        if name and key[1] is not None and key in have and (repeats or key[0] == _RATE_KEY):
            continue                  # the indicator with its points, repeated by the 评分表
        if name and key[0] == _RATE_KEY:
            if key in placed and not (r.get("level1") or r.get("level2")):
                continue              # (the money matrix's copy of the 评分表's row)
            if key in rate_seen:
                continue              # 预算执行率 | 10 | 9.5 again (the money matrix's, then the 评分表's)
            rate_seen.add(key)
        out.append(r)
    return out


_RATE_KEY = label_key("预算执行率")
# a table's caption: a short line naming a table (绩效目标审核意见表, 资金分配明细表), no sentence
_CAPTION = lazy(r"^[^，,。；;：:]{2,30}(?:表|清单|明细|审核意见|评审意见)$")
_NAME_UNIT = lazy(r"\s*[(（]\s*(?:单位\s*[:：]\s*)?(?:百万元|亿元|万元|千元|元)\s*[)）]\s*$")


# the stages of a money block written as rows (年初预算数 / 全年预算数 / 1-6月执行数 / 执行率 / 全年预计执行数)
_STAGE_ROLES = frozenset({"budget_initial", "budget_year", "budget_issued", "spent", "execution_rate"})
_FORECAST_STAGES = frozenset(("全年预计执行数", "预计执行数", "预计全年执行数"))


@value_cache(maxsize=1 << 16)
def _source_column_head(text: str) -> bool:
    """A head of a money source's column (财政拨款 / 上年结转 / 其他资金 / 中央补助) or of their total (合计)."""
    key = label_key(text)
    if not key or is_number(text):
        return False
    m = match_field(text)
    return _is_source(text) or bool(L.MATRIX_TOTAL_ROW.fullmatch(key)) or is_total_label(key) or (
        m is not None and m[1] is None and m[0] in ("budget_fiscal", "budget_other"))


def _spaced_signoffs(rows: list[Row]) -> list[Row]:
    """The rows with a sign-off line set apart by single spaces (`填报人 张三 联系电话 13812345678 填报日期 2024 年 3 月 5
    日`, an OCR'd footer: no colon, no wide gap) written with its colons (`填报人：张三  联系电话：13812345678  填报日期：
    2024年3月5日`), read as such a line is (it was an indicator of no target, the day and the person lost, hunt ti14);
    other rows as they are."""
    out = rows
    for k, row in enumerate(rows):
        if len(row.cells) == 1 and (text := _spaced_signoff(row.cells[0].text)) is not None:
            out = list(out) if out is rows else out
            out[k] = Row([replace(row.cells[0], text=text)], row.grid, row.r, row.order, row.page_break)
    return out


def _spaced_signoff(text: str) -> str | None:
    """A line of sign-off labels each followed by its value's words, single spaces between (see _spaced_signoffs), with
    a colon after each label and the value's words joined; None for any other line (a colon in it, a first word of no
    sign-off label, fewer than two labels). A value ends at a whole day or a phone number, a person's at a name: a day
    after it is the line's day (`审核人 李四 2024年3月5日` -> `审核人：李四  2024年3月5日`), a word of no label after it
    with a value of its own a pair of its own (`联系电话 0739-1234567 传真 0739-7654321`), a second name one more
    (`填报人 张三 李四` -> `填报人：张三、李四`); they ran on into the value (mend md18). A word of no label and no value
    after a whole value: no such line."""
    words = text.split()
    if len(words) < 4 or re.search(r"[:：]", text) or len(text) > 80 or not _signoff_label(words[0], True):
        return None
    pairs: list[tuple[str | None, list[str]]] = []
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        if _signoff_label(w, True) and not _DIGITS.search(w):
            pairs.append((w, []))
            continue
        lab, val = pairs[-1]
        if not val or not _value_whole(lab, val):
            val.append(w)
        elif _DAY_START.match(w):
            pairs.append((None, [w]))            # the line's day after the signers
        elif _HAN_WORD.match(w) and _signoff_person_label(lab) and _SIGNER_NAME.match(w) \
                and (nxt is None or _DAY_START.match(nxt) or _signoff_label(nxt, True) and not _DIGITS.search(nxt)):
            val.append(w)                        # a second name
        elif _HAN_WORD.match(w):
            if nxt is None or _signoff_label(nxt, True) and not _DIGITS.search(nxt):
                return None
            pairs.append((w, []))                # a label of no sign-off's, its value after it
        else:
            val.append(w)                        # (`填报人 张三 13812345678`: the name and the phone, as before)
    if sum(1 for lab, _ in pairs if lab) < 2 or not all(val for _, val in pairs[:-1]):
        return None
    return "  ".join(f"{lab}：{_words_joined(val, _signoff_person_label(lab))}" if lab else "".join(val) for lab, val in pairs)


# a word of Chinese characters alone; the start of a day's year (`2024年3月5日`, `2024` before `年 3 月 5 日`)
_HAN_WORD = lazy_regex(r"^\p{Han}+$")
_DAY_START = lazy(r"^(?:19|20)\d{2}(?:\s*[年./-]|$)")


def _signoff_person_label(label: str | None) -> bool:
    """Does a sign-off label name a person (填报人, 经办人, 审核人, 单位负责人), not a column of a day, a phone or a body?"""
    if label is None or _DATE_LABEL.search(label):
        return False
    m = match_field(label + "：")
    return m[0] in ("contact", "leader") if m is not None else is_role_label(label)


def _value_whole(label: str | None, words: list[str]) -> bool:
    """Is a spaced sign-off value (_spaced_signoff) whole: a day, a phone number, or a person's name after a person's
    label?"""
    joined = "".join(words)
    t = fold(joined).strip()
    # (_day_alone folds its text itself: handed `t`, it folded twice, `&lt;b&gt;2024年3月15日` a day — review rv67)
    if _day_alone(joined) or _PHONE_CELL.match(t):
        return True
    return _signoff_person_label(label) and _HAN_WORD.match(words[-1]) is not None and _SIGNER_NAME.match(words[-1]) is not None


def _words_joined(words: list[str], person: bool) -> str:
    """A spaced value's words joined: a PERSON label's names apart by `、` (`张三、李四`), other words run together
    (`2024年3月5日`, `洞口县教育局`)."""
    out = words[0]
    for a, b in zip(words, words[1:]):
        both = person and all(_HAN_WORD.match(x) and _SIGNER_NAME.match(x) for x in (a, b))
        out += ("、" if both else "") + b
    return out


def _stages_in_rows(rows: list[Row]) -> list[Row]:
    """A money block with its sources in columns and the stages of the money in rows (江西: `预算执行情况（万元） | 项目 |
    合计 | 财政拨款 | 上年结转 | 其他资金` over `年初预算数 | 350 | 300 | 50 | 0`, `1-6月执行数 | …`, `执行率 | …`, `全年预计执行数
    | …`): turned the usual way round, each source a row under the stages' heads (`预算执行情况（万元） | 项目 | 年初预算数 |
    …` over `| 合计 | 350 | …`, `| 财政拨款 | 300 | …`), as the money matrix is read (the stages' rows were read as
    the total's fields only, the sources lost and the forecast a budget line). Other rows as they are."""
    out: list[Row] = []
    k = 0
    while k < len(rows):
        got = _stage_block(rows, k)
        if got is None:
            out.append(rows[k])
            k += 1
            continue
        turned, k = got
        out.extend(turned)
    return out


def _stage_block(rows: list[Row], k: int) -> tuple[list[Row], int] | None:
    head = rows[k]
    if head.is_text_line or len(head.cells) < 3:
        return None
    src = [c for c in head.cells if _source_column_head(c.text)]
    if len(src) < 2 or not any(_is_source(c.text) or match_field(c.text) for c in src):
        return None
    first = src[0].col
    if any(c.col > first and c not in src for c in head.cells):
        return None
    lead = [c for c in head.cells if c.col < first]
    if len(lead) > 2 or any(is_number(c.text) for c in lead):
        return None
    src_cols = {c.col for c in src}
    stages: list[tuple[Cell, dict[int, Cell]]] = []
    j = k + 1
    while j < len(rows):
        r = rows[j]
        if r.grid is not head.grid or r.is_text_line:
            break
        labels = [c for c in r.cells if c.col < first]
        values = [c for c in r.cells if c.col >= first]
        if len(labels) != 1 or not values or any(c.col not in src_cols for c in values) \
                or not all(is_number(c.text) or _PERCENT.match(fold(c.text)) or _is_dash(c) for c in values):
            break
        key = label_key(labels[0].text)
        if L.MATRIX_COLUMNS.get(key) not in _STAGE_ROLES and key not in _FORECAST_STAGES:
            break
        stages.append((labels[0], {c.col: c for c in values}))
        j += 1
    if len(stages) < 2 or not any(L.MATRIX_COLUMNS.get(label_key(s.text)) in ("budget_initial", "budget_year")
                                  for s, _ in stages):
        return None
    label_col = max(s.col for s, _ in stages)
    if any(c.col > label_col for c in lead) and lead[-1].col != label_col:
        return None
    n = len(src)
    hcells = [replace(c, rowspan=1 + n) if c.rowspan > 1 else c for c in lead if c.col < label_col] \
        + [replace(c, col=label_col, rowspan=1) for c in lead if c.col == label_col] \
        + [replace(s, col=label_col + 1 + i, rowspan=1, colspan=1) for i, (s, _) in enumerate(stages)]
    out = [Row(hcells, head.grid, head.r, head.order, head.page_break)]
    # the total first (a first row with a name of its own is read as a line, the 合计 under it the total)
    for t, c in enumerate(sorted(src, key=lambda c: not (L.MATRIX_TOTAL_ROW.fullmatch(label_key(c.text))
                                                          or is_total_label(label_key(c.text))))):
        cells = [replace(c, col=label_col, rowspan=1, colspan=1)] + [
            replace(vals[c.col], col=label_col + 1 + i, rowspan=1, colspan=1)
            for i, (_, vals) in enumerate(stages) if c.col in vals]
        out.append(Row(cells, head.grid, head.r + 1 + t, head.order))
    return out, j


# the four parts of a PPP project's government spending duty (政府支出责任, as 财金〔2015〕21号 names them), heads of
# its year's money: `年度政府支出责任（万元） | 合计 | 股权投资支出 | 运营补贴支出 | 风险承担支出 | 配套投入支出`
_PPP_DUTY = lazy(r"^(?:股权投资|运营补贴|风险承担|配套投入)(?:支出)?(?:责任)?$")


@lru_cache(maxsize=1 << 16)
def _is_source(text: str) -> bool:
    """A money source's name: 中央资金 / 自筹资金 (a source head), a line of the three budgets, 上年结转资金 …"""
    key = label_key(text)
    return bool(_SOURCE_HEAD.match(key)) or _is_fiscal_kind(text) or key in _OTHER_SOURCES


def _level_fiscal_name(text: str) -> bool:
    """A short name of a level's fiscal money (`县级财政资金`, `县级财政救助资金`, `市级配套`: L.LEVEL_FISCAL, at most 8
    characters label_key'd): a source of the money where a label or a money sentence's clause names one."""
    key = label_key(text)
    return len(key) <= 8 and bool(L.LEVEL_FISCAL.match(key))


def _by_year_row_kind(label: Cell) -> str | None:
    """A by-year money row's label: `total` (资金总额 / 合计), `budget_fiscal` / `budget_other` (财政拨款 / 其他资金),
    `source` (中央资金 …), or None (a cost item, a past sum: no source of the money)."""
    text = _SUB_LINE.sub("", label.text)
    key, m = label_key(text), match_field(text)
    field = m[0] if m is not None and m[1] is None else None
    if key in _SUM_KEYS or key in ("资金总额", "项目资金总额") or field in ("budget_total", "budget_year"):
        return "total"
    if field in ("budget_fiscal", "budget_other"):
        return field
    return "source" if _is_source(label.text) else None


def _dated_period(text: str | None) -> bool:
    """Does a period cell give dates (`2025年1月至2025年12月`, `2024-2026年`; one written ending before it starts too),
    not a length only (`1年`, `3年`, `12个月`)?"""
    return parse_period(text) != (None, None) or reversed_period(text) is not None


def _stage_pairs(cells: list[Cell]) -> list[tuple[str | None, Cell, Cell]] | None:
    """A money row's stages each beside its amount after its label (`其中：财政拨款 | 年初预算数 | 1,380.00 | 1-6月执行数 |
    552.00 | 全年预计执行数 | 1,380.00`): (the stage's field, None for a forecast; its cell; its amount's) for each
    pair, two or more; else None."""
    if len(cells) < 5 or len(cells) % 2 == 0 or is_number(cells[0].text):
        return None
    pairs = []
    for k, v in zip(cells[1::2], cells[2::2]):
        role = L.MATRIX_COLUMNS.get(key := label_key(k.text))
        # (a rate in percent beside its head, `执行率 | 40%`, as in the stages' rows of _stage_block — it stopped the
        # row's reading, the forecast a spent line again: review rv128)
        if not (is_number(v.text) or role == "execution_rate" and _PERCENT.match(fold(v.text))) \
                or (role not in _STAGE_ROLES and key not in _FORECAST_STAGES):
            return None
        pairs.append((role if role in _STAGE_ROLES else None, k, v))
    return pairs


def _source_pairs_row(cells: list) -> bool:
    """Is a row made of sources each beside its amount, two or more (`市县资金 | 18 | 乡镇 | 12`, `中央 | 50 | 省级 | 20`):
    each label a level of government alone or a source's head (中央资金, 省级补助), each amount a number?"""
    if len(cells) < 4 or len(cells) % 2:
        return False
    return all(is_number(v.text) and not is_number(k.text)
               and (_BARE_LEVEL.match(key := label_key(_SUB_LINE.sub("", k.text))) or _SOURCE_HEAD.match(key))
               for k, v in zip(cells[::2], cells[1::2]))


def _is_fiscal_kind(text: str | None) -> bool:
    """`一般公共预算拨款`, `2、政府性基金`, `其中：当年一般公共预算拨款`: a line of one of the three budgets
    (label_key drops the numbering and the `其中：`)."""
    return bool(text) and bool(_FISCAL_KINDS.match(label_key(text or "")))


def _fiscal_kind(text: str) -> str:
    """Which of the three budgets a fiscal line (_is_fiscal_kind) is of (`本年一般公共预算拨款` -> `一般公共预算`); a
    level's 衔接资金 its own name (`中央衔接资金`, `省级衔接资金`: siblings)."""
    key = label_key(text)
    # (the kind as _FISCAL_KINDS names it: a twin _THREE_BUDGETS was here, review rv131)
    return m.group("kind") if (m := _FISCAL_KINDS.match(key)) is not None and m.group("kind") else key


_SUB_LINE = lazy(r"^\s*其中\s*[:：]?")
# a fund's flows or a project's revenue (基金收入预算, 基金支出预算, 预期收益): no money of the budget's own
_FLOW_WORD = lazy(r"收入|支出|结余|收益")
# a fund's income (`基金收入预算（万元） | 3,000.00` beside its `基金支出预算（万元） | 2,800.00`, a 政府性基金 form's): no
# budget of the year's spending (it was budget_year, the 支出 beside it a line named 基金支出预算, hunt fam)
_INCOME_WORD = lazy(r"收入|收益")
# a fund's own figures (社会保险基金): its year's income and spending, which may have parts, and its balances
_FUND_FIGURE = lazy(r"^(?:本年度?|当年|年度|基金|年初|年末|上年末?)(?:基金)?(?:预算)?(收入|支出|收支结余|滚存结余|累计结余|结余)"
                          r"(?:合计|总计)?$")
# a fund table's column of a year (`2024年执行数`, `2025年预算数`)
_FUND_YEAR_HEAD = lazy(r"^(?:19|20)\d{2}年度?(?:预算|执行|决算|预计执行)数(?:\(.*\))?$")
# the block label over them (基金预算情况 / 基金收支情况), merged down beside the rows
_FUND_BLOCK = lazy(r"^基金(?:预算)?(?:收支)?(?:预算)?(?:情况|安排)?$|^基金收支")
# a note's word before a money line's name (`说明：上年结转资金`, `注：…`): no part of the name
_LINE_NOTE_WORD = lazy(r"^\s*(?:说明|备注|注释|注)\s*[:：]\s*")
# a fund's name written as a money source's value (`中央财政衔接推进乡村振兴补助资金`, `省级农业产业发展专项资金`), led by
# its year (`2025年度…资金`) or closed by its batch (`…资金（第二批）`, `…资金(第2批)`); a figure in it (`财政资金500万元`)
# or a label's head of a money block's rows (`资金来源 | 资金名称`) not
_FUND_NAMED = lazy(r"(?:(?:19|20)\d{2}\s*年度?)?\D{4,}(?:资金|基金|经费)(?:[（(](?:第[一二三四五六七八九十\d]{1,3}批(?:次)?"
                   r"|[^（）()\d]{1,12})[）)])?$")
# the head of a money block that lists where the money comes from (`资金来源 | 合计 | 中央资金 | …`)
_SOURCES_HEAD = frozenset(label_key(x) for x in ("资金来源", "资金来源情况", "项目资金来源", "资金构成", "资金来源构成"))
# the rank of a field a colon-less list of sources set (`资金来源 | 财政资金500万元、其他资金100万元`): below any label's
# and an unranked value's (UNRANKED), so a labelled row of the field after it wins (mend md24)
_LISTED_RANK = UNRANKED + 1
# the labels over an investment's lines by use, its composition (`投资构成 | 建安工程费500万元、设备购置费100万元`)
_MAKEUP_HEAD = frozenset(label_key(x) for x in L.INVESTMENT_MAKEUP_LABELS)
# the words of a place as a head or a label (one list: a 区域绩效目标表's head over its places, `区域 | 长沙市 | 株洲市 |
# 合计`, an amount row under it; a label of the place a form is for, `区域 | 湖南省`; a money table's column of places)
# (three lists apart, twins tw3: _REGION_BLOCK_HEADS lacked 地域 / 区划, _PLACE_LABELS 区域名称 / 地区名称, _PLACE_HEADS
# all four)
_PLACE_WORDS = frozenset(label_key(x) for x in ("区域", "地区", "地域", "区划", "区域名称", "地区名称"))
# the label of a row of amounts under heads of money (`金额（万元） | 500 | 300 | …`)
_AMOUNT_ROW_LABELS = frozenset(label_key(x) for x in ("金额", "资金", "资金数额", "预算数", "预算金额", "资金额", "数额",
                                                      "年度预算", "本年预算", "预算安排"))
# a fund's kind as a 资金性质 column writes it (`一般公共预算`, `政府性基金预算`, `财政专户管理资金`, `单位自有资金`): a row of
# the table of no figure yet (_kind_column)
_FUND_KIND_WORD = lazy(r"^.{0,10}(?:预算|资金|专户|收入|拨款|基金|债券|支付|补助|经费|自筹)$")
# a money table's head of its rows' names (`资金名称 | 资金性质 | 金额`) and of the kind of money beside them (_kind_column)
_FUND_NAME_HEAD = label_key("资金名称")
_FUND_TABLE_HEADS = frozenset(label_key(x) for x in ("资金名称", "资金来源", "来源", "资金项目"))
_MONEY_KIND_HEADS = frozenset(label_key(x) for x in ("资金性质", "资金类别", "资金类型", "资金属性", "经费性质"))
# a money block's heads of columns beside its amount's that hold no money: the year and the share of the whole
# (`资金来源 | 年度 | 金额（万元） | 占比`, parts' rows `财政资金 | 2024 | 400 | 80%`; the years there read by _YEAR_HEAD:
# its twin _ASIDE_FIGURE was here, review rv84)
_ASIDE_HEADS = frozenset(label_key(x) for x in ("年度", "年份", "占比", "比例", "所占比例", "比重"))
# a bare money word as a label, naming no fund nor the kind of money (`资金（万元）`, `金额`): the project's money when
# no other label gave it
_BARE_MONEY_KEYS = frozenset(label_key(x) for x in ("资金", "金额", "资金额", "资金数", "资金数额", "资金金额", "项目资金额"))
# `其中` alone in its cell, before the name of a part in the next (`其中 | 专项债券资金 | 20000`), or alone on its line over
# the parts of the total above (mn16, mn17)
_LONE_PARTS_HEAD = lazy(r"^\s*其中\s*[:：]?\s*$")
_SPACE_IN_NAME = lazy(rf"(?<={_HAN.pattern}) {{1,2}}(?={_HAN.pattern})|(?<={_HAN.pattern})\u3000(?={_HAN.pattern})")
# (a name ending a project's or works' word, `…供水工程`: either side of a blank, two names listed — review rv18)
_NAME_ENDS = lazy(rf"{_HAN.pattern}{{4}}\S*?(?:工程|项目)$")   # (the one Han class, rd68 G3)
# the budget's uses by their nature (a 部门整体 form's 基本支出 / 项目支出): never a source of money
_USE_NAMES = frozenset(label_key(x) for x in L.BUDGET_USE_NAMES)
# a money label before a sentence of money fields, and each `label amount unit` in it


def _next_paragraph(before: str | None, text: str) -> bool:
    """Is TEXT the next numbered paragraph after the last line of BEFORE (`1.完成…；` then `2.设施…；`, the same
    style, its number one more), no label, block label or title?"""
    if not before or not before.strip():
        return False
    return numbered_next(fold(before), fold(text)) and match_field(text) is None \
        and not is_block_label(text) and not _is_title_text(text)


def _list_goes_on(before: str | None, text: str, after: str = "") -> str | None:
    """BEFORE, a prose field's numbered paragraphs, with the line TEXT after it (AFTER the line after that): the next
    paragraph on a line of its own (`1.完成…；` then `2.设施…；`), or the rest of the last one its line's width cut
    (`2.安置就业困难人员和脱贫劳动力` then `350人；`: the goal was cut in the middle of its item, the items after it lost,
    review rv94); None if neither."""
    if _next_paragraph(before, text):
        return before.rstrip() + "\n" + text.strip()
    return _paragraph_rest(before, text, after)


_PARAGRAPH_END = ("。", "；", ";", "！", "？", "!", "?")


def _instruction(text: str) -> bool:
    """A template's printed instruction in brackets, the whole line (`（一级指标、二级指标根据…指标体系填写）`): no value."""
    return _WHOLE_BRACKETS.match(text) is not None and _HINT_TEXT.search(text) is not None


def _paragraph_rest(before: str | None, text: str, after: str) -> str | None:
    """BEFORE with TEXT joined to its last numbered paragraph when TEXT is that paragraph's rest: the paragraph open (no
    end mark), TEXT a short piece of no number, label, title or table's head ending it — and the list's paragraphs
    end with a mark (one before it does) or AFTER is the next paragraph. (A list writing no end marks has whole items
    open: `2.在岗率不低于95%` then `表内数据为年度计划数。` is a note, no part of it.)"""
    lines = [fold(x).strip() for x in (before or "").strip().splitlines() if x.strip()]
    piece = text.strip()
    if not lines or not NUMBERED_PARA.match(lines[-1]) or lines[-1].endswith(_PARAGRAPH_END) \
            or not piece.endswith(_PARAGRAPH_END) or len(piece) > 40 or NUMBERED_PARA.match(fold(piece)) \
            or _COLONS.search(piece[:12]) or match_field(piece) or is_block_label(piece) or _is_title_text(piece) \
            or detect_header_text(piece) or is_remark(piece):
        return None
    joined = pieces_joined(before, piece)
    marked = any(x.endswith(_PARAGRAPH_END) for x in lines[:-1] if NUMBERED_PARA.match(x))
    return joined if marked or _next_paragraph(joined, after) else None


_PARTS_HEAD = lazy(r"^\s*其中\s*[:：]\s*(?=[\u4e00-\u9fff])")
# a cell holding only a box or a tick (`√`, `☑`, `□`): the box of the option in the cell after it
_MARK_ONLY = lazy(r"^\s*(?:[√✓✔☑☒⊠■▣✅□☐▢◻]|[(（]\s*[√✓✔]?\s*[)）])\s*$")
_SENTENCE_HEAD = re.compile(r"^\s*([^:：\d]{2,12}(?:资金|预算|经费|投资)[^:：\d]{0,6})[:：]")


_SECTION_LEAD = lazy(r"^\s*([^:：\d]{2,12})[:：]")


def _unhedged_lead(text: str) -> str:
    """A money sentence's text without the hedge word before its lead's amount (`资金总额：约80万元，其中：财政资金60万元，…`
    -> `资金总额：80万元，其中：…`): the amount as parse_amount reads `约80万元` alone (the sentence was lost whole without
    a word, review rv113's leftover)."""
    if "年" in text[:30] and ("（" in text[:14] or "(" in text[:14]) \
            and (bracket := _LEAD_BRACKET_SPAN.match(text)) is not None:
        # `中期资金（2025-2027年）：3,600万元，其中：…`: the span in the lead's bracket, the period as after the lead (the
        # sentence was an unparsed_row, review rv156)
        text = bracket.group(1) + text[bracket.end():]
    lead = _SECTION_LEAD.match(text)
    if lead is None:
        return text
    if "年" in text[lead.end():lead.end() + 14] and (span := _LEAD_SPAN.match(text, lead.end())) is not None:
        # `中期资金：2025-2027年4,500万元，其中：2025年1,500万元`: the span of years the lead's amount is of, no figure
        # of it (the sentence was an unparsed_row; `2024年-2026年2,400万元` read nothing without a word — hunt mn31):
        # the lead's amount read as the period's, the year's part after 其中 as a year's money; not after a lead of
        # one year's money (`年度资金总额：2025-2027年3,600万元`: no amount of the year, the period's was its budget —
        # review rv163), left as written; so is one of a part's money (`财政资金：2025-2027年3,000万元`), as in the
        # row's cell (_set, _read_fields): only the whole budget's amount is the period's (mend md73 of review rd73)
        if (field := (match_field(lead.group(1)) or ("",))[0]) not in L.MONEY_FIELDS or field == "budget_total":
            text = text[:lead.end()] + text[span.end():]
        return text
    elif not text[lead.end():lead.end() + 2].strip()[:1].isdigit() and (verb := _LEAD_VERB.match(text, lead.end())):
        # `资金总额：共需3,600万元`, `中期资金：累计安排2,700万元`: a verb of money between the lead and its amount, no
        # part of it (the sentence read nothing, without a word — rv156's leftover, hunt mn32)
        text = text[:lead.end()] + text[verb.end():]
    if (hedge := AMOUNT_HEDGE.match(text[lead.end():])) is None:
        return text
    return text[:lead.end()] + text[lead.end() + hedge.end():]


# the span in a money sentence's lead's bracket (`中期资金（2025-2027年）：`), up to the colon (_unhedged_lead)
_LEAD_BRACKET_SPAN = lazy(rf"^(\s*[^:：\d（(]{{2,12}})[（(]\s*(?:19|20)\d{{2}}\s*年?度?\s*{SPAN_DASH}{{1,2}}\s*"
                          r"(?:19|20)\d{2}\s*年度?\s*[）)](?=\s*[:：])")
# a verb of money before a sentence's amount, after its lead or its span (`共需`, `累计安排`, `计划投入`, `拟申请`): no part
# of the amount (_unhedged_lead; the sentence read nothing, without a word — rv156's leftover, hunt mn32)
# (`已下达`, `已安排`, `需投入`, `拟安排`: a prefix of time or need before the verb — review rv163)
_MONEY_VERB = (r"(?:(?:共计|合计|总计|累计|预计|计划|已经|已|拟|需|共|计|总)?\s*(?:需要|需|安排|投入|投资|申请|下达|拨付)"
               r"|共计|合计|总计|共|计)")
_LEAD_VERB = lazy(rf"\s*(?:{_MONEY_VERB})\s*[:：]?(?=\s*\d)")
# a span of years right after a money sentence's lead, before its amount (`2025-2027年`, `2024年–2026年`, `2024至2026年度`,
# `（2024-2026年）`, `2024-2026年共计`, the dash doubled `2024——2026年`: its amount was lost without a word, review
# rv156): the period the amount is of (_unhedged_lead, _span_cut)
_LEAD_SPAN = lazy(rf"\s*[（(]?\s*(?:19|20)\d{{2}}\s*年?度?\s*{SPAN_DASH}{{1,2}}\s*(?:19|20)\d{{2}}\s*年度?\s*[）)]?"
                  rf"\s*(?:{_MONEY_VERB})?\s*[:：]?(?=\s*\d)")


def _span_cut(text: str) -> str | None:
    """A money row's cell opening with a span of years, then its amount (`2025-2027年3,600万元`, `2025-2027年共需…`):
    the text after the span (and its verb), else None (hunt mn32's reading of a row's cell, in _set and _read_fields)."""
    if "年" not in text[:14] or text.lstrip()[:1] not in "12（(" or (span := _LEAD_SPAN.match(text)) is None:
        return None
    return text[span.end():]


def _section_head(text: str) -> re.Match | None:
    """A money sentence's lead that is a money block's label (`资金安排：`, `经费安排：`, of MONEY_SECTION_LABELS) with
    its colon, where _SENTENCE_HEAD's shape (a word, then the money word) does not fit; else None."""
    m = _SECTION_LEAD.match(text)
    return m if m is not None and label_key(m.group(1)) in MONEY_SECTION_KEYS else None
# the amount right after a money label's colon, and what may stand before a part's name (`（其中`, `，`)
# (a currency before a sentence's figure, `其中：国有资本经营预算：￥6,800,000.00元`, `人民币680万元`: the amount as
# parse_amount reads it — the clause, and a line of one, was lost without a word, review rv128)
_CURRENCY_LEAD = rf"(?:(?:{CURRENCY_BEFORE})\s*)?"
_SENTENCE_OWN = lazy(rf"^\s*{_CURRENCY_LEAD}(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")
_SENTENCE_OWN_BARE = lazy(r"^\s*(\d[\d,]*(?:\.\d+)?)()(?=\s*(?:[，,、；;。（(]|其中|$))")
# a money sentence's figure before its parts' 其中, its unit written or not (one piece of _RUN_INTO_PARTS and
# _FIGURE_THEN_PARTS: they were two hand copies, review rv75)
_PARTS_FIGURE = r"\d\s*(?:亿元|万元|元|万|亿)?"
# a money sentence's figure run into its 其中 with no comma between (`资金总额：960其中：中央800，…`, `960万元其中…`)
_RUN_INTO_PARTS = lazy(rf"({_PARTS_FIGURE})\s*(?=其中)")
# why a figure whose commas group no thousands (`12,5000`) is no amount: said by amount_unreadable, of a field or a line
_MISGROUPED_WHY = "commas grouping no thousands (125000? 12.5?): no amount read"


def misgrouped_warning(name: str | None, text: str, cell: Cell):
    """amount_unreadable of a figure whose commas group no thousands (`12,5000`), named by the label or head it
    stands under (one wording for a money sentence's clause and packed lists' places and 合计 rows)."""
    return warn("amount_unreadable", f"{name}: {clean(text)} — {_MISGROUPED_WHY}", cell)
# a bracket opening right after an amount (`（其中`, `（含`): what follows is inside that amount
_NOTE_OPENS = lazy(r"^\s*[(（]\s*")
# a figure of thousands parted by spaces before its money unit or the clause's end (`1 250万元`, `2 360 000元`; a bare
# one before the comma a folded `，` is, `资金总额（万元）：1 500，其中：…` — no comma grouping more digits after it, review
# rv139: the sentence read nothing, without a word)
_SPACED_THOUSANDS = lazy(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?:\.\d+)?(?!\d|,\d)(?=\s*(?:亿元|万元|元|万|亿|[，,；;。]|$))")
# a bracket of parts opened in a sentence's clause, right before the name (`（其中：`, `（含`, `（`), not closed in it
_PARTS_BRACKET = lazy(r"[(（]\s*(?:(?:其中|含|包括|包含)\s*[:：]?\s*)?(?=[^()（）]*$)")
# a name's closing bracket, its qualifier (`一般公共预算（本年拨款）`, `一般公共预算(上年结转)`)
_NAME_QUALIFIER = lazy(r"[(（][^()（）]+[)）]$")
# the words opening a bracket of an amount's parts, as 其中 does (`（含上年结转10万元）`, `（包括中央资金100万元，…）`):
# one list for the readers of a line's and a cell's brackets (three hand copies, read-only review rd2)
_INCLUDING = r"含|包括|包含"
_PARTS_OPENER = rf"其中|{_INCLUDING}"
# a bracket opened right before a clause's year, by 其中 / 含 too (`（其中2024年结转…`): the clause is inside the amount
_OPENS_BEFORE_YEAR = lazy(rf"[(（]\s*(?:{_PARTS_OPENER})?\s*[:：]?\s*$")
# a figure, then the 其中 of its parts, run into it or after a comma (`资金总额：3280万元，其中：…`): a money sentence
_FIGURE_THEN_PARTS = lazy(rf"{_PARTS_FIGURE}\s*[,;]?\s*其中")


def _parts_parted(text: str) -> str:
    """A money sentence with a comma put before a 其中 its total's figure runs into (`资金总额：960其中：中央800，县级160`
    read as `资金总额：960，其中：…` reads: it read nothing, without a word — hunt mn21), and spaces parting thousands
    joined (`1 250万元`: one figure — hunt mn29; the parts after a bound too, `不超过1 250万元，其中财政资金1 000万元`,
    review rv139: budget_fiscal was lost without a word)."""
    if " " in text:
        text = _SPACED_THOUSANDS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _RUN_INTO_PARTS.sub(r"\1，", text) if "其中" in text else text     # (its lookahead's word: no sub without it)


def _unclosed_parts(whole: str | None, amounts: list[float | None]) -> int:
    """How many of a never closed bracket's clauses (their AMOUNTS in yuan, in order) are the parts of the amount WHOLE
    opening it: as many as first add up to it, else the first alone."""
    want, got = parse_amount(whole), 0.0
    for k, a in enumerate(amounts, 1):
        if want is None or a is None:
            break
        got += a
        if abs(got - want) <= MONEY_TOL:
            return k
    return 1


# what comes before a money sentence's clause's name: 其中, a bracket (opened by 含 / 包括 / 包含 too, as a cell's split
# is, _BARE_SPLIT: `（含上年结转资金10万元）` was a use, dropped without a word — review rv75), a comma, or no word
_SENTENCE_LEAD = lazy(rf"^.*?(?:其中\s*[:：]?|[(（]\s*(?:{_INCLUDING})|[(（，,、;；])\s*(?=[\u4e00-\u9fff])|^[^\u4e00-\u9fff]+")
# a value cell opening on an amount with its unit, more money after it (`150万元，其中自筹30万元`, `150万元（其中…）`)
# (after a full stop or a space too: `150万元。其中财政资金120万元…`, `150万元 其中：…` were lost or an unparsed row)
_LEAD_AMOUNT = lazy(rf"^\s*{_CURRENCY_LEAD}\d[\d,]*(?:\.\d+)?\s*(?:{_UNITS}|万|亿)\s*[，,；;（(。\s].*\d")


def _field_of_no_money(text: str) -> bool:
    """Does TEXT open with the label of a field of no money (`项目负责人：王建国`, `实施单位`)?"""
    m = match_field(text)
    return m is not None and m[0] not in L.MONEY_FIELDS


def _money_pair_line(cell: Cell) -> list[Cell] | None:
    """`五、基金支出预算：1,350.00万元` on a line of its own (a WeChat copy): a money label of no field (its last word
    资金 / 预算 / 投资 / 经费, a budget's or a flow's word in it) and its amount, as the two cells of its table's row
    (`基金支出预算 | 1,350.00万元`), its outline number off; else None (the line was no known label's, its money lost
    without a word — hunt nw9's leftover)."""
    pair = _PAIR_CELL.match(cell.text.strip())
    if pair is None or match_field(cell.text) is not None:
        return None
    label, amount = _OUTLINE_LEAD.sub("", pair.group(1).strip(), count=1), pair.group(2).strip().rstrip("。.；;")
    if not _MONEY_HEAD_END.search(label) or match_field(label) is not None or not _money_figure(amount, label) \
            or not (_YEAR_BUDGET_WORD.search(label) or _FLOW_WORD.search(label)) \
            or _is_source(label) and label_key(label) not in _WHOLE_BUDGET_SOURCES:
        # (`部门预算：1,200万元`, a department's whole budget, stays a label of the year's money, hunt mn31; a source's line, `中央资金（万元）：300`, `二、自有资金:0`, is read as one below; so is one of a flow's word,
        # `上年结余资金：12万元` — as a row, `上年结余资金（万元） | 12`, it was lost without a word, review rv128)
        return None
    return [replace(cell, text=label), replace(cell, text=amount, col=cell.col + 1)]


def _is_money_label(text: str) -> bool:
    """A money block's label (项目资金, 资金来源) or a money field's (资金总额, 项目总投资), no part of another."""
    m = match_field(text)
    return label_key(text) in MONEY_SECTION_KEYS or (m is not None and m[1] is None and m[0] in L.MONEY_FIELDS)


# a reviewer's 评分表 by its title (`…财政局项目支出绩效复评评分表`, `…复核评分表`): its 得分 the reviewer's, whatever its head
_REVIEW_SHEET = lazy(rf"{L.REVIEWER_WORDS}(?:评分|打分)表$")


def _own_total(total: dict) -> dict[str, str]:
    """A score table's 合计 row's figure in the unit's own column, `{"self_score": "94"}` (`合计 | 100 | 94 | 90` under
    `分值 | 自评得分 | 复核得分`), for total_row_mismatch to check the rows' self_score against it as it checks their
    scores; none when no column of the unit's own is totalled."""
    return next(({"self_score": text} for head, text in (total.get("_others") or {}).items() if _self_head(head)), {})


def _extras_after(recs: list[dict], total: dict) -> list[float]:
    """The scores of the 加分项 / 减分项 rows below a 评分表's 合计 (`total`, its last total row; every row after it such
    a row, each scored), when each one's sign says what it does: a bonus's ≥ 0, a deduction's ≤ 0 (a deduction's plain
    `2` comes signed, `-2`, from tables._deductions_signed; one still positive: none then); else []."""
    after = [x for x in recs[next(k for k, x in enumerate(recs) if x is total) + 1:] if not x.get("_grade")]
    out = []
    for x in after:
        level = next((fold(x.get(k) or "") for k in ("level1", "level2") if EXTRA_LEVEL.match(fold(x.get(k) or ""))),
                     None)
        got = parse_number(x.get("score") or "") if x.get("score") is not None else None
        # (a 加减分项's row either way, its sign saying which: `+2`, `-1`; hunt sc12)
        if x.get("_total") or x.get("is_subtotal") or level is None or got is None \
                or ("否决" in level or not MIXED_LEVEL.match(level)
                    and (got < 0 if BONUS_LEVEL.match(level) else got > 0)):
            return []
        out.append(got)
    return out


def _evaluator_form(f) -> bool:
    """Is the form one an outside party scored: a 第三方 / 绩效评价评分表 title (no 自评), an 评价机构 / 第三方评价机构
    named on it (L.EVALUATOR_TITLE, L.EVALUATOR_LABEL)?"""
    return any(L.EVALUATOR_TITLE.search(_title_key(t)) for t in f.titles) \
        or any(L.EVALUATOR_LABEL.match(label_key(k)) for k, _, _ in f.other)


# a score's label naming a score given, no full marks (`自评得分`, `评价得分`, `综合得分`, `自评分`; not `总分`)
# a label of the score a form settles on after the others (`最终得分`, `最终评分`: after a 复核 or the bonus rows)
# (…and a reviewer's, `复核得分` / `财政复核得分` / `复评得分`: settled after the unit's own score wherever it stands, hunt sc8)
# (built of tables.FINAL_SCORE_HEADS, the 评分表's labelled totals' and 综合评分 blocks' own: one list of spellings, md2)
_FINAL_SCORE = lazy(rf"^{FINAL_SCORE_HEADS}$")
# (…and a reviewer's grade, `复核等级` / `复评等次`: settled after the unit's own `自评等级`, hunt sc9)
_FINAL_GRADE = FINAL_GRADE   # (tables.FINAL_GRADE: the 评分表's grade columns and labelled totals read by it too)
_SCORER_LABEL = lazy(L.SCORE_GIVEN)   # (searched: a label holding 得分 / 评分, as `得分|评分` was)
# a clause saying the whole money is of one kind (`，全部为财政拨款`, `，均为财政资金`, `，全额为自筹资金`)
_ALL_OF_ONE = lazy(r"[，,；;]\s*(?:全部|均|全额|全部资金)\s*(?:为|是|来源于|来自|系)\s*([\u4e00-\u9fff]{2,10}?)\s*(?=[，,；;。.]|$)")
# a figure alone in its cell, and a cell holding only a money unit (the unit column beside a sheet's figures)
_SUM_AMOUNT_KEYS = frozenset(label_key(x) for x in L.SUM_AMOUNT_HEADS)
_UNIT_CELL_WORDS = frozenset(("元", "万元", "亿元", "千元", "百万元"))
# (`自筹资金50万`, `1.2亿` at a clause's end: 万 / 亿 with 元 left out, an amount in 万元 / 亿元 — `50万` was taken for a
# clause of no money, the amount lost under a warning saying so, review rv5; _SHORT_UNITS its unit)
_SHORT_UNIT = r"万(?=\s*(?:[，,、；;。.）)]|$))|亿(?=\s*(?:[，,、；;。.）)]|$))"
_SHORT_UNITS = {"万": "万元", "亿": "亿元"}
# a comparison or a hedge between a money clause's name and its amount (`不少于`, `不超过`, `约`; not 节约 / 合约)
_CLAUSE_COMPARE = lazy(r"\s*(?:不少于|不低于|不小于|不超过|不高于|不大于|不多于|至少|最少|最多|控制在|约为|大约|(?<![节制签合])约)\s*[:：为]?$")
_SENTENCE_MONEY = re.compile(rf"([\u4e00-\u9fff（）()]{{2,14}}?)\s*[:：为]?\s*{_CURRENCY_LEAD}(\d[\d,]*(?:\.\d+)?)\s*"
                             rf"(亿元|万元|元|{_SHORT_UNIT})")
# a money sentence's last clause holding a figure of no money (`…，自筹20，受益群众3.5万人。`, `…，惠及农户350户`): a count, not
# read as an amount (see _money_sentence; `自筹50万` is money, _SHORT_UNIT)
# a money sentence's last clause of a rate in percent (`…，支付进度50%`, `…，执行率：96%。`): no amount, the rate of its money
_RATE_TAIL = lazy(r"[，,；;]\s*(?P<w>[\u4e00-\u9fff]{2,12}?)\s*[:：为]?\s*(?P<v>\d+(?:\.\d+)?\s*[%％])[。.]?\s*$")
_NO_MONEY_TAIL = lazy(r"[，,；;]\s*(?P<t>[^，,；;]*?\d[\d,]*(?:\.\d+)?\s*(?!(?:万|千|亿|百万|千万)?元)(?:万|千|亿)?+"
                            r"[\u4e00-\u9fff][^，,；;\d]*?)[。.]?\s*$")
# a last clause of a figure in 万 / 亿 and no word after it (`…，受益群众3.5万。`): money (`自筹资金50万`, _SHORT_UNIT) only when
# its words name money (_CAPTION_MONEY's, 自筹), else a count as `受益群众3.5万人` is (rv5's 万 read it as an amount of no
# field, dropped without the word _NO_MONEY_TAIL's clause gets, review rv6)
# a money label and its amount (perhaps named: `项目资金：资金总额300万元，…`), then clauses of no money
# (`项目总投资：500万元，建设期2年，分年度实施`): the clauses `t`
_NO_MONEY_REST = lazy(r"^\s*[^:：\d]{2,20}[:：]\s*(?:[^:：\d，,；;]{2,12}?)?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)\s*[，,；;]\s*(?P<t>.+)$")
# an amount of money written in words' midst (`项目总投资1000万元，其中…`), for _more_money_said
_MONEY_IN_WORDS = lazy(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*(?:亿元|万元|元)|(?<![\d.,])\d+(?:\.\d+)?\s*(?:亿元|万元|元)")
# a figure of money (with its unit or a word of money's multiples: `5万`, `3,280万元`, `100圆`, `5百万`); one binding
# (a second, later in the file, overrode this one for every use: review rv66)
_MONEY_FIGURE = lazy(r"\d\s*(?:[万亿千元圆]|百万)")
_SHORT_TAIL = lazy(r"[，,；;]\s*(?P<t>(?P<w>[^，,；;\d]*?)\d[\d,]*(?:\.\d+)?\s*[万亿])[。.]?\s*$")
# the same with the unit left out, the figure ending at a clause's end or a space (`财政拨款100，`, `自筹 20`): in the
# unit the sentence's lead declares (`资金总额（万元）：120，…`)
# a year written right before a money sentence's clause (`其中2024年安排300万元`: the clause's label, `年安排`, begins
# after it), and the same with the clause: what _money_sentence_read leaves of a sentence to ask whether it holds
# figures no clause read
# a cell saying there is none (`备注 | 无`; `上年结转资金 | 无` in a money block: no amount stated, as `—`)
_NONE_SAID = frozenset(("无", "暂无", "没有"))
_YEAR_END = lazy(r"((?:19|20)\d{2})$")
# a year right before its amount and the amount's unit (`2024年300万元`, `2025年1,200.50万元`; `2024年度300万元`,
# `2024年：300万元`, `2024年为300万元`): a year's money of no word — not a range's last year (`2025-2027年4,500万元`, the
# period's money: it was filed as 2027's, review rv149)
_BARE_YEAR_AMOUNT = lazy(r"(?<![\d\-－—–~～至到])((?:19|20)\d{2})\s*年度?\s*[:：为]?"
                         r"(?=\s*\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元|万|亿)(?![\u4e00-\u9fff]?[人户个次]))")
_YEAR_BEFORE_MONEY = lazy(r"(?:(?:19|20)\d{2}(?=年))?" + _SENTENCE_MONEY.pattern)
_SENTENCE_FIGURE = re.compile(r"([\u4e00-\u9fff（）()]{2,14}?)\s*[:：为]?\s*(\d[\d,]*(?:\.\d+)?)\s*"
                              rf"(亿元|万元|元|{_SHORT_UNIT}|(?=[，,、；;。（()）)\s]|$))")
# (a bracket right after a bare figure opens its split or note, `860.00（其中：财政拨款860.00）`, as after a space: the
# line was read only when spaced — review rv94)
_SCHEDULE_TIME = lazy(rf"\d{{1,4}}\s*[年月日]|{QUARTER_DIGIT}\s*季度|[上中下]旬|年[初中底末]|月[底末]")
_CLAUSE_GOES_ON = lazy(r"[，,、；;：:]$")   # a line of prose ending in the middle of its sentence


def _item_joined(name: str, text: str) -> str:
    """An item's name or number before its text: `职能一：负责…`, `（一）负责…`, `1.负责…`, `二、负责…`."""
    name, text = name.strip(), text.strip()
    if re.search(r"[)）、.．]$", name):
        return name + text
    if name.isdigit():
        return f"{name}.{text}"
    return f"{name}{'、' if re.fullmatch(r'[一二三四五六七八九十]+', name) else '：'}{text}"


# a goal's span in brackets on a line of its own, the template's `(年 - 年)` filled in: `(2023年 - 2025年)`
_GOAL_SPAN = lazy(r"^\s*[(（]\s*(\d{4}\s*年?\s*(?:-|—|－|~|～|至|到)\s*\d{4}\s*年?)\s*[)）]\s*$")
_RANGE_WORD = lazy(r"^\s*(?:至|到|—|－|-|~|～|——)\s*[:：]?\s*$")
_MONEYISH = lazy(r"资金|预算|投资|经费")
# a label of the year's money planned over its quarters or months (`分季度用款计划`, `资金拨付计划`, `支出进度计划`)
_SPENDING_PLAN = lazy(r"用款|拨付|支付|支出")
# a plan of shares, not of money (`资金支出进度（%）`, `预算执行率`, `支出比例`): its figures percent, no money, review mend
_SHARE_PLAN = lazy(r"[%％]|率|比例|百分比")
# a quarter's or a month's head (`一季度`, `第二季度`, `Q3`, `1月`, `十二月份`), or their sum's (`合计`)
# (or a span of months, `1-3月`, `4—6月`, `7至9月`, `10～12月份`: a quarter so written — its head and amounts were two
# unparsed rows, the plan kept as `分月用款计划: 1-3月`, review rv3)
_QUARTER_HEAD = lazy(rf"^(?:{PLAN_PERIOD}|合计|小计|全年)$")
# a caption over a table by place naming money (`资金分配表`, `补助标准`, `下达情况`): else its figures are no money
_CAPTION_MONEY = lazy(r"资金|预算|投资|经费|分配|补助|补贴|金额|元|拨款|支出|下达|安排|奖补|结转|款")
# a line over a table that says nothing of what it holds (`附件2`, `附表1`, the form's title)
_CAPTION_NOT_NAMING = lazy(r"^\s*(?:附\s*件|附\s*表|表)\s*\d|绩效|目标|申报|自评|项目|续")
# a unit of rates in a caption (`普及率目标（%）`, `（万人）`)
_RATE_UNIT = lazy(r"[（(]\s*(?:%|％|‰|万人|万户|万人次|个百分点)\s*[)）]")
# a money label naming where the money comes from or what kind it is (偿债资金来源, 资金类别), over a short word
_MONEY_ATTRIBUTE = lazy(r"(?:来源|类别|渠道|方式)$")
# a cell opening with a money label, its colon or none, then its figure (`年度资金总额1200万元`, `资金总额：860万元，…`)
_LABEL_LED_MONEY = lazy(r"^\s*([\u4e00-\u9fff]{2,12}?(?:资金|预算|投资|经费|总额))\s*[:：]?\s*\d")
_CLAUSE_MARK = lazy(r"[，,；;]|其中")
# a money head's end (中央资金, 项目预算（万元）), not a name holding a money word (省产业投资集团)
_MONEY_HEAD_END = lazy(r"(?:资金|预算|投资|经费)\s*(?:[（(][^)）]*[)）])?\s*$")
# a money label of a bond's issue or a project's revenue and repayment: no money of the project's budget
# a project's own capital (`项目资本金`, `资本金`): a source of its total investment, written with `其中：` or not
_CAPITAL_LABEL = lazy(r"资本金(?:金额|规模|数额)?$")   # (`…资本金规模`, `…资本金金额`: review rv53)
_NOT_BUDGET_MONEY = lazy(r"发行|收益|本息|还本|付息|偿还|偿债")
# a money column's head with its unit in brackets (投资估算（万元）, 补助金额（元）): no attribute's value
_MONEY_UNIT_HEAD = lazy(r"[（(]\s*(?:单位\s*[:：]\s*)?(?:万元|元|千元|亿元)\s*[)）]\s*$")
_AMOUNT_LABEL = lazy(r"资金|预算|投资|经费|金额|融资|自筹|安排|收入|支出|结余|结转|补助|拨款|万元|（元）|\(元\)")
# the sources that are a department's whole budget (a source beside a total or others, else the year's own money):
# `其中：部门预算 | 240` beside `自筹资金 | 60` is the money the department's own budget gives, a source (hunt mn31);
# one of _OTHER_SOURCES (the three were written in both, review rd70)
_WHOLE_BUDGET_SOURCES = frozenset(label_key(x) for x in ("部门预算", "部门预算安排", "部门预算拨款"))
_OTHER_SOURCES = frozenset(label_key(x) for x in ("政府性基金拨款", "财政专户管理资金", "财政专户资金", "单位资金",
                                                "事业收入", "上级补助收入", "经营收入", "附属单位上缴收入",
                                                "上年结转资金", "上年结转", "结转资金", "上年结余资金", "结转结余资金",
                                                # (`年度资金总额 | 350 | 其中：本年安排 | 300 | 上年结转结余 | 50`, or
                                                # columns `合计 | 本年安排 | 上年结转`: the year's money split into
                                                # what is newly set and what is carried over from last year)
                                                "上年结转结余", "上年结转结余资金", "上年结余", "结转结余",
                                                "以前年度结转", "以前年度结转资金", "本年安排", "当年安排", "本年度安排",
                                                "本年新增", "当年新增",
                                                # (`2024年结转10` in a total's split: the money carried over from
                                                # that year, named by it — hunt mn20)
                                                "结转")) | _WHOLE_BUDGET_SOURCES
_RATE_CELL = lazy(r"^(?:预算)?执行率(?:[(（][^)）]*[)）])?\s*[:：]\s*\d")
_POINTS_CELL = re.compile(r"^(?:分值|权重|指标分值)\s*[:：]\s*(\d+(?:\.\d+)?)\s*分?$")
_SCORE_CELL = re.compile(r"^(?:得分|自评得分|评价得分)\s*[:：]\s*(\d+(?:\.\d+)?)\s*分?$")
_BLANK_AMOUNT = lazy(r"^[^:：\d]{2,20}[:：]$")
_LABEL_AMOUNT = lazy(r"^([^:：\d]{2,20}(?:[:：][^:：\d]{2,16})?)[:：]\s*(\d[\d,]*(?:\.\d+)?)\s*$")
# a label's look: a few words, no sentence (a value beside it is then the label's)
# (a label's colon at its end, cut: other_fields' labels, a money label before its sentence — its own `[\s:：]+$` was a
# twin, twins tw3)
_OTHER_LABEL_END = lazy(r"\s*[:：]\s*$")


def _kept_label(label: str | None) -> str:
    """A label as other_fields keeps it: no 其中 lead, no colon at its end (`其中：个人缴费收入：` -> `个人缴费收入`)."""
    return _OTHER_LABEL_END.sub("", _SUB_LINE.sub("", clean(label) or "").strip() or clean(label) or "")


def _year_money_name(label: str | None) -> str:
    """Another year's money's label as kept, its unit bracket left out too: the unit goes with the figure
    (`2023年申请资金（万元）：` -> `2023年申请资金`)."""
    name = _kept_label(label)
    return _NAME_UNIT.sub("", name) or name
# a value that is only a list of boxed options (`☑通过  □不通过`, `□予以支持 ☑部分支持 □不予支持`): its ticked ones are its
# value — the marks in any spelling ticked_options reads: a box or tick before or after its word, `(√)` / `[ ]`, Word's
# Wingdings letters (`R同意 £不同意`), a tick after its box (`□√是`); the words between them short options, no sentence
_OPTION_MARK = lazy(rf"[(（\[【][\s\u3000]*[√✓✔]?[\s\u3000]*[)）\]】]|[{L.TICK_MARKS}{L.BOX_MARKS}]|"
                    r"(?:(?<=^)|(?<=[\s\u3000]))[£RS](?=\s*[\u4e00-\u9fff])")
# (an option may open with its figure, `☑2类 □3类`, as `☑二类 □三类`: it was kept with its marks, hunt sc14; or its
# letter, `☑A类 □B类`, `◎A档 ●B档`: kept with its marks too, review rv59)
_OPTION_TEXT = lazy(r"^(?:\d{1,3}|[A-ZＡ-Ｚ])?[\u4e00-\u9fff（）()]{1,12}$")


def _option_text(word: str) -> bool:
    """Whether a word between option marks is an option: a short word (`通过`, `2类`, `A档`) or a band (`50-100万元`,
    `100万元以上`: core's `_BAND_OPTION`; `□50万元以下 ☑50-100万元 □100万元以上` was lost under its money label, md16)."""
    return bool(_OPTION_TEXT.match(word) or _BAND_OPTION.match(word))


# an official paper's number (`_DOC_NUMBER` below)
_DOC_NUMBER_RE = r"^[\u4e00-\u9fffＸX]{1,12}\s*[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,5}\s*号$"
# a day alone on its line (a sign-off's last line)
# (in numerals, `二〇二四年三月十五日`, dates.CN_DAY: its zero `○` or a typed `0`, `二○二四年…`, was none — the paper's
# number over it and its department were lost, review rv34)
# (dates' A_DAY, `2024年三月十五日` too: hunt ti11)
_DAY_LINE_RE = rf"^(?:{A_DAY})$"
_DAY_LINE = lazy(_DAY_LINE_RE)
# a month alone, no day (dates' MONTH_ALONE: `2024年3月`, `2024.03`, `二〇二四年三月`): a fill_date's cell that names no day
_MONTH_ONLY = lazy_regex(rf"^(?:{MONTH_ALONE})$")
# a sign-off's day at a line's end (`（盖章）  2024年3月15日`, `…中心（盖章） 2024.3.15`, `填报单位：…中心  二〇二四年三月十五日`,
# a day alone): what is before it a seal's note, a body's name or a body's field (`_signoff_day`)
# (a day in figures with dots, slashes or dashes, `2024.3.15`, `2024/03/15`: both patterns below)
_DOTTED_DAY = r"(?:19|20)\d{2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*[日号]?"
_DOTTED_LINE = lazy(rf"^{_DOTTED_DAY}$")     # (a dotted day alone in its cell: _signoff_text)
def _percent_points(text: str) -> bool:
    """Is TEXT points written as a share alone (PERCENT_POINTS, `10%`)? Its sign asked first: most cells hold none,
    and the `regex` pattern is not tried on them."""
    return ("%" in text or "％" in text) and PERCENT_POINTS.match(text) is not None


_SIGNOFF_DAY = lazy_regex(rf"^(?P<head>.*?)(?:^|(?<=[\s)）:：]))(?P<day>{A_DAY}|{_DOTTED_DAY})\s*$")


def _may_end_in_day(t: str) -> bool:
    """May T (folded, stripped) match _SIGNOFF_DAY: its last character one a day ends in — 日 / 号 or a digit (a
    character past the BMP let through: `regex`'s \\d knows digits Python's isdigit may not)? Most lines end in none;
    the pattern, its lazy head tried at every cut, is not asked of them."""
    last = t[-1:]
    return bool(last) and (last in "日号" or last.isdigit() or last >= "\U00010000")


@lru_cache(maxsize=1 << 14)
def _day_alone(text: str) -> bool:
    """Is TEXT, folded and stripped, a day alone (`2024年3月15日`, `二〇二四年三月十五日`, `2024.3.15`)? A pure function of
    the text, memoised: every row's last cell is asked (_signoff_text), most of them a form's repeated words."""
    t = fold(text).strip()
    return bool(_DAY_LINE.match(t) or _DOTTED_LINE.match(t))
_ANY_FIGURE = lazy(r"[0-9〇○零一二三四五六七八九十]")
_SEAL_ONLY = lazy(rf"^(?:(?:单位|部门)?\s*[(（]?\s*(?:{SEAL_WORDS})\s*[)）]?\s*[:：]?)?$")
# a person's signature mark after a sign-off's label (`评审专家（签字）`, `专家组长（签名）`): a person signs there, whatever
# the role's word (_signoff_row)
_PERSON_SIGN = lazy(rf"[(（]\s*{SIGN_NAME}\s*[)）]")    # (`（签 字）` too: SIGN_NAME, review rv133)
# a person's field on a sign-off line before its day (`填表人：李四    2024年3月15日`, `项目负责人：张三  2024.3.15`): the
# person's name, a few words of no body (_signoff_day)
# (one spelling of a person's name for both patterns: it was written twice, twins, hunt ti13)
_PERSON_NAME = r"[\p{Han}·]{2,6}"
_SIGNER_NAME = lazy_regex(rf"^{_PERSON_NAME}$")
# a person's name, a gap and a day (`李四    2024年3月15日`; one blank too, `李娟 2025年2月18日`, a whole day after it: it
# was kept in the contact, hunt pr10): the name, the day apart — _value's contact / leader, _read_signoff's signer and
# its day (_signer_day)
_NAME_THEN_DAY = lazy_regex(rf"^({_PERSON_NAME})[ \u3000\xa0]+(?P<day>{A_DAY}|{_DOTTED_DAY})$")


def _signoff_text(row: Row) -> str | None:
    """A sign-off's text to look for its day in (`_signoff_day`): a line of one cell; or a row of two or three cells
    whose last is a day alone (`填表人：李四 | 2024年3月15日`, `（盖章） | 2024.3.15`: its cells as one line), else None."""
    if row.is_text_line:
        return row.cells[0].text if len(row.cells) == 1 else None
    # (the last cell's day first: asked of every row of a form until its fill_date is found, and a table row's last
    # cell is mostly no day — its cells then not gathered nor each asked whether it is a sign-off's)
    last = next(filter(None, map(str.strip, map(TEXT_OF, reversed(row.cells)))), "")    # (one C pass)
    if not _day_alone(last):
        return None
    texts = [t for c in row.cells if (t := c.text.strip())]
    if len(texts) < 2 or len(texts) > 3 and not all(signoff_cell(t) for t in texts[:-1]):
        return None                     # (a table's row of more cells: no sign-off; but `单位负责人：张三 | 审核人：王五 |
        # 填表人：李四 | 2024年3月15日`, the sign-off's cells each: review rv49)
    return "  ".join(texts)


def _schedule_step(row: Row, head: Header, going: bool = False) -> bool:
    """A step of the project's schedule under its indicator table (`项目启动 | 2024年3月1日`, `完成验收 | 2024年11月`):
    two cells in the table's first two level columns, a stage's few words then a day or a month alone — no indicator
    (a time indicator writes its name and its day in the name and target columns, `| | 项目完成时间 | 2024年11月底前`).
    (They were indicators of the last level 1 and 2, the day their target, hunt ti14.) GOING: a step came before it,
    so a stage in words a 评价's level also is, `组织实施 | 2024年9月`, is one step more (it was kept in other_fields
    apart from its schedule's, review rv56). A dated label's row (`审核日期 | 2024年3月20日`) is one too: it ends the
    table, kept in other_fields (_dated_label). A sign-off's place is none (`单位负责人签字 | 2024年3月15日`, `审核 | …`:
    _signing_stage; ti14 made it the plan, mend md18)."""
    levels = sorted(head.cols[r] for r in _LEVEL_COLS if r in head.cols)
    if len(row.cells) != 2 or len(levels) < 2 or [x.col for x in row.cells] != levels[:2]:
        return False
    stage, when = clean(row.cells[0].text) or "", fold(row.cells[1].text).strip()
    return 2 <= len(stage) <= 12 and not _DIGITS.search(stage) and (going or not any(level_info(stage)[:2])) \
        and match_field(stage) is None and _step_time(when) \
        and (not _signing_stage(stage) or _body_label(stage) and _signoff_day(f"{stage}  {when}") is None)
    # (`编制人 | 2024年3月`: a body's label and a month, no sign-off's day — kept in other_fields as a dated label's row,
    # _steps_kept; it was an indicator, mend md26)


# a seal's place (`填报单位盖章`, `（签章）`): no person's (_signed_place_row)
_SEAL_PLACE = lazy(rf"{SEAL_WORDS}")
# the words of a sign-off's place (`单位负责人签字`, `审核`, `填报单位盖章`, `经办`): who signs or seals, no stage of work
_SIGNING_WORD = lazy(r"签字|签章|签名|盖章|审核|审批|负责人|经办|填报|填表")


@value_cache(maxsize=1 << 16)   # (a pure function of its texts, asked of the same cells form after form, sp12)
def _signed_place(head: str) -> bool:
    """Is a sign-off day's head (_signoff_day) a person's or a seal's place with no name (`单位负责人签字`, `审核`,
    `填报单位盖章`, `经办人`, a bare `日期`; not a dated label, `审核日期`, nor a body's name — rv56's other_fields)?"""
    if not head or _PAIR_VALUE.search(head):
        return False             # (`填表人：李四 | 2024年3月15日`: a signer named, read as ever — hunt ti13)
    t = label_key(SIGN_MARK.sub("", head).strip())
    return 2 <= len(t) <= 10 and not _DIGITS.search(t) and (t == "日期" or bool(_SIGNING_WORD.search(t))) \
        and (t == "日期" or not _dated_label(t))


def _signed_place_parts(cells: list[Cell]) -> tuple[str, str] | None:
    """A sign-off's place with no name and its day (_signed_place): in two cells (`单位负责人签字 | 2024年3月15日`) or on
    one line, spaces between (`单位负责人签字  2024年3月15日`: it was an indicator, mend md26) — (place, day as written);
    else None."""
    if len(cells) == 2:
        head, day = cells[0].text, cells[1].text
        if _NAME_THEN_DAY.match(fold(day).strip()) is not None:
            return None                  # (`填报人 | 李娟 2024.3.12`: a name signed and its day, _signoff_row's — the
            # name was kept in the day, the filer no contact: hunt pr11)
    elif len(cells) == 1 and _may_end_in_day(t := fold(cells[0].text).strip()) \
            and (m := _SIGNOFF_DAY.match(t)) is not None:
        head, day = m.group("head"), m.group("day")
    else:
        return None
    if not _signed_place(head) or _signoff_day(f"{head}  {day}") is None:
        return None
    return _OTHER_LABEL_END.sub("", clean(head) or ""), clean(day) or ""   # (`单位负责人签字：  2018年1月10日`: no colon)


def _signing_stage(stage: str) -> bool:
    """Is a schedule step's stage (_schedule_step) a sign-off's place (`单位负责人签字 | 2024年3月15日`, `审核 | …`,
    `日期 | …`): the row the form's sign-off, its day the fill_date (_signoff_day; ti14 made it the plan, mend md18)?
    A dated label (`审核日期`, `时间`) stays rv56's step kept in other_fields."""
    return _signed_place(stage) or _signoff_label(stage, True) and not _dated_label(stage)


_MONTH_MARK = lazy(r"月|\d\s*[./]\s*\d")      # (a span of months or days, not of whole years: `2024-2026年`)


def _step_time(when: str) -> bool:
    """Is WHEN (folded) the time of a schedule's step: a day or a month (`2024年3月1日`, `2024.3.1`, `2024年11月`), a
    part of one or a deadline at it (`2024年3月上旬`, `2024年6月底前`), or a span of days or months read as a period
    (`2024年3月1日至3月31日`, `2024年3月-4月`; they were indicators, the schedule cut — review rv56)?"""
    if STEP_TIME_CELL.match(when) or _DOTTED_LINE.match(when) or parse_date(when) is not None:
        return True
    return bool(_MONTH_MARK.search(when)) and None not in parse_period(when)


# a label of a day or a time (`项目开始日期`, `完成时间`): a day after it is its value (an empty phone's label,
# `联系电话：` before the day, is not: the fill_date was lost — md15 of code review rd2)
_DATE_LABEL = lazy(r"日期|时间|时限|期限|日$")


def _dated_label(stage: str) -> bool:
    """Is a schedule step's stage (_schedule_step) the label of a day (`审核日期`, `批复时间`) or a body's name (`洞口县
    学生资助管理中心 | 2024年3月15日`, a sign-off's cells with no seal) — no stage of the project's, its row kept in
    other_fields under it, never the plan (they were its steps, review rv56)?"""
    return bool(_DATE_LABEL.search(stage)) or org_kind(stage) is not None


# the end of a body's or a person's label (`编制单位`, `编制部门`, `编制人`): who, no stage of work (_body_label)
_BODY_LABEL_END = lazy(r"(?:单位|部门|人)$")


def _body_label(stage: str) -> bool:
    """Is a schedule step's stage (_schedule_step) a body's or a person's label (`编制单位 | 2024年3月`, `编制部门`,
    `编制人`) — who did it, no stage of the project's (`编制实施方案 | 2024年3月` is one): its row kept in other_fields
    under it as a dated label's (_dated_label), never the plan (it was its step, mend md26)?"""
    return _BODY_LABEL_END.search(label_key(stage) or "") is not None


def _signoff_day(text: str, own: list[str] | None = None) -> str | None:
    """The day of a sign-off line under a form (`（盖章）  二〇二四年三月十五日`, `2024年3月15日` alone, `填报单位（盖章）：
    …中心  2024年3月15日`, `…中心（盖章）2024.3.15`): the day as written, else None (a line of other words). OWN: the
    form's stated bodies (its 实施单位, 主管部门); a sealed body's name then one of them (not `…财政局（盖章）  2024年4月2日`
    under a unit's form: the finance bureau's approval, its day no fill_date — it was, review rv44)."""
    t = fold(text).strip()
    m = _SIGNOFF_DAY.match(t) if len(t) <= 60 and _may_end_in_day(t) else None
    if m is None:
        return None
    head = m.group("head").strip()
    if _SEAL_ONLY.match(head):
        return m.group("day")
    if _signed_place(head):
        return m.group("day")    # (`单位负责人签字 | 2024年3月15日`, `审核 | …`, `经办人 | …`, `日期 | …`: the place a person
        # signs or seals with no name, the form's day — it was none, ti14 made it the plan; mend md18)
    if (last := _WIDE_GAP.split(head)[-1].strip()) and (lab := match_field(last)) is not None and not lab[1] \
            and lab[0] not in ("unit", "department") and _DATE_LABEL.search(last):
        return None     # (`实施单位：…中心 | 项目开始日期 | 2024年1月1日`: the day the value of the label before it, no
        # sign-off's — it was the fill_date too, review rv49; `填报单位（盖章） | 2024年3月15日`, the seal's place, is)
    named = match_field(head)
    if named is not None and named[0] in ("unit", "department") and (named[1] or SIGN_MARK.sub("", head) != head):
        return m.group("day")    # (`填报单位（盖章）  2024年3月15日`, the seal's place with no name: the form's — hunt ti13)
    if named is not None and named[0] in ("contact", "leader") and named[1] \
            and _SIGNER_NAME.match(SIGN_MARK.sub("", named[1]).strip()) and org_kind(named[1]) is None:
        return m.group("day")    # (`填表人：李四    2024年3月15日`: the signer's day, the form's — it was none, hunt ti12)
    if len(parts := [p for p in _WIDE_GAP.split(head) if p.strip()]) > 1 and all(signoff_cell(p) for p in parts) \
            and any(_signoff_day(f"{p}  {m.group('day')}", own) for p in parts):
        # several signers' cells before the day (`单位负责人：张三    填表人：李四    2024年3月15日`, `填表人：李四 | 审核人：
        # 王五 | …`): one of them the form's signer, the others sign-off cells too (it was none, review rv49)
        return m.group("day")
    bare = SIGN_MARK.sub("", head).strip()
    # (a body's name with its seal's note; not without, `某县财政局 2024年3月15日`: a published page's or a notice's
    # sign-off, whose day is the paper's)
    if not bare or bare == head or org_kind(bare) is None:
        return None
    mine = [b for t in own or () if (b := bare_fold(SIGN_MARK.sub("", fold(t)).strip()))]
    b = bare_fold(bare)
    return m.group("day") if not mine or any(b in t or t in b for t in mine) else None


# a line between a letterhead and the title under it: the paper's number (`洞教发〔2024〕12号`) or a day alone
# (`2024年3月15日`, `二〇二四年三月十五日`): one pattern with the two above (it was a copy of both)
_BETWEEN_HEAD = lazy(_DOC_NUMBER_RE + "|" + _DAY_LINE_RE)
# a place opening a body's name (`某某省`, `洞口县`), to tell a joint paper's bodies (of one place) from a header's
_HEAD_PLACE = lazy_regex(rf"^(?:\p{{Han}}{{1,6}}?(?:{PLACE_END})){{1,2}}")
_PARTY_LEAD = lazy_regex(r"^(?:中共|中国共产党)")
_PARTY_COMMITTEE = lazy_regex(r"(?:[县市区省州旗盟]委(?:员会)?|党委|党工委)$")


# a body whose organs are named without a place (`中共县委` / `宣传部`, `县人民政府` / `办公室`): a name wrapped after it
_ORGANS_HEAD = lazy_regex(rf"(?:{_PARTY_COMMITTEE.pattern.removesuffix('$')}|人民政府)$")
_PLACE_OPENING = lazy_regex(r"^[省市县区州镇乡旗盟]")
_ORGAN_END = lazy_regex(r"(?:部|办|室|局|处|科|委员会|中心|组)$")     # (an organ's word ends its name)


def _organ_of(first: str, piece: str) -> bool:
    """Is PIECE, alone on the line under a body's name FIRST, the rest of that name: an organ named with no place
    (`宣传部`, `办公室`) after a party committee or a government (`中共县委`, `县人民政府`)? A body opening with its place
    (`县城市建设投资有限公司`, `裕安区…`) is another body."""
    return bool(_ORGANS_HEAD.search(first)) and _HEAD_PLACE.match(piece) is None \
        and _PLACE_OPENING.match(piece) is None and _PARTY_LEAD.match(piece) is None and len(piece) <= 12 \
        and _ORGAN_END.search(piece) is not None


def _co_issuers(names: list[str], below: list[str], row: Row, after: list[Row]) -> bool:
    """Whether the bodies NAMES on ROW, a line right over a letterhead's bodies BELOW, are a joint paper's co-issuers:
    each of the place the lowest body opens with (a joint paper's bodies are one government's departments), none a
    government (`洞口县人民政府`: a header over its departments' papers, no co-issuer) and the line not printed again in
    the rows AFTER (a running header over each page)."""
    place = _HEAD_PLACE.match(below[-1])
    if place is None:
        return False
    for n in names:
        # (the party's bodies open with `中共`: `中共洞口县委办公室` over `洞口县人民政府办公室`, a 两办 paper — it was
        # no co-issuer, review rv31; a party committee itself, `中共洞口县委`, is a header as a government is)
        n = _PARTY_LEAD.sub("", n)
        if not n.startswith(place.group()) or (n.endswith("政府") and "财政" not in n) or _PARTY_COMMITTEE.search(n):
            return False
    own = bare_fold(row.cells[0].text)
    return not any(len(r.cells) <= 2 and bare_fold(r.cells[0].text) == own and not _signoff_at(after, j)
                   for j, r in enumerate(after))


# a line of an official paper's foot (版记) under its sign-off: those it is copied to, who printed it and when
_PAPER_FOOT = lazy(r"^(?:抄\s*送|抄\s*报|主\s*送|分\s*送|发\s*送)\s*[:：]|.{2,40}印\s*发\s*$")


def _signoff_at(rows: list[Row], j: int) -> bool:
    """Whether rows[J] is in a paper's sign-off: lines of bodies (`某某省财政厅` / `某某省农业农村厅`, a joint paper's
    issuers again, one a line) running into a day's line that ends the rows (`2024年5月20日`). A body repeated there is
    no running header (the co-issuer over the letterhead's last line was dropped, review md1)."""
    while j < len(rows) and _letterhead_bodies(rows[j]):
        j += 1
    end = len(rows)
    while end > j + 1 and rows[end - 1].is_text_line and _PAPER_FOOT.match(clean(rows[end - 1].cells[0].text) or ""):
        end -= 1         # (the paper's foot under its day, `抄送：…`, `…办公室  2024年3月15日印发`: the sign-off still; it
        # was taken for a running header, the co-issuer dropped — hunt ti10)
    return j == end - 1 and len(rows[j].cells) == 1 \
        and _DAY_LINE.match(clean(rows[j].cells[0].text) or "") is not None


def _letterhead_bodies(row: Row, lone: bool = False) -> list[str]:
    """The bodies a letterhead's line names, each a whole body's name (`云南省财政厅`; a joint paper's `某某市财政局  某某
    市发展和改革委员会`, in one cell apart by spaces or in cells side by side); [] for any other line (LONE: a row of
    one cell may be no text line)."""
    if len(row.cells) > 3 or not (row.is_text_line or len(row.cells) > 1 or lone):
        return []
    names = [part for c in row.cells for part in (clean(c.text) or "").split()]
    if len(names) >= 2 and names[-1] == "文件":
        names.pop()          # a red head's `某某市卫生健康委员会  文件`: the word the red head ends in (review rv23)
    elif names and len(names[-1]) > 4 and names[-1].endswith("文件"):
        names[-1] = names[-1][:-2]                     # (`某某市财政局文件`)
    if not 1 <= len(names) <= 3 or any((org_kind(n) or (None,))[0] != n for n in names):
        return []
    return names


def _box_list_ticked(value: str) -> list[str] | None:
    """The options ticked of a value that is only a list of boxed options (`☑通过  □不通过` -> [`通过`], `[√]予以支持
    [ ]不予支持` -> [`予以支持`]); None for any other value (a sentence with boxes in it, `经评审，☑同意 □不同意，建议…`,
    is kept as written; so is a list with none ticked). Radio buttons are boxes (`○通过  ●不通过` -> [`不通过`]: it was
    kept as written, hunt fam10)."""
    value = radio_boxes(value)
    if _OPTION_MARK.search(value) is None:
        return None                  # (no box nor tick: most values)
    marks = _OPTION_MARK.findall(value)
    words = _OPTION_MARK.sub(" ", value).split()
    if len(words) < 2 or not all(map(_option_text, words)):
        return None
    if len(marks) == 1 and _TICK_AFTER_WORD.match(value.strip()):
        # `通过√  不通过`: the tick after its option, the others bare (it was kept as written: hunt fam9)
        return ticked_options(value) or None
    if len(marks) == 1 and _TICK_BEFORE_FIRST.match(value.strip()):
        # `√通过  不通过`: the tick before the first option, the others bare (it was kept as written, review rv23; a tick
        # between two touching neither, `通过 √ 不通过`, or after a space and before a later one, is kept as written)
        return words[:1]
    if len(marks) < 2:
        return None
    return ticked_options(value) or None


def _option_list(value: str) -> bool:
    """Whether a value is only a list of boxed options, ticked or not (`☑通过 □不通过`, `□是 □否`, `●是 ◎否`)."""
    return _box_list_ticked(value) is not None or _box_list_unticked(value) is not None


def _box_list_unticked(value: str) -> list[str] | None:
    """The options of a value that is only a list of boxed options none of which is ticked (`□通过  □不通过`, `[ ]通过
    [ ]不通过` -> [`通过`, `不通过`]; empty radio buttons, `○通过  ○不通过`, too — hunt fam10); None for any other value."""
    if len(_RADIO_EMPTY.findall(value)) >= 2 and not _OPTION_MARK.search(value):
        value = _RADIO_EMPTY.sub("□", value)  # (a ○ that is a zero, `二○二四年`, gives no list of options: no words)
    marks = _OPTION_MARK.findall(value)
    words = _OPTION_MARK.sub(" ", value).split()
    if len(marks) < 2 or len(marks) != len(words) or not all(map(_option_text, words)) \
            or any(L.TICKED.search(m) for m in marks) or _box_list_ticked(value):
        return None
    return words


# the heads of a table of conclusions with no points: what was assessed, its 要点 (and the findings, `评估情况`), the
# conclusion; a 风险分析's the same way: the risk, what it is, what is done about it (`风险点 | 应对措施` under the
# indicators: its rows were indicators of the last level 1, hunt ly14)
_VERDICT_HEAD = (lazy(r"^(?:(?:评估|评价|审核|评审|审查)(?:内容|项目|维度|方面)|(?:主要)?风险(?:点|因素|事项)?)$"),
                 lazy(r"^(?:(?:评估|评价|审核|评审|审查)(?:要点|重点|内容|情况|发现|说明)|风险(?:描述|等级|影响|分析))$"),
                 lazy(r"^(?:(?:评估|评价|审核|评审|审查)(?:结论|意见|情况|结果)|(?:应对|防控|防范|管控|化解)措施)$"))


@value_cache(maxsize=1 << 16)   # (a pure function of its texts, asked of the same cells form after form, sp12)
def _table_caption(text: str) -> bool:
    """Can TEXT, a row's first cell, be a caption before a table's heads (`风险分析`, `年度工作安排`)? Not a column's
    head (`序号 | 评估内容 | 评估要点 | 评估结论`: the 序号 the table's own first column), not a level, no figure (an
    indicator's row). One rule for the captioned heads under the indicators and the verdict heads (review rv97: the
    verdicts took any first cell not a field's label as a caption, a 序号-led head and its first row then lost)."""
    return not (_DIGITS.search(text) or cell_header_matches(text) or any(level_info(text)[:2]))


def _verdict_head(cells: list[Cell]) -> list[Cell] | None:
    """The head of a table of conclusions (or risks) in a row (_VERDICT_HEAD): all its cells, or all but a caption
    before them in the label column (`风险分析 | 风险点 | 应对措施`, `事前评估 | 评估内容 | 评估要点 | 评估结论`), each
    or all but the table's own 序号 column before them (`序号 | 评估内容 | …`, `风险分析 | 序号 | 风险点 | 应对措施`: its rows
    were lost or read as indicators, review rv97); else None."""
    heads = [cells] + ([cells[1:]] if len(cells) >= 3 and match_field(cells[0].text) is None
                       and _table_caption(cells[0].text) else [])
    heads += [h[1:] for h in heads if len(h) >= 3 and label_key(h[0].text) in _SEQ_HEADS]   # (its 序号 column)
    for head in heads:
        keys = [label_key(c.text) or "" for c in head]
        if 2 <= len(head) <= 4 and _VERDICT_HEAD[0].match(keys[0]) and _VERDICT_HEAD[-1].match(keys[-1]) \
                and all(_VERDICT_HEAD[1].match(k) for k in keys[1:-1]):
            return head
    return None


# a 要点 that is the template's question (`项目是否符合…`, `成本测算依据充分吗？`)
_VERDICT_QUESTION = lazy(r"是否|[？?]|吗$")
# a 要点 that is the template's criteria written as nouns, no 是否 (`立项依据的充分性、与部门职能的相关性`, `实施方案的完整性、
# 可行性`): no finding (they were kept as findings, review rv28); a finding says what was found (`具有紧迫性`, `已…`)
# (read in one pass: each noun a run of other characters then 性/度, or 性/度 itself; `必要性` 25 times then `，详见附件1`
# took 20 s as `(?:[…]{1,16}?[性度][、及…]?)+`, its runs taking 性/度 too, review md1; the same readings)
_CRITERIA_RUN = r"[\u4e00-\u5ea5\u5ea7-\u6026\u6028-\u9fff（）()]"        # (性 is U+6027, 度 U+5EA6)
_CRITERIA_PART = (r"(?![性度](?:[、，,；;]|[及和与]?[。.]?$))"                     # (no noun of 性 alone)
                  rf"(?:[性度]|{_CRITERIA_RUN}{{1,16}}[性度]|(?<=[性度])[及和与]{_CRITERIA_RUN}{{16}}[性度])+")
_VERDICT_CRITERIA = lazy(r"^(?!.*(?:具有|具备|较|不|未|已|存在|缺乏|有待|欠|符合))"
                         rf"{_CRITERIA_PART}(?:[、，,；;]{_CRITERIA_PART})*[、，,；;及和与]?[。.]?$")
# a list of bare options with one tick right after one of them (`通过√  不通过`, `同意✓ 不同意`)
_TICK_AFTER_WORD = lazy(r"^(?:[\u4e00-\u9fff]{1,12}[\s\u3000]+)*[\u4e00-\u9fff]{1,12}[√✓✔]"
                        r"(?:[\s\u3000]+[\u4e00-\u9fff]{1,12})*$")
# a list of bare options with one tick right before the first (`√通过  不通过`)
_TICK_BEFORE_FIRST = lazy(r"^[√✓✔][\u4e00-\u9fff]{1,12}(?:[\s\u3000]+[\u4e00-\u9fff]{1,12})+$")
# an official paper's number (发文字号: `云财绩〔2024〕12号`, `黔财绩[2024]7号`, `X财预（2024）3号`): the issuer's short name,
# the year in brackets, the paper's number
_DOC_NUMBER = lazy(_DOC_NUMBER_RE)
# a money row's label's horizon word (`年度资金总额`, `中期资金总额`, `当年财政拨款`): no part of a by-year key's name
_HORIZON_LEAD = lazy(rf"^(?:{HORIZON_ALT})(?=\S{{2}})")    # (core's one list of horizons, mend md20)
# no value of the project's: a stamp's or signature's place, a form's instructions
# (the seal's words normalize.text's SEAL_WORDS: this list's own lacked 印章 — twins, hunt tg23); in a label a seal's
# noun the place only at the text's end or opening a bracket (`单位公章`, `（印章）：`), its verbs anywhere (`盖章日期`): a
# seal named in a label's own words is kept (`印章管理方式 | 集中制发`: dropped once 印章 joined, review rv90)
_SEAL_BRACKET = rf"[(（]\s*(?:{SEAL_WORDS})"
_NOT_KEPT_WORDS = r"^填表说明$|^注$|^说明$|^其中$"
_NOT_KEPT_LABEL = lazy(rf"(?:{SEAL_WORDS})\s*[)）]?\s*[:：]?\s*$|{_SEAL_BRACKET}|盖\s?章|签\s?章|{SIGN_NAME}|审签"
                       rf"|{_NOT_KEPT_WORDS}")
# in a VALUE the place only: a seal's or signing's word in brackets (`（盖章）`, `年 月 日（公章）`) or standing alone at
# the value's end, after its start, a space, a stop or a day (`签字盖章`, `同意申报。  盖章：`, `单位负责人签字：`) — a seal
# or a signing inside a project's words is kept (`制发电子印章1500枚`, review rv90; `为全县各单位制发电子印章`,
# `为全县各村级组织统一更换公章`, `按进度经局长签字后拨付`: the label's test dropped them, an unparsed_row, review rd)
_NOT_KEPT_SEAL_VALUE = lazy(rf"{_SEAL_BRACKET}|[(（]\s*{SIGN_NAME}|(?:^|[\s，。；,;:：日])(?:单位|部门)?(?:负责人)?"
                            rf"(?:{SIGN_WORDS}|审签)处?[\s:：_＿]*$|{_NOT_KEPT_WORDS}")
# an opinion's words before its stamp's place (`同意申报。（公章）`): a word of assent or a reason, no blank day's
# (Han words: a day's figures alone, `2024年3月1日（公章）`, are no opinion — they were kept as one, review rv100; nor a
# day in numerals, `二〇二四年三月一日（公章）`, taken out whole by _SIGNED_TIME, nor the stamping body's name,
# `县财政局（公章）`: _opinion_words — they were kept as the opinion, review rd63)
_OPINION_WORDS = lazy(r"(?![年月日])[\u4e00-\u9fff]")
# a sign-off's day, month or year beside the stamp's place, in figures or numerals (`2024年3月1日`, `二〇二四年三月`,
# `二〇二四年`: dates' A_DAY, MONTH_ALONE and YEAR_WORD) — no opinion's words (a month in numerals was kept as the
# opinion, hunt pr6; a year in numerals, review rv114)
_SIGNED_TIME = lazy_regex(rf"{A_DAY}|{MONTH_ALONE}|{YEAR_WORD.pattern}")


def _opinion_before_seal(name: str, value: str) -> str:
    """An opinion's value without the stamp's place after its words (`主管部门审核意见 | 同意申报。（公章）` ->
    `同意申报。`: the row was dropped whole, the opinion lost — hunt pr5); a stamp's place alone (`（盖章）`, `年 月 日
    （公章）`) stays, to be dropped as before; any other label's value as it is. The stamp's place may come first
    (`（公章）同意申报。`: the words after it, review rv100)."""
    if not name.endswith("意见") or (m := re.search(_SEAL_BRACKET, value)) is None:
        return value
    for words in (value[:m.start()].strip(), value[m.end():].lstrip("）) \t\u3000").strip()):
        words = _unsigned_words(words)
        if _opinion_words(words):
            return words
    return value


# a named signer closing an opinion's words after a space or a sentence's mark (`同意。审核人：张三`): its place's label
# and the person (_named_signer); the day signed after the name (`审核人：张三 2024.3.5`), or a placeholder for the
# person (`待定`, `无`, `/`: nobody named)
_SIGNER_NOBODY = rf"待定|待填|未定|暂无|无|空缺|[/／\\—–-]{{1,2}}|{PLACEHOLDER_MARK}|[_＿]{{2,}}"   # (`XXX`, `＿＿＿`: hunt pr10)
# what opens the day after the signer's name: a space, the day's own label (`审核人：张三  日期：2024年3月5日`), or
# nothing before its digits (`张三2024.3.5`, a converter's join) — both were kept whole in the opinion, review rv145
_SIGNED_DAY_OPEN = r"(?:\s*(?:日期|时间)\s*[:：]\s*|\s+|(?=\d))"
_NAMED_SIGNER = lazy_regex(rf"(?:^|(?<=[\s。；;！!，,]))(?P<label>\p{{Han}}{{2,8}})\s*[:：]\s*(?P<person>{_PERSON_NAME}"
                           rf"|{_SIGNER_NOBODY})(?:{_SIGNED_DAY_OPEN}(?P<day>{A_DAY}|{_DOTTED_DAY}))?\s*$")
_SIGNER_NOBODY_RE = lazy_regex(rf"^(?:{_SIGNER_NOBODY})$")


def _officer_role(label: str) -> bool:
    """Is a label an officer's role of no signing word, `分管领导`, `办公室主任`, `财务科长` (core's OFFICER_END)?"""
    return OFFICER_END.search(label_key(label)) is not None and is_role_label(label)


def _named_signer(value: str) -> tuple[str, str, str | None, str | None] | None:
    """An opinion's words and the named signer after them (`同意。审核人：张三` -> (`同意。`, `审核人`, `张三`, None)): a
    signer's place, _signed_place, then a name of two to four characters and nothing else but the day signed
    (`审核人：张三 2024.3.5` -> (…, `张三`, `2024.3.5`)), or a placeholder for the name (`审核人：待定`, `经办人：无`,
    `审核人：/` -> (…, None, None): nobody named; the day after it kept, `审核人：待定 2024.3.5` -> (…, None,
    `2024.3.5`)); the words before it two Han characters at least; else None."""
    m = _NAMED_SIGNER.search(value)
    if m is None or not (_signed_place(m.group("label")) or _officer_role(m.group("label"))):
        return None             # (an officer of no signing word signs too, `同意申报。分管领导：赵立新`: hunt pr10)
    person = m.group("person")
    nobody = _SIGNER_NOBODY_RE.match(person) is not None
    if not nobody and not 2 <= len(person) <= 4:
        return None
    words = value[:m.start()].rstrip().rstrip("，,；;").rstrip()
    if len(words) < 2:
        return None
    return (words, m.group("label"), None if nobody else person, m.group("day"))


# an opinion's words, a blank, and the day it was signed on (`同意申报。 2024年3月13日`): the words, the day apart
_OPINION_THEN_DAY = lazy_regex(rf"^(.*?\S)[ \u3000\xa0]+(?P<day>{A_DAY}|{_DOTTED_DAY})$")


# the end of words that ask for a day (`完成时限为`, `资金于`, `截至`): the day after them is the sentence's, no day signed
_DAY_ASKED = lazy(r"(?:[为于至到在自从起止：:，,、]|时限|期限|日期|时间|截止|截至|之前|以前)$")


def _opinion_day_label(label: str) -> str:
    """The label an opinion's day signed is kept under: a review's with 日期 for its 意见 (`主管部门审核意见` ->
    `主管部门审核日期`, as `审核人`'s day is `审核日期`), another's with 日期 after it (`财政部门意见日期`)."""
    stem = label[:-2] if label.endswith("意见") else label
    return stem + "日期" if stem.endswith(("审核", "审批", "审查", "评审", "审定")) else label + "日期"


def _signed_day_label(label: str) -> str:
    """The label a named signer's day is kept under: the place's with 日期 for its 人 (`审核人` -> `审核日期`), a post's
    with 日期 after it (`单位负责人` -> `单位负责人日期`: `单位负责日期` names no one, review rv145)."""
    return (label[:-1] if label.endswith("人") and len(label) > 2 and not label.endswith("负责人") else label) + "日期"


def _unsigned_words(words: str) -> str:
    """An opinion's words without the empty places of its signers after them (`同意。  经办人：` -> `同意。`, `经办人：`
    a place a person signs with no name: _signed_place — it was kept in the opinion, hunt pr7)."""
    # (the place after a space or a sentence's mark, `同意。经办人：` too: a sentence holding a place's word, `经审核，
    # 意见如下：`, is no place — both were taken whole for one, the opinion lost, review rv127; `经办人：` alone beside
    # the stamp: no opinion)
    # (the comma or semicolon that parted the place from the words goes with it, `同意上报，经办人：` -> `同意上报`: a
    # clause's mark left dangling, rd66 D1; a sentence's `。` is the words' own and stays)
    while (m := _LAST_CLAUSE.search(words)) is not None and _signer_place(m.group()):
        words = words[:m.start()].rstrip().rstrip("，,；;").rstrip()
    return words


# the last clause of an opinion's words: what follows its last space or sentence's mark (the whole when none)
_LAST_CLAUSE = lazy(r"[^\s。；;！!，,]+$")


# the end of a signer's empty place (`经办人：`, `负责人签字`): a label's colon with nothing after it, or a signing word
_SIGNER_PLACE_END = lazy(rf"(?:[:：]|{SIGN_NAME}|签{SPREAD}章)\s*$")    # (`负责人签 字` too, review rv133)


def _signer_place(text: str) -> bool:
    """Is TEXT a signer's empty place (`经办人：`, `审核人：`, `负责人签字`: _signed_place, its label's colon or a signing
    word at its end — not an opinion's words, `经审核，同意申报。`, whose 审核 a place's word also is)?"""
    return _SIGNER_PLACE_END.search(text) is not None and _signed_place(text)


def _opinion_words(words: str) -> bool:
    """Are the words beside a stamp's place an opinion: two Han words at least, no day's, month's nor year's (in figures
    or numerals: _SIGNED_TIME), no placeholder, not the stamping body's name alone — nor with its day (`县交通运输局 2024年3月1日` after
    the stamp's place: it was kept as the opinion, review rv114)?"""
    rest = _SIGNED_TIME.sub("", words).strip()
    return len(_OPINION_WORDS.findall(rest)) >= 2 and not is_placeholder(words) and org_kind(rest) is None


# a blank template's instructions (`…（200字以内）`), an imprint (`2024年3月1日印发`), a web page's `[ 体裁分类 ]`
_NOT_KEPT_VALUE = lazy(r"字以内|字左右|印发\s*$|^\s*[\[【]")
# a web page's own lines beside the form: its author, hits, font size buttons
_PAGE_FURNITURE = frozenset(label_key(x) for x in ("作者", "浏览次数", "阅读次数", "点击数", "点击次数", "访问次数", "字号",
                                                   "字体", "标题", "发文时间", "打印", "分享", "责任编辑", "编辑"))
# labels naming an attribute of the project, whose value may be a short word (运作方式 | BOT, 归口科室 | 农业股)
_ATTRIBUTE_LABEL = re.compile(r"(?:方式|机制|模式|期限|年限|地点|地址|区域|机构|主体|方|类型|类别|性质|来源|单位|部门|科室|股室|阶段|领域|行业|"
                              r"所在(?:地|村|组|乡|镇|乡镇|街道|社区)?|"
                              r"事权|任务|范围|结论|意见|依据|标准|人|员|领导|代码|编码|号|期|公司|企业|层次|名称|"
                              + ROLE_POST + r")$|^是否")   # (a post's, `办公室主任`, as a role's 人 / 领导: hunt pr9)
# a firm's name (the value of `项目公司` / `项目实施企业`)
_FIRM_NAME = lazy(rf"(?:{FIRM_WORDS})$")
# a firm's branch, the rest of its name on a line of its own (`六安市裕安区分公司` under `中国电信股份有限公司`): a bare
# one, a place and its branch word, no firm's word of its own before it — `中国电信股份有限公司六安分公司` is a second
# firm's whole name, joined with `、` (it was glued on, review rd63)
_FIRM_BRANCH = lazy(rf"^(?:(?!{FIRM_WORDS})\S){{0,16}}(?:{BRANCH_WORDS})$")
# a firm's branch named with its firm (`中国电信股份有限公司六安分公司`): a whole body's name, as a place-led firm's is
_NAMED_BRANCH = lazy(rf"(?:{FIRM_WORDS})\S{{1,16}}(?:{BRANCH_WORDS})$")


def _unit_kind(text: str, second: bool = False) -> str | None:
    """The kind of body a unit's cell names: org_kind's (`department`, `unit`), or `firm` (org_kind knows no firm's
    name); a second body's firm must open with its place (`裕安区供水有限责任公司`) or be a branch named with its firm
    (`中国电信股份有限公司六安分公司`: review rd63), as a line's words may end in 公司 (`委托第三方公司`)."""
    if (kind := org_kind(text)) is not None:
        return kind[1]
    name = clean(text) or ""
    if not _FIRM_NAME.search(name) or second and not ((place_led(name) or _NAMED_BRANCH.search(name))
                                                      and len(name) <= 30 and match_field(name) is None):
        return None
    return "firm"
# a label's bracketed gloss at its end (`社会资本方（项目公司）`: the attribute word is the one before it; a part's
# declared unit, `其中：中央资金（万元）`, left out of its rate's key)
_TRAILING_GLOSS = lazy(r"\s*[（(][^（）()]*[）)]\s*$")
# the columns a form's sign-off lines fill (填报单位（盖章）：… | 填表人：… | 联系电话：… | 填报日期：…): core's fields
# of a sign-off alone, and the unit and the leader a form's head names too (read here in a row of sign-off pairs)
SIGNOFF_COLUMNS = SIGNOFF_ONLY_FIELDS | {"unit", "leader"}
_PAIR_CELL = lazy(r"^([^:：]{1,16})[:：]\s*(.*)$", re.S)
# a money label's bound or range, then its parts after a comma (`资金总额：不超过150万元，其中财政资金100万元`), a
# semicolon or a full stop (`不超过150万元。其中…`, as _LEAD_AMOUNT's amount: the line was lost, review rv113), or in
# brackets after it (`不超过150万元（其中财政资金100万元）`, as after an amount: kept whole, the part not read, review
# rv113's leftover)
_BOUND_THEN_PARTS = lazy(rf"^([^:：，,]{{1,16}})[:：]\s*([^:：，,；;。]+?)\s*(?:[，,；;。]|(?P<br>[(（]))\s*"
                         rf"(?:{_PARTS_OPENER})\s*[:：]?\s*(?P<parts>.*\d.*?)(?(br)\s*[)）]\s*[。.；;]?)$", re.S)


def _attribute_pair(text: str) -> tuple[str, str] | None:
    """A cell holding a short label naming a party or an attribute of the project (…单位, …机构, …结论: see
    _ATTRIBUTE_LABEL; its gloss in brackets left out, `评估单位（盖章）`) and its value after a colon (`评估单位：攸县财政局`,
    `金额单位：万元`), no field's label nor a page's record: (label, value); else None."""
    pair = _PAIR_CELL.match(text.strip())
    if pair is None or not pair.group(2).strip():
        return None
    label = _TRAILING_GLOSS.sub("", pair.group(1)).strip()
    key = label_key(label)
    if not _LABEL_LIKE.match(label) or len(key) > 8 or not _ATTRIBUTE_LABEL.search(key) or key in _PAGE_META \
            or match_field(pair.group(2)):
        return None
    return label, pair.group(2)


def _remark_pair(text: str) -> str | None:
    """The remark of a `备注：…` / `附注：…` / `备注说明：…` pair alone in its cell (a line under the form, tables'
    REMARK_LABEL: its other notes, _remark), else None."""
    pair = _PAIR_CELL.match(text.strip())
    return pair.group(2) if pair is not None and REMARK_LABEL.match(label_key(pair.group(1))) else None


def _foot_label(text: str) -> bool:
    """Is TEXT the label of a form's foot (an approval's opinion, `财政部门审核意见`; a sign-off's body, person, phone or
    day, `填报单位`, `联系人`, `联系电话`, `填报日期`) or a table's end (core's TABLE_END_KEYS)?"""
    k = label_key(text)
    return k in TABLE_END_KEYS or k in IGNORED_KEYS or _signoff_label(text, False)


def _opinion_pair(text: str) -> tuple[str, str] | None:
    """A reviewing body's opinion and its label in one cell (`财政部门审核意见：同意`: an ignored label ending 意见, core's
    IGNORED_KEYS, whose value _keep_pair keeps when it holds words, no stamp's place alone), else None."""
    pair = _PAIR_CELL.match(text.strip())
    if pair is None or not pair.group(2).strip():
        return None
    key = label_key(pair.group(1))
    return (pair.group(1).strip(), pair.group(2).strip()) if key in IGNORED_KEYS and key.endswith("意见") else None


def _opinion_signed(text: str, rest: list[Cell]) -> tuple[str, str, int] | None:
    """A reviewing body's opinion on a line of its own (_opinion_pair) with the cells after it that a dump cut off it
    when they are its named signer and the day signed (`财政部门审核意见：同意。 | 审核人：钱进 | 日期：2024.3.8`: the
    signer and the day were dropped, the opinion kept alone — review rv145): (label, value, how many cells after it
    the value holds); else None."""
    if (pair := _opinion_pair(text)) is None:
        return None
    if 0 < len(rest) <= 3 and all("：" in x.text or ":" in x.text or _DIGITS.search(x.text) for x in rest):
        joined = pair[1] + " " + " ".join(x.text.strip() for x in rest)
        if (signer := _named_signer(joined)) is not None and signer[2] is not None:
            return pair[0], joined, len(rest)
    return pair[0], pair[1], 0


# a label of how to reach or to know the signer's body, of no contract column (`传真`, `单位地址`, `邮政编码`, `电子邮箱`,
# `统一社会信用代码`, `预算单位编码`: a body's code the contract's department_code labels do not name): a pair of its
# own (_contact_pair)
_CONTACT_LABEL = lazy(r"(?:地址|传真|邮编|邮政编码|邮箱|电子邮件|信用代码|" + _UNIT_CODE_LABEL.pattern + ")$")


def _contact_pair(text: str) -> tuple[str, str] | None:
    """A pair of no column naming how to reach or know a body (`传真：0739-7654321`, `单位地址：洞口县文昌路12号`,
    `统一社会信用代码：…`, `预算单位编码：101001`: see _CONTACT_LABEL) in one cell, or one piece of a cell of pairs: on
    a sign-off line under the form (it was dropped with no word, mend md26) and in any row of the head's pairs too
    (`联系人：王芳 | 传真：…`, `项目地址：某县城关镇` as a cell of a row, hunt pr4) — kept in other_fields as written,
    as `审核人：李四` is: (label, value); else None."""
    pair = _PAIR_CELL.match(text.strip())
    if pair is None or not pair.group(2).strip() or match_field(text) is not None:
        return None
    key = label_key(pair.group(1))
    return (pair.group(1).strip(), pair.group(2).strip()) if 2 <= len(key) <= 8 and _CONTACT_LABEL.search(key) \
        else None


def _day_pair(label: str, value: str | None) -> bool:
    """Is a sign-off pair a day of no column (`审核日期：2024年1月12日`, `评价日期：…`, `评价时间：…`): kept in other_fields
    under its label, no fill_date (the form's is its 填报日期; an evaluation's day is the evaluators', mend md26)?"""
    return match_field(label + "：") is None and label_key(label).endswith(("日期", "时间")) \
        and value is not None and (parse_date(value) is not None or _MONTH_ONLY.match(fold(value).strip()) is not None)
    # (a month names the day as a form's fill_date cell may, `评价时间：2024年5月`: hunt ly8)


def _dated_cell(text: str) -> tuple[str, str] | None:
    """A cell of one day of no column and its label (`评价时间：2024年5月`, see _day_pair): (label, value); else None."""
    pair = _PAIR_CELL.match(text.strip())
    return (pair.group(1).strip(), pair.group(2).strip()) if pair is not None and _day_pair(pair.group(1), pair.group(2)) \
        else None


def _evaluator_line(cells: list[Cell]) -> bool:
    """A row of an evaluator's name and its day only (`评价机构：某某会计师事务所 | 评价时间：2024年5月`, over or under a
    评分表): both its pairs kept in other_fields (the day was no attribute: the row an unparsed_row, hunt ly8)."""
    full = [c for c in cells if c.text.strip()]
    named = [c for c in full if (pair := _attribute_pair(c.text)) is not None
             and L.EVALUATOR_LABEL.match(label_key(pair[0]))]
    return len(named) == 1 and len(full) >= 2 and all(c in named or _dated_cell(c.text) is not None for c in full)


@lru_cache(maxsize=1 << 14)
def _signoff_label(label: str, colon: bool) -> bool:
    """A label of a form's sign-off lines: a person's role (单位负责人, 审核人), a column they fill (填表人, 联系电话, 填报日期,
    填报单位（盖章）), a date or a stamp's place. Without its colon (a cell of its own), a role of 负责人 / 领导 or a column
    only (a table's `受益人` is no one's role), or an officer's post (`财务科长`)."""
    lab = label.strip()
    if not lab or len(label_key(lab)) > 10:
        return False
    m = match_field(lab + "：")
    if m is not None and m[0] in SIGNOFF_COLUMNS:
        return True
    if not colon:
        return is_role_label(lab) and OFFICER_END.search(label_key(lab)) is not None
    return is_role_label(lab) or label_key(lab) in ("金额单位", "货币单位", "资金单位", "单位") \
        or (m is None and label_key(lab).endswith(("日期", "时间"))) or bool(SIGN_MARK.search(lab)) \
        or _bare_signed_role(lab) is not None
    # (金额单位：万元 at the end of the line of pairs above the table; 日期, 审核日期: a date of no column)


# a role's label with its sign word bare after it, `单位负责人签字`, `财务负责人签 字`: the role's (SIGN_MARK wants the
# word in brackets; the line under the indicator table was an indicator row, review rv133)
_BARE_SIGN_TAIL = lazy(rf"(?<={_HAN.pattern})\s*(?:{SIGN_WORDS})$")


def _bare_signed_role(label: str) -> str | None:
    """The role of a label that is a role's and a sign word after it (`单位负责人签字` -> `单位负责人`), else None."""
    lab = label.strip()
    role = _unsigned(lab)
    return role if role != lab and is_role_label(role) else None


@lru_cache(maxsize=1 << 16)
def _signoff_start(text: str) -> bool:
    """Whether a row's first cell (stripped) opens with a sign-off label: `单位负责人：…`, or a role's label alone."""
    # (cut outside brackets: a spaced sign word, `单位负责人（签 字）：`, was cut at its space, the row no sign-off's, pd12)
    head = next((p.strip() for p in split_outside_brackets(_NEXT_PAIR, text) if p.strip()), "")
    m = _PAIR_CELL.match(head)
    return _signoff_label(m.group(1), True) if m is not None else _signoff_label(head, False)


# a person's own phone's label (labels.FIELD_LABELS' phone labels): its number kept beside the form's phone, or a phone
# a person's label of `…及联系电话` gave, ranked
_PERSON_PHONE_LABEL = {"leader": "项目负责人电话", "contact": "联系人电话"}
# a person's post in brackets after the name (`刘志强（科长）`, `陈丽(副主任)`, `赵刚（院长）`: a post's word at its end, 长 /
# 主任 / 书记 / 经理 / 会计 / 工程师 …): kept under the person's label and 职务 (_PERSON_TITLE_LABEL)
_PERSON_TITLE = lazy_regex(r"^(?P<who>\p{Han}{2,4})\s*[（(]\s*(?P<title>\p{Han}{0,6}"
                           r"(?:长|主任|书记|经理|会计|主管|干事|科员|专员|工程师|技术员|出纳))\s*[）)]$")
# the same post past a space (`王建国 科长`, `周敏 副主任`): a word no person's name is — a space also parts two people's
# names (`周敏 李娟`), so a post of two characters only as a known office's head (`[科局站…]长`) or a post word; the
# body's name before it as in brackets (`县教育局副局长`); one character before it a rank's or a body's (`副`, `总`,
# `大队长`, `村主任`), not
# a surname: `王建国 李校长` is a second person by surname and post (it was read as the post, review rv145). The words
# before the rank a body's (ending in `局` / `科` / `室` …, `县教育局副局长`, `办公室主任`) or an office's (`财务`, `项目`,
# `党委`), not any two characters: `王建国 李副局长`, `王建国 张副主任` are a second person by surname, rank and post
# (review rd69 D)
_POST_BODY = (r"(?:\p{Han}{2,5}(?:局|科|股|处|室|院|校|站|所|队|组|部|委|会|厅|办|中心|公司|厂|馆|社|街道|社区|镇|乡|县|市|区|村)"
              r"|财务|项目|党委|党组|支部|总支|主管|高级|中级|助理)")
_PERSON_POST_SPACED = lazy_regex(r"^(?P<who>\p{Han}{2,4})[ \u3000]+(?P<title>"
                                 rf"{_POST_BODY}?(?:常务|[副总正代常]){{0,2}}[大中小村镇乡区县市局科股处室院校站所队组部]?"
                                 rf"(?:{ROLE_POST}|主管|干事|科员|专员|工程师|技术员))$")
_PERSON_TITLE_LABEL = {"leader": "项目负责人职务", "contact": "联系人职务"}


def _person_phone_label(who: str) -> str:
    """The label a person's own phone is kept under: the leader's or the contact's (_PERSON_PHONE_LABEL), a sign-off's
    role's with 电话 after it (`单位负责人电话`)."""
    return _PERSON_PHONE_LABEL.get(who) or f"{who}电话"


def _one_phone(a: str, b: str) -> bool:
    """Do two phones' texts give one number, or one the other's among more (`13800000000` in `0371-1234567/138…`)?"""
    x, y = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return not x or not y or x in y or y in x


def _one_person(a: str, b: str) -> bool:
    """Do two contact values name one person, one's words holding the other's, spaces let be (`联系人：刘洋` and
    `联系人及联系电话：刘洋 139…`; `联系人：王芳` and `填报人：王 芳`, a short name spaced to the width of a longer one:
    it was kept as another person, review rv82)?"""
    a, b = bare_fold(clean(a) or ""), bare_fold(clean(b) or "")
    return a in b or b in a


# words under a sign-off's label that no person's name is: an opinion, a review's mark or a reference (`同意`,
# `不同意`, `已审核`, `审核通过`, `见附件`, `详见附表`, `情况属实`, `无异议`: they were paired as people, review rv160)
_NOT_A_SIGNER = lazy(r"^(?:不?同意|已|未|详?见|无|待|准予|予以)|(?:同意|通过|属实|附件|附表|异议|审核|审批|核实|批准|合格|"
                     r"表|说明|备注)$")
# (a form's or a section's caption, `绩效自评表`, `填报说明`, `备注`, under a blank labels line is no name: it was paired
# with the first label, or said as names none of them theirs and consumed — review rv162)
_PADDED_SPACES = lazy(r"\s+")


def _signoff_labels_line(text: str) -> bool:
    """Given a text line (or a row's cells joined by spaces), return True when it is a sign-off's labels alone in
    columns: two or more words apart, each a role's label (`单位负责人`, `审核人（签字）`) or a field's (`填表人`,
    `联系电话`), its sign word bare or not (`单位负责人签字`, `经办人签名`), one at least a role's, no colon."""
    if "：" in text or ":" in text:
        return False
    parts = text.split()
    if len(parts) < 2 or len(parts[0]) > 12 or not _person_or_field_label(parts[0]):
        return False                     # (the first word no label: most rows, said before the others are looked at)
    parts = [_unsigned(p) for p in parts]
    return any(is_role_label(p) for p in parts) and all(is_role_label(p) or match_field(p) is not None for p in parts)


def _labels_first(cells: list[Cell]) -> bool:
    """Whether the first word of CELLS (a row's, joined) is a sign-off's label: _signoff_labels_line's gate, asked
    before the cells are joined (every indicator row is asked; the first word is most often 产出指标 or the like,
    cached — review rd72)."""
    for c in cells:
        if (w := c.text.split()):
            return len(w[0]) <= 12 and _person_or_field_label(w[0])
    return False


@lru_cache(maxsize=4096)
def _person_or_field_label(word: str) -> bool:
    """Whether a word is a sign-off's role label or a field's, its sign word bare or not — the first word of a
    sign-off's labels line (_signoff_labels_line's gate: a label test, no `人` / `领导` substring, which let every
    row naming 人 through and no officer's post, `办公室主任  财务科长  分管副局长`: hunt pr11)."""
    word = _unsigned(word)
    return is_role_label(word) or match_field(word) is not None


def _unsigned(label: str) -> str:
    """A label without the sign word bare after it (`经办人签名` -> `经办人`; `单位负责人` as it is)."""
    if "签" not in label and "章" not in label:
        return label
    m = _BARE_SIGN_TAIL.search(label)
    return label[:m.start()] if m is not None and m.start() > 0 else label


# a piece of a day a form's cells cut apart (`2025年`, `2月`, `20日`, `二〇二五年`)
# (or a template's number and its word each a cell, `2025 | 年 | 3 | 月 | 6 | 日`: the pieces joined only when they
# make a day or a month whole, _CUT_DAY — the year was kept alone, review rv157)
_DAY_PIECE = lazy(r"^\s*(?:(?:\d{1,4}|[〇零○一二三四五六七八九十]{1,4})\s*[年月日号]?|[年月日号])\s*$")
_CUT_DAY = lazy(r"^\s*\S{1,6}年\s*\S{1,3}月(?:\s*\S{1,3}[日号])?\s*$")


def _signoff_pairs(cells: list[Cell]) -> list[tuple[str, str | None, Cell]] | None:
    """The (label, value or None, cell) pairs of a row of a form's sign-off lines: every cell a `label：value` pair (a
    cell may hold several, `单位负责人：赵明    填表人：孙强`), a `label：` cell and its value's, or a role's label and its
    value (`单位负责人 | 赵军`), every label a sign-off's (see _signoff_label); else None."""
    # (most rows are none: their first piece is no sign-off label; said before every cell is split)
    first = None
    for c in cells:
        if t := c.text.strip():
            first = t
            break
    if first is None or not _signoff_start(first):
        return None
    parts: list[tuple[str, Cell]] = []
    for c in cells:
        if c.text.strip():
            parts += [(p.strip(), c) for p in split_outside_brackets(_NEXT_PAIR, c.text.strip()) if p.strip()]
    out: list[tuple[str, str | None, Cell]] = []
    k = 0
    while k < len(parts):
        t, c = parts[k]
        nxt = parts[k + 1] if k + 1 < len(parts) else None
        m = _PAIR_CELL.match(t)
        if m is None and is_placeholder(t) and out:
            k += 1                                    # `单位负责人：王五 | （盖章）`: the stamp's place after the pairs
            continue
        if m is None and out and k == len(parts) - 1 and _day_alone(t):
            k += 1          # `单位负责人：张三 | 填表人：李四 | 2024年3月15日`: the sign-off's day in a cell of its own after
            continue        # the pairs (the fill_date, _signoff_text); the pairs were lost with it (review rv49)
        if m is None:
            if nxt is None or not _signoff_label(t, False) or _PAIR_CELL.match(nxt[0]) or _signoff_label(nxt[0], False) \
                    or no_person_under(t, nxt[0]):
                return None
            out.append((t, nxt[0], nxt[1]))
            k += 2
            continue
        lab, val = m.group(1), m.group(2).strip()
        lab = _bare_signed_role(lab) or lab           # (`单位负责人签字：赵立新`: the role's key, review rv133)
        if not _signoff_label(lab, True) or no_person_under(lab, val):
            return None
        if not val and nxt is not None and nxt[1] is not c and not _PAIR_CELL.match(nxt[0]) \
                and not _signoff_label(nxt[0], False):
            j = k + 2                                 # `填报日期： | 2025年 | 2月 | 20日`: a day cut over the cells
            while j < len(parts) and _DAY_PIECE.match(parts[j - 1][0]) and _DAY_PIECE.match(parts[j][0]):
                j += 1                                # after it, one value (its year was kept alone, hunt pr10)
            if j > k + 2 and not _CUT_DAY.match("".join(p for p, _ in parts[k + 1:j])):
                j = k + 2                             # (`2025 | 年 | 月 | 日`, a day left blank: the cell alone)
            out.append((lab, "".join(p for p, _ in parts[k + 1:j]), nxt[1]))   # `单位负责人： | 张华`: the next cell's
            k = j
            continue
        out.append((lab, val or None, c))
        k += 1
    return out or None
_LABEL_LIKE = lazy(r"^[\u4e00-\u9fff（）()、/]{2,12}[:：]?$")
# a two-character label of the place a form is for, alone with its value on its row (a 转移支付区域绩效目标表's `区域 |
# 湖南省`): kept in other_fields as a longer label is (a label of two characters is else no label — a head, `地区 | 金额`;
# it was an unparsed_row, hunt fam); its value a place's name (the words: _PLACE_WORDS)
_PLACE_NAME = lazy(r"^[\u4e00-\u9fff]{1,12}(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)$")
_LABEL_LIKE_END = lazy(r"[:：]$")
# a money label of no field longer than _LABEL_LIKE allows, its unit in brackets stripped (review rv53)
_LONG_MONEY_LABEL = lazy(r"^[\u4e00-\u9fff（）()、/]{13,24}$")
# a money label of no field naming the year's budget (本年度申请债券资金, 购买服务预算), not a part or a past sum of it
_YEAR_BUDGET_WORD = lazy(r"预算|申请|本年|当年|年度|购买")     # (购买服务金额: a purchase's money, the year's)
_PART_MONEY_WORD = lazy(r"其中|中央|省级|省|市级|县级|地方|自筹|结转|到位|累计|以前|上年|补助|配套|银行|债务|贷款|"
                              + L.SOCIAL_MONEY)   # (社会 as labels.SOCIAL_MONEY: `社会救助资金预算` the year's budget)
_GOAL_HEAD_WORD = lazy(r"^[\u4e00-\u9fff]{1,6}目标$")


def _goal_heads(cells: list[Cell]) -> set[int]:
    """`年度总体目标 | 全年目标 | 1-6月实际完成情况` (a 绩效运行监控表): the cell right after the goal's block label, a short
    head of no field ending on 目标 (`全年目标`, `本期目标`), with a head of what was done (or is forecast) after it in
    the row, heads the goal's text below, as `年初目标` does: its index. (It was read as the goal, the goal's text
    below an unparsed row.)"""
    out: set[int] = set()
    for k in range(1, len(cells) - 1):
        prev, here = match_field(cells[k - 1].text), fold(cells[k].text).strip()
        if prev is None or prev[1] is not None or prev[0] not in ("goal_annual", "goal_total") \
                or match_field(cells[k].text) is not None or not _GOAL_HEAD_WORD.match(here):
            continue
        if any((x := match_field(o.text)) is not None and x[1] is None and x[0] in ("goal_actual", "goal_forecast")
               or label_key(o.text) in _GOAL_DONE_HEADS for o in cells[k + 1:]):
            out.add(k)
    return out


_GOAL_DONE_HEADS = frozenset(label_key(x) for x in ("完成情况", "实际完成", "完成结果", "执行情况", "实际情况",
                                                    "总体完成率（%）", "总体完成率", "目标完成率（%）", "目标完成率"))
# a 监控表's head of why the goal strays beside its goal's heads (`年度总体目标 | 年初目标 | 1-7月实际完成情况 | 全年预计完成情况 |
# 偏差原因`): a head of the texts below too (the row was no row of heads, its texts an unparsed row and the forecast
# `偏差原因`, hunt fam): an indicator table's deviation heads (labels.HEADER_ROLES, `偏差原因分析及改进措施` too — it was
# no head here, the goal lost in an unparsed row and the head read as the forecast, twins tw2)
_GOAL_REASON_HEADS = frozenset(label_key(x) for x in L.HEADER_ROLES["indicator"]["deviation"])
# what will be done about it, its own head beside the reason's (`… | 偏差原因 | 改进措施`; it was lost, review rvb)
_GOAL_MEASURE_HEADS = frozenset(label_key(x) for x in L.MEASURE_HEADS)    # (labels.py's: parsers.core's table ends too)
def _level1_heading(row: Row) -> str | None:
    """A line of a first level's name alone (`产出指标`, `二、效益指标（30分）`), as a heading over the indicator table
    of that level: the name without its outline number; else None (`可持续影响指标`, a second level's name, is none)."""
    if len(row.cells) != 1:
        return None
    text = clean(row.cells[0].text) or ""
    if len(text) > 16:
        return None
    l1, _, key = level_info(text)
    if l1 is None or key in ("可持续影响", "可持续") or not re.search(r"(?:指标|目标)(?:[(（][^()（）]*[)）])?[:：]?$", text):
        return None
    return re.sub(OUTLINE_NUMBER, "", text).rstrip(":：") or None


# the labels of a government web page's record of itself (政府信息公开 pages), above the form it publishes
_PAGE_META = frozenset(label_key(x) for x in ("索引号", "发布机构", "生成日期", "公开方式", "公开范围", "发文日期", "主题分类",
                                             "信息分类", "发布日期", "成文日期", "文号", "发文字号", "信息名称", "信息索引号",
                                             "公开时限", "有效性", "主题词", "组配分类", "体裁分类", "发布时间", "来源",
                                             "信息来源", "公开日期"))
_RECORD_KEYS = frozenset(label_key(x) for x in ("索引号", "信息索引号"))     # (the record's own mark)
_TASK_LABELS = frozenset(label_key(x) for x in ("年度主要任务", "主要任务", "年度重点任务", "重点任务", "部门年度主要任务",
                                               "年度重点工作任务", "重点工作任务", "年度重点工作", "重点工作"))
_TASK_HEADS = frozenset(label_key(x) for x in ("任务名称", "任务", "主要内容", "任务内容", "工作内容", "主要工作内容", "具体内容",
                                               "实施内容", "重点工作名称", "重点工作"))
# points in a head's brackets: `得分（分值10分）`, `得分（10分）`, `得分（满分：10）`
_HEAD_POINTS = lazy(r"[(（]\s*(?:(?:分值|满分|权重)\s*[:：]?\s*)?(\d+(?:\.\d+)?)\s*分\s*[)）]"
                          r"|[(（]\s*(?:分值|满分|权重)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*[)）]")
# what was done, written after the goal's last sentence in its cell (`…以上。实际完成：…`, `…改善。完成情况：…`)
_GOAL_DONE_INLINE = lazy(r"(?<=[。；;])\s*(?:(?:实际|全年|年度)?(?:目标)?完成(?:情况|结果)|实际完成值?)\s*[:：]")


def _money_label_key(text: str) -> str:
    """The key of a money label, without the amount written after it in its cell (`中期资金总额：4,200.00`)."""
    return label_key(_TRAILING_AMOUNT.sub("", text))


_TRAILING_AMOUNT = lazy(r"[:：]?\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元)?\s*$")
_PERIOD_TOTALS = frozenset(label_key(x) for x in ("中期资金总额", "中期预算资金总额", "实施期资金总额", "实施周期资金总额",
                                                    "中长期资金总额", "中长期预算资金总额",
                                                    "总体资金总额"))
# a monitoring form's column of the year so far (中期（1-6月）, 1-6月, 上半年): the execution to date, no period of years
# (`1-6月`, `1月-6月`, `一至六月`, `截至6月底`: the months so far spelled once, normalize.dates' SO_FAR_PERIOD — this
# third spelling read no `1月-6月执行数`, the money spent lost, review rv110's leftover)
_TO_DATE_HEAD = re.compile(rf"^(?:中期|期中)?[(（]?{SO_FAR_PERIOD}[)）]?(?:执行数|执行情况|实际执行数|支出数)?$")
_YEAR_BUDGET_HEADS = frozenset(label_key(x) for x in ("年度", "全年", "年度预算", "全年预算", "年度资金", "年度资金总额",
                                                     "全年预算资金", "年度预算数",
                                                     # (`本年安排 | 1-6月执行数 | 执行率`: the year's money so named
                                                     # beside what was spent; `合计 | 本年安排 | 上年结转`, no 执行数
                                                     # column, stays the year's money split by source)
                                                     "本年安排", "当年安排", "本年度安排", "年度安排", "本年安排资金",
                                                     "年度安排资金"))
_PERIOD_ROW_HEADS = frozenset(label_key(x) for x in ("期间", "时期", "资金期间", "项目期间", "阶段", "期限"))
_YEAR_ROW = lazy(r"^(?:19|20)\d{2}年度?$")

def _row_shift(nums: dict, labels: list, pcol: int, ycol: int) -> int:
    """How many columns a money row sits right of the period's and the year's heads: 1 for a text page's rows rebuilt
    cell by cell whose head row lost its empty cell (`项目资金（万元） | 中期资金总额 | 年度资金总额` over `| 资金总额 |
    9,600.00 | 3,200.00`: the row's one label and its two amounts, as far apart as the heads, one column right — the
    amounts still the period's and the year's; the row was not read and the year's budget lost); else 0."""
    cols = sorted(nums)
    if len(cols) == 2 and len(labels) == 1 and cols == sorted((pcol + 1, ycol + 1)) \
            and labels[0].col == min(pcol, ycol):
        return 1
    return 0


def _head_year(text: str) -> int | None:
    """The year a money column's head (or a goal's, `年度目标（2025年）`) names in a bracket after its word,
    `年度（2025年）`, also in full-width digits, `年度（２０２５年）`, without its 年, `年度（2025）`, or before a unit's
    bracket, `年度（2025年）（万元）`; else None (they were left with none, review rv116). Not a span,
    `年度（2025-2026年）`."""
    m = _BRACKETED_YEAR.search(bare_fold(_NAME_UNIT.sub("", text)))
    return int(m.group(1)) if m else None


# the years a money column's head is led by, `2024-2026年中期资金总额 | 2025年度资金总额` (the 年 of 年度 kept: the word's)
# (normalize.dates' SPAN_DASH, no copy of it, and the first year's 年 too: `2024–2026年`, `2024年-2026年` were no heads,
# review rv128)
_HEAD_LEAD_YEARS = lazy(rf"^\s*(?:19|20)\d{{2}}(?:\s*年?\s*{SPAN_DASH}\s*(?:19|20)\d{{2}})?(?:\s*年(?!度))?\s*")


@value_cache(maxsize=1 << 16)   # (a pure function of its texts, asked of the same cells form after form, sp12)
def _period_head_key(text: str) -> str:
    """A period or year column's head without the years leading it: `2024-2026年中期资金总额` is a 中期资金总额 head,
    `2025年度资金总额` a 年度资金总额 one (they were no heads: the year's money lost, review rv116)."""
    return label_key(_HEAD_LEAD_YEARS.sub("", text, count=1) or text)


def _money_label_year(label: str) -> int | None:
    """The one year a money block's label or a year column's head opens with (`2025年项目资金（万元）`,
    `2025年度资金总额`), LEAD_YEAR's as for a budget_year label's (`2024年计划投资`, _set): the year its money is of;
    None for a span's (`2024-2026年中期资金总额`) or none."""
    return int(ly.group(1)) if (ly := LEAD_YEAR.match(fold(label))) is not None else None


_PERIOD_HEADS = frozenset(label_key(x) for x in ("实施期资金总额", "中期资金总额", "实施期资金", "中期资金", "实施期",
                                               "实施期总额", "项目总资金", "实施周期资金总额", "中期资金安排",
                                               # (`中期（2023-2025年） | 年度（2023年）`: the period and the year named by their years)
                                               "中期")) \
    | frozenset(label_key(x) for x in L.PERIOD_MONEY_LABELS)   # (`政策期资金总额 | 年度资金总额`, `项目期资金总额`: the
# period's money in every spelling of budget_total's family — the year's side was lost, the split the period's: rv143)
_YEAR_HEADS = frozenset(label_key(x) for x in ("年度资金总额", "年度资金", "当年资金", "本年资金", "年度", "当年",
                                             "年度预算", "本年度资金", "年度资金安排"))
_INCOME_HEADS = frozenset(label_key(x) for x in ("收入", "收入预算", "收入情况", "预算收入", "资金来源", "收入来源",
                                                "按收入性质分", "按收入来源分"))
_SPENDING_SIDE = frozenset(label_key(x) for x in ("支出", "支出预算", "支出情况", "预算支出", "资金用途", "支出用途",
                                                 "按支出性质分", "按支出用途分"))
_SIDE_HEADS = _INCOME_HEADS | _SPENDING_SIDE
# the two sides' column heads under `收入 | 支出` (资金来源 | 金额 | 资金用途 | 金额)
_SIDE_COLUMN_HEADS = _INCOME_HEADS | _SPENDING_SIDE | frozenset(
    label_key(x) for x in ("金额", "资金用途", "支出用途", "用途", "支出项目", "支出类别", "预算数"))
# a column head naming where money comes from (中央资金, 省级财政资金, 市县配套资金, 自筹资金, 专项债券资金), or a row's
# label naming a level of government's share (自治区本级, 市级配套, 盟市配套, 中央补助: a 自治区 form's sources)
_LEVELS = "中央|自治区|自治州|省|省级|市|市级|州|盟|盟市|地市|地区|县|县级|旗|旗县|区|区级|市县|市县级|县区|县市区|区县|乡镇|地方|兵团"
_BARE_LEVEL = lazy(rf"^(?:{_LEVELS})$")   # `中央`, `市县`: a source's level alone, as a sub-head of a money column
_SOURCE_HEAD = lazy(rf"^(?:{_LEVELS}|本级|上级|财政|自筹|"
                          r"银行|专项债券|一般债券|债券|其他|单位|单位自有|自有)(?:本级)?(?:财政)?(?:衔接|预算内)?"
                          r"(?:补助|奖补|配套|投入|拨款|专项|转移支付|专项转移支付|一般性转移支付)?(?:资金|经费|投资)$"
                          # (a 转移支付 form's `其中：中央补助 | 地方资金`)
                          rf"|^(?:{_LEVELS}|上级)(?:本级|级)?(?:财政)?(?:补助|配套|自筹)$|^(?:本级)?配套$"
                          # (and a level's government money by its 财政 alone, `县级财政（万元） | 500` on a loose row with no
                          # 资金来源 head: a source line as `县级财政资金`'s — it was an unparsed row, hunt mn18; one
                          # alternative with `县级` alone, review rv61)
                          rf"|^(?:{_LEVELS})(?:(?:本级|级)(?:财政)?|财政)$"
                          # (a 基本建设 form's `地方政府专项债券`, `企业自筹`)
                          r"|^(?:地方政府|政府)?(?:专项|一般)?债券(?:资金)?$|^(?:企业|单位|村集体|群众)自筹(?:资金)?$"
                          # (a 彩票公益金 form's `中央专项彩票公益金 | 省级福彩公益金`; a 一事一议 form's 村民筹资 / 筹劳折资)
                          rf"|^(?:{_LEVELS})?(?:本级|级)?(?:专项)?(?:福利|体育)?(?:彩票|福彩|体彩)公益金$"
                          r"|^(?:村民|群众|农户)筹资$|^(?:村民)?筹劳折资$"
                          # (the public's money as labels.SOCIAL_MONEY names it, one rule: `社会资金`, `社会投资`,
                          # `社会资本`, `社会投入资金`, `社会捐赠` — a bare 社会 before 补助 / 配套 / 财政 … was a source's head
                          # of its own here, hunt mn8)
                          # (and a 一事一议 form's `社会配套资金`, `社会补助资金`, `社会专项资金`: the public's share too,
                          # review mend)
                          rf"|^(?:{L.SOCIAL_MONEY}|社会(?=配套|补助|专项))(?:配套|补助|专项|投入|出资|筹资|捐[赠助])?"
                          r"(?:资金|经费)?$")
# (a head's own unit after it, `2024年（万元）`, `合计(万元)`: the year's column still — the first year's amounts were
# read as the form's money, the form's year's lost, hunt mn7)
_YEAR_OR_SUM = lazy(r"^(?:(?:中期|实施期|三年|项目期|总)?(?:合计|总计)|中期资金(?:总额)?|实施期资金(?:总额)?|(?:19|20)\d{2}\s*年度?)"
                          r"(?:[(（](?:单位[:：])?(?:亿元|万元|千元|元)[)）])?$")
_SUM_KEYS = frozenset({"合计", "总计", "合 计"})   # a money block's total row
# a money block's total head of the 合计 family in another spelling (`资金合计`, `金额合计`, `小计`, `合计金额`): read as
# `合计` is (the figure under it was lost without a word, review rv136)
_SUM_HEAD = lazy(r"^(?:资金|金额|预算|经费)?(?:合计|总计|小计)(?:金额|数)?$")
# a total's own label (`资金总额`, `总额`, `总金额`, `预算总额`, `项目资金总额`): under a label naming the year's total
# (`年度资金总额（万元） | 资金总额 | 财政拨款 | …`) the year's, as a 合计 head there is (hunt of13; 预算总额, review rv136)
_YEAR_BLOCK_TOTAL = lazy(r"^(?:项目)?(?:资金|预算)?(?:总额|总金额)$")


# a period total's label's word (`中期资金总额`, `政策期资金总额`, `项目实施期资金`: _period_part): labels' period words
# (budget_total's family) with 中期 / 三年, longest first (it was a shorter twin: `政策期` / `项目周期` lost the year's
# split, review rd69 C); not a period's own label (`实施期限`, `建设期间`: review rv149)
_PERIOD_WORD = lazy("^(" + "|".join(sorted({"中期", "三年", *L.PERIOD_WORDS}, key=lambda w: (-len(w), w))) + ")(?![限间])")


def _glued_sum(name: str | None) -> bool:
    """A money line's name of a kind glued to its sum's word (`财政资金小计`, `上级补助合计`: _drop_glued_subtotals)."""
    return name is not None and len(name) > 2 and name.endswith(("小计", "合计"))


def _place(cell: Cell) -> int:
    """Where a cell stands down the document: its text line where the dump gives one (a text dump's rows may each be a
    grid of their own), else its grid row."""
    return cell.line if cell.line is not None else cell.row


def _sum_head(key: str, year_total: bool = False) -> bool:
    """A money block's head (a label_key) naming its total as a `合计` does (`资金合计`, `小计`); with year_total (the
    block's label names the year's total) also a total's own label (`资金总额`, `预算总额`)."""
    return key in _SUM_KEYS or "计" in key and _SUM_HEAD.match(key) is not None \
        or year_total and "总" in key and _YEAR_BLOCK_TOTAL.match(key) is not None
_INCOME_SUMS = frozenset(label_key(x) for x in ("收入预算合计", "收入合计", "预算收入合计", "收入总计", "收入预算总计"))
_SPENDING_SUMS = frozenset(label_key(x) for x in ("支出预算合计", "支出合计", "预算支出合计", "支出总计", "支出预算总计"))
# a numbered sub-block title in a row of labels (`1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况`)
_SUB_HEADING = lazy(r"^\s*(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*\D{2,20}$")
# a report's numbered heading under a table (`(三)存在的问题和原因`, `三、改进措施`): it ends the table
_REPORT_HEADING = lazy(r"^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}[、.])\s*"
                             r"(?:存在|问题|改进|下一步|整改|结果应用|其他|自评结论|评价结论|经验|意见|建议|主要)")
_POINTS_AT_END = lazy(r"\d\s*分\s*\)?\s*$")
# a project library's code as written beside a name: a letter or a figure, then six to forty of them, dashes, lines
# (one word for both readers: the code before the name, _NAME_CODE, and after it, _CODE_AFTER_NAME — review rv100)
_CODE_WORD = r"[A-Za-z0-9][A-Za-z0-9\-_]{5,39}"
_CODE_ALONE = lazy(r"^\s*[(（\[【]?\s*(\d{3,})\s*[)）\]】]?\s*$")   # `126`, `[121]`: a code in a cell of its own
# a year alone before a body's name, apart from it by a space or a dash (`2024 新化县交通运输局`), no word of a 年度
_YEAR_LEAD = lazy_regex(r"^\s*(?:19|20)\d{2}(?:\s*[-－—_:：]\s*|\s+)(?=\p{Han})(?![年月日度])")
# a year in brackets after a body's name (`新化县交通运输局（2024）`, `(2024年度)`)
_YEAR_TAIL = lazy(r"\s*\(\s*(?:19|20)\d{2}\s*(?:年度?)?\s*\)\s*$")
_CODE_GLUED = lazy(r"^\s*(\d{3,})\s*[-－—_:：]?\s*([^-－—_:：\d\s年月日].*?)\s*$")   # (`102-新化县…`: its dash no word)
_SCORE_SUFFIX = lazy(r"得分$")     # (`预算执行率得分`: the rate's key, FormReader._rate_row_outside)
# a name's closing word, its phase after it (`…工程（二期）`): a project's or works' (_WHOLE_NAME_END), a fund's
# (_FUND_CLOSE) — one list of words for the three tests (they were two copies: review rd67)
_PHASE_AFTER = r"(?:\([^()]{1,8}\))?$"
_PROJECT_WORDS, _FUND_NAME_WORDS = "项目|工程", "资金|经费"
# a project's name ending in its closing word: whole by itself
_WHOLE_NAME_END = lazy(rf"(?:{_PROJECT_WORDS}){_PHASE_AFTER}")
# a name's closing word, of a project's, works' or fund's name
_NAME_CLOSE = lazy(rf"(?:{_PROJECT_WORDS}|{_FUND_NAME_WORDS}){_PHASE_AFTER}")
_NAME_TAIL = lazy_regex(r"[\p{Han}（）()0-9A-Za-z]{1,12}")
# a fund's closing word, after a works' or project's name it funds (`…农村供水工程 | 维修养护补助资金`)
_FUND_CLOSE = lazy(rf"(?:{_FUND_NAME_WORDS}){_PHASE_AFTER}")


def _name_over_two_cells(cells: list[Cell]) -> list[Cell]:
    """`项目名称 | 会昌县农村饮水安全 | 巩固提升工程` (a name written over two cells of its row, a converter's split of a
    merged one): the name the two joined, when the second, a few words of no label, closes it with its closing word
    and the first alone does not (the second was dropped without a word, the name cut: hunt ti21), or the first
    closes a works' or project's name the second's 资金 / 经费 funds (`四川省农村供水工程 | 维修养护补助资金`); the
    second's words may hold figures (`2号路改造工程`), another field's label and value may go on after it
    (`… | 提质增效工程 | 项目编码 | …`: review rv135); else CELLS."""
    lab, first, second = cells[:3]
    if match_field(lab.text) != ("name", None) or second.col <= first.col \
            or (len(cells) > 3 and match_field(cells[3].text) is None):
        return cells
    a, b = _WS.sub("", fold(first.text)), _WS.sub("", fold(second.text))
    if not a or not _NAME_TAIL.fullmatch(b) or not _NAME_CLOSE.search(a + b) \
            or _NAME_CLOSE.search(a) and (_FUND_CLOSE.search(a) or not _FUND_CLOSE.search(b)) \
            or match_field(second.text) is not None or match_field(first.text) is not None:
        return cells
    return [lab, replace(first, text=first.text.rstrip() + second.text.strip()), *cells[3:]]


def _beside_the_name(cells: list[Cell]) -> Cell | None:
    """`项目名称 | …工程 | 新建项目` (three cells, the name's row): the third, words of no field's label, no figure nor
    code (`项目名称 | … | 360733240000012` is the name's code), when it stands right of the name; else None (a label
    of no value, `项目名称: | … | 是否为专项资金:`, loses nothing)."""
    lab, name, third = cells
    t = clean(third.text) or ""
    if third.col <= name.col or not t or t[-1] in ":：" or match_field(lab.text) != ("name", None) \
            or not _HAN_PAIR.search(t) \
            or match_field(third.text) is not None or is_number(third.text) or match_field(name.text) is not None:
        return None
    return third


_HAN_PAIR = lazy_regex(r"\p{Han}{2}")   # (two Han characters: words, not a code or a figure)
# a name's cut end, dots where the cell ended (`…工程...`, `…工程…`, `…工程……`)
_CUT_END = lazy(r"\s*(?:\.{3,}|…+|。{3,})\s*$")
_CUT_END_RAW = lazy(r"\s*(?:[.．]{3,}|[…⋯]+|。{3,})\s*$")     # (the same, in a text as written)
# a title's first line cut at the page's edge: words, a year (`新化县2024年农村公路安全生命防护`)
_SEAL_WORD = lazy(r"盖\s*章|公\s*章|签\s*章")   # (`新化县农业农村局（盖章）`: a body's seal line)
# a title's first line ending in a works' name (its phase after it: `…改造工程（二期）`), a name whole by itself; or in
# the deed a project's name goes on from into its 项目 (`2025年宁乡市智慧校园建设` over `项目绩效目标申报表`: it was
# null, hunt ti20; so the other deeds of works, `…河道治理`, `…路灯维护`, `…系统升级`: review rv125)
_WORKS_END = lazy(r"(?:工程\s*(?:\([^()]{1,6}\))?|建设|[新扩改]建|改造|提升|升级|整治|治理|维修|维护|修复|养护|购置|修缮)$")
_TITLE_HEAD_LINE = lazy_regex(r"(?:[\p{Han}A-Za-z（）()·]|(?:19|20)\d{2}\s*年度?)+")
# (a year or a span of years is no code, `2024-2025 年度农村公路日常养护`: its 年 no word of a name — it was the code,
# the name `年度…`, review rv7)
# (a figure with its measure's unit is no code, `220kV-110kV 输变电线路迁改工程`, `【110kV】城关变电站改造工程`: the
# voltage is the name's — it was code `220kV-110kV`, name `输变电…`; and a span of dates, `20240101-20241231 农村公路日常
# 养护`, `202401-202412 …`, is the project's period, no code: left out of the name, put nowhere — review mend2)
_UNIT_IN_CODE = r"(?![A-Za-z0-9\-－_]*?\d(?:[kKmMG][VvWw][Aa]?[hHp]?|[Vv]|[Tt]|[Kk][Mm]|[Mm][Mm23²³]?|MPa)(?![A-Za-z0-9]))"
_DATE_NO = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?"
# (one day's date before a name, `20240101 农村公路养护项目`, is no code either: a date the form does not say the meaning of
# — the project's start, its entry in the library — left out of the name and put nowhere, as a span of dates; it was
# project_code `20240101`, hunt ti6)
# (so a day written with dashes, dots or slashes, `2024-01-01 …`, `2024.3.15 …`: it was code `2024-01-01`, or in the
# name; but eight digits under a label asking a code, `项目名称及编码 | 20240101 …`, are the code the form asks — review
# rv12)
# (and a month's six digits, `202401 农村公路养护项目`, `202403-…`: a year and its month, no code — a project library's
# codes are longer or lettered, `43112224000000001234`, `JYJ-001`, `2023ZYD0045`; it was project_code `202401`, review
# rv12; under a label asking a code, `项目名称及编码 | 202401 …`, the code it asks, as a day's; and six digits whose
# year is more than 3 years from the form's, `203001 …` under a 2024 title, a code still (a unit's): hunt ti7)
_DAY_NO = (r"(?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?"
           r"|(?P<sep>[-./])(?:0?[1-9]|1[0-2])(?P=sep)(?:0?[1-9]|[12]\d|3[01]))(?!\d)")
# (a year or a span of years, `2024`, `2024-2026`, and a span of dates, `20240101-20241231`: no code on either side of
# the name — one test for _NAME_CODE and _CODE_AFTER_NAME)
_YEARS = r"(?:19|20)\d{2}\s*(?:[-－—~～至]\s*(?:19|20)?\d{2}\s*)?"
_PERIOD = rf"{_DATE_NO}\s*[-－—~～至]\s*{_DATE_NO}"
# a project library's code before a project's name: bracketed (`[2024-001]`, `【P2024001】`: three digits or more, not a
# year alone) or bare and long (`43112224000000001234 `, six digits or more) before a space or a dash
_NAME_CODE = lazy_regex(rf"^\s*(?!(?:[\[【]\s*)?{_YEARS}(?:[\]】\s]|$))"
                        rf"(?:[\[【(（]\s*(?P<period>{_PERIOD})\s*[\]】)）]"
                        rf"|(?P<period>{_PERIOD})\s*(?:[-－—_:：]|\s)\s*"
                        rf"|(?P<day>{_DAY_NO})\s*(?:[-－—_:：]|\s)\s*"
                        rf"|[\[【]\s*(?P<code>{_UNIT_IN_CODE}(?=(?:[A-Za-z\-－_]*\d){{3}})[A-Za-z0-9][A-Za-z0-9\-－_]*?)\s*[\]】]"
                        rf"|(?P<code>{_UNIT_IN_CODE}(?=(?:[A-Za-z\-]*\d){{6}}){_CODE_WORD})\s*(?:[-－—_:：]|\s)\s*)"
                        r"\s*(?P<name>(?![年月日度亩吨])\p{Han}.*)$")
# a code written after a name or alone under a label asking it: six characters or more, digits three at least; no year,
# span of years or of dates, nor a day written with dashes (`农村公路养护工程 2024-2026`, `… 20240101-20241231`: the
# project's period, as before the name — it was the project_code, review rd63); a day's bare digits are the code the
# label asks (`… 20240101`, as `项目名称及编码 | 20240101 …`: review rv12)
_CODE_OF_NAME = (rf"(?!(?:{_YEARS}|{_PERIOD}|{_DAY_NO}(?(sep)|(?!)))\s*$)"
                 rf"(?=(?:[A-Za-z\-_]*\d){{3}}){_CODE_WORD}")
# a name, a space and a code after it (`校园安全监控改造 32010024`, `… ZJ-2024-001`)
_CODE_AFTER_NAME = lazy_regex(rf"^\s*(.*?\p{{Han}}[^\s]*)\s+({_CODE_OF_NAME})\s*$")
# a year, a span of years or of days alone in a code's box, its 年 after it (`2024-2026`, `2024—2026年`,
# `20240101-20241231`): no code
_YEARS_ALONE = lazy_regex(rf"^\s*(?:{_PERIOD}|{_YEARS})\s*年?度?\s*$")
# a year and two digits (`2024-05`; _year_and_number says whether they can end a span of it)
_YEAR_AND_NUMBER = lazy_regex(r"^\s*((?:19|20)(\d{2})\s*[-－—~～至]\s*(\d{2}))\s*$")


def _year_and_number(text: str) -> bool:
    """Is TEXT a year and two digits that cannot end a span of it (`2024-05`, `2024-18`: the year's fifth project, a
    code — it was taken for a span of years and dropped from project_code, review rv114)? `2024-26` is a span."""
    return (m := _YEAR_AND_NUMBER.match(text)) is not None and int(m.group(3)) <= int(m.group(2))


def _code_alone(text: str) -> str | None:
    """The code a code's box holds alone (`34152224R000000456`, a year and its number `2024-05`), else None."""
    if (m := _BARE_CODE.match(folded := fold(text))) is not None:
        return m.group(1)
    return _YEAR_AND_NUMBER.match(folded).group(1) if _year_and_number(folded) else None


_BARE_CODE = lazy_regex(rf"^\s*({_CODE_OF_NAME})\s*$")     # (`项目名称编码 | 34152224R000000456`: the code alone)
# an administrative division's six digits (行政区划代码: a province's two, 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71,
# 81-82, a city's two, a county's two): no project's code (hunt ti8)
_DIVISION_CODE = lazy(r"^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])(?:0[1-9]|[1-8]\d|90)\d{2}$")
# the marks quoting a name (a book's, curly or straight quotes — a straight one typed and a curly one put in for the
# other, `"…项目”`, still quote it): one set for a cell's whole name and a title's (review rv125: the cell's was its own
# list, of matched pairs only)
_QUOTE_OPEN, _QUOTE_CLOSE = '《“"', '》”"'
_QUOTE_MARKS = '《》“”"'
# (a name's cell ending in a list's mark, `A项目；B项目；`; lenticular brackets round a whole name, `【…项目】`: hunt ti7;
# so quotes round it, `“…项目”`, `"…工程"`, `《…项目》`, as round a title's whole name — round a part,
# `…“智慧校园”建设项目`, kept: hunt ti20)
_LIST_CLOSE = lazy(r"\s*[;；、,，]+\s*$")
_MARKED_WHOLE = lazy(rf"\s*(?:【\s*([^【】]+?)\s*】|[{_QUOTE_OPEN}]\s*([^{_QUOTE_MARKS}]+?)\s*[{_QUOTE_CLOSE}])\s*")
# a title's name quoted whole before its closing 项目 (`2025年《宁乡市农村饮水安全巩固提升工程》项目绩效目标表`, `“…”项目`):
# the marks a way of setting it out, no part of the name — `宁乡市…工程项目`, as the title of no quotes reads (it was
# `《宁乡市…工程》项目`, hunt ti19); quotes round a part of it (`宁乡市“雪亮工程”建设项目`) are the name's, kept
_QUOTED_WHOLE = lazy(rf"^([^{_QUOTE_MARKS}]*?)\s*([{_QUOTE_OPEN}])\s*([^{_QUOTE_MARKS}]+?)\s*[{_QUOTE_CLOSE}]"
                     r"\s*(项目|工程)?\s*$")


def title_name(text0: str, fits, group: str | None, ending: re.Pattern) -> str | None:
    """The name a title line TEXT0 gives its form when its words before ENDING name one (FITS(the name)), its table
    number, unit and own year left out, as the title writes it; else None — a fund's, the words before the ending; a
    project's (GROUP `proj`), the ending's 项目 / 工程 kept (_fund_of). One reader for a form's name from its title
    (the form's reader, _name_from_titles, and layouts.base's names of forms whose reading raised: they were two rules
    that disagreed, hunt ti24)."""
    # (`基层医疗机构能力提升项目2024年度绩效目标表`: the year between the project and the form's words left out, as
    # before the project — the name was null, hunt fam4)
    # (`…项目绩效目标表          单位：万元`: the money's unit on the title's line no word of it — the name was null,
    # header_missing, hunt ti23)
    # (a bracketed year there only when it is the title's one year, the form's: `2025年…资金（2024年度）绩效目标表` keeps
    # its other year's bracket, as the name's rule keeps one)
    text = _YEAR_AFTER_PROJECT.sub(r"\1", _number_off(_UNIT_AFTER_TITLE.sub("", text0) if "单位" in text0 else text0))
    if ("(" in text or "（" in text) and len(set(_ANY_YEAR.findall(text))) == 1:
        text = _BRACKET_YEAR_AFTER_PROJECT.sub(r"\1", text)
    if group is not None:
        # (`关于新化县农村公路安防工程项目绩效目标表`: the title's 关于 no word of the project's name — it was
        # `关于新化县…项目`, review rv3)
        text = _ABOUT_LEAD.sub("", text)
    named = _fund_of(text, ending, group)
    if not named or group is not None and _YEAR_BEFORE_END.search(named):
        return None                 # (`新化县疾病预防控制中心2024年项目支出…`: a body's year of projects, none named)
    # (`新化县2024年县人民医院…项目`: the place's 县 said again after the year, once — it was `新化县县人民医院…`;
    # `新化县2024年县域…` keeps its 县域, review rv3)
    named = _PLACE_TWICE.sub(r"\g<p>", named)
    year = YEAR_WORD.search(named)
    cut = year.start() if year is not None and group is not None else None
    named = _years_out(named)
    named, cut = _unquoted_whole(named, cut)
    if named and group is not None and (past := _past_filer(named, fits, cut)) != named:
        # (the body filing it left out when the rest names the project, whether or not the whole did:
        # `新化县气象局2024年乡镇自动气象站项目` — a body then an institution, no name — review rv3)
        return _as_title_writes(past, text0)
    if named and fits(named):
        return _as_title_writes(named, text0)
    return None


def title_project_name(text: str) -> str | None:
    """The project or fund a form's own title line TEXT names (`安定区城区集中供热管网改造项目支出绩效目标表`,
    `…村级组织运转经费绩效目标表`), as the form's reader takes it when the form writes no 项目名称 and states no unit;
    else None (a body's, a class's or a kind of money's title)."""
    for ending in (_PROJECT_TITLE_END, _PUBLISHED_TITLE_END, _SCORE_TITLE_END):
        named = title_name(text, _project_fits, "proj", ending)
        if named:
            return named
    return title_name(text, _names_fund, None, _FUND_TITLE_END)


def _project_fits(named: str, own: list[str] | tuple = ()) -> bool:
    """Whether a title's words before its form's words (`新化县农村公路养护项目`) name a project (OWN: the form's
    units)."""
    return len(named) >= 6 and not GENERIC_PROJECT.match(named) and not PLACEHOLDER_NAME.match(named) \
        and _names_project(named, own)


def _years_out(text: str) -> str:
    """A title's words with its own years left out, a year in brackets kept as written (`新化县2024年教育发展资金（2023年
    结转）` -> `新化县教育发展资金（2023年结转）`: it was `…（结转）`, a name no document writes — review rd69 E)."""
    if "（" not in text and "(" not in text and "【" not in text:
        return YEAR_WORD.sub("", text)

    def out(m: re.Match) -> str:
        before = m.string[:m.start()]
        depth = sum(before.count(c) for c in "（(【") - sum(before.count(c) for c in "）)】")
        return m.group(0) if depth > 0 else ""
    return YEAR_WORD.sub(out, text)


def _unquoted_whole(named: str, cut: int | None) -> tuple[str, int | None]:
    """A title's name (its year left out at cut) with the quotes round its whole name dropped (_QUOTED_WHOLE): quotes
    opening it or where its year stood — a place or the filing body before the year, `宁乡市2025年《农村…工程》项目` /
    `宁乡市水利局2025年《…》项目`, as the title of no quotes reads (they were kept, review rv119); quotes after other
    words, `宁乡市“雪亮工程”项目`, round a part, kept. cut moved past the opening mark when the year was inside."""
    quoted = _QUOTED_WHOLE.fullmatch(named)
    if quoted is None:
        return named, cut
    lead, mark = quoted.group(1).strip(), quoted.start(2)
    if lead and (cut is None or cut > mark or named[cut:mark].strip()):
        return named, cut
    return lead + quoted.group(3) + (quoted.group(4) or ""), cut - 1 if cut is not None and cut > mark else cut


_NAME_FIELDS = frozenset({"name", "department", "unit", "leader", "contact", "category"})   # names, never a figure
_UNIT_LABEL = lazy(r"^\s*(?:金额|货币|资金)?单位\s*[:：]?\s*$")   # (alone in its cell, the unit in the next)


def _unit_pair(label: Cell, value: Cell) -> str | None:
    """`金额单位: | 万元`: the money unit a label cell and the cell after it declare, else None."""
    unit = _unit_word(value.text)
    return unit if unit is not None and _UNIT_LABEL.match(fold(label.text)) else None


@lru_cache(maxsize=1 << 16)
def _unit_word(text: str) -> str | None:
    """A cell that is a money unit alone (`万元`, folded), else None: the value of `_unit_pair` (asked of every cell after
    the first of each row a form reads until its unit is found: once a text)."""
    unit = fold(text).strip()
    return unit if unit in _UNIT_WORDS else None


_UNIT_WORDS = frozenset(_UNITS.split("|"))
# an allocation table's caption (…专项资金安排表 / 分配表 / 分配明细表) and a form's title: what is left of
# them once that ending (and a leading `附件1` / `2.`) is cut is the fund they name
_ALLOCATION_TITLE = re.compile(r"(?:安排|分配)(?:明细|情况)?表?$")
_SCORE_WORDS = frozenset(label_key(x) for x in ("得分", "实际得分", "评分", "自评分", "复核得分", "复核分"))
_SEQ_HEADS = frozenset(label_key(x) for x in ("序号", "编号"))
_SEQ_NUMBER = lazy(r"^[(（]?\d{1,4}[)）.、]?$")
# a row's number in a 序号 column, in figures or in words (`5`, `（五）`, `五、`)
_ROW_NO = lazy(r"^[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]?$")
# a year in brackets after a title (`（2024年度）`, `(2024年)`, `（2024）`)
_BRACKETED_YEAR = lazy(r"[(（]\s*((?:19|20)\d{2})\s*(?:年度?)?\s*[)）]\s*$")
# a title's first line of three that is its place and year alone (`洞口县2024年`, `湖南省2024年度`): _title_start
# (not a cut-off's `截至2024年` / `截止2024年` over a title of two lines, the time its figures are of: it was joined
# into the title, hunt ti14)
_TITLE_YEAR_LEAD = lazy(r"^(?!截[至止])[\u4e00-\u9fff]{0,12}(?:19|20)\d{2}\s*年度?$")
# how the first line of a title broken over two ends (`浦城县2024年度县级预算项目` over `绩效目标表`)
_TITLE_START_END = lazy(r"(?:项目|支出|资金|经费|专项|预算|财政|部门|整体|本级|转移支付)$")
# the words ending a form's title or its sheet's name after the project's or fund's name (`…绩效目标表`, `…绩效目标申报表`,
# `…支出绩效自评表`, `…绩效监控情况表`, `…申报表`); `proj`: the name's 项目 before them (a fund's name is without it)
# (a sheet's name may leave out the 表: `…项目绩效目标`, `…项目支出绩效`)
FORM_TITLE_END = re.compile(rf"{_TITLE_PROJ}?(?:{_FORM_WORDS}表|(?:支出)?绩效{_FORM_KIND}?)$")


def _cut_in_form_words(first: str, second: str) -> bool:
    """Is a title broken inside its form's words, the two lines' keys joined ending in them from the first on
    (`…建设项目绩效` over `目标申报表`: the second line was the title alone, hunt ti20)?"""
    end = FORM_TITLE_END.search(first + second)
    return end is not None and end.start() < len(first)


# a letter's list of the papers it sends (`附件：1.…绩效目标表`, `附件:2、…`), the colon before the number (not a paper's
# own head, `附件1：2024年…绩效目标表`)
_ATTACHMENT_ITEM = lazy(r"^附件[:：]\d{1,2}[.、．]")
_LIST_ITEM = lazy(r"^\d{1,2}[.、．]")      # (the list's next items, `2.绩效目标表（福彩公益金）`)
# a report's heading on its cover page (`2024年度部门项目支出绩效自评报告`, `…项目绩效评价报告`), passed over as a letter's
# is for the form's own title under it (it was the form's title, hunt ti17); a draft's or year's note after it too,
# `…自评报告（送审稿）`, `…评价报告书` (they were the title, review rv71). Not layouts.base's _REPORT_TITLE, a report's
# words anywhere in a document's titles (…总结, …通报): that one says a document is a report, this one a cover's line;
# nor _REPORT_HEADING, a report's numbered section heading
_COVER_HEADING = lazy(r"报告书?(?:[(（][^()（）]{1,12}[)）])?$")


def _long_heading(row: Row) -> bool:
    """Is ROW a report's heading on a line of its own, however long (`鄂尔多斯市康巴什区2024年…项目绩效评价报告`, hunt
    nw12)? Not a sentence broken at 报告, `根据《关于…2025年度…的通知》要求，…现将评价情况报告` (its clauses
    a sentence's: the notice's year no form's, review rv123)."""
    text = row.cells[0].text
    return row.is_text_line and bool(_COVER_HEADING.search(_WS.sub("", text))) and not _CLAUSE_BREAK.search(text)


# a heading naming what the form's targets are of (`关于蓬溪县…工程项目的绩效目标`, `关于…资金的绩效目标说明`), its 的
# left out too (`关于…工程项目绩效目标`: it was the title, review rv146): over the form's own title, no title of it
# (own_title_at)
_ABOUT_TARGETS = lazy(rf"^关于.{{2,80}}(?:支出)?绩效(?:目标|指标)(?:{L.EXPLAINED}|情况)?$")


def own_title_at(titles: list[str]) -> int:
    """The place of a form's own title among its TITLES (0 when there are none): its first, but past a covering
    letter's heading or a report's on its cover page to the form's title under it, where one follows, and past a
    letter's list of attachments (`附件：1.…表` / `2.…`) over another title (jixiao.pipeline's form_title reads the
    title there, RawForm.stated_year the year from there on — one place for both: the year was the cover's when the
    title was the form's, hunt ti18 / review rv80)."""
    k = 0
    if len(titles) > 1 and _ATTACHMENT_ITEM.match(_WS.sub("", titles[0])):
        # (`附件：1.…项目绩效目标表` / `2.…`, a letter's list of what it sends, over the form's own title: the form's —
        # it was the list's first line, hunt ti13)
        k = 1
        while k < len(titles) and _LIST_ITEM.match(_WS.sub("", titles[k])):
            k += 1
        # (the list alone, no title of the form's under it: the list's first line, as before ti13 — it was the list's
        # last item, md13 of code review rd)
        k = k if k < len(titles) else 0
    if k < len(titles) and (LETTER_TITLE.search(head := _WS.sub("", titles[k])) or _COVER_HEADING.search(head)
                            or _ABOUT_TARGETS.match(head)):
        # (a heading `关于…项目的绩效目标` over the form's title: a heading naming the project, no form's title — it
        # was the title, hunt ti22; the form's title under it may bear its year in brackets)
        own = next((j for j in range(k + 1, len(titles))
                    if FORM_TITLE_END.search(bare := _BRACKETED_YEAR.sub("", _WS.sub("", titles[j])))
                    and not LETTER_TITLE.search(bare) and not _ABOUT_TARGETS.match(bare)), None)
        if own is not None:
            return own
    return k


# (the township and place heads are labels.py's TOWN_HEADS / PLACE_HEADS, the packed lists' too)
_PLACE_HEADS = _PLACE_WORDS | frozenset(label_key(x) for x in (*L.TOWN_HEADS, *L.PLACE_HEADS, "属地", "单位", "分配地区"))
# a column of remarks beside a money table by place (its text each place's note)
_PLACE_REMARK_HEADS = frozenset(label_key(x) for x in ("备注", "说明", "备注说明", "分配依据", "测算依据"))
# a column's head naming a year (`2024年`, `2025年度`, `2024`): that year's money
_YEAR_HEAD = lazy(r"^(?:19|20)\d{2}(?:年度?)?(?:预算|资金|金额)?$")
# a line over a money table by place naming it (`资金分配表`, `资金分配情况`, `分配明细`)
_ALLOCATION_CAPTION = lazy(r"分配|资金|预算")
_PROJECT_HEADS = frozenset(label_key(x) for x in ("项目", "项目名称", "建设项目", "项目内容"))


_LEAD_STROKES = lazy(r"^\s*[十一丨|]+\s*(?=[\u4e00-\u9fff])")   # strokes a seal's or stain's ring left before a word


_SLASH = lazy(r"\s*[/／]\s*")


def _slashed_pairs(label: str, value: str) -> list[tuple[str, str]] | None:
    """`项目实施单位/项目负责人` beside `原州区农技中心/杨勃兴`: labels joined by a slash, each a field label
    (not a money one), beside as many values joined the same way: [(column, value), …]; else None."""
    names, values = _SLASH.split(label.strip()), _SLASH.split(value.strip())
    if not 2 <= len(names) <= 3 or len(names) != len(values) or not all(values):
        return None
    cols = [match_field(n) for n in names]
    if not all(m is not None and m[1] is None and m[0] not in L.MONEY_FIELDS for m in cols) \
            or len({m[0] for m in cols}) != len(cols):  # type: ignore[index]
        return None
    return [(m[0], v) for m, v in zip(cols, values)]  # type: ignore[index]


# an indicator's own place in its table, kept when a row of a 绩效目标调整情况 table below gives it its target in force
_KEPT_ON_MERGE = frozenset(("page", "line", "seq", "level1", "level1_std", "level1_weight", "level2", "horizon"))
# the target fields a 绩效目标调整情况 row replaces whole
_TARGET_ON_MERGE = frozenset(("target_raw", "op", "value", "value_max", "unit", "qualifier", "target_text", "target_year"))


def _adjustments_merged(indicators: list[dict]) -> list[dict]:
    """A 绩效目标调整情况 table's rows under the form's indicators (`养护里程 | ≥200公里 | ≥180公里 | 资金压减`, its note
    `调整前指标值：≥200公里`) merged into the indicator they adjust — the one above of that name (and level 2) whose target
    is the one before: its target is the one in force, the one before and the reason in its note, one record (it was
    two, the form's and the adjustment's, hunt fam2). A row adjusting no indicator above stays as it is."""
    def bare(text: str | None) -> str:
        return _WS.sub("", clean(text) or "")

    out: list[dict] = []
    for r in indicators:
        note = r.get("note") or ""
        before = next((part.partition("：")[2] for part in note.split("；")
                       if part.startswith("调整前指标值：")), None) if "调整前指标值：" in note else None
        name = bare(r.get("level3")) if before is not None else ""
        if before is None or not name:
            out.append(r)                  # no adjustment's row: nothing to merge it into
            continue
        level2, was = bare(r.get("level2")), _WS.sub("", fold(before))
        first = next((e for e in out if bare(e.get("level3")) == name
                      and "调整前指标值：" not in (e.get("note") or "")
                      and (not r.get("level2") or not e.get("level2") or bare(e["level2"]) == level2)
                      and _WS.sub("", fold(e.get("target_raw") or "")) == was), None)
        if first is None:
            out.append(r)
            continue
        own = first.get("note")
        for k, v in r.items():
            # the target in force whole (an adjusted text target clears the figure before it); any other field only
            # where the adjustment's row gives it (its 分值 / 得分 / 完成值 blank left the indicator's: they were wiped)
            if k in _TARGET_ON_MERGE or (v is not None and (k not in _KEPT_ON_MERGE or first.get(k) is None)):
                first[k] = v
        first["note"] = "；".join(x for x in (own, r.get("note")) if x)
    return out


# a unit's name's closing words naming its part, no other body (`新化县疾病预防控制中心（本级）`, `…中心本级`, `…中心机关`):
# the centre's own forms still (its title's `…中心项目` was taken for a project's name — review rv2)
_UNIT_OWN_PART = lazy(r"\s*(?:[(（]\s*(?:本级|机关|本部|盖章|公章)\s*[)）]|本级|机关本级|本部)\s*$")


def project_list_end(rows: list[Row], i: int) -> tuple[int, int] | None:
    """A list of projects: a head row `序号 | 项目名称 | …` of column labels (the name's and at least
    one other field's, none with its value beside it) over at least two rows numbered in the 序号
    column, each naming a project; return (index of the first row after the list, its number of
    projects), else None. (A form's reader skips such a list; a document of nothing else is a project_list, no
    layout_unknown — jixiao.pipeline, hunt fam4.)"""
    row = rows[i]
    if row.grid is None or len(row.cells) < 3:
        return None
    if label_key(row.cells[0].text) not in _SEQ_HEADS:
        return _name_list_end(rows, i)
    heads = {c.col: m[0] for c in row.cells[1:] for m in [match_field(c.text)] if m is not None and m[1] is None}
    if len(heads) < 2 or "name" not in heads.values() or len(heads) < len(row.cells) // 2:
        return None
    seq_col = row.cells[0].col
    name_col = next(col for col, f in heads.items() if f == "name")
    k, n = i + 1, 0
    while k < len(rows) and rows[k].grid is row.grid:
        r = rows[k]
        by_col = {c.col: c.text.strip() for c in r.cells}
        if _SEQ_NUMBER.match(by_col.get(seq_col, "")) and by_col.get(name_col) \
                and not match_field(by_col[name_col]) and not is_block_label(by_col[name_col]):
            # (a use of the budget, `基本支出`, `其中：人员经费`, is no project: a 预算执行监控情况表 of a body's
            # spending by use is no list of projects — hunt fam4)
            n += label_key(_SUB_LINE.sub("", by_col[name_col])) not in _USE_NAMES
        elif label_key(r.cells[0].text) not in TABLE_END_KEYS:
            break                                # (合计 | | | 200.5 closes the list)
        k += 1
    return (k, n) if n >= 2 else None


def _name_list_end(rows: list[Row], i: int) -> tuple[int, int] | None:
    """A list table with no 序号 column: `项目名称 | 年初预算 | 决算数` (the name's label, then column heads of no
    value) over at least two rows of a name and a figure under every other head (a 决算 report's 项目支出决算表
    before the form): its head row is no `项目名称 = 年初预算` pair (that made a project named 年初预算). Return
    (index of the first row after the list, its number of rows), else None."""
    row = rows[i]
    m = match_field(row.cells[0].text)
    if m is None or m[0] != "name" or m[1] is not None or row.cells[0].col != _left(row):
        return None
    heads = row.cells[1:]
    if any(is_number(c.text) or _DIGITS.search(c.text) or len(clean(c.text) or "") > 12 or is_placeholder(c.text)
           for c in heads):
        return None
    k, n = i + 1, 0
    while k < len(rows) and rows[k].grid is row.grid:
        r = rows[k]
        by_col = {c.col: c.text.strip() for c in r.cells}
        name = by_col.get(row.cells[0].col, "")
        if label_key(r.cells[0].text) in TABLE_END_KEYS:
            pass                                 # (合计 | 143.00 | 155.00 | 151.50 closes the list)
        elif name and not match_field(name) and not is_block_label(name) and not is_number(name) \
                and all(is_number(by_col.get(h.col, "")) for h in heads):
            n += 1
        else:
            break
        k += 1
    return (k, n) if n >= 2 else None


# a government body opening a title's project name (`新化县卫生健康局` of `新化县卫生健康局2024年农村改厕项目绩效目标表`):
# the body filing the form, no word of its project's name
# (its 办公室 too, `…人民政府办公室`; not the 局 of 布局 / 格局 / 大局 — `新化县城乡布局规划编制项目` was `规划编制项目`, review rv3)
# (a twin of `_BODY_LEAD` in part, kept apart on purpose: see there)
# (nor a 村民委员会 / 居民委员会, a village's own committee, no government body: `村民委员会办公楼建设项目` was
# `办公楼建设项目`, review rv26)
# (the rule lives in normalize.orgs, whose title_org reads the same body: one regex for both)


def _past_filer(named: str, fits, cut: int | None = None) -> str:
    """A title's project name without the government body opening it (`新化县卫生健康局农村改厕项目` -> `农村改厕项目`,
    the title's year between them left out already): the body files the form (its department), the rest names the
    project when it still FITS as a project's name (`新化县融媒体中心建设项目`, a centre's own building, is kept whole:
    no department's name, and `建设项目` alone names none). It was the body's name and the project's run together,
    hunt fam4."""
    m = _FILER_LEAD.match(named)
    if cut and (m is None or m.end() < cut) and (filer := org_kind(named[:cut])) is not None \
            and _PLACE_LEAD.match(filer[0]).group() and not township(filer[0]):
        # (`新化县公安局交通警察大队2024年道路安全设施项目`: a body's own part, or an institution, then the year — the
        # filer whole up to the year, no word of its project; it was `交通警察大队道路安全设施项目`, hunt ti5 — not a town
        # named as a place, `新化县城关镇2024年…项目`: where the project is done, kept; nor a place's class of schools or
        # hospitals, `新化县乡镇卫生院2024年设备购置项目`, no body for org_kind: the institutions the project is for, no one
        # filer — it was `设备购置项目`, review rv7)
        m = re.match(re.escape(named[:cut]), named)
    if m is None or len(_PLACE_LEAD.sub("", m.group(), count=1)) < 3:
        return named
    kind = org_kind(m.group())
    rest = named[m.end():]
    place = _PLACE_LEAD.match(m.group()).group()
    if place and rest[:1] == place[-1:] and not _LEVEL_WORD.match(rest[1:]):
        rest = place + rest[1:]      # (`新化县卫生健康局县人民医院…项目`: the hospital under the filer's place, 新化县人民医院)
    if kind is None or kind[1] != "department" and m.end() != cut or not fits(rest):
        return named
    return rest



def _same_body(unit: str, name: str) -> bool:
    """Whether the unit UNIT is the body NAME (a centre's name after its place) by their core names: UNIT's place
    (`新化县`, or a bare `县` / `市` / `区` lead) and own part (`本级`) set aside, the same name or one held in the other, or
    one the conventional short name of the other (normalize.orgs.conventional: `疾控中心` of `疾病预防控制中心`) — review
    of the session, A1: `县疾病预防控制中心`, `新化县疾控中心` are the centre of `新化县疾病预防控制中心项目支出绩效目标表`."""
    core = _UNIT_OWN_PART.sub("", _PLACE_LEAD.sub("", unit, count=1))
    for c in (core, core[1:] if core[:1] in ("县", "市", "区") else None):
        if c and (c in name or conventional(c, "", name) or conventional(name, "", c)):
            return True
    return False


def _names_project(named: str, own: list[str] | tuple = ()) -> bool:
    """Whether a title's project name (`新化县农村公路养护项目`) names a project: its words past a leading place and
    before 项目 are no body's (`县教育局项目`), no generic words (`县级预算项目`), no body's whole spending
    (`部门整体支出项目`) and at least four characters. An institution's name before 项目 (`新化县县域医疗次中心项目`,
    `…综合文化服务中心项目`, `…乡镇自动气象站项目`, `…红色文化纪念馆项目`) names the institution the project builds or
    runs when the form names its unit (OWN) and the institution is not it (`新化县疾病预防控制中心项目` under that centre's own form is its forms, no project; under a form
    naming no unit, whose the title is, is not plain: no project, as before)."""
    # (a body's own level or office in brackets before 项目, `…水利局（本级）项目`: the body's forms, as `…水利局项目` —
    # it was the name, or `（本级）项目` past the filer; hunt ti23)
    if "(" in named:
        named = _BODY_PART_BEFORE_END.sub("", named)
    rest = _PLACE_LEAD.sub("", named, count=1)
    stem = re.sub(r"(?:支出)?项目$", "", rest)
    if len(stem) < 4 or stem.startswith("(") or GENERIC_PROJECT.match(rest) or "整体" in rest:
        return False             # (`部门整体支出项目绩效目标申报表`: a body's whole spending, no project)
    body = _BODY_LEAD.match(rest)
    tail = rest[body.end():] if body is not None else ""
    org = org_kind(re.sub(r"(?:支出)?项目$", "", named))
    if org is not None and org[1] == "unit" and rest.endswith("项目") and tail in ("项目", "") and any(own) \
            and not any(_same_body(o, stem) or body is not None and _same_body(o, rest[:body.end()])
                        for o in own if o):
        return True              # (a centre's name main read as a body's forms, the name null — hunt fam3; any
        #                          institution's so, `…自动气象站项目`, `…纪念馆项目`, `…卫生院项目`: null, hunt fam4)
    if body is not None and (GENERIC_PROJECT.match(tail) and tail not in ("建设项目", "建设工程") or tail == "项目"):
        return False             # (`新化县卫生健康局部门预算项目`: the body's forms, no project of it; but the body's own
        #                          building is one, `新化县融媒体中心建设项目`, `…政务服务中心建设项目` — review rvb)
    return org is None


# `附件2`, `附表 1`: an annex's number, which `_ANNEX_LEAD` takes off a caption's start and `_ATTACHMENT` reads as a line
# a table's or an annex's number (`3`, `12`, `一`): not the first digits of a year glued after it (`表12025年…`,
# `附件2025年…`: 1 and none — the title and name were `25年…`, `5年…`, review rv167), nor the 一 of 一般 (`附表一般公共
# 预算项目…`: no number — the title was `般公共预算…`, review rv167)
# (nor of a span of years, `附件12025-2027年…`, `表12025～2027年…`, `附件12025年-2027年…`: the number 1 — it stayed in the
# title, mend md73 of review rd73)
_LEAD_NO = (r"(?:\d{1,3}?(?=(?:19|20)\d{2}\s*(?:年|[-—－–~～至]{1,2}\s*(?:19|20)\d{2})|\D|$)"
            r"|[一二三四五六七八九十]{1,3}(?!般))")
_ANNEX_NO = rf"附\s*[件表]\s*{_LEAD_NO}?"
_ANNEX_LEAD = lazy(rf"^\s*{_ANNEX_NO}\s*[:：]?")
_ANNEX_HEAD_ON_NAME = lazy(rf"^\s*{_ANNEX_NO}\s*[:：]\s*(?=\S)")    # (`附件3：新化县…工程`: the number, then words)
# a table's or an annex's number opening a title's line (`表3-2  2025年…绩效目标表`, `附表2：…`, `附件3…`)
# (not a sub-number running into a year, `表1.2024年…`: the number 1, the year whole — it was `24年…`, the year lost)
# (its sub-numbers, one or two, after any dash, `表3–2`, `附表1-1-2`: no word of the title — it kept `–2`, review rv167)
_TITLE_NUMBER_LEAD = lazy(rf"^\s*(?:{_ANNEX_NO}|表\s*{_LEAD_NO})(?:\s*[-—－–.．]\s*\d{{1,2}}(?!\d)){{0,2}}\s*[:：、.．]?"
                          r"\s*(?=\S)")
# a list's number opening what follows an annex's word (`附件：1.绩效目标表（…）`): a letter's list of its annexes
_LIST_NO_LEAD = lazy(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、)）](?!\d)")


_YEAR_ALONE = lazy(r"^[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?$")


def _printer_year(row: Row) -> str | None:
    """The year alone (`2024年度`, `（2024年度）`) in the last filled cell of a printer's footer row whose first cell
    names the body it is printed by (`瑞金市财政局制`, `…印制`, `…监制`: org_kind reads the words before 制, 印制 or 监制
    as one body's whole name, or the body's before its section, `…财政局绩效股制`), else None. (A row ending in 体制, 机制, 编制 … names no body: an indicator's, `健全…管理体制 | 2027年`.)"""
    filled = [c.text.strip() for c in row.cells if c.text.strip()]
    if len(filled) != 2 or len(filled[0]) < 4 or not _YEAR_ALONE.match(filled[1]):
        return None
    if filled[0][-1:] != "制":
        return None
    body = filled[0][:-1].removesuffix("印").removesuffix("监").strip()
    if (got := org_kind(body)) is not None and got[0] == body:
        return filled[1]
    # a body's section after the body (`瑞金市财政局绩效股制`, `…财政厅预算处监制`): the body's own footer (mend md73 of
    # review rd73: the year was lost); an indicator's row (`…管理体制`, `…编制`) names no body before the section
    sect = _BODY_SECTION.match(body)
    return filled[1] if sect is not None and (got := org_kind(sect.group(1))) is not None \
        and got[0] == sect.group(1) else None


# a body's section (`绩效股`, `预算科`, `绩效管理处`, `办公室`) after the body's name ending in 局/厅/委/办 (_printer_year)
_BODY_SECTION = lazy(r"^(.{2,30}?[局厅委办])[\u4e00-\u9fff]{1,6}[股科处室]$")


def _bracketed_body(text: str) -> str | None:
    """A line TEXT holding one body's whole name in brackets alone (`（苍溪县水利局）`), as written, else None."""
    t = (clean(text) or "").strip()
    if len(t) < 6 or t[-1:] not in ("）", ")") or not (inner := t[1:-1].strip()) or any(c in inner for c in "()（）"):
        return None
    got = org_kind(inner)
    return t if got is not None and got[0] == inner else None


def _title_unnumbered(text: str) -> str:
    """A title line TEXT without the table's or annex's number opening it (`表3-2  2025年…项目绩效目标表`, `附表2：…`):
    the number no word of the form's title, as on a line or in a cell of its own (it was kept in `title`, hunt ti23's
    leftover; hunt ti24); TEXT itself when no number opens it or the rest is no title by itself."""
    rest = _number_off(text)
    return rest if rest is not text and _is_title_text(rest) else text


def _number_off(text: str) -> str:
    """TEXT without the table's or annex's number opening it (_TITLE_NUMBER_LEAD), else TEXT itself: one rule for a
    title's words (_title_unnumbered) and the name read from them (title_name, _fund_of, running_money_title: they took
    off `附件…` or `表1` by twins of it that kept `-2` of `附件1-2`, `一` of `表 一`, review rv167)."""
    t = text.lstrip()
    if t[:1] not in ("表", "附") or (m := _TITLE_NUMBER_LEAD.match(t)) is None:
        return text
    rest = t[m.end():]
    # (`附件：1.绩效目标表（一般公共预算资金）`: a letter's list of its annexes, no form's title by itself — left whole, as
    # before, for the title readers that pass it over)
    return text if _LIST_NO_LEAD.match(rest) else rest


# the end of a form's own title after a fund's name, no 项目 between (`…补助资金绩效目标表`, `…运转经费绩效目标表`), or
# after the fund's sub-item or line of spending in brackets (`…水利发展资金（农村供水工程维修养护子项）绩效目标表`,
# `…（产业发展方向）…`: the form is the sub-item's, its name the fund's with the brackets — it was null, hunt ti22), of
# any words after a fund's name (`…水利发展资金（农村供水工程维修养护）…`, `…资金（高素质农民培育任务）…`: null too, the
# rule keyed on 子项 / 方向 alone — review rv146; _names_fund says whether the words before the brackets name a fund)
_FUND_TITLE_END = re.compile(rf"(?:(?<=资金|经费|补助|补贴)|(?<=\)))的?{_FORM_WORDS}表(?:\([^()]*\))?$")
_FUND_WORDS = re.compile(r"(?:资金|经费|补助|补贴)+$")
# the fund's sub-item or line of spending in brackets closing a fund's name a title gives (no bracket of a year alone,
# `（2024年度）`; an other year's money, `（2023年结转）`, kept as written — review rd69 E), and the words that say one
# is (`（…子项）`, `（…子项目）`, `（…方向）`: the words before them a fund's or not)
_FUND_SUB_ITEM = re.compile(r"\((?!(?:19|20)\d{2}\s*年?度?\))[^()]{2,40}\)$")
# a year alone in brackets closing a fund's name, another than the form's (`2025年…运转经费（2024年度）绩效目标表`: the form's
# own year's bracket is left out before, _BRACKET_YEAR_AFTER_PROJECT): kept as written when the words before it name a
# fund (it was null, header_missing — review rv154's leftover, hunt ti24)
_FUND_OTHER_YEAR = re.compile(r"\((?:19|20)\d{2}\s*年?度?\)$")
_SUB_ITEM_WORD = re.compile(r"(?:子项目?|方向)\)$")
# a kind of money by its words alone, no fund's name: a body's running costs (`日常公用`, `机关运行`, `部门工作`,
# `基本支出保障`), a level's or a budget's money (`上级转移支付`, `县级配套`, `一般性转移支付`, `专项业务`) — review rv12
_MONEY_KIND = re.compile(r"^(?:[省市县区乡镇级本上]{1,3}级?|上级|中央|地方|财政|部门|单位|机关|专项|业务|工作|日常|公用|运行|运转"
                         r"|基本|支出|保障|人员|一般性?|转移支付|配套|预算|整体|其他)+$")


# a body's running money among a kind of money's words (`人员经费`, `日常公用经费`, `机关运行保障经费`, `基本支出保障资金`,
# `部门工作经费`): its form, as a 部门整体 form, names no project by design (review rv142)
_RUNNING_MONEY = re.compile(r"基本|日常|公用|运行|运转|人员|工作")
_RUNNING_NOT = re.compile(r"转移支付|专项|配套")
_UP_TO_YEAR = re.compile(r"^.*?(?:19|20)\d{2}年度?\)?")


def running_money_title(title: str, bodies: tuple | list = ()) -> bool:
    """Whether a form's own title names a body's running money alone (`新化县2024年日常公用经费绩效目标表`,
    `…民政局公用经费绩效目标表`, `…機關運行保障經費…`): the words before its 资金 / 经费 a kind of money
    (_MONEY_KIND) of a body's running costs, none of a transfer's, a special fund's or matching money's (those
    forms name the fund or project they are of: pipeline's header_missing). BODIES: the bodies the form states
    (its unit, its department), whose own running money the title may open with (`…农业技术推广站日常公用经费`)."""
    t = _WS.sub("", fold(strip_numbering(_ANNEX_LEAD.sub("", _number_off(title))) or ""))
    m = _FUND_TITLE_END.search(t)
    if m is None:
        return False
    stem = _FUND_WORDS.sub("", _UP_TO_YEAR.sub("", t[:m.start()], count=1))
    if (b := _BODY_LEAD.match(stem)) is not None and _MONEY_KIND.match(stem[b.end():] or "-"):
        stem = stem[b.end():]                 # (`…民政局公用经费`: the body's own)
    elif bodies and (own := _after_own_body(stem, bodies)) and _MONEY_KIND.match(own):
        # (a body of any kind the form states as its own opening the title, `…农业技术推广站日常公用经费`, `…财政所机关
        # 运行经费`: its own running money — _BODY_LEAD knows a 局's, a 委's, a 中心's …; it was named as a fund, review
        # rv154's leftover, hunt ti24)
        stem = own
    stem = _PLACE_LEAD.sub("", stem, count=1)
    return bool(stem) and _MONEY_KIND.match(stem) is not None and _RUNNING_MONEY.search(stem) is not None \
        and _RUNNING_NOT.search(stem) is None


def _after_own_body(stem: str, bodies) -> str | None:
    """The words of STEM (a title's words before its money) after one of BODIES (the form's own, its place taken off
    or not) opening it, else None."""
    for body in bodies:
        b = _WS.sub("", fold(body or ""))
        for lead in (b, _PLACE_LEAD.sub("", b, count=1)):
            if len(lead) >= 4 and stem.startswith(lead):
                return stem[len(lead):]
    return None


def _names_fund(named: str) -> bool:
    """Whether a fund's name a title gives (`新化县村级组织运转经费`) names one: past a leading place, at least four
    characters before its 资金 / 经费 / 补助, no body's (`…交通运输局专项资金`), no kind of money (`县级财政专项资金`,
    `部门预算经费`, `日常公用经费`, `上级转移支付资金`), no body's whole spending, no example's (`XX县…`); a sub-item
    in brackets after it (`…水利发展资金（农村供水工程维修养护）`) when the words before it name a fund, or say they are
    one (`…（…子项）`, `…（…方向）`)."""
    if named.endswith(")"):
        sub = _FUND_SUB_ITEM.search(named) or _FUND_OTHER_YEAR.search(named)
        if sub is None:
            return False
        if not _SUB_ITEM_WORD.search(named):
            head = named[:sub.start()]
            return bool(_FUND_WORDS.search(head)) and _names_fund(head)
    rest = _PLACE_LEAD.sub("", named, count=1)
    stem = _FUND_WORDS.sub("", rest)
    return len(stem) >= 4 and not _GENERIC_FUND.match(rest) and not GENERIC_PROJECT.match(stem + "项目") \
        and not _MONEY_KIND.match(stem) \
        and "整体" not in rest and _BODY_LEAD.match(rest) is None and org_kind(stem) is None \
        and not PLACEHOLDER_NAME.match(named)


def _as_title_writes(named: str, raw: str) -> str:
    """A name read from a title's folded words (`新化县城区污水管网改造工程(一期)项目`) as the title RAW writes it
    (`…工程（一期）项目`, `新化縣農村公路養護項目`): each character the one of RAW that folds to it, when only one does (a
    name from a 项目名称 cell is as written, review mend; a title's was folded, its brackets half-width and its
    Traditional characters Simplified — hunt ti6)."""
    back: dict[str, set] = {}
    many: dict[str, set] = {}
    for ch in raw:
        if len(f := fold(ch)) == 1:
            back.setdefault(f, set()).add(ch)
        elif len(f) > 1:
            many.setdefault(f, set()).add(ch)
    out = "".join(next(iter(w)) if len(w := back.get(ch, ())) == 1 else ch for ch in named)
    for f, w in many.items():
        # (a character folding to several, `Ⅱ期` -> `II期`, `㈡`: the one the title writes, when the title writes no
        # such letters itself — it was `（II期）`, hunt ti7)
        if len(w) == 1 and f not in raw:
            out = out.replace(f, next(iter(w)))
    return out


def _fund_of(text: str, ending: re.Pattern, group: str | None = None) -> str | None:
    """The fund a caption or title names (at least 6 characters), when it ends as `ending` says; else None. GROUP: a
    group of `ending` that must have matched (the words of a project's title, kept as the name's end, counted in its
    6 characters)."""
    t = _WS.sub("", fold(strip_numbering(_ANNEX_LEAD.sub("", _number_off(text))) or ""))
    m = ending.search(t)
    if m is None or (group is not None and m.group(group) is None):
        return None
    if (m.end(group) if group is not None else m.start()) < 6:
        return None              # (a project's name counts its 项目: `干部培训项目绩效目标表` names one — it was
        #                          not_a_form, hunt ti5; a fund's is six characters before its form's words)
    return t[:m.end(group)] if group is not None else t[:m.start()]   # (the group's words kept: `…项目`, `…工程`)


# 附件2, 附表1-1; a bare table number, `表2` (a caption's number on a line of its own, over the next form's title)
_ATTACHMENT = lazy(rf"^\s*(?:{_ANNEX_NO}|表\s*[\d一二三四五六七八九十]{{1,3}})"
                         r"(?:[-—－.]\d{1,2})?\s*[:：]?\s*$")
_OUTLINE_LEAD = re.compile(OUTLINE_NUMBER)            # (core's outline number alone, to take off a caption)
_OUTLINE_HEAD = re.compile(OUTLINE_NUMBER + r"(.+)$")   # (core's outline number, a level's too)


def _is_lead_in(text: str) -> bool:
    """A sentence leading into a list (`会议同意调增支出，主要用于：`, `县政府常务会议研究意见（摘录）：`, `二、关于预算调整：
    会议同意调增以下支出：`): a line ending in a colon, eight Chinese characters or more before it, no level
    (`（一）产出指标：`), no field's label, no target."""
    t = fold(text).strip()
    if not t.endswith(":"):
        return False
    body = t.rstrip(":").strip()
    if sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff") < 8 or _NOTE_LEAD.match(body) or match_field(body):
        return False
    lv = level_info(body)
    return not (lv[0] or lv[1]) and not _COMPARED_ANY.search(body)


def _unparsed_row(cells: list[Cell]):
    """The warning of a row of no known label, its cells' text."""
    return warn("unparsed_row", "row without a known label: " + " | ".join(clean(c.text) or "" for c in cells)[:160],
                cells[0])


# a numbered sentence's number (folded): `(1)`, `1.`, `1、`, `1)` — one rule for the list styles forms write
# (`1）` was no number, its sentences unparsed rows, while `（1）` and `1.` were read: hunt tg25); a circled `①`,
# a bare `1` once folded, is bracketed first (_narrated_folded); a Chinese numeral's `（一）` / `一、` (`㈠` folds to
# `(一)`) as normalize.text's strip_numbering takes them (they were unparsed rows: review rv112)
_SENTENCE_NO = (r"[(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)]|\d{1,2}\s*(?:[.、](?!\d)|[)])"
                r"|[一二三四五六七八九十]{1,3}\s*、")
# an indicator written as a sentence (folded): its number, its level's label, its name and target, what was done, its
# score — `（1）数量指标：培训人数1200人次，实际完成1250人次，得分20分。`; what was done may stand between 实际 and 完成
# (`…，实际2024年9月完成，得分5分。`: 2024年9月; `实际于2024年9月完工` too; a manner there, no time, is read by
# _narrated_actual)
_NARRATED_INDICATOR = lazy(rf"^\s*(?:{_SENTENCE_NO})?\s*(?P<level>[\u4e00-\u9fff]{{1,12}}指标)\s*[:：]"
                           r"\s*(?P<item>[^，,；;。]+?)\s*[，,]\s*实际(?:完成(?:值|情况)?(?:为)?\s*[:：]?\s*(?P<actual>[^，,；;。]+?)"
                           r"|(?P<at>于|在)?\s*(?P<done>[^，,；;。]+?)(?P<fin>完[成工]))"
                           r"\s*(?:[，,；;]\s*(?:自评)?得分\s*[:：为]?\s*(?P<score>\d+(?:\.\d+)?)\s*分?)?\s*[。.；;]?\s*$")


# where the next of several numbered sentences in one cell starts (folded): after a sentence's end, at its number
# (`（2）…`, `2.…`, `2、…`, `2）…`, `②…` — the numbers _NARRATED_INDICATOR takes; not a figure's decimal, `12.5公里`
# (review rv97), nor a bracketed figure's decimals, `（完成率104.2）` / `（得分4.5）`: a `2)` right after a figure's point
# is its last digit and the bracket's close (the sentence was split there, the cell refused whole: review rd64); a
# `2.` there still opens a sentence (`得分20.2.质量指标…`, as before)
_NARRATED_SPLIT = lazy(rf"(?<=[。；;.\n])(?!(?<=\d\.)\d{{1,2}}\s*[)])\s*(?={_SENTENCE_NO})")


_CIRCLED_NO = lazy(f"[{CIRCLED_NO}]")


def _narrated_folded(text: str) -> str:
    """TEXT folded for _NARRATED_INDICATOR, a circled number bracketed first (`①数量指标：…`, `❶数量指标：…`:
    `(1)数量指标:…`; folding alone makes `①` a bare `1`, glued to the level's label, and keeps `❶`)."""
    if _CIRCLED_NO.search(text) is None:
        return fold(text)
    return fold(_CIRCLED_NO.sub(lambda m: f"({circled_number(m.group())})", text))

def _narrated_actual(m) -> str | None:
    """What a sentence of _NARRATED_INDICATOR says was done: the figure after 实际完成, or the time between 实际 and
    完成 (`实际于2024年9月完成`, `实际已于2024年9月完工`: 2024年9月); words naming no time there are the manner of the
    deed, read with it (`实际基本完成`: 基本完成, `实际按期完工`: 按期完工 — it was `基本`, a word of no meaning alone;
    `实际提前1个月完成`: 提前1个月完成, `实际在规定时间内完成`: 在规定时间内完成 — a figure or a 于 / 在 is no time, they
    were `提前1个月`, `规定时间内`: hunt sc6)."""
    if m.group("actual") is not None or m.group("done") is None:
        return m.group("actual")
    done = m.group("done")
    if _NARRATED_TIME.search(done) is not None:
        # (the time whole as written, only its 已于 cut: `2024-09-30`, `年底前`, `10月份` — a time found in it was
        # `2024-09`, a manner `于年底前完成`, `10月`, review rv107)
        return _DEED_LEAD.sub("", done)
    return (m.group("at") or "") + done + m.group("fin")


# a deed naming a time (`2024年9月`, `2024年9月底`, `9月30日`, `2024年底`, `2024-09-30`, `年底前`, `上半年`): a schedule
# step's time (STEP_TIME), a year's end (YEAR_PART_TIME), a month of no year, a date in figures or a part of a year
_NARRATED_TIME = lazy(rf"{STEP_TIME}|{YEAR_PART_TIME}|(?<!\d)(?:0?[1-9]|1[0-2])\s*月|(?:19|20)\d{{2}}\s*[-/.．]\s*\d"
                      r"|[一二三四五六七八九十]\s*月|年\s*[底末初]|[上下]半年|季度")
# what a deed's time is led by (`已于2024年9月`: 2024年9月)
_DEED_LEAD = lazy(r"^\s*已?\s*[于在]?\s*")


def _level2_alone(label: str) -> bool:
    """Does LABEL name a level 2 and no level 1 (`时效指标`, `社会效益指标`; not `产出指标`, nor `满意度指标`, both)?"""
    l1, l2, _ = level_info(label)
    return l1 is None and l2 is not None


def _level_summary(text: str) -> bool:
    """Is TEXT a level's summary written as a scored sentence of no name under a label that may name a level 1
    (`产出指标：项目产出全部达到预期，实际全部完成，得分50分。`: its points the subtotal of the sentences after it)?"""
    from parsers.layouts.packed_list import split_packed_item     # (packed_list builds on this module)
    m = _NARRATED_INDICATOR.match(_narrated_folded(text))
    return m is not None and m.group("score") is not None and not _level2_alone(m.group("level")) \
        and split_packed_item(m.group("item"))[0] is None


def scored_sentence(text: str) -> bool:
    """Is TEXT an indicator written as a sentence (_NARRATED_INDICATOR) that states its score (`…，得分30分。`)?"""
    m = _NARRATED_INDICATOR.match(_narrated_folded(text))
    return m is not None and m.group("score") is not None


def _lead_in_glued(text: str) -> bool:
    """A cell opening with a sentence's lead-in and going on with its list (`县政府常务会议研究意见（摘录）：会议同意调增
    一般公共预算支出3,560万元，主要用于：1.义务教育…`: lines after the table a text dump joined into one row of it)."""
    t = fold(text).strip()
    head, colon, rest = t.partition(":")
    return bool(colon) and bool(rest.strip()) and _is_lead_in(head + ":") and bool(re.search(r"[,，;；:]", rest))


_COMPARED_ANY = lazy(r"[≥≤<>＜＞]|不(?:高|低|少|多|超过|大|小)于")
_DOCUMENT_TABLES = frozenset({"docx", "html"})   # tables whose rows are all in the table: no paragraph is one
_NOTE_LEAD = lazy(r"^\s*[(（]?\s*(?:备\s*注|附\s*注|注|说\s*明|填表说明|填报说明)")


def _is_report_outline(text: str) -> bool:
    """A report's numbered heading or point after an indicator table's rows (`3.分析评价申报内容是否与实际
    相符…`, `(三)项目自评步骤及方法`, `二、项目资金申报及使用情况`): the report goes on, the table is over. Not
    a level of the table written as a numbered line (`一、产出指标`, `(一)数量指标`), nor a caption with
    its points (`三、结果应用（10分）`), nor an indicator line with its target (`1.培训人次：≥300人`)."""
    m = _OUTLINE_HEAD.match(text)
    if m is None or _POINTS_AT_END.search(text):
        return False
    rest = m.group(1)
    if sum(1 for ch in rest if "\u4e00" <= ch <= "\u9fff") < 4 or re.search(r"[:：]|[≥≤><=＝]|\d", rest):
        return False
    lv = level_info(rest)
    return not (lv[0] or lv[1])   # `三、结果应用（10分）`: a section with its points


# a local level's department label (beside a 中央主管部门, kept in other_fields)
# (one list of the levels below 中央 for both: two hand copies of it before, differing only by 中央)
_LOWER_LEVELS = r"地方|省|自治区|自治州|自治县|自治旗|市|县|区|州|盟|旗|县区|区县"
_LEVELLED_DEPT = lazy(rf"^(?:中央|{_LOWER_LEVELS})级?(?:业务)?主管部门$")
_LOWER_DEPT = lazy(rf"^(?:{_LOWER_LEVELS})级?(?:业务)?主管部门$")
_TEMPLATE_DEPT = lazy(r"^各|^[县区市]级|^本级")                # 各县级财政部门: a template's words
_TICK_ONLY = lazy(r"^\s*[√✓✔☑]\s*$")


def _matrix_halves(cells: list[Cell], cols: dict[int, str]) -> tuple[int, dict[int, str], dict[int, str]] | None:
    """A money matrix's head of two sides, each with its own columns: `资金来源 | 全年预算数 | 全年执行数 | 执行率 |
    资金用途 | 全年预算数 | 全年执行数 | 执行率` (a 部门整体 自评表) — the right side's head cell (资金用途 / 支出), the
    left side's columns and the right side's; None for a matrix of one side."""
    roles = [cols[c] for c in sorted(cols) if cols[c] != "note"]
    if len(roles) < 4 or len(set(roles)) == len(roles):
        return None
    first = min(cols)
    side = next((c for c in cells if c.col > first and cols.get(c.col, "note") == "note"
                 and label_key(c.text) in _SPENDING_SIDE | _SPENDING_HEADS), None)
    if side is None:
        return None
    left = {c: r for c, r in cols.items() if c < side.col}
    right = {c: r for c, r in cols.items() if c > side.col}
    if not left or set(left.values()) != set(right.values()):
        return None
    return side.col, left, right


# a column's head names what is under it (`年度履职目标`, `主要工作任务`, `工作内容`): a short value beside a text's
# label (`项目概况 | 道路照明设施维护` over `养护路段 | 人民路、解放路` label | value rows) is no head (review rv40: the
# rows' labels were the overview, the value a label of the rows' values)
_COLUMN_HEAD_END = lazy(r"(目标|任务|内容|情况|措施|计划|成效|职能|职责|事项|举措|要点|指标|重点|方向|说明)$")
# the text fields a column of texts can fill (`部门职责 | 年度履职目标` over duty | goal rows): no name's or unit's field,
# whose value beside it is a name (`主管部门 | 澧县食用菌研究所` over `资金类别 | …` rows: the unit, no column's head)
_LISTED_TEXT_FIELDS = frozenset({"overview", "basis", "necessity", "measures", "plan", "goal_total", "goal_annual"})


def _pairs_after_gap(text: str, label: str | None = None) -> tuple[str, list[tuple[str, str, str]]] | None:
    """A value cell's text, then after a wide gap `label：value` pairs of other short fields (`某县公路养护中心　　联系电话：
    0736-5821234`): (the value, [(column, value, label)]), else None. Given the cell's label, also the pairs a comma or
    a semicolon sets apart, cut as on a line of pairs (`主管部门 | 市教育局，实施单位：市第一中学`, core.next_pairs; the
    department was the cell whole)."""
    parts = [p for p in _WIDE_GAP.split(text.strip()) if p.strip()]
    if len(parts) == 1 and label and _COLONS.search(text) and not _COLONS.search(label):
        pieces = next_pairs(label.strip() + "：" + text.strip())
        if len(pieces) > 1 and (first := _LABEL_COLON.match(pieces[0])) is not None:   # (a label past 30 characters: none)
            parts = [first.group(2)] + list(pieces[1:])
    if len(parts) < 2 or match_field(parts[0]) is not None:
        return None
    rest = []
    for piece in parts[1:]:
        m = match_field(piece)
        if m is None or not m[1] or m[0] not in HEAD_FIELDS or not _LABEL_COLON.match(piece.strip()):
            return None
        rest.append((m[0], m[1], _LABEL_COLON.match(piece.strip()).group(1)))
    return parts[0], rest


def _ticked_below(rows: list[Row], i: int, sub: Row) -> bool:
    """Does a row below row i hold a bare tick (√) in a column of `sub` (the words under a head: 偏差原因分析 over
    经费保障 | 制度保障 | 人员保障 | 硬件条件保障, options ticked below, not the parts of one column)?"""
    cols = {c.col for c in sub.cells}
    return any(c.col in cols and _TICK_ONLY.match(c.text) for r in rows[i + 1:i + 60] for c in r.cells)


def _page_turned(row: Row, below: Row) -> bool:
    """Is `row` the last row of a PDF page's table and `below` the first of the next page's (cells with boxes)?"""
    a, b = row.grid, below.grid
    if a is None or b is None or not row.cells or not below.cells or row.cells[0].bbox is None \
            or below.cells[0].bbox is None or row.cells[0].page is None or below.cells[0].page != row.cells[0].page + 1:
        return False
    return max(c.row + c.rowspan for c in row.cells) >= a.n_rows and min(c.row for c in below.cells) == 0


def _words(row: Row) -> tuple[str, ...]:
    """The texts of a row's cells that hold any, cleaned."""
    return tuple(t for t in (clean(c.text) for c in row.cells) if t)


def _conclusion_grade(text: str) -> str | None:
    """The grade a self-evaluation's conclusion gives: `优`, `良好。`, `优（99.5分）`, or a sentence stating the project's
    (`…综合评价得分96分，评价等级为优。`); None for a conclusion without one."""
    t = fold(text or "").strip()
    if (m := _CONCLUSION_WORD.match(t)) is not None:
        return m.group(1)
    said = _grade_said(t)
    return said.group(1) if said is not None else None


# an item scored outside the 评分表, its points in its label (folded): `预算执行率得分（10分）`, `资金执行得分(分值10分)`
_POINTS_SCORE_LABEL = lazy(r"^(\S{2,12}?)\s*得分\s*[(]\s*(?:分值|满分|权重)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分\s*[)]$")
# …of no item: the form's or a part's total (`自评得分（100分）`, `工作得分（90分）`, `总得分`)
_TOTAL_SCORE_NAME = lazy(r"^(?:自评|评价|考核|工作|绩效|项目|综合|最终|实际|总|合计|指标)+$")
# a conclusion's label beside its value (the grade, or the conclusion written out)
_CONCLUSION_KEYS = frozenset(label_key(x) for x in ("自评结论", "评价结论", "绩效自评结论", "绩效评价结论", "综合评价结论",
                                                   "自评结果结论", "总体结论"))
_CONCLUSION_WORD = lazy(rf"^({GRADE_WORDS})\s*(?:[(（]\s*\d{{1,3}}(?:\.\d+)?\s*分?\s*[)）])?\s*[。.]?$")


def _grade_said(text: str) -> "re.Match | None":
    """The grade a sentence states (`…评价等级为“良”。`), None for none, for a criterion (`90分（含）以上的，评价等级为
    “优”`: its clause names a range of points), a year's (`上年度` / `2021年度绩效评价等级为…`) or a group's."""
    for m in _GRADE_SENTENCE.finditer(text):
        clause = re.split(r"[。；;]", text[:m.start()])[-1]
        if _GRADE_CRITERION.search(clause):
            continue
        return m
    return None


# a clause of criteria (`90分（含）以上的`, `80分≤综合得分＜90分`), another year's (`上年度`, `2022年度`) or a group's
# (`其中，满意度指标绩效等级为…`): no project's grade of this form
_GRADE_CRITERION = lazy(r"以上|以下|[(（]含[)）]|\d\s*[-—~～至]\s*\d|的\s*[,，]|之间|上年|去年|上一年|[≥≤<>＜＞]"
                              r"|(?:19|20)\d{2}\s*年|其中|指标\S{0,2}$")
# a project's score in a report's sentence (综合评价得分为 / 总得分为 …; not an item's `该项自评得分为8分`)
_PROJECT_SCORE = lazy(r"(?:综合|总)(?:评价)?(?:得分|评分)为?\s*\d{1,3}(?:\.\d+)?\s*分")
_GRADE_SENTENCE = lazy(r"(?:评价|绩效|自评|综合)(?:结果)?(?:等级|等次)(?:评定)?为\s*[“\"「]?(" + GRADE_WORDS + ")"
                             r"[”\"」]?(?:等级|等次)?\s*(?:[,，。;；]|$)")
# (`综合评分87分，…` too, without 为; not a criterion's `综合得分90分以上的` / `90分（含）以上`)
_SCORE_SENTENCE = lazy(r"(?:综合|自评|总)(?:评价)?(?:得分|评分)为?\s*(\d{1,3}(?:\.\d+)?)\s*分"
                             r"(?!\s*(?:\(含\)|（含）)?\s*及?以[上下])(?!\d)(?!\s*制)")
# a sentence of another score than this project's of this evaluation: another year's, an average or a count of
# projects, a goal, another body's or another evaluation's (重点评价 / 复核 / 抽查 …), before its score
# (in the sentence: another year's or evaluation's; in the clause right before it: another body, an average, a goal)
_OTHER_SCORE = lazy(r"上年|去年|上一年|前年|往年|以往|历年|重点(?:绩效)?评价|复核|抽查|抽评|再评价|财政评价|第三方")
_OTHER_SCORER = lazy(r"平均|全县|全市|全省|全区|全旗|全州|[个项]项目|后者|前者|其他|其余|目标|力争|争取|预计|计划|确保")
# (a clause naming the project: 本项目 / 该项目 / 本次项目 / 项目, not another one's `…工程项目`)
_THIS_PROJECT = lazy(r"(?:^|[本该此])(?:次|年度)?项目|^\s*项目")
_PUBLISHED = lazy(r"发布(?:时间|日期)|发文日期|上传时间|更新时间|浏览次数|阅读次数|来源\s*[:：]|"
                        r"填(?:报|表)(?:日期|时间)|报送(?:日期|时间)|报告(?:日期|时间)|(?:评价|自评)日期")
# (the day a form was filled, or its report written, dates no budget)
_CODE_PREFIX = lazy(r"^\s*[(（]\d{2,}[)）]")           # `(433)乌海市…`: a budget system's code
_CLASS_HEADER = lazy(r"^\s*按.{1,8}分\s*$")          # 按收入性质分 / 按支出性质分
_ARABIC_ITEM = lazy(r"^\s*\d+\s*[.、．]")
_CN_SECTION = lazy(r"^\s*[(（]?[一二三四五六七八九十]{1,3}\s*[)）、.．]")     # `(二)`, `二、`
_MONEY_WORDS = lazy(r"资金|预算|金额|经费|投入|投资")


_SPENDING_HEADS = frozenset({"支出内容", "支出项目", "支出明细", "支出明细预算", "资金用途", "使用内容", "项目内容", "明细项目",
                             "任务名称", "主要任务", "年度主要任务", "重点工作名称", "资金使用明细", "资金支出明细",
                             "资金使用情况明细", "支出用途"})
# a money block's label ending in a spending head (`支出明细预算`, `资金使用明细`): its rows are uses
_SPENDING_ENDS = ("支出明细", "支出明细预算", "资金使用明细", "资金支出明细", "资金使用情况明细")

# An amount with its unit in the cell (`1.2亿元`, `8,600万元`): a value, not the heading of money lines.
# (an amount may be followed by its breakdown in brackets, `854万(高标准农田建设400万元,…)`, or printed twice; it may
# be hedged, totalled or signed, `约100万元`, `共计120万元`, `￥20万`, in 千万, `1.2千万`, its unit in brackets,
# `120（万元）`, 整 after it, `120.00万元整`, or 左右 (`50万元左右`): amounts to parse_amount; or in numerals, capital `壹佰万元整` or common
# `一百二十万元`, the whole cell; or a bare figure after a sum's word, `合计：350.00`, in the unit declared, or after a
# hedge with no colon, `约600`, `预计600`, or before one, `50左右` — they were dropped without a word, hunt mn8)
_AMOUNT_CELL = re.compile(rf"^\s*(?:{HEDGE_WORDS}|[{YUAN_SIGNS}])?\s*[:：]?\s*"
                          rf"(?P<a>[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:{WRITTEN_UNIT_WORDS}"
                          rf"|[(（]\s*(?:{BRACKET_UNIT_WORDS})\s*[)）])(?:整|人民币|{HEDGE_AFTER})?)\s*(?P=a)?\s*"
                          r"(?:[(（][^()（）]*[)）]\s*)?$"
                          r"|^[零〇壹贰叁肆伍陆柒捌玖两拾][零〇壹贰叁肆伍陆柒捌玖两拾佰仟万亿]*[元圆]"
                          r"|^\s*[一二三四五六七八九两十][零〇一二三四五六七八九两十百千万亿]*[元圆][整正]?\s*$"
                          rf"|^\s*(?:{HEDGE_WORDS})\s*[:：]?\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*$"
                          rf"|^\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:{HEDGE_AFTER})\s*$")


def is_amount_cell(text: str) -> bool:
    """Is a cell an amount with its unit, as _AMOUNT_CELL reads it, its full-width figures folded first (`１．２亿元`
    is `1.2亿元`: the pattern's `\\d` took full-width digits but never the full-width point, and the total was lost
    without a word, hunt mn23)?"""
    return _AMOUNT_CELL.match(fold(text)) is not None


# an amount, then what it is for in words of no figure (`120 用于购置设备`, `120万元，用于…`, `120（用于…）`) or a year
# and such words (`120 2025年`, `120 2025年内完成`: it was lost without a word, review rv29): not a unit or a bound
# after the figure (`50 万元以内`, `50 以内`), nor its breakdown (`其中…`, figures: a money sentence's)
_AMOUNT_THEN_NOTE = lazy_regex(rf"^\s*(?P<a>[-+]?\d[\d,]*(?:\.\d+)?(?:\s*(?:{_UNITS}|万|亿))?)(?:\s*[,;。]\s*|\s+|(?=[(]))"
                         r"(?P<n>[(]?(?:(?!其中|含|以|左右|上下|至|到|万|亿|千|元)\p{Han}|(?:19|20)\d\d\s*年)[^\d]*)$")
# a bracket after an amount with its unit that is no purpose (`120万元（大写：壹佰贰拾万元整）`, `（人民币）`): the
# amount alone, as is_amount_cell reads it
_NO_PURPOSE = lazy(r"^[(]\s*(?:大写|人民币|币种)")
# a figure in a unit of no 人民币 money: a foreign currency (`120 美元`, `5万欧元`) or a thing counted (`120 台`, hunt mn14)
_FOREIGN_WORDS = r"美元|美金|欧元|日元|英镑|港元|港币|澳元|加元|韩元|卢布|瑞士法郎|新台币|外币"
_FOREIGN_MONEY = lazy(rf"^(?:万|亿|千|百万)?(?:{_FOREIGN_WORDS})$")
_FIGURE_AND_WORD = lazy(r"^\s*[-+]?\d[\d,]*(?:\.\d+)?\s*(?P<u>[^\d\s()]{1,5})\s*$")
# (a currency as real forms spell it: a space after 万, `120万 美元`; a code or sign, `USD 120`, `120 USD`, `US$120`,
# `€5万`; with words after, `120万美元（约合人民币860万元）` — they were 120万 with `美元` a note, or lost without a word;
# or a price per thing, `5000元/台`, `0.5万元/人`, no total the form states — lost without a word, review rv35)
_FOREIGN_CODES = r"USD|US\$|HKD|HK\$|EUR|JPY|GBP|\$|€|£"
_FOREIGN_CELL = lazy(rf"^\s*(?:{HEDGE_WORDS})?\s*[:：]?\s*(?:(?:{_FOREIGN_CODES})\s*[-+]?\d"
                     rf"|[-+]?\d[\d,]*(?:\.\d+)?\s*(?:百万|千万|[万亿千])?\s*(?:{_FOREIGN_WORDS}|{_FOREIGN_CODES}))", re.I)
_PER_THING = lazy(rf"^\s*(?:{HEDGE_WORDS})?\s*[:：]?\s*[-+]?\d[\d,]*(?:\.\d+)?\s*(?:百万|千万|[万亿千])?\s*[元圆]"
                  r"\s*(?:/|每)\s*[^\W\d_]")
# a count in brackets after an amount, `120万元（20台）`, `120（共20台）`, `120万元（含20台设备）`: no money in the
# brackets (no figure of 元, 万 or 亿 — `（其中中央100，县级20）` a breakdown's bare figures, no count), a figure of a
# thing counted — the amount, the count its note (it was dropped, or the amount lost with it, review rv35)
_COUNT_NOTE = lazy(rf"^\s*(?P<a>[-+]?\d[\d,]*(?:\.\d+)?(?:\s*(?:{_UNITS}|万|亿))?)\s*(?P<n>[(][^()]*[)])\s*$")
# a money cell's bare figure, then its split in brackets of bare figures (`120（其中中央100，县级20）`, `120（其中：中央
# 100、县级20）`): a money sentence in the label's unit (hunt mn15)
# (a bracket opening with a year, `120（2025年100，2026年20）`, too: its total and the bracket were lost without a
# word, hunt mn18)
_BARE_SPLIT = lazy(rf"^\s*(?P<a>\d[\d,]*(?:\.\d+)?)\s*[(]\s*(?P<p>(?P<w>{_PARTS_OPENER})\s*[:：]?\s*[^()\d]+\d[^()]*|"
                   r"[^()\d]*[\u4e00-\u9fff][^()\d]*\d[^()]*|(?:19|20)\d\d年[^()]*\d[^()]*)[)]\s*$")
# a cell that is one bracket whole, `（其中脱贫户300，监测户45）`, perhaps holding one of its own (`（其中脱贫户（含监测户）
# 300户）`: it was dropped without a word, review rd2): not a section's head `（二）项目资金（万元）` (two brackets) nor
# its numbering alone `（二）` (core's _TABLE_NO, review rv61)
_LONE_BRACKET = lazy(r"^\s*[(（](?:[^()（）]|[(（][^()（）]*[)）])+[)）]\s*$")


def _lone_bracket(text: str) -> bool:
    """Is TEXT one bracket whole (`_LONE_BRACKET`), not a numbering alone (`（二）`)?"""
    return bool(_LONE_BRACKET.match(text)) and not _TABLE_NO.match(text.strip())
_SPLIT_FIGURE = lazy(r"(\d[\d,]*(?:\.\d+)?)(?=\s*(?:[，,、；;。]|$))")


def _block_bound(first: Cell, rest: list[Cell]) -> tuple[str, str] | None:
    """A money block's label and its one cell, or a line of the two (`项目资金 | 50-80万元`, `项目资金：50万元以内`), when
    the cell is a bound or a range on the money (amount_bound), not an amount, or opens with one before its parts
    (`80～100万元；其中：财政资金60万元…`, _BOUND_THEN_PARTS): (the label, the cell), else None. The pair was read as the
    head of money lines, the bound lost without a word (hunt mn25; with its parts, review rv113)."""
    if len(rest) > 1:
        return None
    label, value = (first.text, rest[0].text) if rest else (m.group(1), m.group(2)) if (
        m := _LABEL_COLON.match(first.text.strip())) is not None else (first.text, "")
    if label_key(label) in MONEY_SECTION_KEYS and not _is_source(label) and (
            amount_bound(value) is not None or (m := _BOUND_THEN_PARTS.match(f"{label}：{value.strip()}")) is not None
            and amount_bound(m.group(2)) is not None):
        return label, value
    return None


def _bare_split_parts(split) -> bool:
    """Is a _BARE_SPLIT bracket a split of the total, not a note (`其中中央100，县级20`, `含中央100，县级20`)? Opened by
    其中 / 含 / 包括 / 包含 with two figures or more (`含结转资金30`, `其中结转资金30`: one part named, a note on the total
    — review rv43; the 其中 of one part was a source line of it, the rest said nowhere, hunt mn16). A 其中 of how
    much of the money arrived or was spent (`其中已到位80`) is read by the sentence still (kept as `已到位`, rv43)."""
    w, p = split.group("w"), split.group("p")
    if w == "其中" and _NO_SOURCE_WORD.search(p):
        return True
    if w is None:
        return _sources_named(p)
    return len(re.findall(r"\d[\d,]*(?:\.\d+)?", p)) >= 2 or w == "其中" and _one_part_field(p)


def _one_part_field(p: str) -> bool:
    """Is a 其中 bracket's one part a field of the total's parts (`其中：财政拨款860.00`: budget_fiscal, `其中：其他资金60`:
    budget_other)? The field, as the same text on a line reads it (`资金总额：860（其中：财政拨款860）`) — in a cell it was
    a note, budget_fiscal lost (hunt mn25); one part of no field (`其中结转资金30`) stays the note (review rv43)."""
    # (its one part a sentence's clause of a name and a figure: _SENTENCE_FIGURE, no twin of it — review rv105)
    m = _SENTENCE_FIGURE.fullmatch(_SUB_LINE.sub("", p).strip())
    return m is not None and (match_field(m.group(1)) or (None,))[0] in ("budget_fiscal", "budget_other")


# the year money was carried over from, before its name (`2024年结转10`, `2024年度结转资金10`): the piece named by its
# source, 结转 (hunt mn20)
_CARRIED_YEAR = lazy(r"^(?:19|20)\d{2}年度?(?=(?:上年|以前年度)?结转)")


def _carried(name: str) -> bool:
    """Is NAME money carried over from an earlier year (`结转`, `上年结转资金`, `结转结余`, `2024年结转`), a source?"""
    name = _CARRIED_YEAR.sub("", _SUB_LINE.sub("", name).strip())
    return "结转" in name and _is_source(name)


def _unit_shown(amount: str, unit: str | None) -> str:
    """An amount as written for a message, a bare figure with the unit it is read in (`450` under 万元: `450万元`)."""
    text = clean(amount) or amount
    return text + unit if unit and BARE_FIGURE.match(text) else text


def _carried_in_sentence(got: list[tuple[str, str, str | None]], sources: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A money sentence's carried-over sources (`2024年结转10万元`, `上年结转10万元`) that lie inside its other parts:
    the fields' and sources' amounts after the total alone make it and with the carried ones they do not
    (`资金总额120万元，其中中央100万元，县级20万元，2024年结转10万元`, or a total's bracket of bare figures read as such a
    sentence, `120（中央100，县级20，2024年结转10）`); else none (`…中央90万元…`: all three its sources; any amount
    unread, nothing adding up: all of them, their sum checked)."""
    carried = [s for s in sources if _carried(s[0])]
    total = next((parse_amount(a, u) for c, a, u in got if c in ("budget_total", "budget_year")), None)
    rest = [parse_amount(a, u) for c, a, u in got if c in ("budget_fiscal", "budget_other")] \
        + [parse_amount(a) for s in sources if s not in carried for a in s[1:]]
    extra = [parse_amount(a) for _n, a in carried]
    if total is None or not rest or not carried or None in rest or None in extra:
        return []
    return carried if abs(sum(rest) - total) <= MONEY_TOL < abs(sum(rest) + sum(extra) - total) else []


def _sources_named(p: str) -> bool:
    """`中央100，县级20` in a total's brackets with no 其中 / 含 before them: two pieces or more, each a source's name
    and its figure, is the total's split as `其中中央100，县级20` is (it was kept as a note, no source line, unchecked,
    hunt mn18); `2025年100，2026年20`, `已到位80，未到位40`, `脱贫人口80，监测对象20` name no source: a note."""
    pieces = [x for x in _PAIR_SPLIT.split(p) if x.strip()]
    # (one carried over named by its year, `2024年结转10`, by its 结转, as a source list's pair is: hunt mn20)
    names = [m.group("name") for x in pieces for m in [_SOURCE_PAIR.match(_CARRIED_YEAR.sub("", x.strip()))]
             if m is not None]
    # (_SOURCE_PAIR the piece's name and figure, as a source list's: `中央100`, `县级配套20万元` — a twin of it was here,
    # review rv61)
    return len(pieces) >= 2 and len(names) == len(pieces) and all(
        _source_name(n) and (not _NO_SOURCE_WORD.search(n) or _carried(n))  # (`上年结转结余10`: 结余 the carried's)
        for n in names)


def _source_name(name: str) -> bool:
    """A money source's name in a list or a split: a source head or a budget's (_is_source), a level's fiscal money
    (`县级财政救助资金`), or money of no government's budget (`银行贷款`, `群众投劳`, `其他`: L.OTHER_MONEY)."""
    return _is_source(name) or _level_fiscal_name(name) or bool(L.OTHER_MONEY.fullmatch(label_key(name)))


def _bare_split_sentence(label: str, split, unit: str | None, total_only: bool = False) -> str:
    """`项目资金（万元）` and `120（其中中央100，县级20）` (a _BARE_SPLIT match): the money sentence they make, each bare
    figure in the label's unit (else the form's, else 元) — `项目资金：120万元，其中中央100万元，县级20万元`; 含 / 包括 /
    包含 said as 其中; with `total_only`, the total alone (`项目资金：120万元`, the bracket a note)."""
    u = unit if unit in ("元", "万元", "亿元") else "元" if unit is None else unit
    lead = _OTHER_LABEL_END.sub("", label_key(label)) + "：" + split.group("a") + u
    if total_only:
        return lead
    p = split.group("p")
    if split.group("w") is None:
        p = "其中" + p       # (`120（中央100，县级20）`: the split of no 其中, _sources_named)
    elif split.group("w") != "其中":
        p = "其中" + p[len(split.group("w")):]
    return lead + "，" + _SPLIT_FIGURE.sub(lambda m: m.group(1) + u, p)


# a money cell's figure in 块, colloquial 元 (`120 块`, `120块钱`, `5万块`): the figure and its 万/亿, read in 元
_KUAI = lazy(r"^\s*([-+]?\d[\d,]*(?:\.\d+)?\s*(?:万|亿|千)?)\s*块钱?\s*$")
# a sum of money per year (`50万元/年`, `50万元每年`, `每年50万元`): the sum `a`, a rate (hunt mn15)
_PER_YEAR = lazy(r"^\s*(?:(?P<pre>每年)\s*)?(?P<a>\d[\d,]*(?:\.\d+)?\s*(?:万|亿|千)?[元圆])(?(pre)|\s*(?:/|每)\s*年)\s*$")
# a label of a change of the money, not of the money (`预算调整`, `调减金额`, `增减额`; `调整后…` is the money after it):
# 调增 / 调减 / 增减 anywhere (no fund is named so: `预算调减资金`, `调增（减）金额`); 调整 / 变动 as the label's last
# word, not a name's (`种植结构调整补助资金`, `产业结构调整资金`, `人员变动经费` are money, a source line as
# `产业扶持资金`'s — reviews rv43, rd, rd2)
_CHANGE_WORD = lazy(r"调[增减]|增减|(?:调整(?!后)|变动)(?:金?额|数|值|量|幅度|情况|资金数)?$")
_RMB_WORDS = frozenset(("元", "万元", "亿元", "千元", "百万元", "万", "亿", "圆", "块"))


def amount_noted(text: str):
    """A money cell's amount followed by what it is for in words of no figure (`120 用于购置设备`, `120万元，用于…`,
    `120万元（用于购置设备）` — a purpose in brackets after the unit too, hunt mn14; not `（大写：…）`): the match of
    _AMOUNT_THEN_NOTE (its `a` the amount, `n` the words), else None."""
    if is_number(text):
        return None
    if (c := _COUNT_NOTE.match(fold(text))) is not None and not _MONEY_FIGURE.search(c.group("n")) \
            and _counted(c.group("n")):
        return c
    m = _AMOUNT_THEN_NOTE.match(fold(text))
    if m is None or (is_amount_cell(text) and (not m.group("n").startswith("(") or _NO_PURPOSE.match(m.group("n")))):
        return None
    return m


def _counted(words: str) -> bool:
    """Are words' figures all of things counted or of time (`20台`, `共20台`, `含20台设备`, `3年`)? (not one a bare
    figure, `（其中中央100、县级20，共2项）` a breakdown's, nor of 元 or a rate)"""
    units = re.findall(r"\d[\d,.]*\s*([^\W\d_]{0,2})", words)
    return bool(units) and all(any(u in BRACKET_UNITS and u not in _RMB_WORDS and u not in ("%", "‰")
                                   for u in (w, w[:1])) for w in units)


def not_money(text: str) -> bool:
    """Is a money cell a figure in a unit of no 人民币 money — a foreign currency (`120 美元`, `5万欧元`) or a thing
    counted (`120 台`, `30 人次`)? No amount in 元 the form states (hunt mn14: it was 120 元, or 120万 with `台` a note)."""
    if _FOREIGN_CELL.match(fold(text)) or _PER_THING.match(fold(text)):
        return True
    m = _FIGURE_AND_WORD.match(fold(text))
    if m is None:
        return False
    u = m.group("u")
    return bool(_FOREIGN_MONEY.match(u)) or (u in BRACKET_UNITS and u not in _RMB_WORDS and u not in ("%", "‰"))


# a note written in a money matrix (`注：…`, `（注：…）`, `说明：…`): an explanation, no row of money
_MATRIX_NOTE = lazy(r"^\s*[(（]?\s*(?:备\s*注|附\s*注|注|说\s*明|填表说明|填报说明)\s*\d*\s*[:：]")


def _is_level_goal_head(text: str) -> bool:
    """A level's part of a goal written by level: a level-1 or level-2 name, bare or with 目标 (`产出目标`, `效益`,
    `满意度目标`; `数量目标`, `质量目标`, `社会效益目标` too — a goal under level-2 heads was its first head alone, the
    rest other fields, hunt lv); not `产出指标`."""
    k = label_key(text)
    lv = level_info(k)
    return bool(lv[0] or lv[1]) and k.removesuffix("目标") == lv[2]


def _level_goal_parts(cells: list[Cell]) -> list[str]:
    """The parts of a goal written by level in CELLS, from the first: `产出目标 | 开展培训3000人次 | 效益目标 | …` ->
    ["产出目标：开展培训3000人次", "效益目标：…"] (a level's name, then its text; none when the first cell is no level's)."""
    out = []
    for k in range(0, len(cells) - 1, 2):
        head, text = cells[k], cells[k + 1]
        if not _is_level_goal_head(head.text) or not is_value_for(text.text) or _is_level_goal_head(text.text):
            break
        out.append(f"{clean(head.text)}：{text.text.strip()}")
    return out


def _goal_joined(parts: list[str]) -> str:
    """A goal's levels' parts joined, `；` between them unless a part ends its sentence."""
    out = parts[0].rstrip()
    for part in parts[1:]:
        out += ("" if out.endswith(("。", "；", ";")) else "；") + part
    return out


# a goal's text before and after an adjustment in one cell (`调整前：…\n调整后：…`)
_BEFORE_AFTER = lazy(r"^\s*调整前\s*[:：]\s*(\S.*?)\s*调整后\s*[:：]\s*(\S.*?)\s*$", re.S)
# words after 调整后 saying the goal is not changed (`不变`, `同调整前`, `无变化`, `同上`, `与调整前一致` …)
_NO_CHANGE = lazy(L.no_change_cell(r"|(?:同|与|和)上(?:目标)?(?:一致|相同)?|无|/|—+|-+"))
# a row's label in a table of figures by year or by stage (2023年, 2024年度, 调整前, 调整后)
_ROW_STAGE = lazy(r"^(?:((?:19|20)\d{2})年度?|调整前|调整后)$")


def _budget_after_change(values: dict[str, Cell], change: Cell | None, head: str = "",
                         unit: str | None = None) -> tuple[dict[str, Cell], Cell | None]:
    """A money matrix row's cells by role, the year's budget a figure below zero beside the year's first budget
    (`年初预算 | 调整预算 | 执行数` over `120 | -20 | 96`): the change the adjustment made, no budget (none is below
    zero) — the year's budget is the first one changed by it, 100 (it was -20, budget_fiscal -200,000); so the figure
    under a column of the change (`年初预算 | 调整数 | 执行数`, `change`) when no column states the budget after it (the
    first budget was the year's, the change a note only, a false execution_rate_mismatch). A figure above zero under
    a head that may be either (`调整预算`) is the change when the row's own 执行率 says so (`100 | 20 | 96 | 80%`:
    96 / 120 is 80%, 96 / 20 is not: 120; it was 20, a false 480%), else the budget as written (`300 | 260 | 247`);
    one below zero with no first budget to change is no budget (`调整预算 | -40`: none). Also the cell read as a
    change under the budget's column, to be noted as a change column's is (mend md42)."""
    def figure(cell: Cell | None) -> float | None:     # (a bare figure, an accounting negative too: `（40.00）`)
        text = column_negative(cell.text).strip() if cell is not None else ""
        if unit and unit != "元" and text.endswith(unit):
            text = text[:-len(unit)]                   # (`-40万元` in a matrix of 万元: its bare figure, rv93)
        return parse_amount(text) if text and not _WRITTEN_UNIT.search(text) else None

    year, first = values.get("budget_year"), values.get("budget_initial")
    base, changed = figure(first), None
    if year is None and change is not None:
        year, delta = change, figure(change)
    else:
        delta = figure(year)
        if delta is not None and delta < 0 and base is None:
            return {k: v for k, v in values.items() if k != "budget_year"}, year
        if delta is not None and (delta < 0 or base is not None and _CHANGE_OR_BUDGET_HEAD.match(head)
                                  and _rate_says_change(figure(values.get("spent")), values.get("execution_rate"),
                                                        base, delta)):
            changed = year
        else:
            delta = None
    if delta is None or base is None:
        return values, None
    after = Decimal(str(base)) + Decimal(str(delta))
    return {**values, "budget_year": replace(year, text=_plain_number(format(after, "f")))}, changed


def _rate_says_change(spent: float | None, rate: Cell | None, base: float, figure: float) -> bool:
    """True if a row's stated 执行率 is its spent over the first budget changed by `figure` and not over `figure`
    itself (`100 | 20 | 96 | 80%`); a row stating no rate tells nothing."""
    share = parse_fraction(rate.text) if rate is not None else None
    if spent is None or share is None or figure <= 0 or base + figure <= 0:
        return False
    return abs(spent / (base + figure) - share) <= RATE_TOL < abs(spent / figure - share)


def _change_note(head: str, cell: Cell, unit: str | None) -> str:
    """A change read under the budget's column, as a change column's note says it (`调整预算：-40万元`)."""
    text = _plain_number(cell.text)
    return f"{head or '调整数'}：{text}{unit if unit and unit != '元' and not _WRITTEN_UNIT.search(text) else ''}"


def _plain_number(text: str) -> str:
    """A number as written in a cell, without separators and trailing zeros (`1,121.00` -> `1121`), so a
    note reads the same from a text dump and from a spreadsheet that stores 1121."""
    from decimal import Decimal, InvalidOperation
    t = text.strip().replace(",", "").replace("，", "")
    try:
        d = Decimal(t)
    except InvalidOperation:
        return text.strip()
    if not d.is_finite():
        return text.strip()
    return format(d.normalize(), "f")


@lru_cache(maxsize=1 << 16)
def _slot_cell(text: str) -> int:
    """A cell of a blank template's indicator row: 2 a pre-printed slot (`指标1：`) or level name (产出指标), 1 a
    placeholder (`——`, empty), 0 none (a value written in)."""
    if is_slot(text) or level_info(text)[:2] != (None, None):
        return 2
    return 1 if is_placeholder(text) else 0


@lru_cache(maxsize=1 << 16)
def _matrix_head(text: str) -> tuple[str | None, bool]:
    """A money matrix's head cell: the column it names (`L.MATRIX_COLUMNS` of its label key, else None), and whether
    it is a head of what was spent so far (`_TO_DATE_HEAD`: 中期（1-6月）). Asked of each row a form reads: once a
    text."""
    return L.MATRIX_COLUMNS.get(label_key(text)), bool(_TO_DATE_HEAD.match(bare_fold(text)))


def _left(row: Row) -> int:
    """The first column of a row's table (a sheet whose form starts in column B has no column 0)."""
    g = row.grid
    if g is None:
        return 0
    left = g.__dict__.get("_left")      # (grid_left's own cache, read here: asked of every row, twice)
    return left if left is not None else grid_left(g)


_BLOCK_THEN_LABEL = lazy(r"^\s*(?P<a>\S{2,16}?)[ \u3000]+(?P<b>\S{2,16})\s*$")


# a money cell of the period's or the year's amount, its side written before it (`中期：3000`, `年度：1000`)
# `2024年：600`, `2025年度：400万元`: a year's amount after its year, in one cell; `2024年` alone, its amount beside it
_YEAR_FIGURE = lazy(r"^\s*((?:19|20)\d{2})\s*年度?\s*[:：]\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)?\s*$")
_YEAR_ALONE_HEAD = lazy(r"^\s*((?:19|20)\d{2})\s*年度?\s*[:：]?\s*$")
_SIDE_FIGURE = lazy(r"^\s*(?:(?P<p>中期|中长期|实施期|实施周期)|(?P<y>年度|当年|本年度?))\s*[:：]\s*"
                          r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*$")


def _period_year_cells(cells: list[Cell]) -> list[Cell]:
    """`资金总额 | 中期：3000 | 年度：1000`, `其中：财政拨款 | 中期：2600 | 年度：900` (a money label, then the period's and
    the year's amount each after its side's word, in either order): the row as the period and year sides write it, `中期资金总额：3000 |
    年度资金总额：1000`, `其中：财政拨款：2600 | 其中：财政拨款：900` (the label's money was lost, `中期` an other field's
    label); any other row as it was."""
    if len(cells) < 3:
        return cells
    # (each cell matched once, a cell with no colon skipped: asked of every row of fields, most of them none of this)
    sides = [None] + [_SIDE_FIGURE.match(c.text) if ":" in c.text or "：" in c.text else None for c in cells[1:]]
    for k in range(len(cells) - 2):
        ma, mb = sides[k + 1], sides[k + 2]
        if ma is None or mb is None:
            continue
        label, a, b = cells[k:k + 3]
        f = match_field(label.text)
        if f is None or f[1] is not None or f[0] not in L.MONEY_FIELDS:
            continue
        if not (ma.group("p") and mb.group("y") or ma.group("y") and mb.group("p")):
            continue                     # (`年度：1000 | 中期：3000`: either order — review of the session, A3)
        total = f[0] in ("budget_total", "budget_year")
        lab = _OTHER_LABEL_END.sub("", label.text.strip())
        side = {True: "中期资金总额", False: "年度资金总额"} if total else {True: lab, False: lab}
        return cells[:k] + [replace(c, text=side[bool(m.group("p"))] + "：" + m.group("n"))
                            for c, m in ((a, ma), (b, mb))] + cells[k + 3:]
    return cells


def _block_and_label(cell: Cell) -> list[Cell]:
    """A cell over two columns holding a money block's label and the first label under it (`项目资金（万元） 其中：财政拨款`,
    a PDF table without vertical rules ran the two together): the two cells, the second in the span's last column;
    else the cell alone."""
    if cell.colspan < 2 or " " not in cell.text and "\u3000" not in cell.text:
        return [cell]
    m = _BLOCK_THEN_LABEL.match(cell.text)
    if m is None or not _is_money_section(Cell(cell.row, cell.col, m.group("a")), cell.col):
        return [cell]
    f = match_field(m.group("b"))
    if f is None or f[1] is not None or f[0] not in L.MONEY_FIELDS:
        return [cell]
    return split_span(cell, m.group("a"), m.group("b"))


# `中央资金（万元）：300`, `县级自筹20万元`, `中央资金：3,000,000元`: a money source named with its amount in one cell or
# line (several apart by `，、；` or spaces); a pair without a colon has its amount's unit written (not `2024年…`)
# (a comma before three digits a thousands' separator, `1,000`, `12,5000`, but not before a year's, `中央100,县级20,
# 2024年结转10` as folded: hunt mn20)
_PAIR_SPLIT = lazy(r"[，、；;。\n]+|,(?!\d{3}(?!\d年))|\s{1,}(?=(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])?[^\s\d:：，,、；;。]{2,16}(?:[(（][^)）]{1,6}[)）])?\s*[:：])")
_SOURCE_PAIR = lazy(r"^(?P<name>[^\d:：\s，,、；;。()（）]{2,16}?)\s*(?P<lu>[(（]\s*(?:亿元|万元|千元|元)\s*[)）])?\s*"
                          rf"(?:(?P<colon>[:：])|为)?\s*(?P<amt>{_CURRENCY_LEAD}\d[\d,]*(?:\.\d+)?\s*(?P<u>亿元|万元|千元|元|万|亿)?)$")
_PAIR_SUMS = frozenset(label_key(x) for x in ("合计", "总计", "共计", "小计", "总额", "资金总额", "总金额"))
_PAIRS_TOTAL = _PAIR_SUMS - {label_key("小计")}      # (the sums of them all: a 小计 sums some)
# the money spent (a 自评表's 执行数 / 实际支出): a 差额 beside it is the budget's unspent rest, no funding gap
_SPENT_FIELDS = frozenset(("spent", "prior_spent"))


def _pairs_total(text: str) -> str | None:
    """The sum a line of sources states after them (`资金来源：中央补助200万元，…，合计350万元。`: `350万元`, its amount as
    written), or None (no such piece; a 小计 is some of them only, and so is a 合计 with sources after it: `中央补助200万元，
    省级配套100万元，合计300万元；县级自筹50万元` sums the levels — it was taken for the project's total, the fiscal part lost)."""
    said = None
    for piece in _PAIR_SPLIT.split(fold(text).strip()):
        m = _SOURCE_PAIR.match(_SUB_LINE.sub("", piece.strip()).strip())
        if m is not None:
            said = m.group("amt").strip() if label_key(m.group("name")) in _PAIRS_TOTAL else None
    return said


# a lone money label's figure of past years (`上年度财政投入`, `以前年度投资`) or a rate / standard (`亩均投资`, `人均补助
# 资金`, `单位成本投资`, `补助标准`): no money of the year's budget, no source
_LONE_NOT_BUDGET = lazy(r"上年|上一年|去年|以前年度|往年|历年|前期|均(?!衡)|每|单价|标准(?!化)|定额|"
                              r"单位(?:成本|造价|投资|价格|面积|长度)|[/／]")
# a lone money label naming what the money is spent on (`培训经费`, `设备购置经费`, `宣传费`)
_SPENDING_ITEM = lazy(r"(?:购置|购买|采购|培训|维护|维修|运维|运行|办公|宣传|劳务|租赁|会议|差旅|印刷|咨询|检测|"
                            r"修缮|设计|监理|开发|材料|设备|工资|专家|评审|审计|资料)[\u4e00-\u9fff]{0,4}(?:经费|费|费用)$")
# a figure of the money's progress, not its source (`实际到位480万元`, `已拨付300万元`)
_NO_SOURCE_WORD = lazy(r"到位|拨付|执行|支出|下达|结余|使用|完成|实际|预计|累计|已")
_PAIR_NUMBER = lazy(r"^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．])\s*")
# a source sentence's verbs before or after the source (`争取上级资金`, `县财政安排`): no source's name
_PAIR_HEAD = re.compile(r"^\s*(?:其中\s*[:：]?\s*)?(?:(?P<head>[^\d:：，,、；;。]{2,10})\s*[:：]\s*(?:其中\s*[:：]?\s*)?)?")


def _source_list(text: str, any_name: bool = False) -> bool:
    """A cell listing two sources or more each with its amount (`财政资金：550；其他资金：50`, `财政资金550万元，其他资金50万元`):
    source lines, the fields from them — not a money sentence of fields alone (beside 资金来源 / 资金构成 the list with no
    colons gave the fields and no line, hunt mn18). With `any_name` (the cell beside such a block's label) any short
    name is a source's, as _source_pairs reads it (`财政资金400万元、银行贷款100万元`: the loan was lost, mend md20)."""
    return len(_source_pairs(text, any_name) or ()) > 1


def _makeup_list(text: str, expenses: bool = False) -> bool:
    """A cell listing uses each with its amount, none a source (`建安工程费500万元、设备购置费100万元`, or one alone,
    `建安工程费：500万元`): a composition beside 投资构成, read as _source_pairs reads any short name beside a block's
    label; with `expenses`, every name an expense _part_kind knows (beside 资金构成, where a name of neither, `银行贷款`,
    `群众投劳`, is a source's as before)."""
    pairs = _source_pairs(text, True)
    # (no source, `银行贷款500万元`, `群众投劳50万元` beside 投资构成 either: they were composition lines — review rv63;
    # `其他100万元` after the uses is the rest of them)
    return pairs is not None \
        and not any(_source_name(name) and not L.REST_MONEY.fullmatch(label_key(name)) for name, _, _ in pairs) \
        and (not expenses or all(kind == "composition" for kind in _spending_kinds(pairs)))


def _spending_kinds(pairs) -> list[str | None]:
    """The kind of each (name, amount, unit) of a list beside 资金构成: `composition` for an expense _part_kind knows
    (`设备购置`) and, beside one, for a use of the budget by its nature (`人员经费`: what the money is spent on too —
    `设备购置80万元、人员经费100万元` made 设备购置 a source line, read-only review rd2; alone, or beside sources only, a
    use as before); `source` for a source's name (_source_name: `省级补助`, `群众投劳`); None for a name of neither."""
    expense = any(_part_kind(name) == "composition" for name, _, _ in pairs)
    return ["composition" if _part_kind(name) == "composition" or expense and label_key(name) in _USE_NAMES
            else "source" if _source_name(name) else None for name, _, _ in pairs]


def _name_before(text: str, figure: str) -> str | None:
    """The name a money sentence writes right before FIGURE (`项目资金：12,5000万元，其中：财政资金…`: `项目资金`; for
    `…财政资金12,5000万元`, `财政资金`), read as _money_sentence_read reads a clause's name; None if none."""
    for m in _SENTENCE_FIGURE.finditer(fold(text)):
        if m.group(2) == fold(figure).strip():
            return clean(_SUB_LINE.sub("", _SENTENCE_LEAD.sub("", m.group(1)))) or None
    return None


def _mixed_kinds(text: str) -> list[str] | None:
    """The kind of each piece of a list beside 资金构成 mixing uses and sources (`设备购置80万元、省级补助100万元`):
    each piece's _spending_kinds (`composition` for an expense, `source` for a source's, `省级补助`, `群众投劳`); None
    unless both kinds are in it. The list's use was a source line (hunt mn20's leftover, mn22). None too when a piece is
    of neither kind (`设备购置80万元、人员培训100万元`: two uses, one unknown — it was a source, the uses a false
    budget_sum_mismatch, review rv75) or names a money field: the list is then read as any source list, each piece a
    source line — its `其他资金100万元` the form's budget_other, as any source list's is (it was lost), and so its
    `财政资金100万元` budget_fiscal (read-only review rd2's leftover, hunt mn23)."""
    pairs = _source_pairs(text, True)
    if pairs is None or any(match_field(_SUB_LINE.sub("", name)) is not None for name, _, _ in pairs):
        return None
    kinds = _spending_kinds(pairs)
    return kinds if None not in kinds and len(set(kinds)) == 2 else None


@lru_cache(maxsize=1 << 14)
def _source_pairs(text: str, any_name: bool = False) -> tuple[tuple[str, str, str | None], ...] | None:
    """A cell (or a text line) holding money sources each named with its amount: `中央资金（万元）：300`, `其中：中央补助
    50万元，省级配套30万元，县级自筹20万元`, `资金来源：争取上级资金80万元、县财政安排20万元`, `上级补助资金：400000元、县级配套
    资金：200000元`. Return (name as written, amount as written with its unit, the unit the name declares) for each, or
    None when any piece is no such pair. A name is a source's (中央资金, 县级配套资金, 自筹资金 …) unless the text opens
    with a money block's label (`资金来源：`) or `any_name` (the cell stands under one): then any short name is; a use
    of the money (`其中:基本支出:900.47`, a 部门整体 form's 按支出性质分 beside the sources) is a pair too (its line made a
    use). A pair without a colon writes its amount's unit (`中央补助50万元`)."""
    t = fold(text).strip()
    if not t or not _DIGITS.search(t) or len(t) > 160:
        return None
    lead = _PAIR_HEAD.match(t)
    head = lead.group("head") if lead is not None else None
    if head is not None:
        if label_key(head) not in MONEY_SECTION_KEYS and not _is_source(head):
            head = None
            lead = re.match(r"^\s*(?:其中\s*[:：]?\s*)?", t)
        else:
            any_name = any_name or label_key(head) in MONEY_SECTION_KEYS
    if head is not None and _is_source(head) and label_key(head) not in MONEY_SECTION_KEYS:
        lead = re.match(r"^\s*(?:其中\s*[:：]?\s*)?", t)       # `中央资金：300`: the head is the pair's own name
    out = []
    for piece in _PAIR_SPLIT.split(t[lead.end():]):
        piece = piece.strip()
        if not piece:
            continue
        piece = _SUB_LINE.sub("", _PAIR_NUMBER.sub("", piece)).strip()     # (`1.中央资金：300万元`)
        # (`2024年结转资金500万元`: money carried over named by its year, the name read after it and kept with it — the
        # list was an unparsed row, review rv63)
        year = _CARRIED_YEAR.match(piece)
        m = _SOURCE_PAIR.match(piece[year.end():] if year else piece)
        if m is None or (m.group("colon") is None and m.group("u") is None and m.group("lu") is None):
            return None
        name = m.group("name")
        if label_key(name) in _PAIR_SUMS:
            continue                         # `…，合计500万元`: the sources' sum, no source
        # (a level's fiscal money named by what it is for, `其中县级财政救助资金400万元`, is a source's name, as in a
        # money sentence — the cell was an unparsed row, hunt mn9; not its progress, `县财政已拨付300万元`)
        if not (_is_source(name) or _level_fiscal_name(name) and not _NO_SOURCE_WORD.search(name)
                or L.OTHER_MONEY.fullmatch(label_key(name)) and not L.REST_MONEY.fullmatch(label_key(name))
                or label_key(name) in _USE_NAMES
                or any_name and not _NO_SOURCE_WORD.search(name)
                and re.search(r"[\u4e00-\u9fff]{2}", name)
                and match_field(name) is None and not _YEAR_PART.match(label_key(name))):
            return None
        out.append(((year.group(0) if year else "") + name, m.group("amt").strip(),
                    declared_unit(m.group("lu") or "") if m.group("lu") else None))
    return tuple(out) or None


# a money line's name telling the money's progress, not a source (`已到位资金`, `实际到位资金`, `已拨付资金`, `累计支出`)
# (the verb, no noun made of it: `使用者付费 | 600`, a PPP project's user-paid money, is a source, not money used)
_PROGRESS_LINE = lazy(r"^(?:其中[:：]?)?(?:已经|已|实际|累计|截至目前)?(?:到位|拨付|下达|支出|执行|使用)(?![者方人])")
_PROGRESS_DONE = lazy(r"^(?:其中[:：]?)?(?:已经|已|截至目前)")


def _progress_field(name: str) -> str | None:
    """budget_issued or spent for a figure of the money's progress named in a sentence (`实际到位` as 实际到位资金,
    `实际支出`), else None (`已拨付`, `累计完成`: no field, kept as written)."""
    key = _SUB_LINE.sub("", name).strip()
    for cand in (key, key + "资金"):
        f = match_field(cand)
        if f is not None and f[1] is None and f[0] in ("budget_issued", "spent"):
            return f[0]
    return None


def _sources_then_progress(text: str) -> tuple[tuple[tuple[str, str, str | None], ...], tuple[tuple[str, str], ...]] | None:
    """`资金来源：中央资金300万元，县级资金200万元，实际到位480万元`: money sources each with its amount (_source_pairs),
    then figures of the money's progress, each with its amount and unit (`实际到位480万元`, `已拨付300万元`). Return
    (the sources' pairs, the progress (name, amount with its unit)), or None when the text is no such line."""
    t = fold(text).strip()
    if not t or len(t) > 160 or not _NO_SOURCE_WORD.search(t):
        return None
    pieces = [p for p in _PAIR_SPLIT.split(t) if p.strip()]
    progress: list[tuple[str, str]] = []
    while len(pieces) > 1:
        piece = _SUB_LINE.sub("", _PAIR_NUMBER.sub("", pieces[-1].strip())).strip()
        m = _SOURCE_PAIR.match(piece)
        if m is None or m.group("u") is None or not _NO_SOURCE_WORD.search(m.group("name")) \
                or _is_source(m.group("name")):
            break
        progress.insert(0, (m.group("name"), m.group("amt").strip()))
        pieces.pop()
    if not progress or any(label_key(lab) in _PAIR_SUMS or (f := match_field(_SUB_LINE.sub("", lab))) is not None
                           and f[0] in L.MONEY_FIELDS for lab, _, _ in _SENTENCE_MONEY.findall(t)):
        return None     # (`资金总额：500万元，其中中央资金300万元，实际到位480万元`: the total's sentence, _money_sentence's)
    pairs = _source_pairs("，".join(pieces))
    return (pairs, tuple(progress)) if pairs is not None else None


def _source_amount(cells: list[Cell], j: int) -> bool:
    """`一般公共预算资金（万元） | 5600`, `中央资金（万元） | 500` in a table's first column: a money source with its amount
    beside it, a line of the money (not a block's label, whose amount was dropped when the total was read above);
    not `债券资金（元） | 280,000,000.00 | 其中：2025年发行 | …`, a source whose parts follow on its row."""
    c = cells[j]
    return j + 1 < len(cells) and is_number(cells[j + 1].text) and label_key(c.text) not in MONEY_SECTION_KEYS \
        and not (j + 2 < len(cells) and _SUB_LINE.match(cells[j + 2].text)) \
        and (_is_fiscal_kind(c.text) or bool(_SOURCE_HEAD.match(label_key(c.text))))


def _is_money_section(cell: Cell, left: int = 0, unit_known: bool = False) -> bool:
    """项目资金 / 资金来源 (a money block label), or a label in the table's first column (`left`) that
    declares a money unit and is no field (项目资金申请（万元））; with `unit_known` (the form declares its unit,
    `单位：万元`) the label need not declare one (申请债券资金)."""
    k = label_key(cell.text)
    if k in MONEY_SECTION_KEYS:
        return True
    return cell.col == left and len(cell.text) <= 30 and (unit_known or declared_unit(cell.text) is not None) \
        and bool(_MONEY_WORDS.search(k)) and match_field(cell.text) is None and not _SUB_LINE.match(cell.text) \
        and _source_pairs(cell.text) is None and _year_money_label(cell.text) is None
    # (`中央资金（万元）：300`: a source and its amount; `其中：专项债券资金（万元） | 20000`: a part of the money above, no
    # block's label; `2023年资金总额（万元） | 500`: a year's money, read by its year as `2023年资金总额 | 500万元` is — it
    # was the project's money, the form's year's row beside it not kept, review rv84)


def _parts_under(h: Header, row: Row) -> int | None:
    """The row under an indicator header naming the parts of one of its columns: 区域目标值 over 新罗区 |
    永定区 | … (one column per place), 偏差原因分析及改进措施 over 偏差原因 | 改进措施. Short words, none a target,
    two or more, all from that header cell's column up to the next header cell. Return its column, or None."""
    if h.kind != "indicator" or row.is_text_line or len(row.cells) < 2:
        return None
    if not all(len(c.text.strip()) <= 10 and target_strength(c.text) < 2 and not is_number(c.text)
               and not match_field(c.text) for c in row.cells):
        return None
    starts = sorted(c.col for c in h.row.cells)
    first = min(c.col for c in row.cells)
    parent = max((p for p in starts if p <= first), default=None)
    nxt = min((p for p in starts if p > first), default=None)
    if parent is None or first != parent or (nxt is not None and max(c.col for c in row.cells) >= nxt):
        return None
    role = next((r for r, c in {**h.cols, **h.extra}.items() if c == parent), None)
    return parent if role is not None and (role in ("target", "deviation", "note", "explanation")
                                           or role.startswith("col:")) else None


_WHOLE_AREA = lazy(r"^(?:全[省市县区州盟旗镇乡]|合计|总计|小计|总体|全域|全部|本级)")


def _options_under(h: Header, row: Row) -> Header | None:
    """The row under an indicator header naming the options of some of its columns, to be ticked (√) in the rows
    below: 偏差原因分析 over 经费保障 | 制度保障 | 人员保障 …, 完成目标可能性 over 确定能 | 有可能 | 完全不可能. Short words,
    no value, each under a head it is not (two or more under one head at least); None otherwise. The header
    returned spans each head over its options and knows them (Header.options)."""
    if h.kind != "indicator" or row.is_text_line or len(row.cells) < 3:
        return None
    if not all(len(c.text.strip()) <= 8 and target_strength(c.text) < 2 and not is_number(c.text)
               and not match_field(c.text) and not any(level_info(c.text)[:2]) for c in row.cells):
        return None
    starts = sorted(c.col for c in h.row.cells)
    under: dict[int, list[Cell]] = {}
    for c in row.cells:
        parent = max((p for p in starts if p <= c.col), default=None)
        if parent is None:
            return None
        under.setdefault(parent, []).append(c)
    if not any(len(v) >= 2 for v in under.values()):
        return None
    role_at = {c: r for r, c in {**h.cols, **h.extra}.items()}
    if any(not (role_at.get(p, "").startswith("col:") or role_at.get(p) in ("deviation", "note", "explanation"))
           for p in under) or len({label_key(c.text) for c in row.cells}) < len(row.cells):
        return None                       # (under a level, name or value column, or words repeated: a row of data)
    widths = dict(h.col_widths)
    options: dict[int, str] = {}
    for parent, cells in under.items():
        widths[parent] = max(widths.get(parent, 1), max(c.col + c.colspan for c in cells) - parent)
        # (`人员\n保障` in a sheet's narrow head cell: one word)
        options.update({c.col: clean(unwrap_cell(c.text)) or c.text.strip() for c in cells})
    return Header(h.kind, h.cols, h.roles, h.row, h.extra, widths, options)


def _places_under(h: Header, row: Row, parent: int) -> Header | None:
    """区域目标值 (a target column) over the places' names: the header with the target under the whole area's
    column (全市 / 合计, else the first place's) and a column `col:<place>` for each other place; None if the
    parts are not under the target."""
    if h.cols.get("target") != parent:
        return None
    parts = sorted(row.cells, key=lambda c: c.col)
    whole = next((c for c in parts if _WHOLE_AREA.match(label_key(c.text))), parts[0])
    cols = dict(h.cols)
    cols["target"] = whole.col
    extra = dict(h.extra)
    for c in parts:
        if c is not whole:
            extra["col:" + (clean(c.text) or str(c.col))] = c.col
    head = h.row
    if all(_BARE_YEAR.match(bare_fold(c.text)) for c in parts):
        # `指标值` over `2025年 | 2026年 | 2027年` (a 中期 form's two-row head): the target's head names its year,
        # `2025年指标值`, so the years read as a one-row `2025年指标值 | 2026年指标值 | …` does — a record a year (it
        # was the first year's target, the later years a note: review rv66)
        head = replace(head, cells=[replace(c, text=clean(whole.text) + c.text.strip()) if c.col == parent else c
                                    for c in head.cells])
    return Header(h.kind, cols, sorted(cols, key=cols.__getitem__), head, extra, h.widths)


def _same_header(a: Header, b: Header) -> bool:
    return a.kind == b.kind and [label_key(c.text) for c in a.row.cells] == [label_key(c.text) for c in b.row.cells]


def read_form(seg: FormSegment) -> RawForm:
    """Given a form segment, return its raw form."""
    form = FormReader(seg).read()
    if seg.first is not None:
        form.first = seg.first           # (a summary table's project: its own row, not the table's title)
    return form


# the label of a scale of grades: 考核等次, 评价等次, 等次划分, 考核等级标准, 等次 (a table's head) …
# (its words may pile up: 绩效评价等级, 综合评价等级, 项目绩效自评等次)
_GRADE_SCALE_LABEL = re.compile(r"^(?:考核|评价|考评|绩效|评分|评定|自评|综合|项目){0,3}(?:结果)?(?:等次|等级)"
                                r"(?:划分|标准|设置|评定|认定|及标准)?$")


@lru_cache(maxsize=1 << 16)
def _grade_scale_head(text: str) -> bool:
    """Is a row's first cell the label of a scale of grades (`_GRADE_SCALE_LABEL` of its label key)? Asked of every row
    a form reads: worked out once a text."""
    return bool(_GRADE_SCALE_LABEL.match(label_key(text) or ""))


# the label of a row of bands of points a scale of grades is laid across (`分数 | 90分以上 | 80-89分 | …`, `分值 | ≥90 |
# …`, `得分区间`), and a band of points (`90分以上`, `≥90`, `80-89`, `<60`, `90（含）以上`): not a year (`2021年`, `2021`)
_BANDS_LABEL = re.compile(r"^(?:考核|评价|综合|自评|绩效){0,2}(?:分数|得分|分值|评分|总分)(?:区间|范围|段|区段|标准)?$"
                          r"|^(?:分数段|区间|分段|分值段)$")
_POINTS_BAND = lazy(r"[≥≤<>＞＜]\s*\d|\d\s*分|\d\s*(?:[（(]含[)）])?\s*(?:[-—–~～至]\s*\d|以[上下])")


# a grade word with its band of points after it (`优秀：90分（含）以上`, `良好80-89分`, `不合格(60分以下)`)
# (or a letter grade with its band: `A：90分（含）以上`, `B(80-89分)`)
# (the grade words one list for both orders: sc14 wrote them out twice, review rv59; normalize.targets' GRADE_WORDS, the
# records' and the targets' too, hunt tg21)
_GRADE_BAND = lazy(rf"(?:{GRADE_WORDS}|(?<![A-Za-z])[A-D](?=\s*[:：(（]))\s*[:：(（]?\s*"
                   r"[≥≤<>＞＜]?\s*\d+(?:\.\d+)?\s*分"
                   # (…or its points first, `90分以上为优`, `80-89分为良`: hunt sc14)
                   rf"|\d+(?:\.\d+)?\s*分[^，,；;。为]{{0,6}}为\s*(?:{GRADE_WORDS})")
_TICK_MARK = lazy(r"[☑☐□■√✓✔✗☒▢◻◼]")
# a grade filled in, alone or with the scale it is graded by in brackets after it (`良（优：90分（含）以上；良：…）`)
_GRADE_FILLED = lazy(rf"^\s*({GRADE_WORDS}|[A-DＡ-Ｄ][+＋]?)\s*"
                           r"(?:[（(](.*)[)）])?\s*$", re.S)
_GRADE_ALONE = lazy(rf"^\s*(?:{GRADE_WORDS})\s*(?:[（(][A-DＡ-Ｄ][)）])?\s*$")


# ---------------------------------------------------------------- 科目 budget tables (_subject_table)
# the head of a research grant's budget lines by 科目 (设备费, 材料费 … 直接费用 / 间接费用)
_SUBJECT_HEADS = frozenset(label_key(x) for x in ("科目", "预算科目", "科目名称", "预算科目名称", "支出科目", "经费科目",
                                                  "费用科目", "开支科目", "经费开支科目", "经费支出科目"))
# a block label left of it (经费预算（万元）, 项目经费预算（万元）, 资助经费预算表)
_SUBJECT_BLOCK = lazy(r"预算|经费|资金")
# its columns: the line's amount, what was spent, the rate, a note, a source of the money (专项经费, 其中：自筹资金)
_SUBJECT_AMOUNT = frozenset(label_key(x) for x in ("合计", "预算数", "金额", "预算金额", "预算", "总额", "经费预算",
                                                   "预算总额", "小计", "总计", "合计金额", "金额合计", "预算经费",
                                                   "申请金额", "经费预算数", "预算合计"))
_SUBJECT_SPENT = frozenset(label_key(x) for x in ("实际支出", "实际支出数", "执行数", "支出数", "实际执行数", "已支出",
                                                  "累计支出", "实际支出金额", "支出金额", "决算数", "实际使用"))
_SUBJECT_RATE = frozenset(label_key(x) for x in ("执行率", "预算执行率", "支出率", "执行进度"))
_SUBJECT_NOTE = frozenset(label_key(x) for x in ("备注", "说明", "测算依据", "主要用途", "开支内容", "用途",
                                                 "计算依据", "测算说明"))
_SUBJECT_SOURCE = lazy(r"经费|资金|资助|自筹|拨款|财政|配套|补助|专项|来源|自有")
# a source column of money not from the treasury (自筹经费, 单位配套), and one from it (专项经费, 市科技资助, 财政资金)
_SUBJECT_OTHER = lazy(r"自筹|配套|自有|其他|其它|单位|企业|银行|贷款|" + L.SOCIAL_MONEY)   # (社会: labels.SOCIAL_MONEY)
_SUBJECT_FISCAL = lazy(r"财政|专项|资助|拨款|补助|中央|[省市区县]级")
# how a 科目's name ends when whole (a line without figures ending otherwise is the first line of a cut name)
_SUBJECT_WHOLE = lazy(r"(?:费|费用|支出|经费|资金|合计|小计)$")
# the two subtotals of a research budget, over the 科目 lines below each
_SUBTOTAL_SUBJECTS = frozenset({"直接费用", "间接费用"})
_CN_TOP = lazy(r"^\s*\(?[一二三四五六七八九十]{1,3}\s*[)、.]")          # 一、直接费用, (一)直接费用 (folded)
_AR_NUMBERED = lazy(r"^\s*(?:其中\s*:?\s*)?\(?\d{1,2}\s*[)、.](?!\d)")   # 1.设备费, 其中:1.设备费 (folded)


def _subject_subtotals(items: list[dict]) -> None:
    """A research budget's breakdown (子项目名称 | 金额: 直接费用 | 85, 设备费 | 20, 业务费 | 45, 劳务费 | 20, 间接费用 | 15):
    the lines after a line named 直接费用 (间接费用) are its parts, until the next one so named, a line numbered
    一、 / （二）, a total or the end of the breakdown; each part's group names its subtotal (the lines were summed
    beside it: twice the budget). Lines with a group of their own are left as they are."""
    parent: str | None = None
    for b in items:
        name = b.get("name") or ""
        key = label_key(name)
        if b.get("kind") != "composition" or is_total_label(key):
            parent = None
        elif key in _SUBTOTAL_SUBJECTS:
            parent = name if b.get("group") is None else None
        elif _CN_TOP.match(fold(name)) or b.get("group") is not None:
            parent = None if b.get("group") is None or b.get("group") != parent else parent
        elif parent is not None:
            b["group"] = parent


def _other_sheet(last: Row, row: Row) -> bool:
    """Is `row` on another sheet of a workbook than `last` (the table's last row so far)?"""
    # (a sheet of one column is read as text lines: no grid, its cells' page the sheet's number)
    return last.grid is not None and last.grid.origin in ("xlsx", "xls") \
        and (row.grid is None or row.grid.origin in ("xlsx", "xls")) and bool(last.cells) and bool(row.cells) \
        and last.cells[0].page is not None and row.cells[0].page is not None \
        and last.cells[0].page != row.cells[0].page
