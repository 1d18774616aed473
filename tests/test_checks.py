"""Audit checks (jixiao.checks): every rule on hand-made projects, and the real findings of the samples."""
from __future__ import annotations

import json

from pathlib import Path

import pytest

from jixiao import checks as C
from jixiao.checks import RULES, Finding, ProjectView, run_checks
from jixiao.pipeline import process_file
from jixiao.schema import columns

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PID, DOC = "abcdef0123456789-1", "abcdef0123456789" + "0" * 48


# ---------------------------------------------------------------- builders

def _rows(rows, start_line):
    out = []
    for k, r in enumerate(rows or [], 1):
        out.append({"project_id": PID, "doc_id": DOC, "seq": k, "page": None,
                    "line": start_line + k, **r})
    return out


def view(indicators=None, budget_items=None, scores=None, **project) -> ProjectView:
    """A ProjectView with provenance filled in: indicators from line 101, budget lines from 201, scores from 301."""
    return ProjectView({"project_id": PID, "doc_id": DOC, "page": None, "line": 1, **project},
                       _rows(indicators, 100), _rows(budget_items, 200), _rows(scores, 300))


def ind(level3, target_raw=None, level1_std="output", level2="数量指标", **kw):
    row = {"level1_std": level1_std, "level2": level2, "level3": level3, "target_raw": target_raw,
           "op": None, "value": None, "value_max": None, "unit": None, "qualifier": None,
           "target_text": None, "horizon": None, "weight": None, "score": None}
    row.update(kw)
    if target_raw is not None and "target_text" not in kw and row["value"] is None:
        row["target_text"] = target_raw
    return row


def line(name, amount, kind="composition", group=None):
    return {"name": name, "amount": amount, "kind": kind, "group": group}


def score(level3, weight, sc, level1="产出", is_subtotal=False):
    return {"level1": level1, "level2": None if is_subtotal else "项目产出",
            "level3": None if is_subtotal else level3, "weight": weight, "score": sc,
            "is_subtotal": is_subtotal}


def totalled(v: ProjectView, *totals) -> ProjectView:
    """`v` with the 合计 / 小计 rows its tables state (as jixiao.pipeline resolves them), at lines 401 …"""
    v.totals = [{"steps": {k: 1.0 for k in t["values"]}, "label": "合计", "page": None, "line": 400 + k, **t}
                for k, t in enumerate(totals, 1)]
    return v


def run_rule(code, v: ProjectView) -> list[Finding]:
    return list(C._RULES[code].fn(v))


def good_indicators():
    return [ind("完成数", "=10个", value=10.0, op="=", unit="个"),
            ind("群众满意度", "≥90%", level1_std="satisfaction", level2="满意度指标",
                value=90.0, op=">=", unit="%")]


# ---------------------------------------------------------------- one case per rule that fires, one that does not

TRIGGER = {
    "budget_sum_mismatch": view(budget_year=100_000.0, budget_total=100_000.0,
                                budget_items=[line("甲", 60_000.0), line("乙", 50_000.0)]),
    "fiscal_other_mismatch": view(budget_total=100.0, budget_fiscal=70.0, budget_other=20.0),
    "fiscal_total_gap": view(budget_total=100.0, budget_fiscal=90.0, budget_other=None),
    "source_sum_mismatch": view(budget_fiscal=800.0, budget_items=[
        line("上级财政拨款", 0.0, "source", "财政拨款"), line("本级财政安排", 760.0, "source", "财政拨款")]),
    "annual_exceeds_total": view(budget_total=100.0, budget_year=120.0),
    "quarter_plan_mismatch": view(budget_year=5_000_000.0, other_fields=json.dumps(
        {"分季度用款计划": "一季度：100万元；二季度：120万元；三季度：80万元；四季度：100万元"}, ensure_ascii=False)),
    "budget_adjustment_mismatch": view(budget_initial=1_000_000.0, budget_year=1_200_000.0,
                                       other_fields='{"调整金额（万元）": "调增 15.00"}'),
    "execution_rate_mismatch": view(budget_issued=100.0, spent=95.0, execution_rate=0.90),
    "spent_exceeds_budget": view(budget_issued=100.0, spent=110.0),
    "prior_spent_exceeds_prior_budget": view(prior_budget=100.0, prior_spent=110.0),
    "composition_text_mismatch": view(
        composition="①工作推进：甲项目研究30000、乙项目 2万元；丙项目：5,000元。",
        budget_items=[line("甲项目研究", 30_000.0), line("乙项目", 25_000.0), line("丙项目", 5_000.0)]),
    "no_output_indicator": view(indicators=[ind("社会效益", "提升", level1_std="outcome"),
                                            ind("满意度", "≥90%", level1_std="satisfaction",
                                                value=90.0, unit="%")]),
    "no_satisfaction_indicator": view(indicators=[ind("完成数", "=10个", value=10.0)]),
    "rate_target_over_100": view(indicators=[ind("项目完成率", "≥120%", value=120.0, op=">=", unit="%")]),
    "duplicate_indicator": view(indicators=[ind("培训 人次", "≥100人次", value=100.0),
                                            ind("培训人次", "≥120人次", value=120.0)]),
    "timeliness_without_deadline": view(indicators=[ind("完成及时率", "及时", level2="时效指标")]),
    # a 2023 form whose deadline is the end of 2022 (last year's form copied)
    "deadline_out_of_period": view(year=2023, indicators=[ind("验收及时性", "2022年12月底前", level2="时效指标")]),
    # a period whose end is written before its start; a 2025 form of a project run 2022-2024
    "period_reversed": view(year=2025, period_raw="2025年12月至2025年1月"),
    "year_out_of_period": view(year=2025, start_date="2022-01-01", end_date="2024-12-31",
                               period_raw="2022年1月至2024年12月"),
    # a 2024 form dated 2021 (another year's form copied)
    "fill_date_out_of_year": view(year=2024, fill_date="2021-03-15"),
    "vague_target": view(indicators=[ind("管理水平", "明显提升")]),
    "score_over_weight": view(scores=[score("实际完成率", 5.0, 6.0)]),
    "target_missed_full_score": view(indicators=[ind("培训人数", "≥50人", op=">=", value=50.0, unit="人",
                                                     actual_raw="48人", weight=10.0, score=10.0)]),
    "weights_not_100": view(scores=[score("甲", 30.0, 30.0), score("乙", 60.0, 60.0)]),
    "subtotal_mismatch": view(scores=[score(None, 20.0, 19.0, level1="投入", is_subtotal=True),
                                      score("甲", 10.0, 10.0, level1="投入"),
                                      score("乙", 10.0, 8.0, level1="投入")]),
    "grade_mismatch": view(score=85.0, grade="优"),
    # a breakdown's 合计 row of 1,250,000 over lines of 1,150,000 (the budget 1,200,000: budget_sum_mismatch says so)
    "total_row_mismatch": totalled(view(budget_year=1_200_000.0, budget_items=[
        line("甲", 800_000.0), line("乙", 150_000.0), line("丙", 200_000.0)]),
        {"table": "budget_items", "values": {"amount": 1_250_000.0}, "rows": [1, 2, 3]}),
}

