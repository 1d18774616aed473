"""Hunt MS (session 44): files holding many forms back to back, and how split_forms cuts them
(tests/fixtures/review/ct_s44_ms_*, written by tests/fixtures/make_s44_ms.py): forms separated by a blank line only
(the next without a title, its 项目名称 row the first), by a page line `第 2 页`, by `附件2`; ten forms of one title;
a form whose sign-off rows (填表人 / 联系电话, then 审核人 / 填报日期) come under the next form's title (a dump's order);
a 自评表 followed by its project's 评分表 (one project)."""
from __future__ import annotations

import datetime

import pytest


def _by_name(r) -> dict:
    return {p["name"]: p for p in r.tables["projects"]}


def _n_indicators(r, p) -> int:
    return sum(1 for i in r.tables["indicators"] if i["project_id"] == p["project_id"])


def test_signoff_under_the_next_title_is_the_form_aboves(read):
    # main: 教师培训经费 with no contact, phone nor fill date; 校舍维修改造 given 王明 / 0571-8888123 / 2024-01-10 and
    # 审核人 赵强 of the form above (its own sign-off, 李红 at its end, lost)
    r = read("ct_s44_ms_signoff_below_next_title.txt")
    ps = _by_name(r)
    assert list(ps) == ["教师培训经费", "校舍维修改造"]
    a, b = ps["教师培训经费"], ps["校舍维修改造"]
    assert (a["contact"], a["phone"], a["fill_date"]) == ("王明", "0571-8888123", datetime.date(2024, 1, 10))
    assert (b["contact"], b["phone"], b["fill_date"]) == ("李红", "0571-8888456", datetime.date(2024, 1, 12))
    assert _n_indicators(r, a) == 4 and _n_indicators(r, b) == 3
    assert a["budget_year"] == 1_200_000 and b["budget_year"] == 3_500_000


def test_selfeval_then_its_score_sheet_is_one_project_with_all_its_score_rows(read):
    # main: one project, 5 indicators, but 9 score rows of the 评分表's 10 (80 of its 100 points): its 产出质量 row
    # 检查合格率 | 20 | 20 was taken for the 自评表's indicator 检查合格率 (20 points, 20) repeated and dropped, though
    # the sheet, a framework of its own (决策 / 过程 / 产出 / 效益), repeats no other indicator
    r = read("ct_s44_ms_selfeval_then_score_sheet.txt")
    assert [p["name"] for p in r.tables["projects"]] == ["城区环卫保洁服务"]
    assert r.tables["projects"][0]["score"] == 94
    assert len(r.tables["indicators"]) == 5
    scores = r.tables["scores"]
    assert [s["level3"] for s in scores] == [
        "立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性", "资金到位率", "资金使用合规性",
        "保洁面积完成率", "检查合格率", "市容环境改善", "市民满意度"]
    assert sum(s["weight"] for s in scores) == 100 and sum(s["score"] for s in scores) == 95
    assert "weights_not_100" not in [w["code"] for w in r.tables["warnings"]]
