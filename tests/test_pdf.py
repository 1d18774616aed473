"""PDFs: the same forms as the text dumps give the same records; bad PDFs fail clearly.

The PDFs are made from the samples by tests/fixtures/make_pdf_fixtures.py
(ruled tables, merged cells, tables continued on the next page with the
header repeated). Documented differences: provenance (`page` instead of
`line`), `layout` stays the same, and whitespace inside long texts, where the
dump had HTML paragraphs (`</p> <p>`) or a space the PDF wrapped away.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests.crossformat import PROVENANCE, assert_same_records
from tests.golden_tool import samples

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "fixtures" / "pdf"


@pytest.mark.parametrize("sample", [s.stem for s in samples()])
def test_pdf_gives_the_records_of_its_text_dump(sample):
    txt = process_file(ROOT / "samples" / f"{sample}.txt")
    pdf = process_file(PDF / f"{sample}.pdf")
    assert pdf.document["format"] == "pdf" and pdf.document["pages"] >= 1
    assert_same_records(txt, pdf, f"{sample}.pdf")
    for table in ("indicators", "budget_items", "scores", "assessment_items", "safeguards"):
        for y in pdf.tables[table]:
            assert y["page"] is not None and y["line"] is None, f"{table} row without its page"


@pytest.mark.parametrize("name, words", [
    ("damaged.pdf", ["damaged pdf"]),
    ("encrypted_password.pdf", ["password"]),
    ("no_pages.pdf", ["no pages"]),
])
def test_bad_pdfs_fail_with_the_reason(name, words):
    d = process_file(PDF / name).document
    assert d["status"] == "failed" and d["format"] == "pdf"
    for w in words:
        assert w in d["error"].lower(), d["error"]
    assert str(PDF / name) in d["error"]


def test_encrypted_pdf_with_empty_password_is_read():
    a = process_file(PDF / "encrypted_empty_password.pdf")
    b = process_file(PDF / "000_db5194b345e21d4a.pdf")
    assert a.document["status"] == "ok" and a.document["n_projects"] == 1
    strip = lambda rows: [{k: v for k, v in r.items() if k not in PROVENANCE} for r in rows]
    assert strip(a.tables["indicators"]) == strip(b.tables["indicators"])


def test_unreadable_text_layer_is_reported_and_the_page_read_by_ocr():
    """Glyphs without a Unicode mapping: the page goes to OCR (this fixture's font is not embedded, so its
    image shows no Chinese either and nothing is read; an embedded font would be)."""
    res = process_file(PDF / "cid_garbage.pdf")
    msgs = [w["message"] for w in res.tables["warnings"] if w["code"] == "text_layer_unreadable"]
    assert msgs and "read by OCR" in msgs[0]
    assert res.document["status"] == "partial" and res.document["n_projects"] == 0


def test_a_page_whose_text_is_drawn_as_outlines_is_read_by_ocr():
    """No characters, no image: the text is glyph outlines (tests/fixtures/make_outline_pdf.py). The page is
    rendered and read by OCR, with a text_as_outlines warning, instead of giving nothing."""
    res = process_file(PDF / "outlined_text_target.pdf")
    assert [w["code"] for w in res.tables["warnings"]].count("text_as_outlines") == 1
    (p,) = res.tables["projects"]
    assert (p["name"], p["department"], p["unit"], p["budget_year"], p["year"]) == \
        ("社区养老服务补贴", "甲区民政局", "甲区养老服务中心", 1205000.0, 2024)
    got = [(i["level3"], i["op"], i["value"], i["unit"]) for i in res.tables["indicators"]]
    assert got == [("补贴发放人数", ">=", 1200.0, "人"), ("补贴发放准确率", "=", 100.0, "%"),
                   ("补贴按月发放", None, None, None), ("老年人生活质量", None, None, None),
                   ("老年人满意度", ">=", 90.0, "%")]


def test_ruling_lines_and_a_seal_are_no_outlined_text():
    from extract.pdf import OUTLINE_CURVES, outlined_text
    from extract.pdfium_page import PdfiumPage
    assert not outlined_text(PdfiumPage([], [], 595, 842, 1, [], 40))          # a seal's circles
    assert outlined_text(PdfiumPage([], [], 595, 842, 1, [], OUTLINE_CURVES))


def test_unruled_pdf_is_read_from_word_positions():
    res = process_file(PDF / "unruled.pdf")
    ref = process_file(ROOT / "samples" / "003_f4b4bf660a847d7d.txt")
    assert res.document["n_projects"] == 1
    names = [r["level3"] for r in res.tables["indicators"]]
    want = [r["level3"] for r in ref.tables["indicators"] if r["project_id"].endswith("-1")]
    assert names == want
    got = [(r["level1"], r["level2"], r["target_raw"]) for r in res.tables["indicators"]]
    exp = [(r["level1"], r["level2"], r["target_raw"]) for r in ref.tables["indicators"] if r["project_id"].endswith("-1")]
    assert got == exp


LO_PDF = ROOT / "tests" / "fixtures" / "pdf_libreoffice"


@pytest.mark.parametrize("sample", [s.stem for s in samples()])
def test_libreoffice_pdf_gives_the_records_of_its_text_dump(sample):
    """Word tables exported by LibreOffice: rows broken across pages are joined back, merged labels crossing
    a break are not taken for broken rows (tests/fixtures/pdf_libreoffice/README.md)."""
    txt = process_file(ROOT / "samples" / f"{sample}.txt")
    pdf = process_file(LO_PDF / f"{sample}.pdf")
    assert pdf.document["pages"] >= 2
    assert_same_records(txt, pdf, f"libreoffice {sample}.pdf")


ROW_RULES = ROOT / "tests" / "fixtures" / "pdf_row_rules"


@pytest.mark.parametrize("tid", sorted(p.stem for p in ROW_RULES.glob("*.pdf")))
def test_row_rules_only_pdf_gives_the_records_of_the_ruled_one(tid):
    """A Word table with row rules only, printed by LibreOffice (each rule drawn whole, no vertical border):
    rows from the rules, columns from the gaps the text leaves, merged labels spanning the rows their rules
    leave open (extract/pdf.rules_grid; tests/fixtures/make_row_rules_pdfs.py)."""
    ruled = process_file(ROOT / "tests" / "templates" / tid / "form.pdf", layouts={"generic"})
    got = process_file(ROW_RULES / f"{tid}.pdf", layouts={"generic"})
    assert ruled.tables["indicators"] or ruled.tables["scores"]
    assert_same_records(ruled, got, f"row rules {tid}.pdf")


def test_rules_drawn_whole_give_no_table_without_text_columns():
    """Row rules with nothing in two columns between them are no table: the page keeps its text lines."""
    from extract.pdf import rules_grid
    from extract.pdfium_page import PdfiumPage
    edges = [{"object_type": "line", "orientation": "h", "x0": 50.0, "x1": 550.0, "top": y, "bottom": y,
              "doctop": y, "width": 500.0, "height": 0.0} for y in (100.0, 130.0, 160.0, 190.0, 220.0)]
    chars = [{"text": ch, "x0": 60.0 + 10 * i, "x1": 70.0 + 10 * i, "top": y + 8, "bottom": y + 18, "upright": True,
              "size": 10.0} for y in (100.0, 130.0, 160.0, 190.0) for i, ch in enumerate("绩效目标说明文字一行")]
    grid, rest = rules_grid(PdfiumPage(chars, edges, 595.0, 842.0, 1), 1)
    assert grid is None and rest == []


CALC_PDF = ROOT / "tests" / "fixtures" / "pdf_calc"


@pytest.mark.parametrize("sample", [s.stem for s in samples()])
def test_calc_pdf_gives_the_records_of_its_text_dump(sample):
    """Spreadsheets printed by LibreOffice Calc: labels of merged cells cut by a page end, drawn in the
    table's open part or below it, go back to their cells (tests/fixtures/pdf_calc/README.md)."""
    txt = process_file(ROOT / "samples" / f"{sample}.txt")
    pdf = process_file(CALC_PDF / f"{sample}.pdf")
    assert_same_records(txt, pdf, f"calc {sample}.pdf")


