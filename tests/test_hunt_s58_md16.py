"""Mend md16 (session 58) of reviews rv59 and rv57's strict xfails. Fixtures ct_s58_md16_* (text dumps, tab-separated
cells, from tests/fixtures/review/make_s58_md16.py): near variants of the reviews' left forms; each reading was written
down by hand before jixiao was run.

Decided:
- a money label's value that is a list of options is kept under its label, the one ticked (`资金规模 | ☑100万元以下
  □100万元以上` -> other_fields `100万元以下`; none ticked: null and no_option_ticked), as a bound of money is (it was
  lost without a word, the label taken for the head of money lines);
- radio marks over bands of one measure, the lowest under a bound and the highest over one, are a choice
  (`◎100万元以下 ●100万元以上` -> `100万元以上`, `◎50人以下 ●50人以上` -> `50人以上`), a band among boxed options
  too (`◎50万元以下 ●50-100万元 ◎100万元以上` -> `50-100万元`);
- a period field's options: the one ticked, period_raw (`一年度□ 多年度☑` -> `多年度`);
- the rows' own numbers down a column left of the indicator table's heads, or under its 序号 (`1` / `一` / `（一）`):
  dropped (`2` / `二` beside an empty level-1 cell was read as that level 1, the others unplaced_cell warnings);
- money labels side by side with an empty cell right of each, their figures there on the row below (the first
  label's unit cut onto it, or in the label): the label and value cells merged over two rows (`年度资金总额 | |
  其中：财政拨款 | | 其他资金 |` over `（万元） | 150.00 | | 120.00 | | 30.00` -> 150 / 120 / 30 万).
Kept (guard): `实施期限 | 2024年1月至2024年12月` as written.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

W = 10_000
LEVELS = ["产出指标", "产出指标", "效益指标", "满意度指标"]


@pytest.mark.parametrize("name, want", [("money_band_boxes", "100万元以下"), ("money_band_second", "100万元以上"),
                                        ("money_band_range", "50-100万元")])
def test_money_band_options(read, name, want):
    p = only_project(read(f"ct_s58_md16_{name}.txt"))
    assert other_fields(p) == {"资金规模": want}
    assert p["budget_year"] == 600 * W


def test_money_band_none_ticked(read):
    r = read("ct_s58_md16_money_band_none.txt")
    assert other_fields(only_project(r)) == {"资金规模": None}
    assert warning_codes(r) == ["no_option_ticked"]


def test_count_band_radio(read):
    assert other_fields(only_project(read("ct_s58_md16_count_band_radio.txt"))) == {"受益规模": "50人以上"}


def test_period_boxes_after_words(read):
    assert only_project(read("ct_s58_md16_period_boxes.txt"))["period_raw"] == "多年度"


def test_period_dates_kept(read):
    """(guard) a period of dates stays as written."""
    assert only_project(read("ct_s58_md16_period_dates.txt"))["period_raw"] == "2024年1月至2024年12月"


@pytest.mark.parametrize("name", ["numbers_digits", "numbers_headed", "numbers_bracketed"])
def test_row_numbers_left(read, name):
    r = read(f"ct_s58_md16_{name}.txt")
    assert [i[0] for i in indicator_targets(r)] == LEVELS
    assert [i[2] for i in indicator_targets(r)] == ["危房改造户数", "竣工验收合格率", "住房安全保障", "改造户满意度"]
    assert "unplaced_cell" not in warning_codes(r)


def test_values_below_unit_in_label(read):
    r = read("ct_s58_md16_values_below_unit_in_label.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (120 * W, 120 * W)
    assert budget_lines(r) == []


def test_values_below_three(read):
    r = read("ct_s58_md16_values_below_three.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (150 * W, 120 * W, 30 * W)
    assert all(b[1] != "（万元）" for b in budget_lines(r))
