"""The human audit report of a jixiao output folder: one HTML page and one workbook.

    from jixiao.report import write_report
    paths = write_report("output")            # -> {"html": output/report/report.html,
                                              #     "xlsx": output/report/report.xlsx}

``write_report(outdir, dest=None)`` reads the Parquet tables of OUTDIR (written
by ``jixiao extract``) with ``jixiao.dataset.read_table`` and writes into DEST
(default ``OUTDIR/report``):

``report.html``
    One self-contained page: inline CSS, charts drawn as inline SVG, no
    JavaScript, no external fonts, images or style sheets. Labels are Chinese
    and English. Sections: totals (documents by status, projects, indicators,
    findings by severity, parser warnings); findings per check code; findings
    and average target quality per year and per department (the department,
    or the unit when the department is empty); documents that gave no project;
    a department -> project table sorted by findings; the versions of one
    project of one year (``_mark_versions``); for each project with
    findings, its findings with a link to the source (the document as a
    ``file://`` URL, ``#page=N`` for PDFs) and the location as text
    (``line N`` for text dumps, ``page N`` for PDFs, ``table N, row M`` for
    Word/HTML, ``sheet N, row M`` for spreadsheets); the check codes.
    Every text from the data is escaped with ``html.escape``.

``report.xlsx``
    Sheets ``summary``, ``findings`` (one row per project), ``warnings`` (every
    row of the warnings table: check findings and parser warnings),
    ``departments``, ``versions`` (one project of one year read from several
    documents with different budgets: each version with its file; see
    ``_mark_versions``) and ``documents``; a bold header row, frozen panes, an auto-filter, numbers
    stored as numbers (money in 万元, target quality as a fraction shown as %).

Findings are the rows of ``warnings`` whose code is an audit check
(``jixiao.checks.RULES``); the others are parser warnings. The warnings table
does not store a severity, so the report takes it from the rule's code
(``SEVERITY`` below, kept equal to what each rule emits by
``tests/test_report.py``).

Document paths are stored as given to ``jixiao extract`` (often relative to
the folder it ran in). A relative path is resolved against the current
directory, else against OUTDIR's parent, else OUTDIR -- the first under which
the file exists (the current directory when none does).

An OUTDIR with documents but no project gives a page that says so. An OUTDIR
without ``documents.parquet`` raises FileNotFoundError. Both files are written
to a temporary name and renamed into place.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import math
import os
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from jixiao import __version__
from jixiao.checks import RULES

__all__ = ["write_report", "SEVERITY", "CODE_ZH"]

HTML_FILE = "report.html"
XLSX_FILE = "report.xlsx"
SHEETS = ("summary", "findings", "warnings", "departments", "versions", "documents")

# Severity of each audit check code, as the rule emits it (jixiao/checks.py).
SEVERITY: dict[str, str] = {
    "budget_sum_mismatch": "error",
    "fiscal_other_mismatch": "error",
    "fiscal_total_gap": "warning",
    "source_sum_mismatch": "error",
    "quarter_plan_mismatch": "error",
    "annual_exceeds_total": "error",
    "budget_adjustment_mismatch": "warning",
    "execution_rate_mismatch": "error",
    "spent_exceeds_budget": "error",
    "prior_spent_exceeds_prior_budget": "error",
    "composition_text_mismatch": "error",
    "no_output_indicator": "warning",
    "no_satisfaction_indicator": "warning",
    "rate_target_over_100": "error",
    "duplicate_indicator": "warning",
    "timeliness_without_deadline": "warning",
    "deadline_out_of_period": "warning",
    "period_reversed": "warning",
    "year_out_of_period": "warning",
    "fill_date_out_of_year": "warning",
    "vague_target": "info",
    "score_over_weight": "error",
    "target_missed_full_score": "warning",
    "weights_not_100": "error",
    "subtotal_mismatch": "error",
    "grade_mismatch": "error",
    "total_row_mismatch": "error",
}
SEVERITY_ORDER = ("error", "warning", "info")
SEVERITY_LABEL = {"error": "错误 error", "warning": "警告 warning", "info": "提示 info"}

# Short Chinese names of the codes (audit checks and parser warnings).
CODE_ZH: dict[str, str] = {
    "budget_sum_mismatch": "预算明细合计不符",
    "fiscal_other_mismatch": "财政+其他资金≠总额",
    "fiscal_total_gap": "财政资金与总额不符",
    "source_sum_mismatch": "资金来源合计不符",
    "quarter_plan_mismatch": "分季度用款计划合计不符",
    "annual_exceeds_total": "年度预算超过总额",
    "budget_adjustment_mismatch": "年初预算+调整≠调整后预算",
    "execution_rate_mismatch": "执行率计算不符",
    "spent_exceeds_budget": "支出超过预算",
    "prior_spent_exceeds_prior_budget": "上年执行数超上年预算",
    "composition_text_mismatch": "项目构成文字与明细不符",
    "no_output_indicator": "缺少产出指标",
    "no_satisfaction_indicator": "缺少满意度指标",
    "rate_target_over_100": "比率目标超过100%",
    "duplicate_indicator": "指标重复",
    "timeliness_without_deadline": "时效指标无时限",
    "deadline_out_of_period": "时限不在项目期内",
    "period_reversed": "项目期起止颠倒",
    "year_out_of_period": "年度不在项目期内",
    "fill_date_out_of_year": "填报日期与年度相差一年以上",
    "vague_target": "目标值模糊",
    "score_over_weight": "得分超过分值",
    "target_missed_full_score": "未达目标却得满分",
    "weights_not_100": "分值合计不为100",
    "subtotal_mismatch": "一级指标小计不符",
    "grade_mismatch": "等次与得分不符",
    "total_row_mismatch": "合计行与明细不符",
    # parser warnings
    "encoding_guessed": "编码推断",
    "encoding_errors": "编码错误",
    "text_flattened": "文本已扁平化",
    "text_single_cells": "一格一行文本已重组",
    "text_cell_bars": "竖线分隔文本已重组",
    "text_box_table": "框线表格文本已重组",
    "text_layer_unreadable": "PDF文字层不可读",
    "text_as_outlines": "文字为矢量轮廓",
    "table_picture_ocr": "表格图片已OCR识别",
    "page_unreadable": "页面无法读取",
    "converted": "已转换格式",
    "layout_unknown": "未识别版式",
    "blank_form": "空白表样",
    "not_a_form": "非项目表格",
    "no_indicators": "未读到绩效指标",
    "no_form_read": "像表格但未读出",
    "working_sheet_skipped": "未读取测算工作表",
    "formula_not_computed": "公式未计算（单元格读为空）",
    "void_sheet_skipped": "未读取作废工作表",
    "hidden_form_unread": "隐藏工作表中的表未读取",
    "activex_unread": "ActiveX控件未读取",
    "attachment_copy": "图标附件与正文表格重复（未重复读取）",
    "header_missing": "表头缺失",
    "name_from_sheet": "项目名称取自工作表名",
    "table_header_implied": "指标表或评分表无表头（按列推定）",
    "project_list": "项目清单（未读取）",
    "unparsed_row": "未解析的行",
    "no_option_ticked": "选项均未勾选",
    "unplaced_cell": "未归位的单元格",
    "deduction_unsure": "扣分项得分含义不明（保留或扣除）",
    "amount_not_money": "金额非人民币或非金额",
    "amount_unreadable": "金额数字无法确定",
    "target_missing": "缺少目标值",
    "indicator_dropped": "指标经调整删除",
    "truncated_cell": "单元格被截断",
    "normalizer_failed": "单元格解析出错（按文字保留）",
    "internal_error": "读取出错（该表记录未取，其余保留）",
    "source_named_twice": "资金来源重复列出且金额不同",
    "score_stated_twice": "得分两处填写且分数不同",
    "points_shared_assumed": "评分项无分值、得分，按与上一项合并单元格共用处理",
    "space_run_cut": "超长空白被截短",
    "not_a_document": "非文档（锁定、临时、系统文件）",
}

STATUS_LABEL = {"ok": "成功 ok", "partial": "部分 partial", "failed": "失败 failed",
                "not_a_document": "非文档 not a document"}
# the statuses shown: a lock, temp or system file (`ok`, a not_a_document warning) is counted apart from the documents
STATUS_ORDER = ("ok", "partial", "failed", "not_a_document")


def shown_status(d: dict) -> str:
    """A document's status as the report shows it: `not_a_document` for a lock, temp or system file."""
    return "not_a_document" if d.get("not_a_document") else (d.get("status") or "")
