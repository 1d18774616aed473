"""Hunt sp4 (session 59, speed of the text path): work asked once a table, a view or a text, not once a row. Fixtures
ct_s59_sp4_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s59_sp4.py): two forms alike but for
the facts the new memos keep; each reading was written down by hand before jixiao was run.

The memos (no reading changes; these tests guard that no answer of one file or text reaches another):
- checks keep a view's subtotals and composition lines on the view (`_of_view`), with the list of lines they were
  worked out from and its length: another view, or lines added since, work them out again.
- `_day_alone(text)` (parsers.forms): a day alone in a cell, memoised by its text (a sign-off's last cell).
- `is_total_label(key)` memoised by its key; `is_title(row)` asks its first cell's text first.
"""
from __future__ import annotations

from pathlib import Path

from extract.grid import Cell, Grid
from jixiao.checks import ProjectView, _composition_lines, _subtotals
from jixiao.pipeline import process_file
from parsers.core import Row, is_title
from parsers.forms import _day_alone
from parsers.tables import is_total_label
from tests.hunt_tools import budget_lines, only_project, warning_codes

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"
EVEN, OVER = "ct_s59_sp4_parts_even.txt", "ct_s59_sp4_parts_over.txt"


def _mismatches(r) -> list[str]:
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "budget_sum_mismatch"]


def test_two_forms_in_one_process_each_its_own_parts():
    """Read in turn (even, over, even again) in one process: the parts of 设备购置费 are each form's own, the over-run
    flagged only where it is (a memo keyed by anything but the view would give the second form the first's lines)."""
    a = process_file(str(REVIEW / EVEN))
    b = process_file(str(REVIEW / OVER))
    a2 = process_file(str(REVIEW / EVEN))
    assert budget_lines(a) == [(None, "设备购置费", 600000.0, "composition"),
                               ("设备购置费", "信息化设备", 400000.0, "composition"),
                               ("设备购置费", "办公设备", 200000.0, "composition"),
                               (None, "培训费", 400000.0, "composition")]
    assert budget_lines(b) == [(None, "设备购置费", 500000.0, "composition"),
                               ("设备购置费", "信息化设备", 300000.0, "composition"),
                               ("设备购置费", "办公设备", 300000.0, "composition"),
                               (None, "培训费", 400000.0, "composition")]
    assert _mismatches(a) == [] and _mismatches(a2) == []
    assert len(_mismatches(b)) == 1 and "sum to 600,000 元 but 设备购置费 is 500,000 元" in _mismatches(b)[0]
    assert warning_codes(a) == warning_codes(a2) == []


def test_two_forms_each_its_own_signoff_day():
    """`填表人：李四 | 2024年3月15日` and `填表人：王五 | 2024.4.2`: each form's fill_date its own day."""
    a = only_project(process_file(str(REVIEW / EVEN)))
    b = only_project(process_file(str(REVIEW / OVER)))
    assert str(a["fill_date"]) == "2024-03-15"
    assert str(b["fill_date"]) == "2024-04-02"
    assert a["title"] == b["title"] == "2024年度项目支出绩效目标申报表"      # (a's beside its page number)


def _line(name, amount, group=None, seq=1):
    return {"name": name, "amount": amount, "group": group, "kind": "composition", "seq": seq}


def test_view_memo_is_the_views_own_and_follows_its_lines():
    """Two views in turn: each its own subtotals; a line added to a view's lines is counted (the memo's key is the
    view, its list of lines and its length)."""
    v1 = ProjectView({"project_id": "p1"}, budget_items=[_line("设备购置费", 60.0), _line("信息化设备", 40.0, "设备购置费", 2),
                                                         _line("办公设备", 20.0, "设备购置费", 3)])
    v2 = ProjectView({"project_id": "p2"}, budget_items=[_line("培训费", 40.0), _line("劳务费", 10.0, seq=2)])
    assert [(s["name"], [x["name"] for x in xs]) for s, xs in _subtotals(v1)] == [("设备购置费", ["信息化设备", "办公设备"])]
    assert _subtotals(v2) == []
    assert [b["name"] for b in _composition_lines(v1)] == ["设备购置费"]
    assert [b["name"] for b in _composition_lines(v2)] == ["培训费", "劳务费"]
    v2.budget_items.append(_line("差旅费", 5.0, seq=3))
    assert [b["name"] for b in _composition_lines(v2)] == ["培训费", "劳务费", "差旅费"]
    v1.budget_items = [_line("设备购置费", 60.0)]
    assert _subtotals(v1) == [] and [b["name"] for b in _composition_lines(v1)] == ["设备购置费"]


def test_day_alone_by_its_text():
    """Days alone (written out, in numerals, dotted) and texts that hold a day among other words, asked in turn."""
    assert _day_alone("2024年3月15日") is True
    assert _day_alone("2024年3月15日前完成") is False
    assert _day_alone(" 2024.4.2 ") is True
    assert _day_alone("填表人：王五") is False
    assert _day_alone("二〇二四年三月十五日") is True
    assert _day_alone("2024年3月") is False


def test_total_label_by_its_key():
    assert is_total_label("合计") and is_total_label("支出合计")
    assert not is_total_label("设备购置费") and not is_total_label("其中：合计以外的支出")


def _row(*texts, text_line=False):
    cells = [Cell(0, k, t) for k, t in enumerate(texts)]
    return Row(cells, None if text_line else Grid(cells, 1, len(cells), "txt"))


def test_title_asked_of_its_first_cell_then_its_row():
    """A title beside a page's number is a title; a title's text beside two other values is none; a row of no title's
    text is none; a row of no cells is none (asked without error)."""
    assert is_title(_row("2024年度项目支出绩效目标申报表", "第1页")) is True
    assert is_title(_row("2024年度项目支出绩效目标申报表", "高标准农田管护", "某县农业农村局")) is False
    assert is_title(_row("项目名称", "高标准农田管护")) is False
    assert is_title(_row("2024年度项目支出绩效目标申报表", text_line=True)) is True
    assert is_title(Row([], Grid([], 0, 0, "txt"))) is False
