"""Hunt mn14 (session 55): money — a purpose in brackets after a money cell's amount, lines of spending right under a
资金来源 block with no head row of their own, an adjustment matrix's 调整金额 column, a money cell in a unit of no
人民币 money, one level of government and 自筹 beside lines of spending, `合计 | 中央资金 | …` heads naming no year.
Fixtures ct_s55_mn14_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s55_mn14.py); each reading
was written down by hand before jixiao was run.

Decided (wrong on main, fixed):
- `项目资金 | 120万元（用于购置设备）`: 120万 the field's, the words in the brackets kept under `项目资金说明` as mn13 keeps
  `120万元，用于…` (they were dropped as a breakdown's words are).
- `支出明细 | 设备购置 | 200.00` (and `支出明细（万元） | …`) right under the 资金来源 block's last source, no head row of
  its own: the label starts lines of spending (composition), no more sources (they were read as the block's sources,
  a false source_sum_mismatch); the sources' split then given as beside any lines of spending.
- A money matrix's change under a head with its unit (`调整金额（万元）` over `-200.00`): `调整金额：-200万元` in
  other_notes, the unit said once (it was `调整金额（万元）：-200万元`).
- A money cell's figure followed by a unit of no 人民币 money, a foreign currency (`预算金额 | 120 美元`) or a thing
  counted (`预算金额（万元） | 120 台`): no amount (it was 120 元, or 120万 with `台` as 预算金额说明), the cell kept in
  other_fields as written under its label, and an `amount_not_money` warning (nothing converts a currency; a count
  in a money cell is no money the form states).
- One level of government's money and 群众自筹 making up the 合计 beside lines of spending: budget_fiscal the level's,
  budget_other the 自筹 (both null; mn13 did so for two levels or more).
Kept (right on main, guards): `120万元（其中：中央资金100万元，县级资金20万元）` a breakdown into sources; `120 万元` money;
a matrix's 调整金额 column (`调整内容 | 调整前 | 调整金额 | 调整后` over `预算金额（万元） | 1,200.00 | -200.00 | 1,000.00`)
is kept, in other_notes as `调整金额：-200万元` as mn9 keeps a matrix's change (the leftover said it was lost: it is not;
the one-row form's other_fields key and the matrix's note stay as they were, not merged);
one level short of the 合计 gives no fiscal sum; `年度资金（万元） | 合计 | 中央资金 | …` gives budget_year; the same
under `资金规模（万元）`, naming no year (a 河南 衔接资金 form's) is the project's money, budget_total, no budget_year — the
form's year is not taken for a money head's (the search's `budget` falls back on budget_total).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0
SPENDING = [("设备购置", 200 * W, "composition"), ("工程建设", 380 * W, "composition"), ("劳务费", 20 * W, "composition")]


def test_purpose_in_brackets_kept(read):
    """main: 120万, the purpose dropped."""
    r = read("ct_s55_mn14_purpose_in_brackets.txt")
    p = only_project(r)
    assert p["budget_total"] == 120 * W
    assert other_fields(p) == {"项目资金说明": "用于购置设备"}
    assert not budget_lines(r)


def test_breakdown_in_brackets_stays_sources(read):
    """Guard: `120万元（其中：中央资金100万元，县级资金20万元）` the sources."""
    r = read("ct_s55_mn14_breakdown_in_brackets.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (120 * W, 120 * W)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("中央资金", 100 * W, "source"), ("县级资金", 20 * W, "source")]
    assert other_fields(p) == {}


def _sources_then_spending(r):
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, 580 * W, 20 * W)
    lines = [(n, a, k) for _, n, a, k in budget_lines(r)]
    assert lines[:3] == [("中央财政", 300 * W, "source"), ("县级财政", 280 * W, "source"), ("群众自筹", 20 * W, "source")]
    assert lines[3:] == SPENDING
    assert "source_sum_mismatch" not in warning_codes(r)


def test_spending_label_right_under_sources(read):
    """main: the spending lines read as sources, a source_sum_mismatch (1,200 of 600), no fiscal split."""
    _sources_then_spending(read("ct_s55_mn14_spending_label_no_head.txt"))


def test_spending_label_with_unit_right_under_sources(read):
    """main: as above."""
    _sources_then_spending(read("ct_s55_mn14_spending_label_unit_no_head.txt"))


def test_adjustment_matrix_change_column_kept(read):
    """Guard: `调整内容 | 调整前 | 调整金额 | 调整后` over `预算金额（万元） | …`: the change in other_notes (mn9's matrix)."""
    r = read("ct_s55_mn14_adjustment_matrix_change_column.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1200 * W, 1000 * W)
    assert "调整金额：-200万元" in p["other_notes"]
    assert not {"unplaced_cell", "budget_adjustment_mismatch", "unparsed_row"} & set(warning_codes(r))


def test_adjustment_matrix_head_unit_said_once(read):
    """main: `调整金额（万元）：-200万元`, the unit twice."""
    r = read("ct_s55_mn14_adjustment_matrix_heads_with_unit.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"]) == (1200 * W, 1000 * W)
    assert "调整金额：-200万元" in p["other_notes"]
    assert "（万元）：" not in p["other_notes"]


def test_amount_in_dollars_is_no_amount(read):
    """main: budget_year 120 元, `美元` as 预算金额说明."""
    r = read("ct_s55_mn14_amount_in_dollars.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (None, None)
    assert other_fields(p) == {"预算金额": "120 美元"}
    assert "amount_not_money" in warning_codes(r)


def test_count_in_a_money_cell_is_no_amount(read):
    """main: budget_year 120万, `台` as 预算金额说明."""
    r = read("ct_s55_mn14_amount_in_sets.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_year"]) == (None, None)
    assert other_fields(p) == {"预算金额（万元）": "120 台"}
    assert "amount_not_money" in warning_codes(r)


def test_spaced_unit_stays_money(read):
    """Guard: `预算金额 | 120 万元`."""
    r = read("ct_s55_mn14_amount_spaced_unit.txt")
    p = only_project(r)
    assert p["budget_year"] == 120 * W
    assert other_fields(p) == {}
    assert "amount_not_money" not in warning_codes(r)


def test_one_level_and_villagers_beside_spending(read):
    """main: budget_fiscal and budget_other null."""
    r = read("ct_s55_mn14_one_level_and_villagers_with_spending.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, 580 * W, 20 * W)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)][2:] == SPENDING


def test_one_level_short_gives_no_fiscal_sum(read):
    """Guard: 560 + 20 of a 合计 600: no split."""
    p = only_project(read("ct_s55_mn14_one_level_short_with_spending.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, None, None)


def test_year_money_over_levels_is_the_years(read):
    """Guard: `年度资金（万元） | 合计 | 中央资金 | 省级资金 | 市县资金` over the amounts."""
    r = read("ct_s55_mn14_henan_year_money_levels.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (300 * W, 300 * W)
    assert [n for _, n, _, _ in budget_lines(r)] == ["中央资金", "省级资金", "市县资金"]


def test_scale_over_levels_names_no_year(read):
    """Guard: `资金规模（万元）` over `合计 | 中央资金 | …`: budget_total, no budget_year taken from the form's year."""
    p = only_project(read("ct_s55_mn14_henan_scale_levels.txt"))
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (300 * W, None, 300 * W)
