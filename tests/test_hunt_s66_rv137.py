"""Review rv137 (session 66) of hunt tg27 (indicator targets: a floor before a range up to 100%, a range below zero,
a change compared with an average, the unit said again in brackets, a bare `调整后` head beside 指标值): its diff read
line by line, its rules tried on the next spellings real archives use and on other layouts (a tab dump, an .xlsx).

Decided:
- the unit said again in brackets in a unit read in another (`≥5万元（万元）`, `≥0.3亿元（亿元）`, `≤3.5万元/户（万元/户）`,
  `≥2千株（千株）`): no qualifier, the figure in the unit it is read in (元, 元/户, 株); tg27 compared the bracket with
  the unit after scaling, so these gave the unit `元(万元)`, `元(亿元)` (a unit's other name, `8台（套）`'s reading) or
  the qualifier `万元/户`, `千株` (normalize.targets._split, _unit_read);
- a PDF's math minus (U+2212) before a figure is its minus (`−5%至−3%`, `≤−8%`, `−10%`): tg27's range below zero took
  `−` after the separator but the low end's, and any lone figure's, was no sign, so these were text
  (normalize.targets._written); a plus on a range's high end (`-3%~+3%`, `−2℃～+2℃`) is its sign: the range -3 to 3
  (it was text);
- a change compared with any average a few words name between 与 and 相比 (`与省平均水平相比提高2个百分点`,
  `与行业平均水平相比提高5%`, `与全省平均相比…`, `与省内同类项目平均水平相比降低10%以上`): read as after 较, the words
  the qualifier; tg27's list of areas (全省, 全市, 同类 …) left them text (normalize.targets._REFERENCE);
- a bare `调整后` head right after the one before's head (`原指标值 | 调整后 | 调整原因`, `调整前指标值 | 调整后`): the
  target in force, as tg27 read it after 指标值 — the table had no target column, every row's target lost to its note
  (`调整后：≥260公里；…`) with no warning (parsers.core._full_year_target); "right after" is the next head cell, not
  the next column number.

Kept (tg27's readings that held on new forms): `≥5万亩（万亩）`, `≥85%（%）` no qualifier; `8台（套）` 台(套);
`≥45%（户）` 户 the qualifier; `≥200万元（元）` 元; `≥95%-100%` the range; `-5%——3%` -5 to 3 (a doubled dash one
separator); a bare `调整后` after 指标值 in an .xlsx as in tg27's tab dump; `较行业平均水平提高5%`,
`与全省同类地区平均水平相比提高2个百分点` read, `与全省平均水平相比` text, `…相比持平` `=` the average; `≤90%-100%`
stays the sign and the text.

Left: `和全市平均水平相比高出5%` stays text while `较全省平均水平高2个百分点` reads (高出 after 相比 is no change word of
the 相比 rule, a year before's too: not tg27's); `≥5万人（人）` gives the unit `万人(人)` (a unit's other name), `≥5天（日）`
`天(日)`, as before tg27.

Fixtures ct_s66_rv137_* from make_s66_rv137.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target
from tests.hunt_tools import only_project, warning_codes


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def _rows(r) -> dict[str, tuple]:
    return {i["level3"]: (i["target_raw"], i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"],
                          i["target_text"]) for i in r.tables["indicators"]}


# ------------------------------------------------------------------ the unit said again, in a unit read in another

@pytest.mark.parametrize("text,want", [
    ("≥5万元（万元）", T(">=", 50_000.0, unit="元")),
    ("≤1500万元（万元）", T("<=", 15_000_000.0, unit="元")),
    ("≥0.3亿元（亿元）", T(">=", 30_000_000.0, unit="元")),
    ("≤3.5万元/户（万元/户）", T("<=", 35_000.0, unit="元/户")),
    ("≥2千株（千株）", T(">=", 2000.0, unit="株")),
])
def test_scaled_unit_said_again_is_no_qualifier(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("≥5万亩（万亩）", T(">=", 5.0, unit="万亩")),                    # tg27's reading
    ("≥200万元（元）", T(">=", 2_000_000.0, unit="元")),
    ("8台（套）", T("=", 8.0, unit="台(套)")),                        # a unit's other name, as before
    ("≥45%（户）", T(">=", 45.0, unit="%", qualifier="户")),           # what the share counts
    ("≥5（万元）", T(">=", 50_000.0, unit="元")),                      # a bare figure's unit in brackets
    ("≥5km（公里）", T(">=", 5.0, unit="km")),       # another spelling of the unit: no qualifier (hunt tg28)
])
def test_other_brackets_after_a_unit_read_as_before(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ a math minus, a plus on the high end

@pytest.mark.parametrize("text,want", [
    ("−5%至−3%", T("range", -5.0, -3.0, unit="%")),
    ("−5%~−3%", T("range", -5.0, -3.0, unit="%")),
    ("−5%至-3%", T("range", -5.0, -3.0, unit="%")),
    ("≤−8%", T("<=", -8.0, unit="%")),
    ("−10%", T("=", -10.0, unit="%")),
    ("-3%~+3%", T("range", -3.0, 3.0, unit="%")),
    ("-5%至+5%", T("range", -5.0, 5.0, unit="%")),
    ("−2℃～+2℃", T("range", -2.0, 2.0, unit="℃")),
])
def test_signed_ends_read(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("90%−100%", T("range", 90.0, 100.0, unit="%")),        # the math minus between figures: the separator
    ("-5%——3%", T("range", -5.0, 3.0, unit="%")),           # a doubled dash: one separator, as tg27 left it
    ("-5%-3%", T("range", -5.0, 3.0, unit="%")),
    ("-3%至-5%", T(text="-3%至-5%")),                       # the high end below the low: no range
    ("≤90%-100%", T("<=", text="90%-100%")),
])
def test_separators_read_as_before(text, want):
    assert split_target(text) == want


# ------------------------------------------------------------------ an average of a wider area (tg27's, held)

@pytest.mark.parametrize("text,want", [
    ("与全省同类地区平均水平相比提高2个百分点",
     T("=", 2.0, unit="个百分点", qualifier="与全省同类地区平均水平相比提高")),
    ("同全省平均水平相比提高2个百分点", T("=", 2.0, unit="个百分点", qualifier="同全省平均水平相比提高")),
    ("与全省平均水平相比，提高2个百分点", T("=", 2.0, unit="个百分点", qualifier="与全省平均水平相比提高")),
    ("较行业平均水平提高5%", T("=", 5.0, unit="%", qualifier="较行业平均水平提高")),
    ("与全国平均水平相当", T(text="与全国平均水平相当")),
    ("与全省平均水平相比", T(text="与全省平均水平相比")),
    ("与全省平均水平相比持平", T("=", text="全省平均水平")),
])
def test_average_references(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize("text,want", [
    ("与省平均水平相比提高2个百分点", T("=", 2.0, unit="个百分点", qualifier="与省平均水平相比提高")),
    ("与行业平均水平相比提高5%", T("=", 5.0, unit="%", qualifier="与行业平均水平相比提高")),
    ("与全省平均相比提高2个百分点", T("=", 2.0, unit="个百分点", qualifier="与全省平均相比提高")),
    ("与市平均值相比降低5%", T("=", 5.0, unit="%", qualifier="与市平均值相比降低")),
    ("与省内同类项目平均水平相比降低10%以上", T(">=", 10.0, unit="%", qualifier="与省内同类项目平均水平相比降低")),
    ("与上年全省平均水平相比提高2个百分点", T("=", 2.0, unit="个百分点", qualifier="与上年全省平均水平相比提高")),
])
def test_any_named_average_is_a_reference_as_after_jiao(text, want):
    """tg27 listed the averages' areas (全省, 全市, 同类 …): these were text between 与 and 相比, read after 较."""
    assert split_target(text) == want


