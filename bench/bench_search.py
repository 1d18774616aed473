"""Benchmark: `jixiao search` latency on a generated dataset of >= 100,000 indicators.

Generates bench/search_out from the samples (extracted once, then copied with
other years 2015-2024, district-suffixed names and departments, and shifted
target values) through the real writer (jixiao.dataset.write_dataset), builds
the search index (SQLite FTS5 over jieba-segmented text), then runs a fixed mix
of queries (text only, text + filters, filters only, warnings, facets) in one
process, as `jixiao serve` does, and prints per query and overall the median
and p95 latency, the index build time and size, a cold `jixiao search` command
(a new process: imports, jieba's dictionary, the query) and the peak memory.

`--engine duckdb` runs the same queries on DuckDB's `fts` extension instead
(same segmented text, same filters) when this interpreter's duckdb can load it
(DuckDB 1.5.5 with the PyPI packages duckdb-extension-fts + duckdb-extensions;
there is none for DuckDB 2.0). It reuses the dataset and index of a previous run.
"""
from __future__ import annotations

import argparse
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "search_out"
SEED_OUT = ROOT / "bench" / "search_seed"
DISTRICTS = ["闵行区", "浦东新区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "宝山区", "嘉定区",
             "金山区", "松江区", "青浦区", "奉贤区", "崇明区", "黄浦区", "晋中市", "太原市", "大同市", "朔州市"]

QUERIES = [
    ("text: 满意度", dict(text="满意度")),
    ("text: 预算执行率", dict(text="预算执行率")),
    ("text: 党建 经费", dict(text="党建 经费")),
    ("text: 社会效益", dict(text="社会效益")),
    ("text+filters: 满意度 2022 satisfaction >=90 %", dict(text="满意度", years=[2022], level1=["satisfaction"],
                                                         ops=[">="], value_ge=90, units=["%"])),
    ("filters: 2020, value < 90 %", dict(years=[2020], value_lt=90, units=["%"])),
    ("text+warning: 提升 vague_target", dict(text="提升", warnings=["vague_target"])),
    ("text+department: 信息公开 闵行区", dict(text="信息公开", departments=["闵行区"])),
]
# jixiao only (no DuckDB counterpart): a query that is no sequence of indexed words -> substring scan
FALLBACK = ("substring scan: 政府办 (inside 人民政府办公室)", dict(text="政府办"))


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(round(p * (len(xs) - 1)))))]