CLEAN = {
    "budget_sum_mismatch": view(budget_year=100_000.0, budget_total=100_000.0,
                                budget_items=[line("甲", 60_000.0), line("乙", 40_000.0),
                                              line("合计", 100_000.0),
                                              line("本级财政", 100_000.0, kind="source")]),
    "fiscal_other_mismatch": view(budget_total=100.0, budget_fiscal=80.0, budget_other=20.0),
    "fiscal_total_gap": view(budget_total=100.0, budget_fiscal=100.0, budget_other=None),
    "source_sum_mismatch": view(budget_fiscal=800.0, budget_items=[
        line("上级财政拨款", 40.0, "source", "财政拨款"), line("本级财政安排", 760.0, "source", "财政拨款")]),
    "annual_exceeds_total": view(budget_total=100.0, budget_year=100.0),
    # the quarters' sum the year's money; a plan of shares; a plan of months in spans with its 合计
    "quarter_plan_mismatch": view(budget_year=4_000_000.0, other_fields=json.dumps(
        {"分季度用款计划": "一季度：100万元；二季度：120万元；三季度：80万元；四季度：100万元",
         "支出进度计划": "一季度：25%；二季度：50%；三季度：75%；四季度：100%",
         "分月用款计划": "1-3月：100万元；4-6月：100万元；7-9月：100万元；10-12月：100万元；合计：400万元"},
        ensure_ascii=False)),
    "budget_adjustment_mismatch": view(budget_initial=1_000_000.0, budget_year=800_000.0,
                                       other_fields='{"调整金额（万元）": "调减-20.00"}'),
    "execution_rate_mismatch": view(budget_issued=100.0, spent=95.0, execution_rate=0.954),
    "spent_exceeds_budget": view(budget_issued=100.0, spent=100.4),
    "prior_spent_exceeds_prior_budget": view(prior_budget=100.0, prior_spent=100.0),
    "composition_text_mismatch": view(
        composition="①工作推进：甲项目研究30000、乙项目 2万元；丙项目：5,000元；地方标准2种。",
        budget_items=[line("甲项目研究", 30_000.0), line("乙项目", 20_000.0), line("丙项目", 5_000.0),
                      line("地方标准", 10_000.0)]),
    "no_output_indicator": view(indicators=good_indicators()),
    "no_satisfaction_indicator": view(indicators=good_indicators()),
    "rate_target_over_100": view(indicators=[ind("项目完成率", "=100%", value=100.0, unit="%"),
                                             ind("营业收入增长率", "≥150%", value=150.0, unit="%"),
                                             ind("培训人数", "≥120%", value=120.0, unit="%")]),
    "duplicate_indicator": view(indicators=[ind("培训人次", "≥100人次", value=100.0, horizon="long_term"),
                                            ind("培训人次", "≥40人次", value=40.0, horizon="annual"),
                                            ind("培训场次", "≥4场", value=4.0),
                                            # 2025年目标值 | 2026年目标值 columns: a row per year
                                            ind("新建农田面积", "≥100万亩", target_year=2025, horizon="long_term"),
                                            ind("新建农田面积", "≥100万亩", target_year=2026, horizon="long_term")]),
    "timeliness_without_deadline": view(indicators=[
        ind("完成及时率", "100%", level2="时效指标", value=100.0, unit="%"),
        ind("验收及时性", "2022年12月底前", level2="时效指标"),
        ind("回复及时率", "72小时内", level2="时效指标"),
        ind("资金到位", "及时", level2="资金管理")]),
    "deadline_out_of_period": view(year=2023, start_date="2022-03-01", end_date="2024-06-30", indicators=[
        ind("验收及时性", "2023年12月底前", level2="时效指标"),
        ind("设计完成时间", "2022年10月底前完成", level2="时效指标"),    # a multi-year project's milestone
        ind("竣工时间", "2024年6月30日前", level2="时效指标"),
        ind("收入增长", "较2022年底增长10%", level2="效益指标"),        # a comparison's base year
        ind("覆盖率", "≥90%", value=90.0, unit="%")]),
    # a winter's work into the next year (its end's month of no year); a period of whole years
    "period_reversed": view(year=2025, period_raw="2025年11月至3月"),
    # a multi-year project's form of a year inside its period, and of its last year
    "year_out_of_period": view(year=2024, start_date="2022-03-01", end_date="2024-06-30",
                               period_raw="2022年3月至2024年6月"),
    # a 2025 target form filled in the year before (a self-evaluation's in the year after is alike)
    "fill_date_out_of_year": view(year=2025, fill_date="2024-10-20"),
    "vague_target": view(indicators=[ind("满意度", "≥90%", value=90.0, unit="%"),
                                     ind("收入", "较上年增长10%"),
                                     ind("完成及时性", "及时", level2="时效指标"),
                                     ind("知晓率", "位于各政府热线前列")]),
    # met, missed with points taken off, a bare figure of no written direction, a qualitative actual
    "target_missed_full_score": view(indicators=[
        ind("培训人数", "≥50人", op=">=", value=50.0, unit="人", actual_raw="52人", weight=10.0, score=10.0),
        ind("培训场次", "≥5场", op=">=", value=5.0, unit="场", actual_raw="4场", weight=10.0, score=8.0),
        ind("预算调整率", "3%", op="=", value=3.0, unit="%", actual_raw="0", weight=2.0, score=2.0),
        ind("满意度", "≥90分", op=">=", value=90.0, unit="分", actual_raw="良好", weight=10.0, score=10.0)]),
    "score_over_weight": view(scores=[score("实际完成率", 5.0, 5.0)],
                              indicators=[ind("完成数", "=10个", value=10.0, weight=10.0, score=9.5)]),
    "weights_not_100": view(score=95.0, scores=[score("甲", 40.0, 38.0), score("乙", 60.0, 57.0)]),
    "subtotal_mismatch": view(scores=[score(None, 20.0, 18.0, level1="投入", is_subtotal=True),
                                      score("甲", 10.0, 10.0, level1="投入"),
                                      score("乙", 10.0, 8.0, level1="投入")]),
    "grade_mismatch": view(score=90.0, grade="优"),
    # a 合计 equal to its lines; a 合计 equal to the budget its lines miss (budget_sum_mismatch's); a scoring 合计 equal
    # to the form's score (weights_not_100's)
    "total_row_mismatch": totalled(view(budget_year=1_200_000.0, score=95.0, budget_items=[
        line("甲", 800_000.0), line("乙", 150_000.0), line("丙", 200_000.0), line("丁", 10_000.0)],
        scores=[score("甲", 60.0, 58.0), score("乙", 40.0, 30.0)]),
        {"table": "budget_items", "values": {"amount": 1_150_000.0}, "rows": [1, 2, 3]},
        {"table": "budget_items", "values": {"amount": 1_200_000.0}, "rows": [1, 2, 3, 4]},
        {"table": "scores", "values": {"weight": 100.0, "score": 95.0}, "rows": [1, 2]}),
}


