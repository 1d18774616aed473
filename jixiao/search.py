"""Full-text search over a dataset: the index ``OUTDIR/search.sqlite`` and the queries on it.

The index is one SQLite file beside the Parquet tables, built from the finished
dataset (``build_index``), never by the writer: ``jixiao extract`` calls
``build_index`` after it has written OUTDIR, ``jixiao index OUTDIR`` rebuilds it,
and ``ensure_index`` rebuilds it when the dataset changed since (the index
records the dataset's ``_manifest.json`` generation).

One row of the index (table ``hits``) is a *hit*: a project (``kind`` =
``project``: its name, goals, department and unit) or an indicator (``kind`` =
``indicator``: its project's name, its level1/level2/level3 names, its target
and note), with the columns the filters use and the provenance (file, page,
line). The text goes to an FTS5 table after segmentation by jieba, with the
fiscal user dictionary ``jixiao/data/fiscal_dict.txt`` (满意度, 预算执行率,
社会效益指标 …): each word of jieba's precise cut is indexed, and with it every
shorter dictionary word inside it (so 社会效益指标 is found by 社会效益 and by
指标). A query is segmented by the same precise cut and its words are ANDed;
hits are ranked by BM25 with the columns weighted name > indicator > target >
goals > department/unit. So that a search needs not load jieba's whole
dictionary (about a second), the index keeps the dictionary words that occur in
it with jieba's frequencies (table ``qdict``, and jieba's total in ``meta``):
a query is cut by jieba's algorithm over that dictionary. That gives the same
words as the whole dictionary when the query's words occur in the index; a word
that occurs nowhere in it is cut into shorter words that do (政府办 -> 政府 办).
A Chinese query also finds every hit holding it as written (after the ranked ones), and a query of no
indexed word, or whose words are nowhere, is matched as written (``_plan``).

The filters on indicators (level1, op, unit, values) select indicator hits, unless the query asks for projects
(``kind`` = ``project``): then they select the project hits having one indicator that matches them all, and each
such hit carries its matching indicators (``_add_matched``).

Why SQLite FTS5 and not DuckDB's ``fts`` extension: FTS5 is built into Python's
sqlite3 (no download, no version pinning), while DuckDB's extension installs
offline only as the PyPI packages matching the DuckDB version, and there is none
for the DuckDB 2.0 this project resolves to. ``bench/bench_search.py`` measures
both where both load (see README).
"""
from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import logging
import os
import re
from normalize._lazy_re import lazy
import sqlite3
import threading
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from normalize import orgs as _orgs
from normalize.text import fold_width

INDEX_FILE = "search.sqlite"
INDEX_VERSION = "8"              # 6: full-width forms folded (％ = %); 7: value_pct (a share as a percent), project_code;
#                                  8: budget (a project's annual budget, else its total)
USER_DICT = Path(__file__).with_name("data") / "fiscal_dict.txt"

# FTS columns and their BM25 weights (higher = more important)
FTS_COLUMNS = ("name", "indicator", "target", "goals", "org")
WEIGHTS = (5.0, 3.0, 2.0, 1.0, 0.5)

LEVEL1_STD = ("input", "output", "outcome", "impact", "satisfaction")
OPS = (">=", "<=", "=", "<", ">", "~", "range")
FORMS = ("target", "self_eval")

# what a hit carries, in output order
HIT_FIELDS = ("kind", "project_id", "seq", "year", "form", "department", "org", "project_name",
              "level1", "level1_std", "level2", "level3", "target_raw", "op", "value", "value_max",
              "unit", "note", "goals", "path", "format", "doc_id", "page", "line", "location",
              "warnings", "value_pct", "project_code", "budget")

# A rate's target written as a share (0.85 for 满意度 ≥85%: the contract keeps value 0.85, no unit) is compared as a
# percent by the value filters and matches --unit %: an indicator named as a rate (率, 满意度, 占比, 比例, 比重),
# no unit, a value in 0..1 (1 only as = or >=: 100%; ≤1 of an error rate may be 1%).
_RATE_NAME = re.compile(r"率|满意度|满意程度|占比|比例|比重|百分比")


def project_budget(p: dict) -> float | None:
    """The money a project hit shows (元): its annual budget (budget_year, 年度资金申请总额), else its project total
    (budget_total: a form stating only 项目资金总额)."""
    v = p.get("budget_year")
    return v if v is not None else p.get("budget_total")


def value_pct(i: dict) -> float | None:
    """An indicator's target as a percent: its value under unit %, its share ×100 for a rate written 0.85 (see
    _RATE_NAME), else None."""
    return _value_pct(i.get("value"), i.get("value_max"), i.get("op"), i.get("unit"),
                      i.get("level3") or i.get("level2"))


def _value_pct(v: float | None, vm: float | None, op: str | None, unit: str | None, name: str | None) -> float | None:
    """`value_pct` of an indicator's value, value_max, op, unit and name (its level3, else its level2)."""
    if v is None:
        return None
    if fold_width(unit or "") == "%":
        return v
    if unit or not _RATE_NAME.search(name or ""):
        return None
    if 0 <= v < 1 or (v == 1 and op in (None, "=", ">=")):
        if vm is None or 0 <= vm <= 1:
            return round(v * 100, 6)
    return None

