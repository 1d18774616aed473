"""Run `process_file` over many files: a pool of worker processes, progress, timeouts, crash isolation.

Each worker is a separate process that reads one file at a time. The parent
knows which file each worker holds and since when, so a worker that dies (a
segfault in a native library, the out-of-memory killer) or runs past the
per-file timeout costs that one file only: it is killed, the file is
recorded `failed` with the reason, and a fresh worker takes its place.
Results come back as they finish and are yielded in that order.
"""
from __future__ import annotations

import collections
import gc
import os
import queue
import re
from normalize._lazy_re import lazy
import signal
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator

from jixiao import archive
from jixiao.pipeline import TABLES, FileResult, failed_result, hash_input, is_url, process_file, shown_path

if TYPE_CHECKING:
    import multiprocessing


class Interrupted(KeyboardInterrupt):
    """A stop asked by a signal (SIGINT, SIGTERM): raised in the main thread so that a run stops as on
    Ctrl-C: workers stopped, committed batches kept, the output lock released."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


# The signal that asked this run to stop. The exception `request_stop` raises may be swallowed by a
# library it hits (it happens inside pyarrow); the loops below call `check_stop` to raise it again.
STOP: list[int] = []
# how many `deferred_stops` blocks are open: while one is, a stop is remembered and not raised
_DEFERRED: list[bool] = []


def request_stop(signum, frame) -> None:
    """Signal handler: remember the stop and raise it (unless a commit is under way: `deferred_stops`)."""
    STOP.append(signum)
    if not _DEFERRED:
        raise Interrupted(signum)


class deferred_stops:
    """While a batch is added or committed, a stop (Ctrl-C, SIGTERM) waits: raised inside a commit it would leave
    the store's manifest in memory behind the one on disk (the batch lost, or committed twice by the commit that
    follows the stop), inside `Committer.add` a document without its rows. The stop is remembered in STOP and
    raised by the next `check_stop` (a commit takes a moment; the loops check between files)."""

    def __enter__(self):
        _DEFERRED.append(True)
        return self

    def __exit__(self, *exc):
        _DEFERRED.pop()
        return False


def check_stop() -> None:
    if STOP:
        raise Interrupted(STOP[0])


class quiet_swallowed_stops:
    """While a run is on, a stop `request_stop` raised where Python cannot raise (a weakref callback
    inside importlib, a `__del__`) is dropped silently instead of printed as "Exception ignored in …"
    with a traceback: STOP keeps it and the loops raise it again with `check_stop`. Every other
    unraisable exception goes to the hook that was there before."""

    def __enter__(self):
        self._before = sys.unraisablehook

        def hook(unraisable, _before=self._before):
            if isinstance(unraisable.exc_value, Interrupted) and STOP:
                return
            _before(unraisable)

        sys.unraisablehook = hook
        return self

    def __exit__(self, *exc):
        sys.unraisablehook = self._before
        return False


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _die_with_parent(parent: int) -> None:
    """Make this worker end when its parent does: on Linux the kernel sends it SIGKILL
    (PR_SET_PDEATHSIG); elsewhere the worker loop notices a new parent pid."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)        # PR_SET_PDEATHSIG = 1
        except Exception:                                  # pragma: no cover - no libc / prctl
            pass
    if os.getppid() != parent:                             # the parent died before the line above
        os._exit(0)


def _worker(inbox, outbox, layouts, checks_disabled=frozenset(), parent: int | None = None) -> None:
    """Worker loop: take (index, path), answer (index, FileResult); None stops it.

    The parent stops its workers itself (Ctrl-C reaches the whole process group: a worker ignores
    SIGINT and is killed by the parent, which keeps what was committed); a worker whose parent
    died ends too."""
    if parent is not None:
        _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # One thread per worker for native libraries: the pool parallelises across processes.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    while True:
        try:
            item = inbox.get(timeout=1.0)
        except queue.Empty:
            if parent is not None and os.getppid() != parent:
                return
            continue
        if item is None:
            return
        idx, path = item
        try:
            res = process_file(path, layouts=layouts, checks_disabled=checks_disabled)
        except Exception as e:  # process_file records errors itself; this is the last guard
            res = failed_result(path, f"internal error: {type(e).__name__}: {e}")
        outbox.send((idx, res, peak_rss_mib()))


@dataclass
class _Slot:
    proc: multiprocessing.Process
    inbox: object
    reader: object = None        # this worker's own pipe for answers: a worker killed while it wrote blocks no other
    task: tuple[int, str] | None = None
    since: float = 0.0