def test_every_rule_has_cases_and_docs():
    assert set(TRIGGER) == set(RULES) == set(CLEAN)
    for code, desc in RULES.items():
        assert C._CODE_RE.match(code)
        assert desc and "\n" not in desc
        doc = C._RULES[code].fn.__doc__
        assert doc and len(doc.split()) > 15, f"{code} needs a docstring (what, why, thresholds)"


@pytest.mark.parametrize("code", sorted(TRIGGER))
def test_rule_fires(code):
    found = run_rule(code, TRIGGER[code])
    assert found, code
    for f in found:
        assert f.code == code and f.project_id == PID and f.doc_id == DOC
        assert f.severity in C.SEVERITIES and f.message
        assert f.line is not None            # located at a row or at the project's first line


@pytest.mark.parametrize("code", sorted(CLEAN))
def test_rule_quiet(code):
    assert run_rule(code, CLEAN[code]) == []


@pytest.mark.parametrize("code", sorted(CLEAN))
def test_clean_views_give_no_finding_of_that_code_through_run_checks(code):
    v = CLEAN[code]
    tables = {"projects": [v.project], "indicators": v.indicators, "budget_items": v.budget_items,
              "scores": v.scores}
    warnings, _ = run_checks(tables)
    assert code not in {w["code"] for w in warnings}


# ---------------------------------------------------------------- rule details