ALL_PDFS = sorted(PDF.glob("0*.pdf")) + sorted(LO_PDF.glob("*.pdf")) + sorted(CALC_PDF.glob("*.pdf")) + sorted((ROOT / "tests" / "templates").glob("*/form.pdf")) + \
    sorted((ROOT.parent / "shared" / "negatives").glob("*.pdf"))


def test_cell_texts_equal_pdfplumber_extract():
    """jixiao's one-pass cell text assignment gives exactly pdfplumber's `Table.extract()`."""
    import pdfplumber

    from extract.pdf import cell_texts
    n = 0
    for f in ALL_PDFS:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                for t in page.find_tables():
                    assert cell_texts(t) == t.extract(), f"{f.name} page {page.page_number}"
                    n += 1
    assert n >= 40


@pytest.mark.parametrize("sample", ["000_db5194b345e21d4a", "003_f4b4bf660a847d7d"])
def test_pdfplumber_fallback_reads_the_same(sample, monkeypatch):
    """A file PDFium refuses goes to pdfplumber: that path gives the same records as the PDFium path."""
    import extract.pdfium_page as P
    fast = process_file(PDF / f"{sample}.pdf")
    monkeypatch.setattr(P, "open_document", lambda data: None)
    slow = process_file(PDF / f"{sample}.pdf")
    assert_same_records(fast, slow, f"{sample}.pdf via pdfplumber")
    assert [r["page"] for r in fast.tables["indicators"]] == [r["page"] for r in slow.tables["indicators"]]


