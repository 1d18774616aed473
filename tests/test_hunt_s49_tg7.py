"""Hunt tg7 (session 49): target, date and deadline spellings (tests/fixtures/review/ct_s49_tg7_*, each read by hand
before the run).

`近1万人`, `将近1万人次`, `接近100%` are about the figure (`~`, as `约`; `近3年` stays text, the recent years); none
occurring, `零发生`, `0发生`, `安全事故零发生`, `安全生产零事故`, is `=` 0 with what occurs the qualifier, as `零事故`; a bare
score over its top with tenths, `≥4.5/5`, `≥8.5/10`, is in 分 as `≥4.5/5分` (`≥4/5`, `≥90/100` stay text: a share of a
whole as often); months without 个 after a period, `两月一次`, `每两月一次`, `2月1次`, `1次/2月`, are `次/2个月` as `每两个月一次`;
a note in brackets after a bracket the target reads with, `≤50dB（A）（夜间）`, `≥95%（抽查）（2024年底前）`, is that target
with both notes the qualifier; a measure's symbol then words, `≥5km路段`, `≥100m2处`, is the symbol's unit, the words the
qualifier; `24小时值守` the time, 值守 the qualifier; every second period, `双月一次`, `隔周一次`, per two of them; `次/旬` a unit;
a rate's name and 为, `合格率为100%`, as its colon; `近万人`, `万余人` one 万. A period in quarters, `2024年1-4季度`, `2024年第一季度至第三季度`, reads as its months; a quarter's end,
`2025年第二季度前完成`, is a deadline (its last month) for `deadline_out_of_period`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from jixiao.checks import _deadlines
from normalize.dates import parse_period
from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def _late(r) -> list[str]:
    return sorted(w["message"].split(":")[0] for w in r.tables["warnings"] if w["code"] == "deadline_out_of_period")


# ---------------------------------------------------------------- (1) a road noise and safety works form
def test_road_safety(read):
    r = read("ct_s49_tg7_road_safety.txt")
    got = _ind(r)
    assert len(got) == 21
    # main: the unit `km路段`, `m2处`
    assert got["改造道路长度"] == (">=", 5.0, None, "km", "路段", None)
    assert got["新建口袋公园面积"] == (">=", 100.0, None, "m2", "处", None)
    # main: text `两月一次`; `次/2月`
    assert got["沿线巡查频次"] == ("=", 1.0, None, "次/2个月", None, None)
    assert got["隔声屏障检修频次"] == ("=", 1.0, None, "次/2个月", None, None)
    # main: `<=` and the text `50dB(A)(夜间)`
    assert got["夜间道路交通噪声"] == ("<=", 50.0, None, "dB(A)", "夜间", None)
    # main: text
    assert got["设施完好率"] == ("~", 100.0, None, "%", None, None)
    assert got["受益人口"] == ("~", 1.0, None, "万人", None, None)
    assert got["道路安全事故"] == ("=", 0.0, None, None, "安全事故", None)
    assert got["噪声投诉"] == ("=", 0.0, None, None, None, None)
    # main: `>=` and the text `4.5/5`
    assert got["沿线居民满意度"] == (">=", 4.5, None, "分", "5分", None)
    # right on main (the brief's other spellings, kept as they read)
    assert got["完成投资额"] == (">=", 350000000.0, None, "元", None, None)
    assert got["工程验收合格率"] == (">=", 95.0, None, "%", "含95%", None)
    assert got["路面平整度偏差"] == ("range", -5.0, 5.0, "%", None, None)
    assert got["工程返工率"] == ("<=", 5.0, None, "‰", None, None)
    assert got["单位造价变动幅度"] == ("<=", 0.5, None, "个百分点", None, None)
    assert got["设施使用率"] == (">=", 100.0, None, "%", "含", None)
    assert got["环境空气质量"] == (None, None, None, None, None, "达到国家二级标准")
    assert got["交通事故发生数"] == (">=", None, None, None, None, "上年")
    assert got["通行效率"] == ("=", 5.0, None, "%", "较上年提高", None)  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    # main: no dates (`2024年1-4季度`), so no end to put the 2025 quarter after
    p = r.tables["projects"][0]
    assert (p["start_date"], p["end_date"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert _late(r) == ["主体工程完工时间"]


# ---------------------------------------------------------------- (2) a water works form, its period in quarters
def test_quarters(read):
    r = read("ct_s49_tg7_quarters.txt")
    got = _ind(r)
    assert len(got) == 16
    # main: text `2月1次`, `双月一次`, `每旬1次`
    assert got["管网巡检频次"] == ("=", 1.0, None, "次/2个月", None, None)
    assert got["水质公示频次"] == ("=", 1.0, None, "次/2个月", None, None)
    assert got["管网冲洗频次"] == ("=", 1.0, None, "次/旬", None, None)
    # main: text `合格率为100%`, `近万人`; `=` 24 of a unit `小时值守`
    assert got["末梢水水质合格率"] == ("=", 100.0, None, "%", "合格率", None)
    assert got["覆盖人口"] == ("~", 1.0, None, "万人", None, None)
    assert got["供水保障"] == ("=", 24.0, None, "小时", "值守", None)
    # main: text
    assert got["受益群众"] == ("~", 1.0, None, "万人次", None, None)
    assert got["饮水安全事故"] == ("=", 0.0, None, None, "重大安全事故", None)
    # main: `=` 0 of a unit `发生`
    assert got["水质投诉"] == ("=", 0.0, None, None, None, None)
    # main: `>=` and the text `8.5/10`
    assert got["受益群众满意度"] == (">=", 8.5, None, "分", "10分", None)
    assert got["水质抽检频次"] == ("=", 1.0, None, "次/季度", None, None)       # (right on main)
    # main: no dates, and no quarter read as a deadline: no warning
    p = r.tables["projects"][0]
    assert (p["start_date"], p["end_date"]) == (dt.date(2024, 1, 1), dt.date(2024, 9, 30))
    # (`2023年第四季度前完成` before the form's year and its start; `2024年第四季度末前完成` after the end 2024-09-30;
    # `2024年三季度末` in it)
    assert _late(r) == ["前期工作完成时间", "通水时间"]


# ---------------------------------------------------------------- (3) the normalizers alone
@pytest.mark.parametrize("raw, want", [
    # main: text
    ("近1万人", Target("~", 1.0, None, "万人")),
    ("将近1万人次", Target("~", 1.0, None, "万人次")),
    ("接近100%", Target("~", 100.0, None, "%")),
    ("近5000人（含线上）", Target("~", 5000.0, None, "人", "含线上")),
    ("零发生", Target("=", 0.0)),
    ("安全事故零发生", Target("=", 0.0, qualifier="安全事故")),
    ("零事故发生", Target("=", 0.0, qualifier="事故")),
    ("安全生产零事故", Target("=", 0.0, qualifier="安全生产事故")),
    ("实现零事故", Target("=", 0.0, qualifier="事故")),
    ("确保零投诉", Target("=", 0.0, qualifier="投诉")),
    ("≥4.5/5", Target(">=", 4.5, None, "分", "5分")),
    ("4.5/5", Target("=", 4.5, None, "分", "5分")),
    ("≥8.5/10", Target(">=", 8.5, None, "分", "10分")),
    ("两月一次", Target("=", 1.0, None, "次/2个月")),
    ("≥95%（抽查）（2024年底前）", Target(">=", 95.0, None, "%", "抽查；2024年底前")),
    ("≥90%（含）（抽查）", Target(">=", 90.0, None, "%", "含；抽查")),
    ("≥1200吨（标准煤）（折算）", Target(">=", 1200.0, None, "吨标准煤", "折算")),
    ("≥500m2场地", Target(">=", 500.0, None, "m2", "场地")),
    ("≤50dB夜间", Target("<=", 50.0, None, "dB", "夜间")),
    # main: `=` 0 of a unit `发生`; `次/2月`, `次/3月`
    ("0发生", Target("=", 0.0)),
    ("每两月一次", Target("=", 1.0, None, "次/2个月")),
    ("≥1次/两月", Target(">=", 1.0, None, "次/2个月")),
    ("3月1次", Target("=", 1.0, None, "次/3个月")),
    # main: `>=` 100 of `m2处`
    ("≥100m2（处）", Target(">=", 100.0, None, "m2", "处")),
    # main: text (旬 a deadline's word only: `次/旬` was no unit)
    ("≥1次/旬", Target(">=", 1.0, None, "次/旬")),
    ("每旬至少1次", Target(">=", 1.0, None, "次/旬")),
    # main: text
    ("隔月一次", Target("=", 1.0, None, "次/2个月")),
    ("双周一次", Target("=", 1.0, None, "次/2周")),
    ("隔周一次", Target("=", 1.0, None, "次/2周")),
    ("每隔一年一次", Target("=", 1.0, None, "次/2年")),
    ("发生率为0", Target("=", 0.0, qualifier="发生率")),
    ("满意度为95%以上", Target(">=", 95.0, None, "%", "满意度")),
    ("将近万人次", Target("~", 1.0, None, "万人次")),
    ("逾万人", Target(">", 1.0, None, "万人")),
    ("万余亩", Target(">", 1.0, None, "万亩")),
    # main: `>=` 8 of a unit `小时开放`
    ("≥8小时开放", Target(">=", 8.0, None, "小时", "开放")),
    # main: `<=` 500 of a unit `m范围`; `>=` 10 of `km²区域` (the comparison after the words is the quantity's)
    ("500m范围内", Target("<=", 500.0, None, "m", "范围")),
    ("≥10km²区域", Target(">=", 10.0, None, "km²", "区域")),
])
def test_targets(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw, want", [
    # right on main, and must stay so: the recent years, a share of a whole, a month's name, a word 零 ends
    ("近3年", Target(target_text="近3年")),
    ("近6个月", Target(target_text="近6个月")),
    ("≥4/5", Target(">=", target_text="4/5")),
    ("≥90/100", Target(">=", target_text="90/100")),
    ("12月1次", Target(target_text="12月1次")),
    ("零星投诉", Target(target_text="零星投诉")),
    ("隐患清零", Target(target_text="隐患清零")),
    ("零投诉", Target("=", 0.0, qualifier="投诉")),
    ("1月1次", Target("=", 1.0, None, "次/月")),
    ("每2个月1次", Target("=", 1.0, None, "次/2个月")),
    ("5km以上", Target(">=", 5.0, None, "km")),
    ("≥2h响应", Target(">=", 2.0, None, "h", "响应")),
    ("≥6m宽", Target(">=", 6.0, None, "m", "宽")),
    ("≥1200t标准煤", Target(">=", 1200.0, None, "t标准煤")),
    ("90（分）", Target("=", 90.0, None, "分")),
    ("≥85（%）", Target(">=", 85.0, None, "%")),
    ("≥4.5（满分5分）", Target(">=", 4.5, None, "分", "满分5分")),
    ("6月上旬前", Target(target_text="6月上旬前")),
    ("双月", Target(target_text="双月")),
    ("上万人", Target(">=", 1.0, None, "万人")),   # (hunt tg8: reaching ten thousand, `>=`; was text)
    ("近万", Target(target_text="近万")),
    ("1万余人", Target(">", 1.0, None, "万人")),
    ("24小时", Target("=", 24.0, None, "小时")),
])
def test_targets_kept(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw, want", [
    # main: (None, None)
    ("2024年1-4季度", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("2024年第一季度至第三季度", (dt.date(2024, 1, 1), dt.date(2024, 9, 30))),
    ("2024年一至四季度", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("2024年度第1季度—第4季度", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("2024年第三季度", (dt.date(2024, 7, 1), dt.date(2024, 9, 30))),
    ("2024年第四季度至2025年第二季度", (dt.date(2024, 10, 1), dt.date(2025, 6, 30))),
    ("2024年第1-2季度", (dt.date(2024, 1, 1), dt.date(2024, 6, 30))),
])
def test_quarter_periods(raw, want):
    assert parse_period(raw, 2024) == want


@pytest.mark.parametrize("raw", ["2024年四季度末", "2024年4-1季度", "2024年季度"])
def test_quarter_periods_none(raw):
    assert parse_period(raw, 2024) == (None, None)          # (a point in time, a slip, no quarter: none, as on main)


@pytest.mark.parametrize("raw, want", [
    # main: no deadline
    ("2025年第二季度前完成", [(2025, 6)]),
    ("2024年三季度末", [(2024, 9)]),
    ("100%（2024年第4季度完成）", [(2024, 12)]),
    ("2023年一季度以前", [(2023, 3)]),
    # right on main
    ("2024年6月底前", [(2024, 6)]),
    ("较2023年第四季度末提高", []),
])
def test_quarter_deadlines(raw, want):
    assert list(_deadlines(raw)) == want
