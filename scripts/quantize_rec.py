"""Make an int8 copy of RapidOCR's PP-OCRv6 small rec (or det) model, calibrated on recorded inputs.

    python scripts/quantize_rec.py CALIB.npz OUT.onnx [--det] [--format qdq|qop] [--per-channel]
        [--act u8|s8] [--reduce-range] [--exclude first,last,matmul,...] [--n N] [--method minmax|entropy|percentile]

CALIB.npz holds uint8 gray planes (bench/quant/record.py: key `rec` or `det`); the model input is the
plane repeated three times, x = u / 127.5 - 1. The source model is the file inside the rapidocr wheel
(extract.ocr.model_paths()). Deterministic for the same inputs (calibration is min/max by default).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def planes(u: np.ndarray) -> np.ndarray:
    x = u.astype(np.float32) * np.float32(1 / 127.5) - np.float32(1.0)
    return np.ascontiguousarray(np.broadcast_to(x, (1, 3) + x.shape))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("calib")
    ap.add_argument("out")
    ap.add_argument("--det", action="store_true")
    ap.add_argument("--format", default="qdq", choices=["qdq", "qop"])
    ap.add_argument("--per-channel", action="store_true")
    ap.add_argument("--act", default="u8", choices=["u8", "s8"])
    ap.add_argument("--weight", default="s8", choices=["u8", "s8"])
    ap.add_argument("--reduce-range", action="store_true")
    ap.add_argument("--exclude", default="", help="first,last (first Conv, last MatMul), or node names")
    ap.add_argument("--ops", default="", help="op types to quantize, e.g. Conv (default: all)")
    ap.add_argument("--n", type=int, default=200, help="calibration inputs (evenly spaced in the file)")
    ap.add_argument("--method", default="minmax", choices=["minmax", "entropy", "percentile"])
    ap.add_argument("--moving-average", action="store_true", help="MinMax ranges as a moving average over inputs")
    ap.add_argument("--no-preprocess", action="store_true")
    ap.add_argument("--opset", type=int, default=13, help="convert the model to this opset first (per-channel "
                    "QDQ needs >= 13; the wheel's model is opset 11); 0: keep")
    args = ap.parse_args()

    import onnx
    from onnxruntime.quantization import (CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType,
                                          quantize_static)
    from onnxruntime.quantization.shape_inference import quant_pre_process

    from extract.ocr import model_paths
    src = model_paths()[0 if args.det else 1]
    data = np.load(args.calib, allow_pickle=True)["det" if args.det else "rec"]
    idx = np.linspace(0, len(data) - 1, min(args.n, len(data))).round().astype(int)
    items = [data[i] for i in idx]

    tmp = Path(tempfile.mkdtemp())
    model = src
    if args.opset:
        from onnx import version_converter
        model = tmp / "opset.onnx"
        onnx.save(version_converter.convert_version(onnx.load(str(src)), args.opset), str(model))
    if not args.no_preprocess:
        quant_pre_process(str(model), str(tmp / "pre.onnx"), skip_symbolic_shape=True)
        model = tmp / "pre.onnx"
    m = onnx.load(str(model))
    name = m.graph.input[0].name

    class Reader(CalibrationDataReader):
        def __init__(self):
            self.it = iter(items)

        def get_next(self):
            u = next(self.it, None)
            return None if u is None else {name: planes(u)}

    convs = [n.name for n in m.graph.node if n.op_type == "Conv"]
    matmuls = [n.name for n in m.graph.node if n.op_type == "MatMul"]
    exclude = []
    for e in filter(None, args.exclude.split(",")):
        exclude += {"first": convs[:1], "last": matmuls[-1:], "matmul": matmuls}.get(e, [e])
    qt = {"u8": QuantType.QUInt8, "s8": QuantType.QInt8}
    quantize_static(str(model), args.out, Reader(),
                    quant_format=QuantFormat.QDQ if args.format == "qdq" else QuantFormat.QOperator,
                    op_types_to_quantize=args.ops.split(",") if args.ops else None,
                    per_channel=args.per_channel, reduce_range=args.reduce_range,
                    activation_type=qt[args.act], weight_type=qt[args.weight],
                    nodes_to_exclude=exclude,
                    calibrate_method={"minmax": CalibrationMethod.MinMax, "entropy": CalibrationMethod.Entropy,
                                      "percentile": CalibrationMethod.Percentile}[args.method],
                    extra_options={"CalibTensorRangeSymmetric": False, "CalibMovingAverage": args.moving_average})
    out = onnx.load(args.out)
    # the alphabet lives in the model's metadata (RapidOCR reads it from there): keep it
    orig = onnx.load(str(src), load_external_data=False)
    have = {p.key for p in out.metadata_props}
    for p in orig.metadata_props:
        if p.key not in have:
            out.metadata_props.add(key=p.key, value=p.value)
    onnx.save(out, args.out)
    print(args.out, Path(args.out).stat().st_size, "bytes;", len(items), "calibration inputs; excluded", exclude)
    return 0


if __name__ == "__main__":
    sys.exit(main())
