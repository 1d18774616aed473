"""`jixiao serve OUTDIR`: a local, read-only web app over one dataset (standard library WSGI, no framework).

Pages (all GET):

``/``                      search box and filters (the same as ``jixiao search``), facet counts (year,
                           department, level1, warning codes), ranked hits, links to CSV/XLSX export
``/project/<project_id>``  one project: its fields, indicators, budget lines, scores and warnings
``/history?name=..``       the history view (``jixiao.history``); ``?project=<id>`` for one project's line-up
``/source/<doc_id>``       the source of a row: a text dump's lines (``?line=N`` highlighted), a PDF page
                           image with the cells outlined (``?page=N&mark=text``), an office file's table
``/source/<doc_id>/page-<n>.png``  that page image
``/export.csv``, ``/export.xlsx``  the current result (``view=search`` with the search parameters,
                           ``view=history``, ``view=project``) as CSV (UTF-8 with BOM) or a workbook

Safety: the server binds 127.0.0.1 unless told otherwise, answers only GET/HEAD, and
reads only the dataset's tables and the documents listed in its ``documents``
table (looked up by ``doc_id``; no path ever comes from a request, so nothing
else on disk can be reached). Every value from a document is HTML-escaped, and
a Content-Security-Policy forbids scripts on every page.
"""
from __future__ import annotations

import csv
import html
import io
import re
from normalize._lazy_re import lazy
import threading
import urllib.parse
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any, Callable, Iterable
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from jixiao import history as H
from jixiao import search as S

PAGE_SIZE = 50
MATCHED_SHOWN = 5           # a project searched by its indicators: the matching ones listed in its row
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
LEVEL1_LABEL = {"input": "投入 input", "output": "产出 output", "outcome": "效益 outcome",
                "impact": "影响 impact", "satisfaction": "满意度 satisfaction"}
_DOC_ID = lazy(r"[0-9a-f]{64}\Z")


def esc(v: Any) -> str:
    """Any value as HTML text (None -> empty)."""
    if v is None:
        return ""
    if isinstance(v, float):
        v = f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v) >= 1000 else f"{v:g}"
    return html.escape(str(v), quote=True)


def url(path: str, params: dict[str, Any] | Iterable[tuple[str, Any]] = ()) -> str:
    """A same-site URL with query parameters (lists repeat), already escaped for an attribute."""
    items = params.items() if isinstance(params, dict) else params
    pairs = []
    for k, v in items:
        for x in (v if isinstance(v, (list, tuple)) else [v]):
            if x not in (None, ""):
                pairs.append((k, str(x)))
    q = urllib.parse.urlencode(pairs)
    return esc(urllib.parse.quote(path) + ("?" + q if q else ""))


STYLE = """
body{font-family:"Noto Sans CJK SC","Noto Sans",sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{background:#23395d;color:#fff;padding:.6em 1em;display:flex;gap:1.5em;align-items:center}
header a{color:#fff;text-decoration:none;font-weight:bold}
main{padding:1em;display:flex;gap:1.2em;align-items:flex-start}
aside{min-width:15em;max-width:18em;background:#fff;border:1px solid #d0d7de;padding:.6em;font-size:.9em}
aside h3{margin:.6em 0 .2em;font-size:1em}
aside a{text-decoration:none}
section{flex:1;min-width:0}
form.search{background:#fff;border:1px solid #d0d7de;padding:.6em;margin-bottom:.8em}
form.search input[type=text]{width:7em}
form.search input[name=q]{width:24em;font-size:1.1em}
form.search label{margin-right:.6em;white-space:nowrap;display:inline-block;margin-top:.3em}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #d0d7de;padding:.25em .45em;text-align:left;vertical-align:top;font-size:.92em}
th{background:#eef1f4}
td.num{text-align:right;white-space:nowrap}
.muted{color:#6a737d}
.pill{display:inline-block;background:#fde7c2;border-radius:.8em;padding:0 .5em;margin:1px;font-size:.85em}
.changed{background:#fff3b0}.new{background:#d7f5dd}.dropped{background:#fbd3d0;color:#8a1c12}
.src{font-family:"Noto Sans Mono CJK SC",monospace;font-size:.9em;white-space:pre-wrap;background:#fff;
 border:1px solid #d0d7de}
.src div{padding:0 .5em}.src .hl{background:#fff3b0;outline:2px solid #e0a000}
.src .ln{color:#6a737d;display:inline-block;width:4.5em;user-select:none}
.facet-on{font-weight:bold}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;background:#fff;border:1px solid #d0d7de;
 padding:.6em}
dl.fields dt{color:#57606a}dl.fields dd{margin:0;white-space:pre-wrap}
.bar a{margin-right:1em}
"""


def page(title: str, body: str) -> str:
    return ("<!doctype html><html lang='zh'><head><meta charset='utf-8'>"
            f"<title>{esc(title)} · jixiao</title><style>{STYLE}</style></head><body>"
            f"<header><a href='/'>jixiao 绩效</a><span>{esc(title)}</span>"
            f"<a href='{url('/history')}'>history</a></header>{body}</body></html>")


