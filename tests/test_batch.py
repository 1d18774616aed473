"""Batch runs: parallel workers, a crash or a timeout costs one file, incremental re-runs, progress."""
from __future__ import annotations

import io
import os
import shutil
import signal
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import jixiao.batch as batch
from jixiao.batch import Progress, run_parallel
from jixiao.cli import main
from jixiao.dataset import read_table
from jixiao.pipeline import process_file
from jixiao.store import read_manifest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def test_parallel_gives_the_same_results_as_one_process():
    paths = [str(p) for p in SAMPLES]
    one = {i: r.document["doc_id"] for i, r in run_parallel(paths, 1)}
    two = {i: r for i, r in run_parallel(paths, 2)}
    assert sorted(two) == list(range(len(paths)))
    assert {i: r.document["doc_id"] for i, r in two.items()} == one
    for i, r in two.items():
        ref = process_file(paths[i])
        assert len(r.tables["indicators"]) == len(ref.tables["indicators"])


@pytest.mark.skipif(os.name != "posix", reason="fork start method")
def test_a_crash_or_a_timeout_costs_one_file(tmp_path, monkeypatch):
    crash, slow = tmp_path / "crash.txt", tmp_path / "slow.txt"
    crash.write_text("x")
    slow.write_text("y")
    real = batch.process_file

    def fake(path, **kw):              # inherited by the forked workers
        if str(path).endswith("crash.txt"):
            os.kill(os.getpid(), signal.SIGKILL)
        if str(path).endswith("slow.txt"):
            time.sleep(60)
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", fake)
    paths = [str(SAMPLES[0]), str(crash), str(slow), str(SAMPLES[1])]
    got = dict(run_parallel(paths, 2, timeout=3))
    assert sorted(got) == [0, 1, 2, 3]
    assert got[0].document["status"] != "failed" and got[3].document["status"] != "failed"
    assert got[1].document["status"] == "failed" and "died" in got[1].document["error"]
    assert got[2].document["status"] == "failed" and "timed out" in got[2].document["error"]
    assert str(crash) in got[1].document["error"]



@pytest.mark.skipif(os.name != "posix", reason="fork start method")
def test_a_worker_killed_while_it_answers_blocks_no_other_worker(tmp_path, monkeypatch):
    # A worker killed (out-of-memory killer) while it writes a large answer: once, all workers answered
    # on one queue with one write lock, and a worker killed holding it left the others unable to answer
    # (their files timed out, or the run hung on a half-written answer). Each worker now answers on a
    # pipe of its own. The kill comes once, 0.3 s after the answer is ready: while it is written, or, on
    # a fast host, while that worker reads its next file — either way one file fails, no other.
    import threading
    real = batch.process_file
    once = tmp_path / "killed"

    def fake(path, **kw):                  # inherited by the forked workers
        res = real(path, **kw)
        if str(path) == str(SAMPLES[0]) and not once.exists():
            once.touch()
            res.document["error"] = "x" * 200_000_000        # a large answer: long to write
            threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGKILL)).start()
        return res

    monkeypatch.setattr(batch, "process_file", fake)
    paths = [str(p) for p in SAMPLES] * 2
    got = dict(run_parallel(paths, 2, timeout=30))
    assert sorted(got) == list(range(len(paths)))
    failed = [r.document for r in got.values() if r.document["status"] == "failed"]
    assert len(failed) == 1 and "the worker reading this file died" in failed[0]["error"], failed

def test_incremental_runs_skip_add_and_force(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES[:3]:
        shutil.copy(p, src / p.name)
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "2"]) == 0
    first = pq.read_table(out / "projects.parquet").num_rows
    docs = pq.read_table(out / "documents.parquet").num_rows
    assert docs == 3
    # the same inputs again: nothing read, nothing duplicated
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    assert pq.read_table(out / "documents.parquet").num_rows == 3
    assert pq.read_table(out / "projects.parquet").num_rows == first
    # a new file is added to what is there
    shutil.copy(SAMPLES[3], src / SAMPLES[3].name)
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    d = pq.read_table(out / "documents.parquet")
    assert d.num_rows == 4 and len(set(d.column("doc_id").to_pylist())) == 4
    total = pq.read_table(out / "projects.parquet").num_rows
    assert total == first + len(process_file(SAMPLES[3]).tables["projects"])
    # --force reads everything again, without duplicates
    assert main(["extract", str(src), "-o", str(out), "-q", "--force"]) == 0
    assert pq.read_table(out / "documents.parquet").num_rows == 4
    assert pq.read_table(out / "projects.parquet").num_rows == total
    ids = pq.read_table(out / "indicators.parquet").column("project_id").to_pylist()
    seqs = pq.read_table(out / "indicators.parquet").column("seq").to_pylist()
    assert len(set(zip(ids, seqs))) == len(ids)


