"""Review s44 rx2: false alarms of the checks and misfires of review rw's and hunt sq's rules on forms they were not
written for. budget_adjustment_mismatch on a 调增 column and a 调减 column side by side (`调增金额（万元） | 30.00 |
调减金额（万元） | 10.00`, 120 → 140: each was checked alone and both flagged); target_missed_full_score on an actual
that is a date of the calendar (`≤2年` done `2025`, `≤1年` done `2025.12`: a year is no duration). Each expected
reading written by hand from the form before running jixiao; what main gave is said beside each (cases without a
comment guard the rules' bounds: right on main too)."""
from __future__ import annotations

import pytest

from jixiao.checks import actual_misses_target
from normalize.targets import split_target
from tests.hunt_tools import only_project, other_fields, warning_codes


def _target(raw: str, name: str = "x") -> dict:
    t = split_target(raw)
    return {"op": t.op, "value": t.value, "value_max": t.value_max, "unit": t.unit, "target_text": t.target_text,
            "target_raw": raw, "level3": name}


def test_adjustment_up_and_down_columns(read):
    """年初预算 120 万元, 调增 30, 调减 10, 调整后 140: the two columns are one change, +20 (main: two
    budget_adjustment_mismatch, `30.00` read alone as +30 and `10.00` as ±10, and two unplaced_cell for the two
    columns, kept in other_fields all the same)."""
    r = read("ct_s44_rx2_adjust_up_down_columns.txt")
    p = only_project(r)
    assert (p["name"], p["budget_initial"], p["budget_year"]) == ("县城污水管网改造工程", 1_200_000.0, 1_400_000.0)
    assert other_fields(p) == {"调增金额（万元）": "30.00", "调减金额（万元）": "10.00"}
    assert warning_codes(r) == []     # main: unplaced_cell ×2, budget_adjustment_mismatch ×2


def test_adjustment_up_and_down_columns_that_miss(read):
    """The same with 调整后 150: 120 + 30 - 10 is 140, one finding for the two (main: one for each column, though
    `调增 30` alone makes 150 and the 调减 column was then left out of the sum)."""
    r = read("ct_s44_rx2_adjust_up_down_wrong.txt")
    found = [w["message"] for w in r.tables["warnings"] if w["code"] == "budget_adjustment_mismatch"]
    assert len(found) == 1 and "调增金额（万元） `30.00` + 调减金额（万元） `10.00`" in found[0]
    assert "gives 1,400,000 元" in found[0]
    assert "unplaced_cell" not in warning_codes(r)


def test_calendar_actuals_self_eval(read):
    """A 2025 自评表, every indicator scored its full points: `≤2年` done `2025` and `≤1年` done `2025.12` say when
    the work was done, no missed duration; `≤30天` done `20250630` likewise; `≤3个月` done `4个月` is missed
    (main: 项目建设周期 and 工程完工时间 flagged too)."""
    r = read("ct_s44_rx2_calendar_actuals_self_eval.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("乡村道路提质改造工程", 5_000_000.0)
    missed = [w["message"].split(":")[0] for w in r.tables["warnings"] if w["code"] == "target_missed_full_score"]
    assert missed == ["招标采购用时"]     # main: 项目建设周期, 工程完工时间, 招标采购用时


@pytest.mark.parametrize("target,actual,expected", [
    ("≤2年", "2025", None),                 # main: True
    ("≤1年", "2025.12", None),              # main: True
    ("≤30天", "202506", None),              # main: True
    ("≤5%", "2025", None),                  # main: True
    ("≤1年", "12个月", False),
    ("≤1年", "1", False),
    ("≤2年", "3", True),
    ("≥3000户", "2025", True),               # (a count of 2025 households: a figure still)
    ("≥95%", "0.96", False),
    ("≥100万元", "120", False),             # main: True (120 元: the figure in the target's written 万元)
    ("≥50万元", "50.5", False),             # main: True
    ("≥3亿元", "3.5", False),               # main: True
    ("≥100万元", "95", True),               # (95 元 or 95 万元: missed both ways)
    ("≥2万元", "20000", False),
    ("≥1500元/人", "1400", True),
])
def test_actual_readings(target, actual, expected):
    """A bare actual is no duration when it is a date of the calendar (`2025`, `2025.12`, `202506`), and is read in
    the unit a money target was written in as well as in 元 (`≥100万元` done `120`: met)."""
    assert actual_misses_target(_target(target), actual) is expected


@pytest.mark.parametrize("raw,expected", [
    ("≥1（10分）", (">=", 1.0, None, "10分")),         # main: unit 分 (a count beside its item's weight)
    ("≥2（5分）", (">=", 2.0, None, "5分")),           # main: unit 分
    ("≥30（100分）", (">=", 30.0, None, "100分")),     # main: unit 分
    ("≥4.5（5分）", (">=", 4.5, "分", "5分")),
    ("≥3（5分）", (">=", 3.0, "分", "5分")),
    ("≥8.5（10分）", (">=", 8.5, "分", "10分")),
    ("≥4.5/5分", (">=", 4.5, "分", "5分")),
])
def test_scale_top_or_weight(raw, expected):
    """A score aimed at on a scale said by its top is in the scale's upper half (`≥4.5（5分）`: 4.5 分 of 5); a small
    count beside `（10分）` is the item's weight in brackets, no score (hunt sq's rule took any figure up to the top)."""
    t = split_target(raw)
    assert (t.op, t.value, t.unit, t.qualifier) == expected


def test_department_execution_by_uses_no_projects(read):
    """A department's 1-6月 budget execution monitoring table under `项目名称 | 2025年预算数 | 1-6月执行数 | 执行率`
    whose rows are the budget's uses (基本支出, 其中：人员经费, 公用经费, 项目支出): no project is named, no list of
    projects (main: four projects 基本支出 … 项目支出 and two false total_row_mismatch, the 合计 against uses and their
    parts summed)."""
    r = read("ct_s44_rx2_dept_exec_monitor_subjects.txt")
    assert r.tables["projects"] == []
    assert "total_row_mismatch" not in warning_codes(r)


def test_sign_off_right_of_the_deviation_column(read):
    """A 自评表 whose last indicator row carries `填表日期：2026年1月15日` right of its 偏差原因分析及改进措施 cell: a
    sign-off, none of the deviation's text (main: the deviation `无；填表日期：2026年1月15日`, hunt sq's cells right of
    the last text column joined to it); the deviation `无`, the date the form's fill_date (hunt lf: it was said as an
    unplaced_cell)."""
    r = read("ct_s44_rx2_sign_off_right_of_table.txt")
    assert [(i["level3"], i["deviation"]) for i in r.tables["indicators"]] == [
        ("改造农村公路里程", "无"), ("工程验收合格率", "无"), ("沿线群众满意度", "无")]
    assert str(only_project(r)["fill_date"]) == "2026-01-15"
    assert warning_codes(r) == []