def test_budget_sum_message_and_location():
    [f] = run_rule("budget_sum_mismatch", TRIGGER["budget_sum_mismatch"])
    assert f.message.startswith("budget lines sum to 110,000 元 but the annual budget (年度资金总额, budget_year) "
                                "is 100,000 元 (difference 10,000)")
    assert f.line == 201 and f.severity == "error"


def test_budget_sum_falls_back_to_total_and_skips_department_forms():
    v = view(budget_total=100.0, budget_items=[line("甲", 60.0), line("乙", 50.0)])
    [f] = run_rule("budget_sum_mismatch", v)
    assert "total (项目资金总额, budget_total) is 100 元" in f.message
    v.project["title"] = "部门（单位）整体支出绩效目标申报表"
    assert run_rule("budget_sum_mismatch", v) == []
    # a tolerance of half a yuan
    assert run_rule("budget_sum_mismatch",
                    view(budget_total=100.0, budget_items=[line("甲", 60.2), line("乙", 40.2)])) == []
    # no total, or no lines: nothing to compare
    assert run_rule("budget_sum_mismatch", view(budget_items=[line("甲", 60.0)])) == []
    assert run_rule("budget_sum_mismatch", view(budget_total=5.0)) == []


def test_fiscal_other_rules():
    [f] = run_rule("fiscal_other_mismatch", TRIGGER["fiscal_other_mismatch"])
    assert "70 元 + 其他资金 (budget_other) 20 元 = 90 元 but 项目资金总额 (budget_total) is 100 元 (difference -10)" in f.message
    # both parts zero: the split was left blank
    assert run_rule("fiscal_other_mismatch", view(budget_total=100.0, budget_fiscal=0.0, budget_other=0.0)) == []
    # a split of the annual budget
    assert run_rule("fiscal_other_mismatch", view(budget_total=300.0, budget_year=100.0,
                                                  budget_fiscal=80.0, budget_other=20.0)) == []
    # a third kind of funding line (单位自有资金) completes the split
    v = view(budget_total=100.0, budget_fiscal=70.0, budget_other=20.0,
             budget_items=[line("单位自有资金", 10.0, kind="source")])
    assert run_rule("fiscal_other_mismatch", v) == []
    # … but a source line that is a sub-line of the fiscal money is not counted twice
    v = view(budget_total=100.0, budget_fiscal=80.0, budget_other=20.0,
             budget_items=[line("市级预算资金", 80.0, kind="source")])
    assert run_rule("fiscal_other_mismatch", v) == []
    [m] = run_rule("fiscal_other_mismatch", view(budget_total=100.0, budget_fiscal=70.0, budget_other=20.0,
                                                 budget_items=[line("单位自有资金", 5.0, kind="source")]))
    assert "+ 单位自有资金 5 元 = 95 元 but 项目资金总额 (budget_total) is 100 元 (difference -5)" in m.message
    [g] = run_rule("fiscal_total_gap", TRIGGER["fiscal_total_gap"])
    assert "90 元 of a 项目资金总额 (budget_total) of 100 元" in g.message and "10 元 have no stated source" in g.message
    [h] = run_rule("fiscal_total_gap", view(budget_total=100.0, budget_fiscal=120.0))
    assert "exceeds 项目资金总额 (budget_total) 100 元 (by 20 元)" in h.message
    # fiscal_total_gap only when budget_other is blank
    assert run_rule("fiscal_total_gap", view(budget_total=100.0, budget_fiscal=90.0, budget_other=0.0)) == []


def test_spending_rules():
    [f] = run_rule("execution_rate_mismatch", TRIGGER["execution_rate_mismatch"])
    assert "执行率 (execution_rate) is 90.00% but spent 95 元 / 预算下达资金 (budget_issued) 100 元 = 95.00%" in f.message
    # budget_year when nothing issued is given
    [g] = run_rule("execution_rate_mismatch", view(budget_year=200.0, spent=190.0, execution_rate=0.9))
    assert "年度资金总额 (budget_year) 200 元 = 95.00%" in g.message
    assert run_rule("execution_rate_mismatch", view(budget_year=200.0, spent=190.0)) == []
    [h] = run_rule("spent_exceeds_budget", TRIGGER["spent_exceeds_budget"])
    assert h.message == "spent 110 元 exceeds 预算下达资金 (budget_issued) 100 元 (by 10)"
    [k] = run_rule("spent_exceeds_budget", view(budget_year=100.0, spent=150.5))
    assert "年度资金总额 (budget_year) 100 元 (by 50.50)" in k.message
    [p] = run_rule("prior_spent_exceeds_prior_budget", TRIGGER["prior_spent_exceeds_prior_budget"])
    assert p.message == "上年执行数 (prior_spent) 110 元 exceeds 上年预算数 (prior_budget) 100 元 (by 10)"
    [a] = run_rule("annual_exceeds_total", TRIGGER["annual_exceeds_total"])
    assert a.message == "年度资金总额 (budget_year) 120 元 exceeds 项目资金总额 (budget_total) 100 元 (by 20)"


