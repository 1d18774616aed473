"""A form pasted as a picture into a Word, Excel or web document (extract/embedded.py; fixtures by
tests/fixtures/make_embedded_images.py): when the document's text gives no form, its pictures are read by OCR, each
a page numbered as the picture, and a `read_from_images` warning says so.

The fixtures are read once, by `jixiao extract` in a process of its own (OCR run in the test process left it in a
state where a worker a later test forked died reading a PDF: tests/test_hunt_s32.py); the other tests never OCR
(extract.scan.read_page replaced by a stub that records its calls).
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from extract import embedded as E
from extract import scan
from jixiao.pipeline import collect_inputs, process_file

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "embedded"
SHOT = FIX / "saved_page" / "page_files" / "image001.png"        # the form's screenshot (sample 003, 党建经费)
HAS_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))

# what the OCR reads reliably of the screenshot (15 indicators in all; sample 003's first form)
INDICATORS = {("党建活动参与数", "=45人"), ("主题党日完成数", "=12场"), ("活动组织事故发生数", "=0起"),
              ("图书购置正版率", "100%"), ("党员职工满意度", "》=90%")}
DOCUMENTS = {"form_picture.docx": "docx", "form_picture.xlsx": "xlsx", "form_picture.mht": "html",
             "form_picture_data_uri.html": "html", "saved_page/page.htm": "html", "form_picture.doc": "docx"}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    """Every fixture read by one `jixiao extract` run: {file name: (document, projects, indicators, warnings)}."""
    from jixiao.dataset import read_table
    tmp = tmp_path_factory.mktemp("embedded")
    src = tmp / "in"
    shutil.copytree(FIX, src)
    if not HAS_SOFFICE:
        (src / "form_picture.doc").unlink()
    out = tmp / "out"
    subprocess.run([str(Path(sys.executable).with_name("jixiao")), "extract", str(src), "-o", str(out), "-q",
                    "-j", "1"], check=True)
    tables = {t: read_table(out, t).to_pylist() for t in ("documents", "projects", "indicators", "warnings")}
    got = {}
    for d in tables["documents"]:
        name = Path(d["path"]).relative_to(src).as_posix()
        got[name] = (d, *[[r for r in tables[t] if r["doc_id"] == d["doc_id"]]
                          for t in ("projects", "indicators", "warnings")])
    return got


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_form_pasted_as_a_picture_is_read(read, name):
    if name.endswith(".doc") and not HAS_SOFFICE:
        pytest.skip("a .doc needs LibreOffice")
    doc, projects, indicators, warnings = read[name]
    assert doc["status"] == "ok" and doc["format"] == DOCUMENTS[name], doc
    assert doc["pages"] == 2                      # the document's two pictures: the logo and the form
    assert doc["seconds"] > 0 and doc["n_projects"] == 1 and doc["n_warnings"] == len(warnings)
    assert [(p["name"], p["year"], p["budget_total"], p["page"]) for p in projects] == [("党建经费", 2022, 10000.0, 2)]
    assert len(indicators) == 15
    assert INDICATORS <= {(i["level3"], i["target_raw"]) for i in indicators}
    assert {i["page"] for i in indicators} == {2}  # page = the picture's number in the document (1 is the logo)
    said = [w for w in warnings if w["code"] == "read_from_images"]
    assert len(said) == 1 and said[0]["page"] is None, warnings
    assert "1 of its 2 pictures read by OCR (pictures 2)" in said[0]["message"]
    assert "too small to hold a form" in said[0]["message"]
    if name.endswith(".doc"):
        assert "converted" in {w["code"] for w in warnings}     # (the text's own reading warnings kept)


def test_a_saved_pages_folder_of_pictures_is_no_input_of_its_own(read):
    """page.htm reads page_files/image001.png: the picture read as an input of its own too gave the form twice."""
    assert not any("page_files" in name for name in read)
    assert collect_inputs([str(FIX / "saved_page")]) == [str(FIX / "saved_page" / "page.htm")]
    assert collect_inputs([str(SHOT)]) == [str(SHOT)]          # (given by name, it is read)


@pytest.fixture
def ocr_calls(monkeypatch):
    """extract.scan.read_page replaced by a stub reading nothing: the page numbers it was called with."""
    calls = []

    def stub(gray, pno, scale, engine=None, keep_image=False):
        calls.append(pno)
        return scan.PageResult([], [], [])
    monkeypatch.setattr(scan, "read_page", stub)
    return calls


def _docx(pictures: list[bytes], text: str = "项目绩效目标表见下图") -> bytes:
    import docx
    d = docx.Document()
    d.add_paragraph(text)
    for p in pictures:
        d.add_picture(io.BytesIO(p))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _png(w: int, h: int, seed: int = 0) -> bytes:
    from PIL import Image
    a = np.full((h, w), 255, np.uint8)
    a[seed % h, :] = 0                            # (distinct bytes: the same picture twice is read once)
    buf = io.BytesIO()
    Image.fromarray(a, "L").save(buf, "PNG")
    return buf.getvalue()


def _codes(res) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for w in res.tables["warnings"]:
        out.setdefault(w["code"], []).append(w)
    return out


def test_a_document_whose_text_gives_a_form_is_not_ocrd(tmp_path, ocr_calls):
    """Sample 003 as a Word document with the form's screenshot pasted in too: the text's forms, no OCR."""
    import docx
    plain = ROOT / "tests" / "fixtures" / "office" / "003_f4b4bf660a847d7d.docx"
    d = docx.Document(str(plain))
    d.add_picture(str(SHOT))
    f = tmp_path / "003_with_picture.docx"
    d.save(str(f))
    res, ref = process_file(str(f)), process_file(str(plain))
    assert ocr_calls == []
    assert res.document["status"] == ref.document["status"] and res.document["n_projects"] == ref.document["n_projects"] > 0
    assert "read_from_images" not in _codes(res)
    assert res.document["pages"] is None


def test_a_picture_that_cannot_be_decoded_is_a_warning(tmp_path, ocr_calls):
    good = SHOT.read_bytes()
    data = _docx([good])
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            blob = src.read(info)
            out.writestr(info, blob[: len(blob) // 3] if info.filename.startswith("word/media/") else blob)
    f = tmp_path / "broken_picture.docx"
    f.write_bytes(buf.getvalue())
    res = process_file(str(f))
    assert ocr_calls == []
    assert res.document["status"] == "partial" and res.document["error"] is None and res.document["n_projects"] == 0
    codes = _codes(res)
    assert [(w["page"], w["message"][:40]) for w in codes["page_unreadable"]] == \
        [(1, "picture 1 of the document (word/media/im")]
    assert "unreadable (page_unreadable): 1" in codes["read_from_images"][0]["message"]
    assert "no form in them either" in codes["read_from_images"][0]["message"]


def test_the_pictures_read_are_capped(tmp_path, ocr_calls, monkeypatch):
    monkeypatch.setattr(E, "MAX_PICTURES", 2)
    f = tmp_path / "many.docx"
    f.write_bytes(_docx([_png(400, 300, k) for k in range(4)]))
    res = process_file(str(f))
    assert ocr_calls == [1, 2]
    said = _codes(res)["read_from_images"][0]["message"]
    assert "2 of its 4 pictures read by OCR (pictures 1, 2)" in said
    assert "not read: pictures 3, 4, beyond the first 2" in said
    assert res.document["status"] != "failed"


def test_a_picture_the_ocr_cannot_take_costs_that_picture_only(tmp_path, monkeypatch):
    """An error inside the OCR of one picture (as of a PDF's page) is a `page_unreadable` warning: the others are
    read, the document is not failed."""
    calls = []

    def stub(gray, pno, scale, engine=None, keep_image=False):
        calls.append(pno)
        if pno == 1:
            raise ValueError("cv2 error")
        return scan.PageResult([], [], [])
    monkeypatch.setattr(scan, "read_page", stub)
    f = tmp_path / "two.docx"
    f.write_bytes(_docx([_png(400, 300, 1), _png(400, 300, 2)]))
    res = process_file(str(f))
    assert calls == [1, 2] and res.document["status"] == "partial" and res.document["error"] is None
    codes = _codes(res)
    assert [(w["page"], w["message"]) for w in codes["page_unreadable"]] == \
        [(1, "picture 1 of the document (word/media/image1.png) could not be read: ValueError: cv2 error")]
    assert "1 of its 2 pictures read by OCR (pictures 2)" in codes["read_from_images"][0]["message"]


def test_logos_and_repeats_are_not_read_and_nothing_is_said(tmp_path, ocr_calls):
    f = tmp_path / "logo.docx"
    logo = _png(64, 64)
    f.write_bytes(_docx([logo, _png(600, 100), logo]))      # (600 x 100: a signature strip)
    res = process_file(str(f))
    assert ocr_calls == []
    assert "read_from_images" not in _codes(res) and "layout_unknown" in _codes(res)
    f2 = tmp_path / "twice.docx"
    f2.write_bytes(_docx([_png(400, 300), _png(400, 300)]))
    res = process_file(str(f2))
    assert ocr_calls == [1]
    assert "repeated: 2" in _codes(res)["read_from_images"][0]["message"]


def test_a_decompression_bomb_is_refused_before_decoding(ocr_calls):
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + chunk(b"IEND", b"")
    ex, done = E.read_pictures([E.Picture(1, "word/media/image1.png", bomb)], "x", "docx")
    assert ocr_calls == [] and done.unreadable == [1]
    assert [w.code for w in ex.warnings] == ["page_unreadable"] and "pixels" in ex.warnings[0].message


def test_a_transparent_screenshot_is_read_on_white():
    from PIL import Image
    im = Image.new("RGBA", (200, 150), (0, 0, 0, 0))     # transparent black: white paper once composited
    im.paste((0, 0, 0, 255), (10, 10, 190, 12))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    gray, _ = E.decode_picture(E.open_picture(buf.getvalue()))
    assert gray[50, 50] == 255 and gray[11, 100] == 0


def test_a_saved_page_reads_no_file_outside_its_folder(tmp_path):
    (tmp_path / "secret.png").write_bytes(SHOT.read_bytes())
    page = tmp_path / "site" / "page.htm"
    page.parent.mkdir()
    page.write_text('<html><body><img src="../secret.png"><img src="/etc/x.png"><img src="http://a.b/c.png">'
                    '<img src="page_files/missing.png"></body></html>', encoding="utf-8")
    pics = E.pictures("html", page.read_bytes(), str(page), read=lambda p: Path(p).read_bytes())
    assert [(p.number, *p.content()) for p in pics] == [
        (1, None, "outside the page's folder"), (2, None, "outside the page's folder"),
        (3, None, "a web address, not a file beside the page"),
        (4, None, "no such file beside the page (FileNotFoundError)")]
    assert E._beside("a.zip!/2022/page.htm", "page_files/i.png") == "a.zip!/2022/page_files/i.png"
    assert E._beside("a.zip!/2022/page.htm", "../x.png") is None


def test_pictures_in_document_order_and_drawings_skipped():
    """A DOCX's picture with an mc:Fallback copy counts once; an EMF (a pasted object's preview) is a drawing."""
    from lxml import etree
    body = etree.fromstring(
        '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><a:blip r:embed="rId5"/></mc:Choice>'
        '<mc:Fallback><v:imagedata r:id="rId5"/></mc:Fallback></mc:AlternateContent>'
        '<w:pict><v:imagedata r:id="rId6"/></w:pict></w:body>')
    assert E._picture_refs(body) == ["rId5", "rId6"]
    emf = b"\x01\x00\x00\x00" + b"\x00" * 36 + b" EMF" + b"\x00" * 60
    ex, done = E.read_pictures([E.Picture(1, "word/media/image1.emf", emf)], "x", "docx")
    assert done.vector == [1] and not done.tried and ex.warnings == []
    word = (FIX / "form_picture.docx").read_bytes()
    assert [p.where for p in E.pictures("docx", word)] == ["word/media/image1.png", "word/media/image2.png"]
    book = (FIX / "form_picture.xlsx").read_bytes()
    assert [len(p.content()[0]) for p in E.pictures("xlsx", book)] == [
        len(E.pictures("docx", word)[0].content()[0]), len(SHOT.read_bytes())]


def test_debug_lists_the_pictures(capsys, ocr_calls):
    from jixiao.cli import main
    assert main(["debug", str(FIX / "form_picture.docx")]) == 0
    out = capsys.readouterr().out
    assert "pictures: 2, read by OCR (`jixiao extract`) when the text gives no form: 1 word/media/image1.png, " \
           "2 word/media/image2.png" in out
    assert ocr_calls == []


def test_a_picture_without_its_year_takes_the_documents_line(tmp_path, monkeypatch):
    """A screenshot of the form without its year line (the budget system's table alone) under `附件：2022年度项目绩效
    目标表见下图`: the form's year is the document's. (The OCR stubbed by sample 003's first form as its text dump
    reads, without `(2022年度)` and the dates; each cell on the picture's page.)"""
    from extract.txt import extract_txt
    from parsers.core import line_kind, starts_a_row
    text = (ROOT / "samples" / "003_f4b4bf660a847d7d.txt").read_text(encoding="utf-8").splitlines()[:32]
    text = [t for t in text if "2022年度" not in t and "2022-01-01" not in t]
    form = extract_txt("\n".join(text).encode("utf-8"), "x", is_label=starts_a_row, classify=line_kind)

    def stub(gray, pno, scale, engine=None, keep_image=False):
        for g in form.grids:
            for c in g.cells:
                c.page = pno
        return scan.PageResult(form.grids, [], [])
    monkeypatch.setattr(scan, "read_page", stub)
    f = tmp_path / "no_year.docx"
    f.write_bytes(_docx([_png(64, 64), _png(400, 300)], text="附件：2022年度项目绩效目标表见下图"))
    res = process_file(str(f))
    assert [(p["name"], p["year"], p["page"]) for p in res.tables["projects"]] == [("党建经费", 2022, 2)]
    assert len(res.tables["indicators"]) == 15 and {i["page"] for i in res.tables["indicators"]} == {2}
    f.write_bytes(_docx([_png(64, 64), _png(400, 300)], text="项目绩效目标表见下图"))
    assert [p["year"] for p in process_file(str(f)).tables["projects"]] == [None]
