"""Hunt ly5 (session 58): layouts (parsers/tables.py, parsers/core.py, parsers/forms.py, normalize/records.py).
Fixtures ct_s58_ly5_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s58_ly5.py); each reading was
written down by hand before jixiao was run.

Decided:
- level 2 merged down and printed on the middle row of its block: the rows above a table's first level 2, under its
  level 1 and naming none, take it (`| | 参保人数` over `产出指标 | 数量指标 | 资助特困人员参保人数`), as they took
  its level 1 already; not a row whose name hints at another level 2 only. rr2_j1_first_row_short's first row
  `活动开展情况` so gets 数量指标 (hunt s48 decided the row's name, its level 2 left null for want of a rule);
- `年度绩效指标    指标值` (`中期绩效指标 | 指标值`): a horizon before a bare 绩效指标 heads the names as 绩效指标 does;
- a 评分表's name alone under the 三级 column right under an item with its 分值 and 得分 (the two cells merged over
  both): an item of its own, no points, its note `与“立项依据充分性”共用分值、得分` (it was an unparsed_row, lost);
- 调整前目标值 | 调整后目标值 with the adjusted cell empty: the one before is the target, said once (the note repeated it);
- the form's title printed again atop the next page with （续）: the table goes on (its first rows took the next
  level's labels), as a running head printed again does;
- 指标方向 `↑` / `↓` / `越高越好` over a bare figure: a floor / a ceiling, as 正向 / 反向 are.
Kept (guards): a 绩效运行监控表 (`1-7月执行情况` the value so far, 偏差原因 the deviation); a 部门整体 table of
年度主要任务 | 对应项目 | indicators (the task and project in each note); 指标方向 | 计算方法 | 评（扣）分标准 columns;
levels printed once with blank cells below; a table over two pages, the head and a page number between; an indicator
table's two rows under one merged 分值 (two indicators, the second with no points).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import other_fields, only_project, warning_codes


def _ind(r, *keys):
    return [tuple(i.get(k) for k in keys) for i in r.tables["indicators"]]


@pytest.mark.parametrize("name, first", [
    ("ct_s57_ly4_levels_centred.txt", "参保人数"), ("rr2_j1_first_row_short.txt", "活动开展情况")])
def test_rows_above_the_first_level2_take_it(read, name, first):
    """Level 2 printed on the middle row of its block: the row above it is its. main: level 2 null."""
    r = read(name)
    assert _ind(r, "level1", "level2", "level3")[:3] == [
        ("产出指标", "数量指标", first), ("产出指标", "数量指标", _ind(r, "level3")[1][0]),
        ("产出指标", "数量指标", _ind(r, "level3")[2][0])]


@pytest.mark.parametrize("name", ["ct_s58_ly5_spaced_year_head.txt", "ct_s58_ly5_year_head_tabbed.txt"])
def test_year_indicators_head_beside_the_target(read, name):
    """`年度绩效指标    指标值` (typed with spaces or tabbed) over name | target rows. main: no_indicators, the rows
    kept as fields."""
    r = read(name)
    got = _ind(r, "level3", "target_raw")
    assert got[:2] == [("维护路灯数量", "≥3000盏"), ("路灯亮灯率", "≥98%")] and got[-1] == ("市民满意度", "≥90%")
    assert len(got) == (4 if "spaced" in name else 3)
    assert other_fields(only_project(r)) == {}
    assert warning_codes(r) == []


def test_two_horizon_heads(read):
    """`中期绩效指标    指标值` then `年度绩效指标    指标值`: each table its horizon. main: no_indicators."""
    r = read("ct_s58_ly5_two_horizon_heads.txt")
    assert _ind(r, "level3", "target_raw", "horizon") == [
        ("维护路灯数量", "≥9000盏次", "long_term"), ("市民满意度", "≥90%", "long_term"),
        ("维护路灯数量", "≥3000盏", "annual"), ("路灯亮灯率", "≥98%", "annual"), ("市民满意度", "≥90%", "annual")]


def test_score_items_sharing_merged_points(read):
    """Items under one merged 分值 and 得分: each an item, the points on the first. main: the others unparsed_row."""
    r = read("ct_s58_ly5_score_shared_points.txt")
    got = [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"], s["note"])
           for s in r.tables["scores"] if not s["is_subtotal"]]
    assert got == [
        ("决策", "项目立项", "立项依据充分性", 5, 5, None),
        ("决策", "项目立项", "立项程序规范性", None, None, "与“立项依据充分性”共用分值、得分"),
        ("决策", "绩效目标", "绩效目标合理性", 5, 4, None),
        ("过程", "资金管理", "资金到位率", 10, 10, None),
        ("过程", "资金管理", "预算执行率", None, None, "与“资金到位率”共用分值、得分"),
        ("过程", "资金管理", "资金使用合规性", None, None, "与“资金到位率”共用分值、得分"),
        ("产出", "产出数量", "防护栏安装长度", 30, 28, None),
        ("效益", "社会效益", "交通事故发生率", 50, 50, None)]
    assert "unparsed_row" not in warning_codes(r)


def test_adjusted_target_left_empty_said_once(read):
    """`供餐天数 | 200天 | | 198天` under 调整前目标值 | 调整后目标值: the target 200天, no note saying it again. main:
    `调整前指标值：200天`."""
    r = read("ct_s57_rv53_adjusted_blank.txt")
    assert _ind(r, "level3", "target_raw", "note") == [
        ("受益学生人数", "12500人", "调整前指标值：12000人"), ("供餐天数", "200天", None)]


def test_title_continued_on_the_next_page(read):
    """`…绩效目标表（续）` atop page 2 over the head again, `| | 新建蓄水池` first: the levels of page 1 carried. main:
    效益指标 (the next level 1 below), level 2 null."""
    r = read("ct_s58_ly5_continued_title.txt")
    assert _ind(r, "level1", "level2", "level3", "target_raw") == [
        ("产出指标", "数量指标", "维修养护工程处数", "≥40处"), ("产出指标", "数量指标", "更换管网长度", "≥15公里"),
        ("产出指标", "质量指标", "水质达标率", "≥95%"), ("产出指标", "质量指标", "新建蓄水池", "≥6座"),
        ("效益指标", "社会效益指标", "受益人口", "≥8万人"), ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%")]
    assert only_project(r)["title"] == "2025年度项目支出绩效目标表"
    assert warning_codes(r) == []


def test_direction_arrows(read):
    """指标方向 `↑` / `↓` / `越高越好` beside bare figures: ≥ / ≤ / ≥. main: `=` for the arrows and 越高越好."""
    r = read("ct_s58_ly5_direction_arrows.txt")
    assert _ind(r, "level3", "op", "value", "unit") == [
        ("维修养护工程处数", ">=", 40, "处"), ("水质达标率", ">=", 95, "%"), ("单处维修成本", "<=", 65000, "元"),
        ("受益群众满意度", ">=", 90, "%")]


# ---------------------------------------------------------------- guards (read so on main too)

def test_monitor_form_kept(read):
    """A guard: `年度指标值 | 1-7月执行情况 | 全年预计完成情况 | 偏差原因`: the value so far kept as written (no share),
    the forecast noted, the reason the deviation."""
    r = read("ct_s58_ly5_monitor_july.txt")
    assert _ind(r, "level2", "level3", "target_raw", "progress_raw", "progress", "note", "deviation") == [
        ("数量指标", "垃圾清运量", "≥3.6万吨", "2.2万吨", None, "全年预计完成情况：3.7万吨", None),
        ("质量指标", "垃圾无害化处理率", "100%", "100%", None, "全年预计完成情况：100%", None),
        ("时效指标", "垃圾日产日清率", "≥98%", "95%", None, "全年预计完成情况：97%", "雨季清运车辆故障"),
        ("服务对象满意度指标", "群众满意度", "≥90%", "88%", None, "全年预计完成情况：90%", None)]


def test_dept_tasks_with_indicators_kept(read):
    """A guard: 年度主要任务 | 对应项目 | 一级 … 指标值, the task and project merged down: each indicator its levels,
    the task and project in its note."""
    r = read("ct_s58_ly5_dept_task_indicators.txt")
    assert _ind(r, "level1", "level2", "level3", "target_raw", "note") == [
        ("产出指标", "数量指标", "送戏下乡场次", "≥120场", "年度主要任务：公共文化服务；对应项目：送戏下乡"),
        ("效益指标", "社会效益指标", "受益群众人数", "≥6万人次", "年度主要任务：公共文化服务"),
        ("产出指标", "数量指标", "更新图书册数", "≥2万册", "年度主要任务：公共文化服务；对应项目：农家书屋更新"),
        ("产出指标", "质量指标", "巡查覆盖率", "100%", "年度主要任务：文物保护；对应项目：文物安全巡查"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "年度主要任务：文物保护")]
    assert only_project(r)["department"] == "某县文化广电旅游局"


def test_direction_method_rule_columns_kept(read):
    """A guard: 指标方向 | 指标值 | 计算方法 | 评（扣）分标准: the direction the operator, the rest in the note."""
    r = read("ct_s58_ly5_direction_method.txt")
    assert _ind(r, "level3", "op", "value")[2] == ("因贫辍学幼儿人数", "<=", 0)
    assert _ind(r, "note")[0] == ("每少50人扣1分；计算方法：资助名单人数；指标方向：正向",)


@pytest.mark.parametrize("name, n", [("ct_s58_ly5_levels_once_blank.txt", 9), ("ct_s58_ly5_continued_page.txt", 7)])
def test_levels_once_and_two_pages_kept(read, name, n):
    """A guard: levels printed once with blank cells below, and over a page with the head again and `- 1 -` between."""
    r = read(name)
    got = _ind(r, "level1", "level2", "level3")
    assert len(got) == n and all(a and b for a, b, _ in got)
    assert ("产出指标", "质量指标", "工程验收合格率") in got and ("产出指标", "时效指标", "维修完成时限") in got
    assert warning_codes(r) == []


def test_indicators_sharing_merged_points_kept(read):
    """A guard: two indicators under one merged 分值 | 得分 in an indicator table: two, the points on the first."""
    r = read("ct_s58_ly5_shared_points.txt")
    assert _ind(r, "level3", "weight", "score")[:2] == [("防护栏安装长度", 20, 19), ("标志标牌设置数量", None, None)]


def test_rows_naming_their_own_points_share_none_kept(read):
    """A guard: `省级财力专项预算分配时限(1分) | 1` over a row cut by the dump's end: no merged 分值 shared (each row
    names its own points), the cut row an unparsed_row as before."""
    r = read("ao_score_sheet_score_column_only.txt")
    assert not any("共用" in (s["note"] or "") for s in r.tables["scores"])
