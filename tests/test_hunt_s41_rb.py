"""Review rb (session 41): the session's merged target and assessment rules (hunt tg: split_by_year's unit, dates and
fractions per year, a year row repeating its unit, reason-first deductions with a figure; checks on the chosen year)
on forms other than their own fixtures. Expectations written by hand from the forms before running jixiao; what main
(62eb8ae2) gave is said by each, and what the session's start gave where it differs."""
from __future__ import annotations

import pytest

from normalize.targets import split_by_year
from parsers.tables import _reason_score
from tests.hunt_tools import only_project, warning_codes


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"], i["note"], i["target_year"])
            for i in r.tables["indicators"]}


def _scores(r) -> list[tuple]:
    return [(a["item_no"], a["section"], a["points"], a["score"], a["score_note"]) for a in r.tables["assessment_items"]]


def _unplaced(r) -> str:
    return "".join(w["message"] for w in r.tables["warnings"] if w["code"] == "unplaced_cell")


# ---------------------------------------------------------------- reason-first deductions: conditions stay rules
def test_reason_conditions_text_dump(read):
    r = read("ct_s41_rb_assess_conditions.txt")
    # main: items 3-6 scored 8 / 9 / 8 / 9 with the condition as the note (小于, ＜, 不满, 大于 were no rule words);
    # the session's start left 2-7 all unread. 漏报1项 / 晚公开4天 are facts: scored (both right on main)
    assert _scores(r) == [
        (1, "目标管理", 20.0, 20.0, None),
        (2, "运行监控", 15.0, 14.0, "漏报1项"),
        (3, "绩效评价", 10.0, None, None),
        (4, "绩效评价", 10.0, None, None),
        (5, "结果应用", 10.0, None, None),
        (6, "结果应用", 10.0, None, None),
        (7, "信息公开", 15.0, 14.0, "晚公开4天"),
        (8, "基础工作", 10.0, 10.0, None),
    ]
    msg = _unplaced(r)
    for cell in ("3：满意度小于90%扣2分", "4：覆盖率＜90%扣1分", "5：报送不满3次扣2分", "6：大于5个工作日反馈扣1分"):
        assert cell in msg
    assert "漏报" not in msg and "晚公开" not in msg


def test_reason_scores_excel(read):
    r = read("ct_s41_rb_assess_scores.xlsx")
    # main: items 5 (`5个工作日内未报送扣3分`) and 6 (`满意度不够90%扣3分`) scored 12 each, the condition as the note
    # (`内` after a span of days and 不够 were no rule words); the start left 3-6 unread
    assert _scores(r) == [
        (1, "资金管理", 25.0, 25.0, None),
        (2, "资金管理", 15.0, 15.0, None),
        (3, "项目管理", 20.0, 16.0, "推迟开工2个月"),
        (4, "项目管理", 10.0, 8.0, "缺少2份资料"),
        (5, "绩效管理", 15.0, None, None),
        (6, "绩效管理", 15.0, None, None),
    ]
    msg = _unplaced(r)
    assert "5：5个工作日内未报送扣3分" in msg and "6：满意度不够90%扣3分" in msg and "推迟" not in msg


@pytest.mark.parametrize("text, reason", [
    ("少公开2项扣4分", "少公开2项"), ("漏报1项扣1分", "漏报1项"), ("推迟开工2个月扣4分", "推迟开工2个月"),
    ("2024年度未完成扣2分", "2024年度未完成"), ("未按时报送扣1分", "未按时报送"),
    ("群众不满意2次扣2分", "群众不满意2次"),          # 不满意 is a fact (不满 before a figure a condition)
])
def test_reason_facts_read(text, reason):
    m = _reason_score(text)
    assert m is not None and m.group(1) == reason