def test_composition_text_units_and_location():
    [f] = run_rule("composition_text_mismatch", TRIGGER["composition_text_mismatch"])
    assert f.message == ("乙项目: the 项目构成 text says 20,000 元 ('乙项目 2万元') but the breakdown "
                         "line says 25,000 元 (difference 5,000)")
    assert f.line == 202
    # a bare number in a 万元 form: 3 in the text is 30,000 元 in the table
    v = view(composition="甲项目3、乙项目4.5", budget_items=[line("甲项目", 30_000.0), line("乙项目", 45_000.0)])
    assert run_rule("composition_text_mismatch", v) == []
    # a name that is not followed by a number is not compared; a later occurrence is
    v = view(composition="甲项目包括调研；甲项目 12000", budget_items=[line("甲项目", 10_000.0)])
    [g] = run_rule("composition_text_mismatch", v)
    assert "says 12,000 元" in g.message
    # no composition text
    assert run_rule("composition_text_mismatch", view(budget_items=[line("甲项目", 1.0)])) == []


def test_level_rules_need_indicators():
    assert run_rule("no_output_indicator", view()) == []
    assert run_rule("no_satisfaction_indicator", view()) == []
    [f] = run_rule("no_satisfaction_indicator", TRIGGER["no_satisfaction_indicator"])
    assert f.message == "none of the 1 indicators is a satisfaction (满意度) indicator"


def test_rate_over_100_range():
    v = view(indicators=[ind("覆盖率", "90-110%", op="range", value=90.0, value_max=110.0, unit="%")])
    [f] = run_rule("rate_target_over_100", v)
    assert "覆盖率: target '90-110%' is above 100%" in f.message


def test_duplicate_indicator_message():
    [f] = run_rule("duplicate_indicator", TRIGGER["duplicate_indicator"])
    assert f.line == 102 and "repeats the one at line 101" in f.message and "different target" in f.message


def test_timeliness_by_name():
    # a 及时性 indicator filed under 数量 (samples/000) is a timeliness indicator too
    v = view(indicators=[ind("素质教育完成及时性", "及时", level2="数量")])
    [f] = run_rule("timeliness_without_deadline", v)
    assert f.line == 101 and "target '及时' gives no deadline or number" in f.message
    # a missing target is the parser's target_missing warning, not this rule's
    assert run_rule("timeliness_without_deadline",
                    view(indicators=[ind("完成及时率", None, level2="时效指标")])) == []


@pytest.mark.parametrize("target", ["提升", "有效", "提高", "增强", "完善", "健全", "良好", "明显", "促进",
                                    "改善", "稳步提高", "明显提升", "持续增强", "较上年度提升", "基本完善",
                                    "建立及完善", "逐年提升", "较上年增长"])
def test_vague_words(target):
    assert C.vague_kind(ind("某指标", target)) == "word"


@pytest.mark.parametrize("target", ["≥90%", "较上年增长10%", "2022年12月底前", "及时", "通过",
                                    "位于各政府热线前列", "满足2年内用户增长需求", None])
def test_not_vague(target):
    row = ind("某指标", target)
    if target and target[0] in "≥":
        row.update(value=90.0, unit="%", target_text=None)
    assert C.vague_kind(row) is None


def test_vague_echo_of_the_name():
    row = ind("发挥党员模范带头作用", "发挥")
    assert C.vague_kind(row) == "echo"
    [f] = run_rule("vague_target", view(indicators=[row]))
    assert "only repeats a word of the indicator's name" in f.message and f.severity == "info"


def test_score_rules_messages():
    v = view(scores=[score("实际完成率", 5.0, 6.0)],
             indicators=[ind("完成数", "=10个", value=10.0, weight=10.0, score=11.0)])
    msgs = [f.message for f in run_rule("score_over_weight", v)]
    assert msgs == ["scoring table 实际完成率: score 6 exceeds its weight 5",
                    "indicator 完成数: score 11 exceeds its weight 10"]
    [w] = run_rule("weights_not_100", TRIGGER["weights_not_100"])
    assert w.message.startswith("the weights add up to 90, not 100") and w.line == 301
    v = view(score=95.0, scores=[score("甲", 40.0, 38.0), score("乙", 60.0, 55.0)])
    [s] = run_rule("weights_not_100", v)
    assert s.message.startswith("the scores add up to 93 but the total score is 95 (difference -2)")
    # central 自评表: 90 points in the indicators, 10 in the 预算执行率 row
    v = view(score=97.5, scores=[score("预算执行率", 10.0, 9.5)],
             indicators=[ind("甲", "=1个", value=1.0, weight=50.0, score=49.0),
                         ind("乙", "=1个", value=1.0, weight=40.0, score=39.0)])
    assert run_rule("weights_not_100", v) == []
    # scores left blank on rows with points (a 新疆 自评表, hunt B): the total may lie up to their points above the
    # sum (55 + 40); a total beyond is still a mismatch
    def blank(total):
        return view(score=total, scores=[score("预算执行率", 10.0, 10.0)],
                    indicators=[ind("甲", "=1个", value=1.0, weight=50.0, score=45.0),
                                ind("乙", "=1个", value=1.0, weight=40.0, score=None)])
    assert run_rule("weights_not_100", blank(90.0)) == []
    [s] = run_rule("weights_not_100", blank(98.0))
    assert s.message.startswith("the scores add up to 55 but the total score is 98")
    # only subtotals: they carry the points
    v = view(score=94.0, scores=[score(None, 60.0, 56.0, level1="产出", is_subtotal=True),
                                 score(None, 40.0, 38.0, level1="效益", is_subtotal=True)])
    assert run_rule("weights_not_100", v) == []
    [t] = run_rule("subtotal_mismatch", TRIGGER["subtotal_mismatch"])
    assert t.message == "投入: the 2 rows' scores add up to 18 but the subtotal says 19" and t.line == 301


