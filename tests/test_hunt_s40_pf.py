"""Session 40, hunt pf (issue #2, speed): the search index built from the dataset's columns.

`jixiao extract` builds OUTDIR/search.sqlite from the dataset it wrote (jixiao.search.build_index). On main
(a3c1665b) a batch's rows were read back as one dict a row (`to_pylist`) and each hit was made by some forty dict
look-ups (its indicator's fields, its project's, its document's), then sliced and glued again for the hits row;
its searched text was lowered by a translate table over every character. Over the bench's archive
(bench/bench_txt.py: 690 files, 41,952 hits) that was 3,199,902 Python function calls (cProfile, the jieba cuts
already made); now 1,126,260: a batch is read column by column, the columns are zipped into the hits' rows, a
project's fields are looked up once for its indicators, the runs of ASCII capitals are lowered. The index is the
same (hits, hit_warnings, qdict and every FTS instance equal on the bench's archive and on 1,346 review fixtures).

The first tests write a small dataset whose rows hold what the hits are made of (a project named by full-width
letters, an indicator of no project, warnings by indicator seq, by line and by project only, a rate written as a
share, capitals outside ASCII) and check each hit field by field, as worked out by hand.
"""
from __future__ import annotations

import cProfile
import pstats
import sqlite3

import pytest

from jixiao import search as S
from jixiao.dataset import write_dataset


def _rows() -> dict[str, list[dict]]:
    docs = [{"doc_id": "d1", "path": "县水利局/2024年绩效目标表.txt", "format": "txt", "status": "ok"}]
    projects = [{"project_id": "d1-1", "doc_id": "d1", "form": "target", "year": 2024,
                 "name": "城区供水管网改造（ＷＳ）", "department": "县水利局", "unit": "县供水公司",
                 "goal_total": "完成管网改造12公里", "goal_annual": None, "line": 3,
                 "project_code": "WS-2024-07", "budget_total": 1200000.0}]
    indicators = [
        {"project_id": "d1-1", "doc_id": "d1", "seq": 1, "level1": "产出指标", "level1_std": "output",
         "level2": "质量指标", "level3": "管网验收合格率", "target_raw": "≥95%", "op": ">=", "value": 95.0,
         "unit": "%", "line": 8},
        {"project_id": "d1-1", "doc_id": "d1", "seq": 2, "level1": "满意度指标", "level1_std": "satisfaction",
         "level2": "服务对象满意度指标", "level3": "群众满意度", "target_raw": "0.9", "op": ">=", "value": 0.9,
         "note": "ÉTÉ CPI", "line": 9},
        # (an indicator whose project is not in the dataset: no project's fields, its own document's path)
        {"project_id": "d1-9", "doc_id": "d1", "seq": 1, "level1": "产出指标", "level1_std": "output",
         "level2": "数量指标", "level3": "培训人次", "target_raw": "500人次", "op": "=", "value": 500.0,
         "unit": "人次", "line": 20},
    ]
    warnings = [
        {"doc_id": "d1", "project_id": "d1-1", "indicator_seq": 2, "line": 9, "code": "vague_target",
         "message": "m"},
        {"doc_id": "d1", "project_id": "d1-1", "line": 8, "code": "rate_target_over_100", "message": "m"},
        {"doc_id": "d1", "project_id": "d1-1", "code": "budget_sum_mismatch", "message": "m"},
        {"doc_id": "d1", "project_id": None, "line": 1, "code": "encoding_guessed", "message": "m"},
    ]
    return {"documents": docs, "projects": projects, "indicators": indicators, "warnings": warnings}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    d = tmp_path_factory.mktemp("pf_index")
    write_dataset(_rows(), d)
    con = sqlite3.connect(S.build_index(d))
    con.row_factory = sqlite3.Row
    yield con
    con.close()


def test_a_project_hit_field_by_field(index):
    h = dict(index.execute("SELECT * FROM hits WHERE id = 1").fetchone())
    assert h == {
        "id": 1, "kind": "project", "project_id": "d1-1", "seq": None, "year": 2024, "form": "target",
        "department": "县水利局", "org": "县供水公司", "project_name": "城区供水管网改造（ＷＳ）",
        "level1": None, "level1_std": None, "level2": None, "level3": None, "target_raw": None, "op": None,
        "value": None, "value_max": None, "unit": None, "note": None, "goals": "完成管网改造12公里",
        "path": "县水利局/2024年绩效目标表.txt", "format": "txt", "doc_id": "d1", "page": None, "line": 3,
        # (every warning of the project, sorted)
        "warnings": "budget_sum_mismatch rate_target_over_100 vague_target",
        # (its searched columns one a line, full-width letters folded, ASCII lowered; then its code, lowered)
        "text": "城区供水管网改造(ws)\n\n\n\n\n\n完成管网改造12公里\n县水利局\n县供水公司\nws-2024-07",
        "value_pct": None, "project_code": "WS-2024-07", "budget": 1200000.0}


