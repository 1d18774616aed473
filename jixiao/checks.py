"""Audit checks: arithmetic and target-quality rules run over the extracted tables.

Each rule looks at one project at a time through a `ProjectView` (the project
row plus its indicator, budget_items and score rows, all plain dicts as
produced by `jixiao.pipeline.process_file(...).tables`) and yields `Finding`s
whose message states the numbers and whose page/line point at the row that
shows the problem.

    warnings, summary = run_checks(tables, disabled={"vague_target"})

`warnings` has the contract's `warnings` shape (doc_id, project_id, page, line,
code, message); `summary` has one row per project (project_id, doc_id,
n_findings, codes, target_quality, vague_targets, n_indicators).

Provenance: budget_items, indicators and scores rows carry their own page/line.
A project row only carries the provenance of the form's first line (there is no
per-field provenance for `budget_total`, `spent`, `score` …), so rules about
project fields alone point there; rules that involve table rows point at the
row (or, for a sum, at the first line summed).

Adding a rule: write a generator function taking a `ProjectView`, decorate it
with `@rule("snake_case_code", "one-line description")`, document what it
checks, why, and its thresholds in its docstring. Codes are stable ids: never
rename one (warehouses filter on them).
"""
from __future__ import annotations

import itertools
import json
import re
from normalize._lazy_re import lazy, lazy_regex
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from normalize.amounts import (ADJUSTMENT_KEY, DECLARED_UNITS, MONEY_UNITS, amount_range, detect_money_unit,
                               parse_adjustment, parse_amount, parse_number)
from normalize.dates import MONTH_NUMERAL, PLAN_PERIOD, QUARTER_DIGIT, QUARTER_NUMBER, month_number, reversed_period
from normalize.levels import names_satisfaction
from normalize.targets import TEN_THOUSANDS, Target, split_target, unit_in_ones
from normalize.text import fold_width
from parsers.core import bare_fold
from parsers.labels import (FIELD_LABELS as LEXICON, FUNDING_GAP, LEVEL_FISCAL, OTHER_MONEY, REGION_HEAD, SCORE_LABELS,
                            SHARE_TOTAL)

_WS_RUN = lazy(r"\s+")       # (compiled once: call sites ran re.sub / re.search on the pattern text)


# ---------------------------------------------------------------- tolerances

MONEY_TOL = 0.5          # 元: amounts are compared to the half yuan
RATE_TOL = 0.005         # fraction: 0.5 percentage points
POINTS_TOL = 0.005       # score points (scores are written with 2 decimals)
WEIGHT_TOTAL = 100.0     # a scoring table's weights add up to 100 points

SEVERITIES = ("error", "warning", "info")


# ---------------------------------------------------------------- data types

@dataclass(frozen=True)
class Finding:
    """One problem found in one project.

    `severity` is `error` (the form contradicts itself: sums, rates, grades),
    `warning` (the form is incomplete or suspicious) or `info` (target quality).
    """
    code: str
    message: str
    project_id: str | None
    doc_id: str | None
    page: int | None
    line: int | None
    severity: str = "warning"
    indicator_seq: int | None = None     # the indicator it is about (its seq), if any

    def as_warning(self) -> dict:
        """The finding as a row of the contract's `warnings` table."""
        return {"doc_id": self.doc_id, "project_id": self.project_id, "page": self.page,
                "line": self.line, "code": self.code, "message": self.message, "indicator_seq": self.indicator_seq}


@dataclass
class ProjectView:
    """One project row with its indicator, budget_items and score rows (plain dicts)."""
    project: dict
    indicators: list[dict] = field(default_factory=list)
    budget_items: list[dict] = field(default_factory=list)
    scores: list[dict] = field(default_factory=list)
    locations: dict = field(default_factory=dict)   # project column -> (page, line) of its value, when known
    steps: dict = field(default_factory=dict)       # money column -> 元 its last written digit stands for, when known
    # the 合计 / 小计 rows of the project's tables (and of a list of projects, on the list's first project), when
    # known: {"table", "values", "steps", "rows" (seqs; a list's: the project rows), "label", "page", "line"}
    totals: list = field(default_factory=list)
    fmt: str | None = None                          # the document's format (`txt`, `pdf`, `xlsx` …): how places are named

    @property
    def project_id(self) -> str | None:
        return self.project.get("project_id")

    @property
    def doc_id(self) -> str | None:
        return self.project.get("doc_id")

    def get(self, key: str, default=None):
        """A project field (None when absent)."""
        v = self.project.get(key)
        return default if v is None else v

    def finding(self, code: str, message: str, row: dict | None = None,
                severity: str = "warning", field: str | None = None) -> Finding:
        """A finding located at `row` (a table row with page/line), else at the cell of the project
        field it is about (`field`, when the parser recorded where it was), else at the form's first line."""
        if (row is None or (row.get("page") is None and row.get("line") is None)) and field in self.locations:
            page, line = self.locations[field]
            row = {"page": page, "line": line}
        src = row if row is not None and (row.get("page") is not None or row.get("line") is not None) \
            else self.project
        seq = row.get("seq") if row is not None and _holds(self.indicators, row) else None
        return Finding(code, named_fields(message), self.project_id, src.get("doc_id") or self.doc_id,
                       src.get("page"), src.get("line"), severity, seq)


def _holds(rows: list, row: dict) -> bool:
    """Is `row` itself (not an equal dict) one of `rows`? (A plain loop: asked for every finding.)"""
    for x in rows:
        if x is row:
            return True
    return False