def peak_rss_mib() -> float:
    """This process's peak resident memory so far, in MiB (Linux reports KiB)."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# the young generation's threshold during a batch (Python's default is 700 allocations)
_BATCH_GC_THRESHOLD = (10000, 10, 10)


# how many batches run now (nested or interleaved generators), and what the first of them found: only the outermost
# sets the collector and only the last one to end puts it back
_GC_STATE = {"depth": 0, "threshold": None, "froze": False}
_GC_LOCK = threading.Lock()


@contextmanager
def _batch_gc() -> Iterator[None]:
    """A batch allocates cells, rows and records by the million, nearly all short-lived, beside what lives on (the
    modules' patterns and tables, the text caches): the collector runs less often (a young generation of 10,000
    objects), and the objects alive before the batch are left out of its passes (`gc.freeze`). It took 4% of a run
    of text dumps (0.55 of 13 CPU seconds on bench/data), 0.17 s so. Restored when the last batch running ends
    (batches overlapping in any order: a depth count), and objects frozen by the caller before are left frozen (no
    freeze of ours then). A batch generator abandoned unfinished keeps the setting until it is closed or collected
    (the command line closes it)."""
    with _GC_LOCK:
        if _GC_STATE["depth"] == 0:
            _GC_STATE["threshold"] = gc.get_threshold()
            _GC_STATE["froze"] = gc.get_freeze_count() == 0
            if _GC_STATE["froze"]:
                gc.freeze()
            gc.set_threshold(*_BATCH_GC_THRESHOLD)
        _GC_STATE["depth"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["depth"] -= 1
            if _GC_STATE["depth"] == 0:
                gc.set_threshold(*_GC_STATE["threshold"])
                if _GC_STATE["froze"]:
                    gc.unfreeze()


def run_parallel(paths: list[str], jobs: int, *, timeout: float | None = None,
                 layouts: set[str] | None = None,
                 checks_disabled: frozenset[str] = frozenset(),
                 stats: dict | None = None) -> Iterator[tuple[int, FileResult]]:
    """Given files, yield (input index, result) as workers finish; a crash or timeout fails one file only.
    (The collector is set for a batch meanwhile: `_batch_gc`.)

    `stats`, when given, gets `worker_peak_mib`: the largest peak memory of a worker process (with one
    job and no timeout, of this process).

    With one job, text dumps are read in this process (a timeout stops them by an alarm signal: their
    readers are pure Python) and, with a timeout, other files (PDFs, office files, scans, URLs) one at a
    time in one worker process, so that a file that hangs in native code can be stopped too."""
    with _batch_gc():
        yield from _run_parallel(paths, jobs, timeout, layouts, checks_disabled, stats)


def _run_parallel(paths: list[str], jobs: int, timeout: float | None, layouts: set[str] | None,
                  checks_disabled: frozenset[str], stats: dict | None) -> Iterator[tuple[int, FileResult]]:
    stats = {} if stats is None else stats
    jobs = max(1, jobs)
    if jobs == 1:
        alarm = bool(timeout) and _can_alarm()
        todo = list(enumerate(paths))
        k = 0
        while k < len(todo):
            i, p = todo[k]
            check_stop()
            if timeout and not (alarm and _pure_python(p)):
                # a run of files whose readers call native code: one worker reads them
                j = k
                while j < len(todo) and not (alarm and _pure_python(todo[j][1])):
                    j += 1
                yield from _run_pool(todo[k:j], 1, timeout, layouts, checks_disabled, stats)
                k = j
                continue
            yield i, (_run_with_alarm(p, timeout, layouts, checks_disabled) if timeout
                      else _run_one_guarded(p, layouts, checks_disabled))
            stats["worker_peak_mib"] = max(stats.get("worker_peak_mib", 0.0), peak_rss_mib())
            k += 1
        return
    yield from _run_pool(list(enumerate(paths)), jobs, timeout, layouts, checks_disabled, stats)


# text dumps: read by pure-Python code, which an alarm signal interrupts wherever it is
_PURE_PYTHON_SUFFIXES = (".txt", ".text", ".csv", ".tsv", ".md", ".markdown")


_NATIVE_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8", b"II*\x00", b"MM\x00*",
                 b"GIF8", b"BM")


def _pure_python(path: str) -> bool:
    """A text dump by its name and its first bytes (a PDF or an image named .txt is read by native code)."""
    if not str(path).lower().endswith(_PURE_PYTHON_SUFFIXES) or is_url(str(path)):
        return False
    try:
        if archive.SEP in path and archive.is_member(path):
            head = archive.read_member(path)[:8]
        else:
            with open(path, "rb") as f:
                head = f.read(8)
    except OSError:
        return True                          # (unreadable: recorded failed in this process at once)
    return not head.startswith(_NATIVE_MAGIC)


def _can_alarm() -> bool:
    import threading
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class _FileTimedOut(BaseException):
    """Raised by the alarm in the middle of reading a file (a BaseException: no reader's `except Exception`
    takes it for the file's own error)."""


def _run_with_alarm(path: str, timeout: float, layouts, checks_disabled=frozenset()) -> FileResult:
    """Read one file in this process, stopped by SIGALRM after `timeout` seconds (recorded failed)."""
    def on_alarm(signum, frame):
        raise _FileTimedOut()
    old = signal.signal(signal.SIGALRM, on_alarm)
    try:
        try:
            signal.setitimer(signal.ITIMER_REAL, timeout)
            res = _run_one_guarded(path, layouts, checks_disabled)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _FileTimedOut:                    # (also an alarm between the read's end and the timer's stop)
        res = failed_result(path, f"timed out after {timeout:g} s (--timeout)")
    finally:
        signal.signal(signal.SIGALRM, old)
    return res


def _run_pool(todo: list[tuple[int, str]], jobs: int, timeout: float | None, layouts, checks_disabled,
              stats: dict) -> Iterator[tuple[int, FileResult]]:
    """The files `todo` ((input index, path) pairs) read by `jobs` worker processes; a crash or timeout fails
    one file only."""
    import multiprocessing as mp                 # (here: a one-process run of text dumps never imports it)
    from multiprocessing import connection as mp_connection
    paths = [p for _, p in todo]
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pending = list(todo)[::-1]
    slots: list[_Slot] = []

    def start() -> _Slot:
        # Each worker answers on a pipe of its own. (One queue shared by all workers has one write lock: a
        # worker killed — by the out-of-memory killer, a segfault — while its writer thread held that lock
        # left every other worker blocked on its next answer until its file timed out.)
        inbox = ctx.Queue()
        reader, writer = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_worker, args=(inbox, writer, layouts, checks_disabled, os.getpid()),
                           daemon=True)
        proc.start()
        writer.close()                   # the worker holds the only writing end: its death ends the pipe
        return _Slot(proc, inbox, reader)

    def feed(slot: _Slot) -> None:
        if pending:
            slot.task = pending.pop()
            slot.since = time.monotonic()
            slot.inbox.put(slot.task)
        else:
            slot.task = None

    clean = False
    try:
        for _ in range(min(jobs, len(paths))):
            s = start()
            slots.append(s)
            feed(s)
        while any(s.task is not None for s in slots):
            check_stop()
            busy = [s for s in slots if s.task is not None]
            answered = False
            for r in mp_connection.wait([s.reader for s in busy], timeout=0.2):
                slot = next(s for s in busy if s.reader is r)
                try:
                    idx, res, rss = slot.reader.recv()
                except (EOFError, OSError):      # the worker died, maybe in the middle of an answer: below
                    continue
                stats["worker_peak_mib"] = max(stats.get("worker_peak_mib", 0.0), rss)
                answered = True
                yield idx, res
                feed(slot)
            if answered:
                continue
            now = time.monotonic()
            for k, slot in enumerate(slots):
                if slot.task is None:
                    continue
                dead = not slot.proc.is_alive()
                late = timeout is not None and now - slot.since > timeout
                if not (dead or late):
                    continue
                idx, path = slot.task
                if dead:
                    code = slot.proc.exitcode
                    why = (f"the worker reading this file died (exit code {code}"
                           + (", killed by the out-of-memory killer or a signal" if code and code < 0 else "")
                           + ")")
                else:
                    why = f"timed out after {timeout:g} s (--timeout)"
                    slot.proc.kill()
                slot.proc.join(timeout=5)
                slot.reader.close()
                yield idx, failed_result(path, why)
                slots[k] = start()
                feed(slots[k])
        clean = True
    finally:
        # all done: idle workers are told to stop; interrupted (Ctrl-C, SIGTERM, the caller closed this
        # generator): they are killed at once, holding nothing worth waiting for
        for s in slots:
            if not s.proc.is_alive():
                continue
            if clean:
                try:
                    s.inbox.put(None)
                except Exception:
                    pass
            else:
                s.inbox.cancel_join_thread()
                s.proc.kill()
        for s in slots:
            s.proc.join(timeout=2 if clean else 10)
            if s.proc.is_alive():
                s.proc.kill()
                s.proc.join(timeout=10)
            s.reader.close()