def _with_a_copy(tmp_path):
    """An input folder holding a sample, a copy of it under another name in another folder, and another sample."""
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    (src / "b").mkdir()
    shutil.copy(SAMPLES[0], src / "a" / "form.txt")
    shutil.copy(SAMPLES[0], src / "b" / "copy.txt")
    shutil.copy(SAMPLES[1], src / "b" / "other.txt")
    return src, tmp_path / "out"


def test_identical_inputs_are_one_document(tmp_path, capsys):
    """An archive holding the same file twice (a copy in another folder): read once, one documents row,
    no project twice; the copy is named on stderr."""
    src, out = _with_a_copy(tmp_path)
    assert main(["extract", str(src), "-o", str(out), "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert "same bytes as another input" in captured.err and "copy.txt" in captured.err
    assert "1 copies of other inputs read once" in captured.out
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == 2 and docs[0]["path"].endswith("form.txt")
    ids = read_table(out, "projects").column("project_id").to_pylist()
    assert len(ids) == len(set(ids))


def test_progress_lines_when_not_on_a_terminal():
    buf = io.StringIO()
    p = Progress(3, stream=buf, every=0.0)
    for path in SAMPLES[:3]:
        p.update(process_file(path))
    lines = buf.getvalue().strip().splitlines()
    assert lines[-1].startswith("jixiao: 3/3 files") and "files/s" in lines[-1] and "0 failed" in lines[-1]
    quiet = io.StringIO()
    q = Progress(1, stream=quiet, quiet=True)
    q.update(process_file(SAMPLES[0]))
    assert quiet.getvalue() == ""


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_sigkill_then_rerun_has_no_duplicate_and_no_loss(tmp_path):
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    n = 0
    for k in range(12):                       # unique bytes: distinct documents
        for p in SAMPLES:
            (src / f"{p.stem}_{k}.txt").write_bytes(p.read_bytes() + f"\n副本 {k}\n".encode())
            n += 1
    out = tmp_path / "out"
    # a first run over half of the files, so that OUTDIR holds a dataset when the next run is killed
    half = tmp_path / "half"
    half.mkdir()
    for f in sorted(src.iterdir())[: n // 2]:
        shutil.copy(f, half / f.name)
    assert main(["extract", str(half), "-o", str(out), "-q", "-j", "1"]) == 0
    before = pq.read_table(out / "documents.parquet").num_rows
    exe = [sys.executable, "-c", "from jixiao.cli import run; run()"]
    proc = subprocess.Popen(exe + ["extract", str(src), "-o", str(out), "-q", "-j", "1", "--batch-size", "3"])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:   # kill it once it has committed a batch
        m = read_manifest(out)
        if m and m["tables"]["documents"] > before:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # OUTDIR is a valid dataset that kept the batches the killed run committed, each document whole
    docs = read_table(out, "documents").column("doc_id").to_pylist()
    assert before < len(docs) <= n and len(set(docs)) == len(docs)
    for t in ("projects", "indicators", "warnings"):
        assert set(read_table(out, t).column("doc_id").to_pylist()) <= set(docs), t
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "2"]) == 0
    docs = pq.read_table(out / "documents.parquet").column("doc_id").to_pylist()   # a folder reader
    assert len(docs) == n and len(set(docs)) == n
    projects = pq.read_table(out / "projects.parquet").column("project_id").to_pylist()
    assert len(projects) == len(set(projects))
    per_copy = sum(len(process_file(p).tables["projects"]) for p in SAMPLES)
    assert len(projects) == 12 * per_copy


def test_dask_local_cluster_gives_the_same_dataset(tmp_path):
    pytest.importorskip("dask.distributed")
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES:
        shutil.copy(p, src / p.name)
    a, b = tmp_path / "local", tmp_path / "dask"
    assert main(["extract", str(src), "-o", str(a), "-q", "-j", "2"]) == 0
    assert main(["extract", str(src), "-o", str(b), "-q", "--dask", "local:2", "--batch-size", "2"]) == 0
    # the workers wrote the parts, the client committed them: 5 files make 5 tasks (at least 16 tasks
    # are made when there are files enough, each of at most --batch-size files)
    parts = list((b / "documents.parquet").glob("*.parquet"))
    assert len(parts) == 5 and all(p.name.startswith("part-w") for p in parts)
    for t in ("documents", "projects", "indicators", "budget_items", "scores", "assessment_items", "warnings"):
        x = pq.read_table(a / f"{t}.parquet").drop_columns(["seconds"] if t == "documents" else [])
        y = pq.read_table(b / f"{t}.parquet").drop_columns(["seconds"] if t == "documents" else [])
        assert sorted(map(repr, x.to_pylist())) == sorted(map(repr, y.to_pylist())), t


def test_dask_worker_killed_by_a_file_costs_that_file(tmp_path, monkeypatch):
    """A file that kills its Dask worker: its chunk is retried, then read file by file; the file is
    recorded failed, the others are read, nothing is committed twice."""
    pytest.importorskip("dask.distributed")
    monkeypatch.setenv("JIXIAO_FAULT_KILL", "crashme")
    monkeypatch.setenv("DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES", "0")
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES[:3]:
        shutil.copy(p, src / p.name)
    (src / "crashme.txt").write_bytes(SAMPLES[3].read_bytes() + b"\n")
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "--dask", "local:2", "--batch-size", "2"]) == 0
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == 4 and len({d["doc_id"] for d in docs}) == 4
    bad = [d for d in docs if d["path"].endswith("crashme.txt")]
    assert bad[0]["status"] == "failed" and "Dask" in bad[0]["error"]
    assert all(d["status"] != "failed" for d in docs if d not in bad)


