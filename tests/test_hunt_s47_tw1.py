"""Twins pass tw1: rules written twice made one; where the two copies read a spelling differently, the reading the
one rule gives (fixtures tests/fixtures/review/ct_s47_tw1_*)."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes


def test_money_label_unit_of_millions_on_the_line_under_it(read):
    # a space-aligned 申报表: `项目资金` over `（百万元）` (a blank line, the layout's rounding, between) beside 年度资金总额 /
    # 其中：财政拨款 / 其他资金. The dump reader joined a label's bracketed unit from its own hand list (万元, 元, 亿元,
    # 千元), not normalize.amounts' DECLARED_UNIT_WORDS: main read 12.5 / 12.0 / 0.5 yuan, the unit lost
    r = read("ct_s47_tw1_label_unit_million.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("省级重点河湖生态修复工程", "某省水利厅", "某省河湖保护中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (12_500_000.0, 12_000_000.0, 500_000.0)
    assert len(r.tables["indicators"]) == 4
    assert "unparsed_row" not in warning_codes(r)
