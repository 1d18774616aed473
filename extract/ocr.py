"""OCR engines behind one small interface: an image in, text lines with boxes and confidences out.

The table structure (extract/scan.py) asks an `OcrEngine` for the text lines of
a whole page once and places them into cells by geometry; `recognize` reads one
small cut-out (a lone tick, an option label). Another engine (e.g. Tesseract
with chi_sim) can be added by writing a class with the same two methods.

`RapidOcrEngine`: RapidOCR `rapidocr==3.10.0` with the PP-OCRv6 small Chinese
det/rec models that ship inside its wheel (`rapidocr/models/`), on ONNX
Runtime, CPU, one intra-op thread (the batch runner parallelizes across
processes). Nothing is downloaded: the model files are passed by path
(`model_paths()`), so RapidOCR never looks anything up; a missing file is an error.
Chosen over `rapidocr_onnxruntime==1.4.4` (PP-OCRv4 in its wheel) by measurement
on the scan fixtures: field F1 0.981 against 0.961, OCR 7.6 against 9.5 CPU s/page
(see CHANGELOG). The direction classifier is not used: whole pages are turned
upright by extract/scan.py, and per-line classification turned short lines
such as `》=89%` upside down (measured with 1.4.4).

How a page is read, and why (CPU seconds on one core, bench/bench_scan.py's 14
pages, field F1 of `make eval-scans` on the same fixtures; 2-core shared machine):
  - RapidOCR's own pipeline took 5.7 s a page: detection 0.76, recognition 5.4.
    Recognition costs about 0.1 ms per column of the 48 px high line image,
    linearly in width and whatever the batch; 90 lines a page.
  - Its recognizer pads every line to at least 320 columns and batches 6 lines;
    `read` crops the lines itself and recognizes each alone at its own width
    (`_rec_line`): 41,000 -> 29,000 columns a page, recognition 5.4 -> 3.1 s,
    F1 unchanged (0.978). Larger batches were slower (16: 1.35x the time).
  - ONNX Runtime: ORT_ENABLE_ALL (RapidOCR's setting) was the fastest level;
    the CPU memory arena saves 8%.
  - The detector sees the box around the page's ink (`ink_box`) at the scale of
    the whole page: detection 0.66 -> 0.54 s, F1 0.979.
  - Not kept (measured): int8 dynamic quantization (`quantize_dynamic`) of the
    recognizer: Conv quantized is 3.5x slower (ConvInteger), MatMul only 2%
    faster; static Conv quantization 15% faster but needs calibration images;
    a smaller detector input (960 px: F1 0.961); lines squeezed horizontally
    (0.8: F1 0.966, digits lost: `556000` -> `56000`). Skipping the detector
    where the ruling lines give the cells could save at most its 0.5 s a page;
    a first cut (each cell's ink cut into lines by its row projection, pieces split
    at gaps wider than 2.5 line heights, recognized alone; the detector only on the
    strips of rows outside the tables: 0.35 s a page) was slower on scan_000's two
    pages, 5.9-6.5 against 5.2 s a page in one run: 126 pieces instead of 70 lines
    and 30-38% more columns (a band of ink is lower than the detector's box, so the
    line scaled to 48 px is wider). Not kept; F1 not measured.
  - A gray page stays gray (`_planes`): the models' three input planes are the
    page's one plane repeated, normalized in float32 (RapidOCR converted the page
    to BGR and normalized the detector's input in float64, 0.09 s a page): OCR
    3.63 -> 3.51 s a page side by side in one run, the same lines (1221 of 1222
    identical in text, score and box; the other differs in its score's 4th decimal).
  - Not kept (measured in one run on the det and rec inputs of the 14 pages, recorded,
    so every runtime saw the same tensors; this EPYC has AVX2, no AVX-512 or VNNI):
    OpenVINO, as the ONNX Runtime execution provider (`onnxruntime-openvino`
    1.24.1, num_of_threads 1) and alone (`openvino` 2026.4.1 reading the same ONNX
    files, INFERENCE_NUM_THREADS 1, LATENCY): detection 0.41 s a page on ORT's CPU
    provider, 0.41 OpenVINO, 0.48 ORT + OpenVINO EP; recognition 3.35, 4.22, 4.24
    (the same argmax on every line). Each line has its own width and OpenVINO
    prepares each new shape; with widths padded to multiples of 64 (27 shapes,
    10% more columns) it was still 3.9-4.0 against ORT's 3.5.
    ORT `session.intra_op.allow_spinning` off: 3.20 against 3.11 (one thread has no
    pool to spin); without the memory arena 3.25 against 3.11 (kept on).
  - The recognizer's work: a 48 px input height is fixed in the graph (40, 36 and 32
    are refused); a call costs about 1.8 ms plus 0.11 ms a column, so joining short
    lines into one call saves nothing once a gap of 16 columns separates them; the
    crops are tight (1.5% of the columns are blank beyond a small margin). Its time
    by operator (ORT profile): Conv 71%, the final MatMul to the 18,000-character
    alphabet 9%, Gelu 8.5%.
  - Not kept (measured 2026-11-30 on the 1,223 line crops of the same 14 pages, recognition alone, one run
    side by side): PP-OCRv4 mobile rec (rapidocr_onnxruntime 1.4.4's wheel) on the same per-line crops
    2.8-3.0 against 3.3-4.3 s a page, but it drops digits (`556000` -> `55600`, `30000.00` -> `3000`) and
    reads 190 of 1,223 lines otherwise; lines padded above and below so the text is smaller in the 48 px
    (0.1 of the height each side: 17% fewer columns, 114 lines read otherwise, `30000.00` -> `3000`); a
    squeezed first reading (0.6 of the width) kept for lines of Chinese only: it saves 18% of the columns
    on the lines it keeps, but the other lines must then be read again at full width, more than it saves;
    ORT `session.set_denormal_as_zero`: no difference beyond the noise.
  - Not kept (measured 2026-12-01, bench/quant: the det and rec inputs of the real pipeline recorded by
    bench/quant/record.py, the models timed input by input in turn (order rotated) in one run, CPU s;
    "lines read otherwise" against the float model): static int8 quantization (onnxruntime.quantization
    `quantize_static`, scripts/quantize_rec.py, the model turned to opset 13 first for per-channel QDQ),
    calibrated on 200 recognizer inputs of 60 of the even-numbered template scans (bench/eval_scan_templates.py),
    measured on the scan fixtures (1,508 recognizer inputs, 16 page reads) and the odd-numbered templates.
    Best recognizer: Conv only, QDQ, per-channel, 7-bit weights (reduce_range), uint8 activations, MinMax
    ranges as a moving average: recognition 14% less (57.7 against 66.8 s on the 1,508 inputs), but 78 of
    1,508 lines read otherwise and `make eval-scans` F1 0.9629 against 0.9660 (scan_000 0.896 against
    0.910, scan_003_p1 0.944 against 0.955); on the 98 odd-numbered templates (118 pages) F1 0.9685 against
    0.9800 and the whole path 2.80 against 3.26 CPU s a page (both run at once), 77 of 1,449 lines read
    otherwise (`☑延续项目□` -> `延续项目`, `壹佰万元整` -> `登佰万元整`); plain MinMax: 110 lines,
    F1 0.9554, zeros lost in amounts (`30000` -> `3000`, `10000` -> `1000`, `32000.00` -> `3200.00`),
    `及时` -> `及`, `≥420` -> `420`.
    This EPYC has AVX2 but no VNNI: with 8-bit weights u8s8 saturates (23 of 164 lines with digits read
    otherwise, against 21 with 7-bit); `session.x64quantprecision=1` avoids it (11 of 164) but is then no
    faster than float (9.15 against 9.09 s). Per-tensor weights: 7-bit 99 of 101 lines wrong, 8-bit 45 of
    101. Leaving float layers (the first Conv, the early, middle or late third of the Convs) or quantizing
    every op but the final MatMul: 13-20 of 164 digit lines otherwise and less of the gain (8.3-8.7 against
    7.9 s, float 9.4); QOperator instead of QDQ: the same lines, no faster. The detector: Conv only
    slower than float (0.49 against 0.45 s a page), every op 0.41 against 0.45, boxes moved on every page.
    ORT session config entries on the float recognizer, texts identical, times within the noise (float
    9.93 s on 300 inputs): `optimization.enable_gelu_approximation` 9.81, `mlas.nchwc_depthwise_sliding`
    9.74, `mlas.nchwc_pointwise_conv_max_input_channel_batch=256` 10.04. The optimized graphs saved
    offline (`optimized_model_filepath`, as .onnx or ORT format, `session.use_ort_model_bytes_directly`)
    load in 0.06-0.09 instead of 0.16 CPU s for det and rec together, once a process; the same graph
    then runs (outputs identical). Float16 was not tried (no CPU kernels worth it).
  So OCR takes about 3.5 s a 150-dpi page and the whole path about 4 s: the
  3 s aim is not met with this recognizer, whose work is fixed by the columns a
  line needs (a digit gets about two CTC steps).
"""
from __future__ import annotations

