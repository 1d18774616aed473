"""History across years: the same project lined up year by year, with its budget and each indicator's target.

``lineups(outdir, name)`` finds the projects whose name contains NAME or is
similar to it (or whose 项目编码 is NAME), and groups them into *line-ups*,
conservatively (see ``group_projects``): the same 项目编码 (two different codes
never, unless the system numbers projects anew each year or the project of one name
and unit was registered anew under a new code: see ``_renewed_code``); else the same name
after NFKC folding, removing white space, bracketed years and year words
(``党建经费（2023年）`` -> ``党建经费``) and the same implementing unit (实施单位; a
form naming none joins the line-up of its 主管部门; one several line-ups could
take stands alone, with a note); else a near name (words added or left out, none
a number, place or batch word) and the same unit and department.

In a line-up each column is one project (a year and its form: a target
declaration and a self-evaluation of the same year are two columns), ordered
by year. The rows are the budget (project total, this year's budget, fiscal
funds), a self-evaluation's results (spent, execution rate, score, grade), the
budget lines (明细 / 来源 / 支出) and one row per indicator, keyed by its level1
class, level2 and level3 name (two indicators of one name under two level2
headings are two rows). A cell is marked against the previous column:
``changed`` (target differs: the parsed op/value/unit when both are parsed, else
the normalized text, where each form's own year counts as the same), with a
``direction`` ``looser`` / ``tighter`` when op, value and unit allow, ``new``
(not in the previous column) or ``dropped`` (in the previous column, not in this
one). ``loosened`` lists every looser target of a set of line-ups.
"""
from __future__ import annotations

import csv
import difflib
import functools
import io
import itertools
import json
import re
from normalize._lazy_re import lazy
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from normalize.dates import YEAR_WORD

THRESHOLD = 0.8
BUDGET_ROWS = (("budget_total", "项目总预算"), ("budget_year", "当年预算"), ("budget_fiscal", "财政资金"))

_BRACKETED = re.compile(r"[(\[（【][^()\[\]（）【】]*\d{4}[^()\[\]（）【】]*[)\]）】]")
_SPACE = lazy(r"\s+")


