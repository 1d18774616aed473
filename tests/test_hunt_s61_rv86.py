"""Review rv86 (session 61, of hunt ly12): layout dumps near the shapes ly12 put back
(tests/fixtures/review/ct_s61_rv86_*.txt, made by tests/fixtures/review/make_s61_rv86.py; each expectation written
down by hand before the run), in display columns (`_cols`) and in characters (`_chars`).

Decided: a title the pages above lack, after a page break, is a running head of the table the page broke only when
the line under it starts in one of that table's columns (`格率` under 三级指标, a row under a merged 一级指标); a new
form's subtitle centred under its title (`2025年度项目支出绩效目标申报表` over `（校园食堂改造工程）`) is in none: the new
form keeps its title and year (main: ly12 took the title for a running head — the second form had no title and
the first form's year, 2024).
Kept (guard): ly10's row cut by a page break under a new running head (tests/test_hunt_s60_ly10.py); ly12's new
form whose first row is a label's (tests/test_hunt_s61_ly12.py).
Left (strict xfail): a pair's value filling its cell up to the next label, a bracketed rest alone under it
(`…门禁系统改造工程` over `（二期）`), still loses the rest without a word (read since hunt ly13, session 62).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project

P = "ct_s61_rv86_"
BOTH = ["cols", "chars"]


@pytest.mark.parametrize("count", BOTH)
def test_a_new_form_with_a_subtitle_after_a_page_break(read, count):
    # main: the second form's title taken for a running head (title None, year 2024)
    r = read(f"{P}new_form_subtitle_{count}.txt")
    assert [(p["name"], p["unit"], p["budget_year"], p["title"], p["year"]) for p in r.tables["projects"]] == [
        ("校园安全监控改造工程", "县第一中学", 3560000.0, "2024年度项目支出绩效目标申报表", 2024),
        ("校园食堂改造工程", "县第二中学", 1200000.0, "2025年度项目支出绩效目标申报表", 2025)]
    assert [t[2] for t in indicator_targets(r)] == ["新装监控点位数量", "设备验收合格率", "改造食堂面积", "师生满意度"]


# (a plain test since hunt ly13 (session 62): a bracket alone that is no unit (`_name_bracket`) under a pair's value
# is the value's rest, `extract.txt._wrapped_rests`)
@pytest.mark.parametrize("count", BOTH)
def test_a_bracketed_rest_under_a_value_filling_its_cell(read, count):
    p = only_project(read(f"{P}pair_bracket_rest_{count}.txt"))
    assert (p["name"], p["department"], p["unit"], p["contact"]) == (
        "校园安全监控及门禁系统改造工程（二期）", "县教育局", "县第一中学", "周敏")
