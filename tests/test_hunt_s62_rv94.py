"""Review rv94 (session 62) of hunt nw8: variants of its rules. Fixtures ct_s62_rv94_* from
tests/fixtures/review/make_s62_rv94.py; each reading was written down by hand before jixiao was run.

Decided:
- a goal's numbered paragraph its line's width cut goes on over the next line when that line ends it: `2.安置就业困难
  人员和脱贫劳动力` / `350人；` / `3.…。` is one goal of three items (it was cut after `劳动力`, the rest lost), beside
  its label or under it alone; only where the list's items end with a mark or the next item follows — a list of no
  end marks keeps its items whole (`2.…不低于95%` / `表内数据为年度计划数。`: the note is no part of it);
- a money line whose bracket follows its figure unspaced (`项目资金（万元）：860.00（其中：财政拨款860.00）`) is read as the
  money sentence it is when spaced: the total and 财政拨款 (nw8 read it as a cell beside its label, the part a note);
  so when the bracket's end is cut off (it was lost);
- one cell a line, a line opening with a place under a body's name (`裕安区城市建设投资有限公司` /
  `裕安区供水有限责任公司`) is a second body, not the rest of the first (nw8 glued them);
- a 项目库 list's title atop its sheet is no field's pair nor a note (`填报单位：市发展改革委项目管理科` over
  `2026年度项目库入库项目清单`: year 2026, it was none; `备注：2027年前完工的项目列入`: no year, it was 2027).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields

W = 10_000
GUIZHOU_GOAL = "1.开发城乡公益性岗位350个，按月足额发放岗位补贴；2.安置就业困难人员和脱贫劳动力350人；3.公益性岗位人员在岗率不低于95%。"


def _goal(p) -> str:
    return (p["goal_annual"] or "").replace("\n", "")


@pytest.mark.parametrize("name", ["goal_item_wrapped.txt", "goal_first_wrapped.txt"])
def test_goal_item_wrapped(read, name):
    """`年度目标：1.…` then the items one a line, one of them cut by the line's width: the goal is the three items whole."""
    r = read(f"ct_s62_rv94_{name}")
    p = only_project(r)
    assert _goal(p) == GUIZHOU_GOAL
    assert len(r.tables["indicators"]) == 3


def test_goal_list_wrapped(read):
    """`预期绩效目标：` alone over its items, the second cut by the line's width (`2.设施正常运行率达到` / `90%以上；`)."""
    p = only_project(read("ct_s62_rv94_goal_list_wrapped.txt"))
    assert _goal(p) == "1.完成全区农村生活污水治理设施运维站点1,380个；2.设施正常运行率达到90%以上；3.出水水质达标率不低于85%。"


def test_goal_open_items_keep_note_out(read):
    """Items of no end mark are whole: the note after them (`表内数据为年度计划数。`) is no part of the goal."""
    p = only_project(read("ct_s62_rv94_goal_open_items.txt"))
    # (`；` between the open items: mend md43 of review rd's B2, `…350个2.…` ran them together)
    assert _goal(p) == "1.开发城乡公益性岗位350个；2.公益性岗位人员在岗率不低于95%"


@pytest.mark.parametrize("name", ["money_bracket_glued.md", "money_bracket_cut.md"])
def test_money_bracket_unspaced(read, name):
    """`项目资金（万元）：860.00（其中：财政拨款860.00）`: the total and its 财政拨款, as the line spaced before its bracket
    reads; no note of the bracket."""
    p = only_project(read(f"ct_s62_rv94_{name}"))
    assert (p["budget_total"], p["budget_fiscal"]) == (860 * W, 860 * W)
    assert "项目资金说明" not in other_fields(p)


def test_second_unit_not_glued(read):
    """One cell a line: `实施单位` over two bodies each opening with its place: two bodies (`、` between), not one glued; the
    department wrapped after its place (`六安市裕安区住房和城乡` / `建设局`) still one name."""
    p = only_project(read("ct_s62_rv94_two_units_lines.txt"))
    assert (p["name"], p["department"], p["unit"]) == (
        "裕安区城区老旧管网更新改造工程", "六安市裕安区住房和城乡建设局",
        # (the second firm joined with `、` since review rv100 of session 63: one rule for a second body of any kind)
        "裕安区城市建设投资有限公司、裕安区供水有限责任公司")


def test_second_department_not_glued(read):
    p = only_project(read("ct_s62_rv94_dept_second_body.txt"))
    assert p["department"] == "六安市裕安区住房和城乡建设局"


def test_pool_title_under_filer_pair(read):
    """The filer's pair atop a 项目库 CSV is no title: the list's title under it gives the year."""
    ps = read("ct_s62_rv94_pool_filer_over_title.csv").tables["projects"]
    assert [p["name"] for p in ps] == ['市区道路"白改黑"工程', "智慧城管平台二期", "农村供水保障提升"]
    assert [p["year"] for p in ps] == [2026, 2026, 2026]


def test_pool_note_is_no_title(read):
    """A note atop a 项目库 CSV of no title: its year is none of the list's."""
    ps = read("ct_s62_rv94_pool_note_no_title.csv").tables["projects"]
    assert len(ps) == 3 and [p["year"] for p in ps] == [None, None, None]
