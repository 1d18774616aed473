"""What a review of the product as its users meet it found this session (hunt AO): batch runs over archives with
odd files, the dataset's paths, error messages, search. Each test is the finding's reproduction."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from jixiao import search as S
from jixiao.cli import main
from jixiao.pipeline import collect_inputs, doc_id_of, hash_input, process_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
S000 = SAMPLES / "000_db5194b345e21d4a.txt"


def _docs(out: Path) -> list[tuple]:
    with duckdb.connect(str(out / "jixiao.duckdb"), read_only=True) as c:
        return c.sql("SELECT path, status, aliases, error FROM documents ORDER BY path").fetchall()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_a_failed_document_not_a_hang(tmp_path):
    """A named pipe in the input folder blocked the run for ever (opening it waits for a writer)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(S000.read_bytes())
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    run = subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(tmp_path / "in"), "-o",
                          str(tmp_path / "out"), "-q", "--no-index"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    docs = _docs(tmp_path / "out")
    assert [(Path(p).name, s) for p, s, _, _ in docs] == [("a.txt", "ok"), ("pipe.txt", "failed")]
    assert "not a regular file (a named pipe)" in docs[1][3]


def test_a_file_name_not_in_utf8_is_written_decoded(tmp_path):
    """A GBK file name (unzipped from a Chinese Windows archive) crashed the commit of its batch (surrogates in the
    path): now written decoded, and a rerun skips it."""
    src = tmp_path / "in"
    src.mkdir()
    name = os.fsdecode(b"\xd6\xd0\xce\xc4.txt")            # 中文.txt in GBK
    (src / name).write_bytes(S000.read_bytes())
    assert main(["extract", str(src), "-o", str(tmp_path / "out"), "-q", "--no-index"]) == 0
    assert [(Path(p).name, s) for p, s, _, _ in _docs(tmp_path / "out")] == [("中文.txt", "ok")]
    assert main(["extract", str(src), "-o", str(tmp_path / "out"), "-q", "--no-index"]) == 0
    assert len(_docs(tmp_path / "out")) == 1


def test_copies_are_read_under_the_name_that_fits_their_bytes(tmp_path):
    """The same text dump as a/scan.pdf (listed first) and b/form.txt: it was read as a damaged PDF and the good copy
    was only its alias (0 projects); now read as b/form.txt, a/scan.pdf its alias, whatever the order."""
    for sub, name in (("a", "scan.pdf"), ("b", "form.txt")):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / name).write_bytes(S000.read_bytes())
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "--no-index"]) == 0
    ((path, status, aliases, _),) = _docs(tmp_path / "out")
    assert (Path(path).name, status, [Path(a).name for a in aliases]) == ("form.txt", "ok", ["scan.pdf"])


def test_a_folder_that_cannot_be_listed_is_a_failed_document(tmp_path, monkeypatch):
    """A sub-folder without permission to list it was skipped silently (its forms lost without a trace)."""
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_bytes(S000.read_bytes())
    (tmp_path / "in" / "sub" / "b.txt").write_bytes(S000.read_bytes())
    locked = str(tmp_path / "in" / "sub")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    files = collect_inputs([str(tmp_path / "in")])
    assert locked in files and str(tmp_path / "in" / "sub" / "b.txt") not in files
    doc = process_file(locked).document
    assert doc["status"] == "failed" and "a folder that cannot be listed: Permission denied" in doc["error"]


def test_an_output_folder_naming_a_file_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "notadir").write_text("x")
    assert main(["extract", str(S000), "-o", str(tmp_path / "notadir"), "-q", "--no-index"]) == 2
    assert "-o names a folder" in capsys.readouterr().err


@pytest.mark.parametrize("ext,said", [(".doc", "not a Word document (.doc)"), (".xls", "not an Excel workbook (.xls)"),
                                      (".pdf", "not a PDF: the file has no %PDF header")])
def test_junk_under_an_office_or_pdf_name_says_what_it_is_not(tmp_path, ext, said):
    """Random bytes named .doc were a `damaged DOCX … not a zip`, .xls a BadZipFile, .pdf pdfminer's cause three
    times over."""
    f = tmp_path / f"x{ext}"
    f.write_bytes(bytes(range(256)) * 16)
    doc = process_file(f).document
    assert doc["status"] == "failed" and said in doc["error"]


def test_hashing_streams_and_gives_the_doc_id(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(S000.read_bytes() * 200)                 # over a chunk of 1 MiB
    assert hash_input(str(f)) == (doc_id_of(f.read_bytes()), f.read_bytes()[:16])


def test_search_folds_full_width_forms(tmp_path):
    """`％` found nothing (and `--unit ％`), `%` did not find a target written `≥90％`."""
    (tmp_path / "in").mkdir()
    text = (Path(__file__).parent / "fixtures" / "review" / "ct_s31_fund_type_ticked.txt").read_text("utf-8")
    (tmp_path / "in" / "a.txt").write_text(text.replace("≥90%", "≥90％"), "utf-8")
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]) == 0
    for q in ("％", "%", "９０％"):
        assert [h["target_raw"] for h in S.search(tmp_path / "out", S.Query(text=q)).hits] == ["≥90％"], q
    assert [h["level3"] for h in S.search(tmp_path / "out", S.Query(units=["％"])).hits] == ["老人满意度"]