def generate(n_indicators: int) -> dict[str, int]:
    """Write bench/search_out with at least n_indicators indicators; return the row counts."""
    from jixiao.cli import main
    from jixiao.dataset import read_table, write_dataset

    if SEED_OUT.exists():
        shutil.rmtree(SEED_OUT)
    assert main(["extract", str(ROOT / "samples"), "-o", str(SEED_OUT), "-q", "-j", "1", "--no-index"]) == 0
    seed = {t: read_table(SEED_OUT, t).to_pylist() for t in
            ("documents", "projects", "indicators", "budget_items", "warnings")}
    per_copy = len(seed["indicators"])
    copies = -(-n_indicators // per_copy)
    rnd = random.Random(20261130)
    out: dict[str, list[dict]] = {t: [] for t in seed}
    for k in range(copies):
        district = DISTRICTS[k % len(DISTRICTS)]
        year = 2015 + k % 10
        doc_map = {}
        for d in seed["documents"]:
            nd = dict(d, doc_id=f"{k:06d}" + d["doc_id"][6:], path=d["path"])
            doc_map[d["doc_id"]] = nd["doc_id"]
            out["documents"].append(nd)
        pid = {p["project_id"]: f"{k:06d}-{p['project_id']}" for p in seed["projects"]}
        for p in seed["projects"]:
            out["projects"].append(dict(p, project_id=pid[p["project_id"]], doc_id=doc_map[p["doc_id"]],
                                        year=year, name=(p["name"] or "项目") + f"（{district}）",
                                        department=f"{district}{p['department'] or '财政局'}",
                                        budget_year=(p["budget_year"] or 0) * rnd.uniform(0.8, 1.2) or None))
        for i in seed["indicators"]:
            v = i["value"]
            if v is not None:
                v = round(min(100.0, v * rnd.uniform(0.85, 1.1)), 1) if i["unit"] == "%" else round(v * rnd.uniform(0.5, 2))
            out["indicators"].append(dict(i, project_id=pid[i["project_id"]], doc_id=doc_map[i["doc_id"]], value=v))
        for b in seed["budget_items"]:
            out["budget_items"].append(dict(b, project_id=pid[b["project_id"]], doc_id=doc_map[b["doc_id"]]))
        for w in seed["warnings"]:
            out["warnings"].append(dict(w, project_id=pid.get(w["project_id"]), doc_id=doc_map[w["doc_id"]]))
    if OUT.exists():
        shutil.rmtree(OUT)
    return write_dataset(out, OUT)


def run_sqlite(repeat: int) -> tuple[list[float], list[str]]:
    from jixiao import search as S
    t0 = time.perf_counter()
    S.tokenizer()
    t_jieba = time.perf_counter() - t0
    t0 = time.perf_counter()
    path = S.build_index(OUT)
    t_build = time.perf_counter() - t0
    n_hits = sqlite3.connect(path).execute("SELECT count(*) FROM hits").fetchone()[0]
    print(f"index: {n_hits:,} rows, {path.stat().st_size / 2**20:.1f} MiB, built in {t_build:.1f} s "
          f"(jieba dictionary load {t_jieba:.2f} s)")
    con = S.connect(OUT)
    alls: list[float] = []
    lines = []
    for label, kw in QUERIES:
        q = S.Query(limit=50, **kw)
        S.search(con, q)                                    # warm the page cache once
        ts = []
        for _ in range(repeat):
            t = time.perf_counter()
            res = S.search(con, q)
            ts.append(time.perf_counter() - t)
        alls += ts
        lines.append(f"  {label:48} {res.total:>7,} hits  median {statistics.median(ts) * 1e3:7.1f} ms  "
                     f"p95 {_pct(ts, .95) * 1e3:7.1f} ms")
    label, kw = FALLBACK
    q = S.Query(limit=50, **kw)
    ts = []
    for _ in range(repeat):
        t = time.perf_counter()
        res = S.search(con, q)
        ts.append(time.perf_counter() - t)
    assert res.mode == "substring", res.mode
    lines.append(f"  {label:48} {res.total:>7,} hits  median {statistics.median(ts) * 1e3:7.1f} ms  "
                 f"p95 {_pct(ts, .95) * 1e3:7.1f} ms")
    fts = []
    for _ in range(max(5, repeat // 4)):
        t = time.perf_counter()
        S.facets(con, S.Query(text="满意度"))
        fts.append(time.perf_counter() - t)
    lines.append(f"  {'facets (year, department, level1, warning) 满意度':48} {'':13} median "
                 f"{statistics.median(fts) * 1e3:7.1f} ms  p95 {_pct(fts, .95) * 1e3:7.1f} ms")
    return alls, lines


def run_duckdb(repeat: int) -> tuple[list[float], list[str]]:
    import duckdb

    from jixiao import search as S
    try:
        import duckdb_extensions
        duckdb_extensions.import_extension("fts")
    except ImportError:
        pass
    con = duckdb.connect()
    con.execute("LOAD fts")
    src = sqlite3.connect(OUT / S.INDEX_FILE)
    rows = src.execute("SELECT id, kind, year, department, org, project_name, level1, level1_std, level2, level3, "
                       "target_raw, op, value, unit, note, goals FROM hits").fetchall()
    warns = src.execute("SELECT id, code FROM hit_warnings").fetchall()
    t0 = time.perf_counter()
    data = []
    for (hid, kind, year, dep, org, pname, l1, l1s, l2, l3, traw, op, value, unit, note, goals) in rows:
        seg = S._seg
        data.append((hid, kind, year, dep, org, l1s, op, value, unit, seg(pname), seg(l1, l2, l3) if kind == "indicator" else "",
                     seg(traw, note), seg(goals), seg(dep, org)))
    t_seg = time.perf_counter() - t0
    import pyarrow as pa
    cols = ["id", "kind", "year", "department", "org", "level1_std", "op", "value", "unit", "name", "indicator",
            "target", "goals", "orgtext"]
    tbl = pa.table({c: [r[i] for r in data] for i, c in enumerate(cols)})
    t0 = time.perf_counter()
    con.register("src_tbl", tbl)
    con.execute("CREATE TABLE docs AS SELECT * FROM src_tbl")
    con.execute("CREATE TABLE hit_warnings AS SELECT * FROM (VALUES " + ",".join(f"({i},'{c}')" for i, c in warns)
                + ") t(id, code)" if warns else "CREATE TABLE hit_warnings(id INTEGER, code VARCHAR)")
    con.execute("PRAGMA create_fts_index('docs', 'id', 'name', 'indicator', 'target', 'goals', 'orgtext', "
                "stemmer='none', stopwords='none', ignore='\\s+', strip_accents=0, lower=1)")
    t_build = time.perf_counter() - t0
    print(f"duckdb {duckdb.__version__} fts: {len(data):,} rows, segmentation {t_seg:.1f} s, "
          f"index built in {t_build:.1f} s")

    def query(kw: dict) -> tuple[int, list]:
        q = S.Query(**kw)
        words = S.query_words(q.text)
        conds, args = [], []
        if q.indicator_only():
            conds.append("kind = 'indicator'")
        for col, vals, like in (("year", q.years, False), ("department", q.departments, True),
                                ("level1_std", q.level1, False), ("op", q.ops, False), ("unit", q.units, False)):
            if vals:
                if like:
                    conds.append("(" + " OR ".join(f"{col} LIKE ?" for _ in vals) + ")")
                    args += [f"%{v}%" for v in vals]
                else:
                    conds.append(f"{col} IN ({','.join('?' * len(vals))})")
                    args += vals
        for v, sql in ((q.value_lt, "value < ?"), (q.value_ge, "value >= ?")):
            if v is not None:
                conds.append(sql)
                args.append(v)
        if q.warnings:
            conds.append(f"id IN (SELECT id FROM hit_warnings WHERE code IN ({','.join('?' * len(q.warnings))}))")
            args += q.warnings
        where = " AND ".join(conds) or "TRUE"
        if words:
            sql = (f"WITH m AS (SELECT *, fts_main_docs.match_bm25(id, ?, conjunctive := 1) AS score FROM docs) "
                   f"SELECT id, score, count(*) OVER () FROM m WHERE score IS NOT NULL AND {where} "
                   f"ORDER BY score DESC LIMIT 50")
            res = con.execute(sql, [" ".join(words)] + args).fetchall()
        else:
            res = con.execute(f"SELECT id, 0, count(*) OVER () FROM docs WHERE {where} ORDER BY year DESC, id LIMIT 50",
                              args).fetchall()
        return (res[0][2] if res else 0), res

    alls, lines = [], []
    for label, kw in QUERIES:
        query(kw)
        ts = []
        for _ in range(repeat):
            t = time.perf_counter()
            total, _ = query(kw)
            ts.append(time.perf_counter() - t)
        alls += ts
        lines.append(f"  {label:48} {total:>7,} hits  median {statistics.median(ts) * 1e3:7.1f} ms  "
                     f"p95 {_pct(ts, .95) * 1e3:7.1f} ms")
    return alls, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--indicators", type=int, default=100_000, help="at least this many indicators (default 100,000)")
    ap.add_argument("--repeat", type=int, default=30, help="runs of each query (default 30)")
    ap.add_argument("--engine", choices=["sqlite", "duckdb"], default="sqlite")
    ap.add_argument("--reuse", action="store_true", help="keep bench/search_out from a previous run")
    a = ap.parse_args()
    if not (a.reuse and (OUT / "indicators.parquet").exists()):
        t0 = time.perf_counter()
        counts = generate(a.indicators)
        print(f"dataset: {counts['indicators']:,} indicators, {counts['projects']:,} projects, "
              f"{counts['warnings']:,} warnings -> {OUT.relative_to(ROOT)} ({time.perf_counter() - t0:.1f} s)")
    if a.engine == "duckdb":
        alls, lines = run_duckdb(a.repeat)
    else:
        alls, lines = run_sqlite(a.repeat)
    print(f"search latency, {a.engine}, {a.repeat} runs per query, 50 hits per page, one process:")
    print("\n".join(lines))
    print(f"  {f'all {len(QUERIES)} word/filter queries':48} {'':13} median {statistics.median(alls) * 1e3:7.1f} ms  "
          f"p95 {_pct(alls, .95) * 1e3:7.1f} ms")
    if a.engine == "sqlite":
        jixiao = Path(sys.executable).with_name("jixiao")
        cmd = [str(jixiao) if jixiao.exists() else sys.executable, *([] if jixiao.exists() else ["-m", "jixiao.cli"]),
               "search", str(OUT), "满意度", "--year", "2022", "--op", ">=", "--value-ge", "90", "--unit", "%"]
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        print(f"  {'cold `jixiao search` command (new process)':48} {'':13} {(time.perf_counter() - t) * 1e3:7.0f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
