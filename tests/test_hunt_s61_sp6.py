"""Hunt sp6 (session 61): less work a row on the text path, the output the same.

- `extract.txt._label_rests_below` asks the line under a row first (`_short_pieces`): a line with a field longer than
  a label's rest (the next row of a table, mostly) gives up before the row is split or `_label_rests` asked;
- `parsers.forms.FormReader._doc_number` cleans a row's last cell alone before its paper-number test (every row of
  two cells or fewer was cleaned whole for it).

The rare shapes those pre-filters must let through are pinned on fixtures (tests/fixtures/review/make_s61_sp6.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import extract.txt as txt
import parsers.forms as forms
from parsers.core import starts_a_row
from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _lines(name: str) -> list[str]:
    return (REVIEW / name).read_text(encoding="utf-8").split("\n")


# ---------------------------------------------------------------- the rests of a wrapped label


def test_short_pieces_takes_a_line_of_short_rests():
    assert txt._short_pieces("部门\t\t位\t") == {0: "部门", 2: "位"}
    assert txt._short_pieces("部门\t\t位（盖章）\t") is None        # (5 characters: no rest)
    assert txt._short_pieces("\t产出指标\t数量指标\t资助学生人数\t≥1200人") is None
    assert txt._short_pieces("部门\t\t12\t") is None               # (a figure: no piece of a label)
    assert txt._short_pieces("\t\t") == {}


def test_rests_joined_to_their_labels():
    lines = _lines("ct_s61_sp6_label_rests.txt")
    got = [ln for _, ln in txt._join_wrapped(lines, starts_a_row)]
    assert "主管部门\t市教育局\t实施单位\t市第一中学" in got
    assert "部门\t\t位\t" not in got


def test_rest_too_long_left_as_it_is():
    lines = _lines("ct_s61_sp6_rest_too_long.txt")
    got = [ln for _, ln in txt._join_wrapped(lines, starts_a_row)]
    assert "主管部门\t市教育局\t实施单\t市第一中学" in got
    assert "\t\t位（盖章）\t" in got


def test_rows_under_a_row_not_split_for_rests(monkeypatch):
    # (the indicator rows and the money's stand over rows of long texts: `_label_rests` is asked only of the rows over a
    # line of short pieces — the wrapped labels' rests, `绩效指标` alone, the head's four-character words)
    asked: list[list[str]] = []
    real = txt._label_rests

    def counted(row, pieces, is_label):
        asked.append(row)
        return real(row, pieces, is_label)
    monkeypatch.setattr(txt, "_label_rests", counted)
    txt._join_wrapped(_lines("ct_s61_sp6_label_rests.txt"), starts_a_row)
    assert [r[0] for r in asked] == ["主管", "年度绩效目标", "绩效指标"]


def test_wrapped_labels_read_as_fields(read):
    r = read("ct_s61_sp6_label_rests.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("市级学生资助补助项目", "市教育局", "市第一中学")
    assert len(indicator_targets(r)) == 5
    assert "unparsed_row" not in warning_codes(r)


# ---------------------------------------------------------------- a paper's number


def test_number_on_its_line_kept(read):
    r = read("ct_s61_sp6_doc_number_line.txt")
    of = other_fields(only_project(r))
    assert of.get("发文字号") == "云财绩〔2024〕15号"
    assert of.get("发文机关") == "云南省财政厅"


def test_number_beside_its_issuer_kept_one_cited_below_not(read):
    r = read("ct_s61_sp6_doc_number_beside.txt")
    p = only_project(r)
    of = other_fields(p)
    assert of.get("发文字号") == "黔财绩〔2024〕7号"
    assert of.get("发文机关") == "贵州省财政厅"
    assert "其他发文字号" not in of
    assert (p["department"], p["unit"]) == ("市教育局", "市第一中学")


def test_doc_number_cleans_the_last_cell_first(monkeypatch):
    # (a row of two cells whose last is no paper's number: one cell cleaned for the test, not both)
    seen: list[str] = []
    real = forms.clean

    def counted(text):
        seen.append(text)
        return real(text)
    from extract.grid import Cell
    from parsers.core import Row
    row = Row([Cell(0, 0, "政策依据"), Cell(0, 1, "县政府常务会议纪要")], None, 0, 0.0, False)
    monkeypatch.setattr(forms, "clean", counted)
    reader = forms.FormReader.__new__(forms.FormReader)
    reader.rows = [row]
    assert reader._doc_number(0, row) is False
    assert seen == ["县政府常务会议纪要"]


# ---------------------------------------------------------------- a note held at a page's top


def test_note_at_a_page_top_read_under_its_grid():
    # (`注：…` at the top of the page a tab table goes on across: held, then read right under the grid's last line —
    # the grid's last line now looked for only when a note is held)
    lines = _lines("ct_s48_ls3_note_page_top_tab.txt")
    grids, texts = txt._build_horizontal(lines, starts_a_row)
    note = next(t for t in texts if t.text.lstrip("\f").startswith("注"))
    grid = next(g for g in grids if g.cells and min(c.line for c in g.cells) < note.line < max(c.line for c in g.cells))
    assert note.order == max(c.line for c in grid.cells) + 0.5
    assert all(t.order == float(t.line) for t in texts if t is not note)


# ---------------------------------------------------------------- a block label run into a label


def test_block_and_label_asked_only_of_wide_cells(monkeypatch):
    # (a tab dump's cells are each one column: none is a block label and a label run together over two, none asked;
    # the PDF's `项目资金（万元） 其中：财政拨款` over two columns is still split — test_generic's ruled-across tables)
    from jixiao.pipeline import process_file
    asked: list = []
    real = forms._block_and_label

    def counted(cell):
        asked.append(cell)
        return real(cell)
    monkeypatch.setattr(forms, "_block_and_label", counted)
    r = process_file(str(REVIEW / "ct_s61_sp6_label_rests.txt"))
    assert only_project(r)["budget_fiscal"] == 3_600_000
    assert asked == []