def test_pdfium_page_reads_characters_and_ruling_lines():
    """The PDFium page source gives glyphs (no generated spaces, no line ends) and h/v edges in top-down y."""
    from extract.pdfium_page import open_document, pages
    doc = open_document((PDF / "003_f4b4bf660a847d7d.pdf").read_bytes())
    try:
        pno, page = next(iter(pages(doc)))
        text = "".join(c["text"] for c in page.chars)
        assert pno == 1 and "财政项目支出绩效目标申报表" in text and "\n" not in text
        assert {e["orientation"] for e in page.edges} == {"h", "v"}
        assert all(0 <= c["top"] < c["bottom"] <= page.height for c in page.chars)
        title = [c for c in page.chars if c["text"] == "财"][0]
        assert title["top"] < page.height / 4          # the title is at the top: y counts down
    finally:
        doc.close()


def test_text_of_equals_pdfplumber_extract_text_on_made_up_cells():
    """Word gaps, a step back, white space, two lines close in y, a ligature, rotated text."""
    from pdfplumber.utils import extract_text

    from extract.pdf import text_of

    def ch(t, x0, top, w=5.0, h=10.0, upright=True):
        return {"text": t, "x0": x0, "x1": x0 + w, "top": top, "bottom": top + h, "upright": upright,
                "doctop": top, "width": w, "height": h}
    cells = [
        [ch("1", 0, 0), ch("0", 5, 0), ch("%", 10, 0), ch(" ", 15, 0), ch("(", 20, 0), ch("1", 25, 0)],
        [ch("a", 0, 0), ch("b", 9, 0), ch("c", 13.5, 0), ch("d", 2, 0.5)],          # gap > 3, step back
        [ch("上", 0, 0), ch("下", 0, 12), ch("中", 6, 2.5), ch("ﬁ", 12, 12.4)],      # two lines, ligature
        [ch("竖", 0, 0, upright=False), ch("排", 0, 10, upright=False)],
        [],
    ]
    for chars in cells:
        assert text_of(chars) == (extract_text(chars) if chars else "")


