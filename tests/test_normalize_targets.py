"""split_target: the contract's table, every target spelling in samples/, and text that must stay text."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def TEXT(text: str) -> Target:
    return T(text=text)


# The contract's "How a target is normalized" table, row by row.
CONTRACT = [
    ("≥99%", T(">=", 99.0, unit="%")),
    (">=99%", T(">=", 99.0, unit="%")),
    ("》=99%", T(">=", 99.0, unit="%")),
    ("≥ =100%", T(">=", 100.0, unit="%")),      # a sign and `=` typed after it
    ("≤=5天", T("<=", 5.0, unit="天")),
    ("不低于99%", T(">=", 99.0, unit="%")),
    ("99%以上", T(">=", 99.0, unit="%")),
    ("≤5%", T("<=", 5.0, unit="%")),
    ("<=5%", T("<=", 5.0, unit="%")),
    ("不超过5%", T("<=", 5.0, unit="%")),
    ("5%以内", T("<=", 5.0, unit="%")),
    ("=100%", T("=", 100.0, unit="%")),
    ("100%", T("=", 100.0, unit="%")),
    ("< 2次", T("<", 2.0, unit="次")),
    (">40人", T(">", 40.0, unit="人")),
    ("约80批次", T("~", 80.0, unit="批次")),
    ("2-4小时", T("range", 2.0, 4.0, unit="小时")),
    ("=100% (2022年5月底前)", T("=", 100.0, unit="%", qualifier="2022年5月底前")),
    ("320万元", T("=", 3_200_000.0, unit="元")),
    ("0.95", T("=", 0.95)),
    ("健全", TEXT("健全")),
    ("有效", TEXT("有效")),
    ("较上年增长", TEXT("较上年增长")),
    ("≥前五年平均值的110%", T(">=", text="前五年平均值的110%")),
]

# Every distinct target spelling of samples/*.txt (指标目标值 / 目标值 columns).
SAMPLES = [
    # 000
    ("及时", TEXT("及时")),
    ("通过", TEXT("通过")),
    ("增强", TEXT("增强")),
    ("提升", TEXT("提升")),
    ("1", T("=", 1.0)),
    ("0.9", T("=", 0.9)),
    # 001
    ("=100%", T("=", 100.0, unit="%")),
    ("合规", TEXT("合规")),
    ("≥50", T(">=", 50.0)),
    ("≥2%", T(">=", 2.0, unit="%")),
    ("≥95%", T(">=", 95.0, unit="%")),
    ("≥85%", T(">=", 85.0, unit="%")),
    ("≥90%", T(">=", 90.0, unit="%")),
    ("≥80%", T(">=", 80.0, unit="%")),
    ("完善", TEXT("完善")),
    ("可拓展", TEXT("可拓展")),
    ("规范", TEXT("规范")),
    ("完备", TEXT("完备")),
    ("良好", TEXT("良好")),
    ("建立及完善", TEXT("建立及完善")),
    ("≥0.75", T(">=", 0.75)),
    ("80%", T("=", 80.0, unit="%")),
    ("位于各政府热线前列", TEXT("位于各政府热线前列")),
    ("位于各热线承办部门前列", TEXT("位于各热线承办部门前列")),
    ("经办机构对申报组织和个人审查、评审的完成目标，完成率达到100%",
     TEXT("经办机构对申报组织和个人审查、评审的完成目标,完成率达到100%")),
    ("获得市长质量奖组织不超过2家、个人不超过2人，获得质量金奖的组织不超过10家，个人不超过5人。",
     TEXT("获得市长质量奖组织不超过2家、个人不超过2人,获得质量金奖的组织不超过10家,个人不超过5人。")),
    ("评审过程合规性，达到100%", TEXT("评审过程合规性,达到100%")),
    # 003
    ("=45人", T("=", 45.0, unit="人")),
    (">=2次", T(">=", 2.0, unit="次")),
    ("=12场", T("=", 12.0, unit="场")),
    ("=0起", T("=", 0.0, unit="起")),
    ("100% (10月前)", T("=", 100.0, unit="%", qualifier="10月前")),
    ("100% (每月1次)", T("=", 100.0, unit="%", qualifier="每月1次")),
    ("100% (72小时内)", T("=", 100.0, unit="%", qualifier="72小时内")),
    ("100% (全区各委办局全覆盖)", T("=", 100.0, unit="%", qualifier="全区各委办局全覆盖")),
    ("100%（2022年8月中下旬）", T("=", 100.0, unit="%", qualifier="2022年8月中下旬")),
    ("100%（2022年10月下旬）", T("=", 100.0, unit="%", qualifier="2022年10月下旬")),
    ("100%（2022年12月底）", T("=", 100.0, unit="%", qualifier="2022年12月底")),
    ("=100% (2022年12月底前)", T("=", 100.0, unit="%", qualifier="2022年12月底前")),
    ("=100% (2022年12月中下旬)", T("=", 100.0, unit="%", qualifier="2022年12月中下旬")),
    ("=100% (2022年12月底)", T("=", 100.0, unit="%", qualifier="2022年12月底")),
    ("》=90%", T(">=", 90.0, unit="%")),
    ("》=85%", T(">=", 85.0, unit="%")),
    ("》=95%", T(">=", 95.0, unit="%")),
    ("》=99%", T(">=", 99.0, unit="%")),
    ("=9个", T("=", 9.0, unit="个")),
    ("=2次", T("=", 2.0, unit="次")),
    (">=95%", T(">=", 95.0, unit="%")),
    (">=90%", T(">=", 90.0, unit="%")),
    ("高", TEXT("高")),
    ("≥200名用户", T(">=", 200.0, unit="名", qualifier="用户")),   # (who 名 counts: the qualifier, review tq2)
    ("全年，7×24小时", TEXT("全年,7×24小时")),
    ("全年,7×24小时", TEXT("全年,7×24小时")),
    ("6个月内", T("<=", 6.0, unit="个月")),
    ("满足2年内用户增长需求", TEXT("满足2年内用户增长需求")),
    ("<2次", T("<", 2.0, unit="次")),
    ("0起", T("=", 0.0, unit="起")),
    ("降低总体运行成本 提高整体运转效率", TEXT("降低总体运行成本 提高整体运转效率")),
    ("=2900份", T("=", 2900.0, unit="份")),
    ("=400份", T("=", 400.0, unit="份")),
    ("=58份", T("=", 58.0, unit="份")),
    ("广泛听取", TEXT("广泛听取")),
    ("约30批次", T("~", 30.0, unit="批次")),
    ("90%", T("=", 90.0, unit="%")),
    ("0%", T("=", 0.0, unit="%")),
    ("2份", T("=", 2.0, unit="份")),
    ("86份", T("=", 86.0, unit="份")),
    ("3次", T("=", 3.0, unit="次")),
    ("=100", T("=", 100.0)),
    (">=90", T(">=", 90.0)),
    ("依法公开", TEXT("依法公开")),
    # 004
    ("3项", T("=", 3.0, unit="项")),
    ("80项", T("=", 80.0, unit="项")),
    ("10项", T("=", 10.0, unit="项")),
    ("50家", T("=", 50.0, unit="家")),
    ("符合行业发展实际，并逐步完善", TEXT("符合行业发展实际,并逐步完善")),
    ("搭建质量品牌“五位平台”", TEXT("搭建质量品牌“五位平台”")),
    ("基本完善", TEXT("基本完善")),
    ("明显提升", TEXT("明显提升")),
    ("2020年12月底完成", TEXT("2020年12月底完成")),
    ("320万元", T("=", 3_200_000.0, unit="元")),
    ("280万元", T("=", 2_800_000.0, unit="元")),
    ("较上年度提升", TEXT("较上年度提升")),
    ("逐年提升", TEXT("逐年提升")),
    ("0.95", T("=", 0.95)),
    ("示范引领作用、应用率、贡献率持续提升。", TEXT("示范引领作用、应用率、贡献率持续提升。")),
]

# Operator vocabulary and shapes beyond the samples.
OPERATORS = [
    ("≧90%", T(">=", 90.0, unit="%")),
    ("=>90%", T(">=", 90.0, unit="%")),
    ("＞＝９０％", T(">=", 90.0, unit="%")),
    (">＝90%", T(">=", 90.0, unit="%")),
    ("> = 90%", T(">=", 90.0, unit="%")),
    ("&ge;90%", T(">=", 90.0, unit="%")),
    ("《=5%", T("<=", 5.0, unit="%")),
    ("≦5%", T("<=", 5.0, unit="%")),
    ("=<5%", T("<=", 5.0, unit="%")),
    ("＜5%", T("<", 5.0, unit="%")),
    ("＞5%", T(">", 5.0, unit="%")),
    ("＝100%", T("=", 100.0, unit="%")),
    ("不少于3次", T(">=", 3.0, unit="次")),
    ("大于等于3次", T(">=", 3.0, unit="次")),
    ("至少3次", T(">=", 3.0, unit="次")),
    ("达到100%", T(">=", 100.0, unit="%")),
    ("3次及以上", T(">=", 3.0, unit="次")),
    ("不高于5%", T("<=", 5.0, unit="%")),
    ("不大于5%", T("<=", 5.0, unit="%")),
    ("小于等于5%", T("<=", 5.0, unit="%")),
    ("最多3次", T("<=", 3.0, unit="次")),
    ("5%以下", T("<=", 5.0, unit="%")),
    ("3天内", T("<=", 3.0, unit="天")),
    ("5个工作日内", T("<=", 5.0, unit="个工作日")),
    ("大于3次", T(">", 3.0, unit="次")),
    ("高于90%", T(">", 90.0, unit="%")),
    ("超过100人", T(">", 100.0, unit="人")),
    ("多于3家", T(">", 3.0, unit="家")),
    ("小于5%", T("<", 5.0, unit="%")),
    ("低于5%", T("<", 5.0, unit="%")),
    ("少于3起", T("<", 3.0, unit="起")),
    ("大约80批次", T("~", 80.0, unit="批次")),
    ("80批次左右", T("~", 80.0, unit="批次")),
    ("不低于90%以上", T(">=", 90.0, unit="%")),
    # ranges
    ("2~4小时", T("range", 2.0, 4.0, unit="小时")),
    ("2～4", T("range", 2.0, 4.0)),
    ("2至4天", T("range", 2.0, 4.0, unit="天")),
    ("2—4", T("range", 2.0, 4.0)),
    ("2 - 4 小时", T("range", 2.0, 4.0, unit="小时")),
    ("2小时-4小时", T("range", 2.0, 4.0, unit="小时")),
    ("80%-90%", T("range", 80.0, 90.0, unit="%")),
    ("100-200万元", T("range", 1_000_000.0, 2_000_000.0, unit="元")),
    # units and numbers
    ("1.5亿元", T("=", 150_000_000.0, unit="元")),
    ("590.46万元", T("=", 5_904_600.0, unit="元")),
    ("5000元", T("=", 5000.0, unit="元")),
    ("2,900份", T("=", 2900.0, unit="份")),
    ("5‰", T("=", 5.0, unit="‰")),
    ("3次/年", T("=", 3.0, unit="次/年")),
    ("≤2%/年", T("<=", 2.0, unit="%/年")),          # a share per a period (its number was lost)
    ("≥90%/季度", T(">=", 90.0, unit="%/季度")),
    ("≤2‰/年", T("<=", 2.0, unit="‰/年")),
    (">=530元/人*月", T(">=", 530.0, unit="元/人*月")),
    ("28.8萬元", T("=", 288000.0, unit="元")),        # (Traditional 萬元: money in yuan)
    ("≥0.97比例", T(">=", 0.97, unit="比例")),           # (a ratio as a fraction, its word after it)     # (a compound unit after the slash written with `*`)
    ("570元/人×月", T("=", 570.0, unit="元/人×月")),
    # a frequency with the period first reads as the same target written `1次/月`
    ("每月1次", T("=", 1.0, unit="次/月")),
    ("每季度至少1次", T(">=", 1.0, unit="次/季度")),
    ("每年不少于2次", T(">=", 2.0, unit="次/年")),
    ("每月1-2次", T("range", 1.0, 2.0, unit="次/月")),
    ("每月1次（6月起）", T("=", 1.0, unit="次/月", qualifier="6月起")),
    # a range written as its two bounds; `±3%以内` as `±3%`
    ("≥95%且≤100%", T("range", 95.0, 100.0, unit="%")),
    (">=95%,<=100%", T("range", 95.0, 100.0, unit="%")),
    ("不低于95%且不高于100%", T("range", 95.0, 100.0, unit="%")),
    ("±3%以内", T("range", -3.0, 3.0, unit="%")),
    # units with a middle dot; intervals; words naming what is compared before the operator
    ("≥36000人·次", T(">=", 36000.0, unit="人·次")),
    ("(0,2]小时", T("range", 0.0, 2.0, unit="小时")),
    ("[1，3]天", T("range", 1.0, 3.0, unit="天")),
    ("同比增长≥5%", T(">=", 5.0, unit="%", qualifier="同比增长")),
    ("≥100百分比", T(">=", 100.0, unit="%")),
    ("780元/生/年", T("=", 780.0, unit="元/生/年")),
    ("300 公 里", T("=", 300.0, unit="公里")),
    ("═100%", T("=", 100.0, unit="%")),
    ("≥95%。", T(">=", 95.0, unit="%")),
    ("<p>≥90%</p>", T(">=", 90.0, unit="%")),
    ("10 %", T("=", 10.0, unit="%")),
    ("100%()", T("=", 100.0, unit="%")),
    (">=90% (年底前)", T(">=", 90.0, unit="%", qualifier="年底前")),
    ("不低于90%（全年）", T(">=", 90.0, unit="%", qualifier="全年")),
]

# Sentences, dates and odd shapes that must stay text (op/value None).
STAY_TEXT = [
    "100元/*",                                       # (no unit word after the slash)
    "完成率100%",
    # (`提升10%` was here: a change and its bare figure is `=` 10 %, 提升 the qualifier, hunt s55 tg13)
    "2020年底前",
    "2020年",
    "2020-2022",
    "2020.12.31",
    "20201231",
    "6月",
    "12月底前完成",
    "1:1",
    "7×24小时",
    "百分之",                                       # (`百分之百` is 100 %: tests/test_hunt_s34_bj.py)
    "约2-4小时",
    "大于5%以内",
    "健全(制度)",
    "达标",
    "≥",
    "=",
    "无",
    "100%，及时",
    "3项工作全部完成",
    "每月",
    "每月50%",   # (`每人每月100元` was here: hunt s43 tq reads it 100 元/人/月, as `每人100元` 元/人)
    "≥95%且≤90%",
    "≥2人且≤4天",
    "2023.07-2024.01",
]

# An explicit operator symbol followed by something that is not one quantity.
# volumes: 升 is a unit's word (毫升, 亿毫升, 升/人), not 提升's or 上升's
VOLUMES = [
    ("约2.3亿毫升", T("~", 2.3, unit="亿毫升")),
    ("≥2000毫升", T(">=", 2000, unit="毫升")),
    ("500升", T("=", 500, unit="升")),
    ("≥5升/人", T(">=", 5, unit="升/人")),
    ("提升2升", T("=", 2, unit="升", qualifier="提升")),   # (a change and its bare figure, hunt s55 tg13; it was text)
    ("上升5个百分点", T("=", 5, unit="个百分点", qualifier="上升")),   # (a change in percentage points, hunt s45 tq4)
]


@pytest.mark.parametrize(("written", "expected"), VOLUMES, ids=[w for w, _ in VOLUMES])
def test_volumes(written, expected):
    assert split_target(written) == expected


OP_THEN_TEXT = [
    ("≥前五年平均值的110%", T(">=", text="前五年平均值的110%")),
    ("不低于前五年平均值的110%", T(">=", text="前五年平均值的110%")),   # a word for the sign, a share of a reference
    ("不超过一年期贷款市场报价利率（LPR）的50%", T("<=", text="一年期贷款市场报价利率(LPR)的50%")),
    ("不少于上年的1.2倍", T(">=", text="上年的1.2倍")),
    ("＞＝上年水平", T(">=", text="上年水平")),
    ("=全部完成", T("=", text="全部完成")),
    ("≥2-4", T(">=", text="2-4")),
    ("<=上年(含)", T("<=", text="上年(含)")),
]


@pytest.mark.parametrize(("written", "expected"), CONTRACT, ids=[w for w, _ in CONTRACT])
def test_contract_table(written, expected):
    assert split_target(written) == expected


@pytest.mark.parametrize(("written", "expected"), SAMPLES, ids=[w for w, _ in SAMPLES])
def test_sample_spellings(written, expected):
    assert split_target(written) == expected


@pytest.mark.parametrize(("written", "expected"), OPERATORS, ids=[w for w, _ in OPERATORS])
def test_operators_ranges_units(written, expected):
    assert split_target(written) == expected


@pytest.mark.parametrize("written", STAY_TEXT)
def test_stays_text(written):
    t = split_target(written)
    assert t.op is None and t.value is None and t.value_max is None and t.unit is None
    assert t.target_text is not None and t.target_text != ""


@pytest.mark.parametrize(("written", "expected"), OP_THEN_TEXT, ids=[w for w, _ in OP_THEN_TEXT])
def test_operator_then_text(written, expected):
    assert split_target(written) == expected


@pytest.mark.parametrize("written", [None, "", "   ", "-----", "--", "—", "/", "<br/>", "\u3000"])
def test_empty_gives_all_none(written):
    assert split_target(written) == Target()


@pytest.mark.parametrize("written", [w for w, _ in CONTRACT + SAMPLES + OPERATORS])
def test_text_xor_value(written):
    t = split_target(written)
    if t.value is not None:
        assert t.target_text is None and t.op is not None
    else:
        assert t.target_text is not None
        assert t.unit is None and t.value_max is None and t.qualifier is None


def test_target_is_frozen_and_slotted():
    t = split_target("≥99%")
    with pytest.raises(AttributeError):
        t.op = "<"  # type: ignore[misc]
    assert not hasattr(t, "__dict__")


@pytest.mark.parametrize("name,target,op,value,unit", [
    ("完成生活污水治理行政村数（个）", "300", "=", 300.0, "个"),
    ("新建改造农村公厕（座）", "≥150", ">=", 150.0, "座"),
    ("污水处理设施出水达标率（%）", "≥90", ">=", 90.0, "%"),
    ("单村污水治理平均投入（万元/村）", "≤40", "<=", 400000.0, "元/村"),   # money per thing: yuan, as `≤40万元/村` gives
    ("项目资金（万元）", "≤40", "<=", 400000.0, "元"),          # money: yuan, as a `≤40万元` cell gives
    ("管理办法（试行）", "1", "=", 1.0, None),                   # no unit in that bracket
    ("受益人口（万人）", "≥1.5", ">=", 1.5, "万人"),            # a count in ten thousands keeps its unit
    ("到位率（%）", "≥95%", ">=", 95.0, "%"),                  # the cell's own unit wins anyway
])
def test_a_bare_number_takes_the_unit_named_in_brackets(name, target, op, value, unit):
    from normalize.records import normalize_indicator
    r = normalize_indicator({"level3": name, "target_raw": target})
    assert (r["op"], r["value"], r["unit"]) == (op, value, unit)


def test_a_year_before_a_money_label_is_the_forms_year():
    from parsers.core import FIELD_INDEX, label_key
    assert FIELD_INDEX[label_key("2024年金额")] == "budget_year"
    assert FIELD_INDEX[label_key("2023年度预算")] == "budget_year"
    assert label_key("2024年预算执行情况") == "2024年预算执行情况"     # not a money label: left alone


@pytest.mark.parametrize("op_raw, value, want", [
    ("正向", "26", ">="), ("反向", "2", "<="), ("正向指标", "95", ">="), ("反向", "=0", "="),
    ("正向", "≤5", "<="), ("定量", "26", "="), ("中性", "3", "="),
])
def test_indicator_direction_makes_a_bare_number_a_floor_or_ceiling(op_raw, value, want):
    from normalize.records import normalize_indicator
    row = normalize_indicator({"level3": "指标", "target_raw": value + "处", "target_value_raw": value,
                               "op_raw": op_raw, "unit_raw": "处"})
    assert row["op"] == want and row["unit"] == "处"


@pytest.mark.parametrize("text, op, value, unit, qualifier", [
    ("100%完成", "=", 100.0, "%", "完成"), ("=100%完成", "=", 100.0, "%", "完成"), ("100%到位", "=", 100.0, "%", "到位"),
    ("≥85（%）", ">=", 85.0, "%", None), ("85 (%)", "=", 85.0, "%", None),
    ("95%（%）", "=", 95.0, "%", None),      # (the unit said again: no qualifier, hunt tg27; it was `%`)
])
def test_percent_with_a_done_word_or_its_unit_in_brackets(text, op, value, unit, qualifier):
    t = split_target(text)
    assert (t.op, t.value, t.unit, t.qualifier, t.target_text) == (op, value, unit, qualifier, None)


@pytest.mark.parametrize("text", ["全部完成", "(%)", "按时完成"])
def test_done_words_alone_or_first_stay_text(text):
    # (`完成10个村` left this list in hunt tg14: one count, `=` 10 个 of 村, as `完成≥10个村` and `10个村` read)
    assert split_target(text).value is None


@pytest.mark.parametrize("text, want", [
    ("》90%", T(">", 90.0, unit="%")),
    ("±5%", T("range", -5.0, 5.0, unit="%")),
    ("±0.5个百分点", T("range", -0.5, 0.5, unit="个百分点")),
    ("等于95", T("=", 95.0)),
    ("不低于上年", T(">=", text="上年")),
    ("低于全省平均水平", T("<", text="全省平均水平")),
])
def test_more_operator_spellings(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text", ["《管理办法》", "达到国家二级标准", "不低于上年，且逐年提高", "大于5%以内", "±"])
def test_more_spellings_that_stay_text(text):
    t = split_target(text)
    assert t.op is None and t.value is None


@pytest.mark.parametrize("raw, op, value, unit", [
    ("≥190元每人每月", ">=", 190.0, "元每人每月"),      # 每 used for `/` in a unit written in words
    ("不低于60户/人.月", ">=", 60.0, "户/人.月"),        # an ASCII dot for the unit's middle dot
])
def test_units_written_with_per_words_or_a_dot(raw, op, value, unit):
    t = split_target(raw)
    assert (t.op, t.value, t.unit) == (op, value, unit)


@pytest.mark.parametrize("raw, value, unit", [("5次.", 5.0, "次"), ("1次/月.", 1.0, "次/月")])
def test_a_full_stop_after_a_unit_is_no_part_of_it(raw, value, unit):
    # (an ASCII full stop ends the target as `。` does since session 38: `≥95%.`; it is never the unit's)
    t = split_target(raw)
    assert (t.value, t.unit) == (value, unit)


@pytest.mark.parametrize("text, want", [
    ("90%(含)以上", T(">=", 90.0, unit="%", qualifier="含")),  # 含: the bound included, as `≥90%（含）` says
    ("60（含）以下", T("<=", 60.0, qualifier="含")),
    ("90（分）", T("=", 90.0, unit="分")),                   # a unit in brackets after a bare number
    ("100（人）", T("=", 100.0, unit="人")),
    ("80%-90%之间", T("range", 80.0, 90.0, unit="%")),
    ("10万-20万元", T("range", 100000.0, 200000.0, unit="元")),   # the low end's 万 is the high end's 万元
    ("﹤5%", T("<", 5.0, unit="%")),                         # small-form signs
    ("﹥90%", T(">", 90.0, unit="%")),
    ("≤4万元/村", T("<=", 40000.0, unit="元/村")),            # money per thing in 元 too
    ("0.5万元/人", T("=", 5000.0, unit="元/人")),
    ("95%（含）以上", T(">=", 95.0, unit="%", qualifier="含")),
    ("正负5%以内", T("range", -5.0, 5.0, unit="%")),           # 正负 for ±
    ("8台（套）", T("=", 8.0, unit="台(套)")),                  # a unit and its other name
])
def test_inclusive_bounds_bracket_units_ranges_and_money_per_thing(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text", ["≥95%或≥100人", "≥90%或不低于上年"])
def test_two_comparisons_stay_text(text):
    assert split_target(text) == T(text=text)


def test_a_bracket_word_that_is_no_unit_stays_the_qualifier():
    assert split_target("≥90（满意）") == T(">=", 90.0, qualifier="满意")


@pytest.mark.parametrize("text", ['="≤"&TEXT(测算表!C2/测算表!C3/10000,"0.00")&"万元"', "=VLOOKUP(1,B1:C2,2,0)", "=SUM(B3:B9)"])
def test_a_spreadsheet_formula_nothing_computed_is_no_comparison(text):
    """An XLSX formula with no cached value that could not be computed keeps its text (extract/office.py);
    it is no `=` target (it was op `=` with the formula as its text)."""
    assert split_target(text) == T(text=text)


@pytest.mark.parametrize("text, want", [
    ("保持在95%以上", T(">=", 95.0, unit="%")),
    ("在90%以上", T(">=", 90.0, unit="%")),
    ("稳定在50万亩以上", T(">=", 50.0, unit="万亩")),
    ("维持在3天以内", T("<=", 3.0, unit="天")),
    ("确保≥95%", T(">=", 95.0, unit="%")),
    ("控制在5%", T("<=", 5.0, unit="%")),                  # 控制在 says a ceiling itself
    ("在规定时间内完成", TEXT("在规定时间内完成")),
    ("在3个乡镇实施", TEXT("在3个乡镇实施")),
])
def test_words_that_say_no_comparison_before_a_quantity(text, want):
    """`保持在95%以上` was text only (its number lost)."""
    assert split_target(text) == want


@pytest.mark.parametrize("text, want", [
    ("200余人次", T(">", 200.0, unit="人次")),
    ("5万余人", T(">", 5.0, unit="万人")),
    ("3000多人", T(">", 3000.0, unit="人")),
    ("10余次", T(">", 10.0, unit="次")),
    ("100余万元", T(">", 1_000_000.0, unit="元")),
    ("超5000人", T(">", 5000.0, unit="人")),
    ("逾5000人", T(">", 5000.0, unit="人")),
    ("近三年", TEXT("近三年")),
    ("近3年", TEXT("近3年")),                               # the last three years: a period, no quantity
    ("超额完成", TEXT("超额完成")),
    ("余额为0", TEXT("余额为0")),
])
def test_more_than_and_nearly(text, want):
    """`200余人次` was `=` 200 with the unit `余人次`."""
    assert split_target(text) == want


@pytest.mark.parametrize("rec, want", [
    ({"level2": "时效指标", "level3": "完工时间", "target_raw": "2024.12"}, (None, None, None, "2024.12")),
    ({"level2": "时效指标", "level3": "完工时间", "target_raw": "2025.6"}, (None, None, None, "2025.6")),
    ({"level2": "质量指标", "level3": "系统上线时间", "target_raw": "≤2024.12"}, ("<=", None, None, "2024.12")),
    ({"level2": "数量指标", "level3": "项目总投资（万元）", "target_raw": "2020.5"}, ("=", 20_205_000.0, "元", None)),
    ({"level2": "数量指标", "level3": "新建道路长度（公里）", "target_raw": "2020.5"}, ("=", 2020.5, "公里", None)),
    ({"level2": "成本指标", "level3": "单价", "target_raw": "≥2019.5"}, (">=", 2019.5, None, None)),
])
def test_a_year_and_month_under_a_time_is_no_quantity(rec, want):
    """`2024.12` under 时效指标 or a name of a time: a deadline, no quantity (it was `=` 2024.12); the same digits
    elsewhere (`项目总投资（万元） | 2020.5`) are the number they are."""
    from normalize.records import normalize_indicator
    r = normalize_indicator(rec)
    assert (r["op"], r["value"], r["unit"], r["target_text"]) == want


def test_a_qualifier_before_the_comparison_without_its_connective():
    assert split_target("不低于上年水平且≥90分") == T(">=", 90.0, unit="分", qualifier="不低于上年水平")


@pytest.mark.parametrize("rec, want", [
    ({"level3": "单台成本", "target_raw": "≤1.2", "op_raw": "≤", "target_value_raw": "1.2", "unit_raw": "万元/台"},
     ("<=", 12000.0, "元/台")),
    ({"level3": "合格率", "target_raw": "≥９０", "target_value_raw": "≥９０", "unit_raw": "％"}, (">=", 90.0, "%")),
    ({"level3": "每公里建设成本（万元/公里）", "target_raw": "≤120"}, ("<=", 1_200_000.0, "元/公里")),
])
def test_a_unit_column_money_per_thing_and_width(rec, want):
    """A 度量单位 cell `万元/台` gives yuan as `1.2万元/台` written in the target does (it stayed 1.2 万元/台); a full-width
    `％` there is `%` (queries on `%` missed it)."""
    from normalize.records import normalize_indicator
    r = normalize_indicator(rec)
    assert (r["op"], r["value"], r["unit"]) == want


@pytest.mark.parametrize("text, want", [
    ("≥95%，且不低于上年", T(">=", 95.0, unit="%", qualifier="且不低于上年")),
    ("不低于95%，且逐年提高", T(">=", 95.0, unit="%", qualifier="且逐年提高")),
    ("95%，并按时完成", T("=", 95.0, unit="%", qualifier="并按时完成")),
    ("≥前五年平均值的110%，且不低于上年", T(">=", text="前五年平均值的110%,且不低于上年")),
    # (hunt s43 tq: the comma alone joins a second condition of no figure too, as 且 does; it was `>=` and the text)
    ("≥95%，不低于上年", T(">=", 95.0, unit="%", qualifier="不低于上年")),
])
def test_a_quantity_and_a_second_condition(text, want):
    """`≥95%，且不低于上年`: the quantity with the second condition as its qualifier (it was `>=` with no number)."""
    assert split_target(text) == want


@pytest.mark.parametrize("text, want", [
    ("[85%,95%]", T("range", 85.0, 95.0, unit="%")),
    ("[85%，95%]", T("range", 85.0, 95.0, unit="%")),
    ("(0,2]小时", T("range", 0.0, 2.0, unit="小时")),
    ("[85%,95%]天", TEXT("[85%,95%]天")),
])
def test_an_interval_of_percentages(text, want):
    """`[85%,95%]`: a range of percentages (it stayed text)."""
    assert split_target(text) == want


@pytest.mark.parametrize("text, want", [
    ("≥95%，且≤100%", T("range", 95.0, 100.0, unit="%")),
    ("≥95%, 且≤100%", T("range", 95.0, 100.0, unit="%")),
    ("≥95%；同时≤100%", T("range", 95.0, 100.0, unit="%")),
    ("≥95%，≤90%", TEXT("≥95%,≤90%")),
    ("不低于上年，且≥95%", T(">=", 95.0, unit="%", qualifier="不低于上年")),
    ("不低于上年；≥95%", T(">=", 95.0, unit="%", qualifier="不低于上年")),
    ("不低于上年且≥95%", T(">=", 95.0, unit="%", qualifier="不低于上年")),
])
def test_two_conditions_joined_by_a_comma_and_qie(text, want):
    """`≥95%，且≤100%` is the range `≥95%且≤100%` is (it was `>=` 95 with the qualifier `且≤100%`), and
    `不低于上年，且≥95%` the comparison `不低于上年且≥95%` is (it stayed text)."""
    assert split_target(text) == want


def test_a_bare_bing_ending_words_is_theirs():
    """`合并≥3个`: 并 ends the words (合并), it is no connective (the qualifier was 合); after a comma it is one."""
    assert split_target("合并≥3个") == T(">=", 3.0, unit="个", qualifier="合并")
    assert split_target("不低于上年，并≥95%") == T(">=", 95.0, unit="%", qualifier="不低于上年")


@pytest.mark.parametrize("text, want", [
    ("不低於95%", T(">=", 95.0, unit="%")),
    ("小於0.9‰", T("<", 0.9, unit="‰")),
    ("10個", T("=", 10.0, unit="个")),
    ("應保盡保", TEXT("應保盡保")),
    ("100%（10月前完成，達標）", T("=", 100.0, unit="%", qualifier="10月前完成,達標")),
])
def test_traditional_characters_read_as_simplified_text_kept_as_written(text, want):
    """A Traditional-character form (蔡甸 2021): `不低於95%` is `>=` 95 % (op, value and unit were null); the unit is
    the Simplified one, a text or qualifier stays as written."""
    assert split_target(text) == want


def test_plain_targets_read_as_the_long_way(monkeypatch):
    """`_split` reads a sign, a figure and a counted unit (`≥95%`, `≤3台`, `50万元`) at once, by `_compared`, skipping
    the patterns it tries first (speed, sp8): every such shape (each plain unit, sign, figures of every kind, trailing
    punctuation) reads as it does the long way (the fast path turned off)."""
    import normalize.targets as T

    figures = [str(n) for n in range(0, 13)] + ["20", "50", "95", "100", "101", "1900", "1999", "2000", "2024", "2100",
                                                 "0.5", "2.25", "99.9", "00", "007", "10000"]
    units = sorted(T.PLAIN_UNITS | {"", "%"})
    texts = [op + n + u for op in ("≥", "≤", ">=", "<=", ">", "<", "=") for n in figures for u in units] + \
        [n + u + p for n in figures for u in units for p in ("", "。", ".")]
    fast = [T._split(t) for t in texts]
    assert sum(T._PLAIN_TARGET.fullmatch(t.rstrip("。.")) is not None for t in texts) == len(texts)
    monkeypatch.setattr(T, "_PLAIN_TARGET", T.regex.compile(r"(?!)"))
    slow = [T._split(t) for t in texts]
    assert [(t, a) for t, a, b in zip(texts, fast, slow) if a != b] == []
