"""Hunt tg8 (session 50): target spellings tg7 left, and more the samples' style suggests (tests/fixtures/review/
ct_s50_tg8_village.txt, each reading written by hand before the run).

Decided: `上万人`, `上千人次`, `上百家` reach the figure, `>=` 1 万人 / 1000 人次 / 100 家 (as `逾万人` passes it, `>`);
none occurring said by a negation, `无重大安全事故`, `无安全事故发生`, `未发生安全事故`, `杜绝…事故`, is `=` 0 with the harm
the qualifier, as tg7's `重大安全事故零发生`, and so is what is let out, `零排放`, `污水零排放`, `0排放`, `零超标`; a period said
first with no 每 before a bound, `一年不少于2次`, `半年不少于1次`, is per the period (`>=` 2 次/年); a quarter after the slash
said as 季, `≥1次/季`, `每季1次`, is 季度, the one spelling (次/季度); `≥5G基站` names the fifth generation, no count: `>=`
and the text; a class by a measure, `≥10t级`, `≥5万吨级泊位`: the measure, 级 the qualifier; within the budget,
`控制在预算以内`, `预算以内`, `不超预算`: `<=` 预算 as `不超过预算`; `控制在±2%以内` the range with no qualifier, as
`控制在5%以内`. A deadline of no year, `第四季度完成`, `12月底前`, is in the form's year for `deadline_out_of_period` (when
the project starts in that year). Kept: `≥1.5/2` (`>=` and the text: 2 is no score's scale, as tg7's `≥4/5`), `4/5` text,
`按期完成`, `12月底前完成`, `年底前` text (a date, no quantity).
"""
from __future__ import annotations

import pytest

from jixiao.checks import _deadlines
from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def _late(r) -> list[str]:
    return sorted(w["message"].split(":")[0] for w in r.tables["warnings"] if w["code"] == "deadline_out_of_period")


# ---------------------------------------------------------------- (1) a village environment and safety form
def test_village(read):
    r = read("ct_s50_tg8_village.txt")
    got = _ind(r)
    assert len(got) == 22
    # main: `>=` 2 次, qualifier 一年
    assert got["技术培训次数"] == (">=", 2.0, None, "次/年", None, None)
    # main: 次/季
    assert got["设施巡查频次"] == (">=", 1.0, None, "次/季度", None, None)
    assert got["水质抽检频次"] == ("=", 1.0, None, "次/季度", None, None)
    # main: text
    assert got["培训覆盖人数"] == (">=", 1.0, None, "万人", None, None)
    # main: `>=` 5 of a unit `G基站`; `>=` 10 of `t级`
    assert got["新建通信基站"] == (">=", None, None, None, None, "5G基站")
    assert got["购置运输车辆吨位"] == (">=", 10.0, None, "t", "级", None)
    # main: the qualifier 控制在
    assert got["投资偏差率"] == ("range", -2.0, 2.0, "%", None, None)
    # main: text
    assert got["项目总成本"] == ("<=", None, None, None, None, "预算")
    assert got["单位改造成本"] == ("<=", None, None, None, None, "预算")
    assert got["安全生产事故"] == ("=", 0.0, None, None, "重大安全事故", None)
    assert got["施工安全"] == ("=", 0.0, None, None, "安全事故", None)
    assert got["生活污水排放"] == ("=", 0.0, None, None, "排放", None)
    # right on main (the brief's other spellings, kept as they read)
    assert got["每户补助标准"] == ("range", 30000.0, 50000.0, "元", None, None)
    assert got["设施抽检合格率"] == (">=", 95.0, None, "%", "抽查", None)
    assert got["污水处理达标率"] == (">=", 90.0, None, "%", None, None)
    assert got["工程验收合格率"] == ("=", 95.0, None, "%", None, None)
    assert got["农户收入增长率"] == (">=", 5.0, None, "%", "较上年增长", None)
    assert got["畜禽粪污处理"] == (">=", None, None, None, None, "上年度水平")
    assert got["农户满意度"] == (">=", None, None, None, None, "1.5/2")
    assert got["设施建设完成时间"] == (None, None, None, None, None, "第四季度完成")
    assert got["信息报送时间"] == (None, None, None, None, None, "每月15日前")
    # main: no warning (a quarter of no year was no deadline); the project ends 2024-09-30, `第四季度完成` after it,
    # `第三季度末前完成` in it, `每月15日前` a deadline each month
    assert _late(r) == ["设施建设完成时间"]


