"""jixiao search: the jieba-segmented FTS5 index built by extract, ranking, filters and outputs, on the samples."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from jixiao import search as S
from jixiao.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    d = tmp_path_factory.mktemp("search") / "out"
    assert main(["extract", str(SAMPLES), "-o", str(d), "-q", "-j", "1"]) == 0
    return d


def sql(out: Path, query: str) -> list[tuple]:
    con = duckdb.connect()
    for t in ("projects", "indicators", "warnings", "documents"):
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{out / (t + '.parquet')}')")
    return con.execute(query).fetchall()


def keys(res: S.Result) -> set[tuple]:
    return {(h["project_id"], h["seq"]) for h in res.hits}


def run(out, capsys, *args) -> str:
    assert main(["search", str(out), *args]) == 0
    return capsys.readouterr().out


def test_extract_builds_the_index(out):
    assert (out / S.INDEX_FILE).exists()
    assert S.index_is_current(out)


def test_segmentation_uses_the_fiscal_dictionary():
    assert S.query_words("社会效益指标") == ["社会效益指标"]
    assert S.query_words("预算执行率") == ["预算执行率"]
    assert S.query_words("服务对象满意度") == ["服务对象", "满意度"]
    words = S.segment("社会效益指标").split()
    assert words[0] == "社会效益指标" and {"社会效益", "效益", "指标"} <= set(words)


def test_queries_cut_by_the_index_dictionary_as_by_the_whole_one(out):
    import sqlite3
    con = sqlite3.connect(out / S.INDEX_FILE)
    small = S.query_tokenizer(con)
    assert len(small.FREQ) < len(S.tokenizer().FREQ) / 10
    for q in ("满意度", "预算执行率", "社会效益指标", "党员职工满意度", "服务对象满意度", "党建经费 满意度",
              "政府信息公开管理系统", "群众满意度≥90%", "知识产权专利扶持", "主题党日完成及时率"):
        assert S.query_words(q, small) == S.query_words(q), q


def test_2022_satisfaction_targets_of_at_least_90_percent(out):
    res = S.search(out, S.Query(text="满意度", years=[2022], level1=["satisfaction"], ops=[">="], value_ge=90,
                                units=["%"], limit=0))
    expected = sql(out, "SELECT i.project_id, i.seq FROM indicators i JOIN projects p USING (project_id) "
                        "WHERE p.year = 2022 AND i.level1_std = 'satisfaction' AND i.op = '>=' "
                        "AND i.value >= 90 AND i.unit = '%'")
    assert len(expected) == 9
    assert keys(res) == set(expected) and res.total == 9
    for h in res.hits:
        assert h["path"].endswith(".txt") and h["line"] and h["location"] == f"line {h['line']}"
        assert h["project_name"] and "满意度" in h["level3"]


def test_filters_alone_give_the_same_rows(out):
    with_text = S.search(out, S.Query(text="满意度", years=[2022], level1=["satisfaction"], ops=[">="],
                                      value_ge=90, units=["%"], limit=0))
    no_text = S.search(out, S.Query(years=[2022], level1=["satisfaction"], ops=[">="], value_ge=90,
                                    units=["%"], limit=0))
    assert keys(no_text) == keys(with_text)
    assert all(h["rank"] is None for h in no_text.hits)


def test_value_lt_with_unit(out):
    res = S.search(out, S.Query(value_lt=90, units=["%"], limit=0))
    expected = sql(out, "SELECT project_id, seq FROM indicators WHERE value < 90 AND unit = '%'")
    # and a rate written as a share (0.85 of a 满意度, no unit) as its percent (README; SCHEMA.md hits.value_pct)
    shares = sql(out, "SELECT project_id, seq FROM indicators WHERE unit IS NULL "
                      "AND regexp_matches(coalesce(nullif(level3, ''), level2), '率|满意度|满意程度|占比|比例|比重|百分比') "
                      "AND ((value >= 0 AND value < 1) OR (value = 1 AND (op IS NULL OR op IN ('=', '>=')))) "
                      "AND (value_max IS NULL OR value_max BETWEEN 0 AND 1) AND value * 100 < 90")
    assert expected and shares and keys(res) == set(expected) | set(shares)


def test_text_finds_every_indicator_that_contains_the_word(out):
    res = S.search(out, S.Query(text="预算执行率", kind="indicator", limit=0))
    expected = sql(out, "SELECT i.project_id, i.seq FROM indicators i LEFT JOIN projects p USING (project_id) "
                        "WHERE concat_ws(' ', i.level1, i.level2, i.level3, i.target_raw, i.note, p.name, "
                        "p.department, p.unit) LIKE '%预算执行率%'")
    assert expected and keys(res) == set(expected)


def test_a_shorter_word_inside_a_dictionary_word_is_found(out):
    res = S.search(out, S.Query(text="社会效益", kind="indicator", limit=0))
    names = sql(out, "SELECT project_id, seq FROM indicators WHERE level2 LIKE '%社会效益指标%'")
    assert names and set(names) <= keys(res)


def test_words_are_anded(out):
    both = S.search(out, S.Query(text="党员 满意度", limit=0))
    assert both.total >= 1
    for h in both.hits:
        text = " ".join(str(h.get(k) or "") for k in ("project_name", "level1", "level2", "level3", "target_raw",
                                                         "note", "goals", "department", "org"))
        assert "党员" in text and "满意度" in text


def test_ranking_puts_the_named_project_first(out):
    res = S.search(out, S.Query(text="党建经费", limit=0))
    pid = sql(out, "SELECT project_id FROM projects WHERE name = '党建经费'")[0][0]
    assert res.total == 16 and {h["project_id"] for h in res.hits} == {pid}
    res = S.search(out, S.Query(text="政府信息公开", limit=5))
    top = res.hits[0]
    assert "政府信息公开" in (top["project_name"] or "")
    scores = [h["rank"] for h in res.hits]
    assert scores == sorted(scores, reverse=True)


def test_a_match_in_the_indicator_name_outranks_one_in_the_project_name_only(out):
    res = S.search(out, S.Query(text="满意度", limit=0))
    first_plain = next(i for i, h in enumerate(res.hits) if "满意度" not in (h.get("level3") or ""))
    assert all("满意度" in (h.get("level3") or "") for h in res.hits[:first_plain])
    assert first_plain > 5


def test_has_warning(out):
    res = S.search(out, S.Query(warnings=["vague_target"], kind="indicator", limit=0))
    expected = sql(out, "SELECT DISTINCT i.project_id, i.seq FROM indicators i JOIN warnings w "
                        "ON w.project_id = i.project_id AND w.line = i.line WHERE w.code = 'vague_target'")
    assert expected and keys(res) == set(expected)
    proj = S.search(out, S.Query(warnings=["budget_sum_mismatch"], kind="project", limit=0))
    assert {h["project_id"] for h in proj.hits} == {r[0] for r in sql(
        out, "SELECT project_id FROM warnings WHERE code = 'budget_sum_mismatch'")}


def test_department_org_form_and_year_filters(out):
    res = S.search(out, S.Query(departments=["闵行区人民政府办公室"], kind="project", limit=0))
    assert res.total == 11
    res = S.search(out, S.Query(orgs=["市场监督管理局"], kind="project", limit=0))
    assert {h["project_name"] for h in res.hits} == {r[0] for r in sql(
        out, "SELECT name FROM projects WHERE unit LIKE '%市场监督管理局%'")}
    res = S.search(out, S.Query(forms=["self_eval"], limit=0))
    assert res.total and all(h["form"] == "self_eval" for h in res.hits)
    res = S.search(out, S.Query(years=[2019, 2020], kind="project", limit=0))
    assert {h["year"] for h in res.hits} == {2019, 2020}
    # a literal % in a substring filter is not a wildcard
    assert S.search(out, S.Query(departments=["%"], limit=0)).total == 0


def test_query_syntax_is_not_interpreted(out):
    for q in ('"', "满意度 OR", "AND", "*", "(", "NEAR(a b)", "a:b", "-", "满意度\""):
        S.search(out, S.Query(text=q))


def test_facets(out):
    con = S.connect(out)
    q = S.Query(text="满意度")
    f = S.facets(con, q)
    total = S.search(con, q).total
    assert sum(n for _, n in f["year"]) == total
    assert dict(f["level1"])["satisfaction"] == S.search(con, S.Query(text="满意度", level1=["satisfaction"])).total
    assert dict(f["warning"]).get("vague_target") == S.search(
        con, S.Query(text="满意度", warnings=["vague_target"])).total


def test_cli_outputs(out, capsys):
    args = ["满意度", "--year", "2022", "--level1", "satisfaction", "--op", ">=", "--value-ge", "90", "--unit", "%"]
    table = run(out, capsys, *args)
    assert "9 hits" in table and "samples/003_f4b4bf660a847d7d.txt line 32" in table and "党员职工满意度" in table
    data = json.loads(run(out, capsys, *args, "--format", "json"))
    assert data["total"] == 9 and len(data["hits"]) == 9 and data["words"] == ["满意度"]
    rows = list(csv.DictReader(io.StringIO(run(out, capsys, *args, "--format", "csv"))))
    assert len(rows) == 9 and {r["line"] for r in rows} >= {"32", "64"} and all(r["project_id"] for r in rows)
    assert len(list(csv.DictReader(io.StringIO(run(out, capsys, "", "-n", "3", "--format", "csv"))))) == 3


def test_stale_index_is_rebuilt(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(SAMPLES.glob("003_*.txt")), src)
    d = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1", "--no-index"]) == 0
    assert not (d / S.INDEX_FILE).exists()
    assert "党建经费" in run(d, capsys, "党建经费", "--kind", "project")     # built on demand
    shutil.copy(next(SAMPLES.glob("001_*.txt")), src)
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1", "--no-index"]) == 0
    assert not S.index_is_current(d)
    assert "上海市政府质量奖" in run(d, capsys, "质量奖", "--kind", "project")
    assert main(["index", str(d)]) == 0 and S.index_is_current(d)


def test_not_a_dataset(tmp_path, capsys):
    assert main(["search", str(tmp_path), "x"]) == 1
    assert "not a jixiao dataset" in capsys.readouterr().err


def test_substring_fallback_when_no_word_matches(out, capsys):
    # 政府办 is a jieba word, but 上海市闵行区人民政府办公室 is cut 人民政府 / 办公室
    res = S.search(out, S.Query(text="政府办", kind="indicator", limit=0))
    expected = sql(out, "SELECT i.project_id, i.seq FROM indicators i LEFT JOIN projects p USING (project_id) "
                        "WHERE concat_ws(' ', i.level1, i.level2, i.level3, i.target_raw, i.note, p.name, "
                        "p.department, p.unit) LIKE '%政府办%'")
    assert res.mode == "substring" and expected and keys(res) == set(expected)
    both = S.search(out, S.Query(text="政府办 满意度", kind="indicator", years=[2022], limit=0))
    assert both.mode == "substring" and 0 < both.total < res.total
    assert all("满意度" in (h["level3"] or "") + (h["level2"] or "") + (h["level1"] or "") for h in both.hits)
    assert S.search(out, S.Query(text="满意度")).mode == "words"
    assert S.search(out, S.Query(years=[2022])).mode == "filters"
    assert S.search(out, S.Query(text="不存在的词语组合")).total == 0
    con = S.connect(out)
    assert sum(n for _, n in S.facets(con, S.Query(text="政府办", kind="indicator"))["year"]) == res.total
    assert "matched as written" in run(out, capsys, "政府办", "--kind", "indicator", "-n", "2")


def test_extract_still_succeeds_when_the_index_cannot_be_built(tmp_path, monkeypatch, capsys):
    def boom(outdir):
        raise OSError("disk full")
    monkeypatch.setattr(S, "build_index", boom)
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(SAMPLES.glob("003_*.txt")), src)
    assert main(["extract", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1"]) == 0
    assert "search index not built (disk full)" in capsys.readouterr().err
    assert (tmp_path / "out" / "indicators.parquet").exists()


def test_a_dataset_partitioned_by_year_and_compacted(tmp_path, capsys):
    d = tmp_path / "out"
    assert main(["extract", str(SAMPLES), "-o", str(d), "-q", "-j", "1", "--partition-by", "year"]) == 0
    assert any((d / "indicators.parquet").glob("year=2022/*.parquet"))
    q = S.Query(text="满意度", years=[2022], level1=["satisfaction"], ops=[">="], value_ge=90, units=["%"])
    assert S.search(d, q).total == 9
    from jixiao import history as H
    from jixiao.web import App
    assert [c["year"] for c in H.lineups(d, "党建经费")[0].columns] == [2022]
    app = App(d)
    assert "党员职工满意度" in app.project_page("8727d210e43d80ba-1")
    assert main(["compact", str(d), "--partition-by", "none"]) == 0
    assert not S.index_is_current(d)                 # compaction is a new generation: rebuilt on use
    assert S.search(d, q).total == 9 and S.index_is_current(d)
    app.refresh()
    assert "党员职工满意度" in app.project_page("8727d210e43d80ba-1")


def test_the_index_grows_with_the_dataset_batch_by_batch(tmp_path):
    """A run that adds files adds their batch to the index (the hits already there keep their ids);
    the result is the one a rebuild from scratch gives; a compaction makes a rebuild."""
    import sqlite3

    src = tmp_path / "in"
    src.mkdir()
    files = sorted(SAMPLES.glob("*.txt"))
    for p in files[:3]:
        shutil.copy(p, src / p.name)
    d = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1"]) == 0

    def state():
        con = sqlite3.connect(d / S.INDEX_FILE)
        try:
            return ({b for (b,) in con.execute("SELECT batch FROM batches")},
                    con.execute("SELECT id, project_id, seq FROM hits ORDER BY id").fetchall(),
                    con.execute("SELECT value FROM meta WHERE key = 'built'").fetchone()[0])
        finally:
            con.close()
    batches1, hits1, _ = state()
    assert len(batches1) == 1 and hits1
    for p in files[3:]:
        shutil.copy(p, src / p.name)
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1"]) == 0
    batches2, hits2, _ = state()
    assert batches1 < batches2 and len(batches2) == 2
    assert hits2[:len(hits1)] == hits1 and len(hits2) > len(hits1)
    assert S.index_is_current(d)
    q = S.Query(text="满意度", years=[2022], level1=["satisfaction"], ops=[">="], value_ge=90, units=["%"])
    grown = keys(S.search(d, q))
    (d / S.INDEX_FILE).unlink()
    S.build_index(d)
    assert keys(S.search(d, q)) == grown and len(grown) == 9
    assert state()[1] == hits2                     # a rebuild gives the same hits, in the same order
    assert main(["compact", str(d)]) == 0
    assert not S.index_is_current(d)
    S.ensure_index(d)
    batches3, _, _ = state()
    assert batches3 and batches3.isdisjoint(batches2)
    assert keys(S.search(d, q)) == grown


def test_a_new_process_adding_a_batch_keeps_the_whole_query_dictionary(tmp_path):
    """qdict holds the jieba words of the whole index; a run that adds one small file (its process has read
    jieba's blocks of that file's characters only) still finds the frequencies of the earlier batches' words."""
    import sqlite3

    src = tmp_path / "in"
    src.mkdir()
    files = sorted(SAMPLES.glob("*.txt"), key=lambda p: p.stat().st_size)
    for p in files[1:]:
        shutil.copy(p, src / p.name)
    d = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1"]) == 0
    shutil.copy(files[0], src / files[0].name)
    S._tok = None                      # as a new process: no block of jieba's dictionary read yet
    S.segment.cache_clear()
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1"]) == 0

    def qdict():
        con = sqlite3.connect(d / S.INDEX_FILE)
        try:
            return con.execute("SELECT word, freq FROM qdict ORDER BY word").fetchall()
        finally:
            con.close()
    grown = qdict()
    (d / S.INDEX_FILE).unlink()
    S.build_index(d)
    assert grown == qdict() and len(grown) > 100


