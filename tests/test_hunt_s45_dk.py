"""Batch dk: a Dask run whose cluster is left with no worker ends — it never waits forever."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jixiao.dataset import read_table

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))

# Runs `jixiao extract --dask local:1` in a child process whose nannies do not restart a worker that died (as
# a nanny whose restart failed on a loaded machine: "Failed to restart worker after its process exited"), so
# each worker the fault file kills leaves the cluster with no worker at all.
RUNNER = textwrap.dedent("""
    import sys
    from distributed.nanny import Nanny

    async def _no_restart(self, exitcode):
        await self.close(reason="test: the worker died and was not restarted")

    Nanny._on_worker_exit = _no_restart
    from jixiao.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def test_dask_run_with_no_worker_left_ends_with_every_file(tmp_path):
    """The file `crashme` kills every worker that reads it and no nanny restarts one: the run waits
    JIXIAO_DASK_WORKER_WAIT seconds, restarts the local cluster once, loses its worker again, then records the
    files still pending `failed` naming the cause and ends; every input is a row of documents.
    (main: the run hung — in as_completed or fut.result() — until the 240 s timeout below killed it.)"""
    pytest.importorskip("dask.distributed")
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES[:3]:
        shutil.copy(p, src / p.name)
    (src / "crashme.txt").write_bytes(SAMPLES[3].read_bytes() + b"\n")
    out = tmp_path / "out"
    env = dict(os.environ, JIXIAO_FAULT_KILL="crashme", JIXIAO_DASK_WORKER_WAIT="5",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        r = subprocess.run([sys.executable, "-c", RUNNER, "extract", str(src), "-o", str(out), "-q",
                            "--dask", "local:1"], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=240)
    except subprocess.TimeoutExpired:
        pytest.fail("the Dask run with no worker left did not end (hung)")
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == 4 and len({d["doc_id"] for d in docs}) == 4, r.stderr[-2000:]
    bad = [d for d in docs if d["path"].endswith("crashme.txt")]
    # crashme can never finish: two workers (the first and the restarted one) die on it, fewer than Dask's
    # allowed failures — so it ends only by the watch giving up, with the reason
    assert bad[0]["status"] == "failed" and "no worker left" in bad[0]["error"], bad[0]["error"]
    assert "restarting the local cluster once" in bad[0]["error"]
    for d in docs:                # a sample is read, or (pending when the watch gave up) failed with the reason
        assert d["status"] != "failed" or "no worker left" in d["error"], d
    assert r.returncode in (0, 1)


def test_dask_worker_wait_from_the_environment(monkeypatch):
    from jixiao.batch import dask_worker_wait
    monkeypatch.setenv("JIXIAO_DASK_WORKER_WAIT", "7.5")
    assert dask_worker_wait() == 7.5
    monkeypatch.setenv("JIXIAO_DASK_WORKER_WAIT", "nonsense")
    assert dask_worker_wait() == 120.0
    monkeypatch.delenv("JIXIAO_DASK_WORKER_WAIT")
    assert dask_worker_wait() == 120.0


class _Client:
    def __init__(self, counts):
        self.counts = list(counts)

    def scheduler_info(self, n_workers=-1):
        n = self.counts.pop(0) if len(self.counts) > 1 else self.counts[0]
        if n is None:
            raise OSError("scheduler unreachable")
        return {"n_workers": n}


class _Cluster:
    def __init__(self):
        self.worker_spec = {0: {}, 1: {}}
        self.scaled = []

    def scale(self, n):
        self.scaled.append(n)


def test_dask_watch_restarts_a_local_cluster_once_then_gives_up(monkeypatch):
    """No worker for the wait: a local cluster is scaled to none and back to its size once; the next wait
    gives up with the reason. A remote cluster (none to restart) gives up after the first wait; a worker seen
    again resets the clock. (main: no such watch — `_DaskWatch` did not exist.)"""
    from jixiao.batch import _DaskWatch
    clock = [0.0]
    monkeypatch.setattr("jixiao.batch.time.monotonic", lambda: clock[0])
    cluster = _Cluster()
    w = _DaskWatch(_Client([0]), cluster, wait=10)
    assert w.lost() is None                    # no worker seen: the clock starts
    clock[0] = 9
    assert w.lost() is None and cluster.scaled == []
    clock[0] = 10
    assert w.lost() is None and cluster.scaled == [0, 2]     # restarted once, with its 2 workers
    clock[0] = 15
    assert w.lost() is None                    # a new wait starts for the restarted workers
    clock[0] = 25
    why = w.lost()
    assert why and "no worker left for 10 s" in why and "restarting the local cluster once" in why
    assert cluster.scaled == [0, 2]

    clock[0] = 0
    w = _DaskWatch(_Client([0, 0, 1, 0, 0, None]), None, wait=10)   # a remote cluster: no restart
    assert w.lost() is None
    clock[0] = 5
    assert w.lost() is None
    clock[0] = 11
    assert w.lost() is None                    # a worker again: the clock stops
    clock[0] = 12
    assert w.lost() is None                    # none again: it starts anew
    clock[0] = 21
    assert w.lost() is None
    clock[0] = 22
    why = w.lost()                              # (the scheduler unreachable counts as no worker)
    assert why and "no worker left for 10 s" in why and "restarting" not in why