NO_DEPARTMENT = "（未填部门）no department"
NO_YEAR = "未知 unknown"
NO_NAME = "（无名称）no name"
CHART_MAX_ROWS = 25          # departments drawn in the chart (all are in the table)
YUAN_PER_WAN = 10_000.0


def severity_of(code: str | None) -> str | None:
    """'error' / 'warning' / 'info' for an audit check code, None for a parser warning code."""
    if code in SEVERITY:
        return SEVERITY[code]
    if code in RULES:
        return "warning"            # a rule added after this module: shown, as a warning
    return None


# ====================================================================== data

@dataclass
class _Data:
    outdir: Path
    documents: list[dict]
    projects: list[dict]                          # enriched rows, report order
    findings: dict[str, list[dict]]               # project_id -> finding rows (enriched warnings)
    warnings: list[dict]                          # every warnings row, enriched
    n_indicators: int
    manifest: dict = field(default_factory=dict)
    versions: list[list[dict]] = field(default_factory=list)   # one project of one year in versions (_mark_versions)

    @property
    def check_rows(self) -> list[dict]:
        return [w for w in self.warnings if w["severity"] is not None]


def _read(outdir: Path, table: str) -> list[dict]:
    from jixiao.dataset import read_table
    try:
        return read_table(outdir, table).to_pylist()
    except FileNotFoundError:
        return []


def _num_rows(outdir: Path, table: str) -> int:
    import pyarrow.parquet as pq

    from jixiao.store import read_manifest
    m = read_manifest(outdir)
    if m is not None:                           # a dataset of parts: its manifest counts the committed rows
        return int(m.get("tables", {}).get(table, 0))
    path = outdir / f"{table}.parquet"
    if not path.exists():
        return 0
    if path.is_dir():
        return sum(pq.ParquetFile(p).metadata.num_rows for p in sorted(path.rglob("*.parquet")))
    return pq.ParquetFile(path).metadata.num_rows


def _resolve(path: str | None, outdir: Path) -> Path | None:
    """The absolute path of a document path as stored (see the module docstring)."""
    if not path:
        return None
    p = Path(path).expanduser()
    if p.is_absolute():
        return p
    candidates = [Path.cwd() / p, outdir.resolve().parent / p, outdir.resolve() / p]
    for c in candidates:
        if c.exists():
            return c.resolve()
    return candidates[0].absolute()


def _uri(abs_path: Path | None, fmt: str | None, page: int | None) -> str | None:
    if abs_path is None:
        return None
    try:
        uri = abs_path.as_uri()
    except ValueError:
        return None
    if fmt == "pdf" and page is not None:
        uri += f"#page={int(page)}"
    return uri


def location_text(fmt: str | None, page: int | None, line: int | None) -> str:
    """Where a row is in its document, in the words of its format.

    Text dumps: ``line N``; PDFs: ``page N``; Word/HTML: ``table N, row M``
    (``paragraph M`` outside tables); spreadsheets: ``sheet N, row M``.
    """
    if page is None and line is None:
        return ""
    if fmt in ("docx", "html"):
        if page is None:
            return f"paragraph {line}"
        return f"table {page}" + (f", row {line}" if line is not None else "")
    if fmt == "xlsx":
        return (f"sheet {page}" if page is not None else "") + \
            (", " if page is not None and line is not None else "") + \
            (f"row {line}" if line is not None else "")
    parts = []
    if page is not None:
        parts.append(f"page {page}")
    if line is not None:
        parts.append(f"line {line}")
    return ", ".join(parts)


def _wan(yuan: float | None) -> float | None:
    if yuan is None or (isinstance(yuan, float) and math.isnan(yuan)):
        return None
    return yuan / YUAN_PER_WAN


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    return sum(vals) / len(vals) if vals else None


def _load(outdir: Path) -> _Data:
    if not (outdir / "documents.parquet").exists():
        raise FileNotFoundError(
            f"{outdir} holds no jixiao dataset (no documents.parquet); "
            f"run `jixiao extract INPUT -o {outdir}` first")
    documents = _read(outdir, "documents")
    projects = _read(outdir, "projects")
    summary = {r["project_id"]: r for r in _read(outdir, "findings")}
    warnings = _read(outdir, "warnings")
    try:
        manifest = json.loads((outdir / "_manifest.json").read_text(encoding="utf-8"))
        manifest = manifest if isinstance(manifest, dict) else {}
    except (OSError, ValueError):
        manifest = {}

    docs = {}
    for d in documents:
        d["abs_path"] = _resolve(d.get("path"), outdir)
        d["not_a_document"] = None
        if d.get("doc_id"):
            docs[d["doc_id"]] = d
    for w in warnings:
        if w.get("code") == "not_a_document" and w.get("doc_id") in docs:
            docs[w["doc_id"]]["not_a_document"] = w.get("message")

    pnames = {}
    for p in projects:
        pnames[p.get("project_id")] = p.get("name")

    for w in warnings:
        doc = docs.get(w.get("doc_id")) or {}
        w["severity"] = severity_of(w.get("code"))
        w["path"] = doc.get("path")
        w["format"] = doc.get("format")
        w["location"] = location_text(doc.get("format"), w.get("page"), w.get("line"))
        w["uri"] = _uri(doc.get("abs_path"), doc.get("format"), w.get("page"))
        w["project_name"] = pnames.get(w.get("project_id"))

    findings: dict[str, list[dict]] = defaultdict(list)
    for w in warnings:
        if w["severity"] is not None and w.get("project_id"):
            findings[w["project_id"]].append(w)
    rank = {s: k for k, s in enumerate(SEVERITY_ORDER)}
    for rows in findings.values():
        rows.sort(key=lambda w: (rank.get(w["severity"], 9), w.get("page") or 0, w.get("line") or 0))

    out = []
    for p in projects:
        pid = p.get("project_id")
        s = summary.get(pid) or {}
        doc = docs.get(p.get("doc_id")) or {}
        rows = findings.get(pid, [])
        sev = Counter(w["severity"] for w in rows)
        by_year = p.get("budget_year") is not None
        codes = s.get("codes")
        if codes is None:
            codes = list(dict.fromkeys(w["code"] for w in rows))
        n_findings = s.get("n_findings")
        out.append({
            "project_id": pid, "doc_id": p.get("doc_id"), "year": p.get("year"),
            "name": p.get("name"), "department": p.get("department"), "unit": p.get("unit"),
            "form": p.get("form"), "code": p.get("project_code"),
            "dept_key": p.get("department") or p.get("unit") or NO_DEPARTMENT,
            "budget_wan": _wan(p.get("budget_year") if by_year else p.get("budget_total")),
            "budget_basis": ("年度 year" if by_year else
                             "总额 total" if p.get("budget_total") is not None else None),
            "n_findings": n_findings if n_findings is not None else len(rows),
            "n_error": sev.get("error", 0), "n_warning": sev.get("warning", 0),
            "n_info": sev.get("info", 0),
            "target_quality": s.get("target_quality"), "vague_targets": s.get("vague_targets"),
            "n_indicators": s.get("n_indicators"), "codes": list(codes),
            "path": doc.get("path"), "format": doc.get("format"),
            "page": p.get("page"), "line": p.get("line"),
            "location": location_text(doc.get("format"), p.get("page"), p.get("line")),
            "uri": _uri(doc.get("abs_path"), doc.get("format"), p.get("page")),
            "abs_path": doc.get("abs_path"),
        })

    # departments by their findings, projects within by theirs (errors break ties)
    dept_total = Counter()
    for r in out:
        dept_total[r["dept_key"]] += r["n_findings"]
    out.sort(key=lambda r: (-dept_total[r["dept_key"]], r["dept_key"], -r["n_findings"],
                            -r["n_error"], r["year"] or 0, r["name"] or "", r["project_id"] or ""))
    for k, r in enumerate(out):
        r["anchor"] = f"p{k + 1}"
    versions = _mark_versions(out)
    return _Data(outdir, documents, out, dict(findings), warnings,
                 _num_rows(outdir, "indicators"), manifest, versions)


