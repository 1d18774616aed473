"""Mend md40 (session 61, of the ly12 and sp6 interaction): a label and its value wrapped together in a tab dump.

Hunt ly12 read a label and its value both wrapped over two lines (`项目名 | 校园安全监控改造` over `称 | 工程（二期）`) as
one pair in laid-out dumps (`extract.txt._label_rests`: the piece under the value is the value's rest, of any
length). Hunt sp6's pre-filter for tab dumps (`_short_pieces`) gave up at any field longer than a label's rest, so the
tab dump of the same form lost the name's rest (an unparsed_row). The pre-filter now lets a field of any length
through right after a label's rest, as `_label_rests` does (the filter still exact: tests/test_hunt_s61_sp6.py).
Fixtures: tests/fixtures/review/make_s61_md40.py.
"""
from __future__ import annotations

import pytest

import extract.txt as txt
from tests.hunt_tools import only_project, warning_codes

P = "ct_s61_md40_"
NAME = "校园安全监控改造工程（二期）"


def test_short_pieces_takes_a_value_rest_after_a_label_rest():
    assert txt._short_pieces("称\t工程（二期）\t\t") == {0: "称", 1: "工程（二期）"}
    assert txt._short_pieces("称\t工程（二期）\t门\t") == {0: "称", 1: "工程（二期）", 2: "门"}
    # (a long field with no label's rest before it still gives the line up: the next row of a table, mostly)
    assert txt._short_pieces("工程（二期）\t称") is None
    assert txt._short_pieces("\t产出指标\t数量指标\t资助学生人数\t≥1200人") is None


@pytest.mark.parametrize("name, dept", [("tab_wrap.txt", "县教育局"), ("tab_wrap_two.txt", "县教育局")])
def test_tab_label_and_value_wrapped_read_as_one_pair(read, name, dept):
    # main: `校园安全监控改造`, `称 | 工程（二期）` an unparsed_row (and `主管部 | 县教育局` not kept)
    r = read(P + name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["leader"]) == (NAME, dept, "县第一中学", "李明")
    assert "unparsed_row" not in warning_codes(r)


# (a plain test since hunt ly13 (session 62): the `|---|` rule's blank now stands above the header row, so the
# header and the rows under it are one block, as in a tab dump)
def test_pipe_label_and_value_wrapped_read_as_one_pair(read):
    r = read(P + "pipe_wrap.txt")
    assert only_project(r)["name"] == NAME
    assert "unparsed_row" not in warning_codes(r)
