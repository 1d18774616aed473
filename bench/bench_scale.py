"""Benchmark: scaling of `jixiao extract` on a mixed archive: 1 job, 2 jobs, Dask on 2 workers, in one run.

Builds bench/scale_data from the fixtures (text dumps, DOCX, XLSX, HTML and a
few PDFs; each copy made unique so that every file is a document), then times
the three runs and prints files/s, the parallel efficiency (speed-up / jobs)
and the peak memory of each run's processes.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from unique import unique_copy  # noqa: E402
DATA = ROOT / "bench" / "scale_data"
OUT = ROOT / "bench" / "scale_out"
# share of the archive per kind: text dumps dominate real archives, PDFs are the slow ones
MIX = (("txt", 0.55), ("docx", 0.2), ("html", 0.1), ("xlsx", 0.1), ("pdf", 0.05))


def sources() -> dict[str, list[Path]]:
    return {
        "txt": sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "templates").glob("*/form.txt")),
        "docx": sorted((ROOT / "tests" / "fixtures" / "office").glob("0*.docx"))
        + sorted((ROOT / "tests" / "templates").glob("*/form.docx")),
        "html": sorted((ROOT / "tests" / "fixtures" / "office").glob("0*.html")),
        "xlsx": sorted((ROOT / "tests" / "fixtures" / "office").glob("0*.xlsx")),
        "pdf": sorted((ROOT / "tests" / "fixtures" / "pdf").glob("0*.pdf")),
    }


def build(n: int) -> int:
    if DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(parents=True)
    src = sources()
    made = 0
    for kind, share in MIX:
        files = src[kind]
        want = max(1, int(n * share))
        for k in range(want):
            s = files[k % len(files)]
            data = unique_copy(s.read_bytes(), s.suffix, k)     # every copy a document of its own
            dst = DATA / kind / f"{k:05d}_{s.parent.name}_{s.name}"
            dst.parent.mkdir(exist_ok=True)
            dst.write_bytes(data)
            made += 1
    return made


def run(args: list[str], data: Path = DATA) -> tuple[float, str]:
    """Run jixiao extract on the archive; return (wall seconds, its own line on peak memory)."""
    if OUT.exists():
        shutil.rmtree(OUT)
    exe = Path(sys.executable).with_name("jixiao")
    t0 = time.perf_counter()
    proc = subprocess.run([str(exe), "extract", str(data), "-o", str(OUT), *args], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    mem = re.search(r"peak memory: this process (\d+) MiB, largest worker (\d+) MiB", proc.stdout)
    return wall, (f"client {mem.group(1)} MiB, largest worker {mem.group(2)} MiB" if mem else "not reported")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    args = ap.parse_args()
    n = build(args.files)
    print(f"mixed archive: {n} files ({', '.join(f'{k} {int(s * 100)}%' for k, s in MIX)})")
    one, mem1 = run(["-j", "1"])
    two, mem2 = run(["-j", "2"])
    print(f"1 job:            {one:8.1f} s  {n / one:7.1f} files/s  peak memory: {mem1} (one process)")
    print(f"2 jobs:           {two:8.1f} s  {n / two:7.1f} files/s  efficiency {one / two / 2:.2f} (target 0.8)  "
          f"peak memory: {mem2}")
    try:
        import dask.distributed  # noqa: F401
        d, memd = run(["--dask", "local:2"])
        print(f"Dask, 2 workers:  {d:8.1f} s  {n / d:7.1f} files/s  efficiency {one / d / 2:.2f}  peak memory: {memd}")
    except ImportError:
        print("dask not installed: its line is left out")
    quarter = DATA.parent / "scale_data_quarter"          # the same mix, a quarter of the files (hard links)
    if quarter.exists():
        shutil.rmtree(quarter)
    files = sorted(p for p in DATA.rglob("*") if p.is_file())
    for p in files[::4]:
        dst = quarter / p.relative_to(DATA)
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.link(p, dst)
    q, memq = run(["-j", "2"], quarter)
    print(f"2 jobs, {len(files[::4])} files: {q:6.1f} s  {len(files[::4]) / q:7.1f} files/s  peak memory: {memq}")
    print(f"2 jobs, {n} files: peak memory: {mem2}   (memory does not grow with the archive: the client "
          "holds one batch, each worker one file)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
