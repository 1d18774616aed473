"""Review rv143 (session 67) of hunt nw16 (whole documents of new kinds: targets of the year so far, 全年指标值,
indicator libraries, a period's money total): its diff read line by line, then forms it did not test
(tests/fixtures/review/ct_s67_rv143_*, made by tests/fixtures/review/make_s67_rv143.py; each reading written down by
hand before jixiao was run).

Decided:
- a target head of the year so far yields to the year's own however the year's is spelled: nw16 ranked the so-far
  head 0.99, below exact heads only, so `1-6月目标值 | 全年预期值`, `上半年指标值 | 本年度指标值`, `截至6月底目标值 |
  年度计划指标值` (heads of a partial claim) kept the half year's as the target, the year's in the note. Now one rule over
  the header row (parsers.core._year_over_so_far): the so-far head's column goes to the note when another target head
  naming no part of the year stands in the row; nw16's 0.99 for targets dropped (the cell's own claim is whole again,
  as its other `q >= 1.0` readers expect), its 全年指标值 / 全年计划值 / 全年预期指标值 synonyms kept;
- the same heads on a web page copied a cell a line (`上半年目标值` / `全年目标值`, both targets) are one head run (it
  was none: two heads of one role, the table lost, no_indicators — BASE and before nw16 alike);
- `指标值` over `1-6月 | 全年` (a sub-row of the months so far and the year's word) is the year's target, the months
  so far a note (the half year's was the target);
- a period's money in any spelling of its family, `政策周期资金总额`, `建设期资金`, `执行期总额`, `项目实施期资金总额` …
  (period word, 内 or not, money word: parsers.labels._PERIOD_MONEY_PARTS), is budget_total as nw16's six were (it
  was a source line or nothing), and heads a money matrix's period column as `中期资金总额` does
  (`政策期资金总额 | 年度资金总额`: the year's money was lost, the 财政拨款 the period's — nw16's labels too);
- an indicator library titled `…绩效指标参考目录` / `…通用绩效指标` / `…指标清单` is not_a_form as `…指标库` is (BASE: a
  project named null of the names);
- the library rule keeps a form that states money, a goal or a body: a 部门整体 form titled `…（共性指标）`, its
  targets left blank, its money filled, is the body's form (BASE: not_a_form, the money lost).
Kept (BASE already): two halves and no whole year (`上半年目标值 | 下半年目标值`): the first half's the target, the
second a note; a so-far head alone (`1-6月指标值 | 1-6月完成值`) is the target; an office workbook of the heads reads as
the dump does once the rule holds.
Left: nothing of these open.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

W = 10_000
P = "ct_s67_rv143_"


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def test_monitor_expected_year(read):
    """`1-6月目标值 | 全年预期值 | 1-6月完成值 | 偏差原因`: the year's expected value is the target."""
    r = read(P + "monitor_expected_year.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "吴兴区城乡公交运营补贴项目", 2021, "湖州市吴兴区交通运输局", "吴兴区公交运营服务中心")
    assert _fields(p, "budget_year", "spent") == (2_400 * W, 1_150 * W)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "城乡公交线路数", ">=", 32.0, "条")
    assert t[1][2:] == ("公交准点率", ">=", 92.0, "%")
    assert t[4][2:] == ("乘客满意度", ">=", 90.0, "%")
    i0, i1 = r.tables["indicators"][:2]
    assert i0["progress_raw"] == "31条" and "≥30条" in (i0["note"] or "")
    assert i1["deviation"] == "道路施工绕行"


def test_half_this_year(read):
    """`上半年指标值 | 本年度指标值`: the year's the target, the half year's a note."""
    r = read(P + "half_this_year.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "budget_year") == ("播州区茶园提质增效示范项目", 2022, 560 * W)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "低产茶园改造面积", ">=", 5000.0, "亩")
    assert t[3][2:] == ("茶农户均增收", ">=", 1200.0, "元")
    assert "≥2000亩" in (r.tables["indicators"][0]["note"] or "")


def test_to_june_plan(read):
    """`截至6月底目标值 | 年度计划指标值` (no level columns): the year's plan the target."""
    r = read(P + "to_june_plan.txt")
    p = only_project(r)
    assert _fields(p, "name", "year") == ("章贡区城市内涝治理工程", 2023)
    t = [x[2:] for x in indicator_targets(r)]
    assert t == [("新建雨水管网长度", ">=", 12.0, "公里"), ("改造易涝点数量", ">=", 15.0, "处"),
                 ("工程竣工验收合格率", "=", 100.0, "%"), ("积水点消除率", ">=", 90.0, "%")]
    assert "≥40%" in (r.tables["indicators"][3]["note"] or "")


def test_two_halves_keep_the_first(read):
    """`上半年目标值 | 下半年目标值`, no whole year: the first half's stays the target, the second a note."""
    r = read(P + "two_halves.txt")
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "柑橘品种改良面积", ">=", 1500.0, "亩")
    assert "≥2000亩" in (r.tables["indicators"][0]["note"] or "")