@pytest.mark.parametrize("sc,grade,want", [
    (90.0, "优", None), (89.99, "良", None), (80.0, "良", None), (79.5, "中", None), (60.0, "中", None),
    (59.9, "差", None), (96.95, "优秀", None), (85.0, "良好", None), (70.0, "合格", None),
    (85.0, "优", "良"), (91.0, "良", "优"), (59.0, "中", "差"), (75.0, "较差", "中")])
def test_grade_bands(sc, grade, want):
    found = run_rule("grade_mismatch", view(score=sc, grade=grade))
    if want is None:
        assert found == []
    else:
        [f] = found
        assert f"score {C.fmt_points(sc)} earns {want}" in f.message


def test_formatting():
    assert C.fmt_amount(568000.0) == "568,000" and C.fmt_amount(5904.6) == "5,904.60"
    assert C.fmt_amount(-12000.0) == "-12,000"
    assert C.fmt_points(19.95) == "19.95" and C.fmt_points(20.0) == "20"
    assert C.fmt_pct(0.9841) == "98.41%"


# ---------------------------------------------------------------- engine

def _tables(*views):
    t = {"projects": [], "indicators": [], "budget_items": [], "scores": []}
    for v in views:
        t["projects"].append(v.project)
        t["indicators"] += v.indicators
        t["budget_items"] += v.budget_items
        t["scores"] += v.scores
    return t


def test_run_checks_shapes_and_summary():
    v = TRIGGER["budget_sum_mismatch"]
    warnings, summary = run_checks(_tables(v))
    assert [w["code"] for w in warnings] == ["budget_sum_mismatch"]
    assert all(list(w) == columns("warnings") for w in warnings)
    assert summary == [{"project_id": PID, "doc_id": DOC, "n_findings": 1,
                        "codes": ["budget_sum_mismatch"], "target_quality": None,
                        "vague_targets": 0, "n_indicators": 0, "page": None, "line": 1}]


def test_summary_counts_targets():
    v = view(indicators=[ind("甲", "≥90%", value=90.0, unit="%"), ind("乙", "提升"), ind("丙", "健全"),
                         ind("丁", "2022年12月底前"), ind("满意度", "≥90%", level1_std="satisfaction",
                                                       value=90.0, unit="%")])
    _, [s] = run_checks(_tables(v))
    assert s["n_indicators"] == 5 and s["vague_targets"] == 2
    assert s["target_quality"] == pytest.approx(3 / 5)
    assert s["codes"] == ["vague_target"] and s["n_findings"] == 2


def test_disable_rules():
    t = _tables(TRIGGER["budget_sum_mismatch"])
    t["projects"][0].update(score=85.0, grade="优")
    warnings, summary = run_checks(t)
    assert {w["code"] for w in warnings} == {"budget_sum_mismatch", "grade_mismatch"}
    warnings, summary = run_checks(t, disabled={"budget_sum_mismatch"})
    assert [w["code"] for w in warnings] == ["grade_mismatch"]
    assert summary[0]["codes"] == ["grade_mismatch"] and summary[0]["n_findings"] == 1
    warnings, _ = run_checks(t, disabled=set(RULES))
    assert warnings == []


def test_unknown_code_raises_with_known_codes():
    with pytest.raises(ValueError) as e:
        run_checks(_tables(view()), disabled={"budget_sum_mismatch", "no_such_rule"})
    msg = str(e.value)
    assert "no_such_rule" in msg
    assert all(code in msg for code in RULES)


def test_register_rejects_bad_codes():
    with pytest.raises(ValueError):
        C.rule("Bad-Code", "x")
    with pytest.raises(ValueError):
        C.rule("budget_sum_mismatch", "again")(lambda v: iter(()))
    assert "budget_sum_mismatch" in C.describe_rules()


def test_rows_of_other_projects_and_missing_tables():
    a = TRIGGER["no_satisfaction_indicator"]
    b = ProjectView({"project_id": "other-1", "doc_id": DOC, "line": 1})
    t = _tables(a, b)
    t["indicators"].append({"project_id": "nowhere-9", "level3": "孤儿", "level1_std": "output"})
    del t["scores"]
    warnings, summary = run_checks(t)
    assert [w["project_id"] for w in warnings] == [PID]
    assert [s["project_id"] for s in summary] == [PID, "other-1"]
    assert summary[1]["n_findings"] == 0 and summary[1]["target_quality"] is None


# ---------------------------------------------------------------- the five samples

@pytest.fixture(scope="module")
def sample_checks():
    out = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        tables = process_file(path).tables
        out[path.name[:3]] = (tables, *run_checks(tables))
    return out


def _by(warnings, code):
    return [w for w in warnings if w["code"] == code]


