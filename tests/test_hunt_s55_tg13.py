"""Hunt tg13 (session 55): target spellings (指标值) left by tg12 and the lead, and more found in the archive-like
fixtures (the snapshot's targets with no operator, or a unit of three characters or more), in a 项目绩效目标表 and a
绩效自评表 (tests/fixtures/review/ct_s55_tg13_declared.txt, ct_s55_tg13_selfeval.txt, from
tests/fixtures/review/make_s55_tg13.py); each reading written by hand before the run.

Decided:
- A counter written once for a noun that opens with the counter's own character (`≥3个性化`, `3个性化服务`,
  `≥5个性化定制方案`, `≥10个体工商户`; in full `3个个性化服务`): the count in 个, the noun whole the qualifier
  (`个性化服务`) — 性化 is no unit; they were the units `个性化`, `个体工商户`, or text. `≥2个人` keeps 个人 (hunt lt).
- The keeping words after a name before a range around 0 (`误差率控制在±5%以内`, `误差控制在±2%`): the range
  (-5 … 5 %, as `±3%以内` reads in tests/test_normalize_targets.py; ± says both ways, a range keeps it), the name the
  qualifier without 控制在 (it was `误差率控制在`), as `误差率控制在5%以内` reads 误差率.
- A name of more than eight characters before a comparison, ending in a measure's word (率, 度, 比例, 比重, 占比, 指数,
  水平): `城乡居民医保参保率保持在95%以上`, `城乡居民基本医疗保险参保率≥95%`, `农村生活垃圾无害化处理率达到90%` read as the
  shorter names did (they were text). A long run ending otherwise stays text.
- A harm named before its zero count (`安全事故0起`, `投诉0次`, `重大安全事故0起`, `有效投诉0件`, `安全生产事故发生0起`,
  `安全事故0`): `=` 0 in the counter written, the harm the qualifier, as `零事故`, `0起` and `安全事故≤1起` read (text).
- A change and its bare figure (`较上年增长10%`, `同比下降10%`, `较上年提高5%`, `提高10%`, `收入增长5%`,
  `比上年增加10人`, `高于上年5%`): the change, `=` its figure and unit, the words naming the change and its reference
  the qualifier — as `比上年提高5个百分点` (`=` 5 个百分点, 比上年提高) and `较上年增长10%以上` (`>=`) already read; the
  qualifier says it is relative. `=`, not `>=`: a bare figure is `=` everywhere in the contract; a bound is read only
  when written (`以上`, `不低于`). Older hunts kept them text (lt, tx, tq4, rv3, rv6, tg10, rv24); their guards now
  say this reading. A change with no figure (`比目前提高`, `较上年增长`) stays text (the contract's row).
- `≥1次每季度`: 次/季度, as `≥1次/每季度` reads (it was the unit `次每季度`).
Kept (guards): `≥2个人`, `比上年提高5个百分点`, `较上年增长10%以上`, `安全事故≤1起`, `零事故`, `误差率控制在5%以内`,
`±3%以内`, `完成率100%` (text: a name and its value run together, left to the table readers), `2025年12月底前`.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


CELLS = [
    # a counter written once for the noun that opens with it (main: units 个性化, 个性化服务, 个体工商户; text)
    ("≥3个性化", T(">=", 3.0, unit="个", qualifier="个性化")),
    ("3个性化服务", T("=", 3.0, unit="个", qualifier="个性化服务")),
    ("≥5个性化定制方案", T(">=", 5.0, unit="个", qualifier="个性化定制方案")),
    ("3个个性化服务", T("=", 3.0, unit="个", qualifier="个性化服务")),
    ("≥10个体工商户", T(">=", 10.0, unit="个", qualifier="个体工商户")),
    ("≥2个人", T(">=", 2.0, unit="个人")),                                     # guard
    # the keeping words after a name, a range around 0 (main: qualifier 误差率控制在)
    ("误差率控制在±5%以内", T("range", -5.0, 5.0, unit="%", qualifier="误差率")),
    ("误差控制在±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("控制在±2%以内", T("range", -2.0, 2.0, unit="%")),                          # guard (tg8)
    ("误差率控制在5%以内", T("<=", 5.0, unit="%", qualifier="误差率")),           # guard (tg12)
    ("±3%以内", T("range", -3.0, 3.0, unit="%")),                                 # guard
    # a name of more than eight characters (main: text)
    ("城乡居民医保参保率保持在95%以上", T(">=", 95.0, unit="%", qualifier="城乡居民医保参保率")),
    ("城乡居民基本医疗保险参保率≥95%", T(">=", 95.0, unit="%", qualifier="城乡居民基本医疗保险参保率")),
    ("农村生活垃圾无害化处理率达到90%", T(">=", 90.0, unit="%", qualifier="农村生活垃圾无害化处理率")),
    ("建档立卡贫困户危房改造完成率不低于95%", T(">=", 95.0, unit="%", qualifier="建档立卡贫困户危房改造完成率")),
    ("项目实施后带动周边群众就业增收达到100人", X("项目实施后带动周边群众就业增收达到100人")),     # guard
    ("参保率保持在95%以上", T(">=", 95.0, unit="%", qualifier="参保率")),                      # guard
    # a harm and its zero count (main: text)
    ("安全事故0起", T("=", 0.0, unit="起", qualifier="安全事故")),
    ("投诉0次", T("=", 0.0, unit="次", qualifier="投诉")),
    ("重大安全事故0起", T("=", 0.0, unit="起", qualifier="重大安全事故")),
    ("有效投诉0件", T("=", 0.0, unit="件", qualifier="有效投诉")),
    ("安全生产事故发生0起", T("=", 0.0, unit="起", qualifier="安全生产事故")),
    ("安全事故0", T("=", 0.0, qualifier="安全事故")),
    ("安全事故≤1起", T("<=", 1.0, unit="起", qualifier="安全事故")),             # guard
    ("零事故", T("=", 0.0, qualifier="事故")),                                   # guard
    # a change and its bare figure (main: text)
    ("较上年增长10%", T("=", 10.0, unit="%", qualifier="较上年增长")),
    ("同比下降10%", T("=", 10.0, unit="%", qualifier="同比下降")),
    ("较上年提高5%", T("=", 5.0, unit="%", qualifier="较上年提高")),
    ("较上年同期增长10%", T("=", 10.0, unit="%", qualifier="较上年同期增长")),
    ("提高10%", T("=", 10.0, unit="%", qualifier="提高")),
    ("收入增长5%", T("=", 5.0, unit="%", qualifier="收入增长")),
    ("比上年增加10人", T("=", 10.0, unit="人", qualifier="比上年增加")),
    ("高于上年5%", T("=", 5.0, unit="%", qualifier="高于上年")),
    ("比上年提高5个百分点", T("=", 5.0, unit="个百分点", qualifier="比上年提高")),  # guard
    ("较上年增长10%以上", T(">=", 10.0, unit="%", qualifier="较上年增长")),        # guard
    ("比目前提高", X("比目前提高")),                                               # guard: no figure
    ("较上年增长", X("较上年增长")),                                               # guard: the contract's row
    # a period after a count said with 每 and no slash (main: the unit 次每季度)
    ("≥1次每季度", T(">=", 1.0, unit="次/季度")),
    ("2次每年", T("=", 2.0, unit="次/年")),
    ("≥1次/每季度", T(">=", 1.0, unit="次/季度")),                                # guard
    ("完成率100%", X("完成率100%")),                                              # guard
]


@pytest.mark.parametrize(("text", "want"), CELLS, ids=[c[0] for c in CELLS])
def test_cell(text, want):
    assert split_target(text) == want


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_declared_form(read):
    got = _ind(read("ct_s55_tg13_declared.txt"))
    assert len(got) == 16
    assert got["个性化服务包"] == (">=", 3.0, None, "个", "个性化", None)
    assert got["家庭医生服务项目"] == ("=", 3.0, None, "个", "个性化服务", None)
    assert got["扶持个体工商户"] == (">=", 10.0, None, "个", "个体工商户", None)
    assert got["巡查次数"] == (">=", 1.0, None, "次/季度", None, None)
    assert got["结算误差率"] == ("range", -5.0, 5.0, "%", "误差率", None)
    assert got["参保率"] == (">=", 95.0, None, "%", "城乡居民医保参保率", None)
    assert got["基本医保参保率"] == (">=", 95.0, None, "%", "城乡居民基本医疗保险参保率", None)
    assert got["垃圾处理率"] == (">=", 90.0, None, "%", "农村生活垃圾无害化处理率", None)
    assert got["安全生产"] == ("=", 0.0, None, "起", "安全事故", None)
    assert got["服务投诉"] == ("=", 0.0, None, "次", "投诉", None)
    assert got["签约服务人数"] == ("=", 10.0, None, "%", "较上年增长", None)
    assert got["门诊次均费用"] == ("=", 10.0, None, "%", "同比下降", None)
    # right on main, kept
    assert got["家庭医生签约率"] == ("=", 5.0, None, "个百分点", "比上年提高", None)
    assert got["服务能力"] == (None, None, None, None, None, "比目前提高")
    assert got["完成时间"] == (None, None, None, None, None, "2025年12月底前")
    assert got["群众满意度"] == (">=", 90.0, None, "%", None, None)


def test_selfeval_form(read):
    got = _ind(read("ct_s55_tg13_selfeval.txt"))
    assert len(got) == 8
    assert got["个性化改厕方案"] == (">=", 5.0, None, "个", "个性化定制方案", None)
    assert got["工程计量误差"] == ("range", -2.0, 2.0, "%", "误差", None)
    assert got["重大安全事故"] == ("=", 0.0, None, "起", "重大安全事故", None)
    assert got["有效投诉"] == ("=", 0.0, None, "件", "有效投诉", None)
    assert got["村集体收入"] == ("=", 5.0, None, "%", "收入增长", None)
    assert got["卫生厕所普及率"] == ("=", 5.0, None, "%", "较上年提高", None)
    assert got["清运频次"] == ("=", 10.0, None, "%", "提高", None)
    assert got["村民满意度"] == (">=", 90.0, None, "%", None, None)
