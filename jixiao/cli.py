"""The command line: `jixiao extract`, `jixiao debug`, `jixiao layouts`.

Thin on purpose: `main(argv) -> int`; the work lives in pipeline and dataset.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from jixiao import __version__

EPILOG = """examples:
  jixiao extract samples -o output                 read every file under samples/
  jixiao extract a.txt b/ -o out --format csv xlsx  also write CSV files and one workbook
  jixiao debug samples/000_db5194b345e21d4a.txt    show the grids, layout scores and forms of one file
  jixiao compact output                            merge the Parquet parts of many runs
  jixiao search output 满意度 --year 2022 --op '>=' --value-ge 90 --unit %   search targets
  jixiao history output 党建经费                     the same project across years
  jixiao history output --loosened --format csv    every target looser than the year before
  jixiao serve output --port 8765                  browse, search and export in a browser
"""


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number (1 or more)")
    return n


def _seconds(text: str) -> float:
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not x >= 0 or x == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a number of seconds (0 or more; 0 = no timeout)")
    return x


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="jixiao", description="Turn fiscal performance forms (绩效目标申报表, 绩效自评表, "
        "考核任务分解表 …) into one tabular dataset.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"jixiao {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="read files and folders into a dataset",
                       description="Read every file under INPUT (files and folders, recursively; hidden "
                       "files and a drive's system folders ($RECYCLE.BIN, System Volume Information, __MACOSX) "
                       "skipped; fsspec URLs such as file:// or s3:// too; archives — .zip, .tar, .tar.gz / "
                       ".tgz, .tar.bz2, .tar.xz, also inside one another — opened in memory, each member file an "
                       "input of its own named ARCHIVE!/MEMBER; .7z and .rar are failed rows: unpack them first) "
                       "and write documents, projects, "
                       "indicators, budget_items, scores, assessment_items, safeguards, warnings and findings to "
                       "OUTDIR as folders of Parquet parts (committed every --batch-size documents, so a killed "
                       "run keeps what it read), plus jixiao.duckdb and a search index. Files already in OUTDIR "
                       "are skipped; a file whose content changed since it was read replaces its old rows. A file "
                       "that cannot be read is a `failed` row with its error (one per file, replaced on a rerun); "
                       "the run goes on. Lock, temp and system files (~$*.docx, ~WRL*.tmp, Thumbs.db, desktop.ini, "
                       "shortcuts) are `ok` rows with a not_a_document warning, never read. Symbolic links are "
                       "followed (a folder link leading back into the inputs is not). "
                       "Ctrl-C or SIGTERM stops the run, committing what was read (the same command "
                       "continues it). Exit status: 0 when at least one file was read (by this run, or by an earlier "
                       "run into OUTDIR for a file skipped as already there), 1 when none could be, "
                       "2 on a usage error or an OUTDIR another jixiao is writing, 130 when interrupted by "
                       "Ctrl-C (143 by SIGTERM).")
    e.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or archives (.zip, .tar.gz …)")
    e.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder (created if missing)")
    e.add_argument("--format", nargs="+", choices=["csv", "xlsx"], default=[],
                   help="also write CSV (UTF-8 with BOM) and/or one Excel workbook")
    e.add_argument("--strict", action="store_true", help="stop at the first file that fails, with its error")
    e.add_argument("--no-layouts", action="store_true",
                   help="ignore the known templates: read every file with the general parser (layout generic:<form>)")
    e.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    e.add_argument("-j", "--jobs", type=_positive_int, default=None, metavar="N",
                   help="worker processes (default: one per core; 1 = one file at a time: text dumps in this "
                   "process, other files in one worker process, all in this process with --timeout 0)")
    e.add_argument("--timeout", type=_seconds, default=600.0, metavar="S",
                   help="seconds one file may take before it is stopped (its worker, or with -j 1 a text dump "
                   "by an alarm) and recorded failed, with any --jobs (default 600; 0 = none)")
    e.add_argument("--dask", metavar="ADDRESS",
                   help="run on a Dask cluster: a scheduler address (tcp://host:8786; workers must see the "
                   "input paths) or `local` / `local:N` for a local cluster of N worker processes; a cluster with no "
                   "worker for $JIXIAO_DASK_WORKER_WAIT s (default 120) is restarted once if local, then its "
                   "pending files are recorded failed")
    e.add_argument("--no-check", action="append", default=[], metavar="CODE",
                   help="switch an audit check off (repeatable; `jixiao checks` lists the codes)")
    e.add_argument("--force", action="store_true",
                   help="re-read files whose doc_id is already in OUTDIR (default: skip them, add the rest; "
                        "an OUTDIR an older jixiao wrote is read again without it)")
    e.add_argument("--batch-size", type=_positive_int, default=300, metavar="N",
                   help="documents per committed batch (one Parquet part per table; default 300): a run "
                   "killed at any moment keeps every committed batch and a rerun reads only what is missing")
    e.add_argument("--partition-by", choices=["year"], default=None,
                   help="write the project tables (projects, indicators, budget_items, scores, safeguards, "
                   "findings) into Hive folders year=YYYY/ by the project's year; fixed by the first run "
                   "into OUTDIR (`jixiao compact --partition-by` changes it)")
    e.add_argument("--no-index", action="store_true",
                   help="do not build the search index OUTDIR/search.sqlite (`jixiao index` builds it later)")

    d = sub.add_parser("debug", help="show how one file is read: grids, layout scores, forms",
                       description="Print each grid found in FILE (line or page, row/column, spans, text), "
                       "the detect() score of every layout, and a summary of the forms read.")
    d.add_argument("file")
    d.add_argument("--max-width", type=int, default=60, help="cut cell texts to this many characters")
    d.add_argument("--png", metavar="DIR", help="draw the cells found over each page image, one PNG per page; "
                   "scans and images: the detected grid (red) and the OCR text boxes (blue; orange below "
                   "the low_confidence threshold) on the deskewed page")

    sub.add_parser("layouts", help="list the known layouts")
    sub.add_parser("checks", help="list the audit checks (codes for --no-check)",
                   description="List the audit checks `extract` runs on every project it reads: each check's "
                   "code (a warning code in the dataset; `extract --no-check CODE` turns it off), its severity "
                   "and what it finds.")

    rp = sub.add_parser("report", help="write the audit report (HTML and XLSX) of a dataset",
                        description="Write report.html (findings per department and project, charts of "
                        "target quality and findings by year and department, links to the source files) "
                        "and report.xlsx (sheets: summary, findings, warnings, departments, versions, documents) "
                        "for the dataset in OUTDIR. One project of one year read from several files with "
                        "different budgets is listed as versions and counted once, at the largest, in its "
                        "department's total. A department's budget is summed per year from the annual budgets; the "
                        "projects stating only a project total (项目资金总额, often of several years) are summed apart "
                        "(each project once, at its latest form's total).")
    rp.add_argument("outdir", metavar="OUTDIR", help="a folder written by `jixiao extract`")
    rp.add_argument("--dest", metavar="DIR", help="where to write (default: OUTDIR/report)")

    cp = sub.add_parser("compact", help="merge a dataset's Parquet parts (and change its partitioning)",
                        description="Merge the Parquet parts that runs of `jixiao extract` added to OUTDIR into "
                        "parts of up to --target-rows rows per table (and year folder), rebuild jixiao.duckdb, "
                        "and commit the result in one step: a crash leaves the dataset as it was.")
    cp.add_argument("outdir", metavar="OUTDIR", help="a folder written by `jixiao extract`")
    cp.add_argument("--target-rows", type=int, default=1_000_000, metavar="N",
                    help="rows per merged part (default 1,000,000)")
    cp.add_argument("--partition-by", choices=["year", "none"], default=None,
                    help="re-partition: `year` (Hive folders year=YYYY/ for the project tables) or `none`")
    cp.add_argument("--format", nargs="+", choices=["csv", "xlsx"], default=[],
                    help="also write CSV and/or the Excel workbook (as extract does)")

    s = sub.add_parser("search", help="full-text search over projects and indicators, with filters",
                       description="Search project names and codes (项目编码), goals, indicator names and targets of the dataset "
                       "in OUTDIR. QUERY is segmented into words by jieba (with a dictionary of fiscal terms); "
                       "every word must occur; hits are ranked by BM25. A query with Chinese also finds, after "
                       "them, every hit holding each space-separated part of QUERY as written (a text cut into "
                       "other words). When the query is no sequence of indexed words (政府办 inside "
                       "人民政府办公室), holds no word (%) or its words occur nowhere, the parts are matched as "
                       "written instead. The filters combine with the text "
                       "(and with each other; a repeated filter matches any of its values); QUERY may be "
                       "empty ('') to list by filters alone. A filter on indicators (--level1, --op, --unit, "
                       "--value-*) returns indicators only, unless --kind project: then it returns the projects "
                       "having one indicator that matches all the indicator filters together, each project once, "
                       "with its matching indicators (the table: the first one and +N more; json and csv: "
                       "matched_count and matched_indicators), the other filters and QUERY applying to the "
                       "project. The value filters compare a rate written as a share (0.85) as "
                       "its percent. A comparison typed into QUERY (满意度<90) is searched as text: the output "
                       "names the filter that compares. The index OUTDIR/search.sqlite is rebuilt first "
                       "when it is missing or older than the dataset.",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="examples:\n  jixiao search output 满意度 --year 2022 --level1 satisfaction "
                       "--op '>=' --value-ge 90 --unit %\n  jixiao search output '' --has-warning vague_target "
                       "--format csv > vague.csv\n  jixiao search output 预算执行率 --value-lt 100 --format json\n"
                       "  jixiao search output '' --kind project --year 2022 --level1 satisfaction --value-lt 90"
                       "   # projects setting satisfaction below 90%")
    s.add_argument("outdir", metavar="OUTDIR", help="a folder written by `jixiao extract`")
    s.add_argument("query", metavar="QUERY", nargs="?", default="", help="words to look for (may be empty)")
    _search_filters(s)
    s.add_argument("--kind", choices=["project", "indicator"],
                   help="only projects or only indicators (project with an indicator filter: the projects with an "
                   "indicator matching them all)")
    s.add_argument("--format", choices=["table", "json", "csv"], default="table", help="output (default table)")
    s.add_argument("-n", "--limit", type=int, default=None, metavar="N",
                   help="hits to print (0 = all; default 50 for the table, all for json and csv)")
    s.add_argument("--offset", type=int, default=0, metavar="K", help="skip the first K hits")

    ix = sub.add_parser("index", help="(re)build the search index of a dataset",
                        description="Build OUTDIR/search.sqlite (SQLite FTS5 over jieba-segmented text) from "
                        "the dataset's Parquet tables. `jixiao extract` does this after writing; `search`, "
                        "`history` and `serve` rebuild a missing or stale index by themselves.")
    ix.add_argument("outdir", metavar="OUTDIR", help="a folder written by `jixiao extract`")

    h = sub.add_parser("history", help="the same project across years: budget and targets, changes marked",
                       description="Line up the projects named NAME (name containing NAME or similar to it) "
                       "across years: one column per form (year; a self-evaluation is its own column; two forms of one "
                       "year and kind, a draft and its revision, in the order they were made: by 填报日期, else a date "
                       "in the file name (_20230320), else a version in it (v2, 第二稿), else a revision word in it "
                       "(调整稿 after, 初稿 before), else the path; a note says which), one row "
                       "per budget figure, budget line (明细/来源/支出), result of a self-evaluation (实际支出, 执行率, "
                       "得分, 等次) and indicator (by its level1 class, level2 and level3 name), each cell the target "
                       "as written (→ the actual value of a self-evaluation), marked * when it changed from the "
                       "previous column (↓ a looser target: a lower value under >= or for a quantity or a satisfaction "
                       "or below a rate's top, 100% -> ≥98%, "
                       "a higher one under <=, a rate's share 0.85 compared as 85%; ↑ tighter; a date that only moves with the year is no change), + when new, - when "
                       "dropped. Projects line up when they have the same 项目编码 (two different codes never, unless "
                       "each holds its own year: numbered anew each year, or the project of one name and 实施单位 was "
                       "registered anew: the new code holding a year after the old form's, said in a note), or "
                       "the same name after removing white space and years (党建经费（2023年） = 党建经费) and the same "
                       "implementing unit (实施单位; a form naming none joins its 主管部门's), or a name with words "
                       "added or left out (not a number, place or batch: 东区/西区, 第一批/第二批 are two projects) "
                       "and the same unit and department. A form that could join several line-ups stands alone, "
                       "with a note. NAME may be a 项目编码. --loosened lists every target looser than the year "
                       "before, of the projects named NAME or (NAME left out) of the whole dataset.")
    h.add_argument("outdir", metavar="OUTDIR", help="a folder written by `jixiao extract`")
    h.add_argument("name", metavar="NAME", nargs="?", default="",
                   help="project name (or part of it) or 项目编码; may be left out with --loosened")
    h.add_argument("--loosened", action="store_true",
                   help="list the targets looser than the year before (one row each), not the line-ups")
    h.add_argument("--org", metavar="TEXT", help="only projects whose 实施单位 contains TEXT")
    h.add_argument("--threshold", type=_ratio, default=0.8, metavar="R",
                   help="name similarity (difflib ratio, 0-1) for two names to be the same project (default 0.8)")
    h.add_argument("--format", choices=["table", "json", "csv"], default="table", help="output (default table)")

    sv = sub.add_parser("serve", help="browse, search and export a dataset in a local web app",
                        description="Serve a read-only web app over the dataset in OUTDIR: a search box with "
                        "the same filters as `jixiao search`, facet counts (year, department, level1, warning "
                        "codes), a page per project (indicators, budget lines, scores, warnings), the history "
                        "view, the source of each row (the text lines, or the PDF page with the cell outlined) "
                        "and export of any result to CSV and XLSX. Only the dataset and the documents it lists "
                        "are read. Stop it with Ctrl-C.")
    sv.add_argument("outdir", metavar="OUTDIR", help="a folder written by `jixiao extract`")
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 = any free port)")
    sv.add_argument("--log", action="store_true", help="print one line per request")

    sc = sub.add_parser("schema", help="print the output schema as JSON or SQL DDL",
                        description="Print every table's columns and types (schema version included), "
                        "as JSON or as CREATE TABLE statements for a warehouse.")
    sc.add_argument("--format", choices=["json", "duckdb", "postgresql", "hive"], default="json")
    sc.add_argument("--partition-by", choices=["year"], default=None,
                    help="hive: declare the project tables PARTITIONED BY (year), as extract --partition-by writes them")
    sc.add_argument("--location", metavar="URL",
                    help="hive: EXTERNAL tables over URL/<table>.parquet (OUTDIR as the cluster sees it)")
    return p


def _ratio(text: str) -> float:
    """A similarity threshold: a number above 0, at most 1."""
    try:
        r = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < r <= 1:
        raise argparse.ArgumentTypeError(f"{text} is not in (0, 1]: 1 lines up equal names only, 0.8 similar ones")
    return r


def _years_arg(text: str) -> list[int]:
    from jixiao.search import parse_years
    try:
        return parse_years(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e))


def _value_arg(text: str) -> tuple[float, bool]:
    from jixiao.search import parse_value
    try:
        return parse_value(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e))


def _level1_arg(text: str) -> str:
    from jixiao.search import parse_level1
    try:
        return parse_level1(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e))


def _op_arg(text: str) -> str:
    from jixiao.search import parse_op
    try:
        return parse_op(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e))


def _search_filters(p: argparse.ArgumentParser) -> None:
    """The structured filters shared by `search` (and the web app's form)."""
    from jixiao.search import FORMS, LEVEL1_STD, OPS
    g = p.add_argument_group("filters")
    g.add_argument("--year", type=_years_arg, action="append", default=[], metavar="YEAR",
                   help="budget year: 2022 (2022年), a range 2021-2023 or a list 2021,2022")
    g.add_argument("--department", action="append", default=[], metavar="TEXT",
                   help="主管部门 containing TEXT, or named by TEXT as a short name (卫健委: 县卫生健康委员会; 发改委, "
                   "人社局, 住建局, 教体局 …: parts of the name's words in order, one cut short at least)")
    g.add_argument("--org", action="append", default=[], metavar="TEXT",
                   help="实施单位 / 申报单位 (the projects' `unit` column) containing TEXT, or named by it as a short name "
                   "(疾控中心: 县疾病预防控制中心)")
    g.add_argument("--form", action="append", default=[], choices=FORMS, help="form kind")
    g.add_argument("--level1", action="append", default=[], type=_level1_arg, metavar="{" + ",".join(LEVEL1_STD) + "}",
                   help="standardized level-1 indicator class (also as forms name it: 满意度, 产出指标, 效益 …)")
    g.add_argument("--op", action="append", default=[], type=_op_arg, metavar="{" + ",".join(OPS) + "}",
                   help="target comparison (>=, =, range …; also as forms write it: ≥, 不低于, ≤, 不超过, 约)")
    g.add_argument("--unit", action="append", default=[], metavar="UNIT",
                   help="unit of the target value (%%, 人, 次 …; the indicators' `unit` column); %% also "
                   "matches a rate written as a share (满意度 0.85, no unit)")
    for name, word in (("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="), ("eq", "=")):
        g.add_argument(f"--value-{name}", type=_value_arg, action="append", default=[], metavar="X",
                       help=f"target value {word} X (a rate written as a share, 0.85, as its percent 85; X written "
                       "90%% asks percent targets only, as --unit %%; 2,000 is 2000)")
    g.add_argument("--has-warning", action="append", default=[], metavar="CODE",
                   help="has a warning of this code (an indicator: at its row; a project: anywhere in it; "
                   "docs/SCHEMA.md and `jixiao checks` list the codes)")


def _not_a_dataset(outdir: str) -> str | None:
    """Why OUTDIR is no dataset to read (it does not exist, is no folder, holds none), or None when it is one."""
    from pathlib import Path

    from jixiao.store import read_manifest
    p = Path(outdir)
    if not p.exists():
        return "no such folder"
    if not p.is_dir():
        return "not a folder"
    if read_manifest(outdir) is None and not (p / "documents.parquet").exists():
        return "no documents.parquet (not a jixiao dataset)"
    return None


def _query_of(args):
    from jixiao.search import Query
    vals = {n: [v for v, _ in getattr(args, f"value_{n}")] for n in ("lt", "le", "gt", "ge", "eq")}
    pct = any(p for n in vals for _, p in getattr(args, f"value_{n}"))
    units = args.unit or (["%"] if pct else [])        # (--value-lt 90%: percent targets, as --unit %)
    return Query(text=args.query, years=[y for ys in args.year for y in ys], departments=args.department,
                 orgs=args.org, forms=args.form, level1=args.level1, ops=args.op, units=units,
                 value_lt=vals["lt"], value_le=vals["le"], value_gt=vals["gt"], value_ge=vals["ge"],
                 value_eq=vals["eq"], warnings=args.has_warning, kind=args.kind,
                 limit=args.limit if args.limit is not None else 50 if args.format == "table" else 0,
                 offset=args.offset)


def cmd_search(args) -> int:
    from jixiao import search as S
    why = _not_a_dataset(args.outdir)
    if why:
        print(f"jixiao: {args.outdir}: {why}", file=sys.stderr)
        return 1
    try:
        con = S.connect(args.outdir)
    except (OSError, ValueError) as e:
        print(f"jixiao: {args.outdir}: {e}", file=sys.stderr)
        return 1
    try:
        known = S.known_codes(con)
        unknown = [c for c in args.has_warning if c not in known]
        if unknown:
            print(f"jixiao: unknown warning code(s) {', '.join(c + S.near_codes(c, known) for c in unknown)}; "
                  f"known: {', '.join(known)}", file=sys.stderr)
            return 2
        q = _query_of(args)
        res = S.search(con, q)
    except (OSError, ValueError) as e:
        print(f"jixiao: {args.outdir}: {e}", file=sys.stderr)
        return 1
    finally:
        con.close()
    out = {"table": S.format_table, "json": S.format_json}.get(args.format)
    sys.stdout.write(out(res) if out else S.format_csv(res.hits, S.hit_columns(q)))
    if args.format == "csv" and len(res.hits) < res.total:      # (json says its total)
        print(f"jixiao: {len(res.hits)} of {res.total} hits written (from {args.offset + 1}; -n 0 for all)",
              file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in ("history", "serve", "index", "report", "compact") and (why := _not_a_dataset(args.outdir)):
        print(f"jixiao: {args.outdir}: {why}", file=sys.stderr)          # (search says so after its usage checks)
        return 1
    if args.command == "extract":
        return cmd_extract(args)
    if args.command == "search":
        return cmd_search(args)
    if args.command == "history":
        from jixiao import history as H
        try:
            if not args.name.strip() and not args.loosened:
                print("jixiao: history needs a NAME (a project name or 项目编码), or --loosened to list every "
                      "looser target of the dataset", file=sys.stderr)
                return 2
            lus = H.lineups(args.outdir, args.name, org=args.org, threshold=args.threshold)
        except (OSError, ValueError) as e:
            print(f"jixiao: {args.outdir}: {e}", file=sys.stderr)
            return 1
        if args.loosened:
            sys.stdout.write(H.format_loosened(H.loosened(lus), args.format))
            return 0
        sys.stdout.write({"table": H.format_table, "json": H.format_json, "csv": H.format_csv}[args.format](lus))
        return 0 if lus else 1
    if args.command == "serve":
        from jixiao.web import make
        try:
            srv = make(args.outdir, args.host, args.port, quiet=not args.log)
        except (OSError, ValueError) as e:
            print(f"jixiao: {args.outdir}: {e}", file=sys.stderr)
            return 1
        host = f"[{args.host}]" if ":" in args.host else args.host
        print(f"jixiao: serving {args.outdir} on http://{host}:{srv.server_port}/ (Ctrl-C stops)", flush=True)
        try:
            srv.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            srv.server_close()
        return 0
    if args.command == "index":
        from jixiao.search import build_index
        try:
            print(build_index(args.outdir))
        except (OSError, ValueError) as e:
            print(f"jixiao: {args.outdir}: {e}", file=sys.stderr)
            return 1
        return 0
    if args.command == "debug":
        return cmd_debug(args)
    if args.command == "compact":
        return cmd_compact(args)
    if args.command == "schema":
        import json

        from jixiao.schema import schema_ddl, schema_json
        if args.format == "json":
            print(json.dumps(schema_json(), ensure_ascii=False, indent=2))
        else:
            print(schema_ddl(args.format, partition_by=args.partition_by, location=args.location), end="")
        return 0
    if args.command == "report":
        from jixiao.report import write_report
        try:
            paths = write_report(args.outdir, args.dest)
        except (OSError, ValueError) as e:
            print(f"jixiao: {args.outdir}: {e}", file=sys.stderr)
            return 1
        for p in paths.values():
            print(p)
        return 0
    if args.command == "checks":
        from jixiao.checks import describe_rules
        print(describe_rules())
        return 0
    if args.command == "layouts":
        from parsers import registry
        for p in registry.all_layouts():
            print(f"{p.id:28} {p.description}")
        return 0
    return 2


def cmd_extract(args) -> int:
    import signal
    import threading

    from jixiao import batch

    # Ctrl-C and SIGTERM stop the run the same way: workers stopped, committed batches kept, lock released
    main_thread = threading.current_thread() is threading.main_thread()
    sigs = (signal.SIGINT, signal.SIGTERM)
    batch.STOP.clear()
    # (a SIGINT ignored from the start — a background job, nohup — stays ignored)
    before = {s: signal.signal(s, batch.request_stop) for s in sigs
              if signal.getsignal(s) is not signal.SIG_IGN} if main_thread else {}
    with batch.quiet_swallowed_stops():   # (a stop swallowed by a callback prints no traceback)
        try:
            return _cmd_extract(args)
        except KeyboardInterrupt as e:
            from jixiao.store import read_manifest
            m = read_manifest(args.output) or {}
            held = (m.get("tables") or {}).get("documents", 0)
            print(("\n" if sys.stderr.isatty() else "") + f"jixiao: interrupted: {held} documents committed to "
                  f"{args.output}; run the same command again to continue", file=sys.stderr)
            return 128 + (e.signum if isinstance(e, batch.Interrupted) else signal.SIGINT)
        finally:
            batch.STOP.clear()
            for s, h in before.items():
                signal.signal(s, h)


def _cmd_extract(args) -> int:
    from contextlib import closing

    from jixiao.batch import (Committer, Progress, check_stop, default_jobs, deferred_stops, plan_run,
                              run_parallel)
    from jixiao.checks import RULES
    from jixiao.pipeline import collect_inputs, process_file
    from jixiao import schema
    from jixiao.store import Store
    # what the run's end imports (the DuckDB file, the Parquet dataset reader), imported before the run: a Ctrl-C
    # near the end never lands inside an import, whose lock callback would print a traceback past the one-line message
    import duckdb  # noqa: F401
    import pyarrow.dataset  # noqa: F401
    if not args.no_index:
        import jixiao.search  # noqa: F401  (and the segmenter the index is built with)
        import jixiao.lexicon
        jixiao.lexicon.import_jieba()

    unknown = set(args.no_check) - set(RULES)
    if unknown:
        print(f"jixiao: unknown check(s) {', '.join(sorted(unknown))}; known: {', '.join(RULES)}", file=sys.stderr)
        return 2
    off = frozenset(args.no_check)
    t0 = time.perf_counter()
    links: list[tuple[str, str, bool]] = []
    files = collect_inputs(args.inputs, exclude=args.output, links=links)
    if links and not args.quiet:
        # (folder links are followed; one leading back into a folder read already is not: a loop)
        for followed, what in ((True, "followed (read where they lead)"),
                               (False, "not followed: they lead into a folder read already (a loop, or a folder "
                                "of the inputs)")):
            these = [(p, t) for p, t, f in links if f == followed]
            if these:
                print(f"jixiao: {len(these)} symlinked folders {what}: "
                      + ", ".join(f"{p} -> {t}" for p, t in these[:3]) + (" …" if len(these) > 3 else ""),
                      file=sys.stderr)
    layouts = {"generic"} if args.no_layouts else None
    try:
        store = Store(args.output, partition_by=args.partition_by,
                      threads=None if args.dask else (args.jobs or default_jobs())).__enter__()
    except (ValueError, RuntimeError) as e:
        print(f"jixiao: {e}", file=sys.stderr)
        return 2
    except OSError as e:                          # -o naming a file, a folder that cannot be made
        print(f"jixiao: cannot write the dataset to {args.output}: {e.strerror or e}"
              + (" (a file of that name exists; -o names a folder)" if os.path.isfile(args.output) else ""),
              file=sys.stderr)
        return 2
    try:
        held = store.documents_index()
        older = int(store.manifest.get("schema_version") or 0) < schema.READ_AGAIN_BELOW and bool(held)
        force = args.force or older
        plan = plan_run(files, held, force=force)
        todo, skipped, dups = plan.todo, plan.skipped, plan.dups
        if older and not args.quiet:
            print(f"jixiao: {args.output} was written by an older jixiao (schema version "
                  f"{store.manifest.get('schema_version')}, now {schema.SCHEMA_VERSION}): its documents among the "
                  f"inputs are read again; the others keep their rows, new columns null", file=sys.stderr)
        # rows replaced by this run (re-read, changed files, failed rows of unreadable files) go now; the
        # new rows come in this run
        with deferred_stops():                    # (commits: a stop waits for their end)
            store.drop_documents(plan.drop)
            store.set_paths(plan.paths)           # documents met again under other paths (copies, moves)

        def named(res):                           # a document read: its other input paths
            res.document["aliases"] = list(plan.aliases.get(res.document["path"], []))
            return res
        if plan.changed and not args.quiet:
            print(f"jixiao: {len(plan.changed)} files differ from what {args.output} holds for their path "
                  f"(e.g. {plan.changed[0]}): their new content replaces their old rows", file=sys.stderr)
        if skipped and not args.quiet:
            print(f"jixiao: {len(skipped)} files already in {args.output} are skipped (--force re-reads them)",
                  file=sys.stderr)
        if dups and not args.quiet:
            print(f"jixiao: {len(dups)} files have the same bytes as another input and are one document with it: "
                  f"their paths are in the documents' `aliases` column (e.g. {dups[0][0]} = {dups[0][1]})",
                  file=sys.stderr)
        out = Committer(store, max(1, args.batch_size))
        mem: dict = {}
        waiting: dict[int, object] = {}           # documents read, waiting for one before them (input order)
        try:
            if args.strict:
                for path in todo:                     # --strict: in order, stop at the first failure
                    check_stop()                      # (a stop asked while the last document was added)
                    try:
                        res = process_file(path, strict=True, layouts=layouts, checks_disabled=off)
                    except Exception as e:
                        out.flush()
                        print(f"jixiao: {path}: {e}", file=sys.stderr)
                        return 1
                    if res.document["status"] == "failed":
                        out.flush()
                        print(f"jixiao: {res.document['error']}", file=sys.stderr)
                        return 1
                    out.add(named(res))
            else:
                from jixiao.pipeline import FileResult
                progress = Progress(len(todo), quiet=args.quiet)

                def seen(doc: dict) -> None:          # progress, and a failure named as it happens
                    progress.update(FileResult(doc))
                    if doc["status"] == "failed" and not args.quiet:
                        print(("\n" if progress.tty else "") + f"jixiao: failed: {doc['error']}",
                              file=sys.stderr)

                if args.dask:
                    # workers write their rows as parts into OUTDIR; this client commits them in the manifest
                    from jixiao.batch import run_dask_parts
                    per_task = max(1, min(args.batch_size, -(-len(todo) // 16)))   # >= 16 tasks to spread
                    for kind, item in run_dask_parts(todo, args.dask, os.path.abspath(args.output),
                                                     store.partition_by, files_per_task=per_task,
                                                     layouts=layouts, checks_disabled=off, aliases=plan.aliases):
                        check_stop()
                        if kind == "file":            # a file of a chunk that killed its workers, read alone
                            seen(item.document)
                            out.add(named(item))
                            continue
                        with deferred_stops():    # (committed and counted together)
                            store.commit_parts(item["written"])
                            out.add_summary(item)
                        mem["worker_peak_mib"] = max(mem.get("worker_peak_mib", 0.0), item["rss"])
                        for d in item["docs"]:
                            seen(d)
                else:
                    nxt = 0
                    results = run_parallel(todo, args.jobs or default_jobs(), timeout=args.timeout or None,
                                           layouts=layouts, checks_disabled=off, stats=mem)
                    with closing(results):            # interrupted here: the workers are stopped at once
                        for idx, res in results:
                            check_stop()
                            seen(res.document)
                            waiting[idx] = res
                            while nxt in waiting:     # output in input order, whatever order workers finished
                                out.add(named(waiting.pop(nxt)))
                                nxt += 1
        except KeyboardInterrupt:
            # a stop (Ctrl-C, SIGTERM): the documents read whole so far are committed as one more batch (the
            # same atomic commit as every batch: a half-written batch never enters the dataset) and jixiao.duckdb
            # is brought up to them, so that the rerun goes on from there; the files in flight are read by it
            with deferred_stops():                # (a second Ctrl-C does not cut this short)
                try:
                    for idx in sorted(waiting):   # (read by the workers while one before them was in flight)
                        out.add(named(waiting.pop(idx)))
                    out.flush()
                    m = store.manifest
                    if m.get("generation") and m.get("derived") != m.get("generation"):
                        store.finish(formats=args.format)
                except Exception as e:            # (disk full …: the batches committed before stay)
                    print(f"jixiao: the documents read since the last batch could not be committed: {e}",
                          file=sys.stderr)
            raise
        with deferred_stops():                    # (a stop now: the dataset is written whole, then the run stops)
            out.flush()
            store.finish(formats=args.format)
        held = store.counts()
    finally:
        store.__exit__(None, None, None)
    check_stop()
    if not args.no_index:
        from jixiao.batch import _batch_gc
        from jixiao.search import build_index
        try:
            with _batch_gc():                     # (the index's rows are a batch's: the collector set as for one)
                build_index(args.output)
        except Exception as e:                    # the dataset is written; the index can be built later
            print(f"jixiao: search index not built ({e}); `jixiao index {args.output}` builds it", file=sys.stderr)
    seconds = time.perf_counter() - t0
    if not args.quiet:
        print_summary(out, seconds, args.output, skipped=len(skipped), held=held, memory=mem, same=len(dups))
    # 0 when at least one input is a read document of OUTDIR, read by this run or an earlier one (a lock file is none)
    read = sum(n for k, n in out.status.items() if k != "failed") - out.codes["not_a_document"]
    return 0 if read or plan.held_ok else 1


def cmd_compact(args) -> int:
    from jixiao.store import Store
    t0 = time.perf_counter()
    part = False if args.partition_by is None else (None if args.partition_by == "none" else args.partition_by)
    try:
        with Store(args.outdir) as st:
            result = st.compact(target_rows=max(1, args.target_rows), partition_by=part)
            st.finish(formats=args.format)
            counts = st.counts()
            by = st.partition_by
    except (ValueError, RuntimeError) as e:
        print(f"jixiao: {e}", file=sys.stderr)
        return 1
    before = sum(a for a, _ in result.values())
    after = sum(b for _, b in result.values())
    print(f"jixiao: {args.outdir}: {before} parts -> {after} parts "
          f"({counts['documents']} documents, {counts['indicators']} indicators; "
          f"partitioned by {by or 'nothing'}), {time.perf_counter() - t0:.2f} s")
    return 0


def print_summary(out, seconds: float, outdir: str, skipped: int = 0,
                  held: dict[str, int] | None = None, memory: dict | None = None, same: int = 0) -> None:
    """Print what this run read (files by status, records, warnings by code) and what OUTDIR now holds."""
    c, status = out.counts, dict(out.status)
    n_docs = sum(status.values())
    junk = out.codes["not_a_document"]            # (`ok` rows that are no documents: lock, temp and system files)
    if junk:
        status["ok"] -= junk
        status = {k: v for k, v in status.items() if v}
    parts = [f"{v} {k}" for k, v in sorted(status.items())]
    if junk:
        parts.append(f"{junk} no documents: lock, temp and system files, shortcuts")
    print(f"jixiao: {n_docs} files ({', '.join(parts) or 'none'}), "
          f"{c['projects']} projects, {c['indicators']} indicators, "
          f"{c['budget_items']} budget lines, {c['scores']} score rows, "
          f"{c['assessment_items']} assessment items, {c['warnings']} warnings, "
          f"{seconds:.2f} s -> {outdir}" + (f" ({skipped} skipped, already there)" if skipped else "")
          + (f" ({same} copies of other inputs read once)" if same else ""))
    if held and held["documents"] != n_docs:
        print(f"{outdir} now holds {held['documents']} documents, {held['projects']} projects")
    if out.codes:
        print("warnings by code: " + ", ".join(f"{k} {v}" for k, v in out.codes.most_common()))
    if memory and "worker_peak_mib" in memory:
        from jixiao.batch import peak_rss_mib
        print(f"peak memory: this process {peak_rss_mib():.0f} MiB, largest worker {memory['worker_peak_mib']:.0f} MiB")


def cmd_debug(args) -> int:
    from pathlib import Path

    from extract.grid import ExtractError
    from jixiao.pipeline import doc_id_of, extract_file, read_input
    from parsers import registry

    w = args.max_width
    scan = None
    if args.png:
        from extract import scan                  # keep OCR'd page images for the drawing
        scan.DEBUG_PAGES = []
    try:
        data = read_input(args.file)              # (also an archive's member: a.zip!/form.docx)
        ex = extract_file(args.file, data, doc_id_of(data))
    except (OSError, ExtractError) as e:
        print(f"jixiao: {args.file}: {e}", file=sys.stderr)
        return 1
    print(f"{args.file}: format {ex.format}, encoding {ex.encoding}, {len(ex.grids)} grids, "
          f"{len(ex.lines)} text lines")
    for wn in ex.warnings:
        print(f"  warning {wn.code}: {wn.message}")
    items = [(g.order, "grid", g) for g in ex.grids] + [(t.order, "line", t) for t in ex.lines]
    for _, kind, obj in sorted(items, key=lambda x: x[0]):
        if kind == "line":
            print(f"text  {_where(obj.page, obj.line)}  {obj.text.strip()[:w]}")
            continue
        g = obj
        print(f"grid  {g.origin} {g.n_rows}x{g.n_cols}" + (f", page breaks before rows {sorted(g.page_breaks)}" if g.page_breaks else ""))
        for r, cells in enumerate(g.rows()):
            parts = []
            for c in cells:
                span = f"{c.rowspan}x{c.colspan}" if (c.rowspan, c.colspan) != (1, 1) else ""
                parts.append(f"[{c.col}{'/' + span if span else ''}] {' '.join(c.text.split())[:w]}")
            where = _where(cells[0].page, cells[0].line) if cells else ""
            print(f"  r{r:<3} {where}  " + "  ".join(parts))
    if args.png and ex.format == "pdf":
        for f in draw_pages(data, ex, args.png):
            print(f"png   {f}")
    if args.png and scan is not None and scan.DEBUG_PAGES:
        # scanned pages: grid and OCR boxes on the deskewed page (a mixed PDF's go to DIR/ocr/)
        sub = args.png if ex.format != "pdf" else str(Path(args.png) / "ocr")
        for f in scan.draw_debug(scan.DEBUG_PAGES, sub):
            print(f"png   {f}")
        scan.DEBUG_PAGES = None
    if ex.format in ("docx", "xlsx", "html"):      # (a form pasted as a picture: extract/embedded.py)
        from extract.embedded import pictures
        pics = pictures(ex.format, ex.converted or data, args.file, read=read_input)
        if pics:
            print(f"pictures: {len(pics)}, read by OCR (`jixiao extract`) when the text gives no form: "
                  + ", ".join(f"{p.number} {p.where[:60]}" for p in pics[:20]) + (" …" if len(pics) > 20 else ""))
    parser, score, scores = registry.detect_layout(ex)
    print("layout scores: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(scores.items(), key=lambda x: -x[1])))
    if parser is None:
        print("layout: unknown (nothing clears the threshold)")
        return 0
    res = parser.parse(ex)
    print(f"layout: {parser.id} ({score:.2f}), {len(res.forms)} forms")
    for i, f in enumerate(res.forms, 1):
        name = f.fields.get("name")
        print(f"  form {i}: {f.kind}, name {name.text if name else None!r}, {len(f.fields)} fields, "
              f"{len(f.indicators)} indicators, {len(f.budget_items)} budget lines, {len(f.scores)} score rows, "
              f"{len(f.safeguards)} safeguards, {len(f.assessment_items)} assessment items, "
              f"{len(f.warnings)} warnings" + (", header missing" if f.header_missing else ""))
    return 0


def draw_pages(data: bytes, ex, outdir: str) -> list[str]:
    """Given a PDF and its extraction, write one PNG per page with every cell's box drawn; return the paths."""
    import io
    from pathlib import Path

    import pdfplumber

    Path(outdir).mkdir(parents=True, exist_ok=True)
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            im = page.to_image(resolution=100)
            for g in ex.grids:
                boxes = [c.bbox for c in g.cells if c.page == pno and c.bbox]
                if boxes:
                    color = (220, 30, 30) if g.origin == "pdf_lines" else (30, 90, 220)
                    im.draw_rects(boxes, stroke=color, fill=None, stroke_width=2)
            path = str(Path(outdir) / f"page-{pno:03d}.png")
            im.save(path)
            out.append(path)
    return out


def _where(page, line) -> str:
    if page is not None:
        return f"p{page}" + (f":{line}" if line else "")
    return f"L{line}" if line is not None else ""


def run() -> None:
    try:
        sys.exit(main())
    except BrokenPipeError:
        # `jixiao debug … | head`: the reader stopped reading; no traceback (Python's own advice: point stdout at
        # devnull so that the interpreter's final flush does not fail again)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)


if __name__ == "__main__":
    run()
