"""Scans and photos read by OCR give the records of their digital versions (tests/fixtures/scan).

The F1 of every scan fixture against the digital PDF of the same pages is
computed once per session (tests/scan_eval.py; `make eval-scans` prints the
same table with the differing fields). OCR takes seconds per page: the
fixtures are few and read once.
"""
from __future__ import annotations

import numpy as np
import pytest

from extract.grid import Cell
from jixiao.pipeline import LOSS_CODES, extract_file, process_file
from tests import scan_eval as E

SCAN = E.SCAN


@pytest.fixture(scope="session")
def evaluated():
    return {name: E.evaluate(name) for name in E.SCANS}


def test_scan_fixtures_reach_the_f1_floor(evaluated):
    total, total_strict = E.Score(), E.Score()
    lines = []
    for name, (got, ref, s) in evaluated.items():
        assert got.document["status"] in ("ok", "partial"), got.document["error"]
        assert sum(len(ref.tables[t]) for t in E.TABLES) > 0, f"{name}: the digital version gives no records"
        total.add(s)
        strict = E.field_score(ref, got, fold_width=False)
        total_strict.add(strict)
        lines.append(f"{name:20} F1 {s.f1:.4f} (strict {strict.f1:.4f})")
    lines.append(f"overall F1 {total.f1:.4f} (strict {total_strict.f1:.4f})")
    print("\n" + "\n".join(lines))
    assert total.f1 >= E.FLOOR, "\n".join(lines)


@pytest.mark.parametrize("name", list(E.SCANS))
def test_each_scan_gives_its_forms(evaluated, name):
    got, ref, s = evaluated[name]
    assert got.document["n_projects"] == ref.document["n_projects"], name
    assert got.document["layout"] == ref.document["layout"], name
    assert s.f1 >= 0.85, f"{name}: F1 {s.f1:.4f}: {s.wrong[:10]}"


def test_formats_and_pages(evaluated):
    assert evaluated["scan_000.pdf"][0].document["format"] == "scan"
    assert evaluated["scan_003_p1.png"][0].document["format"] == "image"
    assert evaluated["scan_003_p4.jpg"][0].document["format"] == "image"
    tif = evaluated["scan_001_p1-3.tif"][0].document
    assert tif["format"] == "image" and tif["pages"] == 3
    mixed = evaluated["mixed_000.pdf"][0].document
    assert mixed["format"] == "pdf" and mixed["pages"] == 3


def test_mixed_pdf_reads_each_page_by_its_own_path():
    ex = extract_file(str(SCAN / "mixed_000.pdf"), (SCAN / "mixed_000.pdf").read_bytes(), "x")
    origins = {}
    for g in ex.grids:
        for c in g.cells:
            origins.setdefault(c.page, set()).add(g.origin)
    assert origins[1] == {"pdf_lines"} and origins[3] == {"pdf_lines"}
    assert origins[2] == {"ocr"}
    conf = {c.page: c.conf for g in ex.grids for c in g.cells}
    assert conf[1] is None and conf[3] is None and conf[2] is not None


def test_ocr_cells_carry_page_bbox_and_confidence():
    ex = extract_file(str(SCAN / "scan_003_p4.jpg"), (SCAN / "scan_003_p4.jpg").read_bytes(), "x")
    cells = [c for g in ex.grids for c in g.cells]
    assert ex.grids and all(g.origin == "ocr" for g in ex.grids)
    assert cells and all(c.page == 1 and c.bbox and 0 < c.conf <= 1 for c in cells)
    # A4 at 150 dpi: boxes in points inside the page
    assert all(0 <= c.bbox[0] < c.bbox[2] <= 600 and 0 <= c.bbox[1] < c.bbox[3] <= 845 for c in cells)
    for w in ex.warnings:
        if w.code == "low_confidence":
            assert w.page == 1 and "bbox" in w.message
    assert "low_confidence" in LOSS_CODES


def test_ticks_are_read_on_scans(evaluated):
    got, ref, _ = evaluated["scan_ticks.pdf"]
    for col in ("category", "fund_use"):
        want = [p[col] for p in ref.tables["projects"]]
        assert any(want), f"the digital form ticks no {col}"
        assert [p[col] for p in got.tables["projects"]] == want
    got, ref, _ = evaluated["scan_000.pdf"]
    assert [s["stages"] for s in got.tables["safeguards"]] == [s["stages"] for s in ref.tables["safeguards"]]


