"""Hunt tg18 (session 59, targets' leftovers of hunt tg17); each reading written by hand before the run
(tests/fixtures/review/ct_s59_tg18_targets.txt, from tests/fixtures/review/make_s59_tg18.py).

Decided:
- 同比 / 环比 name a change, not a measure: alone before a figure they read as a change whose way is unsaid (`同比5%`,
  `同比：5%`, `环比为2%`: `=` 5 %, 同比 — as `同比：5%` read, but by the measure-name rule, taking 比 for a ratio's);
  a colon after a change's words or inside them reads as without it (`同比增长：5%` as `同比增长5%`, `同比：增长5%`
  too: `=` 5 %, 同比增长; `环比提高：2个百分点`: `=` 2 个百分点, 环比提高; `较上年增长：5%`) — they were text.
- A grade in words with 以上 / 以下 / 及以上 reads as the bound on the grade, as a letter grade does since tg17
  (`二级以上`, `良好及以上`, `合格以上`, `甲级以上`, `三星级以上`, `二级甲等以上`, `Ⅲ类以上`: `>=`, the text the grade;
  `三级以下` `<=`); `达到良好` as `达到AAA级`, `>=`; a bounded grade after a measure's name as a ratio
  (`空气质量≥二级`: `>=` 二级, 空气质量), and after a grade's label and its colon (`等级：良好以上`, `等级：≥良好`:
  `>=` 良好, 等级; `其中：良好以上` stays text). tg17's kept `二级以上` / `良好以上` text changed so. Kept: a grade
  alone text (`良好`, `二级`); a grade in free words text (`达到良好以上水平的学校占比90%`, `良好以上水平`,
  `国家二级以上`); a grade in digits a figure and its unit (`3级以上`); no grade about or within one (`良好左右`,
  `二级以内`, and `AAA级左右`, which read `~`).
- A note's brackets of two kinds take 《 / 》 / { / } too (`≥95%《抽查）`, `≥95%（抽查》`, `≥95%《抽查》`): the note, as
  `≥95%〈抽查）` reads; one list (normalize.targets NOTE_BRACKETS, built from NOTE_OPENERS / NOTE_CLOSERS) for the
  qualifier and for parsers.tables' note before a 计量单位 cell's unit (`≥95（抽查》` | `%`: `≥95%`, 抽查), and for
  the target read before a second note (`≥95%（抽查》（2024年底前）`).
"""
from __future__ import annotations

import pytest

from normalize import targets
from normalize.targets import Target, split_target
from parsers import tables


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