def test_inputs_from_an_fsspec_url(tmp_path):
    """`file://` URLs (any fsspec file system: s3://, gs:// … with their packages) are read like paths."""
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES[:2]:
        shutil.copy(p, src / p.name)
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["extract", str(src), "-o", str(a), "-q", "-j", "1"]) == 0
    assert main(["extract", src.as_uri(), "-o", str(b), "-q", "-j", "1"]) == 0
    x, y = read_table(a, "documents").to_pylist(), read_table(b, "documents").to_pylist()
    assert [d["path"] for d in y] == [(src / p.name).as_uri() for p in SAMPLES[:2]]
    assert [d["doc_id"] for d in x] == [d["doc_id"] for d in y]
    assert read_table(a, "indicators").num_rows == read_table(b, "indicators").num_rows > 0
    assert main(["extract", src.as_uri() + "/missing.txt", "-o", str(tmp_path / "c"), "-q"]) == 1


def _archive(folder: Path, copies: int) -> int:
    """`copies` distinct variants of every sample (unique bytes): a run long enough to interrupt."""
    folder.mkdir()
    n = 0
    for k in range(copies):
        for p in SAMPLES:
            (folder / f"{p.stem}_{k}.txt").write_bytes(p.read_bytes() + f"\n副本 {k}\n".encode())
            n += 1
    return n


