"""Review rv84 (session 61) of hunt mn23's money rules, with fixtures ct_s61_rv84_* (text dumps, tab-separated cells,
from tests/fixtures/review/make_s61_rv84.py); each reading was written down by hand before jixiao was run.

Decided:
- a year's money label carrying its unit bracket (`2023年资金总额（万元） | 500` beside `2024年资金总额（万元） | 600` in a
  form of 2024) is a year's money as `2023年资金总额 | 500万元` is, no money block's label: the other year's kept in
  other_fields under its label without the bracket, the form's year's the budget_year, the parts under it in its unit
  (it was the project's money, budget_total 500万, and the form's year's row an unplaced_cell, not kept).
- other-money rows summed into budget_other (mn23's rule) that fall short of the total are fiscal_other_mismatch's
  finding alone (they were also a source_sum_mismatch saying they fell 110 short of the total, the fiscal part no line
  of theirs) — so a money sentence's several other sources.
- a third other-money row that no source head names (`银行贷款 | 10` after `单位自筹`, `社会资金`) is one more of the
  total's other parts (mn23's leftover: it was kept in other_fields as a bare `10`).
- a places list's 合计 row whose figure is misgrouped (`合计 | | 2,40,000` under 分配资金) is said by amount_unreadable at
  its row, as a place's `1,20,000` is (mn23's rule; the sum went unread without a word).
Left (strict xfails): an 企业自筹 row over a 群众自筹 row, and a `其中：单位自筹` row over a 社会资金 row, are not summed
(both read since hunt mn24); a share table's rows of two years read the first year's (read since hunt mn24).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000.0


def _money(p):
    return (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_other_year_label_with_its_unit_kept(read):
    """main: budget_total 500万 (2023's), the form's year's 600 an unplaced_cell, not kept."""
    r = read("ct_s61_rv84_year_unit.txt")
    p = only_project(r)
    assert _money(p) == (None, 600 * W, None, None)
    assert other_fields(p) == {"2023年资金总额": "500万元"}
    assert "unplaced_cell" not in warning_codes(r)


def test_year_label_unit_carries_to_its_parts(read):
    """main: budget_total 500万, the form's year's row not kept, a false fiscal_other_mismatch."""
    r = read("ct_s61_rv84_year_unit_parts.txt")
    p = only_project(r)
    assert _money(p) == (None, 600 * W, 500 * W, 100 * W)
    assert other_fields(p) == {"2023年资金总额": "500万元"}
    assert not {"unplaced_cell", "fiscal_other_mismatch"} & set(warning_codes(r))


def test_summed_other_rows_short_said_once(read):
    """main: fiscal_other_mismatch and a source_sum_mismatch of the two parts against the whole total."""
    r = read("ct_s61_rv84_others_short.txt")
    assert _money(only_project(r)) == (150 * W, None, 100 * W, 40 * W)
    assert warning_codes(r) == ["fiscal_other_mismatch"]


def test_sentence_other_parts_short_said_once(read):
    """main: as in rows, a source_sum_mismatch of 单位自筹 and 社会资金 against the whole 150 beside fiscal_other_mismatch."""
    r = read("ct_s61_rv84_sentence_short.txt")
    assert _money(only_project(r)) == (150 * W, None, 100 * W, 40 * W)
    assert warning_codes(r) == ["fiscal_other_mismatch"]


def test_third_other_row_of_no_source_head(read):
    """main: 银行贷款 kept in other_fields as a bare `10`, budget_other 50万, the parts 10 short of the total."""
    r = read("ct_s61_rv84_third_loan.txt")
    p = only_project(r)
    assert _money(p) == (160 * W, None, 100 * W, 60 * W)
    assert budget_lines(r) == [("资金总额", "单位自筹", 20 * W, "source"), ("资金总额", "社会资金", 30 * W, "source"),
                               ("资金总额", "银行贷款", 10 * W, "source")]
    assert other_fields(p) == {}
    assert warning_codes(r) == []


def test_misgrouped_list_total_said(read):
    """main: the 合计's `2,40,000` unread without a word."""
    r = read("ct_s61_rv84_total_misgrouped.txt")
    assert [(other_fields(p)["地区"], p["budget_year"]) for p in r.tables["projects"]] == [("城关镇", 120_000.0),
                                                                                          ("石桥镇", 120_000.0)]
    said = [w for w in r.tables["warnings"] if w["code"] == "amount_unreadable"]
    assert len(said) == 1 and said[0]["line"] == 6 and "2,40,000" in said[0]["message"]
    assert said[0]["message"].startswith("合计")


def test_enterprise_over_people_money_left(read):
    """Left by rv84 (a strict xfail), read since hunt mn24: `企业自筹 | 20` over `群众自筹 | 30` under the fiscal part are
    the total's other parts, summed (群众自筹 was budget_other 30 alone, 企业自筹 a line of no group)."""
    r = read("ct_s61_rv84_enterprise_then_people.txt")
    assert _money(only_project(r)) == (150 * W, None, 100 * W, 50 * W)
    assert budget_lines(r) == [("资金总额", "企业自筹", 20 * W, "source"), ("资金总额", "群众自筹", 30 * W, "source")]


def test_sub_line_then_social_money_left(read):
    """Left by rv84 (a strict xfail), read since hunt mn24: `其中：单位自筹 | 20` over `社会资金 | 30` are summed
    (budget_other was 20, 社会资金 a line of no group)."""
    r = read("ct_s61_rv84_sub_then_social.txt")
    assert _money(only_project(r)) == (150 * W, None, 100 * W, 50 * W)


def test_share_table_of_two_years_left(read):
    """Left by rv84 (a strict xfail), read since hunt mn24: a share table's row of another year than the form's, beside
    one of the form's year, is that year's money kept (`2023年财政资金: 300万元`; it was the budget_fiscal)."""
    r = read("ct_s61_rv84_share_two_years.txt")
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_other"]) == (400 * W, 100 * W)
    assert "300" in str(other_fields(p))
