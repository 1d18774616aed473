"""Tables without ruling lines whose columns nearly touch (extract/pdf.py `words_grid`).

The fixture tests/fixtures/pdf_ruleless/tight_columns.pdf (made by make_ruleless_pdf.py
there) prints a form as a Word table with its borders off does (the reviewer's
c07_noborders): a cell that fills its column stands 17 pt before the next one,
less than the 21 pt gap at which a line was cut into cells, and long texts wrap
inside their columns.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.pdf import extract_pdf, words_grid
from jixiao.pipeline import process_file

FIXTURE = Path(__file__).parent / "fixtures" / "pdf_ruleless" / "tight_columns.pdf"


@pytest.fixture(scope="module")
def grid_and_lines():
    ex = extract_pdf(FIXTURE.read_bytes(), "tight")
    assert len(ex.grids) == 1
    return ex.grids[0], [tl.text for tl in ex.lines]


def _rows(grid):
    return [[(c.col, c.text, c.rowspan) for c in grid.cells if c.row == r] for r in range(grid.n_rows)]


def test_cells_cut_at_column_edges(grid_and_lines):
    rows = _rows(grid_and_lines[0])
    assert [(2, "社会效益指标", 1), (3, "老年人助餐覆盖率", 1)] == [c for c in rows[10] if c[0] in (2, 3)]
    assert rows[2][:2] == [(0, "项目资金（万元）", 2), (1, "年度资金总额", 1)]
    assert rows[5] == [(0, "年度绩效目标", 1), (1, "通过实施社区养老服务（二期）专项经费，全年完成社区养老服务相关任务，"
                                                 "确保各项工作按计划推进，资金使用规范高效，服务对象满意度达到90%以上。", 1)]


def test_wrapped_cells_joined(grid_and_lines):
    grid, lines = grid_and_lines
    rows = _rows(grid)
    assert rows[7][-1] == (5, "不少于800户次", 1)
    assert rows[11] == [(2, "可持续影响指标", 1), (3, "长效管理机制", 1), (5, "建立并持续运行", 1)]
    assert rows[3] == [(1, "其中：财政拨款", 1), (3, "1200.00", 1)]   # 元） went up to its label
    assert lines == ["项目支出绩效目标表", "（2024年度）"]                  # no `次`, no goal text outside


def test_records():
    r = process_file(str(FIXTURE))
    assert r.document["status"] == "ok"
    (p,) = r.tables["projects"]
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (12805000.0, 12000000.0, 805000.0)
    assert p["goal_annual"].endswith("服务对象满意度达到90%以上。")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [
        ("产出指标", "数量指标", "助餐点监督检查户次", "不少于800户次"),
        ("产出指标", "数量指标", "覆盖乡镇（街道）数量", "15个"),
        ("产出指标", "质量指标", "助餐点问题发现整改率", "≥95%"),
        ("效益指标", "社会效益指标", "老年人助餐覆盖率", "不低于80.5%"),
        ("效益指标", "可持续影响指标", "长效管理机制", "建立并持续运行"),
        ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ]


# ------------------------------------------------------------------ lines made by hand: what must stay whole

W = 10.0          # a Chinese character's width; Latin letters and digits half of it


def _line(top: float, pieces: list[tuple[float, str]]) -> dict:
    """A text line as pdfplumber's extract_text_lines gives it: pieces of text drawn from their x."""
    chars = []
    for x, text in pieces:
        for ch in text:
            w = W / 2 if ch.isascii() else W
            chars.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + W})
            x += w
    text = "".join(ch["text"] for ch in chars)
    return {"text": text, "top": top, "bottom": top + W, "x0": chars[0]["x0"], "x1": chars[-1]["x1"],
            "chars": chars}


EDGES = [60.0, 160.0, 260.0, 360.0]


def _table(extra: list[dict]) -> list[dict]:
    """Four rows of a four-column table (edges at EDGES), then `extra` below."""
    rows = [_line(100 + 14 * i, [(e, t) for e, t in zip(EDGES, ("一级指标", "二级指标", "三级指标", "指标值"))])
            for i in range(4)]
    return rows + extra


def _texts(grid) -> list[str]:
    return [c.text for c in grid.cells]


def test_paragraph_across_columns_stays_whole():
    # its characters stand on the column edges 260 and 360, but no gap opens before them
    para = _line(160, [(60, "年度绩效目标"), (160, "通过实施项目全年完成相关任务确保各项工作按计划推进资金使用规范")])
    grid, _ = words_grid(_table([para]), 1)
    assert "通过实施项目全年完成相关任务确保各项工作按计划推进资金使用规范" in _texts(grid)


