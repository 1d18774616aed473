"""Hunt ly13 (session 62): table layouts in text dumps — leftovers of earlier sessions (fixtures ct_s62_ly13_*, made
by tests/fixtures/review/make_s62_ly13.py; each reading written down by hand before the run).

Decided: a Markdown dump's `|---|` rule under its first row no longer cuts that row from the rows under it, and the
Markdown rows are read with the parser's label test as a tab dump's are (a label and its value wrapped together
onto the next row, `项目名 | 城区背街小巷改造` over `称 | 提质工程（一期）`, one pair); a label's value ending in `，`
goes on on the line under it when that line's one field stands in the value's column (`（1）数量指标：…，` over
` | 得分40分。`), unless that field starts an item of its own (`（2）…`); laid out, the next sentence printed as a line
of its own continues the block; a pair's value takes the piece alone under it (` | 提质工程`), and a bracket alone
that is no unit nor stamp (`（一期）`); a one-cell row under the next form's title (its subtitle in the second cell)
waits with the title for that form.
Left: a sentence alone with no label's cell above it (tests/test_hunt_s61_md39.py's xfail).
"""
from __future__ import annotations

import pytest

import extract.txt as txt

from tests.hunt_tools import only_project, warning_codes

P = "ct_s62_ly13_"


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["broken_sentence_tab.txt", "broken_sentence_pipes.txt", "broken_sentence_cols.txt"])
def test_sentence_indicator_broken_after_its_comma(read, name):
    # main: `得分40分。` an unparsed_row, the first indicator lost
    r = read(P + name)
    assert _ind(r, "level2", "level3", "score") == [("数量指标", "养护里程", 40), ("质量指标", "路面优良率", 20)]
    assert "unparsed_row" not in warning_codes(r)
    assert only_project(r)["score"] == 60


def test_value_goes_on_in_its_column_but_not_into_an_item_of_its_own():
    """`_value_goes_on`: the line under a label's value ending in `，`, its one field in the value's column, is the
    value's rest; not when it starts an item of its own (`（2）…`), nor when it is a label, nor in another column."""
    def is_label(t):
        return t in {"绩效指标完成情况", "自评得分"}
    row = "绩效指标完成情况\t（1）数量指标：养护里程≥200公里，实际完成206公里，"
    assert txt._value_goes_on([row, "\t得分40分。", "自评得分\t60"], 0, 3, is_label) == (
        "绩效指标完成情况\t（1）数量指标：养护里程≥200公里，实际完成206公里，得分40分。", 2)
    assert txt._value_goes_on([row, "\t（2）质量指标：路面优良率≥85%，得分20分。"], 0, 2, is_label) is None
    assert txt._value_goes_on([row, "\t自评得分"], 0, 2, is_label) is None
    assert txt._value_goes_on([row, "\t\t得分40分。"], 0, 2, is_label) is None


@pytest.mark.parametrize("name", ["wrap_pipes.txt", "wrap_two_pipes.txt"])
def test_pipe_label_and_value_wrapped_together(read, name):
    # main: name `城区背街小巷改造`, `称 | 提质工程（一期）` an unparsed_row
    r = read(P + name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["leader"]) == (
        "城区背街小巷改造提质工程（一期）", "市住房和城乡建设局", "市市政工程管理处", "赵刚")
    assert "unparsed_row" not in warning_codes(r)
    assert _ind(r, "level3", "target_raw") == [("改造背街小巷条数", "≥36条"), ("居民出行条件", "明显改善"),
                                              ("沿线居民满意度", "≥90%")]


def test_pipe_rows_without_a_wrap(read):
    """(guard) the same form, no row wrapped: read as it was."""
    r = read(P + "no_wrap_pipes.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["leader"]) == (
        "城区背街小巷改造提质工程", "市住房和城乡建设局", "市市政工程管理处", "赵刚")
    assert _ind(r, "level1", "level2", "level3") == [("产出指标", "数量指标", "改造背街小巷条数"),
                                                     ("满意度指标", "服务对象满意度指标", "沿线居民满意度")]


@pytest.mark.parametrize("name", ["second_form_subtitle_tab.txt", "second_form_subtitle_both_tab.txt",
                                  "second_form_subtitle_pipes.txt"])
def test_second_form_in_a_tab_dump_with_its_subtitle_in_the_second_cell(read, name):
    r = read(P + name)
    assert [(p["name"], p["unit"], p["budget_year"], p["title"], p["year"]) for p in r.tables["projects"]] == [
        ("校园安全监控改造工程", "县第一中学", 3560000.0, "2024年度项目支出绩效目标申报表", 2024),
        ("校园食堂改造工程", "县第二中学", 1200000.0, "2025年度项目支出绩效目标申报表", 2025)]


@pytest.mark.parametrize("name", ["short_value_piece_cols.txt", "short_value_piece_tab.txt",
                                  "short_value_piece_pipes.txt"])
def test_value_short_of_the_next_label_with_a_piece_under_it(read, name):
    r = read(P + name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("城区背街小巷改造提质工程", "市住房和城乡建设局", "市市政工程管理处")


@pytest.mark.parametrize("name", ["bracket_rest_cols.txt", "bracket_rest_tab.txt"])
def test_bracketed_rest_under_a_value_and_a_stamp_mark(read, name):
    # main (cols): the name without `（一期）`, lost without a word
    r = read(P + name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["leader"]) == (
        "城区背街小巷改造提质工程（一期）", "市住房和城乡建设局", "市市政工程管理处", "赵刚")
