"""Mend md38 (session 61) of review rd's groups A and D, with fixtures ct_s61_md38_* (text dumps, tab-separated cells,
from tests/fixtures/review/make_s61_md38.py); each reading was written down by hand before jixiao was run.

Decided:
- A1: only the whole word 履职效能 (a 部门整体 form's duties done) is an output level; 履职效益 / 履职效果 (its outcomes,
  经济效益 / 社会效益 under them) stay outcome, and a level 2 `重点履职` tells no level (the keyword 履职, written
  first, took them all for output).
- D2: another year's money beside the form year's is kept one way whichever reader keeps it (_set's other-year
  label, _other_labelled_years, _other_years): its label without a 其中 lead, a colon or a unit bracket, the figure with
  its unit (`2023年申请资金（万元） | 500` -> `2023年申请资金: 500万元`; it was `2023年申请资金（万元）: 500`, while
  `2023年资金总额（万元） | 500` gave `2023年资金总额: 500万元`).
"""
from __future__ import annotations

import pytest

from normalize.levels import standardize_level1
from tests.hunt_tools import only_project, other_fields

W = 10000.0


def _levels(result) -> list[tuple]:
    return [(i["level1"], i["level1_std"]) for i in result.tables["indicators"]]


@pytest.mark.parametrize("level1, level2, want", [
    ("履职效益", None, "outcome"),
    ("履职效益", "经济效益", "outcome"),
    ("履职效果", None, "outcome"),
    ("", "履职效益", "outcome"),
    (None, "重点履职", None),
])
def test_duty_word_is_an_output_only_as_its_whole_word(level1, level2, want):
    """main: output for every level holding 履职 (履职效能 output is ly11's test, and the fixtures' first rows here)."""
    assert standardize_level1(level1, level2) == want


def test_duty_benefit_is_an_outcome(read):
    """main: the 履职效益 rows output."""
    r = read("ct_s61_md38_duty_benefit.txt")
    assert _levels(r) == [("履职效能", "output"), ("履职效能", "output"), ("履职效益", "outcome"),
                          ("履职效益", "outcome"), ("满意度", "satisfaction")]


def test_duty_effect_is_an_outcome(read):
    """main: the 履职效果 rows output."""
    r = read("ct_s61_md38_duty_effect.txt")
    assert [s for _, s in _levels(r)] == ["output", "output", "outcome", "outcome", "satisfaction"]


def test_other_year_money_under_a_unit_label(read):
    """main: {"2023年申请资金（万元）": "500"} (the unit in the name, the figure bare)."""
    p = only_project(read("ct_s61_md38_year_unit_label.txt"))
    assert p["budget_year"] == 600 * W
    assert other_fields(p) == {"2023年申请资金": "500万元"}


def test_other_year_money_under_a_colon_label(read):
    """main: the figure bare, the form's 单位：万元 not said."""
    p = only_project(read("ct_s61_md38_year_colon_label.txt"))
    assert p["budget_year"] == 600 * W
    assert other_fields(p) == {"2023年申请资金": "500.00万元"}
