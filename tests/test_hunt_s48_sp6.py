"""Speed pass sp6 (session of 2026-12-05, third): module-level patterns compiled on first use (normalize._lazy_re).
No timing is asserted: each test states that a lazy pattern reads as the compiled pattern it stands for, that it is
compiled only when first used, and that the readers' modules hold such patterns. (On main the module is new: the
imports fail.)"""
from __future__ import annotations

import re

import regex

from normalize._lazy_re import LazyPattern, lazy, lazy_regex

SAMPLES = ["", "≥95%", "满意度 ≥ 90 %", "项目名称：道路维修", "（一）产出指标", "1,080.00万元", "a b\tc\n", "年 月 日"]


def test_lazy_pattern_reads_as_the_compiled_one():
    pairs = [(lazy(r"(?P<op>[≥≤])\s*(\d+)\s*%"), re.compile(r"(?P<op>[≥≤])\s*(\d+)\s*%")),
             (lazy(r"^\s*[(（]?([一二三四五六七八九十]+)[)）]", re.I), re.compile(r"^\s*[(（]?([一二三四五六七八九十]+)[)）]", re.I)),
             (lazy_regex(r"\p{Han}+"), regex.compile(r"\p{Han}+")),
             (lazy_regex(r"(?:万元|元)$", regex.V0), regex.compile(r"(?:万元|元)$", regex.V0))]
    for lz, rx in pairs:
        assert lz.pattern == rx.pattern                  # the text, before any compile
        for s in SAMPLES:
            assert bool(lz.search(s)) == bool(rx.search(s))
            m1, m2 = lz.match(s), rx.match(s)
            assert (m1 and m1.groups()) == (m2 and m2.groups())
            assert bool(lz.fullmatch(s)) == bool(rx.fullmatch(s))
            assert lz.sub("", s) == rx.sub("", s) and lz.split(s) == rx.split(s)
            assert lz.findall(s) == rx.findall(s) and [m.span() for m in lz.finditer(s)] == [m.span() for m in rx.finditer(s)]
        assert lz.flags == rx.flags and lz.groups == rx.groups and dict(lz.groupindex) == dict(rx.groupindex)
        assert type(lz.compiled()) is type(rx)           # re's or regex's, as the call was


def test_lazy_pattern_compiles_on_first_use_only():
    lz = lazy(r"\d+(?:\.\d+)?")
    assert "_compiled" not in lz.__dict__
    assert f"^{lz.pattern}$" == r"^\d+(?:\.\d+)?$"     # composing a pattern of it compiles nothing
    assert "_compiled" not in lz.__dict__
    assert lz.search("共12.5万元").group() == "12.5"
    first = lz.compiled()
    assert lz.search("3").group() == "3" and lz.compiled() is first      # compiled once
    assert lz.__dict__["search"] == first.search                         # later calls go straight to the method
    bad = lazy(r"(")                                     # a broken pattern fails where it is used, as re.error
    try:
        bad.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("a broken lazy pattern compiled")


def test_the_readers_modules_hold_lazy_patterns():
    from parsers import core, forms, tables
    from normalize import targets
    from extract import txt
    for mod in (core, forms, tables, targets, txt):
        lazies = [v for v in vars(mod).values() if isinstance(v, LazyPattern)]
        assert len(lazies) >= 50, mod.__name__
