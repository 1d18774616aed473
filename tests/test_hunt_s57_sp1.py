"""Hunt sp1 (session 57): speed on the text path, no output changed. No fixtures: the samples and the review fixtures
are the inputs; each short cut is checked against the code it replaced (copied here as it was) and guarded by a count
of Python calls (cProfile's, deterministic), so a change that brings the old work back fails.

Decided (each its own commit):
- layouts.base.profile reads a row's cells and length once and its cached header in place (the same Profile);
- pipeline._cut_space_runs measures a grid's (and the lines') longest text in one C pass (max over map(len, ...))
  and walks its cells only when one is longer than SPACE_RUN_MAX (the same texts cut, the same warnings);
- extract.txt._join_seal_lines passes a line that starts no run of two short lines at once (a tab row: no len
  and strip asked of it again);
- parsers.core._lookup (a label key's column) is memoised: a pure function of its key, the indexes built once at
  import.
Kept: every reading (the snapshot against the base: no file differs but the .lnk shortcut).
"""
from __future__ import annotations

import cProfile
import glob
import os
import pstats
import random
from pathlib import Path

import pytest

from extract.grid import Cell, Extracted, Grid, TextLine
from extract.txt import _OFFICE_END, _SIGN_LABEL, _join_seal_lines
from jixiao import pipeline
from jixiao.pipeline import SPACE_RUN_MAX, _cut_space_runs, extract_file
from parsers import core
from parsers.core import FIELD_INDEX, detect_header, document_rows, is_value_for, label_key, match_field
from parsers.layouts import base
from parsers.layouts.base import Profile

ROOT = Path(__file__).resolve().parent.parent


def _inputs(n_review: int) -> list[str]:
    files = sorted(glob.glob(str(ROOT / "samples" / "*.txt")))
    rev = [f for f in sorted(glob.glob(str(ROOT / "tests" / "fixtures" / "review" / "*.txt")))
           if not os.path.basename(f).startswith("ct_s5")]
    return files + rev[:n_review]


def _calls(fn, *args) -> int:
    pr = cProfile.Profile()
    pr.enable()
    fn(*args)
    pr.disable()
    return pstats.Stats(pr).total_calls


# ---------------------------------------------------------------- _join_seal_lines

def _join_seal_lines_old(items):
    """The loop as it was before the short cut (main at e21a7eb6)."""
    out = []
    k = 0
    while k < len(items):
        j = k
        while j < len(items) and "\t" not in items[j][1] and items[j][1].strip() and len(items[j][1].strip()) <= 10:
            j += 1
        if j - k >= 2 and j < len(items) and _SIGN_LABEL.match(items[j][1].strip()) \
                and _OFFICE_END.search("".join(x.strip() for _, x in items[k:j])):
            out.append((items[k][0], "".join(x.strip() for _, x in items[k:j])))
            k = j
            continue
        out.append(items[k])
        k += 1
    return out


def test_seal_lines_equal_the_old_loop_over_the_samples_and_fixtures():
    """Every sample's and review fixture's lines give the same items as the old loop."""
    files = sorted(glob.glob(str(ROOT / "samples" / "*.txt"))) \
        + sorted(glob.glob(str(ROOT / "tests" / "fixtures" / "review" / "*.txt")))[::3]
    for f in files:
        items = list(enumerate(Path(f).read_text(encoding="utf-8", errors="replace").split("\n"), 1))
        assert _join_seal_lines(items) == _join_seal_lines_old(items), f


def test_seal_lines_equal_the_old_loop_over_random_line_lists():
    """Random lists of seal pieces, signature lines, tab rows, blanks and long lines: the same items."""
    rnd = random.Random(57)
    pool = ["天水市秦州", "区财政局", "审核人: 王丽", "a\tb", "", " ", "局", "县", "人民政府", "填报人：张三",
            "很长的一行文字超过十个字符了吧", "委员", "会", "\t", "办公室"]
    for _ in range(5000):
        items = list(enumerate((rnd.choice(pool) for _ in range(rnd.randint(0, 9))), 1))
        assert _join_seal_lines(items) == _join_seal_lines_old(items), items


def test_seal_lines_still_join_a_seal():
    items = list(enumerate(["x\ty", "天水市秦州", "区财政局", "审核人：王丽\t联系电话：123"], 1))
    assert _join_seal_lines(items) == [(1, "x\ty"), (2, "天水市秦州区财政局"), (4, "审核人：王丽\t联系电话：123")]


def test_seal_lines_pass_tab_rows_without_a_call_each():
    """1,000 tab rows: a handful of calls (the old loop asked len(items) twice a row and more: over 2,000)."""
    items = [(k, f"项目{k}\t100\t95") for k in range(1, 1001)]
    assert _calls(_join_seal_lines, items) < 50


# ---------------------------------------------------------------- _cut_space_runs

def _doc(texts: list[str], lines: list[str] = ()) -> Extracted:
    cells = [Cell(k, 0, t) for k, t in enumerate(texts)]
    return Extracted("d", "txt", None, [Grid(cells, len(cells), 1, "txt")], [TextLine(t) for t in lines])


def test_space_run_cut_at_the_boundary():
    """A cell of SPACE_RUN_MAX + 1 spaces between two words is cut (the gate is `>` as the cut's own); one of exactly
    SPACE_RUN_MAX characters is not looked at; lines the same."""
    long = "a" + " " * (SPACE_RUN_MAX + 1) + "b"
    edge = " " * SPACE_RUN_MAX
    ex = _doc(["短", edge, long], [long, "x"])
    _cut_space_runs(ex)
    assert [c.text for c in ex.grids[0].cells] == ["短", edge, "a" + " " * SPACE_RUN_MAX + "b"]
    assert [t.text for t in ex.lines] == ["a" + " " * SPACE_RUN_MAX + "b", "x"]
    assert [w.code for w in ex.warnings] == ["space_run_cut", "space_run_cut"]


