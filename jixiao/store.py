"""The dataset as a growing set of Parquet parts, committed batch by batch by its manifest.

`jixiao extract` writes through a `Store`: every batch of documents becomes
one Parquet part per table, durable as soon as the manifest names it, so a
run killed at any moment keeps every batch it committed and a rerun reads
only the files still missing. `jixiao compact` merges the parts.

Layout of OUTDIR
----------------
``<table>.parquet/part-<run>-<seq>.parquet``
    the rows of one batch (zstd, the table's Arrow schema and its
    ``jixiao.*`` metadata). With ``partition_by="year"`` the tables that
    belong to projects (projects, indicators, budget_items, scores,
    safeguards, findings) go into Hive folders ``year=2022/`` by their
    project's year (``year=__HIVE_DEFAULT_PARTITION__`` when unknown), and
    ``year`` is not stored inside those files (the folder holds it, as Hive,
    Spark, DuckDB and pyarrow expect); documents, assessment_items and
    warnings are never partitioned.
``_manifest.json``
    the commit point: schema_version, partition_by, a generation id, every
    committed part per table with its row count and size, row counts per
    table, and which generation the derived files below were built from.
``jixiao.duckdb`` (always), ``<table>.csv``, ``jixiao.xlsx`` (on request)
    derived from the parts at the end of a run (`Store.finish`; the database
    only gets the run's new parts when it holds all others), each written
    to a temporary name and renamed; a run killed before that leaves the
    previous ones, and the manifest says they are stale (``derived`` !=
    ``generation``) until the next run or `jixiao compact` rebuilds them.

Commit protocol
---------------
A part is written under a hidden name (``.part-….parquet.tmp``: pyarrow,
pandas and DuckDB skip it) and fsync'ed; then the manifest, listing it under
its final name and as ``pending``, replaces the old one (``os.replace`` —
the commit point); then the part is renamed to its final name. `recover`
(run whenever a Store opens) renames pending parts the manifest names whose
rename did not happen, and deletes every part file the manifest does not name
(a batch whose commit did not happen, or parts replaced by a compaction or
by `drop_documents`). So after a SIGKILL at any point the dataset is the last
committed one: every document is either whole in it or absent, never twice.

A reader that lists the folders itself (DuckDB's ``read_parquet('…/*.parquet')``,
``pyarrow.dataset``) sees exactly the committed parts once `recover` has run;
between a commit and its renames (milliseconds) it may miss a part, never
see one twice. ``read_table`` reads the parts the manifest names, under
their hidden names when their renames have not happened yet.

Writers hold an ``fcntl`` lock on ``.jixiao.lock`` for their whole run.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from normalize._lazy_re import lazy
import uuid
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from jixiao import schema
from jixiao.dataset import (DUCKDB_FILE, MANIFEST, XLSX_FILE, _fsync_dir, _locked, _read_json, _recover,
                            _remove, _sql_ident, _sql_type, _write_csv, _write_json, _write_xlsx, _XLSX_MAX_ROWS)

PARTITIONS = ("year",)
# Tables whose rows belong to a project: partitioned by the project's year.
PROJECT_TABLES = ("projects", "indicators", "budget_items", "scores", "safeguards", "findings")
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
_PART = lazy(r"part-[0-9a-zA-Z]+-[0-9a-zA-Z-]+\.parquet\Z")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    """An open dataset folder: read what it holds, append batches, drop documents, compact, derive files.

    Use as a context manager (it holds the folder's lock)::

        with Store("output", partition_by="year") as st:
            done = st.doc_ids()
            st.append({"documents": tbl, "indicators": tbl2, ...})
            st.finish(formats={"csv"})
    """

    def __init__(self, outdir: str | Path, partition_by: str | None = None, threads: int | None = None):
        if partition_by not in (None, *PARTITIONS):
            raise ValueError(f"cannot partition by {partition_by!r}; known: {', '.join(PARTITIONS)}")
        self.outdir = Path(outdir)
        self._want_partition = partition_by
        self._stack = ExitStack()
        self.run = uuid.uuid4().hex[:12]
        self.seq = 0
        # the threads DuckDB may use to build jixiao.duckdb (None: DuckDB's default, one per core): what the run
        # uses, 1 for a one-process run (DuckDB's threads on a small dataset cost CPU and save no time)
        self.threads = threads

    # ------------------------------------------------------------ open / close
    def __enter__(self) -> Store:
        self.outdir.mkdir(parents=True, exist_ok=True)
        self._stack.enter_context(_locked(self.outdir))
        try:
            _recover(self.outdir)                 # a crashed write_dataset (single-file layout)
            self.manifest = self._load()
            self._recover_parts()
            self._settle_partitioning()
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def _load(self) -> dict:
        m = _read_json(self.outdir / MANIFEST)
        if isinstance(m, dict) and isinstance(m.get("parts"), dict):
            m["parts"] = {t: list(m["parts"].get(t, [])) for t in schema.TABLES}
            return m
        manifest = {"schema_version": schema.SCHEMA_VERSION, "layout": "parts", "partition_by": None,
                    "generation": None, "created": _now(), "parts": {t: [] for t in schema.TABLES},
                    "tables": {t: 0 for t in schema.TABLES}, "pending": [], "derived": None, "formats": []}
        legacy = [t for t in schema.TABLES if (self.outdir / f"{t}.parquet").is_file()]
        if legacy:                                # a folder written by write_dataset: its files become parts
            self._adopt_single_files(manifest, legacy)
        return manifest

    def _adopt_single_files(self, manifest: dict, tables: list[str]) -> None:
        """Turn `<table>.parquet` files (the single-file layout) into the first part of each table."""
        moves = []
        for t in tables:
            src = self.outdir / f"{t}.parquet"
            rows = pq.ParquetFile(src).metadata.num_rows
            hidden = self.outdir / f".{t}.adopted.parquet"
            os.replace(src, hidden)
            rel = f"{t}.parquet/part-{self.run}-00000.parquet"
            manifest["parts"][t].append({"file": rel, "rows": rows, "bytes": hidden.stat().st_size})
            manifest["tables"][t] = rows
            moves.append((hidden, rel))
        _fsync_dir(self.outdir)
        for hidden, rel in moves:
            final = self.outdir / rel
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(hidden, final)
        self._commit(manifest, pending=[])

    def _recover_parts(self) -> None:
        """Finish the renames of committed parts; delete part files the manifest does not name."""
        m = self.manifest
        named = {e["file"] for t in schema.TABLES for e in m["parts"][t]}
        for rel in m.get("pending", []):
            final = self.outdir / rel
            hidden = final.with_name(f".{final.name}.tmp")
            if not final.exists() and hidden.exists():
                os.replace(hidden, final)
        for t in schema.TABLES:
            root = self.outdir / f"{t}.parquet"
            if not root.is_dir():
                continue
            for dirpath, _, files in os.walk(root, topdown=False):
                for f in files:
                    rel = Path(dirpath, f).relative_to(self.outdir).as_posix()
                    if (f.startswith(".part-") and f.endswith(".tmp")) or (_PART.match(f) and rel not in named):
                        os.remove(Path(dirpath, f))
                if dirpath != str(root) and not os.listdir(dirpath):
                    os.rmdir(dirpath)               # a partition folder a compaction emptied
        for f in os.listdir(self.outdir):          # a crash while adopting single files
            if f.endswith(".adopted.parquet") and f.startswith("."):
                t = f[1:-len(".adopted.parquet")]
                if t in schema.TABLES and not (self.outdir / f"{t}.parquet").exists():
                    os.replace(self.outdir / f, self.outdir / f"{t}.parquet")
                    self.manifest = self._load()
                    return self._recover_parts()
                os.remove(self.outdir / f)

    def _settle_partitioning(self) -> None:
        m = self.manifest
        has_rows = any(m["tables"].get(t) for t in schema.TABLES)
        current = m.get("partition_by")
        want = self._want_partition
        if want is not None and current != want and has_rows:
            raise ValueError(f"{self.outdir} is partitioned by {current or 'nothing'}; "
                             f"run `jixiao compact {self.outdir} --partition-by {want}` to change that")
        if not has_rows and want != current:
            m["partition_by"] = want
        self.partition_by = m["partition_by"]

    # ------------------------------------------------------------ reading
    def doc_ids(self) -> set[str]:
        """Return the doc_ids the dataset holds."""
        out: set[str] = set()
        for e in self.manifest["parts"]["documents"]:
            col = pq.read_table(self.outdir / e["file"], columns=["doc_id"]).column("doc_id")
            out.update(v for v in col.to_pylist() if v)
        return out

    def documents_index(self) -> list[dict]:
        """Return the doc_id, path, aliases and status of every document the dataset holds."""
        return self.read("documents").select(["doc_id", "path", "aliases", "status"]).to_pylist()

    def set_paths(self, paths: dict[str, tuple[str, list[str]]]) -> int:
        """Given {doc_id: (path, aliases)}, rewrite those documents rows' path and aliases; return the rows
        changed."""
        if not paths:
            return 0
        value_set = pa.array(sorted(paths), type=pa.string())
        sch = schema.arrow_schema("documents")
        written: dict[str, list[dict]] = {t: [] for t in schema.TABLES}
        keep, changed = [], 0
        self.seq += 1
        for e in self.manifest["parts"]["documents"]:
            path = self.outdir / e["file"]
            if not pc.any(pc.is_in(pq.read_table(path, columns=["doc_id"]).column("doc_id"),
                                   value_set=value_set)).as_py():
                keep.append(e)
                continue
            rows = read_entries(self.outdir, "documents", [e]).to_pylist()
            for r in rows:
                if r["doc_id"] in paths:
                    r["path"], r["aliases"] = paths[r["doc_id"]][0], list(paths[r["doc_id"]][1])
                    changed += 1
            written["documents"].append(self._write_part("documents", None,
                                                         pa.Table.from_pylist(rows, schema=sch)))
            self.seq += 1
        if changed:
            self._commit_new(written, {"documents": keep})
        return changed

    def counts(self) -> dict[str, int]:
        return dict(self.manifest["tables"])

    def part_paths(self, table: str) -> list[Path]:
        return [self.outdir / e["file"] for e in self.manifest["parts"][table]]

    def read(self, table: str) -> pa.Table:
        """Return the committed rows of a table with its exact schema (partition values put back)."""
        return _read_parts(self.outdir, self.manifest, table)

    # ------------------------------------------------------------ writing
    def append(self, batch: dict[str, pa.Table]) -> None:
        """Given one Arrow table per table name (the rows of whole documents), commit them as new parts."""
        self.seq += 1
        self.commit_parts(write_parts(self.outdir, batch, self.partition_by, f"{self.run}-{self.seq:05d}"))

    def commit_parts(self, written: dict[str, list[dict]]) -> None:
        """Commit parts that `write_parts` wrote under hidden names (here or in a worker process)."""
        written = {t: list(written.get(t, [])) for t in schema.TABLES}
        placeholders = {t: [e for e in self.manifest["parts"][t] if e["rows"]] for t in schema.TABLES
                        if written[t] and any(e["rows"] == 0 for e in self.manifest["parts"][t])}
        self._commit_new(written, replace=placeholders or None)

    def _write_part(self, table: str, key: str | None, tbl: pa.Table) -> dict:
        return _write_part(self.outdir, table, key, tbl, f"{self.run}-{self.seq:05d}")

    def _commit_new(self, written: dict[str, list[dict]], replace: dict[str, list[dict]] | None = None) -> None:
        """Commit parts written under hidden names: the manifest names them, then they are renamed.

        `replace` gives tables' new lists of older parts (a drop, a compaction); the parts it leaves
        out are deleted after the commit. Only those: parts that workers are still writing for this
        run are not touched (the sweep of unnamed files happens when a Store opens).
        """
        m = dict(self.manifest)
        m["parts"] = {t: list(replace[t]) if replace and t in replace else list(self.manifest["parts"][t])
                      for t in schema.TABLES}
        pending = []
        for t, entries in written.items():
            m["parts"][t].extend(entries)
            pending.extend(e["file"] for e in entries)
        for d in {(self.outdir / p).parent for p in pending}:
            _fsync_dir(d)
        before = {e["file"] for t in schema.TABLES for e in self.manifest["parts"][t]}
        self._commit(m, pending)
        for rel in pending:
            final = self.outdir / rel
            os.replace(final.with_name(f".{final.name}.tmp"), final)
        for d in {(self.outdir / p).parent for p in pending}:
            _fsync_dir(d)
        gone = before - {e["file"] for t in schema.TABLES for e in m["parts"][t]}
        for rel in gone:
            path = self.outdir / rel
            for f in (path, path.with_name(f".{path.name}.tmp")):
                if f.exists():
                    os.remove(f)
            folder = path.parent
            if folder.name.startswith("year=") and folder.is_dir() and not os.listdir(folder):
                os.rmdir(folder)

    def _commit(self, m: dict, pending: list[str]) -> None:
        m["pending"] = pending
        m["generation"] = uuid.uuid4().hex
        m["created"] = _now()
        m["schema_version"] = schema.SCHEMA_VERSION
        m["layout"] = "parts"
        m["tables"] = {t: sum(e["rows"] for e in m["parts"][t]) for t in schema.TABLES}
        self._write_manifest(m)

    def _write_manifest(self, m: dict) -> None:
        """Replace the manifest with m in one rename (the commit point) and make it durable."""
        tmp = self.outdir / f".{MANIFEST}.tmp"
        _write_json(tmp, m)
        os.replace(tmp, self.outdir / MANIFEST)
        _fsync_dir(self.outdir)
        self.manifest = m

    def drop_documents(self, doc_ids: set[str]) -> int:
        """Remove every row of these documents (before they are read again); return the rows removed."""
        if not doc_ids:
            return 0
        value_set = pa.array(sorted(doc_ids), type=pa.string())
        replace: dict[str, list[dict]] = {}
        written: dict[str, list[dict]] = {t: [] for t in schema.TABLES}
        removed = 0
        self.seq += 1
        for t in schema.TABLES:
            keep_entries = []
            for e in self.manifest["parts"][t]:
                path = self.outdir / e["file"]
                ids = pq.read_table(path, columns=["doc_id"]).column("doc_id")
                hit = pc.is_in(ids, value_set=value_set)
                n_hit = pc.sum(hit).as_py() or 0
                if not n_hit:
                    keep_entries.append(e)
                    continue
                removed += n_hit
                if n_hit == len(ids):
                    continue                     # (every row of the part dropped: nothing of it to read and keep)
                rest = pq.read_table(path).filter(pc.invert(pc.fill_null(hit, False)))
                if rest.num_rows:
                    written[t].append(self._write_part(t, _folder_key(t, e), rest))
                    self.seq += 1
            replace[t] = keep_entries
        if removed:
            self._commit_new(written, replace)
        return removed

    def compact(self, target_rows: int = 1_000_000, partition_by: str | None | bool = False) -> dict[str, tuple[int, int]]:
        """Merge each table's parts (per partition) into parts of up to `target_rows` rows.

        `partition_by` (None or "year"; False = keep the current one) re-partitions the dataset.
        Returns {table: (parts before, parts after)}. Memory: one part at a time is read.
        """
        repartition = partition_by is not False and partition_by != self.partition_by
        if partition_by is not False and partition_by not in (None, *PARTITIONS):
            raise ValueError(f"cannot partition by {partition_by!r}; known: {', '.join(PARTITIONS)}")
        new_part = self.partition_by if partition_by is False else partition_by
        years = None
        if repartition and new_part == "year":
            years = _project_years(self.read("projects"))
        self.seq += 1
        written: dict[str, list[dict]] = {t: [] for t in schema.TABLES}
        result = {}
        for t in schema.TABLES:
            entries = self.manifest["parts"][t]
            groups: dict[str | None, list[pa.Table]] = {}
            if repartition:                        # re-partitioning reads the table once
                for key, sub in _split(t, self.read(t), years):
                    groups.setdefault(key, []).append(sub)
            else:
                for e in entries:
                    groups.setdefault(_folder_key(t, e), []).append(self.outdir / e["file"])
            for key, items in groups.items():
                written[t].extend(self._merge(t, key, items, target_rows))
            result[t] = (len(entries), len(written[t]))
        self.partition_by = new_part
        self.manifest["partition_by"] = new_part
        self._commit_new(written, replace={t: [] for t in schema.TABLES})
        return result

    def _merge(self, table: str, key: str | None, items: list, target_rows: int) -> list[dict]:
        """Stream parts (paths or tables) into new parts of up to target_rows rows each.

        The k-th merged part of every table and folder is named `part-<run>-c<k>`: when each table
        fits one part, all tables' parts share a name, as the parts of one batch do (the search index
        reads a dataset batch by batch, by these names)."""
        out: list[dict] = []
        writer = None
        rows = 0
        folder = self.outdir / f"{table}.parquet" / (key or "")
        folder.mkdir(parents=True, exist_ok=True)
        hidden = None

        def close():
            nonlocal writer, rows
            if writer is None:
                return
            writer.close()
            with open(hidden, "rb+") as f:
                os.fsync(f.fileno())
            name = hidden.name[1:-len(".tmp")]
            out.append({"file": (folder / name).relative_to(self.outdir).as_posix(), "rows": rows,
                        "bytes": hidden.stat().st_size})
            writer, rows = None, 0

        for item in items:
            tbl = item if isinstance(item, pa.Table) else pq.read_table(item)
            if tbl.num_rows == 0:
                continue
            if writer is None:
                hidden = folder / f".part-{self.run}-c{len(out):05d}.parquet.tmp"
                writer = pq.ParquetWriter(hidden, tbl.schema, compression="zstd")
            writer.write_table(tbl)
            rows += tbl.num_rows
            if rows >= target_rows:
                close()
        close()
        return out

    # ------------------------------------------------------------ derived files
    def finish(self, formats: Iterable[str] = ()) -> None:
        """Make every table exist with all its columns, then rebuild jixiao.duckdb (and CSV/XLSX on request)."""
        formats = set(formats) - {"parquet", "duckdb"}
        empty: dict[str, list[dict]] = {t: [] for t in schema.TABLES}
        self.seq += 1
        for t in schema.TABLES:
            if not self.manifest["parts"][t]:       # an empty table is still a table with its columns:
                # a part of 0 rows with the whole schema, in the table's folder itself (no partition
                # value to infer a type from); the first rows appended replace it
                empty[t].append(self._write_part(t, None, schema.arrow_schema(t).empty_table()))
        if any(empty.values()):
            self._commit_new(empty)
        self._write_duckdb()
        produced = [DUCKDB_FILE]
        if "csv" in formats:
            for t in schema.TABLES:
                tmp = self.outdir / f".{t}.csv.tmp"
                _write_csv(self.read(t), tmp)
                os.replace(tmp, self.outdir / f"{t}.csv")
                produced.append(f"{t}.csv")
        if "xlsx" in formats:
            arrow = {t: self.read(t) for t in schema.TABLES}
            too_big = {t: a.num_rows for t, a in arrow.items() if a.num_rows + 1 > _XLSX_MAX_ROWS}
            if too_big:
                raise ValueError(f"too many rows for an Excel sheet: {too_big}; omit the xlsx format")
            tmp = self.outdir / f".{XLSX_FILE}.tmp"
            _write_xlsx(arrow, tmp)
            os.replace(tmp, self.outdir / XLSX_FILE)
            produced.append(XLSX_FILE)
        for stale in [f"{t}.csv" for t in schema.TABLES] + [XLSX_FILE]:
            if stale not in produced:               # never mix files of two generations
                _remove(self.outdir / stale)
        _fsync_dir(self.outdir)
        m = dict(self.manifest)
        m["derived"] = m["generation"]
        m["formats"] = sorted({"parquet", "duckdb", *formats})
        m["files"] = {n: (self.outdir / n).stat().st_size for n in produced}
        self._write_manifest(m)

    def _write_duckdb(self) -> None:
        """Bring jixiao.duckdb up to the committed parts, into a copy renamed into place.

        The database lists the parts it holds in its table `_jixiao_parts` (written in the same
        transaction as their rows). When every part it holds is still committed, the copy only
        gets the new parts (a run that adds files costs what it adds); otherwise (a compaction,
        `--force`, no database yet) it is built from all parts.
        """
        import shutil

        import duckdb

        dest = self.outdir / DUCKDB_FILE
        tmp = self.outdir / f".{DUCKDB_FILE}.tmp"
        _remove(tmp)
        _remove(tmp.with_name(tmp.name + ".wal"))
        current = {t: [e["file"] for e in self.manifest["parts"][t] if e["rows"]] for t in schema.TABLES}
        every = {f for files in current.values() for f in files}
        held = _duckdb_parts(dest)
        grow = held is not None and held <= every
        if grow:
            shutil.copyfile(dest, tmp)
        con = duckdb.connect(str(tmp), config={"threads": self.threads} if self.threads else {})
        try:
            # the commit writes the rows straight into the database file (a checkpoint), not first into a
            # write-ahead log copied into it after: the file is a copy renamed into place when done anyway
            con.execute("SET checkpoint_threshold = '0KB'")
            con.execute("BEGIN TRANSACTION")
            if not grow:
                con.execute("CREATE TABLE _jixiao_parts (file VARCHAR PRIMARY KEY)")
            for t in schema.TABLES:
                sch = schema.arrow_schema(t)
                if not grow:
                    cols = ", ".join(f"{_sql_ident(f.name)} {_sql_type(f.type)}" for f in sch)
                    con.execute(f"CREATE TABLE {_sql_ident(t)} ({cols})")
                new = [f for f in current[t] if not grow or f not in held]
                if not new:
                    continue
                hive = self.partition_by is not None and t in PROJECT_TABLES
                # a column a later schema version added is null in the parts an older version wrote
                present = {"year"} if hive else set()
                for f in new:
                    path = self.outdir / f
                    if not path.exists():
                        path = path.with_name(f".{path.name}.tmp")
                    present.update(pq.read_schema(path).names)
                names = ", ".join(_sql_ident(f.name) if f.name in present
                                  else f"CAST(NULL AS {_sql_type(f.type)}) AS {_sql_ident(f.name)}" for f in sch)
                con.execute(f"INSERT INTO {_sql_ident(t)} SELECT {names} FROM read_parquet(?, "
                            f"hive_partitioning = {str(hive).lower()}, union_by_name = true)",
                            [[str(self.outdir / f) for f in new]])
                con.executemany("INSERT INTO _jixiao_parts VALUES (?)", [[f] for f in new])
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, dest)
        _remove(self.outdir / (DUCKDB_FILE + ".wal"))


def _duckdb_parts(path: Path) -> set[str] | None:
    """The parts an existing jixiao.duckdb holds (its `_jixiao_parts`), or None when unknown or when its
    tables have other columns than this schema version's (then it is built again from all parts)."""
    if not path.exists():
        return None
    import duckdb
    try:
        con = duckdb.connect(str(path), read_only=True)
        try:
            have: dict[str, list[str]] = {}
            for t, c in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                    "ORDER BY table_name, ordinal_position").fetchall():
                have.setdefault(t, []).append(c)
            if any(have.get(t) != schema.columns(t) for t in schema.TABLES):
                return None
            return {f for (f,) in con.execute("SELECT file FROM _jixiao_parts").fetchall()}
        finally:
            con.close()
    except duckdb.Error:
        return None


