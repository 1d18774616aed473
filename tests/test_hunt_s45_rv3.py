"""Review s45 rv3: the edges of the rules merged this session (hunts tq4, mq3, fq3, ng2, sp). Each expected reading was
written by hand before running jixiao; what main (b6e17623) gave is said beside each."""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes


# ---------------------------------------------------------------- mq3's amount_bound: its obvious siblings

@pytest.mark.parametrize("raw", ["≤50万元", "50万元及以下", "最高不超过50万元", "50万元以下（含）", "<50万元", "不低于50万元",
                                 "50万元以上", "50-80万元", "上限为50万元"])
def test_amount_bound_siblings(raw):
    # a money cell written as a bound (or bounds) is no amount: amount_bound gives the (lower) bound; main's own regex
    # knew only `以内 / 以下 / 之内` after and `不超过 …` before, none of these (main: None)
    from normalize.amounts import amount_bound, parse_amount
    assert parse_amount(raw, "万元") is None
    assert amount_bound(raw, "万元") == 500_000.0


@pytest.mark.parametrize("raw", ["50万元以内", "不超过五十万元", "五十万元以内", "控制在50万元以内"])
def test_amount_bound_right_on_main(raw):
    # guard: read by main's regex already (the comparison now split_target's, the one reader of bounds)
    from normalize.amounts import amount_bound
    assert amount_bound(raw, "万元") == 500_000.0


@pytest.mark.parametrize("raw", ["50万元", "约50万元", "≤5%", "2024年底前", "100", "最高分"])
def test_amount_bound_guards(raw):
    # an amount, a share, a date, a bare figure, a word: no bound (right on main too)
    from normalize.amounts import amount_bound
    assert amount_bound(raw, "万元") is None


def test_money_bounds_kept_as_written(read):
    # `项目资金总额 | ≤50万元`, `其中：财政资金 | 最高不超过45万元`: bounds, no amounts — the fields null, each cell kept as
    # written under its label, as `50万元以内` is (main: both lost without a word, no other_fields, no warning)
    p = only_project(read("ct_s45_rv3_money_bounds.txt"))
    assert (p["budget_total"], p["budget_fiscal"]) == (None, None)
    assert other_fields(p) == {"项目资金总额": "≤50万元", "财政资金": "最高不超过45万元"}


# ---------------------------------------------------------------- fq3's conditional number formats: a negative's sign

@pytest.mark.parametrize("fmt,v,want", [
    ("[红色][<0]-0.00;0.00", -20, "-20"),          # main: `--20`
    ("[Red][>0]0.00;[Blue]-0.00", -3, "-3"),         # main: `--3`
    ("[>=0]0;(0)", -4, "-4"),                        # main: `-(4)`
    ("[红色][<0]-#,##0.00;#,##0.00", -1234.5, "-1,234.50"),   # main: `--1,234.50`
    ("[红色][<0]-0.00;0.00", 20, "20"),              # guard
    ('[>0]"+"0.00;[<0]-0.00;0', 5, "+5"),            # guard
    ('[<0]"减少";[>0]"增加";"持平"', -1, "减少"),     # guard: words
    ('[=1]"是";[=0]"否"', 2, None),                  # guard: no section shows 2, written as stored
])
def test_conditional_format_negative(fmt, v, want):
    # a number's format of conditions whose section for a negative writes its own minus or brackets: one `-`, as the
    # formats of no condition are written (`#,##0;(#,##0)` -> -1,234)
    from extract.office import _render_number
    assert _render_number(v, fmt) == want


def test_adjustment_cut_in_conditional_format(read):
    # an .xlsx 调整申报表 whose 调整金额 -20 is shown by `[红色][<0]-0.00;0.00`: the change read as -20 (main: `--20`,
    # which parse_adjustment cannot read: budget_adjustment_mismatch could not check 100 + change = 80)
    r = read("ct_s45_rv3_adjust_cut_format.xlsx")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1_000_000.0, 800_000.0)
    assert other_fields(p) == {"调整金额（万元）": "-20"}
    from normalize.amounts import parse_adjustment
    assert parse_adjustment(other_fields(p)["调整金额（万元）"], "万元") is not None


# ---------------------------------------------------------------- tq4's targets: siblings of the new spellings

