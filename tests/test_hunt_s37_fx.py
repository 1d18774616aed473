"""Review DR (session 37) fixes: a 合计 over 中期 / 年度 (or year-column) pairs counted once per source row; rule
points and caps (累计6分封顶, 1个月内…扣2分); a level's name is no indicator name in a packed list; a table's title
line needs a table word; extension columns' text no cap; a place's 门 ending. Inputs tests/fixtures/review/ct_s37_fx_*
or inline strings."""
from tests.hunt_tools import warning_codes


# ---------------------------------------------------------------- 1. one record per source row under a 合计

def test_horizon_pair_total_counts_each_row_once(read):
    # 中期指标值 | 年度指标值 make two records of each row; the 合计 (90 / 85) sums the rows, not the records
    r = read("ct_s37_fx_horizon_pair_total.txt")
    assert [i["horizon"] for i in r.tables["indicators"]] == ["long_term", "annual"] * 2
    assert "total_row_mismatch" not in warning_codes(r)


def test_year_columns_total_counts_each_row_once(read):
    r = read("ct_s37_fx_year_cols_total.txt")
    assert [i["target_year"] for i in r.tables["indicators"]] == [2024, 2025] * 2
    assert "total_row_mismatch" not in warning_codes(r)
