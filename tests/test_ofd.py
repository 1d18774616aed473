"""OFD files (GB/T 33190-2016) are read through the PDF reader's table machinery (extract/ofd.py).

Fixtures in tests/fixtures/ofd/ (README there): PDF fixtures converted to OFD by make_ofd.py (text runs with
DeltaX, rules as PathObjects), a form written by hand with a template page, bad packages, and an image-only page
written by easyofd (make_ofd_scan.py).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from extract.grid import ExtractError
from extract.ofd import deltas, extract_ofd
from jixiao.pipeline import LOSS_CODES, READ_EXTENSIONS, detect_format, process_file

ROOT = Path(__file__).resolve().parent.parent
OFD = ROOT / "tests" / "fixtures" / "ofd"
PDF = ROOT / "tests" / "fixtures" / "pdf"
TABLES = ("projects", "indicators", "budget_items", "scores", "assessment_items", "safeguards", "warnings")


def _rows(res, table: str) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in ("doc_id", "project_id")} for r in res.tables[table]]


@pytest.mark.parametrize("ofd, pdf", [("pdf_000.ofd", "000_db5194b345e21d4a.pdf"),
                                      ("pdf_004.ofd", "004_84f93315a99e5296.pdf"),
                                      ("pdf_unruled.ofd", "unruled.pdf")])
def test_converted_ofd_gives_the_records_of_its_pdf(ofd, pdf):
    got, ref = process_file(OFD / ofd), process_file(PDF / pdf)
    assert got.document["format"] == "ofd" and got.document["status"] == ref.document["status"]
    assert got.document["pages"] == ref.document["pages"]
    assert ref.document["n_projects"] >= 1 and ref.document["n_indicators"] >= 7
    for t in TABLES:
        a, b = _rows(got, t), _rows(ref, t)
        assert len(a) == len(b), (t, len(a), len(b))
        for x, y in zip(a, b):
            for k in y:
                assert x[k] == y[k], (t, k, x[k], y[k])       # field by field, page and line included
    # provenance: the pages are the OFD's page index + 1, the same as the PDF's
    assert {r["page"] for r in got.tables["indicators"]} == {r["page"] for r in ref.tables["indicators"]}
    if pdf.startswith("000"):
        assert len(got.tables["budget_items"]) == 14 and {r["page"] for r in got.tables["projects"]} == {1}


def test_hand_made_ruled_table_keeps_its_merged_cells():
    ex = extract_ofd((OFD / "hand_template.ofd").read_bytes(), "x")
    assert ex.format == "ofd" and ex.pages == 1
    (g,) = ex.grids
    assert g.origin == "pdf_lines" and (g.n_rows, g.n_cols) == (12, 5)
    cells = {(c.row, c.col): (c.rowspan, c.colspan, c.text) for c in g.cells}
    assert cells[(0, 1)] == (1, 4, "社区居家养老服务补助")
    assert cells[(2, 0)] == (3, 1, "项目资金")
    assert cells[(2, 1)] == (1, 2, "年度资金总额")          # a TextObject scaled by its CTM
    assert cells[(7, 0)] == (3, 1, "产出指标")              # written down its cell with DeltaY
    assert cells[(11, 3)] == (1, 2, "≥90%")
    c = next(c for c in g.cells if c.text == "项目名称")
    x0, top, x1, bottom = c.bbox                              # mm -> points, y from the top of the page
    assert abs(x0 - 20 * 72 / 25.4) < 0.5 and abs(top - 45 * 72 / 25.4) < 0.5 and c.page == 1
    res = process_file(OFD / "hand_template.ofd")
    assert res.document["status"] == "ok"
    (p,) = res.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("社区居家养老服务补助", "某区民政局", "某区养老服务中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1200000.0, 1000000.0, 200000.0)
    assert [(i["level1"], i["level3"], i["target_raw"]) for i in res.tables["indicators"]] == [
        ("产出指标", "助餐服务人次", "≥5000人次"), ("产出指标", "服务合格率", "≥95%"), ("产出指标", "补助发放及时率", "100%"),
        ("效益指标", "老年人生活质量", "有所提升"), ("满意度指标", "老年人满意度", "≥90%")]


def _rewrite(data: bytes, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    files = {n: src.read(n) for n in src.namelist()}
    change(files)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, b in files.items():
            z.writestr(n, b)
    return buf.getvalue()


def test_template_page_text_is_read(tmp_path):
    res = process_file(OFD / "hand_template.ofd")
    (p,) = res.tables["projects"]
    # the title and the `金额单位：万元` line stand on the TemplatePage only
    assert p["title"] == "2023年度项目支出绩效目标申报表" and p["year"] == 2023
    assert p["budget_year"] == 1200000.0                      # 120.00 in the template's 万元

    def drop_template(files):
        page = "Doc_0/Pages/Page_0/Content.xml"
        files[page] = files[page].replace(b'<ofd:Template TemplateID="', b'<ofd:Unused TemplateID="')
    bare = tmp_path / "no_template.ofd"
    bare.write_bytes(_rewrite((OFD / "hand_template.ofd").read_bytes(), drop_template))
    (q,) = process_file(bare).tables["projects"]
    assert q["title"] is None and q["budget_year"] == 120.0


def test_signatures_and_annotations_are_ignored(tmp_path):
    def sign(files):
        files["OFD.xml"] = files["OFD.xml"].replace(
            b"</ofd:DocBody>", b"<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody>")
        files["Doc_0/Signs/Signatures.xml"] = b'<ofd:Signatures xmlns:ofd="http://www.ofdspec.org/2016"/>'
        files["Doc_0/Signs/Sign_0/SignedValue.dat"] = bytes(range(200))
        files["Doc_0/Annots/Annotations.xml"] = b"<not xml"
    signed = tmp_path / "signed.ofd"
    signed.write_bytes(_rewrite((OFD / "hand_template.ofd").read_bytes(), sign))
    a, b = process_file(signed), process_file(OFD / "hand_template.ofd")
    assert a.document["status"] == "ok"
    for t in TABLES:
        assert _rows(a, t) == _rows(b, t)


@pytest.mark.parametrize("name, problem", [
    ("bad_not_zip.ofd", "no zip package"),
    ("bad_no_ofd_xml.ofd", "no OFD.xml"),
    ("bad_missing_content.ofd", "Doc_0/Pages/Page_0/Content.xml is missing"),
    ("bad_encrypted.ofd", "encrypted OFD"),
    ("bad_signed_only.ofd", "signatures only"),
])
def test_bad_ofd_is_a_failed_row_naming_file_and_problem(name, problem):
    res = process_file(OFD / name)
    d = res.document
    assert d["status"] == "failed" and d["format"] == "ofd"
    assert d["error"].startswith(str(OFD / name) + ": ") and problem in d["error"], d["error"]
    assert not any(res.tables[t] for t in TABLES)
    with pytest.raises(ExtractError):
        process_file(OFD / name, strict=True)


def test_encrypted_zip_entries_fail_clearly(tmp_path):
    data = bytearray((OFD / "hand_template.ofd").read_bytes())
    # set the "encrypted" flag bit of every entry (local headers and central directory)
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        k = data.find(sig)
        while k >= 0:
            data[k + off] |= 1
            k = data.find(sig, k + 4)
    p = tmp_path / "zipcrypto.ofd"
    p.write_bytes(bytes(data))
    d = process_file(p).document
    assert d["status"] == "failed" and "encrypted" in d["error"]


def test_a_missing_page_is_reported_and_the_rest_read():
    res = process_file(OFD / "bad_page2_missing.ofd")
    d = res.document
    assert d["status"] == "partial" and d["pages"] == 2 and d["n_projects"] == 1
    (w,) = [w for w in res.tables["warnings"] if w["code"] == "page_unreadable"]
    assert w["page"] == 2 and "Doc_0/Pages/Page_1/Content.xml is missing" in w["message"]
    assert "page_unreadable" in LOSS_CODES


def test_ofd_is_detected_by_extension_and_by_its_bytes(tmp_path):
    data = (OFD / "hand_template.ofd").read_bytes()
    assert READ_EXTENSIONS[".ofd"] == "ofd" and detect_format("a.ofd", data) == "ofd"
    assert detect_format("a.zip", data) == "ofd" and detect_format("noext", data) == "ofd"
    renamed = tmp_path / "公文.zip"
    renamed.write_bytes(data)
    d = process_file(renamed).document
    assert d["format"] == "ofd" and d["status"] == "ok" and d["n_projects"] == 1


def test_deltax_compressed_form():
    assert deltas("g 3 4.2 5") == [4.2, 4.2, 4.2, 5.0]
    assert deltas("1 g 2 0.5") == [1.0, 0.5, 0.5]
    assert deltas(None) == [] and deltas("") == []


def test_image_only_page_is_read_by_ocr():
    from tests import scan_eval as E
    got = process_file(OFD / "scan_003_p1.ofd")
    assert got.document["format"] == "ofd" and got.document["status"] in ("ok", "partial")
    ref = E.reference("scan_003_p1.png")        # the digital PDF of the same page
    assert got.document["n_projects"] == ref.document["n_projects"] >= 1
    s = E.field_score(ref, got)
    assert s.f1 >= 0.9, s.wrong[:10]
    assert {r["page"] for r in got.tables["indicators"]} == {1}


def test_image_only_page_that_cannot_be_read_is_not_silent(monkeypatch):
    import extract.scan

    def broken(*a, **k):
        raise RuntimeError("no OCR here")
    monkeypatch.setattr(extract.scan, "read_page", broken)
    res = process_file(OFD / "scan_003_p1.ofd")
    assert res.document["status"] == "partial"
    (w,) = [w for w in res.tables["warnings"] if w["code"] == "page_unreadable"]
    assert w["page"] == 1 and "no OCR here" in w["message"]


def test_ocrd_scan_text_layer_is_read_instead_of_ocr(tmp_path, monkeypatch):
    """An OCR'd OFD (双层: the scan, and its text drawn invisible over it): the tables come from the image, the
    text from the layer, as for an OCR'd PDF; the recognizer is not run."""
    def layer(files):
        page = "Doc_0/Pages/Page_0/Content.xml"
        text = ('<ofd:TextObject ID="90" Boundary="10 3 80 6" Size="4" Fill="false">'
                '<ofd:TextCode X="0" Y="4" DeltaX="g 5 4">文字层的标题行</ofd:TextCode></ofd:TextObject>')
        files[page] = files[page].replace(b"</ofd:ImageObject>", b"</ofd:ImageObject>" + text.encode())
    p = tmp_path / "layered.ofd"
    p.write_bytes(_rewrite((OFD / "scan_003_p1.ofd").read_bytes(), layer))
    import extract.scan

    def no_ocr(*a, **k):
        raise AssertionError("the recognizer was run")
    monkeypatch.setattr(extract.scan, "default_engine", no_ocr)
    ex = extract_ofd(p.read_bytes(), "x")
    texts = [t.text for t in ex.lines] + [c.text for g in ex.grids for c in g.cells]
    assert any("文字层的标题行" in t for t in texts), texts
    assert not any("项目名称" in t for t in texts)           # printed in the scan, not in the layer


