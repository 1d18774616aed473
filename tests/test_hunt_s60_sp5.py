"""Hunt sp5 (session 60, speed of the text path, issue #2): no reading changes. Fixtures ct_s60_sp5_* (text dumps,
tab-separated cells, from tests/fixtures/review/make_s60_sp5.py); each reading written down by hand before the run.

What sp5 changed, and what these tests pin:
- value_cache is a plain functools.lru_cache (no Python wrapper looking up the arguments that failed before each
  call); a normalizer's caught error empties the caches where a list of failures is opened or closed
  (NORMALIZER_FAILURES's set and reset, normalize._cache.forget_failed): a failure met in one list's reading — or in
  none — is noted again in the next list's, and a run with no error keeps its caches across lists.
- misgrouped_figure matches NUMBER by a compiled pattern (it looked the text up in the regex module's cache).
- _spaced_among_tabs's first check stops at the second line of two tabs or more.

tests/conftest.py makes normalizers strict in every test; the cache tests turn that off (the `lenient` fixture).
"""
from __future__ import annotations

import functools

import pytest

from normalize import amounts
from normalize import text as T
from normalize.amounts import misgrouped_figure
from parsers import core, forms, tables
from extract.txt import _spaced_among_tabs
from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

W = 10000.0      # 万元
_BAD = "坏格sp5"


@pytest.fixture
def lenient(monkeypatch):
    """Normalizers not strict (a normal run): conftest's STRICT_NORMALIZERS off, no JIXIAO_STRICT_NORMALIZERS."""
    monkeypatch.delenv("JIXIAO_STRICT_NORMALIZERS", raising=False)
    token = T.STRICT_NORMALIZERS.set(False)
    yield
    T.STRICT_NORMALIZERS.reset(token)


@pytest.fixture
def broken(monkeypatch):
    """mend_ocr_digits's pattern raising on a text holding _BAD (a bug one cell meets), as tests/test_hunt_s59_md31.py."""
    real = T._OCR_RUN

    class Ocr:
        def sub(self, repl, s):
            if _BAD in s:
                raise ValueError("a bug in the OCR mend")
            return real.sub(repl, s)
    monkeypatch.setattr(T, "_OCR_RUN", Ocr())


def _in_list(fn, text: str) -> list:
    """FN(TEXT) read inside a list of failures of its own: what it noted."""
    token = T.NORMALIZER_FAILURES.set(noted := [])
    try:
        fn(text)
    finally:
        T.NORMALIZER_FAILURES.reset(token)
    return noted


# ---- the caches

@pytest.mark.parametrize("fn", [core.is_value_for, core._is_year_text, forms._source_column_head, tables.is_number,
                                tables.cell_features, tables.target_strength, tables._indicator_scores,
                                tables._indicator_score, tables._with_own_unit])
def test_value_caches_are_plain_lru_caches(fn):
    """The parsers' nine value caches: a hit is the lru_cache's own (main: a Python wrapper over it, looking up the
    arguments that had failed before each call, ~0.7% of the profile)."""
    assert type(fn) is functools._lru_cache_wrapper


def test_caches_kept_across_lists_when_nothing_failed(lenient):
    """No error caught: a second list's reading of a cell is a hit of the first's (the caches are emptied only after
    a failure)."""
    text = "87.5分sp5甲"
    _in_list(tables.is_number, text)
    hits = tables.is_number.cache_info().hits
    assert _in_list(tables.is_number, text) == []
    assert tables.is_number.cache_info().hits == hits + 1


def test_failure_met_in_no_list_noted_in_the_next(broken, lenient):
    """A failure met where no list is open (an extraction's, a hidden sheet's) is not kept for the next list: its
    reading of the same cell notes it (a cache holding the fallback's answer would note nothing)."""
    text = f"9O{_BAD}乙"
    assert T.NORMALIZER_FAILURES.get() is None
    first = tables.is_number(text)
    noted = _in_list(tables.is_number, text)
    assert noted and noted[0][0] == "mend_ocr_digits" and tables.is_number(text) == first


