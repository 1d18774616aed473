"""Mend md10 (session 56; read-only code review rd's findings on the session's merged hunts, outside the office code).

Decided:
- a form's late titles (hunt ti11) are places in its titles: deleting the caption over a project list shifts them
  (`RawForm.drop_title`); they pointed one title too far, the form's own title dropped and the review's kept.
- a change of the money (hunt mn15's `_CHANGE_WORD`) is a label ending in its change word, or with only 金额 / 额 / 数 /
  情况 after it: a fund named for what it pays for (`产业结构调整资金`, `人员变动经费`) is money, a source line as
  `产业扶持资金` is (it was kept in other_fields).
- one list of a seal's words (normalize.text SEAL_WORDS) for core's SIGN_MARK and _SEAL_ONLY, forms' _SEAL_ONLY and
  records' _STAMP_NOTE: `（单位盖章）  2024年3月15日` and `（盖公章） 2024年3月15日` under a form give its fill_date.
- orgs' SIGNED_DAY holds the whole line's end: a title whose period in numerals follows its body
  (`某县教育局2024年三月至十二月…项目绩效目标表`) is no sign-off.
- a bond form's capital line (hunt ly3) is grouped under its total's label, not under a text line's whole text
  (`项目总投资(万元):18,000.00`).
Kept: `预算调整（万元） | -50.00` in other_fields (mn15); `（盖章）` days (ti11).
Not tested here (speed, measured by hand): extract/txt `_spaced_label_lines` stops its walk up at another tab row.
"""
from __future__ import annotations

import pytest

from normalize.records import _STAMP_NOTE
from parsers.core import SIGN_MARK, signoff_line
from parsers.forms import RawForm, _CHANGE_WORD, _signoff_day
from tests.hunt_tools import budget_lines, only_project, other_fields


def test_drop_title_shifts_the_late_titles():
    f = RawForm(titles=["2025年度项目支出绩效目标汇总表", "2025年度某项目绩效目标表", "项目绩效目标审核意见表"],
                late_titles=[2])
    f.drop_title(0)
    assert f.own_titles == ["2025年度某项目绩效目标表"]
    assert f.late_titles == [1]


@pytest.mark.parametrize("key, change", [
    ("预算调整", True), ("调减金额", True), ("增减额", True), ("预算调整数", True), ("资金变动情况", True),
    ("年度预算调增额", True), ("调整后预算", False), ("产业结构调整资金", False), ("人员变动经费", False),
    ("机构调整经费", False)])
def test_a_change_of_the_money_ends_the_label(key, change):
    assert bool(_CHANGE_WORD.search(key)) is change


def test_a_fund_named_for_a_change_is_money(read):
    r = read("ct_s56_md10_fund_named_change.txt")
    assert budget_lines(r) == [(None, "产业结构调整资金", 3000000.0, "source")]
    assert other_fields(only_project(r)) == {}


def test_a_change_of_the_money_still_kept(read):
    r = read("ct_s56_md10_budget_change.txt")
    assert other_fields(only_project(r)) == {"预算调整（万元）": "-50.00"}


@pytest.mark.parametrize("name", ["ct_s56_md10_unit_seal_day.txt", "ct_s56_md10_public_seal_day.txt"])
def test_a_seal_spelled_otherwise_gives_the_fill_date(read, name):
    assert str(only_project(read(name))["fill_date"]) == "2024-03-15"


@pytest.mark.parametrize("line", ["（单位盖章）  2024年3月15日", "（盖公章） 2024年3月15日", "（盖章）  2024年3月15日",
                                  "（签字并盖章） 2024年3月15日"])
def test_signoff_day_after_any_seal(line):
    assert _signoff_day(line) == "2024年3月15日"


@pytest.mark.parametrize("label", ["填报单位（单位盖章）", "填报单位（盖公章）：", "单位负责人（签名）"])
def test_one_seal_list(label):
    assert SIGN_MARK.search(label)
    assert _STAMP_NOTE.search(label.rstrip("：")) or label.endswith("：")


@pytest.mark.parametrize("text, signed", [
    ("某县教育局2024年三月至十二月学生资助项目绩效目标表", False),
    ("某县教育局二〇二四年三月至十二月学生资助项目绩效目标表", False),
    ("某县财政局 2024年三月十五日", True), ("某县财政局 二〇二四年三月十五日", True),
    ("杭州市临平区财政局 2022年3月18日", True)])
def test_a_signed_day_ends_the_line(text, signed):
    assert signoff_line(text) is signed


def test_a_bond_capital_grouped_under_the_total_label(read):
    r = read("ct_s56_md10_bond_total_line.txt")
    assert ("项目总投资", "项目资本金", 50000000.0, "source") in budget_lines(r)


@pytest.mark.parametrize("head", ["评分标准", "评估标准", "赋分规则", "打分办法", "评分标准及依据"])
def test_one_rule_head_for_core_and_tables(head):
    from parsers import core, tables
    assert core.SCORE_RULE_HEAD.match(head) and tables._SCORE_RULE_HEAD.match(head)


@pytest.mark.parametrize("cell", ["10分", "10", "满分10分", "共10分", "分值：10分"])
def test_one_points_cell_for_core_and_tables(cell):
    from parsers import core
    assert core.BARE_POINTS.match(cell) or core.POINTS_WORDED.match(cell)
