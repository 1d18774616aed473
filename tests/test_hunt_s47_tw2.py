"""Twins tw2 (session 47): rules written twice made one; where the two copies read a spelling differently, the reading
chosen is tested here (text dumps, tabs between cells as samples/). Each reading was written down by hand before
jixiao was run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000.0


def test_monitor_goal_reason_head_of_the_indicator_tables_words(read):
    """A 绩效运行监控表's `年度总体目标 | 年初目标 | 1-6月实际完成情况 | 全年预计完成情况 | 偏差原因分析及改进措施` over the
    texts: the goal, what was done by June, the year's forecast, the reason kept in other_fields under its head — as
    `偏差原因` there is (hunt fam), the head an indicator table's deviation column already takes. Main: goal_annual /
    goal_actual null, goal_forecast `偏差原因分析及改进措施` (the head), the texts an unparsed_row."""
    r = read("ct_s47_tw2_monitor_goal_reason_measures.txt")
    p = only_project(r)
    assert (p["goal_annual"], p["goal_actual"], p["goal_forecast"]) == (
        "新建集中供水工程6处，提升3万人饮水质量。", "完成新建供水工程2处。", "全年可完成目标。")
    assert other_fields(p) == {"偏差原因分析及改进措施": "雨季施工受阻，下半年加快施工进度"}
    assert (p["budget_initial"], p["spent"], p["execution_rate"]) == (300 * W, 120 * W, 0.4)
    assert [(i["level3"], i["progress_raw"], i["deviation"]) for i in r.tables["indicators"]] == [
        ("新建集中供水工程", "2处", "雨季施工受阻"), ("受益人口", "1万人", None), ("受益群众满意度", "91%", None)]
    assert warning_codes(r) == []


def test_self_raised_part_after_the_fiscal_part_without_a_colon(read):
    """`资金情况 | 项目资金总额120万元，其中财政资金100万元，项目单位自筹20万元。`: the 自筹 part the other money, as
    `村集体自筹` after a label's colon and `银行贷款` after the fiscal part were (forms' _SELF_RAISED and labels.OTHER_MONEY,
    twins, now one list). Main: budget_other null, a false fiscal_total_gap (`200,000 元 have no stated source`)."""
    p = only_project(r := read("ct_s47_tw2_self_raised_after_fiscal.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (120 * W, 100 * W, 20 * W)
    assert budget_lines(r) == []
    assert warning_codes(r) == []


def test_township_self_raised_beside_the_fiscal_part(read):
    """`资金情况 | 财政衔接资金80万元，乡镇自筹20万元。`: the township's own money the other money (budget_other 20万),
    the fiscal 80万; no total stated. Main: budget_other null, `乡镇自筹` 20万 a source line."""
    p = only_project(r := read("ct_s47_tw2_self_raised_no_total.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (None, 80 * W, 20 * W)
    assert budget_lines(r) == []
    assert indicator_targets(r)[0][2:] == ("硬化村级道路", ">=", 5.0, "公里")
    assert warning_codes(r) == []


def test_money_sentence_last_clause_a_level_in_wan(read):
    """`项目资金：总投资150万元，其中中央资金100万元，省级30万，县级20万。`: the last clause `县级20万` a level's money (a
    source line, as `省级30万` before it), not a count: the clause-in-万 test now asks the one source test (forms'
    _is_source, labels.OTHER_MONEY) its own word list `自筹|配套|捐赠|捐助|债券` twinned. Main: the same three source
    lines, but also an unplaced_cell `a money sentence's last clause, no amount, not kept: 县级20万` (false)."""
    r = read("ct_s47_tw2_short_tail_level.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (150 * W, 150 * W)
    assert budget_lines(r) == [(None, "中央资金", 100 * W, "source"), (None, "省级", 30 * W, "source"),
                               (None, "县级", 20 * W, "source")]
    assert warning_codes(r) == []