@functools.lru_cache(maxsize=100_000)
def norm_name(name: str | None) -> str:
    """A project or indicator name for comparison: NFKC, no brackets holding a year, no `2023年`, no spaces."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name)
    s = _BRACKETED.sub("", s)
    s = YEAR_WORD.sub("", s)   # (a span of years whole, `2023-2025年`)
    return _SPACE.sub("", s).lower()


def similar(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    m = difflib.SequenceMatcher(None, a, b)
    return m.real_quick_ratio() >= threshold and m.quick_ratio() >= threshold and m.ratio() >= threshold


def _norm_target(raw: str | None) -> str:
    s = unicodedata.normalize("NFKC", raw or "")
    return _SPACE.sub("", s.replace("》", ">").replace("《", "<").replace("≥", ">=").replace("≤", "<="))


def same_target(a: dict, b: dict, year_a: int | None = None, year_b: int | None = None) -> bool:
    """The same target: the parsed op/value/unit when both are parsed, else the text, where each form's own
    year (and the years next to it) count as the same (2021年12月底前 in 2021, 2022年12月底前 in 2022)."""
    if a.get("op") and b.get("op") and a.get("value") is not None and b.get("value") is not None:
        same = (a["op"], a["value"], a.get("value_max"), a.get("unit")) == \
               (b["op"], b["value"], b.get("value_max"), b.get("unit"))
        if same or not (year_a and year_b) or not _YEAR_NUM.search(_norm_target(a.get("target_raw"))):
            return same
    if _norm_target(a.get("target_raw")) == _norm_target(b.get("target_raw")):
        return True
    return _norm_target_year(a.get("target_raw"), year_a) == _norm_target_year(b.get("target_raw"), year_b)


@dataclass
class Lineup:
    name: str
    unit: str | None
    department: str | None
    code: str | None = None
    notes: list[str] = field(default_factory=list)
    columns: list[dict] = field(default_factory=list)   # one per project: project_id, year, form, name, path, line
    rows: list[dict] = field(default_factory=list)      # kind, key, label, level1_std, cells

    def changes(self) -> int:
        return sum(1 for r in self.rows for c in r["cells"] if c["change"] in ("changed", "new", "dropped"))


_cache: dict[tuple[str, str], tuple] = {}


def _load(outdir: Path) -> tuple[list[dict], dict[str, list[dict]], dict[str, dict], dict[str, list[dict]]]:
    """The projects, indicators by project and documents of OUTDIR (kept while the dataset is unchanged)."""
    from jixiao.search import dataset_stamp
    key = (str(Path(outdir).resolve()), dataset_stamp(outdir))
    if key not in _cache:
        _cache.clear()
        _cache[key] = _read(outdir)
    return _cache[key]


def _read(outdir: Path) -> tuple[list[dict], dict[str, list[dict]], dict[str, dict], dict[str, list[dict]]]:
    from jixiao.dataset import read_table
    tbl = read_table(outdir, "projects")
    projects = tbl.select([c for c in ("project_id", "doc_id", "form", "year", "name", "department", "unit",
                                       "budget_total", "budget_year", "budget_fiscal", "spent", "execution_rate",
                                       "score", "grade", "page", "line", "project_code", "fill_date")
                           if c in tbl.column_names]).to_pylist()      # (a dataset of an older version: no code)
    inds: dict[str, list[dict]] = {}
    for i in read_table(outdir, "indicators").select(
            ["project_id", "seq", "level1", "level1_std", "level2", "level3", "target_raw", "op", "value",
             "value_max", "unit", "actual_raw", "page", "line"]).to_pylist():
        inds.setdefault(i["project_id"], []).append(i)
    docs = {d["doc_id"]: d for d in read_table(outdir, "documents").select(["doc_id", "path", "format"]).to_pylist()}
    lines: dict[str, list[dict]] = {}
    bt = read_table(outdir, "budget_items")
    for b in bt.select([c for c in ("project_id", "seq", "name", "amount", "kind") if c in bt.column_names]).to_pylist():
        lines.setdefault(b["project_id"], []).append(b)
    return projects, inds, docs, lines


def _unit_key(p: dict) -> str:
    return norm_name(p.get("unit"))


def _code(p: dict) -> str:
    return unicodedata.normalize("NFKC", p.get("project_code") or "").strip().upper()


# What tells two projects of near names apart: a number (第一批 / 第二批, 一期 / 二期, 2号), a place
# (东区 / 西区, 某镇 / 某乡) or a batch / phase word in the text one name has and the other not.
_DISTINCT = lazy(r"[0-9〇零一二三四五六七八九十百两ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ批期号省市州县区镇乡村街]")


def near_name(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    """Two normalized names near enough to be one project renamed: similar (ratio >= threshold) and one is the
    other with words added or left out (社区健康服务项目 / 社区健康服务项目经费, 党建经费 / 党建工作经费), none of the
    added words a number, a place or a batch (东区 / 西区, 第一批 / 第二批 and 医疗保险 / 养老保险 replace words: two
    projects)."""
    if a == b:
        return bool(a)
    if not similar(a, b, threshold):
        return False
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "replace":
            return False
        if op in ("insert", "delete") and _DISTINCT.search(a[i1:i2] + b[j1:j2]):
            return False
    return True


def _yearly_codes(p: dict, q: dict) -> bool:
    """Two codes of a system that numbers projects anew each year: of one length, each holding its own form's
    year at the same place (3310812300002 of 2023 and 3310812400007 of 2024: 23 / 24 at the 7th digit)."""
    a, b, ya, yb = _code(p), _code(q), p.get("year"), q.get("year")
    if not (a and b and ya and yb) or ya == yb or len(a) != len(b):
        return False
    for w in (4, 2):
        sa, sb = str(ya)[-w:], str(yb)[-w:]
        if any(a[i:i + w] == sa and b[i:i + w] == sb for i in range(len(a) - w + 1)):
            return True
    return False


def _code_year(code: str, i: int, w: int) -> int | None:
    """The year written at CODE[i:i+w] (4 digits 19xx / 20xx, or 2 digits for 20xx), else None."""
    s = code[i:i + w]
    if not s.isdigit():
        return None
    y = int(s) if w == 4 else 2000 + int(s)
    return y if 1990 <= y <= 2099 else None


def _renewed_code(p: dict, q: dict) -> bool:
    """The project of one name and 实施单位 registered anew under a new 项目编码 (a project library rebuilt: the
    2021-2022 forms' 36073021010001, the 2023 form's 36073023010005): codes of one length, each holding at one
    place a year, the older code's year no later than its form's, the newer code's year after the older form's
    year and no later than its own form's (the code was made after the older form). Codes made in one year
    (ZJ-2022-011 and ZJ-2022-012 on a 2023 form) are two projects; so are two codes of one year's forms."""
    a, b, ya, yb = _code(p), _code(q), p.get("year"), q.get("year")
    if not (a and b and ya and yb) or a == b or ya == yb or len(a) != len(b):
        return False
    if ya > yb:
        a, b, ya, yb = b, a, yb, ya
    n, m = norm_name(p.get("name")), norm_name(q.get("name"))
    if not n or n != m or not _unit_key(p) or _unit_key(p) != _unit_key(q) \
            or _same_org(p.get("department"), q.get("department")) is False:
        return False
    for w in (4, 2):
        for i in range(len(a) - w + 1):
            ca, cb = _code_year(a, i, w), _code_year(b, i, w)
            if ca and cb and ca <= ya < cb <= yb and a[:i] == b[:i]:
                return True
    return False


def _codes_part(p: dict, q: dict) -> bool:
    """Two different 项目编码 are two projects (ZJ-2022-011 / ZJ-2022-012), unless the system numbers its projects
    anew each year (see _yearly_codes) or the project of one name and unit was registered anew under a new code
    in a later year (see _renewed_code): then the code says nothing."""
    a, b = _code(p), _code(q)
    return bool(a and b and a != b and not _yearly_codes(p, q) and not _renewed_code(p, q))


def _same_org(a: str | None, b: str | None) -> bool | None:
    """Equal (or one containing the other) after normalization; None when either is missing."""
    x, y = norm_name(a), norm_name(b)
    if not x or not y:
        return None
    return x == y or x in y or y in x