import math
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
    # what was read first, when a check put other text in its place (a text layer's sign the page image shows
    # otherwise, a per-mille sign taken from `%0`): the cell is then reported (low_confidence) naming both
    read: str | None = None


class OcrEngine(Protocol):
    name: str

    def read(self, image: np.ndarray) -> list[OcrLine]:
        """Given a page image (H x W gray or H x W x 3 BGR uint8), return its text lines."""
        ...

    def recognize(self, image: np.ndarray) -> tuple[str, float]:
        """Given the image of one short line or mark (a tick, a lone digit), return its text and confidence."""
        ...


# The detector sees the page shrunk to this longest side (an A4 page at 150 dpi is 1754 px): text
# lines are still found whole, and detection takes 0.9 instead of 2.4 CPU s a page (measured);
# recognition reads its crops from the full-resolution page (960 px: F1 0.961 instead of 0.978).
DET_MAX_SIDE = 1280
# Recognition reads each text line alone, scaled to the model's 48 px height at its own width (at
# least REC_MIN_WIDTH): RapidOCR's own loop pads every line to 320 px (a lone `是` cost as much as a
# line of 15 characters) and batches lines 6 at a time; one line per call with no padding reads
# 29,000 instead of 41,000 columns a page, the same text (measured: field F1 unchanged), in 3.2
# instead of 5.4 CPU s a page. Recognition costs about 0.1 ms a column whatever the batch.
# Squeezing lines horizontally to fewer columns loses digits (`556000` -> `56000`: F1 0.966 at 0.8).
REC_HEIGHT = 48
REC_MIN_WIDTH = 16
TEXT_SCORE = 0.5                 # lines read below this are dropped (RapidOCR's Global.text_score)
RAPID_MODELS = ("PP-OCRv6_det_small.onnx", "PP-OCRv6_rec_small.onnx")


