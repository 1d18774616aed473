"""Hunt ti16 (session 59): periods a review of the session left unread. Fixtures ct_s59_ti16_* (text dumps from
tests/fixtures/review/make_s59_ti16.py); each reading was written down by hand before jixiao was run.

Decided:
- a short year's dotted month (`25.6`) is a period's end beside a month written in 年 and 月 (`2024年7月-25.6`,
  `24.7-2025年6月`: 2024-07-01 to 2025-06-30) when its year is the other end's or the next (25 = 2024 + 1); beside
  a dotted month (`24.7-25.6`; `2024.7-25.6` too until hunt ti17 read it) it stays none (a figure's range as
  well), and so do years that do not follow (`2024年7月-26.6`, `2025年7月-24.6`);
- short years written with 年 in a period (`24年7月-12月`, `24年-25年`) are their century's, within one of the form's
  year (`19年-20年` in a form of 2024 stays none); `25年-24年` is reversed, none, as `2025年-2024年` (reversed_period
  names it); `24年` alone no period;
- a period cut after its start's separator over two lines of a text dump (`实施期限 | 2024年7月- |` over
  `| 2025.6.30 |`, or tabs, `实施期限\t2024年7月-` over `\t2025.6.30`): one cell, its period read (it was none, or
  the start only for `2024年7月1日至` over `2025年6月30日`) — extract.txt's `_bar_rows` and `_value_goes_on`, where a
  row's cell going on over the next line is joined, with normalize.dates' `period_cut`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import parse_period, period_cut, reversed_period
from tests.hunt_tools import only_project

D = dt.date
YEAR_TO_JUNE = (D(2024, 7, 1), D(2025, 6, 30))


def _period(read, name):
    p = only_project(read(f"ct_s59_ti16_{name}.txt"))
    return p["start_date"], p["end_date"]


@pytest.mark.parametrize("text, year", [
    ("2024年7月-25.6", 2024),
    ("24.7-2025年6月", 2024),
    ("2024年7月-25.6", None),
    ("24年7月-25.6", 2024),
    ("自2024年7月起至25.6止", 2025),
])
def test_a_short_dotted_month_beside_a_month_in_words(text, year):
    assert parse_period(text, year) == YEAR_TO_JUNE


@pytest.mark.parametrize("text, year, start, end", [
    ("24年7月-12月", 2024, D(2024, 7, 1), D(2024, 12, 31)),
    ("24年7月-12月", None, D(2024, 7, 1), D(2024, 12, 31)),
    ("24年-25年", 2024, D(2024, 1, 1), D(2025, 12, 31)),
    ("24年至26年", 2025, D(2024, 1, 1), D(2026, 12, 31)),
    ("24年3月1日-12月31日", 2024, D(2024, 3, 1), D(2024, 12, 31)),
])
def test_short_years_in_words(text, year, start, end):
    assert parse_period(text, year) == (start, end)


@pytest.mark.parametrize("text, year", [
    ("24.7-25.6", 2024),              # dotted months both: a figure's range as well (ti15's guard)
    ("2024.7-26.6", 2024),            # (`2024.7-25.6`, a whole year beside the short one, read since hunt ti17)
    ("2024年7月-26.6", 2024),         # the years do not follow
    ("2025年7月-24.6", 2024),         # reversed
    ("2024年7月-25.6", 2019),         # far from the form's year
    ("19年-20年", 2024),              # far from the form's year
    ("10年-12年", 2024),
    ("24年", 2024),                   # a short year alone: no period
    ("25年-24年", 2024),              # reversed: none, named by reversed_period
])
def test_not_read(text, year):
    """Guards: none on main and now."""
    assert parse_period(text, year) == (None, None)


def test_reversed_short_years_named():
    """`25年-24年` is reversed as `2025年-2024年` is (main: None, the years unread)."""
    assert reversed_period("25年-24年", 2024) == (D(2025, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize("text, rest, cut", [
    ("2024年7月-", "2025.6.30", True),
    ("2024年7月1日至", "2025年6月30日", True),
    ("2024.7.1—", "2025.6.30", True),
    ("完成养护12公里，", "2025.6.30", False),   # no period's start
    ("2024年7月-", "完成", False),              # no period's end
    ("2024年7月", "2025.6.30", False),          # no separator: two dates, no cut
])
def test_period_cut(text, rest, cut):
    assert period_cut(text, rest) is cut


@pytest.mark.parametrize("name, want", [
    ("period_month_short_dotted", YEAR_TO_JUNE),
    ("period_short_dotted_month", YEAR_TO_JUNE),
    ("period_short_year_months", (D(2024, 7, 1), D(2024, 12, 31))),
    ("period_short_years", (D(2024, 1, 1), D(2025, 12, 31))),
    ("period_cut_bars", YEAR_TO_JUNE),
    ("period_cut_tabs", YEAR_TO_JUNE),
    ("period_cut_to", YEAR_TO_JUNE),
])
def test_a_form_period(read, name, want):
    """Main: none for all (the start alone for period_cut_to)."""
    assert _period(read, name) == want


@pytest.mark.parametrize("name", ["period_dotted_months", "period_short_years_far"])
def test_a_form_period_not_read(read, name):
    """Guards: none on main and now."""
    assert _period(read, name) == (None, None)
