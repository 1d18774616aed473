"""Mend md43 (session 62) of the read-only review rd, groups A/B/G (hunt nw8's goals and prose going on over lines).
Fixtures ct_s62_md43_* from tests/fixtures/review/make_s62_md43.py; each reading was written down by hand before
jixiao was run.

Decided:
- a numbered paragraph after one closed by a full stop is a report's next section, not an item of the list, when it
  is a short heading of no figure and no end mark (`1.完成农村公路养护50公里。` then `2.存在的问题及原因分析`: the goal is
  the first only; nw8 and rv94 took the heading and the prose under it); an item with a figure or an end mark stays;
- a line break between a numbered item ending on no mark and the next item becomes `；` at the record (`…≥5公里` /
  `3.效益指标…` gave `…≥5公里3.效益指标…`), the items joined by forms' prose lists or txt's one-cell-a-line labels
  (one helper, normalize.text.numbered_next: forms' `_next_paragraph` and txt's `_next_item` were twins);
- a goal label alone on its line over a template's instruction wholly in brackets (`（…根据…填写）`) has no goal;
- one cell a line under a table of one value column, a word target (`达标`, `合格`, `明显改善`) followed by a stray
  figure stays the target (nw8 glued it onto the name: `竣工验收达标 = 100%`); the figure is said (unparsed_row).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s62_md43_"


def _goal(p, key: str = "goal_annual") -> str | None:
    return None if p[key] is None else p[key].replace("\n", "")


@pytest.mark.parametrize("name, goal", [
    ("report_next_section", "1.完成农村公路养护50公里。"),
    ("report_next_section_cn", "一、完成农村公路养护50公里。"),
])
def test_report_next_section_is_no_goal_item(read, name, goal):
    assert _goal(only_project(read(P + name + ".txt"))) == goal


def test_overview_next_section_is_no_item(read):
    p = only_project(read(P + "overview_next_section.txt"))
    assert _goal(p, "overview") == "1.本项目位于城关镇，涉及6个行政村。"
    assert _goal(p) == "完成农村道路硬化5公里"
    # kept: the next item is a sentence (a figure, or an end mark)
    assert _goal(only_project(read(P + "goal_items_stop.txt"))) == "1.完成农村道路硬化5公里。2.群众满意度达到90%以上。"
    assert _goal(only_project(read(P + "goal_items_no_figure.txt"))) == \
        "（1）完成农村道路硬化5公里。（2）改善沿线群众出行条件。"


@pytest.mark.parametrize("name, goal", [
    ("goal_items_open", "1.完成农村道路硬化5公里；2.产出指标：道路硬化长度≥5公里；3.效益指标：受益人口≥1.2万人"),
    ("goal_items_no_marks", "1.完成农村道路硬化5公里；2.受益群众1.2万人"),
    ("single_goal_items", "1.改造老旧小区12个；2.受益居民1200户"),
])
def test_open_items_joined_with_a_semicolon(read, name, goal):
    assert _goal(only_project(read(P + name + ".txt"))) == goal
    # kept: an item ending on a mark takes none
    assert _goal(only_project(read(P + "goal_items_comma.txt"))) == "1.完成农村道路硬化5公里，2.受益群众满意度≥90%。"


@pytest.mark.parametrize("name", ["goal_note_plain", "goal_note_horizon", "goal_note_report"])
def test_bracketed_instruction_is_no_goal(read, name):
    r = read(P + name + ".txt")
    assert only_project(r)["goal_annual"] is None
    assert [t[2] for t in indicator_targets(r)] == ["道路硬化长度", "群众满意度"]
    # kept: a goal written in brackets, no instruction
    assert _goal(only_project(read(P + "goal_in_brackets.txt"))) == "（本年度完成农村道路硬化5公里，受益群众1.2万人）"


@pytest.mark.parametrize("name, ind, word", [
    ("single_word_target", "竣工验收", "达标"),
    ("single_word_target_grade", "工程质量", "合格"),
])
def test_word_target_not_glued_onto_the_name(read, name, ind, word):
    r = read(P + name + ".txt")
    rows = [(i["level3"], i["target_raw"]) for i in r.tables["indicators"] if i["level2"] == "质量指标"]
    assert rows[0] == (ind, word)
    assert rows[1][0] is None                            # the stray figure: a row of no name, said
    assert "unparsed_row" in warning_codes(r)
    # kept: a name's second paragraph on a line of its own (hunt nw8)
    kept = read(P + "single_name_piece.txt")
    assert indicator_targets(kept)[1] == ("产出指标", "质量指标", "新增绿化面积", ">=", 2.0, "万平方米")


def test_change_word_target_over_a_stray_figure(read):
    r = read(P + "single_word_target_change.txt")
    rows = [(i["level3"], i["target_raw"]) for i in r.tables["indicators"] if i["level2"] == "质量指标"]
    assert rows[0] == ("居住环境", "明显改善")


def test_items_separated_sees_the_mark_before_a_lines_padding():
    # the lead, after the clean-clone run: a line padded with blanks after its full stop (test_perturbations' space_pad
    # and ideo_pad) got a `；` after the stop, the blank taken for the item's open end
    from normalize.text import items_separated
    assert items_separated("（一）组织实施统计调查。   \n（二）组织普查。") == "（一）组织实施统计调查。   \n（二）组织普查。"
    assert items_separated("（一）组织实施统计调查。\u3000\u3000\n（二）组织普查") == "（一）组织实施统计调查。\u3000\u3000\n（二）组织普查"
    assert items_separated("1.完成道路硬化5公里  \n2.受益群众1.2万人") == "1.完成道路硬化5公里；\n2.受益群众1.2万人"
