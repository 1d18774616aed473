"""Review rv9 of hunt ls's space-aligned text-dump rules (tests/fixtures/make_s46_rv9.py):
tests/fixtures/review/ct_s46_rv9_*, each read as the form says."""
from __future__ import annotations

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