def test_landscape_page_drawn_sideways_and_turned_by_rotate():
    """Content drawn rotated by 90 degrees on pages carrying /Rotate 90 (tests/fixtures/make_rotated_pdf.py):
    read as shown, upright, it gives the records of the same form's PDF."""
    ref = process_file(PDF / "004_84f93315a99e5296.pdf")
    got = process_file(PDF / "rotated_landscape.pdf")
    assert got.document["status"] != "failed"
    assert_same_records(ref, got, "rotated_landscape.pdf")


def _line(text, x0, x1, top, size=15.0):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size}


def test_a_wrapped_paragraph_outside_the_tables_is_one_line():
    from extract.pdf import join_wrapped_lines
    table = [(51, 139, 544, 577)]
    # a centred title as wide as the text, its last character centred on the next line
    title = [_line("休宁县转移支付区域项目绩效目标自评表中共晥浙赣省委驻地旧址展陈项", 58, 538, 56),
             _line("目", 290, 305, 76)]
    assert [t["text"] for t in join_wrapped_lines(title, table)] == [
        "休宁县转移支付区域项目绩效目标自评表中共晥浙赣省委驻地旧址展陈项目"]
    # a left-aligned paragraph running to the right edge, its rest at the left margin
    para = [_line("说明：本表金额单位为万元，执行率按全年执行数除以全年预算数计算，", 51, 543, 600, 11),
            _line("得分保留两位小数。", 51, 150, 613, 11)]
    assert len(join_wrapped_lines(para, table)) == 1
    # a centred subtitle under a narrower title, a smaller note, a line after a gap: lines of their own
    # a line as wide as the text, then a date or a line after a sentence's end: lines of their own
    dated = [_line("附件:天津市农业绿色发展专项2022年中央预算内投资计划绩效目标表", 51, 543, 189, 11),
             _line("2022年5月27日", 51, 140, 203, 11)]
    assert len(join_wrapped_lines(dated, table)) == 2
    # three lines of one paragraph are one line; a line opening with a label starts a line of its own
    three = [_line("根据《财政部关于下达2022年农业绿色发展专项中央基建投资预算的", 51, 542, 76, 11),
             _line("通知》，你区2022年预算2350万元，专项用于畜禽粪污资源化利用整县", 51, 543, 90, 11),
             _line("推进项目。", 51, 110, 104, 11)]
    assert len(join_wrapped_lines(three, table)) == 1
    labels = [_line("填报单位（盖章）：某区农业农村局                    填报日期：2023年5月27日", 51, 543, 189, 11),
              _line("项目负责人：张三                    联系电话：12345678", 51, 300, 203, 11)]
    assert len(join_wrapped_lines(labels, table)) == 2
    kept = [_line("项目支出绩效自评表", 220, 380, 56), _line("(2023年度)", 260, 340, 74),
            _line("金额单位：万元", 51, 543, 92, 10), _line("填报单位：某局", 51, 200, 120, 10)]
    assert len(join_wrapped_lines(kept, table)) == 4


def test_slanted_watermark_glyphs_are_dropped_italic_and_vertical_ones_kept():
    """Glyphs whose baseline runs at a slant (a diagonal watermark) are not read; fake italics (a skewed text
    matrix, baseline level) and text turned a quarter (a vertical header) are."""
    import io
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    from extract.pdfium_page import open_document, pages
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 700, "项目名称")
    t = c.beginText()
    t.setTextTransform(1, 0, 0.25, 1, 72, 650)              # italic: slanted glyphs on a level baseline
    t.setFont("STSong-Light", 12)
    t.textOut("斜体文字")
    c.drawText(t)
    c.saveState()
    c.translate(300, 300)
    c.rotate(90)
    c.drawString(0, 0, "竖排表头")
    c.restoreState()
    c.saveState()
    c.translate(100, 200)
    c.rotate(45)
    c.setFont("STSong-Light", 40)
    c.drawString(0, 0, "内部资料")
    c.restoreState()
    c.save()
    doc = open_document(buf.getvalue())
    try:
        text = "".join(ch["text"] for _, page in pages(doc) for ch in page.chars)
    finally:
        doc.close()
    for kept in ("项目名称", "斜体文字"):
        assert kept in text
    assert all(ch in text for ch in "竖排表头")
    assert not any(ch in text for ch in "内部资料")


