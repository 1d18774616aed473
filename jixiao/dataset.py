"""Write the jixiao dataset: Arrow tables -> Parquet, DuckDB, CSV, XLSX.

Public functions
----------------
``to_arrow(table, rows)``
    Rows (dicts) -> a ``pyarrow.Table`` with exactly ``schema.arrow_schema(table)``.
``write_dataset(tables, outdir, formats)``
    Writes every table of ``schema.TABLES`` into OUTDIR, atomically (see below).
``read_table(outdir, table)``
    Reads one table back from its Parquet file.
``recover(outdir)``
    Repairs OUTDIR after a crashed ``write_dataset`` (called by it automatically).

Files written into OUTDIR
-------------------------
``<table>.parquet`` (one file per table, zstd, Arrow schema and its
``jixiao.*`` metadata kept), ``jixiao.duckdb`` (the same tables under the same
names; VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN, DATE, VARCHAR[]), and, on
request, ``<table>.csv`` and ``jixiao.xlsx``; finally ``_manifest.json``
(files, byte sizes, row counts, schema_version, a generation id and a UTC
timestamp). Bookkeeping entries start with a dot: ``.jixiao.lock`` (kept),
``.staging-<pid>/``, ``.previous/`` (both transient).

CSV: UTF-8 with a BOM (Excel), header row, ``\\r\\n`` line ends, nulls as
empty fields, dates ISO ``YYYY-MM-DD``, booleans ``true``/``false``, floats in
Python's shortest round-trip form, lists as a JSON array string
(``["财政局","审计局"]``, ``[]`` for an empty list, an empty field for null).

XLSX: one sheet per table named as the table, a frozen header row, numbers as
numbers, dates as dates, booleans as booleans, lists as JSON text. Text is
always stored as text (``=100%`` is not turned into a formula). Because Excel
cannot hold them, control characters are dropped and cells are cut at 32,767
characters *in the workbook only*; Parquet/DuckDB/CSV keep the exact text.

Atomicity guarantee (honest version)
------------------------------------
Everything is first written to ``OUTDIR/.staging-<pid>/`` and fsync'ed; OUTDIR
is not touched if any writer fails. Then the swap: the list of old and new
file names is recorded (fsync'ed) in ``OUTDIR/.previous/_swap.json``, the
previous generation's files are renamed into ``.previous/``, the new files
are renamed into OUTDIR, and ``_manifest.json`` is replaced last with one
``os.replace`` -- that rename is the commit point. ``recover`` (run at the
start of every ``write_dataset``, and on an error during the swap) compares
the manifest's generation id with the one in ``_swap.json``: if the commit
happened it deletes ``.previous/``; if not, it moves the previous files back
and deletes the new ones. So after a crash (exception, kill -9, power loss on
a file system that honours fsync and rename ordering) and a subsequent
``recover``/``write_dataset``, OUTDIR holds either the complete previous
dataset or the complete new one, never a mix.

What is *not* guaranteed: a reader running concurrently with the swap (a few
renames, milliseconds) or reading after a crash but before ``recover`` may see
some new and some old files, or a missing file; check ``_manifest.json`` (and
the absence of ``.previous/``) if that matters. Only files this module
produces (every ``<table>.parquet``/``.csv``, ``jixiao.duckdb`` and its
``.wal``, ``jixiao.xlsx``, plus names listed in the old manifest) are treated
as the previous generation; other files in OUTDIR (``.gitkeep`` …) are left
alone. A CSV/XLSX from an older run is removed when the new run does not ask
for that format, so OUTDIR never mixes generations. Concurrent writers to the
same OUTDIR are refused via an ``fcntl`` lock on ``.jixiao.lock`` (POSIX only;
elsewhere there is no lock). Staging, rename and rollback need OUTDIR on one
local file system.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import json
import math
import numbers
import os
from normalize._lazy_re import lazy
import shutil
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from jixiao import schema

try:  # POSIX only
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["to_arrow", "write_dataset", "read_table", "recover", "MANIFEST"]

MANIFEST = "_manifest.json"
DUCKDB_FILE = "jixiao.duckdb"
XLSX_FILE = "jixiao.xlsx"
LOCK_FILE = ".jixiao.lock"
PREVIOUS_DIR = ".previous"
PREVIOUS_TMP = ".previous.tmp"
SWAP_FILE = "_swap.json"
STAGING_PREFIX = ".staging-"
TRASH_PREFIX = ".trash-"

FORMATS = frozenset({"parquet", "duckdb", "csv", "xlsx"})

_INT_RANGES = {
    pa.int32(): (-(2**31), 2**31 - 1),
    pa.int64(): (-(2**63), 2**63 - 1),
}
_ISO_DATE = lazy(r"\d{4}-\d{2}-\d{2}\Z")
_XLSX_MAX_ROWS = 1_048_576  # including the header row
_XLSX_MAX_CHARS = 32_767


# --------------------------------------------------------------------------
# Coercion: rows -> Arrow
# --------------------------------------------------------------------------

class _Bad(Exception):
    """Internal: a value cannot be coerced (message is the reason)."""


def _coerce_string(v: Any) -> str | None:
    if isinstance(v, str):
        return v if v != "" else None
    if isinstance(v, os.PathLike):
        s = os.fspath(v)
        if isinstance(s, str):
            return s or None
    raise _Bad("expected str")


def _coerce_int(v: Any, t: pa.DataType) -> int:
    if isinstance(v, bool) or not isinstance(v, (numbers.Real, decimal.Decimal)):
        raise _Bad("expected an integer")
    if isinstance(v, numbers.Integral):
        n = int(v)
    else:
        f = float(v)
        if not (math.isfinite(f) and f.is_integer()):
            raise _Bad("not an integral number")
        n = int(f)
    lo, hi = _INT_RANGES[t]
    if not lo <= n <= hi:
        raise _Bad(f"out of range for {t}")
    return n


def _coerce_float(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (numbers.Real, decimal.Decimal)):
        raise _Bad("expected a number")
    f = float(v)
    if math.isnan(f):
        return None  # NaN is "unknown"
    if math.isinf(f):
        raise _Bad("infinite")
    return f


def _coerce_bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if type(v).__name__ == "bool_":  # numpy.bool_ without importing numpy
        return bool(v)
    raise _Bad("expected bool")


def _coerce_date(v: Any) -> dt.date:
    if isinstance(v, dt.datetime):
        if v.time() != dt.time(0) or v.tzinfo is not None:
            raise _Bad("a datetime with a time of day or timezone is not a date")
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        if not _ISO_DATE.match(v):
            raise _Bad("expected an ISO date YYYY-MM-DD")
        try:
            return dt.date.fromisoformat(v)
        except ValueError as e:
            raise _Bad(str(e)) from None
    raise _Bad("expected datetime.date or 'YYYY-MM-DD'")


def _coerce_list(v: Any) -> list[str]:
    if not isinstance(v, (list, tuple)):
        raise _Bad("expected a list or tuple of str")
    for item in v:
        if not isinstance(item, str) or item == "":
            raise _Bad(f"list items must be non-empty str, got {item!r}")
    return list(v)


def _coercer(t: pa.DataType):
    if pa.types.is_string(t):
        return _coerce_string
    if t in _INT_RANGES:
        return lambda v: _coerce_int(v, t)
    if pa.types.is_float64(t):
        return _coerce_float
    if pa.types.is_boolean(t):
        return _coerce_bool
    if pa.types.is_date32(t):
        return _coerce_date
    if pa.types.is_list(t) and pa.types.is_string(t.value_type):
        return _coerce_list
    raise TypeError(f"jixiao.dataset does not know how to coerce Arrow type {t}")


def _short(v: Any, limit: int = 80) -> str:
    r = repr(v)
    return r if len(r) <= limit else r[: limit - 1] + "…"


def _check_table(table: str) -> None:
    if table not in schema.TABLES:
        raise ValueError(f"unknown table {table!r}; known: {', '.join(schema.TABLES)}")


_LIST_TYPES = frozenset({type(None), list, tuple})


def _fast_table(sch: pa.Schema, rows: list) -> pa.Table | None:
    """Convert all rows in C++ (a struct array) when every value already has its declared type.

    The result is checked for what the careful path would treat differently
    ("" -> null, NaN -> null, inf or "" inside a list -> error); on any doubt
    None is returned and the careful path decides. (One difference: bytes
    holding valid UTF-8 are stored as their text here.)
    """
    if not rows:
        return None
    # Arrow would quietly turn 1.5 into an int or a datetime into a date: check those types here.
    for f in sch:
        t = f.type
        if pa.types.is_integer(t):
            ok = int
        elif pa.types.is_boolean(t):
            ok = bool
        elif pa.types.is_date(t):
            ok = dt.date
        elif pa.types.is_list(t):
            if not {type(r.get(f.name)) for r in rows} <= _LIST_TYPES:
                return None
            continue
        else:
            continue
        if not {type(r.get(f.name)) for r in rows} <= {type(None), ok}:   # (each value None or exactly of its type)
            return None
    try:
        arr = pa.array(rows, type=pa.struct(list(sch)))
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return None
    tbl = pa.Table.from_struct_array(arr)
    cols = []
    for f, col in zip(sch, tbl.columns):
        if pa.types.is_string(f.type):
            empty = pc.equal(col, "")
            if pc.any(empty).as_py():
                col = pc.if_else(empty, pa.scalar(None, f.type), col)
        elif pa.types.is_floating(f.type):
            if pc.any(pc.invert(pc.is_finite(col))).as_py():
                return None
        elif pa.types.is_list(f.type):
            flat = pc.list_flatten(col)
            if len(flat) and (flat.null_count or pc.any(pc.equal(flat, "")).as_py()):
                return None
        cols.append(col)
    return pa.Table.from_arrays(cols, schema=sch)


def _fast_column(t: pa.DataType, values: list) -> pa.Array | None:
    """The common case without per-value coercion calls: every value already has the declared Python type.

    Returns None when any value needs the careful path (which also gives the
    precise error message).
    """
    if pa.types.is_string(t):
        if all(v is None or type(v) is str for v in values):
            return pa.array([v or None for v in values], type=t)
    elif pa.types.is_floating(t):
        if all(v is None or (type(v) is float and math.isfinite(v)) for v in values):
            return pa.array(values, type=t)
    elif pa.types.is_integer(t) and t.bit_width == 32:
        if all(v is None or (type(v) is int and -2**31 <= v < 2**31) for v in values):
            return pa.array(values, type=t)
    elif pa.types.is_boolean(t):
        if all(v is None or type(v) is bool for v in values):
            return pa.array(values, type=t)
    return None


def to_arrow(table: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Given a table name and rows (dicts keyed by column name), return a
    ``pyarrow.Table`` with exactly ``schema.arrow_schema(table)``.

    Missing keys and ``None`` become null. Unknown keys raise ValueError
    naming them. Values are coerced to the declared type:

    - string: ``str`` (or ``os.PathLike``); ``""`` becomes null.
    - int32/int64: integers or integral floats/Decimals (not bool), range-checked.
    - float64: ints, floats, Decimals (not bool); NaN becomes null, ±inf is an error.
    - bool: ``bool`` only.
    - date32: ``datetime.date``, a midnight naive ``datetime``, or ``"YYYY-MM-DD"``.
    - list<string>: list/tuple of non-empty ``str``; ``[]`` stays ``[]``.

    For every column type ``""`` means unknown and becomes null. Anything else
    raises ValueError naming the table, column, row index and value.
    """
    _check_table(table)
    sch = schema.arrow_schema(table)
    names = [f.name for f in sch]
    known = set(names)
    rows = list(rows)
    for i, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise ValueError(f"{table}: row {i} is {type(row).__name__}, not a dict")
    unknown = set().union(*(r.keys() for r in rows)) - known if rows else set()
    if unknown:
        raise ValueError(f"{table}: unknown column(s) {sorted(map(str, unknown))}")
    fast_table = _fast_table(sch, rows)
    if fast_table is not None:
        return fast_table

    arrays = []
    for field in sch:
        fast = _fast_column(field.type, [row.get(field.name) for row in rows])
        if fast is not None:
            arrays.append(fast)
            continue
        coerce = _coercer(field.type)
        values = []
        for i, row in enumerate(rows):
            v = row.get(field.name)
            if v is None or (isinstance(v, str) and v == ""):
                values.append(None)
                continue
            try:
                values.append(coerce(v))
            except _Bad as e:
                raise ValueError(
                    f"{table}.{field.name}: cannot store {_short(v)} (row {i}) "
                    f"as {field.type}: {e}") from None
        arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=sch)


