"""Review rv8 (session 46, second wave's rules): a numbered sub-item `项目一：垃圾清运车辆购置` naming an indicator in
an indicator table's row (hunt fam's caption rule read it as a form's name: each such row a project of its own, the
table lost); a system-printed indicator row of labelled cells whose target was left blank (`指标值：`: hunt fam's
labelled-cell rule left the row as written, its indicator lost); a period restated as `（分三年实施）` after its dates
(hunt pf read `（三年）` only: the period unread); a list of `预算执行进度` and no money (hunt fam dropped the rate).
Text dumps (tabs between cells, as samples/). Each
reading was written down by hand before jixiao was run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def test_numbered_item_in_indicator_row_is_no_caption(read):
    """`产出指标 | 数量指标 | 项目一：垃圾清运车辆购置 | ≥10台`: one project (新化县城乡环境整治项目), four indicators, the
    first two named as written. A `项目N：…` caption names a form only alone on its row. Main: 3 projects (垃圾清运车辆购置,
    公厕改造数量), no indicator, `no_indicators` three times and two `unparsed_row`."""
    r = read("ct_s46_rv8_caption_in_indicator.txt")
    p = only_project(r)
    assert p["name"] == "新化县城乡环境整治项目"
    got = [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [("数量指标", "项目一：垃圾清运车辆购置", "≥10台"), ("数量指标", "项目二：公厕改造数量", "≥20座"),
                   ("社会效益指标", "人居环境改善", "明显改善"), ("服务对象满意度指标", "群众满意度", "≥90%")]
    assert "no_indicators" not in warning_codes(r) and "unparsed_row" not in warning_codes(r)


def test_labelled_cells_with_blank_target(read):
    """`一级指标：产出指标 | 二级指标：质量指标 | 三级指标：茶园验收合格率 | 指标值：` between two such rows with their targets:
    three indicators, the second of no target (`target_missing`). Main: two, the blank one lost without a word."""
    r = read("ct_s46_rv8_labelled_blank_target.txt")
    only_project(r)
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [("产出指标", "数量指标", "新建茶园面积", "≥5000亩"), ("产出指标", "质量指标", "茶园验收合格率", None),
                   ("效益指标", "经济效益指标", "茶农户均增收", "≥2000元")]
    assert "target_missing" in warning_codes(r)


def test_period_restated_in_stages(read):
    """`项目周期 | 2024年1月至2026年12月（分三年实施）`: the period 2024-01-01 to 2026-12-31 (hunt pf's restated length,
    `（三年）`, `共2年`, has its sibling `分三年实施`). Main: no start, no end."""
    p = only_project(read("ct_s46_rv8_period_in_stages.txt"))
    assert (str(p["start_date"]), str(p["end_date"])) == ("2024-01-01", "2026-12-31")


def test_budget_progress_list_without_money_keeps_rate(read):
    """A 自评结果汇总表 `序号 | 项目名称 | 预算执行进度 | 自评得分 | 自评等级` of no money column: three projects, execution
    rates 0.985, 0.95, 1.0 (hunt fam's works' progress list drops a bare `执行进度` with no money beside it; a head naming
    the budget, `预算执行进度`, is the budget's rate still). Main: the three rates null."""
    r = read("ct_s46_rv8_rate_list_no_money.txt")
    got = [(p["name"], p["execution_rate"], p["grade"]) for p in r.tables["projects"]]
    assert got == [("新化县农村公路养护项目", 0.985, "优"), ("新化县农村危房改造项目", 0.95, "良"),
                   ("新化县油茶产业发展项目", 1.0, "优")]