def _version_key(r: dict) -> tuple | None:
    """What makes two rows one project of one year: the year, the form and the 项目编码, else the name (as
    `jixiao history` compares names) and the department (the unit when it is empty); None without a year or name."""
    from jixiao.history import norm_name
    if r["year"] is None:
        return None
    if r.get("code"):
        return (r["year"], r["form"], "code", str(r["code"]).strip())
    name = norm_name(r["name"])
    return (r["year"], r["form"], "name", name, r["dept_key"]) if name else None


def _mark_versions(rows: list[dict]) -> list[list[dict]]:
    """Find one project of one year read from two documents or more with different annual budgets (or totals):
    versions of one form (a draft and the final, a form declared again), which a sum would count twice. Each row
    of such a group gets `versions` (the group's number, 1…) and `n_versions`; returns the groups, each sorted
    by budget, the largest first. Copies with the same budget are not versions (a sum counts them once)."""
    acc: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        r["versions"], r["n_versions"], r["version_counted"] = None, 0, True
        k = _version_key(r)
        if k is not None and r["budget_wan"] is not None:
            acc[(*k, r["budget_basis"])].append(r)
    groups = []
    for g in acc.values():
        if len({r["doc_id"] for r in g}) < 2 or len({round(r["budget_wan"], 4) for r in g}) < 2:
            continue
        g.sort(key=lambda r: (-r["budget_wan"], r["path"] or ""))
        groups.append(g)
    groups.sort(key=lambda g: (g[0]["year"], g[0]["dept_key"], g[0]["name"] or ""))
    for n, g in enumerate(groups, 1):
        for k, r in enumerate(g):
            # (the largest is counted, in its own department: a code's versions may name different departments or
            # none, and each department's total counted its own copy)
            r["versions"], r["n_versions"], r["version_counted"] = n, len(g), k == 0
    return groups


def _groups(projects: list[dict], key: str) -> list[dict]:
    """Per value of `key`: projects, findings by severity, average target quality, budget."""
    acc: dict[Any, list[dict]] = defaultdict(list)
    for p in projects:
        acc[p[key]].append(p)
    out = []
    for k, rows in acc.items():
        out.append({
            "key": k, "n_projects": len(rows),
            "n_findings": sum(r["n_findings"] for r in rows),
            "error": sum(r["n_error"] for r in rows),
            "warning": sum(r["n_warning"] for r in rows),
            "info": sum(r["n_info"] for r in rows),
            "target_quality": _mean(r["target_quality"] for r in rows),
            # (rounded to the yuan: a sum of 万元 in floats showed 5364.800000000003 in the workbook)
            # the annual budgets per year (a sum over years, or of annual budgets and project totals, means
            # nothing): a form held by two files (the same year, name, unit, form and budget) counts once
            "budget_by_year": _annual_by_year(rows),
            "total_only": sum(1 for r in rows if r["budget_basis"] and not r["budget_basis"].startswith("年度")),
            # what the projects stating only a total (项目资金总额, often of several years) are worth: each project once
            "totals": _totals_only(rows),
            "with_findings": sum(1 for r in rows if r["n_findings"]),
            "in_versions": sum(1 for r in rows if r.get("versions")),
        })
        years = out[-1]["budget_by_year"]
        out[-1]["budget_wan"] = next(iter(years.values())) if len(years) == 1 else None
    return out


def _annual_by_year(rows: list[dict]) -> dict[Any, float]:
    """Sum of the annual budgets (万元) per year of ROWS; a form read twice (two files holding it: the same year,
    name, unit, department, form and annual budget) counts once, and so do versions of one project of one year
    with different budgets (`_mark_versions`): at the largest, in the largest's department only."""
    seen: set[tuple] = set()
    acc: dict[Any, float] = {}
    for r in rows:
        if r["budget_wan"] is None or not (r["budget_basis"] or "").startswith("年度") \
                or r.get("versions") and not r["version_counted"]:
            continue
        k = (r["year"], r["name"], r["unit"], r["department"], r.get("form"), r["budget_wan"])
        if k in seen:
            continue
        seen.add(k)
        acc[r["year"]] = acc.get(r["year"], 0.0) + r["budget_wan"]
    return {y: round(acc[y], 4) for y in sorted(acc, key=lambda y: (y is None, y or 0))}


def _totals_only(rows: list[dict]) -> dict[str, Any]:
    """The project totals (万元) of ROWS stating no annual budget, only 项目资金总额 — a sum of money of several years
    each, so never added to the annual budgets: each project counted once (its 项目编码, else its name as `jixiao
    history` compares names and its department), at its latest form's total (of versions of one year, the
    largest). Returns the sum, the projects counted and the years of their forms."""
    from jixiao.history import norm_name
    best: dict[tuple, dict] = {}
    for r in rows:
        if r["budget_wan"] is None or not r["budget_basis"] or r["budget_basis"].startswith("年度") \
                or r.get("versions") and not r["version_counted"]:
            continue
        k = ("code", str(r["code"]).strip()) if r.get("code") else ("name", norm_name(r["name"]), r["dept_key"])
        if k not in best or (best[k]["year"] or 0, best[k]["budget_wan"]) < (r["year"] or 0, r["budget_wan"]):
            best[k] = r
    years = sorted({r["year"] for r in best.values() if r["year"] is not None})
    return {"wan": round(sum(r["budget_wan"] for r in best.values()), 4) if best else None,
            "n": len(best), "years": years}


def _fmt_totals(t: dict[str, Any]) -> str:
    """'500 万元 (1 个项目 project, 2023)'."""
    return (f'{_fmt_wan(t["wan"])} 万元 ({t["n"]} 个项目 project{"s" if t["n"] > 1 else ""}'
            + (f', {", ".join(map(str, t["years"]))}' if t["years"] else "") + ")")


def _fmt_years(by_year: dict[Any, float]) -> str:
    return " · ".join(f"{y if y is not None else '?'}: {_fmt_wan(v)}" for y, v in by_year.items()) or "—"


def _departments(data: _Data) -> list[dict]:
    g = _groups(data.projects, "dept_key")
    g.sort(key=lambda d: (-d["n_findings"], -d["error"], str(d["key"])))
    return g