def test_an_ocr_text_layer_over_a_scan_is_told_from_a_digital_page():
    """A searchable scan (invisible text over a page-sized image, no drawn rules) is read through the image's
    tables with its own text (`TextLayerEngine`); a digital page, or one with a seal picture, is not."""
    from extract.pdf import text_layer_over_scan
    from extract.pdfium_page import open_document, pages
    quirks = ROOT / "tests" / "fixtures" / "pdf_quirks"
    got = {}
    for name in ("16_ocr_text_layer.pdf", "00_plain_target.pdf", "14_seal_image.pdf"):
        doc = open_document((quirks / name).read_bytes())
        try:
            got[name] = [text_layer_over_scan(p) for _, p in pages(doc)]
        finally:
            doc.close()
    assert got == {"16_ocr_text_layer.pdf": [True], "00_plain_target.pdf": [False], "14_seal_image.pdf": [False]}


@pytest.mark.parametrize("name", ["p10a_letterhead_signature_lines", "p10b_rules_centred_columns",
                                  "p10d_letterhead_only", "p10e_signature_lines_only"])
def test_row_rules_table_beside_other_long_lines(name):
    """A letterhead's double rule above the form's header lines, signature underlines or 抄送 / 印发 rules below
    it are not rows of the row-ruled table: the header fields stay fields (all were lost in the grid's first
    band), the contact is 张三, the last target keeps its note apart (tests/fixtures/make_row_rules_lines.py)."""
    res = process_file(ROW_RULES / "lines" / f"{name}.pdf", layouts={"generic"})
    p = res.tables["projects"][0]
    assert (p["name"], p["department"], p["unit"], p["budget_total"], p["header_missing"]) == (
        "县城老旧小区改造项目", "县住房和城乡建设局", "县城市更新服务中心", 8_600_000, False)
    if name == "p10a_letterhead_signature_lines":
        assert p["contact"] == "张三"
    ind = res.tables["indicators"]
    assert [(r["level3"], r["target_raw"]) for r in ind][:4] == [
        ("改造小区数量", "12个"), ("惠及居民户数", "≥1860户"), ("竣工验收合格率", "100%"), ("完工时间", "2024年11月底前")]
    assert ind[-1]["target_raw"] == "≥90%"


def test_notice_with_long_rules_gives_no_form():
    assert process_file(ROW_RULES / "lines" / "p10f_negative_notice_rules.pdf").tables["projects"] == []


def test_glyphs_pdfium_lost_are_restored_from_pdfminer_in_reading_order():
    """PDFium drops one-glyph text objects of a font the file does not embed when the machine has no Chinese
    font (`≥` alone in a sign column, `√` ticks); restore_lost_glyphs adds what pdfminer reads there: upright,
    unslanted glyphs PDFium has nothing of at that place, each after the glyph left of it on its line."""
    from extract.pdf import restore_lost_glyphs
    from extract.pdfium_page import PdfiumPage

    def g(text, x0, top, matrix=(1, 0, 0, 1, 0, 0), upright=True):
        return {"object_type": "char", "text": text, "x0": x0, "x1": x0 + 10, "top": top, "bottom": top + 10,
                "doctop": top, "width": 10, "height": 10, "upright": upright, "matrix": matrix}
    page = PdfiumPage([g("指", 0, 0), g("标", 10, 0), g("9", 50, 0), g("0", 60, 0)], [], 600, 800, 1)
    miner = [g("指", 0.2, 0.1), g("标", 10, 0), g("≥", 40, 0), g("9", 50, 0), g("0", 60, 0),
             g("内", 100, 100, matrix=(0.7, 0.7, -0.7, 0.7, 0, 0)),      # a slanted watermark: PDFium drops it
             g("√", 300, 30)]
    assert restore_lost_glyphs(page, miner) == 2
    assert "".join(c["text"] for c in page.chars) == "指标≥90√"


