"""Hunt ly3 (session 56): layouts not yet seen. Fixtures ct_s56_ly3_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s56_ly3.py); each reading was written down by hand before jixiao was run.

Decided:
- two indicator halves side by side, `三级指标 | 指标值 | 单位 | 实际完成值 | 单位` twice across one head row (a wide
  table holding two columns of indicator rows): each half's rows are indicators, the left half's rows first, then
  the right half's (as the page is read), each with its own 单位; a half's row left empty gives none;
- a lone `绩效指标` head at the table's left edge right before the target, no level's head, heads the names (level 3);
- a bond form's loose `项目资本金（万元） | 5,000.00` (on the year's row, no `其中：`) is a source of the 项目总投资 as
  `其中：专项债券资金` is: a line of that group, no unplaced_cell, not in other_fields;
- `◎道路硬化 ●路灯安装 ◎绿化提升` (a bullet list of works, ring and filled circle marks) is no choice: kept as written;
  a choice is still read when the options are one and its negation or a known pair (`◎通过 ◉不通过`, `◎合理 ●不合理`,
  `☑是 □否`), and a ring beside a dotted ring (`◉`) is a drawn radio button whatever its words;
- a 部门整体 form's `部门职责` text over rows, then a `部门职责 | 工作任务 | 主要内容 | 预算金额` table: one form (the
  head's 部门职责 no second project), the duties its overview, the tasks its lines grouped by duty;
- a 政府性基金 form's `基金名称 | 城市基础设施配套费` beside its own 项目名称: kept in other_fields (it was dropped).
Kept (right on main): a 绩效运行监控表 (全年预算数 / 1-6月执行数 / 执行率, 1-6月完成值 and 偏差原因 columns); 一级 / 二级
levels merged and left empty; halves each with its 一级指标; `指标解释 | 评分标准` columns (explanation, note); a transposed list, fields in the
first row and one project a row (packed_list); 实施内容's bullets as overview.
"""
from __future__ import annotations

import pytest

from parsers.core import radio_boxes, ticked_options
from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10_000


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


def test_two_indicator_halves_side_by_side(read):
    """`三级指标 | 指标值 | 单位 | 实际完成值 | 单位` twice: 6 indicators, the left half's first. Main: 3, the right half
    packed into each note and 3 unplaced_cell."""
    r = read("ct_s56_ly3_two_halves.txt")
    assert _ind(r, "level3", "value", "unit", "actual_raw") == [
        ("新建公共厕所", 12, "座", "12座"), ("垃圾收集点", 40, "个", "38个"), ("群众满意度", 90, "%", "93%"),
        ("户厕改造数量", 800, "户", "812户"), ("村庄保洁覆盖率", 100, "%", "100%"),
        ("项目完工及时率", 100, "%", "95%")]
    assert [i.get("note") for i in r.tables["indicators"]] == [None] * 6
    assert "unplaced_cell" not in warning_codes(r) and r.document["status"] == "ok"


def test_two_halves_the_right_one_shorter(read):
    """`绩效指标 | 年度指标值 | 单位 | 实际完成值 | 单位` twice, the right half's last row empty: 5 indicators. Main: 3
    rows with no name (the 绩效指标 read as levels)."""
    r = read("ct_s56_ly3_two_halves_odd.txt")
    assert _ind(r, "level1", "level3", "target_raw", "actual_raw") == [
        (None, "改造背街小巷条数", "25条", "25条"), (None, "新增路灯", "300盏", "310盏"),
        (None, "工程完工时间", "2024年11月", "2024年12月"),
        (None, "路面平整度合格率", "95%", "97%"), (None, "居民满意度", "90%", "92%")]
    assert not {"unplaced_cell", "unparsed_row"} & set(warning_codes(r))


