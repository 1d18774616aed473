"""Hunt sc6 (session 63): scores, actuals and prices.

- a narrated indicator's deed (`实际…完成`) is a time only when it names one (`实际已于2024年11月完工`: 2024年11月, it was
  `已于2024年11月`); else the manner, whole (`实际提前1个月完成`: 提前1个月完成, `实际在规定时间内完成`: 在规定时间内完成 — they
  were `提前1个月`, `规定时间内`; review rv99's xfail and read-only finding L3);
- a compound unit's slash with spaces by it is the slash (`20万元 / 公里`: 200000 元/公里; it was text), as the middle
  dot's already was (`80元/人 ·月`);
- a price cell's bare 万 is 万元 (`0.2万/块`: 2000.0; it was no price), a target's `20万/公里` staying 20 万/公里;
- a period in months reads each end alone (`2024.13-2025.6`: no start, the end 2025-06-30, as `2024.13.1-2025.6.30`
  read; it was neither);
- a level's scored summary on a line of a 自评报告 of narrated indicators is an unparsed_row (it was dropped without a
  word; rv99's note), as the same sentence in a form's cell is;
- 栎 is a label look-alike of 标 (`年度绩效目栎`: goal_annual), a pre-printed slot so read a placeholder (`指栎1：`).

Fixtures ct_s63_sc6_* from make_s63_sc6.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets, only_project, warning_codes

W = 10_000


def _rows(r) -> list[tuple]:
    return [(i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]]


def _four(text: str) -> tuple:
    from normalize.targets import split_target
    t = split_target(text)
    return (t.op, t.value, t.value_max, t.unit)


def _actual(sentence: str) -> str | None:
    from parsers.core import fold
    from parsers.forms import _NARRATED_INDICATOR, _narrated_actual
    m = _NARRATED_INDICATOR.match(fold(sentence))
    assert m is not None
    return _narrated_actual(m)


# ------------------------------------------------------------------ a narrated deed: a time or a manner

def test_report_manners_and_times(read):
    """main: `提前1个月`, `规定时间内`, `已于2024年11月`."""
    r = read("ct_s63_sc6_report_manner.txt")
    assert _rows(r) == [
        ("数量指标", "维修供水管网长度", "30公里", "31.5公里", 20),
        ("时效指标", "完工时间", "2024年10月底前", "提前1个月完成", 10),
        ("时效指标", "故障维修响应时间", "≤24小时", "在规定时间内完成", 10),
        ("时效指标", "通水时间", "2024年12月底前", "2024年11月", 10),
        ("满意度指标", "受益群众满意度", "≥90%", "93%", 10),
    ]
    assert "duplicate_indicator" not in warning_codes(r)


def test_narrated_deed_rule():
    """main: `提前10天`, `规定时限内`, `已于2024年9月` (the rest as on main)."""
    said = {
        "实际提前10天完成": "提前10天完成",               # (a figure of no time: the manner)
        "实际于规定时限内完成": "于规定时限内完成",       # (a 于 of no time: the manner)
        "实际已于2024年9月完工": "2024年9月",             # (已 before 于: the time alone)
        "实际于2024年9月完成": "2024年9月", "实际于9月底前完成": "9月底前", "实际于2024年底完成": "2024年底",
        "实际基本完成": "基本完成", "实际按期完工": "按期完工", "实际完成95%": "95%",
    }
    assert {k: _actual(f"2.时效指标：完工时间2024年10月底前，{k}，得分10分。") for k in said} == said


# ------------------------------------------------------------------ prices: a spaced slash, a bare 万

def test_prices_spaced_and_bare_wan(read):
    """main: both prices null, the cost target text."""
    r = read("ct_s63_sc6_price_spaced.txt")
    items = r.tables["budget_items"]
    assert [(b["name"], b["price"], b["quantity"], b["amount"]) for b in items] == [
        ("波形护栏", 200_000.0, 12.0, 240 * W), ("警示标志", 2_000.0, 50.0, 10 * W)]
    assert items[0]["note"] == "数量：12公里；单价：20万元 / 公里"
    assert indicator_targets(r)[1] == ("产出指标", "成本指标", "护栏每公里造价", "<=", 200_000.0, "元/公里")


def test_spaced_slash_target_rule():
    """main: text, `<=` of no value."""
    assert _four("20万元 / 公里") == ("=", 200_000.0, None, "元/公里")
    assert _four("≤20万元 / 公里") == ("<=", 200_000.0, None, "元/公里")
    assert _four("5元 / 人 ·次") == ("=", 5.0, None, "元/人·次")
    # (as on main: no figure, or a figure of no unit, before the slash stays text; a target's bare 万 no money)
    assert (_four("健全 / 有效"), _four("100 / 人")) == ((None, None, None, None),) * 2
    assert _four("20万/公里") == ("=", 20.0, None, "万/公里")


def test_price_bare_wan_rule():
    """main: None."""
    from normalize.records import _price_per_thing
    assert _price_per_thing("0.2万/块") == 2_000.0
    assert _price_per_thing("20万/公里") == 200_000.0
    assert [_price_per_thing(x) for x in ("20万人/公里", "≤20万/公里", "20万")] == [None] * 3    # (as on main)


# ------------------------------------------------------------------ a period whose one end is impossible

def test_period_start_impossible_month(read):
    """main: no dates."""
    p = only_project(read("ct_s63_sc6_period_bad_month.txt"))
    assert (p["start_date"], p["end_date"]) == (None, datetime.date(2025, 6, 30))
    assert p["budget_year"] == 800 * W


def test_month_period_one_end_rule():
    """main: (None, None) for the first three (the rest as on main)."""
    from normalize.dates import parse_period
    d = datetime.date
    got = {
        "2024.13-2025.6": (None, d(2025, 6, 30)), "2024年13月-2025年6月": (None, d(2025, 6, 30)),
        "2024.3-2025.13": (d(2024, 3, 1), None),
        "2024.12-2025.6": (d(2024, 12, 1), d(2025, 6, 30)),
        "2024年11月至3月": (None, None),                  # (into the next year? not written)
        "2024.13.1-2025.6.30": (None, d(2025, 6, 30)),    # (a period of days: so on main)
    }
    assert {k: parse_period(k) for k in got} == got


# ------------------------------------------------------------------ a level's summary on a report's line

def test_report_level_summary_warned(read):
    """main: no warning (the two summaries dropped without a word; review rv99's note). The indicators as rv99 read."""
    r = read("ct_s63_rv99_report_summaries.txt")
    assert [(w["code"], w["line"]) for w in r.tables["warnings"]] == [("unparsed_row", 6), ("unparsed_row", 9)]
    assert len(r.tables["indicators"]) == 3


# ------------------------------------------------------------------ 栎 for 标 in a label, and in a blank slot

def test_lookalike_goal_labels(read):
    """main: both goals lost without a word. Its blank twin in 栎 (`目栎1：目栎2：`, `指栎1：` slots) stays a blank form
    (so on main; with 栎 a look-alike it read as a form without the slots' look-alike reading, rv83's reason)."""
    p = only_project(read("ct_s63_sc6_lookalike_goals.txt"))
    assert (p["goal_total"], p["goal_annual"]) == ("三年内完成城区全部公共厕所提升改造。", "完成城区公共厕所提升改造15座。")
    assert p["name"] == "城区公共厕所提升改造" and p["budget_year"] == 120 * W
    r = read("ct_s63_sc6_lookalike_blank.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == [] and "blank_form" in warning_codes(r)
