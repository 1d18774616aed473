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
    (main: the run hung forever in as_completed — this child was killed by the timeout below.)"""
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