def test_bare_performance_indicator_head_names_the_rows(read):
    """`绩效指标 | 年度指标值 | 单位 | 实际完成值 | 单位` (no level's head): 绩效指标 heads the names. Main: the names read
    as levels 1 and 2, each row an unparsed_row."""
    r = read("ct_s56_ly3_bare_name_head.txt")
    assert _ind(r, "level1", "level3", "op", "value", "unit", "actual_raw") == [
        (None, "改造供水管网长度", "=", 18, "公里", "18.5公里"), (None, "管网漏损率", "<=", 12, "%", "11.6%"),
        (None, "用户满意度", ">=", 90, "%", "94%")]
    assert warning_codes(r) == []


def test_bond_capital_loose_is_a_source_of_the_total(read):
    """`本年度申请债券资金（万元） | 6,000.00 | 项目资本金（万元） | 5,000.00`: the capital a source line of 项目总投资.
    Main: kept in other_fields with an unplaced_cell, the document partial."""
    r = read("ct_s56_ly3_bond_capital.txt")
    p = only_project(r)
    assert budget_lines(r) == [("项目总投资", "专项债券资金", 15000 * W, "source"),
                               ("项目总投资", "项目资本金", 5000 * W, "source")]
    assert (p["budget_total"], p["budget_year"]) == (20000 * W, 6000 * W)
    assert other_fields(p) == {"债券期限": "10年", "债券利率": "2.60%"}
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_bond_money_a_row_each(read):
    """`项目总投资 | 30,000.00`, `专项债券资金 | 22,000.00`, `项目资本金 | 8,000.00` a row each: both sources, as the bonds
    are read (no group). Main: the capital an unplaced_cell."""
    r = read("ct_s56_ly3_bond_capital_rows.txt")
    assert budget_lines(r) == [(None, "专项债券资金", 22000 * W, "source"), (None, "项目资本金", 8000 * W, "source")]
    assert only_project(r)["budget_total"] == 30000 * W
    assert warning_codes(r) == []


def test_two_halves_with_their_levels_kept(read):
    """`一级指标 | 三级指标 | 指标值 | 实际完成值` twice: 4 indicators, the left half's first, each its level 1."""
    r = read("ct_s56_ly3_two_halves_levels.txt")
    assert _ind(r, "level1", "level3", "actual_raw") == [
        ("产出指标", "维修校舍面积", "12500平方米"), ("产出指标", "维修学校数量", "15所"),
        ("效益指标", "校舍安全隐患消除率", "100%"), ("满意度指标", "师生满意度", "95%")]


def test_bullets_of_works_are_no_choice(read):
    """`建设任务 | ◎道路硬化 ●路灯安装 ◎绿化提升`: kept as written. Main: `路灯安装`, as if it were the option ticked."""
    r = read("ct_s56_ly3_works_bullets.txt")
    p = only_project(r)
    assert other_fields(p) == {"建设任务": "◎道路硬化 ●路灯安装 ◎绿化提升"}
    assert p["overview"] == "◎村道硬化 ●太阳能路灯安装"


@pytest.mark.parametrize("text, want", [
    ("◎道路硬化 ●路灯安装", None), ("●路灯安装 ◎绿化提升 ◎污水管网", None),
    ("◎通过 ◉不通过", ["不通过"]), ("◎合理 ●不合理", ["不合理"]), ("●是 ◎否", ["是"]), ("○新增项目 ●延续项目", ["延续项目"]),
])
def test_ring_and_filled_circle_marks(text, want):
    """A ring beside a filled circle is a choice only of a word and its negation or a known pair; beside a dotted ring
    (`◉`) it is a radio button; an empty circle beside a filled one is a choice as before."""
    assert ticked_options(text) == want
    if want is None:
        assert radio_boxes(text) == text


def test_real_choices_still_read(read):
    """`事前绩效评估结论 | ◎通过 ◉不通过`, `是否政府采购 | ☑是 □否`: the options ticked (kept)."""
    p = only_project(read("ct_s56_ly3_radio_choices.txt"))
    assert other_fields(p) == {"事前绩效评估结论": "不通过", "是否政府采购": "是"}