def _years(data: _Data) -> list[dict]:
    g = _groups(data.projects, "year")
    g.sort(key=lambda d: (d["key"] is None, d["key"] or 0))
    return g


def _code_counts(data: _Data) -> list[tuple[str, int]]:
    """(code, findings) in rule order, codes with no finding left out."""
    c = Counter(w["code"] for w in data.check_rows)
    order = list(RULES) + sorted(set(c) - set(RULES))
    return [(code, c[code]) for code in order if c.get(code)]


# ====================================================================== HTML helpers

def esc(s: Any) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _text_px(s: str, size: float) -> float:
    """Rough width of `s` in px at font size `size` (CJK full width, Latin ~0.6)."""
    w = 0.0
    for ch in s:
        o = ord(ch)
        if o >= 0x2E80 or 0xFF00 <= o <= 0xFFEF:
            w += size
        elif ch in "il.,:;|!'’ ":
            w += size * 0.32
        elif ch.isupper() or ch in "mwMW%@":
            w += size * 0.75
        else:
            w += size * 0.56
    return w


def _fit(s: str, max_px: float, size: float) -> str:
    if _text_px(s, size) <= max_px:
        return s
    while s and _text_px(s + "…", size) > max_px:
        s = s[:-1]
    return s + "…"


def _fmt_wan(v: float | None) -> str:
    return "—" if v is None else f"{v:,.2f}"


def _fmt_pct(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.0f}%"


def _axis(v: float) -> tuple[float, list[float]]:
    """A count axis covering v: (maximum, ticks), ticks at whole, round steps."""
    if v <= 5:
        top = max(math.ceil(v), 1)
        return top, [float(k) for k in range(top + 1)]
    e = 10 ** math.floor(math.log10(v))
    for m, n in ((1, 5), (1.2, 4), (1.5, 3), (2, 4), (2.5, 5), (3, 3), (4, 4), (5, 5), (6, 3),
                 (8, 4), (10, 5)):
        if m * e >= v:
            top = m * e
            if top / n != int(top / n):
                continue
            return top, [top / n * k for k in range(n + 1)]
    return 10 * e, [2 * e * k for k in range(6)]


def _fmt_tick(v: float) -> str:
    return f"{v:,.0f}" if abs(v - round(v)) < 1e-9 else f"{v:,.1f}"


COLORS = {"error": "#c0392b", "warning": "#e08a1e", "info": "#6b8fb5", "quality": "#2e8b6e",
          "track": "#eef1f4", "grid": "#dde2e7", "axis": "#8a96a3", "text": "#1f2933",
          "muted": "#66727f"}


def _svg_open(width: int, height: int, label: str) -> str:
    return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-label="{esc(label)}" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}">')


def _text(x: float, y: float, s: str, cls: str = "", anchor: str = "start",
          title: str | None = None) -> str:
    t = f"<title>{esc(title)}</title>" if title else ""
    c = f' class="{cls}"' if cls else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}"{c} text-anchor="{anchor}">'
            f"{t}{esc(s)}</text>")


def _rect(x: float, y: float, w: float, h: float, fill: str, title: str | None = None) -> str:
    t = f"<title>{esc(title)}</title>" if title else ""
    if t:
        return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" '
                f'fill="{fill}">{t}</rect>')
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" fill="{fill}"/>'


CHART_W = 1150


def chart_codes(counts: list[tuple[str, int]]) -> str:
    """Horizontal bars: findings per check code, coloured by severity."""
    if not counts:
        return '<p class="empty">没有审计问题 No findings.</p>'
    label_w, right = 400, 56
    top, row_h, bar_h = 28, 26, 16
    plot_w = CHART_W - label_w - right
    vmax, ticks = _axis(max(n for _, n in counts))
    h = top + row_h * len(counts) + 8
    parts = [_svg_open(CHART_W, h, "各检查项问题数 findings per check code")]
    for t in ticks:
        x = label_w + plot_w * t / vmax
        parts.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{h - 6}" '
                     f'stroke="{COLORS["grid"]}" stroke-width="1"/>')
        parts.append(_text(x, top - 12, _fmt_tick(t), "tick", "middle"))
    for k, (code, n) in enumerate(counts):
        y = top + k * row_h
        sev = severity_of(code) or "warning"
        zh = CODE_ZH.get(code, "")
        title = f"{zh} {code}: {RULES.get(code, '')} — {n}"
        label = f'<text x="{label_w - 10}" y="{y + bar_h - 3:.1f}" text-anchor="end">' \
                f"<title>{esc(title)}</title>" \
                f'<tspan class="zh">{esc(_fit(zh, 150, 13))}</tspan>' \
                f'<tspan class="code" dx="8">{esc(_fit(code, 225, 12))}</tspan></text>'
        parts.append(label)
        w = max(plot_w * n / vmax, 2)
        parts.append(_rect(label_w, y, w, bar_h, COLORS[sev], title))
        parts.append(_text(label_w + w + 6, y + bar_h - 3, str(n), "val"))
    parts.append("</svg>")
    return "".join(parts)


def chart_groups(groups: list[dict], title: str, label_of=lambda g: str(g["key"])) -> str:
    """Per group: findings stacked by severity | average target quality (0–100%)."""
    if not groups:
        return '<p class="empty">没有项目 No projects.</p>'
    label_w, gap, right = 300, 60, 48
    col_w = (CHART_W - label_w - gap - right) / 2
    top, row_h, bar_h = 46, 26, 16
    x1 = label_w                      # findings column
    x2 = label_w + col_w + gap        # target quality column
    fmax, fticks = _axis(max(g["n_findings"] for g in groups))
    h = top + row_h * len(groups) + 8
    parts = [_svg_open(CHART_W, h, title)]
    parts.append(_text(x1, 14, "问题数 findings (错误 error / 警告 warning / 提示 info)", "head"))
    parts.append(_text(x2, 14, "平均目标量化率 average target quality", "head"))
    for t in fticks:
        x = x1 + (col_w - 40) * t / fmax
        parts.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{h - 6}" '
                     f'stroke="{COLORS["grid"]}" stroke-width="1"/>')
        parts.append(_text(x, top - 12, _fmt_tick(t), "tick", "middle"))
    for t in (0, 0.25, 0.5, 0.75, 1.0):
        x = x2 + (col_w - 40) * t
        parts.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{h - 6}" '
                     f'stroke="{COLORS["grid"]}" stroke-width="1"/>')
        parts.append(_text(x, top - 12, f"{t * 100:.0f}%", "tick", "middle"))
    for k, g in enumerate(groups):
        y = top + k * row_h
        label = label_of(g)
        full = (f"{label}: {g['n_projects']} 个项目 projects, {g['n_findings']} findings "
                f"(error {g['error']}, warning {g['warning']}, info {g['info']}), "
                f"average target quality {_fmt_pct(g['target_quality'])}")
        parts.append(_text(label_w - 10, y + bar_h - 3, _fit(label, label_w - 20, 13), "lbl",
                           "end", full))
        x = x1
        for sev in SEVERITY_ORDER:
            n = g[sev]
            if n:
                w = (col_w - 40) * n / fmax
                parts.append(_rect(x, y, w, bar_h, COLORS[sev], f"{label}: {sev} {n}"))
                x += w
        parts.append(_text(x + 6, y + bar_h - 3, str(g["n_findings"]), "val"))
        parts.append(_rect(x2, y, col_w - 40, bar_h, COLORS["track"]))
        q = g["target_quality"]
        if q is not None:
            parts.append(_rect(x2, y, (col_w - 40) * q, bar_h, COLORS["quality"],
                               f"{label}: {_fmt_pct(q)}"))
        parts.append(_text(x2 + col_w - 34, y + bar_h - 3, _fmt_pct(q), "val"))
    parts.append("</svg>")
    return "".join(parts)


