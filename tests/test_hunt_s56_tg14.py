"""Hunt tg14 (session 56): target spellings (指标值) left by tg13 and the lead, and more from the archive-like fixtures
(the snapshot's targets with no operator but a digit: mostly deadlines, text as they should be; `延长3年` in eleven
forms), in a 项目绩效目标表 with a 计量单位 column and a 绩效自评表 without one (tests/fixtures/review/
ct_s56_tg14_units.txt, ct_s56_tg14_selfeval.txt, from tests/fixtures/review/make_s56_tg14.py); each reading written
by hand before the run.

Decided:
- A change's words in the value cell and its figure with its unit in the 计量单位 cell (`较上年增长 | 10%`,
  `同比增长不低于 | 10%`, `比上年下降 | 5个百分点`, `新建 | 3个`): one target, read as the one cell `较上年增长10%`
  reads (`=` 10 %, 较上年增长) — the figure was lost (the unit cell never joined a value cell without a digit) and
  the words were text. Only when the joined cell reads a quantity; `较上年增长 | %` stays text.
- About a change's figure (`较上年增长约10%`, `增长约10%`, `较上年下降约5%`): `~` the figure, the change's words the
  qualifier (text). A year before the change (`2024年较上年增长10%`, `2024年同比增长10%`): the year in the qualifier,
  as `2024年≥95%` keeps it (text).
- A count after the deed that makes or adds it (新增 / 新建 / 新改建 / 新改扩建 / 改扩建 / 新开工 / 建成 / 改造 / 新设,
  `新增10个`, `新建5座`, `新改建20公里`, `改造100户`): `=` the count in its unit, the deed's word the qualifier — as
  `增加10个`, `新增≥10个` and `新建不少于10个` read (text). `完成` before a count is neutral as it is before a sign or
  a percentage (`完成≥10个村`: `>=` 10 个, 村; `完成100%`): `完成10个村` reads `=` 10 个, 村 — the older guards (tq4, tg9,
  s31 norm, the "stays text" list) kept it text as "a sentence"; it is one count, the same as `10个村` and `完成≥10个村`
  read, so their expectations changed. A deed's bare figure with no unit (`新增10`) and a percentage (`新增10%`) stay
  text; a noun between the deed and the count (`新建基地3个`) stays text.
- A span lengthened (`延长3年`, `使用寿命延长2年`, `从3年延长至5年`): a change as `缩短2天` is (`=` 3 年, 延长) — it was
  text in eleven z_* forms.
Kept (guards, right on main): `不超过5%`, `不高于5%`, `控制在5%以内`, `达到90%以上`, `＜＝5%`, `≦5%`, `<=5%`, `＞90%`,
`90%-95%`, `2~4小时`, `100%完成` (`=` 100 %, 完成), `同比增长不低于10%`, `比上年下降5个百分点`, and the texts `是/否`,
`及时/准确`, `及时`, `较上年增长`, `较上年增加5个点` (sites or points, review rv17).
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target
from tests.hunt_tools import warning_codes


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


CELLS = [
    # about a change's figure (main: text)
    ("较上年增长约10%", T("~", 10.0, unit="%", qualifier="较上年增长")),
    ("增长约10%", T("~", 10.0, unit="%", qualifier="增长")),
    ("较上年下降约5%", T("~", 5.0, unit="%", qualifier="较上年下降")),
    ("增长约5个百分点", T("~", 5.0, unit="个百分点", qualifier="增长")),
    # a year before the change (main: text)
    ("2024年较上年增长10%", T("=", 10.0, unit="%", qualifier="2024年较上年增长")),
    ("2024年较上年增长10%以上", T(">=", 10.0, unit="%", qualifier="2024年较上年增长")),
    ("2024年同比增长10%", T("=", 10.0, unit="%", qualifier="2024年同比增长")),
    ("2025年较2024年增长10%", T("=", 10.0, unit="%", qualifier="2025年较2024年增长")),
    # a count after its deed (main: text)
    ("新增10个", T("=", 10.0, unit="个", qualifier="新增")),
    ("新增10个村", T("=", 10.0, unit="个", qualifier="村；新增")),     # as `增加10个村` reads
    ("新建5座", T("=", 5.0, unit="座", qualifier="新建")),
    ("新改建20公里", T("=", 20.0, unit="公里", qualifier="新改建")),
    ("新改扩建3所", T("=", 3.0, unit="所", qualifier="新改扩建")),
    ("建成10个", T("=", 10.0, unit="个", qualifier="建成")),
    ("改造100户", T("=", 100.0, unit="户", qualifier="改造")),
    ("新增10个以上", T(">=", 10.0, unit="个", qualifier="新增")),
    ("新增约10个", T("~", 10.0, unit="个", qualifier="新增")),
    ("完成10个", T("=", 10.0, unit="个")),
    ("完成10个村", T("=", 10.0, unit="个", qualifier="村")),           # as `完成≥10个村` reads
    # a span lengthened (main: text)
    ("延长3年", T("=", 3.0, unit="年", qualifier="延长")),
    ("使用寿命延长2年", T("=", 2.0, unit="年", qualifier="使用寿命延长")),
    ("从3年延长至5年", T("=", 5.0, unit="年", qualifier="从3年延长至")),
    # more of the same (main: text)
    ("新开工5个", T("=", 5.0, unit="个", qualifier="新开工")),
    ("建成3座", T("=", 3.0, unit="座", qualifier="建成")),
    ("新设2个", T("=", 2.0, unit="个", qualifier="新设")),
    ("改扩建1所", T("=", 1.0, unit="所", qualifier="改扩建")),
    ("新增2000亩", T("=", 2000.0, unit="亩", qualifier="新增")),
    ("建成10公里以上", T(">=", 10.0, unit="公里", qualifier="建成")),
    ("新建3座（含改建）", T("=", 3.0, unit="座", qualifier="新建；含改建")),
    ("完成20公里", T("=", 20.0, unit="公里")),
    ("完成500户", T("=", 500.0, unit="户")),
    ("同比下降约3%", T("~", 3.0, unit="%", qualifier="同比下降")),
    ("较上年提高约2个百分点", T("~", 2.0, unit="个百分点", qualifier="较上年提高")),
    ("2023年较上年下降5%", T("=", 5.0, unit="%", qualifier="2023年较上年下降")),
    ("2024年度较上年增长10%", T("=", 10.0, unit="%", qualifier="2024年度较上年增长")),
    ("延长1年以上", T(">=", 1.0, unit="年", qualifier="延长")),
    ("延长至5年", T("=", 5.0, unit="年", qualifier="延长至")),
    # guards (right on main)
    ("较上年增长约10%以上", X("较上年增长约10%以上")),                 # about and at least: no one reading
    ("增加10个", T("=", 10.0, unit="个", qualifier="增加")),
    ("新增≥10个", T(">=", 10.0, unit="个", qualifier="新增")),
    ("新建不少于10个", T(">=", 10.0, unit="个", qualifier="新建")),
    ("完成≥10个村", T(">=", 10.0, unit="个", qualifier="村")),
    ("完成100%", T("=", 100.0, unit="%")),
    ("较上年增长10%", T("=", 10.0, unit="%", qualifier="较上年增长")),
    ("同比增长不低于10%", T(">=", 10.0, unit="%", qualifier="同比增长")),
    ("比上年下降5个百分点", T("=", 5.0, unit="个百分点", qualifier="比上年下降")),
    ("缩短2天", T("=", 2.0, unit="天", qualifier="缩短")),
    ("不超过5%", T("<=", 5.0, unit="%")),
    ("不高于5%", T("<=", 5.0, unit="%")),
    ("控制在5%以内", T("<=", 5.0, unit="%")),
    ("达到90%以上", T(">=", 90.0, unit="%")),
    ("＜＝5%", T("<=", 5.0, unit="%")),
    ("≦5%", T("<=", 5.0, unit="%")),
    ("<=5%", T("<=", 5.0, unit="%")),
    ("＞90%", T(">", 90.0, unit="%")),
    ("90%-95%", T("range", 90.0, 95.0, unit="%")),
    ("2~4小时", T("range", 2.0, 4.0, unit="小时")),
    ("100%完成", T("=", 100.0, unit="%", qualifier="完成")),
    ("是/否", X("是/否")),
    ("及时/准确", X("及时/准确")),
    ("及时", X("及时")),
    ("较上年增长", X("较上年增长")),
    ("较上年增加5个点", X("较上年增加5个点")),
    ("新增10%", T("=", 10.0, unit="%", qualifier="新增")),      # (hunt tg15: 新增 a change, as `增加10%`)
    ("新增10", X("新增10")),
    ("新建基地3个", T("=", 3.0, unit="个", qualifier="新建基地")),   # (hunt tg15: as `新建3座基地`)
    ("延长", X("延长")),
]


@pytest.mark.parametrize(("text", "want"), CELLS, ids=[c[0] for c in CELLS])
def test_cell(text, want):
    assert split_target(text) == want


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_value_and_unit_columns(read):
    """`较上年增长 | 10%` (指标值 | 计量单位): one target. Main: the text `较上年增长`, the 10% lost, a vague_target."""
    r = read("ct_s56_tg14_units.txt")
    got = _ind(r)
    assert len(got) == 11
    assert got["产业收入"] == ("=", 10.0, None, "%", "较上年增长", None)
    assert got["村集体经济收入"] == (">=", 10.0, None, "%", "同比增长", None)
    assert got["脱贫人口返贫率"] == ("=", 5.0, None, "个百分点", "比上年下降", None)
    assert got["新建产业基地"] == ("=", 3.0, None, "个", "新建", None)
    assert got["改造农房"] == ("=", 100.0, None, "户", "改造", None)
    assert got["新增合作社"] == ("=", 10.0, None, "个", "新增", None)
    assert got["合作社经营收入"] == ("~", 10.0, None, "%", "较上年增长", None)
    # right on main, kept
    assert got["项目验收合格率"] == (">=", 95.0, None, "%", None, None)
    assert got["问题响应时间"] == ("range", 2.0, 4.0, "小时", None, None)
    assert got["带动农户增收"] == (None, None, None, None, None, "较上年增长")
    assert got["农户满意度"] == (">=", 90.0, None, "%", None, None)
    assert [i["target_raw"] for i in r.tables["indicators"]][5:8] == ["较上年增长10%", "同比增长不低于10%", "较上年增长约10%"]
    assert warning_codes(r) == ["vague_target"]            # (带动农户增收's, its figure missing)


def test_selfeval_form(read):
    r = read("ct_s56_tg14_selfeval.txt")
    got = _ind(r)
    assert len(got) == 12
    assert got["新增公交站亭"] == ("=", 10.0, None, "个", "新增", None)
    assert got["新建桥梁"] == ("=", 5.0, None, "座", "新建", None)
    assert got["新改建农村公路"] == ("=", 20.0, None, "公里", "新改建", None)
    assert got["通达行政村"] == ("=", 10.0, None, "个", "村", None)
    assert got["沿线农产品运输量"] == ("=", 10.0, None, "%", "2024年较上年增长", None)
    assert got["客运量"] == ("~", 10.0, None, "%", "较上年增长", None)
    assert got["道路使用年限"] == ("=", 3.0, None, "年", "延长", None)
    # right on main, kept
    assert got["路面平整度超标率"] == ("<=", 5.0, None, "%", None, None)
    assert got["资金拨付"] == ("=", 100.0, None, "%", "完成", None)
    assert got["报送情况"] == (None, None, None, None, None, "及时/准确")
    assert got["交通事故发生率"] == ("<=", 5.0, None, "%", None, None)
    assert got["沿线群众满意度"] == (">=", 90.0, None, "%", None, None)
    assert "weights_not_100" not in warning_codes(r)
