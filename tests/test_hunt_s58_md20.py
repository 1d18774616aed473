"""Mend md20 (session 58) of the read-only review rd's money findings on hunt mn18's rules (as review rv61 left them),
with fixtures ct_s58_md20_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s58_md20.py); each
reading was written down by hand before jixiao was run.

Decided (wrong on 67f001b5, fixed):
- beside 资金来源 / 资金构成 a list naming a source of no field, `财政资金400万元、银行贷款100万元` (with colons or not):
  both source lines and budget_fiscal (the loan's 100 was lost without a word, only the field read).
- a bond form's loose `项目资本金 | 8,000.00` before `专项债券资金 | 22,000.00`, `县级财政资金 | 8,000.00` that make up
  `项目总投资 | 30,000.00`: kept in other_fields, as when it comes after them (it was a third line, 38,000 of 30,000).
  Beside a field's name, other money of no field (银行贷款) is budget_other, as in a money sentence.
Kept (guard, right on 67f001b5): the capital first when the sources fall short of the investment without it (a
source line).
- fiscal_other_mismatch: a group of source lines adding up to budget_fiscal + budget_other is the split itself, no
  third kind beside it (the short list, 400 + 50 of 500, still flagged once read as lines).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _lines(r):
    return [(g, n, a) for g, n, a, _k in budget_lines(r)]


def test_loan_list(read):
    """67f001b5: budget_fiscal 400万 and no line, the loan lost."""
    r = read("ct_s58_md20_loan_list.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (500 * W, 400 * W, 100 * W)
    assert _lines(r) == [("资金来源", "财政资金", 400 * W), ("资金来源", "银行贷款", 100 * W)]
    assert not {"source_sum_mismatch", "fiscal_other_mismatch"} & set(warning_codes(r))


def test_loan_list_colons(read):
    """67f001b5: budget_fiscal 380万 and no line beside 资金构成, with colons too."""
    r = read("ct_s58_md20_loan_list_colons.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (500 * W, 380 * W, 120 * W)
    assert _lines(r) == [("资金构成", "财政资金", 380 * W), ("资金构成", "银行贷款", 120 * W)]


def test_loan_list_short(read):
    """67f001b5: no line, the 50 lost (budget_other null)."""
    r = read("ct_s58_md20_loan_list_short.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (500 * W, 400 * W, 50 * W)
    assert _lines(r) == [("资金来源", "财政资金", 400 * W), ("资金来源", "银行贷款", 50 * W)]


def test_loan_list_short_flagged(read):
    """Once lines (this mend's own first step), the gap of 50 passed: fiscal_other_mismatch took the loan's line for a
    third kind beside budget_other (400 + 50 + 50 of 500); on 67f001b5 the sentence's fields flagged it."""
    r = read("ct_s58_md20_loan_list_short.txt")
    assert "fiscal_other_mismatch" in warning_codes(r)


def test_capital_first(read):
    """67f001b5: three source lines (项目资本金 grouped under 项目总投资), 38,000 of 30,000, no warning."""
    r = read("ct_s58_md20_capital_first.txt")
    p = only_project(r)
    assert p["budget_total"] == 30000 * W
    assert [(n, a) for _g, n, a in _lines(r)] == [("专项债券资金", 22000 * W), ("县级财政资金", 8000 * W)]
    assert other_fields(p) == {"项目资本金（万元）": "8,000.00"}


def test_capital_first_short(read):
    """Guard: the capital a source when the others fall short of the investment (22,000 + 3,000 of 30,000)."""
    r = read("ct_s58_md20_capital_first_short.txt")
    p = only_project(r)
    assert p["budget_total"] == 30000 * W
    assert [(n, a) for _g, n, a in _lines(r)] == [("项目资本金", 5000 * W), ("专项债券资金", 22000 * W),
                                                  ("县级财政资金", 3000 * W)]
    assert "项目资本金（万元）" not in other_fields(p)