def test_cell_confidence_is_optional():
    c = Cell(0, 0, "x")
    assert c.conf is None and not hasattr(c, "__dict__")


@pytest.mark.parametrize("name, words", [("corrupt.png", ["damaged image"]), ("empty.tif", ["empty", "0 bytes"])])
def test_bad_images_fail_with_the_reason(name, words):
    d = process_file(SCAN / name).document
    assert d["status"] == "failed" and d["format"] == "image"
    for w in words:
        assert w in d["error"], d["error"]


def test_quarter_turned_page_is_turned_back():
    from extract.scan import open_image_pages, upright
    g, _ = open_image_pages((SCAN / "scan_003_p4.jpg").read_bytes())[0]
    assert upright(g)[1] == 0
    turned, by = upright(np.ascontiguousarray(np.rot90(g)))
    assert by == 90 and turned.shape == g.shape
    assert np.mean(np.abs(turned.astype(int) - g.astype(int))) < 1.0


def test_skew_is_measured():
    from extract.scan import open_image_pages, rotate, skew_angle
    g, _ = open_image_pages((SCAN / "scan_003_p4.jpg").read_bytes())[0]
    a = skew_angle(g)
    assert 0.8 <= abs(a) <= 1.4                 # the fixture is rotated by 1.1°
    assert abs(skew_angle(rotate(g, a))) < 0.2


@pytest.mark.parametrize("raw, fixed", [
    (">＝90%", ">=90%"), ("＞＝95%", ">=95%"), ("≥95%", "≥95%"), ("》＝90%", "》=90%"),
    ("98％", "98%"), ("300000:00", "300000.00"), ("10:30", "10:30"),
    ("一次性项目口经常性项目口", "一次性项目□经常性项目□"), ("出口项目", "出口项目"), ("人口口径", "人口口径"),
    ("决策15%)", "决策(15%)"), ("产出指标30分）", "产出指标（30分）"), ("过程（20分）", "过程（20分）"),
    ("完成率100%", "完成率100%"),
    ("小於0.9%0", "小於0.9‰"), ("<0.9%o", "<0.9‰"), ("10%0.5", "10%0.5"),   # ‰ read `%0` (a scan check)
])
def test_ocr_post_correction_only_where_provable(raw, fixed):
    from extract.scan import fix_text
    assert fix_text(raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    ("1100十", "1100"), ("丨2.38", "2.38"), ("O", "0"), ("1O0", "100"), ("〇", "0"), ("100%", "100%"),
    ("O型", "O型"), ("一", "一"), ("十一", "十一"), ("Ok", "Ok"),
])
def test_a_number_read_doubtfully_loses_a_stroke_beside_it_and_its_letter_o(raw, fixed):
    from extract.scan import mend_number
    assert mend_number(raw) == fixed


def test_the_low_confidence_warning_names_what_was_read_and_what_it_was_taken_for():
    from extract.grid import Cell
    from extract.scan import _warn_low
    w: list = []
    _warn_low(Cell(0, 0, "1100", page=1, conf=0.56), w, read="1100十")
    assert "'1100十'" in w[0].message and "taken as '1100'" in w[0].message


