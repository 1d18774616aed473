"""Review rv7 (session 46): the edges of the first wave's rules (hunts sc2, ng3, mn4, review rv6, hunt pdf2) —
tests/fixtures/review/ct_s46_rv7_*, each read by hand before the run; /tmp/s46/rv7-REVIEW.md lists the findings."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

WAN = 10_000.0


def test_a_decimal_quantity_opening_an_item_is_no_outline_number(read):
    # `3.2 万亩高标准农田…` (a figure and its unit, a space between, as a PDF's dump writes it) and `2.5公里通组道路…`
    # under section 二 are the item's text, no outline number (1.1 and 2.1 are)
    # main: item 2 `万亩高标准农田建设任务按期完工` and item 5 `公里通组道路提质改造` (the figure cut from its unit)
    r = read("ct_s46_rv7_outline_decimals.txt")
    got = [(a["section"], a["item_no"], a["content"], a["points"]) for a in r.tables["assessment_items"]]
    assert got == [("农业生产", 1, "粮食播种面积稳定在3.6万亩以上", 20.0),
                   ("农业生产", None, "3.2 万亩高标准农田建设任务按期完工", 20.0),
                   ("基础设施", 1, "村组道路硬化", 30.0),
                   ("基础设施", None, "2.5公里通组道路提质改造", 30.0)]


def test_a_yuan_sign_figure_under_a_yi_head(read):
    # 金额单位：亿元, 项目总金额 3.60, 财政拨款 3.48, 其他资金 `¥12,000,000.00` (a yuan figure pasted in, 0.12亿): 1200万 元,
    # the sources adding up to the total (hunt mn4's rule read a ¥ figure below one of the declared unit in that unit)
    # main: budget_other 1.2e15 元 (12 million 亿元) and a fiscal_other_mismatch
    r = read("ct_s46_rv7_yen_under_yi.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (36_000 * WAN, 34_800 * WAN, 1_200 * WAN)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_a_bonus_level_with_its_points_in_brackets(read):
    # `加分项（10分） | 创新成效 | 获评省级示范项目 | 10 | 6` under 90+10 base rows of 100: the bonus's 10 points over the
    # 100, no share of them (as `加分项` alone, hunt sc2); the form's score 103
    # main: `weights_not_100: the weights add up to 110, not 100`
    r = read("ct_s46_rv7_bonus_points_in_level.txt")
    p = only_project(r)
    assert p["score"] == 103
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]][-1] == ("获评省级示范项目", 10, 6)
    assert warning_codes(r) == []


def test_done_with_a_manner_before_a_share(read):
    # the siblings of hunt sc2's `完成100%` (= 100 %): `全部完成100%`, `全面实现≥95%`, `按时完成100%`, `年内实现100%` are the
    # share, the words before it its qualifier (as `100%按时完成` reads); `按时完成10户` stays text (a sentence)
    # main: all text
    r = read("ct_s46_rv7_done_with_manner.txt")
    got = {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"]) for i in r.tables["indicators"]}
    assert got["危房改造任务完成率"] == ("=", 100, "%", "全部完成")
    assert got["竣工验收合格率"] == (">=", 95, "%", "全面实现")
    assert got["改造任务完成及时率"] == ("=", 100, "%", "按时完成")
    assert got["补助资金兑付"] == ("=", 100, "%", "年内实现")
    assert got["改造户入住"] == (None, None, None, None)


def test_a_plain_line_after_numbered_lines_is_no_part_of_the_last(read):
    # 预算明细 `一、设备购置 50`, `二、系统开发 30`, `三、人员培训 12`, `其他费用 8`, 合计 100: four lines of the list (a
    # numbered class groups the lines under it when they are its breakdown — hunt mn4 — not one stray line whose figure
    # is not its own)
    # main: 其他费用 in group 人员培训, the lines summed as 92 against 100 (a budget_sum_mismatch)
    r = read("ct_s46_rv7_budget_numbered_then_plain.txt")
    assert budget_lines(r) == [(None, "设备购置", 50 * WAN, "composition"), (None, "系统开发", 30 * WAN, "composition"),
                               (None, "人员培训", 12 * WAN, "composition"), (None, "其他费用", 8 * WAN, "composition")]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_a_money_sentence_ending_in_a_matching_fund_in_wan(read):
    # `项目资金：资金总额400万元，其中财政拨款350万，市级配套30万，县级配套20万。`: the two 配套 clauses are sources (money
    # as `自筹50万` is), no count of review rv6's `受益群众3.5万`
    # main: 县级配套 read as a source line of 20万 and told `a money sentence's last clause, no amount, not kept`
    r = read("ct_s46_rv7_money_sentence_match_tail.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (400 * WAN, 350 * WAN)
    assert budget_lines(r) == [(None, "市级配套", 30 * WAN, "source"), (None, "县级配套", 20 * WAN, "source")]
    assert warning_codes(r) == []
