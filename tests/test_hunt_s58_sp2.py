"""Hunt sp2 (session 58): speed of the text path (parsers/forms.py, parsers/core.py). Fixtures ct_s58_sp2_* (text
dumps, tab-separated cells, from tests/fixtures/review/make_s58_sp2.py); each reading was written down by hand before
jixiao was run.

Pure speed: no reading changes, and these tests pass on main too (they pin what the hunt restructured):
- `_signoff_text` asks a table row's last cell for a day first, and only then gathers the row's cells and asks each
  whether it is a sign-off's (`单位负责人：张三 | 审核人：王五 | 填表人：李四 | 2024年3月15日` still a sign-off, a row
  of an indicator ending in its deadline `2024年11月30日` still none);
- `_yes_no_question` (`是否政府采购 | …`), `_yes_no_row`'s first test, gates the pass over an indicator table's level
  columns `_ends_table` made for its `answered`;
- detect_header's memo read in place (split_forms, `_row_fields_of`, `context_head_over`): the same answer as the call;
- `_read_fields` matches each cell's field once for its three tests; `_period_money_header` folds each cell once.
"""
from __future__ import annotations

import datetime

import pytest

from extract.grid import Cell, Grid
from parsers.core import Row, _row_fields_of, context_head_over, detect_header
from parsers.forms import _signoff_text, _yes_no_question, _yes_no_row
from tests.hunt_tools import only_project, other_fields

W = 10_000


def _row(*texts: str, line: bool = False) -> Row:
    """A row of a dump's grid (or a text line): its non-empty cells, each in its own column."""
    cells = [Cell(0, k, t, line=1) for k, t in enumerate(texts) if t]
    if line:
        return Row(cells, None)
    return Row(cells, Grid(list(cells), 1, len(texts), "txt"))


@pytest.mark.parametrize("texts, line, want", [
    (("填表人：李四", "2024年3月15日"), False, "填表人：李四  2024年3月15日"),
    (("（盖章）", "2024.3.15"), False, "（盖章）  2024.3.15"),
    (("单位负责人：张三", "审核人：王五", "填表人：李四", "2024年3月15日"), False,
     "单位负责人：张三  审核人：王五  填表人：李四  2024年3月15日"),
    (("产出指标", "时效指标", "完工时间", "2024年11月30日"), False, None),   # (an indicator's deadline: no sign-off)
    (("时效指标", "完工时间", "2024年11月30日"), False, "时效指标  完工时间  2024年11月30日"),  # (three: as written)
    (("填表人：李四", "联系电话：0734-1234567"), False, None),                # (no day last)
    (("2024年3月15日",), False, None),                                     # (a day alone in a grid's row: one text)
    (("2024年3月15日", "", ""), False, None),
    (("（盖章）  二〇二四年三月十五日",), True, "（盖章）  二〇二四年三月十五日"),   # (a line: its text, whatever it says)
    (("项目名称：某项目",), True, "项目名称：某项目"),
])
def test_signoff_text_of_varied_rows(texts, line, want):
    """A sign-off's text: a line's own; a grid row of two or three cells ending in a day alone, or more whose cells
    before the day are each a sign-off's (the day asked first now: the answers as they were)."""
    assert _signoff_text(_row(*texts, line=line)) == want


@pytest.mark.parametrize("texts", [
    ("是否政府采购", "是", "否"), ("是否政府购买服务", "□是", "☑否"), ("是否政府采购", "是"), ("是否涉及政府采购", "是 否"),
    ("是否按规定公示", "是"), ("项目名称", "是", "否"), ("是否", "是"), ("是否政府采购",), ("产出指标", "数量指标", "是否"),
])
def test_yes_no_question_gates_the_row(texts):
    """The gate says no only where the yes/no row says no, answered or not (so `_ends_table` skips the pass over the
    level columns only where its answer could not matter)."""
    cells = _row(*texts).cells
    if not _yes_no_question(cells):
        assert not _yes_no_row(cells, True) and not _yes_no_row(cells, False)


def _pairs():
    """Rows of a 部门整体 form's head and a plain form's fields, in pairs (row, the row below)."""
    head = _row("部门职责", "工作任务", "绩效指标")
    below = _row("", "", "一级指标", "二级指标", "三级指标", "指标值")
    below.grid = head.grid
    fields = _row("项目名称", "某县农村公路养护", "主管部门", "某县交通运输局")
    money = _row("年度资金总额", "300", "其中：财政拨款", "260")
    money.grid = fields.grid
    return [(head, below), (fields, money), (below, _row("产出指标", "数量指标", "养护里程", "≥120公里"))]


def test_memo_read_in_place_answers_as_the_call():
    """`_row_fields_of` and `context_head_over` read the header detect_header stored, else ask it: the same fields and
    the same combined head whether the rows' headers were asked before or not."""
    fresh = [(_row_fields_of(a), _row_fields_of(b), context_head_over(a, b)) for a, b in _pairs()]
    rows = _pairs()
    for a, b in rows:
        detect_header(a), detect_header(b)
    asked = [(_row_fields_of(a), _row_fields_of(b), context_head_over(a, b)) for a, b in rows]
    assert [(x, y, None if h is None else (h.kind, h.cols)) for x, y, h in fresh] \
        == [(x, y, None if h is None else (h.kind, h.cols)) for x, y, h in asked]
    assert fresh[0][2] is not None and fresh[0][2].cols["task"] == 0       # (the pair does combine: no empty check)
    assert dict(fresh[1][0])["name"] == "某县农村公路养护"


def test_signoff_day_after_the_pairs_and_a_deadline_row(read):
    """`单位负责人：张三 | 审核人：王五 | 填表人：李四 | 2024年3月15日` under the form: its fill_date; the indicator whose
    target is a day (`完工时间 | 2024年11月30日`) an indicator, no sign-off; `是否政府采购 | 是 | 否` under the indicators a
    field offering its choices, no indicator."""
    r = read("ct_s58_sp2_signoff_rows.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["leader"]) == (
        "农村饮水安全巩固提升工程", "某县水利局", "某县农村供水服务中心", "刘刚")
    assert p["fill_date"] == datetime.date(2024, 3, 15)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (300 * W, 260 * W, 40 * W)
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "维修改造供水工程", "12处"),
        ("产出指标", "质量指标", "水质达标率", "≥95%"),
        ("产出指标", "时效指标", "完工时间", "2024年11月30日"),
        ("效益指标", "社会效益指标", "受益人口", "3.2万人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]
    assert other_fields(p).get("是否政府采购") == "是 否"


def test_period_money_goal_labels_and_filer_day(read):
    """`项目资金（万元） | | 实施期资金总额 | 年度资金总额` over the sources: the period's total and the year's money; the goal's
    two labels over their texts; `填表人：赵敏 | 2024年3月20日` the fill_date; the deadline an indicator's target."""
    r = read("ct_s58_sp2_period_goal.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        1200 * W, 500 * W, 400 * W, 100 * W)
    assert (p["goal_total"], p["goal_annual"]) == ("三年内完成城区主次干道路灯LED节能改造。", "完成主干道路灯改造1500盏。")
    assert p["fill_date"] == datetime.date(2024, 3, 20)
    assert p["phone"] == "0591-7654321"
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("改造路灯数量", "1500盏"), ("改造完成时间", "2024年10月31日"), ("道路亮灯率", "≥98%")]