def _evidence(p: dict, q: dict, threshold: float) -> int:
    """How strongly two projects are one (0: not at all). 4: the same 项目编码; 3: the same name and 实施单位;
    2: a near name (words added or left out) and the same 实施单位 and 主管部门 (when both state one); 1: the same
    name, a unit missing on one side, the same 主管部门; -1: the same name and nothing else known (joins a
    line-up only when no other could take the project, see group_projects)."""
    cp, cq = _code(p), _code(q)
    if cp and cq and cp == cq:
        return 4
    if _codes_part(p, q):
        return 0                                  # two codes that differ are two projects
    n, m = norm_name(p.get("name")), norm_name(q.get("name"))
    if not n or not m or _conflict(p, q):
        return 0
    units = bool(_unit_key(p)) and _unit_key(p) == _unit_key(q)
    depts = _same_org(p.get("department"), q.get("department"))
    if n == m:
        if units:
            return 3                              # (a department renamed over the same unit: still one)
        return 1 if depts else -1                 # -1: same name, nothing else known (weak)
    if units and depts is not False and near_name(n, m, threshold):
        return 2
    return 0


def _conflict(p: dict, q: dict) -> bool:
    """Two projects that cannot be one (whatever their names): different codes (see _codes_part), different
    实施单位, or no common 实施单位 and different 主管部门."""
    if _codes_part(p, q):
        return True
    u, v = _unit_key(p), _unit_key(q)
    if u and v:
        return u != v
    return _same_org(p.get("department"), q.get("department")) is False


def group_projects(projects: list[dict], threshold: float = THRESHOLD,
                   notes: dict[str, list[str]] | None = None) -> list[list[dict]]:
    """Group the projects that are one project across years, conservatively (a wrong line-up compares two
    projects and looks valid). A project joins the group holding its 项目编码; two different codes never join
    (unless each holds its own year at one place: a system numbering its projects anew each year; or the
    project of one name and 实施单位 registered anew under a new code: see _renewed_code).
    Else it joins a group of the same normalized name and 实施单位, or of a near name (words added or left out,
    no number / place / batch word: see near_name) and the same 实施单位 and 主管部门; a project stating no 实施单位
    joins the group of its 主管部门. A project that several groups could take equally (a 党建经费 with neither
    unit nor department, and two departments' 党建经费) joins none and stands alone, said in NOTES (project_id ->
    messages)."""
    groups: list[list[dict]] = []
    # the groups a project could join, found by its code, its name and its unit (not by trying every group)
    by_code: dict[str, set[int]] = {}
    by_name: dict[str, set[int]] = {}
    by_unit: dict[str, set[int]] = {}

    def put(p: dict, gi: int) -> None:
        if _code(p):
            by_code.setdefault(_code(p), set()).add(gi)
        by_name.setdefault(norm_name(p.get("name")), set()).add(gi)
        if _unit_key(p):
            by_unit.setdefault(_unit_key(p), set()).add(gi)

    for p in sorted(projects, key=lambda p: (p.get("year") or 0, p["project_id"])):
        cands = (by_code.get(_code(p), set()) | by_name.get(norm_name(p.get("name")), set())
                 | by_unit.get(_unit_key(p), set()))
        best: list[tuple[int, int]] = []
        for gi in sorted(cands):
            g = groups[gi]
            if _code(p) and any(_code(x) == _code(p) for x in g):
                e = 4
            elif any(_conflict(p, x) for x in g):
                continue                         # another code's, another unit's or another department's
            else:
                e = max(_evidence(p, x, threshold) for x in g)
            if e > 0 or e == -1:
                best.append((e if e > 0 else 0, gi))
        if best:
            top = max(e for e, _ in best)
            winners = [groups[gi] for e, gi in best if e == top]
            if len(winners) == 1:
                gi = next(gi for e, gi in best if e == top)
                groups[gi].append(p)
                put(p, gi)
                continue
        else:
            winners = []
        groups.append([p])
        put(p, len(groups) - 1)
        if not winners:
            continue
        if notes is not None:
            units = [next((x.get("unit") or x.get("department") for x in g if x.get("unit") or x.get("department")),
                          "?") for g in winners]
            notes.setdefault(p["project_id"], []).append(
                f"{p.get('year') or '?'} {p.get('name')} ({p['project_id']}) could be the project of any of "
                f"{len(winners)} line-ups ({', '.join(units)}): it names no 实施单位/主管部门 that tells which, "
                "so it stands alone")
    return groups


_YEAR_NUM = lazy(r"(?<!\d)((?:19|20)\d\d)(?=\s*年|[-./]\d)")


def _norm_target_year(raw: str | None, year: int | None) -> str:
    """The target text with the form's own year (and the next) written as a placeholder: 2021年12月底前 in the 2021
    form and 2022年12月底前 in the 2022 form are the same target."""
    s = _norm_target(raw)
    if not year:
        return s
    return _YEAR_NUM.sub(lambda m: {str(year): "{Y}", str(year + 1): "{Y+1}", str(year - 1): "{Y-1}"}
                         .get(m.group(1), m.group(1)), s)


_LOWER_BOUND = {">=": 1, ">": 1, "<=": -1, "<": -1}


def _satisfaction(i: dict) -> bool:
    """A satisfaction indicator (满意度): more is always better, so a bare `85%` or `0.85` is a floor."""
    return i.get("level1_std") == "satisfaction" or "满意" in (i.get("level3") or "")


