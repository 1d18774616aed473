"""Hunt pd14 (session 68): digital PDFs (tests/fixtures/review/ct_s68_pd14_*, made with reportlab by
tests/fixtures/review/make_s68_pd14.py), first the leftovers of pd11 / pd13. Each reading was written down by hand
before the run: the project's fields, its indicators (count, levels, op / value / unit), the sign-off's people,
warnings.

Decided: a sign-off's labels alone in columns (`填报人  审核人  单位负责人`, pd13's `_signoff_labels_line`) over a line or
a row of as many names (`李娟  王强  赵敏`), as text on the page or as a ruled grid of two rows under the table, pairs
each name with its label as `填报人：李娟` is read: the filer the contact, a role's person in other_fields under the role
(`{"审核人": "王强", "单位负责人": "赵敏"}`), the label's sign word off (`单位负责人（签字）`, `经办人签名`); a body's column
among them, `填报单位（盖章）`, is its seal's place: names as many as the people's labels are theirs, one under each label
is not paired (which is whose is unsure). parsers.forms `_labels_over_names`. On BASE the names were dropped (a
line) or an unparsed_row (a ruled row, its labels read as `{"审核人": "单位负责人"}`); a dump's and a Word table's rows
(rv151's) are paired alike now.
Decided too: an Excel print (Calc) whose `产出指标 | 数量指标` cells are merged down over a page break, both with no
cell on the next page's first body row, gives both their text again there (extract.pdf `carry_cut_merges`: it gave a
level only beside a label drawn again left of it); page 2's rows were 效益指标 of no level 2, no warning.
Kept: the form's fields, money, indicators and fill_date under the sign-off.
Left: a cell's line printed past its row's bottom rule (pd11's xfail, ct_s65_pd11_overflow.pdf) and the goal
overflowing its merged cell past page 1's edge on a too-wide Excel print (pd13's xfail, ct_s67_pd13_xlsx_cols.pdf)
stay open: neither was worked on here.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes
from tests.test_hunt_s67_pd13 import LIGHT, LIGHT_WHO, WATER, WATER_WHO, _who


@pytest.mark.parametrize("stem", ["names_plain", "names_ruled"])
def test_names_under_signoff_labels_are_paired(read, stem):
    """`填报人  审核人  单位负责人` over `李娟  王强  赵敏` under the street-light form (text lines, or a ruled grid of two
    rows): the contact 李娟, 审核人 王强 and 单位负责人 赵敏 kept, no warning (BASE: nobody kept; the ruled rows an
    unparsed_row and `{"审核人": "单位负责人"}`)."""
    r = read(f"ct_s68_pd14_{stem}.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO
    assert indicator_targets(r) == LIGHT
    assert p["contact"] == "李娟"
    assert other_fields(p) == {"审核人": "王强", "单位负责人": "赵敏"}
    assert str(p["fill_date"]) == "2025-02-18"
    assert warning_codes(r) == []


def test_names_under_signed_labels(read):
    """`单位负责人（签字）  财务负责人  填表人` over `周立新  孙丽  何涛` under the water form: the sign word off the role."""
    r = read("ct_s68_pd14_names_signed.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO
    assert indicator_targets(r) == WATER
    assert p["contact"] == "何涛"
    assert other_fields(p) == {"单位负责人": "周立新", "财务负责人": "孙丽"}
    assert warning_codes(r) == []


def test_pd13_signoff_columns_names_paired(read):
    """pd13's fixture (its Left): `单位负责人（签章）  分管领导  复核人  填报人` over four names, each paired."""
    p = only_project(read("ct_s67_pd13_signoff_columns.pdf"))
    assert p["contact"] == "王小明"
    assert other_fields(p) == {"单位负责人": "张建国", "分管领导": "刘伟", "复核人": "陈静"}


def test_body_column_among_the_labels_is_not_guessed(read):
    """rv151's `填报单位（盖章）  单位负责人  财务负责人  填表人` over four persons' names: which name is whose is unsure (a
    person under the seal's column), none paired, the form whole as before."""
    r = read("ct_s67_rv151_seal_first.pdf")
    p = only_project(r)
    assert indicator_targets(r) == WATER
    assert p["contact"] is None and p["unit"] == WATER_WHO[3]
    assert "填报单位" not in other_fields(p)
    assert warning_codes(r) == []


AREAS = [("产出指标", "数量指标", f"第{k}片区新建供水管网长度", ">=", float(k + 1), "公里") for k in range(1, 101)]


def test_levels_merged_over_a_page_break(read):
    """An Excel sheet printed by Calc (its head row the 打印标题): 100 `第k片区…` rows and the water form's 产出 rows
    under `产出指标 | 数量指标` merged down over the page break, the labels centred on the block (drawn at page 1's
    foot and again above and over page 2's repeated head): every row of page 2 still 产出指标 / 数量指标, the water
    form's own levels after them (BASE: the 47 rows of page 2 were 效益指标 of no level 2, with no warning)."""
    r = read("ct_s68_pd14_xlsx_merged.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO
    assert indicator_targets(r) == AREAS + WATER[1:]
    assert warning_codes(r) == []
