"""Review rv124 (session 65) of hunt of12: near cases of its three rules (tests/fixtures/review/ct_s65_rv124_*, made
by tests/fixtures/review/make_s65_rv124.py). Each reading was written down by hand before the run.

Decided (wrong on main, fixed):
- a Word document's tabbed paragraphs read as a table's rows (extract.office._tab_table) sort where the paragraphs
  are, not by their paragraph numbers: a tabbed sign-off block under the indicator table gave no contact (its rows
  sorted before the title, outside the form), and a tab-laid form's project line was its `项目名称` paragraph's;
- a target broken in its cell is one target when its last line is its unit and / or its bound word: `≥600` over
  `盏以上`, `95%` over `以上`, `≥24` over `个月` (a name's bracket unit), `≥3.5` over `km` (main: two indicators,
  the second's target `盏以上` / `以上` / `个月`); `100%` over `良好` stays two indicators;
- a working sheet's warning names the sheets by tab as every other sheet number does (a chart sheet first: the
  form on sheet 2 reads the working sheet 3; main said `the formulas of sheet 1`).
Left (strict xfail): three tabbed field lines with only one of four fields lose the goal.
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets, only_project, warning_codes

PRE = "ct_s65_rv124_"
W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"
GOAL = "清淤整治山塘40口，恢复灌溉面积3000亩。"
WATER = [(P, "数量指标", "清淤整治山塘", "=", 40.0, "口"), (P, "成本指标", "单口山塘清淤成本", "<=", 16500.0, "元"),
         (S, "服务对象满意度指标", "受益农户满意度", ">=", 90.0, "%")]


def test_tabbed_signoff_under_the_table(read):
    """Fields and sign-off both typed with tabs: the goal and the money from the fields' rows, the contact, phone and
    fill date from the sign-off's (its last line two fields only), the project on the title's line."""
    r = read(PRE + "tab_signoff.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("山塘清淤整治", "某县水利局", "某县水利工程管理站")
    assert (p["budget_year"], p["budget_fiscal"], p["goal_annual"]) == (66 * W, 60 * W, GOAL)
    assert (p["contact"], p["phone"], p["fill_date"]) == ("王五", "0739-5321768", datetime.date(2025, 1, 10))
    assert (p["title"], p["line"]) == ("2025年度项目支出绩效目标表", 1)
    assert indicator_targets(r) == WATER


# (a strict xfail here, taken by hunt ly19 of session 67: tabbed lines each opening on a field's name are a table's)
def test_three_tabbed_field_lines(read):
    r = read(PRE + "tab_three.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("山塘清淤整治", "某县水利局", "某县水利工程管理站")
    assert (p["budget_year"], p["goal_annual"]) == (66 * W, GOAL)


def test_wrapped_target_of_a_unit_or_bound_word(read):
    """Name and target both broken in their cells: one indicator when the target's last line is only its unit and /
    or its bound word; `100%` over `良好` beside two names stays two indicators."""
    r = read(PRE + "wrapped_bounds.xlsx")
    assert only_project(r)["name"] == "乡镇街道路灯安装"
    assert indicator_targets(r) == [
        (P, "数量指标", "安装太阳能路灯（含灯杆基础施工）", ">=", 600.0, "盏"),
        (P, "质量指标", "路灯验收合格率", "=", 100.0, "%"), (P, "质量指标", "路灯运行状况", None, None, None),
        (P, "时效指标", "路灯质保期（自验收合格之日起）", ">=", 24.0, "个月"),
        (E, "社会效益指标", "路灯亮灯率（主街及背街）", ">=", 95.0, "%"),
        (E, "生态效益指标", "新建排水管网（含检查井）", ">=", 3.5, "km"),
        (S, "服务对象满意度指标", "居民满意度", ">=", 90.0, "%")]
    assert [i["line"] for i in r.tables["indicators"]] == [7, 8, 8, 9, 10, 11, 12]


def test_working_sheet_warning_counts_tabs(read):
    """Tabs: 资金结构图 (a chart sheet), 绩效目标表, 测算表 (read by the form's `='测算表'!B4`): the form on sheet 2,
    the working sheet 3 skipped, read by sheet 2's formulas."""
    r = read(PRE + "chart_working.xlsx")
    p = only_project(r)
    assert (p["name"], p["page"], p["budget_year"]) == ("山塘清淤整治", 2, 66 * W)
    assert r.document["pages"] == 3
    skipped = [w for w in r.tables["warnings"] if w["code"] == "working_sheet_skipped"]
    assert [(w["page"], "formulas of sheet 2 read" in w["message"]) for w in skipped] == [(3, True)]
    assert warning_codes(r) == ["working_sheet_skipped", "fiscal_total_gap"]
