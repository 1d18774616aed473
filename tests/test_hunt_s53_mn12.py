"""Hunt mn12 (session 53): money — budget lines and a project's money fields. Fixtures ct_s53_mn12_* (text dumps,
tab-separated cells or single spaces, from tests/fixtures/review/make_s53_mn12.py) and review's
ct_rv_spaced_bullets_and_sources.txt; each reading was written down by hand before jixiao was run.

Decided (wrong on main, fixed):
- A budget table's bare money head (`重点项目 | 项目名称 | 项目金额 | 主要绩效目标` of a 部门整体 form) takes the one unit
  the form's money labels state when no 金额单位 line does (`年度预算（万元） | 资金总额 | 12,000.00`): 1,500 is 1,500万
  (it was 1,500 元) — when the bare lines so read are no more than the form's total; a 预算明细 in 元 under a form in
  万元 (`金额 | 200,000.00` under `年度资金总额（万元） | 50`) stays in 元.
- `资金性质 | 财政拨款` (`| 自有资金`, a source's name) is the project's fund_type, as written (it was nothing, the row
  dropped); letter-spaced in single-spaced text too (`资 金 性 质 财 政 拨 款`).
- `项 目 金 额 360 调 整 金 额 -60` (single spaces): 项目金额 360, 调整金额 -60 kept in other_fields (`调 | 整` were
  cells of no word, 调整金额 lost; joined, the words after 项目金额 were its value, `360 调整金额 -60`, the 360 lost).
- One level's line that is all of the form's money, `区级资金 80 150` under `合 计 80 150` over a 支出明细: budget_fiscal
  150万 (it was null: no budget_fiscal from level lines in a form with lines of spending, nor from one line).
- Money heads a line break cut, each piece right under its cell, over their amounts: a self-evaluation's `项目资金 |
  年初 | 全年 | 全年 | 分值 | 执行率 | 得分` over `（万元） | 预算数 | 预算数 | 执行数` (the money was lost, its rows read
  as a score table), a 资金来源's `上级` / `补助`; the block's unit cut onto the amounts' row, `（万元） | 800 | 500 | 300`
  (it was a source line named `（万元）`).
Kept (right on main, guards): `资金性质 | 自有资金` beside another field; the matrix's unit alone in its corner cell
under the block label; 上级补助 and 本级安排 each a line of its own under `资金来源（万元）`; a 预算明细 in 元 under a form in
万元.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def test_key_projects_take_the_unit_of_the_forms_money_labels(read):
    """main: the key projects 1,500 元 and 800 元 of a 12,000万 部门整体 budget."""
    r = read("ct_s53_mn12_dept_key_projects_unit_on_label.txt")
    p = only_project(r)
    assert (p["department"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (
        "某县教育局", 12000 * W, 11500 * W, 500 * W)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("学生营养改善计划", 1500 * W, "composition"),
                                                            ("校舍维修改造", 800 * W, "composition")]


def test_detail_in_yuan_under_a_form_in_wan_stays_yuan(read):
    """Guard: `金额 | 200,000.00` and `| 300,000.00` under `年度资金总额（万元） | 50.00`: 元, their sum the 50万."""
    r = read("ct_s53_mn12_detail_in_yuan_under_wan.txt")
    assert only_project(r)["budget_year"] == 50 * W
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("音响设备", 200000.0), ("图书购置", 300000.0)]


def test_fund_type_written_as_a_source(read):
    """main: fund_type null (the row `资金性质 | 财政拨款` dropped without a word)."""
    p = only_project(read("ct_s53_mn12_fund_type_fiscal.txt"))
    assert (p["fund_type"], p["budget_year"], p["budget_fiscal"]) == ("财政拨款", 300 * W, 300 * W)


def test_fund_type_beside_another_field(read):
    """Guard (right on main): `主管部门 | 某县农业农村局 | 资金性质 | 自有资金`, the pair inside a row of fields."""
    p = only_project(read("ct_s53_mn12_fund_type_fiscal_beside.txt"))
    assert (p["department"], p["fund_type"], p["budget_year"]) == ("某县农业农村局", "自有资金", 120 * W)


def test_spaced_fund_type_written_as_a_source(read):
    """main: `资金性质 | 财 | 政 | 拨 | 款`, fund_type null; the money 360万 read."""
    r = read("ct_s53_mn12_spaced_fund_type.txt")
    p = only_project(r)
    assert (p["budget_total"], p["fund_type"]) == (360 * W, "财政拨款")
    assert warning_codes(r) == ["text_flattened"]


def test_spaced_adjustment_label_after_the_money(read):
    """main: `项目金额 | 360 | 调 | 整 | 金额 | -60`, 调整金额 lost; with `调整金额` joined alone the row was `项目金额 |
    360 调整金额 -60`, the 360 lost too (the leftover as noticed)."""
    r = read("ct_s53_mn12_spaced_adjustment.txt")
    p = only_project(r)
    assert p["budget_total"] == 360.0
    assert other_fields(p) == {"调整金额": "-60"}
    assert len(r.tables["indicators"]) == 3


def test_spaced_district_money_is_fiscal(read):
    """main: budget_fiscal null."""
    r = read("ct_s53_mn12_spaced_district_money.txt")
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["prior_budget"], p["budget_fiscal"]) == (
        "城区背街小巷改造", 150 * W, 80 * W, 150 * W)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("区级资金", 150 * W, "source"),
                                                            ("路面改造工程费", 120 * W, "composition"),
                                                            ("设计监理费", 30 * W, "composition")]


def test_review_spaced_sources_district_money_is_fiscal(read):
    """The review's dump (岳阳楼区): `区级资金 130 300` under `合 计 130 300`, a 支出明细 below. main: budget_fiscal null."""
    p = only_project(read("ct_rv_spaced_bullets_and_sources.txt"))
    assert (p["budget_year"], p["prior_budget"], p["budget_fiscal"]) == (300 * W, 130 * W, 300 * W)


