"""Archives as inputs: each member file of a .zip / .tar / .tar.gz is an input of its own (`a.zip!/member`).

Fixtures: tests/fixtures/archives/ (made by make_archives.py there with Info-ZIP zip and GNU tar, from the
samples and the office / PDF fixtures, so a member's records can be compared with the file's).
"""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from jixiao import archive
from jixiao.cli import main
from jixiao.pipeline import TABLES, collect_inputs, process_file

ROOT = Path(__file__).resolve().parent.parent
ARC = ROOT / "tests" / "fixtures" / "archives"
SAMPLES = ROOT / "samples"
S000, S002, S004 = (SAMPLES / f"{n}.txt" for n in ("000_db5194b345e21d4a", "002_0f3bf4a98361c936",
                                                     "004_84f93315a99e5296"))
DOCX = ROOT / "tests/fixtures/office/002_0f3bf4a98361c936.docx"
XLSX = ROOT / "tests/fixtures/office/004_84f93315a99e5296.xlsx"
PDF = ROOT / "tests/fixtures/pdf/002_0f3bf4a98361c936.pdf"


def same_records(member: str, original: Path, folder_department: str | None = None) -> None:
    """A member gives the records its file gives read directly (the same bytes: the same doc_id and ids); a form
    stating no 主管部门 in a folder named by a department (`县教育局/`) has that department, said by a
    `department_from_name` note (hunt DF)."""
    got, want = process_file(member), process_file(original)
    assert got.document["path"] == member
    if folder_department is not None:
        notes = [w for w in got.tables["warnings"] if w["code"] == "department_from_name"]
        assert [w["message"] for w in notes] == [f"department {folder_department} taken from the folder "
                                                 f"`{folder_department}` (the form's fields state none)"] \
            * len(want.tables["projects"])
        assert all(p["department"] is None for p in want.tables["projects"])
        got.tables["warnings"] = [w for w in got.tables["warnings"] if w not in notes]
        got.tables["projects"] = [{**p, "department": None} for p in got.tables["projects"]]
        got.document["n_warnings"] -= len(notes)
    for k in ("doc_id", "format", "status", "error", "layout", "pages", "n_projects", "n_indicators",
              "n_assessment_items", "n_warnings", "size_bytes", "encoding"):
        assert got.document[k] == want.document[k], k
    for t in TABLES:
        assert got.tables[t] == want.tables[t], t
    return got


def test_a_zip_of_forms_gives_the_records_of_its_files():
    z = str(ARC / "forms.zip")
    members = collect_inputs([z])
    assert members == [f"{z}!/县教育局/000_db5194b345e21d4a.txt", f"{z}!/县教育局/002_0f3bf4a98361c936.pdf",
                       f"{z}!/县教育局/002_0f3bf4a98361c936.docx", f"{z}!/县财政局/002_0f3bf4a98361c936.txt",
                       f"{z}!/县财政局/004_84f93315a99e5296.xlsx"]          # (folders, the empty one too, skipped)
    for m, f in zip(members, [S000, PDF, DOCX, S002, XLSX]):
        # (sample 000 states no 主管部门: the folder's; the others state theirs, or a unit of another body:
        # 004's 晋中市市场监督管理局 under `县财政局/` takes no department)
        same_records(m, f, "县教育局" if f is S000 else None)
    assert sum(len(process_file(m).tables["indicators"]) for m in members) > 30


def test_a_folder_holding_an_archive():
    found = collect_inputs([str(ARC)])
    assert f"{ARC}/forms.zip!/县教育局/002_0f3bf4a98361c936.docx" in found
    assert f"{ARC}/forms.zip" not in found and f"{ARC}/folders_only.zip" in found
    assert f"{ARC}/make_archives.py" in found                   # (other files as before)


def test_nested_archives_are_opened():
    z = str(ARC / "nested.zip")
    members = collect_inputs([z])
    assert members == [f"{z}!/004_84f93315a99e5296.txt", f"{z}!/各年/2022.zip!/000_db5194b345e21d4a.txt",
                       f"{z}!/各年/2023.tar.gz!/002_0f3bf4a98361c936.txt"]
    for m, f in zip(members, [S004, S000, S002]):
        same_records(m, f)


