"""Hunt ti12 (session 56): titles' and dates' leftovers — a period of a quarter in numerals or of a half year, a
signer and the day on one sign-off line, a page's footer with a printer's stamp, a signature's place alone under a
form. Fixtures ct_s56_ti12_* (text dumps from tests/fixtures/review/make_s56_ti12.py); each reading was written down
by hand before jixiao was run.

Decided:
- a period of a quarter whose year is in numerals (`二〇二四年第三季度`) reads as one in digits (2024-07-01 to
  2024-09-30; it was none — `2024年第三季度`, `2024年三季度` were read already); a half year (`2024年上半年`,
  `2024年度下半年`, `二〇二四年下半年`) is its six months (01-01 to 06-30, 07-01 to 12-31), as a quarter is its three;
- a sign-off line under the form naming a person's field and the day (`填表人：李四    2024年3月15日`) gives the
  form's fill_date when none is stated (it gave none) and the contact is the name alone (it was `李四 2024年3月15日`);
- a page's number with a printer's stamp beside it (`第1页 共1页  打印时间：2024-03-15 10:30`, `打印日期：… 第2页`) is the
  page's furniture (it was an indicator); the stamp alone is kept (no page number: not surely a footer);
- a signature's place alone (`评审专家（签字）：`, `单位负责人（签字）：`, `专家组长（签名）：____`, `评审专家签字：`) is
  the form's sign-off, no indicator.
Kept (guards): `2024年第一季度` and `2024年第三季度` as before; `第 1 页，共 1 页` alone; the contact of a sign-off of two cells.
Left: a span of halves (`2024年下半年至2025年上半年`: none); the day in a cell of its own beside `填表人：李四` (a row of two
cells, no line) gives no fill_date.
"""
from __future__ import annotations

import datetime as dt

import pytest

from extract.grid import is_page_furniture
from normalize.dates import parse_period
from tests.hunt_tools import only_project

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]
D = dt.date


def _one(read, name):
    return only_project(read(f"ct_s56_ti12_{name}.txt"))


@pytest.mark.parametrize("name, start, end", [
    ("period_q3_cn", D(2024, 7, 1), D(2024, 9, 30)),
    ("period_h2", D(2024, 7, 1), D(2024, 12, 31)),
    ("period_h1", D(2024, 1, 1), D(2024, 6, 30)),
    ("period_q3", D(2024, 7, 1), D(2024, 9, 30)),          # right on main (guard)
    ("period_q3_short", D(2024, 7, 1), D(2024, 9, 30)),    # right on main (guard)
    ("period_q1", D(2024, 1, 1), D(2024, 3, 31)),          # right on main (guard)
])
def test_a_quarter_or_a_half_year_is_the_period(read, name, start, end):
    """Main: none for the numerals and the halves."""
    p = _one(read, name)
    assert (p["start_date"], p["end_date"]) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("二〇二四年第三季度", D(2024, 7, 1), D(2024, 9, 30)),
    ("二〇二四年第一季度至第三季度", D(2024, 1, 1), D(2024, 9, 30)),
    ("2024年度上半年", D(2024, 1, 1), D(2024, 6, 30)),
    ("二〇二四年下半年", D(2024, 7, 1), D(2024, 12, 31)),
])
def test_parse_period_of_quarters_and_halves(text, start, end):
    """Main: (None, None)."""
    assert parse_period(text) == (start, end)


def test_a_half_year_without_its_year_is_no_period():
    """Right on main (guard): `下半年` names no year."""
    assert parse_period("下半年") == (None, None)


def test_a_signer_and_the_day_on_one_line(read):
    """Main: fill_date null, contact `李四 2024年3月15日`."""
    p = _one(read, "signer_day_line")
    assert (p["fill_date"], p["contact"]) == (D(2024, 3, 15), "李四")
    assert [i["level3"] for i in read("ct_s56_ti12_signer_day_line.txt").tables["indicators"]] == AID


def test_a_signer_and_the_day_in_two_cells_keeps_the_contact(read):
    """Right on main (guard); its fill_date left (null)."""
    assert _one(read, "signer_day_cells")["contact"] == "李四"


@pytest.mark.parametrize("name", ["page_footer", "page_footer_plain"])
def test_a_page_footer_is_no_indicator(read, name):
    """Main: `第1页 共1页 打印时间：2024-03-15 10:30` an indicator (the plain footer right on main: guard)."""
    r = read(f"ct_s56_ti12_{name}.txt")
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert "target_missing" not in [w["code"] for w in r.tables["warnings"]]


@pytest.mark.parametrize("text, furniture", [
    ("第1页 共1页  打印时间：2024-03-15 10:30", True),
    ("打印日期：2024年3月15日  第2页", True),
    ("第 1 页，共 1 页 制表时间：2024-03-15", True),
    ("打印时间：2024-03-15 10:30", True),       # a printer's stamp alone: furniture too (it was kept; hunt ti13 decided it
    # is a machine's, no row of a form: it was an indicator of a self-evaluation as a web page's text)
    ("第1页", True),
])
def test_a_printers_stamp_beside_a_page_number(text, furniture):
    assert is_page_furniture(text) is furniture


@pytest.mark.parametrize("name", ["signature_place", "signature_place_cells", "signature_place_plain",
                                  "signature_places_two"])
def test_a_signatures_place_is_no_indicator(read, name):
    """Main: `评审专家（签字）：` an indicator with no target."""
    r = read(f"ct_s56_ti12_{name}.txt")
    assert [i["level3"] for i in r.tables["indicators"]] == AID
    assert "target_missing" not in [w["code"] for w in r.tables["warnings"]]