_WORD = lazy(r"\w", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_lock = threading.Lock()
_tok = None


# --------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------

def tokenizer():
    """The jieba tokenizer with the fiscal user dictionary (built once per process)."""
    global _tok
    with _lock:
        if _tok is None:
            from jixiao.lexicon import import_jieba, lazy_tokenizer
            jieba = import_jieba()
            jieba.setLogLevel(logging.WARNING)
            t = lazy_tokenizer()             # jieba's dictionary, read a first character at a time
            t.load_userdict(str(USER_DICT))
            _tok = t
    return _tok


def query_words(text: str, tok=None) -> list[str]:
    """Given a query, return its words: jieba's precise cut (by TOK, default the full tokenizer), without
    spaces and punctuation, lower-cased."""
    if not text or not text.strip():
        return []
    words = []
    for w in (tok or tokenizer()).cut(text, HMM=False):
        w = w.strip().lower()
        if w and _WORD.search(w) and w not in words:
            words.append(w)
    return words


@functools.lru_cache(maxsize=200_000)
def segment(text: str) -> str:
    """Given a text, return the words to index, space-separated: each word of the precise cut and
    every shorter dictionary word inside a longer one (满意度指标 -> 满意度指标 满意度 满意 指标)."""
    tok = tokenizer()
    freq = tok.FREQ
    out = []
    for w in tok.cut(fold_width(text), HMM=False):
        w = w.strip().lower()
        if not w or not _WORD.search(w):
            continue
        out.append(w)
        n = len(w)
        if n > 2:
            for i in range(n):
                for j in range(i + 2, min(n, i + n - 1) + 1):
                    if j - i < n and freq.get(w[i:j]):
                        out.append(w[i:j])
    return " ".join(out)


def _seg(*parts: Any) -> str:
    return " ".join([segment(str(p)) for p in parts if p is not None and p != ""])


# --------------------------------------------------------------------------
# Building the index
# --------------------------------------------------------------------------

def index_path(outdir: str | Path) -> Path:
    return Path(outdir) / INDEX_FILE


def dataset_stamp(outdir: str | Path) -> str:
    """What identifies the dataset's current state: the manifest's generation, else the tables' sizes and times."""
    outdir = Path(outdir)
    try:
        m = json.loads((outdir / "_manifest.json").read_text(encoding="utf-8"))
        if isinstance(m, dict) and m.get("generation"):
            return "generation:" + str(m["generation"])
    except (OSError, ValueError):
        pass
    parts = []
    for t in ("documents", "projects", "indicators", "warnings"):
        p = outdir / f"{t}.parquet"
        if p.exists():
            st = p.stat()
            parts.append(f"{t}:{st.st_size}:{st.st_mtime_ns}")
    return "files:" + ",".join(parts)


PROJECT_COLS = ["project_id", "doc_id", "form", "year", "name", "department", "unit", "goal_total",
                "goal_annual", "page", "line", "project_code", "budget_year", "budget_total"]
INDICATOR_COLS = ["project_id", "seq", "level1", "level1_std", "level2", "level3", "target_raw", "op", "value",
                  "value_max", "unit", "note", "doc_id", "page", "line"]
_BATCH_TABLES = {"documents": ["doc_id", "path", "format"], "projects": PROJECT_COLS,
                 "indicators": INDICATOR_COLS,
                 "warnings": ["doc_id", "project_id", "page", "line", "code", "indicator_seq"]}


def _batches(outdir: Path) -> dict[str, dict[str, list[dict]]] | None:
    """The dataset's committed batches: {batch name: {table: [part entries]}}; None for a single-file
    dataset, or when the parts do not line up by batch (a compacted dataset), to be read whole.

    A batch is what one commit of `jixiao extract` added (whole documents: a project, its indicators
    and its warnings are in the same batch); its parts share their file name across tables."""
    from jixiao.store import read_manifest
    m = read_manifest(outdir)
    if m is None:
        return None
    out: dict[str, dict[str, list[dict]]] = {}
    for t in _BATCH_TABLES:
        for e in m["parts"].get(t, []):
            if e.get("rows"):
                out.setdefault(Path(e["file"]).name, {}).setdefault(t, []).append(e)
    if any("documents" not in b for b in out.values()):
        return None          # parts that do not line up by batch (after `jixiao compact`): one batch of all
    return out


def _batch_rows(outdir: Path, parts: dict[str, list[dict]] | None) -> dict[str, dict[str, list]]:
    """The rows of one batch, or of the whole single-file dataset (parts None), by column: {table: {column:
    its values in row order}} for the index's columns (a column the table lacks: all None)."""
    from jixiao.dataset import read_table
    from jixiao.store import read_entries
    out: dict[str, dict[str, list]] = {}
    for t, cols in _BATCH_TABLES.items():
        if parts is not None:
            tbl = read_entries(outdir, t, parts.get(t, []))
        else:
            try:
                tbl = read_table(outdir, t)
            except FileNotFoundError:
                out[t] = {c: [] for c in cols}
                continue
        # (column by column: no dict a row, the columns zipped where the rows are made)
        have = set(tbl.column_names)
        out[t] = {c: tbl.column(c).to_pylist() if c in have else [None] * tbl.num_rows for c in cols}
    return out


SCHEMA_SQL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE hits(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, project_id TEXT, seq INTEGER, year INTEGER, form TEXT,
  department TEXT, org TEXT, project_name TEXT, level1 TEXT, level1_std TEXT, level2 TEXT, level3 TEXT,
  target_raw TEXT, op TEXT, value REAL, value_max REAL, unit TEXT, note TEXT, goals TEXT,
  path TEXT, format TEXT, doc_id TEXT, page INTEGER, line INTEGER, warnings TEXT, text TEXT, value_pct REAL,
  project_code TEXT, budget REAL);
CREATE TABLE hit_warnings(id INTEGER NOT NULL, code TEXT NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5(name, indicator, target, goals, org, content='',
  tokenize='unicode61 remove_diacritics 0');
CREATE TABLE batches(batch TEXT PRIMARY KEY);
CREATE TABLE qdict(word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID;
"""

INDEX_SQL = """
CREATE INDEX hit_warnings_code ON hit_warnings(code, id);
CREATE INDEX hit_warnings_id ON hit_warnings(id);
CREATE INDEX hits_year ON hits(year);
CREATE INDEX hits_project ON hits(project_id, kind, seq);
"""


def build_index(outdir: str | Path) -> Path:
    """Given a dataset folder, bring its search index up to date; return its path.

    A dataset of Parquet parts is indexed batch by batch (memory: one batch), and an index already
    holding some of its batches only gets the new ones, in one SQLite transaction. When a batch it
    holds has gone (a compaction, `--force`), or for a single-file dataset, the index is rebuilt into
    a temporary file and renamed into place. A reader never sees half an index either way.
    """
    outdir = Path(outdir)
    if not (outdir / "documents.parquet").exists():
        raise FileNotFoundError(f"{outdir}: no documents.parquet (not a jixiao dataset)")
    stamp = dataset_stamp(outdir)
    batches = _batches(outdir)
    dest = index_path(outdir)
    if batches is not None and dest.exists():
        try:
            con = sqlite3.connect(dest)
            try:
                meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
                have = {b for (b,) in con.execute("SELECT batch FROM batches")}
            finally:
                con.close()
        except sqlite3.Error:
            meta, have = {}, None
        if meta.get("index_version") == INDEX_VERSION and have is not None and have <= batches.keys():
            _add_batches(dest, outdir, {k: v for k, v in batches.items() if k not in have}, stamp, fresh=False)
            return dest
    tmp = outdir / f".{INDEX_FILE}.tmp-{os.getpid()}"
    if tmp.exists():
        tmp.unlink()
    try:
        con = sqlite3.connect(tmp)
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA_SQL)
        con.close()
        _add_batches(tmp, outdir, batches if batches is not None else {"": None}, stamp, fresh=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, dest)
    return dest


def _add_batches(path: Path, outdir: Path, batches: dict, stamp: str, fresh: bool) -> None:
    """Index these batches (a single-file dataset is the batch "" with parts None) into the index at path."""
    con = sqlite3.connect(path)
    try:
        con.execute("BEGIN")
        hid = con.execute("SELECT coalesce(max(id), 0) FROM hits").fetchone()[0]
        for name in batches:                      # in commit order (the manifest's)
            hid = _index_batch(con, _batch_rows(outdir, batches[name]), hid)
            if name:
                con.execute("INSERT INTO batches VALUES (?)", (name,))
        if fresh:
            con.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            for stmt in filter(str.strip, INDEX_SQL.split(";")):
                con.execute(stmt)                 # (built once over all the rows: faster than kept up row by row)
        # the query dictionary: the jieba words of the index's vocabulary, with their frequencies
        tok = tokenizer()
        con.execute("DELETE FROM qdict")
        con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, row)")
        terms = [w for (w,) in con.execute("SELECT term FROM temp.vocab").fetchall()]
        tok.blocks.ensure("".join(w[:1] for w in terms))   # earlier runs' words: their blocks may not be read yet
        con.executemany("INSERT INTO qdict VALUES (?,?)", ((w, tok.FREQ[w]) for w in terms if tok.FREQ.get(w)))
        con.execute("DROP TABLE temp.vocab")
        con.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", [
            ("index_version", INDEX_VERSION), ("dataset", stamp), ("hits", str(hid)),
            ("outdir", str(outdir.resolve())), ("jieba_total", str(tok.total)), ("built", uuid.uuid4().hex)])
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.close()


def _index_batch(con: sqlite3.Connection, rows: dict[str, dict[str, list]], hid: int) -> int:
    """Insert one batch's projects and indicators (`_batch_rows`: by column) as hits (ids after `hid`); return the
    last id used."""
    D, P, I, W = rows["documents"], rows["projects"], rows["indicators"], rows["warnings"]
    docs = dict(zip(D["doc_id"], zip(D["path"], D["format"])))
    by_project: dict[str, set[str]] = {}
    by_place: dict[tuple, set[str]] = {}
    by_seq: dict[tuple, set[str]] = {}
    for pid, code, seq, page, line in zip(W["project_id"], W["code"], W["indicator_seq"], W["page"], W["line"]):
        if pid:
            by_project.setdefault(pid, set()).add(code)
            if seq is not None:
                by_seq.setdefault((pid, seq), set()).add(code)
            elif line is not None:
                # (a warning of a row of a text: the indicator on that line; a PDF's cells have no line, and a warning
                # at a page only would reach every indicator of the page)
                by_place.setdefault((pid, page, line), set()).add(code)
    hits, fts, hw = [], [], []
    # project -> what its indicators' hits repeat of it: (year, form, department, unit, name, project_code, doc_id),
    # its name's and its department's words (cut once), its name, department and unit folded for the searched text
    projs: dict[str, tuple] = {}
    for pid, doc_id, form, year, name, dept, unit, goal_total, goal_annual, page, line, code, b_year, b_total in zip(
            *(P[c] for c in PROJECT_COLS)):
        hid += 1
        path, fmt = docs.get(doc_id, (None, None))
        goals = "\n".join(x for x in (goal_total, goal_annual) if x)
        codes = sorted(by_project.get(pid, ()))
        name_seg, org_seg = _seg(name), _seg(dept, unit)
        projs[pid] = (year, form, dept, unit, name, code, doc_id, name_seg, org_seg)
        hit = (hid, "project", pid, None, year, form, dept, unit, name, None, None, None, None, None,
               None, None, None, None, None, goals or None, path, fmt, doc_id, page, line, " ".join(codes) or None)
        text = "\n".join(filter(None, (_searched_text(hit), fold_width(code or "").lower())))
        hits.append(hit + (text, None, code, b_year if b_year is not None else b_total))   # (`project_budget`)
        # (a project is found by its 项目编码 too: WS-2019-07)
        fts.append((hid, " ".join(filter(None, (name_seg, _seg(code)))), "", "", _seg(goals), org_seg))
        hw.extend((hid, c) for c in codes)
    none_p = (None,) * 7
    segs: dict[tuple, str] = {}
    for pid, seq, level1, level1_std, level2, level3, target_raw, op, value, value_max, unit, note, doc_id, page, \
            line in zip(*(I[c] for c in INDICATOR_COLS)):
        hid += 1
        pp = projs.get(pid)
        year, form, dept, org, name, code, p_doc = pp[:7] if pp else none_p
        doc_id = doc_id or p_doc
        path, fmt = docs.get(doc_id, (None, None))
        codes = by_seq.get((pid, seq), set())
        if line is not None:
            codes = codes | by_place.get((pid, page, line), set())
        codes = sorted(codes)
        hit = (hid, "indicator", pid, seq, year, form, dept, org, name, level1, level1_std, level2, level3,
               target_raw, op, value, value_max, unit, note, None, path, fmt, doc_id, page, line,
               " ".join(codes) or None)
        hits.append(hit + (_searched_text(hit), _value_pct(value, value_max, op, unit, level3 or level2), code,
                           None))
        name_seg, org_seg = pp[7:] if pp else (_seg(name), _seg(dept, org))
        # (an indicator's names and its target recur across projects: their words joined once a batch)
        key = (level1, level2, level3)
        ind_seg = segs.get(key)
        if ind_seg is None:
            ind_seg = segs[key] = _seg(level1, level2, level3)
        key = (target_raw, note)
        target_seg = segs.get(key)
        if target_seg is None:
            target_seg = segs[key] = _seg(target_raw, note)
        fts.append((hid, name_seg, ind_seg, target_seg, "", org_seg))
        hw.extend((hid, c) for c in codes)
    con.executemany(f"INSERT INTO hits VALUES ({','.join('?' * 30)})", hits)
    con.executemany("INSERT INTO fts(rowid, name, indicator, target, goals, org) VALUES (?,?,?,?,?,?)", fts)
    con.executemany("INSERT INTO hit_warnings VALUES (?,?)", hw)
    return hid


def index_is_current(outdir: str | Path) -> bool:
    """Whether OUTDIR's index exists, is of this version and was built from the dataset as it is now."""
    p = index_path(outdir)
    if not p.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return meta.get("index_version") == INDEX_VERSION and meta.get("dataset") == dataset_stamp(outdir)


def ensure_index(outdir: str | Path) -> Path:
    """The index of OUTDIR, rebuilt first when it is missing or stale."""
    if not index_is_current(outdir):
        build_index(outdir)
    return index_path(outdir)


def connect(outdir: str | Path) -> sqlite3.Connection:
    """A read-only connection to OUTDIR's (current) index; rows as sqlite3.Row."""
    p = ensure_index(outdir)
    con = sqlite3.connect(f"file:{p}?mode=ro", uri=True, check_same_thread=False)
    con.row_factory = sqlite3.Row
    return con


# --------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------

@dataclass
class Query:
    """A search: text (segmented, words ANDed) and filters (each list: any of its values; lists AND)."""
    text: str = ""
    years: list[int] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)   # substring of projects.department
    orgs: list[str] = field(default_factory=list)          # substring of projects.unit (实施单位)
    forms: list[str] = field(default_factory=list)
    level1: list[str] = field(default_factory=list)        # level1_std
    ops: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)         # the target's unit (%, 人 …)
    # the value filters: a number or a list of numbers (any of them)
    value_lt: float | list[float] | None = None
    value_le: float | list[float] | None = None
    value_gt: float | list[float] | None = None
    value_ge: float | list[float] | None = None
    value_eq: float | list[float] | None = None
    warnings: list[str] = field(default_factory=list)      # has a warning of one of these codes
    kind: str | None = None                                # project | indicator | None (both; indicators only
                                                           # with an indicator filter)
    project_id: str | None = None
    limit: int = 50
    offset: int = 0

    def indicator_filters(self) -> bool:
        """Whether the query filters indicators (level1, op, unit, a value filter)."""
        return bool(self.level1 or self.ops or self.units or any(
            _numbers(v) for v in (self.value_lt, self.value_le, self.value_gt, self.value_ge, self.value_eq)))

    def indicator_only(self) -> bool:
        """Whether the hits are indicators only: kind indicator, or an indicator filter without kind project."""
        return self.kind == "indicator" or (self.kind != "project" and self.indicator_filters())

    def projects_by_indicator(self) -> bool:
        """Whether the hits are the projects with an indicator matching every indicator filter (kind project
        with an indicator filter: the same indicator matches them all; see `_indicator_conds`)."""
        return self.kind == "project" and self.indicator_filters()

    def params(self) -> dict[str, Any]:
        """The query as URL/form parameters (the web app's and the CLI's names)."""
        out: dict[str, Any] = {}
        for k, name in (("text", "q"), ("years", "year"), ("departments", "department"), ("orgs", "org"),
                        ("forms", "form"), ("level1", "level1"), ("ops", "op"), ("units", "unit"),
                        ("value_lt", "value_lt"), ("value_le", "value_le"), ("value_gt", "value_gt"),
                        ("value_ge", "value_ge"), ("value_eq", "value_eq"), ("warnings", "warning"),
                        ("kind", "kind"), ("project_id", "project")):
            v = getattr(self, k)
            if v not in (None, "", []):
                out[name] = v
        return out


def _numbers(v) -> list[float]:
    """A value filter as a list: None -> [], a number -> [it], a list as it is."""
    if v is None:
        return []
    return [float(x) for x in v] if isinstance(v, (list, tuple)) else [float(v)]


# The warning codes the readers emit (`jixiao.checks.RULES` adds the audit checks' codes); docs/SCHEMA.md
# describes them (tests/test_docs.py keeps the three in step).
PARSE_CODES = ("activex_unread", "amount_not_money", "amount_unreadable", "attachment_copy", "blank_form", "converted", "deduction_unsure", "department_from_name", "department_from_title", "encoding_errors", "encoding_guessed", "formula_not_computed", "header_missing", "hidden_form_unread", "html_in_text", "name_from_sheet", "indicator_dropped", "internal_error",
               "layout_unknown", "low_confidence", "no_form_read", "no_indicators", "no_option_ticked", "normalizer_failed", "not_a_document", "not_a_form", "page_rotated",
               "page_unreadable", "points_shared_assumed", "project_list", "read_from_images", "score_stated_twice", "scores_by_place", "source_named_twice", "space_run_cut", "table_header_implied", "table_picture_ocr", "target_missing", "text_as_outlines",
               "text_flattened", "text_layer_unreadable", "text_box_table", "text_cell_bars", "text_single_cells", "truncated_cell", "unparsed_row", "unplaced_cell", "void_sheet_skipped",
               "working_sheet_skipped")


def known_codes(con: sqlite3.Connection | None = None) -> list[str]:
    """Every warning code jixiao emits, and those of the indexed dataset (when given its connection)."""
    from jixiao.checks import RULES
    codes = set(PARSE_CODES) | set(RULES)
    if con is not None:
        codes |= {c for (c,) in con.execute("SELECT DISTINCT code FROM hit_warnings").fetchall()}
    return sorted(codes)


def fts_expression(words: Iterable[str]) -> str:
    """The FTS5 MATCH expression for query words: each word a quoted string, ANDed."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


_qtok: dict[str, Any] = {}


def query_tokenizer(con: sqlite3.Connection):
    """A jieba tokenizer over the index's own dictionary (``qdict``), built once per index."""
    from jixiao.lexicon import import_jieba
    jieba = import_jieba()
    meta = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('built', 'jieba_total')").fetchall())
    key = meta.get("built")
    with _lock:
        tok = _qtok.get(key) if key else None
        if tok is None:
            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            freq: dict[str, int] = {}
            for w, f in con.execute("SELECT word, freq FROM qdict"):
                freq[w] = f
                for i in range(1, len(w)):
                    freq.setdefault(w[:i], 0)
            tok.FREQ, tok.total, tok.initialized = freq, int(meta.get("jieba_total") or 1), True
            if key:
                _qtok.clear()
                _qtok[key] = tok
    return tok


SEARCHED_COLUMNS = ("project_name", "level1", "level2", "level3", "target_raw", "note", "goals", "department", "org")


_HIT_COLUMN = {c: i for i, c in enumerate(("id",) + HIT_FIELDS[:19])}     # a hits row: id, then HIT_FIELDS' order
_SEARCHED_AT = tuple(_HIT_COLUMN[c] for c in SEARCHED_COLUMNS)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")   # (a query's words)
_ASCII_UPPER = lazy(r"[A-Z]+")


def _ascii_lower(m: re.Match) -> str:
    return m.group().lower()


def _searched_text(hit: tuple) -> str:
    """A hit's searched text (hits.text, for the substring scan): its SEARCHED_COLUMNS one per line,
    lower-cased as SQLite's lower() does (ASCII letters only; a substring query is lowered the same way)."""
    text = fold_width("\n".join([hit[i] or "" for i in _SEARCHED_AT]))
    # (the runs of ASCII capitals lowered: a translate table would look up every character of the text)
    return _ASCII_UPPER.sub(_ascii_lower, text)


def _where(q: Query, words: list[str], substrings: list[str] = (), either: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause and its arguments of a query over ``hits h``: its `words` in the index (the FTS match
    joined as ``m``, see `_plan`), its `substrings` in the hit's text, both (or, `either`: one or the other), and
    the filters."""
    conds, args = [], []
    text_conds, text_args = [], []
    if words:
        text_conds.append("m.rid IS NOT NULL")
    if substrings:
        text_conds.append("(" + " AND ".join("instr(h.text, ?) > 0" for _ in substrings) + ")")
        text_args.extend(substrings)
    if text_conds:
        conds.append("(" + (" OR " if either else " AND ").join(text_conds) + ")")
        args.extend(text_args)
    if q.indicator_only():
        conds.append("h.kind = 'indicator'")
    elif q.kind in ("project", "indicator"):
        conds.append("h.kind = ?")
        args.append(q.kind)
    _any_of(conds, args, "h.year", [int(y) for y in q.years])
    _any_of(conds, args, "h.department", q.departments, like=True)
    _any_of(conds, args, "h.org", q.orgs, like=True)
    _any_of(conds, args, "h.form", q.forms)
    ind_conds, ind_args = _indicator_conds(q, "i" if q.projects_by_indicator() else "h")
    if q.projects_by_indicator():                 # a project with one indicator matching them all
        conds.append("EXISTS (SELECT 1 FROM hits i WHERE i.project_id = h.project_id AND i.kind = 'indicator' AND "
                     + " AND ".join(ind_conds) + ")")
        args.extend(ind_args)
    else:
        conds.extend(ind_conds)
        args.extend(ind_args)
    if q.warnings:
        conds.append(f"h.id IN (SELECT id FROM hit_warnings WHERE code IN ({','.join('?' * len(q.warnings))}))")
        args.extend(q.warnings)
    if q.project_id:
        conds.append("h.project_id = ?")
        args.append(q.project_id)
    return (" AND ".join(conds) or "1"), args


def _any_of(conds: list[str], args: list[Any], col: str, values: list, like: bool = False) -> None:
    """Add the condition `col` is one of `values` (`like`: contains one of them) to conds and args, if any."""
    if not values:
        return
    if like:
        conds.append("(" + " OR ".join(f"{col} LIKE ? ESCAPE '\\'" for _ in values) + ")")
        args.extend("%" + str(v).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                    for v in values)
    else:
        conds.append(f"{col} IN ({','.join('?' * len(values))})")
        args.extend(values)


def _indicator_conds(q: Query, a: str = "h") -> tuple[list[str], list[Any]]:
    """The conditions of a query's indicator filters (level1, op, unit, values) on the hits row `a`, and their
    arguments: all of them on that one row (a project searched by its indicators has one indicator matching
    them all, not one per filter)."""
    conds: list[str] = []
    args: list[Any] = []
    _any_of(conds, args, f"{a}.level1_std", q.level1)
    _any_of(conds, args, f"{a}.op", q.ops)
    units = [fold_width(u) for u in q.units]
    if "%" in units:                   # a rate's share (0.85) is a percent (value_pct)
        conds.append(f"({a}.unit IN ({','.join('?' * len(units))}) OR ({a}.unit IS NULL AND {a}.value_pct IS NOT NULL))")
        args.extend(units)
    else:
        _any_of(conds, args, f"{a}.unit", units)
    val = f"coalesce({a}.value_pct, {a}.value)"      # a share of a rate compared as its percent (0.85 as 85)
    for v, sql in ((q.value_lt, f"{val} < ?"), (q.value_le, f"{val} <= ?"), (q.value_gt, f"{val} > ?"),
                   (q.value_ge, f"{val} >= ?"), (q.value_eq, f"{val} = ?")):
        values = _numbers(v)                      # a repeated filter: any of its values
        if values:
            conds.append("(" + " OR ".join([sql] * len(values)) + ")")
            args.extend(values)
    return conds, args


@dataclass
class Result:
    query: Query
    words: list[str]
    total: int
    hits: list[dict]
    mode: str = "words"          # words | substring | filters (see _plan)
    note: str = ""               # how the text was matched, when not by its words alone (see _plan)
    matched_total: int | None = None   # projects by their indicators: the matching indicators of all the hits


# A project hit of a search by indicators (kind project with an indicator filter) carries its matching indicators:
# matched_count and matched_indicators (each with these fields); the CSV gives them as text (see matched_text).
MATCH_FIELDS = ("matched_count", "matched_indicators")
MATCHED_INDICATOR_FIELDS = ("seq", "level1", "level1_std", "level2", "level3", "target_raw", "op", "value",
                            "value_max", "unit", "value_pct", "note", "page", "line", "location", "warnings")


def _hit(row: sqlite3.Row) -> dict:
    from jixiao.report import location_text
    d = {k: row[k] for k in row.keys() if k in HIT_FIELDS or k == "rank"}   # not the bulky `text`
    d["location"] = location_text(d.get("format"), d.get("page"), d.get("line"))
    return {k: d.get(k) for k in HIT_FIELDS + ("rank",) if k in d}


@dataclass
class _Plan:
    words: list[str]
    mode: str
    note: str
    source: str                  # the FROM clause: hits h, with the FTS match as m when there are words
    where: str
    args: list[Any]              # the FROM clause's arguments, then the WHERE clause's
    ranked: bool
    total: int = 0


@functools.lru_cache(maxsize=20_000)
def _word_bounds(name: str) -> tuple[frozenset, frozenset, tuple, int]:
    """Where words start and end in NAME (jieba's precise cut and the dictionary words inside a longer word with
    what is before and after them: 城乡建设 -> 城乡, 建设; 建设局 -> 建设, 局), the precise words' ends, and where its
    last word starts."""
    tok = tokenizer()
    starts, ends, precise = set(), set(), []
    pos = 0
    for w in tok.cut(name, HMM=False):
        n = len(w)
        starts.add(pos)
        ends.add(pos + n)
        precise.append(pos + n)
        for i in range(n):
            for j in range(i + 2, n + 1):
                if j - i < n and tok.FREQ.get(w[i:j]):
                    starts.update((pos + i, pos + j))       # (and what follows it: 建设局 -> 建设, 局)
                    ends.update((pos + i, pos + j))
        pos += n
    last = max((e for e in [0] + precise[:-1]), default=0)
    return frozenset(starts), frozenset(ends), tuple(precise), last


def abbreviates(abbr: str, name: str | None) -> bool:
    """Whether ABBR is a short name (简称) of the body NAME, as Chinese short names are made: parts of NAME's words
    in their order, each from a word's start, at least one a word cut short, words left out between them, and
    after the last part at most the rest of its word and NAME's last word (卫健委 and 卫健 of 县卫生健康委员会, 发改委 of
    县发展和改革委员会, 人社局 of 县人力资源和社会保障局, 住建局 of 县住房和城乡建设局, 教体局 of 县教育和体育局,
    市场监管局 of 市场监督管理局, 疾控中心 of 县疾病预防控制中心). A name holding ABBR as written is no abbreviation of
    it (the filter's substring match finds it); 教育局 is no short name of 县教育和体育局 (no word cut short).
    A short name starts with NAME's first word after its place (县, 某市) and the government over it (人民政府: 社保局
    is no short name of 县人力资源和社会保障局, 人社局 none of 县人民政府社会事务局), or with the place itself (县卫健委);
    and no word is left out right before its last part (农委 is none of 县农村工作委员会: 工作 left out before 委)."""
    a = _SPACE_RE.sub("", fold_width(abbr or ""))
    n = _SPACE_RE.sub("", fold_width(name or ""))
    if len(a) < 2 or not n or a in n or not all(_CJK.match(c) for c in a):
        return False
    starts, ends, precise, last = _word_bounds(n)
    word_at = {}                                 # a position's precise word (its index)
    b = 0
    for k, e in enumerate(precise):
        for x in range(b, e):
            word_at[x] = k
        b = e
    bounds = [0, *precise]
    # the first word after the place and the government over it: where a short name starts (or at the place)
    first = _after_place([n[bounds[k]:bounds[k + 1]] for k in range(len(precise))])
    conventional = _conventional(a, n[:bounds[first]], n[bounds[first]:])
    if conventional is not None:
        return conventional
    begins = {0, bounds[first]}

    def skipped(w0: int, w1: int) -> bool:
        """A word left out between the words w0 and w1 (no joining 和 / 与 / 及)."""
        return any(n[bounds[k]:bounds[k + 1]] not in _JOINERS for k in range(w0 + 1, w1))

    def go(i: int, pos: int, cut: bool, parts: tuple) -> bool:
        if i == len(a):
            nxt = min((e for e in precise if e >= pos), default=len(n))
            return cut and nxt >= last and not (len(parts) >= 2 and skipped(word_at[parts[-2]], word_at[parts[-1]]))
        for st in sorted(x for x in starts if x >= pos and (i or x in begins)):
            k = 0
            while i + k < len(a) and st + k < len(n) and a[i + k] == n[st + k]:
                k += 1
                if go(i + k, st + k, cut or (st + k) not in ends, parts + (st,)):
                    return True
        return False
    return go(0, 0, False, ())


def _after_place(words: list[str]) -> int:
    """The index of a body's name's first word after its place and the government over it (`县`, `武汉市`, `厦门市`,
    `阳泉市` `矿区`: a district after its city; `人民政府`), its last word at most."""
    k = 0
    while k < len(words) - 1 and (_PLACE_WORD.search(words[k]) or words[k] in _OVER_BODIES
                                  or k and _PLACE_WORD.search(words[k - 1]) and words[k][-1:] in ("区", "县")):
        k += 1
    return k


_conventional = _orgs.conventional     # (normalize.orgs: forms compare a centre with its unit by it too)


# a name's place (县, 某市, 武汉市, 厦门市; not 城市 / 社区: normalize.orgs, one pattern for both) and the government over a
# body (县人民政府社会事务局), joining words
_PLACE_WORD = _orgs.PLACE_WORD
_OVER_BODIES = frozenset({"人民政府", "政府", "人民", "县委", "市委"})
_JOINERS = frozenset({"和", "与", "及", "、"})


_SPACE_RE = lazy(r"\s+")


def _closest_bodies(abbr: str, names: list[str]) -> list[str]:
    """Of the names a short name abbreviates, those of one kind (the same last word: 管理局) that it cuts least: 城管局
    names 县城市管理局, not 县城乡建设管理局 beside it (城乡建设 cut to 城); names of other kinds are all kept."""
    if len(names) < 2:
        return names
    tok = tokenizer()
    a = len(_SPACE_RE.sub("", fold_width(abbr)))

    def kind_cost(x: str) -> tuple[str, int]:
        words = [w for w in tok.cut(_SPACE_RE.sub("", fold_width(x)), HMM=False)]
        k = _after_place(words)
        return words[-1], len("".join(words[k:])) - a

    got = {x: kind_cost(x) for x in names}
    best: dict[str, int] = {}
    for kind, cost in got.values():
        best[kind] = min(cost, best.get(kind, cost))
    return [x for x in names if got[x][1] == best[got[x][0]]]


def _with_short_names(con: sqlite3.Connection, q: Query) -> tuple[Query, str]:
    """Q with each --department / --org TEXT that is a short name (see abbreviates) of names in the index also
    matching those names (卫健委 -> 县卫生健康委员会), and a note saying so."""
    notes, repl = [], {}
    for attr, col in (("departments", "department"), ("orgs", "org")):
        vals = getattr(q, attr)
        if not vals:
            continue
        names = [r[0] for r in con.execute(f"SELECT DISTINCT {col} FROM hits WHERE {col} IS NOT NULL")]
        out = list(vals)
        for v in vals:
            found = _closest_bodies(str(v), [x for x in names if abbreviates(str(v), x)])
            if found:
                out += [x for x in found if x not in out]
                notes.append(f"{v}: also as the short name of {', '.join(found[:5])}"
                             + (f" and {len(found) - 5} more" if len(found) > 5 else ""))
        repl[attr] = out
    if not repl:
        return q, ""
    return dataclasses.replace(q, **repl), "; ".join(notes)


def _plan(con: sqlite3.Connection, q: Query) -> _Plan:
    """How a query's text is matched, and its total.

    Mode ``words``: the query's jieba words ANDed in the index, ranked by BM25; for a query with Chinese also
    every hit holding each white-space separated part of the query as written, after them (a text cut into other
    words than the query: 污水处理 inside 城区污水处理厂 is found whatever the cut). Mode ``substring``: each part
    must occur in the hit's text as written (a scan) — when the cut leaves a single Chinese character (the query is
    no sequence of indexed words, 政府办 inside 人民政府办公室), when the query holds no word at all (`%`, `≥`), or
    when the words are nowhere in the index (not merely not under the filters). Mode ``filters``: no text.
    """
    q, short = _with_short_names(con, q)
    plan = _plan_text(con, q)
    if short:
        plan.note = "; ".join(filter(None, (plan.note, short)))
    return plan


def _plan_text(con: sqlite3.Connection, q: Query) -> _Plan:
    # (full-width forms folded on both sides, the query's and the indexed text's: ％ finds 90% and ≥90％)
    text = fold_width((q.text or "").strip())
    words = query_words(text, query_tokenizer(con)) if text else []
    parts = [p.translate(_ASCII_LOWER) for p in text.split()]        # lowered as hits.text is
    loose = any(len(w) == 1 and _CJK.match(w) for w in words)
    mode, note = ("words" if words else "filters"), ""
    if text and (loose or not words):
        note = ("the query holds no word: matched as written" if not words
                else "the query is no sequence of indexed words: matched as written")
        words, mode = [], "substring"
    either = bool(words) and bool(_CJK.search(text))
    plan = _plan_of(con, q, words, parts if mode == "substring" or either else [], either, mode, note)
    if mode == "words" and plan.total == 0 and not either:
        alone = _plan_of(con, Query(text=text), words, [], False, mode, note)
        if alone.total == 0:             # (the words nowhere, not only not under the filters)
            plan = _plan_of(con, q, [], parts, False, "substring", "no hit has these words: substring match")
    return plan


def _plan_of(con: sqlite3.Connection, q: Query, words: list[str], parts: list[str], either: bool, mode: str,
             note: str) -> _Plan:
    if words:
        rank = f"bm25(fts, {', '.join(str(w) for w in WEIGHTS)})"
        source = (f"hits h {'LEFT ' if either else ''}JOIN (SELECT rowid AS rid, {rank} AS r FROM fts "
                  "WHERE fts MATCH ?) m ON m.rid = h.id")
        source_args: list[Any] = [fts_expression(words)]
    else:
        source, source_args = "hits h", []
    where, args = _where(q, words, parts, either)
    plan = _Plan(words, mode, note, source, where, source_args + args, bool(words))
    plan.total = con.execute(f"SELECT count(*) FROM {plan.source} WHERE {plan.where}", plan.args).fetchone()[0]
    return plan


def search(con_or_outdir: sqlite3.Connection | str | Path, q: Query) -> Result:
    """Run a query: the hits of this page (ranked by BM25 when there are words, the hits matched as written
    after them; else by year, project, position) and the total number of hits (see ``_plan``)."""
    con = con_or_outdir if isinstance(con_or_outdir, sqlite3.Connection) else connect(con_or_outdir)
    plan = _plan(con, q)
    rank = "m.r" if plan.ranked else "NULL"
    order = "m.r IS NULL, m.r, h.year DESC, h.id" if plan.ranked else "h.year DESC, h.project_id, h.id"
    sql = (f"SELECT h.*, {rank} AS rank FROM {plan.source} WHERE {plan.where} "
           f"ORDER BY {order} LIMIT ? OFFSET ?")
    rows = con.execute(sql, plan.args + [int(q.limit) if q.limit and q.limit > 0 else -1, int(q.offset)]).fetchall()
    hits = [_hit(r) for r in rows]
    for h in hits:                                # BM25 as a positive score, higher is better
        h["rank"] = round(-float(h["rank"]), 4) if h.get("rank") is not None else None
    note = plan.note
    for hint in (comparison_hint(q.text), share_hint(q)):
        if hint:
            note = "; ".join(filter(None, (note, hint)))
    matched_total = None
    if q.projects_by_indicator():
        _add_matched(con, q, hits)
        conds, args = _indicator_conds(q, "i")
        matched_total = con.execute(
            f"SELECT count(*) FROM hits i WHERE i.kind = 'indicator' AND {' AND '.join(conds)} AND i.project_id IN "
            f"(SELECT h.project_id FROM {plan.source} WHERE {plan.where})", args + plan.args).fetchone()[0]
    return Result(q, plan.words, plan.total, hits, plan.mode, note, matched_total)


def _add_matched(con: sqlite3.Connection, q: Query, hits: list[dict]) -> None:
    """Give each project hit of a search by indicators its indicators matching every indicator filter (in form
    order): matched_count and matched_indicators (MATCHED_INDICATOR_FIELDS each)."""
    conds, args = _indicator_conds(q, "i")
    ids = list(dict.fromkeys(h["project_id"] for h in hits if h["kind"] == "project"))
    found: dict[str, list[dict]] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        for r in con.execute(f"SELECT i.* FROM hits i WHERE i.kind = 'indicator' AND i.project_id IN "
                             f"({','.join('?' * len(chunk))}) AND {' AND '.join(conds)} ORDER BY i.seq, i.id",
                             chunk + args):
            i = _hit(r)
            found.setdefault(i["project_id"], []).append({f: i.get(f) for f in MATCHED_INDICATOR_FIELDS})
    for h in hits:
        if h["kind"] == "project":
            h["matched_count"] = len(found.get(h["project_id"], []))
            h["matched_indicators"] = found.get(h["project_id"], [])


def indicator_label(i: dict) -> str:
    """An indicator's name: its level3, else its level2, else its level1."""
    return i.get("level3") or i.get("level2") or i.get("level1") or ""


