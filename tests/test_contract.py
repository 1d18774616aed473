"""Contract checks on every sample and every layout: columns, nulls, provenance, ids."""
from __future__ import annotations

import re

import pytest

from jixiao.pipeline import process_file
from jixiao.schema import columns
from tests.golden_tool import samples


@pytest.fixture(scope="module", params=[s.name for s in samples()])
def result(request):
    return process_file(next(s for s in samples() if s.name == request.param))


def test_rows_have_exactly_the_schema_columns(result):
    assert set(result.document) == set(columns("documents"))
    for table, rows in result.tables.items():
        for r in rows:
            assert set(r) == set(columns(table)), table


def test_no_empty_strings(result):
    for table, rows in list(result.tables.items()) + [("documents", [result.document])]:
        for r in rows:
            for k, v in r.items():
                assert v != "", f"{table}.{k} is '' (must be null)"
                if isinstance(v, list):
                    assert "" not in v


def test_provenance_on_every_row(result):
    doc_id = result.document["doc_id"]
    assert re.fullmatch(r"[0-9a-f]{64}", doc_id)
    for table, rows in result.tables.items():
        for r in rows:
            assert r["doc_id"] == doc_id
            if table != "warnings":
                assert r["line"] is not None and r["page"] is None, f"{table} row without line: {r}"


def test_project_ids_and_seq(result):
    doc_id = result.document["doc_id"]
    pids = [p["project_id"] for p in result.tables["projects"]]
    assert pids == [f"{doc_id[:16]}-{k}" for k in range(1, len(pids) + 1)]
    for table in ("indicators", "budget_items", "scores", "safeguards"):
        by = {}
        for r in result.tables[table]:
            assert r["project_id"] in pids
            by.setdefault(r["project_id"], []).append(r["seq"])
        for seqs in by.values():
            assert seqs == list(range(1, len(seqs) + 1))


def test_document_counts_agree(result):
    d, t = result.document, result.tables
    assert d["status"] in ("ok", "partial")
    assert d["n_projects"] == len(t["projects"])
    assert d["n_indicators"] == len(t["indicators"])
    assert d["n_warnings"] == len(t["warnings"])
    assert d["layout"] != "unknown"


def test_indicator_values_are_consistent(result):
    for r in result.tables["indicators"]:
        assert r["level1_std"] in (None, "input", "output", "outcome", "impact", "satisfaction")
        if r["value"] is not None:
            assert r["op"] is not None and r["target_text"] is None
        if r["op"] == "range":
            assert r["value_max"] is not None and r["value"] <= r["value_max"]
        assert isinstance(r["core"], bool)
