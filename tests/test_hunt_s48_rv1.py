"""Review rv1 (session 48): the edges of the rules twins tw3 and hunt tg6 merged (tests/fixtures/review/ct_s48_rv1_*,
each read by hand before the run).

A rate over a base in digits is read only when compared (`≤1/1000`, `1/10000以下`): a bare `1/1000` is as often a map's
scale (`地形图测绘比例尺 | 1/1000`), text as `1/500` is. A period from a day to a month of the next year
(`2024年11月15日至次年3月`, a heating season) ends on that month's last day, as `2024年10月-次年3月31日` does. 社会 is
other money only as 社会资本 / 社会资金 / 社会投资 / 社会融资 or alone before a money word (`社会投入`): a level's fiscal
money of a social kind (`县级财政社会救助资金`) is fiscal, no budget_other. A sign, a time in months or weeks and
the deed (`≤2个月办结`, `≤2周完成`) is the time, the deed its qualifier, as `≤3天完成`; two bounds run on with `<` for
the upper (`≥90%<100%`) the range, as with 小于.
"""
from __future__ import annotations

import datetime as dt

from tests.hunt_tools import budget_lines, only_project
from normalize.dates import parse_period
from normalize.targets import Target, split_target

WAN = 10_000


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_map_scale_is_no_rate(read):
    r = read("ct_s48_rv1_survey_scale.txt")
    got = _ind(r)
    assert len(got) == 7
    # main: `=` 1 ‰ (the scale 1:1000 read as a rate per thousand, while `1/500` beside it stayed text)
    assert got["地形图测绘比例尺"] == (None, None, None, None, None, "1/1000")
    assert got["地籍图测绘比例尺"] == (None, None, None, None, None, "1/500")
    # a compared rate per a thousand still is one (tg6's rule; right on main)
    assert got["成果图幅差错率"] == ("<=", 1.0, None, "‰", None, None)
    assert got["地形图更新面积"] == (">=", 25.0, None, "平方公里", None, None)


_DIGIT_BASES = [
    ("1/1000", Target(target_text="1/1000")),                   # main: `=` 1 ‰
    ("3/10000", Target(target_text="3/10000")),                 # main: `=` 3 ‱
    ("1/1000（含）以下", Target("<=", 1.0, None, "‰", "含")),    # (right on main)
    ("发生率≤3/10000", Target("<=", 3.0, None, "‱", "发生率")),   # (right on main)
    ("不超过1/10000", Target("<=", 1.0, None, "‱")),            # (right on main)
]


def test_digit_base_only_compared():
    assert [split_target(raw) for raw, _ in _DIGIT_BASES] == [want for _, want in _DIGIT_BASES]


def test_day_to_next_year_month(read):
    p = only_project(read("ct_s48_rv1_heating_period.txt"))
    # main: end_date None (`次年` before the end's month was read by the month-to-day rule only)
    assert (p["name"], p["period_raw"], p["start_date"], p["end_date"]) == (
        "城区集中供热运行补贴项目", "2024年11月15日至次年3月", dt.date(2024, 11, 15), dt.date(2025, 3, 31))
    assert (p["year"], p["budget_year"]) == (2024, 600 * WAN)


_PERIODS = [
    ("2024年11月15日-翌年3月底", (dt.date(2024, 11, 15), dt.date(2025, 3, 31))),    # main: no end
    ("2024年1月1日-次年12月", (dt.date(2024, 1, 1), dt.date(2025, 12, 31))),         # main: no end
    ("2024年3月1日-12月", (dt.date(2024, 3, 1), dt.date(2024, 12, 31))),            # (right on main)
    ("2024年12月1日-3月", (dt.date(2024, 12, 1), None)),      # (the next year not said: no end, as on main)
]


def test_day_to_month_periods():
    assert [parse_period(raw, 2024) for raw, _ in _PERIODS] == [want for _, want in _PERIODS]


def test_social_relief_is_fiscal(read):
    r = read("ct_s48_rv1_social_relief_levels.txt")
    p = only_project(r)
    # main: budget_fiscal 900万, budget_other 100万 (`社会` searched in `县级财政社会救助资金` took it for the public's money)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1000 * WAN, 1000 * WAN, None)
    assert budget_lines(r) == [("资金来源", "中央财政补助资金", 600 * WAN, "source"),
                               ("资金来源", "省级财政补助资金", 300 * WAN, "source"),
                               ("资金来源", "县级财政社会救助资金", 100 * WAN, "source")]


def test_time_limits_in_months_and_weeks(read):
    got = _ind(read("ct_s48_rv1_service_limits.txt"))
    assert len(got) == 7
    # main: unit `个月办结` / `个月答复` (tg6's sign-time-deed rule knew 天 / 小时 / 工作日 …, not 个月 / 周), text `2周完成`
    assert got["工程建设项目审批时限"] == ("<=", 2.0, None, "个月", "办结", None)
    assert got["群众来信办理时限"] == ("<=", 1.0, None, "个月", "答复", None)
    assert got["自助终端故障修复时限"] == ("<=", 2.0, None, "周", "完成", None)
    # a bare 月 is a month's name, no limit (as on main)
    assert got["系统升级完成时间"] == ("<=", None, None, None, None, "12月完成")
    # main: `>=` and the text `90%<100%` (two bounds run on read `≤` and 小于 as the upper, not `<`)
    assert got["预算执行率"] == ("range", 90.0, 100.0, "%", None, None)
    assert got["网上可办事项数量"] == (">=", 800.0, None, "项", None, None)
