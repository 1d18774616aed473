"""Review rv10 (session 50): the edges of the lead's hand joins and the last mends — normalize.targets' _NONE_OF
(rv6's handling verbs with the mend's 无法 / 无法定), jixiao.checks' _YEARLESS_DEADLINE (rv6's Chinese months and Q
quarters with the mend's 后 / 分), parsers.tables' points_said (tw5's one pattern, the name as written) and the
score table's 加分 / 扣分 / 否决 level 1s that keep their points (_EXTRA_SECTION). Each reading was written down by
hand before jixiao was run (tests/fixtures/review/ct_s50_rv10_*, text dumps with tabs between cells, or direct calls);
the comments say what main gave.

The joins read as both branches meant (`无法排放` text, `无法定传染病感染` 0, `无死角排查安全隐患` text, `无未整改隐患`
0, `验收后十二月完成` / `分四季度完成` no deadline, `Q4完成` / `十月底前完成` one; `決策（10分）` -> `決策`, `決策(10)`,
`项目决策 2 分`, `扣分项（10分）` / `加分项(5分)` whole, `產出指標（滿分40分）` 40 kept whole, `预算执行率(10)` under
合计). Found at their edges and mended: an epidemic, `无重大动物疫情`, `无法定传染病` (the 法定 the mend kept for), was
text; the count after 后 / 分 was a deadline when a space stood between (`验收后 12 月完成`); a plan's 于 / 在,
`计划于2022年12月底前完成`, `于10月底前`, `确保在10月底前完成`, made no deadline (bare 于 / 在 were read as a
comparison's base); a 减分项 was no deduction section (a level 1 `减分项` worth 10, its -10 row a subtotal_mismatch);
a deduction's row (its points -10) was summed into the 100 (weights_not_100) and its score 0 said to exceed -10.
"""
from __future__ import annotations

from jixiao.checks import _deadlines
from normalize.targets import split_target
from tests.hunt_tools import warning_codes


def _t(s: str) -> tuple:
    t = split_target(s)
    return t.op, t.value, t.qualifier, t.target_text


# ---------------------------------------------------------------- (1) _NONE_OF: 无法 / 无法定 beside the handling verbs
def test_none_of_an_epidemic_is_zero():
    # main: all three text (疫情 / 传染病 no harm: `无法定…` read a zero only before 感染)
    assert _t("无重大动物疫情") == ("=", 0.0, "重大动物疫情", None)
    assert _t("无法定传染病") == ("=", 0.0, "法定传染病", None)
    assert _t("全年无法定传染病发生") == ("=", 0.0, "全年；法定传染病", None)
    # (the joined guards still hold: 无法 cannot, 无 an adverb before a deed, 未 / 不 a none)
    assert _t("无法排放") == (None, None, None, "无法排放")
    assert _t("无法定传染病感染") == ("=", 0.0, "法定传染病感染", None)
    assert _t("无死角排查安全隐患") == (None, None, None, "无死角排查安全隐患")
    assert _t("无未整改隐患") == ("=", 0.0, "未整改隐患", None)
    assert _t("无重大安全事故") == ("=", 0.0, "重大安全事故", None)
    assert _t("无返贫") == ("=", 0.0, "返贫", None)


def test_selfeval_epidemic_row_and_traditional_level1_points(read):
    """A 自评表 in Traditional characters: `產出指標（滿分40分）` level1_weight 40, the name kept whole as written;
    `满意度指标 10分` 10; `无重大动物疫情` `=` 0 of 重大动物疫情; `预算执行率(10)` under 合计 a score row 10 / 9.5, no
    warning. Main: all as here but the 疫情 row, text."""
    r = read("ct_s50_rv10_selfeval_trad_points.txt")
    assert [(i["level1"], i["level1_weight"], i["level3"]) for i in r.tables["indicators"]] == [
        ("產出指標（滿分40分）", 40, "强制免疫密度"), ("產出指標（滿分40分）", 40, "免疫抗体合格率"),
        ("效益指標（共40分）", 40, "重大动物疫情"), ("满意度指标 10分", 10, "养殖户满意度")]
    got = {i["level3"]: (i["op"], i["value"], i["qualifier"], i["target_text"]) for i in r.tables["indicators"]}
    assert got["重大动物疫情"] == ("=", 0.0, "重大动物疫情", None)
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10, 9.5)]
    assert r.tables["projects"][0]["score"] == 99.5 and warning_codes(r) == []


