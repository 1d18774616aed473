"""Hunt fam5 (session 50: form families and layouts): an indicator table turned on its side — the indicators' names as
its columns, each with its unit in brackets (`年度 | 新建高标准农田面积（亩） | 工程验收合格率（%） | …`), over one row a
year (`2025年 | ≥20000 | 100 | …`), with or without a row of level names above the names; and a 绩效运行监控表's money
row standing one column right of its head (`项目资金（万元） | 年初预算数 | 1-6月执行数 | 1-6月执行率 | 全年预计执行数 |
偏差原因 | 是否采取纠偏措施` over `| 年度资金总额 | 200.00 | 80.00 | 40% | 200.00 | 采购程序尚未完成 | 是`). Text dumps
(tabs between cells, as samples/). Each reading was written down by hand before jixiao was run; the comments say what
main gave."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

W = 10_000.0


def test_transposed_table_of_one_year(read):
    """`年度 | 新建高标准农田面积（亩） | 耕地质量等级提升（等） | 工程验收合格率（%） | 项目区群众满意度（%）` over `2025年 |
    ≥20000 | ≥0.5 | 100 | ≥90`: four indicators, each its name without the bracketed unit and its target with it
    (`≥20000亩`, `100%`). Main: no indicator (`no_indicators`, the head an unplaced_cell, the year's row an
    unparsed_row)."""
    r = read("ct_s50_fam5_transposed_years.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["budget_year"]) == ("高标准农田建设项目", 2025, 2000 * W)
    assert [i[2:] for i in indicator_targets(r)] == [
        ("新建高标准农田面积", ">=", 20000.0, "亩"), ("耕地质量等级提升", ">=", 0.5, "等"),
        ("工程验收合格率", "=", 100.0, "%"), ("项目区群众满意度", ">=", 90.0, "%")]
    assert [i["line"] for i in r.tables["indicators"]] == [8] * 4
    assert warning_codes(r) == []


def test_transposed_table_of_three_years(read):
    """A fund's `年份 | 提质改造里程（公里） | 工程质量合格率（%） | 沿线群众满意度（%）` over 2025 / 2026 / 2027: each
    indicator once a year, the form's year (2025) its annual target, the later years' long-term ones with their
    target_year, as a `2025年指标值 | 2026年指标值 | 2027年指标值` table reads. Main: no indicator."""
    r = read("ct_s50_fam5_transposed_three_years.txt")
    got = [(i["level3"], i["target_raw"], i["horizon"], i["target_year"]) for i in r.tables["indicators"]]
    assert got == [
        ("提质改造里程", "≥100公里", "annual", 2025), ("提质改造里程", "≥100公里", "long_term", 2026),
        ("提质改造里程", "≥100公里", "long_term", 2027), ("工程质量合格率", "100%", "annual", 2025),
        ("工程质量合格率", "100%", "long_term", 2026), ("工程质量合格率", "100%", "long_term", 2027),
        ("沿线群众满意度", "≥90%", "annual", 2025), ("沿线群众满意度", "≥92%", "long_term", 2026),
        ("沿线群众满意度", "≥95%", "long_term", 2027)]
    assert only_project(r)["budget_year"] == 1200 * W


def test_transposed_table_under_a_row_of_levels(read):
    """`年度 | 产出指标 | 产出指标 | 效益指标 | 满意度指标` over the names' row (年度 merged down over both): each indicator
    its level 1 from the row above. Main: no indicator, both head rows and the year's row unread."""
    r = read("ct_s50_fam5_transposed_levels.txt")
    assert [(i[0], i[2], i[3], i[4], i[5]) for i in indicator_targets(r)] == [
        ("产出指标", "新建高标准农田面积", ">=", 20000.0, "亩"), ("产出指标", "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", "亩均粮食产能提高", ">=", 50.0, "公斤"), ("满意度指标", "群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_monitor_money_row_right_of_its_head_keeps_its_notes(read):
    """A 监控表's money row one column right of its head (the head's label cell merged over the rows' labels), words
    under 偏差原因 and 是否采取纠偏措施: the year's budget, what was spent by June and its rate; the forecast, the
    reason and the yes in other_notes; no budget line. Main: budget_initial, spent and execution_rate null, a `source`
    line named `40%` of 200万元, the two words an unplaced_cell."""
    r = read("ct_s50_fam5_monitor_months.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_initial"], p["spent"], p["execution_rate"]) == (200 * W, 200 * W, 80 * W, 0.4)
    assert p["other_notes"] == "全年预计执行数：200万元；偏差原因：采购程序尚未完成；是否采取纠偏措施：是"
    assert budget_lines(r) == []
    assert warning_codes(r) == []
    assert len(r.tables["indicators"]) == 4


def test_transposed_table_of_stages_in_a_self_evaluation(read):
    """A 自评表's `指标名称 | 新建村级便民服务站（个） | 服务站验收合格率（%） | 群众满意度（%）` over `年度指标值 | ≥30 | 100 |
    ≥90` and `实际完成值 | 32 | 100 | 95`: three indicators, each its target and what it reached, with the head's unit.
    Main: no indicator (`no_indicators`, the rows unparsed)."""
    r = read("ct_s50_fam5_transposed_stages.txt")
    got = [(i["level3"], i["target_raw"], i["actual_raw"]) for i in r.tables["indicators"]]
    assert got == [("新建村级便民服务站", "≥30个", "32个"), ("服务站验收合格率", "100%", "100%"), ("群众满意度", "≥90%", "95%")]
    assert (only_project(r)["spent"], warning_codes(r)) == (142.5 * W, [])


def test_transposed_table_in_a_workbook(read):
    """The same in a sheet (tests/fixtures/make_s50_fam5.py): `年度` merged down over the level row (产出指标 merged
    across its two names) and the names' row, then 2025 and 2026: four indicators a year, each its level 1, the
    form's year's annual. Main: no indicator."""
    r = read("ct_s50_fam5_transposed_levels.xlsx")
    got = [(i["level1"], i["level3"], i["target_raw"], i["target_year"]) for i in r.tables["indicators"]]
    assert got[::2] == [("产出指标", "新建光伏电站装机容量", "≥3000千瓦", 2025), ("产出指标", "并网验收合格率", "100%", 2025),
                        ("效益指标", "村集体年均增收", "≥50000元", 2025), ("满意度指标", "村民满意度", "≥90%", 2025)]
    assert [i["target_year"] for i in r.tables["indicators"][1::2]] == [2026] * 4
    assert warning_codes(r) == []
