"""Review rv43 (session 56) of hunt mn15 (money): a total's split in brackets, change labels kept in other_fields, 块,
sums per year, the catch-all 其他 source line. Fixtures ct_s56_rv43_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s56_rv43.py); each reading was written down by hand before jixiao was run.

Decided (wrong on e1360124, fixed):
- `项目资金（万元） | 120（含中央100，县级20）` and `120（包括中央补助100万元、省级20万元）`: a split as `其中` opens it —
  budget_total 120万, the levels source lines, budget_fiscal their sum (nothing was read, an unparsed_row).
- A bracket of a note, no split of sources — `120（已到位80）`, `120（含结转资金30）` (one part named), `120（其中2025年100，
  2026年20）` (a split by year): the total 120万, the bracket kept as written under `项目资金说明`, no source line (all
  was lost, without a word but for the split by year's unparsed_row); under a money field's label (`预算金额（万元） |
  120（按每人3000元标准）`) the field's amount, the note under `预算金额说明`.
- The split in a row of four cells (`项目资金（万元） | 120（其中中央100，县级20） | 实施期限 | 2025年1月-12月`): read, and
  the pair beside it too (all was lost without a word).
- `种植结构调整补助资金（万元） | 200`: a money named for what it adjusts, no change of the money — read as before mn15 (a
  source line of 200万), not kept in other_fields as a change (a change label is one ending in its change word:
  `预算调整`, `调减金额`, `增减额`).
Kept (right on e1360124, guards): `调整后预算` / `调整后全年预算数` the year's budget; a 年初预算数 | 预算调整数 | 调整后预算数
table read in its last column; `120（其中中央1000000元，县级200000元）` (figures with their own unit) and a `（元）` label;
`120（其中已到位80）` keeps 已到位 in other_fields, no source; `3块` / `12块` / `≤500元/块` in targets and text are no money;
`运行维护费 | 10万元/年` kept; `其他部门资金` closing a 资金来源 block short of the total is no catch-all (not flagged), `其它`
is (flagged).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _lines(r):
    return [(n, a, k) for _, n, a, k in budget_lines(r)]


def test_split_opened_by_han(read):
    """e1360124: nothing read, an unparsed_row."""
    r = read("ct_s56_rv43_split_han.txt")
    assert _money(only_project(r)) == (120 * W, None, 120 * W, None)
    assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 20 * W, "source")]
    assert "unparsed_row" not in warning_codes(r)


def test_split_opened_by_baokuo_with_units(read):
    """e1360124: nothing read, an unparsed_row."""
    r = read("ct_s56_rv43_split_baokuo_units.txt")
    assert _money(only_project(r)) == (120 * W, None, 120 * W, None)
    assert _lines(r) == [("中央补助", 100 * W, "source"), ("省级", 20 * W, "source")]
    assert "unparsed_row" not in warning_codes(r)


def test_note_in_place_is_no_split(read):
    """e1360124: nothing read, no word."""
    r = read("ct_s56_rv43_note_in_place.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert _lines(r) == []
    assert other_fields(p) == {"项目资金说明": "已到位80"}


def test_one_part_after_han_is_a_note(read):
    """e1360124: nothing read, no word. One part named (结转资金): a note, no source line."""
    r = read("ct_s56_rv43_note_carryover.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert _lines(r) == []
    assert other_fields(p) == {"项目资金说明": "含结转资金30"}


def test_split_by_year_is_a_note(read):
    """e1360124: nothing read, an unparsed_row."""
    r = read("ct_s56_rv43_note_split_by_year.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert _lines(r) == []
    assert other_fields(p) == {"项目资金说明": "其中2025年100，2026年20"}
    assert "unparsed_row" not in warning_codes(r)


def test_note_of_a_rate_under_a_money_field(read):
    """e1360124: nothing read, no word. `预算金额（万元） | 120（按每人3000元标准）`: the year's 120万, the note kept."""
    r = read("ct_s56_rv43_note_rate_in_budget.txt")
    p = only_project(r)
    assert _money(p) == (None, 120 * W, None, None)
    assert other_fields(p) == {"预算金额说明": "按每人3000元标准"}