def direction(prev: dict, cur: dict) -> str | None:
    """`looser` / `tighter` for a target that changed in its value under the same operator and unit: a lower
    value under >= / > (and under = for a quantity: 数量 indicators, 培训=2000人次 -> =1800人次, a satisfaction:
    满意度 ≥90% -> 85%, or a rate at its top: 及时率 100% -> ≥98%) and a higher one under <= / < (and from = 0:
    安全事故 0起 -> ≤1起) is looser; > for >= (same value) is tighter. Two `=` of one unit, one of them a rate's top
    or none at all (=100% -> =95%, =0% -> =2%), both take that one's sense. A rate written
    as a share (满意度 0.85, no unit) is compared as its percent (see search.value_pct) with one written in %.
    None when op, value or unit do not allow to say."""
    if prev.get("value") is None or cur.get("value") is None or prev.get("value_max") or cur.get("value_max"):
        return None
    from jixiao.search import value_pct
    pa, pb = value_pct(prev), value_pct(cur)
    if (prev.get("unit") or "") != (cur.get("unit") or "") and (pa is None or pb is None):
        return None
    ops = (prev.get("op"), cur.get("op"))

    def sense(i: dict) -> int:
        o = i.get("op")
        if o in _LOWER_BOUND:
            return _LOWER_BOUND[o]
        if o == "=":
            if i.get("value") == 0:
                return -1                      # (none at all, =0起 / 0%: a ceiling, ≤1起 is looser)
            if value_pct(i) == 100:
                return 1                       # (a rate at its top, 100% / 1: a floor, ≥98% is looser)
            if "数量" in (i.get("level2") or "") or _satisfaction(i):
                return 1
        return 0
    sp, sc = sense(prev), sense(cur)
    if ops == ("=", "=") and (prev.get("unit") or "") == (cur.get("unit") or "") and bool(sp) != bool(sc):
        sp = sc = sp or sc                     # (=100% -> =95%: the rate's top gives the other year's `=` its sense)
    if not sp or sp != sc:
        return None
    a, b = prev["value"], cur["value"]
    if pa is not None and pb is not None:
        a, b = pa, pb                          # (a rate written as a share, 0.85, and one as a percent, ≥90%)
    if a == b:
        if ops in ((">=", ">"), ("<=", "<")):
            return "tighter"
        if ops in ((">", ">="), ("<", "<=")):
            return "looser"
        return None
    return "looser" if (b - a) * sp < 0 else "tighter"


# rows of money and results besides the budget: a self-evaluation's spending, execution rate, score and grade
RESULT_ROWS = (("spent", "实际支出"), ("execution_rate", "执行率"), ("score", "得分"), ("grade", "等次"))
LINE_KINDS = {"composition": "明细", "source": "来源", "spent": "支出"}


def _indicator_key(i: dict) -> str:
    return norm_name(i.get("level3")) or (norm_name(i.get("level2")) + "#" + str(i.get("seq")))


def _match_rows(cols_inds: list[list[dict]]) -> tuple[list[dict], list[list[int | None]]]:
    """Rows of indicators across columns. An indicator is the row of its (level1 class, level2, level3) in
    an earlier column; else the row of its level3 name alone when the name is left once on each side (a level2
    written otherwise one year); else a new row. Two indicators of one name under different level2 headings
    (农村自来水普及率 under 质量指标 and under 可持续影响指标) are two rows. Returns the rows (the first
    indicator of each) and per column the row of each indicator."""
    rows: list[dict] = []
    full: list[tuple] = []
    assign: list[list[int | None]] = []
    for inds in cols_inds:
        taken: set[int] = set()
        mine: list[int | None] = [None] * len(inds)
        for j, i in enumerate(inds):
            k = (i.get("level1_std") or norm_name(i.get("level1")), norm_name(i.get("level2")), _indicator_key(i))
            r = next((r for r, f in enumerate(full) if f == k and r not in taken), None)
            if r is not None:
                mine[j] = r
                taken.add(r)
        for j, i in enumerate(inds):
            if mine[j] is not None:
                continue
            k3 = _indicator_key(i)
            free_rows = [r for r, f in enumerate(full) if f[2] == k3 and r not in taken]
            left = [x for x, y in enumerate(inds) if mine[x] is None and _indicator_key(y) == k3]
            if len(free_rows) == 1 and len(left) == 1:
                mine[j] = free_rows[0]
                taken.add(free_rows[0])
        for j, i in enumerate(inds):
            if mine[j] is None:
                full.append((i.get("level1_std") or norm_name(i.get("level1")), norm_name(i.get("level2")),
                             _indicator_key(i)))
                rows.append(i)
                mine[j] = len(rows) - 1
                taken.add(mine[j])
        assign.append(mine)
    return rows, assign


def _money(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):
        return v
    return f"{v:,.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:,.0f}"


# a date in a file's name (绩效目标表_20230320.xlsx, 2023-03-20, 2023.3.20, 2023年3月20日), a version number (v2, V3,
# 第2稿, 第二稿, 二稿) and a word of a later version (调整稿, 修改, 修订, 更正, 补充, 终稿, 定稿, 最终, 正式) or an earlier
# one (初稿, 草稿, 征求意见稿)
_NAME_DATE = re.compile(r"(?<!\d)(20\d\d)(?:([01]\d)([0-3]\d)|[-._年](1[0-2]|0?[1-9])[-._月]([12]\d|3[01]|0?[1-9])日?)(?!\d)")
# (not a year's `2023版`: a version number stands alone, no digit before it)
_NAME_VERSION = re.compile(r"(?<![a-z])v(\d{1,2})(?!\d)|第?(?<!\d)([0-9一二三四五六七八九十])(?:稿|版)", re.I)
_LATER_WORDS = re.compile(r"调整|修改|修订|更正|补充|终稿|定稿|最终|正式")
_EARLIER_WORDS = re.compile(r"初稿|草稿|征求意见")
_CN_DIGIT = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}


