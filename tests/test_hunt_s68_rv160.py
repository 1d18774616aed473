"""Review rv160 (session 68) of hunt pd14: its rule, a sign-off's labels alone in columns over a row of as many
names pairs each name with its label (parsers.forms `_labels_over_names`), tried on rows its fixtures had not
(tests/fixtures/review/ct_s68_rv160_*, made by tests/fixtures/review/make_s68_rv160.py: tab dumps of a county's
school-meal 绩效目标表, eight indicators; two reportlab PDFs of pd14's street-light form; a Calc print). Each reading
was written down by hand before the run.

Decided: words under the labels that no person's name is, an opinion, a review's mark, a reference (`同意 | 已审核 |
见附件`, `不同意`, `审核通过`, `详见附表`, `无异议`), pair with nothing (main: the contact `同意`,
`{"审核人": "已审核", "单位负责人": "见附件"}`); the row stays an unparsed_row. In a row of cells each name is its
label's column's: a two-character name padded to three (`张  伟`) one name (main: the row an unparsed_row and the
labels read as `{"单位负责人": "财务负责人"}`); a label's cell left empty below, `填表人 | 分管领导` over ` | 赵立新`, nobody's
(main: the contact `分管领导`, 赵立新 dropped with no warning); three names under four labels' first three cells
theirs (main: `{"分管领导": "主要领导"}`, the names an unparsed_row). A row of people's labels alone whose names do
not pair is consumed with nothing kept (it was read as pairs whose value was the next label). Also: pd14's
`_ONE_SIGNER` was a twin of `_SIGNER_NAME` (the same pattern): it is gone.
Kept: PDF text lines of `填报人  审核人  单位负责人` over two names, or over `同意  已审核  见附件`: nobody paired, the form
whole (the unsure count as pd14 left it); an Excel print whose `产出指标` alone is merged down over a page
break (`数量指标` on each row): every row's levels, pd14's carry_cut_merges rule (two levels cut together) not
firing.
Left: a PDF's names line that pairs with nothing is dropped with no warning (as before pd14); one opinion word among
names (`李娟  同意  赵敏`) pairs none of them.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes
from tests.test_hunt_s67_pd13 import LIGHT, LIGHT_WHO, WATER, WATER_WHO, _who

MEAL_WHO = ("农村义务教育学生营养改善计划", 2025, "某县教育局", "某县学生资助管理中心", 8600000.0, 8600000.0, 0.0)


def _meal(r):
    p = only_project(r)
    assert _who(p) == MEAL_WHO
    assert len(r.tables["indicators"]) == 8
    assert str(p["fill_date"]) == "2025-03-06"
    return p


def test_opinion_words_under_labels_are_no_names(read):
    """`经办人 | 审核人 | 单位负责人` over `同意 | 已审核 | 见附件`: nobody, the row flagged."""
    r = read("ct_s68_rv160_opinion.txt")
    p = _meal(r)
    assert p["contact"] is None
    assert other_fields(p) == {}
    assert "unparsed_row" in warning_codes(r)


def test_padded_names_in_cells(read):
    """`单位负责人 | 财务负责人 | 填表人` over `张  伟 | 李  娜 | 王小明`: each cell one name."""
    r = read("ct_s68_rv160_spaced.txt")
    p = _meal(r)
    assert p["contact"] == "王小明"
    assert other_fields(p) == {"单位负责人": "张伟", "财务负责人": "李娜"}
    assert "unparsed_row" not in warning_codes(r)


def test_name_under_its_column_with_an_empty_cell_before(read):
    """`填表人 | 分管领导` over ` | 赵立新`: the leader's, no filer (main: the contact `分管领导`)."""
    r = read("ct_s68_rv160_fewer_cells.txt")
    p = _meal(r)
    assert p["contact"] is None
    assert other_fields(p) == {"分管领导": "赵立新"}
    assert "unparsed_row" not in warning_codes(r)


def test_fewer_names_in_cells_each_under_its_column(read):
    """Four labels' cells over three names' cells (the last empty): each name its column's, no 经办人."""
    r = read("ct_s68_rv160_unequal.txt")
    p = _meal(r)
    assert p["contact"] is None
    assert other_fields(p) == {"分管领导": "张建国", "主要领导": "刘伟", "审核人": "陈静"}
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("stem", ["opinion_line", "unequal_line"])
def test_pdf_lines_not_paired(read, stem):
    """A PDF's labels line over opinion words or over fewer names: nobody paired, the form whole."""
    r = read(f"ct_s68_rv160_{stem}.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO
    assert indicator_targets(r) == LIGHT
    assert p["contact"] is None
    assert other_fields(p) == {}
    assert str(p["fill_date"]) == "2025-02-18"
    assert set(warning_codes(r)) <= {"unparsed_row"}


AREAS = [("产出指标", "数量指标", f"第{k}片区新建供水管网长度", ">=", float(k + 1), "公里") for k in range(1, 101)]


def test_level_one_alone_merged_over_a_page_break(read):
    """pd14's Excel sheet with only `产出指标` merged down over the page break, `数量指标` on each row: every 片区 row
    产出指标 / 数量指标, the water form's own levels after them (pd14's rule, for two levels cut together, stays off)."""
    r = read("ct_s68_rv160_xlsx_level1.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO
    assert indicator_targets(r) == AREAS + WATER[1:]
    assert warning_codes(r) == []