def test_dept_duties_then_duty_task_table_is_one_form(read):
    """`部门职责` over three rows, then `部门职责 | 工作任务 | 主要内容 | 预算金额（万元）`: one form. Main: a second
    project (header_missing) holding the goal, the first no_indicators."""
    r = read("ct_s56_ly3_dept_duties.txt")
    p = only_project(r)
    assert p["department"] == "某县教育局" and p["budget_total"] == 12500 * W
    assert p["overview"].startswith("1.贯彻执行国家教育方针政策") and p["overview"].endswith("3.负责全县学生资助工作。")
    assert p["goal_annual"] == "巩固义务教育均衡发展成果，学前教育普惠率达到90%"
    assert [(b["group"], b["name"], b["amount"]) for b in r.tables["budget_items"]] == [
        ("统筹管理各类教育", "学前教育保障", 2300 * W), ("统筹管理各类教育", "义务教育保障", 8200 * W),
        ("负责学生资助", "学生资助", 2000 * W)]
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == []


def test_gov_fund_name_beside_the_project_name(read):
    """`基金名称 | 城市基础设施配套费` under `项目名称 | 城市基础设施配套费安排的支出`: kept in other_fields. Main: dropped
    without a word."""
    r = read("ct_s56_ly3_gov_fund.txt")
    p = only_project(r)
    assert p["name"] == "城市基础设施配套费安排的支出"
    assert other_fields(p) == {"基金名称": "城市基础设施配套费"}
    assert (p["budget_year"], p["budget_fiscal"]) == (3200 * W, 3200 * W)
    assert len(r.tables["indicators"]) == 3


def test_monitor_form_kept(read):
    """A 绩效运行监控表: budget 800, spent 360, rate 45%; each indicator's 1-6月完成值 its progress, 偏差原因 its deviation."""
    r = read("ct_s56_ly3_monitor.txt")
    p = only_project(r)
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (800 * W, 360 * W, 0.45)
    assert _ind(r, "level3", "target_raw", "progress_raw", "deviation") == [
        ("医疗救助人次", "≥12000人次", "5600人次", "无偏差"),
        ("救助对象个人负担降低比例", "≥10%", "8%", "上半年结算滞后"),
        ("救助对象满意度", "≥90%", "未开展", "年底开展调查")]
    assert warning_codes(r) == []


def test_levels_merged_and_left_empty_kept(read):
    """一级 / 二级 merged down and left empty below their first row, a blank row between: 6 indicators, each its levels."""
    r = read("ct_s56_ly3_levels_merged_empty.txt")
    assert _ind(r, "level1", "level2", "level3") == [
        ("产出指标", "数量指标", "新建全民健身路径"), ("产出指标", "数量指标", "更新健身器材"),
        ("产出指标", "质量指标", "器材验收合格率"), ("产出指标", "时效指标", "完工时间"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例"), ("满意度指标", "服务对象满意度指标", "群众满意度")]
    assert warning_codes(r) == []


def test_explanation_and_rule_columns_kept(read):
    """`… | 指标值 | 指标解释 | 评分标准`: the 指标解释 each indicator's explanation, the 评分标准 its note."""
    r = read("ct_s56_ly3_explain_rule.txt")
    assert _ind(r, "level3", "value", "explanation", "note")[1] == (
        "抽检合格率", 98, "抽检合格批次占抽检总批次的比例", "达到得满分，每低1个百分点扣2分")
    assert len(r.tables["indicators"]) == 3


def test_transposed_list_one_project_a_row_kept(read):
    """Fields in the first row, one project a row: 2 projects, each its money and goal."""
    r = read("ct_s56_ly3_transposed_projects.txt")
    assert [(p["name"], p["unit"], p["budget_year"], p["goal_annual"]) for p in r.tables["projects"]] == [
        ("乡村道路养护项目", "某县公路养护中心", 320 * W, "完成农村公路日常养护860公里"),
        ("农村客运补贴项目", "某县道路运输服务中心", 180 * W, "保障全县48条农村客运线路正常运营")]
