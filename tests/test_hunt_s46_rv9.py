"""Review rv9 of hunt ls's space-aligned text-dump rules (tests/fixtures/make_s46_rv9.py):
tests/fixtures/review/ct_s46_rv9_*, each read as the form says."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def test_goal_of_numbered_items_going_on_past_a_blank_line_after_a_semicolon(read):
    # 年度目标 `1.…提供营养膳食补助；` / blank line (the layout's rounding) / `2.食品安全检查覆盖率达到100%，…`: the item
    # closed by `；` leaves the cell open as `，` does. main: goal_annual item 1 only, item 2 lost without a warning
    # (`_past_break` took only `，、：（` as a text left open)
    r = read("ct_s46_rv9_goal_items_semicolon.txt")
    p = only_project(r)
    assert p["goal_annual"] == ("1.为全县42所农村义务教育学校1.8万名学生提供营养膳食补助；"
                                "2.食品安全检查覆盖率达到100%，学生营养健康状况持续改善。")
    assert (p["name"], p["unit"], p["budget_year"], p["budget_fiscal"]) == (
        "城乡学生营养改善计划", "某县学生资助管理中心", 8600000.0, 8600000.0)
    assert [t[2] for t in indicator_targets(r)] == ["受益学生人数", "食品安全检查覆盖率", "学生营养健康状况", "学生家长满意度"]
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("name, last", [("ct_s46_rv9_list_name_around.txt", "饮水安全巩固工程"),
                                        ("ct_s46_rv9_list_name_around_blank.txt", "农村饮水安全巩固提升工程")])
def test_list_name_printed_around_its_row_is_that_rows(read, name, last):
    # 序号 | 项目名称 | 实施单位 | 预算金额（万元） | 年度绩效目标, project 2's name of two lines printed around its row
    # (`城乡学生营养改善` / `2 | | 某县教育局 | 860 | …` / `计划`), in the second fixture a blank line before `计划`. main: 2
    # projects of 3, project 1 named `农村公路日常养护城乡学生营养改善`, project 2 (860万元) lost without a warning: the
    # name's first line filled its column (as wide as the widest name of its block), so it was read as project 1's
    # name going on
    r = read(name)
    assert [(p["name"], p["unit"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("农村公路日常养护", "某县交通运输局", 3200000.0), ("城乡学生营养改善计划", "某县教育局", 8600000.0),
        (last, "某县水利局", 5200000.0)]