def _file_name(path: str | None) -> str:
    """The last part of a path (an archive member's name)."""
    return re.split(r"[/\\]|!/", path or "")[-1]


def _differing_span(name: str, other: str | None) -> tuple[int, int]:
    """Where `name` differs from `other` (their common start and end left out): `智慧水务…（2023版）.txt` against
    `智慧水务…（修改稿v2）.txt` -> the span of `2023版`; the whole name without another."""
    if other is None:
        return 0, len(name)
    a = 0
    while a < min(len(name), len(other)) and name[a] == other[a]:
        a += 1
    b = 0
    while b < min(len(name), len(other)) - a and name[-1 - b] == other[-1 - b]:
        b += 1
    return a, len(name) - b


def version_order(p: dict, path: str | None, other: str | None = None) -> tuple:
    """What says which of two forms of one project, year and kind came later (the parts of the key a form lacks
    are None: see _later): its 填报日期 (fill_date), a date in its file's name, a version number in that name (v2,
    第二稿), a word of a later or an earlier version in it (调整稿, 修订 / 初稿), and last its path. Given the other
    form's path, only what stands where the two names differ counts (`补充` of `教师补充计划.txt` and
    `教师补充计划_初稿.txt` is the project's name, no revision word of either)."""
    name = unicodedata.normalize("NFKC", _file_name(path))
    lo, hi = _differing_span(name, unicodedata.normalize("NFKC", _file_name(other)) if other is not None else None)

    def find(rx: re.Pattern) -> re.Match | None:
        return next((m for m in rx.finditer(name) if m.start() < hi and m.end() > lo), None)

    d = None
    m = find(_NAME_DATE)
    if m:
        y, mo, da = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (m.group(1), m.group(4), m.group(5))
        if 1 <= int(mo) <= 12 and 1 <= int(da) <= 31:
            d = (int(y), int(mo), int(da))
    v = None
    m = find(_NAME_VERSION)
    if m:
        v = int(m.group(1)) if m.group(1) else (int(m.group(2)) if m.group(2).isdigit() else _CN_DIGIT[m.group(2)])
    word = 1 if find(_LATER_WORDS) else -1 if find(_EARLIER_WORDS) else 0
    fill = p.get("fill_date")
    return (str(fill) if fill else None, d, v, word, path or "")


def pair_order(a: dict, path_a: str | None, b: dict, path_b: str | None) -> tuple[tuple, tuple]:
    """The version_order keys of two forms, each read where its file's name differs from the other's."""
    return version_order(a, path_a, path_b), version_order(b, path_b, path_a)


def _later(a: tuple, b: tuple) -> int:
    """Compare two version_order keys part by part, a part that one of them lacks (None) skipped."""
    for x, y in zip(a, b):
        if x is None or y is None or x == y:
            continue
        return -1 if x < y else 1
    return 0


_ORDER_WORDS = ("填报日期", "the date in the file name", "the version in the file name",
                "a revision word in the file name (调整稿 / 初稿)", "the file path")


def order_reason(a: tuple, b: tuple) -> str:
    """Which part of two version_order keys put them in their order."""
    for k, (x, y) in enumerate(zip(a, b)):
        if x is not None and y is not None and x != y:
            return _ORDER_WORDS[k] + (f" {x} → {y}" if k == 0 else "")
    return "nothing that tells them apart"