def matched_text(h: dict) -> str:
    """A project hit's matching indicators as one line of text: ``name: target (place)`` each, ``; ``-separated;
    a rate written as a share says its percent (``群众满意度: ≥0.85 [85%] (line 12)``)."""
    out = []
    for i in h.get("matched_indicators") or ():
        t = f"{indicator_label(i)}: {i.get('target_raw') or ''}"
        if i.get("value_pct") is not None and fold_width(i.get("unit") or "") != "%":
            t += f" [{i['value_pct']:g}%]"
        if i.get("location"):
            t += f" ({i['location']})"
        out.append(t)
    return "; ".join(out)


def hit_columns(q: Query) -> list[str]:
    """The columns of a query's hits in CSV / XLSX: HIT_FIELDS and rank, and MATCH_FIELDS for a search of projects
    by their indicators."""
    return list(HIT_FIELDS) + ["rank"] + (list(MATCH_FIELDS) if q.projects_by_indicator() else [])


def flat_hit(h: dict) -> dict:
    """A hit for a CSV / XLSX row: its matching indicators (if any) as text (matched_text)."""
    return {**h, "matched_indicators": matched_text(h)} if "matched_indicators" in h else h


# a comparison typed into the query text (满意度<90, 满意度 低于90%): words and numbers are searched as text,
# which finds the opposite set (the ≥90% targets hold `90`); say which filter asks it
_COMPARISON = lazy(r"(<=|>=|≤|≥|<|>|＜|＞|不低于|不高于|不少于|不超过|不大于|不小于|低于|高于|小于|大于|少于|"
                         r"超过|多于|等于|=)\s*(\d+(?:\.\d+)?)")
