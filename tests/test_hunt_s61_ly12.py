"""Hunt ly12 (session 61): layout dumps (`pdftotext -layout`) whose rows a line break cut, put back by the dump
reader (extract/txt.py) (tests/fixtures/review/ct_s61_ly12_*.txt, made by tests/fixtures/review/make_s61_ly12.py;
each expectation written down by hand before the run). Every shape twice: in display columns (`_cols`) and in
characters (`_chars`).

Decided: a label and its value both wrapped over two lines (`项目名  校园安全监控改造` over `称  工程（二期）`) is one
pair, the value's rest joined (main: the name cut, `称 | 工程（二期）` an unparsed_row); a pair's value filling its cell up
to the next pair's label, its rest on the line under it (`项目名称  校园安全监控及门禁系统改造工  主管部门  县教育局` over
`程（二期）`), is cut (main: the rest lost without a word); a group head `绩效指标` centred over the level columns
beside `指标值` counts its centring in characters too (main, in characters: no head, every target an unplaced_cell).
A page break inside a row, the next page headed by a title the pages above lack, the table going on under it (its
first line starting inside the table: `格率`, or a row under a merged 一级指标), joins the table (ly10's strict xfail
test_a_row_cut_by_a_page_break_under_a_new_running_head, now plain; main: a second project of no head).
A 一级指标's block whose first row has no 二级指标 (`产出指标` alone, `数量指标` a line lower) has its 二级指标 printed
centred by height: each moved up to the first row of its block, the blocks laid so that each stands on its middle
line (main: `设备验收合格率` under 数量指标, the row above 质量指标).
Kept (guard): the group head on a line of its own; a value over three lines beside a one-line label; a page break,
then another form under its own title, its first row a label's (two projects).
Left: ly10's strict xfail of a 二级指标 on its block's middle line, its 一级指标 printed beside it; rule-less PDF rows centred beside a three-line 备注
(rv69's strict xfail).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s61_ly12_"
BOTH = ["cols", "chars"]
ROWS = [("产出指标", "数量指标", "新装监控点位数量", ">=", 120.0, "个"),
        ("产出指标", "质量指标", "设备验收合格率", "=", 100.0, "%"),
        ("产出指标", "时效指标", "项目完成时间", None, None, None),
        ("效益指标", "社会效益指标", "校园安全事件发生率", "<=", 1.0, "%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", ">=", 90.0, "%")]


def _form(r, name: str) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (name, "县教育局", "县第一中学", 3560000.0)
    assert warning_codes(r) == ["text_flattened"]
    assert indicator_targets(r) == ROWS
    return p


@pytest.mark.parametrize("count", BOTH)
def test_a_label_and_its_value_both_wrapped(read, count):
    # main: `校园安全监控改造`, `称 | 工程（二期）` an unparsed_row
    _form(read(f"{P}label_value_wrap_{count}.txt"), "校园安全监控改造工程（二期）")


@pytest.mark.parametrize("count", BOTH)
def test_a_pair_value_filling_its_cell_wrapped(read, count):
    # main: `校园安全监控及门禁系统改造工`, the rest lost without a warning
    p = _form(read(f"{P}pair_wrap_{count}.txt"), "校园安全监控及门禁系统改造工程（二期）")
    assert p["contact"] == "周敏"


@pytest.mark.parametrize("count", BOTH)
def test_a_group_head_beside_the_value_head(read, count):
    # main, in characters: `绩效指标 … 指标值` no head, each target an unplaced_cell
    _form(read(f"{P}group_head_value_{count}.txt"), "校园安全监控改造工程")


@pytest.mark.parametrize("count", BOTH)
def test_a_group_head_on_a_line_of_its_own(read, count):
    # guard: right on main
    _form(read(f"{P}group_head_{count}.txt"), "校园安全监控改造工程")


@pytest.mark.parametrize("count", BOTH)
def test_a_value_over_three_lines(read, count):
    # guard: right on main
    _form(read(f"{P}value_three_{count}.txt"), "校园安全监控改造工程（县第一中学、县第二中学及城关镇中心小学三校合并实施）")


@pytest.mark.parametrize("count", BOTH)
def test_a_new_form_after_a_page_break_under_its_own_title(read, count):
    # guard: right on main — the title the first page lacks starts a form when its first row is a label's
    r = read(f"{P}page_new_form_{count}.txt")
    assert [(p["name"], p["unit"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("校园安全监控改造工程", "县第一中学", 3560000.0), ("校园食堂改造工程", "县第二中学", 1200000.0)]
    assert [t[2] for t in indicator_targets(r)] == ["新装监控点位数量", "设备验收合格率", "改造食堂面积", "师生满意度"]


@pytest.mark.parametrize("count", BOTH)
def test_level_twos_centred_under_a_top_level_one(read, count):
    # main: `设备验收合格率` under 数量指标 (the line above 质量指标, its block's first), `校园安全事件发生率` under none
    r = read(f"{P}level2_centred_{count}.txt")
    only_project(r)
    assert [t[:2] for t in indicator_targets(r)] == [("产出指标", "数量指标")] * 3 + [("产出指标", "质量指标")] * 3 + [
        ("产出指标", "时效指标")] + [("效益指标", "社会效益指标")] * 2 + [("满意度指标", "服务对象满意度指标")]
    assert warning_codes(r) == ["text_flattened"]
