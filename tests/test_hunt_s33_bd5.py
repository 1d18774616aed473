"""Hunt BD, fault 5: funding-source lines (budget_items of kind `source`) added up against the money their group
stands for (tests/fixtures/review/ct_s33_bd5_*); the consistent twins stay silent."""
from __future__ import annotations

from pathlib import Path

from jixiao.checks import run_checks
from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _codes(warnings, code="source_sum_mismatch"):
    return [w for w in warnings if w["code"] == code]


def test_fiscal_parts_that_fall_short_of_the_fiscal_money_are_reported():
    """`（一）财政拨款：800000` over `1. 上级财政拨款：0` / `2. 本级财政安排：760000` / `3. 下级财政配套：0`: the three
    lines were read but never added up (no warning); now 760,000 against 财政资金 800,000 is reported, naming the
    lines, their sum, the total with its form label and the difference."""
    t = process_file(REVIEW / "ct_s33_bd5_fiscal_parts_short.txt").tables
    [w] = _codes(t["warnings"])
    assert "上级财政拨款 0 + 本级财政安排 760,000 + 下级财政配套 0 = 760,000 元" in w["message"]
    assert "财政资金 (budget_fiscal) is 800,000 元 (difference -40,000)" in w["message"]
    assert w["line"] == 19


def test_fiscal_parts_that_add_up_are_silent():
    """The same form with `2. 本级财政安排：800000`: no warning."""
    t = process_file(REVIEW / "ct_s33_bd5_fiscal_parts_add_up.txt").tables
    assert not _codes(t["warnings"])


def _tables(lines, steps=None, **project):
    p = {"project_id": "p", "doc_id": "d", **project}
    return {"projects": [p], "budget_items": [
        {"project_id": "p", "seq": k, "name": n, "amount": a, "kind": "source", "group": g, "line": 10 + k}
        for k, (g, n, a) in enumerate(lines, 1)]}


def _found(lines, steps=None, **project):
    got, _ = run_checks(_tables(lines, **project), steps=steps)
    return _codes(got)


def test_the_consistent_twins_stay_silent():
    """Sources given partly (one `其中` line; a blank line), a 中期 | 年度 matrix (each name twice), a block of a
    generic label (项目资金: some sources only), lines that add up to another of the project's totals, and lines in 元
    under a total written in whole 万元: no warning."""
    fiscal = dict(budget_fiscal=800000.0, budget_year=1000000.0, budget_total=1000000.0)
    assert not _found([("财政拨款", "本级财政安排", 760000.0)], **fiscal)
    assert not _found([("财政拨款", "上级财政拨款", 100000.0), ("财政拨款", "本级财政安排", None)], **fiscal)
    assert not _found([("财政拨款", "上级财政拨款", 100000.0), ("财政拨款", "上级财政拨款", 300000.0),
                       ("财政拨款", "本级财政安排", 200000.0), ("财政拨款", "本级财政安排", 500000.0)], **fiscal)
    assert not _found([("项目资金", "上级补助", 100000.0), ("项目资金", "本级财政", 300000.0)], **fiscal)
    assert not _found([("财政拨款", "上级补助", 600000.0), ("财政拨款", "本级财政", 400000.0)], **fiscal)
    assert not _found([("（一）财政拨款", "上级补助", 305000.0), ("（一）财政拨款", "本级财政", 262000.0)],
                      steps={"p": {"budget_fiscal": 10000.0}}, budget_fiscal=570000.0)


def test_year_and_total_groups_are_summed_against_their_totals():
    """Lines under 年度资金总额 are summed against budget_year, under 项目总预算 against budget_total."""
    [w] = _found([("年度资金总额", "中央补助", 500000.0), ("年度资金总额", "市级资金", 400000.0)],
                 budget_year=1000000.0, budget_total=3000000.0)
    assert "年度资金总额 (budget_year) is 1,000,000 元 (difference -100,000)" in w["message"]
    [w] = _found([("项目总预算", "中央补助", 500000.0), ("项目总预算", "县级配套", 600000.0)],
                 budget_total=1000000.0)
    assert "(difference 100,000)" in w["message"]
