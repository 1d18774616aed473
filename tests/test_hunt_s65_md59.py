"""Mend md59 (session 65) of review rd66's groups B and D (parsers/forms.py). Fixtures ct_s65_md59_* from
tests/fixtures/review/make_s65_md59.py; each answer written down by hand before jixiao was run.

Decided:
- in a money sentence, a budget named again inside a budget kept already (`一般公共预算：800万元（其中：本年一般公共
  预算拨款：600万元）`) is that budget's part: budget_fiscal counts the budget once (it counted both, 1400万, and warned
  fiscal_other_mismatch — rd66 B1); a budget of another kind beside it (`，政府性基金预算：200万元`) still counts;
- a signer's empty place cut from an opinion's words takes the comma or semicolon that parted them with it
  (`同意上报，经办人：（盖章）` -> `同意上报`; it kept `同意上报，` — rd66 D1).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

P = "ct_s65_md59_"


def test_a_budgets_part_in_a_bracket_is_no_second_budget(read):
    """`一般公共预算：800万元（其中：本年一般公共预算拨款：600万元），其他资金：200万元` under 1000万: fiscal 800万."""
    r = read(P + "part_in_bracket.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (10_000_000, 8_000_000, 2_000_000)
    assert "fiscal_other_mismatch" not in warning_codes(r)
    # (the part no line beside its budget but the budget's note — hunt mn29; it was a second line under the total)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("一般公共预算", 8_000_000)]
    assert other_fields(p) == {"一般公共预算说明": "本年一般公共预算拨款600万元"}


def test_a_budgets_part_after_a_second_qizhong(read):
    """`一般公共预算资金：500万元，其中：当年一般公共预算拨款：350万元；单位自筹资金：150万元` under 650万: fiscal 500万."""
    r = read(P + "part_after_second_qizhong.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (6_500_000, 5_000_000)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_a_budgets_part_then_a_sibling_budget(read):
    """`一般公共预算：800万元（其中：本年…拨款：600万元），政府性基金预算：200万元`: the two budgets, 1000万."""
    r = read(P + "part_then_sibling.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (10_000_000, 10_000_000)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_signers_places_after_a_comma_or_semicolon(read):
    """`同意申报；审核人：（公章）`, `同意上报，经办人：      （盖章）`: the words without the mark before the place."""
    r = read(P + "opinion_places_after_marks.txt")
    assert other_fields(only_project(r)) == {"主管部门审核意见": "同意申报", "财政部门审核意见": "同意上报"}


def test_a_signing_word_after_a_comma_and_space(read):
    """`同意， 负责人签字  （盖章）`: `同意`."""
    r = read(P + "opinion_signing_word.txt")
    assert other_fields(only_project(r)) == {"财政部门审核意见": "同意"}
