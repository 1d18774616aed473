"""Hunt ly8 (session 59): leftovers of hunt nw5 — a 考核任务分解表 headed by a bare `任务` over its sections, and an
evaluator's line with its time above a 第三方 评分表. Fixtures tests/fixtures/review/ct_s59_ly8_* (made by
tests/fixtures/review/make_s59_ly8.py) and nw5's ct_s59_nw5_task_breakdown / third_party_scores; each reading was
written down by hand before jixiao was run.

Decided:
- a bare `任务` head beside both an item's points and its rule (`任务 | 考核内容 | 分值 | 评分标准 | 责任单位`) heads the
  sections: `一、厕所革命` section 一, `加分项` / `扣分项` the items' kind (main: unplaced cells, the items base); so in
  a laid-out dump (nw5's strict xfail test_task_breakdown_sections, now plain);
- `评价机构：… | 评价时间：2024年5月` (or `评价单位：… | 评价日期：…`) on a line by a 评分表: both pairs kept in
  other_fields, a month a day of no column as a day is (main: an unparsed_row, or the time lost).
Kept: `评价单位：… | 评价日期：2024年5月20日` (a day); a 工作总结's `序号 | 任务 | 目标 | 完成情况 | 责任股室` (no 分值, no 评分标准) is no assessment table.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes


def _items(r, *keys):
    return [tuple(a.get(k) for k in keys) for a in r.tables["assessment_items"]]


def test_bare_task_head_sections(read):
    """`任务 | 考核内容 | 分值 | 评分标准 | 责任单位 | 完成时限`, tab cells: the 任务 column the sections and kinds."""
    r = read("ct_s59_ly8_task_sections.txt")
    assert _items(r, "item_no", "section_no", "section", "kind", "content", "points") == [
        (1, "一", "厕所革命", "base", "农村户用卫生厕所新改建不少于800户", 10.0),
        (2, "一", "厕所革命", "base", "公共厕所管护制度落实", 5.0),
        (3, "二", "垃圾治理", "base", "农村生活垃圾收运处置体系覆盖所有行政村", 10.0),
        (4, None, "加分项", "bonus", "工作经验被市级以上推广", 1.0),
        (5, None, "扣分项", "penalty", "发生环境卫生负面舆情", 5.0)]
    # (a 加分 / 扣分 item's figure a time its points, its 分值 the cap: docs/SCHEMA.md assessment_items.points)
    assert [a.get("cap") for a in r.tables["assessment_items"]] == [None, None, None, 3.0, 5.0]
    assert _items(r, "responsible")[0] == (["县农业农村局", "各乡镇"],)
    assert r.tables["assessment_items"][1]["requirement"] == "制度健全、落实到位得满分；发现一处无人管护扣1分。"
    assert "unparsed_row" not in warning_codes(r)


def test_work_summary_task_head_no_assessment(read):
    """A guard: `序号 | 任务 | 目标 | 完成情况 | 责任股室` names no points and no rule — no assessment table."""
    r = read("ct_s59_ly8_work_summary_tasks.txt")
    assert r.tables["assessment_items"] == []


EVALUATOR = "湖南天平正大有限责任会计师事务所"


def _scored(read, name, other):
    r = read(f"ct_s59_ly8_{name}.txt")
    p = only_project(r)
    assert (p["name"], p["year"], p["score"], p["fill_date"]) == ("凤凰县义务教育营养改善计划补助资金", 2023, 95.0, None)
    assert other_fields(p) == other
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("立项依据充分性", 10, 10), ("资金到位率", 20, 20), ("受益学生人数", 40, 38), ("学生家长满意度", 30, 27)]
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("name", ["evaluator_time_above", "evaluator_time_below"])
def test_evaluator_and_time_line(read, name):
    """`评价机构：… | 评价时间：2024年5月` by the 评分表: both kept, no fill_date (main: an unparsed_row)."""
    _scored(read, name, {"评价机构": EVALUATOR, "评价时间": "2024年5月"})


def test_evaluator_and_day_line_kept(read):
    """A guard, right on main: `评价单位：… | 评价日期：2024年5月20日` (a day, an attribute's 期) both kept."""
    _scored(read, "evaluator_day_above", {"评价单位": "湘西众信资产评估有限公司", "评价日期": "2024年5月20日"})


def test_third_party_evaluator_line_laid_out(read):
    """nw5's laid-out 评分表: `评价机构：四川华信正源会计师事务所有限公司   评价时间：2024年5月` kept."""
    r = read("ct_s59_nw5_third_party_scores.txt")
    assert other_fields(only_project(r)) == {"评价机构": "四川华信正源会计师事务所有限公司", "评价时间": "2024年5月"}
    assert "unparsed_row" not in warning_codes(r)
