"""Faults hunt AN found (forms of the 2021+ indicator framework and their neighbours: 中期+年度 targets, 绩效目标调整申请表,
乡镇 自评表, workbooks): tests/fixtures/review/ct_s31_an_* (README there), each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name).tables


def test_weight_is_the_points_not_the_share():
    """A 自评表 with `权重 | 分值 | 得分`, 权重 a share in % (40%, 60%, 100%) and 分值 the points (20, 15, 10): the weight
    is the points (the contract's 分值), the share kept in the note (the weights were 40, 60, 100)."""
    t = _review("ct_s31_an_weight_vs_fenzhi.txt")
    assert [(i["level3"], i["weight"], i["score"], i["note"]) for i in t["indicators"]] == [
        ("养护农村公路里程", 20, 20, "权重：40%"), ("路面优良率", 15, 13, "权重：60%"),
        ("沿线群众满意度", 10, 10, "权重：100%")]


def test_adjustment_request_budget_after_the_adjustment():
    """`原年度预算（万元） | 5600.00 | 调整后年度预算（万元） | 5200.00`: the year's budget is the adjusted 5200万, the
    original the budget before (budget_initial, as a 调整前 | 调整后 money matrix gives it); no budget line (the
    original was the budget, the adjusted one a funding source under it)."""
    t = _review("ct_s31_an_adjust_budget.txt")
    (p,) = t["projects"]
    assert (p["budget_year"], p["budget_initial"]) == (52_000_000, 56_000_000)
    assert t["budget_items"] == []
    (i,) = t["indicators"]
    assert (i["target_raw"], i["op"], i["value"], i["unit"]) == ("≥30万人", ">=", 30, "万人")


def test_adjustment_request_unchanged_target():
    """An indicator left as it was: 调整后指标值 `不变` or blank beside 原指标值 — the target is the original value (it
    was the word 不变, or none with a target_missing warning)."""
    t = _review("ct_s31_an_adjust_unchanged.txt")
    assert [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["target_text"]) for i in t["indicators"]] == [
        ("受益学生人数", "≥30万人", ">=", 30, "万人", None),
        ("食品安全事故发生数", "0起", "=", 0, "起", None),
        ("补助资金拨付及时率", "100%", "=", 100, "%", None)]
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]

