"""Old vs new models side by side on recorded inputs: CPU time (interleaved repetitions) and text read.

    python bench/quant/compare.py INPUTS.npz [--det] [--reps 3] [--limit N] MODEL.onnx ...

`float` as a model name is the wheel's model. Each repetition runs every model over all inputs, the
models' order rotated between repetitions; prints the median CPU seconds (time.process_time) per
model and, for rec, how many inputs are read as another text than by the first model (and examples);
for det, how many detected boxes differ.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def planes(u):
    x = u.astype(np.float32) * np.float32(1 / 127.5) - np.float32(1.0)
    return np.ascontiguousarray(np.broadcast_to(x, (1, 3) + x.shape))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs")
    ap.add_argument("models", nargs="+")
    ap.add_argument("--det", action="store_true")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=12)
    args = ap.parse_args()
    from extract.ocr import RapidOcrEngine
    d = np.load(args.inputs, allow_pickle=True)
    xs = [planes(u) for u in d["det" if args.det else "rec"]]
    if args.limit:
        xs = xs[:: max(1, len(xs) // args.limit)]
    pages = len(d["det"])
    mods = []
    for spec in args.models:             # MODEL or MODEL|key=value;key=value (ORT session config entries)
        m, _, conf = spec.partition("|")
        m = None if m == "float" else m
        e = RapidOcrEngine(**({"det_model": m} if args.det else {"rec_model": m}))
        mod = e._det if args.det else e._rec
        if conf:
            import onnxruntime as ort
            so = ort.SessionOptions()
            so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            so.intra_op_num_threads = so.inter_op_num_threads = 1
            so.enable_cpu_mem_arena = True
            so.log_severity_level = 3
            for kv in conf.split(";"):
                k, _, v = kv.partition("=")
                so.add_session_config_entry(k, v)
            from extract.ocr import model_paths
            path = m or str(model_paths()[0 if args.det else 1])
            mod.session.session = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
        mods.append(mod)
    for m in mods:                       # warm up
        m.session(xs[0])
    # interleaved input by input (the models' order rotated from one input to the next), so a burst of
    # other work on the shared machine falls on every model alike
    times = [[] for _ in mods]
    outs = [[None] * len(xs) for _ in mods]
    pt = time.process_time
    for r in range(args.reps):
        acc = [0.0] * len(mods)
        for j, x in enumerate(xs):
            k = (j + r) % len(mods)
            for i in list(range(k, len(mods))) + list(range(k)):
                t0 = pt()
                o = mods[i].session(x)
                acc[i] += pt() - t0
                if r == 0:
                    outs[i][j] = o
        for i in range(len(mods)):
            times[i].append(acc[i])
    ref = None
    for i, m in enumerate(args.models):
        if args.det:
            got = []
            for x, o in zip(xs, outs[i]):
                boxes, _ = mods[i].postprocess_op(o, x.shape[2:])
                got.append(np.round(np.array(boxes)).astype(int) if len(boxes) else np.zeros((0, 4, 2), int))
            if ref is None:
                ref = got
            nb = sum(len(g) for g in got)
            diff = sum(1 for a, b in zip(ref, got) for _ in [0]
                       if a.shape != b.shape or (len(a) and np.abs(a - b).max() > 2))
            boxdiff = sum(abs(len(a) - len(b)) for a, b in zip(ref, got))
            extra = (f"{nb} boxes; {diff} of {len(got)} inputs with boxes moved > 2 px or other count; "
                     f"count diff {boxdiff}")
        else:
            got = [mods[i].postprocess_op(o, False)[0][0] for o in outs[i]]
            if ref is None:
                ref = got
            dif = [(a[0], b[0]) for a, b in zip(ref, got) if a[0] != b[0]]
            lowconf = sum(1 for a, b in zip(ref, got) if (a[1] >= 0.5) != (b[1] >= 0.5))
            extra = f"{len(dif)} of {len(got)} texts differ from {args.models[0]}; {lowconf} cross the 0.5 score"
            for a, b in dif[: args.show]:
                extra += f"\n      {a!r} -> {b!r}"
        med = statistics.median(times[i])
        label = Path(m.split("|")[0]).name + ("|" + m.split("|")[1] if "|" in m else "")
        print(f"{label:60} median {med:7.2f} s ({med / pages:.3f} s per page of {pages}) "
              f"runs {' '.join(f'{t:.2f}' for t in times[i])}; {extra}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