def test_run_not_starting_on_an_edge_is_not_cut():
    # a centred line with a gap before a character on an edge: it does not start on an edge, so it is no cells
    title = _line(30, [(123, "绩效目标"), (160, "申报表")])
    grid, lines = words_grid([title] + _table([]), 1)
    assert "绩效目标申报表" in [tl.text for tl in lines]


def test_word_gap_at_an_edge_is_not_cut():
    # a space between Latin words (5 pt, under 1.2 characters) before a word that starts on an edge
    row = _line(160, [(60, "名称"), (160, "Total amount of the"), (260, "fund")])
    grid, _ = words_grid(_table([row]), 1)
    assert "Total amount of the fund" in _texts(grid)


def test_line_under_every_full_cell_is_a_row():
    # cells filling their columns (8 characters, 100 - 20 pt of padding), then a line under each of them: a new row
    full = _line(160, [(60, "生态效益指标效益"), (160, "空气优良天数比例"), (260, "长效管理机制健全"), (360, "不低于八成")])
    below = _line(174, [(60, "可持续影响"), (160, "群众满意度"), (260, "服务对象"), (360, "达到九成")])
    grid, _ = words_grid(_table([full, below]), 1)
    assert grid.n_rows == 6 and "生态效益指标效益" in _texts(grid) and "可持续影响" in _texts(grid)


def test_uniform_columns_are_not_wrapped():
    # every header cell is as long as its column's longest (4 characters) but 60 pt short of the next column: no
    # cell filled its column, so a row with cells under two of them is a row, not their rest
    row = _line(160, [(60, "名称"), (160, "办公费")])
    grid, _ = words_grid(_table([row]), 1)
    assert grid.n_rows == 5 and "办公费" in _texts(grid)


REVIEW = Path(__file__).parent / "fixtures" / "review"


@pytest.mark.parametrize("name, want", [
    ("ac_c18_docx_12pt.pdf", [
        ("数量指标", "培训基层农技人员人数", "≥500人次"), ("数量指标", "建设高标准农田示范片面积", "不少于1200亩"),
        ("质量指标", "培训合格率", "≥95%"), ("时效指标", "项目完成时间", "2024年12月底前"), ("成本指标", "人均培训成本", "≤800元"),
        ("经济效益指标", "示范区亩均增收", "≥150元"), ("社会效益指标", "带动农户技术应用覆盖率", "≥80%"),
        ("可持续影响指标", "农技推广服务机制", "长期有效运行"), ("服务对象满意度指标", "参训人员满意度", "≥90%")]),
    ("ac_c22_docx_tight_notecol.pdf", [
        ("数量指标", "新增生活垃圾分类投放点", "200个"), ("数量指标", "配置分类收运车辆", "12辆"),
        ("质量指标", "生活垃圾无害化处理率", "100%"), ("质量指标", "分类投放点设置达标率", "≥95%"),
        ("社会效益指标", "居民垃圾分类知晓率", "≥85%"), ("社会效益指标", "垃圾分类参与率", "≥60%"),
        ("服务对象满意度指标", "居民满意度", "≥90%")]),
])
def test_word_cell_margins_and_cjk_line_spacing(name, want):
    """Word tables without borders printed by LibreOffice (a review's, tests/fixtures/review/ac_*): full cells only
    Word's cell margins apart (11 pt, under 1.2 characters at 10–12 pt) are cut at a column edge (`经济效益指标示范区亩均
    增收`, `项目资金（万年度资金总额` were one cell: 0 of 7 indicators), and a wrapped line a CJK font's line spacing
    sets a full line height below is the cell's rest (`服务对象满意` / `度指标`)."""
    t = process_file(str(REVIEW / name)).tables
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]] == want
    assert t["projects"][0]["budget_fiscal"] is not None and t["projects"][0]["goal_annual"]


def test_a_line_that_only_closes_brackets_spans_no_row():
    """`项目资金（万… | 其他资金（万…` then `元） | 元）` alone on a line: the brackets closed in their cells, which span no row
    below (they spanned one more row than the grid has, over the next row's cells when one followed)."""
    full = _line(160, [(60, "项目资金（万万万"), (160, "其他资金（万万万")])
    close = _line(174, [(60, "元）"), (160, "元）")])
    after = _line(188, [(e, t) for e, t in zip(EDGES, ("一级指标", "二级指标", "三级指标", "指标值"))])
    for extra in ([full, close], [full, close, after]):
        grid, _ = words_grid(_table(extra), 1)
        assert "项目资金（万万万元）" in _texts(grid)
        assert all(c.row + c.rowspan <= grid.n_rows for c in grid.cells)
        assert not any(c.rowspan > 1 and any(d.row == c.row + 1 and d.col == c.col for d in grid.cells)
                       for c in grid.cells)
