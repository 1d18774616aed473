"""OCR engines behind one small interface: an image in, text lines with boxes and confidences out.

The table structure (extract/scan.py) asks an `OcrEngine` for the text lines of
a whole page once and places them into cells by geometry; another engine (e.g.
Tesseract with chi_sim) can be added by writing a class with the same `read`.

`RapidOcrEngine`: RapidOCR (`rapidocr_onnxruntime==1.4.4`) with the PP-OCRv4
Chinese det/rec models (and the mobile v2 direction classifier, unused) that ship inside
its wheel (`rapidocr_onnxruntime/models/`), on ONNX Runtime, CPU, one intra-op
thread: the batch runner parallelizes across processes. Nothing is downloaded:
`model_paths()` names the files it loads, all inside the installed package.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np


@dataclass(slots=True)
class OcrLine:
    """One text line found by an engine: text, box in image pixels (x0, top, x1, bottom), confidence 0-1."""
    text: str
    box: tuple[float, float, float, float]
    conf: float


class OcrEngine(Protocol):
    name: str

    def read(self, image: np.ndarray) -> list[OcrLine]:
        """Given a page image (H x W gray or H x W x 3 BGR uint8), return its text lines."""
        ...

    def recognize(self, image: np.ndarray) -> tuple[str, float]:
        """Given the image of one short line or mark (a tick, a lone digit), return its text and confidence."""
        ...


RAPID_MODELS = ("ch_PP-OCRv4_det_infer.onnx", "ch_PP-OCRv4_rec_infer.onnx", "ch_ppocr_mobile_v2.0_cls_infer.onnx")


def model_paths() -> list[Path]:
    """Return the model files RapidOcrEngine loads (inside the rapidocr_onnxruntime wheel)."""
    import rapidocr_onnxruntime
    base = Path(rapidocr_onnxruntime.__file__).resolve().parent / "models"
    return [base / m for m in RAPID_MODELS]


class RapidOcrEngine:
    name = "rapidocr_onnxruntime PP-OCRv4 (CPU, 1 thread)"

    def __init__(self, threads: int = 1):
        missing = [str(p) for p in model_paths() if not p.is_file()]
        if missing:                      # never fall back to a download
            raise RuntimeError(f"OCR models missing from the rapidocr_onnxruntime package: {missing}")
        import cv2
        from rapidocr_onnxruntime import RapidOCR
        cv2.setNumThreads(threads)
        det, rec, cls = model_paths()
        # no direction classifier: it turns short lines such as `》=89%` upside down (measured on the
        # fixtures); whole pages are turned upright by extract/scan.py before OCR
        self._ocr = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1, use_cls=False,
                             det_model_path=str(det), rec_model_path=str(rec), cls_model_path=str(cls))

    def read(self, image: np.ndarray) -> list[OcrLine]:
        if image.ndim == 2:
            import cv2
            image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
        result, _ = self._ocr(image)
        out: list[OcrLine] = []
        for poly, text, score in result or []:
            xs = [p[0] for p in poly]
            ys = [p[1] for p in poly]
            out.append(OcrLine(str(text), (float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))),
                               float(score)))
        return out

    def recognize(self, image: np.ndarray) -> tuple[str, float]:
        if image.ndim == 2:
            import cv2
            image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
        result, _ = self._ocr(image, use_det=False, use_cls=False, use_rec=True)
        if not result:
            return "", 0.0
        text, score = result[0]
        return str(text), float(score)


_ENGINE: OcrEngine | None = None


def default_engine() -> OcrEngine:
    """Return this process's OCR engine (loaded once: the models take ~0.5 s to load)."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = RapidOcrEngine()
    return _ENGINE