def test_a_repeated_value_filter_matches_any_of_its_values(out, capsys):
    def ids(*args):
        return {(h["project_id"], h["seq"]) for h in json.loads(run(out, capsys, "", "--format", "json", "-n", "0",
                                                                     *args))["hits"]}

    eq100, eq90 = ids("--value-eq", "100"), ids("--value-eq", "90")
    assert eq100 and eq90
    assert ids("--value-eq", "100", "--value-eq", "90") == eq100 | eq90
    assert ids("--value-ge", "90", "--value-lt", "95", "--value-lt", "100") == ids("--value-ge", "90", "--value-lt", "100")
    assert keys(S.search(out, S.Query(value_eq=[100, 90], limit=0))) == eq100 | eq90


def test_an_unknown_warning_code_is_an_error(out, capsys):
    assert main(["search", str(out), "", "--has-warning", "nonexistent_code"]) == 2
    err = capsys.readouterr().err
    assert "unknown warning code(s) nonexistent_code" in err and "vague_target" in err and "unparsed_row" in err
    assert main(["search", str(out), "", "--has-warning", "vague_target"]) == 0


def test_parse_codes_are_every_code_the_readers_emit():
    from tests.test_docs import emitted_warning_codes
    assert emitted_warning_codes() <= set(S.PARSE_CODES) | set(S.known_codes())


