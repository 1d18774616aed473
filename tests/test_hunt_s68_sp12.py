"""Hunt sp12 (session 68): the speed of the text path (issue #2), no reading changed.

Hunted: where `jixiao extract` spends its CPU on the bench's dumps — cProfile by cumulative time, the calls each
reader makes itself, and the pure functions of a cell's text asked again and again with the same text across the
forms of one process (a profile hook counting each function's calls against its distinct arguments).

Decided: nine such functions are memoised (their arguments texts, their results immutable: a float, a bool, an
int, a str, a tuple of str, or None): `amount_bound` and `content_text` behind `text_cache`; `joins_tail`,
`points_said`, `_unit_alone`, `_signed_place`, `_period_head_key`, `_table_caption` and `field_rank` behind
`value_cache`. Each cache is one `forget_failed` empties (a result built on a normalizer's fallback is not given to
another list's reading), and a cached call gives what the function computes.
Kept: every reading (the snapshot's, and these texts' readings here are the uncached function's).
Left: the per-row dispatch named by sp11 is a small lever (a declining gated call costs ~40 ns more than its gate
inline; the two readers' own calls are under 0.5% of the CPU) — 1,000 forms per CPU-second needs fewer calls a
form, not gates.
"""
from __future__ import annotations

import pytest

from normalize import _cache
from normalize.amounts import amount_bound
from normalize.text import content_text
from parsers.core import field_rank
from parsers.forms import _period_head_key, _signed_place, _table_caption, _unit_alone
from parsers.tables import joins_tail, points_said

CASES = {
    amount_bound: [("50万元以内",), ("不超过50万元",), ("≤50万元",), ("最高叁佰万元",), ("约50-80万元",), ("120",),
                   ("800-1000", "万元"), (None,), ("",)],
    content_text: [(" 100% ",), ("—",), ("/",), ("１２３万元",), (None,), ("无",), ("产出指标",)],
    joins_tail: [("产出", "指标"), ("产出指", "标"), ("产出指标", "（30分）"), ("效益指标", "满意度"), ("产出指标）", "标")],
    points_said: [("决策（10分）",), ("产出指标(50分)",), ("预算执行率（10分）",), ("预算执行率",), (None,), ("",)],
    _unit_alone: [("万元",), ("（万元）",), ("单位：万元",), ("项目名称",), ("元",), ("12万元",)],
    _signed_place: [("单位负责人签字",), ("审核日期",), ("填表人：李四",), ("日期",), ("填报单位（盖章）",), ("",)],
    _period_head_key: [("2024-2026年中期资金总额",), ("2025年度资金总额",), ("资金总额",), ("年度资金",)],
    _table_caption: [("风险分析",), ("序号",), ("产出指标",), ("12",), ("年度工作安排",)],
    field_rank: [("实施单位",), ("填报单位（盖章）",), ("项目名称：",), ("某某说明",), ("填报单位",)],
}


def _raw(fn):
    return fn.__wrapped__


@pytest.mark.parametrize("fn", list(CASES), ids=lambda f: f.__name__)
def test_memoised_and_emptied_by_forget_failed(fn):
    # the function answers from a cache, one of those forget_failed empties after a normalizer's caught error
    assert fn is not _raw(fn)
    assert any(c.cache_info == fn.cache_info for c in _cache._CACHES)
    fn(*CASES[fn][0])
    assert fn.cache_info().currsize >= 1
    caught, cleared = _cache.CAUGHT[0], _cache._CLEARED_AT[0]
    _cache.CAUGHT[0] += 1
    try:
        _cache.forget_failed()
        assert fn.cache_info().currsize == 0
    finally:
        # (both counts as they were: a failure caught before this test and not yet forgotten still empties the caches
        # at the next forget_failed)
        _cache.CAUGHT[0], _cache._CLEARED_AT[0] = caught, cleared


@pytest.mark.parametrize("fn", list(CASES), ids=lambda f: f.__name__)
def test_cached_gives_what_the_function_computes(fn):
    for args in CASES[fn]:
        want = _raw(fn)(*args)
        assert fn(*args) == want, args
        assert fn(*args) == want, args          # (the second call a hit)


def test_cases_read_as_written():
    # the readings these texts give, the function's own (a hit gives them the same)
    assert amount_bound("50万元以内") == 500000.0
    assert amount_bound("120") is None
    assert content_text("—") is None
    assert content_text(" 100% ") == "100%"
    assert joins_tail("产出", "指标") is True
    assert joins_tail("产出指标）", "标") is False
    assert points_said("决策（10分）") == ("决策", "10")
    assert _unit_alone("单位：万元") == "万元"
    assert _unit_alone("项目名称") is None
    assert _signed_place("单位负责人签字") is True
    assert _signed_place("填表人：李四") is False
    assert _period_head_key("2024-2026年中期资金总额") == _period_head_key("中期资金总额")
    assert _table_caption("风险分析") is True
    assert _table_caption("12") is False
    assert field_rank("实施单位") < field_rank("填报单位")


def test_non_text_argument_passes_the_cache():
    # content_text behind text_cache: an argument no str / None / int (a sheet's float) is computed, not cached
    before = content_text.cache_info().currsize
    assert content_text(12.5) == content_text.__wrapped__(12.5)
    assert content_text.cache_info().currsize == before