def _run_one_guarded(path: str, layouts, checks_disabled=frozenset()) -> FileResult:
    fault = os.environ.get("JIXIAO_FAULT_KILL")
    if fault and fault in str(path):     # fault injection for tests: this worker dies as a segfault would
        import signal
        os.kill(os.getpid(), signal.SIGKILL)
    try:
        return process_file(path, layouts=layouts, checks_disabled=checks_disabled)
    except Exception as e:  # pragma: no cover - process_file records errors itself
        # (KeyboardInterrupt and SystemExit go through: an interrupted file is not a failed file)
        return failed_result(path, f"internal error: {type(e).__name__}: {e}")


class Progress:
    """Progress on stderr: a live line on a terminal, a log line every few seconds otherwise."""

    def __init__(self, total: int, *, quiet: bool = False, stream=None, every: float = 5.0):
        self.total, self.quiet = total, quiet
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.every = every
        self.done = self.failed = 0
        self.t0 = time.monotonic()
        self.last = 0.0

    def update(self, res: FileResult) -> None:
        self.done += 1
        self.failed += res.document["status"] == "failed"
        if self.quiet:
            return
        now = time.monotonic()
        final = self.done == self.total
        if not final and now - self.last < (0.2 if self.tty else self.every):
            return
        self.last = now
        rate = self.done / max(now - self.t0, 1e-9)
        eta = (self.total - self.done) / rate if rate > 0 else 0
        line = (f"{self.done}/{self.total} files  {rate:.1f} files/s  ETA {eta:.0f} s  "
                f"{self.failed} failed")
        if self.tty:
            width = 24
            fill = int(width * self.done / max(self.total, 1))
            self.stream.write(f"\r[{'#' * fill}{'.' * (width - fill)}] {line}  ")
            if final:
                self.stream.write("\n")
        else:
            self.stream.write(f"jixiao: {line}\n")
        self.stream.flush()