RuleFn = Callable[[ProjectView], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    description: str
    fn: RuleFn


_RULES: dict[str, Rule] = {}
# code -> one-line description, in registration order (for docs and --help)
RULES: dict[str, str] = {}
_CODE_RE = lazy(r"^[a-z][a-z0-9_]*$")


def rule(code: str, description: str) -> Callable[[RuleFn], RuleFn]:
    """Register a rule under a stable snake_case `code` with a one-line `description`."""
    if not _CODE_RE.match(code):
        raise ValueError(f"rule code {code!r} is not snake_case")

    def deco(fn: RuleFn) -> RuleFn:
        if code in _RULES:
            raise ValueError(f"rule code {code!r} registered twice")
        _RULES[code] = Rule(code, description, fn)
        RULES[code] = description
        return fn
    return deco


# ---------------------------------------------------------------- helpers

def _num(x) -> float | None:
    """A number or None (NaN, bools and strings are None)."""
    if x is None:
        return None
    t = type(x)
    if t is float:
        return None if x != x else x         # (a table's float or None, the common cases: no builtin asked)
    if t is bool:
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


def fmt_amount(x: float) -> str:
    """568000.0 -> '568,000'; 5904.6 -> '5,904.60'."""
    if abs(x - round(x)) < 0.005:
        return f"{round(x):,}"
    return f"{x:,.2f}"


def fmt_points(x: float) -> str:
    """19.95 -> '19.95'; 20.0 -> '20'."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def fmt_pct(frac: float) -> str:
    """0.98410 -> '98.41%'."""
    return f"{frac * 100:.2f}%"


@lru_cache(maxsize=1 << 16)
def _clean(s: str | None) -> str:
    return _WS_RUN.sub("", s or "")


def _lines(rows: list[dict], fmt: str | None = None) -> str:
    """Where the rows are, in the words of the document's format FMT (as `jixiao report` and `jixiao history`
    name a place): 'lines 46–56' of a text dump, 'page 2' of a PDF, 'sheet 1, rows 10–11' of a workbook, 'table 2,
    rows 5–8' of a Word or web page's table; '' when the rows carry no provenance."""
    places = sorted({(r.get("page"), r.get("line")) for r in rows
                     if r.get("page") is not None or r.get("line") is not None},
                    key=lambda x: (x[0] or 0, x[1] or 0))
    if not places:
        return ""
    if fmt in ("xlsx", "docx", "html") and all(pg is not None and ln is not None for pg, ln in places):
        what = "sheet" if fmt == "xlsx" else "table"
        (p0, l0), (p1, l1) = places[0], places[-1]
        if p0 == p1:
            return f"{what} {p0}, row {l0}" if l0 == l1 else f"{what} {p0}, rows {l0}–{l1}"
        return f"{what} {p0}, row {l0} – {what} {p1}, row {l1}"
    lines = [ln for _, ln in places if ln is not None]
    if lines and (fmt in (None, "txt") or all(pg is None for pg, _ in places)):
        lo, hi = min(lines), max(lines)
        what = "paragraph" if fmt in ("docx", "html") else "line"           # (text outside a Word table)
        return f"{what} {lo}" if lo == hi else f"{what}s {lo}–{hi}"
    pages = [pg for pg, _ in places if pg is not None]
    if pages:
        lo, hi = min(pages), max(pages)
        what = "picture" if fmt in ("xlsx", "docx", "html") else "page"       # (a form read from its pictures)
        return f"{what} {lo}" if lo == hi else f"{what}s {lo}–{hi}"
    lo, hi = min(lines), max(lines)
    return f"line {lo}" if lo == hi else f"lines {lo}–{hi}"


def _where(row: dict, fmt: str | None = None) -> str:
    return _lines([row], fmt) or f"row {row.get('seq')}"


def _first_row(rows: list[dict]) -> dict:
    """The row of `rows` that comes first in the document (page, line, then its seq)."""
    return min(rows, key=lambda b: (b.get("page") or 0, b.get("line") or 0, b.get("seq") or 0))


# the form's label of each money field a message names (an auditor reads the form, not the schema)
FIELD_LABELS = {"budget_total": "项目资金总额", "budget_year": "年度资金总额", "budget_fiscal": "财政资金",
                "budget_other": "其他资金", "budget_issued": "预算下达资金", "budget_initial": "年初预算数",
                "prior_budget": "上年预算数", "prior_spent": "上年执行数", "execution_rate": "执行率"}
_FIELD_IN_PARENS = lazy(r"\((" + "|".join(FIELD_LABELS) + r")\)")
_FIELD_BARE = lazy(r"(?<![\w(,])(" + "|".join(FIELD_LABELS) + r")(?![\w)])")


def named_fields(message: str) -> str:
    """A message with each money field's form label beside its name: `budget_fiscal 432,000 元` -> `财政资金
    (budget_fiscal) 432,000 元`, `the annual budget (budget_year)` -> `the annual budget (年度资金总额, budget_year)`."""
    if "_" not in message and "execution_rate" not in message:
        return message
    message = _FIELD_IN_PARENS.sub(lambda m: f"({FIELD_LABELS[m.group(1)]}, {m.group(1)})", message)
    return _FIELD_BARE.sub(lambda m: f"{FIELD_LABELS[m.group(1)]} ({m.group(1)})", message)


def _ind_name(ind: dict) -> str:
    return ind.get("level3") or ind.get("level2") or f"indicator {ind.get('seq')}"


_TOTAL_NAMES = {"合计", "小计", "总计", "金额合计", "合 计"}


def _is_total_line(item: dict) -> bool:
    return _clean(item.get("name")) in _TOTAL_NAMES or (
        not item.get("name") and _clean(item.get("group")) in _TOTAL_NAMES)


def _of_view(v: ProjectView, name: str, work):
    """`work(v)`, worked out once a run of the rules on a view (three rules ask for its subtotals, two for its
    composition lines), else each time it is asked. The memo lives only while check_project runs the rules, which read
    the view and never change it: a view checked again after its lines were changed in place (a line replaced, its
    amount or group set) is worked out anew — a memo kept on the view past its run answered with the old lines
    (review rv67)."""
    memo = v.__dict__.get("_memo")
    if memo is None:
        return work(v)
    got = memo.get(name)
    if got is None:
        got = memo[name] = work(v)
    return got


def _subtotals(v: ProjectView) -> list[tuple[dict, list[dict]]]:
    """Composition lines that are the subtotal of the lines right after them, whose `group` names them (直接费用
    over 设备费 / 业务费 / 劳务费, 间接费用 over 绩效支出), each with those parts."""
    return _of_view(v, "subtotals", _find_subtotals)


def _find_subtotals(v: ProjectView) -> list[tuple[dict, list[dict]]]:
    comp = [b for b in v.budget_items if b.get("kind") == "composition"]
    out = []
    for k, b in enumerate(comp):
        name = _clean(b.get("name"))
        if not name or _clean(b.get("group")) == name:
            continue
        parts = []
        for x in comp[k + 1:]:
            if _clean(x.get("group")) != name:
                break
            parts.append(x)
        if parts:
            out.append((b, parts))
    return out


def _composition_lines(v: ProjectView) -> list[dict]:
    """The composition lines summed against the money: no total line, no part summed in its subtotal."""
    return _of_view(v, "composition_lines", _find_composition_lines)


def _find_composition_lines(v: ProjectView) -> list[dict]:
    parts = {id(x) for _, xs in _subtotals(v) for x in xs}      # (summed in their subtotal, checked against it)
    return [b for b in v.budget_items
            if b.get("kind") == "composition" and _num(b.get("amount")) is not None
            and not _is_total_line(b) and id(b) not in parts]


# ---------------------------------------------------------------- budget rules

@rule("budget_sum_mismatch",
      "composition budget lines do not add up to the annual budget (or the total)")
def check_budget_sum(v: ProjectView) -> Iterator[Finding]:
    """The breakdown lines (budget_items with kind == "composition": 子项目 /
    项目明细 / 项目当年投入资金构成) must add up to the money they break down:
    `budget_year` (项目当年预算 / 年度资金申请总额) when the form gives one, else
    `budget_total`.

    Why: a breakdown that does not add up means either a line or the total was
    mistyped, or lines were added / changed after the total was set.
    Threshold: |sum − total| > 0.5 元, or half the last digit the total was
    written with when a line is finer than it (`56.80` 万元 over lines in 元:
    ±50 元, 567,960 rounds to it). `合计` / `小计` lines are left out of
    the sum; lines that add up to `budget_total` while `budget_year` differs
    (a multi-year project broken down as a whole) are accepted. Located at the
    first line summed. A line whose amount is a range (`800-1000` under
    `金额（万元）`: null, the range in its note, `金额：800-1000万元`) adds its
    bounds: no finding when the total lies between them.

    Not checked on 部门（单位）整体 forms (title contains 整体支出 or
    部门（单位）整体绩效, or the budget has a `use` line named 项目支出): their
    年度主要任务 lines cover the 项目支出 part of the department's budget, often
    only its key tasks.

    The parts of a subtotal line (a composition line whose parts follow it,
    their `group` naming it: 直接费用 over 设备费 / 业务费 …) are left out of
    the sum, the subtotal counted for them, and checked against it instead:
    they must add up to it (more is always
    reported; less only for two parts or more, a single `其中：` part being
    some of it: `设备购置费 | 600,000` over `其中：信息化设备 | 240,000`). Located
    at the subtotal.
    """
    for sub, parts in _subtotals(v):
        want = _num(sub.get("amount"))
        got = [_num(x.get("amount")) for x in parts]
        if want is None or None in got:
            continue
        s = sum(got)
        if s > want + MONEY_TOL or (s < want - MONEY_TOL and len(parts) >= 2):
            yield v.finding(
                "budget_sum_mismatch",
                f"budget lines under {_clean(sub.get('name'))} sum to {fmt_amount(s)} 元 but "
                f"{_clean(sub.get('name'))} is {fmt_amount(want)} 元 (difference {fmt_amount(s - want)}); "
                f"{len(parts)} line{'s' if len(parts) > 1 else ''}, {_lines(parts, v.fmt)}", sub, "error")
    lines = _composition_lines(v)
    if not lines:
        return
    s = sum(_num(b["amount"]) for b in lines)
    projects_part = [x for b in v.budget_items if b.get("kind") == "use" and (b.get("name") or "").strip() == "项目支出"
                     for x in [_num(b.get("amount"))] if x is not None]
    if projects_part or _WHOLE_DEPARTMENT.search(v.get("title") or ""):
        return        # (a department's key tasks: often some of its 项目支出 only, a 湛江 form's 3 of many)
    total_field = "budget_year" if _num(v.get("budget_year")) is not None else "budget_total"
    total = _num(v.get(total_field))
    if total is None:
        return
    ranges = _ranged_lines(v)
    if ranges and s + sum(lo for lo, _ in ranges) - MONEY_TOL <= total <= s + sum(hi for _, hi in ranges) + MONEY_TOL:
        return        # (`硬件购置 | 800-1000` beside lines of 1,000 under 2,000: the total within what the ranges allow)
    if not _matches_budget(v, s, [_num(b["amount"]) for b in lines]):
        label = "annual budget (budget_year)" if total_field == "budget_year" else "total (budget_total)"
        first = _first_row(lines)
        yield v.finding(
            "budget_sum_mismatch",
            f"budget lines sum to {fmt_amount(s)} 元 but the {label} is {fmt_amount(total)} 元 "
            f"(difference {fmt_amount(s - total)}){_wan_mixup(s, total)}; {len(lines)} composition lines, "
            f"{_lines(lines, v.fmt)}" + (f"; and {len(ranges)} of a range, {fmt_amount(sum(lo for lo, _ in ranges))}–"
                                         f"{fmt_amount(sum(hi for _, hi in ranges))} 元, not within it either"
                                         if ranges else ""), first, "error")


_RANGE_NOTE = lazy(r"(?:^|；)金额：([^；]+)")


def _ranged_lines(v: ProjectView) -> list[tuple[float, float]]:
    """The bounds of the composition lines whose amount is a range (null, the range kept in the note as `金额：800-1000
    万元`), in yuan."""
    out = []
    for b in v.budget_items:
        m = _RANGE_NOTE.search(b.get("note") or "") if b.get("kind") == "composition" and b.get("amount") is None \
            else None
        got = amount_range(m.group(1)) if m is not None else None
        if got is not None:
            out.append(got)
    return out


def _wan_mixup(s: float, total: float) -> str:
    """The likely cause of a sum 10,000 times off its total (to 0.1%): one side's unit, 元 or 万元, mistaken."""
    if s > 0 and total > 0:
        for big, small, which in ((s, total, "the lines are"), (total, s, "the total is")):
            if abs(big / small - 10000) <= 10:
                return f": {which} 10,000 times the other, 元 written where 万元 was meant or the reverse?"
    return ""


# a 部门（单位）整体 form's title (整体支出绩效目标表, 部门（单位）整体绩效目标表)
_WHOLE_DEPARTMENT = lazy(r"整体支出|(?:部门|单位)(?:[（(]单位[)）])?整体绩效")


# the three budgets a fiscal line belongs to (一般公共预算拨款 …: the fiscal part, not a third source); 财政专户管理
# 资金 is no part of them
_THREE_BUDGETS = lazy(r"一般公共预算|政府性基金|国有资本经营")


# the labels of the year's money (2024年度计划投资, 本年度申请债券额度, 年初预算数): lines grouped under one split the
# year's budget, a part of the project's total already
_YEAR_MONEY = frozenset(_clean(x) for col in ("budget_year", "budget_initial") for x in LEXICON[col])


def _of_year(b: dict) -> bool:
    """A funding line that is a part of the year's money (`2024年度计划投资 | 22,000 | 其中 | 债券资金 | 16,000`)."""
    g = _GROUP_NUMBERING.sub("", _clean(b.get("group"))).rstrip("：:")
    return bool(g) and (g in _YEAR_MONEY or _source_group_total(g) == "budget_year")


# the labels of budget_other itself (自筹资金, 单位自筹 …): a source line so named of its amount is the field's own
_OTHER_LABELS = frozenset(_clean(x) for x in LEXICON["budget_other"])


def _third_sources(v: ProjectView, year_parts: bool = True) -> tuple[float, list[str]]:
    """Sum and 'name amount 元' labels of funding lines that are neither 财政 nor 其他 money, nor a breakdown of
    either: lines under a 财政拨款 / 其他资金 group, or lines that add up to budget_fiscal or budget_other exactly
    (`其中：财政拨款 | 70` over `| 中央补助 | 40` / `| 省级补助 | 30`: the fiscal part's own sources, counted twice
    when added to it) unless, added as a third kind, they complete the split; nor lines of a group whose source lines
    add up to budget_fiscal + budget_other (`资金来源 | 财政资金400万元、银行贷款50万元`: the loan is budget_other itself,
    400 + 50 of 500 no split completed by it — mend md20). Without the parts of the year's money unless `year_parts`
    (they are counted in the project's total once already, through the year's)."""
    total, names, amounts = 0.0, [], []
    split_groups = _groups_of_split(v)
    other_, fiscal_ = _num(v.get("budget_other")), _num(v.get("budget_fiscal"))
    for b in v.budget_items:
        amt = _num(b.get("amount"))
        name = b.get("name") or ""
        if amt is not None and (other_ is not None and abs(amt - other_) <= MONEY_TOL and _clean(name) in _OTHER_LABELS
                                or fiscal_ is not None and abs(amt - fiscal_) <= MONEY_TOL
                                and LEVEL_FISCAL.match(_clean(name))):
            continue     # (`自筹资金 | 150`, `中央衔接资金 | 450` among a 资金来源 block's lines: the line budget_other /
            # budget_fiscal was read from, counted once — it was added to the field again, a false
            # fiscal_other_mismatch / fiscal_total_gap, hunt mn31)
        fiscal = _THREE_BUDGETS.search(name) or ("财政" in name and "专户" not in name)
        group = b.get("group")
        if group and (_source_group_total(group) == "budget_fiscal" or "其他" in group):
            continue                     # (1. 上级财政拨款 / 2. 本级财政安排 under （一）财政拨款: its parts)
        if not year_parts and _of_year(b):
            continue
        if group and _clean(group) in split_groups:
            continue
        if b.get("kind") == "source" and amt and not fiscal and "其他" not in name:
            total += amt
            amounts.append(amt)
            names.append(f"{name} {fmt_amount(amt)} 元")
    if len(amounts) >= 2:
        fiscal_, other_ = _num(v.get("budget_fiscal")), _num(v.get("budget_other"))
        split = (fiscal_ or 0.0) + (other_ or 0.0)
        if not _matches_budget(v, split + total, amounts, cols=_SPLIT_OF) and any(
                x is not None and abs(total - x) <= MONEY_TOL for x in (fiscal_, other_)):
            return 0.0, []
    return total, names


def _groups_of_split(v: ProjectView) -> set[str]:
    """The groups of two source lines or more that add up to budget_fiscal + budget_other (both stated): the split
    itself written as lines, no third kind beside it."""
    fiscal, other = _num(v.get("budget_fiscal")), _num(v.get("budget_other"))
    if fiscal is None or other is None:
        return set()
    sums: dict[str, list[float | None]] = {}
    for b in v.budget_items:
        if b.get("kind") == "source" and b.get("group"):
            sums.setdefault(_clean(b["group"]), []).append(_num(b.get("amount")))
    return {g for g, xs in sums.items() if len(xs) >= 2 and None not in xs and abs(sum(xs) - fiscal - other) <= MONEY_TOL}


def _money_tol(v: ProjectView, col: str, parts: Iterable[float] = ()) -> float:
    """How far a sum of `parts` may lie from the project's `col` amount: 0.5 元, or half the last written digit of
    that amount when a part is finer than it (lines in 元 under `56.80` 万元: 56.796 万元 rounds to it, ±50 元)."""
    step = v.steps.get(col) or 0.0
    if step <= 1 or all(abs(p / step - round(p / step)) < 1e-6 for p in parts):
        return MONEY_TOL       # (lines written as finely as the total: no rounding between them)
    return max(MONEY_TOL, step / 2)


def _matches_budget(v: ProjectView, amount: float, parts: Iterable[float] = (),
                    cols: tuple[str, ...] = ("budget_total", "budget_year")) -> bool:
    """True when `amount` equals budget_total or budget_year (or another of `cols`; 0.5 元, or the rounding of the
    figure as written when `parts`, the amounts summed, are finer than it: see `_money_tol`)."""
    parts = list(parts)
    return any(x is not None and abs(amount - x) <= _money_tol(v, col, parts)
               for col in cols for x in [_num(v.get(col))])


# the totals a fiscal split may be of: a 自评表's split read from its 年初预算数 column beside the 全年预算数 of
# budget_year (`年度资金总额 | 800.00 | 850.00` over `其中：当年财政拨款 | 800.00 | 850.00`)
_SPLIT_OF = ("budget_total", "budget_year", "budget_initial")


def _stated_gaps(v: ProjectView) -> list[float]:
    """The funding gap the form states itself (`资金缺口 | 30`, `差额（万元） | 30`, `尚需筹措资金 | 30`, kept in
    other_fields), each reading of it: in its label's unit, else in each money unit (the split and the total it
    closes tell which is meant). [] when the form states none. A 差额 that is the budget less the money spent (a
    自评表's `执行数 | 180 | 差额 | 20` under 预算数 200) is the budget's unspent rest, no gap of funding: left out (it
    closed a true fiscal_other_mismatch)."""
    out = []
    spent = _num(v.get("spent"))
    rests = [b - spent for k in ("budget_year", "budget_total", "budget_issued", "budget_initial")
             for b in [_num(v.get(k))] if b is not None] if spent is not None else []
    for key, raw in _other_fields(v).items():
        if not isinstance(raw, str) or not FUNDING_GAP.match(_BRACKETS.sub("", fold_width(key)).strip()):
            continue
        declared = detect_money_unit(key)
        out += [x for u in ((declared,) if declared else DECLARED_UNITS) for x in [parse_amount(raw, u)]
                if x is not None and not ("差额" in key and any(abs(x - r) < 0.5 for r in rests))]
    return out


_BRACKETS = lazy(r"[(][^()]*[)]")


def _gap_closes(v: ProjectView, split: float) -> bool:
    """Whether the split (`split`, the parts read) and a funding gap the form states add up to the total."""
    return any(_matches_budget(v, split + g, cols=_SPLIT_OF) for g in _stated_gaps(v))


@rule("fiscal_other_mismatch",
      "财政资金 + 其他资金 differ from the project total")
def check_fiscal_other(v: ProjectView) -> Iterator[Finding]:
    """`budget_fiscal` + `budget_other` must equal the money they split. Checked
    when budget_fiscal, budget_other and budget_total (else budget_year: the
    national 目标表 and 自评表 give 年度资金总额 alone) are present and the two
    parts are not both zero (an all-zero split means the form left the split
    blank).

    Why: the funding split is what the treasury pays against.
    Threshold: 0.5 元. The split may describe the annual budget rather than
    the total (2020 Minhang forms list 财政拨款 / 其他资金 under 当年预算), so a
    split that matches `budget_year` is accepted too. Funding lines of a third
    kind (budget_items with kind == "source" whose name has neither 财政 nor
    其他: 单位自有资金, 上年结转资金 …) may complete the split: the check
    passes when the two parts, or the two parts plus those lines, match; so
    does a funding gap the form states itself (`资金缺口 | 30`, `差额 | 30`,
    kept in other_fields, read in its label's unit or any money unit).
    """
    fiscal, other = _num(v.get("budget_fiscal")), _num(v.get("budget_other"))
    whole = _first_amount(v, ("budget_total", "budget_year"))    # (a national 目标表 / 自评表: 年度资金总额 alone)
    if whole is None or fiscal is None or other is None or (fiscal == 0 and other == 0):
        return
    total_field, total = whole
    extra, extra_names = _third_sources(v)
    s = fiscal + other + extra
    if _matches_budget(v, fiscal + other, cols=_SPLIT_OF) or _matches_budget(v, s, cols=_SPLIT_OF):
        return
    if _gap_closes(v, fiscal + other) or _gap_closes(v, s):
        return          # (`资金缺口 | 30` beside 财政 420 and 其他 50 of 500: the form states the shortfall itself)
    plus = "".join(f" + {n}" for n in extra_names)
    yield v.finding(
        "fiscal_other_mismatch",
        f"budget_fiscal {fmt_amount(fiscal)} 元 + budget_other {fmt_amount(other)} 元{plus} = "
        f"{fmt_amount(s)} 元 but {total_field} is {fmt_amount(total)} 元 "
        f"(difference {fmt_amount(s - total)})", severity="error", field="budget_fiscal")


@rule("fiscal_total_gap",
      "财政资金 differs from the total while 其他资金 is blank")
def check_fiscal_gap(v: ProjectView) -> Iterator[Finding]:
    """When `budget_other` is blank (null) the fiscal part should be the whole
    of `budget_total` (or of `budget_year`, also when the form gives no other
    total: 年度资金总额 alone); a gap means the rest of the money
    has no stated source, an excess means the fiscal part is wrong.

    Why: complements `fiscal_other_mismatch`, which needs all three values.
    Threshold: 0.5 元. Funding lines of a third kind (单位自有资金, 上年结转资金 …,
    see `fiscal_other_mismatch`) are added to the fiscal part, and named in
    the message; lines grouped under a label of the year's money
    (`2024年度计划投资 | 22,000 | 其中 | 债券资金 | 16,000`) are parts of the
    year's budget, not added again when the fiscal part is measured against
    the total. A fiscal part under a `budget_year` that is under `budget_total`
    (a 中期 / 实施期 total beside the year's money) is measured against the
    year's budget. A funding gap the form states itself (`资金缺口 | 50`, see
    `fiscal_other_mismatch`) may make up the difference: then no finding.
    """
    fiscal = _num(v.get("budget_fiscal"))
    whole = _first_amount(v, ("budget_total", "budget_year"))    # (a national 目标表 / 自评表: 年度资金总额 alone)
    if whole is None or fiscal is None or _num(v.get("budget_other")) is not None:
        return
    total_field, total = whole
    extra, names = _third_sources(v)
    # (the parts of the project's total without the year's parts: `项目总投资 | 68,000 | 其中 | 专项债券资金 | …` and
    # `2024年度计划投资 | 22,000 | 其中 | 债券资金 | 16,000` — the year's bonds are among the total's bonds already)
    extra_t, names_t = _third_sources(v, year_parts=False)
    if any(_matches_budget(v, s, cols=_SPLIT_OF) or _gap_closes(v, s) for s in (fiscal, fiscal + extra, fiscal + extra_t)):
        return          # (and `资金缺口 | 50` beside 财政 450 of 500: the form states the money of no source itself)
    year = _num(v.get("budget_year"))

    def summed(lines: list[str], more: float) -> str:
        # (what was added up: the fiscal part, and the funding lines of a third kind each named; it was all called
        # budget_fiscal: `budget_fiscal is 640,000,000 元` of a form whose 财政预算资金 is 80,000,000)
        if not lines:
            return f"budget_fiscal is {fmt_amount(fiscal)} 元"
        return f"budget_fiscal {fmt_amount(fiscal)} 元" + "".join(f" + {n}" for n in lines) \
            + f" = {fmt_amount(fiscal + more)} 元"
    if year is not None and fiscal + extra < year < total:
        # a total over several years (中期 / 实施期) beside the year's budget: the fiscal part is the year's, its gap
        # is to the year's budget (the whole period's rest was reported as money of no source)
        msg = (f"{summed(names, extra)} of a budget_year of {fmt_amount(year)} 元 "
               f"and budget_other is blank: {fmt_amount(year - fiscal - extra)} 元 have no stated source")
    elif fiscal + extra_t < total:
        msg = (f"{summed(names_t, extra_t)} of a {total_field} of {fmt_amount(total)} 元 "
               f"and budget_other is blank: {fmt_amount(total - fiscal - extra_t)} 元 have no stated source")
    else:
        msg = (f"{summed(names_t, extra_t).replace(' is ', ' ')} exceeds {total_field} {fmt_amount(total)} 元 "
               f"(by {fmt_amount(fiscal + extra_t - total)} 元)")
    yield v.finding("fiscal_total_gap", msg, severity="warning", field="budget_fiscal")


# a part of a plan by quarter or month as the forms keep it in other_fields (forms._money_by_quarter: `一季度：100万元`,
# `第二季度：…`, `Q3：…`, `1-3月：…`, `十二月：…`), its amount with a money unit; the plan's sum (`合计：…`) aside
_PLAN_PART = lazy(rf"^(?:{PLAN_PERIOD})[:：](?P<amt>.+?(?:亿元|万元|千元|元))$")
_PLAN_SUM = lazy(r"^(?:合计|小计|全年)[:：]")


def _plan_months(m: re.Match) -> list[int]:
    """The months a plan's part covers: a quarter's three, a month, a span of months (`1-3月`)."""
    q = m.group("q") or m.group("qq")
    if q:
        n = QUARTER_NUMBER[q]
        return [3 * n - 2, 3 * n - 1, 3 * n]
    a, b = (month_number(x) for x in (m.group("m1") or m.group("m2"), m.group("m2")))
    return list(range(a, b + 1))


def _year_plan_parts(raw: str) -> list[float] | None:
    """The amounts of a plan of the year's money by quarter or month (`一季度：100万元；二季度：120万元；…`), in the
    order written, when its parts are amounts each with its unit and cover the year's twelve months once each; else
    None (a plan of shares, `25%`, a part of no unit, a plan of some quarters only)."""
    months: list[int] = []
    parts: list[float] = []
    for part in (p.strip() for p in raw.split("；")):
        if not part or _PLAN_SUM.match(part):
            continue
        m = _PLAN_PART.match(part)
        x = parse_amount(m.group("amt")) if m is not None else None
        if x is None:
            return None
        months += _plan_months(m)
        parts.append(x)
    return parts if sorted(months) == list(range(1, 13)) else None


# a plan of what is paid out by the end of each period, not in it (`分季度累计用款计划`, `累计支出进度计划`): its last part
# is the year's (review rv6: its parts were summed, 100 + 250 + 380 + 500 against a year's 500)
_PLAN_CUMULATIVE = lazy(r"累计")
# a plan of the fiscal money only (`财政资金分季度用款计划`, `财政拨款用款计划`): of budget_fiscal, not of the year's whole money
# (review rv6: it was checked against budget_total, 自筹 and all)
_PLAN_FISCAL = lazy(r"(?<!非)财政")


@rule("quarter_plan_mismatch",
      "the year's money planned by quarter or month does not add up to the year's budget")
def check_quarter_plan(v: ProjectView) -> Iterator[Finding]:
    """A plan of the year's money by quarter or month (`分季度用款计划 | 一季度 | 二季度 | 三季度 | 四季度` over the
    amounts, kept in other_fields as `一季度：100万元；二季度：120万元；…`) must add up to the year's budget
    (`budget_year`, else `budget_total` when the form gives no year's money apart; `budget_fiscal` when the plan is
    the fiscal money's, `财政资金分季度用款计划`). Checked when every part is an amount with its unit and the parts cover
    the twelve months once (the four quarters, the twelve months, or spans `1-3月` …); a plan of shares (`25%`) or of
    some quarters only is not. A cumulative plan (`分季度累计用款计划`, or parts that only grow to the budget, `100 | 250 |
    380 | 500` of a 500) is checked by its last part.

    Why: the plan is what the treasury pays out by; a plan of other money than the budget says is a wrong figure
    in one of them (hunt mn9: the quarters' sum was checked nowhere).
    Threshold: 0.5 元.
    """
    for key, raw in _other_fields(v).items():
        if not isinstance(raw, str) or "；" not in raw or (parts := _year_plan_parts(raw)) is None:
            continue
        fiscal = bool(_PLAN_FISCAL.search(key))
        whole = _first_amount(v, ("budget_fiscal",) if fiscal else ("budget_year", "budget_total"))
        if whole is None:
            continue
        col, budget = whole
        cumulative = _PLAN_CUMULATIVE.search(key) is not None
        got = parts[-1] if cumulative else sum(parts)
        if abs(got - budget) > 0.5 and not (abs(parts[-1] - budget) <= 0.5
                                            and all(a <= b for a, b in zip(parts, parts[1:]))):
            yield v.finding(
                "quarter_plan_mismatch",
                f"{key} {'ends at' if cumulative else 'adds up to'} {fmt_amount(got)} 元 but "
                f"{col} is {fmt_amount(budget)} 元 (difference {fmt_amount(got - budget)})", severity="error", field=col)


# the total a group of funding lines breaks down, by the group's label (the row the lines are under): the fiscal
# money (`（一）财政拨款` over 1. 上级财政拨款 / 2. 本级财政安排 / 3. 下级财政配套), the year's money, the whole
# project's; a group of any other label (项目资金, 资金来源 …: a block that may list some sources only) is not summed
_SOURCE_GROUP_TOTALS = (
    (re.compile(r"^(?:财政拨款|财政资金|财政性资金|财政拨款资金)(?:小计|合计)?$"), "budget_fiscal"),
    (re.compile(r"^(?:年度资金总额|年度资金|当年预算|年度预算|年度预算申请|当年预算资金)$"), "budget_year"),
    (re.compile(r"^(?:项目总预算|项目资金总额|资金总额|总投资|项目总投资|计划总投资|专项资金总额)$"), "budget_total"),
)
_GROUP_NUMBERING = lazy(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")
# a money block's label over its sources, of no total of its own (`资金来源`, `项目资金来源`, `资金构成`)
# a source line naming the rest of the money, whatever its source (`其他资金`, `其它`): the block's list is complete
_CATCH_ALL = lazy(r"^其[他它](?:资金|来源|收入)?$")
_SOURCE_BLOCK = lazy(r"^(?:项目)?资金(?:来源|构成|来源构成)(?:情况)?$")


def _source_group_total(group: str | None) -> str | None:
    """The project money field a group of funding lines breaks down (`（一）财政拨款` -> budget_fiscal), or None."""
    g = _GROUP_NUMBERING.sub("", _clean(group)).rstrip("：:")
    return next((col for pat, col in _SOURCE_GROUP_TOTALS if pat.match(g)), None)


@rule("source_sum_mismatch",
      "funding-source lines do not add up to the money they break down")
def check_source_sum(v: ProjectView) -> Iterator[Finding]:
    """The funding-source lines under one group (budget_items with kind ==
    "source" whose `group` is the label they are under) must add up to the
    money that label stands for: `（一）财政拨款：800000` over `1. 上级财政拨款：0`
    / `2. 本级财政安排：760000` / `3. 下级财政配套：0` (0 + 760,000 + 0 is not
    800,000) against `budget_fiscal`; lines under 年度资金总额 / 当年预算
    against `budget_year`; under 项目总预算 / 资金总额 / 总投资 against
    `budget_total`.

    Why: the sources are what each level of government pays; a gap means a
    source was mistyped or left out.
    Threshold: 0.5 元, or half the last digit the total was written with when
    a line is finer than it (see `budget_sum_mismatch`). Left alone, so as not
    to report a consistent form: a group of another label (项目资金 / 资金来源
    …, which may list some sources only — but a 资金来源 / 资金构成 block's
    lines adding up to more than the larger of budget_total / budget_year
    are checked against it: no list of some sources is more than the whole
    money; unless the excess is the lines right after one line, no more than
    it: its `其中` parts, counted twice), a single line (`其中：` one source),
    a group with a blank line or with a name twice (a 中期 | 年度 matrix of
    columns), a sum that equals any of budget_total / budget_year /
    budget_fiscal (the label stood for another of the project's totals), a
    sum that budget_fiscal or budget_other (or both) complete to the total (a
    part written as a field: `其中 | 财政预算资金 | 10000` beside `其中 | 专项债券资金`), a
    项目总投资 of bonds and capital lines only whose sum falls short of it (a
    bond project's other debt, 市场化融资, need not be listed; review rv42).
    Ungrouped lines (a 自评表's `其中：当年财政拨款 / 上年结转资金 / 其他资金`)
    are checked by `fiscal_other_mismatch` — but two or more all written on
    the total's own line (its split in brackets, `120（其中中央80，县级20）`)
    are checked against that total. A budget_fiscal / budget_other field that
    is one of the lines itself (`其他资金 | 20`) completes nothing; lines that
    are budget_fiscal and budget_other themselves (`财政资金 500`, `其他资金 50`
    of 600) are `fiscal_other_mismatch`'s, not flagged twice; a 资金来源 block's
    lines closed by a 合计 row of their own are `total_row_mismatch`'s. A bare 小计 / 合计
    line (one heading the lines below it; one closing lines above it is no line, a
    stated total) is no source: left out of the sum. Located at the first line.
    """
    groups: dict[str, list[dict]] = {}
    for b in v.budget_items:
        # (a bare 小计 / 合计 line the parser kept, one heading the lines below it: no source, not summed with them)
        if b.get("kind") == "source" and b.get("group") and not _is_total_line(b):
            groups.setdefault(_clean(b["group"]), []).append(b)
    beside = _split_on_total_line(v)
    if beside is not None:
        groups[beside[0]] = beside[1]
    elif (loose := _loose_sources(v)):
        groups[_LOOSE] = loose
    # (lines a 合计 row of their own closes, `中央 | 400`, `县级 | 150`, `合计 | 600`: total_row_mismatch's, not flagged twice)
    closed = {q for t in v.totals if t["table"] == "budget_items" for q in t["rows"]}
    for group, lines in groups.items():
        if _source_group_total(group) is None and all(b.get("seq") in closed for b in lines):
            continue
        col = _source_group_total(group) or (group if beside is not None and group == beside[0] else None)
        total = _num(v.get(col)) if col else None
        amounts = [_num(b.get("amount")) for b in lines]
        names = [_clean(b.get("name")) for b in lines]
        block = group == _LOOSE or _SOURCE_BLOCK.match(_GROUP_NUMBERING.sub("", _clean(group)).rstrip("：:")) is not None
        if col is None and block and (fiscal := _levels_of_fiscal(v, names, amounts)) is not None \
                and sum(a for a, n in zip(amounts, names) if LEVEL_FISCAL.match(n)) \
                > fiscal + _money_tol(v, "budget_fiscal", amounts):
            # (a block's lines all levels' fiscal money beside the form's 财政资金, `资金来源 | 中央资金300万元、县级资金200万元`
            # and `其中：财政资金（万元） | 450`: part of the fiscal money, never more than it — 500 of 450 went without a
            # word, hunt mn20's leftover, mn22; less may be some levels only, as a block may list some sources)
            # (beside them money of no fiscal kind, `群众自筹50万元`: not of it — the levels alone checked and listed, hunt
            # mn23; with it the block went unchecked)
            col, total = "budget_fiscal", fiscal
            lines, amounts, names = zip(*[(b, a, n) for b, a, n in zip(lines, amounts, names) if LEVEL_FISCAL.match(n)])
            lines, amounts, names = list(lines), list(amounts), list(names)
        elif col is None and block and None not in amounts and len(lines) >= 2 and len(set(names)) == len(names):
            # (a 资金来源 block may list some sources only — but never more money than the project's: `资金来源 | 资金总额 |
            # 1500` over 中央资金 900, 省级资金 400, 县级资金 300 is 100 over it; it was checked nowhere, hunt mn11)
            top = max(((c, x) for c in ("budget_total", "budget_year") for x in [_num(v.get(c))] if x is not None),
                      key=lambda t: t[1], default=None)
            if top is not None and sum(amounts) > top[1] + _money_tol(v, top[0], amounts) \
                    and not _parts_counted_twice(amounts, sum(amounts) - top[1], _money_tol(v, top[0], amounts)):
                col, total = top
            elif top is not None and any(_CATCH_ALL.match(n) for n in names[1:]) \
                    and sum(amounts) < top[1] - _money_tol(v, top[0], amounts):
                # (nor less, when the block lists a catch-all 其他资金 line after the others: a list of all the
                # sources, `资金来源 | 合计 | 600` over 中央财政 300, 县级财政 200, 其他资金 20 — 80 short, hunt mn15)
                col, total = top
        if total is None or len(lines) < 2 or None in amounts or len(set(names)) < len(names):
            continue
        s = sum(amounts)
        if _matches_budget(v, s, amounts, cols=("budget_total", "budget_year", "budget_fiscal")) \
                or abs(s - total) <= _money_tol(v, col, amounts):
            continue
        if col == "budget_total" and s < total and all(_BOND_OR_CAPITAL.search(n) for n in names):
            # `项目总投资 | 18,000` over `专项债券资金 | 12,000` and `项目资本金 | 3,600` only: a bond project's capital and
            # bonds, its other debt (市场化融资, 银行贷款) not listed or kept elsewhere — some sources, not all (it was
            # an error on an ordinary bond form once the loose 项目资本金 was read as a source, review rv42)
            continue
        # (a field that is one of the lines itself, `其他资金 | 20` the form's 其他资金 too, completes nothing: 560 + 20
        # of 600 was let pass as 580 + the 20 again, hunt mn16)
        fields = [x for c, x in (("budget_fiscal", _num(v.get("budget_fiscal"))),
                                 ("budget_other", _num(v.get("budget_other"))))
                  if x and not any(a is not None and abs(a - x) <= MONEY_TOL and _names_field(n, c)
                                   for n, a in zip(names, amounts))]
        if col != "budget_fiscal" and any(abs(s + x - total) <= _money_tol(v, col, amounts)
                                          for x in (*fields, sum(fields)) if x):
            continue     # (`其中 | 财政预算资金 | 10000` among the total's parts, read as budget_fiscal, no line)
        if col in ("budget_total", "budget_year") and _lines_are_fields(v, col, names, amounts):
            continue     # (`财政资金500万元、其他资金50万元` of 600: fiscal_other_mismatch's, not flagged twice — review rv61;
            # under a 年度资金总额 too, review rd2)
        listed = " + ".join(f"{_clean(b.get('name'))} {fmt_amount(a)}" for b, a in zip(lines, amounts))
        where = "beside" if beside is not None and group == beside[0] else "under"
        first = _first_row(lines)
        yield v.finding(
            "source_sum_mismatch",
            f"funding lines {where} {group}: {listed} = {fmt_amount(s)} 元 but {col} is "
            f"{fmt_amount(total)} 元 (difference {fmt_amount(s - total)}); {_lines(lines, v.fmt)}", first, "error")


