"""Record the det and rec model inputs of the scan path on a set of files (for quantization work).

    python bench/quant/record.py OUT.npz tpl-even|tpl-odd|fixtures [LIMIT]

Runs jixiao's real pipeline (process_file) with the default engine's ONNX sessions wrapped: every
input tensor is stored as its uint8 gray plane (the models' three planes are one plane repeated;
x = u / 127.5 - 1 gives the float input back exactly).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def template_split(which: str) -> list[str]:
    tids = sorted(p.parent.name for p in (ROOT / "tests" / "templates").glob("*/form.pdf"))
    return tids[0::2] if which == "tpl-even" else tids[1::2]


def files(which: str) -> list[Path]:
    if which.startswith("tpl-"):
        from eval_scan_templates import make_scan
        return [make_scan(t) for t in template_split(which)]
    from tests.scan_eval import SCAN, SCANS
    return [SCAN / n for n in SCANS if (SCAN / n).exists()]


class Rec:
    def __init__(self, sess, store):
        self.sess, self.store = sess, store

    def __call__(self, x):
        self.store.append(np.rint((x[0, 0] + 1.0) * 127.5).astype(np.uint8))
        return self.sess(x)


def main() -> int:
    out, which = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    from extract.ocr import default_engine
    from jixiao.pipeline import process_file
    eng = default_engine()
    det, rec = [], []
    eng._det.session = Rec(eng._det.session, det)
    eng._rec.session = Rec(eng._rec.session, rec)
    fs = files(which)[:limit]
    src = []
    for f in fs:
        n0 = len(rec)
        process_file(f)
        src += [f.name] * (len(rec) - n0)
        print(f.name, len(rec) - n0, flush=True)
    def objs(xs):
        a = np.empty(len(xs), dtype=object)
        a[:] = xs
        return a
    np.savez_compressed(out, det=objs(det), rec=objs(rec), src=np.array(src))
    print(len(fs), "files", len(det), "det inputs", len(rec), "rec inputs", sum(r.shape[1] for r in rec), "columns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
