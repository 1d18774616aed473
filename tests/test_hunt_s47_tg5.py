"""Hunt tg5 (session 47): target, date and frequency spellings (tests/fixtures/review/ct_s47_tg5_*, each read by hand
before the run).

A rate per a base of ten thousands written in words (`≤10万分之一`, `十万分之三以下`, `≤百万分之五`) is that rate per
the base, `<=` 1 `/10万`, as `≤1/10万` reads (`10万分之一` was `≤10` run into `1‱`, 101 ‱); `较上年持平` /
`比上年持平` is `=` 上年 as `与上年持平`; an inclusive bound said to exclude itself (`95%以上（不含）`, `3个工作日以内（不含3个
工作日）`) is strict, as `>95%（含）` is `>=`; a count per a base of people (`每千人口≥3张`, `每万人≥3人`) is per that
base, `张/千人口`, as `≥3人/万人` reads; a period in the year's months after dots or a slash (`2023.1-12`,
`2023/1-12`, `2024.3-10`) runs from the first day of its first month to the last of its last, as `2023年1-12月`; a
period ending on `次年3月15日` ends in the year after its start.
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period
from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def _periods(r) -> list[tuple]:
    return [(p["name"], p["period_raw"], p["start_date"], p["end_date"]) for p in r.tables["projects"]]


# ---------------------------------------------------------------- (1) rates per a base, 持平 after 较 / 比
def test_rates_per_base_and_level_with_last_year(read):
    r = read("ct_s47_tg5_rates_per_base.txt")
    got = _ind(r)
    assert len(got) == 9
    # main: ("<=", 101.0, "‱", …): `10万分之一` read as `10` then `1‱`
    assert got["疫苗接种严重异常反应发生率"] == ("<=", 1.0, "/10万", None, None)
    # main: text `十万分之三以下`
    assert got["甲乙类传染病报告发病率"] == ("<=", 3.0, "/10万", None, None)
    # main: text `较上年持平` / `比上年持平` (`与上年持平` was `=` 上年)
    assert got["适龄儿童建卡建证率"] == ("=", None, None, None, "上年")
    assert got["重大传染病暴发疫情"] == ("=", None, None, None, "上年")
    # right on main
    assert got["预防接种门诊督导检查次数"] == (">=", 2.0, "次/年", "开展", None)
    assert got["冷链运转事故率"] == ("<=", 3.0, "‱", None, None)
    assert got["受种者满意度"] == (">=", 95.0, "%", "含", None)
    # main: no dates (`2023.1-12`: the year's month after a dot, the last month after the dash)
    assert _periods(r) == [("传染病防控及预防接种项目", "2023.1-12", dt.date(2023, 1, 1), dt.date(2023, 12, 31))]


# ---------------------------------------------------------------- (2) a heating season into the next year; 2023/1-12
def test_heating_periods(read):
    r = read("ct_s47_tg5_heating_periods.txt")
    # main: end None for the first (`次年3月15日` no date), no dates for the second (`2023/1-12`)
    assert _periods(r) == [
        ("城区集中供热补贴项目", "2023年11月15日至次年3月15日", dt.date(2023, 11, 15), dt.date(2024, 3, 15)),
        ("农村供暖煤改电补贴项目", "2023/1-12", dt.date(2023, 1, 1), dt.date(2023, 12, 31))]
    got = _ind(r)
    # a deadline relative to the budget year stays a date's text (right on main)
    assert got["补贴资金拨付时间"] == (None, None, None, None, "次年3月15日前")
    assert got["供热投诉率"] == ("<=", 3.0, "‰", None, None)
    # main: text `较上年度持平`
    assert got["燃煤减少量"] == ("=", None, None, None, "上年度")
    assert "deadline_out_of_period" not in [w["code"] for w in r.tables["warnings"]]


# ---------------------------------------------------------------- (3) sign | value | unit columns
def test_split_columns(read):
    r = read("ct_s47_tg5_split_cols.txt")
    got = _ind(r)
    assert len(got) == 12
    # main: `次/每季度`, `次/年度` (the unit cell as written)
    assert got["巡查频次"] == (">=", 1.0, "次/季度", None, None)
    assert got["人员培训频次"] == (">=", 2.0, "次/年", None, None)
    # main: `<=` and the text `十万分之一`
    assert got["介水传染病发病率"] == ("<=", 1.0, "/10万", None, None)
    # main: text `较上年持平`
    assert got["农村饮水安全保障水平"] == ("=", None, None, None, "上年")
    # right on main
    assert got["水质监测频次"] == (">=", 2.0, "次/年", None, None)
    assert got["水样检测差错率"] == ("<=", 1.0, "‰", None, None)
    assert got["饮用水污染事件"] == ("=", 0.0, "起", None, None)
    assert got["水质达标率"] == (">=", 95.0, "%", "含", None)
    # (a sign before a range, `≤ | 2-4 | 小时`, stays `<=` and the text, as tests/test_normalize_targets reads `≥2-4`)
    assert got["水质异常处置时限"] == ("<=", None, None, None, "2-4小时")


# ---------------------------------------------------------------- (4) per a base of people, (不含), 2024.3-10
def test_health_rates(read):
    r = read("ct_s47_tg5_health_rates.txt")
    got = _ind(r)
    assert len(got) == 7
    # main: (">=", 3.0, "张", "每千人口", None) and (">=", 2.5, "名", "每万人口", None)
    assert got["每千人口基层医疗机构床位数"] == (">=", 3.0, "张/千人口", None, None)
    assert got["每万人口全科医生数"] == (">=", 2.5, "名/万人口", None, None)
    # main: text
    assert got["医疗事故发生率"] == ("<=", 5.0, "/10万", None, None)
    # main: `>=` / `<=` with the qualifier 不含
    assert got["门诊处方合格率"] == (">", 95.0, "%", "不含", None)
    assert got["转诊办理时限"] == ("<", 3.0, "个工作日", "不含3个工作日", None)
    # right on main
    assert got["基层就诊率"] == ("=", None, None, None, "上年")
    assert got["患者满意度"] == (">=", 90.0, "%", "含", None)
    # main: no dates
    assert _periods(r) == [("基层医疗卫生服务能力提升项目", "2024.3-10", dt.date(2024, 3, 1), dt.date(2024, 10, 31))]


# ---------------------------------------------------------------- (5) frequencies
def test_frequencies(read):
    r = read("ct_s47_tg5_frequencies.txt")
    got = _ind(r)
    assert len(got) == 8
    # main: 次/年度, 次/每季度, text
    assert got["河长制培训次数"] == (">=", 2.0, "次/年", None, None)
    assert got["水质监测频次"] == ("=", 1.0, "次/季度", None, None)
    assert got["河道专项检查"] == ("=", 1.0, "次/季度", None, None)
    # (a period in brackets after the count stays its qualifier, as tests/test_hunt_s39_tg reads `≥2场（每季度）`)
    assert got["防汛应急演练"] == ("=", 2.0, "次", "每年", None)
    # (a 每 standing for the slash is a unit written in words, kept as written, as `元每人每月` — right on main)
    assert got["入河排污口排查"] == (">=", 1.0, "次/季度", None, None)  # (hunt s55 tg13: 每 for the slash)
    # main: `>=` with the qualifier 不含
    assert got["河面保洁合格率"] == (">", 95.0, "%", "不含", None)
    # main: text
    assert got["河道水质"] == ("=", None, None, None, "上年")
    # main: no dates
    assert _periods(r) == [("河道日常巡查保洁项目", "2024.1-12", dt.date(2024, 1, 1), dt.date(2024, 12, 31))]


# ---------------------------------------------------------------- (6) the readers alone
@pytest.mark.parametrize(("written", "expected"), [
    # main: 101 ‱, 101.5 ‱ (the base's figure run into the rate), text for the rest
    ("≤10万分之一", Target("<=", 1.0, None, "/10万")),
    ("≤10万分之1.5", Target("<=", 1.5, None, "/10万")),
    ("≤十万分之一", Target("<=", 1.0, None, "/10万")),
    ("不超过十万分之一", Target("<=", 1.0, None, "/10万")),
    ("≤百万分之五", Target("<=", 5.0, None, "/100万")),
    ("≤十万分之一（含）", Target("<=", 1.0, None, "/10万", "含")),
    # main: text
    ("比上年持平", Target("=", target_text="上年")),
    ("较去年同期持平", Target("=", target_text="去年同期")),
    # main: `>=` / `<=`, qualifier 不含…
    ("≥95%（不含）", Target(">", 95.0, None, "%", "不含")),
    ("95%（不含）以上", Target(">", 95.0, None, "%", "不含")),
    ("10人以下（不含10人）", Target("<", 10.0, None, "人", "不含10人")),
    # main: 人 with 每万人 the qualifier; text
    ("每万人≥3人", Target(">=", 3.0, None, "人/万人")),
    ("每10万人口≥5人", Target(">=", 5.0, None, "人/10万人口")),
    # main: 次/年度, 次/每两年, text
    ("1次/年度", Target("=", 1.0, None, "次/年")),
    ("1次/每两年", Target("=", 1.0, None, "次/2年")),
    ("季度1次以上", Target(">=", 1.0, None, "次/季度")),
])
def test_split_target_spellings(written, expected):
    assert split_target(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("≤万分之三", Target("<=", 3.0, None, "‱")),             # a share in ten thousands stays ‱
    ("千分之三", Target("=", 3.0, None, "‰")),
    ("较上年基本持平", Target(target_text="较上年基本持平")),     # about level: no `=`
    ("同比持平", Target(target_text="同比持平")),
    ("≥90%（不含85%）", Target(">=", 90.0, None, "%", "不含85%")),   # another figure: no bound's
    ("=100%（不含）", Target("=", 100.0, None, "%", "不含")),
    ("每户≥2人", Target(">=", 2.0, None, "人/户")),
    ("12次（全年）", Target("=", 12.0, None, "次", "全年")),      # no period's word: a note
    ("1季度", Target("=", 1.0, None, "季度")),
])
def test_split_target_kept(written, expected):
    assert split_target(written) == expected


@pytest.mark.parametrize(("written", "year", "expected"), [
    # main: (None, None)
    ("2023.1-12", None, (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
    ("2023/1-12", None, (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
    ("2023.01-12", None, (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
    ("2024.3—10月", None, (dt.date(2024, 3, 1), dt.date(2024, 10, 31))),
    # main: the end None
    ("2023年11月15日至次年3月15日", None, (dt.date(2023, 11, 15), dt.date(2024, 3, 15))),
    ("2023年11月15日-次年3月15日", None, (dt.date(2023, 11, 15), dt.date(2024, 3, 15))),
    ("2023年12月1日至翌年2月29日", None, (dt.date(2023, 12, 1), dt.date(2024, 2, 29))),
    ("11月15日至次年3月15日", 2023, (dt.date(2023, 11, 15), dt.date(2024, 3, 15))),
])
def test_periods_read(written, year, expected):
    assert parse_period(written, year) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("2020-01-12", (None, None)),                    # one date, no period
    ("2020-1至12", (None, None)),
    ("2023.11-3", (None, None)),                     # into the next year? not written
    ("2023.1-31", (None, None)),                     # no month 31
    ("2023.11.15-3.15", (dt.date(2023, 11, 15), None)),  # an end before its start, no 次年 written
    ("2024年1-12", (None, None)),                    # (no 月 to say they are months)
])
def test_periods_kept(written, expected):
    assert parse_period(written) == expected
