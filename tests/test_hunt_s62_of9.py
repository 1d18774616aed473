"""Hunt of9 (session 62): office files and web pages made by the tools that make them (LibreOffice's web page of a
DOCX, a budget system's pages, python-docx with revision marks, openpyxl), each beside the same form as a text dump
(tests/fixtures/review/ct_s62_of9_*, made by tests/fixtures/review/make_s62_of9.py; pd9's ct_s62_pd9_nested.txt).
Each reading was written down by hand before the run.

Decided (wrong on main, fixed):
- a web page's table of columns nested in a cell, all the cell holds, fitting its columns and merging nothing, is
  read in the outer table's rows under its label, as the DOCX and .doc readers read one (grid.inlined_cells): a
  自评表's `项目资金（万元）` cell holding `| 年初预算数 | 全年预算数 | …` and three money lines reads 120 万元 budgeted and
  108 万元 spent (main: no money, the lines a grid of their own after the form, `duplicate_indicator`);
- a hidden form named otherwise, most of its indicators shown and its money a shown project's, is a renamed version
  only when its goal is mostly a shown one's too (pipeline `_keeps_a_goal`): a county template's sibling very hidden,
  `村卫生室标准化建设` beside `乡镇卫生院设备购置`, 3 common indicators and 50 万元 alike, is said (main: silent).
Kept (read right on main, guards): a renamed old version with its goal a little reworded stays silent; a DOCX's
tracked changes (deleted text not read, inserted read), a value in a content control, the title in a text box; an
XLSX with its indicators on 'Sheet2', a percent number (0.95 shown 95%), money stored as text, a hidden row of an old
target inside a merged 产出指标 block.
"""
from __future__ import annotations

import pytest

from tests.crossformat import assert_same_records
from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T = "数量指标", "质量指标", "时效指标"
SAT = "服务对象满意度指标"
W = 10000.0
PRE = "ct_s62_of9_"


def _grid(name: str):
    from jixiao.pipeline import extract_file, read_input
    from tests.conftest import REVIEW
    path = str(REVIEW / name)
    return extract_file(path, read_input(path), "x").grids