def _levels_of_fiscal(v: ProjectView, names: list[str], amounts: list[float | None]) -> float | None:
    """The project's budget_fiscal when lines (NAMES, AMOUNTS; two or more, none blank nor named twice) are each a
    level's fiscal money (`中央资金`, `县级资金`, `省级补助`: labels.LEVEL_FISCAL) or money of no fiscal kind beside
    one such at least (`群众自筹`: labels.OTHER_MONEY) and none names the field itself (a `财政资金` line is the field,
    fiscal_other_mismatch's); else None."""
    fiscal = _num(v.get("budget_fiscal"))
    if fiscal is None or len(names) < 2 or None in amounts or len(set(names)) < len(names):
        return None
    # (some lines of money of no fiscal kind, `群众自筹`, `企业自筹`, `社会资金` — labels.OTHER_MONEY —, beside one
    # level's at least: the levels' are the fiscal money's part still, hunt mn23)
    if any(not (LEVEL_FISCAL.match(n) or OTHER_MONEY.fullmatch(n)) or _names_field(n, "budget_fiscal") for n in names) \
            or not any(LEVEL_FISCAL.match(n) for n in names):
        return None
    return fiscal


def _lines_are_fields(v: ProjectView, col: str, names: list[str], amounts: list[float]) -> bool:
    """Are the lines (NAMES, AMOUNTS) checked against the total COL the project's budget_fiscal and budget_other
    themselves (`财政资金 500`, `其他资金 50`, each naming its field, their sum the two fields' within COL's tolerance,
    `_money_tol`), or budget_other's parts (`单位自筹 20`, `社会资金 20`, each money of no fiscal kind — labels.OTHER_MONEY —,
    their sum budget_other's 40, beside 财政资金 100 of 150): then their gap to the total is fiscal_other_mismatch's
    finding (the parts were also said to fall 110 short of the total, the fiscal part no line of theirs; review rv84)."""
    fiscal, other = _num(v.get("budget_fiscal")), _num(v.get("budget_other"))
    if fiscal is None or other is None:
        return False
    tol = _money_tol(v, col, amounts)
    if all(OTHER_MONEY.fullmatch(n) for n in names) and abs(other - sum(amounts)) <= tol:
        return True
    return abs(fiscal + other - sum(amounts)) <= tol \
        and all(_names_field(n, "budget_fiscal") or _names_field(n, "budget_other") for n in names)


def _names_field(name: str, col: str) -> bool:
    """Does a source line's name name the project's money field `col` itself (`其他资金` budget_other, `财政资金` /
    `财政拨款` budget_fiscal)?"""
    if col == "budget_other":
        return bool(_CATCH_ALL.match(name))
    return bool(_SOURCE_GROUP_TOTALS[0][0].match(name))


# the group of source lines of no group a form's fields cannot check (_loose_sources)
_LOOSE = "其中（无分组）"


def _loose_sources(v: ProjectView) -> list[dict]:
    """Source lines of no group (a `年初 | 调整后` money table's `其中：中央 | 80`, `县级 | 30`, `上年结转 | 20` under its
    资金总额 row) in a project of no budget_fiscal / budget_other that fiscal_other_mismatch could check them by:
    checked as a 资金来源 block's are, never more than the whole money (130 of 120 went unflagged, hunt mn21)."""
    if v.get("budget_fiscal") is not None or v.get("budget_other") is not None:
        return []
    lines = [b for b in v.budget_items if b.get("kind") == "source"]
    return lines if len(lines) >= 2 and not any(b.get("group") for b in lines) else []


def _split_on_total_line(v: ProjectView) -> tuple[str, list[dict]] | None:
    """The ungrouped source lines written on the project's total's own line (`项目资金（万元） | 120（其中中央80，县级20）`:
    the total's split in brackets) and the lines right after it (the row cut), two or more and no other ungrouped
    source line: (the total's column, the lines), checked as a group under that total is. None otherwise (lines in
    rows of their own below the total, a 自评表's `其中：当年财政拨款` rows, are `fiscal_other_mismatch`'s)."""
    loose = [b for b in v.budget_items if b.get("kind") == "source" and not b.get("group")]
    if len(loose) < 2:
        return None
    for col in ("budget_total", "budget_year"):
        at = v.locations.get(col)
        if v.get(col) is None or at is None or at[1] is None or any(b.get("page") != at[0] for b in loose):
            continue
        rows = {b.get("line") for b in loose}
        if at[1] in rows and None not in rows and rows == set(range(at[1], max(rows) + 1)):
            # (and on the lines right after it when the total's row was cut, `资金总额（万元） | 600 | 中央资金 | 300 |
            # 省级资金 | 200` over `| 县级资金 | 50`: the same row wrapped — it was flagged whole, let pass cut, review rv48)
            return col, loose
    return None