class Batch:
    """The rows of whole documents read since the last `take`, and counts over all documents added."""

    def __init__(self):
        self.rows: dict[str, list[dict]] = {"documents": [], **{t: [] for t in TABLES}}
        self.status: collections.Counter = collections.Counter()   # documents by status
        self.counts: collections.Counter = collections.Counter()   # rows by table
        self.codes: collections.Counter = collections.Counter()    # warnings by code

    def add(self, res: FileResult) -> None:
        self.status[res.document["status"]] += 1
        self.rows["documents"].append(res.document)
        for k, rows in res.tables.items():
            self.rows[k].extend(rows)
            self.counts[k] += len(rows)
        self.codes.update(w["code"] for w in res.tables["warnings"])

    @property
    def pending(self) -> int:
        return len(self.rows["documents"])

    def take(self) -> dict:
        """Return the rows held as one Arrow table per table (tables without rows left out), and forget them."""
        from jixiao.dataset import to_arrow
        batch = {t: to_arrow(t, rows) for t, rows in self.rows.items() if rows}
        self.rows = {t: [] for t in self.rows}
        return batch


class Committer(Batch):
    """Results in input order; every `size` documents their rows become one committed part per table of
    the store (so a killed run keeps what it read and memory stays bounded)."""

    def __init__(self, store, size: int = 300):
        super().__init__()
        self.store, self.size = store, size

    def add(self, res: FileResult) -> None:
        with deferred_stops():            # (a document is added whole, or not at all)
            super().add(res)
        if self.pending >= self.size:
            self.flush()

    def add_summary(self, summary: dict) -> None:
        """Count a batch that a worker wrote and the caller committed (documents rows, counts, codes)."""
        self.status.update(d["status"] for d in summary["docs"])
        self.counts.update(summary["counts"])
        self.codes.update(summary["codes"])

    def flush(self) -> None:
        """Commit the documents held as one batch (a stop asked meanwhile waits for the commit's end)."""
        with deferred_stops():
            rows = self.take()
            if rows:
                self.store.append(rows)


