"""Review rv59 (session 58) of hunt sc14 (scores and choices). Fixtures ct_s58_rv59_* (text dumps, tab-separated
cells, from tests/fixtures/review/make_s58_rv59.py): near variants of sc14's forms; each reading was written down by
hand before jixiao was run.

Decided:
- a numeral opening a word is no figure among radio marks: `◎一次性 ●常年性`, `●一般性 ◎专项性` choices (sc14 read
  any option opening with a numeral as a quantity: they were kept with their marks, a regression); options are
  things listed only when every one is a figure and its measure (`●三年 ◎五年`), one word among them makes a choice
  (`◎一年度 ●多年度` -> 多年度);
- an option may open with its letter as with its figure: `◎A类 ●B类` -> B类 (kept with its marks);
- the scale of grades laid across with its bands first (`分数 | 90分以上 | …` over `等级 | 优 | 良 | 中 | 差`): the
  scale `考核等次`, no grade (优 was the grade, the bands an unparsed_row), as the grades over their bands are.
Kept (right after sc14, guards): `自评得分：94.0分` under a 合计 of 94 (no warning); a 评分表 of 90 points and
`自评得分：93.7分` (the whole: 93.7, no score_stated_twice); a reviewer's `复核得分：90分` (90, the 合计 aside, no
score_stated_twice); `评价机构：` with nothing after it (nothing kept); a ticked scale `☑优（90分以上） □良…`
(优); `等级 | 优秀 | 良好 | …` over `分值 | ≥90 | …` (the scale); a line `评价等级：优` (优); `●一级 ◎二级`, `☑1类 □2类`,
`●是 ◎否`, `◑是 ○否`.
"""
from __future__ import annotations

import json

import pytest

from parsers.core import radio_boxes
from tests.hunt_tools import only_project, other_fields, warning_codes


@pytest.mark.parametrize("text, want", [
    ("◎一次性 ●常年性", "□一次性 ☑常年性"),
    ("●一般性 ◎专项性", "☑一般性 □专项性"),
    ("◎一年度 ●多年度", "□一年度 ☑多年度"),
])
def test_numeral_opening_a_word_is_a_choice(text, want):
    """A numeral opening a word (`一次性`, `一般性`) or one word among figures: a choice. sc14: kept as written."""
    assert radio_boxes(text) == want


@pytest.mark.parametrize("text", ["●三年 ◎五年", "●10人 ◎20人", "●2024年 ◎2025年"])
def test_figures_and_measures_stay_lists(text):
    """(guard) every option a figure and its measure: a list, kept as written (sc14's decision)."""
    assert radio_boxes(text) == text


def test_kind_words_opening_with_a_numeral(read):
    """`项目属性 | ●一般性 ◎专项性`: category 一般性 (sc14: kept with its marks)."""
    p = only_project(read("ct_s58_rv59_radio_numeral_kinds.txt"))
    assert p["category"] == "一般性"


def test_period_options(read):
    """`实施期限 | ◎一年度 ●多年度` -> period_raw 多年度 (it was kept with its marks; mended md16)."""
    p = only_project(read("ct_s58_rv59_radio_numeral_kinds.txt"))
    assert p["period_raw"] == "多年度"


def test_radio_words(read):
    """`◎一次性 ●常年性` -> 常年性 (sc14: kept with its marks); `●是 ◎否`, `◑是 ○否` -> 是."""
    p = only_project(read("ct_s58_rv59_radio_words.txt"))
    o = other_fields(p)
    assert o["支出性质"] == "常年性" and o["是否新建"] == "是" and o["是否跨年度"] == "是"


def test_money_band_choice(read):
    """`资金规模 | ●100万元以下 ◎100万元以上` -> other_fields 资金规模 100万元以下 (it was lost; mended md16)."""
    assert other_fields(only_project(read("ct_s58_rv59_radio_words.txt"))).get("资金规模") == "100万元以下"


def test_radio_ranks(read):
    """`◎A类 ●B类` -> B类 (kept with its marks); `●一级 ◎二级` -> 一级, `☑1类 □2类 □3类` -> 1类."""
    o = other_fields(only_project(read("ct_s58_rv59_radio_ranks.txt")))
    assert o == {"工程等级": "一级", "资金类别": "B类", "工程类别": "1类"}


def test_grade_scale_across_bands_first(read):
    """`分数 | 90分以上 | …` over `等级 | 优 | 良 | 中 | 差`: no grade, the scale 考核等次 (it was grade 优, the bands
    an unparsed_row)."""
    r = read("ct_s58_rv59_grade_across_bands_first.txt")
    p = only_project(r)
    assert p["grade"] is None and p["score"] == 94
    assert other_fields(p) == {"考核等次": "优：90分以上；良：80-89分；中：60-79分；差：60分以下"}
    assert warning_codes(r) == []


def test_grade_scale_across_other_words(read):
    """(guard) `等级 | 优秀 | 良好 | 合格 | 不合格` over `分值 | ≥90 | 80-89 | …`: the scale, no grade."""
    p = only_project(read("ct_s58_rv59_grade_across_words.txt"))
    assert p["grade"] is None
    assert other_fields(p) == {"考核等次": "优秀：≥90；良好：80-89；合格：60-79；不合格：<60"}


@pytest.mark.parametrize("name", ["grade_ticked", "grade_line"])
def test_grade_given(read, name):
    """(guard) `评价等级 | ☑优（90分以上） □良…` or a line `评价等级：优` under the 评分表: grade 优."""
    p = only_project(read(f"ct_s58_rv59_{name}.txt"))
    assert p["grade"] == "优" and p["score"] == 94


def test_stated_score_same_figure_written_otherwise(read):
    """(guard) `合计 | 100 | 94` and `自评得分：94.0分`: one score, nothing aside, no warning."""
    r = read("ct_s58_rv59_stated_decimal_same.txt")
    p = only_project(r)
    assert p["score"] == 94 and other_fields(p) == {} and warning_codes(r) == []


def test_stated_score_whole_of_a_part_table(read):
    """(guard) a 评分表 of 90 points (`合计 | 90 | 84.5`) and `自评得分：93.7分`: the whole, 93.7, not said twice."""
    r = read("ct_s58_rv59_stated_whole_of_part.txt")
    assert only_project(r)["score"] == 93.7 and "score_stated_twice" not in warning_codes(r)


def test_reviewer_line_not_stated_twice(read):
    """(guard) `复核得分：90分` under a 合计 of 94: the reviewer's 90, the 合计 aside, no score_stated_twice."""
    r = read("ct_s58_rv59_reviewer_line.txt")
    p = only_project(r)
    assert p["score"] == 90 and other_fields(p) == {"总分": "94"}
    assert "score_stated_twice" not in warning_codes(r)


def test_evaluator_line_blank(read):
    """(guard) `评价机构：` with nothing after it: nothing kept under it; `评价机构负责人：张三` as before sc14."""
    p = only_project(read("ct_s58_rv59_evaluator_blank.txt"))
    assert json.loads(p["other_fields"]) == {"评价机构负责人": "张三"}