def test_text_placed_by_ctm_with_translation():
    """A glyph as a real writer placed it (an 电子公文's `局`: its CTM scales by 0.3527 and moves, its TextCode
    X/Y are in the scaled units, Y negative): its box lands on its Boundary (mm -> points)."""
    page = ('<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">'
            '<ofd:TextObject ID="121" CTM="0.3527 0 0 0.3527 -114.807533 111.352325" '
            'Boundary="114.807533 185.229584 4.083549 4.733795" LineWidth="1" Font="16" Size="14.749" '
            'Stroke="false" Fill="true"><ofd:FillColor ColorSpace="15" Value="0"/>'
            '<ofd:CGTransform CodePosition="0" CodeCount="1" GlyphCount="1"><ofd:Glyphs>4460</ofd:Glyphs>'
            '</ofd:CGTransform><ofd:TextCode X="324.419" Y="-303.723">局</ofd:TextCode></ofd:TextObject>'
            '</ofd:Layer></ofd:Content></ofd:Page>')

    def one_page(files):
        files["Doc_0/Pages/Page_0/Content.xml"] = page.encode()
    data = _rewrite((OFD / "hand_template.ofd").read_bytes(), one_page)
    from extract.ofd import MM, OfdDocument
    doc = OfdDocument(data)
    chars = [c for c in doc.read_page(0).chars if c["text"] == "局"]
    assert len(chars) == 1
    c = chars[0]
    bx, by, bw, bh = 114.807533, 185.229584, 4.083549, 4.733795
    assert abs(c["x0"] / MM - bx) < 1.0 and abs(c["x1"] / MM - (bx + bw)) < 1.0
    assert abs(c["top"] / MM - by) < 1.0 and abs(c["bottom"] / MM - (by + bh)) < 1.0
    assert c["upright"] and abs((c["x1"] - c["x0"]) / MM - 14.749 * 0.3527) < 0.01


