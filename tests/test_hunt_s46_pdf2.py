"""Hunt pdf2 (session 46): digital PDFs drawn by reportlab (tests/fixtures/make_s46_pdf2.py) — a 项目支出绩效目标表
letter-spaced 4 and 5 points with no rule, its cells filled to their edges, its indicators over three pages with the
head row repeated, and a page whose text layer holds no Chinese character (GBK bytes in a font without ToUnicode). Each expectation below was written by hand from
the form before jixiao was run."""
import os
import sys

from tests.hunt_tools import only_project, warning_codes

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))
from make_s45_pq2 import WATER, WATER_TOP  # noqa: E402
from make_s46_pdf2 import HAND_CUT, ROADS, ROADS_TOP  # noqa: E402

W = 10000.0


def _levels(rows) -> list[tuple]:
    out, l1, l2 = [], None, None
    for a, b, c, v in rows:
        l1, l2 = a or l1, b or l2
        out.append((l1, l2, c, v))
    return out


def _read_right(r, top=WATER_TOP, rows=WATER, money=(1350, 1200, 150)) -> None:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (top["name"], top["dept"], top["unit"])
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == tuple(m * W for m in money)
    assert p["goal_annual"] == top["goal"]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == _levels(rows)
    assert not warning_codes(r)


def test_letter_spaced_4pt_no_rules_level_labels(read):
    # each glyph 4 points after the one before, no rule. main: the merged level labels centred between rows kept
    # their spacing: level2 `数 量 指 标` (2 indicators), level1 `效 益 指 标` (2)
    _read_right(read("ct_s46_pdf2_spaced_4pt_no_rules.pdf"))


def test_letter_spaced_5pt_no_rules_level_labels(read):
    # the same, 5 points apart. main: `数 量 指 标`, `效 益 指 标` as at 4 points
    _read_right(read("ct_s46_pdf2_spaced_5pt_no_rules.pdf"))


def test_letter_spaced_4pt_whole_rules_cell_filled_to_its_edge(read):
    # one rule across each row, 4 points apart; `服务对象满意度指标` (113 points in a cell of 120) ends 7 points before
    # `受益群众满意度`. main: the two one cell `服 务 对 象 满 意 度 指 标 受 益 群 众 满 意 度` (level3, level2 None)
    _read_right(read("ct_s46_pdf2_spaced_4pt_whole_rules_full_cell.pdf"))


def test_cells_filled_to_their_edges_no_rules(read):
    # no rule; the first column as wide as `年度绩效目标`, the second as `服务对象满意度指标` (3 points padding each
    # side: 6 points from a cell's text to the next's). main: goal_annual None (the label 6 points from the goal's
    # lines was not taken for the label beside them: three lines of text)
    _read_right(read("ct_s46_pdf2_full_cells_no_rules.pdf"))


def test_three_pages_head_repeated_row_cut_by_hand_break(read):
    # 30 indicators over three pages, the head row repeated at each page's top, the 9th row cut by the page break
    # between the two lines of a measure broken by hand (`路面工程交工验收` and `100%` on page 1, `合格率` alone on
    # page 2 under the repeated head, beside the merged level cells going on). main: the 9th measure
    # `路面工程交工验收` (its rest `合格率` lost), 30 indicators
    r = read("ct_s46_pdf2_three_pages_hand_break.pdf")
    rows = list(ROADS)
    rows[8] = rows[8][:2] + ("".join(HAND_CUT), rows[8][3])
    _read_right(r, ROADS_TOP, rows, (8650, 7800, 850))


def test_text_layer_without_chinese_warned(read):
    # GBK bytes in a TrueType font without ToUnicode: the text layer reads `ÏîÄ¿Ö§³ö¼¨Ð§Ä¿±ê±í`, no Chinese
    # character. main: only layout_unknown, nothing saying the text layer is unreadable
    r = read("ct_s46_pdf2_gbk_no_tounicode.pdf")
    assert "text_layer_unreadable" in warning_codes(r)