def build_lineup(group: list[dict], inds: dict[str, list[dict]], docs: dict[str, dict],
                 lines: dict[str, list[dict]] | None = None) -> Lineup:
    # by year, a target form before the self-evaluation; two forms of one year and kind (versions: a draft and its
    # revision) in the order they were made (see version_order), not by their file's hash
    paths = {p["project_id"]: docs.get(p["doc_id"], {}).get("path") for p in group}

    def pair(a: dict, b: dict) -> tuple[tuple, tuple]:
        return pair_order(a, paths[a["project_id"]], b, paths[b["project_id"]])
    by_form = itertools.groupby(sorted(group, key=lambda p: (p.get("year") or 0, p.get("form") != "target")),
                                key=lambda p: (p.get("year"), p.get("form")))
    cols = [p for _, same in by_form
            for p in sorted(sorted(same, key=lambda p: p["project_id"]),
                            key=functools.cmp_to_key(lambda a, b: _later(*pair(a, b))))]
    first = cols[0]
    lu = Lineup(name=first.get("name") or "", unit=next((p["unit"] for p in cols if p.get("unit")), None),
                department=next((p["department"] for p in cols if p.get("department")), None))
    codes = sorted({_code(p) for p in cols} - {""})
    lu.code = ", ".join(codes) or None
    for p in cols:
        d = docs.get(p["doc_id"], {})
        lu.columns.append({"project_id": p["project_id"], "year": p.get("year"), "form": p.get("form"),
                           "name": p.get("name"), "unit": p.get("unit"), "path": d.get("path"),
                           "format": d.get("format"), "page": p.get("page"), "line": p.get("line"),
                           "project_code": p.get("project_code")})
    for key, label in BUDGET_ROWS + RESULT_ROWS:
        vals = [p.get(key) for p in cols]
        if all(v is None for v in vals):
            continue
        cells, prev = [], None
        for v in vals:
            change = None
            if prev is not None and v is not None and v != prev:
                change = "changed"
            text = None if v is None else (_money(v) if key in ("budget_total", "budget_year", "budget_fiscal",
                                                                  "spent") else
                                           (f"{v:g}" if isinstance(v, float) else str(v)))
            cells.append({"value": v, "text": text, "change": change})
            prev = v if v is not None else prev
        lu.rows.append({"kind": "budget" if key in dict(BUDGET_ROWS) else "result", "key": key, "label": label,
                        "level1_std": None, "cells": cells})
    if lines:
        order: list[tuple] = []
        labels: dict[tuple, str] = {}
        per: list[dict[tuple, float]] = []
        for p in cols:
            m: dict[tuple, float] = {}
            for b in lines.get(p["project_id"], []):
                if b.get("kind") not in LINE_KINDS or b.get("amount") is None or not b.get("name"):
                    continue
                k = (b["kind"], norm_name(b["name"]))
                if k not in m:
                    m[k] = b["amount"]
                    if k not in labels:
                        labels[k] = f"{LINE_KINDS[b['kind']]}: {b['name']}"
                        order.append(k)
                else:
                    m[k] += b["amount"]
            per.append(m)
        for kk in order:
            if not any(m.get(kk) for m in per):
                continue                       # a line of zeros in every year (其他 0)
            cells, prev = [], None
            for ci, m in enumerate(per):
                v = m.get(kk)
                change = None
                if ci > 0:
                    if v is not None and prev is None:
                        change = "new"
                    elif v is None and prev is not None:
                        change = "dropped"
                    elif v is not None and prev is not None and v != prev:
                        change = "changed"
                cells.append({"value": v, "text": _money(v), "change": change})
                prev = v
            lu.rows.append({"kind": "budget_line", "key": kk[0] + ":" + kk[1], "label": labels[kk], "level1_std": None,
                            "cells": cells})
    cols_inds = [list(inds.get(p["project_id"], [])) for p in cols]
    rows, assign = _match_rows(cols_inds)
    names = [_indicator_key(i) for i in rows]
    for r, i in enumerate(rows):
        cur_by_col = []
        for ci, mine in enumerate(assign):
            cur_by_col.append(next((cols_inds[ci][j] for j, x in enumerate(mine) if x == r), None))
        cells = []
        prev = None            # the indicator in the previous column (None: absent there)
        prev_year = None
        for ci, cur in enumerate(cur_by_col):
            change = way = None
            if ci > 0:
                if cur is not None and prev is None:
                    change = "new"
                elif cur is None and prev is not None:
                    change = "dropped"
                elif cur is not None and prev is not None and \
                        not same_target(cur, prev, cols[ci].get("year"), prev_year):
                    change = "changed"
                    way = direction(prev, cur)
            cells.append({"value": cur.get("value") if cur else None,
                          "text": cur.get("target_raw") if cur else None, "change": change, "direction": way,
                          "actual": cur.get("actual_raw") if cur else None,
                          "line": cur.get("line") if cur else None, "page": cur.get("page") if cur else None})
            prev, prev_year = cur, cols[ci].get("year")
        label = i.get("level3") or i.get("level2") or names[r]
        if names.count(names[r]) > 1 and i.get("level2"):
            label = f"{label} ({i['level2']})"
        lu.rows.append({"kind": "indicator", "key": "|".join(filter(None, (i.get("level1_std"),
                        norm_name(i.get("level2")), names[r]))), "label": label,
                        "level1_std": i.get("level1_std"), "level2": i.get("level2"), "cells": cells})
    by_id = {p["project_id"]: p for p in group}
    # a form held by two files (the same year and form, every row alike): said, so that it is not read as a year
    for k in range(1, len(lu.columns)):
        a, b = lu.columns[k - 1], lu.columns[k]
        if (a["year"], a["form"]) == (b["year"], b["form"]) and lu.rows and \
                all(r["cells"][k - 1]["text"] == r["cells"][k]["text"] for r in lu.rows):
            lu.notes.append(f"{column_label(b)}: the same form in two files ({a.get('path')}, {b.get('path')})")
        elif (a["year"], a["form"]) == (b["year"], b["form"]) and a.get("year") is not None:
            # the same project's form of one year in two files that differ (money or targets): two versions (a
            # revision, a resubmission) — their differences are no change from a year before (hunt BD)
            lu.notes.append(f"{column_label(b)}: two {column_label(b)} forms that differ ({a.get('path')}, "
                            f"{b.get('path')}): versions of one year, in this order by "
                            f"{order_reason(*pair(by_id[a['project_id']], by_id[b['project_id']]))}; the marks "
                            "compare them "
                            "with each other")
    # a project registered anew under a new 项目编码 (see _renewed_code): said, so that the join can be checked
    for k in range(1, len(cols)):
        a, b = cols[k - 1], cols[k]
        if _code(a) and _code(b) and _code(a) != _code(b) and _renewed_code(a, b):
            lu.notes.append(f"{column_label(lu.columns[k])}: a new 项目编码 {_code(b)} (before: {_code(a)}), "
                            f"the same name and 实施单位: lined up as one project registered anew")
    return lu