# the lines of a bond project's total investment that need not be all of it: its bonds and its capital
_BOND_OR_CAPITAL = re.compile(r"债券|资本金")


def _parts_counted_twice(amounts: list[float], excess: float, tol: float) -> bool:
    """Is a block's excess over the money the lines right after one line, together no more than it (its `其中` parts,
    listed under it: `中央资金 | 900` over `其中：农田建设补助 | 600`, then `省级资金 | 400` … — the 600 counted twice)?"""
    for i, whole in enumerate(amounts):
        acc = 0.0
        for x in amounts[i + 1:]:
            acc += x
            if acc > whole + tol:
                break
            if abs(acc - excess) <= tol:
                return True
    return False


@rule("annual_exceeds_total", "the annual budget is larger than the project total")
def check_annual_exceeds_total(v: ProjectView) -> Iterator[Finding]:
    """`budget_year` (this year's money) cannot exceed `budget_total` (the
    whole project's money, all years). Threshold: 0.5 元.
    """
    yield from _exceeds(v, "annual_exceeds_total", "budget_year",
                        _first_amount(v, ("budget_total",)), severity="error")


def _keyed_adjustment(word: str, got: tuple[float, bool] | None) -> tuple[float, bool] | None:
    """An adjustment's (amount, told) with its label's direction: a 调减 column's bare `10.00` is -10, a 调增
    column's is +10 (its figure's own sign or word, where it has one, must agree: `调增 | -10` says two things)."""
    if got is None or word not in ("调增", "调减"):
        return got
    amount, told = got
    if told and (amount < 0) != (word == "调减"):
        return None if amount else got
    return (-abs(amount) if word == "调减" else abs(amount)), True


def _adjustments_fit(before: float, after: float, keyed: list) -> bool:
    """Do the adjustments of `keyed` (key, raw, declared unit, readings), summed, take `before` to `after`? Each
    reading's tolerance is half its last written digit (0.5 元 at least); a figure of no direction goes either way;
    the keys with no declared unit are read in one unit together."""
    def options(raw: str, u: str, got: tuple[float, bool]) -> list[tuple[float, float]]:
        decimals = re.search(r"\.(\d+)", raw)
        step = float(MONEY_UNITS[u]) / 10 ** (len(decimals.group(1)) if decimals else 0)
        tol = max(MONEY_TOL, step / 2)
        return [(got[0], tol)] if got[1] else [(got[0], tol), (-got[0], tol)]
    units = {u for _k, _r, d, readings in keyed if not d for u, _g in readings} or {None}
    for shared in units:
        choices = []
        for _key, raw, declared, readings in keyed:
            ok = [options(raw, u, got) for u, got in readings if declared or u == shared]
            if not ok:
                break
            choices.append([o for opts in ok for o in opts])
        else:
            for combo in itertools.product(*choices):
                if abs(before + sum(a for a, _t in combo) - after) <= max(t for _a, t in combo):
                    return True
    return False


def _other_fields(v: ProjectView | dict) -> dict:
    """A project's other_fields (a view's, or a list's project row's: JSON text read) as a dict; {} when none."""
    of = v.get("other_fields")
    if isinstance(of, str):
        try:
            of = json.loads(of)
        except ValueError:
            return {}
    return of if isinstance(of, dict) else {}


# a figure's own money unit written after it (`-80万元`)
_FIGURE_UNIT = lazy(r"\d\s*(亿元|万元|千元|元)\s*$")
# an adjustment's figure in the notes (`调整金额：-80万元`, after a sentence's end or a note's `；`)
_NOTED_ADJUSTMENT = lazy(r"(?:^|(?<=[\n。；;]))\s*(?P<k>" + ADJUSTMENT_KEY.pattern.lstrip("^")
                         + r"(?:[(（][^)）]*[)）])?)\s*[:：]\s*(?P<raw>[^；;\n。]+)")


@rule("budget_adjustment_mismatch",
      "年初预算 + the stated adjustment (调增 / 调减) differ from the budget after it (调整后预算)")
def check_budget_adjustment(v: ProjectView) -> Iterator[Finding]:
    """An adjustment form states the budget before (年初预算, `budget_initial`), the change (调整金额 `调减-20.00`,
    `调增 15.00`, an accounting negative `（50.00）`, kept in other_fields) and the budget after (调整后预算,
    `budget_year`): before + change must be after. Why: a change written with the wrong sign or figure moves money
    no one approved. The change is read in its label's unit (`调整金额（万元）`), a yuan sign's figure as parse_amount
    reads it (`¥1,200,000.00` under a 万元 head is 元; `调减 ￥20.00`, below one 万元 written in 元, is 20万元);
    with no unit declared it is flagged only when no money unit makes it add up, and a bare figure of no sign (`20.00`) may go either way.
    The change may be in other_notes too (`调整金额：-80万元`, a money matrix's column). A 调增 and a 调减 column side by side (`调增金额（万元） | 30.00 | 调减金额（万元） | 10.00`) are the change's two
    parts: checked as their sum, a bare figure taking its column's direction (调减金额 `10.00` is -10).
    Threshold: 0.5 元, or half the change's last written digit.
    """
    before, after = _num(v.get("budget_initial")), _num(v.get("budget_year"))
    if before is None or after is None:
        return
    keyed = []                                  # (word, (key, raw, declared unit, [(unit, (amount, told))])) a key
    # (a money matrix's 调整金额 column, `调整前预算数 | 调整后预算数 | 调整金额` over `500 | 420 | -80`, is kept in
    # other_notes, `调整金额：-80万元`, its unit written: read there too — it was checked nowhere, hunt mn9)
    noted = [(m.group("k"), m.group("raw").strip()) for m in _NOTED_ADJUSTMENT.finditer(v.get("other_notes") or "")]
    for key, raw in [*_other_fields(v).items(), *noted]:
        m = ADJUSTMENT_KEY.match(fold_width(key)) if isinstance(raw, str) else None
        if m is None:
            continue
        # (the unit the figure writes after it, `-80万元`, is its own: else each money unit, the loosest's half a digit
        # a tolerance that let any figure fit)
        declared = detect_money_unit(key) or ((w := _FIGURE_UNIT.search(raw)) and w.group(1))
        units = (declared,) if declared else DECLARED_UNITS
        readings = [(u, _keyed_adjustment(m.group("w"), parse_adjustment(raw, u))) for u in units]
        readings = [(u, got) for u, got in readings if got is not None]
        if readings:
            keyed.append((m.group("w"), (key, raw, declared, readings)))
    # (`调增金额 | 30.00 | 调减金额 | 10.00` side by side: two parts of one change, 120 → 140, checked as their sum;
    # each of them alone said 150 or 130 and was flagged)
    parts = [k for w, k in keyed if w in ("调增", "调减")]
    groups = [[k] for w, k in keyed if w not in ("调增", "调减")] + ([parts] if parts else [])
    for group in groups:
        if _adjustments_fit(before, after, group):
            continue
        # (the figures of no unit declared read in the one unit that comes nearest to the budget after: `-50` beside
        # 360万 and 300万 is 50万 off by 10万, not 50亿 — the message said `-5,000,000,000.00 元 read as 亿元`, hunt mn11)
        shared = min({u for _k, _r, d, readings in group if not d for u, _g in readings} or {None},
                     key=lambda u: (abs(before + _group_amount(group, u) - after), u or ""))
        amount = _group_amount(group, shared)
        said = " + ".join(f"{key} `{raw}`" for key, raw, _d, _r in group)
        units = {shared} if shared is not None else set()
        yield v.finding(
            "budget_adjustment_mismatch",
            f"budget_initial {fmt_amount(before)} 元 with the adjustment {said} ({amount:+,.2f} 元"
            f"{' read as ' + ', '.join(sorted(units)) if units else ''}) gives {fmt_amount(before + amount)} 元, "
            f"not budget_year {fmt_amount(after)} 元 (by {fmt_amount(after - before - amount)})", field="budget_year",
            severity="warning")


def _group_amount(group: list, unit: str | None) -> float:
    """The sum of an adjustment group's figures (key, raw, declared unit, readings): each figure's own unit's reading
    where it declares one, else its reading in `unit` (else its first)."""
    return sum(next((got[0] for u, got in readings if not declared and u == unit), readings[0][1][0])
               for _k, _r, declared, readings in group)


def _first_amount(v: ProjectView, keys: tuple[str, ...],
                  positive: bool = False) -> tuple[str, float] | None:
    """The first of `keys` that holds a number (> 0 when `positive`), as (key, value)."""
    for k in keys:
        x = _num(v.get(k))
        if x is not None and (x > 0 or not positive):
            return k, x
    return None


def _exceeds(v: ProjectView, rule_id: str, field: str, base: tuple[str, float] | None,
             *, severity: str) -> Iterator[Finding]:
    """A finding when `field` is larger than `base` (key, value) by more than MONEY_TOL."""
    x = _num(v.get(field))
    if x is not None and base is not None and x - base[1] > MONEY_TOL:
        yield v.finding(
            rule_id,
            f"{field} {fmt_amount(x)} 元 exceeds {base[0]} {fmt_amount(base[1])} 元 "
            f"(by {fmt_amount(x - base[1])})", severity=severity, field=field)


@rule("execution_rate_mismatch",
      "the stated execution rate differs from spent / budget by more than 0.5 points")
def check_execution_rate(v: ProjectView) -> Iterator[Finding]:
    """Self-evaluations state an execution rate (执行率, a fraction) next to the
    money issued (预算下达资金 `budget_issued`) and spent (`spent`). The rate
    must be spent / budget_issued (or spent / budget_year when nothing issued
    is given). Why: an inflated rate raises the 预算执行率 score.
    Threshold: more than 0.5 percentage points apart.
    """
    rate, spent = _num(v.get("execution_rate")), _num(v.get("spent"))
    base = _first_amount(v, ("budget_issued", "budget_year"), positive=True)
    if rate is not None and spent is not None and base is not None \
            and abs((actual := spent / base[1]) - rate) > RATE_TOL:
        yield v.finding(
            "execution_rate_mismatch",
            f"execution_rate is {fmt_pct(rate)} but spent {fmt_amount(spent)} 元 / {base[0]} "
            f"{fmt_amount(base[1])} 元 = {fmt_pct(actual)} "
            f"({(rate - actual) * 100:+.2f} percentage points)", severity="error", field="execution_rate")
    # a money matrix's line with its own rate (`其中：当年财政拨款 | 300 | 240 | 80%`: the note `全年执行数：240万元；
    # 执行率：80%`): the rate against what the line spent over its amount, the same rule (hunt lt)
    for b in v.budget_items:
        m = _LINE_RATE.search(b.get("note") or "")
        amount = _num(b.get("amount"))
        if m is None or not amount or amount <= 0:
            continue
        said = float(m.group("r")) / 100
        # (a figure of no unit is in the line's amount's unit as the row wrote it, which the note does not say — the
        # matrix's, or the form's declared one, 元, 万元 or 亿元: the rate is checked against the one that fits best)
        scales = (unit_in_ones(m.group("u").removesuffix("元") + "元")[1],) if m.group("u") else (1.0, 1e4, 1e8)
        used = min((float(m.group("n").replace(",", "")) * k for k in scales), key=lambda x: abs(x / amount - said))
        if abs(used / amount - said) > RATE_TOL:
            yield v.finding(
                "execution_rate_mismatch",
                f"budget line {b.get('name')}: 执行率 {fmt_pct(said)} but {m.group('h')} {fmt_amount(used)} 元 / its "
                f"amount {fmt_amount(amount)} 元 = {fmt_pct(used / amount)} "
                f"({(said - used / amount) * 100:+.2f} percentage points)", row=b, severity="error")


# a budget line's note of what it spent, then its stated rate (`全年执行数：240万元；执行率：80.00%`, parsers.forms)
_LINE_RATE = lazy(r"(?:^|；)(?P<h>[^；：]+)：(?P<n>\d[\d,]*(?:\.\d+)?)(?P<u>亿元?|万元?|元)?；执行率：(?P<r>\d+(?:\.\d+)?)\s*%$")


@rule("spent_exceeds_budget", "more money spent than issued / budgeted")
def check_spent_exceeds(v: ProjectView) -> Iterator[Finding]:
    """`spent` (实际支出 / 全年执行数) larger than the money available:
    `budget_issued` (预算下达资金), else `budget_year`, else `budget_total`.
    Why: spending beyond the issued budget needs an adjustment the form does
    not show. Threshold: 0.5 元.

    Money carried over from last year (a spent line named …结转…: 晋中's
    `实际支出资金 | 上年结转资金 | 20.00` beside `市级预算资金 | 432.18`) is no part of
    the year's 预算下达资金: it is added to the money available, unless a
    budget line names 结转 money already (counted in it).
    """
    base = _first_amount(v, ("budget_issued", "budget_year", "budget_total"))
    spent = _num(v.get("spent"))
    carried = [(b.get("name"), x) for b in v.budget_items if b.get("kind") == "spent" and "结转" in (b.get("name") or "")
               for x in [_num(b.get("amount"))] if x]
    if base is None or spent is None or not carried or any(
            "结转" in (b.get("name") or "") for b in v.budget_items if b.get("kind") != "spent"):
        yield from _exceeds(v, "spent_exceeds_budget", "spent", base, severity="error")
        return
    carry = sum(x for _, x in carried)
    if spent - (base[1] + carry) > MONEY_TOL:
        names = " + ".join(f"{n} {fmt_amount(x)} 元" for n, x in carried)
        yield v.finding(
            "spent_exceeds_budget",
            f"spent {fmt_amount(spent)} 元 exceeds {base[0]} {fmt_amount(base[1])} 元 + the carried-over "
            f"money spent ({names}) = {fmt_amount(base[1] + carry)} 元 (by {fmt_amount(spent - base[1] - carry)})",
            severity="error", field="spent")


@rule("prior_spent_exceeds_prior_budget",
      "last year's execution (上年预算执行数) exceeds last year's budget")
def check_prior_spent(v: ProjectView) -> Iterator[Finding]:
    """`prior_spent` (同名项目上年预算执行数) larger than `prior_budget`
    (同名项目上年预算额): last year's project spent more than it had, or the two
    figures are swapped / mistyped. Threshold: 0.5 元.
    """
    yield from _exceeds(v, "prior_spent_exceeds_prior_budget", "prior_spent",
                        _first_amount(v, ("prior_budget",)), severity="error")


# Amount written right after an item's name in the composition text:
# `质量沙龙30000`, `质量夏令营 50000`, `专家指导费：6,000元`, `咨询费 3.5万元`.
_AMOUNT_AFTER = lazy(r"\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)?")


@rule("composition_text_mismatch",
      "an amount written in the 项目构成 text differs from the budget line of the same name")
def check_composition_text(v: ProjectView) -> Iterator[Finding]:
    """Minhang forms describe the breakdown twice: in words (`composition`,
    e.g. `①质量强区工作推进：第三轮三年行动计划研究30000、…`) and in the 项目构成分解
    table (budget_items, kind == "composition"). For each table line whose name
    occurs in the text followed directly by a number (spaces, a colon and a
    trailing 元 / 万元 allowed), the two amounts must agree.

    Why: the two halves of the form are filled separately; a difference shows
    which lines were changed in one place only (and usually explains a
    `budget_sum_mismatch`). Threshold: 0.5 元. A number followed by 万 / 万元
    is multiplied by 10,000; a bare number is taken in 元, or in 万元 when that
    is what makes it equal to the line (the form's unit is not in the row).
    Names shorter than 2 characters are not looked up.
    """
    text = v.get("composition")
    if not text:
        return
    for b in _composition_lines(v):
        name = (b.get("name") or "").strip()
        if len(name) < 2:
            continue
        amount = _num(b["amount"])
        start = 0
        while True:
            i = text.find(name, start)
            if i < 0:
                break
            m = _AMOUNT_AFTER.match(text, i + len(name))
            start = i + 1
            if not m:
                continue
            nxt = text[m.end():m.end() + 1]
            if not m.group(2) and nxt and "\u4e00" <= nxt <= "\u9fff":
                continue   # a count (`地方标准2种`, `2022年`), not an amount
            n = float(m.group(1).replace(",", ""))
            if m.group(2) in ("万元", "万"):
                candidates = [n * 10000]
            elif m.group(2) == "元":
                candidates = [n]
            else:
                candidates = [n, n * 10000]
            if all(abs(c - amount) > MONEY_TOL for c in candidates):
                written = text[i:m.end()].strip()
                yield v.finding(
                    "composition_text_mismatch",
                    f"{name}: the 项目构成 text says {fmt_amount(candidates[0])} 元 ({written!r}) but "
                    f"the breakdown line says {fmt_amount(amount)} 元 "
                    f"(difference {fmt_amount(amount - candidates[0])})",
                    b, "error")
            break          # the first occurrence followed by a number is the one compared


# ---------------------------------------------------------------- indicator rules

