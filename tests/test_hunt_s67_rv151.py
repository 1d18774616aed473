"""Review rv151 (session 67) of hunt pd13: its rule, a line of a sign-off's labels alone in columns under an
indicator or score table ends the table (parsers.forms `_signoff_labels_line`), tried on spellings and layouts its
fixtures had not (tests/fixtures/review/ct_s67_rv151_*, made by tests/fixtures/review/make_s67_rv151.py). Each
reading was written down by hand before the run: pd10's water form whole (fields, money, eight indicators), the
labels and names lines no indicator, `填报日期：2024年10月18日` the fill_date.

Decided: the labels may carry their sign word bare (`单位负责人签字  财务负责人签章  经办人签名`, as rv133's
`_BARE_SIGN_TAIL` reads a pair's label): the line ends the table (it and the names' line were two indicators of
满意度指标, each target_missing). A tab dump's row of such labels in cells of their own (`分管领导 | 主要领导 | 审核人 |
经办人`; a Word table's two rows under its last indicator) ends an indicator table alike (it and the names' row were indicators whose level 1 was `分管领导`, of no
warning at all); both rows are then reported unparsed_row.
Kept: `分管领导  主要领导  审核人  经办人`, `填报单位（盖章）  单位负责人  财务负责人  填表人` and `单位负责人签字：  财务负责人签字：
填表人：` (colons, blank) on a PDF's line of their own; a dump's `受益人  管理人` line under the table (no indicator).
Left: a dump's sign-off rows are reported unparsed_row, their names not paired with the labels above them (no person
kept, as pd13 left the PDF's).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes
from tests.test_hunt_s67_pd13 import WATER, WATER_WHO, _who


@pytest.mark.parametrize("stem", ["signed_suffix", "leaders", "seal_first"])
def test_pdf_labels_line_under_the_table(read, stem):
    """The labels alone on a line under the ruled table, the names under them, the date last."""
    r = read(f"ct_s67_rv151_{stem}.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO
    assert indicator_targets(r) == WATER
    assert str(p["fill_date"]) == "2024-10-18"
    assert warning_codes(r) == []


def test_pdf_labels_with_colons_no_value(read):
    """`单位负责人签字：  财务负责人签字：  填表人：` blank: no indicator (the pairs' reading)."""
    r = read("ct_s67_rv151_colon_blank.pdf")
    p = only_project(r)
    assert indicator_targets(r) == WATER
    assert str(p["fill_date"]) == "2024-10-18"
    assert warning_codes(r) == []


@pytest.mark.parametrize("stem", ["signed_suffix", "leaders"])
def test_dump_labels_row_under_the_table(read, stem):
    """The same form as a tab dump, the labels and the names tab-separated under the table: eight indicators, none
    of a label or a name; the two rows flagged unparsed_row at most."""
    r = read(f"ct_s67_rv151_{stem}.txt")
    p = only_project(r)
    assert _who(p) == WATER_WHO
    assert indicator_targets(r) == WATER
    assert str(p["fill_date"]) == "2024-10-18"
    assert set(warning_codes(r)) <= {"unparsed_row"}


def test_word_table_rows_of_labels_and_names(read):
    """The labels and the names two rows of the Word table's grid under its last indicator: eight indicators (main:
    ten, the two rows indicators of level 1 `单位负责人签字` with no warning); the date read; the names paired with the
    labels over them (hunt pd14: the rows were unparsed_row, nobody kept)."""
    r = read("ct_s67_rv151_word_rows.docx")
    p = only_project(r)
    assert _who(p) == WATER_WHO
    assert indicator_targets(r) == WATER
    assert str(p["fill_date"]) == "2024-10-18"
    assert warning_codes(r) == []
    assert p["contact"] == "王小明"
    assert other_fields(p) == {"单位负责人": "张建国", "财务负责人": "刘伟", "审核人": "陈静"}


def test_dump_role_words_line_is_no_indicator(read):
    r = read("ct_s67_rv151_beneficiary.txt")
    assert indicator_targets(r) == WATER
    assert warning_codes(r) == []
