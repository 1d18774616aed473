"""Speed sp3 (session 53): `detect_layout(all_scores=False)`, as the pipeline asks it, leaves a layout whose
`max_score` is below a score already found unasked (packed_list's detect gives 0.9 or 0.0: after a named layout
scoring 1.0 it could not win). Kept: the parser and the score chosen are those of asking every layout, ties included
(the registry's order); `all_scores=True` (the default, `jixiao explain`'s) still asks every layout.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import extract_file
from parsers import registry
from parsers.registry import LayoutParser

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "samples").glob("*.txt")) + [
    ROOT / "tests" / "fixtures" / "review" / n for n in (
        "am_huangshan_packed_indicator_list.txt", "bs_l_packed_list_wanyuan.txt",
        "ct_s35_cn_target_list_dept_headings.txt", "bm_r33_fund_list_table.txt")]


def _ex(path: Path):
    return extract_file(str(path), path.read_bytes(), "x")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_winner_is_that_of_asking_every_layout(path):
    full = registry.detect_layout(_ex(path))
    quick = registry.detect_layout(_ex(path), all_scores=False)
    assert (quick[0], quick[1]) == (full[0], full[1])
    assert all(full[2][k] == v for k, v in quick[2].items())
    assert set(full[2]) == set(registry._REGISTRY)


def test_a_capped_layout_below_a_score_found_is_not_asked(monkeypatch):
    asked = []

    class Capped(LayoutParser):
        id = "zz_capped"
        max_score = 0.5

        def detect(self, doc):
            asked.append(doc)
            return 0.5

    path = ROOT / "samples" / "003_f4b4bf660a847d7d.txt"
    monkeypatch.setitem(registry._REGISTRY, "zz_capped", Capped())
    parser, score, scores = registry.detect_layout(_ex(path), all_scores=False)
    assert score > 0.5 and "zz_capped" not in scores and not asked
    parser2, score2, scores2 = registry.detect_layout(_ex(path))
    assert (parser2, score2) == (parser, score) and scores2["zz_capped"] == 0.5 and len(asked) == 1