@dataclass
class Plan:
    """What a run does with its inputs, given what OUTDIR holds (see `plan_run`)."""
    todo: list[str]                       # files to read, in input order
    skipped: list[str]                    # files whose bytes are already a document of OUTDIR
    dups: list[tuple[str, str]]           # (file, earlier input with the same bytes): one document
    ids: dict[str, str]                   # {file to read: its doc_id} (readable files)
    drop: set[str]                        # doc_ids whose rows go before this run adds its own
    changed: list[str]                    # inputs whose bytes differ from the document OUTDIR holds for them
    held_ok: bool = False                 # a skipped input is a read (not failed) document of OUTDIR
    aliases: dict[str, list[str]] = field(default_factory=dict)   # {file to read: its document's aliases}
    paths: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # {held doc_id: new (path, aliases)}


def _still_there(path: str) -> bool:
    """False for a local path, or an archive's member, that no longer exists (a URL is assumed to)."""
    from jixiao.pipeline import is_url
    return is_url(path) or os.path.lexists(path) or (archive.SEP in path and archive.member_exists(path))


# a file's first bytes by the extensions they go with (a file of another extension with these bytes, or of these
# extensions without them, does not fit its name)
_MAGIC = ((b"%PDF", (".pdf",)), (b"PK\x03\x04", (".docx", ".xlsx", ".xlsm", ".zip", ".odt", ".ods", ".pptx", ".ofd")),
          (b"\xd0\xcf\x11\xe0", (".doc", ".xls", ".et", ".wps")), (b"\x89PNG", (".png",)),
          (b"\xff\xd8", (".jpg", ".jpeg", ".jfif")), (b"GIF8", (".gif",)), (b"RIFF", (".webp",)),
          (b"II*\x00", (".tif", ".tiff")), (b"MM\x00*", (".tif", ".tiff")), (b"BM", (".bmp",)), (b"{\\rtf", (".rtf",)))
_TEXT_EXT = (".txt", ".csv", ".tsv", ".html", ".htm", ".md", ".text", ".shtml", ".xhtml", ".mht", ".mhtml")


# a copy's name as Windows Explorer (`绩效目标表 - 副本.docx`, `… - Copy`, `复件 …` on XP), a browser's download
# (`绩效目标表(1).docx`), macOS's Finder (`… 副本`, `… copy`) or by hand (`Copy of …`, `…的副本`, `… - 复制`) gives it
_COPY_NAME = lazy(r"(?:\s*-\s*(?:副本|复制|复件|copy)(?:\s*[(（]\d+[)）])?|\s+(?:副本|copy)(?:\s*\d+)?|的副本|"
                        r"\s*[(（]\d{1,2}[)）])$|^(?:复件|副本|copy\s+of)\b\s*(?:[(（]\d+[)）]\s*)?", re.I)


def is_copy_name(path: str) -> bool:
    """Does a file's name say it is a copy of another (`绩效目标表 - 副本.docx`, `绩效目标表(1).docx`, `复件 绩效目标表.doc`,
    `Copy of 表.xlsx`)?"""
    stem = os.path.splitext(path.replace("\\", "/").rsplit("/", 1)[-1])[0]
    return bool(_COPY_NAME.search(stem.strip()))


def _fits(path: str, head: bytes) -> bool:
    """Does a file's extension fit its first bytes (a PDF named .pdf, a text named .txt)?"""
    ext = os.path.splitext(path)[1].lower()
    magic = next((exts for m, exts in _MAGIC if head.startswith(m)), None)
    if magic is not None:
        return ext in magic
    return ext in _TEXT_EXT