@pytest.mark.parametrize("text", [
    "满意度小于90%扣2分", "完成率<90%扣1分", "完成率≤90%扣1分", "大于3天扣1分", "不满3次扣2分", "3天内未报送扣1分",
    "5个工作日内未报送扣3分", "满意度不够90%扣3分", "超出预算5%扣2分", "少于3次扣2分", "每少1次扣2分",
])
def test_reason_conditions_unread(text):
    # main: all but the last two read as a score (the reason the condition)
    assert _reason_score(text) is None


# ---------------------------------------------------------------- two years in one cell
def test_year_units_text_dump(read):
    r = read("ct_s41_rb_year_units.txt")
    got = _ind(r)
    # main: (">=", None, None, "2024年", "90无", "2025年：≥95无", 2024): the placeholder 无 glued to each figure
    # (the start: one text `2024年:≥90;2025年:≥95无`, no year chosen)
    assert got["群众满意度"] == (">=", 90.0, None, "2024年", None, "2025年：≥95", 2024)
    assert got["带动就业"] == (">=", 50.0, None, "2024年", None, "2025年：≥60", 2024)        # `—`: no unit
    assert got["培训农民"] == (">=", 300.0, None, "2024年", None, "2025年：≥200", 2024)      # `/`: no unit
    # right on main (the start gave 2024's figure no unit, or the whole cell as text)
    assert got["新建机耕道"] == (">=", 5.0, "公里", "2024年", None, "2025年：≥3公里", 2024)
    assert got["购置设备"] == (">=", 10.0, "台(套)", "2024年", None, "2025年：≥5台(套)", 2024)
    assert got["资金到位率"] == ("=", 100.0, "%", "2024年", None, "2025年：100%", 2024)
    assert got["工程完工时间"] == (None, None, None, "2024年", "2024年内", "2025年内", 2024)
    assert got["补助标准"] == (">=", 1200.0, "元/人", "2024年", None, "2025年：≥1300元/人", 2024)
    # a baseline year before the form's: the goal the target, the baseline in the note with the cell's unit
    assert got["受益户数"] == (">=", 150.0, "户", "2024年", None, "2023年：120户", 2024)


def test_year_rows_and_deadlines_2025(read):
    r = read("ct_s41_rb_year_rows_deadlines.txt")
    got = _ind(r)
    # main and start: one text `2024年(≥95%);2025年(100%)`, no year chosen (a year's target in brackets after it)
    assert got["工程验收合格率"] == ("=", 100.0, "%", "2025年", None, "2024年：≥95%", 2025)
    # right on main (the start: 2025's row an indicator of no name, `unparsed_row`)
    assert got["改造背街小巷"] == (">=", 15.0, "条", "2025年", None, "2024年：≥20条", 2025)
    assert got["完工时间"] == (None, None, None, "2025年", "2025年10月底前", "2024年12月底前", 2025)
    assert got["竣工验收时间"] == (None, None, None, "2025年", "2025年底前", "2026年6月底前", 2025)
    assert got["铺设雨污管网"] == (">=", 3.0, "公里", None, None, None, None)
    # the chosen year's target is checked (the start warned 完工时间's 2024 deadline); a one-year 2024 deadline in a
    # 2025 form still is warned
    dl = [w["message"] for w in r.tables["warnings"] if w["code"] == "deadline_out_of_period"]
    assert len(dl) == 1 and dl[0].startswith("开工时间")
    # a 2025 row in another unit (万户 under 万人) is no repeat of the cell: not joined, warned (both trees)
    assert "unparsed_row" in warning_codes(r)


def test_year_targets_word(read):
    r = read("ct_s41_rb_year_targets.docx")
    got = _ind(r)
    # main right; the start: 5000 with no unit, and `2024年3月;2025年3月` one text
    assert got["新增造林面积"] == (">=", 5000.0, "亩", "2024年", None, "2025年：≥3000亩", 2024)
    assert got["苗木栽植时间"] == (None, None, None, "2024年", "2024年3月", "2025年3月", 2024)
    assert got["苗木成活率"] == (">=", 85.0, "%", "2024年", None, "2025年：≥90%", 2024)
    assert got["森林覆盖率"] == (">=", 33.0, "%", "2025年", None, "2023年：32.5%", 2025)
    assert got["林农满意度"] == (">=", 90.0, "%", None, None, None, None)