CSS = """
*{box-sizing:border-box}
html{background:#f4f6f8}
body{margin:0;color:#1f2933;font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC",
 "Microsoft YaHei","WenQuanYi Micro Hei","Helvetica Neue",Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:24px}
header.top{background:#1d3b57;color:#fff;padding:22px 24px 18px}
header.top .in{max-width:1152px;margin:0 auto}
header.top h1{margin:0;font-size:24px;font-weight:600}
header.top h1 small{font-size:15px;font-weight:400;opacity:.8;margin-left:10px}
header.top p{margin:6px 0 0;font-size:12.5px;opacity:.8;word-break:break-all}
section{background:#fff;border:1px solid #dfe4ea;border-radius:6px;padding:16px 20px;margin:0 0 18px}
h2{font-size:17px;margin:0 0 4px;font-weight:600}
h2 small,h3 small{font-weight:400;color:#66727f;font-size:13px}
p.note{margin:0 0 10px;color:#66727f;font-size:12.5px}
.cards{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:0 0 18px}
.card{background:#fff;border:1px solid #dfe4ea;border-radius:6px;padding:12px 14px}
.card .k{font-size:12.5px;color:#66727f}
.card .v{font-size:28px;font-weight:600;line-height:1.25;font-variant-numeric:tabular-nums}
.card .d{font-size:12px;color:#445;margin-top:2px}
.pill{display:inline-block;border-radius:10px;padding:0 7px;margin:1px 3px 1px 0;font-size:12px;
 line-height:18px;white-space:nowrap;background:#eef1f4;color:#334}
.pill.error,.sev.error{background:#fbe4e1;color:#9b2a1d}
.pill.warning,.sev.warning{background:#fdf0dc;color:#8a5206}
.pill.info,.sev.info{background:#e6eef7;color:#34577d}
.pill.ok{background:#e2f3ec;color:#1f6b52}
.pill.partial{background:#fdf0dc;color:#8a5206}
.pill.failed{background:#fbe4e1;color:#9b2a1d}
.pill.not_a_document{background:#eef1f4;color:#667}
.sev{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;white-space:nowrap}
svg.chart{display:block;width:100%;height:auto;max-width:1150px}
svg.chart text{font-size:13px;fill:#1f2933}
svg.chart text.tick{font-size:11px;fill:#8a96a3}
svg.chart text.val{font-size:12px;fill:#445}
svg.chart text.head{font-size:12.5px;font-weight:600;fill:#445}
svg.chart tspan.code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px;fill:#66727f}
.legend{font-size:12px;color:#445;margin:6px 0 0}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin:0 4px -1px 12px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid #e6eaee;text-align:left;vertical-align:top}
th{background:#f0f3f6;font-weight:600;font-size:12.5px;position:sticky;top:0;z-index:1}
th small{display:block;font-weight:400;color:#66727f}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.c{white-space:nowrap}
tr.dept td{background:#e9eef4;font-weight:600;border-top:2px solid #c8d3de}
tr.dept td .meta{font-weight:400;color:#556;margin-left:10px;font-size:12.5px}
td.nm a{color:#1d4f80;text-decoration:none}
td.nm a:hover{text-decoration:underline}
.q{display:inline-block;min-width:64px;text-align:right;padding:0 4px;border-radius:2px;
 background:linear-gradient(90deg,#cfe9df var(--q),#eef1f4 var(--q))}
code,.mono{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px}
.proj{border-top:1px solid #e6eaee;padding:12px 0 4px}
.proj:first-of-type{border-top:0}
.proj h3{font-size:15px;margin:0 0 2px}
.proj .src{margin:0 0 6px;font-size:12.5px;color:#556;word-break:break-all}
table.fixed{table-layout:fixed}
table.fixed td{overflow-wrap:anywhere}
.proj table td .zh{color:#66727f;font-size:12px;white-space:nowrap}
.proj h3 a.up{float:right;color:#8a96a3;text-decoration:none;font-weight:400}
.basis{color:#8a96a3;font-size:11.5px}
a.src{color:#1d4f80}
.empty{padding:22px;text-align:center;color:#66727f;font-size:15px;background:#f7f9fb;
 border:1px dashed #cfd6dd;border-radius:6px;margin:0}
dl.codes{display:grid;grid-template-columns:300px 1fr;gap:3px 14px;margin:0;font-size:12.5px}
dl.codes dt{margin:0}
dl.codes dd{margin:0;color:#445}
footer{color:#8a96a3;font-size:12px;text-align:center;padding:4px 0 24px}
@media (max-width:900px){.cards{grid-template-columns:repeat(2,1fr)}}
@media print{th{position:static}section{break-inside:avoid-page}}
"""


def _pills(counter: dict[str, int], order: Iterable[str], labels: dict[str, str]) -> str:
    return "".join(f'<span class="pill {esc(k)}">{esc(labels.get(k, k))} {counter[k]}</span>'
                   for k in order if counter.get(k))


def _code_pills(codes: list[str]) -> str:
    out = []
    for c in codes:
        sev = severity_of(c) or ""
        tip = f"{CODE_ZH.get(c, '')} {RULES.get(c, '')}".strip()
        out.append(f'<span class="pill {esc(sev)}" title="{esc(tip)}">{esc(c)}</span>')
    return "".join(out)


def _src_link(uri: str | None, text: str, exists: bool = True) -> str:
    if not uri:
        return esc(text)
    tip = "" if exists else ' title="写报告时文件不存在 file not found when the report was written"'
    return f'<a class="src" href="{esc(uri)}"{tip}>{esc(text)}</a>'


def _header(data: _Data) -> str:
    docs = data.documents
    status = Counter(shown_status(d) for d in docs)
    sev = Counter(w["severity"] for w in data.check_rows)
    parser = sum(1 for w in data.warnings if w["severity"] is None)
    parser_codes = Counter(w.get("code") for w in data.warnings if w["severity"] is None)
    with_findings = sum(1 for p in data.projects if p["n_findings"])
    top_parser = ", ".join(f"{c} {n}" for c, n in parser_codes.most_common(3))
    cards = [
        ("文件 Documents", len(docs),
         _pills(status, STATUS_ORDER, STATUS_LABEL)
         + "".join(f'<span class="pill">{esc(k)} {v}</span>' for k, v in status.items()
                   if k not in STATUS_LABEL)),
        ("项目 Projects", len(data.projects),
         f"{with_findings} 个有问题 with findings" if data.projects else "—"),
        ("绩效指标 Indicators", data.n_indicators,
         f"平均目标量化率 avg target quality "
         f"{_fmt_pct(_mean(p['target_quality'] for p in data.projects))}"),
        ("审计问题 Findings", sum(sev.values()),
         _pills(sev, SEVERITY_ORDER, SEVERITY_LABEL) or "—"),
        ("解析警告 Parser warnings", parser, esc(top_parser) or "—"),
    ]
    return '<div class="cards">' + "".join(
        f'<div class="card"><div class="k">{esc(k)}</div><div class="v">{v:,}</div>'
        f'<div class="d">{d}</div></div>' for k, v, d in cards) + "</div>"


def _legend() -> str:
    return '<p class="legend">' + "".join(
        f'<i style="background:{COLORS[s]}"></i>{esc(SEVERITY_LABEL[s])}' for s in SEVERITY_ORDER) + \
        f'<i style="background:{COLORS["quality"]}"></i>目标量化率 target quality</p>'