def test_models_come_from_the_wheel():
    from pathlib import Path

    import cv2
    import rapidocr

    from extract.ocr import RapidOcrEngine, model_paths
    pkg = Path(rapidocr.__file__).resolve().parent
    assert all(p.is_file() and pkg in p.parents for p in model_paths())
    eng = RapidOcrEngine()
    img = np.full((80, 320), 255, np.uint8)
    cv2.putText(img, "12345", (20, 55), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    assert [o.text for o in eng.read(img)] == ["12345"]         # loads det and rec (lazily)
    assert eng.recognize(img)[0] == "12345"
    for part in (eng._page.text_det, eng._page.text_rec):
        sess = part.session.session                 # onnxruntime.InferenceSession
        assert pkg in Path(sess._model_path).resolve().parents
        assert sess.get_session_options().intra_op_num_threads == 1
        assert sess.get_providers() == ["CPUExecutionProvider"]
    assert eng._page.text_cls is None                   # never loaded, never fetched
    chars = set(eng._page.text_rec.session.get_character_list())
    assert set("≥≤><》%‰√□■☑0123456789") <= chars


def test_debug_draws_grid_and_ocr_boxes(tmp_path, capsys):
    from jixiao.cli import main
    assert main(["debug", str(SCAN / "scan_003_p4.jpg"), "--png", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "grid  ocr" in out and "layout: minhang_2022_target" in out
    png = tmp_path / "page-001.png"
    assert png.is_file()
    import cv2
    im = cv2.imread(str(png))
    red = (im[:, :, 2] > 180) & (im[:, :, 1] < 60) & (im[:, :, 0] < 60)     # cell boxes
    blue = (im[:, :, 0] > 180) & (im[:, :, 1] < 120) & (im[:, :, 2] < 60)   # OCR boxes
    assert red.sum() > 5000 and blue.sum() > 2000


def test_page_on_its_side_is_read_upright(tmp_path, evaluated):
    """Turned a quarter clockwise: the quarter turn back leaves it upside down, which the
    OCR scores show; it is read the other way up (two turns in all)."""
    from PIL import Image

    from extract.scan import open_image_pages
    g, _ = open_image_pages((SCAN / "scan_003_p4.jpg").read_bytes())[0]
    f = tmp_path / "side.png"
    Image.fromarray(np.ascontiguousarray(np.rot90(g, -1))).save(f, dpi=(150, 150))
    got = process_file(f)
    ref = evaluated["scan_003_p4.jpg"][1]
    s = E.field_score(ref, got)
    assert s.f1 >= 0.9, s.wrong
    rot = [w for w in got.tables["warnings"] if w["code"] == "page_rotated"]
    assert rot and "270" in rot[0]["message"]


def test_scan_fixtures_stay_small():
    """Bilevel (CCITT G4) and JPEG quality 40 pages: the folder is a few hundred KB, not megabytes."""
    total = sum(f.stat().st_size for f in SCAN.iterdir() if f.is_file())
    assert total < 1_000_000, f"{total / 1024:.0f} KB"


def test_detector_sees_the_ink_box():
    """A blank page has no box; a dust speck alone is no ink; a text stroke is, with its margin."""
    from extract.ocr import ink_box
    page = np.full((1754, 1241), 246, np.uint8)
    x0, y0, x1, y1 = ink_box(page)
    assert x1 <= x0 or y1 <= y0
    page[900, 600] = 40                                  # one dust speck
    x0, y0, x1, y1 = ink_box(page)
    assert x1 <= x0 or y1 <= y0
    page[400:425, 300:700] = 10                          # a line of text
    x0, y0, x1, y1 = ink_box(page)
    assert x0 <= 300 - 20 and y0 <= 400 - 20 and x1 >= 700 + 20 and y1 >= 425 + 20
    assert x0 > 200 and y0 > 300 and x1 < 800 and y1 < 525


def test_tick_boxes_and_dense_characters_of_a_bilevel_scan():
    """A solid square (■) is a ticked box; a dense character that a scanner's threshold ran together
    (高 糖 管: the inside all ink, the outline ragged) is not, nor is it a box at all."""
    from extract.scan import find_boxes
    page = np.full((60, 160), 235, np.uint8)
    page[20:38, 20:38] = 10                                    # ■, 18 px
    page[20:38, 60:78] = 10                                    # □: an outline …
    page[23:35, 63:75] = 235                                   # … empty inside
    blob = np.full((18, 18), 10, np.uint8)                     # a character run together: ragged edges
    blob[0, [0, 1, 2, 3, 7, 8, 12, 16, 17]] = 235
    blob[17, [0, 1, 2, 3, 5, 6, 9, 10, 11, 14, 15, 16, 17]] = 235
    blob[[2, 5, 9, 13, 16], 0] = 235
    blob[[1, 4, 6, 10, 12, 15], 17] = 235
    blob[[3, 8, 14], 1] = 235
    page[20:38, 100:118] = blob
    boxes = {x: ticked for x, _, _, _, ticked in find_boxes(page, 20.0)}
    assert boxes.get(20) is True and boxes.get(60) is False
    assert boxes.get(100) is not True


def test_tian_is_no_ticked_box():
    """田 (its cross straight through the middle to all four sides) is a character, not a ticked box (hunt T: `农田`
    read `农☑`); a box with a tick or an X inside is still a ticked box."""
    from extract.scan import find_boxes
    page = np.full((60, 160), 235, np.uint8)
    for x in (20, 60, 100):
        page[20:38, x:x + 18] = 10                             # an outline …
        page[23:35, x + 3:x + 15] = 235                        # … its inside empty
    page[28:30, 23:35] = 10                                    # 田: a straight cross to the four sides
    page[23:35, 28:30] = 10
    for i in range(12):                                        # an X in the second box
        page[23 + i, 63 + i] = page[23 + i, 74 - i] = 10
        page[23 + i, 64 + i] = page[23 + i, 73 - i] = 10
    for i in range(5):                                         # a tick in the third
        page[30 + i:32 + i, 103 + i] = 10
    for i in range(8):
        page[34 - i:36 - i, 108 + i] = 10
    boxes = {x: ticked for x, _, _, _, ticked in find_boxes(page, 20.0)}
    assert 20 not in boxes
    assert boxes.get(60) is True and boxes.get(100) is True


def test_a_lone_frame_is_no_table():
    """A page whose table has only an outer frame (no inner rules) has no ruled table: its text is read as the
    page's words (the whole form was read as one cell, nothing kept)."""
    from extract.scan import find_tables
    page = np.full((400, 600), 240, np.uint8)
    page[50:53, 50:550] = page[347:350, 50:550] = 0            # the frame's top and bottom …
    page[50:350, 50:53] = page[50:350, 547:550] = 0            # … and sides
    assert find_tables(page) == []
    page[200:202, 50:550] = 0                                  # one inner rule: two cells, a table
    assert len(find_tables(page)) == 1


class _ContextEngine:
    """Reads a glued image (a glyph before the number `10`) as `answer`; records what it was given."""
    def __init__(self, answer: str):
        self.answer, self.seen = answer, []

    def recognize(self, image):
        self.seen.append(image.shape)
        return self.answer, 0.97


@pytest.mark.parametrize(("answer", "expected"), [("≥10", "≥"), ("≤ 10", "≤"), ("三10", "Z"), ("≥1", "Z"), ("10", "Z")])
def test_a_lone_sign_is_read_again_beside_a_number(answer, expected):
    from extract.ocr import OcrLine
    from extract.scan import reread_lone_signs
    page = np.full((100, 300), 240, np.uint8)
    lines = [OcrLine("10", (200.0, 10.0, 230.0, 34.0), 0.99), OcrLine("Z", (20.0, 50.0, 44.0, 74.0), 0.4),
             OcrLine("是", (60.0, 50.0, 84.0, 74.0), 0.5), OcrLine("5", (100.0, 50.0, 114.0, 74.0), 0.5),
             OcrLine("Z", (120.0, 50.0, 220.0, 74.0), 0.4)]       # (a long line is no lone glyph)
    eng = _ContextEngine(answer)
    got = reread_lone_signs(page, lines, eng)
    assert [o.text for o in got] == ["10", expected, "是", "5", "Z"]
    assert len(eng.seen) == 1 and eng.seen[0][1] > 24 + 30        # the glyph and the number, glued


def test_a_character_in_a_column_of_signs_is_read_again():
    """`汽` or `二` for `≤` in a 符号 column (two signs read as signs above it) is read again in context;
    the same character outside such a column is left alone."""
    from extract.ocr import OcrLine
    from extract.scan import reread_lone_signs
    page = np.full((300, 300), 240, np.uint8)
    lines = [OcrLine("10", (200.0, 10.0, 230.0, 34.0), 0.99),
             OcrLine("≥", (20.0, 50.0, 44.0, 74.0), 0.9), OcrLine("≥", (20.0, 90.0, 44.0, 114.0), 0.9),
             OcrLine("二", (21.0, 130.0, 45.0, 154.0), 0.5), OcrLine("二", (120.0, 130.0, 144.0, 154.0), 0.5)]
    got = reread_lone_signs(page, lines, _ContextEngine("≤10"))
    assert [o.text for o in got] == ["10", "≥", "≥", "≤", "二"]


def test_vertical_text_across_ruled_rows_is_cut_at_the_rulings():
    from extract.ocr import OcrLine
    from extract.scan import Table, split_across_rows
    page = np.full((200, 100), 240, np.uint8)
    tb = Table(xs=[0.0, 50.0, 100.0], ys=[0.0, 60.0, 120.0, 180.0], vgap=np.zeros((3, 1), bool),
               hgap=np.zeros((2, 2), bool), bbox=(0.0, 0.0, 100.0, 180.0))
    seen = []

    class Eng:
        def recognize(self, image):
            seen.append(image.shape)
            return "正向", 0.9

    lines = [OcrLine("正向正向正向", (60.0, 5.0, 80.0, 175.0), 0.8), OcrLine("定量", (5.0, 70.0, 45.0, 90.0), 0.9)]
    got = split_across_rows(page, lines, [tb], Eng())
    assert [(o.text, o.box[1]) for o in got] == [("正向", 5.0), ("正向", 60.0), ("正向", 120.0), ("定量", 70.0)]
    assert len(seen) == 3


def test_a_line_across_a_column_ruling_is_cut_there():
    """`分值扣分` read over two narrow header cells is cut at the ruling that the rows below have too; a
    line across a boundary drawn on its row only (strokes lined up) is left for `_place`."""
    from extract.ocr import OcrLine
    from extract.scan import Table, split_across_columns
    page = np.full((100, 200), 240, np.uint8)
    vgap = np.zeros((3, 1), bool)
    tb = Table(xs=[0.0, 100.0, 200.0], ys=[0.0, 30.0, 60.0, 90.0], vgap=vgap, hgap=np.zeros((2, 2), bool),
               bbox=(0.0, 0.0, 200.0, 90.0))
    eng = _ContextEngine("分值")
    got = split_across_columns(page, [OcrLine("分值扣分", (60.0, 5.0, 140.0, 25.0), 0.8)], [tb], eng)
    assert [o.box[0] for o in got] == [60.0, 100.0] and len(eng.seen) == 2
    vgap[1:, 0] = True                      # the boundary is drawn on the header row only
    got = split_across_columns(page, [OcrLine("分值扣分", (60.0, 5.0, 140.0, 25.0), 0.8)], [tb], eng)
    assert [o.text for o in got] == ["分值扣分"]


def test_unstack_sets_characters_side_by_side_without_the_rulings():
    from extract.scan import _unstack
    crop = np.full((64, 24), 255, np.uint8)
    crop[4:20, 4:20] = 0                      # a character
    crop[36:52, 4:20] = 0                     # the one below it
    crop[62:, :] = 0                          # a ruling caught at the bottom
    crop[:, 0] = 0                            # and one at the left
    flat, n = _unstack(crop)
    assert n == 2 and flat.shape[1] > flat.shape[0]   # now a line of two characters
    assert (flat < 160).sum() == 2 * 16 * 16  # the two characters' ink, no ruling


def test_gray_page_is_read_as_its_bgr_copy():
    """A gray page stays gray (extract/ocr._planes): the models get the same numbers as from the BGR
    copy RapidOCR would make, so the lines read are the same."""
    import cv2

    from extract.ocr import _planes, default_engine
    rng = np.random.default_rng(0)
    g = rng.integers(0, 256, (37, 53), dtype=np.uint8)
    a, b = _planes(g), _planes(cv2.cvtColor(g, cv2.COLOR_GRAY2BGR))
    assert a.shape == b.shape == (1, 3, 37, 53) and a.dtype == np.float32 and a.flags.c_contiguous
    assert np.array_equal(a, b) and -1.0 <= a.min() and a.max() <= 1.0
    img = np.full((80, 420), 255, np.uint8)
    cv2.putText(img, "2019 678", (20, 55), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    eng = default_engine()
    gray = [(o.text, o.box) for o in eng.read(img)]
    bgr = [(o.text, o.box) for o in eng.read(cv2.cvtColor(img, cv2.COLOR_GRAY2BGR))]
    assert gray == bgr and gray


def test_a_dot_alone_in_a_stack_sits_on_the_baseline_and_is_not_counted():
    """`3` / `.` / `5` one under the other in a narrow cell: the dot is set low between the digits, as
    `3.5` is written, and two characters are counted; `>` / `=` / `9` stay three (the `=` is not
    joined to the digit below it)."""
    from extract.scan import _unstack
    crop = np.full((80, 20), 255, np.uint8)
    crop[5:20, 5:15] = 0                       # `3`
    crop[38:41, 9:12] = 0                      # `.`
    crop[55:70, 5:15] = 0                      # `5`
    flat, n = _unstack(crop, stack=True)
    assert n == 2 and flat.shape[1] > flat.shape[0]
    dot_rows = np.flatnonzero((flat[:, 17:32] < 128).any(axis=1))   # the second piece (15 + 2 wide)
    digit_rows = np.flatnonzero((flat[:, :15] < 128).any(axis=1))
    assert dot_rows.max() == digit_rows.max()  # on the baseline
    crop = np.full((80, 20), 255, np.uint8)
    crop[5:17, 5:15] = 0                       # `>`
    crop[28:34, 4:16] = 0                      # `=` (blurred into one flat run)
    crop[45:60, 5:15] = 0                      # `9`
    crop[63:78, 2:18] = 0                      # `%` (wider: the flat run is under half its width)
    assert _unstack(crop, stack=True)[1] == 4
    assert _unstack(crop)[1] == 3              # vertical text: a flat stroke joins the next (二)


def test_stack_ink_drops_rulings_and_what_lies_beyond_them():
    from extract.scan import _stack_ink
    crop = np.full((60, 40), 255, np.uint8)
    rules = np.zeros_like(crop)
    crop[:, 4:6] = 0
    rules[:, 4:6] = 255                        # the cell's left ruling
    crop[:, 6] = 100                           # its frayed edge, a pixel wide
    crop[10:25, 15:25] = 0                     # a character inside
    crop[30:32, 0:3] = 0                       # a thin bit of the neighbour's text beyond the ruling
    out = _stack_ink(crop, rules, (5, 0, 40, 60))
    assert out is not None
    assert (out[10:25, 15:25] == 0).all() and (out[:, :7] == 255).all()
    crop[40:50, 0:4] = 0                       # text running into the ruling from outside
    assert _stack_ink(crop, rules, (5, 0, 40, 60)) is None


def test_a_narrow_cell_of_stacked_characters_is_read_as_one_line():
    """`1` and `oj` found in a narrow cell holding `1` over `0` are read again side by side: `10`; a
    cell read whole with confidence is not read again; a reading of another length is refused."""
    from extract.ocr import OcrLine
    from extract.scan import Table, reread_stacked_cells
    page = np.full((200, 200), 255, np.uint8)
    rules = np.zeros_like(page)
    for x in (0, 30, 199):
        page[:, x:x + 2] = 0
        rules[:, x:x + 2] = 255
    for y in (0, 100, 199):
        page[y:y + 2, :] = 0
        rules[y:y + 2, :] = 255
    page[20:40, 10:20] = 0                     # `1`
    page[55:75, 10:20] = 0                     # `0`
    page[120:140, 10:20] = 0
    page[155:175, 10:20] = 0
    tb = Table(xs=[0.0, 30.0, 199.0], ys=[0.0, 100.0, 199.0], vgap=np.zeros((2, 1), bool),
               hgap=np.zeros((1, 2), bool), bbox=(0.0, 0.0, 199.0, 199.0))
    cells = tb.cells()
    seen = []

    class Eng:
        def __init__(self, answer):
            self.answer = answer

        def recognize(self, image):
            seen.append(image.shape)
            return self.answer, 0.97

    lines = [OcrLine("1", (8.0, 18.0, 22.0, 42.0), 0.9), OcrLine("oj", (8.0, 53.0, 24.0, 77.0), 0.94),
             OcrLine("10", (8.0, 118.0, 22.0, 177.0), 0.99), OcrLine("项目", (40.0, 30.0, 90.0, 50.0), 0.99)]
    got = reread_stacked_cells(page, tb, cells, lines, Eng("1 0"), 24.0, rules)
    assert sorted(o.text for o in got) == ["10", "10", "项目"] and len(seen) == 1
    assert seen[0][1] > seen[0][0]             # the two digits side by side
    got = reread_stacked_cells(page, tb, cells, lines, Eng("100"), 24.0, rules)
    assert sorted(o.text for o in got) == ["1", "10", "oj", "项目"]


def test_a_weak_mark_is_kept_only_as_a_sign_read_beside_a_number():
    from extract.ocr import OcrLine
    from extract.scan import reread_lone_signs
    page = np.full((100, 300), 240, np.uint8)
    lines = [OcrLine("10", (200.0, 10.0, 230.0, 34.0), 0.99)]
    weak = [OcrLine("く", (20.0, 50.0, 44.0, 74.0), 0.27)]
    assert [o.text for o in reread_lone_signs(page, lines, _ContextEngine("<10"), weak)] == ["10", "<"]
    assert [o.text for o in reread_lone_signs(page, lines, _ContextEngine("く10"), weak)] == ["10"]
    assert [o.text for o in reread_lone_signs(page, lines, _ContextEngine("%10"), weak)] == ["10"]


@pytest.mark.parametrize(("answer", "expected"), [("≤10.", "≤"), ("≤10,", "≤"), ("≤10.5", "Z")])
def test_a_sign_read_beside_a_number_whose_cut_caught_a_dot(answer, expected):
    from extract.ocr import OcrLine
    from extract.scan import reread_lone_signs
    page = np.full((100, 300), 240, np.uint8)
    lines = [OcrLine("10", (200.0, 10.0, 230.0, 34.0), 0.99), OcrLine("Z", (20.0, 50.0, 44.0, 74.0), 0.4)]
    assert [o.text for o in reread_lone_signs(page, lines, _ContextEngine(answer))] == ["10", expected]


def test_a_cut_through_a_character_is_not_kept():
    """A ruling on the line's row and the rows around it, but a piece read much less surely than the
    whole line (`全|覆盖` -> `實盖` 0.72): the line stays whole (and `_place` merges the cells)."""
    from extract.ocr import OcrLine
    from extract.scan import Table, split_across_columns
    page = np.full((100, 200), 240, np.uint8)
    tb = Table(xs=[0.0, 100.0, 200.0], ys=[0.0, 30.0, 60.0, 90.0], vgap=np.zeros((3, 1), bool),
               hgap=np.zeros((2, 2), bool), bbox=(0.0, 0.0, 200.0, 90.0))

    class Eng:
        def recognize(self, image):
            return ("實盖", 0.72) if image.shape[1] < 40 else ("服务全", 0.99)

    line = OcrLine("服务全覆盖", (40.0, 5.0, 140.0, 25.0), 0.997)
    assert [o.text for o in split_across_columns(page, [line], [tb], Eng())] == ["服务全覆盖"]


def test_traditional_characters_read_on_a_simplified_page_are_put_back():
    from extract.ocr import OcrLine
    from extract.scan import simplified_page
    page = ("项目支出绩效目标表黃河流域治理项目决策过程产出效益满意度，主管部门实施单位项目资金年度资金总额"
            "其中财政拨款其他资金年度绩效目标数量指标质量指标时效指标成本指标经济效益社会效益生态效益")
    got = simplified_page([OcrLine(page, (0, 0, 1, 1), 0.9), OcrLine("決策 高齡 著名 乾燥", (0, 0, 1, 1), 0.9)])
    assert got[0].text.startswith("项目支出绩效目标表黄河") and got[1].text == "决策 高龄 著名 乾燥"   # 著, 乾: Simplified too
    trad = [OcrLine("項目名稱港口物流發展專項資金績效目標申報表單位負責人聯系電話項目屬性新增延續立項依據" * 2,
                    (0, 0, 1, 1), 0.9)]
    assert simplified_page(trad) == trad                       # a Traditional page stays as read


def test_a_ruled_form_on_its_side_is_turned_back_at_any_resolution():
    """A ruled form turned a quarter was left on its side (the text touching the ruling lines smeared into the
    grid: 0-7 runs counted either way); an upright page scanned at 300 dpi was turned (runs measured on a
    fixed downscale, not on the page's own size)."""
    import pypdfium2 as pdfium

    from extract.scan import to_gray, upright
    doc = pdfium.PdfDocument(SCAN / "scan_002.pdf")
    g, big = (to_gray(doc[0].render(scale=dpi / 72).to_pil()) for dpi in (150, 300))
    doc.close()
    assert upright(g)[1] == 0
    assert upright(big)[1] == 0                                # (it was turned)
    for page in (np.rot90(g), np.rot90(big)):
        turned, by = upright(np.ascontiguousarray(page))
        assert by == 90 and turned.shape[:2] == page.shape[::-1][:2]


def test_a_red_seal_is_taken_out_of_the_gray_page():
    """A red seal stamped over the table: its ink is paper in the gray page (its ring was read as ruling lines,
    its words as the cells' text); black text and lines under it stay dark."""
    from PIL import Image, ImageDraw

    from extract.scan import to_gray
    im = Image.new("RGB", (400, 300), (250, 248, 240))
    d = ImageDraw.Draw(im)
    d.line((0, 150, 400, 150), fill=(0, 0, 0), width=2)                     # a ruling line
    d.text((40, 60), "8", fill=(0, 0, 0))
    seal = Image.new("RGB", im.size, (255, 255, 255))
    ImageDraw.Draw(seal).ellipse((100, 50, 300, 250), outline=(215, 40, 40), width=8)
    ImageDraw.Draw(seal).regular_polygon((200, 150, 40), 5, fill=(215, 40, 40))
    stamped = Image.fromarray((np.asarray(im, dtype=np.uint16) * np.asarray(seal, dtype=np.uint16) // 255)
                              .astype(np.uint8))
    g = to_gray(stamped)
    assert g[50:60, 195:205].min() > 200                   # the ring's top: paper
    assert g[140:146, 195:205].min() > 200                 # the star above the line: paper
    assert g[150, 20] < 80 and g[150, 200] < 110           # the line, outside and under the seal
    assert to_gray(im.convert("L")).shape == (300, 400)    # a gray page as it is


def test_character_strokes_on_a_landscape_page_are_no_ruling_lines():
    """The vertical-line kernel is from the page's long side: on a landscape page (150 dpi) it was 20 px and a
    character's strokes passed as ruling lines (34 grid columns for 9, the money matrix misread)."""
    from extract.scan import line_masks
    g = np.full((1240, 1754), 255, np.uint8)
    g[400:422, 300:303] = 0                                  # a stroke 22 px high
    g[100:1100, 900:902] = 0                                 # a ruling line
    _, vm = line_masks(g)
    assert vm[400:422, 299:304].max() == 0 and vm[500:600, 899:903].max() == 255


def test_a_sheet_photographed_on_a_darker_ground_gives_its_table():
    """The sheet's edge on a darker background (a phone photo) made a frame table around the form's table; every
    OCR line was placed in it and the form read as one cell: no records. A frame round a table of more cells is
    no table."""
    import io

    from PIL import Image

    from extract.scan import extract_image, open_image_pages
    g, _ = open_image_pages((SCAN / "scan_003_p1.png").read_bytes())[0]
    framed = np.full((g.shape[0] + 80, g.shape[1] + 80), 70, np.uint8)
    framed[40:-40, 40:-40] = g
    buf = io.BytesIO()
    Image.fromarray(framed).save(buf, format="PNG", dpi=(150, 150))
    plain, dark = (extract_image(d, "x") for d in ((SCAN / "scan_003_p1.png").read_bytes(), buf.getvalue()))
    assert len(dark.grids) == len(plain.grids) >= 1
    assert max(len(x.cells) for x in dark.grids) == max(len(x.cells) for x in plain.grids)


def test_a_photo_taken_at_an_angle_is_seen_square_on():
    """A form photographed at an angle (tests/fixtures/review/ct_s29_e1: the sheet's edges and the table's rulings
    converge by 2%): the perspective is undone over the page before the skew (its name, department and unit were
    lost, labels run into their values, and three rows' level columns merged into one: 社会效益指标效益指标…)."""
    from pathlib import Path
    t = process_file(Path(__file__).parent / "fixtures" / "review" / "ct_s29_e1_photo_perspective.jpg").tables
    p = t["projects"][0]
    assert (p["name"], p["department"], p["unit"]) == ("延吉市城区供热管网改造项目", "延吉市住房和城乡建设局", "延吉市供热管理中心")
    assert [(i["level1"], i["level2"]) for i in t["indicators"]][-3:] == [
        ("效益指标", "社会效益指标"), ("效益指标", "可持续影响指标"), ("满意度指标", "服务对象满意度指标")]


def test_unwarp_undoes_a_keystone_and_leaves_a_square_page_alone():
    """A ruled frame warped into a trapezoid is made a rectangle again (its opposite sides equal); a page whose frame
    is a rectangle, rotated or not, comes back as it was (the scans' skew is `skew_angle`'s)."""
    import cv2
    from extract import scan
    page = np.full((1400, 1000), 255, np.uint8)
    cv2.rectangle(page, (100, 150), (900, 1250), 0, 4)
    for y in range(250, 1250, 100):
        cv2.line(page, (100, y), (900, y), 0, 2)
    src = np.float32([[100, 150], [900, 150], [900, 1250], [100, 1250]])
    dst = np.float32([[130, 150], [870, 170], [900, 1250], [100, 1230]])
    warped = cv2.warpPerspective(page, cv2.getPerspectiveTransform(src, dst), (1000, 1400), borderValue=255)
    assert scan.keystone(scan.page_quad(warped)) > 0.02
    fixed = scan.unwarp(warped)
    assert scan.keystone(scan.page_quad(fixed)) < 0.005
    assert scan.unwarp(page) is page
    rotated = scan.rotate(page, 1.5)
    assert scan.unwarp(rotated) is rotated