def _with_notes(groups: list[list[dict]], notes: dict[str, list[str]], inds, docs, lines) -> list[Lineup]:
    out = []
    for g in groups:
        lu = build_lineup(g, inds, docs, lines)
        lu.notes = [n for p in g for n in notes.get(p["project_id"], [])] + lu.notes
        out.append(lu)
    return out


def lineups(outdir: str | Path, name: str, org: str | None = None,
            threshold: float = THRESHOLD) -> list[Lineup]:
    """Given a dataset folder and a project name (or a 项目编码), return its line-ups (most years first). An
    empty NAME lines up every project of the dataset."""
    projects, inds, docs, lines = _load(Path(outdir))
    q = norm_name(name)
    if not q and name.strip():
        return []
    qc = unicodedata.normalize("NFKC", name).strip().upper()
    if not q:
        hits = list(projects)
    else:
        hits = [p for p in projects if p.get("name") and (q in norm_name(p["name"]) or similar(q, norm_name(p["name"]), threshold))]
        coded = {_code(p) for p in projects if _code(p) == qc or (_code(p) and _code(p) in {_code(h) for h in hits})}
        ids = {p["project_id"] for p in hits}
        hits += [p for p in projects if _code(p) in coded and p["project_id"] not in ids]    # by 项目编码, renamed
    if org:
        hits = [p for p in hits if org in (p.get("unit") or "")]
    notes: dict[str, list[str]] = {}
    groups = group_projects(hits, threshold, notes)
    if q:
        # the years a name or a code alone does not reach (the 2021 form under its old code, when NAME is the new
        # code or the 2024 name): the projects of the hits' codes and exact names, grouped with them; the line-ups
        # holding a hit kept
        kin = _kin(hits, projects)
        if org:
            kin = [p for p in kin if org in (p.get("unit") or "")]
        if len(kin) > len(hits):
            ids = {p["project_id"] for p in hits}
            notes = {}
            groups = [g for g in group_projects(kin, threshold, notes) if any(p["project_id"] in ids for p in g)]
    out = _with_notes(groups, notes, inds, docs, lines)
    out.sort(key=lambda lu: (-len({c["year"] for c in lu.columns}), lu.name))
    return out


def _kin(seed: list[dict], projects: list[dict]) -> list[dict]:
    """SEED and the projects sharing a 项目编码 or an exact normalized name with one of them, and so on (a few
    rounds): the candidates of the line-ups SEED's projects may belong to."""
    out = {p["project_id"]: p for p in seed}
    for _ in range(4):
        codes = {_code(p) for p in out.values()} - {""}
        names = {norm_name(p.get("name")) for p in out.values()} - {""}
        more = [p for p in projects if p["project_id"] not in out
                and (_code(p) in codes or norm_name(p.get("name")) in names)]
        if not more:
            break
        out.update((p["project_id"], p) for p in more)
    return list(out.values())


def lineup_of(outdir: str | Path, project_id: str, threshold: float = THRESHOLD) -> Lineup | None:
    """The line-up that holds one project (the web app's history view of a project)."""
    projects, inds, docs, lines = _load(Path(outdir))
    me = next((p for p in projects if p["project_id"] == project_id), None)
    if me is None:
        return None
    n = norm_name(me.get("name"))
    cands = [p for p in projects if p["project_id"] == project_id or (n and similar(n, norm_name(p.get("name")), threshold))
             or (_code(me) and _code(p) == _code(me))]
    cands = _kin(cands, projects)          # (the earlier years of a project renamed, or registered anew under a new code)
    notes: dict[str, list[str]] = {}
    for g in group_projects(cands, threshold, notes):
        if any(p["project_id"] == project_id for p in g):
            return _with_notes([g], notes, inds, docs, lines)[0]
    return None


def loosened(lus: list[Lineup]) -> list[dict]:
    """Every target of LUS looser than in the column before (see direction): one row each, with both targets,
    years, files and places (line, page and the location in the words of the file's format)."""
    from jixiao.report import location_text
    out = []
    for lu in lus:
        for r in lu.rows:
            if r["kind"] != "indicator":
                continue
            for ci, cell in enumerate(r["cells"]):
                if cell.get("direction") != "looser":
                    continue
                b = ci - 1                      # (a direction is only given against the column before)
                was, now = lu.columns[b], lu.columns[ci]
                out.append({"name": lu.name, "unit": lu.unit, "department": lu.department, "indicator": r["label"],
                            "level1_std": r.get("level1_std"),
                            "year_before": was["year"], "form_before": was["form"], "target_before": r["cells"][b]["text"],
                            "year": now["year"], "form": now["form"], "target": cell["text"],
                            "project_id": now["project_id"], "path": now.get("path"), "line": cell.get("line"),
                            "page": cell.get("page"),
                            "location": location_text(now.get("format"), cell.get("page"), cell.get("line")),
                            "path_before": was.get("path"), "line_before": r["cells"][b].get("line"),
                            "page_before": r["cells"][b].get("page"),
                            "location_before": location_text(was.get("format"), r["cells"][b].get("page"),
                                                             r["cells"][b].get("line"))})
    return out