_FILTER_OF = {"<=": "le", "≤": "le", "不高于": "le", "不超过": "le", "不大于": "le",
              ">=": "ge", "≥": "ge", "不低于": "ge", "不少于": "ge", "不小于": "ge",
              "<": "lt", "＜": "lt", "低于": "lt", "小于": "lt", "少于": "lt",
              ">": "gt", "＞": "gt", "高于": "gt", "大于": "gt", "超过": "gt", "多于": "gt",
              "=": "eq", "等于": "eq"}


def comparison_hint(text: str | None) -> str:
    """A note for a query text holding a comparison with a number (满意度<90): the text is matched as words and
    numbers, not as a filter; the value filter that asks it."""
    m = _COMPARISON.search(text or "")
    if not m:
        return ""
    op, num = m.group(1), m.group(2)
    rest = (text[:m.start()] + " " + text[m.end():]).replace("%", " ").replace("％", " ").split()
    return (f"the query's {m.group(0)!s} is searched as text (targets holding {num}), not compared: to compare, "
            f"search {' '.join(rest) or chr(39) * 2} --value-{_FILTER_OF[op]} {num}")


def share_hint(q: Query) -> str:
    """A note for a value filter between 0 and 1 asked of rates (满意度 in the text, --level1 satisfaction or
    --unit %): rates are compared as percents (0.85 as 85), so `--value-lt 0.9` asks below 0.9 %, not 90 %."""
    vals = [(n, v) for n in ("lt", "le", "gt", "ge", "eq") for v in _numbers(getattr(q, f"value_{n}")) if 0 < v < 1]
    if not vals:
        return ""
    rates = "satisfaction" in q.level1 or any(fold_width(u or "").strip() == "%" for u in q.units) \
        or bool(_RATE_NAME.search(q.text or ""))
    if not rates:
        return ""
    n, v = vals[0]
    return (f"rates are compared as percents (a share 0.85 as 85): --value-{n} {v:g} asks {v:g} %, "
            f"for {v * 100:g} % write --value-{n} {v * 100:g}")