# ---- a table nested in a web page's cell -------------------------------------------------------------------------------
NESTED = [(P, N, "培训基层卫生人员", ">=", 600.0, "人次"), (P, Q, "培训考核合格率", ">=", 95.0, "%"),
          (P, T, "培训完成时间", None, None, None), (E, "社会效益指标", "基层卫生服务能力提升", None, None, None),
          (S, SAT, "参训人员满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("stem", ["nested_lo", "nested_web"])
def test_nested_money_page_reads_as_the_docx(read, stem):
    """pd9's form as LibreOffice's web page and as a system's page (the old target in a hidden row): 180 万元."""
    r = read(PRE + stem + ".html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("基层卫生人才能力提升培训项目", "某市卫生健康委员会", "某市卫生健康培训中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (180 * W, 180 * W, 0.0)
    assert indicator_targets(r) == NESTED
    assert warning_codes(r) == ["vague_target"]
    assert_same_records(read("ct_s62_pd9_nested.txt"), r, stem)


@pytest.mark.parametrize("stem", ["nested_lo", "nested_web"])
def test_nested_rows_in_the_pages_rows(stem):
    """As pd9's DOCX grid: one grid, the label merged down over the three money lines, each amount out to the right
    edge; in the system's page 产出指标 spans its three shown rows (the hidden old row not counted, not read)."""
    grids = _grid(PRE + stem + ".html")
    assert len(grids) == 1
    cells = {(c.row, c.col): (c.text, c.rowspan, c.colspan) for c in grids[0].cells}
    assert cells[(3, 0)] == ("项目资金（万元）", 3, 1)
    assert [cells[(3 + k, 1)][0] for k in range(3)] == ["年度资金总额", "其中：财政拨款", "其他资金"]
    assert [cells[(3 + k, 2)] for k in range(3)] == [("180.00", 1, 2), ("180.00", 1, 2), ("0.00", 1, 2)]
    assert cells[(6, 0)][0] == "年度绩效目标" and cells[(8, 0)] == ("产出指标", 3, 1)
    assert not any("（旧）" in c.text for c in grids[0].cells)


def test_nested_selfeval_money_columns(read):
    """A 自评表 page, the money's five columns nested beside 项目资金（万元）: 120 budgeted, 108 spent, 90%."""
    r = read(PRE + "nested_selfeval.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("老旧小区改造项目", "某区住房和城乡建设局", "某区城市更新中心")
    assert (p["budget_initial"], p["budget_year"], p["budget_fiscal"], p["budget_other"], p["spent"]) == \
        (120 * W, 120 * W, 120 * W, 0.0, 108 * W)
    assert p["execution_rate"] == 0.9
    assert [t[2] for t in indicator_targets(r)] == ["改造老旧小区户数", "工程验收合格率", "居民居住条件改善", "居民满意度"]
    assert [i["actual_raw"] for i in r.tables["indicators"]] == ["826户", "100%", "明显改善", "93%"]
    assert warning_codes(r) == ["vague_target"]


def test_nested_selfeval_reads_as_its_dump(read):
    assert_same_records(read(PRE + "nested_selfeval.txt"), read(PRE + "nested_selfeval.html"), "nested_selfeval")


# ---- hidden sheets beside a shown form ---------------------------------------------------------------------------------
def test_template_sibling_with_its_own_goal_is_said(read):
    """村卫生室标准化建设 very hidden beside 乡镇卫生院设备购置: 3 of 4 indicators (the county's common ones) and 50 万元
    alike, but a goal of its own: another project (main: silent, taken for a renamed version)."""
    r = read(PRE + "sibling.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"]) == ("乡镇卫生院设备购置", "县卫生健康局", 50 * W)
    assert [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"] == [
        "sheet 2 (卫生室) is hidden and not read (what Excel shows is read), and it reads as a form of another project "
        "(村卫生室标准化建设): it is very hidden, which Excel's 取消隐藏 (Unhide) does not list — set its Visible "
        "property to xlSheetVisible in the VBA editor (Alt+F11) to read the form"]
    assert r.document["status"] == "partial"


def test_renamed_old_version_with_its_goal_reworded_is_silent(read):
    """of8's renamed old version, its goal worded a little otherwise (`完成校园监控改造，新增摄像头120个，…`)."""
    r = read(PRE + "reworded_old.xlsx")
    assert only_project(r)["name"] == "校园安全监控改造"
    assert warning_codes(r) == [] and r.document["status"] == "ok"


# ---- guards: a DOCX's revision marks, an XLSX over two sheets ------------------------------------------------------------
def test_tracked_changes_read_as_accepted(read):
    r = read(PRE + "tracked.docx")
    p = only_project(r)
    assert (p["title"], p["name"], p["department"], p["unit"]) == \
        ("项目支出绩效目标表", "农村生活污水治理项目", "某县生态环境局", "某县农村环境整治中心")
    assert p["budget_year"] == 320 * W
    assert indicator_targets(r)[1] == (P, Q, "出水水质达标率", ">=", 95.0, "%")
    assert warning_codes(r) == []
    assert_same_records(read(PRE + "tracked.txt"), r, "tracked")


def test_two_sheets_percent_number_and_hidden_old_row(read):
    r = read(PRE + "pct.xlsx")
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["budget_fiscal"]) == ("社区嵌入式养老服务设施建设项目", 450 * W, 450 * W)
    assert [t[2:] for t in indicator_targets(r)] == [
        ("新增养老床位", ">=", 200.0, "张"), ("护理员持证上岗率", "=", 95.0, "%"), ("项目完工时间", None, None, None),
        ("失能老人入住率", "=", 60.0, "%"), ("入住老人满意度", ">=", 90.0, "%")]
    assert [t[0] for t in indicator_targets(r)] == [P, P, P, E, S]
    assert_same_records(read(PRE + "pct.txt"), r, "pct")