def test_split_in_a_row_of_four_cells(read):
    """e1360124: nothing read, no word (the period lost too)."""
    r = read("ct_s56_rv43_split_four_cells.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, 120 * W, None)
    assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 20 * W, "source")]
    assert p["period_raw"] == "2025年1月-12月"


def test_adjustment_in_a_money_name_is_money(read):
    """e1360124: kept in other_fields as a change of the money (e4f09cfe: a source line of 200万, kept so)."""
    r = read("ct_s56_rv43_structure_adjust_money.txt")
    p = only_project(r)
    assert _lines(r) == [("种植结构调整补助资金", 200 * W, "source")]
    assert other_fields(p) == {}


def test_after_change_is_the_budget(read):
    """Guard: `调整后预算` / `调整后全年预算数` the year's budget."""
    for name in ("ct_s56_rv43_after_change_budget.txt", "ct_s56_rv43_after_change_year_budget.txt"):
        p = only_project(read(name))
        assert p["budget_year"] == 550 * W
        assert other_fields(p) == {}


def test_change_column_in_a_budget_table(read):
    """Guard: 年初预算数 | 预算调整数 | 调整后预算数: the adjusted budget, its parts."""
    r = read("ct_s56_rv43_change_column.txt")
    assert _money(only_project(r)) == (None, 550 * W, 450 * W, 100 * W)
    assert _lines(r) == [("财政拨款", 450 * W, "source"), ("其他资金", 100 * W, "source")]


def test_split_figures_with_own_units(read):
    """Guard: figures with their unit, another unit than the label's, a `（元）` label."""
    for name, first in (("ct_s56_rv43_split_qizhong_units.txt", "中央资金"), ("ct_s56_rv43_split_other_unit.txt", "中央"),
                        ("ct_s56_rv43_split_yuan_label.txt", "中央")):
        r = read(name)
        assert _money(only_project(r)) == (120 * W, None, 120 * W, None), name
        assert [a for _, a, _ in _lines(r)] == [100 * W, 20 * W], name
        assert _lines(r)[0][0] == first


def test_qizhong_in_place_is_no_source(read):
    """Guard: `120（其中已到位80）`: the total, 已到位 kept, no source line."""
    r = read("ct_s56_rv43_note_qizhong_in_place.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert _lines(r) == []
    assert other_fields(p) == {"已到位": "80万元"}


def test_kuai_counted_is_no_money(read):
    """Guard: `3块` / `12块` targets, `≤500元/块` a cost, `制作宣传牌3块` text: no money."""
    r = read("ct_s56_rv43_kuai_count_target.txt")
    assert _money(only_project(r)) == (30 * W, None, None, None)
    assert ("产出指标", "数量指标", "宣传展板数量", "=", 3.0, "块") in [t[:4] + (float(t[4]), t[5])
                                                             for t in indicator_targets(r)]
    r = read("ct_s56_rv43_kuai_in_text.txt")
    p = only_project(r)
    assert _money(p) == (30 * W, None, None, None)
    assert other_fields(p) == {}


def test_per_year_beside_other_fields_kept(read):
    """Guard: `运行维护费 | 10万元/年` kept, no money read of it."""
    p = only_project(read("ct_s56_rv43_per_year_maintenance.txt"))
    assert _money(p) == (150 * W, 50 * W, None, None)
    assert other_fields(p) == {"运行维护费": "10万元/年"}


def test_other_department_money_is_no_catch_all(read):
    """Guard: `其他部门资金` last in a 资金来源 block short of the total: some sources, not flagged."""
    r = read("ct_s56_rv43_other_dept_source.txt")
    assert "source_sum_mismatch" not in warning_codes(r)
    assert [n for n, _, _ in _lines(r)] == ["中央财政", "县级财政", "其他部门资金"]


def test_other_written_qita_is_a_catch_all(read):
    """Guard: `其它` closing the block: all the sources, 520 of 600 flagged."""
    r = read("ct_s56_rv43_other_catch_all_it.txt")
    assert "source_sum_mismatch" in warning_codes(r)
