"""Check tw1 (session 52): twins in extract/txt.py — the joins of letter-spaced words. Fixtures ct_s52_tw1_* (web-page
texts, cells set apart by single spaces, from tests/fixtures/review/make_s52_tw1.py); the readings written by hand
before jixiao was run.

Decided:
- Three mechanisms joined a word printed letter-spaced: the token rule of `_flat_cells` and `_rejoin_spaced_words` in
  `_spaced_rows` (hunt mn10, the words of _SPACED_WORDS) and `_spaced_labels` (review rv13, over all cells: labels,
  heads, levels and _SPACED_WORDS). Removing either of the first two changed no fixture: `_spaced_labels` is kept
  as the one join, the other two are gone.
- The money table's total row printed letter-spaced with its unit in a bracket right after it, `合 计（万元） 80 120`:
  the token rule put the bracket to `计` (`合 | 计（万元）`), no run of single characters was left, and the row was
  an unparsed row, the table ending there (区级资金 read as 80 元, its unit and column lost). `_spaced_labels` now
  keeps such a bracket with the word it joins: `合计（万元）`, a total row; 区级资金 is 120 万元, the year's column.
Kept: `合 计 (万元) 80 120` (a space before the bracket) read right on main (the token rule's join, now
`_spaced_labels`'); `是 否`, `张 三` stay cells each (tests/test_hunt_s51_rv13.py).
"""
from __future__ import annotations

W = 10000.0


def _read(r) -> tuple:
    assert len(r.tables["projects"]) == 1
    p = r.tables["projects"][0]
    lines = [(b["name"], b["amount"], b["kind"]) for b in r.tables["budget_items"]]
    unparsed = [w["message"] for w in r.tables["warnings"] if w["code"] == "unparsed_row" and "合" in w["message"]]
    return (p["budget_year"], p["prior_budget"]), lines, unparsed


WANT = ((120 * W, 80 * W), [("区级资金", 120 * W, "source"), ("站点运营补助", 96 * W, "composition"),
                            ("助餐服务补贴", 24 * W, "composition")], [])


def test_spaced_total_with_its_unit_right_after(read):
    """`合 计（万元） 80 120`: a total row. Main: `合 | 计（万元）` an unparsed row, 区级资金 80 元."""
    assert _read(read("ct_s52_tw1_spaced_total_unit.txt")) == WANT


def test_spaced_total_with_its_unit_after_a_space(read):
    """`合 计 (万元) 80 120`: the same (right on main, by the token rule's own join, gone now)."""
    assert _read(read("ct_s52_tw1_spaced_total_unit_gap.txt")) == WANT


def test_spaced_labels_cells():
    """(guard) the one join: a bracket after the run's last character stays with the word; no known word, no join."""
    from extract.txt import _flat_cells, _spaced_labels
    from parsers.core import line_kind
    for line, want in [("合 计（万元） 80 120", ["合计（万元）", "80", "120"]),
                       ("合 计 (万元) 80 120", ["合计 (万元)", "80", "120"]),
                       ("合 计 80 120", ["合计", "80", "120"]),
                       ("是 否 (单选)", ["是", "否 (单选)"]),
                       ("填表人 张 三（签字）", ["填表人", "张", "三（签字）"])]:
        assert [c[2] for c in _spaced_labels(line, _flat_cells(line), line_kind)] == want
