"""The dataset of parts (jixiao/store.py): commits, crashes at every step, drops, compaction, partitions."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from jixiao import schema
from jixiao.cli import main
from jixiao.dataset import read_table, to_arrow, write_dataset
from jixiao.pipeline import TABLES as RESULT_TABLES, process_file
from jixiao.store import NULL_PARTITION, Store, read_manifest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def batch_of(paths, no_year: bool = False) -> dict[str, pa.Table]:
    """The rows of these files as one batch (what the extract run appends); `no_year`: the header-less fragment's
    project (sample 001's) without its year, a project of no year for the partitions (its document's year is taken
    since its forms all state one)."""
    rows: dict[str, list[dict]] = {t: [] for t in schema.TABLES}
    for p in paths:
        res = process_file(p)
        rows["documents"].append(res.document)
        for t in RESULT_TABLES:
            rows[t].extend(res.tables[t])
    if no_year:
        for r in rows["projects"]:
            if r["header_missing"]:
                r["year"] = None
    return {t: to_arrow(t, r) for t, r in rows.items()}


@pytest.fixture(scope="module")
def batches():
    return [batch_of(SAMPLES[:2], no_year=True), batch_of(SAMPLES[2:4]), batch_of(SAMPLES[4:])]


def files_on_disk(outdir: Path) -> set[str]:
    return {p.relative_to(outdir).as_posix() for p in outdir.rglob("*.parquet") if p.is_file()
            and not p.name.startswith(".")}


def named(outdir: Path, with_rows: bool = False) -> set[str]:
    m = read_manifest(outdir)
    return {e["file"] for t in schema.TABLES for e in m["parts"][t] if e["rows"] or not with_rows}


def sorted_rows(tbl: pa.Table) -> list:
    return sorted(map(repr, tbl.to_pylist()))


def test_append_commits_parts_and_reads_back(tmp_path, batches):
    out = tmp_path / "out"
    with Store(out) as st:
        for b in batches:
            st.append(b)
        st.finish()
    assert files_on_disk(out) == named(out)
    assert not list(out.rglob(".part-*"))
    for t in schema.TABLES:
        want = pa.concat_tables([b[t] for b in batches])
        got = read_table(out, t)
        assert got.schema.equals(schema.arrow_schema(t), check_metadata=False), t
        assert sorted_rows(got) == sorted_rows(want), t
        # what pyarrow and DuckDB see by listing the folder is the same
        assert pq.read_table(out / f"{t}.parquet").num_rows == want.num_rows, t
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM indicators").fetchone()[0] == read_table(out, "indicators").num_rows
    con.close()
    m = read_manifest(out)
    assert m["derived"] == m["generation"] and m["tables"]["documents"] == 5


def test_empty_tables_have_all_their_columns(tmp_path):
    out = tmp_path / "out"
    with Store(out, partition_by="year") as st:
        st.finish()
    for t in schema.TABLES:
        tbl = read_table(out, t)
        assert tbl.num_rows == 0 and tbl.column_names == schema.columns(t), t
        seen = pq.read_table(out / f"{t}.parquet")            # a reader listing the folder
        assert set(schema.columns(t)) <= set(seen.column_names), t


@pytest.mark.parametrize("fail_at", range(8))
def test_a_crash_at_any_step_of_a_commit_leaves_one_whole_generation(tmp_path, batches, monkeypatch, fail_at):
    """os.replace fails (the process dies) at its n-th call while a batch is committed: on reopening,
    the dataset is the one before the batch or the one after it, never a mix, and no stray part stays."""
    out = tmp_path / "out"
    with Store(out) as st:
        st.append(batches[0])
    before = {t: read_table(out, t).num_rows for t in schema.TABLES}
    after = {t: before[t] + batches[1][t].num_rows for t in schema.TABLES}
    real = os.replace
    calls = {"n": 0}

    def dying(src, dst):
        calls["n"] += 1
        if calls["n"] == fail_at + 1:
            raise KeyboardInterrupt("killed")
        return real(src, dst)

    with Store(out) as st:
        monkeypatch.setattr(os, "replace", dying)
        try:
            st.append(batches[1])
        except KeyboardInterrupt:
            pass
        monkeypatch.setattr(os, "replace", real)
    with Store(out) as st:                    # reopening recovers
        got = {t: st.read(t).num_rows for t in schema.TABLES}
        ids = st.read("documents").column("doc_id").to_pylist()
    assert got in (before, after)
    assert len(ids) == len(set(ids))
    assert files_on_disk(out) == named(out)
    assert not list(out.rglob(".part-*"))


def test_drop_documents_and_compact_keep_the_rows(tmp_path, batches):
    out = tmp_path / "out"
    with Store(out) as st:
        for b in batches:
            st.append(b)
        drop = {batches[1]["documents"].column("doc_id")[0].as_py()}
        removed = st.drop_documents(drop)
        assert removed > 0
        for t in schema.TABLES:
            assert drop.isdisjoint(st.read(t).column("doc_id").to_pylist()), t
        kept = {t: sorted_rows(st.read(t)) for t in schema.TABLES}
        n_before = sum(len(st.manifest["parts"][t]) for t in schema.TABLES)
        result = st.compact()
        assert sum(b for _, b in result.values()) < n_before
        assert all(len(st.manifest["parts"][t]) <= 1 for t in schema.TABLES)
        st.finish()
    for t in schema.TABLES:
        assert sorted_rows(read_table(out, t)) == kept[t], t
    assert files_on_disk(out) == named(out)


def test_partition_by_year(tmp_path, batches):
    out = tmp_path / "out"
    with Store(out, partition_by="year") as st:
        for b in batches:
            st.append(b)
        st.finish()
    folders = {p.name for p in (out / "indicators.parquet").iterdir()}
    assert {"year=2019", "year=2020", "year=2022", f"year={NULL_PARTITION}"} <= folders
    # the year lives in the folder name, not in the files (Hive)
    part = next((out / "projects.parquet" / "year=2022").glob("*.parquet"))
    assert "year" not in pq.read_schema(part).names
    projects = read_table(out, "projects")
    assert projects.column_names == schema.columns("projects")
    want = pa.concat_tables([b["projects"] for b in batches])
    assert sorted_rows(projects) == sorted_rows(want)
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    years = dict(con.execute("SELECT year, count(*) FROM projects GROUP BY 1").fetchall())
    n22 = con.execute(f"SELECT count(*) FROM read_parquet('{out}/indicators.parquet/*/*.parquet', "
                      "hive_partitioning = true) WHERE year = 2022").fetchone()[0]
    con.close()
    assert years[2022] == 11 and years[None] == 1
    ids22 = {r["project_id"] for r in want.to_pylist() if r["year"] == 2022}
    assert n22 == sum(1 for r in read_table(out, "indicators").to_pylist() if r["project_id"] in ids22)
    with Store(out) as st:                     # no option: the dataset keeps its partitioning
        assert st.partition_by == "year"
    other = tmp_path / "other"
    with Store(other) as st:
        st.append(batches[0])
    with pytest.raises(ValueError, match="partitioned by nothing"):
        with Store(other, partition_by="year"):
            pass


def test_a_single_file_dataset_is_adopted_as_parts(tmp_path, batches):
    out = tmp_path / "out"
    write_dataset(batches[0], out)
    assert (out / "documents.parquet").is_file()
    with Store(out) as st:
        st.append(batches[1])
        st.finish()
    assert (out / "documents.parquet").is_dir()
    for t in schema.TABLES:
        want = pa.concat_tables([batches[0][t], batches[1][t]])
        assert sorted_rows(read_table(out, t)) == sorted_rows(want), t


def test_cli_compact_and_repartition(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES:
        shutil.copy(p, src / p.name)
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q", "-j", "1", "--batch-size", "2"]) == 0
    assert len(list((out / "documents.parquet").glob("*.parquet"))) == 3
    before = {t: sorted_rows(read_table(out, t)) for t in schema.TABLES}
    assert main(["compact", str(out), "--partition-by", "year"]) == 0
    assert "parts ->" in capsys.readouterr().out
    assert (out / "indicators.parquet" / "year=2022").is_dir()
    assert main(["compact", str(out), "--partition-by", "none"]) == 0
    assert not (out / "indicators.parquet" / "year=2022").exists()
    assert len(list((out / "documents.parquet").glob("*.parquet"))) == 1
    for t in schema.TABLES:
        assert sorted_rows(read_table(out, t)) == before[t], t
    assert main(["compact", str(tmp_path / "nothing")]) == 1


def test_duckdb_grows_with_new_parts_and_is_rebuilt_after_a_compaction(tmp_path, batches):
    out = tmp_path / "out"

    def db_state():
        con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
        try:
            parts = {f for (f,) in con.execute("SELECT file FROM _jixiao_parts").fetchall()}
            rows = {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall())) for t in schema.TABLES}
            return parts, rows
        finally:
            con.close()

    with Store(out) as st:
        st.append(batches[0])
        st.finish()
    parts1, _ = db_state()
    with Store(out) as st:
        st.append(batches[1])
        st.append(batches[2])
        st.finish()
    parts2, grown = db_state()
    assert parts1 < parts2 and parts2 == named(out, with_rows=True)
    (out / "jixiao.duckdb").unlink()                 # the same database built from scratch
    with Store(out) as st:
        st.finish()
    assert db_state() == (parts2, grown)
    assert sum(len(v) for v in grown.values()) == sum(read_table(out, t).num_rows for t in schema.TABLES)
    with Store(out) as st:
        st.compact()
        st.finish()
    parts3, rows3 = db_state()
    assert parts3 == named(out, with_rows=True) and parts3.isdisjoint(parts2) and rows3 == grown


def test_parts_of_schema_version_1_are_read_and_their_duckdb_rebuilt(tmp_path, batches):
    """A dataset written before indicators.explanation existed: its parts read with the column null, and
    its jixiao.duckdb (without the column) is built again rather than grown."""
    out = tmp_path / "out"
    with Store(out) as st:
        st.append(batches[0])
        st.finish()
    m = read_manifest(out)
    n_old = 0
    for e in m["parts"]["indicators"]:                # as version 1 wrote them: no explanation column
        p = out / e["file"]
        t = pq.read_table(p)
        pq.write_table(t.drop_columns(["explanation"]), p)
        n_old += t.num_rows
    con = duckdb.connect(str(out / "jixiao.duckdb"))
    con.execute('ALTER TABLE indicators DROP COLUMN explanation')
    con.close()
    old = read_table(out, "indicators")
    assert old.num_rows == n_old > 0 and old.column("explanation").null_count == n_old
    with Store(out) as st:
        st.append(batches[1])
        st.finish()
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    try:
        cols = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns "
                                           "WHERE table_name = 'indicators' ORDER BY ordinal_position").fetchall()]
        n = con.execute("SELECT count(*) FROM indicators").fetchone()[0]
    finally:
        con.close()
    assert cols == schema.columns("indicators")
    assert n == read_table(out, "indicators").num_rows > n_old


def test_a_duckdb_is_built_from_parts_that_all_lack_a_later_column(tmp_path, batches):
    """Every part written by schema version 1 (no indicators.explanation / target_year): jixiao.duckdb is
    built with those columns null (DuckDB's union_by_name cannot add a column no file has)."""
    out = tmp_path / "out"
    with Store(out) as st:
        st.append(batches[0])
        st.finish()
    for e in read_manifest(out)["parts"]["indicators"]:
        p = out / e["file"]
        pq.write_table(pq.read_table(p).drop_columns(["explanation", "target_year"]), p)
    (out / "jixiao.duckdb").unlink()
    with Store(out) as st:
        st.finish()
    con = duckdb.connect(str(out / "jixiao.duckdb"), read_only=True)
    try:
        n, nulls = con.execute("SELECT count(*), count(*) - count(explanation) FROM indicators").fetchone()
    finally:
        con.close()
    assert n == nulls == read_table(out, "indicators").num_rows > 0


def test_an_output_of_an_older_schema_version_is_read_again(tmp_path, capsys):
    """`jixiao extract` into a folder an older jixiao wrote: the inputs it holds are read again (they lack what
    this version extracts), with a note; the run does not fail on the older parts."""
    import json
    src = Path(__file__).resolve().parent.parent / "samples"
    ins = tmp_path / "in"
    ins.mkdir()
    shutil.copy(src / "004_84f93315a99e5296.txt", ins)
    out = tmp_path / "out"
    assert main(["extract", str(ins), "-o", str(out), "--quiet", "--jobs", "1"]) == 0
    mpath = out / "_manifest.json"
    m = json.loads(mpath.read_text())
    m["schema_version"] = schema.READ_AGAIN_BELOW - 1
    mpath.write_text(json.dumps(m))
    for e in m["parts"]["indicators"]:
        p = out / e["file"]
        pq.write_table(pq.read_table(p).drop_columns(["explanation"]), p)
    capsys.readouterr()
    assert main(["extract", str(ins), "-o", str(out), "--jobs", "1"]) == 0
    assert "older jixiao" in capsys.readouterr().err
    assert json.loads(mpath.read_text())["schema_version"] == schema.SCHEMA_VERSION
    assert read_table(out, "documents").num_rows == 1