def test_sample_000_budget_does_not_add_up(sample_checks):
    tables, warnings, _ = sample_checks["000"]
    [w] = _by(warnings, "budget_sum_mismatch")
    assert w["message"].startswith("budget lines sum to 568,000 元 but the annual budget (年度资金总额, budget_year) "
                                   "is 556,000 元 (difference 12,000)")
    assert w["line"] == 46 and w["project_id"] == "e60e782385e3e15b-1"
    assert w["doc_id"] == tables["projects"][0]["doc_id"]


def test_sample_000_composition_text_vs_table(sample_checks):
    _, warnings, _ = sample_checks["000"]
    got = [(w["line"], w["message"]) for w in _by(warnings, "composition_text_mismatch")]
    assert got == [
        (53, "质量教育课程探究: the 项目构成 text says 40,000 元 ('质量教育课程探究40000') but the "
             "breakdown line says 42,000 元 (difference 2,000)"),
        (54, "质量沙龙: the 项目构成 text says 30,000 元 ('质量沙龙30000') but the breakdown line "
             "says 32,000 元 (difference 2,000)"),
        (55, "质量夏令营: the 项目构成 text says 50,000 元 ('质量夏令营 50000') but the breakdown "
             "line says 58,000 元 (difference 8,000)"),
    ]
    # the three differences are the whole 12,000 of the budget mismatch
    assert 2000 + 2000 + 8000 == 568000 - 556000


def test_sample_000_indicators(sample_checks):
    _, warnings, [summary] = sample_checks["000"]
    [d] = _by(warnings, "duplicate_indicator")       # two cells cut short to the same text
    assert d["line"] == 44 and "'成员单位、街'" in d["message"] and "line 43" in d["message"]
    [t] = _by(warnings, "timeliness_without_deadline")
    assert t["line"] == 38 and "target '及时'" in t["message"]
    assert [w["line"] for w in _by(warnings, "vague_target")] == [41, 42]     # 增强, 提升
    assert summary["n_indicators"] == 7 and summary["vague_targets"] == 2
    assert summary["target_quality"] == pytest.approx(3 / 7)
    assert summary["codes"] == ["budget_sum_mismatch", "composition_text_mismatch",
                                "duplicate_indicator", "timeliness_without_deadline", "vague_target"]
    assert summary["n_findings"] == 8


def test_sample_001_findings(sample_checks):
    _, warnings, summary = sample_checks["001"]
    pid = summary[0]["project_id"][:-2]
    [d] = _by(warnings, "duplicate_indicator")      # 质量目标 and 社会效益目标 both 发明专利申请增长率 ≥2%
    assert (d["project_id"], d["line"]) == (pid + "-1", 40)
    assert "'发明专利申请增长率'" in d["message"] and "line 38" in d["message"] and "same target" in d["message"]
    got = [(w["project_id"][-2:], w["line"]) for w in _by(warnings, "timeliness_without_deadline")]
    assert got == [("-2", 83), ("-4", 171), ("-4", 182), ("-4", 183), ("-5", 226)]
    # the money of every form adds up (budget lines, prior-year execution below the prior budget)
    assert not _by(warnings, "budget_sum_mismatch") and not _by(warnings, "prior_spent_exceeds_prior_budget")


def test_sample_003_findings(sample_checks):
    _, warnings, summary = sample_checks["003"]
    [g] = _by(warnings, "fiscal_total_gap")         # 人大代表书面意见管理系统: 财政资金 874,800 of 909,800
    assert g["project_id"].endswith("-5") and g["line"] == 124
    assert g["message"] == ("财政资金 (budget_fiscal) is 874,800 元 of a 项目资金总额 (budget_total) of 909,800 元 and "
                            "其他资金 (budget_other) is blank: 35,000 元 have no stated source")
    [t] = _by(warnings, "timeliness_without_deadline")     # 因公出国境: 人员回国及时率 及时
    assert t["project_id"].endswith("-8") and t["line"] == 234
    assert len(summary) == 11 and sum(s["vague_targets"] for s in summary) == 46


def test_sample_004_findings(sample_checks):
    _, warnings, [summary] = sample_checks["004"]
    got = [(w["line"], w["message"]) for w in _by(warnings, "duplicate_indicator")]
    assert [g[0] for g in got] == [46, 50]
    assert "'市场认可、扩大影响'" in got[0][1] and "line 43" in got[0][1] and "same target" in got[0][1]
    assert "'品牌创新成果'" in got[1][1] and "line 45" in got[1][1] and "different target" in got[1][1]
    # the scoring table is consistent: weights 100, scores 96.95 = 综合得分, subtotals, grade 优
    for code in ("weights_not_100", "subtotal_mismatch", "score_over_weight", "grade_mismatch",
                 "spent_exceeds_budget", "execution_rate_mismatch"):
        assert not _by(warnings, code), code
    assert summary["vague_targets"] == 10 and summary["n_indicators"] == 32
    assert summary["target_quality"] == pytest.approx(11 / 32)


def test_sample_002_has_no_projects(sample_checks):
    _, warnings, summary = sample_checks["002"]
    assert warnings == [] and summary == []