def test_a_machine_without_chinese_fonts_still_reads_ticks_and_signs(monkeypatch):
    """A PDF in reportlab's STSong-Light (not embedded) with `≥` and `√` drawn alone, read as on a machine where
    PDFium finds no Chinese font (it drops them there): pdfminer's reading restores them."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    import extract.pdfium_page as pp
    from extract.pdf import extract_pdf
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 700, "项目类型")
    c.drawString(160, 700, "新增项目")
    c.drawString(220, 700, "√")
    c.drawString(72, 680, "群众满意度")
    c.drawString(160, 680, "≥")
    c.drawString(172, 680, "90%")
    c.save()
    monkeypatch.setattr(pp, "system_cjk_fonts", lambda: False)    # as on a machine without one
    ex = extract_pdf(buf.getvalue(), "x")
    text = " ".join(t.text for t in ex.lines) + " ".join(c.text for g in ex.grids for c in g.cells)
    assert "√" in text and "≥" in text, text


def test_the_font_probe_holds_what_its_count_says():
    """system_cjk_fonts compares PDFium's reading of extract/data/font_probe.pdf with the glyphs pdfminer reads
    in it (whatever the machine's fonts): the count it goes by must be that number."""
    import pdfplumber

    from extract.pdfium_page import _FONT_PROBE, _PROBE_GLYPHS
    with pdfplumber.open(_FONT_PROBE) as pdf:
        assert sum(1 for c in pdf.pages[0].chars if c["text"].strip()) == _PROBE_GLYPHS


def test_text_turned_a_quarter_reads_in_its_own_direction():
    """A cell's text turned anticlockwise (Word's btLr, Excel's 90° rotation: read bottom to top) came out
    backwards (`产出指标` -> `标指出产`, so no level1_std); its lines are columns left to right. Clockwise: top to
    bottom, columns right to left. PDFium's angle (`rot`) and pdfminer's matrix say which."""
    from extract.pdf import text_of

    def ch(t, x0, top, **turn):
        return {"text": t, "x0": x0, "x1": x0 + 10, "top": top, "bottom": top + 10, "upright": False,
                "doctop": top, "width": 10, "height": 10, **turn}
    for ccw in ({"rot": 90}, {"matrix": (0, 1, -1, 0, 0, 0)}):
        cell = [ch("产", 0, 30, **ccw), ch("出", 0, 20, **ccw), ch("指", 0, 10, **ccw), ch("标", 12, 30, **ccw)]
        assert text_of(cell) == "产出指\n标"
    for cw in ({"rot": 270}, {"matrix": (0, -1, 1, 0, 0, 0)}):
        cell = [ch("标", 0, 0, **cw), ch("产", 12, 0, **cw), ch("出", 12, 10, **cw), ch("指", 12, 20, **cw)]
        assert text_of(cell) == "产出指\n标"


def test_a_level_label_printed_turned_gives_its_level():
    """A PDF whose 一级指标 cell holds 产出指标 drawn turned anticlockwise, read through PDFium and pdfminer."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from extract.pdf import extract_pdf
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("STSong-Light", 10)
    for x in (72, 112, 212):                      # a table of two rows and two columns
        c.line(x, 420, x, 580)
    for y in (420, 500, 580):
        c.line(72, y, 212, y)
    c.drawString(120, 540, "数量指标")
    c.drawString(120, 460, "质量指标")
    c.saveState()
    c.translate(95, 515)
    c.rotate(90)
    c.drawString(0, 0, "产出指标")
    c.restoreState()
    c.save()
    ex = extract_pdf(buf.getvalue(), "x")
    texts = [x.text.replace("\n", "") for g in ex.grids for x in g.cells]
    assert "产出指标" in texts, texts


def test_a_label_on_two_lines_cut_by_a_page_break_is_joined_back(tmp_path):
    """`效益` | `社会效益` at the bottom of page 1, `指标` | `指标` at the top of page 2 (a Word row whose two
    level cells hold their labels on two lines, cut by the break; the next row under the merged level 1):
    one row, 效益指标 / 社会效益指标 (it gave an indicator named 指标 and level 1 `效益` for the rows after)."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    xs = (72, 142, 232, 372, 472)
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)

    def row(y0, y1, texts, cols=range(4)):
        for j in cols:
            if texts[j]:
                c.drawString(xs[j] + 4, y1 + 3, texts[j])

    c.setFont("STSong-Light", 10)
    c.drawString(72, 760, "项目支出绩效目标表（2024年度）")
    c.drawString(72, 740, "项目名称：学校维修改造")
    ys = (720, 700, 680, 665)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    row(720, 700, head)
    row(700, 680, ("产出指标", "数量指标", "维修面积", "≥8600平方米"))
    row(680, 665, ("效益", "社会效益", "受益学生人数", "≥6500人"))
    c.showPage()
    c.setFont("STSong-Light", 10)
    for y in (720, 700):
        c.line(xs[0], y, xs[-1], y)
    c.line(xs[1], 685, xs[-1], 685)                    # the level 1 cell goes on down: no line under it
    c.line(xs[0], 665, xs[-1], 665)
    for x in xs:
        c.line(x, 720, x, 665)
    row(720, 700, head)
    row(700, 685, ("指标", "指标", "", ""))
    row(685, 665, ("", "可持续影响指标", "校舍使用年限", "≥15年"))
    c.save()
    f = tmp_path / "split.pdf"
    f.write_bytes(buf.getvalue())
    got = process_file(f)
    assert [(i["level1"], i["level2"], i["level3"]) for i in got.tables["indicators"]] == [
        ("产出指标", "数量指标", "维修面积"), ("效益指标", "社会效益指标", "受益学生人数"),
        ("效益指标", "可持续影响指标", "校舍使用年限")]


