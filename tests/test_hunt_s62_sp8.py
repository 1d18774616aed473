"""Hunt sp8 (session 62): the CPU of the text path outside the layout parsers (tests/fixtures/review/
ct_s62_sp8_*.txt, made by tests/fixtures/review/make_s62_sp8.py; the expectation written down by hand before the run).

The hunt measured where the bench spends its CPU outside the parsers and memoised the reading of a period cell
(asked for the dates and for the `period_reversed` check): no CPU change measurable, so the lead kept the code out.
Kept (a guard): a reversed period gives no dates and one `period_reversed` warning per project stating it, the
same text in two forms of one file read alike; a plain period its dates.
"""
from __future__ import annotations

import datetime as dt

from tests.hunt_tools import warning_codes

P = "ct_s62_sp8_"
_SLIP = ("the project period '2026年12月至2026年2月' ends (2026-02-28) before it starts (2026-12-01): a slip in one of "
         "its years or months?")


def test_repeated_reversed_periods(read):
    # a guard (main reads it alike): the same reversed period in two forms, both warned, no dates; a plain one dated
    r = read(P + "periods_repeated.txt")
    got = [(p["name"], p["period_raw"], p["start_date"], p["end_date"]) for p in r.tables["projects"]]
    assert got == [("桑植县农村公路日常养护", "2026年12月至2026年2月", None, None),
                   ("桑植县农村公路危桥改造", "2026年12月至2026年2月", None, None),
                   ("桑植县农村公路安全生命防护工程", "2026年3月至2026年11月", dt.date(2026, 3, 1), dt.date(2026, 11, 30))]
    found = [(w["code"], w["line"], w["message"]) for w in r.tables["warnings"]
             if w["code"] in ("period_reversed", "year_out_of_period")]
    assert found == [("period_reversed", 6, _SLIP), ("period_reversed", 23, _SLIP)]
    assert "normalizer_failed" not in warning_codes(r)
