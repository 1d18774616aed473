"""Session of 2026-12-03: faults the last session noticed and left, each read as the form says (inputs in
tests/fixtures/review/ct_s33_*)."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["unit"], i["note"]) for i in t["indicators"]]


def test_a_name_end_cut_into_the_blank_column_ends_the_name():
    """An export writing an empty column after every label, a name cut at the cell's width: `服务对象满意 | 度 | ≥95%`.
    The lone 度 was taken for a column of units (the name lost 度, silently); then noted as `第6列：度`."""
    t = _review("ct_s33_name_end_piece.txt").tables
    assert _inds(t) == [("产出指标", "数量指标", "培训人数", "≥500人", "人", None),
                        ("产出指标", "质量指标", "合格率", "≥90%", "%", None),
                        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", "%", None)]
    assert not t["warnings"]


def test_a_transparent_picture_is_read_on_white_paper():
    """A screenshot saved as a PNG with alpha (its background transparent, RGB black): the page read black, the
    black text invisible on it; an image file and a picture in a document are both read on white paper."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extract.scan import to_gray
    for mode, clear, ink in (("RGBA", (0, 0, 0, 0), (0, 0, 0, 255)), ("LA", (0, 0), (0, 255))):
        im = Image.new(mode, (60, 30), clear)
        ImageDraw.Draw(im).rectangle([10, 5, 30, 20], fill=ink)
        g = to_gray(im)
        assert g.dtype == np.uint8 and g[0, 0] == 255 and g[10, 20] == 0
    p = Image.new("P", (20, 20), 0)
    p.putpalette([0, 0, 0] * 256)
    p.info["transparency"] = 0
    assert to_gray(p)[0, 0] == 255
