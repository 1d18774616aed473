"""Hunt tg17 (session 58, targets' leftovers of hunt tg16 and review rv60); each reading written by hand before the
run (tests/fixtures/review/ct_s58_tg17_targets.txt, from tests/fixtures/review/make_s58_tg17.py).

Decided:
- A measure's name before a colon reads as `覆盖率：90%以上` does, its name the qualifier, whatever measure it names —
  a share's 面 (`受益面：90%以上`, `覆盖面：95%`, `知晓面：80%以上`), a quantity's 量 / 数 (`工作量：100%`,
  `受益人数：1200人`), a ratio's 比 (`占比：5%以下`); they were text. Words naming no measure before a colon stay
  text (`其中：90%以上`, `要求：95%以上`, `方面：90%`, `率：90%`).
- A note in brackets, then `（含）`, then 以上 / 以下 reads as the other order (`95%（抽查）（含）以上` as
  `95%（含）以上（抽查）`: `>=` 95 %, `含；抽查`; it was text).
- A note's brackets of two kinds, an opening and a closing (`≥95%〈抽查）`, `≥95%【抽查)`, `95%以上〈抽查）`): the note
  (it was `>=` and the text; rv60's strict xfail made a plain test there); a figure inside (`〈5%)`) no note.
- A letter grade with 以上 reads as with `≥` before it (`AAA级以上`, `4A级及以上`, `A级以上`: `>=`, the text the grade,
  as `≥AAA级`, `≥3A级` read since hunt s39 tg): a rank, no quantity, as `1:1.2以上` (`>=`, the text `1:1.2`). rv60's
  `4A级以上` text changed so. Kept: `AAA级` alone text; rv3's `A级以上（≥90分）` (the score's bound, the grade's words
  the qualifier); `≥4A` 4 A; `国家4A级旅游景区` text; `≥2个AAA级以上景区` a count.
- In an indicator's cell a measure's name run into its share reads with the 面 too (`受益面90%`: `=` 90 %, 受益面), but
  a change before it leaves the text as split_target does (`降低发病率10%`, `提高满意度5%`: they read `=` and the
  words, while rv50's `提高覆盖面10%` was text only as 覆盖面 was not read there).
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_named_target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


FIXED = [
    # a measure's name before a colon (main: text)
    ("受益面：90%以上", T(">=", 90.0, unit="%", qualifier="受益面")),
    ("覆盖面：95%", T("=", 95.0, unit="%", qualifier="覆盖面")),
    ("知晓面：80%以上", T(">=", 80.0, unit="%", qualifier="知晓面")),
    ("工作量：100%", T("=", 100.0, unit="%", qualifier="工作量")),
    ("受益人数：1200人", T("=", 1200.0, unit="人", qualifier="受益人数")),
    ("占比：5%以下", T("<=", 5.0, unit="%", qualifier="占比")),
    ("受益面为90%以上", T(">=", 90.0, unit="%", qualifier="受益面")),
    # a note, then (含), then the word (main: text)
    ("95%（抽查）（含）以上", T(">=", 95.0, unit="%", qualifier="含；抽查")),
    ("95%（抽查）（含95%）以上", T(">=", 95.0, unit="%", qualifier="含95%；抽查")),
    ("5%（抽查）（含）以下", T("<=", 5.0, unit="%", qualifier="含；抽查")),
    # a note in brackets of two kinds (main: `>=` and the text, or text)
    ("≥95%〈抽查）", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("≥95%（抽查〉", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("≥95%【抽查)", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("95%以上〈抽查）", T(">=", 95.0, unit="%", qualifier="抽查")),
    # a letter grade with 以上 (main: text)
    ("AAA级以上", T(">=", text="AAA级")),
    ("AAA级及以上", T(">=", text="AAA级")),
    ("4A级以上", T(">=", text="4A级")),
    ("A级以上", T(">=", text="A级")),
]

KEPT = [
    ("覆盖率：90%以上", T(">=", 90.0, unit="%", qualifier="覆盖率")),
    ("满意度：95%以上", T(">=", 95.0, unit="%", qualifier="满意度")),
    ("其中：90%以上", X("其中:90%以上")),
    ("要求：95%以上", X("要求:95%以上")),
    ("方面：90%", X("方面:90%")),
    ("率：90%", X("率:90%")),
    ("受益面90%以上", T(">=", 90.0, unit="%", qualifier="受益面")),   # no colon, a bound after: as with it (hunt
    # s59 tg19; it was text); a bare figure, `受益面90%`, text alone (split_named_target reads it in a cell)
    ("受益面90%", X("受益面90%")),
    ("95%（含）以上（抽查）", T(">=", 95.0, unit="%", qualifier="含；抽查")),
    ("90分（优良）以上", T(">=", 90.0, unit="分", qualifier="优良")),
    ("≥95%（抽查）", T(">=", 95.0, unit="%", qualifier="抽查")),
    ("〈5%)", X("〈5%)")),
    ("《管理办法）", X("《管理办法)")),
    ("≥AAA级", T(">=", text="AAA级")),
    ("≥3A级", T(">=", text="3A级")),
    ("≥B级", T(">=", text="B级")),
    ("AAA级", X("AAA级")),
    ("4A级", X("4A级")),
    ("国家4A级旅游景区", X("国家4A级旅游景区")),
    ("≥4A", T(">=", 4.0, unit="A")),
    ("A级以上（≥90分）", T(">=", 90.0, unit="分", qualifier="A级以上")),
    ("AAA级及以上（≥90分）", T(">=", 90.0, unit="分", qualifier="AAA级及以上")),
    ("≥2个AAA级以上景区", T(">=", 2.0, unit="个", qualifier="AAA级以上景区")),
    # (a grade in words with 以上 reads as a letter grade does since hunt tg18: `>=`, the text the grade — text here)
    ("二级以上", T(">=", text="二级")),
    ("良好以上", T(">=", text="良好")),
]


@pytest.mark.parametrize("raw,want", FIXED)
def test_fixed(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw,want", KEPT)
def test_kept(raw, want):
    assert split_target(raw) == want


NAMED = [
    # a measure's name run into its share in an indicator's cell reads as with its colon, 面 too (main: text)
    ("受益面90%", "项目受益面", T("=", 90.0, unit="%", qualifier="受益面")),
    # a measure's change in a share, to or by unsaid: text as split_target reads it, review rv50's `提高覆盖面10%`
    # (main: `=` 10 %, 降低发病率 — the named path took a rate's change, not a 面's)
    ("降低发病率10%", "传染病发病率", X("降低发病率10%")),
    ("提高满意度5%", "群众满意度", X("提高满意度5%")),
]

NAMED_KEPT = [
    ("提高覆盖面10%", "网络覆盖", X("提高覆盖面10%")),
    ("合格率95%", "工程验收合格率", T("=", 95.0, unit="%", qualifier="合格率")),
    ("防效80%以上", "病虫害防治效果", T(">=", 80.0, unit="%", qualifier="防效")),
]


@pytest.mark.parametrize("raw,name,want", NAMED)
def test_named(raw, name, want):
    assert split_named_target(raw, name) == want


@pytest.mark.parametrize("raw,name,want", NAMED_KEPT)
def test_named_kept(raw, name, want):
    assert split_named_target(raw, name) == want


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_target_form(read):
    """A 项目绩效目标表 of these spellings (main: 8 of 10 read as text or as `>=` and the text)."""
    got = _ind(read("ct_s58_tg17_targets.txt"))
    assert len(got) == 10
    assert got["项目受益面"] == (">=", 90.0, None, "%", "受益面", None)
    assert got["政策覆盖面"] == ("=", 95.0, None, "%", "覆盖面", None)
    assert got["年度工作量完成"] == ("=", 100.0, None, "%", "工作量", None)
    assert got["受益游客人数"] == ("=", 1200.0, None, "人", "受益人数", None)
    assert got["设施验收合格率"] == (">=", 95.0, None, "%", "含；抽查", None)
    assert got["服务规范达标率"] == (">=", 95.0, None, "%", "抽查", None)
    assert got["景区等级"] == (">=", None, None, None, None, "AAA级")
    assert got["政策知晓情况"] == (">=", 80.0, None, "%", "知晓面", None)
    # kept
    assert got["服务达标情况"] == (None, None, None, None, None, "要求:95%以上")
    assert got["创建景区等级"] == (">=", None, None, None, None, "4A级")