def _has_level(v: ProjectView, std: str) -> bool:
    return any(i.get("level1_std") == std for i in v.indicators)


def _levelled(v: ProjectView) -> bool:
    """Whether the project's indicator table has levels (一级 / 二级指标): a table of names and targets only (名称 |
    指标值) says nothing of which are outputs."""
    return any(i.get("level1") or i.get("level2") for i in v.indicators)


@rule("no_output_indicator", "a form with indicators but no output (产出) indicator")
def check_no_output(v: ProjectView) -> Iterator[Finding]:
    """Every performance target form must state outputs (产出指标: 数量, 质量,
    时效, 成本). Checked when the project has indicators and none has
    level1_std == "output", and the table has levels (a table of names and targets only says nothing of
    which are outputs). Located at the first indicator.
    """
    if v.indicators and _levelled(v) and not _has_level(v, "output"):
        yield v.finding(
            "no_output_indicator",
            f"none of the {len(v.indicators)} indicators is an output (产出) indicator",
            v.indicators[0], "warning")


@rule("no_satisfaction_indicator", "a form with indicators but no satisfaction (满意度) indicator")
def check_no_satisfaction(v: ProjectView) -> Iterator[Finding]:
    """Forms are expected to include a 服务对象满意度 indicator. Checked when the
    project has indicators and none has level1_std == "satisfaction" (a
    truncated document often loses its last section, which is the 满意度 one);
    an indicator named so (`服务对象满意度` filed under 效益指标, or in a table without levels) is one. Not when every
    indicator is a core one of a list's `核心绩效指标` column (a 绩效目标批复表's: the few the approval names, not the
    form's all; such a column's indicators stand under no level): a form whose `是否核心指标` column says 是 on every row,
    its indicators under their levels, is checked (review of the session, A7). Located at the last indicator.
    """
    if v.indicators and not _has_level(v, "satisfaction") \
            and not any(names_satisfaction(i.get("level3")) for i in v.indicators) \
            and not all(i.get("core") and not i.get("level1") for i in v.indicators):   # (a 批复表's core list)
        yield v.finding(
            "no_satisfaction_indicator",
            f"none of the {len(v.indicators)} indicators is a satisfaction (满意度) indicator",
            v.indicators[-1], "warning")


# Names of a share (of at most 100 %): …率, and the satisfaction, completion and share names written otherwise
# (受益农户满意度, 满意程度, 知晓度, 完成度, 资金占比, 配套比例, 比重, 政策覆盖面).
_SHARE_NAME = lazy(r"(?:率|满意度|满意程度|知晓度|完成度|占比|比例|比重|覆盖面)$")
# Rates that may legitimately exceed 100 %.
_GROWTH_RATE = lazy(r"(增长|提高|提升|增幅|增速)(?:率|比例)$")


@rule("rate_target_over_100", "a rate (…率, …满意度, …占比) with a target above 100%")
def check_rate_over_100(v: ProjectView) -> Iterator[Finding]:
    """An indicator whose name ends with 率 (完成率, 覆盖率, 合格率 …) measures a
    share, which cannot exceed 100%; so do names ending with 满意度 / 满意程度,
    知晓度, 完成度, 占比, 比例, 比重 and 覆盖面 (`受益农户满意度 | ≥900%`, the usual
    name of the satisfaction indicator). Checked when unit == "%" and value (or
    value_max of a range) > 100. Growth rates (增长率, 提高率, 提升率, 增长比例)
    are exempt: they can exceed 100%.
    """
    for ind in v.indicators:
        name = _clean(ind.get("level3"))
        if ind.get("unit") != "%" or not _SHARE_NAME.search(name) or _GROWTH_RATE.search(name):
            continue
        vals = [x for x in (_num(ind.get("value")), _num(ind.get("value_max"))) if x is not None]
        if vals and max(vals) > 100:
            yield v.finding(
                "rate_target_over_100",
                f"{_ind_name(ind)}: target {ind.get('target_raw') or fmt_points(max(vals)) + '%'!r} "
                f"is above 100% for a rate", ind, "error")


# the target before an adjustment, as the parser notes it on the adjusted row (parsers/tables.py)
_ADJUSTED_FROM = lazy(r"(?:^|[；;])\s*调整前指标值[:：]\s*([^；;]+)")


@rule("duplicate_indicator", "the same indicator name (三级指标) twice in one project")
def check_duplicate_indicator(v: ProjectView) -> Iterator[Finding]:
    """Two indicator rows of one project with the same level3 (after removing
    whitespace), the same horizon (a form with 年度 and 长期 / 中期 columns
    gives each row twice, once per horizon) and the same target year (a form
    with 2024年目标值 | 2025年目标值 … columns gives a row per year). Why: a copied row double-counts a
    target (and its points in a self-evaluation), or a cell cut short in the
    source makes two indicators indistinguishable. One finding per repeat,
    located at the repeat; the message names the first occurrence and both
    targets. A repeat whose note names the first's target as its target before
    an adjustment (`调整前指标值：≥200公里`: a row of a 绩效目标调整情况 table
    under the form) is that indicator's adjustment, not a copy (it was
    flagged, hunt lf). Nor is a row of another place (a 区域绩效目标表's `地区 | 一级指标 | …` rows, each place's in
    its note, `地区：长沙市`): each place's target (it was flagged, hunt fam4).
    """
    seen: dict[tuple, dict] = {}
    for ind in v.indicators:
        name = _clean(ind.get("level3"))
        if not name:
            continue
        key = (ind.get("horizon"), ind.get("target_year"), name, _place_noted(ind.get("note")))
        if key in seen:
            first = seen[key]
            before = _ADJUSTED_FROM.search(ind.get("note") or "")
            if before is not None and _clean(before.group(1)) == _clean(first.get("target_raw")):
                continue
            same = "same" if (first.get("target_raw") or "") == (ind.get("target_raw") or "") \
                else "different"
            yield v.finding(
                "duplicate_indicator",
                f"indicator {ind.get('level3')!r} ({ind.get('level2') or '-'}, target "
                f"{ind.get('target_raw')!r}) repeats the one at {_where(first, v.fmt)} "
                f"({first.get('level2') or '-'}, target {first.get('target_raw')!r}; {same} target)",
                ind, "warning")
        else:
            seen[key] = ind


_NOTE_LEAD = lazy(r"^([^:：；;]{2,12})[:：]([^；;]+)")


def _place_noted(note: str | None) -> str | None:
    """The place an indicator's note opens with under a place column's head (`地区：长沙市`), else None."""
    m = _NOTE_LEAD.match(note or "")
    return m.group(2).strip() if m is not None and REGION_HEAD.match(fold_width(m.group(1)).strip()) else None


# Words that give a timeliness target a deadline or period.
DEADLINE_WORDS = ("月", "日", "年", "前", "内", "底", "小时", "天", "周", "旬", "季度", "工作日")
_DIGIT = lazy(r"[0-9０-９]")
_TIMELY = lazy(r"及时|时效")


def _is_timeliness(ind: dict) -> bool:
    return "时效" in (ind.get("level2") or "") or bool(_TIMELY.search(ind.get("level3") or ""))


def _timeliness_without_deadline(ind: dict) -> bool:
    raw = ind.get("target_raw")
    if not raw or not _is_timeliness(ind):
        return False
    text = raw + (ind.get("qualifier") or "")
    return not (_DIGIT.search(text) or _num(ind.get("value")) is not None
                or any(w in text for w in DEADLINE_WORDS))


@rule("timeliness_without_deadline",
      "a timeliness (时效) indicator whose target gives no number and no deadline (e.g. 及时)")
def check_timeliness(v: ProjectView) -> Iterator[Finding]:
    """A timeliness indicator (level2 contains 时效, or its name contains 及时 /
    时效: forms sometimes file `…完成及时性` under 数量) must say by when: a number
    (`100%`, `72小时内`) or a date / period word (月 日 年 前 内 底 小时 天 周 旬 季度
    工作日). A bare `及时` / `按时` cannot be verified. Indicators without a
    target are left to the parser's `target_missing` warning.
    """
    for ind in v.indicators:
        if _timeliness_without_deadline(ind):
            yield v.finding(
                "timeliness_without_deadline",
                f"{_ind_name(ind)} ({ind.get('level2') or '-'}): target {ind.get('target_raw')!r} "
                f"gives no deadline or number", ind, "warning")


# A deadline written with its year: 2022年12月底前, 2023年6月30日前完成, 2022年底前, 2024-10-31前, 2023年内; 完成 /
# 竣工 … as its end only after a month (2023年6月完成; `2022年完成率` is a rate's name)
_END = r"(?:(?:底|末)(?:前|以前|之前|止)?|前|以前|之前|内|止)"
# (a quarter's end the same, its last month: `2025年第二季度前完成`, `2024年三季度末`, `2024年第4季度完成` — 2025-06,
# 2024-09, 2024-12; they were no deadline, hunt tg7 — its number normalize.dates' QUARTER_NUMBER, the quarter
# periods', not a twin table of its own; in Q's, `2024年Q3前完成`, 2024-09: review rv4)
_DEADLINE = lazy(
    r"(?<![0-9])((?:19|20)[0-9]{2})\s*(?:"
    r"年\s*(?:度\s*)?(?:(?:([0-9]{1,2})\s*月份?\s*(?:[0-9]{1,2}\s*[日号])?"
    r"|(?:第?\s*(?=" + QUARTER_DIGIT + r"\s*季)|[Qq]\s*(?=[1-4]))(" + QUARTER_DIGIT + r")\s*(?:季度?)?)\s*"
    r"(?:" + _END + r"|完成|竣工|交付|投入使用|完工)|" + _END + r")"
    r"|[-./]\s*([0-9]{1,2})(?:\s*[-./]\s*[0-9]{1,2})?\s*" + _END + r")")
# …a year that is the base of a comparison or of a count, not a deadline: 较2022年底增长, 比2021年末提高, 在2022年底基础上,
# 保持2022年末水平, 截至2022年底累计
# (于 and 在 only after a comparison's or a level's word, 高于 / 相对于 / 保持在: `计划于2022年12月底前完成`, `确保在10月底
# 前完成`, a plan's 于 / 在, are deadlines — they were none, review rv10)
_BASE_YEAR = lazy(r"(?:较|比|相比|同比|对比|与|(?:[高低大小多少优等]|相对|相较)于|超过|(?:保持|维持|稳定|控制)在|截至|截止"
                  r"|保持|维持)\s*$")
# …or what follows says so: 2022年底的水平, 2022年末基础上, 2000年底前建成的小区 (a past fact), 2022年底累计
_BASE_AFTER = lazy(r"^\s*(?:的|水平|基础|同期|相比|建成|竣工的|累计|以来|存量|数)")


# …and one written with no year (`12月底前完成`, `6月30日前`, `第四季度完成`, `三季度末前`), in the form's year, as a date
# `1月1日` takes it (they were no deadline, hunt tg8): a month or a quarter of no year before it (not `2024年12月底前`, read
# above, `1-6月底前`, a span's end, nor `每月15日前` / `每季度末`, a deadline each period, nor `3月内`, three months as often;
# nor a count after 后 / 分, `验收后12月完成`, `分4季度完成`, twelve months, four quarters: review mend)
# (a month in Chinese numerals, `十二月底前`, `六月底前完成招标`, and a quarter as a Q, `Q4完成`, `Q3前`, the same —
# they were none, review rv6: the month's number as a plan's part reads it, MONTH_NUMERAL)
# (the look-behind sees past spaces: `验收后 12 月完成`, `分 4 季度完成` of a spaced dump were deadlines, review rv10)
_YEARLESS_DEADLINE = lazy_regex(
    r"(?<![0-9年度每个/\-~至到第后分〇零一二两三四五六七八九十]\s*)(?:(" + MONTH_NUMERAL + r")\s*月份?\s*(?:[0-9]{1,2}\s*[日号])?"
    r"|(?:第\s*)?(" + QUARTER_DIGIT + r")\s*季度?|[Qq]\s*([1-4]))\s*"
    r"(?:(?:底|末)(?:前|以前|之前|止)?|前|以前|之前|止|完成|竣工|交付|投入使用|完工)")


@lru_cache(maxsize=1 << 14)
def _deadlines(text: str, year: int | None = None) -> tuple[tuple[int, int], ...]:
    """(year, month) of each deadline written in TEXT (month 12 when only the year is given); given the form's YEAR,
    a deadline written with no year (`12月底前`, `第四季度完成`) in that year too. (Worked out once a text and year:
    the same targets, `2025年12月底前`, recur across a batch's forms.)"""
    return tuple(_deadline_iter(text, year))


def _deadline_iter(text: str, year: int | None) -> Iterator[tuple[int, int]]:
    for m in _DEADLINE.finditer(text):
        if not _BASE_YEAR.search(text[max(0, m.start() - 4):m.start()]) and not _BASE_AFTER.match(text[m.end():]):
            yield int(m.group(1)), (3 * QUARTER_NUMBER[m.group(3)] if m.group(3) else int(m.group(2) or m.group(4) or 12))
    if year is None:
        return
    for m in _YEARLESS_DEADLINE.finditer(text):
        g = m.group(1)
        month = month_number(g) if g else 3 * QUARTER_NUMBER[m.group(2) or m.group(3)]
        if 1 <= month <= 12 and not _BASE_YEAR.search(text[max(0, m.start() - 4):m.start()]) \
                and not _BASE_AFTER.match(text[m.end():]):
            yield year, month


_YEAR_MONTH = lazy(r"((?:19|20)[0-9]{2})-([0-9]{2})")


def _year_month(iso) -> tuple[int, int] | None:
    m = _YEAR_MONTH.match(str(iso or ""))
    return (int(m.group(1)), int(m.group(2))) if m else None


@rule("deadline_out_of_period",
      "a target's deadline (2022年12月底前) before the form's year or after the project's end date")
def check_deadline_period(v: ProjectView) -> Iterator[Finding]:
    """A target that names a date (`2022年12月底前`, `2023年6月30日前完成`, `2022年底前`) must fall in the form's
    period: not before its budget year — a 2023 form asking for something by the end of 2022 is most often a copy
    of last year's form — unless the project started that early (a multi-year project's milestone, between its
    start and end dates), and not after the project's end date when the form gives one. A year that is the base
    of a comparison (较2022年底增长) is no deadline."""
    year = v.get("year")
    if not isinstance(year, int):
        return
    start, end = _year_month(v.get("start_date")), _year_month(v.get("end_date"))
    for ind in v.indicators:
        text = ind.get("target_raw") or ""
        y_ = ind.get("target_year")
        q = ind.get("qualifier") or ""
        if y_ is not None and (q in (f"{y_}年", f"{y_}年度") or q.startswith((f"{y_}年；", f"{y_}年度；"))):
            # a cell of one target per year read as its year's (`2024年12月底前；2025年10月底前` in a 2025 form: the
            # 2025 one; the other years' in the note are no copy): that target only, and its own qualifier's date —
            # split_by_year's label alone (`2024年` / `2024年；note`); a one-year target's own deadline
            # (`100%（2024年12月底前）` in a 2024年目标值 column, the qualifier `2024年12月底前`) is read as any
            text = (ind.get("target_text") or "") + " " + q.partition("；")[2]
        # (a deadline of no year read in the form's year only when the project starts in it: `12月底前` in a project of
        # 2023年7月至2024年6月 may be 2023's)
        for y, mo in _deadlines(text, year if start is None or start[0] == year else None):
            if y < year and not (start and start <= (y, mo)):
                why = f"before the form's year {year}" + (f" and the project's start {v.get('start_date')}"
                                                          if start else "")
            elif end and (y, mo) > end:
                why = f"after the project's end date {v.get('end_date')}"
            else:
                continue
            yield v.finding("deadline_out_of_period",
                            f"{_ind_name(ind)}: target {ind.get('target_raw')!r} sets a deadline in {y}-{mo:02d}, "
                            f"{why}: copied from another year's form?", ind, "warning")
            break


def _iso(d) -> str | None:
    return str(d)[:10] if d else None


@rule("period_reversed", "the project period ends before it starts (实施期限：2025年12月至2025年1月, 项目期 2025-2023)")
def check_period_reversed(v: ProjectView) -> Iterator[Finding]:
    """A project period whose end is written before its start (`2025年12月至2025年1月`, `2025-2023`, 开始时间
    2025-12-01 over 结束时间 2025-01-31): a slip of the pen, and which end is wrong is not written, so no dates are
    read from such a period (start_date / end_date stay empty). A month of no year after a later one
    (`2024年11月至3月`, a winter's work into the next year) is no slip."""
    start, end = _iso(v.get("start_date")), _iso(v.get("end_date"))
    if start and end and end < start:
        got = (start, end)
    elif (rev := reversed_period(v.get("period_raw"), v.get("year"))) is not None:
        got = (rev[0].isoformat(), rev[1].isoformat())
    else:
        return
    yield v.finding("period_reversed", f"the project period {v.get('period_raw')!r} ends ({got[1]}) before it "
                    f"starts ({got[0]}): a slip in one of its years or months?", None, "warning", field="period")


