"""Faults a hunt of this session found in forms of families not seen before (tests/fixtures/review/ct_s30_*;
README there): each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name).tables


def _targets(t):
    return [(i["level3"], i["target_raw"], i["horizon"]) for i in t["indicators"]]


def test_a_transfer_forms_period_columns_give_one_record_each():
    """`指标值（实施期） | 指标值（年度）` (a 转移支付 form, the 财政部 wording): the period's value and the year's, one record
    each (the period's was the target, the year's a note; a blank period cell gave a false target_missing)."""
    t = _review("ct_s30_ag_period_columns.txt")
    assert _targets(t) == [("高标准农田建设面积", "≥1000万亩", "long_term"), ("高标准农田建设面积", "≥425万亩", "annual"),
                           ("年度任务完成率", "≥95%", "annual")]
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]


def test_a_two_line_head_splitting_the_value_by_period():
    """`指标值 | 指标值` over `（实施期） | （年度）`, and `指标值` merged over `实施期 | 年度`: the second head line was read as an
    indicator named 实施期 (or with target `（实施期）`)."""
    t = _review("ct_s30_ag_period_subheader.txt")
    assert _targets(t) == [("义务教育巩固率", "≥95%", "long_term"), ("义务教育巩固率", "≥94.8%", "annual")]
    t = _review("ct_s30_ag_period_subheader.html")
    assert _targets(t) == [("农机购置补贴机具数量", "≥12万台", "annual"), ("补贴资金发放及时率", "≥90%", "long_term"),
                           ("补贴资金发放及时率", "≥95%", "annual")]
    assert [i["note"] for i in t["indicators"]] == [None, "当年12月底前", "当年12月底前"]