def test_so_far_head_alone_is_the_target(read):
    """`1-6月指标值 | 1-6月完成值 | 偏差原因`: the only target head, the months so far's, is the target."""
    r = read(P + "so_far_alone.txt")
    p = only_project(r)
    assert p["name"] == "丰泽区社区居家养老服务补助项目"
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "居家养老服务人次", ">=", 6000.0, "人次")
    ind = r.tables["indicators"]
    assert ind[0]["progress_raw"] == "6200人次" and ind[2]["deviation"] == "新增助餐点未投用"


def test_web_lines_half_year_heads(read):
    """A web page's cells a line under `上半年目标值` / `全年目标值`: the table read, the year's the target."""
    r = read(P + "web_lines_half.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "unit") == ("南湖区农村生活污水治理设施运维项目", 2021, "南湖区农村环境服务站")
    assert "no_indicators" not in warning_codes(r)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "运维处理终端数量", ">=", 420.0, "个")
    assert t[2][2:] == ("农村生活污水处理率", ">=", 85.0, "%")
    i0 = r.tables["indicators"][0]
    assert i0["progress_raw"] == "210个" and "≥200个" in (i0["note"] or "")


def test_sub_row_periods(read):
    """`指标值` over `1-6月 | 全年`: the year's the target, the months so far a note."""
    r = read(P + "sub_row_periods.txt")
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "维护路灯数量", ">=", 12000.0, "盏")
    assert t[1][2:] == ("路灯亮灯率", ">=", 98.0, "%")
    assert "≥6000盏" in (r.tables["indicators"][0]["note"] or "")


def test_monitor_workbook(read):
    """The 监控表's heads in a workbook: the year's expected value the target, the months so far's done the progress."""
    r = read(P + "monitor_workbook.xlsx")
    p = only_project(r)
    assert p["name"] == "吴兴区城乡公交运营补贴项目"
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "城乡公交线路数", ">=", 32.0, "条")
    assert r.tables["indicators"][0]["progress_raw"] == "31条"


def test_policy_cycle_money(read):
    """`政策周期资金总额 | 6,000.00` over `2023年度资金 | 2,000.00`: the period's total and the year's money."""
    p = only_project(read(P + "policy_cycle_money.txt"))
    assert p["name"] == "南宁市首次购房契税补贴政策"
    assert _fields(p, "budget_total", "budget_year") == (6_000 * W, 2_000 * W)


def test_build_period_money(read):
    """`建设期资金 | 12,000.00` over `年度资金 | 4,000.00` and its 财政拨款: the period's total."""
    p = only_project(read(P + "build_period_money.txt"))
    assert _fields(p, "budget_total", "budget_year", "budget_fiscal") == (12_000 * W, 4_000 * W, 3_000 * W)


@pytest.mark.parametrize("name,total,year,fiscal", [("policy_period_matrix", 6_000, 2_000, 1_800),
                                                    ("works_period_matrix", 4_500, 1_500, 1_500)])
def test_period_money_matrix(read, name, total, year, fiscal):
    """`政策期资金总额 | 年度资金总额` (`项目周期资金总额 | …`) over 资金总额 / 财政拨款 rows: the period's total, the year's
    money and its 财政拨款, as under `中期资金总额 | 年度资金总额`."""
    p = only_project(read(P + name + ".txt"))
    assert _fields(p, "budget_total", "budget_year", "budget_fiscal") == (total * W, year * W, fiscal * W)


def test_period_money_family():
    """Every period word with every money word is budget_total; the period's word alone stays the period."""
    from parsers.core import match_field
    for label in ("政策期总额", "政策期预算总额", "政策周期资金总额", "政策实施期资金总额", "执行期资金", "执行期内资金总额",
                  "建设期资金", "建设期内资金总额", "项目期资金", "项目周期资金总额", "项目实施期资金总额", "实施期内资金总额"):
        assert match_field(label) == ("budget_total", None), label
    assert match_field("建设期") == ("period", None) and match_field("项目期") == ("period", None)


@pytest.mark.parametrize("name", ["library_catalogue", "library_general"])
def test_library_titles(read, name):
    """`…绩效指标参考目录`, `…通用绩效指标` over names and 指标解释, nothing to fill in: not_a_form, no project."""
    r = read(P + name + ".txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []
    assert "not_a_form" in warning_codes(r)


def test_dept_form_titled_common_indicators(read):
    """A 部门整体 form titled `…（共性指标）`, its targets blank, its money and goal filled: the body's form."""
    r = read(P + "dept_common_title.txt")
    p = only_project(r)
    assert p["name"] is None and p["year"] == 2024 and p["department"] == "某县农业农村局"
    assert _fields(p, "budget_total", "budget_fiscal") == (2_600 * W, 2_400 * W)
    assert len(r.tables["indicators"]) == 4
    assert "not_a_form" not in warning_codes(r)