def test_selfeval_unit_written_once(read):
    r = read("ct_s41_rb_selfeval_years.txt")
    got = _ind(r)
    # main and start: 40 and 15 with no unit (the unit written once, after the last year's figure)
    assert got["改造农村公路"] == (">=", 40.0, "公里", "2024年", None, "2025年：≥30公里", 2024)
    assert got["通行条件改善村"] == (">=", 15.0, "个", "2024年", None, "2025年：≥10个", 2024)
    # main (the start gave `11月底前`, its year only in the qualifier)
    assert got["完工时间"] == (None, None, None, "2024年", "2024年11月底前", "2025年10月底前", 2024)
    assert got["验收合格率"] == (">=", 98.0, "%", "2024年", None, "2025年：100%", 2024)


def test_units_footnote_control(read):
    # a control of the speed step's unit rows (`单位：元` over the money table, a 注 naming the unit): both trees
    r = read("ct_s41_rb_units_footnote.txt")
    p = only_project(r)
    assert (p["name"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (
        "社区居家养老服务补助", 520000.0, 500000.0, 20000.0)
    assert _ind(r)["上门服务人次"] == (">=", 1.2, "万人次", None, None, None, None)


@pytest.mark.parametrize("raw, unit, want", [
    ("2024年：≥12；2025年：≥8", "无", (">=", 12.0, None, "2025年：≥8")),           # main: value None, `12无`
    ("2024年：≥40；2025年：≥30公里", None, (">=", 40.0, "公里", "2025年：≥30公里")),  # main: 40 no unit
    ("2024年：≥0.5；2025年：≥1万元", None, (">=", 5000.0, "元", "2025年：≥1万元")),   # main: 0.5 no unit
    ("2024年（≥95%）；2025年（100%）", None, (">=", 95.0, "%", "2025年：100%")),     # main: None
    ("2024年：≥12处；2025年：≥8", None, (">=", 12.0, "处", "2025年：≥8")),           # a unit first only: as written
    ("2024年：≥12；2025年：≥8", None, (">=", 12.0, None, "2025年：≥8")),
])
def test_split_by_year_units(raw, unit, want):
    t, rest = split_by_year(raw, 2024, unit)
    assert (t.op, t.value, t.unit, rest) == want


@pytest.mark.parametrize("raw", ["2024年（≥95%）", "2024年（预计）；2025年（100%）", "2024年10月 至 2025年6月",
                                 "2024年：第3季度；2025年：第2季度"])
def test_split_by_year_none(raw):
    assert split_by_year(raw, 2024) is None


def test_year_rows_labelled_and_bracketed(read):
    r = read("ct_s41_rb_year_rows_tail.txt")
    got = _ind(r)
    # right on main (the start: each 2025 row an indicator of no name, `unparsed_row` twice; `2024年:6月;2025年:6月`
    # one text): a 年度 label and a bracketed year, each year's row repeating its unit cell
    assert got["森林防火巡查"] == (">=", 300.0, "次", "2024年度", None, "2025年度：≥320次", 2024)
    assert got["病虫害防治率"] == (">=", 90.0, "%", "2024年", None, "2025年：≥92%", 2024)
    assert got["防治作业完成时间"] == (None, None, None, "2024年", "2024年6月", "2025年6月", 2024)
    # `全年` each year is no date nor quantity: the cell one text (both trees)
    assert got["巡护时间"] == (None, None, None, None, "2024年:全年;2025年:全年", None, None)
    assert got["森林火灾受害率"] == ("<=", 0.9, "‰", None, None, None, None)
    assert len(r.tables["indicators"]) == 6 and "unparsed_row" not in warning_codes(r)
