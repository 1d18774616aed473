"""Hunt pq (session 44): digital PDFs — a Word form whose indicator table runs over two pages with a row the page
break cuts inside a measure broken in two lines by hand, and a form of rules across only with an upright `已审核` stamp
in a box over one row. Each expectation below was written by hand from the form before jixiao was run."""
import os
import sys

from tests.hunt_tools import indicator_targets, only_project, warning_codes

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))
from make_s44_pq import FARM, INDICATORS  # noqa: E402

W = 10000.0


def test_row_cut_by_page_break_inside_a_line_broken_by_hand(read):
    # `因道路病害引发` (a line ended by a manual break, short of its cell's right edge) at page 1's foot beside `0起`,
    # `的安全事故` alone in the row at page 2's top (the head not repeated: Word took the two tables for one).
    # main: 25 indicators, `因道路病害引发 | 0起` and `的安全事故` with no target (a target_missing warning)
    r = read("ct_s44_pq_docx_row_cut_by_hand.pdf")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("城区市政道路养护维修", "某市城市管理局", "某市市政设施维护中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (860 * W, 800 * W, 60 * W)
    inds = r.tables["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in inds] == [tuple(x) for x in INDICATORS]
    assert ("效益指标", "社会效益指标", "因道路病害引发的安全事故", "=", 0.0, "起") in indicator_targets(r)
    assert "target_missing" not in warning_codes(r)


def test_upright_stamp_box_over_a_table_of_rules_across(read):
    # rules across only, the figures right-aligned; an upright red `已审核` (16 pt) in a box over the 指标值 / 分值 of
    # one row. main: nothing read (`layout_unknown`: the rule through the stamp's box closed it into a two-cell table,
    # `已审核\n3200户`, and the page's other text was read as lines only), 0 projects and 0 indicators
    r = read("ct_s44_pq_upright_stamp.pdf")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("高标准农田建设", "某县农业农村局", "某县农田建设中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1286.5 * W, 1200 * W, 86.5 * W)
    inds = r.tables["indicators"]
    levels, l1, l2 = [], None, None
    for a, b, c, v, pts in FARM:
        l1, l2 = a or l1, b or l2
        levels.append((l1, l2, c, v, float(pts)))
    # (the stamp's words are no part of the target it stands over: `≥3200户`, not `已审核≥3200户`)
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["weight"]) for i in inds] == levels
    assert "layout_unknown" not in warning_codes(r)


def test_money_unit_only_in_the_page_header_above_the_title(read):
    # `填报单位：某县农田建设中心    金额单位：万元` the page header's line, above the title `项目支出绩效目标表`; the money's
    # label `项目资金` names no unit. main: 1286.5 / 1200 / 86.5 元 (the line above the title was a segment of its own,
    # its unit no form's)
    r = read("ct_s44_pq_unit_in_page_header.pdf")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1286.5 * W, 1200 * W, 86.5 * W)
    assert (p["name"], p["unit"]) == ("高标准农田建设", "某县农田建设中心")
    assert len(r.tables["indicators"]) == len(FARM)


def test_letter_spaced_goal_over_the_column_gaps(read):
    # every glyph set 1.5 points apart (rules across only): the goal's line runs from the 二级指标 column to the table's
    # right edge over the gaps the indicator rows leave (a gap's middle between two of its glyphs), its label's end
    # 8.5 points from the text (less than a glyph: the two were one cell); the amounts' `.` right-aligned one under
    # another leave a gap of their own (`1,286.` | `50`). main: goal_annual None (`年度绩效目标 新建…` one cell, an
    # unparsed_row), budget_year 500000 (`50` read as 万元, `1,286.` lost), the unit `某县农田建设`
    r = read("ct_s44_pq_letter_spaced.pdf")
    p = only_project(r)
    assert p["goal_annual"] == "新建高标准农田1.2万亩，配套灌排渠道和田间道路，亩均粮食产能提高50公斤以上。"
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1286.5 * W, 1200 * W, 86.5 * W)
    assert p["unit"] == "某县农田建设中心"
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [(x[2], x[3]) for x in FARM]
    assert not warning_codes(r)


def test_ring_stamp_words_over_a_row_of_rules_across(read):
    # the same `已审核` (16 points) in a red ring over the 社会效益指标 row's 指标值 and 分值 (a ring of curves: no table
    # found); its words are no text of the 9-point cells. main: 10 indicators, target_raw `已审核≥3200户`
    r = read("ct_s44_pq_ring_stamp.pdf")
    assert only_project(r)["name"] == "高标准农田建设"
    assert [(i["level3"], i["target_raw"], i["weight"]) for i in r.tables["indicators"]] == [
        (x[2], x[3], float(x[4])) for x in FARM]
    assert not any("审核" in str(v) for i in r.tables["indicators"] for v in i.values())