def _unread(data: _Data) -> list[dict]:
    """The documents that failed or gave no project: the failed first, the lock, temp and system files last."""
    rows = [d for d in data.documents if d.get("status") == "failed" or not d.get("n_projects")]
    rows.sort(key=lambda d: (d.get("status") != "failed", bool(d.get("not_a_document")), d.get("path") or ""))
    return rows


def _why(d: dict) -> str:
    """Why a document gave no project: its error, what it is (a lock file …), or the layout it was read with."""
    why = d.get("error") or d.get("not_a_document") or (f"layout {d.get('layout')}" if d.get("layout") else "")
    if not d.get("error") and d.get("n_assessment_items"):
        why += f" · {d['n_assessment_items']} 考核项 assessment items"
    return why


def _unread_docs(data: _Data) -> str:
    rows = _unread(data)
    if not rows:
        return ""
    body = []
    for d in rows:
        st = shown_status(d)
        uri = _uri(d.get("abs_path"), d.get("format"), None)
        exists = bool(d.get("abs_path") and Path(d["abs_path"]).exists())
        why = _why(d)
        body.append(f'<tr><td class="c"><span class="pill {esc(st)}">{esc(STATUS_LABEL.get(st, st))}'
                    f'</span></td><td>{_src_link(uri, d.get("path") or "", exists)}</td>'
                    f'<td class="c">{esc(d.get("format") or "—")}</td><td>{esc(why)}</td></tr>')
    return ('<section id="docs"><h2>没有项目的文件 Documents without projects '
            f'<small>{len(rows)}</small></h2><p class="note">读取失败或未识别出项目表的文件 '
            'Files that failed or gave no project form (考核任务分解表 give assessment items, '
            'not projects).</p><table><thead><tr><th>状态<small>status</small></th><th>文件'
            '<small>document</small></th><th>格式<small>format</small></th><th>原因'
            '<small>reason</small></th></tr></thead><tbody>' + "".join(body) +
            "</tbody></table></section>")


def _project_table(data: _Data, depts: list[dict]) -> str:
    by_dept: dict[str, list[dict]] = defaultdict(list)
    for p in data.projects:
        by_dept[p["dept_key"]].append(p)
    head = ("<thead><tr><th class=\"n\">年度<small>year</small></th><th>项目名称<small>project</small>"
            "</th><th>单位<small>unit</small></th><th class=\"n\">预算（万元）<small>budget</small>"
            "</th><th class=\"n\">问题<small>findings</small></th><th class=\"n\">目标量化率"
            "<small>target quality</small></th><th>检查项<small>codes</small></th></tr></thead>")
    body = []
    for d in depts:
        body.append(
            f'<tr class="dept"><td colspan="7">{esc(d["key"])}<span class="meta">'
            f'{d["n_projects"]} 个项目 projects · {d["n_findings"]} 个问题 findings · '
            f'平均目标量化率 avg target quality {_fmt_pct(d["target_quality"])} · '
            f'年度预算 annual budget {esc(_fmt_years(d["budget_by_year"]))} 万元'
            + (f' · 仅有项目总额（可跨年度，未计入年度预算）project totals only (may span years, not in the annual '
               f'budget) {esc(_fmt_totals(d["totals"]))}' if d["totals"]["n"] else "")
            + (f' · <a href="#versions">{d["in_versions"]} 个项目有多个版本，按最大者计一次 projects in versions, '
               'counted once at the largest</a>' if d["in_versions"] else "") + '</span></td></tr>')
        for p in by_dept[d["key"]]:
            name = esc(p["name"] or NO_NAME)
            if p["n_findings"]:
                name = f'<a href="#{p["anchor"]}">{name}</a>'
            basis = f' <span class="basis">{esc(p["budget_basis"].split()[0])}</span>' \
                if p["budget_basis"] else ""
            if p["versions"]:
                basis += (f' <a class="basis" href="#v{p["versions"]}" title="同一项目同一年度有 {p["n_versions"]} '
                          f'个不同预算的版本 one of {p["n_versions"]} versions">版本 {p["n_versions"]}</a>')
            q = p["target_quality"]
            qcell = (f'<span class="q" style="--q:{q * 100:.1f}%">{_fmt_pct(q)}</span>'
                     if q is not None else "—")
            unit = p["unit"] if p["unit"] and p["unit"] != d["key"] else (p["unit"] or "—")
            body.append(
                f'<tr><td class="n">{esc(p["year"] if p["year"] is not None else "—")}</td>'
                f'<td class="nm">{name}</td><td>{esc(unit)}</td>'
                f'<td class="n">{_fmt_wan(p["budget_wan"])}{basis}</td>'
                f'<td class="n">{p["n_findings"]}</td><td class="n">{qcell}</td>'
                f'<td class="codes">{_code_pills(p["codes"])}</td></tr>')
    return ('<section id="projects"><h2>部门与项目 Departments and projects '
            f'<small>{len(depts)} 个部门 departments, {len(data.projects)} 个项目 projects</small></h2>'
            '<p class="note">部门为空时按填报单位归组；预算取年度预算，没有时取项目总预算；部门预算按年度合计年度预算。 '
            'Grouped by department (the unit when the department is empty), sorted by findings; '
            'budget is the annual budget, else the project total, in 万元; a department\'s budget is the sum '
            'of its annual budgets per year (a form held by two files counted once, versions of one project of one year '
            'with different budgets once at the largest); the projects stating only a project total (项目资金总额, '
            'often of several years) are summed apart, each project once at its latest form\'s total, never added to '
            'the annual budgets.</p>'
            '<table class="fixed"><colgroup><col style="width:58px"><col style="width:250px">'
            '<col style="width:240px"><col style="width:138px"><col style="width:62px">'
            '<col style="width:96px"><col></colgroup>'
            f'{head}<tbody>{"".join(body)}</tbody></table></section>')


def _versions_section(data: _Data) -> str:
    """One project of one year read from several documents with different budgets: each group with its versions."""
    if not data.versions:
        return ""
    items = []
    for n, g in enumerate(data.versions, 1):
        p = g[0]
        what = f'项目编码 {esc(p["code"])}' if p.get("code") else "同名 same name"
        trs = []
        for r in g:
            exists = bool(r["abs_path"] and Path(r["abs_path"]).exists())
            loc = f' {esc(r["location"])}' if r["location"] else ""
            trs.append(f'<tr><td class="n">{_fmt_wan(r["budget_wan"])} <span class="basis">'
                       f'{esc((r["budget_basis"] or "").split()[0])}</span></td><td class="nm">{esc(r["name"] or NO_NAME)}'
                       f'</td><td>{esc(r["unit"] or "—")}</td><td>{_src_link(r["uri"], r["path"] or "", exists)}{loc}'
                       '</td></tr>')
        items.append(
            f'<div class="proj" id="v{n}"><h3>{esc(p["name"] or NO_NAME)} <small>{esc(p["year"])} · '
            f'{esc(p["dept_key"])} · {what} · {len(g)} 个版本 versions</small></h3>'
            '<table class="fixed"><colgroup><col style="width:150px"><col style="width:260px">'
            '<col style="width:240px"><col></colgroup><thead><tr><th class="n">预算（万元）<small>budget</small></th>'
            '<th>项目名称<small>project</small></th><th>单位<small>unit</small></th><th>文件<small>document'
            f'</small></th></tr></thead><tbody>{"".join(trs)}</tbody></table></div>')
    return ('<section id="versions"><h2>同一项目同一年度的多个版本 Versions of one project in one year '
            f'<small>{len(data.versions)}</small></h2><p class="note">同一年度、同一表种、同一项目编码（无编码时同名同部门）'
            '的项目出现在多个文件中且预算不同：草稿与定稿、重复申报，或录入错误。部门合计只按最大者计一次。 '
            'The same project (the same year, form and 项目编码, else name and department) in several documents with '
            'different budgets: a draft and the final form, a form declared twice, or a typing error. A department\'s '
            'total counts it once, at the largest.</p>' + "".join(items) + "</section>")


