"""Review rv95 (session 62) of hunt pd9: a Word table of money lines nested in the 项目资金（万元） value cell, read in
the form's rows, needed to fit in its cell's grid columns; a form of two columns (`项目名称 | …`), or a .doc whose
rows above the indicators all merge their value cells (Word 97 keeps no column its rows do not show), left it a
grid of its own after the form, its amounts read apart from the label's 万元 (tests/fixtures/review/ct_s62_rv95_*,
made by tests/fixtures/review/make_s62_rv95.py; each reading written down by hand before the run).

Decided: the nested table is read in the rows all the same, the grid widened before the cell's right edge by the
columns it lacks (the cells across or ending at that edge widen with it); the table that ends a .doc (no paragraph
after it), which LibreOffice reads as text, is read from the file's own table marks when LibreOffice read the
form's other tables too, not only when it read none (main: the indicator table of last_table.doc lost).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

W = 10000.0
NAMES = ["购置医疗设备数量", "设备验收合格率", "设备安装完成时间", "乡镇卫生院诊疗能力", "患者满意度"]
TARGETS = ["≥36台（套）", "100%", "2025年9月底前", "明显提升", "≥90%"]


def _reading(r):
    return (r.document["layout"],
            [(p["name"], p["department"], p["unit"], p["budget_total"], p["budget_year"], p["budget_fiscal"],
              p["budget_other"]) for p in r.tables["projects"]],
            indicator_targets(r), [i["target_raw"] for i in r.tables["indicators"]], budget_lines(r),
            [c for c in warning_codes(r) if c != "converted"])


@pytest.mark.parametrize("name", ["two_col.docx", "two_col_notes.docx", "merged_rows.doc", "last_table.doc"])
def test_reads_as_its_text_dump(read, name):
    """The Word file gives the projects, money, indicators and warnings of its tab-separated dump."""
    stem = name.rsplit(".", 1)[0]
    assert _reading(read(f"ct_s62_rv95_{name}")) == _reading(read(f"ct_s62_rv95_{stem}.txt"))


@pytest.mark.parametrize("name", ["two_col.docx", "two_col_notes.docx", "merged_rows.doc", "last_table.doc"])
def test_nested_money_in_wan(read, name):
    """`项目资金（万元）` beside a nested `年度资金总额 | 1,250.50`, `其中:财政拨款 | 1,200.00`, `其他资金 | 50.50` (or
    `合计 | 1,250.50` under `资金来源 | 金额 | 备注`): 12,505,000 yuan. Main: 1250.5 (the nested table a grid of its own,
    the 万元 of the label not its)."""
    p = only_project(read(f"ct_s62_rv95_{name}"))
    assert (p["name"], p["department"], p["unit"]) == ("乡镇卫生院医疗设备购置项目", "某县卫生健康局", "某县卫生健康局")
    assert (p["budget_total"] or p["budget_year"], p["budget_fiscal"], p["budget_other"]) == \
        (1250.5 * W, 1200 * W, 50.5 * W)


def _cells(name):
    from jixiao.pipeline import extract_file, read_input
    from tests.conftest import REVIEW
    path = str(REVIEW / name)
    g = extract_file(path, read_input(path), "x").grids[0]
    return g.n_cols, {(c.row, c.col): (c.text, c.rowspan, c.colspan) for c in g.cells}


def test_two_columns_widened_by_the_nested_table():
    """The two-column form's grid: a third column before its right edge; the fields' values across both, the label
    merged down over the three money lines, each line's name and amount a column each."""
    n_cols, cells = _cells("ct_s62_rv95_two_col.docx")
    assert n_cols == 3
    assert cells[(0, 0)] == ("项目名称", 1, 1) and cells[(0, 1)] == ("乡镇卫生院医疗设备购置项目", 1, 2)
    assert cells[(3, 0)] == ("项目资金（万元）", 3, 1)
    assert [(cells[(3 + k, 1)], cells[(3 + k, 2)]) for k in range(3)] == [
        (("年度资金总额", 1, 1), ("1,250.50", 1, 1)), (("其中:财政拨款", 1, 1), ("1,200.00", 1, 1)),
        (("其他资金", 1, 1), ("50.50", 1, 1))]
    assert cells[(6, 0)] == ("年度绩效目标", 1, 1) and cells[(6, 1)][2] == 2


