"""Mend md8 (session 55; review rd2's findings on this session's later merges).

Decided:
- review rv38's clause rule (normalize/targets.py) made any long name holding one of its verbs text, so common measure
  names lost their figure (`农村居民人均收入提高比例≥5%`, `项目带动农户增收比例≥10%`, `道路通行条件改善满意度≥90%`,
  `项目建成后群众满意度≥90%`). A clause is now two of the words (a means and a result, `加强…提高`, `建成后…改善`), an aim
  in the middle (`…任务确保…合格率`), or a time after a deed with a sentence of nine characters or more after it
  (`资金到位后及时拨付至项目单位拨付率`): rv38's sentences stay text.
- parsers/forms' late review titles (rv39) and layouts.base's review titles are one pattern (`REVIEW_TITLE`): the
  copy left the experts' tables out (`项目专家评分表`, `事前绩效评估专家评分表`).
- a year in numerals (normalize.text CN_YEAR) holds a Chinese numeral and follows no digit or letter: `0O00年度` was a
  year word, the `0000年` of `10000年度` a year.
- tables' `_TABLE_GOES_ON` (`续表`) reads its space runs atomically: `续` and 1,000 spaces before an `x` took 6 s.
"""
from __future__ import annotations

import pytest
import regex

from normalize.dates import YEAR_WORD
from normalize.targets import split_target
from normalize.text import CN_YEAR
from parsers.forms import _LATE_REVIEW
from parsers.layouts.base import _REVIEW_TITLE
from parsers.tables import _TABLE_GOES_ON


@pytest.mark.parametrize("cell, value, name", [
    ("农村居民人均收入提高比例≥5%", 5.0, "农村居民人均收入提高比例"),
    ("项目带动农户增收比例≥10%", 10.0, "项目带动农户增收比例"),
    ("农村人居环境改善比例≥80%", 80.0, "农村人居环境改善比例"),
    ("项目区农户生活水平提高程度≥90%", 90.0, "项目区农户生活水平提高程度"),
    ("道路通行条件改善满意度≥90%", 90.0, "道路通行条件改善满意度"),
    ("项目建成后群众满意度≥90%", 90.0, "项目建成后群众满意度"),
    ("项目完成后受益群众满意度≥90%", 90.0, "项目完成后受益群众满意度"),
])
def test_a_measure_name_with_one_verb_reads(cell, value, name):
    t = split_target(cell)
    assert (t.op, t.value, t.unit, t.qualifier, t.target_text) == (">=", value, "%", name, None)


@pytest.mark.parametrize("cell", ["全面加强项目管理提高资金使用效率≥90%", "项目建成后有效改善群众生活水平≥90%",
                                  "按时完成建设任务确保工程质量合格率≥95%", "资金到位后及时拨付至项目单位拨付率达到100%",
                                  "通过开展培训提升农民种植技术水平≥90%"])
def test_a_sentence_stays_text(cell):
    """Guards (rv38's)."""
    t = split_target(cell)
    assert (t.op, t.value, t.target_text) == (None, None, cell)


@pytest.mark.parametrize("title", ["项目专家评分表", "2025年事前绩效评估专家评分表", "绩效目标审核意见表", "项目评审表",
                                   "项目审查表"])
def test_one_review_title_pattern(title):
    assert _LATE_REVIEW.search(title) and _REVIEW_TITLE.search(title)


def test_a_numeral_year_holds_a_numeral_and_follows_no_figure():
    assert YEAR_WORD.sub("", "0O00年度") == "0O00年度"
    assert regex.search(CN_YEAR + "年", "10000年度") is None
    assert YEAR_WORD.sub("", "二O二四年学生资助项目") == "学生资助项目"


@pytest.mark.parametrize("cell, goes_on", [("续表", True), ("（续表二）", True), ("续 表 1：", True), ("续建项目", False),
                                           ("续" + " " * 300 + "x", False)])
def test_table_goes_on(cell, goes_on):
    assert bool(_TABLE_GOES_ON.match(cell)) is goes_on
