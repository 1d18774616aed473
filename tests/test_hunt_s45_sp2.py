"""Speed pass sp2 (session of 2026-12-04, sixth): normalize's per-call `regex.sub(r"…", …)` / `regex.search(r"…", …)`
sites use patterns compiled once (the regex module's lookup of a pattern given as a string is Python code, ~15 µs a
call). No timing is asserted: each test states that a compiled pattern reads as the string call it replaces, and what
the functions built on them give. (On main the imports fail: the module constants are new.)"""
from __future__ import annotations

import regex

from normalize import amounts, orgs, records
from normalize.text import WHITESPACE, is_placeholder

SAMPLES = ["", " ", "a b\tc\n", "\u3000项目 名称\u00a0", "（ 一 ）", "加 3分", "最多扣5分", "减\u30002", "财务科、 办公室/ 各科室",
           "12.5", "12.", "x12", "海淀区", "汝城 县", "自评表", "报告", "1,080 . 00", "表$"]


def test_compiled_patterns_read_as_the_string_calls_they_replace():
    pairs = [(WHITESPACE, r"\s+"), (orgs._ALL_HAN, r"\p{Han}+"), (orgs._COUNTY_END, r"[县区市旗]$"),
             (orgs._FORM_OR_REPORT_END, r"表$|报告$"), (amounts._SPACE_OR_COMMA, r"[\s,]"), (amounts._A_DIGIT, r"\d"),
             (records._SECTION_NO_PAREN, r"\s*[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*"),
             (records._BONUS_FIGURE, r"加\s*\d"), (records._PENALTY_FIGURE, r"[扣减]\s*\d"),
             (records._UNIT_SEPARATOR, r"[、，,;；/\s](?![^（(）)]*[)）])"), (records._ENUM_COMMA, r"\s*、\s*"),
             (records._PLAIN_FIGURE, r"\d+(?:\.\d+)?")]
    for compiled, pattern in pairs:
        assert isinstance(compiled, regex.Pattern)        # the `regex` module's, as the call was (\p{Han}, \s alike)
        assert compiled.pattern == pattern and compiled.flags == regex.compile(pattern).flags
        for s in SAMPLES + ["（三）", "(十二)", "1、2 、3"]:
            assert compiled.sub("", s) == regex.sub(pattern, "", s)
            assert bool(compiled.search(s)) == bool(regex.search(pattern, s))
            assert bool(compiled.fullmatch(s)) == bool(regex.fullmatch(pattern, s))
            assert compiled.split(s) == regex.split(pattern, s)


def test_functions_on_the_compiled_patterns_read_as_before():
    assert is_placeholder(" - - ") is True and is_placeholder("年 月 日") is True and is_placeholder("健 全") is False
    assert orgs.district("海淀 区") is True and orgs.district("重点县") is False
    assert records._units("财务科、 办公室/ 各业务科室") == ["财务科", "办公室", "各业务科室"]
    item = records.normalize_assessment_item({"section_no": "（ 三 ）", "content": "获县级以上表彰",
                                              "points_cap": "最多加3分"})
    assert item["section_no"] == "三" and item["kind"] == "bonus"
    item = records.normalize_assessment_item({"content": "被督查通报", "points_cap": "最高扣 5分"})
    assert item["kind"] == "penalty"
    assert amounts.parse_capital_amount("壹 万 元 整") == 10000
