"""Review rv89 (session 61) of tidy tw1, on fixtures ct_s61_rv89_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s61_rv89.py); each reading was written down by hand before jixiao was run.

Found: tw1's one year-money step (a year's money held under its label, for _other_labelled_years) and mend md38's
(another year's money written into other_fields) were merged into main under one name, FormReader._keep_year_money:
the later def hid the first, so md38's three callers held the money instead of keeping it — another year's money was
lost (nine older tests failed on main). tw1's is now _hold_year_money; a test asks that no class or module of the
package defines a function twice.
Decided: the tables' no-change cell (调整后指标值 beside 原指标值) wrapped as the forms' is, one pattern
labels.no_change_cell: `未作调整。`, `（不变）` keep the target before (main: the target `未作调整。`, a text); `无` stays a
target (the forms' extra words, 无 / 同上 / `/`, are not the tables').
"""
from __future__ import annotations

import ast
from pathlib import Path

from tests.hunt_tools import only_project, other_fields

ROOT = Path(__file__).resolve().parents[1]
W = 10000.0


def _defined_twice(tree: ast.AST) -> list[str]:
    """The names a class or module body defines as a function more than once (an @overload stub excepted)."""
    twice = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.ClassDef)):
            continue
        seen: dict[str, int] = {}
        overloaded = set()
        for b in node.body:
            if isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if any(isinstance(d, ast.Name) and d.id == "overload" for d in b.decorator_list):
                    overloaded.add(b.name)
                seen[b.name] = seen.get(b.name, 0) + 1
        twice += [f"{getattr(node, 'name', '<module>')}.{n}" for n, k in seen.items() if k > 1 and n not in overloaded]
    return twice


def test_no_function_defined_twice():
    """A second def of one name in a class hides the first without a word (main: FormReader._keep_year_money twice)."""
    found = {str(p.relative_to(ROOT)): t for d in ("parsers", "normalize", "extract", "jixiao")
             for p in sorted((ROOT / d).rglob("*.py")) if (t := _defined_twice(ast.parse(p.read_text(encoding="utf-8"))))}
    assert found == {}


def test_other_years_issue_beside_the_bond_kept(read):
    """`申请债券资金（万元） | 15,000 | 其中：2025年发行额度 | 6,000 | 2026年发行额度 | 9,000` in a form of 2025: the
    year's budget 6,000, the total 15,000, 2026's kept under its label in the row's unit (main: 2026's lost)."""
    p = only_project(read("ct_s61_rv89_bond_years.txt"))
    assert (p["budget_total"], p["budget_year"]) == (15000 * W, 6000 * W)
    assert other_fields(p) == {"2026年发行额度": "9,000万元"}


def test_other_years_lone_line_kept(read):
    """`2024年资金总额：500万元` over `2025年资金总额：600万元` in a form of 2025: the year's budget 600, 2024's kept
    (main: 2024's lost)."""
    p = only_project(read("ct_s61_rv89_year_lines.txt"))
    assert p["budget_year"] == 600 * W
    assert other_fields(p) == {"2024年资金总额": "500万元"}


def _targets(r):
    return [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]


def test_no_change_with_a_stop_or_brackets_keeps_the_target_before(read):
    """`未作调整。`, `（不变）`, `与原指标值一致；` under 调整后指标值: the target before in force, no note; `无` under it
    (施工安全事故, was `≤1起`) a target of its own, the one before in the note."""
    r = read("ct_s61_rv89_target_words.txt")
    assert _targets(r) == [
        ("改造公厕数量", "≥36座", "调整前指标值：≥40座"),
        ("改造验收合格率", "100%", None),
        ("完工时间", "2025年11月底前", None),
        ("施工安全事故", "无", "调整前指标值：≤1起"),
        ("周边居民满意度", "≥90%", None),
    ]