def plan_run(paths: Iterable[str], held: list[dict], force: bool = False) -> Plan:
    """Given the input files and OUTDIR's documents rows (doc_id, path, aliases, status), return the run's plan.

    A file is known by its bytes (doc_id) and by its path: bytes OUTDIR holds are skipped (read again
    with `force`, their rows dropped first); inputs with the same bytes are one document, its first path
    in `path`, the others in `aliases` (with the paths an earlier run recorded for it that are not inputs
    now and still exist). A path OUTDIR holds with other bytes than it has now (a file changed, or could
    not be read then or now) gets its new document, and leaves the old one, whose rows are dropped when
    no path is left to it (two paths with the same bytes are copies, not versions of each other). A file
    that cannot be read is read (to record it failed), replacing the failed row an earlier run gave it; so is a
    document an earlier run recorded failed (timed out, or refused by its reader).
    """
    from jixiao.pipeline import not_a_document_id, unreadable_id

    paths = list(paths)
    # the paths as the dataset holds them (a file name not in UTF-8 is written decoded: shown_path)
    sh = {p: shown_path(p) for p in paths}
    real = {s: p for p, s in sh.items()}
    inputs = set(real)
    held_ids = {d["doc_id"]: d for d in held if d.get("doc_id")}
    recorded: dict[str, list[str]] = {}       # doc_id -> its recorded paths (path first)
    by_path: dict[str, set[str]] = {}
    for d in held_ids.values():
        rec = [x for x in [d.get("path"), *(d.get("aliases") or [])] if x]
        recorded[d["doc_id"]] = list(dict.fromkeys(rec))
        for x in rec:
            by_path.setdefault(x, set()).add(d["doc_id"])
    cur: dict[str, str] = {}                  # file -> doc_id now (an unreadable file: its path's id)
    readable: dict[str, bool] = {}
    group: dict[str, list[str]] = {}          # readable doc_id -> its inputs, in input order
    heads: dict[str, bytes] = {}
    for p in paths:
        try:
            (cur[p], heads[p]), readable[p] = hash_input(p), True
            group.setdefault(cur[p], []).append(p)
        except OSError:
            cur[p], readable[p] = unreadable_id(p), False
    for did, ps in group.items():
        # copies of one file under several names: read under a name whose extension fits its bytes (a text dump
        # saved as a/scan.pdf, listed first, failed as a damaged PDF, and the good copy b/form.txt was only its alias),
        # and is no copy's (`绩效目标表 - 副本.docx` sorts before `绩效目标表.docx`: the copy was the document's path, the
        # report's source, the original its alias)
        if len(ps) > 1:
            ps.sort(key=lambda p: (not _fits(p, heads[p]), is_copy_name(p)))      # (stable: input order)

    def kept(did: str) -> list[str]:
        """The recorded paths of a held document that still stand for it: not an input with other
        bytes now, not gone."""
        return [x for x in recorded.get(did, []) if (x in inputs and cur[real[x]] == did)
                or (x not in inputs and _still_there(x))]

    plan = Plan([], [], [], {}, set(), [])
    for p in paths:
        did = cur[p]
        old = by_path.get(sh[p], set()) - {did}
        if old:
            plan.changed.append(sh[p])
        for o in old:                         # p left o: o keeps its other paths, or goes
            if o in group or o in plan.drop or o in plan.paths:
                continue
            rest = kept(o)
            if rest:
                plan.paths[o] = (rest[0], rest[1:])
            else:
                plan.drop.add(o)
        if not readable[p]:
            plan.todo.append(p)               # read, so that it is recorded failed (again: replacing its row)
            if did in held_ids:
                plan.drop.add(did)
            continue
        first = group[did][0]
        if p != first:
            plan.dups.append((sh[p], sh[first]))
            continue
        if did in held_ids and not force and held_ids[did].get("status") != "failed":
            # (a document that failed, by a timeout or a reader's error, is read again: a larger --timeout or a
            # newer jixiao may read it)
            plan.skipped.append(p)
            plan.held_ok = plan.held_ok or did != not_a_document_id(p)      # (a lock file is no document read)
            rec = kept(did)
            new = rec + [sh[x] for x in group[did] if sh[x] not in rec]
            if new and is_copy_name(new[0]):      # (a dataset whose path is a copy's: the original takes it)
                ext = os.path.splitext(new[0])[1].lower()
                orig = next((x for x in new if not is_copy_name(x) and os.path.splitext(x)[1].lower() == ext), None)
                if orig is not None:
                    new.remove(orig)
                    new.insert(0, orig)
            if new != recorded[did]:
                plan.paths[did] = (new[0], new[1:])
            continue
        if did in held_ids:
            plan.drop.add(did)
        extra = [x for x in kept(did) if x not in inputs]
        plan.aliases[sh[p]] = [sh[x] for x in group[did][1:]] + extra
        plan.ids[p] = did
        plan.todo.append(p)
    return plan