def write_parts(outdir: str | Path, batch: dict[str, pa.Table], partition_by: str | None,
                name: str) -> dict[str, list[dict]]:
    """Write one batch's rows as hidden part files (`.part-<name>.parquet.tmp`), one per table and
    partition; return their manifest entries. Nothing is committed: `Store.commit_parts` does that.
    A Dask worker calls this on the shared OUTDIR and sends the client only the entries."""
    outdir = Path(outdir)
    years = _project_years(batch.get("projects")) if partition_by == "year" else None
    written: dict[str, list[dict]] = {t: [] for t in schema.TABLES}
    for t in schema.TABLES:
        tbl = batch.get(t)
        if tbl is None or tbl.num_rows == 0:
            continue
        for key, sub in _split(t, tbl, years):
            written[t].append(_write_part(outdir, t, key, sub, name))
    return written


def _split(table: str, tbl: pa.Table, years: dict | None) -> Iterator[tuple[str | None, pa.Table]]:
    if years is None or table not in PROJECT_TABLES:
        yield None, tbl
        return
    if table == "projects":
        ys = tbl.column("year").to_pylist()
    else:
        ys = [years.get(p) for p in tbl.column("project_id").to_pylist()]
    keys = pa.array([NULL_PARTITION if y is None else str(y) for y in ys])
    stored = tbl.drop_columns(["year"]) if "year" in tbl.column_names else tbl
    for k in sorted(set(keys.to_pylist())):
        yield f"year={k}", stored.filter(pc.equal(keys, k))