def test_a_chinese_query_finds_every_hit_holding_it(out):
    """管理制度 sits inside longer words of the samples (财务管理制度健全性 …), which the index cut otherwise: its words
    found 1 of the 12 hits that hold it. Every hit holding the query as written comes too, after the ranked ones."""
    res = S.search(out, S.Query(text="管理制度", limit=0))
    held = sql(out, "SELECT count(*) FROM indicators i LEFT JOIN projects p USING (project_id) "
                    "WHERE concat_ws(' ', i.level1, i.level2, i.level3, i.target_raw, i.note, p.name, "
                    "p.department, p.unit) LIKE '%管理制度%'")[0][0]
    held += sql(out, "SELECT count(*) FROM projects WHERE concat_ws(' ', name, department, unit, goal_annual, "
                     "goal_total) LIKE '%管理制度%'")[0][0]
    assert res.mode == "words" and res.total >= held >= 12
    ranked = [h["rank"] is not None for h in res.hits]
    assert ranked[0] and ranked == sorted(ranked, reverse=True)          # (the words' hits first)
    assert all("管理制度" in "".join(str(h.get(k) or "") for k in S.SEARCHED_COLUMNS) for h in res.hits
               if h["rank"] is None)


def test_a_query_of_no_word_is_matched_as_written(out):
    """`%` or `，。！？` hold no word: they are matched as written, not taken for no text (every hit listed)."""
    res = S.search(out, S.Query(text="%", limit=0))
    everything = S.search(out, S.Query(limit=0)).total
    assert res.mode == "substring" and 0 < res.total < everything and "no word" in res.note
    assert all("%" in "".join(str(h.get(k) or "") for k in S.SEARCHED_COLUMNS) for h in res.hits)
    assert S.search(out, S.Query(text="，。！？")).total == 0