def run_dask(paths: list[str], address: str, *, layouts: set[str] | None = None,
             checks_disabled: frozenset[str] = frozenset(),
             timeout: float | None = None, stats: dict | None = None,
             client=None, watch: "_DaskWatch | None" = None) -> Iterator[tuple[int, FileResult]]:
    """Given files and a Dask scheduler (`tcp://host:8786`, or `local` / `local:N` for a LocalCluster of N
    worker processes), yield (input index, result) as the cluster finishes them.

    Workers read the files from the same paths (a shared file system); results come back to this client,
    which writes the dataset. A worker lost while reading a file makes Dask retry the file elsewhere
    (its `allowed-failures`, 3 by default); a file that still fails is recorded `failed` with the reason.
    A cluster left with no worker (all died and none came back) never makes the run wait forever: see
    `_DaskWatch` — the files still pending are recorded `failed`, naming the cause.
    """
    own = client is None
    cluster = None
    if own:
        client, cluster = _dask_client(address)
    watch = watch or _DaskWatch(client, cluster)
    try:
        futures = {client.submit(_dask_task, p, layouts, checks_disabled, key=f"jixiao-{i}-{doc_key(p)}",
                                 pure=False): i for i, p in enumerate(paths)}
        for fut, lost in _dask_finished(futures, watch):
            i = futures[fut]
            if lost:
                yield i, failed_result(paths[i], lost)
                continue
            try:
                res, rss = _dask_result(fut, watch, timeout)
                if stats is not None:
                    stats["worker_peak_mib"] = max(stats.get("worker_peak_mib", 0.0), rss)
            except _NoWorker as e:       # its result lost with its worker, and no worker left to make it again
                res = failed_result(paths[i], str(e))
            except Exception as e:       # the file killed its workers too often, or the cluster failed it
                res = failed_result(paths[i], f"failed on the Dask cluster: {type(e).__name__}: {e}"[:300])
            yield i, res
    finally:
        if own:
            _dask_close(client, cluster)


def run_dask_parts(paths: list[str], address: str, outdir: str, partition_by: str | None, *,
                   files_per_task: int = 50, layouts: set[str] | None = None,
                   checks_disabled: frozenset[str] = frozenset(),
                   aliases: dict[str, list[str]] | None = None) -> Iterator[tuple[str, object]]:
    """Run the files on a Dask cluster in tasks of `files_per_task`; each task writes its rows as hidden
    Parquet parts into OUTDIR (a path every worker sees) and returns only their manifest entries and its
    documents rows. Yields ("parts", summary) per finished task — the caller commits `summary["written"]`
    — and, for the files of a task that failed even after Dask's retries (a file that kills its worker),
    ("file", FileResult) from running those files one per task, so one bad file costs itself only.
    A cluster left with no worker: as in `run_dask`, the files of the tasks still pending come back as
    ("file", failed FileResult) and the run ends.
    """
    import uuid

    client, cluster = _dask_client(address)
    watch = _DaskWatch(client, cluster)
    try:
        chunks = [paths[i:i + files_per_task] for i in range(0, len(paths), files_per_task)]
        aliases = aliases or {}
        futures = {client.submit(_dask_parts_task, chunk, outdir, partition_by, layouts, checks_disabled,
                                 {p: aliases[shown_path(p)] for p in chunk if shown_path(p) in aliases}, key=f"jixiao-parts-{k}-{uuid.uuid4().hex[:8]}", pure=False): chunk
                   for k, chunk in enumerate(chunks)}
        for fut, lost in _dask_finished(futures, watch):
            if lost:
                for p in futures[fut]:
                    yield "file", failed_result(p, lost)
                continue
            try:
                summary = _dask_result(fut, watch)
            except _NoWorker as e:
                for p in futures[fut]:
                    yield "file", failed_result(p, str(e))
                continue
            except Exception:            # a worker died on this chunk too often: file by file
                for i, res in run_dask(futures[fut], address, layouts=layouts, checks_disabled=checks_disabled,
                                       client=client, watch=watch):
                    yield "file", res
                continue
            yield "parts", summary
    finally:
        _dask_close(client, cluster)


def dask_worker_wait() -> float:
    """Seconds a Dask run waits for a worker while the cluster has none and files are pending
    (JIXIAO_DASK_WORKER_WAIT, default 120; a local cluster is restarted once after that wait)."""
    try:
        v = float(os.environ.get("JIXIAO_DASK_WORKER_WAIT", "") or 120)
    except ValueError:
        v = 120.0
    return max(v, 0.1)