def _folder_key(table: str, entry: dict) -> str | None:
    """The partition folder of a part (`year=2022`), None for a part in the table's folder itself."""
    key = Path(entry["file"]).parent.relative_to(f"{table}.parquet").as_posix()
    return None if key == "." else key


def _write_part(outdir: Path, table: str, key: str | None, tbl: pa.Table, name: str) -> dict:
    folder = outdir / f"{table}.parquet" / (key or "")
    folder.mkdir(parents=True, exist_ok=True)
    final = f"part-{name}.parquet"
    hidden = folder / f".{final}.tmp"
    with open(hidden, "wb") as f:
        pq.write_table(tbl, f, compression="zstd")
        f.flush()
        os.fsync(f.fileno())
    return {"file": (folder / final).relative_to(outdir).as_posix(), "rows": tbl.num_rows,
            "bytes": hidden.stat().st_size}


def _project_years(projects: pa.Table | None) -> dict[str, int | None]:
    if projects is None or projects.num_rows == 0:
        return {}
    return dict(zip(projects.column("project_id").to_pylist(), projects.column("year").to_pylist()))


def _read_parts(outdir: Path, manifest: dict, table: str) -> pa.Table:
    return read_entries(outdir, table, manifest["parts"][table])


def read_entries(outdir: str | Path, table: str, entries: list[dict]) -> pa.Table:
    """Given manifest entries of a table's parts, return their rows with the table's exact schema: a part
    whose rename a kill interrupted is read under its hidden name, the year of a partitioned part is put
    back from its folder."""
    outdir = Path(outdir)
    sch = schema.arrow_schema(table)
    parts = []
    for e in entries:
        path = outdir / e["file"]
        if not path.exists():                  # committed, its rename not done yet (recover finishes it)
            path = path.with_name(f".{path.name}.tmp")
        tbl = pq.read_table(path)
        if "year" in sch.names and "year" not in tbl.column_names:
            m = re.search(r"/year=([^/]+)/", e["file"])
            y = None if m is None or m.group(1) == NULL_PARTITION else int(m.group(1))
            tbl = tbl.append_column("year", pa.array([y] * tbl.num_rows, type=sch.field("year").type))
        for f in sch:                          # a column added by a later schema version: null in older parts
            if f.name not in tbl.column_names:
                tbl = tbl.append_column(f.name, pa.nulls(tbl.num_rows, type=f.type))
        parts.append(tbl.select(sch.names).cast(sch))
    if not parts:
        return sch.empty_table()
    return pa.concat_tables(parts).replace_schema_metadata(sch.metadata)


def read_manifest(outdir: str | Path) -> dict | None:
    """Return OUTDIR's manifest when it is a dataset of parts, else None."""
    m = _read_json(Path(outdir) / MANIFEST)
    return m if isinstance(m, dict) and isinstance(m.get("parts"), dict) else None


def read_table(outdir: str | Path, table: str) -> pa.Table:
    """Given OUTDIR (a dataset of parts) and a table name, return the committed rows of that table."""
    m = read_manifest(outdir)
    if m is None:
        raise FileNotFoundError(f"{outdir} holds no dataset of parts ({MANIFEST} with parts)")
    m["parts"] = {t: list(m["parts"].get(t, [])) for t in schema.TABLES}
    return _read_parts(Path(outdir), m, table)
