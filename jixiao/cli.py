"""The command line: `jixiao extract`, `jixiao debug`, `jixiao layouts`.

Thin on purpose: `main(argv) -> int`; the work lives in pipeline and dataset.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time

from jixiao import __version__

EPILOG = """examples:
  jixiao extract samples -o output                 read every file under samples/
  jixiao extract a.txt b/ -o out --format csv xlsx  also write CSV files and one workbook
  jixiao debug samples/000_db5194b345e21d4a.txt    show the grids, layout scores and forms of one file
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="jixiao", description="Turn fiscal performance forms (绩效目标申报表, 绩效自评表, "
        "考核任务分解表 …) into one tabular dataset.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"jixiao {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="read files and folders into a dataset",
                       description="Read every file under INPUT (files and folders, recursively; hidden "
                       "files skipped) and write documents, projects, indicators, budget_items, scores, "
                       "assessment_items, safeguards, warnings and findings to OUTDIR as Parquet plus jixiao.duckdb. "
                       "A file that cannot be read is a `failed` row with its error; the run goes on. "
                       "Exit status: 0 when at least one file was read, 1 when none could be.")
    e.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    e.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder (created if missing)")
    e.add_argument("--format", nargs="+", choices=["csv", "xlsx"], default=[],
                   help="also write CSV (UTF-8 with BOM) and/or one Excel workbook")
    e.add_argument("--strict", action="store_true", help="stop at the first file that fails, with its error")
    e.add_argument("--no-layouts", action="store_true",
                   help="ignore the known templates: read every file with the general parser (layout generic:<form>)")
    e.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    e.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: one per core; 1 = read in this process)")
    e.add_argument("--timeout", type=float, default=600.0, metavar="S",
                   help="seconds one file may take before it is recorded failed (default 600; 0 = none)")
    e.add_argument("--dask", metavar="ADDRESS",
                   help="run on a Dask cluster: a scheduler address (tcp://host:8786; workers must see the "
                   "input paths) or `local` / `local:N` for a local cluster of N worker processes")
    e.add_argument("--no-check", action="append", default=[], metavar="CODE",
                   help="switch an audit check off (repeatable; `jixiao checks` lists the codes)")
    e.add_argument("--force", action="store_true",
                   help="re-read files whose doc_id is already in OUTDIR (default: skip them, add the rest)")

    d = sub.add_parser("debug", help="show how one file is read: grids, layout scores, forms",
                       description="Print each grid found in FILE (line or page, row/column, spans, text), "
                       "the detect() score of every layout, and a summary of the forms read.")
    d.add_argument("file")
    d.add_argument("--max-width", type=int, default=60, help="cut cell texts to this many characters")
    d.add_argument("--png", metavar="DIR", help="draw the cells found over each page image, one PNG per page; "
                   "scans and images: the detected grid (red) and the OCR text boxes (blue; orange below "
                   "the low_confidence threshold) on the deskewed page")

    sub.add_parser("layouts", help="list the known layouts")
    sub.add_parser("checks", help="list the audit checks (codes for --no-check)")

    rp = sub.add_parser("report", help="write the audit report (HTML and XLSX) of a dataset",
                        description="Write report.html (findings per department and project, charts of "
                        "target quality and findings by year and department, links to the source files) "
                        "and report.xlsx (one sheet per table) for the dataset in OUTDIR.")
    rp.add_argument("outdir", metavar="OUTDIR", help="a folder written by `jixiao extract`")
    rp.add_argument("--dest", metavar="DIR", help="where to write (default: OUTDIR/report)")

    sc = sub.add_parser("schema", help="print the output schema as JSON or SQL DDL",
                        description="Print every table's columns and types (schema version included), "
                        "as JSON or as CREATE TABLE statements for a warehouse.")
    sc.add_argument("--format", choices=["json", "duckdb", "postgresql", "hive"], default="json")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        return cmd_extract(args)
    if args.command == "debug":
        return cmd_debug(args)
    if args.command == "schema":
        import json

        from jixiao.schema import schema_ddl, schema_json
        if args.format == "json":
            print(json.dumps(schema_json(), ensure_ascii=False, indent=2))
        else:
            print(schema_ddl(args.format), end="")
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


class _Collector:
    """Results in input order, turned into Arrow tables every BATCH documents to keep memory low."""
    BATCH = 300

    def __init__(self):
        from jixiao.schema import TABLES
        self.parts: dict[str, list] = {t: [] for t in TABLES}
        self.rows: dict[str, list[dict]] = {t: [] for t in TABLES}
        self.docs: list[dict] = []                 # every documents row of this run (small)
        self.counts: collections.Counter = collections.Counter()
        self.codes: collections.Counter = collections.Counter()
        self.pending = 0

    def add(self, res) -> None:
        self.docs.append(res.document)
        self.rows["documents"].append(res.document)
        for k, rows in res.tables.items():
            self.rows[k].extend(rows)
            self.counts[k] += len(rows)
        self.codes.update(w["code"] for w in res.tables["warnings"])
        self.pending += 1
        if self.pending >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        from jixiao.dataset import to_arrow
        for t, rows in self.rows.items():
            if rows:
                self.parts[t].append(to_arrow(t, rows))
                self.rows[t] = []
        self.pending = 0