# --------------------------------------------------------------------------
# File system helpers
# --------------------------------------------------------------------------

def _fsync(path: Path, flags: int) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    _fsync(path, os.O_RDWR)


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":  # elsewhere directories cannot be fsync'ed
        _fsync(path, os.O_RDONLY)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _move(src: Path, dst: Path) -> None:
    """os.replace that also works when a file replaces a folder or back."""
    if dst.exists() and (dst.is_dir() != src.is_dir()):
        _remove(dst)
    os.replace(src, dst)


def _discard(path: Path, outdir: Path) -> None:
    """Delete a folder so that a crash half-way never leaves a partial
    folder under its meaningful name: rename it to .trash-* first."""
    if not path.exists():
        return
    trash = outdir / f"{TRASH_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
    os.replace(path, trash)
    _fsync_dir(outdir)
    shutil.rmtree(trash, ignore_errors=True)


def _write_json(path: Path, obj: Any) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())


def _read_json(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


# The descriptors of the output locks this process holds. A forked child (a worker of the pool) closes
# its copies at once: an flock belongs to the open file, so a worker that outlived a killed parent would
# otherwise keep OUTDIR locked.
_HELD_LOCKS: set[int] = set()


def _forget_locks_in_child() -> None:
    for fd in list(_HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_locks_in_child)


@contextlib.contextmanager
def _locked(outdir: Path) -> Iterator[None]:
    with open(outdir / LOCK_FILE, "a+b") as f:
        if fcntl is not None:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RuntimeError(
                    f"{outdir} is being written by another jixiao process") from None
        _HELD_LOCKS.add(f.fileno())
        try:
            yield
        finally:
            _HELD_LOCKS.discard(f.fileno())
            if fcntl is not None:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _own_names() -> set[str]:
    """Every file name this writer can produce (the previous generation)."""
    names = {DUCKDB_FILE, DUCKDB_FILE + ".wal", XLSX_FILE}
    for t in schema.TABLES:
        names.update({f"{t}.parquet", f"{t}.csv"})
    return names


def _safe_name(name: Any) -> bool:
    return (isinstance(name, str) and name not in ("", MANIFEST)
            and not name.startswith(".") and "/" not in name and "\\" not in name)


# --------------------------------------------------------------------------
# Recovery
# --------------------------------------------------------------------------

def _recover(outdir: Path) -> str:
    """recover() without taking the lock. Returns what it did."""
    action = "none"
    tmp = outdir / PREVIOUS_TMP
    if tmp.exists():  # crash while preparing the swap: nothing was moved yet
        _discard(tmp, outdir)
    prev = outdir / PREVIOUS_DIR
    if prev.is_dir():
        swap = _read_json(prev / SWAP_FILE)
        if not isinstance(swap, dict) or "generation" not in swap:
            raise RuntimeError(
                f"{prev} exists without a readable {SWAP_FILE}; cannot tell which "
                "generation is complete. Inspect it and remove it by hand.")
        manifest = _read_json(outdir / MANIFEST)
        current = manifest.get("generation") if isinstance(manifest, dict) else None
        if current == swap["generation"]:
            action = "completed"  # committed; only the cleanup was missing
        else:
            action = "rolled_back"
            for name in os.listdir(prev):
                if name != SWAP_FILE and _safe_name(name):
                    _move(prev / name, outdir / name)
            old = set(swap.get("old", []))
            for name in swap.get("new", []):
                if _safe_name(name) and name not in old:
                    _remove(outdir / name)
            _fsync_dir(outdir)
        _discard(prev, outdir)
    for entry in os.listdir(outdir):
        if entry.startswith((STAGING_PREFIX, TRASH_PREFIX)):
            _remove(outdir / entry)
    return action


def recover(outdir: str | Path) -> str:
    """Given OUTDIR, repair it after an interrupted ``write_dataset``.

    If ``.previous/`` exists and ``_manifest.json`` does not carry the
    generation being swapped in, the previous generation is moved back and
    the new generation's files removed ("rolled_back"); if the manifest was
    already committed, only ``.previous/`` is deleted ("completed"). Stale
    ``.staging-*``/``.trash-*`` folders are removed. Returns "none",
    "rolled_back" or "completed".
    """
    outdir = Path(outdir)
    if not outdir.is_dir():
        return "none"
    with _locked(outdir):
        return _recover(outdir)


# --------------------------------------------------------------------------
# Writers (all write into the staging folder)
# --------------------------------------------------------------------------

def _sql_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_type(t: pa.DataType) -> str:
    if pa.types.is_string(t):
        return "VARCHAR"
    if pa.types.is_int32(t):
        return "INTEGER"
    if pa.types.is_int64(t):
        return "BIGINT"
    if pa.types.is_float64(t):
        return "DOUBLE"
    if pa.types.is_boolean(t):
        return "BOOLEAN"
    if pa.types.is_date32(t):
        return "DATE"
    if pa.types.is_list(t):
        return _sql_type(t.value_type) + "[]"
    raise TypeError(f"no DuckDB type for Arrow type {t}")


def _write_parquet(tbl: pa.Table, path: Path) -> None:
    with open(path, "wb") as f:
        pq.write_table(tbl, f, compression="zstd")
        f.flush()
        os.fsync(f.fileno())


def _write_duckdb(arrow: dict[str, pa.Table], path: Path) -> None:
    import duckdb

    con = duckdb.connect(str(path))
    try:
        for name, tbl in arrow.items():
            cols = ", ".join(f"{_sql_ident(f.name)} {_sql_type(f.type)}"
                             for f in tbl.schema)
            con.execute(f"CREATE TABLE {_sql_ident(name)} ({cols})")
            if tbl.num_rows:
                con.register("_jixiao_src", tbl)
                try:
                    con.execute(f"INSERT INTO {_sql_ident(name)} "
                                "SELECT * FROM _jixiao_src")
                finally:
                    con.unregister("_jixiao_src")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    _fsync_file(path)


def _rows(tbl: pa.Table) -> Iterator[list[Any]]:
    for batch in tbl.to_batches(max_chunksize=10_000):
        cols = [c.to_pylist() for c in batch.columns]
        yield from (list(r) for r in zip(*cols))


def _csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return repr(v)
    return v


def _write_csv(tbl: pa.Table, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(tbl.column_names)
        for row in _rows(tbl):
            w.writerow([_csv_value(v) for v in row])
        f.flush()
        os.fsync(f.fileno())


def _write_xlsx(arrow: dict[str, pa.Table], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, tbl in arrow.items():
        ws = wb.create_sheet(title=name)
        ws.freeze_panes = "A2"
        header = []
        for col in tbl.column_names:
            c = WriteOnlyCell(ws, value=col)
            c.font = bold
            header.append(c)
        ws.append(header)

        def text(s: str) -> Any:
            s = ILLEGAL_CHARACTERS_RE.sub("", s)[:_XLSX_MAX_CHARS]
            if s.startswith("="):  # openpyxl would store it as a formula
                c = WriteOnlyCell(ws, value=s)
                c.data_type = "s"
                return c
            return s

        for row in _rows(tbl):
            out = []
            for v in row:
                if isinstance(v, str):
                    v = text(v)
                elif isinstance(v, list):
                    v = text(json.dumps(v, ensure_ascii=False))
                out.append(v)
            ws.append(out)
    wb.save(path)
    _fsync_file(path)


# --------------------------------------------------------------------------
# write_dataset
# --------------------------------------------------------------------------

def _rollback_after_error(outdir: Path) -> None:
    """Called when the swap raised: put OUTDIR back into a complete state."""
    _recover(outdir)


def _as_arrow(table: str, rows) -> pa.Table:
    """Rows as dicts, or already an Arrow table of this table's schema (cast, checked), or a list of such."""
    sch = schema.arrow_schema(table)
    if rows is None:
        return to_arrow(table, [])
    if isinstance(rows, pa.Table):
        rows = [rows]
    if isinstance(rows, list) and rows and all(isinstance(r, pa.Table) for r in rows):
        parts = []
        for r in rows:
            if r.column_names != sch.names:
                raise ValueError(f"{table}: Arrow columns {r.column_names} are not the schema's {sch.names}")
            parts.append(r.cast(sch) if not r.schema.equals(sch, check_metadata=False) else r)
        return pa.concat_tables(parts).replace_schema_metadata(sch.metadata)
    return to_arrow(table, rows)


def write_dataset(tables: Mapping[str, Iterable[Mapping[str, Any]]],
                  outdir: str | Path,
                  formats: Iterable[str] = ("parquet", "duckdb")) -> dict[str, int]:
    """Given rows per table, an output folder and formats, write the dataset
    and return ``{table: row_count}`` for every table of ``schema.TABLES``.

    A table's rows are dicts, or Arrow tables of its schema (one or a list):
    a long run converts its rows in batches to keep memory low.

    Every table is written, even when absent from ``tables`` or empty (with
    all its columns). ``<table>.parquet`` and ``jixiao.duckdb`` are always
    written (the contract requires them; "parquet"/"duckdb" in ``formats``
    are accepted for clarity); "csv" adds ``<table>.csv`` and "xlsx" adds
    ``jixiao.xlsx``. Formats of an earlier run that are not requested now
    are removed. Rows are validated with ``to_arrow`` before anything is
    touched on disk. See the module docstring for the file formats and the
    atomicity guarantee.
    """
    formats = set(formats)
    bad = formats - FORMATS
    if bad:
        raise ValueError(f"unknown format(s) {sorted(bad)}; known: {sorted(FORMATS)}")
    unknown = set(tables) - set(schema.TABLES)
    if unknown:
        raise ValueError(f"unknown table(s) {sorted(unknown)}")
    arrow = {t: _as_arrow(t, tables.get(t)) for t in schema.TABLES}
    counts = {t: tbl.num_rows for t, tbl in arrow.items()}
    if "xlsx" in formats:
        too_big = {t: n for t, n in counts.items() if n + 1 > _XLSX_MAX_ROWS}
        if too_big:
            raise ValueError(f"too many rows for an Excel sheet: {too_big}; "
                             "omit the xlsx format")

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with _locked(outdir):
        _recover(outdir)
        stage = outdir / f"{STAGING_PREFIX}{os.getpid()}"
        stage.mkdir()
        try:
            produced = _stage(arrow, stage, formats)
            generation = uuid.uuid4().hex
            manifest = {
                "schema_version": schema.SCHEMA_VERSION,
                "generation": generation,
                "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "formats": sorted(formats | {"parquet", "duckdb"}),
                "tables": counts,
                "files": {n: (stage / n).stat().st_size for n in produced},
            }
            _write_json(stage / MANIFEST, manifest)
            _fsync_dir(stage)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
        try:
            _swap(outdir, stage, produced, generation)
        except BaseException as e:
            try:
                _rollback_after_error(outdir)
            except Exception as e2:  # pragma: no cover - double fault
                e.add_note(f"jixiao: rollback failed too ({e2!r}); "
                           f"run jixiao.dataset.recover({str(outdir)!r})")
            raise
        shutil.rmtree(stage, ignore_errors=True)
    return counts


def _stage(arrow: dict[str, pa.Table], stage: Path, formats: set[str]) -> list[str]:
    produced = []
    for t, tbl in arrow.items():
        _write_parquet(tbl, stage / f"{t}.parquet")
        produced.append(f"{t}.parquet")
    _write_duckdb(arrow, stage / DUCKDB_FILE)
    produced.append(DUCKDB_FILE)
    if "csv" in formats:
        for t, tbl in arrow.items():
            _write_csv(tbl, stage / f"{t}.csv")
            produced.append(f"{t}.csv")
    if "xlsx" in formats:
        _write_xlsx(arrow, stage / XLSX_FILE)
        produced.append(XLSX_FILE)
    return produced


def _swap(outdir: Path, stage: Path, produced: list[str], generation: str) -> None:
    old_manifest = _read_json(outdir / MANIFEST)
    candidates = _own_names()
    if isinstance(old_manifest, dict) and isinstance(old_manifest.get("files"), dict):
        candidates.update(n for n in old_manifest["files"] if _safe_name(n))
    old = sorted(n for n in candidates if (outdir / n).exists() or (outdir / n).is_symlink())

    # 1. Record the swap; .previous appears only once its journal is durable.
    tmp = outdir / PREVIOUS_TMP
    tmp.mkdir()
    _write_json(tmp / SWAP_FILE, {"generation": generation, "old": old, "new": produced})
    _fsync_dir(tmp)
    prev = outdir / PREVIOUS_DIR
    os.replace(tmp, prev)
    _fsync_dir(outdir)
    # 2. Move the previous generation aside.
    for name in old:
        os.replace(outdir / name, prev / name)
    _fsync_dir(prev)
    # 3. Move the new generation in.
    for name in produced:
        os.replace(stage / name, outdir / name)
    _fsync_dir(outdir)
    # 4. Commit: the manifest names the new generation.
    os.replace(stage / MANIFEST, outdir / MANIFEST)
    _fsync_dir(outdir)
    # 5. Cleanup; if it fails, the next recover() finishes it.
    try:
        _discard(prev, outdir)
    except OSError:
        pass


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------

def read_table(outdir: str | Path, table: str) -> pa.Table:
    """Given OUTDIR and a table name, return the table read from
    ``OUTDIR/<table>.parquet`` (a single file, or a folder of Parquet parts).

    When the file has the current schema's columns, the result is cast to
    ``schema.arrow_schema(table)`` exactly (Parquet names list items
    ``element`` where the schema says ``item``); a file written under another
    schema version is returned as stored.
    """
    _check_table(table)
    from jixiao.store import read_manifest
    if read_manifest(outdir) is not None:        # a dataset of parts (jixiao extract): the committed ones
        from jixiao.store import read_table as read_parts
        return read_parts(outdir, table)
    sch = schema.arrow_schema(table)
    path = Path(outdir) / f"{table}.parquet"
    tbl = pq.read_table(path, schema=sch) if path.is_dir() else pq.read_table(path)
    if tbl.column_names == sch.names:
        tbl = tbl.cast(sch)
    return tbl