# ---------------------------------------------------------------- (2) the normalizer alone
@pytest.mark.parametrize("raw, want", [
    # main: text
    ("上万人", Target(">=", 1.0, None, "万人")),
    ("上千人次", Target(">=", 1000.0, None, "人次")),
    ("上百家", Target(">=", 100.0, None, "家")),
    ("无重大安全事故", Target("=", 0.0, qualifier="重大安全事故")),
    ("无安全事故发生", Target("=", 0.0, qualifier="安全事故")),
    ("未发生安全事故", Target("=", 0.0, qualifier="安全事故")),
    ("不发生重大责任事故", Target("=", 0.0, qualifier="重大责任事故")),
    ("杜绝重大质量事故", Target("=", 0.0, qualifier="重大质量事故")),
    ("无违规违纪行为", Target("=", 0.0, qualifier="违规违纪行为")),
    ("全年无投诉", Target("=", 0.0, qualifier="全年；投诉")),
    ("零排放", Target("=", 0.0, qualifier="排放")),
    ("污水零排放", Target("=", 0.0, qualifier="污水排放")),
    ("零超标", Target("=", 0.0, qualifier="超标")),
    ("1年至少1次", Target(">=", 1.0, None, "次/年")),
    ("半年不少于1次", Target(">=", 1.0, None, "次/半年")),
    ("一个月不少于2次", Target(">=", 2.0, None, "次/月")),
    ("两年至少1次", Target(">=", 1.0, None, "次/2年")),
    ("控制在预算范围内", Target("<=", target_text="预算")),
    ("控制在预算内", Target("<=", target_text="预算")),      # (test_normalize_targets had it stay text)
    ("在批复预算内", Target("<=", target_text="批复预算")),
    ("预算以内", Target("<=", target_text="预算")),
    ("不突破预算", Target("<=", target_text="预算")),
    # main: `=` 0 of a unit `排放`
    ("0排放", Target("=", 0.0, qualifier="排放")),
    # main: `>=` 2 次, qualifier 一年 / 年; `>=` 1 次, qualifier 季度
    ("一年不少于两次", Target(">=", 2.0, None, "次/年")),
    ("年不少于2次", Target(">=", 2.0, None, "次/年")),
    ("季度至少1次", Target(">=", 1.0, None, "次/季度")),
    # main: 次/季, %/季, 次/季/村
    ("≤2次/季", Target("<=", 2.0, None, "次/季度")),
    ("≥90%/季", Target(">=", 90.0, None, "%/季度")),
    ("1次/季/村", Target("=", 1.0, None, "次/季度/村")),
    ("季（≥1次）", Target(">=", 1.0, None, "次/季度")),
    # main: `>=` 4 of `G网络`; 万吨级泊位, kV级
    ("≥4G网络", Target(">=", target_text="4G网络")),
    ("≥5万吨级泊位", Target(">=", 5.0, None, "万吨", "级泊位")),
    ("≥35kV级", Target(">=", 35.0, None, "kV", "级")),
    # right on main, kept
    ("逾万人", Target(">", 1.0, None, "万人")),
    ("近1万人", Target("~", 1.0, None, "万人")),
    ("零容忍", Target(target_text="零容忍")),
    ("杜绝", Target(target_text="杜绝")),
    ("无法完成", Target(target_text="无法完成")),
    ("无一例安全事故", Target("=", 0.0, qualifier="安全事故")),     # (text here; `=` 0 since hunt tg9, s51)
    ("上千万元", Target(target_text="上千万元")),
    ("全年不少于12次", Target(">=", 12.0, None, "次", "全年")),
    ("年均不少于2次", Target(">=", 2.0, None, "次", "年均")),
    ("2月不少于2次", Target(target_text="2月不少于2次")),
    ("≥100G", Target(">=", 100.0, None, "G")),
    ("5G信号覆盖率≥95%", Target(">=", 95.0, None, "%", "5G信号覆盖率")),
    ("≥1.5/2分", Target(">=", target_text="1.5/2分")),
    ("4/5", Target(target_text="4/5")),
    ("按期完成", Target(target_text="按期完成")),
    ("年底前完成", Target(target_text="年底前完成")),
    ("3万元-5万元", Target("range", 30000.0, 50000.0, "元")),
    ("≧９５％", Target(">=", 95.0, None, "%")),
    ("=<5%", Target("<=", 5.0, None, "%")),
    ("≥百分之九十五", Target(">=", 95.0, None, "%")),
    ("100%完成", Target("=", 100.0, None, "%", "完成")),
    ("不超过预算", Target("<=", target_text="预算")),
    ("控制在5%以内", Target("<=", 5.0, None, "%")),
])
def test_targets(raw, want):
    assert split_target(raw) == want


# ---------------------------------------------------------------- (3) deadlines of no year
@pytest.mark.parametrize("text, want", [
    # main: none
    ("第四季度完成", [(2024, 12)]),
    ("三季度末前完成", [(2024, 9)]),
    ("12月底前完成", [(2024, 12)]),
    ("6月30日前", [(2024, 6)]),
    ("10月份前", [(2024, 10)]),
    ("=100%（11月底前）", [(2024, 11)]),
    # none on main either: a deadline each period, a span's end, three months, a base of a comparison
    ("每月15日前", []),
    ("每季度末", []),
    ("1-6月底前", []),
    ("3月内", []),
    ("较3月底提高5%", []),
    # the year written: read as before, once
    ("2024年12月底前", [(2024, 12)]),
    ("2023年第四季度前完成", [(2023, 12)]),
])
def test_yearless_deadlines(text, want):
    assert list(_deadlines(text, 2024)) == want
    assert [d for d in _deadlines(text) if d not in want] == []     # (no form's year: none of no year)


# ---------------------------------------------------------------- (4) a comparison with a reference is no echo
def test_budget_reference_is_no_echo():
    from jixiao.checks import vague_kind
    # main: `echo` (the reference `预算` of `<=` 预算 taken for a word repeating the name 控制在预算成本内; it came up once
    # `控制在预算内` read `<=` 预算, tests/fixtures/review/aa_c03_one_cell_per_line.txt)
    row = {"level3": "控制在预算成本内", "target_raw": "控制在预算内", "op": "<=", "value": None, "target_text": "预算"}
    assert vague_kind(row) is None
    assert vague_kind({**row, "op": None}) == "echo"       # (words alone repeating the name: an echo still)