def test_space_runs_no_python_call_a_short_cell():
    """A grid of 2,000 short cells and 500 short lines: a few calls (the old loop asked len() of every cell)."""
    ex = _doc([f"单元{k}" for k in range(2000)], [f"行{k}" for k in range(500)])
    assert _calls(_cut_space_runs, ex) < 30
    assert not ex.warnings


# ---------------------------------------------------------------- profile()

def _profile_old(doc: Extracted) -> Profile:
    """layouts.base.profile as it was (main at e21a7eb6), without its cache."""
    rows = document_rows(doc)
    text_parts, labels, fields, headers, in_tables = [], set(), set(), set(), set()
    for row in rows:
        if row.is_text_line or len(row.cells) == 1:
            text_parts.append(row.cells[0].text)
        h = detect_header(row)
        if h:
            headers.add(h.kind)
            continue
        for n, c in enumerate(row.cells):
            t = c.text
            if len(t) < 40:
                k = label_key(t)
                labels.add(k)
                col = FIELD_INDEX.get(k)
                if col:
                    fields.add(col)
                    if not row.is_text_line and n + 1 < len(row.cells) and is_value_for(row.cells[n + 1].text):
                        in_tables.add(col)
                    continue
            if "：" in t[:30] or ":" in t[:30]:
                m = match_field(t)
                if m:
                    fields.add(m[0])
                    if not row.is_text_line and m[1] is not None:
                        in_tables.add(m[0])
    return Profile(base._LINE_SPACE.sub("", core.fold("\n".join(text_parts))), frozenset(labels), frozenset(fields),
                   frozenset(headers), frozenset(in_tables))


def _extract(path: str) -> Extracted:
    ex = extract_file(path, Path(path).read_bytes(), "t")
    pipeline._cut_space_runs(ex)
    return ex


def test_profile_equals_the_old_one_over_the_samples_and_50_fixtures():
    for f in _inputs(50):
        assert base.profile(_extract(f)) == _profile_old(_extract(f)), f


def test_profile_reads_each_rows_header_in_place():
    """A document whose rows' headers are known: profile() asks detect_header of none of them again."""
    ex = _extract(_inputs(0)[0])
    for r in document_rows(ex):
        detect_header(r)
    pr = cProfile.Profile()
    pr.enable()
    base.profile(ex)
    pr.disable()
    asked = [v[1] for k, v in pstats.Stats(pr).stats.items() if k[2] == "detect_header"]
    assert sum(asked) == 0


# ---------------------------------------------------------------- _lookup

def test_lookup_is_memoised_and_equal_to_the_plain_function():
    """Every label key of the samples' and 200 fixtures' cells (and their first halves, cut labels): the memoised
    _lookup gives what the plain function gives."""
    assert hasattr(core._lookup, "cache_info")
    plain = core._lookup.__wrapped__
    keys = set()
    for f in _inputs(200):
        for ln in Path(f).read_text(encoding="utf-8", errors="replace").split("\n"):
            for cell in ln.split("\t"):
                t = cell.strip()
                if t and len(t) < 60:
                    k = label_key(t)
                    keys.update({k, k[: max(1, len(k) // 2)], k[:-1]})
    keys.update({"项日名称", "主管部门(单位)名称及部门预算编码", "项目总体目标", "专项立项依据", "项目完成H期", "", "实施单位及编号"})
    assert len(keys) > 1000
    for k in sorted(keys):
        assert core._lookup(k) == plain(k), k


@pytest.mark.parametrize("text", ["项目名称：某项目", "主管部门（单位）名称及部门预算编码", "项日名称", "受援方（实施单位）"])
def test_match_field_the_same_with_lookup_cleared(text):
    """match_field's answer does not depend on what _lookup has cached."""
    match_field.cache_clear()
    first = match_field(text)
    core._lookup.cache_clear()
    match_field.cache_clear()
    assert match_field(text) == first


# ---------------------------------------------------------------- _implied_indicator_header

def test_no_score_block_starts_at_a_row_of_fewer_than_three_cells():
    """The guard `len(row.cells) >= 3` before _score_block_start in _implied_indicator_header: over every grid row
    of the samples and 50 fixtures (and rows cut to one or two of their cells), a row of fewer than three cells starts
    no score block — the guard skips only calls that gave None."""
    from parsers.core import Row, _score_block_start
    asked = 0
    for f in _inputs(50):
        rows = document_rows(_extract(f))
        for k, row in enumerate(rows):
            if row.grid is None:
                continue
            for cut in (1, 2):
                short = Row(row.cells[:cut], row.grid, row.r, row.order)
                assert _score_block_start(rows[:k] + [short] + rows[k + 1:], k) is None, (f, k)
                asked += 1
    assert asked > 500


def test_implied_header_asks_no_score_block_of_two_cell_rows():
    """Rows of two cells (label | value) in a grid: _score_block_start is not called for them."""
    from parsers.core import Row, _implied_indicator_header
    g = Grid([], 40, 2, "txt")
    rows = [Row([Cell(r, 0, f"标签{r}"), Cell(r, 1, "值")], g, r, float(r)) for r in range(40)]
    pr = cProfile.Profile()
    pr.enable()
    _implied_indicator_header(rows, [])
    pr.disable()
    assert not [k for k in pstats.Stats(pr).stats if k[2] == "_score_block_start"]
