"""The same form read from two formats must give the same records (cross-format tests).

Compared: every column of projects, indicators, budget_items, scores,
assessment_items and safeguards except provenance (doc_id, project_id, page,
line), strings without whitespace (wrapped lines, HTML paragraphs), and the
warning codes.
"""
from __future__ import annotations

import re

PROVENANCE = frozenset({"doc_id", "project_id", "page", "line"})
TABLES = ("projects", "indicators", "budget_items", "scores", "assessment_items", "safeguards")


def norm(v):
    return re.sub(r"\s+", "", v) if isinstance(v, str) else v


def assert_same_records(ref, got, label: str) -> None:
    """Given two FileResults of the same form, fail with the first differing cell."""
    assert got.document["status"] in ("ok", "partial"), got.document["error"]
    assert got.document["layout"] == ref.document["layout"], label
    for table in TABLES:
        a, b = ref.tables[table], got.tables[table]
        assert len(a) == len(b), f"{label} {table}: {len(a)} rows from the dump, {len(b)} from the other format"
        for i, (x, y) in enumerate(zip(a, b)):
            for k in x:
                if k not in PROVENANCE:
                    assert norm(x[k]) == norm(y[k]), f"{label} {table} row {i} {k}: dump {x[k]!r}, other {y[k]!r}"
    assert sorted(w["code"] for w in ref.tables["warnings"]) == sorted(w["code"] for w in got.tables["warnings"])
