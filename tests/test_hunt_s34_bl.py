"""Scanned printed forms (session 34, hunt `bl`): LibreOffice renderings of template forms, rasterized and degraded as a
scanner or a phone does (grey, skew 0.6-2°, noise, JPEG quality 60, a red seal over a cell, 100 and 200 dpi, faint
rulings), read by the OCR path. The truth is each template's hand-written tests/templates/<id>/expected.json.

Each input is in tests/fixtures/review (prefix ct_s34_bl_); OCR takes seconds a page, so each file is read once.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from jixiao.pipeline import process_file
from tests.compare import expected, same

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _indicators(r, k: int = 0) -> list[dict]:
    pid = r.tables["projects"][k]["project_id"]
    return [i for i in r.tables["indicators"] if i["project_id"] == pid]


def _check_project(r, tid: str, cols: list[str], k: int = 0) -> None:
    want = expected(tid)["projects"][k]
    got = r.tables["projects"][k]
    bad = {c: (got.get(c), want[c]) for c in cols if not same(want[c], got.get(c))}
    assert not bad, bad


# ---------------------------------------------------------------- page geometry (no OCR)

def test_text_touching_the_table_is_no_perspective():
    """A flat scan, skewed 0.6°, whose title line `填报单位（盖章）：…` touches the table's frame: the frame's hull took
    the text's top for its corner, measured a keystone of 0.02 and 'unwarped' the page by a perspective it never had;
    its rulings sheared into twice as many columns, and the whole indicator table was read as one cell (0 of 9
    indicators, no name, no money). A quadrilateral whose sides leave the ink is no outline; a real keystone stays."""
    import cv2

    from extract import scan
    page = np.full((1400, 1000), 245, np.uint8)
    cv2.rectangle(page, (100, 200), (900, 1250), 0, 2)
    for y in range(280, 1250, 80):
        cv2.line(page, (100, y), (900, y), 0, 1)
    cv2.rectangle(page, (100, 150), (420, 199), 0, -1)          # a line of text sitting on the frame, top left
    page = scan.rotate(page, 0.6)
    assert scan.unwarp(page) is page
    # a photo's keystone is still undone
    plain = np.full((1400, 1000), 245, np.uint8)
    cv2.rectangle(plain, (100, 150), (900, 1250), 0, 4)
    src = np.float32([[100, 150], [900, 150], [900, 1250], [100, 1250]])
    dst = np.float32([[130, 150], [870, 170], [900, 1250], [100, 1230]])
    warped = cv2.warpPerspective(plain, cv2.getPerspectiveTransform(src, dst), (1000, 1400), borderValue=245)
    assert scan.unwarp(warped) is not warped


def test_faint_row_ruling_is_found_and_text_is_no_ruling():
    """A row ruling a scanner kept at a quarter of its ink is missed by the line mask (rows merged); the grey page still
    shows it as a thin dip along the boundary. A line of text lying on a boundary inside a merged cell is no ruling."""
    import cv2

    from extract import scan
    rng = np.random.default_rng(3)
    page = np.full((900, 1200), 235, np.uint8)
    cv2.rectangle(page, (100, 100), (1100, 700), 20, 2)
    for x in (400, 800):
        cv2.line(page, (x, 100), (x, 700), 20, 2)
    for y in (200, 300, 600):
        cv2.line(page, (100, y), (1100, y), 20, 2)
    cv2.line(page, (100, 400), (800, 400), 218, 1)               # faint in the first two columns
    cv2.line(page, (800, 400), (1100, 400), 20, 2)               # a plain ruling in the last one
    cv2.line(page, (100, 500), (400, 500), 20, 2)                # a ruling in the first column only: the other
    cv2.putText(page, "MERGED CELL TEXT", (450, 500), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 30, 2)   # two merged, text on it
    page = cv2.GaussianBlur(page, (3, 3), 0.7)
    page = np.clip(page + rng.normal(0, 3, page.shape), 0, 255).astype(np.uint8)
    t, = scan.find_tables(page)
    ys = [round(y) for y in t.ys]
    assert 400 in ys and 500 in ys, ys
    i, k = ys.index(400) - 1, ys.index(500) - 1
    assert not t.hgap[i, 0] and not t.hgap[i, 1] and not t.hgap[i, 2]    # the faint ruling: rows kept apart
    assert not t.hgap[k, 0] and t.hgap[k, 1] and t.hgap[k, 2]            # the merged cell with text on the boundary


def test_mend_percent_drops_a_speck_after_the_sign():
    """`≥90%.` and a unit cell `%.` (a speck on a 100 dpi scan read as a point): the point goes, flagged; a sentence's
    full stop and a share inside a sentence stay."""
    from extract.scan import mend_percent
    assert mend_percent("≥90%.") == ("≥90%", True)
    assert mend_percent("%.") == ("%", True)
    assert mend_percent("96.2%。") == ("96.2%。", False)
    assert mend_percent("达到95%以上.") == ("达到95%以上.", False)


# ---------------------------------------------------------------- labels (no OCR)

def test_pairs_glued_after_a_number_are_cut():
    """`执行数：178.56万元执行率：96.00%` (the gap before the next pair lost under a seal's star): two pairs."""
    from parsers.core import match_field, next_pairs
    assert list(next_pairs("预算数：186.00万元 执行数：178.56万元执行率：96.00%")) == [
        "预算数：186.00万元", "执行数：178.56万元", "执行率：96.00%"]
    assert match_field("执行数：178.56万元执行率：96.00%") == ("spent", "178.56万元")
    assert list(next_pairs("填报单位：某局 金额单位：万元")) == ["填报单位：某局", "金额单位：万元"]


def test_label_with_its_last_character_lost():
    """`主管部` (its wrapped `门` under a seal): the department's label on an OCR'd cell beside a value."""
    from parsers.core import near_field
    assert near_field("主管部") == "department"
    assert near_field("实施第位") == "unit"
    assert near_field("二级") is None


# ---------------------------------------------------------------- the scans

def test_faint_rulings_scan():
    """policy_fund_county_allocation rendered, every other row ruling at a quarter of its ink, skewed 0.6°, grey JPEG
    in a PDF. Before: 0 of 9 indicators, no name / department / money, score 5287.8 (an amount); now the fields and the
    money are right and the first indicators are read."""
    r = _read("ct_s34_bl_faint_rules.pdf")
    _check_project(r, "policy_fund_county_allocation",
                   ["name", "department", "unit", "budget_initial", "budget_year", "spent", "execution_rate", "score",
                    "grade"])
    got = [(i["level3"], i["op"], i["value"], i["unit"]) for i in _indicators(r)[:3]]
    assert got == [("完成农村公路日常养护里程", ">=", 3200.0, "公里"), ("实施危桥改造数量", ">=", 12.0, "座"),
                   ("农村公路优良中等路率", ">=", 80.0, "%")]


def test_seal_over_the_money_cell():
    """A red seal over `执行数：178.56万元  执行率：96.00%` and over the wrapped label `主管部` / `门`: the gap before 执行率
    and the `门` were lost; spent, execution_rate and department were null."""
    r = _read("ct_s34_bl_seal_money_cell.jpg")
    _check_project(r, "self_eval_money_in_cell", ["department", "budget_year", "spent", "execution_rate", "score"])


def test_label_and_value_split_by_a_ruling_of_their_row_only():
    """`当年预算 | 2,430.00` at 200 dpi: the column ruling exists on that row alone and the detector read the two cells
    as one line: budget_year was null. Every indicator target stays right."""
    r = _read("ct_s34_bl_zoo_200dpi.jpg")
    _check_project(r, "targets_notation_zoo", ["budget_total", "budget_year", "department", "unit"])
    assert len(_indicators(r)) == 23


def test_100_dpi_merged_goal_row_and_a_speck():
    """100 dpi: the 年度目标 row (15 px high) was cut at the rulings of the rows around it, through `项` and `源`
    (goal_annual `完成120个省级非遗`); a speck after a unit cell `%.` gave the unit `%.`."""
    r = _read("ct_s34_bl_province_100dpi.jpg")
    _check_project(r, "province_system_export", ["goal_annual"], k=1)
    ind = [i for i in _indicators(r) if i["level3"] == "传承人满意度"]
    assert [(i["target_raw"], i["unit"]) for i in ind] == [("≥90%", "%")]


def test_seal_star_before_a_label():
    """A seal's star over `年度金额：` read `十一年度金额：`: the label of the year's money, the strokes before it dropped
    (budget_year was null). The name, whose row's ruling the tight row lost (`转移支付名称农业相关…` one cell), is still
    null: not fixed."""
    r = _read("ct_s34_bl_transfer_seal.jpg")
    _check_project(r, "transfer_region_targets", ["budget_year", "department"])
