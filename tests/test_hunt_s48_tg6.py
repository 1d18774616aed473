"""Hunt tg6 (session 48): target, date and frequency spellings (tests/fixtures/review/ct_s48_tg6_*, each read by hand
before the run).

A frequency whose period is said with 每 after the slash and a number (`1次/每2年`, `≥1次/每三个月`) is per that many
periods, `次/2年`, `次/3个月`, as `1次/每两年` read; a percentage per 年度 (`≥95%/年度`) is `%/年` as `次/年度` is
`次/年`; a rate over a base written in digits (`≤3/10000`, `≤1/1000`) is the rate per that base as its words read (3 ‱,
1 ‰); `90%（含）-100%` is the range with 含 its qualifier, as `90%-100%（含）`; `常年保持在85%以上` is `>=` 85 % with 常年
the qualifier; a name in Latin letters or Roman numerals before a comparison (`PM2.5≤35μg/m³`, `COD≤50mg/L`,
`Ⅲ类水质达标率≥95%`) is its qualifier, as Chinese words are; `pH6-9` the range 6-9; `m2` / `m3` / `MPN/100mL` and
`dB(A)` units; two bounds run on (`大于等于90%小于等于100%`) a range; a sign, a time and its deed (`≤30分钟到达现场`,
`≤2h响应`) the time, the deed the qualifier. A period from a day to a month or from a month to a day
(`2024.3.1-2024.12`, `2024年1月-12月31日`) and `3月初` are read.
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period, reversed_period
from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def _periods(r) -> list[tuple]:
    return [(p["name"], p["period_raw"], p["start_date"], p["end_date"]) for p in r.tables["projects"]]


# ---------------------------------------------------------------- (1) an environment monitoring form
def test_env_monitoring(read):
    r = read("ct_s48_tg6_env_monitoring.txt")
    got = _ind(r)
    assert len(got) == 15
    # main: `>=` and the text `1次/每三个月`; text `1次/每2年`
    assert got["地表水手工监测频次"] == (">=", 1.0, None, "次/3个月", None, None)
    assert got["监测仪器检定校准"] == ("=", 1.0, None, "次/2年", None, None)
    # main: text (a Latin name before the comparison)
    assert got["细颗粒物年均浓度"] == ("<=", 35.0, None, "μg/m³", "PM2.5", None)
    assert got["可吸入颗粒物年均浓度"] == ("<=", 70.0, None, "μg/m3", "PM10", None)
    assert got["集中式饮用水源地水质"] == (">=", 95.0, None, "%", "Ⅲ类水质达标率", None)
    assert got["污水处理厂出水化学需氧量"] == ("<=", 50.0, None, "mg/L", "COD", None)
    assert got["出水酸碱度"] == ("range", 6.0, 9.0, None, "pH", None)
    # main: `<=` and the text `3MPN/100mL`
    assert got["出水总大肠菌群"] == ("<=", 3.0, None, "MPN/100mL", None, None)
    # main: unit dB, qualifier `A`
    assert got["声环境功能区昼间噪声"] == ("<=", 55.0, None, "dB(A)", None, None)
    # main: text
    assert got["监测数据有效率"] == ("range", 90.0, 100.0, "%", "含", None)
    assert got["空气质量优良天数比例"] == (">=", 85.0, None, "%", "常年", None)
    # a change and its bare figure stays text (the contract's `较上年增长`; right on main)
    assert got["重污染天数"] == ("=", 10.0, None, "%", "同比下降", None)  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    assert got["饮用水源地水质全分析"] == ("=", 1.0, None, "次/年", None, None)
    assert got["空气自动监测站运维数量"] == (">=", 12.0, None, "个", None, None)
    # main: no dates (`3月初`)
    assert _periods(r) == [("城区大气和水环境质量监测项目", "2024年3月初至12月底", dt.date(2024, 3, 1),
                            dt.date(2024, 12, 31))]


# ---------------------------------------------------------------- (2) sign | value | unit columns
def test_split_columns(read):
    r = read("ct_s48_tg6_split_cols.txt")
    got = _ind(r)
    assert len(got) == 13
    # main: `<=` and the text `3/10000`
    assert got["设备故障率"] == ("<=", 3.0, None, "‱", None, None)
    # main: text
    assert got["出水达标率"] == ("range", 90.0, 100.0, "%", "含", None)
    assert got["出水悬浮物浓度"] == ("range", 10.0, 20.0, "mg/L", None, None)
    # right on main (the unit cell read apart: `次/每2年`, `%/年度`)
    assert got["管网闭水检测频次"] == ("=", 1.0, None, "次/2年", None, None)
    assert got["出水水质抽检频次"] == (">=", 1.0, None, "次/3个月", None, None)
    assert got["设施正常运行率"] == (">=", 95.0, None, "%/年", None, None)
    assert got["日处理规模"] == (">=", 5000.0, None, "m3/d", None, None)
    assert got["故障报修响应时间"] == ("<=", 2.0, None, "h", None, None)
    # a change compared with a quantity, and a change in points (the existing rules; right on main)
    assert got["化学需氧量削减量"] == (">=", 5.0, None, "%", "较上年增长", None)
    assert got["入河污染负荷"] == ("=", 2.0, None, "个百分点", "比上年减少", None)
    # main: no dates (a day to a month)
    assert _periods(r) == [("农村生活污水治理设施运维项目", "2024年1月1日-12月", dt.date(2024, 1, 1),
                            dt.date(2024, 12, 31))]


# ---------------------------------------------------------------- (3) a works form: lengths, areas, volumes, deadlines
def test_water_works(read):
    r = read("ct_s48_tg6_water_works.txt")
    got = _ind(r)
    assert len(got) == 15
    # main: `>=` and the text `1000 m2`, `1万m3`, `1/1000`
    assert got["新建加压泵房面积"] == (">=", 1000.0, None, "m2", None, None)
    assert got["新建清水池容积"] == (">=", 1.0, None, "万m3", None, None)
    assert got["管网漏损率"] == ("<=", 1.0, None, "‰", None, None)
    # main: text
    assert got["预算执行率"] == ("range", 90.0, 100.0, "%", None, None)
    assert got["供水保证率"] == (">=", 95.0, None, "%", "始终", None)
    # right on main
    assert got["新建供水主管网长度"] == ("=", 10.0, None, "km", None, None)
    assert got["改造入户支管长度"] == ("=", 30.0, None, "公里", None, None)
    assert got["水厂日供水能力"] == ("=", 5000.0, None, "吨/日", None, None)
    assert got["出厂水浊度"] == ("<=", 1.0, None, "NTU", None, None)
    assert got["水质化验频次"] == ("=", 1.0, None, "次/2年", None, None)
    assert got["用水户满意度"] == (">=", 95.0, None, "%", "全年平均", None)
    # deadlines stay their dates' text
    assert got["主体工程完工时间"] == (None, None, None, None, None, "2024年第二季度前")
    assert got["竣工验收时间"] == (None, None, None, None, None, "2024/6/30前")
    assert got["资金支付时间"] == (None, None, None, None, None, "6月底")
    # main: no dates (a day to a month in dots)
    assert _periods(r) == [("城乡供水管网改造工程", "2024.3.1-2024.12", dt.date(2024, 3, 1), dt.date(2024, 12, 31))]


# ---------------------------------------------------------------- (4) a service form: time limits and their deeds
def test_hotline(read):
    r = read("ct_s48_tg6_hotline.txt")
    got = _ind(r)
    assert len(got) == 11
    # main: `>=` and the text
    assert got["管网巡检频次"] == (">=", 4.0, None, "次/年", "每季度1次", None)
    # main: `<=` and the text `30分钟到达现场`
    assert got["抢修人员到场时间"] == ("<=", 30.0, None, "分钟", "到达现场", None)
    # main: the units `h响应`, `小时办结`
    assert got["热线工单响应时限"] == ("<=", 2.0, None, "h", "响应", None)
    assert got["一般报修办结时限"] == ("<", 24.0, None, "小时", "办结", None)
    # main: text; `<=` and the text `3/10000`; text; `>=` and the text `95%/年度`
    assert got["管网水压合格率"] == ("range", 95.0, 100.0, "%", None, None)
    assert got["爆管事故发生率"] == ("<=", 3.0, None, "‱", None, None)
    assert got["供水服务质量"] == (">=", 98.0, None, "%", "常年", None)
    assert got["市民满意度"] == (">=", 95.0, None, "%/年", None, None)
    # right on main
    assert got["热线坐席值守"] == (None, None, None, None, None, "7×24小时")
    assert got["投诉量"] == ("=", 10.0, None, "%", "同比下降", None)  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    # main: no dates (a month to a day)
    assert _periods(r) == [("城市供水抢修及服务热线运行项目", "2024年1月-12月31日", dt.date(2024, 1, 1),
                            dt.date(2024, 12, 31))]


# ---------------------------------------------------------------- (5) the readers alone
@pytest.mark.parametrize(("written", "expected"), [
    # main: text, or `>=` / `<=` and the text
    ("1次/每2年", Target("=", 1.0, None, "次/2年")),
    ("≥1次/每三个月", Target(">=", 1.0, None, "次/3个月")),
    ("≥95%/年度", Target(">=", 95.0, None, "%/年")),
    ("≤3/10000", Target("<=", 3.0, None, "‱")),
    ("≤1/1000", Target("<=", 1.0, None, "‰")),
    ("<1/100000", Target("<", 1.0, None, "/10万")),
    ("90%（含）-100%", Target("range", 90.0, 100.0, "%", "含")),
    ("85分（含）至100分", Target("range", 85.0, 100.0, "分", "含")),
    ("常年保持在95%以上", Target(">=", 95.0, None, "%", "常年")),
    ("PM2.5≤35μg/m³", Target("<=", 35.0, None, "μg/m³", "PM2.5")),
    ("PM2.5年均浓度≤35微克/立方米", Target("<=", 35.0, None, "微克/立方米", "PM2.5年均浓度")),
    ("NH3-N≤1.5mg/L", Target("<=", 1.5, None, "mg/L", "NH3-N")),
    ("COD排放量不超过50吨/年", Target("<=", 50.0, None, "吨/年", "COD排放量")),
    ("5G信号覆盖率≥95%", Target(">=", 95.0, None, "%", "5G信号覆盖率")),
    ("pH值：6~9", Target("range", 6.0, 9.0, None, "pH值")),
    ("≤35μg/m3", Target("<=", 35.0, None, "μg/m3")),
    ("500m3/d", Target("=", 500.0, None, "m3/d")),
    ("≤55 dB（A）", Target("<=", 55.0, None, "dB(A)")),
    ("大于等于90%小于等于100%", Target("range", 90.0, 100.0, "%")),
    ("不低于90%不高于100%", Target("range", 90.0, 100.0, "%")),
    ("≤30分钟到达现场", Target("<=", 30.0, None, "分钟", "到达现场")),
    ("2h内响应", Target("<=", 2.0, None, "h", "响应")),
    ("≥12次/年,每月不少于1次", Target(">=", 12.0, None, "次/年", "每月不少于1次")),
    ("介于90%与100%之间", Target("range", 90.0, 100.0, "%")),
    ("在3天和5天之间", Target("range", 3.0, 5.0, "天")),
    ("≥1次/1季度", Target(">=", 1.0, None, "次/季度")),            # main: 次/1季度
    ("1次/1个月", Target("=", 1.0, None, "次/月")),
    ("1次/每季度/村", Target("=", 1.0, None, "次/季度/村")),
    ("月1次", Target("=", 1.0, None, "次/月")),
    ("周1次", Target("=", 1.0, None, "次/周")),
    ("≥6m宽", Target(">=", 6.0, None, "m", "宽")),                  # main: unit m宽
    ("≥8cm胸径", Target(">=", 8.0, None, "cm", "胸径")),
    ("≥1.2米高", Target(">=", 1.2, None, "米", "高")),              # main: text
])
def test_split_target_spellings(written, expected):
    assert split_target(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("2/3", Target(target_text="2/3")),                          # a share of a whole stays text
    ("≥1:1", Target(">=", target_text="1:1")),                   # a ratio: no one quantity
    ("同比下降10%", Target("=", 10.0, None, "%", "同比下降")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("2次（每年）", Target("=", 2.0, None, "次", "每年")),         # (tests/test_hunt_s47_tg5)
    ("≥1次每季度", Target(">=", 1.0, None, "次/季度")),  # (hunt s55 tg13: 每 for the slash, as `次/每季度`)
    ("A级", Target(target_text="A级")),
    ("Ⅱ类水质", Target(target_text="Ⅱ类水质")),
    ("达到合格等级", Target(target_text="达到合格等级")),
    ("2024.06", Target("=", 2024.06)),                          # (a deadline only under 时效, normalize.records)
    ("≥90%低于上年", Target(">=", target_text="90%低于上年")),
    ("不低于90%", Target(">=", 90.0, None, "%")),
    ("长期保持良好", Target(target_text="长期保持良好")),
])
def test_split_target_kept(written, expected):
    assert split_target(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    # main: (None, None), or no end
    ("2024年3月初至12月底", (dt.date(2024, 3, 1), dt.date(2024, 12, 31))),
    ("2024年3月初-2024年11月底", (dt.date(2024, 3, 1), dt.date(2024, 11, 30))),
    ("2024.3.1-2024.12", (dt.date(2024, 3, 1), dt.date(2024, 12, 31))),
    ("2024年3月1日-12月", (dt.date(2024, 3, 1), dt.date(2024, 12, 31))),
    ("2024年3月1日至2024年12月", (dt.date(2024, 3, 1), dt.date(2024, 12, 31))),
    ("2024年1月-12月31日", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("2024年1月至2024年12月31日", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("2024年11月至次年3月31日", (dt.date(2024, 11, 1), dt.date(2025, 3, 31))),
    ("2024年11月1日至2025年3月", (dt.date(2024, 11, 1), dt.date(2025, 3, 31))),
])
def test_periods_read(written, expected):
    assert parse_period(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("2023.11.15-3.15", (dt.date(2023, 11, 15), None)),      # an end before its start, no 次年 (tests/test_hunt_s47_tg5)
    ("2023年11月15日至3月", (dt.date(2023, 11, 15), None)),    # the same with a month
    ("2024年1月1日-12", (None, None)),                        # (no 月 to say it is a month)
])
def test_periods_kept(written, expected):
    assert parse_period(written) == expected


def test_period_day_to_month_reversed():
    # an end written before its start is no period, the slip named (as `2025年12月至2025年1月`; main: the start, no end,
    # no slip)
    assert parse_period("2024年12月1日至2024年3月") == (None, None)
    assert reversed_period("2024年12月1日至2024年3月") == (dt.date(2024, 12, 1), dt.date(2024, 3, 31))
