"""Hunt mn16 (session 57): money — a bracket naming one part of a total, a bracket split short of its total, one level
of government with 其他资金 short of the 合计, `其中：` alone on its row over the parts, `万` with no 元 in a 资金来源
block, 亿元, 万元 in a head with 元 in a cell, sources in one cell split by `；`, four decimals, blanks written `—` /
`/` / `无`, 执行数 / 执行率 beside 预算数. Fixtures ct_s57_mn16_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s57_mn16.py); each reading was written down by hand before jixiao was run.

Decided (wrong on main, fixed):
- `项目资金（万元） | 120（其中结转资金30）` (`（其中中央100）`): a bracket naming one part only is a note on the total,
  as `（含结转资金30）` already was (review rv43): budget_total 120万, the note under `项目资金说明`, no source line
  (it was a line of 30万 beside the total — a list of one part, whose rest no line says). Two parts or more
  (`120（其中中央100，县级20）`) stay the total's split, two lines (hunt mn15).
- `120（其中中央80，县级20）`: a bracket split short of its total is flagged source_sum_mismatch as a grouped split is
  (its lines have no group: ungrouped source lines all written on the total's own line are checked against it).
- `县级财政 | 560` and `其他资金 | 20` under `合计 | 600` beside spending (mn15's guard): flagged too — the form's
  其他资金 field is that 20 line itself, so it no longer makes up the gap (a field completes the sum only when it is
  not one of the lines).
- `年度资金总额（万元） | 600.00` over `其中：` alone on its row, then `财政拨款 | 550.00`, `其他资金 | 50.00`: the
  parts in the total's unit, 550万 / 50万 (they were 550 元 / 50 元 with a false fiscal_other_mismatch).
- `资金来源 | 合计 | 60万` over `中央财政 | 40万`, `县级财政 | 20万` (`万` with no 元; `1.5亿元` too): the block read as with
  `60万元` (nothing was read: an unparsed_row, the lines in other_fields).
Kept (right on main, guards): `（含结转资金30）` a note; one level + 其他资金 short of a 合计 written first or last
flagged; 亿元 in a head and in cells; `元` in one cell under a `（万元）` head; sources in one cell split by `；`;
`1,234.5678` 万元; `12.3万`; blanks `—` / `/` / `无` read as none; 执行数 / 执行率 columns in the lines' notes, no
lines of their own.
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _lines(r):
    return [(n, a, k) for _, n, a, k in budget_lines(r)]


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _mismatch(r):
    return next((w["message"] for w in r.tables["warnings"] if w["code"] == "source_sum_mismatch"), "")


# 1. a bracket naming one part only: a note on the total

def test_bracket_one_part_is_a_note(read):
    """main: a source line 结转资金 30万."""
    r = read("ct_s57_mn16_bracket_one_part_carryover.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert _lines(r) == []
    assert other_fields(p) == {"项目资金说明": "其中结转资金30"}


def test_bracket_one_level_is_a_note(read):
    """main: a source line 中央 100万 (and no word of the 20万 left)."""
    r = read("ct_s57_mn16_bracket_one_part_central.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert _lines(r) == []
    assert other_fields(p) == {"项目资金说明": "其中中央100"}


def test_bracket_han_one_part_note_kept(read):
    """Guard (rv43): `（含结转资金30）` a note."""
    r = read("ct_s57_mn16_bracket_one_part_han.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert other_fields(p) == {"项目资金说明": "含结转资金30"}


# 2. a bracket split short of its total: flagged

def test_bracket_split_short_flagged(read):
    """main: no warning."""
    r = read("ct_s57_mn16_bracket_split_short.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert _lines(r) == [("中央", 80 * W, "source"), ("县级", 20 * W, "source")]
    msg = _mismatch(r)
    assert "1,000,000" in msg and "1,200,000" in msg


def test_mn15_bracket_split_short_flagged(read):
    """main: no warning (mn15's fixture, 100 + 10 of 120)."""
    r = read("ct_s56_mn15_total_split_bare_brackets_short.txt")
    assert "1,100,000" in _mismatch(r)


def test_bracket_split_adding_up_not_flagged(read):
    """Guard: 100 + 20 of 120, budget_fiscal their sum, no warning."""
    r = read("ct_s56_mn15_total_split_bare_brackets.txt")
    assert only_project(r)["budget_fiscal"] == 120 * W
    assert "source_sum_mismatch" not in warning_codes(r)


# 3. one level + 其他资金 short of the 合计

def test_one_level_and_other_short_flagged(read):
    """main: no warning (560 + 20 of 600: the 其他资金 line, also budget_other, counted again to close the gap)."""
    r = read("ct_s56_mn15_county_short_and_other_with_spending.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (600 * W, None, 20 * W)
    msg = _mismatch(r)
    assert "5,800,000" in msg and "6,000,000" in msg


def test_one_level_and_other_adding_up_not_flagged(read):
    """Guard: 580 + 20 of 600."""
    r = read("ct_s56_mn15_county_and_other_with_spending.txt")
    assert "source_sum_mismatch" not in warning_codes(r)


def test_one_level_and_other_short_total_first_or_last(read):
    """Guard: 500 + 20 of a 合计 580 written first or last: flagged (written last, the block's own 合计 row:
    total_row_mismatch's since hunt mn19, once)."""
    for name in ("ct_s57_mn16_county_other_short_with_spending.txt", "ct_s57_mn16_county_other_short_total_last.txt"):
        r = read(name)
        assert only_project(r)["budget_total"] == 580 * W
        said = [w["message"] for w in r.tables["warnings"] if w["code"] in ("source_sum_mismatch", "total_row_mismatch")]
        assert len(said) == 1 and "5,200,000" in said[0]


# 4. 其中 in a row of its own

def test_qizhong_alone_on_its_row(read):
    """main: budget_fiscal 550 元, budget_other 50 元, a false fiscal_other_mismatch."""
    r = read("ct_s57_mn16_qizhong_own_row.txt")
    p = only_project(r)
    assert _money(p) == (None, 600 * W, 550 * W, 50 * W)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_qizhong_alone_indented_or_with_units(read):
    """Guard: `其中` alone over indented parts, or parts written with 万元."""
    for name in ("ct_s57_mn16_qizhong_own_row_tab.txt", "ct_s57_mn16_qizhong_own_row_yuan_total.txt"):
        p = only_project(read(name))
        assert _money(p) == (None, 600 * W, 550 * W, 50 * W)


# 5. 万 with no 元 in a 资金来源 block

def test_sources_in_wan_without_yuan(read):
    """main: nothing read, an unparsed_row, the lines in other_fields."""
    r = read("ct_s57_mn16_sources_wan_short.txt")
    p = only_project(r)
    assert _money(p) == (60 * W, None, 60 * W, None)
    assert _lines(r) == [("中央财政", 40 * W, "source"), ("县级财政", 20 * W, "source")]
    assert other_fields(p) == {}
    assert "unparsed_row" not in warning_codes(r)


def test_wan_without_yuan_in_a_field(read):
    """Guard: `12.3万`."""
    p = only_project(read("ct_s57_mn16_wan_without_yuan.txt"))
    assert (p["budget_year"], p["budget_fiscal"]) == (123000.0, 123000.0)


# 6. 亿元, 元 under 万元, four decimals

def test_yi_in_head_and_cells(read):
    """Guard."""
    for name in ("ct_s57_mn16_yi_head.txt", "ct_s57_mn16_yi_cells.txt"):
        p = only_project(read(name))
        assert (p["budget_fiscal"], p["budget_other"]) == (1.2e8, 3e7)
        assert 1.5e8 in (p["budget_total"], p["budget_year"])


def test_yuan_cell_under_wan_head(read):
    """Guard: `5500000元` under `（万元）` heads, its own unit."""
    p = only_project(read("ct_s57_mn16_head_wan_one_cell_yuan.txt"))
    assert _money(p) == (None, 600 * W, 550 * W, 50 * W)
    r = read("ct_s57_mn16_sources_head_wan_cell_yuan.txt")
    assert _lines(r) == [("中央财政", 400 * W, "source"), ("县级财政", 200 * W, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_four_decimals_in_wan(read):
    """Guard: `1,234.5678` 万元 is 12,345,678 元."""
    p = only_project(read("ct_s57_mn16_four_decimals_wan.txt"))
    assert _money(p) == (None, 12345678.0, 12000000.0, 345678.0)


# 7. sources in one cell split by `；`

def test_sources_in_one_cell(read):
    """Guard: bare figures under `（万元）`, and each with 万元."""
    for name in ("ct_s57_mn16_sources_one_cell_semicolons.txt", "ct_s57_mn16_sources_semicolon_units.txt"):
        r = read(name)
        p = only_project(r)
        assert (p["budget_year"], p["budget_fiscal"]) == (600 * W, 600 * W)
        assert _lines(r) == [("中央资金", 300 * W, "source"), ("省级资金", 200 * W, "source"),
                             ("县级资金", 100 * W, "source")]


# 8. blanks

def test_blanks_are_none(read):
    """Guard: `/`, `无`, `—` in money cells: none, no line."""
    for name in ("ct_s57_mn16_blanks_slash_wu.txt", "ct_s57_mn16_blanks_wu.txt"):
        p = only_project(read(name))
        assert _money(p) == (None, 600 * W, 600 * W, None)
    r = read("ct_s57_mn16_blanks_dash_sources.txt")
    assert _lines(r) == [("中央财政", 400 * W, "source"), ("县级财政", 200 * W, "source")]
    r = read("ct_s57_mn16_sources_wu_line.txt")
    assert _lines(r) == [("中央财政", 600 * W, "source")]


# 9. 执行数 / 执行率 beside 预算数

def test_exec_columns_are_notes(read):
    """Guard: 执行数 / 执行率 columns the project's spent and rate, each line's in its note, no lines of their own."""
    r = read("ct_s57_mn16_exec_columns_slash.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["spent"], p["execution_rate"]) == (80 * W, 80 * W, 72 * W, 0.9)
    assert [(b["name"], b["amount"], b["note"]) for b in r.tables["budget_items"]] == [
        ("财政拨款", 80 * W, "执行数：72万元；执行率：90%")]
    r = read("ct_s57_mn16_sources_budget_exec.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["spent"]) == (600 * W, 600 * W, 540 * W)
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("中央财政", 400 * W), ("县级财政", 200 * W)]
    p = only_project(read("ct_s57_mn16_exec_columns.txt"))
    assert (p["budget_year"], p["budget_initial"], p["spent"], p["execution_rate"]) == (60 * W, 60 * W, 54 * W, 0.9)


# 10. a source list in one cell, short of the year's money, with its 其他资金 part

def test_sources_one_cell_short_keep_other(read):
    """main: budget_other null (written as rows, the same list gives it: the 其他资金 part is the form's field)."""
    r = read("ct_s57_mn16_sources_one_cell_semicolon_short.txt")
    p = only_project(r)
    assert _money(p) == (None, 600 * W, None, 50 * W)
    assert "5,500,000" in _mismatch(r)
    p = only_project(read("ct_s57_mn16_sources_rows_with_other_short.txt"))
    assert _money(p) == (None, 600 * W, None, 50 * W)


def test_sources_one_cell_adding_up(read):
    """Guard: 300 + 250 + 其他资金 50 of 600, in a cell or in rows."""
    for name in ("ct_s57_mn16_sources_one_cell_with_other.txt", "ct_s57_mn16_sources_rows_with_other.txt"):
        p = only_project(read(name))
        assert _money(p) == (None, 600 * W, 550 * W, 50 * W)


def test_more_money_guards(read):
    """Guard: 亿元 sources, `1.2亿`, a bracket split with `；`, with units, under `（元）`; `—` beside the total's
    parts; `/` for the 合计; four decimals in the source lines."""
    p = only_project(read("ct_s57_mn16_sources_in_yi.txt"))
    assert (p["budget_total"], p["budget_fiscal"]) == (1.5e8, 1.5e8)
    p = only_project(read("ct_s57_mn16_total_yi_no_yuan.txt"))
    assert (p["budget_total"], p["budget_fiscal"]) == (1.2e8, 1.2e8)
    for name in ("ct_s57_mn16_bracket_split_semicolon.txt", "ct_s57_mn16_bracket_split_with_units_no_head.txt",
                 "ct_s57_mn16_bracket_split_yuan_head.txt"):
        r = read(name)
        assert _money(only_project(r)) == (120 * W, None, 120 * W, None)
        assert _lines(r) == [("中央", 100 * W, "source"), ("县级", 20 * W, "source")]
    assert _money(only_project(read("ct_s57_mn16_qizhong_row_dash.txt"))) == (None, 600 * W, 600 * W, None)
    r = read("ct_s57_mn16_sources_slash_total.txt")
    assert _money(only_project(r)) == (None, 600 * W, 600 * W, None)
    r = read("ct_s57_mn16_year_money_wan_four_decimals_sources.txt")
    assert _lines(r) == [("中央财政", 10000000.0, "source"), ("县级财政", 2345678.0, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_sources_in_yi_and_wan_cells(read):
    """main: nothing read, `合计 | 1.5亿元` / `合计 | 60万` an unparsed_row, the lines in other_fields. 亿元 / 万 figures
    under a 资金来源 / 资金构成 block of no unit are the block's amounts."""
    r = read("ct_s57_mn16_sources_yi_cells.txt")
    p = only_project(r)
    assert _money(p) == (1.5e8, None, 1.5e8, None)
    assert _lines(r) == [("中央财政", 1e8, "source"), ("省级财政", 5e7, "source")]
    assert other_fields(p) == {} and "unparsed_row" not in warning_codes(r)
    r = read("ct_s57_mn16_sources_wan_cells_with_other.txt")
    p = only_project(r)
    assert _money(p) == (60 * W, None, 50 * W, 10 * W)
    assert ("县级财政", 50 * W, "source") in _lines(r)
    assert other_fields(p) == {} and "unparsed_row" not in warning_codes(r)
