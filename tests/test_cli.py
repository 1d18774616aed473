"""jixiao.cli.main(argv), called in-process: extract, debug, layouts, --help."""
from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import duckdb
import openpyxl
import pyarrow.parquet as pq
import pytest

from jixiao import schema
from jixiao.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE_000 = next(SAMPLES.glob("000_*.txt"))
SAMPLE_002 = next(SAMPLES.glob("002_*.txt"))
SAMPLES_TXT = sorted(SAMPLES.glob("*.txt"))
TABLES = list(schema.TABLES)
LAYOUTS = {"generic", "jinzhong_2020_self_eval", "minhang_2020_target", "minhang_2022_target",
           "pujiang_2020_assessment", "shanghai_2019_target"}

# Files that cannot be read, generated per test (name -> bytes); `missing.txt` is never created.
FAILING = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\n",
    "image.txt": b"\x89PNG\r\n\x1a\n" + b"\x00" * 256,
    "notes.xyz": "项目名称\t测试\n".encode(),
    "form.pdf": b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n",
    "form.docx": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40,
}
PROSE = "这是一段普通的文字，没有任何表格。\n今天天气很好。\n".encode()


def write_bad(folder: Path, with_prose: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, data in FAILING.items():
        (folder / name).write_bytes(data)
        out.append(folder / name)
    if with_prose:
        (folder / "prose.txt").write_bytes(PROSE)
        out.append(folder / "prose.txt")
    return out


def read(outdir: Path, table: str) -> list[dict]:
    return pq.read_table(outdir / f"{table}.parquet").to_pylist()


@pytest.fixture(scope="module")
def samples_run(tmp_path_factory):
    """`extract samples -o OUT` over a copy of the five sample dumps (samples/ also holds a README)."""
    base = tmp_path_factory.mktemp("cli")
    (base / "samples").mkdir()
    for p in SAMPLES.glob("*.txt"):
        (base / "samples" / p.name).write_bytes(p.read_bytes())
    out = base / "out"
    rc = main(["extract", str(base / "samples"), "-o", str(out), "-q"])
    return rc, out


# --------------------------------------------------------------------------- extract samples

def test_extract_samples_returns_0(samples_run):
    rc, out = samples_run
    assert rc == 0


def test_extract_samples_writes_every_table(samples_run):
    _, out = samples_run
    for t in TABLES:
        tbl = pq.read_table(out / f"{t}.parquet")
        assert tbl.column_names == schema.columns(t), t
    assert (out / "jixiao.duckdb").is_file()
    assert not list(out.glob("*.csv")) and not (out / "jixiao.xlsx").exists()


def test_extract_samples_duckdb_matches_parquet(samples_run):
    _, out = samples_run
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    try:
        for t in TABLES:
            n = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            assert n == pq.read_table(out / f"{t}.parquet").num_rows, t
            cols = [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall()]
            assert cols == schema.columns(t), t
        # duckdb reads the Parquet parts too
        n = con.execute(f"SELECT count(*) FROM read_parquet('{out / 'projects.parquet' / '*.parquet'}')").fetchone()[0]
        assert n == 18
    finally:
        con.close()


def test_extract_samples_counts(samples_run):
    _, out = samples_run
    docs = read(out, "documents")
    assert len(docs) == 5
    assert sorted(Path(d["path"]).name for d in docs) == sorted(p.name for p in SAMPLES.glob("*.txt"))
    assert len(SAMPLES_TXT) == 5
    assert all(d["status"] in ("ok", "partial") and d["error"] is None for d in docs)
    for d in docs:
        assert d["doc_id"] == hashlib.sha256(Path(d["path"]).read_bytes()).hexdigest()
        assert d["format"] == "txt" and d["layout"] != "unknown"
    projects = read(out, "projects")
    assert len(projects) == 18
    assert sum(d["n_projects"] for d in docs) == 18
    ids = {d["doc_id"] for d in docs}
    assert {p["doc_id"] for p in projects} <= ids
    assert all(p["project_id"].startswith(p["doc_id"][:16] + "-") for p in projects)
    assert len({p["project_id"] for p in projects}) == 18
    assert len(read(out, "indicators")) > 0


def test_extract_the_real_samples_folder(tmp_path):
    """Every file of samples/ is a document: the dumps are read; README.md is text without forms."""
    out = tmp_path / "out"
    assert main(["extract", str(SAMPLES), "-o", str(out), "-q"]) == 0
    docs = {Path(d["path"]).name: d for d in read(out, "documents")}
    files = sorted(p.name for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))
    assert sorted(docs) == files
    for name, d in docs.items():
        if name.endswith(".txt"):
            assert d["status"] in ("ok", "partial"), name
        else:
            assert d["status"] == "ok" and d["layout"] == "unknown" and d["n_projects"] == 0, name
    assert len(read(out, "projects")) == 18


