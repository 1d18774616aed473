"""Review rv80 (session 61) of hunt ti18: variants of its rules. Fixtures ct_s61_rv80_* (text dumps from
tests/fixtures/review/make_s61_rv80.py); each reading was written down by hand before jixiao was run.

Decided:
- a fill date's stamp note after a day in numerals (`二〇二四年三月一日（盖章）`) or before the page's number the footer set
  beside it (`2024年3月1日（盖章）  第1页 共1页`) is no part of the day, as after a day in digits (they were none, the cell
  kept in other_fields): normalize.dates' _DAY_TAIL after 日 as after a digit, one or more of its tails;
- the year a form's money labels are read by is the project's year (RawForm.stated_year, from the form's own title on):
  under a 2023 report's cover, a 2024 form's `2024年申请资金（万元） | 320.00` is the year's budget (it was kept in
  other_fields as another year's money) and `项目资金（万元） | 2024年资金总额 | 320.00` too (it was an unplaced cell);
  `2023年申请资金 | 280.00` above it is the other year's (it was the budget, 280).
Kept (guards): the cover's year where the form's own title states none.
Left (strict xfail): a seal's words spaced out in the bracket (`（盖 章）`).
"""
from __future__ import annotations

import datetime as dt

import pytest

from normalize.dates import field_date
from tests.hunt_tools import only_project, other_fields, warning_codes

D = dt.date
WAN_320 = 3_200_000.0


def _read(read, name):
    return read(f"ct_s61_rv80_{name}.txt")


# ------------------------------------------------------------------ fill dates

@pytest.mark.parametrize("name", ["fill_sealed_numerals", "fill_sealed_paged"])
def test_stamped_fill_date(read, name):
    r = _read(read, name)
    p = only_project(r)
    assert p["fill_date"] == D(2024, 3, 1)
    assert "填报日期" not in other_fields(p)
    assert warning_codes(r) == []


@pytest.mark.parametrize("text, day", [
    ("二〇二四年三月一日（盖章）", D(2024, 3, 1)),
    ("2024年三月一日（签字）", D(2024, 3, 1)),
    ("二〇二四年三月十五日  第2页 共2页", D(2024, 3, 15)),
    ("2024年3月1日（盖章）  第1页 共1页", D(2024, 3, 1)),
    ("2024年3月1日（单位盖章）。", D(2024, 3, 1)),
])
def test_stamped_fill_date_read(text, day):
    assert field_date(text, 2024) == day


def test_stamp_spaced(read):
    """A seal's words spaced out in the bracket (`（盖 章）`): a stamp note (SEAL_WORDS spaced; it was left, hunt tg23)."""
    assert only_project(_read(read, "fill_sealed_spaced"))["fill_date"] == D(2024, 3, 1)


# ------------------------------------------------------------------ the year the money labels are read by

def test_cover_of_another_year_money_label(read):
    r = _read(read, "cover_money_label")
    p = only_project(r)
    assert (p["year"], p["title"], p["budget_year"]) == (2024, "2024年度项目支出绩效目标申报表", WAN_320)
    assert other_fields(p) == {}


def test_cover_of_another_year_money_block(read):
    r = _read(read, "cover_money_block")
    p = only_project(r)
    assert (p["year"], p["budget_year"], p["budget_fiscal"]) == (2024, WAN_320, WAN_320)
    assert "unplaced_cell" not in warning_codes(r)


def test_cover_of_another_year_two_years_money(read):
    p = only_project(_read(read, "cover_money_two_years"))
    assert (p["year"], p["budget_year"]) == (2024, WAN_320)
    # (the unit bracket off the name, the figure with its unit, as other years' money is: mend md38)
    assert other_fields(p) == {"2023年申请资金": "280.00万元"}


def test_cover_year_where_the_title_states_none(read):
    """Guard: passes on main and now."""
    p = only_project(_read(read, "cover_money_title_no_year"))
    assert (p["year"], p["title"], p["budget_year"]) == (2024, "项目支出绩效目标申报表", WAN_320)
