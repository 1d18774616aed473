"""Files that cannot be read (or hold no form) through jixiao.pipeline: recorded, never raised."""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import random
import re
import zipfile
from pathlib import Path

import pytest

from extract.grid import ExtractError
from jixiao.pipeline import TABLES, collect_inputs, process_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE_000 = next(SAMPLES.glob("000_*.txt"))
HEX64 = re.compile(r"[0-9a-f]{64}")

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + b"\x00" * 512
PROSE = ("今天天气很好，我们去公园散步，然后回家吃饭。\n"
         "这是一段普通的文字，没有任何表格，也没有项目名称或者指标。\n").encode()


def _docx() -> bytes:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:t>项目名称</w:t></w:document>")
    return bio.getvalue()


# name -> (bytes or None for "do not create", words the error must contain)
BAD = {
    "empty.txt": (b"", ["empty"]),
    "blank.txt": (b"  \n\t\r\n \n", ["empty", "whitespace"]),
    "image.txt": (PNG, ["binary"]),
    "notes.xyz": ("项目名称\t测试\n".encode(), ["unsupported", ".xyz"]),
    "form.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", ["pdf", "damaged"]),
    "form.docx": (_docx(), ["docx", "damaged"]),
    "missing.txt": (None, ["cannot read", "no such file"]),
}


def make(tmp: Path, name: str) -> Path:
    data, _ = BAD[name]
    p = tmp / name
    if data is not None:
        p.write_bytes(data)
    return p


def check_failed(path: Path, words: list[str]) -> dict:
    res = process_file(path)                      # never raises
    doc = res.document
    assert doc["status"] == "failed"
    assert doc["path"] == str(path)
    assert isinstance(doc["error"], str) and str(path) in doc["error"]
    for w in words:
        assert w.lower() in doc["error"].lower(), (w, doc["error"])
    assert HEX64.fullmatch(doc["doc_id"])
    assert doc["n_projects"] == 0
    assert doc["seconds"] is not None and doc["seconds"] >= 0
    assert set(res.tables) == set(TABLES)
    assert all(rows == [] for rows in res.tables.values())
    return doc


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_a_failed_row(tmp_path, name):
    p = make(tmp_path, name)
    doc = check_failed(p, BAD[name][1])
    if p.exists():
        assert doc["size_bytes"] == p.stat().st_size
        if p.stat().st_size:
            assert doc["doc_id"] == hashlib.sha256(p.read_bytes()).hexdigest()
        else:                 # (every empty file has the same bytes: its path's hash, a row of its own)
            assert HEX64.fullmatch(doc["doc_id"]) and doc["doc_id"] != hashlib.sha256(b"").hexdigest()


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_raises_when_strict(tmp_path, name):
    p = make(tmp_path, name)
    with pytest.raises((ExtractError, OSError)):
        process_file(p, strict=True)


@pytest.mark.parametrize("name, fmt", [("form.pdf", "pdf"), ("form.docx", "docx"), ("image.txt", "txt")])
def test_failed_row_keeps_the_format(tmp_path, name, fmt):
    assert process_file(make(tmp_path, name)).document["format"] == fmt


def test_pdf_without_extension_is_recognised_by_its_magic(tmp_path):
    p = tmp_path / "report"
    p.write_bytes(BAD["form.pdf"][0])
    doc = check_failed(p, ["pdf", "damaged"])
    assert doc["format"] == "pdf"


def test_unreadable_file(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_bytes(SAMPLE_000.read_bytes())
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as root: a chmod 000 file is still readable")
        check_failed(p, ["cannot read", "permission denied"])
        with pytest.raises(PermissionError):
            process_file(p, strict=True)
    finally:
        p.chmod(0o644)


def test_permission_denied_even_as_root(tmp_path, monkeypatch):
    """The chmod test above is skipped as root: simulate the same OSError."""
    p = tmp_path / "locked.txt"
    p.write_bytes(SAMPLE_000.read_bytes())

    def deny(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    check_failed(p, ["cannot read", "permission denied"])
    with pytest.raises(PermissionError):
        process_file(p, strict=True)


def test_a_directory_given_as_a_file_cannot_be_read(tmp_path):
    d = tmp_path / "folder.txt"
    d.mkdir()
    check_failed(d, ["cannot read"])
    with pytest.raises(OSError):
        process_file(d, strict=True)


def test_missing_files_get_distinct_doc_ids(tmp_path):
    a = process_file(tmp_path / "a.txt").document["doc_id"]
    b = process_file(tmp_path / "b.txt").document["doc_id"]
    assert HEX64.fullmatch(a) and HEX64.fullmatch(b) and a != b
    assert process_file(tmp_path / "a.txt").document["doc_id"] == a     # stable


def test_prose_is_ok_with_no_projects_and_a_layout_unknown_warning(tmp_path):
    p = tmp_path / "prose.txt"
    p.write_bytes(PROSE)
    res = process_file(p)
    doc = res.document
    assert doc["status"] == "ok"
    assert doc["error"] is None
    assert doc["layout"] == "unknown"
    assert doc["n_projects"] == 0 and res.tables["projects"] == []
    assert doc["doc_id"] == hashlib.sha256(PROSE).hexdigest()
    assert doc["format"] == "txt" and doc["encoding"] == "utf-8"
    codes = [w["code"] for w in res.tables["warnings"]]
    assert codes == ["layout_unknown"]
    assert res.tables["warnings"][0]["doc_id"] == doc["doc_id"]
    assert res.tables["warnings"][0]["project_id"] is None
    assert process_file(p, strict=True).document["status"] == "ok"   # not a failure


def test_one_damaged_byte_makes_the_document_partial(tmp_path):
    p = tmp_path / "damaged.txt"
    data = PROSE + b"\xff" + PROSE
    p.write_bytes(data)
    res = process_file(p)
    assert res.document["status"] == "partial"
    assert res.document["error"] is None
    assert "encoding_errors" in [w["code"] for w in res.tables["warnings"]]


def test_sample_000(tmp_path):
    res = process_file(SAMPLE_000)
    doc = res.document
    assert doc["status"] == "ok" and doc["error"] is None
    assert doc["n_projects"] == 1 and len(res.tables["projects"]) == 1
    assert doc["doc_id"] == hashlib.sha256(SAMPLE_000.read_bytes()).hexdigest()
    assert doc["layout"] != "unknown"
    [proj] = res.tables["projects"]
    assert proj["project_id"] == doc["doc_id"][:16] + "-1"
    assert proj["name"] == "质量强区专项经费"
    assert res.tables["indicators"] and all(r["project_id"] == proj["project_id"] for r in res.tables["indicators"])


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("gbk"),
    lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
], ids=["gbk", "utf-16-le-bom", "utf-8-bom-crlf"])
def test_sample_000_in_other_encodings_reads_the_same(tmp_path, encode):
    ref = process_file(SAMPLE_000)
    p = tmp_path / "000.txt"
    p.write_bytes(encode(SAMPLE_000.read_text("utf-8")))
    res = process_file(p)
    assert res.document["status"] == "ok"
    assert res.document["layout"] == ref.document["layout"]
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("doc_id", "project_id")} for r in rows]
    for t in ("projects", "indicators", "budget_items"):
        assert strip(res.tables[t]) == strip(ref.tables[t]), t


