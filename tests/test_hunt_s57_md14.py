"""Mend md14 (session 57): two slow paths of extract/txt.py made linear, no output changed (review rd, findings 3, 4).
No fixtures: the samples, every review .txt fixture and random line lists are the inputs; each function is checked
against the code it replaced (copied here as it was at main 1110de8b), and guarded by a count of work that does not
depend on the machine's speed (slices handed out, Python calls), so a change that brings the quadratic back fails.

Decided:
- `_spaced_heads` finds each line's next line not blank in one backward pass (it sliced the rest of the list for
  every line without a tab: 40,000 lines 15 s in this function alone);
- `_join_seal_lines` decides a run of two short lines or more once, from its first line: every start in the run
  ends at the same line j, so without a signature's label at j none is a seal, and a later start's text is an end of
  the first one's, so when the whole run's text ends with no office's word none does. The run goes out at once (it
  rescanned and joined the rest of the run from each line: 10,000 short lines 74 s).
Kept: every reading (the same items / lines as the old code over all inputs).
"""
from __future__ import annotations

import cProfile
import glob
import pstats
import random
from pathlib import Path

import pytest

from extract import txt
from extract.txt import (_OFFICE_END, _SIGN_LABEL, _SPACED_HEAD_WORD, _WIDE_GAP, _join_seal_lines, _spaced_among_tabs,
                         _spaced_heads)

ROOT = Path(__file__).resolve().parent.parent


def _files() -> list[str]:
    return sorted(glob.glob(str(ROOT / "samples" / "*.txt"))) \
        + sorted(glob.glob(str(ROOT / "tests" / "fixtures" / "review" / "*.txt")))


def _lines(f: str) -> list[str]:
    return Path(f).read_text(encoding="utf-8", errors="replace").split("\n")


def _calls(fn, *args) -> int:
    pr = cProfile.Profile()
    pr.enable()
    fn(*args)
    pr.disable()
    return pstats.Stats(pr).total_calls


# ---------------------------------------------------------------- _spaced_heads

def _spaced_heads_old(lines):
    """`_spaced_heads` as it was (main at 1110de8b)."""
    if "\t" not in "\n".join(lines):
        return lines
    out = list(lines)
    for k, ln in enumerate(out):
        if "\t" in ln or not ln.strip():
            continue
        below = next((x for x in out[k + 1:] if x.strip()), "")
        parts = _WIDE_GAP.split(ln.strip(" \u3000\xa0"))
        if "\t" in below and 2 <= len(parts) == below.rstrip("\t").count("\t") + 1 \
                and all(_SPACED_HEAD_WORD.match(t) for t in parts) and any("指标" in t for t in parts):
            out[k] = "\t".join(parts)
    return out


def test_spaced_heads_equal_the_old_one_over_the_samples_and_every_fixture():
    """Every sample's and review fixture's lines, as read and as `_spaced_among_tabs` hands them on: the same."""
    n = 0
    for f in _files():
        lines = _lines(f)
        for ls in (lines, _spaced_among_tabs(lines)):
            new = _spaced_heads(list(ls))
            assert new == _spaced_heads_old(list(ls)), f
        n += 1
    assert n > 2500


_HEAD_POOL = ["一级指标   二级指标   三级指标   指标值", "三级指标        指标值", "绩效指标   评分标准", "指标说明   填报要求",
              "产出指标   数量指标   完成值", "注：指标   分值", "三级指标 指标值", "", " ", "\u3000", "\t", "a\tb", "a\tb\tc",
              "产出指标\t数量指标\t新建\t3个", "x\ty\t", "普通的一行文字", "一级指标   二级指标", "指标   值\t"]


def test_spaced_heads_equal_the_old_one_over_random_line_lists():
    """Random lists of spaced heads, tab rows of 2 to 4 cells, blanks and text lines: the same lines."""
    rnd = random.Random(5714)
    changed = 0
    for _ in range(4000):
        lines = [rnd.choice(_HEAD_POOL) for _ in range(rnd.randint(0, 12))]
        new = _spaced_heads(list(lines))
        assert new == _spaced_heads_old(list(lines)), lines
        changed += new != lines
    assert changed > 100        # (the pool does make heads: the comparison is not of lines passed through only)


def test_spaced_heads_still_set_a_head_apart():
    lines = ["一级指标   二级指标   三级指标   指标值", "", "产出指标\t数量指标\t新建\t3个"]
    assert _spaced_heads(lines)[0] == "一级指标\t二级指标\t三级指标\t指标值"
    assert _spaced_heads(["三级指标   指标值", "a\tb\tc"])[0] == "三级指标   指标值"     # (2 heads over 3 cells)
    assert _spaced_heads(["三级指标   指标值", "", " "]) == ["三级指标   指标值", "", " "]   # (no tab: as they are)


class _CountingList(list):
    """A list that counts the items its slices hand out."""
    sliced = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        if isinstance(key, slice):
            _CountingList.sliced += len(got)
        return got