def test_indicator_hits_field_by_field(index):
    rows = [dict(r) for r in index.execute("SELECT * FROM hits WHERE kind = 'indicator' ORDER BY id")]
    assert [r["id"] for r in rows] == [2, 3, 4]
    first, second, orphan = rows
    assert first == {
        "id": 2, "kind": "indicator", "project_id": "d1-1", "seq": 1, "year": 2024, "form": "target",
        "department": "县水利局", "org": "县供水公司", "project_name": "城区供水管网改造（ＷＳ）",
        "level1": "产出指标", "level1_std": "output", "level2": "质量指标", "level3": "管网验收合格率",
        "target_raw": "≥95%", "op": ">=", "value": 95.0, "value_max": None, "unit": "%", "note": None, "goals": None,
        "path": "县水利局/2024年绩效目标表.txt", "format": "txt", "doc_id": "d1", "page": None, "line": 8,
        "warnings": "rate_target_over_100",          # (the warning on its line)
        "text": "城区供水管网改造(ws)\n产出指标\n质量指标\n管网验收合格率\n≥95%\n\n\n县水利局\n县供水公司",
        "value_pct": 95.0, "project_code": "WS-2024-07", "budget": None}
    # a rate written as a share: its percent; its warning by seq; capitals outside ASCII left as SQLite's lower() does
    assert (second["warnings"], second["value_pct"], second["unit"]) == ("vague_target", 90.0, None)
    assert second["text"] == ("城区供水管网改造(ws)\n满意度指标\n服务对象满意度指标\n群众满意度\n0.9\nÉtÉ cpi\n\n"
                              "县水利局\n县供水公司")
    # no project of its own in the dataset: no project's fields, its document's path, no warning
    assert {k: orphan[k] for k in ("project_id", "year", "form", "department", "org", "project_name", "path",
                                   "doc_id", "warnings", "value_pct", "project_code", "budget")} == {
        "project_id": "d1-9", "year": None, "form": None, "department": None, "org": None, "project_name": None,
        "path": "县水利局/2024年绩效目标表.txt", "doc_id": "d1", "warnings": None, "value_pct": None,
        "project_code": None, "budget": None}
    assert orphan["text"] == "\n产出指标\n数量指标\n培训人次\n500人次\n\n\n\n"


def test_hit_warnings_and_words(index):
    assert [tuple(r) for r in index.execute("SELECT id, code FROM hit_warnings ORDER BY id, code")] == [
        (1, "budget_sum_mismatch"), (1, "rate_target_over_100"), (1, "vague_target"), (2, "rate_target_over_100"),
        (3, "vague_target")]

    def found(word: str) -> set[int]:
        return {r for (r,) in index.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (f'"{word}"',))}

    assert found("ws") == {1, 2, 3}           # the project's name (and code) on its hits, not on the orphan
    assert found("2024") == {1}               # its code, on the project's hit only
    assert found("满意度") == {3}
    assert found("公司") == {1, 2, 3}          # (the org column: 县供水公司 cut 县 供水 公司)
    assert found("培训") == {4}


def test_the_index_costs_few_calls_a_hit(tmp_path):
    # main: 81 Python calls a hit over this batch of 60 projects and 1,200 indicators (the dataset read back as a
    # dict a row, some forty look-ups a hit); now 35, the whole build counted (reading the parts, the query
    # dictionary). (The jieba cuts are made by a first build, not counted.)
    base = _rows()
    rows: dict[str, list[dict]] = {"documents": base["documents"], "projects": [], "indicators": [], "warnings": []}
    for k in range(60):
        rows["projects"].append({**base["projects"][0], "project_id": f"d1-{k}", "line": 3 + k})
        for s in range(20):
            rows["indicators"].append({**base["indicators"][s % 2], "project_id": f"d1-{k}", "seq": s + 1,
                                       "line": 100 + s})
        rows["warnings"].append({**base["warnings"][0], "project_id": f"d1-{k}"})
    write_dataset(rows, tmp_path)
    S.build_index(tmp_path)
    (tmp_path / S.INDEX_FILE).unlink()
    pr = cProfile.Profile()
    pr.enable()
    S.build_index(tmp_path)
    pr.disable()
    hits = 60 + 60 * 20
    per_hit = pstats.Stats(pr).total_calls / hits
    assert per_hit < 50, per_hit
