"""Every sample's output, table by table and column by column, against its reviewed golden CSV."""
from __future__ import annotations

import csv
import io

import pytest

from tests.golden_tool import GOLDEN, TABLES, sample_tables, samples


@pytest.fixture(scope="module", params=[s.name for s in samples()])
def produced(request):
    path = next(s for s in samples() if s.name == request.param)
    return path, sample_tables(path)


@pytest.mark.parametrize("table", TABLES)
def test_table_matches_golden(produced, table):
    path, tables = produced
    golden = GOLDEN / path.stem / f"{table}.csv"
    assert golden.exists(), f"missing golden file {golden}: run `make golden` and review it"
    want = list(csv.reader(io.StringIO(golden.read_text(encoding="utf-8"))))
    got = tables[table]
    assert got[0] == want[0], f"{table}: columns differ"
    cols = want[0]
    problems = []
    for i, (g, w) in enumerate(zip(got[1:], want[1:]), 1):
        for c, gv, wv in zip(cols, g, w):
            if gv != wv:
                problems.append(f"row {i} {c}: got {gv!r}, golden {wv!r}")
    assert len(got) == len(want), f"{table}: {len(got) - 1} rows, golden has {len(want) - 1}; first differences: {problems[:5]}"
    assert not problems, f"{table}: {len(problems)} cells differ: " + "; ".join(problems[:10])
