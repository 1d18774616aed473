"""Twins pass tw3: rules written twice or three times made one; where the copies read a spelling differently, the
reading the one rule gives (fixtures tests/fixtures/review/ct_s48_tw3_*)."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

WAN = 10_000.0


def test_other_self_raised_money_after_a_use_is_other_money(read):
    # `资金总额300万元，其中财政拨款250万元，主要用于设备购置300万元，其他自筹资金50万元`: 其他自筹资金 names a source
    # (自筹), not the rest of the uses as a bare `其他` does after a use (labels.REST_MONEY, now matched whole).
    # main: budget_other None (the clause refused for its 其他), a fiscal_total_gap of 50万
    r = read("ct_s48_tw3_other_self_raised_after_use.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (300 * WAN, 250 * WAN, 50 * WAN)
    assert "fiscal_total_gap" not in warning_codes(r)


def test_levels_beside_a_gift_line_make_the_fiscal_money(read):
    # 资金总额 450 over 中央补助资金 300 / 市级财政配套 100 / 企业捐助 50: the levels are the fiscal money, the gift the
    # other (one list of other-money words, labels.OTHER_SOURCE_WORDS; forms' own list lacked 捐助).
    # main: budget_fiscal None, budget_other None
    p = only_project(read("ct_s48_tw3_levels_with_gift.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (450 * WAN, 400 * WAN, 50 * WAN)


def test_social_input_in_a_money_sentence_is_other_money(read):
    # `资金总额200万元，其中县级财政资金150万元，社会投入50万元`: 社会投入 is money of no government (bare 社会 with a
    # money word after it; labels.OTHER_MONEY knew 社会资本 / 社会资金 / 社会投资 / 社会融资 only).
    # main: budget_fiscal None, budget_other None (the sentence not read)
    p = only_project(read("ct_s48_tw3_social_input_sentence.txt"))
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (200 * WAN, 150 * WAN, 50 * WAN)
