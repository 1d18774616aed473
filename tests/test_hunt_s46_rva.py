"""Review rva (session 46): the rules merged from hunts lf / lg and review rv9, asked where they fire where they
should not and where they miss their siblings. Fixtures tests/fixtures/review/ct_s46_rva_*, each read by hand before
the run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

WAN = 10_000.0


def test_year_du_or_a_comparison_before_the_deed_is_a_frequency(read):
    # `每年度开展2次`: 2 次/年, 开展 the qualifier (年度 the year, as `每年度2次` reads); `每季度至少开展1次`: >= 1 次/季度,
    # 开展 (the comparison before the deed, as `每季度开展不少于1次`); `每年度组织培训不少于1期`: >= 1 期/年, 组织培训;
    # `每年度增收2000元` is no count of times: text
    # main: the first three text (hunt lg's `每季度开展2次` rule kept off 年度 and off a comparison before the deed)
    r = read("ct_s46_rva_frequency_year_deed.txt")
    got = {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"]) for i in r.tables["indicators"]}
    assert got["水质检测"] == ("=", 2, "次/年", "开展")
    assert got["供水设施巡检"] == (">=", 1, "次/季度", "开展")
    assert got["管护人员培训"] == (">=", 1, "期/年", "组织培训")
    assert got["管护人员收入"] == (None, None, None, None)


def test_other_after_the_uses_of_the_money_is_no_source(read):
    # `资金总额300万元，其中财政拨款300万元，主要用于管网改造250万元，其他50万元`: `其他` the rest of the money's uses,
    # no source: budget_other none, the total all fiscal
    # main: budget_other 50万 (hunt lg's other sources), a fiscal_other_mismatch of 50万
    r = read("ct_s46_rva_money_uses.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (300 * WAN, 300 * WAN, None)
    # (the uses, not kept, said since mend md48: they were dropped without a word)
    assert warning_codes(r) == ["unplaced_cell"]


def test_other_in_a_list_of_uses_only_is_no_source(read):
    # `资金总额300万元，其中设备购置费200万元，安装调试费50万元，其他50万元`: a list of uses, `其他` one of them: the total
    # only, no budget_other (main: budget_other 50万)
    r = read("ct_s46_rva_money_uses_only.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_other"]) == (300 * WAN, None)
