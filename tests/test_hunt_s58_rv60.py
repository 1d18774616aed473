"""Review rv60 (session 58) of hunt tg16 (targets): its new rules probed on targets they were not written for
(tests/fixtures/review/ct_s58_rv60_targets.txt, from tests/fixtures/review/make_s58_rv60.py); each reading written by
hand before the run.

Decided:
- The indicator's short name before its share ends in the name's head, its last word (防效 of 病虫害防治效果: 效 of 效果;
  合格 of 工程验收合格率): words whose characters are the name's but end elsewhere in it name its plan, its period, its
  reference or its part, no measure — `计划80%` under 年度计划完成率, `项目95%` under 项目验收合格率, `群众90%` under
  群众满意度, `上年90%` under 较上年增长率, `其中80%` under 其中：中央资金执行率: text (tg16 read them `=` and the
  words; `全年100%` reads as before tg16, split_target's period before a share).
- A lone `《` / `〈` is `<` only when a quantity follows it; else a title cut short by the cell's end or an OCR'd
  bracket, text as before tg16 (`《2024年度项目绩效考核办法`, `《2023年`, `〈1）满意度≥95%`: tg16 read `<` and the text).
- A lone `》` / `〉` after words is `>` only after a measure's name (`合格率》95%`); after other words it ends a title
  cut short, text as before tg16 (`管理办法》95%`: tg16 read `>` 95 %, 管理办法; `标准》95%`: `>` 95 %); after a
  year's label too (`2024年》95%`, as `2024年≥95%`).
- One pattern for words run into a figure (tg16's _WORDS_RUN was lt's _NAME_RUN again), a measure's name told by its
  last word as elsewhere (_MEASURE_END); one list of a change's words, one lone `《` pattern (twins).
Kept (right after tg16, guards): the short names tg16 meant, their full-width and noted forms, one character or
another order text; 百分点 without 个 beside 个百分点 in every change's spelling; 含 before a note; `90%≥` text (a sign
after the figure may be `≥ 90%` or `90% ≥` the value, no one reading); `≥4A` 4 A (a bare A is an ampere's too,
`≤16A`) while `4A级以上` stays text as `AAA级以上` (级 names a grade, rv3; both `>=` and the grade since hunt tg17).
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_named_target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


NAMED_FIXED = [
    ("计划80%", "年度计划完成率", X("计划80%")),
    ("项目95%", "项目验收合格率", X("项目95%")),
    ("群众90%", "群众满意度", X("群众90%")),
    ("上年90%", "较上年增长率", X("上年90%")),
    ("其中80%", "其中：中央资金执行率", X("其中80%")),
]

NAMED_KEPT = [
    ("防效80%以上", "病虫害防治效果", T(">=", 80.0, unit="%", qualifier="防效")),
    ("防效８０％以上", "病虫害防治效果", T(">=", 80.0, unit="%", qualifier="防效")),
    ("防效80%以上（抽查）", "病虫害防治效果", T(">=", 80.0, unit="%", qualifier="防效；抽查")),
    ("防效80%以上", "病虫害防治效果（%）", T(">=", 80.0, unit="%", qualifier="防效")),
    ("防效80%-90%", "病虫害防治效果", T("range", 80.0, 90.0, unit="%", qualifier="防效")),
    ("合格95%", "工程验收合格率", T("=", 95.0, unit="%", qualifier="合格")),
    ("满意90%以上", "满意度", T(">=", 90.0, unit="%", qualifier="满意")),
    ("改善10%", "环境改善率", T("=", 10.0, unit="%", qualifier="改善")),
    ("覆盖90%", "覆盖率", T("=", 90.0, unit="%", qualifier="覆盖")),
    ("完成80%", "项目完成率", T("=", 80.0, unit="%")),
    ("按期完成率100%", "按期完成率", T("=", 100.0, unit="%", qualifier="按期完成率")),
    ("效防80%", "病虫害防治效果", X("效防80%")),
    ("率90%", "合格率", X("率90%")),
    ("效80%", "防治效果", X("效80%")),
    ("年底80%", "年度资金支出率", X("年底80%")),
    ("全年100%", "全年任务完成率", T("=", 100.0, unit="%", qualifier="全年")),     # (split_target's own: a period)
    ("防效80%、挽损5%", "病虫害防治效果", X("防效80%、挽损5%")),
]


@pytest.mark.parametrize(("text", "name", "want"), NAMED_FIXED, ids=[c[0] + "|" + c[1] for c in NAMED_FIXED])
def test_named_fixed(text, name, want):
    assert split_named_target(text, name) == want


@pytest.mark.parametrize(("text", "name", "want"), NAMED_KEPT, ids=[c[0] + "|" + c[1] for c in NAMED_KEPT])
def test_named_kept(text, name, want):
    assert split_named_target(text, name) == want


FIXED = [
    ("《2024年度项目绩效考核办法", X("《2024年度项目绩效考核办法")),
    ("《2023年", X("《2023年")),
    ("〈1）满意度≥95%", X("〈1)满意度≥95%")),
    ("管理办法》95%", X("管理办法》95%")),
    ("标准》95%", X("标准》95%")),
]

KEPT = [
    ("《5%", T("<", 5.0, unit="%")),
    ("〈 3次", T("<", 3.0, unit="次")),
    ("《5%（抽查）", T("<", 5.0, unit="%", qualifier="抽查")),
    ("投诉率《1%", T("<", 1.0, unit="%", qualifier="投诉率")),
    ("满意度〈5%", T("<", 5.0, unit="%", qualifier="满意度")),
    ("合格率》95%", T(">", 95.0, unit="%", qualifier="合格率")),
    ("合格率：》95%", T(">", 95.0, unit="%", qualifier="合格率")),
    ("2024年》95%", T(">", 95.0, unit="%", qualifier="2024年")),
    ("》95%", T(">", 95.0, unit="%")),
    ("《5%》", X("《5%》")),
    ("依据《2023年度工作方案", X("依据《2023年度工作方案")),
    ("符合《标准》95%以上", X("符合《标准》95%以上")),
    ("下降0.5百分点", T("=", 0.5, unit="百分点", qualifier="下降")),
    ("较上年提高2百分点以上", T(">=", 2.0, unit="百分点", qualifier="较上年提高")),
    ("高于上年度5百分点", T("=", 5.0, unit="百分点", qualifier="高于上年度")),
    ("≥2百分点", T(">=", 2.0, unit="百分点")),
    ("提高2-3百分点", T("range", 2.0, 3.0, unit="百分点", qualifier="提高")),
    ("下降不少于1百分点", T(">=", 1.0, unit="百分点", qualifier="下降")),
    ("降低发病率1百分点", T("=", 1.0, unit="百分点", qualifier="降低发病率")),
    ("提高１０百分点", T("=", 10.0, unit="百分点", qualifier="提高")),
    ("改造1百分点", X("改造1百分点")),
    ("新增就业1百分点", X("新增就业1百分点")),
    ("95%(含)以上(以抽查为准)", T(">=", 95.0, unit="%", qualifier="含；以抽查为准")),
    ("≤5%（含）（抽查）", T("<=", 5.0, unit="%", qualifier="含；抽查")),
    ("95%以上（含95%）（抽查）", T(">=", 95.0, unit="%", qualifier="含95%；抽查")),
    ("95%（含）以上（含）", T(">=", 95.0, unit="%", qualifier="含")),
    ("90%≥", X("90%≥")),
    ("≥4A", T(">=", 4.0, unit="A")),
    ("≤16A", T("<=", 16.0, unit="A")),
    ("4A级以上", T(">=", text="4A级")),      # (text here; `>=` as `≥4A级` since hunt tg17, a letter grade's 以上)
    ("≥4A级", T(">=", text="4A级")),
    ("3星级以上", T(">=", 3.0, unit="星级")),
]


@pytest.mark.parametrize(("text", "want"), FIXED, ids=[c[0] for c in FIXED])
def test_fixed_cell(text, want):
    assert split_target(text) == want


@pytest.mark.parametrize(("text", "want"), KEPT, ids=[c[0] for c in KEPT])
def test_kept_cell(text, want):
    assert split_target(text) == want


def test_mixed_bracket_note_left():
    # (left here as a strict xfail; read since hunt tg17: a note's brackets of two kinds, an opening and a closing)
    assert split_target("≥95%〈抽查）") == T(">=", 95.0, unit="%", qualifier="抽查")


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_target_form(read):
    """A 项目绩效目标表: a short name with its share read, words of the plan or the period text, a cut title text."""
    got = _ind(read("ct_s58_rv60_targets.txt"))
    assert len(got) == 10
    assert got["年度计划完成率"] == (None, None, None, None, None, "计划80%")
    assert got["项目验收合格率"] == (None, None, None, None, None, "项目95%")
    assert got["考核办法执行"] == (None, None, None, None, None, "《2024年度项目绩效考核办法")
    assert got["服务对象满意度"] == (None, None, None, None, None, "〈1)满意度≥95%")
    # kept
    assert got["病虫害防治效果"] == (">=", 80.0, None, "%", "防效", None)
    assert got["工程验收合格率"] == ("=", 95.0, None, "%", "合格", None)
    assert got["托管服务合格率"] == (">", 95.0, None, "%", "合格率", None)
    assert got["服务投诉率"] == ("<", 1.0, None, "%", "投诉率", None)
    assert got["农户满意度"] == (">=", 90.0, None, "%", "满意", None)
    assert got["服务覆盖率"] == (">=", 90.0, None, "%", "覆盖率", None)