# --------------------------------------------------------------------------- bugs found (fixed)

@pytest.mark.parametrize("data", [codecs.BOM_UTF8, codecs.BOM_UTF8 + b" \r\n\r\n",
                                  codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
                         ids=["utf-8-bom-only", "utf-8-bom-whitespace", "utf-16-bom-whitespace"])
def test_bom_and_nothing_else_is_empty(tmp_path, data):
    p = tmp_path / "bom.txt"
    p.write_bytes(data)
    check_failed(p, ["empty"])


def test_binary_without_nul_bytes_is_failed(tmp_path):
    rnd = random.Random(20240601)
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(rnd.randrange(1, 256) for _ in range(2000)))
    check_failed(p, ["binary"])


# --------------------------------------------------------------------------- collect_inputs

def test_collect_inputs(tmp_path):
    root = tmp_path / "in"
    (root / "b" / "c").mkdir(parents=True)
    (root / ".hidden_dir").mkdir()
    (root / "out").mkdir()
    for rel in ("z.txt", "a.xyz", ".hidden.txt", "b/2.txt", "b/1.pdf", "b/c/x.txt",
                ".hidden_dir/h.txt", "out/documents.parquet"):
        (root / rel).write_bytes(b"x")
    missing = str(tmp_path / "missing.txt")
    files = collect_inputs([str(root), missing, str(root / "z.txt")], exclude=str(root / "out"))
    rel = [os.path.relpath(f, root) if f.startswith(str(root)) else f for f in files]
    assert rel == ["a.xyz", "z.txt", os.path.join("b", "1.pdf"), os.path.join("b", "2.txt"),
                   os.path.join("b", "c", "x.txt"), missing, "z.txt"]
    # without exclude the output folder is read like any other
    assert any(f.endswith("documents.parquet") for f in collect_inputs([str(root)]))


def test_collect_inputs_of_nothing():
    assert collect_inputs([]) == []


@pytest.mark.parametrize("name, fmt", [("z_rtf_named.doc", "docx"), ("z_html_named.doc", "html"),
                                       ("z_wordml.doc", "docx"), ("z_tsv_named.xls", "txt"),
                                       ("z_spreadsheetml.xls", "xlsx")])
def test_an_office_name_on_other_content(name, fmt):
    """Files named .doc / .xls that are RTF, a Word "save as web page", Word 2003 XML, a tab-separated export or Excel
    2003 XML (tests/fixtures/review/z_*): read by what their bytes are (each failed: `damaged DOCX: not a readable
    zip package`, `not an Excel workbook`)."""
    from jixiao.pipeline import process_file
    r = process_file(Path(__file__).parent / "fixtures" / "review" / name)
    assert (r.document["status"], r.document["format"], r.document["n_projects"]) == ("ok", fmt, 1)
    assert r.document["n_indicators"] == 6


@pytest.mark.parametrize("name", ["empty.docx", "empty.xls", "empty.pdf"])
def test_an_empty_office_file_says_it_is_empty(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"")
    check_failed(p, ["empty", "0 bytes"])


def test_a_web_page_under_an_ooxml_name_fails():
    """An HTML error page saved as .xlsx (a failed download, tests/fixtures/review/z_errorpage.xlsx) fails as the
    damaged workbook it stands for; a web page named .doc / .xls is read (Word and Excel save web pages so)."""
    from jixiao.pipeline import process_file
    d = process_file(Path(__file__).parent / "fixtures" / "review" / "z_errorpage.xlsx").document
    assert d["status"] == "failed" and "not an excel workbook" in d["error"].lower()