def host_name(host: str | None) -> str:
    """The name in a Host header, without the port: `127.0.0.1:8765` -> `127.0.0.1`, `[::1]:80` -> `::1`."""
    h = (host or "").strip()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if ":" in h else h


class NotFound(Exception):
    pass


class BadRequest(Exception):
    pass


def _value(params: dict[str, list[str]], name: str) -> tuple[float, bool] | None:
    """A value filter's number and whether it was written as a percent (90%), as the CLI reads it
    (search.parse_value: 2,000, ９０, 90%)."""
    v = (params.get(name) or [""])[0].strip()
    if not v:
        return None
    try:
        return S.parse_value(v)
    except ValueError as e:
        raise BadRequest(f"{name}: " + str(e).replace("--value-", "value_"))


def _floats(params: dict[str, list[str]], name: str) -> float | None:
    got = _value(params, name)
    return None if got is None else got[0]


SEARCH_PARAMS = ("q", "year", "department", "org", "form", "level1", "op", "unit", "value_lt", "value_le",
                 "value_gt", "value_ge", "value_eq", "warning", "kind", "project", "page")
HISTORY_PARAMS = ("name", "project", "org", "threshold")
SOURCE_PARAMS = ("line", "page", "mark", "all")
# names an auditor may bring from the CLI (its --options) or guess
_ALIASES = {"has_warning": "warning", "has-warning": "warning", "text": "q", "query": "q", "years": "year",
            "unit_of": "unit", "level": "level1", "offset": "page"}


def check_params(params: dict[str, list[str]], known: Iterable[str]) -> None:
    """A parameter the page does not know is a 400 naming it, the near known name and the known ones (a
    misspelt filter ignored silently returned the whole dataset: ?yeer=2022, has_warning=…)."""
    import difflib
    known = list(dict.fromkeys(known))
    bad = [n for n in params if n not in known]
    if not bad:
        return
    hints = []
    for n in bad:
        alias = _ALIASES.get(n.replace("-", "_")) or _ALIASES.get(n)
        if alias is None and n.replace("-", "_") in known:
            alias = n.replace("-", "_")
        near = [alias] if alias in known else difflib.get_close_matches(n, known, n=1, cutoff=0.6)
        hints.append(f"{n}" + (f" (did you mean {near[0]}?)" if near else ""))
    raise BadRequest(f"unknown parameter {', '.join(hints)}; known: {', '.join(known)}")


def query_of(params: dict[str, list[str]]) -> S.Query:
    """The search of a request's parameters (names as in Query.params)."""
    def many(n: str) -> list[str]:
        return [v.strip() for v in params.get(n, []) if v.strip()]
    try:
        years = [y for v in many("year") for y in S.parse_years(v)]
    except ValueError as e:
        raise BadRequest(f"year: {e}")
    try:
        pg = max(1, int((params.get("page") or ["1"])[0] or 1))
    except ValueError:
        raise BadRequest("page must be an integer")
    kind = (params.get("kind") or [""])[0] or None
    if kind not in (None, "project", "indicator"):
        raise BadRequest("kind must be project or indicator")
    bad = [v for v in many("form") if v not in S.FORMS]
    if bad:
        raise BadRequest(f"unknown form {', '.join(bad)}; known: {', '.join(S.FORMS)}")
    try:                             # (as the CLI reads them: 满意度, 产出指标; ≥, 不低于)
        level1 = [S.parse_level1(v) for v in many("level1")]
        ops = [S.parse_op(v) for v in many("op")]
    except ValueError as e:
        raise BadRequest(str(e))
    pct = any((_value(params, n) or (0, False))[1] for n in ("value_lt", "value_le", "value_gt", "value_ge",
                                                               "value_eq"))
    q = S.Query(text=(params.get("q") or [""])[0], years=years, departments=many("department"),
                   orgs=many("org"), forms=many("form"), level1=level1, ops=ops,
                   units=many("unit") or (["%"] if pct else []),       # (value_lt=90%: percent targets)
                   value_lt=_floats(params, "value_lt"), value_le=_floats(params, "value_le"),
                   value_gt=_floats(params, "value_gt"), value_ge=_floats(params, "value_ge"),
                   value_eq=_floats(params, "value_eq"), warnings=many("warning"), kind=kind,
                   limit=PAGE_SIZE, offset=(pg - 1) * PAGE_SIZE)
    return q


def _num_text(v: Any) -> str:
    vals = v if isinstance(v, list) else [v]
    return f"{vals[0]:g}" if vals else ""


