"""Mend md46 (session 63) of review rd63's groups C and D1.

C: a table of the project's people saying what each does (`序号 | 姓名 | 职务 | 分工`, a people head since hunt ly15's
分工 column) away from the indicators — above them with no caption, under its caption after the budget breakdown
(fixtures ct_s63_md46_* from tests/fixtures/review/make_s63_md46.py) — is kept in other_fields as one right under
the indicators is (main: its rows consumed without a word; before ly15 they were unparsed_row warnings).
D1: the numerals of words (`一次性`, `第一批`, `统一人员`, `一批`, `一户一策`) are no counts of a goal, so two sibling
goals differing only in their real count are no versions of one goal (main: both counted 1, `_same_goal` True).
Each answer was written down by hand before jixiao was run.
"""
from __future__ import annotations

import pytest

from jixiao.pipeline import _same_goal
from parsers.core import bare_fold
from tests.hunt_tools import only_project, other_fields, warning_codes

ROADS = ["安装波形护栏", "工程验收合格率", "交通事故发生率", "沿线群众满意度"]


def _names(r):
    return [i["level3"] for i in r.tables["indicators"]]


def test_team_above_the_indicators_kept(read):
    """`序号 | 姓名 | 职务 | 分工` between the money and the indicators, no caption: `项目人员`, an empty duty cell no
    bracket piece; the indicators as they are, no row unparsed."""
    r = read("ct_s63_md46_duty_above.txt")
    p = only_project(r)
    assert p["name"] == "农村道路安全生命防护工程"
    assert other_fields(p).get("项目人员") == "王立新（局长，总负责）；陈晓红（副局长）；刘洋（股长，资金管理）"
    assert _names(r) == ROADS
    assert "unparsed_row" not in warning_codes(r)


def test_team_under_its_caption_after_the_budget_kept(read):
    """`项目实施人员及分工` over `序号 | 姓名 | 职称 | 工作职责` after the budget breakdown: kept under the caption."""
    r = read("ct_s63_md46_duty_captioned.txt")
    p = only_project(r)
    assert other_fields(p).get("项目实施人员及分工") == "赵志刚（高级工程师，技术指导）；孙丽（会计师，财务核算）"
    assert _names(r) == ROADS


def test_caption_after_the_budget_no_budget_line(read):
    """The budget lines are the breakdown's two, the team's caption none."""
    r = read("ct_s63_md46_duty_captioned.txt")
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("护栏采购", 600000.0),
                                                                           ("安装施工", 250000.0)]


@pytest.mark.parametrize("a, b", [
    ("发放一次性生活补贴200户", "发放一次性生活补贴150户"),
    ("完成第一批村卫生室改造30个", "完成第一批村卫生室改造45个"),
    ("完成第十二批农房抗震改造30户", "完成第十二批农房抗震改造45户"),
    ("统一人员培训200人次", "统一人员培训300人次"),
    ("打造一批美丽乡村示范村，完成人居环境整治30个", "打造一批美丽乡村示范村，完成人居环境整治45个"),
    ("落实一户一策帮扶措施，帮扶脱贫户120户", "落实一户一策帮扶措施，帮扶脱贫户80户"),
])
def test_word_numerals_no_shared_count(a, b):
    """Sibling goals of one template, their own counts differing: no versions of one goal."""
    assert _same_goal(bare_fold(a), bare_fold(b)) is False
