"""Review rv6 (session 46): the rules merged at the end of session 45 (hunts ts, lv, ng2, tq4, review rv5) looked at
for where they fire wrongly or miss their siblings. Levels numbered by a bracketed letter or Roman numeral
(`（A）产出指标`, `(Ⅰ)产出指标`) under no head, as lv's `A.` / `Ⅰ.` are (and the first such row kept when the row under it
holds a deadline); a percentage-point change on the same period of the year before (`较上年同期提高2个百分点`,
`比上年末…`), as tq4's `较上年提高2个百分点`; a money sentence's last clause of a count in 万 (`受益群众3.5万`), which rv5's
`万`-as-万元 rule took for an amount of no field and dropped without the warning lo's rule gives. Text dumps (tabs
between cells, as samples/). Each reading was written down by hand before jixiao was run; the comments say what main
gave."""
from __future__ import annotations

import pytest

from normalize.targets import split_target
from tests.hunt_tools import budget_lines, only_project, warning_codes

W = 10_000.0


@pytest.mark.parametrize("fixture, name, levels", [
    # （A）产出指标 / （B）效益指标 / （C）满意度指标
    ("ct_s46_rv6_levels_bracket_letter.txt", "新化县茶叶标准化种植基地建设项目",
     [("产出指标", "数量指标", "新建标准化茶园面积", "≥1200亩"), ("产出指标", "质量指标", "茶苗成活率", "≥90%"),
      ("效益指标", "经济效益指标", "带动茶农户均增收", "≥2000元"), ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%")]),
    # (Ⅰ)产出指标 / (Ⅱ)效益指标 / (Ⅲ)满意度指标, the row under the first a deadline (`2025年11月底前`)
    ("ct_s46_rv6_levels_bracket_roman.txt", "新化县油茶低产林改造项目",
     [("产出指标", "数量指标", "低产林改造面积", "≥3000亩"), ("产出指标", "时效指标", "改造完成时间", "2025年11月底前"),
      ("效益指标", "生态效益指标", "森林覆盖率", "≥62%"), ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%")]),
])
def test_bracketed_level_numbers_under_no_head(read, fixture, name, levels):
    """A 申报表's indicator rows under `三、年度绩效指标` and no head row, each level 1 numbered in brackets
    (`（A）产出指标 | 数量指标 | 新建标准化茶园面积 | ≥1200亩`): four indicators, the level 1 named without its number, its
    category known, as hunt lv's `A.产出指标` / `Ⅰ.产出指标`. Main: no indicator for either (`no_indicators`, three
    `unparsed_row`; `茶苗成活率` / `改造完成时间` other fields). With the brackets read, the Roman form's first row was
    still lost (`unparsed_row`, `时效指标` of no level 1): the row under it holds a deadline, no target-like figure."""
    r = read(fixture)
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == (name, {"ct_s46_rv6_levels_bracket_letter.txt": 180,
                                                    "ct_s46_rv6_levels_bracket_roman.txt": 95}[fixture] * W)
    assert [tuple(i[k] for k in ("level1", "level2", "level3", "target_raw")) for i in r.tables["indicators"]] == levels
    assert [i["level1_std"] for i in r.tables["indicators"]] == ["output", "output", "outcome", "satisfaction"]
    assert warning_codes(r) == ["table_header_implied"]


def test_change_on_same_period_in_points(read):
    """A change on the same period of the year before, or on the year's end (`较上年同期提高2个百分点`, `比上年同期下降
    0.5个百分点`, `较上年末提高3个百分点`, `较去年同期提高2个百分点以上`): that many percentage points, the change's words the
    qualifier, as `较上年提高2个百分点` and `同比增长3个百分点` read; `较上年同期增长5%以上` a bound as `同比增长5%以上`.
    Main: all six text (op, value and unit null); `同比增长3个百分点` read already."""
    r = read("ct_s46_rv6_change_same_period.txt")
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["qualifier"]) for i in r.tables["indicators"]]
    assert got == [
        ("高血压患者规范管理率", "=", 2, "个百分点", "较上年同期提高"),
        ("糖尿病患者规范管理率", "=", 1.5, "个百分点", "比上年同期提高"),
        ("电子健康档案动态使用率", "=", 3, "个百分点", "较上年末提高"),
        ("居民健康素养水平", ">=", 2, "个百分点", "较去年同期提高"),
        ("传染病报告发病率", "=", 0.5, "个百分点", "比上年同期下降"),
        ("家庭医生签约服务覆盖人数", ">=", 5, "%", "较上年同期增长"),
        ("老年人健康管理人数", "=", 3, "个百分点", "同比增长"),
        ("居民满意度", ">=", 90, "%", None),
    ]


def test_change_reference_one_list():
    """The period a change is compared with is one list for a change before a figure and a change after one
    (`≥95%，较上年提高` read, `≥95%，较上年同期提高` was `>=` and the text, the 95 lost); a change of a share of the
    same period (`较上年同期增长10%`) stays text, as `较上年增长10%` does."""
    got = [(t.op, t.value, t.unit, t.qualifier) for t in map(split_target, ["≥95%，较上年同期提高", "较年初提高2个百分点"])]
    # main: (">=", None, None, None), the target_text `95%,较上年同期提高`, and all None
    assert got == [(">=", 95, "%", "较上年同期提高"), ("=", 2, "个百分点", "较年初提高")]
    t = split_target("较上年同期增长10%")
    assert (t.op, t.value, t.unit) == ("=", 10.0, "%")  # (hunt s55 tg13: a change and its bare figure, `=`; was text)


def test_money_sentence_count_in_wan_is_no_money(read):
    """`项目资金：资金总额400万元，其中财政拨款350万元，自筹资金50万元，受益群众3.5万。`: the money read (400 / 350 / 50 万元)
    and the last clause, a count in 万 with 人 left out, named in an unplaced_cell warning as `受益群众3.5万人` is. Main
    (since rv5's `万` read as 万元 at a clause's end): the clause taken for an amount of no field and dropped without
    a word (no warning)."""
    r = read("ct_s46_rv6_money_wan_count.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (400 * W, 350 * W, 50 * W)
    assert budget_lines(r) == []
    assert [(w["code"], w["message"]) for w in r.tables["warnings"]] == [
        ("unplaced_cell", "a money sentence's last clause, no amount, not kept: 受益群众3.5万")]


def test_whole_units_and_a_half(read):
    """`1年半内`, `≥2年半`, `一个半月内`, `3个半小时`: that many units and a half (1.5 年, 2.5 年, 1.5 个月, 3.5 小时), as
    tq4's `半年内` is half a year. Main: 1 of a unit `年半`, 2 `年半`, text, 3 `个半小时` (the half lost into the unit);
    `半个月内` read already."""
    r = read("ct_s46_rv6_half_units.txt")
    got = [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]][1:6]
    assert got == [("项目建设周期", "<=", 1.5, "年"), ("问题整改时限", "<=", 1.5, "个月"), ("施工图审查时限", "<=", 0.5, "个月"),
                   ("工程质保期", ">=", 2.5, "年"), ("居民议事会单次时长", "=", 3.5, "小时")]