def _self_eval(r):
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["budget_fiscal"]) == (500 * W, 480 * W, 456 * W,
                                                                                     430 * W)
    assert (p["execution_rate"], p["score"]) == (0.95, 95.5)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("当年财政拨款", 430 * W), ("上年结转资金", 50 * W),
                                                          ("其他资金", 0.0)]
    assert [i["level3"] for i in r.tables["indicators"]] == ["改造小区数量", "居民满意度"]
    assert not {"unparsed_row", "weights_not_100"} & set(warning_codes(r))


def test_self_eval_money_heads_cut_by_a_line_break(read):
    """main: no money at all, the four money rows read as a score table (weights 520)."""
    _self_eval(read("ct_s53_mn12_self_eval_wrapped_heads.txt"))


def test_self_eval_unit_in_the_corner(read):
    """Guard (right on main): `（万元）` alone in the corner cell under `项目资金`."""
    _self_eval(read("ct_s53_mn12_self_eval_unit_in_corner.txt"))


def _sources(r, group=None):
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (800 * W, 800 * W)
    assert budget_lines(r) == [(group, "上级补助", 500 * W, "source"), (group, "本级安排", 300 * W, "source")]
    assert "unparsed_row" not in warning_codes(r) and "unplaced_cell" not in warning_codes(r)


def test_sources_heads_cut_by_a_line_break(read):
    """main: no money (the three rows lost)."""
    _sources(read("ct_s53_mn12_sources_heads_wrapped.txt"))


def test_sources_unit_on_the_amounts_row(read):
    """main: a source line `（万元）` of 800万, the parts lost (an unplaced_cell)."""
    _sources(read("ct_s53_mn12_sources_unit_on_amounts.txt"))


def test_sources_on_two_lines(read):
    """Guard (right on main): 上级补助 and 本级安排 each a line under `资金来源（万元）`."""
    _sources(read("ct_s53_mn12_sources_on_two_lines.txt"), "资金来源")
