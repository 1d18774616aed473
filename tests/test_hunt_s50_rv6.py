"""Review rv6 (session 50): the edges of hunt tg8's target rules and hunt mn9's money rules, each reading written
down by hand before jixiao was run (tests/fixtures/review/ct_s50_rv6_*; the comments say what main gave).

Found and mended: a negation's zero (`无重大安全事故` = 0, tg8) fired on 无 as an adverb before a deed done to the
harm (`无死角排查安全隐患`, `无条件受理群众投诉`: `=` 0 of `死角排查安全隐患`); a return to poverty, `不发生规模性返贫`,
`零返贫`, stayed text beside the other harms; a deadline of no year (tg8) missed a month in Chinese numerals
(`十月底前完成`) and a Q quarter (`Q4完成`); quarter_plan_mismatch (mn9, severity error) summed a cumulative plan
(`分季度累计用款计划`, 100 | 250 | 380 | 500 of a 500万 budget: 1230万 "not adding up") and checked a plan of the fiscal
money only (`财政资金分季度用款计划`) against the whole budget, 自筹 and all.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

WAN = 10_000.0


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def _late(r) -> list[str]:
    return sorted(w["message"].split(":")[0] for w in r.tables["warnings"] if w["code"] == "deadline_out_of_period")


def test_negation_zeros_and_their_edges(read):
    got = _ind(read("ct_s50_rv6_safety_village.txt"))
    assert len(got) == 12
    # main: `=` 0 of `死角排查安全隐患` / `条件受理群众投诉` (无 an adverb's: thorough, unconditional)
    assert got["安全隐患排查"] == (None, None, None, None, "无死角排查安全隐患")
    assert got["群众投诉受理"] == (None, None, None, None, "无条件受理群众投诉")
    # main: text
    assert got["脱贫成果巩固"] == ("=", 0.0, None, "规模性返贫", None)
    assert got["监测户返贫"] == ("=", 0.0, None, "返贫", None)
    # right on main, kept: a none with 未 before the deed, a bound per a month, 无障碍 a name's word
    assert got["隐患整改"] == ("=", 0.0, None, "未整改隐患", None)
    assert got["安全生产事故"] == ("=", 0.0, None, "重大安全事故", None)
    assert got["帮扶培训次数"] == (">=", 2.0, "次/月", None, None)
    assert got["无障碍设施覆盖率"][:3] == (">=", 90.0, "%")


def test_yearless_deadlines_in_chinese_numerals_and_q(read):
    # a project of 2024年1月至2024年6月: `十月底前完成` (2024-10) and `Q4完成` (2024-12) fall after its end; `6月底前完成`
    # does not (main: only none — the Chinese month and the Q were no deadline)
    assert _late(read("ct_s50_rv6_safety_village.txt")) == ["产业项目完工时间", "资金拨付时间"]


def _plan_warnings(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "quarter_plan_mismatch"]


def test_a_cumulative_plan_is_checked_by_its_end(read):
    # `分季度累计用款计划` over 100 | 250 | 380 | 500 of a 500万 budget: paid by each quarter's end, the last the year's
    # (main: "adds up to 12,300,000 元", an error)
    assert _plan_warnings(read("ct_s50_rv6_plan_cumulative.txt")) == []
    # …and one ending at 450万 of a 500万 budget is flagged by that end (main: "adds up to 11,800,000 元")
    [msg] = _plan_warnings(read("ct_s50_rv6_plan_cumulative_short.txt"))
    assert "ends at 4,500,000 元" in msg and "5,000,000" in msg


def test_a_fiscal_plan_is_checked_against_the_fiscal_money(read):
    # `项目资金总额 | 500 | 财政拨款 | 300 | 其他资金 | 200` and `财政资金分季度用款计划` over 60 | 90 | 90 | 60 = 300万:
    # the fiscal money's plan, which adds up (main: an error against budget_total's 500万)
    r = read("ct_s50_rv6_plan_fiscal.txt")
    assert "quarter_plan_mismatch" not in warning_codes(r)
    # …and 60 | 90 | 90 | 90 = 330万 is flagged against budget_fiscal's 300万 (main: against budget_total's 500万)
    [msg] = _plan_warnings(read("ct_s50_rv6_plan_fiscal_over.txt"))
    assert "3,300,000" in msg and "budget_fiscal" in msg and "3,000,000" in msg


def test_a_lone_fiscal_clause_the_overview_shows_a_part_of(read):
    # `项目概况 | 项目总投资1000万元，其中中央车购税资金600万元，县级财政配套400万元。` beside `项目资金 | 其中县级财政配套400万元。`:
    # the line kept, but 400万 is one part of the money (中央车购税资金 is fiscal money too): no budget_fiscal from it
    # (main: budget_fiscal 400万, mn9's lone clause taken for the whole fiscal money)
    r = read("ct_s50_rv6_lone_part.txt")
    p = only_project(r)
    assert budget_lines(r) == [("项目资金", "县级财政配套", 400 * WAN, "source")]
    assert p["budget_fiscal"] is None
    # mn9's clause alone, no other money said, stays budget_fiscal
    assert only_project(read("ct_s50_mn9_lone_clause.txt"))["budget_fiscal"] == 400 * WAN


def test_an_audit_rectification_fund_is_a_levels_money(read):
    # `资金来源 | 市级财政审计整改专项资金 | 50` and `| 县级财政配套 | 30` (万元): two levels' fiscal money, 80万 — mn9's
    # refusal of a review's figure (审计) is no refusal of a fund named for putting an audit's findings right
    # (main: budget_fiscal null; it was 80万 before mn9)
    r = read("ct_s50_rv6_audit_fund.txt")
    assert only_project(r)["budget_fiscal"] == 80 * WAN
    assert [x[1:3] for x in budget_lines(r)] == [("市级财政审计整改专项资金", 50 * WAN), ("县级财政配套", 30 * WAN)]
