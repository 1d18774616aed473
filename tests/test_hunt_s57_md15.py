"""Mends md15 of the read-only code review rd2 (report findings 1-7) over the session's reviews.

Decided: an addressee and its sentence on one line (`县财政局：现将…报送如下，请审核。`) is a letter's text, not a
labelled note — the letter between two forms of one title parts them again and a letter after the last form is its
own segment (rv49's `_LABELLED` had taken the line for a note: one form, its heading an indicator); a day after a
bare label is that label's value only when the label names a day or a time (`联系电话：    2024年3月15日` under a
form: the fill_date, it was lost); a label naming a count (`补助人数 | 2万`, `投资人次`, `贷款户数`) gives no money
line whatever money word it holds; a 通知 of results and a batch's bracket after a 通报 (`…的通报（第一批）`) are a
results notice (no form); 公共's 共 is no total word (`新增公共3处`); a bracket of 总分 or `满分为` after a score is the
full marks, as `（满分100分）` is. The fixtures are rd2's probes, copied as they were written.
"""
from __future__ import annotations

import json

import pytest

from normalize.targets import split_target
from parsers.tables import scores_in_cell
from tests.hunt_tools import budget_lines, warning_codes


def _f(name):
    return f"ct_s57_md15_{name}.txt"


def test_letter_on_one_line_between_two_forms_parts_them(read):
    r = read(_f("b_between_oneline"))
    assert len(r.tables["projects"]) == 2
    assert "target_missing" not in warning_codes(r) and "duplicate_indicator" not in warning_codes(r)


def test_letter_on_one_line_after_the_last_form_is_no_indicator(read):
    r = read(_f("a_letter_oneline"))
    assert len(r.tables["projects"]) == 1
    assert "target_missing" not in warning_codes(r) and "not_a_form" in warning_codes(r)
    assert not any("关于" in (i["level3"] or "") for i in r.tables["indicators"])


def test_empty_phone_label_before_the_day_keeps_the_fill_date(read):
    p = read(_f("d_phone_empty")).tables["projects"][0]
    assert str(p["fill_date"]) == "2024-03-15"


def test_a_count_label_gives_no_money_line(read):
    r = read(_f("c_buzhu_count"))
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("中央财政", 400000.0), ("县级财政", 200000.0)]
    assert json.loads(r.tables["projects"][0]["other_fields"] or "{}").get("补助人数") == "2万"


@pytest.mark.parametrize("name", ["i_notice_tongzhi", "i2_notice_batch"])
def test_results_notices_give_no_form(read, name):
    r = read(_f(name))
    assert r.tables["projects"] == [] and r.tables["assessment_items"] == []
    assert "not_a_form" in warning_codes(r) and "unparsed_row" not in warning_codes(r)


def test_gonggong_keeps_its_gong():
    t = split_target("新增公共3处")
    assert (t.op, t.value, t.unit, t.qualifier) == ("=", 3.0, "处", "新增公共")
    t = split_target("新建基地共3个")
    assert (t.op, t.value, t.unit, t.qualifier) == ("=", 3.0, "个", "新建基地")


@pytest.mark.parametrize("cell", ["自评得分：94分（总分100分），评价等级：优", "自评得分：94分（满分为100分），评价等级：优"])
def test_full_marks_spellings_after_a_score(cell):
    tail: list = []
    assert scores_in_cell(cell, tail) == [("自评得分", "94")] and tail == [("评价等级", "优")]
