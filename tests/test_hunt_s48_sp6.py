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
    # (in a fresh process: a pattern once used is its module's compiled pattern again)
    import subprocess
    import sys
    code = ("from normalize._lazy_re import LazyPattern\n"
            "from parsers import core, forms, tables\nfrom normalize import targets\nfrom extract import txt\n"
            "print([sum(isinstance(v, LazyPattern) for v in vars(m).values()) for m in (core, forms, tables, targets, txt)])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert all(n >= 50 for n in eval(out)), out


def test_a_used_pattern_is_its_modules_compiled_pattern():
    from extract import txt
    from parsers import core
    from jixiao.pipeline import process_file
    process_file("samples/000_db5194b345e21d4a.txt")
    # (the modules' patterns a text dump's reading used: compiled, under the names the modules gave them)
    used = [v for m in (core, txt) for v in vars(m).values() if isinstance(v, (re.Pattern, regex.Pattern))]
    assert len(used) >= 20
    lz = lazy(r"^x$")
    g = {"X": lz}
    lz._home = g
    assert lz.match("x") and g["X"] is lz.compiled()     # the module's name now the compiled pattern