def model_paths() -> list[Path]:
    """Return the det and rec model files RapidOcrEngine loads (inside the rapidocr wheel)."""
    import rapidocr
    base = Path(rapidocr.__file__).resolve().parent / "models"
    return [base / m for m in RAPID_MODELS]


def ink_box(gray: np.ndarray, margin: int = 24) -> tuple[int, int, int, int]:
    """Given a gray page, return the box (x0, y0, x1, y1) around its ink, with a margin (empty: x1 <= x0).

    Measured on 4x4 blocks, where a dust speck or sensor noise averages away and a stroke does not.
    """
    import cv2
    H, W = gray.shape
    small = cv2.resize(gray, (max(1, W // 4), max(1, H // 4)), interpolation=cv2.INTER_AREA)
    paper = float(np.median(small))
    dark = small < paper - 60
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    if not len(rows):
        return 0, 0, 0, 0
    return (max(0, int(cols[0]) * 4 - margin), max(0, int(rows[0]) * 4 - margin),
            min(W, int(cols[-1]) * 4 + 4 + margin), min(H, int(rows[-1]) * 4 + 4 + margin))


def _planes(img: np.ndarray) -> np.ndarray:
    """Given a gray or BGR uint8 image, return the models' input: 1 x 3 x H x W float32 in [-1, 1]
    (RapidOCR's (x / 255 - 0.5) / 0.5 for det and rec; a gray image's plane repeated three times)."""
    x = img.astype(np.float32) * np.float32(1 / 127.5) - np.float32(1.0)
    if x.ndim == 2:
        return np.ascontiguousarray(np.broadcast_to(x, (1, 3) + x.shape))
    return np.ascontiguousarray(x.transpose(2, 0, 1)[np.newaxis])


# The score of a line whose percent sign ends with a trace of a `0` the decoder left out: a per-mille sign's second
# circle, lost in small or blurred print (below LOW_CONFIDENCE in extract/scan.py: the cell is reported).
PERMILLE_TRACE_CONF = 0.6
PERMILLE_TRACE = 0.08


def _permille_signs(probs: np.ndarray, chars: list[str]) -> list[int]:
    """Given a line's CTC frame probabilities (frames x classes, class 0 the blank) and the recognizer's alphabet,
    return the places in the decoded text (character indexes, in order) of the percent signs hiding a per-mille sign:
    a percent sign it decoded (`%` or `％`) is followed, in the blank frames after it (half a glyph's frames, 3 at
    least; up to the next character), by a `0` / `o` / `O` / `e` of probability PERMILLE_TRACE or more that lost
    to the blank (a ‰ read `%`: its third circle is the `0` of the `%0`
    the recognizer gives for ‰ in clear print).

    Measured: the ‰ read `%` on small blurred prints at 100-110 dpi (`≤0.5‰`, `≤2.5‰`, `≤3‰`) and on a 200 dpi zoo
    scan (`≤0.5‰`) left traces of 0.10-0.30; the percent signs read right in the 41 image fixtures at most 0.046 (a
    fax's `≥90%`, a seal's ring by `≥95%`; 0.015-0.046 on five, below 0.01 on all others)."""
    # (the alphabet as RapidOCR keeps it starts with the blank: an index is a column of probs; both percent signs,
    # ASCII and fullwidth, and every zero-like class the alphabet has; an alphabet with neither: nothing to look for)
    pcts = [i for i, c in enumerate(chars) if c in "%％"]
    zeros = [i for i, c in enumerate(chars) if c in "0oOe０"]
    if not pcts or not zeros:
        return []
    best = probs.argmax(axis=1)
    T = len(best)
    # how far the blank frames after the sign are searched: half the frames a character spans on this line (the
    # line's frames over its decoded characters: a crop is scaled to the recognizer's height, a wide crop holding
    # few characters spreads each over more frames), 3 at least (the ‰'s third circle lies within half a glyph)
    emitted = [k != 0 and (i == 0 or k != best[i - 1]) for i, k in enumerate(best)]
    n = sum(emitted)
    reach = max(3, int(np.ceil(0.5 * T / max(n, 1))))
    out = []
    for t in np.flatnonzero(np.isin(best, pcts)):
        if t + 1 < T and best[t + 1] == best[t]:
            continue                                  # (the same sign over several frames: its last one)
        end = t + 1
        while end < T and best[end] == 0 and end <= t + reach:
            end += 1
        if end < T and best[end] in zeros:
            continue                                  # `%0` read: post-correction's matter (extract/scan.py _FIXES)
        if end > t + 1 and float(probs[t + 1:end][:, zeros].max()) >= PERMILLE_TRACE:
            out.append(sum(emitted[:t + 1]) - 1)      # (the sign's place: the characters decoded up to it, less one)
    return out


class RapidOcrEngine:
    name = "rapidocr 3.10 PP-OCRv6 small (CPU, 1 thread)"

    def __init__(self, threads: int = 1, det_max_side: int = DET_MAX_SIDE,
                 det_model: str | Path | None = None, rec_model: str | Path | None = None):
        """det_model, rec_model: other ONNX files in the place of the wheel's det and rec models (the
        same inputs and outputs; the rec model's metadata must hold its alphabet), e.g. a quantized
        copy made by scripts/quantize_rec.py; None (the default) is the wheel's file."""
        det, rec = model_paths()
        det, rec = Path(det_model or det), Path(rec_model or rec)
        missing = [str(p) for p in (det, rec) if not p.is_file()]
        if missing:                      # never fall back to a download
            raise RuntimeError(f"OCR models missing: {missing}")
        import logging

        import cv2
        from rapidocr import RapidOCR
        cv2.setNumThreads(threads)
        params = {"Global.use_cls": False, "Global.log_level": "error",
                  "Det.model_path": str(det), "Rec.model_path": str(rec),
                  "Det.limit_type": "max", "Det.limit_side_len": det_max_side,
                  "EngineConfig.onnxruntime.intra_op_num_threads": threads,
                  "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                  # the arena keeps buffers between calls of different widths: 8% less CPU (measured)
                  "EngineConfig.onnxruntime.enable_cpu_mem_arena": True}
        self._page = RapidOCR(params=params)
        self._det = self._page._load_det_model()
        self._rec = self._page._load_rec_model()
        self._det_max_side = det_max_side
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)

    def read(self, image: np.ndarray) -> list[OcrLine]:
        """Detect the text lines of a page, then recognize each line alone (see REC_MIN_WIDTH).

        A gray page stays gray: the models' three input planes are the one plane repeated (the
        same numbers as RapidOCR's BGR path, for a third of the resizing and cropping)."""
        H, W = image.shape[:2]
        x0, y0, x1, y1 = ink_box(image if image.ndim == 2 else image[:, :, 1])
        if x1 <= x0 or y1 <= y0:
            return []
        # the detector sees only the part of the page with ink, at the scale it would see the whole
        # page (DET_MAX_SIDE for the longest side of the page): the same lines for less work
        limit = max(32, round(max(x1 - x0, y1 - y0) * min(1.0, self._det_max_side / max(H, W))))
        boxes = self._detect(np.ascontiguousarray(image[y0:y1, x0:x1]), limit)
        if boxes is None or not len(boxes):
            return []
        boxes[:, :, 0] += x0
        boxes[:, :, 1] += y0
        from rapidocr.utils.process_img import get_rotate_crop_image
        out: list[OcrLine] = []
        for poly in boxes:
            crop = get_rotate_crop_image(image, poly.copy())
            text, score = self._rec_line(crop)
            if not text.strip() or score < TEXT_SCORE:
                continue
            xs = [p[0] for p in poly]
            ys = [p[1] for p in poly]
            out.append(OcrLine(str(text), (float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))),
                               float(score)))
        return out

    def _detect(self, img: np.ndarray, limit: int) -> np.ndarray | None:
        """Given an image (gray or BGR) and the longest side the detector may see, return the text
        line polygons (RapidOCR's DB detector: its resizing to multiples of 32, its post-processing
        and order; the normalization in float32, where RapidOCR's takes float64)."""
        import cv2
        det = self._det
        h, w = img.shape[:2]
        ratio = limit / max(h, w) if max(h, w) > limit else 1.0
        rh, rw = int(round(int(h * ratio) / 32) * 32), int(round(int(w * ratio) / 32) * 32)
        if rh <= 0 or rw <= 0:
            return None
        x = _planes(cv2.resize(img, (rw, rh)))
        boxes, _ = det.postprocess_op(det.session(x), (h, w))
        return det.sorted_boxes(boxes) if len(boxes) else None

    def _rec_line(self, crop: np.ndarray) -> tuple[str, float]:
        """Given the cut-out of one text line (gray or BGR), return its text and score (RapidOCR's own
        normalization and CTC decoding, without its padding to 320 px)."""
        import cv2
        rec = self._rec
        h, w = crop.shape[:2]
        if not h or not w:
            return "", 0.0
        width = max(REC_MIN_WIDTH, int(math.ceil(REC_HEIGHT * w / h)))
        x = _planes(cv2.resize(crop, (width, REC_HEIGHT)))
        preds = rec.session(x)
        (text, score), = rec.postprocess_op(preds, False)[0]
        text, score = str(text), float(score)
        if ("%" in text or "％" in text) and score > PERMILLE_TRACE_CONF:
            signs = _permille_signs(preds[0], rec.postprocess_op.character)
            if signs:
                score = PERMILLE_TRACE_CONF
            # the sign written as the recognizer gives a ‰ in clear print, `%0`, which post-correction makes `‰` (the
            # cell reported, extract/scan.py _fixed): a sign within a line, where the tail is not read again
            # (extract/scan.py reread_percent_tails), kept `%` a rate 1000 times less (`控制在0.9‰以内` read
            # `0.9%以内` in a fax's 年度目标, only its score lowered)
            for i in reversed(signs):
                if 0 <= i < len(text) and text[i] in "%％":
                    text = text[:i + 1] + "0" + text[i + 1:]
        return text, score

    def recognize(self, image: np.ndarray) -> tuple[str, float]:
        return self._rec_line(image)