def test_samples_all_findings(sample_checks):
    """Every finding on the samples except vague_target (listed per rule above): a regression guard."""
    got = sorted((k, w["project_id"].rsplit("-", 1)[1], w["code"], w["line"])
                 for k, (_, warnings, _) in sample_checks.items() for w in warnings
                 if w["code"] != "vague_target")
    assert got == sorted([
        ("000", "1", "budget_sum_mismatch", 46),
        ("000", "1", "composition_text_mismatch", 53),
        ("000", "1", "composition_text_mismatch", 54),
        ("000", "1", "composition_text_mismatch", 55),
        ("000", "1", "duplicate_indicator", 44),
        ("000", "1", "timeliness_without_deadline", 38),
        ("001", "1", "duplicate_indicator", 40),
        ("001", "2", "timeliness_without_deadline", 83),
        ("001", "4", "timeliness_without_deadline", 171),
        ("001", "4", "timeliness_without_deadline", 182),
        ("001", "4", "timeliness_without_deadline", 183),
        ("001", "5", "timeliness_without_deadline", 226),
        ("003", "5", "fiscal_total_gap", 124),
        ("003", "8", "timeliness_without_deadline", 234),
        ("004", "1", "duplicate_indicator", 46),
        ("004", "1", "duplicate_indicator", 50),
    ])


def test_disabling_on_a_sample(sample_checks):
    tables, warnings, _ = sample_checks["000"]
    off, summary = run_checks(tables, disabled={"composition_text_mismatch", "vague_target"})
    assert {w["code"] for w in off} == {"budget_sum_mismatch", "duplicate_indicator",
                                        "timeliness_without_deadline"}
    assert len(off) == len(warnings) - 5
    assert summary[0]["vague_targets"] == 2      # the count is a metric, kept when the rule is off


def test_level_rules_on_a_table_without_levels():
    """A table of names and targets only (名称 | 指标值: tests/fixtures/html_quirks/two_forms_two_tables.html, a PPP
    form): no output finding (nothing says which are outputs), no satisfaction finding when an indicator is named
    so (周边群众满意度 was flagged "none of the 7 indicators is a satisfaction indicator"); one is still given when no
    name is one of satisfaction."""
    bare = dict(level1_std=None, level2=None)
    v = view(indicators=[ind("年污水处理量", "≥1460万吨", **bare), ind("周边群众满意度", "≥85%", **bare)])
    assert run_rule("no_output_indicator", v) == [] and run_rule("no_satisfaction_indicator", v) == []
    v = view(indicators=[ind("年污水处理量", "≥1460万吨", **bare)])
    assert [f.code for f in run_rule("no_satisfaction_indicator", v)] == ["no_satisfaction_indicator"]
    # a levelled table still needs its output and satisfaction indicators (服务对象满意度 filed under 效益 counts)
    v = view(indicators=[ind("服务对象满意度", "≥90%", level1_std="outcome", level2="社会效益指标")])
    assert run_rule("no_satisfaction_indicator", v) == []
    assert [f.code for f in run_rule("no_output_indicator", v)] == ["no_output_indicator"]
    t = process_file(Path(__file__).parent / "fixtures" / "html_quirks" / "two_forms_two_tables.html").tables
    ppp = next(p["project_id"] for p in t["projects"] if "PPP" in (p["name"] or ""))
    assert not [w for w in t["warnings"] if w["project_id"] == ppp
                and w["code"] in ("no_output_indicator", "no_satisfaction_indicator")]
    assert [i["level1_std"] for i in t["indicators"] if i["project_id"] == ppp][-1] == "satisfaction"


def test_deadline_out_of_period_cases():
    """Hunt BD's 8: a deadline in another year than the form's: before the year (and the start), after the end."""
    stale = view(year=2024, indicators=[ind("完工时间", "2023年底前", level2="时效指标"),
                                        ind("验收时间", "2023-12-31前", level2="时效指标")])
    fs = run_rule("deadline_out_of_period", stale)
    assert [f.line for f in fs] == [101, 102]
    assert fs[0].message == ("完工时间: target '2023年底前' sets a deadline in 2023-12, before the form's year 2024: "
                             "copied from another year's form?")
    late = view(year=2024, end_date="2024-12-31", indicators=[ind("完工时间", "2025年6月底前完成", level2="时效指标")])
    [f] = run_rule("deadline_out_of_period", late)
    assert "after the project's end date 2024-12-31" in f.message
    # no year on the form, no dates: nothing to compare; a later deadline without an end date is a long-term one
    assert not run_rule("deadline_out_of_period", view(indicators=[ind("完工时间", "2020年底前")]))
    assert not run_rule("deadline_out_of_period", view(year=2024, indicators=[ind("完工时间", "2026年底前")]))
    assert not run_rule("deadline_out_of_period", view(year=2024, indicators=[ind("增长", "比2023年末提高5%")]))
    # (the review's false alarms) a year that is a base or a past fact, a rate's name: no deadline
    for t in ("保持2022年末水平", "在2022年底基础上提高5%", "改造2000年底前建成小区12个", "截至2022年底累计完成80%",
              "2022年完成率≥90%"):
        assert not run_rule("deadline_out_of_period", view(year=2023, indicators=[ind("指标", t)])), t
    # several deadlines in one target: one finding
    two = view(year=2024, indicators=[ind("进度", "2023年6月底前开工，2023年12月底前完工", level2="时效指标")])
    assert len(run_rule("deadline_out_of_period", two)) == 1
