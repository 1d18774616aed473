"""Hunt tg10 (session 52): target spellings (指标值) left by tg9 and rv15, and more the forms' style suggests
(tests/fixtures/review/ct_s52_tg10_declared.txt, a 绩效目标申报表; ct_s52_tg10_selfeval.txt, a 绩效自评表; both from
tests/fixtures/review/make_s52_tg10.py; each reading written by hand before the run).

Decided:
- A level above or below a reference by percentage points (`高于上年度5个百分点`, `低于上年5个百分点`, `高于全省平均水平2个
  百分点`, `比上年高5个百分点`, `较上年高出2个百分点`) is the difference, as `较上年提高2个百分点` has read since review tq4:
  `=` 5 个百分点, the words naming the reference the qualifier (`高于上年度`); a bound after it its comparison
  (`高于上年3个百分点以上`: `>=`). The baseline is said in the qualifier, as written (they were text). Only points: `高于上年
  5%` (relative, or a level unsaid) stays text, as `较上年增长10%` does.
- A percentage point said short after a change (`比上年提高2个点`, `同比提高2个点`, `提高0.5个点`, `比上年提高2个点以上`) is
  个百分点, the unit a change in points is read in (it was text, or 个 with 点 the qualifier); `≥20个点` alone, a count of
  sites, keeps 个 and 点.
- A counter run into a noun longer than four characters counts it when the noun ends naming a place, a facility, a body or
  a vehicle (`≥1座污水处理站`, `≥2所乡镇卫生院`, `≥5家农民专业合作社`, `≥10辆新能源公交车`, `≥2个便民服务中心`: 座 and
  污水处理站 …; they were `>=` and the text — tg9 kept them text, test_hunt_s51_tg9 says so now). Names and sentences
  ending otherwise, or holding a deed (`≥3个乡镇开展试点`, `≥5个村实现通车`), stay as they were (`两项补贴发放人次`,
  `八项规定落实度`, `1个品种审定延迟`).
- Words a counter's character opens, further to rv15's list: 家电, 家居, 家禽, 家畜, 家政, 家用, 家风, 家教, 家访, 家境, 家底,
  处方, 处境, 条件, 条理, 根治, 台湾, 台球, 个税, 个股, 块头 (`≥1家电`: the unit 家电 as written, no 家 of 电).
- A ratio (`1:1.2`) is no one quantity (which term, which way, unsaid; `1:1000` a map's scale as often): its text, the
  comparison before or after it read (`≥1:1.2` as before, now `不低于1:1`, `1:1.2以上`, `达到1:1`: `>=`, the text `1:1`;
  what is compared before it the qualifier, `配套比例不低于1:1`: 配套比例); a bare `1:1` stays text whole.
- `7×24小时` (and `7x24小时`, `7*24小时`, `5×8小时`) is a service window, days by hours: no one quantity, it stays text as
  written (a `≤24小时` response limit must not be found by it); `24小时值守` stays 24 小时 (tg7).
Kept (right on main, guards): ranges with units on both ends (`90%-95%`, full-width `９０％－９５％`, `3万元-5万元`), `不低于上年`
(`>=` 上年), `逐步提高` (text), `≤3‰`, full-width digits and signs, `约95%` / `95%左右` (`~`), `以上` / `以下` after a unit,
`达到国家二级标准` (text), `2024年12月底前` (text, a date), `按期完成` (text), `≤1260万元` (元), `较上年下降2-3个百分点`.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_declared_form(read):
    got = _ind(read("ct_s52_tg10_declared.txt"))
    assert len(got) == 21
    # main: `>=` and the text
    assert got["新建污水处理设施"] == (">=", 1.0, None, "座", "污水处理站", None)
    assert got["标准化卫生院建设"] == (">=", 2.0, None, "所", "乡镇卫生院", None)
    assert got["扶持合作社"] == (">=", 5.0, None, "家", "农民专业合作社", None)
    assert got["购置公交车辆"] == (">=", 10.0, None, "辆", "新能源公交车", None)
    assert got["建设服务中心"] == (">=", 2.0, None, "个", "便民服务中心", None)
    # main: 家 and 电
    assert got["家电下乡网点"] == (">=", 1.0, None, "家电", None, None)
    # main: text
    assert got["农民人均可支配收入增幅"] == ("=", 5.0, None, "个百分点", "高于上年度", None)
    assert got["村集体经济收入增幅"] == ("=", 2.0, None, "个百分点", "比上年提高", None)
    assert got["适龄儿童入园率"] == ("=", 2.0, None, "个百分点", "高于全省平均水平", None)
    assert got["县级配套比例"] == (">=", None, None, None, None, "1:1")
    # right on main, kept
    assert got["监测点位"] == (">=", 20.0, None, "个", "点", None)
    assert got["出水水质"] == (None, None, None, None, None, "达到国家二级标准")
    assert got["设备完好率"] == ("range", 90.0, 95.0, "%", None, None)
    assert got["不良反应发生率"] == ("<=", 3.0, None, "‰", None, None)
    assert got["热线服务时间"] == (None, None, None, None, None, "7×24小时")
    assert got["项目完工时间"] == (None, None, None, None, None, "2024年12月底前")
    assert got["任务完成及时性"] == (None, None, None, None, None, "按期完成")
    assert got["项目总成本"] == ("<=", 12600000.0, None, "元", None, None)
    assert got["社会资本带动比例"] == (">=", None, None, None, None, "1:1.2")
    assert got["服务覆盖率"] == (">=", None, None, None, None, "上年")
    assert got["群众满意度"] == (">=", 95.0, None, "%", None, None)


def test_selfeval_form(read):
    r = read("ct_s52_tg10_selfeval.txt")
    got = _ind(r)
    assert len(got) == 7
    # main: `>=` and the text; `>=` 2 个 with 点；比上年提高; text; text
    assert got["新建污水处理站"] == (">=", 3.0, None, "座", "污水处理站", None)
    assert got["改造乡镇卫生院"] == (">=", 2.0, None, "所", "乡镇卫生院", None)
    assert got["农村卫生厕所普及率"] == (">=", 2.0, None, "个百分点", "比上年提高", None)
    assert got["黑臭水体占比"] == ("=", 2.0, None, "个百分点", "低于上年", None)
    assert got["资金配套比例"] == (">=", None, None, None, None, "1:1.2")
    # right on main, kept
    assert got["运维响应"] == (None, None, None, None, None, "7×24小时")
    assert got["群众满意度"] == (">=", 90.0, None, "%", None, None)
    actual = {i["level3"]: i["actual_raw"] for i in r.tables["indicators"]}
    assert actual["新建污水处理站"] == "3座" and actual["资金配套比例"] == "1:1.3"


@pytest.mark.parametrize("raw, want", [
    # points by which a level is above or below a reference (main: text)
    ("高于上年度5个百分点", Target("=", 5.0, None, "个百分点", "高于上年度")),
    ("低于上年5个百分点", Target("=", 5.0, None, "个百分点", "低于上年")),
    ("高于全省平均水平2个百分点", Target("=", 2.0, None, "个百分点", "高于全省平均水平")),
    ("比上年高5个百分点", Target("=", 5.0, None, "个百分点", "比上年高")),
    ("较上年高出2个百分点", Target("=", 2.0, None, "个百分点", "较上年高出")),
    ("高于上年3个百分点以上", Target(">=", 3.0, None, "个百分点", "高于上年")),
    ("高于上年不少于3个百分点", Target(">=", 3.0, None, "个百分点", "高于上年")),
    # a change's point said short (main: text, or 个 and 点)
    ("比上年提高2个点", Target("=", 2.0, None, "个百分点", "比上年提高")),
    ("同比提高2个点", Target("=", 2.0, None, "个百分点", "同比提高")),
    ("提高0.5个点", Target("=", 0.5, None, "个百分点", "提高")),
    ("比上年提高2个点以上", Target(">=", 2.0, None, "个百分点", "比上年提高")),
    # longer counted nouns (main: `>=` and the text)
    ("≥1座污水处理站", Target(">=", 1.0, None, "座", "污水处理站")),
    ("≥2所乡镇卫生院", Target(">=", 2.0, None, "所", "乡镇卫生院")),
    ("≥3个污水处理设施", Target(">=", 3.0, None, "个", "污水处理设施")),
    ("≥5家农民专业合作社", Target(">=", 5.0, None, "家", "农民专业合作社")),
    ("≥10辆新能源公交车", Target(">=", 10.0, None, "辆", "新能源公交车")),
    ("≥2个便民服务中心", Target(">=", 2.0, None, "个", "便民服务中心")),
    ("≥1个综合服务站以上", Target(">=", 1.0, None, "个", "综合服务站")),
    ("≥1座污水处理站（新建）", Target(">=", 1.0, None, "座", "污水处理站；新建")),
    # words a counter's character opens (main: the counter and the rest)
    ("≥1家电", Target(">=", 1.0, None, "家电")),
    ("≥2家禽养殖场", Target(">=", 2.0, None, "家禽养殖场")),
    ("≥1家政服务点", Target(">=", 1.0, None, "家政服务点")),
    ("≥5处方", Target(">=", 5.0, None, "处方")),
    # ratios with a comparison (main: text whole)
    ("不低于1:1", Target(">=", target_text="1:1")),
    ("1:1.2以上", Target(">=", target_text="1:1.2")),
    ("1：1以上", Target(">=", target_text="1:1")),
    ("达到1:1", Target(">=", target_text="1:1")),
    ("配套比例不低于1:1", Target(">=", qualifier="配套比例", target_text="1:1")),
    ("投入比≥1:3", Target(">=", qualifier="投入比", target_text="1:3")),
    ("指标值：≥1:1", Target(">=", target_text="1:1")),
])
def test_new_readings(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw, want", [
    # right on main, kept (guards)
    ("提高2个百分点", Target("=", 2.0, None, "个百分点", "提高")),
    ("较上年提高2个百分点", Target("=", 2.0, None, "个百分点", "较上年提高")),
    ("较上年下降2-3个百分点", Target("range", 2.0, 3.0, "个百分点", "较上年下降")),
    ("高于上年5%", Target("=", 5.0, None, "%", "高于上年")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("高于上年", Target(">", target_text="上年")),
    ("≥20个点", Target(">=", 20.0, None, "个", "点")),
    ("≥1:1.2", Target(">=", target_text="1:1.2")),
    ("≥1∶1", Target(">=", target_text="1∶1")),
    ("1:1", Target(target_text="1:1")),
    ("1:1000", Target(target_text="1:1000")),
    ("7×24小时", Target(target_text="7×24小时")),
    ("7x24小时", Target(target_text="7x24小时")),
    ("7*24小时", Target(target_text="7*24小时")),
    ("全年7×24小时", Target(target_text="全年7×24小时")),
    ("7×24小时值守", Target(target_text="7×24小时值守")),
    ("5×8小时", Target(target_text="5×8小时")),
    ("两项补贴发放人次", Target(target_text="两项补贴发放人次")),
    ("八项规定落实度", Target(target_text="八项规定落实度")),
    ("1个品种审定延迟", Target(target_text="1个品种审定延迟")),
    ("3项工作全部完成", Target(target_text="3项工作全部完成")),
    ("≥3个乡镇开展试点", Target(">=", target_text="3个乡镇开展试点")),      # (a deed in the run: a sentence)
    ("≥5个村实现通车", Target(">=", target_text="5个村实现通车")),
    ("≥2个村建成示范点", Target(">=", target_text="2个村建成示范点")),
    ("≥3处理站", Target(">=", 3.0, None, "处理站")),
    ("≥1条件", Target(">=", 1.0, None, "条件")),
    ("≥1个村卫生室", Target(">=", 1.0, None, "个", "村卫生室")),
    ("90%-95%", Target("range", 90.0, 95.0, "%")),
    ("９０％－９５％", Target("range", 90.0, 95.0, "%")),
    ("3万元-5万元", Target("range", 30000.0, 50000.0, "元")),
    ("2天至3天", Target("range", 2.0, 3.0, "天")),
    ("不低于上年", Target(">=", target_text="上年")),
    ("逐步提高", Target(target_text="逐步提高")),
    ("≤3‰", Target("<=", 3.0, None, "‰")),
    ("≧９５％", Target(">=", 95.0, None, "%")),
    ("约95%", Target("~", 95.0, None, "%")),
    ("95%左右", Target("~", 95.0, None, "%")),
    ("3万元以上", Target(">=", 30000.0, None, "元")),
    ("5天以下", Target("<=", 5.0, None, "天")),
    ("达到国家二级标准", Target(target_text="达到国家二级标准")),
    ("2024年12月底前", Target(target_text="2024年12月底前")),
    ("按期完成", Target(target_text="按期完成")),
    ("≤50万元", Target("<=", 500000.0, None, "元")),
])
def test_kept_readings(raw, want):
    assert split_target(raw) == want