# ---------------------------------------------------------------- filter values as a user types them
_YEAR1 = r"((?:19|20)\d\d)\s*(?:年度?)?"
_YEAR_RANGE = re.compile(_YEAR1 + r"\s*(?:-|~|～|—|–|至|到|\.\.)\s*" + _YEAR1)


_LEVEL1_WORDS = {"投入": "input", "投入和管理": "input", "投入管理": "input", "过程": "input", "产出": "output",
                 "效益": "outcome", "效果": "outcome", "影响力": "impact", "可持续影响": "impact", "可持续": "impact",
                 "满意度": "satisfaction", "满意": "satisfaction", "服务对象满意度": "satisfaction"}
_LEVEL2_WORDS = lazy(r"^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)?(指标)?$")
_OP_WORDS = {"≥": ">=", "》=": ">=", "=>": ">=", "不低于": ">=", "不少于": ">=", "不小于": ">=", "以上": ">=",
             "≤": "<=", "《=": "<=", "=<": "<=", "不高于": "<=", "不超过": "<=", "不大于": "<=", "以内": "<=",
             "以下": "<=", "＝": "=", "等于": "=", "》": ">", "大于": ">", "高于": ">", "超过": ">", "《": "<",
             "小于": "<", "低于": "<", "约": "~", "≈": "~", "区间": "range", "-": "range", "~": "~"}
