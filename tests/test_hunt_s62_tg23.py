"""Hunt tg23 (session 62): indicator targets, dates and scores — the leftovers of rv78, rv80, rv81 and new shapes.

- a seal's words spaced out in a stamp's bracket (`（盖　章）`, `（盖 章）`) and a unit's `（单位公章）` are a stamp note
  (normalize.text SEAL_WORDS): the fill date read, nothing left in other_fields;
- a count's long name before its comparison (`城乡居民医保参保人数≥3500人`): `>=` 3500 人, the name the qualifier, as a
  share's long name (`…参保率≥95%`) reads; a sentence of a means and a result so ending stays text;
- an age bound with `（含）` opening a name (`60周岁（含）以上老年人健康管理率≥70%`) opens it as `60周岁以上` does;
- a period's length with its years and a note after a 、 (`三年（2024-2026年、分期实施）`): the bracket's years;
- a score said with its full marks in brackets (`总分：93分（满分100分）`) under a 合计 of another: said twice, kept aside;
- `20/全得` under a `分值/得分` head: full marks, as `20/满分`;
- a 评分表's `单位评分` column beside `财政评分`: the unit's own score, kept in other_fields (it was lost).
- the outside parties of a score one list (labels.SCORE_PARTY): `专家评分：90` a score's label, as a column's head.

Fixtures ct_s62_tg23_* from make_s62_tg23.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period
from normalize.targets import Target, split_target
from parsers.tables import scores_in_cell
from tests.hunt_tools import only_project, other_fields, warning_codes

D = dt.date


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


# ------------------------------------------------------------------ stamp notes

@pytest.mark.parametrize("name", ["stamp_spaced", "stamp_unit_seal"])
def test_stamp_note_spaced_or_unit_seal(read, name):
    """main: the fill date none, `填报日期：2024年3月5日（盖　章）` kept in other_fields."""
    r = read(f"ct_s62_tg23_{name}.txt")
    p = only_project(r)
    assert p["fill_date"] == D(2024, 3, 5)
    assert not [k for k in other_fields(p) if "填报日期" in k or "章" in k]
    assert p["unit"] == "浏阳市环境卫生服务中心"


# ------------------------------------------------------------------ long names before a comparison

def test_long_count_and_age_names(read):
    """main: the count's name over eight characters and the `（含）` age bound text."""
    got = _ind(read("ct_s62_tg23_long_names.txt"))
    assert got["参保人数"] == (">=", 3500.0, "人", "城乡居民医保参保人数", None)
    assert got["受益户数"] == (">=", 200.0, "户", "项目完成后受益农户户数", None)
    assert got["老年人健康管理率"] == (">=", 70.0, "%", "60周岁(含)以上老年人健康管理率", None)
    # kept: a means and a result ending in 人数 text; a short age name read as before
    assert got["培训人数"] == (None, None, None, None, "通过培训提高农民参训人数≥300人")
    assert got["儿童健康管理率"] == (">=", 85.0, "%", "0-6岁儿童健康管理率", None)
    assert got["群众满意度"] == (">=", 90.0, "%", None, None)


@pytest.mark.parametrize("raw,want", [
    ("家庭医生签约服务人数≥12000人", Target(">=", 12000.0, None, "人", "家庭医生签约服务人数", None)),
    ("全年开展健康教育活动次数不少于12次", Target(">=", 12.0, None, "次", "全年开展健康教育活动次数", None)),
    ("65岁（含）以上老年人健康管理率≥70%", Target(">=", 70.0, None, "%", "65岁(含)以上老年人健康管理率", None)),
])
def test_long_names_split(raw, want):
    assert split_target(raw) == want


# ------------------------------------------------------------------ periods

def test_length_with_years_and_a_note_after_a_pause_mark(read):
    """main: no start nor end (the note after 、 was no note of _LENGTH_BEFORE's)."""
    p = only_project(read("ct_s62_tg23_long_names.txt"))
    assert (p["start_date"], p["end_date"]) == (D(2024, 1, 1), D(2026, 12, 31))
    assert parse_period("两年（2024年1月-2025年12月、分两期实施）", 2024) == (D(2024, 1, 1), D(2025, 12, 31))


# (a plain test since hunt tg24 (session 63): a start of a month there is not, its end a whole day of its year — the end
# alone, as `24.13-…` and `2024.13.1-…` give; normalize.dates._day_and_month)
def test_impossible_month_start_end_alone():
    assert parse_period("2024.13-2025.6.30", 2024) == (None, D(2025, 6, 30))


# ------------------------------------------------------------------ scores

def test_points_pairs_in_words_and_a_bracketed_total_line(read):
    """main: `20/全得` and `30/得全分` no pair (the rows' scores lost), the line `总分：93分（满分100分）` dropped without a
    word (its bracket made it no figure in the check of a score said twice)."""
    r = read("ct_s62_tg23_score_pairs.txt")
    p = only_project(r)
    assert [(x["weight"], x["score"]) for x in r.tables["scores"]] == [(10, 10), (20, 20), (40, 36), (30, 30)]
    assert p["score"] == 96
    assert other_fields(p).get("总分") == "93分（满分100分）"
    assert "score_stated_twice" in warning_codes(r)


def test_unit_scorer_column_beside_the_finance_bureaus(read):
    """main: the 财政评分 the score, the 单位评分 column lost without a word (`单位` before a bare 评分 no scorer)."""
    r = read("ct_s62_tg23_unit_scorer.txt")
    p = only_project(r)
    assert p["score"] == 90
    assert [x["score"] for x in r.tables["scores"]] == [9, 18, 36, 27]
    assert other_fields(p).get("单位评分") == "94"


@pytest.mark.parametrize("text,want", [
    ("自评得分：94，专家评分：90", [("自评得分", "94"), ("专家评分", "90")]),
    ("自评得分94分；评审组评分91分", [("自评得分", "94"), ("评审组评分", "91")]),
])
def test_outside_parties_one_list(text, want):
    """labels.SCORE_PARTY for the score labels too: main, no pair (专家 / 评审组 were the heads' parties only)."""
    assert scores_in_cell(text) == want
