"""Searchable scans and other awkward PDF text layers (hunt s34, family BU).

Fixtures in tests/fixtures/review/ct_s34_bu_*.pdf, made from template forms (tests/templates/*/form.pdf, or
form.docx through LibreOffice): the form rendered by PDFium to a page image, and its texts written by reportlab as
an OCR program writes them (tests/fixtures/review/README.md says how each was made). Expectations are the templates'
hand-written expected.json values.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


@lru_cache(maxsize=None)
def run(name: str):
    return process_file(REVIEW / f"ct_s34_bu_{name}.pdf")


def codes(res) -> set[str]:
    return {w["code"] for w in res.tables["warnings"]}


def test_layer_word_over_a_column_ruling_is_cut_between_its_glyphs():
    """Each glyph its own text object: the score `14` of a narrow 得分 cell (wrapped `1` over `4`) stood 7 points
    from the deviation text beside it and was read into it (`1个别路段因征地协调延4后…`, score lost)."""
    ind = run("char_selfeval").tables["indicators"]
    assert len(ind) == 9
    assert ind[0]["score"] == 14
    assert ind[0]["deviation"] == "个别路段因征地协调延后，已纳入下年度计划"


def test_skewed_scan_with_its_layer_is_levelled():
    """The page image skewed by 0.8°, the layer laid along the tilted lines: no table was found (fixed geometry,
    no deskew), the project's name and every indicator were lost."""
    res = run("skew_monitoring")
    p = res.tables["projects"][0]
    assert p["name"] == "学生营养改善计划补助资金"
    assert p["department"] == "崇州市教育局"
    assert p["execution_rate"] == pytest.approx(0.5467)
    ind = res.tables["indicators"]
    assert len(ind) == 8
    assert (ind[0]["level1"], ind[0]["level2"], ind[0]["level3"], ind[0]["target_raw"]) == (
        "产出指标", "数量指标", "受助学校数量", "=42所")


def test_text_under_the_page_image_is_a_text_layer_over_a_scan():
    """FineReader's "text under the page image": the text drawn (render mode 0) before the page-sized image. It was
    read as a page of text without rules (money and goal lost); now as a searchable scan."""
    from extract.pdf import text_layer_over_scan
    from extract.pdfium_page import open_document, pages
    doc = open_document((REVIEW / "ct_s34_bu_under_dept.pdf").read_bytes())
    try:
        assert [text_layer_over_scan(p) for _, p in pages(doc)] == [True]
    finally:
        doc.close()
    p = run("under_dept").tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (11_800_000, 11_800_000, 0)
    assert p["goal_annual"] == "按时完成国家、省、市各项统计调查任务，统计数据质量稳步提升，统计服务能力明显增强。"
    assert [r["level2"] for r in run("under_dept").tables["indicators"]][:3] == ["数量指标", "数量指标", "质量指标"]


def test_picture_of_the_indicator_table_on_a_page_of_text_is_read():
    """The typed head of the form (vector text and rules) over a pasted picture of its indicator table: the picture
    was ignored, no indicator and no warning; it is read by OCR, with a table_picture_ocr warning."""
    res = run("mixed_heilongjiang")
    assert "table_picture_ocr" in codes(res)
    assert res.tables["projects"][0]["name"] == "寒地黑土耕地保护性耕作技术推广项目"
    ind = res.tables["indicators"]
    assert len(ind) == 11
    assert (ind[0]["level1"], ind[0]["level2"], ind[0]["level3"], ind[0]["target_raw"]) == (
        "产出指标", "数量指标", "保护性耕作实施面积", "≥120万亩")
    assert ind[-1]["target_raw"] == "≥90%"


def test_small_pictures_and_scans_are_no_table_pictures():
    """A seal picture on a digital page, and a searchable scan's page image (its text over it), are not read as
    table pictures."""
    from extract.pdf import table_pictures
    from extract.pdfium_page import open_document, pages
    quirks = REVIEW.parent / "pdf_quirks"
    for name in ("14_seal_image.pdf", "16_ocr_text_layer.pdf"):
        doc = open_document((quirks / name).read_bytes())
        try:
            assert all(table_pictures(p) == [] for _, p in pages(doc)), name
        finally:
            doc.close()


def test_own_funds_line_is_no_near_miss_of_another_label():
    """`自有资金：| 0.00` in a layer's cells (which carry a confidence) was taken as a misread 自筹资金, budget_other
    0 (expected 240 万 of `其他：`) and a fiscal_other_mismatch."""
    res = run("offset_county")
    p = res.tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (24_000_000, 21_600_000, 2_400_000)
    assert "fiscal_other_mismatch" not in codes(res)


def test_layer_ocr_slips_in_units_and_numbers():
    """The layer's own OCR slips: `金额单位：方元` (万元) took every amount as 元; `l26座` kept the letter."""
    res = run("slips_cost")
    p = res.tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"]) == (3_860_000, 3_260_000)
    assert res.tables["indicators"][0]["target_raw"] == "126座"


@pytest.mark.parametrize("name", ["rot90_weights", "word_province"])
def test_guards_read_right(name):
    """Guards: a landscape-stored page turned by /Rotate 90, and a layer of words of 1-4 characters."""
    res = run(name)
    if name == "rot90_weights":
        p = res.tables["projects"][0]
        assert p["name"] == "困难群众基本生活救助补助资金"
        assert len(res.tables["indicators"]) == 12
    else:
        assert [p["name"] for p in res.tables["projects"]] == ["省级非物质文化遗产保护传承专项", "非遗数字化保护工程"]
        assert len(res.tables["indicators"]) == 17
