"""Mend md6 (session 55; review rd's findings on hunt ti10 and hunt tg13). Fixtures ct_s55_md6_* (text dumps, from
tests/fixtures/review/make_s55_md6.py, review rv34's form under other heads).

Decided: a year written in numerals is one pattern, normalize.text's CN_YEAR over CN_ZEROS (`〇`, `零`, `○`, `◯`, a typed
`0`/`O`): dates (parse_date, YEAR_WORD, CN_DAY), orgs (a title's boundary, a sign-off's day, a lead year) and parsers/core's
`_A_DAY` had five copies, four without `○`, none with the large circle `◯` that normalize.text's ZERO_CIRCLE already
reads as a zero: `二◯二四年三月十五日` was no day (the paper's number, its issuer and the department lost over it; the day
kept in the unit's name). targets' `_point_lead`, called by nothing since hunt tg13, is gone.
Kept: a title opened by its department before a typed-zero year (guard).
"""
from __future__ import annotations

import datetime

import pytest

from normalize import targets
from normalize.dates import parse_date
from normalize.orgs import SIGNED_DAY
from tests.hunt_tools import only_project, other_fields


def _p(read, name):
    return only_project(read(f"ct_s55_md6_{name}.txt"))


@pytest.mark.parametrize("text", ["二◯二四年三月十五日", "二○二四年三月十五日", "二〇二四年三月十五日", "二0二四年三月十五日",
                                  "二O二四年三月十五日", "二零二四年三月十五日"])
def test_a_day_in_numerals_whatever_its_zero(text):
    assert parse_date(text) == datetime.date(2024, 3, 15)


@pytest.mark.parametrize("text", ["洞口县教育局\u3000二◯二四年三月", "洞口县教育局 二0二四年三月"])
def test_a_signed_day_whatever_its_zero(text):
    assert SIGNED_DAY.search(text)


def test_no_point_lead_left():
    assert not hasattr(targets, "_point_lead")


def test_a_large_circle_day_between_the_number_and_the_title(read):
    """Main: no 发文字号, no 发文机关, no department."""
    p = _p(read, "large_circle_day")
    assert other_fields(p) == {"发文机关": "洞口县教育局", "发文字号": "洞教发〔2024〕12号"}
    assert p["department"] == "洞口县教育局"


def test_a_large_circle_day_after_the_unit(read):
    """Main: the unit `洞口县学生资助管理中心（盖章）二◯二四年三月十五日`, no fill_date."""
    p = _p(read, "large_circle_seal")
    assert (p["unit"], p["fill_date"]) == ("洞口县学生资助管理中心", datetime.date(2024, 3, 15))


def test_a_department_before_a_typed_zero_year(read):
    """Guard (right on main)."""
    p = _p(read, "dept_typed_zero_title")
    assert (p["name"], p["year"], p["department"]) == ("学生资助项目", 2024, "洞口县教育局")