# --------------------------------------------------------------------------- bad files

def test_good_and_bad_files_together(tmp_path, capsys):
    folder = tmp_path / "in"
    bad = write_bad(folder)
    good = folder / SAMPLE_000.name
    good.write_bytes(SAMPLE_000.read_bytes())
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    rc = main(["extract", str(folder), str(missing), "-o", str(out)])
    assert rc == 0
    err = capsys.readouterr().err
    docs = {d["path"]: d for d in read(out, "documents")}
    assert set(docs) == {str(p) for p in [*bad, good, missing]}          # one row per file
    for p in [*bad, missing]:
        d = docs[str(p)]
        if p.name == "prose.txt":
            assert d["status"] == "ok" and d["layout"] == "unknown"
            continue
        assert d["status"] == "failed" and str(p) in d["error"], p
        assert str(p) in err                                             # reported on stderr
    g = docs[str(good)]
    assert g["status"] == "ok" and g["n_projects"] == 1
    projects = read(out, "projects")
    assert [p["doc_id"] for p in projects] == [g["doc_id"]]
    assert projects[0]["name"] == "质量强区专项经费"
    assert read(out, "indicators") and all(r["doc_id"] == g["doc_id"] for r in read(out, "indicators"))
    assert all(r["doc_id"] == g["doc_id"] for r in read(out, "budget_items"))