# ---------------------------------------------------------------- (2) _YEARLESS_DEADLINE: 后 / 分 beside 十二月 and Q
def test_count_after_hou_or_fen_past_a_space_is_no_deadline():
    # main: [(2023, 12)] each (the look-behind saw the space, not 后 / 分)
    assert list(_deadlines("验收后 12 月完成", 2023)) == []
    assert list(_deadlines("分 4 季度完成", 2023)) == []
    # (the joined rule still holds)
    assert list(_deadlines("验收后十二月完成", 2023)) == []
    assert list(_deadlines("分四季度完成", 2023)) == []
    assert list(_deadlines("Q4完成", 2023)) == [(2023, 12)]
    assert list(_deadlines("十月底前完成", 2023)) == [(2023, 10)]
    assert list(_deadlines("第 4季度完成", 2023)) == [(2023, 12)]


def test_a_plans_yu_or_zai_before_a_deadline():
    # main: [] each (a bare 于 / 在 read as a comparison's base)
    assert list(_deadlines("于10月底前", 2023)) == [(2023, 10)]
    assert list(_deadlines("计划于2022年12月底前完成", 2023)) == [(2022, 12)]
    assert list(_deadlines("确保在10月底前完成", 2023)) == [(2023, 10)]
    # (a base stays none: 高于 / 相对于 / 保持在 a year's level)
    for t in ("高于2022年底水平", "相对于2022年底提高5%", "保持在2022年末水平", "在2022年底基础上提高5%"):
        assert list(_deadlines(t, 2023)) == [], t


# ---------------------------------------------------------------- (3) points_said and the extra sections
def test_score_level1_points_spellings_and_a_jianfen_section(read):
    """`決策(10)` -> `決策` 10, `项目过程 20 分` -> `项目过程` 20, `产出（满分40分）` 40, `效益（共30分）` 30; `加分项(5分)` and
    `减分项（10分）` kept whole with no level1_weight (a bonus and a deduction, no share of the 100); the weights 100, the
    scores 94 + 3 + 0 the total 97: no warning. Main: `减分项` level1_weight 10, a subtotal_mismatch (-10 against 10),
    score_over_weight (0 over -10) and weights_not_100 (90)."""
    r = read("ct_s50_rv10_scores_points_spellings.txt")
    assert [(s["level1"], s["level1_weight"], s["level3"]) for s in r.tables["scores"]] == [
        ("決策", 10, "立项程序规范性"), ("決策", 10, "绩效目标合理性"), ("项目过程", 20, "资金使用合规性"),
        ("产出", 40, "新建集中供水工程处数"), ("效益", 30, "受益人口覆盖率"),
        ("加分项(5分)", None, "水质在线监测全覆盖"), ("减分项（10分）", None, "发生安全事故")]
    assert r.tables["projects"][0]["score"] == 97 and warning_codes(r) == []


def test_a_deduction_row_is_no_share_of_the_100(read):
    """The mend's `扣分项（10分） | 安全生产 | 发生安全事故 | -10 | 0` under 合计 100: the -10 a cap, no share (the
    weights 10 + 10 + 80 = 100), its score 0 none deducted. Main: weights_not_100 (`add up to 90`) and
    score_over_weight (`score 0 exceeds its weight -10`)."""
    r = read("ct_s50_mend_deduct.txt")
    assert warning_codes(r) == []