FIXED = [
    # 同比 / 环比 alone, a change (main: text)
    ("同比5%", T("=", 5.0, unit="%", qualifier="同比")),
    ("环比5%", T("=", 5.0, unit="%", qualifier="环比")),
    ("同比+5%", T("=", 5.0, unit="%", qualifier="同比")),
    ("同比：-3%", T("=", -3.0, unit="%", qualifier="同比")),
    # a colon after or inside a change's words (main: text)
    ("同比增长：5%", T("=", 5.0, unit="%", qualifier="同比增长")),
    ("同比增长：5%以上", T(">=", 5.0, unit="%", qualifier="同比增长")),
    ("同比：增长5%", T("=", 5.0, unit="%", qualifier="同比增长")),
    ("同比:增长≥5%", T(">=", 5.0, unit="%", qualifier="同比增长")),
    ("环比提高：2个百分点", T("=", 2.0, unit="个百分点", qualifier="环比提高")),
    ("环比提高：2个点", T("=", 2.0, unit="个百分点", qualifier="环比提高")),
    ("环比下降：3%", T("=", 3.0, unit="%", qualifier="环比下降")),
    ("较上年增长：5%", T("=", 5.0, unit="%", qualifier="较上年增长")),
    ("较上年同期增长：10%以上", T(">=", 10.0, unit="%", qualifier="较上年同期增长")),
    ("增长：5%", T("=", 5.0, unit="%", qualifier="增长")),
    # a grade in words with 以上 / 以下 (main: text)
    ("二级以上", T(">=", text="二级")),
    ("二级及以上", T(">=", text="二级")),
    ("一级及以上", T(">=", text="一级")),
    ("二 级以上", T(">=", text="二级")),
    ("良好以上", T(">=", text="良好")),
    ("良好及以上", T(">=", text="良好")),
    ("优秀以上", T(">=", text="优秀")),
    ("优良以上", T(">=", text="优良")),
    ("合格以上", T(">=", text="合格")),
    ("合格及以上", T(">=", text="合格")),
    ("及格以上", T(">=", text="及格")),
    ("甲级以上", T(">=", text="甲级")),
    ("三星级以上", T(">=", text="三星级")),
    ("二级甲等以上", T(">=", text="二级甲等")),
    ("二等以上", T(">=", text="二等")),
    ("Ⅱ级以上", T(">=", text="Ⅱ级")),
    ("Ⅲ类以上", T(">=", text="Ⅲ类")),
    ("三级以下", T("<=", text="三级")),
    ("二级（含）以上", T(">=", text="二级")),    # (a grade's 含 no qualifier since hunt tg21: `>=` says it)
    ("良好以上（抽查）", T(">=", qualifier="抽查", text="良好")),
    ("良好以上《抽查）", T(">=", qualifier="抽查", text="良好")),
    ("≥二级以上", T(">=", text="二级")),           # (main: `>=` and the text `二级以上`)
    ("达到良好", T(">=", text="良好")),
    ("达到二级", T(">=", text="二级")),
    ("空气质量≥二级", T(">=", qualifier="空气质量", text="二级")),
    # a grade's label before its colon (main: text)
    ("等级：良好以上", T(">=", qualifier="等级", text="良好")),
    ("评定等级：二级以上", T(">=", qualifier="评定等级", text="二级")),
    ("考核结果：合格以上", T(">=", qualifier="考核结果", text="合格")),
    ("等级为良好以上", T(">=", qualifier="等级", text="良好")),
    ("等级：良好以上（抽查）", T(">=", qualifier="等级；抽查", text="良好")),
    ("评价结果：AAA级以上", T(">=", qualifier="评价结果", text="AAA级")),
    ("等级：≥良好", T(">=", qualifier="等级", text="良好")),   # (main: text)
    # no grade about or within one (main: `~` AAA级)
    ("AAA级左右", X("AAA级左右")),
    # a note's brackets of two kinds, 《 / 》 / { / } among them (main: `>=` and the text)
    ("≥95%《抽查）", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("≥95%（抽查》", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("≥95%《抽查》", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("≥95%{抽查)", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("》=95%《抽查）", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("=>95% 《抽查）", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("95%以上《抽查）", T(">=", 95.0, unit="%", qualifier="抽查")),
    # the target read before a second note, the first in mixed brackets (main: `>=` and the text)
    ("≥95%（抽查》（2024年底前）", T(">=", 95.0, unit="%", qualifier="抽查；2024年底前")),
    ("≥95%〈抽查〉（2024年底前）", T(">=", 95.0, unit="%", qualifier="抽查；2024年底前")),
]

KEPT = [
    ("同比增长5%", T("=", 5.0, unit="%", qualifier="同比增长")),
    ("同比：5%", T("=", 5.0, unit="%", qualifier="同比")),
    ("同比为5%", T("=", 5.0, unit="%", qualifier="同比")),
    ("同比下降3%", T("=", 3.0, unit="%", qualifier="同比下降")),
    ("环比提高2个百分点", T("=", 2.0, unit="个百分点", qualifier="环比提高")),
    ("同比增长≥5%", T(">=", 5.0, unit="%", qualifier="同比增长")),
    ("同比：5%以上", T(">=", 5.0, unit="%", qualifier="同比")),
    ("同比增长:≥5%", T(">=", 5.0, unit="%", qualifier="同比增长")),
    ("受益面：90%以上", T(">=", 90.0, unit="%", qualifier="受益面")),
    ("性价比：90%", T("=", 90.0, unit="%", qualifier="性价比")),
    ("同比增长率：5%", T("=", 5.0, unit="%", qualifier="同比增长率")),
    ("较上年增长", X("较上年增长")),
    ("同比增长", X("同比增长")),
    ("同比", X("同比")),
    ("同比持平", X("同比持平")),
    ("较上年5%", X("较上年5%")),
    ("良好", X("良好")),
    ("其中：良好以上", X("其中:良好以上")),
    ("等级：良好", T(qualifier="等级", text="良好")),    # (the grade after its label, hunt tg21: it was text)
    ("二级", X("二级")),
    ("AAA级", X("AAA级")),
    ("AAA级以上", T(">=", text="AAA级")),
    ("≥二级", T(">=", text="二级")),
    ("≥良好", T(">=", text="良好")),
    ("》=二级", T(">=", text="二级")),
    ("=>二级", T(">=", text="二级")),
    ("≥Ⅲ类", T(">=", text="Ⅲ类")),
    ("3级以上", T(">=", 3.0, unit="级")),
    ("5星级以上", T(">=", 5.0, unit="星级")),
    ("良好以上水平", X("良好以上水平")),
    ("国家二级以上", X("国家二级以上")),
    ("达到国家二级标准", X("达到国家二级标准")),
    ("达到良好以上水平的学校占比90%", X("达到良好以上水平的学校占比90%")),
    ("良好左右", X("良好左右")),
    ("二级以内", X("二级以内")),
    ("良好以上（≥80分）", T(">=", 80.0, unit="分", qualifier="良好以上")),
    ("合格（≥60分）", T(">=", 60.0, unit="分", qualifier="合格")),
    ("≥95%〈抽查）", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("≥95%（抽查）（2024年底前）", T(">=", 95.0, unit="%", qualifier="抽查；2024年底前")),
    ("〈5%)", X("〈5%)")),
    ("《管理办法）", X("《管理办法)")),
]

LEFT = [
    # a bounded grade, then the aim beyond it: the grade's bound, the aim the qualifier, as `≥95%，力争100%` — left,
    # text is a fair reading of a sentence of two grades
    ("二级以上，力争一级", T(">=", qualifier="力争一级", text="二级")),
    # a note whose words open with a figure in brackets of two kinds: no note, as `〈5%)` is none — left, a year
    # inside a note is rare beside a figure's bound
    ("≥95%（抽查）（2024年底前》", T(">=", 95.0, unit="%", qualifier="抽查；2024年底前")),
]


@pytest.mark.parametrize("raw,want", FIXED)
def test_fixed(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw,want", KEPT)
def test_kept(raw, want):
    assert split_target(raw) == want


# (left by this hunt, read since hunt tg21: its strict xfail lifted)
@pytest.mark.parametrize("raw,want", LEFT)
def test_left(raw, want):
    assert split_target(raw) == want


def test_one_bracket_list():
    """The mixed note is one of NOTE_BRACKETS, which parsers.tables' note before a unit reads too (main: a twin
    `_MIXED_NOTE` of targets alone, tables' list without it)."""
    assert not hasattr(targets, "_MIXED_NOTE")
    note = tables._END_NOTE.search("≥95（抽查》")
    assert note is not None and note.group(0) == "（抽查》"


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_target_form(read):
    """A 项目绩效目标表 of these spellings."""
    got = _ind(read("ct_s59_tg18_targets.txt"))
    assert len(got) == 14
    assert got["义务教育入学人数"] == ("=", 6.0, None, "%", "同比增长", None)
    assert got["巩固率提升"] == ("=", 2.0, None, "个百分点", "环比提高", None)
    assert got["学校办学等级"] == (">=", None, None, None, None, "二级")
    assert got["教学质量评估等级"] == (">=", None, None, None, None, "良好")
    assert got["校舍安全鉴定"] == (">=", None, None, None, None, "合格")
    assert got["设计单位资质"] == (">=", None, None, None, None, "甲级")
    assert got["危房等级"] == ("<=", None, None, None, None, "三级")
    assert got["实验室建设验收"] == (">=", None, None, None, "验收等级", "合格")
    assert got["教师培训覆盖率"] == (">=", 95.0, None, "%", "抽查", None)
    assert got["课后服务参与率"] == (">=", 95.0, None, "%", "抽查", None)
    # kept
    assert got["生均公用经费增幅"] == ("=", 5.0, None, "%", "同比", None)
    assert got["生均能耗降幅"] == ("=", 3.0, None, "%", "同比下降", None)
    assert got["教学质量良好学校占比"] == (None, None, None, None, None, "达到良好以上水平的学校占比90%")
    assert got["家长满意度"] == (">=", 90.0, None, "%", None, None)