class _DaskWatch:
    """Watches that a Dask cluster still has a worker while futures are pending.

    Dask waits for a worker forever: when every worker process has died and none came back (a nanny whose
    restart failed on a loaded machine, a remote cluster whose workers were all lost), the futures stay
    pending and the run would hang. After `dask_worker_wait()` seconds with no worker, a local cluster is
    restarted once (fresh worker processes); a second such wait, or any such wait on a remote cluster, gives
    up: `lost()` then returns the reason the pending files are recorded `failed` with.
    """

    def __init__(self, client, cluster, wait: float | None = None):
        self.client, self.cluster = client, cluster
        self.wait = dask_worker_wait() if wait is None else wait
        self.poll = min(2.0, max(self.wait / 4, 0.05))
        self.since: float | None = None
        self.restarted = False

    def workers(self) -> int:
        try:
            return int(self.client.scheduler_info(n_workers=0).get("n_workers", 0))
        except Exception:            # the scheduler itself unreachable: no worker to run anything
            return 0

    def lost(self) -> str | None:
        if self.workers():
            self.since = None
            return None
        now = time.monotonic()
        if self.since is None:
            self.since = now
            return None
        if now - self.since < self.wait:
            return None
        if self.cluster is not None and not self.restarted:
            self.restarted, self.since = True, None
            try:
                n = len(self.cluster.worker_spec) or 1
                self.cluster.scale(0)        # (drops the dead workers' specs: new workers take their place)
                self.cluster.scale(n)
                return None
            except Exception:
                pass
        return (f"failed on the Dask cluster: no worker left for {self.wait:g} s"
                + (" (even after restarting the local cluster once)" if self.restarted else "")
                + " — its workers died (or none joined) and none came back; not read (a rerun reads it)")


def _dask_finished(futures, watch: _DaskWatch):
    """Yield (future, None) as the futures finish; when `watch` gives up on a cluster with no worker, yield
    (future, reason) for each one still pending (cancelled) and stop."""
    from dask.distributed import wait

    pending = set(futures)
    while pending:
        try:
            done, pending = wait(pending, timeout=watch.poll, return_when="FIRST_COMPLETED")
        except Exception:            # (dask's TimeoutError: none finished within the poll)
            done = set()
        for fut in done:
            yield fut, None
        if pending and not done:
            why = watch.lost()
            if why:
                for fut in pending:
                    fut.cancel()
                for fut in pending:
                    yield fut, why
                return


class _NoWorker(Exception):
    """A Dask result that cannot come: the cluster has had no worker for the watch's wait."""


def _dask_result(fut, watch: _DaskWatch, timeout: float | None = None):
    """`fut.result()`, watched: a future Dask counted finished can still wait — its result was held by a worker
    that died before this client fetched it, so Dask computes it again — and with no worker left it would wait
    forever. Raises _NoWorker with the reason when `watch` gives up; TimeoutError past `timeout` seconds."""
    t0 = time.monotonic()
    while True:
        try:
            return fut.result(timeout=watch.poll)
        except TimeoutError:
            if timeout is not None and time.monotonic() - t0 >= timeout:
                raise
            why = watch.lost()
            if why:
                fut.cancel()
                raise _NoWorker(why) from None


def _dask_close(client, cluster) -> None:
    for x in (client, cluster):
        if x is None:
            continue
        try:
            x.close()
        except Exception:            # (a cluster whose workers are gone may fail to close cleanly)
            pass


def _dask_parts_task(paths: list[str], outdir: str, partition_by, layouts, checks_disabled,
                     aliases: dict[str, list[str]] | None = None) -> dict:
    import uuid

    from jixiao.store import write_parts

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    b = Batch()
    for p in paths:
        res = _run_one_guarded(p, layouts, checks_disabled)
        res.document["aliases"] = list((aliases or {}).get(p, []))      # (keyed by the input path: run_dask_parts)
        b.add(res)
    docs = b.rows["documents"]
    written = write_parts(outdir, b.take(), partition_by, f"w{uuid.uuid4().hex[:12]}-00000")
    return {"docs": docs, "counts": dict(b.counts), "codes": dict(b.codes), "written": written,
            "rss": peak_rss_mib()}


def _dask_client(address: str):
    from dask.distributed import Client, LocalCluster

    if address == "local" or address.startswith("local:"):
        n = int(address.split(":", 1)[1]) if ":" in address else default_jobs()
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        return Client(cluster), cluster
    return Client(address, timeout=30), None


def _dask_task(path: str, layouts, checks_disabled) -> tuple[FileResult, float]:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    return _run_one_guarded(path, layouts, checks_disabled), peak_rss_mib()


def doc_key(path: str) -> str:
    """A short stable key for a task name (Dask keys must be unique per submission)."""
    import hashlib
    return hashlib.sha1(path.encode()).hexdigest()[:12]
