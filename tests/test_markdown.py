"""Markdown dumps (pipe tables, as markitdown / pandoc / docling write them) feed the same parsers."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.txt import _from_pipes, _split_pipe, build_grids, split_lines
from jixiao.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "markdown"
TABLES = ("projects", "indicators", "budget_items", "scores", "safeguards", "assessment_items")
IGNORED = {"doc_id", "project_id", "page", "line", "layout", "title"}


def _records(path: Path) -> dict[str, list[dict]]:
    """The records, strings without whitespace: pandoc wraps long cells at 72 columns, so a space of the
    form may come back as a line break (joined without a space, as a wrapped cell is)."""
    res = process_file(path)
    assert res.document["status"] in ("ok", "partial"), res.document["error"]
    squeeze = lambda v: "".join(v.split()) if isinstance(v, str) else v  # noqa: E731
    return {t: [{k: squeeze(v) for k, v in r.items() if k not in IGNORED} for r in res.tables[t]] for t in TABLES}


@pytest.mark.parametrize("md", sorted(FIX.glob("*.*.md")), ids=lambda p: p.name)
def test_markitdown_output_gives_the_records_of_the_text_dump(md):
    (txt,) = (ROOT / "samples").glob(md.name.split(".")[0] + "*.txt")
    want, got = _records(txt), _records(md)
    assert sum(len(v) for v in want.values()) > 10
    for t in TABLES:
        assert got[t] == want[t], t


def test_pandoc_html_tables_are_read_as_html_with_the_lines_between():
    res = process_file(FIX / "000_db5194b345e21d4a.pandoc.md")
    assert res.document["format"] == "html"
    assert any(w["code"] == "html_in_text" for w in res.tables["warnings"])
    (p,) = res.tables["projects"]
    assert p["title"] == "财政项目支出绩效目标申报表（项目总体情况）" and p["year"] == 2020


def test_title_of_a_bold_line_loses_its_markers():
    res = process_file(FIX / "000_db5194b345e21d4a.docx.md")
    assert res.tables["projects"][0]["title"] == "财政项目支出绩效目标申报表（项目总体情况）"


def test_split_pipe_cells():
    assert _split_pipe("| a | **项目名称** | x \\| y | 1<br>2 | [x] 经常性 [ ] 一次性 | NaN | Unnamed: 3 |") == \
        ["a", "项目名称", "x | y", "1\n2", "☑ 经常性 ☐ 一次性", "", ""]
    assert _split_pipe("|单项\\n分值|  |") == ["单项\n分值", ""]


def test_short_rows_keep_their_cells_in_the_last_columns_and_the_rule_is_no_row():
    lines = ["# 标题", "", "| 一级指标 | 二级指标 | 三级指标 | 指标值 |", "| --- | --- | --- | --- |",
             "| 产出指标 | 数量指标 | 培训人数 | ≥100人 |", "| 培训场次 | =4场 |", "| 质量指标 | 合格率 | ≥95% |",
             "", "说明：无"]
    out, numbers = _from_pipes(lines)
    # line numbers are kept, each line its own; the rule's blank goes above the header row (hunt ly13), so that the
    # header and the rows under it are one block
    assert len(out) == len(lines) and numbers == [1, 2, 4, 3, 5, 6, 7, 8, 9]
    assert out[0] == "标题" and out[2] == "" and out[3] == "一级指标\t二级指标\t三级指标\t指标值"
    assert out[5] == "\t\t培训场次\t=4场"
    assert out[6] == "\t质量指标\t合格率\t≥95%"
    grids, texts = build_grids(lines)
    assert len(grids) == 1 and [t.text for t in texts] == ["标题", "说明：无"]
    cells = {(c.row, c.col): (c.text, c.line) for c in grids[0].cells}
    assert cells[(2, 2)] == ("培训场次", 6) and cells[(3, 1)] == ("质量指标", 7)


def test_a_tab_dump_with_pipes_in_its_cells_stays_a_tab_dump():
    lines = ["项目名称\t某项目", "备注\t| 见附件 |", "指标\t≥90%"]
    grids, _ = build_grids(lines)
    assert [c.text for c in grids[0].cells][3] == "| 见附件 |"
    assert build_grids(split_lines("| a | b |\n| c | d |\n| e | f |"))[0][0].cells[0].text == "a"