def _project_findings(data: _Data) -> str:
    items = []
    for p in data.projects:
        rows = data.findings.get(p["project_id"])
        if not rows:
            continue
        exists = bool(p["abs_path"] and Path(p["abs_path"]).exists())
        meta = " · ".join(esc(x) for x in (p["year"], p["department"], p["unit"]) if x)
        sev = Counter(w["severity"] for w in rows)
        src = _src_link(p["uri"], p["path"] or "", exists)
        loc = f' {esc(p["location"])}' if p["location"] else ""
        trs = []
        for w in rows:
            code = w.get("code") or ""
            where = w["location"] or "—"
            trs.append(
                f'<tr><td><span class="sev {esc(w["severity"])}">{esc(SEVERITY_LABEL[w["severity"]])}'
                f'</span></td><td><code>{esc(code)}</code> <span class="zh">{esc(CODE_ZH.get(code, ""))}'
                f'</span></td><td>{esc(w.get("message"))}</td>'
                f'<td>{_src_link(w["uri"], where, exists) if w["location"] else esc(where)}</td></tr>')
        items.append(
            f'<div class="proj" id="{p["anchor"]}"><h3>{esc(p["name"] or NO_NAME)} '
            f'<small>{meta}</small> {_pills(sev, SEVERITY_ORDER, SEVERITY_LABEL)}'
            '<a class="up" href="#projects" title="返回项目表 back to the project table">↑</a></h3>'
            f'<p class="src">来源 source: {src}{loc}</p>'
            '<table class="fixed"><colgroup><col style="width:100px"><col style="width:330px"><col>'
            '<col style="width:150px"></colgroup>'
            '<thead><tr><th>级别<small>severity</small></th><th>检查项<small>code</small></th>'
            '<th>说明<small>message</small></th><th>位置<small>location</small></th></tr></thead>'
            f'<tbody>{"".join(trs)}</tbody></table></div>')
    if not items:
        return ""
    return ('<section id="findings"><h2>问题明细 Findings by project '
            f'<small>{len(items)} 个项目 projects</small></h2>'
            '<p class="note">链接打开源文件（PDF 跳到对应页）。 Links open the source document '
            '(PDFs at the page); the location gives the line (text dumps), page (PDF), '
            'table and row (Word, HTML) or sheet and row (spreadsheets).</p>'
            + "".join(items) + "</section>")


def _codes_legend() -> str:
    rows = []
    for code, desc in RULES.items():
        sev = severity_of(code)
        rows.append(f'<dt><span class="sev {esc(sev)}">{esc(sev)}</span> <code>{esc(code)}</code></dt>'
                    f'<dd>{esc(CODE_ZH.get(code, ""))} — {esc(desc)}</dd>')
    return ('<section id="codes"><h2>检查项说明 Check codes</h2>'
            f'<dl class="codes">{"".join(rows)}</dl></section>')


def render_html(data: _Data) -> str:
    """The report page for loaded data (see the module docstring)."""
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()
    created = data.manifest.get("created")
    sub = (f"数据目录 dataset {esc(data.outdir.resolve())}"
           + (f" · 提取于 extracted {esc(created)}" if created else "")
           + f" · 报告生成 report written {esc(now)} · jixiao {esc(__version__)}")
    parts = [
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>绩效表审计报告 jixiao audit report</title>",
        f"<style>{CSS}</style></head><body>",
        '<header class="top"><div class="in"><h1>绩效表审计报告<small>jixiao audit report</small></h1>'
        f"<p>{sub}</p></div></header><main>",
        _header(data),
    ]
    if not data.projects:
        parts.append('<section><p class="empty">本数据集中没有项目，无可审计内容。<br>'
                     "No projects in this dataset: nothing to audit.</p></section>")
        parts.append(_unread_docs(data))
    else:
        depts = _departments(data)
        years = _years(data)
        shown = depts[:CHART_MAX_ROWS]
        more = (f" — 图中显示问题最多的 {len(shown)} 个部门 the {len(shown)} departments with the most "
                f"findings (of {len(depts)}; all are in the table)") if len(depts) > len(shown) else ""
        parts.append(
            '<section id="codes-chart"><h2>各检查项问题数 Findings per check code</h2>'
            '<p class="note">每个条形为一个检查项，颜色表示级别。 One bar per audit check, coloured by '
            'severity.</p>' + chart_codes(_code_counts(data)) + _legend() + "</section>")
        parts.append(
            '<section id="by-year"><h2>按年度 By year <small>问题数与平均目标量化率 findings and average '
            'target quality</small></h2><p class="note">目标量化率：项目指标中目标值含数字的比例（按项目平均）。 '
            'Target quality: share of a project\'s indicators whose target has a number, averaged '
            'over projects.</p>'
            + chart_groups(years, "按年度 by year",
                           lambda g: NO_YEAR if g["key"] is None else f"{g['key']} 年")
            + "</section>")
        parts.append(
            '<section id="by-department"><h2>按部门 By department <small>部门为空时取单位 the unit when '
            f'the department is empty</small></h2><p class="note">按问题数排序 sorted by findings{esc(more)}'
            '</p>' + chart_groups(shown, "按部门 by department") + _legend() + "</section>")
        parts.append(_project_table(data, depts))
        parts.append(_versions_section(data))
        parts.append(_project_findings(data))
        parts.append(_unread_docs(data))
    parts.append(_codes_legend())
    parts.append(f"<footer>jixiao {esc(__version__)} · {esc(HTML_FILE)} · "
                 "无脚本、无外部资源 no scripts, no external assets</footer></main></body></html>")
    return "\n".join(p for p in parts if p)


# ====================================================================== XLSX