def test_a_filter_that_empties_the_words_hits_says_nothing_of_the_words(out, capsys):
    """满意度 --year 2030: no hit, and no claim that no hit has the words (they have many)."""
    res = S.search(out, S.Query(text="满意度", years=[2030]))
    assert res.total == 0 and res.mode == "words" and res.note == ""
    assert "no hit has these words" not in run(out, capsys, "满意度", "--year", "2030")


def test_csv_and_json_write_every_hit_unless_limited(out, capsys):
    """The table prints 50 hits by default; `--format csv` / `json` write them all (they stopped at 50, silently),
    and a limit that cuts the csv is said on stderr."""
    total = S.search(out, S.Query()).total
    assert total > 50
    assert len(list(csv.DictReader(io.StringIO(run(out, capsys, "", "--format", "csv"))))) == total
    assert len(json.loads(run(out, capsys, "", "--format", "json"))["hits"]) == total
    assert main(["search", str(out), "", "--format", "csv", "-n", "10"]) == 0
    cap = capsys.readouterr()
    assert len(list(csv.DictReader(io.StringIO(cap.out)))) == 10 and f"10 of {total} hits written" in cap.err
    assert f"{total} hits, 50 shown" in run(out, capsys, "")


def test_a_pdfs_warnings_reach_only_their_indicators(tmp_path):
    """A PDF's indicators have a page and no line: a warning about one of them (vague_target) is tied to it by its
    `indicator_seq`, not given to every indicator of its page (tests/fixtures/pdf/001_*: 30 vague targets among 87
    indicators on 9 pages — `--has-warning vague_target` listed far more)."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "pdf" / "001_8fa2eebab90b1003.pdf", src)
    d = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1"]) == 0
    vague = sql(d, "SELECT project_id, indicator_seq FROM warnings WHERE code = 'vague_target'")
    assert len(vague) == 30 and all(seq is not None for _, seq in vague)
    res = S.search(d, S.Query(warnings=["vague_target"], kind="indicator", limit=0))
    assert keys(res) == set(vague)
    assert all("vague_target" in (h["warnings"] or "") for h in res.hits)
