"""Hunt ls (space-aligned text dumps: `pdftotext -layout` of forms drawn as PDFs, tests/fixtures/make_s46_ls.py):
tests/fixtures/review/ct_s46_ls_*, each read as the form says."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def test_score_table_level_one_with_its_points_beside_it(read):
    # 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分, the head 一级指标 over two columns of its rows: the outline-
    # numbered level 1 and its points (`一、决策  15  项目立项 …`), on its block's first row only. main: 2 score rows of
    # 10 (level 2 / 3 shifted, 7 unparsed_row warnings, goal_annual `绩效目标明确性`, the level-1 rows in
    # other_fields): the row had a cell more than its head, which ended the table's columns
    r = read("ct_s46_ls_score_outline_points.txt")
    # (the level 1's points beside it are its subtotal's since hunt ls2, session 47)
    assert [(s["level1"], s["weight"]) for s in r.tables["scores"] if s["is_subtotal"]] == [
        ("决策", 15.0), ("过程", 25.0), ("产出", 30.0), ("效益", 30.0)]
    assert [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]
            if not s["is_subtotal"]] == [
        ("决策", "项目立项", "立项依据充分性", 5.0, 5.0), ("决策", "项目立项", "立项程序规范性", 5.0, 5.0),
        ("决策", "绩效目标", "绩效目标明确性", 5.0, 4.0), ("过程", "资金管理", "资金到位率", 5.0, 5.0),
        ("过程", "资金管理", "预算执行率", 10.0, 9.0), ("过程", "组织实施", "制度执行有效性", 10.0, 8.0),
        ("产出", "产出数量", "养护里程完成率", 15.0, 15.0), ("产出", "产出质量", "路况优良率", 15.0, 14.0),
        ("效益", "项目效益", "群众出行条件改善", 20.0, 18.0), ("效益", "满意度", "服务对象满意度", 10.0, 9.0)]
    p = only_project(r)
    assert p["score"] == 92.0 and p["goal_annual"] is None and p["other_fields"] in (None, "{}")
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s46_ls_score_outline_rows.txt", "ct_s46_ls_score_outline_rows_tab.txt"])
def test_score_table_of_outline_levels_with_a_level_two_named_like_a_label(read, name):
    # 评价指标 | 分值 | 评分标准 | 得分, the levels by their numbering in one column, each level 1 (`一、决策  15  14`) and
    # level 2 (`（一）项目立项  10  10`) on a row of its own with its points and score, the items numbered under them;
    # the level 2 `（二）绩效目标` is also a form's label. main: 2 score rows of 10 (and the subtotal 决策), goal_annual
    # `5`, 17 unparsed_row warnings: the row `（二）绩效目标 | 5 | 4` was read as the block 年度绩效目标, ending the table
    # (so too in a tab dump of the same table)
    r = read(name)
    leaves = [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]
              if not s["is_subtotal"]]
    assert leaves == [
        ("决策", "项目立项", "立项依据充分性", 5.0, 5.0), ("决策", "项目立项", "立项程序规范性", 5.0, 5.0),
        ("决策", "绩效目标", "绩效目标明确性", 5.0, 4.0), ("过程", "资金管理", "资金到位率", 5.0, 5.0),
        ("过程", "资金管理", "预算执行率", 10.0, 9.0), ("过程", "组织实施", "制度执行有效性", 10.0, 8.0),
        ("产出", "产出数量", "养护里程完成率", 15.0, 15.0), ("产出", "产出质量", "路况优良率", 15.0, 14.0),
        ("效益", "项目效益", "群众出行条件改善", 20.0, 18.0), ("效益", "满意度", "服务对象满意度", 10.0, 9.0)]
    assert [(s["level1"], s["weight"], s["score"]) for s in r.tables["scores"] if s["is_subtotal"]] == [
        ("决策", 15.0, 14.0), ("过程", 25.0, 22.0), ("产出", 30.0, 29.0), ("效益", 30.0, 27.0)]
    p = only_project(r)
    assert p["score"] == 92.0 and p["goal_annual"] is None
    assert not {"unparsed_row", "weights_not_100", "subtotal_mismatch"} & set(warning_codes(r))


def test_numbered_indicator_table_name_centred_around_its_row(read):
    # 序号 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注, two names of two lines printed around their row's other cells
    # (centred by height: `农村集中供水工程水质` / `3  质量指标  ≥95%` / `检测合格率`). main: 9 indicators, the name's first
    # line joined to the row above's name (`更新净水消毒设备数量农村集中供水工程水质`), the row itself nameless and its
    # second line an indicator of its own with no target
    r = read("ct_s46_ls_seq_wrapped_name.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建改造供水管网长度", ">=", 35.0, "公里"),
        ("产出指标", "数量指标", "更新净水消毒设备数量", "=", 12.0, "套"),
        ("产出指标", "质量指标", "农村集中供水工程水质检测合格率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "工程完工时间", None, None, None),
        ("效益指标", "社会效益指标", "农村自来水普及率", ">=", 98.0, "%"),
        ("效益指标", "可持续影响指标", "供水工程长效运行管护机制建立情况", None, None, None),
        ("满意度指标", "服务对象满意度", "受益群众满意度", ">=", 90.0, "%")]
    assert [i["target_raw"] for i in r.tables["indicators"]][5] == "长期"
    assert not {"unparsed_row", "target_missing"} & set(warning_codes(r))


GOAL = ("新建和改造农村供水管网35公里，更新净水消毒设备12套，完成12个行政村饮水工程提质改造，"
        "农村自来水普及率达到98%以上，水质检测合格率不低于95%，切实保障6.2万农村群众饮水安全。")


def test_declaration_goal_over_three_lines_and_money_label_of_two(read):
    # 项目支出绩效目标申报表 laid out with spaces: each label with its value on its line; the money label `项目资金` over
    # `（万元）` beside the rows 年度资金总额 / 其中：财政拨款 / 其他资金; the 年度目标 over three lines, a blank line (the
    # layout's rounding) before its third. main: amounts in yuan (520 / 500 / 20: the unit on the row under its
    # label was lost) and goal_annual its first two lines only (`…农村自来水普及率达到98%以上，`)
    r = read("ct_s46_ls_declaration_goal_wrapped.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("农村饮水安全巩固提升工程", "某县水利局", "某县农村供水管理站",
                                                              2025)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (5200000.0, 5000000.0, 200000.0)
    assert p["goal_annual"] == GOAL
    assert p["period_raw"] == "2025年1月-2025年12月"
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("新建改造供水管网长度", "≥35公里"), ("更新净水消毒设备数量", "12套"), ("水质检测合格率", "≥95%"),
        ("工程完工时间", "2025年11月底前"), ("农村自来水普及率", "≥98%"), ("受益群众满意度", "≥90%")]


@pytest.mark.parametrize("name", ["ct_s46_ls_paged_footer.txt", "ct_s46_ls_paged_footer_total_first.txt",
                                  "ct_s46_ls_paged_footer_bracketed.txt"])
def test_goal_going_on_over_a_page_break(read, name):
    # a form of two pages (form feed between), each with the running title and a footer (`第 1 页 共 2 页`, `共2页
    # 第1页`, `第1页（共2页）`); the 年度目标 left open at page 1's end (`…分类覆盖率达到90%，`), its rest at page 2's top,
    # then the indicator table. main: goal_annual page 1's part only, the rest a line of no row; the two later
    # footers were no page's number (`共2页 | 第1页` two unparsed_row warnings)
    r = read(name)
    p = only_project(r)
    assert p["goal_annual"] == "完成城区12个街道生活垃圾分类收运，分类覆盖率达到90%，生活垃圾资源化利用率达到40%以上。"
    assert (p["name"], p["department"], p["unit"], p["contact"], p["phone"]) == (
        "城区生活垃圾分类收运", "某市城市管理局", "某市环境卫生管理处", "李明", "0371-6688123")
    assert (p["budget_year"], p["budget_fiscal"]) == (3800000.0, 3800000.0)
    assert p["other_fields"] in (None, "{}")               # nothing from the footers
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "分类收运街道数", "=", 12.0, "个"),
        ("产出指标", "数量指标", "配置分类收集容器", ">=", 3000.0, "个"),
        ("产出指标", "质量指标", "生活垃圾分类覆盖率", ">=", 90.0, "%"),
        ("效益指标", "生态效益指标", "生活垃圾资源化利用率", ">=", 40.0, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 85.0, "%")]
    assert "unparsed_row" not in warning_codes(r)
