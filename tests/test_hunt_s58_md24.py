"""Mend md24 (session 58) of the read-only review rd2: a colon-less list of sources (rv61 set the fields from it)
yields to labelled 其中 rows of the same fields after it. Fixture ct_s58_md24_list_then_rows.txt (from
tests/fixtures/review/make_s58_md24.py); the reading written by hand before the run."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes


def test_labelled_rows_win_over_the_list(read):
    r = read("ct_s58_md24_list_then_rows.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (6_000_000, 4_500_000, 1_500_000)
    assert "fiscal_other_mismatch" not in warning_codes(r)
    assert [(name, amount) for _g, name, amount, _k in budget_lines(r)] == [("财政资金", 5_000_000), ("其他资金", 1_000_000)]