class App:
    """The WSGI application over one dataset folder."""

    def __init__(self, outdir: str | Path, allowed_hosts: Iterable[str] | None = None):
        self.outdir = Path(outdir)
        # bound to loopback: answer only requests addressed to it (no DNS-rebinding from a web page)
        self.allowed_hosts = set(allowed_hosts) if allowed_hosts is not None else None
        self._lock = threading.Lock()
        self.stamp = None
        self._load()

    def _load(self) -> None:
        """(Re)open the dataset: its index (rebuilt when stale), its tables, its documents."""
        import duckdb

        from jixiao.report import _resolve
        stamp = S.dataset_stamp(self.outdir)
        S.ensure_index(self.outdir)
        con = S.connect(self.outdir)
        from jixiao.dataset import read_table
        db = duckdb.connect()
        arrow = {}
        for t in ("documents", "projects", "indicators", "budget_items", "scores", "warnings", "findings"):
            try:                                  # the committed rows (a dataset of parts: as its manifest says)
                arrow[t] = read_table(self.outdir, t)
            except FileNotFoundError:
                from jixiao.schema import arrow_schema
                arrow[t] = arrow_schema(t).empty_table()
            db.register("_arrow_src", arrow[t])      # copied in: cursors (one per request) see tables, not views
            db.execute(f"CREATE TABLE {t} AS SELECT * FROM _arrow_src")
            db.unregister("_arrow_src")
        docs: dict[str, dict] = {}
        for doc_id, path, fmt, enc in db.execute("SELECT doc_id, path, format, encoding FROM documents").fetchall():
            docs[doc_id] = {"path": path, "format": fmt, "encoding": enc, "abs": _resolve(path, self.outdir)}
        self._codes = [r[0] for r in con.execute("SELECT DISTINCT code FROM hit_warnings ORDER BY 1").fetchall()]
        self._known = sorted(set(S.known_codes()) | set(self._codes))    # (every code jixiao emits, and the dataset's)
        self._years = [r[0] for r in con.execute(
            "SELECT DISTINCT year FROM hits WHERE year IS NOT NULL ORDER BY 1 DESC").fetchall()]
        self.con, self.db, self.docs, self.stamp = con, db, docs, stamp

    def refresh(self) -> None:
        """Reopen the dataset when `jixiao extract` rewrote it since (checked on every request)."""
        if S.dataset_stamp(self.outdir) != self.stamp:
            with self._lock:
                if S.dataset_stamp(self.outdir) != self.stamp:
                    self._load()

    # ---------------------------------------------------------------- plumbing
    def __call__(self, environ: dict, start_response: Callable) -> list[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "/") or "/"
        params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        try:
            if self.allowed_hosts is not None and host_name(environ.get("HTTP_HOST")) not in self.allowed_hosts:
                return self._send(start_response, "403 Forbidden", "text/plain; charset=utf-8",
                                  b"unknown Host header\n", [])
            if method not in ("GET", "HEAD"):
                return self._send(start_response, "405 Method Not Allowed", "text/plain; charset=utf-8",
                                  b"read-only: GET only\n", [("Allow", "GET, HEAD")])
            self.refresh()
            status, ctype, body, extra = self.route(path, params)
        except NotFound as e:
            status, ctype, extra = "404 Not Found", "text/html; charset=utf-8", []
            body = page("not found", f"<main><p>{esc(e) or 'not found'}</p></main>").encode()
        except BadRequest as e:
            status, ctype, extra = "400 Bad Request", "text/html; charset=utf-8", []
            body = page("bad request", f"<main><p>{esc(e)}</p></main>").encode()
        if method == "HEAD":
            body = b""
        return self._send(start_response, status, ctype, body, extra)

    @staticmethod
    def _send(start_response, status, ctype, body: bytes, extra) -> list[bytes]:
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body))),
                   ("Content-Security-Policy", CSP), ("X-Content-Type-Options", "nosniff"),
                   ("Referrer-Policy", "no-referrer"), ("Cache-Control", "no-store")] + list(extra)
        start_response(status, headers)
        return [body]

    def route(self, path: str, params: dict[str, list[str]]) -> tuple[str, str, bytes, list]:
        ok, htm = "200 OK", "text/html; charset=utf-8"
        if path == "/":
            check_params(params, SEARCH_PARAMS)
            return ok, htm, self.search_page(params).encode(), []
        if path.startswith("/project/"):
            check_params(params, ())
            return ok, htm, self.project_page(urllib.parse.unquote(path[len("/project/"):])).encode(), []
        if path == "/history":
            check_params(params, HISTORY_PARAMS)
            return ok, htm, self.history_page(params).encode(), []
        m = re.fullmatch(r"/source/([0-9a-f]{64})/page-(\d{1,5})\.png", path)
        if m:
            check_params(params, ("mark",))
            return ok, "image/png", self.page_png(m.group(1), int(m.group(2)), params), []
        m = re.fullmatch(r"/source/([0-9a-f]{64})", path)
        if m:
            check_params(params, SOURCE_PARAMS)
            return ok, htm, self.source_page(m.group(1), params).encode(), []
        m = re.fullmatch(r"/export\.(csv|xlsx)", path)
        if m:
            view = (params.get("view") or ["search"])[0]
            check_params(params, ("view",) + {"history": HISTORY_PARAMS, "project": ("project",)}.get(view, SEARCH_PARAMS))
            return self.export(m.group(1), params)
        raise NotFound(f"no page {path}")

    def _search(self, q: S.Query) -> S.Result:
        with self._lock:
            bad = [c for c in q.warnings if c not in self._known]
            if bad:
                raise BadRequest(f"unknown warning code {', '.join(c + S.near_codes(c, list(self._known)) for c in bad)}; "
                                 f"known: {', '.join(self._known)}")
            return S.search(self.con, q)

    def _facets(self, q: S.Query) -> dict:
        with self._lock:
            return S.facets(self.con, q)

    def _rows(self, sql: str, args: list) -> list[dict]:
        cur = self.db.cursor()
        try:
            res = cur.execute(sql, args)
            cols = [d[0] for d in res.description]
            return [dict(zip(cols, r)) for r in res.fetchall()]
        finally:
            cur.close()

    def src_link(self, doc_id: str | None, page_no: int | None, line: int | None, text: str,
                 mark: str | None = None) -> str:
        if not doc_id or doc_id not in self.docs:
            return esc(text)
        params = {"page": page_no, "line": line, "mark": mark}
        anchor = f"#L{int(line)}" if line and self.docs[doc_id]["format"] == "txt" else ""
        return f"<a class='src-link' href='{url(f'/source/{doc_id}', params)}{anchor}'>{esc(text)}</a>"

    # ---------------------------------------------------------------- search
    def search_form(self, q: S.Query) -> str:
        def sel(name: str, options: Iterable[tuple[str, str]], chosen: list) -> str:
            chosen_s = {str(c) for c in chosen}
            opts = "<option value=''>any</option>" + "".join(
                f"<option value='{esc(v)}'{' selected' if str(v) in chosen_s else ''}>{esc(lbl)}</option>"
                for v, lbl in options)
            return f"<select name='{name}' id='f-{name}'>{opts}</select>"

        def txt(name: str, value: Any, ph: str = "") -> str:
            v = value[0] if isinstance(value, list) and value else ("" if isinstance(value, list) else value)
            return f"<input type='text' name='{name}' id='f-{name}' value='{esc(v)}' placeholder='{esc(ph)}'>"

        return (
            "<form class='search' method='get' action='/'>"
            f"<input type='text' name='q' id='q' value='{esc(q.text)}' placeholder='项目名称、目标、指标、指标值 …'> "
            "<button type='submit' id='go'>search</button><br>"
            f"<label>year {sel('year', [(y, y) for y in self._years], q.years)}</label>"
            f"<label>department {txt('department', q.departments, '主管部门')}</label>"
            f"<label>unit (org) {txt('org', q.orgs, '实施单位')}</label>"
            f"<label>form {sel('form', [(f, f) for f in S.FORMS], q.forms)}</label>"
            f"<label>level1 {sel('level1', [(x, LEVEL1_LABEL[x]) for x in S.LEVEL1_STD], q.level1)}</label>"
            f"<label>op {sel('op', [(o, o) for o in S.OPS], q.ops)}</label>"
            + "".join(f"<label>value {esc(sign)} {txt(n, '' if v is None else _num_text(v))}</label>"
                      for n, sign, v in (("value_ge", "≥", q.value_ge), ("value_gt", ">", q.value_gt),
                                         ("value_le", "≤", q.value_le), ("value_lt", "<", q.value_lt),
                                         ("value_eq", "=", q.value_eq))) +
            f"<label>target unit {txt('unit', q.units, '%')}</label>"
            f"<label>warning {sel('warning', [(c, c) for c in self._codes], q.warnings)}</label>"
            f"<label title='projects with an indicator filter: the projects with an indicator matching all the "
            f"indicator filters'>kind {sel('kind', [('project', 'projects'), ('indicator', 'indicators')], [q.kind] if q.kind else [])}</label>"
            "</form>")

    def facets_html(self, q: S.Query, f: dict) -> str:
        base = q.params()
        out = ["<aside id='facets'>"]
        for name, title, key in (("year", "year", "year"), ("department", "department", "department"),
                                 ("level1", "level1", "level1"), ("warning", "warning codes", "warning")):
            out.append(f"<h3>{esc(title)}</h3><div class='facet' data-facet='{name}'>")
            if not f.get(name):
                out.append("<span class='muted'>—</span>")
            for value, n in f.get(name, []):
                if value is None:
                    out.append(f"<div class='muted'>(none) {n}</div>")
                    continue
                p = dict(base)
                on = str(value) in {str(x) for x in (base.get(key) or [])}
                if on:
                    p[key] = [x for x in base.get(key, []) if str(x) != str(value)]
                else:
                    p[key] = [value]
                label = LEVEL1_LABEL.get(value, value) if name == "level1" else value
                out.append(f"<div><a class='{'facet-on' if on else ''}' href='{url('/', p)}'>"
                           f"{esc(label)}</a> <span class='muted'>{n}</span></div>")
            out.append("</div>")
        out.append("</aside>")
        return "".join(out)

    def search_page(self, params: dict[str, list[str]]) -> str:
        q = query_of(params)
        res = self._search(q)
        f = self._facets(q)
        p = q.params()
        rows = []
        for h in res.hits:
            ind = (esc(h["level3"]) if h["kind"] == "indicator" else "<span class='muted'>(project)</span>")
            ind += f"<div class='muted'>{esc(h.get('level1_std') or '')}</div>"
            target = esc(h.get("target_raw"))
            if h["kind"] == "project" and h.get("budget") is not None:
                target = f"<span class='muted'>{h['budget']:,.0f} 元</span>"      # (what the project declared)
            place, where = h, S.where_text(h)
            mark = h.get("target_raw") or h.get("level3") or h.get("project_name")
            if h.get("matched_indicators"):        # a project by its indicators: those matching, each to its source
                shown = h["matched_indicators"][:MATCHED_SHOWN]
                more = h["matched_count"] - len(shown)
                ind = "".join(f"<div class='matched'>{esc(S.indicator_label(i))} <span class='muted'>"
                              f"{esc(i.get('level1_std') or '')}</span></div>" for i in shown) + (
                    f"<div class='muted'><a href='{url('/project/' + h['project_id'])}'>+{more} more</a></div>"
                    if more > 0 else "")
                target = "".join(
                    "<div class='matched'>" + self.src_link(h["doc_id"], i["page"], i["line"], i.get("target_raw") or "—",
                                                            i.get("target_raw") or S.indicator_label(i))
                    + (f" <span class='muted'>[{_num_text(i['value_pct'])}%]</span>"     # a share (0.85) as a percent
                       if i.get("value_pct") is not None and (i.get("unit") or "").strip() not in ("%", "％") else "")
                    + "</div>" for i in shown)
                place = {**h, **{k: shown[0].get(k) for k in ("page", "line", "location")}}
                where = S.where_text(place)
                mark = shown[0].get("target_raw") or S.indicator_label(shown[0])
            rows.append(
                "<tr class='hit'>"
                f"<td class='num'>{'' if h['rank'] is None else format(h['rank'], '.2f')}</td>"
                f"<td>{esc(h['year'])}</td>"
                f"<td><a class='project-link' href='{url('/project/' + h['project_id'])}'>{esc(h['project_name'] or h['project_id'])}</a>"
                f"<div class='muted'>{esc(h['org'] or '')}</div></td>"
                f"<td>{ind}</td>"
                f"<td class='target'>{target}</td>"
                f"<td>{''.join(f'<span class=pill>{esc(c)}</span>' for c in (h.get('warnings') or '').split())}</td>"
                f"<td>{self.src_link(h['doc_id'], place['page'], place['line'], where, mark)}</td></tr>")
        pg = q.offset // PAGE_SIZE + 1
        nav = []
        if pg > 1:
            nav.append(f"<a href='{url('/', {**p, 'page': pg - 1})}'>&larr; previous</a>")
        if q.offset + len(res.hits) < res.total:
            nav.append(f"<a href='{url('/', {**p, 'page': pg + 1})}' id='next'>next &rarr;</a>")
        body = (
            "<main>" + self.facets_html(q, f) + "<section>" + self.search_form(q)
            + f"<p class='bar'><span id='total'>{res.total}</span> hits"
            + (f" <span class='muted' id='matched'>(projects with an indicator matching all the indicator filters: "
               f"{res.matched_total} such indicator{'' if res.matched_total == 1 else 's'})</span>" if res.matched_total is not None else "")
            + (f" (words: {esc(' '.join(res.words))})" if res.words else "")
            + (f" <span class='muted' id='mode'>{esc(res.note)}</span>" if res.note else "")
            + f" <a id='export-csv' href='{url('/export.csv', {**p, 'view': 'search'})}'>export CSV</a>"
            + f"<a id='export-xlsx' href='{url('/export.xlsx', {**p, 'view': 'search'})}'>export XLSX</a>"
            + " ".join(nav) + "</p>"
            + "<table id='hits'><thead><tr><th>score</th><th>year</th><th>project</th><th>indicator</th>"
              "<th>target</th><th>warnings</th><th>source</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></section></main>")
        return page(q.text or "search", body)

    # ---------------------------------------------------------------- project
    def project_data(self, pid: str) -> dict:
        proj = self._rows("SELECT * FROM projects WHERE project_id = ?", [pid])
        if not proj:
            raise NotFound(f"no project {pid}")
        ind = self._rows("SELECT * FROM indicators WHERE project_id = ? ORDER BY seq", [pid])
        bud = self._rows("SELECT * FROM budget_items WHERE project_id = ? ORDER BY seq", [pid])
        sco = self._rows("SELECT * FROM scores WHERE project_id = ? ORDER BY seq", [pid])
        war = self._rows("SELECT * FROM warnings WHERE project_id = ? ORDER BY line NULLS LAST, page, code", [pid])
        return {"project": proj[0], "indicators": ind, "budget_items": bud, "scores": sco, "warnings": war}

    def project_page(self, pid: str) -> str:
        d = self.project_data(pid)
        p = d["project"]
        doc = self.docs.get(p["doc_id"], {})
        fields = ["year", "form", "name", "project_code", "department", "unit", "category", "layout", "start_date", "end_date",
                  "budget_total", "budget_year", "budget_fiscal", "budget_other", "spent", "execution_rate",
                  "score", "grade", "goal_total", "goal_annual", "overview"]
        dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(p.get(k))}</dd>" for k in fields if p.get(k) is not None)
        if p.get("other_fields"):                # the form's labels of no column (债券期限, 社会资本方 …), as written
            import json
            try:
                dl += "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in json.loads(p["other_fields"]).items())
            except (ValueError, AttributeError):
                dl += f"<dt>other_fields</dt><dd>{esc(p['other_fields'])}</dd>"
        where = f"{doc.get('path') or p['doc_id']}"
        from jixiao.report import location_text
        loc = location_text(doc.get("format"), p.get("page"), p.get("line"))

        def table(tid: str, rows: list[dict], cols: list[str], mark_col: str | None = None) -> str:
            if not rows:
                return f"<p class='muted' id='{tid}'>none</p>"
            head = "".join(f"<th>{esc(c)}</th>" for c in cols) + "<th>source</th>"
            body = []
            for r in rows:
                loc_r = location_text(doc.get("format"), r.get("page"), r.get("line")) or "source"
                body.append("<tr>" + "".join(f"<td>{esc(r.get(c))}</td>" for c in cols)
                            + f"<td>{self.src_link(r.get('doc_id') or p['doc_id'], r.get('page'), r.get('line'), loc_r, r.get(mark_col) if mark_col else None)}</td></tr>")
            return f"<table id='{tid}'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"

        body = (
            f"<main><section><h2 id='project-name'>{esc(p.get('name') or pid)}</h2>"
            f"<p class='bar'>{self.src_link(p['doc_id'], p.get('page'), p.get('line'), where + (' ' + loc if loc else ''))}"
            f" <a id='history-link' href='{url('/history', {'project': pid})}'>history across years</a>"
            f" <a href='{url('/export.csv', {'view': 'project', 'project': pid})}'>export CSV</a>"
            f"<a href='{url('/export.xlsx', {'view': 'project', 'project': pid})}'>export XLSX</a></p>"
            f"<dl class='fields'>{dl}</dl>"
            f"<h3>indicators ({len(d['indicators'])})</h3>"
            + table("indicators", d["indicators"], ["seq", "level1", "level1_std", "level2", "level3", "target_raw",
                                                   "op", "value", "unit", "note", "actual_raw", "score"], "target_raw")
            + f"<h3>budget lines ({len(d['budget_items'])})</h3>"
            + table("budget_items", d["budget_items"], ["seq", "kind", "group", "name", "amount", "note"], "name")
            + f"<h3>scores ({len(d['scores'])})</h3>"
            + table("scores", d["scores"], ["seq", "level1", "level2", "level3", "weight", "score"], "level3")
            + f"<h3>warnings ({len(d['warnings'])})</h3>"
            + table("warnings", d["warnings"], ["code", "message"])
            + "</section></main>")
        return page(p.get("name") or pid, body)

    # ---------------------------------------------------------------- history
    def _lineups(self, params: dict[str, list[str]]) -> tuple[str, list[H.Lineup]]:
        name = (params.get("name") or [""])[0].strip()
        pid = (params.get("project") or [""])[0].strip()
        if pid:
            lu = H.lineup_of(self.outdir, pid)
            if lu is None:
                raise NotFound(f"no project {pid}")
            return lu.name, [lu]
        org = (params.get("org") or [""])[0].strip() or None
        threshold = _floats(params, "threshold")
        if threshold is not None and not 0 < threshold <= 1:
            raise BadRequest("threshold must be above 0 and at most 1")
        return name, (H.lineups(self.outdir, name, org=org, threshold=threshold if threshold is not None
                                else H.THRESHOLD) if name else [])

    def history_page(self, params: dict[str, list[str]]) -> str:
        name, lus = self._lineups(params)
        pid = (params.get("project") or [""])[0].strip()
        org = (params.get("org") or [""])[0].strip()
        threshold = (params.get("threshold") or [""])[0].strip()
        exp = {"view": "history", "name": None if pid else name, "project": pid or None, "org": org or None,
               "threshold": threshold or None}
        out = ["<main><section><form class='search' method='get' action='/history'>"
               f"<input type='text' name='name' id='history-name' value='{esc(name)}' placeholder='项目名称'> "
               f"<label>实施单位 <input type='text' name='org' id='history-org' value='{esc(org)}' "
               "placeholder='contains'></label> "
               f"<label>similarity <input type='text' name='threshold' id='history-threshold' size='4' "
               f"value='{esc(threshold)}' placeholder='{H.THRESHOLD}'></label> "
               "<button type='submit'>history</button></form>"]
        if name or pid:
            out.append(f"<p class='bar'>{len(lus)} line-ups <a href='{url('/export.csv', exp)}'>export CSV</a>"
                       f"<a href='{url('/export.xlsx', exp)}'>export XLSX</a> "
                       "<span class='changed'>changed</span> <span class='new'>new</span> "
                       "<span class='dropped'>dropped</span> ↓ looser ↑ tighter</p>")
        for lu in lus:
            head = "".join(
                f"<th>{esc(H.column_label(c))}<div class='muted'>"
                f"<a href='{url('/project/' + c['project_id'])}'>{esc(c['name'])}</a></div></th>" for c in lu.columns)
            rows = []
            for r in lu.rows:
                cells = "".join(
                    f"<td class='{esc(c['change'] or '')}'>{esc('(dropped)' if c['change'] == 'dropped' else c['text'])}"
                    f"{esc(H.WAY[c.get('direction')])}"
                    f"{' <span class=muted>→' + esc(c['actual']) + '</span>' if c.get('actual') else ''}</td>"
                    for c in r["cells"])
                rows.append(f"<tr><th>{esc(r['label'])}<div class='muted'>{esc(r.get('level1_std') or '')}</div></th>{cells}</tr>")
            out.append(f"<h3>{esc(lu.name)} — {esc(lu.unit or 'unit unknown')}"
                       f"{' 项目编码 ' + esc(lu.code) if lu.code else ''}"
                       f" <span class='muted'>{lu.changes()} changes</span></h3>"
                       + "".join(f"<p class='muted'>{esc(n)}</p>" for n in lu.notes) +
                       f"<table class='history'><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
        out.append("</section></main>")
        return page("history" + (f": {name}" if name else ""), "".join(out))

    # ---------------------------------------------------------------- source
    def _doc(self, doc_id: str) -> tuple[dict, Path]:
        doc = self.docs.get(doc_id)
        if not _DOC_ID.match(doc_id) or doc is None:
            raise NotFound("no such document in this dataset")
        p = doc.get("abs")
        if p is None or not Path(p).is_file():
            raise NotFound(f"the source file {doc.get('path')} is not there any more")
        return doc, Path(p)

    @staticmethod
    def _int(params: dict[str, list[str]], name: str) -> int | None:
        v = (params.get(name) or [""])[0]
        if not v:
            return None
        if not v.isdigit():
            raise BadRequest(f"{name} must be a positive integer")
        return int(v)

    def source_page(self, doc_id: str, params: dict[str, list[str]]) -> str:
        doc, path = self._doc(doc_id)
        line, pno = self._int(params, "line"), self._int(params, "page")
        mark = (params.get("mark") or [""])[0]
        fmt = doc["format"]
        head = f"<p class='bar'>{esc(doc['path'])} <span class='muted'>{esc(fmt)}</span></p>"
        if fmt == "txt":
            body = self._txt_source(doc, path, line, bool((params.get("all") or [""])[0]))
        elif fmt in ("pdf", "scan", "image") and pno:
            body = (f"<p>page {pno}" + (f", cells containing <b>{esc(mark)}</b> outlined" if mark else "") + "</p>"
                    f"<img id='page-image' alt='page {pno}' src='{url(f'/source/{doc_id}/page-{pno}.png', {'mark': mark})}'"
                    " style='max-width:100%;border:1px solid #d0d7de'>")
        else:
            body = self._grid_source(doc_id, path, pno, line)
        return page(f"source: {doc['path']}", f"<main><section>{head}{body}</section></main>")

    def _txt_source(self, doc: dict, path: Path, line: int | None, whole: bool) -> str:
        data = path.read_bytes()
        enc = (doc.get("encoding") or "utf-8").split()[0]
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            text = data.decode("utf-8", errors="replace")
        lines = text.lstrip("\ufeff").splitlines()
        lo, hi = 1, len(lines)
        if line and not whole:
            lo, hi = max(1, line - 40), min(len(lines), line + 40)
        out = ["<div class='src' id='source'>"]
        for n in range(lo, hi + 1):
            cls = " class='hl'" if n == line else ""
            out.append(f"<div id='L{n}'{cls}><span class='ln'>{n}</span>{esc(lines[n - 1].expandtabs(4))}</div>")
        out.append("</div>")
        more = ""
        if (lo, hi) != (1, len(lines)):
            more = (f"<p class='muted'>lines {lo}–{hi} of {len(lines)} "
                    f"<a id='whole-file' href='{url('', {'line': line, 'all': 1})}#L{line}'>whole file</a></p>")
        return more + "".join(out)

    def _extract(self, path: Path, doc_id: str):
        from jixiao.pipeline import extract_file
        return extract_file(str(path), path.read_bytes(), doc_id)

    def _grid_source(self, doc_id: str, path: Path, pno: int | None, line: int | None) -> str:
        from extract.grid import ExtractError
        try:
            ex = self._extract(path, doc_id)
        except (ExtractError, OSError, ValueError) as e:
            return f"<p>cannot read the source again: {esc(e)}</p>"
        grids = [g for g in ex.grids if pno is None or any(c.page == pno for c in g.cells)] or ex.grids
        out = []
        for g in grids[:20]:
            out.append("<table class='grid'>")
            for cells in g.rows():
                hl = line is not None and any(c.line == line and (pno is None or c.page == pno) for c in cells)
                out.append(f"<tr{' class=hl style=background:#fff3b0' if hl else ''}>"
                           + "".join(f"<td colspan='{c.colspan}'>{esc(c.text)}</td>" for c in cells) + "</tr>")
            out.append("</table><br>")
        return "".join(out) or "<p class='muted'>no table in this document</p>"

    def page_png(self, doc_id: str, pno: int, params: dict[str, list[str]]) -> bytes:
        doc, path = self._doc(doc_id)
        if doc["format"] not in ("pdf", "scan", "image"):
            raise NotFound("page images are for PDFs, scans and images")
        import pdfplumber
        mark = "".join((params.get("mark") or [""])[0].split())
        data = path.read_bytes()
        boxes = []
        if mark:
            from extract.grid import ExtractError
            try:
                ex = self._extract(path, doc_id)
                boxes = [c.bbox for g in ex.grids for c in g.cells
                         if c.page == pno and c.bbox and mark in "".join(c.text.split())]
            except (ExtractError, OSError, ValueError):
                boxes = []
        if doc["format"] == "image":
            return _image_page_png(data, pno, boxes)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not 1 <= pno <= len(pdf.pages):
                raise NotFound(f"no page {pno}")
            im = pdf.pages[pno - 1].to_image(resolution=100)
            if boxes:
                im.draw_rects(boxes, stroke=(220, 30, 30), fill=(255, 200, 0, 60), stroke_width=3)
            buf = io.BytesIO()
            im.save(buf, format="PNG")
        return buf.getvalue()

    # ---------------------------------------------------------------- export
    def export(self, fmt: str, params: dict[str, list[str]]) -> tuple[str, str, bytes, list]:
        view = (params.get("view") or ["search"])[0]
        if view == "search":
            q = query_of(params)
            q.limit, q.offset = 0, 0
            rows = [S.flat_hit(h) for h in self._search(q).hits]
            cols = S.hit_columns(q)
            name = "search"
        elif view == "history":
            _, lus = self._lineups(params)
            rows = H.flat_rows(lus)
            cols = ["lineup", "name", "unit", "row", "kind", "level1_std", "year", "form", "project_id", "value",
                    "change", "path", "line", "direction", "actual"]
            name = "history"
        elif view == "project":
            pid = (params.get("project") or [""])[0]
            d = self.project_data(pid)
            rows = d["indicators"]
            cols = list(rows[0].keys()) if rows else ["project_id"]
            name = "project"
        else:
            raise BadRequest("view must be search, history or project")
        disp = [("Content-Disposition", f"attachment; filename=\"jixiao-{name}.{fmt}\"")]
        if fmt == "csv":
            return "200 OK", "text/csv; charset=utf-8", to_csv(rows, cols), disp
        return ("200 OK", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                to_xlsx(rows, cols, name), disp)


def _image_page_png(data: bytes, pno: int, boxes: list) -> bytes:
    """Page `pno` of an image file (a photo, a TIFF of several pages) as PNG, at most 1,600 pixels wide, the cells'
    boxes (points of the page as read: a page the reader turned or deskewed is outlined where it read it, off by
    the small turn) drawn on it."""
    from PIL import Image, ImageDraw

    from extract.grid import ExtractError
    from extract.scan import open_image_pages
    try:
        pages = open_image_pages(data)
    except (ExtractError, OSError, ValueError) as e:
        raise NotFound(f"cannot read the image again: {e}") from None
    if not 1 <= pno <= len(pages):
        raise NotFound(f"no page {pno}")
    gray, dpi = pages[pno - 1]
    im = Image.fromarray(gray).convert("RGB")
    k = dpi / 72.0                                  # points -> pixels
    draw = ImageDraw.Draw(im, "RGBA")
    for x0, top, x1, bottom in boxes:
        draw.rectangle([x0 * k, top * k, x1 * k, bottom * k], outline=(220, 30, 30), fill=(255, 200, 0, 60), width=3)
    if im.width > 1600:
        im = im.resize((1600, round(im.height * 1600 / im.width)))
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return " ".join(str(x) for x in v)
    return v


def to_csv(rows: list[dict], cols: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in cols])
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(rows: list[dict], cols: list[str], sheet: str) -> bytes:
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet)
    bold = Font(bold=True)
    header = []
    for c in cols:
        cell = WriteOnlyCell(ws, value=c)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for r in rows:
        out = []
        for c in cols:
            v = _cell(r.get(c))
            if isinstance(v, str):
                v = ILLEGAL_CHARACTERS_RE.sub("", v)[:32767]
                if v.startswith("="):           # a target such as =100% is text, not a formula
                    cell = WriteOnlyCell(ws, value=v)
                    cell.data_type = "s"
                    v = cell
            elif isinstance(v, dt.date):
                v = v.isoformat()
            out.append(v)
        ws.append(out)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:   # noqa: A002 - the base class's name
        pass


def make(outdir: str | Path, host: str = "127.0.0.1", port: int = 8765, quiet: bool = True):
    """A server for OUTDIR (not yet serving): call .serve_forever(); .server_port is the bound port."""
    loopback = host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")
    app = App(outdir, allowed_hosts={"127.0.0.1", "localhost", "::1", host} if loopback else None)
    return make_server(host, port, app, server_class=_Server,
                       handler_class=_QuietHandler if quiet else WSGIRequestHandler)
