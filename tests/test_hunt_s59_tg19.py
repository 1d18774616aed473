"""Hunt tg19 (session 59, targets' leftovers of the session's reviews); each reading written by hand before the run
(tests/fixtures/review/ct_s59_tg19_targets.txt, from tests/fixtures/review/make_s59_tg19.py).

Decided:
- A measure's name (率 / 度 / 比例 / 占比 / 比重 / 覆盖面 … / 份额) run straight into a figure with its comparison word
  after it reads as the bound, the name the qualifier, as with a colon (`良好率90%以上`: `>=` 90 %, 良好率, as
  `受益面：90%以上`); a bare figure after the name stays text (`完成率100%`, left to the table readers), and words that
  name no measure keep their readings (`较上年增长5%`, `同比5%`, `达到90%以上`, `全年95%以上`).
- A one-character grade of the 优 / 良 / 中 / 差 scale with 以上 / 以下 reads as the bound on the grade, as `良好以上`
  (`良以上`: `>=` 良; `中以下`: `<=` 中); alone it stays text (`良`), and 以上 after a word holding one stays text
  (`初中以上`, `高中及以上学历`).
- A score after a grade's label and its colon reads as the score, the label the qualifier, as a grade there does
  (`等级：90分以上`: `>=` 90 分, 等级, as `等级：良好以上`); a share there stays text (`等级：95%`).
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


FIXED = [
    # a measure's name run into its bounded figure (main: text)
    ("良好率90%以上", T(">=", 90.0, unit="%", qualifier="良好率")),
    ("合格率95%以上", T(">=", 95.0, unit="%", qualifier="合格率")),
    ("合格率95%及以上", T(">=", 95.0, unit="%", qualifier="合格率")),
    ("优良率85%（含）以上", T(">=", 85.0, unit="%", qualifier="优良率；含")),
    ("发生率5%以下", T("<=", 5.0, unit="%", qualifier="发生率")),
    ("误差率5%以内", T("<=", 5.0, unit="%", qualifier="误差率")),
    ("满意度90分以上", T(">=", 90.0, unit="分", qualifier="满意度")),
    ("覆盖面95%以上", T(">=", 95.0, unit="%", qualifier="覆盖面")),
    ("贫困人口占比3%以下", T("<=", 3.0, unit="%", qualifier="贫困人口占比")),
    ("群众满意度 95% 以上", T(">=", 95.0, unit="%", qualifier="群众满意度")),
    ("季度满意度90%以上", T(">=", 90.0, unit="%", qualifier="季度满意度")),
    # one-character grades (main: text)
    ("优以上", T(">=", text="优")),
    ("良以上", T(">=", text="良")),
    ("良及以上", T(">=", text="良")),
    ("中以上", T(">=", text="中")),
    ("中以下", T("<=", text="中")),
    ("差以下", T("<=", text="差")),
    ("优（含）以上", T(">=", text="优")),    # (a grade's 含 no qualifier since hunt tg21)
    ("等级：良以上", T(">=", qualifier="等级", text="良")),
    # a score after a grade's label (main: text)
    ("等级：90分以上", T(">=", 90.0, unit="分", qualifier="等级")),
    ("等级：90分", T("=", 90.0, unit="分", qualifier="等级")),
    ("评定等级：85分及以上", T(">=", 85.0, unit="分", qualifier="评定等级")),
    ("考核结果：85分及以上", T(">=", 85.0, unit="分", qualifier="考核结果")),
    ("考核等级为90分以上", T(">=", 90.0, unit="分", qualifier="考核等级")),
]

KEPT = [
    ("优良率≥85%", T(">=", 85.0, unit="%", qualifier="优良率")),
    ("受益面：90%以上", T(">=", 90.0, unit="%", qualifier="受益面")),
    ("较上年增长5%", T("=", 5.0, unit="%", qualifier="较上年增长")),
    ("同比5%", T("=", 5.0, unit="%", qualifier="同比")),
    ("达到90%以上", T(">=", 90.0, unit="%")),
    ("不低于90%", T(">=", 90.0, unit="%")),
    ("控制在5%以内", T("<=", 5.0, unit="%")),
    ("全年95%以上", T(">=", 95.0, unit="%", qualifier="全年")),
    ("季度1次以上", T(">=", 1.0, unit="次/季度")),
    ("完成率100%", X("完成率100%")),
    ("满意度95%", X("满意度95%")),
    ("良好以上", T(">=", text="良好")),
    ("等级：良好以上", T(">=", qualifier="等级", text="良好")),
    ("良", X("良")),
    ("优", X("优")),
    ("初中以上", X("初中以上")),
    ("中以上水平", X("中以上水平")),
    ("中国", X("中国")),
    ("等级：良", T(qualifier="等级", text="良")),    # (the grade after its label, hunt tg21: it was text)
    ("等级：90分钟", X("等级:90分钟")),
    ("受益面90%", X("受益面90%")),
    ("高中及以上学历", X("高中及以上学历")),
    ("其中：90%以上", X("其中:90%以上")),
    ("等级：95%", T("=", 95.0, unit="%", qualifier="等级")),    # (a share after a grade's label, hunt tg21)
]


@pytest.mark.parametrize("raw,want", FIXED)
def test_fixed(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw,want", KEPT)
def test_kept(raw, want):
    assert split_target(raw) == want


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_target_form(read):
    """A 项目绩效目标表 of these spellings."""
    got = _ind(read("ct_s59_tg19_targets.txt"))
    assert len(got) == 11
    assert got["养护里程增幅"] == ("=", 5.0, None, "%", "较上年增长", None)
    assert got["路况良好"] == (">=", 90.0, None, "%", "良好率", None)
    assert got["工程验收"] == (">=", 95.0, None, "%", "合格率", None)
    assert got["安全事故"] == ("<=", 5.0, None, "%", "发生率", None)
    assert got["养护考核"] == (">=", None, None, None, None, "良")
    assert got["路面技术状况"] == (">=", None, None, None, None, "中")
    assert got["养护质量评定"] == (">=", 90.0, None, "分", "等级", None)
    assert got["年度考核"] == (">=", 85.0, None, "分", "考核结果", None)
    assert got["桥梁技术状况"] == (">=", None, None, None, None, "良好")
    assert got["沿线受益群众"] == (">=", 90.0, None, "%", "受益面", None)
    assert got["群众满意度"] == (">=", 90.0, None, "分", "满意度", None)
