"""Session 34, helper bj: indicator targets as 2018–2026 forms write them (split_target and the pipeline).

Each case below read wrong before (a lost number, a wrong unit, an operator with half the cell as text); the
stay-text cases guard the new readings (Chinese numerals, notes, currency) against sentences and names.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from normalize.records import normalize_indicator
from normalize.targets import Target, split_target

REVIEW = Path(__file__).parent / "fixtures" / "review"


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


@pytest.mark.parametrize("raw, want", [
    # signs: the single CJK angle bracket and the small-form sign typed before `=`
    ("〉=90%", T(">=", 90.0, unit="%")),
    ("〈=5%", T("<=", 5.0, unit="%")),
    ("﹥=90%", T(">=", 90.0, unit="%")),
    # what is compared, before a range around 0
    ("误差±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("偏差率±5%以内", T("range", -5.0, 5.0, unit="%", qualifier="偏差率")),
    # thousands set apart by spaces
    ("1 200", T("=", 1200.0)),
    ("≥ 1 000 人", T(">=", 1000.0, unit="人")),
    ("1 200万元", T("=", 12_000_000.0, unit="元")),
    # units with the micro sign; a currency sign
    ("≤35μg/m³", T("<=", 35.0, unit="μg/m³")),
    ("￥500万元", T("=", 5_000_000.0, unit="元")),
    ("¥50", T("=", 50.0, unit="元")),
    ("≤￥12元/平方米", T("<=", 12.0, unit="元/平方米")),
    # a note pointing elsewhere after the quantity
    ("100%，详见附件", T("=", 100.0, unit="%", qualifier="详见附件")),
    ("≥95%，具体见附表", T(">=", 95.0, unit="%", qualifier="具体见附表")),
    # a frequency with its period first and a sign; units in brackets counted in 个 or per a period
    ("每年≥2次", T(">=", 2.0, unit="次/年")),
    ("≤10（个工作日）", T("<=", 10.0, unit="个工作日")),
    ("≥3（次/年）", T(">=", 3.0, unit="次/年")),
    # Chinese numerals
    ("三个", T("=", 3.0, unit="个")),
    ("两次", T("=", 2.0, unit="次")),
    ("一万人次", T("=", 1.0, unit="万人次")),
    ("每年两次", T("=", 2.0, unit="次/年")),
    ("每季度一次", T("=", 1.0, unit="次/季度")),
    ("不少于三次", T(">=", 3.0, unit="次")),
    ("≥两次", T(">=", 2.0, unit="次")),
    ("至少一次", T(">=", 1.0, unit="次")),
    ("十二个月", T("=", 12.0, unit="个月")),
    ("三个工作日内", T("<=", 3.0, unit="个工作日")),
    ("一周内", T("<=", 1.0, unit="周")),
    ("一百零五人", T("=", 105.0, unit="人")),
    ("两千株", T("=", 2000.0, unit="株")),          # (hunt s43 tq: 千 the number's, as an actual `2100株`)
    ("五十万元", T("=", 500_000.0, unit="元")),
    ("三至五天", T("range", 3.0, 5.0, unit="天")),
    ("三十余人", T(">", 30.0, unit="人")),
    ("百分之九十五", T("=", 95.0, unit="%")),
    ("百分之百", T("=", 100.0, unit="%")),
    ("百分之九十以上", T(">=", 90.0, unit="%")),
    ("千分之三", T("=", 3.0, unit="‰")),
    ("五个百分点", T("=", 5.0, unit="个百分点")),
    ("三个（新建两个）", T("=", 3.0, unit="个", qualifier="新建两个")),
    # (a count per period written period first, as `每年一次` reads: hunt s42 tx; it was kept as text here)
    ("一年一次", T("=", 1.0, unit="次/年")),
    # (a change and its bare figure in numerals, as `提高5%` since hunt tg13: it was text here, review rv38)
    ("提高百分之五", T("=", 5.0, unit="%", qualifier="提高")),
])
def test_targets_read_as_one_quantity(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw", [
    # two targets in one cell: no operator with the rest as text
    "≥90%；≥95%", "≥90%,≥95%", "≥95%/≥90%", "≥90% ≥95%", "≥95%、≥90%", "≥80%（城市），≥70%（农村）",
    # a month
    "12月份", "6月份",
    # Chinese numerals that count nothing, name something, or are no number
    "一流", "一次性", "一站式服务", "三公经费零增长", "第三季度", "三季度", "近三年", "一对一帮扶",
    "两学一做", "三级", "二级甲等", "十三五期间", "二〇二四年", "一百五人", "千方百计", "十分满意", "保持一致", "百姓满意",
    "万无一失", "一户一档", "三", "百分之", "二100百分比",
    # (a bare `零` left this list in hunt tg22, session 61: `=` 0 as `0` reads — a zero count, `安全事故 | 零`)
    # (`提高百分之五` left this list in review rv38: hunt tg13 reads a change and its bare figure, `提高10%`: `=` 10 %,
    # 提高 — the numerals the same, see test_targets_read_as_one_quantity)
    # (`零投诉` left this list in hunt s42 ty: a zero said of a harm, = 0 and the qualifier 投诉, as `0投诉`)
    # a currency sign before what is no money; a comma and a word that is no note
    "￥500人", "100%，及时",
])
def test_stays_text(raw):
    t = split_target(raw)
    assert (t.op, t.value, t.unit) == (None, None, None) and t.target_text


def test_a_core_mark_after_the_target():
    """`≥95%★`: the ★ after the target marks a core indicator as before it does (op `>=` with the text `95%★`)."""
    row = normalize_indicator({"level3": "水质达标率", "target_raw": "≥95%★"})
    assert (row["op"], row["value"], row["unit"], row["target_text"], row["core"]) == (">=", 95.0, "%", None, True)
    assert row["target_raw"] == "≥95%★"


def _ind(name):
    t = process_file(REVIEW / name).tables
    return t["projects"], [(r["level3"], r["op"], r["value"], r["value_max"], r["unit"], r["qualifier"],
                            r["target_text"]) for r in t["indicators"]]


def test_a_target_form_of_odd_spellings():
    projects, rows = _ind("ct_s34_bj_target_spellings.txt")
    assert [(p["name"], p["year"]) for p in projects] == [("农村供水保障工程", 2024)]
    assert rows == [
        ("新建供水站数量", "=", 3.0, None, "个", None, None),
        ("改造管网长度", "=", 1200.0, None, "米", None, None),
        ("受益人口", "=", 1.2, None, "万人", None, None),
        ("水质达标率", ">=", 95.0, None, "%", None, None),
        ("管网漏损率", "range", -2.0, 2.0, "%", "误差", None),
        ("工程验收合格率", "=", 100.0, None, "%", "详见附件", None),
        ("完工时间", None, None, None, None, None, "2024年12月底前"),
        ("维修响应时间", "<=", 3.0, None, "个工作日", None, None),
        ("单位供水成本", "<=", 3.0, None, "元/m³", None, None),
        ("农村自来水普及率", None, None, None, None, None, "≥90%;≥95%"),
        ("水质监测频次", "=", 1.0, None, "次/季度", None, None),
        ("群众满意度", ">=", 90.0, None, "%", None, None),
        ("水费收缴率", "=", 95.0, None, "%", None, None),
    ]


def test_a_self_evaluation_of_odd_spellings():
    projects, rows = _ind("ct_s34_bj_selfeval_spellings.txt")
    assert [(p["name"], p["form"]) for p in projects] == [("城区绿化养护", "self_eval")]
    assert rows == [
        ("养护绿地面积", ">=", 1000.0, None, "平方米", None, None),
        ("补植苗木", "=", 2000.0, None, "株", None, None),   # (hunt s43 tq: 2000 株; s42 ty gave 2 千株)
        ("苗木成活率", ">=", 95.0, None, "%", "按季度考核", None),
        ("病虫害发生率", "<=", 35.0, None, "μg/m³", None, None),
        ("养护响应时间", "<=", 3.0, None, "天", None, None),
        ("单位养护成本", "=", 12.0, None, "元/平方米", None, None),
        ("绿化覆盖率", ">=", 40.0, None, "%", "具体见附表", None),
        ("市民满意度", None, None, None, None, None, "≥90%,≥95%"),
    ]
