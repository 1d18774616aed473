"""Review rv121 (session 64) of mend md48 (money leftovers of reviews rv113 and rv110), with fixtures
ct_s64_rv121_* (text dumps from tests/fixtures/review/make_s64_rv121.py); each reading was written down by hand
before jixiao was run.

Decided:
- the months so far in words (`一至六月执行数`, `一月至六月 执行数`) head the spent column as `1-6月执行数` does:
  md48 taught normalize.dates SO_FAR_PERIOD the words, but parsers.core's _MONTHS_FIRST gate (md49's) let only
  figures and 截 / 上 / 前 reach _MONTHS, so the key kept its months and the money spent was lost.
- SO_FAR_PERIOD's month is dates' MONTH_NUMERAL (1-12, 一 to 十二), not a third spelling (`\\d{1,2}` or
  `[一…十]{1,2}`): `6-36月龄儿童营养包发放率` is no months so far (its key was `龄儿童营养包发放率`).
- a money sentence's uses are warned of once: a later money line read by the sources-and-progress reader
  (`资金来源：中央资金300万元，…，实际到位480万元`) warned of the earlier line's uses again (stale reader state).
Kept (judged): rva's `主要用于管网改造250万元，其他50万元` now an unplaced_cell warning (md48): those amounts are in no
table, so the warning is right.
"""
from __future__ import annotations

import pytest

from parsers.core import label_key
from tests.hunt_tools import only_project, warning_codes

W = 10000.0


@pytest.mark.parametrize("name", ["month_words_matrix_tabs.txt", "month_words_matrix_bars.txt"])
def test_months_so_far_in_words_head_the_spent_column(read, name):
    """main: spent None (the head's key `一至六月执行数`, no column's)."""
    p = only_project(read("ct_s64_rv121_" + name))
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (960 * W, 960 * W, 310 * W)
    assert p["year"] == 2025


@pytest.mark.parametrize("text,key", [("6-36月龄儿童营养包发放率", "6-36月龄儿童营养包发放率"),
                                      ("12-24月龄婴幼儿随访人数", "12-24月龄婴幼儿随访人数")])
def test_an_age_in_months_is_no_months_so_far(text, key):
    """main: the key lost `6-36月` (`龄儿童营养包发放率`)."""
    assert label_key(text) == key


def test_uses_warned_once_beside_a_later_money_line(read):
    """main: two unplaced_cell warnings of the same uses, the second on the 资金来源 line."""
    r = read("ct_s64_rv121_uses_then_sources_line.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_issued"]) == (500 * W, 500 * W, 480 * W)
    assert warning_codes(r) == ["unplaced_cell"]
