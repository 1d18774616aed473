"""normalize.dates: parse_date, parse_period, parse_year."""
from __future__ import annotations

from datetime import date

import pytest

from normalize.dates import parse_date, parse_period, parse_year


@pytest.mark.parametrize(
    ("written", "year", "expected"),
    [
        ("2020-01-01", None, date(2020, 1, 1)),
        ("2020-12-31", None, date(2020, 12, 31)),
        ("2020-1-1", None, date(2020, 1, 1)),
        ("2020/1/1", None, date(2020, 1, 1)),
        ("2020.1.1", None, date(2020, 1, 1)),
        ("2020年1月1日", None, date(2020, 1, 1)),
        ("2020 年 12 月 31 日", None, date(2020, 12, 31)),
        ("２０２０年１月１日", None, date(2020, 1, 1)),
        ("20200101", None, date(2020, 1, 1)),
        ("2021-07-28", None, date(2021, 7, 28)),
        ("2021-07-28 00:00:00", None, date(2021, 7, 28)),
        ("2020-01-01", 2019, date(2020, 1, 1)),  # a written year wins
        # without a year: the form's year
        ("1月1日", 2019, date(2019, 1, 1)),
        ("12月31日", 2019, date(2019, 12, 31)),
        ("12月31号", 2022, date(2022, 12, 31)),
        ("1月1日", None, None),
        ("12月31日", None, None),
        # invalid
        ("2020-13-01", None, None),
        ("2021-02-30", None, None),
        ("2月30日", 2021, None),
        ("20201301", None, None),
        ("2020-1/1", None, None),
        # not a date
        ("2020年12月", None, None),
        ("2020年", None, None),
        ("年 月 日", None, None),
        ("2020年12月底完成", None, None),
        ("", None, None),
        (None, 2020, None),
    ],
)
def test_parse_date(written, year, expected):
    assert parse_date(written, year) == expected


@pytest.mark.parametrize(
    ("written", "year", "expected"),
    [
        ("20200101至20221231", None, (date(2020, 1, 1), date(2022, 12, 31))),
        ("20200101-20221231", None, (date(2020, 1, 1), date(2022, 12, 31))),
        ("2020-01-01至2020-12-31", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2020-01-01 - 2020-12-31", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2020-01-01~2020-12-31", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2020-01-01～2020-12-31", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2020-01-01到2020-12-31", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2020.1.1-2020.12.31", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2020年1月1日—2020年12月31日", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2020年1月1日——2020年12月31日", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2020年1月1日起至2020年12月31日止", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("1月1日至12月31日", 2019, (date(2019, 1, 1), date(2019, 12, 31))),
        ("1月1日-12月31日", 2019, (date(2019, 1, 1), date(2019, 12, 31))),
        ("2020年1月1日至12月31日", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("1月1日至12月31日", None, (None, None)),
        ("2020-01-01至今", None, (date(2020, 1, 1), None)),
        # months: from the first day of the first to the last day of the last
        ("2021年1月起至2021年12月止", None, (date(2021, 1, 1), date(2021, 12, 31))),
        ("2021年1月-12月", None, (date(2021, 1, 1), date(2021, 12, 31))),
        ("2024年1-12月", None, (date(2024, 1, 1), date(2024, 12, 31))),
        ("2024年3—10月", None, (date(2024, 3, 1), date(2024, 10, 31))),
        ("2024年1-12", None, (None, None)),           # (no 月 to say they are months)
        ("2021.1-2021.12", None, (date(2021, 1, 1), date(2021, 12, 31))),
        ("2021.01-2021.12", None, (date(2021, 1, 1), date(2021, 12, 31))),
        ("2021年3月至2022年2月", None, (date(2021, 3, 1), date(2022, 2, 28))),
        ("2024年2月至2024年2月", None, (date(2024, 2, 1), date(2024, 2, 29))),
        ("2021年12月-1月", None, (None, None)),       # an end before its start
        ("2021年13月-12月", None, (None, None)),
        ("(年 - 年)", None, (None, None)),
        ("（年-年）", 2020, (None, None)),
        ("2020-01-01", None, (None, None)),  # one date is not a period
        # a period of whole years: 1 January of the first to 31 December of the last, as months give their first and
        # last days (it was none: session 36, hunt OL)
        ("2020-2022", None, (date(2020, 1, 1), date(2022, 12, 31))),
        ("2024年-2026年", None, (date(2024, 1, 1), date(2026, 12, 31))),
        ("2024年度", None, (date(2024, 1, 1), date(2024, 12, 31))),
        ("202001-202012", None, (date(2020, 1, 1), date(2020, 12, 31))),
        ("2026-2024年", None, (None, None)),
        ("2022", None, (None, None)),       # a bare year: no period said
        ("3年", None, (None, None)),
        ("长期", None, (None, None)),
        ("", None, (None, None)),
        (None, None, (None, None)),
    ],
)
def test_parse_period(written, year, expected):
    assert parse_period(written, year) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("（ 2020 年）", 2020),
        ("(2022年度)", 2022),
        ("(2019年)", 2019),
        ("（2019年）", 2019),
        ("(2020 年度)", 2020),
        ("（２０２１年）", 2021),
        ("2020年度浦江镇质量管理绩效评估任务分解表", 2020),
        ("晋中市财政支出项目绩效自评表", None),
        ("二〇二〇年", 2020),
        ("2020", 2020),
        ("(2020)", 2020),
        ("1985年及2020年", 2020),  # only 1990–2100
        ("3000年", None),
        ("(年 - 年)", None),
        ("2024.年度项目支出绩效目标表", 2024),  # a dot a scan's OCR read in
        ("3.5年", None),
        ("12315年", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_year(written, expected):
    assert parse_year(written) == expected


@pytest.mark.parametrize("text, want", [
    ("（2024-2026年）", 2024), ("项目支出绩效目标表（2024—2026年度）", 2024), ("2023年至2025年", 2023),
    ("2022年度至2024年度", 2022), ("2024年度预算 2023-2025年规划", 2024), ("（2024年度）", 2024),
])
def test_a_period_of_years_gives_its_first_year(text, want):
    """`（2024-2026年）`: a period, its first year (the budget year a 中期 plan is made in; 2026 was read, over the form's
    预算年度：2024年); a year written beside the period wins."""
    assert parse_year(text) == want


def test_form_year_prefers_a_year_to_a_range():
    from normalize.records import form_year
    assert form_year(["项目支出绩效目标表2020-2021年度松材线虫病除治", "( 2021 年度)"]) == 2021
    assert form_year(["2020-2021年度项目"]) == 2020
    assert form_year(["（2020年）", "2021年度"]) == 2020
