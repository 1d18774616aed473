"""Tests for jixiao.dataset: coercion, all output formats, atomic swap, recovery."""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import hashlib
import io
import json
import os
import shutil
from pathlib import Path

import duckdb
import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings, strategies as st

from jixiao import dataset, schema

SQL = {pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT",
       pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN", pa.date32(): "DATE",
       schema.L: "VARCHAR[]"}

ROWS = {
    "projects": [
        {"project_id": "abcd-1", "doc_id": "abcd", "form": "target", "year": 2022,
         "name": "城市绿化", "department": "", "start_date": dt.date(2022, 1, 1),
         "end_date": "2022-12-31", "budget_total": 3200000, "execution_rate": 0.966},
        {"project_id": "abcd-2", "doc_id": "abcd", "name": "第二项", "fill_date": None},
    ],
    "indicators": [
        {"project_id": "abcd-1", "seq": 1, "level1": "产出指标", "target_raw": "=100%",
         "op": "=", "value": 100.0, "unit": "%", "core": True,
         "note": "含\x0b控制符", "doc_id": "abcd", "page": 2},
        {"project_id": "abcd-1", "seq": 2, "target_raw": "健全", "target_text": "健全",
         "core": False, "line": 17},
    ],
    "assessment_items": [
        {"doc_id": "abcd", "seq": 1, "section_no": "一", "item_no": 1,
         "content": "建立制度", "points": 5, "responsible": ["财政局", "审计局"],
         "kind": "base"},
        {"doc_id": "abcd", "seq": 2, "responsible": []},
        {"doc_id": "abcd", "seq": 3, "responsible": None},
    ],
    "safeguards": [{"project_id": "abcd-1", "seq": 1, "stages": ("立项", "实施")}],
    "documents": [{"doc_id": "abcd", "path": "a/b.txt", "size_bytes": 2**40, "pages": 3}],
}