def cmd_extract(args) -> int:
    import pyarrow.compute as pc

    from jixiao.batch import Progress, default_jobs, existing_doc_ids, run_parallel, split_done
    from jixiao.checks import RULES
    from jixiao.dataset import read_table, write_dataset
    from jixiao.pipeline import collect_inputs, process_file
    from jixiao.schema import TABLES as SCHEMA_TABLES

    unknown = set(args.no_check) - set(RULES)
    if unknown:
        print(f"jixiao: unknown check(s) {', '.join(sorted(unknown))}; known: {', '.join(RULES)}", file=sys.stderr)
        return 2
    off = frozenset(args.no_check)
    t0 = time.perf_counter()
    files = collect_inputs(args.inputs, exclude=args.output)
    layouts = {"generic"} if args.no_layouts else None
    done_ids = existing_doc_ids(args.output)
    todo, skipped = (files, []) if args.force else split_done(files, done_ids)
    if skipped and not args.quiet:
        print(f"jixiao: {len(skipped)} files already in {args.output} are skipped (--force re-reads them)",
              file=sys.stderr)
    out = _Collector()
    if args.strict:
        for path in todo:                         # --strict: in order, stop at the first failure
            try:
                res = process_file(path, strict=True, layouts=layouts, checks_disabled=off)
            except Exception as e:
                print(f"jixiao: {path}: {e}", file=sys.stderr)
                return 1
            if res.document["status"] == "failed":
                print(f"jixiao: {res.document['error']}", file=sys.stderr)
                return 1
            out.add(res)
    else:
        jobs = args.jobs or default_jobs()
        progress = Progress(len(todo), quiet=args.quiet)
        waiting: dict[int, object] = {}
        nxt = 0
        if args.dask:
            from jixiao.batch import run_dask
            stream = run_dask(todo, args.dask, layouts=layouts, checks_disabled=off)
        else:
            stream = run_parallel(todo, jobs, timeout=args.timeout or None, layouts=layouts,
                                  checks_disabled=off)
        for idx, res in stream:
            progress.update(res)
            if res.document["status"] == "failed" and not args.quiet:
                print(("\n" if progress.tty else "") + f"jixiao: failed: {res.document['error']}", file=sys.stderr)
            waiting[idx] = res
            while nxt in waiting:                 # output in input order, whatever order workers finished
                out.add(waiting.pop(nxt))
                nxt += 1
    out.flush()
    tables = out.parts
    if done_ids:
        # incremental: keep what OUTDIR holds for documents not read again in this run
        import pyarrow as pa
        pa_array = pa.array(sorted({d["doc_id"] for d in out.docs}), type=pa.string())
        for t in SCHEMA_TABLES:
            try:
                old = read_table(args.output, t)
            except Exception:
                continue
            keep = pc.invert(pc.is_in(old.column("doc_id"), value_set=pa_array))
            tables[t] = [old.filter(keep)] + tables[t]
    write_dataset(tables, args.output, formats=("parquet", "duckdb", *args.format))
    seconds = time.perf_counter() - t0
    if not args.quiet:
        held = {t: sum(p.num_rows for p in tables[t]) for t in ("documents", "projects")}
        print_summary(out, seconds, args.output, skipped=len(skipped), held=held)
    read = sum(1 for d in out.docs if d["status"] != "failed")
    return 0 if read or (skipped and not todo) else 1


def print_summary(out: _Collector, seconds: float, outdir: str, skipped: int = 0,
                  held: dict[str, int] | None = None) -> None:
    """Print what this run read (files by status, records, warnings by code) and what OUTDIR now holds."""
    docs, c = out.docs, out.counts
    status = collections.Counter(d["status"] for d in docs)
    print(f"jixiao: {len(docs)} files ({', '.join(f'{v} {k}' for k, v in sorted(status.items())) or 'none'}), "
          f"{c['projects']} projects, {c['indicators']} indicators, "
          f"{c['budget_items']} budget lines, {c['scores']} score rows, "
          f"{c['assessment_items']} assessment items, {c['warnings']} warnings, "
          f"{seconds:.2f} s -> {outdir}" + (f" ({skipped} skipped, already there)" if skipped else ""))
    if held and held["documents"] != len(docs):
        print(f"{outdir} now holds {held['documents']} documents, {held['projects']} projects")
    if out.codes:
        print("warnings by code: " + ", ".join(f"{k} {v}" for k, v in out.codes.most_common()))


def cmd_debug(args) -> int:
    from pathlib import Path

    from extract.grid import ExtractError
    from jixiao.pipeline import doc_id_of, extract_file
    from parsers import registry

    w = args.max_width
    scan = None
    if args.png:
        from extract import scan                  # keep OCR'd page images for the drawing
        scan.DEBUG_PAGES = []
    try:
        data = Path(args.file).read_bytes()
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
    sys.exit(main())


if __name__ == "__main__":
    run()