def test_a_glyph_boxed_off_its_line_is_put_back_on_it():
    """PDFium sets some glyphs' boxes a few points off their line (`，`, `一` in some embedded fonts) where
    pdfminer's are level: they fell into a line of their own (`般公共预算拨款一`); they take the top and bottom
    of the level glyphs touching them. A glyph of another line (a gap, or far off) is left."""
    from extract.pdfium_page import _snap_to_line

    def g(t, x0, top):
        return {"text": t, "x0": x0, "x1": x0 + 10, "top": top, "bottom": top + 10, "doctop": top,
                "height": 10, "upright": True}
    line = [g("一", 0, 103.3), g("般", 10, 100), g("公", 20, 100), g("，", 30, 103.3), g("预", 40, 100),
            g("算", 50, 100), g("。", 60, 103.2), g("上", 200, 104), g("下", 210, 115)]
    _snap_to_line(line)
    assert [c["top"] for c in line] == [100, 100, 100, 100, 100, 100, 100, 104, 115]


def test_text_of_keeps_a_loose_glyph_box_on_its_line():
    """A font's loose box for `一` sits 3.09 points lower than the rest of its 10.5 point line (a LibreOffice PDF of
    a 考核评分表, cross-format check): one line `一、基础工作` (pdfplumber's 3 points read `、基础工作` over `一`); lines a
    glyph's height apart stay two."""
    from extract.pdf import text_of

    def ch(t, x0, top, h=10.5):
        return {"text": t, "x0": x0, "x1": x0 + 10.5, "top": top, "bottom": top + h, "upright": True,
                "doctop": top, "width": 10.5, "height": h}
    line = [ch("一", 0, 247.69), ch("、", 10.5, 244.6), ch("基", 21, 244.6), ch("础", 31.5, 244.6)]
    assert text_of(line) == "一、基础"
    assert text_of(line + [ch("工", 0, 257.6), ch("作", 10.5, 257.6)]) == "一、基础\n工作"
