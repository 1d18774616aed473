"""Mend md11 (session 56; read-only code review rd2's findings on the session's reviews and mends).

Decided:
- a change of the money: 调增 / 调减 / 增减 anywhere in the label (no fund is named so: `预算调减资金（万元） | -50.00`,
  `调增（减）金额（万元） | -50.00` were the year's budget or the total, -50万, once md10 and rv43 anchored every change
  word at the label's end); 调整 / 变动 still the label's last word (`产业结构调整资金` is money).
- a 加减分项 row's words `加减分` / `加扣分` say neither a bonus nor a deduction: its plain figure stays as written
  (it was taken off, `-2`, by the 减 of 加减分).
- a closing grade in a cell of two scores takes the grade head's words (`自查等级` too: the copy took no 自查, the cell's
  scores and grade lost).
- tables' sign-off and seal patterns and core's sign-off label take normalize.text SEAL_WORDS (`（单位盖章）`, `（盖公章）`).
"""
from __future__ import annotations

import pytest

from parsers.core import _SIGNOFF_LABEL
from parsers.forms import _CHANGE_WORD
from parsers.tables import _SEAL, _SIGN_OFF, _mixed_signed, scores_in_cell
from tests.hunt_tools import only_project, other_fields


@pytest.mark.parametrize("key, change", [("预算调减资金", True), ("调增(减)金额", True), ("调增（减）金额", True),
                                         ("产业结构调整资金", False), ("种植结构调整补助资金", False), ("预算调整数", True)])
def test_change_words(key, change):
    assert bool(_CHANGE_WORD.search(key)) is change


def test_a_cut_of_funds_no_budget(read):
    p = only_project(read("ct_s56_md11_cut_funds.txt"))
    assert p["budget_year"] is None and p["budget_total"] == 3000000.0
    assert other_fields(p) == {"预算调减资金（万元）": "-50.00"}


def test_an_up_or_down_amount_no_total(read):
    p = only_project(read("ct_s56_md11_up_down_amount.txt"))
    assert p["budget_total"] is None
    assert other_fields(p) == {"调增（减）金额（万元）": "-50.00"}


@pytest.mark.parametrize("words, score", [("获得省级表彰的，视情况加减分", "2"), ("创新工作酌情加减分，最多5分", "2"),
                                          ("酌情加扣分", "2"), ("每发现1个问题扣1分", "-2")])
def test_mixed_row_words(words, score):
    r = {"score": "2", "requirement": words, "level2": "", "level3": ""}
    _mixed_signed(r)
    assert r["score"] == score


def test_a_closing_grade_of_self_check():
    grades = []
    assert scores_in_cell("自评得分94分，复核得分91分，自查等级：良", grades) == [("自评得分", "94"), ("复核得分", "91")]
    assert grades == [("自查等级", "良")]


@pytest.mark.parametrize("line", ["财政局（单位盖章） 2024年3月15日", "（盖公章）  2024年3月15日"])
def test_tables_sign_off_takes_every_seal(line):
    assert _SIGN_OFF.search(line)


@pytest.mark.parametrize("cell", ["某县财政局（盖公章）", "某县财政局（单位盖章）"])
def test_tables_seal_takes_every_seal(cell):
    assert _SEAL.match(cell)


def test_core_signoff_label_takes_every_seal():
    assert _SIGNOFF_LABEL.match("单位盖章：") and _SIGNOFF_LABEL.match("盖公章：")