def _start_and_wait_for_a_commit(src: Path, out: Path, *extra: str):
    """Start `jixiao extract` in a child process; return it (and its worker pids) once it has committed
    a batch."""
    import subprocess
    import sys

    # (Ctrl-C as in a terminal even when these tests run in a background job, where SIGINT is ignored)
    exe = [sys.executable, "-c", "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
           "from jixiao.cli import run; run()"]
    with open(out.parent / "stderr.txt", "w") as err:        # not a pipe: a worker would hold it open
        proc = subprocess.Popen(exe + ["extract", str(src), "-o", str(out), "-q", "--batch-size", "1", *extra],
                                stderr=err)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        m = read_manifest(out)
        if m and m["tables"]["documents"] > 0:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    return proc


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _gone(pids: list[int]) -> bool:
    """Wait (bounded) until none of pids runs any more (zombies reaped by init count as gone)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        alive = []
        for p in pids:
            try:
                state = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(p)
        if not alive:
            return True
        time.sleep(0.05)
    return False


def _lock_is_free(out: Path) -> bool:
    import fcntl
    with open(out / ".jixiao.lock", "a+b") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
        return True


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_a_terminated_or_killed_run_leaves_no_worker_and_no_lock(tmp_path, sig):
    """Ctrl-C and SIGTERM stop the workers and release OUTDIR, with one line on stderr; after SIGKILL of the parent its
    workers end by themselves and never held the lock. A rerun resumes."""
    src = tmp_path / "in"
    n = _archive(src, 12)
    out = tmp_path / "out"
    proc = _start_and_wait_for_a_commit(src, out, "-j", "2")
    workers = _children(proc.pid)
    assert workers
    proc.send_signal(sig)
    rc = proc.wait()
    try:
        assert _gone(workers), "workers outlived their parent"
        assert _lock_is_free(out)
    finally:
        for w in workers:                     # (the old code left them blocked forever)
            try:
                os.kill(w, signal.SIGKILL)
            except OSError:
                pass
    docs = read_table(out, "documents").column("doc_id").to_pylist()
    assert 0 < len(docs) and len(set(docs)) == len(docs)
    if sig != signal.SIGKILL:                  # one clear line, no traceback
        assert rc == 128 + sig, (out.parent / "stderr.txt").read_text()
        assert (out.parent / "stderr.txt").read_text().strip().splitlines() == [
            f"jixiao: interrupted: {len(docs)} documents committed to {out}; run the same command again to continue"]
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "2"]) == 0
    docs = read_table(out, "documents").column("doc_id").to_pylist()
    assert len(docs) == n and len(set(docs)) == n


def _three_samples(tmp_path):
    """An input folder of three samples, an output folder and the real process_file (tests that replace it)."""
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES[:3]:
        shutil.copy(p, src / p.name)
    return src, tmp_path / "out", batch.process_file


def test_ctrl_c_with_one_job_stops_the_run_and_records_nothing_for_the_file(tmp_path, monkeypatch, capsys):
    """KeyboardInterrupt while a file is read in this process is no failure of that file: the run stops,
    the batches committed before stay, the file is read by the next run."""
    src, out, real = _three_samples(tmp_path)
    victim = sorted(src.iterdir())[1]

    def fake(path, **kw):
        if str(path) == str(victim):
            raise KeyboardInterrupt
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", fake)
    with pytest.raises(KeyboardInterrupt):
        list(run_parallel([str(p) for p in sorted(src.iterdir())], 1))
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1", "--timeout", "0", "--batch-size", "1"]) == 130
    assert capsys.readouterr().err.strip().splitlines() == [
        f"jixiao: interrupted: 1 documents committed to {out}; run the same command again to continue"]
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == 1 and docs[0]["status"] != "failed"
    monkeypatch.setattr(batch, "process_file", real)
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1", "--timeout", "0"]) == 0
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == 3 and all(d["status"] != "failed" for d in docs)



def test_an_interrupt_a_library_swallowed_still_stops_the_run(tmp_path, monkeypatch, capsys):
    """The KeyboardInterrupt a signal raises can be lost inside a library (pyarrow swallows it at times):
    the stop is remembered and raised again between files."""
    src, out, real = _three_samples(tmp_path)
    victim = sorted(src.iterdir())[0]

    def fake(path, **kw):
        if str(path) == str(victim):
            try:
                batch.request_stop(signal.SIGTERM, None)
            except KeyboardInterrupt:
                pass                                  # swallowed
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", fake)
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1", "--timeout", "0", "--batch-size", "1"]) == 143
    assert "jixiao: interrupted: 0 documents committed" in capsys.readouterr().err
    assert read_manifest(out) is None or read_manifest(out)["tables"]["documents"] == 0
    assert not batch.STOP
    monkeypatch.setattr(batch, "process_file", real)
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1", "--timeout", "0"]) == 0
    assert len(read_table(out, "documents")) == 3


@pytest.mark.skipif(os.name != "posix", reason="fork start method")
def test_an_unreadable_input_is_one_row_whatever_the_reruns(tmp_path):
    """A dangling symlink is one failed row, replaced (not added again) by each rerun; a rerun with
    nothing new exits 0 when its inputs hold a read document, 1 when they hold none."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES[0], src / "a.txt")
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    for extra in ([], [], ["--force"]):
        assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1", *extra]) == 0
        docs = read_table(out, "documents").to_pylist()
        assert len(docs) == 2 and len({d["doc_id"] for d in docs}) == 2
        bad = [d for d in docs if d["path"].endswith("gone.txt")]
        assert len(bad) == 1 and bad[0]["status"] == "failed"
    assert main(["extract", str(src / "gone.txt"), "-o", str(out), "-q", "-j", "1"]) == 1
    assert len(read_table(out, "documents")) == 2
    # once it can be read, its document replaces the failed row
    shutil.copy(SAMPLES[1], tmp_path / "nowhere.txt")
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == 2 and all(d["status"] != "failed" for d in docs)