# ------------------------------------------------------------------ whole forms

def test_form_units_said_again(read):
    r = read("ct_s66_rv137_units_again.txt")
    assert only_project(r)["name"] == "赤峰市退化草原生态修复治理项目"
    rows = _rows(r)
    assert len(rows) == 10 and warning_codes(r) == []
    assert rows["补播改良草原面积"][1:6] == (">=", 5.0, None, "万亩", None)
    assert rows["栽植灌木"][1:6] == (">=", 2000.0, None, "株", None)
    assert rows["购置围栏设备"][1:6] == ("=", 8.0, None, "台(套)", None)
    assert rows["补播出苗率"][1:6] == (">=", 85.0, None, "%", None)
    assert rows["项目总投入"][1:6] == ("<=", 15_000_000.0, None, "元", None)
    assert rows["户均补助"][1:6] == ("<=", 35_000.0, None, "元/户", None)
    assert rows["草原生态保护补助奖励资金"][1:6] == (">=", 30_000_000.0, None, "元", None)
    assert rows["带动农牧民增收"][1:6] == (">=", 2_000_000.0, None, "元", None)
    assert rows["草原综合植被盖度"][1:6] == (">=", 45.0, None, "%", "户")
    assert rows["农牧民满意度"][1:6] == (">=", 90.0, None, "%", None)


