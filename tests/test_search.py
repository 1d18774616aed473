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


# --------------------------------------------------------------------------
# Projects searched by their indicators (--kind project with --level1, --op, --unit, --value-*)
# --------------------------------------------------------------------------

def _form(year: int, name: str, department: str, unit: str, indicators: list[tuple[str, str, str, str]]) -> str:
    """A 绩效目标申报表 as a text dump (the layout of samples/003_*), its indicators (level1, level2, level3, target)."""
    rows = ["财政项目支出绩效目标申报表", "", f"({year}年度)", "",
            f"项目名称\t{name}\t项目类别\t经常性项目\t",
            f"主管部门\t{department}\t实施单位\t{unit}\t",
            f"计划开始日期\t{year}-01-01\t计划完成日期\t{year}-12-31\t",
            "项目资金\t项目资金总额\t100,000\t年度资金申请总额\t100,000",
            "\t其中：财政资金\t100,000\t其中：当年财政拨款\t",
            "项目绩效目标\t项目总目标\t\t年度总目标\t", "\t(年 - 年)\t\t\t", f"\t\t\t{name}按期完成。\t",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值"]
    last1 = last2 = None
    for l1, l2, l3, target in indicators:
        rows.append("\t" + ("" if l1 == last1 else l1) + "\t" + ("" if l2 == last2 else l2) + f"\t{l3}\t{target}")
        last1, last2 = l1, l2
    return "\n".join(rows) + "\n\n"


def write_project_forms(folder: Path) -> None:
    """Two files: four projects of 2022 and one of 2021 whose satisfaction targets an auditor asks about.

    社区养老服务 2022 (服务对象满意度 >=85%), 图书购置 (读者满意度 >=80%, 职工满意度 >=88%), 垃圾分类宣传 (群众满意度
    ≥0.85: a share, 85%) and 社区养老服务 2021 (>=80%) set satisfaction below 90%; 道路养护 sets it at >=95% and has
    another indicator of value 80 (道路完好率 >=80%, an output): no indicator of it is satisfaction below 90."""
    folder.mkdir(parents=True, exist_ok=True)
    sat = ("满意度指标", "服务对象满意度指标")
    (folder / "forms_2022.txt").write_text(
        _form(2022, "社区养老服务", "上海市闵行区民政局", "闵行区养老服务中心", [
            ("产出指标", "数量指标", "服务老人数", ">=500人"), ("产出指标", "质量指标", "服务覆盖率", "100%"),
            (*sat, "服务对象满意度", ">=85%")])
        + _form(2022, "道路养护", "上海市闵行区建设和管理委员会", "闵行区道路养护所", [
            ("产出指标", "质量指标", "道路完好率", ">=80%"), (*sat, "市民满意度", ">=95%")])
        + _form(2022, "图书购置", "上海市闵行区文化旅游局", "闵行区图书馆", [
            ("产出指标", "数量指标", "购置图书数", ">=2000册"), (*sat, "读者满意度", ">=80%"),
            (*sat, "职工满意度", ">=88%")])
        + _form(2022, "垃圾分类宣传", "上海市闵行区绿化和市容管理局", "闵行区市容环境卫生管理所", [
            ("产出指标", "数量指标", "宣传活动次数", ">=12次"), (*sat, "群众满意度", "≥0.85")]),
        encoding="utf-8")
    (folder / "forms_2021.txt").write_text(
        _form(2021, "社区养老服务", "上海市闵行区民政局", "闵行区养老服务中心", [
            ("产出指标", "数量指标", "服务老人数", ">=450人"), (*sat, "服务对象满意度", ">=80%")]),
        encoding="utf-8")


@pytest.fixture(scope="module")
def proj_out(tmp_path_factory):
    src = tmp_path_factory.mktemp("projsearch") / "in"
    write_project_forms(src)
    d = src.parent / "out"
    assert main(["extract", str(src), "-o", str(d), "-q", "-j", "1"]) == 0
    return d


SAT_BELOW_90 = dict(kind="project", level1=["satisfaction"], value_lt=90, limit=0)


def projects(res: S.Result) -> list[tuple]:
    return sorted((h["year"], h["project_name"]) for h in res.hits)


def test_projects_with_an_indicator_matching_the_indicator_filters(proj_out):
    """`--kind project --level1 satisfaction --value-lt 90` was a usage error: it lists the projects that set
    satisfaction below 90%, each once (图书购置 has two such indicators), with the indicators that matched."""
    res = S.search(proj_out, S.Query(**SAT_BELOW_90))
    assert projects(res) == [(2021, "社区养老服务"), (2022, "图书购置"), (2022, "垃圾分类宣传"), (2022, "社区养老服务")]
    assert res.total == 4 and res.matched_total == 5 and res.mode == "filters"
    assert all(h["kind"] == "project" and h["seq"] is None for h in res.hits)
    assert len({h["project_id"] for h in res.hits}) == 4
    by_name = {(h["year"], h["project_name"]): h for h in res.hits}
    books = by_name[(2022, "图书购置")]
    assert books["matched_count"] == 2
    assert [(i["level3"], i["target_raw"], i["value_pct"]) for i in books["matched_indicators"]] == [
        ("读者满意度", ">=80%", 80.0), ("职工满意度", ">=88%", 88.0)]
    assert all(i["level1_std"] == "satisfaction" and i["line"] and i["location"] == f"line {i['line']}"
               for i in books["matched_indicators"])
    share = by_name[(2022, "垃圾分类宣传")]["matched_indicators"]        # 0.85, no unit: 85%
    assert [(i["level3"], i["value"], i["value_pct"]) for i in share] == [("群众满意度", 0.85, 85.0)]
    # the filters without --kind still list the indicators
    ind = S.search(proj_out, S.Query(level1=["satisfaction"], value_lt=90, limit=0))
    assert ind.total == 5 and {h["kind"] for h in ind.hits} == {"indicator"} and ind.matched_total is None
    assert "matched_indicators" not in ind.hits[0]


def test_the_same_indicator_must_match_every_indicator_filter(proj_out):
    """道路养护 has a satisfaction indicator (市民满意度 >=95%) and an indicator of value 80 (道路完好率, an output): it
    is not a project that set satisfaction below 90."""
    assert "道路养护" not in {h["project_name"] for h in S.search(proj_out, S.Query(**SAT_BELOW_90)).hits}
    assert "道路养护" in {h["project_name"] for h in S.search(proj_out, S.Query(
        kind="project", level1=["satisfaction"], limit=0)).hits}
    assert "道路养护" in {h["project_name"] for h in S.search(proj_out, S.Query(
        kind="project", value_lt=90, units=["%"], limit=0)).hits}
    road = S.search(proj_out, S.Query(kind="project", level1=["output"], value_lt=90, units=["%"], limit=0))
    assert projects(road) == [(2022, "道路养护")]
    assert [i["level3"] for i in road.hits[0]["matched_indicators"]] == ["道路完好率"]
    # every filter on the one indicator: a range of values, an op, a unit
    assert projects(S.search(proj_out, S.Query(kind="project", level1=["satisfaction"], value_ge=85, value_lt=90,
                                               limit=0))) == [(2022, "图书购置"), (2022, "垃圾分类宣传"),
                                                              (2022, "社区养老服务")]
    assert projects(S.search(proj_out, S.Query(kind="project", level1=["satisfaction"], value_gt=90, ops=[">="],
                                               units=["%"], limit=0))) == [(2022, "道路养护")]
    assert S.search(proj_out, S.Query(kind="project", level1=["input"], value_lt=90)).total == 0


def test_projects_by_their_indicators_under_the_other_filters(proj_out):
    """Year, department, unit, form and the query text apply to the project."""
    def names(**kw):
        return projects(S.search(proj_out, S.Query(**{**SAT_BELOW_90, **kw})))
    assert names(years=[2022]) == [(2022, "图书购置"), (2022, "垃圾分类宣传"), (2022, "社区养老服务")]
    assert names(years=[2021]) == [(2021, "社区养老服务")]
    assert names(years=[2020]) == []
    assert names(departments=["民政局"]) == [(2021, "社区养老服务"), (2022, "社区养老服务")]
    assert names(orgs=["图书馆"]) == [(2022, "图书购置")]
    assert names(forms=["self_eval"]) == []
    assert names(text="养老", years=[2022]) == [(2022, "社区养老服务")]
    assert names(text="满意度") == []               # (the text is the project's: its name, goals, department)
    res = S.search(proj_out, S.Query(**{**SAT_BELOW_90, "years": [2022], "limit": 2}))
    assert res.total == 3 and len(res.hits) == 2 and res.matched_total == 4
    con = S.connect(proj_out)
    f = S.facets(con, S.Query(**SAT_BELOW_90))
    assert dict(f["year"]) == {2022: 3, 2021: 1} and dict(f["level1"]) == {"satisfaction": 4}


def test_projects_by_their_indicators_in_the_table_json_and_csv(proj_out, capsys):
    args = ["", "--kind", "project", "--year", "2022", "--level1", "satisfaction", "--value-lt", "90"]
    data = json.loads(run(proj_out, capsys, *args, "--format", "json"))
    assert data["total"] == 3 and data["matched_total"] == 4
    assert data["query"] == {"year": [2022], "level1": ["satisfaction"], "value_lt": [90.0], "kind": "project"}
    books = next(h for h in data["hits"] if h["project_name"] == "图书购置")
    assert books["matched_count"] == 2 and [i["level3"] for i in books["matched_indicators"]] == ["读者满意度", "职工满意度"]
    first = books["matched_indicators"][0]
    assert set(first) == set(S.MATCHED_INDICATOR_FIELDS)

    table = run(proj_out, capsys, *args)
    lines = table.splitlines()
    assert lines[0].split() == ["score", "year", "project_id", "project", "indicator", "target", "where"]
    row = next(x for x in lines if "图书购置" in x)
    assert "读者满意度 (+1)" in row and ">=80%" in row and row.endswith(f"forms_2022.txt line {first['line']}")
    assert "(project)" not in table and "道路养护" not in table
    assert lines[-1].startswith("3 hits; each a project with an indicator matching all the indicator filters (4 such")

    rows = list(csv.DictReader(io.StringIO(run(proj_out, capsys, *args, "--format", "csv"))))
    assert list(rows[0]) == list(S.HIT_FIELDS) + ["rank", "matched_count", "matched_indicators"]
    got = {r["project_name"]: (r["matched_count"], r["matched_indicators"]) for r in rows}
    assert got["图书购置"] == ("2", f"读者满意度: >=80% (line {first['line']}); "
                                   f"职工满意度: >=88% (line {books['matched_indicators'][1]['line']})")
    assert got["垃圾分类宣传"][1].startswith("群众满意度: ≥0.85 [85%] (line ")
    assert all(r["kind"] == "project" and r["path"].endswith("forms_2022.txt") for r in rows)
    # without --kind project the columns are as they were
    plain = list(csv.DictReader(io.StringIO(run(proj_out, capsys, "", "--level1", "satisfaction", "--format", "csv"))))
    assert list(plain[0]) == list(S.HIT_FIELDS) + ["rank"]
