"""Hunt tg16 (session 58): target spellings (指标值) left by tg15 and rd2, and a sweep of common ones, in a
项目绩效目标表 and a 绩效自评表 (tests/fixtures/review/ct_s58_tg16_targets.txt, ct_s58_tg16_selfeval.txt, from
tests/fixtures/review/make_s58_tg16.py); each reading written by hand before the run.

Decided:
- A short name of the indicator run into its share (`防效80%以上` under 病虫害防治效果, `防治效果90%以上` under
  农作物病虫害防治效果): in the indicator's 指标值 cell the share, the name the qualifier (`>=` 80 %, 防效), as
  `按期完成率100%` reads there (hunt s46_lt) — a name whose characters are the indicator's, in order. Not alone
  (split_target keeps `防效80%以上` text, as `满意度95%以上`), not under another indicator, not a deed's or a
  change's words (`改造10%` text), not a count or a span (`防效80天` text).
- A measure's change in 百分点 written without 个 (`提高满意度10百分点`): as `提高满意度10个百分点` (`=` 10 百分点,
  提高满意度; rd2's finding 8); a deed's 百分点 stays text as its 个百分点 does (`新建1百分点`, was `=` 1 百分点).
- `95%（含）以上（抽查）`: both notes kept (`含；抽查`; the 含 was lost), as `≥90%（含）（抽查）` reads.
- A lone `《` or `〈` before a figure, nothing closing it (`《5%`, `〈5%`): `<`, as a lone `》` is `>` (it was text);
  `《5%》` and `《管理办法》` stay text, titles. After a measure's name the same, and a lone `》` too (`投诉率《1%`:
  `<` 1 %, 投诉率; `合格率》95%`: `>` 95 %, 合格率 — as `满意度》=90%` reads; they were text).
- Two counts of two things in one cell (`新建道路2条、桥梁1座`): text — no one quantity (the contract), and taking the
  first would lose the second silently.
Kept (right on main, guards): the brief's sweep, e.g. `不低于上年` (`>=`, text 上年), `1:1.2以上` (`>=`, text),
`100%（含）以上`, `4.5分以上（满分5分）`, `≥95%（以抽查为准）`, `1-2次/年`, `每月不少于2次`, `小于等于10天`,
`控制在5%以内`, `百分之九十五`, `９５％`, `≥９０分`, `＜＝10`, `=<5`, `不超过预算`, `0.5万元/人`, `≧90%`, `95%左右`,
`约100人`, `±5%`; texts `达到国家二级标准`, `Ⅲ类水质`, `AAA级`.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_named_target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


FIXED = [
    ("提高满意度10百分点", T("=", 10.0, unit="百分点", qualifier="提高满意度")),
    ("提高满意度10百分点以上", T(">=", 10.0, unit="百分点", qualifier="提高满意度")),
    ("提高满意度2.5百分点", T("=", 2.5, unit="百分点", qualifier="提高满意度")),
    ("新建1百分点", X("新建1百分点")),
    ("95%（含）以上（抽查）", T(">=", 95.0, unit="%", qualifier="含；抽查")),
    ("≥95%（含）以上（抽查）", T(">=", 95.0, unit="%", qualifier="含；抽查")),
    ("95%（含95%）以上（抽查）", T(">=", 95.0, unit="%", qualifier="含95%；抽查")),
    ("《5%", T("<", 5.0, unit="%")),
    ("《 3次", T("<", 3.0, unit="次")),
    ("〈5%", T("<", 5.0, unit="%")),
    ("《5%（抽查）", T("<", 5.0, unit="%", qualifier="抽查")),
    ("投诉率《1%", T("<", 1.0, unit="%", qualifier="投诉率")),
    ("合格率》95%", T(">", 95.0, unit="%", qualifier="合格率")),
    ("合格率〉95%", T(">", 95.0, unit="%", qualifier="合格率")),
]

KEPT = [
    ("提高满意度10个百分点", T("=", 10.0, unit="个百分点", qualifier="提高满意度")),
    ("满意度提高10百分点", T("=", 10.0, unit="百分点", qualifier="满意度提高")),
    ("新增1百分点", T("=", 1.0, unit="百分点", qualifier="新增")),
    ("新建1个百分点", X("新建1个百分点")),
    ("90%(含)-100%（抽查）", T("range", 90.0, 100.0, unit="%", qualifier="含；抽查")),
    ("防效80%以上", X("防效80%以上")),              # (alone: a name before a bare figure, as `满意度95%以上`)
    ("新建道路2条、桥梁1座", X("新建道路2条、桥梁1座")),
    ("《管理办法》", X("《管理办法》")),
    ("《5%》", X("《5%》")),
    ("合格率《5%》", X("合格率《5%》")),
    ("依据《办法》3条", X("依据《办法》3条")),
    ("满意度》=90%", T(">=", 90.0, unit="%", qualifier="满意度")),
    ("》95%", T(">", 95.0, unit="%")),
    ("《=5%", T("<=", 5.0, unit="%")),
    ("不低于上年", T(">=", text="上年")),
    ("同比增长5%", T("=", 5.0, unit="%", qualifier="同比增长")),
    ("≤3‰", T("<=", 3.0, unit="‰")),
    ("1:1.2以上", T(">=", text="1:1.2")),
    ("100%（含）以上", T(">=", 100.0, unit="%", qualifier="含")),
    ("4.5分以上（满分5分）", T(">=", 4.5, unit="分", qualifier="满分5分")),
    ("≥95%（以抽查为准）", T(">=", 95.0, unit="%", qualifier="以抽查为准")),
    ("达到国家二级标准", X("达到国家二级标准")),
    ("Ⅲ类水质", X("Ⅲ类水质")),
    ("AAA级", X("AAA级")),
    ("1-2次/年", T("range", 1.0, 2.0, unit="次/年")),
    ("每月不少于2次", T(">=", 2.0, unit="次/月")),
    ("小于等于10天", T("<=", 10.0, unit="天")),
    ("控制在5%以内", T("<=", 5.0, unit="%")),
    ("百分之九十五", T("=", 95.0, unit="%")),
    ("９５％", T("=", 95.0, unit="%")),
    ("≥９０分", T(">=", 90.0, unit="分")),
    ("＜＝10", T("<=", 10.0)),
    ("=<5", T("<=", 5.0)),
    ("不超过预算", T("<=", text="预算")),
    ("0.5万元/人", T("=", 5000.0, unit="元/人")),
    ("≧90%", T(">=", 90.0, unit="%")),
    ("95%左右", T("~", 95.0, unit="%")),
    ("约100人", T("~", 100.0, unit="人")),
    ("±5%", T("range", -5.0, 5.0, unit="%")),
]


@pytest.mark.parametrize(("text", "want"), FIXED, ids=[c[0] for c in FIXED])
def test_fixed_cell(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize(("text", "want"), KEPT, ids=[c[0] for c in KEPT])
def test_kept_cell(text, want):
    assert split_target(text) == want


NAMED = [
    ("防效80%以上", "病虫害防治效果", T(">=", 80.0, unit="%", qualifier="防效")),
    ("防治效果90%以上", "农作物病虫害防治效果", T(">=", 90.0, unit="%", qualifier="防治效果")),
    ("防效85%", "虫害防治效果", T("=", 85.0, unit="%", qualifier="防效")),
]

NAMED_KEPT = [
    ("防效80%以上", "群众满意度", X("防效80%以上")),       # (not the indicator's name)
    ("防效80%以上", None, X("防效80%以上")),
    ("改造10%", "老旧小区改造", X("改造10%")),             # (a deed's words, no name)
    ("提高10%", "满意度提高", T("=", 10.0, unit="%", qualifier="提高")),
    ("防效80天", "病虫害防治效果", X("防效80天")),         # (no share)
    ("新建道路2条、桥梁1座", "新建道路", X("新建道路2条、桥梁1座")),
    ("按期完成率100%", "按期完成率", T("=", 100.0, unit="%", qualifier="按期完成率")),
]


@pytest.mark.parametrize(("text", "name", "want"), NAMED, ids=[c[0] + "|" + c[1] for c in NAMED])
def test_named_cell(text, name, want):
    assert split_named_target(text, name) == want


@pytest.mark.parametrize(("text", "name", "want"), NAMED_KEPT, ids=[c[0] + "|" + str(c[1]) for c in NAMED_KEPT])
def test_named_cell_kept(text, name, want):
    assert split_named_target(text, name) == want


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_target_form(read):
    """A 项目绩效目标表 whose 计量单位 cells are empty: each 指标值 read whole, the name's short form with it."""
    got = _ind(read("ct_s58_tg16_targets.txt"))
    assert len(got) == 12
    assert got["病虫害防治效果"] == (">=", 80.0, None, "%", "防效", None)
    assert got["农作物病虫害防治效果"] == (">=", 90.0, None, "%", "防治效果", None)
    assert got["抽查合格率"] == (">=", 95.0, None, "%", "含；抽查", None)
    assert got["农药残留超标率"] == ("<", 5.0, None, "‰", None, None)
    assert got["农户满意度提升"] == ("=", 10.0, None, "百分点", "提高满意度", None)
    # kept
    assert got["道路桥梁建设"] == (None, None, None, None, None, "新建道路2条、桥梁1座")
    assert got["巡查频次"] == (">=", 2.0, None, "次/月", None, None)
    assert got["灌溉水质"] == (None, None, None, None, None, "Ⅲ类水质")
    assert got["问题办结时限"] == ("<=", 10.0, None, "天", None, None)
    assert got["防治成本偏差率"] == ("<=", 5.0, None, "%", None, None)
    assert got["示范基地等级"] == (None, None, None, None, None, "AAA级")
    assert got["培训满意度"] == (">=", 90.0, None, "分", None, None)


def test_selfeval_form(read):
    """A 绩效自评表: the targets read as in a 目标表, the actuals as written."""
    r = read("ct_s58_tg16_selfeval.txt")
    got = _ind(r)
    act = {i["level3"]: i["actual_raw"] for i in r.tables["indicators"]}
    assert len(got) == 6
    assert got["虫害防治效果"] == (">=", 85.0, None, "%", "防效", None) and act["虫害防治效果"] == "防效87%"
    assert got["投诉率"] == ("<", 1.0, None, "%", None, None) and act["投诉率"] == "0.5%"
    assert got["产品合格率"] == (">=", 95.0, None, "%", "含；抽查", None)
    assert got["群众满意度提升"] == ("=", 2.5, None, "百分点", "提高满意度", None)
    # kept
    assert got["田间设施建设"] == (None, None, None, None, None, "新建道路2条、桥梁1座")
    assert got["农户满意度"] == (">=", 90.0, None, "%", None, None)