def _xlsx(data: _Data, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6EF")
    wrap = Alignment(wrap_text=True, vertical="top")
    fmt = {"int": "0", "wan": "#,##0.00", "pct": "0.0%", "text": None, "wrap": None}
    max_rows = 1_048_575          # Excel's limit, header row excluded

    def sheet(name: str, cols: list[tuple[str, str, int]], rows: Iterable[list]) -> None:
        ws = wb.create_sheet(title=name)
        ws.freeze_panes = "A2" if name != "findings" else "D2"
        for k, (_, _, width) in enumerate(cols, 1):
            ws.column_dimensions[get_column_letter(k)].width = width
        header = []
        for title, _, _ in cols:
            c = WriteOnlyCell(ws, value=title)
            c.font, c.fill = bold, fill
            header.append(c)
        ws.append(header)
        n = 0
        for row in rows:
            if n >= max_rows:
                break
            out = []
            for (_, kind, _), v in zip(cols, row):
                if isinstance(v, float) and math.isnan(v):
                    v = None
                if isinstance(v, str):
                    v = ILLEGAL_CHARACTERS_RE.sub("", v)[:32_767]
                c = WriteOnlyCell(ws, value=v)
                if isinstance(v, str) and v.startswith("="):
                    c.data_type = "s"           # text, never a formula
                if v is not None and fmt.get(kind) and not isinstance(v, str):
                    c.number_format = fmt[kind]
                if kind == "wrap":
                    c.alignment = wrap
                out.append(c)
            ws.append(out)
            n += 1
        ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(n + 1, 1)}"

    # summary
    status = Counter(shown_status(d) for d in data.documents)
    sev = Counter(w["severity"] for w in data.check_rows)
    summary: list[list] = [["documents", "total", "文件 documents", len(data.documents), None]]
    for s in (*STATUS_ORDER, *sorted(k for k in status if k not in STATUS_LABEL and k)):
        summary.append(["documents", s, STATUS_LABEL.get(s, s), status.get(s, 0), None])
    summary += [
        ["projects", "total", "项目 projects", len(data.projects),
         _mean(p["target_quality"] for p in data.projects)],
        ["projects", "with_findings", "有问题的项目 projects with findings",
         sum(1 for p in data.projects if p["n_findings"]), None],
        ["indicators", "total", "绩效指标 indicators", data.n_indicators, None],
        ["findings", "total", "审计问题 findings", sum(sev.values()), None],
    ]
    for s in SEVERITY_ORDER:
        summary.append(["findings", s, SEVERITY_LABEL[s], sev.get(s, 0), None])
    summary.append(["parser_warnings", "total", "解析警告 parser warnings",
                    sum(1 for w in data.warnings if w["severity"] is None), None])
    for code, n in _code_counts(data):
        summary.append(["code", code, f"{CODE_ZH.get(code, '')} {RULES.get(code, '')}".strip(), n, None])
    for g in _years(data) if data.projects else []:
        summary.append(["year", g["key"] if g["key"] is not None else "unknown",
                        f"{g['n_projects']} 个项目 projects", g["n_findings"], g["target_quality"]])
    sheet("summary", [("类别 section", "text", 16), ("项 item", "text", 32),
                      ("说明 label", "text", 60), ("数量 count", "int", 12),
                      ("平均目标量化率 avg target quality", "pct", 16)], summary)

    sheet("findings", [
        ("部门 department", "text", 30), ("年度 year", "int", 8), ("项目名称 project", "text", 36),
        ("单位 unit", "text", 30), ("预算（万元）budget", "wan", 14), ("预算口径 budget basis", "text", 12),
        ("问题 findings", "int", 10), ("错误 errors", "int", 9), ("警告 warnings", "int", 10),
        ("提示 info", "int", 9), ("目标量化率 target quality", "pct", 12),
        ("模糊目标 vague targets", "int", 10), ("指标数 indicators", "int", 10),
        ("检查项 codes", "text", 40), ("文件 document", "text", 48), ("page", "int", 7),
        ("line", "int", 7), ("位置 location", "text", 16), ("project_id", "text", 22),
        ("doc_id", "text", 20)],
        ([p["dept_key"], p["year"], p["name"], p["unit"], p["budget_wan"], p["budget_basis"],
          p["n_findings"], p["n_error"], p["n_warning"], p["n_info"], p["target_quality"],
          p["vague_targets"], p["n_indicators"], ", ".join(p["codes"]), p["path"], p["page"],
          p["line"], p["location"], p["project_id"], p["doc_id"]] for p in data.projects))

    sheet("warnings", [
        ("级别 severity", "text", 10), ("代码 code", "text", 28), ("名称 name", "text", 20),
        ("说明 message", "wrap", 80), ("项目名称 project", "text", 28), ("文件 document", "text", 48),
        ("page", "int", 7), ("line", "int", 7), ("位置 location", "text", 16),
        ("project_id", "text", 22), ("doc_id", "text", 20)],
        ([w["severity"] or "parser", w.get("code"), CODE_ZH.get(w.get("code") or "", ""),
          w.get("message"), w["project_name"], w["path"], w.get("page"), w.get("line"),
          w["location"], w.get("project_id"), w.get("doc_id")] for w in data.warnings))

    budget_years = sorted({p["year"] for p in data.projects
                           if p["budget_wan"] is not None and (p["budget_basis"] or "").startswith("年度")},
                          key=lambda y: (y is None, y or 0))
    sheet("departments", [
        ("部门 department", "text", 36), ("项目 projects", "int", 10),
        ("有问题项目 with findings", "int", 12), ("问题 findings", "int", 10),
        ("错误 errors", "int", 9), ("警告 warnings", "int", 10), ("提示 info", "int", 9),
        ("平均目标量化率 avg target quality", "pct", 16)]
        + [(f"{y if y is not None else '?'} 年度预算合计（万元）annual budget", "wan", 16) for y in budget_years]
        + [("仅有总额的项目（未计入）total only, not added", "int", 14),
           ("仅有总额的项目总额合计（万元，可跨年度，每项目计一次）project totals only (may span years; each project once)",
            "wan", 22),
           ("多版本项目（计一次）projects in versions, counted once", "int", 16)],
        ([d["key"], d["n_projects"], d["with_findings"], d["n_findings"], d["error"],
          d["warning"], d["info"], d["target_quality"]] + [d["budget_by_year"].get(y) for y in budget_years]
         + [d["total_only"], d["totals"]["wan"], d["in_versions"]]
         for d in (_departments(data) if data.projects else [])))

    sheet("versions", [
        ("组 group", "int", 7), ("年度 year", "int", 8), ("部门 department", "text", 30),
        ("项目编码 project code", "text", 24), ("项目名称 project", "text", 36), ("单位 unit", "text", 30),
        ("预算（万元）budget", "wan", 14), ("预算口径 budget basis", "text", 12), ("计入合计 counted", "text", 10),
        ("文件 document", "text", 48), ("位置 location", "text", 16), ("project_id", "text", 22)],
        ([n, r["year"], r["dept_key"], r["code"], r["name"], r["unit"], r["budget_wan"], r["budget_basis"],
          "是 yes" if r["version_counted"] and (r["budget_basis"] or "").startswith("年度") else "否 no",
          r["path"], r["location"],
          r["project_id"]] for n, g in enumerate(data.versions, 1) for k, r in enumerate(g)))

    # every document: those that failed or gave no project first (as the page's list), then the others
    unread = _unread(data)
    ids = {id(d) for d in unread}
    sheet("documents", [
        ("状态 status", "text", 16), ("文件 document", "text", 60), ("格式 format", "text", 8),
        ("项目 projects", "int", 9), ("原因 reason", "wrap", 80), ("doc_id", "text", 20)],
        ([STATUS_LABEL.get(shown_status(d), shown_status(d)), d.get("path"), d.get("format"), d.get("n_projects"),
          _why(d) if id(d) in ids else None, d.get("doc_id")]
         for d in unread + sorted((d for d in data.documents if id(d) not in ids), key=lambda d: d.get("path") or "")))
    wb.save(path)


# ====================================================================== entry point

def _atomic(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(outdir: str | Path, dest: str | Path | None = None) -> dict[str, Path]:
    """Given a jixiao output folder, write ``report.html`` and ``report.xlsx`` into DEST
    (default ``OUTDIR/report``, created if missing) and return
    ``{"html": <path>, "xlsx": <path>}``.

    Raises FileNotFoundError when OUTDIR holds no ``documents.parquet``.
    """
    outdir = Path(outdir)
    data = _load(outdir)
    dest = Path(dest) if dest is not None else outdir / "report"
    dest.mkdir(parents=True, exist_ok=True)
    page = render_html(data)
    html_path, xlsx_path = dest / HTML_FILE, dest / XLSX_FILE
    _atomic(html_path, lambda p: p.write_text(page, encoding="utf-8"))
    _atomic(xlsx_path, lambda p: _xlsx(data, p))
    return {"html": html_path, "xlsx": xlsx_path}
