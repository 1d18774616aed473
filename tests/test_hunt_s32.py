"""The eighth session's own fixes: files whose extension says nothing read by their bytes, new web and image names."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from jixiao.pipeline import detect_format, process_file

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests/fixtures/html_quirks/cms_article.html"
SCAN = ROOT / "tests/fixtures/scan/scan_003_p1.png"


def _records(res):
    keep = ("projects", "indicators", "budget_items", "scores")
    return {t: [{k: v for k, v in r.items() if k not in ("doc_id", "project_id", "path")} for r in res.tables[t]]
            for t in keep}


@pytest.mark.parametrize("name", ["page.shtml", "page.xhtml", "art_2023_1187.jsp", "detail.aspx", "index.php",
                                  "download", "view.do"])
def test_a_saved_web_page_under_a_servers_name_is_read_as_html(tmp_path, name):
    """A government site's page saved as `art_2023_1187.jsp`, `.shtml` or with no extension at all failed as an
    unsupported file type; it is read as the web page its bytes are, with the same records as under `.html`."""
    ref = process_file(str(PAGE))
    assert ref.tables["projects"], "the fixture holds a form"
    f = tmp_path / name
    shutil.copy(PAGE, f)
    res = process_file(str(f))
    assert res.document["status"] == ref.document["status"] and res.document["format"] == "html"
    assert _records(res) == _records(ref)


def test_a_single_file_web_page_under_another_name_is_read(tmp_path):
    page = PAGE.read_bytes()
    mht = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
           b"Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + page + b"\r\n--B--\r\n")
    f = tmp_path / "saved"
    f.write_bytes(mht)
    assert detect_format(str(f), mht) == "html"
    res = process_file(str(f))
    assert _records(res) == _records(process_file(str(PAGE)))


@pytest.mark.parametrize("head,fmt", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image"), (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"), (b"GIF89a\x01\x00", "image"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image"), (b"II*\x00\x08\x00", "image"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html><body>", "html"), (b"<?xml version='1.0'?>\n<html xmlns='x'>", "html"),
    (b"  <!-- saved -->\n<HTML>\n<head>", "html"), (b"<div><table><tr><td>x</td></tr></table></div>", "html"),
    (b"{\"a\": 1}", None), (b"plain words, no tags", None), (b"<note><to>x</to></note>", None), (b"\x00\x01\x02", None),
    (b"BM\x00\x00", None),            # (two bytes are too weak a sign without the name)
])
def test_a_file_without_a_telling_extension_is_known_by_its_bytes(head, fmt):
    assert detect_format("/archive/download.bin", head) == fmt
    assert detect_format("/archive/download", head) == fmt


def test_an_unknown_file_still_fails_with_a_clear_error(tmp_path):
    f = tmp_path / "notes.json"
    f.write_text('{"项目名称": "x"}', encoding="utf-8")
    res = process_file(str(f))
    assert res.document["status"] == "failed"
    assert "unsupported file type .json" in res.document["error"] and str(f) in res.document["error"]


@pytest.mark.parametrize("ext,fmt", [(".webp", "WEBP"), (".gif", "GIF"), (".jfif", "JPEG")])
def test_a_scan_saved_as_webp_gif_or_jfif_is_read(tmp_path, ext, fmt):
    """A form photographed or screenshotted and saved as WebP / GIF / .jfif (a browser's `Save image as`) failed as
    an unsupported type; it is OCR'd as any scan is. WebP lossless and GIF keep a scan's gray levels (a GIF's
    palette holds 256 grays), so the records equal the PNG's; a JPEG's are compared by project only."""
    from PIL import Image
    ref = process_file(str(SCAN))
    assert ref.tables["indicators"]
    im = Image.open(SCAN)
    buf = io.BytesIO()
    if fmt == "WEBP":
        im.save(buf, fmt, lossless=True)
    elif fmt == "GIF":
        im.convert("L").save(buf, fmt)
    else:
        im.convert("RGB").save(buf, fmt, quality=95)
    f = tmp_path / f"scan{ext}"
    f.write_bytes(buf.getvalue())
    res = process_file(str(f))
    assert res.document["format"] == "image" and res.document["status"] != "failed", res.document
    if fmt == "JPEG":
        assert [p["name"] for p in res.tables["projects"]] == [p["name"] for p in ref.tables["projects"]]
    else:
        assert _records(res) == _records(ref)


def test_a_units_column_right_of_the_target_under_no_head():
    """An export writing an empty column after every label (`一级指标 | | 二级指标 | | … | 指标值 |`) puts each target's
    unit in the blank column right of 指标值 (`≥98 | %`): `%` was read as the target and `≥98` noted under the blank
    column left of it. The trailing column of units is the unit column."""
    res = process_file(str(ROOT / "tests/fixtures/review/ct_s32_unit_after_target.txt"))
    got = [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["note"]) for i in res.tables["indicators"]]
    assert got == [("清扫面积", "≥98万平方米", ">=", 98.0, "万平方米", None),
                   ("清扫达标率", "≥98%", ">=", 98.0, "%", None),
                   ("群众满意度", "≥90%", ">=", 90.0, "%", None)]
    assert res.tables["projects"][0]["budget_year"] == 1_200_000
