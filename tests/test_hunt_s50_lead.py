"""The lead (session 50), after rv10's note: a level 1's points in 【】 or with a colon after them were kept in the
name (`决策【10分】`, `过程（20分）：`), the level a name of its own with no level1_weight. points_said now reads them
as `决策（10分）`. The readings were written down by hand before jixiao was run (tests/fixtures/review/
ct_s50_lead_level1_points_brackets.txt, a 评分表 as a tab dump); the comments say what main gave.
"""
from __future__ import annotations

from parsers.tables import points_said
from tests.hunt_tools import warning_codes


def test_points_in_square_brackets_or_before_a_colon():
    # main: None for the first three (the 【】 and the trailing colon were no points' frame)
    assert points_said("决策【10分】") == ("决策", "10")
    assert points_said("过程（20分）：") == ("过程", "20")
    assert points_said("决策（10分）:") == ("决策", "10")
    # (a colon between the name and its points: the name without it; main gave `决策:`)
    assert points_said("决策:（10分）") == ("决策", "10")
    # (unchanged: no bracket of points, a bare `：10分`, and ASCII square brackets, a footnote's as often)
    assert points_said("决策：10分") is None
    assert points_said("决策[10分]") is None
    assert points_said("決策（10分）") == ("決策", "10")


def test_score_sheet_level1_points_in_square_brackets_and_with_a_colon(read):
    """`决策【10分】` / `过程（20分）：` / `产出：（40分）` / `效益（30分）`: level 1 决策 / 过程 / 产出 / 效益 with
    level1_weight 10 / 20 / 40 / 30 on each row. Main: `决策【10分】` and `过程（20分）` kept whole, level1_weight null."""
    r = read("ct_s50_lead_level1_points_brackets.txt")
    assert [(s["level1"], s["level1_weight"], s["level3"]) for s in r.tables["scores"]] == [
        ("决策", 10, "立项程序规范性"), ("决策", 10, "绩效目标合理性"), ("过程", 20, "资金使用合规性"),
        ("产出", 40, "防护栏安装里程"), ("效益", 30, "交通事故下降率")]
    assert r.tables["projects"][0]["score"] == 94
    assert warning_codes(r) == []
