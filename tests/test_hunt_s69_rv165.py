"""Review rv165 (session 69) of hunt tg30: its diff read line by line, then the spellings next to its new target rules
that it did not try, split_target alone and in two forms (one 指标值 column; 指标性质 / 指标值 / 度量单位 columns).

Decided:
- a named fraction whose bracket says whether the bound includes itself, `占比≥1/3（不含）`, `占比1/3以上（不含）`,
  `比例不低于1/3（含）`: the fraction read with its bracket as it reads alone (`>` and `1/3(不含)`, `>=` and
  `1/3(含)`), the name the qualifier — tg30's named-fraction rule read the bracket apart, `>=` with 不含 in the
  qualifier, the strict bound lost; another note, `占比≥1/3（抽查）`, stays the qualifier;
- a comparing word before a fraction excluding itself, `不少于1/3（不含）`, `不低于三分之一（不含本数）`: `>`, as
  `不少于10人（不含）` is `>` 10 and `≥1/3（不含）` is `>` (tg30 took the sign only: it was `>=`);
- the words before a tolerance ending in any upper bound's word of PREFIX_WORDS or a modal before it, `误差小于±2%`,
  `误差低于±2%`, `误差不得超过±2%`, `称量误差应不超过±2%`, `误差均不超过±2%`: the name alone the qualifier, as
  tg30's `误差不超过±2%` (its word list was a twin of PREFIX_WORDS' upper bounds, narrower; the word stayed in it);
- a range said again in brackets with a converter's dash, `5-10公里（5〜10km）`, `（5∼10km）`, `（5﹣10km）`: no
  qualifier, as `（5-10km）` (tg30 folded these dashes only when the whole cell read no quantity);
- a year's actual or completed figure as the level compared with, `不低于2023年实际完成值`, `不低于2023年完成值`, and a
  span's average, `不低于2021-2023年平均水平`: the comparison and the words as text, as `不低于上年实际完成值` reads
  (they were text; tg30 took only 同期 / 平均 / 水平 / 值 after the year);
- 按 before 月 and a day of the month, `按月1日`, `按月15号`: a date, text (tg30's 按-period rule read `=` 1 日/月;
  `按月2天`, a count of days, stays 天/月).

Kept (already right after tg30): `不低于2023年底` (a deadline's year end), `不低于2021-2023年` (a span, no average),
`按月10日前报送`, `按年底完成`, `按季度报送` (no count: text), `1〜3月`, `2023〜2025年` (text as written),
`1/3以上（不含税）`, `1/3以上（不含1/4）` (text), `控制在5%` (`<=`), `不低于2年` (a quantity), `冷冻温度-18℃` (text),
`5-10公里（10-5km）` (other figures: the qualifier), and in a form `≥` | `1/3（不含）` read as `≥1/3（不含）`, `≤` | `±2` |
`%` as `±2%`. Code read with the diff: the new checks are gated (`按` first, a bracket's 不含 / 含, a ± after the lead,
a wave dash in the cell, a range's value_max); no dead branch found; docs/SCHEMA.md matched tg30's readings.

Left: `每月1日` reads `=` 1 日/月 as before tg30 (a day of the month or a count of days: not told apart there);
`控制在95%以上水平`, `保持在95%以上水平` text (a level's word after the bound, before tg30 too); `降幅：-5%以内` text.

Fixtures ct_s69_rv165_* from make_s69_rv165.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target
from tests.hunt_tools import only_project, warning_codes

P = "ct_s69_rv165_"


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def _rows(r) -> dict[str, tuple]:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


# ------------------------------------------------------------------ decided

@pytest.mark.parametrize("text,want", [
    ("占比≥1/3（不含）", T(">", qualifier="占比", text="1/3(不含)")),
    ("占比1/3以上（不含）", T(">", qualifier="占比", text="1/3(不含)")),
    ("占比不低于1/3（不含本数）", T(">", qualifier="占比", text="1/3(不含本数)")),
    ("比例：1/3以上（不含）", T(">", qualifier="比例", text="1/3(不含)")),
    ("比例不低于1/3（含）", T(">=", qualifier="比例", text="1/3(含)")),
    ("占比1/3以上（含1/3）", T(">=", qualifier="占比", text="1/3(含1/3)")),
    ("占比≥1/3（抽查）", T(">=", qualifier="占比；抽查", text="1/3")),        # another note: the qualifier
    ("占比≥1/3", T(">=", qualifier="占比", text="1/3")),                      # tg30's
])
def test_named_fraction_bound_bracket(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("不少于1/3（不含）", T(">", text="1/3(不含)")),
    ("不低于三分之一（不含本数）", T(">", text="三分之一(不含本数)")),
    ("大于等于1/3（不含）", T(">", text="1/3(不含)")),
    ("不超过1/3（不含）", T("<", text="1/3(不含)")),
    ("不少于1/3（含）", T(">=", text="1/3(含)")),
    ("不少于10人（不含）", T(">", 10.0, unit="人", qualifier="不含")),       # the figure's, as before
])
def test_word_before_fraction_excluding_itself(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("误差小于±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("误差低于±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("误差不得超过±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("误差不应超过±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("称量误差应不超过±2%", T("range", -2.0, 2.0, unit="%", qualifier="称量误差")),
    ("误差均不超过±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),
    ("温度偏差小于±0.5℃", T("range", -0.5, 0.5, unit="℃", qualifier="温度偏差")),
    ("误差不超过±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差")),     # tg30's
    ("误差范围±2%", T("range", -2.0, 2.0, unit="%", qualifier="误差范围")),  # no bound's word: as before
])
def test_tolerance_after_bound_words(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("5-10公里（5〜10km）", T("range", 5.0, 10.0, unit="公里")),
    ("5-10公里（5∼10km）", T("range", 5.0, 10.0, unit="公里")),
    ("5-10公里（5﹣10km）", T("range", 5.0, 10.0, unit="公里")),
    ("5-10公里（5−10km）", T("range", 5.0, 10.0, unit="公里")),
    ("5-10公里（10-5km）", T("range", 5.0, 10.0, unit="公里", qualifier="10-5km")),
])
def test_range_said_again_any_dash(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("不低于2023年实际完成值", T(">=", text="2023年实际完成值")),
    ("不低于2023年完成值", T(">=", text="2023年完成值")),
    ("不低于2023年实际值", T(">=", text="2023年实际值")),
    ("不低于2021-2023年平均水平", T(">=", text="2021-2023年平均水平")),
    ("不低于2021年-2023年平均水平", T(">=", text="2021年-2023年平均水平")),
    ("不低于上年实际完成值", T(">=", text="上年实际完成值")),                 # as before
    ("不低于2023年", T(">=", text="2023年")),                                # tg30's
])
def test_year_actual_as_reference(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ kept

@pytest.mark.parametrize("text,want", [
    ("不低于2023年底", T(text="不低于2023年底")),
    ("不低于2021-2023年", T(text="不低于2021-2023年")),
    ("不低于2年", T(">=", 2.0, unit="年")),
    ("按月10日前报送", T(text="按月10日前报送")),
    ("按年底完成", T(text="按年底完成")),
    ("按季度报送", T(text="按季度报送")),
    ("按周1次", T("=", 1.0, unit="次/周")),
    ("1〜3月", T(text="1〜3月")),
    ("2023〜2025年", T(text="2023〜2025年")),
    ("1/3以上（不含税）", T(text="1/3以上(不含税)")),
    ("1/3以上（不含1/4）", T(text="1/3以上(不含1/4)")),
    ("控制在5%", T("<=", 5.0, unit="%")),
    ("冷冻温度-18℃", T(text="冷冻温度-18℃")),
])
def test_kept(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ forms

def test_clinic_form(read):
    r = read(P + "clinic.txt")
    assert only_project(r)["name"] == "南充市基层医疗卫生服务能力提升项目"
    assert _rows(r) == {
        "巡回医疗服务半径": ("range", 5.0, 10.0, "公里", None, None),
        "新增签约服务村占比": (">", None, None, None, None, "1/3(不含本数)"),
        "中药饮片调剂精度": ("range", -2.0, 2.0, "%", "称量误差", None),
        "冷链药品储存温度": ("range", -0.5, 0.5, "℃", "温度偏差", None),
        "月度报表报送时限": (None, None, None, None, None, "按月10日前报送"),
        "集中巡诊时段": (None, None, None, None, None, "1〜3月"),
        "受益脱贫人口比重": (">", None, None, None, "占比", "1/3(不含)"),
        "女性乡村医生培训比例": (">=", None, None, None, "比例", "1/3(含)"),
        "家庭医生签约率": (">=", None, None, None, None, "2023年实际完成值"),
        "高血压规范管理率": (">=", None, None, None, None, "2021-2023年平均水平"),
        "居民健康档案动态使用率": (None, None, None, None, None, "不低于2023年底"),
        "签约居民满意度": (">=", 90.0, None, "%", None, None),
    }
    assert warning_codes(r) == []


def test_columns_form(read):
    r = read(P + "columns.txt")
    assert _rows(r) == {
        "检测覆盖脱贫村比例": (">", None, None, None, None, "1/3(不含)"),
        "浊度检测仪示值误差": ("range", -2.0, 2.0, "%", None, None),
        "水样检测合格率": (">=", None, None, None, None, "2023年实际完成值"),
        "集中供水率": (">=", None, None, None, None, "2021-2023年平均水平"),
        "受益群众满意度": (">=", 90.0, None, "%", None, None),
    }
    assert warning_codes(r) == []


@pytest.mark.parametrize("text,want", [
    ("按月1日", T(text="按月1日")),
    ("按月15号", T(text="按月15号")),
    ("按月2天", T("=", 2.0, unit="天/月")),                 # a count of days: the frequency, as tg30 read
    ("按月开展1次", T("=", 1.0, unit="次/月", qualifier="开展")),
    ("按半月1次", T("=", 1.0, unit="次/半月")),
])
def test_by_month_day_of_month(text, want):
    assert split_target(text) == want