@pytest.mark.parametrize("force", [False, True])
def test_a_changed_file_replaces_its_old_rows(tmp_path, force):
    """The same path with new bytes: its new document replaces the old one in every table (a plain rerun
    and --force); a copy elsewhere that still has the old bytes keeps the old document."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES[0], src / "a.txt")
    shutil.copy(SAMPLES[1], src / "b.txt")
    shutil.copy(SAMPLES[1], src / "b_copy.txt")
    out = tmp_path / "out"
    args = ["extract", str(src), "-o", str(out), "-q", "-j", "1"] + (["--force"] if force else [])
    assert main(args) == 0
    old_a = process_file(src / "a.txt").document["doc_id"]
    shutil.copy(SAMPLES[2], src / "a.txt")            # a.txt is changed
    shutil.copy(SAMPLES[3], src / "b.txt")            # b.txt too, but b_copy.txt keeps its bytes
    assert main(args) == 0
    expect = {p: process_file(p) for p in (SAMPLES[2], SAMPLES[3], SAMPLES[1])}
    ids = {r.document["doc_id"] for r in expect.values()}
    docs = read_table(out, "documents").to_pylist()
    assert {d["doc_id"] for d in docs} == ids and len(docs) == 3
    assert old_a not in ids
    for t in ("projects", "indicators", "warnings"):
        got = read_table(out, t)
        assert got.num_rows == sum(len(r.tables[t]) for r in expect.values()), t
        if "doc_id" in got.column_names:
            assert set(got.column("doc_id").to_pylist()) <= ids, t


def test_every_input_path_is_in_the_dataset(tmp_path, capsys):
    """Copies (same bytes, other names) are one document whose `aliases` name the other paths; a file
    moved since an earlier run is found at its new path; a copy added later joins the aliases."""
    src, out = _with_a_copy(tmp_path)
    assert main(["extract", str(src), "-o", str(out), "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert "1 files have the same bytes as another input" in err and "aliases" in err

    def where():
        return {d["path"]: sorted(d["aliases"]) for d in read_table(out, "documents").to_pylist()}

    assert where() == {str(src / "a" / "form.txt"): [str(src / "b" / "copy.txt")],
                       str(src / "b" / "other.txt"): []}
    # moved and renamed: the same documents, at their new paths
    (src / "b" / "other.txt").rename(src / "a" / "renamed.txt")
    (src / "a" / "form.txt").rename(src / "a" / "moved.txt")
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    assert where() == {str(src / "b" / "copy.txt"): [str(src / "a" / "moved.txt")],
                       str(src / "a" / "renamed.txt"): []}
    # a copy in a folder read by a later run, alone: added to the aliases, the others kept
    (tmp_path / "more").mkdir()
    shutil.copy(SAMPLES[1], tmp_path / "more" / "third.txt")
    assert main(["extract", str(tmp_path / "more"), "-o", str(out), "-q", "-j", "1"]) == 0
    assert where()[str(src / "a" / "renamed.txt")] == [str(tmp_path / "more" / "third.txt")]
    assert len(read_table(out, "documents")) == 2
    assert len(read_table(out, "projects")) == sum(len(process_file(p).tables["projects"]) for p in SAMPLES[:2])


def test_documents_has_the_same_columns_empty_or_full(tmp_path):
    from jixiao import schema
    empty, full = tmp_path / "empty", tmp_path / "full"
    (tmp_path / "none").mkdir()
    main(["extract", str(tmp_path / "none"), "-o", str(empty), "-q", "-j", "1"])
    assert main(["extract", str(SAMPLES[0]), "-o", str(full), "-q", "-j", "1"]) == 0
    for out in (empty, full):
        tbl = pq.read_table(out / "documents.parquet")
        assert tbl.schema.field("aliases").type == schema.arrow_schema("documents").field("aliases").type
        assert tbl.column_names == schema.columns("documents")


def test_timeout_with_one_job_reads_text_in_process_and_others_in_a_worker(tmp_path, monkeypatch):
    """-j 1 (the default on a one-core host) with --timeout: a hanging file is stopped and recorded failed, the
    run goes on. Text dumps are read in this process (an alarm stops a hanging one: no worker's cost on
    the archive's bulk), other files in a worker process (a hang in native code cannot be interrupted here);
    both kinds time out as failed rows and the run goes on."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES[0], src / "a.txt")
    (src / "slow.txt").write_bytes(SAMPLES[1].read_bytes())
    (src / "slow.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    real, seen = batch.process_file, []

    def fake(path, **kw):
        seen.append((Path(path).name, os.getpid()))
        if Path(path).name.startswith("slow"):
            time.sleep(30)
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", fake)
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1", "--timeout", "1.5"]) == 0
    docs = {Path(d["path"]).name: d for d in read_table(out, "documents").to_pylist()}
    assert docs["slow.txt"]["error"].endswith("timed out after 1.5 s (--timeout)")
    assert docs["slow.html"]["error"].endswith("timed out after 1.5 s (--timeout)")
    assert docs["a.txt"]["status"] != "failed"
    # the text files were read here (the forked worker's calls are not seen by this process)
    assert {name for name, pid in seen if pid == os.getpid()} == {"a.txt", "slow.txt"}


def test_a_document_that_timed_out_is_read_again_on_the_next_run(tmp_path, monkeypatch):
    """A file that failed by a timeout (or a reader's error) is no document to skip: the next run reads it again
    (with a larger --timeout it is read; it was skipped as already there, only --force helped)."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES[0], src / "slow.txt")
    shutil.copy(SAMPLES[1], src / "other.txt")
    out = tmp_path / "out"
    real = batch.process_file

    def slow(path, **kw):
        if str(path).endswith("slow.txt"):
            time.sleep(30)
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", slow)
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "2", "--timeout", "2"]) == 0
    docs = {Path(d["path"]).name: d for d in read_table(out, "documents").to_pylist()}
    assert docs["slow.txt"]["status"] == "failed" and "timed out" in docs["slow.txt"]["error"]
    monkeypatch.setattr(batch, "process_file", real)
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == 2 and all(d["status"] != "failed" for d in docs)
    assert read_table(out, "projects").num_rows == sum(len(process_file(s).tables["projects"]) for s in SAMPLES[:2])


def test_a_stop_swallowed_by_a_callback_prints_no_traceback(monkeypatch):
    """SIGTERM landing inside a weakref callback of importlib was printed as "Exception ignored in …" with a
    traceback before the one clear line (seen once in CI); while a run is on such a stop is dropped quietly
    (STOP keeps it for `check_stop`), and any other unraisable exception is still reported."""
    import gc

    class Stops:
        def __del__(self):
            batch.request_stop(signal.SIGTERM, None)

    class Breaks:
        def __del__(self):
            raise ValueError("a real fault")

    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(type(u.exc_value).__name__))
    batch.STOP.clear()
    try:
        with batch.quiet_swallowed_stops():
            Stops()
            gc.collect()
            assert batch.STOP == [signal.SIGTERM]
            with pytest.raises(batch.Interrupted):
                batch.check_stop()
            Breaks()
            gc.collect()
    finally:
        batch.STOP.clear()
    assert seen == ["ValueError"]
    assert sys.unraisablehook is not None and batch.STOP == []
    Stops()                                     # after the run: reported as before
    gc.collect()
    batch.STOP.clear()
    assert seen == ["ValueError", "Interrupted"]


def test_batch_collector_setting_restored_when_batches_overlap():
    """Two batch generators entered A, B and ended A, B (review DR): the first's end put its saved threshold back while
    B ran and B's end then left the batch threshold for good; now only the last batch to end restores the collector,
    and objects the caller froze itself stay frozen."""
    import gc
    before = gc.get_threshold()
    a, b = batch._batch_gc(), batch._batch_gc()
    a.__enter__()
    assert gc.get_threshold() == batch._BATCH_GC_THRESHOLD
    b.__enter__()
    a.__exit__(None, None, None)
    assert gc.get_threshold() == batch._BATCH_GC_THRESHOLD       # B still runs
    b.__exit__(None, None, None)
    assert gc.get_threshold() == before
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with batch._batch_gc():
            pass
        # the caller's freeze is not undone (an unfreeze would leave 0; objects freed meanwhile leave it a few less)
        assert gc.get_freeze_count() > frozen // 2
    finally:
        gc.unfreeze()
