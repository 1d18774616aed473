"""Review fixes fxa (s40): findings 5, 11, 12 and 16 of the review of the session's merged diff, on forms written as
counties write them. Expectations written by hand before running jixiao; what main gave is said beside each."""
from __future__ import annotations

import pytest

from normalize.targets import split_target
from normalize.text import clean_text
from tests.hunt_tools import only_project


def _by_name(r) -> dict:
    return {i["level3"]: (i["target_raw"], i["op"], i["value"], i["value_max"], i["unit"], i["target_text"])
            for i in r.tables["indicators"]}


# Finding 5: a quantity between two inclusive bounds was a range only with `%` / `‰` / no unit on the lower bound.
# Main: `80分≤得分≤100分`, `3天≥响应时长≥1天`, `0.5万元≤单价≤2万元` all target_text, op / value null.
@pytest.mark.parametrize("name, raw, op, value, value_max, unit, text", [
    ("水质检测综合得分", "80分≤得分≤100分", "range", 80.0, 100.0, "分", None),
    ("出厂水浊度达标率", "100%≥达标率≥95%", "range", 95.0, 100.0, "%", None),          # (right on main too)
    ("故障抢修响应时长", "3天≥响应时长≥1天", "range", 1.0, 3.0, "天", None),
    ("智能水表采购单价", "0.5万元≤单价≤2万元", "range", 5000.0, 20000.0, "元", None),
    # bounds in two units (天 and 个月): no one quantity, the text as written (main: the same)
    ("用户报装办理时限", "1天≤时限≤3个月", None, None, None, None, "1天≤时限≤3个月"),
    ("改造供水管网长度", "≥15公里", ">=", 15.0, None, "公里", None),
    ("用水户满意度", "≥90%", ">=", 90.0, None, "%", None),
])
def test_range_bounds_with_units(read, name, raw, op, value, value_max, unit, text):
    got = _by_name(read("ct_s40_fxa_range_units.txt"))
    assert got[name] == (raw, op, value, value_max, unit, text)


def test_range_bound_units_agree():
    """Each bound may carry the unit; two different units are no range."""
    t = split_target("80分≤得分≤100分")
    assert (t.op, t.value, t.value_max, t.unit) == ("range", 80.0, 100.0, "分")
    assert split_target("1天≤x≤3月").op is None
    assert split_target("95%<x≤100%").op is None          # a strict bound stays text (as before)


# Finding 11: a 计量单位 cell `月底` / `月末` / `月份底` beside the day's figure is the end of a deadline. Main read
# `≤ | 10 | 月底` as `<=` 10 with unit `月底`, `11 | 月末` as `=` 11 `月末`, `≤ | 12 | 月份底` as `<=` 12 `月份底`
# (the records layer's list had 前 / 内 only; the tables layer's list had 底 / 末 but not 月份底): now one list.
@pytest.mark.parametrize("name, raw, op, text", [
    ("转运站建成时间", "≤10月底", "<=", "10月底"),
    ("设备采购完成时间", "11月末", None, "11月末"),
    ("资金拨付时间", "≤11月底前", "<=", "11月底前"),        # (right on main too)
    ("试运行时间", "≤12月份底", "<=", "12月份底"),
])
def test_deadline_unit_cells(read, name, raw, op, text):
    got = _by_name(read("ct_s40_fxa_deadline_units.txt"))
    assert got[name] == (raw, op, None, None, None, text)


def test_deadline_units_leave_quantities(read):
    got = _by_name(read("ct_s40_fxa_deadline_units.txt"))
    assert got["整改完成时限"] == ("≤15日内", "<=", 15.0, None, "日", None)     # a time limit, no date
    assert got["新建垃圾转运站"][1:5] == ("=", 3.0, None, "座")
    assert got["周边群众满意度"][1:5] == (">=", 85.0, None, "%")


def test_one_deadline_tail_list():
    """Both layers take their deadline words from one list (normalize.targets.DEADLINE_TAIL)."""
    from normalize import records
    from normalize.targets import DEADLINE_TAIL
    from parsers import tables
    assert DEADLINE_TAIL in tables._DEADLINE_TAIL.pattern and DEADLINE_TAIL in records._DEADLINE_UNIT.pattern
    for tail in ("前", "底前", "月底前", "月份前", "日前", "月底", "末"):
        assert tables._DEADLINE_TAIL.match(tail) and records._DEADLINE_UNIT.search(tail), tail
    # (`年内` ends a split date for records, `2024 | 年内`; beside a whole date it is no tail: `2024年12月` | `年内`
    # stays 2024年12月, ct_s39_ra_unit_bracket_and_date)
    assert records._DEADLINE_UNIT.search("年内") and not tables._DEADLINE_TAIL.match("年内")


# Finding 12: a line opening with a year label is kept apart (a space) only under a line stating a figure (one target
# a year); under words with no figure it is the sentence wrapped. Main kept a space in both.
def test_year_label_after_wrapped_words(read):
    r = read("ct_s40_fxa_year_wrap.xlsx")
    p = only_project(r)
    # main: `…项目计划于 2024年：完成主体工程， 2025年：…`
    assert p["goal_annual"] == "按照城镇老旧小区改造计划，项目计划于2024年：完成主体工程， 2025年：完成竣工验收并交付使用。"
    got = _by_name(r)
    assert got["工程完成比例"][0] == "2024年：≥60% 2025年：100%"              # one target a year: kept apart
    assert got["竣工验收时间"][0] == "项目竣工验收于2025年：6月底前完成"       # main: `项目竣工验收于 2025年：…`
    assert got["改造老旧小区"][1:5] == (">=", 12.0, None, "个")


@pytest.mark.parametrize("raw, clean", [
    ("完成时间\n2024年：6月", "完成时间2024年：6月"),               # main: `完成时间 2024年：6月`
    ("项目于\n2023年度：完成", "项目于2023年度：完成"),             # main: `项目于 2023年度：完成`
    ("2023年：达标\n2024年：优良", "2023年：达标 2024年：优良"),   # (hunt dt's cases, kept)
    ("≥95\n2024年：≥98", "≥95 2024年：≥98"),
    ("2024年度：10个\n2025年度：12个", "2024年度：10个 2025年度：12个"),
])
def test_year_label_wrap(raw, clean):
    assert clean_text(raw) == clean
