"""Review rv77 (of hunt tg21): what the hunt's rules did to their neighbours.

- a lone cell of the name column split into name and target (tg21) when it is the rest of the name above, cut by a
  line break (`门诊慢特病待遇享受人员` then `覆盖率不低于90%`): main read two indicators, the first with no target (before
  tg21 the lone cell was the row above's target whole). The measure's last word with its target under a name with no
  target that ends as no indicator's is that name's rest — in a level table and a level-only table too
  (`城乡居民基本医疗保险` then `| | 参保率 | 95%以上`: two indicators on main), not when the next row names such a
  word too (`家庭医生签约服务` over `签约率`, `续约率`: the name heads them);
- a long name run into its figure in a 指标值 cell ending on a period's 度 (`全县农村饮水安全工程年度100%`): main read
  `=` 100 %, the words the qualifier (tg21's _LONG_RUN_NAME lacked the run's guard `季度1次以上`).

Fixtures ct_s60_rv77_* from make_s60_rv77.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_named_target, split_target
from tests.hunt_tools import indicator_targets, only_project, warning_codes


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def test_cut_names_alone_in_the_name_column(read):
    """`三级指标 | 指标值`, the name cells packing their targets, two cut by a line break. Main: 城乡居民基本医疗保险 and
    门诊慢特病待遇享受人员 indicators of no target, 参保率 / 覆盖率 indicators of their own."""
    r = read("ct_s60_rv77_wrapped_alone.txt")
    assert only_project(r)["name"] == "城乡居民医疗保障补助项目"
    assert indicator_targets(r) == [
        (None, None, "城乡居民基本医疗保险参保率", ">=", 95.0, "%"),
        (None, None, "医疗费用结算及时率", "=", 100.0, "%"),
        (None, None, "门诊慢特病待遇享受人员覆盖率", ">=", 90.0, "%"),
        # (a name of its own, ending as an indicator's, its target blank: the rate below no rest of it)
        (None, None, "新建村卫生室数量", None, None, None),
        (None, None, "使用率", ">=", 80.0, "%"),
        (None, None, "参保群众满意度", ">=", 90.0, "%"),
    ]
    assert warning_codes(r).count("target_missing") == 1


def test_cut_names_in_level_columns(read):
    """`… | 三级指标 | 指标值`, the measure's word and the target on the row under the name's start. Main: two
    indicators each, the first with no target."""
    r = read("ct_s60_rv77_wrapped_levels.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "城乡居民基本医疗保险参保率", ">=", 95.0, "%"),
        ("产出指标", "质量指标", "高血压患者基层规范管理服务覆盖率", ">=", 60.0, "%"),
        ("产出指标", "时效指标", "资金拨付及时率", "=", 100.0, "%"),
        # (a name heading two rates, each a measure's word alone: no name's rest, as on main)
        ("效益指标", "社会效益指标", "家庭医生签约服务", None, None, None),
        ("效益指标", "社会效益指标", "签约率", ">=", 75.0, "%"),
        ("效益指标", "社会效益指标", "续约率", ">=", 80.0, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%"),
    ]
    assert warning_codes(r).count("target_missing") == 1


def test_cut_names_in_a_level_only_table(read):
    """`一级指标 | 二级指标 | 三级指标`, no 指标值, the targets in the 三级 cells (tg21 keeps them), two names cut. Main:
    `65岁及以上老年人健康` and `电子健康档案规范化` indicators of no target."""
    r = read("ct_s60_rv77_wrapped_no_value.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "65岁及以上老年人健康管理率", ">=", 70.0, "%"),
        ("产出指标", "质量指标", "电子健康档案规范化建档率", ">=", 90.0, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%"),
    ]
    codes = warning_codes(r)
    assert "unplaced_cell" not in codes and "target_missing" not in codes


@pytest.mark.parametrize("raw", ["全县农村饮水安全工程年度100%", "全县农村饮水安全工程第四季度100%",
                                 "城乡居民医疗保障项目实施年度90%"])
def test_period_degree_no_long_name(raw):
    """A 指标值 cell of long words ending on a period's 度 then a bare figure: no measure's name, text as split_target
    reads it (main: `=` the figure, the words the qualifier)."""
    assert split_named_target(raw) == T(text=raw)
    # (guard: a measure's 度 of a long name still its name, tg21's reading)
    assert split_named_target("全县农村饮水安全工程建设进度100%") == T("=", 100.0, unit="%",
                                                                   qualifier="全县农村饮水安全工程建设进度")
    assert split_target("城乡居民基本医疗保险参保率95%以上") == T(">=", 95.0, unit="%", qualifier="城乡居民基本医疗保险参保率")
