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

