"""Review rv67 (session 59) of speed hunt sp4's memos. Fixture ct_s59_rv67_recheck.txt (a text dump, tab-separated
cells, from tests/fixtures/review/make_s59_rv67.py): a 项目支出绩效目标申报表 whose 设备购置费 (480,000 元) has two
`其中:` parts that run over it by a typo (280,000 + 260,000). Each expectation written down by hand before the run.

- checks: a view's subtotals and composition lines are worked out once a run of the rules (check_project), not kept
  on the view past it. sp4 kept them on the view, keyed by its list of lines and the list's length, so a view checked
  again after a line was replaced in place (same list, same length) was checked against the old line.
- `_value_whole` (a spaced sign-off's value) folds its words once, as before sp4: `_day_alone` folds its text itself,
  and sp4 handed it a text folded already.
"""
from __future__ import annotations

from jixiao.checks import ProjectView, _composition_lines, _subtotals, check_project, project_views
from parsers.forms import _value_whole
from tests.hunt_tools import budget_lines, only_project, warning_codes

RECHECK = "ct_s59_rv67_recheck.txt"


def _views(result) -> list[ProjectView]:
    """The result's project views, over copies of its rows (the `read` fixture's result is shared by the tests)."""
    return project_views({k: [dict(x) for x in rows] for k, rows in result.tables.items()})


def _mismatches(findings) -> list[str]:
    return [f.message for f in findings if f.code == "budget_sum_mismatch"]


def _replace(v: ProjectView, name: str, **changed) -> None:
    """A user's correction: the line named NAME replaced in place by a copy with CHANGED (the list keeps its length)."""
    k = next(i for i, b in enumerate(v.budget_items) if b.get("name") == name)
    v.budget_items[k] = {**v.budget_items[k], **changed}


def test_checked_again_after_a_part_is_corrected(read):
    """The user corrects 冷链设备 to 200,000 (the line replaced in the view's own list) and checks again: the parts sum to
    480,000, no mismatch (sp4's memo still summed the replaced 260,000 line). The form first, as a reader sees it."""
    r = read(RECHECK)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("基层公共卫生检测能力提升", "某县卫生健康局", "某县疾病预防控制中心")
    assert (p["budget_year"], p["budget_fiscal"], str(p["fill_date"])) == (780000.0, 780000.0, "2025-02-20")
    assert budget_lines(r) == [(None, "设备购置费", 480000.0, "composition"),
                               ("设备购置费", "检测设备", 280000.0, "composition"),
                               ("设备购置费", "冷链设备", 260000.0, "composition"),
                               (None, "人员培训费", 300000.0, "composition")]
    assert warning_codes(r) == ["budget_sum_mismatch"]
    (v,) = _views(r)
    first = _mismatches(check_project(v))
    assert len(first) == 1 and "sum to 540,000 元 but 设备购置费 is 480,000 元" in first[0]
    _replace(v, "冷链设备", amount=200000.0)
    assert _mismatches(check_project(v)) == []


def test_checked_again_after_a_part_is_mistyped(read):
    """The other way round: a view checked clean, then a part replaced by one that runs over (检测设备 280,000 →
    340,000): the second check finds 600,000 over 480,000."""
    (v,) = _views(read(RECHECK))
    _replace(v, "冷链设备", amount=200000.0)
    assert _mismatches(check_project(v)) == []
    _replace(v, "检测设备", amount=340000.0)
    again = _mismatches(check_project(v))
    assert len(again) == 1 and "sum to 540,000 元 but 设备购置费 is 480,000 元" in again[0]


def test_subtotals_asked_after_a_check_are_the_views_lines(read):
    """Asked outside a run of the rules, after one: a view's subtotal parts and composition lines are the lines the
    view holds now (the very dicts), not those of the run before."""
    (v,) = _views(read(RECHECK))
    check_project(v)
    _replace(v, "冷链设备", amount=200000.0)
    ((sub, parts),) = _subtotals(v)
    assert sub is v.budget_items[0] and parts[0] is v.budget_items[1] and parts[1] is v.budget_items[2]
    assert parts[1]["amount"] == 200000.0
    _replace(v, "设备购置费", amount=500000.0)
    assert [b["amount"] for b in _composition_lines(v)] == [500000.0, 300000.0]


def test_spaced_signoff_value_folded_once():
    """`填报日期 &lt;b&gt;2024年3月15日` (an escaped tag before the day, as a dump of an HTML page may hold): folded once
    the value is `<b>2024年3月15日`, no day alone, so not a whole value; a plain day, or its words apart, is."""
    assert _value_whole("填报日期", ["&lt;b&gt;2024年3月15日"]) is False
    assert _value_whole("填报日期", ["2024年3月15日"]) is True
    assert _value_whole("填报日期", ["2024", "年", "3", "月", "15", "日"]) is True
