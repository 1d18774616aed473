"""Review rv85 (session 61) of hunt sp6's pre-filters on the text path, at their edges.

- `extract.txt._LABEL_REST`: the one test of a label's wrapped rest (a short piece of a cell, four characters at
  most, `_CELL_PIECE`'s characters), asked by `_label_rests` and by its pre-filter `_short_pieces` — it was written
  out in both;
- the rests of exactly four characters and in full-width marks are joined to their labels, one of five is not
  (tests/fixtures/review/make_s61_rv85.py); sp6's counting tests are rewritten in tests/test_hunt_s61_sp6.py.
"""
from __future__ import annotations

from pathlib import Path

import extract.txt as txt
from parsers.core import starts_a_row
from tests.hunt_tools import only_project, warning_codes

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _joined(name: str) -> list[str]:
    lines = (REVIEW / name).read_text(encoding="utf-8").split("\n")
    return [ln for _, ln in txt._join_wrapped(lines, starts_a_row)]


def test_label_rest_is_one_pattern():
    assert txt._LABEL_REST.match("使用单位")
    assert txt._LABEL_REST.match("位（章）") and txt._LABEL_REST.match("位(章)")
    assert not txt._LABEL_REST.match("位（盖章）")           # (five characters)
    assert not txt._LABEL_REST.match("部 门")
    assert not txt._LABEL_REST.match("12")


def test_rests_of_four_joined(read):
    assert "项目主管部门\t市教育局\t资金使用单位\t市第一中学" in _joined("ct_s61_rv85_rests_four.txt")
    p = only_project(read("ct_s61_rv85_rests_four.txt"))
    assert (p["department"], p["unit"]) == ("市教育局", "市第一中学")


def test_rest_of_five_left(read):
    got = _joined("ct_s61_rv85_rests_five.txt")
    assert "项\t市教育局\t实施单位\t市第一中学" in got
    assert "目主管部门\t\t\t" in got
    p = only_project(read("ct_s61_rv85_rests_five.txt"))
    assert (p["department"], p["unit"]) == (None, "市第一中学")


def test_full_width_rests_joined(read):
    assert "主管部门\t市教育局\t实施单位（章）\t市第一中学" in _joined("ct_s61_rv85_rests_fullwidth.txt")
    r = read("ct_s61_rv85_rests_fullwidth.txt")
    p = only_project(r)
    assert (p["department"], p["unit"]) == ("市教育局", "市第一中学")
    assert "unparsed_row" not in warning_codes(r)
