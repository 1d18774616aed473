"""One cell per line (a web page's table copied as text): the same records as the tab dump it was made from.

Each input is a tab dump of the repository (a sample or a fixture) written again with every non-empty cell on a
line of its own, the empty cells dropped (what a page's text holds); the records must equal the tab dump's, but
for their line numbers.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
_SKIP = {"line", "doc_id", "project_id", "page"}


def one_per_line(src: Path, dst: Path) -> Path:
    """Write src's cells one per line to dst (blank cells and lines dropped)."""
    cells = [c.strip() for ln in src.read_text(encoding="utf-8").split("\n") for c in ln.split("\t") if c.strip()]
    dst.write_text("\n".join(cells) + "\n", encoding="utf-8")
    return dst


def _records(path: Path, table: str) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in _SKIP} for r in process_file(str(path)).tables[table]]


@pytest.mark.parametrize("src", [
    next((ROOT / "samples").glob("002_*.txt")),                  # 浦江: 一 / 组织领导 / 1、… / 2分 / …; 五 / 扣分项
    ROOT / "tests/fixtures/review/v_extra_sections.txt",       # 扣分项 / 加分项 headings of no number
], ids=lambda p: p.name[:20])
def test_assessment_items_one_cell_per_line(tmp_path, src):
    """An assessment table one cell per line: its rows put back from the section numbers, the numbered items, their
    points and the texts after them (the merged section cells left out of the rows under a section's first)."""
    got = process_file(str(one_per_line(src, tmp_path / src.name)))
    assert "text_single_cells" in [w["code"] for w in got.tables["warnings"]]
    want = _records(src, "assessment_items")
    assert len(want) >= 7
    assert [{k: v for k, v in r.items() if k not in _SKIP} for r in got.tables["assessment_items"]] == want


def test_two_head_budget_table_one_cell_per_line(tmp_path):
    """Sample 001 one cell per line: `子项目名称` / `预算金额（元）` over the block label 项目当年投入资金构成 and name /
    amount pairs: the budget lines (none was read)."""
    src = next((ROOT / "samples").glob("001_*.txt"))
    got = process_file(str(one_per_line(src, tmp_path / src.name))).tables["budget_items"]
    want = process_file(str(src)).tables["budget_items"]
    pairs = lambda rows: [(r["name"], r["amount"]) for r in rows]     # noqa: E731
    assert pairs(got)[:2] == pairs(want)[:2] == [("专利一般资助", 90_250_000), ("专利专项资助", 79_750_000)]
    assert len(set(pairs(got)) & set(pairs(want))) >= 22