def test_failure_noted_in_an_inner_list_and_again_in_the_outer(broken, lenient):
    """A record's list opened inside the file's (pipeline._normalized inside _parse_into): the cell failing in the
    outer list's reading fails again in the inner's and, back in the outer, again (each list notes its own)."""
    text = f"2O23年度{_BAD}丙"
    token = T.NORMALIZER_FAILURES.set(outer := [])
    try:
        core._is_year_text(text)
        inner = _in_list(core._is_year_text, text)
        core._is_year_text(text)
    finally:
        T.NORMALIZER_FAILURES.reset(token)
    assert [n for n, _, _ in inner] == ["mend_ocr_digits"]
    assert [n for n, _, _ in outer] == ["mend_ocr_digits", "mend_ocr_digits"]


def test_cache_after_failure_answers_as_before(broken, lenient):
    """The caches emptied after a failure give the same answers as before it (a text that never failed: the same
    reading computed again)."""
    good = "≥95%sp5丁"
    before = tables.cell_features(good)
    _in_list(tables.is_number, f"7O{_BAD}戊")
    assert _in_list(tables.cell_features, good) == []
    assert tables.cell_features(good) == before


# ---- misgrouped_figure's compiled pattern

@pytest.mark.parametrize("text, want", [
    ("12,5000", True), ("1,20,000万元", True), ("2,50", True), ("-12,5000", True),
    ("1,250.00", False), ("1,000", False), ("12,500,000元", False), ("125000", False), (None, False), ("", False),
])
def test_misgrouped_figure_reads_as_before(text, want):
    assert misgrouped_figure(text) is want


def test_misgrouped_figure_looks_up_no_pattern_text(monkeypatch):
    """The figure matched by a compiled pattern: the regex module's lookup of a pattern given as text (~9 µs a call)
    is not asked (main: regex.fullmatch(NUMBER, …) on every money cell with a comma)."""
    def looked_up(*args, **kwargs):
        raise AssertionError("regex.fullmatch called with a pattern's text")
    monkeypatch.setattr(amounts.regex, "fullmatch", looked_up)
    assert misgrouped_figure("12,5000") is True and misgrouped_figure("1,250.00") is False


def test_comma_money_form(read):
    """资金总额 `1,250.00` and 财政资金 `1,000.00` (万元) read; 其他资金 `2,50` no amount, said, kept as written."""
    r = read("ct_s60_sp5_comma_money.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1250 * W, 1000 * W, None)
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "amount_unreadable"]
    assert len(said) == 1 and "2,50" in said[0]
    assert other_fields(p).get("其他资金") == "2,50"
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建供水管网长度", "=", 18.0, "公里"),
        ("产出指标", "质量指标", "水质达标率", ">=", 95.0, "%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%"),
    ]


# ---- _spaced_among_tabs's first check

def test_spaced_rows_form(read):
    """Two indicator rows typed with runs of spaces between tabbed rows, the second indented to its level 2's column:
    each its cells (a row of four, and three after one empty)."""
    r = read("ct_s60_sp5_spaced_rows.txt")
    got = indicator_targets(r)
    assert [g[:3] for g in got] == [("产出指标", "数量指标", "改造背街小巷数量"), ("产出指标", "质量指标", "路面完好率"),
                                    ("产出指标", "时效指标", "完工时间"),
                                    ("满意度指标", "服务对象满意度指标", "沿街居民满意度")]
    assert got[0][3:] == ("=", 12.0, "条") and got[1][3:] == (">=", 95.0, "%") and got[3][3:] == (">=", 90.0, "%")
    assert "unplaced_cell" not in warning_codes(r)


_HEAD = "一级指标\t二级指标\t三级指标\t指标值"
_SPACED = "产出指标    质量指标    路面完好率    ≥95%"
_ROW = "满意度指标\t服务对象满意度指标\t沿街居民满意度\t≥90%"


@pytest.mark.parametrize("lines, split", [
    ([_SPACED, "项目名称\t城区背街小巷改造工程"], False),          # no line of two tabs
    ([_HEAD, _SPACED, "项目名称\t城区背街小巷改造工程"], False),   # one
    ([_HEAD, _SPACED, _ROW], True),                                  # two: the spaced row under the head split
    ([_HEAD, _SPACED, _ROW, _ROW, _ROW, _ROW], True),
])
def test_spaced_among_tabs_asks_two_tabbed_lines(lines, split):
    """A spaced row is split under a tabbed row of three cells only when the dump has two lines of two tabs or more
    (the check stops at the second: the same answer as counting them all)."""
    out = _spaced_among_tabs(lines)
    assert (out[lines.index(_SPACED)] == "产出指标\t质量指标\t路面完好率\t≥95%") is split
    if not split:
        assert out is lines
