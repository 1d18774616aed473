"""Hunt pq2 (session 45): digital PDFs — a 项目支出绩效目标表 printed letter-spaced (字符间距加宽: every glyph 3 or 4
points after the one before, at 9 points, the text still inside its cells), with rules across only. Each expectation
below was written by hand from the form before jixiao was run (tests/fixtures/make_s45_pq2.py draws them)."""
import os
import sys

from tests.hunt_tools import only_project, warning_codes

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))
from make_s45_pq2 import WATER, WATER_TOP  # noqa: E402

W = 10000.0


def _levels() -> list[tuple]:
    out, l1, l2 = [], None, None
    for a, b, c, v in WATER:
        l1, l2 = a or l1, b or l2
        out.append((l1, l2, c, v))
    return out


def _form_read_right(r) -> None:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (WATER_TOP["name"], WATER_TOP["dept"], WATER_TOP["unit"])
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1350 * W, 1200 * W, 150 * W)
    assert p["goal_annual"] == WATER_TOP["goal"]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == _levels()
    assert not warning_codes(r)


def test_letter_spaced_4pt_cells_ruled_on_their_own(read):
    # each cell's top and bottom rule drawn on its own (no vertical rule), every glyph 4 points after the one
    # before. main: every text split glyph by glyph (`农 村 供 水 保 障 工 程`, `≥ 2 8 . 6 公 里`: a gap over 3 points
    # was a word break), the money None (`1 , 3 5 0 . 0 0`), the goal cut at a rule's end under it (`…农达到98%` |
    # `村自来水普及率`: the end fell in the blank between two of its glyphs), no target parsed
    r = read("ct_s45_pq2_letter_spaced_4pt.pdf")
    _form_read_right(r)
    assert [(i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]][:2] == [(">=", 28.6, "公里"),
                                                                                     (">=", 4200.0, "户")]


def test_letter_spaced_3pt_rules_across_whole_rows(read):
    # one rule across each row, 3 points apart: the column gaps found between glyphs of one text (`1` | `,350.00`,
    # `2025年1` | `0月底前`). main: budget 10000 / 10000 / 10000 元 (`1` read as 万元) with a fiscal_other_mismatch,
    # 工程完工时间's target `2025年1 0` and an unplaced_cell `月底前`
    r = read("ct_s45_pq2_letter_spaced_3pt_whole_rules.pdf")
    _form_read_right(r)


def test_letter_spaced_3pt_without_rules(read):
    # no rule at all, 3 points apart: the figures' glyphs 3-4 points apart (their boxes tight) were taken for word
    # gaps. main: budget None / None / None, every target spaced out and no value parsed (`≥ 2 8 . 6公里`, `1 0 0 %`,
    # `2 0 2 5年1 0月底前`), the goal `新建供水管网2 8 . 6公里，…`
    r = read("ct_s45_pq2_letter_spaced_3pt_no_rules.pdf")
    _form_read_right(r)
    assert [(i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]][2] == ("=", 100.0, "%")


def test_letter_spaced_4pt_rules_across_whole_rows(read):
    # the same, 4 points apart: the blank between `1` and `,` (4 points, a digit's width) was taken for two cells'
    # gap though the text runs over the column gap there. main: every text spaced out (`农 村 供 水 保 障 工 程`),
    # budget 10000 / 10000 / 10000 元 with a fiscal_other_mismatch, 6 targets `≥` alone (`2 8 . 6 公 里` … unplaced)
    r = read("ct_s45_pq2_letter_spaced_4pt_whole_rules.pdf")
    _form_read_right(r)
