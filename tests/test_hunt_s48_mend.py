"""Hunt s48 mend: the mends the session's final review asked for (/tmp/s48/review-final.md).

Each test states the right reading; its comment says what main (9707c200) gave."""
from __future__ import annotations

import pytest

from tests.hunt_tools import other_fields, only_project, warning_codes


@pytest.mark.parametrize("name", ["ct_s48_mend_centre_short.txt", "ct_s48_mend_centre_abbr.txt"])
def test_centre_own_forms_unit_written_short_get_no_name(read, name):
    # `新化县疾病预防控制中心项目支出绩效目标表` filed by `县疾病预防控制中心` / `新化县疾控中心`: the centre's own forms, no
    # project's name. main: name `新化县疾病预防控制中心项目` (the unit compared by exact substring).
    p = only_project(read(name))
    assert p["name"] is None
    assert p["budget_total"] == 900000.0


def test_social_relief_budget_row_is_the_years_budget(read):
    # `社会救助资金预算 | 500` under 单位：万元: the year's budget, as `养老服务资金预算 | 500` is.
    # main: budget_year None, {"社会救助资金预算": "500"} in other_fields, an unparsed_row warning.
    r = read("ct_s48_mend_social_budget.txt")
    p = only_project(r)
    assert p["budget_year"] == 5000000.0
    assert "社会救助资金预算" not in other_fields(p)
    assert "unparsed_row" not in warning_codes(r)


def test_social_force_input_in_a_money_sentence_is_other_money(read):
    # `资金总额500万元，其中财政资金400万元，社会力量投入100万元。`: budget_other 100万.
    # main: budget_other None and a fiscal_total_gap warning.
    r = read("ct_s48_mend_social_force.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (5000000.0, 4000000.0, 1000000.0)
    assert "fiscal_total_gap" not in warning_codes(r)


def test_year_then_period_cells_read_as_period_then_year(read):
    # `资金总额 | 年度：1000 | 中期：3000` over `其中：财政拨款 | 年度：900 | 中期：2600`: as the 中期-first order reads,
    # total 3000万, year 1000万, fiscal 900万. main: no money, other_fields {"中期": "3000；2600"}.
    p = only_project(read("ct_s48_mend_year_first.txt"))
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (30000000.0, 10000000.0, 9000000.0)
    assert "中期" not in other_fields(p)


@pytest.mark.parametrize("name", ["ct_s48_mend_goal_span_nian_du.txt", "ct_s48_mend_goal_span_en_dash.txt"])
def test_goal_opening_with_a_span_gives_no_year(read, name):
    # a form stating no year whose goal opens `2024年度-2026年度，…` / `2024年–2026年，…` (en dash): no year, as
    # `2024年-2026年，…` gives. main: year 2024 (年度? gave back 度; – not in the dash class).
    assert only_project(read(name))["year"] is None


@pytest.mark.parametrize("text", ["2024年度-2026年度计划投资", "2024年–2026年，新建", "2024年度－2026年度"])
def test_lead_year_refuses_a_span(text):
    # normalize.dates.LEAD_YEAR: a span's first year is no lead year. main: matched 2024 for these.
    from normalize.dates import LEAD_YEAR
    from normalize.text import fold_width
    assert LEAD_YEAR.match(fold_width(text)) is None
    assert LEAD_YEAR.match("2024年度，完成") is not None


def test_form_with_every_row_marked_core_keeps_its_satisfaction_check(read):
    # an ordinary target form whose `是否核心指标` column says 是 on every row, no 满意度 indicator: the form's own
    # indicators under their levels, so no_satisfaction_indicator is found (only a 批复表's 核心绩效指标 list is exempt).
    # main: no such finding (every indicator core exempted any form).
    r = read("ct_s48_mend_all_core_form.txt")
    assert [i["core"] for i in r.tables["indicators"]] == [True, True, True]
    assert "no_satisfaction_indicator" in r.tables["findings"][0]["codes"]
    # the approval list stays exempt
    assert all("no_satisfaction_indicator" not in f["codes"] for f in read("ct_s48_fam3_approval_list.txt").tables["findings"])


@pytest.mark.parametrize("raw, want", [("≥2个月办结", (">=", 2.0, "个月", "办结")), ("≥2h培训", (">=", 2.0, "h", "培训")),
                                       ("不少于2天培训", (">=", 2.0, "天", "培训"))])
def test_time_and_deed_after_a_lower_bound(raw, want):
    # a time after ≥ and the deed done in it: the time's unit, the deed the qualifier, as `≤2个月办结` reads.
    # main: the units `个月办结` / `h培训` / text.
    from normalize.targets import split_target
    t = split_target(raw)
    assert (t.op, t.value, t.unit, t.qualifier) == want


def test_name_cut_over_a_page_break_ending_in_a_time_limit(read):
    # a tab dump of two pages: `群众投诉 | ≤3个工作日` the last row of page 1, `办结时限` alone in the name column on
    # page 2 under the title printed again: one indicator `群众投诉办结时限` ≤ 3 个工作日 (an indicator name's ends one
    # list, normalize.text.INDICATOR_NAME_END, for extract.txt and parsers.tables). main: `办结时限` an indicator of its
    # own with no target (target_missing), the page-break rule's list `[率数度性量额值]$` lacking 时限.
    r = read("ct_s48_mend_name_cut_page_time_limit.txt")
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]][3:5] == [
        ("群众投诉办结时限", "<=", 3.0, "个工作日"), ("城镇污水集中收集率", ">=", 75.0, "%")]
    assert "target_missing" not in warning_codes(r)


def test_first_row_of_no_level_ending_in_qingkuang_is_an_indicator(read):
    # `| | 活动开展情况 | 正常开展 | 正常开展 | 无 | 无` first under the head, its levels blank: the indicator
    # `活动开展情况` (a name ending in 情况, as extract.txt's list has it), target and actual `正常开展`.
    # main: level2 `活动开展情况`, level3 `正常开展`, actual `无` (tables' short list took it for a level's name).
    # (its level 2 数量指标 since hunt ly5, s58: the block's label printed on its middle row, the row above its; it was
    # null, no rule giving it one)
    i = read("rr2_j1_first_row_short.txt").tables["indicators"][0]
    assert (i["level2"], i["level3"], i["target_raw"], i["actual_raw"]) == ("数量指标", "活动开展情况", "正常开展", "正常开展")
