"""Review fa (session 39): fixes of a read-only review of the session's assessment / target rules (/tmp/s39/dr/REVIEW.md
#2 #4 #5 #6 #7 #8 #9 #10 #11 #14 #15). The review's own inputs are copied in as ct_s39_fa_base_deduct / yiju / lead_part /
pingfen_words; every expectation was written by hand from the form before jixiao was run, and what main (merged, before
this review) gave is said beside the assertion."""
from __future__ import annotations

import pytest

from normalize.records import FULL_MARKS, KIND_WORD, given_score, item_score, normalize_assessment_item, normalize_indicator
from normalize.targets import split_target


def _t(text: str) -> tuple:
    t = split_target(text)
    return (t.op, t.value, t.value_max, t.unit, t.qualifier)


def _items(r) -> list[tuple]:
    return [(a["item_no"], a["kind"], a["points"], a["score"]) for a in r.tables["assessment_items"]]


def _warn(r, code="unplaced_cell") -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == code]


# ---- #2 / #4: 扣N分 and 满分 in the score column, read by the item's kind and points ----

def test_review_base_deduct(read):
    # 1 | 分值 10 | 得分 `扣2分`: the item scored 8 (main: −2); 2 | 20 | `满分`: 20; 3 | 扣分项 | 每起扣2分 | `满分`:
    # nothing taken off, 0 (main: 2.0, its points a time, as a positive score)
    r = read("ct_s39_fa_base_deduct.txt")
    assert _items(r) == [(1, "base", 10.0, 8.0), (2, "base", 20.0, 20.0), (3, "penalty", 2.0, 0.0)]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_scores_of_every_kind(read):
    # 1 base 10 `扣2分` -> 8 (main −2); 2 base of no points `扣3分` -> null, named (main −3 silently);
    # 3 bonus `满分` -> null, named (main 2.0, its points a time); 4 bonus `加1.5分` -> 1.5; 5 penalty `扣5分` -> −5;
    # 6 penalty `满分` -> 0 (main 2.0)
    r = read("ct_s39_fa_kinds_scores.txt")
    assert _items(r) == [(1, "base", 10.0, 8.0), (2, "base", None, None), (3, "bonus", 2.0, None),
                         (4, "bonus", 1.5, 1.5), (5, "penalty", 5.0, -5.0), (6, "penalty", 2.0, 0.0)]
    assert [a["cap"] for a in r.tables["assessment_items"]] == [None, None, 5.0, 3.0, None, None]
    # (main: no warning, the file ok)
    assert _warn(r) == ["assessment-table column '得分' (the score given each item): cells of no score, not kept: "
                        "2：扣3分；3：满分"]
    assert r.document["status"] == "partial"


@pytest.mark.parametrize("raw,kind,points,want", [
    ("扣2分", "base", 10.0, 8.0), ("减 1.5 分", "base", 5.0, 3.5), ("扣2分", "base", None, None),
    ("扣2分", "penalty", None, -2.0), ("扣2分", "bonus", None, None),
    ("加1分", "bonus", None, 1.0), ("加1分", "base", 10.0, None), ("加1分", "penalty", None, None),
    ("满分", "base", 10.0, 10.0), ("得满分", "veto", None, None), ("满分", "penalty", None, 0.0),
    ("满分", "bonus", None, None), ("8.5分", "penalty", None, 8.5), ("8（扣2分）", "base", 10.0, 8.0),
    ("不得分", "bonus", None, 0.0), ("待核定", "base", 10.0, None),
])
def test_item_score(raw, kind, points, want):
    assert item_score(raw, kind, points) == want


def test_given_score_alone_leaves_kind_words():
    # (main: given_score('扣2分') −2 whatever the item)
    assert given_score("扣2分") is None and given_score("满分") is None and given_score("-2") == -2.0
    assert normalize_assessment_item({"content": "党建工作", "points": "10", "score": "扣2分"})["score"] == 8.0


def test_content_of_the_kind_word_alone():
    # `信访工作 | 扣分项 | (no 分值) | 每起扣2分 | 扣2分`: a penalty item (main: base)
    a = normalize_assessment_item({"section": "信访工作", "content": "扣分项", "requirement": "每起扣2分", "score": "扣2分"})
    assert (a["kind"], a["points"], a["score"]) == ("penalty", 2.0, -2.0)


# ---- #5: rule columns named 评分依据 / 扣分依据 / 评分说明 ----

def test_yiju_is_the_rule(read):
    # (the review's input; fixed by review ra already: kept as a guard)
    r = read("ct_s39_fa_yiju.txt")
    assert [a["requirement"] for a in r.tables["assessment_items"]] == ["每少开一次扣1分", "每少1万元扣2分"]
    assert all(a["score_note"] is None for a in r.tables["assessment_items"])