TARGETS = [
    # a half year bounded, as `半个月以上` and (tq4) `半年内` read (main: text, or `>=` of no value with the text 半年)
    ("半年以上", (">=", 0.5, None, "年", None, None)),
    ("不少于半年", (">=", 0.5, None, "年", None, None)),
    ("≥半年", (">=", 0.5, None, "年", None, None)),
    ("半年（含）以内", ("<=", 0.5, None, "年", "含", None)),
    ("半年内", ("<=", 0.5, None, "年", None, None)),                            # guard (tq4)
    ("半年", (None, None, None, None, None, "半年")),                           # guard: a period of its own, text
    ("上半年以上", (None, None, None, None, None, "上半年以上")),               # guard: the first half of a year
    ("半年一次", ("=", 1.0, None, "次/半年", None, None)),                       # guard
    # a letter grade with 以上 or a count before it, as `A级（≥90分）` and `良好以上（≥80分）` read (main: text)
    ("A级以上（≥90分）", (">=", 90.0, None, "分", "A级以上", None)),
    ("3A级（≥90分）", (">=", 90.0, None, "分", "3A级", None)),
    ("AAA级及以上（≥90分）", (">=", 90.0, None, "分", "AAA级及以上", None)),
    # an aim after a figure that has words of its own, as `≥95%，力争100%` reads (main: text; after a name the aim
    # was dropped, `满意度≥90%，力争95%` qualifier 满意度 — so was any clause, `满意度≥90%，且不低于上年`)
    ("提升至95%，力争100%", ("=", 95.0, None, "%", "提升至；力争100%", None)),
    ("提高2个百分点，力争3个百分点", ("=", 2.0, None, "个百分点", "提高；力争3个百分点", None)),
    ("合格（≥60分），力争优良", (">=", 60.0, None, "分", "合格；力争优良", None)),
    ("满意度≥90%，力争95%", (">=", 90.0, None, "%", "满意度；力争95%", None)),
    ("较上年增长10%，力争15%", ("=", 10.0, None, "%", "较上年增长；力争15%", None)),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("≥95%，力争100%", (">=", 95.0, None, "%", "力争100%", None)),               # guard (tq4)
]


@pytest.mark.parametrize("raw,want", TARGETS)
def test_target_siblings(raw, want):
    from normalize.targets import split_target
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit, t.qualifier, t.target_text) == want


def test_target_siblings_form(read):
    # a 绩效目标表 of these spellings (main: 6 of 8 wrong — 半年以上 and A级以上 / 3A级 / 合格…力争 / 提升至…力争 text,
    # 不少于半年 `>=` of no value, 满意度≥90%，力争95% without its aim)
    r = read("ct_s45_rv3_target_siblings.txt")
    only_project(r)
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"]) for i in r.tables["indicators"]]
    assert got == [
        ("培训后稳定就业时长", ">=", 0.5, "年", None, None),
        ("实训设备连续使用时长", ">=", 0.5, "年", None, None),
        ("培训机构服务评价等级", ">=", 90.0, "分", "A级以上", None),
        ("实训基地星级评定", ">=", 90.0, "分", "3A级", None),
        ("结业考核成绩", ">=", 60.0, "分", "合格；力争优良", None),
        ("培训证书发放时限", "<=", 0.5, "年", "完成", None),
        ("培训后稳定就业率", "=", 95.0, "%", "提升至；力争100%", None),
        ("参训人员满意度", ">=", 90.0, "%", "满意度；力争95%", None),
    ]


# ---------------------------------------------------------------- fq3's ☑ / ☐ core flags: the other marks of a tick

def test_core_flags_of_every_tick_mark(read):
    # a 是否核心指标 column of the marks the option fields read as ticked or not (parsers.labels TICK_MARKS / BOX_MARKS):
    # `■`, `□`, `☒`, `✔`, and boxed options `☑是 ☐否`, `□是 ■否` (main: core False on all six — only √ and ☑, the
    # flags hunt fq3 added, were a yes; a cell of options none)
    r = read("ct_s45_rv3_core_marks.txt")
    only_project(r)
    assert [(i["level3"], i["core"]) for i in r.tables["indicators"]] == [
        ("日常养护里程", True), ("优良中等路率", False), ("养护任务完成时间", True), ("群众出行条件改善", True),
        ("沿线群众满意度", True), ("驾乘人员满意度", False)]