def test_three_nested_columns_in_one():
    """A nested table of three columns (`资金来源 | 金额 | 备注`) in the one value column: two columns put in, the
    empty note left out, the label merged down over the four rows."""
    n_cols, cells = _cells("ct_s62_rv95_two_col_notes.docx")
    assert n_cols == 4
    assert cells[(2, 1)] == ("某县卫生健康局", 1, 3)
    assert cells[(3, 0)] == ("项目资金（万元）", 4, 1)
    assert [cells[(3, c)][0] for c in (1, 2, 3)] == ["资金来源", "金额", "备注"]
    assert [cells[(5, c)][0] for c in (1, 2, 3)] == ["财政拨款", "1,200.00", "县级预算"]
    assert (4, 3) not in cells and cells[(7, 0)][0] == "年度绩效目标"


def test_indicator_table_ending_a_doc(read):
    """The .doc's five indicators, as its DOCX gives them, and the warning that says how it was read. Main: none
    (LibreOffice read the form's table, and the indicator table as text)."""
    r = read("ct_s62_rv95_last_table.doc")
    assert any("table marks" in w["message"] for w in r.tables["warnings"] if w["code"] == "converted")
    assert [i["level3"] for i in r.tables["indicators"]] == NAMES
    assert [i["target_raw"] for i in r.tables["indicators"]] == TARGETS


def test_safeguard_table_ending_a_real_doc():
    """A district's .doc (tests/fixtures/office) whose last table is its 制度保障 table: LibreOffice glued it to the
    line before it (`项目名称：质量强区专项经费制度保障文件名称…`), the safeguards were lost; three rows, each ticked
    in its three stages."""
    from jixiao.pipeline import process_file
    from tests.conftest import REVIEW
    r = process_file(str(REVIEW.parent / "office" / "000_db5194b345e21d4a.doc"))
    got = [(s["kind"], s["document"], s["stages"]) for s in r.tables["safeguards"]]
    stages = ["立项和计划阶段", "实施阶段", "收尾和完成阶段"]
    assert got == [("项目管理制度", "《上海市闵行区区长质量奖管理办法》（闵府发【2015】32号）", stages),
                   ("预算管理制度", "闵行区预算管理制度", stages), ("财务管理制度", "《闵行区市场监督管理局财务管", stages)]


def test_nested_rows_keep_their_table_and_row(read):
    """A nested table read in its cell's rows is still a table of the document: each line keeps its own table's
    number and row as provenance (a DOCX's page is the table's number, its line the row), and the tables after it
    keep theirs: `其中：上级补助` table 2, row 4; `县级配套` row 5. pd9: both table 1, row 3 (the row holding it)."""
    t = read("ct_s33_az_money_block_notes_nested.docx").tables
    assert [(b["name"], b["page"], b["line"]) for b in t["budget_items"]] == [("上级补助", 2, 4), ("县级配套", 2, 5)]
    from jixiao.pipeline import extract_file, read_input
    from tests.conftest import REVIEW
    path = str(REVIEW / "ct_s62_rv95_two_col.docx")
    where = {c.text: (c.page, c.line) for c in extract_file(path, read_input(path), "x").grids[0].cells}
    assert (where["项目资金（万元）"], where["年度资金总额"], where["1,250.50"], where["50.50"]) == ((1, 4), (2, 1), (2, 1), (2, 3))
    assert [i["page"] for i in read("ct_s62_rv95_two_col.docx").tables["indicators"]] == [3] * 5