def test_nesting_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_DEPTH", 1)
    z = str(ARC / "nested.zip")
    members = collect_inputs([z])
    assert f"{z}!/各年/2022.zip" in members
    res = process_file(f"{z}!/各年/2022.zip")
    assert res.document["status"] == "failed" and "an archive inside 1 other archive: not opened (at most 1 archive" in res.document["error"]


def test_gbk_member_names_are_decoded():
    z = ARC / "gbk_names.zip"
    infos = zipfile.ZipFile(z).infolist()
    assert not any(i.flag_bits & 0x800 for i in infos)          # a real zip without the UTF-8 flag
    assert "县教育局/绩效目标表.txt".encode("gbk") in [i.filename.encode("cp437") for i in infos]
    members = collect_inputs([str(z)])
    assert members == [f"{z}!/说明.txt", f"{z}!/县教育局/绩效目标表.txt"]
    same_records(members[0], S004)
    same_records(members[1], S002)


def test_utf8_names_without_the_flag_and_tar_names():
    # Info-ZIP on Linux writes UTF-8 names without the flag: kept as UTF-8, not read as GB18030
    assert not any(i.flag_bits & 0x800 for i in zipfile.ZipFile(ARC / "forms.zip").infolist())
    assert all("县" in m for m in collect_inputs([str(ARC / "forms.zip")]))


def test_a_damaged_member_fails_alone():
    z = str(ARC / "damaged_member.zip")
    good, bad = collect_inputs([z])
    same_records(good, S000)
    doc = process_file(bad).document
    assert doc["status"] == "failed" and doc["error"].startswith(f"{z}!/b_damaged.txt: ")
    assert "damaged member" in doc["error"] and "CRC" in doc["error"]


def test_an_encrypted_member_fails_alone():
    z = str(ARC / "encrypted_member.zip")
    plain, secret = collect_inputs([z])
    assert plain.endswith("!/公开.txt") and secret.endswith("!/加密.txt")
    same_records(plain, S000)
    doc = process_file(secret).document
    assert doc["status"] == "failed" and doc["error"].startswith(f"{secret}: ")
    assert "encrypted member (password-protected)" in doc["error"]


def test_a_tar_gz():
    z = str(ARC / "forms.tar.gz")
    members = collect_inputs([z])
    assert members == [f"{z}!/县教育局/000_db5194b345e21d4a.txt", f"{z}!/县教育局/002_0f3bf4a98361c936.docx",
                       f"{z}!/县教育局/link.txt"]
    same_records(members[0], S000, "县教育局")
    same_records(members[1], DOCX)
    doc = process_file(members[2]).document               # a symbolic link leading out: not followed
    assert doc["status"] == "failed" and "symbolic link in the archive (to '/etc/passwd')" in doc["error"]


def test_a_zip_bomb_is_refused():
    z = str(ARC / "bomb.zip")
    good, bomb = collect_inputs([z])
    same_records(good, S000)
    doc = process_file(bomb).document
    assert doc["status"] == "failed" and doc["error"].startswith(f"{z}!/zeros.txt: ")
    assert "1,073,741,824 bytes uncompressed, above the limit" in doc["error"]


def test_the_size_limit_holds_for_what_a_member_inflates_to(monkeypatch):
    # a tar member's header may lie too: the bytes read are counted, whatever was declared
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 5000)
    with pytest.raises(OSError, match="above the limit of 5,000 bytes"):
        archive._read_bounded(open(S000, "rb"))
    doc = process_file(f"{ARC / 'forms.tar.gz'}!/县教育局/000_db5194b345e21d4a.txt").document
    assert doc["status"] == "failed" and "declares 8,653 bytes uncompressed" in doc["error"]


def test_an_archive_without_member_files_is_one_failed_row():
    z = str(ARC / "folders_only.zip")
    assert collect_inputs([z]) == [z]
    doc = process_file(z).document
    assert doc["status"] == "failed" and "no member files (empty, or folders only)" in doc["error"]