_ENGINE: OcrEngine | None = None


class TextLayerEngine:
    """An OCR'd PDF's own text layer (the invisible text a scanner's software laid over the page image) in the
    place of a recognizer: `read` gives the layer's words, as lines cut at gaps wider than a character, in the
    image's pixels; the table structure still comes from the image (extract/scan.py), the text is the
    layer's, exact. `recognize` reads nothing (no cut-out of the image maps back to the layer)."""
    name = "pdf-text-layer"
    fixed_geometry = True                    # the page image must stay as it is: the layer's boxes sit on it

    def __init__(self, chars: list[dict], scale: float):
        self.chars = [c for c in chars if c["text"].strip()]
        self.scale = scale                   # points per pixel

    def read(self, image: np.ndarray) -> list[OcrLine]:
        out: list[OcrLine] = []
        rows: list[list[dict]] = []
        for ch in sorted(self.chars, key=lambda c: (c["top"], c["x0"])):
            h = ch["bottom"] - ch["top"]
            row = next((r for r in reversed(rows[-3:]) if abs(r[0]["top"] - ch["top"]) <= 0.4 * max(h, 1.0)), None)
            if row is None:
                rows.append([ch])
            else:
                row.append(ch)
        s = self.scale
        for row in rows:
            row.sort(key=lambda c: c["x0"])
            word = [row[0]]
            for ch in row[1:] + [None]:
                prev = word[-1]
                if ch is not None and ch["x0"] - prev["x1"] <= 0.8 * (prev["bottom"] - prev["top"]):
                    word.append(ch)
                    continue
                box = (min(c["x0"] for c in word) / s, min(c["top"] for c in word) / s,
                       max(c["x1"] for c in word) / s, max(c["bottom"] for c in word) / s)
                out.append(OcrLine("".join(c["text"] for c in word), box, 1.0))
                if ch is not None:
                    word = [ch]
        return out

    def recognize(self, image: np.ndarray) -> tuple[str, float]:
        return "", 0.0

    def rotate(self, angle: float, w: int, h: int) -> None:
        """Move the glyphs as the page image (w x h pixels) is turned by `angle` degrees about its centre
        (extract.scan.rotate, counter-clockwise): each glyph's centre goes where the image's ink under it goes;
        the glyph keeps its size, upright."""
        import cv2
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        s = self.scale
        out = []
        for c in self.chars:
            cx, cy = (c["x0"] + c["x1"]) / 2 / s, (c["top"] + c["bottom"]) / 2 / s
            dx = (m[0, 0] * cx + m[0, 1] * cy + m[0, 2] - cx) * s
            dy = (m[1, 0] * cx + m[1, 1] * cy + m[1, 2] - cy) * s
            out.append({**c, "x0": c["x0"] + dx, "x1": c["x1"] + dx, "top": c["top"] + dy, "bottom": c["bottom"] + dy})
        self.chars = out

    def _glyphs(self, line: OcrLine) -> list[dict]:
        """The layer's glyphs of `line` (one of `read`'s)."""
        s = self.scale
        mid_y = (line.box[1] + line.box[3]) / 2 * s
        return [c for c in self.chars if line.box[0] * s - 1 <= c["x0"] and c["x1"] <= line.box[2] * s + 1
                and c["top"] <= mid_y <= c["bottom"]]

    def crosses(self, line: OcrLine, x: float) -> bool:
        """Does a glyph of `line` stand across x (pixels), by more than a tenth of its width either side (a cut there
        would go through a character, so x is no column ruling of this line)?"""
        at = x * self.scale
        return any(c["x0"] + 0.1 * (c["x1"] - c["x0"]) < at < c["x1"] - 0.1 * (c["x1"] - c["x0"])
                   for c in self._glyphs(line))

    def cut(self, line: OcrLine, x0: float, x1: float) -> tuple[str, float]:
        """The text of the part of `line` between x0 and x1 (pixels): its glyphs there (a line that runs across
        a column rule, cut at it)."""
        s = self.scale
        got = [c for c in self._glyphs(line) if x0 * s <= (c["x0"] + c["x1"]) / 2 < x1 * s]
        return "".join(c["text"] for c in sorted(got, key=lambda c: c["x0"])), 1.0


def default_engine() -> OcrEngine:
    """Return this process's OCR engine (loaded once: the models take about a second to load)."""
    global _ENGINE
    if _ENGINE is None:
        import os
        # JIXIAO_OCR_DET_MODEL / JIXIAO_OCR_REC_MODEL: other model files (measurements; see RapidOcrEngine)
        _ENGINE = RapidOcrEngine(det_model=os.environ.get("JIXIAO_OCR_DET_MODEL") or None,
                                 rec_model=os.environ.get("JIXIAO_OCR_REC_MODEL") or None)
    return _ENGINE