LEVEL1_HELP = ("known: input, output, outcome, impact, satisfaction (or as forms name them: 投入/过程, 产出, 效益, "
               "影响力/可持续, 满意度)")


def parse_level1(text: str) -> str:
    """A --level1 value as a user types it: the class (satisfaction) or its Chinese name as forms write it (满意度,
    满意度指标, 产出指标, 效益, 投入和管理 …). A level2 name (成本指标) or other text is a ValueError saying which."""
    s = (fold_width(text) or "").strip()
    if s.lower() in LEVEL1_STD:
        return s.lower()
    core = re.sub(r"(指标|目标)$", "", s)
    if core in _LEVEL1_WORDS:
        return _LEVEL1_WORDS[core]
    if core and _LEVEL2_WORDS.match(s):
        raise ValueError(f"{text!r} is a level-2 name: put it in the query (search OUTDIR {core}指标); "
                         f"level 1: {LEVEL1_HELP}")
    raise ValueError(f"{text!r} is no level-1 class; {LEVEL1_HELP}")


def parse_op(text: str) -> str:
    """A --op value as a user types it: one of OPS, or the sign or word a form writes (≥, 》=, 不低于, ≤, 不超过, 约)."""
    s = (fold_width(text) or "").strip().replace(" ", "")
    if s in OPS:
        return s
    if s in _OP_WORDS:
        return _OP_WORDS[s]
    raise ValueError(f"{text!r} is no comparison; known: {', '.join(OPS)} (also ≥, ≤, 不低于, 不超过, 约)")