def test_only_bad_files_returns_1_but_writes_the_dataset(tmp_path, capsys):
    bad = write_bad(tmp_path / "in", with_prose=False)
    out = tmp_path / "out"
    rc = main(["extract", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert rc == 1
    docs = read(out, "documents")
    assert len(docs) == len(bad) + 1
    assert all(d["status"] == "failed" and d["error"] for d in docs)
    for t in TABLES[1:]:
        assert read(out, t) == [], t
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents WHERE status = 'failed'").fetchone()[0] == len(docs)
    finally:
        con.close()
    assert "failed" in capsys.readouterr().err


@pytest.mark.parametrize("name, words", [("empty.txt", ["empty"]), ("missing.txt", ["no such file"]),
                                         ("notes.xyz", ["unsupported"])])
def test_strict_stops_with_the_error_on_stderr(tmp_path, capsys, name, words):
    write_bad(tmp_path)
    p = tmp_path / name
    rc = main(["extract", str(p), "--strict", "-o", str(tmp_path / "out")])
    assert rc != 0
    err = capsys.readouterr().err
    assert str(p) in err
    for w in words:
        assert w in err.lower()


def test_strict_after_a_good_file_still_fails(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(SAMPLE_000.read_bytes())
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    rc = main(["extract", str(tmp_path / "in"), "--strict", "-q", "-o", str(tmp_path / "out")])
    assert rc != 0
    assert "b.txt" in capsys.readouterr().err


def test_strict_over_good_files_returns_0(tmp_path):
    assert main(["extract", str(SAMPLE_000), "--strict", "-q", "-o", str(tmp_path / "out")]) == 0
    assert len(read(tmp_path / "out", "documents")) == 1


# --------------------------------------------------------------------------- formats, output folder

def test_format_csv_xlsx(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SAMPLE_000), str(SAMPLE_002), "-o", str(out), "--format", "csv", "xlsx", "-q"]) == 0
    for t in TABLES:
        raw = (out / f"{t}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), t
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert rows[0] == schema.columns(t), t
        assert len(rows) - 1 == pq.read_table(out / f"{t}.parquet").num_rows, t
    wb = openpyxl.load_workbook(out / "jixiao.xlsx", read_only=True)
    try:
        assert sorted(wb.sheetnames) == sorted(TABLES)
        for t in TABLES:
            ws = wb[t]
            header = [c for c in next(ws.iter_rows(min_row=1, max_row=1, values_only=True))]
            assert header == schema.columns(t), t
        docs = list(wb["documents"].iter_rows(min_row=2, values_only=True))
        assert len(docs) == 2
    finally:
        wb.close()
    projects = list(csv.DictReader(io.StringIO((out / "projects.csv").read_text("utf-8-sig"), newline="")))
    assert "质量强区专项经费" in [p["name"] for p in projects]


def test_output_inside_the_input_folder_is_not_read_back(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE_000.read_bytes())
    out = folder / "out"
    for _ in range(2):
        assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
        assert [Path(d["path"]).name for d in read(out, "documents")] == ["a.txt"]


def test_quiet_prints_nothing_on_stdout(tmp_path, capsys):
    assert main(["extract", str(SAMPLE_000), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["extract", str(SAMPLE_000), "-o", str(tmp_path / "out2")]) == 0
    assert "1 files" in capsys.readouterr().out


# --------------------------------------------------------------------------- debug, layouts, help

def test_debug_prints_grids_and_layout(capsys):
    assert main(["debug", str(SAMPLE_000)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(ln.startswith("grid  txt ") for ln in lines)
    assert any(ln.startswith("text  L4") and "2020" in ln for ln in lines)
    assert any(ln.startswith("layout scores:") for ln in lines)
    assert any(ln.startswith("layout: minhang_2020_target") for ln in lines)


def test_debug_vertical_sample(capsys):
    assert main(["debug", str(SAMPLE_002), "--max-width", "10"]) == 0
    out = capsys.readouterr().out
    assert "grid  txt 21x6" in out
    assert "[3] 单项 分值" in out
    assert "layout: pujiang_2020_assessment" in out


def test_debug_prose_is_layout_unknown(tmp_path, capsys):
    p = tmp_path / "prose.txt"
    p.write_bytes(PROSE)
    assert main(["debug", str(p)]) == 0
    assert "layout: unknown" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["empty.txt", "missing.txt", "notes.xyz"])
def test_debug_bad_file_returns_1(tmp_path, capsys, name):
    write_bad(tmp_path)
    assert main(["debug", str(tmp_path / name)]) == 1
    assert str(tmp_path / name) in capsys.readouterr().err


def test_layouts(capsys):
    assert main(["layouts"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    ids = [ln.split()[0] for ln in lines]
    assert LAYOUTS <= set(ids)
    assert len(ids) == len(set(ids))
    assert all(len(ln.split(None, 1)) == 2 for ln in lines)      # each with a description


def test_extract_help_exits_0(capsys):
    with pytest.raises(SystemExit) as e:
        main(["extract", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert "--format" in out and "--strict" in out and "OUTDIR" in out


def test_top_level_help_and_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    assert "extract" in capsys.readouterr().out
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.startswith("jixiao ")


@pytest.mark.parametrize("argv", [[], ["extract", str(SAMPLE_000)], ["nope"],
                                  ["extract", str(SAMPLE_000), "-o", "x", "--format", "pdf"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_schema_command_json_and_ddl(capsys):
    import json

    import duckdb

    from jixiao.schema import TABLES
    assert main(["schema"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] >= 1 and set(data["tables"]) == set(TABLES)
    assert main(["schema", "--format", "duckdb"]) == 0
    con = duckdb.connect()
    con.execute(capsys.readouterr().out)
    assert {r[0] for r in con.execute("show tables").fetchall()} == set(TABLES)
    for dialect in ("postgresql", "hive"):
        assert main(["schema", "--format", dialect]) == 0
        assert capsys.readouterr().out.count("CREATE TABLE") == len(TABLES)


def test_schema_hive_partitioned_external_tables(capsys):
    """The Hive DDL for a dataset written with --partition-by year: the project tables are PARTITIONED BY
    (year), `projects` does not repeat year among its columns, every table is EXTERNAL at its folder."""
    import re

    from jixiao.schema import TABLES
    from jixiao.store import PROJECT_TABLES
    assert main(["schema", "--format", "hive", "--partition-by", "year", "--location", "hdfs:///wh/jx/"]) == 0
    ddl = capsys.readouterr().out
    stmts = {m.group(1): m.group(0) for m in re.finditer(r"CREATE EXTERNAL TABLE `(\w+)` \((.*?)\)[^;]*;", ddl, re.S)}
    assert set(stmts) == set(TABLES)
    for t, stmt in stmts.items():
        assert f"LOCATION 'hdfs:///wh/jx/{t}.parquet'" in stmt
        assert ("PARTITIONED BY (`year` INT)" in stmt) == (t in PROJECT_TABLES), t
    body = stmts["projects"].split("PARTITIONED BY")[0]
    assert "`year`" not in body and "`name` STRING" in body
    assert ddl.count("MSCK REPAIR TABLE") == len(PROJECT_TABLES)


def test_report_command(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(SAMPLES / "000_db5194b345e21d4a.txt"), "-o", str(out), "-q", "-j", "1"]) == 0
    capsys.readouterr()
    assert main(["report", str(out)]) == 0
    printed = capsys.readouterr().out.split()
    assert any(p.endswith("report.html") for p in printed) and any(p.endswith("report.xlsx") for p in printed)
    html = (out / "report" / "report.html").read_text(encoding="utf-8")
    assert "质量强区专项经费" in html and "budget_sum_mismatch" in html
    assert main(["report", str(tmp_path / "nothing-here")]) == 1


@pytest.mark.parametrize("args", [["-j", "0"], ["-j", "-3"], ["--batch-size", "0"], ["--timeout", "-5"],
                                  ["--jobs", "two"]])
def test_extract_rejects_impossible_numbers(tmp_path, capsys, args):
    with pytest.raises(SystemExit) as e:
        main(["extract", str(SAMPLE_000), "-o", str(tmp_path / "out"), *args])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {'-j/--jobs' if args[0] in ('-j', '--jobs') else args[0]}: " in err and "is not a" in err
    assert not (tmp_path / "out").exists()


def test_history_of_a_folder_that_is_no_dataset(tmp_path, capsys):
    assert main(["history", str(tmp_path), "党建经费"]) == 1
    assert capsys.readouterr().err.strip() == f"jixiao: {tmp_path}: no documents.parquet (not a jixiao dataset)"


def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    """`jixiao debug FILE | head -2`: when the reader stops, jixiao stops without a traceback (it printed two,
    BrokenPipeError then NameError), exit 141 as a shell's SIGPIPE."""
    import subprocess
    import sys
    exe = Path(sys.executable).with_name("jixiao")
    p = subprocess.Popen([str(exe), "debug", str(SAMPLES_TXT[1])],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.readline()
    p.stdout.close()                                   # the reader goes away after one line
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 141 and "Traceback" not in err, err


def test_dataset_commands_say_when_the_folder_is_missing(tmp_path, capsys):
    """search / index / serve / report / history / compact on a folder that does not exist: `no such folder`, the path
    once (it was printed twice, with "not a jixiao dataset")."""
    nope = str(tmp_path / "nope")
    for argv in (["search", nope, "x"], ["index", nope], ["report", nope], ["history", nope, "x"],
                 ["compact", nope], ["serve", nope, "--port", "0"]):
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert err.strip() == f"jixiao: {nope}: no such folder", (argv, err)
    (tmp_path / "empty").mkdir()
    assert main(["search", str(tmp_path / "empty"), "x"]) == 1
    assert "no documents.parquet (not a jixiao dataset)" in capsys.readouterr().err


def test_history_threshold_is_checked(capsys):
    """`history --threshold -1` lined up every project as one: a usage error now. (`search --kind project
    --level1 …`, refused for a while, lists the projects by their indicators: tests/test_search.py.)"""
    with pytest.raises(SystemExit) as e:
        main(["history", "output", "x", "--threshold", "-1"])
    assert e.value.code == 2 and "is not in (0, 1]" in capsys.readouterr().err
