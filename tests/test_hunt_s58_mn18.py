"""Hunt mn18 (session 58): money — the leftovers of review rv54 and hunt mn17, and money layouts not yet seen, with
new fixtures ct_s58_mn18_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s58_mn18.py) and rv54's
own; each reading was written down by hand before jixiao was run.

Decided (wrong on 1a043164, fixed):
- a bracket under a figure of no money (`受益户数（户） | 1200` over `| （其中脱贫户300，监测户45）`): kept with the
  figure in other_fields, `1200（其中脱贫户300，监测户45）` (it vanished without a word).
- a list of sources with no colons beside 资金构成 / 资金来源 whose names are fields (`财政资金550万元、其他资金50万元`):
  source lines, the fields as before (it gave the fields and no line).
- `县级财政（万元） | 500` on a loose row: a source line, budget_fiscal (it was an unparsed row).
- `资金总额（万元） | 120（中央100，县级20）`, no 其中 / 含: the total's split, lines grouped under it and sum-checked
  (it was kept as a note); `120（2025年100，2026年20）` the total and its note (both were lost without a word).
- a bond's `项目资本金 | 8,000.00` after `专项债券资金 | 22,000.00` and `县级财政资金 | 8,000.00` that make up
  项目总投资 30,000.00: kept in other_fields, no third source (the 8,000 counted twice).
- `年初预算数 | 调整后预算数` over `其中：财政拨款 | 550 | 510`: the line's note `年初预算数：550万元` (it was lost).
Kept (guards): a source list of names of no field; sources laid across one row of heads; 元 with thousands
separators under `金额单位：元`; `万元` in the cells; a blank part (no line); a negative part (as written).
Left (xfail, fixed by hunt mn19): a 合计 row under a 资金来源 block's lines that does not add up to them went unflagged.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _lines(r):
    return [(g, n, a) for g, n, a, _k in budget_lines(r)]


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_bracket_under_count(read):
    """1a043164: the bracket vanished."""
    r = read("ct_s58_mn18_bracket_under_count.txt")
    p = only_project(r)
    assert other_fields(p)["受益户数（户）"] == "1200（其中脱贫户300，监测户45）"
    assert _money(p) == (600 * W, None, None, None)
    assert _lines(r) == []


def test_list_no_colon_makeup(read):
    """1a043164: the fields, no line."""
    r = read("ct_s58_mn18_list_no_colon_makeup.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert _lines(r) == [("资金构成", "财政资金", 550 * W), ("资金构成", "其他资金", 50 * W)]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_list_no_colon_rv54(read):
    """1a043164: the fields, no line (rv54's fixture)."""
    r = read("ct_s57_rv54_list_no_colon.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert _lines(r) == [("资金来源", "财政资金", 550 * W), ("资金来源", "其他资金", 50 * W)]


def test_list_no_colon_source_names(read):
    """Guard: names of no field were lines already."""
    r = read("ct_s58_mn18_list_no_colon_sources.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert _lines(r) == [("资金来源", "中央补助资金", 400 * W), ("资金来源", "县级财政资金", 150 * W),
                         ("资金来源", "群众自筹", 50 * W)]


def test_loose_level_fiscal_row(read):
    """1a043164: `县级财政（万元） | 500` an unparsed row."""
    r = read("ct_s58_mn18_loose_source_rows.txt")
    p = only_project(r)
    assert _money(p) == (600 * W, None, 500 * W, 100 * W)
    assert [(n, a) for _, n, a in _lines(r)] == [("县级财政", 500 * W), ("群众自筹", 100 * W)]
    assert "unparsed_row" not in warning_codes(r)
    assert other_fields(p) == {}


def test_bracket_parts_no_qizhong(read):
    """1a043164: a note `资金总额说明`, no line."""
    r = read("ct_s58_mn18_bracket_parts_no_qizhong.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, 120 * W, None)
    assert _lines(r) == [("资金总额", "中央", 100 * W), ("资金总额", "县级", 20 * W)]
    assert other_fields(p) == {}
    assert "source_sum_mismatch" not in warning_codes(r)


def test_bracket_parts_no_qizhong_short(read):
    """1a043164: a note, the 10 short unchecked."""
    r = read("ct_s58_mn18_bracket_parts_short.txt")
    assert only_project(r)["budget_total"] == 120 * W
    assert _lines(r) == [("资金总额", "中央", 100 * W), ("资金总额", "县级", 10 * W)]
    assert "source_sum_mismatch" in warning_codes(r)


def test_bracket_years_no_qizhong(read):
    """1a043164: the total and the bracket lost without a word."""
    r = read("ct_s58_mn18_bracket_years_no_qizhong.txt")
    p = only_project(r)
    assert _money(p) == (120 * W, None, None, None)
    assert other_fields(p) == {"资金总额说明": "2025年100，2026年20"}
    assert _lines(r) == []


def test_bond_capital_beside_sources(read):
    """1a043164: 项目资本金 a third source, 38,000 of lines under a 30,000 investment."""
    r = read("ct_s58_mn18_bond_capital_beside_sources.txt")
    p = only_project(r)
    assert p["budget_total"] == 30000 * W
    assert [(n, a) for _, n, a in _lines(r)] == [("专项债券资金", 22000 * W), ("县级财政资金", 8000 * W)]
    assert other_fields(p) == {"项目资本金（万元）": "8,000.00"}
    assert "source_sum_mismatch" not in warning_codes(r) and "unplaced_cell" not in warning_codes(r)


def test_initial_beside_adjusted(read):
    """1a043164: each line's 年初预算数 lost."""
    r = read("ct_s58_mn18_initial_and_adjusted.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == \
        (600 * W, 560 * W, 510 * W, 50 * W)
    assert [(b["name"], b["amount"], b["note"]) for b in r.tables["budget_items"]] == [
        ("财政拨款", 510 * W, "年初预算数：550万元"), ("其他资金", 50 * W, "年初预算数：50万元")]


def test_sources_one_head_row(read):
    """Guard: a row of heads over one row of amounts."""
    r = read("ct_s58_mn18_sources_one_head_row.txt")
    assert _money(only_project(r)) == (600 * W, None, 500 * W, 100 * W)
    assert [(n, a) for _, n, a in _lines(r)] == [("中央", 200 * W), ("省级", 150 * W), ("市级", 50 * W),
                                                 ("县级", 100 * W), ("自筹", 100 * W)]
    assert "source_sum_mismatch" not in warning_codes(r)


@pytest.mark.parametrize("name", ["yuan_separators", "wanyuan_in_cells"])
def test_units_in_cells_or_line(read, name):
    """Guard: 元 with separators under `金额单位：元`, `万元` written in the cells."""
    r = read(f"ct_s58_mn18_{name}.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert warning_codes(r) == []


def test_yuan_sources_block(read):
    """Guard: a 资金来源 block in 元 with separators."""
    r = read("ct_s58_mn18_yuan_sources_block.txt")
    assert _money(only_project(r)) == (600 * W, None, 550 * W, 50 * W)
    assert [(n, a) for _, n, a in _lines(r)] == [("中央资金", 400 * W), ("县级资金", 150 * W), ("群众自筹", 50 * W)]


def test_wanyuan_sources_block(read):
    """Guard: `万元` in the source cells."""
    r = read("ct_s58_mn18_wanyuan_sources_block.txt")
    assert _money(only_project(r)) == (600 * W, None, 600 * W, None)
    assert [(n, a) for _, n, a in _lines(r)] == [("中央资金", 400 * W), ("县级资金", 200 * W)]


def test_blank_part(read):
    """Guard: `省级资金 |` blank gives no line."""
    r = read("ct_s58_mn18_blank_part.txt")
    assert _money(only_project(r)) == (600 * W, None, 600 * W, None)
    assert [(n, a) for _, n, a in _lines(r)] == [("中央资金", 400 * W), ("县级资金", 200 * W)]


def test_negative_part(read):
    """Guard: a negative part as written (650 - 50 makes the 600)."""
    r = read("ct_s58_mn18_negative_part.txt")
    assert _money(only_project(r)) == (600 * W, None, 650 * W, -50 * W)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_total_row_off(read):
    """Left here, fixed by hunt mn19: the block's own 合计 row is checked against its lines (total_row_mismatch)."""
    r = read("ct_s58_mn18_total_row_off.txt")
    assert only_project(r)["budget_total"] == 600 * W
    assert "source_sum_mismatch" in warning_codes(r) or "total_row_mismatch" in warning_codes(r)
