"""Mend md69 (session 68): hunt sn8's regression on ct_s54_sn3_no_rules_leader.jpg, its leader 王小明 lost.

Hunted: bisecting sn8's three changes (the look-alike groups, core's head / level look-alikes, extract.scan.rotate's
corner fill) by undoing each: the cause is the fill alone. The scan (white paper, edge median 246) is levelled by
-0.25°; the corners that turn uncovers (at most 5 px wide) were filled with the page's edge pixels carried on instead
of white, and RapidOCR then read the box `一般公共预算资金项目负责人 王小明` (no blank after the fund type) where it had
read `一般公共预算资金 项目负责人 王小明`; `_label_cuts` cut only at blanks or inside the box's last word, so the
fund type and the leader's label stayed one cell (资金性质 `一般公共预算资金项目负责人`, leader null).

Decided: a page whose edge is white paper (median at least extract.scan.ROTATE_WHITE, 230) has its uncovered corners
filled white as before sn8 (no edge a rule could be taken from on white paper); sn8's photos (edge medians 150-170)
keep the edge carried on. And, as the OCR may read either way on any scan, `_label_cuts` cuts a word before a blank
that ends in a label of 4 characters or more after 2 or more of value (`_label_ending`, the rule the box's last word
had): at the label and after the blank (`一般公共预算资金项目负责人 王小明` -> 8, 14).
Kept: `项目实施单位 余庆县农技站` (one label, cut only after it), sentences with a blank (`完成高标准农田管护 3.2万亩`) uncut.
Left: nothing of this regression.
"""
from __future__ import annotations

import numpy as np

from tests.hunt_tools import only_project

LEADER = "ct_s54_sn3_no_rules_leader.jpg"


def test_white_edged_page_corners_filled_white():
    """A white page (paper 246 with noise) turned 0.25°: its uncovered corners are 255, as a constant white fill."""
    import cv2
    from extract.scan import rotate
    rng = np.random.default_rng(7)
    g = np.clip(246 + rng.normal(0, 3, (300, 600)), 0, 255).astype(np.uint8)
    g[100:104, 50:550] = 20
    out = rotate(g, -0.25)
    m = cv2.getRotationMatrix2D((300, 150), -0.25, 1.0)
    assert np.array_equal(out, cv2.warpAffine(g, m, (600, 300), flags=cv2.INTER_LINEAR, borderValue=255))


def test_grey_edged_page_corners_not_white():
    """A photo's grey paper (160) turned 3°: no white wedge in its corners (sn8's fill kept)."""
    from extract.scan import rotate
    g = np.full((300, 600), 160, np.uint8)
    out = rotate(g, 3.0)
    assert out.max() < 200


def test_label_cuts_value_and_label_one_word():
    from extract.scan import _label_cuts
    assert _label_cuts("一般公共预算资金项目负责人 王小明") == [8, 14]
    assert _label_cuts("余庆县农业农村局实施单位 余庆县农技站") == [8, 13]
    assert _label_cuts("项目实施单位 余庆县农技站") == [7]
    assert _label_cuts("完成高标准农田管护 3.2万亩") == []
    assert _label_cuts("一般公共预算资金 项目负责人 王小明") == [9, 15]


def test_leader_read_without_the_blank(monkeypatch):
    """The same scan, the OCR's box given as `一般公共预算资金项目负责人 王小明` (as sn8's fill made it read): the fund
    type, the leader and the money kept."""
    import extract.scan as scan
    from jixiao.pipeline import process_file
    from tests.conftest import REVIEW
    real = scan.default_engine()

    class Joined:
        def __getattr__(self, k):
            return getattr(real, k)

        def read(self, image):
            return [type(o)(o.text.replace("资金 项目负责人", "资金项目负责人"), o.box, o.conf) for o in real.read(image)]

    monkeypatch.setattr(scan, "default_engine", lambda: Joined())
    p = only_project(process_file(str(REVIEW / LEADER)))
    assert (p["unit"], p["leader"], p["budget_year"]) == ("余庆县农技站", "王小明", 750000.0)


def test_leader_read(read):
    p = only_project(read(LEADER))
    assert (p["name"], p["unit"], p["leader"]) == ("高标准农田建设管护", "余庆县农技站", "王小明")
