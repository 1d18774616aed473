"""Review rv116 (session 64, of hunt nw11): the year a 中期 form states only in its year money column's head
(`中期（2024-2026年） | 年度（2025年）`), written as converters and clerks write it. Fixtures ct_s64_rv116_* from
tests/fixtures/review/make_s64_rv116.py; each reading written down by hand before jixiao was run.
"""
from __future__ import annotations

from tests.hunt_tools import only_project

W = 10_000


def _money(p):
    return tuple(p.get(k) for k in ("budget_total", "budget_year", "budget_fiscal"))


def test_year_head_in_fullwidth_digits_csv(read):
    """`年度（２０２５年）` in an Excel CSV: the year 2025, as the half-width head gives it."""
    p = only_project(read("ct_s64_rv116_midterm_fullwidth_year.csv"))
    assert (p["name"], p["year"]) == ("吉安市吉州区老旧供水管网更新改造项目", 2025)
    assert _money(p) == (4_500 * W, 1_500 * W, 1_400 * W) and p["budget_other"] == 100 * W


def test_year_head_without_nian_tabs(read):
    """`中期（2025-2027） | 年度（2025）` in a Word table's dump: the bracket of the year alone is the year's."""
    p = only_project(read("ct_s64_rv116_midterm_year_no_nian.txt"))
    assert (p["name"], p["year"]) == ("株洲市芦淞区背街小巷提质改造项目", 2025)
    assert _money(p) == (3_600 * W, 1_200 * W, 1_200 * W)


def test_year_head_before_unit_bracket_csv(read):
    """`年度（2025年）（万元）`, the block's only unit after the year's head: the year 2025 and the amounts in 万元
    (they were read as 元, 840.00 for 8,400,000)."""
    p = only_project(read("ct_s64_rv116_midterm_unit_after_year.csv"))
    assert (p["name"], p["year"]) == ("宜春市袁州区农村客运站点提升项目", 2025)
    assert _money(p) == (840 * W, 280 * W, 280 * W)


def test_year_heads_led_by_years_csv(read):
    """`2024-2026年中期资金总额 | 2025年度资金总额`: heads led by their years are the period's and the year's (mn27)."""
    p = only_project(read("ct_s64_rv116_midterm_lead_year_heads.csv"))
    assert p["year"] == 2025 and _money(p) == (2_700 * W, 900 * W, 900 * W)