def test_form_signed_ranges(read):
    r = read("ct_s66_rv137_signed_ranges.txt")
    assert only_project(r)["name"] == "宜昌市城区供热节能改造项目"
    rows = _rows(r)
    assert len(rows) == 10 and warning_codes(r) == []
    assert rows["管网供回水温差偏差"][1:6] == ("range", -2.0, 2.0, "℃", None)
    assert rows["室温达标率"][1:6] == ("range", 95.0, 100.0, "%", None)
    assert rows["单位面积改造成本较预算变化"][1:6] == ("range", -5.0, -3.0, "%", None)
    assert rows["预算执行偏差率"][1:6] == ("range", -3.0, 3.0, "%", None)
    assert rows["单位供热能耗变化率"][1:6] == ("<=", -8.0, None, "%", None)
    assert rows["热损失率变化"][1:6] == ("=", -10.0, None, "%", None)
    assert rows["供热投诉变化率"][1:6] == ("range", -5.0, 3.0, "%", None)
    assert rows["单位面积改造成本较预算变化"][0] == "−5%至−3%"       # target_raw as written
    assert rows["集中供热普及率"][1:6] == ("=", 3.0, None, "个百分点", "与省内同类城市平均水平相比提高")


def test_form_bare_adjusted_after_the_original(read):
    r = read("ct_s66_rv137_adjusted_original.txt")
    assert only_project(r)["name"] == "洛阳市农村公路养护工程" and warning_codes(r) == []
    ind = r.tables["indicators"]
    assert [(i["level3"], i["target_raw"], i["note"]) for i in ind] == [
        ("农村公路养护里程", "≥260公里", "调整原因：部分路段纳入改建；调整前指标值：≥300公里"),
        ("养护工程验收合格率", "100%", None),                 # the adjusted cell empty: the one before in force
        ("养护工程完工时间", "2025年12月底前", "调整原因：汛期影响；调整前指标值：2025年10月底前"),
        ("优良中等路率", "≥85%", "调整前指标值：≥80%"),
        ("沿线群众满意度", "≥90%", "调整前指标值：≥90%"),
    ]
    assert (ind[0]["op"], ind[0]["value"], ind[0]["unit"]) == (">=", 260.0, "公里")


def test_form_bare_adjusted_in_a_sheet(read):
    r = read("ct_s66_rv137_adjusted_bare.xlsx")
    assert only_project(r)["name"] == "晋中市城市污水管网改造项目" and warning_codes(r) == []
    assert [(i["target_raw"], i["note"]) for i in r.tables["indicators"]] == [
        ("≥15公里", "拆迁滞后；调整前指标值：≥18公里"),
        ("100%", None),
        ("≥65%", "管网调整；调整前指标值：≥70%"),
        ("≥85%", "调整前指标值：≥90%"),
    ]


def test_compared_with_higher_by():
    """rv137's strict xfail, read since mend md62 (_POINTS_BY takes 与 / 和 / 同 … 相比 then 高出)."""
    assert split_target("和全市平均水平相比高出5%") == T("=", 5.0, unit="%", qualifier="和全市平均水平相比高出")