def test_spaced_heads_slice_no_rest_of_the_list_a_line(monkeypatch):
    """10,000 text lines and a tab row, the input and the function's own copy counting: slices handed out fewer items
    than the lines (the old loop sliced the rest of the list for every line: about 50 million items)."""
    monkeypatch.setattr(txt, "list", _CountingList, raising=False)
    lines = _CountingList(["第%d行说明文字，这是一段普通的文本内容" % i for i in range(10000)] + ["a\tb\tc"])
    _CountingList.sliced = 0
    _spaced_heads(lines)
    assert _CountingList.sliced < len(lines)
    monkeypatch.setitem(globals(), "list", _CountingList)      # (the guard does see the old loop's slices)
    _CountingList.sliced = 0
    _spaced_heads_old(_CountingList(lines[-2000:]))
    assert _CountingList.sliced > 1_000_000


def test_spaced_heads_calls_grow_with_the_lines_not_their_square():
    """Python calls on 4,000 lines are under twice those on 2,000 plus a margin (linear work)."""
    def make(n):
        return ["第%d行说明文字   普通的文本" % i if i % 3 else "" for i in range(n)] + ["a\tb"]
    small, big = _calls(_spaced_heads, make(2000)), _calls(_spaced_heads, make(4000))
    assert big < 2 * small + 100


# ---------------------------------------------------------------- _join_seal_lines

def _join_seal_lines_old(items):
    """`_join_seal_lines` as it was (main at 1110de8b)."""
    out = []
    n = len(items)
    k = 0
    while k < n:
        j = k
        while j < n and "\t" not in items[j][1] and 0 < len(items[j][1].strip()) <= 10:
            j += 1
        if j == k:
            j = k + 1
            while j < n and "\t" in items[j][1]:
                j += 1
            out.extend(items[k:j])
            k = j
            continue
        if j - k < 2:
            out.extend(items[k:j + 1])
            k = j + 1
            continue
        if j < n and _SIGN_LABEL.match(items[j][1].strip()) \
                and _OFFICE_END.search("".join(x.strip() for _, x in items[k:j])):
            out.append((items[k][0], "".join(x.strip() for _, x in items[k:j])))
            k = j
            continue
        out.append(items[k])
        k += 1
    return out


def test_seal_lines_equal_the_old_loop_over_the_samples_and_every_fixture():
    n = 0
    for f in _files():
        items = list(enumerate(_lines(f), 1))
        assert _join_seal_lines(items) == _join_seal_lines_old(items), f
        n += 1
    assert n > 2500


_SEAL_POOL = ["天水市秦州", "区财政局", "审核人: 王丽", "a\tb", "", " ", "局", "县", "人民政府", "填报人：张三",
              "很长的一行文字超过十个字符了吧", "委员", "会", "\t", "办公室", "人民", "政府", "中心", "日期：2024年",
              "审核人：王丽\t联系电话：123", "办事", "处", "x"]


@pytest.mark.parametrize("longest", [9, 30])
def test_seal_lines_equal_the_old_loop_over_random_line_lists(longest):
    """Random lists of seal pieces, signature lines, tab rows, blanks and long lines (short lists, and long ones with
    long runs of short lines): the same items."""
    rnd = random.Random(1400 + longest)
    joined = 0
    for _ in range(4000):
        items = list(enumerate((rnd.choice(_SEAL_POOL) for _ in range(rnd.randint(0, longest))), 1))
        new = _join_seal_lines(items)
        assert new == _join_seal_lines_old(items), items
        joined += len(new) < len(items)
    assert joined > 40          # (seals are joined in the lists: the comparison is not of lines passed through only)


def test_seal_lines_still_join_a_seal():
    items = list(enumerate(["x\ty", "天水市秦州", "区财政局", "审核人：王丽\t联系电话：123"], 1))
    assert _join_seal_lines(items) == [(1, "x\ty"), (2, "天水市秦州区财政局"), (4, "审核人：王丽\t联系电话：123")]
    # (the whole run joined, as it was: no seal's end cut off its head; a short signature line is in the run)
    items = list(enumerate(["名字", "天水市秦州", "区财政局", "审核人：王丽  日期：2024年3月"], 1))
    assert _join_seal_lines(items) == [(1, "名字天水市秦州区财政局"), (4, "审核人：王丽  日期：2024年3月")]
    items = list(enumerate(["天水市秦州", "区财政局", "审核人：王丽"], 1))
    assert _join_seal_lines(items) == items


@pytest.mark.parametrize("under", ["", "审核人：王丽"])
def test_seal_lines_calls_grow_with_the_lines_not_their_square(under):
    """2,000 short lines (one cell a line) with or without a signature line under them: Python calls under a few a
    line (the old loop rescanned and joined the rest of the run from each line: millions)."""
    items = [(i, "名字%d" % (i % 100)) for i in range(2000)] + ([(2001, under)] if under else [])
    assert _calls(_join_seal_lines, items) < 10 * len(items)
    assert _calls(_join_seal_lines_old, items[:500]) > 100 * 500       # (the count does see the old loop's work)