def test_damaged_archives_and_kinds_not_read(tmp_path):
    (tmp_path / "a.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 40)
    (tmp_path / "b.zip").write_bytes(b"Rar!\x1a\x07\x01\x00" + b"\x00" * 40)
    (tmp_path / "c.zip").write_bytes((ARC / "forms.zip").read_bytes()[:3000])      # cut short
    (tmp_path / "d.tar.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"junk" * 20)
    files = collect_inputs([str(tmp_path)])
    assert files == [str(tmp_path / n) for n in ("a.7z", "b.zip", "c.zip", "d.tar.gz")]
    err = {Path(f).name: process_file(f).document["error"] for f in files}
    assert err["a.7z"].endswith("a.7z: a 7z archive: not read; unpack it first")
    assert err["b.zip"].endswith("a RAR archive (named .zip): not read; unpack it first")
    assert "c.zip: a damaged zip archive" in err["c.zip"]
    assert "d.tar.gz: a damaged tar archive" in err["d.tar.gz"]


def test_an_office_file_named_zip_is_read_as_that_file(tmp_path):
    shutil.copy(DOCX, tmp_path / "form.zip")
    assert collect_inputs([str(tmp_path / "form.zip")]) == [str(tmp_path / "form.zip")]
    res = process_file(tmp_path / "form.zip")
    assert res.document["format"] == "docx" and res.document["status"] == "ok"


def test_member_names_never_reach_the_disk(tmp_path):
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(S000, "../../escaped.txt")
        zf.write(S004, "x.zip!/b.txt")                  # (a name holding the separator is looked up as it is)
    members = collect_inputs([str(z)])
    assert members == [f"{z}!/../../escaped.txt", f"{z}!/x.zip!/b.txt"]
    same_records(members[0], S000)
    same_records(members[1], S004)
    assert not (tmp_path.parent.parent / "escaped.txt").exists()
    assert sorted(os.listdir(tmp_path)) == ["evil.zip"]


def test_extract_runs_reruns_and_rereads_a_changed_member(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    members = {"a/002.txt": S002, "a/004.txt": S004, "b/002.docx": DOCX}
    z = src / "2022.zip"

    def write(changed: bytes | None = None):
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, f in members.items():
                data = f.read_bytes()
                zf.writestr(name, changed if changed is not None and name == "a/004.txt" else data)

    write()
    shutil.copy(ARC / "encrypted_member.zip", src / "enc.zip")
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-j", "2", "--timeout", "60", "--no-index"]) == 0
    err = capsys.readouterr().err
    assert "5/5 files" in err                             # progress per member
    assert f"failed: {src}/enc.zip!/加密.txt: cannot read file: an encrypted member" in err
    d = pq.read_table(out / "documents.parquet").to_pylist()
    by = {r["path"]: r for r in d}
    assert set(by) == {f"{z}!/{n}" for n in members} | {f"{src}/enc.zip!/公开.txt", f"{src}/enc.zip!/加密.txt"}
    assert by[f"{z}!/a/004.txt"]["doc_id"] == process_file(S004).document["doc_id"]
    projects = pq.read_table(out / "projects.parquet").to_pylist()
    assert by[f"{z}!/a/004.txt"]["doc_id"] in {p["doc_id"] for p in projects}
    n_ind = pq.read_table(out / "indicators.parquet").num_rows
    # the same archive again: every member skipped (the encrypted one, failed, is tried again)
    assert main(["extract", str(src), "-o", str(out), "--no-index"]) == 0
    err = capsys.readouterr().err
    assert "4 files already in" in err and "1/1 files" in err
    assert pq.read_table(out / "indicators.parquet").num_rows == n_ind
    # one member changed: it alone is read again, its old rows replaced
    text = S004.read_text(encoding="utf-8") + "\n"
    write(text.encode("utf-8"))
    assert main(["extract", str(z), "-o", str(out), "--no-index"]) == 0
    err = capsys.readouterr().err
    assert "1 files differ" in err and "2 files already in" in err and "1/1 files" in err
    d2 = {r["path"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    assert len(d2) == len(by)
    assert d2[f"{z}!/a/004.txt"]["doc_id"] != by[f"{z}!/a/004.txt"]["doc_id"]
    assert d2[f"{z}!/a/002.txt"]["doc_id"] == by[f"{z}!/a/002.txt"]["doc_id"]
    assert pq.read_table(out / "indicators.parquet").num_rows == n_ind
    ids = {r["doc_id"] for r in pq.read_table(out / "indicators.parquet").to_pylist()}
    assert by[f"{z}!/a/004.txt"]["doc_id"] not in ids and d2[f"{z}!/a/004.txt"]["doc_id"] in ids


def test_debug_reads_a_member(capsys):
    assert main(["debug", f"{ARC / 'forms.zip'}!/县财政局/004_84f93315a99e5296.xlsx"]) == 0
    assert "format xlsx" in capsys.readouterr().out


def test_a_member_that_kills_its_worker_costs_itself_and_is_read_on_the_next_run(tmp_path, monkeypatch, capsys):
    z = str(ARC / "forms.zip")
    out = tmp_path / "out"
    import signal

    import jixiao.batch as batch
    real = batch.process_file

    def fake(path, **kw):                    # inherited by the forked workers: dies as on a segfault
        if "县财政局/004" in str(path):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", fake)
    assert main(["extract", z, "-o", str(out), "-j", "2", "--no-index"]) == 0
    assert "the worker reading this file died" in capsys.readouterr().err
    d = {r["path"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    assert len(d) == 5 and d[f"{z}!/县财政局/004_84f93315a99e5296.xlsx"]["status"] == "failed"
    assert sum(r["status"] == "ok" for r in d.values()) == 4
    monkeypatch.setattr(batch, "process_file", real)
    assert main(["extract", z, "-o", str(out), "--no-index"]) == 0
    err = capsys.readouterr().err
    assert "4 files already in" in err and "1/1 files" in err
    d = {r["path"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    assert len(d) == 5 and d[f"{z}!/县财政局/004_84f93315a99e5296.xlsx"]["status"] == "ok"


def test_a_nested_archive_given_as_an_input_is_opened():
    inner = f"{ARC / 'nested.zip'}!/各年/2023.tar.gz"
    assert collect_inputs([inner]) == [f"{inner}!/002_0f3bf4a98361c936.txt"]


def test_a_damaged_gzip_stream_fails_the_member_it_cut(tmp_path):
    # (gzip checks its CRC at the stream's end only: the member's bytes come out damaged, its reader says so)
    data = bytearray((ARC / "forms.tar.gz").read_bytes())
    for k in range(len(data) - 3000, len(data) - 2000):      # the DOCX's bytes, past the first member
        data[k] ^= 0xFF
    (tmp_path / "x.tar.gz").write_bytes(bytes(data))
    files = collect_inputs([str(tmp_path / "x.tar.gz")])
    docs = [process_file(f).document for f in files]
    assert docs[0]["status"] == "ok"
    assert docs[1]["status"] == "failed" and docs[1]["error"].startswith(f"{files[1]}: damaged DOCX")


def test_dask_workers_read_the_members_too(tmp_path):
    pytest.importorskip("dask.distributed")
    z = str(ARC / "forms.zip")
    a, b = tmp_path / "local", tmp_path / "dask"
    assert main(["extract", z, "-o", str(a), "-q", "-j", "2", "--no-index"]) == 0
    assert main(["extract", z, "-o", str(b), "-q", "--dask", "local:2", "--batch-size", "2", "--no-index"]) == 0
    for t in ("documents", "projects", "indicators", "budget_items", "scores", "assessment_items", "warnings"):
        x = pq.read_table(a / f"{t}.parquet").drop_columns(["seconds"] if t == "documents" else [])
        y = pq.read_table(b / f"{t}.parquet").drop_columns(["seconds"] if t == "documents" else [])
        assert sorted(map(repr, x.to_pylist())) == sorted(map(repr, y.to_pylist())), t
    assert len(pq.read_table(b / "documents.parquet")) == 5


def test_hidden_members_are_left_out_as_hidden_files_are(tmp_path):
    z = tmp_path / "mac.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(S000, "表/000.txt")
        zf.writestr("__MACOSX/表/._000.txt", b"\x00\x05\x16\x07 AppleDouble")
        zf.writestr("表/.DS_Store", b"\x00\x00\x00\x01Bud1")
        zf.writestr(".git/config", b"[core]")
    assert collect_inputs([str(z)]) == [f"{z}!/表/000.txt"]
    only = tmp_path / "only.zip"
    with zipfile.ZipFile(only, "w") as zf:
        zf.writestr("__MACOSX/._a.txt", b"\x00\x05\x16\x07")
    assert collect_inputs([str(only)]) == [str(only)]          # (one row: the archive is never lost)
    assert "hidden member files only (1" in process_file(only).document["error"]
