"""Review rv131 (session 65) of hunt mn28 (a money field's one amount, then clauses of no money; a rate closing a read
sentence) and mend md59 (one fiscal line per budget a sentence; a cut signing place takes its comma), with fixtures
ct_s65_rv131_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s65_rv131.py); each reading was written
down by hand before jixiao was run.

Checked and kept (probed on the base worktree and on main, no fixture): `资金总额:85万元,预算执行率100%` (half-width
marks) as the full-width; `资金总额：850000元，建设期2年` in 元; `…，受益人口1.2万人` (万 no money) warned; `完成率`,
`到位率` kept under their labels; a goal's `总投资300万元，建设期2年` reads no money; md59's levels' 衔接资金 both counted.
Decided: the shape mn28 reads for a money field, when the one amount is a source's or a use's (alone on its line each
reads as a source line), then a clause of no money, read as alone, the clause warned of (unplaced_cell): it was lost
without a word.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project

W = 10000.0


def _said(r, words):
    """The unplaced_cell warnings' messages that name WORDS."""
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "unplaced_cell" and words in w["message"]]


def test_source_then_period(read):
    """main: `资金来源：县级财政260万元，建设期2年` lost without a word (alone the line gives budget_fiscal and a line)."""
    r = read("ct_s65_rv131_source_then_period.txt")
    p = only_project(r)
    assert p["budget_fiscal"] == 260 * W
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("县级财政", 260 * W)]
    assert _said(r, "建设期2年")


def test_use_then_period(read):
    """main: `项目资金：设备购置费150万元，实施周期1年` lost without a word."""
    r = read("ct_s65_rv131_use_then_period.txt")
    only_project(r)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("设备购置费", 150 * W)]
    assert _said(r, "实施周期1年")
