"""Hunt BA (a county 财政局's shared drive read end to end with `jixiao extract`): a stop keeps what was read, the junk
of a Windows share (lock, temp and system files, shortcuts), a CSV named .xls, empty files, copies, symlinked folders
and broken links, the report's failed files. Inputs: tests/fixtures/review/ct_s33_ba_* and trees built in tmp_path."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import jixiao.batch as batch
from jixiao.cli import main
from jixiao.store import read_manifest, read_table

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
REVIEW = Path(__file__).parent / "fixtures" / "review"


def _tree(src: Path, n: int) -> list[Path]:
    """n distinct text dumps (a sample with a line of its own added) in src."""
    src.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(n):
        p = SAMPLES[k % len(SAMPLES)]
        f = src / f"{k:02d}_{p.name}"
        f.write_bytes(p.read_bytes() + f"\n副本 {k}\n".encode())
        out.append(f)
    return out


def _dataset(out: Path) -> dict[str, list]:
    """The rows of the main tables (the seconds each document took left out), in a stable order."""
    return {t: sorted(repr({k: v for k, v in r.items() if k != "seconds"}) for r in read_table(out, t).to_pylist())
            for t in ("documents", "projects", "indicators", "warnings")}


def test_a_stop_commits_the_documents_read_since_the_last_batch(tmp_path, monkeypatch, capsys):
    """A stop (Ctrl-C) while the 4th of 5 files is read, with the default --batch-size (300): the 3 documents read
    were held for a batch that never came, and the stop dropped them: `interrupted: 0 documents committed`, no
    jixiao.duckdb, the rerun read all 5 again. They are committed as a batch now (and the database written): the
    rerun reads the 2 left and the dataset is the one an uninterrupted run gives."""
    files = _tree(tmp_path / "in", 5)
    out = tmp_path / "out"
    real = batch.process_file
    read, stopped = [], []

    def fake(path, **kw):
        read.append(Path(path).name)
        if str(path) == str(files[3]) and not stopped:
            stopped.append(1)
            batch.request_stop(signal.SIGINT, None)
        return real(path, **kw)

    monkeypatch.setattr(batch, "process_file", fake)
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1", "--timeout", "0"]) == 130
    assert capsys.readouterr().err.strip().splitlines() == [
        f"jixiao: interrupted: 3 documents committed to {out}; run the same command again to continue"]
    docs = read_table(out, "documents").to_pylist()
    assert sorted(d["path"] for d in docs) == [str(f) for f in files[:3]]
    import duckdb
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    assert con.execute("select count(*) from documents").fetchone() == (3,)
    con.close()
    read.clear()
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1", "--timeout", "0"]) == 0
    assert read == [files[3].name, files[4].name]
    monkeypatch.setattr(batch, "process_file", real)
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "clean"), "-q", "-j", "1"]) == 0
    assert _dataset(out) == _dataset(tmp_path / "clean")


def test_a_stop_during_a_commit_waits_for_its_end(tmp_path, monkeypatch, capsys):
    """A stop landing while a batch is committed is raised after the commit, not inside it (where the manifest in
    memory would fall behind the one on disk and the stop's own commit lose or repeat the batch): every document
    once, whole."""
    _tree(tmp_path / "in", 4)
    out = tmp_path / "out"
    from jixiao.store import Store
    real_append = Store.append
    calls = []

    def append(self, rows):
        calls.append(1)
        if len(calls) == 1:
            batch.request_stop(signal.SIGTERM, None)       # (no exception: a commit is under way)
        return real_append(self, rows)

    monkeypatch.setattr(Store, "append", append)
    rc = main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1", "--batch-size", "2"])
    assert rc == 143
    docs = read_table(out, "documents").column("doc_id").to_pylist()
    assert len(docs) == 2 == len(set(docs))
    for t in ("projects", "indicators"):
        assert set(read_table(out, t).column("doc_id").to_pylist()) <= set(docs)
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1"]) == 0
    docs = read_table(out, "documents").column("doc_id").to_pylist()
    assert len(docs) == 4 == len(set(docs))


# a child `jixiao extract` whose reading of a file named *slow* waits (a long scan): it writes a marker file first
_SLOW = ("import os, signal, time, pathlib\n"
         "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
         "import jixiao.batch as b\n"
         "real = b.process_file\n"
         "def slow(path, **kw):\n"
         "    if 'slow' in str(path):\n"
         "        pathlib.Path(os.environ['MARK'], str(os.getpid()) + pathlib.Path(path).name).touch()\n"
         "        time.sleep(120)\n"
         "    return real(path, **kw)\n"
         "b.process_file = slow\n"
         "from jixiao.cli import run\n"
         "run()\n")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="Linux /proc, signals")
@pytest.mark.parametrize("sig,jobs", [(signal.SIGINT, "1"), (signal.SIGTERM, "2")])
def test_ctrl_c_or_sigterm_with_the_default_batch_keeps_what_was_read(tmp_path, sig, jobs):
    """The hunt's case through a real signal: a run of the default --batch-size stopped while its last files are
    read kept nothing (the rerun read every file again). The files read before are in OUTDIR after the stop, with
    jixiao.duckdb; the rerun reads the files that were in flight only."""
    files = _tree(tmp_path / "in", 6)
    for k in (1, 2):                                    # the last files: one per worker, both in flight at the stop
        shutil.copy(files[k], tmp_path / "in" / f"zz_slow{k}.txt")
        (tmp_path / "in" / f"zz_slow{k}.txt").write_bytes(files[k].read_bytes() + f"\n慢 {k}\n".encode())
    mark = tmp_path / "mark"
    mark.mkdir()
    out = tmp_path / "out"
    env = {**os.environ, "MARK": str(mark), "PYTHONPATH": str(ROOT)}
    with open(tmp_path / "stderr.txt", "w") as err:
        proc = subprocess.Popen([sys.executable, "-c", _SLOW, "extract", str(tmp_path / "in"), "-o", str(out), "-q",
                                 "-j", jobs], stderr=err, env=env)
    try:
        deadline = time.monotonic() + 120
        want = int(jobs)
        while time.monotonic() < deadline and len(list(mark.iterdir())) < want and proc.poll() is None:
            time.sleep(0.05)
        assert len(list(mark.iterdir())) == want, (tmp_path / "stderr.txt").read_text()
        time.sleep(1.5)                                 # (the results before them reach the parent)
        assert read_manifest(out) is None or read_manifest(out)["tables"]["documents"] == 0
        proc.send_signal(sig)
        rc = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert rc == 128 + sig
    assert (tmp_path / "stderr.txt").read_text().strip().splitlines() == [
        f"jixiao: interrupted: 6 documents committed to {out}; run the same command again to continue"]
    docs = read_table(out, "documents").to_pylist()
    assert sorted(d["path"] for d in docs) == [str(f) for f in files]
    assert (out / "jixiao.duckdb").is_file()
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1"]) == 0
    docs = read_table(out, "documents").column("doc_id").to_pylist()
    assert len(docs) == 8 == len(set(docs))


# --------------------------------------------------------------------------- junk of a Windows share

def _owner_file(user: str) -> bytes:
    """An Office owner (lock) file as Word writes it: the user name's length and the name padded to 54 bytes, then its
    length and the name in UTF-16, zeros to 162 bytes."""
    head = bytes([len(user)]) + user.encode("ascii").ljust(53)
    return (head + len(user).to_bytes(2, "little") + user.encode("utf-16-le")).ljust(162, b"\0")


def _share(root: Path) -> Path:
    """A department's folder of a Windows share: the form, and what Windows and Office leave beside it."""
    d = root / "2023年" / "县教育局"
    d.mkdir(parents=True)
    shutil.copy(REVIEW / "ct_s33_ba_form.docx", d / "绩效目标表.docx")
    shutil.copy(REVIEW / "ct_s33_ba_word_temp_draft.docx", d / "~WRL0001.tmp")       # an older draft of the form
    (d / "~$绩效目标表.docx").write_bytes(_owner_file("Administrator"))
    (d / "~$本公共卫生服务项目绩效自评表.xlsx").write_bytes(_owner_file("wjw-ksy").ljust(165, b"\0"))
    (d / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 3576)
    (d / "desktop.ini").write_bytes("[.ShellClassInfo]\r\nIconResource=C:\\Windows\\system32\\imageres.dll,-112\r\n"
                                    .encode("utf-16"))
    shutil.copy(REVIEW / "ct_s33_ba_shortcut.lnk", root / "2023年" / "快捷方式 - 绩效目标表.lnk")
    return d


def test_lock_temp_and_system_files_are_rows_of_their_own_never_projects(tmp_path, capsys):
    """Word's owner files `~$绩效目标表.docx` (162 bytes) failed as "not a Word document … a damaged file", Thumbs.db,
    desktop.ini and a shortcut .lnk failed too (5 of the hunt's 12 failures), `--strict` stopped at the first of them,
    and `~WRL0001.tmp` (Word's working copy: an older draft of the form beside it) was read as a second project, the
    department's budget counted twice (356.4万 + 320万). Each is now a documents row of its own, `ok`, no format, no
    project, a `not_a_document` warning saying what it is; the summary counts them apart; --strict goes past them."""
    _share(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1", "--strict"]) == 0
    err = capsys.readouterr()
    assert "7 files (1 ok, 6 no documents: lock, temp and system files, shortcuts)" in err.out
    docs = {Path(d["path"]).name: d for d in read_table(out, "documents").to_pylist()}
    assert len(docs) == 7
    projects = read_table(out, "projects").to_pylist()
    assert [(p["name"], p["budget_year"] or p["budget_total"]) for p in projects] == [
        ("农村义务教育学生营养改善计划", 3564000.0)]
    assert docs["绩效目标表.docx"]["aliases"] == []
    warns = {w["doc_id"]: w["message"] for w in read_table(out, "warnings").to_pylist()
             if w["code"] == "not_a_document"}
    for name in ("~WRL0001.tmp", "~$绩效目标表.docx", "~$本公共卫生服务项目绩效自评表.xlsx", "Thumbs.db", "desktop.ini",
                 "快捷方式 - 绩效目标表.lnk"):
        d = docs[name]
        assert (d["status"], d["format"], d["n_projects"], d["error"]) == ("ok", None, 0, None), name
        assert "not a document" in warns[d["doc_id"]], name
    assert "Office owner (lock) file" in warns[docs["~$绩效目标表.docx"]["doc_id"]]
    assert "opened by Administrator" in warns[docs["~$绩效目标表.docx"]["doc_id"]]
    assert "temporary file of Word" in warns[docs["~WRL0001.tmp"]["doc_id"]]
    assert "thumbnail cache" in warns[docs["Thumbs.db"]["doc_id"]]
    assert ("shortcut to .\\01 项目支出绩效目标\\县教育局\\绩效目标表.docx"
            in warns[docs["快捷方式 - 绩效目标表.lnk"]["doc_id"]])
    # the two owner files have the same bytes but are two rows (a lock file is no copy of another)
    assert len({d["doc_id"] for d in docs.values()}) == 7
    # a rerun keeps them, reads nothing again
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1"]) == 0
    assert len(read_table(out, "documents")) == 7


def test_a_folder_of_lock_files_only_reads_no_document(tmp_path):
    """Lock files are no documents read: a run over nothing else exits 1, as a run whose files all failed (its rerun,
    which skips them as already there, too)."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "~$绩效目标表.docx").write_bytes(_owner_file("admin"))
    (d / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    for _ in range(2):
        assert main(["extract", str(d), "-o", str(tmp_path / "out"), "-q", "-j", "1"]) == 1
    assert len(read_table(tmp_path / "out", "documents")) == 2


def test_a_large_tilde_dollar_file_is_read_as_what_it_is(tmp_path):
    """Only a small file is an owner file: a form someone saved as `~$表.docx` is read."""
    from jixiao.pipeline import process_file
    f = tmp_path / "~$绩效目标表.docx"
    shutil.copy(REVIEW / "ct_s33_ba_form.docx", f)
    r = process_file(f)
    assert r.document["format"] == "docx" and [p["name"] for p in r.tables["projects"]] == ["农村义务教育学生营养改善计划"]


# --------------------------------------------------------------------------- a CSV named .xls

def test_a_csv_export_named_xls_is_read_as_the_csv():
    """A self-evaluation an old system exported as CSV (GBK) under .xls failed with "not an Excel workbook (.xls):
    its bytes are neither an Office package …" while the same bytes named .csv were read (and a tab-separated export
    named .xls was). It is read as the CSV it is: the project, its money matrix and 4 indicators with actual values,
    weights and scores."""
    from jixiao.pipeline import process_file
    r = process_file(REVIEW / "ct_s33_ba_csv_named.xls")
    assert (r.document["status"], r.document["format"], r.document["error"]) == ("ok", "txt", None)
    [p] = r.tables["projects"]
    assert (p["name"], p["form"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        "国家免疫规划项目", "self_eval", 960000.0, 912000.0, 0.95, 99.5)
    assert [(i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]] \
        == [("适龄儿童免疫规划疫苗接种率", "≥90%", "98.2%", 30.0, 30.0), ("疫苗冷链运转合格率", "100%", "100%", 20.0, 20.0),
            ("疑似预防接种异常反应报告及时率", "≥95%", "96%", 20.0, 20.0), ("接种对象满意度", "≥90%", "93%", 20.0, 20.0)]


def test_binary_bytes_named_xls_still_fail_as_no_workbook(tmp_path):
    """Bytes that are no text (control bytes) under .xls are still "not an Excel workbook"; so is prose without
    separators."""
    from jixiao.pipeline import process_file
    bad = tmp_path / "bad.xls"
    bad.write_bytes(bytes(range(14, 250)) * 3 + b",,\n,,\n")
    assert "not an Excel workbook" in process_file(bad).document["error"]
    prose = tmp_path / "prose.xls"
    prose.write_bytes("今天天气很好。\n我们去公园散步。\n".encode())
    assert "not an Excel workbook" in process_file(prose).document["error"]


# --------------------------------------------------------------------------- empty files, copies

def test_each_empty_file_is_a_failed_row_of_its_own(tmp_path, capsys):
    """Three empty files (新建文本文档.txt, 新建 Microsoft Word 文档.docx, 新建 XLSX 工作表.xlsx in other folders) had one
    doc_id (the hash of no bytes): one documents row, the others its aliases, counted as copies on stderr. Each is a
    failed row now, with its own path, format and `empty file (0 bytes)`, and no copy."""
    src = tmp_path / "in"
    for rel in ("2024年/待整理/新建文本文档.txt", "2023年/02 绩效自评/新建 Microsoft Word 文档.docx", "2023年/新建 XLSX 工作表.xlsx"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(b"")
    shutil.copy(SAMPLES[0], src / "form.txt")
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert "same bytes" not in err
    docs = read_table(out, "documents").to_pylist()
    empty = sorted((Path(d["path"]).name, d["format"], d["status"], d["aliases"], d["error"].split(": ", 1)[1])
                   for d in docs if d["size_bytes"] == 0)
    assert empty == [("新建 Microsoft Word 文档.docx", "docx", "failed", [], "empty file (0 bytes): nothing to read"),
                     ("新建 XLSX 工作表.xlsx", "xlsx", "failed", [], "empty file (0 bytes): nothing to read"),
                     ("新建文本文档.txt", "txt", "failed", [], "empty file (0 bytes): nothing to read")]
    assert len({d["doc_id"] for d in docs}) == 4
    # a rerun replaces the failed rows, it adds none
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    assert len(read_table(out, "documents")) == 4


@pytest.mark.parametrize("copy", ["绩效目标表 - 副本.docx", "绩效目标表 - Copy.docx", "复件 绩效目标表.docx",
                                  "Copy of 绩效目标表.docx", "绩效目标表(1).docx"])
def test_the_original_name_is_the_path_and_the_copy_an_alias(tmp_path, copy):
    """`绩效目标表.docx` and its Explorer copy `绩效目标表 - 副本.docx` (same bytes; ` - 副本` sorts before `.docx`):
    the copy was documents.path (the report's source and links) and the original its alias. The name that is no
    copy's is the path now, also in a dataset written before (a rerun moves it)."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(REVIEW / "ct_s33_ba_form.docx", src / "绩效目标表.docx")
    shutil.copy(REVIEW / "ct_s33_ba_form.docx", src / copy)
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    [d] = read_table(out, "documents").to_pylist()
    assert (d["path"], d["aliases"]) == (str(src / "绩效目标表.docx"), [str(src / copy)])


def test_a_dataset_holding_the_copy_as_path_is_set_right_by_a_rerun(tmp_path):
    from jixiao.store import Store
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(REVIEW / "ct_s33_ba_form.docx", src / "绩效目标表.docx")
    shutil.copy(REVIEW / "ct_s33_ba_form.docx", src / "绩效目标表 - 副本.docx")
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    [d] = read_table(out, "documents").to_pylist()
    with Store(out) as st:                            # as an older jixiao wrote it
        st.set_paths({d["doc_id"]: (str(src / "绩效目标表 - 副本.docx"), [str(src / "绩效目标表.docx")])})
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    [d] = read_table(out, "documents").to_pylist()
    assert (d["path"], d["aliases"]) == (str(src / "绩效目标表.docx"), [str(src / "绩效目标表 - 副本.docx")])


# --------------------------------------------------------------------------- symbolic links

def test_folder_links_are_followed_as_file_links_are_loops_not(tmp_path, capsys):
    """`2024年/外部共享 -> /elsewhere` (a NAS folder linked in) was skipped without a word while a link to a file, even
    out of the tree, was read; a dangling link failed as "cannot read file: No such file or directory". A folder link
    is followed now (said on stderr); one leading back into the inputs (`循环链接 -> ..`) is not, and said so; a
    broken link fails as one, naming its target."""
    tree = tmp_path / "tree"
    (tree / "2024年").mkdir(parents=True)
    shutil.copy(SAMPLES[0], tree / "2024年" / "a.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SAMPLES[1], elsewhere / "b.txt")
    (elsewhere / "回到外部").symlink_to(elsewhere)                 # a loop inside the linked folder
    (tree / "2024年" / "外部共享").symlink_to(elsewhere)
    (tree / "2024年" / "循环链接").symlink_to("..")
    (tree / "失效链接.docx").symlink_to("/mnt/nas/绩效/已删除/绩效目标表.docx")
    out = tmp_path / "out"
    assert main(["extract", str(tree), "-o", str(out), "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert f"1 symlinked folders followed (read where they lead): {tree}/2024年/外部共享 -> {elsewhere}" in err
    assert "2 symlinked folders not followed: they lead into a folder read already" in err
    assert f"{tree}/2024年/循环链接 -> .." in err
    docs = {d["path"]: d for d in read_table(out, "documents").to_pylist()}
    assert sorted(docs) == sorted([str(tree / "2024年" / "a.txt"), str(tree / "2024年" / "外部共享" / "b.txt"),
                                   str(tree / "失效链接.docx")])
    assert docs[str(tree / "失效链接.docx")]["error"].endswith(
        "broken symbolic link to /mnt/nas/绩效/已删除/绩效目标表.docx: its target does not exist")


# --------------------------------------------------------------------------- report

def test_the_workbook_lists_the_failed_files_and_the_pdf_error_says_its_cause_once(tmp_path):
    """report.xlsx had no list of the failed files (report.html had one), and a truncated PDF's error said
    `Unexpected EOF; Unexpected EOF; Unexpected EOF`. The workbook's `documents` sheet lists every document, the failed
    first with their errors, the lock files last among those without a project; the error says its cause once."""
    import openpyxl

    from jixiao.report import write_report
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES[0], src / "form.txt")
    pdf = next((ROOT / "tests" / "fixtures").rglob("*.pdf")).read_bytes()
    (src / "cut.pdf").write_bytes(pdf[:len(pdf) // 3])
    (src / "~$form.docx").write_bytes(_owner_file("admin"))
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    docs = {Path(d["path"]).name: d for d in read_table(out, "documents").to_pylist()}
    err = docs["cut.pdf"]["error"]
    assert docs["cut.pdf"]["status"] == "failed" and err.count("Unexpected EOF") <= 1, err
    wb = openpyxl.load_workbook(write_report(out)["xlsx"])
    rows = list(wb["documents"].iter_rows(values_only=True))
    assert rows[0] == ("状态 status", "文件 document", "格式 format", "项目 projects", "原因 reason", "doc_id")
    assert [(r[0], Path(r[1]).name) for r in rows[1:]] == [
        ("失败 failed", "cut.pdf"), ("非文档 not a document", "~$form.docx"), ("成功 ok", "form.txt")]
    assert rows[1][4] == err and "Office owner (lock) file" in rows[2][4] and rows[3][4] is None
    summary = {(r[0], r[1]): r[3] for r in wb["summary"].iter_rows(min_row=2, values_only=True)}
    assert (summary[("documents", "ok")], summary[("documents", "not_a_document")]) == (1, 1)
