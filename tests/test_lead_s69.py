"""The lead's own checks of session 69 (eighth session of 2026-12-07).

- rd72's note: a file of which nothing was read names its first part's error in `error`; an error whose own message
  holds `): ` (a KeyError on a tuple, a message quoting a call) was cut at it by `_unit_error`'s lazy pattern.
"""
from __future__ import annotations

from extract.grid import unit_error_warning
from jixiao.pipeline import _unit_error


def test_unit_error_keeps_a_message_with_its_own_bracket_colon():
    w = unit_error_warning("table 2", KeyError(("a", 1)), "its cells", "tables")
    assert _unit_error(w.message) == "table 2: KeyError: ('a', 1)"
    w = unit_error_warning("sheet 1 (污水)", ValueError("bad cell (B3): empty"), "its cells", "sheets")
    assert _unit_error(w.message) == "sheet 1 (污水): ValueError: bad cell (B3): empty"


def test_unit_error_plain_message_and_other_text():
    w = unit_error_warning("lines 13-40", ZeroDivisionError("boom"), "their rows", "blocks")
    assert _unit_error(w.message) == "lines 13-40: ZeroDivisionError: boom"
    assert _unit_error("something else went wrong") == "something else went wrong"