def test_text_drawn_as_outlines_is_a_page_unreadable_warning(tmp_path):
    """A page whose text some writers turn into paths (glyph outlines, no TextObject): it cannot be rendered for
    OCR here; said, never an empty `ok`."""
    glyph = "M 0 0 B 1 0 2 1 2 2 B 2 3 1 4 0 4 C"
    objs = "".join(f'<ofd:PathObject ID="{k}" Boundary="{20 + k % 30 * 5} {40 + k // 30 * 6} 4 4" Fill="true" '
                   f'Stroke="false"><ofd:AbbreviatedData>{glyph}</ofd:AbbreviatedData></ofd:PathObject>'
                   for k in range(120))
    page = ('<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">' + objs +
            '</ofd:Layer></ofd:Content></ofd:Page>')

    def outlines(files):
        files["Doc_0/Pages/Page_0/Content.xml"] = page.encode()
    p = tmp_path / "outlines.ofd"
    p.write_bytes(_rewrite((OFD / "hand_template.ofd").read_bytes(), outlines))
    res = process_file(p)
    assert res.document["status"] == "partial"
    (w,) = [w for w in res.tables["warnings"] if w["code"] == "page_unreadable"]
    assert w["page"] == 1 and "glyph outlines" in w["message"]


def test_damaged_zip_entry_is_a_clear_failure(tmp_path):
    data = bytearray((OFD / "hand_template.ofd").read_bytes())
    k = data.find(b"Doc_0/Pages/Page_0/Content.xml") + len(b"Doc_0/Pages/Page_0/Content.xml")   # its local header
    for i in range(k + 10, k + 60):
        data[i] ^= 0x5A                                       # its deflated bytes scrambled
    p = tmp_path / "damaged.ofd"
    p.write_bytes(bytes(data))
    d = process_file(p).document
    assert d["status"] == "failed" and "Doc_0/Pages/Page_0/Content.xml cannot be unpacked" in d["error"] and "internal error" not in d["error"]