def near_codes(bad: str, known: list[str]) -> str:
    """' (did you mean budget_sum_mismatch?)' for a warning code near a known one, else ''."""
    import difflib
    near = difflib.get_close_matches(bad, known, n=1, cutoff=0.6) or [k for k in known if bad and bad in k][:1]
    return f" (did you mean {near[0]}?)" if near else ""


def parse_years(text: str) -> list[int]:
    """The years of a year filter as a user types it: `2022`, `2022年`, `2022年度`, a range `2021-2023` (also
    `2021~2023`, `2021至2023`, `2021到2023`) or a list `2021,2022` / `2021、2022`. A text that is none of these
    (`22`, `去年`) is a ValueError saying what is wanted (a two-digit year matched no project and said nothing)."""
    s = (fold_width(text) or "").strip()
    m = _YEAR_RANGE.fullmatch(s)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a > b:
            raise ValueError(f"year range {text!r} runs backwards: write {b}-{a}")
        return list(range(a, b + 1))
    out = []
    for part in (x for x in re.split(r"[\s,，、;；]+", s) if x):
        m = re.fullmatch(_YEAR1, part)
        if not m:
            raise ValueError(f"{text!r} is no year: write it with four digits (2022, 2022年), as a range "
                             "(2021-2023) or a list (2021,2022)")
        out.append(int(m.group(1)))
    if not out:
        raise ValueError("the year is empty: write it with four digits (2022)")
    return out