@rule("year_out_of_period", "the form's year falls outside the project period it states")
def check_year_out_of_period(v: ProjectView) -> Iterator[Finding]:
    """A form of one year (its 年度, `year`) for a project whose period (start_date to end_date) ends before that
    year or starts after it: a 2025 申报表 of a project run 2022年1月至2024年12月, a 2024 自评表 of a project of 2025 —
    the year or the period copied from another form. Whole calendar years are compared: a period ending in the
    form's year, or starting in it, is the form's. A self-evaluation (form `self_eval`) is written after the money
    is spent: one of the year after its period's end (`评价年度：2025年` of a project run 2024年1月至2024年12月) is
    its own (it was flagged, review rz2)."""
    year = v.get("year")
    start, end = _year_month(v.get("start_date")), _year_month(v.get("end_date"))
    if not isinstance(year, int) or start is None or end is None or end < start:
        return
    if start[0] <= year <= end[0] + (v.get("form") == "self_eval"):
        return
    yield v.finding("year_out_of_period",
                    f"the form's year {year} is outside the project period {v.get('period_raw')!r} "
                    f"({_iso(v.get('start_date'))} to {_iso(v.get('end_date'))}): copied from another year's form?",
                    None, "warning", field="period")


@rule("fill_date_out_of_year", "the form's fill date (填报日期) is more than a year from the form's year")
def check_fill_date_out_of_year(v: ProjectView) -> Iterator[Finding]:
    """A form of one year (`year`) filled in (fill_date, 填报日期) two calendar years or more before or after it: a
    2024 申报表 dated 2021-03-15 — the date or the year copied from another form. A target form is filled in its
    year or the one before, a self-evaluation in its year or the one after; one calendar year either way is left
    alone (none of the 293 fixtures' forms stating both differs by more, hunt ti17), calendar years compared as
    year_out_of_period compares them."""
    year, filled = v.get("year"), _year_month(v.get("fill_date"))
    if not isinstance(year, int) or filled is None or abs(filled[0] - year) <= 1:
        return
    yield v.finding("fill_date_out_of_year",
                    f"the form's fill date {_iso(v.get('fill_date'))} is {abs(filled[0] - year)} years "
                    f"{'before' if filled[0] < year else 'after'} its year {year}: copied from another year's form?",
                    None, "warning", field="fill_date")


# Vague target words (the target is only a direction, not a measure). A target
# is vague when, with whitespace and punctuation removed, it is made only of
# VAGUE_WORDS and VAGUE_MODIFIERS (at least one word), e.g. 提升, 有效, 明显提升,
# 持续增强, 较上年度提升, 基本完善, 建立及完善; or when it is a short phrase
# (≤ 4 characters, no digit) that only repeats words of the indicator's own name
# (提升党员责任意识 → 提升, 发挥党员模范带头作用 → 发挥, 资金使用合规性 → 合规).
VAGUE_WORDS = ("稳步提高", "提升", "提高", "增强", "完善", "健全", "良好", "明显", "促进", "改善",
               "有效", "优化", "加强", "增长", "改进", "显著", "推进", "巩固", "规范", "合规",
               "完备", "较好", "较高", "高", "好")
VAGUE_MODIFIERS = ("较上年度", "较上年", "较去年", "比上年", "进一步", "持续", "不断", "逐步", "逐年",
                   "稳步", "基本", "大幅", "全面", "有所", "得到", "一定", "更加", "建立", "及", "和",
                   "并", "有", "的")
# Left to `timeliness_without_deadline`.
TIMELINESS_WORDS = ("及时", "按时", "准时", "按期")
_VAGUE_RE = lazy("(?:" + "|".join(sorted(VAGUE_WORDS + VAGUE_MODIFIERS, key=len, reverse=True))
                       + ")+")
_PUNCT = lazy(r"[\s,，。、;；:：!！.()（）\"“”'‘’]+")


def vague_kind(ind: dict) -> str | None:
    """"word" when the target is made of vague words, "echo" when it only repeats the name, else None."""
    if _num(ind.get("value")) is not None or _num(ind.get("value_max")) is not None:
        return None
    kind = _vague_text_kind(ind.get("target_text") or "", ind.get("level3") or "")
    # (a comparison with what it names, `控制在预算内` / `不超过预算` — `<=` 预算 — under `控制在预算成本内`: the reference
    # compared with, no echo of the name; it was flagged once `控制在预算内` read `<=` 预算, hunt tg8)
    return None if kind == "echo" and ind.get("op") else kind


@lru_cache(maxsize=1 << 16)
def _vague_text_kind(target_text: str, level3: str) -> str | None:
    """`vague_kind` of a target without a figure, by its text and its indicator's name (a pure function of the two,
    looked up once: a template's rows repeat them)."""
    text = _PUNCT.sub("", target_text)
    if not text or _DIGIT.search(text) or text in TIMELINESS_WORDS:
        return None
    if _VAGUE_RE.fullmatch(text) and any(w in text for w in VAGUE_WORDS):
        return "word"
    if len(text) <= 4 and text in _PUNCT.sub("", level3):
        return "echo"
    return None


def is_vague(ind: dict) -> bool:
    """True when the indicator's target is vague (see VAGUE_WORDS and `vague_target`)."""
    return vague_kind(ind) is not None


def has_number(ind: dict) -> bool:
    """True when the indicator's target is measurable: a value, or a digit in the target as written."""
    if _num(ind.get("value")) is not None or _num(ind.get("value_max")) is not None:
        return True
    return bool(_DIGIT.search((ind.get("target_raw") or "") + (ind.get("target_text") or "")
                              + (ind.get("qualifier") or "")))


@rule("vague_target", "a target that is only a vague word (提升, 有效, 健全 …) with no measure")
def check_vague_target(v: ProjectView) -> Iterator[Finding]:
    """Targets such as 提升, 有效, 提高, 增强, 完善, 健全, 良好, 明显, 促进, 改善,
    稳步提高 (full list: VAGUE_WORDS, with modifiers VAGUE_MODIFIERS such as
    明显 / 持续 / 较上年度) state a direction but no measure, so the result
    cannot be checked against them (财政部 绩效目标管理: 指标值应当可衡量). Also
    vague: a short target (≤ 4 characters, no digit) that only repeats a word
    of the indicator's name (`发挥党员模范带头作用` → `发挥`). Timeliness words
    (及时, 按时) are left to `timeliness_without_deadline`. One finding per
    indicator (severity info); the per-project count is the summary's
    `vague_targets`.
    """
    for ind in v.indicators:
        kind = vague_kind(ind)
        if kind:
            why = ("only repeats a word of the indicator's name" if kind == "echo"
                   else "is a vague word with no measure")
            yield v.finding(
                "vague_target", f"{_ind_name(ind)}: target {ind.get('target_raw')!r} {why}",
                ind, "info")


# ---------------------------------------------------------------- scoring rules

@rule("score_over_weight", "a score larger than the points the item is worth")
def check_score_over_weight(v: ProjectView) -> Iterator[Finding]:
    """A score (得分 / 评价得分) cannot exceed the item's weight (分值 / 指标分值).
    Checked on score rows (leaves and level-1 subtotals) and on indicator rows
    that carry both; a deduction's row (扣分项, its points `-10`) the other way:
    a score below them. Threshold: 0.005 points.
    """
    for table, rows in (("scoring table", v.scores), ("indicator", v.indicators)):
        for r in rows:
            w, s = _num(r.get("weight")), _num(r.get("score"))
            # (a deduction's points, -10, a floor: a score 0 is none deducted — it exceeded -10, review rv10)
            if w is not None and s is not None and (w - s if w < 0 else s - w) > POINTS_TOL:
                name = r.get("level3") or r.get("level2") or r.get("level1") or f"row {r.get('seq')}"
                if r.get("is_subtotal"):
                    name = f"{name} (subtotal)"
                yield v.finding(
                    "score_over_weight",
                    f"{table} {name}: score {fmt_points(s)} exceeds its weight {fmt_points(w)}",
                    r, "error")


_QUANT_OPS = (">=", ">", "<=", "<", "=", "range")


# a duration's unit in the smallest of its kind: 秒 / 分钟 / 小时 / 天 (日) / 周 in minutes, 个月 / 季度 / 半年 / 年 in
# months (`≤2小时` done `90分钟`, `≤30日` done `25天`, `≤1年` done `10个月` are compared; a day and a month, a 工作日
# and a 天, are not: a month has no fixed days, a working day is no calendar day)
_DURATIONS = {"秒": ("分钟", 1 / 60), "秒钟": ("分钟", 1 / 60), "分钟": ("分钟", 1.0), "小时": ("分钟", 60.0),
              "个小时": ("分钟", 60.0), "天": ("分钟", 1440.0), "日": ("分钟", 1440.0), "周": ("分钟", 10080.0),
              "星期": ("分钟", 10080.0), "个星期": ("分钟", 10080.0), "个月": ("个月", 1.0), "季度": ("个月", 3.0),
              "个季度": ("个月", 3.0), "半年": ("个月", 6.0), "年": ("个月", 12.0)}


