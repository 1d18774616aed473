"""Benchmark: `jixiao extract` over an archive of text dumps, beside a bare pass over the same files.

Builds bench/data (the samples copied until the archive holds at least
--mb megabytes; each copy made unique by a trailing line), then, in one run:
  1. bare pass: read bytes, decode UTF-8, split lines and tabs (the floor
     any reader of these files pays), in this process;
  2. `jixiao extract bench/data -o bench/out` in a child process, single
     process, writing included (and once more with `--no-index`, to show
     what building the search index costs);
and prints forms/s, MB/s, their ratio and the child's peak memory (RSS).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
OUT = ROOT / "bench" / "out"


def build_archive(mb: float) -> tuple[int, int]:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    if DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(parents=True)
    total = n = k = 0
    while total < mb * 1e6:
        k += 1
        sub = DATA / f"batch{k // 50:03d}"
        sub.mkdir(exist_ok=True)
        for s in samples:
            data = s.read_bytes() + f"\n\n副本 {k}\n".encode()
            (sub / f"{s.stem}_{k:04d}.txt").write_bytes(data)
            total += len(data)
            n += 1
    return n, total


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def bare_pass() -> tuple[float, int]:
    t0 = time.perf_counter()
    cells = 0
    for root, _, files in os.walk(DATA):
        for f in files:
            text = Path(root, f).read_bytes().decode("utf-8")
            for line in text.split("\n"):
                cells += len(line.split("\t"))
    return time.perf_counter() - t0, cells


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0, help="archive size in MB (default 10)")
    args = ap.parse_args()
    n_files, size = build_archive(args.mb)
    mb = size / 1e6
    c0 = time.process_time()
    bare_s, _ = bare_pass()
    bare_cpu = time.process_time() - c0
    if OUT.exists():
        shutil.rmtree(OUT)
    exe = Path(sys.executable).with_name("jixiao")
    # byte-compile the project's modules first, as an installed wheel holds them: with PYTHONDONTWRITEBYTECODE set
    # (or sources changed since `make install`) every child run would compile them again, ~1 s of CPU a run (sp12)
    import compileall
    for pkg in ("jixiao", "parsers", "normalize", "extract"):
        compileall.compile_dir(str(ROOT / pkg), quiet=1)
    t0, c0 = time.perf_counter(), child_cpu()
    proc = subprocess.run([str(exe), "extract", str(DATA), "-o", str(OUT), "-q", "-j", "1"],
                          capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, child_cpu() - c0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    shutil.rmtree(OUT)
    # the same run without building the search index (`--no-index`; `jixiao search` builds it when missing):
    # what the index costs, measured beside the full run
    c1 = child_cpu()
    subprocess.run([str(exe), "extract", str(DATA), "-o", str(OUT), "-q", "-j", "1", "--no-index"],
                   capture_output=True, text=True)
    cpu_noidx = child_cpu() - c1
    shutil.rmtree(OUT)
    t0 = time.perf_counter()
    par = subprocess.run([str(exe), "extract", str(DATA), "-o", str(OUT), "-q"], capture_output=True, text=True)
    wall_all = time.perf_counter() - t0
    if proc.returncode != 0:
        print(proc.stdout, proc.stderr, file=sys.stderr)
        return 1
    import duckdb
    con = duckdb.connect(str(OUT / "jixiao.duckdb"), read_only=True)
    projects = con.execute("select count(*) from projects").fetchall()[0][0]
    assessments = con.execute("select count(distinct doc_id) from assessment_items").fetchall()[0][0]
    indicators = con.execute("select count(*) from indicators").fetchall()[0][0]
    forms = projects + assessments
    print(f"archive: {n_files} files, {mb:.1f} MB, {forms} forms ({projects} projects + {assessments} "
          f"assessment tables), {indicators} indicators")
    print(f"bare pass (read+decode+split): {bare_s:8.3f} s  {n_files / bare_s:10.0f} files/s  {mb / bare_s:8.1f} MB/s"
          f"   CPU {bare_cpu:.3f} s")
    print(f"jixiao extract (1 process):    {wall:8.3f} s  {forms / wall:10.0f} forms/s  {mb / wall:8.2f} MB/s"
          f"   CPU {cpu:.3f} s = {forms / cpu:.0f} forms per CPU-second")
    print(f"  the same without the search index: CPU {cpu_noidx:.3f} s = {forms / cpu_noidx:.0f} forms per CPU-second"
          f" (the index is {100 * (cpu - cpu_noidx) / cpu:.0f}% of the run)")
    if par.returncode == 0:
        print(f"jixiao extract (all cores):    {wall_all:8.3f} s  {forms / wall_all:10.0f} forms/s  "
              f"{mb / wall_all:8.2f} MB/s")
    print(f"ratio jixiao / bare pass:      {wall / bare_s:8.1f} x the time ({cpu / max(bare_cpu, 1e-9):.1f} x on CPU time)")
    print(f"peak memory of the jixiao run: {peak_kb / 1024:.0f} MiB (max RSS)")
    print(f"target 1000 forms/s on one core: {'met' if forms / wall >= 1000 else 'NOT met'} on wall time, "
          f"{'met' if forms / cpu >= 1000 else 'NOT met'} on CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