def test_shuoming_without_a_score_column_is_the_rule(read):
    # 序号 | 考核内容 | 分值 | 评分说明, no 得分 column (main: the rule as score_note, requirement null)
    r = read("ct_s39_fa_shuoming_rule.txt")
    assert [(a["requirement"], a["score_note"]) for a in r.tables["assessment_items"]] == [
        ("每少开一次扣1分", None), ("每少1万元扣2分", None)]


def test_kouf_yiju_head_is_a_rule_label():
    from parsers.labels import HEADER_ROLES
    from parsers.tables import _extra_field
    assert "扣分依据" in HEADER_ROLES["assessment"]["requirement"]     # (main: a score_note head)
    assert _extra_field("扣分依据") is None and _extra_field("扣分说明") == "score_note" == _extra_field("得分依据")


def test_pingfen_words_named(read):
    # 评分 column of rule words on item 1: named in a warning; 18 the score of item 2 (a guard)
    r = read("ct_s39_fa_pingfen_words.txt")
    assert [a["score"] for a in r.tables["assessment_items"]] == [None, 18.0]
    assert _warn(r) == ["assessment-table column '评分' (the score given each item): cells of no score, not kept: "
                        "1：每少一次扣1分"]


# ---- #6: part_no only when a part follows ----

def test_lead_part_alone_is_no_part(read):
    # `1.党风廉政建设 | （1）…` with no （2） after it, `3.安全生产 | （3）…` (main: part_no 1 and 3)
    r = read("ct_s39_fa_lead_part.txt")
    assert [(a["item_no"], a["part_no"]) for a in r.tables["assessment_items"]] == [(1, None), (2, None), (3, None)]


def test_lead_part_with_its_second_part_kept(read):
    # (a guard: the title over （1） and （2） keeps both numbers)
    r = read("ct_s34_bm_title_over_subitems.txt")
    assert [a["part_no"] for a in r.tables["assessment_items"]] == [1, 2, None, None]


# ---- #7 / #9b / #14: targets ----

@pytest.mark.parametrize("target,unit,want", [
    ("300", "人次以上", (">=", 300.0, "人次")),      # (main: =, 300, no unit)
    ("3", "个月内", ("<=", 3.0, "个月")),            # (main: =, 3, no unit)
    ("300人次以上", "人次以上", (">=", 300.0, "人次")),
    ("95", "%以上", (">=", 95.0, "%")),
])
def test_unit_ending_in_a_comparison_word(target, unit, want):
    i = normalize_indicator({"level3": "培训人次", "target_raw": target, "target_value_raw": target, "unit_raw": unit})
    assert (i["op"], i["value"], i["unit"]) == want


def test_suffix_words_one_list():
    # `（含）及以内` (main: text), as `（含）及以下` and `（含）以内`
    for t in ("5天（含）及以内", "5天（含）及以下", "5天（含）以内"):
        assert _t(t)[:4] == ("<=", 5.0, None, "天"), t
    from parsers.tables import _BARE_SUFFIX
    assert _BARE_SUFFIX.match("及以内") and _BARE_SUFFIX.match("或以下") and not _BARE_SUFFIX.match("内")


def test_per_ten_thousand_before_a_done_word():
    # `5‱完成` (main: text), as `5‰完成`
    assert _t("5‱完成") == ("=", 5.0, None, "‱", "完成")
    assert _t("≤5‱达标") == ("<=", 5.0, None, "‱", "达标")


def test_space_by_a_units_dot():
    # `80元/人 ·月` (an Excel web page's &nbsp;; main: text)
    assert _t("80元/人 ·月")[:4] == ("=", 80.0, None, "元/人·月")
    assert split_target("a · b").value is None


# ---- #10: several earlier score columns ----

def test_each_earlier_score_column_named(read):
    # 初评得分 | 复评得分 | 终评得分 (main: one warning naming 复评得分 over both columns' cells, `1：27；1：26；…`)
    r = read("ct_s39_fa_three_score_cols.txt")
    assert [a["score"] for a in r.tables["assessment_items"]] == [28.0, 19.0, 19.0]
    assert _warn(r) == [
        "assessment-table column '初评得分' (an earlier column of the score given each item than '终评得分', the score), "
        "not kept: 1：26；2：18；3：20",
        "assessment-table column '复评得分' (an earlier column of the score given each item than '终评得分', the score), "
        "not kept: 1：27；3：19"]


# ---- #9a / #9e / #9f: one helper each ----

def test_one_helper_each():
    from parsers import forms, tables
    assert tables.KIND_WORD is KIND_WORD and not hasattr(tables, "_KIND_POINTS")
    assert FULL_MARKS.match("得满分") and KIND_WORD.match("扣分事项")
    assert [f for f, _ in tables._EXTRA_FIELDS].count("evidence") == 1
    assert tables._extra_field("数据来源") == "evidence" and tables._extra_field("佐证材料") == "evidence"
    assert forms._year_of_target_header is tables.year_of_target_header