def files_digest(outdir: Path) -> dict[str, str]:
    """sha256 of every non-hidden file in OUTDIR (the visible dataset)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(outdir.iterdir()) if not p.name.startswith(".")}


def hidden(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.iterdir()
                  if p.name.startswith(".") and p.name not in (".jixiao.lock", ".gitkeep"))


# ----------------------------------------------------------------- to_arrow

def test_to_arrow_schema_missing_keys_and_empty_string():
    t = dataset.to_arrow("projects", ROWS["projects"])
    assert t.schema.equals(schema.arrow_schema("projects"), check_metadata=True)
    assert t.column_names == schema.columns("projects")
    r = t.to_pylist()
    assert r[0]["department"] is None  # "" -> null
    assert r[0]["leader"] is None      # missing -> null
    assert r[0]["budget_total"] == 3200000.0 and isinstance(r[0]["budget_total"], float)
    assert r[0]["end_date"] == dt.date(2022, 12, 31)


def test_to_arrow_lenient_but_exact_coercions():
    t = dataset.to_arrow("indicators", [
        {"seq": 3.0, "value": decimal.Decimal("0.5"), "weight": float("nan"),
         "score": "", "core": False}])
    r = t.to_pylist()[0]
    assert (r["seq"], r["value"], r["weight"], r["score"], r["core"]) == (3, 0.5, None, None, False)
    t = dataset.to_arrow("projects", [{"start_date": dt.datetime(2022, 5, 1)}])
    assert t.column("start_date").to_pylist() == [dt.date(2022, 5, 1)]


def test_to_arrow_unknown_keys_named():
    with pytest.raises(ValueError, match=r"projects.*\['bogus', 'zzz'\]"):
        dataset.to_arrow("projects", [{"name": "x", "zzz": 1}, {"bogus": 2}])
    with pytest.raises(ValueError, match="unknown table"):
        dataset.to_arrow("nope", [])


@pytest.mark.parametrize("table,column,value", [
    ("indicators", "seq", "3"),
    ("indicators", "seq", 2**31),
    ("indicators", "seq", 1.5),
    ("indicators", "seq", True),
    ("indicators", "value", "≥99"),
    ("indicators", "value", float("inf")),
    ("indicators", "core", 1),
    ("indicators", "core", "true"),
    ("projects", "name", 5),
    ("projects", "start_date", "2022/01/01"),
    ("projects", "start_date", "20220101"),
    ("projects", "start_date", "2022-02-30"),
    ("projects", "start_date", dt.datetime(2022, 1, 1, 12, 0)),
    ("assessment_items", "responsible", "财政局、审计局"),
    ("assessment_items", "responsible", ["财政局", ""]),
    ("assessment_items", "responsible", ["财政局", None]),
])
def test_coercion_error_names_table_column_value(table, column, value):
    with pytest.raises(ValueError) as e:
        dataset.to_arrow(table, [{}, {column: value}])
    msg = str(e.value)
    assert f"{table}.{column}" in msg and "row 1" in msg
    assert repr(value)[:20] in msg


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text()), max_size=5),
       st.lists(st.one_of(st.none(), st.lists(st.text(min_size=1), max_size=3)), max_size=5))
def test_to_arrow_strings_and_lists_property(texts, lists):
    rows = [{"measure": s} for s in texts] + [{"stages": v} for v in lists]
    got = dataset.to_arrow("safeguards", rows).to_pylist()
    assert [g["measure"] for g in got[:len(texts)]] == [s or None for s in texts]
    assert [g["stages"] for g in got[len(texts):]] == lists


# ------------------------------------------------------------ write_dataset

@pytest.fixture(scope="module")
def full(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("full") / "out"
    counts = dataset.write_dataset(ROWS, out, formats=("parquet", "duckdb", "csv", "xlsx"))
    return out, counts


def test_every_table_written_even_when_empty(tmp_path):
    out = tmp_path / "out"
    counts = dataset.write_dataset({"warnings": []}, out)
    assert counts == {t: 0 for t in schema.TABLES}
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    try:
        for t in schema.TABLES:
            tbl = dataset.read_table(out, t)
            assert tbl.num_rows == 0
            assert tbl.schema.equals(schema.arrow_schema(t), check_metadata=True)
            assert pq.read_schema(out / f"{t}.parquet").metadata[b"jixiao.schema_version"] \
                == str(schema.SCHEMA_VERSION).encode()
            desc = con.execute(f'DESCRIBE "{t}"').fetchall()
            assert [(d[0], d[1]) for d in desc] == [(n, SQL[ty]) for n, ty in schema.TABLES[t]]
            assert con.execute(f'SELECT count(*) FROM "{t}"').fetchone() == (0,)
    finally:
        con.close()
    manifest = json.loads((out / "_manifest.json").read_text("utf-8"))
    assert manifest["schema_version"] == schema.SCHEMA_VERSION
    assert manifest["tables"] == counts
    assert set(manifest["files"]) == {f"{t}.parquet" for t in schema.TABLES} | {"jixiao.duckdb"}
    assert not (out / "jixiao.duckdb.wal").exists()
    assert hidden(out) == []


def test_parquet_roundtrip_and_compression(full):
    out, counts = full
    assert counts["projects"] == 2 and counts["assessment_items"] == 3 and counts["scores"] == 0
    p = dataset.read_table(out, "projects").to_pylist()
    assert p[0]["start_date"] == dt.date(2022, 1, 1) and p[0]["end_date"] == dt.date(2022, 12, 31)
    assert p[0]["department"] is None and p[1]["start_date"] is None
    a = dataset.read_table(out, "assessment_items").column("responsible").to_pylist()
    assert a == [["财政局", "审计局"], [], None]
    assert dataset.read_table(out, "safeguards").column("stages").to_pylist() == [["立项", "实施"]]
    assert dataset.read_table(out, "documents").column("size_bytes").to_pylist() == [2**40]
    md = pq.ParquetFile(out / "projects.parquet").metadata
    assert md.num_row_groups >= 1 and md.row_group(0).column(0).compression == "ZSTD"
    with pytest.raises(ValueError, match="unknown table"):
        dataset.read_table(out, "nope")


def test_duckdb_roundtrip(full):
    out, _ = full
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    try:
        rows = con.execute('SELECT start_date, end_date, department FROM projects '
                           'ORDER BY project_id').fetchall()
        assert rows == [(dt.date(2022, 1, 1), dt.date(2022, 12, 31), None), (None, None, None)]
        resp = con.execute("SELECT responsible FROM assessment_items ORDER BY seq").fetchall()
        assert resp == [(["财政局", "审计局"],), ([],), (None,)]
        assert con.execute("SELECT count(*) FROM assessment_items "
                           "WHERE list_contains(responsible, '审计局')").fetchone() == (1,)
        assert con.execute('SELECT "group" FROM budget_items').fetchall() == []
        assert con.execute("SELECT target_raw, core FROM indicators ORDER BY seq").fetchall() \
            == [("=100%", True), ("健全", False)]
    finally:
        con.close()


def test_csv_bom_header_and_values(full):
    out, _ = full
    for t in schema.TABLES:
        raw = (out / f"{t}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert header == schema.columns(t)
    rows = list(csv.DictReader(io.StringIO(
        (out / "assessment_items.csv").read_text("utf-8-sig"), newline="")))
    assert [r["responsible"] for r in rows] == ['["财政局", "审计局"]', "[]", ""]
    assert [json.loads(r["responsible"]) for r in rows[:2]] == [["财政局", "审计局"], []]
    assert rows[0]["points"] == "5.0" and rows[1]["points"] == ""
    proj = list(csv.DictReader(io.StringIO((out / "projects.csv").read_text("utf-8-sig"))))
    assert proj[0]["start_date"] == "2022-01-01" and proj[0]["department"] == ""
    ind = list(csv.DictReader(io.StringIO((out / "indicators.csv").read_text("utf-8-sig"))))
    assert [r["core"] for r in ind] == ["true", "false"]
    assert ind[0]["note"] == "含\x0b控制符"  # CSV keeps exact text


def test_xlsx_sheets_and_typed_values(full):
    out, _ = full
    wb = openpyxl.load_workbook(out / "jixiao.xlsx")
    assert wb.sheetnames == list(schema.TABLES)
    for t in schema.TABLES:
        ws = wb[t]
        assert [c.value for c in ws[1]] == schema.columns(t)
        assert ws.max_row == 1 + len(ROWS.get(t, []))
    ws = wb["projects"]
    r = {h: c for h, c in zip(schema.columns("projects"), ws[2])}
    assert r["start_date"].value == dt.datetime(2022, 1, 1) and r["start_date"].is_date
    assert r["budget_total"].value == 3200000 and r["budget_total"].data_type == "n"
    assert r["year"].value == 2022 and r["department"].value is None
    ws = wb["indicators"]
    r = {h: c for h, c in zip(schema.columns("indicators"), ws[2])}
    assert r["target_raw"].value == "=100%" and r["target_raw"].data_type == "s"
    assert r["core"].value is True
    assert r["note"].value == "含控制符"
    ws = wb["assessment_items"]
    col = schema.columns("assessment_items").index("responsible")
    assert [row[col].value for row in ws.iter_rows(min_row=2)] == ['["财政局", "审计局"]', "[]", None]


def test_bad_arguments_touch_nothing(tmp_path, full):
    out = tmp_path / "out"
    shutil.copytree(full[0], out)
    before = files_digest(out)
    with pytest.raises(ValueError, match="indicators.seq"):
        dataset.write_dataset({"indicators": [{"seq": "x"}]}, out)
    with pytest.raises(ValueError, match="unknown table"):
        dataset.write_dataset({"indicator": []}, out)
    with pytest.raises(ValueError, match="unknown format"):
        dataset.write_dataset({}, out, formats=("parquet", "json"))
    assert files_digest(out) == before and hidden(out) == []


def test_unrequested_formats_removed_and_foreign_files_kept(tmp_path, full):
    out = tmp_path / "out"
    shutil.copytree(full[0], out)
    (out / ".gitkeep").write_text("")
    (out / "notes.txt").write_text("mine")
    dataset.write_dataset({}, out)
    names = {p.name for p in out.iterdir()}
    assert not any(n.endswith((".csv", ".xlsx")) for n in names)
    assert {".gitkeep", "notes.txt", "_manifest.json", "jixiao.duckdb"} <= names


def test_stale_staging_and_trash_cleaned(tmp_path):
    out = tmp_path / "out"
    (out / ".staging-999999" / "sub").mkdir(parents=True)
    (out / ".staging-999999" / "projects.parquet").write_bytes(b"half")
    (out / ".trash-1-abc").mkdir()
    (out / ".previous.tmp").mkdir()
    (out / ".gitkeep").write_text("")
    dataset.write_dataset({}, out)
    assert hidden(out) == []
    assert (out / ".gitkeep").exists()


def test_concurrent_writer_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with dataset._locked(out):
        with pytest.raises(RuntimeError, match="another jixiao process"):
            dataset.write_dataset({}, out)


def test_failure_while_staging_leaves_outdir_untouched(tmp_path, full, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(full[0], out)
    before = files_digest(out)

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(dataset, "_write_xlsx", boom)
    with pytest.raises(OSError, match="disk full"):
        dataset.write_dataset({"projects": [{"name": "new"}]}, out, formats=["xlsx"])
    assert files_digest(out) == before and hidden(out) == []


# ------------------------------------------------------- crash in the swap

class Crash(Exception):
    pass


def failing_replace(monkeypatch, outdir: Path, when):
    """Make os.replace raise Crash on the first call for which when(src, dst) holds."""
    real = os.replace
    state = {"fired": False}

    def fake(src, dst, *a, **k):
        s, d = Path(src), Path(dst)
        if not state["fired"] and when(s, d):
            state["fired"] = True
            raise Crash(f"simulated crash at {s.name} -> {d.name}")
        return real(src, dst, *a, **k)
    monkeypatch.setattr(dataset.os, "replace", fake)
    return state


CRASH_POINTS = {
    # .previous/ appears (journal written, nothing moved)
    "journal": lambda s, d: d.name == ".previous",
    # first and a middle file of the old generation moved aside
    "old_first": lambda s, d: d.parent.name == ".previous",
    "old_mid": lambda s, d: d.parent.name == ".previous" and s.name == "jixiao.duckdb",
    # first and a middle file of the new generation moved in
    "new_first": lambda s, d: s.parent.name.startswith(".staging-"),
    "new_mid": lambda s, d: s.parent.name.startswith(".staging-") and s.name == "jixiao.duckdb",
    # the commit itself
    "commit": lambda s, d: d.name == "_manifest.json",
}


@pytest.mark.parametrize("point,hard", [
    *[(p, True) for p in CRASH_POINTS],  # a kill -9 at every point, then recover()
    # an exception: write_dataset rolls back by itself
    *[(p, False) for p in ("old_mid", "new_mid", "commit")],
], ids=lambda v: {True: "hard_kill", False: "exception"}.get(v, v) if isinstance(v, bool) else v)
def test_crash_mid_swap_keeps_previous_dataset(tmp_path, full, monkeypatch, point, hard):
    out = tmp_path / "out"
    shutil.copytree(full[0], out)
    before = files_digest(out)
    old_projects = dataset.read_table(out, "projects")
    state = failing_replace(monkeypatch, out, CRASH_POINTS[point])
    if hard:  # a kill -9: no in-process rollback runs
        monkeypatch.setattr(dataset, "_rollback_after_error", lambda outdir: None)

    with pytest.raises(Crash):
        dataset.write_dataset({"projects": [{"project_id": "new-1"}]}, out)
    assert state["fired"]
    monkeypatch.undo()

    if hard:
        # nothing was moved yet when the journal rename itself failed
        assert dataset.recover(out) == ("none" if point == "journal" else "rolled_back")
    assert files_digest(out) == before
    assert hidden(out) == []
    assert dataset.read_table(out, "projects").equals(old_projects)
    assert dataset.recover(out) == "none"

    if point not in ("old_mid", "new_mid"):  # the follow-up write is the same every time
        return
    counts = dataset.write_dataset({"projects": [{"project_id": "new-1"}]}, out)
    assert counts["projects"] == 1
    assert dataset.read_table(out, "projects").column("project_id").to_pylist() == ["new-1"]
    assert not (out / "projects.csv").exists() and hidden(out) == []


def test_crash_after_commit_keeps_new_dataset(tmp_path, full, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(full[0], out)
    failing_replace(monkeypatch, out, lambda s, d: d.name.startswith(".trash-"))
    monkeypatch.setattr(dataset, "_rollback_after_error", lambda outdir: None)
    with pytest.raises(Crash):
        dataset.write_dataset({"projects": [{"project_id": "new-1"}]}, out)
    monkeypatch.undo()
    assert (out / ".previous").is_dir()
    assert dataset.recover(out) == "completed"
    assert hidden(out) == []
    assert dataset.read_table(out, "projects").column("project_id").to_pylist() == ["new-1"]
    manifest = json.loads((out / "_manifest.json").read_text("utf-8"))
    assert set(manifest["files"]) | {"_manifest.json"} == set(files_digest(out))


def test_cleanup_oserror_after_commit_is_not_fatal(tmp_path, monkeypatch):
    out = tmp_path / "out"
    dataset.write_dataset({}, out)
    real = os.replace

    def fake(src, dst, *a, **k):
        if Path(dst).name.startswith(".trash-") and Path(src).name == ".previous":
            raise OSError("busy")
        return real(src, dst, *a, **k)
    monkeypatch.setattr(dataset.os, "replace", fake)
    dataset.write_dataset({"warnings": [{"code": "x"}]}, out)
    monkeypatch.undo()
    assert (out / ".previous").is_dir()
    assert dataset.recover(out) == "completed"
    assert hidden(out) == []
    assert dataset.read_table(out, "warnings").column("code").to_pylist() == ["x"]


def test_recover_refuses_unknown_previous(tmp_path):
    out = tmp_path / "out"
    dataset.write_dataset({}, out)
    (out / ".previous").mkdir()
    (out / ".previous" / "projects.parquet").write_bytes(b"?")
    with pytest.raises(RuntimeError, match="cannot tell"):
        dataset.recover(out)
    assert dataset.recover(tmp_path / "missing") == "none"