def parse_value(text: str) -> tuple[float, bool]:
    """A value filter's number as a user types it, and whether it was written as a percent: `90`, `90%` /
    `90％` (True: a percent), `2,000`, `１２`, `0.85`. A comparison typed into it (`≥90`, `不低于90`) or
    another text is a ValueError naming the option that compares (the option is the comparison)."""
    s = (fold_width(text) or "").strip().replace(" ", "")
    s = re.sub(r"(?<=\d),(?=\d{3}(?:\D|$))", "", s)
    pct = s.endswith("%")
    num = s[:-1] if pct else s
    if re.fullmatch(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)", num):
        return float(num), pct
    m = _COMPARISON.match(s)
    if m:
        raise ValueError(f"{text!r} is a comparison: the option is the comparison, give it the number alone "
                         f"(--value-{_FILTER_OF[m.group(1)]} {m.group(2)})")
    raise ValueError(f"{text!r} is no number: give a number (90, 90%, 2,000, 0.85)")


def facets(con: sqlite3.Connection, q: Query) -> dict[str, list[tuple[Any, int]]]:
    """Counts of the hits of a query by year, department, level1_std and warning code."""
    plan = _plan(con, q)
    base = f"SELECT h.id AS id FROM {plan.source} WHERE {plan.where}"
    out: dict[str, list[tuple[Any, int]]] = {}
    level1: tuple[str, list[Any]] = ("SELECT h.level1_std, count(*) FROM m JOIN hits h ON h.id = m.id "
                                     "WHERE h.kind = 'indicator' GROUP BY 1 ORDER BY 2 DESC", [])
    if q.projects_by_indicator():        # the projects with a matching indicator of each class
        conds, args = _indicator_conds(q, "i")
        level1 = ("SELECT i.level1_std, count(DISTINCT h.id) FROM m JOIN hits h ON h.id = m.id JOIN hits i "
                  "ON i.project_id = h.project_id AND i.kind = 'indicator' WHERE " + " AND ".join(conds)
                  + " GROUP BY 1 ORDER BY 2 DESC", args)
    con.execute("DROP TABLE IF EXISTS temp.m")
    con.execute(f"CREATE TEMP TABLE m AS {base}", plan.args)
    try:
        for name, (sql, args) in (
            ("year", ("SELECT h.year, count(*) FROM m JOIN hits h ON h.id = m.id GROUP BY 1 ORDER BY 1 DESC", [])),
            ("department", ("SELECT h.department, count(*) FROM m JOIN hits h ON h.id = m.id "
                            "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30", [])),
            ("level1", level1),
            ("warning", ("SELECT w.code, count(*) FROM m JOIN hit_warnings w ON w.id = m.id "
                         "GROUP BY 1 ORDER BY 2 DESC, 1", [])),
        ):
            out[name] = [(r[0], r[1]) for r in con.execute(sql, args).fetchall()]
    finally:
        con.execute("DROP TABLE IF EXISTS temp.m")
    return out


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

TABLE_COLUMNS = (("score", 6), ("year", 4), ("project_id", 20), ("project", 22), ("indicator", 22),
                 ("target", 12), ("where", 34))


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _fit(s: str, w: int) -> str:
    s = " ".join(str(s or "").split())
    if _width(s) <= w:
        return s + " " * (w - _width(s))
    out, n = "", 0
    for c in s:
        cw = _width(c)
        if n + cw > w - 1:
            break
        out += c
        n += cw
    return out + "…" + " " * (w - 1 - n)


def where_text(h: dict) -> str:
    """file and position of a hit: ``samples/x.txt line 32``."""
    return f"{h.get('path') or h.get('doc_id')}" + (f" {h['location']}" if h.get("location") else "")


def format_table(res: Result) -> str:
    lines = ["  ".join(_fit(n, w) for n, w in TABLE_COLUMNS).rstrip()]
    for h in res.hits:
        ind, target, where = (h["level3"] if h["kind"] == "indicator" else "(project)"), h.get("target_raw"), h
        if h["kind"] == "project" and h.get("budget") is not None:
            target = f"{h['budget']:,.0f} 元"     # (what the project declared: the table's question of a department)
        if h.get("matched_indicators"):          # a project by its indicators: the first matching one, and how many
            first = h["matched_indicators"][0]
            n = h["matched_count"]
            ind = indicator_label(first) + (f" (+{n - 1})" if n > 1 else "")
            target = first.get("target_raw")
            where = {**h, "location": first.get("location")}
        cells = (f"{h['rank']:.2f}" if h.get("rank") else "", h.get("year") or "",
                 h["project_id"], h.get("project_name") or "", ind, target or "",
                 where_text(where))
        lines.append("  ".join(_fit(str(c), w) if i < len(cells) - 1 else str(c)
                               for i, (c, (_, w)) in enumerate(zip(cells, TABLE_COLUMNS))).rstrip())
    shown = len(res.hits)
    lines.append(f"{res.total} hits" + (f", {shown} shown (from {res.query.offset + 1})" if shown < res.total else "")
                 + (f"; each a project with an indicator matching all the indicator filters ({res.matched_total} "
                    f"such indicator{'' if res.matched_total == 1 else 's'}: the first shown, +N the project's others, --format json / csv list them)"
                    if res.matched_total is not None else "")
                 + (f"; words: {' '.join(res.words)}" if res.words else "")
                 + (f"; {res.note}" if res.note else ""))
    return "\n".join(lines) + "\n"


def format_json(res: Result) -> str:
    out = {"query": res.query.params(), "words": res.words, "mode": res.mode, "note": res.note,
           "total": res.total}
    if res.matched_total is not None:
        out["matched_total"] = res.matched_total
    return json.dumps({**out, "hits": res.hits}, ensure_ascii=False, indent=2) + "\n"


def format_csv(hits: list[dict], columns: list[str] | None = None) -> str:
    """The hits as CSV, in `columns` (default HIT_FIELDS and rank; see hit_columns)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns or list(HIT_FIELDS) + ["rank"], extrasaction="ignore",
                       lineterminator="\n")
    w.writeheader()
    for h in hits:
        w.writerow({k: ("" if v is None else v) for k, v in flat_hit(h).items()})
    return buf.getvalue()