# (line and page as the dataset holds them; location in the words of the file's format: `line 12` of a text dump,
# `page 2` of a PDF, `sheet 1, row 16` of a spreadsheet, `table 1, row 15` of a Word file)
LOOSE_FIELDS = ["name", "unit", "department", "indicator", "level1_std", "year_before", "form_before",
                "target_before", "year", "form", "target", "project_id", "path", "line", "page", "location",
                "path_before", "line_before", "page_before", "location_before"]


def format_loosened(rows: list[dict], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=LOOSE_FIELDS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: "" if r.get(k) is None else r[k] for k in LOOSE_FIELDS})
        return buf.getvalue()
    if not rows:
        return "no target looser than the year before\n"
    out = [f"{len(rows)} targets looser than the year before (a lower value under >= or for a quantity or "
           "below a rate's 100%, a higher one under <=; two years alike: a version of one year and the one before "
           "it):"]
    for r in rows:
        out.append(f"  {r['name']} — {r['unit'] or 'unit unknown'}: {r['indicator']}  "
                   f"{r['year_before']} {r['target_before']} -> {r['year']} {r['target']}  "
                   f"{r['path']}" + (f" {r['location']}" if r.get("location") else ""))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

MARK = {"changed": "*", "new": "+", "dropped": "-", None: ""}
WAY = {"looser": "↓", "tighter": "↑", None: ""}


def column_label(c: dict) -> str:
    return f"{c.get('year') or '?'}" + ("" if c.get("form") == "target" else f" {c.get('form')}")


def cell_text(cell: dict) -> str:
    if cell["change"] == "dropped":
        return "- (dropped)"
    text = (cell["text"] or "") + MARK[cell["change"]] + WAY[cell.get("direction")]
    if cell.get("actual"):
        text += f" →{cell['actual']}"
    return text


def format_table(lus: list[Lineup]) -> str:
    from jixiao.report import location_text
    from jixiao.search import _fit, _width
    if not lus:
        return ("no project of that name or 项目编码 (a name matches when it contains NAME or is similar to it: "
                "try a part of the name, a lower --threshold, or `jixiao search OUTDIR NAME --kind project`)\n")
    out = []
    for lu in lus:
        out.append(f"{lu.name} — {lu.unit or 'unit unknown'}"
                   + (f" ({lu.department})" if lu.department else "")
                   + (f" 项目编码 {lu.code}" if lu.code else "")
                   + f": {len(lu.columns)} forms, {lu.changes()} changes")
        out.extend(f"  note: {n}" for n in lu.notes)
        for c in lu.columns:
            where = location_text(c.get("format"), c.get("page"), c.get("line"))
            out.append(f"  {column_label(c):>14}  {c['project_id']}  {c.get('name') or ''}  "
                       f"{c.get('path') or ''}" + (f" {where}" if where else ""))
        lw = max([_width(r["label"]) for r in lu.rows] + [10])
        lw = min(lw, 30)
        widths = [max([_width(cell_text(r["cells"][i])) for r in lu.rows] + [_width(column_label(c))] + [6])
                  for i, c in enumerate(lu.columns)]
        widths = [min(w, 24) for w in widths]
        out.append("  " + _fit("", lw) + "  " + "  ".join(_fit(column_label(c), w) for c, w in zip(lu.columns, widths)))
        for r in lu.rows:
            out.append(("  " + _fit(r["label"], lw) + "  "
                        + "  ".join(_fit(cell_text(cell), w) for cell, w in zip(r["cells"], widths))).rstrip())
        out.append("")
    out.append("* changed from the form to its left, a year before or another version (↓ looser target, ↑ tighter), "
               "+ new, - dropped; →actual value "
               "of a self-evaluation; money in 元")
    return "\n".join(out) + "\n"


def to_json(lus: list[Lineup]) -> list[dict[str, Any]]:
    return [{"name": lu.name, "unit": lu.unit, "department": lu.department, "project_code": lu.code,
             "columns": lu.columns, "rows": lu.rows, "changes": lu.changes(), "notes": lu.notes} for lu in lus]


def format_json(lus: list[Lineup]) -> str:
    return json.dumps(to_json(lus), ensure_ascii=False, indent=2) + "\n"


def flat_rows(lus: list[Lineup]) -> list[dict]:
    """One row per (line-up, row, column): for CSV and XLSX."""
    out = []
    for n, lu in enumerate(lus, 1):
        for r in lu.rows:
            for c, cell in zip(lu.columns, r["cells"]):
                out.append({"lineup": n, "name": lu.name, "unit": lu.unit, "row": r["label"], "kind": r["kind"],
                            "level1_std": r.get("level1_std"), "year": c["year"], "form": c["form"],
                            "project_id": c["project_id"], "value": cell["text"],
                            "change": cell["change"], "path": c.get("path"), "line": cell.get("line"),
                            "direction": cell.get("direction"), "actual": cell.get("actual")})
    return out


def format_csv(lus: list[Lineup]) -> str:
    rows = flat_rows(lus)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["lineup", "name", "unit", "row", "kind", "level1_std", "year", "form",
                                        "project_id", "value", "change", "path", "line", "direction", "actual"],
                       lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "" if v is None else v for k, v in r.items()})
    return buf.getvalue()
