"""Hunt lg (session 46): leftovers of review rv7 — score heads that name the score by another word (`自评分（满分）`,
`评分（分值）`), frequencies with a word between the period and the count (`每个学年1次`, `每季度开展2次`), and money
sentences naming other sources (银行贷款, 单位自有资金, 社会资本投入, 其他). Fixtures tests/fixtures/review/ct_s46_lg_*,
each read by hand before the run; the comments say what main gave."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, warning_codes

WAN = 10_000.0

_SCORES = [("立项依据充分性", 5, 5), ("绩效目标合理性", 5, 4), ("资金到位率", 10, 10)]


def test_self_score_head_names_the_score_first(read):
    # `自评分（满分）` names the score first: a bonus `6（10）` is 6 of 10 points, the 合计 `103（100）` a score of 103
    # main: score 100 (103 taken for points), weights_not_100 and total_row_mismatch
    r = read("ct_s46_lg_score_head_self.txt")
    p = only_project(r)
    assert p["score"] == 103
    got = [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]]
    assert got[:3] == _SCORES and got[-1] == ("获评省级示范路段", 10, 6)
    assert warning_codes(r) == []


def test_ping_fen_head_names_the_score_first(read):
    # `评分（分值）`: the same (main: score 100, two warnings)
    r = read("ct_s46_lg_score_head_ping.txt")
    p = only_project(r)
    assert p["score"] == 103
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]][-1] == ("获评省级示范项目", 10, 6)
    assert warning_codes(r) == []


def test_frequencies_with_ge_or_a_deed_after_the_period(read):
    # `每个学年1次` / `每个月1次` as `每学年1次` / `每月1次`; `每季度开展2次`: 2 次/季度, 开展 the qualifier; `每年组织培训不少于2次`:
    # >= 2 次/年, 组织培训 the qualifier
    # main: the first three text; the last `>=` 2 次 with `每年组织培训` the qualifier (the per-year sense lost)
    r = read("ct_s46_lg_frequency_words.txt")
    got = {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"]) for i in r.tables["indicators"]}
    assert got["校园安全隐患全面排查"] == ("=", 1, "次/学年", None)
    assert got["校园周边治安巡查"] == ("=", 1, "次/月", None)
    assert got["应急疏散演练"] == ("=", 2, "次/季度", "开展")
    assert got["教职工安全培训"] == (">=", 2, "次/年", "组织培训")


def test_other_sources_in_a_money_sentence_are_budget_other(read):
    # `资金总额500万元，其中财政拨款300万元，银行贷款50万元，单位自有资金30万元，社会资本投入100万元，其他20万`: the four
    # sources of no fiscal money are budget_other, their sum 200万 (500 = 300 + 200), each a source line
    # main: budget_other null, 银行贷款 / 社会资本投入 dropped without a word, 单位自有资金 a line alone, `其他20万` "not kept",
    # a fiscal_total_gap of 170万
    r = read("ct_s46_lg_money_sources.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (500 * WAN, 300 * WAN, 200 * WAN)
    assert [(b[1], b[2]) for b in budget_lines(r)] == [("银行贷款", 50 * WAN), ("单位自有资金", 30 * WAN),
                                                        ("社会资本投入", 100 * WAN), ("其他", 20 * WAN)]
    assert warning_codes(r) == []


def test_own_funds_in_wan_after_a_declared_unit(read):
    # `资金总额（万元）：200，其中：财政拨款150，单位自有50万。`: budget_other 50万, as `自筹50万` reads
    # main: `单位自有50万` "not kept" (unplaced_cell), budget_other null, a fiscal_total_gap
    r = read("ct_s46_lg_money_own_funds.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (200 * WAN, 150 * WAN, 50 * WAN)
    assert warning_codes(r) == []


def test_score_word_heads_name_their_order():
    # the heads of the score by its other words, either way round (main: None for each but none of them)
    from parsers.tables import head_pair_order
    assert [head_pair_order(h) for h in ("实得分（分值）", "评分(分值)", "自评分/满分")] == ["score"] * 3
    assert [head_pair_order(h) for h in ("分值（实得分）", "满分（自评分）")] == ["points"] * 2
