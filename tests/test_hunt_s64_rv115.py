"""Review rv115 (session 64) of hunt pd10: near cases of its rules (tests/fixtures/review/ct_s64_rv115_*, made by
tests/fixtures/review/make_s64_rv115.py). Each reading was written down by hand before the run.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T = "数量指标", "质量指标", "时效指标"
SAT = "服务对象满意度指标"
LIGHT = [(P, N, "维护路灯数量", ">=", 8600.0, "盏"), (P, Q, "路灯亮灯率", ">=", 98.0, "%"),
         (E, "社会效益指标", "夜间出行安全保障", None, None, None), (S, SAT, "市民满意度", ">=", 90.0, "%")]
ROWS = ("projects", "indicators", "budget_items", "scores", "assessment_items", "safeguards")


def _head(p):
    return (p["name"], p["department"], p["unit"], p["goal_annual"])


def test_pair_lines_around_a_row_of_one_line_are_no_cells_lines(read):
    """No rules: `项目名称：城市道路照明设施维护` alone on its line, the row `主管部门 | 某县城市管理局 | 实施单位 | 某县路灯管理所`,
    `年度绩效目标：…` alone under it, a row's pitch apart: three fields, not a 主管部门 cell of three lines (main: the name
    `城市道路照明设施维护主管部门年度绩效目标：维护…`, no department, no goal)."""
    r = read("ct_s64_rv115_pairs_nr.pdf")
    assert _head(only_project(r)) == ("城市道路照明设施维护", "某县城市管理局", "某县路灯管理所", "维护城区路灯8600盏，亮灯率保持98%以上。")
    assert indicator_targets(r) == LIGHT


def test_value_of_three_lines_broken_by_hand(read):
    """Guard: pd10's shape in the 指标值 column (`2025年8月` / `31日前` / `（利用暑假）` centred on `时效指标 | 项目完成时间`):
    one target, the row's."""
    r = read("ct_s64_rv115_value3_nr.pdf")
    rows = [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert rows[1] == (T, "项目完成时间", "2025年8月31日前（利用暑假）")
    assert len(rows) == 5 and "target_missing" not in warning_codes(r)


def test_last_rows_name_of_three_lines_broken_by_hand(read):
    """Guard: pd10's shape in the table's last row, nothing under it (`师生及家长` / `满意度` / `（抽样调查）`)."""
    r = read("ct_s64_rv115_last3_nr.pdf")
    assert indicator_targets(r) == LIGHT[:3] + [(S, SAT, "师生及家长满意度（抽样调查）", ">=", 90.0, "%")]


def test_name_of_five_lines_broken_by_hand(read):
    """A cell of five lines broken by hand centred on a row of one line (`校舍安全隐患` / `整改到位率` / `（按排查` / `台账逐项` /
    `销号）`): pd10's pair of lines around the row, then each next pair out (rv115's strict xfail, made plain by hunt
    pd11; main: `整改到位率（按排查台账逐项`, the outer two lost)."""
    r = read("ct_s64_rv115_five_nr.pdf")
    assert [i["level3"] for i in r.tables["indicators"]] == [
        "维护路灯数量", "路灯亮灯率", "校舍安全隐患整改到位率（按排查台账逐项销号）", "市民满意度"]


def test_instructions_titled_under_three_heading_lines(read):
    """Hunt bt's 申报表填表说明 under `附件3` / `某县财政局` / `2025年度` (its title the fourth line), every line what to
    write: not_a_form at the title (main: no_form_read, partial — the title looked for in the first three lines)."""
    r = read("ct_s64_rv115_title4.txt")
    assert r.document["status"] == "ok" and not any(r.tables[t] for t in ROWS)
    assert warning_codes(r) == ["not_a_form"]
    w = r.tables["warnings"][0]
    assert "填表说明" in w["message"] and w["line"] == 4


def test_fillers_lead_in_before_the_value_is_kept(read):
    """The filler kept the template's word of describing as a lead-in (`项目概况：简述如下：城区现有路灯…`,
    `年度绩效目标：简要描述：维护城区路灯…`): the values as written (main: both null, pd10's describing word read as the
    template's instruction)."""
    p = only_project(read("ct_s64_rv115_leadin.txt"))
    assert (p["name"], p["overview"], p["goal_annual"], p["budget_total"]) == (
        "城市道路照明设施维护", "简述如下：城区现有路灯8600盏，部分灯杆锈蚀、线路老化，需年度维护。",
        "简要描述：维护城区路灯8600盏，亮灯率保持98%以上。", 2600000.0)
