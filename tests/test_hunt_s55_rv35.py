"""Review rv35 (session 55) of hunt mn14 (money: a purpose in brackets after an amount, lines of spending right under
a 资金来源 block, money cells in a unit of no 人民币 money → no amount and an `amount_not_money` warning, one level of
government and 自筹 beside lines of spending). Fixtures ct_s55_rv35_* (text dumps from
tests/fixtures/review/make_s55_rv35.py); each reading was written down by hand before jixiao was run.

Decided (wrong on the reviewed merge, fixed):
- A foreign currency as real forms spell it is no 人民币 money, as mn14's `120 美元`: `120万 美元` (a space after 万; it
  was 120万 with `美元` a 说明), a code or sign `USD 120`, `120 USD` (lost without a word: the label was taken for the
  head of money lines), `120万美元（约合人民币860万元）` (an unparsed row): no amount, the cell kept under its label as
  written, amount_not_money.
- A price per thing in a money cell, `预算金额 | 5000元/台`, `项目资金（万元） | 0.5万元/人`: no total the form states —
  no amount, the cell kept as written, amount_not_money (it was lost without a word).
- A count in brackets after an amount, `120万元（20台）`, `120万元（含20台设备）`: the amount, the count kept under
  `<label>说明` as mn13/mn14 keep a purpose (it was dropped); `预算金额（万元） | 120（共20台）`: 120万 and the note (the
  amount was lost too, without a word).
Kept (right, guards): `1.2 亿元`, `350 千元` money with no warning; `120万元（壹佰贰拾万元整）` the amount alone, no
note; `120（其中中央100，县级20）` (bare figures of a breakdown, no count; `，共2项` among them) is taken for no note.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10000.0


def _no_money(r, label, text):
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (None, None)
    assert other_fields(p).get(label) == text
    assert "amount_not_money" in warning_codes(r)


def test_dollars_with_a_space_after_wan(read):
    """reviewed merge: 120万, `美元` a 说明."""
    _no_money(read("ct_s55_rv35_dollars_spaced.txt"), "预算金额", "120万 美元")


def test_currency_code_before_the_figure(read):
    """reviewed merge: lost without a word."""
    _no_money(read("ct_s55_rv35_usd_code_before.txt"), "预算金额", "USD 120")


def test_currency_code_after_the_figure(read):
    """reviewed merge: lost without a word."""
    _no_money(read("ct_s55_rv35_usd_code_after.txt"), "预算金额", "120 USD")


def test_dollars_with_their_rmb_worth_in_brackets(read):
    """reviewed merge: an unparsed row, no amount (nothing converts a currency; the cell kept whole)."""
    _no_money(read("ct_s55_rv35_dollars_with_rmb_note.txt"), "项目资金", "120万美元（约合人民币860万元）")


def test_price_per_set_is_no_total(read):
    """reviewed merge: lost without a word."""
    _no_money(read("ct_s55_rv35_price_per_set.txt"), "预算金额", "5000元/台")


def test_standard_per_person_is_no_total(read):
    """reviewed merge: lost without a word."""
    _no_money(read("ct_s55_rv35_standard_per_person.txt"), "项目资金（万元）", "0.5万元/人")


def test_count_in_brackets_kept_as_note(read):
    """reviewed merge: 120万, the count dropped."""
    r = read("ct_s55_rv35_count_in_brackets.txt")
    p = only_project(r)
    assert p["budget_year"] == 120 * W
    assert other_fields(p) == {"预算金额说明": "20台"}
    assert "amount_not_money" not in warning_codes(r)


def test_count_in_brackets_after_bare_figure(read):
    """reviewed merge: no amount, nothing said."""
    p = only_project(read("ct_s55_rv35_count_in_brackets_bare.txt"))
    assert p["budget_year"] == 120 * W
    assert other_fields(p) == {"预算金额说明": "共20台"}


def test_count_with_words_in_brackets(read):
    """reviewed merge: 120万, the words dropped."""
    p = only_project(read("ct_s55_rv35_count_with_words.txt"))
    assert p["budget_total"] == 120 * W
    assert other_fields(p) == {"项目资金说明": "含20台设备"}


def test_yi_and_qian_yuan_stay_money(read):
    """Guard: `1.2 亿元`, `350 千元`."""
    for name, amount in (("yi_spaced", 1.2e8), ("qian_yuan", 350000.0)):
        r = read(f"ct_s55_rv35_{name}.txt")
        p = only_project(r)
        assert p["budget_year"] == amount
        assert other_fields(p) == {}
        assert "amount_not_money" not in warning_codes(r)


def test_capitals_in_brackets_no_note(read):
    """Guard: `120万元（壹佰贰拾万元整）` the amount alone."""
    p = only_project(read("ct_s55_rv35_capital_in_brackets.txt"))
    assert p["budget_total"] == 120 * W
    assert other_fields(p) == {}


def test_bare_breakdown_in_brackets_is_no_note(read):
    """Guard: `120（其中中央100，县级20）` bare figures of a breakdown, no count (`，共2项` among them too): no 说明."""
    for name in ("bare_breakdown_in_brackets", "bare_breakdown_with_count"):
        r = read(f"ct_s55_rv35_{name}.txt")
        assert "项目资金（万元）说明" not in other_fields(only_project(r))
        assert "amount_not_money" not in warning_codes(r)
