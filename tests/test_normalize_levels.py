"""normalize.levels: standardize_level1."""
from __future__ import annotations

import pytest

from normalize.levels import LEVELS, standardize_level1


@pytest.mark.parametrize(
    ("level1", "level2", "expected"),
    [
        # as written in samples/
        ("投入和管理目标", "投入管理", "input"),
        ("投入和管理目标", "财务管理", "input"),
        ("产出目标", "数量目标", "output"),
        ("产出指标", "时效指标", "output"),
        ("效果目标", "社会效益目标", "outcome"),
        ("效益指标", "社会效益指标", "outcome"),
        ("效益指标", "经济效益指标", "outcome"),
        ("效益指标", "可持续影响指标", "outcome"),
        ("影响力目标", "可持续目标", "impact"),
        ("影响力目标", "长效管理", "impact"),
        ("可持续影响指标", None, "impact"),
        ("满意度指标", "服务对象满意度指标", "satisfaction"),
        ("服务对象满意度指标", None, "satisfaction"),
        # 满意度 nested under 效益 / 影响力: satisfaction wins
        ("影响力目标", "满意度目标", "satisfaction"),
        ("影响力目标", "满意度", "satisfaction"),
        ("效益指标", "服务对象满意度指标", "satisfaction"),
        ("效果目标", "社会公众满意率", "satisfaction"),
        # vocabulary
        ("投入", None, "input"),
        ("投入管理", None, "input"),
        ("过程", None, "input"),
        ("过程:", None, "input"),
        ("决策", None, "input"),
        ("决策(15分)", "绩效目标", "input"),
        ("项目决策", "数量指标", "output"),     # (a template's slip: the level 2 tells)
        ("产出", None, "output"),
        ("产出(30分)", None, "output"),
        ("产出指标（30分）", None, "output"),
        ("一、产出指标：", None, "output"),
        ("成本指标", "经济成本指标", "output"),
        ("效益", None, "outcome"),
        ("效果", None, "outcome"),
        ("影响力", None, "impact"),
        ("可持续", None, "impact"),
        ("满意度", None, "satisfaction"),
        ("<p>产出指标</p>", None, "output"),
        # level1 missing: the standard second level tells
        (None, "数量指标", "output"),
        ("", "质量指标", "output"),
        (None, "社会效益指标", "outcome"),
        (None, "可持续影响指标", "impact"),
        (None, "满意度指标", "satisfaction"),
        # a 部门整体 framework's first level: 部门管理 as 投入和管理, whatever its level 2 (资产管理 gave None)
        ("部门管理（20分）", "资产管理", "input"),
        ("部门管理", "履职效益", "input"),
        (None, "预算管理", "input"),
        # 管理 is input only when no other kind is named: 管理效益 is a benefit (it was input)
        ("管理效益", None, "outcome"),
        ("效益指标", "管理效益", "outcome"),
        (None, "管理效益", "outcome"),
        ("投入管理", "管理效益", "input"),
        # unknown
        ("其他", None, None),
        ("其他", "数量指标", "output"),      # a level 1 of no known kind: its level 2 tells
        ("项目完成 指标", "质量指标", "output"),
        ("绩效指标", None, None),
        (None, None, None),
        ("", "", None),
        ("-----", None, None),
    ],
)
def test_standardize_level1(level1, level2, expected):
    assert standardize_level1(level1, level2) == expected


def test_levels_vocabulary():
    assert set(LEVELS) == {"input", "output", "outcome", "impact", "satisfaction"}


@pytest.mark.parametrize("level1, level2, level3, expected", [
    (None, None, "周边群众满意度", "satisfaction"),     # a table of names and targets only
    (None, None, "服务对象满意率", "satisfaction"),
    (None, None, "年污水处理量", None),                 # no other level is told by a name
    ("产出指标", "数量指标", "满意度调查份数", "output"),  # the levels written win
    ("效益指标", None, "群众满意度", "outcome"),
])
def test_standardize_level1_by_the_name_without_levels(level1, level2, level3, expected):
    assert standardize_level1(level1, level2, level3) == expected
