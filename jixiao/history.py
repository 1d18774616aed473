"""History across years: the same project lined up year by year, with its budget and each indicator's target.

``lineups(outdir, name)`` finds the projects whose name contains NAME or is
similar to it, and groups them into *line-ups*: projects with the same or a
similar name (after normalization) and the same implementing unit (实施单位;
a project without a unit joins a group of the same name). Names are compared
after NFKC folding, removing white space, bracketed years and year words
(``党建经费（2023年）`` -> ``党建经费``), with ``difflib``'s ratio >= THRESHOLD.

In a line-up each column is one project (a year and its form: a target
declaration and a self-evaluation of the same year are two columns), ordered
by year. The rows are the budget (project total, this year's budget, fiscal
funds) and one row per indicator, keyed by its normalized level3 name. A cell
is marked against the previous column that has the row: ``changed`` (target
differs: the parsed op/value/unit when both are parsed, else the normalized
text), ``new`` (not in the previous column) or ``dropped`` (in the previous
column, not in this one).
"""
from __future__ import annotations

import csv
import difflib
import functools
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

THRESHOLD = 0.8
BUDGET_ROWS = (("budget_total", "项目总预算"), ("budget_year", "当年预算"), ("budget_fiscal", "财政资金"))

_BRACKETED = re.compile(r"[(\[（【][^()\[\]（）【】]*\d{4}[^()\[\]（）【】]*[)\]）】]")
_YEAR_WORD = re.compile(r"\d{4}\s*年度?")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=100_000)
def norm_name(name: str | None) -> str:
    """A project or indicator name for comparison: NFKC, no brackets holding a year, no `2023年`, no spaces."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name)
    s = _BRACKETED.sub("", s)
    s = _YEAR_WORD.sub("", s)
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


def same_target(a: dict, b: dict) -> bool:
    if a.get("op") and b.get("op") and a.get("value") is not None and b.get("value") is not None:
        return (a["op"], a["value"], a.get("value_max"), a.get("unit")) == \
               (b["op"], b["value"], b.get("value_max"), b.get("unit"))
    return _norm_target(a.get("target_raw")) == _norm_target(b.get("target_raw"))


@dataclass
class Lineup:
    name: str
    unit: str | None
    department: str | None
    columns: list[dict] = field(default_factory=list)   # one per project: project_id, year, form, name, path, line
    rows: list[dict] = field(default_factory=list)      # kind, key, label, level1_std, cells

    def changes(self) -> int:
        return sum(1 for r in self.rows for c in r["cells"] if c["change"] in ("changed", "new", "dropped"))


_cache: dict[tuple[str, str], tuple] = {}


def _load(outdir: Path) -> tuple[list[dict], dict[str, list[dict]], dict[str, dict]]:
    """The projects, indicators by project and documents of OUTDIR (kept while the dataset is unchanged)."""
    from jixiao.search import dataset_stamp
    key = (str(Path(outdir).resolve()), dataset_stamp(outdir))
    if key not in _cache:
        _cache.clear()
        _cache[key] = _read(outdir)
    return _cache[key]


def _read(outdir: Path) -> tuple[list[dict], dict[str, list[dict]], dict[str, dict]]:
    from jixiao.dataset import read_table
    tbl = read_table(outdir, "projects")
    projects = tbl.select([c for c in ("project_id", "doc_id", "form", "year", "name", "department", "unit",
                                       "budget_total", "budget_year", "budget_fiscal", "page", "line", "project_code")
                           if c in tbl.column_names]).to_pylist()      # (a dataset of an older version: no code)
    inds: dict[str, list[dict]] = {}
    for i in read_table(outdir, "indicators").select(
            ["project_id", "seq", "level1", "level1_std", "level2", "level3", "target_raw", "op", "value",
             "value_max", "unit", "page", "line"]).to_pylist():
        inds.setdefault(i["project_id"], []).append(i)
    docs = {d["doc_id"]: d for d in read_table(outdir, "documents").select(["doc_id", "path", "format"]).to_pylist()}
    return projects, inds, docs


def _unit_key(p: dict) -> str:
    return norm_name(p.get("unit"))


def group_projects(projects: list[dict], threshold: float = THRESHOLD) -> list[list[dict]]:
    """Group projects by similar normalized name and equal normalized unit (a missing unit joins any); a project
    whose 项目编码 (project_code) a grouped project has joins that group, whatever its name (a project renamed
    from one year to the next). Different codes do not part projects: many systems number a project anew
    each year."""
    groups: list[list[dict]] = []
    for p in sorted(projects, key=lambda p: (p.get("year") or 0, p["project_id"])):
        n, u = norm_name(p.get("name")), _unit_key(p)
        code = (p.get("project_code") or "").strip()
        same = next((g for g in groups if code and any((x.get("project_code") or "").strip() == code for x in g)), None)
        if same is not None:
            same.append(p)
            continue
        for g in groups:
            g_units = {_unit_key(x) for x in g} - {""}
            if similar(n, norm_name(g[0].get("name")), threshold) and (not u or not g_units or u in g_units):
                g.append(p)
                break
        else:
            groups.append([p])
    return groups


def _indicator_key(i: dict) -> str:
    return norm_name(i.get("level3")) or (norm_name(i.get("level2")) + "#" + str(i.get("seq")))


def build_lineup(group: list[dict], inds: dict[str, list[dict]], docs: dict[str, dict]) -> Lineup:
    cols = sorted(group, key=lambda p: (p.get("year") or 0, p.get("form") != "target", p["project_id"]))
    first = cols[0]
    lu = Lineup(name=first.get("name") or "", unit=next((p["unit"] for p in cols if p.get("unit")), None),
                department=next((p["department"] for p in cols if p.get("department")), None))
    for p in cols:
        d = docs.get(p["doc_id"], {})
        lu.columns.append({"project_id": p["project_id"], "year": p.get("year"), "form": p.get("form"),
                           "name": p.get("name"), "unit": p.get("unit"), "path": d.get("path"),
                           "format": d.get("format"), "page": p.get("page"), "line": p.get("line")})
    for key, label in BUDGET_ROWS:
        vals = [p.get(key) for p in cols]
        if all(v is None for v in vals):
            continue
        cells, prev = [], None
        for v in vals:
            change = None
            if prev is not None and v is not None and v != prev:
                change = "changed"
            cells.append({"value": v, "text": None if v is None else f"{v:,.0f}", "change": change})
            prev = v if v is not None else prev
        lu.rows.append({"kind": "budget", "key": key, "label": label, "level1_std": None, "cells": cells})
    order: list[str] = []
    per_col: list[dict[str, dict]] = []
    info: dict[str, dict] = {}
    for p in cols:
        m: dict[str, dict] = {}
        for i in inds.get(p["project_id"], []):
            k = _indicator_key(i)
            m.setdefault(k, i)
            if k not in info:
                info[k] = i
                order.append(k)
        per_col.append(m)
    for k in order:
        cells = []
        prev = None            # the indicator in the previous column (None: absent there)
        for ci, m in enumerate(per_col):
            cur = m.get(k)
            change = None
            if ci > 0:
                if cur is not None and prev is None:
                    change = "new"
                elif cur is None and prev is not None:
                    change = "dropped"
                elif cur is not None and prev is not None and not same_target(cur, prev):
                    change = "changed"
            cells.append({"value": cur.get("value") if cur else None,
                          "text": cur.get("target_raw") if cur else None, "change": change,
                          "line": cur.get("line") if cur else None, "page": cur.get("page") if cur else None})
            prev = cur
        i = info[k]
        lu.rows.append({"kind": "indicator", "key": k, "label": i.get("level3") or i.get("level2") or k,
                        "level1_std": i.get("level1_std"), "level2": i.get("level2"), "cells": cells})
    return lu


def lineups(outdir: str | Path, name: str, org: str | None = None,
            threshold: float = THRESHOLD) -> list[Lineup]:
    """Given a dataset folder and a project name, return its line-ups (most years first)."""
    projects, inds, docs = _load(Path(outdir))
    q = norm_name(name)
    if not q:
        return []
    hits = [p for p in projects if p.get("name") and (q in norm_name(p["name"]) or similar(q, norm_name(p["name"]), threshold))]
    if org:
        hits = [p for p in hits if org in (p.get("unit") or "")]
    out = [build_lineup(g, inds, docs) for g in group_projects(hits, threshold)]
    out.sort(key=lambda lu: (-len({c["year"] for c in lu.columns}), lu.name))
    return out


def lineup_of(outdir: str | Path, project_id: str, threshold: float = THRESHOLD) -> Lineup | None:
    """The line-up that holds one project (the web app's history view of a project)."""
    projects, inds, docs = _load(Path(outdir))
    me = next((p for p in projects if p["project_id"] == project_id), None)
    if me is None:
        return None
    n = norm_name(me.get("name"))
    cands = [p for p in projects if p["project_id"] == project_id or (n and similar(n, norm_name(p.get("name")), threshold))]
    for g in group_projects(cands, threshold):
        if any(p["project_id"] == project_id for p in g):
            return build_lineup(g, inds, docs)
    return None


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

MARK = {"changed": "*", "new": "+", "dropped": "-", None: ""}


def column_label(c: dict) -> str:
    return f"{c.get('year') or '?'}" + ("" if c.get("form") == "target" else f" {c.get('form')}")


def cell_text(cell: dict) -> str:
    if cell["change"] == "dropped":
        return "- (dropped)"
    return (cell["text"] or "") + MARK[cell["change"]]


def format_table(lus: list[Lineup]) -> str:
    from jixiao.report import location_text
    from jixiao.search import _fit, _width
    if not lus:
        return "no project of that name\n"
    out = []
    for lu in lus:
        out.append(f"{lu.name} — {lu.unit or 'unit unknown'}"
                   + (f" ({lu.department})" if lu.department else "")
                   + f": {len(lu.columns)} forms, {lu.changes()} changes")
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
    out.append("* changed from the previous year, + new, - dropped; budget in 元")
    return "\n".join(out) + "\n"


def to_json(lus: list[Lineup]) -> list[dict[str, Any]]:
    return [{"name": lu.name, "unit": lu.unit, "department": lu.department, "columns": lu.columns,
             "rows": lu.rows, "changes": lu.changes()} for lu in lus]


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
                            "change": cell["change"], "path": c.get("path"), "line": cell.get("line")})
    return out


def format_csv(lus: list[Lineup]) -> str:
    rows = flat_rows(lus)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["lineup", "name", "unit", "row", "kind", "level1_std", "year", "form",
                                        "project_id", "value", "change", "path", "line"], lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "" if v is None else v for k, v in r.items()})
    return buf.getvalue()
