"""Real documents about budgets that hold no performance form must give no forms (../shared/negatives)."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file

NEG = Path(__file__).resolve().parent.parent.parent / "shared" / "negatives"
FILES = sorted(p for p in NEG.glob("*") if p.suffix.lower() in (".pdf", ".txt")) if NEG.exists() else []


@pytest.mark.skipif(not FILES, reason="../shared/negatives not beside the checkout")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_negative_gives_no_forms(path):
    res = process_file(path)
    d = res.document
    assert d["status"] == "ok", d["error"]
    assert d["n_projects"] == 0 and not res.tables["indicators"] and not res.tables["budget_items"]
    assert not res.tables["assessment_items"] and not res.tables["scores"]
    assert d["layout"] == "unknown"
    if path.suffix.lower() == ".pdf":
        assert d["format"] == "pdf" and d["pages"] and d["pages"] > 1
