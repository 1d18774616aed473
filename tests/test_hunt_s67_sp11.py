"""Hunt sp11 of session 67: speed of the text path (issue #2), cheap gates before patterns tried on most texts for
nothing. Every reading stands (the suites and the snapshot compare); these tests hold the gates' edges, the rare
spellings each gate must still let through, and that a text the gate turns away is one the pattern never matched.

Decided:
- `_SIGNOFF_DAY` (a `regex` pattern, its lazy head tried at every cut) is asked only of a text whose last character a
  day ends in (日 / 号, a digit; a character past the BMP let through, `regex`'s digits being more than Python's).
- `PERCENT_POINTS` only of a text holding a `%` / `％`; `_RUN_INTO_PARTS` only of a text holding 其中;
  `joining_end`'s pattern only of a text ending on 及 / 其 / 和 / 与 / 或.
- (tried, not kept: the HTML table search of a text dump only of one holding `<` — 147 of the first 200 bench
  dumps hold one, the search is fast already; its test below stays, a guard of the reading.)
- `mend_split_glyphs`: a pattern of the plain pairs (scanned by their first characters) before the pairs in context.
- `_paired_capital` (normalize/amounts.py): `_PAIRED` only of a text whose last character (or the one before a last
  line break, the pattern's `$`) is a closing bracket.
Kept: the readings of every fixture (no reading changed).
Left: the parser's per-row dispatch (parsers/forms.py `_read_fields`, ~1,400 lines asked of every row) — flat, no
single hot spot; the 1,000 forms per CPU-second of issue #2 stays far off.
"""
from __future__ import annotations

import pytest

import extract.grid as G
import extract.txt as T
import parsers.forms as F


@pytest.mark.parametrize("text", ["2024年3月15日", "2024年3月15号", "二〇二四年三月十五日", "2024.3.15", "2024-03-15",
                                  "填报单位（盖章）  2024年3月15日", "单位负责人签字  2024.3.15"])
def test_day_gate_lets_days_through(text):
    t = F.fold(text).strip()
    assert F._may_end_in_day(t)
    assert F._SIGNOFF_DAY.match(t) is not None


def test_day_gate_fullwidth_digits_folded():
    # (a full-width day, `２０２４．３．１５`: folded first, its last character a digit)
    assert F._signoff_day("（盖章）  ２０２４．３．１５") == "2024.3.15"


@pytest.mark.parametrize("text", ["", "项目负责人：王建国", "2024年3月", "二〇二四年三月", "合计"])
def test_day_gate_turns_away_only_non_days(text):
    t = F.fold(text).strip()
    assert not F._may_end_in_day(t)
    assert F._SIGNOFF_DAY.match(t) is None


def test_day_gate_lets_a_digit_past_the_bmp_through():
    assert F._may_end_in_day("\U00010d40")


@pytest.mark.parametrize("text, want", [("10%", True), (" 10 ％ ", True), ("100", False), ("10分", False),
                                        ("≥90%", False), ("合计", False)])
def test_percent_points_gate(text, want):
    assert F._percent_points(text) is want
    assert (F.PERCENT_POINTS.match(text) is not None) is want


@pytest.mark.parametrize("text, want", [("资金总额：960其中：中央800，县级160", "资金总额：960，其中：中央800，县级160"),
                                        ("资金总额：1 250万元", "资金总额：1250万元"),
                                        ("资金总额：960，中央800", "资金总额：960，中央800")])
def test_parts_parted_gate(text, want):
    assert F._parts_parted(text) == want


@pytest.mark.parametrize("text, want", [("城乡居民基本医疗保险及", True), ("城乡居民基本医疗保险及 \n", True),
                                        ("设施设备及其", True), ("文化和", True), ("新建或", True), ("涉及", False),
                                        ("总和", False), ("参与", False), ("", False), ("  ", False),
                                        ("项目资金", False)])
def test_joining_end_gate(text, want):
    assert G.joining_end(text) is want


@pytest.mark.parametrize("text, want", [("绩效目木示", "绩效目标"), ("扌旨标名称", "指标名称"), ("苗木示范基地", "苗木示范基地"),
                                        ("面禾只", "面积"), ("设亻介", "设价"), ("项目名称", "项目名称")])
def test_split_glyph_gate(text, want):
    assert T.mend_split_glyphs(text) == want


def test_html_table_in_text_still_read_as_html():
    data = ("<TABLE border=1><TR><TD>项目名称</TD><TD>乡村道路养护</TD></TR>"
            "<TR><TD>实施单位</TD><TD>县交通运输局</TD></TR></TABLE>\n").encode("utf-8")
    ex = T.extract_txt(data, "t")
    assert any(w.code == "html_in_text" for w in ex.warnings)
    plain = T.extract_txt("项目名称\t乡村道路养护\n实施单位\t县交通运输局\n".encode("utf-8"), "t")
    assert not any(w.code == "html_in_text" for w in plain.warnings)


@pytest.mark.parametrize("text, want", [("壹佰贰拾万元整（¥1,200,000.00）", 1200000.0),
                                        ("120万元（大写：壹佰贰拾万元整）", 1200000.0),
                                        ("人民币壹佰万元整(小写：100万元)\n", 1000000.0),
                                        ("壹佰万元", None), ("一百二十万元（另有结转）资金", None)])
def test_paired_capital_gate(text, want):
    import normalize.amounts as A
    assert A._paired_capital(text, None) == want