def _in_ones(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    base, factor = unit_in_ones(unit)
    if base in _DURATIONS:
        base, per = _DURATIONS[base]
        factor *= per
    return (None if value is None else value * factor), base


def _actual_readings(target_unit: str | None, actual: Target) -> list[float]:
    """The values the actual may stand for in the target's unit (in ones): one, or two for a bare number no more
    than 1 beside a percentage target (`0.96`: 96%, or 0.96%?), none when its unit is another."""
    value, unit = _in_ones(actual.value, actual.unit)
    magnitude = TEN_THOUSANDS.get(actual.unit or "")
    if unit is None or magnitude is not None:
        # (a bare figure, its unit in the target's 计量单位: read in the target's unit; 万人's actual `1.05` is 1.05 万人;
        # a bare 万 / 亿 is that many ten thousands of the target's unit in ones: `120万` beside `≥100万元` 1,200,000 元,
        # `1.3万` beside `≥1.2万人` 13,000 人)
        value, unit = _in_ones(actual.value, target_unit) if magnitude is None \
            else _in_ones(actual.value * magnitude, unit_in_ones(target_unit)[0])
        if unit == "%" and 0 < actual.value <= 1 and magnitude is None:
            return [value, value * 100]
        return [value]
    return [value] if unit == _in_ones(None, target_unit)[1] else []


def _misses(op: str, value: float, value_max: float | None, got: float) -> bool:
    """Does `got` miss the target `op value (value_max)`? (`=`: falls short of the figure, or any above a target of 0)"""
    eps = 1e-9 * max(1.0, abs(value), abs(got))
    if op == ">=":
        return got < value - eps
    if op == ">":
        return got <= value + eps
    if op == "<=":
        return got > value + eps
    if op == "<":
        return got >= value - eps
    if op == "range":
        return got < value - eps or got > value_max + eps
    if op == "=" and value == 0:
        return got > eps                                # (`=0起`: none allowed)
    return got < value - eps                            # (`=`: a figure to reach, `100%`, `=26次`)


# a target written with its own `=` (`=26次`, `＝10个`, `等于100%`): a figure to reach, as `≥`
_EXPLICIT_EQ = lazy(r"^\s*(?:={1,2}|═|﹦|等于)")


# a bare figure that is a date of the calendar (`2025`, `2025.12`, `2025.6`, `202512`, `20251231`): a year or a month
# when it was done, no duration or share (an actual beside `≤2年`, `≤30天`, `≤5%` written so is not compared)
_CALENDAR_FIGURE = re.compile(r"^(?:19|20)\d{2}(?:\.(?:0?[1-9]|1[0-2])|(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])?)?$")


# a target's figure as written (`≥100万元`: 100), beside its value in 元
_WRITTEN_FIGURE = lazy(r"\d+(?:\.\d+)?")


# an indicator whose name says it is kept under a figure (财政供养人员控制率 `100%`, 预算调整率, 单位成本): its `=` a cap
_CEILING_NAME = re.compile(r"控制|调整率|结余|结转|成本|费用|单价|造价|时限|时长|用时|事故|发生率|投诉|差错|超支|偏差|变动|误差|下降")


def actual_misses_target(target, actual_raw: str | None) -> bool | None:
    """Given an indicator's normalized target (a dict or Target with op, value, value_max, unit, target_text) and its
    actual as written, return True when the actual misses the target, False when it meets it, None when the two are
    not comparable numbers. See `target_missed_full_score` for how each is read."""
    get = target.get if isinstance(target, dict) else (lambda k: getattr(target, k, None))
    op, value, value_max, unit = get("op"), _num(get("value")), _num(get("value_max")), get("unit")
    if op not in _QUANT_OPS or value is None or get("target_text") or (op == "range" and value_max is None):
        return None
    actual = split_target(actual_raw)
    if actual.op != "=" or actual.value is None or actual.target_text:
        return None
    if unit is None and actual.unit is not None:
        return None
    if op == "=" and value != 0 and (_CEILING_NAME.search(get("level3") or "") or not (
            (unit == "%" and value == 100) or _EXPLICIT_EQ.match(fold_width(get("target_raw") or "")))):
        return None       # (a bare figure, `26次`, `3%`, `15天`, `￥12元/平方米`: a floor or a ceiling? not written)
    value, _ = _in_ones(value, unit)
    value_max, _ = _in_ones(value_max, unit)
    if actual.unit is None and _in_ones(None, unit)[1] in ("分钟", "个月", "%") and _num(get("value")) < 1000 \
            and _CALENDAR_FIGURE.match(fold_width(actual_raw or "").strip()):
        return None       # (`≤2年` done `2025`, `≤12个月` done `2025.12`: a year or a month of the calendar, no duration;
        # beside a target of a year's size, `≥2000小时` done `1950`, the figure is the target's: compared, review rz2)
    readings = _actual_readings(unit, actual)
    if not readings:
        return None
    if actual.unit is None and (unit == "元" or (unit or "").startswith("元/")) \
            and (written := _WRITTEN_FIGURE.search(fold_width(get("target_raw") or ""))) is not None \
            and float(written.group(0)) > 0:
        # (money is in 元 in a target, `≥100万元` 1000000: a bare actual, `120`, may be in the unit the target was
        # written in, 万元 — read both ways, missed only when both miss, as a bare fraction beside a percentage)
        factor = round(value / float(written.group(0)))
        if factor in (1_000, 10_000, 1_000_000, 10_000_000, 100_000_000):
            readings += [got * factor for got in readings]
    return all(_misses(op, value, value_max, got) for got in readings)


@rule("target_missed_full_score",
      "an indicator scored its full points though its actual (实际完成值) misses its quantitative target")
def check_target_missed_full_score(v: ProjectView) -> Iterator[Finding]:
    """A self-evaluation's indicator whose 实际完成值 (`actual_raw`) misses its target (`≥95%` done `94.5%`, `≤2小时`
    done `3小时`, `2-4小时` done `5小时`, `≥50个` done `48个`) while its 得分 equals its 分值 (full points for a missed
    target: the score or the actual is wrong). The actual is read with the targets' normalizer (split_target) and
    compared with the row's normalized target (op, value, value_max, unit):

    - only a quantitative target (`>=`, `>`, `<=`, `<`, `=`, a range) with no text left, and an actual that is one
      figure (`96%`, `48个`, `0.96`; not `≥10年`, `约95%`, `良好`, `已完成`, `下降12%`): else nothing is said;
    - the units must agree once 万 / 亿 of a counted unit are put in ones (normalize.targets.unit_in_ones: `≥1.2万人`
      is 12000 人 beside `12500人`; money is in 元 on both sides); an actual of a bare figure is read in the target's
      unit (a 计量单位 column's), and beside money in its written unit too (`≥100万元` done `120`: 120 元 or 120 万元,
      missed only when both miss), an actual of a bare 万 / 亿 is so many of the target's unit in ones (`≥100万元`
      done `120万`: 1,200,000 元; `≥1.2万人` done `1.3万`: 13,000 人), a target of none beside an actual with one is
      not compared; a duration is put in
      the smallest unit of its kind (`_DURATIONS`: `天` and `日` one unit, `≤2小时` done `150分钟` missed, `≤1年` done
      `10个月` met); a day and a month, a 工作日 and a 天 are other units (not compared); a bare figure that is a date
      of the calendar (`_CALENDAR_FIGURE`: `2025`, `2025.12`, `20251231`) beside a duration or a percentage is when the
      work was done, no figure of the target's (`≤2年` done `2025` is not compared) — unless the target's own figure
      is 1000 or more (`≥2000小时` done `1950`: hours, compared);
    - a bare figure no more than 1 beside a percentage target is read both as a fraction and as a percentage
      (`0.96` is 96% or 0.96%): a miss only when both readings miss (`≥95%` done `0.90`), so `0.96` passes;
    - `=` is compared only where its direction is beyond doubt: `100%` (no share goes above all of it) and a
      target written with its own `=` (`=26次`, `＝10个`) are figures to reach, missed when the actual falls short
      (not when it goes beyond: over-achievement); a target of 0 (`0起`, `=0`: none allowed) is missed by any actual
      above 0. A bare figure (`26次`, `3%`, `15天`, `￥12元/平方米`) may be a floor or a ceiling (预算调整率 `3%` done
      `0`, 下达时限 `15天` done `12天` meet theirs): not compared. A range is missed outside either end; `>` / `<` by
      the bound itself; a 正向 / 反向 column has made a bare figure `>=` / `<=` already; an indicator whose name
      says it is a cap (`_CEILING_NAME`: 控制率, 调整率, 成本, 时限, 事故 …) has its `100%` / `=` not compared either
      (财政供养人员控制率 `100%` done `92%` meets it);
    - only rows carrying both 分值 and 得分 with the score within 0.005 points of the weight (a weight above 0); not a
      medium-term (中期) target's row, whose actual is the year's.

    Threshold: exact comparison (no tolerance: `≥95%` done `94.99%` is missed). Severity warning; located at the
    indicator's row.
    """
    for ind in v.indicators:
        w, s = _num(ind.get("weight")), _num(ind.get("score"))
        if w is None or s is None or w <= 0 or abs(s - w) > POINTS_TOL or ind.get("horizon") == "long_term":
            continue
        if not actual_misses_target(ind, ind.get("actual_raw")):
            continue
        yield v.finding(
            "target_missed_full_score",
            f"{_ind_name(ind)}: actual {ind.get('actual_raw')!r} misses the target {ind.get('target_raw')!r} "
            f"but scored full points ({fmt_points(s)} of {fmt_points(w)})", ind, "warning")


def _leaves(v: ProjectView) -> list[dict]:
    return [r for r in v.scores if not r.get("is_subtotal")]


def _point_rows(v: ProjectView) -> list[tuple[str, list[dict]]]:
    """The rows that share the 100 points: scoring-table leaves (or its subtotals when it has no
    leaves) and indicator rows with a weight (with a score, when none has a weight); (label, rows) for each non-empty
    kind."""
    leaves = _leaves(v) or [r for r in v.scores if r.get("is_subtotal")]
    out = []
    # the 预算执行率 row a 自评表's money row gives (10 points beside the indicators' 90), apart from a 评分表's own
    # leaves on another page: it adds up with either
    rate = [r for r in leaves if (r.get("level3") or "").strip() == "预算执行率"
            and not r.get("level1") and not r.get("level2")]
    if rate and len(rate) < len(leaves) and any(_num(i.get("weight")) is not None for i in v.indicators):
        # (only beside indicators carrying points: the 自评表's 90 + 10 with a 评分表 of its own)
        leaves = [r for r in leaves if r not in rate]
        out.append(("预算执行率 row", rate))
    if leaves:
        # (a 自评表's money row alone, no 评分表: named so in the messages)
        out.insert(0, ("预算执行率 row" if rate and len(rate) == len(leaves) else "scoring table", leaves))
    inds = [i for i in v.indicators if _num(i.get("weight")) is not None]
    copied = {_scored_as(r) for r in _leaves(v)}
    if inds and all(_scored_as(i) in copied for i in inds):
        # (indicators given their 评分表 rows' points and scores by name, jixiao.pipeline.scores_by_name, every one: the
        # table's rows, their points counted once with it — they were counted twice, "the scores add up to 133.35";
        # one indicator scored as a row of the table by chance is its own)
        inds = []
    if any(i.get("horizon") == "long_term" for i in inds) and any(i.get("horizon") != "long_term" for i in inds):
        # an indicator's medium-term record beside its year's (中期指标值 | 年度指标值, one weight on the row): its
        # points counted once, with the year's (they were counted twice: "the weights add up to 200")
        inds = [i for i in inds if i.get("horizon") != "long_term"]
    if not inds and rate and len(rate) == len(leaves):
        # indicators scored without a 分值 column (`得分` only) beside the money block's 预算执行率 row alone: their
        # scores share the total with it (a false "scores add up to 9 but the total is 94")
        inds = [i for i in v.indicators if _num(i.get("score")) is not None]
    if inds:
        out.append(("indicators", inds))
    return out


def _scored_as(row: dict) -> tuple:
    """A scored row's name, points and score (an indicator and the 评分表 row it was given the two of)."""
    return bare_fold(row.get("level3") or ""), _num(row.get("weight")), _num(row.get("score"))


def _point_candidates(sums: list[tuple[str, float, int]]) -> list[tuple[tuple[str, ...], float]]:
    """The sums weights_not_100 may compare: the scoring table, the indicators, or both together (the 预算执行率 row
    counted with the scoring table), each by its groups' labels."""
    merged = _merge_rate(sums)
    return [((label,), t) for label, t, _ in merged] + (
        [(tuple(label for label, _, _ in merged), sum(t for _, t, _ in merged))] if len(merged) > 1 else [])


def _points_add_up(sums: list[tuple[str, float, int]], target: float, fits: set | None) -> bool:
    """Do the groups' sums make `target` (one candidate, or a partition of the groups each making it)? FITS: for the
    scores, the groups whose weights make the 100 points (their scores alone are compared when one of them is a
    candidate: indicators of 90 points scoring 90 under a 总分 that leaves out the 预算执行率 row's 9.5 is no total)."""
    candidates = _point_candidates(sums)
    if fits and any(labels in fits for labels, _ in candidates):
        candidates = [(labels, c) for labels, c in candidates if labels in fits]
    if any(abs(c - target) <= 0.01 for _, c in candidates):
        return True
    # (the 评分表 100 on its own, the indicators' 90 with the 预算执行率 row's 10: each adds up)
    return len(sums) > len(_merge_rate(sums)) and _partitions(sums, target)


# the table of a total row (RawForm.totals) each group of points is summed in
_TOTAL_TABLE = {"scoring table": "scores", "indicators": "indicators"}


def _merge_rate(sums: list[tuple[str, float, int]]) -> list[tuple[str, float, int]]:
    """The groups' sums with the 预算执行率 row's counted back into the scoring table's."""
    rate = next((x for x in sums if x[0] == "预算执行率 row"), None)
    if rate is None:
        return sums
    out = [x for x in sums if x is not rate]
    if out and out[0][0] == "scoring table":
        out[0] = (out[0][0], out[0][1] + rate[1], out[0][2] + rate[2])
    else:
        out.insert(0, rate)
    return out


def _partitions(sums: list[tuple[str, float, int]], target: float) -> bool:
    """Can the groups be split into parts that each add up to `target`?"""
    items = [t for _, t, _ in sums]
    if not items:
        return True
    first, rest = items[0], items[1:]
    for k in range(len(rest) + 1):
        for combo in itertools.combinations(range(len(rest)), k):
            if abs(first + sum(rest[i] for i in combo) - target) <= 0.01:
                left = [sums[1 + i] for i in range(len(rest)) if i not in combo]
                if _partitions(left, target):
                    return True
    return False


# a 加分项 / 扣分项 / 否决项 section's name, its number before it (`三、加分项目`) and a note on its points after it (`加分项
# (10分)`, `扣分项（最多扣5分）`; folded): the one spelling of parsers.tables' _EXTRA_SECTION and BONUS_LEVEL
SECTION_LEAD = r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?"
SECTION_NOUN = r"(?:项目?|事项|指标)?"     # (`一票否决事项`; parsers.tables' _VETO_HEAD / _VETO_LINE too)
SECTION_KIND = SECTION_NOUN + r"\s*(?:[（(][^()（）]*[)）])?\s*$"
BONUS_WORD = r"(?:加分|附加分)"
# a word naming the kind of bonus or deduction before it (`特色加分（5分）`, `创新加分项`, `其他扣分项（10分）`, `违规扣分`):
# the same section (they were levels sharing the 100, `the weights add up to 115`, hunt sc7); so `工作加分`, `特色工作加分`,
# `亮点加分`, `荣誉表彰加分` (two such words at most; they shared the 100, `the weights add up to 105`, hunt sc8)
EXTRA_KIND = r"(?:其他|其它|特色|特殊|创新|额外|奖励|违规|违纪|工作|亮点|荣誉|表彰|创优|激励){0,2}"
# a 加分项 section's level (`加分项`, `加分指标`, `三、加分项目`, `附加分`, `加分项（10分）`): its points are a bonus over the
# 100 (a score of 103 of 100 points), no share of them (`加分项（10分）`, its points in brackets, was summed: `the weights
# add up to 110`, review rv7)
BONUS_LEVEL = lazy(SECTION_LEAD + EXTRA_KIND + BONUS_WORD + SECTION_KIND)
# …and any of the three, a 扣分项's (减分项's) and a 否决项's too: their points are a cap, no share of the 100 either
# (`扣分项（10分） | … | -10`: the weights added up to 90, review rv10); parsers.tables' _EXTRA_SECTION
# (…and a 加减分项's / 加扣分项's, bonuses and deductions in one section, each row's sign saying which: its rows were
# unparsed_row, lost; hunt sc12)
MIXED_WORD = r"加[减扣]分"
EXTRA_LEVEL = lazy(SECTION_LEAD + EXTRA_KIND + rf"(?:[扣减]分|{MIXED_WORD}|{BONUS_WORD}|(?:一票)?否决)" + SECTION_KIND)
MIXED_LEVEL = lazy(SECTION_LEAD + EXTRA_KIND + MIXED_WORD + SECTION_KIND)


def _bonus_row(r: dict) -> bool:
    """A row under a 加分项 / 扣分项 / 否决项 level: its points are not among the 100 the others share."""
    return any(EXTRA_LEVEL.match(fold_width(r.get(k) or "")) for k in ("level1", "level2"))


def _sum_col(rows: list[dict], col: str) -> tuple[float, int]:
    vals = [_num(r.get(col)) for r in rows if _num(r.get(col)) is not None]
    return sum(vals), len(vals)


# a key a score is kept aside under (`总分`, `自评得分`, `得分`, `单位自评`): a score field's label or the parser's
_SCORE_KEY = lazy(rf"^(?:{SCORE_LABELS})$")


def _kept_aside(v: ProjectView, total: float) -> bool:
    """Is TOTAL a score the form kept aside in other_fields (`{"自评得分": "94"}`, `{"总分": "94"}`): another party's
    score settled on over the unit's own? Only under a score's label: a count that happens to be the figure
    (`{"受益人数": "98"}`) is none (it hid a form's own correction of its 合计; review rv65)."""
    return any(abs(n - total) <= 0.01 for key, raw in _other_fields(v).items()
               if isinstance(raw, str) and (key in LEXICON["score"] or _SCORE_KEY.match(fold_width(key).strip()))
               and (n := parse_number(raw.strip().removesuffix("分"))) is not None)


def _stated(v: ProjectView) -> set[tuple[str, float]]:
    """The scores the project's scoring tables state in their own total rows, as (table, score)."""
    return {(t["table"], round(t["values"]["score"], 2)) for t in v.totals if t["table"] in _TOTAL_TABLE.values()
            and _num(t["values"].get("score")) is not None}


# the central 自评表's points for its money block's 预算执行率 row, beside the indicators' 90
RATE_POINTS = 10.0


def _rate_points_unwritten(groups: list[tuple[str, list[dict]]]) -> list[tuple[str, list[dict]]]:
    """A money block's 预算执行率 row scored with no 分值 (`执行率 | 得分` over `95% | 9.5`), no 评分表, beside
    indicators of 90 points: the row's points are the template's 10 the form leaves unwritten (it was "the weights add
    up to 90" under `总分 | 100 | 96.5`; hunt nw19). Only the exact 90 with a score within the 10."""
    if [label for label, _ in groups] != ["预算执行率 row", "indicators"] or len(groups[0][1]) != 1:
        return groups
    rate = groups[0][1][0]
    score = _num(rate.get("score"))
    inds = sum(_num(i.get("weight")) or 0.0 for i in groups[1][1])
    if _num(rate.get("weight")) is not None or score is None or not 0 <= score <= RATE_POINTS \
            or abs(inds + RATE_POINTS - WEIGHT_TOTAL) > 0.01:
        return groups
    return [("预算执行率 row", [dict(rate, weight=RATE_POINTS)]), groups[1]]


@rule("weights_not_100",
      "scoring-table weights do not add up to 100, or the scores do not add up to the total score")
def check_weights_100(v: ProjectView) -> Iterator[Finding]:
    """The leaf rows of a scoring table (评分表; scores rows with is_subtotal
    false; its level-1 subtotals when it has no leaves) share 100 points:
    their weights must add up to 100, and their scores to the project's
    `score` (综合得分 / 总分) when both exist. Why: a missing or double-counted
    row changes the grade.

    Forms that put the points in the indicator table (分值 / 权重 columns;
    the central 自评表 gives 90 points to indicators and 10 to a 预算执行率 row)
    are read the same way: the check passes when the scoring table, the
    indicators, or both together add up; beside indicators carrying points,
    also when the scoring table and the indicators with the money block's
    预算执行率 row (10 points) each add up. Thresholds: 0.01 points for both
    sums (with scores left blank on rows that carry points, the total may
    lie up to those points above the sum). The scores are summed over the
    rows whose weights make the 100 points (indicators of 90 points beside a
    预算执行率 row of 10: a 总分 of the indicators' scores alone leaves that row
    out). Located at the 总分 / 综合得分 row when known, else at the first row
    of the points.
    """
    groups = _point_rows(v)
    if not groups:
        return
    groups = _rate_points_unwritten(groups)
    first = groups[0][1][0]
    # (the 总分 / 综合得分 row the sums are disputed with, when the parser recorded where it was)
    at = {"row": None, "field": "score"} if "score" in v.locations else {"row": first}
    fits: set[tuple[str, ...]] = set()        # the groups whose weights make the 100 points
    for col, target, what in (("weight", WEIGHT_TOTAL, "weights"), ("score", _num(v.get("score")), "scores")):
        if target is None:
            continue
        # (a 加分项's points are a bonus over the 100: not summed with the weights, its score summed with the others'; they
        # were "the weights add up to 110", hunt sc2)
        sums = [(label, *_sum_col([r for r in rows if col == "score" or not _bonus_row(r)], col))
                for label, rows in groups]
        if col == "score":
            # scores left blank on rows that carry their points: the total may lie anywhere up to those points more
            # (a 新疆 自评表 leaves some 得分 empty); only a total outside that range is a mismatch
            blank = sum(_num(r.get("weight")) or 0.0 for _, rows in groups for r in rows
                        if _num(r.get("score")) is None and _num(r.get("weight")) is not None)
            got = sum(t for _, t, n in sums if n)
            if blank and any(n for _, _, n in sums) and got - 0.01 <= target <= got + blank + 0.01:
                continue
        sums = [(label, t, n) for label, t, n in sums if n]
        if not sums:
            continue
        if col == "weight":
            # (the groups whose weights make the 100 points: the scoring table, the indicators, or both together)
            fits = {labels for labels, c in _point_candidates(sums) if abs(c - target) <= 0.01}
        if _points_add_up(sums, target, fits if col == "score" else None):
            continue
        if col == "score" and any(_bonus_row(r) for _, rows in groups for r in rows):
            # `合计 | 100 | 93` then `加分项 | … | 5 | 3` below it with no 最终得分: the total the form states is of the 100
            # points, the bonus or deduction outside it (it was "the scores add up to 96 but the total score is 93",
            # review rv11)
            inner = [(label, *_sum_col([r for r in rows if not _bonus_row(r)], col)) for label, rows in groups]
            if _points_add_up([(label, t, n) for label, t, n in inner if n], target, fits):
                continue
        if col == "score" and len(sums) == 1 and (_TOTAL_TABLE.get(sums[0][0]), round(sums[0][1], 2)) in _stated(v) \
                and _kept_aside(v, sums[0][1]):
            # `合计 | 100 | 94` then `复核得分：90分` (or `自评得分 | 94 | 复核得分 | 90`), the rows the unit's making the
            # table's own 94, kept aside (`{"总分": "94"}`), the project's score the reviewer's 90: the table adds up —
            # no row missing nor counted twice (it was "the scores add up to 94 but the total score is 90"; hunt ly7).
            # Not a 合计 the form itself corrects with no other label (`自评得分：96分（扣减预算执行率得分）`: reported)
            continue
        if col == "score" and len(sums) > 1:
            # a 评分表 beside a 自评表 in one file, each with its own total row (`合计 | 100 | 95.5` under the scoring
            # table, `总分 | 100 | 97.5` under the indicators): a group whose scores make the total its own table
            # states is summed there, the others against the project's score (they were added up: "the scores add
            # up to 193")
            stated = _stated(v)
            # (tables whose own total is not the project's score: total_row_mismatch checks their rows against it)
            apart = {t for t, score in stated if abs(score - target) > 0.01}
            # the groups apart: one or two of them (the indicators with the money block's 预算执行率 row) making a total
            # their table states, or of a table checked against its own, the others the project's score
            if any(_points_add_up([x for x in sums if x not in part], target, fits)
                   and any((_TOTAL_TABLE.get(x[0]), round(sum(y[1] for y in part), 2)) in stated
                           or _TOTAL_TABLE.get(x[0]) in apart for x in part)
                   for k in range(1, len(sums)) for part in itertools.combinations(sums, k)):
                continue
            own = [x for x in sums if (_TOTAL_TABLE.get(x[0]), round(x[1], 2)) in stated and abs(x[1] - target) > 0.01]
            if own and len(own) < len(sums):
                sums = [x for x in sums if x not in own]     # (the others named in the message)
        total = sum(t for _, t, _ in sums)
        parts = " + ".join(f"{label} {fmt_points(t)} ({n} row{'s' if n > 1 else ''})" for label, t, n in sums)
        if col == "weight":
            msg = f"the {what} add up to {fmt_points(total)}, not 100: {parts}"
        else:
            msg = (f"the {what} add up to {fmt_points(total)} but the total score is "
                   f"{fmt_points(target)} (difference {fmt_points(total - target)}): {parts}")
        yield v.finding("weights_not_100", msg, severity="error", **at)


@rule("subtotal_mismatch",
      "a level-1 subtotal of the scoring table (or the points a level-1 label states) differs from the sum of its rows")
def check_subtotals(v: ProjectView) -> Iterator[Finding]:
    """A level-1 subtotal row of a scoring table (`投入: 20 19.95`) must equal
    the sum of the weights and of the scores of the leaf rows with the same
    level1 that follow it. Threshold: 0.01 points. Located at the subtotal.

    So must the points a level-1 label of the indicator table states
    (`效益指标（30分）`, `level1_weight`) equal the weights of its rows (when
    every row of it carries one); located at its first row. So must a
    scoring table's (`决策（10分）`, scores.level1_weight) the weights of its
    leaf rows.
    """
    groups: dict[tuple, list[dict]] = {}
    for ind in v.indicators:
        if _num(ind.get("level1_weight")) is not None:
            groups.setdefault(("indicators", ind.get("level1"), ind.get("horizon"), ind.get("target_year")),
                              []).append(ind)
    for sc in _leaves(v):
        if _num(sc.get("level1_weight")) is not None:
            groups.setdefault(("scores", sc.get("level1"), None, None), []).append(sc)
    for (_, label, _, _), rows in groups.items():
        want = _num(rows[0].get("level1_weight"))
        vals = [_num(r.get("weight")) for r in rows]
        if None in vals:
            continue
        got = sum(vals)
        if abs(got - want) > 0.01:
            yield v.finding(
                "subtotal_mismatch",
                f"{label}: the weights of its {len(vals)} row{'s' if len(vals) > 1 else ''} add up to {fmt_points(got)} "
                f"but the label says {fmt_points(want)}; {_lines(rows, v.fmt)}", rows[0], "error")
    for sub in (r for r in v.scores if r.get("is_subtotal")):
        group = [r for r in _leaves(v) if r.get("level1") == sub.get("level1")]
        if not group:
            continue
        for col, label in (("weight", "weights"), ("score", "scores")):
            want = _num(sub.get(col))
            vals = [_num(r.get(col)) for r in group if _num(r.get(col)) is not None]
            if want is None or not vals:
                continue
            got = sum(vals)
            if abs(got - want) > 0.01:
                yield v.finding(
                    "subtotal_mismatch",
                    f"{sub.get('level1')}: the {len(vals)} rows' {label} add up to {fmt_points(got)} "
                    f"but the subtotal says {fmt_points(want)}", sub, "error")


# (a list's 合计 figure of a level's share column is keyed SHARE_TOTAL + its projects' other field's key, parsers.labels)
_KEY_UNIT = lazy(r"[（(]([^（）()]+)[）)]$")


def _share_amount(project: dict, col: str) -> float | None:
    """A list project's share kept in other_fields (`中央（万元）`: `200`) in 元, for the 合计 figure keyed COL."""
    key = col.removeprefix(SHARE_TOTAL)
    text = _other_fields(project).get(key)
    m = _KEY_UNIT.search(key)
    return parse_amount(str(text), m.group(1)) if text is not None and m else None


@rule("total_row_mismatch",
      "a table's 合计 / 小计 row differs from the sum of the rows above it (budget lines, scoring rows, a list's projects)")
def check_total_rows(v: ProjectView) -> Iterator[Finding]:
    """A 合计 / 小计 row a table states (no row of its own: the parser keeps it for this check) must equal the sum of
    the rows it closes: a budget breakdown's lines (a 小计 those since the last 小计, or under it up to the next when
    the table's 小计 rows head their groups: `硬件采购 | 小计 | 180` over its lines), a scoring table's rows (weights
    and scores), a list of projects' money columns (预算数, 执行数 … of a 自评结果汇总表, and a level's share
    column beside the money, `其中：中央 | 省级`, against the projects' other field of it, `中央（万元）`; located on
    the list's first project, or a fund's form over its places' shares, unless its money is the total and the
    places its budget lines: budget_sum_mismatch compares those; 本页合计 those since the last page's). A
    total in its own unit (`合计（万元）` under 元 columns) is read in
    it; one whose label says it is no plain sum (`合计（含上年结转）`, `小计（已下达）`, 累计, 承前页) is not checked: unsure
    what it covers, nothing is said. Why: a row left out of the sum, or a figure changed after the total was set.

    Threshold: half the last digit the total was written with, a time per row summed (rows rounded each: 33.33 ×
    3 under 100.00 is no mismatch), at least 0.5 元 / 0.01 points (points written whole are exact: 0.01). Parts of a subtotal line (直接费用 over 设备费 …)
    are summed in it, not again. Not reported twice: a total equal to the money budget_sum_mismatch compares the
    lines with (年度资金总额 stated twice), a scoring total equal to the form's score or a weights total of 100
    (weights_not_100 compares the rows with those). Located at the total row.
    """
    parts = {id(x) for _, xs in _subtotals(v) for x in xs}
    by_seq = {"budget_items": {b.get("seq"): b for b in v.budget_items}, "scores": {r.get("seq"): r for r in v.scores},
              "indicators": {i.get("seq"): i for i in v.indicators}}
    for tot in v.totals:
        at = {"page": tot.get("page"), "line": tot.get("line"), "doc_id": v.doc_id}
        label = tot.get("label") or "合计"
        if tot["table"] == "projects":
            rows = tot.get("projects") or []
            own_lines = [b for b in v.budget_items if not _is_total_line(b)]
            for col, want in tot["values"].items():
                got = [_share_amount(p, col) if col.startswith(SHARE_TOTAL) else _num(p.get(col)) for p in rows]
                if not rows or None in got:
                    continue
                if own_lines and not col.startswith(SHARE_TOTAL) and _num(v.get(col)) is not None and \
                        abs(_num(v.get(col)) - want) <= MONEY_TOL:
                    continue  # (a fund's form whose money is this total, its places its lines: budget_sum_mismatch)
                s = sum(got)
                name = col.removeprefix(SHARE_TOTAL)
                if abs(s - want) > max(MONEY_TOL, tot["steps"][col] / 2 * max(1, len(rows))):
                    yield v.finding(
                        "total_row_mismatch",
                        f"the list's {label} row states {name} {fmt_amount(want)} 元 but its {len(rows)} projects' "
                        f"{name} add up to {fmt_amount(s)} 元 (difference {fmt_amount(s - want)})", at, "error")
            continue
        rows = [by_seq[t].get(q) for t, q in tot["rows"]] if tot["table"] == "indicators" else \
            [by_seq[tot["table"]].get(q) for q in tot["rows"]]
        if None in rows:
            continue
        if tot["table"] == "budget_items":
            lines = [b for b in rows if id(b) not in parts and not _is_total_line(b)]
            got = [_num(b.get("amount")) for b in lines]
            want = tot["values"].get("amount")
            if want is None or not lines or None in got:
                continue
            budget = _num(v.get("budget_year")) if _num(v.get("budget_year")) is not None else _num(v.get("budget_total"))
            if budget is not None and abs(budget - want) <= MONEY_TOL and any(b.get("kind") != "source" for b in lines):
                continue      # (the total is the budget: budget_sum_mismatch compares the lines with it — not source
                # lines, which it leaves alone: a 资金来源 block's own 合计 row, hunt mn19)
            s = sum(got)
            tol = max(MONEY_TOL, tot["steps"]["amount"] / 2 * max(1, len(lines)))
            if all(b.get("kind") == "source" for b in lines) and any(
                    abs(s + x - want) <= tol for x in _fields_beside(v, lines)):
                continue      # (`资金来源 | 金额` over `财政衔接资金 | 450` (read as budget_fiscal, no line), `社会资金 | 100`,
                # `银行贷款 | 50`, `合计 | 600`: the field completes the block's lines — 150 of 600 was flagged, hunt mn31)
            if abs(s - want) > tol:
                yield v.finding(
                    "total_row_mismatch",
                    f"the {label} row states {fmt_amount(want)} 元 but the {len(lines)} budget lines "
                    f"{'under' if tot.get('below') else 'above'} it add up "
                    f"to {fmt_amount(s)} 元 (difference {fmt_amount(s - want)}); {_lines(lines, v.fmt)}", at, "error")
        else:
            leaves = [r for r in rows if not r.get("is_subtotal")] or rows
            for col, what in (("weight", "weights"), ("score", "scores"), ("self_score", "unit's own scores")):
                want = tot["values"].get(col)
                got = [_num(r.get(col)) for r in leaves if _num(r.get(col)) is not None]
                if want is None or not got or col == "self_score" and len(got) < len(leaves):
                    continue  # (a unit's own column left empty on some rows: what it sums is unsure)
                if col == "weight" and abs(want - WEIGHT_TOTAL) <= 0.01 or col == "score" and (
                        _num(v.get("score")) is not None and abs(want - _num(v.get("score"))) <= 0.01):
                    continue  # (weights_not_100 compares the rows with 100 points and with the form's score)
                s = sum(got)
                step = tot["steps"][col]
                if abs(s - want) > max(POINTS_TOL * 2, step / 2 * len(got) if step < 1 else 0.0):
                    yield v.finding(
                        "total_row_mismatch",
                        f"the {label} row states {what} of {fmt_points(want)} but the {len(got)} rows above it add "
                        f"up to {fmt_points(s)} (difference {fmt_points(s - want)})", at, "error")


def _fields_beside(v: ProjectView, lines: list[dict]) -> list[float]:
    """budget_fiscal, budget_other and their sum, each that none of the source LINES is itself (a line of its amount
    naming the field, `其他资金 | 20`): the money a block's row read as the field, no line, may add to the lines."""
    names = [_clean(b.get("name")) for b in lines]
    amounts = [_num(b.get("amount")) for b in lines]
    xs = [x for c in ("budget_fiscal", "budget_other") for x in [_num(v.get(c))]
          if x and not any(a is not None and abs(a - x) <= MONEY_TOL and (_names_field(n, c) or n in _OTHER_LABELS)
                           for n, a in zip(names, amounts))]
    return xs + ([sum(xs)] if len(xs) == 2 else [])


GRADE_BANDS = (("优", 90.0, None), ("良", 80.0, 90.0), ("中", 60.0, 80.0), ("差", None, 60.0))


def grade_of(score: float) -> str:
    """The grade a score earns: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60 (lower bound inclusive)."""
    for g, lo, hi in GRADE_BANDS:
        if (lo is None or score >= lo) and (hi is None or score < hi):
            return g
    return "差"


def _grade_letter(grade: str) -> str | None:
    g = _clean(grade)
    if g in ("较差", "不合格"):
        return "差"
    if g[:1] in ("优", "良", "中", "差"):
        return g[:1]
    return None


@rule("grade_mismatch", "the grade (等次) does not match the total score")
def check_grade(v: ProjectView) -> Iterator[Finding]:
    """The 评价结果等次 must follow the score: 优 ≥ 90, 良 80–90, 中 60–80,
    差 < 60 (each band includes its lower bound). Grades written 优秀 / 良好 /
    中等 / 较差 are read by their first character; other wordings (合格) are not
    checked.
    """
    score, grade = _num(v.get("score")), v.get("grade")
    if score is None or not grade:
        return
    letter = _grade_letter(grade)
    if letter is None:
        return
    want = grade_of(score)
    if letter != want:
        yield v.finding(
            "grade_mismatch",
            f"grade {grade} but score {fmt_points(score)} earns {want} "
            f"(优 ≥ 90, 良 80–90, 中 60–80, 差 < 60)", severity="error", field="grade")


# ---------------------------------------------------------------- engine

def _check_disabled(disabled: Iterable[str]) -> set[str]:
    disabled = set(disabled or ())
    unknown = disabled - set(_RULES)
    if unknown:
        raise ValueError(f"unknown check code(s): {', '.join(sorted(unknown))}; "
                         f"known codes: {', '.join(_RULES)}")
    return disabled


def check_project(view: ProjectView, disabled: Iterable[str] = frozenset()) -> list[Finding]:
    """Run every enabled rule on one project; findings in rule order."""
    off = _check_disabled(disabled)
    out: list[Finding] = []
    view.__dict__["_memo"] = {}         # (the facts the rules share, for this run only: see _of_view)
    try:
        for code, r in _RULES.items():
            if code not in off:
                out.extend(r.fn(view))
    finally:
        view.__dict__.pop("_memo", None)
    return out


def project_views(tables: dict[str, list[dict]],
                  locations: dict[str, dict] | None = None,
                  steps: dict[str, dict] | None = None,
                  totals: dict[str, list[dict]] | None = None, fmt: str | None = None) -> list[ProjectView]:
    """One ProjectView per projects row (in table order), with its rows from the other tables and,
    when given, where each project field's value was found (`{project_id: {column: (page, line)}}`) and the
    precision its amount was written with (`{project_id: {column: 元 of its last digit}}`: 100 for `56.80` 万元)."""
    views = {}
    order = []
    for p in tables.get("projects") or []:
        v = ProjectView(p, locations=(locations or {}).get(p.get("project_id"), {}),
                        steps=(steps or {}).get(p.get("project_id"), {}), fmt=fmt)
        views[p.get("project_id")] = v
        order.append(v)
    for table in ("indicators", "budget_items", "scores"):
        for row in tables.get(table) or []:
            v = views.get(row.get("project_id"))
            if v is not None:
                getattr(v, table).append(row)
    for v in order:
        for rows in (v.indicators, v.budget_items, v.scores):
            rows.sort(key=lambda r: r.get("seq") or 0)
    for pid, stated in (totals or {}).items():
        v = views.get(pid)
        if v is None:
            continue
        for tot in stated:
            if tot["table"] == "projects":
                # (a list's total: the rows it sums are projects of their own)
                if any(q not in views for q in tot["rows"]):
                    continue
                tot = {**tot, "projects": [views[q].project for q in tot["rows"]]}
            v.totals.append(tot)
    return order


def target_quality(view: ProjectView) -> float | None:
    """Share of the project's indicators whose target has a number (None without indicators)."""
    if not view.indicators:
        return None
    return sum(1 for i in view.indicators if has_number(i)) / len(view.indicators)


def run_checks(tables: dict[str, list[dict]],
               disabled: set[str] = frozenset(),
               locations: dict[str, dict] | None = None,
               steps: dict[str, dict] | None = None,
               totals: dict[str, list[dict]] | None = None, fmt: str | None = None) -> tuple[list[dict], list[dict]]:
    """Run the rules on every project of `tables`.

    Returns (warnings rows in the contract's `warnings` shape, one summary row
    per project: project_id, doc_id, n_findings, codes, target_quality,
    vague_targets, n_indicators). Raises ValueError for a code in `disabled`
    that no rule has.
    """
    off = _check_disabled(disabled)
    warnings: list[dict] = []
    summary: list[dict] = []
    for v in project_views(tables, locations, steps, totals, fmt):
        findings = check_project(v, off)
        warnings.extend(f.as_warning() for f in findings)
        codes = list(dict.fromkeys(f.code for f in findings))
        if "vague_target" in off:
            vague = sum(1 for i in v.indicators if is_vague(i))
        else:
            vague = 0                # (the rule's findings, one a vague target: each target not asked again)
            for f in findings:
                if f.code == "vague_target":
                    vague += 1
        summary.append({
            "project_id": v.project_id, "doc_id": v.doc_id, "n_findings": len(findings),
            "codes": codes, "target_quality": target_quality(v),
            "vague_targets": vague,
            "n_indicators": len(v.indicators),
            "page": v.project.get("page"), "line": v.project.get("line")})
    return warnings, summary


def describe_rules() -> str:
    """'code  description' lines, for --help."""
    width = max(map(len, RULES))
    return "\n".join(f"{c:<{width}}  {d}" for c, d in RULES.items())
