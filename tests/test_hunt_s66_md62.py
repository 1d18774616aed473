"""Mend md62 (session 66) of review rd67's group C and review rv137's leftovers (indicator targets): a range below zero
whose high end's minus is another dash, a change said with 相比 then 高出, a unit said again in brackets as its base or
its other name, a bare `调整后` head after a 计量单位 column.

Decided:
- the dashes a minus is typed or converted as (the math minus U+2212, the en dash, the hyphens U+2010 / U+2011, the
  figure dash U+2012) are one class, normalize.targets.MINUS_DASHES: one of them before a figure, at the start or
  after a sign, a separator, a space or a bracket, is a minus (`-5%~–3%`, `-5%至‐3%`, `-5%至‑3%`, `-5%~‒3%`: the range
  -5 to -3, they were -5 to 3 (rd67 C); `–5%` `=` -5, `≤–8%` `<=` -8, they were text) — split_target's _written
  folded U+2212 alone (review rv137), _RANGE_RE takes `-` after it; a dash after a figure or a word stays as written,
  the range's separator (`95%–100%`, `90%−100%`: 95 to 100; `-5%–3%`: -5 to 3 as `-5%-3%`; `2024年1月–3月完成` text as
  written); `—` / `―` no minus (`-5%——3%` -5 to 3);
- a change compared with what is named between 与 / 和 / 同 / 跟 and 相比, then 高出 / 低出 / 高 / 低 / 多 / 少 before
  its figure (`和全市平均水平相比高出5%`, `和上年相比高出5%`, `与上年相比高2个百分点`): read as `较…高出` is, `=` the
  figure, the words the qualifier (normalize.targets._POINTS_BY; they were text, rv137's strict xfail);
- a unit said again in brackets as its base after 万 / 亿 (`≥1.2万人（人）`, `≥3万亩（亩）`) or its other name of one
  meaning (`≥15天（日）`, `≤30日（天）`, `≥60名（人）`, `≥20公里（千米）`): no second unit, the unit as the figure is
  written (万人, 天, 日, 名, 公里; they were `万人(人)`, `天(日)` …) — CONTRACT's unit is the word after the figure,
  the bracket adds nothing (normalize.targets._unit_said_again, _SAME_UNITS);
- a bare `调整后` head after the 计量单位 column next to 指标值 (`指标值 | 计量单位 | 调整后 | 调整原因`): the target
  in force, as `指标值 | 调整后` reads (hunt tg27) — the unit column is the unit of both; the target the adjusted
  cell with the unit, the one before in the note (it was a note, `调整后：≥26`; parsers.core._full_year_target).

Kept: `8台（套）` 台(套), `≥20家（个）` 家(个) (two things counted, a unit's other name kept); `≥0.8万人（人次）`
万人(人次) (人次 counts visits, no base of 万人); `≥45%（户）` 户 the qualifier; `≥5km（公里）` the qualifier 公里 (rv137's);
an empty adjusted cell leaves the one before in force.

Left: the note's `调整前指标值：≥30` holds the figure without the unit column's 处; `≥10个月（月）` gives the qualifier
月 as before (月 a period, no counted unit's name).

Fixtures ct_s66_md62_* from make_s66_md62.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target
from tests.hunt_tools import only_project, warning_codes


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def _rows(r) -> dict[str, tuple]:
    return {i["level3"]: (i["target_raw"], i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"],
                          i["target_text"], i["note"]) for i in r.tables["indicators"]}


# ------------------------------------------------------------------ the dash family as a minus

@pytest.mark.parametrize("text,want", [
    ("-5%~–3%", T("range", -5.0, -3.0, unit="%")),           # en dash
    ("-5%至–3%", T("range", -5.0, -3.0, unit="%")),
    ("-5%~‐3%", T("range", -5.0, -3.0, unit="%")),           # U+2010
    ("-5%至‑3%", T("range", -5.0, -3.0, unit="%")),           # U+2011
    ("-5%~‒3%", T("range", -5.0, -3.0, unit="%")),           # U+2012
    ("-5% ~ –3%", T("range", -5.0, -3.0, unit="%")),
    ("–5%至–3%", T("range", -5.0, -3.0, unit="%")),
    ("–5%", T("=", -5.0, unit="%")),
    ("≤–8%", T("<=", -8.0, unit="%")),
    ("≥‐2℃", T(">=", -2.0, unit="℃")),
    ("−5%至−3%", T("range", -5.0, -3.0, unit="%")),          # rv137's math minus, the same class
])
def test_a_dash_before_a_figure_is_a_minus(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("95%–100%", T("range", 95.0, 100.0, unit="%")),          # a dash between figures: the separator
    ("90%−100%", T("range", 90.0, 100.0, unit="%")),
    ("2‑4小时", T("range", 2.0, 4.0, unit="小时")),
    ("-5%–3%", T("range", -5.0, 3.0, unit="%")),              # one dash one separator, as `-5%-3%`
    ("-5%——3%", T("range", -5.0, 3.0, unit="%")),             # a Chinese dash no minus
    ("2024年1月–3月完成", T(text="2024年1月–3月完成")),            # text as written
])
def test_a_dash_after_a_figure_or_word_stays_a_separator(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ 相比 then 高出

@pytest.mark.parametrize("text,want", [
    ("和全市平均水平相比高出5%", T("=", 5.0, unit="%", qualifier="和全市平均水平相比高出")),
    ("和上年相比高出5%", T("=", 5.0, unit="%", qualifier="和上年相比高出")),
    ("与上年相比高2个百分点", T("=", 2.0, unit="个百分点", qualifier="与上年相比高")),
    ("同上年相比低3个百分点以上", T(">=", 3.0, unit="个百分点", qualifier="同上年相比低")),
    ("与全省平均水平相比高出2个百分点", T("=", 2.0, unit="个百分点", qualifier="与全省平均水平相比高出")),
])
def test_compared_with_then_higher_by(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("较上年高出5%", T("=", 5.0, unit="%", qualifier="较上年高出")),
    ("与上年相比提高5%", T("=", 5.0, unit="%", qualifier="与上年相比提高")),
    ("与全省平均水平相比", T(text="与全省平均水平相比")),
])
def test_other_comparisons_as_before(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ a unit said again as its base or its other name

@pytest.mark.parametrize("text,want", [
    ("≥5万人（人）", T(">=", 5.0, unit="万人")),
    ("≥3万亩（亩）", T(">=", 3.0, unit="万亩")),
    ("≥5天（日）", T(">=", 5.0, unit="天")),
    ("≤30日（天）", T("<=", 30.0, unit="日")),
    ("≥60名（人）", T(">=", 60.0, unit="名")),
    ("≥20公里（千米）", T(">=", 20.0, unit="公里")),
    ("3-5天（日）", T("range", 3.0, 5.0, unit="天")),
])
def test_unit_base_or_other_name_said_again(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("8台（套）", T("=", 8.0, unit="台(套)")),
    ("≥20家（个）", T(">=", 20.0, unit="家(个)")),
    ("≥0.8万人（人次）", T(">=", 0.8, unit="万人(人次)")),
    ("≥5万人（户）", T(">=", 5.0, unit="万人(户)")),
    ("≥45%（户）", T(">=", 45.0, unit="%", qualifier="户")),
    ("≥5km（公里）", T(">=", 5.0, unit="km")),        # the unit's other name: no qualifier (hunt tg28 changed)
])
def test_other_brackets_as_before(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ whole forms

def test_form_dash_minus(read):
    r = read("ct_s66_md62_dash_minus.txt")
    assert only_project(r)["name"] == "遵义市公共机构节能改造项目" and warning_codes(r) == []
    rows = _rows(r)
    assert len(rows) == 10
    assert rows["单位建筑面积能耗变化率"][:5] == ("-5%~–3%", "range", -5.0, -3.0, "%")
    assert rows["人均综合能耗变化率"][1:5] == ("range", -6.0, -2.0, "%")
    assert rows["运行费用变化率"][1:5] == ("range", -8.0, -4.0, "%")
    assert rows["改造设备验收合格率"][1:5] == ("range", 95.0, 100.0, "%")
    assert rows["改造成本较预算变化"][1:5] == ("=", -5.0, None, "%")
    assert rows["年节约电费变化"][1:5] == ("<=", -10.0, None, "%")
    assert rows["节能宣传覆盖率"][1:6] == ("=", 5.0, None, "%", "和全市平均水平相比高出")
    assert rows["公共机构节能考核得分"][1:6] == ("=", 2.0, None, "个百分点", "与上年相比高")


def test_form_unit_said_again(read):
    r = read("ct_s66_md62_unit_base.txt")
    assert only_project(r)["name"] == "绵阳市职业技能提升培训项目" and warning_codes(r) == []
    rows = _rows(r)
    assert len(rows) == 8
    assert rows["培训城乡劳动者"][1:6] == (">=", 1.2, None, "万人", None)
    assert rows["开展培训天数"][1:6] == (">=", 15.0, None, "天", None)
    assert rows["认定培训机构"][1:6] == (">=", 20.0, None, "家(个)", None)
    assert rows["培训师资"][1:6] == (">=", 60.0, None, "名", None)
    assert rows["补贴资金发放时限"][1:6] == ("<=", 30.0, None, "日", None)
    assert rows["培训合格率"][1:6] == (">=", 90.0, None, "%", None)
    assert rows["带动就业人数"][1:6] == (">=", 0.8, None, "万人(人次)", None)


def test_form_bare_adjusted_after_the_unit_column(read):
    r = read("ct_s66_md62_adjusted_after_unit.txt")
    assert only_project(r)["name"] == "天水市农村供水保障工程" and warning_codes(r) == []
    ind = r.tables["indicators"]
    assert [(i["level3"], i["target_raw"], i["note"]) for i in ind] == [
        ("新建集中供水工程", "≥26处", "调整原因：两处水源未批复；调整前指标值：≥30"),
        ("水质检测合格率", "≥95%", None),                  # the adjusted cell empty: the one before in force
        ("工程完工时间", "2026年12月底前", "调整原因：汛期停工；调整前指标值：2026年10月底前"),
        ("农村自来水普及率", "≥92%", "调整原因：提前完工；调整前指标值：≥90"),
        ("受益群众满意度", "≥90%", "调整前指标值：≥90"),
    ]
    assert (ind[0]["op"], ind[0]["value"], ind[0]["unit"]) == (">=", 26.0, "处")
